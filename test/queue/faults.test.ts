/**
 * Faults with real services (issue 16): the queue's Redis and the store's PostgreSQL are killed or
 * restarted in the middle of a batch that real worker processes are working through. These are
 * servers of the test's own (test/throwaway.ts), started on free ports and thrown away afterwards;
 * the machine's shared Redis and PostgreSQL are never touched. Each test ends with the count check:
 * every file of the batch done or failed with its reason, exactly once, and the records the same as
 * a clean run's (the same files through the in-process runner, into a database of their own).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Record } from '../../src/model/record.ts';
import { Queue } from 'bullmq';
import { BatchProducer, documentQueueName } from '../../src/queue/bullmq.ts';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import { Store } from '../../src/store/index.ts';
import { whenMissing } from '../services.ts';
import { OwnPostgres, OwnRedis } from '../throwaway.ts';
import { addBatch, type InputFile, markdownVariant, seedFiles, unreadableFiles } from './helpers.ts';

const missing = [...OwnRedis.missing(), ...OwnPostgres.missing()];
whenMissing(missing, 'faults with real services', 'needs redis-server, initdb and pg_ctl', 'the fault tests');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // a probe may fail while a server is down: that is what these tests do to it
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** The batch: distinct Markdown reports, the seed in every format, and files no reader accepts. */
function batchFiles(): InputFile[] {
  return [...Array.from({ length: 40 }, (_, i) => markdownVariant(900 + i)), ...seedFiles(), ...unreadableFiles()];
}

/** Records as compared across runs: discrepancy ids come from a sequence, which a rolled-back retry advances. */
function comparable(records: Record[]): Record[] {
  return records.map((r) => ({ ...r, discrepancies: r.discrepancies.map(({ id: _id, ...d }) => d as typeof d) }));
}

describe.skipIf(missing.length > 0)('faults with real services', () => {
  let redis: OwnRedis;
  let postgres: OwnPostgres;
  let clean: Record[];
  let cleanFailed: [string, string | null][];
  const workers: ChildProcess[] = [];
  let database = 0;

  async function freshDatabase(): Promise<string> {
    const name = `faults_${++database}`;
    const client = new pg.Client({ connectionString: postgres.url() });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return postgres.url(name);
  }

  async function spawnWorker(databaseUrl: string): Promise<void> {
    const child = spawn(process.execPath, ['workers/worker.mjs', '--concurrency', '2'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        REDIS_URL: redis.url,
        DATABASE_URL: databaseUrl,
        BUDGETLENS_LOCK_DURATION_MS: '3000',
        BUDGETLENS_STALLED_INTERVAL_MS: '1000',
        BUDGETLENS_MAX_STALLED_COUNT: '3',
      },
    });
    workers.push(child);
    const output: string[] = [];
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    await until('a worker to be ready', 60_000, async () => {
      if (child.exitCode !== null) throw new Error(`worker exited ${child.exitCode}: ${output.join('')}`);
      return output.join('').includes(': ready');
    });
  }

  function killWorkers(): void {
    for (const w of workers.splice(0)) {
      try {
        process.kill(-w.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([OwnRedis.start(), OwnPostgres.start()]);
    // the clean run: the same files, no fault, the in-process runner
    const store = await Store.open({ databaseUrl: await freshDatabase() });
    try {
      const { batchId, docs } = await addBatch(store, batchFiles(), 'faults');
      await new InProcessRunner({ store, concurrency: 2 }).run(batchId, docs);
      clean = comparable(await store.listRecords({ batchId }));
      cleanFailed = (await store.batchStatus(batchId)).failed.map((f) => [f.file, f.reason]);
    } finally {
      await store.close();
    }
  }, 180_000);

  afterAll(async () => {
    killWorkers();
    await Promise.allSettled([redis?.stop(), postgres?.stop()]);
  }, 60_000);

  /** Runs the batch on two worker processes, does `fault` once a quarter of it is done, and checks the outcome. */
  async function batchThrough(fault: () => Promise<void>): Promise<{ doneAtFault: number; retried: number }> {
    const databaseUrl = await freshDatabase();
    const store = await Store.open({ databaseUrl });
    const producer = new BatchProducer({ connection: { url: redis.url }, storeId: store.id });
    try {
      await Promise.all([spawnWorker(databaseUrl), spawnWorker(databaseUrl)].map((p) => p.then(() => {})));
      const files = batchFiles();
      const { batchId, docs } = await addBatch(store, files, 'faults');
      await producer.enqueue(batchId, docs);
      const total = docs.length;
      const doneAtFault = await until('a quarter of the batch', 120_000, async () => {
        const { counts } = await store.batchStatus(batchId);
        return counts.done + counts.failed >= total / 4 && counts.done + counts.failed;
      });
      await fault();
      // every document accounted for (polled on the store: the queue may still be reconnecting)
      await until('every document to be done or failed', 180_000, async () => {
        const { counts } = await store.batchStatus(batchId);
        return counts.queued === 0 && counts.processing === 0;
      });
      await until('the batch job', 60_000, () => producer.waitForBatch(batchId, { timeoutMs: 5_000 }));

      const status = await store.batchStatus(batchId);
      const good = files.length - unreadableFiles().length;
      expect(status.counts).toEqual({ queued: 0, processing: 0, done: good, failed: unreadableFiles().length });
      expect(status.failed.map((f) => [f.file, f.reason])).toEqual(cleanFailed);
      const [{ n, distinct }] = await store.db.query(
        'SELECT count(*)::int AS n, count(DISTINCT document_id)::int AS distinct FROM reports',
      );
      expect({ n, distinct }).toEqual({ n: good, distinct: good });
      expect(comparable(await store.listRecords({ batchId }))).toEqual(clean);
      expect((await producer.counts()).documents).toMatchObject({
        completed: good,
        failed: unreadableFiles().length,
        waiting: 0,
        active: 0,
        delayed: 0,
      });
      // how many documents the fault reached: tried again after an error, or taken over after a lost lock
      const queue = new Queue(documentQueueName(store.id), { connection: { url: redis.url } });
      const jobs = [...(await queue.getCompleted(0, -1)), ...(await queue.getFailed(0, -1))];
      await queue.close();
      return { doneAtFault, retried: jobs.filter((j) => j.attemptsMade > 1 || j.stalledCounter > 0).length };
    } finally {
      killWorkers();
      await producer.obliterate().catch(() => {});
      await producer.close();
      await store.close();
    }
  }

  it('Redis killed (kill -9) and restarted mid-batch: the workers reconnect, the batch finishes, nothing lost or duplicated', async () => {
    const { doneAtFault, retried } = await batchThrough(async () => {
      await redis.crash();
      await sleep(2000);
      await redis.restart();
    });
    console.log(
      `Redis killed after ${doneAtFault} of ${batchFiles().length} documents, restarted 2 s later; ${retried} documents retried or recovered`,
    );
  }, 300_000);

  it('PostgreSQL restarted (immediate: every connection cut) mid-batch: the affected jobs retry, no half-written report', async () => {
    const { doneAtFault, retried } = await batchThrough(() => postgres.restart());
    console.log(`PostgreSQL restarted after ${doneAtFault} of ${batchFiles().length} documents; ${retried} documents retried or recovered`);
  }, 300_000);
});
