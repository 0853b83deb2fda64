/**
 * The work of the queue, shared by both runners (the in-process runner and the BullMQ workers):
 * plain data in, a Store to read and write, no queue library in sight.
 *
 * Failure kinds (documents.failure_kind):
 * - bad input (the file cannot be read, or exceeds the per-document time or memory limit: a
 *   ParseError): the document is marked failed with its reason, kind `bad-input` and the current
 *   EXTRACTOR_VERSION, so it is not offered for reprocessing until the extractor changes. Retrying
 *   would give the same answer: the runners do not retry it (BullMQ: UnrecoverableError).
 * - anything else (an InternalError from the core — a bug — or the database went away): budgetlens
 *   failed, not the file. Logged with its stack and rethrown so the runner retries it with backoff;
 *   on the last attempt the document is marked failed with kind `internal` and no version, so it
 *   is counted apart and a later `reprocess` offers it again.
 *
 * The core runs in a DocumentCore (normally an IsolatedCore: worker threads with limits).
 */
import { EXTRACTOR_VERSION } from '../extract/index.ts';
import type { Discrepancy } from '../model/record.ts';
import { stackOf } from '../pipeline/errors.ts';
import type { DocumentCore } from '../pipeline/isolated.ts';
import type { OcrProgress } from '../parse/pdf/ocr.ts';
import type { Store } from '../store/index.ts';
import { reconciledWithCorrections } from '../review/index.ts';
import { refreshChains } from '../review/chain.ts';

/** One document of a batch, as the store knows it. */
export interface DocumentJob {
  documentId: number;
  sha256: string;
  file: string;
}

export type DocumentResult =
  | { status: 'done'; documentId: number; file: string; discrepancies: number }
  | { status: 'failed'; documentId: number; file: string; reason: string };

export interface ProcessOptions {
  /** Where the core runs (an IsolatedCore: threads with a time and memory limit). */
  core: DocumentCore;
  /** This is the runner's last try: an internal error marks the document failed before it is rethrown. */
  finalAttempt?: boolean;
  /** Where internal errors are logged, with their stack; default stderr. */
  log?: (message: string) => void;
  /** Told of each page of the document OCRed (a scan), as it happens. */
  onPage?: (p: OcrProgress) => void;
}

const logToStderr = (message: string) => process.stderr.write(`${message}\n`);

/** Processes one stored document: its bytes from the store, the pipeline, the result back to the store. */
export async function processDocument(job: DocumentJob, store: Store, options: ProcessOptions): Promise<DocumentResult> {
  try {
    await store.markProcessing(job.documentId);
    const bytes = await store.getBlob(job.sha256);
    if (!bytes) {
      // the store lost the original: no retry brings it back, and no version is recorded so that
      // adding the file again and reprocessing can repair it
      const reason = `missing: the original bytes (sha256 ${job.sha256}) are not in the store`;
      await store.markFailed(job.documentId, reason);
      return { status: 'failed', documentId: job.documentId, file: job.file, reason };
    }
    const outcome = await options.core.process(bytes, job.file, { onPage: options.onPage });
    if (!outcome.ok) {
      const reason = `${outcome.error.code}: ${outcome.error.reason}`;
      await store.markFailed(job.documentId, reason, EXTRACTOR_VERSION, 'bad-input');
      return { status: 'failed', documentId: job.documentId, file: job.file, reason };
    }
    // reviewers' figure corrections outlive a new reading: the rules see the corrected figures
    const reconciled = await reconciledWithCorrections(store, job.documentId, outcome.record, outcome.sentences);
    // unchanged by corrections (the usual case): stored as the core thread checked and serialised it
    await store.saveResult(job.documentId, reconciled === outcome.record && outcome.checked ? outcome.checked : reconciled);
    return { status: 'done', documentId: job.documentId, file: job.file, discrepancies: outcome.record.discrepancies.length };
  } catch (e) {
    const last = options.finalAttempt ? 'giving up' : 'will retry';
    (options.log ?? logToStderr)(`budgetlens: internal error on ${job.file} (${last}):\n${stackOf(e)}`);
    if (options.finalAttempt) {
      const message = ((e as Error)?.message ?? String(e)).replace(`${job.file}: internal error: `, '');
      await store.markFailed(job.documentId, `internal: ${message}`, undefined, 'internal').catch(() => {});
    }
    throw e;
  }
}

export interface BatchResult {
  batchId: number;
  /** Departments of the batch whose records (all years) were chained. */
  departments: string[];
  /** carryover.chain discrepancies across those records, each stored on the later report. */
  discrepancies: Discrepancy[];
}

/**
 * After every document of a batch: the cross-document rule (carryover.chain) over the stored
 * records of the departments present in the batch, all their years, not only this batch's.
 */
export async function finishBatch(batchId: number, store: Store): Promise<BatchResult> {
  const inBatch = await store.listRecords({ batchId });
  const departments = [...new Set(inBatch.map((r) => r.department).filter((d): d is string => !!d))].sort();
  // checked on the reviewers' corrected figures and stored on the later report (src/review/chain.ts)
  return { batchId, departments, discrepancies: await refreshChains(store, departments) };
}
