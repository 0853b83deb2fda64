import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellValue, writeXlsx } from '../../src/export/xlsx.ts';
import type { ExportColumn } from '../../src/model/export.ts';

describe('cellValue', () => {
  it.each([
    ['7143.45', 'decimal', 7143.45],
    ['-0.90', 'auto', -0.9],
    ['优', 'auto', '优'],
    ['7143.45', 'text', '7143.45'],
    // more digits than a spreadsheet number holds: kept as text rather than silently rounded
    ['123456789012345678.12', 'decimal', '123456789012345678.12'],
    [null, 'decimal', null],
    [2023, 'integer', 2023],
  ] as const)('%j as %s → %j', (value, cell, expected) => {
    expect(cellValue(value, cell)).toEqual(expected);
  });
});

describe('writeXlsx', () => {
  it('one sheet per table, header frozen with filters, numbers as numbers with 2-decimal formats', async () => {
    const columns: ExportColumn[] = [
      { name: 'department', cell: 'text' },
      { name: 'year', cell: 'integer' },
      { name: 'value', cell: 'auto' },
      { name: 'value_yuan', cell: 'decimal' },
    ];
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const rows = async function* () {
      yield { department: '某局', year: 2023, value: '7143.45', value_yuan: '71434500' };
      yield { department: '=1+2', year: null, value: '优', value_yuan: null };
    };
    await writeXlsx(
      [
        { name: 'figures', columns, rows },
        { name: 'empty', columns, rows: async function* () {} },
      ],
      out,
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['figures', 'empty']);
    const ws = wb.getWorksheet('figures')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'department', 'year', 'value', 'value_yuan']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:D1');
    expect(ws.getCell('B2').value).toBe(2023);
    expect(ws.getCell('C2').value).toBe(7143.45);
    expect(ws.getCell('C2').numFmt).toBe('0.00');
    expect(ws.getCell('D2').value).toBe(71434500);
    expect(ws.getCell('D2').numFmt).toBe('0.00');
    // text stays text: an XLSX string cell is never run as a formula, so it needs no apostrophe
    expect(ws.getCell('A3').value).toBe('=1+2');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C3').value).toBe('优');
    expect(wb.getWorksheet('empty')!.rowCount).toBe(1);
  });
});
