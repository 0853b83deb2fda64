/**
 * pdfjs text items → glyphs. Exports from LibreOffice and WPS switch font subsets in the middle of
 * words, so an item is no unit of meaning: every item is cut into characters with an estimated
 * horizontal extent, and lines are rebuilt from positions. Glyphs drawn twice at (almost) the same
 * spot — the "faux bold" of some exporters — are dropped.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { CJK } from '../normalize.ts';
import type { FontInfo, Glyph, GlyphCount } from './types.ts';

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Relative advance of a character, used to share an item's width among its characters. */
function advance(ch: string): number {
  if (/\s/.test(ch)) return 0.28;
  if (WIDE.test(ch) || CJK.test(ch)) return 1;
  if (/[mwMW@%]/.test(ch)) return 0.8;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  return 0.55;
}

export const isSpace = (ch: string) => /\s/.test(ch);

/** U+FFFD, private-use code points and control characters: a glyph the PDF gave no Unicode for. */
function isUnmapped(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || (cp < 0x20 && !isSpace(ch)) || (cp >= 0x7f && cp < 0xa0);
}

export function itemGlyphs(item: TextItem, font: FontInfo): Glyph[] {
  const chars = Array.from(item.str);
  if (chars.length === 0) return [];
  const [a, b, c, d, e, f] = item.transform as number[];
  // the height of the glyph box: the font size, also under rotation and synthetic-italic shear
  const size = Math.abs(a * d - b * c) / (Math.hypot(a, b) || 1) || Math.hypot(c, d) || item.height || 1;
  const weights = chars.map(advance);
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  // the item's advance; horizontal scaling (Tz) shows in a, so item.width already includes it
  const width = item.width > 0 ? item.width : total * size;
  const cos = Math.hypot(a, b) > 0 ? a / Math.hypot(a, b) : 1;
  const out: Glyph[] = [];
  let x = e;
  for (let i = 0; i < chars.length; i++) {
    const w = (width * weights[i]) / total;
    // rotated text keeps its origin's baseline: lines of it are rare and read as they come
    const ch = isSpace(chars[i]) ? chars[i] : font.unmapped || isUnmapped(chars[i]) ? '\uFFFD' : chars[i];
    out.push({ ch, x0: x, x1: x + w * Math.abs(cos || 1), y: f, size, font, line: 0 });
    x += w * Math.abs(cos || 1);
  }
  return out;
}

/** Drop the second copy of a character drawn again within a fraction of its size (faux bold). */
export function dropFauxBold(glyphs: Glyph[]): Glyph[] {
  const seen = new Map<string, Glyph[]>();
  const out: Glyph[] = [];
  for (const g of glyphs) {
    if (isSpace(g.ch)) {
      out.push(g);
      continue;
    }
    const same = seen.get(g.ch);
    const tol = 0.25 * g.size;
    if (same?.some((s) => Math.abs(s.x0 - g.x0) < tol && Math.abs(s.y - g.y) < tol)) continue;
    if (same) same.push(g);
    else seen.set(g.ch, [g]);
    out.push(g);
  }
  return out;
}

export function countGlyphs(glyphs: Glyph[]): GlyphCount {
  let chars = 0;
  let unmapped = 0;
  for (const g of glyphs) {
    if (isSpace(g.ch)) continue;
    chars++;
    if (isUnmapped(g.ch)) unmapped++;
  }
  return { chars, unmapped };
}

/** A name part that only says weight or style: Bold, Regular, BoldItalic, W5, BoldMT… */
const STYLE_PART =
  /^(?:(?:extra|ultra|semi|demi)?(?:bold|black|heavy|medium|light|thin|regular|normal|book|roman|italic|oblique)|w[0-9]|mt|ps)+$/i;

/** The parts of a pdfjs font object (page.commonObjs, with fontExtraProperties) read here. */
export interface LoadedFont {
  name?: string;
  loadedName?: string;
  bold?: boolean;
  composite?: boolean;
  toUnicode?: { _map?: unknown; firstChar?: number; lastChar?: number } | null;
}

/** FontInfo from a pdfjs font object (commonObjs) or, failing that, from its id. */
export function fontInfo(id: string, loaded: LoadedFont | undefined): FontInfo {
  const raw = loaded?.name || loaded?.loadedName || id;
  const name = raw.replace(/^[A-Z]{6}\+/, '');
  const bold = loaded?.bold === true || /bold|black|heavy|W[6-9]\b|,B$|Bd\b/i.test(name);
  const family =
    name
      .split(/[-_,\s]+/)
      .filter((part, i) => i === 0 || !STYLE_PART.test(part))
      .join('-') || name;
  // pdfjs falls back to an identity map (code → same code point) when a composite font has no
  // ToUnicode and no known character collection: what comes out are glyph ids, not text
  const tu = loaded?.toUnicode;
  const unmapped = loaded?.composite === true && !!tu && tu._map === undefined && typeof tu.firstChar === 'number';
  return { id, name, family, bold, unmapped };
}
