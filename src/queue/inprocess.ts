/**
 * The embedded runner (no REDIS_URL): the same processors as the BullMQ workers, in this process,
 * a few documents at a time. One document's failure never stops the others; transient errors are
 * retried with backoff like the workers do; the batch is finished (carryover.chain) at the end.
 */
import { type CoreLimits, IsolatedCore } from '../pipeline/isolated.ts';
import type { OcrProgress } from '../parse/pdf/ocr.ts';
import type { Store } from '../store/index.ts';
import { type BatchResult, type DocumentJob, finishBatch, processDocument } from './processors.ts';

export interface Progress {
  done: number;
  failed: number;
  total: number;
  /** The document that just finished. */
  file: string;
}

/** A page of a scanned document OCRed: `done` of its `total` pages without a text layer. */
export interface PageProgress extends OcrProgress {
  file: string;
}

export interface InProcessRunnerOptions {
  store: Store;
  /** Documents processed at once; default 2. */
  concurrency?: number;
  /** Called after each document, done or failed. */
  onProgress?: (progress: Progress) => void;
  /** Called after each page OCRed (scanned documents only). */
  onPageProgress?: (progress: PageProgress) => void;
  /** Tries per document for transient errors; default 3 (as the workers). */
  attempts?: number;
  /** First retry delay, doubled each retry; default 500 ms. */
  backoffMs?: number;
  /** Per-document time and memory limits of the core threads (default DEFAULT_CORE_LIMITS). */
  limits?: Partial<CoreLimits>;
  /** Where internal errors are logged with their stack; default stderr. */
  log?: (message: string) => void;
}

export interface RunResult extends BatchResult {
  done: number;
  failed: number;
  /** Of the failed, those that failed by an internal error (budgetlens's fault, not the file's). */
  internal: number;
  /** Documents not started because the run was stopped. */
  notStarted: number;
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
  private readonly onPageProgress?: (progress: PageProgress) => void;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly limits?: Partial<CoreLimits>;
  private readonly log?: (message: string) => void;
  private stopped = false;
  private core?: IsolatedCore;

  constructor({ store, concurrency = 2, onProgress, onPageProgress, attempts = 3, backoffMs = 500, limits, log }: InProcessRunnerOptions) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number ≥ 1, not ${concurrency}`);
    this.store = store;
    this.concurrency = concurrency;
    this.onProgress = onProgress;
    this.onPageProgress = onPageProgress;
    this.attempts = Math.max(1, attempts);
    this.backoffMs = backoffMs;
    this.limits = limits;
    this.log = log;
  }

  /**
   * Stops the run (Ctrl-C): no document is started any more and the running ones are cut short;
   * they stay unfinished in the store (not failed), so running the same ingest again resumes them.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.core?.close();
  }

  async run(batchId: number, docs: readonly DocumentJob[]): Promise<RunResult> {
    const total = docs.length;
    let done = 0;
    let failed = 0;
    let internal = 0;
    let notStarted = 0;
    const core = new IsolatedCore({ threads: Math.min(this.concurrency, Math.max(1, docs.length)), limits: this.limits });
    this.core = core;
    try {
      await forEachLimited(docs, this.concurrency, async (doc) => {
        if (this.stopped) {
          notStarted++;
          return;
        }
        let ok = false;
        let internalError = false;
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
          try {
            const finalAttempt = attempt === this.attempts;
            const onPage = this.onPageProgress && ((p: OcrProgress) => this.onPageProgress?.({ ...p, file: doc.file }));
            const result = await processDocument(doc, this.store, { core, finalAttempt, log: this.stopped ? () => {} : this.log, onPage });
            ok = result.status === 'done';
            internalError = false;
            break;
          } catch {
            // internal: processDocument logged it, and marked it failed on the last attempt
            internalError = true;
            if (this.stopped || attempt === this.attempts) break;
            await sleep(this.backoffMs * 2 ** (attempt - 1));
          }
        }
        if (this.stopped && !ok) {
          notStarted++; // cut short by stop(): left for the next run, not a failure of the file
          return;
        }
        if (ok) done++;
        else failed++;
        if (internalError) internal++;
        try {
          this.onProgress?.({ done, failed, total, file: doc.file });
        } catch {
          // a progress display must not stop the batch
        }
      });
    } finally {
      await core.close();
    }
    const finished = await finishBatch(batchId, this.store);
    return { ...finished, done, failed, internal, notStarted, total };
  }
}
