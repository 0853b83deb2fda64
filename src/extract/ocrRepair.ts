/**
 * OCR's known character confusions, read through inside the vocabulary's own words.
 *
 * A scanned or image-copied report reads 预箅 for 预算, 执仃数 for 执行数, 年未结余 for 年末结余: one
 * glyph for a look-alike. Every wording, table header and fund name then fails to match, and a
 * whole table's figures vanish. The repair here is guided by the vocabulary: a confusable character
 * is replaced only where the replacement completes one of the vocabulary's words (预箅数 → 预算数
 * because 预算数 is a word the rules read), never elsewhere, so 未来 and 人员 stay as written.
 * It keeps the text's length, so every position found in the repaired text is a position in the
 * normalized text, and the evidence still quotes what the source says. The repairs are returned
 * with their places for the evidence (a reviewer sees "箅→算" beside the figure).
 */
import { DIGIT_LIKE, LETTERS_INSIDE_DIGITS } from '../parse/ocrDigits.ts';
import { CHINESE_YEAR_DIGITS } from './numbers.ts';
import { FUNDING_LINES, TABLE_HEADERS, TABLE_ONLY, THREE_PUBLIC_ITEMS, WORDINGS } from '../model/wordings.ts';

export interface OcrConfusion {
  /** The character OCR wrote. */
  seen: string;
  /** The character the print had. */
  meant: string;
  /**
   * The character OCR wrote is an everyday one (人, 未, 己), so a two-character word with it may be
   * a real word (年未 in 当年未完成, 收人 in 接收人): only words of three or more characters are repaired.
   */
  everyday?: true;
  /**
   * The shortest vocabulary word repaired through it, where the glyph OCR wrote makes a real word with part of a shorter one
   * (财政所 is a township's finance office: 财政所款 may be its money, 财政所款收入 is no one's).
   */
  shortestWord?: number;
  /** A misreading of a vocabulary word and the word (test/extract/ocrRepair.test.ts repairs every one). */
  example: [misread: string, word: string];
}

/** The confusions of Chinese OCR on printed budget forms, each a pair of look-alike glyphs. */
export const OCR_CONFUSIONS: OcrConfusion[] = [
  // 年未结余 for 年末结余: the strokes' lengths are all that tells them apart
  { seen: '未', meant: '末', everyday: true, example: ['年未结余', '年末结余'] },
  { seen: '己', meant: '已', everyday: true, example: ['己拨付', '已拨付'] },
  { seen: '巳', meant: '已', example: ['巳拨付', '已拨付'] },
  // 收人合计 for 收入合计: one stroke's side
  { seen: '人', meant: '入', everyday: true, example: ['本年收人合计', '本年收入合计'] },
  // 预箅 for 预算: the bamboo head over a near-identical body
  { seen: '箅', meant: '算', example: ['全年预箅数', '全年预算数'] },
  // 执仃数 for 执行数: the right half of 行 read alone
  { seen: '仃', meant: '行', example: ['全年执仃数', '全年执行数'] },
  { seen: '卒', meant: '率', example: ['执行卒', '执行率'] },
  { seen: '岀', meant: '出', example: ['项目支岀', '项目支出'] },
  { seen: '仝', meant: '全', example: ['仝年预算数', '全年预算数'] },
  // 顸算 for 预算: the same 页 on the right, the left half's strokes read as 干
  { seen: '顸', meant: '预', example: ['全年顸算数', '全年预算数'] },
  // 预匏数 for 预算数: the bamboo head read as 艹 over a body of the same outline
  { seen: '匏', meant: '算', example: ['年初预匏数', '年初预算数'] },
  // 财政拔款 for 财政拨款, 顶目 for 项目, 拨欸 for 拨款
  { seen: '拔', meant: '拨', example: ['财政拔款', '财政拨款'] },
  { seen: '顶', meant: '项', example: ['顶目支出', '项目支出'] },
  { seen: '欸', meant: '款', example: ['财政拨欸', '财政拨款'] },
  // 财政搬款 / 财政斤款 for 财政拨款: the same 扌 with its right half read as 般, or the radical lost and 发 read as 斤
  // (搬 of 搬迁 and 斤 of 公斤 are everyday: only longer words are repaired)
  { seen: '搬', meant: '拨', everyday: true, example: ['财政搬款收入', '财政拨款收入'] },
  { seen: '斤', meant: '拨', everyday: true, example: ['财政斤款支出', '财政拨款支出'] },
  // 财政所款收入 for 财政拨款收入: 拨's right half read as 所; 财政所 (the finance office) is a word, so only whole incomes
  // and spendings of six characters are repaired
  { seen: '所', meant: '拨', everyday: true, shortestWord: 6, example: ['财政所款收入', '财政拨款收入'] },
  // 执行宰 for 执行率: the top and the body kept, the middle strokes lost; 预算敫 for 预算数: 数's left half read as 白
  { seen: '宰', meant: '率', example: ['预算执行宰', '预算执行率'] },
  { seen: '敫', meant: '数', example: ['全年预算敫', '全年预算数'] },
  // 执衍数 for 执行数: 行 read with a stroke inside; 等圾 for 等级: the radical's strokes read as 土
  { seen: '衍', meant: '行', example: ['全年执衍数', '全年执行数'] },
  { seen: '圾', meant: '级', example: ['评价等圾', '评价等级'] },
  // 实际支山 for 实际支出: 出 with its top lost (山 is an everyday character: only longer words are repaired)
  { seen: '山', meant: '出', everyday: true, example: ['实际支山', '实际支出'] },
  // 支忖进度 for 支付进度: 付 with its right half read as 寸 under a heart radical's strokes
  { seen: '忖', meant: '付', example: ['支忖进度', '支付进度'] },
  // 补助姿金 for 补助资金: 资's top (次) kept and its 贝 read as 女 (姿 of 姿态 is everyday: only longer words)
  { seen: '姿', meant: '资', everyday: true, example: ['年度姿金总额', '年度资金总额'] },
];

/**
 * Glyphs OCR writes inside an amount: letters for digits (12O.50, 98.l7%; the PDF OCR's own DIGIT_LIKE), 方, 力 or 世
 * for the 万 of 万元, 兀 for its 元.
 * Read through only inside a number — a letter between two digits, or closing a number before its
 * unit (1OO%, 120.5O万元) — and 方/力 only between a digit and 元: words are never touched, so 5G, PM2.5,
 * C30 and 土方 stay as written. The same fixes the PDF OCR applies to its own lines (parse/pdf/ocr.ts),
 * for text that arrives already OCR'd (a mirror's copy of a scan, a .docx of an image).
 */
export const NUMBER_CONFUSIONS: { seen: string; meant: string; example: [misread: string, reading: string] }[] = [
  { seen: 'O', meant: DIGIT_LIKE.O, example: ['12O.50万元', '120.50万元'] },
  { seen: 'o', meant: DIGIT_LIKE.o, example: ['预算执行率98.o5%', '预算执行率98.05%'] },
  { seen: 'l', meant: DIGIT_LIKE.l, example: ['预算执行率98.l7%', '预算执行率98.17%'] },
  { seen: 'I', meant: DIGIT_LIKE.I, example: ['2I5.30万元', '215.30万元'] },
  { seen: '方', meant: '万', example: ['120.50方元', '120.50万元'] },
  { seen: '力', meant: '万', example: ['86.4力元', '86.4万元'] },
  // 世 for 万: a blurred copy joins 万's strokes into 世's (1687.45世元)
  { seen: '世', meant: '万', example: ['1687.45世元', '1687.45万元'] },
  // 兀 for 元: 元 without its top stroke, after 万 or a number (资金(万兀), 86.4万兀)
  { seen: '兀', meant: '元', example: ['86.4万兀', '86.4万元'] },
];
const DIGIT_OF = new Map(NUMBER_CONFUSIONS.map((c) => [c.seen, c.meant]));
/**
 * A unit after a number as OCR may read it, its own glyphs misread too ("48.5O万兀": the letter is read through before the
 * unit is, WAN_IN_UNIT / YUAN_IN_UNIT below): 万元, 元, 亿元, their 万 read as 方 / 力 / 世 and their 元 as 兀, % or 分.
 */
const UNIT_AS_READ = '[万方力世亿]?[元兀]|%|分';
/**
 * A run of digit-like letters inside a number (as the PDF OCR reads them), or closing one before its unit (1OO%, a
 * score's 9l分), its decimals too (98.OO%, 120.OO万元: the letters after the point, the unit right after them), or
 * the l / I opening one that runs to its unit (l234.56万元, I5分, with the O after it read for 0 too: IO0%; after no letter,
 * digit or point: PM2.5, C30 stay).
 */
const LETTERS_IN_NUMBER = new RegExp(
  `${LETTERS_INSIDE_DIGITS.source}|(?<=[0-9]\\.?)[Ool]+(?=${UNIT_AS_READ})|(?<![A-Za-z0-9.])[lI][Oo]*(?=,?[0-9][0-9,]*(?:\\.[0-9]+)?\\s?(?:${UNIT_AS_READ}))`,
  'g',
);
/** 方, 力 or 世 for 万, between a number and 元. */
const WAN_IN_UNIT = /(?<=[0-9]\s?)[方力世](?=元)/g;
/** 兀 for the 元 of a unit: after a number or after 万 / 亿 / 千, where 兀 makes no word. */
const YUAN_IN_UNIT = /(?<=[0-9]\s?|[万亿千])兀/g;

/**
 * The digits a blurred copy reads a rate's % sign as, the commonest first: its two circles and stroke as "96", "98" or
 * "94" ("8696" for 86%, "10098" for 100%). The one place these readings are written: the running text's repair
 * (PERCENT_READ_AS_96), a table cell's rate (PERCENT_MISREAD_IN_CELL) and a figure's rate (PERCENT_MISREAD_IN_VALUE)
 * read them from here.
 */
export const PERCENT_AS_DIGITS = ['96', '98', '94'];
/** A rate as reports write it before its % sign: up to three digits and two decimals (100, 85.75). */
const RATE_DIGITS = '\\d{1,3}(?:\\.\\d{1,2})?';

/**
 * A rate's % sign read as "96" by a blurred copy ("预算执行率 10096。", "完工率 24396,"): an integer of five or more
 * digits, or of four after a rate word and no unit, is no rate anyone writes, and its "96" closes it where a % sign
 * would, before the clause's punctuation. Read only right after a rate word (…率, 为 / 达 / : between), with no %, point,
 * digit or word after it: "增长率9.96%", "执行率96%", "覆盖率1096人" and a document number "[2020]396号" stay. Nothing
 * here confirms the reading (a table's row or a figure's budget does, below), so only the commonest reading of the
 * sign is repaired, and only after an integer rate of two or three digits (RATE_DIGITS' decimals could be the number's).
 */
const PERCENT_READ_AS_96 = new RegExp(`(?<=率\\s?(?:为|达到|达|是|:)?\\s?[1-9][0-9]{1,2})${PERCENT_AS_DIGITS[0]}(?=[,;。、)\\s]|$)`, 'gm');

/**
 * A table cell's rate whose % sign OCR misread: the rate (group 1), then the sign read as digits ("8696" for 86%), or
 * as a 9 before the sign it also kept ("1009%"), or kept with a stray digit after it ("86%6"). The digits alone could
 * be a real number: only the row's own budget and spending confirm the reading (tables.ts misreadPercent).
 */
export const PERCENT_MISREAD_IN_CELL = new RegExp(`^(${RATE_DIGITS})(?:${PERCENT_AS_DIGITS.join('|')}|9%|%\\d)$`);
/**
 * A figure's rate whose % sign OCR misread, the sign it kept already the figure's unit ("1009%" read as 1009): the rate
 * (group 1), then what stood for the sign (group 2), the sign read as digits or a 9 before the kept sign ("9%" in a
 * cell). Only the figure's own budget and spending confirm the reading (index.ts rateTheRatioConfirms).
 */
export const PERCENT_MISREAD_IN_VALUE = new RegExp(`^(${RATE_DIGITS})(9|${PERCENT_AS_DIGITS.join('|')})$`);

/**
 * A form header's ratio formula closed by a "1" for its ")" ("执行率(B/A1得分", a scan's copy): a measure's header (…率,
 * …数, …额, …值) names its formula of capital letters (A, B/A, C) in brackets, closed before the next header word, and no
 * "1" ends one. Nothing else is read so: "(B/A)100%" keeps its digits, a code in brackets ("配电房(A1区)") stays. (A
 * PDF's text layer spaces the "1" off the word after it, "(B/A1 得分": read the same.)
 */
const FORMULA_CLOSED_BY_ONE = /(?<=[率数额值]\([A-F](?:\/[A-F])?)1(?= ?[\u4e00-\u9fff])/g;

/**
 * The first item's number of a bracketed list read as a letter, "( l ) 分类收集设施购置,…;(2)分类运输车辆…": an l or I alone
 * in brackets before a name, where the list's "(2)" follows in the same text (an l in brackets anywhere else stays).
 */
const LIST_ONE_READ_AS_LETTER = /(?<=\(\s?)[lI](?=\s?\)\s?[\u4e00-\u9fff][^()]{0,300}\(\s?2\s?\))/g;

/**
 * An amount's thousands commas read as points ("基本支出 1.838.75 万元", a scan's copy of "1,838.75万元"): a point can close
 * only one integer part, so in a run of groups of exactly three digits after a short lead, closed by one decimal part and
 * its money unit, every point but the last is a comma. A date or a section number (2023.12.31, 1.2.3) has no such groups
 * or no unit after it, and a single point (1.838万元) is a decimal: they stay as written.
 */
const THOUSANDS_READ_AS_POINTS = /(?<![0-9.,A-Za-z])[1-9][0-9]{0,2}(?:\.[0-9]{3})+\.[0-9]{1,4}(?=\s?(?:万元|元|亿元))/g;

/**
 * A year's 年 OCR wrote as 牢 ("2023牢度部门整体支出绩效自评报告", "二〇二三牢度部门决算"): the two glyphs differ by the roof
 * alone. Read only right after a year's four digits and before what a title's year is followed by (度, 部门, 单位, 项目,
 * 决算, 预算, 整体 …), so 牢固 / 牢记 and a textile's 色牢度 keep their 牢: no year stands before them.
 */
const YEAR_NIAN_READ_AS_LAO = new RegExp(
  String.raw`(?<=(?<![\d.])(?:19|20)\d{2}\s?|${CHINESE_YEAR_DIGITS}\s?)牢(?=\s?(?:度|部门|单位|项目|决算|预算|整体|绩效))`,
  'g',
);
/**
 * Glyphs that stand for one character only, an old or variant form a scan's OCR (or a font's mapping) writes for it: 吿 for
 * the 告 of 报告 ("…绩效自评报吿"). No word of today's text is spelled with them, so they are read through everywhere.
 */
const VARIANT_GLYPHS = new Map([['吿', '告']]);
const VARIANT_GLYPH = new RegExp(`[${[...VARIANT_GLYPHS.keys()].join('')}]`, 'g');

/** A cell of digits and digit-like letters with at least one digit (1OO, 12O, ll8, 98.3O%). */
const NUMBER_LIKE_CELL = /^(?=[^\d]*\d)[0-9OolI.,%]+$/;
/** A line's cells, one run of non-space characters each. */
const CELL = /[^\s|]+/g;

/**
 * A form's row copied as spaced cells, whose numbers OCR wrote with letters and no unit after them ("年度资金总额 1OO 12O
 * ll8 10 98.33% 9.8"): a cell of digits and digit-like letters, next to another such cell in a line of three or more,
 * is a number. A letter code among words ("C30", "型号IO1") or a lone cell stays as written.
 */
function lettersInCells(text: string): { at: number; seen: string }[] {
  const found: { at: number; seen: string }[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = [...line.matchAll(CELL)].map((m) => ({ at: lineStart + m.index, text: m[0], number: NUMBER_LIKE_CELL.test(m[0]) }));
    if (cells.filter((c) => c.number).length >= 3) {
      cells.forEach((c, k) => {
        if (!c.number || !/[OolI]/.test(c.text) || !(cells[k - 1]?.number || cells[k + 1]?.number)) return;
        for (const [i, ch] of Array.from(c.text).entries())
          if (DIGIT_OF.has(ch) && /[OolI]/.test(ch)) found.push({ at: c.at + i, seen: ch });
      });
    }
    lineStart += line.length + 1;
  }
  return found;
}

export interface OcrRepair {
  /** Position in the text (UTF-16 index, the same before and after the repair). */
  at: number;
  seen: string;
  meant: string;
}

/** Two or more Han characters written literally in a regex source: the words a pattern spells. */
const LITERAL_WORD = /[\u4e00-\u9fff]{2,}/g;

/**
 * The vocabulary's words: the table headers, the fund names and the literal words of every wording
 * and “三公” item pattern (`(?:年初|全年)预算数` spells 年初, 全年 and 预算数). Derived, so a new
 * wording's words are repaired without a second list to keep.
 */
function vocabularyWords(): Set<string> {
  const words = new Set<string>();
  const spelled = (source: string) => {
    for (const m of source.matchAll(LITERAL_WORD)) words.add(m[0]);
  };
  for (const wording of WORDINGS) spelled(wording.label.source);
  for (const item of THREE_PUBLIC_ITEMS) spelled(item.label.source);
  for (const fund of FUNDING_LINES) spelled(fund.words);
  for (const header of TABLE_HEADERS) for (const word of header.words) spelled(word);
  for (const word of TABLE_ONLY) spelled(word);
  return words;
}

interface Variant {
  /** The word as OCR writes it, with one confusion. */
  misread: string;
  /** UTF-16 length of the word's characters before the confused one. */
  before: number;
  confusion: OcrConfusion;
}

function variantsOf(words: Set<string>): Map<string, Variant> {
  const variants = new Map<string, Variant>();
  for (const word of words) {
    const chars = Array.from(word);
    for (const [offset, char] of chars.entries()) {
      for (const confusion of OCR_CONFUSIONS) {
        if (char !== confusion.meant || chars.length < (confusion.shortestWord ?? (confusion.everyday ? 3 : 0))) continue;
        const misread = [...chars.slice(0, offset), confusion.seen, ...chars.slice(offset + 1)].join('');
        // a misreading that is itself a word of the vocabulary is no misreading
        if (words.has(misread) || variants.has(misread)) continue;
        variants.set(misread, { misread, before: chars.slice(0, offset).join('').length, confusion });
      }
    }
  }
  return variants;
}

/** The misread words by the character OCR wrote, longest first so that 预箅数 is repaired whole rather than through 预箅. */
const BY_SEEN = new Map<string, Variant[]>();
for (const variant of [...variantsOf(vocabularyWords()).values()].sort((a, b) => b.misread.length - a.misread.length)) {
  const list = BY_SEEN.get(variant.confusion.seen) ?? [];
  list.push(variant);
  BY_SEEN.set(variant.confusion.seen, list);
}
const SEEN = new RegExp(`[${[...BY_SEEN.keys()].join('')}]`, 'g');
/** 执仃卒 holds two confusions in one word: each pass repairs one, through the shorter words it completes. */
const PASSES = 3;

/**
 * The table headers a header run is read through, each a literal word of Chinese characters (TABLE_HEADERS' patterns
 * such as 偏差原因.* are no word to compare against), and the column it heads.
 */
const HEADER_WORDS: { word: string[]; column: string }[] = TABLE_HEADERS.flatMap((h) =>
  h.words.filter((w) => /^[\u4e00-\u9fff]+$/.test(w)).map((w) => ({ word: Array.from(w), column: h.column })),
);
/**
 * A header cell OCR misread outside the known confusions must be this long to be read through: a short one (执行卒 for
 * 执行率, 分植 for 分值) is one character from too many words to say which it was.
 */
const SHORTEST_MISREAD_HEADER = 4;
/**
 * The characters that make a header another column's, not a misreading of this one: whose or which year it is (上年执行数,
 * 本年预算数, 当年预算数 beside 全年执行数) and what it measures (实际完成值 of an indicator table beside 实际完成数,
 * 执行额 beside 执行数). One of them in place of a header's character is left as written.
 */
const OTHER_COLUMN = /[上本下当今去明前次值额率量度数]/;
/**
 * A cell's border as a scan's OCR writes it between header cells ("年初颅算 | 调整后预算数 | 预算执行数 | ] 颈算执行率"):
 * passed over between headers like a space, never inside one.
 */
const CELL_BORDER = /[|\[\]丨]/;
/** How many header cells in one run a line may have read through: every one needs its neighbours confirmed first. */
const HEADER_PASSES = 4;

/** The longest a header's note in brackets runs ("(A)", "(B/A)", "(10分)", "(万元)"). */
const HEADER_NOTE = 14;
/** Where a header's note in brackets at `k` ends ("年初预算数(A)"), or `k` where none opens there. */
function afterNote(chars: string[], k: number): number {
  if (chars[k] !== '(' && chars[k] !== '（') return k;
  for (let j = k + 1; j < chars.length && j <= k + HEADER_NOTE; j++) if (chars[j] === ')' || chars[j] === '）') return j + 1;
  return k;
}

/** The first two and the last two characters of every header: where a cell written together with the next begins or ends. */
const HEADER_OPENINGS = new Set(HEADER_WORDS.map((h) => h.word.slice(0, 2).join('')));
const HEADER_ENDINGS = new Set(HEADER_WORDS.map((h) => h.word.slice(-2).join('')));

/**
 * Any header written as it is, longest first as exactHeaders reads them. A line where this finds fewer than two (spaces
 * and cell borders taken out) has fewer than two exact headers, so no run to read a misread cell through: most lines
 * of prose are passed over on this one scan instead of a comparison with every header at every character.
 */
const ANY_HEADER = new RegExp([...new Set(HEADER_WORDS.map((h) => h.word.join('')))].sort((a, b) => b.length - a.length).join('|'), 'g');
const SPACE_OR_BORDER = /[\s|[\]丨]/g;
function holdsTwoHeaders(line: string): boolean {
  let found = 0;
  for (const _ of line.replace(SPACE_OR_BORDER, '').matchAll(ANY_HEADER)) if (++found === 2) return true;
  return false;
}

/** The headers by their first character: at each character of a line only those are compared. */
const HEADERS_BY_FIRST = new Map<string, (typeof HEADER_WORDS)[number][]>();
for (const h of HEADER_WORDS) HEADERS_BY_FIRST.set(h.word[0], [...(HEADERS_BY_FIRST.get(h.word[0]) ?? []), h]);

/**
 * The headers written in a line's characters (spaces left out), each with its note, longest first, read left to right.
 */
function exactHeaders(chars: string[]): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i < chars.length; ) {
    let best = 0;
    for (const h of HEADERS_BY_FIRST.get(chars[i]) ?? [])
      if (h.word.length > best && h.word.every((c, k) => chars[i + k] === c)) best = h.word.length;
    if (best) {
      const end = afterNote(chars, i + best);
      found.push({ start: i, end });
      i = end;
    } else i++;
  }
  return found;
}

/**
 * A header cell OCR misread by one character outside the known confusions, inside a run of headers its neighbours
 * confirm: "年初预算数 调整预算将 全年执行数 分值 执行率 得分", or the same run written together, where 调整预算将 is
 * one character from 调整预算数 and sits right against 全年执行数. Read as that header only where
 * - the cell is one character (a Chinese one, OCR's glyph for another) from a header of four characters or more;
 * - it sits right against a header read as written (or one read through before it), notes in brackets between them
 *   ("年初预入数(A)全年执行数(B)"), in a line with two such headers
 *   or more besides it: the run says this is a header row, not a sentence;
 * - no other header of another column, and no other character, is one edit away there (预算数 vs 决算数 would be a guess);
 * - the character that differs says no other column (OTHER_COLUMN: 本年执行数, 实际完成值 are columns of their own).
 * Spaces inside the run (a PDF's "年初预 算数") are passed over while matching and kept in the text; cell borders (|)
 * between the headers too, but no header is read across one. The repair keeps
 * the text's length and is returned with the others, so the evidence says "将→数".
 */
function misreadHeaders(text: string): OcrRepair[] {
  const repairs: OcrRepair[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (!holdsTwoHeaders(line)) {
      lineStart += line.length + 1;
      continue;
    }
    const places: number[] = [];
    const chars: string[] = [];
    /** The characters a cell's border comes before ("年初颅算 | 调整后预算数"): no header runs across one. */
    const bordered = new Set<number>();
    /** The characters a space comes before: inside a word ("年初预 算数") or between two cells ("全年预算 全年执"). */
    const spaced = new Set<number>();
    Array.from(line).reduce((at, c) => {
      if (CELL_BORDER.test(c)) bordered.add(chars.length);
      else if (/\s/.test(c)) spaced.add(chars.length);
      else {
        places.push(lineStart + at);
        chars.push(c);
      }
      return at + c.length;
    }, 0);
    lineStart += line.length + 1;
    for (let pass = 0; pass < HEADER_PASSES; pass++) {
      const exact = exactHeaders(chars);
      if (exact.length < 2) break;
      const starts = new Set(exact.map((e) => e.start));
      const ends = new Set(exact.map((e) => e.end));
      const covered = new Uint8Array(chars.length);
      for (const e of exact) covered.fill(1, e.start, e.end);
      // headers ended by each place and started from it, counted once for the whole line (a long line stays linear)
      const endedBy = new Uint32Array(chars.length + 1);
      const startedFrom = new Uint32Array(chars.length + 2);
      for (const e of exact) {
        endedBy[e.end]++;
        startedFrom[e.start]++;
      }
      for (let k = 1; k <= chars.length; k++) endedBy[k] += endedBy[k - 1];
      for (let k = chars.length; k >= 0; k--) startedFrom[k] += startedFrom[k + 1];
      // the places a misread cell can end (a header's start, or a note in brackets before one) and start (a header's
      // end): only cells there are compared with the headers, so that a long line costs its runs, not its length
      const endsBeforeHeader: number[] = [];
      for (let p = 0; p <= chars.length; p++) if (starts.has(afterNote(chars, p))) endsBeforeHeader.push(p);
      /** The cells one character from a header, each with the character it reads through. */
      const readings: { start: number; end: number; at: number; meant: string; column: string }[] = [];
      for (const h of HEADER_WORDS) {
        const n = h.word.length;
        if (n < SHORTEST_MISREAD_HEADER) continue;
        const cellStarts = new Set([...ends, ...endsBeforeHeader.map((p) => p - n)]);
        for (const s of [...cellStarts].sort((a, b) => a - b)) {
          if (s < 0 || s + n > chars.length) continue;
          let differs = -1;
          let count = 0;
          for (let k = 0; k < n && count < 2; k++) {
            if (chars[s + k] !== h.word[k]) {
              differs = s + k;
              count++;
            }
          }
          if (count !== 1) continue;
          if (Array.from({ length: n - 1 }, (_, k) => s + k + 1).some((k) => bordered.has(k))) continue;
          // the rest of the run: two headers or more outside the cell, one of them against it
          if (endedBy[s] + startedFrom[s + n] < 2) continue;
          // the character that differs alone across a space from the rest is the next cell's ("全年预算 全年执": 全 no 数)
          if ((differs === s + n - 1 && spaced.has(differs)) || (differs === s && spaced.has(s + 1))) continue;
          // or the next cell's first characters written together ("全年预算全年执": 全年 opens 全年执行数)
          // a character at the cell's edge is the cell's only where a header is read right beyond it, on that side
          if (differs === s + n - 1 && !starts.has(afterNote(chars, s + n))) continue;
          if (differs === s && !ends.has(s)) continue;
          if (differs === s + n - 1 && HEADER_OPENINGS.has(`${chars[differs]}${chars[differs + 1] ?? ''}`)) continue;
          if (differs === s && HEADER_ENDINGS.has(`${chars[differs - 1] ?? ''}${chars[differs]}`)) continue;
          const seen = chars[differs];
          if (!/^[\u4e00-\u9fff]$/.test(seen) || OTHER_COLUMN.test(seen) || covered[differs]) continue;
          readings.push({ start: s, end: s + n, at: differs, meant: h.word[differs - s], column: h.column });
        }
      }
      let changed = false;
      for (const r of readings) {
        // another reading of the same characters (another character, another header's column): no one reading
        const rivals = readings.filter((o) => o.start < r.end && r.start < o.end);
        if (rivals.some((o) => o.at !== r.at || o.meant !== r.meant || o.column !== r.column)) continue;
        if (chars[r.at] === r.meant) continue;
        repairs.push({ at: places[r.at], seen: chars[r.at], meant: r.meant });
        chars[r.at] = r.meant;
        changed = true;
      }
      if (!changed) break;
    }
  }
  return repairs;
}

/**
 * `text` with each character `pattern` matches (a global pattern of one character a match) read as `meant` of it,
 * each repair recorded in `repairs` where it stands: the text keeps its length.
 */
function readEach(text: string, pattern: RegExp, meant: (seen: string) => string, repairs: OcrRepair[]): string {
  return text.replace(pattern, (seen: string, at: number) => {
    repairs.push({ at, seen, meant: meant(seen) });
    return meant(seen);
  });
}

/** The text with OCR's confusions inside vocabulary words read through, and where they were. */
export function repairOcr(text: string): { text: string; repairs: OcrRepair[] } {
  const repairs: OcrRepair[] = [];
  let out = text;
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    for (const m of out.matchAll(SEEN)) {
      // the misread word holds the character at its variant's offset: it starts that far before it
      const hit = BY_SEEN.get(m[0])?.find((v) => m.index >= v.before && out.startsWith(v.misread, m.index - v.before));
      if (!hit) continue;
      out = `${out.slice(0, m.index)}${hit.confusion.meant}${out.slice(m.index + m[0].length)}`;
      repairs.push({ at: m.index, seen: hit.confusion.seen, meant: hit.confusion.meant });
      changed = true;
    }
    if (!changed) break;
  }
  // (twice for the letters: one opening a number is read only once the letters after it are, "l8.6O万元")
  for (const pattern of [LETTERS_IN_NUMBER, LETTERS_IN_NUMBER, WAN_IN_UNIT, YUAN_IN_UNIT]) {
    for (const m of out.matchAll(pattern)) {
      Array.from(m[0]).forEach((seen, k) => repairs.push({ at: m.index + k, seen, meant: DIGIT_OF.get(seen) ?? seen }));
    }
    out = out.replace(pattern, (m) => Array.from(m, (c) => DIGIT_OF.get(c) ?? c).join(''));
  }
  for (const m of out.matchAll(THOUSANDS_READ_AS_POINTS)) {
    const last = m[0].lastIndexOf('.');
    Array.from(m[0]).forEach((c, k) => {
      if (c === '.' && k < last) repairs.push({ at: m.index + k, seen: '.', meant: ',' });
    });
  }
  out = out.replace(THOUSANDS_READ_AS_POINTS, (m) => {
    const last = m.lastIndexOf('.');
    return `${m.slice(0, last).replace(/\./g, ',')}${m.slice(last)}`;
  });
  out = readEach(out, YEAR_NIAN_READ_AS_LAO, () => '年', repairs);
  out = readEach(out, VARIANT_GLYPH, (c) => VARIANT_GLYPHS.get(c) ?? c, repairs);
  out = readEach(out, FORMULA_CLOSED_BY_ONE, () => ')', repairs);
  out = readEach(out, LIST_ONE_READ_AS_LETTER, () => '1', repairs);
  const cells = lettersInCells(out);
  if (cells.length) {
    const chars = out.split('');
    for (const { at, seen } of cells) {
      const meant = DIGIT_OF.get(seen) ?? seen;
      chars[at] = meant;
      repairs.push({ at, seen, meant });
    }
    out = chars.join('');
  }
  const headers = misreadHeaders(out);
  if (headers.length) {
    const chars = out.split('');
    for (const r of headers) chars[r.at] = r.meant;
    out = chars.join('');
    repairs.push(...headers);
  }
  for (const m of out.matchAll(PERCENT_READ_AS_96)) repairs.push({ at: m.index, seen: m[0], meant: '%' });
  out = out.replace(PERCENT_READ_AS_96, '% ');
  return { text: out, repairs: repairs.sort((a, b) => a.at - b.at) };
}

/** The repairs inside [start, end), as a reviewer reads them ("箅→算 仃→行"), or undefined. */
export function repairsWithin(repairs: OcrRepair[] | undefined, start: number, end: number): string | undefined {
  const inside = (repairs ?? []).filter((r) => r.at >= start && r.at < end);
  if (!inside.length) return undefined;
  return [...new Set(inside.map((r) => `${r.seen}→${r.meant}`))].join(' ');
}
