/**
 * OCR word confidences onto the Document: each heading, paragraph and table cell of an OCRed page
 * gets `ocr` spans — runs of its original text that came from one recognised word, with the word's
 * confidence and the run's box — so that a figure read there can say how sure OCR was of its digits
 * (extract/text.ts `ocrOf`) and where they are.
 *
 * The block's text is rebuilt from its glyphs in reading order (line by line, left to right), so its
 * characters are matched to the glyphs they came from in order; a character that does not match
 * (a joint inserted by the layout, a glyph of another block) is skipped.
 */
import type { BBox, Block, OcrSpan, Provenance } from '../../model/document.ts';
import { isSpace } from './glyphs.ts';
import type { Glyph, RawPage } from './types.ts';

/** How far ahead a character is looked for among the block's glyphs before it is taken as unmatched. */
const LOOKAHEAD = 4;

const DIGIT = /[0-9０-９]/;

export function attachOcrSpans(blocks: Block[], pages: RawPage[]): void {
  const byPage = new Map<number, Glyph[]>();
  for (const p of pages) {
    const gs = p.glyphs.filter((g) => g.ocr && !isSpace(g.ch));
    if (gs.length) byPage.set(p.page, gs);
  }
  if (!byPage.size) return;
  const attach = (t: { text: string; raw?: string; ocr?: OcrSpan[] }, prov: Provenance) => {
    const glyphs = prov.page ? byPage.get(prov.page) : undefined;
    if (!glyphs || !prov.lines) return;
    const spans = spansOf(t.raw ?? t.text, within(glyphs, prov));
    if (spans.length) t.ocr = spans;
  };
  for (const b of blocks) {
    if (b.type === 'table') for (const row of b.rows) for (const c of row) attach(c, c.prov);
    else attach(b, b.prov);
  }
}

/** The glyphs of a block: on its lines and inside its box, in reading order. */
function within(glyphs: Glyph[], prov: Provenance): Glyph[] {
  if (!prov.lines) return [];
  const [a, b] = prov.lines;
  const box = prov.bbox;
  const pad = 1;
  return glyphs
    .filter((g) => {
      if (g.line < a || g.line > b) return false;
      if (!box) return true;
      const cx = (g.x0 + g.x1) / 2;
      return cx >= box[0] - pad && cx <= box[2] + pad && g.y >= box[1] - pad && g.y <= box[3] + pad;
    })
    .sort((p, q) => p.line - q.line || p.x0 - q.x0);
}

/** Characters of `raw` matched to `glyphs` in order, grouped into spans by word and by digits. */
export function spansOf(raw: string, glyphs: Glyph[]): OcrSpan[] {
  const spans: OcrSpan[] = [];
  let j = 0;
  type Run = { span: OcrSpan; word: number; digit: boolean };
  let cur = null as Run | null;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (/\s/.test(ch)) continue;
    let k = j;
    while (k < glyphs.length && k < j + LOOKAHEAD && glyphs[k].ch !== ch) k++;
    if (k >= glyphs.length || glyphs[k].ch !== ch) {
      cur = null;
      continue;
    }
    const g = glyphs[k];
    j = k + 1;
    // only OCR'd glyphs reach here (spansOf's callers filter on g.ocr)
    if (!g.ocr) {
      cur = null;
      continue;
    }
    const { word, conf } = g.ocr;
    const digit: boolean = DIGIT.test(ch) || ((cur as Run | null)?.digit === true && /[.,．，%％]/.test(ch));
    const box: BBox = [g.x0, g.y - 0.12 * g.size, g.x1, g.y + 0.88 * g.size];
    if (cur && cur.word === word && cur.digit === digit && cur.span.end === previousInk(raw, i)) {
      cur.span.end = i + 1;
      const s = cur.span.bbox;
      cur.span.bbox = [Math.min(s[0], box[0]), Math.min(s[1], box[1]), Math.max(s[2], box[2]), Math.max(s[3], box[3])];
    } else {
      cur = { span: { start: i, end: i + 1, conf: Math.round(conf * 10) / 10, bbox: box }, word, digit };
      spans.push(cur.span);
    }
  }
  for (const s of spans) s.bbox = s.bbox.map((v) => Math.round(v * 100) / 100) as BBox;
  return spans;
}

/** The end (exclusive) of the last non-space character before `i`: spaces inside a word's run do not break it. */
function previousInk(raw: string, i: number): number {
  let p = i - 1;
  while (p >= 0 && /\s/.test(raw[p])) p--;
  return p + 1;
}
