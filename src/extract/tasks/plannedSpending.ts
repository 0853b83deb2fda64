/**
 * A budget document's items stated as spending ("2024年项目支出198.5万元,其中:村级组织运转经费120.5万元,…"): what a
 * budget sets out to spend is the item's budget, not money spent (LABELS.md convention 4 reads the document's own
 * totals the same way). Only a row that states nothing but such spending is read so, and only where its sentence names
 * no spending that happened (执行数, 决算, 实际支出, 已支付 …: a budget document may report the year before's execution).
 */
import type { TaskFragment } from '../prose.ts';

/** The words of spending that happened, as against spending planned. */
const SPENDING_DONE = /实际|已(?:经)?(?:支付|支出|使用|拨付|完成)|执行|决算|完成/;

/** The groups with each spending-only row's amounts read as its budget. */
export function spendingAsPlanned(groups: TaskFragment[][]): TaskFragment[][] {
  return groups.map((group) =>
    group.every((f) => f.measure === 'executed' && !SPENDING_DONE.test(sentenceUpTo(f)))
      ? group.map((f) => ({ ...f, measure: 'budget' as const }))
      : group,
  );
}

/** The sentence holding a fragment, from its start to the fragment's end. */
function sentenceUpTo(f: TaskFragment): string {
  const text = f.segment.text;
  const from = Math.max(text.lastIndexOf('。', f.start - 1), text.lastIndexOf('\n\n', f.start - 1)) + 1;
  return text.slice(from, f.end);
}
