/**
 * The embedded runner (no REDIS_URL): the same processors as the BullMQ workers, in this process,
 * a few documents at a time. One document's failure never stops the others; transient errors are
 * retried with backoff like the workers do; the batch is finished (carryover.chain) at the end.
 */
import type { Store } from '../store/index.ts';
import { type BatchResult, type DocumentJob, finishBatch, processDocument } from './processors.ts';

export interface Progress {
  done: number;
  failed: number;
  total: number;
  /** The document that just finished. */
  file: string;
}

export interface InProcessRunnerOptions {
  store: Store;
  /** Documents processed at once; default 2. */
  concurrency?: number;
  /** Called after each document, done or failed. */
  onProgress?: (progress: Progress) => void;
  /** Tries per document for transient errors; default 3 (as the workers). */
  attempts?: number;
  /** First retry delay, doubled each retry; default 500 ms. */
  backoffMs?: number;
}

export interface RunResult extends BatchResult {
  done: number;
  failed: number;
  total: number;
}

/** Runs `fn` over `items` with at most `limit` calls in flight. */
export async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class InProcessRunner {
  private readonly store: Store;
  private readonly concurrency: number;
  private readonly onProgress?: (progress: Progress) => void;
  private readonly attempts: number;
  private readonly backoffMs: number;

  constructor({ store, concurrency = 2, onProgress, attempts = 3, backoffMs = 500 }: InProcessRunnerOptions) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number ≥ 1, not ${concurrency}`);
    this.store = store;
    this.concurrency = concurrency;
    this.onProgress = onProgress;
    this.attempts = Math.max(1, attempts);
    this.backoffMs = backoffMs;
  }

  async run(batchId: number, docs: readonly DocumentJob[]): Promise<RunResult> {
    const total = docs.length;
    let done = 0;
    let failed = 0;
    await forEachLimited(docs, this.concurrency, async (doc) => {
      let ok = false;
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        try {
          const result = await processDocument(doc, this.store, { finalAttempt: attempt === this.attempts });
          ok = result.status === 'done';
          break;
        } catch {
          // transient: processDocument marked it failed on the last attempt
          if (attempt < this.attempts) await sleep(this.backoffMs * 2 ** (attempt - 1));
        }
      }
      if (ok) done++;
      else failed++;
      try {
        this.onProgress?.({ done, failed, total, file: doc.file });
      } catch {
        // a progress display must not stop the batch
      }
    });
    const finished = await finishBatch(batchId, this.store);
    return { ...finished, done, failed, total };
  }
}
