/**
 * Tables from ruling lines: the rules that touch each other form a grid; a cell is a union of grid
 * cells with no rule between them (rowSpan/colSpan). Glyphs inside the grid go into its cells.
 * A table that ends a page and one that starts the next page with the same column boundaries are
 * stitched: a repeated header row is dropped, and a row split by the page break is rejoined.
 */
import type { BBox } from '../../model/document.ts';
import { isSpace } from './glyphs.ts';
import { clusterLines, glyphText, joinWrapped } from './lines.ts';
import type { HSeg, Rulings, VSeg } from './rulings.ts';
import type { DraftCell, DraftTable, Glyph, PageFlow } from './types.ts';

const TOL = 2.5;

interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid {
  /** column boundaries, ascending */
  xs: number[];
  /** row boundaries, descending (top of the page first) */
  ys: number[];
  cells: GridCell[];
  /** owner[r][c] = index in cells */
  owner: number[][];
  bbox: BBox;
}

function clusterValues(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1] <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((t, v) => t + v, 0) / c.length);
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const touches = (h: HSeg, v: VSeg) => v.x >= h.x0 - TOL && v.x <= h.x1 + TOL && h.y >= v.y0 - TOL && h.y <= v.y1 + TOL;

/** The grids the ruling lines of a page form (at least two columns each). */
export function findGrids(r: Rulings): Grid[] {
  const { h, v } = r;
  const uf = new UnionFind(h.length + v.length);
  for (let i = 0; i < h.length; i++) for (let j = 0; j < v.length; j++) if (touches(h[i], v[j])) uf.union(i, h.length + j);
  const groups = new Map<number, { h: HSeg[]; v: VSeg[] }>();
  for (let i = 0; i < h.length + v.length; i++) {
    const root = uf.find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    if (i < h.length) g.h.push(h[i]);
    else g.v.push(v[i - h.length]);
  }
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 1) continue;
    const grid = buildGrid(g.h, g.v);
    if (grid) grids.push(grid);
  }
  return grids;
}

function buildGrid(hs: HSeg[], vs: VSeg[]): Grid | null {
  const left = Math.min(...hs.map((s) => s.x0), ...vs.map((s) => s.x));
  const right = Math.max(...hs.map((s) => s.x1), ...vs.map((s) => s.x));
  const bottom = Math.min(...vs.map((s) => s.y0), ...hs.map((s) => s.y));
  const top = Math.max(...vs.map((s) => s.y1), ...hs.map((s) => s.y));
  const xs = clusterValues([left, right, ...vs.map((s) => s.x)], TOL);
  const ys = clusterValues([bottom, top, ...hs.map((s) => s.y)], TOL).reverse();
  const nCols = xs.length - 1;
  const nRows = ys.length - 1;
  if (nCols < 2 || nRows < 1) return null;
  // a rule separates two grid cells when it covers the middle of their shared edge
  const vRule = (x: number, yTop: number, yBottom: number) => {
    const mid = (yTop + yBottom) / 2;
    return vs.some(
      (s) =>
        Math.abs(s.x - x) <= TOL &&
        s.y0 - TOL <= mid &&
        s.y1 + TOL >= mid &&
        Math.min(s.y1, yTop) - Math.max(s.y0, yBottom) >= 0.5 * (yTop - yBottom),
    );
  };
  const hRule = (y: number, x0: number, x1: number) => {
    const mid = (x0 + x1) / 2;
    return hs.some(
      (s) =>
        Math.abs(s.y - y) <= TOL && s.x0 - TOL <= mid && s.x1 + TOL >= mid && Math.min(s.x1, x1) - Math.max(s.x0, x0) >= 0.5 * (x1 - x0),
    );
  };
  const uf = new UnionFind(nRows * nCols);
  const id = (r: number, c: number) => r * nCols + c;
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (c + 1 < nCols && !vRule(xs[c + 1], ys[r], ys[r + 1])) uf.union(id(r, c), id(r, c + 1));
      if (r + 1 < nRows && !hRule(ys[r + 1], xs[c], xs[c + 1])) uf.union(id(r, c), id(r + 1, c));
    }
  }
  const comps = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      const root = uf.find(id(r, c));
      const e = comps.get(root);
      if (!e) comps.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r0 = Math.min(e.r0, r);
        e.r1 = Math.max(e.r1, r);
        e.c0 = Math.min(e.c0, c);
        e.c1 = Math.max(e.c1, c);
      }
    }
  }
  if (comps.size < 2) return null; // one box around some text is a frame, not a table
  const cells: GridCell[] = [];
  const owner: number[][] = Array.from({ length: nRows }, () => new Array<number>(nCols).fill(-1));
  const ordered = [...comps.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const cmp of ordered) {
    const idx = cells.length;
    cells.push({ row: cmp.r0, col: cmp.c0, rowSpan: cmp.r1 - cmp.r0 + 1, colSpan: cmp.c1 - cmp.c0 + 1 });
    for (let r = cmp.r0; r <= cmp.r1; r++) for (let c = cmp.c0; c <= cmp.c1; c++) if (owner[r][c] < 0) owner[r][c] = idx;
  }
  return { xs, ys, cells, owner, bbox: [xs[0], ys[nRows], xs[nCols], ys[0]] };
}

/** Where a glyph's visual centre lies in the grid, or null outside it. */
function locate(grid: Grid, g: Glyph): number | null {
  const cx = (g.x0 + g.x1) / 2;
  const cy = g.y + 0.35 * g.size;
  const [x0, y0, x1, y1] = grid.bbox;
  if (cx < x0 - 1 || cx > x1 + 1 || cy < y0 - 1 || cy > y1 + 1) return null;
  let c = 0;
  while (c < grid.xs.length - 2 && cx >= grid.xs[c + 1]) c++;
  let r = 0;
  while (r < grid.ys.length - 2 && cy <= grid.ys[r + 1]) r++;
  return grid.owner[r][c];
}

/**
 * Take the glyphs that fall inside `grid` out of `glyphs` (mutating it) and build a table from them.
 * Returns null, taking nothing, when the grid holds no text.
 */
export function fillGrid(page: number, grid: Grid, glyphs: Glyph[]): { table: DraftTable; taken: Set<Glyph> } | null {
  const byCell = grid.cells.map(() => [] as Glyph[]);
  const taken = new Set<Glyph>();
  for (const g of glyphs) {
    const i = locate(grid, g);
    if (i === null || i < 0) continue;
    byCell[i].push(g);
    taken.add(g);
  }
  if (![...taken].some((g) => !isSpace(g.ch))) return null;
  const cells: DraftCell[] = grid.cells.map((gc, i) => {
    const gs = byCell[i];
    const clusters = clusterLines(gs);
    const lines = clusters.map(glyphText).filter((t) => t.length > 0);
    const nos = gs.filter((g) => !isSpace(g.ch)).map((g) => g.line);
    const cellX0 = grid.xs[gc.col];
    const cellX1 = grid.xs[gc.col + gc.colSpan];
    let full = false;
    const last = clusters[clusters.length - 1]?.filter((g) => !isSpace(g.ch));
    if (last?.length) {
      const pad = Math.max(0, Math.min(...clusters.map((c) => c[0].x0)) - cellX0);
      const size = last[last.length - 1].size;
      full = last[last.length - 1].x1 >= cellX1 - pad - 1.5 * size;
    }
    return {
      lines,
      full,
      row: gc.row,
      col: gc.col,
      rowSpan: gc.rowSpan,
      colSpan: gc.colSpan,
      page,
      lineNos: nos.length ? [Math.min(...nos), Math.max(...nos)] : null,
      bbox: [grid.xs[gc.col], grid.ys[gc.row + gc.rowSpan], grid.xs[gc.col + gc.colSpan], grid.ys[gc.row]],
    };
  });
  const nRows = grid.ys.length - 1;
  const byRow: DraftCell[][] = Array.from({ length: nRows }, () => []);
  for (const c of cells) byRow[c.row].push(c);
  // grid rows where no cell starts (all covered by cells from above) are no rows of the table
  const kept: number[] = [];
  byRow.forEach((r, i) => {
    if (r.length) kept.push(i);
  });
  for (const c of cells) {
    const end = c.row + c.rowSpan;
    c.rowSpan = Math.max(1, kept.filter((i) => i >= c.row && i < end).length);
    c.row = kept.indexOf(c.row);
  }
  const rows = kept.map((i) => byRow[i].sort((a, b) => a.col - b.col));
  const nos = [...taken].filter((g) => !isSpace(g.ch)).map((g) => g.line);
  return {
    table: { page, xs: grid.xs, rows, bbox: grid.bbox, lineNos: nos.length ? [Math.min(...nos), Math.max(...nos)] : null, ruled: true },
    taken,
  };
}

export const cellText = (c: DraftCell) => c.lines.reduce((a, l) => joinWrapped(a, l), '');
const rowKey = (row: DraftCell[]) => row.map((c) => `${c.col}:${c.colSpan}:${cellText(c).replace(/\s+/g, '')}`).join('|');
const shape = (row: DraftCell[]) => row.map((c) => `${c.col}:${c.colSpan}`).join('|');

/**
 * Is `cont`, the first row on the new page, the rest of `prev`, the last row on the page before?
 * Some cells were finished on the first page (empty in `cont`, not in `prev`), and the text that
 * goes on either fills a cell whose label was finished (first column empty in `cont`) or continues
 * a cell whose last line ran to the cell's edge.
 */
function splitRow(prev: DraftCell[], cont: DraftCell[]): boolean {
  if (shape(prev) !== shape(cont)) return false;
  const t = (c: DraftCell) => cellText(c) !== '';
  if (!cont.some(t)) return false;
  if (!t(cont[0]) && t(prev[0])) return true;
  const finished = cont.some((c, j) => !t(c) && t(prev[j]));
  const goesOn = cont.some((c, j) => t(c) && prev[j].full);
  return finished && goesOn;
}

function sameColumns(a: DraftTable, b: DraftTable): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const tol = a.ruled && b.ruled ? 3 : 8;
  return a.xs.every((x, i) => Math.abs(x - b.xs[i]) <= tol);
}

/**
 * Stitch tables continued on the next page: the last item of a page is a table and the first item of
 * the next page is a table with the same columns. Mutates the flows (the continuation disappears).
 */
export function stitchTables(flows: PageFlow[]): void {
  for (let i = 0; i + 1 < flows.length; i++) {
    const cur = flows[i];
    const next = flows[i + 1];
    const last = cur.items[cur.items.length - 1];
    const first = next.items[0];
    if (last?.kind !== 'table' || first?.kind !== 'table' || next.page !== cur.page + 1) continue;
    const a = last.table;
    const b = first.table;
    if (!sameColumns(a, b)) continue;
    const rows = b.rows.filter((r) => r.length > 0);
    // header rows repeated at the top of the continuation
    let k = 0;
    const headRows = a.rows.filter((r) => r.length > 0);
    while (k < rows.length && k < 3 && k < headRows.length - 1 && rowKey(rows[k]) === rowKey(headRows[k])) k++;
    rows.splice(0, k);
    const prev = headRows[headRows.length - 1];
    const cont = rows[0];
    if (prev && cont && splitRow(prev, cont)) {
      cont.forEach((c, j) => {
        prev[j].lines = [...prev[j].lines, ...c.lines];
      });
      rows.shift();
    }
    a.rows = [...a.rows.filter((r) => r.length > 0), ...rows];
    next.items.shift();
    // a table that fills the whole page may go on over the page after: leave a stand-in
    if (next.items.length === 0) next.items.push({ kind: 'table', table: a, continued: true });
  }
}
