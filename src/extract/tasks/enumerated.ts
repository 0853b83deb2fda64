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
import type { Unit } from '../../model/record.ts';
import { findNumbers, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { evidenceOf, type Segment, simplify } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import { cleanName, cueAtEnd, cueMeasure, leadMeasure, refusal, type TaskMeasure } from './names.ts';

/**
 * A list number at the start of a segment or after a clause boundary: "1、" "1." "(1)", or a
 * digit run straight into words, which is how normalization leaves a circled "①" (checked
 * against the original). "1." must not be followed by a digit (that is a decimal).
 */
const ITEM_NUMBER = /(?<=^|[;。:,\s])\s*(?:\((\d{1,2})\)|(\d{1,2})[、.](?!\d)|(\d{1,2})(?=[\u4e00-\u9fff]))/g;
const CIRCLED = /^[①-⑳]$/;

interface Item {
  segment: Segment;
  /** Where the item's text starts (after its number) and ends (the next number or the segment's end). */
  start: number;
  end: number;
  style: 'paren' | 'dot' | 'circled';
  n: number;
  /** Where the number itself starts. */
  at: number;
}

function itemsOf(seg: Segment): Item[] {
  const found = [...seg.text.matchAll(ITEM_NUMBER)]
    .filter((m) => !m[3] || CIRCLED.test(evidenceOf(seg, m.index + m[0].length - m[3].length, m.index + m[0].length).snippet))
    .map((m) => {
      const style: Item['style'] = m[1] ? 'paren' : m[2] ? 'dot' : 'circled';
      const n = Number(m[1] ?? m[2] ?? m[3]);
      return { segment: seg, start: m.index + m[0].length, end: seg.text.length, style, n, at: m.index + m[0].length - m[0].trimStart().length };
    });
  found.forEach((item, i) => {
    if (found[i + 1]) item.end = found[i + 1].at;
  });
  return found;
}

/** Runs of items numbered 1, 2, 3 … in one style, across consecutive paragraphs or within one. */
function runsOf(segments: Segment[]): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    for (const item of itemsOf(seg)) {
      const prev = run[run.length - 1];
      if (prev && item.style === prev.style && item.n === prev.n + 1) run.push(item);
      else {
        if (run.length) runs.push(run);
        run = [item];
      }
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

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
  }
  if (!/:$/.test(before)) return null;
  const sentence = before.split(/[。;]/).pop() ?? '';
  return leadMeasure(sentence);
}

const unitFits = (measure: TaskMeasure, unit: Unit) => (measure === 'rate' ? unit === '%' : isMoneyUnit(unit));

function readItem(item: Item, intro: TaskMeasure | null): TaskFragment[] {
  const seg = item.segment;
  const text = seg.text.slice(item.start, item.end);
  const clause = text.split(/[;。]/)[0];
  const numbers = findNumbers(clause);
  if (!numbers.length) return [];
  const head = clause.slice(0, numbers[0].start);
  let namePart: string;
  let measure: TaskMeasure | null;
  const sep = /[,:]/.exec(head);
  if (sep) {
    namePart = head.slice(0, sep.index);
    const rest = head.slice(sep.index + 1);
    measure = rest.trim() ? cueMeasure(rest) : intro;
  } else {
    const cue = cueAtEnd(head);
    namePart = cue ? head.slice(0, cue.at) : head;
    measure = cue ? cue.measure : intro;
  }
  if (!measure || !unitFits(measure, numbers[0].unit)) return [];
  // "基本支出预算300万元": a name run into its cue is read with it, and that is a spending class
  if (!sep && refusal(cleanName(head))) return [];
  const name = nameAt(seg, item.start, namePart);
  if (!name) return [];
  const at = (i: number) => ({ segment: seg, start: item.start + numbers[i].start, end: item.start + numbers[i].end });
  const fragments: TaskFragment[] = [{ name, measure, value: numbers[0].value, unit: numbers[0].unit, ...at(0) }];
  for (let i = 1; i < numbers.length; i++) {
    const m = cueMeasure(clause.slice(numbers[i - 1].end, numbers[i].start));
    if (!m || !unitFits(m, numbers[i].unit)) break;
    // the same measure twice in one item: which one is the item's is not knowable
    if (fragments.some((f) => f.measure === m)) return [];
    fragments.push({ name, measure: m, value: numbers[i].value, unit: numbers[i].unit, ...at(i) });
  }
  return fragments;
}

/** What the name of an unnumbered item ends with: a project, a work or a fund for a purpose. */
const PROJECT_NAME = /(?:项目|工程|工作|经费|专项|专项资金|补助资金|补贴|补助)$/;

/**
 * Unnumbered items, one per sentence or paragraph, each NAME [, or :] (CUE AMOUNT)+ with a cue
 * before every amount: "A项目,预算资金30万元,实际支出28万元。B项目,预算资金20万元,实际支出20万元。"
 * Without numbering, the name must read as a project (PROJECT_NAME), and at least two such
 * sentences must follow one another: one sentence alone is a one-project report's own figures.
 */
export function readNamedClauses(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  let run: TaskFragment[][] = [];
  const flush = () => {
    if (new Set(run.map((r) => r[0].name)).size >= 2) out.push(...run);
    run = [];
  };
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') {
      flush();
      continue;
    }
    for (const m of seg.text.matchAll(/[^;。]+[;。]?/g)) {
      // "总预算30万元,其中:A项目预算10万元,支出8万元": the item starts after the connective
      const intro = /(?:其中|具体包括|分别为)[:,]?\s*/.exec(m[0]);
      const lead = intro ? intro.index + intro[0].length : m[0].length - m[0].trimStart().length;
      const item: Item = { segment: seg, start: m.index + lead, end: m.index + m[0].length, style: 'dot', n: 0, at: m.index };
      const read = ITEM_NUMBER.test(m[0]) ? [] : readItem(item, null);
      ITEM_NUMBER.lastIndex = 0;
      if (read.length && PROJECT_NAME.test(simplify(read[0].name))) run.push(read);
      else flush();
    }
  }
  flush();
  return out;
}

export function readEnumeratedItems(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const run of runsOf(segments)) {
    if (run.length < 2) continue;
    const intro = introMeasure(segments, run[0]);
    const read = run.map((item) => readItem(item, intro)).filter((f) => f.length);
    if (read.length >= 2) out.push(...read);
  }
  return out;
}
