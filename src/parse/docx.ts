/**
 * Word .docx: mammoth turns WordprocessingML into plain HTML (h1–h6 from the heading styles, p,
 * li, table with colspan/rowspan from w:gridSpan and w:vMerge), cheerio walks it into blocks.
 *
 * A .docx has no pages, so provenance is `page: null` and `lines` holds 1-based ordinals of the
 * body's paragraphs (w:p in document order, table cells included): block b is "paragraphs 12–12",
 * a table "paragraphs 40–75". HTML loses the link back to w:p, so before mammoth writes HTML every
 * body paragraph gets a marker run (U+FDD0 ordinal U+FDD1, noncharacters that never occur in a
 * real document); the walker reads the markers back and strips them before normalization.
 * mammoth drops the cells a vertical merge continues (and their paragraphs); each such cell is
 * counted as the one empty paragraph Word writes there, so later ordinals still match the body.
 * Footnotes and endnotes (listed by mammoth after the body) are kept as paragraphs without lines.
 */
import mammoth from 'mammoth';
import { load } from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import type { Provenance } from '../model/document.ts';
import { BlockBuilder, type RawCell } from './blocks.ts';
import { ParseError } from './errors.ts';
import { checkPackage } from './package.ts';
import type { ReaderResult } from './reader.ts';
import { refusal } from './sniff.ts';

const MARK_OPEN = '\uFDD0';
const MARK_CLOSE = '\uFDD1';
const MARKER = /\uFDD0(\d+)\uFDD1/g;

const HEADING = /^h([1-6])$/;
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
const TEXT_BLOCK = /^(p|h[1-6]|li|dt|dd)$/;

export async function readDocx(bytes: Uint8Array, file: string): Promise<ReaderResult> {
  const refused = refusal(bytes);
  if (refused?.kind === 'encrypted') throw new ParseError(file, 'encrypted', `${refused.what}: remove the password and save it again`);
  // sizes, ratio and DTDs checked before mammoth inflates anything (a zip bomb, an XXE)
  await checkPackage(bytes, file);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let html: string;
  let messages: { type: string; message: string }[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer },
      {
        transformDocument: numberParagraphs,
        // images carry no text a rule reads: skip mammoth's base64 data URIs
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        // linked images and other external relationships are never opened, on disk or on the network
        externalFileAccess: false,
      },
    );
    html = result.value;
    messages = result.messages;
  } catch (e) {
    throw new ParseError(file, 'corrupt', corruptReason(e), { cause: e });
  }

  const warnings = [...new Set(messages.map((m) => (m.type === 'error' ? `error: ${m.message}` : m.message)))];
  const $ = load(html, { xml: true });
  const builder = new BlockBuilder();
  walk($.root()[0].children, builder);

  const hasText = builder.blocks.some((b) => (b.type === 'table' ? b.rows.some((r) => r.some((c) => c.text)) : b.text));
  if (!hasText) throw new ParseError(file, 'empty', 'the document holds no text (only empty paragraphs, tables or images)');
  return { blocks: builder.blocks, warnings, pages: null };
}

// ---------------------------------------------------------------------------------------------
// Paragraph ordinals, added to mammoth's document model before it writes HTML

// mammoth's document model is untyped (index.d.ts says `any`): only the fields read here are named
interface MNode {
  type: string;
  children?: MNode[];
  colSpan?: number;
  rowSpan?: number;
  [k: string]: unknown;
}

function markerRun(n: number): MNode {
  // the shape of mammoth's documents.Run with no formatting
  return {
    type: 'run',
    children: [{ type: 'text', value: `${MARK_OPEN}${n}${MARK_CLOSE}` }],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  };
}

function numberParagraphs(document: MNode): MNode {
  let n = 0;
  const visit = (node: MNode): void => {
    if (node.type === 'table') return visitTable(node);
    if (node.type === 'paragraph') {
      n++;
      node.children = [markerRun(n), ...(node.children ?? [])];
      // a paragraph can hold others (text boxes): they follow it in the count
      for (const c of node.children.slice(1)) visit(c);
      return;
    }
    for (const c of node.children ?? []) visit(c);
  };
  const visitTable = (table: MNode): void => {
    // grid column -> rows still covered below a vertically merged cell, and that cell's width
    const covered = new Map<number, { rows: number; span: number }>();
    for (const row of table.children ?? []) {
      if (row.type !== 'tableRow') {
        visit(row);
        continue;
      }
      const cells = row.children ?? [];
      let col = 0;
      let i = 0;
      for (;;) {
        const c = covered.get(col);
        if (c && c.rows > 0) {
          n++; // the continuation cell mammoth dropped: one empty paragraph
          c.rows--;
          col += c.span;
          continue;
        }
        if (i >= cells.length) {
          // merged cells may still cover columns to the right of the row's last cell
          if (![...covered.entries()].some(([k, v]) => k > col && v.rows > 0)) break;
          col++;
          continue;
        }
        const cell = cells[i++];
        visit(cell);
        const span = Math.max(1, cell.colSpan ?? 1);
        if ((cell.rowSpan ?? 1) > 1) covered.set(col, { rows: (cell.rowSpan ?? 1) - 1, span });
        col += span;
      }
    }
  };
  visit(document);
  return document;
}

// ---------------------------------------------------------------------------------------------
// HTML → blocks

const isElement = (node: AnyNode): node is Element => node.type === 'tag';
const isText = (node: AnyNode): node is Text => node.type === 'text';

function walk(nodes: AnyNode[], builder: BlockBuilder): void {
  for (const node of nodes) {
    if (!isElement(node)) continue; // mammoth writes no text outside paragraphs
    const name = node.name;
    if (name === 'table') {
      addTable(node, builder);
      continue;
    }
    if (TEXT_BLOCK.test(name)) {
      const { raw, lines } = ownText(node);
      const prov: Provenance = { page: null, lines };
      const h = HEADING.exec(name);
      if (h) builder.heading(Number(h[1]), raw, prov);
      else builder.paragraph(raw, prov);
    }
    // nested lists, a note's paragraphs, text boxes inside a paragraph, <a id> anchors, …
    walk(node.children, builder);
  }
}

/** The element's own text (nested blocks left out) with its markers taken out and read. */
function ownText(el: Element): { raw: string; lines: [number, number] | null } {
  return unmark(inlineText(el.children));
}

function unmark(marked: string): { raw: string; lines: [number, number] | null } {
  const ordinals: number[] = [];
  const raw = marked.replace(MARKER, (_m, d: string) => {
    ordinals.push(Number(d));
    return '';
  });
  return { raw, lines: span(ordinals) };
}

function span(ordinals: number[]): [number, number] | null {
  if (ordinals.length === 0) return null;
  return [Math.min(...ordinals), Math.max(...ordinals)];
}

function inlineText(nodes: AnyNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (isText(node)) {
      out += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name;
    if (BLOCK_TAGS.has(name)) {
      out += '\n'; // split off: walk() reads it as a block of its own
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

function addTable(table: Element, builder: BlockBuilder): void {
  const trs: Element[] = [];
  for (const child of childElements(table, ['tr', 'thead', 'tbody', 'tfoot'])) {
    if (child.name === 'tr') trs.push(child);
    else trs.push(...childElements(child, ['tr']));
  }
  const all: number[] = [];
  let rows: RawCell[][] = trs.map((tr) =>
    childElements(tr, ['td', 'th']).map((td) => {
      const { raw, lines } = unmark(cellText(td));
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
  if (!rows.some((r) => r.some((c) => c.raw.trim()))) return; // a table of empty cells: nothing to cite
  builder.table(rows, { page: null, lines: span(all) });
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

// ---------------------------------------------------------------------------------------------

/** One line naming what is wrong with a .docx that mammoth (JSZip, xmldom, pako) cannot read. */
function corruptReason(e: unknown): string {
  const msg = String((e as Error)?.message ?? e)
    .replace(/@#\[line:[^\]]*\]/g, '')
    .replace(/^\s*(warning|error|fatalError):\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/end of central directory/i.test(msg)) return `the zip archive is truncated or damaged: its central directory is missing (${msg})`;
  if (/end of data reached|corrupted zip|zip64|signature/i.test(msg)) return `the zip archive is truncated or damaged (${msg})`;
  if (/size mismatch|crc32|invalid (stored|distance|code|block)|incorrect header check|unexpected end of file|inflate/i.test(msg)) {
    return `a compressed part of the zip archive is damaged (${msg})`;
  }
  if (/main document part/i.test(msg))
    return 'the zip archive has no Word main document (word/document.xml missing or not linked from _rels/.rels)';
  if (/xmldom|xml|unclosed|mismatched|attribute|entity|element/i.test(msg))
    return `the Word XML inside the .docx is not well-formed (${msg})`;
  return `mammoth could not read the .docx (${msg || 'unknown error'})`;
}
