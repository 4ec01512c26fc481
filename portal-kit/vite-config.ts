import { defineConfig, type UserConfig } from 'vite';
import solid from 'vite-plugin-solid';

/**
 * GOV.UK Frontend still ships an Internet Explorer media-query hack, `(min-width: 0\0)`, which Sass
 * turns into a replacement character that Lightning CSS cannot parse.
 */
const internetExplorerHack = /\(min-width: 0(\\0|\uFFFD)\)/;

const dropInternetExplorerHacks = {
  postcssPlugin: 'drop-internet-explorer-hacks',
  AtRule: {
    media(rule: { params: string; remove(): void }) {
      if (internetExplorerHack.test(rule.params)) rule.remove();
    },
  },
};

/** The Vite setup both portals share; `base` is where the server mounts the portal. */
export function portalViteConfig(base: '/' | `/${string}/`): UserConfig {
  return defineConfig({
    base,
    plugins: [solid()],
    css: { postcss: { plugins: [dropInternetExplorerHacks] } },
    server: {
      proxy: { '/graphql': 'http://localhost:4000', '/events': 'http://localhost:4000' },
    },
  });
}
