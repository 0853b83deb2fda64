/** Spending split two ways — by funding source and by nature — against the total spent. */
import type { Discrepancy, Record } from '../../model/record.ts';
import { type Amount, fig, firstOf } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { compareSides } from '../tolerance.ts';

/** The total spent: expense.total when stated, else budget.executed. */
export function totalSpent(r: Record): Amount | undefined {
  return firstOf(r, 'expense.total', 'budget.executed');
}

const SOURCE_KEYS = ['expense.generalPublic', 'expense.governmentFund', 'expense.stateCapital'];

/** 一般公共预算 + 政府性基金 + 国有资本经营 = total spent; only when all three are stated (0 counts). */
export function expenseBySource(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const parts = SOURCE_KEYS.map((k) => fig(r, k));
  const total = totalSpent(r);
  if (!total || parts.some((p) => !p)) return [];
  const ps = parts as Amount[];
  const cmp = compareSides(ps, [total]);
  if (!cmp?.fires) return [];
  const base = discrepancyBase(cmp, [...ps, total], {
    zh: `按资金来源分的支出之和（${labels(ps)}）与${total.label}不符`,
    en: `spending by funding source (${labelsEn(ps)}) does not add up to ${total.labelEn}`,
  }, ctx);
  return [{ rule: 'sum.expenseBySource', ...base }];
}

/** 基本支出 (or 人员经费 + 公用经费) + 项目支出 = total spent. */
export function expenseByNature(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const basic = fig(r, 'expense.basic');
  const personnel = fig(r, 'expense.personnel');
  const publicUse = fig(r, 'expense.publicUse');
  const basicSide = basic ? [basic] : personnel && publicUse ? [personnel, publicUse] : undefined;
  const project = fig(r, 'expense.project');
  const total = totalSpent(r);
  if (!basicSide || !project || !total) return [];
  const parts = [...basicSide, project];
  const cmp = compareSides(parts, [total]);
  if (!cmp?.fires) return [];
  const base = discrepancyBase(cmp, [...parts, total], {
    zh: `按支出性质分的支出之和（${labels(parts)}）与${total.label}不符`,
    en: `spending by nature (${labelsEn(parts)}) does not add up to ${total.labelEn}`,
  }, ctx);
  return [{ rule: 'sum.expenseByNature', ...base }];
}
