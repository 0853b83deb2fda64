/**
 * Text normalization, done once by every reader, with a map back to the source so that any
 * later stage can cite the exact original snippet.
 *
 * Rules (each one tested in test/parse/normalize.test.ts):
 *  - compatibility forms fold (NFKC per character): full-width digits, letters and punctuation
 *    become half-width (７１４３．４５ → 7143.45, ％ → %, （ → (), ligatures split (ﬁ → fi);
 *  - every kind of white space (U+3000, NBSP, tab, line break) becomes one plain space, runs collapse,
 *    and the ends are trimmed;
 *  - a space between two CJK characters is dropped: it is an artefact of PDF copying or of
 *    line wrapping ("优 秀" → "优秀", "本年收\n入" → "本年收入"), never a word boundary in Chinese;
 *  - a line break after a comma, semicolon or colon typed half-width in Chinese text is dropped
 *    ("10万元,\n均按计划" → "10万元,均按计划"): the page broke the line there, no word boundary;
 *  - so is white space before one, after Chinese ("年度资金总额 :20" → "年度资金总额:20"): punctuation opens no
 *    word or cell, and the space is the copy's, as before a full-width "：" (a CJK character, dropped above);
 *  - a line break right after a number's decimal point is dropped ("325.\n29" → "325.29"), and so is a space
 *    there when the digits after it close the amount with its unit ("预算35. 3万元" → "预算35.3万元", a PDF copy's);
 *  - a line break after an opening bracket or before a closing bracket or mark is dropped
 *    ("执行率(B/A\n)" → "执行率(B/A)");
 *  - a space between a year and 年 is dropped ("2021 年决算数" → "2021年决算数", as PDFs copy it);
 *  - a space between a number and its % is dropped ("100.00 %" → "100.00%"): OCR and PDF copies
 *    space them, and a rate cut from its sign reads as a bare number in a row of cells;
 *  - a single space between a number's groups of three in a row laid out with wider gaps is dropped
 *    ("农村公路养护  1 234 567.00  1 200 000.00" → "… 1234567.00 1200000.00"), as some tables print their thousands;
 *  - zero-width characters and soft hyphens vanish;
 *  - a pinyin gloss after a Han character vanishes ("預(yù)算" → "預算"): mirror sites annotate
 *    readings inside words, which would otherwise split every wording they touch.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import type { z } from 'zod';
import type { OffsetAnchor } from '../model/document.ts';

export interface NormalizedText {
  text: string;
  raw?: string;
  offsets?: z.infer<typeof OffsetAnchor>[];
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
/**
 * "(yù)", "(biāo)": a parenthesised pinyin syllable with a tone mark, right after a Han character; a PDF copy's page
 * may wrap its line inside the gloss ("發(f" / "ā)放"), and the one line break there is the gloss's too.
 */
const TONED = '[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]';
/** Any tone mark: a text without one holds no gloss, and is passed over. */
const HAS_TONE = new RegExp(TONED);
const GLOSS_BREAK = String.raw`[ \t]*\r?\n[ \t]*`;
const PINYIN_GLOSS = new RegExp(
  String.raw`(?<=[\u4e00-\u9fff])[ \t]?[(（](?:[a-zü]*(?:${GLOSS_BREAK})?[a-zü]*${TONED}[a-zü]*|[a-zü]*${TONED}[a-zü]*${GLOSS_BREAK}[a-zü]*)[)）]`,
  'g',
);

/** `raw` without the pinyin glosses a mirror site put after its characters ("鎮(zhèn)康縣" → "鎮康縣"): text no page printed. */
export function withoutPinyinGlosses(raw: string): string {
  return HAS_TONE.test(raw) ? raw.replace(PINYIN_GLOSS, '') : raw;
}

function pinyinGlossIndices(raw: string): Set<number> {
  const skip = new Set<number>();
  if (!HAS_TONE.test(raw)) return skip;
  for (const m of raw.matchAll(PINYIN_GLOSS)) for (let i = m.index; i < m.index + m[0].length; i++) skip.add(i);
  return skip;
}
const SPACE = /\s/;
/** Half-width punctuation that closes a clause: a line break after it, before Chinese, is the page's. */
export const CLAUSE_PUNCTUATION = /[,;:]/;
/** Han ideographs, CJK punctuation, full-width forms that NFKC keeps (、。「」…), kana, Hangul not needed. */
export const CJK =
  /[\u2E80-\u2FDF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\u201C\u201D\u2018\u2019\uFF01-\uFF0F\uFF1A-\uFF20]/;

/**
 * `measure`: the width (display columns) the whole copy's printed lines run to, where its reader measured one: a block
 * of two or three printed lines shows none of its own (see fullLines).
 */
export function normalizeText(raw: string, { measure }: { measure?: number } = {}): NormalizedText {
  const out: string[] = [];
  const map: number[] = []; // map[i] = raw index of out[i]
  let pendingSpace = -1; // raw index of a space waiting to see its right neighbour
  let pendingBreak = false; // the waiting white space holds a line break
  let lastRaw = ''; // the source character behind the last output character (before folding)
  let lineStart = 0; // index in `out` where the current source line began
  const cps = Array.from(raw);
  const gloss = pinyinGlossIndices(raw);
  const full = fullLines(raw, measure);
  let line = 0; // the source line of the character at hand
  let lastLine = 0; // the source line of the last output character
  let gap = ''; // the white space waiting with pendingSpace, as the source has it
  let rawIndex = 0;
  for (const [i, cp] of cps.entries()) {
    const at = rawIndex;
    rawIndex += cp.length;
    if (cp === '\n' || (cp === '\r' && cps[i + 1] !== '\n')) line++;
    if (ZERO_WIDTH.test(cp) || gloss.has(at)) continue;
    if (SPACE.test(cp)) {
      if (out.length > 0 && pendingSpace < 0) pendingSpace = at;
      if (out.length > 0) gap += cp;
      if (cp === '\n' || cp === '\r') pendingBreak = out.length > 0;
      continue;
    }
    const breakBefore = pendingBreak;
    const folded = cp.normalize('NFKC');
    if (pendingSpace >= 0) {
      // judged on the source characters: "单位：\n广州" joins although ： folds to ASCII ":"
      if (
        !(CJK.test(lastRaw) && CJK.test(cp)) &&
        !spaceAtHalfWidthBracket(out, lastRaw, cp, cps, i, pendingBreak) &&
        !(pendingBreak && CLAUSE_PUNCTUATION.test(lastRaw) && CJK.test(cp)) &&
        !(CJK.test(lastRaw) && CLAUSE_PUNCTUATION.test(cp)) &&
        !(pendingBreak && decimalPointAtEnd(out) && fractionAt(cps, i)) &&
        !(decimalPointAtEnd(out) && fractionWithUnitAt(cps, i)) &&
        !(pendingBreak && wrappedAmount(out, cps, i, lineStart)) &&
        !(/^\r?\n$/.test(gap) && full.has(lastLine) && numberAcrossMeasure(out, cps, i)) &&
        !(cp === '年' && yearAtEnd(out)) &&
        !(THOUSANDS_SPACE.test(gap) && spacedThousandsAt(cps, i)) &&
        !(folded === '%' && /\d/.test(out[out.length - 1] ?? '')) &&
        !(pendingBreak && wrappedAtBracket(out[out.length - 1] ?? '', folded)) &&
        !(folded === ')' && noteOpenAtEnd(out)) &&
        !(pendingBreak && wrappedInsideNote(out, lineStart, cps, i)) &&
        !(pendingBreak && full.has(lastLine) && CJK.test(lastRaw) && noteAt(cps, i))
      ) {
        out.push(' ');
        map.push(pendingSpace);
      }
      pendingSpace = -1;
      pendingBreak = false;
    }
    gap = '';
    if (breakBefore) lineStart = out.length;
    lastRaw = cp;
    lastLine = line;
    for (const ch of folded) {
      // NFKC may fold one code point into several (ﬁ → f i); all point at the source character.
      for (let k = 0; k < ch.length; k++) {
        out.push(ch[k]);
        map.push(at);
      }
    }
  }
  const text = out.join('');
  if (text === raw) return { text };
  return { text, raw, offsets: compressMap(map) };
}

/**
 * A space an OCR or PDF copy sets between Chinese and a half-width bracket around Chinese ("因公出国 (境) 支出",
 * "(“三公”经费) 决算总额"): the full-width bracket of the source, folded to "(" / ")", stands inside the words, and the
 * space between them is the copy's, as between two Chinese characters. A bracket that holds anything but Chinese
 * ("(B/A) 得分", "(20 分*执行率) 年度资金总额": a header's cells) keeps its spaces, except the space before a bracket
 * of column letters (COLUMN_FORMULA), which belong to the word before them.
 */
function spaceAtHalfWidthBracket(out: string[], lastRaw: string, cp: string, cps: string[], i: number, pendingBreak: boolean): boolean {
  if (lastRaw === ')' && CJK.test(cp)) {
    const open = out.lastIndexOf('(', out.length - 2);
    return open >= 0 && chineseInside(out.slice(open + 1, out.length - 1));
  }
  if (cp === '(' && CJK.test(lastRaw)) {
    const close = cps.indexOf(')', i + 1);
    if (close < 0) return false;
    const inside = cps.slice(i + 1, close);
    // "(万元 )": the copy's space before the ")" (noteOpenAtEnd) is no word of the bracket's
    if (chineseInside(inside.filter((c) => !SPACE.test(c)))) return true;
    return !pendingBreak && MEASURE_WORD_END.test(lastRaw) && COLUMN_FORMULA.test(inside.join('').trim());
  }
  return false;
}

/**
 * A form's column letters or their formula in a bracket ("A", "B/A", "C=B/A", "B/A×100%"), or a score's weight
 * ("10分"), a space after a measure's header word (…数, …率, …额, …值): they name that word ("年初预算数 (A)全年执行数
 * (B)分值 (10分)", a PDF copy's spacing) and open no cell of their own. On a line of their own they may be a cell of a table flattened one cell a line.
 */
export const MEASURE_WORD_END = /[数數率额額值]/;
export const COLUMN_FORMULA = /^(?:[A-Z](?:\s*[/+\-×*÷=]\s*[A-Z])*(?:\s*[×*]\s*100%)?|\d{1,3}\s*分)$/;

/** A bracket's words: Chinese alone (and its quotes), a note's length at most. */
const chineseInside = (inside: string[]) => inside.length > 0 && inside.length <= BRACKET_WORDS && inside.every((c) => CJK.test(c));
const BRACKET_WORDS = 12;

/**
 * A number wrapped after its decimal point ("年初预算325.\n29万元"): no cell, sentence or list
 * item ends on a bare decimal point, so the line break is inside the number.
 */
function decimalPointAtEnd(out: string[]): boolean {
  return out[out.length - 1] === '.' && /\d/.test(out[out.length - 2] ?? '');
}

/** A line of wrapped prose is long; a cell on a line of its own is short. */
const WRAPPED_LINE = 24;

/**
 * An amount wrapped inside its digits by a PDF copy of prose ("预算完成数 16\n9.18 万元", "资金4\n.39万元"):
 * the line before is long prose (a table flattened one cell per line has short lines), it ends
 * on digits, and the next line goes on with digits or a decimal point and ends the number with
 * its unit. Two cells in a row of numbers ("325.29\n323.19") never read so.
 */
function wrappedAmount(out: string[], cps: string[], i: number, lineStart: number): boolean {
  const line = out.slice(lineStart).join('');
  // "基本支出2,\n731.24万元": wrapped after a thousands separator, the next line three digits and on to the unit
  if (/[\u4e00-\u9fff:;、]\s*\d{1,3}(?:,\d{3})*,$/.test(line) && line.length >= WRAPPED_LINE) {
    const next = cps
      .slice(i, i + 24)
      .map((c) => c.normalize('NFKC'))
      .join('');
    return /^\d{3}(?:,\d{3})*(?:\.\d+)?\s*(?:万元|亿元|萬元|億元|元)/.test(next);
  }
  if (!/\d/.test(out[out.length - 1] ?? '')) return false;
  if (line.length < WRAPPED_LINE || !/[\u4e00-\u9fff]/.test(line) || !/[\u4e00-\u9fff,:;、]\s*\d+(?:\.\d*)?$/.test(line)) return false;
  const next = cps
    .slice(i, i + 24)
    .map((c) => c.normalize('NFKC'))
    .join('');
  // a fraction goes on only with digits ("84.6\n9万元"), an integer with digits, its thousands separator
  // ("3\n,562.18万元") or its decimal point; a score ends with its 分 ("得分为93\n.5分")
  const fraction = /\.\d*$/.test(line);
  return (
    (fraction ? /^\d+\s*(?:万元|亿元|萬元|億元|元|%|分)/ : /^(?:(?:,\d{3})*\d*(?:\.\d+)?)\s*(?:万元|亿元|萬元|億元|元|%|分)/).test(next) &&
    /^[\d,.]/.test(next)
  );
}

/** Share of a paragraph's widest line that a line the page or the copy wrapped still reaches (digits are set narrower). */
const MEASURE_SHARE = 0.85;

/**
 * The lines of a text that run to its measure, so that their line break is the copy's, not the writer's: a page's
 * right margin in a PDF copy (pdftotext, set in display columns: within MEASURE_SHARE of the widest width that two
 * lines come close to, or past it) or a fixed count of characters in a hard-wrapped copy (the widest line's count exactly). Two
 * lines at least must reach the measure, and it must be a prose line's (MIN_MEASURE): a lone long line proves no
 * wrapping, and a table flattened one cell per line has short lines.
 */
function fullLines(raw: string, pageMeasure?: number): Set<number> {
  const full = new Set<number>();
  if (!raw.includes('\n') && !raw.includes('\r')) return full;
  const lines = raw.split(/\r\n|\r|\n/).map((l) => l.replace(/^[ \t]+/, '').trimEnd());
  const widths = lines.map(displayWidth);
  const counts = lines.map((l) => Array.from(l).length);
  // the widest width that another line comes close to (within MEASURE_SHARE): a copy may run a line past the margin
  // (pdftotext joins pieces set on one baseline), and a lone wide line beside a short one proves no margin
  const sorted = [...widths].sort((a, b) => b - a);
  const measure = sorted.find((w, k) => k + 1 < sorted.length && sorted[k + 1] >= w * MEASURE_SHARE) ?? Infinity;
  const measureCount = Math.max(...counts);
  // a line laid out as cells (runs of spaces between them, pdftotext -layout's table rows) ends a row, not a clause
  const proseWide = (k: number) => widths[k] >= MIN_MEASURE && !CELL_GAPS.test(lines[k]);
  const reachesWidth = (k: number) => proseWide(k) && widths[k] >= measure * MEASURE_SHARE;
  const reachesCount = (k: number) => proseWide(k) && counts[k] === measureCount;
  const byWidth = lines.flatMap((_, k) => (reachesWidth(k) ? [k] : []));
  const byCount = lines.flatMap((_, k) => (reachesCount(k) ? [k] : []));
  if (byWidth.length >= 2) for (const k of byWidth) full.add(k);
  if (byCount.length >= 2) for (const k of byCount) full.add(k);
  // a block too short to show a measure of its own (two printed lines: pdftotext -layout sets a blank line after each
  // paragraph) is measured by the copy's page, when its reader measured one over the whole text: a line (not the last)
  // that runs to that page's margin within MEASURE_SHARE
  if (byWidth.length < 2 && pageMeasure !== undefined)
    for (let k = 0; k + 1 < lines.length; k++)
      if (proseWide(k) && Math.abs(widths[k] - pageMeasure) <= pageMeasure * (1 - MEASURE_SHARE)) full.add(k);
  return full;
}

/**
 * A line with cells in it, not only wrapped prose: tabs, or a run of two spaces or more (ideographic spaces too, as a
 * Word table pasted as text sets them) between two cells. Looser than CELLS_LAID_OUT below, for the tests where a line
 * wrongly taken for cells costs little (a number the margin cut is left in two) and the other way much (a row's last
 * cell joined to the next row's first: 12 + 2 → 122). The Markdown reader's printed-line joins use the same test.
 */
export const CELL_GAPS = /\t|\S\s{2,}\S/;

/**
 * A line laid out as three short cells or more and nothing else, runs of spaces or tabs between them (a site's menu,
 * "网站首页  走进青山  新闻中心 …", pdftotext -layout's table rows): it is whole whatever width it reaches, and no copy that
 * wrapped its text cut it. Two fields on one line ("日期:2024-05-30 15:24  来源:青山县…") and prose with stray double
 * spaces ("增加55.87  万元,主要原因是…") are cut as prose is.
 */
export const CELLS_LAID_OUT = /^\S{1,12}(?:(?:[ \u3000]{2,}|\t)\S{1,12}){2,}$/;

/**
 * The narrowest measure taken for a page's or a copy's wrapped lines, in display columns: twelve Chinese characters.
 * Shorter lines are titles, labels and cells (the Markdown reader's printed-line joins take the same floor).
 */
export const MIN_MEASURE = 24;

/** A number as a report writes it: digits, thousands separators in threes, a fraction. */
const WHOLE_NUMBER = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;

/**
 * A number a line that runs to its measure cut inside its digits ("年度资金总额 5.2" / "8 1.96 1.96 10"): the line
 * break has no space beside it, so it fell between two characters of one word, and the pieces joined make one
 * number. Pieces that cannot be one number stay two: a fraction already stated to two places ("0.00" / "0.00 0.00"),
 * a second decimal point, a list number that opens the next line ("…12" / "2.全面…"), and so do a whole number and
 * a rate with decimals after it, which read as two cells as well as one number.
 */
function numberAcrossMeasure(out: string[], cps: string[], i: number): boolean {
  let s = out.length;
  while (s > 0 && /[\d.,]/.test(out[s - 1])) s--;
  // (a number opens on a digit: the comma or point before it ends the clause before, "…汇总,2" / "018年")
  const left = out
    .slice(s)
    .join('')
    .replace(/^[.,]+/, '');
  if (!/\d$/.test(left)) return false;
  let j = i;
  let right = '';
  while (j < cps.length && /[\d.,]/.test(cps[j].normalize('NFKC'))) right += cps[j++].normalize('NFKC');
  right = right.replace(/[.,]+$/, (tail) => {
    j -= tail.length;
    return '';
  });
  if (!/^\.?\d/.test(right) || /^[.、)．）]/.test(cps[j] ?? '')) return false;
  if (/\.\d{2,}$/.test(left)) return false;
  // a whole number before a rate stated with decimals ("分值 10" / "98.36% 9.84"): in a form's run-together cells the
  // weight and the rate stand side by side, and the page broke at the space between them as often as in the digits
  if (/^\d+$/.test(left) && /^\d*\.\d+$/.test(right) && /^\s*[%％]/.test(cps.slice(j, j + 2).join(''))) return false;
  return WHOLE_NUMBER.test(left + right);
}

/**
 * A line wrapped next to a bracket or a closing mark ("执行率(B/A\n)得分", "(\n万元)"): no word
 * boundary sits after an opening bracket or before a closing one, so the break is the copy's.
 */
function wrappedAtBracket(before: string, next: string): boolean {
  return /^[(\[]$/.test(before) || /^[)\],.;:%]/.test(next);
}

/** The longest bracketed note a header carries ("(20分*执行率)", "(B/A)", "(万元)"): longer brackets hold prose. */
const NOTE_LENGTH = 12;

/**
 * A bracket opened a note's length back and not closed ("年度预算数(万元 )", an OCR or PDF copy's space before the
 * ")"): the space before its ")" is the copy's, as no cell or word starts with a closing bracket.
 */
function noteOpenAtEnd(out: string[]): boolean {
  for (let j = out.length - 1; j >= 0 && out.length - j <= NOTE_LENGTH + 1; j--) {
    if (out[j] === ')') return false;
    if (out[j] === '(') return j < out.length - 1;
  }
  return false;
}

/** The text of `cps` from `i` up to its first closing bracket, when that comes within a note's length, opens none and stays on the line. */
function noteRestAt(cps: string[], i: number): string | null {
  let rest = '';
  for (let j = i; j < cps.length && j - i <= NOTE_LENGTH; j++) {
    const ch = cps[j].normalize('NFKC');
    if (ch === ')') return rest;
    if (ch === '(' || ch === '\n' || ch === '\r') return null;
    rest += ch;
  }
  return null;
}

/**
 * A line broken inside a header's note, the page's margin falling before its closing bracket ("得分(20 分*" /
 * "执行率)", "执行率(B/" / "A)"): the line ends in a bracket opened within a note's length and never closed, and the
 * next line closes it before opening another, so the break is the copy's, between two characters of one note.
 */
function wrappedInsideNote(out: string[], lineStart: number, cps: string[], i: number): boolean {
  const line = out.slice(lineStart).join('');
  const open = line.lastIndexOf('(');
  if (open < 0 || line.indexOf(')', open) >= 0 || line.length - open > NOTE_LENGTH) return false;
  return noteRestAt(cps, i) !== null;
}

/**
 * A note opening the next line after a word, a line that ran to the page's margin ("…分值执行率" / "(B/A) 得分"): the
 * page broke before the bracket, and a note follows its word with no space (as "（" does, CJK, whatever the line).
 */
function noteAt(cps: string[], i: number): boolean {
  return cps[i].normalize('NFKC') === '(' && noteRestAt(cps, i + 1) !== null;
}

/** A year's four digits end the text ("2021 年决算数" from a PDF: the space before 年 is the copy's, not the report's). */
/** The one space a copy sets between a number's groups of three ("1 234 567.00"), as some tables print their thousands. */
const THOUSANDS_SPACE = /^[ \u00a0\u2009\u202f]$/;
/** The number's groups before the space, opening a cell: at the line's start or after a run of spaces or a tab. */
const GROUPS_BEFORE = /(?:^|[ \u3000]{2,}|\t)[ \u3000\t]*\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*$/;
/** A run of spaces or a tab between two cells: a row laid out so sets its cells wider apart than one space. */
const WIDE_GAP = /\S(?:[ \u3000]{2,}|\t)\S/;
/** The groups after it, closing the cell: a run of spaces, a tab or the line's end next. */
const GROUPS_AFTER = /^(\d{3}(?:[ \u00a0\u2009\u202f]\d{3})*)(\.\d+)?(?=[ \u3000]{2,}|\t|[ \u3000]*$)/;

/**
 * A space inside a number whose groups of three are spaced ("1 234 567.00", "456 000.00"), in a cell of a row laid out
 * with runs of spaces (pdftotext -layout): the cell's space is the number's separator, and the row's gaps between cells
 * are wider. A line with no wider gap ("320 689.16", a one-cell-per-line copy's row) may set two cells one space apart. Read so only when the number has a fraction or two groups after its first, so that a
 * cell of its own holds it whole; "1 234" alone between gaps stays two cells (a serial and a value may be set one space apart).
 */
function spacedThousandsAt(cps: string[], i: number): boolean {
  // the gap is one character: the space stands right before i
  let s = i - 1;
  let before = '';
  while (s > 0 && cps[s - 1] !== '\n' && before.length < 40) before = cps[--s] + before;
  let after = '';
  for (let j = i; j < cps.length && cps[j] !== '\n' && cps[j] !== '\r' && after.length < 40; j++) after += cps[j];
  const m = GROUPS_AFTER.exec(after);
  // a line with no wider gap sets its cells one space apart ("320 689.16": a budget and a spending)
  if (!m || !GROUPS_BEFORE.test(before) || !WIDE_GAP.test(`${before} ${after}`)) return false;
  const groups = /(?:[ \u00a0\u2009\u202f]\d{3})*$/.exec(before)?.[0].length ?? 0;
  return m[2] !== undefined || groups > 0 || m[1].length > 3;
}

function yearAtEnd(out: string[]): boolean {
  const tail = out.slice(-5).join('');
  return /(?:^|\D)(?:19|20)\d{2}$/.test(tail);
}

/** Digits at `i` that end as a fraction ends, not as a list number does ("2." "2、" "(2)" open an item). */
function fractionAt(cps: string[], i: number): boolean {
  let j = i;
  while (j < cps.length && /\d/.test(cps[j].normalize('NFKC'))) j++;
  return j > i && !/^[.、)．）]/.test(cps[j] ?? '');
}

/**
 * Digits at `i` that close an amount with its unit ("35. 3万元", "98. 5%"): after a decimal point and a space, only the
 * fraction of that amount reads so. Two cells ("合计 325. 29") or a list number ("100. 2.园林绿化") have no unit there.
 */
function fractionWithUnitAt(cps: string[], i: number): boolean {
  let j = i;
  while (j < cps.length && /\d/.test(cps[j].normalize('NFKC'))) j++;
  const after = cps
    .slice(j, j + 2)
    .map((c) => c.normalize('NFKC'))
    .join('');
  return j > i && /^(?:万元|亿元|萬元|億元|元|%)/.test(after);
}

/** Keep only the anchors where the mapping stops being "next raw character". */
function compressMap(map: number[]): [number, number][] {
  const anchors: [number, number][] = [];
  for (let i = 0; i < map.length; i++) {
    if (i === 0 || map[i] !== map[i - 1] + 1) anchors.push([i, map[i]]);
  }
  return anchors;
}

/** Raw index of normalized index `i` (i may equal text.length: the end of the text). */
export function rawOffset(t: NormalizedText, i: number): number {
  if (!t.offsets || t.offsets.length === 0) return i;
  if (i >= t.text.length) return (t.raw ?? t.text).length;
  let lo = 0;
  let hi = t.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.offsets[mid][0] <= i) lo = mid;
    else hi = mid - 1;
  }
  const [n, r] = t.offsets[lo];
  return r + (i - n);
}

/** The first normalized index whose raw offset is at or after raw index `r`: rawOffset's inverse (raw offsets grow with the index). */
export function normalizedOffset(t: NormalizedText, r: number): number {
  let lo = 0;
  let hi = t.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rawOffset(t, mid) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The original snippet behind normalized range [start, end), with its raw offsets. */
export function rawSpan(t: NormalizedText, start: number, end: number): { snippet: string; start: number; end: number } {
  const raw = t.raw ?? t.text;
  if (end <= start) return { snippet: '', start: rawOffset(t, start), end: rawOffset(t, start) };
  const rs = rawOffset(t, start);
  // end is exclusive: map the last included character, then step past it in the raw text.
  const last = rawOffset(t, end - 1);
  const cp = raw.codePointAt(last);
  const re = last + (cp !== undefined && cp > 0xffff ? 2 : 1);
  return { snippet: raw.slice(rs, re), start: rs, end: re };
}

/**
 * The width a text takes when set in columns, a terminal's or a printed page's: CJK characters and full-width forms
 * take two columns, other characters one (Unicode's East Asian Width).
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  return w;
}
