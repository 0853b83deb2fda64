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
import type { AnyNode, Element } from 'domhandler';
import type { Provenance } from '../model/document.ts';
import { BlockBuilder, type RawCell } from './blocks.ts';
import { emitBarredRun, emitPipeRowRuns, PARAGRAPH_TABLE_RUNS, printedLineJoins } from './markdown.ts';
import { inlineText, isElement, TEXT_BLOCK, tableRows } from './html.ts';
import { ParseError } from './errors.ts';
import { checkPackage } from './package.ts';
import type { ReaderResult } from './reader.ts';
import { refusal } from './sniff.ts';

const MARK_OPEN = '\uFDD0';
const MARK_CLOSE = '\uFDD1';
const MARKER = /\uFDD0(\d+)\uFDD1/g;

const HEADING = /^h([1-6])$/;

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
  const pending: Pending[] = [];
  walk($.root()[0].children, pending);
  const builder = new BlockBuilder();
  emit(pending, builder);

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

type Pending =
  | { kind: 'table'; rows: RawCell[][]; prov: Provenance }
  | { kind: 'heading'; level: number; raw: string; prov: Provenance }
  | { kind: 'paragraph'; raw: string; prov: Provenance };

function walk(nodes: AnyNode[], out: Pending[]): void {
  for (const node of nodes) {
    if (!isElement(node)) continue; // mammoth writes no text outside paragraphs
    const name = node.name;
    if (name === 'table') {
      const table = tableRows(node, unmark);
      if (table) out.push({ kind: 'table', rows: table.rows, prov: { page: null, lines: span(table.lines) } });
      continue;
    }
    if (TEXT_BLOCK.test(name)) {
      const { raw, lines } = ownText(node);
      const prov: Provenance = { page: null, lines };
      const h = HEADING.exec(name);
      if (h) out.push({ kind: 'heading', level: Number(h[1]), raw, prov });
      else out.push({ kind: 'paragraph', raw, prov });
    }
    // nested lists, a note's paragraphs, text boxes inside a paragraph, <a id> anchors, …
    walk(node.children, out);
  }
}

/**
 * The blocks, a paragraph that a page broke joined with the ones it goes on in (a .docx converted from a PDF,
 * a paragraph a printed line: see printedLineJoins), as the Markdown reader joins such lines.
 */
function emit(pending: Pending[], builder: BlockBuilder): void {
  const paragraphs = pending.map((p) => (p.kind === 'paragraph' ? p.raw : null));
  const joins = printedLineJoins(paragraphs);
  for (let i = 0; i < pending.length; i++) {
    const p = pending[i];
    // (each paragraph one row of a pipe table, or one cell of a web grid closed by its bar: the run of them, read as one
    // table where they make one)
    const run = PARAGRAPH_TABLE_RUNS.map(({ length, emitRun }) => ({ n: length(paragraphs, i), emitRun })).find(
      ({ n, emitRun }) => n > 1 && emitParagraphRun(builder, pending.slice(i, i + n) as PendingParagraph[], emitRun),
    );
    if (run) {
      i += run.n - 1;
      continue;
    }
    if (p.kind === 'table') builder.table(p.rows, p.prov);
    else if (p.kind === 'heading') builder.heading(p.level, p.raw, p.prov);
    else {
      let raw = p.raw;
      const ordinals = p.prov.lines ? [...p.prov.lines] : [];
      for (let n = joins.get(i); n !== undefined; i = n, n = joins.get(n)) {
        const next = pending[n] as Extract<Pending, { kind: 'paragraph' }>;
        raw += `\n${next.raw}`;
        if (next.prov.lines) ordinals.push(...next.prov.lines);
      }
      paragraphOrPipeRows(builder, raw, { page: null, lines: span(ordinals) });
    }
  }
}

type PendingParagraph = Extract<Pending, { kind: 'paragraph' }>;

/** A run of paragraphs read as the Markdown reader reads their lines, each cell cited by its paragraph; false, and nothing emitted, where they make no table. */
function emitParagraphRun(
  builder: BlockBuilder,
  run: PendingParagraph[],
  emitRun: (typeof PARAGRAPH_TABLE_RUNS)[number]['emitRun'],
): boolean {
  const provOf = (from: number, to: number): Provenance => ({
    page: null,
    lines: span(run.slice(from, to + 1).flatMap((r) => r.prov.lines ?? [])),
  });
  return emitRun(
    builder,
    run.map((r) => r.raw),
    provOf,
  );
}

/**
 * A paragraph whose lines (hard line breaks, w:br) are pipe rows is the pipe table of a Markdown report that had no
 * delimiter row under its header: pandoc reads lines opening on "| " as a line block, one paragraph whose lines keep
 * their breaks but lose the leading bar. The rows give the table the Markdown reader reads; the lines around them stay
 * prose. (A .docx has no line inside a paragraph to point to: every piece is cited by the paragraph.)
 */
function paragraphOrPipeRows(builder: BlockBuilder, raw: string, prov: Provenance): void {
  if (!emitPipeRowRuns(builder, raw.split('\n'), () => prov) && !emitBarredRun(builder, raw, prov)) builder.paragraph(raw, prov);
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
