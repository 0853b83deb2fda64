import type { Block, PageQuality } from '../model/document.ts';

/** What a format reader returns; parse() wraps it into a Document with the source facts. */
export interface ReaderResult {
  blocks: Block[];
  warnings: string[];
  pages: number | null;
  quality?: PageQuality[];
  encoding?: string;
  /** 'markdown' or 'text' for the text reader; other readers know their format. */
  format?: 'markdown' | 'text';
}

