/// <reference lib="dom" />
/**
 * The web app's upload area takes dropped files, in real headless Chromium: a drop event carrying a
 * DataTransfer with two small Markdown reports makes one batch whose page shows both documents
 * reach done; a dropped .zip is opened and its entries (with their folder) are read too. The
 * server runs on a fresh PostgreSQL schema and processes uploads in this process, as `serve` does
 * without Redis. The reports are made up here.
 *
 * A DataTransfer made by a script has no file-system entries (Chromium's webkitGetAsEntry gives
 * null for its items), so the file and .zip drops take the handler's `dataTransfer.files` path; a
 * folder can only come from a real drag, so the folder test stands in the entries such a drag gives
 * and checks the handler walks them (sub-folders too) into the names the batch shows.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { buildServer } from '../../src/server/app.ts';
import { Store } from '../../src/store/index.ts';
import { PG_URL, pgAdmin, pgAnswers, whenMissing, withSearchPath } from '../services.ts';
import { haveChromium, launchChromium, pageLoggingErrors, needChromium, type Chromium } from './browser.ts';

needChromium('upload by drag and drop in Chromium');
const missing = (await pgAnswers(PG_URL)) ? [] : ['PostgreSQL not reachable at 127.0.0.1:5432 (set DATABASE_URL or start it)'];
whenMissing(missing, 'upload by drag and drop in Chromium', 'needs PostgreSQL', 'the drag-and-drop upload test');

/** A small made-up report of a department and year. */
const report = (department: string, budget: string, spent: string, rate: string) => `# ${department}2023年度部门整体支出绩效自评报告

一、部门基本情况

${department}主要负责辖区内的公共服务工作。

二、预算执行情况

2023年度全年预算数为${budget}万元，全年执行数为${spent}万元，预算执行率为${rate}%。
`;

const REPORTS = [
  { name: '示例区水务局.md', text: report('示例区水务局', '250.00', '240.00', '96.00') },
  { name: '示例区文化馆.md', text: report('示例区文化馆', '80.00', '72.00', '90.00') },
];

function zipOf(entries: { name: string; text: string }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.from(e.text), e.name);
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** Drags the files over #drop and drops them there: the events a browser fires, with a real DataTransfer. */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: number[] }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.dispatchEvent('#drop', 'dragenter', { dataTransfer });
  await page.dispatchEvent('#drop', 'dragover', { dataTransfer });
  await expect.poll(() => page.locator('#drop').getAttribute('class')).toContain('over');
  await page.dispatchEvent('#drop', 'drop', { dataTransfer });
}

describe.skipIf(!haveChromium || missing.length > 0)('upload by drag and drop in Chromium', () => {
  const schema = `budgetlens_upload_${process.pid}_${randomBytes(4).toString('hex')}`;
  let store: Store;
  let app: FastifyInstance;
  let browser: Chromium;
  let page: Page;
  let base: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await pgAdmin(`CREATE SCHEMA ${schema}`);
    store = await Store.open({ databaseUrl: withSearchPath(PG_URL, schema) });
    app = await buildServer({ store });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
    page = await pageLoggingErrors(browser, pageErrors);
    await page.goto(base);
    await page.locator('dialog#login input[name="reviewer"]').fill('审核员乙');
    await page.locator('dialog#login button[type="submit"]').click();
    await page.locator('#who', { hasText: '审核员乙' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    await pgAdmin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  const rows = () => page.locator('#batch-documents tbody tr');

  it('two Markdown reports dropped on the upload area become one batch, both done', async () => {
    await page.goto(`${base}/#/upload`);
    await page.locator('#drop').waitFor();
    await dropFiles(
      page,
      REPORTS.map((r) => ({ name: r.name, type: 'text/markdown', bytes: [...Buffer.from(r.text)] })),
    );
    await page.waitForURL(/#\/batch\/\d+$/);
    await page.locator('#batch-status[data-status="done"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => rows().count()).toBe(2);
    const shown = await rows().evaluateAll((trs) =>
      trs.map((tr) => ({ file: tr.children[1].textContent, status: (tr as HTMLElement).dataset.status })),
    );
    expect(shown.sort((a, b) => a.file!.localeCompare(b.file!))).toEqual(
      REPORTS.map((r) => ({ file: r.name, status: 'done' })).sort((a, b) => a.file.localeCompare(b.file)),
    );
    // the store read them: each report's budget is its own
    const batchId = Number(page.url().match(/#\/batch\/(\d+)$/)![1]);
    const stored = await store.listDocuments({ batchId });
    expect(stored.map((d) => d.status)).toEqual(['done', 'done']);
  }, 120_000);

  it('a dropped .zip is opened: its reports, with their folder, are read', async () => {
    const zip = await zipOf([
      { name: '水务/示例区水务局.md', text: report('示例区水务局', '300.00', '270.00', '90.00') },
      { name: '文化/示例区文化馆.md', text: report('示例区文化馆', '60.00', '57.00', '95.00') },
    ]);
    await page.goto(`${base}/#/upload`);
    await page.locator('#drop').waitFor();
    await dropFiles(page, [{ name: 'reports.zip', type: 'application/zip', bytes: [...zip] }]);
    await page.waitForURL(/#\/batch\/\d+$/);
    await page.locator('#batch-status[data-status="done"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('#batch-documents tbody tr[data-status="done"]').count()).toBe(2);
    const files = await rows().evaluateAll((trs) => trs.map((tr) => tr.children[1].textContent).sort());
    expect(files).toEqual(['reports.zip/文化/示例区文化馆.md', 'reports.zip/水务/示例区水务局.md']);
  }, 120_000);

  it('a dropped folder is walked: its reports, in sub-folders too, keep the folder in their names', async () => {
    // a script cannot put a folder in a DataTransfer: the entries a real folder drag gives
    // (webkitGetAsEntry, FileSystemDirectoryEntry) are stood in for here, shaped as Chromium's are
    await page.goto(`${base}/#/upload`);
    await page.locator('#drop').waitFor();
    const dataTransfer = await page.evaluateHandle(
      (texts) => {
        const fileEntry = (file: File) => ({
          isFile: true,
          isDirectory: false,
          name: file.name,
          file: (ok: (f: File) => void) => ok(file),
        });
        const dirEntry = (name: string, children: object[]) => ({
          isFile: false,
          isDirectory: true,
          name,
          createReader: () => {
            let read = false;
            return {
              readEntries: (ok: (entries: object[]) => void) => {
                ok(read ? [] : children);
                read = true;
              },
            };
          },
        });
        const folder = dirEntry('示例区', [
          fileEntry(new File([texts[0]], '水务局.md', { type: 'text/markdown' })),
          dirEntry('文化', [fileEntry(new File([texts[1]], '文化馆.md', { type: 'text/markdown' }))]),
        ]);
        const native = Object.getOwnPropertyDescriptor(DataTransferItem.prototype, 'webkitGetAsEntry')!;
        Object.defineProperty(DataTransferItem.prototype, 'webkitGetAsEntry', {
          configurable: true,
          value() {
            Object.defineProperty(DataTransferItem.prototype, 'webkitGetAsEntry', native);
            return folder;
          },
        });
        const dt = new DataTransfer();
        // the folder is one item of the drop
        dt.items.add(new File([''], '示例区'));
        return dt;
      },
      [report('示例区水务局', '310.00', '300.00', '96.77'), report('示例区文化馆', '90.00', '81.00', '90.00')],
    );
    await page.dispatchEvent('#drop', 'drop', { dataTransfer });
    await page.waitForURL(/#\/batch\/\d+$/);
    await page.locator('#batch-status[data-status="done"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('#batch-documents tbody tr[data-status="done"]').count()).toBe(2);
    const files = await rows().evaluateAll((trs) => trs.map((tr) => tr.children[1].textContent).sort());
    expect(files).toEqual(['示例区/文化/文化馆.md', '示例区/水务局.md']);
    expect(pageErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  }, 120_000);

  it('a page that loads after the reader has moved on does not replace the newer one', async () => {
    // the queue's answer is held until the upload area is open, then let go: the queue's render
    // arrives late, as it does on a loaded machine, and must not overwrite the upload area
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked!: () => void;
    const queueAsked = new Promise<void>((resolve) => {
      asked = resolve;
    });
    await page.route('**/api/queue**', async (route) => {
      asked();
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${base}/#/queue`);
      await queueAsked;
      await page.goto(`${base}/#/upload`);
      await page.locator('#drop').waitFor();
      const answered = page.waitForEvent('requestfinished', (r) => r.url().includes('/api/queue'));
      release();
      await answered;
      // the late render runs once the answer is read: a few turns of the page's event loop
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(await page.locator('#drop').count()).toBe(1);
      expect(await page.locator('#queue-list').count()).toBe(0);
    } finally {
      await page.unroute('**/api/queue**');
    }
  }, 120_000);
});
