/**
 * Counts of projects read for sum.count: the projects an evaluation graded, counted by grade (extractGradeCounts), as
 * evaluation notices state them; invented sentences in the shapes notices use, and the shapes that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { docOf } from './helpers.ts';

const counts = (text: string) =>
  Object.fromEntries(
    Object.entries(extract(docOf(text)).figures)
      .filter(([k]) => /^eval\.projects\.grade/.test(k))
      .map(([k, f]) => [k, f.value]),
  );
const TITLE = '某市财政局关于2023年度市级财政重点绩效评价结果的通报\n\n';

describe('projects counted by grade', () => {
  it('reads the projects evaluated and each grade’s count after them (对7个项目开展评价…优的3个,良的3个,中的2个)', () => {
    const text = `${TITLE}市财政局对2022年度7个市级财政支出项目开展了重点绩效评价。本次评价结果为优的3个,良的3个,中的2个。`;
    expect(counts(text)).toEqual({
      'eval.projects.graded.count': '7',
      'eval.projects.grade.excellent.count': '3',
      'eval.projects.grade.good.count': '3',
      'eval.projects.grade.fair.count': '2',
    });
    expect(reconcile(extract(docOf(text))).map((d) => d.rule)).toEqual(['sum.count']);
  });

  it('takes the count from the paragraph before, a heading between, with quoted grades (“优”的2个)', () => {
    const text = `${TITLE}对2023年度8个市级重点项目开展了财政重点绩效评价。\n\n一、评价结果\n\n评价结果为“优”的2个,“良”的4个,“中”的1个,“差”的1个。`;
    expect(counts(text)['eval.projects.graded.count']).toBe('8');
    expect(reconcile(extract(docOf(text)))).toEqual([]);
  });

  it('refused: each sub-unit’s projects graded under its own count, in one paragraph, count no grades of the report’s', () => {
    const text = `${TITLE}本局绩效自评项目共60个,其中:本级40个项目评价等级为“优”有30个、评价等级为“良”有6个、评价等级为“中”有4个;林场20个项目评价等级为“优”有18个、评价等级为“良”有1个、评价等级为“差”有1个。`;
    expect(counts(text)).toEqual({});
    expect(reconcile(extract(docOf(text))).map((d) => d.rule)).toEqual([]);
  });

  it('refused: one grade alone, or a count of something else between the projects and the grades', () => {
    expect(counts(`${TITLE}对7个项目开展了绩效评价,评价结果为优的3个。`)).toEqual({});
    expect(counts(`${TITLE}对7个项目开展了绩效评价,涉及12个乡镇。评价结果为优的3个,良的4个。`)).toEqual({});
  });
});

describe('projects counted by grade, with their money (0.33.0)', () => {
  const run = (last: string) =>
    `${TITLE}本次共对113个项目开展绩效自评,涉及财政资金3267.28万元。绩效自评“优”的项目79个财政资金3038.38万元;绩效自评“良”的项目11个财政资金201.9万元,绩效自评“中”的项目3个财政资金7万元,绩效自评“差”的项目20个财政资金${last}万元。`;

  it('reads each grade’s count and money, the grades’ clauses opened by 绩效自评, and the money of all the projects graded', () => {
    expect(counts(run('20.00'))).toEqual({
      'eval.projects.graded.count': '113',
      'eval.projects.graded.amount': '3267.28',
      'eval.projects.grade.excellent.count': '79',
      'eval.projects.grade.excellent.amount': '3038.38',
      'eval.projects.grade.good.count': '11',
      'eval.projects.grade.good.amount': '201.9',
      'eval.projects.grade.fair.count': '3',
      'eval.projects.grade.fair.amount': '7',
      'eval.projects.grade.poor.count': '20',
      'eval.projects.grade.poor.amount': '20.00',
    });
    expect(reconcile(extract(docOf(run('20.00'))))).toEqual([]);
  });

  it('flags the grades’ money that does not add up to the projects graded (3038.38 + 201.9 + 7 + 218.07 ≠ 3267.28)', () => {
    const flagged = reconcile(extract(docOf(run('218.07'))));
    expect(flagged.map((d) => [d.rule, d.arithmetic])).toEqual([['sum.amount', expect.stringContaining('3465.35')]]);
  });

  it('refused: money for some grades only, or no money stated for the projects graded, reads no money by grade', () => {
    const some = run('20.00').replace('财政资金201.9万元', '');
    expect(Object.keys(counts(some)).filter((k) => k.endsWith('.amount'))).toEqual([]);
    const noTotal = run('20.00').replace(',涉及财政资金3267.28万元', '');
    expect(Object.keys(counts(noTotal)).filter((k) => k.endsWith('.amount'))).toEqual([]);
  });
});

describe('projects counted by fund type after 其中', () => {
  const byFund = (text: string) =>
    Object.fromEntries(
      Object.entries(extract(docOf(text)).figures)
        .filter(([k]) => /^eval\.projects\.(?!grade)/.test(k))
        .map(([k, f]) => [k, f.value]),
    );
  const sums = (text: string) => reconcile(extract(docOf(text))).filter((d) => d.rule === 'sum.count' || d.rule === 'sum.amount');
  const unit = '# 某县住房和城乡建设局2023年度部门整体支出绩效自评报告\n\n';

  it('refused: a part counting projects of a kind no fund word names leaves the named ones no whole to check (no false sum)', () => {
    const text = `${unit}我局对2023年度全部项目支出开展绩效自评,共涉及项目27个、资金3,415.62万元。其中:一般公共预算项目21个,涉及资金2,608.40万元;政府性基金预算项目4个,涉及资金712.22万元;上级转移支付项目2个,涉及资金95.00万元。`;
    expect(byFund(text)).toEqual({ 'eval.projects.count': '27', 'eval.projects.amount': '3415.62' });
    expect(sums(text)).toEqual([]);
  });

  it('reads the parts when every one is named by its fund, and flags them where they fall short', () => {
    const text = `${unit}我局对2023年度全部项目支出开展绩效自评,共涉及项目27个、资金3,415.62万元。其中:一般公共预算项目21个,涉及资金2,608.40万元;政府性基金预算项目4个,涉及资金712.22万元。`;
    expect(byFund(text)['eval.projects.generalPublic.count']).toBe('21');
    expect(
      sums(text)
        .map((d) => d.rule)
        .sort(),
    ).toEqual(['sum.amount', 'sum.count']);
  });
});
