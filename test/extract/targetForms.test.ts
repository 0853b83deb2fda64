/**
 * A 部门预算项目绩效目标申报表 copied as text (src/extract/tasks/targetForms.ts, and the unit written after its budget code,
 * metadata.ts codedUnitCandidates): the same form in each layout a copy gives it, as data. Own names and numbers.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { docOf } from './helpers.ts';

const HEADER = [
  '单位名称',
  '项目名称',
  '预算数',
  '年度目标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '指标值',
  '度量单位',
  '权重',
  '指标方向性',
];
const ROWS = [
  ['301-白云镇部门', '5,120,400.00'],
  [
    '301001-青山县白云镇人民政府',
    '村干部误工补贴',
    '2,406,000.00',
    '按时足额发放村干部误工补贴',
    '产出指标',
    '数量指标',
    '补贴人数',
    '=',
    '186',
    '人',
    '20',
    '正向指标',
  ],
  ['产出指标', '成本指标', '人均补贴标准', '≤', '1,200.00', '元/人', '20', '正向指标'],
  ['效益指标', '社会效益指标', '基层组织稳定运转', '≥', '95', '%', '20', '正向指标'],
  [
    '村级公益事业补助',
    '1,514,400.00',
    '用于村内道路、水利等小型公益设施维护',
    '产出指标',
    '数量指标',
    '维护设施数量',
    '≥',
    '12',
    '个',
    '20',
    '正向指标',
  ],
  ['效益指标', '可持续影响指标', '设施持续发挥作用', '≥', '3', '年', '10', '正向指标'],
  ['社区办公经费', '1,200,000.00', '保障村社区正常办公运转', '产出指标', '质量指标', '正常运转率', '≥', '95', '%', '20', '正向指标'],
];
const form = (unitLine = '金额单位:元', rows = ROWS) => [['部门预算项目绩效目标申报表(2024年度)'], [unitLine], HEADER, ...rows];

/** The layouts a copy gives the form: each row's cells, joined. */
const LAYOUTS: { layout: string; text: (cells: string[][]) => string }[] = [
  { layout: 'a pipe table', text: (rows) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n') },
  { layout: 'one cell a line', text: (rows) => rows.flat().join('\n') },
  { layout: 'one cell a paragraph', text: (rows) => rows.flat().join('\n\n') },
  {
    layout: 'one cell a line, each closed by its bar',
    text: (rows) =>
      rows
        .flat()
        .map((c) => `${c} |`)
        .join('\n'),
  },
  { layout: 'a row a line, its cells spaced', text: (rows) => rows.map((r) => r.join(' ')).join('\n') },
  { layout: 'the whole form run into one line (a document mirror)', text: (rows) => rows.map((r) => r.join(' ')).join(' ') },
];

const rowsOf = (text: string) => extract(docOf(`${text}\n`)).tasks.map((t) => [t.name, t.budget ?? '-', t.unit].join(' | '));

describe('a 绩效目标申报表 copied as text: each project’s name, its budget as money, its target', () => {
  for (const { layout, text } of LAYOUTS) {
    it(`${layout}: the three projects in 元, the unit written after its code`, () => {
      const record = extract(docOf(`${text(form())}\n`));
      expect(record.tasks.map((t) => [t.name, t.budget, t.unit].join(' | '))).toEqual([
        '村干部误工补贴 | 2406000.00 | 元',
        '村级公益事业补助 | 1514400.00 | 元',
        '社区办公经费 | 1200000.00 | 元',
      ]);
      expect(record.department).toBe('青山县白云镇人民政府');
    });
  }
  for (const { layout, text } of LAYOUTS.slice(1))
    it(`refused (${layout}): a form that declares no unit gives no rows`, () => {
      expect(rowsOf(text(form('填报日期:2024年1月10日')))).toEqual([]);
    });
  it('a budget header of the vocabulary with its unit (申报金额(万元)) and a 年度绩效目标 column, no unit line', () => {
    const header = ['单位名称', '项目名称', '申报金额(万元)', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'];
    const rows = [
      ['301001-青山县白云镇人民政府', '村道养护经费', '240.60', '完成村道日常养护', '产出指标', '数量指标', '养护里程', '≥ 30公里'],
      ['农田水利维修', '85.00', '维修灌溉渠道', '产出指标', '质量指标', '验收合格率', '100%'],
    ];
    expect(rowsOf(LAYOUTS[4].text([['部门预算项目绩效目标表(2024年度)'], header, ...rows]))).toEqual([
      '村道养护经费 | 240.60 | 万元',
      '农田水利维修 | 85.00 | 万元',
    ]);
  });
  it('a name run on after the indicator row’s direction (正向指标村级公益事业补助, a PDF copy that dropped the space): the name after it', () => {
    const glued = LAYOUTS[4].text(form()).replace(/正向指标\n(村级公益事业补助|社区办公经费)/g, '正向指标$1');
    expect(rowsOf(glued)).toEqual([
      '村干部误工补贴 | 2406000.00 | 元',
      '村级公益事业补助 | 1514400.00 | 元',
      '社区办公经费 | 1200000.00 | 元',
    ]);
  });
  it('refused: a name holding an indicator’s words (效益指标村级公益事业补助) is no row', () => {
    const glued = LAYOUTS[4].text(form()).replace('正向指标\n村级公益事业补助', '正向指标\n效益指标村级公益事业补助');
    expect(rowsOf(glued)).toEqual(['村干部误工补贴 | 2406000.00 | 元', '社区办公经费 | 1200000.00 | 元']);
  });
  it('refused: a money-written indicator value (≤ 1,200.00 元/人) is no project', () => {
    expect(rowsOf(LAYOUTS[1].text(form())).some((r) => r.startsWith('人均补贴标准') || r.includes('1200.00'))).toBe(false);
  });
  it('refused: a form listing two units by their codes names neither as the report’s', () => {
    const twoUnits = ROWS.map((r) => (r[0] === '社区办公经费' ? ['301002-青山县白云镇中心小学', ...r] : r));
    expect(extract(docOf(`${LAYOUTS[1].text(form('金额单位:元', twoUnits))}\n`)).department).toBeNull();
  });
});
