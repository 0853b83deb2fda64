/** Stated execution rates against executed / budget × 100: the department, the “三公” total and items, each task. */
import type { Discrepancy, Record, TaskLine } from '../../model/record.ts';
import { type Amount, amountOf, fig } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase } from '../build.ts';
import { compareRate } from '../tolerance.ts';

export interface RateSubject {
  /** What the rate is of: 'department', 'threePublic', 'threePublic.reception', … */
  subject: string;
  zh: string;
  en: string;
  rate: string;
  executed: string;
  budget: string;
}

export const THREE_PUBLIC_ITEMS = ['abroad', 'vehicle', 'vehiclePurchase', 'vehicleRunning', 'reception'] as const;

const ITEM_NAMES: { [item: string]: [string, string] } = {
  abroad: ['因公出国(境)费', 'official travel abroad'],
  vehicle: ['公务用车购置及运行维护费', 'official vehicles'],
  vehiclePurchase: ['公务用车购置费', 'vehicle purchase'],
  vehicleRunning: ['公务用车运行维护费', 'vehicle running'],
  reception: ['公务接待费', 'official reception'],
};

export const RATE_SUBJECTS: RateSubject[] = [
  { subject: 'department', zh: '部门预算执行率', en: 'department budget execution rate', rate: 'budget.executionRate', executed: 'budget.executed', budget: 'budget.total' },
  { subject: 'threePublic', zh: '“三公”经费完成预算比例', en: '"three public" completion rate', rate: 'threePublic.rate', executed: 'threePublic.total', budget: 'threePublic.budget' },
  ...THREE_PUBLIC_ITEMS.map((item) => ({
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
    const executed = fig(r, s.executed);
    const budget = fig(r, s.budget);
    if (!rate || !executed || !budget) continue;
    const cmp = compareRate(rate, executed, budget);
    if (!cmp?.fires) continue;
    const base = discrepancyBase(cmp, [executed, budget, rate], {
      zh: `${s.zh}与${executed.label} / ${budget.label}不符`,
      en: `the stated ${s.en} does not equal ${executed.labelEn} / ${budget.labelEn}`,
    }, ctx);
    out.push({ rule: 'rate.execution', subject: s.subject, ...base });
  }
  return out;
}

function taskAmount(t: TaskLine, field: 'budget' | 'executed' | 'rate'): Amount | undefined {
  const value = t[field];
  if (value === null || value === undefined) return undefined;
  const names: { [f: string]: [string, string] } = {
    budget: ['年度支出预算数', 'budget'],
    executed: ['预算完成数', 'executed'],
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
    const base = discrepancyBase(cmp, [executed, budget, rate], {
      zh: `任务“${t.name}”的执行率与预算完成数 / 年度支出预算数不符`,
      en: `the execution rate of task "${t.name}" does not equal executed / budget`,
    }, ctx, [t.name]);
    out.push({ rule: 'rate.task', task: t.name, ...base });
  }
  return out;
}
