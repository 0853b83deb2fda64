/**
 * Tables laid on their grid before any rule reads them. The readers give a merged cell once, with its
 * spans (a .docx's gridSpan / vMerge, an HTML copy's colspan / rowspan, a PDF's missing rules), so a row
 * under a merged header holds fewer cells than the header and its n-th cell is not in the header's n-th
 * column. A copy as pipe rows has no spans: each place a merged cell covers is an empty cell, and every
 * row is as wide as the table. The rules read that layout; here every table is put in it, so a table
 * reads the same from a .docx, a PDF, an HTML copy and a pipe copy.
 *
 * A merged cell stays at its first row and column; the places it covers are empty cells. Its text is not
 * repeated into them: an amount merged over two rows is one amount, and a header merged over its
 * sub-columns is their group, which the rules find as the nearest header to the left. Evidence keeps the
 * cell's place in the document as read (`cellOrigin`), which is where a reviewer's page shows it.
 */
import type { Cell, Document, TableBlock } from '../model/document.ts';

/** Where each cell of a gridded table was in the block as read (row, index in its row); a covered place, its merged cell's. */
const origins = new WeakMap<Cell, { row: number; col: number }>();

/** The position in the block as read of a cell of a gridded table, when it differs from its grid place. */
export function cellOrigin(cell: Cell): { row: number; col: number } | undefined {
  return origins.get(cell);
}

/** The document with every table that has a merged cell laid on its grid; other blocks (and plain tables) as they are. */
export function onGrid(doc: Document): Document {
  if (!doc.blocks.some(hasMergedCells)) return doc;
  return { ...doc, blocks: doc.blocks.map((b) => (hasMergedCells(b) ? gridded(b) : b)) };
}

const merged = (c: Cell) => c.rowSpan > 1 || c.colSpan > 1;
const hasMergedCells = (b: Document['blocks'][number]): b is TableBlock => b.type === 'table' && b.rows.some((row) => row.some(merged));

function gridded(block: TableBlock): TableBlock {
  const grid: (Cell | undefined)[][] = block.rows.map(() => []);
  block.rows.forEach((row, r) => {
    let c = 0;
    row.forEach((cell, k) => {
      while (grid[r][c]) c++;
      const own: Cell = { ...cell, rowSpan: 1, colSpan: 1 };
      origins.set(own, { row: r, col: k });
      // (a span past the table's last row, as a careless writer leaves one, covers the rows there are)
      for (let dr = 0; dr < cell.rowSpan && r + dr < grid.length; dr++) {
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (dr === 0 && dc === 0) continue;
          const covered: Cell = { text: '', rowSpan: 1, colSpan: 1, prov: cell.prov };
          origins.set(covered, { row: r, col: k });
          grid[r + dr][c + dc] = covered;
        }
      }
      grid[r][c] = own;
      c += cell.colSpan;
    });
  });
  const width = Math.max(...grid.map((row) => row.length));
  const rows = grid.map((row) =>
    // a place no cell covers (a row shorter than the table) is an empty cell, as a pipe row pads it
    Array.from({ length: width }, (_, c) => row[c] ?? { text: '', rowSpan: 1, colSpan: 1, prov: block.prov }),
  );
  return { ...block, rows };
}
