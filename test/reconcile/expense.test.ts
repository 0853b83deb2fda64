import { describe, expect, it } from 'vitest';
import { expenseByNature, expenseBySource } from '../../src/reconcile/rules/expense.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { rec, rules, valid } from './helpers.ts';

describe('sum.expenseBySource', () => {
  it('flags funding sources that do not add up to the executed total, with the arithmetic', () => {
    const r = rec({
      'budget.executed': '6708 万元',
      'expense.generalPublic': '5988.67 万元',
      'expense.governmentFund': '629.55 万元',
      'expense.stateCapital': '0 万元',
    });
    const [d, ...more] = valid(expenseBySource(r));
    expect(more).toEqual([]);
    expect(d.rule).toBe('sum.expenseBySource');
    expect(d.arithmetic).toBe('5988.67 + 629.55 + 0 = 6618.22 ≠ 6708 (Δ 89.78 万元)');
    expect(d.expected).toBe('6618.22');
    expect(d.actual).toBe('6708');
    expect(d.difference).toBe('89.78');
    expect(d.unit).toBe('万元');
    // 0.005 + 0.005 + (a stated zero is exact) + 0.5
    expect(d.tolerance).toBe('0.51');
    expect(d.severity).toBe('error'); // 89.78 is 1.3% of 6708
    expect(d.figures.map((f) => f.key)).toEqual([
      'expense.generalPublic',
      'expense.governmentFund',
      'expense.stateCapital',
      'budget.executed',
    ]);
    // the messages say the gap in words, then the arithmetic without it
    expect(d.message.en).toContain('5988.67 + 629.55 + 0 = 6618.22 ≠ 6708, gap 89.78 万元');
    expect(d.message.zh).toContain('相差 89.78 万元。算式：5988.67 + 629.55 + 0 = 6618.22 ≠ 6708');
  });

  it('lets the fiscal lines fall short of the total where other money (事业收入, 其他收入, carry-in) is stated', () => {
    const spec = {
      'expense.total': '1250.40 万元',
      'expense.generalPublic': '1150.40 万元',
      'expense.governmentFund': '0 万元',
      'expense.stateCapital': '0 万元',
      'income.business': '80 万元',
      'income.other': '20 万元',
    };
    expect(expenseBySource(rec(spec))).toEqual([]);
    // refused: other money stated as zero pays for nothing, and lines above the total are flagged whatever else is stated
    expect(expenseBySource(rec({ ...spec, 'income.business': '0 万元', 'income.other': '0 万元' }))).toHaveLength(1);
    expect(expenseBySource(rec({ ...spec, 'expense.generalPublic': '1350.40 万元' }))).toHaveLength(1);
  });

  it('adds up the department form’s 按收入性质分 rows (fundsBySource, a blank row none) against the spending: only above it', () => {
    const form = {
      'budget.total': '4753.66 万元',
      'budget.executed': '3824.26 万元',
      'fundsBySource.generalPublic': '1873.66 万元',
      'fundsBySource.other': '2880 万元',
    };
    const [d, ...more] = valid(expenseBySource(rec(form)));
    expect(more).toEqual([]);
    expect(d.arithmetic).toBe('1873.66 + 2880 = 4753.66 ≠ 3824.26 (Δ 929.40 万元)');
    // rows that add up to the spending are no discrepancy
    expect(expenseBySource(rec({ ...form, 'fundsBySource.other': '1950.60 万元' }))).toEqual([]);
    // refused: rows short of the spending may be a row the copy lost, not a slip
    expect(expenseBySource(rec({ ...form, 'fundsBySource.other': '1000 万元' }))).toEqual([]);
    // the funding lines stated as well: one split by source, one discrepancy
    const both = { ...form, 'expense.generalPublic': '3000 万元', 'expense.governmentFund': '0 万元', 'expense.stateCapital': '0 万元' };
    expect(expenseBySource(rec(both))).toHaveLength(1);
  });

  it('prefers expense.total over budget.executed', () => {
    const r = rec({
      'budget.executed': '6618.22 万元',
      'expense.total': '6700 万元',
      'expense.generalPublic': '5988.67 万元',
      'expense.governmentFund': '629.55 万元',
      'expense.stateCapital': '0 万元',
    });
    const ds = expenseBySource(r);
    expect(ds).toHaveLength(1);
    expect(ds[0].figures.at(-1)?.key).toBe('expense.total');
  });

  it('does not fire within the rounding of the stated precision', () => {
    // 100.004 + 200.004 + 0 rounds to 100.00 + 200.00 = 300.00; a total of 300.01 is within 3 × 0.005
    const r = rec({
      'budget.executed': '300.01 万元',
      'expense.generalPublic': '100.00 万元',
      'expense.governmentFund': '200.00 万元',
      'expense.stateCapital': '0.00 万元',
    });
    expect(expenseBySource(r)).toEqual([]);
    // but one more cent is beyond it
    const r2 = rec({ ...figs(r), 'budget.executed': '300.02 万元' });
    expect(expenseBySource(r2)).toHaveLength(1);
  });

  it('does not fire when a part is missing', () => {
    const r = rec({ 'budget.executed': '6708 万元', 'expense.generalPublic': '5988.67 万元', 'expense.governmentFund': '629.55 万元' });
    expect(expenseBySource(r)).toEqual([]);
  });

  it('compares parts in other money units exactly, shown in the total’s unit', () => {
    const r = rec({
      'budget.executed': '1.5 万元',
      'expense.generalPublic': '10000 元',
      'expense.governmentFund': '4000 元',
      'expense.stateCapital': '0 元',
    });
    const [d] = expenseBySource(r);
    expect(d.arithmetic).toBe('1 + 0.4 + 0 = 1.4 ≠ 1.5 (Δ 0.1 万元)');
    expect(d.severity).toBe('error');
  });
});

describe('sum.expenseByNature', () => {
  it('flags basic + project that do not add up to the executed total', () => {
    const r = rec({ 'budget.executed': '6708 万元', 'expense.basic': '2553.39 万元', 'expense.project': '4064.83 万元' });
    const ds = valid(expenseByNature(r));
    expect(rules(ds)).toEqual(['sum.expenseByNature']);
    expect(ds[0].arithmetic).toBe('2553.39 + 4064.83 = 6618.22 ≠ 6708 (Δ 89.78 万元)');
  });

  it('uses personnel + public-use when basic is absent', () => {
    const r = rec({
      'expense.total': '100 万元',
      'expense.personnel': '60.5 万元',
      'expense.publicUse': '9.5 万元',
      'expense.project': '20 万元',
    });
    const [d] = valid(expenseByNature(r));
    expect(d.arithmetic).toBe('60.5 + 9.5 + 20 = 90.0 ≠ 100 (Δ 10.0 万元)');
  });

  it('adds a public institution’s other classes where stated (上缴上级支出, 经营支出, 对附属单位补助支出)', () => {
    const parts = {
      'expense.basic': '3600.00 万元',
      'expense.project': '1100.00 万元',
      'expense.toSuperior': '20.00 万元',
      'expense.operating': '50.00 万元',
      'expense.toSubsidiaries': '30.00 万元',
    };
    expect(expenseByNature(rec({ 'expense.total': '4800.00 万元', ...parts }))).toEqual([]);
    const [d] = valid(expenseByNature(rec({ 'expense.total': '4900.00 万元', ...parts })));
    expect(d.arithmetic).toBe('3600.00 + 1100.00 + 20.00 + 50.00 + 30.00 = 4800.00 ≠ 4900.00 (Δ 100.00 万元)');
  });

  it('does not fire within rounding', () => {
    // 76.355 → "76.36" total; basic 76.35 + project 0 differs by 0.01 ≤ 0.005 + 0.005
    const r = rec({ 'budget.executed': '76.36 万元', 'expense.basic': '76.35 万元', 'expense.project': '0 万元' });
    expect(expenseByNature(r)).toEqual([]);
    // integer-stated total admits 0.5
    const r2 = rec({ 'budget.executed': '6618 万元', 'expense.basic': '2553.39 万元', 'expense.project': '4064.83 万元' });
    expect(expenseByNature(r2)).toEqual([]);
  });

  it('does not fire when the project part (or the total) is missing', () => {
    expect(expenseByNature(rec({ 'budget.executed': '6708 万元', 'expense.basic': '2553.39 万元' }))).toEqual([]);
    expect(expenseByNature(rec({ 'expense.basic': '2553.39 万元', 'expense.project': '4064.83 万元' }))).toEqual([]);
    // personnel alone is not a basic side
    expect(expenseByNature(rec({ 'budget.executed': '100 万元', 'expense.personnel': '50 万元', 'expense.project': '20 万元' }))).toEqual(
      [],
    );
  });

  it('flags a stated part above the total where the other part is not stated (基本支出 alone over the spending)', () => {
    const r = rec({ 'budget.executed': '212.40 万元', 'expense.basic': '236.85 万元' });
    const [d, ...more] = valid(expenseByNature(r));
    expect(more).toEqual([]);
    expect(d.rule).toBe('sum.expenseByNature');
    expect(d.arithmetic).toBe('236.85 ≠ 212.40 (Δ 24.45 万元)');
    expect(d.figures.map((f) => f.key)).toEqual(['expense.basic', 'budget.executed']);
    // personnel + public use stand for the basic part here too
    const r2 = rec({ 'expense.total': '80 万元', 'expense.personnel': '61.2 万元', 'expense.publicUse': '25.3 万元' });
    expect(valid(expenseByNature(r2)).map((x) => x.arithmetic)).toEqual(['61.2 + 25.3 = 86.5 ≠ 80 (Δ 6.5 万元)']);
  });

  it('does not flag a stated part above the total within rounding, nor one below it, where the other part is not stated', () => {
    expect(expenseByNature(rec({ 'budget.executed': '212.4 万元', 'expense.basic': '212.43 万元' }))).toEqual([]);
    expect(expenseByNature(rec({ 'budget.executed': '212.40 万元', 'expense.basic': '150.85 万元' }))).toEqual([]);
  });

  it("adds up the budget's split (every part partOf budget) against the budget, not the spending", () => {
    const ofBudget = (r: ReturnType<typeof rec>) => {
      for (const key of ['expense.basic', 'expense.project']) r.figures[key].partOf = 'budget.total';
      return r;
    };
    const parts = { 'expense.basic': '1820.45 万元', 'expense.project': '1436.33 万元' };
    expect(expenseByNature(ofBudget(rec({ 'budget.total': '3256.78 万元', 'budget.executed': '3102.11 万元', ...parts })))).toEqual([]);
    const [d] = expenseByNature(ofBudget(rec({ 'budget.total': '3300 万元', 'budget.executed': '3102.11 万元', ...parts })));
    expect(d.message.zh).toContain('3300');
    // the same parts with no tie to the budget are the spending's split, and do not add up to it
    expect(rules(expenseByNature(rec({ 'budget.total': '3256.78 万元', 'budget.executed': '3102.11 万元', ...parts })))).toEqual([
      'sum.expenseByNature',
    ]);
  });

  it('runs from the RULES table', () => {
    const r = rec({ 'budget.executed': '6708 万元', 'expense.basic': '2553.39 万元', 'expense.project': '4064.83 万元' });
    expect(rules(reconcile(r))).toEqual(['sum.expenseByNature']);
  });
});

/** The shorthand of a built record back (value unit), to vary one figure. */
function figs(r: ReturnType<typeof rec>): { [key: string]: string } {
  return Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value} ${f.unit}`]));
}
