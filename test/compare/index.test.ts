/**
 * The comparison's pure functions on hand-made reports: the one-row rule, the rows' values (money
 * in 万元, corrected values marked, a missing rate computed), the order, the rankings and their
 * exact median, and the carry-over chain with its broken and missing links.
 */
import { describe, expect, it } from 'vitest';
import {
  bestOrWorst,
  byOneRowRule,
  carryoverChain,
  compareView,
  computedRate,
  departmentYears,
  exportRowOf,
  median,
  ranking,
  rowOf,
  sortRows,
  type ComparableReport,
  type EffectiveValue,
} from '../../src/compare/index.ts';
import { CompareView, DepartmentYears } from '../../src/model/compare.ts';
import type { Unit } from '../../src/model/record.ts';

let nextId = 1;
function report(
  department: string | null,
  year: number | null,
  figures: { [key: string]: [string, Unit] | [string, Unit, 'corrected'] } = {},
  extra: Partial<ComparableReport> = {},
): ComparableReport {
  const effective: { [key: string]: EffectiveValue } = {};
  for (const [key, [value, unit, corrected]] of Object.entries(figures))
    effective[key] = { value, unit, corrected: corrected === 'corrected' };
  const documentId = extra.documentId ?? nextId++;
  return {
    documentId,
    file: `${department}-${year}-${documentId}.md`,
    department,
    year,
    kind: 'department-overall',
    figures: effective,
    open: { error: 0, warning: 0, info: 0 },
    lastAuditId: null,
    ...extra,
  };
}

describe('the one-row rule', () => {
  it('puts a reviewed report before an unreviewed one, the latest reviewed first, else the latest ingested', () => {
    const old = report('甲局', 2023, {}, { documentId: 10 });
    const newer = report('甲局', 2023, {}, { documentId: 12 });
    const reviewedEarly = report('甲局', 2023, {}, { documentId: 11, lastAuditId: 3 });
    const reviewedLate = report('甲局', 2023, {}, { documentId: 9, lastAuditId: 7 });
    expect(byOneRowRule([old, newer]).map((r) => r.documentId)).toEqual([12, 10]);
    expect(byOneRowRule([old, newer, reviewedEarly]).map((r) => r.documentId)).toEqual([11, 12, 10]);
    expect(byOneRowRule([old, reviewedEarly, newer, reviewedLate]).map((r) => r.documentId)).toEqual([9, 11, 12, 10]);
  });

  it('makes one row per department × year, the others reachable from it; names compared trimmed', () => {
    const a = report('甲局', 2023, { 'budget.total': ['100', '万元'] }, { documentId: 20 });
    const b = report(' 甲局 ', 2023, { 'budget.total': ['120', '万元'] }, { documentId: 21 });
    const c = report('甲局', 2022, { 'budget.total': ['90', '万元'] }, { documentId: 22 });
    const view = compareView([a, b, c]);
    expect(view.rows.map((r) => [r.department, r.year, r.documentId])).toEqual([
      ['甲局', 2022, 22],
      ['甲局', 2023, 21],
    ]);
    expect(view.rows[1].others).toEqual([{ documentId: 20, file: a.file, kind: 'department-overall', reviewed: false }]);
    expect(CompareView.parse(view)).toEqual(view);
  });

  it('filters of kind, year and department come before the rule; "has open discrepancies" after it', () => {
    const overall = report('乙局', 2023, {}, { documentId: 30, open: { error: 1, warning: 0, info: 0 } });
    const project = report('乙局', 2023, {}, { documentId: 31, kind: 'project' });
    expect(compareView([overall, project]).rows.map((r) => r.documentId)).toEqual([31]);
    expect(compareView([overall, project], { kind: 'department-overall' }).rows.map((r) => r.documentId)).toEqual([30]);
    // the row shown (31) has nothing open: the filter does not bring 30 back in its place
    expect(compareView([overall, project], { open: 'true' }).rows).toEqual([]);
    expect(compareView([overall, project], { year: 2022 }).rows).toEqual([]);
    expect(compareView([overall, project], { department: '丙' }).rows).toEqual([]);
  });

  it('lists reports without a department or a year apart, and every year and kind for the filters', () => {
    const view = compareView([
      report(null, 2023, {}, { documentId: 40 }),
      report('丁局', null, {}, { documentId: 41 }),
      report('丁局', 2021, {}, { documentId: 42, kind: 'project' }),
    ]);
    expect(view.rows.map((r) => r.documentId)).toEqual([42]);
    expect(view.unplaced.map((u) => u.documentId)).toEqual([40, 41]);
    expect(view.years).toEqual([2021, 2023]);
    expect(view.kinds).toEqual(['department-overall', 'project']);
  });
});

describe('a row', () => {
  it('converts money to 万元 exactly, keeps rates and points as stated, marks corrected values', () => {
    const row = rowOf(
      report('戊局', 2023, {
        'budget.total': ['71434500', '元'],
        'budget.executed': ['6708', '万元', 'corrected'],
        'budget.executionRate': ['93.90', '%'],
        'eval.score': ['95.5', '分'],
        'eval.grade': ['优', ''],
        'expense.basic': ['0.25', '亿元'],
      }),
    );
    expect(row.values).toMatchObject({
      budget: '7143.45',
      executed: '6708',
      executionRate: '93.90',
      score: '95.5',
      grade: '优',
      basic: '2500',
    });
    expect(row.corrected).toEqual(['executed']);
    expect(row.executionRateComputed).toBe(false);
  });

  it('computes a missing rate from budget and executed to 2 places, and says so', () => {
    expect(computedRate('23', '6.45')).toBe('28.04');
    expect(computedRate('0', '6.45')).toBeNull();
    expect(computedRate(null, '6.45')).toBeNull();
    const row = rowOf(report('己局', 2023, { 'budget.total': ['200', '万元', 'corrected'], 'budget.executed': ['150', '万元'] }));
    expect(row.values.executionRate).toBe('75.00');
    expect(row.executionRateComputed).toBe(true);
    // computed from a corrected budget: itself a reviewed value
    expect(row.corrected).toEqual(['budget', 'executionRate']);
    expect(exportRowOf(row, 'zh').corrected).toBe('全年预算数[万元]; 预算执行率[%]; 预算执行率[%](计算)');
  });

  it('leaves out a money figure without a money unit rather than guess', () => {
    expect(rowOf(report('庚局', 2023, { 'budget.total': ['100', '%'] })).values.budget).toBeNull();
  });
});

describe('order and rankings', () => {
  const rows = [
    rowOf(report('北京局', 2023, { 'budget.executionRate': ['99.5', '%'], 'budget.total': ['10', '万元'] })),
    rowOf(report('安徽局', 2023, { 'budget.executionRate': ['80', '%'], 'budget.total': ['500', '万元'] })),
    rowOf(report('重庆局', 2023, { 'budget.executionRate': ['100.00', '%'], 'budget.total': ['30', '万元'] })),
    rowOf(report('成都局', 2023, {})),
  ];

  it('sorts by a decimal column numerically (not as text), empty cells last both ways, ties by department', () => {
    expect(sortRows(rows, 'execution_rate', 'desc').map((r) => r.department)).toEqual(['重庆局', '北京局', '安徽局', '成都局']);
    expect(sortRows(rows, 'execution_rate', 'asc').map((r) => r.department)).toEqual(['安徽局', '北京局', '重庆局', '成都局']);
    expect(sortRows(rows, 'budget', 'asc').map((r) => r.department)).toEqual(['北京局', '重庆局', '安徽局', '成都局']);
    // department names in pinyin order: an(徽) bei(京) cheng(都) chong(庆)
    expect(sortRows(rows, 'department').map((r) => r.department)).toEqual(['安徽局', '北京局', '成都局', '重庆局']);
  });

  it('ranks the rows with a value, highest first, with the exact median; best and worst N', () => {
    const r = ranking(rows, 'executionRate');
    expect(r.entries.map((e) => [e.department, e.value, e.budget])).toEqual([
      ['重庆局', '100.00', '30'],
      ['北京局', '99.5', '10'],
      ['安徽局', '80', '500'],
    ]);
    expect(r.median).toBe('99.5');
    expect(bestOrWorst(r, 2, 'best').map((e) => e.department)).toEqual(['重庆局', '北京局']);
    expect(bestOrWorst(r, 2, 'worst').map((e) => e.department)).toEqual(['安徽局', '北京局']);
    expect(ranking([], 'score')).toEqual({ metric: 'score', median: null, entries: [] });
  });

  it('takes the mean of the two middle values for an even count, exactly', () => {
    expect(median(['0.1', '0.2'])).toBe('0.15');
    expect(median(['93', '100.00', '80', '99.35'])).toBe('96.175');
    expect(median(['7'])).toBe('7');
    expect(median([])).toBeNull();
  });
});

describe('a department across years: the carry-over chain', () => {
  const chainOf = (reports: ComparableReport[]) => departmentYears(reports, '辛局');

  it('links each year to the next: consistent within the stated precision, broken beyond it, missing when a side is absent', () => {
    const view = chainOf([
      report('辛局', 2020, { 'carryover.end': ['50.00', '万元'] }),
      report('辛局', 2021, { 'income.carryIn': ['500000', '元'], 'carryover.end': ['60', '万元'] }),
      report('辛局', 2022, { 'income.carryIn': ['58.5', '万元'], 'carryover.end': ['70', '万元'] }),
      report('辛局', 2024, { 'income.carryIn': ['70', '万元'] }),
    ]);
    expect(DepartmentYears.parse(view)).toEqual(view);
    expect(view.years.map((r) => r.year)).toEqual([2020, 2021, 2022, 2024]);
    expect(view.chain.map((l) => [l.fromYear, l.toYear, l.status, l.carryoverEnd, l.carryIn, l.difference])).toEqual([
      [2020, 2021, 'consistent', '50.00', '50', '0.00'],
      [2021, 2022, 'broken', '60', '58.5', '-1.5'],
      [2022, 2023, 'missing-report', '70', null, null],
      [2023, 2024, 'missing-report', null, '70', null],
    ]);
  });

  it('says a link is missing a figure when a report does not state its side', () => {
    const view = chainOf([report('辛局', 2020, {}), report('辛局', 2021, { 'income.carryIn': ['1', '万元'] })]);
    expect(view.chain).toEqual([expect.objectContaining({ status: 'missing-figure', carryoverEnd: null, carryIn: '1' })]);
  });

  it('checks the chain on the rows the one-row rule picked, corrected values included', () => {
    const first = report('辛局', 2020, { 'carryover.end': ['10', '万元'] });
    const unreviewed = report('辛局', 2021, { 'income.carryIn': ['10', '万元'] });
    const reviewed = report('辛局', 2021, { 'income.carryIn': ['12', '万元', 'corrected'] }, { lastAuditId: 1 });
    const view = chainOf([first, reviewed, unreviewed]);
    expect(view.years[1].documentId).toBe(reviewed.documentId);
    expect(view.chain[0].status).toBe('broken');
    expect(carryoverChain([], new Map())).toEqual([]);
  });
});
