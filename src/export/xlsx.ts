/**
 * One workbook, a sheet per table, written by ExcelJS's streaming writer: each row is committed
 * (and leaves memory) as soon as it is added. Numbers are numbers with a 2-decimal format, the
 * header row is frozen and has filters on.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Decimal } from 'decimal.js';
import { exportCellText, headed, type ExportColumn, type HeaderLanguage } from '../model/export.ts';
import { isDecimal } from '../model/record.ts';

export interface Sheet {
  name: string;
  columns: ExportColumn[];
  /** Called once, when the sheet is written: rows may come straight from the store. */
  rows: () => AsyncIterable<{ [column: string]: unknown }>;
}

const FORMATS: { [kind in ExportColumn['cell']]?: string } = { decimal: '0.00', integer: '0' };

/**
 * A number when the text is an exact decimal a spreadsheet can hold exactly (15 significant digits
 * and fewer); text otherwise, so that no stored digit is silently lost.
 */
export function cellValue(value: unknown, cell: ExportColumn['cell']): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  const text = String(value);
  if (cell === 'text' || !isDecimal(text)) return text;
  const n = Number(text);
  return new Decimal(n).equals(new Decimal(text)) ? n : text;
}

/** "auto" columns mix numbers and words: only the numbers get the numeric format. */
const autoFormat = (value: unknown) => (Number.isInteger(value) ? '0' : '0.00');

export async function writeXlsx(sheets: Sheet[], out: Writable, lang: HeaderLanguage = 'en'): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'budgetlens';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = headed(sheet.columns, lang).map((c) => ({
      header: c.header,
      key: c.name,
      // a CJK character is about two columns wide
      width: c.cell === 'text' ? 24 : Math.max(12, [...c.header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0) + 2),
    }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for await (const row of sheet.rows()) {
      const values = sheet.columns.map((c) => cellValue(exportCellText(row[c.name], c, lang), c.cell));
      const added = ws.addRow(values);
      sheet.columns.forEach((c, i) => {
        const v = values[i];
        if (typeof v !== 'number') return;
        const format = c.cell === 'auto' ? autoFormat(v) : FORMATS[c.cell];
        if (format) added.getCell(i + 1).numFmt = format;
      });
      added.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}
