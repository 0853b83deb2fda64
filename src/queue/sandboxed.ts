/**
 * The `document` processor as BullMQ runs it in a sandboxed child process (loaded through
 * workers/document-processor.mjs). One store per child process, opened on its first job.
 */
import { type SandboxedJob, UnrecoverableError } from 'bullmq';
import { Store, type StoreOptions, storeOptionsFromEnv } from '../store/index.ts';
import { BAD_INPUT, SANDBOX_STORE_ENV } from './bullmq.ts';
import { type DocumentJob, type DocumentResult, processDocument } from './processors.ts';

let store: Promise<Store> | undefined;

function storeOptions(): StoreOptions {
  const given = process.env[SANDBOX_STORE_ENV];
  return given ? (JSON.parse(given) as StoreOptions) : storeOptionsFromEnv();
}

function openStore(): Promise<Store> {
  store ??= Store.open(storeOptions()).catch((e) => {
    store = undefined; // the next job tries again
    throw e;
  });
  return store;
}

export default async function processDocumentJob(job: SandboxedJob<DocumentJob, DocumentResult>): Promise<DocumentResult> {
  const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const result = await processDocument(job.data, await openStore(), { finalAttempt });
  // the file cannot be read: the store has the reason; retrying would give the same answer
  if (result.status === 'failed') throw new UnrecoverableError(`${BAD_INPUT}${result.reason}`);
  return result;
}
