import { z } from 'zod';

/**
 * The one shape every reader produces. Later stages never look at bytes or formats again:
 * they read blocks, and cite evidence through each block's provenance and offset map.
 */

export const Format = z.enum(['markdown', 'text', 'docx', 'pdf']);
export type Format = z.infer<typeof Format>;

/** [x0, y0, x1, y1] in PDF user-space units, origin at the bottom left of the page. */
export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

export const Provenance = z.object({
  /** 1-based page number; null where the format has no pages (Markdown, .docx). */
  page: z.number().int().positive().nullable(),
  /** 1-based first and last line in the source (text formats) or on the page (PDF). */
  lines: z.tuple([z.number().int(), z.number().int()]).nullable(),
  bbox: BBox.optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * Normalized text plus the way back to what the source said.
 * `raw` is omitted when it equals `text`; `offsets` is omitted when the mapping is the identity.
 * Each anchor [n, r] says: normalized index n comes from raw index r, and the following
 * characters follow one to one until the next anchor.
 */
export const OffsetAnchor = z.tuple([z.number().int(), z.number().int()]);

/**
 * Text read by OCR: a run of the original text (`raw`, offsets [start, end)) that came from one
 * recognised word — split where digits start or stop, so a number has runs of its own — with the
 * word's confidence (Tesseract, 0–100) and the run's box on the page.
 */
export const OcrSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  conf: z.number(),
  bbox: BBox,
});
export type OcrSpan = z.infer<typeof OcrSpan>;

const TextFields = {
  text: z.string(),
  raw: z.string().optional(),
  offsets: z.array(OffsetAnchor).optional(),
  /** Set on text read by OCR: where each recognised word's characters are, and how sure OCR was. */
  ocr: z.array(OcrSpan).optional(),
};

export const Cell = z.object({
  ...TextFields,
  rowSpan: z.number().int().positive().default(1),
  colSpan: z.number().int().positive().default(1),
  prov: Provenance,
});
export type Cell = z.infer<typeof Cell>;

const HeadingBlock = z.object({
  id: z.string(),
  type: z.literal('heading'),
  level: z.number().int().min(1).max(6),
  ...TextFields,
  prov: Provenance,
});
const ParagraphBlock = z.object({
  id: z.string(),
  type: z.literal('paragraph'),
  ...TextFields,
  prov: Provenance,
});
export const TableBlock = z.object({
  id: z.string(),
  type: z.literal('table'),
  /** Rows of cells in reading order. A merged cell appears once, with its spans. */
  rows: z.array(z.array(Cell)),
  prov: Provenance,
});
export const Block = z.discriminatedUnion('type', [HeadingBlock, ParagraphBlock, TableBlock]);
export type TableBlock = z.infer<typeof TableBlock>;
export type Block = z.infer<typeof Block>;

export const PageQuality = z.object({
  page: z.number().int().positive(),
  chars: z.number().int().nonnegative(),
  /** U+FFFD and glyphs with no Unicode mapping. */
  unmapped: z.number().int().nonnegative(),
  unmappedShare: z.number().min(0).max(1),
  /** Set when the page had no text layer and was read by OCR. */
  ocr: z
    .object({
      engine: z.string(),
      /** mean word confidence, 0–100 */
      confidence: z.number(),
      words: z.number().int().nonnegative(),
      seconds: z.number().nonnegative(),
    })
    .optional(),
});

const Source = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: Format,
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().positive().nullable(),
  /** Character encoding a text file was decoded from. */
  encoding: z.string().optional(),
});

export const Document = z.object({
  source: Source,
  blocks: z.array(Block),
  /** Reader warnings worth a reviewer's attention (mammoth messages, low text quality, …). */
  warnings: z.array(z.string()).default([]),
  quality: z.array(PageQuality).optional(),
});
export type Document = z.infer<typeof Document>;
export type PageQuality = z.infer<typeof PageQuality>;
