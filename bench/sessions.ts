/**
 * The two runners as the benchmarks drive them: a store (and, for BullMQ, workers and a producer)
 * opened once, then any number of batches through it, each timed from its first document handed
 * over to its batch finished. Shared by `npm run bench` (bench/run.ts) and bench/queue-overhead.ts.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { BenchFile } from './corpus.ts';
import { IsolatedCore } from '../src/pipeline/isolated.ts';
import { sha256 } from '../src/parse/sha256.ts';
import { InProcessRunner } from '../src/queue/inprocess.ts';
import type { DocumentJob } from '../src/queue/processors.ts';
import { Store } from '../src/store/index.ts';

export const pgUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

export interface Session {
  /** Stores `files` as a new batch (untimed), then runs it: the milliseconds the run took. */
  run(files: BenchFile[]): Promise<number>;
  close(): Promise<void>;
}

export async function addAll(store: Store, files: BenchFile[], label: string): Promise<{ batchId: number; docs: DocumentJob[] }> {
  const { id: batchId } = await store.createBatch(label);
  const docs: DocumentJob[] = [];
  for (const f of files) {
    const hash = sha256(f.bytes);
    const { documentId } = await store.addDocument(batchId, { sha256: hash, file: f.name, bytes: f.bytes });
    docs.push({ documentId, sha256: hash, file: f.name });
  }
  return { batchId, docs };
}

/** A schema of its own on the benchmark's PostgreSQL, dropped afterwards: `fn` gets its URL. */
export async function withSchema<T>(fn: (databaseUrl: string) => Promise<T>): Promise<T> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    return await fn(`${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => {});
    await admin.end();
  }
}

/**
 * The embedded runner on a new store under `dir`. `keepCore`: the core threads outlive each run
 * (what a long-running process has), so that a run is not charged for starting them; otherwise
 * each run starts its own, as one `budgetlens ingest` does.
 */
export async function embeddedSession(dir: string, concurrency: number, { keepCore = true } = {}): Promise<Session> {
  const store = await Store.open({ dataDir: dir });
  const core = keepCore ? new IsolatedCore({ threads: concurrency }) : undefined;
  return {
    async run(files) {
      const { batchId, docs } = await addAll(store, files, `bench c${concurrency}`);
      return time(() => new InProcessRunner({ store, concurrency, core }).run(batchId, docs));
    },
    async close() {
      await core?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** BullMQ on Redis and PostgreSQL (`databaseUrl`): one worker process's workers at `concurrency`, and a producer. */
export async function queueSession(databaseUrl: string, concurrency: number): Promise<Session> {
  const { BatchProducer, connectionFromUrl, startWorkers } = await import('../src/queue/bullmq.ts');
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const store = await Store.open({ databaseUrl });
  const workers = await startWorkers({ redisUrl, store: { databaseUrl }, concurrency, prefix, log: () => {} });
  const producer = new BatchProducer({ connection: connectionFromUrl(redisUrl), prefix, storeId: store.id });
  return {
    async run(files) {
      const { batchId, docs } = await addAll(store, files, `bench workers ${concurrency}`);
      return time(async () => {
        await producer.enqueue(batchId, docs);
        await producer.waitForBatch(batchId, { timeoutMs: 300_000, pollMs: 5 });
      });
    },
    async close() {
      await producer.obliterate().catch(() => {});
      await producer.close();
      await workers.close();
      await store.close();
    },
  };
}
