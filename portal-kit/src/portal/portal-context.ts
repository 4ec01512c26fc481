import { createContext, useContext } from 'solid-js';
import type { PortalConfig } from './portal-config';

export const PortalContext = createContext<PortalConfig>();

export function usePortal(): PortalConfig {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal needs a PortalContext.Provider (createPortal sets one up).');
  return portal;
}
