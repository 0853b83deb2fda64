/** Stated execution rates against executed / budget × 100: the department, the “三公” total and items, each task. */
import type { Discrepancy, Record, TaskLine } from '../../model/record.ts';
import { type Amount, amountOf, fig, firstOf, scaleOf } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase } from '../build.ts';
import { compareRate } from '../tolerance.ts';

interface RateSubject {
  /** What the rate is of: 'department', 'threePublic', 'threePublic.reception', … */
  subject: string;
  zh: string;
  en: string;
  rate: string;
  /** The spending: the first of these keys that is stated. */
  executed: string | string[];
  budget: string;
  /**
   * What some reports state the rate of instead of the budget: the initial budget (年初预算 against 调整后预算), the money
   * available (the budget and the carry-in, 可用资金).
   */
  otherBases?: string[];
  /**
   * 决算数超出预算数 ("决算数大于预算数55.93万元"): where the budget itself is not stated, it is
   * the spending less this, and the stated rate is checked against that.
   */
  overrun?: string;
}

const THREE_PUBLIC_ITEM_KEYS = ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleRunning', 'reception'] as const;

const ITEM_NAMES: { [item: string]: [string, string] } = {
  abroad: ['因公出国(境)费', 'official travel abroad'],
  vehicle: ['公务用车购置及运行维护费', 'official vehicles'],
  vehiclePurchase: ['公务用车购置费', 'vehicle purchase'],
  vehicleRunning: ['公务用车运行维护费', 'vehicle running'],
  reception: ['公务接待费', 'official reception'],
};

const RATE_SUBJECTS: RateSubject[] = [
  {
    subject: 'department',
    zh: '部门预算执行率',
    en: 'department budget execution rate',
    rate: 'budget.executionRate',
    executed: 'budget.executed',
    budget: 'budget.total',
    otherBases: ['budget.initial', 'budget.available'],
    overrun: 'budget.overrun',
  },
  // a funding line's own rate ("一般公共预算财政拨款支出…完成年初预算100%"), LABELS.md convention 2
  {
    subject: 'generalPublic',
    zh: '一般公共预算财政拨款完成预算比例',
    en: 'general public budget completion rate',
    rate: 'budget.executionRate.generalPublic',
    executed: ['budget.executed.generalPublic', 'expense.generalPublic'],
    budget: 'budget.total.generalPublic',
    overrun: 'budget.overrun.generalPublic',
  },
  {
    subject: 'threePublic',
    zh: '“三公”经费完成预算比例',
    en: '"three public" completion rate',
    rate: 'threePublic.rate',
    executed: 'threePublic.total',
    budget: 'threePublic.budget',
  },
  ...THREE_PUBLIC_ITEM_KEYS.map((item) => ({
    subject: `threePublic.${item}`,
    zh: `${ITEM_NAMES[item][0]}完成预算比例`,
    en: `${ITEM_NAMES[item][1]} completion rate`,
    rate: `threePublic.${item}.rate`,
    executed: `threePublic.${item}`,
    budget: `threePublic.${item}.budget`,
  })),
];

/** rate.execution: each subject with a stated rate, executed and non-zero budget. */
export function executionRates(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const s of RATE_SUBJECTS) {
    const rate = fig(r, s.rate);
    const executed = firstOf(r, ...[s.executed].flat());
    const budget = fig(r, s.budget) ?? (executed && s.overrun ? budgetBeforeOverrun(executed, fig(r, s.overrun)) : undefined);
    if (!rate || !executed || !budget) continue;
    const cmp = compareRate(rate, executed, budget);
    if (!cmp?.fires) continue;
    // "年初预算100万元,全年预算120万元,执行数110万元,执行率110%" (the initial budget's), "…结转15万元,可用资金315万元;全年
    // 支出299.25万元,执行率95%" (the money available's): the rate of another base the report states, as stated
    const ofOtherBase = (key: string) => {
      const other = fig(r, key);
      return !!other && compareRate(rate, executed, other)?.fires === false;
    };
    if (s.otherBases?.some(ofOtherBase)) continue;
    const base = discrepancyBase(
      cmp,
      [executed, budget, rate],
      {
        zh: `${s.zh}与${executed.label} / ${budget.label}不符`,
        en: `the stated ${s.en} does not equal ${executed.labelEn} / ${budget.labelEn}`,
      },
      ctx,
    );
    out.push({ rule: 'rate.execution', subject: s.subject, ...base });
  }
  return out;
}

/** The budget a spending and its stated overrun imply: 1741.75 − 55.93 = 1685.82 (exact, in the spending's unit). */
function budgetBeforeOverrun(executed: Amount, overrun: Amount | undefined): Amount | undefined {
  if (!overrun || overrun.kind !== 'money' || executed.kind !== 'money') return undefined;
  const value = executed.base.minus(overrun.base).div(scaleOf(executed.unit)).toFixed();
  return amountOf(
    'budget.total',
    { value, unit: executed.unit, evidence: overrun.evidence },
    '预算数(决算数 − 超出数)',
    'budget (spending − overrun)',
  );
}

function taskAmount(t: TaskLine, field: 'budget' | 'executed' | 'rate'): Amount | undefined {
  const value = t[field];
  if (value === null || value === undefined) return undefined;
  // (the words every task table heads its columns with, whatever the report's own: 年度支出预算数, 全年预算 …)
  const names: { [f: string]: [string, string] } = {
    budget: ['预算数', 'budget'],
    executed: ['执行数', 'executed'],
    rate: ['执行率', 'execution rate'],
  };
  const unit = field === 'rate' ? '%' : t.unit;
  return amountOf(`task.${field}`, { value, unit, evidence: t.evidence }, `${t.name}${names[field][0]}`, `${t.name}: ${names[field][1]}`);
}

/** rate.task: each task line with budget, executed and rate. */
export function taskRates(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const t of r.tasks ?? []) {
    const budget = taskAmount(t, 'budget');
    const executed = taskAmount(t, 'executed');
    const rate = taskAmount(t, 'rate');
    if (!budget || !executed || !rate) continue;
    const cmp = compareRate(rate, executed, budget);
    if (!cmp?.fires) continue;
    // a task's rate of its initial budget (年初预算 beside the adjusted one), as stated
    const initial = t.initialBudget ? amountOf('task.budget', { value: t.initialBudget, unit: t.unit }) : undefined;
    if (initial && compareRate(rate, executed, initial)?.fires === false) continue;
    const base = discrepancyBase(
      cmp,
      [executed, budget, rate],
      {
        zh: `任务“${t.name}”的执行率与执行数 / 预算数不符`,
        en: `the execution rate of task "${t.name}" does not equal executed / budget`,
      },
      ctx,
      [t.name],
    );
    out.push({ rule: 'rate.task', task: t.name, ...base });
  }
  return out;
}
