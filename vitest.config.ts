import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Tests of the pure core (parse, extract, reconcile, the model) and of the comparison's arithmetic:
 * no store, server, queue or process of their own, and every environment variable they set put
 * back. They share their worker processes (isolate: false) instead of each starting a new one and
 * loading the core again: about 1 CPU-second less per file (14 such files alone: 19 → 6 CPU-s).
 * The slow ones among them stay isolated, to start first.
 */
const SHARED = [
  'test/extract/**/*.test.ts',
  'test/reconcile/**/*.test.ts',
  'test/model/**/*.test.ts',
  'test/parse/**/*.test.ts',
  'test/compare/index.test.ts',
  'test/compare/imports.test.ts',
];
const SHARED_BUT_SLOW = ['test/extract/formats.test.ts', 'test/parse/ocr.test.ts', 'test/parse/ocr-dev2.test.ts'];

/**
 * The slowest files, started first (longest-processing-time first), so that the two workers finish
 * together instead of one running a long file alone at the end: measured on 2026-11-29 (each file
 * alone, wall and CPU). Files that mostly wait (queues, faults, browsers) alternate with files that
 * mostly compute (OCR, the CLI), so that a worker waiting leaves the core to the other. A file not
 * listed runs after these, in vitest's own order (the last run's durations when it has them).
 */
const LONGEST_FIRST = [
  'test/parse/ocr.test.ts',
  'test/queue/bullmq.test.ts',
  'test/parse/ocr-dev2.test.ts',
  'test/queue/faults.test.ts',
  'test/cli.test.ts',
  'test/server/discovery.test.ts',
  'test/server/web.test.ts',
  'test/server/compare.test.ts',
  'test/pipeline/bad-inputs.test.ts',
  'test/queue/inprocess.test.ts',
  'test/export/libreoffice.test.ts',
  'test/cli/ingest-kill.test.ts',
  'test/server/compare-web.test.ts',
  'test/compare/source.test.ts',
  'test/pipeline/fuzz.test.ts',
  'test/server/services.test.ts',
  'test/pipeline/isolated.test.ts',
  'test/server/upload-web.test.ts',
  'test/store/store.test.ts',
  'test/pipeline/linear.test.ts',
  'test/extract/formats.test.ts',
  'test/compose.test.ts',
];

class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byVitest = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((p) => f.moduleId.endsWith(`/${p}`));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // the shared files last, together: a worker keeps its process only from one shared file to the next
    const shared = (f: TestSpecification) => (f.project.config.isolate === false ? 1 : 0);
    return byVitest
      .map((f, i) => ({ f, i }))
      .sort((a, b) => shared(a.f) - shared(b.f) || rank(a.f) - rank(b.f) || a.i - b.i)
      .map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PDF parsing and LibreOffice round trips are CPU-heavy: two cores, two workers
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    // every file of test/ in exactly one: the shared core, the slow files of the core's folders, the rest
    // (a project's include and exclude add to the root's, so the root has none)
    projects: [
      { extends: true, test: { name: 'core', include: SHARED, exclude: [...configDefaults.exclude, ...SHARED_BUT_SLOW], isolate: false } },
      { extends: true, test: { name: 'core-slow', include: SHARED_BUT_SLOW } },
      { extends: true, test: { name: 'integration', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...SHARED] } },
    ],
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
