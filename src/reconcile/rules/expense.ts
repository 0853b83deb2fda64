/** Spending split two ways — by funding source and by nature — against the total spent (rules in sums.ts). */
import type { Discrepancy, Record } from '../../model/record.ts';
import type { ReconcileContext } from '../build.ts';
import { type Amount, firstOf } from '../amounts.ts';
import { SPENT, sumRules } from './sums.ts';

/** The total spent: expense.total when stated, else budget.executed. */
export function totalSpent(r: Record): Amount | undefined {
  return firstOf(r, ...SPENT);
}

/**
 * 一般公共预算 + 政府性基金 + 国有资本经营 = total spent, only when all three are stated (0 counts); else the form's
 * 按收入性质分 rows. One split by source, one discrepancy: the first rule that fires.
 */
export const expenseBySource = (r: Record, ctx?: ReconcileContext): Discrepancy[] => sumRules('sum.expenseBySource')(r, ctx).slice(0, 1);

/** 基本支出 (or 人员经费 + 公用经费) + 项目支出 = total spent. */
export const expenseByNature = sumRules('sum.expenseByNature');
