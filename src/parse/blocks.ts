import type { Block, BBox, Cell, Provenance, TableBlock } from '../model/document.ts';
import { normalizeText } from './normalize.ts';

export interface RawCell {
  raw: string;
  rowSpan?: number;
  colSpan?: number;
  prov: Provenance;
}

/**
 * Collects blocks in reading order, normalizing their text once and numbering them b1, b2, …
 * Empty paragraphs are dropped: they carry nothing a rule could cite.
 */
export class BlockBuilder {
  readonly blocks: Block[] = [];

  /**
   * `measure`: the width, in display columns, the copy's printed lines run to (a text copied out of a PDF a printed line at
   * a time, see normalize.ts fullLines), when the reader measured one over the whole text: a paragraph too short to
   * show its own measure (two printed lines, pdftotext -layout's blank line after each paragraph) is cut at it too.
   */
  constructor(private readonly options: { measure?: number } = {}) {}

  private nextId(): string {
    return `b${this.blocks.length + 1}`;
  }

  heading(level: number, raw: string, prov: Provenance): void {
    const t = normalizeText(raw);
    if (!t.text) return;
    this.blocks.push({ id: this.nextId(), type: 'heading', level: Math.min(6, Math.max(1, level)), ...t, prov });
  }

  paragraph(raw: string, prov: Provenance): void {
    const t = normalizeText(raw, this.options);
    if (!t.text) return;
    this.blocks.push({ id: this.nextId(), type: 'paragraph', ...t, prov });
  }

  table(rows: RawCell[][], prov: Provenance): TableBlock | undefined {
    const cells: Cell[][] = rows
      .map((row) => row.map((c) => ({ ...normalizeText(c.raw), rowSpan: c.rowSpan ?? 1, colSpan: c.colSpan ?? 1, prov: c.prov })))
      .filter((row) => row.length > 0);
    if (cells.length === 0) return undefined;
    const block: TableBlock = { id: this.nextId(), type: 'table', rows: cells, prov };
    this.blocks.push(block);
    return block;
  }
}

/** The smallest box holding all of `boxes`. */
export function unionBox(boxes: BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
