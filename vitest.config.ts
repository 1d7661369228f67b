import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    setupFiles: ['test/setup/fuzz-seed.ts'],
  },
});
