/**
 * Numbered items, each a name and its money:
 *
 *   "1.A项目,安排资金47万元;2.B项目,安排资金30万元,实际支出28万元,执行率93.33%。"
 *   "(1)A工程:实际支出45万元,执行率90%"  (executed and rate, no budget)
 *   "资金安排如下:①A 20万元;②B 15万元"  (no cue: the introducing sentence says what they are)
 *
 * An item's first clause (up to ";" or "。") must read NAME [, or :] (CUE AMOUNT)+: every amount
 * preceded by a cue word and nothing else (安排资金 / 预算数 / 实际支出 / 执行率, see names.ts),
 * except that a cue-less single amount takes the measure of the sentence that introduces the
 * list, when that sentence ends with ":". The clause is read until the first piece that is not
 * a cue ("比上年增加", "其中中央资金"): what follows is commentary, not the item's money.
 * Items count only in a run of at least two numbered 1, 2, 3 … in the same style, which is what
 * makes them a list rather than one numbered paragraph.
 */
import {
  chineseNumeral,
  findNumbers,
  isMoneyUnit,
  LIST_DOT_END,
  type NumberToken,
  rateWithinRounding,
  sumInYuan,
  toYuan,
} from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { evidenceOf, linesOf, type Segment, simplify, tailBefore } from '../text.ts';
import { OWN_UNIT_WORDS } from '../../model/wordings.ts';
import { STATED_GRADES } from '../../model/keys.ts';
import { amountBreakdowns, clauseStartBefore, nameAt, rateOfGiving } from './inlineLists.ts';
import {
  breaksDownAFigure,
  BUDGET_VERB,
  budgetChange,
  ITEM_ATTRIBUTE,
  cleanName,
  cueAtEnd,
  cueMeasure,
  disbursedAt,
  EXTRACTION_VERB,
  leadMeasure,
  MONEY_MOVING_VERBS,
  nameEndBeforeCue,
  NUMBERING,
  shapeOfNumber,
  PER_UNIT,
  PROJECT_NAME,
  PROJECTS_COUNT,
  refusal,
  runIntoCategory,
  SUM_ALONE,
  SUM_WORD_END,
  sourcePart,
  type TaskMeasure,
  unitFitsMeasure,
} from './names.ts';

/**
 * A list number: "1、" "1." "(1)", "一是" / "第一," (ordinals), "子项目一" or "项目一:" / "任务一:" (a summary of several projects or of
 * a fund's task list), or a digit run straight into words, which is how
 * normalization leaves a circled "①" (checked against the original; a PDF may draw a space
 * after it: "① 图书采购"). "1." must not be followed by a digit (that is a decimal).
 */
const NUMBER_BODY =
  /\s*(?:\(\s?(\d{1,2})\s?\)|(\d{1,2})(?:、(?!\d{1,2}[、号#])|\.LIST_DOT_END)|(\d{1,2})(?=\s?[\u4e00-\u9fff])|\(([一二三四五六七八九十]{1,3})\)|第?([一二三四五六七八九十]{1,3})(?:是|(?<=第[一二三四五六七八九十]{1,3})[,、:])(?=[\u4e00-\u9fff“"])|(?:子项目|子任务|(?:项目|任务)(?=(?:[一二三四五六七八九十]{1,3}|\d{1,2}):))([一二三四五六七八九十]{1,3}|\d{1,2})[:、.]?)/.source.replace(
    'LIST_DOT_END',
    LIST_DOT_END,
  );
/**
 * An ordinal (二是, 三是 …) right after the amount that closed the item before it ("…需资金277万元 二是B 600万元": a copy that
 * made the line breaks spaces, which normalization drops between Chinese characters): no word runs 元 into 二是.
 */
const ORDINAL_AFTER_AMOUNT = String.raw`(?<=\d\s?(?:万元|亿元|元))(?=[一二三四五六七八九十]{1,3}是)`;
/**
 * A list number at the start of a segment or after a clause boundary, or a section's first "(一)" run into its heading
 * ("三、重点工作任务完成情况(一)A。年度预算150万元…": a copy that joined the lines), unless what it numbers is a
 * sub-section's heading of its own ("一、项目基本情况(一)项目概况…", "(一)基本支出情况2024年…").
 */
const ITEM_NUMBER = new RegExp(
  `(?:(?<=^|[;。:,\\s])|(?<=情况|概况)(?=\\([一二三四五六七八九十]{1,3}\\)(?![^。,;:]{0,12}?(?:情况|概况)))|${ORDINAL_AFTER_AMOUNT})${NUMBER_BODY}`,
  'g',
);
/**
 * A list number anywhere: counted only where a source line starts, since a paragraph joined from
 * lines ("(二)项目支出" over "一是A项目,预算…") keeps no separator where the line broke.
 */
const ITEM_NUMBER_ANYWHERE = new RegExp(NUMBER_BODY, 'g');

/** Where a section's numbered heading opens (a sentence's start, or the report's title run into it), and its number. */
const HEADING_NUMBER_OPENS = String.raw`(?:^|[。;!?\s]|报告|自评表)(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)`;

/**
 * A section's numbered heading a mirror's copy ran into its first item with no break at all ("…98.33%。三、重点项目
 * 情况1.农村饮水安全项目…"): opening a sentence (or right after the report's title a mirror ran into its text,
 * "…绩效自评报告三、重点项目情况1.…"), numbered 一、 or (一), and ending in a heading noun right before the item's number.
 */
const RUN_IN_HEADING_BEFORE = new RegExp(
  String.raw`${HEADING_NUMBER_OPENS}[^,。;:!?\s\d]{0,24}(?:情况|概况|说明|分析|结果|成效|目标|计划)$`,
);

/** A section's numbered heading, any words, right before what follows it (its line break lost). */
const NUMBERED_HEADING_BEFORE = new RegExp(String.raw`${HEADING_NUMBER_OPENS}[^,。;:!?\s\d]{2,24}$`);

/**
 * A sentence counting the unit's projects run into its first item ("…2023年度共有3个项目1、古树保护项目:…", the line break
 * lost): the item's number stands right after the count.
 */
const PROJECTS_COUNTED_RUN_IN = new RegExp(String.raw`${PROJECTS_COUNT}\s*$`);

/** The list numbers of a segment: after a clause boundary, or opening one of its source lines. */
function itemNumbers(seg: Segment): RegExpExecArray[] {
  const found = [...seg.text.matchAll(ITEM_NUMBER)];
  const at = new Set(found.map((m) => m.index));
  // an item number "1." / "1、" / "(1)" right after a heading run into it
  for (const m of seg.text.matchAll(ITEM_NUMBER_ANYWHERE)) {
    const before = tailBefore(seg.text, m.index);
    if (!at.has(m.index) && (m[1] || m[2]) && (RUN_IN_HEADING_BEFORE.test(before) || PROJECTS_COUNTED_RUN_IN.test(before))) {
      found.push(m);
      at.add(m.index);
    }
  }
  // "一、抽查项目及复核等级1.A项目,…;2.B项目,…": the list's first number run into a numbered heading of any words, where the
  // list's second number follows it in the same style (the heading's noun alone, above, proves less)
  for (const m of seg.text.matchAll(ITEM_NUMBER_ANYWHERE)) {
    // (a number found already, perhaps from the space or line break before it)
    const taken = found.some((f) => f.index < m.index + m[0].length && m.index < f.index + f[0].length);
    if (taken || m[2] !== '1' || !NUMBERED_HEADING_BEFORE.test(tailBefore(seg.text, m.index))) continue;
    const dot = /\./.test(m[0]);
    if (found.some((f) => f.index > m.index && f[2] === '2' && /\./.test(f[0]) === dot)) {
      found.push(m);
      at.add(m.index);
    }
  }
  // "…现场培训会会务费:0.8万元6.示范样板标牌制作费…": a copy ran the next item's number straight into the amount
  // closing the item before it; counted only where it goes on from that item's number ("5." before "6.")
  for (const m of seg.text.matchAll(ITEM_NUMBER_ANYWHERE)) {
    if (at.has(m.index) || !m[2] || !/^\d/.test(m[0]) || !/元$/.test(seg.text.slice(0, m.index))) continue;
    const prev = found.filter((f) => f.index < m.index).sort((a, b) => b.index - a.index)[0];
    if (prev?.[2] && Number(prev[2]) + 1 === Number(m[2]) && /^\s*\d{1,2}\s*\./.test(prev[0]) === /\./.test(m[0])) {
      found.push(m);
      at.add(m.index);
    }
  }
  // "…分别项目为①A支付21万元;②B…": a circled number marks a list item wherever it stands (no word is written with one),
  // counted where the next number follows it circled too
  const circled = [...seg.text.matchAll(ITEM_NUMBER_ANYWHERE)].filter((m) => m[3] && isListNumber(seg, m));
  for (const m of circled) {
    if (at.has(m.index) || !circled.some((n) => n.index > m.index && Number(n[3]) === Number(m[3]) + 1)) continue;
    found.push(m);
    at.add(m.index);
  }
  const lines = linesOf(seg);
  // one line: its start is the text's, where ITEM_NUMBER already looked
  if (lines.length < 2) return found.sort((a, b) => a.index - b.index);
  const lineStarts = new Set(lines.map((l) => l.start));
  for (const m of seg.text.matchAll(ITEM_NUMBER_ANYWHERE)) {
    if (!at.has(m.index) && lineStarts.has(m.index)) found.push(m);
  }
  return found.sort((a, b) => a.index - b.index);
}
const CIRCLED = /^[①-⑳]$/;

/**
 * Whether a match of the numbers above (`m`, at `offset` in the segment's text) is a list number:
 * a digit run into words counts only where the original has a circled number ("①").
 */
function isListNumber(seg: Segment, m: RegExpExecArray, offset = 0): boolean {
  if (!m[3]) return true;
  const end = offset + m.index + m[0].length;
  return CIRCLED.test(evidenceOf(seg, end - m[3].length, end).snippet);
}

interface Item {
  segment: Segment;
  /** Where the item's text starts (after its number) and ends (the next number or the segment's end). */
  start: number;
  end: number;
  /** paren "(1)", dot "1." / "1、", circled "①", chinese "(一)", ordinal "一是", sub "子项目一:". */
  style: 'paren' | 'dot' | 'circled' | 'chinese' | 'ordinal' | 'sub';
  n: number;
  /** Where the number itself starts. */
  at: number;
  /** A clause a sentence's list of project clauses went on to with the same cue (atProjectCommas): its name need not end as a project's. */
  sibling?: boolean;
}

function itemsOf(seg: Segment): Item[] {
  const found = itemNumbers(seg)
    .filter((m) => isListNumber(seg, m))
    .map((m) => {
      const style: Item['style'] = m[1] ? 'paren' : m[2] ? 'dot' : m[3] ? 'circled' : m[4] ? 'chinese' : m[5] ? 'ordinal' : 'sub';
      // "(三)", "三是", "子项目三": the numeral reader of amounts reads list numbers too
      const numeral = m[4] ?? m[5] ?? m[6];
      const n = Number(numeral && !/^\d/.test(numeral) ? chineseNumeral(numeral) : (m[1] ?? m[2] ?? m[3] ?? numeral));
      return {
        segment: seg,
        start: m.index + m[0].length,
        end: seg.text.length,
        style,
        n,
        at: m.index + m[0].length - m[0].trimStart().length,
      };
    });
  found.forEach((item, i) => {
    if (found[i + 1]) item.end = found[i + 1].at;
  });
  return found;
}

/** How deep a numbering style nests: "(一)" over "1." over "(1)" over "①". */
const DEPTH: Partial<Record<Item['style'], number>> = { chinese: 0, dot: 1, paren: 2, circled: 3 };

/**
 * Runs of items numbered 1, 2, 3 … in one style (or 1., 1., 1. … where a copy lost the auto-numbering), across
 * consecutive paragraphs or within one. The
 * items of a deeper style in between ("1.A项目" / "(1)资金投入情况…" / "2.B项目") are its items'
 * sub-sections: they open runs of their own and leave the run above them open.
 */
function runsOf(segments: Segment[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  // the runs the current one is nested in, outermost first
  const outer: Item[][] = [];
  const deeper = (a: Item, b: Item) => (DEPTH[a.style] ?? -1) > (DEPTH[b.style] ?? 99);
  // a numbered heading segment ("### (二)基础设施类") the next run is numbered under
  let heading: Item | undefined;
  for (const seg of segments) {
    if (seg.kind === 'heading') {
      const number = HEADING_NUMBER.exec(seg.text);
      heading = number
        ? { segment: seg, start: 0, end: 0, style: 'chinese', n: Number(chineseNumeral(number[1] ?? number[2])), at: 0 }
        : undefined;
      continue;
    }
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    for (const item of itemsOf(seg)) {
      const prev = run[run.length - 1];
      const under = heading;
      heading = undefined;
      // "1.森林防火…" / "1.天然林保护…" / "1.国土绿化…": a copy that lost a list's auto-numbering writes every item "1.";
      // such a run is its list, and a "2." after two of them or more opens another
      // (counted by place: a number found twice at one place is one item)
      const ones = new Set(run.map((r) => (r.n === 1 ? r.start : -1)));
      const allOnes = run.length > 0 && !ones.has(-1);
      if (prev && item.style === prev.style && item.style === 'dot' && item.n === 1 && allOnes && !ones.has(item.start)) {
        run.push(item);
        continue;
      }
      if (prev && item.style === prev.style && item.n === prev.n + 1 && !(allOnes && ones.size >= 2)) {
        run.push(item);
        continue;
      }
      // back out to the enclosing run this item goes on, closing the sub-section runs on the way
      const at = outer.findIndex((r) => r[r.length - 1].style === item.style && item.n === r[r.length - 1].n + 1);
      if (at >= 0) {
        if (run.length) runs.push(run);
        runs.push(...outer.splice(at + 1).reverse());
        run = outer.splice(at)[0];
        run.push(item);
        continue;
      }
      if (prev && deeper(item, prev) && item.n === 1) {
        outer.push(run);
        run = [item];
        groupOf.set(run, prev);
        continue;
      }
      if (run.length) runs.push(run);
      runs.push(...outer.splice(0).reverse());
      run = [item];
      if (under && item.n === 1) groupOf.set(run, under);
    }
  }
  if (run.length) runs.push(run);
  runs.push(...outer.reverse());
  return runs;
}

/** A heading's own number in brackets or before 、 ("(二)基础设施类", "二、项目情况"). */
const HEADING_NUMBER = /^\s*(?:[(]\s*([一二三四五六七八九十]{1,3})\s*[)]|([一二三四五六七八九十]{1,3})\s*、)/;

/** The item a nested run is numbered under ("(二)基础设施类" over "1.A项目…"), where runsOf found one. */
const groupOf = new WeakMap<Item[], Item>();

const positions = new WeakMap<Segment[], Map<Segment, number>>();

/** Where `segment` is in `segments` (-1: not there), indexed once per list. */
function positionOf(segments: Segment[], segment: Segment): number {
  let map = positions.get(segments);
  if (!map) {
    map = new Map();
    for (let i = segments.length - 1; i >= 0; i--) map.set(segments[i], i);
    positions.set(segments, map);
  }
  return map.get(segment) ?? -1;
}

/**
 * A section heading that says what the amounts of the items below it are, by the verb before its 情况
 * ("二、2023年区本级彩票公益金使用情况" → spending, "三、专项资金分配情况" → budgets). 执行情况 says
 * nothing of the items (a budget's execution: budgets, spending and rates alike), and is not one.
 */
// (or the budget put in, "(三)项目预算投入": budgets; a 资金投入情况 is the section on the money's whole reading, not one)
const MEASURING_HEADING =
  /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?[^,;。:]{0,30}?(?:(使用|支出|拨付|分配|安排|下达)(?:情况|明细)|(预算)(?:投入(?:情况|明细)?|情况|明细))$/;

/** The sentence before a run, when it introduces it (ends with ":"), and the measure it gives cue-less amounts. */
function introMeasure(segments: Segment[], first: Item): TaskMeasure | null {
  let before = first.segment.text.slice(0, first.at).trim();
  if (!before) {
    // the nearest paragraph or heading before it, walked back from its position (found through an
    // index: a search of the list per run was quadratic in a long document)
    let prev: Segment | undefined;
    for (let i = positionOf(segments, first.segment) - 1; i >= 0 && !prev; i--) {
      if (segments[i].kind === 'paragraph' || segments[i].kind === 'heading') prev = segments[i];
    }
    before = prev?.text.trim() ?? '';
    // …or the section heading right above the run, when it names what the items' amounts are
    const heading = MEASURING_HEADING.exec(before);
    if (heading) return leadMeasure(heading[1] ?? heading[2]);
  }
  // "目前共支付资金300万元,资金执行率75%。分别项目为①A…": a connective with no colon, after the sentence that states the
  // total its items divide: that total's words say what their amounts are
  const connective = CONNECTIVE_CLOSING.exec(before);
  if (connective)
    return leadMeasure(
      before
        .slice(0, connective.index)
        .replace(/[。;,\s]+$/, '')
        .split(/[。;]/)
        .pop() ?? '',
    );
  if (!/:$/.test(before)) {
    // "…50万元。二、省级财政资金使用情况 1.A…": the section heading on the line the run opens, a paragraph
    // joined from lines running it into the sentence before it
    const line =
      before
        .split(/[。;!?]/)
        .pop()
        ?.trim() ?? '';
    // (or the source line right above the run's first item: "(二)…四是项目建设的实施" / "(三)项目预算投入" / "一是A,需资金277万元",
    // the page's lines joined into one paragraph)
    const above = linesOf(first.segment)
      .filter((l) => l.end <= first.at && !first.segment.text.slice(l.end, first.at).trim())
      .pop();
    const heading =
      before === first.segment.text.slice(0, first.at).trim()
        ? (MEASURING_HEADING.exec(line) ?? (above ? MEASURING_HEADING.exec(first.segment.text.slice(above.start, above.end).trim()) : null))
        : null;
    return heading ? leadMeasure(heading[1] ?? heading[2]) : null;
  }
  const sentence = before.split(/[。;]/).pop() ?? '';
  // (the clause closing on the colon first: "…为保证项目能够全面完成,我局出台资金分配方案:" announces allocations, whatever the
  // clauses before it say of the work)
  const clause = sentence.split(',').pop() ?? '';
  return leadMeasure(clause) ?? leadMeasure(sentence);
}

/** The words after a line break that refer back to the item named above it ("项目全年", "该项目年度", "项目资金"). */
const BACK_REFERENCE_TAIL = /^\s*(?:(?:该|本|此)?(?:项目|项工作|项任务))?(?:年度|全年|本年|当年)?(?:资金|经费)?\s*$/;

/** `name` (at `from` in `seg`) cut where a source line ends, when the words after the break only refer back to it. */
function withoutBackReference(seg: Segment, from: number, name: string): string {
  for (const line of linesOf(seg)) {
    const cut = line.start - from;
    if (cut > 1 && cut < name.length && BACK_REFERENCE_TAIL.test(name.slice(cut))) return name.slice(0, cut);
  }
  return name;
}

/** Words that open a sentence of the item's paragraph, not words of its name: the item referred back to, a year, a date, a basis. */
const SENTENCE_AFTER_HEADING = /^\s*(?:(?:该|本|此)(?:项目|工程|项工作|项任务)|\d{4}\s*年|截至|截止|根据|按照|依据|自\d{4})/;

/**
 * `name` (at `from` in `seg`) cut where its item's numbered heading line ends ("(一)档案数字化项目" over "2017年争取到…资金42万元",
 * one paragraph in the copy): the heading line alone names the item, where the words after the break open a sentence
 * (SENTENCE_AFTER_HEADING) and the line holds no punctuation of a sentence.
 */
function headingLineOnly(seg: Segment, from: number, name: string): string {
  const own = linesOf(seg).findLast((l) => l.start <= from);
  if (!own || seg.text.slice(own.start, from).replace(NUMBERING, '').trim()) return name;
  const cut = own.end - from;
  if (cut <= 1 || cut >= name.length) return name;
  const head = name.slice(0, cut);
  return SENTENCE_AFTER_HEADING.test(name.slice(cut)) && !/[,;。:]/.test(head) ? head.trim() : name;
}

/**
 * A verb that opens an item and names what its amount is: 安排 / 下达 a budget, 拨付 / 支付 / 发放 spending;
 * what follows it must be named as money or as a project (…资金, …经费, …项目, …工程).
 */
const VERB_FIRST = /^\s*(共|全年|累计)?(安排|下达|拨付|支付|发放|兑付)(?:了)?(?=\S{4,}(?:资金|经费|项目|工程)\s*$)/;

/** The document or plan an item's money came by, opening the item: "根据《…》(X财农〔2023〕12号)文件,", "按照…要求,". */
const BASIS = /^\s*(?:根据|按照|依据|依照)[^,;:。]{2,80}?(?:文件|通知|批复|号|要求|规定|方案|计划|精神)\)?\s*,/;

/** An item's own evaluation result after its money: "评价得分86.7分", "等级良", "复核等级为“优”". */
const GRADED_ITEM = new RegExp(
  `(?:评价|自评|复核|综合)?得分\\s*(?:为|:)?\\s*\\d|(?:评价|自评|复核|绩效)?等(?:级|次)\\s*(?:为|:|是)?\\s*[“"]?${STATED_GRADES}`,
);

/**
 * Spending cued with the kind of money spent after the verb ("举办培训班3期,支出培训经费41,200元"), after a description of the
 * item's work: what the item spent (alone, "实际支出A经费20万元" under a heading restates a name, and is read by no reader).
 */
const SPENT_FUNDS = /^\s*(?:实际|已|累计|共)?支出[\u4e00-\u9fff]{1,10}?(?:经费|资金|费)\s*$/;

/**
 * An item written amount first, the whole of its clause: the verb that moved the money (安排 / 下达 a budget, 拨付 / 支付 /
 * 支出 spending), its amount, then 用于 (or 实施) and the use, which names the item ("安排95.3250万元用于农村生活污水治理设施运维项目"),
 * perhaps its spending after the use (",已支付702.15万元", where the verb gave a budget), and a clause on whom or what it reaches,
 * no money in it (",补贴对象为2,184户").
 */
const AMOUNT_FIRST_ITEM = new RegExp(
  String.raw`^\s*(?:共|全年|累计|已)?(${MONEY_MOVING_VERBS})(?:资金|经费)?\s*\d[\d,.]*\s*(?:万元|亿元|元)\s*,?\s*(?:(?:主要)?用于|实施)\s*([^,;:。\d]{2,40}?)\s*(?:,\s*(?:已|实际|累计)?(?:支付|支出|拨付|使用|兑付)(?:资金)?\s*(\d[\d,.]*\s*(?:万元|亿元|元)))?\s*(?:,(?:[^,;:。]|(?<=\d),(?=\d{3})){2,30})?$`,
);

/** What an item's money was used for, between its name and its cued amount: "用于场地布置、裁判劳务及奖品等". */
const PURPOSE_DESCRIPTION = /^\s*(?:主要)?用于[^,;:。\d]{2,40}$/;

/** The longest description of the work (建设内容) read past between an item's name and its cued amount. */
const DESCRIPTION_LENGTH = 60;
/**
 * A quantity of work in a description: "2公里", "1座", "3000平方米", "120人次", "35.1万人" (counted in 万), "举办培训班2期" (events
 * and batches held).
 */
const WORK_QUANTITY =
  /\d\s*万?(?:公里|千米|米|平方米|亩|座|处|个|台|套|户|人次|人|所|间|条|眼|口|吨|立方米|盏|块|期|场|批|项|件|辆|家|名|册)/;

/**
 * "…,B项目执行率95.6%,大别山区生态补偿资金执行率86.02%": a list's next clause, its name run into the same rate
 * cue as its siblings', reads as a measure only because the rate ends it; a name of four characters that
 * names no fund by level, class or total before it stands.
 */
function ratedSibling(head: string, namePart: string): boolean {
  const name = cleanName(namePart);
  return /率\s*$/.test(head) && name.length >= 4 && refusal(name) === null && !/^\d|(?:该|本|此)(?:子项目|项目|项工作|项任务)/.test(name);
}

/**
 * How far an item's works got, right after its name and before a comma and its money's cue: "A工程完成100%,已支付…",
 * "B采购完成约40%,已支付…". A share of the work done, no rate of the money.
 */
const PROGRESS = String.raw`完成(?:约|了)?\s*\d+(?:\.\d+)?\s*%`;
const WORKS_PROGRESS = new RegExp(String.raw`(?<=[\u4e00-\u9fff)])${PROGRESS}(?=\s*,\s*(?:已|实际|累计|共)?(?:支付|拨付|支出))`);
/** The same progress closing the words taken for the name, where the name's separator came after it. */
const WORKS_PROGRESS_AT_END = new RegExp(String.raw`${PROGRESS}\s*$`);

/**
 * "一是A,即B、C等合计75万元": what the item holds, 即 opening it, between the item's name and the sum of its money (SUM_ALONE).
 * No amount inside it (one would be an amount of the item's, read on its own cue).
 */
const NAMELY = new RegExp(String.raw`^[\s,]*即[^,;。\d]*?(?=${SUM_WORD_END})`);

function readItem(item: Item, intro: TaskMeasure | null, next?: Segment): TaskFragment[] {
  const seg = item.segment;
  const text = seg.text.slice(item.start, item.end);
  const clause = itemClause(text);
  // "1.村级组织运转经费(按每村每年12万元标准保障):预算168万元,…": a remark in brackets right after the name, before its
  // separator, is part of the name, and an amount in it no amount of the item's
  const remark = NAME_REMARK.exec(clause);
  // "A工程完成100%,已支付123.14万元": how far the works got, after the name and before the money's cue, is no rate of the
  // item's money: read past (the name ends before it)
  const progress = WORKS_PROGRESS.exec(clause);
  const numbers = amountsOf(clause, clause.length < text.length).filter(
    (n) =>
      (!remark || n.start >= remark[0].length) && !(progress && n.start >= progress.index && n.end <= progress.index + progress[0].length),
  );
  // (a first sentence of the name, its colon and what the item did, its only amounts rates of giving or shares of work done,
  // "A:涉及12个小区,户均改造投入约1.1万元。", states none of the item's money: its name's sentence, the money after)
  if (!numbers.length || nameThenDescription(clause)) {
    const named = nameSentence(item, clause);
    return named.length ? named : firstSubSection(item, clause, next);
  }
  // "第二,安排95.3250万元用于A项目;": an item written amount first, its name the use after 用于 (among items written name first)
  const amountFirst = AMOUNT_FIRST_ITEM.exec(clause);
  const money = numbers.filter((n) => isMoneyUnit(n.unit));
  // (with its spending after the use, "安排资金786.30万元,用于A,已支付702.15万元": the verb's amount a budget, then)
  const spentAfter = amountFirst?.[3] !== undefined;
  if (amountFirst && money.length === (spentAfter ? 2 : 1) && (!spentAfter || BUDGET_VERB.test(amountFirst[1]))) {
    const use = amountFirst[2];
    const name = nameAt(seg, item.start + clause.lastIndexOf(use), use);
    if (!name) return [];
    const measure: TaskMeasure = BUDGET_VERB.test(amountFirst[1]) ? 'budget' : 'executed';
    return money.map((n, k) => ({
      name,
      measure: k === 0 ? measure : 'executed',
      value: n.value,
      unit: n.unit,
      segment: seg,
      start: item.start + n.start,
      end: item.start + n.end,
    }));
  }
  // "1.根据X财农〔2023〕12号文件,下达A项目资金50万元": the document the money came by opens the item; the item follows it
  const basis = BASIS.exec(clause.slice(0, numbers[0].start))?.[0].length ?? 0;
  const head = clause.slice(basis, numbers[0].start);
  let namePart: string;
  let nameAtOffset = basis;
  let measure: TaskMeasure | null;
  /** The measure is the intro's, the item naming none of its own before its first amount. */
  let byIntro = false;
  // (a separator inside the name's bracketed remark separates nothing: "A项目(总投资80万元,其中…),已完成…")
  const sep = separatorFrom(head, remark ? Math.max(0, remark[0].length - basis) : 0);
  // "1.A项目(资金200万元);2.…": the amount in a bracket opened after the name, its cue first
  const open = head.lastIndexOf('(');
  // (or the amount alone in the bracket, spending cued after it: "A项目(80万元)已支出78万元", the bracket the item's budget)
  const bareInBracket =
    !head.slice(open + 1).trim() && isMoneyUnit(numbers[0].unit) && BRACKET_THEN_SPENT.test(clause.slice(numbers[0].end));
  const bracketed =
    !sep && open > 0 && !head.includes(')', open) ? (cueMeasure(head.slice(open + 1)) ?? (bareInBracket ? 'budget' : null)) : null;
  // "(一)资助项目类别(残疾人事业 15.9万元)": words in a bracket left open before the amount, naming no cue, are a heading's
  // class and its money, no item named before them
  if (!bracketed && !sep && open >= 0 && !head.includes(')', open) && head.slice(open + 1).trim()) return [];
  if (bracketed) {
    namePart = head.slice(0, open);
    measure = bracketed;
  } else if (sep) {
    namePart = head.slice(0, sep.index);
    // (a remark stating an amount of its own, a rate of giving, is no part of the name: "村级组织运转经费(按每村每年12万元标准保障)")
    if (remark && /\d/.test(remark[0]) && sep.index === remark[0].length - basis) namePart = namePart.replace(/\([^()]*\)$/, '');
    // "(一)A项目:该项目资金共计31.82万元": the words after the colon refer back to the item just named, then cue its money
    const rest = head.slice(sep.index + 1).replace(BACK_REFERENCE_OPENING, '');
    // ("A项目,合计75万元,已支出75万元": the item's money summed, the sum's word alone after its name's separator, is what it
    // had, a budget only beside its spending: names.ts SUM_ALONE, investedWithoutSpending)
    measure = rest.trim() ? (cueMeasure(rest) ?? (SUM_ALONE.test(rest.replace(NAMELY, '')) ? 'budget' : null)) : intro;
    // "A工程,新建水泥路2公里,投资200万元": what was built, a quantity of work, between the name and its
    // cued amount (and no other name: "…包括两个子项目:A项目,预算…" names A after the colon)
    const lastComma = rest.lastIndexOf(',');
    const built = rest.slice(0, lastComma);
    // (or "A项目,资金来源为县级财政资金,全年预算48万元": the item's attributes, each a label and its value)
    const attributes = built.split(',').every((clause) => ITEM_ATTRIBUTE.test(clause.trim()));
    // (or what the money went to, "A经费,用于场地布置、裁判劳务等,支付52.8万元": a purpose, no name of its own)
    const described = (WORK_QUANTITY.test(built) && !PROJECT_NAME.test(built)) || attributes || PURPOSE_DESCRIPTION.test(built);
    if (!measure && lastComma > 0 && lastComma <= DESCRIPTION_LENGTH && described)
      measure = cueMeasure(rest.slice(lastComma + 1)) ?? (SPENT_FUNDS.test(rest.slice(lastComma + 1)) ? 'executed' : null);
    // "A工程 投资:500万元": the cue stands before the colon, after the name (a name of four characters at least)
    const cue = rest.trim() ? null : cueAtEnd(namePart);
    if (cue && cue.at >= 4) {
      measure = cue.measure;
      namePart = namePart.slice(0, cue.at);
    }
  } else {
    const cue = cueAtEnd(head);
    // "(二)支出结构" over "基本支出5,912.46万元,…" joined into one paragraph: the line under the heading opens on a class of the
    // unit's spending (基本支出, 项目支出), so the heading names a part of the report, and no item
    const below = linesOf(seg).find((l) => l.start > item.start + basis && l.start < item.start + basis + head.length);
    if (cue && below) {
      const body = head.slice(below.start - item.start - basis);
      const words = body.slice(0, cue.at - (head.length - body.length));
      if (refusal(cleanName(body)) === 'income or spending category' && runIntoCategory(body, words)) return [];
    }
    // "(一)A项目" over "项目全年预算资金320万元" joined into one paragraph: the words that refer back
    // to the item on the line below its name are no part of the name
    // (or "(一)A项目" over "项目资金50万元,已拨付50万元": the money's words after the break, no cue of their own)
    const cut = nameEndBeforeCue(head, cue);
    namePart = withoutBackReference(seg, item.start, cut === null ? head : head.slice(0, cut));
    // "…,大别山区生态补偿资金执行率86.02%": a sibling named as a fund keeps its 资金, which the cue 资金执行率 took
    const fund = cut !== null && item.sibling ? /^(?:资金|经费)/.exec(head.slice(cut)) : null;
    if (fund && !PROJECT_NAME.test(simplify(namePart).trim())) namePart += fund[0];
    measure = cue ? cue.measure : intro;
    byIntro = !cue;
    // "一是安排A项目资金120万元", "(1)拨付B工程资金80万元": the verb opens the item and says what the amount is
    const verb = VERB_FIRST.exec(head);
    if (!cue && verb) {
      measure = verb[2] === '安排' || verb[2] === '下达' ? 'budget' : 'executed';
      byIntro = false;
      namePart = head.slice(verb[0].length).replace(/(?<=项目|工程|工作)(?:资金|经费)\s*$/, '');
      nameAtOffset = basis + verb[0].length;
    }
  }
  if (progress) namePart = namePart.replace(WORKS_PROGRESS_AT_END, '');
  // "1.A项目120万元,已支付115万元": a bare amount right before a cued spending is the item's budget, whatever an intro
  // says of the items' amounts ("…使用情况如下:一是A经费40万元,已支出38万元": the item's own cue tells its spending)
  // (and so after the name's colon, where nothing stands between it and the amount: "A项目:120万元,执行115万元")
  const bareAfterColon = !!sep && sep[0] === ':' && !head.slice(sep.index + 1).trim();
  if ((!measure || byIntro || bareAfterColon) && (!sep || bareAfterColon) && numbers[1] && isMoneyUnit(numbers[0].unit)) {
    // (the next amount outside the bracket that breaks the bare one down by its sources: "A项目300万元(其中中央资金200万元),已支出
    // 290万元")
    const outside = withoutBreakdowns(clause);
    const nextOutside = numbers.slice(1).find((n) => outside.slice(n.start, n.end).trim());
    if (nextOutside && cueMeasure(outside.slice(numbers[0].end, nextOutside.start)) === 'executed') measure = 'budget';
  }
  // "(三)资金使用情况" over "1.A项目资金120万元,已全部支付": an item's own funds (its name closed by 资金 / 经费, no verb
  // of spending before them) whose spending the clause after them says in words are its budget, whatever the intro says
  // of the items' amounts (alone, "(一)A项目经费25.5万元。" under …使用情况, the amount is what was used)
  // (with no intro at all too: "A项目资金50万元,已全部拨付;B项目资金30万元,已全部拨付", a run of such clauses)
  if (
    byIntro &&
    (measure === 'executed' || !measure) &&
    !numbers[1] &&
    OWN_FUNDS_HEAD.test(head) &&
    !SPENDING_VERB.test(head) &&
    SPENT_IN_WORDS.test(clause.slice(numbers[0].end))
  )
    measure = 'budget';
  if (!measure || !unitFitsMeasure(measure, numbers[0].unit)) return [];
  // "1.良种补助每亩补10元,计21.5万元": money per mu, person or household is a rate of giving, not the item's amount
  // (and the words before it are no name alone)
  if (PER_UNIT.test(clause.slice(clauseStartBefore(clause, numbers[0].start), numbers[0].start))) return [];
  // "基本支出预算300万元": a name run into its cue is read with it, and that is a spending class
  if (!sep && runIntoCategory(head, namePart) && !(item.sibling && ratedSibling(head, namePart))) return [];
  namePart = headingLineOnly(seg, item.start + nameAtOffset, namePart);
  // (an item its clause grades, "市级城市更新专项资金:资金规模1.26亿元,评价得分86.7分,等级良", is what an evaluation notice
  // evaluated, named as a results table names it under 项目名称: a fund named by its level or kind is that item)
  const name = nameAt(seg, item.start + nameAtOffset, namePart, { column: GRADED_ITEM.test(clause.slice(numbers[0].end)) });
  // a basis with no verb after it ("根据…文件,A项目50万元") says nothing of what the amount is
  if (!name || (basis && !VERB_FIRST.test(head))) return [];
  const [first, ...rest] = numbers;
  // "(一)用于群众体育支出553.90万元,…。其中:用于A 539.90万元;用于B 14万元": a subtotal, its parts the rows
  if (isMoneyUnit(first.unit) && brokenDownAfter(text.slice(clause.length), item.end === seg.text.length ? next : undefined, first))
    return [];
  const fragments: TaskFragment[] = [
    { name, measure, value: first.value, unit: first.unit, segment: seg, start: item.start + first.start, end: item.start + first.end },
  ];
  const read = cuedAmounts(seg, name, clause, item.start, rest, first.end, fragments);
  if (!read.length) return read;
  const later = laterSentences(seg, item.start, item.end, item.start + clause.length, name, read);
  const all = withFundBase([...read, ...later], partsRead.get(read) ?? [], spendingWords.get(read) || spendingWords.get(later) || '');
  // "1、A项目(总投资80万元,其中衔接资金70万元),已完成投资78万元": the remark after the name states the item's budget
  const remarkBudget = remark ? bracketedBudget(clause, remark[0]) : null;
  if (!remarkBudget || all.some((f) => f.measure === 'budget' || f.measure === 'initial')) return all;
  return [budgetAt(seg, name, remarkBudget, item.start), ...all];
}

/**
 * A bracket closed right after an amount, then spending cued ("…(80万元)已支出78万元"), perhaps after a colon and with
 * 完成 before the verb ("A项目(800万元):已完成支出785.3万元").
 */
const BRACKET_THEN_SPENT = /^\s*\)\s*[,:]?\s*(?:已|实际|累计|共)?(?:完成)?(?:支出|支付|拨付|使用|投资|执行)/;

/** What parts an item's name from its money: a colon, or a comma that is no thousands separator ("项目8,941个"). */
const ITEM_SEPARATOR = /:|(?<!\d),|,(?!\d{3}(?!\d))/;

/** The first separator of `head` at or after `from` (ITEM_SEPARATOR), with its index in the whole head. */
function separatorFrom(head: string, from: number): RegExpExecArray | null {
  const m = ITEM_SEPARATOR.exec(head.slice(from));
  if (!m) return null;
  m.index += from;
  return m;
}

/**
 * A name's bracketed remark that is the item's budget, a cue and one amount (its parts by source after 其中 at most):
 * "(总投资80万元)", "(资金80万元,其中衔接资金70万元)". A remark of anything else ("按每村每年12万元标准保障") states none.
 */
const BRACKETED_BUDGET = new RegExp(
  String.raw`^\(\s*(?:项目)?(?:总投资|计划投资|投资|预算资金|预算|安排资金|资金|资金规模)\s*(?:为)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)\s*(?:[,;]\s*其中[^()]*)?\)$`,
);

/** A bracket holding an amount alone: "(800万元)". */
const BARE_BRACKET = /^\(\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)\s*\)$/;

/** The amount of a name's remark that states the item's budget (BRACKETED_BUDGET), in the clause. */
function bracketedBudget(clause: string, remark: string): NumberToken | null {
  const open = remark.indexOf('(');
  // (or the amount alone, spending cued after the bracket's separator: "A项目(800万元):已完成支出785.3万元")
  const bare = BARE_BRACKET.test(remark.slice(open)) && BRACKET_THEN_SPENT.test(clause.slice(remark.length - 1));
  if (!BRACKETED_BUDGET.test(remark.slice(open)) && !bare) return null;
  return findNumbers(clause.slice(0, remark.length)).find((n) => n.start > open && isMoneyUnit(n.unit)) ?? null;
}

/**
 * "(一)A项目" over "项目总投资85万元,其中衔接资金80万元。截至年底,已拨付衔接资金80万元。": the money read at the opening of
 * an item's section goes on in its later sentences (laterSentences), as a numbered item's does.
 */
function withLaterSentences(seg: Segment, start: number, end: number, name: string, read: TaskFragment[]): TaskFragment[] {
  const later = laterSentences(seg, start, end, Math.max(...read.map((f) => f.end)), name, read);
  if (!later.length) return read;
  return withFundBase([...read, ...later], partsRead.get(read) ?? [], spendingWords.get(read) || spendingWords.get(later) || '');
}

/** What a later sentence of an item may open on before its money: a back-reference to the item ("该类项目", "该项目资金"). */
const ITEM_REFERENCE_OPENING = /^\s*(?:该|本|此|上述)(?:类|个|子)?(?:项目|子项|工程|任务|资金|项)(?:资金)?/;

/**
 * "(1)产业发展类项目28个,安排资金5,930万元,主要用于…。截至年底已支出5,712.36万元,执行率96.33%。": the item's money goes on in
 * the sentences after its first, each opening (past a date and a back-reference to the item, 该类项目) on a cue of spending
 * or rate and holding only cued amounts. Read sentence by sentence up to the first that does not so open, and only for the
 * measures the item's first clause did not state: commentary and another thing's money follow.
 */
function laterSentences(seg: Segment, start: number, end: number, from: number, name: string, read: TaskFragment[]): TaskFragment[] {
  const out: TaskFragment[] = [];
  const text = seg.text.slice(start, end);
  // (the rest of the sentence read, its description, is passed over: it is no money of the item's)
  const firstStop = text.indexOf('。', from - start);
  let at = firstStop < 0 ? text.length : firstStop + 1;
  while (at < text.length) {
    const stop = text.indexOf('。', at);
    const sentence = text.slice(at, stop < 0 ? text.length : stop);
    const opening = ITEM_REFERENCE_OPENING.exec(sentence)?.[0].length ?? 0;
    const body = sentence.slice(opening);
    const numbers = amountsOf(body, true);
    if (!numbers.length) break;
    const head = body.slice(0, numbers[0].start);
    const direct = cueMeasure(head);
    const cue = direct ?? cueAfterRemark(head, true);
    if (!cue || cue === 'budget' || cue === 'initial') break;
    // (a remark that the money was paid, opening the sentence, is read past to the cue: "资金已全部拨付,拨付率100%")
    const remarked = direct ? 0 : body.lastIndexOf(',', numbers[0].start) + 1;
    const more = cuedAmounts(seg, name, body, start + at + opening, numbers, remarked, []);
    if (!more.length || more.some((f) => read.some((r) => r.measure === f.measure) || out.some((o) => o.measure === f.measure))) break;
    out.push(...more);
    if (spendingWords.get(more)) spendingWords.set(out, spendingWords.get(more) ?? '');
    at = stop < 0 ? text.length : stop + 1;
  }
  return out;
}

/** The parts of an item's amount, announced by 其中 after its clause (or opening the paragraph below it). */
const PARTS_FOLLOW = /其中[:,]?/;

/**
 * Whether the item's amount is broken down right after its clause: 其中, in the item's own text or opening
 * the paragraph below an item that ends its paragraph, then money amounts up to the sentence's end that add
 * up to the item's amount exactly. Such an item is the subtotal of the parts, which are the rows.
 */
function brokenDownAfter(after: string, below: Segment | undefined, amount: NumberToken): boolean {
  const own = PARTS_FOLLOW.exec(after);
  const from = own
    ? after.slice(own.index + own[0].length)
    : below && /^\s*其中/.test(below.text)
      ? below.text.replace(/^\s*其中[:,]?/, '')
      : null;
  if (from === null) return false;
  const sentence = from.split('。')[0];
  const parts = findNumbers(`${sentence}。`).filter((n) => isMoneyUnit(n.unit));
  const whole = toYuan(amount.value, amount.unit);
  if (!parts.length || !whole) return false;
  // the parts must be tasks: a split by funding source ("其中:中央资金200万元,县级资金100万元") leaves the item a task
  const named = parts.every((n, k) => {
    const words = sentence.slice(k ? parts[k - 1].end : 0, n.start).replace(/^[\s,、;]+/, '');
    const cue = cueAtEnd(words);
    const name = cleanName(cue ? words.slice(0, cue.at) : words);
    return !!name && refusal(name) === null;
  });
  if (!named) return false;
  const sum = sumInYuan(parts, '0');
  return sum.equals(whole);
}

/**
 * Whether `item` (read as `first`) ends announcing its parts ("…198万元,占总数的89.59%。其中:", or "…110万元:") and the run numbered
 * one level deeper right below it lists them: each of its items one money amount, named as a task (no funding source),
 * adding up to the item's amount exactly. The item is then their subtotal, no row of its own.
 */
function brokenDownBelow(item: Item, first: TaskFragment, runs: Item[][], segments: Segment[]): boolean {
  // (its parts announced by 其中:, or nothing after its amount: "(一)用于A 543.1万元;" over "1.…;2.…;3.…")
  const text = item.segment.text.slice(item.start, item.end);
  // (a bracket that breaks its amount down by where the money came from is read past: "…14343.83万元。(其中:中央资金
  // 9504.83万元、省级资金4839万元)。")
  const after = withoutBreakdowns(text.slice(first.start - item.start), true).slice(first.end - first.start);
  // (or a colon after its amount: "1.产业发展类项目2个,资金110万元:(1)A 50万元;(2)B 60万元")
  if (!/其中\s*[:,]?\s*$/.test(text) && !/^[\s;。,:]*$/.test(after)) return false;
  const whole = toYuan(first.value, first.unit);
  if (!whole || !isMoneyUnit(first.unit)) return false;
  const below = runs.find((r) => {
    const head = r[0];
    if (head.n !== 1 || (DEPTH[head.style] ?? -1) <= (DEPTH[item.style] ?? 99)) return false;
    if (head.segment === item.segment) return head.at === item.end;
    return (
      item.end === item.segment.text.length &&
      positionOf(segments, head.segment) === positionOf(segments, item.segment) + 1 &&
      !head.segment.text.slice(0, head.at).trim()
    );
  });
  if (!below || below.length < 2) return false;
  const parts: NumberToken[] = [];
  for (const part of below) {
    // (each part's own breakdown in brackets, "1042万元(中央资金1042万元)", is no amount of its own)
    const clause = withoutBreakdowns(itemClause(part.segment.text.slice(part.start, part.end)));
    const money = amountsOf(clause, true).filter((n) => isMoneyUnit(n.unit));
    if (money.length !== 1) return false;
    const words = clause.slice(0, money[0].start).replace(/^\s*用于/, '');
    const cue = cueAtEnd(words);
    const name = cleanName(cue ? words.slice(0, cue.at) : words);
    if (!name || refusal(name) !== null) return false;
    parts.push(money[0]);
  }
  return sumInYuan(parts, '0').equals(whole);
}

/** `text` with the brackets that break down the amount before them blanked out (offsets kept). */
function withoutBreakdowns(text: string, afterStop = false): string {
  let out = text;
  for (const [a, b] of amountBreakdowns(text, afterStop)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

/**
 * An item's first clause, up to ";" or "。", and on past a ";" that the item's next amount follows
 * with its cue ("A项目:预算120万元;实际支出115万元;执行率95.83%").
 */
function itemClause(text: string): string {
  const pieces = text.split(/(?<=;)/);
  let clause = pieces[0].split('。')[0];
  for (let i = 1; i < pieces.length && clause.endsWith(';'); i++) {
    const piece = pieces[i].split('。')[0];
    const first = amountsOf(piece)[0];
    if (!first || !cueMeasure(piece.slice(0, first.start))) break;
    clause += piece;
  }
  // "A项目预算80万元,B项目预算60万元,分别支出78万元、57.1万元": a clause giving each of the items before it an amount
  // in turn (分别) is the list's, no more of this item's
  const each = EACH_CLAUSE.exec(clause);
  return (each ? clause.slice(0, each.index) : clause).replace(/;$/, '');
}

/**
 * A clause after a comma that gives several items an amount each (",分别支出", ",实际支出分别为", or amounts joined by
 * 、 / 和 after its cue: ",已支付78万元、57.1万元").
 */
const EACH_CLAUSE = /,(?=[^,;。\d]{0,8}(?:分别|\d[\d.,]*\s*(?:万元|元|亿元)?\s*[、和]\s*\d))/;

/** The numbers of a clause that are amounts or rates: a day, a month or a year ("截至12月底") is neither. */
function amountsOf(clause: string, closed = false): NumberToken[] {
  // a count ("2个村", "3项") is no amount either; a clause cut at its ; or 。 is read with it, which closes an
  // amount written with 万 alone ("A项目50万;")
  return findNumbers(closed ? `${clause};` : clause).filter((n) =>
    // (nor the first month of a range, "1-12月累计支出…": a month too)
    n.unit
      ? (n.unit === '%' && !extractionRate(clause, n)) || isMoneyUnit(n.unit)
      : !/^\s*(?:[-—~至到]\s*\d{1,2}\s*)?[年月日]/.test(clause.slice(n.end)),
  );
}

/**
 * A rate of extraction inside an item's name ("按1%提取项目管理费46.3万元", "按3%计提工作经费"): the share the item
 * takes of a fund, written before its money, is part of its name, not an amount of its own.
 */
function extractionRate(clause: string, n: NumberToken): boolean {
  return /按\s*$/.test(clause.slice(0, n.start)) && EXTRACTION_VERB.test(clause.slice(n.end));
}

/**
 * Reads on in `clause` (at `offset` in `seg`) from `prevEnd`: each of `numbers` preceded by a cue
 * and nothing else is one more of the item's amounts, until the first that is not (commentary
 * follows). [] when a measure comes twice with two amounts: which one is the item's is not knowable.
 */
function cuedAmounts(
  seg: Segment,
  name: string,
  clause: string,
  offset: number,
  numbers: NumberToken[],
  prevEnd: number,
  fragments: TaskFragment[],
): TaskFragment[] {
  let end = prevEnd;
  /** The item's budget changed in the year and what it came to is not stated: the budget read before is no longer the item's. */
  let budgetChanged = false;
  /** The parts of the item's money by source read past, each with the words that name it (see withFundBase). */
  const parts: { words: string; fragment: TaskFragment }[] = [];
  /** The words that cued the item's spending. */
  let spentWords = '';
  for (const n of numbers) {
    const words = outsideRemarks(clause.slice(end, n.start));
    const measure = cueMeasure(words) ?? cueAfterRemark(words);
    // a part of the item's money by its source (其中中央资金…, 县级配套资金…) is read past: the item's spending may follow
    // (拨款 cues a budget, but "其中财政拨款40万元" after the item's budget is its source, as any source part is)
    if ((!measure || measure === 'budget') && isMoneyUnit(n.unit) && sourcePart(words)) {
      parts.push({
        words,
        fragment: { name, measure: 'budget', value: n.value, unit: n.unit, segment: seg, start: offset + n.start, end: offset + n.end },
      });
      end = n.end;
      continue;
    }
    // "已支付108万元,其中发放劳务报酬38.6万元": a part of the amount before it, 其中 opening it, is read past
    if (fragments.length && isMoneyUnit(n.unit) && PART_OPENING.test(words)) {
      end = n.end;
      continue;
    }
    // "…完成总投资48.5715万元,结余资金2.3497万元,截止9月底,资金支付率99.12%": the money left over is read past, and the
    // item's rate after it is still the item's
    if (!measure && isMoneyUnit(n.unit) && LEFT_OVER.test(words)) {
      end = n.end;
      continue;
    }
    // "年初预算45万元,年中追加7万元,全年预算52万元": the year's change to the budget, between the two budgets, is
    // read past when the budget it came to follows; with none after it, what the item's budget became is not stated
    const after = numbers[numbers.indexOf(n) + 1];
    if (
      !measure &&
      isMoneyUnit(n.unit) &&
      budgetChange(clause.slice(end, n.start)) &&
      after &&
      cueMeasure(clause.slice(n.end, after.start)) === 'budget'
    ) {
      end = n.end;
      continue;
    }
    // …and with spending or a rate after it ("年初预算50万元,年中追加10万元,全年支出58万元,执行率96.67%"), the change is
    // read past too and the spending and rate are still the item's, but the item's budget is no longer the one read
    // before the change (the rate is of what it came to): that budget is kept as the item's initial one (superseded)
    if (
      !measure &&
      isMoneyUnit(n.unit) &&
      budgetChange(clause.slice(end, n.start)) &&
      after &&
      ['executed', 'rate'].includes(cueMeasure(clause.slice(n.end, after.start)) ?? '')
    ) {
      budgetChanged = true;
      end = n.end;
      continue;
    }
    // "应到位68万元,实际到位21万元,到位率30.88%": the money that arrived, after the budget due, is neither the item's
    // budget nor its spending: read past (its 到位率 then ends the reading, no execution rate)
    // (after the money due only: "计划投资180万元,资金到位150万元" states two budgets, which one the item's unknowable)
    if (
      measure === 'budget' &&
      isMoneyUnit(n.unit) &&
      ARRIVED.test(words) &&
      fragments.some((f) => f.measure === 'budget' && DUE_BEFORE.test(seg.text.slice(Math.max(0, f.start - 12), f.start)))
    ) {
      end = n.end;
      continue;
    }
    if (!measure || !unitFitsMeasure(measure, n.unit)) break;
    const stated = fragments.find((f) => f.measure === measure);
    // "计划投资180万元,资金到位180万元": the same amount under a second wording of its measure says nothing new
    if (stated && stated.value === n.value && stated.unit === n.unit) {
      end = n.end;
      continue;
    }
    const fragment: TaskFragment = {
      name,
      measure,
      value: n.value,
      unit: n.unit,
      segment: seg,
      start: offset + n.start,
      end: offset + n.end,
    };
    end = n.end;
    if (stated && measure === 'executed') {
      // "拨付资金30万元,实际支出28.6万元": money disbursed yields to spending stated in stronger words
      const disbursed = [stated, fragment].filter((f) => disbursedAt(seg.text, f.start));
      if (disbursed.length !== 1) return [];
      if (disbursed[0] === stated) fragments.splice(fragments.indexOf(stated), 1, fragment);
      disbursedFor.set(fragments, disbursed[0]);
      continue;
    }
    if (stated) return [];
    if (measure === 'executed') spentWords = words;
    fragments.push(fragment);
  }
  const read = budgetChanged
    ? fragments.map((f) =>
        f.measure === 'budget' || f.measure === 'initial' ? { ...f, measure: 'initial' as const, superseded: true as const } : f,
      )
    : fragments;
  const out = withDisbursedBase(read, disbursedFor.get(fragments));
  partsRead.set(out, parts);
  spendingWords.set(out, spentWords);
  return out;
}

/** 其中 opening the words before an amount, after the item's own: the amount is a part of the one before it. */
const PART_OPENING = /^[\s,]*其中/;

/** The source parts an item's clause read past (cuedAmounts), by the fragments read: see withFundBase. */
const partsRead = new WeakMap<TaskFragment[], { words: string; fragment: TaskFragment }[]>();
/** The words that cued the spending among the fragments read. */
const spendingWords = new WeakMap<TaskFragment[], string>();

/** The fund a source part names, the words before its amount ("其中衔接资金" → 衔接资金, ",县级配套资金" → 县级配套资金). */
const PART_FUND = /([\u4e00-\u9fff]{2,12}(?:资金|经费|补助|拨款))\s*$/;

/**
 * An item whose spending is of one fund among its money's sources ("项目总投资65万元,其中衔接资金60万元,群众自筹5万元。
 * 截至年底已支付衔接资金60万元,支付率100%"): the rate measures the spending against that fund's part, not the whole
 * investment, so the part is the item's budget. Only where the spending's words name the part's fund and the rate is the
 * spending over the part (and not over the whole); otherwise the fragments as read.
 */
function withFundBase(fragments: TaskFragment[], parts: { words: string; fragment: TaskFragment }[], spentWords: string): TaskFragment[] {
  const budget = fragments.find((f) => f.measure === 'budget');
  const executed = fragments.find((f) => f.measure === 'executed');
  const rate = fragments.find((f) => f.measure === 'rate');
  if (!budget || !executed || !rate || rateWithinRounding(executed.value, budget.value, rate.value)) return fragments;
  const named = parts.filter((p) => {
    const fund = PART_FUND.exec(p.words)?.[1].replace(/^其中/, '');
    return !!fund && spentWords.includes(fund) && p.fragment.unit === executed.unit && Number(p.fragment.value) > 0;
  });
  if (named.length !== 1 || !rateWithinRounding(executed.value, named[0].fragment.value, rate.value)) return fragments;
  return fragments.map((f) => (f === budget ? named[0].fragment : f));
}

/**
 * The words between two of an item's amounts outside the brackets of a remark on the first: a remark with no amount
 * ("预算100万元(中央资金),已支出95万元") is dropped, and the bracket a breakdown of the amount by its sources opens or
 * closes ("预算100万元(其中中央资金80万元,县级资金20万元),已支出95万元") is read past, so that its parts are read as
 * sources and the cue after it as the item's.
 */
function outsideRemarks(words: string): string {
  return words.replace(/\([^()\d]*\)/g, '').replace(/^\s*[()]/, '');
}

/** An item's money left over, its clause's only words: "结余资金", "节余经费", "剩余". */
const LEFT_OVER = /^[\s,;]*(?:项目)?(?:结余|节余|剩余|结转)(?:资金|经费)?\s*$/;
/** The words of the money due right before its amount ("应到位68万元", "应拨付资金为30万元"). */
const DUE_BEFORE = /应(?:到位|拨付|下达)(?:资金|金额)?\s*(?:为|共|共计)?\s*$/;
/** The money that arrived (实际到位, 已到位, 到位资金), after the budget due (应到位): no measure of the item. */
const ARRIVED = /^[\s,;]*(?:实际|已|累计)?(?:到位(?:资金|金额)?|资金到位)\s*(?:为|共|共计)?\s*$/;

/**
 * A clause that says the money was paid in full, with no amount: "已全额发放到人", "资金已足额拨付到位", "已全部拨付到救助对象",
 * perhaps on what it was paid by ("已按核定面积全额兑付到户", "已按合同约定拨付").
 */
const PAID_REMARK =
  /^(?:资金)?(?:已|均已|已经)?(?:按[\u4e00-\u9fff]{1,12}?)?(?:全额|全部|足额|按时|及时)?(?:发放|拨付|支付|兑付|下达)(?:到[\u4e00-\u9fff]{1,6}|到位|完毕)?$/;

/**
 * A clause that says the item's works were finished, with no amount: "已完成验收", "项目已竣工", "均已完工", "已通过验收".
 * It says nothing of the money, and the item's amounts go on after it ("项目资金80万元,已完成验收,支付资金78万元").
 */
const WORK_STATE_REMARK = /^(?:该?项目|工程)?(?:已|均已|已经)(?:全部)?(?:完成|完工|竣工|通过)[\u4e00-\u9fff]{0,6}$/;

/** "…,已全额发放到人,支出1,146.72万元": the cue after a remark that the money was paid (PAID_REMARK) or the works done (WORK_STATE_REMARK), which holds no amount. */
function cueAfterRemark(between: string, opening = false): TaskMeasure | null {
  // (between two amounts the text opens on the comma after the first; opening a sentence, on the remark itself:
  // "资金已全部拨付,拨付率100%")
  const pieces = opening ? ['', ...between.split(',')] : between.split(',');
  if (pieces.length < 3 || !pieces.slice(1, -1).every((p) => PAID_REMARK.test(p.trim()) || WORK_STATE_REMARK.test(p.trim()))) return null;
  return pieces[0].trim() ? null : cueMeasure(pieces[pieces.length - 1]);
}

/** The disbursed amount an item's stronger spending displaced (cuedAmounts), by the item's fragments. */
const disbursedFor = new WeakMap<TaskFragment[], TaskFragment>();

/**
 * An item whose disbursed amount yielded to its spending: the amount disbursed is the item's budget when the item
 * states no budget and its rate is its spending over that amount ("拨付资金30万元,实际支出28.6万元,执行率95.33%":
 * the rate measures the spending against the money passed on); otherwise it is no measure of the item.
 */
function withDisbursedBase(fragments: TaskFragment[], disbursed: TaskFragment | undefined): TaskFragment[] {
  if (!disbursed || fragments.some((f) => f.measure === 'budget' || f.measure === 'initial')) return fragments;
  const executed = fragments.find((f) => f.measure === 'executed');
  const rate = fragments.find((f) => f.measure === 'rate');
  if (!executed || !rate || executed.unit !== disbursed.unit || Number(disbursed.value) === 0) return fragments;
  if (!rateWithinRounding(executed.value, disbursed.value, rate.value)) return fragments;
  return [{ ...disbursed, measure: 'budget' }, ...fragments];
}

/**
 * "1.党建工作。全年预算325.29万元,执行323.19万元…": the item's name is a sentence of its own and its
 * money opens the next one, as it opens the paragraph below a heading (readHeadedItems).
 */
function nameSentence(item: Item, clause: string): TaskFragment[] {
  const seg = item.segment;
  const stop = seg.text.indexOf('。', item.start);
  if (stop < 0 || stop >= item.end || stop !== item.start + clause.length || (cueAtEnd(clause) && !PAYING_OUT_WORK.test(clause))) return [];
  // "2.乡村公益性岗位补贴(据实结算):全年开发…岗位120个,按月核发补贴。预算86.40万元,…": the name before its colon, what
  // the item did after it, in the sentence before its money
  const described = nameBeforeDescription(clause);
  const name = nameAt(seg, item.start, described >= 0 ? clause.slice(0, described) : clause);
  if (!name) return [];
  // "——A补助资金。按照人均89元的补助标准,覆盖常住人口41.2万人,用于…。全年预算3,666.80万元,已支出…": sentences that say
  // what the item does (quantities, rates of giving, no amount of its own) may stand between its name and its money
  // (a sentence with no number at all states nothing of the item's: within the numbered item any number of them may stand
  // there, "2.A专项。针对…开展检查。大力推进…。加强…宣传。安排经费13万元。")
  let from = stop + 1;
  for (let described = 0; described <= DESCRIPTION_SENTENCES; ) {
    const read = moneyOpening(seg, name, from, item.end);
    if (read.length) return [...read, ...laterSentences(seg, item.start, item.end, Math.max(...read.map((f) => f.end)), name, read)];
    const next = seg.text.indexOf('。', from);
    if (next < 0 || next >= item.end || !describesOnly(seg.text.slice(from, next))) return [];
    if (/\d/.test(seg.text.slice(from, next))) described++;
    from = next + 1;
  }
  return [];
}

/**
 * A work that is paying a kind of money out, named by the money and the verb ("城乡最低生活保障金发放", "耕地地力保护补贴兑付"):
 * a name that ends on a verb of spending, not a clause saying money was paid ("资金已全部发放").
 */
const PAYING_OUT_WORK = /[\u4e00-\u9fff]{2,}(?:金|费|款|补贴|补助|津贴|奖励)(?:发放|兑付|拨付|支付)$/;

/** What an item's money is for, opening a sentence ("主要用于城区河道日常保洁。"): the item's purpose, never its name. */
const PURPOSE_OPENING = /^\s*(?:主要|专项|全部)?用于|^\s*(?:为了|旨在|围绕)/;

/**
 * A sentence of an item's name, its colon, and what the item did, no money of its own ("乡村公益性岗位补贴(据实结算):全年开发
 * 乡村公益性岗位120个,按月核发补贴。"): the name's sentence, as a name alone is.
 */
// (or its comma, where the words before it call themselves a project or a works: "1、A村农田道路建设项目,铺建砂石路11公里、
// 修建4个桥涵。" over "2021年下达资金197万元,…")
function nameThenDescription(sentence: string): boolean {
  return nameBeforeDescription(sentence) >= 0;
}

/** Where the name ends in such a sentence (its colon or its comma), or -1 where the sentence is none. */
function nameBeforeDescription(sentence: string): number {
  // (after a comma, no amount at all: "A项目,安排资金50万;" is the item's money, its 万 alone, not a description)
  const comma = sentence.indexOf(',');
  const described = comma >= 0 && /(?:项目|工程)$/.test(sentence.slice(0, comma)) && !/\d\s*(?:万|亿|元)/.test(sentence.slice(comma));
  const colon = sentence.indexOf(':') >= 0 ? sentence.indexOf(':') : described ? comma : -1;
  // (the year a project is of may open its name: "2023年老旧小区改造(第一批)"; its list number before it is none of it)
  const name = sentence
    .slice(0, colon)
    .replace(NUMBERING, '')
    .replace(/\d{4}年度?/g, '');
  return colon >= 2 && colon <= NAME_LENGTH && !/[\d,;。]/.test(name) && describesOnly(sentence.slice(colon + 1)) ? colon : -1;
}
/** The longest name before an item's colon. */
const NAME_LENGTH = 40;

/** A sentence that opens on a cue and its amount ("预算320万元,…", "全年预算3,666.80万元,…"). */
function opensOnCue(sentence: { 0: string }): boolean {
  // (past the words that refer back to the item, "该批次安排预算…", as moneyOpening reads past them)
  const text = sentence[0].slice(BACK_REFERENCE.exec(sentence[0])?.[0].length ?? 0);
  const cue = /^\s*([^,;。:\d%]{1,10}?)(?=\d)/.exec(text);
  return !!cue && !!cueMeasure(cue[1]);
}

/** A name and its bracketed remark, up to the separator after it: "村级组织运转经费(按每村每年12万元标准保障):". */
const NAME_REMARK = /^[^,:;()\d]{2,30}\([^()]{1,30}\)(?=\s*[:,])/;

/** How many sentences of remarks, stating no money, may follow an item before the list's next item. */
const REMARK_SENTENCES = 3;

/** How many sentences that describe an item may stand between its name and its money. */
const DESCRIPTION_SENTENCES = 2;

/**
 * A sentence that describes an item and states none of its money: every amount in it is a rate of giving (人均89元,
 * 每人每年960元: inlineLists.ts rateOfGiving), and no rate in it follows a cue of money (a rate of execution's words).
 */
function describesOnly(sentence: string): boolean {
  return findNumbers(sentence).every((n) => {
    if (isMoneyUnit(n.unit)) return rateOfGiving(sentence, n);
    return n.unit !== '%' || !cueMeasure(sentence.slice(clauseStartBefore(sentence, n.start), n.start));
  });
}

/**
 * A sentence whose money clause follows clauses that describe the item ("对全县18家卫生院实施基本药物制度给予补助,全年预算486
 * 万元,…"): its first amount of money opens a clause of its own with a cue, and every number before it is a quantity or a
 * rate of giving (as afterDescription reads it).
 */
function describedThenCued(sentence: { 0: string }): boolean {
  const text = sentence[0];
  // (past rates of giving, "按照坡改梯每亩1500元的补助标准,…,全年兑付补助资金2450万元")
  const money = findNumbers(text).find((n) => isMoneyUnit(n.unit) && !rateOfGiving(text, n));
  if (!money) return false;
  const clauseStart = text.lastIndexOf(',', money.start) + 1;
  return clauseStart > 0 && !!cueMeasure(text.slice(clauseStart, money.start)) && describesOnly(text.slice(0, clauseStart));
}

/** The words opening an item's money clause that refer back to the item named before it: "该项目", "本工程". */
const BACK_REFERENCE_OPENING = /^\s*(?:该|本|此)(?:子项目|子项|项目|工程|项工作|项任务)(?=\S)/;
/** The words after an unnumbered item's name that refer back to it as a project ("A该项目年初预算…"). */
const CALLED_A_PROJECT = /(?:该|本|此)(?:子项目|项目|项工作|项任务)/;
/**
 * The date that opens a sentence of items, and the unit's reference to itself after it: "截至2023年12月31日,",
 * "截至年底,", "截至12月底,", "截至目前,", "2023年度,我局" — read past, so that the first item is named by its own words.
 */
const DATE_THEN_UNIT = new RegExp(
  String.raw`^\s*(?:(?:截至|截止到?)\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末)?|年底|年末|目前|\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末))|\d{4}\s*年度?)\s*,\s*` +
    String.raw`(?:${OWN_UNIT_WORDS}(?=[^,;。:\d]{2,40}?(?:项目|工程|资金|经费)))?`,
);
/** The label of a project's name opening an item's sentence: "项目名称:", "子项目名称:", "任务名称:". */
const NAME_LABEL_OPENING = /^\s*(?:子?项目名称|任务名称|专项名称)\s*:\s*/;
/** A bullet a word processor drew, or the dash, opening a list's line: "●", "■", "——". */
const BULLET_OPENING = /^\s*(?:[●•▪■□◆◇○◎★☆►▶➢]|—{1,2}(?=[^\d—]))/;
/** A sentence that is a name alone: "学生资助项目。" */
const NAME_ALONE = /^\s*[^,;:。\d%()]{2,30}。\s*$/;
/** A name that only refers back to the item before it: "该项目全年", "本项目", "该项工作年度". */
const BACK_REFERENCE_NAME = /^\s*(?:该|本|此)(?:子项目|子项|项目|项工作|项任务|项经费|项资金|经费|资金|笔资金)(?:年度|全年|本年|当年)?\s*$/;
/** The first sub-section under an item, labelled: "(1)资金投入情况:", "1.预算执行情况:". */
const FIRST_SUB_SECTION = /^\s*(?:\(\s*1\s*\)|1\s*[、.)](?!\d)|①)\s*[^,;。:\d]{2,12}:\s*/;

/**
 * "1.A项目" then "(1)资金投入情况:下达资金1862万元,实际支出1862万元…": the item is its name alone,
 * and its money opens its first sub-section, labelled, right below it.
 */
function firstSubSection(item: Item, clause: string, next: Segment | undefined): TaskFragment[] {
  const seg = item.segment;
  if (/[,;。:]/.test(clause.trim()) || !clause.trim()) return [];
  // the sub-section in the same paragraph, or opening the next one
  const here = seg.text.slice(item.end).trim() ? seg : next;
  const from = here === seg ? item.end : 0;
  const sub = here ? FIRST_SUB_SECTION.exec(here.text.slice(from)) : null;
  if (!here || !sub) return [];
  const name = nameAt(seg, item.start, clause);
  return name ? moneyOpening(here, name, from + sub[0].length) : [];
}

/**
 * Unnumbered items, one per sentence or paragraph, each NAME [, or :] (CUE AMOUNT)+ with a cue
 * before every amount: "A项目,预算资金30万元,实际支出28万元。B项目,预算资金20万元,实际支出20万元。"
 * Without numbering, the name must read as a project (PROJECT_NAME), unless the run opens with
 * 其中 / 具体包括 ("其中A预算40万元,实际支出38万元;B预算30万元…"), and at least two such
 * sentences must follow one another: one sentence alone is a one-project report's own figures.
 */
/** The words of the total a clause ends with: "2017年总支出7778.55万元," → "2017年总支出". */
function totalBefore(clause: string): string {
  return clause.replace(/[\s,]*$/, '').replace(/[\d.,]+\s*(?:万元|元|亿元|千元)?$/, '');
}

/** The text of `seg` from `from` to `to`, starting where the source line that holds `to` starts (if after `from`). */
function onItsLine(seg: Segment, from: number, to: number): string {
  const line = linesOf(seg)
    .map((l) => l.start)
    .filter((at) => at > from && at <= to)
    .pop();
  return seg.text.slice(line ?? from, to);
}

/**
 * A document's title opening a paragraph, its line break lost ("某县民政局2023年度部门整体支出绩效自评报告 "): as text.ts TITLE_LINE.
 * (or its line break joined with no space, Chinese lines running on, when a short label closed by a colon follows:
 * "…绩效自评报告\n主要项目执行情况:" is the paragraph "…绩效自评报告主要项目执行情况:")
 */
const TITLE_AT_HEAD = /^[^,。;:!?\s]{4,60}(?:报告|自评表|评价表|评分表)(?:\([^()]{1,12}\))?(?:\s+|(?=[^,。;:!?\s\d]{2,16}:))/;
/** The connectives that divide a total stated before them into the items after them. */
// (分别项目为 / 分项目为: "…共支付资金300万元。分别项目为①A支付50万元,…", the items of the total, each project's)
// (分项目看 / 分项目来看 / 从各项目看 / 从项目看: "…实际支出470万元。分项目看,A项目预算300万元,支出290万元;B项目…", the total's items one project at a time)
const CONNECTIVE = '(?:其中|具体包括|具体为|分别为|分别?项目为|(?:从各?|分)(?:子)?项目(?:来)?看)';
/** A connective closing the text before a run of items, with no colon: "…资金执行率75%。分别项目为". */
const CONNECTIVE_CLOSING = new RegExp(`${CONNECTIVE}[:,]?$`);
/** The connective anywhere in an intro's words (built once: introOf and the clause readers ask it of every sentence). */
const CONNECTIVE_IN = new RegExp(CONNECTIVE);
/** A clause's words up to its first amount, where a name (run into its cue or not) stands. */
const WORDS_BEFORE_AMOUNT = /^[^,;。:\d]{2,40}?(?=\d)/;
/**
 * The words that announce a clause's items: a connective, a heading's or a count's colon, the
 * aspect the sentence turns to ("重点项目方面,", "在重点项目执行方面:"), which is no item's name, or the money or the
 * projects the items are a part of ("全年预算中,", "上述资金中:", "重点项目中,"), as 其中 says it.
 */
// ("该项目由两个子项目组成:": the count, then the verb that says the items make up the whole, before the colon)
const INTRO = new RegExp(
  String.raw`${CONNECTIVE}[:,]?\s*|^\s*在?[^,;。:\d]{2,12}方面\s*[,:]\s*|^\s*在?[^,;。:\d]{0,8}(?:预算|资金|经费|投资|项目|任务)中\s*[,:]\s*|` +
    String.raw`^[^,;。:]{0,24}(?:如下|包括|分别是|用于|(?:项目|任务)(?:主要)?有|(?:项目|任务|资金)[^,;。:]{0,8}情况(?:为|是)?|分项目[^,;。:\d]{0,6}|\s?[\d一二三四五六七八九十两]+\s?(?:(?:个|项)(?:子项目|项目|任务|部分)?|部分)(?:组成|构成)?):\s*|^[^;。:]{0,30}?(?:项目|任务)\s?[\d一二三四五六七八九十两]+\s?(?:个|项)(?:,(?:分别是|分别为|包括|具体为))?:\s*|` +
    // "本项目预算116万元,包括两个子项目:": the total's clause, then the count of its parts after a comma
    String.raw`,\s*(?:包括|包含|分为|下设|共有?)\s?[\d一二三四五六七八九十两]+\s?(?:(?:个|项)(?:子项目|项目|任务|部分)?|部分):\s*|` +
    // "共收到资金500万元,主要用于以下项目:": the total's clause, then words after a comma announcing what follows
    String.raw`,\s*[^,;。:\d]{0,10}(?:以下|如下)[^,;。:\d]{0,8}:\s*|` +
    // "项目支出920万元,包括:A项目预算800万元,…": the total's amount, a comma, then the words that say its parts follow, and
    // money of theirs after them (",主要包括绿化提档升级,已验收" says what the item did, and opens no parts; ",涉及四大类,其中:…"
    // counts the parts, which the connective after the count opens)
    String.raw`(?<=\d\s*(?:万元|元|亿元|千元)\s*,\s*)(?:(?:主要|具体)?(?:包括|包含)|涉及|主要(?:有|是))\s*:?\s*(?![^,;。:]{0,8}?[\d一二三四五六七八九十两]+\s*大?(?:类|个|项|方面|部分|批))(?=[^。;]*\d\s*(?:万元|元|亿元|千元))`,
);
/**
 * A numbered section heading about how money was spent, with no colon: "(二)项目支出情况", "三、资金使用情况". A copy
 * that runs its line into the paragraph below leaves it before the first item's name.
 */
const SECTION_HEADING = new RegExp(
  String.raw`${NUMBERING.source}[^,;。:\d]{0,12}(?:执行|支出|使用|完成|实施|安排|开展)情况(?=[\u4e00-\u9fff])`,
);
/** A total closing its clause, then the connective that opens its parts: "…预算300万元,其中". */
const TOTAL_THEN_PARTS = new RegExp(String.raw`\d\s*(?:万元|元|亿元|千元)\s*,\s*${CONNECTIVE}[:,]?\s*`);

/**
 * Where a clause's items start. "项目支出情况:全年项目支出预算300万元,其中A项目预算200万元…": a
 * heading's colon, then a total and 其中: the items are what 其中 divides the total into, and the total
 * is no item (the connective is looked for after the heading, where the heading alone would stop).
 */
function introOf(clause: string): RegExpExecArray | null {
  // "截至2023年12月31日,各项目支出情况如下:": the date the items are counted to opens the sentence before its intro
  // (or the document's title, pasted with no blank line under it: "…部门整体支出绩效自评报告 3个重点项目预算安排及执行情况:")
  const dated = DATE_THEN_UNIT.exec(clause) ?? TITLE_AT_HEAD.exec(clause);
  if (dated && !INTRO.test(clause)) {
    const after = introOf(clause.slice(dated[0].length));
    if (after && /:\s*$/.test(after[0]))
      return Object.assign([after[0]], { index: dated[0].length + after.index, input: clause, groups: undefined }) as RegExpExecArray;
  }
  const intro = INTRO.exec(clause);
  // "A项目,年初预算50万元,其中中央资金40万元,全年支出48万元": a connective before the item's funding sources divides
  // the item's own budget by source, and opens no items (the item is named before it)
  if (
    intro &&
    CONNECTIVE_IN.test(intro[0]) &&
    intro.index > 0 &&
    dividesItsItem(clause.slice(0, intro.index), clause.slice(intro.index + intro[0].length))
  )
    return null;
  if (!intro || CONNECTIVE_IN.test(intro[0])) return intro;
  const after = intro.index + intro[0].length;
  const parts = TOTAL_THEN_PARTS.exec(clause.slice(after));
  if (!parts) return intro;
  const connective = new RegExp(String.raw`${CONNECTIVE}[:,]?\s*$`).exec(parts[0]);
  if (!connective) return intro;
  // "项目有:A项目,总投资80万元,其中财政资金70万元,已支付78万元;B项目…": the first item's own budget divided by
  // source, as above: its 其中 opens no items, and the items start where the heading's colon says
  const at = after + parts.index + parts[0].length - connective[0].length;
  if (dividesItsItem(clause.slice(after, at), clause.slice(after + parts.index + parts[0].length))) return intro;
  const moved = Object.assign([connective[0]], { index: at, input: clause, groups: undefined }) as RegExpExecArray;
  return moved;
}

/**
 * Whether a connective (其中) divides the item its clause names before it, `item` the words up to it and `parts` those after
 * it: its funding sources ("A项目,年初预算50万元,其中中央资金40万元"), or any part of the item's money where the item is named
 * first and set off by its comma ("A工程,安排资金120万元,已支付108万元,其中发放劳务报酬38.6万元"). It then opens no items.
 */
function dividesItsItem(item: string, parts: string): boolean {
  if (sourcePart(/^[^\d,;。]*/.exec(parts)?.[0] ?? '')) return true;
  const named = /^\s*([^,;:。\d]{2,40}?),/.exec(item);
  return !!named && PROJECT_NAME.test(cleanName(named[1])) && findNumbers(item).some((n) => isMoneyUnit(n.unit));
}

/** After an item's amount (and its bracket), a sibling joined by 、 with an amount of its own: "、B工程(预算30万元)". */
const SIBLING_AFTER = /^[^,;。、(]{0,2}\)?\s*、\s*[^,;。、\d]{2,40}?\(?\s*[^\d,;。()]{0,8}\d[\d,.]*\s*(?:万元|亿元|元)/;

/** Whether an item read from a clause has siblings joined to it by 、 in the same clause (SIBLING_AFTER). */
function siblingsAfterItem(seg: Segment, read: TaskFragment[]): boolean {
  if (!read.length) return false;
  const end = Math.max(...read.map((f) => f.end));
  return SIBLING_AFTER.test(seg.text.slice(end));
}

export function readNamedClauses(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  let run: TaskFragment[][] = [];
  // a run opened by 其中 / 具体包括 divides the total before it: its items need not be named as projects
  let introduced = false;
  const flush = () => {
    if (new Set(run.map((r) => r[0].name)).size >= 2) out.push(...withoutClosingRate(run));
    run = [];
    introduced = false;
  };
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') {
      flush();
      continue;
    }
    // the sentence before, whose total a sentence opening with 其中 divides
    let previous = '';
    // the sentence whose item the run took last
    let lastRead = -1;
    // a sentence of an item not named as a project, which a second one stating the same measures makes a list's first
    let pending: { read: TaskFragment[]; k: number } | null = null;
    // the remarks read past since the run's last item
    let remarks = 0;
    const sentences = sentencesOf(seg).flatMap(atProjectCommas);
    for (let k = 0; k < sentences.length; k++) {
      let m = sentences[k];
      // "学生资助项目。预算320万元,支出320万元…": a paragraph opening with a name as a sentence of its own and its
      // money opening the next (a list's line whose number the copy dropped): the two sentences are one item
      // (or the next but one or two, past sentences that describe the item and state none of its money: describesOnly)
      let money = k + 1;
      while (
        money <= k + DESCRIPTION_SENTENCES &&
        sentences[money + 1] &&
        describesOnly(sentences[money][0]) &&
        !opensOnCue(sentences[money])
      )
        money++;
      const next = sentences[money];
      // (a line opens the paragraph, or a bullet opens it where a copy ran the list's lines into one paragraph)
      // (or a source line of its own, where a copy kept the list's lines but no blank line between them: "A项目。全年预算…\n
      // B项目。全年预算…", Markdown's one paragraph)
      const opensLine = m.index === 0 || BULLET_OPENING.test(m[0]) || linesOf(seg).some((l) => l.start === m.index + leadingSpace(m[0]));
      const nameAlone =
        opensLine &&
        (NAME_ALONE.test(m[0]) || nameThenDescription(m[0])) &&
        !PURPOSE_OPENING.test(m[0]) &&
        !!next &&
        (opensOnCue(next) || describedThenCued(next));
      if (nameAlone) {
        m = { 0: m[0] + seg.text.slice(m.index + m[0].length, next.index) + next[0], index: m.index };
        k = money;
      }
      // "总预算30万元,其中:A项目预算10万元,支出8万元": the item starts after the connective
      // "其中:", "具体如下:", "共实施项目2个:": the items start after the words that announce them
      // ("…,执行率分别为97.5%、95.17%": 分别为 before amounts, not names, gives the items read an amount each: no intro)
      const intro = amountsInTurn(m[0], introOf(m[0]));
      // "项目资金主要用于:", "资金安排如下:": a colon that announces items opens a list of its own; a run before it is another
      if (intro && run.length && /:\s*$/.test(intro[0]) && !CONNECTIVE_IN.test(intro[0])) flush();
      // "截至2023年12月31日,A项目支出…": the date the money is counted to opens the first item, not its name
      // (or the year the items are of, "2023年度,", with the unit that ran them, "2023年度,我局A项目预算…")
      const dated = DATE_THEN_UNIT.exec(m[0]);
      // "项目名称:城乡环卫一体化,预算500万元,…": the label says the words after it name a project, and is no part of them
      const labelled = intro ? null : NAME_LABEL_OPENING.exec(m[0]);
      // "(二)项目支出情况\n法律援助经费,预算50万元,…": the section's heading line, run into the paragraph's first item (a
      // copy keeps no line break), is no part of its name
      // (or after the paragraph's stop, where the copy ran the heading's line on after the section above:
      // "…200万元。二、资金使用情况截至年底,A支出118万元")
      const afterStop = m.index > 0 && /[。!?]\s*$/.test(seg.text.slice(Math.max(0, m.index - 4), m.index));
      const headed = intro || labelled || !(opensLine || afterStop) ? null : SECTION_HEADING.exec(m[0]);
      // "(二)资金使用情况截至年底,A支出…": the date after the heading opens the first item too
      const headedDate = headed ? DATE_THEN_UNIT.exec(m[0].slice(headed[0].length)) : null;
      const lead = intro
        ? intro.index + intro[0].length
        : headed
          ? headed[0].length + (headedDate?.[0].length ?? 0)
          : labelled
            ? labelled[0].length
            : dated
              ? dated[0].length
              : m[0].length - m[0].trimStart().length;
      const item: Item = {
        segment: seg,
        start: m.index + lead,
        // (a name's sentence reads its money on over the sentences after it, laterSentences: its paragraph's end bounds it)
        end: nameAlone ? seg.text.length : m.index + m[0].length,
        style: 'dot',
        n: 0,
        at: m.index,
        ...('sibling' in m && m.sibling === true ? { sibling: true } : {}),
      };
      // a list number opens no clause of these (a digit run into words only where the original has "①":
      // "预算资金 42万元" is an amount a PDF spaced from its words; a section heading's number before the words announcing
      // the items, "(二)项目支出情况…具体如下:", numbers no item)
      const numbered = [...m[0].matchAll(ITEM_NUMBER)].some((x) => x.index >= lead && isListNumber(seg, x, m.index));
      // "分别为A项目(预算50万元)、B工程(预算30万元),均已完工": the clause's item has siblings after it, joined by 、, each its
      // own amount: a list in one clause, which the list readers read whole or refuse, never an item read alone
      const itemRead = numbered ? [] : readItem(item, null);
      const read = siblingsAfterItem(seg, itemRead) ? [] : itemRead;
      // a paragraph of its own that is a name, a colon and two or more cued amounts ("城市照明维护:已支付
      // 215.4万元,支付进度91.2%;"): a line of a list whose bullets the reader dropped
      // (or a comma after the name, "●甲工程,预算200万元,支出190万元;", or the name a sentence of its own above)
      const line = !intro && opensLine && (/^\s*[^,:;。\d]{2,40}[:,]/.test(m[0]) || nameAlone || nameThenCue(m[0])) && read.length >= 2;
      // "总支出7778.55万元,其中财政项目补助支出683.2万元,基本支出…": the parts of the unit's own total
      // (or of a class of it) are its breakdown, not tasks
      // (the total's words as the clause gives them, or from their own source line: a section's heading run
      // into the paragraph above it, "二、支出决算情况说明\n2019年总支出…", is no part of them, while a PDF's
      // line break inside the words, "总支\n出", leaves them whole in the clause)
      const whole =
        intro &&
        /其中/.test(intro[0]) &&
        [m[0].slice(0, intro.index), onItsLine(seg, m.index, m.index + intro.index)].some((words) =>
          breaksDownAFigure(totalBefore(simplify(words))),
        );
      // "一般公共预算收入完成5,600万元…。其中:税务部门完成2,300万元,完成年初预算的48.6%": the parts of a
      // revenue total (before 其中, or the sentence before when 其中 opens this one) are who collected it,
      // unless they name projects (money received, then the projects it went to)
      const totalWords = simplify(intro && m[0].slice(0, intro.index).trim() ? m[0].slice(0, intro.index) : previous);
      const revenueParts =
        intro &&
        /其中/.test(intro[0]) &&
        /收入/.test(totalWords) &&
        !/支出/.test(totalWords) &&
        !(read.length && PROJECT_NAME.test(simplify(read[0].name)));
      previous = m[0];
      if (whole || revenueParts) {
        flush();
        continue;
      }
      // "全市重点项目完成投资560亿元,投资完成率41.3%。其中,A项目…": a sentence opening with 其中 divides the one
      // before it, whose item is the total of the parts that follow, never one of them
      if (intro && /其中/.test(intro[0]) && !m[0].slice(0, intro.index).trim() && run.length && lastRead === k - 1) run.pop();
      // "A项目年初预算350万元。该项目全年实际支出330万元…": a sentence whose name only refers back to the
      // item before it states more of that item's money, when it names measures the item has not stated
      // (with no item before it, or one that stated those measures already, it is no row of its own)
      if (read.length && BACK_REFERENCE_NAME.test(simplify(read[0].name))) {
        const last = run[run.length - 1];
        const stated = new Set(last?.map((f) => f.measure));
        if (!last || read.some((f) => stated.has(f.measure))) flush();
        else last.push(...read.map((f) => ({ ...f, name: last[0].name })));
        continue;
      }
      // "A该项目年初预算…": the words after the name that call it a project say what it is
      const called = read.length > 0 && CALLED_A_PROJECT.test(seg.text.slice(item.start, read[0].start));
      // a clause the sentence's list of project clauses went on to (atProjectCommas) is the run's next item
      const sibling = 'sibling' in m && m.sibling === true && run.length > 0;
      // "A工程已完成支付190万元,支付率95%;B已完成支付300万元,支付率100%": the sentence right after the run's last item,
      // stating the same measures in the same order, is the list's next item whatever its name ends with
      const parallel = read.length >= 2 && lastRead === k - 1 && run.length > 0 && sameMeasures(run[run.length - 1], read);
      // "城乡低保预算500万元,支出495万元,执行率99%。临时救助预算200万元,支出195万元,执行率97.5%。": two sentences in a row, each
      // a name of its own (no class, source, year or unit refused) stating the same measures in the same order, are a list
      // whatever their names end with: each its item's, as the first item of a run of project clauses would open it
      const named = read.length >= 2 && !refusal(cleanName(simplify(read[0].name)));
      // (not where the second opens with words that announce parts, "其中,A项目…": the first is then their total)
      const paired: boolean =
        named &&
        !intro &&
        !run.length &&
        pending !== null &&
        pending.k === k - 1 &&
        pending.read[0].segment === seg &&
        pending.read[0].name !== read[0].name &&
        sameMeasures(pending.read, read);
      if (paired && pending) run.push(pending.read);
      pending = named && !intro && !run.length && !paired ? { read, k } : null;
      if (
        read.length &&
        (PROJECT_NAME.test(simplify(read[0].name)) ||
          called ||
          (intro && !run.length) ||
          introduced ||
          line ||
          sibling ||
          labelled ||
          parallel ||
          paired)
      ) {
        if (intro && !run.length) introduced = true;
        run.push(read);
        // (the sentences the item's money went on over are its own, read no more)
        const readTo = Math.max(...read.map((f) => f.end));
        while (nameAlone && sentences[k + 1] && sentences[k + 1].index < readTo) k++;
        lastRead = k;
        remarks = 0;
      } else if (
        !read.length &&
        !numbered &&
        run.length &&
        run[run.length - 1][0].segment === seg &&
        ++remarks <= REMARK_SENTENCES &&
        !findNumbers(m[0]).some((n) => isMoneyUnit(n.unit))
      ) {
        // "…支出进度97.88%。65岁以上老年人健康管理率达到72.4%。" then the next item: a remark on the item read last, in its
        // paragraph and stating no money, goes on the list (a sentence with an amount no item holds ends it, and so does a
        // paragraph between two items, a heading perhaps); the words that announced the items
        // reach no further, so the next item must be named as one
        introduced = false;
      } else if (
        !read.length &&
        introduced &&
        !numbered &&
        lastRead === k - 1 &&
        run.length &&
        run[run.length - 1][0].segment === seg &&
        refusedItem(m[0].slice(lead))
      ) {
        // "其中,A项目50个,金额1006万元;中央专项调控资金10个,金额108.8万元;B 9个,金额290万元": a part of the whole the
        // list divides whose name is refused (a fund by level, a class of spending) is no row, and the list goes on past it
        // (the next clause must still be an item: a sentence that is none ends the run as before)
        lastRead = k;
      } else if (!read.length && run.length && sentences[k + 1] && PARTS_SENTENCE.test(sentences[k + 1][0])) {
        // "一、A:386人,金额17.38万元;二、B:7074人,430.88万元;其中:B1…;B2…;三、C…": an item its parts follow, read or
        // not, is their subtotal (a sentence opening with 其中 drops it when read): the list goes on past it
      } else flush();
    }
  }
  flush();
  return out;
}

/**
 * "其中A项目支出290万元,B项目支出180万元,执行率94%": a rate only the last of the items states, after a comma as the items are
 * set apart, with no budget of that item's to measure it against, closes the list: the whole's rate, no item's. (Items set
 * apart by ";" each hold their own clause: "…;B项目支出180万元,执行率90%" is B's.)
 */
function withoutClosingRate(run: TaskFragment[][]): TaskFragment[][] {
  const rated = run.filter((g) => g.some((f) => f.measure === 'rate'));
  const last = run[run.length - 1];
  const before = run[run.length - 2];
  if (rated.length !== 1 || rated[0] !== last || !before || last.some((f) => f.measure === 'budget' || f.measure === 'initial')) return run;
  const seg = last[0].segment;
  if (before[0].segment !== seg) return run;
  const between = seg.text.slice(Math.max(...before.map((f) => f.end)), Math.min(...last.map((f) => f.start)));
  if (/[;。]/.test(between)) return run;
  return [...run.slice(0, -1), last.filter((f) => f.measure !== 'rate')];
}

/**
 * An intro unless it is 分别为 with amounts, not names, after it ("执行率分别为97.5%、95.17%"): then none. A year opening the
 * first name ("分别为:2024年甲村道路项目下达资金…") is no amount.
 */
function amountsInTurn(clause: string, intro: RegExpExecArray | null): RegExpExecArray | null {
  return intro && /分别/.test(intro[0]) && /^\s*\d(?!\d{3}年)/.test(clause.slice(intro.index + intro[0].length)) ? null : intro;
}

/** How many spaces open a sentence (a line's start is where its first character stands). */
function leadingSpace(sentence: string): number {
  return sentence.length - sentence.trimStart().length;
}

/**
 * A clause shaped as a list's item, its name and then its money ("中央专项调控资金10个,金额108.8万元"), whose name
 * names.ts refuses (a fund by level, a class of spending, a total): a part no row is read for.
 */
function refusedItem(clause: string): boolean {
  const money = findNumbers(clause).find((n) => isMoneyUnit(n.unit));
  if (!money) return false;
  const head = clause.slice(0, money.start);
  const namePart = head.slice(0, separatorFrom(head, 0)?.index ?? head.length);
  const name = cleanName(simplify(namePart));
  return !!name && refusal(name) !== null;
}

/** A sentence that opens with 其中, the parts of the item before it. */
const PARTS_SENTENCE = /^\s*其中\s*[:,]?/;

/** Whether two items state the same measures in the same order (预算, 支出, 执行率 each), two at least. */
function sameMeasures(a: TaskFragment[], b: TaskFragment[]): boolean {
  return a.length === b.length && a.every((f, i) => f.measure === b[i].measure);
}

/**
 * A source line that opens with an item's name and its colon or comma, or with the name run into a cue and its
 * amount ("小型水库除险加固 预算150万元 支出140万元", the space gone): the next line of a list whose rows end with
 * no stop.
 */
function opensItemLine(text: string): boolean {
  if (/^\s*[^,:;。\d%]{2,30}[:,]/.test(text)) return true;
  return nameThenCue(text);
}

/** A text that opens with a name (two characters at least) run straight into a cue, then the cue's amount. */
function nameThenCue(text: string): boolean {
  const head = /^\s*[^,:;。\d%]{2,40}?(?=\d)/.exec(text)?.[0].trim();
  const cue = head ? cueAtEnd(head) : null;
  return !!cue && cue.at >= 2;
}

/** A line that opens with a money unit: the amount at the end of the line above it goes on ("实际支出90.1" / "万元,…"). */
const UNIT_OPENING = /^\s*(?:亿元|万元|千元|元)/;

/**
 * The sentences of a paragraph (up to ; or 。) with their offsets, also cut where a source line
 * ends with an amount and the next opens with a name and its colon or comma: items one per line
 * whose final punctuation was never written ("…执行率98.75%" / "道路维护经费:预算80万元…").
 */
function sentencesOf(seg: Segment): { 0: string; index: number }[] {
  const cuts = linesOf(seg)
    .map((l) => l.start)
    .filter(
      (at) =>
        at > 0 && /[\d%元]\s*$/.test(seg.text.slice(0, at)) && !UNIT_OPENING.test(seg.text.slice(at)) && opensItemLine(seg.text.slice(at)),
    );
  const out: { 0: string; index: number }[] = [];
  let from = 0;
  for (const to of [...cuts, seg.text.length]) {
    for (const m of seg.text.slice(from, to).matchAll(/[^;。]+[;。]?/g)) {
      // "A项目预算数:185万元;执行数:172.4万元;执行率:93.19%": a piece after ";" that opens with a cue and its amount
      // is the same item's next field, as in an item's clause (itemClause)
      const last = out[out.length - 1];
      const first = amountsOf(m[0])[0];
      if (last?.[0].endsWith(';') && last.index + last[0].length === from + m.index && first && cueMeasure(m[0].slice(0, first.start)))
        last[0] += m[0];
      else out.push({ 0: m[0], index: from + m.index });
    }
    from = to;
  }
  return out;
}

/** The words a report opens with of itself or its whole, no item's name: 该项目, 本项目, 项目, 我局, 全年, 部门 … */
const OWN_OPENING = /^(?:该|本|此|我)|^(?:项目|专项|资金|部门|单位|全年|年度|整体|合计|总)$/;

/** A count of projects right after a name, a comma, then the cue before the amount: "3个,资金规模" of "C项目3个,资金规模100万元". */
const COUNT_THEN_CUE = /^\d{1,4}\s*(?:个|项|处),\s*([^,;。:\d]{1,12}?)(?=\d)/;

/** A clause that closes a list with its total ("…,共支付60万元", "…,合计下达63万元"). */
const TOTAL_CLOSING = /[,;]\s*(?:共计|合计|总计|共|累计)[\u4e00-\u9fff]{0,6}\d[^,;。]*[。;]?\s*$/;

/**
 * A sentence cut where a comma after an amount opens another project's clause: "A项目支出300万元,
 * B项目支出160万元,C项目支出100万元。" is three items. The clause after the comma must be a name
 * that reads as a project (PROJECT_NAME), its cue and an amount; a clause that is a cue alone
 * ("全年实际支出280万元") goes on with the item before it.
 */
function atProjectCommas(m: { 0: string; index: number }): { 0: string; index: number; sibling?: boolean }[] {
  const out: { 0: string; index: number; sibling?: boolean }[] = [];
  let from = 0;
  let cutAsSibling = false;
  // the cue of the project clause the last cut opened: a sibling clause with the same cue goes on with the list
  // (not in a list its total closes, "…,共支付60万元": the reader of trailing totals checks that sum)
  let listed: TaskMeasure | null = null;
  const closedByTotal = TOTAL_CLOSING.test(m[0]);
  // "各项目支出情况如下:A支出320万元,B支出210万元,C支出450万元": a colon announcing items opens the list; its first
  // item, a name (no project's word needed) run into its cue and amount, sets the cue its siblings go on with
  const intro = introOf(m[0]);
  if (intro && /:\s*$/.test(intro[0]) && !closedByTotal) {
    const first = WORDS_BEFORE_AMOUNT.exec(m[0].slice(intro.index + intro[0].length))?.[0];
    const cue = first && !cueMeasure(first) ? cueAtEnd(first) : null;
    if (first && cue && cue.at >= 2 && !refusal(cleanName(simplify(first.slice(0, cue.at))))) listed = cue.measure;
  }
  // "甲村管网改造预算100万元,实际支出95万元,乙村水质检测预算80万元,…": a sentence opening on a name run into its cue and
  // amount sets that cue too, a clause after a comma naming another with the same cue its sibling (no project's word needed)
  if (!listed && !closedByTotal && !intro) {
    const first = WORDS_BEFORE_AMOUNT.exec(m[0])?.[0];
    const cue = first && !cueMeasure(first) ? cueAtEnd(first) : null;
    const name = first && cue ? cleanName(simplify(first.slice(0, cue.at))) : '';
    if (cue && cue.at >= 2 && name && !refusal(name) && !OWN_OPENING.test(name)) listed = cue.measure;
  }
  // "项目预算180万元,其中甲村管网改造100万元,实际支出95万元,乙村水质检测80万元,…": after 其中, a first item that is a name and
  // its bare amount, then its spending's clause: a later clause of a name and its bare amount is the next item
  let bareSiblings = false;
  if (intro && CONNECTIVE_IN.test(intro[0]) && !closedByTotal) {
    const first = WORDS_BEFORE_AMOUNT.exec(m[0].slice(intro.index + intro[0].length))?.[0];
    const name = first && !cueMeasure(first) && !cueAtEnd(first) ? cleanName(simplify(first)) : '';
    bareSiblings = !!name && !refusal(name) && !OWN_OPENING.test(name);
  }
  for (const comma of m[0].matchAll(/(?<=[\d%元])\s*,/g)) {
    const after = comma.index + comma[0].length;
    const head = /^(?:\d{4}年度?)?[^,;。:\d]{2,40}?(?=\d)/.exec(m[0].slice(after))?.[0];
    // "…,其中A项目支出…": the parts of the total before them are for the introducer to read
    if (!head || cueMeasure(head) || /^\s*(?:其中|具体|包括|主要|分别|用于|含)/.test(head)) continue;
    // ("…,B项目(60万元)已支出57.1万元": the name, then its budget alone in a bracket, as the first clause wrote it)
    const bracketOpen = /\(\s*$/.exec(head);
    // ("…,C项目3个,资金规模100万元": the name, the count of its projects, then its cue after a comma, as the clauses before
    // it wrote theirs)
    const counted = COUNT_THEN_CUE.exec(m[0].slice(after + head.length));
    const countedCue = counted ? cueMeasure(counted[1]) : null;
    // (a name and its bare amount after a clause of the item before that cued its spending: the next item's budget)
    const bareSibling =
      bareSiblings &&
      !cueAtEnd(head) &&
      /[,;]\s*[^,;。:\d]{0,8}?(?:支出|支付|使用|拨付|执行)[^,;。:\d]{0,4}\d[^,;]*$/.test(m[0].slice(from, comma.index))
        ? { measure: 'budget' as const, at: head.length }
        : null;
    const cue = bracketOpen
      ? { measure: 'budget' as const, at: bracketOpen.index }
      : (cueAtEnd(head) ?? (countedCue ? { measure: countedCue, at: head.length } : bareSibling));
    if (!cue || cue.at < 2) continue;
    const name = simplify(head.slice(0, cue.at)).trim();
    // "…,2023年美丽乡村建设项目执行率99.49%": a year opening the name is part of it, never a name alone
    const core = name.replace(/^\d{4}年度?/, '');
    if (core.length < 2 || cueMeasure(core)) continue;
    // "A项目执行率99.89%,B项目执行率95.6%,C生态补偿资金执行率86.02%": after two project clauses, a clause
    // with the same cue is the list's next item whatever its name ends with, if it is a name at all (a
    // funding source, "中央资金执行率…", or the unit's own measure is refused)
    const cleaned = cleanName(name);
    const sibling =
      !refusal(cleaned) &&
      ((cue === bareSibling && !OWN_OPENING.test(cleaned)) || (listed !== null && !closedByTotal && cue.measure === listed));
    if (!PROJECT_NAME.test(name) && !sibling) continue;
    listed = cue.measure;
    out.push({ 0: m[0].slice(from, comma.index), index: m.index + from, ...(cutAsSibling ? { sibling: true } : {}) });
    from = after;
    cutAsSibling = !PROJECT_NAME.test(name);
  }
  out.push({ 0: m[0].slice(from), index: m.index + from, ...(cutAsSibling ? { sibling: true } : {}) });
  return out;
}

export function readEnumeratedItems(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  // the groups whose lists were read
  const readGroups: Item[] = [];
  const runs = runsOf(segments);
  for (const run of runs) {
    if (run.length < 2) continue;
    // (items adding up exactly to the total stated right before them take its measure, whatever words announce them:
    // "支出总额为57296.97元,结余78671.03元。具体资金用途如下:" names money with no verb, but the items are the spending)
    const intro = summedTotalMeasure(segments, run) ?? introMeasure(segments, run[0]);
    const readAll = (measure: TaskMeasure | null) =>
      run.map((item) => readItem(item, measure, segments[positionOf(segments, item.segment) + 1]));
    let read = readAll(intro);
    // "(1)A项目支出5.2万元…(2)B专项资金项目3万元…": with no sentence introducing the run, an item that
    // names no measure shares the one its siblings name, when they all name the same money measure
    const named = new Set(read.flatMap((f) => (f.length ? [f[0].measure] : [])));
    const [shared] = named;
    if (!intro && named.size === 1 && (shared === 'budget' || shared === 'executed') && read.some((f) => !f.length)) read = readAll(shared);
    // "项目支出980万元,一是A 320万元,二是B 210万元,三是C 450万元": items with a bare amount each, right after the total they
    // add up to exactly, take that total's measure
    if (!intro && !named.size) {
      const summed = summedTotalMeasure(segments, run);
      if (summed) read = readAll(summed);
    }
    // "(一)用于全民健身支出198万元。其中:" over "1.用于A 151万元;2.用于B 47万元": a subtotal its sub-items break down
    read = read.map((f, k) => (f.length && brokenDownBelow(run[k], f[0], runs, segments) ? [] : f));
    read = read.filter((f) => f.length);
    if (read.length >= 2) {
      out.push(...read);
      const group = groupOf.get(run);
      if (group) readGroups.push(group);
    }
  }
  // "(一)产业发展类 1.A项目…;2.B项目… (二)基础设施类 1.C项目,安排资金70万元,已支付65万元": a group's list of one is a list
  // still, when a sibling group (numbered in the same style, under the same list) gave a list of two or more
  for (const run of runs) {
    const group = groupOf.get(run);
    if (run.length !== 1 || !group || !readGroups.some((g) => g !== group && g.style === group.style && g.n !== group.n)) continue;
    const [item] = run;
    const read = readItem(item, introMeasure(segments, item), segments[positionOf(segments, item.segment) + 1]);
    if (read.length && PROJECT_NAME.test(simplify(read[0].name))) out.push(read);
  }
  return out;
}

/** What opens the breakdown of an item's amount: 其中, or a colon right after the amount's unit. */
const BREAKDOWN_OPEN = /其中|(?<=元)\s*:/;
/** Words before a list that only announce it: no number, a colon closing them. */
const ANNOUNCEMENT_ONLY = /^[^\d。]{1,30}:\s*$/;

/**
 * The measure of the total stated right before a run (in the sentence its first item opens, or the sentence before, in
 * the same paragraph or the one above) when each item states one money amount and nothing else and the amounts add up
 * to that total exactly: the items are its parts. Null when no such total, when its words say no measure, or when it is
 * a figure broken down by classification (基本支出 …), whose parts are no tasks.
 */
function summedTotalMeasure(segments: Segment[], run: Item[]): TaskMeasure | null {
  const amounts = run.map((item) => {
    // (beside its rate or progress in a clause of its own, "…618.97元,项目支出进度100%": one amount of money still; a share,
    // "项目管理费占1%计6万元", is another number)
    // (its parts after its amount, ":其中A 176万元;B 160万元" or ":A 135万元", break that one amount down: subItems.ts)
    const whole = itemClause(item.segment.text.slice(item.start, item.end));
    const partsAt = whole.search(BREAKDOWN_OPEN);
    const clause = partsAt < 0 ? whole : whole.slice(0, partsAt);
    const numbers = amountsOf(clause, true);
    const money = numbers.filter((n) => isMoneyUnit(n.unit));
    const rated = (n: NumberToken) => cueMeasure(clause.slice(clauseStartBefore(clause, n.start), n.start)) === 'rate';
    return money.length === 1 && numbers.every((n) => isMoneyUnit(n.unit) || rated(n)) ? money[0] : null;
  });
  if (amounts.some((a) => !a)) return null;
  const sum = sumInYuan(amounts as NumberToken[], '0');
  const first = run[0];
  let before = first.segment.text.slice(0, first.at);
  let beforeSegment = first.segment;
  // (or a paragraph the run opens on words that only announce it, "体育彩票公益金主要用于:": the total is in the one above,
  // "…支出565.80万元。具体使用情况如下:")
  if (!before.trim() || ANNOUNCEMENT_ONLY.test(before)) {
    const i = positionOf(segments, first.segment) - 1;
    before = i >= 0 && segments[i].kind === 'paragraph' ? segments[i].text : '';
    if (i >= 0) beforeSegment = segments[i];
  }
  const sentences = before.split('。').filter((t) => t.trim());
  let sentence = sentences.pop() ?? '';
  // "(二)用于B 23万元,占总数的10.41%。其中:" over the run: the total is in the sentence 其中 follows
  // (or "具体资金用途如下:", a sentence that only announces the parts)
  const partsAnnounced = /^\s*其中\s*[:,]?\s*$/.test(sentence) || (/:\s*$/.test(sentence) && !findNumbers(sentence).length);
  if (partsAnnounced) sentence = sentences.pop() ?? '';
  const measures = new Set<TaskMeasure>();
  for (const n of findNumbers(sentence)) {
    if (!isMoneyUnit(n.unit) || !sum.equals(toYuan(n.value, n.unit) ?? '-1')) continue;
    const clause = sentence.slice(clauseStartBefore(sentence, n.start), n.start);
    // (a figure broken down by classification: its parts are no tasks)
    if (breaksDownAFigure(clause)) return null;
    // (a total its words give no measure: the section heading above it and its parts says what they are,
    // "二、本级体育彩票公益金使用情况"; or the same total stated again with a measure, "拟使用资金3037万元,具体计划如下:
    // (一)产业类项目3个,共计3037万元", the group's 共计 saying none)
    const measure = leadMeasure(clause) ?? sectionHeadingMeasure(segments, beforeSegment, before);
    if (measure) measures.add(measure);
  }
  return measures.size === 1 ? [...measures][0] : null;
}

/** A numbered section heading naming what the amounts below it are ("二、本级彩票公益金使用情况"), in a text. */
const SECTION_MEASURING = /(?:^|[。;\s])[一二三四五六七八九十]{1,3}、[^,;。:\d]{0,30}?(使用|支出|拨付|分配|安排|下达)(?:情况|明细)/g;
/** A numbered section heading of any kind: a section the measure of one above does not reach past. */
const SECTION_ANY = /(?:^|[。;\s])[一二三四五六七八九十]{1,3}、/g;

/**
 * The measure the heading of the section holding `text` (the start of `segment` up to a run) names, when the last
 * numbered section heading before the run (in that text or the paragraphs and headings above it) names one.
 */
function sectionHeadingMeasure(segments: Segment[], segment: Segment, text: string): TaskMeasure | null {
  let at = positionOf(segments, segment);
  let within = text;
  for (let hops = 0; hops < 12; hops++) {
    const measuring = [...simplify(within).matchAll(SECTION_MEASURING)].pop();
    const any = [...simplify(within).matchAll(SECTION_ANY)].pop();
    if (any) return measuring && measuring.index === any.index ? leadMeasure(measuring[1]) : null;
    at -= 1;
    if (at < 0 || (segments[at].kind !== 'paragraph' && segments[at].kind !== 'heading')) return null;
    within = segments[at].text;
  }
  return null;
}

/**
 * An item named on a line of its own: a numbered heading or a numbered one-line paragraph
 * ("(一)城市道路保洁", "1.园林绿化养护。"), or an unnumbered heading. No digit in the name but the year a project is
 * of ("(三)A村2021年基础设施建设项目"): a line with other numbers states them, it names nothing.
 */
const NAMED_LINE =
  /^\s*(?:(?:[(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.](?!\d)|[①-⑳])\s*)?((?:[^,:;。\d%]|(?<!\d)\d{4}年度?(?=[\u4e00-\u9fff])){2,30}?)\s*[。:]?\s*$/;
/**
 * How the paragraph below refers back to the item above it, when it does ("该项目", "本项工作", or by the item's kind of
 * money, "该经费", "此项资金", "该专项资金"), after the date the money is counted to ("截至2022年12月31日,"), which is not
 * the item's money.
 */
const BACK_REFERENCE =
  /^\s*(?:(?:截至|截止|截止到|截至到)?\s*\d{4}\s*年度?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:底|末)?\s*[,]?\s*)?(?:(?:该|本|此)(?:子项目|子项|项目|项工作|项任务|项经费|项资金|笔资金|专项资金|专项|经费|资金|批次|项)|项目)?(?:年度|全年)?/;

/**
 * Items named on their own line, each with its money in the paragraph right below:
 *
 *   (一)城市道路保洁
 *   该项目年初预算325.29万元,全年实际支出323.19万元,预算执行率99.35%。主要用于…
 *
 * The paragraph's first clause must open with the money (after 该项目 / 本项工作 at most): a cue,
 * an amount, and then only cues and amounts, as in readItem. What makes it a list is siblings:
 * at least two such items under headings of one level (or one-line paragraphs numbered in one
 * style). One item alone is the report's own project, whose money is figures (convention 7).
 */
export function readHeadedItems(segments: Segment[]): TaskFragment[][] {
  const siblings = new Map<string, TaskFragment[][]>();
  segments.forEach((line, i) => {
    const below = segments[i + 1];
    if (!below || (line.kind !== 'heading' && line.kind !== 'paragraph')) return;
    // "## 一、A项目" over "### (一)项目资金情况" over "该项目预算80万元…": a heading over the sub-headings of its section, the
    // money further down in it
    const subHeadingBelow = below.kind === 'heading' && line.kind === 'heading' && (below.level ?? 0) > (line.level ?? 0);
    if (below.kind !== 'paragraph' && !subHeadingBelow) return;
    const named = NAMED_LINE.exec(line.text);
    // an unnumbered one-line paragraph is any short sentence; only a heading names an item by itself, or a
    // paragraph that is a project's name alone ("动物防疫补助经费" over "预算45万元,支出44万元"), the list's
    // bullets dropped (two such siblings at least, as for headings)
    if (
      !named ||
      (line.kind === 'paragraph' &&
        named[0].trim() === named[1].trim() &&
        !(PROJECT_NAME.test(simplify(named[1]).trim()) && !/[。:]\s*$/.test(line.text)))
    )
      return;
    const rawName = named[1];
    // a heading that is itself a measure ("(一)预算执行率") introduces figures, not an item
    if (cueAtEnd(rawName)) return;
    const name = nameAt(line, named.index + named[0].indexOf(rawName), rawName);
    if (!name || NUMBERED_PROJECT_OPENING.test(below.text)) return;
    // siblings share a heading level, or a numbering shape ("1." and "2." are one shape, "(一)" another)
    const style = line.kind === 'heading' ? `h${line.level ?? 0}` : numberingShape(named);
    const opening = subHeadingBelow
      ? undefined
      : [moneyOpening(below, name), moneyAfterLabel(below, name), moneyAfterDescription(below, name), grantedByName(below, name)].find(
          (f) => f.length,
        );
    const fragments = opening ? withLaterSentences(below, 0, below.text.length, name, opening) : moneyFurtherDown(segments, i, style);
    if (!fragments.length) return;
    const items = siblings.get(style);
    if (items) items.push(fragments);
    else siblings.set(style, [fragments]);
  });
  return [...siblings.values(), ...segments.flatMap(headedLinesOf)]
    .filter((items) => new Set(items.map((f) => f[0].name)).size >= 2)
    .flat();
}

/**
 * A line opening with a number of its own and a project's name ("1.北坡村产业路项目,安排资金70万元"): the items are
 * numbered below the line above, which heads their group ("(二)基础设施类"), no item of its own.
 */
const NUMBERED_PROJECT_OPENING = /^\s*(?:\d{1,2}\s*[、.](?!\d)|[(]\s*\d{1,2}\s*[)]|[①-⑳])\s*[^,:;。\d]{2,30}?(?:项目|工程)/;

/** The numbering that opens an item's name line ("一、", "(一)", "1."), as NAMED_LINE reads it, made a shape ("c、", "(c)", "n."). */
function numberingShape(named: RegExpExecArray): string {
  return shapeOfNumber(named[0].slice(0, named[0].indexOf(named[1])));
}

/**
 * Items named on a source line of their own inside one paragraph, a page copied with its lines kept but no blank line
 * between them (Markdown joins such lines into one paragraph), each with its money in the lines below its name:
 *
 *   一、A村大棚建设项目
 *   (一)资金使用情况:计划投资117.98万元,结算价112.92万元…
 *   二、B村道路项目
 *   该项目在B村硬化道路2.5千米…
 *   资金规模:154.16万元。
 *
 * The lines read as the paragraphs of readHeadedItems do: the name line numbered (an unnumbered line may be a sentence
 * the copy wrapped), its section the lines after it up to the next line numbered in its shape; the money opening the
 * line right below, after a money field's label, after a description, or a few lines down in a paragraph referring
 * back to the item (该项目 …), a sentence granting it by name, or a field of money alone on its line. Siblings: the
 * items of one paragraph numbered in one shape, two at least.
 */
function headedLinesOf(seg: Segment): TaskFragment[][][] {
  if (seg.kind !== 'paragraph') return [];
  const lines = linesOf(seg);
  if (lines.length < 3) return [];
  const named = lines.map((l) => NAMED_LINE.exec(seg.text.slice(l.start, l.end)));
  // (an unnumbered line has no shape: it names no item here)
  const shapes = named.map((m) => (m ? numberingShape(m) || null : null));
  const groups = new Map<string, TaskFragment[][]>();
  named.forEach((m, i) => {
    const style = shapes[i];
    if (!m || !style || i + 1 >= lines.length || cueAtEnd(m[1])) return;
    const name = nameAt(seg, lines[i].start + m.index + m[0].indexOf(m[1]), m[1]);
    if (!name || NUMBERED_PROJECT_OPENING.test(seg.text.slice(lines[i + 1].start, lines[i + 1].end))) return;
    // the item's section: the lines below its name, up to the next name numbered in its shape
    let last = i + 1;
    while (last + 1 < lines.length && last - i < SECTION_REACH && shapes[last + 1] !== style) last++;
    const below = lines[i + 1];
    const to = lines[last].end;
    let fragments = [
      moneyOpening(seg, name, below.start, to),
      moneyAfterLabel(seg, name, below.start, to),
      moneyAfterDescription(seg, name, below.start, below.end),
      grantedByName(seg, name, below.start, to),
    ].find((f) => f.length);
    if (fragments) fragments = withLaterSentences(seg, below.start, to, name, fragments);
    for (let k = i + 2; !fragments && k <= last; k++) {
      const { start, end } = lines[k];
      const text = seg.text.slice(start, end);
      const field = moneyField(text);
      fragments = [
        THIS_PROJECT.test(text) ? moneyOpening(seg, name, start, to) : moneyAfterLabel(seg, name, start, to),
        grantedByName(seg, name, start, end),
        field ? [budgetAt(seg, name, field, start)] : [],
      ].find((f) => f.length);
    }
    if (!fragments) return;
    const items = groups.get(style);
    if (items) items.push(fragments);
    else groups.set(style, [fragments]);
  });
  return [...groups.values()];
}

/** The number a template gives each field of an item ("(6)年度预算安排。", "3.资金规模:"). */
const FIELD_NUMBER = /^\s*(?:\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*\)|\d{1,2}[、.](?!\d))\s*/;

/**
 * An item of a budget's project template run into one paragraph (a page cell, a copy without line breaks): its number
 * and name closed by "。", then its first field "(1)": "1.“A专项经费”项目。 (1)项目概述。… (6)年度预算安排。财政拨款634万元。"
 */
const TEMPLATE_ITEM = /(?<=^|[\s。;])(\d{1,2})[.、]\s*([^,:;。\d%()]{2,40}?)\s*。\s*(?=\(\s*1\s*\))/g;
/** The first item of such a paragraph, its number kept out of the text (a Markdown list's marker): its name, then (1). */
const TEMPLATE_FIRST_ITEM = /^\s*([^,:;。\d%()]{2,40}?)\s*。\s*(?=\(\s*1\s*\))/;
/** A field's number inside such an item ("(6)"), where the field before it ends. */
const TEMPLATE_FIELD = /\(\s*\d{1,2}\s*\)/g;

/**
 * Items of a budget's project template run into one paragraph, each a numbered name and its numbered fields:
 *
 *   1.“A专项经费”项目。 (1)项目概述。主要用于… (6)年度预算安排。财政拨款634万元。 (7)绩效目标。… 2.“B专项经费”项目。 (1)…
 *
 * Each item's money is its first field that is a money field alone (moneyField: a budget label, then one amount named
 * by nothing or by the one source it all comes from), as when each field is a paragraph of its own (readHeadedItems).
 * What makes it a list: items numbered 1, 2, 3 … in turn, each opening on its field (1), and two at least with money;
 * one item alone is the report's own project.
 */
export function readTemplateItems(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    const items = [...seg.text.matchAll(TEMPLATE_ITEM)].map((m) => ({ at: m.index, length: m[0].length, number: m[1], raw: m[2] }));
    // a Markdown list's "1. " marker, which the reader keeps out of the item's text: the paragraph opens on the first
    // item's name, and the items after it are numbered 2, 3 …
    const first = items[0]?.number === '2' ? TEMPLATE_FIRST_ITEM.exec(seg.text) : null;
    if (first) items.unshift({ at: 0, length: first[0].length, number: '1', raw: first[1] });
    if (items.length < 2 || items.some((item, k) => Number(item.number) !== k + 1)) continue;
    const rows: TaskFragment[][] = [];
    items.forEach((item, k) => {
      const from = item.at + item.length;
      const to = k + 1 < items.length ? items[k + 1].at : seg.text.length;
      const name = nameAt(seg, seg.text.indexOf(item.raw, item.at), item.raw);
      if (!name) return;
      const fields = [...seg.text.slice(from, to).matchAll(TEMPLATE_FIELD)].map((f) => from + f.index);
      for (const [j, at] of fields.entries()) {
        const end = j + 1 < fields.length ? fields[j + 1] : to;
        const field = moneyField(seg.text.slice(at, end).trimEnd());
        if (field) {
          rows.push([budgetAt(seg, name, field, at)]);
          break;
        }
      }
    });
    if (new Set(rows.map((r) => r[0].name)).size >= 2) out.push(...rows);
  }
  return out;
}

/**
 * A field of the item's money, labelled, opening a paragraph of its section: "(2)资金使用情况。年初预算50万元,…",
 * "资金使用情况:全年支出…". The label speaks of money (资金 / 预算 / 经费 / 支出 / 执行),
 * a few words on either side of it ("(2)资金安排及使用情况:该项目年初预算…"); closed by 。 only after the field's number, as a
 * heading of its own is.
 */
const MONEY_FIELD_LABEL =
  /^\s*(?:(?:\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*\)|\d{1,2}[、.](?!\d))\s*[^,;。:\d]{0,8}(?:资金|预算|经费|支出|执行)[^,;。:\d]{0,8}[。:]|[^,;。:\d]{0,8}(?:资金|预算|经费|支出|执行)[^,;。:\d]{0,8}:)\s*/;

/** The money that opens a labelled field of the item's section (MONEY_FIELD_LABEL), read after its label. */
function moneyAfterLabel(seg: Segment, name: string, from = 0, to = seg.text.length): TaskFragment[] {
  const label = MONEY_FIELD_LABEL.exec(seg.text.slice(from, to));
  return label ? moneyOpening(seg, name, from + label[0].length, to) : [];
}

/**
 * The money of the paragraph below an item's name that opens on what the item is for ("主要用于购机补贴。年初预算50万元,
 * 全年支出48万元…"): the first sentence with a number, when it opens with the money and no sentence before it states one.
 */
function moneyAfterDescription(seg: Segment, name: string, from = 0, to = seg.text.length): TaskFragment[] {
  // (or on sentences that describe it with its quantities and rates of giving, no amount of its own: "全县特困供养对象2,318人,
  // …按不低于低保标准的1.3倍确定。全年发放1,968.40万元,执行率99.12%。", DESCRIPTION_SENTENCES of them at most)
  let described = 0;
  for (const m of seg.text.slice(from, to).matchAll(/[^。;]+[。;]?/g)) {
    if (!/\d/.test(m[0])) continue;
    if (described < DESCRIPTION_SENTENCES && describesOnly(m[0])) {
      described++;
      continue;
    }
    return m.index === 0 ? [] : moneyOpening(seg, name, from + m.index, from + m.index + m[0].length);
  }
  return [];
}

/** A paragraph that opens by naming the item of its section ("该项目年初预算…", "本项目全年预算…"). */
const THIS_PROJECT = /^\s*(?:该|本|此)子?项目/;
/** How far below its name an item's money paragraph may stand (a description, a sub-heading between). */
const SECTION_REACH = 6;

/**
 * An item's money in its section but not right below its name ("(一)A项目" / "1.项目概况…" /
 * "2.资金使用情况" / "该项目年初预算…"): the first paragraph of the section, within a few, that opens
 * with 该项目 / 本项目 and then its money. The section ends at the next name of the same style.
 */
function moneyFurtherDown(segments: Segment[], at: number, style: string): TaskFragment[] {
  const line = segments[at];
  const named = NAMED_LINE.exec(line.text);
  // a heading, or a numbered line: an unnumbered sentence names no section
  if (!named || (line.kind !== 'heading' && !named[0].slice(0, named[0].indexOf(named[1])).trim())) return [];
  const name = nameAt(line, named.index + named[0].indexOf(named[1]), named[1]);
  if (!name) return [];
  for (let k = at + 2; k < segments.length && k <= at + 1 + SECTION_REACH; k++) {
    const seg = segments[k];
    if (seg.kind === 'heading' && line.kind === 'heading' && (seg.level ?? 0) <= (line.level ?? 0)) return [];
    const sibling = NAMED_LINE.exec(seg.text);
    if (line.kind !== 'heading' && sibling) {
      if (numberingShape(sibling) === style) return [];
    }
    const money = seg.kind !== 'paragraph' ? [] : THIS_PROJECT.test(seg.text) ? moneyOpening(seg, name) : moneyAfterLabel(seg, name);
    if (money.length) return money;
    const granted = seg.kind === 'paragraph' ? grantedByName(seg, name) : [];
    if (granted.length) return granted;
    // (or a field of the item's money alone on its line, "资金规模:206.7万元。", below a description of its works)
    const field = seg.kind === 'paragraph' ? moneyField(seg.text) : null;
    if (field) return [budgetAt(seg, name, field)];
  }
  return [];
}

/** A clause after an amount that says it was all spent, in words and no amount: ",已全部支付", ",已拨付到位", ",已使用完毕", or where it went: ",已全部发放到户". */
const SPENT_IN_WORDS =
  /^\s*[,,]\s*(?:目前|截至年底|年底前)?已?(?:全部|全额)?(?:支付|拨付|使用|支出|执行|兑付|发放)(?:完毕|到位|完成|到户|到人|到村)?\s*[。;;]?\s*$/;

/** A head closed by the item's own funds: "A项目资金", "B工程经费" (the name then its money's noun). */
const OWN_FUNDS_HEAD = /[\u4e00-\u9fff)]{4,}(?:资金|经费)\s*$/;

/** The words that grant an item its budget, said before its name in the sentence that restates it: "批复", "安排", "下达". */
const GRANT_VERB = /批复|安排|下达|核定/;
/** The words of spending, which make the amount after the name what was spent, not what was granted. */
const SPENDING_VERB = /支出|支付|执行|使用|拨付|完成|结余|结转/;

/**
 * "1.A服务经费" / "项目背景:…" / "项目资金批复情况:根据…通知,2022年批复我局A服务经费20万元。": a section that
 * names its item in its heading and grants it its money in a sentence restating that name, the amount right after
 * it. Read only where the clause that holds the name grants (批复 / 安排 / 下达 before the name) and speaks of no
 * spending, and the name is the whole of what the amount follows (nothing but 共 / 为 between them): "A服务经费
 * 中的B部分20万元" names a part.
 */
function grantedByName(seg: Segment, name: string, from = 0, to = seg.text.length): TaskFragment[] {
  const at = seg.text.indexOf(name, from);
  if (at < 0 || at + name.length > to) return [];
  const clauseStart = Math.max(from, ...[',', ';', '。', ':'].map((p) => seg.text.lastIndexOf(p, at - 1) + 1));
  const before = seg.text.slice(clauseStart, at);
  if (!GRANT_VERB.test(before) || SPENDING_VERB.test(before)) return [];
  const after = at + name.length;
  const amount = findNumbers(seg.text).find(
    (n) => n.start >= after && n.end <= to && /^\s*(?:共计?|为)?\s*$/.test(seg.text.slice(after, n.start)),
  );
  if (!amount || !isMoneyUnit(amount.unit)) return [];
  return [budgetAt(seg, name, amount)];
}

/** The item's budget: an amount found in `seg`'s text from `offset` on (a field's, a sentence's). */
function budgetAt(seg: Segment, name: string, amount: NumberToken, offset = 0): TaskFragment {
  return {
    name,
    measure: 'budget',
    value: amount.value,
    unit: amount.unit,
    segment: seg,
    start: offset + amount.start,
    end: offset + amount.end,
  };
}

/**
 * A line that is one field of money and nothing else: a cue, a colon, one amount ("资金规模:206.7万元。",
 * "预算资金:50万元"); or a numbered field whose label closes like a heading and whose amount is named by
 * the one source it all comes from ("(6)年度预算安排。财政拨款634万元。", a budget's project template).
 * Not a source's line ("资金来源:少数民族发展项目资金173万元"), whose words before the amount are no cue,
 * nor a field with more than one amount (its sources, a change).
 */
function moneyField(text: string): NumberToken | null {
  const numbered = FIELD_NUMBER.exec(text)?.[0].length ?? 0;
  const field = (numbered ? /^([\u4e00-\u9fff]{2,8})\s*[:。]\s*/ : /^\s*([\u4e00-\u9fff]{2,8})\s*:\s*(?=\d)/).exec(text.slice(numbered));
  if (!field || cueMeasure(field[1]) !== 'budget') return null;
  const after = numbered + field[0].length;
  const numbers = findNumbers(text).filter((n) => n.start >= after);
  const [n] = numbers;
  if (numbers.length !== 1 || !isMoneyUnit(n.unit) || !/^[\s。;]*$/.test(text.slice(n.end))) return null;
  const source = simplify(text.slice(after, n.start)).trim();
  return !source || refusal(source) === 'funding source' ? n : null;
}

/** The cue-and-amount pieces that open a paragraph, read until the first piece that is not one. */
export function moneyOpening(seg: Segment, name: string, from = 0, to = seg.text.length): TaskFragment[] {
  // on past a ";" that the next cued amount follows ("预算数:185万元;执行数:172.4万元;执行率:93.19%"), as an item's clause
  const clause = itemClause(seg.text.slice(from, to));
  const lead = BACK_REFERENCE.exec(clause)?.[0].length ?? 0;
  const numbers = amountsOf(clause, clause.length < to - from).filter((n) => n.start >= lead);
  // "(二)推进乡村振兴。安排乡村振兴衔接资金3.2亿元": money its verb gives a fund or project of its own name is that one's,
  // not the heading's (a theme), which then has no money of its own
  if (numbers.length && namesItsOwnItem(clause.slice(lead, numbers[0].start), name)) return [];
  const read = cuedAmounts(seg, name, clause, from, numbers, lead, []);
  return read.length ? read : afterDescription(seg, name, clause, from, numbers, lead);
}

/** The fund or project a verb of money (VERB_FIRST) gives it to, after the verb: "乡村振兴衔接资金", "A村道路硬化项目资金". */
const NAMED_MONEY = /^([^\s,;。:\d]{2,30}?)(?:资金|经费)\s*$/;
/** Words that name money in general and no item: where it came from, what kind of money, what it is for in general. */
const GENERIC_MONEY_WORDS = /项目|工程|专项|衔接|财政|补助|中央|省级|市级|县级|本级|上级|配套|建设|工作|预算|该|本|此/g;

/**
 * Whether `words` (before a clause's first amount) give the money to a fund or project of a name of its own, which is not
 * `name` restated ("(一)A项目。安排A项目资金50万元" restates it; "安排专项资金", "下达中央衔接资金" name no item).
 */
function namesItsOwnItem(words: string, name: string): boolean {
  const t = simplify(words);
  const verb = VERB_FIRST.exec(t);
  const m = verb ? NAMED_MONEY.exec(t.slice(verb[0].length)) : null;
  if (!m) return false;
  const named = m[1];
  // (four characters of its own at least: "财政专项扶贫资金" names a kind of money, 扶贫, no item)
  if (named.replace(GENERIC_MONEY_WORDS, '').length < 4) return false;
  const bare = (s: string) => s.replace(GENERIC_MONEY_WORDS, '').replace(/\s/g, '');
  return !bare(name).includes(bare(named)) && !bare(named).includes(bare(name));
}

/** A clause of a fund's name and its cue: "全年就业创业补助资金完成支出", "公益性岗位补贴全年完成支出" (the year's words read past). */
const FUND_THEN_CUE =
  /^\s*(?:全年|年度|本年|当年|年内)?([\u4e00-\u9fff“”]{2,14}?(?:资金|经费|补贴|补助|专项))((?:全年|年度|本年|当年)?(?:已|实际|累计)?(?:完成)?(?:支出|拨付|发放|兑付|支付|使用))\s*$/;

/** A quantity of work or of beneficiaries right after its number ("12.2万余亩", "1,126台(套)", "893户"), no amount. */
const QUANTITY_AFTER =
  /^\s*(?:万|千|百)?余?\s*(?:公里|千米|米|平方米|亩|座|处|个|台|套|户|人次|人|所|间|条|眼|口|吨|立方米|盏|块|头|只|场|次|家|辆|宗)/;

/**
 * "(1)耕地地力保护补贴。全县补贴面积12.2万余亩,补贴标准每亩105.44元,通过“一卡通”兑付到户,完成支出1286.42万元,执行率
 * 100%": what the item did opens its sentence, clauses of work with their quantities and rates of giving (每亩 …), then the
 * clause whose own cue says what its amount is. The item's money is read from that clause on; a number before it that is
 * neither a quantity nor a rate of giving (an amount no cue names) ends the reading, with nothing read.
 */
function afterDescription(seg: Segment, name: string, clause: string, from: number, numbers: NumberToken[], lead: number): TaskFragment[] {
  for (const [i, n] of numbers.entries()) {
    const clauseStart = Math.max(lead, clause.lastIndexOf(',', n.start) + 1);
    const cue = cueMeasure(clause.slice(clauseStart, n.start));
    if (cue && isMoneyUnit(n.unit) && clauseStart > lead) return cuedAmounts(seg, name, clause, from, numbers.slice(i), clauseStart, []);
    // "…,全年就业创业补助资金完成支出486.72万元,执行率92.36%": the clause names the money it states (its fund, 资金 / 经费 /
    // 补贴 / 补助 / 专项 closing the words) before its cue; that fund is the row, named as written
    const fund = isMoneyUnit(n.unit) && clauseStart > lead ? FUND_THEN_CUE.exec(clause.slice(clauseStart, n.start)) : null;
    if (fund && cueMeasure(fund[2])) {
      const fundName = nameAt(seg, from + clauseStart + fund[0].indexOf(fund[1]), fund[1]);
      if (fundName) return cuedAmounts(seg, fundName, clause, from, numbers.slice(i), clauseStart + fund[0].length - fund[2].length, []);
    }
    const quantity = !isMoneyUnit(n.unit) && n.unit !== '%' && QUANTITY_AFTER.test(clause.slice(n.end));
    if (!quantity && !PER_UNIT.test(clause.slice(clauseStart, n.start))) return [];
  }
  return [];
}
