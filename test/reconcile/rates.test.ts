import { describe, expect, it } from 'vitest';
import { executionRates, taskRates } from '../../src/reconcile/rules/rates.ts';
import { rec, task, valid } from './helpers.ts';

describe('rate.execution', () => {
  it('flags a department rate that is not executed / budget (93.90% stated as 93%)', () => {
    const r = rec({ 'budget.total': '7143.45 万元', 'budget.executed': '6708 万元', 'budget.executionRate': '93 %' });
    const [d, ...more] = valid(executionRates(r));
    expect(more).toEqual([]);
    expect(d.rule === 'rate.execution' && d.subject).toBe('department');
    expect(d.arithmetic).toBe('6708 / 7143.45 = 93.90% ≠ 93%');
    expect(d.expected).toBe('93.90');
    expect(d.actual).toBe('93');
    expect(d.unit).toBe('%');
    expect(d.tolerance).toBe('0.5');
    expect(d.severity).toBe('warning'); // off by 0.90 point
  });

  it('admits the rounding of the stated precision and nothing more', () => {
    const at = (budget: string, executed: string, rate: string) =>
      executionRates(rec({ 'budget.total': `${budget} 万元`, 'budget.executed': `${executed} 万元`, 'budget.executionRate': `${rate} %` }));
    expect(at('325.29', '323.19', '99.35')).toEqual([]); // 99.354…
    expect(at('200', '185', '93')).toEqual([]); // exactly 92.5: the edge is admitted
    expect(at('200', '187', '93')).toEqual([]); // exactly 93.5
    expect(at('10000', '9351', '93')).toHaveLength(1); // 93.51
    expect(at('10000', '9936', '99.35')).toHaveLength(1); // 99.36
  });

  it('admits the rounding of amounts stated with decimals: 19.28 of 48.67 may be 39.63%', () => {
    const at = (budget: string, executed: string, rate: string) =>
      executionRates(rec({ 'budget.total': `${budget} 亿元`, 'budget.executed': `${executed} 亿元`, 'budget.executionRate': `${rate} %` }));
    expect(at('48.67', '19.28', '39.62')).toEqual([]); // 39.614…, but 19.285 / 48.665 = 39.628…
    expect(at('75.20', '45.76', '60.8')).toEqual([]); // 60.851…, but 45.755 / 75.205 = 60.840…
    // refused: beyond the amounts' rounding too (19.275 / 48.675 = 39.599… to 39.628…)
    expect(at('48.67', '19.28', '39.64')).toHaveLength(1);
    // refused: whole amounts are allotments, exact (0.53 / 1 = 53%, not 47%)
    expect(
      executionRates(rec({ 'threePublic.total': '0.53 万元', 'threePublic.budget': '1 万元', 'threePublic.rate': '47 %' })),
    ).toHaveLength(1);
  });

  it('checks the “三公” total and each item, with the subject', () => {
    const r = rec({
      'threePublic.total': '1.71 万元',
      'threePublic.budget': '3 万元',
      'threePublic.rate': '43 %',
      'threePublic.reception': '0.53 万元',
      'threePublic.reception.budget': '1 万元',
      'threePublic.reception.rate': '47 %',
      'threePublic.vehicle': '1.18 万元',
      'threePublic.vehicle.budget': '2 万元',
      'threePublic.vehicle.rate': '59 %',
    });
    const ds = valid(executionRates(r));
    expect(ds.map((d) => (d.rule === 'rate.execution' ? d.subject : ''))).toEqual(['threePublic', 'threePublic.reception']);
    expect(ds.map((d) => d.arithmetic)).toEqual(['1.71 / 3 = 57.00% ≠ 43%', '0.53 / 1 = 53.00% ≠ 47%']);
    expect(ds.every((d) => d.severity === 'error')).toBe(true);
  });

  it('skips a zero or missing budget, a missing executed or rate', () => {
    expect(executionRates(rec({ 'budget.total': '0 万元', 'budget.executed': '5 万元', 'budget.executionRate': '93 %' }))).toEqual([]);
    expect(executionRates(rec({ 'budget.executed': '6708 万元', 'budget.executionRate': '93 %' }))).toEqual([]);
    expect(executionRates(rec({ 'budget.total': '7143.45 万元', 'budget.executionRate': '93 %' }))).toEqual([]);
    expect(executionRates(rec({ 'budget.total': '7143.45 万元', 'budget.executed': '6708 万元' }))).toEqual([]);
  });

  it('divides amounts in different units exactly', () => {
    const r = rec({ 'budget.total': '1 亿元', 'budget.executed': '9000 万元', 'budget.executionRate': '80 %' });
    expect(executionRates(r)[0].arithmetic).toBe('0.9 / 1 = 90.00% ≠ 80%');
  });
});

describe('a rate stated of the initial budget', () => {
  it('is not flagged when it is executed / 年初预算 (the report chose that budget); any other rate still is', () => {
    const figures = { 'budget.initial': '100 万元', 'budget.total': '120 万元', 'budget.executed': '110 万元' };
    expect(executionRates(rec({ ...figures, 'budget.executionRate': '110 %' }))).toEqual([]);
    expect(valid(executionRates(rec({ ...figures, 'budget.executionRate': '95 %' })))[0].arithmetic).toBe('110 / 120 = 91.67% ≠ 95%');
  });

  it('holds for a task with its 年初预算 beside the adjusted budget', () => {
    const t = { ...task('党建工作', '120', '110', '110'), initialBudget: '100' };
    expect(taskRates(rec({}, { tasks: [t] }))).toEqual([]);
    expect(valid(taskRates(rec({}, { tasks: [{ ...t, rate: '95' }] })))).toHaveLength(1);
  });
});

describe('a rate stated of the money available', () => {
  it('is not flagged when it is executed / 可用资金 (the budget and the carry-in); any other rate still is', () => {
    const figures = { 'budget.total': '300 万元', 'budget.available': '315 万元', 'budget.executed': '299.25 万元' };
    expect(executionRates(rec({ ...figures, 'budget.executionRate': '95 %' }))).toEqual([]);
    expect(executionRates(rec({ ...figures, 'budget.executionRate': '99.75 %' }))).toEqual([]);
    expect(valid(executionRates(rec({ ...figures, 'budget.executionRate': '90 %' })))[0].arithmetic).toBe('299.25 / 300 = 99.75% ≠ 90%');
  });
});

describe('rate.task', () => {
  it('flags a task whose rate is not executed / budget', () => {
    const r = rec({}, { tasks: [task('党建工作', '325.29', '323.19', '98.35'), task('民生服务', '171.85', '169.18', '98.45')] });
    const [d, ...more] = valid(taskRates(r));
    expect(more).toEqual([]);
    expect(d.rule === 'rate.task' && d.task).toBe('党建工作');
    expect(d.arithmetic).toBe('323.19 / 325.29 = 99.354% ≠ 98.35%');
    expect(d.severity).toBe('error'); // off by 1.004 points
    expect(d.figures.map((f) => f.label)).toEqual(['党建工作执行数', '党建工作预算数', '党建工作执行率']);
  });

  it('does not fire on the seed tasks (rounded to the stated precision)', () => {
    const r = rec(
      {},
      {
        tasks: [
          task('党建工作', '325.29', '323.19', '99.35'),
          task('全力搞好民生服务', '171.85', '169.18', '98.45'),
          task('居委会、经济联社等运营管理', '126.84', '126.84', '100'),
          task('深化城市环境卫生建设', '1032.43', '781.59', '75.7'),
        ],
      },
    );
    expect(taskRates(r)).toEqual([]);
  });

  it('does not fire when a task lacks its budget, executed or rate, or has a zero budget', () => {
    const r = rec(
      {},
      {
        tasks: [task('a', null, '1', '50'), task('b', '2', null, '50'), task('c', '2', '1', null), task('d', '0', '1', '50')],
      },
    );
    expect(taskRates(r)).toEqual([]);
  });
});

describe('rate.execution against a budget implied by a stated overrun', () => {
  it("checks a funding line's rate against spending less the stated overrun (C-007)", () => {
    const r = rec({
      'expense.generalPublic': '1741.75 万元',
      'budget.executionRate.generalPublic': '100 %',
      'budget.overrun.generalPublic': '55.93 万元',
    });
    const [d, ...more] = valid(executionRates(r));
    expect(more).toEqual([]);
    expect(d.arithmetic).toBe('1741.75 / 1685.82 = 103.32% ≠ 100%');
  });
  it('is silent when the overrun and the rate agree', () => {
    expect(executionRates(rec({ 'budget.executed': '95 万元', 'budget.executionRate': '95 %', 'budget.overrun': '-5 万元' }))).toEqual([]);
  });
});
