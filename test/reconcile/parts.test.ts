import { describe, expect, it } from 'vitest';
import { amountSums, projectCounts } from '../../src/reconcile/rules/parts.ts';
import { rec, valid } from './helpers.ts';

const subjects = (ds: ReturnType<typeof amountSums>) => ds.map((d) => (d.rule === 'sum.amount' || d.rule === 'sum.count' ? d.subject : ''));

describe('sum.count', () => {
  it('flags category counts that do not add up to the stated count (42 + 6 + 0 ≠ 63)', () => {
    const r = rec({
      'eval.projects.count': '63 个',
      'eval.projects.generalPublic.count': '42 个',
      'eval.projects.governmentFund.count': '6 个',
      'eval.projects.carryover.count': '0 个',
    });
    const [d, ...more] = valid(projectCounts(r));
    expect(more).toEqual([]);
    expect(d.rule === 'sum.count' && d.subject).toBe('eval.projects.count');
    expect(d.arithmetic).toBe('42 + 6 + 0 = 48 ≠ 63 (Δ 15 个)');
    expect(d.tolerance).toBe('0');
  });

  it('flags the grades’ counts that do not add up to the projects graded (优3 + 良3 + 中2 ≠ 7)', () => {
    const grades = {
      'eval.projects.grade.excellent.count': '3 个',
      'eval.projects.grade.good.count': '3 个',
      'eval.projects.grade.fair.count': '2 个',
    };
    const [d, ...more] = valid(projectCounts(rec({ ...grades, 'eval.projects.graded.count': '7 个' })));
    expect(more).toEqual([]);
    expect(d.rule === 'sum.count' && d.subject).toBe('eval.projects.graded.count');
    expect(d.arithmetic).toBe('3 + 3 + 2 = 8 ≠ 7 (Δ 1 个)');
    expect(projectCounts(rec({ ...grades, 'eval.projects.graded.count': '8 个' }))).toEqual([]);
    // short of the projects graded, some grade is unsaid: an error only where the list went down to the lowest grade
    expect(projectCounts(rec({ ...grades, 'eval.projects.graded.count': '9 个' }))).toEqual([]);
    const toLowest = { ...grades, 'eval.projects.grade.poor.count': '0 个', 'eval.projects.graded.count': '9 个' };
    expect(projectCounts(rec(toLowest))).toHaveLength(1);
  });

  it('counts are exact: one project off is flagged, an exact sum is not', () => {
    const base = { 'eval.projects.generalPublic.count': '42 个', 'eval.projects.governmentFund.count': '6 个' };
    expect(projectCounts(rec({ ...base, 'eval.projects.count': '49 个' }))).toHaveLength(1);
    expect(projectCounts(rec({ ...base, 'eval.projects.count': '48 个' }))).toEqual([]);
  });

  it('does not fire without parts or without the total', () => {
    expect(projectCounts(rec({ 'eval.projects.count': '63 个' }))).toEqual([]);
    expect(projectCounts(rec({ 'eval.projects.generalPublic.count': '42 个' }))).toEqual([]);
  });

  it('does not fire when only one category is named ("共63个，其中42个…" leaves the rest unsaid)', () => {
    expect(projectCounts(rec({ 'eval.projects.count': '63 个', 'eval.projects.generalPublic.count': '42 个' }))).toEqual([]);
    const amounts = amountSums(rec({ 'eval.projects.amount': '4233.97 万元', 'eval.projects.generalPublic.amount': '3352.37 万元' }));
    expect(amounts).toEqual([]);
  });
});

describe('sum.amount', () => {
  it('flags project amounts by category that do not add up', () => {
    const r = rec({
      'eval.projects.amount': '4233.97 万元',
      'eval.projects.generalPublic.amount': '3352.37 万元',
      'eval.projects.governmentFund.amount': '800 万元',
    });
    const ds = valid(amountSums(r));
    expect(subjects(ds)).toEqual(['eval.projects.amount']);
    expect(ds[0].arithmetic).toBe('3352.37 + 800 = 4152.37 ≠ 4233.97 (Δ 81.60 万元)');
  });

  it('does not fire on the seed’s amounts (881.6 stated to 0.1)', () => {
    const r = rec({
      'eval.projects.amount': '4233.97 万元',
      'eval.projects.generalPublic.amount': '3352.37 万元',
      'eval.projects.governmentFund.amount': '881.6 万元',
      'eval.projects.carryover.amount': '0 万元',
    });
    expect(amountSums(r)).toEqual([]);
    // 3352.37 + 881.6 = 4233.97; a total of 4234.02 is 0.05 away, within 0.005 + 0.05 + 0.005
    expect(
      amountSums(
        rec({
          ...{ 'eval.projects.generalPublic.amount': '3352.37 万元', 'eval.projects.governmentFund.amount': '881.6 万元' },
          'eval.projects.amount': '4234.02 万元',
        }),
      ),
    ).toEqual([]);
  });

  it('flags basic ≠ personnel + public-use (B-011)', () => {
    const r = rec({ 'expense.basic': '911.7 万元', 'expense.personnel': '489.18 万元', 'expense.publicUse': '46.89 万元' });
    const ds = valid(amountSums(r));
    expect(subjects(ds)).toEqual(['expense.basic']);
    expect(ds[0].arithmetic).toBe('489.18 + 46.89 = 536.07 ≠ 911.7 (Δ 375.63 万元)');
    expect(
      amountSums(rec({ 'expense.basic': '536.1 万元', 'expense.personnel': '489.18 万元', 'expense.publicUse': '46.89 万元' })),
    ).toEqual([]);
    expect(amountSums(rec({ 'expense.basic': '911.7 万元', 'expense.personnel': '489.18 万元' }))).toEqual([]);
  });

  it("adds personnel + public-use up against the total they are stated as parts of (one funding line's basic)", () => {
    const r = rec({
      'expense.basic': '2100 万元',
      'expense.basic.generalPublic': '2050 万元',
      'expense.personnel': '1800 万元',
      'expense.publicUse': '250 万元',
    });
    expect(subjects(amountSums(r))).toEqual(['expense.basic']);
    for (const key of ['expense.personnel', 'expense.publicUse']) r.figures[key].partOf = 'expense.basic.generalPublic';
    expect(amountSums(r)).toEqual([]);
    r.figures['expense.basic.generalPublic'].value = '2060';
    r.figures['expense.basic.generalPublic'].yuan = '20600000';
    expect(valid(amountSums(r))[0].arithmetic).toBe('1800 + 250 = 2050 ≠ 2060 (Δ 10 万元)');
  });

  it('flags the “三公” total ≠ its three items, each stated (0 counts)', () => {
    const r = rec({
      'threePublic.total': '3.46 万元',
      'threePublic.abroad': '0 万元',
      'threePublic.vehicle': '1.4 万元',
      'threePublic.reception': '0.28 万元',
    });
    const ds = valid(amountSums(r));
    expect(subjects(ds)).toEqual(['threePublic.total']);
    expect(ds[0].arithmetic).toBe('0 + 1.4 + 0.28 = 1.68 ≠ 3.46 (Δ 1.78 万元)');
  });

  it('uses vehicle purchase + running when the combined vehicle item is absent, and checks budgets too', () => {
    const r = rec({
      'threePublic.total': '10 万元',
      'threePublic.abroad': '1 万元',
      'threePublic.vehiclePurchase': '4 万元',
      'threePublic.vehicleRunning': '3 万元',
      'threePublic.reception': '2 万元',
      'threePublic.budget': '12 万元',
      'threePublic.abroad.budget': '2 万元',
      'threePublic.vehicle.budget': '8 万元',
      'threePublic.reception.budget': '2 万元',
    });
    expect(amountSums(r)).toEqual([]);
    const r2 = rec({
      ...Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value} ${f.unit}`])),
      'threePublic.budget': '15 万元',
    });
    const ds = valid(amountSums(r2));
    expect(subjects(ds)).toEqual(['threePublic.budget']);
    expect(ds[0].arithmetic).toBe('2 + 8 + 2 = 12 ≠ 15 (Δ 3 万元)');
  });

  it('does not fire on the “三公” total when an item is not stated (B-004: abroad blank)', () => {
    const r = rec({
      'threePublic.total': '1.71 万元',
      'threePublic.vehicle': '1.18 万元',
      'threePublic.reception': '0.53 万元',
      'threePublic.budget': '3 万元',
      'threePublic.vehicle.budget': '2 万元',
    });
    expect(amountSums(r)).toEqual([]);
    // vehicle running alone is not the vehicle item
    const r2 = rec({
      'threePublic.total': '9 万元',
      'threePublic.abroad': '0 万元',
      'threePublic.vehicleRunning': '1 万元',
      'threePublic.reception': '1 万元',
    });
    expect(amountSums(r2)).toEqual([]);
  });

  it('fires on the “三公” items stated above their total though one item is not stated', () => {
    const r = rec({
      'threePublic.total': '2.35 万元',
      'threePublic.vehicle': '2.12 万元',
      'threePublic.reception': '0.64 万元',
    });
    const ds = valid(amountSums(r));
    expect(subjects(ds)).toEqual(['threePublic.total']);
    expect(ds[0].arithmetic).toBe('2.12 + 0.64 = 2.76 ≠ 2.35 (Δ 0.41 万元)');
    // and 人员经费 alone above 基本支出 (公用经费 unstated)
    const r2 = rec({ 'expense.basic': '300.5 万元', 'expense.personnel': '320.7 万元' });
    expect(subjects(valid(amountSums(r2)))).toEqual(['expense.basic']);
  });

  it('compares the basic spending’s split stated under the whole budget with it only where the split comes to more', () => {
    const split = (budget: string) => {
      const r = rec({ 'budget.total': budget, 'expense.personnel': '700 万元', 'expense.publicUse': '100 万元' });
      r.figures['expense.personnel'] = { ...r.figures['expense.personnel'], partOf: 'budget.total' };
      r.figures['expense.publicUse'] = { ...r.figures['expense.publicUse'], partOf: 'budget.total' };
      return subjects(valid(amountSums(r)));
    };
    // "部门预算1500万元,其中:人员经费700万元,公用经费100万元,城乡低保500万元…": the rest of the budget is other spending
    expect(split('1500 万元')).toEqual([]);
    // a split above the budget it is stated under is wrong whatever else the budget holds
    expect(split('700 万元')).toEqual(['expense.basic']);
  });

  it('does not fire within rounding of the items', () => {
    const r = rec({
      'threePublic.total': '1.7 万元',
      'threePublic.abroad': '0 万元',
      'threePublic.vehicle': '1.18 万元',
      'threePublic.reception': '0.53 万元',
    });
    // 1.71 vs 1.7: 0.01 ≤ 0.05 + 0.005 + 0.005
    expect(amountSums(r)).toEqual([]);
  });
});
