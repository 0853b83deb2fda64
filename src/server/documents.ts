/**
 * Parsed Documents of stored originals, for where figures stand on a PDF page (block and cell
 * boxes are in the Document, not the record). Parsing a PDF takes a few hundred milliseconds, so the
 * last few are kept.
 */
import type { Document } from '../model/document.ts';
import type { Store } from '../store/index.ts';

export class DocumentCache {
  private readonly cache = new Map<string, Promise<Document | null>>();

  constructor(
    private readonly store: Store,
    private readonly size = 8,
  ) {}

  async get(documentId: number): Promise<Document | null> {
    const row = await this.store.getDocument(documentId);
    if (!row) return null;
    let doc = this.cache.get(row.sha256);
    if (doc) {
      this.cache.delete(row.sha256); // most recently used last
    } else {
      doc = this.read(row.sha256, row.file);
    }
    this.cache.set(row.sha256, doc);
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= this.size) break;
      this.cache.delete(oldest);
    }
    return doc;
  }

  private async read(sha256: string, file: string): Promise<Document | null> {
    const bytes = await this.store.getBlob(sha256);
    if (!bytes) return null;
    const { parseBytes } = await import('../parse/index.ts');
    try {
      return await parseBytes(bytes, file);
    } catch {
      return null; // a document that cannot be read again has no boxes; its evidence text still shows
    }
  }
}
