import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The gate runs from the repository root; tests live beside this file.
    root: decodeURIComponent(new URL('.', import.meta.url).pathname),
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
