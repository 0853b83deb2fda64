/**
 * CSV as Excel reads it right: RFC 4180 quoting by csv-stringify, UTF-8 with a BOM (without it
 * Excel guesses the ANSI code page and shows Chinese as mojibake), CRLF line ends, and cells that a
 * spreadsheet would run as a formula neutralised.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { exportCellText, headed, type ExportColumn, type HeaderLanguage } from '../model/export.ts';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that begins with = + - @ tab or CR is run as a formula by spreadsheets (CSV injection);
 * a leading apostrophe makes it text. Numbers ("-3.2") are left alone: they are not formulas.
 * csv-stringify's own `escape_formulas` cannot tell "-3.2" written as text from a formula.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Write the UTF-8 byte order mark (default true). */
  bom?: boolean;
  /** Header language: `en` (the field names, default here) or `zh`; `zh` also names coded values (report_kind) in Chinese. */
  headers?: HeaderLanguage;
}

/** Writes rows (objects keyed by column name) as CSV to `out`, streaming; resolves when all is written. */
export async function writeCsv(
  rows: AsyncIterable<object>,
  columns: ExportColumn[],
  out: Writable,
  options: CsvOptions = {},
): Promise<void> {
  const lang = options.headers ?? 'en';
  const shown = headed(columns, lang);
  const translated = shown.filter((c) => c.zhValues);
  const csv = stringify({
    header: true,
    columns: shown.map((c) => ({ key: c.name, header: c.header })),
    bom: options.bom ?? true,
    record_delimiter: 'windows',
    // with a record delimiter given, csv-stringify quotes only fields holding "\r\n": a bare line
    // break inside evidence must be quoted too, or readers split the row there
    quote_record_delimiter: true,
    cast: {
      string: neutraliseFormula,
      // numbers reach here only as years, pages and counts (whole numbers); decimals travel as text
      number: (n) => (Number.isInteger(n) ? n.toFixed(0) : String(n)),
      boolean: (b) => (b ? 'true' : 'false'),
    },
  });
  async function* named() {
    for await (const row of rows) {
      if (lang !== 'zh' || translated.length === 0) {
        yield row;
        continue;
      }
      const copy: { [k: string]: unknown } = { ...row };
      for (const c of translated) copy[c.name] = exportCellText(copy[c.name], c, lang);
      yield copy;
    }
  }
  await pipeline(Readable.from(named(), { objectMode: true }), csv, out, { end: out !== process.stdout });
}
