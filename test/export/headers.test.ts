/**
 * Chinese headers come from the export schemas themselves (`.meta({ zh })`): every column of every
 * table has one, they are unique within a table, the wide table's key columns are named by the key
 * labels, and every report_kind has a Chinese name. The writers use them with `headers: 'zh'`.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/export/csv.ts';
import { TABLES, type ExportTable } from '../../src/export/index.ts';
import { writeXlsx } from '../../src/export/xlsx.ts';
import {
  columnsOf,
  DiscrepancyExportRow,
  FigureExportRow,
  headed,
  REPORT_KIND_ZH,
  ReportExportRow,
  wideColumn,
} from '../../src/model/export.ts';
import { KEYS } from '../../src/model/keys.ts';
import { ReportKind } from '../../src/model/record.ts';

const SCHEMAS = { figures: FigureExportRow, reports: ReportExportRow, discrepancies: DiscrepancyExportRow };
const LATIN = /[A-Za-z]/;

describe('Chinese headers, from the schemas', () => {
  it.each(Object.entries(SCHEMAS))('%s: every column has a Chinese header, without Latin letters, unique within the table', (_, schema) => {
    const columns = columnsOf(schema);
    expect(columns.length).toBe(Object.keys(schema.shape).length);
    for (const c of columns) {
      expect(c.zh, `${c.name} has no Chinese header`).toBeTruthy();
      expect(c.zh, `${c.name}: ${c.zh}`).not.toMatch(LATIN);
    }
    const headers = columns.map((c) => c.zh);
    expect(new Set(headers).size, `duplicates: ${headers.filter((h, i) => headers.indexOf(h) !== i)}`).toBe(headers.length);
  });

  it('the export tables are the schemas', () => {
    for (const t of Object.keys(SCHEMAS) as ExportTable[]) expect(TABLES[t].columns).toEqual(columnsOf(SCHEMAS[t]));
  });

  it('the wide table names each key column by its label and unit', () => {
    const byName = new Map(columnsOf(ReportExportRow).map((c) => [c.name, c.zh]));
    expect(byName.get('budget.total[万元]')).toBe('全年预算数[万元]');
    expect(byName.get('budget.executionRate[%]')).toBe('预算执行率[%]');
    expect(byName.get('eval.grade')).toBe('评价等级');
    for (const [key, info] of Object.entries(KEYS))
      expect(byName.get(wideColumn(key))).toMatch(new RegExp(`^${info.zh.replace(/[()[\]]/g, '\\$&')}(\\[|$)`));
  });

  it('every report kind has a Chinese name', () => {
    expect(Object.keys(REPORT_KIND_ZH).sort()).toEqual([...ReportKind.options].sort());
    const report_kind = columnsOf(FigureExportRow).find((c) => c.name === 'report_kind')!;
    expect(report_kind.zhValues).toEqual(REPORT_KIND_ZH);
  });

  it('en headers are the field names', () => {
    const columns = columnsOf(FigureExportRow);
    expect(headed(columns, 'en').map((c) => c.header)).toEqual(Object.keys(FigureExportRow.shape));
  });
});

const row = {
  document_id: 7,
  department: '某局',
  year: 2023,
  report_kind: 'department-overall',
  key: 'budget.total',
  label_zh: '全年预算数',
  value: '7143.45',
  unit: '万元',
  value_yuan: '71434500',
  review_status: 'extracted',
  file: 'a/自评报告.pdf',
  page: 3,
  evidence: '全年预算数7143.45万元',
};

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

describe('writers', () => {
  const columns = columnsOf(FigureExportRow);
  const rows = async function* () {
    yield row;
  };

  it('CSV in Chinese: headers and report_kind named; en keeps field names and codes', async () => {
    const zh = (await collect((out) => writeCsv(rows(), columns, out, { bom: false, headers: 'zh' }))).toString('utf8').split('\r\n');
    expect(zh[0]).toBe('文档编号,部门,年度,报告类型,指标代码,指标名称,数值,单位,金额(元),审核状态,文件,页码,原文');
    expect(zh[1]).toBe(
      '7,某局,2023,部门整体支出绩效自评,budget.total,全年预算数,7143.45,万元,71434500,extracted,a/自评报告.pdf,3,全年预算数7143.45万元',
    );
    const en = (await collect((out) => writeCsv(rows(), columns, out, { bom: false, headers: 'en' }))).toString('utf8').split('\r\n');
    expect(en[0]).toBe('document_id,department,year,report_kind,key,label_zh,value,unit,value_yuan,review_status,file,page,evidence');
    expect(en[1]).toMatch(/^7,某局,2023,department-overall,/);
  });

  it('XLSX in Chinese: headers and report_kind named, numbers still numbers', async () => {
    const book = await collect((out) => writeXlsx([{ name: '数字', columns, rows }], out, 'zh'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(book as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('数字')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.zh));
    expect(ws.getCell('D2').value).toBe('部门整体支出绩效自评');
    expect(ws.getCell('G2').value).toBe(7143.45);
  });
});
