/**
 * Amounts and percentages as reports write them, read exactly (decimal.js, never JS floats).
 *
 * Input is normalized text (full-width digits already folded). Handled here:
 * thousands separators ("23,866.88"), a number split by a line break ("7143.\n45" arrives as
 * "7143. 45" after normalization), Chinese numerals ("百分之九十三", "三百二十万"), negative
 * values, ranges ("90%-95%"), and units (元 / 千元 / 万元 / 亿元 / % / 分).
 */
import type { Unit } from '../model/record.ts';
import { Decimal, halfUlp, isMoneyUnit, toYuan } from '../model/money.ts';

// the money helpers live in the model (reconcile, store and export use them too); extract's rules take them from here
export { convertMoney, Decimal, halfUlp, isMoneyUnit, toYuan } from '../model/money.ts';

/**
 * Σ values in exact decimal arithmetic, from 0 in the order given (0 for none). Each caller says at its
 * call site what a missing value counts as: `?? '0'` leaves it out of the sum, `?? 'NaN'` poisons the sum so
 * that it equals no total.
 */
export function sumOf(values: readonly Decimal.Value[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

/**
 * Σ amounts in 元, each converted from its own unit. An amount in no money unit (a percent, a count) is left out
 * (`notMoney` '0') or poisons the sum so that it equals no total ('NaN'); each caller says which.
 */
export function sumInYuan(amounts: readonly { value: string; unit: string }[], notMoney: '0' | 'NaN'): Decimal {
  return sumOf(amounts.map((a) => toYuan(a.value, a.unit) ?? notMoney));
}

/** A money unit a table or list declares for its amounts: "单位:元", "金额单位:万元", "(万元)". */
export const UNIT_DECLARATION = /(?:单位|\()\s*[:]?\s*(万元|元|亿元|千元)\)?/;
/** The same, only as a 单位 line ("单位:元"), where a bracketed "(元)" may name something else (补助(元/人)). */
export const UNIT_LINE = /单位\s*[:]?\s*(万元|元|亿元|千元)/;

/** The unit texts declare (a table's header cells, the lines above it); 万元, the reports' usual unit, when they declare none. */
export function declaredUnit(texts: string[]): Unit {
  return (UNIT_DECLARATION.exec(texts.join(' '))?.[1] as Unit | undefined) ?? '万元';
}

/** "23,866.88" → "23866.88"; "7143. 45" → "7143.45"; "-3.2" stays. Returns null for anything else. */
export function cleanDecimal(text: string): string | null {
  const s = text.replace(/[,\s]/g, '').replace(/^\+/, '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  // drop leading zeros but keep "0.x"; keep trailing zeros: they state the precision
  return s.replace(/^(-?)0+(?=\d)/, '$1');
}

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const CN_SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNIT: Record<string, number> = { 万: 10000, 亿: 100000000 };
const CN_NUMERAL_CHARS = '零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点';

/**
 * What a year in Chinese numerals writes for 0: 〇, 零 and ○, and the letter O or the digit 0 a keyboard gives where 〇 has
 * no key ("二OO九年", "二0二三年", a common typing in notices).
 */
export const CHINESE_ZERO = '〇零○O0Ｏ０';
/** A year written one Chinese numeral a digit: 二〇二三, 二零二四, 二OO九 (CHINESE_ZERO for 0). A regex source. */
export const CHINESE_YEAR_DIGITS = `[一二][${CHINESE_ZERO}][${CHINESE_ZERO}一二三四五六七八九]{2}`;

/**
 * Chinese numerals to a decimal string: "九十三" → "93", "三百二十万" → "3200000",
 * "一千零五" → "1005", "九十三点五" → "93.5". Null when the text is not a numeral.
 */
export function chineseNumeral(text: string): string | null {
  if (!text || ![...text].every((c) => CN_NUMERAL_CHARS.includes(c))) return null;
  const [intPart, fracPart] = text.split('点');
  let total = new Decimal(0);
  let section = 0; // below 万
  let digit = -1;
  for (const c of intPart) {
    if (c in CN_DIGIT) digit = CN_DIGIT[c];
    else if (c in CN_SMALL_UNIT) {
      section += (digit < 0 ? 1 : digit) * CN_SMALL_UNIT[c];
      digit = -1;
    } else if (c in CN_BIG_UNIT) {
      section += Math.max(digit, 0);
      total = total.plus(section).times(CN_BIG_UNIT[c]);
      section = 0;
      digit = -1;
    } else return null;
  }
  if (digit >= 0) section += digit;
  total = total.plus(section);
  if (intPart === '' && fracPart === undefined) return null;
  let out = total.toFixed();
  if (fracPart !== undefined) {
    const digits = [...fracPart].map((c) => CN_DIGIT[c]);
    if (digits.some((d) => d === undefined) || digits.length === 0) return null;
    out += `.${digits.join('')}`;
  }
  return out;
}

export interface NumberToken {
  /** Exact decimal string, separators removed. */
  value: string;
  unit: Unit;
  /** Offsets in the text the token was found in. */
  start: number;
  end: number;
  /** The number as written, for messages. */
  written: string;
  /** A known OCR confusion read through ("万兀→万元"), kept so that a reviewer sees it. */
  corrected?: string;
}

/** Units as OCR misreads them: 兀 for 元 is the classic confusion of the two glyphs. */
const OCR_UNIT: Record<string, Unit> = { 万兀: '万元', 亿兀: '亿元', 千兀: '千元' };
/**
 * "预算资金50万,实际支出48万。": 万 and 亿 alone, the 元 left out as in speech, are 万元 and 亿元 where a
 * clause's punctuation closes them, or the words that say what became of the money follow ("13.97万并且全部到位", "50万已拨付",
 * "20万用于…": 并且 / 全部 / 均已 / 已 / 用于, no measure word's), or a bracket opens a remark after them ("854万(A 400万元,B…)"; a bracket holding
 * a measure word, "2万(亩)", is a count's) (万人, 万亩, 万余 are counts and areas; a 万 at a line's or the text's
 * end may be a 万元 cut by a wrap or by the copy, and is not read).
 */
const SPOKEN_UNIT: Record<string, Unit> = { 万: '万元', 亿: '亿元' };

/**
 * A number followed by its unit. Money units must be followed by something that is not a
 * further measure word (万平方米 is an area, not money). Percent accepts "%" and "百分之N".
 * Digits grouped by spaces as the national standard on numbers writes them ("3 456.78 万元", "12 345 678元")
 * are one amount only before a money unit, and only with decimals or two groups: "5 200万元" may be a count's
 * cell and an amount's, so it is left unread, unless a word runs right into its first group, as prose writes an
 * amount and no table a cell ("中央财政投入资金2 100万元").
 */
/**
 * The units and measure words written right after a number (万 / 元 of money, 公里 / 亩 / 吨 of quantities, 个 / 人 / 次 of
 * counts, 年 / 月 / 日 of dates): digits before one open no name (DIGITS_OPENING_A_NAME), and one in a bracket after 万 makes
 * the 万 a count's (NUMBER_RE, which takes 株 / 头 / 只 / 份 as well).
 */
const MEASURE_WORDS = '万亿元千百公平亩倍吨个人米次户台套件项分秒天年月日度克斤升辆座家所处条张册场间名';
const NUMBER_RE = new RegExp(
  String.raw`(?<![\d.])((?<!\d[ \u00a0\u2009])-?\d{1,3}(?:[ \u00a0\u2009]\d{3})+\.\d+(?=\s*(?:亿元|万元|元))|(?<!\d[ \u00a0\u2009])-?\d{1,3}(?:[ \u00a0\u2009]\d{3}){2,}(?=\s*(?:亿元|万元|元))|(?<=[\u4e00-\u9fff])\d{1,3}[ \u00a0\u2009]\d{3}(?=\s*(?:亿元|万元|元))|-?\d{1,3}(?:,\d{3})+(?:\.\s?\d+)?|-?\d+(?:\.\s?\d+)?)\s*(?:(亿元|万元|千元|元|亿兀|万兀|千兀|%|分(?![之钟厘米值])|个|[万亿](?=[,;:)、。!?]|并且|全部|均已|已经?|用于|\((?![${MEASURE_WORDS}株头只份%])))|\((亿元|万元|千元|元)\))?`,
  'g',
);
const CN_PERCENT_RE = /百分之([零〇一二两三四五六七八九十百点]+)/g;
/** "三百二十万元", and the capital forms of formal amounts ("壹佰贰拾万元"). */
const CN_MONEY_RE = /([零〇一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟]+)(亿元|万元|元)/g;
const CN_DIGIT_WORD = /[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾]/;
/**
 * "自评得分为九十五分", "总分九十二点五分,等级为优": a score of points written in Chinese numerals. Two numeral characters
 * at least, so that the adverb 十分 ("十分重要") is none, and the clause closing right after 分: 分 followed by a word
 * is another word (一百分制, 十一分局, 三分之一).
 */
const CN_SCORE_RE = /(?<![零〇一二两三四五六七八九十百点\d])([零〇一二两三四五六七八九十百点]{2,})分(?=[\s,.;:、。!?()]|$|等|的|以)/g;

/**
 * Digits that open a name ("12345热线", "12315消费维权"): three or more, run into a Chinese word that is no unit an amount is
 * written in (or a space before it, as a PDF spaces digits from words), so that after a list number "2." they are no decimal's places ("2.5万元", "1.234亿元", "2.125公里" are).
 */
const DIGITS_OPENING_A_NAME = String.raw`\d{3,}(?![\d.,])\s?(?![${MEASURE_WORDS}%])[\u4e00-\u9fff]`;
/**
 * What may follow the dot of a list number "1." (a pattern's source): no digit, which would make it a decimal ("1.5万元"),
 * unless the digits are a year's opening the item's name ("1.2023年高标准农田建设项目", "2.2022年度…"): a decimal run into
 * 年 is no amount a report writes; or digits that open a name (DIGITS_OPENING_A_NAME: "2.12345热线运维经费").
 */
export const LIST_DOT_END = String.raw`(?!(?!(?:19|20)\d\d\s*年)(?!${DIGITS_OPENING_A_NAME})\d)`;

/** Whitespace as `\s` counts it, one character at a time. */
const SPACE = /\s/;
/** Plus signs as a sum writes them, half- and full-width. */
const PLUS = new Set(['+', '＋']);

/**
 * Whether a digit, then a plus sign, stands right before `at` (spaces allowed around the sign): "89+82".
 * Scanned back from `at` rather than tested with an end-anchored pattern on the text before it, which
 * costs the whole text for every number and made a page run together on one line take minutes.
 */
function plusBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SPACE.test(text[i])) i--;
  if (i < 0 || !PLUS.has(text[i])) return false;
  i--;
  while (i >= 0 && SPACE.test(text[i])) i--;
  return i >= 0 && text[i] >= '0' && text[i] <= '9';
}

/** The numbers of `text` from `from` on, with offsets in `text`: what lies before `from` is not read. */
export function findNumbersFrom(text: string, from: number, opts: { bare?: boolean } = {}): NumberToken[] {
  const found = findNumbers(text.slice(from), opts);
  return from ? found.map((n) => ({ ...n, start: n.start + from, end: n.end + from })) : found;
}

/** All numbers with a unit (or a bare number where `bare` is true) in `text`, in order. */
export function findNumbers(text: string, opts: { bare?: boolean } = {}): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const written = m[1];
    const value = cleanDecimal(written);
    if (value === null) continue;
    // "实际支出(万元)89+82": digits joined by + are a sum written out or a decimal point a copy garbled,
    // no amount of their own
    if (/^\s*[+＋]\s*\d/.test(text.slice(m.index + written.length)) || plusBefore(text, m.index)) continue;
    // "7143.45(万元)": a money unit in brackets after the number is its unit too
    const stated = m[2] ?? m[3];
    const ocr = stated ? OCR_UNIT[stated] : undefined;
    const unit = ocr ?? SPOKEN_UNIT[stated ?? ''] ?? ((stated ?? '') as Unit);
    if (!unit && !opts.bare) continue;
    if (unit === '%' && RUN_TOGETHER_PERCENT.test(written)) continue;
    // "2023 年", "第 3 名", dates and list numbers are not amounts; a unit is what makes a number an amount
    const end = m.index + m[0].length;
    out.push({
      value,
      unit,
      start: m.index,
      end: unit ? end : m.index + written.length,
      written,
      ...(ocr ? { corrected: `${stated}→${ocr}` } : {}),
    });
  }
  for (const m of text.matchAll(CN_PERCENT_RE)) {
    const value = chineseNumeral(m[1]);
    if (value !== null) out.push({ value, unit: '%', start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  for (const m of text.matchAll(CN_SCORE_RE)) {
    const value = chineseNumeral(m[1]);
    if (value !== null) out.push({ value, unit: '分', start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  for (const m of text.matchAll(CN_MONEY_RE)) {
    // only whole Chinese-numeral amounts: "三百二十万元"; a lone "万元" after digits is handled above
    const value = chineseNumeral(m[1]);
    // "7143.45 万元" is not 0 元: a Chinese amount needs a digit word of its own
    if (value === null || !CN_DIGIT_WORD.test(m[1]) || /[\d\s]/.test(text[m.index - 1] ?? '')) continue;
    out.push({ value, unit: m[2] as Unit, start: m.index, end: m.index + m[0].length, written: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Amounts joined by 、 with their unit written once, after the last ("分别为10、20、30万元", "95、98%"):
 * each takes that unit, where the run opens where `opens` says (at the end of the text before its
 * first number, from the previous number's end). Every other bare number stays bare: a count, a
 * year or a list number is no amount.
 */
export function unitWrittenOnce(numbers: NumberToken[], text: string, opens: (from: number, before: string) => boolean): NumberToken[] {
  const out = [...numbers];
  for (let i = 0; i < out.length; i++) {
    if (out[i].unit) continue;
    let k = i;
    while (k + 1 < out.length && !out[k].unit && LISTED_JOINER.test(text.slice(out[k].end, out[k + 1].start))) k++;
    const unit = out[k].unit;
    const from = i > 0 ? out[i - 1].end : 0;
    if (k > i && (isMoneyUnit(unit) || unit === '%') && opens(from, text.slice(from, out[i].start)))
      for (let j = i; j < k; j++) out[j] = { ...out[j], unit };
    i = k;
  }
  return out;
}
/** Between the amounts of a run sharing one unit: a 、 and nothing else. */
const LISTED_JOINER = /^\s*、\s*$/;

/**
 * Whether a stated rate is `executed` ÷ `base` × 100 within the rounding of the rate as written
 * ("95.1" admits 0.05), plus `slack`: how every reader tests that a budget, its spending and a rate
 * belong together.
 */
export function rateWithinRounding(executed: string, base: string, rate: string, slack: string | number = 0): boolean {
  return new Decimal(executed).div(base).times(100).minus(rate).abs().lessThanOrEqualTo(halfUlp(rate).plus(slack));
}

/**
 * Whether a rate stated without its % sign is a ratio ("0.9469", "1" under 执行率: executed ÷ budget,
 * not its percent), which states no percentage (LABELS.md convention 1): read as a percent it does
 * not fit the money, read as a ratio it does, within the rounding of its last digit.
 */
export function isRatioNotPercent(executed: string, base: string, rate: string): boolean {
  if (new Decimal(base).isZero()) return false;
  const ratio = new Decimal(rate);
  return (
    ratio.lessThanOrEqualTo(1.5) &&
    !rateWithinRounding(executed, base, rate) &&
    rateWithinRounding(executed, base, ratio.times(100).toString(), halfUlp(rate).times(100).toString())
  );
}

/**
 * Whether amounts are written with as many decimals each ("220" and "215", "64.8" and "64.8"): a table's amount
 * columns are written alike, which tells the right cut of a run-together row from one that fits its rate only within
 * the rounding of a rate written whole ("22021597.73%": 220 / 215 / 97.73%, not 22021 / 597.7 / 3%).
 */
export function writtenAlike(amounts: string[]): boolean {
  return new Set(amounts.map((a) => (a.replace(/,/g, '').split('.')[1] ?? '').length)).size <= 1;
}

/** A percentage of five integer digits or more (10000%): no rate a report states, but cells run together. */
const RUN_TOGETHER_PERCENT = /^-?\d{5,}(?:\.\d+)?$/;

/** A cell that holds exactly one number, possibly with a unit ("43.2", "86%", "1,200.00", "3.36万元"). */
export function cellNumber(text: string): { value: string; unit: Unit } | null {
  const t = text.replace(/\s/g, '');
  // "4753.66万": the cell's end closes the amount as clause punctuation does in prose, so 万 / 亿 alone is 万元 / 亿元
  const m = /^(-?[\d,]+(?:\.\d+)?)(亿元|万元|千元|元|%|分|万|亿)?$/.exec(t);
  if (!m) return null;
  // "40004000100%": a row's cells run together (4000 | 4000 | 100%), no percentage; the table readers split
  // such a row against its header
  if (m[2] === '%' && RUN_TOGETHER_PERCENT.test(m[1])) return null;
  const value = cleanDecimal(m[1]);
  return value === null ? null : { value, unit: (SPOKEN_UNIT[m[2] ?? ''] ?? m[2] ?? '') as Unit };
}

/**
 * A remark on a part of an amount, in brackets after it ("10(其中,灾情因素6万元)", "25(含配套资金5万元)"): what the
 * part is and how much, no other amount of the cell.
 */
const PART_REMARK = /^([^()]+?)\((?:其中|含|包括|包含)[^()]*\)$/;

/**
 * A money cell of a project list: one amount, perhaps with a remark on a part of it after it in brackets (an
 * allocation table's "10(其中,灾情因素6万元)" is 10). Never a percentage: a rate has no parts.
 */
export function moneyCell(text: string): { value: string; unit: Unit } | null {
  const whole = cellNumber(text);
  if (whole) return whole;
  const m = PART_REMARK.exec(text.replace(/\s/g, ''));
  const n = m ? cellNumber(m[1]) : null;
  return n && n.unit !== '%' ? n : null;
}

/** A range "90%-95%" or "90-95%" as its two ends. */
export function parseRange(text: string): { low: string; high: string; unit: Unit } | null {
  const m = /^(-?\d+(?:\.\d+)?)(%?)\s*[-~～至到]\s*(-?\d+(?:\.\d+)?)(%?)$/.exec(text.replace(/\s/g, ''));
  if (!m) return null;
  const unit = (m[2] || m[4] ? '%' : '') as Unit;
  return { low: m[1], high: m[3], unit };
}
