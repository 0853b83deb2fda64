/**
 * Tables without ruling lines, found by column alignment: consecutive lines that break into runs
 * separated by wide gaps (≥ 1.5 em), whose runs stack into columns with a white corridor between
 * them on every line. Each line is a row, except a one-run line that continues a cell of the row
 * above whose text ran to the column's right edge (a wrapped cell).
 */
import type { BBox } from '../../model/document.ts';
import { isSpace } from './glyphs.ts';
import { glyphText, splitRuns } from './lines.ts';
import type { DraftCell, DraftTable, Glyph, Line } from './types.ts';

interface Run {
  glyphs: Glyph[];
  x0: number;
  x1: number;
}

/** A gap this wide (in ems) between two glyphs of a line separates columns (body text has none). */
const GAP_EM = 1.2;
/** Largest baseline distance (in ems) between two lines of one table. */
const MAX_PITCH_EM = 2.6;

function runsOf(l: Line): Run[] {
  return splitRuns(l.glyphs, GAP_EM).map((gs) => {
    const ink = gs.filter((g) => !isSpace(g.ch));
    return { glyphs: gs, x0: Math.min(...ink.map((g) => g.x0)), x1: Math.max(...ink.map((g) => g.x1)) };
  });
}

/** Column intervals: the union of the runs' x-extents, merged where they overlap. */
function columnsOf(runs: Run[]): [number, number][] {
  const iv = runs.map((r) => [r.x0, r.x1] as [number, number]).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of iv) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 2) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const colOf = (cols: [number, number][], r: Run) => cols.findIndex(([a, b]) => r.x0 >= a - 1 && r.x1 <= b + 1);

export function findAlignedTables(page: number, lines: Line[]): { lines: Line[]; tables: DraftTable[] } {
  const runs = lines.map(runsOf);
  const used = new Set<number>();
  const tables: DraftTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (runs[i].length < 2) {
      i++;
      continue;
    }
    // a block of lines, close together, most of them in several runs
    let j = i;
    while (j + 1 < lines.length) {
      const [a, b] = [lines[j], lines[j + 1]];
      const em = Math.max(a.size, b.size);
      if (a.y - b.y <= 0 || a.y - b.y > MAX_PITCH_EM * em) break;
      if (
        runs[j + 1].length >= 2 ||
        (j + 2 < lines.length && runs[j + 2].length >= 2 && runs[j + 1].length === 1) ||
        runs[j + 1].length === 1
      )
        j++;
      else break;
      if (runs[j].length === 1 && !(j + 1 < lines.length && runs[j + 1].length >= 2)) {
        // a trailing one-run line belongs only when it continues a cell (checked below)
        break;
      }
    }
    const idx = Array.from({ length: j - i + 1 }, (_, k) => i + k);
    const multi = idx.filter((k) => runs[k].length >= 2);
    const table = multi.length >= 2 ? build(page, lines, runs, idx) : null;
    if (table) {
      tables.push(table.table);
      for (const k of table.used) used.add(k);
      i = Math.max(...table.used) + 1;
    } else i = j + 1;
  }
  return { lines: lines.filter((_, k) => !used.has(k)), tables };
}

function build(page: number, lines: Line[], runs: Run[][], idx: number[]): { table: DraftTable; used: number[] } | null {
  const multi = idx.filter((k) => runs[k].length >= 2);
  const cols = columnsOf(multi.flatMap((k) => runs[k]));
  if (cols.length < 2) return null;
  // every multi-run line fills at least two columns; most lines fill most columns
  const filled = multi.map((k) => new Set(runs[k].map((r) => colOf(cols, r))).size);
  if (filled.some((n) => n < 2)) return null;
  if (multi.length < 3 && cols.length < 3) return null;
  const rows: { line: Line; cells: Glyph[][] }[] = [];
  const used: number[] = [];
  const colRight = cols.map(([, b]) => b);
  // the baseline distance between consecutive multi-run lines: a row's pitch
  const pitches = multi
    .slice(1)
    .map((k, n) => lines[multi[n]].y - lines[k].y)
    .sort((a, b) => a - b);
  const pitch = pitches[0] ?? Infinity;
  let last: Line | null = null;
  for (const k of idx) {
    const l = lines[k];
    const rs = runs[k];
    const where = rs.map((r) => colOf(cols, r));
    if (where.some((c) => c < 0)) break; // a run across a corridor: the table ended
    const cells: Glyph[][] = cols.map(() => []);
    rs.forEach((r, n) => cells[where[n]].push(...r.glyphs));
    const prev = rows[rows.length - 1];
    if (last && (last.y - l.y > 1.3 * pitch + 1 || Math.abs(last.size - l.size) > 0.5)) break; // a gap or another size: the table ended
    last = l;
    if (rs.length === 1 && prev) {
      const c = where[0];
      const above = prev.cells[c].filter((g) => !isSpace(g.ch));
      const size = l.size;
      // continues the cell above when that cell's text ran to the column's right edge
      if (above.length && Math.max(...above.map((g) => g.x1)) >= colRight[c] - 1.5 * size) {
        prev.cells[c].push(...cells[c]);
        used.push(k);
        continue;
      }
      if (k === idx[idx.length - 1]) break;
    } else if (rs.length === 1) break;
    rows.push({ line: l, cells });
    used.push(k);
  }
  if (rows.length < 2) return null;
  const xs = [cols[0][0], ...cols.slice(1).map(([a], n) => (cols[n][1] + a) / 2), cols[cols.length - 1][1]];
  const draftRows: DraftCell[][] = rows.map((row, r) =>
    row.cells.map((gs, c) => {
      const byLine = new Map<number, Glyph[]>();
      for (const g of gs) byLine.set(g.line, [...(byLine.get(g.line) ?? []), g]);
      const texts = [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => glyphText(g.sort((p, q) => p.x0 - q.x0)));
      const nos = gs.filter((g) => !isSpace(g.ch)).map((g) => g.line);
      const ys = gs.map((g) => g.y);
      const bbox: BBox = [xs[c], Math.min(row.line.bbox[1], ...ys.map((y) => y - 0.12 * row.line.size)), xs[c + 1], row.line.bbox[3]];
      return {
        lines: texts.filter((t) => t.length > 0),
        full: false,
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: 1,
        page,
        lineNos: nos.length ? [Math.min(...nos), Math.max(...nos)] : null,
        bbox,
      };
    }),
  );
  const usedLines = used.map((k) => lines[k]);
  const bbox: BBox = [xs[0], Math.min(...usedLines.map((l) => l.bbox[1])), xs[xs.length - 1], Math.max(...usedLines.map((l) => l.bbox[3]))];
  return {
    table: {
      page,
      xs,
      rows: draftRows,
      bbox,
      lineNos: [Math.min(...usedLines.map((l) => l.no)), Math.max(...usedLines.map((l) => l.no))],
      ruled: false,
    },
    used,
  };
}
