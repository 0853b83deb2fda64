import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { parseIndicatorTarget, splitKeyIndicators } from '../../src/extract/indicators.ts';
import { docOf } from './helpers.ts';

describe('indicator targets', () => {
  it.each([
    ['>95%', '>', '95', '%'],
    ['> 95%', '>', '95', '%'],
    ['≥95%', '≥', '95', '%'],
    ['不低于95%', '≥', '95', '%'],
    ['≤30万元', '≤', '30', '万元'],
    ['100%', '=', '100', '%'],
    ['90%以上', '≥', '90', '%'],
    ['持平或下降', 'not-increase', '持平或下降', null],
    ['长期', 'qualitative', '长期', null],
    ['通过上级创文检查', 'qualitative', '通过上级创文检查', null],
  ])('%s', (text, comparison, target, unit) => {
    expect(parseIndicatorTarget(text)).toEqual({ comparison, target, unit });
  });
  it('splits a key-indicator cell into indicators', () => {
    expect(
      splitKeyIndicators('民生服务覆盖率: 90%; 社区服务按时办结率: >95%; 政务服务评价满意率: >90%。').map((i) => [i.name, i.target]),
    ).toEqual([
      ['民生服务覆盖率', '90%'],
      ['社区服务按时办结率', '>95%'],
      ['政务服务评价满意率', '>90%'],
    ]);
  });
});

describe('targets and indicators from documents', () => {
  it('reads the seed performance-target table: five targets, their key indicators parsed', () => {
    const text = readFileSync(new URL('../../fixtures/seed/qiaozhong-2023.received.md', import.meta.url), 'utf8');
    const r = extract(docOf(text));
    expect(r.targets.map((t) => t.task)).toEqual([
      '强化基层党建工作,筑牢社区发展阵地',
      '全力做好民生服务',
      '立足基层管理建设,做实做强管理服务水平',
      '维护社会大局安全稳定',
      '深化城市环境卫生建设',
    ]);
    const byName = Object.fromEntries(r.indicators.map((i) => [i.name, i]));
    expect(byName['社区服务按时办结率']).toMatchObject({ comparison: '>', target: '95', unit: '%' });
    expect(byName['社会治安案件数量']).toMatchObject({ comparison: 'not-increase' });
    expect(byName['党建引领品牌建设受益期']).toMatchObject({ comparison: 'qualitative', target: '长期' });
  });
  it('reads 一级/二级/三级指标 rows with value, unit, weight and score', () => {
    const md = [
      '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |',
      '产出指标 | 经济成本指标 | 成本控制数 | ≤ | 30 | 万元 | 完成 | 90 | 90 | ||',
      '合计 | 100 | |||||||||',
    ].join('\n');
    const r = extract(docOf(md));
    expect(r.indicators).toHaveLength(1);
    expect(r.indicators[0]).toMatchObject({
      name: '成本控制数',
      comparison: '≤',
      target: '30',
      unit: '万元',
      actual: '完成',
      weight: '90',
      score: '90',
    });
  });
  it('reads a department’s indicator table: 投入 / 过程 first levels, blank cells of merged levels carried down, 实际完成 as the value reached', () => {
    const md = [
      '# 某县档案馆2023年度部门整体支出绩效自评报告',
      '',
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 实际完成 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| 投入 | 预算配置 | 在职人员控制率 | 5 | ≤100%得满分 | 96.30% | 5 |',
      '| | | “三公”经费变动率 | 5 | ≤0得满分 | -2.4% | 5 |',
      '| 过程 | 预算执行 | 预算执行率 | 10 | 100%得满分 | 97.15% | 9.7 |',
      '| | 资产管理 | 固定资产利用率 | 5 | 100%得满分 | 100% | 5 |',
      '| 总分 | | | 100 | | | 94.7 |',
    ].join('\n');
    const r = extract(docOf(md));
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.actual, i.weight, i.score])).toEqual([
      ['投入', '预算配置', '在职人员控制率', '96.30%', '5', '5'],
      ['投入', '预算配置', '“三公”经费变动率', '-2.4%', '5', '5'],
      ['过程', '预算执行', '预算执行率', '97.15%', '10', '9.7'],
      ['过程', '资产管理', '固定资产利用率', '100%', '5', '5'],
    ]);
  });
  it('refused: a first cell that names no level (a note under the table) is read as no indicator’s level', () => {
    const md = [
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 完成值 | 得分 |',
      '|---|---|---|---|---|---|',
      '| 产出指标 | 数量指标 | 档案数字化页数 | 20 | 12万页 | 20 |',
      '| 评价结论 | 完成年度目标 | | | | |',
    ].join('\n');
    const r = extract(docOf(md));
    expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([['产出指标', '数量指标', '档案数字化页数']]);
  });
});
