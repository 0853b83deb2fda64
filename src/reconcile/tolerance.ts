/**
 * Comparisons with a tolerance taken from the stated precision, never a fixed epsilon, in exact
 * decimal arithmetic. Each comparison also spells out its arithmetic in the figures' own unit.
 *
 * Conventions: `expected` is what the arithmetic gives, `actual` what the report states,
 * `difference` = actual − expected (signed), `tolerance` the difference the stated precision admits.
 */
import { decimalsOf } from '../model/money.ts';
import type { Unit } from '../model/record.ts';
import { type Amount, D, type Dec, ZERO, halfUlpOf, scaleOf } from './amounts.ts';

/** A gap above this share of the total (or a rate off by more than this many points) is an error. */
const ERROR_SHARE = new D('0.01');
const ERROR_POINTS = new D(1);

export interface SideComparison {
  expected: string;
  actual: string;
  difference: string;
  unit: Unit;
  /**
   * The arithmetic and the size of the gap in numbers and signs only, for readers of either language:
   * "5988.67 + 629.55 + 0 = 6618.22 ≠ 6708 (Δ 89.78 万元)".
   */
  arithmetic: string;
  /** The arithmetic without the gap, for the messages, which say the gap in words. */
  equation: string;
  tolerance: string;
  /** Sign of actual − expected. */
  sign: number;
  /** Beyond the tolerance: a discrepancy. */
  fires: boolean;
  /** Beyond the error threshold (1% of the total, or 1 point for a rate). */
  severe: boolean;
  /** "89.78 万元" / "0.90 个百分点": the size of the gap, as the messages say it. */
  gap: { zh: string; en: string };
}

/** " 万元", " 个", "" — the unit as written after a number in the arithmetic. */
export function unitSuffix(unit: Unit): string {
  if (unit === '%') return '%';
  return unit ? ` ${unit}` : '';
}

/** The value in `unit` as written: as stated when the unit is the same, converted exactly otherwise. */
function show(a: Amount, unit: Unit): string {
  if (a.kind !== 'money' || a.unit === unit) return a.value;
  return a.base.div(scaleOf(unit)).toFixed();
}

/** A base quantity expressed in `unit`. */
function inUnit(base: Dec, unit: Unit, money: boolean): Dec {
  return money ? base.div(scaleOf(unit)) : base;
}

function sum(values: Dec[]): Dec {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** All money, or all of one other kind and unit: only then can they be added. */
function compatible(amounts: Amount[]): boolean {
  if (amounts.length === 0) return false;
  const k = amounts[0].kind;
  if (!amounts.every((a) => a.kind === k)) return false;
  if (k === 'money') return true;
  const units = new Set(amounts.map((a) => a.unit).filter((u) => u !== ''));
  return units.size <= 1;
}

function unitFor(anchor: Amount, all: Amount[]): Unit {
  if (anchor.kind === 'money') return anchor.unit;
  return anchor.unit || all.find((a) => a.unit)?.unit || '';
}

/**
 * Σ lhs against Σ rhs (a sum of parts against its stated total when rhs has one element).
 * Tolerance: the sum of every operand's half-ulp. Undefined when the operands cannot be added.
 */
export function compareSides(lhs: Amount[], rhs: Amount[]): SideComparison | undefined {
  const all = [...lhs, ...rhs];
  if (lhs.length === 0 || rhs.length === 0 || !compatible(all)) return undefined;
  const money = all[0].kind === 'money';
  const unit = unitFor(rhs[0], all);
  const lhsShown = lhs.map((a) => show(a, unit));
  const rhsShown = rhs.map((a) => show(a, unit));
  const dp = Math.max(...[...lhsShown, ...rhsShown].map(decimalsOf));
  const lhsSum = sum(lhs.map((a) => a.base));
  const rhsSum = sum(rhs.map((a) => a.base));
  const gap = rhsSum.minus(lhsSum);
  const tol = sum(all.map((a) => a.half));
  const fmt = (b: Dec) => inUnit(b, unit, money).toFixed(dp);
  const side = (shown: string[], total: Dec) => (shown.length === 1 ? shown[0] : `${shown.join(' + ')} = ${fmt(total)}`);
  const gapText = `${fmt(gap.abs())}${unitSuffix(unit)}`;
  const reference = rhsSum.isZero() ? lhsSum.abs() : rhsSum.abs();
  return {
    expected: lhs.length === 1 ? lhsShown[0] : fmt(lhsSum),
    actual: rhs.length === 1 ? rhsShown[0] : fmt(rhsSum),
    difference: fmt(gap),
    unit,
    arithmetic: `${side(lhsShown, lhsSum)} ≠ ${side(rhsShown, rhsSum)} (Δ ${gapText})`,
    equation: `${side(lhsShown, lhsSum)} ≠ ${side(rhsShown, rhsSum)}`,
    tolerance: inUnit(tol, unit, money).toFixed(),
    sign: gap.comparedTo(0),
    fires: gap.abs().gt(tol),
    severe: gap.abs().gt(reference.times(ERROR_SHARE)),
    gap: { zh: gapText, en: gapText },
  };
}

/**
 * A stated rate against executed / budget × 100. Tolerance: half a unit in the rate's last stated
 * place ("93%" admits 92.5–93.5), widened by the rounding of the amounts themselves: "19.28亿元" of
 * "48.67亿元" may be 19.275 of 48.675 (39.60%) or 19.285 of 48.665 (39.63%), so a stated 39.62% is
 * within the stated precision (convention 6). Undefined when the budget is 0 or the amounts cannot be divided.
 */
export function compareRate(rate: Amount, executed: Amount, budget: Amount): SideComparison | undefined {
  if (!compatible([executed, budget]) || budget.base.lte(0)) return undefined;
  const unit = unitFor(budget, [executed, budget]);
  const computed = executed.base.div(budget.base).times(100);
  const stated = new D(rate.value);
  const diff = stated.minus(computed);
  const tol = halfUlpOf(rate.value).plus(amountsRounding(executed, budget, computed));
  const dp = Math.max(2, decimalsOf(rate.value) + 1);
  const points = diff.abs().toFixed(dp);
  return {
    expected: computed.toFixed(dp),
    actual: rate.value,
    difference: diff.toFixed(dp),
    unit: '%',
    arithmetic: `${show(executed, unit)} / ${show(budget, unit)} = ${computed.toFixed(dp)}% ≠ ${rate.value}%`,
    equation: `${show(executed, unit)} / ${show(budget, unit)} = ${computed.toFixed(dp)}% ≠ ${rate.value}%`,
    // (shown to the places of the difference: the amounts' share of it is a long fraction)
    tolerance: new D(tol.toFixed(dp)).toFixed(),
    sign: diff.comparedTo(0),
    fires: diff.abs().gt(tol),
    severe: diff.abs().gt(ERROR_POINTS),
    gap: { zh: `${points} 个百分点`, en: `${points} percentage points` },
  };
}

/**
 * How far executed / budget × 100 may lie from `computed` when each amount is a rounding of its stated
 * digits: the larger of the distances to the ratio's lowest and highest bounds, in points. Only an amount
 * stated with decimals counts as rounded: a whole amount beside a rate ("预算3万元,支出1.71万元,完成预算的43%")
 * is an allotment, exact, and rounding it by half a unit would admit almost any rate.
 */
function amountsRounding(executed: Amount, budget: Amount, computed: Dec): Dec {
  const rounding = (a: Amount) => (decimalsOf(a.value) > 0 ? a.half : ZERO);
  const lowest = budget.base.plus(rounding(budget));
  const highest = budget.base.minus(rounding(budget));
  if (highest.lte(0)) return ZERO;
  const low = D.max(ZERO, executed.base.minus(rounding(executed)))
    .div(lowest)
    .times(100);
  const high = executed.base.plus(rounding(executed)).div(highest).times(100);
  return D.max(computed.minus(low), high.minus(computed));
}

/**
 * Two statements of one quantity. They agree when they differ by no more than the rounding of the
 * coarser of the two stated precisions (881.6 and 881.59 agree; 5988.67 and 2956.82 do not).
 */
export function sameQuantity(a: Amount, b: Amount): boolean {
  if (!compatible([a, b])) return a.value === b.value && a.unit === b.unit;
  const tol = D.max(halfUlpBase(a), halfUlpBase(b));
  return a.base.minus(b.base).abs().lte(tol);
}

/** The half-ulp of a statement in its base, zero included (for repeats a "0" is still a rounding). */
function halfUlpBase(a: Amount): Dec {
  if (a.kind === 'count') return ZERO;
  return a.kind === 'money' ? halfUlpOf(a.value).times(scaleOf(a.unit)) : halfUlpOf(a.value);
}

/**
 * One reference statement against other statements of the same quantity that disagree with it.
 * Tolerance: the coarser half-ulp of each pair; the largest gap is reported.
 */
export function compareRepeats(reference: Amount, others: Amount[]): SideComparison | undefined {
  const all = [reference, ...others];
  if (others.length === 0 || !compatible(all)) return undefined;
  const money = reference.kind === 'money';
  const unit = unitFor(reference, all);
  const shown = all.map((a) => show(a, unit));
  const dp = Math.max(...shown.map(decimalsOf));
  const gaps = others.map((o) => o.base.minus(reference.base));
  const largest = gaps.reduce((m, g) => (g.abs().gt(m.abs()) ? g : m), ZERO);
  const tol = D.max(...all.map(halfUlpBase));
  const fmt = (b: Dec) => inUnit(b, unit, money).toFixed(dp);
  const gapsShown = gaps.map((g) => fmt(g.abs()));
  return {
    expected: shown[0],
    actual: shown.slice(1).join(' / '),
    difference: fmt(largest),
    unit,
    arithmetic: `${shown.join(' ≠ ')} (Δ ${gapsShown.join(', ')}${unitSuffix(unit)})`,
    equation: shown.join(' ≠ '),
    tolerance: inUnit(tol, unit, money).toFixed(),
    sign: largest.comparedTo(0),
    fires: others.some((o) => !sameQuantity(reference, o)),
    severe: largest.abs().gt(reference.base.abs().times(ERROR_SHARE)),
    gap: { zh: `${gapsShown.join('、')}${unitSuffix(unit)}`, en: `${gapsShown.join(', ')}${unitSuffix(unit)}` },
  };
}
