/**
 * The comparison over HTTP on a real embedded store: two reports of one department × year resolve
 * to one row by the stated rule (the latest ingested, until a reviewer corrects the other, which
 * then wins and shows its corrected value, marked), a department across the years with its
 * carry-over chain, the download equal to the API's rows with formulas neutralised, the routes in
 * the OpenAPI document, and `budgetlens compare` through the running server.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareView, DepartmentYears, type CompareRow } from '../../src/model/compare.ts';
import { buildServer } from '../../src/server/app.ts';
import { removeNote, writeNote } from '../../src/server/discovery.ts';
import { Store } from '../../src/store/index.ts';
import { DEPARTMENT, YEARS, expectedCell, ingest, parseCsv, reportFile } from '../compare/helpers.ts';
import { readWorkbook } from '../export/helpers.ts';

const run = promisify(execFile);

describe('comparison API', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let ids: Map<string, number>;
  const firstOf2022 = reportFile({ ...YEARS[1], version: 'v1' });
  // a re-upload of 2022 with another budget: the same department and year, another document
  const secondOf2022 = reportFile({ ...YEARS[1], budget: '1200.00', rate: '91.04', version: 'v2' });
  const formulaNamed = { file: '=1+2.md', bytes: reportFile({ ...YEARS[2] }).bytes.slice() };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-compare-'));
    store = await Store.open({ dataDir: dir });
    app = await buildServer({ store, dataDir: dir });
    ids = await ingest(store, [reportFile(YEARS[0]), firstOf2022, reportFile(YEARS[2])]);
    // later: the second 2022, and a report of another department under a name a spreadsheet would run
    const other = Buffer.from(new TextDecoder().decode(formulaNamed.bytes).replaceAll(DEPARTMENT, '公式测试局'));
    for (const [k, v] of await ingest(store, [secondOf2022, { file: formulaNamed.file, bytes: new Uint8Array(other) }], 'second'))
      ids.set(k, v);
  }, 120_000);

  afterAll(async () => {
    removeNote(dir);
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const view = async (q = '') => CompareView.parse((await app.inject({ method: 'GET', url: `/api/compare${q}` })).json());
  const rowOf = (v: CompareView, year: number, department = DEPARTMENT) =>
    v.rows.find((r) => r.year === year && r.department === department) as CompareRow;

  it('shows one row per department × year: of two unreviewed reports, the latest ingested, the other reachable', async () => {
    const v = await view();
    expect(v.rows.filter((r) => r.department === DEPARTMENT).map((r) => r.year)).toEqual([2021, 2022, 2023]);
    const row = rowOf(v, 2022);
    expect(row.documentId).toBe(ids.get(secondOf2022.file));
    expect(row.values.budget).toBe('1200.00');
    expect(row.others).toEqual([
      { documentId: ids.get(firstOf2022.file), file: firstOf2022.file, kind: 'department-overall', reviewed: false },
    ]);
    expect(row.reviewed).toBe(false);
    expect(v.rule.zh).toContain('已审核的报告优先');
  });

  it('after a reviewer corrects a figure of the other report, that report wins and shows the corrected value, marked', async () => {
    const csrf = (await app.inject({ method: 'GET', url: '/api/session' })).json().csrf as string;
    const documentId = ids.get(firstOf2022.file)!;
    const corrected = await app.inject({
      method: 'POST',
      url: `/api/documents/${documentId}/corrections`,
      headers: { 'x-budgetlens-csrf': csrf },
      payload: { key: 'budget.executed', value: '1093.75', why: '核对决算报表', who: '审核员乙' },
    });
    expect(corrected.statusCode).toBe(200);
    const row = rowOf(await view(), 2022);
    expect(row.documentId).toBe(documentId);
    expect(row.reviewed).toBe(true);
    expect(row.values).toMatchObject({ budget: '1150.00', executed: '1093.75', executionRate: '95.00' });
    expect(row.corrected).toEqual(['executed']);
    expect(row.others.map((o) => o.documentId)).toEqual([ids.get(secondOf2022.file)]);
  });

  it('filters by year, department, kind and open discrepancies; sorts by any column', async () => {
    expect((await view('?year=2023')).rows.map((r) => r.department).sort()).toEqual(['公式测试局', DEPARTMENT].sort());
    expect((await view('?department=公式')).rows.map((r) => r.file)).toEqual(['=1+2.md']);
    expect((await view('?kind=project')).rows).toEqual([]);
    const byBudget = await view('?sort=budget&order=desc');
    const budgets = byBudget.rows.map((r) => Number(r.values.budget));
    expect(budgets).toEqual([...budgets].sort((a, b) => b - a));
    // years and kinds for the filters, whatever the filter
    expect((await view('?year=2021')).years).toEqual([2021, 2022, 2023]);
    expect((await app.inject({ method: 'GET', url: '/api/compare?sort=nonsense' })).statusCode).toBe(400);
  });

  it('ranks with the median, as exact decimals', async () => {
    const r = (await view('?year=2023')).rankings.executionRate;
    expect(r.entries.map((e) => e.value)).toEqual(['90.00', '90.00']);
    expect(r.median).toBe('90');
    const scores = (await view()).rankings.score;
    expect(scores.entries.map((e) => [e.year, e.value])).toEqual([
      [2022, '91'],
      [2021, '88'],
      [2023, '86'],
      [2023, '86'],
    ]);
    expect(scores.median).toBe('87');
  });

  it('gives a department across the years with its carry-over chain, the broken link named', async () => {
    const response = await app.inject({ method: 'GET', url: `/api/departments/${encodeURIComponent(DEPARTMENT)}/years` });
    const d = DepartmentYears.parse(response.json());
    expect(d.years.map((r) => [r.year, r.values.budget])).toEqual([
      [2021, '980.00'],
      [2022, '1150.00'],
      [2023, '1320.00'],
    ]);
    expect(d.chain.map((l) => [l.fromYear, l.toYear, l.carryoverEnd, l.carryIn, l.difference, l.status])).toEqual([
      [2021, 2022, '60.00', '60.00', '0.00', 'consistent'],
      [2022, 2023, '75.50', '70.00', '-5.50', 'broken'],
    ]);
    expect((await app.inject({ method: 'GET', url: `/api/departments/${encodeURIComponent('没有这个部门')}/years` })).statusCode).toBe(404);
  });

  it('downloads the view as CSV with the columns asked for, row for row the API’s, formulas neutralised', async () => {
    const columns = ['department', 'year', 'budget', 'execution_rate', 'score', 'other_reports', 'file'];
    const q = `sort=execution_rate&order=desc&columns=${columns.join(',')}`;
    const csv = await app.inject({ method: 'GET', url: `/api/compare/download?format=csv&${q}` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const [head, ...rows] = parseCsv(csv.body);
    expect(head).toEqual(['部门', '年度', '全年预算数[万元]', '预算执行率[%]', '自评得分', '同部门同年度其他报告', '文件']);
    const api = await view('?sort=execution_rate&order=desc');
    const expected = api.rows.map((r) => columns.map((c) => expectedCell(r, c)));
    // the formula-named file is written as text
    const neutral = expected.map((cells) => cells.map((c) => (c === '=1+2.md' ? "'=1+2.md" : c)));
    expect(rows).toEqual(neutral);
    expect(csv.body).toContain("'=1+2.md");

    const en = await app.inject({ method: 'GET', url: `/api/compare/download?format=csv&headers=en&bom=false&${q}` });
    expect(parseCsv(en.body)[0]).toEqual(columns);
    expect(en.body.startsWith('\uFEFF')).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/compare/download?columns=department,nonsense' })).statusCode).toBe(400);
  });

  it('downloads the same view as XLSX: numbers as numbers, the formula-named file as text', async () => {
    const xlsx = await app.inject({
      method: 'GET',
      url: '/api/compare/download?format=xlsx&columns=department,year,budget,file&sort=budget&order=asc',
    });
    const file = join(dir, 'compare.xlsx');
    writeFileSync(file, xlsx.rawPayload);
    const sheets = await readWorkbook(file);
    const rows = sheets.get('部门对比')!;
    expect(rows[0]).toEqual(['部门', '年度', '全年预算数[万元]', '文件']);
    const api = await view('?sort=budget&order=asc');
    expect(rows.slice(1)).toEqual(api.rows.map((r) => [r.department, r.year, Number(r.values.budget), r.file]));
  });

  it('documents the three routes in a valid OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    await SwaggerParser.validate(structuredClone(doc));
    expect(doc.paths['/api/compare'].get).toBeDefined();
    expect(doc.paths['/api/compare/download'].get).toBeDefined();
    expect(doc.paths['/api/departments/{name}/years'].get).toBeDefined();
    // exact decimals travel as strings
    const row = doc.paths['/api/compare'].get.responses['200'].content['application/json'].schema.properties.rows.items;
    expect(row.properties.values.properties.budget).toMatchObject({ type: 'string', nullable: true, pattern: '^-?\\d+(\\.\\d+)?$' });
    expect(row.properties.values.properties.executionRate.type).toBe('string');
  });

  it('`budgetlens compare` prints the same rows through the server that holds the store', async () => {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    writeNote(dir, { url: base, pid: process.pid, dataDir: dir });
    const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '' };
    const cli = (...args: string[]) => run('node', ['bin/budgetlens.mjs', '--data', dir, 'compare', ...args], { env });
    const jsonl = (await cli('--year', '2022', '--format', 'jsonl')).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl).toEqual((await view('?year=2022')).rows);
    const top = (await cli('--by', 'budget', '--top', '1', '--format', 'csv', '--headers', 'en')).stdout;
    expect(parseCsv(top).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['department', 'year', 'budget'],
      ['公式测试局', '2023', '1320.00'],
    ]);
    const table = (await cli('--department', DEPARTMENT)).stdout;
    expect(table).toMatch(/示例区财政局\s+2022\s+1150\.00\s+1093\.75\*\s+95\.00\s+91/);
    expect(table).toContain('共 3 行');
    expect(table).toContain('已审核的报告优先');
    const english = (await cli('--department', DEPARTMENT, '--lang', 'en')).stdout;
    expect(english).toMatch(/^department\s+year\s+budget \(10k yuan\)/);
    expect(english).toContain('3 rows. Median execution rate 92% (3 rows state one)');
    await expect(cli('--by', 'nonsense')).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});

describe('`budgetlens compare` on its own store', () => {
  it('reads the store itself when no server holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-compare-cli-'));
    try {
      const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '' };
      const files = YEARS.map((y) => {
        const f = reportFile(y, `${y.year}.md`);
        const path = join(dir, f.file);
        writeFileSync(path, f.bytes);
        return path;
      });
      await run('node', ['bin/budgetlens.mjs', '--data', join(dir, 'store'), 'ingest', ...files], { env });
      const { stdout } = await run(
        'node',
        ['bin/budgetlens.mjs', '--data', join(dir, 'store'), 'compare', '--by', 'execution-rate', '--format', 'csv', '--headers', 'en'],
        { env },
      );
      const rows = parseCsv(stdout);
      expect(rows.slice(1).map((r) => [r[1], r[5]])).toEqual([
        ['2022', '95.00'],
        ['2021', '92.00'],
        ['2023', '90.00'],
      ]);
      expect(readFileSync(files[0], 'utf8')).toContain(DEPARTMENT);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
