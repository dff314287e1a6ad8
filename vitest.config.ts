import { defineConfig } from 'vitest/config';

// Plain Vite (not Astro's config): the code under test is pure TypeScript, and build and
// browser tests read the built site in dist/, which scripts/test.sh builds first.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
