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
  // page numbers
  for (const p of pages) {
    for (const c of candidates(p, NUMBER_ZONE)) {
      const inZone = c.where === 'top' ? c.line.bbox[1] >= p.y0 + (1 - ZONE) * p.height : true;
      if (inZone && isPageNumber(c.line.text)) drop.add(c.line);
    }
  }
  // repeated text at the same height
  const withText = pages.filter((p) => p.lines.length > 0).length;
  if (withText >= 2) {
    const counts = new Map<string, { page: number; y: number; line: Line }[]>();
    for (const p of pages) {
      for (const c of candidates(p, ZONE)) {
        if (drop.has(c.line)) continue;
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
