/**
 * Reconciliation: the arithmetic a careful reader checks, each rule a small named pure function.
 * `reconcile` runs every single-document rule of RULES on one record; `reconcileChain` runs the
 * cross-document rule on a set of records.
 */
import type { Discrepancy, DiscrepancyRule, Record } from '../model/record.ts';
import type { ReconcileContext } from './build.ts';
import { breakdownSums } from './rules/breakdowns.ts';
import { carryoverChain } from './rules/chain.ts';
import { expenseByNature, expenseBySource } from './rules/expense.ts';
import { balance, sumIncome } from './rules/income.ts';
import { ocrLowConfidence } from './rules/ocr.ts';
import { amountSums, projectCounts } from './rules/parts.ts';
import { executionRates, taskRates } from './rules/rates.ts';
import { allotmentRepeats, repeats } from './rules/repeat.ts';

export type { ReconcileContext } from './build.ts';

interface RuleEntry {
  rule: DiscrepancyRule;
  check: (r: Record, ctx: ReconcileContext) => Discrepancy[];
}

const RULES: RuleEntry[] = [
  { rule: 'sum.expenseBySource', check: expenseBySource },
  { rule: 'sum.expenseByNature', check: expenseByNature },
  { rule: 'sum.income', check: sumIncome },
  { rule: 'balance', check: balance },
  { rule: 'rate.execution', check: executionRates },
  { rule: 'rate.task', check: taskRates },
  { rule: 'sum.count', check: projectCounts },
  { rule: 'sum.amount', check: amountSums },
  { rule: 'sum.amount', check: breakdownSums },
  { rule: 'repeat.mismatch', check: repeats },
  { rule: 'repeat.mismatch', check: allotmentRepeats },
  { rule: 'ocr.lowConfidence', check: ocrLowConfidence },
];

/** Every single-document discrepancy of `record`, in the order of RULES. */
export function reconcile(record: Record, ctx: ReconcileContext = {}): Discrepancy[] {
  return RULES.flatMap(({ check }) => check(record, ctx));
}

/** Discrepancies across documents (carryover.chain); each names the year-N record in `previous`. */
export function reconcileChain(records: Record[]): Discrepancy[] {
  return carryoverChain(records);
}
