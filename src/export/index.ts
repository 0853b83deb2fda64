/**
 * Exports of the store: records as JSONL, the three tables (figures long, reports wide,
 * discrepancies) as CSV, all three as one XLSX workbook. Everything streams from the store a chunk
 * of reports at a time, so memory stays flat whatever the size of the store.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { columnsOf, DiscrepancyExportRow, FigureExportRow, ReportExportRow, type Column } from '../model/export.ts';
import type { ReportBundle, ReportFilter } from '../store/bundles.ts';
import type { Store } from '../store/index.ts';
import { writeCsv, type CsvOptions } from './csv.ts';
import { discrepancyRows, figureRows, reportRow } from './shapes.ts';

export { neutraliseFormula } from './csv.ts';
export { discrepancyRows, figureRows, reportRow } from './shapes.ts';

export type ExportTable = 'figures' | 'reports' | 'discrepancies';

interface TableSpec {
  columns: Column[];
  rowsOf: (b: ReportBundle) => object[];
}

/** The tables, in workbook order; a table's name is its sheet's name. */
export const TABLES: { [t in ExportTable]: TableSpec } = {
  figures: { columns: columnsOf(FigureExportRow), rowsOf: figureRows },
  reports: { columns: columnsOf(ReportExportRow), rowsOf: (b) => [reportRow(b)] },
  discrepancies: { columns: columnsOf(DiscrepancyExportRow), rowsOf: discrepancyRows },
};

async function* tableRows(store: Store, table: ExportTable, filter: ReportFilter): AsyncGenerator<object> {
  for await (const bundle of store.streamBundles(filter)) yield* TABLES[table].rowsOf(bundle);
}

export async function exportCsv(store: Store, table: ExportTable, filter: ReportFilter, out: Writable, options: CsvOptions = {}): Promise<void> {
  await writeCsv(tableRows(store, table, filter), TABLES[table].columns, out, options);
}

export async function exportXlsx(store: Store, filter: ReportFilter, out: Writable): Promise<void> {
  // ExcelJS is large: loaded only when a workbook is asked for
  const { writeXlsx } = await import('./xlsx.ts');
  await writeXlsx(
    (Object.keys(TABLES) as ExportTable[]).map((t) => ({
      name: t,
      columns: TABLES[t].columns,
      rows: () => tableRows(store, t, filter) as AsyncIterable<{ [column: string]: unknown }>,
    })),
    out,
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
