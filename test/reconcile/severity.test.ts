import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.ts';
import { fig } from '../../src/reconcile/amounts.ts';
import { findExplanation } from '../../src/reconcile/explain.ts';
import { expenseBySource } from '../../src/reconcile/rules/expense.ts';
import { rec, valid } from './helpers.ts';

const sources = (total: string) =>
  rec({
    'budget.executed': total,
    'expense.generalPublic': '5988.67 万元',
    'expense.governmentFund': '629.55 万元',
    'expense.stateCapital': '0 万元',
  });

describe('severity', () => {
  it('is an error above 1% of the total and a warning below', () => {
    expect(expenseBySource(sources('6708 万元'))[0].severity).toBe('error'); // 1.34%
    expect(expenseBySource(sources('6650 万元'))[0].severity).toBe('warning'); // 31.78 is 0.48%
  });

  it('is lowered to info by a sentence that names an involved figure with an explaining wording', () => {
    const sentences = ['全年预算数 7143.45 万元，执行数 6708 万元，完成预算的 93%。', '执行数含上年结转资金 89.78 万元。'];
    const [d] = valid(expenseBySource(sources('6708 万元'), { sentences }));
    expect(d.severity).toBe('info');
    expect(d.explanation).toBe('执行数含上年结转资金 89.78 万元。');
  });

  it('recognises the explaining wordings and a figure named by its value', () => {
    const amounts = [fig(rec({ 'budget.executed': '6708 万元' }), 'budget.executed')!];
    expect(findExplanation(['6708万元不包括代管资金。'], amounts)).toBe('6708万元不包括代管资金。');
    expect(findExplanation(['两者口径不同，执行数为财务口径。'], amounts)).toBe('两者口径不同，执行数为财务口径。');
    expect(findExplanation(['差异原因是执行数统计时点不同。'], amounts)).toBeDefined();
    // an explaining wording without any involved figure
    expect(findExplanation(['本报告口径与上年一致。'], amounts)).toBeUndefined();
    // a figure without an explaining wording
    expect(findExplanation(['执行数 6708 万元。'], amounts)).toBeUndefined();
    // 含 … 结转 only within one clause ("含下属单位 3 个），…动用历年结转" does not explain)
    expect(
      findExplanation(['组织部门整体支出绩效自评（含下属单位 3 个），执行数 6708 万元，动用历年结转 0 万元。'], amounts),
    ).toBeUndefined();
  });

  it('keeps rules independent of one another in the table', () => {
    const r = sources('6708 万元');
    expect(reconcile(r).map((d) => d.rule)).toEqual(['sum.expenseBySource']);
  });
});
