/**
 * An item's own parts, listed right after its amount by 包括 / 其中 / 具体为 and adding up to it exactly:
 *
 *   1.老年人福利119.57万元。包括:甲村互助养老家园42.8万元、乙镇敬老院建设项目76.77万元;
 *   校园改造工程66.2万元(其中:公租房维修4.53万元;综合楼维修61.67万元)、…   (the parts in a bracket after the amount)
 *
 * Each part is a line of money of its own, a sub-item (convention 7: per-sub-item money lines), measured as the item is;
 * the item stays a row. Read only where every part is a name and one amount, at least two of them, in the item's unit,
 * every name a task's name, and their sum the item's amount to the last digit: anything else is left to the readers that
 * read the item.
 */
import { findNumbers, isMoneyUnit, sumOf } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { simplify } from '../text.ts';
import { nameAt } from './inlineLists.ts';

/**
 * What opens the parts right after the item's amount: the stop or comma after it, then the word that lists them; or a
 * bracket opened right after the amount, perhaps with that word (group 1).
 */
const PARTS_OPEN = /^\s*(?:[。,;:]?\s*(?:其中|包括|具体包括|具体为|主要包括)\s*[::]?|(\()\s*(?:(?:其中|包括|含)\s*[::]?)?)\s*/;
/** Where the parts end: the clause's end; in a bracket, the bracket's close (no other bracket inside). */
const PARTS_END = /[。;\n]/;
const BRACKET_END = /[()\n]/;
/** Where parts set apart by semicolons end: the sentence's end. */
const SENTENCE_END = /[。\n]/;
/** What parts one part from the next: a comma or 、; in a bracket, or in a sentence of parts, a semicolon too. */
const PARTS_SEPARATOR = /^\s*[、,]\s*/;
const BRACKETED_SEPARATOR = /^\s*[、,;]\s*/;

export function subItemsOf(groups: TaskFragment[][]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  const read = new Set(groups.flat().map((f) => `${f.segment.blockId}:${f.start}`));
  for (const group of groups) {
    if (group.length !== 1) continue;
    const [item] = group;
    const text = item.segment.text;
    const open = PARTS_OPEN.exec(text.slice(item.end));
    if (!open) continue;
    const from = item.end + open[0].length;
    const bracketed = open[1] !== undefined;
    const stop = text.slice(from).search(bracketed ? BRACKET_END : PARTS_END);
    // (a bracket the parts do not close, or that another opens inside, is no list of them)
    if (bracketed && (stop < 0 || text[from + stop] !== ')')) continue;
    const to = stop < 0 ? text.length : from + stop;
    // "支持群众体育347.90万元:其中A 176.26万元;B 160.08万元;C 11.56万元。": parts set apart by semicolons run to the sentence's end
    const sentenceStop = text.slice(from).search(SENTENCE_END);
    const parts =
      partsOf(item, from, to, bracketed ? BRACKETED_SEPARATOR : PARTS_SEPARATOR, read) ??
      (bracketed ? null : partsOf(item, from, sentenceStop < 0 ? text.length : from + sentenceStop, BRACKETED_SEPARATOR, read));
    if (parts) out.push(...parts.map((p) => [p]));
  }
  return out;
}

/**
 * The item's parts between `from` and `to`, each a name and one amount after the `separator`, when they are the whole
 * clause and add up to the item's amount exactly under distinct names; else null.
 */
function partsOf(item: TaskFragment, from: number, to: number, separator: RegExp, read: Set<string>): TaskFragment[] | null {
  const text = item.segment.text;
  const numbers = findNumbers(text.slice(from, to)).map((n) => ({ ...n, start: n.start + from, end: n.end + from }));
  if (numbers.length < 2 || numbers.some((n) => !isMoneyUnit(n.unit) || n.unit !== item.unit)) return null;
  const parts: TaskFragment[] = [];
  let at = from;
  for (const [i, n] of numbers.entries()) {
    // the words between the last amount (and its separator) and this one: the part's name
    const raw = text.slice(at, n.start);
    const words = i === 0 ? raw : raw.replace(separator, '');
    if (i > 0 && !separator.test(raw)) break;
    const name = nameAt(item.segment, n.start - words.length, words);
    if (!name || read.has(`${item.segment.blockId}:${n.start}`)) break;
    parts.push({
      name,
      measure: item.measure,
      value: n.value,
      unit: n.unit,
      segment: item.segment,
      // (the amount's span, as every reader gives its fragments: the evidence a reviewer sees)
      start: n.start,
      end: n.end,
      listed: true,
    });
    at = n.end;
  }
  // (the whole clause taken: nothing but its closing punctuation after the last part, a bracket's ; before its close)
  const rest = text
    .slice(at, to)
    .replace(/[;。]\s*$/, '')
    .trim();
  if (parts.length !== numbers.length || rest) return null;
  if (!sumOf(parts.map((p) => p.value)).equals(item.value) || new Set(parts.map((p) => simplify(p.name))).size !== parts.length)
    return null;
  return parts;
}
