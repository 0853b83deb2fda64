/**
 * The `document` processor as BullMQ runs it in a sandboxed child process (loaded through
 * workers/document-processor.mjs). One store and one core thread per child process, made on its
 * first job; the thread enforces the per-document time and memory limits.
 */
import { type SandboxedJob, UnrecoverableError } from 'bullmq';
import { coreLimitsFromEnv, IsolatedCore } from '../pipeline/isolated.ts';
import type { OcrProgress } from '../parse/pdf/ocr.ts';
import { Store, type StoreOptions, storeOptionsFromEnv } from '../store/index.ts';
import { SANDBOX_STORE_ENV, type StoreDocumentJob } from './bullmq.ts';
import { type DocumentResult, processDocument } from './processors.ts';

let store: Promise<Store> | undefined;
let core: IsolatedCore | undefined;

function storeOptions(): StoreOptions {
  const given = process.env[SANDBOX_STORE_ENV];
  return given ? (JSON.parse(given) as StoreOptions) : storeOptionsFromEnv();
}

function openWorkerStore(): Promise<Store> {
  store ??= Store.open(storeOptions()).catch((e) => {
    store = undefined; // the next job tries again
    throw e;
  });
  return store;
}

export default async function processDocumentJob(job: SandboxedJob<StoreDocumentJob, DocumentResult>): Promise<DocumentResult> {
  const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const s = await openWorkerStore();
  // queues are named by store, so this cannot happen unless a worker is pointed at the wrong database
  if (job.data.storeId !== s.id) throw new Error(`job of store ${job.data.storeId} taken by a worker of store ${s.id}`);
  core ??= new IsolatedCore({ threads: 1, limits: coreLimitsFromEnv() });
  // each page OCRed is a progress event of the job (QueueEvents 'progress'): { ocr: { page, done, total } }
  const onPage = (p: OcrProgress) => void job.updateProgress({ ocr: p }).catch(() => {});
  const result = await processDocument(job.data, s, { core, finalAttempt, onPage });
  // the file is bad (the store has the reason and kind): retrying would give the same answer
  if (result.status === 'failed') throw new UnrecoverableError(result.reason);
  return result;
}
