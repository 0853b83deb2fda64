/**
 * Units a reader lent a bare number, checked against the size of the report's own money.
 *
 * A form's bare numbers take the unit its header or a nearby cell declares ("计划安排资金(万元)"), or 万元, the unit these
 * forms are kept in. A table further down the same form may be kept in 元 and say nothing ("支出内容 | 实际支出数" over
 * "实训楼工程款 | 7000000"): read in the lent 万元, its amounts come to 700亿元 against a project of 1720万元. An amount
 * that, in the unit lent to it, runs to a thousand times the largest budget or total the report states, and has seven
 * whole digits or more (100亿元 and up in 万元), was written in 元: the way such amounts are written, and the only reading
 * that puts it beside the report's own money. A unit written after the number is the report's word and is kept.
 */
import type { Unit } from '../model/record.ts';
import { Decimal, toYuan } from './numbers.ts';
import type { Segment } from './text.ts';

interface Amount {
  key?: string;
  value: string;
  unit: Unit;
  segment: Segment;
  end: number;
}

/** The report's own totals, whose largest bounds what any amount of it may be. */
const OWN_TOTALS = new Set(['budget.initial', 'budget.total', 'budget.executed', 'income.total', 'expense.total']);
/** Seven whole digits or more: in 万元, 100亿元 and up. */
const YUAN_SIZED = /^\d{7,}(?:\.\d+)?$/;
/** How many times the report's largest total an amount in the lent unit must exceed. */
const BEYOND_OWN_TOTALS = 1000;
/** A unit written right after the number: the report's own word for it. */
const UNIT_WRITTEN = /^\s*(?:万元|万|元|亿元|亿|千元)/;

/** The amounts in 万元 whose unit was lent and cannot be theirs (see above), given the report's figures. */
function lentTooLarge(figures: readonly Amount[]): (a: Amount) => boolean {
  const totals = figures
    .filter((f) => f.key && OWN_TOTALS.has(f.key) && !YUAN_SIZED.test(f.value))
    .map((f) => toYuan(f.value, f.unit))
    .filter((y): y is string => y !== null)
    .map((y) => new Decimal(y));
  if (!totals.length) return () => false;
  const ceiling = Decimal.max(...totals).times(BEYOND_OWN_TOTALS);
  return (a) =>
    a.unit === '万元' &&
    YUAN_SIZED.test(a.value) &&
    new Decimal(toYuan(a.value, a.unit) ?? '0').greaterThan(ceiling) &&
    !UNIT_WRITTEN.test(a.segment.text.slice(a.end));
}

/**
 * Reads in 元 each amount of the figures and task fragments whose lent 万元 cannot be its own (see the module's comment),
 * in place: a figure and the row read from the same cell keep one unit.
 */
export function inYuanWhereLentTooLarge(figures: Amount[], fragments: Iterable<Amount>): void {
  const tooLarge = lentTooLarge(figures);
  for (const a of [...figures, ...fragments]) if (tooLarge(a)) a.unit = '元';
}
