/**
 * Exports of the store: records as JSONL, the three tables (figures long, reports wide,
 * discrepancies) as CSV, all three as one XLSX workbook. Everything streams from the store a chunk
 * of reports at a time, so memory stays flat whatever the size of the store.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import {
  columnsOf,
  DiscrepancyExportRow,
  FigureExportRow,
  ReportExportRow,
  type ExportColumn,
  type HeaderLanguage,
} from '../model/export.ts';
import type { ReportBundle, ReportFilter } from '../store/bundles.ts';
import type { Store } from '../store/index.ts';
import { writeCsv, type CsvOptions } from './csv.ts';
import { discrepancyRows, figureRows, reportRow } from './shapes.ts';

export type ExportTable = 'figures' | 'reports' | 'discrepancies';

interface TableSpec {
  /** The XLSX sheet's name in Chinese (in English it is the table's name). */
  zh: string;
  columns: ExportColumn[];
  rowsOf: (b: ReportBundle) => object[];
}

/** The tables, in workbook order; a table's name is its sheet's name. */
export const TABLES: { [t in ExportTable]: TableSpec } = {
  figures: { zh: '数字', columns: columnsOf(FigureExportRow), rowsOf: figureRows },
  reports: { zh: '报告', columns: columnsOf(ReportExportRow), rowsOf: (b) => [reportRow(b)] },
  discrepancies: { zh: '差异清单', columns: columnsOf(DiscrepancyExportRow), rowsOf: discrepancyRows },
};

/**
 * Each document's name as it was ingested — its path under what was given ("财政局/自评报告.pdf",
 * "reports.zip/教育局/自评报告.pdf"), as the review queue shows it — rather than the record's bare
 * file name, so that two 自评报告.pdf from two folders are told apart in a spreadsheet.
 */
export async function ingestedNames(store: Store, filter: ReportFilter): Promise<Map<number, string>> {
  return new Map((await store.listDocuments({ batchId: filter.batchId })).map((d) => [d.id, d.file]));
}

async function* tableRows(store: Store, table: ExportTable, filter: ReportFilter): AsyncGenerator<object> {
  const names = await ingestedNames(store, filter);
  for await (const bundle of store.streamBundles(filter)) {
    const file = names.get(bundle.report.documentId);
    yield* TABLES[table].rowsOf(file ? { ...bundle, report: { ...bundle.report, file } } : bundle);
  }
}

export async function exportCsv(
  store: Store,
  table: ExportTable,
  filter: ReportFilter,
  out: Writable,
  options: CsvOptions = {},
): Promise<void> {
  await writeCsv(tableRows(store, table, filter), TABLES[table].columns, out, options);
}

/** The workbook; `headers` as for CSV (`en` here by default; `export` and the API default to `zh`), and the sheets named in that language. */
export async function exportXlsx(
  store: Store,
  filter: ReportFilter,
  out: Writable,
  options: { headers?: HeaderLanguage } = {},
): Promise<void> {
  const lang = options.headers ?? 'en';
  // ExcelJS is large: loaded only when a workbook is asked for
  const { writeXlsx } = await import('./xlsx.ts');
  await writeXlsx(
    (Object.keys(TABLES) as ExportTable[]).map((t) => ({
      name: lang === 'zh' ? TABLES[t].zh : t,
      columns: TABLES[t].columns,
      rows: () => tableRows(store, t, filter) as AsyncIterable<{ [column: string]: unknown }>,
    })),
    out,
    lang,
  );
}

/**
 * The full records, one JSON per line: the shape `extract --format jsonl` prints, plus what review
 * added — the document id, each discrepancy's id and decision, corrected figures with their
 * extracted reading kept (`figures[key].review`).
 */
export async function exportJsonl(store: Store, filter: ReportFilter, out: Writable): Promise<void> {
  for await (const record of store.streamReviewedRecords(filter)) {
    if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
  }
}
