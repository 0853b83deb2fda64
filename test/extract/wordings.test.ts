import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { docOf, figuresOf } from './helpers.ts';
import { SENTENCE_LINK_LEAD, SENTENCE_LINKS } from '../../src/model/wordings.ts';

// How wordings combine (a budget beside a spending total, a funding line, “三公” items, grades, OCR and
// traditional characters). Each wording's own examples live beside it in wordings.ts (vocabulary.test.ts).
const CASES: [string, string, string][] = [
  // 实际支出 is the budget's execution where the report states a budget or a rate, else what was spent
  ['全年预算数100万元。实际支出 88.8 万元。', 'budget.executed', '88.8万元'],
  // a funding line's execution is not the unit's (LABELS.md convention 2)
  // (alone, its 支出决算 is what the line spent, set against no budget: convention 2)
  ['一般公共预算支出决算数为1264.92万元。', 'expense.total.generalPublic', '1264.92万元'],
  ['一般公共预算支出决算数为1264.92万元,完成预算59.7%。', 'budget.executionRate.generalPublic', '59.7%'],
  // a bare spending total is the year's spending, and the budget's execution only beside a budget (convention 2)
  ['2、支出:799.12万元,完成预算的93%。', 'budget.executed', '799.12万元'],
  ['全年预算860万元,支出799.12万元。', 'budget.executed', '799.12万元'],
  ['1、收入:792.22万元。', 'income.total', '792.22万元'],
  ['本年收入合计3,765.66万元。', 'income.total', '3765.66万元'],
  ['收入合计23,866.88万元。', 'income.total', '23866.88万元'],
  ['收入总计23,866.88万元。', 'income.grandTotal', '23866.88万元'],
  // 决算 between the side and 合计 names the statement: still the year's income and spending (convention 3)
  ['2024年度本部门收入决算合计2,350.00万元(不含年初结转和结余)。', 'income.total', '2350.00万元'],
  ['2024年度本部门支出决算合计2,300.00万元,其中基本支出1,600.00万元。', 'expense.total', '2300.00万元'],
  // two totals joined by 、 / 和 before one amount they both are (均为): the first is read too
  ['2024年度本年收入合计、本年支出合计均为2,350.00万元。', 'income.total', '2350.00万元'],
  ['2024年度本年收入合计和本年支出合计均为2,350.00万元。', 'expense.total', '2350.00万元'],
  ['2024年度本年收入合计和本年支出合计均为2,350.00万元。', 'income.total', '2350.00万元'],
  ['财政拨款收入总计1614.63万元。', 'income.fiscal', '1614.63万元'],
  ['“三公”经费财政拨款支出决算为3.46万元。', 'threePublic.total', '3.46万元'],
  ['“三公”经费支出预算为3万元。', 'threePublic.budget', '3万元'],
  ['1.公务接待费预算为1万元,支出决算为0.53万元。', 'threePublic.reception', '0.53万元'],
  ['因公出国(境)费支出决算0万元。', 'threePublic.abroad', '0万元'],
  ['自评等级为优。', 'eval.grade', '优'],
  ['全年预算数 7,143.45 万元。', 'budget.total', '7143.45万元'],
  // OCR reads 元 as 兀; the figure keeps the correction in its rule
  ['全年预算数1172.55万兀。', 'budget.total', '1172.55万元'],
  ['全年預算數 7143.45 萬元。', 'budget.total', '7143.45萬元'.replace('萬', '万')],
];

describe('figure wordings', () => {
  it.each(CASES)('%s → %s', (text, key, value) => {
    expect(figuresOf(text)[key]).toBe(value);
  });
});

// Wordings that depend on the kind of report, named by its title (kind.ts): the same words mean
// different figures in a project's report, a budget document and a department's report.
const PROJECT_TITLE = '某某项目2023年度绩效自评报告\n\n';
const BUDGET_TITLE = '某某学校2023年部门预算情况说明\n\n';
const BY_KIND: [string, string, string, string][] = [
  ['project', `${PROJECT_TITLE}2023年县财政共下达我局财政衔接资金8010万元。`, 'budget.total', '8010万元'],
  ['project', `${PROJECT_TITLE}项目财政资金总额16.20万元,拨付使用16.20万元。`, 'budget.executed', '16.20万元'],
  ['project', `${PROJECT_TITLE}补助资金预算150万元,共完成发放补助资金141.8万元。`, 'budget.executed', '141.8万元'],
  // (no budget stated and no rate: money paid out is what was disbursed, not the budget's execution, convention 2)
  ['project', `${PROJECT_TITLE}共完成发放补助资金141.8万元。`, 'budget.disbursed', '141.8万元'],
  ['project', `${PROJECT_TITLE}专项资金3000万元,实际支付2700万元,使用率90%。`, 'budget.executionRate', '90%'],
  ['budget document', `${BUDGET_TITLE}(一)收入预算:2023年年初预算数761.21万元。`, 'income.total', '761.21万元'],
  ['budget document', `${BUDGET_TITLE}(二)支出预算:2023年年初预算数761.21万元。`, 'expense.total', '761.21万元'],
  ['budget document', `${BUDGET_TITLE}2023年财政拨款收入预算1166.0944万元。`, 'income.fiscal', '1166.0944万元'],
  ['budget document', `${BUDGET_TITLE}基本支出预算6519.27万元。`, 'expense.basic', '6519.27万元'],
  ['any', '2017年度,本单位收入为1687.45万元。', 'income.total', '1687.45万元'],
  ['any', '一般公共预算财政拨款支出总计1741.75万元。', 'expense.generalPublic', '1741.75万元'],
];

describe('wordings read by the kind of report', () => {
  it.each(BY_KIND)('%s: %s → %s', (_kind, text, key, value) => {
    expect(figuresOf(text)[key]).toBe(value);
  });
  it('a budget document states no budget.* figure (convention 4), and income with the carry-in is not income.total', () => {
    const figures = figuresOf(`${BUDGET_TITLE}(一)收入预算:2023年年初预算数761.21万元(含上年结转5.01万元)。教育支出预算 526.61万元。`);
    expect(Object.keys(figures).filter((k) => k.startsWith('budget.') || k === 'income.total')).toEqual([]);
  });
  it('a difference after 决算数大于/小于预算数 is the overrun, never the budget', () => {
    expect(figuresOf('决算数大于预算数55.93万元。')).toEqual({ 'budget.overrun': '55.93万元' });
    expect(figuresOf('决算数小于预算数5万元。')).toEqual({ 'budget.overrun': '-5万元' });
  });
  it("a rate beside one funding line's spending is that line's, not the unit's (convention 2)", () => {
    const figures = figuresOf('一般公共预算财政拨款支出1741.75万元,完成年初预算100%。');
    expect(figures['budget.executionRate']).toBeUndefined();
    expect(figures['budget.executionRate.generalPublic']).toBe('100%');
  });
  it('a rate in the clause after ";" continues the funding line of the clause before it', () => {
    const figures = figuresOf('一般公共预算财政拨款支出总计1741.75万元,比上年减少53.7万元;完成年初预算100%。');
    expect(figures['budget.executionRate']).toBeUndefined();
    expect(figuresOf('全年预算数100万元,执行数95万元;完成预算的95%。')['budget.executionRate']).toBe('95%');
  });
  it("one funding source's spending (自筹资金支出, 其他资金支出) is not the project's execution", () => {
    const figures = figuresOf(`${PROJECT_TITLE}共使用资金500万元,其中拨款支出120.5万元,自筹资金支出379.5万元。`);
    expect(figures['budget.executed']).not.toBe('379.5万元');
    expect(figuresOf(`${PROJECT_TITLE}到位资金80万元,其他资金支出12.6万元。`)['budget.executed']).toBeUndefined();
  });
  it("an item of an enumeration ('、…补助资金4.39万元') is not a project's own funds", () => {
    const figures = figuresOf(`${PROJECT_TITLE}具体包括:交通秩序综合整治155.85万元、公共体育场馆开放补助资金4.39万元。`);
    expect(figures['budget.total']).toBeUndefined();
  });
  it("the grant's 经费 stated with 下达 is the project's budget, not a level's part after it", () => {
    const figures = figuresOf(`${PROJECT_TITLE}全年下达义务教育补助经费615.5万元,其中中央专项资金460万元,自治区专项资金96万元。`);
    expect(figures['budget.total']).toBe('615.5万元');
  });
  it('a transfer named by its word (下达上级资金转移支付 X) is the grant, and one level’s share of it (中央下达转移支付…,省级下达…) is none', () => {
    expect(figuresOf(`${PROJECT_TITLE}某某镇人民政府2023年度下达上级资金转移支付755.19万元。`)['budget.total']).toBe('755.19万元');
    expect(figuresOf(`${PROJECT_TITLE}中央下达转移支付50万元,省级下达转移支付20万元。`)['budget.total']).toBeUndefined();
  });
  it('an item of the list of parts an amount opened (…124.23万元,为甲25万元,…乙项目资金21.24万元) is not the project’s funds, even where the list does not add up', () => {
    const list =
      '省级资金转移支付124.23万元,为桂花村美丽乡村建设25万元,麻埠镇鲜花岭水毁河堤维修加固工程100万元,2023年度农村改厕项目资金21.24万元。';
    expect(figuresOf(`${PROJECT_TITLE}${list}`)['budget.total']).toBeUndefined();
    expect(figuresOf(`${PROJECT_TITLE}${list.replace(',为', ',其中')}`)['budget.total']).toBeUndefined();
    // kept: the project's funds stated alone, and a total before its parts
    expect(figuresOf(`${PROJECT_TITLE}2023年度农村改厕项目资金21.24万元,已全部支付。`)['budget.total']).toBe('21.24万元');
    expect(figuresOf(`${PROJECT_TITLE}项目资金总额50万元,其中:中央补助资金30万元。`)['budget.total']).toBe('50万元');
  });
  it("a project's 总投资 is its budget only when no budget is stated beside it (the local match it counts)", () => {
    const figures = figuresOf(
      `${PROJECT_TITLE}项目总投资600万元,其中:中央资金450万元,市级配套资金150万元。区农业农村局2024年累计申请中央及省级项目预算资金450万元。项目共支付427.5万元,预算执行率95%。`,
    );
    expect([figures['budget.total'], figures['budget.executionRate']]).toEqual(['450万元', '95%']);
  });
  it("another named project's money paid out (拨付 / 拨付资金) in a project's report is that project's, not the report's execution", () => {
    // invented: the report evaluates one project; a sentence pays out money for another, named
    const title =
      '# 某县2023年城区道路提升改造项目绩效自评报告\n\n一、项目基本情况\n\n城区道路提升改造项目2023年预算资金500万元。\n\n二、资金使用情况\n\n';
    for (const sentence of ['滨河大道改造项目拨付120万元。', '另,滨河大道改造项目拨付资金120万元。']) {
      const record = extract(docOf(`${title}${sentence}`));
      expect(record.figures['budget.executed']).toBeUndefined();
      expect(record.tasks.map((t) => [t.name, t.executed])).toEqual([['滨河大道改造项目', '120']]);
    }
  });
  it("refused: the project the title evaluates, named before 拨付, keeps the report's execution", () => {
    const title =
      '# 某县2023年城区道路提升改造项目绩效自评报告\n\n一、项目基本情况\n\n城区道路提升改造项目2023年预算资金500万元。\n\n二、资金使用情况\n\n';
    const record = extract(docOf(`${title}城区道路提升改造项目拨付120万元。`));
    expect(record.figures['budget.executed']?.value).toBe('120');
    expect(record.tasks).toEqual([]);
  });
  it("a finance body paying the project's money out (县财政局…拨付资金) grants it to the unit: no execution of the project's", () => {
    // invented: the finance bureau is the subject of 拨付; the unit's own payment follows
    const granted = '县财政局于2021年9月2日以(县财整合〔2021〕19号)文件拨付资金200万元。';
    expect(figuresOf(`${PROJECT_TITLE}${granted}`)['budget.executed']).toBeUndefined();
    expect(figuresOf(`${PROJECT_TITLE}2023年县财政拨付资金50万元。`)['budget.executed']).toBeUndefined();
    // kept: the money paid out by the unit, 财政资金 naming the money and not the body (against the budget the report
    // states: alone, it is what was disbursed, convention 2)
    const budget = '项目预算资金200万元。';
    expect(figuresOf(`${PROJECT_TITLE}${budget}${granted}项目完工后,已按合同支付项目资金196.56万元。`)['budget.executed']).toBe(
      '196.56万元',
    );
    expect(figuresOf(`${PROJECT_TITLE}${budget}项目财政资金拨付使用16.20万元。`)['budget.executed']).toBe('16.20万元');
    expect(figuresOf(`${PROJECT_TITLE}${budget}项目资金共拨付180万元。`)['budget.executed']).toBe('180万元');
    expect(figuresOf(`${PROJECT_TITLE}项目资金共拨付180万元。`)['budget.disbursed']).toBe('180万元');
  });
  it('project funding words are not read in a department report', () => {
    expect(figuresOf('部门整体支出绩效自评报告\n\n下达专项资金300万元,拨付使用280万元。')['budget.executed']).toBeUndefined();
  });
});

describe('numbers that are not budget figures are ignored', () => {
  it.each([
    '集体物业已接收 51.14 万平方米，拆卸 37.42 万平方米。',
    '河沙村私人房屋已签约 1342 栋，完成签约 88.6%。',
    '今年共立案查处114宗，罚款金额共计292.611347万元。',
    '项目整体进度约 85.42%，计划明年 4 月竣工。',
    '拨付经费 10 多万元，新增凸面镜等 20 余处。',
    '企业总注册资本超1.2亿元，新增就业岗位5000余个。',
    '办结率100%，全区排名第 1 名，走访率 113.33%。',
    '公务接待费支出决算0.53万元，占69%。',
    // a difference after a comparison, and a rate that belongs to one funding line (convention 2)
    '设备使用率95%。',
    // what the year began with is no year-end carry-over
    '其中:年初财政拨款结转和结余50.00万元。',
    // an indicator's target and actual value are no budget figures
    '成本指标:项目总成本≤90万元,实际完成88.6万元。',
    '数量指标:完成维修工程12处,成本指标控制在135.6万元以内,实际完成128.4万元。',
    // (an indicator's line with no indicator named in it: the money set as its target says what the value after it is)
    '——完成投资额:年度目标1200万元,实际完成1263万元;',
    // (the items just listed, counted, as the subject: their sum, not the unit's budget or spending)
    '以上4项年度预算合计3510.40万元,已支付3444.88万元。',
    '1.社会保障和就业(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项): 支出决算为67.64万元,完成预算89.53%。',
    // a change to the budget in the year is not the budget it came to
    '年中追加预算数12万元,用于设备更新。',
    '因政策调整,年中调减预算资金8.5万元。',
    // parts joined before one 均为 amount: no total of the year's, on either side
    '2024年度事业收入和经营支出合计均为120万元。',
    // a part's 决算合计 is that part's, not the year's income or spending
    '2024年度事业收入决算合计120万元,经营支出决算合计30万元。',
    // a class's or a programme's 实际支出 (a name before it) is that part's spending, not the unit's
    '在本级支出中,民生和各项公共事业实际支出86亿元。',
    '2023年教育实际支出15.2万元,占全部支出的12%。',
    // income someone else earned (the farmers a project helped), not the unit's; a fund's income in the period
    '项目带动农户取得收入2万元。',
    '一般公共预算当期收入500万元。',
  ])('%s', (text) => {
    const figures = figuresOf(text);
    const vocabulary = Object.keys(figures).filter((k) => !k.startsWith('threePublic.'));
    expect(vocabulary).toEqual([]);
  });
});

describe('task money lines', () => {
  it("reads a task whose name is a numbered sentence of its own, then '该项工作…'", () => {
    const r = extract(docOf('(一)党建工作。该项工作年初预算30万元,全年执行28万元,执行率93.33%。'));
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['党建工作', '30', '28', '93.33']]);
    expect(r.figures['budget.initial']).toBeUndefined();
  });
  it('names a task by what follows the last colon of its head', () => {
    const r = extract(docOf('重点项目执行情况:党建工作经费预算30万元,实际支出28万元;业务工作经费预算50万元,实际支出50万元。'));
    expect(r.tasks.map((t) => t.name)).toEqual(['党建工作经费', '业务工作经费']);
  });
  it('reads a numbered task line from prose', () => {
    const r = extract(docOf('1、党建工作：年度支出预算数 325.29 万元，预算完成数 323.19 万元，执行率 99.35%。注重…'));
    expect(r.tasks).toMatchObject([{ name: '党建工作', budget: '325.29', executed: '323.19', rate: '99.35', unit: '万元' }]);
    expect(r.figures['budget.total']).toBeUndefined();
    expect(r.tasks[0].evidence.snippet).toContain('325.29');
  });
  it('reads an enumeration of project amounts', () => {
    const r = extract(docOf('项目支出包括委员活动经费36.3万元,扫黑除恶工作经费1万元,信息网络运行经费5万元。'));
    expect(r.tasks.map((t) => [t.name, t.executed])).toEqual([
      ['委员活动经费', '36.3'],
      ['扫黑除恶工作经费', '1'],
      ['信息网络运行经费', '5'],
    ]);
  });
  it('does not make a task of a “三公” item or a functional class', () => {
    const r = extract(
      docOf(
        '1.公务接待费预算为1万元,支出决算为0.53万元,完成预算的47%。\n\n2.卫生健康(类)公立医院(款)综合医院(项): 支出决算为1万元,完成预算50%。',
      ),
    );
    expect(r.tasks).toEqual([]);
  });
});

describe('primary mention and repeated statements', () => {
  it('keeps every mention and makes the first one primary', () => {
    const r = extract(docOf('一般公共预算财政拨款支出 5988.67 万元。\n\n涉及一般公共预算支出 2956.82 万元。'));
    const f = r.figures['expense.generalPublic'];
    expect(f.value).toBe('5988.67');
    expect(f.mentions.map((m) => m.value)).toEqual(['5988.67', '2956.82']);
    expect(f.yuan).toBe('59886700');
  });
  it('总收入 yields to 本年收入 when both are stated', () => {
    const figures = figuresOf('本单位2021年度总收入581.45万元,其中本年收入390.55万元。');
    expect(figures['income.total']).toBe('390.55万元');
    expect(figures['income.grandTotal']).toBe('581.45万元');
  });
});

describe('fund-qualified statements', () => {
  it('a qualified 基本支出 is the figure only when no unqualified one is stated', () => {
    expect(figuresOf('2023年一般公共预算财政拨款基本支出911.7万元。')['expense.basic']).toBe('911.7万元');
    const both = figuresOf('基本支出 2719.24 万元。\n\n一般公共预算财政拨款基本支出 911.7 万元。');
    expect(both['expense.basic']).toBe('2719.24万元');
    expect(both['expense.basic.generalPublic']).toBe('911.7万元');
  });
});

describe('project sentences and project tables', () => {
  it('a sentence about one named project is a task, not the department', () => {
    const r = extract(docOf('老旧小区改造项目预算200万元，实际支出180万元，执行率90%。'));
    expect(r.figures['budget.executed']).toBeUndefined();
    expect(r.tasks).toMatchObject([{ name: '老旧小区改造项目', budget: '200', executed: '180', rate: '90' }]);
  });
  it('reads a project list table by column', () => {
    const md =
      '单位:万元\n\n| 序号 | 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|---|\n| 1 | 党建经费 | 30 | 28.5 | 95% |\n| 2 | 环卫保洁 | 1,032.43 | 781.59 | 75.7% |\n| | 合计 | 1062.43 | 810.09 | |\n';
    const r = extract(docOf(md));
    expect(r.tasks.map(({ name, budget, executed, rate, unit }) => [name, budget, executed, rate, unit])).toEqual([
      ['党建经费', '30', '28.5', '95', '万元'],
      ['环卫保洁', '1032.43', '781.59', '75.7', '万元'],
    ]);
  });
});

describe('more wordings', () => {
  it.each([
    ['“三公”经费支出 12.5 万元,“三公”经费预算 15 万元。', 'threePublic.total', '12.5万元'],
    // what was spent, with no budget beside it (LABELS.md convention 2); beside one, its execution
    ['2023年度部门整体支出 880 万元。', 'expense.total', '880万元'],
    ['2023年度部门预算 900 万元,部门整体支出 880 万元。', 'budget.executed', '880万元'],
    ['2023年收入预算 900 万元。', 'budget.total', '900万元'],
    ['年终结转结余 12 万元。', 'carryover.end', '12万元'],
    ['机关运行经费支出 30 万元。', 'expense.operation', '30万元'],
    ['部门整体支出绩效自评总体评分 92 分。', 'eval.score', '92分'],
    // the total after 自评结果 is the overall score (LABELS.md convention 8)
    ['2023年度部门整体支出绩效自评结果为:总分92.5分,等级为优。', 'eval.score', '92.5分'],
  ])('%s → %s', (text, key, value) => {
    expect(figuresOf(text)[key]).toBe(value);
  });
  it('a sub-score after 自评结果 (预算执行 out of 20) is no overall score', () => {
    expect(figuresOf('自评结果:预算执行得分18分,绩效目标得分70分。')['eval.score']).toBeUndefined();
  });
  it('项目支出 continuing a project name is not the department project expenditure', () => {
    expect(figuresOf('老旧小区改造项目支出 100 万元。')['expense.project']).toBeUndefined();
    expect(figuresOf('其中项目支出 100 万元。')['expense.project']).toBe('100万元');
    expect(figuresOf('2023年项目支出 100 万元。')['expense.project']).toBe('100万元');
  });
});

describe('department tables by row', () => {
  it("takes the report year's executed column of a several-year table and only full wordings", () => {
    const md = [
      '# 某局2023年度部门决算情况说明',
      '',
      '单位:万元',
      '',
      '| 项目 | 2022年决算数 | 2023年预算数 | 2023年决算数 |',
      '|---|---|---|---|',
      '| 本年收入合计 | 100 | 120 | 115.5 |',
      '| 基本支出 | 60 | 70 | 68 |',
      '| 社会保障和就业支出 | 10 | 12 | 11 |',
    ].join('\n');
    const figures = figuresOf(md);
    expect(figures['income.total']).toBe('115.5万元');
    expect(figures['expense.basic']).toBe('68万元');
    expect(figures['budget.executed']).toBeUndefined();
  });
});

describe('nested items and “三公” items without a verb', () => {
  it('names the task by the innermost numbered item', () => {
    const r = extract(
      docOf(
        '(一)重点项目:1.高标准农田建设项目:全年预算数300万元,全年执行数285万元,执行率95%;2.动物防疫经费:全年预算数50万元,全年执行数50万元,执行率100%。',
      ),
    );
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['高标准农田建设项目', '300', '285', '95'],
      ['动物防疫经费', '50', '50', '100'],
    ]);
  });
  it('reads “三公” items listed with their amounts', () => {
    const f = figuresOf(
      '2022年“三公”经费预算数为8.5万元,实际支出6.2万元。其中公务接待费1.2万元,公务用车运行维护费5万元,因公出国(境)费0万元。',
    );
    expect([f['threePublic.total'], f['threePublic.reception'], f['threePublic.vehicleRunning'], f['threePublic.abroad']]).toEqual([
      '6.2万元',
      '1.2万元',
      '5万元',
      '0万元',
    ]);
  });
});

describe('traditional-character reports', () => {
  it('matches on the simplified form and returns the department as written', () => {
    const r = extract(docOf('某市財政局2021年度部門決算說明\n\n2021年度本年收入合計4,800萬元,本年支出合計5,000.5萬元。'));
    expect(r.department).toBe('某市財政局');
    expect(r.figures['income.total'].value).toBe('4800');
    expect(r.figures['income.total'].evidence.snippet).toBe('本年收入合計4,800萬元');
  });
  it('支出总额 is the department total only at the head of a sentence', () => {
    expect(figuresOf('2021年度政府采购支出总额120万元。')['budget.executed']).toBeUndefined();
    expect(figuresOf('2021年度部门支出总额120万元。')['expense.total']).toBe('120万元');
  });
});

describe('project self-evaluation tables', () => {
  it('reads the 年度资金总额 row of a ruled table with a merged 项目资金 column', () => {
    const md = [
      '# 项目支出绩效自评表',
      '',
      '(2023年度)',
      '',
      '| 项目名称 | 社区养老服务补助 | | | | | | |',
      '|---|---|---|---|---|---|---|---|',
      '| 实施单位 | 某街道办事处 | | | | | | |',
      '| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| | 年度资金总额 | 100 | 120 | 110 | 10 | 91.67% | 9 |',
      '| | 其中:当年财政拨款 | 100 | 120 | 110 | - | 91.67% | - |',
    ].join('\n');
    const r = extract(docOf(md));
    expect(r.kind).toBe('project');
    expect(r.year).toBe(2023);
    expect(r.department).toBe('某街道办事处');
    const f = Object.fromEntries(Object.entries(r.figures).map(([k, v]) => [k, v.value]));
    expect(f).toMatchObject({ 'budget.initial': '100', 'budget.total': '120', 'budget.executed': '110', 'budget.executionRate': '91.67' });
    expect(r.tasks).toEqual([]);
  });
});

describe('总支出', () => {
  it("is the year's spending unless 本年支出 is stated too", () => {
    expect(figuresOf('2023年本部门总支出 500 万元,其中基本支出 300 万元,项目支出 200 万元。')['expense.total']).toBe('500万元');
    const both = figuresOf('本单位2021年度总支出581.45万元,其中本年支出480.71万元。');
    expect([both['expense.total'], both['expense.grandTotal']]).toEqual(['480.71万元', '581.45万元']);
  });
});

describe('table rows copied as text', () => {
  it('reads a self-evaluation table whose rows were copied with spaces', () => {
    const md =
      '# 项目支出绩效自评表(2022年度)\n\n项目资金(万元)\n\n年初预算数 全年预算数 全年执行数 分值 执行率 得分\n\n年度资金总额 43.2 43.2 37.24 10 86% 9\n';
    const r = extract(docOf(md));
    const f = Object.fromEntries(Object.entries(r.figures).map(([k, v]) => [k, v.value]));
    expect(f).toEqual({ 'budget.initial': '43.2', 'budget.total': '43.2', 'budget.executed': '37.24', 'budget.executionRate': '86' });
    expect(r.figures['budget.executed'].evidence.snippet).toBe('37.24');
  });
});

describe('figures of another year', () => {
  it("ignores last year's figures stated beside this year's", () => {
    const f = figuresOf(
      '# 某局2023年度部门整体支出绩效自评报告\n\n2023年全年预算数 500 万元,执行数 450 万元;上年执行数 400 万元,2022年决算数 380 万元。',
    );
    expect(f['budget.total']).toBe('500万元');
    expect(f['budget.executed']).toBe('450万元');
    const r = extract(
      docOf(
        '# 某局2023年度部门整体支出绩效自评报告\n\n2023年全年预算数 500 万元,执行数 450 万元;上年执行数 400 万元,2022年决算数 380 万元。',
      ),
    );
    expect(r.figures['budget.executed'].mentions).toHaveLength(1);
  });
});

describe('OCR confusions inside wordings', () => {
  it('reads 年未结余 as 年末结余 and records the correction on the mention', () => {
    const r = extract(docOf('年未结余数19.8万元。'));
    expect(r.figures['carryover.end']?.value).toBe('19.8');
    expect(r.figures['carryover.end']?.rule).toContain('ocr 未→末');
  });
  it.each([
    ['本年收人合计1,105.30万元。', 'income.total', '1105.30', '人→入'],
    ['预算执行卒95.2%。', 'budget.executionRate', '95.2', '卒→率'],
    ['本年支岀合计1,098.60万元。', 'expense.total', '1098.60', '岀→出'],
    ['全年预算数120万元,全年执仃数118万元。', 'budget.executed', '118', '仃→行'],
  ])('reads %s through its confusion', (text, key, value, correction) => {
    const f = extract(docOf(text)).figures[key];
    expect(f?.value).toBe(value);
    expect(f?.rule).toContain(`ocr ${correction}`);
  });
  it('leaves a wording that matches as written alone (人员经费 is not 入员经费)', () => {
    expect(extract(docOf('人员经费489.18万元。')).figures['expense.personnel']?.rule).not.toContain('ocr');
  });
  it('does not undo a confusion outside the matched words', () => {
    expect(extract(docOf('未来预算执行率95%。')).figures['budget.executionRate']?.rule).not.toContain('ocr');
  });
});

describe('a level of government before a project’s funds is one level’s part (FUND_LEVEL)', () => {
  // the level words FUND_LEVEL names, each the first word of a part after the project's total: that level's money
  const PROJECT_TITLE = '某某项目2023年度绩效自评报告\n\n';
  const LEVELS = ['中央', '省', '省级', '自治区', '市', '市级', '州', '州级', '县', '县级', '区级', '本级', '上级', '地方'];
  it.each(LEVELS)('其中%s安排资金 is a part of the total', (level) =>
    expect(figuresOf(`${PROJECT_TITLE}项目预算资金合计900万元。其中${level}安排资金200万元。`)['budget.total']).toBe('900万元'),
  );
  it.each(LEVELS)('%s资金预算 is a part of the total', (level) =>
    expect(figuresOf(`${PROJECT_TITLE}农机购置补贴资金预算为1580万元,${level}资金预算300万元。`)['budget.total']).toBe('1580万元'),
  );
  // the sentence's date and its comma before the level: the level grants the whole, as with no comma
  it.each(['2022年,', '2022年'])('%s中央下达我省…资金 is the project’s grant, its total', (date) =>
    expect(figuresOf(`${PROJECT_TITLE}${date}中央下达我省水利救灾资金6800万元。目前资金已执行4132.8万元。`)['budget.total']).toBe(
      '6800万元',
    ),
  );
  it('refused: a level after a comma that follows an amount opens a part (…900万元,省级下达资金200万元)', () =>
    expect(figuresOf(`${PROJECT_TITLE}项目预算资金合计900万元,省级下达资金200万元。`)['budget.total']).toBe('900万元'));
  // refusal: a project's own funds named without a level are its budget
  it('安排资金 alone is the project’s budget', () =>
    expect(figuresOf(`${PROJECT_TITLE}该项目安排资金合计450万元,全年实际支出资金433.2万元。`)['budget.total']).toBe('450万元'));
});

describe("a government's figure stated for several areas or levels", () => {
  it('reads the one amount an area states (a government text, convention 5)', () => {
    expect(figuresOf('全区一般公共预算支出58.07亿元,增长2.1%。')['expense.generalPublic']).toBe('58.07亿元');
  });
  it('reads none where the whole and its levels state different amounts (全国…,中央…,地方…)', () => {
    const text = '今年一季度,全国一般公共预算支出7200亿元;中央一般公共预算本级支出860亿元;地方一般公共预算支出6340亿元。';
    expect(figuresOf(text)['expense.generalPublic']).toBeUndefined();
  });
  it('refused: a unit stating its own figure twice keeps the first (convention 6), no level named', () => {
    const text = '2023年一般公共预算财政拨款支出120.5万元。……本年一般公共预算财政拨款支出121.5万元。';
    expect(figuresOf(text)['expense.generalPublic']).toBe('120.5万元');
  });
});

describe('a fund’s purpose in brackets before its amount (FUND_PURPOSE_NOTE)', () => {
  it('reads the grant past the purpose, 县 inside its words included', () =>
    expect(figuresOf(`${PROJECT_TITLE}下达中央服务业发展资金(县域商业建设行动)1468万元。`)['budget.total']).toBe('1468万元'));
  it.each(['第二批', '省级', '追加部分'])('refused: a bracket naming a part of the money (%s) leaves the amount a part', (note) =>
    expect(figuresOf(`${PROJECT_TITLE}下达中央服务业发展资金(${note})1468万元。`)['budget.total']).toBeUndefined(),
  );
});

describe('the linking words a sentence may open on (SENTENCE_LINKS)', () => {
  it.each(SENTENCE_LINKS)('%s, set off by its comma, is read past to the subject after it', (link) => {
    expect(`${link},B项目全年预算50万元`.replace(SENTENCE_LINK_LEAD, '')).toBe('B项目全年预算50万元');
    // refused: the same characters without the comma open the subject's own words ("另外两个项目", "最后一批资金")
    expect(`${link}B项目全年预算50万元`.replace(SENTENCE_LINK_LEAD, '')).toBe(`${link}B项目全年预算50万元`);
  });
});

describe('the year’s budget named as its quota (预算指标) or its whole (总预算)', () => {
  const DEPARTMENT = '某县交通运输局2023年度部门整体支出绩效自评报告\n\n';

  it('refused: an addition to the quota (追加预算指标) is no budget of the year', () => {
    expect(
      figuresOf(`${DEPARTMENT}2023年部门预算1,000万元,年中追加预算指标50万元,全年实际支出1,020万元。`)['budget.total'],
    ).toBeUndefined();
  });

  it('refused: a project’s 总预算 after its name, in a department’s report, is the project’s', () => {
    expect(figuresOf(`${DEPARTMENT}2023年城区道路维修项目全年总预算300万元,实际支出290万元。`)['budget.total']).toBeUndefined();
  });
});
