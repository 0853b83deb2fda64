/**
 * The BullMQ runner against the machine's real Redis (a unique key prefix per run, obliterated
 * afterwards) and real PostgreSQL (a fresh schema per run, dropped afterwards), with real worker
 * processes (`node workers/worker.mjs`). Nothing is mocked. Without Redis or PostgreSQL the file
 * is skipped with a reason; with CI=true it fails instead.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { BatchProducer, documentQueueName } from '../../src/queue/bullmq.ts';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import { Store } from '../../src/store/index.ts';
import { PG_URL, pgAnswers, whenMissing } from '../services.ts';
import { addBatch, markdownVariant, redisAnswers, seedFiles, unreadableFiles } from './helpers.ts';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

const where = (url: string) => new URL(url).host;
const missing = [
  ...((await redisAnswers(REDIS_URL)) ? [] : [`Redis not reachable at ${where(REDIS_URL)} (set REDIS_URL or start it)`]),
  ...((await pgAnswers(PG_URL)) ? [] : [`PostgreSQL not reachable at ${where(PG_URL)} (set DATABASE_URL or start it)`]),
];
whenMissing(missing, 'queue on BullMQ', 'needs a reachable Redis and PostgreSQL', 'the BullMQ tests');

function withSearchPath(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The files, written to a fresh directory; their paths. */
function writeFiles(files: { file: string; bytes: Uint8Array }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-files-'));
  return files.map((f) => {
    writeFileSync(join(dir, f.file), f.bytes);
    return join(dir, f.file);
  });
}

/** The CLI as a user runs it, against this file's Redis prefix. */
function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/budgetlens.mjs', ...args], { env: { ...process.env, REDIS_URL, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

interface SpawnedWorker {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

describe.skipIf(missing.length > 0)('queue on BullMQ', () => {
  const prefix = `bltest-${process.pid}-${randomBytes(3).toString('hex')}`;
  const schema = `budgetlens_queue_${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = withSearchPath(PG_URL, schema);
  const workers: SpawnedWorker[] = [];
  let store: Store;
  let producer: BatchProducer;

  /** A worker process in its own process group (so its sandboxed children can be killed with it). */
  async function spawnWorker(db = databaseUrl): Promise<SpawnedWorker> {
    const child = spawn(process.execPath, ['workers/worker.mjs', '--concurrency', '2'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        REDIS_URL,
        DATABASE_URL: db,
        BUDGETLENS_QUEUE_PREFIX: prefix,
        // short locks so that a killed worker's jobs are recovered in seconds
        BUDGETLENS_LOCK_DURATION_MS: '3000',
        BUDGETLENS_STALLED_INTERVAL_MS: '1000',
        BUDGETLENS_MAX_STALLED_COUNT: '3',
      },
    });
    const output: string[] = [];
    child.stdout!.on('data', (d) => output.push(String(d)));
    child.stderr!.on('data', (d) => output.push(String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const w = { child, output, exited };
    workers.push(w);
    await until('a worker to be ready', 30_000, async () => {
      if (child.exitCode !== null) throw new Error(`worker exited ${child.exitCode}: ${output.join('')}`);
      return output.join('').includes(': ready');
    });
    return w;
  }

  async function documentsQueue<T>(fn: (q: Queue) => Promise<T>): Promise<T> {
    const queue = new Queue(documentQueueName(store.id), { connection: { url: REDIS_URL }, prefix });
    try {
      return await fn(queue);
    } finally {
      await queue.close();
    }
  }

  const alive = () => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  const count = async (sql: string) => Number((await store.db.query(sql))[0].n);

  beforeAll(async () => {
    await admin(`CREATE SCHEMA ${schema}`);
    store = await Store.open({ databaseUrl });
    producer = new BatchProducer({ connection: { url: REDIS_URL }, prefix, storeId: store.id });
    await Promise.all([spawnWorker(), spawnWorker()]);
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) {
      try {
        process.kill(-w.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await producer?.obliterate().catch(() => {});
    await producer?.close();
    await store?.close();
    await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }, 30_000);

  it('200 documents on two workers, one killed mid-batch: every document stored exactly once; enqueueing them again adds nothing', async () => {
    const started = Date.now();
    const files = Array.from({ length: 200 }, (_, i) => markdownVariant(i));
    const { batchId, docs } = await addBatch(store, files, 'two hundred');
    expect(new Set(docs.map((d) => d.documentId)).size).toBe(200);
    expect(await producer.enqueue(batchId, docs)).toEqual({ batchJobId: `batch-${batchId}`, added: 200, skipped: 0, waiting: 0 });

    // kill -9 one worker (and its sandboxed children) while the batch is under way
    const doneAtKill = await until('a quarter of the batch', 60_000, async () => {
      const s = await store.batchStatus(batchId);
      return s.counts.done >= 50 && s.counts.done;
    });
    const victim = workers[0];
    process.kill(-victim.child.pid!, 'SIGKILL');
    await victim.exited;
    expect(doneAtKill).toBeLessThan(200);

    const result = await producer.waitForBatch(batchId, { timeoutMs: 90_000 });
    const elapsed = Date.now() - started;
    // the killed worker's jobs were taken over by the other worker once their locks expired
    const recovered = await documentsQueue(async (q) => (await q.getCompleted(0, -1)).filter((j) => j.stalledCounter > 0).length);
    console.log(`200 documents: ${elapsed} ms (one of two workers killed after ${doneAtKill} done; ${recovered} stalled jobs recovered)`);
    expect(recovered).toBeGreaterThan(0);
    expect(result.batchId).toBe(batchId);
    expect(result.departments).toEqual(['广州市荔湾区人民政府桥中街道办事处']);

    const status = await store.batchStatus(batchId);
    expect(status.counts).toEqual({ queued: 0, processing: 0, done: 200, failed: 0 });
    expect(status.status).toBe('done');
    expect(await count('SELECT count(*) AS n FROM reports')).toBe(200);
    expect(await count('SELECT count(DISTINCT document_id) AS n FROM reports')).toBe(200);
    const records = await store.listRecords({ batchId });
    expect(new Set(records.map((r) => r.sha256))).toEqual(new Set(docs.map((d) => d.sha256)));
    const counts = await producer.counts();
    expect(counts.documents).toMatchObject({ completed: 200, failed: 0, waiting: 0, active: 0, delayed: 0 });

    // the same 200 files again, as a new batch: the same documents, no new job, no new report
    const again = await addBatch(store, files, 'again');
    expect(again.docs.map((d) => d.documentId)).toEqual(docs.map((d) => d.documentId));
    expect(await producer.enqueue(again.batchId, again.docs)).toMatchObject({ added: 0, skipped: 200 });
    await producer.waitForBatch(again.batchId, { timeoutMs: 30_000 });
    // and the same batch again: its finished parent is replaced, nothing hangs
    expect(await producer.enqueue(batchId, docs)).toMatchObject({ added: 0, skipped: 200 });
    expect((await producer.waitForBatch(batchId, { timeoutMs: 30_000 })).batchId).toBe(batchId);
    expect(await count('SELECT count(*) AS n FROM reports')).toBe(200);
    expect((await producer.counts()).documents).toMatchObject({ completed: 200, failed: 0 });
  }, 150_000);

  it('gives the same records as the in-process runner on PGlite', async () => {
    if (alive().length === 0) await spawnWorker();
    const files = [...seedFiles(), ...unreadableFiles()];

    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-queue-'));
    const embedded = await Store.open({ dataDir: dir });
    try {
      const local = await addBatch(embedded, files, 'same');
      const localResult = await new InProcessRunner({ store: embedded, concurrency: 2 }).run(local.batchId, local.docs);

      const remote = await addBatch(store, files, 'same');
      await producer.enqueue(remote.batchId, remote.docs);
      const remoteResult = await producer.waitForBatch(remote.batchId, { timeoutMs: 60_000 });

      const localRecords = await embedded.listRecords({ batchId: local.batchId });
      const remoteRecords = await store.listRecords({ batchId: remote.batchId });
      expect(remoteRecords.length).toBe(seedFiles().length);
      expect(remoteRecords).toEqual(localRecords);
      expect(remoteResult.discrepancies).toEqual(localResult.discrepancies);

      const reasons = async (s: Store, id: number) => (await s.batchStatus(id)).failed.map((f) => [f.file, f.reason]);
      expect(await reasons(store, remote.batchId)).toEqual(await reasons(embedded, local.batchId));
      expect((await store.batchStatus(remote.batchId)).counts).toEqual({
        queued: 0,
        processing: 0,
        done: seedFiles().length,
        failed: unreadableFiles().length,
      });
      // bad input fails at once, not after three attempts
      const failed = await documentsQueue((q) => q.getFailed());
      expect(failed.map((j) => j.data.file).sort()).toEqual(
        unreadableFiles()
          .map((f) => f.file)
          .sort(),
      );
      for (const j of failed) expect(j.attemptsMade).toBe(1);
      // the store knows them as bad input (final), not as internal errors
      expect((await store.batchStatus(remote.batchId)).failed.map((f) => f.kind)).toEqual(unreadableFiles().map(() => 'bad-input'));
    } finally {
      await embedded.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('a batch sharing documents that another batch is still processing finishes after them', async () => {
    if (alive().length === 0) await spawnWorker();
    const files = Array.from({ length: 10 }, (_, i) => markdownVariant(500 + i));
    const first = await addBatch(store, files, 'first');
    const second = await addBatch(store, files, 'second');
    // hold the documents in the queue so that they are still pending when the second batch comes
    await documentsQueue((q) => q.pause());
    try {
      expect(await producer.enqueue(first.batchId, first.docs)).toMatchObject({ added: 10, waiting: 0 });
      expect(await producer.enqueue(second.batchId, second.docs)).toMatchObject({ added: 0, skipped: 0, waiting: 10 });
    } finally {
      await documentsQueue((q) => q.resume());
    }
    const result = await producer.waitForBatch(second.batchId, { timeoutMs: 60_000 });
    expect(result.departments).toEqual(['广州市荔湾区人民政府桥中街道办事处']); // its records were there when it finished
    expect((await store.batchStatus(second.batchId)).counts).toMatchObject({ done: 10, queued: 0, processing: 0 });
    await producer.waitForBatch(first.batchId, { timeoutMs: 60_000 });
    expect(await count(`SELECT count(*) AS n FROM reports WHERE file LIKE 'variant-5%'`)).toBe(10);
  }, 90_000);

  it('a fresh database behind the same Redis stores the same files again; --wait fails when documents are left undone', async () => {
    if (alive().length === 0) await spawnWorker();
    const files = Array.from({ length: 5 }, (_, i) => markdownVariant(700 + i));
    const first = await addBatch(store, files, 'first database');
    await producer.enqueue(first.batchId, first.docs);
    await producer.waitForBatch(first.batchId, { timeoutMs: 60_000 });
    expect((await store.batchStatus(first.batchId)).counts.done).toBe(5);

    // a second schema on the same Redis and prefix, the same files: its batch ids and document ids
    // start again at 1, and it must not find its jobs "already done" by the first database
    const schema2 = `${schema}_b`;
    await admin(`CREATE SCHEMA ${schema2}`);
    const url2 = withSearchPath(PG_URL, schema2);
    const store2 = await Store.open({ databaseUrl: url2 });
    const producer2 = new BatchProducer({ connection: { url: REDIS_URL }, prefix, storeId: store2.id });
    try {
      expect(store2.id).not.toBe(store.id);
      // no worker serves the second database yet: its jobs wait (they are not "already done"), and
      // the CLI's --wait says so instead of exiting 0
      const cli = await runCli(['ingest', '--wait', '--timeout', '3', '--no-progress', ...writeFiles(files)], {
        DATABASE_URL: url2,
        BUDGETLENS_QUEUE_PREFIX: prefix,
      });
      expect(cli.code).toBe(1);
      expect(cli.stderr).toMatch(/batch 1 not finished after 3 s/);
      expect((await producer2.counts()).documents).toMatchObject({ waiting: 5, completed: 0 });
      const worker2 = await spawnWorker(url2);
      await producer2.waitForBatch(1, { timeoutMs: 60_000 });
      expect((await store2.batchStatus(1)).counts).toEqual({ queued: 0, processing: 0, done: 5, failed: 0 });
      expect(Number((await store2.db.query('SELECT count(*) AS n FROM reports'))[0].n)).toBe(5);
      // the first database's worker took none of the second's jobs, nor the other way round
      expect(Number((await store.db.query(`SELECT count(*) AS n FROM reports WHERE file LIKE 'variant-7%'`))[0].n)).toBe(5);
      process.kill(-worker2.child.pid!, 'SIGKILL');
      await worker2.exited;
    } finally {
      await producer2.obliterate().catch(() => {});
      await producer2.close();
      await store2.close();
      await admin(`DROP SCHEMA IF EXISTS ${schema2} CASCADE`);
    }
  }, 120_000);

  it('a worker given SIGTERM finishes and exits 0', async () => {
    const running = alive();
    expect(running.length).toBeGreaterThan(0);
    for (const w of running) w.child.kill('SIGTERM');
    const codes = await Promise.race([Promise.all(running.map((w) => w.exited)), sleep(30_000).then(() => 'timeout' as const)]);
    expect(codes).toEqual(running.map(() => 0));
  }, 40_000);
});
