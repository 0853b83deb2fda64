/**
 * The core, run in worker threads with a time and a memory limit per document.
 *
 * Why threads: one pathological file (50 MB of Markdown on one line, a PDF with 10,000 pages) could
 * otherwise hold the process for minutes at gigabytes, ignore signals and starve its event loop
 * (which also keeps the embedded store's lock fresh). A thread is stopped with terminate() when a
 * document exceeds its time, and V8 stops it itself when its heap exceeds the memory limit; either
 * way the document fails with a typed reason and the thread is replaced for the next one.
 *
 * Threads are reused across documents (starting one costs a few hundred ms of module loading).
 */
import { Worker } from 'node:worker_threads';
import { CheckedRecord, type Record } from '../model/record.ts';
import { ParseError, type ParseErrorCode } from '../parse/errors.ts';
import { type OcrProgress, ocrSlotsBuffer } from '../parse/pdf/ocr.ts';
import { InternalError } from './errors.ts';
import type { CoreReply, CoreRequest } from './thread.ts';

/** The thread's first message (src/pipeline/thread.ts: READY); not imported, that module runs only in a thread. */
const READY = 'budgetlens-core-ready';

export interface CoreLimits {
  /** Wall time for one document, from the moment its thread takes it. */
  timeoutMs: number;
  /** Heap (V8 old generation) of one document's thread, in MB. */
  memoryMb: number;
}

/** 120 s: the 11-page seed PDF takes under half a second; a 600-page report a minute on a slow core. */
export const DEFAULT_CORE_LIMITS: CoreLimits = { timeoutMs: 120_000, memoryMb: 1024 };

export const TIMEOUT_ENV = 'BUDGETLENS_DOCUMENT_TIMEOUT';
export const MEMORY_ENV = 'BUDGETLENS_DOCUMENT_MEMORY_MB';

/** Limits from BUDGETLENS_DOCUMENT_TIMEOUT (seconds) and BUDGETLENS_DOCUMENT_MEMORY_MB; unset means the default. */
export function coreLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): CoreLimits {
  const positive = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${v}"`);
    return n;
  };
  return {
    timeoutMs: Math.round(positive(TIMEOUT_ENV, DEFAULT_CORE_LIMITS.timeoutMs / 1000) * 1000),
    memoryMb: Math.round(positive(MEMORY_ENV, DEFAULT_CORE_LIMITS.memoryMb)),
  };
}

/**
 * What the core gives for one document when budgetlens did not fail (that throws an InternalError):
 * the record, and the report's sentences, which reconciliation reads again when a reviewer's
 * corrections are applied (the Document itself stays in the thread).
 */
export type CoreOutcome = { ok: true; record: Record; checked?: CheckedRecord; sentences: string[] } | { ok: false; error: ParseError };

/** Told of each page OCRed while a document is read. */
export interface CoreProgress {
  onPage?: (p: OcrProgress) => void;
}

/** Anything that turns a document's bytes into an outcome: the isolated core, or the core itself in tests. */
export interface DocumentCore {
  process(bytes: Uint8Array, file: string, progress?: CoreProgress): Promise<CoreOutcome>;
}

/** One count of running Tesseract processes for every core thread of this process (src/parse/pdf/ocr.ts). */
const OCR_SLOTS = ocrSlotsBuffer();

const THREAD_FILE = new URL('../../workers/core-thread.mjs', import.meta.url);

export class IsolatedCore implements DocumentCore {
  readonly limits: CoreLimits;
  private readonly size: number;
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: { resolve: (w: Worker) => void; reject: (e: Error) => void }[] = [];
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor({ threads = 1, limits = DEFAULT_CORE_LIMITS }: { threads?: number; limits?: Partial<CoreLimits> } = {}) {
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a whole number ≥ 1, not ${threads}`);
    this.size = threads;
    this.limits = { ...DEFAULT_CORE_LIMITS, ...limits };
  }

  async process(bytes: Uint8Array, file: string, progress: CoreProgress = {}): Promise<CoreOutcome> {
    if (this.closed) throw new InternalError(file, 'the document core was closed');
    let worker: Worker;
    try {
      worker = await this.acquire();
    } catch (e) {
      throw new InternalError(file, `no core thread could be started: ${(e as Error).message}`, { cause: e });
    }
    const id = this.nextId++;
    const { timeoutMs, memoryMb } = this.limits;
    return new Promise<CoreOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (keep: boolean, result: () => CoreOutcome | Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (keep) this.release(worker);
        else this.discard(worker);
        const r = result();
        if (r instanceof Error) reject(r);
        else resolve(r);
      };
      const onMessage = (reply: CoreReply) => {
        if (reply.id !== id) return;
        if ('progress' in reply) {
          try {
            progress.onPage?.(reply.progress);
          } catch {
            // a progress display must not stop the document
          }
          return;
        }
        if ('internal' in reply) {
          const cause = Object.assign(new Error(reply.internal.message), { stack: reply.internal.stack });
          return finish(true, () => new InternalError(file, reply.internal.message, { cause }));
        }
        if (!reply.ok) return finish(true, () => ({ ok: false, error: new ParseError(file, reply.code as ParseErrorCode, reply.reason) }));
        // the thread checked the record against the schema (a failure there is an internal error it reports)
        finish(true, () => {
          const checked = CheckedRecord.fromCheckedJson(reply.recordJson);
          return { ok: true, record: checked.record, checked, sentences: reply.sentences };
        });
      };
      const onError = (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          return finish(false, () => ({
            ok: false,
            error: new ParseError(
              file,
              'too-large',
              `reading it needed more than ${memoryMb} MB of memory, the per-document limit (${MEMORY_ENV})`,
            ),
          }));
        }
        finish(false, () => new InternalError(file, `the core thread failed: ${e.message}`, { cause: e }));
      };
      const onExit = (code: number) =>
        finish(false, () => new InternalError(file, `the core thread exited (code ${code}) before answering`));
      const timer = setTimeout(() => {
        finish(false, () => ({
          ok: false,
          error: new ParseError(
            file,
            'timeout',
            `reading it took longer than ${timeoutMs / 1000} s, the per-document time limit (${TIMEOUT_ENV})`,
          ),
        }));
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      // a copy the thread owns: the caller's bytes may be a view into a larger buffer it still uses
      const copy = bytes.slice();
      const request: CoreRequest = { id, bytes: copy, file };
      worker.postMessage(request, [copy.buffer]);
    });
  }

  /** Stops every thread; documents still running fail with an InternalError. */
  async close(): Promise<void> {
    this.closed = true;
    this.idle.splice(0);
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
  }

  private acquire(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.started < this.size) {
      this.started++;
      return this.spawn();
    }
    return new Promise((resolve, reject) => this.queue.push({ resolve, reject }));
  }

  /** A new thread, resolved once it has loaded the core. */
  private spawn(): Promise<Worker> {
    const worker = new Worker(THREAD_FILE, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      workerData: { ocrSlots: OCR_SLOTS },
      stdout: false,
      stderr: false,
    });
    // errors are heard per document; one between documents must not crash the process
    worker.on('error', () => {});
    worker.on('exit', () => this.all.delete(worker));
    this.all.add(worker);
    return new Promise<Worker>((resolve, reject) => {
      const onReady = (m: unknown) => {
        if (m !== READY) return;
        cleanup();
        resolve(worker);
      };
      const onFailure = (e: Error | number) => {
        cleanup();
        this.started--;
        void worker.terminate();
        reject(typeof e === 'number' ? new Error(`the core thread exited (code ${e}) while starting`) : e);
      };
      const cleanup = () => {
        worker.off('message', onReady);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
      };
      worker.on('message', onReady);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
    });
  }

  private release(worker: Worker): void {
    if (this.closed) {
      void worker.terminate();
      return;
    }
    const waiter = this.queue.shift();
    if (waiter) waiter.resolve(worker);
    else this.idle.push(worker);
  }

  private discard(worker: Worker): void {
    // the replacement starts once the old thread is gone: a thread stopped at its memory limit
    // and its successor must not hold their heaps at the same time
    const gone = worker.terminate().catch(() => undefined);
    if (this.closed) {
      this.started--;
      return;
    }
    void gone.then(() => {
      this.started--;
      if (this.closed) return;
      const waiter = this.queue.shift();
      if (waiter) {
        this.started++;
        this.spawn().then(waiter.resolve, waiter.reject);
      }
    });
  }
}
