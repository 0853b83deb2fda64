/**
 * The store: batches, documents and their original bytes, the records extracted from them, review
 * state and an append-only audit of corrections. PostgreSQL when a database URL is given, otherwise
 * PGlite (embedded Postgres) under a data directory; one dialect, one set of migrations, and this
 * one class above the small adapter in ./adapter.ts.
 *
 * Decisions:
 * - Original bytes live in the `blobs` table (keyed by sha256; the bytes in `blob_parts`, 256 KB a
 *   row, since migration 004) on both backends, so adding a
 *   document and its bytes is one transaction and a Postgres deployment needs no shared volume.
 * - A report keeps the full record as jsonb (what listRecords returns, zod-validated) and spreads its
 *   parts into figures / task_lines / indicators / performance_targets / discrepancies for querying.
 *   Money, rates and scores are NUMERIC: exact decimals that come back as the same strings.
 * - saveResult is one transaction; re-saving replaces the report's rows (cascade from `reports`)
 *   but never touches `corrections`, and carries review decisions over to the new discrepancies
 *   with the same fingerprint (rule + subject).
 */
import { join } from 'node:path';
import type { Format } from '../model/document.ts';
import { CheckedRecord, Discrepancy, isDecimal, type Record, storableJson } from '../model/record.ts';
import { type Db, openPglite, openPostgres, type Queryable } from './adapter.ts';
import { migrate } from './migrate.ts';
import { sha256 as sha256Of } from '../parse/sha256.ts';
import {
  storedRecordOf,
  REPORT_ORDER,
  reviewedDiscrepancyOf,
  streamBundles,
  streamRecords,
  streamReviewedRecords,
  type ReportBundle,
  type ReportFilter,
  type ReviewedDiscrepancy,
} from './bundles.ts';
import { FigureCorrection } from '../model/export.ts';
import { KEYS } from '../model/keys.ts';
import { ReviewStatus } from '../model/review.ts';

export type { Db } from './adapter.ts';
export { loadMigrations } from './migrate.ts';
export type { ReportBundle, ReportFilter } from './bundles.ts';

export const DEFAULT_DATA_DIR = '.budgetlens';

/** Originals are stored in parts of this size (migration 004). */
export const BLOB_PART_BYTES = 256 * 1024;

export type DocumentStatus = 'queued' | 'processing' | 'done' | 'failed';
/**
 * Why a failed document failed. `bad-input`: the file itself (unreadable, over a limit): final
 * until the extractor changes. `internal`: budgetlens failed (a bug in a rule, a lost database):
 * retried by the runners, counted apart, and always offered to `reprocess`.
 */
export type FailureKind = 'bad-input' | 'internal';
type BatchState = 'empty' | 'queued' | 'processing' | 'done';
/** The review statuses are the review model's (src/model/review.ts): one list, also the SQL CHECK's. */
const REVIEW_STATUSES: readonly ReviewStatus[] = ReviewStatus.options;
export type { ReviewStatus };

export interface StoreOptions {
  /** postgres://… — use PostgreSQL. Without it, PGlite under `dataDir`. */
  databaseUrl?: string;
  /** Where PGlite keeps its files (in `<dataDir>/pglite`); default ./.budgetlens. */
  dataDir?: string;
  /** PGlite: how long to wait for another process holding the data directory (default 15 s). */
  lockWaitMs?: number;
}

/** Options from the environment: DATABASE_URL, BUDGETLENS_DATA and BUDGETLENS_LOCK_WAIT_MS. */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  const wait = Number(env.BUDGETLENS_LOCK_WAIT_MS);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.BUDGETLENS_DATA || undefined,
    ...(env.BUDGETLENS_LOCK_WAIT_MS && Number.isInteger(wait) && wait >= 0 ? { lockWaitMs: wait } : {}),
  };
}

export interface NewDocument {
  sha256: string;
  file: string;
  format?: Format;
  /** The original bytes; kept content-addressed by sha256. */
  bytes: Uint8Array;
}

export interface Batch {
  id: number;
  label: string | null;
  status: BatchState;
  createdAt: Date;
}

export interface BatchStatus extends Batch {
  /** Documents of the batch (distinct contents). */
  total: number;
  counts: { [s in DocumentStatus]: number };
  /** Failed documents; `kind` says whether the file or budgetlens is to blame. */
  failed: { documentId: number; file: string; sha256: string; reason: string | null; kind: FailureKind | null }[];
  /** Of the failed documents, those that failed by an internal error. */
  internalErrors: number;
  /** Every input the batch was given, in order: none is ever left out. */
  inputs: BatchInput[];
  /** Inputs that never became a document (a missing path, a rejected archive or entry). */
  rejected: { name: string; reason: string }[];
  /** Inputs with the same bytes as an earlier input of the batch: one document, every name kept. */
  duplicates: { name: string; duplicateOf: string; documentId: number }[];
  /** Done documents in which no figure was found: stored, but worth a look. */
  noFigures: { documentId: number; file: string }[];
}

interface BatchInput {
  name: string;
  /** The document the input became; null when it was rejected before. */
  documentId: number | null;
  /** The document's status, or 'rejected'. */
  status: DocumentStatus | 'rejected';
  /** Why it was rejected or failed. */
  reason: string | null;
  /** The earlier input of the batch with the same bytes. */
  duplicateOf: string | null;
}

export interface DocumentRow {
  id: number;
  sha256: string;
  file: string;
  format: Format | null;
  size: number;
  status: DocumentStatus;
  failureReason: string | null;
  failureKind: FailureKind | null;
  extractorVersion: string | null;
}

export interface NewCorrection {
  documentId: number;
  who: string;
  why: string;
  /** What was corrected: 'figure', 'task', 'indicator', 'discrepancy', 'report', … */
  targetKind: string;
  /** Which one: a figure key, a discrepancy fingerprint, a JSON path, … */
  target: string;
  oldValue?: unknown;
  newValue?: unknown;
}

export interface Correction extends Required<NewCorrection> {
  id: number;
  createdAt: Date;
}

export interface StoredDiscrepancy extends ReviewedDiscrepancy {
  documentId: number;
}

export interface ReviewFilter {
  id?: number;
  batchId?: number;
  documentId?: number;
  /** A substring of the department name as written. */
  department?: string;
  year?: number;
  rule?: string;
  severity?: string;
  status?: ReviewStatus;
}

export interface ReviewRow extends StoredDiscrepancy {
  file: string;
  department: string | null;
  year: number | null;
}

/** What carries a review decision from one processing of a document to the next. */
export function fingerprintOf(d: Discrepancy): string {
  const subject = 'subject' in d ? d.subject : 'task' in d ? d.task : 'key' in d ? d.key : 'previous' in d ? `${d.previous.year}` : '';
  return `${d.rule}|${subject}`;
}

const num = (v: unknown) => Number(v);
const json = storableJson;

export class Store {
  private constructor(
    /** The adapter, for maintenance and tests; application code uses the methods below. */
    readonly db: Db,
    /** This store's identity (a UUID made by its first migration): what scopes queue jobs to it. */
    readonly id: string,
  ) {}

  get backend(): Db['kind'] {
    return this.db.kind;
  }

  static async open(options: StoreOptions = {}): Promise<Store> {
    const db = options.databaseUrl
      ? await openPostgres(options.databaseUrl)
      : await openPglite(join(options.dataDir ?? DEFAULT_DATA_DIR, 'pglite'), { lockWaitMs: options.lockWaitMs });
    try {
      await migrate(db);
      const [identity] = await db.query<{ id: string }>('SELECT id::text AS id FROM store_identity');
      return new Store(db, identity.id);
    } catch (e) {
      await db.close().catch(() => {});
      throw e;
    }
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // ── batches and documents ──────────────────────────────────────────────────────────────────────

  async createBatch(label?: string): Promise<Batch> {
    const [row] = await this.db.query('INSERT INTO batches (label) VALUES ($1) RETURNING id, label, status, created_at', [label ?? null]);
    return batchOf(row);
  }

  /** Same bytes twice = one document (and one blob), linked to every batch it was added to. */
  async addDocument(batchId: number, doc: NewDocument): Promise<{ documentId: number; created: boolean }> {
    const sha256 = sha256Of(doc.bytes);
    if (sha256 !== doc.sha256) throw new Error(`sha256 ${doc.sha256} does not match the bytes of ${doc.file} (${sha256})`);
    return this.db.transaction(async (tx) => {
      const [haveBlob] = await tx.query('SELECT 1 FROM blobs WHERE sha256 = $1', [sha256]);
      if (!haveBlob) {
        // in parts (migration 004): one large bytea value costs the embedded store ~80 times its size
        // another process adding the same bytes at the same time: its row (and its parts) win
        const created = await tx.query(
          'INSERT INTO blobs (sha256, size, data) VALUES ($1, $2, NULL) ON CONFLICT (sha256) DO NOTHING RETURNING sha256',
          [sha256, doc.bytes.byteLength],
        );
        for (let at = 0, part = 0; created.length && at < doc.bytes.byteLength; at += BLOB_PART_BYTES, part++) {
          await tx.query('INSERT INTO blob_parts (sha256, part, data) VALUES ($1, $2, $3)', [
            sha256,
            part,
            doc.bytes.subarray(at, at + BLOB_PART_BYTES),
          ]);
        }
      }
      const inserted = await tx.query(
        `INSERT INTO documents (sha256, file, format, size) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING RETURNING id`,
        [sha256, doc.file, doc.format ?? null, doc.bytes.byteLength],
      );
      const documentId = inserted.length
        ? num(inserted[0].id)
        : num((await tx.query('SELECT id FROM documents WHERE sha256 = $1', [sha256]))[0].id);
      // locked: the input's ordinal is the batch's next
      const [batch] = await tx.query('SELECT id FROM batches WHERE id = $1 FOR NO KEY UPDATE', [batchId]);
      if (!batch) throw new Error(`no batch ${batchId}`);
      await tx.query('INSERT INTO batch_documents (batch_id, document_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [batchId, documentId]);
      await insertInput(tx, batchId, doc.file, documentId, null);
      await refreshBatches(tx, [batchId]);
      return { documentId, created: inserted.length > 0 };
    });
  }

  /** An input of the batch that never became a document (a missing path, a rejected archive or archive entry). */
  async addRejectedInput(batchId: number, name: string, reason: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [batch] = await tx.query('SELECT id FROM batches WHERE id = $1 FOR NO KEY UPDATE', [batchId]);
      if (!batch) throw new Error(`no batch ${batchId}`);
      await insertInput(tx, batchId, name, null, reason);
    });
  }

  /** Whether a batch of this id exists. */
  async hasBatch(batchId: number): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM batches WHERE id = $1', [batchId])).length > 0;
  }

  async getDocument(documentId: number): Promise<DocumentRow | null> {
    const [row] = await this.db.query('SELECT * FROM documents WHERE id = $1', [documentId]);
    return row ? documentOf(row) : null;
  }

  /** Documents, optionally of one batch, in id order. */
  async listDocuments(filter: { batchId?: number } = {}): Promise<DocumentRow[]> {
    const rows = await this.db.query(
      `SELECT * FROM documents d
       WHERE ($1::int IS NULL OR EXISTS (SELECT 1 FROM batch_documents bd WHERE bd.document_id = d.id AND bd.batch_id = $1::int))
       ORDER BY d.id`,
      [filter.batchId ?? null],
    );
    return rows.map(documentOf);
  }

  /** The latest batches, newest first. */
  async listBatches(limit = 100): Promise<Batch[]> {
    const rows = await this.db.query('SELECT id, label, status, created_at FROM batches ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map(batchOf);
  }

  /** The most recently created batch, or null when there is none. */
  async latestBatchId(): Promise<number | null> {
    const [row] = await this.db.query<{ id: number }>('SELECT id FROM batches ORDER BY id DESC LIMIT 1');
    return row ? num(row.id) : null;
  }

  async getBlob(sha256: string): Promise<Uint8Array | null> {
    const [row] = await this.db.query<{ data: Uint8Array | null; size: string | number }>(
      'SELECT data, size FROM blobs WHERE sha256 = $1',
      [sha256],
    );
    if (!row) return null;
    // stored before migration 004: in one piece
    if (row.data) return new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength);
    const parts = await this.db.query<{ data: Uint8Array }>('SELECT data FROM blob_parts WHERE sha256 = $1 ORDER BY part', [sha256]);
    const bytes = new Uint8Array(Buffer.concat(parts.map((p) => p.data)));
    if (bytes.byteLength !== Number(row.size))
      throw new Error(`the original ${sha256} is incomplete in the store: ${bytes.byteLength} of ${row.size} bytes`);
    return bytes;
  }

  /** Waiting to be read (again): a document read before reads as done until its new run starts otherwise. */
  async markQueued(documentId: number): Promise<void> {
    await this.setStatus(documentId, 'queued', null, undefined);
  }

  async markProcessing(documentId: number): Promise<void> {
    await this.setStatus(documentId, 'processing', null, undefined);
  }

  /**
   * A document that could not be read. `extractorVersion`, when given, is recorded so that
   * documentsNeedingReprocess skips it until the version changes; without it the document is
   * offered for reprocessing every time. `kind` defaults to bad input when a version is given
   * (final), internal otherwise. An earlier report of the document, if any, is kept.
   */
  async markFailed(
    documentId: number,
    reason: string,
    extractorVersion?: string,
    kind: FailureKind = extractorVersion ? 'bad-input' : 'internal',
  ): Promise<void> {
    await this.setStatus(documentId, 'failed', reason, extractorVersion ?? null, kind);
  }

  private async setStatus(
    documentId: number,
    status: DocumentStatus,
    reason: string | null,
    version: string | null | undefined,
    kind: FailureKind | null = null,
  ) {
    await this.db.transaction(async (tx) => {
      const rows = await tx.query(
        `UPDATE documents SET status = $2, failure_reason = $3, failure_kind = $4, updated_at = now()
           ${version !== undefined ? ', extractor_version = $5' : ''}
         WHERE id = $1 RETURNING id`,
        version !== undefined ? [documentId, status, reason, kind, version] : [documentId, status, reason, kind],
      );
      if (!rows.length) throw new Error(`no document ${documentId}`);
      await tx.exec(refreshBatchesOfDocumentSql(documentId));
    });
  }

  /**
   * Writes a document's results in one transaction: the previous report and its rows go, the new
   * ones come, the document becomes done. Corrections are never touched.
   *
   * Four round trips whatever the record's size (the document's lock; what the new rows carry over
   * from the old, read as the old go; every write; the commit), not one or two per table: on a busy
   * machine each round trip to PostgreSQL, or into PGlite, costs about a millisecond, and a tiny
   * document took 19 of them here.
   */
  async saveResult(documentId: number, record: Record | CheckedRecord): Promise<void> {
    const checked = record instanceof CheckedRecord ? record : CheckedRecord.check(record);
    const r = checked.record;
    if (!Number.isSafeInteger(documentId)) throw new Error(`no document ${documentId}`);
    await this.db.transaction(async (tx) => {
      const [doc] = await tx.query<{ sha256: string }>('SELECT sha256 FROM documents WHERE id = $1 FOR NO KEY UPDATE', [documentId]);
      if (!doc) throw new Error(`no document ${documentId}`);
      if (doc.sha256 !== r.sha256)
        throw new Error(`record of ${r.file} (sha256 ${r.sha256}) is not document ${documentId} (${doc.sha256})`);

      // read after the lock, so that another writer of this document has committed; the old report
      // (and, by cascade, its rows) goes in the same statement, which still reads them as they were
      const [previous] = await tx.query<{
        discrepancies: {
          id: number;
          fingerprint: string;
          review_status: string;
          reviewer_note: string | null;
          rule: string;
          details: unknown;
        }[];
        audit: { target: string; id: string | null }[];
      }>(
        `WITH gone AS (DELETE FROM reports WHERE document_id = $1)
         SELECT
           (SELECT coalesce(jsonb_agg(jsonb_build_object('id', d.id, 'fingerprint', d.fingerprint, 'review_status', d.review_status,
                     'reviewer_note', d.reviewer_note, 'rule', d.rule, 'details', d.details) ORDER BY d.ordinal), '[]'::jsonb)
            FROM discrepancies d JOIN reports r ON r.id = d.report_id WHERE r.document_id = $1) AS discrepancies,
           (SELECT coalesce(jsonb_agg(jsonb_build_object('target', c.target, 'id', c.new_value->>'discrepancyId') ORDER BY c.id DESC), '[]'::jsonb)
            FROM corrections c WHERE c.document_id = $1 AND c.target_kind = 'discrepancy' AND c.new_value ? 'discrepancyId') AS audit`,
        [documentId],
      );

      const reviewed = new Map<string, { status: string; note: string | null }>();
      // A discrepancy keeps its id from one processing to the next (same fingerprint, in order), so
      // that an id seen in an export or given to `review` still names it after a correction.
      const previousIds = new Map<string, number[]>();
      for (const row of previous.discrepancies) {
        previousIds.set(row.fingerprint, [...(previousIds.get(row.fingerprint) ?? []), num(row.id)]);
        if (row.review_status === 'open' && row.reviewer_note === null) continue;
        if (!reviewed.has(row.fingerprint)) reviewed.set(row.fingerprint, { status: row.review_status, note: row.reviewer_note });
      }

      // a discrepancy a correction made go away and an undo brought back takes its id from the audit
      const auditIds = new Map<string, number>();
      for (const row of previous.audit) {
        if (row.id !== null && !auditIds.has(row.target)) auditIds.set(row.target, num(row.id));
      }
      const used = new Set<number>();
      const idFor = (fingerprint: string): number | null => {
        const id = previousIds.get(fingerprint)?.shift() ?? auditIds.get(fingerprint);
        if (id === undefined || used.has(id)) return null;
        used.add(id);
        return id;
      };

      // cross-document discrepancies are not the record's: they stay until the chain is checked again
      const chain = previous.discrepancies.filter((row) => row.rule === 'carryover.chain').map((row) => Discrepancy.parse(row.details));

      // every write in one message: statements run in order, each sees the one before
      const reportId = `(SELECT id FROM reports WHERE document_id = ${documentId})`;
      // the record's JSON as checked (in a core thread, usually), not serialised again
      const report = `${json({
        file: r.file,
        sha256: r.sha256,
        department: r.department,
        year: r.year,
        kind: r.kind,
        extractor_version: r.extractorVersion,
        figure_order: Object.keys(r.figures),
      }).slice(0, -1)},"record":${checked.json}}`;
      await tx.exec(
        [
          `INSERT INTO reports (document_id, file, sha256, department, year, kind, extractor_version, record, figure_order)
           SELECT ${documentId}, x.file, x.sha256, x.department, x.year, x.kind, x.extractor_version, x.record, x.figure_order
           FROM jsonb_to_record(${literal(report)}::jsonb)
             AS x(file text, sha256 text, department text, year int, kind text, extractor_version text, record jsonb, figure_order jsonb)`,
          insertRowsSql('figures', reportId, literal, figureRows(r), FIGURE_COLUMNS),
          insertRowsSql('task_lines', reportId, literal, r.tasks.map(taskRow), TASK_COLUMNS),
          insertRowsSql('indicators', reportId, literal, r.indicators, INDICATOR_COLUMNS),
          insertRowsSql(
            'performance_targets',
            reportId,
            literal,
            r.targets.map((t) => ({ task: t.task, goal: t.goal, key_indicators: t.keyIndicators, evidence: t.evidence })),
            TARGET_COLUMNS,
          ),
          insertRowsSql(
            'discrepancies',
            reportId,
            literal,
            [...r.discrepancies.filter((d) => d.rule !== 'carryover.chain'), ...chain].map((d) => {
              const fingerprint = fingerprintOf(d);
              return discrepancyRow(d, fingerprint, idFor(fingerprint), reviewed.get(fingerprint));
            }),
            DISCREPANCY_COLUMNS,
          ),
          `UPDATE documents SET status = 'done', failure_reason = NULL, failure_kind = NULL,
             extractor_version = ${literal(r.extractorVersion)}, updated_at = now() WHERE id = ${documentId}`,
          refreshBatchesOfDocumentSql(documentId),
        ]
          .filter((sql) => sql !== '')
          .join(';\n'),
      );
    });
  }

  async batchStatus(batchId: number): Promise<BatchStatus> {
    return this.db.transaction(async (tx) => {
      const [batch] = await tx.query('SELECT id, label, status, created_at FROM batches WHERE id = $1', [batchId]);
      if (!batch) throw new Error(`no batch ${batchId}`);
      const counts = { queued: 0, processing: 0, done: 0, failed: 0 };
      for (const row of await tx.query<{ status: DocumentStatus; n: number }>(
        `SELECT d.status, count(*)::int AS n FROM batch_documents bd JOIN documents d ON d.id = bd.document_id
         WHERE bd.batch_id = $1 GROUP BY d.status`,
        [batchId],
      )) {
        counts[row.status] = num(row.n);
      }
      const failed = await tx.query(
        `SELECT d.id, d.file, d.sha256, d.failure_reason, d.failure_kind FROM batch_documents bd JOIN documents d ON d.id = bd.document_id
         WHERE bd.batch_id = $1 AND d.status = 'failed' ORDER BY d.id`,
        [batchId],
      );
      const inputRows = await tx.query(
        `SELECT i.name, i.document_id, i.failure_reason AS rejected, d.status, d.failure_reason
         FROM batch_inputs i LEFT JOIN documents d ON d.id = i.document_id
         WHERE i.batch_id = $1 ORDER BY i.ordinal`,
        [batchId],
      );
      const firstName = new Map<number, string>();
      const inputs: BatchInput[] = inputRows.map((row) => {
        if (row.document_id === null) {
          return { name: row.name as string, documentId: null, status: 'rejected', reason: row.rejected as string, duplicateOf: null };
        }
        const documentId = num(row.document_id);
        const duplicateOf = firstName.get(documentId) ?? null;
        if (duplicateOf === null) firstName.set(documentId, row.name as string);
        return {
          name: row.name as string,
          documentId,
          status: row.status as DocumentStatus,
          reason: row.failure_reason as string | null,
          duplicateOf,
        };
      });
      const noFigures = await tx.query(
        `SELECT d.id, d.file FROM batch_documents bd JOIN documents d ON d.id = bd.document_id JOIN reports r ON r.document_id = d.id
         WHERE bd.batch_id = $1 AND d.status = 'done' AND r.figure_order = '[]'::jsonb ORDER BY d.id`,
        [batchId],
      );
      return {
        ...batchOf(batch),
        total: counts.queued + counts.processing + counts.done + counts.failed,
        counts,
        failed: failed.map((f) => ({
          documentId: num(f.id),
          file: f.file as string,
          sha256: f.sha256 as string,
          reason: f.failure_reason as string | null,
          kind: f.failure_kind as FailureKind | null,
        })),
        internalErrors: failed.filter((f) => f.failure_kind === 'internal').length,
        inputs,
        rejected: inputs.filter((i) => i.status === 'rejected').map((i) => ({ name: i.name, reason: i.reason ?? '' })),
        duplicates: inputs.flatMap((i) =>
          i.duplicateOf !== null ? [{ name: i.name, duplicateOf: i.duplicateOf, documentId: i.documentId as number }] : [],
        ),
        noFigures: noFigures.map((r) => ({ documentId: num(r.id), file: r.file as string })),
      };
    });
  }

  /**
   * The stored records (the latest result of each document), zod-validated, ordered by year,
   * department, file name (byte order, the same on both backends) and document id.
   */
  async listRecords(filter: { batchId?: number; year?: number; department?: string; departments?: string[] } = {}): Promise<Record[]> {
    const rows = await this.db.query<{ record: unknown; figure_order: string[] }>(
      `SELECT r.record, r.figure_order FROM reports r
       WHERE ($1::int IS NULL OR EXISTS (SELECT 1 FROM batch_documents bd WHERE bd.document_id = r.document_id AND bd.batch_id = $1::int))
         AND ($2::int IS NULL OR r.year = $2::int)
         AND ($3::text IS NULL OR r.department = $3::text)
         AND ($4::jsonb IS NULL OR r.department IN (SELECT value FROM jsonb_array_elements_text($4::jsonb)))
       ORDER BY ${REPORT_ORDER}`,
      [filter.batchId ?? null, filter.year ?? null, filter.department ?? null, filter.departments ? json(filter.departments) : null],
    );
    return rows.map((row) => storedRecordOf(row.record, row.figure_order));
  }

  /** The stored records in export order (year, department, file), one chunk in memory at a time. */
  streamRecords(filter: ReportFilter = {}): AsyncGenerator<Record> {
    return streamRecords(this.db, filter);
  }

  /** The stored records with their document id, discrepancy ids and reviews, and reviewers' figure corrections applied. */
  streamReviewedRecords(filter: ReportFilter = {}): AsyncGenerator<Record> {
    return streamReviewedRecords(this.db, filter);
  }

  /** Reports with their primary figures, reviewed discrepancies and figure corrections, in export order. */
  streamBundles(filter: ReportFilter = {}): AsyncGenerator<ReportBundle> {
    return streamBundles(this.db, filter);
  }

  /**
   * The id of each document's latest audit entry (a review decision or a correction): whether a
   * report was reviewed, and which was reviewed last (audit ids only grow).
   */
  async latestAuditIds(): Promise<Map<number, number>> {
    const rows = await this.db.query('SELECT document_id, max(id) AS latest FROM corrections GROUP BY document_id');
    return new Map(rows.map((r) => [num(r.document_id), num(r.latest)]));
  }

  /** Documents last processed (or failed as bad input) with another extractor version, and every internal failure. */
  async documentsNeedingReprocess(extractorVersion: string, filter: { batchId?: number } = {}): Promise<DocumentRow[]> {
    const rows = await this.db.query(
      `SELECT * FROM documents d WHERE status IN ('done', 'failed')
         AND (extractor_version IS DISTINCT FROM $1 OR failure_kind = 'internal')
         AND ($2::int IS NULL OR EXISTS (SELECT 1 FROM batch_documents bd WHERE bd.document_id = d.id AND bd.batch_id = $2::int))
       ORDER BY id`,
      [extractorVersion, filter.batchId ?? null],
    );
    return rows.map(documentOf);
  }

  // ── review and corrections ─────────────────────────────────────────────────────────────────────

  async listDiscrepancies(filter: { documentId?: number; reviewStatus?: ReviewStatus } = {}): Promise<StoredDiscrepancy[]> {
    const rows = await this.db.query(
      `SELECT d.id, r.document_id, d.fingerprint, d.review_status, d.reviewer_note, d.details
       FROM discrepancies d JOIN reports r ON r.id = d.report_id
       WHERE ($1::int IS NULL OR r.document_id = $1::int) AND ($2::text IS NULL OR d.review_status = $2::text)
       ORDER BY r.document_id, d.ordinal`,
      [filter.documentId ?? null, filter.reviewStatus ?? null],
    );
    return rows.map((row) => ({ ...reviewedDiscrepancyOf(row), documentId: num(row.document_id) }));
  }

  /**
   * Discrepancies with the report they belong to, for the review queue: filtered by batch, document,
   * department (substring), year, rule, severity and review status, in report order.
   */
  async listReviewRows(filter: ReviewFilter = {}): Promise<ReviewRow[]> {
    const rows = await this.db.query(
      // the document's name as ingested (its path under what was given), not the record's bare file name
      `SELECT d.id, r.document_id, doc.file, r.department, r.year, r.kind, d.fingerprint, d.review_status, d.reviewer_note, d.details
       FROM discrepancies d JOIN reports r ON r.id = d.report_id JOIN documents doc ON doc.id = r.document_id
       WHERE ($1::int IS NULL OR EXISTS (SELECT 1 FROM batch_documents bd WHERE bd.document_id = r.document_id AND bd.batch_id = $1::int))
         AND ($2::int IS NULL OR r.document_id = $2::int)
         AND ($3::text IS NULL OR strpos(r.department, $3::text) > 0)
         AND ($4::int IS NULL OR r.year = $4::int)
         AND ($5::text IS NULL OR d.rule = $5::text)
         AND ($6::text IS NULL OR d.severity = $6::text)
         AND ($7::text IS NULL OR d.review_status = $7::text)
         AND ($8::bigint IS NULL OR d.id = $8::bigint)
       ORDER BY ${REPORT_ORDER}, d.ordinal`,
      [
        filter.batchId ?? null,
        filter.documentId ?? null,
        filter.department || null,
        filter.year ?? null,
        filter.rule ?? null,
        filter.severity ?? null,
        filter.status ?? null,
        filter.id ?? null,
      ],
    );
    return rows.map((row) => ({
      ...reviewedDiscrepancyOf(row),
      documentId: num(row.document_id),
      file: row.file as string,
      department: row.department as string | null,
      year: row.year === null ? null : num(row.year),
    }));
  }

  /**
   * Replaces the cross-document (carryover.chain) discrepancies stored on a document's report, which
   * the record itself does not hold: ids and review decisions carry over by fingerprint, as saveResult does.
   * Nothing happens when the document has no report.
   */
  async replaceChainDiscrepancies(documentId: number, discrepancies: Discrepancy[]): Promise<void> {
    const chain = discrepancies.map((d) => Discrepancy.parse(JSON.parse(json(d))));
    await this.db.transaction(async (tx) => {
      const [report] = await tx.query('SELECT id FROM reports WHERE document_id = $1 FOR NO KEY UPDATE', [documentId]);
      if (!report) return;
      const reportId = num(report.id);
      const old = await tx.query<{ id: number; fingerprint: string; review_status: string; reviewer_note: string | null }>(
        `SELECT id, fingerprint, review_status, reviewer_note FROM discrepancies WHERE report_id = $1 AND rule = 'carryover.chain' ORDER BY ordinal`,
        [reportId],
      );
      const byFingerprint = new Map<string, { id: number; status: string; note: string | null }[]>();
      for (const row of old)
        byFingerprint.set(row.fingerprint, [
          ...(byFingerprint.get(row.fingerprint) ?? []),
          { id: num(row.id), status: row.review_status, note: row.reviewer_note },
        ]);
      await tx.query(`DELETE FROM discrepancies WHERE report_id = $1 AND rule = 'carryover.chain'`, [reportId]);
      const [{ next }] = await tx.query<{ next: number }>(
        'SELECT coalesce(max(ordinal) + 1, 0) AS next FROM discrepancies WHERE report_id = $1',
        [reportId],
      );
      await insertRows(
        tx,
        'discrepancies',
        reportId,
        chain.map((d) => {
          const fingerprint = fingerprintOf(d);
          const before = byFingerprint.get(fingerprint)?.shift();
          return discrepancyRow(d, fingerprint, before?.id ?? null, before);
        }),
        DISCREPANCY_COLUMNS,
        num(next),
      );
    });
  }

  /** Document ids by sha256 (content-addressed: one document per sha256). */
  async documentIdsBySha256(sha256s: string[]): Promise<Map<string, number>> {
    if (!sha256s.length) return new Map();
    const rows = await this.db.query<{ id: number; sha256: string }>(
      'SELECT id, sha256 FROM documents WHERE sha256 IN (SELECT value FROM jsonb_array_elements_text($1::jsonb))',
      [json(sha256s)],
    );
    return new Map(rows.map((r) => [r.sha256, num(r.id)]));
  }

  /** One stored report: its record as extracted, with document id and report metadata; null when the document has none. */
  async getRecord(documentId: number): Promise<Record | null> {
    const [row] = await this.db.query<{ record: unknown; figure_order: string[] }>(
      'SELECT record, figure_order FROM reports WHERE document_id = $1',
      [documentId],
    );
    return row ? storedRecordOf(row.record, row.figure_order) : null;
  }

  /** Sets a discrepancy's review status and appends the decision to the corrections audit, in one transaction. */
  async reviewDiscrepancy(
    discrepancyId: number,
    review: { status: ReviewStatus; who: string; note?: string | null; why?: string; extra?: { [k: string]: unknown } },
  ): Promise<Correction> {
    if (!REVIEW_STATUSES.includes(review.status)) throw new Error(`unknown review status ${review.status}`);
    return this.db.transaction(async (tx) => {
      const [old] = await tx.query(
        `SELECT d.fingerprint, d.review_status, d.reviewer_note, r.document_id FROM discrepancies d JOIN reports r ON r.id = d.report_id
         WHERE d.id = $1 FOR NO KEY UPDATE OF d`,
        [discrepancyId],
      );
      if (!old) throw new Error(`no discrepancy ${discrepancyId}`);
      await tx.query('UPDATE discrepancies SET review_status = $2, reviewer_note = $3 WHERE id = $1', [
        discrepancyId,
        review.status,
        review.note ?? null,
      ]);
      return insertCorrection(tx, {
        documentId: num(old.document_id),
        who: review.who,
        why: review.why ?? review.note ?? `marked ${review.status}`,
        targetKind: 'discrepancy',
        target: old.fingerprint as string,
        oldValue: { status: old.review_status, note: old.reviewer_note },
        newValue: { ...review.extra, status: review.status, note: review.note ?? null, discrepancyId },
      });
    });
  }

  /**
   * A reviewer's value for a figure (also one extraction missed): appended to the corrections audit
   * with the figure as extracted; exports show the corrected value, marked corrected.
   */
  async correctFigure(documentId: number, key: string, value: FigureCorrection, by: { who: string; why: string }): Promise<Correction> {
    const corrected = FigureCorrection.parse(value);
    const info = KEYS[key];
    if (info && info.kind !== 'grade' && !isDecimal(corrected.value)) {
      throw new Error(`${key} is a number: "${corrected.value}" is not one`);
    }
    const [old] = await this.db.query(
      `SELECT f.value, f.unit FROM figures f JOIN reports r ON r.id = f.report_id WHERE r.document_id = $1 AND f.key = $2 AND f.is_primary`,
      [documentId, key],
    );
    return insertCorrection(this.db, {
      documentId,
      who: by.who,
      why: by.why,
      targetKind: 'figure',
      target: key,
      oldValue: old ? { value: old.value, unit: old.unit } : null,
      newValue: corrected,
    });
  }

  /** Appends to the audit; rows are never updated or deleted (the database refuses it). */
  addCorrection(correction: NewCorrection): Promise<Correction> {
    return insertCorrection(this.db, correction);
  }

  /** The audit, of one document or of several (one query, for a whole batch's), in id order. */
  async listCorrections(filter: { documentId?: number; documentIds?: number[] } = {}): Promise<Correction[]> {
    const rows = await this.db.query(
      `SELECT * FROM corrections WHERE ($1::int IS NULL OR document_id = $1::int)
         AND ($2::jsonb IS NULL OR document_id IN (SELECT value::int FROM jsonb_array_elements_text($2::jsonb))) ORDER BY id`,
      [filter.documentId ?? null, filter.documentIds ? json(filter.documentIds) : null],
    );
    return rows.map(correctionOf);
  }

  /** Of these documents, those whose report holds cross-document (carryover.chain) discrepancies. */
  async documentsWithChainDiscrepancies(documentIds: number[]): Promise<Set<number>> {
    if (!documentIds.length) return new Set();
    const rows = await this.db.query(
      `SELECT DISTINCT r.document_id FROM discrepancies d JOIN reports r ON r.id = d.report_id
       WHERE d.rule = 'carryover.chain' AND r.document_id IN (SELECT value::int FROM jsonb_array_elements_text($1::jsonb))`,
      [json(documentIds)],
    );
    return new Set(rows.map((r) => num(r.document_id)));
  }
}

// ── helpers ──────────────────────────────────────────────────────────────────────────────────────

type Row = { [column: string]: unknown };

function batchOf(row: Row): Batch {
  return { id: num(row.id), label: row.label as string | null, status: row.status as BatchState, createdAt: row.created_at as Date };
}

function documentOf(row: Row): DocumentRow {
  return {
    id: num(row.id),
    sha256: row.sha256 as string,
    file: row.file as string,
    format: row.format as Format | null,
    size: num(row.size),
    status: row.status as DocumentStatus,
    failureReason: row.failure_reason as string | null,
    failureKind: (row.failure_kind ?? null) as FailureKind | null,
    extractorVersion: row.extractor_version as string | null,
  };
}

function correctionOf(row: Row): Correction {
  return {
    id: num(row.id),
    documentId: num(row.document_id),
    createdAt: row.created_at as Date,
    who: row.who as string,
    why: row.why as string,
    targetKind: row.target_kind as string,
    target: row.target as string,
    oldValue: row.old_value,
    newValue: row.new_value,
  };
}

async function insertCorrection(q: Queryable, c: NewCorrection): Promise<Correction> {
  if (!c.who.trim() || !c.why.trim()) throw new Error('a correction needs who and why');
  const [row] = await q.query(
    `INSERT INTO corrections (document_id, who, why, target_kind, target, old_value, new_value)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb) RETURNING *`,
    [c.documentId, c.who, c.why, c.targetKind, c.target, json(c.oldValue), json(c.newValue)],
  );
  return correctionOf(row);
}

/** Every mention of every figure, in reading order; the primary is the mention equal to the figure itself. */
function figureRows(r: Record): Row[] {
  const rows: Row[] = [];
  for (const [key, f] of Object.entries(r.figures)) {
    const same = (m: Record['figures'][string]['mentions'][number]) =>
      m.value === f.value &&
      m.unit === f.unit &&
      m.evidence.blockId === f.evidence.blockId &&
      m.evidence.start === f.evidence.start &&
      m.evidence.end === f.evidence.end;
    const primary = f.mentions.findIndex(same);
    const mentions = primary >= 0 ? f.mentions : [f, ...f.mentions];
    mentions.forEach((m, i) =>
      rows.push({
        key,
        value: m.value,
        unit: m.unit,
        yuan: m.yuan,
        rule: m.rule,
        section: m.section ?? null,
        evidence: m.evidence,
        is_primary: primary >= 0 ? i === primary : i === 0,
      }),
    );
  }
  return rows;
}

type Columns = { [column: string]: 'text' | 'numeric' | 'jsonb' | 'boolean' | 'identity' };

const FIGURE_COLUMNS: Columns = {
  key: 'text',
  value: 'text',
  unit: 'text',
  yuan: 'numeric',
  rule: 'text',
  section: 'text',
  evidence: 'jsonb',
  is_primary: 'boolean',
};

const TASK_COLUMNS: Columns = {
  name: 'text',
  budget: 'numeric',
  executed: 'numeric',
  rate: 'numeric',
  unit: 'text',
  initial_budget: 'numeric',
  score: 'numeric',
  evidence: 'jsonb',
};

const taskRow = (t: Record['tasks'][number]) => ({
  name: t.name,
  budget: t.budget,
  executed: t.executed,
  rate: t.rate,
  unit: t.unit,
  initial_budget: t.initialBudget ?? null,
  score: t.score ?? null,
  evidence: t.evidence,
});

const INDICATOR_COLUMNS: Columns = {
  level1: 'text',
  level2: 'text',
  name: 'text',
  comparison: 'text',
  target: 'text',
  unit: 'text',
  actual: 'text',
  weight: 'numeric',
  score: 'numeric',
  evidence: 'jsonb',
};

const TARGET_COLUMNS: Columns = { task: 'text', goal: 'text', key_indicators: 'text', evidence: 'jsonb' };

/** The columns of the discrepancies table, as insertRows types them. */
const DISCREPANCY_COLUMNS: Columns = {
  id: 'identity',
  fingerprint: 'text',
  rule: 'text',
  severity: 'text',
  message_zh: 'text',
  message_en: 'text',
  arithmetic: 'text',
  expected: 'text',
  actual: 'text',
  difference: 'text',
  unit: 'text',
  details: 'jsonb',
  review_status: 'text',
  reviewer_note: 'text',
};

/**
 * One row of the discrepancies table: the discrepancy, its identity (kept across re-extraction by
 * fingerprint) and the review it carries over, open when none.
 */
function discrepancyRow(d: Discrepancy, fingerprint: string, id: number | null, review?: { status: string; note: string | null } | null) {
  return {
    id,
    fingerprint,
    rule: d.rule,
    severity: d.severity,
    message_zh: d.message.zh,
    message_en: d.message.en,
    arithmetic: d.arithmetic,
    expected: d.expected,
    actual: d.actual,
    difference: d.difference,
    unit: d.unit,
    details: d,
    review_status: review?.status ?? 'open',
    reviewer_note: review?.note ?? null,
  };
}

/**
 * A text as an SQL literal, for statements sent several in one message (which cannot carry
 * parameters): dollar-quoted with a tag the text does not contain, so no character of it needs
 * escaping and standard_conforming_strings does not matter. NUL cannot be sent; json() removed it.
 */
function literal(text: string): string {
  for (let n = 0; ; n++) {
    const tag = `$bl${n}$`;
    // the closing tag must be the first occurrence, also one that starts inside the text
    if ((text + tag).indexOf(tag) === text.length) return `${tag}${text}${tag}`;
  }
}

/**
 * One INSERT … SELECT FROM jsonb_to_recordset: a table's rows in one statement whatever their
 * count. `reportId` and `rows` are SQL expressions: parameters, or a subquery and a literal.
 */
function insertRowsSql(
  table: string,
  reportId: string,
  rowsOf: (rowsJson: string) => string,
  rows: readonly object[],
  columns: Columns,
  firstOrdinal = 0,
): string {
  if (!rows.length) return '';
  const names = Object.keys(columns);
  // numerics travel as text inside the JSON and are cast exactly; jsonb columns stay jsonb; an
  // 'identity' column keeps the id given (a row's id from before) or takes the next one
  const spec = names.map((c) => `${c} ${columns[c] === 'numeric' ? 'text' : columns[c] === 'identity' ? 'bigint' : columns[c]}`).join(', ');
  const select = names
    .map((c) =>
      columns[c] === 'numeric'
        ? `x.${c}::numeric`
        : columns[c] === 'identity'
          ? `coalesce(x.${c}, nextval(pg_get_serial_sequence('${table}', '${c}')))`
          : `x.${c}`,
    )
    .join(', ');
  const overriding = names.some((c) => columns[c] === 'identity') ? 'OVERRIDING SYSTEM VALUE' : '';
  return `INSERT INTO ${table} (report_id, ordinal, ${names.join(', ')}) ${overriding}
     SELECT ${reportId}, x.ordinal, ${select} FROM jsonb_to_recordset(${rowsOf(json(rows.map((row, i) => ({ ...row, ordinal: firstOrdinal + i }))))}::jsonb) AS x(ordinal int, ${spec})`;
}

/** A table's rows in one statement with parameters (one round trip). */
async function insertRows(q: Queryable, table: string, reportId: number, rows: readonly object[], columns: Columns, firstOrdinal = 0) {
  if (!rows.length) return;
  let rowsJson = '';
  const sql = insertRowsSql(
    table,
    '$1::bigint',
    (j) => {
      rowsJson = j;
      return '$2';
    },
    rows,
    columns,
    firstOrdinal,
  );
  await q.query(sql, [reportId, rowsJson]);
}

/** The batch's next input; the caller holds the batch row's lock. */
async function insertInput(q: Queryable, batchId: number, name: string, documentId: number | null, reason: string | null) {
  await q.query(
    `INSERT INTO batch_inputs (batch_id, ordinal, name, document_id, failure_reason)
     SELECT $1::int, coalesce(max(ordinal), 0) + 1, $2::text, $3::int, $4::text FROM batch_inputs WHERE batch_id = $1::int`,
    [batchId, name, documentId, reason],
  );
}

/**
 * Recomputes the derived status of batches. The batch rows are locked first (in id order, so two
 * writers cannot deadlock), so the aggregate sees every committed document change and the last
 * document of a batch to finish always turns it `done`. `ids` is an SQL expression of their ids;
 * two statements, to be run in order.
 */
function refreshBatchesSql(ids: string): string {
  return `SELECT id FROM batches WHERE id IN (${ids}) ORDER BY id FOR NO KEY UPDATE;
    UPDATE batches b SET status = s.status FROM (
       SELECT bb.id, CASE
         WHEN count(d.id) = 0 THEN 'empty'
         WHEN count(d.id) FILTER (WHERE d.status IN ('queued', 'processing')) = 0 THEN 'done'
         WHEN count(d.id) FILTER (WHERE d.status <> 'queued') = 0 THEN 'queued'
         ELSE 'processing' END AS status
       FROM batches bb
       LEFT JOIN batch_documents bd ON bd.batch_id = bb.id
       LEFT JOIN documents d ON d.id = bd.document_id
       WHERE bb.id IN (${ids})
       GROUP BY bb.id) s
     WHERE b.id = s.id AND b.status <> s.status`;
}

/** The batches a document belongs to, refreshed (statements for exec; documentId is a whole number). */
function refreshBatchesOfDocumentSql(documentId: number): string {
  if (!Number.isSafeInteger(documentId)) throw new Error(`not a document id: ${documentId}`);
  return refreshBatchesSql(`SELECT batch_id FROM batch_documents WHERE document_id = ${documentId}`);
}

/** The same, for batches by id (in a transaction: the lock is held until it ends). */
async function refreshBatches(q: Queryable, batchIds: number[]) {
  if (!batchIds.length) return;
  if (!batchIds.every(Number.isSafeInteger)) throw new Error(`not batch ids: ${batchIds.join(', ')}`);
  await q.exec(refreshBatchesSql(batchIds.join(', ')));
}
