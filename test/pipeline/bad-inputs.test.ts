/**
 * Issue 16's bad inputs (fixtures/bad/make-bad.mjs) ingested together with good files, end to end:
 * the real CLI on the embedded store. Every good file stored, every bad one failed with its reason,
 * every input accounted for, the whole run's memory bounded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs generator script, no types
import { makeBadCorpus } from '../../fixtures/bad/make-bad.mjs';
import { Store } from '../../src/store/index.ts';

type Expected = { done?: true; noFigures?: true; failed?: string; rejected?: string; sameAs?: string };

const root = mkdtempSync(join(tmpdir(), 'budgetlens-bad-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a batch of bad and good files', () => {
  it('stores every good file, fails every bad one with its reason, names every input, in bounded memory', async () => {
    const corpus = join(root, 'corpus');
    const expected: { [name: string]: Expected } = await makeBadCorpus(corpus, { bigMb: 50, slowMb: 6, pages: 1100 });
    const missing = join(root, 'no-such-file.md');
    expected[missing] = { rejected: 'cannot be opened: ENOENT' };
    const data = join(root, 'data');
    const env = { ...process.env, REDIS_URL: '', DATABASE_URL: '', BUDGETLENS_MAX_PDF_PAGES: '1000' };
    // the store made first: creating an embedded store (PGlite's initdb) alone peaks at ~750 MB, once
    expect(spawnSync(process.execPath, ['bin/budgetlens.mjs', '--data', data, 'status'], { env }).status).toBe(0);

    // the CLI as a user runs it, its peak resident memory measured by the kernel (getrusage of the child)
    const measure =
      'import resource, subprocess, sys\nr = subprocess.run(sys.argv[1:])\nsys.stderr.write("maxrss_kb=%d\\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\nsys.exit(r.returncode)';
    const run = spawnSync(
      'python3',
      [
        '-c',
        measure,
        process.execPath,
        'bin/budgetlens.mjs',
        '--data',
        data,
        'ingest',
        corpus,
        missing,
        '--no-progress',
        '--concurrency',
        '1',
        '--document-timeout',
        '10',
        '--document-memory',
        '256',
      ],
      { encoding: 'utf8', env, maxBuffer: 16 * 1024 * 1024 },
    );
    expect(run.status, run.stderr).toBe(1);
    const peakKb = Number(/maxrss_kb=(\d+)/.exec(run.stderr)?.[1]);
    console.log(`bad-input batch: peak RSS ${Math.round(peakKb / 1024)} MB`);
    expect(peakKb).toBeGreaterThan(0);
    // Issue 16 asks for 1 GiB. Measured 975–1340 MB before originals were stored in parts (storing
    // the 6 MB slow-line.md as one bytea value grew the embedded store by 480 MB, for good), ~810 MB
    // after: the store ~360 MB, a core thread reading a pathological file up to ~400 MB more.
    expect(peakKb).toBeLessThan(1024 * 1024);

    const store = await Store.open({ dataDir: data });
    try {
      const status = await store.batchStatus(1);
      const byName = new Map(status.inputs.map((i) => [i.name, i]));
      // every input named, nothing more
      expect([...byName.keys()].sort()).toEqual(Object.keys(expected).sort());
      const stored = new Set((await store.listRecords({ batchId: 1 })).map((r) => r.sha256));
      const docs = new Map((await store.listDocuments({ batchId: 1 })).map((d) => [d.id, d]));
      const noFigures = new Set(status.noFigures.map((n) => n.documentId));
      for (const [name, want] of Object.entries(expected)) {
        const got = byName.get(name)!;
        const doc = got.documentId === null ? undefined : docs.get(got.documentId);
        const what = `${JSON.stringify(name)}: ${JSON.stringify(got)}`;
        if (want.done || want.noFigures) {
          expect(got.status, what).toBe('done');
          expect(stored.has(doc!.sha256), what).toBe(true);
          expect(noFigures.has(doc!.id), what).toBe(!!want.noFigures);
        } else if (want.failed) {
          expect(got.status, what).toBe('failed');
          expect(got.reason, what).toMatch(new RegExp(`^${want.failed}: .+`));
          expect(doc!.failureKind, what).toBe('bad-input');
        } else if (want.rejected) {
          expect(got.status, what).toBe('rejected');
          expect(got.reason, what).toContain(want.rejected);
        } else if (want.sameAs) {
          const other = byName.get(want.sameAs)!;
          expect(got.documentId, what).toBe(other.documentId);
          expect([got.duplicateOf, other.duplicateOf], what).toContain(got.duplicateOf ? want.sameAs : name);
          expect(got.status, what).toBe('done');
        }
      }
      expect(status.internalErrors).toBe(0);
      expect(status.counts.queued + status.counts.processing).toBe(0);
    } finally {
      await store.close();
    }
  }, 300_000);
});
