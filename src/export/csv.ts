/**
 * CSV as Excel reads it right: RFC 4180 quoting by csv-stringify, UTF-8 with a BOM (without it
 * Excel guesses the ANSI code page and shows Chinese as mojibake), CRLF line ends, and cells that a
 * spreadsheet would run as a formula neutralised.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Column } from '../model/export.ts';

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
}

/** Writes rows (objects keyed by column name) as CSV to `out`, streaming; resolves when all is written. */
export async function writeCsv(rows: AsyncIterable<object>, columns: Column[], out: Writable, options: CsvOptions = {}): Promise<void> {
  const csv = stringify({
    header: true,
    columns: columns.map((c) => ({ key: c.name, header: c.name })),
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
  await pipeline(Readable.from(rows, { objectMode: true }), csv, out, { end: out !== process.stdout });
}
