/**
 * The distributed runner: BullMQ on Redis, PostgreSQL as the store every worker shares.
 *
 * One batch is one flow: a parent job `batch` on `budgetlens-batches` with one child `document`
 * per document on `budgetlens-documents`. The documents are processed by DocumentWorker in a
 * sandboxed child process (workers/document-processor.mjs), so a CPU-heavy PDF cannot starve the
 * event loop that renews the job locks; when every child has finished (done or failed), the parent
 * runs finishBatch on a BatchWorker.
 *
 * Decisions:
 * - Both queues are named by the store's identity (Store.id, a UUID made by its first migration):
 *   `budgetlens-documents-<store id>`. Job ids are only unique within a store (document ids, batch
 *   ids), and a fresh database behind a Redis that has seen the same files must not find its jobs
 *   "already done"; workers of one database never take another's jobs.
 * - Within a store's queue, a document's job id is its sha256 plus EXTRACTOR_VERSION: the same
 *   bytes under the same extractor are one job, however many batches carry them. Completed
 *   document jobs are kept in Redis as that memory. A failed one is added afresh when a batch
 *   names it again: callers pass only documents that need work (the store knows which failures
 *   are final, by their failure kind, not by parsing a message).
 * - BullMQ refuses to hang a child under a second parent while the first still exists, and a
 *   parent whose child failed (without ignoreDependencyOnFailure) or whose completed child is
 *   re-added under it after the fact can wait forever. So `enqueue` looks before it adds:
 *   completed jobs and bad-input failures are not added again (a no-op); transient failures are
 *   removed and added afresh; jobs still running for another batch are not added but named in the
 *   parent's data (`waitFor`), and the batch job waits for them before finishing. Children carry
 *   `ignoreDependencyOnFailure`, so an unreadable file never blocks its batch.
 * - Re-enqueueing a batch whose parent already finished removes that parent (never its children)
 *   and adds a fresh one, so `waitForBatch` always has something that will complete.
 * - The store must be PostgreSQL (DATABASE_URL): several processes write it at once, which the
 *   embedded PGlite cannot do. Without REDIS_URL, use the in-process runner instead.
 */
import { fileURLToPath } from 'node:url';
import { DelayedError, FlowProducer, type FlowJob, type Job, type JobsOptions, Queue, Worker, type ConnectionOptions } from 'bullmq';
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import { Store, type StoreOptions } from '../store/index.ts';
import { type BatchResult, type DocumentJob, type DocumentResult, finishBatch } from './processors.ts';

export type { ConnectionOptions } from 'bullmq';
export type { BatchResult, DocumentJob } from './processors.ts';

const BATCH_QUEUE = 'budgetlens-batches';
const DOCUMENT_QUEUE = 'budgetlens-documents';
/** BullMQ's own default, so its tools find the queues without configuration. */
export const DEFAULT_PREFIX = 'bull';
/** The sandboxed processor (an entry point: registers tsx, then runs ./sandboxed.ts). */
const DOCUMENT_PROCESSOR_FILE = fileURLToPath(new URL('../../workers/document-processor.mjs', import.meta.url));
/** How the sandboxed processor learns which store to open. */
export const SANDBOX_STORE_ENV = 'BUDGETLENS_SANDBOX_STORE';

/** Attempts and backoff of a document: transient errors only; bad input is never retried. */
const DOCUMENT_ATTEMPTS = 3;
const DOCUMENT_BACKOFF = { type: 'exponential', delay: 1000 } as const;
const WEEK_SECONDS = 7 * 24 * 3600;

const documentJobId = (sha256: string, extractorVersion: string = EXTRACTOR_VERSION) => `doc-${sha256}-${extractorVersion}`;
/** The queues of one store. */
export const documentQueueName = (storeId: string) => `${DOCUMENT_QUEUE}-${storeId}`;
export const batchQueueName = (storeId: string) => `${BATCH_QUEUE}-${storeId}`;

/** A document job as queued: the store it belongs to travels with it. */
export interface StoreDocumentJob extends DocumentJob {
  storeId: string;
}
const batchJobId = (batchId: number) => `batch-${batchId}`;

/** Redis connection options from a redis:// or rediss:// URL (BullMQ hands `url` to ioredis). */
export function connectionFromUrl(url: string): ConnectionOptions {
  return { url };
}

interface BatchJobData {
  batchId: number;
  /** Document jobs that belong to another batch's flow and are still running: finish after them. */
  waitFor: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── producer ─────────────────────────────────────────────────────────────────────────────────────

export interface BatchProducerOptions {
  connection: ConnectionOptions;
  prefix?: string;
  /** The store the batches belong to (Store.id): names the queues. */
  storeId: string;
}

export interface EnqueueResult {
  /** The parent job's id (`batch-<id>`). */
  batchJobId: string;
  /** Document jobs added (or re-attached to this batch's still-running parent). */
  added: number;
  /** Documents already processed by this extractor version: nothing to do. */
  skipped: number;
  /** Documents being processed for another batch right now: the batch finishes after them. */
  waiting: number;
}

export class BatchProducer {
  private readonly prefix: string;
  private readonly storeId: string;
  private readonly flows: FlowProducer;
  private readonly batches: Queue;
  private readonly documents: Queue;

  constructor({ connection, prefix = DEFAULT_PREFIX, storeId }: BatchProducerOptions) {
    if (!storeId) throw new Error('a BatchProducer needs the store id (Store.id): the queues are named by it');
    this.prefix = prefix;
    this.storeId = storeId;
    this.flows = new FlowProducer({ connection, prefix });
    this.batches = new Queue(batchQueueName(storeId), { connection, prefix });
    this.documents = new Queue(documentQueueName(storeId), { connection, prefix });
    // connection errors surface through the calls themselves; an unheard 'error' event would crash the process
    this.flows.on('error', () => {});
    this.batches.on('error', () => {});
    this.documents.on('error', () => {});
  }

  /** Adds the batch's flow. Re-adding documents (or the whole batch) is a no-op for those already processed. */
  async enqueue(batchId: number, docs: readonly DocumentJob[]): Promise<EnqueueResult> {
    const parentId = batchJobId(batchId);
    const parentKey = `${this.prefix}:${batchQueueName(this.storeId)}:${parentId}`;
    const previous = await this.batches.getJob(parentId);
    let parentRunning = false;
    if (previous) {
      const state = await previous.getState();
      if (state === 'completed' || state === 'failed') await previous.remove({ removeChildren: false });
      else parentRunning = state !== 'unknown';
    }

    const unique = new Map<string, DocumentJob>();
    for (const d of docs) if (!unique.has(documentJobId(d.sha256))) unique.set(documentJobId(d.sha256), d);
    const children: FlowJob[] = [];
    const waitFor: string[] = [];
    let skipped = 0;
    const entries = [...unique];
    for (let i = 0; i < entries.length; i += 200) {
      await Promise.all(
        entries.slice(i, i + 200).map(async ([id, doc]) => {
          const existing = await this.documents.getJob(id);
          const state = existing ? await existing.getState() : 'unknown';
          if (!existing || state === 'unknown') {
            children.push(this.child(id, doc));
          } else if (state === 'completed') {
            skipped++;
          } else if (state === 'failed') {
            // the caller says it needs work (an internal error, or a batch added by hand): a new chance
            await existing.remove();
            children.push(this.child(id, doc));
          } else if (existing.parentKey === parentKey && parentRunning) {
            children.push(this.child(id, doc)); // already this batch's: BullMQ keeps one job
          } else {
            waitFor.push(id);
          }
        }),
      );
    }

    const data: BatchJobData = { batchId, waitFor };
    await this.flows.add({
      name: 'batch',
      queueName: batchQueueName(this.storeId),
      data,
      opts: {
        jobId: parentId,
        attempts: 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: WEEK_SECONDS },
        removeOnFail: { age: WEEK_SECONDS },
      },
      children,
    });
    return { batchJobId: parentId, added: children.length, skipped, waiting: waitFor.length };
  }

  private child(jobId: string, doc: DocumentJob): FlowJob {
    const opts: JobsOptions = {
      jobId,
      attempts: DOCUMENT_ATTEMPTS,
      backoff: DOCUMENT_BACKOFF,
      ignoreDependencyOnFailure: true,
      removeOnComplete: false,
      removeOnFail: false,
    };
    const data: StoreDocumentJob = { documentId: doc.documentId, sha256: doc.sha256, file: doc.file, storeId: this.storeId };
    return { name: 'document', queueName: documentQueueName(this.storeId), data, opts };
  }

  /** Resolves with the batch job's result once it has completed; rejects when it failed or on timeout. */
  async waitForBatch(
    batchId: number,
    { timeoutMs = 3_600_000, pollMs = 200 }: { timeoutMs?: number; pollMs?: number } = {},
  ): Promise<BatchResult> {
    const id = batchJobId(batchId);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.batches.getJob(id);
      if (!job) throw new Error(`batch ${batchId} is not queued (no job ${id})`);
      const state = await job.getState();
      // the job was read before its state: a parent that completed in between (a batch with nothing
      // left to do completes at once) still shows no return value, so it is read again
      if (state === 'completed') {
        const done = job.returnvalue ?? (await this.batches.getJob(id))?.returnvalue;
        if (done) return done as BatchResult;
      }
      if (state === 'failed') throw new Error(`batch ${batchId} failed: ${job.failedReason}`);
      if (Date.now() >= deadline) {
        const counts = await this.documents.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        throw new Error(
          `batch ${batchId} not finished after ${Math.round(timeoutMs / 1000)} s (job ${state}; documents queue: ${JSON.stringify(counts)})`,
        );
      }
      await sleep(Math.min(pollMs, Math.max(0, deadline - Date.now())));
    }
  }

  /** Job counts of both queues, for status displays and tests. */
  async counts(): Promise<{ batches: { [state: string]: number }; documents: { [state: string]: number } }> {
    const states = ['waiting', 'waiting-children', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;
    return { batches: await this.batches.getJobCounts(...states), documents: await this.documents.getJobCounts(...states) };
  }

  /** Removes both queues and all their jobs (tests, or starting over). */
  async obliterate(): Promise<void> {
    await this.batches.obliterate({ force: true });
    await this.documents.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.flows.close(), this.batches.close(), this.documents.close()]);
  }
}

// ── workers ──────────────────────────────────────────────────────────────────────────────────────

export interface WorkerSettings {
  prefix?: string;
  /** How long a job's lock lasts without renewal (renewed every half of it); default 30 s. */
  lockDurationMs?: number;
  /** How often a worker looks for jobs whose lock expired (their worker died); default 30 s. */
  stalledIntervalMs?: number;
  /** Recoveries from a stalled state before a job fails; default 2. */
  maxStalledCount?: number;
}

/** Worker settings from BUDGETLENS_QUEUE_PREFIX, BUDGETLENS_LOCK_DURATION_MS, BUDGETLENS_STALLED_INTERVAL_MS, BUDGETLENS_MAX_STALLED_COUNT. */
export function workerSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  const int = (name: string) => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${v}`);
    return n;
  };
  return {
    prefix: env.BUDGETLENS_QUEUE_PREFIX || undefined,
    lockDurationMs: int('BUDGETLENS_LOCK_DURATION_MS'),
    stalledIntervalMs: int('BUDGETLENS_STALLED_INTERVAL_MS'),
    maxStalledCount: int('BUDGETLENS_MAX_STALLED_COUNT'),
  };
}

function requirePostgres(store: StoreOptions): void {
  if (!store.databaseUrl) {
    throw new Error(
      'BullMQ workers need PostgreSQL (DATABASE_URL): several processes write the store at once, which the embedded store cannot do. ' +
        'Without REDIS_URL, `budgetlens ingest` processes documents itself.',
    );
  }
}

function baseWorkerOptions(connection: ConnectionOptions, s: WorkerSettings) {
  return {
    connection,
    prefix: s.prefix ?? DEFAULT_PREFIX,
    lockDuration: s.lockDurationMs ?? 30_000,
    stalledInterval: s.stalledIntervalMs ?? 30_000,
    maxStalledCount: s.maxStalledCount ?? 2,
  };
}

type Log = (message: string) => void;
const defaultLog: Log = (m) => process.stderr.write(`${m}\n`);

interface DocumentWorkerOptions extends WorkerSettings {
  connection: ConnectionOptions;
  /** The store's identity (Store.id): which queue to take jobs from. */
  storeId: string;
  /** Documents processed at once (one sandboxed child process each); default 2. */
  concurrency?: number;
  /** The shared store (PostgreSQL). */
  store: StoreOptions;
  /** Override of the sandboxed processor file (tests). */
  processorFile?: string;
  log?: Log;
}

/** Processes `document` jobs in sandboxed child processes. */
class DocumentWorker {
  readonly worker: Worker<DocumentJob, DocumentResult>;
  private readonly storeOptions: StoreOptions;
  private store?: Promise<Store>;
  private readonly log: Log;

  constructor({
    connection,
    concurrency = 2,
    store,
    storeId,
    processorFile = DOCUMENT_PROCESSOR_FILE,
    log = defaultLog,
    ...settings
  }: DocumentWorkerOptions) {
    requirePostgres(store);
    this.storeOptions = store;
    this.log = log;
    this.worker = new Worker<DocumentJob, DocumentResult>(documentQueueName(storeId), processorFile, {
      ...baseWorkerOptions(connection, settings),
      concurrency,
      useWorkerThreads: false,
      workerForkOptions: { env: { ...process.env, [SANDBOX_STORE_ENV]: JSON.stringify(store) } },
    });
    this.worker.on('error', (e) => this.log(`document worker: ${e.message}`));
    this.worker.on('failed', (job, err) => {
      if (job) void this.failed(job, err);
    });
  }

  /**
   * The processor marks its own failures; this catches those it could not: a job that stalled too
   * often or whose child process died on the last attempt.
   */
  private async failed(job: Job<DocumentJob>, err: Error): Promise<void> {
    try {
      if ((await job.getState()) !== 'failed') return; // will be retried
      const store = await (this.store ??= Store.open(this.storeOptions));
      const doc = await store.getDocument(job.data.documentId);
      if (doc && doc.status !== 'failed' && doc.status !== 'done') {
        await store.markFailed(job.data.documentId, `internal: ${err.message}`, undefined, 'internal');
      }
    } catch (e) {
      this.log(`document worker: could not record the failure of ${job.data.file}: ${(e as Error).message}`);
    }
  }

  /** Waits for the running documents to finish, then stops (the child processes too). */
  async close(): Promise<void> {
    await this.worker.close();
    if (this.store) await (await this.store.catch(() => null))?.close();
  }
}

interface BatchWorkerOptions extends WorkerSettings {
  connection: ConnectionOptions;
  store: StoreOptions;
  /** The store's identity (Store.id): which queues to use. */
  storeId: string;
  /** How often a batch waiting for another batch's documents looks again; default 1 s. */
  recheckMs?: number;
  log?: Log;
}

/** Runs finishBatch when every document of a batch has finished. */
class BatchWorker {
  readonly worker: Worker<BatchJobData, BatchResult>;
  private store?: Promise<Store>;
  private readonly documents: Queue;

  constructor({ connection, store, storeId, recheckMs = 1000, log = defaultLog, ...settings }: BatchWorkerOptions) {
    requirePostgres(store);
    const options = baseWorkerOptions(connection, settings);
    this.documents = new Queue(documentQueueName(storeId), { connection, prefix: options.prefix });
    this.documents.on('error', () => {});
    this.worker = new Worker<BatchJobData, BatchResult>(
      batchQueueName(storeId),
      async (job, token) => {
        for (const id of job.data.waitFor ?? []) {
          const state = await (await this.documents.getJob(id))?.getState();
          if (state && state !== 'completed' && state !== 'failed' && state !== 'unknown') {
            await job.moveToDelayed(Date.now() + recheckMs, token);
            throw new DelayedError();
          }
        }
        const s = await (this.store ??= Store.open(store).catch((e) => {
          this.store = undefined;
          throw e;
        }));
        return finishBatch(job.data.batchId, s);
      },
      { ...options, concurrency: 1 },
    );
    this.worker.on('error', (e) => log(`batch worker: ${e.message}`));
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.documents.close();
    if (this.store) await (await this.store.catch(() => null))?.close();
  }
}

export interface WorkersOptions extends WorkerSettings {
  redisUrl: string;
  store: StoreOptions;
  concurrency?: number;
  log?: Log;
}

/** Both workers of one worker process (what `node workers/worker.mjs` and `budgetlens worker` run). */
export async function startWorkers({ redisUrl, store, concurrency = 2, log = defaultLog, ...settings }: WorkersOptions) {
  requirePostgres(store);
  // migrate once here, not in every child process at the same time; learn the store's identity
  const opened = await Store.open(store);
  const storeId = opened.id;
  await opened.close();
  const connection = connectionFromUrl(redisUrl);
  const documents = new DocumentWorker({ connection, store, storeId, concurrency, log, ...settings });
  const batches = new BatchWorker({ connection, store, storeId, log, ...settings });
  await Promise.all([documents.worker.waitUntilReady(), batches.worker.waitUntilReady()]);
  let closing: Promise<void> | undefined;
  return {
    documents,
    batches,
    /** Graceful: running documents finish, nothing new is taken. */
    close: () => (closing ??= Promise.all([documents.close(), batches.close()]).then(() => {})),
  };
}
