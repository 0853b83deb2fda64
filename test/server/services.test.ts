/**
 * The review server on the service backends: the machine's real PostgreSQL (a fresh schema, dropped
 * afterwards) and Redis (a unique key prefix, obliterated afterwards), with BullMQ workers of this
 * process doing the documents an upload enqueues. Upload, queue, an extraction-error decision with
 * reconciliation re-run on PostgreSQL, and the export.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchProducer, startWorkers } from '../../src/queue/bullmq.ts';
import { buildServer } from '../../src/server/app.ts';
import { Store } from '../../src/store/index.ts';
import { redisAnswers } from '../queue/helpers.ts';
import { PG_URL, pgAdmin as admin, pgAnswers, whenMissing, withSearchPath } from '../services.ts';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const missing = [
  ...((await pgAnswers(PG_URL)) ? [] : ['PostgreSQL not reachable at 127.0.0.1:5432 (set DATABASE_URL or start it)']),
  ...((await redisAnswers(REDIS_URL)) ? [] : ['Redis not reachable at 127.0.0.1:6379 (set REDIS_URL or start it)']),
];
whenMissing(missing, 'review server on PostgreSQL and Redis', 'needs PostgreSQL and Redis', 'the service half of the server tests');

describe.skipIf(missing.length > 0)('review server on PostgreSQL and Redis', () => {
  const schema = `budgetlens_server_${process.pid}_${randomBytes(4).toString('hex')}`;
  const prefix = `bltest-server-${process.pid}-${randomBytes(3).toString('hex')}`;
  const databaseUrl = withSearchPath(PG_URL, schema);
  let store: Store;
  let app: FastifyInstance;
  let workers: Awaited<ReturnType<typeof startWorkers>>;

  beforeAll(async () => {
    await admin(`CREATE SCHEMA ${schema}`);
    store = await Store.open({ databaseUrl });
    workers = await startWorkers({ redisUrl: REDIS_URL, store: { databaseUrl }, concurrency: 1, prefix, log: () => {} });
    app = await buildServer({ store, redisUrl: REDIS_URL, queuePrefix: prefix });
    await app.ready();
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await workers?.close();
    if (store) {
      const producer = new BatchProducer({ connection: { url: REDIS_URL }, prefix, storeId: store.id });
      await producer.obliterate().catch(() => {});
      await producer.close();
    }
    await store?.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  });

  it('an upload is done by the workers; a decision re-runs reconciliation on PostgreSQL and shows in the export', async () => {
    expect(store.backend).toBe('postgres');
    const csrf = (await app.inject({ method: 'GET', url: '/api/session' })).json().csrf;
    const boundary = '----budgetlens-services';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="桥中/自评报告.md"\r\n\r\n`),
      readFileSync('fixtures/seed/qiaozhong-2023.md'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const started = await app.inject({
      method: 'POST',
      url: '/api/batches',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-budgetlens-csrf': csrf },
    });
    expect(started.statusCode).toBe(200);
    let batch = started.json();
    while (batch.status !== 'done') {
      await new Promise((r) => setTimeout(r, 200));
      batch = (await app.inject({ method: 'GET', url: `/api/batches/${batch.id}` })).json();
    }
    expect(batch.documents).toMatchObject([{ file: '桥中/自评报告.md', status: 'done' }]);

    const queue = (await app.inject({ method: 'GET', url: '/api/queue' })).json();
    expect(queue.items).toHaveLength(6);
    const fund = queue.items.find((i: { subject: string }) => i.subject === 'expense.governmentFund');
    const decided = await app.inject({
      method: 'POST',
      url: `/api/discrepancies/${fund.id}/decision`,
      payload: { as: 'extraction-error', value: '881.59', who: '张三' },
      headers: { 'x-budgetlens-csrf': csrf },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().item).toMatchObject({ id: fund.id, status: 'extraction-error' });
    const bySource = (await app.inject({ method: 'GET', url: '/api/queue?rule=sum.expenseBySource' })).json().items[0];
    expect(bySource.discrepancy.arithmetic).toContain('5988.67 + 881.59 + 0 = 6870.26');

    const csv = (await app.inject({ method: 'GET', url: '/api/export?what=discrepancies' })).body;
    expect(csv).toMatch(new RegExp(`\\r\\n${fund.id},${fund.documentId},[^]*?,extraction-error,`));
  }, 120_000);
});
