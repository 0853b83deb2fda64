/**
 * HTML tables and inline text, as two readers meet them: the .docx reader reads the HTML mammoth
 * writes, and the Markdown reader the raw HTML tables a web page's copy keeps (an HTML-to-Markdown
 * converter leaves a table with merged cells as HTML). Both place cells by their colspan / rowspan.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { RawCell } from './blocks.ts';

/** Elements that start a block of their own; inside a paragraph they are split off, inside a cell flattened. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'div',
  'dl',
  'dt',
  'dd',
]);
export const TEXT_BLOCK = /^(p|h[1-6]|li|dt|dd)$/;

export const isElement = (node: AnyNode): node is Element => node.type === 'tag';
const isText = (node: AnyNode): node is Text => node.type === 'text';

/** A cell's or paragraph's text: line breaks for <br>, nested blocks split off by a line break, images and note links left out. */
export function inlineText(nodes: AnyNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (isText(node)) {
      out += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (BLOCK_TAGS.has(name)) {
      out += '\n'; // split off: the walker reads it as a block of its own
      continue;
    }
    if (name === 'br') out += '\n';
    else if (name === 'img') continue;
    else if (name === 'input') out += node.attribs.type === 'checkbox' ? ('checked' in node.attribs ? '☑' : '☐') : '';
    else if (name === 'a' && isNoteLink(node)) continue;
    else out += inlineText(node.children);
  }
  return out;
}

/** "[1]" footnote references in the body and the "↑" links back from a note: not report text. */
function isNoteLink(a: Element): boolean {
  return /^#(footnote|endnote|comment)-/.test(a.attribs.href ?? '');
}

/** Every paragraph of a cell in order, nested tables flattened into it, one per line. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const collect = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) {
        if (node.data.trim()) lines.push(node.data);
        continue;
      }
      if (!isElement(node)) continue;
      if (TEXT_BLOCK.test(node.name)) {
        lines.push(inlineText(node.children));
        collect(node.children.filter((c) => isElement(c) && BLOCK_TAGS.has(c.name)));
      } else if (BLOCK_TAGS.has(node.name)) collect(node.children);
      else lines.push(inlineText([node]));
    }
  };
  collect(cell.children);
  return lines.join('\n');
}

function childElements(el: Element, names: string[]): Element[] {
  return el.children.filter((c): c is Element => isElement(c) && names.includes(c.name));
}

/** A cell's text as the reader cites it: the text, and the source lines it came from when the reader knows them. */
export type CellSource = (text: string) => { raw: string; lines: [number, number] | null };

/**
 * A <table>'s rows (its own, not a nested table's: those are flattened into their cell), each cell
 * with its spans; null when every cell is empty. `source` reads each cell's text for its citation.
 */
export function tableRows(table: Element, source: CellSource): { rows: RawCell[][]; lines: number[] } | null {
  const trs: Element[] = [];
  for (const child of childElements(table, ['tr', 'thead', 'tbody', 'tfoot'])) {
    if (child.name === 'tr') trs.push(child);
    else trs.push(...childElements(child, ['tr']));
  }
  const all: number[] = [];
  let rows: RawCell[][] = trs.map((tr) =>
    childElements(tr, ['td', 'th']).map((td) => {
      const { raw, lines } = source(cellText(td));
      if (lines) all.push(...lines);
      const cell: RawCell = { raw, prov: { page: null, lines } };
      const colSpan = Number(td.attribs.colspan ?? 1);
      const rowSpan = Number(td.attribs.rowspan ?? 1);
      if (Number.isInteger(colSpan) && colSpan > 1) cell.colSpan = colSpan;
      if (Number.isInteger(rowSpan) && rowSpan > 1) cell.rowSpan = rowSpan;
      return cell;
    }),
  );
  rows = dropEmptyRows(rows);
  if (!rows.some((r) => r.some((c) => c.raw.trim()))) return null; // a table of empty cells: nothing to cite
  return { rows, lines: all };
}

/**
 * A row every cell of which continues a vertical merge comes out of mammoth as an empty <tr>.
 * BlockBuilder drops empty rows, so shorten the spans that crossed it to keep them true.
 */
function dropEmptyRows(rows: RawCell[][]): RawCell[][] {
  if (rows.every((r) => r.length > 0)) return rows;
  for (let k = 0; k < rows.length; k++) {
    if (rows[k].length > 0) continue;
    for (let r = 0; r < k; r++) {
      for (const c of rows[r]) if ((c.rowSpan ?? 1) > k - r) c.rowSpan = (c.rowSpan ?? 1) - 1;
    }
  }
  return rows.filter((r) => r.length > 0).map((r) => r.map((c) => ((c.rowSpan ?? 1) > 1 ? c : { ...c, rowSpan: undefined })));
}
