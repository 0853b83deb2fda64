/**
 * The lines of a paragraph as the report wrote them, where a copy hard-wrapped them at a fixed width: a PDF or a
 * narrow page cuts a long line every N characters, inside words, header words, a form's label and its value, or a
 * unit's name ("项目实施单位/项目负责人原" / "州区农技中心/…"). Both the table reader (tables.ts) and the department
 * and year reader (metadata.ts) read lines, and both read the lines joined again.
 */
import { CELLS_LAID_OUT, displayWidth, rawSpan, withoutPinyinGlosses } from '../parse/normalize.ts';
import { linesOf, type Segment } from './text.ts';

/**
 * The two ways a copy measures its lines: in characters (a text wrapped every N characters) and in display columns (a
 * page's margin, as pdftotext sets it, or a tool that wraps at N columns: a Chinese character takes two, a digit one).
 * A line the copy wrapped reaches the measure in one of them. Below `floor` a line is a cell or a short line of its
 * own, never text cut at a page's width: twenty characters, or the columns twenty Chinese characters take (a table's
 * rows copied as spaced text, "合计 1,432.60 1,011.25 421.35", share a width of some thirty columns, and are no page's).
 */
const MIN_WRAPPED_CHARACTERS = 20;
/**
 * `past`: how far a line that reached the measure may count past it. A count of characters is exact; display columns
 * only near the page's: a PDF's font sets a dash or a quotation mark ("—", "“") two columns wide, which count one, and
 * brackets, Latin letters and spaces narrower than the one they count, so a form's row run into a paragraph
 * ("…得分(20 分*执行率) 年度资金总额 236.40 …") counts a few columns past the margin it reached.
 */
const WAYS: { floor: number; width: (line: string) => number; past: number }[] = [
  { floor: MIN_WRAPPED_CHARACTERS, width: (line) => line.length, past: 0 },
  { floor: 2 * MIN_WRAPPED_CHARACTERS, width: displayWidth, past: 3 },
];
/** How far a wrapped line's width may fall short of the page's: normalization drops a few characters (spaces). */
const WRAP_SLACK = 3;

/** A page's measure in each of the WAYS (null where that way finds none). */
export type PageMeasure = (number | null)[];

/** The widest window of WRAP_SLACK + 1 widths that most long lines of `widths` fall in: its top, and how many. */
function commonWidth(widths: number[]): { width: number; lines: number } {
  const counts = new Map<number, number>();
  for (const w of widths) for (let d = 0; d <= WRAP_SLACK; d++) counts.set(w + d, (counts.get(w + d) ?? 0) + 1);
  let width = 0;
  let lines = 0;
  for (const [w, n] of counts) if (n > lines || (n === lines && w < width)) [width, lines] = [w, n];
  return { width, lines };
}

/**
 * A paragraph's page measure: the width most of its long lines share, when three lines at least and two in five
 * of the long ones have it (prose lines of their own, and cells one a line, have every width); else null.
 */
function pageMeasure(lines: string[]): PageMeasure {
  return WAYS.map(({ floor, width: of }) => {
    const long = lines.map(of).filter((w) => w >= floor);
    const { width, lines: n } = commonWidth(long);
    return n < 3 || n * 5 < long.length * 2 ? null : width;
  });
}

/**
 * The page measure of a document's paragraphs taken together, for a paragraph of two or three printed lines: the
 * width three long lines at least share, with at most half as many lines wider (a page cuts every line at its
 * measure; each paragraph's last line is shorter, a line of its own any width).
 */
export function documentMeasure(segments: Segment[]): PageMeasure {
  const printed = segments
    .filter((s) => s.kind === 'paragraph' && !s.text.includes('|'))
    .flatMap((s) => linesOf(s).flatMap((l) => printedLinesOf(printedLine(s, l))));
  return WAYS.map(({ floor, width: of }) => {
    const long = printed.map(of).filter((w) => w >= floor);
    const { width, lines } = commonWidth(long);
    return lines < 3 || long.filter((w) => w > width).length * 2 > lines ? null : width;
  });
}

/**
 * A line as printed: its characters in the source, with the spaces normalization drops between CJK words, and without
 * the pinyin a mirror site glossed its traditional characters with ("鎮(zhèn)康縣"): the glosses widen every line by
 * their count, which no page's margin measured, so lines of their own would share a "measure" and be joined.
 */
const printedLine = (seg: Segment, l: { start: number; end: number }) => withoutPinyinGlosses(rawSpan(seg.source, l.start, l.end).snippet);

/**
 * The printed lines a line of the text spans: most span one, but normalization joins a line the copy cut inside a number
 * ("关于青山县 2" / "022 年…"), and the page's measure is each printed line's, not the two run together.
 */
function printedLinesOf(printed: string): string[] {
  // (a break that ends the snippet stays with its last line, measured as before)
  const end = printed.search(/(?:\r?\n|\r)*$/);
  const lines = printed.slice(0, end).split(/\r?\n|\r/);
  lines[lines.length - 1] += printed.slice(end);
  return lines;
}
/** The last of the printed lines a line of the text spans: where the line ends, and whether the page's margin ended it. */
const lastPrintedLine = (printed: string) => printedLinesOf(printed).at(-1) ?? printed;

/** The longest bracketed note a header carries ("(20分*执行率)", "(B/A)", "(万元)"): a longer bracket holds prose. */
const NOTE_LENGTH = 12;

/**
 * Offset `i` of `text` lies inside a header's note: a bracket opened before it and not closed, and closed after it before
 * another opens, the two within a note's length ("得分(20 分*执行" / "率)"). A line that ends so goes on in the next,
 * whatever the page's measure: no writer ends a line inside a note.
 */
export function insideNote(text: string, i: number): boolean {
  const before = text.slice(Math.max(0, i - NOTE_LENGTH), i);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const after = /^[^()\n]{0,12}\)/.exec(text.slice(i, i + NOTE_LENGTH + 1));
  return after !== null && before.length - open + after[0].length <= NOTE_LENGTH + 2;
}

/**
 * The lines of a paragraph, with those a copy hard-wrapped at a fixed width joined again. The width is the one most
 * of the paragraph's long lines share (pageMeasure), or where the paragraph has too few lines to tell, the document's
 * (a form run into a paragraph of two full lines, in a copy wrapped throughout: `documentWidth`, asked for only then),
 * in either way of measuring. A line of that width goes on in the next, unless the reader knows the line is whole as
 * it stands (`endsWhole`: a table's row) or the next begins a line of its own after it (`beginsWhole`, asked with the
 * text joined so far: a title naming its unit, a row's label after a row whose cells ran together). A joined line gives
 * `wraps`, where each printed line it joined began: the line break there is the copy's, no gap between two words.
 */
export function unwrappedLines(
  seg: Segment,
  documentWidth: () => PageMeasure,
  {
    endsWhole = () => false,
    beginsWhole = () => false,
  }: { endsWhole?: (line: string) => boolean; beginsWhole?: (line: string, before: string) => boolean } = {},
): { start: number; end: number; wraps?: number[] }[] {
  const lines = linesOf(seg);
  if (lines.length < 2) return [...lines];
  const own = lines.length >= 4 ? pageMeasure(lines.flatMap((l) => printedLinesOf(printedLine(seg, l)))) : [];
  const document = own.every((w) => w === null) ? documentWidth() : [];
  const measure = WAYS.map((_, k) => own[k] ?? document[k] ?? null);
  // (with no measure, only a line cut inside a note goes on)
  const full = (l: { start: number; end: number }) => {
    const printed = lastPrintedLine(printedLine(seg, l));
    const reaches = WAYS.some(({ width: of, past }, k) => {
      const width = measure[k];
      return width !== null && of(printed) <= width + past && of(printed) >= width - WRAP_SLACK;
    });
    return reaches && !CELLS_LAID_OUT.test(printed.trim()) && !endsWhole(seg.text.slice(l.start, l.end).trim());
  };
  const out: { start: number; end: number; wrapped: boolean; wraps: number[] }[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      (prev?.wrapped || (prev && insideNote(seg.text, line.start))) &&
      !beginsWhole(seg.text.slice(line.start, line.end).trim(), seg.text.slice(prev.start, prev.end).trim())
    ) {
      prev.end = line.end;
      prev.wraps.push(line.start);
      prev.wrapped = full(line);
    } else out.push({ ...line, wrapped: full(line), wraps: [] });
  }
  return out.map(({ start, end, wraps }) => (wraps.length ? { start, end, wraps } : { start, end }));
}
