import { describe, expect, it } from 'vitest';
import { discrepancyRows, figureRows, reportRow } from '../../src/export/shapes.ts';
import type { Discrepancy, Evidence } from '../../src/model/record.ts';
import type { ReportBundle, StoredFigure } from '../../src/store/bundles.ts';

const evidence = (snippet: string, page: number | null = 2): Evidence => ({
  blockId: 'b1',
  page,
  lines: [1, 1],
  snippet,
  start: 0,
  end: snippet.length,
});
const figure = (key: string, value: string, unit: string, yuan: string | null): StoredFigure => ({
  key,
  value,
  unit,
  yuan,
  rule: 'test',
  section: null,
  page: 2,
  snippet: `${key} ${value}${unit}`,
});

const rate: Discrepancy = {
  rule: 'rate.execution',
  subject: 'department',
  severity: 'warning',
  message: { zh: '执行率不符', en: 'rate differs' },
  expected: '93.90',
  actual: '93',
  difference: '-0.90',
  unit: '%',
  arithmetic: '6708 / 7143.45 = 93.90% ≠ 93%',
  tolerance: '0.5',
  figures: [
    { key: 'budget.executed', label: '全年执行数', value: '6708', unit: '万元', evidence: evidence('执行数 6708 万元', 3) },
    { key: 'budget.executionRate', label: '预算执行率', value: '93', unit: '%', evidence: null },
  ],
};
const sum: Discrepancy = { ...rate, rule: 'sum.expenseBySource', severity: 'error', figures: [] } as unknown as Discrepancy;

function bundle(): ReportBundle {
  return {
    report: { reportId: 1, documentId: 7, file: 'a.md', sha256: 'x', department: '某局', year: 2023, kind: 'department-overall' },
    figures: [
      figure('budget.total', '7143.45', '万元', '71434500'),
      figure('budget.executed', '6708', '万元', '67080000'),
      figure('budget.executionRate', '93', '%', null),
      figure('threePublic.total', '123456.7', '元', '123456.7'),
      figure('eval.grade', '优', '', null),
      figure('some.unlisted', '1', '个', null),
    ],
    discrepancies: [
      { id: 1, fingerprint: 'rate.execution|department', reviewStatus: 'open', reviewerNote: null, discrepancy: rate },
      { id: 2, fingerprint: 'sum.expenseBySource|', reviewStatus: 'genuine', reviewerNote: '已核实', discrepancy: sum },
    ],
    figureCorrections: new Map([
      ['budget.executed', { value: '6709.5', unit: '万元' as const }],
      ['expense.basic', { value: '2553.39', unit: '万元' as const }],
    ]),
  };
}

describe('figureRows (long)', () => {
  it('one row per figure, corrections applied and marked, added figures last', () => {
    const rows = figureRows(bundle());
    expect(rows.map((r) => [r.key, r.value, r.unit, r.value_yuan, r.review_status])).toEqual([
      ['budget.total', '7143.45', '万元', '71434500', 'extracted'],
      ['budget.executed', '6709.5', '万元', '67095000', 'corrected'],
      ['budget.executionRate', '93', '%', null, 'extracted'],
      ['threePublic.total', '123456.7', '元', '123456.7', 'extracted'],
      ['eval.grade', '优', '', null, 'extracted'],
      ['some.unlisted', '1', '个', null, 'extracted'],
      ['expense.basic', '2553.39', '万元', '25533900', 'corrected'],
    ]);
    expect(rows[0]).toMatchObject({
      document_id: 7,
      department: '某局',
      year: 2023,
      report_kind: 'department-overall',
      label_zh: '全年预算数',
      file: 'a.md',
      page: 2,
      evidence: 'budget.total 7143.45万元',
    });
    // the corrected figure keeps the evidence of what was extracted; an added one has none
    expect(rows[1].evidence).toBe('budget.executed 6708万元');
    expect(rows[6]).toMatchObject({ page: null, evidence: '', label_zh: '基本支出' });
    expect(rows[5].label_zh).toBe('some.unlisted');
  });
});

describe('reportRow (wide)', () => {
  it('money in 万元 exactly, rates in %, grades as text, every key a column, open discrepancies by severity', () => {
    const row = reportRow(bundle()) as { [c: string]: unknown };
    expect(row['budget.total[万元]']).toBe('7143.45');
    expect(row['budget.executed[万元]']).toBe('6709.5');
    expect(row['budget.executionRate[%]']).toBe('93');
    expect(row['threePublic.total[万元]']).toBe('12.34567');
    expect(row['eval.grade']).toBe('优');
    expect(row['expense.basic[万元]']).toBe('2553.39');
    expect(row['income.total[万元]']).toBeNull();
    expect('some.unlisted' in row).toBe(false);
    expect(row).toMatchObject({ document_id: 7, open_error: 0, open_warning: 1, open_info: 0 });
  });
});

describe('discrepancyRows', () => {
  it('the problem list with subject, arithmetic, evidence lines and the review', () => {
    const [first, second] = discrepancyRows(bundle());
    expect(first).toMatchObject({
      discrepancy_id: 1,
      document_id: 7,
      department: '某局',
      year: 2023,
      file: 'a.md',
      rule: 'rate.execution',
      subject: 'department',
      severity: 'warning',
      message_zh: '执行率不符',
      arithmetic: '6708 / 7143.45 = 93.90% ≠ 93%',
      expected: '93.90',
      actual: '93',
      difference: '-0.90',
      unit: '%',
      review_status: 'open',
      reviewer_note: null,
    });
    expect(first.evidence).toBe('全年执行数 6708万元（第3页）：执行数 6708 万元\n预算执行率 93%');
    expect(second).toMatchObject({ discrepancy_id: 2, document_id: 7, subject: '', review_status: 'genuine', reviewer_note: '已核实' });
  });
});
