/// <reference lib="dom" />
/**
 * End to end in real headless Chromium (Debian's chromium, driven by playwright-core; no browser
 * download): upload the seed PDF, wait for it, see its six discrepancies, open one with its PDF page
 * and figure boxes, decide an extraction error with the right value, a genuine inconsistency and an
 * acceptable one (with undo on the keyboard), and check the CSV export and `review list` (which goes
 * through this server's API, the store being held here) reflect all three. A report named with
 * markup renders inert. Screenshots go to test/artifacts/.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { removeNote, writeNote } from '../../src/server/discovery.ts';
import { Store } from '../../src/store/index.ts';
import { haveChromium, launchChromium, pageLoggingErrors, needChromium, type Chromium } from './browser.ts';

const ARTIFACTS = 'test/artifacts';
needChromium('web app in Chromium');

describe.skipIf(!haveChromium)('web app in headless Chromium', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let browser: Chromium;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-web-'));
    store = await Store.open({ dataDir: dir });
    app = await buildServer({ store, dataDir: dir });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    // this process holds the embedded store, as `serve` does: the CLI finds it by this note
    writeNote(dir, { url: base, pid: process.pid, dataDir: dir });
    browser = await launchChromium();
    page = await pageLoggingErrors(browser, pageErrors);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    removeNote(dir);
    await app?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 60_000 });
  const openItems = () => page.locator('#queue-list li[data-id]');
  const itemFor = (text: string) => page.locator('#queue-list li[data-id]', { hasText: text });

  async function selectItem(text: string) {
    // wait for this item's own panel: the panel before it may contain the same text (the sum's panel names
    // expense.governmentFund too), and a key pressed then would decide the previous discrepancy
    const item = itemFor(text);
    const id = await item.getAttribute('data-id');
    await item.click();
    await page.locator(`#detail[data-item="${id}"] h2`).waitFor();
    await page.waitForFunction((t) => document.querySelector('#detail')?.textContent?.includes(t), text);
  }

  it('logs in, uploads the seed PDF and shows its progress until done', async () => {
    await page.goto(base);
    await page.locator('dialog#login input[name="reviewer"]').fill('审核员甲');
    await page.locator('dialog#login button[type="submit"]').click();
    await poll(() => page.locator('#who').textContent()).toContain('审核员甲');
    await page.goto(`${base}/#/upload`);
    await page.setInputFiles('#upload-files', 'fixtures/seed/qiaozhong-2023.pdf');
    await page.locator('#batch-status[data-status="done"]').waitFor({ timeout: 90_000 });
    await poll(() => page.locator('#batch-documents tbody tr[data-status="done"]').count()).toBe(1);
  }, 120_000);

  it('shows the six discrepancies and one with its PDF page and the figures’ boxes', async () => {
    await page.locator('#review-batch').click();
    await poll(() => openItems().count()).toBe(6);
    await page.locator('#detail h2').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'queue.png'), fullPage: true });
    await selectItem('按资金来源');
    await poll(() => page.locator('#detail .arith').textContent()).toContain('5988.67 + 629.55 + 0 = 6618.22');
    await poll(() => page.locator('#detail .snippet mark').first().textContent()).toBe('5988.67');
    await page.locator('#pages[data-rendered="true"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#pages .page canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('#pages .page .box').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#pages .page .box.figure').count()).toBeGreaterThanOrEqual(1);
    // the page was drawn: the canvas is not blank
    const inked = await page
      .locator('#pages .page canvas')
      .first()
      .evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] < 128) dark++;
        return dark;
      });
    expect(inked).toBeGreaterThan(1000);
    await page.locator('#pages .page').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'discrepancy-pdf.png'), fullPage: true });
  }, 120_000);

  it('decides with the keyboard: extraction error with a value, genuine, acceptable; undo is a new entry', async () => {
    await selectItem('expense.governmentFund');
    await page.keyboard.press('1');
    // the right value is the figure's other statement: one click takes it
    await page.locator('#form-extraction-error button.pick', { hasText: '881.59' }).click();
    expect(await page.locator('#form-extraction-error input[name="value"]').inputValue()).toBe('881.59');
    await page.keyboard.press('Enter');
    await poll(() => openItems().count()).toBe(5);
    // reconciliation re-ran: the sum by funding source now reads the corrected figure
    await selectItem('按资金来源');
    await poll(() => page.locator('#detail .arith').textContent()).toContain('5988.67 + 881.59 + 0 = 6870.26');

    await selectItem('执行率');
    await page.keyboard.press('2');
    await poll(() => openItems().count()).toBe(4);

    await selectItem('项目个数');
    await page.keyboard.press('3');
    await page.locator('#form-acceptable input[name="why"]').fill('口径不同,报告已说明');
    await page.keyboard.press('Enter');
    await poll(() => openItems().count()).toBe(3);

    // undo the last decision, then make it again
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('u');
    await poll(() => openItems().count()).toBe(4);
    await selectItem('项目个数');
    await page.keyboard.press('3');
    await page.locator('#form-acceptable input[name="why"]').fill('口径不同,报告已说明');
    await page.keyboard.press('Enter');
    await poll(() => openItems().count()).toBe(3);
    // j / k move through the queue
    const selected = () => page.locator('#queue-list li[aria-selected="true"]').getAttribute('data-id');
    await page.keyboard.press('Home'); // nothing: only the app's keys move
    const ids = await openItems().evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
    await itemFor(`#${ids[0]} `).click();
    await poll(selected).toBe(ids[0]);
    await page.keyboard.press('j');
    await poll(selected).toBe(ids[1]);
    await page.keyboard.press('ArrowDown');
    await poll(selected).toBe(ids[2]);
    await page.keyboard.press('k');
    await poll(selected).toBe(ids[1]);
  }, 120_000);

  it('the report view shows every figure, the corrected one beside its original reading', async () => {
    const documentId = (await store.listDocuments())[0].id;
    await page.goto(`${base}/#/report/${documentId}`);
    const row = page.locator('tr[data-key="expense.governmentFund"]').first();
    await poll(() => row.textContent()).toContain('881.59');
    expect(await row.textContent()).toContain('629.55');
    expect(await page.locator('tr[data-key="budget.total"]').first().textContent()).toContain('7143.45');
    await page.locator('#report-pages[data-rendered="true"]').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    // a figure corrected in the report view: kept beside its reading, and the basic/project split adds up
    const basic = page.locator('tr[data-key="expense.basic"]').first();
    await basic.locator('summary').click();
    await basic.locator('input[name="value"]').fill('2643.17');
    await basic.locator('input[name="why"]').fill('核对决算表');
    await basic.locator('input[name="why"]').press('Enter');
    await poll(() => page.locator('tr[data-key="expense.basic"]').first().textContent()).toContain('2643.17');
    expect(await page.locator('tr[data-key="expense.basic"]').first().textContent()).toContain('2553.39');
    await poll(async () => (await page.locator('section').first().textContent()) ?? '').not.toContain('2553.39 + 4064.83');
  }, 120_000);

  it('the CSV export and `review list` reflect the three decisions', async () => {
    const csv = await page.evaluate(async () => (await fetch('/api/export?what=discrepancies')).text());
    const statuses = csv
      .split('\r\n')
      .slice(1)
      .map((line) => line.match(/,(open|extraction-error|genuine|acceptable),/)?.[1])
      .filter(Boolean);
    // six flagged; the report-view correction of 基本支出 resolved the basic/project split
    expect(statuses.sort()).toEqual(['acceptable', 'extraction-error', 'genuine', 'open', 'open']);
    expect(csv).toContain('口径不同,报告已说明');

    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '' };
    const { stdout } = await run('node', ['bin/budgetlens.mjs', '--data', dir, 'review', 'list', '--status', 'all'], { env });
    expect(stdout).toMatch(/expense\.governmentFund\)\s+—\s+提取错误/);
    expect(stdout).toMatch(/执行率与执行数\/预算数不符\(department\)\s+—\s+报告本身不一致/);
    expect(stdout).toMatch(/项目个数之和不符\(eval\.projects\.count\)\s+—\s+可接受/);
    expect(stdout).toMatch(/共 5 条/);
  }, 120_000);

  it('renders a report named with markup inert: no script runs, no element is made', async () => {
    const name = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>.txt';
    const text = '某县财政局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n全年预算数 100 万元,执行数 90 万元,完成预算的 95%。\n';
    await page.goto(`${base}/#/upload`);
    await page.setInputFiles('#upload-files', { name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.locator('#batch-status[data-status="done"]').waitFor({ timeout: 60_000 });
    await poll(() => page.locator('#batch-documents').textContent()).toContain('<img src=x onerror=');
    await page.locator('#review-batch').click();
    await poll(() => openItems().count()).toBeGreaterThan(0);
    await poll(() => page.locator('#queue-list').textContent()).toContain('<script>window.__xss=2<');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    // Chinese first; the toggle gives English and back
    await page.locator('#lang').click();
    await poll(() => page.locator('#title').textContent()).toBe('Budget report review');
    expect(await page.locator('#nav').textContent()).toContain('Review queue');
    await page.locator('#lang').click();
    await poll(() => page.locator('#title').textContent()).toBe('预算绩效报告审核');
    expect(pageErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 120_000);
});
