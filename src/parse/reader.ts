import type { Block, Format, PageQuality } from '../model/document.ts';

/** What a format reader returns; parse() wraps it into a Document with the source facts. */
export interface ReaderResult {
  blocks: Block[];
  warnings: string[];
  pages: number | null;
  quality?: PageQuality[];
  encoding?: string;
  /** The format of this file when the reader tells more than its entry (the text reader: 'markdown' or 'text'). */
  format?: Format;
}

/**
 * A format budgetlens reads: one entry of READERS (src/parse/readers.ts). The format is decided
 * from the bytes by `sniff`, never from the file's name; `read` turns the bytes into blocks.
 */
export interface Reader {
  /** The Document's `source.format` (unless the result names a more precise one). */
  format: Format;
  /** True when these bytes are this format. Entries are asked in order; the first that says yes reads the file. */
  sniff(bytes: Uint8Array): boolean;
  /** Throws ParseError for a file of this format that cannot be read (corrupt, encrypted, over a limit). */
  read(bytes: Uint8Array, file: string): Promise<ReaderResult>;
}
