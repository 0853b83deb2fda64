/**
 * The comparison view downloaded as shown: the picked columns in their order, the rows in the
 * table's order, written by the export code (CSV with the same formula neutralising and BOM, XLSX
 * with numbers as numbers), headed in Chinese or with the column names.
 */
import type { Writable } from 'node:stream';
import { writeCsv } from '../export/csv.ts';
import { CompareExportRow, COMPARE_COLUMNS, type CompareColumn, type CompareRow } from '../model/compare.ts';
import { columnsOf, type HeaderLanguage } from '../model/export.ts';
import { exportRowOf } from './index.ts';

export interface DownloadOptions {
  format: 'csv' | 'xlsx';
  /** The columns shown, in order (default: all). */
  columns?: readonly CompareColumn[];
  headers?: HeaderLanguage;
  /** CSV: the UTF-8 byte order mark (default true). */
  bom?: boolean;
}

/** The export columns of the picked table columns, in the picked order. */
function downloadColumns(picked: readonly CompareColumn[] = COMPARE_COLUMNS) {
  const all = new Map(columnsOf(CompareExportRow).map((c) => [c.name, c]));
  return [...new Set(picked)].map((name) => {
    const column = all.get(name);
    // every CompareColumn is a column of CompareExportRow (the schemas are one list)
    if (!column) throw new Error(`no export column ${name}`);
    return column;
  });
}

export async function writeCompareView(rows: readonly CompareRow[], out: Writable, options: DownloadOptions): Promise<void> {
  const lang = options.headers ?? 'zh';
  const columns = downloadColumns(options.columns);
  async function* exportRows() {
    for (const row of rows) yield exportRowOf(row, lang) as unknown as { [column: string]: unknown };
  }
  if (options.format === 'csv') {
    await writeCsv(exportRows(), columns, out, { bom: options.bom ?? true, headers: lang });
    return;
  }
  // ExcelJS is large: loaded only when a workbook is asked for
  const { writeXlsx } = await import('../export/xlsx.ts');
  await writeXlsx([{ name: lang === 'zh' ? '部门对比' : 'compare', columns, rows: exportRows }], out, lang);
}
