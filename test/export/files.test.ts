/**
 * The export's file column is the document's name as ingested (its path under what was given), as
 * the review queue shows it: two 自评报告 from two department folders are told apart. And the API's
 * export gives the same header choice as the command, Chinese by default.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportXlsx, type ExportTable } from '../../src/export/index.ts';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import { buildServer } from '../../src/server/app.ts';
import { Store } from '../../src/store/index.ts';
import { addBatch } from '../queue/helpers.ts';

const report = (dept: string, total: string) =>
  new TextEncoder().encode(`# 某县${dept}2023年度部门整体支出绩效自评报告\n\n全年预算数 ${total} 万元,执行数 90 万元,完成预算的 90%。\n`);
const FILES = ['reports/财政局/自评报告.md', 'reports/教育局/自评报告.md'];

async function text(write: (out: PassThrough) => Promise<void>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks).toString('utf8');
}

describe('the file column', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-files-'));
    store = await Store.open({ dataDir: dir });
    const { batchId, docs } = await addBatch(store, [
      { file: FILES[0], bytes: report('财政局', '100') },
      { file: FILES[1], bytes: report('教育局', '200') },
    ]);
    await new InProcessRunner({ store, concurrency: 1 }).run(batchId, docs);
  }, 120_000);
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['figures', 'reports', 'discrepancies'] as ExportTable[])('%s: the path as ingested, in every row', async (table) => {
    const csv = await text((out) => exportCsv(store, table, {}, out, { bom: false }));
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    const at = header.split(',').indexOf('file');
    const files = new Set(rows.map((r) => r.split(',')[at]));
    if (table === 'discrepancies') {
      for (const f of files) expect(FILES).toContain(f);
    } else {
      expect([...files].sort()).toEqual([...FILES].sort());
    }
    if (table === 'reports') {
      // each report's own figure beside its own path
      expect(rows.find((r) => r.includes(FILES[0]))).toMatch(/,100,90,90,/);
      expect(rows.find((r) => r.includes(FILES[1]))).toMatch(/,200,90,/);
    }
  });

  it('the same in Chinese, and in the workbook', async () => {
    const csv = await text((out) => exportCsv(store, 'reports', {}, out, { bom: false, headers: 'zh' }));
    expect(csv).toContain(`,${FILES[0]},`);
    expect(csv).toContain(`,${FILES[1]},`);
    const book = await text((out) => exportXlsx(store, {}, out, { headers: 'zh' }));
    expect(book.length).toBeGreaterThan(0);
  });

  it('GET /api/export: Chinese headers by default, ?headers=en for the field names, the workbook alike', async () => {
    const app = await buildServer({ store });
    try {
      const zh = await app.inject({ method: 'GET', url: '/api/export?shape=wide&bom=false' });
      expect(zh.statusCode).toBe(200);
      expect(zh.body).toMatch(/^文档编号,部门,年度,报告类型,文件,年初预算数\[万元\],全年预算数\[万元\],/);
      expect(zh.body).toContain(`,部门整体支出绩效自评,${FILES[0]},,100,`);
      const en = await app.inject({ method: 'GET', url: '/api/export?shape=wide&bom=false&headers=en' });
      expect(en.body).toMatch(/^document_id,department,year,report_kind,file,budget\.initial\[万元\],budget\.total\[万元\],/);
      expect(en.body).toContain(`,department-overall,${FILES[0]},,100,`);
      expect((await app.inject({ method: 'GET', url: '/api/export?headers=fr' })).statusCode).toBe(400);
      for (const [q, sheets, first] of [
        ['', ['数字', '报告', '差异清单'], '文档编号'],
        ['&headers=en', ['figures', 'reports', 'discrepancies'], 'document_id'],
      ] as const) {
        const xlsx = await app.inject({ method: 'GET', url: `/api/export?format=xlsx${q}` });
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
        expect(wb.worksheets.map((w) => w.name)).toEqual(sheets);
        expect(wb.worksheets[1].getCell('A1').value).toBe(first);
      }
    } finally {
      await app.close();
    }
  });
});
