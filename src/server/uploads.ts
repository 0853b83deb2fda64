/**
 * Uploads into the same ingest path as `budgetlens ingest`: one batch, each file (or .zip entry) a
 * content-addressed document, processed in this process on the embedded default or by the BullMQ
 * workers with REDIS_URL. Progress is what the store says of each document; the web app polls it.
 */
import { posix } from 'node:path';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import { sha256 } from '../parse/sha256.ts';
import type { Store } from '../store/index.ts';
import type { ReprocessOptions } from '../store/reprocess.ts';

export interface UploadLimits {
  /** Largest file (or archive) accepted, in bytes. */
  fileBytes: number;
  /** Most files in one upload (an archive's entries count too). */
  files: number;
}

type DocJob = { documentId: number; sha256: string; file: string };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isDocx = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes('word/document.xml');

/** A browser's file name (a folder upload sends "folder/sub/report.pdf"), with no way out of it. */
export function uploadName(name: string): string {
  const parts = posix
    .normalize(name.replaceAll('\\', '/'))
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..');
  return parts.join('/').slice(0, 500) || 'upload';
}

export class BatchIngest {
  private readonly running = new Set<Promise<unknown>>();
  private readonly rejections = new Map<number, { name: string; reason: string }[]>();
  private producer: Promise<{ enqueue(batchId: number, docs: DocJob[]): Promise<unknown>; close(): Promise<void> }> | null = null;

  constructor(
    private readonly store: Store,
    private readonly limits: UploadLimits,
    private readonly redisUrl?: string,
    /** BUDGETLENS_QUEUE_PREFIX: the workers' Redis key prefix. */
    private readonly queuePrefix?: string,
  ) {}

  /** Stores the files as a new batch and starts processing it; returns at once. */
  async start(
    uploaded: { name: string; bytes: Uint8Array }[],
    label?: string,
  ): Promise<{ batchId: number; rejected: { name: string; reason: string }[] }> {
    const { unzip } = await import('../pipeline/inputs.ts');
    const files: { name: string; bytes: Uint8Array }[] = [];
    const rejected: { name: string; reason: string }[] = [];
    for (const f of uploaded) {
      const name = uploadName(f.name);
      if (isZip(f.bytes) && !isDocx(f.bytes)) {
        try {
          const limits = { maxEntries: this.limits.files, maxEntryBytes: this.limits.fileBytes, maxTotalBytes: this.limits.fileBytes * 4 };
          // an archive's good entries are kept; a bad one (../, a link, too large) is named with its reason
          for (const entry of await unzip(f.bytes, name, limits)) {
            if ('bytes' in entry) files.push(entry);
            else rejected.push(entry);
          }
        } catch (e) {
          rejected.push({ name, reason: (e as Error).message });
        }
      } else {
        files.push({ name, bytes: f.bytes });
      }
    }
    if (files.length > this.limits.files) {
      rejected.push(
        ...files
          .splice(this.limits.files)
          .map((f) => ({ name: f.name, reason: `over the limit of ${this.limits.files} files per upload` })),
      );
    }
    const batch = await this.store.createBatch(label ?? `upload ${new Date().toISOString()}`);
    const docs: DocJob[] = [];
    for (const f of files) {
      const hash = sha256(f.bytes);
      const { documentId } = await this.store.addDocument(batch.id, { sha256: hash, file: f.name, bytes: f.bytes });
      const existing = await this.store.getDocument(documentId);
      if (existing?.status === 'done' && existing.extractorVersion === EXTRACTOR_VERSION) continue;
      docs.push({ documentId, sha256: hash, file: f.name });
    }
    this.rejections.set(batch.id, rejected);
    this.track(batch.id, this.process(batch.id, docs));
    return { batchId: batch.id, rejected };
  }

  /**
   * Reads stored documents again as a new batch (see store/reprocess.ts) and returns its id at once,
   * or null when there is nothing to read again. In this process even with Redis, as the reprocess
   * command does: the queue would take the same bytes under the same extractor for work done.
   */
  async reprocess(options: ReprocessOptions): Promise<number | null> {
    const { reprocessBatch } = await import('../store/reprocess.ts');
    const made = await reprocessBatch(this.store, options);
    if (!made) return null;
    // an original missing from the store is named with its reason, as an upload's rejected file is
    this.rejections.set(made.batchId, (await this.store.batchStatus(made.batchId)).rejected);
    // queued before the answer: the documents were read before, and would show the new batch done
    // (to a client following it) until the runner reaches them
    for (const d of made.docs) await this.store.markQueued(d.documentId);
    this.track(made.batchId, this.process(made.batchId, made.docs, { inProcess: true }));
    return made.batchId;
  }

  private track(batchId: number, work: Promise<void>) {
    const tracked = work.catch((e: Error) => {
      process.stderr.write(`budgetlens serve: batch ${batchId}: ${e.message}\n`);
    });
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
  }

  private async process(batchId: number, docs: DocJob[], { inProcess = false } = {}) {
    if (!docs.length) return;
    const redisUrl = this.redisUrl;
    if (redisUrl && !inProcess) {
      this.producer ??= import('../queue/bullmq.ts').then(
        ({ BatchProducer, connectionFromUrl }) =>
          new BatchProducer({ connection: connectionFromUrl(redisUrl), prefix: this.queuePrefix, storeId: this.store.id }),
      );
      await (await this.producer).enqueue(batchId, docs);
      return;
    }
    const { InProcessRunner } = await import('../queue/inprocess.ts');
    await new InProcessRunner({ store: this.store, concurrency: 1 }).run(batchId, docs);
  }

  rejected(batchId: number): { name: string; reason: string }[] {
    return this.rejections.get(batchId) ?? [];
  }

  async view(batchId: number) {
    let status;
    try {
      status = await this.store.batchStatus(batchId);
    } catch {
      const { ReviewError } = await import('../review/index.ts');
      throw new ReviewError('not-found', `no batch ${batchId}`);
    }
    const documents = (await this.store.listDocuments({ batchId })).map((d) => ({
      id: d.id,
      file: d.file,
      format: d.format,
      status: d.status,
      failureReason: d.failureReason,
    }));
    return { id: status.id, label: status.label, status: status.status, total: status.total, counts: status.counts, documents };
  }

  batches() {
    return this.store.listBatches();
  }

  /** Lets running batches finish (the store closes after), then closes the queue connection. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.running]);
    if (this.producer) await (await this.producer).close();
  }
}
