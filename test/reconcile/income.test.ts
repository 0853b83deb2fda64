import { describe, expect, it } from 'vitest';
import { balance, sumIncome } from '../../src/reconcile/rules/income.ts';
import { rec, valid } from './helpers.ts';

describe('sum.income', () => {
  it('flags a complete enumeration (all parts in the total’s block) that does not add up', () => {
    const r = rec({
      'income.total': '1000.00 万元 @t1',
      'income.fiscal': '900.00 万元 @t1',
      'income.other': '50.00 万元 @t1',
    });
    const [d, ...more] = valid(sumIncome(r));
    expect(more).toEqual([]);
    expect(d.rule).toBe('sum.income');
    expect(d.arithmetic).toBe('900.00 + 50.00 = 950.00 ≠ 1000.00 (Δ 50.00 万元)');
    expect(d.tolerance).toBe('0.015');
  });

  it('reads a list that names the carry-in or the reserve used among the income parts as the money available, adding up', () => {
    // "本年收入1,000万元,其中:财政拨款收入800万元,事业收入100万元,年初结转和结余100万元": the list sums, loosely named
    const spec = { 'income.total': '1000 万元 @t1', 'income.fiscal': '800 万元 @t1', 'income.business': '100 万元 @t1' };
    expect(sumIncome(rec({ ...spec, 'income.carryIn': '100 万元 @t1' }))).toEqual([]);
    expect(sumIncome(rec({ ...spec, 'income.fromReserveFund': '100 万元 @t1' }))).toEqual([]);
    // refused: a carry-in that does not close the gap, or one stated in another block, leaves the list short
    expect(sumIncome(rec({ ...spec, 'income.carryIn': '60 万元 @t1' })).map((d) => d.arithmetic)).toEqual([
      '800 + 100 = 900 ≠ 1000 (Δ 100 万元)',
    ]);
    expect(sumIncome(rec({ ...spec, 'income.carryIn': '100 万元 @t2' }))).toHaveLength(1);
  });

  it('flags parts stated elsewhere only when they exceed the total', () => {
    const over = rec({ 'income.total': '1000 万元 @p1', 'income.fiscal': '900 万元 @p2', 'income.business': '150 万元 @p3' });
    expect(sumIncome(over).map((d) => d.arithmetic)).toEqual(['900 + 150 = 1050 ≠ 1000 (Δ 50 万元)']);
    // parts short of the total, stated in other places: other parts may simply not be listed
    const under = rec({ 'income.total': '1000 万元 @p1', 'income.fiscal': '900 万元 @p2', 'income.business': '50 万元 @p3' });
    expect(sumIncome(under)).toEqual([]);
  });

  it('reads the year’s income by its budgets where they are listed with it, beside a 财政拨款收入总计 holding the carry-in', () => {
    const spec = {
      'income.total': '1480.16 万元 @p1',
      'income.generalPublic': '1400.16 万元 @p1',
      'income.governmentFund': '0 万元 @p1',
      'income.business': '60 万元 @p1',
      'income.other': '20 万元 @p1',
      'income.fiscal': '1443.26 万元 @p4',
    };
    expect(sumIncome(rec(spec))).toEqual([]);
    // refused: the budgets listed with the total that do not add up are flagged
    const slip = rec({ ...spec, 'income.generalPublic': '1300.16 万元 @p1' });
    expect(sumIncome(slip).map((d) => d.arithmetic)).toEqual(['1300.16 + 0 + 60 + 20 = 1380.16 ≠ 1480.16 (Δ 100.00 万元)']);
  });

  it('finds the parts in the total’s block among the mentions', () => {
    const r = rec(
      { 'income.total': '1000.00 万元 @table', 'income.fiscal': '900.00 万元 @prose', 'income.other': '50.00 万元 @table' },
      { also: { 'income.fiscal': ['900.00 万元 @table'] } },
    );
    expect(sumIncome(r)).toHaveLength(1);
  });

  it('uses the two fiscal budgets when income.fiscal is absent', () => {
    const r = rec({
      'income.total': '100.00 万元 @t',
      'income.generalPublic': '60.00 万元 @t',
      'income.governmentFund': '30.00 万元 @t',
      'income.superior': '5.00 万元 @t',
    });
    expect(sumIncome(r)[0].arithmetic).toBe('60.00 + 30.00 + 5.00 = 95.00 ≠ 100.00 (Δ 5.00 万元)');
  });

  it('counts the state-capital budget and the subsidiaries’ remittance among the parts (a final account lists them)', () => {
    const parts = {
      'income.generalPublic': '3000.00 万元 @t',
      'income.governmentFund': '500.00 万元 @t',
      'income.stateCapital': '100.00 万元 @t',
      'income.business': '1370.00 万元 @t',
      'income.fromSubsidiaries': '30.00 万元 @t',
    };
    expect(sumIncome(rec({ 'income.total': '5000.00 万元 @t', ...parts }))).toEqual([]);
    expect(sumIncome(rec({ 'income.total': '5100.00 万元 @t', ...parts })).map((d) => d.arithmetic)).toEqual([
      '3000.00 + 500.00 + 100.00 + 1370.00 + 30.00 = 5000.00 ≠ 5100.00 (Δ 100.00 万元)',
    ]);
  });

  it('counts a hospital’s 医疗收入 among the parts where no 事业收入 is stated (a complete enumeration is no false gap), never both', () => {
    const hospital = { 'income.fiscal': '1200 万元 @t', 'income.medical': '7200 万元 @t', 'income.other': '160 万元 @t' };
    expect(sumIncome(rec({ 'income.total': '8560 万元 @t', ...hospital }))).toEqual([]);
    expect(sumIncome(rec({ 'income.total': '8660 万元 @t', ...hospital })).map((d) => d.arithmetic)).toEqual([
      '1200 + 7200 + 160 = 8560 ≠ 8660 (Δ 100 万元)',
    ]);
    // refused: 医疗收入 beside the 事业收入 that holds it is no second part
    const both = {
      'income.fiscal': '1200 万元 @t',
      'income.business': '7300 万元 @t',
      'income.medical': '7200 万元 @t',
      'income.other': '60 万元 @t',
    };
    expect(sumIncome(rec({ 'income.total': '8560 万元 @t', ...both }))).toEqual([]);
  });

  it('adds up no parts that leave out the appropriation (其中:财政拨款… unread): what is read is what stands beside it', () => {
    const beside = { 'income.business': '1851.20 万元 @t', 'income.other': '706.70 万元 @t' };
    expect(sumIncome(rec({ 'income.total': '4282.80 万元 @t', ...beside }))).toEqual([]);
    // the appropriation read, the same parts that do not add up are flagged (a true slip stays flagged)
    const slipped = rec({ 'income.total': '4282.80 万元 @t', 'income.fiscal': '1622.90 万元 @t', ...beside });
    expect(sumIncome(slipped).map((d) => d.arithmetic)).toEqual(['1622.90 + 1851.20 + 706.70 = 4180.80 ≠ 4282.80 (Δ 102.00 万元)']);
  });

  it('does not fire within rounding', () => {
    const r = rec({ 'income.total': '1000.0 万元 @t', 'income.fiscal': '949.96 万元 @t', 'income.other': '50.06 万元 @t' });
    // 1000.02 vs 1000.0: gap 0.02 ≤ 0.05 + 0.005 + 0.005
    expect(sumIncome(r)).toEqual([]);
  });

  it('does not fire with fewer than two parts, or without a total', () => {
    expect(sumIncome(rec({ 'income.total': '1000 万元 @t', 'income.fiscal': '900 万元 @t' }))).toEqual([]);
    expect(sumIncome(rec({ 'income.fiscal': '900 万元 @t', 'income.other': '50 万元 @t' }))).toEqual([]);
  });
});

describe('balance', () => {
  it('does not fire when spending exceeds income and the carry-in that could pay for it is not stated', () => {
    expect(balance(rec({ 'income.total': '4800 万元', 'expense.total': '5000.5 万元', 'carryover.end': '431.6 万元' }))).toEqual([]);
  });
  it('uses 收入总计 as the money available when the carry-in is not stated', () => {
    const ok = {
      'income.total': '4800 万元',
      'income.grandTotal': '5432.10 万元',
      'expense.total': '5000.5 万元',
      'carryover.end': '431.6 万元',
    };
    expect(balance(rec(ok))).toEqual([]);
    expect(balance(rec({ ...ok, 'income.grandTotal': '5500 万元' }))).toHaveLength(1);
  });
  it('counts no other funding source that is the year’s 其他收入 stated again (a budget’s split by source)', () => {
    const balanced = {
      'income.total': '2846.37 万元',
      'income.other': '134.22 万元',
      'income.carryIn': '0 万元',
      'expense.total': '2791.08 万元',
      'carryover.end': '55.29 万元',
    };
    expect(balance(rec({ ...balanced, 'income.otherSources': '134.22 万元' }))).toEqual([]);
    // other funds of another amount are money besides the year's income
    expect(balance(rec({ ...balanced, 'income.otherSources': '20 万元' }))).toHaveLength(1);
  });
  it('flags money available that does not equal spending plus year-end carry-over (A-003)', () => {
    const r = rec({
      'income.budgeted': '69.06 万元',
      'income.otherSources': '21.31 万元',
      'budget.executed': '76.36 万元',
      'carryover.end': '0 万元',
    });
    const [d, ...more] = valid(balance(r));
    expect(more).toEqual([]);
    expect(d.rule).toBe('balance');
    expect(d.arithmetic).toBe('69.06 + 21.31 = 90.37 ≠ 76.36 + 0 = 76.36 (Δ 14.01 万元)');
    expect(d.expected).toBe('90.37');
    expect(d.actual).toBe('76.36');
    expect(d.difference).toBe('-14.01');
    expect(d.severity).toBe('error');
  });

  it('counts carry-in, prefers income.total and expense.total', () => {
    const r = rec({
      'income.total': '100 万元',
      'income.budgeted': '999 万元',
      'income.carryIn': '10 万元',
      'expense.total': '95 万元',
      'budget.executed': '1 万元',
      'carryover.end': '15 万元',
    });
    expect(balance(r)).toEqual([]);
    const r2 = rec({ 'income.total': '100 万元', 'income.carryIn': '10 万元', 'expense.total': '95 万元', 'carryover.end': '20 万元' });
    expect(balance(r2).map((d) => d.arithmetic)).toEqual(['100 + 10 = 110 ≠ 95 + 20 = 115 (Δ 5 万元)']);
  });

  it('does not fire within rounding', () => {
    const r = rec({ 'income.total': '90.37 万元', 'budget.executed': '76.36 万元', 'carryover.end': '14.02 万元' });
    expect(balance(r)).toEqual([]); // 0.01 ≤ 3 × 0.005
  });

  it('counts 用事业基金弥补收支差额 (the reserve drawn on) among the money available', () => {
    const base = { 'income.total': '900 万元', 'income.carryIn': '20 万元', 'expense.total': '950 万元', 'carryover.end': '10 万元' };
    expect(valid(balance(rec(base))).map((d) => d.rule)).toEqual(['balance']);
    expect(balance(rec({ ...base, 'income.fromReserveFund': '40 万元' }))).toEqual([]);
  });

  it('counts 结余分配 (surplus distribution) among the uses (F-015)', () => {
    const base = { 'income.total': '6436.03 万元', 'income.carryIn': '0 万元', 'expense.total': '6372.59 万元', 'carryover.end': '0 万元' };
    expect(valid(balance(rec(base))).map((d) => d.rule)).toEqual(['balance']);
    expect(balance(rec({ ...base, 'expense.surplusDistribution': '63.44 万元' }))).toEqual([]);
  });

  it('sets 收入总计 against 支出总计 where the parts give no answer: an account that does not balance', () => {
    const account = (figs: { [key: string]: string }) => ({ ...rec(figs), kind: 'final-accounts' as const });
    const totals = {
      'income.total': '4125.49 万元',
      'expense.total': '4143.91 万元',
      'income.grandTotal': '4125.49 万元',
      'expense.grandTotal': '4143.91 万元',
    };
    expect(valid(balance(account(totals))).map((d) => d.arithmetic)).toEqual(['4125.49 ≠ 4143.91 (Δ 18.42 万元)']);
    // refused: equal totals, or only one of them stated, or a gap within rounding
    expect(balance(account({ 'income.grandTotal': '1050.00 万元', 'expense.grandTotal': '1050.00 万元' }))).toEqual([]);
    expect(balance(account({ 'income.grandTotal': '1050.00 万元', 'expense.total': '990.00 万元' }))).toEqual([]);
    expect(balance(account({ 'income.grandTotal': '1050.004 万元', 'expense.grandTotal': '1050 万元' }))).toEqual([]);
    // refused: a self-evaluation's 收入总计 / 支出总计 in prose (the unit's, in a project's report) are no account's sides
    expect(balance({ ...rec(totals), kind: 'project' })).toEqual([]);
  });

  it('does not fire without the year-end carry-over or without an income side', () => {
    expect(balance(rec({ 'income.budgeted': '69.06 万元', 'income.otherSources': '21.31 万元', 'budget.executed': '76.36 万元' }))).toEqual(
      [],
    );
    expect(balance(rec({ 'income.otherSources': '21.31 万元', 'budget.executed': '76.36 万元', 'carryover.end': '0 万元' }))).toEqual([]);
  });
});
