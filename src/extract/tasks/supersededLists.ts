/**
 * The same items' budgets listed twice, before and after the budget changed: "下达我县…资金412.85万元,其中一般项目375.65万元,
 * 绩效奖励37.2万元" … "追减…" … "我县…资金189.28万元,其中一般项目151.8万元,绩效奖励37.48万元". Each list is read as rows, and
 * the report gives one name two budgets. The list whose amounts add up to the budget the report states as its own
 * (budget.total) is the items' budget; the other, naming the same items and adding up to no such budget, is the money as
 * first granted (or as later cut), no row of theirs.
 */
import { simplify } from '../text.ts';
import { sumInYuan, toYuan } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';

/** A list of budgets only, two items at least: each item's one amount, what it was granted. */
const budgetsOnly = (list: TaskFragment[]) => list.length >= 2 && list.every((f) => f.measure === 'budget');

const namesOf = (list: TaskFragment[]) =>
  list
    .map((f) => simplify(f.name).replace(/\s/g, ''))
    .sort()
    .join('|');

/** The sentence of its paragraph a fragment is read in: the count of full stops before it. */
const sentenceOf = (f: TaskFragment) => f.segment.text.slice(0, f.start).split('。').length;

/**
 * The lists the groups' fragments were read from: a reader may give each item of a list as a group of its own, so the
 * fragments of one sentence of one paragraph are one list.
 */
function listsOf(groups: TaskFragment[][]): Map<string, TaskFragment[]> {
  const lists = new Map<string, TaskFragment[]>();
  for (const f of groups.flat()) {
    const key = `${f.segment.blockId}:${f.segment.cell?.row ?? ''}:${f.segment.cell?.col ?? ''}:${sentenceOf(f)}`;
    lists.set(key, [...(lists.get(key) ?? []), f]);
  }
  return lists;
}

/**
 * `groups` without the fragments of each budget list that names the same items as another budget list when only the
 * other adds up to the report's own budget.total, as stated. Where both or neither add up, both stay: which is the items'
 * budget the text does not tell. `budgetOf` is asked only when two such lists are found (grouping the figures is work most
 * reports need not do twice).
 */
export function withoutSupersededLists(
  groups: TaskFragment[][],
  budgetOf: () => { value: string; unit: string } | undefined,
): TaskFragment[][] {
  const lists = [...listsOf(groups).values()].filter(budgetsOnly);
  const namesakes = lists.filter((list) => lists.some((other) => other !== list && namesOf(other) === namesOf(list)));
  if (!namesakes.length) return groups;
  const budget = budgetOf();
  const total = budget ? toYuan(budget.value, budget.unit) : null;
  if (total === null) return groups;
  const addsUp = (list: TaskFragment[]) => sumInYuan(list, 'NaN').equals(total);
  const superseded = new Set<TaskFragment>();
  for (const list of namesakes) {
    if (addsUp(list)) continue;
    if (namesakes.some((other) => other !== list && namesOf(other) === namesOf(list) && addsUp(other)))
      for (const f of list) superseded.add(f);
  }
  if (!superseded.size) return groups;
  return groups.map((g) => g.filter((f) => !superseded.has(f))).filter((g) => g.length);
}
