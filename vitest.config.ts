import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PDF parsing and LibreOffice round trips are CPU-heavy: two cores, two workers
    maxWorkers: 2,
    // `npm test -- --coverage` (what .ci/run runs): the lines of src/ the tests run in their own
    // processes (not in spawned CLIs, workers or document threads), with a floor CI enforces
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: { lines: 0, statements: 0, functions: 0, branches: 0 },
    },
  },
});
