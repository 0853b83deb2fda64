/**
 * PDF reader (pdfjs-dist, legacy build): pages → glyphs → lines → tables, paragraphs and headings.
 *
 *  - text: every text item is cut into glyphs with estimated extents (exporters switch font subsets
 *    inside words, so items mean nothing); lines are rebuilt by baseline; faux-bold doubles dropped;
 *  - tables: ruling lines from the operator list form grids whose cells take the glyphs inside them;
 *    tables continued on the next page are stitched; unruled tables are found by column alignment;
 *  - furniture: page numbers and running headers/footers are removed;
 *  - paragraphs: wrapped lines joined CJK-aware, split on indent, gap, sentence-ending short lines;
 *    headings by typography relative to the body text;
 *  - quality: glyphs per page and how many have no Unicode mapping.
 *  - scans: pages without a text layer are OCRed into glyphs and rulings (pdf/ocr.ts);
 * Errors: password → 'encrypted'; broken structure → 'corrupt'; pages without any text (and no OCR) → 'no-text'.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { PageQuality } from '../model/document.ts';
import { BlockBuilder } from './blocks.ts';
import { ParseError } from './errors.ts';
import { findAlignedTables } from './pdf/aligned.ts';
import { removeFurniture, type PageLines } from './pdf/furniture.ts';
import { countGlyphs, dropFauxBold, fontInfo, itemGlyphs, type LoadedFont } from './pdf/glyphs.ts';
import { layout } from './pdf/layout.ts';
import { clusterLines, makeLine } from './pdf/lines.ts';
import { openPdf, pdfjs, toParseError } from './pdf/load.ts';
import { ocrBlankPages } from './pdf/ocr.ts';
import { attachOcrSpans } from './pdf/ocrspans.ts';
import { extractRulings, type Rulings } from './pdf/rulings.ts';
import { fillGrid, findGrids, stitchTables } from './pdf/tables.ts';
import type { DraftTable, FlowItem, FontInfo, Glyph, PageFlow, RawPage } from './pdf/types.ts';
import type { ReaderResult } from './reader.ts';

/** A page whose share of unmapped glyphs is above this gets a warning. */
export const UNMAPPED_WARN_SHARE = 0.05;
/** With fewer characters than this on every page, the text layer is a stamp on a scan, not the text. */
const MIN_PAGE_CHARS = 10;

/** Pages read at most: a self-evaluation report has tens; thousands are a scan dump or a trap. */
export const DEFAULT_MAX_PDF_PAGES = 2000;
export const MAX_PDF_PAGES_ENV = 'BUDGETLENS_MAX_PDF_PAGES';

function maxPages(): number {
  const v = Number(process.env[MAX_PDF_PAGES_ENV]);
  return Number.isInteger(v) && v > 0 ? v : DEFAULT_MAX_PDF_PAGES;
}

export async function readPdf(bytes: Uint8Array, file: string): Promise<ReaderResult> {
  const { task, doc } = await openPdf(bytes, file);
  try {
    const lib = await pdfjs();
    const n = doc.numPages;
    if (!n) throw new ParseError(file, 'corrupt', 'the PDF has no pages');
    const limit = maxPages();
    if (n > limit) throw new ParseError(file, 'too-large', `the PDF has ${n} pages, over the limit of ${limit} (${MAX_PDF_PAGES_ENV})`);
    const warnings: string[] = [];
    const quality: PageQuality[] = [];
    const raw: RawPage[] = [];
    for (let i = 1; i <= n; i++) {
      try {
        raw.push(await readPage(doc, i, lib.OPS));
      } catch (e) {
        if (e instanceof ParseError) throw e;
        if ((e as { name?: string })?.name === 'PasswordException') throw e;
        warnings.push(`page ${i} could not be read (${(e as Error)?.message ?? e}): its text is missing`);
      }
    }
    if (raw.length === 0) throw new ParseError(file, 'corrupt', `none of its ${n} pages could be read: the PDF structure is broken`);
    const ocr = await ocrBlankPages(raw, bytes, file, n, MIN_PAGE_CHARS);
    warnings.push(...ocr.warnings);
    let total = 0;
    for (const p of raw) {
      const q = p.count;
      total += q.chars;
      const o = ocr.pages.get(p.page);
      quality.push({
        page: p.page,
        chars: q.chars,
        unmapped: q.unmapped,
        unmappedShare: q.chars ? round(q.unmapped / q.chars) : 0,
        ...(o ? { ocr: o } : {}),
      });
      if (q.chars >= 10 && q.unmapped / q.chars > UNMAPPED_WARN_SHARE) {
        warnings.push(
          `page ${p.page}: ${q.unmapped} of ${q.chars} glyphs (${Math.round((100 * q.unmapped) / q.chars)}%) have no Unicode mapping: the text read there is unreliable`,
        );
      }
    }
    const where = n === 1 ? 'on its only page' : `on any of its ${n} pages`;
    if (total === 0) throw new ParseError(file, 'no-text', `no text layer ${where} (a scanned image?): OCR it first`);
    // a scan with a stamped page number or scanner mark is still a scan
    if (raw.every((p) => p.count.chars < MIN_PAGE_CHARS)) {
      throw new ParseError(file, 'no-text', `almost no text layer ${where} (${total} characters; a scanned image?): OCR it first`);
    }
    const empty = raw.filter((p) => p.count.chars === 0).map((p) => p.page);
    if (empty.length)
      warnings.push(
        `no text layer on page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} (scanned images?): their content is missing`,
      );

    const flows = buildFlows(raw);
    stitchTables(flows);
    const builder = new BlockBuilder();
    layout(flows, builder);
    // OCR word confidences and boxes onto the text read from scanned pages
    if (ocr.pages.size)
      attachOcrSpans(
        builder.blocks,
        raw.filter((p) => ocr.pages.has(p.page)),
      );
    if (!builder.blocks.length)
      throw new ParseError(
        file,
        'no-text',
        `no readable text ${where} once page numbers and running headers are set aside (a scanned image?): OCR it first`,
      );
    return { blocks: builder.blocks, warnings, pages: n, quality };
  } catch (e) {
    throw toParseError(file, e, bytes);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;

type Doc = Awaited<ReturnType<typeof openPdf>>['doc'];

async function readPage(doc: Doc, i: number, OPS: Parameters<typeof extractRulings>[2]): Promise<RawPage> {
  const page = await doc.getPage(i);
  try {
    const tc = await page.getTextContent();
    const items = tc.items.filter((it): it is TextItem => 'str' in it && typeof it.str === 'string');
    let rulings: Rulings = { h: [], v: [] };
    if (items.some((it) => it.str.trim())) {
      // the operator list also loads the fonts into commonObjs, where their names are
      const ops = await page.getOperatorList();
      rulings = extractRulings(ops.fnArray, ops.argsArray, OPS);
    }
    const fonts = new Map<string, FontInfo>();
    const font = (id: string): FontInfo => {
      let f = fonts.get(id);
      if (!f) {
        let loaded: LoadedFont | undefined;
        try {
          if (page.commonObjs.has(id)) loaded = page.commonObjs.get(id) as LoadedFont;
        } catch {
          loaded = undefined;
        }
        f = fontInfo(id, loaded);
        fonts.set(id, f);
      }
      return f;
    };
    const upright = items.filter(isUpright);
    const glyphs = dropFauxBold(upright.flatMap((it) => itemGlyphs(it, font(it.fontName))));
    const rotated = items.filter((it) => !isUpright(it)).flatMap((it) => itemGlyphs(it, font(it.fontName)));
    const count = countGlyphs([...glyphs, ...rotated]);
    const [x0, y0, x1, y1] = page.view;
    return {
      page: i,
      x0: Math.min(x0, x1),
      y0: Math.min(y0, y1),
      width: Math.abs(x1 - x0),
      height: Math.abs(y1 - y0),
      glyphs,
      count,
      rulings,
    };
  } finally {
    page.cleanup();
  }
}

/**
 * Text drawn left to right on a horizontal baseline (shear allowed: synthetic italics). Rotated
 * text — diagonal watermarks, vertical stamps and margin notes — is no part of the reading order.
 */
function isUpright(it: TextItem): boolean {
  const [a, b] = it.transform as number[];
  return a > 0 && Math.abs(b) <= 0.05 * Math.hypot(a, b);
}

function buildFlows(raw: RawPage[]): PageFlow[] {
  const pageLines: PageLines[] = [];
  const pageTables = new Map<number, DraftTable[]>();
  for (const p of raw) {
    clusterLines(p.glyphs).forEach((line, i) => {
      for (const g of line) g.line = i + 1;
    });
    const tables: DraftTable[] = [];
    let rest = p.glyphs;
    const grids = findGrids(p.rulings).sort((a, b) => b.bbox[3] - a.bbox[3]);
    for (const grid of grids) {
      const filled = fillGrid(p.page, grid, rest);
      if (!filled) continue;
      tables.push(filled.table);
      rest = rest.filter((g) => !filled.taken.has(g));
    }
    const byNo = new Map<number, Glyph[]>();
    for (const g of rest) {
      const l = byNo.get(g.line);
      if (l) l.push(g);
      else byNo.set(g.line, [g]);
    }
    const lines = [...byNo.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([no, gs]) => makeLine(p.page, no, gs))
      .filter((l) => l.text.length > 0);
    pageLines.push({ page: p.page, y0: p.y0, height: p.height, lines });
    pageTables.set(p.page, tables);
  }
  removeFurniture(pageLines);
  return pageLines.map((pl) => {
    const raw0 = raw.find((r) => r.page === pl.page);
    const aligned = findAlignedTables(pl.page, pl.lines);
    const tables = [...(pageTables.get(pl.page) ?? []), ...aligned.tables];
    const items: FlowItem[] = [
      ...aligned.lines.map((line): FlowItem => ({ kind: 'line', line })),
      ...tables.map((table): FlowItem => ({ kind: 'table', table })),
    ];
    const top = (it: FlowItem) => (it.kind === 'line' ? it.line.bbox[3] : it.table.bbox[3]);
    items.sort((a, b) => top(b) - top(a));
    return { page: pl.page, width: raw0?.width ?? 595, height: pl.height, items };
  });
}
