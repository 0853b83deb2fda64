/**
 * Markdown and plain text: reports copied from a government web page, or exported as .md.
 *
 * remark (with GFM tables and the CJK-friendly emphasis rules: `**三是…。**推进` is bold even
 * though the closing ** follows full-width punctuation) gives headings, paragraphs and pipe
 * tables. Two kinds of pseudo-table that copy-paste produces are found before remark sees the
 * text, because remark would read them as code blocks or as prose (and raw HTML tables, which a
 * converter from a web page keeps where cells are merged, are read first, see htmlTables):
 *  - tab-separated rows (copied from a Word table); a row whose first cell is empty continues
 *    the row above it (the cell text wrapped onto a new line in the source);
 *  - pipe-separated rows with no delimiter row (copied from an HTML table);
 *  - one cell per line (a table copied out of a PDF or a web page's grid), or one row per line
 *    with cells separated by spaces: a header of a label column and money columns, then rows of a
 *    label and exactly one value per money column.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Provenance } from '../model/document.ts';
import { load } from 'cheerio';
import { BlockBuilder, OPENS_OWN_BLOCK, type RawCell } from './blocks.ts';
import { tableRows } from './html.ts';
import { decodeText } from './decode.ts';
import { ParseError } from './errors.ts';
import type { ReaderResult } from './reader.ts';
import { CELL_GAPS, CELLS_LAID_OUT, displayWidth, MIN_MEASURE } from './normalize.ts';
import { RECIPIENT_HEADER, ROW_TOTAL_HEADER, TABLE_HEADERS } from '../model/wordings.ts';
import { Decimal } from '../model/money.ts';
import { findLaidOutRegions } from './layoutRows.ts';

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  alt?: string;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
}

type Pending =
  | { line: number; kind: 'heading'; level: number; raw: string; prov: Provenance }
  | { line: number; kind: 'paragraph'; raw: string; prov: Provenance }
  | { line: number; kind: 'table'; rows: RawCell[][]; prov: Provenance };

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly);

export async function readMarkdown(bytes: Uint8Array, file: string): Promise<ReaderResult> {
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new ParseError(file, 'empty', 'the file holds no text');
  const result = parseMarkdownText(text);
  return { ...result, encoding };
}

/**
 * "— 5 —", "- 5 -", "第 5 页 共 12 页": page furniture copied from a PDF into the text; and "5-" alone, an OCR copy's
 * "- 5 -" that lost its first dash (no number: a negative amount's sign comes first), which would otherwise stand
 * between a form's cells, one a line, as a cell of its own.
 */
const PAGE_MARKER =
  /^\s*(?:[—–\-－]{1,2}\s*\d{1,4}\s*[—–\-－]{1,2}|\d{1,3}[—–\-－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/;

/**
 * A document-sharing site's furniture between the pages of the copy it shows: the caption of a page's
 * preview ("某报告.docx_第2页"), its page count ("当前文档共48页 2.77") and its buttons ("下载文档",
 * "下载后继续阅读", "点击查看更多>>"). Lines of their own only, like a page marker.
 */
const MIRROR_FURNITURE =
  /^\s*(?:\S{1,80}\.(?:docx?|pdf|xlsx?|wps|pptx?)_第\s*\d{1,4}\s*页|当前文档共\s*\d{1,4}\s*页(?:\s+\d+(?:\.\d+)?)?|下载文档|下载后继续阅读|点击查看更多\s*>*|下载资源)\s*$/i;

/**
 * A table's caption copied as its merged first cell, closed by the empty cells beside it ("…资金分配情况表 | ||", "单位:万元 |
 * |"): a line of its own above the table, read without its bars (they border no cell, and would join it to the rows).
 */
const CAPTION_WITH_BARS = /^(\s*[^|]*?(?:[^|\s]表|单位\s*[::]\s*(?:万元|元|亿元|千元)))\s*\|(?:\s*\|)+\s*$/;
const withoutCaptionBars = (line: string) => CAPTION_WITH_BARS.exec(line)?.[1] ?? line;

/** A document-sharing site's header over the copy it shows: "《….docx》由会员分享,…(4页珍藏版)》请在优知文库上搜索。" */
const MIRROR_HEADER = /由会员分享|珍藏版|请在\S{1,12}上搜索/;
/** A page's number that such a site puts at the head of the page's text ("1、…", "2、…"). */
const CHUNK_NUMBER = /^(\s*)(\d{1,3})、/;

/**
 * The numbers a document-sharing site puts at the head of each page of its copy ("1、某局…报告一、…全年执行数" /
 * "2、1498.20万元,…"): under the site's header, the lines that open on 1、, 2、, 3、… in turn are its pages, and their
 * numbers are furniture (zero-width, as a page marker's line is), so a sentence a page cut joins again and no page
 * reads as a numbered item. Without the header, or out of turn, a line's number is the text's.
 */
function withoutChunkNumbers(lines: string[]): string[] {
  if (!lines.some((l) => MIRROR_HEADER.test(l))) return lines;
  const out = [...lines];
  const marked: number[] = [];
  let expected = 1;
  lines.forEach((line, i) => {
    const m = CHUNK_NUMBER.exec(line);
    if (m && Number(m[2]) === expected) {
      marked.push(i);
      expected++;
    }
  });
  if (marked.length < 2) return lines;
  for (const i of marked) {
    const m = CHUNK_NUMBER.exec(lines[i]);
    if (m) out[i] = m[1] + '\u200B'.repeat(m[0].length - m[1].length) + lines[i].slice(m[0].length);
  }
  return out;
}

/** A page's number alone on its line, with no dashes around it ("1"): a Word copy's footer between two pages. */
const BARE_PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
/** The shortest line of prose a page's end cuts, around a bare page number: a cell of a table one a line is shorter. */
const PROSE_LINE = 15;

/**
 * A bare page number between two lines of one sentence ("…实际到位资金613万元,补" / "" / "1" / "" / "助情况:(1)…"): the page's
 * footer, a page marker, where both lines around it are prose (long, the first stopping mid-sentence on a word, the next
 * opening on one). A number among short lines is a cell of a table copied one cell a line (a serial, a value), and stays.
 */
function withBarePageNumbers(lines: string[]): string[] {
  const out = [...lines];
  for (let m = 0; m < lines.length; m++) {
    if (!BARE_PAGE_NUMBER.test(lines[m])) continue;
    let p = m - 1;
    while (p >= 0 && !lines[p].trim()) p--;
    let n = m + 1;
    while (n < lines.length && !lines[n].trim()) n++;
    if (p < 0 || n >= lines.length) continue;
    const before = lines[p].trim();
    const after = lines[n].trim();
    const prose = (t: string) => Array.from(t).length >= PROSE_LINE && !/^\||\|$/.test(t);
    if (prose(before) && prose(after) && /[\u4e00-\u9fff,、]$/.test(before) && /^[\u4e00-\u9fff]/.test(after)) out[m] = '\u200B';
  }
  return out;
}

/** Where a sentence ends, or a line that is no prose (a table row, a heading): a page break after it breaks nothing. */
const ENDS_BLOCK = /(?:[。!?;:！？；：]|^\s*(?:#|\|).*)\s*$/;
/** A line that opens a block of its own: a heading, a table row, a numbered section. */
const OPENS_BLOCK = /^\s*(?:#|\||[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))/;

/**
 * A sentence a page break interrupted ("…此外" / blank / "— 16 —" / blank / ",年初结转…"): the blank
 * lines around the page marker (already a zero-width line) are the page's, not a paragraph's end, when
 * the line before stops mid-sentence and the line after opens no block of its own.
 */
function acrossPageBreaks(lines: string[]): string[] {
  const out = [...lines];
  for (let m = 0; m < lines.length; m++) {
    if (lines[m] !== '\u200B') continue;
    let p = m - 1;
    while (p >= 0 && !lines[p].trim()) p--;
    let n = m + 1;
    while (n < lines.length && !lines[n].trim()) n++;
    if (p < 0 || n >= lines.length || lines[p] === '\u200B' || ENDS_BLOCK.test(lines[p]) || OPENS_BLOCK.test(lines[n])) continue;
    for (let k = p + 1; k < n; k++) out[k] = '\u200B';
  }
  return out;
}

/** Where a sentence or clause ends (a closing quote or bracket may follow): a line ending so may end its paragraph. */
const CLAUSE_END = /[。!?;:！？；：…][”’"'」』)）]*\s*$/;
/** A line's indent in columns, a tab taking four (as CommonMark counts it for an indented code block). */
function indentWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
}

/** The indent from which CommonMark reads a line after a blank one as an indented code block. */
const CODE_INDENT = 4;

/**
 * A paragraph's first line indented as a page sets it (pdftotext -layout, a web page's text-indent: "        高标准农田建设项目全年
 * 预算" / "1,250.00万元，实际支出…", the lines after it flush left). CommonMark reads a line indented by four columns or more
 * after a blank line as an indented code block: the first line would be a block of its own, cut from the rest of its
 * sentence (a name the margin broke loses its head, "…全年预算" its amount), and the next such line after a blank one
 * would go on in the same block (a title, a heading and a paragraph read as one). Such a line is prose and loses its indent when it
 * holds no cells (no bar, no tab or run of spaces between words (CELL_GAPS): pdftotext -layout's table rows keep their places, which
 * the layout readers take them by) and either the next line goes on flush left as prose, or it stands alone between blank
 * lines as a sentence, an item or a heading (it ends a clause, or opens on a number, or runs to a prose line's width). A
 * short indented line alone, a table's title or a cell a layout table wrapped, keeps its indent.
 */
function withParagraphIndentsDropped(lines: string[]): string[] {
  const prose = (t: string) => t.trim() !== '' && !CELL_GAPS.test(t.trim()) && !t.includes('|') && t !== '\u200B';
  const blank = (t: string | undefined) => t === undefined || t.trim() === '';
  return lines.map((line, i) => {
    if (indentWidth(line) < CODE_INDENT || !prose(line)) return line;
    const next = lines[i + 1];
    const flushProse = next !== undefined && prose(next) && indentWidth(next) < CODE_INDENT && !/^\s*#/.test(next);
    const text = line.trim();
    const alone =
      blank(lines[i - 1]) && blank(next) && (CLAUSE_END.test(text) || OPENS_OWN_BLOCK.test(text) || displayWidth(text) >= MIN_MEASURE);
    return flushProse || alone ? text : line;
  });
}

/** How far a printed line's width may pass its measure as counted here (a digit or a Latin letter is set narrower than a column). */
const SET_SLACK = 4;

/**
 * The first word of a line as a page breaks it: a run of digits, Latin letters and the signs inside a number,
 * or one character; and the punctuation that may not open a line, which the page carried down with it.
 */
const FIRST_WORD = /^(?:[0-9A-Za-z.,%\-]+|.)[、。，,．.：:；;！!？?）)」』”’》%％]*/u;

/** The width of a line as a page sets it: a Chinese character or full-width sign takes two columns, a digit one. */
function setWidth(line: string): number {
  // a paragraph's indent in full-width spaces takes its columns on the page; other white space at the ends does not
  return displayWidth(line.replace(/^[ \t]+/, '').trimEnd());
}

/**
 * The measure of a page whose every printed line became a paragraph of its own: a document site, or a
 * copy out of a PDF, writes a blank line after each line the page broke (“…项目年初预算100万元，实际支出” /
 * blank / “110万元，执行率为…”). Such lines that stop mid-sentence all run to the page's right margin, so
 * their widths cluster at one measure; in a text written a paragraph to the line they do not. The
 * measure is the width most such lines reach (within a character and a half), when at least three and
 * half of them reach it; otherwise there is none and nothing is joined.
 */
function pageMeasure(widths: number[]): number | undefined {
  const wide = widths.filter((w) => w >= MIN_MEASURE);
  let best: { measure: number; count: number } | undefined;
  for (const measure of new Set(wide)) {
    const count = wide.filter((w) => w >= measure - 3 && w <= measure + 1).length;
    if (!best || count > best.count || (count === best.count && measure > best.measure)) best = { measure, count };
  }
  return best && best.count >= 3 && best.count * 3 >= wide.length ? best.measure : undefined;
}

/** At most this many blank lines stand between two lines of one paragraph that a page broke: one a line, or two. */
const MAX_WRAP_GAP = 2;

/**
 * A sentence a page's line breaks cut into paragraphs (see pageMeasure): the blank lines (one or two) after a
 * line that runs to the measure and stops mid-sentence are the page's, not a paragraph's end, unless the next
 * line opens a block of its own (a heading, an item). They become zero-width lines, as a page marker's do,
 * so that the lines join and keep their numbers. A text with lines wider than the measure was not copied a
 * printed line at a time and is left as it is; lines of a table, headings and lines laid out as cells are
 * never joined.
 */
function acrossWrappedLines(lines: string[], tableLines: Set<number>): string[] {
  // the lines as printedLineJoins takes paragraphs: a table's line, a marker's, a heading, a row or a quotation is no
  // prose (null), a blank line stands between printed lines ("")
  const texts = lines.map((l, i) => (tableLines.has(i) || l === '\u200B' || /^\s*(?:#|\||>)/.test(l) ? null : l.trim() === '' ? '' : l));
  const out = [...lines];
  for (const [i, n] of printedLineJoins(texts)) for (let k = i + 1; k < n; k++) out[k] = '\u200B';
  return out;
}

/** A line of prose: not one that is no prose (null), not blank, not laid out as cells. */
const isProse = (t: string | null | undefined): t is string =>
  t !== null && t !== undefined && t.trim() !== '' && !CELL_GAPS.test(t.trim());

/** The lines of prose that stop mid-sentence, by index: the lines a page's margin may have cut. */
const openLines = (texts: (string | null)[]): number[] => texts.flatMap((t, i) => (isProse(t) && !CLAUSE_END.test(t) ? [i] : []));

/**
 * The measure of a text copied a printed line at a time (see pageMeasure), over its lines of prose that stop mid-sentence
 * (`texts` as printedLineJoins takes them), when few lines pass it: undefined for a text written a paragraph to the line.
 */
function printedMeasure(texts: (string | null)[]): number | undefined {
  const measure = pageMeasure(openLines(texts).map((i) => setWidth(texts[i] ?? '')));
  if (measure === undefined) return undefined;
  const wide = texts.filter((t): t is string => isProse(t) && setWidth(t) >= MIN_MEASURE);
  return wide.filter((t) => setWidth(t) > measure + SET_SLACK).length * 10 > wide.length ? undefined : measure;
}

/**
 * Which paragraph goes on in the next, in a text whose every printed line became a paragraph of its own (see
 * pageMeasure): a Markdown copy's lines (acrossWrappedLines), or a document of paragraphs (a .docx converted from a
 * PDF, Word's "hard returns" at every printed line: "2023年度我局全年预算数为1,456.78万元，全年执行数为" /
 * "1,420.33万元，预算执行率为97.50%。"). `texts` are the lines or blocks in order, null for one that is no prose (a
 * heading, a table), "" for an empty one (up to two stand between a printed line and the next). Returns, for each
 * one that a page broke, the index of the one it goes on in.
 */
export function printedLineJoins(texts: (string | null)[]): Map<number, number> {
  const joins = new Map<number, number>();
  const measure = printedMeasure(texts);
  if (measure === undefined) return joins;
  const prose = (i: number) => isProse(texts[i]);
  const width = (i: number) => setWidth(texts[i] ?? '');
  const past = (i: number) => width(i) > measure + SET_SLACK;
  for (const i of openLines(texts)) {
    let n = i + 1;
    while (n < texts.length && texts[n] === '') n++;
    if (n >= texts.length || n - i - 1 > MAX_WRAP_GAP || past(i) || !prose(n) || OPENS_OWN_BLOCK.test(texts[n] ?? '')) continue;
    if (width(i) + setWidth(FIRST_WORD.exec((texts[n] ?? '').trim())?.[0] ?? '') >= measure - 2) joins.set(i, n);
  }
  return joins;
}

/**
 * A line no wrapping tool cuts: a heading, a row or a border of a pipe or grid table (a copy wraps prose, and tables
 * stay whole; a grid table's lines are all of one length, which is no wrapping).
 */
const UNWRAPPED_LINE = /^\s*(?:#|\||\+[-=:+]*$)/;
/** A line that opens on a cell's bar and ends in a cell's text, not on a bar (a pipe row's piece, see acrossCellsCutAtMargin). */
const OPENS_ON_BAR_ONLY = /^\s*\|.*[^|\s]\s*$/;
/**
 * A table's row copied a row a line, its cells separated by single spaces and its last two cells amounts or rates
 * ("1 河道清淤整治 120.5 118 97.93%"): a whole row, never a piece a wrap cut (prose ends no line on two numbers in a row).
 */
const ROW_OF_AMOUNTS = /^\S+(?: \S+)* -?\d[\d,]*(?:\.\d+)?%? -?\d[\d,]*(?:\.\d+)?%?$/;
/**
 * A portal's field opening a line, its label and colon ("发布日期:2022-10-12 信息来源:…", "索引号:…"): the page's furniture under a
 * title, which no title or sentence goes on into. A title as long as the copy's lines ("青山县…局 (青山县…局) 2021 年度部门决算",
 * pdftotext's page width) is whole before it.
 */
const PAGE_FIELD_LINE = /^\s*(?:发布日期|发布时间|成文日期|信息来源|来源|发布机构|发布单位|索引号)\s*[:：]/;
/** The narrowest fixed width taken for a hard-wrapped copy: shorter lines are titles, labels and cells. */
const MIN_HARD_WRAP = 20;

/**
 * A copy hard-wrapped at a fixed count of characters (a mail client's or an editor's wrapping, `fold`): every line
 * longer than the width was cut into pieces of exactly that width, wherever the count fell, inside a word, a number
 * ("310." / "25万元") or a row of cells ("实施单位(" / "盖章) | 某局"). The width is the longest line's (headings and
 * pipe rows aside), when at least three lines and a fifth of the long ones have exactly that count: a text written
 * freely has lines of every length and few at its longest. Each line of that count goes on in the next non-blank line,
 * and is joined to it as written (no space: the cut fell between two characters). A text of any other shape is left
 * as it is. Joined lines leave the line count: a table read from them cites the first line of each row.
 */
function acrossHardWraps(lines: string[]): string[] {
  const lengths = lines.map((l) => Array.from(l.replace(/\r$/, '')).length);
  // lines laid out as cells may be padded to one width by the table they belong to: they prove no wrapping; nor do a
  // table's rows copied a row a line, whose widths agree where their cells do
  const rows = numberedRows(lines);
  const free = lines.flatMap((l, i) =>
    UNWRAPPED_LINE.test(l) || CELL_GAPS.test(l.trim()) || ROW_OF_AMOUNTS.test(l.trim()) || rows.has(i) || lengths[i] < MIN_HARD_WRAP
      ? []
      : [i],
  );
  if (free.length === 0) return lines;
  const width = Math.max(...free.map((i) => lengths[i]));
  const cut = free.filter((i) => lengths[i] === width);
  if (cut.length < 3 || cut.length * 5 < free.length) return lines;
  const out: string[] = [];
  let goesOn = false; // the last line kept was cut at the width
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    // a piece may open on a bar ("| 0.00% | / |": the cut fell before it), never on a heading's #
    if (goesOn && line.trim() !== '' && !/^\s*#/.test(line) && !PAGE_FIELD_LINE.test(line)) out[out.length - 1] += line;
    else out.push(line);
    // (a site's menu laid out as cells that happens to have the width is whole: the title under it is a line of its own)
    goesOn = lengths[i] === width && !UNWRAPPED_LINE.test(line) && !CELLS_LAID_OUT.test(line.trim());
  }
  return out;
}

/** A line opening on a serial number and a space, then a cell ("3 县水利局 小型水库除险加固 1020 优"): a row of a numbered list. */
const SERIAL_ROW = /^\s*(\d{1,3}) +\S+ +\S/;
/**
 * The lines of a numbered table copied a row a line ("1 区教育局 学前教育补助 320.00 优" / "2 区住建局 …"): each opens on
 * its serial number and a space, and the row before or after it (past blank lines) on the number before or after that. A
 * fixed-width wrapping cuts wherever its count falls, and never twice in a row right before a list's next serial number;
 * rows of like names have like widths, which is no wrapping.
 */
function numberedRows(lines: string[]): Set<number> {
  const serials = lines.map((l) => SERIAL_ROW.exec(l));
  const printed = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const rows = new Set<number>();
  for (let k = 1; k < printed.length; k++) {
    const [a, b] = [serials[printed[k - 1]], serials[printed[k]]];
    if (a && b && Number(b[1]) === Number(a[1]) + 1) rows.add(printed[k - 1]).add(printed[k]);
  }
  return rows;
}

/** The largest of `counts`, when three at least have it (a table's whole rows; the pieces a margin cut have fewer). */
function wholeCount(counts: number[]): number | undefined {
  const most = Math.max(...counts);
  return counts.filter((c) => c === most).length >= 3 ? most : undefined;
}

/** A row goes on past one blank line (a document site's copy writes one after each printed line), never past two: those end it. */
const ONE_BLANK_LINE = 1;

/** A bar between two cells of a row written as text ("总额 | 238.93 | 251.89"), not a heading's or a quotation's sign. */
const CELL_BAR = /\S\s*\|/;

/** How many cell borders (|) a printed line holds: the rows of one pipe table hold as many each. */
export const cellBars = (text: string): number => text.match(/\|/g)?.length ?? 0;

/**
 * A row of cells that a PDF's page wrapped at its right margin, as pdftotext copies it ("项目名称 | 乡村道路养护补助资金 | 主管部" /
 * "门 | 青山县交通运输局 | 年度资金总额 | 41" / "2.65 | 398.20 |"): a renderer sets a Markdown row (or a run of one-cell
 * lines it took for one paragraph) as prose and breaks it wherever the measure falls, inside a name or a number. A line
 * with a cell's bar in it that runs to the page's measure (see pageMeasure: the next line's first word would not have
 * fitted) and does not end on a bar goes on in the next line when that line has a cell's bar too, and the two join as
 * written (no space: the cut fell between two characters of one cell); the joined line may run to the measure again.
 * A line ending on its bar ends a row (a wrapped row's last piece may reach the margin by chance, and the next row
 * starts on the next line); a next line with no bar is prose (a page's text after a run of cells, or a long cell's
 * sentences) and stays prose; lines of a text with no measure (written a row to the line) are left as they are.
 * One blank line between two printed lines (a document site's copy writes one after each) does not end the row; two do.
 * Joined lines leave the line count, as hard wraps do.
 */
/**
 * A whole header row of known column words ("子项目名称 | 年初预算数(万元) | 全年执行数(万元) | 预算执行率"): a name column's
 * header first (FIRST_COLUMN_HEADER), then only the vocabulary's table headers (wordings.ts TABLE_HEADERS), each whole but for
 * the unit note after it, (万元) / (%). A row the margin cut inside a cell ends on a piece of a word ("全年执行数(万") and is no
 * such header.
 */
const HEADER_CELL_WORD = new RegExp(`^(?:${TABLE_HEADERS.flatMap((h) => h.words).join('|')})$`);
const UNIT_NOTE = /[(（][^()（）]*[)）]$/;
function wholeHeaderRow(row: string): boolean {
  const cells = row
    .split('|')
    .map((c) => c.trim())
    .filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
  if (cells.length < 3 || !FIRST_COLUMN_HEADER.test(cells[0]) || !/^[\u4e00-\u9fff]+$/.test(cells[0])) return false;
  return cells.slice(1).every((c) => HEADER_CELL_WORD.test(c.replace(UNIT_NOTE, '')));
}

/**
 * A pipe row broken by a line break inside one of its cells, as a copy of a web table writes a cell's <br> ("| 防汛抗" /
 * "旱 | 60 | 56 | 93.33% |"): a line that opens on a bar and does not close on one, right above a line that does not open
 * on one and closes on one, the two holding together as many bars as the table's whole rows (three rows at least have
 * that count). They join as written, with no space: a break inside Chinese words. Any other shape is left as it is.
 */
function acrossCellsBrokenInRow(lines: string[]): string[] {
  const rowBars = wholeCount(lines.filter((l) => /^\s*\|/.test(l) && /\|\s*$/.test(l)).map(cellBars));
  if (rowBars === undefined) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const next = (lines[i + 1] ?? '').replace(/\r$/, '');
    const broken =
      OPENS_ON_BAR_ONLY.test(line) && /\S\s*\|\s*$/.test(next) && !/^\s*\|/.test(next) && cellBars(line) + cellBars(next) === rowBars;
    if (broken) {
      // (the second line kept blank: the lines after it keep their numbers)
      out.push(line.replace(/\s+$/, '') + next.trim(), '');
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

function acrossCellsCutAtMargin(lines: string[]): string[] {
  const texts = lines.map((l) => l.replace(/\r$/, ''));
  // (a printed line that opens on a bar but does not close on one is a piece of a row the margin cut right before a bar,
  // "…| 西坪镇 | 河道治理 | 20 | | 3" / "| 芦田镇 | 堤岸修复 | 1" / "0 | |…": a pipe table's own rows close on their bar)
  const wrappable = (t: string) =>
    t.trim() !== '' && (!UNWRAPPED_LINE.test(t) || OPENS_ON_BAR_ONLY.test(t)) && !CELLS_LAID_OUT.test(t.trim());
  if (!texts.some((t) => wrappable(t) && CELL_BAR.test(t))) return lines;
  const measure = pageMeasure(texts.filter(wrappable).map(setWidth));
  if (measure === undefined) return lines;
  const reachesMargin = (t: string, next: string) => setWidth(t) + setWidth(FIRST_WORD.exec(next.trim())?.[0] ?? '') >= measure - 2;
  const endsOnBar = (t: string) => /\|\s*$/.test(t);
  // the count of bars a table's whole rows have (each as many, "A | B | C | D |"; the most any line has): a row the margin
  // cut has fewer, and its pieces that many together. Cut right after a bar ("…| 三级指标 | 指标性质 |" / "指标值 | 度量单位 |
  // 权重 |"), it goes on in the next line when the two make the count; a row that ends there has it already
  const rowBars = wholeCount(texts.filter((t) => wrappable(t) && CELL_BAR.test(t)).map(cellBars));
  const short = (row: string, more: string) => rowBars !== undefined && cellBars(row) + cellBars(more) <= rowBars;
  // (and a next line holding as many bars as a whole row has, with the row's own, is a row of its own: two whole rows
  // of a table copied without its outer bars, "项目名称 | 预算数 | 执行数" over "城区绿化养护 | 320 | 315.2", are no
  // pieces of one, whatever their widths)
  const fits = (row: string, more: string) => rowBars === undefined || cellBars(row) + cellBars(more) <= rowBars;
  const runsToMargin = (row: string, line: string, next: string) =>
    endsOnBar(line)
      ? short(row, next) && cellBars(row) + cellBars(next) === rowBars && reachesMargin(line, next)
      : fits(row, next) && reachesMargin(line, next);
  // the printed line after line i, past one blank line at most (a document site's copy writes one after each)
  const nextOf = (i: number) => {
    let n = i + 1;
    while (n < texts.length && n - i - 1 < ONE_BLANK_LINE && texts[n].trim() === '') n++;
    return n;
  };
  const out: string[] = [];
  let goesOn = false; // the last line kept is a row of cells the margin cut
  for (const [i, line] of texts.entries()) {
    if (goesOn && line.trim() === '') continue;
    if (goesOn) out[out.length - 1] += line.replace(/^[ \t\f]+/, '');
    else out.push(line);
    if (line.trim() === '') continue;
    // a document site's copy writes a blank line (or two) after a printed line: the row goes on past them
    const n = nextOf(i);
    const next = texts[n] ?? '';
    const afterNext = texts[nextOf(n)] ?? '';
    const row = out[out.length - 1];
    // a long cell's middle line, with no bar ("包括…村社区" / "办公经费,…活动场所" / "维护等。 | 满意度指标 | …"): the row goes
    // on through it when the row is short of its bars, the line too runs to the margin, and the line after it holds cells
    const cellGoesOn =
      !CELL_BAR.test(next) && short(row, afterNext) && reachesMargin(next, afterNext) && wrappable(afterNext) && CELL_BAR.test(afterNext);
    // a sub-table's header inside a form ("子项目名称 | 预算数 | 执行数 | 执行率" under the form's rows), whole, over a line
    // of amounts is a row of its own, the first sub-project's row after it, though it reaches the margin: joined, the
    // header's last word and the first name run into one cell and the sub-projects' rows are lost
    const headerOverAmounts = wholeHeaderRow(row) && next.split('|').some((c) => NUMBER_CELL.test(c));
    goesOn =
      CELL_BAR.test(row) &&
      wrappable(line) &&
      wrappable(next) &&
      (CELL_BAR.test(next) || cellGoesOn) &&
      runsToMargin(row, line, next) &&
      !headerOverAmounts;
  }
  return out;
}

export function parseMarkdownText(text: string): Omit<ReaderResult, 'encoding'> {
  const pending: Pending[] = [];
  // raw HTML tables first: their cells and spans are the table's, and the text around them is read as the rest is
  const html = htmlTables(text.split(/\r\n|\r|\n/).join('\n'));
  pending.push(...html.tables);
  // a page marker line becomes a zero-width space: it vanishes in normalization, and a sentence it
  // interrupted ("本年收\n— 5 —\n入") still joins, while line numbers stay those of the source
  const lines = withDelimiterRowsFitted(
    withDelimiterUnderFirstHeaderRow(
      acrossPageBreaks(
        withBarePageNumbers(
          withoutChunkNumbers(
            acrossCellsBrokenInRow(acrossCellsCutAtMargin(acrossHardWraps(html.rest.split('\n')))).map((l) =>
              PAGE_MARKER.test(l) || MIRROR_FURNITURE.test(l) ? '\u200B' : withoutCaptionBars(l),
            ),
          ),
        ),
      ),
    ),
  );
  const masked = [...lines];

  // a grid table's and a laid-out table's lines (pdftotext -layout's, read by the columns its cells stand in) are theirs:
  // the other finders do not see them
  const outside = (regions: Region[]) => lines.map((l, i) => (regions.some((r) => i >= r.start && i <= r.end) ? '' : l));
  const grids = findGridRegions(lines);
  const owned = [...grids, ...findLaidOutRegions(outside(grids))];
  // a web grid copied one cell a line, each cell closed by its bar, its blank cells too: laid back on its columns
  const barred = findBarredCellRegions(outside(owned));
  const rest = outside([...owned, ...barred]);
  // "本年收入合计 |" / "1,242.85 |" / " |": a web grid copied one cell per line, each cell closed by its bar
  const cellLines = rest.map(withClosingBarRemoved);
  for (const region of [
    ...owned,
    ...barred,
    ...findDelimitedRegions(withSpacedRowsInTabRuns(rest)),
    ...findCellPerLineRegions(cellLines),
    ...findLineNumberedCellRegions(cellLines),
    ...findSpacedRowRegions(rest),
    ...findTwoSidedRowRegions(rest),
    ...findLabelsThenValuesRegions(cellLines),
    ...findHeadersThenValuesLines(rest),
  ]) {
    pending.push({
      line: region.start + 1,
      kind: 'table',
      rows: region.rows,
      prov: { page: null, lines: [region.start + 1, region.end + 1] },
    });
    for (let i = region.start; i <= region.end; i++) masked[i] = '';
  }
  const tableLines = new Set<number>();
  for (const t of pending) for (let i = (t.prov.lines?.[0] ?? 1) - 1; i < (t.prov.lines?.[1] ?? 0); i++) tableLines.add(i);

  const reflowed = acrossWrappedLines(withParagraphIndentsDropped(masked), tableLines);
  // a run of four or more asterisks is a name a document site masked ("********支出2万元"), not emphasis: read
  // as emphasis, two masks would wrap the text between them and vanish, leaving "支出2万元" the unit's own spending.
  // A page that masks so (three asterisks or more somewhere) masks shorter runs inside words too ("下达**河县", "水**管理",
  // "X***线"): there every run touching a Chinese character is a mask, kept as written
  const source = reflowed.join('\n');
  const masks = MASKED_PAGE.test(source) ? MASK_IN_MASKED_PAGE : MASK_RUN;
  const tree = processor.parse(source.replace(masks, (run) => '\\*'.repeat(run.length))) as MdNode;
  collect(tree, pending, reflowed);
  pending.sort((a, b) => a.line - b.line);

  // the page the copy's printed lines ran to, over its lines of prose (a table's and a heading's aside): a block of two
  // printed lines shows none of its own, and a number the margin cut there joins at this one (normalize.ts fullLines)
  const measure = printedMeasure(lines.map((l, i) => (tableLines.has(i) || l === '\u200B' || /^\s*(?:#|\||>)/.test(l) ? null : l)));
  const builder = new BlockBuilder({ measure });
  for (const p of acrossPageMarkers(pending, lines)) {
    if (p.kind === 'heading') builder.heading(p.level, p.raw, p.prov);
    else if (p.kind === 'paragraph') builder.paragraph(p.raw, p.prov);
    else builder.table(p.rows, p.prov);
  }
  const looksMarkdown = /^\s{0,3}(#{1,6}\s|\|.*\|\s*$|[-*+]\s|\d+\.\s)|\*\*[^*]+\*\*/m.test(text);
  return { blocks: builder.blocks, warnings: [], pages: null, format: looksMarkdown ? 'markdown' : 'text' };
}

/** Where an HTML table opens or closes (a table nested in a cell counts too). */
const TABLE_TAG = /<(\/?)table\b[^>]*>/gi;

/**
 * The raw HTML tables of a Markdown copy of a web page (converters keep a table with merged cells as
 * HTML): each outermost <table>…</table> as a table block of its rows, cells placed by their spans, cited
 * by the lines it spans; and the text with each table blanked out, its line breaks kept so that line
 * numbers stay the source's. A table that never closes is left as text.
 */
function htmlTables(text: string): { tables: Pending[]; rest: string } {
  const tables: Pending[] = [];
  let rest = text;
  let depth = 0;
  let open = -1;
  for (const m of text.matchAll(TABLE_TAG)) {
    if (!m[1]) {
      if (depth++ === 0) open = m.index;
      continue;
    }
    if (depth === 0 || --depth > 0) continue;
    const close = m.index + m[0].length;
    const start = lineAt(text, open);
    const end = lineAt(text, close - 1);
    const $ = load(text.slice(open, close), null, false);
    const table = $('table').first()[0];
    const read = table ? tableRows(table, (raw) => ({ raw, lines: [start + 1, end + 1] })) : null;
    if (read) tables.push({ line: start + 1, kind: 'table', rows: read.rows, prov: { page: null, lines: [start + 1, end + 1] } });
    rest = rest.slice(0, open) + rest.slice(open, close).replace(/[^\n]/g, ' ') + rest.slice(close);
  }
  return { tables, rest };
}

/** The 0-based line of a text's character. */
function lineAt(text: string, at: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A masked name: four or more asterisks, which no emphasis writes. */
const MASK_RUN = /\*{4,}/g;
/** A page that masks names: three asterisks or more in a run (emphasis writes one or two, and no report writes three). */
const MASKED_PAGE = /\*{3,}/;
/** On such a page, a run of asterisks touching a Chinese character on either side, or a long run: a mask. */
const MASK_IN_MASKED_PAGE = /\*{3,}|(?<=[\u4e00-\u9fff])\*+|\*+(?=[\u4e00-\u9fff])/g;

/** A line that is one cell closed by a bar ("1,242.85 |", " |" for a blank cell): the cell, as a line of its own. */
const ONE_CELL_WITH_BAR = /^([^|]*?)\s*\|\s*$/;
function withClosingBarRemoved(line: string): string {
  const m = ONE_CELL_WITH_BAR.exec(line);
  return m ? m[1] : line;
}

function provOf(node: MdNode): Provenance {
  const p = node.position;
  return { page: null, lines: p ? [p.start.line, p.end.line] : null };
}

function collect(node: MdNode, out: Pending[], lines: string[]): void {
  for (const child of node.children ?? []) {
    const line = child.position?.start.line ?? 0;
    switch (child.type) {
      case 'heading':
        out.push({ line, kind: 'heading', level: child.depth ?? 1, raw: inlineText(child), prov: provOf(child) });
        break;
      case 'paragraph':
        out.push({ line, kind: 'paragraph', raw: inlineText(child), prov: provOf(child) });
        break;
      case 'code': // an indented block in a report is wrapped prose, not code
        out.push({ line, kind: 'paragraph', raw: child.value ?? '', prov: provOf(child) });
        break;
      case 'html': {
        const stripped = withoutTags(child.value ?? '');
        if (stripped.trim()) out.push({ line, kind: 'paragraph', raw: stripped, prov: provOf(child) });
        break;
      }
      case 'table': {
        const rows: RawCell[][] = [];
        for (const row of child.children ?? []) {
          const at = row.position?.start.line;
          // a line without a bar right under a table's rows is GFM's lazy continuation, a row of one cell; in a
          // copied page it is the text after a metadata table ("作者: | 日期: | 2022-04-06 |" / "2021年度,下达我县…"):
          // a paragraph of its own, as it would be after a blank line
          if (at && rows.length > 0 && !lines[at - 1]?.includes('|')) {
            const raw = (row.children ?? []).map(inlineText).join('');
            if (raw.trim()) out.push({ line: at, kind: 'paragraph', raw, prov: provOf(row) });
            continue;
          }
          rows.push((row.children ?? []).map((cell) => ({ raw: inlineText(cell), prov: provOf(cell) })));
        }
        out.push({ line, kind: 'table', rows, prov: provOf(child) });
        break;
      }
      case 'list':
      case 'listItem':
      case 'blockquote':
        collect(child, out, lines);
        break;
      default:
        break; // thematicBreak, definition, …: nothing a rule reads
    }
  }
}

/** The cells of a pipe row, its outer bars dropped. */
const pipeCellCount = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').length;

/**
 * A pipe table whose delimiter row has another number of cells than its header ("| 项目名称 | 预算数 | 执行数 |" over
 * "|---|---|---|---|", a header cell merged across two columns in the copy) is no table to GFM: remark read it as one
 * paragraph of bars, and every row was lost. Pandoc reads such a table, and so does this reader: the header is padded
 * with blank cells and the delimiter row rewritten to the widest of the header and the rows under it (GFM drops a
 * row's cells past the header's). Line numbers are kept; only those two lines change.
 */
function withDelimiterRowsFitted(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!overDelimiterRow(lines, i)) continue;
    const header = pipeCellCount(lines[i]);
    let width = header;
    for (let k = i + 2; k < lines.length && rowKind(lines[k]) === 'pipe'; k++) width = Math.max(width, pipeCellCount(lines[k]));
    if (header === width && pipeCellCount(lines[i + 1]) === width) continue;
    out[i] = `${lines[i].trimEnd().replace(/\|$/, '')}${' |'.repeat(width - header)} |`;
    out[i + 1] = `|${'---|'.repeat(width)}`;
  }
  return out;
}

/**
 * A header over two rows whose delimiter row a copy set under the second ("| 序号 | 项目名称 | 分配资金 | | |" / "| | | 合计 |
 * 中央 | 省级 |" / "|---|…"): GFM takes the second row for the header and the first for a paragraph of bars, and the
 * table loses its names' header. The delimiter row is moved up under the first row, where the header begins (a pipe
 * row of the same width, no pipe row above it, both rows words with no digit: a row of amounts above is another table's);
 * the second row is then the table's first row, as a merged header's lower half is in every other copy.
 */
function withDelimiterUnderFirstHeaderRow(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!overDelimiterRow(lines, i)) continue;
    if (rowKind(lines[i - 1]) !== 'pipe' || (i >= 2 && rowKind(lines[i - 2]) === 'pipe')) continue;
    // (two rows of a header: bars at both ends, as the table's rows, and words only, no amount in any cell)
    if (pipeCellCount(lines[i - 1]) !== pipeCellCount(lines[i]) || !PIPE_ROW.test(lines[i - 1])) continue;
    if (/\d/.test(lines[i - 1]) || /\d/.test(lines[i])) continue;
    out[i] = lines[i + 1];
    out[i + 1] = lines[i];
  }
  return out;
}

/** Whether line `i` is a pipe row with a delimiter row under it: a pipe table's header as GFM reads one. */
function overDelimiterRow(lines: string[], i: number): boolean {
  return DELIMITER_ROW.test(lines[i + 1]) && lines[i + 1].includes('|') && rowKind(lines[i]) === 'pipe';
}

/** A delimiter row: the line under a pipe table's header. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** A table row as a copy writes it: bars at both ends. */
const PIPE_ROW = /^\s*\|.*\|\s*$/;

/** Nothing but white space and the zero-width spaces page markers were turned into. */
const blankOrMarker = (text: string) => !text.replace(/[\s\u200B]/g, '');

/**
 * Rows cut from their table by a page break ("| 河道保洁 | 30 | 30 | 100% |" after "第 2 页 共 9 页") are read as
 * a table of their own, with no header. When only blank lines and page markers (the zero-width lines
 * parseMarkdownText left for them, at least one) stand between two tables of one width, and the second
 * has no header of its own (no delimiter row under its first line), its rows are the first table's next
 * rows, each still cited by its own line. A table with its header again is a new table.
 */
function acrossPageMarkers(pending: Pending[], lines: string[]): Pending[] {
  const out: Pending[] = [];
  const blank = (p: Pending) => p.kind === 'paragraph' && blankOrMarker(p.raw);
  for (const p of pending) {
    // (a marker's line is a paragraph of a zero-width space: it stands between the two parts)
    let at = out.length - 1;
    while (at >= 0 && blank(out[at])) at--;
    const last = out[at];
    if (last?.kind === 'table' && last.prov.lines && p.prov.lines && p.kind !== 'heading') {
      const between = lines.slice(last.prov.lines[1], p.prov.lines[0] - 1);
      const width = Math.max(...last.rows.map((r) => r.length));
      // (one row alone is no table to GFM or the finders: a paragraph, whose lines must each be a row)
      const [from, to] = p.prov.lines;
      const rowLines = Array.from({ length: to - from + 1 }, (_, k) => from - 1 + k);
      const rows = p.kind === 'table' ? p.rows : rowLines.every((k) => PIPE_ROW.test(lines[k] ?? '')) ? pipeRows(lines, rowLines) : null;
      if (
        rows?.length &&
        between.every(blankOrMarker) &&
        between.some((l) => l.includes('\u200B')) &&
        !DELIMITER_ROW.test(lines[p.prov.lines[0]] ?? '') &&
        rows.every((r) => r.length === width)
      ) {
        out.splice(at, out.length - at, {
          ...last,
          rows: [...last.rows, ...rows],
          prov: { ...last.prov, lines: [last.prov.lines[0], p.prov.lines[1]] },
        });
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

function inlineText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  // "<br>" inside a paragraph breaks its line; other inline tags carry no text
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value ?? '') ? '\n' : '';
  return (node.children ?? []).map(inlineText).join('');
}

/**
 * An HTML block's text: comments and tags dropped, a block element's edge and <br> a line break, a
 * cell's end a space, so that two paragraphs' or two cells' text never runs together.
 */
function withoutTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>|<\/?(?:p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|tfoot|dl|dt|dd|section|article)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '');
}

interface Region {
  start: number;
  end: number;
  rows: RawCell[][];
}

/**
 * Emits `lines` (the printed lines of one paragraph of a .docx or a PDF) as the Markdown reader reads them: a run of
 * pipe rows as a table (findDelimitedRegions: a pipe table with no delimiter row, rendered as one paragraph of
 * lines, "820-某部门 | 8,827,620.53 | ||||"), the lines around it as a paragraph each. Lines holding no run of
 * pipe rows are left to the caller, emitted as nothing (false). `provOf(from, to)` cites lines from..to (0-based, inclusive).
 */
export function emitPipeRowRuns(builder: BlockBuilder, lines: string[], provOf: (from: number, to: number) => Provenance): boolean {
  const regions =
    lines.length >= 2 && lines.some((l) => l.includes('|')) ? findDelimitedRegions(lines).filter((r) => isPipeRun(lines, r)) : [];
  if (regions.length === 0) return false;
  let from = 0;
  for (const r of regions) {
    if (r.start > from) builder.paragraph(lines.slice(from, r.start).join('\n'), provOf(from, r.start - 1));
    builder.table(
      r.rows.map((row) => row.map((c) => ({ ...c, prov: c.prov.lines ? provOf(c.prov.lines[0] - 1, c.prov.lines[1] - 1) : c.prov }))),
      provOf(r.start, r.end),
    );
    from = r.end + 1;
  }
  if (from < lines.length) builder.paragraph(lines.slice(from).join('\n'), provOf(from, lines.length - 1));
  return true;
}

/** A paragraph that is one row of a pipe table: one line, its cells closed by bars ("淳安县 | 650 | 175 | 825 |"). */
const ONE_PIPE_ROW = /^[^\n|]*\S\s*\|(?:[^\n|]*\|)+[^\n|]*$/;

/** How many paragraphs from `i` on `each` matches (0 where `i` is none; null for what is no paragraph). */
const runOf =
  (each: RegExp) =>
  (paragraphs: (string | null)[], i: number): number => {
    let n = 0;
    while (i + n < paragraphs.length && each.test(paragraphs[i + n] ?? '')) n++;
    return n;
  };

/** A paragraph that is one cell closed by its bar ("金额 |", "78,400 |", "|" for a blank cell): a barred cell set one a paragraph. */
const ONE_BARRED_CELL = /^[^\n|]*\|\s*$/;

/**
 * Emits `cells` (one barred cell a paragraph) as the Markdown reader reads them one a line: the tables
 * findBarredCellRegions lays back, and every other cell as the paragraph it was. False, and nothing emitted, where they
 * make no table. `provOf(from, to)` cites paragraphs from..to (0-based, inclusive).
 */
function emitBarredCellRuns(builder: BlockBuilder, cells: string[], provOf: (from: number, to: number) => Provenance): boolean {
  const regions = findBarredCellRegions(cells);
  if (regions.length === 0) return false;
  let from = 0;
  for (const r of regions) {
    for (; from < r.start; from++) builder.paragraph(cells[from], provOf(from, from));
    builder.table(
      r.rows.map((row) => row.map((c) => ({ ...c, prov: c.prov.lines ? provOf(c.prov.lines[0] - 1, c.prov.lines[1] - 1) : c.prov }))),
      provOf(r.start, r.end),
    );
    from = r.end + 1;
  }
  for (; from < cells.length; from++) builder.paragraph(cells[from], provOf(from, from));
  return true;
}

/**
 * Runs of paragraphs (a .docx's, a PDF's) the Markdown reader reads as one table where they make one, each run's length from
 * `i` and its reader: pipe rows set one a paragraph (a web page's table pasted into Word, or a Markdown report rendered with
 * a blank line between its rows), and a web grid's cells set one a paragraph, each closed by its bar.
 */
export const PARAGRAPH_TABLE_RUNS = [
  // (a table a .docx or a PDF sets one row a paragraph)
  { length: runOf(ONE_PIPE_ROW), emitRun: emitPipeRowRuns },
  // (a web grid copied one cell a line that a .docx or a PDF sets one cell a paragraph, read as findBarredCellRegions reads the lines)
  { length: runOf(ONE_BARRED_CELL), emitRun: emitBarredCellRuns },
];

/** The header of a table's first column, as a paragraph's text runs into it ("…汇总表项目名称 | 预算金额 | …"). */
const FIRST_COLUMN_HEADER = /(?:项目名称|资金名称|单位名称|名称|项目|序号)$/;
/** The fewest data rows, and the widest row, a run of cells is cut into. */
const MIN_DATA_ROWS = 2;
const MAX_COLUMNS = 12;

/**
 * A pipe table whose rows had no bar before their first cell ("项目名称 | 预算金额(万元) | … |" / "教育专项 | 850 | … |"),
 * as a .docx copy makes it: pandoc reads such lines as a paragraph and drops their breaks, so the rows run into one line
 * of cells, "…汇总表项目名称 | 预算金额(万元) | … | 存在问题 | 教育专项 | 850 | …", with the text before the table run into
 * the first header and the text after it behind the last bar. The rows are cut back at the one width that makes a header
 * of words (opening on a first column's header: 项目名称, 名称, 序号 …) over at least two rows that all state numbers in
 * the same columns, and only those, with a name in the first; any other run, or one two widths could cut, stays prose.
 * Emits the text before, the table and the text after (true), or nothing (false).
 */
export function emitBarredRun(builder: BlockBuilder, text: string, prov: Provenance): boolean {
  const parts = text.split('|');
  const cells = parts.slice(0, -1).map((c) => c.trim());
  const after = parts[parts.length - 1];
  const lead = /(?:^|[。;:!?\s])([^。;:!?\s]*)$/.exec(cells[0] ?? '');
  const head = lead ? FIRST_COLUMN_HEADER.exec(lead[1]) : null;
  if (!head || cells.slice(1).some((c) => c === '')) return false;
  const before = (cells[0] ?? '').slice(0, cells[0].length - head[0].length);
  const grid = [head[0], ...cells.slice(1)];
  const fits: string[][][] = [];
  for (let width = 2; width <= MAX_COLUMNS; width++) {
    if (grid.length % width !== 0 || grid.length / width < 1 + MIN_DATA_ROWS) continue;
    const rows = Array.from({ length: grid.length / width }, (_, r) => grid.slice(r * width, (r + 1) * width));
    const mask = (row: string[]) => row.map((c) => (NUMBER_CELL.test(c) ? '1' : '0')).join('');
    const first = mask(rows[1]);
    if (rows[0].some((c) => NUMBER_CELL.test(c)) || !first.includes('1') || first[0] === '1') continue;
    if (rows.slice(2).every((row) => mask(row) === first)) fits.push(rows);
  }
  if (fits.length !== 1) return false;
  if (before.trim()) builder.paragraph(before, prov);
  builder.table(
    fits[0].map((row) => row.map((raw) => ({ raw, prov }))),
    prov,
  );
  if (after.trim()) builder.paragraph(after, prov);
  return true;
}

/** A region of pipe rows (not tab rows: a tab inside a paragraph's line is a tab stop, not a cell border). */
const isPipeRun = (lines: string[], r: Region) => !lines.slice(r.start, r.end + 1).some((l) => l.includes('\t'));

/** Runs of tab-separated or pipe-separated rows that are not GFM tables. */
export function findDelimitedRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  // (the first line a run of pipe rows may reach back to: past the last region and the last GFM table)
  let floor = 0;
  while (i < lines.length) {
    const kind = rowKind(lines[i]);
    if (!kind) {
      i++;
      continue;
    }
    if (kind === 'pipe' && isGfmTableStart(lines, i)) {
      // remark reads GFM tables itself: skip the header, the delimiter row and the body
      i += 2;
      while (i < lines.length && rowKind(lines[i]) === 'pipe') i++;
      floor = i;
      continue;
    }
    // extend over rows of the same kind, letting single blank lines sit inside the run
    // (a pipe table copied without its outer bars ends or opens on rows of two cells, one bar each: "项目名称 | 垃圾中转站
    // 运营经费" over the money rows, "自评总分 | 91.48" under them; they continue a run of pipe rows, never open one alone)
    let start = i;
    if (kind === 'pipe') while (start > floor && twoCellPipeRow(lines[start - 1])) start--;
    let end = i;
    let j = i + 1;
    while (j < lines.length) {
      if (rowKind(lines[j]) === kind || (kind === 'pipe' && twoCellPipeRow(lines[j]))) {
        end = j;
        j++;
      } else if (!lines[j].trim() && j + 1 < lines.length && rowKind(lines[j + 1]) === kind) {
        j++;
      } else break;
    }
    const rowLines = [];
    for (let k = start; k <= end; k++) if (lines[k].trim()) rowLines.push(k);
    // a table starts with a row of at least two filled cells; a lone indented line is prose
    const firstCells = lines[start].split(kind === 'tab' ? '\t' : '|').filter((c) => c.trim()).length;
    if (rowLines.length >= 2 && firstCells >= 2) {
      regions.push({ start, end, rows: kind === 'tab' ? tabRows(lines, rowLines) : pipeRows(lines, rowLines) });
      i = end + 1;
      floor = i;
    } else i++;
  }
  return regions;
}

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
const GRID_LINE = /^\s*\|.*\|\s*$/;

/**
 * Grid tables (pandoc's, as its docx → Markdown conversion writes tables whose cells hold several
 * lines): rows between "+---+---+" borders, each row's cells read down its lines and joined.
 */
function findGridRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!GRID_BORDER.test(lines[i])) {
      i++;
      continue;
    }
    const rows: RawCell[][] = [];
    let cur: { cells: string[]; first: number; last: number } | null = null;
    let end = i;
    let j = i + 1;
    for (; j < lines.length; j++) {
      if (GRID_BORDER.test(lines[j])) {
        const row = cur;
        if (row)
          rows.push(row.cells.map((raw) => ({ raw, prov: { page: null, lines: [row.first + 1, row.last + 1] as [number, number] } })));
        cur = null;
        end = j;
      } else if (GRID_LINE.test(lines[j])) {
        const cells = lines[j].trim().slice(1, -1).split('|');
        if (!cur) cur = { cells: cells.map((c) => c.trim()), first: j, last: j };
        else {
          const row = cur;
          cells.forEach((c, ci) => {
            if (c.trim()) row.cells[ci] = row.cells[ci] ? `${row.cells[ci]}\n${c.trim()}` : c.trim();
          });
          row.last = j;
        }
      } else break;
    }
    if (rows.length >= 2) regions.push({ start: i, end, rows });
    i = Math.max(end, i) + 1;
  }
  return regions;
}

/**
 * A row of two cells copied with one bar between them and none outside ("自评得分 | 91.48"): words on each side of its one
 * bar (a table's title closed by empty cells, "…分配情况表 | ||", is none: \S had matched a bar there).
 */
function twoCellPipeRow(line: string): boolean {
  return /^[^|]*[^|\s][^|]*\|[^|]*[^|\s][^|]*$/.test(line) && !DELIMITER_ROW.test(line);
}

function rowKind(line: string): 'tab' | 'pipe' | null {
  if (line.includes('\t')) return 'tab';
  const cells = line.split('|').length - 1;
  if (cells >= 2 && /\S\s*\|/.test(line) && !DELIMITER_ROW.test(line)) return 'pipe';
  return null;
}

function isGfmTableStart(lines: string[], i: number): boolean {
  const next = lines[i + 1] ?? '';
  return DELIMITER_ROW.test(next);
}

/** A cell that is a number or a rate and nothing else: "397.50", "1,234", "10", "91.15%" (a tab row's, a barred run's). */
const NUMBER_CELL = /^\s*-?\d[\d,]*(?:\.\d+)?\s*%?\s*$/;

function tabRows(lines: string[], rowLines: number[]): RawCell[][] {
  const rows: { cells: string[]; first: number; last: number }[] = [];
  for (const k of rowLines) {
    const cells = lines[k].split('\t');
    // a line holding an amount is a row of its own, its first cell merged into the one above ("项目资金(万元)"
    // over 年度资金总额 / 其中:财政拨款 …); words alone under an empty first cell are the row above wrapped
    const continues = rows.length > 1 && cells[0].trim() === '' && !cells.some((c) => NUMBER_CELL.test(c));
    if (continues) {
      // the previous row's cells wrapped onto this line: append cell by cell
      const prev = rows[rows.length - 1];
      cells.forEach((c, ci) => {
        if (!c.trim()) return;
        prev.cells[ci] = prev.cells[ci] ? `${prev.cells[ci]}\n${c}` : c;
      });
      prev.last = k;
    } else rows.push({ cells, first: k, last: k });
  }
  const width = Math.max(...rows.map((r) => r.cells.length));
  return rows.map((r) => {
    const cells = [...r.cells];
    while (cells.length > width) cells.pop();
    while (cells.length < width) cells.push('');
    // a trailing empty cell left by a trailing tab is padding, not content
    return cells.map((raw) => ({ raw, prov: { page: null, lines: [r.first + 1, r.last + 1] as [number, number] } }));
  });
}

function pipeRows(lines: string[], rowLines: number[]): RawCell[][] {
  return rowLines.map((k) => {
    let line = lines[k].trim();
    if (line.startsWith('|')) line = line.slice(1);
    if (line.endsWith('|')) line = line.slice(0, -1);
    const cells = line.split('|');
    while (cells.length > 1 && !cells[cells.length - 1].trim()) cells.pop();
    return cells.map((raw) => ({ raw, prov: { page: null, lines: [k + 1, k + 1] as [number, number] } }));
  });
}

/** The label column's header of a flattened table: 项目, 科目名称, 收入项目 … */
const LABEL_HEADER = /^(?:项目|科目|项目名称|科目名称|功能分类科目名称|收入项目|支出项目|名称|类别|内容)$/;
/**
 * A money column's header: 预算数, 本年决算数, 2022年执行数, 上年决算, 金额(万元) …; a header cell
 * names an amount, never a sentence.
 */
// (and a rate's column beside them, 执行率 / 预算执行率 / 完成率, its cells N%)
const MONEY_HEADER =
  /^(?:(?:\d{4}\s*年度?|上年度?|本年度?|年初|全年|调整后)?(?:预算|决算|执行|实际支出|支出|收入)(?:数|金额|额)?|金额|本年数|上年数)(?:\s*\((?:万元|元|亿元)\))?$|^(?:预算)?(?:执行|完成)率(?:\s*\(%\))?$/;
/** A value cell: an amount or a rate, or the dash of a cell with none. */
const VALUE_CELL = /^(?:-?[\d,]+(?:\.\d+)?%?|[-—–/]+)$/;
/** A cell that is a value, spaces inside it aside ("1, 234.50" as a copy spaces it). */
const isValueCell = (text: string) => VALUE_CELL.test(text.replace(/\s/g, ''));
/** A row label: short, no sentence punctuation, not a value. */
const ROW_LABEL = /^[^。;,:]{1,30}$/;

/** A grid row of a flattened table: a label, then a value in every money column. */
const isGridRow = (label: string, values: string[]) => ROW_LABEL.test(label) && !VALUE_CELL.test(label) && values.every(isValueCell);
/** Provenance of a cell on source line `i` (0-based). */
const lineProv = (i: number): Provenance => ({ page: null, lines: [i + 1, i + 1] });

/** One side of a 收支 table's spaced row: a label of words (spaces allowed), its 行次 if the header has one, its amount. */
const sideOf = (lineNumbers: boolean) =>
  `([^\\d\\s|][^\\s|]*(?:\\s+[^\\d\\s|][^\\s|]*)*)\\s+${lineNumbers ? '(\\d{1,3})\\s+' : '()'}(-?[\\d,]+(?:\\.\\d+)?|[-—–/]+)`;
const TWO_SIDES = [false, true].map((n) => ({
  both: new RegExp(`^\\s*${sideOf(n)}\\s+${sideOf(n)}\\s*$`),
  one: new RegExp(`^\\s*${sideOf(n)}\\s*$`),
}));
/**
 * The label headers of a 收支 table's two sides: the same label header twice (项目 … 项目 …), or each naming its side
 * ("收入 预算数 支出 预算数", "收入项目 金额 支出项目 金额", a budget document's 部门收支总表), income left.
 */
const sidesLabelled = (left: string, right: string) =>
  (left === right && LABEL_HEADER.test(left)) || (/^收入(?:项目)?$/.test(left) && /^支出(?:项目)?$/.test(right));
/** The side a row with one label only belongs to: income and the carry-in left, spending and the carry-over right. */
const INCOME_SIDE = /收入|年初结转|上年结转|使用.{0,8}结余|弥补/;
const SPENDING_SIDE = /支出|年末结转|结余分配|提取/;

/**
 * The 收入支出决算总表 copied as one row per line, its two sides side by side: "项目 行次 金额 项目 行次
 * 金额" then "本年收入合计 28 68,754,452.20 本年支出合计 58 67,759,645.20" (a PDF's text). Each row is
 * a label, its 行次 where the header has that column, and an amount, twice; a row with one side only
 * goes to the side its words name (收入 left, 支出 right) and is otherwise no row of this table. The
 * run ends at the first other line; fewer than two rows is no table.
 */
export function findTwoSidedRowRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/[\t|]/.test(lines[i])) continue;
    const header = lines[i].trim().split(/\s+/);
    const half = header.length / 2;
    const side = header.slice(0, half);
    const shaped =
      (half === 2 || half === 3) &&
      header.slice(half + 1).join(' ') === side.slice(1).join(' ') &&
      sidesLabelled(side[0], header[half]) &&
      MONEY_HEADER.test(side[half - 1]) &&
      (half === 2 || /^(?:行次|栏次)$/.test(side[1]));
    if (!shaped) continue;
    const { both, one } = TWO_SIDES[half === 3 ? 1 : 0];
    const cellsOf = (m: RegExpExecArray, from: number) => (half === 3 ? [m[from], m[from + 1], m[from + 2]] : [m[from], m[from + 2]]);
    const empty = Array.from({ length: half }, () => '');
    const rows: RawCell[][] = [header.map((raw) => ({ raw, prov: lineProv(i) }))];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (/[\t|]/.test(line)) break;
      const pair = both.exec(line);
      const single = pair ? null : one.exec(line);
      let cells: string[] | null = null;
      if (pair) cells = [...cellsOf(pair, 1), ...cellsOf(pair, 4)];
      else if (single && INCOME_SIDE.test(single[1]) && !SPENDING_SIDE.test(single[1])) cells = [...cellsOf(single, 1), ...empty];
      else if (single && SPENDING_SIDE.test(single[1]) && !INCOME_SIDE.test(single[1])) cells = [...empty, ...cellsOf(single, 1)];
      if (!cells) break;
      rows.push(cells.map((raw) => ({ raw: raw.replace(/\s+/g, ''), prov: lineProv(j) })));
    }
    if (rows.length < 3) continue;
    regions.push({ start: i, end: j - 1, rows });
    i = j - 1;
  }
  return regions;
}

/**
 * Tables flattened one cell per line: "项目 / 上年决算数 / 本年决算数 / 本年收入合计 / 1,020.50 /
 * 1,105.30 / 财政拨款收入 / …". The header (a label column, then money columns) gives the width;
 * every row must be a label and exactly that many values, or the run ends there. Fewer than two
 * whole rows is no table: the lines stay text, read as prose, rather than as a grid guessed wrong.
 * Blank lines between cells are ignored (they carry no column), so a table with empty cells is
 * never recovered: its values would land in the wrong columns.
 */
export function findCellPerLineRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  const filled = lines.flatMap((l, i) => (l.trim() ? [{ i, text: l.trim() }] : []));
  let f = 0;
  while (f < filled.length) {
    if (!LABEL_HEADER.test(filled[f].text.replace(/\s/g, ''))) {
      f++;
      continue;
    }
    let width = 1;
    while (f + width < filled.length && MONEY_HEADER.test(filled[f + width].text.replace(/\s/g, ''))) width++;
    const rows: { cells: typeof filled }[] = [{ cells: filled.slice(f, f + width) }];
    let at = f + width;
    while (width > 1 && at + width <= filled.length) {
      const cells = filled.slice(at, at + width);
      const [label, ...values] = cells;
      if (
        !isGridRow(
          label.text,
          values.map((v) => v.text),
        )
      )
        break;
      // a value after the row's last is a row wider than the header: not this grid
      if (at + width < filled.length && isValueCell(filled[at + width].text)) break;
      rows.push({ cells });
      at += width;
    }
    if (rows.length < 3) {
      f++;
      continue;
    }
    regions.push({
      start: filled[f].i,
      end: filled[at - 1].i,
      rows: rows.map((r) => r.cells.map((c) => ({ raw: c.text, prov: lineProv(c.i) }))),
    });
    f = at;
  }
  return regions;
}

/** A header cell of a table copied one cell a line: a few words, no sentence's punctuation, no value, no total row's label. */
const HEADER_LIKE = /^[^。;,:，；：]{1,20}$/;
const TOTAL_LABEL = /^(?:合计|总计|小计|共计)$/;
/** A table's caption or unit note as a cell of its own above the header ("…分配表 |", "单位:万元 |"). */
const BARRED_CAPTION = /(?:表|表\([^()]*\)|单位[:：](?:万元|元|亿元|千元))$/;
/** A column of money or rates: a header MONEY_HEADER knows, or one of the vocabulary's table headers (its unit note aside). */
const moneyColumn = (header: string) => {
  const bare = header.replace(/\s/g, '');
  return (
    MONEY_HEADER.test(bare) ||
    SUM_COLUMN.test(bare) ||
    (HEADER_CELL_WORD.test(bare.replace(UNIT_NOTE, '')) && !FIRST_COLUMN_HEADER.test(bare))
  );
};
/**
 * A column summing the row's amounts across the columns before it, named by what it sums over ("按属地合计", "资金合计",
 * "项目小计"): money, as the row's total. ("合计" alone heads no column here: it is a total row's label, TOTAL_LABEL.)
 */
const SUM_COLUMN = /^[\u4e00-\u9fff]{1,6}(?:合计|小计)(?:数|金额)?(?:\((?:万元|元|亿元)\))?$/;

/**
 * Tables copied one cell a line with each cell closed by its bar, a blank cell by a bar alone ("市县/单位名称 |" / "项目名称 |" /
 * "金额 |" / "合计 |" / "|" / "78,400 |" / …), as a web page's grid is copied. Unlike findCellPerLineRegions's copy, the blank
 * cells are there, so a row's cells keep their columns and a table with empty cells can be laid back. The header is a run
 * of words opening on a first column's header (项目名称, 单位名称, 序号 …) with at least one column of money or rates; its
 * width is the one, and the only one, that lays every cell after it into rows where each column holds one kind of cell
 * (values, or words: a blank anywhere) and every row states a value in a money column, up to the run's last cell (a
 * last row cut short is left as text): a row that breaks this means a cell lost or one too many, which shifts every
 * column after it, and the run stays text. Fewer than two rows is no table, and a run two widths could lay stays text.
 */
export function findBarredCellRegions(lines: string[]): Region[] {
  // the cells, with the line each stands on; a line that is no barred cell ends a run (an empty line is passed over)
  const runs: { i: number; text: string }[][] = [];
  let run: { i: number; text: string }[] = [];
  lines.forEach((line, i) => {
    const cell = ONE_CELL_WITH_BAR.exec(line);
    if (cell) run.push({ i, text: cell[1].trim() });
    else if (line.trim()) {
      if (run.length) runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  const regions: Region[] = [];
  for (const cells of runs) {
    let f = 0;
    while (f < cells.length) {
      const head = cells[f].text.replace(/\s/g, '');
      const fits: { width: number; rows: number; lead: boolean }[] = [];
      // (the header opens the run, or follows a blank cell, the table's caption, a value or a sentence, the end of what
      // stood before it: after a cell of a header's words, a header word is one more cell of that header, or of a row)
      const before = (cells[f - 1]?.text ?? '').replace(/\s/g, '');
      const opens = f === 0 || !before || BARRED_CAPTION.test(before) || VALUE_CELL.test(before) || !HEADER_LIKE.test(before);
      // a blank cell right before the header, opening its row as every row after it opens on one: the leading bar of a pipe
      // table's rows ("| 序号 | 项目单位 | …") copied one cell a line, an empty first column the table is read without
      const led = f > 0 && !before && (f === 1 || !HEADER_LIKE.test(cells[f - 2].text.replace(/\s/g, '')));
      if (opens && (FIRST_COLUMN_HEADER.test(head) || LABEL_HEADER.test(head) || RECIPIENT_HEADER.test(head))) {
        for (let width = 2; width <= MAX_COLUMNS && f + width <= cells.length; width++) {
          const header = cells.slice(f, f + width).map((c) => c.text);
          const rest = cells.slice(f + width).map((c) => c.text);
          const rows = barredRows(header, rest);
          // (every cell laid, but for a last row cut short)
          if (rows >= MIN_DATA_ROWS && rest.length - rows * width < width) fits.push({ width, rows, lead: false });
          // (one row that is the whole run, its last cell the sum of the values before it under a total's header: one unit's
          // allocation table, the items its columns)
          else if (rest.length === width && summedRow(header, rest)) fits.push({ width, rows: 1, lead: false });
          if (!led) continue;
          const ledRows = barredRows(header, withoutLeadingBlanks(rest, width + 1));
          if (ledRows >= MIN_DATA_ROWS && rest.length - ledRows * (width + 1) < width + 1) fits.push({ width, rows: ledRows, lead: true });
        }
      }
      if (fits.length !== 1) {
        f++;
        continue;
      }
      const { width, rows, lead } = fits[0];
      // (a led table's rows each one cell wider, their blank first cell left out)
      const step = lead ? width + 1 : width;
      const header = cells.slice(f, f + width);
      const body = cells.slice(f + width, f + width + rows * step);
      const taken = [...(lead ? [cells[f - 1]] : []), ...header, ...body];
      regions.push({
        start: taken[0].i,
        end: taken[taken.length - 1].i,
        rows: [header, ...Array.from({ length: rows }, (_, r) => body.slice(r * step + (lead ? 1 : 0), (r + 1) * step))].map((row) =>
          row.map((c) => ({ raw: c.text, prov: lineProv(c.i) })),
        ),
      });
      f += width + body.length;
    }
  }
  return regions;
}

/** Whether every cell of a run's header is a few words: no value, no sentence, no total row's label (合计). */
function headerOfWords(header: string[]): boolean {
  return header.every((h) => HEADER_LIKE.test(h) && !isValueCell(h) && !TOTAL_LABEL.test(h.replace(/\s/g, '')));
}

/**
 * Whether a row under `header` opens on words and states only values after them, three at least, the last (under a total's
 * header) their sum to the last digit: a one-row table no other reading of the run's cells could give.
 */
function summedRow(header: string[], row: string[]): boolean {
  const values = row.slice(1);
  if (!headerOfWords(header)) return false;
  if (!ROW_TOTAL_HEADER.test(header[header.length - 1].replace(/\s/g, '')) || !row[0] || isValueCell(row[0])) return false;
  if (values.length < 3 || values.some((v) => !/^-?[\d,]+(?:\.\d+)?$/.test(v.replace(/\s/g, '')))) return false;
  const amounts = values.map((v) => new Decimal(v.replace(/[\s,]/g, '')));
  const total = amounts.pop() as Decimal;
  return amounts.reduce((sum, a) => sum.plus(a), new Decimal(0)).equals(total);
}

/**
 * The cells after a led header laid row by row without each row's first cell, as long as that cell is blank (`step` the
 * row's width with it): the rows stop at the first that opens on a filled cell.
 */
function withoutLeadingBlanks(cells: string[], step: number): string[] {
  const out: string[] = [];
  for (let at = 0; at + step <= cells.length && !cells[at]; at += step) out.push(...cells.slice(at + 1, at + step));
  return out;
}

/** How many whole rows of `header`'s width the cells after it lay into, each column one kind and a value in every row. */
function barredRows(header: string[], after: string[]): number {
  if (!headerOfWords(header)) return 0;
  const money = header.map(moneyColumn);
  if (!money.includes(true) || money[0]) return 0;
  const width = header.length;
  // each column's kind, set by its first filled cell (a money column's is values)
  const kinds: ('value' | 'words' | undefined)[] = money.map((m) => (m ? 'value' : undefined));
  let rows = 0;
  for (let at = 0; at + width <= after.length; at += width) {
    const row = after.slice(at, at + width);
    const own = [...kinds];
    let fits = row.some((c, k) => money[k] && isValueCell(c));
    row.forEach((c, k) => {
      if (!c) return;
      const kind = isValueCell(c) ? 'value' : 'words';
      if (own[k] && own[k] !== kind) fits = false;
      own[k] = kind;
    });
    if (!fits) break;
    kinds.splice(0, width, ...own);
    rows++;
  }
  return rows;
}

/** A row number (行次) cell of a 收支 table: one to three digits, never an amount. */
const LINE_NUMBER_CELL = /^\d{1,3}$/;
/** The row-number column's header, and the 栏次 row that numbers the columns under it. */
const LINE_NUMBER_HEADER = /^(?:行次|栏次)$/;

/**
 * The 收入支出决算总表 flattened one cell per line with its 行次 column: "项目 / 行次 / 金额 / 项目 / 行次 /
 * 金额 / 栏次 / 1 / 栏次 / 2 / 一、一般公共预算财政拨款收入 / 1 / 440.55 / 一、一般公共服务支出 / 29 / …".
 * Blank cells vanish in such a copy (a side with no row keeps only its 行次), so the two sides cannot be
 * told by position; the row number can: every row is a label, its 行次 and its amount, whichever side
 * it stood on (its amount written as accounts write them, so that a lost amount never takes the next
 * row's 行次). Lone row numbers (a side with no label) and the 栏次 row are passed over; any other cell
 * ends the table, and fewer than three rows is none. The rows become a table of one label, 行次 and
 * 金额 column each.
 */
export function findLineNumberedCellRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  const filled = lines.flatMap((l, i) => (l.trim() ? [{ i, text: l.trim().replace(/\s+/g, '') }] : []));
  let f = 0;
  while (f + 2 < filled.length) {
    const header = filled.slice(f, f + 3);
    if (!LABEL_HEADER.test(header[0].text) || !LINE_NUMBER_HEADER.test(header[1].text) || !MONEY_HEADER.test(header[2].text)) {
      f++;
      continue;
    }
    const isRow = (k: number) =>
      k + 2 < filled.length &&
      ROW_LABEL.test(filled[k].text) &&
      !VALUE_CELL.test(filled[k].text) &&
      !LABEL_HEADER.test(filled[k].text) &&
      !LINE_NUMBER_HEADER.test(filled[k].text) &&
      !MONEY_HEADER.test(filled[k].text) &&
      LINE_NUMBER_CELL.test(filled[k + 1].text) &&
      // an amount as accounts write it (0.00, 1,234.56, a dash): a bare integer may be the next row's 行次
      AMOUNT_CELL.test(filled[k + 2].text);
    const rows: (typeof filled)[] = [header];
    let at = f + 3;
    let last = at - 1;
    while (at < filled.length) {
      if (isRow(at)) {
        rows.push(filled.slice(at, at + 3));
        last = at + 2;
        at += 3;
      } else if (
        LINE_NUMBER_CELL.test(filled[at].text) ||
        LINE_NUMBER_HEADER.test(filled[at].text) ||
        // the second side's header cells, before the first row
        (rows.length === 1 && (LABEL_HEADER.test(filled[at].text) || MONEY_HEADER.test(filled[at].text)))
      ) {
        at++;
      } else break;
    }
    if (rows.length < 4) {
      f++;
      continue;
    }
    regions.push({
      start: filled[f].i,
      end: filled[last].i,
      rows: rows.map((cells) => cells.map((c) => ({ raw: c.text, prov: lineProv(c.i) }))),
    });
    f = last + 1;
  }
  return regions;
}

/** The label of a table's total row. */
const TOTAL_ROW_LABEL = /^(?:合计|总计)$/;
/** Row labels of the accounts: a column of them is a table's, not a list of headings. */
const ACCOUNT_WORD = /收入|支出|合计|总计|结转|结余|经费|拨款/;
/** An amount as final accounts write it (1,234.56, 0.00), or a dash: never a page or list number. */
const AMOUNT_CELL = /^(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+|[-—–/]+)$/;

/**
 * Tables whose copy put every row label first and every value after, one cell per line: "项目 /
 * 本年收入合计 / 财政拨款收入 / 其他收入 / 金额 / 12,345,678.90 / 12,000,000.00 / 345,678.90"
 * (an .xls saved as text). The i-th value is the i-th label's only when the two runs are equally
 * long, the values end there, there are at least three, every value is an amount with a decimal
 * point or thousands separators (page numbers of a contents list are not), and most labels are
 * accounts' words. Anything else stays text.
 */
export function findLabelsThenValuesRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  const filled = lines.flatMap((l, i) => (l.trim() ? [{ i, text: l.trim() }] : []));
  const isLabel = (t: string) => ROW_LABEL.test(t) && !/[：；，。]/.test(t) && !isValueCell(t) && !MONEY_HEADER.test(t.replace(/\s/g, ''));
  let f = 0;
  while (f < filled.length) {
    let k = 0;
    while (f + k < filled.length && isLabel(filled[f + k].text)) k++;
    let header = f + k < filled.length && MONEY_HEADER.test(filled[f + k].text.replace(/\s/g, '')) ? 1 : 0;
    // "本年收入合计 / 财政拨款收入 / … / 其他收入 / 合计 / 35,621.45 / 4,215.36 / …": a table with the
    // accounts as its columns, copied header cells first, then its 合计 row. The 合计 heads the values
    // (as a money header would) when that makes the runs equally long.
    if (!header && k > 3 && TOTAL_ROW_LABEL.test(filled[f + k - 1].text.replace(/\s/g, ''))) {
      let n = 0;
      while (f + k + n < filled.length && AMOUNT_CELL.test(filled[f + k + n].text.replace(/\s/g, ''))) n++;
      const labels = filled.slice(f, f + k - 1).filter((l) => !LABEL_HEADER.test(l.text.replace(/\s/g, ''))).length;
      if (n === labels) {
        k -= 1;
        header = 1;
      }
    }
    const v = f + k + header;
    let n = 0;
    while (v + n < filled.length && AMOUNT_CELL.test(filled[v + n].text.replace(/\s/g, ''))) n++;
    const labels = filled.slice(f, f + k).filter((l) => !LABEL_HEADER.test(l.text.replace(/\s/g, '')));
    const ends = v + n >= filled.length || !isValueCell(filled[v + n].text);
    if (labels.length < 3 || n !== labels.length || !ends || labels.filter((l) => ACCOUNT_WORD.test(l.text)).length * 2 < labels.length) {
      // a run is paired whole or not at all: dropping its first labels to fit the values would pair them wrong
      f += Math.max(k, 1);
      continue;
    }
    const values = filled.slice(v, v + n);
    const head = filled.slice(f, f + k).find((l) => LABEL_HEADER.test(l.text.replace(/\s/g, '')));
    const money = header && !TOTAL_ROW_LABEL.test(filled[f + k].text.replace(/\s/g, '')) ? filled[f + k] : null;
    const rows: RawCell[][] = [
      [
        { raw: head?.text ?? '项目', prov: lineProv(head?.i ?? filled[f].i) },
        { raw: money?.text ?? '金额', prov: lineProv(money?.i ?? values[0].i) },
      ],
      ...labels.map((l, j) => [
        { raw: l.text, prov: lineProv(l.i) },
        { raw: values[j].text, prov: lineProv(values[j].i) },
      ]),
    ];
    regions.push({ start: filled[f].i, end: values[n - 1].i, rows });
    f = v + n;
  }
  return regions;
}

/** A label that stops on a word joining it to more (…养护及, …建设和): its rest is on the next line. */
const LABEL_GOES_ON = /[及和与、的并暨]$/;

/**
 * Tables copied as one row per line, cells separated by spaces: "项目 上年决算数 本年决算数" then
 * "本年收入合计 1,020.50 1,105.30" … . The header gives the number of money columns; a row is a label
 * then exactly that many values (a label may hold spaces: "一、 财政拨款收入"). The run ends at the
 * first line that is not such a row, and fewer than two rows is no table.
 */
export function findSpacedRowRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  // tab and pipe rows are findDelimitedRegions'
  const cellsOf = (line: string) => (/[\t|]/.test(line) ? [] : line.trim().split(/\s+/));
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]);
    if (header.length < 2 || !LABEL_HEADER.test(header[0]) || !header.slice(1).every((h) => MONEY_HEADER.test(h))) continue;
    const width = header.length - 1;
    const rows: RawCell[][] = [header.map((raw) => ({ raw, prov: lineProv(i) }))];
    let j = i + 1;
    for (; j < lines.length; j++) {
      let cells = cellsOf(lines[j]);
      // a row's label wrapped at a joining word onto the line above its values ("农村公路日常养护及" / "安全设施维修 120.00 …"):
      // one label, from the first of its lines
      const from = j;
      if (cells.length === 1 && LABEL_GOES_ON.test(cells[0]) && !VALUE_CELL.test(cells[0]) && j + 1 < lines.length) {
        const next = cellsOf(lines[j + 1]);
        if (next.length > width) {
          cells = [cells[0] + next[0], ...next.slice(1)];
          j++;
        }
      }
      const values = cells.slice(-width);
      const label = cells.slice(0, -width).join('');
      // a value before the row's values is a row wider than the header: not this grid
      if (cells.length <= width || !isGridRow(label, values) || VALUE_CELL.test(cells[cells.length - width - 1])) {
        j = from;
        break;
      }
      const prov = { page: null, lines: [from + 1, j + 1] as [number, number] };
      rows.push([label, ...values].map((raw) => ({ raw, prov })));
    }
    if (rows.length < 3) continue;
    regions.push({ start: i, end: j - 1, rows });
    i = j - 1;
  }
  return regions;
}

/**
 * A one-row table copied onto one line, its headers first and its values after them, cells separated by spaces:
 * "年初预算数 全年预算数 全年执行数 执行率 5,120.00 5,436.28 5,318.64 97.84%". Read as a header row and a row of values only
 * when every header is one of the vocabulary's table headers (its unit note aside), two at least, and exactly as many
 * values follow, nothing after them: any other count leaves which value is whose unclear, and the line stays text.
 */
export function findHeadersThenValuesLines(lines: string[]): Region[] {
  const regions: Region[] = [];
  for (const [i, line] of lines.entries()) {
    if (/[\t|]/.test(line)) continue;
    const cells = line.trim().split(/\s+/);
    const width = cells.findIndex((c) => !HEADER_CELL_WORD.test(c.replace(UNIT_NOTE, '')));
    if (width < 2 || cells.length !== 2 * width || !cells.slice(width).every((c) => VALUE_CELL.test(c))) continue;
    const row = (from: number) => cells.slice(from, from + width).map((raw) => ({ raw, prov: lineProv(i) }));
    regions.push({ start: i, end: i, rows: [row(0), row(width)] });
  }
  return regions;
}

/** Runs of two spaces or more between a row's cells. */
const SPACE_GAP = / {2,}/;
/**
 * A table pasted with tabs between its cells in some rows and runs of spaces in others (an editor that turned some tabs into
 * spaces): a line with no tab or bar whose cells, split at its runs of two spaces or more, are exactly as many as those of
 * the tab row next to it (past blank lines) is a row of the same table, its gaps made tabs. Any other line stays as it is.
 */
export function withSpacedRowsInTabRuns(lines: string[]): string[] {
  const tabCells = (l: string | undefined) => (l?.includes('\t') ? l.trim().split('\t').length : 0);
  const out = [...lines];
  const neighbour = (i: number, step: number) => {
    let k = i + step;
    while (k >= 0 && k < lines.length && !lines[k].trim()) k += step;
    return lines[k];
  };
  for (const [i, line] of lines.entries()) {
    if (/[\t|]/.test(line) || !SPACE_GAP.test(line.trim())) continue;
    const cells = line.trim().split(SPACE_GAP).length;
    if (cells >= 3 && (tabCells(neighbour(i, -1)) === cells || tabCells(neighbour(i, 1)) === cells))
      out[i] = line.trim().split(SPACE_GAP).join('\t');
  }
  return out;
}
