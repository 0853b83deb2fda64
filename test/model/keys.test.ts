import { describe, expect, it } from 'vitest';
import { labelOf } from '../../src/model/keys.ts';

describe('labelOf', () => {
  it.each([
    ['budget.total', '全年预算数'],
    ['budget.total.basic', '全年预算数(基本支出)'],
    ['expense.total.source', '本年支出合计(单一资金来源)'],
    ['budget.executionRate.generalPublic', '预算执行率(一般公共预算)'],
    ['income.completionRate', '收入完成预算'],
    ['expense.grandTotal.governmentFund', '支出总计(政府性基金预算)'],
    // a key of no known base, or of no known qualifier, is shown as it is
    ['budget.total.unknown', 'budget.total.unknown'],
    ['made.up', 'made.up'],
  ])('%s → %s', (key, label) => {
    expect(labelOf(key)).toBe(label);
  });
});
