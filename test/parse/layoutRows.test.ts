import { describe, expect, it } from 'vitest';
import { findLaidOutRegions, gluedValues, laidCells } from '../../src/parse/layoutRows.ts';
import { extract } from '../../src/extract/index.ts';
import { docOf } from '../extract/helpers.ts';

/** The grids found in `text`'s lines, cells as written. */
const grids = (text: string) => findLaidOutRegions(text.split('\n')).map((r) => r.rows.map((row) => row.map((c) => c.raw)));
const tasksOf = (text: string) => extract(docOf(text)).tasks.map((t) => [t.name, t.budget ?? null, t.executed ?? null, t.rate ?? null]);

// Invented copies, laid out as pdftotext -layout sets a page: cells at their printed columns, runs of spaces between.
const PROJECTS = [
  '                        表3  2023年度项目支出绩效自评情况表',
  '                                                                    单位：万元',
  ' 序号  项目名称                        年初预算   调整后预算   执行数    执行率    等级',
  '  1    农田水利设施维护                  120.00       130.00    126.10    97.00%     优',
  '  2    村级公益设施奖补                               86.40     80.35    93.00%     良',
  '  3    农产品品牌建设（含地理标志产品认    60.00        60.00     57.00    95.00%     优',
  '       证补助）',
  '  4    农机购置县级配套                   40.00        40.00     40.00   100.00%     优',
  '',
  '    从上表看，村级公益设施奖补项目执行率偏低，其余项目均按计划实施。',
].join('\n');

const STACKED_FORM = [
  '                                  项目支出绩效自评表',
  ' 项目名称             城区绿化养护项目',
  ' 主管部门             青山县住房和城乡建设局               实施单位      青山县园林绿化中心',
  '                                      年初           全年           全年',
  '                                                                              分值      执行率      得分',
  '                                      预算数         预算数         执行数',
  ' 项目资金       年度资金总额          300.00         320.00         310.40        10       97.00%      9.70',
  ' （万元）       其中：财政拨款        300.00         320.00         310.40        —          —          —',
  '                      其他资金          0.00           0.00           0.00        —          —          —',
  '',
  '                年度主要任务                          预算数         执行数        完成率',
  '                行道树修剪养护                        180.00         176.40        98.00%',
  ' 年度主要       公园绿地管护                          110.00         106.70        97.00%',
  ' 任务完成       古树名木保护及病虫害防',
].join('\n');

// The same form as pdftotext -layout sets it from a narrow-celled PDF: every character on one column of its grid, a Chinese
// one too (so a header's words line up with the numbers under them only so counted), each cell's words wrapped in their
// cell, the form's row above the table ending on a wrapped "部" over the header's columns.
const GRID_FORM = [
  '主管部     青山县                           实施单      青山县',
  '门       园林局                           位        绿化中心',
  '        部                                   部',
  '项目资            年初预      全年预       全年执      分值    执行率      得分',
  '金（万元）          算数       算数        行数',
  '        年度资    300.00   320.00    310.40   10    97.00%   9.70',
  '        金总额',
  '        其中：财   300.00   320.00    310.40   —     97.00%   —',
  '        政拨款',
  '        其他资    0.00     0.00      0.00     —     —        —',
  '        金',
].join('\n');

describe('laid-out tables (pdftotext -layout)', () => {
  it('splits a line at runs of two spaces or more, one space staying inside a cell, with display columns', () => {
    expect(laidCells(' 1    农田水利  1 234.56  优 秀')).toEqual([
      { text: '1', from: 1, to: 2 },
      { text: '农田水利', from: 6, to: 14 },
      { text: '1 234.56', from: 16, to: 24 },
      { text: '优 秀', from: 26, to: 31 },
    ]);
  });

  it('puts each cell under the header column it stands in: a blank cell stays blank, a wrapped name joins its row', () => {
    expect(grids(PROJECTS)).toEqual([
      [
        ['序号', '项目名称', '年初预算', '调整后预算', '执行数', '执行率', '等级'],
        ['1', '农田水利设施维护', '120.00', '130.00', '126.10', '97.00%', '优'],
        ['2', '村级公益设施奖补', '', '86.40', '80.35', '93.00%', '良'],
        ['3', '农产品品牌建设（含地理标志产品认证补助）', '60.00', '60.00', '57.00', '95.00%', '优'],
        ['4', '农机购置县级配套', '40.00', '40.00', '40.00', '100.00%', '优'],
      ],
    ]);
    expect(tasksOf(PROJECTS)).toEqual([
      ['农田水利设施维护', '130.00', '126.10', '97.00'],
      ['村级公益设施奖补', '86.40', '80.35', '93.00'],
      ['农产品品牌建设(含地理标志产品认证补助)', '60.00', '57.00', '95.00'],
      ['农机购置县级配套', '40.00', '40.00', '100.00'],
    ]);
  });

  it('joins a name wrapped at a joining word (…养护及 / 安全设施维修), its values on either of its lines', () => {
    const header = ' 项目名称                  预算数      执行数      执行率';
    const rows = (lines: string[]) => [header, ...lines, ' 城乡公交一体化            80.00       76.00       95.00%'].join('\n');
    const want = [
      ['农村公路日常养护及安全设施维修', '120.00', '115.00', '95.83'],
      ['城乡公交一体化', '80.00', '76.00', '95.00'],
    ];
    // the values on the name's first line, its rest under it
    expect(tasksOf(rows([' 农村公路日常养护及        120.00      115.00      95.83%', ' 安全设施维修']))).toEqual(want);
    // the values on its last line, its first line right under the header
    expect(tasksOf(rows([' 农村公路日常养护及', ' 安全设施维修              120.00      115.00      95.83%']))).toEqual(want);
    // …or under the row before
    const middle = [
      header,
      ' 城乡公交一体化            80.00       76.00       95.00%',
      ' 农村公路日常养护及',
      ' 安全设施维修              120.00      115.00      95.83%',
    ];
    expect(tasksOf(middle.join('\n'))).toEqual([want[1], want[0]]);
  });
  it('refused: words alone that stop on no joining word join no row (a group’s heading stays its own line)', () => {
    const text = [
      ' 项目名称                  预算数      执行数      执行率',
      ' 城乡公交一体化            80.00       76.00       95.00%',
      ' 农村公路类',
      ' 安全设施维修              120.00      115.00      95.83%',
    ].join('\n');
    expect(tasksOf(text).map((t) => t[0])).toEqual(['城乡公交一体化', '安全设施维修']);
  });
  it('merges a header stacked on several lines down its columns; a form’s side label is a column of its own', () => {
    const found = grids(STACKED_FORM);
    expect(found[0]).toEqual([
      ['', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['项目资金', '年度资金总额', '300.00', '320.00', '310.40', '10', '97.00%', '9.70'],
      ['（万元）', '其中：财政拨款', '300.00', '320.00', '310.40', '—', '—', '—'],
      ['', '其他资金', '0.00', '0.00', '0.00', '—', '—', '—'],
    ]);
    expect(found[1][0]).toEqual(['', '年度主要任务', '预算数', '执行数', '完成率']);
    expect(found[1].map((r) => r[1])).toEqual(['年度主要任务', '行道树修剪养护', '公园绿地管护']);
  });

  it('reads a copy set on a grid of one column a character: the header cut inside its words, row labels under its first words', () => {
    expect(grids(GRID_FORM)).toEqual([
      [
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', '300.00', '320.00', '310.40', '10', '97.00%', '9.70'],
        ['其中：财政拨款', '300.00', '320.00', '310.40', '—', '97.00%', '—'],
        ['其他资金', '0.00', '0.00', '0.00', '—', '—', '—'],
      ],
    ]);
    const record = extract(docOf(`青山县园林局2023年度城区绿化养护项目支出绩效自评报告\n${GRID_FORM}`));
    expect(Object.fromEntries(Object.entries(record.figures).map(([k, f]) => [k, f.value]))).toMatchObject({
      'budget.initial': '300.00',
      'budget.total': '320.00',
      'budget.executed': '310.40',
      'budget.executionRate': '97.00',
    });
  });
  it('reads a grid copy’s header whose note wrapped (资金量(万 / 元)), its names wrapped in two columns at once', () => {
    const notice = [
      '                   资金量(万',
      '序号   主管部门   项目名称   元)       自评得分     自评等级',
      '1    青山县档   档案数字   76.00    94       优',
      '     案馆     化建设',
      '2    青山县统   经济普查   48.50    88       良',
      '     计局     专项',
    ].join('\n');
    expect(grids(notice)).toEqual([
      [
        ['序号', '主管部门', '项目名称', '资金量(万元)', '自评得分', '自评等级'],
        ['1', '青山县档案馆', '档案数字化建设', '76.00', '94', '优'],
        ['2', '青山县统计局', '经济普查专项', '48.50', '88', '良'],
      ],
    ]);
  });
  it('reads a grid copy’s header over a line of notes ((10 分), (万元)), a rate’s % wrapped under it, a label wrapped past its colon', () => {
    const form = [
      '预算执      年度预      年初预     调整后     预算执     预算执     权重    得分',
      '行情况      算数       算       预算数     行数      行率',
      '(10 分)   (万元)',
      '         总额       60.00   64.00   61.44   96.00   10    9.6',
      '                                          %',
      '         其中:      60.00   64.00   61.44   96.00   /     /',
      '         财政资                              %',
      '         金',
    ].join('\n');
    expect(grids(form)).toEqual([
      [
        ['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分'],
        ['', '总额', '60.00', '64.00', '61.44', '96.00%', '10', '9.6'],
        ['', '其中:财政资金', '60.00', '64.00', '61.44', '96.00%', '/', '/'],
      ],
    ]);
    // refused: a % under a rate that has its own is no wrapped sign: the row under it ends the table, one row of values
    // is none, and the copy stays text
    const signed = form.split('\n');
    signed[3] = signed[3].replace('96.00  ', '96.00% ');
    expect(grids(signed.join('\n'))).toEqual([]);
  });
  it('reads a copy typed counting 汉字 one column wide on that grid (its stacked words overlap the next column by one display column)', () => {
    // (refused while only display columns were counted: there the header's words overlap two columns)
    const typed = [
      '年度主要任                   预算数(万   执行数(万',
      '务       任务名称   主要内容     元)      元)      执行率',
      '1       学生资助   落实各学段    450     448.2   99.6%',
      '2       校舍维修   维修改造校    320     300     93.75%',
    ].join('\n');
    expect(grids(typed)).toEqual([
      [
        ['务', '任务名称', '主要内容', '预算数(万元)', '执行数(万元)', '执行率'],
        ['1', '学生资助', '落实各学段', '450', '448.2', '99.6%'],
        ['2', '校舍维修', '维修改造校', '320', '300', '93.75%'],
      ],
    ]);
  });
  it('refused: a value right of the value columns under none of them leaves the grid copy as text', () => {
    const lines = GRID_FORM.split('\n');
    lines[5] = `${lines[5]}        12.5`;
    expect(grids(lines.join('\n'))).toEqual([]);
  });

  it('reads the form’s money and its task rows through extraction', () => {
    const text = [
      '2023年度城区绿化养护项目支出绩效自评报告',
      ...STACKED_FORM.split('\n').slice(0, -1),
      '                古树名木保护                           30.00          27.30        91.00%',
    ].join('\n');
    const record = extract(docOf(text));
    expect(Object.fromEntries(Object.entries(record.figures).map(([k, f]) => [k, f.value]))).toMatchObject({
      'budget.initial': '300.00',
      'budget.total': '320.00',
      'budget.executed': '310.40',
      'budget.executionRate': '97.00',
    });
    expect(tasksOf(text)).toEqual([
      ['行道树修剪养护', '180.00', '176.40', '98.00'],
      ['公园绿地管护', '110.00', '106.70', '97.00'],
      ['古树名木保护', '30.00', '27.30', '91.00'],
    ]);
  });

  it('reads a table continued after a page’s marker and its repeated header as a second table', () => {
    const text = [
      ' 序号  项目名称              预算数     执行数    执行率',
      '  1    道路养护              50.00      49.00     98.00%',
      '  2    路灯维修              20.00      18.00     90.00%',
      '\u200B',
      ' 序号  项目名称              预算数     执行数    执行率',
      '  3    桥梁检测              10.00      10.00    100.00%',
      '  4    公交站亭改造          30.00      28.50     95.00%',
    ].join('\n');
    expect(grids(text).map((g) => g.slice(1).map((r) => r[1]))).toEqual([
      ['道路养护', '路灯维修'],
      ['桥梁检测', '公交站亭改造'],
    ]);
  });

  it('goes on past a page’s marker when the next page opens on a row under its columns (no header repeated)', () => {
    const page = (marker: string) =>
      [
        ' 序号  项目名称              预算数     执行数    执行率',
        '  1    道路养护              50.00      49.00     98.00%',
        '  2    路灯维修              20.00      18.00     90.00%',
        '',
        marker,
        '',
        '  3    桥梁检测              10.00      10.00    100.00%',
        '  4    公交站亭改造          30.00      28.50     95.00%',
      ].join('\n');
    expect(grids(page('\u200B')).map((g) => g.slice(1).map((r) => r[1]))).toEqual([['道路养护', '路灯维修', '桥梁检测', '公交站亭改造']]);
    // two blank lines and no page's marker: the table ended
    expect(grids(page('')).map((g) => g.slice(1).map((r) => r[1]))).toEqual([['道路养护', '路灯维修']]);
  });

  it('cuts a cell whose values ran together over two value columns, when exactly one cut writes them alike', () => {
    expect(gluedValues('1152.401098.27', 2)).toEqual(['1152.40', '1098.27']);
    expect(gluedValues('95.30%9.53', 2)).toEqual(['95.30%', '9.53']);
    expect(gluedValues('1,200,000.001,164,000.00', 2)).toEqual(['1,200,000.00', '1,164,000.00']);
    // whole numbers run together cut anywhere; one number is no two
    expect(gluedValues('1205', 2)).toBeNull();
    expect(gluedValues('100.00', 2)).toBeNull();
    const text = [
      ' 任务名称                    主要内容                           预算数   执行数   执行率',
      ' 安全生产监管执法            执法检查、隐患排查治理、           210.00198.45     94.50%',
      '                             第三方专家服务',
      ' 应急救援队伍建设            专职救援队伍运行、装备更新         265.00251.20     94.79%',
    ].join('\n');
    expect(grids(text)).toEqual([
      [
        ['任务名称', '主要内容', '预算数', '执行数', '执行率'],
        // (the second line under 主要内容 alone, nothing under the row's first column: that cell's wrapped end)
        ['安全生产监管执法', '执法检查、隐患排查治理、第三方专家服务', '210.00', '198.45', '94.50%'],
        ['应急救援队伍建设', '专职救援队伍运行、装备更新', '265.00', '251.20', '94.79%'],
      ],
    ]);
  });

  it('reads a notice’s header stacked over a unit’s note (资金量 / （万元）, 评价 / 得分), a merged cell’s name on one row', () => {
    const text = [
      ' 序号   主管部门        项目名称                                   资金量       评价     评价',
      '                                                                    （万元）     得分     等级',
      '  1                     学前教育发展专项资金                        486.00     91.5     优',
      '  2     县教育局        义务教育阶段学生营养改善计划                312.48     88.0     良',
      '  3                     普通高中教育设施改造项目                   1260.00     86.5     良',
    ].join('\n');
    expect(grids(text)).toEqual([
      [
        ['序号', '主管部门', '项目名称', '资金量（万元）', '评价得分', '评价等级'],
        ['1', '', '学前教育发展专项资金', '486.00', '91.5', '优'],
        ['2', '县教育局', '义务教育阶段学生营养改善计划', '312.48', '88.0', '良'],
        ['3', '', '普通高中教育设施改造项目', '1260.00', '86.5', '良'],
      ],
    ]);
  });

  it('takes no words above a header’s name columns into it (a title, the form’s row above)', () => {
    const text = [
      '             其他资金',
      ' 年度主要任务',
      ' 任务名称                    预算数   执行数   执行率',
      ' 安全生产监管执法            210.00   198.45   94.50%',
      ' 应急救援队伍建设            265.00   251.20   94.79%',
    ].join('\n');
    expect(grids(text).map((g) => [g[0], findLaidOutRegions(text.split('\n'))[0].start])).toEqual([
      [['任务名称', '预算数', '执行数', '执行率'], 2],
    ]);
  });

  it('reads columns of sentences set side by side (预期目标 | 实际完成情况) each as its own text', () => {
    const text = [
      '                 预期目标                                  实际完成情况',
      '                 1.完成行道树修剪1.2万株；                 1.行道树修剪：安排资金80.00万元，实',
      ' 年度总          2.新建口袋公园3处。                       际支出78.40万元；',
      ' 体目标                                                    2.口袋公园建设：安排资金60.00万元，',
      '                                                           实际支出57.00万元。',
    ].join('\n');
    expect(grids(text)).toEqual([
      [
        ['', '预期目标', '实际完成情况'],
        [
          '年度总体目标',
          '1.完成行道树修剪1.2万株；2.新建口袋公园3处。',
          '1.行道树修剪：安排资金80.00万元，实际支出78.40万元；2.口袋公园建设：安排资金60.00万元，实际支出57.00万元。',
        ],
      ],
    ]);
    expect(tasksOf(`2023年度城区绿化项目支出绩效自评报告\n\n${text}\n`)).toEqual([
      ['行道树修剪', '80.00', '78.40', null],
      ['口袋公园建设', '60.00', '57.00', null],
    ]);
  });

  describe('refused: the text stays as it is', () => {
    it.each([
      {
        layout: 'two cells under one column (a row that is not the header’s)',
        text: [
          ' 项目名称              预算数     执行数',
          ' 道路养护              50.00      49.00',
          ' 路灯维修    20.00     18.00      90.00',
        ].join('\n'),
      },
      {
        layout: 'one row of values only',
        text: [' 项目名称              预算数     执行数', ' 道路养护              50.00      49.00', '', '其余项目均按计划实施。'].join(
          '\n',
        ),
      },
      {
        layout: 'cells two spaces apart, set in no columns (a 合计 row’s amounts would fall under the names)',
        text: [
          '序号  子项目名称  预算数  实际支出  执行率',
          '1  土地平整工程  425.00  425.00  100.00%',
          '2  灌溉与排水工程  638.00  610.25  95.65%',
          '合计  1,063.00  1,035.25  97.39%',
        ].join('\n'),
      },
      {
        layout: 'no header the vocabulary knows over the values',
        text: [
          ' 指标名称              目标值     完成值',
          ' 道路养护里程          50.00      49.00',
          ' 路灯修复数量          20.00      18.00',
        ].join('\n'),
      },
      {
        layout: 'a title over the header merged into its columns (its words no header’s)',
        text: [
          ' 2023年度重点项目执行情况明细统计表',
          '                      预算数     执行数',
          ' 道路养护              50.00      49.00',
          ' 路灯维修              20.00      18.00',
        ].join('\n'),
        want: [['', '预算数', '执行数']],
      },
    ])('$layout', ({ text, want }) => {
      expect(grids(text).map((g) => g.slice(0, 1))).toEqual(want ? [want] : []);
    });
  });
});
