import { describe, expect, it } from 'vitest';
import { repeats } from '../../src/reconcile/rules/repeat.ts';
import { rec, valid } from './helpers.ts';

describe('repeat.mismatch', () => {
  it('flags one key stated with different values, naming the key', () => {
    const r = rec({ 'expense.governmentFund': '629.55 万元 @overview' }, { also: { 'expense.governmentFund': ['881.59 万元 @summary'] } });
    const [d, ...more] = valid(repeats(r));
    expect(more).toEqual([]);
    expect(d.rule === 'repeat.mismatch' && d.key).toBe('expense.governmentFund');
    expect(d.arithmetic).toBe('629.55 ≠ 881.59 (Δ 252.04 万元)');
    expect(d.expected).toBe('629.55');
    expect(d.actual).toBe('881.59');
    expect(d.figures.map((f) => f.evidence?.blockId)).toEqual(['overview', 'summary']);
    expect(d.message.zh).toContain('summary');
  });

  it('does not fire within the rounding of the coarser precision (881.6 vs 881.59)', () => {
    const r = rec(
      { 'expense.governmentFund': '881.6 万元 @a' },
      { also: { 'expense.governmentFund': ['881.59 万元 @b', '8815900 元 @c'] } },
    );
    expect(repeats(r)).toEqual([]);
    // 881.54 cannot round to 881.6
    const r2 = rec({ 'expense.governmentFund': '881.6 万元 @a' }, { also: { 'expense.governmentFund': ['881.54 万元 @b'] } });
    expect(repeats(r2)).toHaveLength(1);
  });

  it('does not set one level’s funds against another’s (中央资金执行率90%, 省级资金执行率98%: one key, two sources)', () => {
    const levels = rec({ 'budget.executionRate.source': '90 % @a' }, { also: { 'budget.executionRate.source': ['98 % @a'] } });
    expect(repeats(levels)).toEqual([]);
    // the unit's own rate stated twice differently still fires
    const own = rec({ 'budget.executionRate': '90 % @a' }, { also: { 'budget.executionRate': ['98 % @b'] } });
    expect(repeats(own)).toHaveLength(1);
  });

  it('does not set one revenue line’s completion against another’s (一般公共预算收入…完成年初预算90%, 上级补助收入…142.2%)', () => {
    const lines = rec({ 'income.completionRate': '88 % @a' }, { also: { 'income.completionRate': ['136.5 % @a'] } });
    expect(repeats(lines)).toEqual([]);
    // nor one line's collection against another's (一般公共预算收入全年实际完成42.6亿元, 政府性基金收入…9.8亿元)
    const collected = rec({ 'income.collected': '42.6 亿元 @a' }, { also: { 'income.collected': ['9.8 亿元 @b'] } });
    expect(repeats(collected)).toEqual([]);
    // the unit's execution rate stated twice differently still fires
    const own = rec({ 'budget.executionRate': '88 % @a' }, { also: { 'budget.executionRate': ['136.5 % @b'] } });
    expect(repeats(own)).toHaveLength(1);
  });

  it('does not fire on a key stated once', () => {
    expect(repeats(rec({ 'expense.generalPublic': '5988.67 万元' }))).toEqual([]);
  });

  it('gives one discrepancy per key, each differing value once', () => {
    const r = rec({ 'budget.executionRate': '93 % @a' }, { also: { 'budget.executionRate': ['93.0 % @b', '95 % @c', '95 % @d'] } });
    const ds = valid(repeats(r));
    expect(ds).toHaveLength(1);
    expect(ds[0].arithmetic).toBe('93 ≠ 95 (Δ 2%)');
    expect(ds[0].figures.map((f) => f.value)).toEqual(['93', '95']);
    expect(ds[0].actual).toBe('95');
  });

  it('does not fire on three or more different values: several things named alike, not one restated', () => {
    const rates = rec({ 'budget.executionRate': '93 % @a' }, { also: { 'budget.executionRate': ['95 % @c', '90 % @e'] } });
    expect(repeats(rates)).toEqual([]);
    const grades = rec({ 'eval.grade': '优 @a' }, { also: { 'eval.grade': ['良 @b', '中 @c'] } });
    expect(repeats(grades)).toEqual([]);
  });

  it('does not set a zero against an amount: that is another line, not the amount restated', () => {
    const vehicle = rec({ 'threePublic.vehicle': '2.02 万元 @a' }, { also: { 'threePublic.vehicle': ['0 万元 @b'] } });
    expect(repeats(vehicle)).toEqual([]);
    const rate = rec({ 'threePublic.rate': '0 % @a' }, { also: { 'threePublic.rate': ['39.86 % @b'] } });
    expect(repeats(rate)).toEqual([]);
    // a zero restated as a zero in another unit is the same quantity; an amount restated wrongly still fires
    const slip = rec({ 'carryover.end': '5862.89 万元 @a' }, { also: { 'carryover.end': ['5862.89 元 @b', '0 万元 @c'] } });
    expect(valid(repeats(slip)).map((d) => d.arithmetic)).toHaveLength(1);
  });

  it('does not set the same row of two tables against each other (two projects’ tables on one page)', () => {
    const tables = rec({ 'budget.total': '100 万元 @t1' }, { also: { 'budget.total': ['60 万元 @t2'] } });
    for (const m of tables.figures['budget.total']?.mentions ?? []) m.rule = 'table/budget.total';
    expect(repeats(tables)).toEqual([]);
    // a table restating a sentence is still one quantity stated twice
    const stated = rec({ 'budget.total': '100 万元 @p1' }, { also: { 'budget.total': ['60 万元 @t2'] } });
    const mentions = stated.figures['budget.total']?.mentions ?? [];
    mentions[1].rule = 'table/budget.total';
    expect(repeats(stated)).toHaveLength(1);
  });

  it('flags differing grades', () => {
    const r = rec({ 'eval.grade': '优 @a' }, { also: { 'eval.grade': ['优 @b', '良 @c'] } });
    const ds = valid(repeats(r));
    expect(ds.map((d) => d.arithmetic)).toEqual(['优 ≠ 良']);
  });

  it('takes a grade’s full name for its character (优秀 = 优, 良好 = 良), and still flags a different grade', () => {
    expect(repeats(rec({ 'eval.grade': '优 @a' }, { also: { 'eval.grade': ['优秀 @b'] } }))).toEqual([]);
    expect(repeats(rec({ 'eval.grade': '良好 @a' }, { also: { 'eval.grade': ['良 @b'] } }))).toEqual([]);
    // refused: 优秀 and 良 are two grades
    expect(valid(repeats(rec({ 'eval.grade': '优秀 @a' }, { also: { 'eval.grade': ['良 @b'] } }))).map((d) => d.arithmetic)).toEqual([
      '优 ≠ 良',
    ]);
  });
});
