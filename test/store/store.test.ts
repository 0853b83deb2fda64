/**
 * The store against both backends: PGlite in a temporary directory, and the machine's real
 * PostgreSQL (a fresh schema per run, dropped afterwards). Nothing is mocked.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Discrepancy, type Record } from '../../src/model/record.ts';
import { EXTRACTOR_VERSION } from '../../src/extract/version.ts';
import { processFile } from '../../src/pipeline/index.ts';
import { BLOB_PART_BYTES, fingerprintOf, loadMigrations, Store, type StoreOptions } from '../../src/store/index.ts';
import { PG_URL, pgAnswers, whenMissing } from '../services.ts';

const FIXTURE = 'fixtures/seed/qiaozhong-2023.received.md';

const pgUp = await pgAnswers(PG_URL);
const UNREACHABLE = 'PostgreSQL not reachable at 127.0.0.1:5432 (set DATABASE_URL or start it)';
whenMissing(pgUp ? [] : [UNREACHABLE], 'store on postgres', 'needs a reachable PostgreSQL', 'the PostgreSQL half of the store tests');

/** A throwaway place for one store: open options, and how to remove it afterwards. */
interface Place {
  options: StoreOptions;
  drop(): Promise<void>;
}

interface Backend {
  name: 'pglite' | 'postgres';
  available: boolean;
  place(): Promise<Place>;
}

function withSearchPath(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const backends: Backend[] = [
  {
    name: 'pglite',
    available: true,
    async place() {
      const dir = mkdtempSync(join(tmpdir(), 'budgetlens-store-'));
      return { options: { dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    available: pgUp,
    async place() {
      const schema = `budgetlens_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      return {
        options: { databaseUrl: withSearchPath(PG_URL, schema) },
        drop: () => admin(async (c) => void (await c.query(`DROP SCHEMA ${schema} CASCADE`))),
      };
    },
  },
];

let base: Record;
let fixtureBytes: Uint8Array;
beforeAll(async () => {
  const outcome = await processFile(FIXTURE);
  if (!outcome.ok) throw outcome.error;
  base = outcome.record;
  fixtureBytes = readFileSync(FIXTURE);
});

/** A distinct document (its own bytes and sha256) whose record is the fixture's, with overrides. */
function variant(tag: string, overrides: Partial<Record> = {}) {
  const bytes = new Uint8Array(Buffer.concat([fixtureBytes, Buffer.from(`\n<!-- ${tag} -->\n`)]));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = `${tag}.md`;
  const record: Record = { ...structuredClone(base), file, sha256, ...overrides };
  return { doc: { sha256, file, format: 'markdown' as const, bytes }, record };
}

describe.each(backends)('store on $name', (backend) => {
  describe.skipIf(!backend.available)(backend.name, () => {
    let place: Place;
    let store: Store;

    beforeAll(async () => {
      place = await backend.place();
      store = await Store.open(place.options);
    });
    afterAll(async () => {
      await store?.close();
      await place?.drop();
    });

    const count = async (sql: string, params: unknown[] = []) => Number((await store.db.query(sql, params))[0].n);

    it('applies the migrations once, and reopening applies nothing', async () => {
      expect(store.backend).toBe(backend.name);
      const versions = loadMigrations().map((m) => m.version);
      const before = await store.db.query<{ version: number; applied_at: Date }>(
        'SELECT version, applied_at FROM schema_migrations ORDER BY version',
      );
      expect(before.map((r) => r.version)).toEqual(versions);
      // the formats are the reader registry's (src/parse/readers.ts), not a SQL list: 003 dropped the CHECK
      expect(
        await store.db.query(
          "SELECT conname FROM pg_constraint WHERE conrelid = 'documents'::regclass AND conname = 'documents_format_check'",
        ),
      ).toEqual([]);

      const batch = await store.createBatch('survives reopening');
      await store.close();
      store = await Store.open(place.options);
      const after = await store.db.query<{ version: number; applied_at: Date }>(
        'SELECT version, applied_at FROM schema_migrations ORDER BY version',
      );
      expect(after).toEqual(before);
      expect((await store.batchStatus(batch.id)).label).toBe('survives reopening');
    });

    // PGlite allows one process per data directory, so concurrent opening is a PostgreSQL-only case
    if (backend.name === 'postgres')
      it('two processes opening a fresh database at once migrate it once', async () => {
        const fresh = await backend.place();
        try {
          const [a, b] = await Promise.all([Store.open(fresh.options), Store.open(fresh.options)]);
          try {
            const rows = await a.db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
            expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
            expect((await b.createBatch('b')).id).toBeGreaterThan(0);
          } finally {
            await Promise.all([a.close(), b.close()]);
          }
        } finally {
          await fresh.drop();
        }
      });

    if (backend.name === 'pglite')
      it('refuses a second opener of the data directory with a plain reason, then lets it in once closed', async () => {
        const options = { ...place.options, lockWaitMs: 600 };
        await expect(Store.open(options)).rejects.toThrow(/is in use by another budgetlens process .*DATABASE_URL/);
        // a process crashed without closing: its lock goes stale and the directory can be opened again (covered by
        // proper-lockfile); a clean close releases it at once
        await store.close();
        const second = await Store.open(options);
        await second.close();
        store = await Store.open(place.options);
      });

    it('keeps the same file added twice as one document linked to both batches', async () => {
      const { doc } = variant('twice');
      const first = await store.createBatch('first');
      const second = await store.createBatch('second');
      const a = await store.addDocument(first.id, doc);
      const b = await store.addDocument(second.id, { ...doc, file: 'renamed.md' });
      const c = await store.addDocument(first.id, doc);
      expect(a.created).toBe(true);
      expect(b).toEqual({ documentId: a.documentId, created: false });
      expect(c).toEqual({ documentId: a.documentId, created: false });
      expect(await count('SELECT count(*) AS n FROM documents WHERE sha256 = $1', [doc.sha256])).toBe(1);
      expect(await count('SELECT count(*) AS n FROM blobs WHERE sha256 = $1', [doc.sha256])).toBe(1);
      expect(await count('SELECT count(*) AS n FROM batch_documents WHERE document_id = $1', [a.documentId])).toBe(2);
      for (const batch of [first, second]) {
        const s = await store.batchStatus(batch.id);
        expect(s.total).toBe(1);
        expect(s.counts.queued).toBe(1);
        expect(s.status).toBe('queued');
      }
      expect(Buffer.from((await store.getBlob(doc.sha256))!).equals(Buffer.from(doc.bytes))).toBe(true);
      expect(await store.getBlob('0'.repeat(64))).toBeNull();
      await expect(store.addDocument(first.id, { ...doc, sha256: 'f'.repeat(64) })).rejects.toThrow(/does not match/);
    });

    it('keeps an original in parts and gives it back whole; one stored in one piece (before migration 004) too', async () => {
      const batch = await store.createBatch('parts');
      // three parts and a bit, every byte value
      const bytes = new Uint8Array(
        Buffer.concat([randomBytes(3 * BLOB_PART_BYTES), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]),
      );
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      await store.addDocument(batch.id, { sha256, file: 'parts.bin', bytes });
      expect(await count('SELECT count(*) AS n FROM blob_parts WHERE sha256 = $1', [sha256])).toBe(4);
      expect(Buffer.from((await store.getBlob(sha256))!).equals(Buffer.from(bytes))).toBe(true);
      const empty = createHash('sha256').update('').digest('hex');
      await store.addDocument(batch.id, { sha256: empty, file: 'empty.md', bytes: new Uint8Array(0) });
      expect((await store.getBlob(empty))!.byteLength).toBe(0);
      const old = Buffer.from('stored whole by an earlier version');
      const oldSha = createHash('sha256').update(old).digest('hex');
      await store.db.query('INSERT INTO blobs (sha256, size, data) VALUES ($1, $2, $3)', [oldSha, old.byteLength, new Uint8Array(old)]);
      expect(Buffer.from((await store.getBlob(oldSha))!).equals(old)).toBe(true);
      // a part missing is an error, never a shorter original
      await store.db.query('DELETE FROM blob_parts WHERE sha256 = $1 AND part = 1', [sha256]);
      await expect(store.getBlob(sha256)).rejects.toThrow(/incomplete in the store/);
    });

    it('round-trips money exactly through NUMERIC, and the record unchanged', async () => {
      const key = Object.keys(base.figures)[0];
      const { doc, record } = variant('numeric');
      const figure = record.figures[key];
      figure.yuan = '71434500.123456';
      figure.mentions[0].yuan = '71434500.123456';
      record.tasks[0].budget = '123456789012345678901234567890.000000000001';
      const batch = await store.createBatch();
      const { documentId } = await store.addDocument(batch.id, doc);
      await store.markProcessing(documentId);
      await store.saveResult(documentId, record);

      const [row] = await store.db.query<{ yuan: string; exact: boolean }>(
        `SELECT f.yuan, f.yuan = '71434500.123456'::numeric AS exact FROM figures f JOIN reports r ON r.id = f.report_id
         WHERE r.document_id = $1 AND f.key = $2 AND f.is_primary`,
        [documentId, key],
      );
      expect(row).toEqual({ yuan: '71434500.123456', exact: true });
      const [task] = await store.db.query<{ budget: string }>(
        'SELECT t.budget FROM task_lines t JOIN reports r ON r.id = t.report_id WHERE r.document_id = $1 ORDER BY t.ordinal LIMIT 1',
        [documentId],
      );
      expect(task.budget).toBe('123456789012345678901234567890.000000000001');
      const primaries = await count(
        'SELECT count(*) AS n FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.document_id = $1 AND f.is_primary',
        [documentId],
      );
      expect(primaries).toBe(Object.keys(record.figures).length);

      const [stored] = await store.listRecords({ batchId: batch.id });
      expect(stored).toEqual(record);
      expect(Object.keys(stored.figures)).toEqual(Object.keys(record.figures)); // reading order, not jsonb's
      expect(stored.figures[key].yuan).toBe('71434500.123456');
      expect((await store.batchStatus(batch.id)).status).toBe('done');
      expect((await store.getDocument(documentId))?.extractorVersion).toBe(record.extractorVersion);
    });

    it('saveResult is one transaction: a failure mid-way leaves the previous result', async () => {
      const { doc, record } = variant('atomic', { department: '原部门' });
      const batch = await store.createBatch();
      const { documentId } = await store.addDocument(batch.id, doc);
      await store.saveResult(documentId, record);
      const rowsBefore = await count('SELECT count(*) AS n FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.document_id = $1', [
        documentId,
      ]);
      await store.markProcessing(documentId);

      // a real database failure on the statement after the old report was deleted and the new one inserted
      await store.db.exec(`
        CREATE FUNCTION test_injected_failure() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER test_injected_failure BEFORE INSERT ON figures FOR EACH STATEMENT EXECUTE FUNCTION test_injected_failure();`);
      try {
        await expect(store.saveResult(documentId, { ...record, department: '新部门', extractorVersion: '9.9.9' })).rejects.toThrow(
          /injected failure/,
        );
      } finally {
        await store.db.exec('DROP TRIGGER test_injected_failure ON figures; DROP FUNCTION test_injected_failure();');
      }

      const [kept] = await store.listRecords({ batchId: batch.id });
      expect(kept.department).toBe('原部门');
      expect(kept).toEqual(record);
      expect(await count('SELECT count(*) AS n FROM reports WHERE document_id = $1', [documentId])).toBe(1);
      expect(
        await count('SELECT count(*) AS n FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.document_id = $1', [documentId]),
      ).toBe(rowsBefore);
      const docRow = await store.getDocument(documentId);
      expect(docRow?.status).toBe('processing');
      expect(docRow?.extractorVersion).toBe(record.extractorVersion);

      await store.saveResult(documentId, { ...record, department: '新部门' });
      expect((await store.listRecords({ batchId: batch.id })).map((r) => r.department)).toEqual(['新部门']);
      expect(await count('SELECT count(*) AS n FROM reports WHERE document_id = $1', [documentId])).toBe(1);
    });

    it('lists failed documents with their reasons', async () => {
      const batch = await store.createBatch('mixed');
      const ok = variant('mixed-ok');
      const bad = variant('mixed-bad');
      const slow = variant('mixed-slow');
      const okId = (await store.addDocument(batch.id, ok.doc)).documentId;
      const badId = (await store.addDocument(batch.id, bad.doc)).documentId;
      const slowId = (await store.addDocument(batch.id, slow.doc)).documentId;
      for (const id of [okId, badId, slowId]) await store.markProcessing(id);
      await store.saveResult(okId, ok.record);
      await store.markFailed(badId, 'encrypted: the PDF asks for a password');

      let s = await store.batchStatus(batch.id);
      expect(s.counts).toEqual({ queued: 0, processing: 1, done: 1, failed: 1 });
      expect(s.total).toBe(3);
      expect(s.status).toBe('processing');
      expect(s.failed).toEqual([
        {
          documentId: badId,
          file: 'mixed-bad.md',
          sha256: bad.doc.sha256,
          reason: 'encrypted: the PDF asks for a password',
          kind: 'internal',
        },
      ]);
      expect(s.internalErrors).toBe(1);

      await store.markFailed(slowId, 'timeout after 60 s', base.extractorVersion);
      s = await store.batchStatus(batch.id);
      expect(s.counts).toEqual({ queued: 0, processing: 0, done: 1, failed: 2 });
      expect(s.status).toBe('done');
      expect(s.failed.map((f) => f.reason)).toEqual(['encrypted: the PDF asks for a password', 'timeout after 60 s']);

      const current = (await store.documentsNeedingReprocess(base.extractorVersion)).map((d) => d.id);
      expect(current).toContain(badId); // failed with no version recorded
      expect(current).not.toContain(okId);
      expect(current).not.toContain(slowId);
      const next = (await store.documentsNeedingReprocess('99.0.0')).map((d) => d.id);
      expect(next).toEqual(expect.arrayContaining([okId, badId, slowId]));
    });

    it('keeps every input of a batch: rejected ones with their reason, duplicates with the name they matched', async () => {
      const batch = await store.createBatch('inputs');
      const a = variant('inputs-a');
      const b = variant('inputs-b');
      await store.addRejectedInput(batch.id, 'missing.md', 'cannot be opened: ENOENT');
      const first = await store.addDocument(batch.id, a.doc);
      await store.addDocument(batch.id, { ...a.doc, file: 'copy of inputs-a.md' });
      await store.addDocument(batch.id, b.doc);
      await store.addDocument(batch.id, { ...a.doc, file: 'inputs-a (2).md' });
      await store.addRejectedInput(batch.id, 'bad.zip/../evil.md', 'points outside the archive');
      const s = await store.batchStatus(batch.id);
      expect(s.total).toBe(2);
      expect(s.inputs.map((i) => [i.name, i.status, i.duplicateOf])).toEqual([
        ['missing.md', 'rejected', null],
        ['inputs-a.md', 'queued', null],
        ['copy of inputs-a.md', 'queued', 'inputs-a.md'],
        ['inputs-b.md', 'queued', null],
        ['inputs-a (2).md', 'queued', 'inputs-a.md'],
        ['bad.zip/../evil.md', 'rejected', null],
      ]);
      expect(s.rejected).toEqual([
        { name: 'missing.md', reason: 'cannot be opened: ENOENT' },
        { name: 'bad.zip/../evil.md', reason: 'points outside the archive' },
      ]);
      expect(s.duplicates).toEqual([
        { name: 'copy of inputs-a.md', duplicateOf: 'inputs-a.md', documentId: first.documentId },
        { name: 'inputs-a (2).md', duplicateOf: 'inputs-a.md', documentId: first.documentId },
      ]);
    });

    it('offers internal failures to reprocess whatever version they failed with, bad input only for a new version', async () => {
      const batch = await store.createBatch('kinds');
      const bad = variant('kinds-bad');
      const bug = variant('kinds-bug');
      const badId = (await store.addDocument(batch.id, bad.doc)).documentId;
      const bugId = (await store.addDocument(batch.id, bug.doc)).documentId;
      await store.markFailed(badId, 'encrypted: asks for a password', base.extractorVersion, 'bad-input');
      await store.markFailed(bugId, 'internal: TypeError: x is undefined', base.extractorVersion, 'internal');
      expect((await store.getDocument(bugId))?.failureKind).toBe('internal');
      const s = await store.batchStatus(batch.id);
      expect(s.failed.map((f) => f.kind)).toEqual(['bad-input', 'internal']);
      expect(s.internalErrors).toBe(1);
      const again = (await store.documentsNeedingReprocess(base.extractorVersion, { batchId: batch.id })).map((d) => d.id);
      expect(again).toEqual([bugId]);
    });

    it('has an identity of its own, another for another database', async () => {
      expect(store.id).toMatch(/^[0-9a-f-]{36}$/);
      const other = await backend.place();
      const second = await Store.open(other.options);
      try {
        expect(second.id).not.toBe(store.id);
      } finally {
        await second.close();
        await other.drop();
      }
    });

    it('filters records by batch, year and department, in a stable order', async () => {
      const one = await store.createBatch('filters-1');
      const two = await store.createBatch('filters-2');
      const docs = [
        { batch: one, v: variant('f-b', { year: 2031, department: '乙局' }) },
        { batch: one, v: variant('f-a', { year: 2031, department: '甲局' }) },
        { batch: one, v: variant('f-c', { year: 2030, department: '甲局' }) },
        { batch: two, v: variant('f-d', { year: 2031, department: '甲局' }) },
      ];
      for (const { batch, v } of docs) {
        const { documentId } = await store.addDocument(batch.id, v.doc);
        await store.saveResult(documentId, v.record);
      }
      const files = (rs: Record[]) => rs.map((r) => r.file);
      // year, then department in byte order (乙 U+4E59 before 甲 U+7532) on both backends, then file
      expect(files(await store.listRecords({ batchId: one.id }))).toEqual(['f-c.md', 'f-b.md', 'f-a.md']);
      expect(files(await store.listRecords({ batchId: one.id, year: 2031 }))).toEqual(['f-b.md', 'f-a.md']);
      expect(files(await store.listRecords({ batchId: one.id, department: '甲局' }))).toEqual(['f-c.md', 'f-a.md']);
      expect(files(await store.listRecords({ year: 2031, department: '甲局' }))).toEqual(['f-a.md', 'f-d.md']);
      expect(files(await store.listRecords({ batchId: two.id }))).toEqual(['f-d.md']);
      expect(await store.listRecords({ year: 1999 })).toEqual([]);
    });

    it('streams reports for export in record order, a chunk at a time, with figure corrections and reviews', async () => {
      const batch = await store.createBatch('bundles');
      const docs = [
        variant('b-2', { year: 2041, department: '某市乙局' }),
        variant('b-1', { year: 2041, department: '某市甲局' }),
        variant('b-0', { year: 2040, department: '某市甲局' }),
      ];
      const ids: number[] = [];
      for (const v of docs) {
        const { documentId } = await store.addDocument(batch.id, v.doc);
        await store.saveResult(documentId, v.record);
        ids.push(documentId);
      }
      const key = Object.keys(docs[1].record.figures)[0];
      await store.correctFigure(ids[1], key, { value: '12.5', unit: '万元' }, { who: '审计员', why: '决算表' });
      await store.correctFigure(ids[1], key, { value: '12.75', unit: '万元' }, { who: '审计员', why: '再次核对' });
      await expect(store.correctFigure(ids[1], 'budget.total', { value: '十二', unit: '万元' }, { who: 'a', why: 'b' })).rejects.toThrow(
        /not one/,
      );

      const collect = async <T>(it: AsyncIterable<T>) => {
        const out: T[] = [];
        for await (const x of it) out.push(x);
        return out;
      };
      const bundles = await collect(store.streamBundles({ batchId: batch.id }));
      const records = await store.listRecords({ batchId: batch.id });
      expect(bundles.map((b) => b.report.file)).toEqual(records.map((r) => r.file));
      expect((await collect(store.streamRecords({ batchId: batch.id }))).map((r) => r.file)).toEqual(records.map((r) => r.file));
      for (const [i, b] of bundles.entries()) {
        const r = records[i];
        expect(b.figures.map((f) => [f.key, f.value, f.unit, f.yuan, f.page, f.snippet])).toEqual(
          Object.entries(r.figures).map(([k, f]) => [k, f.value, f.unit, f.yuan, f.evidence.page, f.evidence.snippet]),
        );
        expect(b.discrepancies.map((d) => d.discrepancy)).toEqual(r.discrepancies);
      }
      const corrected = bundles.find((b) => b.report.documentId === ids[1])!;
      expect([...corrected.figureCorrections]).toEqual([[key, { value: '12.75', unit: '万元' }]]);
      // department is a substring filter here; year and batch are exact
      expect((await collect(store.streamBundles({ batchId: batch.id, department: '甲局' }))).map((b) => b.report.file)).toEqual([
        'b-0.md',
        'b-1.md',
      ]);
      expect((await collect(store.streamBundles({ batchId: batch.id, year: 2041 }))).map((b) => b.report.file)).toEqual([
        'b-2.md',
        'b-1.md',
      ]);
    });

    it('stores the same rows as the per-table writes did, on both backends (a re-save with a review, an audit id and a chain)', async () => {
      // the record: figures with several mentions, tasks, indicators, targets, breakdowns and discrepancies
      const { doc, record } = variant('rows');
      // the seed states none: one as the text would, kept in the record
      const evidence = record.tasks[0].evidence;
      record.breakdowns = [
        {
          total: { name: '下达资金', value: '2263', unit: '万元', evidence },
          parts: [
            { name: '中小河流治理工程', value: '1435', unit: '万元', evidence },
            { name: '水库除险加固', value: '828', unit: '万元', evidence },
          ],
          closed: true,
        },
      ];
      expect(Object.values(record.figures).some((f) => f.mentions.length > 1)).toBe(true);
      for (const part of [record.tasks, record.indicators, record.targets, record.breakdowns, record.discrepancies]) {
        expect(part.length).toBeGreaterThan(0);
      }
      const batch = await store.createBatch('rows');
      const { documentId } = await store.addDocument(batch.id, doc);
      await store.saveResult(documentId, record);
      // what a re-save carries over: a review decision, a chain discrepancy, an id kept only in the audit
      const [first, second] = await store.listDiscrepancies({ documentId });
      await store.reviewDiscrepancy(first.id, { status: 'genuine', who: 'reviewer@example', note: 'confirmed' });
      await store.reviewDiscrepancy(second.id, { status: 'extraction-error', who: 'reviewer@example', why: 'misread' });
      const chain = Discrepancy.parse({
        ...record.discrepancies[0],
        rule: 'carryover.chain',
        previous: { file: 'earlier.md', year: 2022 },
      });
      await store.replaceChainDiscrepancies(documentId, [chain]);
      const idsBefore = new Map((await store.listDiscrepancies({ documentId })).map((d) => [d.id, d.fingerprint]));
      const resaved = { ...record, discrepancies: record.discrepancies.filter((d) => fingerprintOf(d) !== second.fingerprint) };
      await store.saveResult(documentId, resaved);
      await store.saveResult(documentId, record); // the misread one comes back under its id, from the audit

      // ids differ between runs and backends: a discrepancy's says whether it was kept, the other rows' only that they have one
      const rows = async (sql: string) => (await store.db.query(sql, [documentId])).map(({ report_id, ...rest }) => rest);
      const parts = ['figures', 'task_lines', 'indicators', 'performance_targets'] as const;
      const dump = {
        reports: await rows(
          'SELECT file, sha256, department, year, kind, extractor_version, record, figure_order FROM reports WHERE document_id = $1',
        ),
        ...Object.fromEntries(
          await Promise.all(
            parts.map(async (t) => [
              t,
              (await rows(`SELECT x.* FROM ${t} x JOIN reports r ON r.id = x.report_id WHERE r.document_id = $1 ORDER BY x.ordinal`)).map(
                ({ id, ...rest }) => ({ id: id === null ? 'none' : 'new', ...rest }),
              ),
            ]),
          ),
        ),
        discrepancies: (
          await rows(
            `SELECT x.id, x.ordinal, x.fingerprint, x.rule, x.severity, x.message_zh, x.message_en, x.arithmetic, x.expected, x.actual,
                    x.difference, x.unit, x.details, x.review_status, x.reviewer_note
             FROM discrepancies x JOIN reports r ON r.id = x.report_id WHERE r.document_id = $1 ORDER BY x.ordinal`,
          )
        ).map(({ id, ...rest }) => ({
          id: idsBefore.has(Number(id)) ? `kept: ${idsBefore.get(Number(id))}` : 'new',
          ...rest,
        })),
        document: await rows('SELECT status, failure_reason, failure_kind, extractor_version FROM documents WHERE id = $1'),
      };
      // the extractor's version is not the store's business: a new version must not fail this comparison
      const json = JSON.stringify(dump, null, 1).replaceAll(record.sha256, '<sha256>').replaceAll(`"${EXTRACTOR_VERSION}"`, '"<version>"');
      await expect(json).toMatchFileSnapshot('__snapshots__/saved-rows.json');
      expect((await store.batchStatus(batch.id)).status).toBe('done');
    });

    it('keeps corrections append-only, through re-saving, and carries review decisions over', async () => {
      const { doc, record } = variant('corrections');
      expect(record.discrepancies.length).toBeGreaterThan(0);
      const batch = await store.createBatch();
      const { documentId } = await store.addDocument(batch.id, doc);
      await store.saveResult(documentId, record);

      const key = Object.keys(record.figures)[0];
      const fix = await store.addCorrection({
        documentId,
        who: 'reviewer@example',
        why: 'the table says otherwise',
        targetKind: 'figure',
        target: key,
        oldValue: { value: record.figures[key].value },
        newValue: { value: '1' },
      });
      expect(fix.createdAt).toBeInstanceOf(Date);
      const before = await store.listDiscrepancies({ documentId });
      const [first] = before;
      const review = await store.reviewDiscrepancy(first.id, {
        status: 'genuine',
        who: 'reviewer@example',
        note: 'confirmed with the department',
      });
      expect(review.oldValue).toEqual({ status: 'open', note: null });

      await expect(store.db.query('UPDATE corrections SET why = $1 WHERE id = $2', ['rewritten', fix.id])).rejects.toThrow(/append-only/);
      await expect(store.db.query('DELETE FROM corrections WHERE id = $1', [fix.id])).rejects.toThrow(/append-only/);
      await expect(store.db.exec('TRUNCATE corrections')).rejects.toThrow(/append-only/);

      await store.saveResult(documentId, { ...record, warnings: ['processed again'] });
      const kept = await store.listCorrections({ documentId });
      expect(kept).toEqual([fix, review]);
      const again = await store.listDiscrepancies({ documentId });
      // the report's rows were replaced; the discrepancy keeps its id (exports and `review` name it by it) and its decision
      expect(again.map((d) => d.id)).toEqual(before.map((d) => d.id));
      expect(again[0]).toMatchObject({
        id: first.id,
        fingerprint: first.fingerprint,
        reviewStatus: 'genuine',
        reviewerNote: 'confirmed with the department',
      });
      expect(again.slice(1).every((d) => d.reviewStatus === 'open')).toBe(true);
    });
  });
});
