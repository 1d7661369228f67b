import { defineConfig } from 'vitest/config';

// Browser tests in Firefox: Debian's firefox-esr with dist/firefox, over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
