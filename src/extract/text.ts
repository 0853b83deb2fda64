/**
 * The view of a Document that rules read: one segment per paragraph, heading or table cell,
 * each in a simplified-character form of the same length as the normalized text, so a match
 * position is also a position in the normalized text, and from there (through the offset map)
 * in the original.
 */
import * as OpenCC from 'opencc-js';
import type { Block, Document, OcrSpan, Provenance } from '../model/document.ts';
import type { Evidence } from '../model/record.ts';
import { cellOrigin } from './grid.ts';
import { CLAUSE_PUNCTUATION, COLUMN_FORMULA, MEASURE_WORD_END, type NormalizedText, rawOffset, rawSpan } from '../parse/normalize.ts';
import { type OcrRepair, repairOcr, repairsWithin } from './ocrRepair.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Traditional → simplified, one character for one character (phrase conversions that change length are undone per character). */
function simplifiedCharacters(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  return Array.from(text, (c) => {
    const s = toSimplified(c);
    return s.length === c.length ? s : c;
  }).join('');
}

/**
 * How many texts' readings are kept. Rules ask for the same block's or cell's reading many times over (the segments,
 * the title and signature search, every table reader's header test), and reading one costs a conversion and an OCR
 * pass over it; past this many the memory is cleared rather than grown, so a huge document stays bounded.
 */
const READINGS_KEPT = 20_000;
const readings = new Map<string, { text: string; repairs: OcrRepair[] }>();

/**
 * A half-width "." that closes a Chinese sentence ("…总额为32万元.本单位…", "扣完为止. 年初…"): a PDF's text layer, or a
 * writer on a Latin keyboard, gives it for "。". Right after a Chinese character, and before another (a space may stand
 * between) or the text's end, it is no decimal point, abbreviation or list number's stop; a Chinese numeral before it
 * ("二.预算执行情况") numbers a heading, which stays as it is.
 */
const CHINESE_FULL_STOP = /(?<=[\u4e00-\u9fff])(?<![一二三四五六七八九十])\.(?=\s*(?:[\u4e00-\u9fff]|$))/g;

/** `text` simplified and OCR-repaired, read once per distinct text (the reading is a pure function of it). */
function readingOf(text: string): { text: string; repairs: OcrRepair[] } {
  let reading = readings.get(text);
  if (!reading) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    reading = repairOcr(simplifiedCharacters(text).replace(CHINESE_FULL_STOP, '。'));
    readings.set(text, reading);
  }
  return reading;
}

/**
 * The form rules match on, of the same length as `text`: simplified characters, with OCR's known
 * confusions inside the vocabulary's words read through (预箅数 → 预算数, ocrRepair.ts).
 */
export function simplify(text: string): string {
  return readingOf(text).text;
}

export interface Segment {
  blockId: string;
  blockIndex: number;
  kind: 'heading' | 'paragraph' | 'cell';
  level?: number;
  cell?: { row: number; col: number };
  /** A gridded table's cell (grid.ts) whose place in the block as read is not its grid place: that place. */
  origin?: { row: number; col: number };
  /** The normalized text with its offset map (evidence comes from here). */
  source: NormalizedText;
  /** Simplified form of source.text, same length: what rules match on. */
  text: string;
  /** OCR confusions read through in `text` (箅 → 算 inside 预箅数), for the evidence. */
  ocrRepairs?: OcrRepair[];
  prov: Provenance;
  /** Heading texts above this segment, outermost first. */
  headings: string[];
  /** Text read by OCR: its words' confidences and boxes, over the original text. */
  ocr?: OcrSpan[];
}

export function segmentsOf(doc: Document): Segment[] {
  const out: Segment[] = [];
  const headingStack: { level: number; text: string }[] = [];
  doc.blocks.forEach((block: Block, blockIndex) => {
    if (block.type === 'heading') {
      while (headingStack.length && headingStack[headingStack.length - 1].level >= block.level) headingStack.pop();
      out.push(
        seg(
          block.id,
          blockIndex,
          'heading',
          block,
          block.prov,
          headingStack.map((h) => h.text),
          { level: block.level },
        ),
      );
      headingStack.push({ level: block.level, text: simplify(block.text) });
      return;
    }
    const headings = headingStack.map((h) => h.text);
    if (block.type === 'paragraph') {
      out.push(seg(block.id, blockIndex, 'paragraph', block, block.prov, headings));
      return;
    }
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        // a table laid on its grid (grid.ts): the evidence names the cell where the document as read has it
        const origin = cellOrigin(cell);
        const moved = origin && (origin.row !== r || origin.col !== c) ? { origin } : {};
        out.push(seg(block.id, blockIndex, 'cell', cell, cell.prov, headings, { cell: { row: r, col: c }, ...moved }));
      }),
    );
  });
  return out;
}

function seg(
  blockId: string,
  blockIndex: number,
  kind: Segment['kind'],
  t: NormalizedText & { ocr?: OcrSpan[] },
  prov: Provenance,
  headings: string[],
  extra: Partial<Segment> = {},
): Segment {
  const source: NormalizedText = {
    text: t.text,
    ...(t.raw !== undefined ? { raw: t.raw } : {}),
    ...(t.offsets ? { offsets: t.offsets } : {}),
  };
  const { text, repairs } = readingOf(t.text);
  return {
    blockId,
    blockIndex,
    kind,
    source,
    text,
    ...(repairs.length ? { ocrRepairs: repairs } : {}),
    prov,
    headings,
    ...(t.ocr ? { ocr: t.ocr } : {}),
    ...extra,
  };
}

/** Each document's segments by block and cell, indexed once (a long document has tens of thousands). */
const segmentIndex = new WeakMap<Segment[], Map<string, Segment>>();

/**
 * The segment of a paragraph or heading block (no `row`/`col`), or of one cell of a table block:
 * the first of `segments` that is, found in a map built once per segment list instead of a scan
 * per look-up (a scan per cell made long documents quadratic).
 */
export function segmentAt(segments: Segment[], blockId: string, row?: number, col?: number): Segment | undefined {
  let map = segmentIndex.get(segments);
  if (!map) {
    map = new Map();
    for (const s of segments) {
      const k = `${s.blockId}|${s.cell?.row ?? ''}|${s.cell?.col ?? ''}`;
      if (!map.has(k)) map.set(k, s);
    }
    segmentIndex.set(segments, map);
  }
  return map.get(`${blockId}|${row ?? ''}|${col ?? ''}`);
}

/**
 * Evidence for normalized range [start, end) of a segment: the original snippet and its offsets.
 * Given the `value` read there, on OCRed text, also how sure OCR was of that number's digits.
 */
export function evidenceOf(s: Segment, start: number, end: number, value?: string): Evidence {
  const span = rawSpan(s.source, start, end);
  const evidence: Evidence = {
    blockId: s.blockId,
    page: s.prov.page,
    lines: s.prov.lines,
    snippet: span.snippet,
    start: span.start,
    end: span.end,
    ...(s.cell ? { cell: s.origin ?? s.cell } : {}),
  };
  const ocr = value !== undefined && s.ocr ? ocrOf(s.ocr, span.snippet, span.start, value) : undefined;
  if (ocr) evidence.ocr = ocr;
  const readThrough = repairsWithin(s.ocrRepairs, start, end);
  if (readThrough) evidence.ocrReadThrough = readThrough;
  return evidence;
}

const NUMBER_RUN = /[0-9０-９](?:[0-9０-９,，.．]|\s(?=[0-9０-９]))*/g;
const asciiDigits = (x: string) =>
  x
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s]/g, '')
    .replace(/\.$/, '');

/**
 * The lowest OCR confidence of the words that make up the number `value` in `snippet` (at raw offset
 * `at`), and the box of its digits. The number is the run of digits in the snippet that reads as the
 * value; with none (a rate or an amount the rule scaled), the snippet's only number; else nothing.
 */
export function ocrOf(spans: OcrSpan[], snippet: string, at: number, value: string): Evidence['ocr'] {
  const runs = [...snippet.matchAll(NUMBER_RUN)].map((m) => ({
    start: at + m.index,
    end: at + m.index + m[0].length,
    digits: asciiDigits(m[0]),
  }));
  const want = value.replace(/^-/, '');
  const num = (x: string) => (/^\d+(\.\d+)?$/.test(x) ? Number(x) : NaN);
  const run =
    runs.find((r) => r.digits === want) ?? runs.find((r) => num(r.digits) === num(want)) ?? (runs.length === 1 ? runs[0] : undefined);
  if (!run) return undefined;
  const hit = spans.filter((sp) => sp.start < run.end && sp.end > run.start);
  if (!hit.length) return undefined;
  return {
    confidence: Math.min(...hit.map((sp) => sp.conf)),
    bbox: [
      Math.min(...hit.map((sp) => sp.bbox[0])),
      Math.min(...hit.map((sp) => sp.bbox[1])),
      Math.max(...hit.map((sp) => sp.bbox[2])),
      Math.max(...hit.map((sp) => sp.bbox[3])),
    ],
  };
}

/**
 * The source lines of a segment as ranges of its normalized text. Normalization turns line breaks
 * into spaces (or drops them between CJK characters), but a table flattened one row per line keeps
 * its rows only in the line breaks, so table reading asks for them here.
 */
export function linesOf(s: Segment): readonly { start: number; end: number }[] {
  let lines = LINES.get(s);
  if (!lines) {
    lines = splitAtSourceGaps(s, 0, s.text.length, /[\r\n]/);
    LINES.set(s, lines);
  }
  return lines;
}

/** Each segment's lines, found once: many rules ask for them, and a page run together on one line is long to scan. */
const LINES = new WeakMap<Segment, { start: number; end: number }[]>();

/**
 * An item's opener right after a sentence's end (。!?) or the colon announcing a list: 项目一: / 项目二、, (二), 2. / 2、,
 * 一是. A .docx or PDF copy joins the lines of a Markdown paragraph (pandoc keeps no soft break), so a list written one
 * item a line ("…如下:\n项目一:A,…100%。…\n项目二:B,…") reaches the rules as one line; where such an opener follows a
 * stop the line it opened is read again. A comma or 、 before it is a clause's inside ("主要有两点,一是…"), and a number
 * going on in digits (3.5万元, 2023年) or a year's digits is no opener.
 */
const ITEM_AFTER_STOP =
  /(?<=[。!?:])\s*(?=项目[一二三四五六七八九十]{1,3}\s*[:、]|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、.](?!\d)|[一二三四五六七八九十]{1,2}是)/g;

/**
 * The item scopes of a segment: its source lines (linesOf), each cut again where an item's opener follows a stop
 * (ITEM_AFTER_STOP), so that a list run into one paragraph reads as the lines it was written in. A scope ends where the
 * next one starts: a rule reading an item past a pdftotext margin reads on to the next scope that opens an item.
 */
export function itemScopesOf(s: Segment): readonly { start: number; end: number }[] {
  let scopes = SCOPES.get(s);
  if (!scopes) {
    // matched on the whole text: a pdftotext copy's margin may fall between the stop and the opener
    const cuts = [...s.text.matchAll(ITEM_AFTER_STOP)].map((m) => (m.index ?? 0) + m[0].length);
    scopes = linesOf(s).flatMap((line) => {
      const bounds = [line.start, ...cuts.filter((at) => at > line.start && at < line.end), line.end];
      return bounds.slice(0, -1).map((start, k) => ({ start, end: bounds[k + 1] }));
    });
    SCOPES.set(s, scopes);
  }
  return scopes;
}

const SCOPES = new WeakMap<Segment, { start: number; end: number }[]>();

/**
 * The words of range [start, end) as the source spaced them: normalization drops a space between two
 * CJK characters ("2018年决算数 三公经费" → "2018年决算数三公经费"), but a table row copied as text has
 * its cells only in those spaces.
 */
export function sourceWordsOf(s: Segment, start: number, end: number, wraps?: readonly number[]): { start: number; end: number }[] {
  return splitAtSourceGaps(s, start, end, /\s/, wraps).flatMap((r) => {
    // an explicit space in the normalized text separates too, and belongs to neither side
    const out: { start: number; end: number }[] = [];
    let at = r.start;
    for (let i = r.start; i <= r.end; i++) {
      if (i === r.end || s.text[i] === ' ') {
        if (i > at) out.push({ start: at, end: i });
        at = i + 1;
      }
    }
    return out;
  });
}

/**
 * A space normalization dropped as the copy's and no cell's boundary (normalize.ts): before a closing bracket or a
 * half-width comma, semicolon or colon ("年度资金总额 :20…", "(万元 )"), and before a measure's column letters
 * ("全年预算数 (A)全年执行数 (B)"). No cell opens on either.
 */
function copysGapAt(text: string, i: number): boolean {
  if (text[i - 1] === ' ') return false;
  if (text[i] === ')' || CLAUSE_PUNCTUATION.test(text[i])) return true;
  if (text[i] !== '(' || !MEASURE_WORD_END.test(text[i - 1])) return false;
  const close = text.indexOf(')', i + 1);
  return close > 0 && COLUMN_FORMULA.test(text.slice(i + 1, close));
}

/**
 * `wraps`: where a printed line that a page's margin cut goes on (printedLines.ts): the line break there fell between
 * two characters of one word ("…全年执行数(B) 分值执" / "行率(B/A)…"), no gap; where the words stood apart,
 * normalization kept a space, which still separates.
 */
function splitAtSourceGaps(
  s: Segment,
  from: number,
  to: number,
  gapRe: RegExp,
  wraps?: readonly number[],
): { start: number; end: number }[] {
  const raw = s.source.raw;
  const text = s.text;
  if (raw === undefined || !gapRe.test(raw)) return [{ start: from, end: to }];
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from + 1; i < to; i++) {
    // "2018 年决算数": the space a PDF draws between a year and 年 is the copy's, never a cell boundary
    // (normalization drops it for the same reason)
    if (text[i] === '年' && /(?:^|\D)\d{4}$/.test(text.slice(Math.max(0, i - 5), i))) continue;
    // a break folds into the space before i, or vanishes between two CJK characters
    const gap = raw.slice(rawOffset(s.source, i - 1) + (text[i - 1] === ' ' ? 0 : 1), rawOffset(s.source, i));
    // "…三公经费 29" / ".08 63.46": a line break the normalized text closed up inside a number is a wrap of the
    // printed line, not a gap between two words
    if (/^[\r\n]+$/.test(gap) && /[\d.]/.test(text[i - 1]) && /[\d.]/.test(text[i])) continue;
    if (wraps?.includes(i) && /^[ \t]*(?:\r?\n|\r)[ \t\f]*$/.test(gap)) continue;
    if (/^[ \t]+$/.test(gap) && copysGapAt(text, i)) continue;
    if (gapRe.test(gap)) {
      out.push({ start, end: i });
      start = i;
    }
  }
  out.push({ start, end: to });
  return out;
}

/** The (at most two) paragraphs right above block `blockIndex`, simplified: a table's title, and a "单位:元" line of its own. */
/**
 * A note of a table's money unit written under it, a paragraph of its own: "(单位:元)", "单位:万元", "注:表中金额单位为万元".
 */
const UNIT_NOTE_BELOW = /^[((]?(?:注[::])?(?:表中|本表|上表)?(?:金额)?单位[::]?(?:为|是)?(万元|元|亿元|千元)[))]?[。.]?$/;

/**
 * The unit a note right under a table declares (UNIT_NOTE_BELOW), or null: a note with a table right below it
 * heads that table instead, as a unit line above its table does.
 */
export function unitNoteBelow(doc: Document, blockIndex: number): string | null {
  const note = doc.blocks[blockIndex + 1];
  if (!note || note.type !== 'paragraph' || doc.blocks[blockIndex + 2]?.type === 'table') return null;
  return unitNote(note.text);
}

/** The unit a paragraph that is nothing but a unit note declares (UNIT_NOTE_BELOW), or null. */
export function unitNote(text: string): string | null {
  return UNIT_NOTE_BELOW.exec(simplify(text).replace(/\s/g, ''))?.[1] ?? null;
}

export function textAbove(doc: Document, blockIndex: number): string[] {
  return doc.blocks.slice(Math.max(0, blockIndex - 2), blockIndex).map((b) => (b.type === 'table' ? '' : simplify(b.text)));
}

/**
 * The most characters before a list that are read for the amount leading it (its total, or the budget it
 * divides): two sentences of prose are far fewer. Reading the whole text before each list made a page run
 * together on one line, with no 。 to stop at, cost the square of its length.
 */
export const LEAD_LOOKBACK = 2000;

/** Where the text after its last `count` 。 starts (0 when it has fewer). */
export function afterSentenceEnds(text: string, count: number): number {
  let at = text.length;
  for (let i = 0; i < count; i++) {
    at = at > 0 ? text.lastIndexOf('。', at - 1) : -1;
    if (at < 0) return 0;
  }
  return at + 1;
}

/** More than an end-anchored pattern of the rules needs before the point it tests (tailBefore). */
const TAIL = 120;

/**
 * The last characters of `text` before `at`, for a pattern anchored at their end ("…情况$"): tested on the whole
 * text before `at`, such a pattern is tried at every character of it, and a page run together on one line costs the
 * square of its length. A cut tail opens with a character no pattern reads (U+0000), so that `^` holds only at the
 * text's true start.
 */
export function tailBefore(text: string, at: number): string {
  return at > TAIL ? `\u0000${text.slice(at - TAIL, at)}` : text.slice(0, at);
}
