/**
 * Reading the store back in report order, a chunk of reports at a time, so that an export of any
 * size holds only one chunk in memory. Both backends page the same way (no server-side cursors:
 * PGlite has none): the ordered report ids first (a few bytes per report), then each chunk's rows.
 */
import { Discrepancy, Record, type ReportKind } from '../model/record.ts';
import { FigureCorrection } from '../model/export.ts';
import type { Queryable } from './adapter.ts';
import { toYuan } from '../model/money.ts';
import type { ReviewStatus } from '../model/review.ts';

export interface ReportFilter {
  batchId?: number;
  year?: number;
  /** A substring of the department name as written. */
  department?: string;
}

interface ReportMeta {
  reportId: number;
  documentId: number;
  file: string;
  sha256: string;
  department: string | null;
  year: number | null;
  kind: ReportKind;
  /** The names the same bytes were given as inputs besides the first (duplicates), in byte order. */
  otherNames?: string[];
}

/** The figure a record offers for a key (its primary mention), as stored, with where it was read. */
export interface StoredFigure {
  key: string;
  value: string;
  unit: string;
  yuan: string | null;
  rule: string;
  section: string | null;
  page: number | null;
  /** The report's own words (Evidence.snippet). */
  snippet: string;
}

/** A stored discrepancy with its review. */
export interface ReviewedDiscrepancy {
  id: number;
  fingerprint: string;
  reviewStatus: ReviewStatus;
  reviewerNote: string | null;
  discrepancy: Discrepancy;
}

/** A row of `discrepancies` (id, fingerprint, review_status, reviewer_note, details) as a ReviewedDiscrepancy. */
export function reviewedDiscrepancyOf(row: { [column: string]: unknown }): ReviewedDiscrepancy {
  return {
    id: Number(row.id),
    fingerprint: row.fingerprint as string,
    reviewStatus: row.review_status as ReviewStatus,
    reviewerNote: row.reviewer_note as string | null,
    discrepancy: Discrepancy.parse(row.details),
  };
}

/** One report with what the exports need of it. */
export interface ReportBundle {
  report: ReportMeta;
  /** Primary figures in reading order. */
  figures: StoredFigure[];
  discrepancies: ReviewedDiscrepancy[];
  /** The latest reviewer correction of each figure key, if any. */
  figureCorrections: Map<string, FigureCorrection>;
}

const DEFAULT_CHUNK = 200;

// An array literal cast in SQL ("{1,2,3}"::bigint[]): both drivers pass it as text, and `= ANY` lets
// the planner use the report_id / document_id indexes (an IN over a set-returning function scans the table).
const ids = (values: number[]) => `{${values.join(',')}}`;
const inIds = (column: string, param: string) => `${column} = ANY(${param}::bigint[])`;

/**
 * The order of reports everywhere (records, exports): year, department and file in byte order (the
 * same on both backends), document id. For `reports r`.
 */
export const REPORT_ORDER = `r.year NULLS LAST, r.department COLLATE "C" NULLS LAST, r.file COLLATE "C", r.document_id`;

/** Report ids and metadata in REPORT_ORDER. */
async function listReportMeta(q: Queryable, filter: ReportFilter = {}): Promise<ReportMeta[]> {
  const rows = await q.query(
    `SELECT r.id, r.document_id, r.file, r.sha256, r.department, r.year, r.kind,
            (SELECT coalesce(json_agg(x.name ORDER BY x.name COLLATE "C"), '[]'::json) FROM
               (SELECT DISTINCT bi.name FROM batch_inputs bi JOIN documents d ON d.id = bi.document_id
                WHERE bi.document_id = r.document_id AND bi.name <> d.file) x) AS other_names
     FROM reports r
     WHERE ($1::int IS NULL OR EXISTS (SELECT 1 FROM batch_documents bd WHERE bd.document_id = r.document_id AND bd.batch_id = $1::int))
       AND ($2::int IS NULL OR r.year = $2::int)
       AND ($3::text IS NULL OR strpos(r.department, $3::text) > 0)
     ORDER BY ${REPORT_ORDER}`,
    [filter.batchId ?? null, filter.year ?? null, filter.department || null],
  );
  return rows.map((r) => ({
    reportId: Number(r.id),
    documentId: Number(r.document_id),
    file: r.file as string,
    sha256: r.sha256 as string,
    department: r.department as string | null,
    year: r.year === null ? null : Number(r.year),
    kind: r.kind as ReportKind,
    otherNames: (r.other_names as string[] | null) ?? [],
  }));
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The stored records (as `extract` printed them) in export order, one chunk of reports in memory at a time. */
export async function* streamRecords(q: Queryable, filter: ReportFilter = {}, chunk = DEFAULT_CHUNK): AsyncGenerator<Record> {
  for (const part of chunks(await listReportMeta(q, filter), chunk)) {
    const rows = await q.query<{ id: number; record: unknown; figure_order: string[] }>(
      `SELECT id, record, figure_order FROM reports WHERE ${inIds('id', '$1')}`,
      [ids(part.map((m) => m.reportId))],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    for (const meta of part) {
      const row = byId.get(meta.reportId);
      if (row) yield storedRecordOf(row.record, row.figure_order);
    }
  }
}

/**
 * The stored records as a reader should see them after review, in export order: each with its
 * document id, every discrepancy with its id and review, and every figure a reviewer corrected
 * showing the corrected value with the extracted one kept beside it (figures a reviewer added too).
 */
export async function* streamReviewedRecords(q: Queryable, filter: ReportFilter = {}, chunk = DEFAULT_CHUNK): AsyncGenerator<Record> {
  for (const part of chunks(await listReportMeta(q, filter), chunk)) {
    const reportIds = ids(part.map((m) => m.reportId));
    const rows = await q.query<{ id: number; record: unknown; figure_order: string[] }>(
      `SELECT id, record, figure_order FROM reports WHERE ${inIds('id', '$1')}`,
      [reportIds],
    );
    const reviews = await q.query(
      `SELECT id, report_id, review_status, reviewer_note, details FROM discrepancies WHERE ${inIds('report_id', '$1')} ORDER BY report_id, ordinal`,
      [reportIds],
    );
    const corrections = await q.query(
      `SELECT DISTINCT ON (document_id, target) document_id, target, new_value FROM corrections
       WHERE target_kind = 'figure' AND ${inIds('document_id', '$1')} ORDER BY document_id, target, id DESC`,
      [ids(part.map((m) => m.documentId))],
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    for (const meta of part) {
      const row = byId.get(meta.reportId);
      if (!row) continue;
      const record = storedRecordOf(row.record, row.figure_order);
      const mine = reviews.filter((d) => Number(d.report_id) === meta.reportId);
      // as stored: the record's own, and the cross-document ones kept on this report
      record.discrepancies = mine.map((row) => ({
        ...Discrepancy.parse(row.details),
        id: Number(row.id),
        review: { status: row.review_status as ReviewStatus, note: row.reviewer_note as string | null },
      }));
      for (const c of corrections) {
        if (Number(c.document_id) !== meta.documentId) continue;
        const parsed = FigureCorrection.safeParse(c.new_value);
        if (!parsed.success) continue;
        const key = c.target as string;
        const { value, unit } = parsed.data;
        const yuan = toYuan(value, unit);
        const old = record.figures[key];
        const evidence = { blockId: 'reviewer', page: null, lines: null, snippet: '', start: 0, end: 0 };
        record.figures[key] = old
          ? { ...old, value, unit, yuan, review: { status: 'corrected', extracted: { value: old.value, unit: old.unit, yuan: old.yuan } } }
          : {
              key,
              value,
              unit,
              yuan,
              rule: 'reviewer',
              evidence,
              mentions: [],
              review: { status: 'corrected', extracted: { value: '', unit: '', yuan: null } },
            };
      }
      yield { documentId: meta.documentId, ...record };
    }
  }
}

/** jsonb orders object keys its own way: the figures go back in reading order. */
export function storedRecordOf(json: unknown, figureOrder: string[]): Record {
  const record = Record.parse(json);
  const order = [...figureOrder, ...Object.keys(record.figures)];
  record.figures = Object.fromEntries([...new Set(order)].filter((k) => k in record.figures).map((k) => [k, record.figures[k]]));
  return record;
}

/** Reports with their primary figures, reviewed discrepancies and figure corrections, in export order. */
export async function* streamBundles(q: Queryable, filter: ReportFilter = {}, chunk = DEFAULT_CHUNK): AsyncGenerator<ReportBundle> {
  for (const part of chunks(await listReportMeta(q, filter), chunk)) {
    const reportIds = ids(part.map((m) => m.reportId));
    const figures = await q.query(
      // only what the exports show of the evidence: the rest of it would be parsed for nothing
      `SELECT report_id, key, value, unit, yuan::text AS yuan, rule, section,
              (evidence->>'page')::int AS page, evidence->>'snippet' AS snippet FROM figures
       WHERE is_primary AND ${inIds('report_id', '$1')} ORDER BY report_id, ordinal`,
      [reportIds],
    );
    const discrepancies = await q.query(
      `SELECT id, report_id, fingerprint, review_status, reviewer_note, details FROM discrepancies
       WHERE ${inIds('report_id', '$1')} ORDER BY report_id, ordinal`,
      [reportIds],
    );
    const corrections = await q.query(
      `SELECT DISTINCT ON (document_id, target) document_id, target, new_value FROM corrections
       WHERE target_kind = 'figure' AND ${inIds('document_id', '$1')} ORDER BY document_id, target, id DESC`,
      [ids(part.map((m) => m.documentId))],
    );
    const bundles = new Map<number, ReportBundle>(
      part.map((report) => [report.reportId, { report, figures: [], discrepancies: [], figureCorrections: new Map() }]),
    );
    const bundleOf = (reportId: number): ReportBundle => {
      const b = bundles.get(reportId);
      if (!b) throw new Error(`report ${reportId} is not in this chunk`);
      return b;
    };
    for (const f of figures) {
      bundleOf(Number(f.report_id)).figures.push({
        key: f.key as string,
        value: f.value as string,
        unit: f.unit as string,
        yuan: f.yuan as string | null,
        rule: f.rule as string,
        section: f.section as string | null,
        page: f.page === null ? null : Number(f.page),
        snippet: f.snippet as string,
      });
    }
    for (const d of discrepancies) {
      bundleOf(Number(d.report_id)).discrepancies.push(reviewedDiscrepancyOf(d));
    }
    const byDocument = new Map(part.map((m) => [m.documentId, bundleOf(m.reportId)]));
    for (const c of corrections) {
      const parsed = FigureCorrection.safeParse(c.new_value);
      // a latest correction of null withdraws the earlier ones: the extracted figure stands again
      if (parsed.success) byDocument.get(Number(c.document_id))?.figureCorrections.set(c.target as string, parsed.data);
    }
    yield* bundles.values();
  }
}
