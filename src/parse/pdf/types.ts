import type { Rulings } from './rulings.ts';
import type { BBox } from '../../model/document.ts';

/** How many non-space characters a page has, and how many of them map to no Unicode text. */
export interface GlyphCount {
  chars: number;
  unmapped: number;
}

/** What the reader knows about a font: enough to tell heading typography from body text. */
/** One page as the PDF reader reads it, before layout: what OCR fills in for a page with no text layer. */
export interface RawPage {
  page: number;
  x0: number;
  y0: number;
  width: number;
  height: number;
  /** upright glyphs: the page's text */
  glyphs: Glyph[];
  /** all glyphs, rotated ones (watermarks, stamps, margin notes) included */
  count: GlyphCount;
  rulings: Rulings;
}

export interface FontInfo {
  /** pdfjs's id for the font (g_d0_f3). */
  id: string;
  /** BaseFont without the subset prefix (ABCDEF+). */
  name: string;
  /** The name without weight/style words: subsets and weights of one face share it. */
  family: string;
  bold: boolean;
  /** a composite font with no Unicode mapping (Identity encoding, no ToUnicode): its glyphs cannot be read */
  unmapped: boolean;
}

/** One character drawn on the page, with its (estimated) horizontal extent and its baseline. */
export interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  /** baseline y, PDF user space (origin bottom left) */
  y: number;
  size: number;
  font: FontInfo;
  /** 1-based line number on the page, set when the page's lines are numbered */
  line: number;
  /** read by OCR: the recognised word it belongs to (a number unique on its page) and that word's confidence (0–100) */
  ocr?: { word: number; conf: number };
}

/** Glyphs sharing a baseline, left to right. */
export interface Line {
  page: number;
  /** 1-based line number on the page */
  no: number;
  glyphs: Glyph[];
  text: string;
  x0: number;
  x1: number;
  /** baseline */
  y: number;
  /** dominant font size */
  size: number;
  /** the font most of the line's CJK characters (or, with none, of its characters) are drawn in */
  font: FontInfo;
  bbox: BBox;
}

export interface DraftCell {
  /** the cell's text lines, top to bottom */
  lines: string[];
  /** its last line runs to the cell's right edge: the text may go on (in a row split by a page break) */
  full: boolean;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  page: number;
  lineNos: [number, number] | null;
  bbox: BBox;
}

export interface DraftTable {
  page: number;
  /** column boundaries, left to right (n + 1 values for n columns) */
  xs: number[];
  rows: DraftCell[][];
  bbox: BBox;
  lineNos: [number, number] | null;
  /** true when built from ruling lines, false when from column alignment */
  ruled: boolean;
}

/** A page's content in reading order, once furniture is gone and tables are cut out. */
export type FlowItem =
  | { kind: 'line'; line: Line }
  /** `continued`: a stand-in for a table already emitted on an earlier page that runs over this whole page */
  | { kind: 'table'; table: DraftTable; continued?: boolean };

export interface PageFlow {
  page: number;
  width: number;
  height: number;
  items: FlowItem[];
}
