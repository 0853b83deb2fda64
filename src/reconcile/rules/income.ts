/** Income parts against the income total, and money available against its uses (`balance`). */
import type { Discrepancy, Record } from '../../model/record.ts';
import { type Amount, amountOf, fig, firstOf } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { type SideComparison, compareSides } from '../tolerance.ts';
import { totalSpent } from './expense.ts';

const FISCAL_BY_BUDGET = ['income.generalPublic', 'income.governmentFund', 'income.stateCapital'];
/** Money available beside the year's income, which a report's list of income parts may name among them: the carry-in, the reserve used. */
const BESIDE_INCOME = ['income.carryIn', 'income.fromReserveFund'];

/**
 * The parts beside 财政拨款: 上级补助 + 事业 (or, in a hospital's own accounts, its 医疗收入, which its 事业收入 holds:
 * never both, which would count it twice) + 经营 + 附属单位上缴 + 其他.
 */
function otherIncomeParts(r: Record): string[] {
  const business = fig(r, 'income.business') ? 'income.business' : 'income.medical';
  return ['income.superior', business, 'income.operating', 'income.fromSubsidiaries', 'income.other'];
}

/**
 * The ways the income parts are stated, each with at least two parts: 财政拨款 as one amount, or as its three
 * budgets, each + the other parts. Both where both are stated: a 财政拨款收入总计 may hold the fiscal carry-in
 * ("财政拨款收入总计1443.26万元" beside "一般公共预算财政拨款收入1400.16万元"), while the year's income lists the
 * budgets' own.
 */
function incomePartSets(r: Record): string[][] {
  const stated = (keys: string[]) => keys.filter((k) => fig(r, k));
  const others = otherIncomeParts(r);
  const fiscalStated = !!fig(r, 'income.fiscal');
  const asOne = fiscalStated ? stated(['income.fiscal', ...others]) : [];
  const byBudget = stated([...FISCAL_BY_BUDGET, ...others]);
  const budgetsStated = byBudget.some((k) => FISCAL_BY_BUDGET.includes(k));
  // the appropriation, one amount or by budget, is among the parts: without it the parts read are what is left beside
  // a part unread ("其中:财政拨款17,229,526.68万元;事业收入…" with 财政拨款 alone read as no income part), never the whole
  return [asOne, budgetsStated ? byBudget : []].filter((keys) => keys.length >= 2);
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
  const sets = incomePartSets(r);
  const f = r.figures['income.total'];
  const total = fig(r, 'income.total');
  if (!f || !total || !sets.length) return [];

  // a complete enumeration: all parts (of one way of stating them) stated in a block where the total is stated
  const totalStatements = [f, ...(f.mentions ?? [])];
  for (const t of totalStatements) {
    const blockId = t.evidence?.blockId;
    const tot = amountOf('income.total', t);
    if (!blockId || !tot) continue;
    for (const keys of sets) {
      const parts = keys.map((k) => statedIn(r, k, blockId));
      if (parts.every((p) => p)) {
        const ps = parts as Amount[];
        const cmp = compareSides(ps, [tot]);
        if (!cmp?.fires) return [];
        // the list names the carry-in or the reserve used among its parts ("本年收入1,000万元,其中:财政拨款收入800万元,事业收入
        // 100万元,年初结转和结余100万元"): the total is the money available, loosely named, and its arithmetic holds
        const listedBeside = BESIDE_INCOME.map((k) => statedIn(r, k, blockId)).filter((a): a is Amount => a !== undefined);
        if (listedBeside.length && !compareSides([...ps, ...listedBeside], [tot])?.fires) return [];
        return [build(ps, tot, cmp, ctx)];
      }
    }
  }

  // otherwise only parts exceeding the total are a discrepancy, however they are stated
  const exceeding = sets.map((keys) => {
    const parts = keys.map((k) => fig(r, k) as Amount);
    const cmp = compareSides(parts, [total]);
    return cmp?.fires && cmp.sign < 0 ? { parts, cmp } : undefined;
  });
  const [first] = exceeding;
  if (!first || exceeding.some((x) => !x)) return [];
  return [build(first.parts, total, first.cmp, ctx)];
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
  // the account's own two totals are set against each other only where the parts above gave no answer
  return partsBalance(r, ctx) ?? grandTotals(r, ctx);
}

/** The balance of the parts (see balance); null where they are not stated or give no discrepancy. */
function partsBalance(r: Record, ctx?: ReconcileContext): Discrepancy[] | null {
  const income = firstOf(r, 'income.total', 'income.budgeted');
  const carryEnd = fig(r, 'carryover.end');
  const spent = totalSpent(r);
  if (!income || !carryEnd || !spent) return null;
  const carryIn = fig(r, 'income.carryIn');
  const grandTotal = fig(r, 'income.grandTotal');
  // 收入总计 already includes the carry-in: when the carry-in itself is not stated, it is the money available
  const available = (!carryIn && grandTotal ? [grandTotal] : [income, carryIn, otherSources(r), fig(r, 'income.fromReserveFund')]).filter(
    (a): a is Amount => a !== undefined,
  );
  const uses = [spent, carryEnd, fig(r, 'expense.surplusDistribution')].filter((a): a is Amount => a !== undefined);
  const cmp = compareSides(available, uses);
  if (!cmp?.fires) return null;
  // with the carry-in unstated, uses above income may be paid from it: only a surplus is certain
  if (!carryIn && !grandTotal && cmp.sign > 0) return null;
  return [unbalanced(cmp, available, uses, ctx)];
}

/**
 * The other funding sources outside the year's income, unless they are the year's 其他收入 stated again: "全年预算数2903.60万元
 * (其中:财政资金2769.38万元,其他资金134.22万元)" beside "其他收入134.22万元" names money 本年收入合计 already holds, and counted
 * twice it would unbalance an account that balances.
 */
function otherSources(r: Record): Amount | undefined {
  const other = fig(r, 'income.otherSources');
  const otherIncome = fig(r, 'income.other');
  return other && otherIncome && other.base.equals(otherIncome.base) ? undefined : other;
}

/** Money available against its uses where they differ: the `balance` discrepancy. */
function unbalanced(cmp: SideComparison, available: Amount[], uses: Amount[], ctx?: ReconcileContext): Discrepancy {
  const base = discrepancyBase(
    cmp,
    [...available, ...uses],
    {
      zh: `资金来源（${labels(available)}）与资金使用（${labels(uses)}）不平衡`,
      en: `money available (${labelsEn(available)}) does not equal its uses (${labelsEn(uses)})`,
    },
    ctx,
  );
  return { rule: 'balance', ...base };
}

/** The reports whose 收入总计 and 支出总计 are an account's two sides: final accounts and budget documents. */
const ACCOUNT_KINDS = new Set<Record['kind']>(['final-accounts', 'other']);

/**
 * The money available against its uses as the account totals them: 收入总计 (income.grandTotal, the carry-in included)
 * = 支出总计 (expense.grandTotal, the year-end carry-over included), equal by construction ("收、支总计各是4125.49,
 * 4143.91万元" is an account that does not balance). Only where both are stated.
 */
function grandTotals(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  // (an account's or a budget's totals; a self-evaluation's prose says 收入总计 / 支出总计 loosely, the balance left aside)
  if (!ACCOUNT_KINDS.has(r.kind)) return [];
  const available = fig(r, 'income.grandTotal');
  const uses = fig(r, 'expense.grandTotal');
  if (!available || !uses) return [];
  const cmp = compareSides([available], [uses]);
  return cmp?.fires ? [unbalanced(cmp, [available], [uses], ctx)] : [];
}
