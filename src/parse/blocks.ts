import type { Block, BBox, Cell, Provenance, TableBlock } from '../model/document.ts';
import { normalizeText } from './normalize.ts';

/** A line that opens a block of its own: a heading, a table row, a quotation, a numbered or bulleted item. */
export const OPENS_OWN_BLOCK =
  /^\s*(?:#|\||>|[-*+•·]\s|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分条]|[一二三四五六七八九十]是)/;

/**
 * A paragraph that stops on a clause's comma ("年初预算800万元,"): the sentence goes on in the next paragraph, which a
 * copy that gives each line a paragraph of its own (a .docx, a web page) split off. A trailing 、 lists on the same way.
 */
const ENDS_MID_SENTENCE = /[,，、]\s*$/;
/** The start of a paragraph that can go on a sentence: words or a number, not a mark, a bracket or a block's opener. */
const GOES_ON_SENTENCE = /^\s*[\p{Script=Han}\d]/u;

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
  /** The source text of the last block, when it is a paragraph that stopped mid-sentence: the next one may go on it. */
  private openParagraph: { raw: string; prov: Provenance } | undefined;

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
    this.openParagraph = undefined;
    this.blocks.push({ id: this.nextId(), type: 'heading', level: Math.min(6, Math.max(1, level)), ...t, prov });
  }

  paragraph(raw: string, prov: Provenance): void {
    const t = normalizeText(raw, this.options);
    if (!t.text) return;
    const open = this.openParagraph;
    if (open && open.prov.page === prov.page && GOES_ON_SENTENCE.test(raw) && !OPENS_OWN_BLOCK.test(raw)) {
      // one sentence split over two paragraphs: read as one, or its second half reads as the unit's own (年初预算800万元, /
      // 全年支出785.3万元) and its first half loses the amount that goes with it
      const joined = { raw: `${open.raw}\n${raw}`, prov: joinedProvenance(open.prov, prov) };
      this.blocks.pop();
      this.push(joined.raw, joined.prov, normalizeText(joined.raw, this.options));
      return;
    }
    this.push(raw, prov, t);
  }

  private push(raw: string, prov: Provenance, t: ReturnType<typeof normalizeText>): void {
    this.blocks.push({ id: this.nextId(), type: 'paragraph', ...t, prov });
    this.openParagraph = ENDS_MID_SENTENCE.test(t.text) ? { raw, prov } : undefined;
  }

  table(rows: RawCell[][], prov: Provenance): TableBlock | undefined {
    const cells: Cell[][] = rows
      .map((row) => row.map((c) => ({ ...normalizeText(c.raw), rowSpan: c.rowSpan ?? 1, colSpan: c.colSpan ?? 1, prov: c.prov })))
      .filter((row) => row.length > 0);
    if (cells.length === 0) return undefined;
    const block: TableBlock = { id: this.nextId(), type: 'table', rows: cells, prov };
    this.openParagraph = undefined;
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

/** Where two blocks of one page read as one stand: from the first's first line to the second's last, in both boxes. */
function joinedProvenance(first: Provenance, second: Provenance): Provenance {
  const lines = first.lines && second.lines ? ([first.lines[0], second.lines[1]] as [number, number]) : (first.lines ?? second.lines);
  const bbox = unionBox([first.bbox, second.bbox].filter((b): b is BBox => b !== undefined));
  return { page: second.page, lines, ...(bbox ? { bbox } : {}) };
}
