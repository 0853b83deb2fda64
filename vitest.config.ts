import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PDF parsing and LibreOffice round trips are CPU-heavy: two cores, two workers
    maxWorkers: 2,
  },
});
