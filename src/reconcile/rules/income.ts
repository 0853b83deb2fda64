/** Income parts against the income total, and money available against its uses (`balance`). */
import type { Discrepancy, Record } from '../../model/record.ts';
import { type Amount, amountOf, fig, firstOf } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { type SideComparison, compareSides } from '../tolerance.ts';
import { totalSpent } from './expense.ts';

/**
 * The income parts that are stated: 财政拨款 (or its three budgets) + 上级补助 + 事业 (or, in a hospital's own accounts,
 * its 医疗收入, which its 事业收入 holds: never both, which would count it twice) + 经营 + 附属单位上缴 + 其他.
 */
function incomePartKeys(r: Record): string[] {
  const fiscal = r.figures['income.fiscal'] ? ['income.fiscal'] : ['income.generalPublic', 'income.governmentFund', 'income.stateCapital'];
  const business = r.figures['income.business'] ? 'income.business' : 'income.medical';
  return [...fiscal, 'income.superior', business, 'income.operating', 'income.fromSubsidiaries', 'income.other'].filter((k) => fig(r, k));
}

/** The statement of `key` made in block `blockId`, if any. */
function statedIn(r: Record, key: string, blockId: string): Amount | undefined {
  const f = r.figures[key];
  if (!f) return undefined;
  if (f.evidence?.blockId === blockId) return amountOf(key, f);
  const m = (f.mentions ?? []).find((x) => x.evidence?.blockId === blockId);
  return m ? amountOf(key, m) : undefined;
}

/**
 * Σ income parts = income.total. Reports often list only some parts, so this fires only when at
 * least two parts are stated and either they exceed the total, or every part is stated in the
 * same block as the total (a complete enumeration, e.g. the rows of one table).
 */
export function sumIncome(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const keys = incomePartKeys(r);
  const f = r.figures['income.total'];
  const total = fig(r, 'income.total');
  if (!f || !total || keys.length < 2) return [];

  // a complete enumeration: all parts stated in a block where the total is stated
  const totalStatements = [f, ...(f.mentions ?? [])];
  for (const t of totalStatements) {
    const blockId = t.evidence?.blockId;
    const tot = amountOf('income.total', t);
    if (!blockId || !tot) continue;
    const parts = keys.map((k) => statedIn(r, k, blockId));
    if (parts.every((p) => p)) {
      const ps = parts as Amount[];
      const cmp = compareSides(ps, [tot]);
      if (!cmp?.fires) return [];
      return [build(ps, tot, cmp, ctx)];
    }
  }

  // otherwise only parts exceeding the total are a discrepancy
  const parts = keys.map((k) => fig(r, k) as Amount);
  const cmp = compareSides(parts, [total]);
  if (!cmp?.fires || cmp.sign >= 0) return [];
  return [build(parts, total, cmp, ctx)];
}

function build(parts: Amount[], total: Amount, cmp: SideComparison, ctx?: ReconcileContext): Discrepancy {
  const base = discrepancyBase(
    cmp,
    [...parts, total],
    {
      zh: `收入各项之和（${labels(parts)}）与${total.label}不符`,
      en: `income parts (${labelsEn(parts)}) do not add up to ${total.labelEn}`,
    },
    ctx,
  );
  return { rule: 'sum.income', ...base };
}

/**
 * Money available = its uses: (income.total, or income.budgeted) + income.carryIn + income.otherSources
 * (+ income.fromReserveFund, 用事业基金弥补收支差额, where stated) = (expense.total, or budget.executed) + carryover.end (+ expense.surplusDistribution, 结余分配,
 * where stated). Only when the year-end carry-over and an income side are stated.
 */
export function balance(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const income = firstOf(r, 'income.total', 'income.budgeted');
  const carryEnd = fig(r, 'carryover.end');
  const spent = totalSpent(r);
  if (!income || !carryEnd || !spent) return [];
  const carryIn = fig(r, 'income.carryIn');
  const grandTotal = fig(r, 'income.grandTotal');
  // 收入总计 already includes the carry-in: when the carry-in itself is not stated, it is the money available
  const available = (
    !carryIn && grandTotal ? [grandTotal] : [income, carryIn, fig(r, 'income.otherSources'), fig(r, 'income.fromReserveFund')]
  ).filter((a): a is Amount => a !== undefined);
  const uses = [spent, carryEnd, fig(r, 'expense.surplusDistribution')].filter((a): a is Amount => a !== undefined);
  const cmp = compareSides(available, uses);
  if (!cmp?.fires) return [];
  // with the carry-in unstated, uses above income may be paid from it: only a surplus is certain
  if (!carryIn && !grandTotal && cmp.sign > 0) return [];
  const base = discrepancyBase(
    cmp,
    [...available, ...uses],
    {
      zh: `资金来源（${labels(available)}）与资金使用（${labels(uses)}）不平衡`,
      en: `money available (${labelsEn(available)}) does not equal its uses (${labelsEn(uses)})`,
    },
    ctx,
  );
  return [{ rule: 'balance', ...base }];
}
