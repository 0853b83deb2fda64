/**
 * A task row that states its spending and its rate but no budget, whose name the report states elsewhere with one amount
 * right after it ("收到农业生产发展资金5000万元,其中:…", then "农业生产发展资金已支出4850万元,执行率97%"): that amount is the
 * row's budget where the row's own arithmetic proves it (4850 ÷ 5000 is the stated 97%, within the rate's rounding), and only
 * one such amount does. The amount's statement is a total its parts follow, read by no reader as the row's; the rate is what
 * ties the two statements together, so no rate, no budget. An amount equal to the spending is passed over: it may be the
 * spending's own statement ("A设施800元,项目支出进度100%").
 */
import type { TaskLine } from '../../model/record.ts';
import { Decimal, rateWithinRounding } from '../numbers.ts';
import type { Segment } from '../text.ts';

/** The amount right after a name: its total's words perhaps, then the number and its unit. */
const AMOUNT_AFTER_NAME = /^\s*(?:总额|合计|共计|共)?\s*(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/;
/** Names shorter than this are too common a word to find the row by. */
const SHORTEST_NAME = 4;

/** The rows with their budget filled in where the report states it under the row's name and the row's rate proves it. */
export function withStatedBudgets(tasks: TaskLine[], segments: Segment[]): TaskLine[] {
  return tasks.map((t) => {
    if (t.budget !== null || t.executed === null || t.rate === null || [...t.name].length < SHORTEST_NAME) return t;
    const found = new Set<string>();
    for (const seg of segments) {
      if (seg.kind !== 'paragraph') continue;
      for (let at = seg.text.indexOf(t.name); at >= 0; at = seg.text.indexOf(t.name, at + 1)) {
        const m = AMOUNT_AFTER_NAME.exec(seg.text.slice(at + t.name.length, at + t.name.length + 40));
        if (!m || m[2] !== t.unit) continue;
        const value = m[1].replace(/,/g, '');
        // (an amount equal to the spending may be the spending's own statement, "A设施800元,支出进度100%": no second one)
        if (new Decimal(value).isZero() || new Decimal(value).equals(t.executed)) continue;
        if (rateWithinRounding(t.executed, value, t.rate)) found.add(value);
      }
    }
    return found.size === 1 ? { ...t, budget: [...found][0] } : t;
  });
}
