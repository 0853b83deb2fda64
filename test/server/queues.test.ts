/// <reference lib="dom" />
/**
 * Bull Board at /admin/queues: with Redis (the machine's real one, a unique key prefix, obliterated
 * afterwards) and PostgreSQL (a fresh schema), an uploaded batch's jobs are listed by the board's API
 * and its page loads in Chromium under its own Content-Security-Policy, without errors; its actions
 * need the CSRF secret (which its own axios echoes: a pause from its menu goes through); a server
 * of the same store without Redis answers 404 there, saying why.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchProducer, batchQueueName, documentQueueName } from '../../src/queue/bullmq.ts';
import { buildServer } from '../../src/server/app.ts';
import { BOARD_CSRF_COOKIE, NO_QUEUE_BOARD } from '../../src/server/queues.ts';
import { CONTENT_SECURITY_POLICY, QUEUE_BOARD_CONTENT_SECURITY_POLICY } from '../../src/server/security.ts';
import { Store } from '../../src/store/index.ts';
import { redisAnswers } from '../queue/helpers.ts';
import { PG_URL, pgAdmin, pgAnswers, whenMissing, withSearchPath } from '../services.ts';
import { haveChromium, launchChromium } from './browser.ts';

const ARTIFACTS = 'test/artifacts';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const missing = [
  ...((await pgAnswers(PG_URL)) ? [] : ['PostgreSQL not reachable at 127.0.0.1:5432 (set DATABASE_URL or start it)']),
  ...((await redisAnswers(REDIS_URL)) ? [] : ['Redis not reachable at 127.0.0.1:6379 (set REDIS_URL or start it)']),
];
whenMissing(missing, 'Bull Board on Redis', 'needs PostgreSQL and Redis', 'the queue board tests');

/** A small made-up report: the board only needs a job to list (no worker runs here). */
const REPORT = `# 示例区测试局2023年度部门整体支出绩效自评报告

一、部门基本情况

2023年度全年预算数为120.50万元，全年执行数为110.25万元，预算执行率为91.49%。
`;

function multipart(files: { name: string; text: string }[]) {
  const boundary = '----budgetlens-queues';
  const payload = Buffer.concat([
    ...files.map((f) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n\r\n${f.text}\r\n`),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.skipIf(missing.length > 0)('Bull Board on Redis', () => {
  const schema = `budgetlens_queues_${process.pid}_${randomBytes(4).toString('hex')}`;
  const prefix = `bltest-board-${process.pid}-${randomBytes(3).toString('hex')}`;
  const databaseUrl = withSearchPath(PG_URL, schema);
  let store: Store;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    await pgAdmin(`CREATE SCHEMA ${schema}`);
    store = await Store.open({ databaseUrl });
    app = await buildServer({ store, redisUrl: REDIS_URL, queuePrefix: prefix });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    if (store) {
      const producer = new BatchProducer({ connection: { url: REDIS_URL }, prefix, storeId: store.id });
      await producer.obliterate().catch(() => {});
      await producer.close();
    }
    await store?.close();
    await pgAdmin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('lists the batch and document queues of this store with an uploaded batch’s jobs', async () => {
    const csrf = (await app.inject({ method: 'GET', url: '/api/session' })).json().csrf;
    const { payload, contentType } = multipart([{ name: '测试局/自评报告.md', text: REPORT }]);
    const started = await app.inject({
      method: 'POST',
      url: '/api/batches',
      payload,
      headers: { 'content-type': contentType, 'x-budgetlens-csrf': csrf },
    });
    expect(started.statusCode).toBe(200);
    const batchId = started.json().id;
    const documents = documentQueueName(store.id);
    const batches = batchQueueName(store.id);

    const page = await app.inject({ method: 'GET', url: '/admin/queues' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<base href="/admin/queues/"');
    expect(page.body).toContain('<title>budgetlens 队列</title>');
    expect(page.headers['content-security-policy']).toBe(QUEUE_BOARD_CONTENT_SECURITY_POLICY);
    // the rest of the app keeps its own policy
    expect((await app.inject({ method: 'GET', url: '/' })).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await app.inject({ method: 'GET', url: '/api/queue' })).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    // the document job is enqueued right after the upload answers
    let listed: {
      name: string;
      displayName: string;
      counts: Record<string, number>;
      jobs: { id: string; data: { file: string; documentId: number } }[];
    }[] = [];
    await expect
      .poll(
        async () => {
          const api = await app.inject({
            method: 'GET',
            url: `/admin/queues/api/queues?activeQueue=${encodeURIComponent(documents)}&status=latest`,
          });
          listed = api.json().queues;
          return listed.find((q) => q.name === documents)?.jobs.length ?? 0;
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    expect(listed.map((q) => q.name).sort()).toEqual([batches, documents].sort());
    expect(listed.find((q) => q.name === documents)!.jobs[0].data).toMatchObject({ file: '测试局/自评报告.md' });
    expect(listed.find((q) => q.name === documents)!.displayName).toBe('文档 documents');
    // the parent waits for its child: no worker runs in this test
    expect(listed.find((q) => q.name === batches)!.counts['waiting-children']).toBe(1);
    const parent = await app.inject({ method: 'GET', url: `/admin/queues/api/queues/${encodeURIComponent(batches)}/batch-${batchId}` });
    expect(parent.statusCode).toBe(200);
    expect(parent.json().job).toMatchObject({ id: `batch-${batchId}` });
  }, 60_000);

  it('the board’s actions need the CSRF secret, which its pages hand to its axios in a cookie', async () => {
    const documents = encodeURIComponent(documentQueueName(store.id));
    const page = await app.inject({ method: 'GET', url: '/admin/queues' });
    const cookie = page.cookies.find((c) => c.name === BOARD_CSRF_COOKIE)!;
    expect(cookie).toMatchObject({ path: '/admin/queues', sameSite: 'Strict' });
    expect(cookie.httpOnly).toBeFalsy();
    expect((await app.inject({ method: 'PUT', url: `/admin/queues/api/queues/${documents}/pause` })).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'PUT', url: `/admin/queues/api/queues/${documents}/pause`, headers: { 'x-xsrf-token': 'wrong' } }))
        .statusCode,
    ).toBe(403);
    const paused = await app.inject({
      method: 'PUT',
      url: `/admin/queues/api/queues/${documents}/pause`,
      headers: { 'x-xsrf-token': cookie.value },
    });
    expect(paused.statusCode).toBe(200);
    const resumed = await app.inject({
      method: 'PUT',
      url: `/admin/queues/api/queues/${documents}/resume`,
      headers: { 'x-xsrf-token': cookie.value },
    });
    expect(resumed.statusCode).toBe(200);
    // the board's header is no key to the rest of the API
    const csrfElsewhere = await app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { reviewer: '甲' },
      headers: { 'x-xsrf-token': cookie.value },
    });
    expect(csrfElsewhere.statusCode).toBe(403);
  });

  it('without Redis, /admin/queues answers 404 saying the board needs Redis', async () => {
    const plain = await buildServer({ store });
    try {
      for (const url of ['/admin/queues', '/admin/queues/', '/admin/queues/api/queues']) {
        const res = await plain.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json(), url).toEqual(NO_QUEUE_BOARD);
        expect(res.json().message).toMatch(/^队列面板仅在使用 Redis 时可用/);
      }
    } finally {
      await plain.close();
    }
  });

  it.skipIf(!haveChromium)(
    'the board’s page loads in Chromium, shows both queues and the job, and pauses a queue, with no page error or policy violation',
    async () => {
      const browser = await launchChromium();
      try {
        const page = await browser.context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('console', (m) => {
          // its Google Fonts stylesheet is refused on purpose (offline, nothing from elsewhere)
          if (m.type() === 'error' && !m.text().includes('fonts.googleapis.com')) problems.push(m.text());
        });
        await page.goto(`${base}/admin/queues`);
        await page.getByText('文档 documents').first().waitFor({ timeout: 30_000 });
        await page.getByText('批次 batches').first().waitFor();
        await page.getByText('文档 documents').first().click();
        await page.getByText('测试局/自评报告.md').first().waitFor({ timeout: 30_000 });
        // an action of its own (pause, confirmed in its dialog): its axios echoes the CSRF cookie, and the server takes it
        await page.locator('main button[aria-haspopup="menu"]').first().click();
        await page.getByRole('menuitem', { name: /暂停/ }).click();
        const [pause] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/pause')),
          page.locator('[role="alertdialog"] button', { hasText: '确认' }).click(),
        ]);
        expect(pause.status()).toBe(200);
        expect(await pause.request().headerValue('x-xsrf-token')).toBeTruthy();
        await page.getByText('已暂停').first().waitFor();
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, 'queue-board.png'), fullPage: true });
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    90_000,
  );
});
