/**
 * What `reprocess` reads again, as a new batch: by default the documents another extractor version
 * read and those that failed by an internal error; with `all`, every document (of one batch, if
 * given). Shared by the command on the store and by the server's POST /api/reprocess, which the
 * command uses while `serve` holds the embedded store.
 */
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { Store } from './index.ts';

export interface ReprocessOptions {
  /** Every stored document, not only those another version read or an internal error failed. */
  all?: boolean;
  /** Only documents of this batch (it must exist). */
  batchId?: number;
}

export interface ReprocessBatch {
  batchId: number;
  /** The documents to read again, each with its stored original. */
  docs: { documentId: number; sha256: string; file: string }[];
}

/** Makes the batch of documents to read again, or returns null (and makes no batch) when there are none. */
export async function reprocessBatch(
  store: Store,
  options: ReprocessOptions,
  extractorVersion: string = EXTRACTOR_VERSION,
): Promise<ReprocessBatch | null> {
  const { all, batchId } = options;
  const rows = all ? await store.listDocuments({ batchId }) : await store.documentsNeedingReprocess(extractorVersion, { batchId });
  // no batch is made: an empty one would become the "latest" that status shows
  if (!rows.length) return null;
  const batch = await store.createBatch(`reprocess ${new Date().toISOString()}`);
  const docs: ReprocessBatch['docs'] = [];
  for (const d of rows) {
    const bytes = await store.getBlob(d.sha256);
    if (!bytes) {
      await store.addRejectedInput(batch.id, d.file, `missing: the original bytes (sha256 ${d.sha256}) are not in the store`);
      continue;
    }
    await store.addDocument(batch.id, { sha256: d.sha256, file: d.file, bytes });
    docs.push({ documentId: d.id, sha256: d.sha256, file: d.file });
  }
  return { batchId: batch.id, docs };
}

/** Said when there is nothing to read again. */
export function nothingToReprocess(batchId: number | undefined, lang: 'zh' | 'en', extractorVersion: string = EXTRACTOR_VERSION): string {
  return lang === 'zh'
    ? `没有需要重新读取的文档：${batchId === undefined ? '每个文档' : `批次 ${batchId} 的每个文档`}都已由提取器 ${extractorVersion} 读取，且没有因内部错误失败的（--all 全部重新读取）\n`
    : `nothing to reprocess: every document${batchId === undefined ? '' : ` of batch ${batchId}`} was read by extractor ${extractorVersion} ` +
        'and none failed by an internal error (--all reads them all again)\n';
}
