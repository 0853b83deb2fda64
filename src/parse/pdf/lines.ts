/**
 * Glyphs → lines (by baseline, left to right), and the joining of wrapped lines. Chinese text
 * wraps anywhere, numbers included ("7143." | "45 万元"), so a line break inside CJK text or inside
 * a number joins without a space; only between two Latin words does it become one.
 */
import type { BBox } from '../../model/document.ts';
import { CJK } from '../normalize.ts';
import { isSpace } from './glyphs.ts';
import type { FontInfo, Glyph, Line } from './types.ts';

/** Group glyphs into baseline clusters, top to bottom; each cluster sorted left to right. */
export function clusterLines(glyphs: Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const out: Glyph[][] = [];
  let cur: Glyph[] = [];
  let base = 0;
  let size = 0;
  for (const g of sorted) {
    if (cur.length && Math.abs(base - g.y) <= 0.4 * Math.min(size, g.size)) {
      cur.push(g);
      if (!isSpace(g.ch)) size = Math.max(size, g.size);
      continue;
    }
    if (cur.length) out.push(cur);
    cur = [g];
    base = g.y;
    size = g.size;
  }
  if (cur.length) out.push(cur);
  for (const l of out) l.sort((a, b) => a.x0 - b.x0);
  // a cluster of nothing but spaces is no line
  return out.filter((l) => l.some((g) => !isSpace(g.ch)));
}

/** The text of glyphs on one baseline: a space where the PDF drew one or left a gap. */
export function glyphText(glyphs: Glyph[]): string {
  let s = '';
  let prev: Glyph | null = null;
  for (const g of glyphs) {
    if (isSpace(g.ch)) {
      if (prev && !s.endsWith(' ')) s += ' ';
      continue;
    }
    if (prev && !s.endsWith(' ') && g.x0 - prev.x1 > 0.2 * Math.min(g.size, prev.size)) s += ' ';
    s += g.ch;
    prev = g;
  }
  return s.trim();
}

function glyphBox(glyphs: Glyph[]): BBox {
  const ink = glyphs.filter((g) => !isSpace(g.ch));
  const gs = ink.length ? ink : glyphs;
  return [
    Math.min(...gs.map((g) => g.x0)),
    Math.min(...gs.map((g) => g.y - 0.12 * g.size)),
    Math.max(...gs.map((g) => g.x1)),
    Math.max(...gs.map((g) => g.y + 0.88 * g.size)),
  ];
}

/** The font most of the glyphs are drawn in, counting CJK characters only when there are any. */
function dominantFont(glyphs: Glyph[]): { font: FontInfo; size: number } {
  const ink = glyphs.filter((g) => !isSpace(g.ch));
  const cjk = ink.filter((g) => CJK.test(g.ch));
  const pool = cjk.length ? cjk : ink.length ? ink : glyphs;
  const byFont = new Map<string, { font: FontInfo; n: number }>();
  const bySize = new Map<number, number>();
  for (const g of pool) {
    const k = `${g.font.family}|${g.font.bold}`;
    const e = byFont.get(k);
    if (e) e.n++;
    else byFont.set(k, { font: g.font, n: 1 });
    const sz = Math.round(g.size * 2) / 2;
    bySize.set(sz, (bySize.get(sz) ?? 0) + 1);
  }
  const font = [...byFont.values()].sort((a, b) => b.n - a.n)[0].font;
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  return { font, size };
}

export function makeLine(page: number, no: number, glyphs: Glyph[]): Line {
  const sorted = [...glyphs].sort((a, b) => a.x0 - b.x0);
  const bbox = glyphBox(sorted);
  const { font, size } = dominantFont(sorted);
  const ink = sorted.filter((g) => !isSpace(g.ch));
  const y = ink.length ? ink.reduce((t, g) => t + g.y, 0) / ink.length : sorted[0].y;
  return { page, no, glyphs: sorted, text: glyphText(sorted), x0: bbox[0], x1: bbox[2], y, size, font, bbox };
}

/** Split a line where the gap between two glyphs is wider than `gapEm` ems: the columns of an unruled table. */
export function splitRuns(glyphs: Glyph[], gapEm = 1.5): Glyph[][] {
  const runs: Glyph[][] = [];
  let cur: Glyph[] = [];
  let lastInk: Glyph | null = null;
  for (const g of glyphs) {
    if (isSpace(g.ch)) {
      if (cur.length) cur.push(g);
      continue;
    }
    if (lastInk && g.x0 - lastInk.x1 > gapEm * Math.min(g.size, lastInk.size)) {
      runs.push(trimSpaces(cur));
      cur = [];
    }
    cur.push(g);
    lastInk = g;
  }
  if (cur.length) runs.push(trimSpaces(cur));
  return runs.filter((r) => r.length);
}

function trimSpaces(gs: Glyph[]): Glyph[] {
  let a = 0;
  let b = gs.length;
  while (a < b && isSpace(gs[a].ch)) a++;
  while (b > a && isSpace(gs[b - 1].ch)) b--;
  return gs.slice(a, b);
}

const DIGITISH = /[0-9０-９.．,，]/;
const NUMBER_TAIL = /[0-9０-９.．%％‰]/;
const LATIN = /[A-Za-z]/;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Join the text of a line with the text of the line it wraps onto. No space inside CJK text, nor
 * inside a number split by the break; a space between Latin words (and wherever one was drawn).
 */
export function joinWrapped(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  if (/\s$/.test(a) || /^\s/.test(b)) return a + b;
  const ca = Array.from(a).at(-1) ?? '';
  const cb = Array.from(b)[0] ?? '';
  if (CJK.test(ca) || CJK.test(cb)) return a + b;
  // a number cut by the wrap ("7143." | "45", "5.2" | "8") joins, unless the two runs would make a
  // number with two decimal points ("5.28" | "1.96 …"): then each is a cell of its own
  // ("8.408" | "10 100.00%": an amount with its decimals already, then the next cell: more than four decimals, which no
  // amount in 万元 has, make no number either)
  const joined = `${/[\d.]+$/.exec(a)?.[0] ?? ''}${/^[\d.]+/.exec(b)?.[0] ?? ''}`;
  const tooFine = /\.\d{2,}$/.test(a) && /\.\d{5,}$/.test(joined);
  // ("…1.96 10" | "100.00% 10": a whole number, then a rate stated with decimals, that joined would make a percent no
  // report states, a thousand or more, is a form's weight and rate side by side, which the margin parted at the space
  // between them; "增长 3" | "4.3%" is one rate the margin cut)
  const weightThenRate = /(?:^|\s)\d+$/.test(a) && /^\d*\.\d+%/.test(b) && Number(joined) >= 1000;
  // ("…1172.55 1268.72" | "10 10 执行率…": an amount already to the fen, then a number with another cell after it, is the row's
  // next cell; "12.34" | "56 万元" is one amount of four decimals, its unit after it)
  const nextCell = /\.\d{2}$/.test(a) && /^\d+\s+\d/.test(b);
  // ("…年度资金总额 194.9194.910" | "0%…": a run of cells that ran together with no separator, two decimal points in it
  // already, cut by the wrap: one run still, which the glued-cells reader splits; a space would cut a cell in two)
  const gluedCells = (/[\d.]+$/.exec(a)?.[0].match(/\./g)?.length ?? 0) >= 2;
  if (DIGITISH.test(ca) && NUMBER_TAIL.test(cb) && gluedCells) return a + b;
  if (DIGITISH.test(ca) && NUMBER_TAIL.test(cb) && !/\.\d*\./.test(joined) && !tooFine && !weightThenRate && !nextCell) return a + b;
  if (ca === '-' && LATIN.test(cb)) return a + b;
  // letters cut inside a run with Chinese on both sides of the break ("發(f" | "ā)放", a pinyin gloss
  // inside a word): Chinese wraps anywhere, and the Latin letters glued to it with it. (Between
  // two Latin words, or after "满意率:", the break stood for a space.)
  const lastRun = a.slice(a.search(/\S+$/));
  const firstRun = /^\S+/.exec(b)?.[0] ?? '';
  if (LATIN_LETTER.test(ca) && LATIN_LETTER.test(cb) && CJK.test(lastRun) && CJK.test(firstRun)) return a + b;
  return `${a} ${b}`;
}
