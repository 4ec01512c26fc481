import { createEffect } from 'solid-js';
import { productName } from './portal-config';
import { usePortal } from './portal-context';

export function formatPageTitle(page: string, portalName: string, hasErrors: boolean): string {
  return `${hasErrors ? 'Error: ' : ''}${page} – ${portalName} – ${productName}`;
}

/** Keeps document.title in step with the page, prefixed "Error:" while its form shows errors. */
export function usePageTitle(page: () => string, hasErrors: () => boolean = () => false): void {
  const portal = usePortal();
  createEffect(() => {
    document.title = formatPageTitle(page(), portal.name, hasErrors());
  });
}
