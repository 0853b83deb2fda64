/**
 * The embedded runner (no REDIS_URL): the same processors as the BullMQ workers, in this process,
 * a few documents at a time. One document's failure never stops the others; transient errors are
 * retried with backoff like the workers do; the batch is finished (carryover.chain) at the end.
 */
import { type CoreLimits, type DocumentCore, IsolatedCore } from '../pipeline/isolated.ts';
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
  /**
   * Core threads that outlive the run (a long-running process's, started once): the caller owns
   * them and closes them. Without it, each run starts its own (`limits`, `concurrency` threads).
   */
  core?: DocumentCore;
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

/**
 * Runs `fn` over `items` with at most `limit` calls in flight. `items` may be an async iterable
 * (documents stored while the first ones are read): each free lane takes the next one as it comes.
 */
export async function forEachLimited<T>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  const known = Array.isArray(items) ? items.length : Infinity;
  const it: Iterator<T> | AsyncIterator<T> =
    Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  // one pull at a time: an iterator is not asked for its next item before it gave the last one
  let pulling: Promise<unknown> = Promise.resolve();
  const next = (): Promise<IteratorResult<T>> => {
    const p = pulling.then(() => it.next());
    pulling = p.catch(() => {});
    return p;
  };
  let ended = false;
  const lane = async () => {
    while (!ended) {
      const r = await next();
      if (r.done) {
        ended = true;
        return;
      }
      await fn(r.value);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, known)) }, lane));
}

/**
 * `source` drained ahead of its reader, into a buffer read in order: what produces the documents
 * (storing each original) runs up to `ahead` items in front of what reads them, instead of waiting
 * for a lane to ask. Not further: the embedded store is one connection, and a producer storing the
 * whole batch ahead queued its writes in front of the first results (the first result of 1,000
 * inputs came after 15 s). `produced` is how many it has given so far (a progress total).
 */
export function eager<T>(source: AsyncIterable<T>, ahead = 8): AsyncIterable<T> & { readonly produced: number } {
  const buffer: T[] = [];
  let read = 0;
  let finished = false;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  let room: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  void (async () => {
    try {
      for await (const item of source) {
        buffer.push(item);
        signal();
        while (buffer.length - read >= ahead) await new Promise<void>((resolve) => (room = resolve));
      }
    } catch (error) {
      failure = { error };
    } finally {
      finished = true;
      signal();
    }
  })();
  return {
    get produced() {
      return buffer.length;
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (read < buffer.length) {
          const item = buffer[read++];
          const r = room;
          room = null;
          r?.();
          yield item;
          continue;
        }
        if (failure) throw (failure as { error: unknown }).error;
        if (finished) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
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
  private readonly given?: DocumentCore;

  constructor({
    store,
    concurrency = 2,
    onProgress,
    onPageProgress,
    attempts = 3,
    backoffMs = 500,
    limits,
    log,
    core,
  }: InProcessRunnerOptions) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number ≥ 1, not ${concurrency}`);
    this.store = store;
    this.concurrency = concurrency;
    this.onProgress = onProgress;
    this.onPageProgress = onPageProgress;
    this.attempts = Math.max(1, attempts);
    this.backoffMs = backoffMs;
    this.limits = limits;
    this.log = log;
    this.given = core;
  }

  /**
   * Stops the run (Ctrl-C): no document is started any more and the running ones are cut short;
   * they stay unfinished in the store (not failed), so running the same ingest again resumes them.
   * A core given by the caller is not the runner's to close: its running documents finish.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.core?.close();
  }

  /**
   * Reads `docs` and finishes the batch. `docs` may be an async iterable that yields each document
   * once its original is stored: the first ones are read while the rest are still being stored,
   * and only the documents being read are in memory (progress counts the documents seen so far).
   */
  async run(batchId: number, docs: readonly DocumentJob[] | AsyncIterable<DocumentJob>): Promise<RunResult> {
    let total = Array.isArray(docs) ? docs.length : 0;
    const counted: Iterable<DocumentJob> | AsyncIterable<DocumentJob> = Array.isArray(docs)
      ? docs
      : (async function* () {
          for await (const doc of docs as AsyncIterable<DocumentJob>) {
            total++;
            yield doc;
          }
        })();
    let done = 0;
    let failed = 0;
    let internal = 0;
    let notStarted = 0;
    // threads are started as documents need them, so a one-document batch starts one
    const own = this.given ? undefined : new IsolatedCore({ threads: this.concurrency, limits: this.limits });
    this.core = own;
    const core = this.given ?? (own as IsolatedCore);
    try {
      await forEachLimited(counted, this.concurrency, async (doc) => {
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
      await own?.close();
    }
    const finished = await finishBatch(batchId, this.store);
    return { ...finished, done, failed, internal, notStarted, total };
  }
}
