/**
 * A sentence that refers back to a list of tasks read before it and gives each of them, in the list's
 * order, a second amount or a rate:
 *
 *   "主要用于以下项目:(1)博物馆免费开放补助120万元;(2)非遗保护传承80万元;(3)…300万元。"
 *   "截至年底,上述项目分别支出120万元、72万元、270万元。"
 *
 * The back-reference (上述项目, 以上3个项目, 这三个项目) names no task, so the amounts go to the rows
 * of the list only when that list is the one it can mean: the rows read in the paragraphs just before
 * are exactly as many as the amounts (and as the count it states, if any), and none of them already
 * states what the amounts measure. Otherwise the sentence is not read.
 */
import { chineseNumeral, findNumbers, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, simplify } from '../text.ts';
import { amountsAfter, amountsOfMeasure } from './inlineLists.ts';
import { cueMeasure } from './names.ts';

/** How far back a back-reference reaches for its list: a few paragraphs (a heading between counts as one). */
const REACH = 6;

/** A count of the items referred back to ("3个", "三项"). */
const COUNT = String.raw`([\d一二三四五六七八九十两]{1,2})\s*(?:个|项)`;

/**
 * The back-reference and 分别, with the words between them that may say what the amounts measure
 * ("上述项目实际支出分别为", "以上3个项目分别支出", "这三个子项目的执行率分别为", or the items counted by 项 alone: "上述五项分别支出";
 * 依次, "in turn", says what 分别 does: "上述项目预算执行率依次为…").
 */
const BACK_REFERENCE = new RegExp(
  String.raw`(?:(?:上述|以上|前述|这)\s*(?:${COUNT})?|${COUNT})\s*(?:(?:子)?(?:项目|工程|任务)(?:资金)?|(?<=\d项|[一二三四五六七八九十两]项))的?([^,;。:分依]{0,8}?)(?:分别|依次)(?:为|是)?`,
  'g',
);

/** "3" / "三" / "十二": the count a back-reference states. */
function countOf(written: string | undefined): number | null {
  if (!written) return null;
  const count = /^\d+$/.test(written) ? written : chineseNumeral(written);
  return count === null ? null : Number(count);
}

/** Where an offset of the segment at index `at` stands in the document: the segment's place, then the offset. */
function place(at: number, offset: number): number {
  return at * 1e6 + offset;
}

/** Where a fragment stands in the document. */
function placeOf(order: Map<Segment, number>, f: TaskFragment): number {
  return place(order.get(f.segment) ?? 0, f.start);
}

function firstPlace(order: Map<Segment, number>, g: TaskFragment[]): number {
  return Math.min(...g.map((f) => placeOf(order, f)));
}

/** A clause right after the follow-up that goes on with 分别 for the same list ("…,执行率分别为96.67%、100%"). */
const CONTINUED = /^\s*,\s*([^,;。:分依]{0,8}?)(?:分别|依次)(?:为|是)?/;

interface Amounts {
  measure: TaskFragment['measure'];
  amounts: { value: string; unit: TaskFragment['unit']; start: number; end: number }[];
  /** Where the text after the last amount begins. */
  end: number;
}

/** The amounts after 分别, at `after` in the segment, and what they measure by the cue words before them. */
function amountsAt(text: string, after: number, cueBefore: string): Amounts | null {
  const { rest, numbers, joined } = amountsAfter(text, after);
  if (numbers.length < 2) return null;
  // what the amounts measure: the words before 分别, or right after it ("分别支出…")
  const cue = `${cueBefore}${rest.slice(0, numbers[0].start)}`;
  const measure = cue.trim() ? cueMeasure(cue) : null;
  if (!measure) return null;
  const amounts = numbers.slice(0, joined);
  if (!amountsOfMeasure(amounts, measure)) return null;
  return {
    measure,
    amounts: amounts.map((n) => ({ value: n.value, unit: n.unit, start: after + n.start, end: after + n.end })),
    end: after + amounts[amounts.length - 1].end,
  };
}

export function withFollowUps(groups: TaskFragment[][], segments: Segment[]): TaskFragment[][] {
  const order = new Map(segments.map((s, i) => [s, i]));
  const out = groups.map((g) => [...g]);
  const claimed = (seg: Segment, start: number, end: number) =>
    out.some((g) => g.some((f) => f.segment === seg && f.start < end && f.end > start));
  segments.forEach((seg, at) => {
    if (seg.kind !== 'paragraph') return;
    for (const m of seg.text.matchAll(BACK_REFERENCE)) {
      const first = amountsAt(seg.text, m.index + m[0].length, m[3] ?? '');
      if (!first) continue;
      const stated = countOf(m[1] ?? m[2]);
      if (stated !== null && stated !== first.amounts.length) continue;
      // the rows read before the sentence, within reach: the list it refers back to, and nothing else
      const here = place(at, m.index);
      const rows = out.filter((g) => g.length && !g.some((f) => (order.get(f.segment) ?? -1) < at - REACH || placeOf(order, f) >= here));
      fill(seg, rows, first);
    }
    // "A项目预算80万元,B项目预算60万元,分别支出78万元、57.1万元": the clause after the items of its own sentence, with no
    // back-reference, gives them the amounts in turn; the rows read in that sentence before it are the list
    for (const sentence of sentencesAt(seg.text)) {
      // (two amounts at least, or no list is restated: most sentences are passed over before the rows are looked at)
      if ((seg.text.slice(sentence.start, sentence.end).match(/[元%]/g)?.length ?? 0) < 2) continue;
      const restated = restatedByName(
        seg,
        sentence,
        out.filter((g) => g.length && readBefore(g, at, place(at, sentence.start))),
      );
      for (const { group, fragment } of restated) if (!claimed(seg, fragment.start, fragment.end)) group.push(fragment);
    }
    for (const m of seg.text.matchAll(EACH_AFTER_ITEMS)) {
      const first = amountsAt(seg.text, m.index + m[0].length, m[1] ?? '');
      if (!first) continue;
      const sentenceStart = Math.max(...SENTENCE_ENDS.map((stop) => seg.text.lastIndexOf(stop, m.index) + 1));
      const rows = out.filter((g) => g.length && g.every((f) => f.segment === seg && f.start >= sentenceStart && f.end <= m.index));
      if (rows.length >= 2) fill(seg, rows, first);
    }
  });
  return out;

  /** A row read before `here` within reach: a list a later sentence may restate. */
  function readBefore(g: TaskFragment[], at: number, here: number): boolean {
    return !g.some((f) => (order.get(f.segment) ?? -1) < at - REACH || placeOf(order, f) >= here);
  }

  /** Gives each row, in reading order, its amount of `first` (and of the clauses going on with 分别 after it). */
  function fill(seg: Segment, rows: TaskFragment[][], first: Amounts): void {
    // two readers may give the same row: one name is one task
    const names = [...new Set(rows.sort((a, b) => firstPlace(order, a) - firstPlace(order, b)).map((g) => g[0].name))];
    let next: Amounts | null = first;
    while (next && next.amounts.length === names.length) {
      const { measure, amounts } = next;
      if (claimed(seg, amounts[0].start, amounts[amounts.length - 1].end) || rows.some((g) => g.some((f) => f.measure === measure))) break;
      for (const g of rows) {
        const n = amounts[names.indexOf(g[0].name)];
        g.push({ name: g[0].name, measure, value: n.value, unit: n.unit, segment: seg, start: n.start, end: n.end, listed: true });
      }
      const more = CONTINUED.exec(seg.text.slice(next.end));
      next = more ? amountsAt(seg.text, next.end + more[0].length, more[1]) : null;
    }
  }
}

/**
 * A clause opening with 分别 after a comma, its cue words before it or after ("…,分别支出", "…,实际支出分别为"), or its cue
 * right before amounts joined by 、 / 和 ("…分别投入80万元、60万元,已支付78万元、57.1万元"): a second list of amounts.
 */
const EACH_AFTER_ITEMS = /,\s*([^,;。:分\d]{0,8}?)(?:分别(?:为|是)?|(?=\d[\d.,]*\s*(?:万元|元|亿元)?\s*[、和]\s*\d))/g;
/** What ends a sentence, before which the items of a clause's own sentence are not. */
const SENTENCE_ENDS = ['。', '!', '?'];

/** The stops SENTENCE_ENDS names, found in a text. */
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS.join('')}]`, 'g');

/** The sentences of a text, each its start and end (the stop left out). */
function sentencesAt(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    out.push({ start, end: m.index });
    start = m.index + 1;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** The date the money is counted to, opening a clause: "截至年底,", "截至2023年12月31日". */
const DATE_OPENING =
  /^\s*(?:截至|截止到?|到)\s*(?:目前|年底|年末|\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:底|末)?|\d{1,2}\s*月(?:底|末))\s*,?\s*/;

/**
 * "…其中甲村管网改造100万元,乙村水质检测80万元。截至年底,甲村管网改造支出95万元,乙村水质检测支出78万元。": a sentence whose
 * every clause with an amount names a row read before it, exactly as that row is named, then a cue and the amount, gives
 * each row the measure its cue says, when the row states none yet. Two rows at least, each named once: a sentence naming
 * one row, or any clause naming none, restates no list and is left to the other rules.
 */
function restatedByName(
  seg: Segment,
  sentence: { start: number; end: number },
  rows: TaskFragment[][],
): { group: TaskFragment[]; fragment: TaskFragment }[] {
  if (rows.length < 2) return [];
  const named = new Map<string, TaskFragment[]>();
  for (const g of rows) named.set(simplify(g[0].name).replace(/\s/g, ''), g);
  const out: { group: TaskFragment[]; fragment: TaskFragment }[] = [];
  let at = sentence.start;
  for (const clause of seg.text.slice(sentence.start, sentence.end).split(/[,;]/)) {
    const from = at;
    at += clause.length + 1;
    const numbers = findNumbers(clause).filter((n) => isMoneyUnit(n.unit) || n.unit === '%');
    if (!numbers.length) continue;
    const head = clause.slice(0, numbers[0].start).replace(DATE_OPENING, '').replace(/\s/g, '');
    const name = [...named.keys()].filter((n) => head.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    const group = name ? named.get(name) : undefined;
    const measure = name ? cueMeasure(head.slice(name.length)) : null;
    if (!group || !measure || numbers.length > 1 || group.some((f) => f.measure === measure) || out.some((o) => o.group === group))
      return [];
    const n = numbers[0];
    if ((measure === 'rate') !== (n.unit === '%')) return [];
    out.push({
      group,
      fragment: {
        name: group[0].name,
        measure,
        value: n.value,
        unit: n.unit,
        segment: seg,
        start: from + n.start,
        end: from + n.end,
        listed: true,
      },
    });
  }
  return out.length >= 2 ? out : [];
}
