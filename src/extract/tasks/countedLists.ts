/**
 * Projects counted, then listed after a colon, each a name and its money:
 *
 *   "抽查到村产业项目3个:甲村蔬菜大棚140万元;乙村冷库项目96万元;丙村茶叶基地项目80.5万元。"
 *   "重点项目两个:A工程300万元、B工程120万元。"
 *
 * No total is stated, so the structure that makes it a list of tasks is the count: the colon follows a
 * count of projects (项目N个 / N个项目, 工程 / 子项目 alike), and exactly that many items fill the sentence
 * after it, each a name and one money amount, separated by ; 、 , and nothing else, but a total closing them that they
 * add up to exactly ("…、C工程80万元,合计580万元"). Every name must be a
 * task name (names.ts refusal: no place or body receiving money, no funding source, class or total).
 * What the amounts measure is said by the words before the count (实际支出 → spending, 下达 → budget);
 * when they say nothing, a project's money named beside it is its funds, a budget (as names.ts
 * leadMeasure reads a sum named with no verb).
 */
import { chineseNumeral, findNumbers, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import type { Segment } from '../text.ts';
import { clauseStartBefore, closingTotal, nameAt } from './inlineLists.ts';
import { leadMeasure } from './names.ts';

/**
 * A count of projects right before a colon: "项目3个:", "子项目两个:", "3个项目:", "3项工程:", or before the words
 * that go on to name each of them, after a comma: "项目3个,分别为", "3个项目,包括:".
 */
const COUNTED_OPENER =
  /(?:(?:子项目|项目|工程)\s*(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|项)|(\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:个|项)(?:子项目|项目|工程))\s*(?::|,\s*(?:分别为|分别是|具体为|包括)\s*:?)/g;
/** What may stand between one item's amount and the next item's name: punctuation only. */
const SEPARATOR = /^[\s;、,]+/;
/** The fewest items a count lists: one counted project is the text's own, not a list. */
const FEWEST_ITEMS = 2;

export function readCountedLists(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  const lastSegment = segments.findLast((s) => s.text.trim());
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    const openers = [...text.matchAll(COUNTED_OPENER)];
    for (const [k, m] of openers.entries()) {
      const numeral = m[1] ?? m[2];
      const count = Number(/^\d/.test(numeral) ? numeral : (chineseNumeral(numeral.replace('两', '二')) ?? Number.NaN));
      if (!(count >= FEWEST_ITEMS)) continue;
      const from = m.index + m[0].length;
      // the list ends with its sentence, or before the next counted list in it ("…;村级项目3个:…")
      const stop = text.indexOf('。', from);
      let end = stop < 0 ? text.length : stop;
      const next = openers[k + 1];
      if (next && next.index < end) end = Math.max(text.lastIndexOf(';', next.index), from);
      // (a list running to the end of the text, its last item cut off in mid-name with no stop after it, is a copy
      // that stopped there: "抽查项目8个:A 147.8万元;B 96.88万元;…;草沟镇秦桥" holds the items before the cut, whole)
      const cutAtTextEnd = seg === lastSegment && stop < 0 && end === text.length;
      const rows = countedItems(seg, from, end, cutAtTextEnd);
      if (!rows || (rows.length !== count && !(rows.cut && rows.length >= FEWEST_ITEMS && rows.length < count))) continue;
      // the words before the count, in its clause, say what the amounts are
      const clauseStart = clauseStartBefore(text, m.index);
      const measure = leadMeasure(text.slice(clauseStart, m.index)) ?? 'budget';
      out.push(...rows.map((r) => [{ ...r, measure }]));
    }
  }
  return out;
}

/** The words that make a list's last clause its total (",合计580万元", ",共计…", ",总额…"). */
const TOTAL_WORDS = /合计|共计|总计|总额|小计|^,\s*(?:共|累计)/;

/** The words of an item a copy cut off before its amount: a separator, then name words only. */
const CUT_ITEM = /^[\s;、,]+[\u4e00-\u9fff()·、]{1,30}$/;

/**
 * The items between `from` and `end`: each a name and one money amount, nothing else; null when any piece is not. Where
 * `cutAtTextEnd`, the list may end on an item cut off before its amount (CUT_ITEM), and the rows say so (`cut`).
 */
export function countedItems(seg: Segment, from: number, end: number, cutAtTextEnd = false): (TaskFragment[] & { cut?: boolean }) | null {
  let body = seg.text.slice(from, end);
  // (read with the 。 that ends the list: it closes an amount written with 万 alone)
  let numbers = findNumbers(`${body}。`);
  if (!numbers.length) return null;
  // a total closing the list (",合计580万元"): no item, and the items must add up to it
  const last = numbers[numbers.length - 1];
  // (only words of a total: ",扑火队员开支30.75万元" is the last item, no total)
  const closingWords = numbers.length > 2 ? /,[^,;、。\d]{1,12}$/.exec(body.slice(numbers[numbers.length - 2].end, last.start)) : null;
  const closing = closingWords && TOTAL_WORDS.test(closingWords[0]) ? closingWords : null;
  let total = '';
  if (closing) {
    total = body.slice(closing.index + numbers[numbers.length - 2].end);
    body = body.slice(0, closing.index + numbers[numbers.length - 2].end);
    numbers = numbers.slice(0, -1);
  }
  const rows: TaskFragment[] = [];
  let prevEnd = 0;
  for (const n of numbers) {
    // a count, an area or a rate inside the list: the items are described, not a name and its money each
    if (!isMoneyUnit(n.unit)) return null;
    const raw = body.slice(prevEnd, n.start);
    const sep = rows.length ? SEPARATOR.exec(raw) : /^\s*/.exec(raw);
    if (!sep) return null;
    const name = nameAt(seg, from + prevEnd + sep[0].length, raw.slice(sep[0].length));
    if (!name) return null;
    rows.push({ name, measure: 'budget', value: n.value, unit: n.unit, segment: seg, start: from + n.start, end: from + n.end });
    prevEnd = n.end;
  }
  // nothing after the last amount but the punctuation that closes the list (or, at the text's end, an item cut off)
  const tail = body.slice(prevEnd);
  const cut = cutAtTextEnd && !total && CUT_ITEM.test(tail);
  if (tail.replace(/[\s;、,。]/g, '') && !cut) return null;
  if (total && !closingTotal(total.replace(/[。;\s]+$/, ''), rows)) return null;
  return cut ? Object.assign(rows, { cut: true }) : rows;
}
