/**
 * The embedded runner on a real PGlite store in a temporary directory: the seed reports plus a few
 * unreadable files in one batch. Nothing is mocked.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/extract/index.ts';
import { InternalError } from '../../src/pipeline/errors.ts';
import { IsolatedCore } from '../../src/pipeline/isolated.ts';
import { forEachLimited, InProcessRunner, type PageProgress, type Progress } from '../../src/queue/inprocess.ts';
import { MAX_OCR_PROCESSES, ocrConcurrency, ocrMissing } from '../../src/parse/pdf/ocr.ts';
import { processDocument } from '../../src/queue/processors.ts';
import { Store } from '../../src/store/index.ts';
import { addBatch, markdownVariant, seedFiles, unreadableFiles } from './helpers.ts';

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

  it('reads a streamed batch as it comes: the first result is stored before the rest of the batch is', async () => {
    const { id: batchId } = await store.createBatch('streamed');
    const files = [1, 2, 3, 4, 5].map((n) => markdownVariant(900 + n));
    let firstDone!: () => void;
    const first = new Promise<void>((resolve) => (firstDone = resolve));
    let storedWhenFirstDone = -1;
    let stored = 0;
    async function* docs() {
      for (const [i, f] of files.entries()) {
        // the third input is stored only once a document is done: a runner that took the whole
        // batch before reading any would wait here for ever (and the test time out)
        if (i === 2) await first;
        const hash = createHash('sha256').update(f.bytes).digest('hex');
        const { documentId } = await store.addDocument(batchId, { sha256: hash, file: f.file, bytes: f.bytes });
        stored++;
        yield { documentId, sha256: hash, file: f.file };
      }
    }
    const runner = new InProcessRunner({
      store,
      concurrency: 2,
      onProgress: (p) => {
        if (p.done + p.failed === 1) {
          storedWhenFirstDone = stored;
          firstDone();
        }
      },
    });
    const result = await runner.run(batchId, docs());
    expect(result).toMatchObject({ batchId, total: files.length, done: files.length, failed: 0 });
    expect(storedWhenFirstDone).toBeLessThanOrEqual(3);
    expect((await store.batchStatus(batchId)).status).toBe('done');
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
    expect(result).toMatchObject({ done: 1, failed: 1, internal: 1, total: 2 });
    expect(progress.at(-1)).toMatchObject({ done: 1, failed: 1, total: 2 });
  });

  it('files budgetlens failing on a document as an internal error: logged with its stack, counted apart, offered to reprocess', async () => {
    const { batchId, docs } = await addBatch(store, [seedFiles()[0]], 'internal');
    // a core that can no longer run anything: the failure is budgetlens's, not the file's
    const core = new IsolatedCore();
    await core.close();
    const log: string[] = [];
    const attempt = (finalAttempt: boolean) => processDocument(docs[0], store, { core, finalAttempt, log: (m) => log.push(m) });
    await expect(attempt(false)).rejects.toBeInstanceOf(InternalError);
    expect((await store.getDocument(docs[0].documentId))?.status).toBe('processing'); // not failed yet: will be retried
    await expect(attempt(true)).rejects.toBeInstanceOf(InternalError);
    expect(log).toHaveLength(2);
    expect(log[1]).toMatch(/internal error on .*\(giving up\):\nInternalError: .*the document core was closed\n\s+at /);
    const status = await store.batchStatus(batchId);
    expect(status.failed).toEqual([expect.objectContaining({ kind: 'internal', reason: 'internal: the document core was closed' })]);
    expect(status.internalErrors).toBe(1);
    // whatever version it failed under, reprocess offers it again
    expect((await store.documentsNeedingReprocess(EXTRACTOR_VERSION)).map((d) => d.id)).toContain(docs[0].documentId);
  });

  it.skipIf(ocrMissing() !== null)(
    'reports each page of a scanned document as it is OCRed: as many page events as pages',
    async () => {
      // a three-page scan: the 40 dpi scanned fixture three times (fast to read)
      const scan = join(dir, 'scan.pdf');
      execFileSync('pdfunite', ['fixtures/pdf/scan.scanned.pdf', 'fixtures/pdf/scan.scanned.pdf', 'fixtures/pdf/scan.scanned.pdf', scan]);
      const { batchId, docs } = await addBatch(
        store,
        [{ file: 'three-page-scan.pdf', bytes: new Uint8Array(readFileSync(scan)) }],
        'ocr progress',
      );
      const pages: PageProgress[] = [];
      const docsDone: Progress[] = [];
      const runner = new InProcessRunner({
        store,
        concurrency: 1,
        onProgress: (p) => docsDone.push(p),
        onPageProgress: (p) => pages.push({ ...p }),
      });
      await runner.run(batchId, docs);
      expect(pages).toHaveLength(3);
      expect(pages.map((p) => p.done)).toEqual([1, 2, 3]);
      expect(new Set(pages.map((p) => p.page))).toEqual(new Set([1, 2, 3]));
      for (const p of pages) expect(p).toMatchObject({ total: 3, file: 'three-page-scan.pdf' });
      // the document events are still one per document
      expect(docsDone).toHaveLength(1);
    },
    300_000,
  );

  it('OCRs at most as many pages at once as there are cores', () => {
    expect(ocrConcurrency({})).toBe(MAX_OCR_PROCESSES);
    expect(ocrConcurrency({ BUDGETLENS_OCR_CONCURRENCY: '1' })).toBe(1);
    expect(ocrConcurrency({ BUDGETLENS_OCR_CONCURRENCY: '1000' })).toBe(MAX_OCR_PROCESSES);
  });
});
