/**
 * Figures read from tables — real ones (Word, PDF, Markdown pipe tables) and the flattened ones
 * web pages produce (one cell per line, cells ending in " |", rows whose merged cells were
 * dropped). Both are read as one stream of cells: a run of known column headers
 * (年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 分值 / 得分 …), then a row label (总额, 合计,
 * 公务接待费 …) followed by its values in header order. Column positions are never trusted,
 * because flattening and merged cells shift them; the order of headers and values survives both.
 */
import type { Document, TableBlock } from '../model/document.ts';
import type { Unit } from '../model/record.ts';
import { rawOffset } from '../parse/normalize.ts';
import {
  cellNumber,
  Decimal,
  declaredUnit,
  isRatioNotPercent,
  rateWithinRounding,
  sumOf,
  UNIT_DECLARATION,
  UNIT_LINE,
  writtenAlike,
} from './numbers.ts';
import { budgetedAmount, type Found, matchWording, type TaskFragment } from './prose.ts';
import { documentMeasure, insideNote, type PageMeasure, unwrappedLines } from './printedLines.ts';
import { linesOf, type Segment, segmentAt, segmentsOf, simplify, sourceWordsOf, textAbove, unitNoteBelow } from './text.ts';
import { type Column, FORM_SOURCE_ROWS, type Measure, TABLE_HEADERS as HEADERS, TOTAL_SCORE_LABEL } from '../model/wordings.ts';
import {
  CHANGE_COLUMN_HEADER,
  fundNames,
  isLineBudget,
  THREE_PUBLIC,
  THREE_PUBLIC_BARE_HEADERS,
  THREE_PUBLIC_FUNDS,
  THREE_PUBLIC_ITEMS,
} from '../model/wordings.ts';
import { STATED_GRADES } from '../model/keys.ts';
import { PERCENT_MISREAD_IN_CELL, repairsWithin } from './ocrRepair.ts';
import { cleanName, fundingRowLabel, NUMBERING, refusal } from './tasks/names.ts';
import { circledLead } from './tasks/inlineLists.ts';
import { groupRows, serialLevel, unitsRow, withoutSubtotalRows, wrappedName, YEAR_ALONE_HEADER } from './tasks/projectTables.ts';

export interface Token {
  text: string;
  segment: Segment;
  start: number;
  end: number;
  /** Where a printed line the page's margin cut goes on inside this token's line (segment offsets): no gap between words. */
  wraps?: readonly number[];
}

/**
 * A header word as a form may annotate it after 全年: "全年(调整)预算数" (a template that names the adjusted budget so) is
 * 全年预算数. Read so in a header run a copy wrote together ("年初预算数全年(调整)预算数全年执行数执行率(%)…").
 */
const annotated = (w: string) => w.replace(/^全年(?=[\u4e00-\u9fff])/, '全年(?:\\(调整\\))?');
const HEADER_RES = HEADERS.flatMap((h) =>
  h.words.map((w) => ({
    column: h.column,
    exact: new RegExp(`^(?:${annotated(w)})$`),
    at: new RegExp(`^(?:${annotated(w)})(?:\\([^()]{0,14}\\))*`),
  })),
);
/** The row that holds a table's totals: 年度资金总额, 年度财政资金总额, 项目资金总额, 合计 … */
/**
 * A total named by its funds ("年度资金总额", "年度财政资金总额"): specific enough to be found inside
 * running text too (TOTAL_LABEL_IN_TEXT), unlike a bare 合计.
 */
const FUNDS_TOTAL = '(?:年度|项目|本年)?(?:财政)?(?:项目)?资金总(?:额|计)|年度总金额';
/**
 * Total rows' labels as a table cell holds them, beyond FUNDS_TOTAL (which running text may hold too), one entry a
 * wording: "合计 | 40 | 42 | 39.9 | 95%".
 */
const TOTAL_ROW_WORDS = [
  '总额|合计|总计',
  // "年度预算资金总额 | 40 | 42 | …"
  '(?:年度)?预算资金总额',
  '项目资金',
  // "部门整体支出 | 850 | 830 | 97.65%": the department-overall table's own total row
  '(?:部门|单位)?整体支出(?:总额)?',
  // "部门预算总额 | 6,402.18 | 9,886.35 | …": the department-overall form (Yunnan) names its total row by the unit's budget
  '(?:部门|单位)(?:整体)?预算(?:资金)?总额',
  // "年度资金合计 | 40 | 42 | …", "年度资金总量 | …": the funds' sum said with 合计 / 总量 for 总额
  '(?:年度|项目|本年)?(?:财政)?资金(?:合计|总量)',
  // "项目总金额 | 40 | 42 | …"
  '(?:项目)?总金额',
];
const TOTAL_ROW = new RegExp(`^(?:${FUNDS_TOTAL}|${TOTAL_ROW_WORDS.join('|')})$`);
/** A row label's own unit, in brackets after it ("年度资金总额(元)"): the row's values are in it. */
const LABEL_UNIT = /\((万元|元|亿元)\)$/;
/** "(A)", "(B/A)", "(10分)", "(万元)", "(B/A×100%)": what a header says about itself, not its name. */
const ANNOTATION = /\([^()]{0,14}\)/g;
/**
 * A header's column letter whose closing bracket OCR merged into it, at the cell's end: "全年预算数(人" (a scan's "(A)"
 * read as one glyph, 人). Only that glyph: a note merely cut by a line's end ("全年预算数(A" with ")" on the next line of
 * a hard-wrapped copy) is another layout's, which the wrapped-line readers join. What is left must still be a header
 * word exactly, so a row's label is never made a header.
 */
const UNCLOSED_ANNOTATION = /\(人$/;
/** A cell that only annotates the header before it: "(20分*执行率)". */
const ANNOTATION_CELL = /^\([^()]{0,20}\)$/;
const DASH = /^[-—–/\\]+$/;

/** "2018年决算数", "上年决算", "本年预算": a column of one year in a table whose columns are several years. */
const COLUMN_YEAR = /^(?:(\d{4})年度?|(上年度?|上一年度?|去年)|(本年度?|当年))/;
type ColumnYear = number | 'prior' | 'current' | null;

function yearOfHeader(text: string): { year: ColumnYear; rest: string } {
  const t = text.replace(/\s/g, '');
  const m = COLUMN_YEAR.exec(t);
  if (!m) return { year: null, rest: t };
  return { year: m[1] ? Number(m[1]) : m[2] ? 'prior' : 'current', rest: t.slice(m[0].length) };
}

function headerOf(text: string): Column | null {
  return bareHeaderOf(yearOfHeader(text).rest);
}

/** A bare word heading a column under a “三公” title, of a year or none ("预算", "2023年决算", "上年决算"). */
function threePublicBareHeader(text: string): Column | null {
  return THREE_PUBLIC_BARE_HEADERS[yearOfHeader(text).rest.replace(ANNOTATION, '')] ?? null;
}

/** A header cell that is a year alone ("2023年", "2022年度"), a column of that year's amounts. */
function yearAloneHeader(text: string): boolean {
  const { year, rest } = yearOfHeader(text.replace(ANNOTATION, ''));
  return typeof year === 'number' && rest === '';
}

/**
 * A fund's name inside a title whose 预算 names no budget ("一般公共预算财政拨款“三公”经费支出决算表"): the full names of
 * the budgets a unit's funding lines come from (isLineBudget), those whose 预算 a unit's table titles write.
 */
export const FUND_BUDGET_WORDS = new RegExp(fundNames(isLineBudget, { full: true }), 'g');

/**
 * What the columns of a “三公” table headed by years alone hold, as its title says ("财政拨款“三公”经费支出决算表"
 * over 2022年 | 2023年): each year's spending under an account's title, each year's budget under a budget's; none
 * where the nearest “三公” title names both or neither ("“三公”经费情况表"), the years then saying no measure.
 */
function threePublicTitleColumn(tokens: Token[], i: number): Column | null {
  const title = tokens
    .slice(Math.max(0, i - 8), i)
    .map((t) => t.text.replace(FUND_BUDGET_WORDS, ''))
    .findLast((t) => THREE_PUBLIC.test(t));
  if (!title) return null;
  const account = /决算/.test(title);
  const budget = /预算/.test(title);
  return account === budget ? null : account ? 'executed' : 'budget';
}

function bareHeaderOf(text: string): Column | null {
  const t = text.replace(/\s/g, '').replace(/:$/, '').replace(ANNOTATION, '').replace(UNCLOSED_ANNOTATION, '').replace(/%$/, '');
  if (!t) return null;
  for (const h of HEADER_RES) if (h.exact.test(t)) return h.column;
  return null;
}

/** The header words as one alternation, each with optional annotations, for finding runs inside text. */
// longest first: a regex alternation takes the first word that fits, and 全年预算 before 全年预算数 cut a run short
const HEADER_WORD = `(?:\\d{4}年度?|上年度?|本年度?)?(?:${HEADERS.flatMap((h) => h.words)
  .sort((a, b) => b.length - a.length)
  .map(annotated)
  .join('|')})(?:\\([^()]{0,14}\\))*`;
const HEADER_RUN_IN_TEXT = new RegExp(`(?:${HEADER_WORD}){2,}`, 'g');
/** One or more header words written together at the start of a text. */
const HEADER_RUN_AT_START = new RegExp(`^(?:${HEADER_WORD})+`);
/** One header word at the start of a text; the longest wins (得分计算方法 over 得分, 分值权重 over 分值). */
function headerWordAt(text: string): string | null {
  const year = COLUMN_YEAR.exec(text)?.[0] ?? '';
  let best: string | null = null;
  for (const h of HEADER_RES) {
    const m = h.at.exec(text.slice(year.length));
    if (m && (!best || m[0].length > best.length)) best = m[0];
  }
  return best === null ? null : year + best;
}
const GLUED_TOTAL_ROW = new RegExp(`^(${FUNDS_TOTAL}|总额|合计|总计)[:]?\\s*(\\d[\\d.,%]*)$`);
/** Cells run together, a rate's % among them, ending on a digit or the %, the next row's words right after (no unit). */
const GLUED_VALUES_BEFORE_ROW = String.raw`\d[\d.,]*%[\d.,%]*?(?:\d|%)(?=[\u4e00-\u9fff])(?![万亿千]?元)`;
/**
 * The same row with the next row's label run on after its values (a form copied with no space at all between cells): the
 * values hold a rate's % and end on a digit or the %, the next row's words right after them (not a unit: 万元 is no row).
 */
const GLUED_TOTAL_ROW_THEN_ROW = new RegExp(`^(${FUNDS_TOTAL}|总额|合计|总计)[:]?\\s*(${GLUED_VALUES_BEFORE_ROW})`);
/** An amount a cell writes with its unit ("4753.66万元", a form whose every money cell carries it). */
const AMOUNT_WITH_UNIT = String.raw`\d[\d.,]*(?:万元|亿元|元)`;
/**
 * More values after a row's first, each a space after the last: an amount with its unit, a number (a rate's % after it)
 * or a dash for an empty cell, none running on into words ("10 10 1.预算执行率=…": the 1 numbers the note after the row,
 * no cell of it), nor cut short inside its digits ("2880.45万元按收入…" gives no 2880).
 */
const SPACED_VALUES = String.raw`(?:[ \t]+(?:${AMOUNT_WITH_UNIT}|[\d.,]+%?|[—–/-]+)(?![\d\u4e00-\u9fff]|[.、][\u4e00-\u9fff]|[.,]\d))*`;
/**
 * A total row's label in running text and its values: glued ("年度资金总额:310.2154.741050%5") or
 * spaced ("年度资金总额:120 114 10 95% 9.5 其中:…", a PDF line), each value a cell.
 */
const TOTAL_LABEL_IN_TEXT = new RegExp(`(${FUNDS_TOTAL})[:]?\\s*((?:${AMOUNT_WITH_UNIT}(?=\\s)|[\\d.,%]+)${SPACED_VALUES})`, 'g');

/**
 * A total row named by a bare 总额 / 合计 / 总计 right where a header run ends, its values glued on (the Sichuan form's
 * "…预算执行率权重得分原因总额120.00135.60130.1896.00%…" on a mirror that ran the cells together): words too
 * common to be a total's label anywhere else in running text. Or its values spaced, the headers run together before it
 * ("…权重得分原因总额 0.00 3.36 3.36 100.00% 10 10": a .docx paragraph that dropped the breaks between the header cells).
 */
const BARE_TOTAL_AFTER_HEADERS = new RegExp(`(总额|合计|总计):?\\s*(\\d[\\d.,%]*${SPACED_VALUES})`, 'y');

/** Cells of the document as one stream: table cells row by row, "|"-separated lines split, other paragraphs split where they hold a table row. */
export function tokensOf(segments: Segment[]): Token[] {
  const out: Token[] = [];
  let measure: PageMeasure | undefined;
  let prev: Segment | undefined;
  for (const seg of segments) {
    if (seg.kind === 'cell') {
      const text = seg.text.trim();
      const lead = seg.text.length - seg.text.trimStart().length;
      // a form's cell that holds a field and its value ("其中:基本支出:512.40"): the two, as a copy one
      // cell per line gives them
      const field = FIELD_CELL.exec(text) ? labelThenValue(text) : null;
      if (field)
        out.push(
          { text: text.slice(0, field), segment: seg, start: lead, end: lead + field },
          { text: text.slice(field), segment: seg, start: lead + field, end: lead + text.length },
        );
      // a cell a copy merged from several ("100 120 118" under "年初预算数 全年预算数 全年执行数"), or a field with its
      // amount ("全年预算数:120万元"): split as the same text is when the row is a paragraph
      else out.push(...splitRowText({ text, segment: seg, start: lead, end: lead + text.length }));
    } else if (seg.kind === 'paragraph' && seg.text.includes('|')) {
      let at = 0;
      const parts = seg.text.split('|');
      // "238.93 |": the bar ends its cell; what follows the last bar is no cell (a paragraph per cell would read each as two)
      if (!parts[parts.length - 1].trim()) parts.pop();
      for (const part of parts) {
        const lead = part.length - part.trimStart().length;
        out.push(...splitRowText({ text: part.trim(), segment: seg, start: at + lead, end: at + part.trimEnd().length }));
        at += part.length + 1;
      }
    } else {
      // a form copied one cell a line: the blank lines between a row's label (or a value) and its next value are its
      // blank cells, holding their columns' places ("年度资金总额" / "" / "72.5" / "70.1": 年初预算数 left blank)
      const blanks = blankCellsBefore(prev, seg);
      const blankAt = out.length;
      for (let b = 0; b < blanks; b++) out.push({ text: '', segment: seg, start: 0, end: 0 });
      // a form's rows one a line ("年度资金总额 50 60 54 10 90% 9", "其中:当年财政拨款 50 60 54 - -") share a
      // width too; a line that ends in two cells or more is a row, whole, and the next line is the next row
      const documentWidth = () => (measure === undefined ? (measure = documentMeasure(segments)) : measure);
      // (the cells of the paragraph's printed lines, and where each line and each line a wrap joined begins: a rate the
      // margin cut may lie across either)
      const cells: Token[] = [];
      const breaks: number[] = [];
      for (const line of unwrappedLines(seg, documentWidth, { endsWhole: (t) => ROW_TEXT.test(t), beginsWhole: startsNextRow })) {
        const t = seg.text.slice(line.start, line.end);
        const lead = t.length - t.trimStart().length;
        // (only a break inside a header word or a header's note: elsewhere a table's line break may part two cells)
        const inWord = line.wraps?.filter((w) => insideNote(seg.text, w) || headerWordAcross(seg.text, w)) ?? [];
        const wraps = inWord.length ? { wraps: inWord } : {};
        cells.push(
          ...splitRowText({ text: t.trim(), segment: seg, start: line.start + lead, end: line.start + t.trimEnd().length, ...wraps }),
        );
        breaks.push(line.start + lead, ...(line.wraps ?? []));
      }
      out.push(...withRateCutAtMarginJoined(withLabelWrapsJoined(cells), breaks));
      // (only before a value: a label or a header after them opens the next row, and the blanks were the row's last)
      if (blanks && !isValueToken(out[blankAt + blanks]?.text ?? 'x')) out.splice(blankAt, blanks);
    }
    prev = seg;
  }
  return withLeadingHeadersCut(withWrappedHeadersJoined(withSpacedNotesJoined(withSpacedUnitsJoined(out))));
}

/** A row label's line: words alone, no digit (a value's), no clause's stop. */
const LABEL_LINE = /^[^\d。;!?]{2,24}$/;

/**
 * A row's label that its narrow cell wrapped over two lines of one paragraph ("一、一般公共预算" / "财政拨款收入", a PDF copied
 * as text, a blank line between cells): one cell where a wording of the vocabulary spans the break. Read apart, the
 * second line alone names another figure (财政拨款收入, the fiscal total, for the general budget's line). Two cells one a
 * line whose second holds the whole wording ("项目" / "一般公共预算财政拨款收入") stay two.
 */
function withLabelWrapsJoined(cells: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of cells) {
    const last = out[out.length - 1];
    if (last && last.segment === t.segment && LABEL_LINE.test(last.text) && LABEL_LINE.test(t.text) && wordingAcross(last.text, t.text)) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * Whether `second` alone names a figure and the wording that ends `first + second` begins inside `first` and names
 * another (a title over a unit's line, "…决算表" / "单位:万元", names none from its second line, and stays two).
 */
function wordingAcross(first: string, second: string): boolean {
  const alone = matchWording(second, '万元');
  if (!alone) return false;
  const joined = matchWording(first + second, '万元');
  return !!joined && joined.labelStart < first.length && joined.wording.key !== alone.wording.key;
}

/** A header word of the vocabulary that a line break at offset `w` of `text` falls inside ("分值执" / "行率(B/A)"). */
function headerWordAcross(text: string, w: number): boolean {
  for (let at = Math.max(0, w - 8); at < w; at++) {
    const word = headerWordAt(text.slice(at, w + 12));
    if (word && at + word.length > w) return true;
  }
  return false;
}

/** A percent as a form's rate cell states it, and a whole number before it. */
const LEADING_PERCENT = /^\d+(?:\.\d+)?%(?:\s+|$)/;
const BARE_NUMBER = /^\d+$/;
/** How far back in a row the budget and the spending a rate is of may stand (分值 between them and the rate). */
const RATE_REACH = 4;

/**
 * A row's rate cut by the page's margin, its first digits ending one line and the rest the next ("…258.75 247.18 20 9" /
 * "5.53% 19.11"): normalization leaves the two apart (a weight and a rate side by side break at the space as often),
 * and the row reads one cell too many and a wrong rate. Joined only where the row's own arithmetic decides: the
 * joined percent is the spending over the budget of two amounts just before it, and the piece after the break is not.
 */
function withRateCutAtMarginJoined(cells: Token[], wraps: readonly number[]): Token[] {
  const out = [...cells];
  for (let k = 1; k < out.length; k++) {
    const [a, b] = [out[k - 1], out[k]];
    // (the rest of the next line may be one token: "5.53% 19.11 其中:当年财政拨款 …", a line no row splitter read)
    const rest = LEADING_PERCENT.exec(b.text)?.[0] ?? '';
    if (!wraps.includes(b.start) || b.start - a.end > 1 || !BARE_NUMBER.test(a.text) || !rest) continue;
    const pct = rest.trimEnd();
    const joined = a.text + pct;
    const amounts = out.slice(Math.max(0, k - 1 - RATE_REACH), k - 1).filter((c) => /^\d[\d,]*\.\d+$/.test(c.text));
    const isRateOf = (rate: string) =>
      amounts.some((base, i) =>
        amounts.slice(i + 1).some((spent) => {
          const [x, y] = [base.text.replace(/,/g, ''), spent.text.replace(/,/g, '')];
          return !new Decimal(x).isZero() && rateWithinRounding(y, x, rate.replace('%', ''));
        }),
      );
    const after = rest.length < b.text.length ? splitRowText(sub(b, rest.length, b.text.length)) : [];
    // ("…247.18 20" / "95.53% 19.11 其中:…": the margin fell at the space, the rate whole; it is still a cell of its own)
    if (isRateOf(pct) && after.length) out.splice(k, 1, sub(b, 0, pct.length), ...after);
    if (!isRateOf(joined) || isRateOf(pct)) continue;
    out.splice(k - 1, 2, { ...a, text: joined, end: b.start + pct.length }, ...after);
  }
  return out;
}

/** More blank lines than a row has blank cells: a break between parts of the page, not cells. */
const MAX_BLANK_CELLS = 4;
/** A line that can be one cell of a form copied one cell a line: short, and no run of cells spaced apart. */
const CELL_LINE = /^\S{1,24}$/;

/**
 * The blank cells a form copied one cell a line left as blank lines between two paragraphs: where both paragraphs are
 * such cells, one at least a run of them a line each (so a blank line is no mere paragraph break, as in a copy that
 * puts a blank line after every cell), every blank line between them is a cell left blank.
 */
function blankCellsBefore(prev: Segment | undefined, seg: Segment): number {
  if (!prev || prev.kind !== 'paragraph' || prev.text.includes('|') || !prev.prov.lines || !seg.prov.lines) return 0;
  if (prev.prov.page !== seg.prov.page) return 0;
  const gap = seg.prov.lines[0] - prev.prov.lines[1] - 1;
  if (gap < 1 || gap > MAX_BLANK_CELLS) return 0;
  const cells = (s: Segment) => (s.source.raw ?? s.source.text).split(/\r?\n/).map((l) => l.trim());
  const [before, after] = [cells(prev), cells(seg)];
  if (before.length + after.length < 3 || ![...before, ...after].every((l) => CELL_LINE.test(l))) return 0;
  return gap;
}

/**
 * What a line wrap inside a narrow cell leaves on the next line: a few Chinese characters ("数", "算数",
 * "额"), after the end of a note the first cell wrapped too ("项目资金(万" | "元)算数算数行数率").
 */
const WRAP_TAIL = /^(?:[\u4e00-\u9fff]{0,3}\))?[\u4e00-\u9fff]{1,8}$/;
/** The end of a note, "元)", that completes a cell left open ("项目资金(万"). */
const NOTE_END = /^[\u4e00-\u9fff]{0,3}\)/;
const OPEN_NOTE = /\([^()]*$/;
/** How far back the cells a wrap's tails complete may start: one header row. */
const WRAPPED_ROW = 10;

/** A header or a total row's label, whole: what a wrapped cell's head and tail must make together. */
const isWhole = (text: string) => headerOf(text) !== null || TOTAL_ROW.test(text.replace(/\s/g, '').replace(/:$/, ''));

/**
 * An amount and its unit a PDF's text set a space apart ("620.82 万元 620.82 万元 …"), split into a value and a word: one
 * cell again, as "620.82万元" is, where the unit stands right after the value in one paragraph, a single space between.
 */
function withSpacedUnitsJoined(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (
      last &&
      /^(?:万元|亿元|元)$/.test(t.text) &&
      last.segment === t.segment &&
      t.segment.kind === 'paragraph' &&
      t.start - last.end === 1 &&
      /^-?[\d,]+(?:\.\d+)?$/.test(last.text)
    ) {
      out[out.length - 1] = { ...last, text: last.text + t.text, end: t.end };
      continue;
    }
    out.push(t);
  }
  return out;
}

/** How many pieces a header's note in brackets may be split into by the spaces a copy kept inside it. */
const NOTE_PIECES = 4;

/**
 * A header whose note in brackets holds spaces ("执行率(全年 执行数/全年 预算数)"), split by them into pieces that read as
 * headers of their own (执行数, 预算数): one header again, where the pieces of one paragraph close the bracket and the
 * whole is a header. Anything else is left as it is.
 */
function withSpacedNotesJoined(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (/\([^()]*$/.test(t.text) && t.segment.kind === 'paragraph') {
      let j = i + 1;
      while (j < tokens.length && j - i < NOTE_PIECES && tokens[j].segment === t.segment && !/\)/.test(tokens[j].text)) j++;
      const close = tokens[j];
      if (close && close.segment === t.segment && /^[^()]*\)$/.test(close.text)) {
        const text = tokens
          .slice(i, j + 1)
          .map((x) => x.text)
          .join('');
        if (headerOf(text)) {
          out.push({ text, segment: t.segment, start: t.start, end: close.end });
          i = j;
          continue;
        }
      }
    }
    out.push(t);
  }
  return out;
}

/**
 * Headers and total labels a PDF wrapped inside their narrow cells, joined again:
 * - cell by cell, "年初预算" | "数", "全年执" | "行数", "年度资金总" | "额": the tail completes the cell before it;
 * - row by row, "年初预算 全年预算 全年执行 分值 执行率 得分" | "数 数 数" (the spaces between the
 *   tails dropped as between any Chinese words): the tails complete the header row's cells in order,
 *   each the next cell it makes a whole header of.
 * A tail is joined only where every piece of it makes a whole header; anything else is left as it is.
 */
function withWrappedHeadersJoined(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const secondLine = headerSecondLineAt(out, tokens, i);
    if (secondLine !== null) {
      i = secondLine - 1;
      continue;
    }
    if (headingThenTails(out, t)) continue;
    // the space a copy keeps after the note's bracket ("元) 数数行数率") separates no cells
    const tail = t.text.replace(/\s+/g, '');
    if (!WRAP_TAIL.test(tail) || isWhole(tail) || !out.length) {
      out.push(t);
      continue;
    }
    const prev = out[out.length - 1];
    if (!/\d/.test(prev.text) && isWhole(prev.text + tail)) {
      out[out.length - 1] = { ...prev, text: prev.text + tail, end: Math.max(prev.end, t.end) };
      continue;
    }
    if (!joinedTails(out, tail)) out.push(t);
  }
  return out;
}

/**
 * A header row's wrapped tails on the line that also holds the label column's heading ("项目资金 算数 算数 行数" under
 * "年初预 全年预 全年执 …", as pdftotext -layout sets a cell that spans the header's two lines): the heading is a cell of
 * its own, the rest the tails. Split only where the tails complete the header row.
 */
function headingThenTails(out: Token[], t: Token): boolean {
  const lead = FUNDS_HEADING_LEAD.exec(t.text)?.[0];
  if (!lead || !out.length) return false;
  const tail = t.text.slice(lead.length).replace(/\s+/g, '');
  if (!WRAP_TAIL.test(tail) || isWhole(tail) || !joinedTails(out, tail)) return false;
  out.push(sub(t, 0, lead.length));
  return true;
}

/** `tail` joined to the header cells at the end of `out` it completes, each a whole header after it; false (and `out` unchanged) when they do not all fit. */
function joinedTails(out: Token[], tail: string): boolean {
  let from = out.length;
  while (from > 0 && out.length - from < WRAPPED_ROW && !/\d/.test(out[from - 1].text)) from--;
  const note = NOTE_END.exec(tail)?.[0] ?? '';
  const opened = note ? out.findIndex((h, k) => k >= from && OPEN_NOTE.test(h.text)) : -1;
  if (note && opened < 0) return false;
  if (note) from = opened + 1;
  const heads = out.slice(from);
  const plan = tailsPlan(
    heads.map((h) => h.text),
    tail.slice(note.length),
  );
  if (!plan || plan.size < 2) return false;
  if (note) out[opened] = { ...out[opened], text: out[opened].text + note };
  for (const [k, piece] of plan) out[from + k] = { ...heads[k], text: heads[k].text + piece };
  return true;
}

/**
 * A piece of a header row's second line, a cell of its own: the wrapped end of a header ("数", "行数", "率"),
 * a header word that completes a head cut before it ("预算数" under "年初", "执行数" under "全年"), or the
 * header's note ("(A)", "(C/B)", "(10分)").
 */
function secondLinePiece(text: string): boolean {
  const t = text.replace(/\s/g, '');
  if (!t || t.length > 8) return false;
  if (ANNOTATION_CELL.test(t)) return true;
  return !/\d/.test(t) && ((WRAP_TAIL.test(t) && !isWhole(t)) || headerOf(t) !== null);
}

/**
 * A header row wrapped onto a second row of cells of its own ("年初 | 全年 | 全年 | 分值 | 执行率 | 得分" over
 * "预算数 | 预算数 | 执行数", "年初预算 | 全年预算 | 全年执行" over "数 | 数 | 数", or the notes "(A) | (B) |
 * (C/B)"): a narrow form's header cells as a PDF or an OCR copies them, a line a row. The pieces of the second
 * row, in order, complete the heads of the first, each a later one; a piece that is a header word itself
 * completes only a head that is none (年初 + 预算数, never 全年预算数 + 预算数), and every piece must find its
 * head (one piece alone only where it and its head are both cut). Joined into `out` (the heads), it returns the index after the pieces; else null.
 */
function headerSecondLineAt(out: Token[], tokens: Token[], i: number): number | null {
  if (!secondLinePiece(tokens[i].text)) return null;
  const pieces: Token[] = [];
  let end = i;
  for (let k = i; k < tokens.length && pieces.length < WRAPPED_ROW; k++) {
    if (tokens[k].text === '') continue;
    if (!secondLinePiece(tokens[k].text)) break;
    pieces.push(tokens[k]);
    end = k + 1;
  }
  if (!pieces.length) return null;
  let from = out.length;
  while (from > 0 && out.length - from < WRAPPED_ROW && !/\d/.test(out[from - 1].text.replace(ANNOTATION, ''))) from--;
  const heads = out.slice(from).map((h) => h.text.replace(/\s/g, ''));
  const fits = (head: string, piece: string) => {
    if (!head || TOTAL_ROW.test(head.replace(/:$/, ''))) return false;
    if (ANNOTATION_CELL.test(piece)) return headerOf(head) !== null && !ANNOTATION_CELL.test(head);
    // (a head that ends in its note, "(2023年度)", "项目资金(万元)", is whole as it stands: its note is no header's start)
    return !head.endsWith(')') && isWhole(head + piece) && (headerOf(piece) === null || !isWhole(head));
  };
  const texts = pieces.map((p) => p.text.replace(/\s/g, ''));
  const plan = (p: number, h: number): number[] | null => {
    if (p === texts.length) return [];
    for (let k = h; k < heads.length; k++) {
      if (!fits(heads[k], texts[p])) continue;
      const rest = plan(p + 1, k + 1);
      if (rest) return [k, ...rest];
    }
    return null;
  };
  const at = plan(0, 0);
  // one piece alone completes a head only when both are cut ("全年执" over "行数"): a header word after a row of
  // headers may be a column of its own
  if (!at || (at.length === 1 && (isWhole(heads[at[0]]) || isWhole(texts[0])))) return null;
  at.forEach((k, p) => {
    out[from + k] = { ...out[from + k], text: heads[k] + texts[p] };
  });
  return end;
}

/** Which head takes which piece of `tails` (in order, each piece making its head whole), or null when none fits all. */
function tailsPlan(heads: string[], tails: string, k = 0): Map<number, string> | null {
  if (!tails) return new Map();
  if (k >= heads.length) return null;
  for (let len = Math.min(3, tails.length); len >= 1; len--) {
    const piece = tails.slice(0, len);
    if (!isWhole(heads[k] + piece)) continue;
    const rest = tailsPlan(heads, tails.slice(len), k + 1);
    if (rest) return new Map([[k, piece], ...rest]);
  }
  return tailsPlan(heads, tails, k + 1);
}

/**
 * A line that ends in a row's values run together after its label ("年度资金总额120.00150.00141.001094.00%9.4",
 * "其中:当年财政拨款50.0048.00——96.00%—"): more than one value in one run (two decimal points, a value or a dash
 * after a percent sign), so the run is whole cells, not the head of a number a wrap cut.
 */
const GLUED_ROW_END = /[\u4e00-\u9fff:)]([\d.,%—–-]*\d[\d.,%—–-]*)$/;
function endsInGluedRow(line: string): boolean {
  const run = GLUED_ROW_END.exec(line.trim())?.[1];
  if (!run) return false;
  return (run.match(/\./g) ?? []).length >= 2 || /%[\d—–-]/.test(run);
}
/** The start of a row's label: a Chinese word, or a bracketed one ("(一)", "(万元)"), never a digit a wrap carried over. */
const ROW_LABEL_START = /^\s*[\u4e00-\u9fff(]/;

/**
 * A form copied a row a line, its cells run together, shares the page's width with wrapped lines: a row whose
 * cells ran together ends where the next row's label begins, and no number the wrap cut lies between them.
 */
const startsNextRow = (line: string, before: string) => endsInGluedRow(before) && ROW_LABEL_START.test(line);

const HEADER_AT_END = new RegExp(`(?:${HEADER_WORD})$`);

/**
 * A header run's edges, run into the text beside them when a .docx or PDF copy lost the cell border:
 * "项目名称:基本公共卫生服务项目预算数(A)" before "执行数(B)" (the first header), and "2022年决算数审计
 * 业务经费" after "2022年预算数" (the last header and the first row's label). Each is cut there.
 */
function withLeadingHeadersCut(tokens: Token[]): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, k) => {
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    // (a total row's label before the headers, "年度资金总额", ends in a header word but is whole)
    const paragraph = t.segment.kind === 'paragraph' && !headerOf(t.text) && !TOTAL_ROW.test(t.text);
    const m = next && paragraph && headerOf(next.text) ? HEADER_AT_END.exec(t.text) : null;
    // "…2022年预算数 | 2022年决算数审计业务经费 | 35.6": the last header and the first row's label
    const last = prev && paragraph && headerOf(prev.text) ? headerWordAt(t.text) : null;
    if (m && m.index > 0 && headerOf(m[0])) out.push(sub(t, 0, m.index), sub(t, m.index, t.text.length));
    // the rest must be words (a label), not the header's own note cut by the copy ("分值(10" | "分)")
    else if (last && /^[\u4e00-\u9fff]/.test(t.text.slice(last.length)) && headerOf(last) && !headerWordAt(t.text.slice(last.length)))
      out.push(sub(t, 0, last.length), sub(t, last.length, t.text.length));
    else out.push(t);
  });
  return out;
}

const VALUE = '-?[\\d,]+(?:\\.\\d+)?%?';
/** A row's cell as text: a value, or the dash written in a cell that has none ("— — —"). */
// (an amount may carry its unit, "2580.30万元 2560.10万元 99.22%", as a pipe row's or a Word table's cells do: the row
// copied as spaced text keeps it, and such an amount is never the row's label)
const MONEY_CELL = `${VALUE} ?(?:万元|亿元|元)`;
const CELL = `(?:${MONEY_CELL}|${VALUE}|[—–/-]+)`;
/** A row's values cut into their cells, each whole (an amount and its unit a space apart is one). */
const ROW_CELL = new RegExp(CELL, 'g');
// ("(万元) 年度资金总额 70.00 75.00 …": the label column's unit note, set by a PDF copy on the first row's line, before its label)
const ROW_TEXT = new RegExp(`^((?!${MONEY_CELL}\\s)(?:\\((?:万元|元|亿元)\\)\\s+)?\\S*?[^\\d\\s,.%—–/-])?\\s*((?:${CELL}\\s+)+${CELL})$`);

const sub = (t: Token, from: number, to: number): Token => ({
  ...t,
  text: t.text.slice(from, to),
  start: t.start + from,
  end: t.start + to,
});

/**
 * A table row copied as text is split into its cells:
 * - "年度资金总额 43.2 43.2 37.24 10 86% 9" (a label and values separated by spaces);
 * - "资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分" (a header row separated by spaces);
 * - "…项目资金(万元)年初预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:310.2154.741050%5…"
 *   (a header row run together inside a paragraph, then the total row's label and its values).
 * Anything else stays one token: prose is never split.
 */
function splitRowText(t: Token): Token[] {
  if (!t.text) return [t];
  // the last header and the total row's label, their line break lost ("得分年度资金总额")
  const lastHeader = headerWordAt(t.text);
  if (lastHeader && lastHeader.length < t.text.length && TOTAL_ROW.test(t.text.slice(lastHeader.length).replace(/:$/, ''))) {
    return [sub(t, 0, lastHeader.length), sub(t, lastHeader.length, t.text.length)];
  }
  // "年度资金总额64.864.864.8100%": a total row's label with its values glued on
  const glued = GLUED_TOTAL_ROW.exec(t.text);
  if (glued) return [sub(t, 0, glued[1].length), sub(t, t.text.length - glued[2].length, t.text.length)];
  // a row's cells run together, then the next row's label and values ("593.27593.27448.641075.62%7.56其中:当年财政拨款…")
  // (never one number: "95%以上" is a cell of its own)
  const valuesThenRow = GLUED_VALUES_THEN_ROW.exec(t.text);
  if (valuesThenRow && !cellNumber(valuesThenRow[0]))
    return [sub(t, 0, valuesThenRow[0].length), ...splitRowText(sub(t, valuesThenRow[0].length, t.text.length))];
  // "年度资金总额593.27593.27448.641075.62%7.56其中:当年财政拨款…": the next row's label glued on after them too
  const gluedThenRow = GLUED_TOTAL_ROW_THEN_ROW.exec(t.text);
  if (gluedThenRow && !cellNumber(gluedThenRow[2])) {
    const valuesAt = gluedThenRow[0].length - gluedThenRow[2].length;
    return [
      sub(t, 0, gluedThenRow[1].length),
      sub(t, valuesAt, gluedThenRow[0].length),
      ...splitRowText(sub(t, gluedThenRow[0].length, t.text.length)),
    ];
  }
  const labelled = labelThenValue(t.text);
  if (labelled) return [sub(t, 0, labelled), sub(t, labelled, t.text.length)];
  const noted = totalRowThenNote(t);
  if (noted) return noted;
  const row = ROW_TEXT.exec(t.text);
  // at least one value: a line of dashes alone is a rule, not a row
  if (row && /\d/.test(row[2])) {
    const cells: Token[] = [];
    // "项目 年初预算数 … 执行率 合计 2,000.00 …" (a header row and its first row on one line, the spaces
    // between the words dropped as between any two Chinese words): the headers are cut from the label
    const label = row[1] ? sub(t, 0, row[1].length) : null;
    const valueCount = row[2].trim().split(/\s+/).length;
    // "本年收入合计财政拨款收入其他收入本年支出合计 16,345,600.00 …": labels then as many values, the
    // line breaks between the labels dropped as between any two Chinese words
    const labels = label && valueCount >= 2 ? labelsRunTogether(label.text) : null;
    if (label && new RegExp(HEADER_RUN_IN_TEXT.source).test(label.text)) cells.push(...splitInlineTable(label));
    else if (label && labels && labels.length === valueCount) {
      let at = 0;
      for (const l of labels) {
        cells.push(sub(label, at, at + l.length));
        at += l.length;
      }
    } else if (label) cells.push(label);
    const valuesAt = t.text.length - row[2].length;
    for (const m of row[2].matchAll(ROW_CELL)) cells.push(sub(t, valuesAt + m.index, valuesAt + m.index + m[0].length));
    return cells;
  }
  const pieces = t.segment
    ? sourceWordsOf(t.segment, t.start, t.end, t.wraps).map((w) => ({
        index: w.start - t.start,
        text: t.segment.text.slice(w.start, w.end),
      }))
    : [...t.text.matchAll(/\S+/g)].map((m) => ({ index: m.index, text: m[0] }));
  spacedHeadersJoined(pieces);
  // a header row, or a row of labels then values ("收入总计 本年收入合计 财政拨款收入 1,842.85 …"), possibly
  // inside a longer line (a .docx paragraph that holds a whole table): the run of short pieces around it is split
  const run = tabularRun(pieces);
  if (run) {
    const [from, to] = run;
    const startAt = pieces[from].index;
    const endAt = pieces[to].index + pieces[to].text.length;
    // (the space before the run is no part of the text before it: "…预算数(A)" must still end in its header)
    const whole = (at: number, end: number) =>
      at < end && t.text.slice(at, end).trim() ? [sub(t, at, at + t.text.slice(at, end).trimEnd().length)] : [];
    return [
      ...whole(0, startAt),
      ...pieces
        .slice(from, to + 1)
        .flatMap((p) =>
          p.text.length === t.text.length
            ? [sub(t, p.index, p.index + p.text.length)]
            : splitRowText(sub(t, p.index, p.index + p.text.length)).flatMap(valueThenLabel),
        ),
      // (the text after the run from its first word: a value too long for a cell's piece, "593.27593.27448.641076%7.6",
      // cells run together, is read as a value only without the space before it)
      ...(endAt < t.text.length ? splitRowText(sub(t, tailAt(t.text, endAt), t.text.length)) : []).filter((x) => x.text.trim()),
    ];
  }
  return splitInlineTable(t);
}

/** Where the text after `at` starts, past the white space there. */
const tailAt = (text: string, at: number) => at + (text.slice(at).length - text.slice(at).trimStart().length);

/** A piece that ends inside a bracket it opened ("分值(10"), and one that closes it ("分)"). */
const UNCLOSED_NOTE_END = /\([^()]{0,10}$/;
const NOTE_CLOSE_START = /^[^()\s]{1,6}\)$/;

/**
 * Header words a PDF copy spaced inside ("2017年决 算数", "全年 预算数", "预算执 行率"), joined again in place: a piece
 * and the next make one header where one of them alone is none. Only pieces the text runs together (normalization
 * dropped the space between two Chinese characters), each of words alone; a piece with a figure is a value's.
 */
function spacedHeadersJoined(pieces: { index: number; text: string }[]): void {
  for (let i = 1; i < pieces.length; i++) {
    const [a, b] = [pieces[i - 1], pieces[i]];
    if (a.index + a.text.length !== b.index || !/^[\u4e00-\u9fff]+$/.test(b.text) || /\d/.test(yearOfHeader(a.text).rest)) continue;
    if (headerOf(a.text + b.text) === null || (headerOf(a.text) !== null && headerOf(b.text) !== null)) continue;
    pieces.splice(i - 1, 2, { index: a.index, text: a.text + b.text });
    i--;
  }
}

/**
 * A total row copied as spaced text whose last cell is a note in words, the 原因 / 说明 column's ("总额 0.00 3.36 3.36
 * 100.00% 10 10 1.预算执行率=预算执行数/调整后预算数,…"): the note keeps the row from reading as cells, and its header
 * words are the note's, not a header row's. The label, each value and the note are cut apart, the note one cell.
 * Only a total row's label (TOTAL_ROW) and two values at least; a note is words, never a value.
 */
// (the note opens on no unit of money: "372.29 万元 360.29 万元 96.78%" is three cells, each amount with its unit after a space)
const ROW_THEN_NOTE = new RegExp(
  `^(\\S+)\\s+((?:${CELL}\\s+)+${CELL})\\s+(?!${CELL}(?:\\s|$))(?!(?:万元|亿元|元)(?:\\s|$))(\\S.*[\\u4e00-\\u9fff].*)$`,
);
function totalRowThenNote(t: Token): Token[] | null {
  const m = ROW_THEN_NOTE.exec(t.text);
  if (!m || !TOTAL_ROW.test(m[1].replace(/:$/, ''))) return null;
  const valuesAt = t.text.indexOf(m[2], m[1].length);
  const cells = [sub(t, 0, m[1].length)];
  for (const v of m[2].matchAll(ROW_CELL)) cells.push(sub(t, valuesAt + v.index, valuesAt + v.index + v[0].length));
  cells.push(sub(t, t.text.length - m[3].length, t.text.length));
  return cells;
}

/** Pieces of a cell's size (a header, a label, a value) */
const CELL_SIZE = 24;

/**
 * The first run of at least three consecutive short pieces holding two table headers or three row
 * wordings: a table row copied as text, alone on its line or inside a longer one.
 */
function tabularRun(pieces: { text: string }[]): [number, number] | null {
  let from = 0;
  for (let i = 0; i <= pieces.length; i++) {
    // (a row's cells run together, "593.27593.27448.641076%7.6", are one piece however long: still values)
    if (i < pieces.length && (pieces[i].text.length <= CELL_SIZE || RUN_TOGETHER.test(pieces[i].text))) continue;
    const run = pieces.slice(from, i);
    // (a header whose note a PDF's text layer spaced inside, a digit off the word after it, "分值(10" / "分)", counts as one:
    // withSpacedNotesJoined joins its two cells again)
    const spacedNote = (k: number) =>
      UNCLOSED_NOTE_END.test(run[k].text) &&
      NOTE_CLOSE_START.test(run[k + 1]?.text ?? '') &&
      headerOf(run[k].text + run[k + 1].text) !== null;
    const labelled =
      run.filter((p, k) => headerOf(p.text) || spacedNote(k)).length >= 2 ||
      yearsAloneHeaderRow(run) ||
      run.filter((p) => rowLabelKey(p.text) || headerThenRowLabel(p.text) || labelThenValue(p.text)).length >= 3;
    if (run.length >= 3 && labelled) return [from, i - 1];
    from = i + 1;
  }
  return null;
}

/**
 * A header row of years alone after its first cell ("项目 2022年 2023年", "项目 2022年度 2023年度 增减额"): two years at
 * least, and nothing but changes between years after them; a cell that is neither ("2022比2021增减") leaves the line whole.
 */
function yearsAloneHeaderRow(run: { text: string }[]): boolean {
  const columns = run.slice(1);
  return (
    columns.filter((p) => yearAloneHeader(p.text)).length >= 2 &&
    columns.every((p) => yearAloneHeader(p.text) || CHANGE_HEADER.test(p.text))
  );
}

/** A total row's label named by its funds, ending where a header word ends ("年度资金总额" over 资金总额). */
const TOTAL_LABEL_BEFORE_HEADERS = new RegExp(`(?:${FUNDS_TOTAL})$`);
/** One space, then a word: where a PDF's text layer spaced a header run's next word off it. */
const SPACED_HEADER_NEXT = /^ (?=[\u4e00-\u9fff])/;
/** Values right after a header run, with no label between: a number or cells run together, up to the next word. */
const VALUES_AFTER_HEADERS = /^\d[\d.,]*%?[\d.]*(?![\d.,%])/;

/** Header runs written together inside a longer text, and a total row's label with the values after it. */
function splitInlineTable(t: Token): Token[] {
  const cuts: { from: number; to: number }[] = [];
  for (const run of t.text.matchAll(HEADER_RUN_IN_TEXT)) {
    const words: { from: number; to: number }[] = [];
    let at = run.index;
    let end = run.index + run[0].length;
    while (at < end) {
      const word = headerWordAt(t.text.slice(at));
      if (!word) break;
      words.push({ from: at, to: at + word.length });
      at += word.length;
      // "执行率(B/A) 得分(20 分*执行率)年度资金总额…": a PDF's text layer spaces a Latin letter or digit off the Chinese
      // after it, so a header word a space past the run's end is still the run's (the total row comes after it)
      // (the whole run written together after the space: a second run of its own would overlap this one's cuts)
      const next = at === end && SPACED_HEADER_NEXT.test(t.text.slice(at)) ? HEADER_RUN_AT_START.exec(t.text.slice(at + 1)) : null;
      if (next) {
        at += 1;
        end = at + next[0].length;
      }
    }
    // "年度资金总额年初预算数…": the total row's label before the headers (a copy that read the form's
    // merged label column first) ends in 资金总额, a header word; it is the row's label, not a column
    const label = words.length > 2 ? TOTAL_LABEL_BEFORE_HEADERS.exec(t.text.slice(0, words[0].to)) : null;
    if (label && label[0].length > words[0].to - words[0].from) {
      words.shift();
      if (!cuts.length || label.index >= cuts[cuts.length - 1].to) cuts.push({ from: label.index, to: words[0].from });
    }
    if (words.length < 2 || (cuts.length && words[0].from < cuts[cuts.length - 1].to)) continue;
    cuts.push(...words);
    // the total row comes right after its headers, with only header notes between ("得分计算方法")
    // (a bare 总额 / 合计 names the total row only right after the headers: "…权重得分原因总额120.00135.60…")
    BARE_TOTAL_AFTER_HEADERS.lastIndex = at;
    TOTAL_LABEL_IN_TEXT.lastIndex = at;
    const bare = BARE_TOTAL_AFTER_HEADERS.exec(t.text);
    // (spaced values are the row's only where the last ends with its cell: "…执行率合计 3,000.00 … 97.00%基本支出", the next row's
    // label glued on after a rate, is a row the row splitter reads, not values cut short at the rate's %)
    const cutShort = bare !== null && /\s/.test(bare[2]) && /^\S/.test(t.text.slice(bare.index + bare[0].length));
    const total = (cutShort ? null : bare) ?? TOTAL_LABEL_IN_TEXT.exec(t.text);
    if (total && total.index - at <= 12) {
      const valuesAt = total.index + total[0].length - total[2].length;
      cuts.push({ from: total.index, to: total.index + t.text.slice(total.index, valuesAt).trimEnd().length });
      for (const value of total[2].matchAll(/\S+/g))
        cuts.push({ from: valuesAt + value.index, to: valuesAt + value.index + value[0].length });
    } else if (TOTAL_ROW.test(t.text.slice(at).trim().replace(/:$/, ''))) {
      // "…执行率得分年度资金总额" with the values in the cells after it (a .docx copy of the table)
      cuts.push({ from: at, to: t.text.length });
    } else {
      // "年度资金总额年初预算数…执行率(B/A)64.864.864.8100%": a copy that read the form's merged label
      // column first leaves the row's values right after the headers, with no label: a row of its own,
      // read as the table's one unlabelled row (split against the headers only when consistent)
      const values = VALUES_AFTER_HEADERS.exec(t.text.slice(at));
      if (values) cuts.push({ from: at, to: at + values[0].length });
    }
  }
  if (!cuts.length) {
    const glued = headerThenRowLabel(t.text);
    if (!glued) return rowsAmongProse(t);
    cuts.push({ from: glued.header, to: glued.label }, { from: glued.label, to: t.text.length });
  }
  const out: Token[] = [];
  let at = 0;
  for (const c of cuts) {
    if (c.from > at && t.text.slice(at, c.from).trim()) out.push(...rowsAmongProse(sub(t, at, c.from)));
    out.push(sub(t, c.from, c.to));
    at = c.to;
  }
  if (at < t.text.length && t.text.slice(at).trim()) out.push(...tableRest(sub(t, at, t.text.length)));
  return out;
}

/**
 * A text that is row wordings only, written together ("本年收入合计财政拨款收入其他收入"): the wordings,
 * longest first at each place; null unless the whole text is two or more of them.
 */
function labelsRunTogether(text: string): string[] | null {
  if (text.length > 80 || !/^[\u4e00-\u9fff]+$/.test(text)) return null;
  const memo = new Map<number, string[] | null>();
  const from = (at: number): string[] | null => {
    if (at === text.length) return [];
    const seen = memo.get(at);
    if (seen !== undefined) return seen;
    let found: string[] | null = null;
    for (let len = Math.min(16, text.length - at); len >= 2 && !found; len--) {
      const word = text.slice(at, at + len);
      if (!rowLabelKey(word)) continue;
      const rest = from(at + len);
      if (rest) found = [word, ...rest];
    }
    memo.set(at, found);
    return found;
  };
  const words = from(0);
  return words && words.length >= 2 ? words : null;
}

const LABEL_THEN_VALUE = /^([\u4e00-\u9fff][^\d\s]*?)-?\d[\d,]*(?:\.\d+)?$/;
/** A cell holding a field's label, a colon and its bare amount. */
const FIELD_CELL = /^[\u4e00-\u9fff][^\d\s]*?:\s*-?\d[\d,]*(?:\.\d+)?$/;

/**
 * A row's label and its one amount run together ("本年支出合计11,100,000.00": a PDF line wrap between
 * a Chinese word and a number leaves no space): where the amount starts. The label must be a row
 * wording, the rest one amount.
 */
function labelThenValue(text: string): number | null {
  const m = LABEL_THEN_VALUE.exec(text);
  return m && rowLabelKey(m[1]) ? m[1].length : null;
}

/**
 * A table's one header and its first row's label run together ("单位:元项目决算数本年收入合计", a
 * .docx or PDF copy of a one-column account that dropped the line breaks between Chinese words):
 * where the header word starts and where the label starts. The label must be a row wording.
 */
function headerThenRowLabel(text: string): { header: number; label: number } | null {
  if (text.length > CELL_SIZE) return null; // a cell's size: prose is never cut
  for (let at = 0; at < text.length; at++) {
    const word = headerWordAt(text.slice(at));
    if (word && at + word.length < text.length && rowLabelKey(text.slice(at + word.length))) return { header: at, label: at + word.length };
  }
  return null;
}

/**
 * What follows a table's headers and total row in the same text: the table's further rows when it
 * is made of cell-sized pieces only (" 480 456.5 10 95.1% 9.5 其中:当年财政拨款 500 480 …", a .docx
 * copy), cut at its spaces; anything longer is prose and stays whole.
 */
function tableRest(t: Token): Token[] {
  const pieces = [...t.text.matchAll(/\S+/g)];
  if (pieces.length < 2 || !pieces.some((p) => isValueToken(p[0]))) return [t];
  if (pieces.some((p) => p[0].length > CELL_SIZE)) return rowsAmongProse(t);
  return pieces.flatMap((p) => valueThenLabel(sub(t, p.index, p.index + p[0].length)));
}

/**
 * A row inside text that holds prose too: a row wording of the vocabulary (基本支出, 项目支出) opening a sentence, after a
 * space or after the row before's last value (a PDF line wrap leaves none: "…10 10项目支出"), then two values or more, each
 * a space apart and ending with its cell. A .docx paragraph that dropped the breaks of a form copied one cell a line runs
 * the rows after a cell of words on after it ("执行率*该指标分值,最高不得超过分值上限。基本支出 985.19 914.97 10 10 项目支出
 * 187.36 353.75 10 10 其他…").
 */
const ROW_AMONG_PROSE = /(?<=^|[。;\s\d%])([\u4e00-\u9fff]{2,12})((?:\s+(?:\d[\d,]*(?:\.\d+)?%?|[—–/-]+)(?=\s|$)){2,})/g;

/** The rows ROW_AMONG_PROSE finds in `t`, a cell each for the label and each value; the text around them whole. */
function rowsAmongProse(t: Token): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const m of t.text.matchAll(ROW_AMONG_PROSE)) {
    if (!rowLabelKey(m[1])) continue;
    if (t.text.slice(at, m.index).trim()) out.push(sub(t, at, at + t.text.slice(at, m.index).trimEnd().length));
    out.push(sub(t, m.index, m.index + m[1].length));
    const valuesAt = m.index + m[1].length;
    for (const value of m[2].matchAll(/\S+/g)) out.push(sub(t, valuesAt + value.index, valuesAt + value.index + value[0].length));
    at = m.index + m[0].length;
  }
  if (!out.length) return [t];
  if (t.text.slice(at).trim()) out.push(sub(t, tailAt(t.text, at), t.text.length));
  return out;
}

/** What may follow a number inside one cell: its unit or a measure word, a range word ("以上"), a particle. */
const NUMBER_FOLLOWER = /^[万亿千百元分个人次年月日号项家所台套件户名座里米吨亩倍天时周批期级类以及的至为左上下余和或与多约]/;
/** Cells run together, a rate's % among them, then a row's label (no unit after them): see GLUED_TOTAL_ROW_THEN_ROW. */
const GLUED_VALUES_THEN_ROW = new RegExp(`^${GLUED_VALUES_BEFORE_ROW}`);
const VALUE_THEN_LABEL = /^(-?\d[\d,]*\.\d+%?|-?\d[\d,]*%)([\u4e00-\u9fff]{2,}[^\d\s]*)$/;

/**
 * A row's last value and the next row's label, the space between them lost at a PDF line wrap
 * ("97.96%基本支出": a wrap between a number and a Chinese character leaves no trace in the text, as
 * Chinese wraps anywhere). Only a rate or a decimal amount is cut from a label of words that is no
 * unit or measure word of the number; any other piece stays whole.
 */
function valueThenLabel(t: Token): Token[] {
  const m = VALUE_THEN_LABEL.exec(t.text);
  if (!m || NUMBER_FOLLOWER.test(m[2])) return [t];
  return [sub(t, 0, m[1].length), sub(t, m[1].length, t.text.length)];
}

export interface TableResult {
  figures: Found[];
  taskFragments: TaskFragment[][];
  /**
   * How many different projects have a budget table of their own, each under its 项目名称 (nameBefore: a
   * 项目名称 cell or a "项目名称:X" line above a 预算数 | 执行数 header run). Two or more in a project report,
   * and each table's total row is its project's task, none the report's; index.ts then reads the document as
   * several projects' tables (`severalProjectTables`). Not the label/value forms of tasks/projectForms.ts.
   */
  projectsWithTables: number;
}

interface HeaderRun {
  columns: Column[];
  /** The year each column is of, where the header says so. */
  years: ColumnYear[];
  end: number; // index of the first token after the run
}

/** Headers may be split over two cells or lines ("年初" + "预算数"); unit declarations and annotation cells inside the run are skipped. */
// (yearAlone: what a header of a year alone names under the “三公” title above, threePublicTitleColumn)
function headerRunAt(tokens: Token[], i: number, threePublic = false, yearAlone: Column | null = null): HeaderRun | null {
  const columns: Column[] = [];
  const years: ColumnYear[] = [];
  let j = i;
  while (j < tokens.length) {
    const text = tokens[j].text;
    // "年度预算数(万元)" above 年初预算 / 调整后预算数 is a group header that states the unit
    if (/\((?:万元|元|亿元)\)$/.test(text) && j + 1 < tokens.length && headerOf(tokens[j + 1].text) === 'initial') {
      j++;
      continue;
    }
    // blank header cells between two headers are columns no row fills (values are read in order, blanks dropped)
    if (
      columns.length &&
      (ANNOTATION_CELL.test(text.replace(/\s/g, '')) ||
        (text === '' && (headerOf(nextFilled(tokens, j)?.text ?? '') || unknownColumn(tokens, nextFilledAt(tokens, j)))))
    ) {
      j++;
      continue;
    }
    // "年初预算 全年预算 全年执行" / "项目资金(万元) 分值 执行率 得分" / "数 数 数": a PDF copy that set the label column's
    // heading on the middle line of a wrapped header row puts it among the headers; it heads the row labels, no column
    if (columns.length && FUNDS_BLOCK_HEADING.test(text.replace(/\s/g, '')) && headerOf(nextFilled(tokens, j + 1)?.text ?? '')) {
      j++;
      continue;
    }
    // "比上年增、减情况" over "增、减金额 | 增、减幅度": a group header over the change columns, no column itself; the cells
    // under it are the columns
    if (columns.length && CHANGE_GROUP.test(text.replace(/[\s、]/g, '')) && unknownColumn(tokens, nextFilledAt(tokens, j + 1))) {
      j++;
      continue;
    }
    const one =
      headerOf(text) ?? (threePublic ? (threePublicBareHeader(text) ?? (yearAlone && yearAloneHeader(text) ? yearAlone : null)) : null);
    if (one) {
      columns.push(one);
      years.push(yearOfHeader(text).year);
      j++;
      continue;
    }
    const two = j + 1 < tokens.length ? headerOf(text + tokens[j + 1].text) : null;
    if (two && text) {
      columns.push(two);
      years.push(yearOfHeader(text + tokens[j + 1].text).year);
      j += 2;
      continue;
    }
    // "决算比上年增减", "比上年增减%": the change from the year before, the last column of a table by year, whatever
    // follows it; it names no figure, and holds its place in the rows
    const change = CHANGE_HEADER.test(text.replace(/[\s、]/g, '').replace(ANNOTATION, ''));
    if (columns.length && (change || unknownColumn(tokens, j))) {
      // (an unknown …率, "到位率 | 执行率", holds a percent in its place: read as an amount, it misplaces the row)
      columns.push(change ? 'change' : RATE_SHAPED.test(text.replace(/\s/g, '').replace(ANNOTATION, '')) ? 'otherRate' : 'other');
      years.push(null);
      j++;
      continue;
    }
    break;
  }
  const money = columns.filter((c) => c === 'initial' || c === 'budget' || c === 'executed' || c === 'rate');
  return money.length >= 2 ? { columns, years, end: j } : null;
}

/** An unknown header cell that names a rate (到位率, 偏差率): its column holds a percent. */
const RATE_SHAPED = /^[\u4e00-\u9fff]{1,6}率$/;
/** A header cell's shape: a few words naming an amount, a rate or points (未执行数, 偏差率, 执行率得分, 结转数), or a change (增减幅度). */
const HEADER_SHAPE = /^[\u4e00-\u9fff]{1,6}(?:数|率|额|得分|幅度)$/;
/** The change words of a change column's header (增减, 增长, 变动), and what each measures (额, 率, 幅度 …), as alternations. */
const CHANGE_WORD = `(?:${CHANGE_COLUMN_HEADER.changes.join('|')})`;
const CHANGE_MEASURE = `(?:${[...CHANGE_COLUMN_HEADER.measures].sort((a, b) => b.length - a.length).join('|')})`;
const CHANGE_WHOLE = `(?:${CHANGE_COLUMN_HEADER.whole.join('|')})`;
/** A whole header cell naming a column of the change from the year before (增减额, 决算比上年增减, 比上年增减%, a bare 增减). */
export const CHANGE_HEADER = new RegExp(`^${CHANGE_COLUMN_HEADER.lead}(?:${CHANGE_WORD}${CHANGE_MEASURE}?|${CHANGE_WHOLE})$`);
/** A group header over the columns of the change from the year before ("比上年增、减情况", "较上年增减变动"). */
const CHANGE_GROUP = /^(?:比|较|与)上年(?:相比)?增减(?:情况|变动|变化)?$/;

/**
 * A column the vocabulary does not know inside a header run (年初预算数 | 全年预算数 | 全年执行数 | 未执行数 | 执行率):
 * a cell shaped as a header, no budget's, with another header or the first row's total label (年度资金总额) right after it. It
 * holds its place in the rows as another amount, never a figure; without it every row has one value too many and
 * none is read.
 */
// ("增、减金额 | 增、减幅度 | 合计": unknown columns side by side, the last before the first row's total, each hold their place)
function unknownColumn(tokens: Token[], j: number, depth = 0): boolean {
  if (j < 0 || j >= tokens.length) return false;
  const bare = tokens[j].text.replace(/[\s、]/g, '').replace(ANNOTATION, '');
  // (a budget the vocabulary does not know, 核定预算数, may be the one the rate is of: the row stays unread)
  if (!HEADER_SHAPE.test(bare) || TOTAL_ROW.test(bare) || /^其中|预算|决算/.test(bare)) return false;
  const at = nextFilledAt(tokens, j + 1);
  if (at < 0) return false;
  const next = tokens[at].text;
  return (
    headerOf(next) !== null ||
    TOTAL_ROW.test(next.replace(/\s/g, '').replace(/:$/, '')) ||
    (depth < 3 && unknownColumn(tokens, at, depth + 1))
  );
}

function nextFilledAt(tokens: Token[], j: number): number {
  for (let k = j; k < tokens.length; k++) if (tokens[k].text !== '') return k;
  return -1;
}

function nextFilled(tokens: Token[], j: number): Token | undefined {
  const at = nextFilledAt(tokens, j);
  return at < 0 ? undefined : tokens[at];
}

/** How many paragraphs above a table its 单位 line may stand (a title, then the unit line). */
const UNIT_LINE_REACH = 2;

/**
 * The unit a 单位 line right above the table states, for a header deep inside it ("单位:元" over a form whose 项目名称 /
 * 主管部门 rows come before its 项目资金 header): the table's own, as far down as its header stands. Only a table's cells
 * (a form's paragraphs carry their unit nearer), and only a 单位 line, not a bracket that may note anything.
 */
function unitAboveTable(tokens: Token[], at: number): Unit | null {
  const block = tokens[at].segment;
  if (block.kind !== 'cell') return null;
  let first = at;
  while (first > 0 && tokens[first - 1].segment.blockId === block.blockId) first--;
  const above = new Set<string>();
  for (let k = first - 1; k >= 0; k--) {
    const seg = tokens[k].segment;
    if (seg.kind === 'cell') break;
    above.add(seg.blockId);
    if (above.size > UNIT_LINE_REACH) break;
    const m = UNIT_LINE.exec(tokens[k].text);
    if (m) return m[1] as Unit;
  }
  return null;
}

/** The unit declared in tokens [from, to] ("单位:元", "(万元)"), the nearest to `to` first. */
function unitNear(tokens: Token[], from: number, to: number): Unit | null {
  for (let k = Math.min(to, tokens.length - 1); k >= Math.max(0, from); k--) {
    const m = UNIT_DECLARATION.exec(tokens[k].text);
    if (m) return m[1] as Unit;
  }
  return null;
}

function threePublicItemKey(label: string): string | null {
  for (const item of THREE_PUBLIC_ITEMS) if (item.label.test(label)) return item.key;
  return null;
}

// (a 年初预算 column beside a 全年预算 one is a second quantity, as in prose: THREE_PUBLIC_MEASURE)
const THREE_PUBLIC_COLUMN: Partial<Record<Column, string>> = { budget: '.budget', initial: '.initialBudget', executed: '', rate: '.rate' };
/** The budget table's columns that state the document's own budget figures, and the key each gives. */
export const DOCUMENT_COLUMN: Partial<Record<Column, string>> = {
  initial: 'budget.initial',
  budget: 'budget.total',
  executed: 'budget.executed',
  rate: 'budget.executionRate',
};
/** Rows of a department's table that split its spending by nature; read from the executed column. */
// (and the classes of basic spending the same table may split it into, 其中:人员经费 / 公用经费)
const NATURE_ROW: Record<string, string> = {
  基本支出: 'expense.basic',
  项目支出: 'expense.project',
  人员经费: 'expense.personnel',
  公用经费: 'expense.publicUse',
  日常公用经费: 'expense.publicUse',
};
const natureOf = (label: string): string | undefined => NATURE_ROW[label.replace(NUMBERING, '').replace(/^其中[:]?/, '')];

interface CellValue {
  column: Column;
  /** Index of the column in the header run. */
  at: number;
  token: Token;
  value: string;
  unit: Unit;
}

/** A lookup of a row's value under a column (the first, if several): `const of = columnLookup(values)`, then `of('budget')`. */
function columnLookup(values: readonly CellValue[]): (column: Column) => CellValue | undefined {
  return (column) => values.find((v) => v.column === column);
}

/**
 * Values with no row label are read only when they prove themselves a budget line: a budget, the
 * amount executed and a rate that is executed ÷ budget within the rate's rounding. Numbers under
 * look-alike headers (an indicator's 指标值 / 实际完成值) rarely pass.
 */
function selfConsistent(values: CellValue[]): boolean {
  const of = columnLookup(values);
  const base = of('budget')?.value ?? of('initial')?.value;
  const [executed, rate] = [of('executed')?.value, of('rate')?.value];
  return !!base && !!executed && !!rate && !new Decimal(base).isZero() && rateWithinRounding(executed, base, rate);
}
const isValueToken = (text: string) => text === '' || DASH.test(text) || !!cellNumber(text) || RUN_TOGETHER.test(text);
const RUN_TOGETHER = /^\d[\d.,]*%?[\d.]*$/;
/** A number with more than six decimal places, no % after it: more than one amount's digits (see rowValues). */
const CELLS_IN_DECIMALS = /^\d[\d,]*\.\d{7,}$/;

/**
 * "全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% —": a spreadsheet dumped cell by cell, its
 * row labels set before the headers (年度资金总额 其中:当年财政拨款 … 全年预算数 …), gives its rows' values one after another
 * with no label between. A run of values that is whole rows of the header's width, two rows at least, is cut into them, and
 * the first row's values are returned (the caller reads them only where executed ÷ budget gives the rate: selfConsistent);
 * any other count leaves the run unread, a column lost or added shifting every value after it.
 */
function firstOfUnlabelledRows(tokens: Token[], from: number, columns: Column[], unit: Unit): ReturnType<typeof rowValues> | null {
  let end = from;
  while (end < tokens.length && tokens[end].text !== '' && isValueToken(tokens[end].text)) end++;
  const count = end - from;
  if (columns.length < 3 || count < 2 * columns.length || count % columns.length !== 0) return null;
  const row = rowValues(tokens.slice(0, from + columns.length), from, columns, unit);
  return row.values.length ? row : null;
}

/** The values of one row, after its label: numbers, dashes and blank cells, until the next label. */
function rowValues(tokens: Token[], from: number, columns: Column[], unit: Unit): { values: CellValue[]; next: number; overfull?: true } {
  const slots: Token[] = [];
  let v = from;
  while (v < tokens.length && slots.length < columns.length + 4 && isValueToken(tokens[v].text)) {
    slots.push(tokens[v]);
    v++;
  }
  while (slots.length && slots[slots.length - 1].text === '') slots.pop();
  const filled = slots.filter((t) => t.text !== '');
  const values: CellValue[] = [];
  // "5010204" under 预算数 / 执行数 / 执行率 / 得分 reads as one number, and is 50 / 10 / 20 / 4 when exactly
  // one split of it is consistent (a cell that is one amount has one split only by chance: 10 ÷ 50 = 20%
  // and a score of 4 do not come from nowhere)
  if (filled.length === 1 && RUN_TOGETHER.test(filled[0].text)) {
    const numericAt = columns.flatMap((c, i) => (c === 'reason' ? [] : [i]));
    const numericColumns = numericAt.map((i) => columns[i]);
    const notOneNumber = !cellNumber(filled[0].text);
    const mayBeCells = integerMayBeCells(filled[0].text, numericColumns);
    const split = notOneNumber || mayBeCells ? splitRunTogether(filled[0].text, numericColumns) : null;
    if (notOneNumber || split) {
      let at = 0;
      split?.forEach((part, c) => {
        const from = at;
        at += part.length;
        const n = cellNumber(part.replace(RATE_WITH_STRAY_DIGIT, ''));
        const column = columns[numericAt[c]];
        if (n)
          values.push({
            column,
            at: numericAt[c],
            token: sub(filled[0], from, at),
            value: n.value,
            unit: n.unit || (column === 'rate' ? '%' : unit),
          });
      });
      return { values, next: v };
    }
    // "1111100%": a percentage of ten thousand or more is no rate but cells run together that no split
    // explains; nothing of the row is read
    if (mayBeCells && filled[0].text.endsWith('%')) return { values, next: v };
  }
  // fewer values than columns, and one with more decimal places than an amount is ever given (万元 to the fen is six):
  // the missing cells ran into it with their bars lost ("项目支出 | 187.36 | 353.75110110" for 353.75 | 10 | 10 under
  // 年初预算数 / 全年执行数 / 分值 / 得分, an OCR copy's); no rate checks a cut there, and nothing of the row is read
  if (filled.length < columns.length && filled.some((t) => CELLS_IN_DECIMALS.test(t.text))) return { values, next: v };
  // fewer values than columns, and one of them no number but cells run together ("2202202151097.73% | 9.8"): which
  // columns the run holds and which the values beside it is unknown, and nothing of the row is read
  if (filled.length < columns.length && filled.some((t) => RUN_TOGETHER.test(t.text) && !cellNumber(t.text))) return { values, next: v };
  // more values than columns: a column the header run did not read ("调整预算数" before it was a
  // header word) shifts every value after it; no value is read rather than each in the wrong column
  // (but one value more at the row's end, after a weight | rate header's end, "分值 | 执行率" over "… 10 | 98.34% | 9.8": the
  // form's 得分, whose header word the copy set elsewhere; read where the row's own arithmetic holds and the score is
  // within its weight)
  if (filled.length > columns.length && filled.slice(columns.length).some((t) => cellNumber(t.text))) {
    const scored = scoreBeyondHeader(filled, columns, unit);
    return scored ? { values: scored, next: v } : { values, next: v };
  }
  // a row with as many cells as the header, blank ones included ("| 年度资金总额 | | 135.6 | 128.4 |"):
  // its blank cells hold their columns' places
  if (filled.length < columns.length && slots.length === columns.length) {
    const positional = placeValues(
      filled,
      columns,
      unit,
      slots.flatMap((t, c) => (t.text !== '' ? [c] : [])),
    );
    if (!misplaced(positional)) return { values: positional.values, next: v };
  }
  // a form left unfilled but for its printed weight ("年度资金总额 | | | | 10 | | "), or its weight and score: with
  // the blank cells dropped, such values would start under the first amount column; where they fit as the
  // weight (and score) just as well, their column is unknown, and nothing is read
  if (filled.length < columns.length && fitsAsWeight(filled, columns, unit)) return { values, next: v };
  const placed = placeValues(filled.slice(0, columns.length), columns, unit);
  // fewer values than columns (a blank cell the copy dropped): the values start under the first column
  // unless that puts them where they do not fit. Then the placements that give a consistent budget line
  // are tried, and only what they agree on is read (with 年初预算数 or 全年预算数 left blank, the
  // budget's column is unknown, the spending and the rate are not); without one, the only placement
  // where every value fits; else nothing
  if (filled.length < columns.length && misplaced(placed)) {
    const fitting = skipsOf(columns.length, filled.length)
      .map((at) => placeValues(filled, columns, unit, at))
      .filter((p) => !misplaced(p) && !uncheckedBareRate(p.values));
    const consistentOnes = fitting.filter((p) => selfConsistent(p.values));
    const agreed =
      consistentOnes.length > 0
        ? consistentOnes[0].values.filter((x) =>
            consistentOnes.every((p) => p.values.some((y) => y.token === x.token && y.column === x.column)),
          )
        : fitting.length === 1
          ? contradicts(fitting[0].values)
            ? fitting[0].values.filter((x) => x.column === 'initial' || x.column === 'budget')
            : fitting[0].values
          : [];
    return { values: agreed, next: v };
  }
  // every column filled, yet a value of the wrong kind for its column (a percent under an amount, a weight
  // above 100, a score above its weight): the header run read is not the row's (a header cut over two lines,
  // "年初 | 全年" over "预算数 | 预算数", reads as other columns); nothing rather than each under the wrong one
  if (misfits(placed)) return { values, next: v };
  values.push(...withoutRatio(placed.values));
  return { values, next: v, ...(filled.length > columns.length ? { overfull: true as const } : {}) };
}

/**
 * A placement whose budget, spending and rate are all read and disagree (10 ÷ 30 is no 100%): a cell the copy dropped put
 * a value under the wrong column, the spending or the rate, which one unknown; the budget columns, which the values open
 * with, are all of the row that is read.
 */
function contradicts(values: CellValue[]): boolean {
  return statesWholeLine(values) && !selfConsistent(values);
}

/** Whether a row's values hold its budget (or initial budget), its spending and its rate, all three. */
function statesWholeLine(values: CellValue[]): boolean {
  const has = (c: Column) => values.some((x) => x.column === c);
  return has('executed') && has('rate') && (has('budget') || has('initial'));
}

/**
 * Whether the row label at `k` and the word after it, both in one paragraph a single space apart, are one label the copy
 * split ("村民监督委员会 工资", "其中:当年财政 拨款"): the second word names nothing alone (two characters, 工资, or names.ts refuses it), values
 * follow it, and the two together are no longer than a row's label. A note before the first row ("具体项目 东村道路硬化") is
 * left apart, its second word a name.
 */
function labelSplitAtSpace(tokens: Token[], k: number): boolean {
  const [first, second, after] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!second?.text || !after?.text || first.segment !== second.segment || first.segment.kind !== 'paragraph') return false;
  if (isValueToken(second.text) || headerOf(second.text) || !isValueToken(after.text) || !cellNumber(after.text)) return false;
  if (first.text.length + second.text.length > 20 || second.start - first.end > 1) return false;
  return [...second.text].length <= 2 || refusal(simplify(second.text)) !== null;
}

/**
 * A row one value longer than its header, whose header ends on its weight and its rate (分值 | 执行率), the last value a
 * score no more than the weight: the row read by the header's columns, the score past them dropped; where the columns
 * read fit and their budget, spending and rate agree. Null otherwise.
 */
function scoreBeyondHeader(filled: Token[], columns: Column[], unit: Unit): CellValue[] | null {
  const n = columns.length;
  if (filled.length !== n + 1 || columns[n - 1] !== 'rate' || columns[n - 2] !== 'weight') return null;
  const placed = placeValues(filled.slice(0, n), columns, unit);
  const weight = placed.values.find((x) => x.column === 'weight');
  const score = cellNumber(filled[n].text);
  if (misplaced(placed) || misfits(placed) || !weight || !score || score.unit || new Decimal(score.value).greaterThan(weight.value))
    return null;
  const values = withoutRatio(placed.values);
  return statesWholeLine(values) && selfConsistent(values) ? values : null;
}

/**
 * Values that fit as a weight column's (and the columns after it), each a whole number up to 100, a score no more
 * than its weight: what a form prints in its 分值 column whether or not its amounts are filled.
 */
function fitsAsWeight(cells: Token[], columns: Column[], unit: Unit): boolean {
  // (a dash or slash is a cell printed empty, "年度资金总额 / / / 10": what is left is what may be the weight)
  const filled = cells.filter((t) => !DASH.test(t.text));
  if (!filled.length) return false;
  const at = columns.indexOf('weight');
  // (two values at most, the weight and its score: three amounts of a source row, "中央 | 20 | 20 | 20", are amounts)
  if (at < 0 || filled.length > 2 || at + filled.length > columns.length) return false;
  if (!filled.every((t) => /^\d{1,3}$/.test(t.text) && Number(t.text) <= 100)) return false;
  const placed = placeValues(
    filled,
    columns,
    unit,
    filled.map((_, k) => at + k),
  );
  return !misplaced(placed);
}

/**
 * A rate written as a ratio ("0.9469", "1" under 执行率: executed ÷ budget, not its percent) states no
 * percentage (LABELS.md convention 1): it is left out, the row's money kept.
 */
function withoutRatio(values: CellValue[]): CellValue[] {
  const of = columnLookup(values);
  const [base, executed, rate] = [of('budget') ?? of('initial'), of('executed'), of('rate')];
  if (!rate || rate.token.text.includes('%') || !base || !executed) return values;
  return isRatioNotPercent(executed.value, base.value, rate.value) ? values.filter((v) => v !== rate) : values;
}

/**
 * The rate of a row's cell whose % sign OCR misread, when the row's own budget and spending confirm it (692.98 / 808.1 is
 * 85.75%, so "8696" under 执行率 is 86%); a reading nothing confirms is none.
 */
function misreadPercent(values: CellValue[], rate: Token, at: number): CellValue | null {
  const stated = PERCENT_MISREAD_IN_CELL.exec(rate.text)?.[1];
  if (!stated) return null;
  const of = columnLookup(values);
  const [base, executed] = [of('budget') ?? of('initial'), of('executed')];
  if (!base || !executed || base.unit !== executed.unit || new Decimal(base.value).isZero()) return null;
  if (!rateWithinRounding(executed.value, base.value, stated)) return null;
  return { column: 'rate', at, token: rate, value: stated, unit: '%' };
}

/** Values put under columns `at` (by default the first ones, in order), and how many fitted none. */
function placeValues(
  filled: Token[],
  columns: Column[],
  unit: Unit,
  at: number[] = filled.map((_, k) => k),
): { values: CellValue[]; dropped: number } {
  const values: CellValue[] = [];
  let dropped = 0;
  let misreadRate: { token: Token; at: number } | undefined;
  filled.forEach((t, k) => {
    const c = at[k];
    if (columns[c] === 'rate' && PERCENT_MISREAD_IN_CELL.test(t.text)) {
      misreadRate = { token: t, at: c };
      return;
    }
    const n = cellNumber(t.text);
    if (n && fitsColumn(n.unit, columns[c]))
      values.push({ column: columns[c], at: c, token: t, value: n.value, unit: n.unit || (columns[c] === 'rate' ? '%' : unit) });
    else if (n) dropped++;
  });
  if (misreadRate) {
    const confirmed = misreadPercent(values, misreadRate.token, misreadRate.at);
    const n = cellNumber(misreadRate.token.text);
    if (confirmed) values.push(confirmed);
    // unconfirmed, the cell is read as it was before: the number it spells, if its column takes it
    else if (n && fitsColumn(n.unit, 'rate'))
      values.push({ column: 'rate', at: misreadRate.at, token: misreadRate.token, value: n.value, unit: n.unit || '%' });
    else if (n) dropped++;
    values.sort((a, b) => a.at - b.at);
  }
  return { values, dropped };
}

/** Every choice of `count` columns out of `width`, in order, leaving out two at most. */
function skipsOf(width: number, count: number): number[][] {
  if (width - count > 2 || count < 1) return [];
  const out: number[][] = [];
  const walk = (from: number, picked: number[]) => {
    if (picked.length === count) return void out.push([...picked]);
    for (let c = from; c <= width - (count - picked.length); c++) walk(c + 1, [...picked, c]);
  };
  walk(0, []);
  return out;
}

/**
 * A bare rate (no "%") placed where the budget or the spending beside it is not: where a copy dropped cells, only
 * executed ÷ budget tells a percent from a ratio and its column from the next ("130.00 125.60 10 0.9662 9.66" under
 * 年初 / 全年 / 执行 / 分值 / 执行率 / 得分 fits with the spending's cell left out, and would make 125.60 the budget and
 * the ratio 0.9662 a rate of 0.9662%); such a placement is no reading.
 */
function uncheckedBareRate(values: CellValue[]): boolean {
  const of = columnLookup(values);
  const rate = of('rate');
  return !!rate && !rate.token.text.includes('%') && !((of('budget') ?? of('initial')) && of('executed'));
}

/**
 * Values that cannot stand where they were put: a number that fits no column (a percent under 分值),
 * a bare rate that is not executed ÷ budget, a weight that is no whole number up to 100, a score
 * above its weight.
 */
function misplaced(placed: { values: CellValue[]; dropped: number }): boolean {
  const of = columnLookup(placed.values);
  const [base, executed, rate] = [of('budget') ?? of('initial'), of('executed'), of('rate')];
  if (rate && !rate.token.text.includes('%') && base && executed && !new Decimal(base.value).isZero())
    if (!rateWithinRounding(executed.value, base.value, rate.value)) return true;
  return misfits(placed);
}

/**
 * Values of the wrong kind for where they were put, whatever the sums say: a number that fits no column (a
 * percent under an amount), a weight that is no whole number up to 100, a score above its weight. (A bare
 * rate that is not executed ÷ budget is the report's own slip when every column is filled.)
 */
function misfits(placed: { values: CellValue[]; dropped: number }): boolean {
  if (placed.dropped) return true;
  const of = columnLookup(placed.values);
  const [weight, score] = [of('weight'), of('score')];
  if (weight && (!new Decimal(weight.value).isInteger() || new Decimal(weight.value).greaterThan(100))) return true;
  return !!(weight && score && new Decimal(score.value).greaterThan(new Decimal(weight.value)));
}

/**
 * An integer of five digits or more under three or more numeric columns, a rate among them: perhaps
 * cells run together, the last one's "%" after it ("21182118100%" is 2118 / 2118 / 100%).
 */
function integerMayBeCells(text: string, numeric: Column[]): boolean {
  return /^\d{5,}%?$/.test(text) && numeric.length >= 3 && numeric.includes('rate');
}

/** A column of no stated year, of the current year, or of the report's own year. */
function thisYear(year: ColumnYear | undefined, reportYear: number | null): boolean {
  if (year === null || year === undefined || year === 'current') return true;
  if (year === 'prior') return false;
  return reportYear === null ? false : year === reportYear;
}

/** A percentage is never an amount, nor an amount a rate: a value of the wrong kind is not its column's. */
function fitsColumn(unit: Unit, column: Column): boolean {
  // the change from the year before is an amount or a percent (增减额 | 增减幅度)
  if (column === 'change') return unit !== '分';
  if (column === 'rate' || column === 'otherRate') return unit === '' || unit === '%';
  if (column === 'weight' || column === 'score') return unit === '' || unit === '分';
  return unit !== '%' && unit !== '分';
}

/** A cell's number as a split may cut it: plain, or with its thousands separators where they belong (1,520.30). */
const PLAIN_NUMBER = /^(?:0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d{1,6})?$/;

/**
 * "310.2154.741050%5" under 年初预算数 / 全年执行数 / 分值 / 执行率 / 得分 is 310.2 / 154.74 / 10 / 50% / 5:
 * a row whose cells ran together is split only when exactly one split is consistent with its header
 * (executed ÷ budget = the stated rate within its rounding, a weight of at most 100, a score of at most
 * the weight and equal to weight × rate where both are stated). Anything else is left unread
 * (but for a % an OCR copy read as "%6": splitPastStrayDigit).
 */
export function splitRunTogether(text: string, columns: Column[]): string[] | null {
  const found = consistentSplits(text, columns);
  if (found.length > 0) return onlySplit(found, columns);
  // a score the form worked out by its own rule, not weight × rate ("…76%10": full marks at 76%, a rule of the province's):
  // the one split whose amounts are written alike, with the score still at most its weight
  const scoredOtherwise = consistentSplits(text, columns, { scoreRule: false }).filter((parts) => writtenAlike(moneyOf(parts, columns)));
  if (scoredOtherwise.length > 0) return scoredOtherwise.length === 1 ? scoredOtherwise[0] : null;
  return splitPastStrayDigit(text, columns);
}

/** The parts of a split under the columns that hold money. */
const moneyOf = (parts: string[], columns: Column[]) => parts.filter((_, i) => MONEY_COLUMNS.has(columns[i]));

/** How many consistent splits of one row are weighed against each other before the row is left unread. */
const MAX_SPLITS = 8;

/**
 * The one consistent split, or among several the one whose amounts are written alike (writtenAlike), when it is the
 * only such; else null (the row is ambiguous).
 */
function onlySplit(found: string[][], columns: Column[]): string[] | null {
  if (found.length === 1) return found[0];
  if (found.length > MAX_SPLITS) return null;
  const alike = found.filter((parts) => writtenAlike(moneyOf(parts, columns)));
  return alike.length === 1 ? alike[0] : null;
}

/** The columns of a split that hold money, whose cells a table writes alike. */
const MONEY_COLUMNS = new Set<Column>(['initial', 'budget', 'executed']);

/** Up to MAX_SPLITS + 1 consistent splits of a run-together row (more than one: it is ambiguous unless onlySplit tells). */
function consistentSplits(text: string, columns: Column[], rules: { scoreRule?: boolean } = {}): string[][] {
  const found: string[][] = [];
  const n = columns.length;
  const walk = (at: number, parts: string[]) => {
    if (found.length > MAX_SPLITS) return;
    if (parts.length === n) {
      if (at === text.length && consistent(parts, columns, rules)) found.push([...parts]);
      return;
    }
    const column = columns[parts.length];
    for (let end = at + 1; end <= text.length; end++) {
      const part = text.slice(at, end);
      const isRate = column === 'rate' || column === 'otherRate';
      const body = isRate ? part.replace(/%$/, '') : part;
      if (!PLAIN_NUMBER.test(body) || (!isRate && part.includes('%'))) continue;
      if (isRate && text.includes('%') && !part.endsWith('%')) continue;
      parts.push(part);
      walk(end, parts);
      parts.pop();
    }
  };
  walk(0, []);
  return found;
}

/** An OCR copy's % read as "%6" (the sign's lower ring taken for a digit): the stray digit glued after the rate. */
const STRAY_AFTER_PERCENT = /%(\d)/;
/** A rate part of a split that carries that stray digit ("100.00%6"): its rate is the text up to the %. */
const RATE_WITH_STRAY_DIGIT = /(?<=%)\d$/;

/**
 * "202010100.00%610" under 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, which no split explains: OCR read the % as
 * "%6", and 20 / 20 / 10 / 100.00% / 10 is the row. The digit after the row's only % is dropped when then exactly one
 * split is consistent, the score stands right after the rate, and the digit kept would give that score more than its
 * weight (610 > 10), so that it can be no cell's. The rate part keeps the digit ("100.00%6"), so that the parts still
 * cover the text; its rate is the text up to the % (RATE_WITH_STRAY_DIGIT).
 */
function splitPastStrayDigit(text: string, columns: Column[]): string[] | null {
  const stray = STRAY_AFTER_PERCENT.exec(text);
  if (!stray || text.indexOf('%') !== text.lastIndexOf('%')) return null;
  const rateAt = columns.findIndex((c) => c === 'rate');
  const weightAt = columns.indexOf('weight');
  if (rateAt < 0 || weightAt < 0 || columns[rateAt + 1] !== 'score') return null;
  const cut = stray.index + 1;
  const parts = onlySplit(consistentSplits(text.slice(0, cut) + text.slice(cut + 1), columns), columns);
  // (the repair is taken only where the cut it gives writes its amounts alike, as a table does: "593.2 / 7593.27 / 448.6410"
  // fits a rate of 6% and no table)
  if (!parts || !writtenAlike(moneyOf(parts, columns))) return null;
  if (!new Decimal(stray[1] + parts[rateAt + 1]).greaterThan(new Decimal(parts[weightAt]))) return null;
  return parts.map((p, i) => (i === rateAt ? p + stray[1] : p));
}

/** `scoreRule`: the score is weight × rate (within 0.5), as most forms work it out; false where it may be otherwise. */
function consistent(parts: string[], columns: Column[], { scoreRule = true }: { scoreRule?: boolean } = {}): boolean {
  const get = (c: Column) => {
    const i = columns.indexOf(c);
    return i >= 0 && parts[i] !== undefined ? new Decimal(parts[i].replace(/%$/, '').replace(/,/g, '')) : null;
  };
  const base = get('budget') ?? get('initial');
  const executed = get('executed');
  const rate = get('rate');
  const weight = get('weight');
  const score = get('score');
  if (!base || !executed || !rate || base.isZero()) return false;
  const text = (c: Column) => parts[columns.indexOf(c)].replace(/%$/, '').replace(/,/g, '');
  if (!rateWithinRounding(text('executed'), base.toString(), text('rate'))) return false;
  // a rate of 0 beside money spent is a rounding only a table of many decimals states; in a split it is a wrong cut
  if (rate.isZero() !== executed.isZero()) return false;
  // nothing spent at a rate of 0 fits any budget: such a cut ("211821181 / 0 / 0%") proves nothing
  if (rate.isZero() && executed.isZero()) return false;
  if (weight && (!weight.isInteger() || weight.greaterThan(100) || weight.isZero())) return false;
  if (weight && score) {
    if (score.greaterThan(weight)) return false;
    if (!scoreRule) return true;
    const expected = Decimal.min(weight, weight.times(rate).div(100));
    if (expected.minus(score).abs().greaterThan(0.5)) return false;
  }
  return true;
}

interface BudgetRow {
  label: string;
  values: CellValue[];
  /** Values right under the headers with no row label ("预算数(A) 执行数(B) 执行率(B/A)" then "1,250 1,198.4 95.87%"): the table's own total. */
  unlabelled?: boolean;
  /**
   * A serial in Chinese numerals in the two cells before the row's label ("一 | 相关部门 | 发展专项 | 200 | …"): a group's row
   * of a list numbered on two levels, the sum of the rows under it, never a project's own one row.
   */
  groupNumbered?: true;
}

interface BudgetTable {
  at: number;
  threePublic: boolean;
  projectName: string | null;
  /** The label column is headed 项目名称 (or 任务名称 …): the rows are projects, the total row their sum. */
  namesProjects: boolean;
  rows: BudgetRow[];
  /** What OCR misread in the header run and the repair read through ("将→数"): every figure of the table rests on it. */
  headerReadThrough?: string;
  /**
   * A total row (年度资金总额) stood in the table with no amount read from it (blank, dashes, unreadable): the rows
   * under it are its parts (其中:当年财政拨款 / 其他资金), none the project's own line (convention 7).
   */
  totalUnread?: boolean;
}

/** The column of a row's code or serial before its name (科目编码, 功能分类科目编码, 项目代码, 序号). */
const CODE_COLUMN = /^(?:[\u4e00-\u9fff]{0,8}(?:编码|代码|编号)|序号)$/;

const LIST_NAME_HEADER = /^(?:子?项目名称|任务名称|工作任务|重点工作任务|重点任务|专项名称)$/;

/**
 * Every budget-execution table of the document: a run of column headers, then rows, each a label
 * and its values in header order. Column positions are never trusted, since flattening and merged
 * cells shift them; the order of headers and values survives both.
 */
function readBudgetTables(tokens: Token[], reportYear: number | null = null): BudgetTable[] {
  const tables: BudgetTable[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "预算 | 实际 | 执行率" under a “三公” title: bare words that head its columns there only
    let headers = headerRunAt(tokens, i);
    // a “三公” title above: looked for here when bare words may head the columns, and then not again for the table
    let above: boolean | undefined;
    if (!headers && (threePublicBareHeader(tokens[i].text) || headerOf(tokens[i].text) || yearAloneHeader(tokens[i].text))) {
      above = threePublicAbove(tokens, i);
      if (above) headers = headerRunAt(tokens, i, true, threePublicTitleColumn(tokens, i));
    }
    if (!headers) {
      i++;
      continue;
    }
    // "全年预算数 | 全年执行数" over "合计 | 中央资金 | 地方资金" each: each amount column is its sub-columns
    const split = fundSubColumns(tokens, headers);
    const run = split?.run ?? headers;
    const threePublic = above ?? threePublicAbove(tokens, i);
    // "全年预算数(元)": a unit in the headers is the table's; else the nearest declaration above it
    const unit = unitNear(tokens, i, run.end - 1) ?? unitNear(tokens, i - 8, i) ?? unitAboveTable(tokens, i) ?? '万元';
    const namesProjects = i > 0 && LIST_NAME_HEADER.test(tokens[i - 1].text.replace(/\s/g, ''));
    const table: BudgetTable = { at: i, threePublic, projectName: nameBefore(tokens, i), namesProjects, rows: [] };
    const headerReadThrough = readThroughOf(tokens.slice(i, run.end));
    if (headerReadThrough) table.headerReadThrough = headerReadThrough;
    let k = run.end;
    // notes after the headers ("得分计算方法", blank cells) before the first row label
    for (
      let skip = 0;
      skip < 4 && k < tokens.length && (tokens[k].text === '' || headerOf(tokens[k].text) || ANNOTATION_CELL.test(tokens[k].text));
      skip++
    )
      k++;
    // a one-row table copied as text has no row label: its values follow the headers directly
    // (a row whose cells ran together, "40004000100%", is split against the headers by rowValues)
    const opensRow = (text: string) => text !== '' && (!!cellNumber(text) || RUN_TOGETHER.test(text));
    // "科目编码 | 科目名称 | 预算数 | 执行数 | 执行率" over "2130201 | 行政运行 | …": the digits after the headers are the
    // first row's code, never its values run together (2130 / 20 / 1 agree by chance: 20 ÷ 2130 ≈ 1%)
    const codeFirst =
      CODE_COLUMN.test(tokens[i - 1]?.text.replace(/\s/g, '') ?? '') || CODE_COLUMN.test(tokens[i - 2]?.text.replace(/\s/g, '') ?? '');
    const opened = k < tokens.length && opensRow(tokens[k].text) && !(codeFirst && /^\d+$/.test(tokens[k].text));
    const whole = opened ? rowValues(tokens, k, run.columns, unit) : null;
    const first = whole && !whole.values.length ? (firstOfUnlabelledRows(tokens, k, run.columns, unit) ?? whole) : whole;
    if (first && selfConsistent(first.values) && (!split || split.groups.every((g) => partsSum(first.values, g)))) {
      table.rows.push({ label: '', values: first.values.filter((v) => thisYear(run.years[v.at], reportYear)), unlabelled: true });
      k = first.next;
    }
    let notes = 0;
    while (k < tokens.length && table.rows.length < 12) {
      while (k < tokens.length - 1 && tokens[k].text === '') k++;
      let label = tokens[k].text;
      if (!label || isValueToken(label) || headerOf(label)) break;
      // "村民监督委员会 工资 24000 …": a row's label a copy split at a space, its second word no name alone
      const spaced = labelSplitAtSpace(tokens, k);
      if (spaced) label += tokens[k + 1].text;
      const labelUnit = LABEL_UNIT.exec(label.replace(/\s/g, ''))?.[1] as Unit | undefined;
      const read = rowValues(tokens, k + (spaced ? 2 : 1), run.columns, labelUnit ?? unit);
      // a row under sub-columns states each column's 合计 beside its parts: read where they sum, else nothing
      if (split && !split.groups.every((g) => partsSum(read.values, g))) read.values = [];
      const next = read.next;
      // a “三公” table with grouped headers (预算数 over 合计 | 因公出国(境)费 | …, then 决算数 over the
      // same) gives one row of all its amounts after the last item header: no label is theirs
      if (threePublic && read.overfull) break;
      // in a table of several years (2017决算 / 2018预算 / 2018决算) only the report year's columns are its figures
      const values = read.values.filter((v) => thisYear(run.years[v.at], reportYear));
      if (values.length === 0) {
        if (TOTAL_ROW.test(rowLabelOf(label))) table.totalUnread = true;
        // an item row with no amounts (因公出国(境)费 | | ) in a “三公” table, or a note after a row's
        // values ("执行率*该指标分值,最高不得超过分值上限。"): passed over, twice at most outside “三公” tables
        // (a form's funding row left blank, "上年结转资金 — —", is a row of the form, no note: the rows go on below it)
        if (!threePublic && !formFundsKey(rowLabelOf(label)) && ++notes > 2) break;
        k = next === k + 1 ? k + 1 : next;
        continue;
      }
      const grouped = [tokens[k - 1], tokens[k - 2]].some((t) => t && serialLevel(t.text.trim()) === 'group');
      table.rows.push({ label: rowLabelOf(label), values, ...(grouped ? { groupNumbered: true as const } : {}) });
      k = next;
    }
    tables.push(table);
    i = Math.max(k, run.end);
  }
  return tables;
}

/**
 * The heading of a form's funds block, in its first column over all the block's rows ("预算执行情况(10分)", "项目资金
 * (万元)"): a PDF copy sets it on the line of the block's first row, its words run into that row's label.
 */
// (or its unit note alone, "(万元)年度资金总额", where its words went to the header's line: headingThenTails)
const FUNDS_BLOCK_LEAD =
  /^(?:(?:预算执行情况|项目资金|资金投入情况|资金情况|资金来源)(?:\((?:\d+分|万元|元|亿元)\))?|\((?:万元|元|亿元)\))/;

/** A row's label as the table's rules compare it: spaces, its unit and a colon dropped, and a block heading run into a total row's label ("预算执行情况总额" → 总额). */
function rowLabelOf(cell: string): string {
  const label = cell.replace(/\s/g, '').replace(LABEL_UNIT, '').replace(/:$/, '');
  const rest = label.replace(FUNDS_BLOCK_LEAD, '');
  return rest !== label && TOTAL_ROW.test(rest) ? rest : label;
}

/** A “三公” table: its title in the eight cells or lines before its headers, or in the headings above it. */
function threePublicAbove(tokens: Token[], i: number): boolean {
  const context = tokens
    .slice(Math.max(0, i - 8), i)
    .map((t) => t.text)
    .join(' ');
  // ("“三公”经费支出9.37万元。部门整体预算执行情况表(单位:万元)": a table's own title after a sentence on the “三公” funds is
  // the title the table has, and names no “三公” table)
  const titled = [...context.matchAll(TABLE_TITLE_END)].at(-1);
  const own = titled ? context.slice(context.lastIndexOf('。', titled.index) + 1) : context;
  return THREE_PUBLIC.test(own) || THREE_PUBLIC.test(tokens[i].segment.headings.join(' '));
}

/** Where a table's title ends: "…情况表", "…明细表(单位:万元)". */
const TABLE_TITLE_END = /[\u4e00-\u9fff]表(?:\s*\((?:单位|金额单位)\s*:[^()]{1,6}\))?(?=\s|$)/g;

/**
 * A sub-column of a transfer payment's amount column, by level of government: 合计 | 中央资金 | 地方资金 (the
 * 中央对地方转移支付 forms), 小计 | 省级 | 市县 … (the longer levels first, so that a run of them is cut at 省级,
 * not at 省).
 */
const FUND_SUB_WORD =
  '合计|小计|(?:其中:?)?(?:中央|地方|省级|市级|县级|市县|本级|上级|其他|其它|自筹|省|市|县|区)(?:财政)?(?:补助)?(?:资金|拨款)?';
/** One sub-column's cell. */
const FUND_SUB_COLUMN = new RegExp(`^(?:${FUND_SUB_WORD})$`);
/** The sub-columns a copy with spaces ran together in one cell ("合计中央资金地方资金"). */
const FUND_SUB_WORDS = new RegExp(FUND_SUB_WORD, 'g');

interface FundGroup {
  /** Where the group's 合计 sits among the run's columns, and its parts. */
  total: number;
  parts: number[];
}

/**
 * The row of sub-columns under a header run whose amount columns are each split by level of government
 * (全年预算数(A) over 合计 | 中央资金 | 地方资金, 全年执行数(B) over the same, 执行率 whole): the same sub-columns
 * for each split column, one 合计 among them, taking the run's first amount columns in order, two at least. Each split column
 * becomes its sub-columns, its 合计 the column itself, its parts amounts of no figure ('other').
 */
function fundSubColumns(tokens: Token[], run: HeaderRun): { run: HeaderRun; groups: FundGroup[] } | null {
  const subs: string[] = [];
  let k = run.end;
  for (; k < tokens.length; k++) {
    const text = tokens[k].text.replace(/\s/g, '');
    if (text === '') continue;
    // (a copy with spaces runs the sub-columns together, the spaces between Chinese words dropped)
    const words = FUND_SUB_COLUMN.test(text) ? [text] : (text.match(FUND_SUB_WORDS) ?? []);
    if (!words.length || words.join('') !== text || !words.every((w) => FUND_SUB_COLUMN.test(w))) break;
    subs.push(...words);
  }
  const period = subs.indexOf(subs[0], 1) > 0 ? subs.indexOf(subs[0], 1) : subs.length;
  if (period < 2 || subs.length % period) return null;
  const pattern = subs.slice(0, period);
  const totalAt = pattern.findIndex((s) => s === '合计' || s === '小计');
  if (totalAt < 0 || pattern.filter((s) => s === '合计' || s === '小计').length > 1) return null;
  if (subs.some((s, n) => s !== pattern[n % period])) return null;
  const count = subs.length / period;
  const amount = (c: Column) => c === 'initial' || c === 'budget' || c === 'executed';
  // two split columns at least (预算 and 执行): a 合计 row with blank cells over a 其他资金 row is no sub-header
  if (count < 2 || count > run.columns.length || !run.columns.slice(0, count).every(amount)) return null;
  const columns: Column[] = [];
  const years: ColumnYear[] = [];
  const groups: FundGroup[] = [];
  run.columns.forEach((c, n) => {
    if (n >= count) {
      columns.push(c);
      years.push(run.years[n]);
      return;
    }
    const group: FundGroup = { total: columns.length + totalAt, parts: [] };
    pattern.forEach((_, p) => {
      if (p !== totalAt) group.parts.push(columns.length + p);
    });
    pattern.forEach((_, p) => {
      columns.push(p === totalAt ? c : 'other');
      years.push(run.years[n]);
    });
    groups.push(group);
  });
  return { run: { columns, years, end: k }, groups };
}

/** A row's 合计 under a split column is the sum of its parts there (each part stated, a dash or blank none). */
function partsSum(values: CellValue[], group: FundGroup): boolean {
  const at = (c: number) => values.find((v) => v.at === c);
  const total = at(group.total);
  if (!total) return false;
  const parts = group.parts.map(at);
  if (parts.some((p) => !p)) return false;
  const sum = sumOf(parts.map((p) => p?.value ?? 0));
  return sum.equals(total.value);
}

/** The OCR repairs read through inside these tokens, as a reviewer reads them ("将→数 匏→算"), or undefined. */
function readThroughOf(tokens: Token[]): string | undefined {
  const each = tokens.flatMap((t) => repairsWithin(t.segment.ocrRepairs, t.start, t.end)?.split(' ') ?? []);
  return each.length ? [...new Set(each)].join(' ') : undefined;
}

/** Figures and task fragments of the budget tables in `tokens` (tokensOf the document's segments). */
export function extractTables(tokens: Token[], kindIsProject: boolean, year: number | null = null): TableResult {
  const figures: Found[] = [];
  const taskFragments: TaskFragment[][] = [];
  const tables = readBudgetTables(tokens, year);
  // a report that names two projects, each over its own table, reports on both: each table is a task
  const projectsWithTables = new Set(
    tables.filter((t) => !t.threePublic && t.rows.length).flatMap((t) => (t.projectName ? [t.projectName] : [])),
  );
  for (const table of tables) {
    const yearRow = yearRowAt(table, year);
    const totalAt = yearRow ?? totalRowAt(table);
    let totalGaveFigures = false;
    for (const [r, row] of table.rows.entries()) {
      const fundsKey = totalGaveFigures && r > totalAt ? formFundsKey(row.label) : undefined;
      // a project's table of one row ("| 财政拨款 | 100 | 100 | 95 | 95% |") states its funds whatever the
      // row is called, when the row proves itself a budget line (executed ÷ budget = the rate)
      // (a row numbered 一、 heads a group of a list whose rows follow it, run together on one line: no project's line)
      // (a row that says it is a part, 其中:当年财政拨款, or one under a total row left unread, is a funding source of
      // the project, not the project: convention 7)
      const onlyRow =
        kindIsProject &&
        table.rows.length === 1 &&
        !table.threePublic &&
        !table.totalUnread &&
        !/^其中/.test(row.label) &&
        selfConsistent(row.values) &&
        serialLevel(row.label) !== 'group' &&
        !row.groupNumbered;
      const isTotal = TOTAL_ROW.test(row.label) || (!!row.unlabelled && !table.threePublic) || onlyRow || r === yearRow;
      const spanOf = (val: CellValue) => ({
        segment: val.token.segment,
        start: val.token.start,
        end: val.token.end,
        ...(table.headerReadThrough ? { headerReadThrough: table.headerReadThrough } : {}),
      });
      // a “三公” row in any budget table ("三公经费 29.08 63.46 44.29") is the “三公” total
      if (table.threePublic || (THREE_PUBLIC.test(row.label) && !threePublicItemKey(row.label))) {
        for (const val of row.values) {
          const item =
            isTotal || (THREE_PUBLIC.test(row.label) && !threePublicItemKey(row.label))
              ? 'threePublic.total'
              : threePublicItemKey(row.label);
          const suffix = THREE_PUBLIC_COLUMN[val.column];
          if (!item || suffix === undefined) continue;
          const key = item === 'threePublic.total' ? (suffix === '' ? item : `threePublic${suffix}`) : `${item}${suffix}`;
          figures.push({ key, value: val.value, unit: val.unit, rule: `table/${key}`, ...spanOf(val) });
        }
        continue;
      }
      // a project named in a department's report is a task; the report's own table gives its figures
      const projectName = table.projectName;
      const isTask = !!projectName && (!kindIsProject || projectsWithTables.size >= 2);
      if (r === totalAt && isTotal && isTask && projectName) {
        taskFragments.push(
          row.values
            .filter((v) => v.column === 'budget' || v.column === 'executed' || v.column === 'rate' || v.column === 'initial')
            .map((v) => ({ name: projectName, measure: v.column as Measure, value: v.value, unit: v.unit, ...spanOf(v) })),
        );
      } else if (r === totalAt && isTotal && !((table.namesProjects || listsProjects(table)) && !kindIsProject)) {
        // (a department's list of projects: its total row is the projects' sum, not the department's budget)
        // (a total row of zeros over funding rows that state money is read as stated, the first statement, and its funding
        // rows with it, below: the form contradicts itself, and the reviewer is shown where)
        totalGaveFigures = true;
        // (spending in a table of no budget, "项目 | 2022年决算数 | 2023年决算数", is set against no budget: no
        // execution of one, LABELS.md convention 2)
        const againstBudget = table.rows.some((x) => x.values.some((v) => v.column !== 'executed' && DOCUMENT_COLUMN[v.column]));
        for (const val of row.values) {
          const key = DOCUMENT_COLUMN[val.column];
          if (key && (val.column !== 'executed' || againstBudget))
            figures.push({ key, value: val.value, unit: val.unit, rule: `table/${key}`, ...spanOf(val) });
        }
      } else if (fundsKey) {
        // "其中:本年财政拨款 | 90 | 89.974 | 89.974" under the project's total row: what each source paid, which the total
        // row must hold (reconcile sums.ts adds them up against the spending)
        const executed = row.values.find((v) => v.column === 'executed');
        if (executed)
          figures.push({ key: fundsKey, value: executed.value, unit: executed.unit, rule: `table/${fundsKey}`, ...spanOf(executed) });
      } else if (!isTask && (TOTAL_ROW.test(table.rows[0].label) || r < totalAt || byNatureOnly(table)) && natureOf(row.label)) {
        // "其中:基本支出" under the total row: its split by nature, compared with 全年执行数 (A-004)
        const key = natureOf(row.label);
        const executed = row.values.find((v) => v.column === 'executed');
        if (key && executed) figures.push({ key, value: executed.value, unit: executed.unit, rule: `table/${key}`, ...spanOf(executed) });
      }
    }
  }
  for (const table of tables) if (!table.threePublic) taskFragments.push(...subProjectRows(table));
  return { figures, taskFragments, projectsWithTables: projectsWithTables.size };
}

/** A row labelled by a year alone ("2023年", "2022年度"): a table of the same budget line year by year. */
const YEAR_ROW = /^(\d{4})年度?$/;

/**
 * The report year's row of a table whose rows are years (年度 | 预算数 | 执行数 | 执行率, then 2023年 | … and 2022年 |
 * …): the line the table states for each year, the report's its figures, as a column of the report year is in a table
 * of year columns. None unless every row (two at least) is a year and one only is the report's.
 */
function yearRowAt(table: BudgetTable, reportYear: number | null): number | undefined {
  const { rows } = table;
  if (reportYear === null || rows.length < 2 || !rows.every((r) => YEAR_ROW.test(r.label))) return undefined;
  const ofReport = rows.flatMap((r, k) => (Number(YEAR_ROW.exec(r.label)?.[1]) === reportYear ? [k] : []));
  return ofReport.length === 1 ? ofReport[0] : undefined;
}

/** The money columns of a budget table, whose sum a total row states. */
const MONEY_COLUMN_OF: ReadonlySet<Column> = new Set<Column>(['initial', 'budget', 'executed']);

/**
 * The funding rows of a project form under its 年度资金总额 (the national template's 其中:当年财政拨款 / 上年结转资金 /
 * 其他资金): the key of what each paid. Only these three, which the form gives as the total's whole; a level's row
 * (中央 / 省级) may split the fiscal row again, and adding it in would count its money twice.
 */
const FORM_FUNDS_ROWS: { key: string; label: RegExp }[] = [
  { key: 'projectFunds.fiscal', label: /^(?:其中:?)?(?:当年|本年|本年度|当年度)?财政(?:拨款|资金|拨款资金)$/ },
  { key: 'projectFunds.carryIn', label: /^(?:其中:?)?上年(?:结转|结余|结转结余)(?:资金)?$/ },
  { key: 'projectFunds.other', label: /^(?:其中:?)?其他资金$/ },
];
function formFundsKey(label: string): string | undefined {
  const cell = label.replace(/\s/g, '');
  return FORM_FUNDS_ROWS.find((r) => r.label.test(cell))?.key;
}

/**
 * A project form's funds split by government level, one row each above their 合计 (the Hubei form: 中央 | 省、地 |
 * 本级 | 其他 | 合计), numbered or not: sources of the project's money, no sub-projects.
 */
const LEVEL_SOURCE_ROW =
  /^(?:其中:?)?(?:中央|省|市|地|州|县|区|盟|旗|乡镇?|本级|上级|其他|其它|自筹|社会)(?:[、,/](?:省|市|地|州|县|区|盟|旗|乡镇?))*(?:级|本级)?(?:财政)?(?:补助|专项|配套)?(?:资金|拨款|投入|经费)?$/;

/**
 * The row of a budget table that holds its totals: the first (年度资金总额 over 其中:… rows), or a 合计 / 总计
 * last, below rows that are all funding sources by level (中央 | 省、地 | 本级 | 其他 | 合计), which sum to it.
 */
function totalRowAt(table: BudgetTable): number {
  const { rows } = table;
  if (table.threePublic || TOTAL_ROW.test(rows[0]?.label ?? '') || rows[0]?.unlabelled) return 0;
  // (the form's 总分 row may follow the 合计 as a row of the same table)
  const at = rows.findIndex((r) => TOTAL_FIRST_CELL.test(r.label));
  if (at < 1) return 0;
  const above = rows.slice(0, at);
  const sources = above.every((r) => {
    const name = cleanName(r.label) || r.label;
    return LEVEL_SOURCE_ROW.test(name) || refusal(name) === 'funding source';
  });
  return sources || splitsByNature(above, rows[at]) || splitsByFundLine(above, rows[at]) ? at : 0;
}

/**
 * Rows above a 合计 that are the funding lines or income classes it is made of (一般公共预算拨款 | 政府性基金预算拨款,
 * 财政拨款 | 事业收入 | 上年结转), proved by their sum as a split by nature is: a department's table by source of funds.
 */
function splitsByFundLine(rows: BudgetRow[], total: BudgetRow): boolean {
  const fundLine = (r: BudgetRow) => {
    const why = refusal(cleanName(r.label) || r.label);
    return why === 'funding source' || why === 'income or spending category';
  };
  return rows.length >= 2 && rows.every(fundLine) && addsUp(rows, total);
}

/**
 * Rows above a 合计 that split it by nature (基本支出 | 项目支出, or 人员经费 | 公用经费 | 项目支出), proved by their sum:
 * in every money column the total row states, the rows' amounts add up to it exactly, in one column at least. A
 * department's table puts its total last as often as first; rows that do not sum are some other split (or a list).
 */
function splitsByNature(rows: BudgetRow[], total: BudgetRow): boolean {
  if (rows.length < 2 || !natureOf(rows[0].label)) return false;
  // (rows of no class under one, "1.档案数字化加工" under "二、项目支出", are that class's projects: the total is still
  // split by nature when 基本支出 and 项目支出 both stand among the rows, their sum proving it)
  const classes = new Set(rows.map((r) => natureOf(r.label)));
  const unclassed = classes.has(undefined);
  if (unclassed && ![...BY_NATURE].every((k) => classes.has(k))) return false;
  // (人员经费 / 公用经费 under a 基本支出 row split that row, not the total: the total's parts are 基本 and 项目)
  const basicSplit = classes.has('expense.basic');
  const parts = basicSplit || unclassed ? rows.filter((r) => BY_NATURE.has(natureOf(r.label) ?? '')) : rows;
  return parts.length >= 2 && addsUp(parts, total);
}

/** Whether `parts` add up to `total` exactly in every money column the total row states, one column at least. */
function addsUp(parts: BudgetRow[], total: BudgetRow): boolean {
  let checked = 0;
  for (const column of MONEY_COLUMN_OF) {
    const whole = columnLookup(total.values)(column);
    if (!whole) continue;
    const amounts = parts.map((r) => columnLookup(r.values)(column));
    if (amounts.some((a) => !a || a.unit !== whole.unit)) return false;
    if (!sumOf(amounts.map((a) => a?.value ?? 0)).equals(whole.value)) return false;
    checked++;
  }
  return checked > 0;
}

/**
 * A table whose rows below the total are projects ("合计 | 300 | …" over "城市照明维护 | 100 | …"),
 * whatever its name column is headed (项目, 项目名称, 支出项目): two rows at least that name
 * something spent on, and none that is a funding source, a class of spending or a figure of
 * the unit. In a department's report its total is the projects' sum, not the department's budget.
 */
function listsProjects(table: BudgetTable): boolean {
  const below = table.rows.slice(1).filter((r) => r.label);
  if (below.length < 2) return false;
  return below.every(
    (r) =>
      !TOTAL_OR_FUND_ROW.test(r.label) &&
      !natureOf(r.label) &&
      !rowLabelKey(r.label) &&
      !THREE_PUBLIC.test(r.label) &&
      !refusal(cleanName(r.label)),
  );
}

/** The project's total row and the rows that split it by source or nature: no sub-project. */
const TOTAL_OR_FUND_ROW = /^(?:其中|年度)|(?:总额|合计|总计|小计|资金|拨款|结转|结余|收入)$|^(?:基本支出|项目支出|人员经费|公用经费)$/;

/**
 * Sub-projects below a project table's total row, read from the token stream (a table a .docx or
 * PDF copy ran into one paragraph: "年度资金总额 420 420 399 10 95% 9.5 其中:当年财政拨款 … 垃圾转运站运维
 * 300 300 285 - 95% - 公厕保洁 …"): rows other than funding and nature rows, each with a budget and
 * its spending and, where a rate is stated, that rate the spending over the budget; two at least.
 */
function subProjectRows(table: BudgetTable): TaskFragment[][] {
  if (!table.rows.length || !TOTAL_ROW.test(table.rows[0].label) || table.namesProjects) return [];
  // a real table's rows are read by its cells (tasks/subProjects.ts, extractTaskTables)
  if (table.rows.some((r) => r.values.some((v) => v.token.segment.kind === 'cell'))) return [];
  const out: TaskFragment[][] = [];
  for (const row of table.rows.slice(1)) {
    // "其中:东村道路硬化 300000 300000 295000": the first of the sub-projects under 其中, as its funding rows stand there
    // ("其中:当年财政拨款"); a name the rules refuse (a fund, a class of spending) is the funding row it was
    const label = row.label.replace(/^其中:?/, '');
    const fundingRow = TOTAL_OR_FUND_ROW.test(label) || (label !== row.label && refusal(simplify(label)) !== null);
    if (!label || fundingRow || THREE_PUBLIC.test(label) || rowLabelKey(label)) continue;
    const get = columnLookup(row.values);
    const budget = get('budget') ?? get('initial');
    const executed = get('executed');
    const rate = get('rate');
    if (!budget || !executed || budget.unit !== executed.unit || new Decimal(budget.value).isZero()) return [];
    if (rate && !rateWithinRounding(executed.value, budget.value, rate.value, '0.0001')) return [];
    const at = (v: CellValue) => ({ segment: v.token.segment, start: v.token.start, end: v.token.end });
    out.push([
      { name: label, measure: 'budget' as Measure, value: budget.value, unit: budget.unit, ...at(budget) },
      { name: label, measure: 'executed' as Measure, value: executed.value, unit: executed.unit, ...at(executed) },
      ...(rate ? [{ name: label, measure: 'rate' as Measure, value: rate.value, unit: rate.unit, ...at(rate) }] : []),
    ]);
  }
  return out.length >= 2 ? out : [];
}

/** The money header of a project table's label column: 项目资金(万元), 资金投入情况(万元). */
const FUNDS_HEADING_WORDS = '(?:项目资金|资金投入情况|资金投入|资金来源)';
/** That heading at the start of a line, its unit note cut off by the wrap. */
const FUNDS_HEADING_LEAD = new RegExp(`^${FUNDS_HEADING_WORDS}(?=[\\u4e00-\\u9fff])`);
const NAME_THEN_HEADER = new RegExp(`${FUNDS_HEADING_WORDS}(?:\\((?:万元|元|亿元)\\))?$`);
/** That heading as a cell of its own, its unit stated (a bare 项目资金 may be the total row's label). */
const FUNDS_BLOCK_HEADING = new RegExp(`^${FUNDS_HEADING_WORDS}\\((?:万元|元|亿元)\\)$`);

/** The project a self-evaluation table is about: the cell after 项目名称. */
function nameBefore(tokens: Token[], i: number): string | null {
  // (from the run's first token: "项目名称:X项目资金(万元)" is the group header the run begins with)
  for (let k = i; k >= Math.max(0, i - 40); k--) {
    // the cell after it, unless that is the next header (项目名称 | 预算数 | …: a list's name column, no name)
    if (/^项目名称[:]?$/.test(tokens[k].text.replace(/\s/g, '')) && tokens[k + 1]?.text && !headerOf(tokens[k + 1].text)) {
      return tokens[k + 1].text.replace(/^\d{10,}-/, '');
    }
    // "项目名称:党建工作经费" as one line above the table, or "项目名称 党建工作经费" (a form's row copied
    // with its cells separated by a space, which normalization drops between two Chinese words)
    const field = /^项目名称(?:\s*:\s*|\s*)([^\s:,。;]{2,40})$/.exec(tokens[k].text);
    // "项目名称:X项目资金(万元)": the table's first header, run into the name by a .docx copy
    const name = field?.[1].replace(/^\d{10,}-/, '').replace(NAME_THEN_HEADER, '');
    // ("项目名称 预算数 执行数": a list's header row, no name)
    if (name && name.length >= 2 && !headerWordAt(name)) return name;
  }
  return null;
}

/**
 * The name column's header, and a form's block of its items (分项名称, 子项目名称, 明细名称: a form's rows, its header deep in
 * the table, where tasks/projectTables.ts looks for none).
 */
const NAME_HEADER =
  /^(?:项目名称|项目|任务名称|工作任务|重点工作任务|重点任务|支出项目|资金名称|专项名称|子项目(?:名称|内容)?|(?:子项|分项|明细|细项)(?:名称|内容))$/;
const SKIP_ROW = /^(?:合计|总计|小计|总额|其中)/;

/**
 * Project or task lists in real tables (Word, PDF, pipe tables): a header row with a name column
 * and at least two of budget / executed / rate, then one row per project. Read by column index,
 * which is safe here because the rows have the header's width.
 */
export function extractTaskTables(doc: Document, segments = segmentsOf(doc), reportYear: number | null = null): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const [blockIndex, block] of doc.blocks.entries()) {
    if (block.type !== 'table') continue;
    const texts = block.rows.map((row) => row.map((c) => c.text.replace(/\s/g, '')));
    const headerAt = texts.findIndex((row) => row.some((t) => NAME_HEADER.test(t)) && row.filter((t) => headerOf(t)).length >= 2);
    if (headerAt < 0) continue;
    const header = texts[headerAt];
    const nameCol = header.findIndex((t) => NAME_HEADER.test(t));
    // a header over two rows (预算数 over 年初预算 / 调整后预算): read by the project lists' reader
    // (tasks/projectTables.ts), which places each sub-column under its header
    const below = texts[headerAt + 1];
    if (below && !below[nameCol] && below.filter((t) => t && !cellNumber(t)).length >= 2) continue;
    // "2022年决算数 | 2023年预算数 | 2023年执行数": a column of another year than the report's is no task's
    const columns = header.map((t) => (otherYear(yearOfHeader(t).year, reportYear) ? null : headerOf(t)));
    // "项目 | 预算数 | 决算数": a bare 项目 beside the report year's 决算 heads a final account's row labels (classes of
    // spending, 医疗保障, 计划生育事务), never projects (上年决算 beside 本年预算 / 本年执行 is a comparison of projects)
    if (header[nameCol] === '项目' && header.some((t, c) => /决算/.test(t) && columns[c] && !/^(?:上年|去年|上一年)/.test(t))) continue;
    // a header's second row of units ("| | (元) | (元) | (%) |") declares the table's unit too
    const headerRows = texts.slice(0, headerAt + (unitsRow(texts[headerAt + 1]) ? 2 : 1));
    const declared = [...headerRows.flat(), block.rows[0].map((c) => c.text).join(''), ...textAbove(doc, blockIndex)];
    // a table that declares no unit above it may note it right under it ("(单位:元)")
    const unit = UNIT_DECLARATION.test(declared.join(' '))
      ? declaredUnit(declared)
      : ((unitNoteBelow(doc, blockIndex) as Unit | null) ?? declaredUnit(declared));
    // "一、农业农村类" over "1 河道清淤工程": a group row of a list numbered on two levels is a class, no task
    const groups = groupRows(texts, headerAt + 1, nameCol);
    const rows: TaskFragment[][] = [];
    let lastRead = -1;
    for (let r = headerAt + 1; r < block.rows.length; r++) {
      const row = texts[r];
      if (row.length !== header.length || groups.has(r)) continue;
      // the rest of the name of the row right above, wrapped into a row of its own (projectTables.ts wrappedName)
      const piece =
        lastRead === r - 1 && rows.length
          ? wrappedName(
              row,
              row.map((_, c) => c),
              nameCol,
              header,
            )
          : null;
      if (piece) {
        rows[rows.length - 1] = rows[rows.length - 1].map((f) => ({ ...f, name: f.name + piece }));
        continue;
      }
      const nameSeg = segmentAt(segments, block.id, r, nameCol);
      // "| ①农村人居环境整治 |": the circled list number normalization ran into the name is no part of it
      const name = nameSeg ? row[nameCol].slice(circledLead(nameSeg, 0, row[nameCol])) : row[nameCol];
      // a row that says where the row above's money came from (其他资金, 财政拨款) is no row of the list: counted as
      // one, it would make a one-project table a list of two
      if (!name || SKIP_ROW.test(name) || cellNumber(name) || fundingRowLabel(simplify(name))) continue;
      const fragments: TaskFragment[] = [];
      columns.forEach((column, c) => {
        if (column !== 'budget' && column !== 'executed' && column !== 'rate' && column !== 'initial') return;
        const n = cellNumber(row[c]);
        const seg = segmentAt(segments, block.id, r, c);
        if (!n || !seg) return;
        fragments.push({
          name,
          measure: column,
          value: n.value,
          unit: column === 'rate' ? '%' : n.unit || unit,
          segment: seg,
          start: 0,
          end: seg.text.length,
        });
      });
      if (fragments.length) {
        rows.push(fragments);
        lastRead = r;
      }
    }
    // "农业农村类 | 450 | 430" over its projects: a group row that sums the rows below is no task
    out.push(...withoutSubtotalRows(rows));
  }
  return out;
}

/** A column's year is not the report's: a stated year other than it, or the year before (上年). */
function otherYear(year: ColumnYear, reportYear: number | null): boolean {
  return year === 'prior' || (typeof year === 'number' && reportYear !== null && year !== reportYear);
}

/** A table's cells as the block readers match them: simplified characters (本年收入合計 reads as 合计), no spaces. */
function matchedCells(block: TableBlock): string[][] {
  return block.rows.map((row) => row.map((c) => simplify(c.text).replace(/\s/g, '')));
}

/** A cell holding an amount (decimals or thousands separators), as no header cell does. */
const AMOUNT_CELL = /\d\.\d|\d,\d{3}/;
/** A Markdown table's delimiter row read as a line of its own: "|---|:---:|". */
const DELIMITER_ROW = /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/;
/**
 * The one paragraph that may stand between a 收支 table's two parts when the copy splits it in two ("收入" part,
 * then "支出" and the 支出 part), or before a table continued on the next page (续表).
 */
const TABLE_PART_WORD = /^(?:收入|支出)(?:部分|项目|方)?$|^续表$/;

/**
 * The money unit of a table: declared in its header rows or the lines above it; a table that declares none and
 * continues the table right before it (nothing between them but a side's word, "支出") is in that table's unit,
 * which its own title's "单位:元" declared once for both parts. Otherwise 万元, as declaredUnit defaults.
 */
function blockUnit(doc: Document, blockIndex: number, own: string[]): Unit {
  const texts = [...own, ...textAbove(doc, blockIndex)];
  if (UNIT_DECLARATION.test(texts.join(' '))) return declaredUnit(texts);
  let k = blockIndex - 1;
  const between: string[] = [];
  let delimited = false;
  for (; k >= 0 && between.length < 2; k--) {
    const b = doc.blocks[k];
    if (b.type === 'table') break;
    // (a Markdown table's delimiter row under header rows the copy put above it, "| 收入 | | | 支出 |" then
    // "|---|---|": the rows above are this table's head, cut off with the 单位 line they hold)
    if (DELIMITER_ROW.test(b.text.trim())) {
      delimited = true;
      continue;
    }
    between.push(simplify(b.text).replace(/\s/g, ''));
  }
  const previous = doc.blocks[k];
  if (k < 0 || previous?.type !== 'table' || between.length > 1 || (between.length === 1 && !TABLE_PART_WORD.test(between[0])))
    return declaredUnit(texts);
  // (a head cut off holds no amount: a table of amounts above the delimiter row is another table)
  if (delimited && matchedCells(previous).some((row) => row.some((t) => AMOUNT_CELL.test(t)))) return declaredUnit(texts);
  return blockUnit(doc, k, matchedCells(previous).slice(0, 2).flat());
}

const MONEY_COLUMN =
  /^(?:(\d{4})\s*年度?)?(全年预算数?|调整后预算数?|预算数?|决算数?|执行数|实际支出|金额|本年数|本年决算数?|年初预算数?)(?:\((?:万元|元|亿元)\))?$/;
/** What leads a row label and is not part of it: 其中 or a list number ("其中:基本支出", "一、财政拨款收入"). */
const ROW_LABEL_LEAD = /^(?:其中|[一二三四五六七八九十\d]+[、.])[:]?/;
const OTHER_TABLES = /年初预算|执行率|完成率|项目名称|三公|一级指标|三级指标/;
/**
 * The same for a row table, which may hold a “三公” row among the department's: the 基础数据表's
 * 经费控制情况 (三公经费 | 项目支出 | 公用经费 by 2022年决算数 / 2023年预算数 / 2023年决算数). Its rows are
 * read by their labels, and a “三公” row's label is no department wording.
 */
const OTHER_ROW_TABLES = /项目名称|一级指标|三级指标/;
/**
 * A budget-execution table's words (年初预算 | 全年执行数 | 执行率): the budget tables read it
 * (readBudgetTables). In final accounts, the comparison of the 决算数 with the budget (项目 | 年初预算数 |
 * 决算数 | 完成预算%) is still a row table: its 决算数 column is what the account states (convention 3).
 */
const BUDGET_EXECUTION_WORDS = /年初预算|执行率|完成率/;

/**
 * "项目 | 决算数 | 项目 | 决算数": the same money column twice, each after a label column, is the two
 * sides of a 收支 table; their columns, or none when the header is not that.
 */
function twoSides(header: string[], money: { c: number; m: RegExpExecArray }[]): number[] {
  const paired =
    money.length > 1 &&
    new Set(money.map((x) => x.m[0])).size === 1 &&
    money.every((x) => labelColumn(header, x.c) >= 0 && !MONEY_COLUMN.test(header[labelColumn(header, x.c)]));
  return paired ? money.map((x) => x.c) : [];
}

/** The label column of a side whose money columns are several (项目 | 年初预算数 | 全年预算数 | 决算数): past them and a row number. */
function sideLabelColumn(header: string[], c: number): number {
  let k = c - 1;
  while (k >= 0 && (LINE_NUMBER_COLUMN.test(header[k]) || MONEY_COLUMN.test(header[k]))) k--;
  return k;
}

/**
 * "项目 | 年初预算数 | 全年预算数 | 决算数 | 项目 | 年初预算数 | 全年预算数 | 决算数": a 收支 table whose two sides each
 * state the budget beside the account: each side's one executed column (决算数, of the report's year or of none),
 * each after its own label column, is what the account states; none when the header is not that.
 */
function executedSides(header: string[], money: { c: number; m: RegExpExecArray }[], year: number | null): number[] {
  const executed = money.filter((x) => /决算|执行|实际|本年/.test(x.m[2]) && (!x.m[1] || Number(x.m[1]) === year));
  if (executed.length !== 2) return [];
  const labels = executed.map((x) => sideLabelColumn(header, x.c));
  // the second side's label stands between the two columns, after the first side's money columns
  const sided = labels.every((l) => l >= 0 && !cellNumber(header[l])) && labels[0] < executed[0].c && labels[1] > executed[0].c;
  return sided ? executed.map((x) => x.c) : [];
}

/**
 * A funding line's table title ("财政拨款收入支出决算总表", "一般公共预算财政拨款基本支出决算表"): a short line
 * of the text above ending in 表 (the 单位 line may share its paragraph).
 */
/** The general-budget spending's own account table: "2023年度一般公共预算财政拨款支出决算表" (never its 基本支出 one's). */
const GENERAL_PUBLIC_ACCOUNT_TITLE = /一般公共预算财政拨款支出决算(?:明细)?表$/;

/**
 * The 合计 column of an 一般公共预算财政拨款支出决算表 (科目名称 | 合计 | 基本支出 | 项目支出) in its 合计 row: the
 * unit's 一般公共预算财政拨款支出 (expense.generalPublic), read only when the row proves the column, 合计 = 基本支出 +
 * 项目支出 (a dropped blank cell shifts them, and a bare 合计 names no figure of its own).
 */
function generalPublicTotal(
  before: string[],
  header: string[],
  keys: (string | null)[],
  totalRow: string[],
  blockId: string,
  segments: Segment[],
  totalAt: number,
): Found[] {
  // (the title's line, its unit note cut, as short as fundTableTitle's: a sentence naming the table is none)
  const titled = before.some((text) =>
    text.split('\n').some((line) => {
      const title = line.replace(/\s/g, '').replace(UNIT_AFTER_TITLE, '');
      return title.length <= 40 && GENERAL_PUBLIC_ACCOUNT_TITLE.test(title);
    }),
  );
  if (!titled) return [];
  // (合计, or 本年支出合计 as the unit's own table heads it)
  const c = header.findIndex((t, k) => k > 0 && (BARE_TOTAL_HEADER.test(t.replace(/\s/g, '')) || keys[k] === 'expense.total'));
  const amount = (key: string) => {
    const n = cellNumber(totalRow[keys.indexOf(key)] ?? '');
    return n && n.unit !== '%' ? new Decimal(n.value) : null;
  };
  const total = c > 0 ? cellNumber(totalRow[c] ?? '') : null;
  const basic = amount('expense.basic');
  const project = amount('expense.project');
  if (!total || total.unit === '%' || !basic || !project || !basic.plus(project).equals(total.value)) return [];
  const seg = segmentAt(segments, blockId, totalAt, c);
  if (!seg) return [];
  const unit = declaredUnit([...header, ...before]);
  return [
    {
      key: 'expense.generalPublic',
      value: total.value,
      unit: total.unit || unit,
      rule: 'table/columns/expense.generalPublic',
      segment: seg,
      start: 0,
      end: seg.text.length,
    },
  ];
}

const fundTableTitle = (text: string) =>
  text.split('\n').some((line) => {
    const title = line.trim().replace(UNIT_AFTER_TITLE, '');
    return title.length <= 40 && /表$/.test(title) && FUND_TABLE.test(title);
  });
/** The unit declared after a table's title on its line ("…决算总表单位:万元", "…决算表(单位:元)"). */
const UNIT_AFTER_TITLE = /[((]?(?:金额)?单位[::]\s*(?:万元|元|亿元)[))]?$|[((](?:万元|元|亿元)[))]$/;

/**
 * The header row and the report year's column of a table whose columns are whole years (项目 | 2023年 |
 * 2024年 | 增减率), as yearColumn reads one flattened into text: two year columns at least, one of them
 * the report's.
 */
function bareYearColumn(texts: string[][], reportYear: number | null): { headerAt: number; col: number } | undefined {
  if (reportYear === null) return undefined;
  const headerAt = texts.findIndex((row) => row.filter((t) => YEAR_ALONE_HEADER.test(t)).length >= 2);
  if (headerAt < 0) return undefined;
  const ofReport = texts[headerAt].flatMap((t, c) => (Number(YEAR_ALONE_HEADER.exec(t)?.[1]) === reportYear ? [c] : []));
  return ofReport.length === 1 ? { headerAt, col: ofReport[0] } : undefined;
}

/**
 * Whether the executed column at `c` has the same year's budget beside it (2022年决算数 | 2023年预算数 |
 * 2023年决算数, or 预算数 | 决算数 of no year): a spending row there is set against its budget.
 */
function budgetBeside(money: { c: number; m: RegExpExecArray }[], c: number): boolean {
  const read = money.find((x) => x.c === c);
  if (!read || !/决算|执行|实际/.test(read.m[2])) return false;
  return money.some((x) => x.c !== c && /预算/.test(x.m[2]) && x.m[1] === read.m[1]);
}

/**
 * A row label whose wording is what was spent and the budget's execution where a budget stands beside it (部门整体支出,
 * 支出决算, 实际支出: `executedAgainstBudget`), as in prose (LABELS.md convention 2); 本年支出合计 / 支出合计 are the account's
 * total (`accountsLine`): a table's row compares the account with the budget, a sentence sets it against the budget.
 */
function spentAgainstBudget(label: string): boolean {
  const m = matchWording(label.replace(/[\s:]/g, '').replace(ROW_LABEL_LEAD, ''), '万元');
  return !!m && m.prefix === '' && m.wording.executedAgainstBudget !== undefined && !m.wording.accountsLine;
}

/** A row number column between a label and its amount (收入项目 | 行次 | 金额). */
const LINE_NUMBER_COLUMN = /^(?:行次|栏次|行号)$/;

/** The label column of the amount in column `c`: the one before it, past a row number column. */
function labelColumn(header: string[], c: number): number {
  let k = c - 1;
  while (k >= 0 && LINE_NUMBER_COLUMN.test(header[k])) k--;
  return k;
}

/**
 * Department tables that state figures by row (收入支出决算总表, 基本支出表 …): each row label is
 * read with the wording table and must be a wording in full ("基本支出", not "社会保障和就业支出").
 * Columns that are several years (2022年决算数 / 2023年预算数 / 2023年决算数) are resolved to the
 * report year's executed column; a single money column is taken as it is.
 */
export function extractRowTables(
  doc: Document,
  year: number | null,
  segments: Segment[],
  match: (label: string) => string | null,
  finalAccounts = false,
  budgetDocument = false,
): Found[] {
  const out: Found[] = [];
  for (const [blockIndex, block] of doc.blocks.entries()) {
    if (block.type !== 'table' || block.rows.length < 2) continue;
    const texts = matchedCells(block);
    if (texts.some((row) => row.some((t) => OTHER_ROW_TABLES.test(t)))) continue;
    const budgetYear = budgetDocument ? budgetYearColumn(texts, year) : undefined;
    const moneyAt = budgetYear?.headerAt ?? texts.findIndex((row) => row.some((t) => MONEY_COLUMN.test(t)));
    // (no money header: columns that are whole years, the report year's taken)
    const byYear = moneyAt < 0 ? bareYearColumn(texts, year) : undefined;
    const headerAt = byYear?.headerAt ?? moneyAt;
    if (headerAt < 0) continue;
    // "财政拨款收入支出决算总表": its 本年收入合计 / 本年支出合计 and carry-over are the fiscal funds', not the unit's
    if (textAbove(doc, blockIndex).some(fundTableTitle)) continue;
    // "某中心2016年度“三公”经费预算情况表" (above the table, or its own first row): its 支出合计 is the “三公” items' sum
    if ([...textAbove(doc, blockIndex), ...texts.slice(0, headerAt).map((row) => row.join(''))].some((t) => THREE_PUBLIC_TITLE.test(t)))
      continue;
    const header = texts[headerAt];
    const accountsColumn = finalAccounts && header.some((t) => /决算/.test(MONEY_COLUMN.exec(t)?.[2] ?? ''));
    if (!accountsColumn && texts.some((row) => row.some((t) => BUDGET_EXECUTION_WORDS.test(t)))) continue;
    const money = header
      .map((t, c) => ({ c, m: MONEY_COLUMN.exec(t) }))
      .filter((x): x is { c: number; m: RegExpExecArray } => x.m !== null);
    let col: number | undefined;
    if (byYear) col = byYear.col;
    else if (budgetYear) col = budgetYear.col;
    else if (money.length === 1) col = money[0].c;
    else {
      const executed = (m: RegExpExecArray) => /决算|执行|实际|本年/.test(m[2]);
      col = money.find((x) => x.m[1] && Number(x.m[1]) === year && executed(x.m))?.c;
      // "预算数 | 决算数" of no year: the one executed column is what the account states
      const unyeared = money.filter((x) => !x.m[1] && executed(x.m));
      if (col === undefined && unyeared.length === 1 && money.every((x) => !x.m[1])) col = unyeared[0].c;
    }
    // "收入 | 决算数 | 支出 | 决算数": the two sides of a 收支 table, each label right before its amount (or before
    // its side's budget columns: 项目 | 年初预算数 | 全年预算数 | 决算数, twice)
    const bothExecuted = executedSides(header, money, year);
    const sides = bothExecuted.length ? bothExecuted : col !== undefined ? [col] : twoSides(header, money);
    if (!sides.length) continue;
    // (the one column read is what was spent, and the same year's budget stands beside it: see spentAgainstBudget)
    const againstBudget = !budgetDocument && sides.length === 1 && budgetBeside(money, sides[0]);
    const unit = blockUnit(doc, blockIndex, texts.slice(0, headerAt + 1).flat());
    const from = out.length;
    // the income totals not named 本年收入合计 (收入预算合计, 收入合计): see withoutCarriedInTotal
    const sideTotals = new Set<number>();
    for (let r = headerAt + 1; r < block.rows.length; r++) {
      // a pipe row loses its trailing empty cells ("… | 28 | |"): those are empty, not missing
      const row = texts[r].length < header.length ? [...texts[r], ...Array(header.length - texts[r].length).fill('')] : texts[r];
      if (row.length !== header.length) continue;
      for (const c of sides) {
        const label = sides.length > 1 ? row[sideLabelColumn(header, c)] : row.find((t, k) => k < c && t && !cellNumber(t));
        const n = cellNumber(row[c] ?? '');
        if (!label || !n || cellNumber(label)) continue;
        const matched = match(label.replace(ROW_LABEL_LEAD, ''));
        const key = againstBudget && matched === 'expense.total' && spentAgainstBudget(label) ? 'budget.executed' : matched;
        const seg = segmentAt(segments, block.id, r, c);
        if (!key || !seg) continue;
        if (key === 'income.total' && !/^本年/.test(simplify(label).replace(/\s/g, '').replace(ROW_LABEL_LEAD, '')))
          sideTotals.add(out.length);
        out.push({ key, value: n.value, unit: n.unit || unit, rule: `table/${key}`, segment: seg, start: 0, end: seg.text.length });
      }
    }
    if (budgetDocument) withoutCarriedInTotal(out, from, sideTotals);
  }
  return out;
}

/**
 * A budget table's column of the report year's budget, among several years' (项目 | 2023年预算数 | 2024年预算数 |
 * 增减额, 上年预算数 | 本年预算数, or 2023年决算数 | 2024年预算数): what the document budgets. Exactly one such
 * column, or none.
 */
function budgetYearColumn(texts: string[][], reportYear: number | null): { headerAt: number; col: number } | undefined {
  for (const [headerAt, row] of texts.entries()) {
    const yeared = row.flatMap((t, c) => {
      const { year, rest } = yearOfHeader(t);
      return year !== null && (BUDGET_COLUMN.test(rest) || ACCOUNTS_COLUMN.test(rest))
        ? [{ c, year, budget: BUDGET_COLUMN.test(rest) }]
        : [];
    });
    if (yeared.length < 2) continue;
    const ofReport = yeared.filter((b) => b.budget && (b.year === 'current' || (reportYear !== null && b.year === reportYear)));
    return ofReport.length === 1 ? { headerAt, col: ofReport[0].c } : undefined;
  }
  return undefined;
}
/** A budget column's words after its year: 预算数 / 预算 / 预算安排数, with its unit. */
const BUDGET_COLUMN = /^预算(?:安排)?数?(?:\((?:万元|元|亿元)\))?$/;
/** An account's column words after its year (2023年决算数): another year's spending beside the budgets. */
const ACCOUNTS_COLUMN = /^决算数?(?:\((?:万元|元|亿元)\))?$/;

/**
 * A budget table's 收入预算合计 where the same table budgets a carry-in (上年结转 not zero): it may count the
 * carry-in in, and is no income.total (LABELS.md convention 4); 本年收入合计 counts none.
 */
function withoutCarriedInTotal(found: Found[], from: number, sideTotals: ReadonlySet<number>): void {
  const carryIn = found.slice(from).some((f) => f.key === 'income.carryIn' && !new Decimal(f.value).isZero());
  if (!carryIn) return;
  for (let i = found.length - 1; i >= from; i--) if (sideTotals.has(i)) found.splice(i, 1);
}

/**
 * A budget document's row label (LABELS.md convention 4): every amount is budgeted, so 收入预算合计 / 支出预算合计 /
 * 基本支出预算 name the side's or the class's amount as 收入合计 / 支出合计 / 基本支出 do, and no label is a budget.* figure.
 */
export function budgetRowKey(label: string): string | null {
  const words = label.replace(/[\s:]/g, '').replace(ROW_LABEL_LEAD, '');
  const budgeted = budgetedAmount(words, '万元');
  const key = budgeted && budgeted.prefix === '' ? budgeted.wording.key : rowLabelKey(label);
  return key && !key.startsWith('budget.') ? key : null;
}

/** A table's total row: 合计 / 总计 as its first filled cell. */
const TOTAL_FIRST_CELL = /^(?:合计|总计)$/;
/**
 * A funding line's table title, or the text above one: a budget a unit's funding lines come from (isLineBudget),
 * by any of its names, or the appropriation's spending (财政拨款支出, 财政拨款收入支出).
 */
export const FUND_TABLE = new RegExp(`${fundNames(isLineBudget)}|财政拨款(?:收入)?支出`);
/** The keys a column table may state: the department's income and spending parts, never a budget's. */
const COLUMN_KEYS = /^(?:income|expense|carryover)\./;
/**
 * A column header that names no figure but the row's whole: 合计, 预算合计, 总计 (with its unit, 合计(万元)), or 小计 under a
 * group header ("本年支出" over 小计 | 基本支出 | 项目支出); each reader proves the column by the row's sum.
 */
const BARE_TOTAL_HEADER = /^(?:预算)?(?:合计|总计|小计)(?:\((?:万元|元|亿元)\))?$/;

/**
 * The key of a budget document's bare 合计 column (支出预算表: 科目名称 | 合计 | 基本支出 | 项目支出; 收入预算表:
 * 科目名称 | 合计 | 财政拨款收入 | 其他收入): the side's budgeted total (LABELS.md convention 4) when the 合计 row
 * proves it, the total being the sum of the row's other amounts (基本支出 + 项目支出 for spending, every source
 * for income). An income total with a carry-in in it (上年结转 not zero) is no income.total; a table of one
 * class (基本支出预算表: 合计 | 人员经费 | 公用经费) does not sum as the split by nature, and reads nothing.
 */
function budgetedTotalKey(keys: (string | null)[], totalRow: string[], c: number): string | null {
  const amountOf = (k: string) => {
    const at = keys.indexOf(k);
    const n = at < 0 ? null : cellNumber(totalRow[at] ?? '');
    return n && n.unit !== '%' ? new Decimal(n.value) : null;
  };
  const total = cellNumber(totalRow[c] ?? '');
  if (!total || total.unit === '%') return null;
  const filled = keys.filter((k): k is string => !!k);
  if (filled.every((k) => k.startsWith('expense.'))) {
    const basic = amountOf('expense.basic');
    const project = amountOf('expense.project');
    return basic && project && basic.plus(project).equals(total.value) ? 'expense.total' : null;
  }
  if (!filled.every((k) => k.startsWith('income.') && k !== 'income.total' && k !== 'income.grandTotal')) return null;
  const carryIn = amountOf('income.carryIn');
  if (carryIn && !carryIn.isZero()) return null;
  const parts = totalRow
    .slice(c + 1)
    .filter((t) => t)
    .map((t) => cellNumber(t));
  if (parts.some((n) => !n || n.unit === '%')) return null;
  const sum = sumOf(parts.map((n) => n?.value ?? 0));
  return parts.length >= 2 && sum.equals(total.value) ? 'income.total' : null;
}

/** The first header cell of a table whose rows are units ("单位名称 | 本年收入合计 | …"): each row one unit's. */
const UNIT_NAME_HEAD = /^(?:预算)?(?:单位|部门)(?:名称)?$/;
/** The label of a column table's one row of amounts that says only that they are amounts: 金额, 金额(万元), 决算数, 本年. */
const AMOUNTS_ROW_LABEL = /^(?:金额|数额|决算数?|本年度?(?:决算数?)?)(?:\((?:万元|元|亿元)\))?$/;

/**
 * A unit's row of a table by column adds up: its 本年收入合计 is the sum of its other income columns (a carry-in among
 * them, not zero, makes it none), or its 本年支出合计 the sum of its other spending columns, two parts at least. `amounts`
 * are the row's cells by column (null where no amount).
 */
function rowAddsUp(keys: (string | null)[], amounts: (string | null)[]): boolean {
  for (const side of ['income', 'expense'] as const) {
    const totalAt = keys.indexOf(`${side}.total`);
    if (totalAt < 0 || amounts[totalAt] === null) continue;
    const parts = keys.flatMap((k, c) =>
      k?.startsWith(`${side}.`) && c !== totalAt && k !== 'income.grandTotal' && k !== 'expense.grandTotal' ? [c] : [],
    );
    if (parts.some((c) => keys[c] === 'income.carryIn' && amounts[c] !== null && !new Decimal(amounts[c] ?? 0).isZero())) return false;
    const stated = parts.filter((c) => amounts[c] !== null);
    return stated.length >= 2 && sumOf(stated.map((c) => amounts[c] ?? 0)).equals(amounts[totalAt] ?? 0);
  }
  return false;
}

/**
 * Department tables that state figures by column (收入决算表: 本年收入合计 | 财政拨款收入 | … | 其他收入;
 * 支出决算表: 合计 | 基本支出 | 项目支出): a header row with at least two figure wordings in full, and
 * the table's 合计 row below it, of the same width, gives each wording's column its amount. A bare 合计
 * column names no figure, and budget columns are the budget tables' (readBudgetTables).
 */
export function extractColumnTables(doc: Document, segments: Segment[], budgetDocument = false): Found[] {
  const out: Found[] = [];
  for (const [blockIndex, block] of doc.blocks.entries()) {
    if (block.type !== 'table' || block.rows.length < 2) continue;
    const texts = matchedCells(block);
    if (texts.some((row) => row.some((t) => OTHER_TABLES.test(t)))) continue;
    const keysOf = (row: string[]) =>
      row.map((t) => (t && !cellNumber(t) ? rowLabelKey(t) : null)).map((k) => (k && COLUMN_KEYS.test(k) ? k : null));
    const headerAt = texts.findIndex((row) => {
      const keys = keysOf(row).filter((k): k is string => !!k);
      return keys.length >= 2 && new Set(keys).size === keys.length;
    });
    if (headerAt < 0) continue;
    const header = texts[headerAt];
    const keys = withSubColumns(header, texts[headerAt + 1], keysOf);
    // (the sub-columns' row may open with 合计 too: the total row is the first that states an amount)
    const totalRowAt = texts.findIndex(
      (row, r) =>
        r > headerAt && row.length === header.length && TOTAL_FIRST_CELL.test(row.find((t) => t) ?? '') && row.some((t) => cellNumber(t)),
    );
    // "单位名称 | 本年收入合计 | 财政拨款收入 | …" over one unit's row and no 合计: that row is the unit's whole, where it adds up;
    // so is the one row of amounts under the wordings alone ("本年收入合计 | 财政拨款收入 | 其他收入" over "1500 | 1400 | 100"),
    // or labelled as the amounts they are ("项目 | 本年收入合计 | …" over "金额 | 1500 | …")
    const unitRows = texts.slice(headerAt + 1).filter((row) => row.some((t) => cellNumber(t)));
    const onlyRowLabel = (row: string[]) => !row[0] || !!cellNumber(row[0]) || AMOUNTS_ROW_LABEL.test(row[0].replace(/\s/g, ''));
    const onlyUnitAt =
      totalRowAt < 0 && unitRows.length === 1 && (UNIT_NAME_HEAD.test(header[0]?.replace(/\s/g, '') ?? '') || onlyRowLabel(unitRows[0]))
        ? texts.indexOf(unitRows[0])
        : -1;
    const totalAt =
      onlyUnitAt >= 0 &&
      rowAddsUp(
        keys,
        texts[onlyUnitAt].map((t) => cellNumber(t)?.value ?? null),
      )
        ? onlyUnitAt
        : totalRowAt;
    if (totalAt < 0) continue;
    const before = textAbove(doc, blockIndex);
    // "一般公共预算财政拨款支出决算表" has the same columns, for one funding line's spending only: its 合计 is that
    // line's spending, the rest is not the unit's
    if (FUND_TABLE.test(before.join(' '))) {
      out.push(...generalPublicTotal(before, header, keys, texts[totalAt], block.id, segments, totalAt));
      continue;
    }
    // (the one row's label may say it too: "金额(元)")
    const unit = declaredUnit([
      ...texts.slice(0, headerAt + 1).flat(),
      ...(totalAt === onlyUnitAt ? [texts[totalAt][0] ?? ''] : []),
      ...before,
    ]);
    // a budget document's bare 合计 column is its side's budgeted total, as the 合计 row's sum says
    const bareTotal = budgetDocument ? header.findIndex((t, c) => c > 0 && BARE_TOTAL_HEADER.test(t)) : -1;
    if (bareTotal > 0 && !keys[bareTotal]) keys[bareTotal] = budgetedTotalKey(keys, texts[totalAt], bareTotal);
    keys.forEach((key, c) => {
      const n = cellNumber(texts[totalAt][c] ?? '');
      const seg = segmentAt(segments, block.id, totalAt, c);
      if (!key || !n || n.unit === '%' || !seg) return;
      out.push({ key, value: n.value, unit: n.unit || unit, rule: `table/columns/${key}`, segment: seg, start: 0, end: seg.text.length });
    });
  }
  return out;
}

/**
 * A table whose rows are all the department's spending by nature, 基本支出 and 项目支出 both among them, and no total
 * row ("项目 | 预算数 | 执行数" over 基本支出 | 项目支出): each row is its class's spending, as under a total.
 */
function byNatureOnly(table: BudgetTable): boolean {
  const natures = table.rows.map((r) => natureOf(r.label));
  return natures.every(Boolean) && [...BY_NATURE].every((k) => natures.includes(k));
}

/** The two classes a department's spending splits into, whatever splits them further. */
const BY_NATURE = new Set(['expense.basic', 'expense.project']);

/** A sub-column that is its group's whole: 本年支出 over 合计 | 基本支出 | 项目支出. */
const GROUP_WHOLE = /^(?:合计|小计)$/;

/**
 * The keys of a column table's header whose group cells split into sub-columns in the row below (本年收入合计 | … |
 * 本年支出 | | over | … | 合计 | 基本支出 | 项目支出, as a merged header comes out of a copy): a sub-column takes its own
 * key, its group's 合计 the group's key, and a column with nothing below keeps its header's. The row below is a
 * sub-header only when it states no amount and each of its words is a figure's or a group's 合计.
 */
function withSubColumns(header: string[], below: string[] | undefined, keysOf: (row: string[]) => (string | null)[]): (string | null)[] {
  const keys = keysOf(header);
  if (!below || below.length !== header.length || !below.some((t) => t)) return keys;
  const subKeys = keysOf(below);
  if (!below.every((t, c) => !t || (!cellNumber(t) && (GROUP_WHOLE.test(t) || subKeys[c])))) return keys;
  return header.map((_, c) => {
    if (!below[c]) return keys[c];
    if (!GROUP_WHOLE.test(below[c])) return subKeys[c];
    let group = c;
    while (group > 0 && !header[group]) group--;
    return keys[group];
  });
}

/** A group header of a “三公” table: 预算数 / 决算数, of a year or none. */
const MEASURE_GROUP = /^(?:(\d{4})年度?)?(预算|决算)数?$/;

/**
 * The national “三公” table with grouped headers: 预算数 over 合计 | 因公出国(境)费 | 公务用车购置及运行费 |
 * 公务接待费, then 决算数 over the same, and one row of all the amounts. Each group's 合计 column is the
 * “三公” total budgeted or spent (the report year's, where the group names a year).
 */
export function extractThreePublicGroups(doc: Document, segments: Segment[], year: number | null): Found[] {
  const out: Found[] = [];
  for (const [blockIndex, block] of doc.blocks.entries()) {
    if (block.type !== 'table' || block.rows.length < 3) continue;
    const texts = matchedCells(block);
    const before = textAbove(doc, blockIndex);
    if (!THREE_PUBLIC.test([...before, ...texts.flat()].join(' '))) continue;
    const groupAt = texts.findIndex((row) => row.filter((t) => MEASURE_GROUP.test(t)).length >= 2);
    if (groupAt < 0) continue;
    // the items over the measures (合计 | | 因公出国(境)费 | … over 预算数 | 决算数 | 预算数 | 决算数 …)
    const itemsFirst = texts.findIndex((row, r) => r < groupAt && row.includes('合计'));
    if (itemsFirst >= 0) {
      out.push(...measuresUnderItems(texts, itemsFirst, groupAt, block.id, segments, year, before));
      continue;
    }
    const itemAt = texts.findIndex((row, r) => r > groupAt && row.includes('合计'));
    const valuesAt = texts.findIndex((row, r) => r > itemAt && row.filter((t) => cellNumber(t)).length * 2 >= row.length);
    if (itemAt < 0 || valuesAt < 0) continue;
    const group = texts[groupAt];
    const unit = (UNIT_DECLARATION.exec([...before, ...texts.slice(0, valuesAt).flat()].join(' '))?.[1] as Unit | undefined) ?? '万元';
    texts[itemAt].forEach((t, c) => {
      if (t !== '合计' || texts[valuesAt].length !== group.length) return;
      let g = c;
      while (g > 0 && !group[g]) g--;
      const m = MEASURE_GROUP.exec(group[g] ?? '');
      if (!m || (m[1] && year !== null && Number(m[1]) !== year)) return;
      const n = cellNumber(texts[valuesAt][c] ?? '');
      const seg = segmentAt(segments, block.id, valuesAt, c);
      if (!n || n.unit === '%' || !seg) return;
      const key = m[2] === '决算' ? 'threePublic.total' : 'threePublic.budget';
      out.push({ key, value: n.value, unit: n.unit || unit, rule: `table/groups/${key}`, segment: seg, start: 0, end: seg.text.length });
    });
  }
  return out;
}

/**
 * The grouped “三公” table the other way up: the items over the measures ("合计 | | 因公出国(境)费 | | 公务用车购置及运行费 |
 * … | 公务接待费 |" over "预算数 | 决算数 | 预算数 | 决算数 | …"), then one row of all the amounts. The 合计's columns
 * (from its cell to the next item's) hold the “三公” total budgeted and spent, each named by the measure under it (the
 * report year's, where it names a year); the items' columns are left to the prose, whose sentences state them.
 */
function measuresUnderItems(
  texts: string[][],
  itemAt: number,
  groupAt: number,
  blockId: string,
  segments: Segment[],
  year: number | null,
  before: string[],
): Found[] {
  const out: Found[] = [];
  const valuesAt = texts.findIndex((row, r) => r > groupAt && row.filter((t) => cellNumber(t)).length * 2 >= row.length);
  const items = texts[itemAt];
  const group = texts[groupAt];
  const values = texts[valuesAt];
  if (valuesAt < 0 || values.length !== group.length) return out;
  const unit = (UNIT_DECLARATION.exec([...before, ...texts.slice(0, valuesAt).flat()].join(' '))?.[1] as Unit | undefined) ?? '万元';
  const from = items.indexOf('合计');
  let to = from + 1;
  while (to < items.length && !items[to]) to++;
  for (let c = from; c < to; c++) {
    const m = MEASURE_GROUP.exec(group[c] ?? '');
    if (!m || (m[1] && year !== null && Number(m[1]) !== year)) continue;
    const n = cellNumber(values[c] ?? '');
    const seg = segmentAt(segments, blockId, valuesAt, c);
    if (!n || n.unit === '%' || !seg) continue;
    const key = m[2] === '决算' ? 'threePublic.total' : 'threePublic.budget';
    out.push({ key, value: n.value, unit: n.unit || unit, rule: `table/groups/${key}`, segment: seg, start: 0, end: seg.text.length });
  }
  return out;
}

/** The label column's header of a “三公” table whose columns are its items: "“三公”经费项目", "三公经费支出". */
const THREE_PUBLIC_ITEM_HEADER = new RegExp(String.raw`${THREE_PUBLIC_FUNDS}(?:支出)?(?:项目|科目)?$`);
/** How far below its header a transposed “三公” table's measure rows may sit (item headers, 行次, numbers). */
const TRANSPOSED_REACH = 80;
/** Header cells under or beside the “三公” items that are no item of their own: the vehicle group's 小计, the row-number column. */
const ITEM_SUBHEADER = /^(?:小计|行次|栏次)$/;
/** A row-number cell under 行次 (1, 2, 3 …): no amount. */
const LINE_NUMBER = /^\d{1,2}$/;

/**
 * Where a transposed “三公” table's header ends: past the item columns after its 合计 (sub-item headers,
 * 小计, blank cells) and a 行次 row of line numbers, at the first row's label.
 */
function itemHeaderEnd(tokens: Token[], from: number): number {
  let k = from;
  const text = (t: Token) => t.text.replace(/\s/g, '');
  while (k < tokens.length && (text(tokens[k]) === '' || threePublicItemKey(text(tokens[k])) || ITEM_SUBHEADER.test(text(tokens[k])))) {
    if (/^(?:行次|栏次)$/.test(text(tokens[k]))) while (k + 1 < tokens.length && LINE_NUMBER.test(text(tokens[k + 1]))) k++;
    k++;
  }
  return k;
}

/**
 * The “三公” table laid on its side: the items are the columns ("三公经费项目 (or 项目) | 合计 | 因公出国(境)费 |
 * 公务用车购置及运行费 | … | 公务接待费") and each row one measure ("2023年度预算数 | 5.20 | 0.00 | …",
 * "2023年度决算数 | 4.80 | …", "2022年度决算数 | …"), as a copy one cell per line gives it. The 合计
 * column comes first, so a measure row's first value is the “三公” total it budgets or spends, read
 * for the report year's rows only (another year's 决算数 is last year's spending; a row of no year is
 * the report's).
 */
export function extractTransposedThreePublic(tokens: Token[], reportYear: number | null): Found[] {
  const out: Found[] = [];
  tokens.forEach((t, i) => {
    if (nextFilled(tokens, i + 1)?.text.replace(/\s/g, '') !== '合计') return;
    // the label column named for the “三公” funds, or a bare 项目 whose columns are the “三公” items
    const items = tokens.slice(i + 2, i + 8).filter((c) => threePublicItemKey(c.text.replace(/\s/g, ''))).length;
    if (!THREE_PUBLIC_ITEM_HEADER.test(t.text.replace(/\s/g, '')) && !(/^(?:项目|科目)$/.test(t.text.trim()) && items >= 2)) return;
    const unit = unitNear(tokens, Math.max(0, i - 3), i) ?? (UNIT_DECLARATION.exec(t.text)?.[1] as Unit | undefined) ?? '万元';
    const rows: { measure: string; year: number | null; value: Token; at: number }[] = [];
    for (let k = i + 2; k < Math.min(tokens.length - 1, i + TRANSPOSED_REACH); k++) {
      const m = MEASURE_GROUP.exec(tokens[k].text.replace(/\s/g, ''));
      const value = tokens[k + 1];
      if (m && value.text !== '' && cellNumber(value.text)) rows.push({ measure: m[2], year: m[1] ? Number(m[1]) : null, value, at: k });
    }
    // one row alone may be a sentence's figure below some other table; a table has a row per measure,
    // or its one row right below the item headers ("项目 | 合计 | 因公出国(境)费 | … | 决算数 | 10.50 | …")
    if (rows.length < 2 && !(rows.length === 1 && rows[0].at === itemHeaderEnd(tokens, i + 2))) return;
    for (const row of rows) {
      if (row.year !== null && row.year !== reportYear) continue;
      const n = cellNumber(row.value.text);
      if (!n || n.unit === '%') continue;
      const key = row.measure === '决算' ? 'threePublic.total' : 'threePublic.budget';
      out.push({
        key,
        value: n.value,
        unit: n.unit || unit,
        rule: `table/transposed/${key}`,
        segment: row.value.segment,
        start: row.value.start,
        end: row.value.end,
      });
    }
  });
  return out;
}

/** How many 预算数 / 决算数 pairs a paired “三公” table may have: 合计, the three items, the vehicle's 小计 and two parts. */
const PAIRS_MAX = 8;

/**
 * The national “三公” 决算表 flattened, its items over pairs of columns: "合计 | 因公出国(境)费 | 公务用车购置及运行费 |
 * 公务接待费 | 小计 | 公务用车购置费 | 公务用车运行费", then "预算数 | 决算数" once per column, then the values in the
 * same order, the 合计's pair first (a copy one cell per line, or the cells run into one line). The header's nesting
 * is lost, and so may be the blank cells among the values; what the sums prove is read: the first pair is the 合计
 * when, in both its columns, it is the sum of the other pairs, or that sum less one pair (the vehicle's 小计, counted
 * beside its parts). Its 决算数 is the “三公” total spent, its 预算数 their budget.
 */
export function extractPairedThreePublic(tokens: Token[]): Found[] {
  const out: Found[] = [];
  const text = (t: Token | undefined) => t?.text.replace(/\s/g, '') ?? '';
  for (let i = 0; i < tokens.length; i++) {
    if (text(tokens[i]) !== '合计') continue;
    let k = i + 1;
    let items = 0;
    while (k < tokens.length && (text(tokens[k]) === '' || threePublicItemKey(text(tokens[k])) || ITEM_SUBHEADER.test(text(tokens[k])))) {
      if (threePublicItemKey(text(tokens[k]))) items++;
      k++;
    }
    if (items < 2) continue;
    let pairs = 0;
    while (text(tokens[k]) === '预算数' && text(nextFilled(tokens, k + 1)) === '决算数') {
      pairs++;
      k = nextFilledAt(tokens, k + 1) + 1;
      while (k < tokens.length && text(tokens[k]) === '') k++;
    }
    if (pairs < 2 || pairs > PAIRS_MAX) continue;
    const values: { token: Token; value: Decimal; unit: Unit }[] = [];
    for (; k < tokens.length && values.length < pairs * 2; k++) {
      if (text(tokens[k]) === '') continue;
      const n = cellNumber(tokens[k].text);
      if (!n || n.unit === '%') break;
      values.push({ token: tokens[k], value: new Decimal(n.value), unit: n.unit || '' });
    }
    if (values.length < 4 || values.length % 2 !== 0) continue;
    const column = (c: 0 | 1) => values.filter((_, j) => j % 2 === c).map((v) => v.value);
    if (!pairsAddUp(column(0), column(1))) continue;
    const unit = unitNear(tokens, Math.max(0, i - 4), i) ?? '万元';
    const found = (key: string, v: (typeof values)[number]): Found => ({
      key,
      value: v.token.text.replace(/[,\s]/g, '').replace(/(?:万元|亿元|元)$/, ''),
      unit: v.unit || unit,
      rule: `table/paired/${key}`,
      segment: v.token.segment,
      start: v.token.start,
      end: v.token.end,
    });
    out.push(found('threePublic.budget', values[0]), found('threePublic.total', values[1]));
  }
  return out;
}

/**
 * Whether the two columns of a paired “三公” table sum the same way: the 合计 equals the other pairs' sum in both, or that
 * sum less the same pair in both (the subtotal counted beside its parts).
 */
function pairsAddUp(budget: Decimal[], spent: Decimal[]): boolean {
  const sum = (xs: Decimal[]) => xs.slice(1).reduce((a, b) => a.plus(b), new Decimal(0));
  if (sum(budget).equals(budget[0]) && sum(spent).equals(spent[0])) return true;
  return budget.slice(1).some(
    (x, j) =>
      sum(budget).minus(x).equals(budget[0]) &&
      sum(spent)
        .minus(spent[j + 1])
        .equals(spent[0]),
  );
}

/** The first header of a declaration form's funds block: 预算支出总额 (a narrow cell wraps it: "预算支出" | "总额"). */
const DECLARED_TOTAL_HEADER = /^(?:预算支出|支出预算)(?:总额|合计)$/;
/** How many cells the funds block's values may take: the total, then each part's 合计 and its funding columns. */
const DECLARED_VALUES = 9;

/**
 * The funds block of a 部门整体支出绩效目标申报表, one cell per line: "预算支出总额 | 基本支出 | 项目支出", the
 * funding columns under each part (合计 | 财政拨款 | 专户资金 | 单位资金), then the values with the blank cells
 * dropped ("1695.55 | 1478.75 | 1478.75 | 216.80 | 216.80"), so a value's column is lost. What the sums
 * decide is read: the total first, 基本支出's 合计 right after it, and 项目支出's 合计 the first later value
 * that makes up the total with it. A budget document's budgeted spending (LABELS.md convention 4).
 */
export function extractDeclaredSpending(tokens: Token[]): Found[] {
  for (let i = 0; i < tokens.length; i++) {
    const joined = tokens[i].text + (tokens[i + 1]?.text ?? '');
    const width = DECLARED_TOTAL_HEADER.test(tokens[i].text) ? 1 : DECLARED_TOTAL_HEADER.test(joined) ? 2 : 0;
    if (!width) continue;
    const parts = tokens.slice(i + width, i + width + 2).map((t) => t.text.replace(/\s/g, ''));
    if (parts[0] !== '基本支出' || parts[1] !== '项目支出') continue;
    let k = i + width + 2;
    while (k < tokens.length && tokens[k].text !== '' && !cellNumber(tokens[k].text) && tokens[k].text.length <= 6) k++;
    const values: { token: Token; value: string; unit: Unit }[] = [];
    for (; k < tokens.length && values.length < DECLARED_VALUES; k++) {
      if (tokens[k].text === '') continue;
      const n = cellNumber(tokens[k].text);
      if (!n || n.unit === '%') break;
      values.push({ token: tokens[k], value: n.value, unit: n.unit || '万元' });
    }
    if (values.length < 3) continue;
    const [total, basic] = values;
    const project = values.slice(2).find((v) => new Decimal(basic.value).plus(v.value).equals(total.value));
    if (!project) continue;
    const unit = unitNear(tokens, Math.max(0, i - 3), i) ?? '万元';
    const found = (key: string, v: (typeof values)[number]): Found => ({
      key,
      value: v.value,
      unit: cellNumber(v.token.text)?.unit || unit,
      rule: `table/declared/${key}`,
      segment: v.token.segment,
      start: v.token.start,
      end: v.token.end,
    });
    return [found('expense.total', total), found('expense.basic', basic), found('expense.project', project)];
  }
  return [];
}

/** A table row label is a figure only when it is a department-level wording in full ("基本支出", not "社会保障和就业支出"). */
export function rowLabelKey(label: string): string | null {
  const m = matchWording(label.replace(/[\s:]/g, '').replace(ROW_LABEL_LEAD, ''), '万元');
  return m && m.prefix === '' && m.wording.measure !== 'rate' ? m.wording.key : null;
}

/** The amount a row table's cell states for `key` (none for a rate, or a cell that is no number), in the table's unit unless it states its own. */
function amountInCell(key: string | null, cell: Token, unit: Unit, reader: string): Found[] {
  const n = cellNumber(cell.text);
  if (!key || !n || n.unit === '%') return [];
  return [
    { key, value: n.value, unit: n.unit || unit, rule: `table/${reader}/${key}`, segment: cell.segment, start: cell.start, end: cell.end },
  ];
}

/** How many funding-source columns a transposed project table may have before its 合计 (中央 | 省 | 市 | 县 | 其他). */
const SOURCE_COLUMNS_MAX = 8;

/**
 * One funding level as a header names it, for headers a copy ran together ("中央省、地本级其他合计"); 本级 stands
 * alone there, since "省、地本级" is two columns (a 市本级 column reads as two, and its row then proves nothing).
 */
const LEVEL_WORD = '(?:中央|上级|本级|其他|其它|自筹|(?:省|市|县|区|州|地)(?:[、,/](?:省|市|县|区|州|地))*级?)(?:财政)?(?:资金)?';
const LEVELS_THEN_TOTAL = new RegExp(`^(?:${LEVEL_WORD}){2,${SOURCE_COLUMNS_MAX}}合计$`);
const TOTAL_THEN_LEVELS = new RegExp(`^合计(?:${LEVEL_WORD}){2,${SOURCE_COLUMNS_MAX}}$`);
const LEVEL_WORDS = new RegExp(LEVEL_WORD, 'g');

/**
 * The header row of funds by source across, after the label column's head at `i`: the sources and their 合计, first
 * or last, one a cell (blank merged cells among them), or run together in the head's own cell by a copy with
 * spaces ("项目资金(万元) 中央省、地本级其他合计"). Its width counts the cells after the head; `next` is the first row's.
 */
function sourceHeader(tokens: Token[], i: number): { width: number; totalAt: number; next: number } | null {
  const glued = tokens[i].text.replace(/\s/g, '');
  for (let cut = Math.max(0, glued.length - 40); cut < glued.length; cut++) {
    const run = glued.slice(cut);
    if (!LEVELS_THEN_TOTAL.test(run) && !TOTAL_THEN_LEVELS.test(run)) continue;
    // (the head before the run ends its own words: "项目资金(万元)", not "…资金" of a level cut in two)
    if (cut > 0 && !/[)\s]$|(?:资金|来源|项目|万元)$/.test(glued.slice(0, cut))) continue;
    const width = (run.replace(/合计/, '').match(LEVEL_WORDS) ?? []).length + 1;
    return { width, totalAt: run.startsWith('合计') ? 1 : width, next: i + 1 };
  }
  let k = i + 1;
  let sources = 0;
  let totalAt = 0;
  while (k < tokens.length && k - i <= SOURCE_COLUMNS_MAX + 2) {
    const cell = tokens[k].text.replace(/\s/g, '');
    if (cell === '合计' && !totalAt) totalAt = k - i;
    // (by level, 中央 | 省级 | 本级, or by funding line, 财政拨款 | 上年结转资金 | 其他资金: the sources the 合计 sums)
    else if (LEVEL_SOURCE_ROW.test(cell) || refusal(cleanName(cell) || cell) === 'funding source') sources++;
    else if (cell !== '') break;
    k++;
  }
  return sources >= 2 && totalAt ? { width: k - i - 1, totalAt, next: k } : null;
}

/**
 * The 合计 cell of a row of funds by level that lost its blank cells (a copy one cell a line, or with spaces): where
 * the cells are no longer under their headers, the 合计, first or last, is the one that is the sum of the others.
 * A rate row proves nothing by sums: it is read with all its cells, or with as many as a money row proven above it
 * (the same blank cells lost), at the same place.
 */
function summedTotal(cells: Token[], totalAt: number, width: number): number | null {
  const filled = cells.filter((c) => c.text !== '');
  const numbers = filled.map((c) => cellNumber(c.text));
  if (filled.length < 3 || filled.length >= width || numbers.some((n) => !n || n.unit === '%')) return null;
  const at = totalAt === 1 ? 0 : totalAt === width ? filled.length - 1 : -1;
  if (at < 0) return null;
  const sum = sumOf(numbers.filter((_, k) => k !== at).map((n) => n?.value ?? '0'));
  return sum.equals(numbers[at]?.value ?? 'NaN') ? at : null;
}

/**
 * A project form that runs its funds by level across and its measures down (Hubei: "项目资金(万元) | 中央 | 省、地 |
 * 本级 | 其他 | 合计" over "年初预算数 | 20 | 10 | 30 | 0 | 60", "全年预算数 | …", "全年执行数 | …", "执行率 | …"): each
 * measure row's 合计 cell is the project's figure. A row is read only when it has as many cells as the header
 * (blank ones included), so the 合计 cell is the one under 合计; two measure rows at least make the table.
 */
export function extractTransposedSources(tokens: Token[]): Found[] {
  const out: Found[] = [];
  const label = (t: Token | undefined) => !!t && t.text !== '' && !isValueToken(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!label(tokens[i]) || headerOf(tokens[i].text)) continue;
    const header = sourceHeader(tokens, i);
    if (!header) continue;
    const { width, totalAt } = header;
    const k = header.next;
    const unit = unitNear(tokens, Math.max(0, i - 3), i + 1) ?? '万元';
    const rows: Found[] = [];
    let proven: { count: number; at: number } | null = null;
    let r = k;
    while (r < tokens.length) {
      while (r < tokens.length && tokens[r].text === '') r++;
      const column = r < tokens.length ? headerOf(tokens[r].text) : null;
      const key = column ? DOCUMENT_COLUMN[column] : undefined;
      if (!key) break;
      let end = r + 1;
      while (end < tokens.length && end - r <= width && isValueToken(tokens[end].text)) end++;
      const filled = tokens.slice(r + 1, end).filter((c) => c.text !== '');
      const summed = end - r - 1 === width || column === 'rate' ? null : summedTotal(filled, totalAt, width);
      if (summed !== null) proven = { count: filled.length, at: summed };
      const cell =
        end - r - 1 === width
          ? tokens[r + totalAt]
          : summed !== null
            ? filled[summed]
            : column === 'rate' && proven?.count === filled.length
              ? filled[proven.at]
              : null;
      const n = cell ? cellNumber(cell.text) : null;
      if (cell && n && (column === 'rate' ? n.unit === '%' : n.unit !== '%'))
        rows.push({
          key,
          value: n.value,
          unit: column === 'rate' ? '%' : (n.unit as Unit) || unit,
          rule: `table/transposed-sources/${key}`,
          segment: cell.segment,
          start: cell.start,
          end: cell.end,
        });
      r = end;
    }
    if (rows.length >= 2) out.push(...rows);
    i = Math.max(i, r - 1);
  }
  return out;
}

/**
 * How far above a table's first cells (a label run, a “三公” budget table's 合计) its title may be: the title,
 * the 单位 line, a 项目 / 科目编码 header cell or two.
 */
const TITLE_REACH = 4;

/**
 * The heads of a final-accounts table's label column, on the header's second row under 项目 (功能分类科目编码 | 科目名称,
 * run together where a copy dropped the space between them): they name the rows' codes and names, no column of amounts.
 */
const LABEL_COLUMN_HEADS = /^(?:(?:功能分类|经济分类|支出功能分类)?科目(?:编码|代码|名称)|项目名称)+$/;
/** A header cell that groups the sub-columns below it rather than naming a column: 其中 / 其中:. */
const GROUP_WORD = /^其中[:]?$/;

/**
 * Final accounts flattened with all row labels first and all values after ("本年收入合计 财政拨款收入
 * 事业收入 … 1,842.85 1,842.85 0.00 …"): a run of labels, at least three of them figure wordings,
 * then a run of exactly as many values, paired in order. Any other count is ambiguous and read as nothing.
 */
export function extractLabelRuns(tokens: Token[]): Found[] {
  const out: Found[] = [];
  // a real table's cells are read by its rows: its header cells followed by its first row's values
  // ("本年支出合计 | 基本支出 | 项目支出" over "合计 | 1,200.50 | …") only look like labels then values
  const isLabel = (t: Token) => !!t.text && t.segment.kind !== 'cell' && !isValueToken(t.text) && t.text.length <= 20 && !headerOf(t.text);
  let i = 0;
  while (i < tokens.length) {
    if (!isLabel(tokens[i]) || !rowLabelKey(tokens[i].text)) {
      i++;
      continue;
    }
    const labels: Token[] = [];
    let j = i;
    let values: Token[] = [];
    for (let rows = 0; rows < 2; rows++) {
      for (; j < tokens.length && (isLabel(tokens[j]) || tokens[j].text === ''); j++) if (tokens[j].text) labels.push(tokens[j]);
      values = [];
      for (; j < tokens.length && isValueToken(tokens[j].text); j++) if (tokens[j].text) values.push(tokens[j]);
      // "栏次 1 2 3 …" under the header: the columns' numbers, no amounts; the row after it is the first one
      if (!columnNumbers(labels.at(-1), values)) break;
      labels.pop();
      values = [];
    }
    // a header row with a group over its sub-columns ("收入合计 | 其中: | 上年结转 | … | 其他收入"), then one
    // row: the group's 其中 is no column, and the label right before the values, when it names no figure,
    // is the row's own (the unit's name, 合计); the counts must still agree exactly
    // (the label column's own heads under 项目, "功能分类科目编码 | 科目名称", are no column of values either)
    const columns = labels.filter((l) => !GROUP_WORD.test(l.text.replace(/\s/g, '')) && !LABEL_COLUMN_HEADS.test(cellWords(l)));
    // (so is the unit's name before its one row under a 单位名称 head, where the row adds up: "单位名称 本年收入合计 … 其他收入"
    // over "某县档案馆 463.20 …")
    const unitRow = () =>
      UNIT_NAME_HEAD.test(cellWords(tokens[i - 1])) &&
      rowAddsUp(
        columns.slice(0, -1).map((l) => rowLabelKey(l.text)),
        values.map((v) => cellNumber(cellWords(v))?.value ?? null),
      );
    if (
      columns.length === values.length + 1 &&
      !rowLabelKey(columns[columns.length - 1].text) &&
      (columns.length < labels.length || unitRow())
    ) {
      columns.pop();
    }
    // a header row of wordings, then its total row, a line each ("本年收入合计 财政拨款收入 … 其他收入" over
    // "合计 2,350.00 2,300.00 …"): the total row's 合计 is no column. Under a funding line's title
    // (一般公共预算财政拨款支出决算表) the same columns are that line's, as the column tables read them.
    else if (
      columns.length === values.length + 1 &&
      TOTAL_FIRST_CELL.test(columns[columns.length - 1].text.replace(/\s/g, '')) &&
      !FUND_TABLE.test(
        tokens
          .slice(Math.max(0, i - TITLE_REACH), i)
          .map((t) => t.text)
          .join(' '),
      )
    ) {
      columns.pop();
      labels.pop();
    }
    const keyed = labels.filter((l) => rowLabelKey(l.text)).length;
    if (keyed >= 3 && values.length === columns.length && columns.length < labels.length) {
      const unit = unitNear(tokens, i - 8, i) ?? '万元';
      columns.forEach((label, k) => out.push(...amountInCell(rowLabelKey(label.text), values[k], unit, 'labels-then-values')));
    } else if (keyed >= 3 && values.length === labels.length && !TOTAL_FIRST_CELL.test(simplify(labels[labels.length - 1].text))) {
      // (a bare 合计 right before the values is their row's label, not a column: "财政拨款收入 事业收入 其他收入
      // 合计 7,124,000.00 6,924,000.00 …" has one value more than columns, the 合计 column's, and reads nothing)
      const unit = unitNear(tokens, i - 8, i) ?? '万元';
      labels.forEach((label, k) => out.push(...amountInCell(rowLabelKey(label.text), values[k], unit, 'labels-then-values')));
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A header's row of column numbers ("栏次 1 2 3 … 7"): its label a 栏次 / 行次, its values 1, 2, 3 … in order. */
function columnNumbers(label: Token | undefined, values: Token[]): boolean {
  return (
    !!label && COLUMN_NUMBERS_LABEL.test(cellWords(label)) && values.length > 0 && values.every((v, n) => v.text.trim() === String(n + 1))
  );
}
/**
 * The label of that row: 栏次 / 行次, after the label column's heads where a space-separated copy ran them into it
 * ("科目编码 科目名称 栏次 1 2 3 …" comes out as "科目编码科目名称栏次", the spaces between Chinese words dropped).
 */
const COLUMN_NUMBERS_LABEL = new RegExp(`^(?:${LABEL_COLUMN_HEADS.source.slice(1, -1)})?(?:行次|栏次|行号)$`);

/** A token's words as the budget-table readers match them: simplified characters, no spaces. */
const cellWords = (t: Token | undefined) => simplify(t?.text ?? '').replace(/\s/g, '');

/** The head of a column of project names, as a 项目支出预算表 heads it. */
const PROJECT_NAME_HEAD = /^(?:子?项目名称|项目名称及内容)$/;

/** How many columns a flattened budget table's header may have after its 合计. */
const HEADER_CELLS = 10;
/** A flattened header's cells up to its bare 合计 run into one line ("科目名称合计基本支出项目支出"): the words after it. */
const RUN_TOGETHER_AFTER_TOTAL = /^[\u4e00-\u9fff]{0,8}?(?:合计|总计)([\u4e00-\u9fff]+)$/;

/**
 * A budget document's 支出预算表 / 收入预算表 flattened, one cell per line or space-separated: the header's
 * bare 合计 and the figure columns after it ("合计 | 基本支出 | 项目支出", or run together after 科目名称),
 * then the 合计 row: its label and exactly one value a column. The 合计 is read as its side's budgeted total,
 * and the parts with it, only when the row's values sum as budgetedTotalKey requires, which also proves
 * that no blank cell was dropped (LABELS.md convention 4).
 */
export function extractBudgetedTotalRuns(tokens: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let headers: string[];
    let j: number;
    const runTogether = RUN_TOGETHER_AFTER_TOTAL.exec(cellWords(tokens[i]));
    const words = runTogether ? labelsRunTogether(runTogether[1]) : null;
    if (words) {
      headers = words;
      j = i + 1;
    } else if (BARE_TOTAL_HEADER.test(cellWords(tokens[i]))) {
      // the header's cells up to the first value, a blank cell among them skipped ("其他收入 | | 合计"); the
      // last is the 合计 row's own label
      const cells: number[] = [];
      for (let k = i + 1; k < tokens.length && cells.length <= HEADER_CELLS; k++) {
        const t = cellWords(tokens[k]);
        if (t && isValueToken(t)) break;
        if (t.length > CELL_SIZE) break;
        if (t) cells.push(k);
      }
      j = cells.pop() ?? i;
      headers = cells.map((k) => cellWords(tokens[k]));
    } else continue;
    if (!TOTAL_FIRST_CELL.test(cellWords(tokens[j]))) continue;
    // one value a column; a number after them is the next row's (its 科目编码, 201)
    const values: Token[] = [];
    for (let k = j + 1; k < tokens.length && values.length <= headers.length && cellNumber(cellWords(tokens[k])); k++)
      values.push(tokens[k]);
    if (headers.length < 2 || values.length !== headers.length + 1) continue;
    const keys = [null, ...headers.map((h) => rowLabelKey(h))].map((k) => (k && COLUMN_KEYS.test(k) ? k : null));
    const row = values.map((v) => cellWords(v));
    const totalKey = budgetedTotalKey(keys, row, 0);
    if (!totalKey) continue;
    // "项目名称 | 合计 | 财政拨款 | 其他资金": a 项目支出预算表's projects, their total split by where its money comes from, is
    // no income of the unit's (a 收入预算表 names its rows' column 科目 or 项目, never 项目名称)
    // (the head run into the header's line, "项目名称合计财政拨款其他资金", in a copy that dropped the spaces between words)
    const labelHead = runTogether ? cellWords(tokens[i]).replace(/(?:合计|总计)[\u4e00-\u9fff]+$/, '') : cellWords(tokens[i - 1]);
    if (totalKey.startsWith('income.') && PROJECT_NAME_HEAD.test(labelHead)) continue;
    keys[0] = totalKey;
    const unit = unitNear(tokens, Math.max(0, i - 4), i) ?? '万元';
    keys.forEach((key, c) => out.push(...amountInCell(key, values[c], unit, 'budgeted-total-run')));
    i = j + values.length;
  }
  return out;
}

/** How many cells an 一般公共预算财政拨款支出决算表's header may take before its total column (科目编码 | 科目名称 …). */
const GENERAL_PUBLIC_HEAD_REACH = 4;

/**
 * The 一般公共预算财政拨款支出决算表 flattened, one cell per line or space-separated: its title, a few header cells, the
 * total column's (合计 or 本年支出合计), then 基本支出 | 项目支出 and the 合计 row's label and three amounts. The first
 * is the unit's expense.generalPublic (as generalPublicTotal reads the table) when it is the sum of the other two.
 */
export function extractGeneralPublicRuns(tokens: Token[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = cellWords(tokens[i]).replace(UNIT_AFTER_TITLE, '');
    if (title.length > 40 || !GENERAL_PUBLIC_ACCOUNT_TITLE.test(title)) continue;
    // the unit note's and the header's cells, up to the total column's; or the header's cells run together up to
    // 基本支出项目支出, as a copy that dropped the spaces between Chinese words gives them ("科目编码科目名称小计基本支出项目支出")
    let k = i + 1;
    const runTogether = (t: Token | undefined) => HEADS_RUN_TOGETHER.test(cellWords(t));
    while (
      k < tokens.length &&
      k - i <= GENERAL_PUBLIC_HEAD_REACH + 1 &&
      !TOTAL_COLUMN_HEAD.test(cellWords(tokens[k])) &&
      !runTogether(tokens[k])
    )
      k++;
    const words = [1, 2, 3].map((d) => cellWords(tokens[k + d]));
    const apart = TOTAL_COLUMN_HEAD.test(cellWords(tokens[k])) && words[0] === '基本支出' && words[1] === '项目支出' && words[2] === '合计';
    // (the 合计 row's label after the header's cells, or run into them too: "…基本支出项目支出合计")
    const labelRunIn = runTogether(tokens[k]) && cellWords(tokens[k]).endsWith('项目支出合计');
    const together = runTogether(tokens[k]) && (words[0] === '合计' || labelRunIn);
    if (!apart && !together) continue;
    // (the 合计 row's label, then its three amounts)
    const first = apart ? k + 4 : labelRunIn ? k + 1 : k + 2;
    const values = tokens.slice(first, first + 3);
    const amounts = values.map((v) => cellNumber(cellWords(v)));
    if (amounts.length !== 3 || amounts.some((n) => !n || n.unit === '%')) continue;
    const [total, basic, project] = amounts.map((n) => new Decimal(n?.value ?? 0));
    if (!basic.plus(project).equals(total)) continue;
    const unit = unitNear(tokens, i, k) ?? '万元';
    out.push(...amountInCell('expense.generalPublic', values[0], unit, 'general-public-run'));
    i = first + 2;
  }
  return out;
}
/**
 * The total column's head in an 一般公共预算财政拨款支出决算表: 合计, 本年支出合计 as the unit's own table heads it, or 小计
 * under the group header 本年支出.
 */
const TOTAL_COLUMN_HEAD = /^(?:本年支出)?(?:合计|小计)$/;
/** The same header's cells run together, ending in the total column's and the two it sums ("…科目名称小计基本支出项目支出"). */
const HEADS_RUN_TOGETHER = /(?:合计|小计)基本支出项目支出(?:合计)?$/;

/**
 * The title of a “三公” budget table: "“三公”经费预算表", "2024年一般公共预算“三公”经费预算情况表", and the national
 * template's "一般公共预算“三公”经费支出表", whose 预算 names the fund (never a 决算's).
 */
const THREE_PUBLIC_BUDGET_TITLE = new RegExp(
  String.raw`^(?!.*决算).*(?:${THREE_PUBLIC_FUNDS}[^,。]{0,8}预算|一般公共预算(?:财政拨款)?${THREE_PUBLIC_FUNDS}支出表)`,
);
/** A “三公” table's own title naming no budget and no account: "2015年某局部门“三公”经费情况统计表". */
const THREE_PUBLIC_TABLE_TITLE = new RegExp(String.raw`^(?!.*(?:决算|执行|实际)).*${THREE_PUBLIC_FUNDS}[^,。;:]{0,10}表$`);
/**
 * The title of any table of the “三公” alone, budget or account ("…2016年度“三公”经费预算情况表", "财政拨款“三公”经费支出决算表"):
 * a short line ending on 表 (or on its unit note run on, "…情况表单位:万元"), no sentence. Its rows are the “三公” items, its
 * 合计 / 支出合计 their sum, never the unit's.
 */
const THREE_PUBLIC_TITLE = new RegExp(
  String.raw`^[^,。;:]{0,60}?${THREE_PUBLIC_FUNDS}[^,。;:]{0,12}表(?:\(?单位:(?:万元|元|亿元|千元)\)?)?$`,
);
/** A header cell naming spending (决算数, 执行数, 实际支出): the table is an account, not a budget. */
const SPENDING_HEADER = /决算|执行|实际/;

/**
 * The year of a budget column's header in a “三公” budget table: a year (2024年预算数), 'current' (本年预算数),
 * 'prior' (上年预算数) or null (预算数); undefined where the cell heads no budget column.
 */
function budgetHeaderYear(cell: string): ColumnYear | undefined {
  const { year, rest } = yearOfHeader(cell.replace(ANNOTATION, ''));
  return /^预算数?$/.test(rest) ? year : undefined;
}
/** The total column's head in a “三公” budget table: 合计, or “三公”经费合计. */
const THREE_PUBLIC_TOTAL_HEAD = new RegExp(String.raw`^(?:${THREE_PUBLIC_FUNDS})?合计$`);
/**
 * The total row of a “三公” budget table: 合计 / 总计, or 支出合计 as a county's form heads it ("一、支出合计"), or the
 * “三公” funds named with or without their 合计 ("“三公”经费合计", "“三公”经费", "三公经费支出合计"); the items below must
 * still add up to it.
 */
const THREE_PUBLIC_TOTAL_ROW = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]+、)?(?:${THREE_PUBLIC_FUNDS}(?:支出)?(?:预算)?(?:合计|总计)?|(?:支出)?(?:合计|总计))$`,
);
/** 公务用车购置及运行费's sub-columns under it: 小计, then its purchase and its running. */
const VEHICLE_SUBTOTAL = /^小计$/;

/**
 * A budget document's “三公” budget table, items as columns: "合计 | 因公出国(境)费 | 公务用车购置及运行费 |
 * 公务接待费" and one row of values, in pipe cells or one per line, under a title that names the “三公”
 * budget. The 合计 is the “三公” budget (the document's threePublic.total, convention 4) and each item's
 * value its budget, read only when the items sum to the 合计 (a dropped blank cell, or a table with
 * sub-columns under 公务用车, reads nothing).
 */
export function extractThreePublicBudgetRun(tokens: Token[]): Found[] {
  for (let i = 0; i < tokens.length; i++) {
    if (!THREE_PUBLIC_TOTAL_HEAD.test(cellWords(tokens[i]))) continue;
    const above = tokens.slice(Math.max(0, i - TITLE_REACH), i).map((t) => cellWords(t));
    if (!above.some((t) => THREE_PUBLIC_BUDGET_TITLE.test(t))) continue;
    const items: { key: string }[] = [];
    let k = i + 1;
    for (; k < tokens.length && !cellNumber(cellWords(tokens[k])); k++) {
      // (blank cells after 公务用车购置及运行费 are the span over its sub-columns)
      if (cellWords(tokens[k]) === '' && items.at(-1)?.key === 'threePublic.vehicle') continue;
      const key = threePublicItemKey(cellWords(tokens[k]));
      if (!key) break;
      items.push({ key });
    }
    if (items.length < 2) continue;
    // "公务用车购置及运行费" over "小计 | 公务用车购置费 | 公务用车运行费" (blank cells between, where the header's
    // second row begins): its three sub-columns take its place in the row, 小计 its own amount
    const sub = vehicleSubColumns(tokens, k);
    const vehicleAt = items.findIndex((item) => item.key === 'threePublic.vehicle');
    const leaves = sub && vehicleAt >= 0 ? [...items.slice(0, vehicleAt + 1), ...sub.keys, ...items.slice(vehicleAt + 1)] : items;
    if (sub && vehicleAt >= 0) k = sub.end;
    while (k < tokens.length && cellWords(tokens[k]) === '') k++;
    const values: Token[] = [];
    for (; k < tokens.length && values.length <= leaves.length && cellNumber(cellWords(tokens[k])); k++) values.push(tokens[k]);
    if (values.length !== leaves.length + 1) continue;
    const amounts = values.map((v) => cellNumber(cellWords(v)));
    if (amounts.some((n) => !n || n.unit === '%')) continue;
    const [total, ...parts] = amounts.map((n) => new Decimal(n?.value ?? 0));
    // the items sum to the 合计 (the vehicle's sub-columns are within its 小计, and add up to it)
    const itemSum = sumOf(parts.filter((_, c) => !sub || vehicleAt < 0 || c <= vehicleAt || c > vehicleAt + 2));
    if (!itemSum.equals(total)) continue;
    if (sub && vehicleAt >= 0 && !parts[vehicleAt + 1].plus(parts[vehicleAt + 2]).equals(parts[vehicleAt])) continue;
    const unit = unitNear(tokens, Math.max(0, i - TITLE_REACH), i) ?? '万元';
    return [
      ...amountInCell('threePublic.budget', values[0], unit, 'three-public-budget'),
      ...leaves.flatMap((leaf, c) => amountInCell(`${leaf.key}.budget`, values[c + 1], unit, 'three-public-budget')),
    ];
  }
  return [];
}

/** The vehicle's sub-columns after the items' header cells (blank cells skipped): 小计, then two of its sub-items. */
function vehicleSubColumns(tokens: Token[], from: number): { keys: { key: string }[]; end: number } | null {
  let k = from;
  while (k < tokens.length && k - from < 6 && cellWords(tokens[k]) === '') k++;
  if (!VEHICLE_SUBTOTAL.test(cellWords(tokens[k]))) return null;
  const keys = [cellWords(tokens[k + 1]), cellWords(tokens[k + 2])].map((w) => threePublicItemKey(w));
  if (!keys.every((key) => key === 'threePublic.vehiclePurchase' || key === 'threePublic.vehicleRunning') || keys[0] === keys[1])
    return null;
  return { keys: keys.map((key) => ({ key: key as string })), end: k + 3 };
}

/**
 * A budget document's “三公” budget table, items as rows ("项目 | 预算数", or "项目 | 2023年预算数 | 2024年
 * 预算数 | 增减") under a title that names the “三公” budget: the 合计 row in the budget column (the report
 * year's where columns name years) is the “三公” budget, and each item row its budget, read only when the
 * items sum to the 合计 (LABELS.md convention 4; a 决算 column is not a budget's).
 */
export function extractThreePublicBudgetRows(doc: Document, segments: Segment[], year: number | null): Found[] {
  for (const [blockIndex, block] of doc.blocks.entries()) {
    if (block.type !== 'table' || block.rows.length < 3) continue;
    const texts = matchedCells(block);
    const titles = textAbove(doc, blockIndex).map((t) => t.replace(/\s/g, ''));
    const budgetTitle = titles.some((t) => THREE_PUBLIC_BUDGET_TITLE.test(t));
    if (!budgetTitle && !titles.some((t) => THREE_PUBLIC_TABLE_TITLE.test(t))) continue;
    const headerAt = texts.findIndex((row) => row.some((t) => MONEY_COLUMN.test(t) || budgetHeaderYear(t) !== undefined));
    if (headerAt < 0) continue;
    // "部门“三公”经费情况统计表" over "项目 | 本年预算数": a title naming no budget, in a budget document, over a
    // table of budgets alone states the “三公” budget; a spending column beside them makes it an account
    if (!budgetTitle && texts[headerAt].some((t) => SPENDING_HEADER.test(t))) continue;
    const budgets = texts[headerAt].flatMap((t, c) => {
      const of = budgetHeaderYear(t);
      return of === undefined || of === 'prior' ? [] : [{ c, of }];
    });
    const yearly = budgets.filter((x) => typeof x.of === 'number');
    const col = yearly.length ? yearly.find((x) => year !== null && x.of === year)?.c : budgets.length === 1 ? budgets[0].c : undefined;
    if (col === undefined) continue;
    const rows = texts
      .slice(headerAt + 1)
      .map((row, k) => ({ r: headerAt + 1 + k, label: row.find((t) => t && !cellNumber(t)) ?? '', n: cellNumber(row[col] ?? '') }));
    const total = rows.find((x) => THREE_PUBLIC_TOTAL_ROW.test(x.label));
    // (an item whose budget cell is blank, "因公出国(境)费用 | |", is budgeted nothing: it adds none to the sum)
    const items = rows
      .map((x) => ({ ...x, key: threePublicItemKey(x.label), blank: !(texts[x.r][col] ?? '') }))
      .filter((x) => x.key && x.key !== 'threePublic.vehiclePurchase' && x.key !== 'threePublic.vehicleRunning')
      .filter((x) => !(x.blank && !x.n));
    if (!total?.n || total.n.unit === '%' || items.length < 2 || items.some((x) => !x.n || x.n.unit === '%')) continue;
    const sum = sumOf(items.map((x) => x.n?.value ?? 0));
    if (!sum.equals(total.n.value)) continue;
    const unit = declaredUnit([...texts.slice(0, headerAt + 1).flat(), ...textAbove(doc, blockIndex)]);
    const found = (key: string, r: number, value: string, stated: Unit | '') => {
      const seg = segmentAt(segments, block.id, r, col);
      return seg
        ? [
            {
              key,
              value,
              unit: stated || unit,
              rule: `table/three-public-budget-rows/${key}`,
              segment: seg,
              start: 0,
              end: seg.text.length,
            },
          ]
        : [];
    };
    return [
      ...found('threePublic.budget', total.r, total.n.value, total.n.unit),
      ...items.flatMap((x) => (x.n ? found(`${x.key}.budget`, x.r, x.n.value, x.n.unit) : [])),
    ];
  }
  return [];
}

/** The 收支 table's header run into one line: "项目 行次 金额" (once, or once a side). */
// (the spaces between its Chinese words are gone after normalization: "项目行次金额项目行次金额")
const LINE_NUMBERED_HEADER = /项目\s*(?:行次|栏次)\s*金额(?:\s*项目\s*(?:行次|栏次)\s*金额)?/;
/**
 * A row of it inside that line: a label, its 1-3 digit 行次, an amount as accounts write it (decimals, separators, a dash).
 * A PDF's line that wrapped after an amount loses the space there: the next row's label follows the amount glued
 * ("… 38 0.00八其他收入 8 33.19"), though never a unit.
 */
const LINE_NUMBERED_ROW =
  /(?<=^|\s|\d\.\d\d)([^\s\d|:,;]{2,30})\s+\d{1,3}\s+(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+|[-—–])(?=\s|$|(?![万亿千元])[\u4e00-\u9fff])/g;
/** A list number an OCR copy glued to its label without its 、 ("八其他收入", "一一般公共预算…"). */
const GLUED_LIST_NUMBER = /^[一二三四五六七八九十]{1,2}/;

/**
 * The 收入支出决算总表 copied onto one line, as an OCR of a scanned table gives it: "…金额单位:万元 收入 收入
 * 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 一一般公共预算财政拨款收入 1 4,627.57
 * 一一般公共服务支出 32 0.00 … 八其他收入 8 33.19 …". After the header, each row is a label, its 行次 and
 * its amount, whichever side it stood on; a label that is a department figure's wording in full (with
 * or without its list number) gives its amount, in the unit the line declares before the header.
 */
export function extractLineNumberedRows(segments: Segment[]): Found[] {
  const out: Found[] = [];
  for (const [i, seg] of segments.entries()) {
    if (seg.kind !== 'paragraph') continue;
    const lines = linesOf(seg);
    for (const [l, line] of lines.entries()) {
      const text = seg.text.slice(line.start, line.end);
      const header = LINE_NUMBERED_HEADER.exec(text);
      if (!header) continue;
      // the rows laid out a line each under the header line (pdftotext -layout: "八、其他收入   8   12.00" on a line of
      // its own): read as the rows after the header on its line are, up to the paragraph's end or another header
      const below = lines.slice(l + 1);
      const next = below.findIndex((b) => LINE_NUMBERED_HEADER.test(seg.text.slice(b.start, b.end)));
      const rowLines = [
        { start: line.start + header.index + header[0].length, end: line.end },
        ...(next < 0 ? below : below.slice(0, next)),
      ];
      const above = [
        text.slice(0, header.index),
        // (the 单位 line a line or two above the header, in the same laid-out paragraph)
        ...lines
          .slice(Math.max(0, l - 3), l)
          .map((a) => seg.text.slice(a.start, a.end))
          .reverse(),
        ...segments
          .slice(Math.max(0, i - 3), i)
          .map((s) => s.text)
          .reverse(),
      ];
      // ("财政拨款收入支出决算总表": its 本年收入合计 and carry-over are the fiscal funds', not the unit's)
      if (above.some(fundTableTitle)) continue;
      const declared = above.map((t) => UNIT_DECLARATION.exec(t)?.[1]).find(Boolean) as Unit | undefined;
      for (const row of rowLines)
        for (const m of seg.text.slice(row.start, row.end).matchAll(LINE_NUMBERED_ROW)) {
          const label = m[1];
          // the glued number is one or two numerals, and the label may itself begin with one ("一一般公共预算…")
          const numerals = GLUED_LIST_NUMBER.exec(label)?.[0].length ?? 0;
          const key =
            [0, 1, 2]
              .filter((k) => k <= numerals)
              .map((k) => rowLabelKey(label.slice(k)))
              .find(Boolean) ?? null;
          const at = row.start + (m.index ?? 0) + m[0].length - m[2].length;
          out.push(
            ...amountInCell(key, { text: m[2], segment: seg, start: at, end: at + m[2].length }, declared ?? '万元', 'line-numbered'),
          );
        }
    }
  }
  return out;
}

/**
 * A total row's label and its amount inside a whole table run into one paragraph, as a mirror's copy of
 * a spreadsheet gives it ("…十七、金融支出 5.34 本年收入合计 121.79 上年结转结余 收入总计 121.79"): the
 * amount as accounts write it (two decimals or thousands separators, never a 行次), then no second
 * amount (a row of several columns is ambiguous). A label spread over its cell's width ("本 年 收 入 合 计",
 * the spaces dropped with a PDF's stray ones) runs into the row label before it ("…二十八、债务发行费用支出本年收入
 * 合计 16,745.59"): 本年收入合计 / 本年支出合计 begin a label of their own, whatever precedes them.
 */
const RUN_TOGETHER_TOTAL =
  /((?<=^|[\s\d%])[\u4e00-\u9fff]{2,12}合计|(?<=[\u4e00-\u9fff])本年(?:收入|支出)合计)\s+(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d{2})(?=\s|$)(?!\s+-?[\d,.]+(?:\s|$))/g;
/** The totals such a row may state: the year's income and spending. */
const RUN_TOGETHER_KEYS = new Set(['income.total', 'expense.total']);

/**
 * The year's income and spending totals of a statement flattened into one paragraph with its 单位 line
 * (收支总表单位:万元 … 本年收入合计 121.79 …): the label a total wording in full, its amount right after
 * it, in the unit the paragraph declares. Without a 单位 line in the paragraph the amount has no unit and
 * is not read.
 */
export function extractRunTogetherTotals(segments: Segment[]): Found[] {
  const out: Found[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' || seg.text.includes('|')) continue;
    const unit = UNIT_LINE.exec(seg.text)?.[1] as Unit | undefined;
    if (!unit) continue;
    for (const m of seg.text.matchAll(RUN_TOGETHER_TOTAL)) {
      const key = rowLabelKey(m[1]);
      if (!key || !RUN_TOGETHER_KEYS.has(key)) continue;
      const at = (m.index ?? 0) + m[0].length - m[2].length;
      out.push(...amountInCell(key, { text: m[2], segment: seg, start: at, end: at + m[2].length }, unit, 'run-together-total'));
    }
  }
  return out;
}

/** The heads of a two-column table of labels and amounts (项目 | 金额), run into its first row's label. */
const HEADS_BEFORE_LABEL = /^(?:(?:项目|科目)(?:名称)?|名称)(?:金额|数额)?|^(?:金额|数额)/;

/** A money column's header inside run-together text: 上年决算数, 本年决算数, 2022年预算数, 决算数 … */
const COLUMN_IN_TEXT = /(\d{4}\s*年度?|上年度?|本年度?)?(预算|决算|执行)数/g;

/**
 * The column of a row table to read, from the header words before its first row: the report
 * year's executed column (本年决算数, 2022年决算数 in a 2022 report), or the only column there is.
 * Undefined when the headers do not decide it, or their count is not the rows' width.
 */
function reportColumn(
  headerText: string,
  width: number,
  reportYear: number | null,
  yearHeaderText = headerText,
  budgetDocument = false,
): number | undefined {
  let headers = [...headerText.matchAll(COLUMN_IN_TEXT)];
  if (!headers.length) return width === 1 ? 0 : yearColumn(yearHeaderText, width, reportYear);
  // (the change between the years after their columns, as many as the rows have values left: 2022年决算数 |
  // 2023年决算数 | 增减额 | 增减率, its header reaching further back)
  if (headers.length !== width) headers = withChangeColumns(yearHeaderText, width);
  if (!headers.length) return undefined;
  const ofReport = headers.flatMap((h, c) => {
    const year = h[1] ?? '';
    const current = year === '' || /^本年/.test(year) || (reportYear !== null && Number.parseInt(year, 10) === reportYear);
    // a budget document states what it budgets: its year's budget column too (2023年预算数 | 2024年预算数)
    const stated = /决算|执行/.test(h[2]) || (budgetDocument && /预算/.test(h[2]) && year !== '');
    return current && stated ? [c] : [];
  });
  return ofReport.length === 1 ? ofReport[0] : undefined;
}

/** The report year's 预算数 column of a header of one column per year and measure (2022年决算数 | 2023年预算数 | 2023年决算数). */
function reportBudgetColumn(headerText: string, width: number, reportYear: number | null): number | undefined {
  const headers = [...headerText.matchAll(COLUMN_IN_TEXT)];
  if (reportYear === null || headers.length !== width) return undefined;
  const budget = headers.flatMap((h, c) => (Number.parseInt(h[1] ?? '', 10) === reportYear && /预算/.test(h[2]) ? [c] : []));
  return budget.length === 1 ? budget[0] : undefined;
}

/**
 * The money columns of a header whose change columns follow them (增减额, 增减率 …), when the two counts make the
 * rows' width and every change column stands after the last money column; none otherwise.
 */
function withChangeColumns(headerText: string, width: number): RegExpExecArray[] {
  const headers = [...headerText.matchAll(COLUMN_IN_TEXT)];
  const last = headers.at(-1);
  if (!last) return [];
  const after = (last.index ?? 0) + last[0].length;
  const changes = [...headerText.matchAll(CHANGE_COLUMN)];
  const trailing = changes.length > 0 && changes.every((c) => (c.index ?? 0) >= after);
  return trailing && headers.length + changes.length === width ? headers : [];
}

/**
 * A column of one year's amounts, its header the year alone ("2016年度 | 2017年度 | 增减值 | 增减%"), then the
 * next header, a space or nothing (a title's "2023年度部门决算" names no column).
 */
const BARE_YEAR_COLUMN = new RegExp(String.raw`(\d{4})\s*年度?(?=$|\s|\d{4}\s*年|${CHANGE_WORD}|${CHANGE_WHOLE})`, 'g');
/** A column of the change between two years' columns inside header words written together: 增减值, 增减额, 增减%, 增长率 … */
export const CHANGE_COLUMN = new RegExp(`${CHANGE_WORD}${CHANGE_MEASURE}|${CHANGE_WHOLE}`, 'g');
/** The change columns' words between a header run and the first row's label, written together. */
const CHANGES_BEFORE_LABEL = new RegExp(`^(?:${CHANGE_COLUMN.source})+`);

/**
 * The report year's column of a comparison table whose columns are whole years, then the change
 * between them (医院情况对比表: 项目 | 2016年度 | 2017年度 | 增减值 | 增减%): read only when the year
 * headers, then the change headers, are as many as the rows' values, and one year is the report's.
 */
function yearColumn(headerText: string, width: number, reportYear: number | null): number | undefined {
  if (reportYear === null) return undefined;
  const years = [...headerText.matchAll(BARE_YEAR_COLUMN)];
  const changes = [...headerText.matchAll(CHANGE_COLUMN)];
  if (years.length < 2 || years.length + changes.length !== width) return undefined;
  // the change columns come after the years they compare
  if (changes.some((c) => (c.index ?? 0) < (years[years.length - 1].index ?? 0))) return undefined;
  const ofReport = years.flatMap((y, c) => (Number(y[1]) === reportYear ? [c] : []));
  return ofReport.length === 1 ? ofReport[0] : undefined;
}

/**
 * A column of row numbers: 1, 2, 3 … down the rows (the 行次 of final-accounts tables, copied beside
 * each label while the amounts, their blank cells dropped, came apart from them). No amounts.
 */
function rowNumbers(cells: string[]): boolean {
  if (cells.length < 3 || !cells.every((c) => /^\d{1,3}$/.test(c))) return false;
  // (the header's own cell may open the run: "…行次 栏次 金额 1" before the first row's 1)
  const steps = cells.slice(1).filter((c, n) => Number(c) === Number(cells[n]) + 1).length;
  return steps >= Math.max(2, cells.length - 2);
}

/** How far above a row run its table's 单位 line may be. */
const UNIT_REACH = 5;
/** How many value-less rows (a form's blank rows, their cells dropped) a run of rows may pass over. */
const BLANK_ROWS = 5;
/** A value-less row's label: short, and no column header or unit note ("2023年决算数", "经费控制情况(万元)"). */
const blankRowLabel = (text: string) =>
  text.length <= 20 && !headerOf(text) && !UNIT_DECLARATION.test(text) && !/(?:预算|决算|执行)数/.test(text);

/**
 * A row table whose grid was flattened into one paragraph, as a .docx or PDF copy of a final
 * account gives it: "…单位:万元项目上年决算数本年决算数本年收入合计 1,020.50 1,105.30 财政拨款收入
 * 1,000.00 1,085.30 其他收入 20.50 20.00 …", or one cell per paragraph. A run of at least three rows,
 * each a label and the same number of values, whose labels name department figures (本年收入合计,
 * 财政拨款收入 …, and the “三公” row a 基础数据表 holds among them), is read by the report year's
 * column; the first label is what follows the header words in its cell. A few rows left without
 * values (a form's blank rows: "1、业务工作经费", "……") are passed over; rows of another width end
 * the run; headers that do not decide the column give nothing.
 */
export function extractInterleavedRows(tokens: Token[], reportYear: number | null, budgetDocument = false): Found[] {
  const out: Found[] = [];
  const valuesAt = (j: number) => {
    let k = j;
    while (k < tokens.length && tokens[k].text !== '' && isValueToken(tokens[k].text) && cellNumber(tokens[k].text)) k++;
    return k - j;
  };
  let i = 0;
  while (i < tokens.length) {
    const width = tokens[i].segment.kind === 'paragraph' && !isValueToken(tokens[i].text) ? valuesAt(i + 1) : 0;
    if (width === 0) {
      i++;
      continue;
    }
    const rows: { label: Token; values: Token[] }[] = [];
    let j = i;
    const isRowLabel = (k: number) => k < tokens.length && !isValueToken(tokens[k].text) && tokens[k].segment.kind === 'paragraph';
    while (isRowLabel(j)) {
      if (valuesAt(j + 1) === width) {
        rows.push({ label: tokens[j], values: tokens.slice(j + 1, j + 1 + width) });
        j += 1 + width;
        continue;
      }
      // rows whose cells were all blank, dropped by the copy ("1、业务工作经费", "……" placeholders of a
      // form): a few short labels with no values, then the table's next row of the run's width. Only
      // in a table of several columns, and never past a header or a unit note (the next table's head).
      let k = j;
      while (k - j < BLANK_ROWS && isRowLabel(k) && valuesAt(k + 1) === 0 && blankRowLabel(tokens[k].text)) k++;
      if (width < 2 || k === j || !rows.length || !isRowLabel(k) || valuesAt(k + 1) !== width) break;
      j = k;
    }
    // the first label holds the header words before it ("…项目上年决算数本年决算数本年收入合计")
    const first = rows[0]?.label.text ?? '';
    const lastHeader = [...first.matchAll(COLUMN_IN_TEXT)].pop();
    // (past the change columns' words after the years' columns: "…本年决算数增减额本年收入合计", or "增减额本年收入合计"
    // after the years' cells; they are the header's)
    const afterYears = lastHeader ? first.slice((lastHeader.index ?? 0) + lastHeader[0].length) : first;
    const changes = CHANGES_BEFORE_LABEL.exec(afterYears)?.[0] ?? '';
    const afterHeader = afterYears.slice(changes.length);
    // (or a two-column table's head, 项目 | 金额, run into it: "项目金额本年收入合计")
    const afterHeads = afterHeader.replace(HEADS_BEFORE_LABEL, '');
    const firstLabel = !rowLabelKey(afterHeader) && afterHeads !== afterHeader && rowLabelKey(afterHeads) ? afterHeads : afterHeader;
    const labels = rows.map((r, n) => (n === 0 ? firstLabel : r.label.text));
    const keys = labels.map((l) => (l.length <= 20 ? rowLabelKey(l) : null));
    // rows the reader knows: the department's figures, and the “三公” rows a 基础数据表 holds among them
    const known = labels.filter((l, n) => keys[n] || (l.length <= 20 && THREE_PUBLIC.test(l))).length;
    const headerText = [...tokens.slice(Math.max(0, i - 3), i).map((t) => t.text), lastHeader ? first : changes].join('');
    // (a header of bare years, one cell each, takes as many cells as the rows have values, and 项目 before them)
    const yearHeaderText = [
      ...tokens.slice(Math.max(0, i - Math.max(3, width + 1)), i).map((t) => t.text),
      lastHeader ? first : changes,
    ].join('');
    const column = known >= 3 ? reportColumn(headerText, width, reportYear, yearHeaderText, budgetDocument) : undefined;
    if (column !== undefined && !rowNumbers(rows.map((r) => r.values[column].text))) {
      // (the 单位 line may sit above a header of two lines and a total row: "单位:元" | "项目 2016年度 2017年度
      // 增减" | "增减值 增减%" | "收入总计 …")
      const unit = unitNear(tokens, i - UNIT_REACH, i) ?? (UNIT_DECLARATION.exec(first)?.[1] as Unit | undefined) ?? '万元';
      // a 基础数据表's 支出总额 under the report year's 预算数 and 决算数 both: spending set against its budget (convention 2)
      const budgetColumn = budgetDocument ? undefined : reportBudgetColumn(headerText, width, reportYear);
      rows.forEach((row, n) => {
        if (keys[n] === 'expense.total' && budgetColumn !== undefined) {
          out.push(...amountInCell('budget.total', row.values[budgetColumn], unit, 'rows-in-text'));
          out.push(...amountInCell('budget.executed', row.values[column], unit, 'rows-in-text'));
        } else out.push(...amountInCell(keys[n], row.values[column], unit, 'rows-in-text'));
      });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The total row of an indicator table: 分值 100, then the score ("总分 | 100 | 95", "总分100100" run together). */
// (or its 综合得分 / 综合评分, the Yunnan and Hunan forms' name for the same row: "综合得分 | | | 100 | 88"), a colon after it
const isTotalScoreRow = (text: string) => TOTAL_SCORE_LABEL.test(text.replace(/\s/g, '').replace(/:$/, ''));
/** A total score written alone after 总分: 60 to 99.99 (a lone 100 is as likely the weights' sum). */
const LONE_TOTAL_SCORE = /^(?:[6-9]\d)(?:\.\d{1,2})?$/;
// "总分 100分 96.7分": the cells keep their unit; "总分 100 96.7 优": the grade cell after the score, a copy with spaces;
// "总分:100 得分:91.97": the row copied as a form's fields, each cell after its column's name
const TOTAL_SCORE_IN_TEXT = new RegExp(
  String.raw`(?:总分|总得分|得分合计|综合得分|综合评分)\s*:?\s*(?:分值\s*:?\s*)?(100)\s*分?\s*(?:(?:自评)?得分\s*:?\s*)?(\d{1,3}(?:\.\d{1,2})?)(?![\d.%])(?:\s*分?\s+(${STATED_GRADES})(?![\u4e00-\u9fff]))?`,
  'g',
);
/** A score cell that holds the grade too, in brackets after it: "93.58(优)", "88分(良)". */
const SCORE_WITH_GRADE = new RegExp(String.raw`^(\d{1,3}(?:\.\d{1,2})?)分?\((${STATED_GRADES})\)$`);

/** The rules of the total row's score and grade: a table's own total row, never one listed item's (index.ts withoutTaskAmounts). */
export const TOTAL_ROW_SCORE = 'table/eval.score/总分';
export const TOTAL_ROW_GRADE = 'table/eval.grade/总分';

/**
 * The self-evaluation's overall score from the indicator table's total row. The row holds the weight
 * (100) and the score; a score above its weight is no score.
 */
export function extractTotalScore(tokens: Token[]): Found[] {
  const out: Found[] = [];
  const push = (t: Token, start: number, end: number, value: string) => {
    if (Number(value) <= 100) out.push({ key: 'eval.score', value, unit: '分', rule: TOTAL_ROW_SCORE, segment: t.segment, start, end });
  };
  /** The grade the total row states beside its score. */
  const pushGrade = (t: Token, start: number, end: number, value: string) =>
    out.push({ key: 'eval.grade', value, unit: '', rule: TOTAL_ROW_GRADE, segment: t.segment, start, end });
  tokens.forEach((t, i) => {
    // (an indicator table's last row is its 合计, or its 总计: "| 总 计 | | 100 | 93.5 |")
    if (isTotalScoreRow(t.text) || (/^(?:合计|总计)[:]?$/.test(t.text.replace(/\s/g, '')) && underIndicators(tokens, i))) {
      const values = [];
      let j = i + 1;
      const valueCell = (text: string) => isValueToken(text) || SCORE_WITH_GRADE.test(text.replace(/\s/g, ''));
      for (; j < tokens.length && values.length < 2 && valueCell(tokens[j].text); j++) if (tokens[j].text) values.push(tokens[j]);
      const withGrade = values.length === 2 ? SCORE_WITH_GRADE.exec(values[1].text.replace(/\s/g, '')) : null;
      const numbers = values.map((v, n) => (n === 1 && withGrade ? cellNumber(withGrade[1]) : cellNumber(v.text)));
      if (values.length === 2 && numbers[0]?.value === '100' && numbers[1]) {
        push(values[1], values[1].start, values[1].end, numbers[1].value);
        // "总分 | 100 | 93.58(优)": the score's cell names the grade after it
        if (withGrade && Number(numbers[1].value) <= 100) pushGrade(values[1], values[1].start, values[1].end, withGrade[2]);
        // "总分 | 100 | 96 | 优": the Yunnan form's total row ends on the grade, in the cell after the score
        while (j < tokens.length && tokens[j].text.trim() === '') j++;
        const grade = tokens[j]?.text.replace(/\s/g, '').replace(GRADE_NOTE, '');
        if (grade && GRADE_CELL.test(grade) && Number(numbers[1].value) <= 100) pushGrade(tokens[j], tokens[j].start, tokens[j].end, grade);
      }
      // "合计 | 97.58" under a table whose weights sit in its first column ("产出指标(40分)", the Yunnan
      // form): no weight column, the score alone (a lone 100 is the weights' sum, a percent no score);
      // "总分 | | | 95.6" (the 部门整体支出绩效自评表's last row, its 100 left out): one value alone in the
      // row, a score as totals run (LONE_TOTAL_SCORE), not a weight of 100 nor a serial number; written with its
      // points ("总分 | 99.55分") as well, never with a percent's or money's unit
      else if (
        values.length === 1 &&
        numbers[0] &&
        (isTotalScoreRow(t.text)
          ? LONE_TOTAL_SCORE.test(numbers[0].value) && (!numbers[0].unit || numbers[0].unit === '分')
          : numbers[0].value !== '100' && !/%/.test(values[0].text))
      )
        push(values[0], values[0].start, values[0].end, numbers[0].value);
      return;
    }
    for (const m of t.text.matchAll(TOTAL_SCORE_IN_TEXT)) {
      const at = t.start + m.index + m[0].slice(0, m[0].lastIndexOf(m[2])).length;
      push(t, at, at + m[2].length, m[2]);
      if (m[3] && Number(m[2]) <= 100) {
        const gradeAt = t.start + m.index + m[0].length - m[3].length;
        pushGrade(t, gradeAt, gradeAt + m[3].length, m[3]);
      }
    }
  });
  return out;
}

/**
 * The 合计 row of an indicator table ("一级指标 | … | 权重 | 得分" … "合计 | 100 | 98") sums the weights
 * and the scores, as a 总分 row does; under a money table it is money.
 */
function underIndicators(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 120; k--) {
    // alone in its cell, or the header row run together ("年度绩效目标(80分)一级指标二级指标三级指标…得分")
    if (/^(?:一级指标|二级指标|三级指标)$|一级指标二级指标/.test(tokens[k].text.replace(/\s/g, ''))) return true;
    if (headerOf(tokens[k].text) && headerOf(tokens[k].text) !== 'weight' && headerOf(tokens[k].text) !== 'score') return false;
  }
  return false;
}

/** A grade word as a cell holds it: 优 / 良 / 优秀 / 良好 / 中 / 差 / 合格 / 不合格. */
const GRADE_CELL = new RegExp(String.raw`^(?:${STATED_GRADES})$`);
// "| 评价结果 | 优 |", "| 自评结论 | 优秀 |": a result or conclusion of the evaluation, its cell a grade word alone
const GRADE_LABEL = /^(?:绩效)?(?:(?:自评|评价|综合)?(?:等级|等次|结果等级|评级)|(?:自评|评价|综合评价)(?:结果|结论))$/;
/** A note on the grading scale after a grade in its cell: "(≥90分)", "(90分及以上)". */
const GRADE_NOTE = /\([^()]{0,12}分[^()]{0,6}\)$/;

/** Words that make a score wording no narrower: 总体自评得分 is the 自评得分 (a sub-score's label names its indicator). */
const OVERALL = /^(?:总体|整体|综合|最终|项目|部门|单位|部门整体|项目整体|本项目)?$/;

/** Label and value in one line of one paragraph: prose, which the sentence rules read ("自评得分 95" there needs its unit). */
function inOneLine(label: Token, value: Token): boolean {
  const { segment } = value;
  if (segment.kind !== 'paragraph' || segment !== label.segment) return false;
  const raw = segment.source.raw;
  // a paragraph of one cell per line ("总体自评得分\n91.3") is a flattened table, not a sentence
  return (
    raw === undefined || !raw.slice(rawOffset(segment.source, label.end - 1) + 1, rawOffset(segment.source, value.start)).includes('\n')
  );
}

/** A label and its value that make a source line alone, a colon between them: "年初预算数:356.20". */
function fieldLine(label: Token, value: Token): boolean {
  const { segment } = value;
  // (no raw form: normalization changed nothing, and the text is the line as written)
  const raw = segment.source.raw ?? segment.source.text;
  if (segment.kind !== 'paragraph' || segment !== label.segment) return false;
  const from = rawOffset(segment.source, label.start);
  const to = rawOffset(segment.source, value.end - 1) + 1;
  if (!lineOpensAt(raw, from) || !lineClosesAt(raw, to)) return false;
  const lineEnd = raw.indexOf('\n', to);
  return /[:：]/.test(raw.slice(raw.lastIndexOf('\n', from - 1) + 1, lineEnd < 0 ? raw.length : lineEnd));
}

/**
 * Whether only white space stands between the line break before `at` (or the text's start) and `at`. Scanned from
 * `at`, so that the first other character answers: a page run together on one line is one line for every token on it.
 */
function lineOpensAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) if (!/\s/.test(text[i])) return false;
  return true;
}

/** Whether only white space stands between `at` and the line break after it (or the text's end). */
function lineClosesAt(text: string, at: number): boolean {
  for (let i = at; i < text.length && text[i] !== '\n'; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

/**
 * A label and its value each alone on its source line, the label's line right above the value's: a form's two cells
 * flattened one cell per line ("其中:基本支出" / "700.20"), in one paragraph or one paragraph each.
 */
function cellsAlone(label: Token, value: Token): boolean {
  const line = (t: Token) => {
    const raw = t.segment.source.raw ?? t.segment.source.text;
    return lineOpensAt(raw, rawOffset(t.segment.source, t.start)) && lineClosesAt(raw, rawOffset(t.segment.source, t.end - 1) + 1);
  };
  return label.segment.kind === 'paragraph' && value.segment.kind === 'paragraph' && line(label) && line(value) && !inOneLine(label, value);
}

/** A real table's unit, declared in a cell above `i` in the same table ("年度预算执行情况(万元)"). */
function tableUnit(tokens: Token[], i: number): Unit | null {
  const block = tokens[i].segment;
  if (block.kind !== 'cell') return null;
  let from = i;
  while (from > 0 && i - from < 80 && tokens[from - 1].segment.blockIndex === block.blockIndex) from--;
  // the table's own cells first, then the lines right above it (its title, "单位:万元"), never another table's
  const own = unitNear(tokens, from, i);
  if (own) return own;
  let above = from;
  while (above > 0 && from - above < CAPTION_LINES && tokens[above - 1].segment.kind !== 'cell') above--;
  // (a funding line's table, "财政拨款收入支出决算总表": its totals are the fiscal funds', no unit is lent to them)
  if (tokens.slice(above, from).some((t) => fundTableTitle(t.text))) return null;
  return unitNear(tokens, above, from - 1);
}
/**
 * Whether the table holding token `i` stands under a “三公” table's title (THREE_PUBLIC_TITLE): in the lines right
 * above it, or in its own cells before `i` (a pipe copy keeps the title as the table's first row, "…情况表 | |").
 */
function underThreePublicTitle(tokens: Token[], i: number): boolean {
  const own = tokens[i].segment;
  let from = i;
  // (the pipe lines of its title and header, read as a paragraph before the table proper, are the table's too)
  const piped = (t: Token) => t.segment.kind === 'paragraph' && t.segment.text.includes('|');
  const sameTable = (t: Token) => piped(t) || (own.kind === 'cell' && t.segment.blockIndex === own.blockIndex);
  while (from > 0 && i - from < 80 && sameTable(tokens[from - 1])) from--;
  return tokens.slice(Math.max(0, from - CAPTION_LINES), i).some((t) => THREE_PUBLIC_TITLE.test(simplify(t.text).replace(/\s/g, '')));
}

/** How many lines above a table may declare its unit: a title and a 单位 line, or a title holding its unit. */
const CAPTION_LINES = 3;

function otherRows(a: Token, b: Token): boolean {
  const [x, y] = [a.segment, b.segment];
  return !!x.cell && !!y.cell && (x.blockIndex !== y.blockIndex || x.cell.row !== y.cell.row);
}

/** How many header cells back a serial's 序号 may stand from the header's last cell. */
const SERIAL_HEADER_REACH = 10;

/**
 * "序号 / 项目名称 / 预算数(万元) / 执行率(%) / 1 / 非遗保护…": the number after a flattened header's last cell is
 * the first row's serial when the header opens with 序号 and no number stands between the two (a serial has
 * no decimals and no unit).
 */
function opensSerialRow(filled: Token[], i: number, value: Token): boolean {
  if (!/^\d{1,3}$/.test(value.text.trim())) return false;
  for (let k = i; k >= Math.max(0, i - SERIAL_HEADER_REACH); k--) {
    const t = filled[k].text.replace(/\s/g, '');
    if (t === '序号') return true;
    if (/\d/.test(t)) return false;
  }
  return false;
}

/** How far back a form's field line looks for the unit its form declared (past a header row and a total row). */
const FORM_UNIT_REACH = 30;

/** How many header-and-value pairs a line of one table row needs to be read as one: fewer is a sentence's. */
const HEADER_VALUE_PAIRS = 3;

/**
 * A header row and its values interleaved, each header word followed by its value ("项目资金(万元)
 * 年初预算数 120 全年预算数 120 全年执行数 118.3 分值 10 执行率 98.58%"): a copy that kept the two rows'
 * cells in column order, on one line or one pair a line. `i` is a label of the run.
 */
function headerValueRun(tokens: Token[], i: number): boolean {
  const pair = (k: number) =>
    k >= 0 &&
    k + 1 < tokens.length &&
    tokens[k].segment === tokens[i].segment &&
    tokens[k + 1].segment === tokens[i].segment &&
    headerOf(tokens[k].text) !== null &&
    isValueToken(tokens[k + 1].text) &&
    !!cellNumber(tokens[k + 1].text) &&
    inOneLine(tokens[k], tokens[k + 1]);
  // the pairs may follow one another on one line or one a line ("年初预算数:120" / "全年预算数:135.6" / …)
  if (!pair(i)) return false;
  let from = i;
  while (pair(from - 2)) from -= 2;
  let to = i;
  while (pair(to + 2)) to += 2;
  return (to - from) / 2 + 1 >= HEADER_VALUE_PAIRS;
}

/** How many cells back a table's header row may be from one of its rows (a 收支 table's header to its last row). */
const LINE_NUMBER_HEADER_REACH = 200;
/** A cell of running text, longer than any table cell: the table the header was looked for in ended there. */
const PROSE_CELL = 80;

/**
 * Whether `value`, after the label at `i`, is a row number (1-3 digits, no unit) under a 行次 / 栏次 column header above it
 * in the same table: a final account's 项目 | 行次 | 金额 puts the row number right after each label, and a copy that drops
 * blank cells leaves it there when the amount is blank.
 */
function rowNumberUnderHeader(filled: Token[], i: number, value: Token): boolean {
  if (!/^\d{1,3}$/.test(value.text.trim())) return false;
  for (let k = i - 1; k >= 0 && k >= i - LINE_NUMBER_HEADER_REACH; k--) {
    const cell = filled[k].text.replace(/\s/g, '');
    if (cell.length > PROSE_CELL) return false;
    if (LINE_NUMBER_COLUMN.test(cell)) return true;
  }
  return false;
}

/** A money unit alone in its cell, in brackets: the unit its label's cell wrapped onto a line of its own. */
const WRAPPED_UNIT = /^\((?:万元|元|亿元)\)$/;

/**
 * Two-cell statements: a label that is a figure wording in full, then its value, then no further
 * value ("| 自评得分 | 95 |", "| 全年预算数(万元) | 100 |", "| 自评等级 | 优 |"). A label followed by
 * several values is a table row, read by the table readers, not here.
 */
/** A row label opening on a year, written or named (2022年预算数, 上年执行数, 去年…): a dated group's row. */
const DATED_LABEL = /^\s*(?:[|]\s*)?(?:(\d{4})\s*年度?|上年度?|上一年度?|去年)/;

/**
 * A line of a form's pairs, its budget's first and its spending's last, and one bare number closing the line after the
 * spending's value ("预算数 6.84 到位数 6.84 执行数 6.50 95.03"): the rate of execution the header's last column announces
 * (预算执行进度(%)), where it is the spending over that budget within the rounding of its last digit; else no rate, and the
 * spending's value is no pair's (a row of columns, as before). The spending and the rate, or null.
 */
function rateEndingPairs(filled: Token[], i: number, value: Token, afterAt: number, out: Found[]): Found[] | null {
  const after = filled[afterAt];
  const beyond = filled[afterAt + 1];
  // (the line ends there, or the next row's label follows, where a copy ran the form's lines into one paragraph)
  if (beyond && beyond.segment === after.segment && sameLine(after, beyond) && isValueToken(beyond.text)) return null;
  if (!sameLine(filled[i], after)) return null;
  const spent = cellNumber(value.text);
  const rate = cellNumber(after.text);
  if (!spent || !rate || (rate.unit && rate.unit !== '%')) return null;
  const m = matchWording(filled[i].text.replace(/\s/g, '').replace(/:$/, ''), '万元');
  if (m?.wording.key !== 'budget.executed' || m.prefix !== '') return null;
  const budget = out.find((f) => f.key === 'budget.total' && f.segment === value.segment && f.start < value.start && sameLine(f, value));
  if (!budget || new Decimal(budget.value).isZero() || !rateWithinRounding(spent.value, budget.value, rate.value)) return null;
  const at = (t: Token) => ({ segment: t.segment, start: t.start, end: t.end });
  return [
    {
      key: 'budget.executed',
      value: spent.value,
      unit: (spent.unit || budget.unit) as Unit,
      rule: 'table/budget.executed/after-pairs',
      ...at(value),
    },
    { key: 'budget.executionRate', value: rate.value, unit: '%', rule: 'table/budget.executionRate/after-pairs', ...at(after) },
  ];
}

/** Whether two places of the document stand on one printed line of one paragraph or cell. */
function sameLine(a: { segment: Segment; start: number }, b: { segment: Segment; start: number }): boolean {
  if (a.segment !== b.segment) return false;
  const lines = linesOf(a.segment);
  // (a line ends where the next one starts: a place there is the next line's)
  const lineOf = (at: number) => lines.findLastIndex((l) => l.start <= at);
  return lineOf(a.start) === lineOf(b.start);
}

export function extractLabelValuePairs(tokens: Token[], year: number | null = null): Found[] {
  const out: Found[] = [];
  const filled = tokens.filter((t) => t.text !== '');
  for (let i = 0; i + 1 < filled.length; i++) {
    // a narrow form cell wraps its unit onto a line of its own ("计划安排资金" / "(万元)" / "55"): the unit is the label's
    const wrapped = i + 2 < filled.length && WRAPPED_UNIT.test(filled[i + 1].text.replace(/\s/g, ''));
    const label =
      filled[i].text.replace(/\s/g, '').replace(/:$/, '').replace(ROW_LABEL_LEAD, '') +
      (wrapped ? filled[i + 1].text.replace(/\s/g, '') : '');
    const value = filled[wrapped ? i + 2 : i + 1];
    const after = filled[wrapped ? i + 3 : i + 2];
    // "优(≥90分)": the grade with the scale's note after it
    const grade = value.text.replace(/\s/g, '').replace(GRADE_NOTE, '');
    if (GRADE_LABEL.test(label) && GRADE_CELL.test(grade)) {
      out.push({
        key: 'eval.grade',
        value: grade,
        unit: '',
        rule: 'table/eval.grade/等级',
        segment: value.segment,
        start: value.start,
        end: value.end,
      });
      continue;
    }
    // (one bare number after a spending's value, ending the line, that its own budget's pair before it on the line proves the
    // rate of: "预算数 6.84 到位数 6.84 执行数 6.50 95.03" under a header whose last column is 预算执行进度(%))
    const rateAfter = after && isValueToken(after.text) ? rateEndingPairs(filled, i, value, wrapped ? i + 3 : i + 2, out) : null;
    if (after && isValueToken(after.text) && !rateAfter) continue;
    if (rateAfter) {
      out.push(...rateAfter);
      continue;
    }
    // "2022年执行数 | 690" over "执行率 | 98.57%": a label naming no year right under a pair whose label opens on one (a
    // year's group of rows) is that year's, which this reader does not know to be the report's (it reads no dated label)
    const datedAbove = i >= 2 && isValueToken(filled[i - 1].text) ? DATED_LABEL.exec(filled[i - 2].text) : null;
    if (datedAbove && !(datedAbove[1] && Number(datedAbove[1]) === year) && !DATED_LABEL.test(filled[i].text)) continue;
    // in a real table, a label's value is in its own row: the last header cell ("自评得分") is not
    // paired with the first cell of the row below (a 序号)
    if (otherRows(filled[i], value)) continue;
    // nor, flattened one cell a line, the first row's serial: the header's 序号 before it, no number between
    if (opensSerialRow(filled, i, value)) continue;
    // nor, in a table with a 行次 column, the row number a label's amount cell dropped when blank left next to it
    // ("二、上級補助收入 | 2 | 二、外交支出 | 29 |": the 2 is the row's 行次, its 金額 empty)
    if (rowNumberUnderHeader(filled, i, value)) continue;
    // "| 自评得分 | 95.5(优) |": the overall score's cell holds the grade too, in brackets after it, as a total row's may
    const withGrade = SCORE_WITH_GRADE.exec(value.text.replace(/\s/g, ''));
    if (withGrade && Number(withGrade[1]) <= 100) {
      const m = matchWording(label.replace(ANNOTATION, ''), '分');
      if (m?.wording.key === 'eval.score' && (m.prefix === '' || OVERALL.test(m.prefix)) && !m.wording.projectOnly && !m.wording.bare) {
        const at = { segment: value.segment, start: value.start, end: value.end };
        out.push({ key: 'eval.score', value: withGrade[1], unit: '分', rule: `table/${m.wording.id}`, ...at });
        out.push({ key: 'eval.grade', value: withGrade[2], unit: '', rule: 'table/eval.grade/等级', ...at });
        continue;
      }
    }
    const n = cellNumber(value.text);
    // prose reads a label and its value written in one line, unless the line is a form's field ("年初预算数:356.20"
    // alone on its line), whose bare number prose cannot read: its unit is the one the form declares
    const field = !n?.unit && fieldLine(filled[i], value);
    if (
      !n ||
      !value.segment ||
      (inOneLine(filled[i], value) && !filled[i].segment.text.includes('|') && !headerValueRun(filled, i) && !field)
    )
      continue;
    const declared = /\((万元|元|亿元|分|%)\)$/.exec(label)?.[1] as Unit | undefined;
    // a bare number after a score wording is points; after a money wording, only in the table's declared unit
    const points =
      !n.unit && !declared && OVERALL.test(matchWording(label.replace(ANNOTATION, ''), '分')?.prefix ?? '-') ? '分' : undefined;
    // pipe rows without a delimiter row, run into one paragraph (.docx) or one paragraph per row
    // (PDF), are one table: the unit declared above its first row is every row's
    const piped = (t: Token) => t.segment.kind === 'paragraph' && t.segment.text.includes('|');
    let first = i;
    if (piped(value)) while (first > 0 && piped(filled[first - 1])) first--;
    // a form's field line ("其中:基本支出:900.47"), or its label cell and value cell flattened each onto a line of
    // its own ("其中:基本支出" / "700.20"), is in the unit its header declared once ("年度预算执行情况(万元)"), a
    // header row and a total row above it: further back than a table row's own unit note
    const reach = field || cellsAlone(filled[i], value) ? FORM_UNIT_REACH : 8;
    const unit = (n.unit || declared || points || unitNear(filled, Math.min(i, first) - reach, i) || tableUnit(filled, i) || '') as Unit;
    if (!unit) continue;
    const m = matchWording(label.replace(ANNOTATION, ''), unit);
    // a bare 总分 cell heads a form's total row (its weight of 100, then the score): extractTotalScore reads it
    if (m?.wording.key === 'eval.score' && label.replace(ANNOTATION, '') === '总分') continue;
    // (so does 综合得分 / 综合评分 over a bare 100: the weights' sum that opens that row, or full marks, never alone a score)
    if (m?.wording.key === 'eval.score' && /^综合(?:得分|评分):?$/.test(label.replace(ANNOTATION, '')) && n.value === '100' && !n.unit)
      continue;
    if (!m || !(m.prefix === '' || (m.wording.key === 'eval.score' && OVERALL.test(m.prefix))) || m.wording.projectOnly || m.wording.bare)
      continue;
    // "一、支出合计 | 11.5" under "…“三公”经费预算情况表": the “三公” items' sum, not the unit's income or spending
    if (/^(?:income|expense)\./.test(m.wording.key) && underThreePublicTitle(filled, Math.min(i, first))) continue;
    out.push({
      key: m.wording.key,
      value: n.value,
      unit,
      rule: `table/${m.wording.id}`,
      segment: value.segment,
      start: value.start,
      end: value.end,
      // "| 计划安排资金(万元) | 700 | … | 实际支出(万元) | 688 |": spending beside the report's budget is its execution
      ...(m.wording.executedAgainstBudget === 'document' ? { executedAgainstBudget: 'document' as const } : {}),
    });
  }
  return out;
}

/** The department-overall form's block that splits the year's spending, beside its split by source (按收入性质分 | 按支出性质分). */
const BY_NATURE_BLOCK = /按支出性质分/g;
/** How far after 按支出性质分 its rows may run in the text (up to its 总分 row): a source row and a nature row a line. */
const BY_NATURE_REACH = 240;
/**
 * One row of the two sides laid side by side ("其中:一般公共预算 2641.35 其中:基本支出 702.45", "政府性基金项目支出
 * 2549.21", run together: "…1876.40其中:基本支出1320.55政府性基金…"): a nature's name, then exactly one bare number (not
 * a row's several columns, nor an amount with its own unit, which prose reads, nor a count), then the line's end or words.
 */
const NATURE_CELL =
  /(基本支出|项目支出|人员经费|公用经费)[:]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\s*[万元亿千%人个项次家户名所辆台套])(?=\s*$|\s*[\u4e00-\u9fff]|\s+[(（])/gm;

/**
 * One cell of that block alone on its line, with its own unit (OCR of the form one cell a line and no blank line
 * between, so the block is one paragraph: "其中: 一般公共预算:1873.66 万元" / "其中:基本支出:1768.16 万元"): prose would
 * read the lines joined, the 基本支出 as the fund's on the line before; a line that opens with the nature's name is the
 * nature's own cell. A line holding both sides ("其中:一般公共预算 812.3 其中:基本支出 530.1") opens with the source.
 */
const NATURE_CELL_LINE =
  /^\s*(?:其中[:]?\s*)?(基本支出|项目支出|人员经费|公用经费)[:]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|元)\s*$/;

/** The nature cells alone on their source lines within [from, to) of a paragraph, each in its own unit (NATURE_CELL_LINE). */
function natureCellLines(seg: Segment, from: number, to: number): Found[] {
  const out: Found[] = [];
  // normalization joined the source lines: only the source's breaks keep the cells apart
  for (const line of linesOf(seg)) {
    if (line.start < from || line.end > to) continue;
    const m = NATURE_CELL_LINE.exec(seg.text.slice(line.start, line.end));
    const key = m && NATURE_ROW[m[1]];
    if (!m || !key) continue;
    const at = line.start + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
    out.push({
      key,
      value: m[2].replace(/,/g, ''),
      unit: m[3] as Unit,
      rule: `table/${key}/按支出性质分`,
      segment: seg,
      start: at,
      end: at + m[2].length,
    });
  }
  return out;
}

/** Where the form's 按收入性质分 block ends: its targets or indicators, or the 按支出性质分 rows' own block's end (总分 / 得分). */
const SOURCE_BLOCK_END = /年度总体目标|绩效指标|一级指标|总分|得分/;
/** How far after 按收入性质分 its rows may run (its four rows, the nature side's beside them, the page markers between). */
const SOURCE_BLOCK_REACH = 400;
/** One row of the block: a source's name, a colon, its amount with its own unit (a bare number may be another column's). */
const SOURCE_CELL = new RegExp(
  String.raw`(?<![\u4e00-\u9fff])(?:其中[:]?\s*)?(${FORM_SOURCE_ROWS.map((r) => `(?:${r.label})`).join('|')})\s*[:]\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|亿元|元)`,
  'g',
);

/**
 * The department-overall form's 按收入性质分 rows ("其中: 一般公共预算:1873.66万元 … 其他资金:2880万元"), in this
 * paragraph and the next ones up to the block's end, under the fundsBySource keys: every row the form gives a
 * source, so the reconciler may add them up against the year's spending (a blank row is none).
 */
export function extractFormSourceRows(segments: Segment[]): Found[] {
  const out: Found[] = [];
  for (const [i, seg] of segments.entries()) {
    const opened = seg.text.indexOf('按收入性质分');
    if (opened < 0) continue;
    let reach = SOURCE_BLOCK_REACH;
    for (const [j, next] of segments.slice(i).entries()) {
      const from = j === 0 ? opened + '按收入性质分'.length : 0;
      const text = next.text.slice(from, from + reach);
      const end = SOURCE_BLOCK_END.exec(text);
      const rows = end ? text.slice(0, end.index) : text;
      for (const m of rows.matchAll(SOURCE_CELL)) {
        const row = FORM_SOURCE_ROWS.find((r) => new RegExp(`^(?:${r.label})$`).test(m[1]));
        if (!row) continue;
        const at = from + (m.index ?? 0) + m[0].lastIndexOf(m[2], m[0].length - m[3].length);
        out.push({
          key: row.key,
          value: m[2].replace(/,/g, ''),
          unit: m[3] as Unit,
          rule: `table/${row.key}/按收入性质分`,
          segment: next,
          start: at,
          end: at + m[2].length,
        });
      }
      reach -= rows.length;
      if (end || reach <= 0) break;
    }
  }
  return out;
}

/**
 * The department-overall form's 按收入性质分 / 按支出性质分 block copied with its two sides on one line each (spaced text,
 * pdftotext -layout, cells run together): the form gives each nature one amount, the year's spending of that nature (as
 * its cells one a line already read, extractLabelValuePairs), in the unit the form declared ("部门预算执行情况(万元)").
 * A nature's name with several numbers after it is a row of columns, read by the table readers or not at all.
 */
export function extractNatureSplitLines(tokens: Token[]): Found[] {
  const out: Found[] = [];
  const seen = new Set<Segment>();
  for (const [i, token] of tokens.entries()) {
    const seg = token.segment;
    if (seen.has(seg) || seg.kind !== 'paragraph') continue;
    seen.add(seg);
    for (const block of seg.text.matchAll(BY_NATURE_BLOCK)) {
      const from = (block.index ?? 0) + block[0].length;
      let rows = seg.text.slice(from, from + BY_NATURE_REACH);
      // the form's last row closes the block ("总分 100 95.1")
      const closed = /总分|得分/.exec(rows);
      if (closed) rows = rows.slice(0, closed.index);
      out.push(...natureCellLines(seg, from, from + rows.length));
      // the block's label closes its paragraph ("按支出性质分:" then a blank line): its cells are the next paragraph's
      const next = tokens.slice(i + 1).find((t) => t.segment !== seg)?.segment;
      if (/^[:\s]*$/.test(rows) && next?.kind === 'paragraph') {
        const cells = next.text.slice(0, BY_NATURE_REACH);
        out.push(...natureCellLines(next, 0, /总分|得分/.exec(cells)?.index ?? cells.length));
      }
      const unit =
        UNIT_DECLARATION.exec(seg.text.slice(Math.max(0, (block.index ?? 0) - 200), from + rows.length))?.[1] ??
        unitNear(tokens, i - FORM_UNIT_REACH, i + FORM_UNIT_REACH);
      if (!unit || unit === '千元') continue;
      for (const m of rows.matchAll(NATURE_CELL)) {
        const key = NATURE_ROW[m[1]];
        if (!key) continue;
        const at = from + (m.index ?? 0) + m[0].length - m[2].length;
        out.push({
          key,
          value: m[2].replace(/,/g, ''),
          unit: unit as Unit,
          rule: `table/${key}/按支出性质分`,
          segment: seg,
          start: at,
          end: at + m[2].length,
        });
      }
    }
  }
  return out;
}
