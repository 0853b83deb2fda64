/**
 * Totals against their itemised parts: self-evaluated project counts and amounts by fund type here;
 * 基本支出 = 人员经费 + 公用经费 and the “三公” total (and its budget) = the three items are rules in sums.ts.
 */
import type { Discrepancy, Record } from '../../model/record.ts';
import { type Amount, fig } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { compareSides } from '../tolerance.ts';
import { sumRules } from './sums.ts';

const PROJECT_CATEGORIES = ['generalPublic', 'governmentFund', 'stateCapital', 'carryover', 'other'] as const;
/** The grades projects are counted by (extract/counts.ts GRADE_CATEGORIES). */
const GRADES = ['excellent', 'good', 'fair', 'pass', 'fail', 'poor'] as const;

function present(r: Record, keys: string[]): Amount[] {
  return keys.map((k) => fig(r, k)).filter((a): a is Amount => a !== undefined);
}

/** total vs Σ parts, as a discrepancy of `rule` with `subject`, or nothing. */
function check(
  rule: 'sum.count' | 'sum.amount',
  subject: string,
  parts: Amount[],
  total: Amount | undefined,
  ctx: ReconcileContext | undefined,
): Discrepancy[] {
  if (!total || parts.length === 0) return [];
  const cmp = compareSides(parts, [total]);
  if (!cmp?.fires) return [];
  const base = discrepancyBase(
    cmp,
    [...parts, total],
    {
      zh: `${labels(parts)}之和与${total.label}不符`,
      en: `${labelsEn(parts)} do not add up to ${total.labelEn}`,
    },
    ctx,
  );
  return [{ rule, subject, ...base }];
}

/**
 * sum.count: eval.projects.count = Σ eval.projects.<category>.count. At least two categories must be
 * stated: "共63个，其中42个一般公共预算项目" names one part and leaves the rest unsaid, which is no error. And
 * eval.projects.graded.count = Σ eval.projects.grade.<grade>.count (优的3个、良的3个、中的2个 of 7 projects evaluated).
 */
export function projectCounts(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const parts = present(
    r,
    PROJECT_CATEGORIES.map((c) => `eval.projects.${c}.count`),
  );
  const byFund = parts.length < 2 ? [] : check('sum.count', 'eval.projects.count', parts, fig(r, 'eval.projects.count'), ctx);
  // the projects an evaluation graded, counted by grade: each has one grade, so the grades' counts are the whole
  const graded = present(
    r,
    GRADES.map((g) => `eval.projects.grade.${g}.count`),
  );
  const total = fig(r, 'eval.projects.graded.count');
  // (grades' counts short of the projects graded leave some grade unsaid, "优的5个、良的6个" of 12, which is no error, unless
  // the list went down to the scale's lowest grade, 差 / 不合格; counts beyond the projects graded are one always)
  const sum = graded.reduce((a, g) => a + Number(g.value), 0);
  const toLowest = !!fig(r, 'eval.projects.grade.poor.count') || !!fig(r, 'eval.projects.grade.fail.count');
  const byGrade =
    graded.length < 2 || !total || (sum < Number(total.value) && !toLowest)
      ? []
      : check('sum.count', 'eval.projects.graded.count', graded, total, ctx);
  return [...byFund, ...byGrade];
}

/** sum.amount: project amounts by category, then the itemised sums of SUM_RULES (基本支出, the “三公” total and budget). */
export function amountSums(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  const projectParts = present(
    r,
    PROJECT_CATEGORIES.map((c) => `eval.projects.${c}.amount`),
  );
  if (projectParts.length >= 2) out.push(...check('sum.amount', 'eval.projects.amount', projectParts, fig(r, 'eval.projects.amount'), ctx));
  // the money of the projects graded, by grade (read only where every grade of the run states it: the grades are the whole)
  const gradedParts = present(
    r,
    GRADES.map((g) => `eval.projects.grade.${g}.amount`),
  );
  if (gradedParts.length >= 2)
    out.push(...check('sum.amount', 'eval.projects.graded.amount', gradedParts, fig(r, 'eval.projects.graded.amount'), ctx));
  out.push(...sumRules('sum.amount')(r, ctx));
  return out;
}
