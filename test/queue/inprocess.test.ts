/**
 * The embedded runner on a real PGlite store in a temporary directory: the seed reports plus a few
 * unreadable files in one batch. Nothing is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.ts';
import { forEachLimited, InProcessRunner, type Progress } from '../../src/queue/inprocess.ts';
import { Store } from '../../src/store/index.ts';
import { addBatch, seedFiles, unreadableFiles } from './helpers.ts';

describe('InProcessRunner', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-inprocess-'));
    store = await Store.open({ dataDir: dir });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('processes the good files, fails each unreadable one with its reason, and reports progress', async () => {
    const good = seedFiles();
    const bad = unreadableFiles();
    // the bad ones in the middle: a failure must not stop what follows
    const { batchId, docs } = await addBatch(store, [...good.slice(0, 2), ...bad, ...good.slice(2)], 'mixed');
    const progress: Progress[] = [];
    const runner = new InProcessRunner({ store, concurrency: 2, onProgress: (p) => progress.push({ ...p }) });
    const result = await runner.run(batchId, docs);

    expect(result).toMatchObject({ batchId, total: docs.length, done: good.length, failed: bad.length });
    expect(result.departments).toEqual(['广州市荔湾区人民政府桥中街道办事处']);
    expect(Array.isArray(result.discrepancies)).toBe(true);

    // one call per document, counts rising by one each time, ending at the totals
    expect(progress).toHaveLength(docs.length);
    progress.forEach((p, i) => {
      expect(p.total).toBe(docs.length);
      expect(p.done + p.failed).toBe(i + 1);
    });
    expect(progress.at(-1)).toMatchObject({ done: good.length, failed: bad.length });
    expect(new Set(progress.map((p) => p.file))).toEqual(new Set(docs.map((d) => d.file)));

    const status = await store.batchStatus(batchId);
    expect(status.status).toBe('done');
    expect(status.counts).toEqual({ queued: 0, processing: 0, done: good.length, failed: bad.length });
    const reasons = Object.fromEntries(status.failed.map((f) => [f.file, f.reason]));
    for (const b of bad) expect(reasons[b.file]).toMatch(new RegExp(`^${b.code}: `));

    const records = await store.listRecords({ batchId });
    expect(records.map((r) => r.file).sort()).toEqual(good.map((g) => g.file).sort());
    for (const r of records) expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
    // bad input is recorded with the version: not offered again until the extractor changes
    const again = (await store.documentsNeedingReprocess(EXTRACTOR_VERSION)).map((d) => d.file);
    for (const b of bad) expect(again).not.toContain(b.file);
  });

  it('never runs more than `concurrency` at once', async () => {
    let running = 0;
    let peak = 0;
    await forEachLimited([...Array(20).keys()], 3, async () => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    });
    expect(peak).toBe(3);
  });

  it('retries a transient error and marks the document failed after the last attempt', async () => {
    const { batchId, docs } = await addBatch(store, [seedFiles()[0]], 'transient');
    // a document the store does not know: markProcessing throws every time (not bad input)
    const ghost = { documentId: 987654, sha256: 'f'.repeat(64), file: 'ghost.md' };
    const progress: Progress[] = [];
    const runner = new InProcessRunner({ store, concurrency: 2, attempts: 2, backoffMs: 10, onProgress: (p) => progress.push(p) });
    const result = await runner.run(batchId, [ghost, ...docs]);
    expect(result).toMatchObject({ done: 1, failed: 1, total: 2 });
    expect(progress.at(-1)).toMatchObject({ done: 1, failed: 1, total: 2 });
  });
});
