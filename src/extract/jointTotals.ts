/**
 * Both sides' totals of a final account named at once: "2023年度收、支总计均为1,050.00万元" (one amount, which each side's
 * 总计 is) and "收、支总计各是4125.49,4143.91万元" / "收入、支出决算总计分别为412.30万元、415.00万元" (two amounts, the income's
 * first). The prose wordings read the income's total only (income.grandTotal: the money available); this gives the
 * spending's its own figure (expense.grandTotal: spending with the year-end carry-over), so the two can be set against
 * each other (reconcile's balance: a final account's 收入总计 equals its 支出总计 by construction).
 */
import { findNumbers, isMoneyUnit } from './numbers.ts';
import type { Found } from './prose.ts';
import type { Segment } from './text.ts';
import { fundNames } from '../model/wordings.ts';

/**
 * The two sides named together before their 总计 and the word that says how the amounts after it go: 均 (one amount for
 * both), 各 / 分别 (one each, in the order named). One funding line's ("财政拨款收、支总计") is that line's, never the unit's.
 */
const JOINT_TOTALS = new RegExp(
  `(?<!${fundNames((f) => f.paysUnits)}|上级)(?:收入、支出|收、支|收支)(?:决算)?(?:总计|总额)\\s*(均|各|分别)\\s*(?:为|是)?\\s*:?\\s*$`,
);
/** What joins the two amounts of 各 / 分别: a comma, 、 or 和, nothing else. */
const AMOUNTS_JOINED = /^\s*(?:,|、|和|与)\s*$/;

export function extractJointTotals(segments: Segment[]): Found[] {
  const out: Found[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' || !/总计|总额/.test(seg.text)) continue;
    const numbers = findNumbers(seg.text, { bare: true });
    numbers.forEach((n, i) => {
      const cue = JOINT_TOTALS.exec(seg.text.slice(Math.max(0, n.start - 30), n.start));
      if (!cue) return;
      const push = (key: string, x: { value: string; start: number; end: number }, unit: Found['unit'], how: string) =>
        out.push({ key, value: x.value, unit, rule: `${key}/收支总计${how}`, segment: seg, start: x.start, end: x.end });
      if (cue[1] === '均') {
        if (isMoneyUnit(n.unit)) push('expense.grandTotal', n, n.unit, '均');
        return;
      }
      // (the unit may be written once, after the second amount: "各是4125.49,4143.91万元")
      const next = numbers[i + 1];
      if (!next || !isMoneyUnit(next.unit) || !AMOUNTS_JOINED.test(seg.text.slice(n.end, next.start))) return;
      if (n.unit && n.unit !== next.unit) return;
      push('income.grandTotal', n, next.unit, '各');
      push('expense.grandTotal', next, next.unit, '各');
    });
  }
  return out;
}
