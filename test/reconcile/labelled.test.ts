/**
 * The labelled development documents, built by hand from their labels (shared/corpus/dev/*.json):
 * reconciliation must give exactly the labelled discrepancies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.ts';
import { rec, rules, task, valid } from './helpers.ts';

const seedText = readFileSync(new URL('../../fixtures/seed/qiaozhong-2023.md', import.meta.url), 'utf8');
const seedSentences = [...seedText.matchAll(/[^。;；!?！？\n]+[。;；!?！？]?/g)].map((m) => m[0].trim()).filter(Boolean);

const seed = () =>
  rec(
    {
      'budget.total': '7143.45 万元 @overview',
      'budget.executed': '6708 万元 @overview',
      'budget.executionRate': '93 % @overview',
      'expense.generalPublic': '5988.67 万元 @overview',
      'expense.governmentFund': '629.55 万元 @overview',
      'expense.stateCapital': '0 万元 @overview',
      'expense.basic': '2553.39 万元 @overview',
      'expense.project': '4064.83 万元 @overview',
      'carryover.end': '77.57 万元 @overview',
      'eval.projects.count': '63 个 @summary',
      'eval.projects.amount': '4233.97 万元 @summary',
      'eval.projects.generalPublic.count': '42 个 @summary',
      'eval.projects.generalPublic.amount': '3352.37 万元 @summary',
      'eval.projects.governmentFund.count': '6 个 @summary',
      'eval.projects.governmentFund.amount': '881.6 万元 @summary',
      'eval.projects.carryover.count': '0 个 @summary',
      'eval.projects.carryover.amount': '0 万元 @summary',
    },
    {
      also: {
        'expense.generalPublic': ['2956.82 万元 @summary2'],
        'expense.governmentFund': ['881.59 万元 @summary2'],
      },
      tasks: [
        task('党建工作', '325.29', '323.19', '99.35'),
        task('全力搞好民生服务', '171.85', '169.18', '98.45'),
        task('居委会、经济联社等运营管理', '126.84', '126.84', '100'),
        task('护社会大局安全稳定', '36.93', '36.93', '100'),
        task('深化城市环境卫生建设', '1032.43', '781.59', '75.7'),
      ],
      department: '广州市荔湾区人民政府桥中街道办事处',
      year: 2023,
      file: 'qiaozhong-2023.md',
    },
  );

describe('labelled documents', () => {
  it('qiaozhong-2023: exactly the six labelled discrepancies', () => {
    const ds = valid(reconcile(seed(), { sentences: seedSentences }));
    expect(rules(ds)).toEqual([
      'rate.execution',
      'repeat.mismatch',
      'repeat.mismatch',
      'sum.count',
      'sum.expenseByNature',
      'sum.expenseBySource',
    ]);
    const bySource = ds.find((d) => d.rule === 'sum.expenseBySource')!;
    expect(bySource.arithmetic).toBe('5988.67 + 629.55 + 0 = 6618.22 ≠ 6708 (Δ 89.78 万元)');
    expect(bySource.message.en).toContain('5988.67 + 629.55 + 0 = 6618.22 ≠ 6708');
    // the Chinese message says 相差 and carries the arithmetic, with no English word in it
    expect(bySource.message.zh).toBe(
      '按资金来源分的支出之和（一般公共预算财政拨款支出 + 政府性基金预算财政拨款支出 + 国有资本经营预算财政拨款支出）与全年执行数不符，相差 89.78 万元。算式：5988.67 + 629.55 + 0 = 6618.22 ≠ 6708',
    );
    expect(bySource.message.zh).not.toMatch(/[A-Za-z]/);
    expect(ds.find((d) => d.rule === 'sum.expenseByNature')!.arithmetic).toBe('2553.39 + 4064.83 = 6618.22 ≠ 6708 (Δ 89.78 万元)');
    expect(ds.find((d) => d.rule === 'rate.execution')!.arithmetic).toBe('6708 / 7143.45 = 93.90% ≠ 93%');
    expect(ds.find((d) => d.rule === 'sum.count')!.arithmetic).toBe('42 + 6 + 0 = 48 ≠ 63 (Δ 15 个)');
    const keys = ds.flatMap((d) => (d.rule === 'repeat.mismatch' ? [d.key] : [])).sort();
    expect(keys).toEqual(['expense.generalPublic', 'expense.governmentFund']);
    // nothing in the report explains these gaps; the rate is off by less than a point
    expect(ds.map((d) => `${d.rule}:${d.severity}`).sort()).toEqual([
      'rate.execution:warning',
      'repeat.mismatch:error',
      'repeat.mismatch:error',
      'sum.count:error',
      'sum.expenseByNature:error',
      'sum.expenseBySource:error',
    ]);
  });

  it('A-003: balance only', () => {
    const r = rec({
      'budget.initial': '57.28 万元',
      'budget.total': '69.06 万元',
      'income.budgeted': '69.06 万元',
      'income.otherSources': '21.31 万元',
      'budget.executed': '76.36 万元',
      'expense.basic': '76.36 万元',
      'expense.project': '0 万元',
      'carryover.end': '0 万元',
    });
    const ds = valid(reconcile(r));
    expect(rules(ds)).toEqual(['balance']);
    expect(ds[0].arithmetic).toBe('69.06 + 21.31 = 90.37 ≠ 76.36 + 0 = 76.36 (Δ 14.01 万元)');
  });

  it('B-004: two rate.execution (the “三公” total and reception)', () => {
    const r = rec({
      'threePublic.budget': '3 万元',
      'threePublic.total': '1.71 万元',
      'threePublic.rate': '43 %',
      'threePublic.reception.budget': '1 万元',
      'threePublic.reception': '0.53 万元',
      'threePublic.reception.rate': '47 %',
      'threePublic.vehicle.budget': '2 万元',
      'threePublic.vehicle': '1.18 万元',
    });
    const ds = valid(reconcile(r));
    expect(rules(ds)).toEqual(['rate.execution', 'rate.execution']);
    expect(ds.map((d) => (d.rule === 'rate.execution' ? d.subject : ''))).toEqual(['threePublic', 'threePublic.reception']);
  });

  it('B-011: two sum.amount (basic and the “三公” total)', () => {
    const r = rec({
      'expense.basic': '911.7 万元',
      'expense.personnel': '489.18 万元',
      'expense.publicUse': '46.89 万元',
      'threePublic.total': '3.46 万元',
      'threePublic.rate': '100 %',
      'threePublic.abroad': '0 万元',
      'threePublic.abroad.rate': '0 %',
      'threePublic.vehicle': '1.4 万元',
      'threePublic.reception': '0.28 万元',
    });
    const ds = valid(
      reconcile(r, { sentences: ['(注:上述“预算”口径为全年预算数,包括一般公共预算和政府性基金预算财政拨款支出决算情况。)'] }),
    );
    expect(rules(ds)).toEqual(['sum.amount', 'sum.amount']);
    expect(ds.map((d) => d.arithmetic)).toEqual([
      '489.18 + 46.89 = 536.07 ≠ 911.7 (Δ 375.63 万元)',
      '0 + 1.4 + 0.28 = 1.68 ≠ 3.46 (Δ 1.78 万元)',
    ]);
    // the note on the scope of “预算” names neither basic expenditure nor “三公”: no explanation
    expect(ds.every((d) => d.severity === 'error' && d.explanation === undefined)).toBe(true);
  });
});
