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
      reportOnFailure: true,
      // just under what was measured on 2026-11-29 without the five slowest files (the whole suite covers more)
      thresholds: { lines: 90, statements: 88, functions: 88, branches: 80 },
    },
  },
});
