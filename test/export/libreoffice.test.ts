/**
 * The exports as a spreadsheet reads them: each CSV and the XLSX are opened by LibreOffice
 * headless (the Debian package, no mock) and saved again as .xlsx, which is read back here. What
 * LibreOffice understood is compared with what the store holds, computed independently of the
 * export code (from the stored records).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportXlsx, type ExportTable } from '../../src/export/index.ts';
import { isDecimal, type Record } from '../../src/model/record.ts';
import { commandExists, whenMissing } from '../services.ts';
import { CORRECTED, exportFixture, FORMULA_FILE, FORMULA_NOTE, readWorkbook, type Cell, type ExportFixture } from './helpers.ts';

const haveSoffice = commandExists('soffice');
const MISSING = 'LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui)';
whenMissing(haveSoffice ? [] : [MISSING], 'exports opened by LibreOffice', 'needs soffice', 'the round-trip tests');

/** Converts files with LibreOffice headless into `outdir` as .xlsx; `infilter` for CSV import options. */
function soffice(files: string[], outdir: string, profile: string, infilter?: string) {
  const args = [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    ...(infilter ? [`--infilter=${infilter}`] : []),
    '--convert-to',
    'xlsx',
    '--outdir',
    outdir,
    ...files,
  ];
  const r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr || r.stdout}`);
}

/** A cell equals the stored value: the exact decimal when it is one, the text otherwise. */
function expectCell(cell: Cell, stored: string | number | null, where: string) {
  if (stored === null || stored === '') {
    expect(cell ?? null, where).toBeNull();
  } else if (typeof stored === 'number' || isDecimal(stored)) {
    expect(typeof cell, `${where}: ${JSON.stringify(cell)} should be a number`).toBe('number');
    expect(new Decimal(cell as number).equals(new Decimal(stored)), `${where}: ${cell} ≠ ${stored}`).toBe(true);
  } else {
    expect(cell, where).toBe(stored);
  }
}

/** The sheet's rows as objects keyed by the header row. */
function table(rows: Cell[][]): { [column: string]: Cell }[] {
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] ?? null])));
}

describe.runIf(haveSoffice)('exports opened by LibreOffice', () => {
  let fx: ExportFixture;
  let records: Record[];
  const read = new Map<string, { [column: string]: Cell }[]>();

  beforeAll(async () => {
    fx = await exportFixture();
    records = await fx.store.listRecords();
    const out = join(fx.dir, 'exports');
    mkdirSync(out);
    const csvs: [ExportTable, string][] = [
      ['figures', 'figures.csv'],
      ['reports', 'reports.csv'],
      ['discrepancies', 'discrepancies.csv'],
    ];
    for (const [t, name] of csvs) {
      const file = createWriteStream(join(out, name));
      await exportCsv(fx.store, t, {}, file);
      await finished(file);
    }
    const book = createWriteStream(join(out, 'workbook.xlsx'));
    await exportXlsx(fx.store, {}, book);
    await finished(book);

    // and a CSV written by hand without the neutralising apostrophe, for the last test: opened in
    // the same LibreOffice run as the exports (one start fewer), with the same import options
    writeFileSync(join(out, 'raw.csv'), `\uFEFFnote\r\n"${FORMULA_NOTE.replaceAll('"', '""')}"\r\n`);

    const profile = join(fx.dir, 'lo-profile');
    // CSV import: comma, double quote, UTF-8 (76), from line 1: the choices Excel makes from the BOM
    soffice([...csvs.map(([, n]) => join(out, n)), join(out, 'raw.csv')], join(fx.dir, 'from-csv'), profile, 'CSV:44,34,76,1');
    soffice([join(out, 'workbook.xlsx')], join(fx.dir, 'from-xlsx'), profile);
    for (const [t, name] of csvs) {
      const [rows] = (await readWorkbook(join(fx.dir, 'from-csv', name.replace('.csv', '.xlsx')))).values();
      read.set(`csv:${t}`, table(rows));
    }
    const book2 = await readWorkbook(join(fx.dir, 'from-xlsx', 'workbook.xlsx'));
    expect([...book2.keys()]).toEqual(['figures', 'reports', 'discrepancies']);
    for (const [name, rows] of book2) read.set(`xlsx:${name}`, table(rows));
  }, 300_000);
  afterAll(() => fx?.close());

  it('wrote a BOM and CRLF line ends', () => {
    const bytes = readFileSync(join(fx.dir, 'exports', 'figures.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n').length).toBeGreaterThan(10);
  });

  describe.each(['csv', 'xlsx'])('%s', (via) => {
    it('figures: Chinese intact, every number the stored exact value, the correction shown as corrected', () => {
      const rows = read.get(`${via}:figures`)!;
      const expected = records.flatMap((r) =>
        Object.entries(r.figures).map(([key, f]) => {
          const corrected = r.file === 'qiaozhong-2023.received.md' && key === CORRECTED.key;
          return {
            r,
            key,
            value: corrected ? CORRECTED.value : f.value,
            yuan: corrected ? new Decimal(CORRECTED.value).times(10000).toFixed() : f.yuan,
            status: corrected ? 'corrected' : 'extracted',
            page: f.evidence.page,
          };
        }),
      );
      expect(rows).toHaveLength(expected.length);
      expected.forEach((e, i) => {
        const row = rows[i];
        const where = `${e.r.file} ${e.key}`;
        expect(row.department, where).toBe(e.r.department);
        expect(row.key, where).toBe(e.key);
        expectCell(row.year, e.r.year, `${where} year`);
        expectCell(row.value, e.value, `${where} value`);
        expectCell(row.value_yuan, e.yuan, `${where} value_yuan`);
        expectCell(row.page, e.page, `${where} page`);
        expect(row.review_status, where).toBe(e.status);
        expect(row.file, where).toBe(e.r.file === FORMULA_FILE && via === 'csv' ? `'${FORMULA_FILE}` : e.r.file);
      });
      expect(rows.some((r) => r.label_zh === '全年预算数' && r.evidence === '全年预算数 7143.45 万元')).toBe(true);
    });

    it('reports (wide): money in 万元 and rates in % equal to the stored values; open discrepancies counted', () => {
      const rows = read.get(`${via}:reports`)!;
      expect(rows).toHaveLength(records.length);
      records.forEach((r, i) => {
        const row = rows[i];
        expect(row.department).toBe(r.department);
        for (const [key, f] of Object.entries(r.figures)) {
          const corrected = r.file === 'qiaozhong-2023.received.md' && key === CORRECTED.key;
          const value = corrected ? CORRECTED.value : f.value;
          if (f.unit === '万元') expectCell(row[`${key}[万元]`], value, `${r.file} ${key}`);
          if (f.unit === '元') expectCell(row[`${key}[万元]`], new Decimal(value).div(10000).toFixed(), `${r.file} ${key}`);
          if (f.unit === '%') expectCell(row[`${key}[%]`], value, `${r.file} ${key}`);
        }
        // the fixture reviewed the first discrepancy of the formula-named report: no longer open
        const open = r.discrepancies.filter((d, j) => d.severity === 'error' && !(r.file === FORMULA_FILE && j === 0)).length;
        expectCell(row.open_error, open, `${r.file} open_error`);
      });
    });

    it('discrepancies: arithmetic and numbers intact, the reviewer note that looks like a formula is text', () => {
      const rows = read.get(`${via}:discrepancies`)!;
      const expected = records.flatMap((r) => r.discrepancies.map((d) => ({ r, d })));
      expect(rows).toHaveLength(expected.length);
      expected.forEach(({ r, d }, i) => {
        const row = rows[i];
        expect(row.rule).toBe(d.rule);
        expect(row.message_zh).toBe(d.message.zh);
        expect(row.arithmetic).toBe(d.arithmetic);
        for (const k of ['expected', 'actual', 'difference'] as const) expectCell(row[k], d[k], `${r.file} ${d.rule} ${k}`);
      });
      const noted = rows.filter((r) => r.reviewer_note !== null);
      expect(noted).toHaveLength(1);
      expect(noted[0].review_status).toBe('genuine');
      // as text, never as a formula: CSV cells carry the neutralising apostrophe, XLSX strings need none
      expect(noted[0].reviewer_note).toBe(via === 'csv' ? `'${FORMULA_NOTE}` : FORMULA_NOTE);
    });
  });

  it('LibreOffice would have run the formula had it not been neutralised (the check above can fail)', async () => {
    const [rows] = (await readWorkbook(join(fx.dir, 'from-csv', 'raw.xlsx'))).values();
    expect(rows[1][0]).toMatchObject({ formula: expect.stringContaining('HYPERLINK') });
  });
});
