/**
 * Running headers, footers and page numbers: lines at the top or bottom of a page that are page
 * numbers ("- 5 -", "— 5 —", "第 5 页", "5 / 12", a bare number), or whose text (digits aside)
 * comes back at the same height on most pages.
 */
import type { Line } from './types.ts';

export interface PageLines {
  page: number;
  /** MediaBox bottom and height */
  y0: number;
  height: number;
  /** top to bottom */
  lines: Line[];
}

const PAGE_NUMBER = [
  /^[-—–－―~～·•\s]*\d{1,4}[-—–－―~～·•\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(page|p\.?)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-—–－―\s]*[ivxlc]{1,6}[-—–－―\s]*$/i,
];

export const isPageNumber = (text: string) => {
  const t = text.normalize('NFKC').trim();
  return t.length > 0 && t.length <= 20 && PAGE_NUMBER.some((re) => re.test(t));
};

/** The page number a page-number line states ("第 5 页 共 12 页" → 5), or null when not in digits (roman). */
function pageNumberValue(text: string): number | null {
  const t = text.normalize('NFKC');
  const m = /第\s*(\d{1,4})\s*页/.exec(t) ?? /(\d{1,4})/.exec(t);
  return m ? Number(m[1]) : null;
}

/** A line that is one value alone, an amount or a rate: a table's cell, never a running header or footer. */
const VALUE_ONLY = /^-?[\d,]*\d(?:\.\d+)?%?$/;

/** How far from the top or bottom edge (share of the page height) a running header or footer sits. */
const ZONE = 0.12;
/** A bare page number can sit a little higher. */
const NUMBER_ZONE = 0.2;
/** Candidates: this many lines at each end of the page. */
const EDGE_LINES = 2;

type Where = 'top' | 'bottom';

function candidates(p: PageLines, zone: number): { line: Line; where: Where }[] {
  const out: { line: Line; where: Where }[] = [];
  const n = p.lines.length;
  for (let i = 0; i < Math.min(EDGE_LINES, n); i++) {
    const l = p.lines[i];
    if (l.bbox[1] >= p.y0 + (1 - zone) * p.height) out.push({ line: l, where: 'top' });
  }
  for (let i = Math.max(0, n - EDGE_LINES); i < n; i++) {
    const l = p.lines[i];
    if (l.bbox[3] <= p.y0 + zone * p.height && !out.some((c) => c.line === l)) out.push({ line: l, where: 'bottom' });
  }
  return out;
}

/** Remove furniture lines from every page (mutates `pages`); returns how many lines went. */
export function removeFurniture(pages: PageLines[]): number {
  const drop = new Set<Line>();
  // page numbers: one per edge of a page, the one nearest the edge. A table's last cell on a line of
  // its own ("99" above the footer "- 3 -") looks like a page number too, but a page has one.
  const numbered: { page: number; where: Where; line: Line; value: number | null }[] = [];
  for (const p of pages) {
    const outermost = new Map<Where, Line>();
    for (const c of candidates(p, NUMBER_ZONE)) {
      const inZone = c.where === 'top' ? c.line.bbox[1] >= p.y0 + (1 - ZONE) * p.height : true;
      if (!inZone || !isPageNumber(c.line.text)) continue;
      const seen = outermost.get(c.where);
      const outer = !seen || (c.where === 'top' ? c.line.y > seen.y : c.line.y < seen.y);
      if (outer) outermost.set(c.where, c.line);
    }
    for (const [where, line] of outermost) numbered.push({ page: p.page, where, line, value: pageNumberValue(line.text) });
  }
  // Page numbers count with the pages: at one edge, number minus page index stays the same (a
  // document made of several, each numbered from 1, has one such offset per part). Once two pages
  // show such a sequence, a bare number that does not follow one ("20", the first cell at the top of
  // page 2, in a document numbered at the bottom) is text. With no sequence, each stands alone.
  const sequences = new Map<string, number>();
  const seqKey = (n: (typeof numbered)[number]) => (n.value === null ? null : `${n.where}|${n.value - n.page}`);
  for (const n of numbered) {
    const k = seqKey(n);
    if (k !== null) sequences.set(k, (sequences.get(k) ?? 0) + 1);
  }
  const established = new Set([...sequences].filter(([, count]) => count >= 2).map(([k]) => k));
  for (const n of numbered) {
    const k = seqKey(n);
    if (k === null || established.size === 0 || established.has(k)) drop.add(n.line);
  }
  // repeated text at the same height
  const withText = pages.filter((p) => p.lines.length > 0).length;
  if (withText >= 2) {
    const counts = new Map<string, { page: number; y: number; line: Line }[]>();
    for (const p of pages) {
      for (const c of candidates(p, ZONE)) {
        // a bare number is a page number or not by the rule above; at the same height on most pages
        // it is also just the first or last cell of a table that runs over them on a line grid
        // (and so is any value alone, "334.46", "96.5%", "1,200": a running header or footer has words)
        // (nor is a cell a copy wrote with its separator, "1 |", "2 |": a line with no word at all is no running header)
        const plain = c.line.text.normalize('NFKC').trim();
        if (drop.has(c.line) || isPageNumber(c.line.text) || VALUE_ONLY.test(plain) || !/\p{L}/u.test(plain)) continue;
        const text = c.line.text.normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');
        if (!text) continue;
        const key = `${c.where}|${text}`;
        let e = counts.get(key);
        if (!e) counts.set(key, (e = []));
        e.push({ page: p.page, y: c.line.y - p.y0, line: c.line });
      }
    }
    const need = Math.max(2, Math.ceil(0.5 * withText));
    for (const e of counts.values()) {
      if (new Set(e.map((x) => x.page)).size < need) continue;
      // at the same height (within a few points) on most pages
      const ys = e.map((x) => x.y).sort((a, b) => a - b);
      const median = ys[Math.floor(ys.length / 2)];
      const near = e.filter((x) => Math.abs(x.y - median) <= 4);
      if (new Set(near.map((x) => x.page)).size >= need) for (const x of near) drop.add(x.line);
    }
  }
  for (const p of pages) p.lines = p.lines.filter((l) => !drop.has(l));
  return drop.size;
}
