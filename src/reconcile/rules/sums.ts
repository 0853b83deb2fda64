/**
 * Sum rules as data, run by one engine: a total and its parts, each part one of several ways of
 * stating it ("基本支出", or "人员经费 + 公用经费"). A rule fires only when its total and every part are
 * stated and they differ beyond the rounding of the stated precision.
 */
import type { Discrepancy, Record } from '../../model/record.ts';
import { type Amount, fig, firstOf } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { compareSides } from '../tolerance.ts';

export interface SumRule {
  id: 'sum.expenseBySource' | 'sum.expenseByNature' | 'sum.amount';
  /** For sum.amount, the total's key names what is summed (the discrepancy's subject). */
  subject?: string;
  /** The total: the first of these keys that is stated. */
  total: string[];
  /** Each part: one of several alternatives, each a set of keys that must all be stated. */
  parts: string[][][];
  /** Parts that only some reports have, added where stated (a public institution's 经营支出 beside 基本 and 项目). */
  optional?: string[];
  /**
   * Money from outside the parts, where stated above zero, pays for some of the total: the parts may then fall
   * short of it, and only parts above it are a discrepancy. (Spending by fiscal line leaves out what a unit's
   * 事业收入, 其他收入 or carry-in paid for: "本年支出合计1250.4万元" with 一般公共预算财政拨款支出1150.4万元, 0, 0 and
   * 事业收入80万元, 其他收入20万元.)
   */
  outsideParts?: string[];
  /**
   * Only parts above the total are a discrepancy: parts read from rows a copy may have lost one of (a form's row whose
   * amount went astray reads as blank), so parts short of the total may be a row unread rather than a slip.
   */
  onlyAbove?: true;
  /**
   * Parts stated above the total are a discrepancy even where another part is not stated: the parts are shares of the
   * total, never negative, so the ones stated already say it is too small ("“三公”经费1.71万元" with 公务用车2.18万元 and
   * 公务接待0.53万元, 因公出国 unstated; "基本支出164.03万元" of a spending of 157.71万元, 项目支出 unstated).
   */
  aboveWhenPartial?: true;
  /**
   * The parts split the rule's own total only: stated under another ("部门预算1500万元,其中:人员经费700万元,公用经费100万元,
   * 城乡低保500万元…", the basic spending's split under the whole budget), they may fall short of it by money of other kinds,
   * and only parts above it are a discrepancy. (The split by nature, 基本 + 项目, is the whole of any total it is stated under.)
   */
  splitsOwnTotalOnly?: true;
  /** What the parts are, for the message ("按资金来源分的支出之和"); the default names the parts. */
  zh?: string;
  en?: string;
}

/** The total spent: expense.total when stated, else budget.executed. */
export const SPENT = ['expense.total', 'budget.executed'];

/** The “三公” vehicle costs, stated as one sum or as purchase + running. */
const vehicles = (suffix: string) => [
  [`threePublic.vehicle${suffix}`],
  [`threePublic.vehiclePurchase${suffix}`, `threePublic.vehicleRunning${suffix}`],
];
const threePublic = (suffix: string): string[][][] => [
  [[`threePublic.abroad${suffix}`]],
  vehicles(suffix),
  [[`threePublic.reception${suffix}`]],
];

export const SUM_RULES: SumRule[] = [
  {
    id: 'sum.expenseBySource',
    total: SPENT,
    parts: [[['expense.generalPublic']], [['expense.governmentFund']], [['expense.stateCapital']]],
    outsideParts: [
      'income.superior',
      'income.business',
      'income.operating',
      'income.fromSubsidiaries',
      'income.other',
      'income.otherSources',
      'income.carryIn',
    ],
    zh: '按资金来源分的支出之和',
    en: 'spending by funding source',
  },
  // the department-overall form's 按收入性质分 rows against the year's spending ("一般公共预算:1873.66万元 … 其他资金:2880万元"
  // beside 全年执行数3824.26): a form names every source, a blank row none, so they are the whole (only where the funding
  // lines above are not stated: one split by source is checked once)
  {
    id: 'sum.expenseBySource',
    total: SPENT,
    parts: [[['fundsBySource.generalPublic']]],
    optional: ['fundsBySource.governmentFund', 'fundsBySource.nonTax', 'fundsBySource.other'],
    onlyAbove: true,
    zh: '按收入性质分的资金之和',
    en: 'funds by source',
  },
  // a project form's funding rows (其中:当年财政拨款 / 上年结转资金 / 其他资金) against its 年度资金总额's spending: rows
  // left blank are none, so only parts above the total are a slip (a total row of zeros over a funding row that spent 89.974)
  {
    id: 'sum.expenseBySource',
    total: SPENT,
    parts: [[['projectFunds.fiscal']]],
    optional: ['projectFunds.carryIn', 'projectFunds.other'],
    onlyAbove: true,
    zh: '项目资金按来源分的执行数之和',
    en: 'project funds spent by source',
  },
  {
    id: 'sum.expenseByNature',
    total: SPENT,
    parts: [[['expense.basic'], ['expense.personnel', 'expense.publicUse']], [['expense.project']]],
    optional: ['expense.toSuperior', 'expense.operating', 'expense.toSubsidiaries'],
    aboveWhenPartial: true,
    zh: '按支出性质分的支出之和',
    en: 'spending by nature',
  },
  {
    id: 'sum.amount',
    subject: 'expense.basic',
    total: ['expense.basic'],
    parts: [[['expense.personnel']], [['expense.publicUse']]],
    aboveWhenPartial: true,
    splitsOwnTotalOnly: true,
  },
  { id: 'sum.amount', subject: 'threePublic.total', total: ['threePublic.total'], parts: threePublic(''), aboveWhenPartial: true },
  { id: 'sum.amount', subject: 'threePublic.budget', total: ['threePublic.budget'], parts: threePublic('.budget'), aboveWhenPartial: true },
];

/**
 * The parts of `rule` as stated in `r` (the first complete alternative of each), or undefined; with `partial`, the
 * parts that are stated, a part none of whose alternatives is complete left out.
 */
function statedParts(r: Record, rule: Pick<SumRule, 'parts' | 'optional'>, partial = false): Amount[] | undefined {
  const out: Amount[] = [];
  for (const alternatives of rule.parts) {
    const found = alternatives.map((keys) => keys.map((k) => fig(r, k))).find((amounts) => amounts.every((a) => a));
    if (!found && partial) continue;
    if (!found) return undefined;
    out.push(...(found as Amount[]));
  }
  for (const key of rule.optional ?? []) {
    const amount = fig(r, key);
    if (amount) out.push(amount);
  }
  return out;
}

/**
 * The total every part is stated as a split of (Mention.partOf), when the report states it: parts
 * of the budget ("预算总金额…,其中基本支出…") or of one funding line's basic spending add up to that.
 */
function statedAsPartsOf(r: Record, parts: Amount[] | undefined): Amount | undefined {
  const of = new Set(parts?.map((p) => r.figures[p.key]?.partOf));
  const [key] = of;
  return of.size === 1 && key ? fig(r, key) : undefined;
}

export function runSumRule(rule: SumRule, r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const whole = statedParts(r, rule);
  const parts = whole ?? (rule.aboveWhenPartial ? statedParts(r, rule, true) : undefined);
  const statedAs = statedAsPartsOf(r, parts);
  const total = statedAs ?? firstOf(r, ...rule.total);
  if (!total || !parts?.length) return [];
  const cmp = compareSides(parts, [total]);
  if (!cmp?.fires) return [];
  // some parts unstated: only the stated ones coming to more than the total are certain
  if (!whole && cmp.sign > 0) return [];
  // (parts that split their own total only, stated under another: SumRule.splitsOwnTotalOnly)
  // (one funding line's own, expense.basic.generalPublic, is the rule's total too)
  const ownTotal = (key: string) => rule.total.some((t) => key === t || key.startsWith(`${t}.`));
  if (rule.splitsOwnTotalOnly && statedAs && !ownTotal(statedAs.key) && cmp.sign > 0) return [];
  if (cmp.sign > 0 && (rule.outsideParts ?? []).some((k) => fig(r, k)?.base.greaterThan(0))) return [];
  if (cmp.sign > 0 && rule.onlyAbove) return [];
  const base = discrepancyBase(
    cmp,
    [...parts, total],
    {
      zh: rule.zh ? `${rule.zh}（${labels(parts)}）与${total.label}不符` : `${labels(parts)}之和与${total.label}不符`,
      en: rule.en
        ? `${rule.en} (${labelsEn(parts)}) does not add up to ${total.labelEn}`
        : `${labelsEn(parts)} do not add up to ${total.labelEn}`,
    },
    ctx,
  );
  if (rule.id === 'sum.amount') return [{ rule: 'sum.amount', subject: rule.subject ?? rule.total[0], ...base }];
  return [{ rule: rule.id, ...base }];
}

/** Every sum rule with the given id, in the order of SUM_RULES. */
export function sumRules(id: SumRule['id']): (r: Record, ctx?: ReconcileContext) => Discrepancy[] {
  return (r, ctx) => SUM_RULES.filter((rule) => rule.id === id).flatMap((rule) => runSumRule(rule, r, ctx));
}
