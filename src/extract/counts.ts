/**
 * The self-evaluation summary counts projects by fund type and the money they involve:
 * "开展绩效自评预算项目共 63 个，共涉及金额 4233.97 万元。其中 42 个一般公共预算项目…共涉及资金
 * 3352.37 万元；…6 个政府性基金预算项目…共涉及资金 881.6 万元；…0 个动用历年结转…0 万元。"
 * The total is the count said with 共 (or 合计) in a sentence about self-evaluation; the parts are
 * the counts after a 其中 that follows it, each with the first amount after it, their category named
 * by the fund words around the count. Why 其中: a project summary also says "实施项目共15个(含…5个),
 * 年初批复预算8个项目…,年中增加8个项目", counts that are not a breakdown of the total, and reading
 * them as parts flagged a sum that nobody stated. A count whose category is not named (no fund word,
 * no 其他) is not a part either.
 */
import { findNumbers } from './numbers.ts';
import type { Found } from './prose.ts';
import type { Segment } from './text.ts';
import { FUNDS, fundNames, isLineBudget } from '../model/wordings.ts';

// (the funds a unit's projects are counted by: the budgets its funding lines come from, 一般公共预算项目 / 政府性基金预算项目)
const CATEGORIES: { cat: string; re: RegExp }[] = [
  ...FUNDS.filter(isLineBudget).map((f) => ({ cat: f.name, re: new RegExp(fundNames((g) => g === f)) })),
  { cat: 'carryover', re: /结转|结余|实有账户/ },
];

/**
 * "共开展项目支出绩效自评项目12个": 共 opening the clause before a verb, the projects counted at its end (never the
 * 共 of 公共: "一般公共预算项目9个" is a part).
 */
const TOTAL_VERB_BEFORE = /(?<!公)共(?:开展|实施|对|完成|组织)[^,;。:]*自评[^,;。:]*项目\s*$/;

/** A part's clause that ends on its projects' noun right before the count: "一般公共预算项目10个", "政府性基金预算项目 3 个". */
const NAMED_BEFORE_COUNT = /项目\s*(?:数(?:量)?\s*(?:为|是|:)?)?\s*$/;

/** The category whose name ends last in a part's words before its count ("…9个、政府性基金预算项目" → governmentFund). */
function lastNamed(before: string): string | undefined {
  let best: { cat: string; end: number } | undefined;
  for (const c of CATEGORIES) {
    const all = [...before.matchAll(new RegExp(c.re.source, 'g'))];
    const last = all.at(-1);
    if (last && (!best || last.index + last[0].length > best.end)) best = { cat: c.cat, end: last.index + last[0].length };
  }
  return best?.cat;
}

/**
 * The count of projects right before the first 其中 of a sentence about self-evaluation, when that 其中 opens a list of
 * counts: -1 when there is none (no 其中, another sentence's, or no count of projects before it in its sentence).
 */
function countBeforeBreakdown(
  text: string,
  counts: { start: number; end: number }[],
  ofProjects: (n: { start: number; end: number }) => boolean,
): number {
  const breakdown = text.indexOf('其中');
  if (breakdown < 0) return -1;
  // ("…覆盖项目12个,涉及资金580万元。其中:一般公共预算项目10个…": 其中 opening the next sentence splits this one's count)
  const opensNext = /。\s*$/.test(text.slice(0, breakdown));
  const sentenceEnd = opensNext ? text.slice(0, breakdown).trimEnd().length - 1 : breakdown;
  const sentenceStart = text.lastIndexOf('。', sentenceEnd - 1) + 1;
  if (!/自评|评价/.test(text.slice(sentenceStart, sentenceEnd))) return -1;
  let at = -1;
  counts.forEach((n, i) => {
    if (n.start >= sentenceStart && n.end <= sentenceEnd) at = i;
  });
  if (at < 0 || !ofProjects(counts[at])) return -1;
  // (a count its clause names by a fund, "一般公共预算项目9个,其中:…", is one category's, not the whole's)
  const clause =
    text
      .slice(sentenceStart, counts[at].start)
      .split(/[,，;；、]/)
      .pop() ?? '';
  return lastNamed(clause) ? -1 : at;
}

export function extractProjectCounts(segments: Segment[]): Found[] {
  const out: Found[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' || !/项目/.test(seg.text) || !/自评|评价/.test(seg.text)) continue;
    const numbers = findNumbers(seg.text);
    const counts = numbers.filter((n) => n.unit === '个');
    const ofProjects = (n: { start: number; end: number }) => /项目/.test(seg.text.slice(Math.max(0, n.start - 12), n.end + 2));
    const said = counts.findIndex(
      (n) =>
        (/(?:共|合计|总计)\s*$/.test(seg.text.slice(Math.max(0, n.start - 3), n.start)) ||
          TOTAL_VERB_BEFORE.test(seg.text.slice(Math.max(0, n.start - 20), n.start))) &&
        ofProjects(n),
    );
    // "共对12个项目开展绩效自评,其中…", "开展项目绩效自评12个,其中…": with no 共 right before it, the count of projects its
    // sentence about self-evaluation states last before 其中 is what the breakdown after 其中 splits
    const totalIdx = said >= 0 ? said : countBeforeBreakdown(seg.text, counts, ofProjects);
    if (totalIdx < 0) continue;
    const total = counts[totalIdx];
    const sentenceEnd = seg.text.indexOf('。', total.end);
    const sentence = seg.text.slice(seg.text.lastIndexOf('。', total.start) + 1, sentenceEnd < 0 ? undefined : sentenceEnd);
    if (!/自评|评价/.test(sentence)) continue;
    const breakdown = seg.text.indexOf('其中', total.end);
    // the breakdown ends with its sentence: a count in the next one ("含下属单位3个") is another thing
    const breakdownEnd = breakdown < 0 ? -1 : seg.text.indexOf('。', breakdown);
    const parts =
      breakdown < 0 ? [] : counts.slice(totalIdx + 1).filter((n) => n.start > breakdown && (breakdownEnd < 0 || n.start < breakdownEnd));
    if (!parts.length) continue;
    const moneyAfter = (from: number, until: number) =>
      numbers.find((n) => n.start > from && n.start < until && (n.unit === '万元' || n.unit === '元' || n.unit === '亿元'));
    const found = (key: string, n: { value: string; unit: Found['unit']; start: number; end: number }) =>
      out.push({ key, value: n.value, unit: n.unit, rule: `${key}/项目个数`, segment: seg, start: n.start, end: n.end });
    found('eval.projects.count', total);
    const totalAmount = moneyAfter(total.end, parts[0].start);
    if (totalAmount) found('eval.projects.amount', totalAmount);
    const read = parts.map((p, i) => {
      const until = parts[i + 1]?.start ?? seg.text.length;
      // (the part's own clause: "一般公共预算项目9个,金额860.5万元;政府性基金…" names the next part's fund after the ";")
      const after = seg.text.slice(p.end, Math.min(until, p.end + 30)).split(/[;；。]/)[0];
      const before =
        seg.text
          .slice(Math.max(0, p.start - 20), p.start)
          .split(/[,，;；。、]/)
          .pop() ?? '';
      // the fund named right before the count ("一般公共预算项目10个,政府性基金项目3个") is its category, not the next
      // part's named after it; else the one after it ("42个一般公共预算项目")
      const cat =
        (NAMED_BEFORE_COUNT.test(before) ? lastNamed(before) : undefined) ??
        CATEGORIES.find((c) => c.re.test(after))?.cat ??
        CATEGORIES.find((c) => c.re.test(before))?.cat ??
        (/其他|其它/.test(before + after.slice(0, 8)) ? 'other' : undefined);
      return { p, cat, amount: moneyAfter(p.end, until) };
    });
    // "其中:一般公共预算项目21个,…;政府性基金预算项目4个,…;上级转移支付项目2个,…": a part counting projects of a kind no fund
    // word names is a part still, and the named ones alone are not the whole: no part is read, so no sum is checked short
    if (read.some((r) => !r.cat && ofProjects(r.p))) continue;
    for (const { p, cat, amount } of read) {
      if (!cat) continue;
      found(`eval.projects.${cat}.count`, p);
      if (amount) found(`eval.projects.${cat}.amount`, amount);
    }
  }
  return out;
}

/** The grades an evaluation gives, each the category of the projects that received it (优秀 is 优's, 良好 良's …). */
const GRADE_CATEGORIES: { cat: string; re: RegExp }[] = [
  { cat: 'excellent', re: /^优秀?$/ },
  { cat: 'good', re: /^良好?$/ },
  { cat: 'fair', re: /^(?:中等?|一般)$/ },
  { cat: 'pass', re: /^合格$/ },
  { cat: 'fail', re: /^不合格$/ },
  { cat: 'poor', re: /^(?:较?差|低)$/ },
];

/**
 * One grade and the count of projects given it: "优的3个", "“良”的4个", "评价结果为优秀的项目5个", "良好等次2个".
 * (不合格 before 合格, 优秀 before 优: the longer word whole.)
 */
const GRADE_COUNT =
  /(?:(?:评价|评定)?(?:结果|等级|等次)为)?[“"]?(优秀|良好|中等|不合格|合格|较差|一般|优|良|中|差|低)[”"]?(?:等次|等级|级)?的?(?:项目)?(?:有|共)?\s*(\d{1,4})\s*个(?:项目)?/g;
/**
 * What may stand between two grades' counts of one run: a separator, and the words that open the next grade's clause
 * ("…;绩效自评“良”的项目11个": 绩效自评 / 自评 / 评价结果为).
 */
const BETWEEN_GRADES = /^[\s,、;和及]*(?:(?:绩效)?自评|评价(?:结果)?(?:为)?)?$/;
/** The money a grade's projects hold, right after their count: ",财政资金3038.38万元", "资金201.9万元", ",涉及金额7万元". */
const GRADE_AMOUNT = /^\s*[,、]?\s*(?:涉及|共涉及)?(?:财政)?(?:资金|金额)(?:共|为)?\s*(\d+(?:\.\d+)?)\s*(万元|元|亿元)/;
/** A count of anything ("12个乡镇", "7个项目"). */
const A_COUNT = /\d\s*个/;
/** A count of projects: "7个市级财政支出项目", "项目7个", "共评价项目12个". */
const PROJECTS_COUNTED = /(\d{1,4})\s*个[^,;。\d]{0,14}?项目|项目\s*(\d{1,4})\s*个/g;

/**
 * "对2022年度7个市级财政支出项目开展了重点绩效评价。…评价结果为优的3个,良的3个,中的2个": the projects an evaluation
 * graded, counted by grade. Each project has one grade, so the grades' counts divide the projects evaluated: the total is the
 * last count of projects stated before the run in its paragraph (or, where its paragraph states none, in the last paragraph
 * before it that states a count), in a sentence about evaluation; the run is two grades at least, each once, with nothing but separators
 * between them. A count of anything else between the total and the run makes it unclear what the grades divide: none read.
 */
export function extractGradeCounts(segments: Segment[]): Found[] {
  const out: Found[] = [];
  let previous: Segment | null = null;
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    const before = previous;
    // (a heading between, "一、评价结果", states no count: the paragraph before it still is the one)
    if (A_COUNT.test(seg.text)) previous = seg;
    const runs = gradeRuns(seg.text);
    const totals = runs.map(
      (run) =>
        totalBefore(seg, run[0].start) ??
        (before && !A_COUNT.test(seg.text.slice(0, run[0].start)) ? totalBefore(before, before.text.length) : null),
    );
    // "…本级48个项目评价等级为优有37个、良有6个;…明光林场14个项目评价等级为优有12个、良有1个…": runs of one paragraph
    // under totals of their own count the grades of its sub-units, each apart: none is the report's
    if (new Set(totals.filter((t) => t).map((t) => `${t?.segment.blockIndex}:${t?.start}`)).size >= 2) continue;
    for (const [k, run] of runs.entries()) {
      const total = totals[k];
      if (!total) continue;
      const found = (key: string, value: string, on: Segment, start: number, end: number) =>
        out.push({ key, value, unit: '个', rule: `${key}/评价等级个数`, segment: on, start, end });
      found('eval.projects.graded.count', total.value, total.segment, total.start, total.end);
      for (const g of run) found(`eval.projects.grade.${g.cat}.count`, g.value, seg, g.start, g.end);
      // (the money by grade, where every grade states it and the total's sentence states the projects' money right after
      // their count: "共计113个,财政资金3267.28万元。…“优”的项目79个财政资金3038.38万元;…")
      const totalAmount = amountInSentenceAfter(total.segment.text, total.end);
      if (!totalAmount || !run.every((g) => g.amount)) continue;
      const money = (key: string, a: GradeAmount, on: Segment) =>
        out.push({ key, value: a.value, unit: a.unit, rule: `${key}/评价等级金额`, segment: on, start: a.start, end: a.end });
      money('eval.projects.graded.amount', totalAmount, total.segment);
      for (const g of run) if (g.amount) money(`eval.projects.grade.${g.cat}.amount`, g.amount, seg);
    }
  }
  return out;
}

interface GradeAmount {
  value: string;
  unit: '万元' | '元' | '亿元';
  start: number;
  end: number;
  /** Where the words stating it end, its unit included. */
  through: number;
}

/** The amount a match of GRADE_AMOUNT or MONEY_NAMED states (its number group 1, its unit group 2), the match at `offset` in the text. */
function gradeAmount(m: RegExpExecArray, offset: number): GradeAmount {
  const start = offset + m.index + m[0].indexOf(m[1]);
  return { value: m[1], unit: m[2] as GradeAmount['unit'], start, end: start + m[1].length, through: offset + m.index + m[0].length };
}

interface GradeCount {
  cat: string;
  value: string;
  start: number;
  end: number;
  /** The money its projects hold, stated right after the count. */
  amount?: GradeAmount;
}

/** The projects' money named in the sentence of their count, after it: "共对113个项目开展绩效自评,涉及财政资金3267.28万元". */
const MONEY_NAMED = /(?:资金|金额)(?:共计|共|为)?\s*(\d+(?:\.\d+)?)\s*(万元|元|亿元)/;

function amountInSentenceAfter(text: string, end: number): GradeAmount | null {
  const stop = text.indexOf('。', end);
  const sentence = text.slice(end, stop < 0 ? text.length : stop);
  const m = MONEY_NAMED.exec(sentence);
  return m ? gradeAmount(m, end) : null;
}

/** The money stated right after a count that ends at `end` in `text` (GRADE_AMOUNT), if any. */
function amountAfterCount(text: string, end: number): GradeAmount | null {
  const after = text.slice(end).replace(/^\s*个(?:项目)?/, '');
  const m = GRADE_AMOUNT.exec(after);
  return m ? gradeAmount(m, text.length - after.length) : null;
}

/** The runs of two or more grades' counts in `text`, each grade once. */
function gradeRuns(text: string): GradeCount[][] {
  const runs: GradeCount[][] = [];
  let run: GradeCount[] = [];
  let end = -1;
  for (const m of text.matchAll(GRADE_COUNT)) {
    const cat = GRADE_CATEGORIES.find((c) => c.re.test(m[1]))?.cat;
    if (!cat) continue;
    const valueAt = m.index + m[0].lastIndexOf(m[2]);
    const amountAt = m.index + m[0].length;
    const amount = amountAfterCount(text, amountAt) ?? undefined;
    const g: GradeCount = { cat, value: m[2], start: valueAt, end: valueAt + m[2].length, ...(amount ? { amount } : {}) };
    if (run.length && (!BETWEEN_GRADES.test(text.slice(end, m.index)) || run.some((r) => r.cat === cat))) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    run.push(g);
    end = amount ? amount.through : amountAt;
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** The last count of projects before `at` in `seg`, in a sentence about evaluation, with no other count after it. */
function totalBefore(seg: Segment, at: number): { value: string; segment: Segment; start: number; end: number } | null {
  const text = seg.text.slice(0, at);
  const counted = [...text.matchAll(PROJECTS_COUNTED)].at(-1);
  if (!counted) return null;
  const value = counted[1] ?? counted[2];
  const start = counted.index + counted[0].indexOf(value);
  const sentence = text.slice(text.lastIndexOf('。', start) + 1, (text.indexOf('。', start) + 1 || text.length + 1) - 1);
  if (!/评价|自评/.test(sentence)) return null;
  // (a count of anything else after it, "涉及12个乡镇", leaves unclear what the grades divide)
  if (A_COUNT.test(text.slice(start + value.length).replace(/评价结果为[^。]*$/, ''))) return null;
  return { value, segment: seg, start, end: start + value.length };
}
