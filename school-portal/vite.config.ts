// A relative import: Vite bundles it into the config, whereas workspace packages would be loaded untranspiled.
import { portalViteConfig } from '../portal-kit/vite-config.ts';

export default portalViteConfig('/');
