import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, writeCsv } from '../../src/export/csv.ts';
import type { ExportColumn } from '../../src/model/export.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+86 20 1234', "'+86 20 1234"],
    ['-', "'-"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-3.2', '-3.2'],
    ['+5', '+5'],
    ['7143.45', '7143.45'],
    ['全年预算数', '全年预算数'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

async function csvOf(rows: object[], columns: ExportColumn[], bom?: boolean): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeCsv(
    (async function* () {
      yield* rows;
    })(),
    columns,
    out,
    { bom },
  );
  return Buffer.concat(chunks);
}

const COLUMNS: ExportColumn[] = [
  { name: 'department', cell: 'text' },
  { name: 'year', cell: 'integer' },
  { name: 'value_yuan', cell: 'decimal' },
  { name: 'evidence', cell: 'text' },
];

describe('writeCsv', () => {
  it('writes a BOM, a header, CRLF line ends, RFC 4180 quoting, and numbers exactly as stored', async () => {
    const bytes = await csvOf(
      [
        { department: '某局,二处', year: 2023, value_yuan: '123456789012345678.12', evidence: '他说"完成"\n了' },
        { department: '=cmd', year: null, value_yuan: '-0.90', evidence: '' },
      ],
      COLUMNS,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe(
      'department,year,value_yuan,evidence\r\n' + '"某局,二处",2023,123456789012345678.12,"他说""完成""\n了"\r\n' + "'=cmd,,-0.90,\r\n",
    );
  });

  it('omits the BOM when asked', async () => {
    const text = (await csvOf([], COLUMNS, false)).toString('utf8');
    expect(text).toBe('department,year,value_yuan,evidence\r\n');
  });
});
