/// <reference lib="dom" />
/**
 * The Compare page end to end in real headless Chromium, on the development corpus (../shared:
 * corpus/dev and dev2 .md, the seed in three formats from fixtures-src) plus one department's three
 * years: sort by execution rate, filter to one year, the ranking chart drawn with one bar per ranked
 * department, the one-row rule and a reviewer's correction shown in the table, a department across
 * the years with its broken carry-over link, and the view downloaded as CSV equal to the API's rows.
 * Screenshots of the table, the ranking and the across-years chart go to test/artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareView, type CompareRow } from '../../src/model/compare.ts';
import { buildServer } from '../../src/server/app.ts';
import { Store } from '../../src/store/index.ts';
import { DEPARTMENT, YEARS, expectedCell, ingest, parseCsv, reportFile } from '../compare/helpers.ts';
import type { InputFile } from '../queue/helpers.ts';
import { haveChromium, launchChromium, pageLoggingErrors, needChromium, type Chromium } from './browser.ts';

const ARTIFACTS = 'test/artifacts';
const SHARED = resolve('..', 'shared');
const haveCorpus =
  existsSync(join(SHARED, 'corpus', 'dev')) &&
  existsSync(join(SHARED, 'corpus', 'dev2')) &&
  existsSync(join(SHARED, 'fixtures-src', 'out'));
needChromium('Compare page in Chromium');
if (!haveCorpus)
  console.warn(`skipped: the Compare page test needs the development corpus at ${SHARED} (corpus/dev, corpus/dev2, fixtures-src/out)`);

/** The bars' colours in web/app/compare.js: at or above the median, below it. */
const BAR_FILLS = ['#0b5cad', '#b42318'];
const SEED = '广州市荔湾区人民政府桥中街道办事处';

function corpusFiles(): InputFile[] {
  const read = (path: string, name: string): InputFile => ({ file: name, bytes: new Uint8Array(readFileSync(path)) });
  const md = (set: string) =>
    readdirSync(join(SHARED, 'corpus', set))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => read(join(SHARED, 'corpus', set, f), `${set}/${f}`));
  return [
    ...md('dev'),
    ...md('dev2'),
    read(join(SHARED, 'fixtures-src', 'qiaozhong-2023.md'), 'seed/qiaozhong-2023.md'),
    read(join(SHARED, 'fixtures-src', 'out', 'qiaozhong-2023.docx'), 'seed/qiaozhong-2023.docx'),
    read(join(SHARED, 'fixtures-src', 'out', 'qiaozhong-2023.pdf'), 'seed/qiaozhong-2023.pdf'),
    ...YEARS.map((y) => reportFile(y)),
  ];
}

describe.skipIf(!haveChromium || !haveCorpus)('Compare page in headless Chromium', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let browser: Chromium;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-compare-web-'));
    store = await Store.open({ dataDir: dir });
    await ingest(store, corpusFiles(), 'development corpus');
    app = await buildServer({ store, dataDir: dir });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    page = await pageLoggingErrors(browser, pageErrors);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000 });
  const api = async (q: string) => CompareView.parse(await page.evaluate(async (url) => (await fetch(url)).json(), `/api/compare${q}`));
  const tableRows = () => page.locator('#compare-table tbody tr[data-document-id]');
  const column = (name: string) => page.locator(`#compare-table tbody tr[data-document-id] td[data-column="${name}"]`).allTextContents();
  const documentIds = async () => await tableRows().evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.documentId)));

  it('opens Compare and sorts by execution rate, highest first, as the API orders it', async () => {
    await page.goto(base);
    await page.locator('dialog#login input[name="reviewer"]').fill('审核员丙');
    await page.locator('dialog#login button[type="submit"]').click();
    await poll(() => page.locator('#who').textContent()).toContain('审核员丙');
    await page.locator('#nav a[href="#/compare"]').click();
    await page.locator('#compare-table').waitFor();
    expect(await page.locator('#one-row-rule').textContent()).toContain('已审核的报告优先');

    await page.locator('#compare-table th[data-column="execution_rate"] a').click();
    await page.locator('#compare-table th[data-column="execution_rate"][aria-sort="descending"]').waitFor();
    const expected = await api('?sort=execution_rate&order=desc');
    expect(await documentIds()).toEqual(expected.rows.map((r) => r.documentId));
    const rates = expected.rows
      .map((r) => r.values.executionRate)
      .filter((v): v is string => v !== null)
      .map(Number);
    expect(rates.length).toBeGreaterThan(5);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  }, 120_000);

  it('filters to one year and draws the ranking: one bar per ranked department (worst 10), the median line', async () => {
    await page.locator('#compare-filters select[name="year"]').selectOption('2023');
    await page.locator('#compare-filters button[type="submit"]').click();
    await poll(() => page.evaluate(() => location.hash)).toContain('year=2023');
    const expected = await api('?year=2023&sort=execution_rate&order=desc');
    await poll(documentIds).toEqual(expected.rows.map((r) => r.documentId));
    expect(new Set(await column('year'))).toEqual(new Set(['2023']));
    // the sort survived the filter
    expect(await page.locator('#compare-table th[data-column="execution_rate"]').getAttribute('aria-sort')).toBe('descending');

    await page.locator('#ranking-chart[data-rendered="true"]').waitFor();
    const ranked = expected.rankings.executionRate.entries.length;
    expect(ranked).toBeGreaterThanOrEqual(5);
    const bars = await page
      .locator('#ranking-chart svg path')
      .evaluateAll((paths, fills) => paths.filter((p) => fills.includes(p.getAttribute('fill') ?? '')).length, BAR_FILLS);
    expect(bars).toBe(Math.min(10, ranked));
    const labels = await page.locator('#ranking-chart svg text').allTextContents();
    // worst first: the lowest rate's department is among the axis labels
    const worst = expected.rankings.executionRate.entries[ranked - 1];
    expect(labels.some((l) => worst.department.startsWith(l.replace(/\.\.\.$|…$/, '')))).toBe(true);
    // the tooltip (built as elements, not markup) names the department, its value and its budget
    await page.locator('#ranking-chart svg path[fill="#b42318"]').first().hover();
    await poll(() => page.locator('#ranking-chart').textContent()).toContain(`预算执行率(%): ${worst.value}`);
    expect(await page.locator('#ranking-chart').textContent()).toContain(`${worst.department} ${worst.year}`);
    expect(await page.locator('#ranking-median').textContent()).toContain(String(expected.rankings.executionRate.median));
    expect(labels.some((l) => l.includes(`全局中位数 ${expected.rankings.executionRate.median}`))).toBe(true);
    // the scatter has a point per row with a budget and a rate
    await page.locator('#scatter-chart[data-rendered="true"]').waitFor();
    expect(Number(await page.locator('#scatter-chart').getAttribute('data-points'))).toBe(
      expected.rows.filter((r) => r.values.budget && r.values.executionRate && Number(r.values.budget) > 0).length,
    );

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'compare-table.png') });
    await page.locator('#rankings').screenshot({ path: join(ARTIFACTS, 'compare-ranking.png') });
  }, 120_000);

  it('shows the seed’s four reports of one department × year as one row, and a reviewer’s correction, marked', async () => {
    const seedRow = (v: CompareView) => v.rows.find((r) => r.department === SEED && r.year === 2023) as CompareRow;
    const before = seedRow(await api('?year=2023'));
    const all = [before.documentId, ...before.others.map((o) => o.documentId)].sort((a, b) => a - b);
    expect(all).toHaveLength(4);
    // none reviewed yet: the latest ingested
    expect(before.documentId).toBe(all[3]);
    const row = page.locator(`#compare-table tr[data-department="${SEED}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-document-id')).toBe(String(all[3]));

    // a reviewer corrects the oldest report's executed amount (the review API, as the report view does)
    const status = await page.evaluate(
      async ({ id }) => {
        const { csrf } = await (await fetch('/api/session')).json();
        const r = await fetch(`/api/documents/${id}/corrections`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-budgetlens-csrf': csrf },
          body: JSON.stringify({ key: 'budget.executed', value: '6708.50', why: '核对决算报表' }),
        });
        return r.status;
      },
      { id: all[0] },
    );
    expect(status).toBe(200);
    await page.reload();
    await poll(() => row.getAttribute('data-document-id')).toBe(String(all[0]));
    const executed = row.locator('td[data-column="executed"]');
    expect(await executed.getAttribute('data-corrected')).toBe('true');
    expect(await executed.textContent()).toBe('6708.50✎');
    // the others in the rule's order: the latest ingested first
    expect(await row.locator('td[data-column="other_reports"]').textContent()).toBe(
      all
        .slice(1)
        .reverse()
        .map((id) => `#${id} `)
        .join(''),
    );
    const after = seedRow(await api('?year=2023'));
    expect(after).toMatchObject({ documentId: all[0], reviewed: true, corrected: ['executed'] });
    expect(after.values.executed).toBe('6708.50');
  }, 120_000);

  it('opens a department across the years: the line chart and its carry-over chain, the broken link shown', async () => {
    await page.locator(`#compare-table a.department`, { hasText: DEPARTMENT }).click();
    await page.locator('#years-chart[data-rendered="true"]').waitFor();
    expect(await page.locator('#department-name').textContent()).toContain(DEPARTMENT);
    expect(await page.locator('#years-chart').getAttribute('data-years')).toBe('3');
    expect(await page.locator('#years-chart').getAttribute('data-broken')).toBe('1');
    const links = await page
      .locator('#chain-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.from, (tr as HTMLElement).dataset.status, tr.textContent]));
    expect(links.map(([from, status]) => [from, status])).toEqual([
      ['2021', 'consistent'],
      ['2022', 'broken'],
    ]);
    expect(links[1][2]).toContain('75.50');
    expect(links[1][2]).toContain('70.00');
    expect(links[1][2]).toContain('-5.50');
    expect(await page.locator('#chain-table tr.chain-broken').count()).toBe(1);
    // three lines, one point per year each (budget, executed, rate)
    const legend = await page.locator('#years-chart svg text').allTextContents();
    expect(legend).toEqual(expect.arrayContaining(['全年预算数', '全年执行数', '预算执行率', '2021', '2022', '2023']));
    await page.screenshot({ path: join(ARTIFACTS, 'compare-years.png') });
  }, 120_000);

  it('downloads the view as CSV: the columns shown, row for row the API’s', async () => {
    await page.goto(`${base}/#/compare?year=2023&sort=execution_rate&order=desc`);
    await page.locator('#compare-table tbody tr[data-document-id]').first().waitFor();
    const shown = await page.locator('#compare-table thead th').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.column!));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const [head, ...rows] = parseCsv(csv);
    expect(head).toEqual(
      await page
        .locator('#compare-table thead th')
        .allTextContents()
        .then((t) => t.map((x) => x.replace(/ [▲▼]$/, ''))),
    );
    const expected = await api('?year=2023&sort=execution_rate&order=desc');
    expect(rows).toEqual(expected.rows.map((r) => shown.map((c) => expectedCell(r, c))));
    expect(rows.length).toBe(await tableRows().count());
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
