/**
 * Sentence rules that decide whose a number is (issue 15): synthetic sentences in the shapes
 * real reports use, each with every figure it must give and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { repeats } from '../../src/reconcile/rules/repeat.ts';
import { docOf, figuresOf } from './helpers.ts';

const TITLE = '# 某区城市管理局2023年度部门整体支出绩效自评报告\n\n';

const SENTENCES: { shape: string; text: string; figures: Record<string, string> }[] = [
  {
    shape:
      'the reporting unit by its own name before a label (城市管理局, 区城市管理局 for 某区城市管理局) is the unit calling itself, as 本局 is',
    text: '2023年城市管理局预算支出1,360.5万元。2023年,区城市管理局实际支出1,324.2万元,预算执行率97.33%。',
    figures: { 'budget.total': '1360.5万元', 'budget.executed': '1324.2万元', 'budget.executionRate': '97.33%' },
  },
  {
    shape: 'the reporting unit by its short name (城管局 for 某区城市管理局) before a label is the unit too',
    text: '2023年城管局预算支出1,360.5万元,实际支出1,324.2万元。',
    figures: { 'budget.total': '1360.5万元', 'budget.executed': '1324.2万元' },
  },
  {
    shape: 'refused: another unit whose name ends as the reporting unit’s does (市城市管理局 over 某区城市管理局) states its own money',
    text: '2023年市城市管理局预算支出1,360.5万元。2023年,市城市管理局实际支出1,324.2万元。',
    figures: {},
  },
  {
    shape: 'a split by nature named first (按支出性质分:), each class with its budget, spending and rate: the class’s, not the unit’s',
    text: '2023年度全年预算数为426.38万元,全年执行数为418.05万元,预算执行率98.05%。按支出性质分:基本支出预算331.2万元,实际支出330.86万元,执行率99.9%;项目支出预算95.18万元,实际支出87.19万元,执行率91.61%。',
    figures: {
      'budget.total': '426.38万元',
      'budget.executed': '418.05万元',
      'budget.executionRate': '98.05%',
      'expense.basic.budget': '331.2万元',
      'expense.basic': '330.86万元',
      'budget.executionRate.basic': '99.9%',
      'expense.project.budget': '95.18万元',
      'expense.project': '87.19万元',
      'budget.executionRate.project': '91.61%',
    },
  },
  {
    // 决算 after a part's name names the statement: the part's account, not the year's income (收入决算)
    shape: 'income parts each with 决算 after their name (其他收入决算, 事业收入决算数) are those parts, not the year’s income',
    text: '本部门2023年度本年收入决算合计1,200.00万元。财政拨款收入决算1,150.00万元;事业收入决算数30.00万元;其他收入决算20.00万元。',
    figures: { 'income.total': '1200.00万元', 'income.fiscal': '1150.00万元', 'income.business': '30.00万元', 'income.other': '20.00万元' },
  },
  {
    shape: 'refused: 收入决算 after the unit’s own words (本部门收入决算) is still the year’s income',
    text: '本部门2023年度收入决算1,200.00万元,支出决算1,230.50万元。',
    figures: { 'income.total': '1200.00万元', 'expense.total': '1230.50万元' },
  },
  {
    // a government's final accounts name the fund before 收入决算数: revenue collected, which neither the 收入决算
    // wording (the unit's income) nor the 决算数 wording (money spent) may read
    shape: 'refused: a fund’s 收入决算数 (一般公共预算收入决算数, 政府性基金收入决算数) is neither the unit’s income nor money spent',
    text: '2022年县本级一般公共预算收入决算数86,520万元,为调整预算数的101.3%。政府性基金收入决算数12,300万元。',
    figures: {},
  },
  {
    // convention 3: the carry-in named 上年结余 (a government's 上年结余收入) among the parts a 收入合计 sums
    shape: 'a 收入合计 that sums the parts before it, 上年结余 among them, includes the carry-in (income.grandTotal)',
    text: '财政拨款收入1,200.00万元,事业收入50.00万元,上年结余80.00万元,收入合计1,330.00万元。',
    figures: { 'income.fiscal': '1200.00万元', 'income.business': '50.00万元', 'income.grandTotal': '1330.00万元' },
  },
  {
    // 本年收入合计 is the year's own by its name, even after a carry-in listed as the grand total's first part
    shape: 'a 本年收入合计 after the carry-in its sentence lists (收入总计…,其中年初结转和结余…,本年收入合计…) is the year’s income',
    text: '2023年度收入总计1,050.00万元,其中年初结转和结余70.00万元,本年收入合计980.00万元。',
    figures: { 'income.grandTotal': '1050.00万元', 'income.carryIn': '70.00万元', 'income.total': '980.00万元' },
  },
  {
    // the carry-in named by 去年 (the year before), the sum named the other way round (合计收入)
    shape: 'a 合计收入 that sums the parts before it, 去年结转 among them, includes the carry-in (income.grandTotal)',
    text: '2023年学费收入629.51万元,食堂承包费20万元,去年结转学费113万元,合计收入762.51万元。',
    figures: { 'income.grandTotal': '762.51万元' },
  },
  {
    shape: 'refused: a 合计收入 whose sentence names no carry-in is the year’s income',
    text: '2023年学费收入629.51万元,食堂承包费20万元,合计收入649.51万元。',
    figures: { 'income.total': '649.51万元' },
  },
  {
    shape: 'refused: a 收入合计 whose sentence names no carry-in is the year’s income',
    text: '财政拨款收入1,200.00万元,事业收入50.00万元,收入合计1,250.00万元。',
    figures: { 'income.fiscal': '1200.00万元', 'income.business': '50.00万元', 'income.total': '1250.00万元' },
  },
  {
    // as 国有资本经营支出 is no 经营支出
    shape: 'refused: 国有资本经营收入 (a government’s state-capital fund revenue) is no 经营收入',
    text: '国有资本经营收入320万元,上级补助收入15万元。本单位经营收入20.00万元。',
    figures: { 'income.superior': '15万元', 'income.operating': '20.00万元' },
  },
  {
    // convention 3's "unless the text says there is none" is the unit's: a fund's 收入总计 stays the fund's
    shape: 'refused: a fund’s 收入总计 whose carry-in is stated zero (全县政府性基金收入…, 加上年结转收入0万元) is no year’s income',
    text: '全县政府性基金收入1,200万元,加上年结转收入0万元,收入总计1,200万元。',
    figures: { 'income.grandTotal': '1200万元' },
  },
  {
    shape: 'a unit’s 收入总计 whose carry-in is stated zero is the year’s income',
    text: '财政拨款收入830万元,其他收入20万元,上年结转0万元,收入总计850万元。',
    figures: { 'income.fiscal': '830万元', 'income.other': '20万元', 'income.carryIn': '0万元', 'income.total': '850万元' },
  },
  {
    shape: 'the fund’s spending under its older name with 累计实现 (一般公共财政预算支出累计实现) is 一般公共预算 spending',
    text: '2021年度一般公共财政预算支出累计实现3,486.94万元,同比增加124.24万元。',
    figures: { 'expense.generalPublic': '3486.94万元' },
  },
  {
    shape: 'refused: the fund’s revenue with the same verb (一般公共财政预算收入累计实现) is no spending',
    text: '2021年度一般公共财政预算收入累计实现352.15万元,同比增加8.05万元。',
    figures: {},
  },
  {
    shape: 'the unit’s own 收入决算数 beside its 支出决算数 is the year’s income',
    text: '本单位2023年度收入决算数650.40万元,支出决算数640.10万元。',
    figures: { 'income.total': '650.40万元', 'expense.total': '640.10万元' },
  },
  {
    // 完成全年预算数的 N%: the budget named by its figure (预算数), as the sentence named it before
    shape: 'a rate of the budget named by its figure (完成全年预算数的90.00%) is the budget’s execution rate',
    text: '2023年度部门整体支出全年预算数为500.00万元,全年实际支出450.00万元,完成全年预算数的90.00%。',
    figures: { 'budget.total': '500.00万元', 'budget.executed': '450.00万元', 'budget.executionRate': '90.00%' },
  },
  {
    // in a “三公” sentence the same words are the “三公” funds' rate, never the unit's
    shape: 'refused: 完成全年预算数的 N% in a “三公” sentence is the “三公” rate, not budget.executionRate',
    text: '2023年度“三公”经费财政拨款支出全年预算数为5.00万元,支出决算数为4.50万元,完成全年预算数的90.00%。',
    figures: { 'threePublic.budget': '5.00万元', 'threePublic.total': '4.50万元', 'threePublic.rate': '90.00%' },
  },
  {
    shape: 'a label declaring its unit over year columns (预算数(万元) 2023年 2022年): a year is no amount',
    text: '全年预算数(万元) 2023年 2022年\n执行数(万元) 2023年度 2022年度 增减',
    figures: {},
  },
  {
    shape: 'a row of a table whose columns are projects (预算数(万元) 64.8 120 300.5): one cell of several is not the label’s alone',
    text: '项目名称 森林防火 天然林保护 公益林补偿\n预算数(万元) 64.8 120 300.5\n执行数(万元) 64.8 110 300.5',
    figures: {},
  },
  {
    shape: 'refused: a bare number under a declared unit with another label after it is still the label’s',
    text: '全年预算数(万元) 300 执行数(万元) 290',
    figures: { 'budget.total': '300万元', 'budget.executed': '290万元' },
  },
  {
    shape: 'a department’s numbered projects, then 以上合计 their budget and spending: the list’s total, not the unit’s figures',
    text: '本年度项目执行情况:\n一、经济普查经费,预算数25万元,执行数24.8万元,执行率99.2%;\n二、统计调查经费,预算数18万元,执行数18万元,执行率100%。\n以上合计预算43万元,执行42.8万元。',
    figures: {},
  },
  {
    shape: 'items with their 年初预算, then 合计年初预算 and spending: the list’s total, not the unit’s budget.initial',
    text: '(1)学生资助项目:年初预算320万元,全年执行320万元;(2)校舍维修项目:年初预算160万元,全年执行150万元。合计年初预算480万元,全年执行470万元。',
    figures: {},
  },
  {
    shape: 'refused: a 合计 that is not the sum of the items listed before it stays the unit’s figure',
    text: '本年度项目执行情况:\n一、经济普查经费,预算数25万元,执行数24.8万元,执行率99.2%;\n二、统计调查经费,预算数18万元,执行数18万元,执行率100%。\n合计部门预算500万元,实际支出480万元,执行率96%。',
    figures: { 'budget.total': '500万元', 'budget.executed': '480万元', 'budget.executionRate': '96%' },
  },
  {
    shape:
      'a project list copied as text, its header’s units on a line of their own ((万元) (万元) (%)): the first row’s serial after them is no 执行率',
    text: '序号 项目名称 预算数 执行数 执行率\n (万元) (万元) (%)\n1 公共卫生服务 1,250.30 1,240.10 99.18\n2 家庭医生签约 300.00 280.00 93.33\n',
    figures: {},
  },
  {
    shape:
      'a project list flattened one cell a line, its header opened by 序号 and closed by 执行率(%): the first row’s serial after it is no 执行率',
    text: '(三)项目支出情况\n序号\n项目名称\n全年预算数(万元)\n全年执行数(万元)\n执行率(%)\n1\n非遗保护传承\n35.6\n35.6\n100\n2\n公共文化服务体系建设\n120\n108\n90\n',
    figures: {},
  },
  {
    shape: 'refused: a number between 序号 and the declared label (序号 3 … 执行率(%) 95): the label’s number is still its own',
    text: '本年度部门预算1000万元,实际支出950万元。考核表序号3所列预算执行率(%) 95。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元', 'budget.executionRate': '95%' },
  },
  {
    shape: 'refused: one unit in brackets after its label (执行率(%)) still names the number after it',
    text: '本年度部门预算1000万元,实际支出950万元,预算执行率(%) 95。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元', 'budget.executionRate': '95%' },
  },
  {
    shape:
      'refused: the unit’s spending after ";" right after its budget, in words that open on no funds (…;项目资金实际支出…) stays the unit’s',
    text: '本年度部门预算1200万元;项目资金实际支出1150万元,执行率95.83%。',
    figures: { 'budget.total': '1200万元', 'budget.executed': '1150万元', 'budget.executionRate': '95.83%' },
  },
  {
    shape:
      'a project’s name and a colon as a paragraph of its own (X项目:), its money in the paragraphs below: the project’s, not the unit’s',
    text: '本年度部门预算1000万元,实际支出950万元。\n\n污水管网维护项目:\n\n年初预算80万元。\n\n全年实际支出76万元,执行率95%。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元' },
  },
  {
    shape:
      'funds named for their work, then a rate or money, one clause after another after ";" (A补贴资金执行率…;B补助预算…): each fund’s, never the unit’s',
    text: '本年度部门预算1000万元,实际支出950万元。防汛物资储备资金执行率96%;山洪灾害防治补助预算30万元,支出27万元,执行率90%。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元' },
  },
  {
    shape:
      'refused: 公用经费 / 人员经费 ending an item’s name in a fund’s list or a grant by its rate (小学公用经费…, 生均公用经费…): no class of the unit’s spending',
    text: '本年度部门预算1000万元。义务教育补助经费中,小学公用经费60万元,初中公用经费40万元,离休干部人员经费12万元;生均公用经费800元。',
    figures: { 'budget.total': '1000万元' },
  },
  {
    shape: 'the year’s 支出合计 set against an execution rate in its sentence (支出合计…,执行率为…) is the budget’s execution',
    text: '2023年度收入合计957.39万元,支出合计768.33万元,执行率为80.25%。',
    figures: { 'income.total': '957.39万元', 'budget.executed': '768.33万元', 'budget.executionRate': '80.25%' },
  },
  {
    shape: 'refused: the same with a share beside it (占…%), no rate of the budget, stays the year’s spending',
    text: '本年支出合计768.33万元,其中基本支出596.39万元,占77.6%。',
    figures: { 'expense.total': '768.33万元', 'expense.basic': '596.39万元' },
  },
  {
    shape: 'refused: the unit’s own money in a fund’s words (部门整体资金执行率…) is the unit’s rate',
    text: '部门整体资金执行率95%。',
    figures: { 'budget.executionRate': '95%' },
  },
  {
    shape:
      'clauses each opening on a named project’s funds (A工程资金…,实际支出…;B工程资金…): their spending is each project’s, never the unit’s',
    text: '道路硬化工程资金260万元,实际支出250万元;路灯安装工程资金80万元,实际支出72万元。',
    figures: {},
  },
  {
    shape: 'a named project’s funds and its rate (A工程资金…,执行率…): the project’s rate, not the unit’s',
    text: '本年度部门预算1000万元。\n\n道路硬化工程资金260万元,执行率96.15%。',
    figures: { 'budget.total': '1000万元' },
  },
  {
    shape: 'refused: funds named by their kind (专项资金…,实际支出…) name no project: the unit’s figures stay',
    text: '专项资金300万元,实际支出280万元,执行率93.33%。',
    figures: { 'budget.executed': '280万元', 'budget.executionRate': '93.33%' },
  },
  {
    shape:
      'money in brackets after a name that is no wording of the unit’s figures (用于X(预算…,支出…)) is that item’s, never the unit’s spending',
    text: TITLE + '本年度部门预算1000万元,实际支出950万元。其中专项资金主要用于古树名木保护(预算50万元,支出46万元)。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元' },
  },
  {
    shape: 'refused: brackets after a section’s words (预算执行情况(…)) hold the unit’s own figures',
    text: TITLE + '本部门2023年预算执行情况(全年预算1000万元,实际支出950万元,执行率95%)。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元', 'budget.executionRate': '95%' },
  },
  {
    shape:
      'two wordings joined, then their sum (人员经费和公用经费合计980万元): the amount is neither’s; joined wordings that share one amount (…均为) each state it',
    text: '2023年度部门人员经费和公用经费合计980万元。本年收入合计和本年支出合计均为1,230万元。',
    figures: { 'income.total': '1230万元', 'expense.total': '1230万元' },
  },
  {
    shape: 'the year-end carry-over’s own sum (年末结转结余资金合计) is the carry-over',
    text: '年末结转结余资金合计45.6万元,全部为项目结转。',
    figures: { 'carryover.end': '45.6万元' },
  },
  {
    shape:
      'under a line that declares the unit (预算执行情况(单位:万元)), a bare number right after a budget’s or its execution’s wording (年初预算1,100,) is in that unit; a count (执行项目12个) none',
    text: '预算执行情况(单位:万元)\n\n年初预算1,100,全年预算1,250,全年执行1,230,执行率98.4%。全年执行项目12个。',
    figures: {
      'budget.initial': '1100万元',
      'budget.total': '1250万元',
      'budget.executed': '1230万元',
      'budget.executionRate': '98.4%',
    },
  },
  {
    shape: 'the budget told by its income side at the year’s start (年初预算收入), as 预算收入 is the year’s budget',
    text: '本年度部门预算收支情况如下:年初预算收入1,100万元,全年预算收入1,250万元;全年实际支出1,230万元,预算执行率98.4%。',
    figures: {
      'budget.initial': '1100万元',
      'budget.total': '1250万元',
      'income.budgeted': '1250万元',
      'budget.executed': '1230万元',
      'budget.executionRate': '98.4%',
    },
  },
  {
    shape:
      'a subordinate unit opening the sentence (下属第一中学年初预算…) states that unit’s figures; the reporting unit with its subordinates in brackets (本部门(含下属单位3个)…) its own',
    text: '下属第一中学年初预算500万元,实际支出480万元。本部门(含下属单位3个)2023年收入合计2,345.67万元。',
    figures: { 'income.total': '2345.67万元' },
  },
  {
    shape:
      'an indicator’s 自评得分 (产出指标自评得分38分(满分40分)) is a sub-score; the scoring’s sum (自评得分合计95.5分) the overall score',
    text: '产出指标自评得分38分(满分40分)。根据评分标准,本部门自评得分合计95.5分,绩效等级为“优”。',
    figures: { 'eval.score': '95.5分', 'eval.grade': '优' },
  },
  {
    shape:
      'the self-evaluation’s conclusion states its score (自评结论:得分95.5分) as its result does; a part’s score (决策部分得分18分) none',
    text: '决策部分得分18分。自评结论:得分95.5分,评价等级为“优”。',
    figures: { 'eval.score': '95.5分', 'eval.grade': '优' },
  },
  {
    shape:
      'digits grouped by spaces before a money unit (3 456.78 万元, as the national standard on numbers writes them) are one amount; one group without decimals (1 200万元) may be a count’s cell and an amount’s, and is left unread',
    text: '年初预算 1 200万元。全年预算数 3 456.78 万元,执行数 3 400.12 万元,预算执行率 98.36%。',
    figures: { 'budget.total': '3456.78万元', 'budget.executed': '3400.12万元', 'budget.executionRate': '98.36%' },
  },
  {
    shape:
      'money used or paid out at the head of its clause (全年共使用, 已拨付), set against the unit’s budget in its sentence, is the budget’s execution; beside a grant passed on (下达转移支付资金…,已拨付) it is none',
    text: '2023年部门预算资金共计3,000.00万元,全年共使用2,950.40万元,执行率98.35%。区财政另下达转移支付资金500万元,已拨付480万元。',
    figures: { 'budget.total': '3000.00万元', 'budget.executed': '2950.40万元', 'budget.executionRate': '98.35%' },
  },
  {
    shape:
      'spending stated first, then the part of the budget it is (为年初预算的98%): the budget’s execution; a part’s share of the budget (基本支出…占全年预算的60%) is that part’s, and a share of another class (为基本支出的54%) none',
    text: '2023年全年支出1234万元,为年初预算的98%。基本支出800万元,占全年预算的60%;项目支出434万元,为基本支出的54%。',
    figures: {
      'budget.executed': '1234万元',
      'budget.executionRate': '98%',
      'expense.basic': '800万元',
      'expense.project': '434万元',
    },
  },
  {
    shape: 'the scoring’s result (评分结果:91分) is the overall score; after an indicator’s name (…指标评分结果为10分) a sub-score',
    text: '评分结果:91分,评价结果为“良”。其中预算执行率指标评分结果为10分。',
    figures: { 'eval.score': '91分', 'eval.grade': '良' },
  },
  {
    shape: 'a budget approved, then 调整预算 with no 数 or 后 in the next clause: the first is the initial budget',
    text: '本年度批复预算数3200万元,调整预算3350万元,决算数3300万元,执行率98.51%。',
    figures: {
      'budget.initial': '3200万元',
      'budget.total': '3350万元',
      'budget.executed': '3300万元',
      'budget.executionRate': '98.51%',
    },
  },
  {
    shape: 'adjusting the budget’s structure (调整预算结构) states no adjusted budget: the approved one stays the year’s',
    text: '预算批复数为3200万元,调整预算结构后压减一般性支出120万元。',
    figures: { 'budget.total': '3200万元' },
  },
  {
    shape: 'a grade named before its word with a bare 属 (属“优”等级) is the grade; a tally of graded projects (属“良”等级的有2个) none',
    text: '自评综合得分95分,属“优”等级。所评项目中属“良”等级的有2个。',
    figures: { 'eval.score': '95分', 'eval.grade': '优' },
  },
  {
    shape: 'a grade in a sentence about another year (2022年度…评价等级为良, in a report on 2023) is that year’s, as its score is',
    text: '2022年度自评得分为88分,评价等级为良。2023年度自评得分95分,评价等级为优。',
    figures: { 'eval.score': '95分', 'eval.grade': '优' },
  },
  {
    shape:
      'a Markdown heading that states a figure (### 自评得分:94分, a heading run under a line) is read as the sentence it is, as .docx and .pdf copies read it',
    text: '一、基本情况\n## 本年收入合计1234.56万元,本年支出合计1100.00万元。\n\n### 自评得分:94分\n\n### 二、绩效目标完成情况',
    figures: { 'income.total': '1234.56万元', 'expense.total': '1100.00万元', 'eval.score': '94分' },
  },
  {
    shape: 'figure wordings listed, then 分别为 and as many values in the same order: each value its label’s',
    text: '2023年本部门年初预算数、全年预算数和全年执行数分别为1,200万元、1,350万元和1,320.5万元,预算执行率97.81%。',
    figures: {
      'budget.initial': '1200万元',
      'budget.total': '1350万元',
      'budget.executed': '1320.5万元',
      'budget.executionRate': '97.81%',
    },
  },
  {
    shape: 'a named project’s rate stated first (XX项目执行率), in a department’s report, is that project’s, not the department’s',
    text: '2023年本部门全年预算100万元。农村公路养护项目执行率95.5%,河道清淤项目预算执行率98%。',
    figures: { 'budget.total': '100万元' },
  },
  {
    shape: 'a budget approved (预算批复数), then the budget as adjusted in the next clause: the first is the initial budget',
    text: '本部门2023年度预算批复数为1500万元,调整后预算为1600万元,实际执行1550万元,执行率96.88%。',
    figures: {
      'budget.initial': '1500万元',
      'budget.total': '1600万元',
      'budget.executed': '1550万元',
      'budget.executionRate': '96.88%',
    },
  },
  {
    shape: 'values listed after 分别为 with the unit written once, after the last',
    text: '2023年度部门年初预算数、全年预算数、全年执行数分别为1200.5、1350.8、1320.6万元,预算执行率97.76%。',
    figures: {
      'budget.initial': '1200.5万元',
      'budget.total': '1350.8万元',
      'budget.executed': '1320.6万元',
      'budget.executionRate': '97.76%',
    },
  },
  {
    shape: 'a numbered heading a .docx copy ran into the paragraph ("…。 (二)支出决算情况 2023年度,本单位支出为…") heads no sentence',
    text: '(一)收入决算情况。2023年度,本单位收入为860.2万元。 (二)支出决算情况 2023年度,本单位支出为850.6万元。',
    figures: { 'income.total': '860.2万元', 'expense.total': '850.6万元' },
  },
  {
    shape: 'activities listed with their money in brackets (X(预算…,支出…)、Y(…)): the amounts are theirs, not the unit’s',
    text: '项目年度预算资金60万元,实际支出57万元,预算执行率95%。项目包括科技下乡(预算40万元,支出38万元)、农技培训(预算20万元,支出19万元)。',
    figures: { 'budget.total': '60万元', 'budget.executed': '57万元', 'budget.executionRate': '95%' },
  },
  {
    shape: 'a field label before a colon ("预算执行情况:") introduces the unit’s own figures; the bare 得分 after them is a sub-score',
    text: '预算执行情况:年初预算7000万元,全年预算7143.45万元,全年执行6708万元,预算执行率93.90%,得分9.39分。',
    figures: {
      'budget.initial': '7000万元',
      'budget.total': '7143.45万元',
      'budget.executed': '6708万元',
      'budget.executionRate': '93.90%',
    },
  },
  {
    shape: 'the unit named by itself (本局, 我校) before 支出决算 is the unit’s spending; a class’s name there (教育支出决算) is not',
    text: '2023年度本局支出决算612.1万元,其中教育支出决算500万元。我校支出决算数为88.6万元。',
    figures: { 'expense.total': '612.1万元' },
  },
  {
    shape: 'the unit named by itself (我中心) before 项目支出 is the unit’s project spending; a project’s name there is one project’s',
    text: '2023年度我中心项目支出112.4万元,其中老旧小区改造项目支出60万元。',
    figures: { 'expense.project': '112.4万元' },
  },
  {
    shape: '“三公”经费支出合计 is the “三公” total spent',
    text: '2023年“三公”经费支出合计12.5万元,其中公务接待费2.5万元,公务用车运行维护费10万元。',
    figures: { 'threePublic.total': '12.5万元', 'threePublic.reception': '2.5万元', 'threePublic.vehicleRunning': '10万元' },
  },
  {
    shape:
      'a “三公” item’s budget, then a clause that names no item (公务接待费预算5万元,支出4万元): the spending is the item’s, not the “三公” total; a clause naming the “三公” as a whole (“三公”经费支出合计8万元) is their total',
    text: '2023年度“三公”经费情况:公务接待费预算5万元,支出4万元。公务用车运行维护费支出3万元,“三公”经费支出合计8万元。',
    figures: {
      'threePublic.reception.budget': '5万元',
      'threePublic.reception': '4万元',
      'threePublic.vehicleRunning': '3万元',
      'threePublic.total': '8万元',
    },
  },
  {
    shape: '“三公” named after its items ("以下简称“三公”经费") heads their total, not the last item named',
    text: '本部门一般公共预算安排的公务接待费、因公出国(境)费、公务用车购置及运行维护费(以下简称“三公”经费)情况如下:\n2023年“三公”经费支出共计86万元,其中:公务接待费20万元。',
    figures: { 'threePublic.total': '86万元', 'threePublic.reception': '20万元' },
  },
  {
    shape: 'the three “三公” items named together before the number are their total',
    text: '2022年因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款决算数45.6万元。',
    figures: { 'threePublic.total': '45.6万元' },
  },
  {
    // a copied page's doubled separators (",、") still join the items of one enumeration
    shape: 'the three “三公” items named together with doubled separators (费,、公务接待费) are still their total',
    text: '2022年本部门用财政拨款开支的因公出国(境)经费、公务用车购置及运行费,、公务接待费决算支出45.6万元。其中,公务接待费5.2万元。',
    figures: { 'threePublic.total': '45.6万元', 'threePublic.reception': '5.2万元' },
  },
  {
    shape: 'refused: two items named together (费、公务接待费) are no total of the three, nor the last item alone',
    text: '2022年本部门公务用车购置及运行费,、公务接待费决算支出45.6万元。',
    figures: {},
  },
  {
    shape: 'refused: two items named together before their amount with no verb (公务用车运行维护费、公务接待费12万元)',
    text: '2023年度“三公”经费支出20万元,其中:公务用车运行维护费、公务接待费12万元。',
    figures: { 'threePublic.total': '20万元' },
  },
  {
    shape: '“三公”经费财政拨款支出合计 is what was spent on them',
    text: '2023年度“三公”经费财政拨款支出合计7.4万元,比上年增加1.2万元。',
    figures: { 'threePublic.total': '7.4万元' },
  },
  {
    shape: '“三公”经费 named right before its amount, with no verb, is their total',
    text: '2023年度“三公”经费6.5万元,比上年减少0.5万元。其中:公务接待费1.5万元,公务用车运行维护费5万元。',
    figures: { 'threePublic.total': '6.5万元', 'threePublic.reception': '1.5万元', 'threePublic.vehicleRunning': '5万元' },
  },
  {
    shape:
      'a “三公” item’s budget opening a part after the total’s amounts (…,其中:公务接待费预算X万元,实际支出Y万元): the item’s budget and spending, not a second “三公” total',
    text: '2023年“三公”经费预算数为9.4万元,实际支出7.1万元,完成预算的75.53%,其中:公务接待费预算2.6万元,实际支出1.9万元;公务用车运行维护费预算6.8万元,实际支出5.2万元。',
    figures: {
      'threePublic.budget': '9.4万元',
      'threePublic.total': '7.1万元',
      'threePublic.rate': '75.53%',
      'threePublic.reception.budget': '2.6万元',
      'threePublic.reception': '1.9万元',
      'threePublic.vehicleRunning.budget': '6.8万元',
      'threePublic.vehicleRunning': '5.2万元',
    },
  },
  {
    shape: 'refused: a part after the “三公” budget that names no item (其中:财政拨款预算…) is a source’s share, no item’s nor the total’s',
    text: '2023年“三公”经费预算9.6万元,其中:财政拨款预算9万元,实际支出7.2万元。',
    figures: { 'threePublic.budget': '9.6万元', 'threePublic.total': '7.2万元' },
  },
  {
    shape:
      'a self-evaluation quoting its final accounts: 全年收入 after the unit’s words is the year’s income, as 全年支出 is its spending',
    text: '根据2023年度部门决算,本局全年收入860.4万元,其中:财政拨款收入850.4万元,其他收入10万元;全年支出852.6万元。',
    figures: { 'income.total': '860.4万元', 'income.fiscal': '850.4万元', 'income.other': '10万元', 'expense.total': '852.6万元' },
  },
  {
    shape: '财政拨款收入决算 is the appropriation income the accounts state, as 收入决算 is the year’s income',
    text: '2023年度本单位收入决算612.8万元,其中财政拨款收入决算600.3万元。',
    figures: { 'income.total': '612.8万元', 'income.fiscal': '600.3万元' },
  },
  {
    shape: '“三公”经费预算总计 / 决算总额 right before the amount: the “三公” budget, and the total spent',
    // (the report's own year: under another, the “三公” amounts are that year's)
    text: '2023年本单位“三公”经费预算总计15万元。2023年本单位使用财政拨款安排的“三公”经费决算总额为12.6万元,较年初预算减少16%。',
    figures: { 'threePublic.budget': '15万元', 'threePublic.total': '12.6万元' },
  },
  {
    shape: '“三公” named in brackets after the items it gathers ((“三公”经费)决算总额) heads their total spent',
    text: '2023年本市各部门公务接待费、因公出国(境)费和公车运行费(“三公”经费)决算总额640万元,比上年下降2.5%。公务接待费决算210万元。',
    figures: { 'threePublic.total': '640万元', 'threePublic.reception': '210万元' },
  },
  {
    shape: 'refused: an amount whose subject leaves the “三公” out (差旅费(不含“三公”经费)决算数为…) is no “三公” figure, nor the unit’s',
    text: '2023年本局差旅费(不含“三公”经费)决算数为8.2万元。2023年本局一般性支出(不包括“三公”经费)支出6万元。',
    figures: {},
  },
  {
    shape: 'a sentence that names the “三公” as its subject before a part that leaves them out still states their total',
    text: '2023年本局“三公”经费支出5.4万元,比上年减少0.6万元;差旅费(不含“三公”经费)支出2万元。',
    figures: { 'threePublic.total': '5.4万元' },
  },
  {
    shape: 'refused: a bracket that leaves the “三公” out ((不含“三公”经费)决算总额) names what remains, not their total',
    text: '2023年本局会议费、培训费(不含“三公”经费)决算总额36万元,比上年下降4%。',
    figures: {},
  },
  {
    shape:
      '“三公”经费预算支出数 / 决算支出数 (预算 or 决算 before 支出): the “三公” budget, and the total spent; another 经费 so named (人员经费决算支出数) is no “三公” figure',
    text: '2023年本局“三公”经费预算支出数为18万元。2023年本局“三公”经费决算支出数为14.2万元,比上年减少1.1万元。人员经费决算支出数为356.2万元。',
    figures: { 'threePublic.budget': '18万元', 'threePublic.total': '14.2万元' },
  },
  {
    shape: '“三公”经费开支 (开支 for 支出) right before the amount: the total spent, and its items',
    text: '本所2022年“三公”经费开支7.8万元,其中公务接待费1.3万元,公务用车购置及运行维护费6.5万元。',
    figures: { 'threePublic.total': '7.8万元', 'threePublic.reception': '1.3万元', 'threePublic.vehicle': '6.5万元' },
  },
  {
    shape: 'refused: a change of the “三公” 开支 on the year before, and another cost’s 开支, are no “三公” total',
    text: '本所2022年“三公”经费开支比上年减少1.2万元。2022年本所会议费开支2万元。',
    figures: {},
  },
  {
    shape: 'a “三公” item named by its spending (因公出国(境)支出) is the item',
    text: '2023年度本部门“三公”经费支出3.2万元,其中:因公出国(境)支出0万元;公务用车购置支出0万元;公务接待费支出3.2万元,年初预算为4万元。',
    figures: {
      'threePublic.total': '3.2万元',
      'threePublic.abroad': '0万元',
      'threePublic.vehiclePurchase': '0万元',
      'threePublic.reception': '3.2万元',
      'threePublic.reception.budget': '4万元',
    },
  },
  {
    shape: 'a rate after an amount no wording names (a spending class’s line) is not the unit’s',
    text: '2023年度一般公共预算财政拨款支出总计860万元。其中:\n1.教育支出795.5万元,主要用于学校运转,完成年初预算100%。',
    figures: { 'expense.generalPublic': '860万元' },
  },
  {
    shape: 'a spending class’s own spending and rate (一是…支出,合计…,已支出…) are that class’s, not the unit’s execution',
    text: '2023年度部门整体支出情况如下。一是人员支出,合计520万元,已支出515万元,预算完成率99.04%。二是公用支出,合计80万元,已支出70万元,预算完成率87.5%。',
    figures: {},
  },
  {
    shape:
      'a list item a parallel enumerator opens after a comma (…分两类,一是…,合计…,已支出…,完成率…) is that item’s, not the unit’s execution',
    text: '2023年本中心专项资金共12项,分两类,一是设备购置支出,即监测仪器、车辆等合计48万元,已于当年支出46万元,预算完成率95.83%;二是培训支出,合计12万元,已于当年支出12万元,预算完成率100%。',
    figures: {},
  },
  {
    shape:
      'a numbered line’s 当年支出 after an amount no wording names (一是…,合计…,已于当年支出…) is that line’s spending, not the unit’s expense total',
    text: '2023年度各类支出情况如下。\n一是会议培训支出,即业务培训、工作会议等合计16万元,已于当年支出15.2万元。',
    figures: {},
  },
  {
    shape: 'refused: the unit’s own budget, spending and rate stated before a parallel list (…,主要有两方面,一是…) stay the unit’s',
    text: '2023年本中心全年预算数600万元,实际支出570万元,预算执行率95%,主要有两方面,一是人员支出,二是公用支出。',
    figures: { 'budget.total': '600万元', 'budget.executed': '570万元', 'budget.executionRate': '95%' },
  },
  {
    shape:
      'a grand total with no carry-in, in a sentence a fund opens (政府性基金收入…,上年结转收入0万元,收入总计…), is the fund’s, no unit income',
    text: '2023年政府性基金收入上级补助收入12万元,上年结转收入0万元,收入总计12万元。',
    figures: { 'income.superior': '12万元', 'income.grandTotal': '12万元' },
  },
  {
    shape: 'refused: the unit’s grand total with no carry-in stays its income, a fund named only among its parts after it',
    text: '2023年本局收入总计320万元,其中政府性基金拨款20万元,上年结转0万元。',
    figures: { 'income.total': '320万元', 'income.carryIn': '0万元' },
  },
  {
    shape: 'a funding line’s spending (一般公共预算拨款…,执行…) is that line’s, not the unit’s execution',
    text: '2023年一般公共预算拨款450万元,执行430万元。',
    figures: {},
  },
  {
    shape: 'a fund’s 总收入 (一般公共预算总收入, 政府性基金总收入) is not the unit’s income',
    text: '2023年一般公共预算总收入52000万元,政府性基金总收入8000万元。',
    figures: {},
  },
  {
    shape: 'a government’s 财政总收入 (its whole revenue, the taxes it passes up included) is no unit’s income',
    text: '1-5月,全县完成财政总收入5200万元,同比下降3.5%。其中:税收收入4100万元,非税收入1100万元。',
    figures: {},
  },
  {
    shape: '公共预算收入 (the public-budget fund’s revenue, in a government’s older wording) is no unit’s budget',
    text: '2022年全县公共预算收入48000万元,为预算的101%。',
    figures: {},
  },
  {
    shape: 'a part’s 支出预算 / 收入预算 (基本支出预算, 工资福利支出预算, 事业收入预算) is no budget of the unit’s',
    text: '1.基本支出预算 620.5万元,占一般公共预算支出的72.6%。其中:工资福利支出预算 510.2万元。事业收入预算30万元。',
    figures: { 'expense.basic.budget': '620.5万元' },
  },
  {
    shape: 'a class’s 支出决算 (教育支出决算为…) is that class’s spending, not the unit’s execution',
    text: '教育支出决算为595.5万元,占本年支出的60.2%。',
    figures: {},
  },
  {
    shape: '工资福利支出 is one economic class, not 人员经费 (which adds 对个人和家庭的补助)',
    text: '2023年度基本支出800万元,其中:工资福利支出650万元,商品和服务支出120万元,对个人和家庭的补助30万元。',
    figures: { 'expense.basic': '800万元' },
  },
  {
    // (the part's own total is the part: 事业收入合计 is 事业收入, 基本支出合计 基本支出)
    shape: 'a part’s 合计 (事业收入合计, 基本支出合计) is no total of the year’s income or spending',
    text: '2023年度事业收入合计120万元,基本支出合计300万元。',
    figures: { 'income.business': '120万元', 'expense.basic': '300万元' },
  },
  {
    shape: 'a part’s carry-over (项目支出结转和结余) is not the unit’s year-end carry-over',
    text: '本年度项目支出结转和结余30万元,主要是工程尚未完工。',
    figures: {},
  },
  {
    shape: '收入决算 / 支出决算 with no budget beside them are the year’s income and spending (convention 2)',
    text: '2023年度单位收入决算1150.5万元,支出决算1100.2万元,结余50.3万元。',
    figures: { 'income.total': '1150.5万元', 'expense.total': '1100.2万元' },
  },
  {
    shape: 'a rate after an unread fund line’s amount (公共预算支出…) is that line’s, not the unit’s',
    text: '全县公共预算支出52000万元,完成预算的98.9%。',
    figures: {},
  },
  {
    shape: 'a split by nature after an enumerated spending class’s unread amount (2.住房保障支出…,其中基本支出…) is the class’s',
    text: '1.农林水支出2,700,000元,其中基本支出2,230,500元,项目支出469,500元。\n2.住房保障支出219,816.81元,其中基本支出219,816.81元,项目支出0元。',
    figures: {},
  },
  {
    shape: 'a split by nature after an amount a page break cut from its subject (3 45,120.50元,项目支出0元) is not the unit’s',
    text: '3\n45,120.50元,其中基本支出45,120.50元,项目支出0元。主要用于离退休人员保障。',
    figures: {},
  },
  {
    shape: 'refused: after a page’s number, an amount its own wording names (本年支出合计) is the unit’s, and so is its split',
    text: '3\n本年支出合计812,300元,其中基本支出700,300元,项目支出112,000元。',
    figures: { 'expense.total': '812300元', 'expense.basic': '700300元', 'expense.project': '112000元' },
  },
  {
    shape: 'refused: the same enumerated line opened by the unit’s own total (本年支出合计) splits the unit’s spending',
    text: '1.本年支出合计2,919,816.81元,其中基本支出2,450,316.81元,项目支出469,500元。',
    figures: { 'expense.total': '2919816.81元', 'expense.basic': '2450316.81元', 'expense.project': '469500元' },
  },
  {
    shape: 'amounts of items listed under their own headings are the items’, not the unit’s',
    text: '### (一)城市道路保洁\n\n该项目年初预算325.29万元,全年实际支出323.19万元,预算执行率99.35%。\n\n### (二)园林绿化养护\n\n该项目全年预算171.85万元,实际支出169.18万元,执行率98.45%。',
    figures: {},
  },
  {
    shape: 'the longest wording names the number (收入决算数 over 决算数)',
    text: '2023年收入决算数为2400万元。',
    figures: { 'income.total': '2400万元' },
  },
  {
    shape: '决算收入总额 is the year’s income',
    text: '2023年部门决算收入总额2400万元,支出总额2450万元。',
    figures: { 'income.total': '2400万元', 'expense.total': '2450万元' },
  },
  {
    shape: 'a money unit declared before a colon holds for the bare numbers listed after it',
    text: '年度资金总额(万元):年初预算数100,全年预算数120,全年执行数108,执行率90%。',
    figures: { 'budget.initial': '100万元', 'budget.total': '120万元', 'budget.executed': '108万元', 'budget.executionRate': '90%' },
  },
  {
    shape: 'basic / project split after the budget is the budget’s; after the spending, the department’s',
    text: '2023年度部门整体支出预算850万元,其中基本支出620万元、项目支出230万元;实际支出830万元,其中基本支出615万元、项目支出215万元,预算执行率97.65%。',
    figures: {
      'budget.total': '850万元',
      'expense.basic.budget': '620万元',
      'expense.project.budget': '230万元',
      'budget.executed': '830万元',
      'expense.basic': '615万元',
      'expense.project': '215万元',
      'budget.executionRate': '97.65%',
    },
  },
  {
    shape:
      'a budget’s split going on past a semicolon (其中:基本支出…;项目支出…) is still the budget’s; the spending’s split after its own',
    text: '2023年支出预算1,264.50万元,其中:基本支出741.50万元;项目支出523.00万元。全年实际支出1,242.10万元,其中:基本支出719.10万元;项目支出523.00万元。',
    figures: {
      'budget.total': '1264.50万元',
      'expense.basic.budget': '741.50万元',
      'expense.project.budget': '523.00万元',
      'budget.executed': '1242.10万元',
      'expense.basic': '719.10万元',
      'expense.project': '523.00万元',
    },
  },
  {
    shape:
      'a sentence opening on 其中 right after one that stated the unit’s budget alone splits that budget; after its spending, the spending',
    text: '1.部门预算安排情况:2023年部门预算安排760万元。其中:人员经费520万元,公用经费60万元,项目支出180万元。2.部门预算执行情况:全年实际支出748万元。其中:人员经费518万元,公用经费58万元,项目支出172万元,预算执行率98.42%。',
    figures: {
      'budget.total': '760万元',
      'expense.personnel.budget': '520万元',
      'expense.publicUse.budget': '60万元',
      'expense.project.budget': '180万元',
      'budget.executed': '748万元',
      'expense.personnel': '518万元',
      'expense.publicUse': '58万元',
      'expense.project': '172万元',
      'budget.executionRate': '98.42%',
    },
  },
  {
    shape:
      'refused: a 其中 sentence after one that set the budget beside its spending splits no budget, nor one after a sentence not opened by 其中',
    text: '2023年部门预算安排760万元,实际支出748万元。其中:基本支出600万元,项目支出148万元。全年预算760万元。基本支出590万元。',
    figures: {
      'budget.total': '760万元',
      'budget.executed': '748万元',
      'expense.basic': '600万元',
      'expense.project': '148万元',
    },
  },
  {
    shape: 'a budget approved, its split, then in a later sentence the budget as adjusted (调整预算后为): the first is the initial budget',
    text: '2023年,我局部门预算批复640万元,其中基本支出预算500万元,项目支出预算140万元。年度内调整预算后为700万元。全年部门整体支出690万元,支出进度98.57%。',
    figures: {
      'budget.initial': '640万元',
      'expense.basic.budget': '500万元',
      'expense.project.budget': '140万元',
      'budget.total': '700万元',
      'budget.executed': '690万元',
      'budget.executionRate': '98.57%',
    },
  },
  {
    shape:
      'refused: a budget, then its spending, then an adjusted budget: the first stays the year’s budget (the second restates it), no initial one',
    text: '2023年部门预算批复640万元,实际支出630万元。年度内调整预算后为650万元。',
    figures: { 'budget.total': '640万元', 'budget.executed': '630万元' },
  },
  {
    shape: 'refused: a rate said of all (执行率均为100%) after amounts of villages no wording reads is theirs, not the unit’s',
    text: '各村(社区)分配情况:东山村12.5万元,西岭村10.8万元,南湾社区15.2万元,执行率均为100%。',
    figures: {},
  },
  {
    shape: 'a rate said of all after the unit’s own budget and spending is the unit’s execution rate',
    text: '2023年部门预算300万元,实际支出300万元,基本支出、项目支出执行率均为100%。',
    figures: { 'budget.total': '300万元', 'budget.executed': '300万元', 'budget.executionRate': '100%' },
  },
  {
    shape: 'a department-overall table’s 部门整体支出 row is its total row',
    text: '| 部门名称 | 某县司法局 | | |\n|---|---|---|---|\n| 预算执行情况(万元) | 预算数 | 执行数 | 执行率 |\n| 部门整体支出 | 850 | 830 | 97.65% |',
    figures: { 'budget.total': '850万元', 'budget.executed': '830万元', 'budget.executionRate': '97.65%' },
  },
  {
    shape: 'a self-evaluation table’s 其中:基本支出 / 项目支出 rows are the split of what was spent',
    text: [
      '| 年度预算申请(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '|---|---|---|---|---|---|---|---|',
      '| | 年度资金总额 | 800 | 850 | 830 | 10 | 97.65% | 9.77 |',
      '| | 其中:基本支出 | 600 | 620 | 615 | - | - | - |',
      '| | 项目支出 | 200 | 230 | 215 | - | - | - |',
    ].join('\n'),
    figures: {
      'budget.initial': '800万元',
      'budget.total': '850万元',
      'budget.executed': '830万元',
      'budget.executionRate': '97.65%',
      'expense.basic': '615万元',
      'expense.project': '215万元',
    },
  },
  {
    shape: 'the same table as space-separated rows, empty cells written as dashes',
    text: [
      '年度预算申请(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      '年度资金总额 800 850 830 10 97.65% 9.77',
      '其中:基本支出 600 620 615 — — —',
      '项目支出 200 230 215 — — —',
    ].join('\n'),
    figures: {
      'budget.initial': '800万元',
      'budget.total': '850万元',
      'budget.executed': '830万元',
      'budget.executionRate': '97.65%',
      'expense.basic': '615万元',
      'expense.project': '215万元',
    },
  },
  {
    shape: 'a grade stated as an 等次 (rank)',
    text: '经综合评价,本部门绩效评价结果等次为优秀。',
    figures: { 'eval.grade': '优秀' },
  },
  {
    shape: 'an overall score is kept when no money precedes it in its sentence',
    text: '经自评,本部门整体支出绩效自评得分95.5分,评价等级为“优”。',
    figures: { 'eval.score': '95.5分', 'eval.grade': '优' },
  },
  {
    shape: 'a bare number right after an overall-score wording is points',
    text: '经自评,本项目自评得分:91.3,等级为优。',
    figures: { 'eval.score': '91.3分', 'eval.grade': '优' },
  },
  {
    shape: 'a score with a digit after it (OCR spacing, "9 2 分") is no score of 9',
    text: '经自评,本项目自评得分 9 2 分。',
    figures: {},
  },
  {
    shape:
      'a score table’s last row run into the next section (…10 10 总分 3.部门整体…) numbers the section, no score of 3; the score stated after it stands',
    text: '10 10 总分 3.部门整体支出绩效自评开展情况. 按照预算绩效管理要求,本部门对\n2017 年整体支出开展绩 效自评,自评得分\n90 分,存在的问题:预算不准。',
    figures: { 'eval.score': '90分' },
  },
  {
    shape: 'the same with 、 after the list number, in traditional characters',
    text: '10 10 總分 3、部門整體支出績效自評開展情況。本部門對2017年整體支出開展績效自評,自評得分90分。',
    figures: { 'eval.score': '90分' },
  },
  {
    shape: 'refused: a score that ends its sentence with a point before the next line is still a score (总分 92.)',
    text: '部门整体支出绩效自评结果:总分 92.\n一、基本情况',
    figures: { 'eval.score': '92分' },
  },
  {
    shape: 'a score written in Chinese numerals (自评得分为九十三分, 总分八十七点五分) is the score as digits would be',
    text: '经自评,本部门2023年度整体支出绩效自评得分为九十三分,评价等级为优。',
    figures: { 'eval.score': '93分', 'eval.grade': '优' },
  },
  {
    shape: 'the same with a decimal and the full marks before it (满分一百分,自评得分八十七点五分)',
    text: '按照评分标准(满分一百分),本单位自评得分八十七点五分,等级为良。',
    figures: { 'eval.score': '87.5分', 'eval.grade': '良' },
  },
  {
    shape: 'refused: Chinese numerals before 分 that are no score (十分重要, 一百分制, 三分之一, 九十分以上为优)',
    text: '绩效评价工作十分重要,采用一百分制,三分之一的指标为定量指标,自评得分九十分以上为优。',
    figures: {},
  },
  {
    shape: 'the unit’s own 总分 (本单位总分) and the scoring’s last result (最终评分结果) state the overall score',
    text: '经评价,本单位总分88.5分,等级为良。最终评分结果:88.5分。',
    figures: { 'eval.score': '88.5分', 'eval.grade': '良' },
  },
  {
    shape: 'refused: an indicator’s last result (指标最终评分结果) and its marks (指标总分) are a sub-score and a scale',
    text: '预算执行率指标最终评分结果为10分。产出指标总分40分。',
    figures: {},
  },
  {
    shape: 'the unit named by itself, then its 得分 (本部门得分96分), is the overall score',
    text: '按照评分标准,本部门得分96分,等级为优。',
    figures: { 'eval.score': '96分', 'eval.grade': '优' },
  },
  {
    shape:
      'refused: the unit’s 得分率 (a share), its best indicator’s score, and another year’s score (上年本部门得分) are no overall score',
    text: '本部门得分率为96%。本局得分最高的指标为预算执行率,得分10分。上年本部门得分90分。',
    figures: {},
  },
  {
    shape: 'a grade named before the word for grade (属于“优”等次)',
    text: '自评结论:本部门整体支出绩效自评分数为96.5分,属于“优”等次。',
    figures: { 'eval.score': '96.5分', 'eval.grade': '优' },
  },
  {
    shape: 'what is expected (预计全年支出, 预计执行率, 预计可完成) is no figure: only what was stated as spent',
    text: '全年预算1200万元,预计全年支出1180万元,预计执行率98.33%,预计可完成全年预算的98%。',
    figures: { 'budget.total': '1200万元' },
  },
  {
    shape: 'what a plan can bring (可实现总收入, 可达到…) is no figure either',
    text: '村集体投资种植果树30亩,每公斤售价5元,可实现总收入15万元。全年总收入30万元。',
    figures: { 'income.total': '30万元' },
  },
  {
    shape: 'refused: each level’s grant named as its transfer’s budget (中央下达…转移支付预算30万元,市级下达…20万元) is a part, no total',
    text: '# 某乡2022年度农村综合改革转移支付绩效自评报告\n\n2022年中央下达农村综合改革转移支付预算30万元,市级下达农村综合改革转移支付预算20万元。',
    figures: {},
  },
  {
    shape: 'what is expected a year (预计年总收入, 预计每年…) is no figure either; the year’s own stays',
    text: '村集体投资种植梨树50亩,每公斤售价4元,预计年总收入30万元。全年总收入20万元。',
    figures: { 'income.total': '20万元' },
  },
  {
    shape: 'a grade named before the word for grade as a 档次 (属于“优”档次)',
    text: '按照评分标准,本部门自评得分97分,属于“优”档次。',
    figures: { 'eval.score': '97分', 'eval.grade': '优' },
  },
  {
    shape: 'under a heading that is one class of spending ((一)人员经费), a sentence with no subject states that class’s money',
    text: [
      '二、部门整体支出情况',
      '',
      '(一)人员经费',
      '',
      '全年预算450万元,实际支出448万元。',
      '',
      '(二)公用经费',
      '',
      '全年预算50万元,实际支出47万元。',
    ].join('\n'),
    figures: {
      'budget.total.personnel': '450万元',
      'expense.personnel': '448万元',
      'budget.total.publicUse': '50万元',
      'expense.publicUse': '47万元',
    },
  },
  {
    shape: 'under a class heading, a field’s label naming a part of the report (资金情况:) gives the sentence no subject of its own',
    text: ['(一)人员经费', '', '资金情况:预算320万元,实际支出316万元,执行率98.75%。'].join('\n'),
    figures: {
      'budget.total.personnel': '320万元',
      'expense.personnel': '316万元',
      'budget.executionRate.personnel': '98.75%',
    },
  },
  {
    shape: 'refused: under a class heading, a field’s label naming the unit (本单位资金情况:) states the unit’s money',
    text: ['(一)基本支出', '', '本单位资金情况:全年预算800万元,实际支出780万元。'].join('\n'),
    figures: { 'budget.total': '800万元', 'budget.executed': '780万元' },
  },
  {
    shape:
      'refused: under a class heading, a sentence naming the unit (本单位…) states the unit’s money; a heading of a part (…情况) scopes nothing',
    text: ['(一)基本支出', '', '本单位全年预算800万元,实际支出780万元。', '', '(二)项目支出情况', '', '2023年预算收入300万元。'].join('\n'),
    figures: { 'budget.total': '800万元', 'budget.executed': '780万元', 'income.budgeted': '300万元' },
  },
  {
    shape: 'a verdict’s label with the overall score after its colon and the grade alone after the score (综合评定:93.2分,优秀)',
    text: '经自评,综合评定:93.2分,优秀。',
    figures: { 'eval.score': '93.2分', 'eval.grade': '优秀' },
  },
  {
    shape: 'the points an evaluation gave (经自评,实际得分…) are its score; an indicator’s 实际得分 is none',
    text: ['经自评,实际得分93.2分,等级为优秀。', '', '预算执行率 10 实际得分 10', '', '产出指标 50 实际得分 48,良。'].join('\n'),
    figures: { 'eval.score': '93.2分', 'eval.grade': '优秀' },
  },
  {
    shape: 'refused: a grade alone after an indicator’s sub-score (预算执行得分9分,良) is no grade',
    text: '预算执行得分9分,良。',
    figures: {},
  },
  {
    shape: 'a grade given by the evaluation’s verb, with no word for grade (评价为优秀, 综合评定为良)',
    text: '经自评,本部门整体支出评价为优秀。',
    figures: { 'eval.grade': '优秀' },
  },
  {
    shape: 'refused: a verb’s grade that begins a longer word (自评为优化…) or names the projects of a grade',
    text: '本部门自评为优化营商环境作出贡献。对评价为优秀的项目,优先安排预算。按照评分标准,总分90分以上评定为优。得分在80分以上的评价为良。',
    figures: {},
  },
  {
    shape: 'a verb’s grade in a listed project’s sentence is that project’s, no grade of the report',
    text: '1.城区绿化养护项目,涉及资金420万元,评价得分86分,评价为良;2.社区养老服务补助项目,涉及资金96.5万元,评价得分93分,评价为优。',
    figures: {},
  },
  {
    shape: 'a grade or score in a listed project’s sentence is that project’s, no grade of the report',
    text: '1.城区绿化养护项目,涉及资金420万元,评价得分86分,评价等级为良;2.社区养老服务补助项目,涉及资金96.5万元,评价得分93分,评价等级为优。',
    figures: {},
  },
  {
    shape: 'a grade followed by a count is how many projects got it, no grade of the report',
    text: '本次共评价项目12个,评价结论为“优”的3个,“良”的9个,无等级为“中”和“差”的项目;单位自评结果“良好”45个。',
    // (the projects graded and each grade's count, counts.ts, for sum.count)
    figures: {
      'eval.projects.graded.count': '12个',
      'eval.projects.grade.excellent.count': '3个',
      'eval.projects.grade.good.count': '9个',
    },
  },
  {
    shape: 'a grade that is 评定 (rated) after the word for grade',
    text: '经复核,本部门绩效等级评定为良好。',
    figures: { 'eval.grade': '良好' },
  },
  {
    shape: 'counts of projects that break down no total give no project counts; a count between a wording and its amount is skipped',
    text: '2024年本单位开展项目绩效自评,实施项目共15个(含转列项目5个),年初批复预算8个项目985万元,调整预算后项目预算861.46万元,年中增加8个项目。',
    figures: { 'budget.initial': '985万元', 'budget.total': '861.46万元' },
  },
  {
    shape: 'the projects self-evaluated, broken down after 其中 by fund',
    text: '2023年度开展绩效自评预算项目共12个,共涉及金额500万元。其中10个一般公共预算项目,涉及资金450万元;2个政府性基金预算项目,涉及资金50万元。组织部门整体支出绩效自评(含下属单位3个)。',
    figures: {
      'eval.projects.count': '12个',
      'eval.projects.amount': '500万元',
      'eval.projects.generalPublic.count': '10个',
      'eval.projects.generalPublic.amount': '450万元',
      'eval.projects.governmentFund.count': '2个',
      'eval.projects.governmentFund.amount': '50万元',
    },
  },
  {
    shape: 'the projects counted after a verb that 共 opens (共开展…自评项目12个), each fund named before its count in its own clause',
    text: '共开展项目支出绩效自评项目12个,自评金额700.5万元,其中:一般公共预算项目9个,金额600.5万元;政府性基金预算项目3个,金额100万元。',
    figures: {
      'eval.projects.count': '12个',
      'eval.projects.amount': '700.5万元',
      'eval.projects.generalPublic.count': '9个',
      'eval.projects.generalPublic.amount': '600.5万元',
      'eval.projects.governmentFund.count': '3个',
      'eval.projects.governmentFund.amount': '100万元',
    },
  },
  {
    // each fund named right before its count, the parts separated by commas or 、: the fund after a count is the next part's
    shape: 'each fund named before its count (一般公共预算项目9个,政府性基金项目3个) is that count’s, not the next part’s',
    text: '共开展绩效自评项目12个,涉及资金580万元,其中一般公共预算项目9个,资金500万元,政府性基金预算项目3个,资金80万元。',
    figures: {
      'eval.projects.count': '12个',
      'eval.projects.amount': '580万元',
      'eval.projects.generalPublic.count': '9个',
      'eval.projects.generalPublic.amount': '500万元',
      'eval.projects.governmentFund.count': '3个',
      'eval.projects.governmentFund.amount': '80万元',
    },
  },
  {
    shape: 'each fund named before its count in a list joined by 、',
    text: '共开展绩效自评项目12个,其中一般公共预算项目9个、政府性基金预算项目3个。',
    figures: { 'eval.projects.count': '12个', 'eval.projects.generalPublic.count': '9个', 'eval.projects.governmentFund.count': '3个' },
  },
  {
    // no 共 before the count: the count of projects its self-evaluation sentence states last before 其中 is the whole
    shape: 'the projects self-evaluated counted without 共 (共对12个项目开展自评, 开展项目绩效自评12个) before 其中 and its parts',
    text: '共对12个项目开展绩效自评,其中一般公共预算项目10个,政府性基金预算项目2个。',
    figures: { 'eval.projects.count': '12个', 'eval.projects.generalPublic.count': '10个', 'eval.projects.governmentFund.count': '2个' },
  },
  {
    shape: 'the count without 共 in the sentence before the one 其中 opens',
    text: '本年度项目支出绩效自评覆盖项目12个,涉及资金580万元。其中:一般公共预算项目10个,资金500万元;政府性基金预算项目2个,资金80万元。',
    figures: {
      'eval.projects.count': '12个',
      'eval.projects.amount': '580万元',
      'eval.projects.generalPublic.count': '10个',
      'eval.projects.generalPublic.amount': '500万元',
      'eval.projects.governmentFund.count': '2个',
      'eval.projects.governmentFund.amount': '80万元',
    },
  },
  {
    shape: 'refused: a count without 共 in a sentence that speaks of no self-evaluation breaks down nothing',
    text: '本年度实施项目12个,其中一般公共预算项目10个,政府性基金预算项目2个。',
    figures: {},
  },
  {
    shape: 'refused: the 共 of 公共 opens no total of projects (一般公共预算项目9个)',
    text: '本年度开展绩效自评,一般公共预算项目9个,其中:一般公共预算项目7个,政府性基金预算项目2个。',
    figures: {},
  },
  {
    shape: '工资福利支出 is one economic class of personnel costs, not their total',
    text: '2023年人员经费支出489.18万元,其中:工资福利支出380.5万元,对个人和家庭的补助108.68万元。',
    figures: { 'expense.personnel': '489.18万元' },
  },
  {
    shape: 'a fund’s budgeted income (…公共预算收入, 基金预算收入) is not the unit’s budget',
    text: '全市公共预算收入5,000万元,基金预算收入1,200万元。',
    figures: {},
  },
  {
    shape: 'an amount per person (人均公用经费, 生均) is not the unit’s total',
    text: '2023年公用经费46.89万元,人均公用经费2.5万元,人均人员经费12.8万元。',
    figures: { 'expense.publicUse': '46.89万元' },
  },
  {
    shape: 'parts, then their total, under one wording: the total is the figure',
    text: '2023年部门预算资金800万元,年中追加预算资金200万元,预算资金合计1,000万元,实际支出980万元,预算执行率98%。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '980万元', 'budget.executionRate': '98%' },
  },
  {
    shape: 'the department’s spending with no budget beside it is what was spent, not the budget’s execution',
    text: '2023年度本部门整体支出3,256.40万元,其中:基本支出2,100.30万元,项目支出1,156.10万元。',
    figures: { 'expense.total': '3256.40万元', 'expense.basic': '2100.30万元', 'expense.project': '1156.10万元' },
  },
  {
    shape: 'income that says it holds the carry-in is the grand total (convention 3)',
    text: '2023年本单位总收入1,520万元(含上年结转20万元),总支出1,480万元。',
    figures: { 'income.grandTotal': '1520万元', 'expense.total': '1480万元', 'income.carryIn': '20万元' },
  },
  ...['(一)部门整体支出规模:', '1.预算资金执行:', '一是预算执行方面:'].map((head) => ({
    shape: `a numbered head of budget words alone (${head}) names no item: the figures are the unit’s`,
    text: `${head}全年预算数1,200万元,全年执行数1,150万元,预算执行率95.83%。`,
    figures: { 'budget.total': '1200万元', 'budget.executed': '1150万元', 'budget.executionRate': '95.83%' },
  })),
  {
    shape: 'one level’s money as a sentence’s subject (中央资金:…) states that source’s budget and spending, not the unit’s',
    text: '中央资金:预算100万元,实际支出95万元;省级资金:预算50万元,实际支出50万元。',
    figures: { 'expense.total.source': '95万元' },
  },
  {
    shape: 'a 基本支出 / 项目支出 line’s spending with no budget wording read beside it is that line’s, not the unit’s',
    text: '基本支出:预算800万元,实际支出790万元;项目支出:预算400万元,实际支出360万元。',
    figures: { 'expense.basic': '790万元', 'expense.project': '360万元' },
  },
  {
    shape: 'a fiscal income total whose first part is the carry-in is no fiscal income; the year’s own, stated after it, is',
    text: '2023年度财政拨款收入总计1,450.00万元,其中:年初财政拨款结转和结余50.00万元,本年财政拨款收入1,400.00万元。',
    figures: { 'income.fiscal': '1400.00万元' },
  },
  {
    shape: 'a bare 合计 that is the sum of the parts before it is their total; one that is not, is nothing',
    text: '本部门2023年度财政拨款收入1,480万元,其他收入20万元,合计1,500万元。基本支出1,200万元,项目支出280万元,合计1,490万元。',
    figures: {
      'income.fiscal': '1480万元',
      'income.other': '20万元',
      'income.total': '1500万元',
      'expense.basic': '1200万元',
      'expense.project': '280万元',
    },
  },
  {
    shape: '共 between a wording and its amount is filler',
    text: '2023年度我局部门预算资金共1,500万元,截至12月31日实际支出1,480万元,支出进度98.67%。',
    figures: { 'budget.total': '1500万元', 'budget.executed': '1480万元', 'budget.executionRate': '98.67%' },
  },
  {
    // (said of the unit: in a department's report a project referred back to, 该项目, is an item)
    shape: '支出数 beside a budget is its execution (LABELS.md’s own wording)',
    text: '本部门预算数100万元,支出数95万元,执行率95%。',
    figures: { 'budget.total': '100万元', 'budget.executed': '95万元', 'budget.executionRate': '95%' },
  },
  {
    shape: 'a part stated as a share of a funding line’s total is that line’s, not the unit’s',
    text: '2023年本年支出合计2,340.5万元,其中基本支出1,800.2万元。一般公共预算财政拨款支出中,基本支出1,656.48万元,占一般公共预算财政拨款总支出的70.80%。',
    figures: { 'expense.total': '2340.5万元', 'expense.basic': '1800.2万元', 'expense.basic.generalPublic': '1656.48万元' },
  },
  {
    shape: 'the “三公” items listed after a budget (预算中,) are budgeted amounts, not what was spent',
    text: '2023年“三公”经费财政拨款预算中,公务用车运行维护费8万元,公务接待费2万元。2023年“三公”经费支出合计9.5万元。',
    figures: { 'threePublic.vehicleRunning.budget': '8万元', 'threePublic.reception.budget': '2万元', 'threePublic.total': '9.5万元' },
  },
  {
    shape:
      'the “三公” items listed after 其中 right after the sentence of their budget are budgeted, and the next list after the spending is spent',
    text: '本局“三公”经费财政拨款预算12.6万元。其中,公务用车运行维护费8.4万元,公务接待费4.2万元。“三公”经费决算支出11.3万元。其中,公务用车运行维护费7.9万元,公务接待费3.4万元。',
    figures: {
      'threePublic.budget': '12.6万元',
      'threePublic.vehicleRunning.budget': '8.4万元',
      'threePublic.reception.budget': '4.2万元',
      'threePublic.total': '11.3万元',
      'threePublic.vehicleRunning': '7.9万元',
      'threePublic.reception': '3.4万元',
    },
  },
  {
    shape: 'refused: after a sentence stating the “三公” spending and then their budget, the items after 其中 are spent',
    text: '本局“三公”经费财政拨款支出决算数为10.5万元,预算数为12万元。其中:公务用车运行维护费6.5万元,公务接待费4万元。',
    figures: {
      'threePublic.total': '10.5万元',
      'threePublic.budget': '12万元',
      'threePublic.vehicleRunning': '6.5万元',
      'threePublic.reception': '4万元',
    },
  },
  {
    shape: 'refused: a sentence after the “三公” budget that does not open on 其中 names spent items',
    text: '本局“三公”经费财政拨款预算12.6万元。公务用车运行维护费支出7.9万元,公务接待费支出3.4万元。',
    figures: { 'threePublic.budget': '12.6万元', 'threePublic.vehicleRunning': '7.9万元', 'threePublic.reception': '3.4万元' },
  },
  {
    shape: 'the year’s spending after the budgets of two classes (its split after 其中), neither with spending of its own, is the whole’s',
    text: '2023年全年预算1,000万元,其中:基本支出预算700万元,项目支出预算300万元,全年实际支出980万元。',
    figures: {
      'budget.total': '1000万元',
      'budget.executed': '980万元',
      'expense.basic.budget': '700万元',
      'expense.project.budget': '300万元',
    },
  },
  {
    shape: 'refused: each class with its own spending in one sentence pairs the spending with its class',
    text: '2023年全年预算1,000万元,全年支出980万元。基本支出预算700万元,实际支出695万元,项目支出预算300万元,实际支出285万元。',
    figures: {
      'budget.total': '1000万元',
      'budget.executed': '980万元',
      'expense.basic.budget': '700万元',
      'expense.basic': '695万元',
      'expense.project.budget': '300万元',
      'expense.project': '285万元',
    },
  },
  {
    shape: 'the budget, execution and rate of a sentence about 基本支出 or 项目支出 are that line’s',
    text: '2023年部门全年预算1,100万元,全年执行1,080万元,执行率98.18%。其中:基本支出年初预算700万元,全年预算720万元,执行718万元,执行率99.72%;项目支出年初预算300万元,全年预算380万元,执行362万元,执行率95.26%。',
    figures: {
      'budget.total': '1100万元',
      'budget.executed': '1080万元',
      'budget.executionRate': '98.18%',
      'expense.basic': '718万元',
      'expense.project': '362万元',
      'budget.initial.basic': '700万元',
      'budget.total.basic': '720万元',
      'budget.executionRate.basic': '99.72%',
      'budget.initial.project': '300万元',
      'budget.total.project': '380万元',
      'budget.executionRate.project': '95.26%',
    },
  },
  {
    shape:
      '其中 set off by a comma (其中,项目支出全年预算数…) opens a class’s line, and a clause after a comma that opens on another class (…,基本支出执行数…) is that class’s',
    text: '2023年部门全年预算数900.00万元,全年执行数870.00万元,预算执行率96.67%。其中,项目支出全年预算数500.00万元,执行数480.00万元,执行率96.00%,基本支出全年预算数400.00万元,执行数390.00万元。',
    figures: {
      'budget.total': '900.00万元',
      'budget.executed': '870.00万元',
      'budget.executionRate': '96.67%',
      'budget.total.project': '500.00万元',
      'expense.project': '480.00万元',
      'budget.executionRate.project': '96.00%',
      'budget.total.basic': '400.00万元',
      'expense.basic': '390.00万元',
    },
  },
  {
    shape: 'refused: a second class’s rate after a comma (项目支出执行率95%,基本支出执行率100%) is not the first class’s stated twice',
    text: '2023年度部门全年预算数650.00万元,执行数640.90万元,预算执行率98.60%。项目支出执行率95.00%,基本支出执行率100%。',
    figures: {
      'budget.total': '650.00万元',
      'budget.executed': '640.90万元',
      'budget.executionRate': '98.60%',
      'budget.executionRate.project': '95.00%',
      'budget.executionRate.basic': '100%',
    },
  },
  {
    shape: 'a clause after the classes’ that opens on the unit’s whole (…,部门整体预算执行率为97.5%) is the unit’s, not the last class’s',
    text: '项目支出预算执行率为92%,基本支出预算执行率为100%,部门整体预算执行率为97.5%。',
    figures: {
      'budget.executionRate.project': '92%',
      'budget.executionRate.basic': '100%',
      'budget.executionRate': '97.5%',
    },
  },
  {
    shape: 'sections pasted without blank lines: a 总计 after a heading line totals no amounts above it (first statement stays)',
    text: '(二)收入决算情况说明\n2023年度本年收入合计856.13万元,其中:财政拨款收入856.13万元,占100%。\n(四)财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计892.47万元。',
    // (the 总计 is the appropriations available, the fiscal carry-in included: no second statement of 财政拨款收入)
    figures: { 'income.total': '856.13万元', 'income.fiscal': '856.13万元', 'income.fiscalGrandTotal': '892.47万元' },
  },
  {
    shape: 'a sentence about 基本支出 / 项目支出 after its year ("2023年度基本支出决算数为…") states that line’s spending',
    text: '2023年度基本支出决算数为856.32万元。2023年度项目支出决算数为1,324.56万元。2023年度部门整体支出全年预算数为2,236.40万元,全年实际支出2,180.88万元。',
    figures: {
      'expense.basic': '856.32万元',
      'expense.project': '1324.56万元',
      'budget.total': '2236.40万元',
      'budget.executed': '2180.88万元',
    },
  },
  {
    shape: 'numbered lines about 基本支出 / 项目支出 ("(一)基本支出:年初预算…,执行…") state each line’s spending',
    text: '2023年部门整体支出年初预算数为652.36万元,全年预算数为715.24万元,全年执行数为708.13万元。其中:\n(一)基本支出:年初预算512.36万元,全年预算530.12万元,执行530.12万元。\n(二)项目支出:年初预算140.00万元,全年预算185.12万元,执行178.01万元。',
    figures: {
      'budget.initial': '652.36万元',
      'budget.total': '715.24万元',
      'budget.executed': '708.13万元',
      'expense.basic': '530.12万元',
      'expense.project': '178.01万元',
      'budget.initial.basic': '512.36万元',
      'budget.total.basic': '530.12万元',
      'budget.initial.project': '140.00万元',
      'budget.total.project': '185.12万元',
    },
  },
  {
    shape:
      'a run-in label naming a class ("1.基本支出情况:基本支出年初预算…", "2.项目支出执行情况:2023年年初预算…") makes the line that class’s, not the unit’s',
    text: '二、部门整体支出情况\n1.基本支出情况:基本支出年初预算612.40万元,全年支出605.18万元,执行率98.82%。\n2.项目支出执行情况:2023年年初预算230.00万元,全年支出214.60万元,执行率93.30%。',
    figures: {
      'budget.initial.basic': '612.40万元',
      'expense.basic': '605.18万元',
      'budget.executionRate.basic': '98.82%',
      'budget.initial.project': '230.00万元',
      'expense.project': '214.60万元',
      'budget.executionRate.project': '93.30%',
    },
  },
  {
    shape: 'refused: a run-in label naming the unit’s whole ("1.部门整体支出情况:年初预算…") leaves the line the unit’s',
    text: '二、部门整体支出情况\n1.部门整体支出情况:年初预算842.40万元,全年支出819.78万元,执行率97.31%。',
    figures: { 'budget.initial': '842.40万元', 'budget.executed': '819.78万元', 'budget.executionRate': '97.31%' },
  },
  {
    shape:
      'a split by nature in the sentence after the budget and its sources (预算数…,其中:财政拨款…,其他资金…。按支出性质分:…) is the budget’s',
    text: '2023年我局全年预算数为968.40万元,其中:财政拨款920.00万元,其他资金48.40万元。按支出性质分:基本支出702.15万元,项目支出266.25万元。全年实际支出951.06万元,预算执行率98.21%。其中基本支出698.52万元,项目支出252.54万元。',
    figures: {
      'budget.total': '968.40万元',
      'income.otherSources': '48.40万元',
      'expense.basic.budget': '702.15万元',
      'expense.project.budget': '266.25万元',
      'budget.executed': '951.06万元',
      'budget.executionRate': '98.21%',
      'expense.basic': '698.52万元',
      'expense.project': '252.54万元',
    },
  },
  {
    shape: 'refused: after a sentence that states spending beside the budget, a split by nature is the spending’s',
    text: '2023年我局全年预算数为968.40万元,其中其他资金48.40万元,全年实际支出951.06万元。按支出性质分:基本支出698.52万元,项目支出252.54万元。',
    figures: {
      'budget.total': '968.40万元',
      'income.otherSources': '48.40万元',
      'budget.executed': '951.06万元',
      'expense.basic': '698.52万元',
      'expense.project': '252.54万元',
    },
  },
  {
    shape:
      'classes of spending that add up to the budget stated alone just before (…年初预算…。基本支出…,项目支出…。), in its paragraph or the next, are the budget’s split',
    text: '(一)预算安排情况\n\n2023年年初预算1,048.60万元。\n\n基本支出736.20万元,项目支出312.40万元。\n\n(二)预算执行情况\n\n全年实际支出1,020.35万元,预算执行率97.31%。基本支出731.05万元,项目支出289.30万元。',
    figures: {
      'budget.initial': '1048.60万元',
      'expense.basic.budget': '736.20万元',
      'expense.project.budget': '312.40万元',
      'budget.executed': '1020.35万元',
      'budget.executionRate': '97.31%',
      'expense.basic': '731.05万元',
      'expense.project': '289.30万元',
    },
  },
  {
    shape: 'refused: classes of spending after the budget alone that do not add up to it (no 其中) are not read as its split',
    text: '2023年年初预算1,048.60万元。基本支出731.05万元,项目支出289.30万元。',
    figures: { 'budget.initial': '1048.60万元', 'expense.basic': '731.05万元', 'expense.project': '289.30万元' },
  },
  {
    shape:
      'the year’s spending in one sentence, the budget and its rate in another: the rate, being the spending over the budget, sets it against the budget',
    text: '2023年度部门决算支出1,482.60万元,其中基本支出402.10万元,项目支出1,080.50万元。部门预算调整后为1,520.00万元,预算执行率97.54%。',
    figures: {
      'budget.executed': '1482.60万元',
      'expense.basic': '402.10万元',
      'expense.project': '1080.50万元',
      'budget.total': '1520.00万元',
      'budget.executionRate': '97.54%',
    },
  },
  {
    shape: 'refused: a rate that is not the spending over the budget leaves the spending the year’s expense.total',
    text: '2023年度部门决算支出1,482.60万元。部门预算调整后为1,520.00万元,预算执行率99.10%。',
    figures: { 'expense.total': '1482.60万元', 'budget.total': '1520.00万元', 'budget.executionRate': '99.10%' },
  },
  {
    shape: 'an aspect named before a colon ("预算执行方面:") is no item: the figures after it are the unit’s',
    text: '预算执行方面:全年预算1,235.60万元,执行1,210.35万元,执行率97.96%。',
    figures: { 'budget.total': '1235.60万元', 'budget.executed': '1210.35万元', 'budget.executionRate': '97.96%' },
  },
  {
    shape:
      'a budget followed by an addition in the next clause (“预算…,本年追加预算…”) is the initial budget; the adjusted one is the total',
    text: '2023年部门预算1,000.50万元,年中追加预算200.20万元,调整后预算1,200.70万元,实际支出1,180.00万元,预算执行率98.28%。',
    figures: {
      'budget.initial': '1000.50万元',
      'budget.total': '1200.70万元',
      'budget.executed': '1180.00万元',
      'budget.executionRate': '98.28%',
    },
  },
  {
    shape: 'a budget followed by its adjusted one (“预算数…,调整预算数…”) is the initial budget; the adjusted one is the total',
    text: '2023年预算数430.5万元,调整预算数512.8万元,执行数498.6万元。',
    figures: { 'budget.initial': '430.5万元', 'budget.total': '512.8万元', 'budget.executed': '498.6万元' },
  },
  {
    shape: 'the final accounts’ “预算数…,调整数…,决算数…”: the budget before 调整数 is the initial one, never the total',
    text: '2023年预算数430.5万元,调整数512.8万元,决算数498.6万元。',
    figures: { 'budget.initial': '430.5万元', 'budget.executed': '498.6万元' },
  },
  {
    shape: 'a whole-year budget that names its addition inside (含追加) stays the total',
    text: '全年预算1,200.70万元(含年中追加预算200.20万元),实际支出1,180.00万元。',
    figures: { 'budget.total': '1200.70万元', 'budget.executed': '1180.00万元' },
  },
  {
    shape:
      'a heading that names a side of the accounts, then a colon ("(一)资金收入情况:"), opens a sentence whose subject is the bare 收入 / 支出',
    text: '(一)资金收入情况:2023年收入1,320.40万元。\n(二)支出情况:2023年支出1,298.75万元。',
    figures: { 'income.total': '1320.40万元', 'expense.total': '1298.75万元' },
  },
  {
    shape: 'a heading that names a part ("(二)基本支出情况:") does not make its bare 支出 the unit’s',
    text: '(二)基本支出情况:2023年支出820.15万元。',
    figures: {},
  },
  {
    shape: 'the date the money is counted to ("截至2023年12月31日,") may open a sentence whose subject is the bare 支出',
    text: '截至2023年12月31日,本部门支出1,210.35万元,预算执行率97.96%。',
    figures: { 'budget.executed': '1210.35万元', 'budget.executionRate': '97.96%' },
  },
  {
    shape:
      'the date counted to with its digits run together, a copy having lost its 年 and 月 ("截至20191231日共支出"), before the bare 支出 as a date',
    text: '全年预算数860万元,截至20191231日共支出738.3万元。',
    figures: { 'budget.total': '860万元', 'budget.executed': '738.3万元' },
  },
  {
    shape: 'a date without its year ("截至12月31日共支出", "截至年底共支出") before the bare 支出 beside a budget: the budget’s execution',
    text: '全年预算数900万元,截至12月31日共支出873万元,预算执行率97%。全年预算数900万元,截至年底共支出873万元。',
    figures: { 'budget.total': '900万元', 'budget.executed': '873万元', 'budget.executionRate': '97%' },
  },
  {
    shape:
      'a bracket breaking down the budget before it ("预算总额860万元(年初预算820万元,追加40万元),共支出…"): the clause after it opens on the bare 支出',
    text: '2023年度预算总额为860.00万元(年初预算820.00万元,追加40.00万元),共支出842.60万元,预算执行率97.98%。',
    figures: {
      'budget.total': '860.00万元',
      'budget.initial': '820.00万元',
      'budget.executed': '842.60万元',
      'budget.executionRate': '97.98%',
    },
  },
  {
    shape: 'refused: a bracket after a name ("培训经费(年初预算5万元),支出4.8万元") keeps the name the subject of the spending after it',
    text: '2023年度预算总额为860.00万元。其中培训经费(年初预算5.00万元),支出4.80万元,用于业务培训。',
    figures: { 'budget.total': '860.00万元' },
  },
  {
    shape: 'a rate in a section of targets (部门整体支出绩效目标) is aimed at, not reached: the rate reached is the one stated later',
    text: '(三)部门整体支出绩效目标\n1.预算执行率达到100%。\n2.“三公”经费控制在年初预算以内。\n二、预算执行情况\n全年预算数1,235.60万元,执行数1,210.35万元,预算执行率97.96%。',
    figures: { 'budget.total': '1235.60万元', 'budget.executed': '1210.35万元', 'budget.executionRate': '97.96%' },
  },
  {
    shape: 'a section of the accounts and their targets together (收支与绩效目标) states rates reached',
    text: '(三)收支与绩效目标\n2023年度全年预算数1,235.60万元,执行数1,235.60万元,预算执行率100%。',
    figures: { 'budget.total': '1235.60万元', 'budget.executed': '1235.60万元', 'budget.executionRate': '100%' },
  },
  {
    shape: 'another year’s figure stays another year’s with the unit’s words between the year and the label',
    text: '2022年度部门预算执行率为95.2%,2023年度部门预算执行率为97.96%。',
    figures: { 'budget.executionRate': '97.96%' },
  },
  {
    shape: 'in a department’s report, a whole area’s fund total (全县一般公共预算支出) is its government’s, not the unit’s',
    text: '全县2023年一般公共预算支出完成35,620万元。我局全年预算数1,235.60万元,执行数1,210.35万元。',
    figures: { 'budget.total': '1235.60万元', 'budget.executed': '1210.35万元' },
  },
  {
    shape: '总支出 set against a budget in its sentence is the budget’s execution',
    text: '2023年度我局总支出550.18万元,年初预算480.00万元,预算执行率114.62%。',
    figures: { 'budget.executed': '550.18万元', 'budget.initial': '480.00万元', 'budget.executionRate': '114.62%' },
  },
  {
    shape: 'a budget the year’s start names before its words ("2023年初部门预算安排资金") is the initial budget',
    text: '2023年初部门预算安排资金3,562.18万元,年中追加预算1,265.30万元,全年预算资金总额4,827.48万元。全年支出4,715.62万元,预算执行率97.68%。',
    figures: {
      'budget.initial': '3562.18万元',
      'budget.total': '4827.48万元',
      'budget.executed': '4715.62万元',
      'budget.executionRate': '97.68%',
    },
  },
  {
    shape: 'one month’s spending (当月实际支出) is not the year’s',
    text: '全年预算数1,200万元。6月份,当月实际支出108.5万元。',
    figures: { 'budget.total': '1200万元' },
  },
  {
    shape: 'a rate a scoring standard scores is no statement of the rate',
    text: '评分标准:预算执行率达到100%的得满分,每低1个百分点扣0.2分,低于90%的不得分。',
    figures: {},
  },
  {
    shape: 'a bound of a scale or a range is no statement of the score',
    text: '评价标准:自评得分90分以上为优,综合得分80-90分为良。本项目综合得分为86分。',
    figures: { 'eval.score': '86分' },
  },
  {
    shape: 'a tally of projects by grade (等级为“优”的5个) is no grade',
    text: '本年度对12个重点项目开展评价,评价等级为“优”的5个、“良”的6个。',
    figures: {
      'eval.projects.graded.count': '12个',
      'eval.projects.grade.excellent.count': '5个',
      'eval.projects.grade.good.count': '6个',
    },
  },
  {
    shape: 'a share of projects by grade (…个项目自评等级为“优”,占比100%) is no grade of the report',
    text: '经自评,有14个预算项目绩效自评得分在90(含)-100分,绩效自评等级为“优”,占比100%。',
    figures: {},
  },
  {
    shape: 'refused as a share: the report’s grade with a share of something else in the next sentence stays its grade',
    text: '经自评,本项目绩效自评等级为“优”。其中财政资金占比100%。',
    figures: { 'eval.grade': '优' },
  },
  {
    shape: 'a tally by a combined grade with its band in brackets (等级为优良(85分以上)的项目有3个) is no grade',
    text: '经第三方评审,等级为优良(85分以上)的项目有3个。',
    figures: {},
  },
  {
    shape: 'different grades in one sentence grade different subjects: none is the report’s',
    text: '经评价,甲项目评价结果为优秀,乙项目评价结果良好。',
    figures: {},
  },
  {
    shape: 'the projects of a grade (对评价等级为优的项目,…) or a condition on it (结果为“优”的,…) is no grade',
    text: '对评价等级为优的项目,下年度预算优先保障。评价结果为“中”的,相应压减下年度预算。',
    figures: {},
  },
  {
    shape: 'a grade set off in brackets (绩效等级为(良)) is the grade, as in quotes',
    text: '项目实施效果较好,评价得分及绩效等级为(良)。',
    figures: { 'eval.grade': '良' },
  },
  {
    shape: 'the overall grade, then the units’ projects tallied by grade with 有 (等级为“中”有5个): the tallies grade nothing',
    text: '自评分97分,综合评价等级为“优”,其中:本级48个项目评价等级为“优”有37个、评价等级为“中”有5个、评价等级为“良”有6个。',
    figures: {
      'eval.score': '97分',
      'eval.grade': '优',
      'eval.projects.graded.count': '48个',
      'eval.projects.grade.excellent.count': '37个',
      'eval.projects.grade.good.count': '6个',
      'eval.projects.grade.fair.count': '5个',
    },
  },
  {
    shape: 'refused: a bracket listing the scale (评价等级(优、良、中、差)) grades nothing',
    text: '评价等级(优、良、中、差)按综合得分确定。',
    figures: {},
  },
  {
    shape: 'a grade word inside another word (评价结果中发现, 结果差异, 结论:优化) is no grade',
    text: '将评价结果中发现的问题反馈给项目单位。各项目评价结果差异较大。自评结论:优化支出结构。',
    figures: {},
  },
  {
    shape: 'a form’s line of fields, the grade then the score’s label run in (自评结果:优秀  自评得分:94.3分): both are read',
    text: '自评结果:优秀  自评得分:94.3分',
    figures: { 'eval.grade': '优秀', 'eval.score': '94.3分' },
  },
  {
    shape: 'refused: a grade word before a score word with no colon of a field (评价结果:差评价得分较低, 结论:优化得分) is no grade',
    text: '部分项目评价结果:差评价得分较低。自评结论:优化得分结构。',
    figures: {},
  },
  {
    shape:
      'a form’s field lines joined by the copy (单位名称:临江市档案馆 over 预算支出数:120万元): the label opening its line is after no word',
    text: '单位名称:临江市档案馆\n预算支出数:120万元\n支出决算数:118万元\n资金使用率:98.33%',
    figures: { 'budget.total': '120万元', 'budget.executed': '118万元', 'budget.executionRate': '98.33%' },
  },
  {
    shape: 'a form’s 总分 field on its own line under another field is the score; a 总分 of 100 there is the full marks',
    text: '单位名称:临江市档案馆\n总分:96分\n\n填报单位:临江市档案馆\n总分:100分',
    figures: { 'eval.score': '96分' },
  },
  {
    shape: 'fields side by side on one line, the space between them dropped (填报单位:临江学院 总分:96分; 自评等级:优  总分:95)',
    text: '填报单位:临江学院 总分:96分\n\n自评等级:优  总分:96',
    figures: { 'eval.score': '96分', 'eval.grade': '优' },
  },
  {
    shape: 'refused: 总分 after a field’s value with no colon of its own (指标体系:产出指标 总分40分) stays a part’s marks',
    text: '本项目指标体系:产出指标 总分40分',
    figures: {},
  },
  {
    shape: 'refused: 总分 at the start of a wrapped prose line (…产出指标 over 总分40分) stays a part’s marks',
    text: '本年度项目绩效评价指标体系中产出指标\n总分40分。',
    figures: {},
  },
  {
    shape: 'a score after an indicator’s full marks (满分10分,得分9.5分) is that indicator’s',
    text: '其中资金到位率指标满分10分,得分9.5分。',
    figures: {},
  },
  {
    shape: 'a score after a group of indicators’ marks (效益指标共30分,评价得分27分) is that group’s',
    text: '效益指标共30分,评价得分27分,得分率90%。',
    figures: {},
  },
  {
    shape: 'the grades of the scale listed (等级为优、良、中、差; 优(90分以上)、良(80-89分)…) are no grade',
    text: '评价等级为优、良、中、差四档。评价结果:优(90分及以上)、良(80-89分)、中(60-79分)、差(60分以下)。',
    figures: {},
  },
  {
    shape: 'another examination’s result (验收结果为合格, 满意度调查结果为良好) is no grade; an evaluation’s is',
    text: '经验收,工程质量验收结果为合格。群众满意度调查结果为良好。经复核,考评结果为优秀。',
    figures: { 'eval.grade': '优秀' },
  },
  {
    shape: 'a survey’s grade (服务对象满意度评价为优, 群众满意度测评等级为优秀) is an indicator’s; the evaluation’s after it is the grade',
    text: '服务对象满意度评价为优,群众满意度测评等级为优秀。经综合评价,本项目自评等级为良。',
    figures: { 'eval.grade': '良' },
  },
  {
    shape: 'a proposal for the next year’s budget (建议下年度预算安排资金…) is not the year’s budget',
    text: '下一步,建议下年度部门预算安排资金260万元。',
    figures: {},
  },
  {
    shape: 'a bare 总分 after the sub-scores is their sum, the overall score',
    text: '产出指标得分48分,效益指标得分28分,满意度指标得分9分,预算执行得分9.7分,总分94.7分。',
    figures: { 'eval.score': '94.7分' },
  },
  {
    shape: 'a bare 总分 of 100 (采用百分制,总分100分) names the scale, and 总分 after a word (指标总分) a part’s marks: no score',
    text: '本次评价采用百分制,总分100分。产出指标总分40分。',
    figures: {},
  },
  {
    shape: 'a form’s header line: the 总分 field right after the 填报日期’s date (…15日 总分:96分) is the overall score',
    text: '填报日期:2023年3月15日 总分:96分',
    figures: { 'eval.score': '96分' },
  },
  {
    shape: 'refused: 总分 after an indicator’s own form (产出指标自评表总分40分) is that part’s marks, no score',
    text: '附件:产出指标自评表总分40分',
    figures: {},
  },
  {
    shape: 'a grade given right after the overall score with no word for grade (总分94.7分,评定为优)',
    text: '经自评,总分94.7分,评定为优。',
    figures: { 'eval.score': '94.7分', 'eval.grade': '优' },
  },
  {
    shape: 'a scale that grades by score (90分以上评定为优) gives no grade',
    text: '得分90分以上评定为优,80-89分评定为良。',
    figures: {},
  },
  {
    shape: 'the year before’s grade beside the report’s is no rival of it',
    text: '经自评,本部门自评得分95分,评价等级为优,上年度评价等级为良。',
    figures: { 'eval.score': '95分', 'eval.grade': '优' },
  },
  {
    shape: 'results of several subjects listed with ";" in one sentence: no score or grade is the report’s',
    text: '经第三方评价,甲单位整体支出绩效评价得分91分,评价等级为优;乙单位整体支出绩效评价得分85分,评价等级为良。',
    figures: {},
  },
  {
    shape:
      'in a department’s report a project referred back to (该项目(预算…,支出…)) is one of its items: its spending is never the unit’s',
    text: '本部门全年预算1000万元,实际支出950万元。其中农田水利建设项目资金300万元。该项目(预算50万元,支出48万元)已完成。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元' },
  },
  {
    shape: 'a works referred back to (此工程,预算…,支出…) in a department’s report: its money is the item’s, never the unit’s',
    text: '本部门全年预算1000万元。此工程,预算50万元,支出48万元,执行率96%。',
    figures: { 'budget.total': '1000万元' },
  },
  {
    shape: 'refused: the year’s project spending (本年度项目支出…) refers back to no project, and stays the unit’s split',
    text: '本部门全年预算1000万元。本年度项目支出300万元。',
    figures: { 'budget.total': '1000万元', 'expense.project': '300万元' },
  },
  {
    shape:
      'a bare 完成率 opening the sentence after the budget and its split (…项目支出X万元。完成率均达到N%): the budget’s execution rate',
    text: '部门预算总金额 612.40 万元其中:基本支出 530.15 万元,项目支出 82.25 万元。 完成率均达到 100%;部门目标实现率 100%。',
    figures: {
      'budget.total': '612.40万元',
      'expense.basic': '530.15万元',
      'expense.project': '82.25万元',
      'budget.executionRate': '100%',
    },
  },
  {
    shape: 'a bare 完成率 in the clause right after the spending (…,实际支出X万元,完成率N%): the budget’s execution rate',
    text: '全年预算资金1,450万元,实际支出1,402.6万元,完成率96.73%。',
    figures: { 'budget.total': '1450万元', 'budget.executed': '1402.6万元', 'budget.executionRate': '96.73%' },
  },
  {
    shape: 'a bare 完成率 after ";" that ends the budget’s clause (…;完成率N%): the budget’s execution rate',
    text: '年度部门预算资金 376.9 万元,实际支出 370.2 万元;完成率 98.22%。',
    figures: { 'budget.total': '376.9万元', 'budget.executed': '370.2万元', 'budget.executionRate': '98.22%' },
  },
  {
    shape:
      'a bare 完成率 on a line of its own (a list item) right under the line of the spending (完成数:X万元 / 完成率:N%): the budget’s execution rate',
    text: '- 年初预算:800.00万元\n- 调整预算:865.40万元\n- 完成数:850.12万元\n- 完成率:98.23%\n\n年初预算:800.00万元\n\n完成数:850.12万元\n\n完成率:98.23%',
    figures: {
      'budget.initial': '800.00万元',
      'budget.total': '865.40万元',
      'budget.executed': '850.12万元',
      'budget.executionRate': '98.23%',
    },
  },
  {
    shape:
      'refused: a 完成率 line under a count’s line (培训人数:N人 / 完成率:N%), or under the spending’s line when it goes on past its amount, is no budget’s rate',
    text: '调整预算:865.40万元\n\n培训人数:120人\n\n完成率:100%\n\n实际支出:850.12万元,主要用于档案数字化。\n\n完成率:98%',
    figures: { 'budget.total': '865.40万元', 'budget.executed': '850.12万元' },
  },
  {
    shape: 'a bare 调整后 opening the clause right after the initial budget’s amount (年初预算X万元,调整后Y万元) is the adjusted budget',
    text: '2023年度部门预算执行情况如下:年初预算1,100万元,调整后1,234.5万元,实际执行1,220.3万元,执行率98.85%。',
    figures: {
      'budget.initial': '1100万元',
      'budget.total': '1234.5万元',
      'budget.executed': '1220.3万元',
      'budget.executionRate': '98.85%',
    },
  },
  {
    shape: 'refused: a bare 调整后 after another amount (基本支出X万元,调整后…) or opening its sentence names no budget',
    text: '2023年基本支出900万元,调整后950万元。调整后1,234.5万元。',
    figures: { 'expense.basic': '900万元' },
  },
  {
    shape: 'refused: a 完成率 right after a count (开展培训N期,完成率…) is the task’s, even after the budget',
    text: '部门预算总额420万元。全年开展业务培训15期,完成率100%。',
    figures: { 'budget.total': '420万元' },
  },
  {
    shape: 'refused: a 完成率 after a name (绩效指标完成率, 道路硬化完成率) is that indicator’s, not the budget’s',
    text: '部门预算总额420万元,道路硬化完成率100%。绩效指标完成率95%。',
    figures: { 'budget.total': '420万元' },
  },
  {
    shape: 'refused: a 完成率 opening a paragraph of its own, the budget in the paragraph above: nothing right before it to complete',
    text: '部门预算总额420万元。\n\n完成率100%。',
    figures: { 'budget.total': '420万元' },
  },
  {
    shape: 'refused: a 完成率 after an amount of no budget (收到上级补助X万元,完成率…)',
    text: '2023年收到上级补助2.5万元,完成率100%。',
    figures: {},
  },
  {
    shape: 'the budget summed (部门预算支出总计 / 合计 / 总额) is the budget, not the year’s spending nor its grand total',
    text: '2023年度部门预算支出总计 2,310.5 万元,全年实际支出 2,288.1 万元,预算执行率 99.03%。',
    figures: { 'budget.total': '2310.5万元', 'budget.executed': '2288.1万元', 'budget.executionRate': '99.03%' },
  },
  {
    shape: 'the budget summed with its split (部门预算支出合计…,其中基本支出…,项目支出…): the budget and its split',
    text: '本单位2023年预算支出合计 645 万元,其中基本支出 515 万元,项目支出 130 万元。',
    figures: { 'budget.total': '645万元', 'expense.basic': '515万元', 'expense.project': '130万元' },
  },
  {
    shape: 'the spending budget summed (支出预算总计 …,实际支出 …): the budget, and the spending set against it',
    text: '2023年部门支出预算总计 733.2 万元,实际支出 701.9 万元。',
    figures: { 'budget.total': '733.2万元', 'budget.executed': '701.9万元' },
  },
  {
    shape: 'refused: a fund’s spending summed (一般公共预算支出合计) is that fund’s, never the unit’s budget',
    text: '2023年一般公共预算支出合计 733.2 万元。',
    figures: { 'expense.generalPublic': '733.2万元' },
  },
  {
    shape: 'the spending total’s share of a budget stated inside the share’s words (…支出X万元,占全年预算Y万元的Z%): the execution rate',
    text: '2023年度本部门整体支出 1,862.40 万元,占全年预算 1,905.00 万元的 97.76%。',
    figures: { 'budget.executed': '1862.40万元', 'budget.total': '1905.00万元', 'budget.executionRate': '97.76%' },
  },
  {
    shape: 'the year’s spending as a share of the start’s budget stated inside (…,为年初预算Y万元的Z%): the execution rate',
    text: '2023年全年支出 612 万元,为年初预算 640 万元的 95.63%。',
    figures: { 'budget.executed': '612万元', 'budget.initial': '640万元', 'budget.executionRate': '95.63%' },
  },
  {
    shape: 'refused: a part’s share of a budget stated inside (基本支出X万元,占全年预算Y万元的Z%) is that part’s (convention 10)',
    text: '2023年基本支出 530 万元,占全年预算 800 万元的 66.25%。',
    figures: { 'expense.basic': '530万元', 'budget.total': '800万元' },
  },
  {
    shape: 'refused: a share of a stated budget with no spending before it (占全年预算Y万元的Z%) is nobody’s execution',
    text: '2023年占全年预算 800 万元的 66.25%。',
    figures: { 'budget.total': '800万元' },
  },
  {
    // "836.4万元" after a colon is an amount, not a list's "836." item: the rate after it stays the unit's
    shape:
      'a decimal amount right after a colon (全年资金:836.4万元、48.6万元,执行率N%) numbers no list: the rate reads as after whole amounts',
    // (as "全年资金:836万元、48万元,执行率96.14%" reads)
    text: '全年资金:836.4万元、48.6万元,执行率96.14%。',
    figures: { 'budget.executionRate': '96.14%' },
  },
  {
    shape: 'refused: a numbered line after a colon (其中:12.教育支出X万元,完成年初预算N%) is still that line’s, not the unit’s rate',
    text: '其中:12.教育支出 595.95 万元,完成年初预算100%。',
    figures: {},
  },
  {
    shape:
      'refused: a fund’s budget adjusted (一般公共预算经调整后为X万元) is no unit’s budget, and a “三公” adjusted budget is the “三公” budget',
    text: '2023年一般公共预算经调整后为860万元。2023年“三公”经费调整后预算5万元,实际支出3.2万元。',
    figures: { 'threePublic.budget': '5万元', 'threePublic.total': '3.2万元' },
  },
  {
    // convention 2: one funding line's spending against its budget is that line's, in a self-evaluation too
    shape:
      'a self-evaluation quoting one funding line’s spending and its rate (一般公共预算财政拨款支出决算为X万元,完成预算的N%): the rate is that line’s, not budget.executionRate',
    // (and the line's spending is expense.generalPublic, as in final accounts)
    text: '2023年度一般公共预算财政拨款支出决算为 702.5 万元,完成预算的 94.93%。',
    figures: {
      'expense.total.generalPublic': '702.5万元',
      'expense.generalPublic': '702.5万元',
      'budget.executionRate.generalPublic': '94.93%',
    },
  },
  {
    shape:
      'refused: the unit’s spending and rate with a funding line’s part between them (…实际支出X万元,其中一般公共预算财政拨款支出Y万元,预算执行率N%) keep the rate the unit’s',
    text: '2023年全年预算 740 万元,实际支出 702.5 万元,其中一般公共预算财政拨款支出 690 万元,预算执行率 94.93%。',
    figures: {
      'budget.total': '740万元',
      'budget.executed': '702.5万元',
      'expense.generalPublic': '690万元',
      'budget.executionRate': '94.93%',
    },
  },
  {
    // the self-evaluation shows its arithmetic: the rate's words, the formula, the numbers, then the result
    shape:
      'a formula headed by the rate’s words and worked through to its result (预算执行率=实际支出/预算数×100%=…=N%; 预算执行率:X万元÷Y万元×100%=N%) states the execution rate',
    text: '预算执行率=实际支出/预算数×100%=836.4/870×100%=96.14%。',
    figures: { 'budget.executionRate': '96.14%' },
  },
  {
    shape: 'the rate’s words, a colon, the amounts divided (预算执行率:X万元÷Y万元×100%=N%) state the execution rate',
    text: '预算执行率:836.4万元÷870万元×100%=96.14%。',
    figures: { 'budget.executionRate': '96.14%' },
  },
  {
    shape:
      'refused: a formula written alone (预算执行率=执行数/预算数×100%), one for a score (得分=预算执行率×10=9.6分) or another kind of rate (在职人员控制率=…=95.56%) states no execution rate',
    text: '预算执行率=执行数/预算数×100%。得分=预算执行率×10=9.6分。在职人员控制率=在职人员数/编制数×100%=43/45×100%=95.56%。',
    figures: {},
  },
  {
    shape:
      'money spent summed by a two-character adverb (全年共计支出资金, 合计支出资金) is the unit’s spending; after another subject’s name (各乡镇合计支出资金) it is that part’s',
    text: '2023年全年预算 1,260.00 万元,全年共计支出资金 1,198.40 万元。各乡镇合计支出资金 415.20 万元。',
    figures: { 'budget.total': '1260.00万元', 'budget.executed': '1198.40万元' },
  },
  {
    // a parallel enumerator opening its clause is no part of a name: the label right after it opens the item
    shape: 'the split by nature listed as 一是…;二是… (二是项目支出X万元, 其二是…) is the unit’s basic and project spending',
    text: '2023年度支出 865.2 万元,一是基本支出 640.7 万元,主要用于人员工资;二是项目支出 224.5 万元,主要用于森林防火。',
    figures: { 'expense.total': '865.2万元', 'expense.basic': '640.7万元', 'expense.project': '224.5万元' },
  },
  {
    shape:
      'refused: a longer name between the enumerator and the label (二是扶贫项目支出X万元) is still that name’s, not the unit’s 项目支出',
    text: '2023年度支出 865.2 万元,一是基本支出 640.7 万元;二是扶贫项目支出 24.5 万元。',
    figures: { 'expense.total': '865.2万元', 'expense.basic': '640.7万元' },
  },
  {
    // final accounts name the year's budget after its changes 调整预算; the spending's share of it is the execution
    shape: 'the spending’s share of the adjusted budget (完成调整预算的N%, 为调整后预算的N%) is the budget’s execution rate',
    text: '2023年调整预算 740 万元,支出决算 702.5 万元,完成调整预算的 94.93%。',
    figures: { 'budget.total': '740万元', 'budget.executed': '702.5万元', 'budget.executionRate': '94.93%' },
  },
  {
    shape: 'refused: 完成调整预算的 N% in a “三公” sentence is the “三公” rate, not budget.executionRate',
    text: '2023年度“三公”经费财政拨款支出决算数为3.20万元,完成调整预算的80%。',
    figures: { 'threePublic.total': '3.20万元', 'threePublic.rate': '80%' },
  },
  {
    shape: 'the spending’s share of the budget with an aside in brackets after it ((含上年结转X万元)) is still the execution rate',
    text: '2023年本部门共支出资金 1,230.00 万元(含上年结转 30.00 万元),占全年预算的 96.10%。',
    figures: { 'budget.executed': '1230.00万元', 'budget.executionRate': '96.10%', 'income.carryIn': '30.00万元' },
  },
  {
    // the amount before the share is a part of the budget or a carry-in, no spending (convention 10)
    shape: 'refused: a budget part’s or a carry-in’s share of the budget (追加预算X万元,占全年预算的N%; 上年结转X万元,占…) is no execution',
    text: '2023年全年预算 960 万元,其中追加预算 160 万元,占全年预算的 16.67%。上年结转 48 万元,占调整预算的 5%。',
    figures: { 'budget.total': '960万元', 'income.carryIn': '48万元' },
  },
  {
    shape: 'refused: a share of the budget after no amount, its clause naming no spending (年中追加预算占全年预算的N%), is that thing’s',
    text: '全年预算数1000万元,执行数954.1万元,预算执行率95.41%。年中追加预算占全年预算的14.2%。全年支出占全年预算的95.41%。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '954.1万元', 'budget.executionRate': '95.41%' },
  },
  {
    shape: 'the appropriation named alone as a part of the income just stated (收入X万元,其中财政拨款Y万元): the appropriation income',
    text: '2023年部门收入 948.3 万元,其中财政拨款 930.1 万元,其他收入 18.2 万元;部门支出 940.6 万元。',
    figures: { 'income.total': '948.3万元', 'income.fiscal': '930.1万元', 'income.other': '18.2万元', 'expense.total': '940.6万元' },
  },
  {
    shape: 'refused: the appropriation named alone after spending (支出合计…,其中财政拨款…), or with no income before it, is no income',
    text: '2023年支出合计 940.6 万元,其中财政拨款 920 万元。2023年财政拨款 930.1 万元。',
    figures: { 'expense.total': '940.6万元' },
  },
  {
    shape: 'refused: the appropriation after ";" that ends the income’s clause names no part of it',
    text: '2023年部门收入 948.3 万元;财政拨款 930.1 万元用于人员工资。',
    figures: { 'income.total': '948.3万元' },
  },
  {
    shape: 'the points a bracket right after the overall grade closes on (自评结论:优秀(N分)) are the overall score',
    text: '经自评,部门整体支出绩效自评结论:良好(87.5分)。',
    figures: { 'eval.grade': '良好', 'eval.score': '87.5分' },
  },
  {
    shape: 'the score named inside the bracket after the grade (等级为优(得分N分)) is the overall score',
    text: '经自评,部门整体支出绩效自评等级为优(得分93.2分)。',
    figures: { 'eval.grade': '优', 'eval.score': '93.2分' },
  },
  {
    shape: 'refused: a bound in the bracket after a grade (优(90分以上)、良(80-89分), 优(90—100分)) is the scale’s, no score',
    text: '评价等级分为优(90分以上)、良(80-89分)、中(60-79分)、差(60分以下)。自评等级标准为优(90—100分)。',
    figures: {},
  },
  {
    shape: 'money used, set against the budget by its share of it (共使用财政资金X万元,占年度预算的Z%): the budget’s execution',
    text: '2023年度本局共使用财政资金 864.2 万元,占年度预算的 97.4%。',
    figures: { 'budget.executed': '864.2万元', 'budget.executionRate': '97.4%' },
  },
  {
    shape:
      'refused: money used or paid out with no budget nor share of it in its sentence (已拨付财政资金…, 共使用财政资金…,主要用于…) may be passed on',
    text: '2023年度本局已拨付财政资金 864.2 万元。2023年度本局共使用财政资金 864.2 万元,主要用于人员工资。',
    figures: {},
  },
  {
    shape: 'the money several evaluated projects cover (选取6个项目…,涉及预算金额) is no budget',
    text: '本年度选取6个项目开展财政重点评价,涉及预算金额为1530万元。',
    figures: {},
  },
  {
    shape: 'refused: a spending class between 年初预算安排 and its amount (安排人员经费…) is that class’s budget, no budget.initial',
    text: '年初预算安排人员经费80万元,公用经费20万元。',
    figures: { 'expense.personnel': '80万元', 'expense.publicUse': '20万元' },
  },
  {
    shape: 'the grade in corner brackets (评价等级为「优」, 『优秀』), and after 为 with its colon (自评等级为:优秀)',
    text: '经自评,该部门自评得分为96.5分,评价等级为「优」。部门整体支出绩效自评结果为『优』。自评等级为:优。',
    figures: { 'eval.score': '96.5分', 'eval.grade': '优' },
  },
  {
    shape: 'a year in a bracketed aside (2023年自评得分为95分(2022年为92分)) leaves the grade after it the sentence’s year’s',
    text: '2023年自评得分为95分(2022年为92分),等级为优。',
    figures: { 'eval.score': '95分', 'eval.grade': '优' },
  },
  {
    shape: 'refused: the year before’s grade, its sentence opening on that year, stays that year’s whatever bracket follows',
    text: '2022年度部门自评得分为92分(满分100分),评价等级为良。',
    figures: {},
  },
  {
    shape: 'the currency sign between a label and its amount (全年预算数为¥1,250,000.00元, ￥) is filler',
    text: '本部门全年预算数为¥1,250,000.00元,全年执行数为￥1,180,500.00元,预算执行率94.44%。',
    figures: { 'budget.total': '1250000.00元', 'budget.executed': '1180500.00元', 'budget.executionRate': '94.44%' },
  },
  {
    shape: 'the fiscal share named after 其中 behind the spending (全年支出78万元,其中财政拨款支出70万元) is a part, no second spending',
    text: '全年预算80万元,全年支出78万元,其中财政拨款支出70万元,执行率97.5%。',
    figures: { 'budget.total': '80万元', 'budget.executed': '78万元', 'expense.fiscal': '70万元', 'budget.executionRate': '97.5%' },
  },
  {
    shape: 'a rate whose words follow one level’s funds (其中中央资金执行率90%,省级资金执行率98%) is that source’s, not the unit’s',
    text: '2023年预算1000万元,已支出950万元。其中中央资金执行率90%,省级资金执行率98%。',
    figures: { 'budget.total': '1000万元', 'budget.executed': '950万元', 'budget.executionRate.source': '90%' },
  },
  {
    shape:
      'spending that 其中 opens after the amount under a part’s own subject (部门支出, 乡镇支出 past ";") is that part’s, and so is its rate',
    text: '截至2023年12月18日,全县共支出整合资金22950.39万元,支出进度87.34%,其中:部门支出11990.67万元,支出进度89.45%;乡镇支出10959.72万元,支出进度85.51%。',
    figures: { 'budget.executionRate': '87.34%' },
  },
  {
    shape: 'spending that 其中 opens after the amount under a part’s subject, spaced as a copy leaves it, is no figure of the unit’s',
    text: '全县共支出资金 22950.39 万元 , 其中 : 部门支出 11990.67 万元 , 乡镇支出 10959.72 万元 。',
    figures: {},
  },
  {
    shape:
      'refused: a sentence opening with 其中 on the unit’s split by nature (基本支出, 项目支出) names no part’s subject: its rate is the unit’s',
    text: '2023年全年预算数500万元,实际支出480万元。其中:基本支出300万元,项目支出180万元,执行率96%。',
    figures: {
      'budget.total': '500万元',
      'budget.executed': '480万元',
      'expense.basic': '300万元',
      'expense.project': '180万元',
      'budget.executionRate': '96%',
    },
  },
  {
    shape: 'refused: 其中 then spending with only its modifiers (其中已支出) states what of the amount was spent: the unit’s',
    text: '2023年全年预算数500万元,其中已支出480万元,执行率96%。',
    figures: { 'budget.total': '500万元', 'budget.executed': '480万元', 'budget.executionRate': '96%' },
  },
  {
    shape: 'refused: funds named with no level opening the clause (2023年衔接资金执行率95%) are the whole’s',
    text: '2023年本单位衔接资金执行率95%。',
    figures: { 'budget.executionRate': '95%' },
  },
  {
    shape:
      'a sentence whose subject is one class of basic spending (人员经费预算450万元,实际支出448万元) states that class’s budget and spending',
    text: '2023年人员经费预算450万元,实际支出448万元。公用经费预算50万元,实际支出47万元。',
    figures: {
      'expense.personnel.budget': '450万元',
      'expense.personnel': '448万元',
      'expense.publicUse.budget': '50万元',
      'expense.publicUse': '47万元',
    },
  },
  {
    shape:
      'the department’s 专项 spending as a sentence’s subject (部门专项支出预算…,实际支出…,执行率…) is its project spending, not the unit’s',
    text: '2023年部门专项支出预算300万元,实际支出280万元,执行率93.33%。',
    figures: { 'expense.project': '280万元', 'budget.executionRate.project': '93.33%' },
  },
  {
    shape: 'a field label with the unit of the amounts after it (资金情况(万元):年初预算数200,…) introduces the unit’s own figures',
    text: '资金情况(万元):年初预算数200,全年预算数260,全年执行数255,执行率98.08%。',
    figures: { 'budget.initial': '200万元', 'budget.total': '260万元', 'budget.executed': '255万元', 'budget.executionRate': '98.08%' },
  },
  {
    shape: 'refused: an item’s name with its unit note (党建工作经费(万元):预算数30,执行数28) still names that item, no figure of the unit',
    text: '党建工作经费(万元):预算数30,执行数28。',
    figures: {},
  },
  {
    shape: 'a rate of the spending over the money received, not over the budget the sentence states, is no execution rate',
    text: '2023年预算安排专项资金共计2646.34万元,截至年底资金已到位672.44万元,使用672.44万元,使用率100%。',
    figures: { 'budget.total': '2646.34万元', 'budget.executed': '672.44万元', 'budget.executionRate.received': '100%' },
  },
  {
    shape: 'refused: where the money received is the budget, the rate fits both and stays the execution rate',
    text: '2023年预算安排专项资金共计672.44万元,截至年底资金已到位672.44万元,使用672.44万元,使用率100%。',
    figures: { 'budget.total': '672.44万元', 'budget.executed': '672.44万元', 'budget.executionRate': '100%' },
  },
  {
    // a use rate stated beside the budget's execution rate is another measure (funds used over those received or
    // paid), not that rate restated: it yields, in its sentence or another
    shape: 'a use rate (资金使用率) beside a rate named for the budget’s execution is another measure, not the rate again',
    text: '2023年全年预算数5000万元,实际支出4800万元,预算执行率96%,资金使用率98.5%。',
    figures: { 'budget.total': '5000万元', 'budget.executed': '4800万元', 'budget.executionRate': '96%', 'budget.useRate': '98.5%' },
  },
  {
    shape: 'a use rate in a later paragraph yields to the execution rate stated before it',
    text: '2023年全年预算数5000万元,实际支出4800万元,预算执行率96%。\n\n资金使用率98.5%。',
    figures: { 'budget.total': '5000万元', 'budget.executed': '4800万元', 'budget.executionRate': '96%', 'budget.useRate': '98.5%' },
  },
  {
    shape: 'refused: a use rate alone is the execution rate',
    text: '2023年全年预算数5000万元,实际支出4800万元,资金使用率96%。',
    figures: { 'budget.total': '5000万元', 'budget.executed': '4800万元', 'budget.executionRate': '96%' },
  },
  {
    shape: 'the fiscal spending alone beside the rate is still the budget’s execution',
    text: '全年预算80万元,财政拨款支出78万元,执行率97.5%。',
    figures: { 'budget.total': '80万元', 'budget.executed': '78万元', 'budget.executionRate': '97.5%' },
  },
  {
    shape: 'refused: a sign with no label before it (¥3,000元用于…) names no figure',
    text: '另有¥3,000.00元用于购置办公设备。',
    figures: {},
  },
  {
    shape:
      'a part’s name and its marks short of 100 right before a score (1、投入25分,自评得分25分; 过程(25分):自评得分24分; 产出指标40分,得分38分) is that part’s sub-score; the overall score after them is read',
    text: '1、投入25分,自评得分25分。2、过程(25分):自评得分24分。3、产出指标40分,得分38分。综上,本项目自评得分97分,等级为优。',
    figures: { 'eval.score': '97分', 'eval.grade': '优' },
  },
  {
    shape: 'refused: a change in points before the score (较上年提高3分,自评得分95分) states no part; the score is the overall one',
    text: '本部门较上年提高3分,自评得分95分,等级为优。',
    figures: { 'eval.score': '95分', 'eval.grade': '优' },
  },
  {
    shape:
      'a total of 100 whose next clause opens on the score (评价总分100分,自评得分93分; 评价总分100分,本部门自评得分93分) states the scale: the score is read',
    text: '评价总分100分,自评得分93分,等级为优。',
    figures: { 'eval.score': '93分', 'eval.grade': '优' },
  },
  {
    shape: 'refused: a perfect total followed by its parts (自评总分100分,其中决策得分20分…) is the score',
    text: '自评总分100分,其中决策得分20分,过程得分20分,产出得分40分,效益得分20分。',
    figures: { 'eval.score': '100分' },
  },
];

/** The figures `text` gives under a report's title (`# …\n\n`), each its value alone. */
const valuesUnder =
  (title: string) =>
  (text: string): Record<string, string> =>
    Object.fromEntries(Object.entries(extract(docOf(title + text)).figures).map(([k, f]) => [k, f.value]));

describe('whose a number is, by the sentence around it', () => {
  it.each(SENTENCES.map((s) => [s.shape, s] as const))('%s', (_shape, s) => {
    expect(figuresOf(TITLE + s.text)).toEqual(s.figures);
  });

  it('a project’s funds and their spending (薅草锣鼓(川东薅草锣鼓)项目资金使用334896元,资金使用率83.72%) are that project’s, not the report’s', () => {
    const title = '2021年度某市非物质文化遗产保护资金绩效自评报告\n\n';
    expect(figuresOf(`${title}全年资金下达42万元。甲锣鼓(川东甲锣鼓)项目资金使用334896元,资金使用率83.72%。`)).toEqual({
      'budget.total': '42万元',
    });
    expect(figuresOf(`${title}全年资金下达42万元。甲锣鼓项目资金使用334896元,资金使用率83.72%。`)).toEqual({ 'budget.total': '42万元' });
    // (refused: the project the title evaluates is the report's own, its spending and rate the report's)
    expect(figuresOf('2021年度甲锣鼓项目绩效自评报告\n\n全年资金下达42万元。甲锣鼓项目资金使用334896元,资金使用率79.74%。')).toMatchObject({
      'budget.total': '42万元',
      'budget.executionRate': '79.74%',
    });
  });

  it('a work named alone before a bare amount (甲道路工程40万元,已支付38万元) speaks of that work: its spending is not the report’s', () => {
    const title = '2023年度某县高标准农田建设项目绩效自评报告\n\n';
    expect(figuresOf(`${title}项目资金100万元。甲道路工程40万元,已支付38万元。`)).toEqual({ 'budget.total': '100万元' });
    // (so after 其中 in the total's sentence: the part's clause and the one after it are the part's own)
    expect(figuresOf(`${title}项目资金100万元,其中甲道路工程40万元,已支付38万元。`)).toEqual({ 'budget.total': '100万元' });
    // (and the report's spending stated in a sentence of its own after the parts stays the report's)
    expect(figuresOf(`${title}项目资金100万元,其中甲道路工程40万元,乙渠道工程60万元。全年已支付98万元。`)).toMatchObject({
      'budget.executed': '98万元',
    });
    // (refused: the work the title evaluates is the report's own, its spending the report's)
    expect(figuresOf('2023年度某县甲道路工程绩效自评报告\n\n项目资金40万元。甲道路工程40万元,已支付38万元。')).toEqual({
      'budget.total': '40万元',
      'budget.executed': '38万元',
    });
  });

  it('a rate inside a bracket a part opens with 其中 after the whole’s is that part’s, no second statement of the unit’s', () => {
    const r = extract(docOf(`${TITLE}全年资金总额预算执行率为81.95%(其中财政资金预算执行率为80.04%)。`));
    expect(r.figures['budget.executionRate']?.mentions.map((m) => m.value)).toEqual(['81.95']);
    expect(reconcile(r)).toEqual([]);
    // refused: a bracket that is no part's (a note on what the rate counts) keeps the rate stated again
    const noted = extract(docOf(`${TITLE}全年预算执行率为81.95%(含上年结转)。项目预算执行率为80.04%。`));
    expect(noted.figures['budget.executionRate']?.mentions.length).toBe(2);
  });

  it('a grant cut in the year (资金下达我区X万元,年中调减Y万元,全年实际下达Z万元): X the budget it started with, Z the budget', () => {
    const text = '# 某某项目2023年度绩效自评报告\n\n2021年补助资金下达我区111万元,年中调减40万元,全年实际下达71万元,已全额拨付。';
    expect(figuresOf(text)).toEqual({ 'budget.initial': '111万元', 'budget.total': '71万元' });
  });

  it('…with the grant’s parts and its document between (下达我区X万元(文号),其中A…,B…,调减Y万元(文号),全年实际下达Z万元): the same', () => {
    const text =
      '# 某某项目2023年度绩效自评报告\n\n2021年补助资金下达我区126万元(某财直〔2020〕67号),其中低保资金100万元,孤儿保障金26万元,调减40万元(某财直〔2021〕29号),全年实际下达86万元,已全额拨付。';
    expect(figuresOf(text)).toMatchObject({ 'budget.initial': '126万元', 'budget.total': '86万元' });
    // refused: with no change stated between them, two budgets that disagree say nothing of which the year started with
    const unchanged = figuresOf(
      '# 某某项目2023年度绩效自评报告\n\n2021年补助资金下达我区126万元,其中低保资金100万元,孤儿保障金26万元,全年实际下达86万元。',
    );
    expect(unchanged['budget.initial']).toBeUndefined();
  });

  it.each([
    // the split opens the sentence after the one whose only spending was the funding line's: it adds up to that line
    [
      '本年支出合计530.40万元。2023年一般公共预算财政拨款支出512.30万元,比上年增加20.10万元。其中:基本支出430.30万元,主要用于人员工资;项目支出82.00万元。',
      [],
    ],
    // refused: after the unit's spending the same split is the unit's, and 430.30 + 82.00 ≠ 530.40 is flagged
    [
      '本年支出合计530.40万元,一般公共预算财政拨款支出512.30万元。其中:基本支出430.30万元,主要用于人员工资;项目支出82.00万元。',
      ['sum.expenseByNature'],
    ],
  ])('a split after 其中 that follows 一般公共预算财政拨款支出 alone is that line’s (%#)', (text, rules) => {
    const r = extract(docOf(`# 某县某小学2023年部门预算情况说明\n\n${text}`));
    expect(r.figures['expense.basic']?.value).toBe('430.30');
    expect(reconcile(r).map((d) => d.rule)).toEqual(rules);
  });

  it('reads a “三公” 年初预算 beside its 全年预算 as a second quantity: no repeat, and the rate is of the 全年预算', () => {
    const both =
      '本部门全年预算数800.00万元,全年执行数760.00万元,预算执行率95.00%。\n\n2023年“三公”经费年初预算9.00万元,全年预算7.20万元,实际支出6.48万元,完成全年预算的90.00%。其中:公务接待费年初预算4.00万元,实际支出3.10万元。';
    const r = extract(docOf(TITLE + both));
    expect(r.figures['threePublic.initialBudget']?.value).toBe('9.00');
    expect(r.figures['threePublic.budget']?.value).toBe('7.20');
    // an item's 年初预算 stated alone is its one budget
    expect(r.figures['threePublic.reception.budget']?.value).toBe('4.00');
    expect(r.figures['budget.total']?.value).toBe('800.00');
    expect(reconcile(r).map((d) => d.rule)).toEqual([]);
    // kept: a rate that does not match the 全年预算 is still flagged, against that budget
    const wrong = both.replace('90.00%', '80.00%');
    expect(reconcile(extract(docOf(TITLE + wrong))).map((d) => [d.rule, d.expected])).toEqual([['rate.execution', '90.000']]);
    // kept: a “三公” 年初预算 stated alone is their budget, and its rate is checked against it
    const alone = extract(docOf(`${TITLE}2023年“三公”经费年初预算8.00万元,实际支出6.00万元,完成预算的80.00%。`));
    expect(alone.figures['threePublic.budget']?.value).toBe('8.00');
    expect(reconcile(alone).map((d) => d.rule)).toEqual(['rate.execution']);
  });

  it('reads the rates of items after the projects they are part of (重点项目中,A预算…,执行率99%;B…) as theirs, not the unit’s', () => {
    const r = extract(
      docOf(
        `${TITLE}2023年部门预算1500万元,实际支出1480万元。重点项目中,城乡低保预算500万元,支出495万元,执行率99%;临时救助预算200万元,支出195万元,执行率97.5%。`,
      ),
    );
    expect(r.figures['budget.executionRate']).toBeUndefined();
    expect(repeats(r).map((d) => d.rule)).toEqual([]);
  });

  it('reads the rates of items in parallel sentences (A预算…,执行率99%。B预算…,执行率97.5%。) as theirs, not the unit’s', () => {
    const r = extract(
      docOf(
        `${TITLE}2023年部门预算1500万元,实际支出1400万元。城乡低保预算500万元,支出495万元,执行率99%。临时救助预算200万元,支出195万元,执行率97.5%。`,
      ),
    );
    expect(r.figures['budget.executionRate']).toBeUndefined();
    expect(reconcile(r).map((d) => d.rule)).toEqual([]);
  });

  it('reads the spending after each level’s share, two levels paired so, as that level’s, not the project’s', () => {
    const PROJECT = '# 某县住建局2023年度污水管网建设项目绩效自评报告\n\n';
    const spent = (text: string) => {
      const r = extract(docOf(`${PROJECT}${text}`));
      return [r.figures['budget.total']?.value, r.figures['budget.executed']?.value, r.figures['budget.executed.source']?.value];
    };
    // the pairs after 其中 in the project's own sentence, split by ";" or by ","
    expect(spent('项目总投资100万元,其中中央资金60万元,已支付58万元;县级配套资金40万元,已支付38万元。')).toEqual(['100', undefined, '58']);
    expect(spent('项目总投资100万元,其中中央资金60万元,已支付58万元,县级配套资金40万元,已支付38万元。')).toEqual(['100', undefined, '58']);
    // the whole's spending stated after the pairs stays the project's
    expect(
      spent('项目资金100万元,其中中央资金60万元,已支付58万元;县级配套资金40万元,已支付38万元。截至年底共支付96万元,执行率96%。'),
    ).toEqual(['100', '96', '58']);
    // refused: spending after the list of shares is the whole's, no level's
    expect(spent('项目资金100万元,其中中央资金60万元,县级配套资金40万元,已支付98万元。')[1]).toBe('98');
    // refused: one level's pair alone may be all the project's money
    expect(spent('项目资金100万元,其中中央资金100万元,已支付98万元。')[1]).toBe('98');
  });

  it('reads an amount whose words follow one level’s funds as that source’s, not the unit’s (no total stated twice)', () => {
    const PROJECT = '# 某县农业农村局2023年度高标准农田建设项目绩效自评报告\n\n';
    for (const text of [
      '中央资金实际支出30万元,县级资金实际支出18万元。',
      '中央资金预算30万元,实际支出28万元。',
      '县级资金安排18万元,实际支出18万元。',
      // a transfer payment's funds of a level, the sentence opening on its year
      '2023年中央转移支付资金预算30万元,实际支出28万元,执行率93.33%。',
      // the level's amount right after its funds, then what was spent of it
      '省级资金20万元,执行18万元,执行率90%。',
      '县级配套资金18万元,执行16万元。',
      // what the level's money is part of, before it, as 其中 opens the sentence ("A项目中,中央资金…")
      '高标准农田建设项目中,中央资金预算30万元,实际支出28万元。',
    ]) {
      const r = extract(docOf(`${PROJECT}项目预算50万元,实际支出48万元,预算执行率96%。\n\n${text}`));
      const unit = Object.fromEntries(Object.entries(r.figures).flatMap(([k, f]) => (k.endsWith('.source') ? [] : [[k, f.value]])));
      expect(unit, text).toEqual({ 'budget.total': '50', 'budget.executed': '48', 'budget.executionRate': '96' });
      expect(
        repeats(r).map((d) => d.rule),
        text,
      ).toEqual([]);
    }
    // a level's funds that 完成 (spent) their amount: the rate after it is that level's, with no rate of the unit's stated
    const levels = extract(docOf(`${PROJECT}实际完成情况为:中央资金完成28万元,预算执行率93.33%;地方资金完成20万元,预算执行率100%。`));
    expect(levels.figures['budget.executionRate']).toBeUndefined();
    expect(levels.figures['budget.executionRate.source']?.value).toBe('100');
    // a level's funds with no figure's words after them open no source's sentence: the unit's spending stays the unit's
    const r = extract(docOf(`${PROJECT}中央资金和县级资金共同保障,项目预算50万元,实际支出48万元。`));
    expect([r.figures['budget.total']?.value, r.figures['budget.executed']?.value]).toEqual(['50', '48']);
    // the project's own funds in the same wording (no level named) stay the project's
    const own = extract(docOf(`${PROJECT}项目资金50万元,执行48万元,执行率96%。`));
    expect([own.figures['budget.executed']?.value, own.figures['budget.executionRate']?.value]).toEqual(['48', '96']);
  });

  it('refused: a bare 得分 after a criterion’s deduction per shortfall (每低于…扣0.5分) is that criterion’s sub-score; the whole’s score stays', () => {
    const project = '# 某县水利局2023年度河道整治项目支出绩效自评报告\n\n';
    const text = '按照评分标准,执行率每低于100%一个百分点扣0.5分,得分9.2分。\n\n经自评,项目自评得分92分,等级为优。';
    expect(figuresOf(`${project}${text}`)).toEqual({ 'eval.score': '92分', 'eval.grade': '优' });
    // a deduction once, then the whole's words (最终得分): the overall score, still read
    expect(figuresOf(`${TITLE}因部分资料不全扣8分,最终得分92分。`)).toEqual({ 'eval.score': '92分' });
  });

  it('reads the score right after the whole’s 综合评价 grade as the overall score, never after an indicator’s 评价', () => {
    expect(figuresOf(`${TITLE}经自评,综合评价为“良”,得分86.5分。`)).toEqual({ 'eval.grade': '良', 'eval.score': '86.5分' });
    // refused: an indicator's grade (满意度评价为优) is followed by its sub-score
    expect(figuresOf(`${TITLE}服务对象满意度评价为优,得分10分。`)['eval.score']).toBeUndefined();
  });

  it('reads no overall score from a part’s score under the part’s heading with its marks (一、投入(20分) over 自评得分20分), on a line or a paragraph of its own', () => {
    const parts = ['一、投入(20分)', '自评得分20分。', '二、过程(30分)', '自评得分28分。', '经自评,总得分96分,等级为优。'];
    for (const glue of ['\n', '\n\n']) {
      expect(figuresOf(TITLE + parts.join(glue))).toEqual({ 'eval.score': '96分', 'eval.grade': '优' });
    }
    const headed = ['## 一、投入(20分)', '自评得分20分。', '## 二、自评结论', '经自评,总得分96分。'].join('\n\n');
    expect(figuresOf(TITLE + headed)).toEqual({ 'eval.score': '96分' });
    // refused: a paragraph above that ends on a change in points (较上年提高3分) heads no part: the score below is the overall one
    expect(figuresOf(`${TITLE}全年预算数120万元,执行数118万元,较上年提高3分\n\n自评得分95分。`)).toEqual({
      'budget.total': '120万元',
      'budget.executed': '118万元',
      'eval.score': '95分',
    });
  });

  it('names no task by a heading line (基本支出, 项目支出) run into the sentence below it, whose amounts stay the unit’s', () => {
    const text = `${TITLE}二、部门整体支出管理及使用情况\n(一)基本支出\n2023年基本支出432.56万元,占总支出的78.62%,其中:人员经费387.20万元,公用经费45.36万元。\n(二)项目支出\n2023年项目支出117.62万元,占总支出的21.38%。`;
    const r = extract(docOf(text));
    expect(r.tasks).toEqual([]);
    expect(figuresOf(text)).toEqual({
      'expense.basic': '432.56万元',
      'expense.personnel': '387.20万元',
      'expense.publicUse': '45.36万元',
      'expense.project': '117.62万元',
    });
  });

  it('reads the parts after the budgeted income (预算收入X,其中:…) as the budget’s, the parts of the income that came in as the unit’s', () => {
    const text = `${TITLE}2023年部门预算收入1,360.5万元,其中:一般公共预算财政拨款收入1,216.89万元,其他收入43.61万元,年初结转和结余100万元。2023年实际完成收入1,523.68万元,其中:一般公共预算财政拨款收入1,352.41万元,其他收入69.04万元,年初结转和结余102.23万元。`;
    const got = figuresOf(text);
    expect(got).toMatchObject({
      'income.generalPublic': '1352.41万元',
      'income.other': '69.04万元',
      'income.carryIn': '102.23万元',
      'income.other.budget': '43.61万元',
    });
    // no repeat of one figure stated two ways: the budget's part and the income's are two figures
    expect(reconcile(extract(docOf(text))).filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // refused: the budgeted income's parts stated alone stay the unit's (as a budget's split of the spending does)
    const alone = figuresOf(`${TITLE}2023年部门预算收入1,360.5万元,其中:一般公共预算财政拨款收入1,216.89万元,其他收入43.61万元。`);
    expect(alone['income.other']).toBe('43.61万元');
    expect(alone['income.other.budget']).toBeUndefined();
  });

  it("keeps the budget's split as the department's when no spending split is stated, tied to the budget", () => {
    const text = `${TITLE}2023年部门预算总金额为3,256.78万元,其中:基本支出1,820.45万元,项目支出1,436.33万元。全年实际支出3,102.11万元,预算执行率为95.25%。`;
    const r = extract(docOf(text));
    expect([r.figures['expense.basic']?.value, r.figures['expense.project']?.value]).toEqual(['1820.45', '1436.33']);
    expect([r.figures['expense.basic']?.partOf, r.figures['expense.project']?.partOf]).toEqual(['budget.total', 'budget.total']);
    expect(r.figures['budget.executed']?.partOf).toBeUndefined();
  });

  it('reads no amount from a form’s 行次 column (年度资金总额(万元): 1 36.500000 …; a blank row’s number alone)', () => {
    const text = [
      '# 某县2023年度农村饮水安全补助资金绩效评价表',
      '',
      '资金投入情况',
      '(万元)',
      '行次 全年预算数',
      '(A)',
      '全年到位资金',
      '(B)',
      '年度资金总额(万元): 1 36.500000',
      '36.500000 100.00%',
      '其中:中央财政资金(万元) 2 36.500000',
      '地方财政资金(万元) 3',
      '',
    ].join('\n');
    const got = figuresOf(text);
    expect(got['budget.total']).not.toBe('1万元');
    expect(Object.values(got)).not.toContain('3万元');
  });

  it('reads no project budget among the parts of a sentence that opens with 其中', () => {
    const r = extract(
      docOf('# 某县2022年度某某补助资金项目绩效自评报告\n\n其中:甲镇下达资金50万元,乙镇下达资金30万元,丙镇下达资金20万元。'),
    );
    expect(r.figures['budget.total']).toBeUndefined();
  });

  it('reads past section headings a copy ran into their first sentence (一、项目概况项目资金:…, 二、执行情况全年共支出…)', () => {
    const text = '一、项目概况项目资金:年初预算安排25万元,全年调整后预算30万元。二、执行情况全年共支出28.5万元,预算执行率95%。';
    const r = extract(docOf(`# 某县2022年度某某补助资金项目绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.initial': '25',
      'budget.total': '30',
      'budget.executed': '28.5',
      'budget.executionRate': '95',
    });
    // a heading that names a part keeps its sentence the part's
    const part = extract(docOf(`${TITLE}(二)基本支出情况支出300万元。`));
    expect(part.figures['expense.total']).toBeUndefined();
  });

  it('reads a project’s funds by source then their bare 合计 as the project’s budget, and no part of it', () => {
    const project = valuesUnder('# 某县2022年度某某补助资金项目绩效自评报告\n\n');
    expect(project('上级下达资金50万元,县级配套10万元,合计60万元;全年累计支出58万元,资金执行率96.67%。')).toEqual({
      'budget.total': '60',
      'budget.executed': '58',
      'budget.executionRate': '96.67',
    });
    // a 合计 that is not the sum of the amounts before it is nothing, and the first source is still a part
    expect(project('上级下达资金50万元,县级配套10万元,合计65万元。')['budget.total']).toBeUndefined();
    // …and the sum by 共计 (or 总计), the carry-in among the parts: the same (its spending set against it)
    expect(project('省级拨付资金62万元,中央拨付16万元,上年度结余资金6.47万元,共计84.47万元。实际使用补贴资金13.6万元。')).toEqual({
      'budget.total': '84.47',
      'budget.executed': '13.6',
    });
    expect(project('省级拨付资金62万元,中央拨付16万元,共计80万元。')['budget.total']).toBeUndefined();
    // a stop written between the parts (a "." the copy kept): the parts run on into the sentence of their sum
    expect(project('省级拨付资金62万元,中央拨付16万元.上年度结余资金6.47万元,共计84.47万元。实际使用补贴资金13.6万元。')).toEqual({
      'budget.total': '84.47',
      'budget.executed': '13.6',
    });
    // refused: parts across the stop that miss the sum
    expect(project('省级拨付资金62万元,中央拨付16万元.上年度结余资金6.47万元,共计80万元。')['budget.total']).toBeUndefined();
    // refused: parts named as items (an allocation among the report's), their 共计 a list's sum, no budget of the project's
    expect(project('4.分配青山剧院演出补助50万元,白云县文旅体局目连戏50万元,共计100万元。')['budget.total']).toBeUndefined();
  });

  it('reads a project’s spending total whose remainder is put off to the next year (安排支出共计…,余款安排下年支出) as what was spent', () => {
    const project = valuesUnder('# 某县第四中学2022年生均公用经费专项资金绩效自评价报告\n\n');
    expect(project('三、预算支出组织实施情况我校2022年财政安排支出共计87.06万元,余款安排下年支出四、预算支出绩效情况')).toEqual({
      'budget.executed': '87.06',
    });
    expect(project('我校2022年財政安排支出共計870600元,餘額1519400元結轉下年使用。')).toEqual({ 'budget.executed': '870600' });
    // refused: without the remainder 安排支出 may be the budget (nothing), and a department's report reads none
    expect(project('我校2022年财政安排支出共计87.06万元。')).toEqual({});
    const department = extract(
      docOf('# 某县第四中学2022年度部门整体支出绩效自评报告\n\n我校2022年财政安排支出共计87.06万元,余款安排下年支出。'),
    );
    expect(department.figures['budget.executed']).toBeUndefined();
  });

  it('reads a project’s bare total after the verb that budgets it, then 其中 its funds by source that add up to it, as the project’s budget', () => {
    const project = valuesUnder('# 某县第四中学2022年生均公用经费专项资金绩效自评价报告\n\n');
    // a mirror's copy run together: 安排,共计 X,其中 the sources
    expect(
      project(
        '(二)资金及项目绩效目标我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元,项目绩效目标是保证学校的正常运转',
      ),
    ).toEqual({
      'budget.total': '239',
    });
    expect(project('我校2022年按生均1000元安排,共計2390000元,其中:上級資金1792500元,本級597500元。')).toEqual({
      'budget.total': '2390000',
    });
    // refused: parts that add up to no total, money paid out (发放补贴共计), or a department's report
    expect(project('我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级50万元。')).toEqual({});
    expect(project('我校2022年发放补贴共计239万元,其中A镇179.25万元,B镇59.75万元。')).toEqual({});
    const department = extract(
      docOf(
        '# 某县第四中学2022年度部门整体支出绩效自评报告\n\n我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元。',
      ),
    );
    expect(department.figures['budget.total']).toBeUndefined();
  });

  it('reads a fund named between 安排 and its total (安排…资金共) and an approved total investment (批复总投资) as a project’s budget', () => {
    const project = (text: string) =>
      extract(docOf(`# 某县2022年度某某补助资金项目绩效自评报告\n\n${text}`)).figures['budget.total']?.value;
    expect(project('我局申报安排省级林业资金共3200万元,其中:森林防火800万元,林木种苗400万元。')).toBe('3200');
    expect(project('道路项目分两批实施,一批项目县级批复总投资900万元,二批项目县级批复总投资620.6万元,合计批复总投资1520.6万元。')).toBe(
      '1520.6',
    );
    // a sub-project named after 安排 is that project's money, not the report's, and a level's part after 其中 is a part
    expect(project('今年安排甲村道路工程维修经费300万元。')).toBeUndefined();
    expect(project('其中省内安排农机购置补贴资金200万元,中央安排农机购置补贴资金700万元。')).toBeUndefined();
    expect(project('年初预算合计900万元,省内安排农机购置补贴资金200万元。')).not.toBe('200');
  });

  it('reads a works’ total investment hedged as an estimate (总投资约2.6亿元, 3亿元左右) as its investment, never the project’s budget', () => {
    const figures = valuesUnder('# 某县2023年度某公路改建项目支出绩效自评报告\n\n');
    expect(figures('该工程总投资约3.4亿元,其中中央资金1.5亿元,2023年实际支出7200万元。')).toMatchObject({ 'budget.investment': '3.4' });
    expect(figures('该工程总投资约3.4亿元,其中中央资金1.5亿元,2023年实际支出7200万元。')['budget.total']).toBeUndefined();
    expect(figures('该工程总投资3亿元左右,当年完成投资6000万元。')['budget.total']).toBeUndefined();
    // refused: a total investment stated exactly stays the project's budget where no budget is stated
    expect(figures('该工程总投资2.85亿元,2023年实际支出2.8亿元。')['budget.total']).toBe('2.85');
  });

  it('refused: the spending and rate set against a total investment that yields to the year’s budget (总投资…完成投资…完成率) are that investment’s progress, not the year’s execution', () => {
    const figures = valuesUnder('# 某县2023年度某水库除险加固项目支出绩效自评报告\n\n');
    const year = '该项目全年预算数520万元,全年执行数494万元,执行率95%。';
    const progress = '项目总投资1800万元,已累计完成投资1350万元,完成率75%。';
    for (const text of [`${year}\n\n${progress}`, `${progress}\n\n${year}`]) {
      const r = extract(docOf(`# 某县2023年度某水库除险加固项目支出绩效自评报告\n\n${text}`));
      expect(figures(text), text).toMatchObject({
        'budget.total': '520',
        'budget.executed': '494',
        'budget.executionRate': '95',
        'budget.investment': '1800',
      });
      expect(repeats(r), text).toEqual([]);
    }
    // the investment the only budget stated: it is the budget, and the spending and rate against it its execution
    expect(figures(progress)).toEqual({ 'budget.total': '1800', 'budget.executed': '1350', 'budget.executionRate': '75' });
  });

  it('reads 项目名称:X then 该项目… as the report’s own figures in a project’s report, as task X in a department’s', () => {
    const text = '项目名称:乡村振兴衔接资金\n该项目年初预算资金50万元,调整后预算48万元,截至12月31日实际支付45.6万元,预算执行率95%。';
    const own = extract(docOf(`# 某区财政局2022年度项目支出绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(own.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.initial': '50',
      'budget.total': '48',
      'budget.executed': '45.6',
      'budget.executionRate': '95',
    });
    expect(own.tasks).toEqual([]);
    const department = extract(docOf(TITLE + text));
    expect(department.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['乡村振兴衔接资金', '48', '45.6', '95']]);
    expect(department.figures['budget.total']).toBeUndefined();
  });

  it.each([
    [
      'fields one a line, run into one paragraph',
      '项目名称:审计业务经费\n年初预算数:120万元\n全年预算数:130万元\n全年执行数:125万元\n执行率:96.15%',
    ],
    [
      'a .docx’s or Markdown’s hard line breaks',
      '项目名称:审计业务经费  \n年初预算数:120万元  \n全年预算数:130万元  \n全年执行数:125万元  \n执行率:96.15%',
    ],
  ])(
    'in a project’s report, its name field run into the fields below it (%s) opens the report’s own figures, as its lines a paragraph each do',
    (_, text) => {
      const r = extract(docOf(`# 某县审计局2023年度项目支出绩效自评报告\n\n${text}`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
        'budget.initial': '120',
        'budget.total': '130',
        'budget.executed': '125',
        'budget.executionRate': '96.15',
      });
      expect(r.tasks).toEqual([]);
    },
  );

  it('refused: two name fields in one paragraph of a project’s report are two rows, not the report’s figures', () => {
    const text =
      '项目名称:审计业务经费\n年初预算数:120万元\n全年执行数:125万元\n项目名称:内审培训经费\n年初预算数:20万元\n全年执行数:18万元';
    const r = extract(docOf(`# 某县审计局2023年度项目支出绩效自评报告\n\n${text}`));
    expect(r.figures['budget.initial']).toBeUndefined();
    expect(r.figures['budget.executed']).toBeUndefined();
  });

  it.each([
    [
      'funds named by their source (当年财政拨款) after the name',
      '二、项目支出情况\n\n人工增雨项目当年财政拨款40万元,全年支出38万元,执行率95%。气象站维护项目当年财政拨款22万元,全年支出22万元,执行率100%。',
    ],
    ['the amount right after the name’s colon', '二、项目支出情况\n\n人工增雨项目:40万元,执行38万元;\n气象站维护项目:22万元,执行22万元。'],
    [
      'the same, the section’s heading on the line above the first item',
      '二、项目支出情况\n人工增雨项目:40万元,执行38万元;\n气象站维护项目:22万元,执行22万元。',
    ],
  ])('in a department’s report, the sentences of named projects (%s) state the projects’ money, never the unit’s', (_, text) => {
    const r = extract(docOf(`# 某县气象局2023年度部门整体支出绩效自评报告\n\n${text}`));
    expect(r.figures['budget.executed']).toBeUndefined();
    expect(r.figures['budget.executionRate']).toBeUndefined();
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
    expect(r.tasks.map((t) => [t.name, t.executed])).toEqual([
      ['人工增雨项目', '38'],
      ['气象站维护项目', '22'],
    ]);
  });

  it('in a department’s report, a unit below it named as the subject (县第一中学全年预算…) states its own money, no figure of the unit and no restatement', () => {
    const text =
      '一、部门基本情况\n\n2023年全年预算数5000万元,全年执行数4800万元,预算执行率96%。\n\n二、所属单位情况\n\n' +
      '县第一中学全年预算1200万元,实际支出1150万元,执行率95.83%。县第二中学全年预算900万元,实际支出880万元,执行率97.78%。';
    const r = extract(docOf(`# 某县教育局2023年度部门整体支出绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, [f.value, f.mentions.length]]))).toEqual({
      'budget.total': ['5000', 1],
      'budget.executed': ['4800', 1],
      'budget.executionRate': ['96', 1],
    });
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });

  it('in final accounts, a funding line’s split in the sentence its spending opens is the line’s where the unit’s spending is another amount', () => {
    const text =
      '2023年度本年支出合计530.8万元,其中基本支出410.3万元,项目支出120.5万元。\n\n' +
      '2023年度一般公共预算财政拨款支出466万元,其中基本支出380万元,项目支出86万元。';
    const r = extract(docOf(`# 西河县方志办2023年度部门决算说明\n\n${text}`));
    expect([r.figures['expense.basic']?.value, r.figures['expense.project']?.value]).toEqual(['410.3', '120.5']);
    expect(r.figures['expense.basic']?.mentions.length).toBe(1);
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });

  it.each([
    ['no spending total of the unit’s stated', '2023年度基本支出380万元,项目支出86万元。'],
    ['the unit’s spending the same amount as the line’s', '2023年度本年支出合计466万元,其中基本支出380万元,项目支出86万元。'],
  ])('refused: with %s, a funding line’s split in its sentence stays the unit’s 基本支出 / 项目支出, a restatement', (_, unit) => {
    const text = `${unit}\n\n2023年度一般公共预算财政拨款支出466万元,其中基本支出380万元,项目支出86万元。`;
    const r = extract(docOf(`# 西河县方志办2023年度部门决算说明\n\n${text}`));
    expect([r.figures['expense.basic']?.value, r.figures['expense.project']?.value]).toEqual(['380', '86']);
    expect(r.figures['expense.basic']?.mentions.length).toBe(2);
    expect(r.figures['expense.basic.generalPublic']).toBeUndefined();
  });

  it.each([
    ['a farm', '某县自然资源局', '林场'],
    ['a station', '某县农业农村局', '站所'],
    // a school below an education bureau, though a school calls itself 学校
    ['the schools', '某县教育局', '学校'],
  ])(
    'in a department’s report, %s below it called by a bare two-character word (林场2023年预算…) states its own money, no restatement',
    (_, unit, word) => {
      const text = '本部门全年预算数4100万元,全年执行数3900万元,预算执行率95.12%。' + `${word}2023年预算650万元,执行610万元,执行率93.85%。`;
      const r = extract(docOf(`# ${unit}2023年度部门整体支出绩效自评报告\n\n${text}`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, [f.value, f.mentions.length]]))).toEqual({
        'budget.total': ['4100', 1],
        'budget.executed': ['3900', 1],
        'budget.executionRate': ['95.12', 1],
      });
      expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
    },
  );

  it.each([
    // the reporting unit's own name holds the word: the farm's own report restating its money
    ['林场', '某县国有林场'],
    // a word pointing back at the reporting unit (the whole farm)
    ['全场', '某县国有林场'],
    // the word a unit of its kind calls itself by, though its name does not hold it (a middle school's 学校)
    ['学校', '某县第一中学'],
    ['学校', '某县城关小学'],
    ['医院', '某县人民医院'],
  ])('a bare two-character word (%s) naming the reporting unit itself still restates its money', (word, unit) => {
    const text = '本单位全年预算数650万元,全年执行数610万元,预算执行率93.85%。' + `${word}2023年预算650万元,执行610万元,执行率93.85%。`;
    const r = extract(docOf(`# ${unit}2023年度部门整体支出绩效自评报告\n\n${text}`));
    expect(r.figures['budget.executed']?.mentions.length).toBe(2);
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });

  it.each([
    ['one source of its money after 其中 (其中:财政拨款预算…)', '其中:财政拨款预算4500万元,实际支出4400万元,执行率97.78%。'],
    ['the carry-over from the year before (上年结转资金…当年支出…)', '上年结转资金50万元,当年支出45万元,执行率90%。'],
    ['the balance left from the year before (上年结余资金…本年使用…)', '上年结余资金100万元,本年使用90万元,使用率90%。'],
    ['the unit’s procurement (政府采购预算…实际采购…)', '2023年政府采购预算100万元,实际采购金额95万元,执行率95%。'],
    // the appropriation's own line, another source's after it in its statement (after ";" or ",")
    [
      'the appropriation beside another source (财政拨款…;其他资金…)',
      '财政拨款预算4500万元,执行4400万元,执行率97.78%;其他资金预算500万元,执行400万元,执行率80%。',
    ],
    [
      'the appropriation beside another source in one sentence',
      '财政拨款预算4500万元,执行4400万元,执行率97.78%,自筹资金预算500万元,执行400万元。',
    ],
    // a class of spending opening a clause after another subject's ("…项目5个,项目支出预算合计…"), and several projects
    // counted before their money together
    [
      'a class of spending after a clause of another subject (…,项目支出预算合计…)',
      '我局共实施项目5个,项目支出预算合计300万元,执行280万元,执行率93.33%。',
    ],
    ['several projects counted before their money (共实施项目5个,预算合计…)', '共实施项目5个,预算合计300万元,执行280万元,执行率93.33%。'],
    // the appropriation's own budget opening a sentence after the unit's budget was stated
    ['the appropriation’s own budget after the unit’s (财政拨款预算…)', '财政拨款预算4500万元,执行4400万元,执行率97.78%。'],
  ])('in a department’s report, a sentence after the unit’s own on %s states no second execution of the unit', (_, part) => {
    const unit = '2023年全年预算数5000万元,全年执行数4800万元,预算执行率96%。';
    const r = extract(docOf(`# 某县教育局2023年度部门整体支出绩效自评报告\n\n${unit}\n\n${part}`));
    expect([r.figures['budget.executed']?.value, r.figures['budget.executionRate']?.value]).toEqual(['4800', '96']);
    expect(r.figures['budget.executionRate']?.mentions).toHaveLength(1);
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });

  it.each([
    ['opening its sentence, named by whose they are', '学校自筹资金投入560万元,实际使用99万元。'],
    ['after a clause of the time they count from', '从2019年项目启动起,学校自筹资金投入560万元,实际使用99万元。'],
  ])('in a project’s report, self-raised funds’ own spending is theirs, no second execution of the project: %s', (_, part) => {
    const project = '项目获批专项债券资金12300万元,至2022年底实际使用7880万元。';
    const r = extract(docOf(`# 某某学院2022年度专项债券项目绩效自评报告\n\n${project}${part}`));
    expect(r.figures['budget.executed']?.value).toBe('7880');
    expect(r.figures['budget.executed']?.mentions).toHaveLength(1);
    expect(reconcile(r)).toEqual([]);
  });

  it('the appropriation’s line beside another source’s, with no total of the unit’s, is a split by source: neither is the unit’s', () => {
    const text = '2023年财政拨款预算4500万元,执行4400万元,执行率97.78%;其他资金预算500万元,执行400万元,执行率80%。';
    const r = extract(docOf(`# 某县教育局2023年度部门整体支出绩效自评报告\n\n${text}`));
    expect([r.figures['budget.executed']?.value, r.figures['budget.executionRate']?.value]).toEqual([undefined, undefined]);
    expect(reconcile(r)).toEqual([]);
  });

  it('refused: the appropriation opening a sentence of its own, no 其中 before it, may be the whole of the unit’s money and stays its', () => {
    const r = extract(docOf('# 某县教育局2023年度部门整体支出绩效自评报告\n\n2023年财政拨款预算4500万元,实际支出4400万元,执行率97.78%。'));
    expect([r.figures['budget.executed']?.value, r.figures['budget.executionRate']?.value]).toEqual(['4400', '97.78']);
  });

  it('refused: the reporting unit named as the subject, in full or in short, states its own figures', () => {
    for (const name of ['某县教育局', '县教育局']) {
      const r = extract(docOf(`# 某县教育局2023年度部门整体支出绩效自评报告\n\n${name}全年预算5000万元,实际支出4800万元,执行率96%。`));
      expect(r.figures['budget.executed']?.value).toBe('4800');
    }
  });

  it.each([
    ['the unit’s own office after 其中 (其中局机关本级…)', '其中局机关本级全年预算数1200万元,全年执行数1100万元,执行率91.67%。'],
    ['the unit’s own level (局本级…)', '局本级预算数1500万元,执行数1300万元,预算执行率86.67%。'],
    ['a unit below it whatever its kind (下属林场…)', '下属林场2023年预算数800万元,执行数700万元,执行率87.5%。'],
    ['the units below it together (各乡镇林业站…)', '各乡镇林业站全年预算合计600万元,执行560万元,执行率93.33%。'],
    ['the year’s aims after their label (绩效目标:全年完成支出…)', '绩效目标:全年完成支出5000万元,预算执行率达到100%。'],
    ['a unit below it named after 二级单位 (二级单位县林场…)', '二级单位县林场全年执行数700万元,执行率87.5%。'],
    ['a change to the budget in the year (年中追加预算…,执行…,执行率…)', '年中追加预算800万元,执行750万元,执行率93.75%。'],
    ['one quarter opening the sentence (四季度支出…,执行率…)', '四季度支出1500万元,执行率100%。'],
    ['one quarter right before the rate (…,四季度执行率…)', '全年预算执行进度达到序时进度要求,四季度执行率100%。'],
  ])('in a department’s report, a sentence after the unit’s own on %s restates none of the unit’s figures', (_, part) => {
    const unit = '2023年全年预算数5000万元,全年执行数4800万元,预算执行率96%。';
    const r = extract(docOf(`# 某县林业局2023年度部门整体支出绩效自评报告\n\n${unit}\n\n${part}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, [f.value, f.mentions.length]]))).toEqual({
      'budget.total': ['5000', 1],
      'budget.executed': ['4800', 1],
      'budget.executionRate': ['96', 1],
    });
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });

  it('in a department’s final accounts, the unit’s own office (局机关本级收入合计…) states a part of the unit’s income and spending', () => {
    const text =
      '2023年度收入总计5600万元,支出总计5600万元。本年收入合计5000万元,本年支出合计4800万元。\n\n局机关本级收入合计3000万元,支出合计2900万元。';
    const r = extract(docOf(`# 某县林业局2023年度部门决算\n\n${text}`));
    expect([r.figures['income.total']?.mentions.length, r.figures['expense.total']?.mentions.length]).toEqual([1, 1]);
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });

  it('refused: a change to the budget followed by the whole it came to (追加…后,全年预算…,实际支出…) and the office’s running costs (机关运行经费) stay the unit’s', () => {
    const changed = extract(
      docOf('# 某县林业局2023年度部门整体支出绩效自评报告\n\n追加预算500万元后,全年预算5000万元,实际支出4800万元,执行率96%。'),
    );
    expect([changed.figures['budget.executed']?.value, changed.figures['budget.executionRate']?.value]).toEqual(['4800', '96']);
    const running = extract(docOf('# 某县林业局2023年度部门整体支出绩效自评报告\n\n机关运行经费支出120万元,比上年减少5%。'));
    expect(running.figures['expense.operation']?.value).toBe('120');
  });

  it('refused: in the report of the unit’s own office (XX局本级…, XX局机关…) its office’s sentence states the report’s figures', () => {
    for (const title of [
      '某县林业局本级2023年度部门整体支出绩效自评报告',
      '某县林业局(本级)2023年度部门整体支出绩效自评报告',
      '某县林业局机关2023年度部门整体支出绩效自评报告',
    ]) {
      const r = extract(docOf(`# ${title}\n\n局本级预算数1500万元,执行数1300万元,预算执行率86.67%。`));
      expect([r.figures['budget.total']?.value, r.figures['budget.executed']?.value, r.figures['budget.executionRate']?.value]).toEqual([
        '1500',
        '1300',
        '86.67',
      ]);
    }
  });

  it('refused: what was reached after the aims (完成绩效目标,全年完成支出…) and each unit’s work words (各项资金…) stay the unit’s', () => {
    const reached = extract(docOf('# 某县林业局2023年度部门整体支出绩效自评报告\n\n完成绩效目标,全年完成支出4800万元,预算执行率96%。'));
    expect([reached.figures['budget.executed']?.value, reached.figures['budget.executionRate']?.value]).toEqual(['4800', '96']);
    const each = extract(
      docOf('# 某县林业局2023年度部门整体支出绩效自评报告\n\n各项资金按照所定用途使用,全年执行数4800万元,预算执行率96%。'),
    );
    expect([each.figures['budget.executed']?.value, each.figures['budget.executionRate']?.value]).toEqual(['4800', '96']);
  });

  it('in a department’s report, a project named with its attributes before its money (A项目,资金来源为中央补助,全年预算…) is a task, not the unit', () => {
    const text = '二、项目支出情况\n\n学生资助项目,资金来源为中央补助,全年预算320万元,实际支出310万元,执行率96.88%。';
    const r = extract(docOf(`# 某县教育局2023年度部门整体支出绩效自评报告\n\n${text}`));
    expect(r.figures['budget.executed']).toBeUndefined();
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['学生资助项目', '320', '310', '96.88']]);
  });

  it('refused: funds by their source with no project named before them are the unit’s (本单位当年财政拨款…全年支出…)', () => {
    const r = extract(docOf('# 某县气象局2023年度部门整体支出绩效自评报告\n\n本单位当年财政拨款130万元,全年支出128万元,执行率98.46%。'));
    expect(r.figures['budget.executed']?.value).toBe('128');
    expect(r.figures['budget.executionRate']?.value).toBe('98.46');
  });

  it('projects counted, then their budget’s money (上年结转结余项目3个,预算资金为…): those projects’, never the unit’s', () => {
    const text =
      '(一)项目概况\n\n青山县粮食局2024年年初预算项目共5个,项目支出预算资金为308.91万元,其中:1.本年一般公共预算财政拨款收入预算安排项目2个,预算资金为300万元,即:粮库维修经费200万元、粮食质量监测经费100万元。2.上年结转结余项目3个,预算资金为8.91万元,即:救灾物资调运经费8.64万元、往年结余上级补助资金0.1万元;利息收入资金0.17万元。';
    const r = extract(docOf(text));
    expect(r.figures['budget.total']).toBeUndefined();
    expect(r.tasks.map((t) => [t.name, t.budget])).toEqual([
      ['粮库维修经费', '200'],
      ['粮食质量监测经费', '100'],
      ['救灾物资调运经费', '8.64'],
      ['往年结余上级补助资金', '0.1'],
      ['利息收入资金', '0.17'],
    ]);
  });

  it('in the report on one fund, the fund named after the report’s own place (青山县…补助资金, 我县…) is the fund the title names', () => {
    const title = '# 青山县自然资源局2023年地质灾害防治补助资金绩效自评报告\n\n';
    const figures = valuesUnder(title);
    const own = { 'budget.total': '60', 'budget.executed': '58', 'budget.executionRate': '96.67' };
    expect(figures('青山县地质灾害防治补助资金预算60万元,实际支出58万元,预算执行率为96.67%。')).toEqual(own);
    expect(figures('我县地质灾害防治补助资金预算60万元,实际支出58万元,预算执行率为96.67%。')).toEqual(own);
    // refused: another place's fund of the same name (白云县…) is no fund the report evaluates
    expect(figures('白云县地质灾害防治补助资金预算60万元,实际支出58万元,预算执行率为96.67%。')).toEqual({});
  });

  it('in the report on one project, a sentence naming that project (as its title does) states the report’s own figures; another project stays a task', () => {
    const sentence = '2023年农村公路养护项目预算资金120万元,实际支出114万元,预算执行率95%。';
    const own = extract(docOf(`# 示例县2023年度农村公路养护项目支出绩效自评报告\n\n${sentence}`));
    expect(Object.fromEntries(Object.entries(own.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '120',
      'budget.executed': '114',
      'budget.executionRate': '95',
    });
    expect(own.tasks).toEqual([]);
    // the title evaluates another project (or names it only in passing, not before 绩效/自评): a sub-project's line
    for (const title of ['# 示例县2023年度交通专项资金绩效自评报告', '# 农村公路养护项目资金管理办法执行情况的报告']) {
      const other = extract(docOf(`${title}\n\n${sentence}`));
      expect(other.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['农村公路养护项目', '120', '114', '95']]);
    }
  });

  it('in a project’s report whose title names no project (2023年度项目支出绩效自评报告), the one project its sentences name is the report’s', () => {
    const sentence = '农村公路养护项目年初预算120万元,全年执行114万元,执行率95%。';
    for (const title of ['# 某镇2023年度项目支出绩效自评报告', '# 2023年度项目支出绩效自评表']) {
      const own = extract(docOf(`${title}\n\n${sentence}该项目完成路面修补3公里。`));
      expect(Object.fromEntries(Object.entries(own.figures).map(([k, f]) => [k, f.value]))).toEqual({
        'budget.initial': '120',
        'budget.executed': '114',
        'budget.executionRate': '95',
      });
      expect(own.tasks).toEqual([]);
    }
    // refused: two projects named so are two of the report's tasks
    const two = extract(docOf(`# 某镇2023年度项目支出绩效自评报告\n\n${sentence}村道绿化项目年初预算30万元,全年执行30万元,执行率100%。`));
    expect(two.tasks.map((t) => t.name)).toEqual(['农村公路养护项目', '村道绿化项目']);
    // refused: a title naming a fund evaluates the fund, and the project is one of its parts
    const fund = extract(docOf(`# 某镇2023年度交通专项资金绩效自评报告\n\n${sentence}`));
    expect(fund.tasks.map((t) => t.name)).toEqual(['农村公路养护项目']);
  });

  it('the quota of the unit’s funds as a whole (年初专项经费指标总额) is its initial budget; a named fund’s quota is that fund’s', () => {
    const values = valuesUnder('# 某市档案馆2022年项目运行绩效监控报告\n\n');
    expect(values('本馆2022年年初专项经费指标总额为84万元,截至6月底已支出40万元。')['budget.initial']).toBe('84');
    expect(values('档案数字化专项经费指标总额为36万元,截至6月底已支出20万元。')['budget.initial']).toBeUndefined();
  });

  it('the year’s start with the fund between it and the budget’s words (2022年初危房改造资金预算安排…) names the initial budget', () => {
    const values = valuesUnder('# 某镇2022年度农村危房改造项目支出绩效自评报告\n\n');
    expect(values('2022年初危房改造资金预算安排300.7万元,用于困难群众住房安全,全年实际支出298.8万元。')).toEqual({
      'budget.initial': '300.7',
      'budget.executed': '298.8',
    });
    // refused: 年初步 is 初步 (preliminary), no year's start
    expect(values('2022年初步安排危房改造资金预算300.7万元,全年实际支出298.8万元。')['budget.initial']).toBeUndefined();
  });

  it('in a report whose title names a fund (…补助资金绩效评价报告), the one project its sentences name as that fund’s work, a place before it, is the report’s', () => {
    const title = '# 2019年度老旧小区改造补助资金绩效评价报告\n\n';
    const body = (work: string) =>
      `${work}预算总额5098万元,其中中央资金2798万元,省级资金2300万元。\n\n截至年底,项目支出2205.74万元,预算执行率为43.26%。`;
    const own = extract(docOf(`${title}${body('2019年度青山省老旧小区改造补助项目')}`));
    expect([own.figures['budget.total']?.value, own.figures['budget.executed']?.value]).toEqual(['5098', '2205.74']);
    expect(own.tasks).toEqual([]);
    // refused: another work named so is one of the fund's parts, no budget of the report's
    const other = extract(docOf(`${title}${body('2019年度青山省城镇燃气管网改造项目')}`));
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('in such a report, the project its sentences name beside its parts, named in the same sentences, is the report’s when the parts add up to it', () => {
    const title = '# 某镇2023年度项目支出绩效自评报告\n\n';
    const body = (second: string) =>
      `2023年度高标准农田建设项目预算资金300万元,实际支出285万元,预算执行率95%。其中:田间道路建设项目预算180万元,实际支出175万元;灌溉渠道改造项目预算${second}万元,实际支出110万元。`;
    const text = (second: string) => title + body(second);
    expect(valuesUnder(title)(body('120'))).toEqual({ 'budget.total': '300', 'budget.executed': '285', 'budget.executionRate': '95' });
    const own = extract(docOf(text('120')));
    expect(own.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      ['田间道路建设项目', '180', '175'],
      ['灌溉渠道改造项目', '120', '110'],
    ]);
    // refused: parts that do not add up to it (180 + 100 ≠ 300) leave it a row beside them
    expect(extract(docOf(text('100'))).tasks.map((t) => t.name)).toEqual(['高标准农田建设项目', '田间道路建设项目', '灌溉渠道改造项目']);
  });

  it('in such a report, the one project whose money its listed rows add up to is the report’s, the rows its tasks', () => {
    const own = '农村公路养护项目年初预算120万元,全年执行114万元,执行率95%。';
    const table = (second: string) =>
      `| 序号 | 子项目名称 | 预算金额(万元) | 实际支出(万元) |\n|---|---|---|---|\n| 1 | 甲村道路修补 | 70 | 66 |\n| 2 | 乙村道路修补 | ${second} |`;
    const r = extract(docOf(`# 某镇2023年度项目支出绩效自评报告\n\n${own}\n\n${table('50 | 48')}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.initial': '120',
      'budget.executed': '114',
      'budget.executionRate': '95',
    });
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      ['甲村道路修补', '70', '66'],
      ['乙村道路修补', '50', '48'],
    ]);
    // refused: rows that do not add up to its money (50 + 70 ≠ 130) leave the project a row beside them
    const other = extract(docOf(`# 某镇2023年度项目支出绩效自评报告\n\n${own.replace('120', '130')}\n\n${table('50 | 48')}`));
    expect(other.tasks.map((t) => t.name)).toEqual(['农村公路养护项目', '甲村道路修补', '乙村道路修补']);
    // refused: nor does spending that does not add up (66 + 40 ≠ 114)
    const spent = extract(docOf(`# 某镇2023年度项目支出绩效自评报告\n\n${own}\n\n${table('50 | 40')}`));
    expect(spent.tasks.map((t) => t.name)).toEqual(['农村公路养护项目', '甲村道路修补', '乙村道路修补']);
  });

  it('refused: another year written whole before a wording that opens on 年 (2022年年末结转和结余… in a 2023 report) is that year’s', () => {
    const own = '2023年度收入合计318万元,支出合计302.6万元,年末结转和结余15.4万元。';
    const r = extract(docOf(`${TITLE}${own}\n\n## 七、其他需要说明的情况\n\n2022年年末结转和结余为21.7万元。`));
    expect(r.figures['carryover.end']?.mentions.map((m) => m.value)).toEqual(['15.4']);
    expect(repeats(r)).toEqual([]);
    // the report's own year written the same way is its own year-end carry-over
    const same = extract(docOf(`${TITLE}2023年年末结转和结余为15.4万元。`));
    expect(same.figures['carryover.end']?.value).toBe('15.4');
  });

  it('refused: the year before’s budget line worded 年度预算数 (上年度预算数…, 2022年度预算数… in a 2023 report) is that year’s, not the project’s again', () => {
    const title = '# 某镇2023年度农村饮水安全巩固提升项目支出绩效自评报告\n\n';
    const own = '该项目年度预算数420万元,执行数399万元,执行率95%。';
    for (const before of ['上年度预算数400万元,执行数392万元,执行率98%。', '2022年度预算数400万元,执行数392万元,执行率98%。']) {
      const r = extract(docOf(`${title}${own}\n\n${before}`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value])), before).toEqual({
        'budget.total': '420',
        'budget.executed': '399',
        'budget.executionRate': '95',
      });
      expect(repeats(r), before).toEqual([]);
    }
    // the report's own year before the same wording stays the project's
    const same = extract(docOf(`${title}2023年度预算数420万元,执行数399万元,执行率95%。`));
    expect([same.figures['budget.total']?.value, same.figures['budget.executed']?.value]).toEqual(['420', '399']);
  });

  it('in a project’s report, a sentence opening on a linking word (同时, 此外, 另外) then another project states that project’s line, not the report’s', () => {
    const own = '某镇2023年度农村饮水安全巩固提升项目支出绩效自评报告';
    const head = `# ${own}\n\n该项目全年预算数为420万元,全年执行数为399万元,执行率95%。\n\n`;
    for (const link of ['同时', '此外', '另外']) {
      const r = extract(docOf(`${head}${link},水库除险加固工程全年预算数为150万元,全年执行数为120万元,执行率80%,自评得分86分。`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
        'budget.total': '420',
        'budget.executed': '399',
        'budget.executionRate': '95',
      });
      expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['水库除险加固工程', '150', '120', '80']]);
      expect(repeats(r)).toEqual([]);
    }
    // the report’s own project after the linking word stays the report’s: its figures, no task
    const same = extract(docOf(`# ${own}\n\n同时,农村饮水安全巩固提升项目全年预算数为420万元,全年执行数为399万元,执行率95%。`));
    expect(same.figures['budget.executed']?.value).toBe('399');
    expect(same.figures['budget.executionRate']?.value).toBe('95');
    expect(same.tasks).toEqual([]);
  });

  it('in a project’s report whose form names the project (项目名称:A), a sentence naming A (or A项目) states the report’s own figures; another project stays a task', () => {
    const head = '# 2023年度项目支出绩效自评报告\n\n项目名称:城乡居民医保补助资金\n\n主管部门:示例县医疗保障局\n\n';
    const sentence = '一、项目基本情况。城乡居民医保补助资金项目全年预算数为3,652.18万元,全年执行数为3,652.18万元,预算执行率为100%。';
    const own = extract(docOf(`${head}${sentence}`));
    expect(Object.fromEntries(Object.entries(own.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '3652.18',
      'budget.executed': '3652.18',
      'budget.executionRate': '100',
    });
    expect(own.tasks).toEqual([]);
    // the field names a longer name (another project), or the sentence another project: a task, as before
    for (const text of [
      `${head.replace('医保补助资金', '医保补助资金配套')}${sentence}`,
      `${head}${sentence.replace('医保补助资金项目', '医保信息系统项目')}`,
    ]) {
      expect(extract(docOf(text)).tasks).toHaveLength(1);
      expect(extract(docOf(text)).figures['budget.total']).toBeUndefined();
    }
  });

  it('in the report whose title sets its project off in brackets after the evaluation’s words (自评报告(A项目)), a sentence naming A states the report’s own figures', () => {
    const sentence = '2.资金:2023年河道清淤工程项目预算经费为260万元,2023年支付251万元。';
    for (const title of ['# 示例市财政支出项目绩效自评报告(河道清淤工程项目)', '# 示例市项目支出绩效评价报告(2023年度河道清淤工程项目)']) {
      const own = extract(docOf(`${title}\n\n${sentence}`));
      expect(own.tasks).toEqual([]);
      expect(own.figures['budget.total']?.value).toBe('260');
      expect(own.figures['budget.executed']?.value).toBe('251');
    }
    // refused: brackets that hold the unit, or the project bracketed after other words, leave the project a task
    for (const title of ['# 示例市财政支出项目绩效自评报告(示例市水务局)', '# 示例市水务局关于下达资金的通知(河道清淤工程项目)']) {
      const other = extract(docOf(`${title}\n\n${sentence}`));
      expect(other.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([['河道清淤工程项目', '260', '251']]);
    }
  });

  it('in the report whose title evaluates a work, the work’s funds named by another generic word (A专项经费 under A项目…自评报告) and their amount are its budget', () => {
    const sentence = '本会现有在职职工9人,设科普股和办公室。科普宣传专项经费35万元,用于全年科普宣传及推广。';
    const own = extract(docOf(`科普宣传项目支出\n绩效自评报告\n青山县科学技术协会\n\n一、基本情况\n${sentence}`));
    expect(own.figures['budget.total']?.value).toBe('35');
    expect(own.tasks).toEqual([]);
    // refused: a title evaluating another work leaves the funds no one's figure (a fund named by 专项 is no item either)
    const other = extract(docOf(`学会能力提升项目支出\n绩效自评报告\n青山县科学技术协会\n\n一、基本情况\n${sentence}`));
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('in the report whose title evaluates a fund, the fund named by the other word for money (补助经费 under …补助资金…绩效自评报告) states its budget', () => {
    const sentence = '2022年某盟城乡居民基本养老保险补助经费预算数3000万元,其中:中央补助资金1100万元,旗县级财政资金900万元。';
    const own = extract(docOf(`# 某盟城乡居民基本养老保险补助资金2022年度绩效自评报告\n\n${sentence}`));
    expect(own.figures['budget.total']?.value).toBe('3000');
    // refused: under a title evaluating another fund the amount is no one's figure
    const other = extract(docOf(`# 某盟就业补助资金2022年度绩效自评报告\n\n${sentence}`));
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('with no title, the opening sentence saying what the unit evaluated (我单位对A项目使用管理情况开展了自评) names the report’s project, A经费 its funds', () => {
    const body = (evaluated: string) =>
      `根据区财政局通知,我单位对环境监测站2021年度${evaluated}使用管理情况认真开展了自评。现将项目绩效自评情况报告如下:\n\n一、基本情况\n\n东山大气监测专项经费预算数为16万元。\n\n2021年度东山大气监测专项项目经费实际执行数为10.01万元,预算执行率为63%。`;
    const own = extract(docOf(body('东山大气监测专项项目')));
    expect(own.figures['budget.total']?.value).toBe('16');
    expect(own.figures['budget.executed']?.value).toBe('10.01');
    expect(own.tasks).toEqual([]);
    // refused: the unit evaluated another project; the funds named are not the report's own
    const other = extract(docOf(body('西山水质监测专项项目')));
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('a title naming its work with its kind of money (…渔政执法经费支出绩效评价报告) evaluates that work: the funds’ total is its budget', () => {
    const body = '一、专项基本情况\n\n3、资金安排。渔政执法经费共计4.8万元。';
    expect(figuresOf(`# 某县2021年渔政执法经费 支出绩效评价报告\n\n${body}`)['budget.total']).toBe('4.8万元');
    // refused: a title naming another work leaves the funds no one's figure
    expect(figuresOf(`# 某县2021年禁捕退捕补助经费 支出绩效评价报告\n\n${body}`)['budget.total']).toBeUndefined();
  });

  it('reads a sentence that goes on from one named project to the next (",B项目执行率…", ",B项目预算…") as one row each', () => {
    const rows = (text: string) => extract(docOf(TITLE + text)).tasks.map((t) => [t.name, t.budget, t.executed, t.rate]);
    // a project's execution rate alone is a row (convention 7), and never the department's rate
    const rates = extract(docOf(`${TITLE}全年预算1000万元。其中,高标准农田建设项目执行率98.5%,农村人居环境整治项目执行率92%。`));
    expect(rates.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['高标准农田建设项目', null, null, '98.5'],
      ['农村人居环境整治项目', null, null, '92'],
    ]);
    expect(rates.figures['budget.executionRate']).toBeUndefined();
    expect(rows('高标准农田建设项目预算350万元,执行320万元,农村人居环境整治项目预算160万元,执行150万元。')).toEqual([
      ['高标准农田建设项目', '350', '320', null],
      ['农村人居环境整治项目', '160', '150', null],
    ]);
    // funding sources inside one project's sentence name no next project
    expect(rows('高标准农田建设项目预算350万元,其中中央资金300万元,省级资金50万元,执行320万元。')).toEqual([
      ['高标准农田建设项目', '350', '320', null],
    ]);
    // the period said between the name and its measure (A项目全年执行率): still the project's row, never the department's rate
    const yearly = extract(docOf(`${TITLE}文化惠民演出项目全年执行率97.79%,公共图书馆免费开放项目全年执行率100%。`));
    expect(yearly.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['文化惠民演出项目', null, null, '97.79'],
      ['公共图书馆免费开放项目', null, null, '100'],
    ]);
    expect(yearly.figures['budget.executionRate']).toBeUndefined();
    expect(rows('文化惠民演出项目年度预算340万元,实际支出332.5万元,执行率97.79%。')).toEqual([
      ['文化惠民演出项目', '340', '332.5', '97.79'],
    ]);
    // a works' completion or coverage rate is no execution rate: no row
    expect(rows('全年预算1000万元。其中,道路硬化工程完成率100%,村级文化活动项目覆盖率95%。')).toEqual([]);
  });

  it('in a project’s report: the approved 批复数 is the budget (not the 申报数 requested), and a bare 支出 beside it its execution', () => {
    const values = valuesUnder('# 某区2021年度教学设备购置项目绩效自评报告\n\n');
    expect(values('本项目2021年度预算“一上”申报数 300 万元,“二下”批复数 280 万元,当年实际到位 280 万元,支出 276.5 万元。')).toEqual({
      'budget.total': '280',
      'budget.executed': '276.5',
    });
  });

  it('in a project’s report: a numbered score or grade label with its colon ((一)自评得分:96.8分) states the overall result, no item named 自评得分', () => {
    const text =
      '# 某县2023年度困难群众救助补助资金项目支出绩效自评报告\n\n一、自评结论\n(一)自评得分:96.8分\n(二)自评等级:优\n(三)资金执行情况:项目年度预算资金2,856.42万元,实际支出2,801.35万元,执行率98.07%。';
    const r = extract(docOf(text));
    expect(r.tasks).toEqual([]);
    expect(figuresOf(text)).toEqual({
      'eval.score': '96.8分',
      'eval.grade': '优',
      'budget.total': '2856.42万元',
      'budget.executed': '2801.35万元',
      'budget.executionRate': '98.07%',
    });
    // refused: a part’s score so labelled ((一)预算执行得分:9.5分) is a sub-score, still no figure and no item
    const part = '# 某县2023年度困难群众救助补助资金项目支出绩效自评报告\n\n(一)预算执行得分:9.5分。\n(二)产出指标得分:38分。';
    expect(figuresOf(part)).toEqual({});
    expect(extract(docOf(part)).tasks).toEqual([]);
  });

  it('in a project’s report: a numbered heading of the result that names the project or the self-evaluation first ((三)项目绩效自评结果:, (四)绩效自评:) names no item; its score is the report’s', () => {
    const title = '# 某县2023年度乡村公益性岗位补贴项目支出绩效自评报告\n\n';
    const text = `${title}(二)资金使用情况:项目全年预算数88万元,实际支出86.2万元,预算执行率97.95%。\n(三)项目绩效自评结果:本项目绩效自评总分为94.5分(满分100分),评价结果为优秀。`;
    expect(extract(docOf(text)).tasks).toEqual([]);
    expect(figuresOf(text)).toMatchObject({ 'eval.score': '94.5分', 'eval.grade': '优秀' });
    expect(figuresOf(`${title}(四)绩效自评:经对照指标逐项打分,本项目自评得分为91分。`)).toMatchObject({ 'eval.score': '91分' });
    // refused: a task of a department’s list whose name holds those words among others (绩效自评培训) is still an item
    const list = extract(
      docOf(
        '# 某局2023年度部门整体支出绩效自评报告\n\n1.绩效自评培训项目:预算6万元,支出5.4万元;\n2.档案数字化项目:预算30万元,支出30万元。',
      ),
    );
    expect(list.tasks.map((t) => t.name)).toEqual(['绩效自评培训项目', '档案数字化项目']);
  });

  it('in a project’s form copied as field lines, the grade alone on its line (自评等级:优) over the next field (主管部门:…) is the grade; a word a line wrapped is none', () => {
    const form = '# 某县2023年度项目支出绩效自评表\n\n项目名称:乡镇文化站免费开放\n自评得分:93.4分\n自评等级:优\n主管部门:某县文化和旅游局';
    expect(figuresOf(form)).toMatchObject({ 'eval.score': '93.4分', 'eval.grade': '优' });
    expect(figuresOf(form.replace('自评等级:优', '评价结论:良好'))).toMatchObject({ 'eval.grade': '良好' });
    // refused: a conclusion whose word the line wrapped (优 | 化营商环境) grades nothing; 优 | 秀 is still 优秀
    expect(figuresOf('# 某县2023年度项目支出绩效自评表\n\n自评结论:优\n化营商环境,提升服务效能。')['eval.grade']).toBeUndefined();
    expect(figuresOf('# 某县2023年度项目支出绩效自评表\n\n自评结论:优\n秀,项目实施良好。')['eval.grade']).toBe('优秀');
  });

  it('in a project’s report: a bare 得分 in a line an indicator’s heading opens (效益指标:…,得分28分) is that indicator’s sub-score, never the overall score', () => {
    const title = '# 某县2023年度全民健身设施项目支出绩效自评报告\n\n';
    const text = `${title}项目名称:健身步道建设\n效益指标:受益群众满意度95%,得分28分。\n满意度指标(10分):服务对象满意度96%,得分10分。\n自评结论:总得分93.6分,自评等级“优”。`;
    expect(figuresOf(text)).toEqual({ 'eval.score': '93.6分', 'eval.grade': '优' });
    // a part’s heading with its enumerator (1.决策部分:) too; and with no overall score stated, no score at all
    expect(figuresOf(`${title}1.决策部分:立项依据充分,得分18分。\n2.产出指标:新建步道12公里,得分30分。`)).toEqual({});
    // refused: the whole system’s heading (评价指标:) heads the overall score as well
    expect(figuresOf(`${title}评价指标:经逐项打分,本项目自评得分95分。`)).toEqual({ 'eval.score': '95分' });
  });

  it('in a project’s report: numbered fields of its own funds (2.资金到位: / 3.资金使用:) and of its result (2.自评结果:) name no item; their amounts are the report’s', () => {
    const title = '# 某县2023年度农村公路养护项目支出绩效自评报告\n\n';
    const text = `${title}(二)资金计划、到位及使用情况\n1.资金批复:批复资金120万元。\n2.资金到位:实际到位资金120万元,到位率100%。\n3.资金使用:截至2023年12月31日,实际使用资金115.8万元,使用率96.5%。\n4.自评结果:综合自评得分92.4分,评价等级“优”。`;
    expect(extract(docOf(text)).tasks).toEqual([]);
    expect(figuresOf(text)).toEqual({
      'budget.total': '120万元',
      'budget.executed': '115.8万元',
      'budget.executionRate': '96.5%',
      'eval.score': '92.4分',
      'eval.grade': '优',
    });
    // refused: a project whose name opens with those words (资金管理系统升级项目) is still an item of a department’s list
    const list = extract(
      docOf(
        '# 某局2023年度部门整体支出绩效自评报告\n\n1.资金管理系统升级项目:预算50万元,支出48万元;\n2.档案数字化项目:预算30万元,支出30万元。',
      ),
    );
    expect(list.tasks.map((t) => t.name)).toEqual(['资金管理系统升级项目', '档案数字化项目']);
  });

  it('in a project’s report: money disbursed (共拨付资金) beside spending in stronger words (全年支出, with its rate) is no second statement of budget.executed', () => {
    const title = '# 某县2023年度“雪亮工程”运行维护项目绩效自评报告\n\n';
    const r = extract(
      docOf(`${title}本项目年初预算安排96.00万元。2023年度共拨付资金96.00万元,全年支出88.62万元,结余7.38万元,预算执行率92.31%。`),
    );
    expect(r.figures['budget.executed']?.value).toBe('88.62');
    expect(r.figures['budget.executionRate']?.value).toBe('92.31');
    expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // refused: money disbursed with no spending stated in other words is still the project’s execution
    expect(figuresOf(`${title}项目预算资金96.00万元,已全部拨付资金96.00万元,预算执行率100%。`)).toEqual({
      'budget.total': '96.00万元',
      'budget.executed': '96.00万元',
      'budget.executionRate': '100%',
    });
  });

  it('the projects evaluated counted after their noun (开展自评的项目共3个, 纳入自评范围的项目5个), then the money they cover and spent: no budget, no spending', () => {
    const title = '# 某局2023年度项目支出绩效自评报告\n\n';
    expect(figuresOf(`${title}我单位2023年度开展自评的项目共3个,涉及资金总额560万元。`)).toEqual({});
    expect(figuresOf(`${title}2023年度纳入自评范围的项目5个,涉及预算资金1280万元,实际支出1200万元。`)).toEqual({});
    // refused: a project's own parts counted (包括子项目3个) leave its funds and spending its own
    expect(
      figuresOf('# 某县2023年度农村供水项目绩效自评报告\n\n本项目包括子项目3个,资金总额560万元,实际支出540万元,执行率96.43%。'),
    ).toEqual({
      'budget.total': '560万元',
      'budget.executed': '540万元',
      'budget.executionRate': '96.43%',
    });
  });

  it('the unit’s budget, then the projects it counts (涉及项目14个) and the budget they involve: theirs, no second statement of the unit’s', () => {
    const r = extract(
      docOf('# 某局2024年度部门整体支出绩效自评报告\n\n部门总体预算为856万元,执行数856万元,执行率100%,涉及项目14个,涉及预算金额690万元。'),
    );
    expect(r.figures['budget.total']?.mentions?.map((m) => m.value)).toEqual(['856']);
    expect(reconcile(r)).toEqual([]);
    // refused: one project counted (涉及项目1个) is no several; its budget is the report's stated again
    const one = extract(
      docOf('# 某局2024年度部门整体支出绩效自评报告\n\n部门总体预算为856万元,执行数856万元,涉及项目1个,涉及预算金额856万元。'),
    );
    expect(one.figures['budget.total']?.mentions?.map((m) => m.value)).toEqual(['856', '856']);
  });

  it('in a project’s report: money over a span of years (2021-2023年累计安排资金, 2021年至2023年…累计支出) is not the report’s year’s budget or spending', () => {
    const title = '# 某县2023年度农村供水项目绩效自评报告\n\n';
    const r = extract(
      docOf(`${title}该项目为持续性项目,2021-2023年累计安排资金1200万元,其中2023年安排400万元,2023年实际支出398万元,执行率99.5%。`),
    );
    expect(r.figures['budget.total']).toBeUndefined();
    expect(r.figures['budget.executed']?.value).toBe('398');
    expect(r.discrepancies).toEqual([]);
    expect(figuresOf(`${title}2021年至2023年,该项目累计支出资金1150万元。2023年该项目预算400万元,实际支出398万元。`)).toEqual({
      'budget.total': '400万元',
      'budget.executed': '398万元',
    });
    // refused: months of the report’s year (2023年1-12月) are its own year
    expect(figuresOf(`${title}2023年1-12月,该项目实际支出398万元,预算执行率99.5%。`)).toEqual({
      'budget.executed': '398万元',
      'budget.executionRate': '99.5%',
    });
  });

  it('in a project’s report: funds then 下达 (该项目资金下达, 全年共计下达) are its budget (下达’s 达 is no filler); a project before 实际支出资金 its spending', () => {
    const title = '# 某县2023年度学校维修项目绩效自评报告\n\n';
    expect(figuresOf(`${title}该项目资金下达75万元(某财教〔2023〕12号),截至2023年12月31日,已支付72.3万元,支付进度96.4%。`)).toEqual({
      'budget.total': '75万元',
      'budget.executed': '72.3万元',
      'budget.executionRate': '96.4%',
    });
    expect(
      figuresOf(`${title}2023年3月下达资金80万元,6月追加资金20万元,全年共计下达100万元。累计完成支付96万元,支付率96%。`)['budget.total'],
    ).toBe('100万元');
    expect(
      figuresOf(`${title}2023年财政批复预算450万元,实际拨付到位450万元,项目实际支出资金430.5万元,预算执行率95.67%。`)['budget.executed'],
    ).toBe('430.5万元');
    // refused: each level’s funds then 下达 are parts, and what is passed on (分别下达) a transfer
    expect(figuresOf(`${title}中央资金下达300万元,省级资金下达40万元,县级配套20万元。`)).toEqual({});
    expect(figuresOf(`${title}该项目资金已分别下达甲镇30万元、乙镇45万元。`)).toEqual({});
  });

  it('in a project’s report: money the project 获得 / 争取到 (the grant from the side that receives it) is its budget; one level’s share is none', () => {
    const title = '# 某村2021年度集体经济项目绩效自评报告\n\n';
    expect(figuresOf(`${title}2021年,我村获得中央专项扶持壮大村集体经济资金50万元,全部用于入股县城投公司项目。`)).toEqual({
      'budget.total': '50万元',
    });
    expect(figuresOf(`${title}该项目共争取到上级补助资金120万元,截至年底已支付118.5万元。`)['budget.total']).toBe('120万元');
    // refused: a fund named by one level alone after the verb (获得中央资金 / 下达省级资金) is that level’s share, whether the
    // other levels’ follow or not
    expect(figuresOf(`${title}2021年,我村获得中央资金40万元,获得省级资金10万元,用于入股县城投公司项目。`)['budget.total']).toBeUndefined();
    expect(
      figuresOf(`${title}2021年,县财政下达中央资金40万元,下达省级资金10万元,用于入股县城投公司项目。`)['budget.total'],
    ).toBeUndefined();
    // refused: in a department’s report the money it won is the department’s, no project’s budget
    expect(
      figuresOf('# 某县林业局2021年度部门整体支出绩效自评报告\n\n2021年,我局共争取到上级资金5000万元,其中中央资金4000万元。')[
        'budget.total'
      ],
    ).toBeUndefined();
  });

  it('in a project’s report: a 总分 of 100 that its sentence goes on to score against is the full marks, not a rival score', () => {
    const values = valuesUnder('# 某县2023年度农村供水维修项目支出绩效自评报告\n\n');
    expect(values('本项目总分100分,经自评得分93.5分。')).toEqual({ 'eval.score': '93.5' });
    // a 总分 that is the score itself, or a 100 nothing is scored against, stays the score
    expect(values('本项目总分88分,评价等次为良好。')).toEqual({ 'eval.score': '88', 'eval.grade': '良好' });
    expect(values('本项目总分100分。')).toEqual({ 'eval.score': '100' });
  });

  it('in a project’s report: the project referred back to (本项目 / 该项目), then its money bare or in brackets, states the project’s budget and its spending', () => {
    const values = (kind: string, text: string) =>
      valuesUnder(`# 红星县水务局2023年度${kind}绩效自评报告

一、资金情况

`)(text);
    const project = '河道清淤项目支出';
    expect(values(project, '本项目(预算50万元,支出48万元)已完成。')).toEqual({ 'budget.total': '50', 'budget.executed': '48' });
    expect(values(project, '该项目,预算50万元,支出48万元。')).toEqual({ 'budget.total': '50', 'budget.executed': '48' });
    expect(values(project, '本项目(年初预算50万元,支出48万元)。')).toEqual({ 'budget.initial': '50', 'budget.executed': '48' });
    // in a department's report a project referred back to is an item, never the unit: its bare 预算 is none of the unit's
    expect(values('部门整体支出', '本部门全年预算1000万元,实际支出950万元。该项目(预算50万元)已完成。')).toEqual({
      'budget.total': '1000',
      'budget.executed': '950',
    });
  });

  it('in a project’s report: works granted to the reporting level (下达我县…工程) are its funds; what it passes on (分别下达) is a part', () => {
    const values = valuesUnder('# 某市2023年度健身器材补短项目绩效自评报告\n\n');
    expect(values('省级文件下达我市全民健身器材补短工程100万元,按每个乡镇20万元标准核定。')).toEqual({ 'budget.total': '100' });
    expect(values('我局分别下达甲县健身广场工程50万元、乙县健身广场工程50万元。')).toEqual({});
  });

  it.each([
    ['预算资金40万元。截至年底共支出资金39.2万元,结余0.8万元。', '40', '39.2'],
    ['本年度项目预算资金总额为230.5万元,其中中央资金150万元。截至年底共支出228.1万元,结余2.4万元。', '230.5', '228.1'],
    ['2023年度该专项下达资金66万元。\n\n全年支出65.3万元。', '66', '65.3'],
  ])('in a project’s report its spending in a sentence of its own is the budget’s execution (%s)', (text, budget, executed) => {
    const values = (title: string) =>
      valuesUnder(`# ${title}

`)(text);
    expect(values('某县某局2023年度甲乙项目支出绩效自评报告')).toEqual({ 'budget.total': budget, 'budget.executed': executed });
    // refused: in a department's report the sentence's spending stays the year's, and with no budget stated it stays so
    expect(values('某县某局2023年度部门整体支出绩效自评报告')['budget.executed']).toBeUndefined();
  });

  it.each([
    ['本年度安排项目资金100万元,其中人员开支12万元,办公开支8万元。'],
    ['项目资金100万元,其中用于培训开支10万元。'],
    ['项目资金100万元,计划开支95万元。'],
    ['项目资金100万元,其中甲村道路项目经费20万元,乙村水渠项目经费30万元。'],
  ])(
    'refused in a project’s report: a class’s 开支 or a sub-project’s 经费 is a part, no spending or budget of the project (%s)',
    (text) => {
      const r = extract(docOf(`# 某县某局2023年度甲乙项目支出绩效自评报告\n\n${text}`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({ 'budget.total': '100' });
    },
  );

  it.each([
    [
      '全年预算数(A)为62.5万元,全年执行数(B)为60万元,执行率(B/A)为96%。',
      { 'budget.total': '62.5', 'budget.executed': '60', 'budget.executionRate': '96' },
    ],
    ['本年预算(调整后)84万元,实际支出80.6万元。', { 'budget.total': '84', 'budget.executed': '80.6' }],
    ['年度预算数(含上年结转)130万元,执行数(含结转)128.7万元。', { 'budget.total': '130', 'budget.executed': '128.7' }],
    // refused: a bracket naming a part of the money (其中…) is no note on the figure
    ['全年预算数(其中中央资金)50万元。', {}],
  ])('a note in brackets after the label (column letter, 调整后, 含…) says which figure: %s', (text, figures) => {
    const r = extract(docOf(`# 某县某局2023年度甲乙项目支出绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual(figures);
  });

  it.each([
    ['该项目2022年预算40万元,支出38万元;2023年预算30万元,支出29.4万元,执行率98%。', '项目支出'],
    ['2022年该项目预算40万元,实际支出38万元。2023年该项目预算30万元,实际支出29.4万元,执行率98%。', '项目支出'],
    ['本部门2022年预算40万元,支出38万元;2023年预算30万元,支出29.4万元,执行率98%。', '部门整体支出'],
  ])('another year’s figures named with the report’s subject before or after the year are that year’s (%s)', (text, kind) => {
    const r = extract(docOf(`# 某县某局2023年度甲乙${kind}绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '30',
      'budget.executed': '29.4',
      'budget.executionRate': '98',
    });
  });

  it.each([
    ['项目预算资金30万元,绩效目标为资金执行率达到100%。', {}],
    ['项目预算资金30万元,年度目标:预算执行率100%,群众满意度95%以上。', {}],
    ['项目预算30万元,计划执行率达到95%。', {}],
    ['项目预算30万元,预期执行率100%,实际执行率98%。', { 'budget.executionRate': '98' }],
    // a statement opened by an aim's label, the rate in a later clause; a form's row run into a paragraph, bars kept
    ['项目预算30万元。绩效目标:计划完成道路养护10公里,执行率达到100%。', {}],
    ['项目预算30万元。项目名称 | 道路养护 | 绩效目标 | 计划完成道路养护10公里,执行率达到100%。 |', {}],
    // refused: the aim's words closed by a comma, then what was reached
    ['项目预算30万元,全面完成绩效目标,执行率98%。', { 'budget.executionRate': '98' }],
    // refused: the label of what was reached (目标完成情况), and a sentence after the aim's closed
    ['项目预算30万元。绩效目标完成情况:完成道路养护10公里,执行率98%。', { 'budget.executionRate': '98' }],
    ['项目预算30万元。绩效目标:完成道路养护10公里。全年执行率98%。', { 'budget.executionRate': '98' }],
  ])('a rate set as an aim (目标为…, 计划…, 预期…) is no rate reached: %s', (text, figures) => {
    const r = extract(docOf(`# 某县某局2023年度甲乙项目支出绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({ 'budget.total': '30', ...figures });
  });

  it.each([
    [
      '一、单位基本情况\n\n我局2023年部门预算总额500万元,其中基本支出300万元,项目支出200万元。\n\n二、项目基本情况\n\n本项目预算30万元,实际支出29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    [
      '本项目预算30万元,实际支出29.1万元,执行率97%。我局2023年部门整体支出480万元。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    ['本单位全年预算总额620万元。该项目年初预算45万元,全年执行44.1万元。', { 'budget.initial': '45', 'budget.executed': '44.1' }],
    // the spending and rate the sentence of the unit's money goes on to state are the unit's too
    [
      '县农业农村局2023年部门预算总额2800万元,全年支出2650万元,预算执行率94.64%。本项目全年预算数30万元,执行数29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // the project named before the unit's budget words it is listed in (列入部门预算) is that money's subject
    [
      '沿江路网项目列入部门预算经费为60万元,2023年实际支付58万元,执行率96.67%。',
      { 'budget.total': '60', 'budget.executed': '58', 'budget.executionRate': '96.67' },
    ],
    // a section of the unit's own money or state (单位概况, 部门整体情况): its sentences naming no project are the unit's
    [
      '一、单位概况\n\n我馆2023年全年预算总额900万元,全年支出860万元,预算执行率95.56%。\n\n二、项目资金\n\n全年预算数30万元,执行数29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    [
      '一、项目资金\n\n本项目全年预算数30万元,执行数29.1万元,执行率97%。\n\n二、部门整体情况\n\n全年预算总额900万元,全年支出860万元,预算执行率95.56%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // refused: the project's own section (项目基本情况) keeps its sentences the project's
    [
      '一、项目基本情况\n\n全年预算数30万元,执行数29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // a unit named as the subject of a budget (another, or the reporting unit itself) states that unit's whole money
    [
      '县文化旅游局2023年全年预算3500万元,全年支出3300万元,预算执行率94.29%。本项目全年预算数30万元,执行数29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    [
      '本项目全年预算数30万元,执行数29.1万元,执行率97%。某县某局全年预算900万元,执行860万元,执行率95.56%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // refused: a unit that allots the project's funds names where its budget came from
    [
      '县财政局下达资金30万元,全年支出29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // several projects the unit carried out, counted before their money, are not the report's project
    [
      '本项目全年预算数30万元,执行数29.1万元,执行率97%。我局2023年共实施项目5个,预算合计300万元,执行280万元,执行率93.33%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // refused: the project's own parts counted (3个子项目) are the project's money
    [
      '本项目包含3个子项目,全年预算数30万元,执行29.1万元,执行率97%。',
      { 'budget.total': '30', 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // refused: the sentence turns to the project (其中本项目…) before its spending, which is the project's
    [
      '本单位部门预算总额620万元,其中本项目预算30万元,执行29.1万元,执行率97%。',
      { 'budget.executed': '29.1', 'budget.executionRate': '97' },
    ],
    // refused: the unit's budget words that go on to name the project are the project's money
    ['部门预算安排本项目资金30万元,实际支出29.1万元。', { 'budget.total': '30', 'budget.executed': '29.1' }],
    ['单位预算中该项目资金30万元,全年支出29.1万元。', { 'budget.total': '30', 'budget.executed': '29.1' }],
    // refused: a split by nature that follows no money of the unit's and no 基本支出 is left as it was read
    [
      '2、支出:356.2万元。其中:人员经费支出210.4万元,公用经费支出45.8万元。',
      { 'expense.total': '356.2', 'expense.personnel': '210.4', 'expense.publicUse': '45.8' },
    ],
  ])(
    'in a project’s report the unit’s own money (部门预算总额, 部门整体支出, its 基本/项目支出 split) is none of the project’s (%#)',
    (text, figures) => {
      const r = extract(docOf(`# 某县某局2023年度甲乙项目支出绩效自评报告\n\n${text}`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual(figures);
      expect(r.discrepancies).toEqual([]);
    },
  );

  it.each([
    ['该项目绩效自评结果为优秀(得分96分)。', { 'eval.grade': '优秀', 'eval.score': '96' }],
    ['经自评,本项目评价等级为“良”(得分86.5分),其中预算执行(得分9分)。', { 'eval.grade': '良', 'eval.score': '86.5' }],
    // refused: a score in brackets after an indicator or a rate is its part's
    ['预算执行率97%(得分9.7分),产出指标(得分48分)。', { 'budget.executionRate': '97' }],
  ])('the score in brackets right after the overall grade is the overall score: %s', (text, figures) => {
    const r = extract(docOf(`# 某县某局2023年度甲乙项目支出绩效自评报告\n\n${text}`));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual(figures);
  });

  it('refused: the report’s own year after the subject (该项目2023年…) keeps its figures', () => {
    const r = extract(docOf('# 某县某局2023年度甲乙项目支出绩效自评报告\n\n该项目2023年预算30万元,支出29.4万元,执行率98%。'));
    expect([r.figures['budget.total']?.value, r.figures['budget.executed']?.value]).toEqual(['30', '29.4']);
  });

  it('refused: 预算项目经费 after the year’s first budget restates that budget, no adjusted one', () => {
    const r = extract(
      docOf('# 某县某局2022年度甲乙项目支出绩效自评报告\n\n我局2022年年初预算项目12个,预算项目经费860.5万元,具体包括:甲整治45万元。'),
    );
    expect(r.figures['budget.total']).toBeUndefined();
  });

  it('refused: a project’s spending with no budget or rate stated anywhere stays what was spent', () => {
    const r = extract(docOf('# 某县某局2023年度甲乙项目支出绩效自评报告\n\n截至年底共支出资金39.2万元。'));
    expect(r.figures['budget.executed']).toBeUndefined();
  });

  it('全年应执行数 is what was due to be executed, the budget a rate is stated against, not what was spent', () => {
    const values = valuesUnder('# 某市2023年度残疾人补助项目支出绩效自评报告\n\n');
    expect(values('2023年省级下拨护理补贴6.2万元;市级下拨护理补贴6.2万元;全年应执行数为12.4万元,实际执行率为100%。')).toEqual({
      'budget.total': '12.4',
      'budget.executionRate': '100',
    });
  });

  it('reads the money under a project’s own section heading ((一)X项目, then 1.项目概况。…) as that project’s row, until a heading of its level', () => {
    const text = `${TITLE}(一)高标准农田建设项目\n\n1.项目概况。该项目年初预算340万元。\n\n2.资金使用情况。截至年底支出320万元,执行率94.12%。\n\n(二)农村人居环境整治项目\n\n1.资金使用情况。全年预算160万元,支出150万元,执行率93.75%。\n\n(三)部门整体支出情况\n\n全年预算1000万元,全年支出950万元,预算执行率95%。`;
    const r = extract(docOf(text));
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['高标准农田建设项目', '340', '320', '94.12'],
      ['农村人居环境整治项目', '160', '150', '93.75'],
    ]);
    // the department's own figures, after the sections, and none of the projects' money
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '1000',
      'budget.executed': '950',
      'budget.executionRate': '95',
    });
    // a numbered line ("1、出国经费") opens no section: it is as often a table's row run into the text
    const row = extract(docOf(`${TITLE}1、公务用车运行维护经费\n\n全年预算1000万元,全年支出950万元。`));
    expect(row.figures['budget.total']?.value).toBe('1000');
  });

  it('reads a fund for a purpose as a section of its own too ((一)城乡低保资金, then 预算执行情况 / 1.资金投入情况:…)', () => {
    const text = `${TITLE}(一)城乡低保资金\n\n预算执行情况\n\n全年预算1200万元,实际支出1180万元。\n\n(二)特困供养资金\n\n1.资金投入情况:全年预算300万元。\n\n2.资金使用情况:实际支出296.5万元。`;
    const r = extract(docOf(text));
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      ['城乡低保资金', '1200', '1180'],
      ['特困供养资金', '300', '296.5'],
    ]);
    expect(r.figures).toEqual({});
    // refused: a fund named by its level heads no item's section: its money stays the unit's
    const level = extract(docOf(`${TITLE}(一)中央资金\n\n预算执行情况\n\n全年预算1200万元,实际支出1180万元。`));
    expect(level.tasks).toEqual([]);
  });

  it.each([
    ['耕地地力保护补贴', '农机购置补贴'],
    ['动物防疫工作', '农技推广工作'],
    ['村级组织运转补助', '村干部报酬补助'],
  ])('reads a subsidy’s or a work’s section ((一)%s / (二)%s) as its own row', (a, b) => {
    const text = `${TITLE}(一)${a}\n\n预算执行情况\n\n全年预算1200万元,实际支出1180万元。\n\n(二)${b}\n\n预算执行情况\n\n全年预算300万元,实际支出296.5万元。`;
    const r = extract(docOf(text));
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      [a, '1200', '1180'],
      [b, '300', '296.5'],
    ]);
    expect(r.figures).toEqual({});
  });

  it('refused: a section on the unit’s own work on its money ((一)预算管理工作) opens no item', () => {
    const r = extract(docOf(`${TITLE}(一)预算管理工作\n\n预算执行情况\n\n全年预算1200万元,实际支出1180万元。`));
    expect(r.tasks).toEqual([]);
    expect(r.figures['budget.executed']?.value).toBe('1180');
  });

  it('reads 项目名称:X;预算金额:…;实际支出:… in a department’s report as X’s row, not the department’s figures', () => {
    const text = `${TITLE}项目名称:乡村道路养护项目;预算金额:340万元;实际支出:320万元;执行率:94.12%。\n\n项目名称:农村饮水维修项目;预算金额:160万元;实际支出:150万元;执行率:93.75%。`;
    const r = extract(docOf(text));
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['乡村道路养护项目', '340', '320', '94.12'],
      ['农村饮水维修项目', '160', '150', '93.75'],
    ]);
    expect(r.figures['budget.total']).toBeUndefined();
  });

  it('in a project’s report: 转移支付资金 names the fund transferred, not money paid (no budget.executed)', () => {
    const PROJECT_TITLE = '# 某县2022年度草原生态保护资金转移支付绩效自评报告\n\n';
    for (const text of [
      '2022年中央财政草原生态保护转移支付资金356.4万元,包含禁牧补助、草畜平衡奖励项目。',
      '我县2022年获得中央财政草原生态保护转移支付资金356.4万元,已全部到位。',
    ]) {
      expect(extract(docOf(PROJECT_TITLE + text)).figures['budget.executed']).toBeUndefined();
    }
  });

  it('reads 该项目… after a numbered section heading in the same paragraph ("(二)…使用情况。该项目…") as the report’s own figures', () => {
    const PROJECT_TITLE = '# 某市2023年度项目支出绩效自评报告\n\n';
    for (const head of ['(二)项目资金投入和使用情况。', '二、资金使用情况\n']) {
      const r = extract(docOf(`${PROJECT_TITLE}${head}该项目调整后预算为540万元,全年实际支出526.35万元,预算执行率为97.47%。`));
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
        'budget.total': '540',
        'budget.executed': '526.35',
        'budget.executionRate': '97.47',
      });
      expect(r.tasks).toEqual([]);
    }
  });

  it('in an evaluation notice read as a project’s report: the funds several evaluations cover (涉及区本级财政资金) are no budget', () => {
    const NOTICE_TITLE = '# 某区财政局2022年度财政重点绩效评价结果公开\n\n';
    const values = valuesUnder(NOTICE_TITLE);
    expect(values('我局委托第三方机构对4个项目进行重点评价,涉及区本级财政资金2600万元。')).toEqual({});
    expect(values('该项目资金总额50万元,其中中央补助资金30万元。')).toEqual({ 'budget.total': '50' });
    // a project that reaches several places: what it 涉及 is its own funds
    expect(values('本项目涉及6个乡镇,涉及财政资金240万元,实际支出232万元。')).toEqual({ 'budget.total': '240', 'budget.executed': '232' });
  });

  it('in a review notice: the adjusted budgets of several projects reviewed (审核) together are no one budget', () => {
    const NOTICE_TITLE = '# 某市财政局关于2023年度基建项目绩效自评审核情况的通报\n\n';
    const values = valuesUnder(NOTICE_TITLE);
    expect(values('本次共计对东城排水工程、西湖公园改造工程等27个项目进行了审核,涉及调整后预算金额6,420.75万元。')).toEqual({});
    // refused: the report's own project reviewed keeps its adjusted budget
    expect(values('财政局对本项目进行了审核,项目调整后预算金额64.5万元,实际支出60.2万元。')).toEqual({
      'budget.total': '64.5',
      'budget.executed': '60.2',
    });
  });

  it('in a project’s report: a level’s funds opening their line or clause are one source each, none the project’s total', () => {
    const PROJECT_TITLE = '# 某市2023年度项目支出绩效自评报告\n\n';
    const values = valuesUnder(PROJECT_TITLE);
    expect(values('该项目资金来源:\n中央财政资金:60万元\n省级财政资金:30万元\n县级财政资金:10万元\n全年实际支出95万元。')).toEqual({
      'expense.total': '95',
    });
    // after a word of time, the level's funds may be all the project has
    expect(values('2023年中央财政资金100万元,全年实际支出95万元。')).toEqual({ 'budget.total': '100', 'budget.executed': '95' });
  });

  it('in a project’s report: the funds it is planned to take (预计投入 / 计划投资 … 资金总额) are its investment, no year’s budget', () => {
    const PROJECT_TITLE = '# 某学院2022年度专项债券项目绩效自评报告\n\n';
    const values = valuesUnder(PROJECT_TITLE);
    expect(values('项目预计投入资金总额3.6亿,目前获批专项债券资金15000万元,至2022年底实际使用9000万元。')).toMatchObject({
      'budget.total': '15000',
    });
    expect(values('项目计划投资资金总额5000万元。')['budget.total']).toBeUndefined();
    // refused: the funds' total with no plan before it is the budget
    expect(values('项目资金总额50万元,其中:中央补助资金30万元。')).toMatchObject({ 'budget.total': '50' });
  });

  it('in a project’s report: 项目经费 names no sub-project; the first of funds listed with 、 is a part', () => {
    const PROJECT_TITLE = '# 某市2023年度项目支出绩效自评报告\n\n';
    const values = valuesUnder(PROJECT_TITLE);
    expect(values('全年项目经费预算600万元,实际支出580万元,执行率96.67%。')).toEqual({
      'budget.total': '600',
      'budget.executed': '580',
      'budget.executionRate': '96.67',
    });
    expect(values('项目资金来源为中央财政资金500万元、省级配套资金100万元。截至年底,项目支出580万元,执行率96.67%。')).toEqual({
      'budget.executed': '580',
      'budget.executionRate': '96.67',
    });
  });

  it('in a project’s report: the funds a verb puts in (共投入X经费预算…) are the project’s, not a named item’s', () => {
    const PROJECT_TITLE = '# 某省2022年度中央救灾资金绩效自评报告\n\n';
    const r = extract(docOf(`${PROJECT_TITLE}2022年共投入山洪预警系统运维补助经费预算820万元。其中,中央资金600万元,省级配套资金220万元。`));
    expect(r.figures['budget.total']?.value).toBe('820');
    expect(r.tasks).toEqual([]);
    // without 共 the verb may open one sub-project's line: no budget of the project's
    expect(extract(docOf(`${PROJECT_TITLE}安排村道硬化项目经费预算50万元。`)).figures['budget.total']).toBeUndefined();
  });

  it('in a project’s report: a bare 项目 as an issuer’s verb’s object (财政批复项目预算资金…) is the project, no named item', () => {
    const PROJECT_TITLE = '# 某县2023年度高标准农田建设项目绩效自评报告\n\n';
    for (const opening of ['财政批复项目预算资金', '批复项目预算资金', '县财政下达项目预算资金']) {
      const r = extract(docOf(`${PROJECT_TITLE}${opening}60万元,当年实际使用资金54万元,资金使用率90%。`));
      expect([r.figures['budget.total']?.value, r.figures['budget.executed']?.value, r.figures['budget.executionRate']?.value]).toEqual([
        '60',
        '54',
        '90',
      ]);
      expect(r.tasks).toEqual([]);
    }
    // a named project after the verb stays that item's line
    expect(extract(docOf(`${PROJECT_TITLE}批复村道硬化项目预算资金50万元。`)).figures['budget.total']).toBeUndefined();
  });

  it('in a project’s report: a project-only wording’s guess yields to the same key stated in a table column', () => {
    const PROJECT_TITLE = '# 某市2023年度专项资金绩效自评报告\n\n';
    const text = `${PROJECT_TITLE}下达资金如下:补助12个示范点建设补助资金360万元。\n\n| 资金情况(万元) | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|\n| 年度资金总额 | 1500 | 1425 | 95% |\n`;
    const r = extract(docOf(text));
    expect(r.figures['budget.total']?.value).toBe('1500');
    expect(r.figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['1500', '360']);
  });

  it('reads bare numbers after a label’s colon in the unit a line above declares ("预算执行情况(万元)")', () => {
    for (const gap of ['\n', '\n\n']) {
      const r = extract(
        docOf(`# 某市2023年度项目支出绩效自评报告\n\n预算执行情况(万元)${gap}预算数:135.6 执行数:128.4 执行率:94.69% 得分:9.47`),
      );
      expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value}${f.unit}`]))).toEqual({
        'budget.total': '135.6万元',
        'budget.executed': '128.4万元',
        'budget.executionRate': '94.69%',
      });
    }
  });

  it('reads a bare 财政拨款 in a sentence opening on 其中 after a sentence that stated the income total alone as that income’s part', () => {
    const doc = '# 某大学2023年度部门决算\n\n';
    const text = `${doc}本年收入合计12,345.60万元,比上年增加345.60万元,增长2.9%。其中:财政拨款5,000.00万元,占40.5%;事业收入7,000.00万元,占56.7%;其他收入345.60万元,占2.8%。`;
    expect(figuresOf(text)['income.fiscal']).toBe('5000.00万元');
    // refused: after a sentence that stated spending too, or spending alone, 其中 may list either side's parts
    const bothSides = `${doc}收入总计12,345.60万元,支出总计12,345.60万元。其中:财政拨款5,000.00万元,占40.5%。`;
    expect(figuresOf(bothSides)['income.fiscal']).toBeUndefined();
    const spending = `${doc}本年支出合计12,000.00万元,比上年增加300.00万元。其中:财政拨款5,000.00万元,占41.7%。`;
    expect(figuresOf(spending)['income.fiscal']).toBeUndefined();
  });

  it("ties personnel and public-use costs to the funding line's basic spending they split", () => {
    const text = `${TITLE}本年支出合计3,300.00万元,其中:基本支出2,100.00万元,项目支出1,200.00万元。\n\n2023年度一般公共预算财政拨款基本支出2,050.00万元,其中:人员经费1,800.00万元,主要包括基本工资等;公用经费250.00万元。`;
    const r = extract(docOf(text));
    expect(r.figures['expense.basic.generalPublic']?.value).toBe('2050.00');
    expect([r.figures['expense.personnel']?.partOf, r.figures['expense.publicUse']?.partOf]).toEqual([
      'expense.basic.generalPublic',
      'expense.basic.generalPublic',
    ]);
  });

  it.each([
    [
      '收入预算 then 支出预算 in one sentence: each side named by its own words',
      '收支预算总体情况:2023年收入预算1,562.30万元,支出预算1,560.30万元,收支平衡。',
      { 'income.total': '1562.30', 'expense.total': '1560.30' },
    ],
    [
      '部门预算收入 / 部门预算支出: the budgeted totals',
      '2023年部门预算收入1,562.30万元,其中:其他收入82万元;部门预算支出1,562.30万元,其中:基本支出905.12万元,项目支出657.18万元。',
      {
        'income.total': '1562.30',
        'expense.total': '1562.30',
        'income.other': '82',
        'expense.basic': '905.12',
        'expense.project': '657.18',
      },
    ],
    [
      '本部门支出预算: the unit’s own words may stand before the side’s words',
      '三、支出预算情况\n\n2023年本部门支出预算1,560.30万元,其中:基本支出905.12万元,项目支出655.18万元。',
      { 'expense.total': '1560.30', 'expense.basic': '905.12', 'expense.project': '655.18' },
    ],
    [
      '预算收入总额 / 预算支出总额 in one sentence, the second after a comma',
      '2023年本部门预算收入总额为1,562.30万元,预算支出总额为1,560.30万元。',
      { 'income.total': '1562.30', 'expense.total': '1560.30' },
    ],
    [
      '收入预算总额 / 支出总预算: the side’s words before 预算, its 支出 budgeted, not spent',
      '2023年收入预算总额1,562.30万元,支出总预算1,560.30万元。',
      { 'income.total': '1562.30', 'expense.total': '1560.30' },
    ],
    [
      '收入总计 / 支出总计 whose 其中 parts add up to them, none carried from another year: the budgeted totals',
      '2023年部门预算收入总计1,380.00万元,其中:一般公共预算拨款收入1,320.00万元,其他收入60.00万元。支出总计1,380.00万元,其中:基本支出1,010.00万元,项目支出370.00万元。',
      { 'income.total': '1380.00', 'expense.total': '1380.00', 'expense.basic': '1010.00', 'expense.project': '370.00' },
    ],
    [
      '一般公共预算拨款支出 (财政 left out, as budget documents write it): the fund’s budgeted spending',
      '2023年一般公共预算拨款收入1,480.52万元。2023年一般公共预算拨款支出1,480.52万元,其中:基本支出1,210.52万元,项目支出270万元。',
      { 'expense.generalPublic': '1480.52', 'expense.basic': '1210.52', 'expense.project': '270' },
    ],
    [
      '收入预算总计 whose parts (财政拨款收入预算, 其他收入预算) add up to it: the budgeted income',
      '2023年收入预算总计1,275.60万元,其中:财政拨款收入预算1,240.60万元,其他收入预算35万元。',
      { 'income.total': '1275.60', 'income.fiscal': '1240.60' },
    ],
    [
      '预算支出总计 whose 其中 parts add up to it, none carried over: the budgeted spending, as 支出总计 is, never budget.total',
      '2023年部门预算支出总计1,620.30万元,其中基本支出905.12万元,项目支出715.18万元。',
      { 'expense.total': '1620.30', 'expense.basic': '905.12', 'expense.project': '715.18' },
    ],
    [
      '预算收入总数 / 预算支出总数 (an older template’s sum word, as 合计 is), in 元',
      '某镇人民政府2023年部门预算收入总数8,105,563.00元;2023年部门预算支出总数8,105,563.00元。',
      { 'income.total': '8105563.00', 'expense.total': '8105563.00' },
    ],
    [
      '部门专项项目预算 (an older template’s name for 项目支出) beside 部门基本支出预算',
      '部门基本支出预算7031563.00元,其中:人员支出5901832.00元,公用支出1129731.00元。\n\n部门专项项目预算74000.00元(明细项目见附表)。',
      { 'expense.basic': '7031563.00', 'expense.project': '74000.00' },
    ],
    [
      '部门专项支出预算 (the same template’s other name for 项目支出), 人员支出预算 / 公用支出预算 under 基本支出预算',
      '部门基本支出预算7,031,563.00元,其中:人员支出预算5,901,832.00元,公用支出预算1,129,731.00元。\n\n部门专项支出预算1,074,000.00元。',
      {
        'expense.basic': '7031563.00',
        'expense.personnel': '5901832.00',
        'expense.publicUse': '1129731.00',
        'expense.project': '1074000.00',
      },
    ],
    [
      '部門預算收入總數 / 部門專項項目預算 in traditional characters',
      '2023年部門預算收入總數810.56萬元;2023年部門預算支出總數810.56萬元。部門基本支出預算703.16萬元。部門專項項目預算7.40萬元。',
      { 'income.total': '810.56', 'expense.total': '810.56', 'expense.basic': '703.16', 'expense.project': '7.40' },
    ],
  ])('a budget document: %s', (_shape, text, want) => {
    const r = extract(docOf(`# 某县农业农村局2023年部门预算公开说明\n\n${text}`));
    const got = Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]));
    expect(got).toMatchObject(want);
    expect(Object.keys(got).filter((k) => k.startsWith('budget.'))).toEqual([]);
  });

  it('reads a named special project’s or fund’s budget (扶贫专项项目预算, 防汛专项支出预算) as no project spending of the unit, nor a task of the unit’s 专项项目', () => {
    const r = extract(
      docOf(
        '# 某县农业农村局2023年部门预算公开说明\n\n部门基本支出预算700万元。\n\n扶贫专项项目预算30万元。\n\n产业发展专项项目预算20万元。\n\n防汛专项支出预算10万元。',
      ),
    );
    expect(r.figures['expense.project']).toBeUndefined();
    expect(r.tasks.map((t) => t.name)).not.toContain('部门专项项目');
  });

  it('reads a budget document’s 部门专项项目预算 next to a named one as the unit’s project spending, never as a task', () => {
    const r = extract(docOf('# 某县农业农村局2023年部门预算公开说明\n\n部门专项项目预算74,000.00元。\n\n扶贫专项项目预算30,000.00元。'));
    expect(r.figures['expense.project']?.value).toBe('74000.00');
    expect(r.tasks.map((t) => t.name)).not.toContain('部门专项项目');
  });

  it('reads a budget document’s 收入总计 with a 上年结转 among its parts, and a 支出总计 its parts do not add up to, as no side’s own total', () => {
    const text =
      '# 某县农业农村局2023年部门预算公开说明\n\n2023年收入总计980万元,其中:一般公共预算拨款收入900万元,上年结转80万元。支出总计980万元,其中:基本支出700万元,项目支出260万元。';
    const got = figuresOf(text);
    expect(got['income.total']).toBeUndefined();
    expect(got['expense.total']).toBeUndefined();
    expect(got['income.grandTotal']).toBe('980万元');
  });

  it('reads a budget document’s 收入预算 whose parts, each closed by a semicolon after its share, list a 上年结转 as no income.total', () => {
    const text =
      '# 某县实验中学2024年度单位预算\n\n本单位2024年度收入预算3,260.00万元,其中:一般公共预算拨款收入3,000.00万元,占92.02%;事业收入100.00万元,占3.07%;上年结转资金160.00万元,占4.91%。';
    expect(figuresOf(text)['income.total']).toBeUndefined();
    // refused the other way: the carry-in in a sentence after the parts' list is no part of the total
    const after =
      '# 某县实验中学2024年度单位预算\n\n本单位2024年度收入预算3,100.00万元,其中:一般公共预算拨款收入3,000.00万元,占96.77%;事业收入100.00万元,占3.23%;另有上年结转资金160.00万元未纳入预算。';
    expect(figuresOf(after)['income.total']).toBe('3100.00万元');
  });

  it('reads a 收入预算 under its table’s note (…收入预算总表的说明) whose parts, each closed by its share, list a 上年结转 as no income.total', () => {
    const doc = '# 某镇卫生院2022年单位预算\n\n';
    const carried = `${doc}二、2022年收入预算总表的说明     本单位2022年收入预算2,410.50万元,其中:一般公共预算拨款收入900万元,占37.34%;事业收入 1,450万元,占60.15%;上年结转 60.50万元,占2.51%。`;
    expect(figuresOf(carried)['income.total']).toBeUndefined();
    // refused the other way: parts with no carry-in leave the budgeted income its total
    const own = `${doc}二、2022年收入预算总表的说明     本单位2022年收入预算2,410.50万元,其中:一般公共预算拨款收入960.50万元,占39.85%;事业收入 1,450万元,占60.15%。`;
    expect(figuresOf(own)['income.total']).toBe('2410.50万元');
  });

  it('reads a budget document’s 年初预算数 under a numbered 支出预算 label closed by a full stop as its budgeted spending', () => {
    const doc = '# 某县第二小学2024年部门预算情况说明\n\n二、部门收支总体情况\n\n';
    const text = `${doc}(一)收入预算。2024年年初预算数640.30万元,其中:一般公共预算拨款600.30万元,事业收入20万元,上年结转收入20万元。\n\n(二)支出预算。2024年年初预算数640.30万元,其中:教育支出预算560.30万元,社会保障和就业支出预算80万元。`;
    const got = figuresOf(text);
    expect(got['expense.total']).toBe('640.30万元');
    // (the income's budget holds the carry-in: no income.total, whatever heads it)
    expect(got['income.total']).toBeUndefined();
    // refused: a label that names no side (收支总体) leaves the amount no side's total
    const noSide = `${doc}(二)收支总体。2024年年初预算数640.30万元,其中:教育支出预算560.30万元,社会保障和就业支出预算80万元。`;
    expect(figuresOf(noSide)['expense.total']).toBeUndefined();
  });

  it('reads a 上年结转 part whose unit was typed twice (…元元,占…) as a part still, its total no income.total', () => {
    const doc = '# 某镇人民政府2024年部门预算编制说明\n\n';
    const twice = `${doc}2024年收入预算5280460.20元,其中:本年财政拨款收入4630460.20元,占87.69%;上年结转650000元元,占12.31%。`;
    expect(figuresOf(twice)['income.total']).toBeUndefined();
    // refused the other way: a doubled unit on a part that is no carry-in leaves the year's income its total
    const noCarry = `${doc}2024年收入预算5280460.20元,其中:本年财政拨款收入4630460.20元,占87.69%;事业收入650000元元,占12.31%。`;
    expect(figuresOf(noCarry)['income.total']).toBe('5280460.20元');
  });

  it('reads a budget document’s 收入预算总计 whose parts, each closed by a semicolon after its share, add up to it as income.total', () => {
    const doc = '# 某县文化馆2024年部门预算公开说明\n\n';
    const summed = `${doc}2024年收入预算总计640.50万元,其中:一般公共预算拨款收入600.00万元,占93.68%;其他收入40.50万元,占6.32%。`;
    expect(figuresOf(summed)['income.total']).toBe('640.50万元');
    // refused: parts that do not add up to it, or a carry-in among them, leave it the grand total
    const short = `${doc}2024年收入预算总计640.50万元,其中:一般公共预算拨款收入600.00万元,占93.68%;其他收入30.50万元,占4.76%。`;
    expect(figuresOf(short)['income.total']).toBeUndefined();
    const carried = `${doc}2024年收入预算总计640.50万元,其中:一般公共预算拨款收入600.00万元,占93.68%;上年结转40.50万元,占6.32%。`;
    expect(figuresOf(carried)['income.total']).toBeUndefined();
  });

  it('reads a budget document’s “三公”经费预算数合计 as its “三公” total', () => {
    expect(figuresOf('# 某县农业农村局2024年部门预算公开说明\n\n2024年“三公”经费预算数合计5.00万元,较上年减少0.50万元。')).toEqual({
      'threePublic.total': '5.00万元',
    });
  });

  it('reads the “三公” budget of a budget document as its “三公” total, and as the budget anywhere else', () => {
    const budget =
      '# 某镇2024年“三公”经费预算情况\n\n2024年一般公共预算“三公”经费支出预算为9.6万元,其中:公务用车运行维护费6.6万元,公务接待费3万元。';
    expect(extract(docOf(budget)).figures['threePublic.total']?.value).toBe('9.6');
    const untitled = extract(docOf(budget.replace(/^# .*\n\n/, '')));
    expect([untitled.figures['threePublic.total']?.value, untitled.figures['threePublic.budget']?.value]).toEqual([undefined, '9.6']);
    const tableTitled =
      '经汇总,2024年本级一般公共预算中“三公”经费支出预算为120万元,其中:公务接待费20万元。\n\n2024年本级“三公”经费预算支出表\n\n| 项目 | 预算数 |\n|---|---|\n| 合计 | 120 |';
    expect(extract(docOf(tableTitled)).figures['threePublic.total']?.value).toBe('120');
    const arranged =
      '# 某局2024年“三公”经费安排情况\n\n2024年本部门财政拨款安排“三公”经费12万元,其中:公务接待费2万元,公务用车运行维护费10万元。';
    expect(extract(docOf(arranged)).figures['threePublic.total']?.value).toBe('12');
  });

  it('reads the “三公” funds a budget arranged (预算安排的“三公”经费总额) as their budget in a self-evaluation, not their spending', () => {
    const text =
      '# 某县林业局2023年度部门整体支出绩效自评报告\n\n全年支出合计620.5万元。2023年度本局预算安排的“三公”经费总额为8.40万元,较上年减少0.6万元。';
    const f = extract(docOf(text)).figures;
    expect(f['threePublic.total']).toBeUndefined();
    expect(f['threePublic.budget']?.value).toBe('8.40');
    // 的 after words of spending leaves what was spent
    const spent = extract(docOf(text.replace('预算安排的', '实际支出的'))).figures;
    expect(spent['threePublic.total']?.value).toBe('8.40');
  });

  it('reads an untitled text that sets its “三公” budget against last year’s budget, naming no spending, as a budget document', () => {
    const text =
      '经汇总,2025年一般公共预算“三公”经费支出预算为7.40万元,其中:公务用车运行维护费5.40万元,公务接待费2万元。与2024年预算相比减少0.60万元,主要是压缩接待开支。';
    expect(extract(docOf(text)).figures['threePublic.total']?.value).toBe('7.40');
    // a text that names what was spent sets the budget against it: the budget stays the budget
    const spent = extract(docOf(text.replace('主要是压缩接待开支', '全年决算支出6.90万元')));
    expect(spent.figures['threePublic.total']?.value).not.toBe('7.40');
    expect(spent.figures['threePublic.budget']?.value).toBe('7.40');
  });

  it('reads an untitled text stating its budgeted income and its budgeted spending as totals (预算总收入 / 预算总支出), naming no spending, as a budget document', () => {
    const text =
      '二、预算安排情况\n\n预算总收入417.6万元,其中:经费拨款417.6万元。\n\n预算总支出417.6万元,其中:基本支出237.6万元;项目支出180万元。';
    const figures = extract(docOf(text)).figures;
    expect(figures['expense.total']?.value).toBe('417.6');
    expect(figures['budget.total']).toBeUndefined();
    // refused: one of the two alone, or a text that names what was spent, keeps the budget the unit's budget
    const spendingOnly = extract(docOf('二、预算安排情况\n\n预算总支出417.6万元,其中:基本支出237.6万元;项目支出180万元。')).figures;
    expect(spendingOnly['expense.total']).toBeUndefined();
    const spent = extract(docOf(`${text}\n\n全年实际支出410.2万元。`)).figures;
    expect(spent['budget.total']?.value).toBe('417.6');
  });

  it('reads a finance bureau’s sum of its units’ “三公” budgets (…“三公”经费预算汇总情况说明) as a budget document', () => {
    const text =
      '# 某某区2025年“三公”经费预算汇总情况说明\n\n经区财政局汇总,2025年区本级部门使用财政拨款安排“三公”经费预算总额为640万元。其中:公务接待费300万元。';
    expect(extract(docOf(text)).figures['threePublic.total']?.value).toBe('640');
    // a sum of the year's final accounts is no budget document
    const accounts = text.replace('预算汇总', '决算汇总').replace('预算总额', '决算总额');
    expect(extract(docOf(accounts)).figures['threePublic.budget']).toBeUndefined();
  });

  it('reads an untitled text that sets its “三公” budget against another year’s amount (较2024年的N万元, 较上年年初预算的N万元) as a budget document', () => {
    const against = (tail: string) =>
      extract(docOf(`经某市财政局汇总,2025年全市使用财政拨款安排“三公”经费预算总额为1580万元,${tail}。其中:公务接待费210万元。`)).figures;
    expect(against('较2024年的1700万元减少120万元')['threePublic.total']?.value).toBe('1580');
    expect(against('较2024年年初预算的1700万元减少120万元')['threePublic.total']?.value).toBe('1580');
    const initial = extract(docOf('2025年本局“三公”经费支出预算为12万元,与2024年年初预算相比减少1万元。')).figures;
    expect(initial['threePublic.total']?.value).toBe('12');
    // the rule a budget document cites (《某省预决算公开操作规程》) names no spending
    const cited = extract(
      docOf('根据《某省预决算公开操作规程》的规定,经汇总,2025年全市“三公”经费预算总额为1580万元,较2024年的1700万元减少120万元。'),
    ).figures;
    expect(cited['threePublic.total']?.value).toBe('1580');
    // refused: spending set against another year's spending is no budget; a text that names spending keeps the budget a budget
    const spent = extract(docOf('2024年本局“三公”经费支出50万元,较2023年的60万元减少10万元。')).figures;
    expect(spent['threePublic.budget']).toBeUndefined();
    const named = against('较2024年的1700万元减少120万元,2024年决算支出1650万元');
    expect(named['threePublic.total']?.value).not.toBe('1580');
    expect(named['threePublic.budget']?.value).toBe('1580');
  });

  it('lets progress on the way (截至6月底, 上半年, 1-9月) yield to the whole year’s statement of the same figure, with no repeat.mismatch', () => {
    const figuresOf = (text: string) => {
      const r = extract(docOf(`${TITLE}${text}`));
      return {
        executed: r.figures['budget.executed']?.mentions.map((m) => m.value),
        rate: r.figures['budget.executionRate']?.mentions.map((m) => m.value),
        repeats: r.discrepancies.filter((d) => d.rule === 'repeat.mismatch').length,
      };
    };
    const year = { executed: ['1150'], rate: ['95.83'], repeats: 0 };
    expect(figuresOf('全年预算1200万元。截至2023年6月底,已支出500万元,执行率41.67%;截至12月31日,共支出1150万元,执行率95.83%。')).toEqual(
      year,
    );
    expect(figuresOf('全年预算1200万元。上半年支出500万元,执行率41.67%;全年支出1150万元,执行率95.83%。')).toEqual(year);
    expect(figuresOf('全年预算1200万元,全年支出1150万元,执行率95.83%。其中,1-9月支出800万元,执行率66.67%。')).toEqual(year);
    // alone, a figure counted to a date before the year's end stands: the report has no other
    expect(figuresOf('项目资金1200万元,截至2023年11月30日,已支出1150万元,执行率95.83%。')).toEqual(year);
    // counted to a date after the year, past its end, beside the year's own statement: what was spent by then is no
    // second statement of the year's spending
    expect(figuresOf('全年预算1200万元,全年支出1150万元,执行率95.83%。截至2024年3月底,累计支出1200万元,执行率100%。')).toEqual(year);
    // counted to a date after the year (截至2024年3月底, looking back on 2023) is no progress on the way
    expect(figuresOf('全年预算1200万元,截至2024年3月底,共支出1150万元,执行率95.83%。截至2023年6月底支出500万元,执行率41.67%。')).toEqual(
      year,
    );
  });

  it('reads no year’s execution from a monitoring report or an in-year bulletin: its spending by a date is progress', () => {
    const read = (text: string) => {
      const r = extract(docOf(text));
      return {
        budget: r.figures['budget.total']?.value,
        executed: r.figures['budget.executed']?.value,
        rate: r.figures['budget.executionRate']?.value,
      };
    };
    const none = { budget: undefined, executed: undefined, rate: undefined };
    // an in-year bulletin of any kind, its figures counted to the end of a month
    expect(
      read('# 关于某研究院2021年1-8月预算执行情况的通报\n\n截至8月底,全院累计支出9360万元,完成预算的61.2%,低于序时进度5.5个百分点。'),
    ).toEqual(none);
    // a monitoring report keeps the year's budget it names, not what was spent by 30 June
    expect(
      read(
        '# 某局2022年度项目绩效运行监控报告\n\n一、项目基本情况\n\n2022年本级财政预算安排专项资金共计1834.5万元,截至2022年6月30日,已支出702.3万元,执行率38.28%。',
      ),
    ).toEqual({ budget: '1834.5', executed: undefined, rate: undefined });
    expect(read('# 某中心项目绩效监控情况表\n\n上半年,项目预算360万元,已支付150万元,支付进度41.67%。').executed).toBeUndefined();
    // a report looking back on its year keeps what it spent by a date when it states nothing else, and a monitoring
    // word in its body names no monitoring report
    expect(read('# 某局2023年度项目支出绩效自评报告\n\n项目资金1200万元,截至2023年11月30日,已支出1150万元,执行率95.83%。')).toEqual({
      budget: '1200',
      executed: '1150',
      rate: '95.83',
    });
    expect(
      read('# 某局2023年度项目支出绩效自评报告\n\n年中开展了绩效监控。项目资金1200万元,截至2023年11月30日,已支出1150万元,执行率95.83%。')
        .executed,
    ).toBe('1150');
    // the quarters' rates a self-evaluation states beside the year's in its first lines (inside the title zone) name no
    // bulletin of progress: the year's rate stands, the quarters' yield to it
    expect(
      read(
        '# 某局2023年度部门整体支出绩效自评报告\n\n一、预算执行情况\n\n2023年度部门预算执行率为97.6%。上半年执行率48.2%,前三季度执行率71.9%。',
      ).rate,
    ).toBe('97.6');
    // a monitoring report's spending with no date, or 截至目前, is the progress by the report's date too
    expect(read('# 某局2023年项目绩效运行监控报告\n\n项目全年预算300万元,截至目前已支出120万元,执行率40%。')).toEqual({
      budget: '300',
      executed: undefined,
      rate: undefined,
    });
    expect(read('# 某站2021年度绩效监控情况报告\n\n专项资金预算85万元,已支付32.6万元,预算执行率38.35%。').executed).toBeUndefined();
    // a monitoring report's figures for the whole year (截至12月31日, 全年支出) are the year's
    expect(read('# 某局2022年度绩效运行监控报告\n\n项目预算500万元,全年实际支出480万元,执行率96%。').executed).toBe('480');
    expect(read('# 某局2022年度绩效运行监控报告\n\n项目预算500万元,截至2022年12月31日,已支出480万元,执行率96%。').executed).toBe('480');
  });

  it('reads no spending from 公共项目支出, a class of projects a budget is split into (公共 is no 共 "in all")', () => {
    const read = (text: string) => extract(docOf(`# 某局2022年度项目支出绩效自评报告\n\n${text}`)).figures['budget.executed']?.value;
    expect(read('年初预算安排共计860.5万元,其中公用经费20.5万元,部门项目支出140万元,公共项目支出700万元。')).toBeUndefined();
    expect(read('全年预算安排390万元,其中公共项目支出310万元,部门项目支出80万元。')).toBeUndefined();
    // refused: 共 (in all) before the project's spending, and the project's own spending, are still read
    expect(read('项目预算300万元,截至年底共项目支出285万元,支付率95%。')).toBe('285');
    expect(read('项目预算300万元,截至年底,该项目支出285万元,支付率95%。')).toBe('285');
  });

  it('reads the parts another year’s total goes on to list (其中, past ";") as that year’s, not the report’s', () => {
    const text = `${TITLE}2023年度支出合计1,500万元,其中:基本支出1,200万元;项目支出300万元。2022年度支出合计1,300万元,其中:基本支出1,100万元,占84.6%;项目支出200万元,占15.4%。2023年度基本支出比上年增加100万元。`;
    const r = extract(docOf(text));
    expect(r.figures['expense.basic']?.mentions.map((m) => m.value)).toEqual(['1200']);
    expect(r.figures['expense.project']?.mentions.map((m) => m.value)).toEqual(['300']);
    expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // a comparison inside a clause ("比上年支出…") opens no other year: the items after it are read
    const compared = `${TITLE}2023年“三公”经费支出20万元,其中:公务接待费支出8万元,比上年支出9万元减少1万元;公务用车运行维护费支出12万元。`;
    expect(extract(docOf(compared)).figures['threePublic.vehicleRunning']?.value).toBe('12');
  });

  it('reads 收入、支出决算总计 and 收入决算总计 as the money available (both statements kept for repeat.mismatch)', () => {
    const text = `# 青山市残疾人联合会2022年度部门决算\n\n一、收入支出决算总体情况说明\n青山市残疾人联合会部门2022年度收入、支出决算总计824.60万元。其中:\n(一)收入决算总计412.30万元。包括:\n1.本年收入决算合计400.30万元。\n2.年初结转和结余12.00万元。\n(二)支出决算总计412.30万元。`;
    const r = extract(docOf(text));
    expect(r.figures['income.grandTotal']?.mentions.map((m) => m.value)).toEqual(['824.60', '412.30']);
    expect(r.figures['expense.grandTotal']?.value).toBe('412.30');
    // one funding line's 收、支总计 is that line's, not the unit's
    expect(figuresOf(`${TITLE}2023年度财政拨款收、支总计均为500.00万元。`)['income.grandTotal']).toBeUndefined();
  });

  it('reads a year before’s “三公” spending, recalled beside this year’s budget, as that year’s', () => {
    const text =
      '# 某局2024年“三公”经费预算安排情况\n\n一、2024年“三公”经费预算安排情况\n2024年度“三公”经费预算总计12万元,其中:公务接待费4万元,公务用车运行维护费8万元。\n二、2023年“三公”经费决算情况\n2023年度“三公”经费合计支出10.5万元,其中:公务接待费3.5万元,公务用车运行维护费7万元。';
    const r = extract(docOf(text));
    expect(r.figures['threePublic.total']?.value).toBe('12');
    expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
  });

  it('reads a side total opening its clause after a funding line’s total as that line’s other side, not the unit’s', () => {
    const text =
      '# 某县实验小学2023年度单位决算\n\n一、收入支出决算总体情况说明\n2023年度收入总计812.5万元,支出总计812.5万元。\n四、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计760.2万元(含年初财政拨款结转和结余),支出总计760.2万元(含年末财政拨款结转和结余)。';
    const r = extract(docOf(text));
    expect(r.figures['expense.grandTotal']?.mentions.map((m) => m.value)).toEqual(['812.5']);
    expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // the bare 支出 and the carry-over after a funding line's income are that line's too
    const bare =
      '# 某县实验小学2023年度单位决算\n\n2023年度本年支出合计790万元,年末结转和结余22.3万元。\n2023年度一般公共预算财政拨款收入760.2万元,支出750.1万元,年末结转和结余10.1万元。';
    const b = extract(docOf(bare));
    expect(b.figures['expense.total']?.mentions.map((m) => m.value)).toEqual(['790']);
    expect(b.figures['carryover.end']?.mentions.map((m) => m.value)).toEqual(['22.3']);
  });

  it.each([
    [
      'the total under another year, spending named before 决算',
      '2023年度“三公”经费支出决算7.20万元,2022年度“三公”经费支出决算8.50万元,同比减少1.30万元。',
      { 'threePublic.total': '7.20万元' },
    ],
    [
      'the year before named as such, and the item its sentence goes on to',
      '2023年度“三公”经费支出7.20万元,其中公务接待费2.10万元。上年“三公”经费支出8.50万元,其中公务接待费2.50万元。',
      { 'threePublic.total': '7.20万元', 'threePublic.reception': '2.10万元' },
    ],
    [
      // "…总额为63.46万元,而2022年度预算安排的“三公”经费总额为32万元": a conjunction (而, 但) before the year still opens the clause on it
      'the budget under the year before, after a conjunction opening its clause',
      '2023年度本单位预算安排“三公”经费总额为63.46万元,而2022年度预算安排的“三公”经费总额为32万元。',
      { 'threePublic.budget': '63.46万元' },
    ],
    [
      'refused: the report’s own year after a conjunction is still the report’s',
      '2023年度“三公”经费支出决算7.20万元,而2023年度公务接待费2.10万元。',
      { 'threePublic.total': '7.20万元', 'threePublic.reception': '2.10万元' },
    ],
    [
      'an item named alone under another year',
      '“三公”经费支出情况:2023年度公务接待费2.10万元,2022年度公务接待费2.50万元。',
      { 'threePublic.reception': '2.10万元' },
    ],
    // refused: a comparison inside a clause (比上年…) opens no year
    // a year slip: a report on 2023 that heads its “三公” account 2022年, no other statement beside it, keeps the figure
    [
      'another year alone in its sentence (a year slip)',
      '2022年“三公”经费财政拨款支出决算为3.46万元,完成预算100%。',
      { 'threePublic.total': '3.46万元' },
    ],
    [
      'a comparison with the year before inside the clause',
      '2023年度“三公”经费支出7.20万元,比上年减少1.30万元,其中公务接待费2.10万元,比上年减少0.40万元。',
      { 'threePublic.total': '7.20万元', 'threePublic.reception': '2.10万元' },
    ],
    [
      'a later sentence that opens on next year and lists its budget’s items, the report’s year named only to compare with',
      '2023年“三公”经费财政拨款预算中,因公出国(境)费0万元,公务用车购置及运行费10万元,公务接待费5万元。2024年“三公”经费财政拨款预算中,因公出国(境)费0万元,公务用车购置及运行费12万元(较2023年增加2万元),公务接待费6万元。',
      { 'threePublic.vehicle.budget': '10万元', 'threePublic.reception.budget': '5万元' },
    ],
    [
      'a later sentence that opens on earlier years after a lead-in of words alone (据了解,…), the report’s year named nowhere',
      '2023年度“三公”经费支出合计8.6万元,其中公务接待费2.6万元,公务用车运行维护费6万元。据了解,2021年全局“三公”经费合计9.8万元,2022年为9.1万元。',
      { 'threePublic.total': '8.6万元' },
    ],
    [
      'a numbered sentence that opens on the year before, in traditional characters',
      '(一)2023年“三公”經費財政撥款預算中,因公出國(境)費0萬元,公務接待費5萬元。(二)2022年“三公”經費財政撥款預算中,因公出國(境)費0萬元,公務接待費7萬元。',
      { 'threePublic.reception.budget': '5万元' },
    ],
  ] as const)('reads “三公” amounts under another year as that year’s, with no repeat.mismatch (%s)', (_shape, sentence, want) => {
    const r = extract(docOf(`# 某区农业农村局2023年度部门决算\n\n${sentence}`));
    for (const [key, value] of Object.entries(want)) expect(`${r.figures[key]?.value}${r.figures[key]?.unit}`, key).toBe(value);
    expect(repeats(r)).toEqual([]);
  });

  it('reads “三公” items restated in a later sentence that names the report’s year (2024年1月,经核实,2023年…) as a second statement, still', () => {
    const r = extract(
      docOf(
        '# 某区农业农村局2023年度部门决算\n\n2023年“三公”经费财政拨款支出决算中,因公出国(境)费0万元,公务用车购置及运行费10万元,公务接待费5万元。\n\n2024年1月,经核实,2023年“三公”经费中公务用车购置及运行费为12万元。',
      ),
    );
    expect(repeats(r).length).toBe(1);
  });

  it('refused: a lead-in of words (经核实,) before the report’s own year leaves a later “三公” total a second statement of it', () => {
    const r = extract(
      docOf(
        '# 某区农业农村局2023年度部门决算\n\n2023年度“三公”经费支出合计8.6万元,其中公务接待费2.6万元,公务用车运行维护费6万元。\n\n经核实,2023年全局“三公”经费合计9.6万元。',
      ),
    );
    expect(repeats(r).map((d) => d.rule)).toEqual(['repeat.mismatch']);
  });

  it('reads 财政拨款收入总计 beside the account’s 财政拨款收入 as the appropriations available, not a second statement of it', () => {
    const text =
      '# 中共青山县委宣传部2023年度部门决算公开说明\n\n三、收入决算情况说明\n2023年度本年收入合计800.12万元,其中:财政拨款收入800.12万元,占100%;其他收入0万元。\n五、财政拨款收入支出决算总体情况说明\n2023年度财政拨款收入总计856.32万元、支出总计856.32万元。';
    const r = extract(docOf(text));
    expect(r.figures['income.fiscal']?.mentions.map((m) => m.value)).toEqual(['800.12']);
    expect(r.figures['income.fiscalGrandTotal']?.value).toBe('856.32');
    expect(repeats(r)).toEqual([]);
    // alone (no 财政拨款收入 stated beside it) it is still the appropriation income
    const alone = '# 中共青山县委宣传部2023年度部门决算公开说明\n\n2023年度财政拨款收入总计856.32万元,与2022年相比增加40万元。';
    expect(figuresOf(alone)['income.fiscal']).toBe('856.32万元');
    // two statements of 财政拨款收入 itself that differ are still a repeat.mismatch
    const twice = `${text}\n六、其他重要事项的情况说明\n2023年度财政拨款收入810.12万元。`;
    expect(repeats(extract(docOf(twice))).map((d) => d.rule)).toEqual(['repeat.mismatch']);
  });

  it.each([
    ['年末财政拨款结转和结余 after 其中', '2022年度财政拨款支出总计418.6万元,其中年末财政拨款结转和结余12.4万元。'],
    ['一般公共预算财政拨款年末结转和结余', '2022年度一般公共预算财政拨款支出406.2万元,一般公共预算财政拨款年末结转和结余12.4万元。'],
  ])('reads a funding line’s carry-over alone (%s) as no carry-over of the unit’s', (_shape, sentence) => {
    const accounts = '# 某县档案馆2022年度部门决算公开说明\n\n2022年度本年收入合计420.5万元,本年支出合计410.3万元。\n';
    expect(figuresOf(accounts + sentence)['carryover.end']).toBeUndefined();
    // beside the unit's own, it is one more statement of it
    const both = `${accounts}2022年度年末结转和结余12.4万元。\n${sentence}`;
    expect(extract(docOf(both)).figures['carryover.end']?.mentions.map((m) => m.value)).toEqual(['12.4', '12.4']);
  });

  it('reads a funding line’s different carry-over beside the unit’s as a part of it where the unit has money of its own, and as a restatement where the unit’s money is the fund’s', () => {
    const accounts = '# 某县中心卫生院2023年度部门决算\n\n';
    const own = `${accounts}2023年度本年收入合计720.4万元,其中事业收入180万元。本年支出合计700.2万元,年末结转和结余25.3万元。\n2023年度财政拨款支出总计545.6万元,其中年末财政拨款结转和结余6.2万元。`;
    const r = extract(docOf(own));
    expect(r.figures['carryover.end']?.mentions.map((m) => m.value)).toEqual(['25.3']);
    expect(repeats(r)).toEqual([]);
    // refused: where the unit's income is the general public budget's to the digit, its carry-over is the unit's restated
    const allFund = `${accounts}2023年度本年收入合计540.4万元,本年支出合计530.2万元,年末结转和结余25.3万元。\n2023年度一般公共预算财政拨款收入540.4万元,一般公共预算财政拨款年末结转和结余2.53万元。`;
    expect(repeats(extract(docOf(allFund))).map((d) => d.rule)).toEqual(['repeat.mismatch']);
  });

  it('in final accounts, a total whose first part is the year’s own (收入共计…,其中本年收入…) is the money available, not the year’s income (no repeat.mismatch)', () => {
    const accounts = '# 某市医疗保障局2023年度部门决算公开说明\n\n';
    const r = extract(
      docOf(
        `${accounts}本部门2023年度收入共计1.23亿元,其中本年收入1.20亿元;支出共计1.23亿元,其中本年支出1.18亿元,年末结转和结余0.05亿元。`,
      ),
    );
    expect(r.figures['income.total']?.mentions.map((m) => m.value)).toEqual(['1.20']);
    expect(r.figures['expense.total']?.mentions.map((m) => m.value)).toEqual(['1.18']);
    expect(r.figures['income.grandTotal']?.value).toBe('1.23');
    expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // refused: 本年收入 named by the total itself keeps it the year's, whatever parts follow; parts of another kind leave it
    const own = figuresOf(
      `${accounts}2023年度本年收入1.20亿元,其中本年财政拨款收入1.15亿元。2023年度收入1,200万元,其中财政拨款收入1,150万元。`,
    );
    expect(own['income.total']).toBe('1.20亿元');
    expect(own['income.grandTotal']).toBeUndefined();
  });

  it('reads a rate or spending under another year that opens its clause (2022年同类项目执行率…) as that year’s, with no repeat.mismatch', () => {
    const r = extract(
      docOf(
        '# 某县农村公路养护项目2023年度绩效自评报告\n\n项目预算1000万元,实际支出950万元,执行率95%。2022年同类项目执行率为94.5%,2022年全系统实际支出8000万元。',
      ),
    );
    expect(r.figures['budget.executionRate']?.mentions.map((m) => m.value)).toEqual(['95']);
    expect(r.figures['budget.executed']?.mentions.map((m) => m.value)).toEqual(['950']);
    expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // refused: the report's own year keeps its rate; money granted in the year before (a budget) is still the budget
    expect(figuresOf(`${TITLE}2023年全局执行率为96%。`)['budget.executionRate']).toBe('96%');
    const project = figuresOf('# 某县农村公路养护项目2023年度绩效自评报告\n\n2022年提前下达资金100万元,2023年实际支出98万元,执行率98%。');
    expect(project['budget.total']).toBe('100万元');
    expect(project['budget.executed']).toBe('98万元');
  });

  it('reads the amounts under a heading of the “三公” funds alone (a Markdown heading or a numbered line) as theirs, never the unit’s (no repeat.mismatch)', () => {
    const unit = `${TITLE}一、预算执行\n\n全年预算986.5万元,实际支出976.3万元。\n\n`;
    for (const heading of ['## (一)“三公”经费\n\n', '(一)“三公”经费支出情况\n\n', '(一)“三公”经费\n']) {
      const r = extract(docOf(`${unit}${heading}预算:10万元\n\n实际支出:8万元`));
      expect(r.figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['986.5']);
      expect(r.figures['threePublic.total']?.value).toBe('8');
      expect(r.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    }
    // refused: a heading of other topics beside them leaves each sentence to its own words; another heading ends the section
    const mixed = figuresOf(`${unit}(五)“三公”经费、机关运行经费情况\n\n机关运行经费支出46.89万元。`);
    expect(mixed['expense.operation']).toBe('46.89万元');
    const after = extract(docOf(`${unit}(一)“三公”经费\n\n实际支出:8万元\n\n(二)预算执行\n\n预算执行率:98.97%`));
    expect(after.figures['budget.executionRate']?.value).toBe('98.97');
  });

  it('reads a paragraph of lines that each state one figure by its label as a sentence a line (“三公”经费:X over 自评得分:N分)', () => {
    const r = figuresOf(`${TITLE}一、预算执行\n\n实际支出:976.3万元\n“三公”经费:8.60万元\n自评得分:88分`);
    expect(r['threePublic.total']).toBe('8.60万元');
    expect(r['eval.score']).toBe('88分');
    // refused: under a name's line the lines are that name's, one sentence (a task row, no figure of the unit's)
    const named = extract(docOf(`${TITLE}二、重点项目\n\n档案数字化项目\n预算金额:50万元\n实际支出:48万元\n执行率:96%`));
    expect(named.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['档案数字化项目', '50', '48', '96']]);
    expect(named.figures['budget.executionRate']).toBeUndefined();
  });

  it('reads the amounts under a “三公” item’s own heading line as that item’s, never the unit’s spending', () => {
    const budget =
      '# 某小学2022年“三公”经费预算情况\n\n本校2022年“三公”经费支出预算为6.5万元。分项如下:\n(一)公务接待费。2022年预算支出为2.5万元,较上年持平。\n(二)公务用车运行维护费。2022年预算支出为4万元。';
    expect(figuresOf(budget)).toEqual({
      'threePublic.total': '6.5万元',
      'threePublic.reception.budget': '2.5万元',
      'threePublic.vehicleRunning.budget': '4万元',
    });
    const spent = '# 某县档案馆2022年度部门决算公开说明\n\n具体情况如下:\n(一)公务接待费。2022年支出1.8万元,较上年减少0.2万元。';
    expect(figuresOf(spent)).toEqual({ 'threePublic.reception': '1.8万元' });
    // a .docx or PDF copy that runs the heading into the paragraph after the colon that announced it
    const runOn = '# 某县档案馆2022年度部门决算公开说明\n\n具体情况如下: (一)因公出国(境)费。2022年支出为0万元,全年无出国任务。';
    expect(figuresOf(runOn)).toEqual({ 'threePublic.abroad': '0万元' });
    // the next year's section run into the same paragraph: its heading opens on the other year, and so do its parts
    const sections =
      '# 某局2022年“三公”经费说明\n\n一、2022年“三公”经费预算情况 2022年度“三公”经费预算总计9.6万元,其中:公务接待5.1万元,公务用车运行费用4.5万元。 二、2021年“三公”经费决算情况 2021年度“三公”经费合计支出8.8万元,其中:公务接待5.3万元,公务用车运行费用3.5万元。';
    expect(figuresOf(sections)).toEqual({ 'threePublic.total': '9.6万元', 'threePublic.vehicleRunning': '4.5万元' });
    expect(extract(docOf(sections)).figures['threePublic.vehicleRunning']?.mentions.map((m) => m.value)).toEqual(['4.5']);
  });

  it('reads no task from a functional class’s line, nor from a “三公” item named without its 费', () => {
    const text = `${TITLE}一般公共服务(类)财政事务(款)行政运行(项):支出决算为88.5万元,完成预算100%,决算数与预算数持平。\n\n其中:因公出国(境)支出0万元,年初预算为0万元,差值为0万元;公务用车购置支出0万元,年初预算为0万元,差值为0万元。`;
    expect(extract(docOf(text)).tasks).toEqual([]);
  });

  it('reads no figure of the unit from a functional class’s line whose heading is a sentence of its own', () => {
    const text = `# 某县档案馆2023年度部门决算公开说明\n\n(二)文化旅游体育与传媒支出(类)。年度预算为126万元,支出决算为131.4万元,完成年度预算的104.3%。`;
    expect(extract(docOf(text)).figures).toEqual({});
  });

  it('reads one level’s grant listed beside another level’s share as a part, not the project’s budget', () => {
    const title = '# 某县退役军人事务局2022年度优抚补助资金项目绩效自评报告\n\n';
    const parts = '2022年收到中央下达优抚补助资金500万元,省级下达60万元,县级配套40万元。';
    expect(figuresOf(title + parts)['budget.total']).toBeUndefined();
    expect(figuresOf(`${title + parts}\n\n2022年收到财政资金共600万元,支出590万元。`)).toMatchObject({ 'budget.total': '600万元' });
  });

  it('reads a lottery fund granted (下达…公益金) as the project’s budget, and a sub-project’s 项目支出 as no spending of the project', () => {
    const title = '# 某县民政局2023年度福彩公益金项目绩效自评报告\n\n';
    expect(figuresOf(`${title}2023年县级下达福彩公益金215.6万元,用于养老服务设施改造。`)).toMatchObject({ 'budget.total': '215.6万元' });
    const parts = '其中东城敬老院屋面改造项目支出30.5万元、西城敬老院消防改造项目支出12.4万元。';
    expect(figuresOf(title + parts)['budget.executed']).toBeUndefined();
  });

  it('reads 完成预算(含…)的 N% as the execution rate, a note on what the budget counts inside its words', () => {
    const text = '# 某研究所2019年度预算执行情况\n\n截至12月底,全所累计支出2410万元,完成预算(含结余)的68.2%。';
    expect(figuresOf(text)).toMatchObject({ 'budget.executionRate': '68.2%' });
    // (a bulletin of 1-9月 states progress, no year's rate: see the monitoring reports above)
  });

  it('reads a budget document’s 相应安排支出预算 as its budgeted spending (expense.total)', () => {
    const text =
      '# 某县实验小学2024年单位预算公开\n\n2024年某县实验小学单位预算收入总额为960.5万元。相应安排支出预算960.5万元,其中:基本支出700.2万元,项目支出260.3万元。';
    expect(figuresOf(text)).toMatchObject({ 'expense.total': '960.5万元' });
  });

  it('reads a works project’s completed investment (实际完成投资) against its grant as the budget’s execution', () => {
    const text = '# 某县交通运输局2021年度村道安防工程项目绩效自评报告\n\n该项目下达资金64万元,实际完成投资61.2万元。';
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '64万元', 'budget.executed': '61.2万元' });
  });

  it('reads 执行预算资金(合计) as the budget’s money that was used, not as the budget', () => {
    const text = '# 某县2023年度耕地保护项目绩效自评报告\n\n项目全年预算资金合计320万元,实际全年执行预算资金合计301.5万元。';
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '320万元', 'budget.executed': '301.5万元' });
  });

  it('reads spending that opens on another year with an adverb or 完成 before its label as that year’s, not the report’s', () => {
    const title = '# 某县2023年度农机购置补贴项目绩效自评报告\n\n';
    for (const lead of ['2022年完成支付', '2022年实际支出', '2022年累计拨付'])
      expect(figuresOf(`${title}2022年下达项目资金900万元(两年期项目)。${lead}420万元。`)['budget.executed']).toBeUndefined();
  });

  it('reads nothing from the sentence under a functional class’s own heading: that class’s budget and spending', () => {
    const text =
      '# 某区档案局2019年度部门决算情况说明\n\n(二)文化旅游体育与传媒支出(类)。年度预算为58万元,支出决算为61万元,完成年度预算的105.17%。';
    const got = extract(docOf(text)).figures;
    expect(got['budget.total']).toBeUndefined();
    expect(got['budget.executed']).toBeUndefined();
    expect(got['budget.executionRate']).toBeUndefined();
  });

  it.each([
    '2023年度一般公共预算财政拨款支出年初预算为640万元,支出决算为652.3万元,完成年初预算的101.9%。',
    '2023年一般公共预算财政拨款支出预算数为640万元,决算数为652.3万元,完成预算的101.9%。',
    '2023年度一般公共预算财政拨款支出决算为652.3万元,完成预算的101.9%,决算数大于预算数的主要原因是追加了人员经费。',
  ])('in final accounts, a funding line’s spending set against its budget is that line’s: %s', (text) => {
    const r = extract(docOf(`# 某县档案馆2023年度部门决算公开说明\n\n${text}`));
    const got = Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]));
    expect(got['expense.generalPublic']).toBe('652.3');
    expect(Object.keys(got).filter((k) => /^budget\.[a-zA-Z]+$/.test(k))).toEqual([]);
  });

  it('in final accounts, a rate after an amount no wording names is that amount’s (a class’s), not the unit’s', () => {
    const r = extract(docOf('# 某县档案馆2023年度部门决算公开说明\n\n其中:教育支出595.5万元,主要用于学校运转,完成年初预算100%。'));
    expect(r.figures['budget.executionRate']).toBeUndefined();
  });

  it('in a project’s report: 预算项目支出 is a class of the budget, not what was spent; 项目资金总预算 is the budget', () => {
    const text =
      '# 某县农机局2021年度项目支出绩效自评报告\n\n一、项目基本情况\n\n某县农机局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为1260.5万元,其中部门预算项目支出62.5万元,专项预算支出1198万元。';
    expect(figuresOf(text)).toEqual({ 'budget.total': '1260.5万元' });
  });

  it('in a project’s report: funds cut or added in the year (年中调减…财政资金, 追加专项资金) are no budget total', () => {
    const cut = '# 某县农机中心2024年度农机补贴项目绩效自评报告\n\n该项目年初预算640万元,年中调减中央财政资金150万,实际支出490万元。';
    expect(figuresOf(cut)).toEqual({ 'budget.initial': '640万元', 'budget.executed': '490万元' });
    const added = '# 某县文化馆2024年度免费开放项目绩效自评报告\n\n该项目年初预算36万元,年内追加专项资金12万元,实际支出47.5万元。';
    expect(figuresOf(added)['budget.total']).toBeUndefined();
  });

  it('in a project’s report: one batch of the funds (第三批补助资金), or a remark in brackets after an item’s amount, is no budget total', () => {
    const batch = '# 某县林草局2022年度生态保护专项转移支付绩效自评报告\n\n本年度收到第二批补助资金80万元,实际支出76万元。';
    expect(figuresOf(batch)['budget.total']).toBeUndefined();
    const remark =
      '# 某县林草局2022年度生态保护专项转移支付绩效自评报告\n\n目前共支付资金96万元,资金执行率32%。分项目如下:①防火队建设补助应到位120万元(含2021年防火物资补助资金20万),实际到位96万元。';
    expect(figuresOf(remark)['budget.total']).toBeUndefined();
    // (the funds named with no batch and no bracket are the total, as before)
    expect(figuresOf('# 某县林草局2022年度生态保护专项转移支付绩效自评报告\n\n该项目补助资金80万元,实际支出76万元。')['budget.total']).toBe(
      '80万元',
    );
  });

  it('in a project’s report: two kinds of its funds joined and summed (A资金及B资金合计) are its budget; after 其中 they are a part', () => {
    const title = '# 某县实验小学2021年度项目资金绩效自评报告\n\n';
    const whole = `${title}截至2020年12月31日,我校所有预算项目资金及追加预算项目资金合计80万元已全部到位。2021年实际支出80万元。`;
    expect(figuresOf(whole)).toEqual({ 'budget.total': '80万元', 'budget.executed': '80万元' });
    const part = `${title}项目总预算120万元,其中:预算项目资金及追加预算项目资金合计80万元。2021年实际支出118万元。`;
    expect(figuresOf(part)['budget.total']).toBe('120万元');
  });

  it('in a project’s report: amounts its text adds up into a 共计 after them are parts, no budget and no spending', () => {
    const title = '# 某管理区2023年度农机购置补贴专项转移支付绩效自评报告\n\n';
    const parts = `${title}2023年度省级拨付我区补贴资金60万元,中央拨付20万元.上年度结余的资金5万元,共计85万元。2023年实际使用补贴资金70万元。`;
    // (省级拨付 alone reads as money paid out: before, the first part was taken for the spending; the parts run on across
    // the "." into the sentence of their 共计, which is the project's budget, as it is where a comma stands there, and the
    // money used is set against it)
    expect(figuresOf(parts)).toEqual({ 'budget.total': '85万元', 'budget.executed': '70万元' });
    // (a 共计 the amounts do not add up to says nothing of them: the first is read as before)
    const notSummed = `${title}2023年度省级拨付我区补贴资金60万元,中央拨付20万元,共计90万元。2023年实际使用补贴资金70万元。`;
    expect(figuresOf(notSummed)['budget.disbursed']).toBe('60万元');
  });

  it('in a project’s report: 总资金规模 is its budget and money paid on to the implementing units (实际拨付至N个项目实施单位) its spending', () => {
    const title = '# 某省2023年度县域商业建设专项资金绩效自评报告\n\n';
    const text = `${title}总资金规模240万元(其中中央财政资金200万元,省级财政资金40万元),实际拨付至26个项目实施单位160.5万元,总体资金执行进度为66.88%。`;
    expect(figuresOf(text)).toEqual({ 'budget.total': '240万元', 'budget.executed': '160.5万元', 'budget.executionRate': '66.88%' });
    // (paid on to another government's office is passed on, no spending: 拨付至市财政局)
    expect(figuresOf(`${title}总资金规模240万元,已拨付至市财政局160.5万元。`)['budget.executed']).toBeUndefined();
  });

  it('in a project’s report: 资金总计 states the funds’ total as 资金总额 does', () => {
    const text =
      '# 某县水利局2020年度河道整治专项资金绩效评价报告\n\n一、专项资金基本情况\n\n2020年度专项资金绩效评价资金总计46.3万元,其中甲河治理工程监理费20万元,青苗补偿费26.3万元。';
    expect(figuresOf(text)).toEqual({ 'budget.total': '46.3万元' });
  });

  it('in a project’s report: a budget that 其中 opens right after the sentence’s amount is one source’s share, not the budget', () => {
    const text =
      '# 某县2023年度耕地地力保护补贴资金绩效自评报告\n\n一、资金到位情况\n\n2023年耕地地力保护补贴资金全年预算数860万元:其中中央转移支付资金预算资金合计700万元,占比81.4%;县级配套资金160万元。';
    expect(extract(docOf(text)).figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['860']);
  });

  it('in a project’s report: funds a level grants (省级下达X专项资金预算) are the report’s own, not an item named 下达…', () => {
    const text =
      '# 某县2022年度农村文化建设专项资金绩效自评报告\n\n一、基本情况\n\n2022年省级下达农村文化建设专项资金预算80万元,绩效目标如下。';
    expect(figuresOf(text)).toEqual({ 'budget.total': '80万元' });
    expect(extract(docOf(text)).tasks).toEqual([]);
  });

  it('in a transfer-payment self-evaluation: the fund its title names as a transfer (X补助资金专项转移支付2023年度绩效自评报告) is the report’s own', () => {
    const title = '基层医疗服务能力提升补助资金专项转移支付\n2023年度绩效自评报告\n\n一、基本情况\n\n';
    const text = `${title}2023年我县基层医疗服务能力提升补助资金共计100万元。2023年我县基层医疗服务能力提升补助资金支出80万元,均用于设备采购。`;
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '100万元', 'budget.executed': '80万元' });
    expect(extract(docOf(text)).tasks).toEqual([]);
  });

  it('in a transfer-payment self-evaluation: the transfer its first heading names (下达X转移支付预算和绩效目标情况) is the report’s own', () => {
    const text =
      '一、绩效目标分解下达情况\n\n(一)下达耕地保护补贴项目转移支付预算和绩效目标情况。2023年耕地保护补贴项目预算资金合计600万元,全年执行数580万元。';
    expect(figuresOf(text)).toEqual({ 'budget.total': '600万元', 'budget.executed': '580万元' });
  });

  it('in a project’s report: funds a level takes back (追减…专项资金) are no budget total', () => {
    const text =
      '# 某县2021年度公共文化服务专项资金绩效自评报告\n\n省财政厅下达我县公共文化专项资金300万元。省财政厅追减我县公共文化专项资金100万元。';
    expect(extract(docOf(text)).figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['300']);
  });

  it('in a project’s report: the budget a wording names itself (全年预算数) stands before grants the project-only wordings guessed at', () => {
    const text =
      '# 某省2024年度城乡居民养老保险补助资金绩效自评报告\n\n2024年度,中央分两批向我省下达养老保险转移支付资金9000万元。全省各级财政安排配套资金4588.5万元。2024年,全年预算数14375.3万元,执行数10429.6万元。';
    const r = extract(docOf(text));
    expect(r.figures['budget.total']?.mentions.map((m) => `${m.value}${m.candidate ? ' (candidate)' : ''}`)).toEqual([
      '14375.3',
      '9000 (candidate)',
      '4588.5 (candidate)',
    ]);
    // refused: with guesses alone, the first stands, as before
    expect(figuresOf(text.replace('全年预算数14375.3万元,', ''))['budget.total']).toBe('9000万元');
  });

  it('in a project’s report: a level’s own input opening its clause (地方投入…资金, 县级配套…资金) is one source, no budget of the project’s', () => {
    const title = '# 某市2022年度残疾人事业发展补助资金绩效自评报告\n\n';
    // the levels' grants and the local input are each one source; the report states no whole of them by a budget's words
    const text = `${title}2022年上级下达残疾人事业发展补助资金合计600万元,其中中央资金450万元。2022年地方投入残疾人事业发展补助资金380万元,全年执行资金950万元,执行率96.5%。`;
    expect(figuresOf(text)['budget.total']).toBe('600万元');
    expect(
      figuresOf(text.replace('2022年上级下达残疾人事业发展补助资金合计600万元,其中中央资金450万元。', ''))['budget.total'],
    ).toBeUndefined();
    expect(figuresOf(`${title}县级配套农村公路养护资金40万元,已支付38万元。`)['budget.total']).toBeUndefined();
    // refused: the fund's money with no level's input before it is the project's
    expect(figuresOf(`${title}2022年残疾人事业发展补助资金380万元,全年执行资金366.7万元。`)['budget.total']).toBe('380万元');
  });

  it('in a project’s report: a level’s own budget (县本级预算安排的…资金, 省级预算安排资金) is that level’s share, no budget of the project’s', () => {
    const title = '# 某市2024年度财政衔接推进乡村振兴补助资金绩效自评报告\n\n';
    const levels = '2023年度县本级预算安排的衔接资金为64万元,2024年度县本级预算安排的衔接资金为76万元,指标评价得分7分。';
    const whole = '2024年度安排财政衔接资金2110万元,其中中央资金1413万元、省级资金621万元。';
    expect(figuresOf(`${title}${levels}${whole}`)['budget.total']).toBe('2110万元');
    expect(figuresOf(`${title}${levels}`)['budget.total']).toBeUndefined();
    expect(figuresOf(`${title}2024年省级预算安排资金300万元,已支付280万元。`)['budget.total']).toBeUndefined();
    // refused: the budget's allocation with no level before it is the project's
    expect(figuresOf(`${title}2024年度预算安排的衔接资金为76万元,已支付70万元。`)['budget.total']).toBe('76万元');
  });

  it('in a project’s report: two grants made to the unit itself (向我市下达…), of different amounts, are batches: neither is the budget', () => {
    const title = '# 某市2023年度中央土壤污染防治资金绩效自评报告\n\n';
    const first = '2022年12月,自治区财政厅向我市下达2023年中央土壤污染防治资金1300万元。';
    const second = '2023年8月,自治区财政厅向我市下达2023年中央土壤污染防治资金437万元。';
    expect(figuresOf(`${title}${first}${second}`)['budget.total']).toBeUndefined();
    // refused: a grant the unit passes on is no grant to it, and the first grant stands (as a total before its parts)
    expect(figuresOf(`${title}${first}我市下达甲旗中央土壤污染防治资金437万元。`)['budget.total']).toBe('1300万元');
    // refused: the same grant stated twice is one amount
    expect(figuresOf(`${title}${first}${second.replace('437', '1300')}`)['budget.total']).toBe('1300万元');
    // the unit named right after the verb (下达我县…) is granted as well
    const after = '根据州财政局通知,下达我县奖补资金520万元。根据州财政局通知,下达我县中央财政衔接资金2261万元。';
    expect(figuresOf(`${title}${after}`)['budget.total']).toBeUndefined();
  });

  it('in a project’s report: a fund’s name, a comma, then its sum (…分2批次下达我区…资金,合计13,804万元) is the grant’s whole', () => {
    const title = '# 某区2024年度中央集中彩票公益金支持社会福利事业资金绩效自评报告\n\n';
    const whole = '2024年,中央分2批次下达我区中央集中彩票公益金支持社会福利事业资金,合计13,804万元。各批次下达情况如下:\n';
    const batches =
      '2023年11月15日,财政部下达中央集中彩票公益金支持社会福利事业专项资金11,193万元。\n2024年7月3日,财政部下达中央集中彩票公益金支持社会福利事业资金2,611万元。';
    expect(figuresOf(`${title}${whole}${batches}`)['budget.total']).toBe('13804万元');
    // refused: a comma, then a sum after words that name no fund
    expect(figuresOf(`${title}2024年,中央分2批次下达我区各类项目,合计13,804万元。`)['budget.total']).toBeUndefined();
  });

  it('a section of one level’s funds ((一)中央福彩公益金使用情况) states that funding line’s spending and rate, never the unit’s', () => {
    const report = (heading: string) =>
      `# 某区民政局2023年度福彩公益金使用情况公告\n\n一、资金使用情况\n\n${heading}\n\n安排彩票公益金5万元,用于支持孤儿助学工程。已支付4万元,预算执行进度80%。`;
    const level = figuresOf(report('(一)中央福彩公益金使用情况'));
    expect([level['budget.executed'], level['budget.executionRate']]).toEqual([undefined, undefined]);
    // refused: a section of the funds' use that names no level leaves them the unit's
    expect(figuresOf(report('(一)福彩公益金使用情况'))['budget.executionRate']).toBe('80%');
    // nor does a level that approved the money (县级批复资金情况) name a fund of its own
    expect(figuresOf(report('(一)县级批复资金情况'))['budget.executionRate']).toBe('80%');
  });

  it('in a project’s report: a sentence opening on 以上…中 / 上述…中 states a part of what it listed, no budget of the project’s', () => {
    const title = '# 某区2021年度农业生产发展资金绩效自评报告\n\n';
    expect(figuresOf(`${title}以上任务中,农业信贷担保业务奖补资金977万元由区财政局负责管理实施。`)['budget.total']).toBeUndefined();
    expect(figuresOf(`${title}上述资金中,耕地地力保护补贴资金977万元已全部发放。`)['budget.total']).toBeUndefined();
    // refused: the same grant opening its own sentence is the project's
    expect(figuresOf(`${title}农业信贷担保业务奖补资金977万元由区财政局负责管理实施。`)['budget.total']).toBe('977万元');
  });

  it('in a department’s report: funds of one kind after ";" right after the unit’s budget (…;专项资金…,实际支出…) are a part of it, no second statement of its spending', () => {
    const r = extract(docOf(`${TITLE}本年度部门预算1200万元,实际支出1150万元;专项资金300万元,实际支出280万元。`));
    expect(r.figures['budget.executed']?.mentions.map((m) => m.value)).toEqual(['1150']);
    expect(repeats(r)).toEqual([]);
  });

  it('in a project’s report: a clause a wording of every report names (资金全年预算数) is compared for repeat.mismatch, a unit slip included', () => {
    const text =
      '# 某县2024年度农机购置补贴项目绩效自评报告\n\n2024年该项目调整后预算数500万元,全年执行数500万元。项目资金全年预算数500元,其中中央资金400万元。';
    const r = extract(docOf(text));
    expect(r.figures['budget.total']?.mentions.map((m) => `${m.value}${m.unit}${m.candidate ? ' (candidate)' : ''}`)).toEqual([
      '500万元',
      '500元',
    ]);
    expect(repeats(r).map((d) => d.rule)).toEqual(['repeat.mismatch']);
  });

  it('in a form with a 行次 column copied as text, the row number between a row’s label and its amounts is no amount', () => {
    const text =
      '# 某县林业局2024年度林业改革发展资金绩效评价表\n\n资金投入情况\n(万元)\n\n行次 全年预算数\n(A)\n全年执行资金\n(B)\n列次 0 1 2\n年度资金总额(万元): 1 36.500000\n36.500000 30.000000\n';
    expect(extract(docOf(text)).figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['36.500000']);
    // without a 行次 column, a small number after a label is the label's amount
    expect(figuresOf('# 某县2024年度某补助资金绩效自评报告\n\n年度资金总额(万元): 8 \n')['budget.total']).toBe('8万元');
  });

  it('reads an enumerated project set off by a comma (一是X项目,安排…预算资金) as that item’s money, not a second statement of the budget', () => {
    const text =
      '# 某市2019年度医疗服务能力提升项目绩效自评报告\n\n2019 年,某省财政厅安排医疗服务能力提升项目预算资金 5000.00 万元。涉及的政策任务 2 个,具体如下:\n\n一是甲医院建设项目,安排项目预算资金 4200.00 万元,项目资金采用项目法分配,主要用于重点建';
    const budget = extract(docOf(text)).figures['budget.total'];
    expect(budget?.value).toBe('5000.00');
    expect(budget?.mentions.map((m) => m.value)).toEqual(['5000.00']);
  });

  it('reads a lone numbered project set off by a comma ((一)X项目,预算安排…) in a department’s report as that item’s money, not the unit’s figures', () => {
    const head = '# 某县畜牧兽医局2022年度部门整体支出绩效自评报告\n\n三、项目支出情况\n\n';
    const one = extract(docOf(`${head}(一)动物疫病防控项目,预算安排40万元,实际支出36万元,执行率90%。`));
    expect(one.figures['budget.total']).toBeUndefined();
    expect(one.figures['budget.executed']).toBeUndefined();
    expect(one.figures['budget.executionRate']).toBeUndefined();

    // an adjusted budget: the item's, its rate too
    const adjusted = extract(docOf(`${head}(2)饲草种植补助经费,年初预算30万元,调整后预算35万元,实际支出33万元,执行率94.29%。`));
    expect(adjusted.figures['budget.total']).toBeUndefined();
    expect(adjusted.figures['budget.executionRate']).toBeUndefined();
  });

  it('keeps a numbered item naming the unit’s own budget or accounts, or the report’s own project, as the report’s figures', () => {
    const head = '# 某县畜牧兽医局2022年度部门整体支出绩效自评报告\n\n二、预算执行情况\n\n';
    for (const item of ['部门预算执行情况', '收入支出情况', '部门整体资金', '专项资金', '整体支出']) {
      const f = figuresOf(`${head}(一)${item},预算安排400万元,实际支出360万元,执行率90%。`);
      expect(f['budget.executed'], item).toBe('360万元');
    }
    // the project the report evaluates, numbered: its figures are the report's own (convention 7)
    const own = extract(
      docOf(
        '# 某县动物疫病防控项目2022年度支出绩效自评报告\n\n二、项目资金情况\n\n(一)动物疫病防控项目,预算安排40万元,实际支出36万元,执行率90%。',
      ),
    );
    expect(own.figures['budget.total']?.value).toBe('40');
    expect(own.figures['budget.executed']?.value).toBe('36');
    expect(own.tasks).toEqual([]);
  });

  it('reads the items a label opening the sentence announces (具体资助情况:A资助幼儿1600人次,发放资金…) as theirs, not the unit’s', () => {
    const text =
      '# 青山县2023年度学生资助项目绩效自评报告\n\n项目资金共1250万元,已全部拨付到位。具体资助情况:学前教育资助幼儿1600人次,发放资金78.5万元;义务教育资助学生8366人次,发放资金418.3万元。';
    expect(figuresOf(text)['budget.executed']).toBeUndefined();
    // refused: the label before the unit's own figures, no words naming anything before them
    const own =
      '# 青山县2023年度学生资助项目绩效自评报告\n\n项目资金共1250万元。资金使用情况:全年预算1250万元,实际支出1236.8万元,执行率98.94%。';
    expect(figuresOf(own)).toMatchObject({ 'budget.total': '1250万元', 'budget.executed': '1236.8万元' });
  });

  it('keeps the report’s own project named whole in the text, its title setting the year inside the name (青山镇2023年度…项目)', () => {
    const own = extract(
      docOf(
        '# 青山镇2023年度人居环境整治项目绩效自评报告\n\n青山镇人居环境整治项目年初预算80万元,全年预算80万元,全年执行78.4万元,执行率98%。',
      ),
    );
    expect(own.figures['budget.total']?.value).toBe('80');
    expect(own.figures['budget.executed']?.value).toBe('78.4');
    expect(own.tasks).toEqual([]);
    // refused: another project of the town, which the title does not name
    const other = extract(
      docOf(
        '# 青山镇2023年度人居环境整治项目绩效自评报告\n\n青山镇污水管网改造项目年初预算80万元,全年预算80万元,全年执行78.4万元,执行率98%。',
      ),
    );
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('reads the total investment of the project the title names (产业园项目总投资), not another project’s nor a kind of money', () => {
    const own = extract(docOf('# 某市2022年现代农业产业园项目绩效自评报告\n\n产业园项目总投资3000万元,已完成投资2700万元,资金使用率90%。'));
    expect(own.figures['budget.total']?.value).toBe('3000');
    expect(own.figures['budget.executed']?.value).toBe('2700');
    // refused: a sub-project's investment, which the title does not name
    const part = extract(docOf('# 某市2022年现代农业产业园项目绩效自评报告\n\n冷链物流中心项目总投资500万元,已完成投资450万元。'));
    expect(part.figures['budget.total']).toBeUndefined();
    // refused: 预算项目经费, the kind of money before the wording, names no project
    const money = extract(
      docOf(
        '# 某局2021年度项目资金绩效自评报告\n\n根据《关于开展2021年度预算项目资金绩效自评工作的通知》要求,我局开展了自评。我局年初预算项目12个,预算项目经费560万元,具体包括:A经费300万元、B经费260万元。',
      ),
    );
    expect(money.figures['budget.total']).toBeUndefined();
  });

  it('reads the budget of the project the title names after the year the sentence opens with (2023年度A项目预算), not another project’s', () => {
    const own = extract(
      docOf('# 柳溪县图书馆2023年度阅读推广项目绩效自评报告\n\n2023年度阅读推广项目预算42万元,实际支出40.6万元,预算执行率96.67%。'),
    );
    expect(own.figures['budget.total']?.value).toBe('42');
    expect(own.figures['budget.executed']?.value).toBe('40.6');
    expect(own.tasks).toEqual([]);
    // refused: another project after the year, in a report the title names for a project of its own
    const other = extract(
      docOf('# 柳溪县图书馆2023年度古籍修复项目绩效自评报告\n\n2023年度阅读推广项目预算42万元,实际支出40.6万元,预算执行率96.67%。'),
    );
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('reads a bare 预算 after the project the title names, its year or the unit calling itself beside it (A项目2023年预算, 我馆A项目预算)', () => {
    const after = extract(
      docOf('# 柳溪县图书馆2023年度阅读推广项目绩效自评报告\n\n阅读推广项目2023年预算42万元,实际支出40.6万元,预算执行率96.67%。'),
    );
    expect(after.figures['budget.total']?.value).toBe('42');
    const own = extract(
      docOf('# 柳溪县图书馆2023年度阅读推广项目绩效自评报告\n\n2023年度我馆阅读推广项目预算42万元,实际支出40.6万元,预算执行率96.67%。'),
    );
    expect(own.figures['budget.total']?.value).toBe('42');
    expect(own.tasks).toEqual([]);
    // refused: another project's, which the title does not name
    const other = extract(
      docOf('# 柳溪县图书馆2023年度古籍修复项目绩效自评报告\n\n阅读推广项目2023年预算42万元,实际支出40.6万元,预算执行率96.67%。'),
    );
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('reads no project spending from a fee’s own use (管理费使用1万元) beside each project’s plan and settled price', () => {
    const text =
      '# 某乡2025年度衔接资金项目绩效自评报告\n\n一、甲村大棚建设项目\n\n(一)资金使用情况:计划投资117.98万元,结算价112.92万元,管理费使用1万元,项目结余4.07万元。\n\n二、乙村道路建设项目\n\n(一)资金使用情况:计划投资36.36万元,结算价28.17万元,管理费使用0.36万元,项目结余7.83万元。';
    expect(extract(docOf(text)).figures['budget.executed']).toBeUndefined();
    // a project's own 经费 used is still its spending
    const own = extract(docOf('# 某县2023年度阅读推广项目绩效自评报告\n\n项目经费预算42万元,项目经费使用40.6万元。'));
    expect(own.figures['budget.executed']?.value).toBe('40.6');
  });

  it('reads 资金规模 as the size of a project report’s money, its budget; refuses a fund’s size after another name (社会资金规模)', () => {
    const own = extract(
      docOf(
        '# 某县医保局2023年度专项资金项目绩效自评报告\n\n(一)项目概况:资金规模共计2535.4万元,其中:甲基金项目资金500万元,乙配套资金项目资金2035.4万元。',
      ),
    );
    expect(own.figures['budget.total']?.value).toBe('2535.4');
    const other = extract(docOf('# 某县图书馆2023年度阅读推广项目绩效自评报告\n\n项目实际支出40.6万元。项目带动社会资金规模100万元。'));
    expect(other.figures['budget.total']).toBeUndefined();
  });

  it('reads 计划投资 as a works project’s budget beside its completed investment, 总投资 then its whole cost; refuses a sub-project’s', () => {
    const both = extract(
      docOf('# 柳溪县交通运输局2023年度农村公路建设项目绩效自评报告\n\n项目总投资500万元,2023年计划投资200万元,实际完成投资190万元。'),
    );
    expect(both.figures['budget.total']?.value).toBe('200');
    expect(both.figures['budget.executed']?.value).toBe('190');
    expect(both.figures['budget.investment']?.value).toBe('500');
    // refused: a works the title does not name, whose plan is its own
    const part = extract(docOf('# 柳溪县交通运输局2023年度农村公路建设项目绩效自评报告\n\n东环路工程计划投资200万元,完成投资190万元。'));
    expect(part.figures['budget.total']).toBeUndefined();
  });

  it('takes a lone project as the report’s when what its money went on (资金主要用于:…) adds up to its spending, the uses as rows', () => {
    // a title naming no project, one project and what its money went on: the project is the report's, its uses the rows
    const uses = extract(
      docOf(
        '# 柳溪县图书馆2023年度项目支出绩效自评报告\n\n2023年阅读推广项目预算42万元,实际支出40.6万元,预算执行率96.67%。资金主要用于:(1)图书采购22万元;(2)讲座活动11.6万元;(3)宣传印制7万元。',
      ),
    );
    expect(uses.figures['budget.total']?.value).toBe('42');
    expect(uses.tasks.map((t) => [t.name, t.budget ?? null, t.executed])).toEqual([
      ['图书采购', null, '22'],
      ['讲座活动', null, '11.6'],
      ['宣传印制', null, '7'],
    ]);
    // refused: uses that do not add up to the spending leave the project a row of its own
    const short = extract(
      docOf(
        '# 柳溪县图书馆2023年度项目支出绩效自评报告\n\n2023年阅读推广项目预算42万元,实际支出40.6万元,预算执行率96.67%。资金主要用于:(1)图书采购22万元;(2)讲座活动11.6万元。',
      ),
    );
    expect(short.tasks.map((t) => t.name)).toContain('阅读推广项目');
  });

  it('opens a sentence at a list’s first item on the line under its colon (具体如下:\n一是…): the intro’s count heads no item', () => {
    const text =
      '# 某省2020年度疾病防控体系建设项目绩效自评报告\n\n2020 年,省财政厅安排疾病防控体系建设项目预算资金 7300.00 万元。涉及的政策任务 3 个,具体如下:\n一是市级疾控中心建设项目,安排项目预算资金 5100.00 万元,项目资金采用因素法分配,主要用于实验';
    const r = extract(docOf(text));
    expect(r.figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['7300.00']);
    expect(repeats(r)).toEqual([]);
    // a line under a colon that is no numbered item continues the sentence, its figures the unit's as before
    const prose =
      '# 某单位2020年度部门整体支出绩效自评报告\n\n2020年度部门预算执行情况如下:\n全年预算数500万元,执行数480万元,预算执行率96%。';
    expect(figuresOf(prose)['budget.executed']).toBe('480万元');
  });

  it('reads a rate after a numbered line’s masked money (资金XX万元, a bidding site’s copy) as that line’s, not the unit’s', () => {
    const text =
      '# 某区2019年度农业生产救灾资金绩效自评报告\n\n2、项目资金执行情况分析。\n(1)中央财政农业生产救灾(病虫害防控)资金XX万元,资金支出XX元,执行率98.5%。资金主要用于统防统治。(2)中央财政农业生产救灾(草地贪夜蛾防控)专项资金**万元,资金支出*万元,执行率62%。';
    expect(figuresOf(text)['budget.executionRate']).toBeUndefined();
  });

  it('reads one statement once when two rules name it differently (2023年A项目 / A项目)', () => {
    const text = `${TITLE}2023年城市道路保洁项目预算325.29万元,实际支出323.19万元,执行率99.35%。园林绿化养护项目预算171.85万元,实际支出169.18万元,执行率98.45%。`;
    const rows = extract(docOf(text)).tasks.map((t) => `${t.budget}|${t.executed}|${t.rate}`);
    expect(rows).toEqual(['325.29|323.19|99.35', '171.85|169.18|98.45']);
  });

  it('reads no budget rate nor task from the parts of a revenue a 其中 sentence breaks down, by collecting agency', () => {
    const text =
      '# 某区2021年1-4月财政预算执行情况\n\n1-4月,全区一般公共预算收入完成41200万元,完成年初预算的38.6%,同比增长6.2%。其中:国税部门完成18300万元,完成年初预算的40.2%,同比增长7.5%;地税部门完成15100万元,完成年初预算的36.8%,同比增长3.9%;财政部门完成7800万元,完成年初预算的21.45%,同比下降12.6%。\n\n1-4月,全区一般公共预算支出76500万元,完成年初预算的35.72%。';
    const r = extract(docOf(text));
    expect(r.tasks).toEqual([]);
    expect(r.figures['budget.executionRate']).toBeUndefined();
    expect(r.figures['expense.generalPublic']?.value).toBe('76500');
    // the parts of a unit's income keep their own keys
    const income = figuresOf(`${TITLE}2023年度本年收入合计1500万元。其中:财政拨款收入1380万元,占92%;其他收入120万元,占8%。`);
    expect([income['income.fiscal'], income['income.other']]).toEqual(['1380万元', '120万元']);
  });

  it('reads no task nor budget rate from revenue by collector (其中,国税完成…;地税完成…) after a dated opening (截至3月31日)', () => {
    const text =
      '# 某区2019年一季度财政收支情况\n\n截至3月31日,全区完成财政收入18400万元,占年初预算的26.3%,同比增长4.1%。其中,国税完成7200万元,占年初预算的24%,同比增长9.2%;地税完成8100万元,占年初预算的29.5%,同比下降3.4%;财政完成3100万元,占年初预算的25.1%,同比增长12.6%。';
    const r = extract(docOf(text));
    expect(r.tasks).toEqual([]);
    expect(r.figures['budget.executionRate']).toBeUndefined();
  });

  it('reads a government’s spending under its name before 2015 (公共财政预算支出)', () => {
    const r = extract(
      docOf('# 某区2014年上半年财政收支情况\n\n上半年,全区完成公共财政预算支出61250万元,为预算的(含上级专项)52.8%,同比增长9%。'),
    );
    expect(r.figures['expense.generalPublic']?.value).toBe('61250');
  });

  it('reads no budget execution from a whole area’s public finance spending (全镇财政总支出…完成预算的N%), a project’s fund so named still', () => {
    const area = extract(docOf('2023年全乡财政总支出完成2,847万元,完成预算的97.3%,同比增长4.2%。'));
    expect(area.figures['budget.executionRate']).toBeUndefined();
    expect(area.figures['budget.executed']).toBeUndefined();
    // refused: an area's fund for one purpose (全县…养护资金) is a project's money, its execution read as before
    const fund = extract(docOf('2023年全县乡村道路养护资金支出完成412万元,完成预算的96.5%。'));
    expect(fund.figures['budget.executionRate']?.value).toBe('96.5');
    // a government level's (本级财政支出, 县级一般公共预算支出) is a government's too
    const level = extract(docOf('2022年区本级财政支出决算数184,270万元,为调整预算的95.1%,增长2.6%。'));
    expect(level.figures['budget.executed']).toBeUndefined();
    expect(level.figures['budget.executionRate']).toBeUndefined();
    // refused: a unit's own appropriation (局本级财政拨款支出) is its fund line, its rate read as before
    const unit = extract(docOf('局本级财政拨款支出决算286万元,完成预算的94%。'));
    expect(unit.figures['budget.executionRate']?.value).toBe('94');
  });

  it('reads a spending total that adds what is passed up or repaid (加上解上级支出…,支出合计) as all the uses, not the year’s spending', () => {
    const text =
      '# 某区2024年预算草案的报告\n\n2024年,全区一般公共预算本级支出安排52,300万元,加上解上级支出、调出资金等4,100万元,支出合计56,400万元。';
    const r = extract(docOf(text));
    expect(r.figures['expense.total']).toBeUndefined();
    expect(r.figures['expense.grandTotal']?.value).toBe('56400');
    // refused: a unit's basic spending plus its projects' is its year's spending
    const unit = extract(docOf('# 某某局2023年度部门决算公开说明\n\n本局基本支出320万元,加上项目支出80万元,支出合计400万元。'));
    expect(unit.figures['expense.total']?.value).toBe('400');
  });

  it('reads one month’s spending in a monthly bulletin as no total of the period, the cumulative one as the total', () => {
    const text =
      '# 某市2016年7月财政收支情况\n\n据快报统计,6月份全市一般公共预算收入完成98,120万元,同比增长12.4%。全市一般公共预算支出完成201,356万元。1-6月,全市一般公共预算收入完成612,480万元,同比增长10.2%。全市一般公共预算支出累计完成1,083,715万元,同比增长8.6%。';
    const r = extract(docOf(text));
    expect(r.figures['expense.generalPublic']?.value).toBe('1083715');
    expect(r.discrepancies.map((d) => d.rule)).toEqual([]);
  });
});

describe('a government’s revenue is no spending (budget.executionRate, tasks, income.total)', () => {
  it('reads a rate completed by revenue (收入) as the revenue’s, not as the budget’s execution, and so the 其中 after it', () => {
    const text =
      '一、收入情况\n\n上半年,全镇实现财政收入7,820万元,完成年初预算58%。其中:税务部门完成3,100万元,完成年初预算的52.4%;财政部门完成1,450万元,完成年初预算的31.6%。\n\n二、支出情况\n\n上半年,全镇实现财政支出6,900万元,完成年初预算49.5%。';
    const r = extract(docOf(text));
    // (the town's own spending rate is the area government's execution, no budget.* either: conventions 2 and 5)
    expect(r.figures['budget.executionRate']).toBeUndefined();
    expect(r.figures['income.completionRate']?.value).toBe('58');
    expect(r.tasks).toEqual([]);
    // 预算执行率 is a spending's, even in the clause after one on revenue
    const executed = extract(docOf('某某局2023年度部门整体支出绩效自评报告\n\n本年收入合计1,000万元;预算执行率98%。'));
    expect(executed.figures['budget.executionRate']?.value).toBe('98');
  });

  it('reads a fund’s 支出合计 (社会保险基金 / 国有资本经营预算) as that fund’s spending, no unit’s year', () => {
    const text =
      '# 某区2022年预算执行情况\n\n某区2022年社会保险基金总收入5,200万元,当年社会保险基金支出合计4,380万元。收支相抵,当年结余820万元。';
    expect(extract(docOf(text)).figures['expense.total']).toBeUndefined();
    expect(extract(docOf('# 某区2022年预算执行情况\n\n国有资本经营预算支出合计12万元。')).figures['expense.total']).toBeUndefined();
    // refused: the year's 支出合计 with no fund before it is the year's
    expect(extract(docOf('2023年度支出合计4,021.94万元。')).figures['expense.total']?.value).toBe('4021.94');
  });

  it('reads an execution wording whose own clause names revenue (收入实际完成) as what was collected, not as spending', () => {
    const text =
      '# 某县2023年县本级决算草案报告\n\n2023年,县本级一般公共预算收入全年实际完成42.6亿元,其中:税收收入完成11.3亿元。2023年,县本级一般公共预算支出实际完成40.1亿元。';
    const r = extract(docOf(text));
    expect(r.figures['budget.executed']).toBeUndefined();
    expect(r.figures['income.collected']?.value).toBe('42.6');
    expect(r.figures['expense.generalPublic']?.value).toBe('40.1');
    // 收入 right before the wording (收入实际完成) is refused by the wording itself: no figure at all
    const bare = extract(docOf('# 某县2023年县本级决算草案报告\n\n2023年,县本级一般公共预算收入实际完成42.6亿元。'));
    expect(bare.figures['budget.executed']).toBeUndefined();
    // a unit's income named in a clause of its own, its execution in the next: that execution is its spending
    const unit = extract(docOf('某某局2023年度部门整体支出绩效自评报告\n\n本年收入合计1,000万元,全年执行数980万元,预算执行率98%。'));
    expect(unit.figures['budget.executed']?.value).toBe('980');
  });

  it('reads a 收入合计 that sums the carry-in listed before it as the grand total, not the year’s income', () => {
    const text = '一、全镇收支决算情况\n\n全镇一般公共预算收入2,100万元,加上级转移支付收入900万元,上年结转结余40万元,收入合计为3,040万元。';
    const r = extract(docOf(text));
    expect(r.figures['income.total']).toBeUndefined();
    expect(r.figures['income.grandTotal']?.value).toBe('3040');
  });

  it('reads a fund’s 总计 whose parts hold the carry-over (or the year before’s balance) as all its money, not its spending', () => {
    const text =
      '(二)政府性基金预算\n\n2023年全镇政府性基金收入总计2,600万元,其中本级收入90万元,上级补助收入1,010万元,上年结余1,500万元;2023年政府性基金支出总计2,600万元,其中本级支出1,200万元,调出资金90万元,结转下年使用1,310万元。';
    const r = extract(docOf(text));
    expect(r.figures['expense.governmentFund']).toBeUndefined();
    expect(r.figures['income.governmentFund']).toBeUndefined();
    expect(r.figures['expense.grandTotal.governmentFund']?.value).toBe('2600');
    expect(r.figures['income.grandTotal.governmentFund']?.value).toBe('2600');
    // without the carry-over among its parts, the fund's 支出总计 is what it spent
    expect(figuresOf('政府性基金预算财政拨款支出总计629.55万元。')['expense.governmentFund']).toBe('629.55万元');
  });

  it('in final accounts, a funding line’s 收入总计 / 支出总计 and the parts its sentence lists (本年支出, 年末结转和结余) are that line’s, never the unit’s', () => {
    const accounts = '# 某市科学技术局2022年度部门决算情况说明\n\n三、一般公共预算财政拨款支出决算情况说明\n\n';
    const line = figuresOf(
      `${accounts}2022年度一般公共预算财政拨款收入总计2,320万元,其中:年初结转和结余20万元,本年收入2,300万元。一般公共预算财政拨款支出总计2,320万元,其中:本年支出2,290万元,年末结转和结余30万元。`,
    );
    for (const key of ['income.total', 'income.grandTotal', 'income.carryIn', 'expense.total', 'carryover.end', 'expense.generalPublic'])
      expect(line[key]).toBeUndefined();
    expect(line['expense.grandTotal.generalPublic']).toBe('2320万元');
    expect(line['carryover.end.generalPublic']).toBe('30万元');
    // the appropriation's 总计 with its year-end carry-over among its parts is no second statement of what it spent
    const fiscal = extract(docOf(`${accounts}财政拨款支出总计2,320万元,其中:本年财政拨款支出2,290万元,年末财政拨款结转和结余30万元。`));
    expect(fiscal.figures['expense.fiscal']?.value).toBe('2290');
    expect(fiscal.discrepancies.filter((d) => d.rule === 'repeat.mismatch')).toEqual([]);
    // refused: the unit's own 支出总计 lists the unit's 本年支出 and 年末结转和结余; a line's 总计 with no carry-over
    // among its parts is what the line spent
    const unit = figuresOf(`${accounts}2022年度支出总计2,465万元。其中,本年支出2,400万元,年末结转和结余65万元。`);
    expect(unit['expense.total']).toBe('2400万元');
    expect(unit['carryover.end']).toBe('65万元');
    expect(figuresOf(`${accounts}一般公共预算财政拨款支出总计1,741.75万元,其中:基本支出1,500万元。`)['expense.generalPublic']).toBe(
      '1741.75万元',
    );
  });

  it('reads a budget document’s 一般公共预算拨款(收入) listed among its income’s parts as that part, so the parts add up (no false sum.income)', () => {
    const budget = '# 某区民政局2024年部门预算公开说明\n\n';
    const r = extract(docOf(`${budget}2024年收入预算总额3,456.78万元,其中:一般公共预算拨款3,400.00万元,事业收入0万元,其他收入56.78万元。`));
    expect(r.figures['income.generalPublic']?.value).toBe('3400.00');
    expect(r.discrepancies.filter((d) => d.rule === 'sum.income')).toEqual([]);
    expect(
      figuresOf(`${budget}2024年收入预算合计856.20万元,其中:一般公共预算拨款收入830.00万元,其他收入26.20万元。`)['income.generalPublic'],
    ).toBe('830.00万元');
    // refused: named after spending, or with no income before it, it is no part of the income
    const spending = figuresOf(
      `${budget}2024年支出预算合计3,456.78万元,其中一般公共预算拨款3,400万元。一般公共预算拨款3,400万元用于人员工资。`,
    );
    expect(spending['income.generalPublic']).toBeUndefined();
  });

  it('reads an income total whose parts list the carry-in, or that sums it, as the money available (conventions 3 and 4)', () => {
    const budget = '# 某县气象局2025年部门预算公开说明\n\n';
    const listed = figuresOf(`${budget}2025年收入预算640.50万元,其中:一般公共预算拨款收入600.50万元,上年结转40万元。`);
    expect(listed['income.total']).toBeUndefined();
    expect(listed['income.grandTotal']).toBe('640.50万元');
    const summed = figuresOf(`${budget}2025年当年财政拨款600.50万元,上年结转40万元,收入总额640.50万元。`);
    expect(summed['income.total']).toBeUndefined();
    // 本年收入 is the year's own by its name, the carry-in stated beside its parts
    const own = figuresOf(`${budget}本年收入合计600.50万元,其中财政拨款收入590.50万元,其他收入10万元;上年结转40万元。`);
    expect(own['income.total']).toBe('600.50万元');
    expect(figuresOf(`${budget}2025年收入预算600.50万元,其中:财政拨款收入590.50万元,其他收入10万元。`)['income.total']).toBe('600.50万元');
    // a carry-in stated among the parts as zero is none: the total is the year's income (convention 4)
    const zero = figuresOf(`${budget}2025年度收入预算总额为600.50万元,其中上年结转0万元,财政拨款收入600.50万元。`);
    expect(zero['income.total']).toBe('600.50万元');
    expect(zero['income.grandTotal']).toBeUndefined();
    expect(figuresOf(`${budget}2025年收入预算640.50万元(含上年结转0.00万元)。`)['income.total']).toBe('640.50万元');
    expect(figuresOf(`${budget}2025年收入预算640.50万元,其中去年结转资金0万元。`)['income.total']).toBe('640.50万元');
    // …and a carry-in of the year before that is not zero holds it
    expect(figuresOf(`${budget}2025年收入预算640.50万元,其中去年结转资金40万元。`)['income.total']).toBeUndefined();
    // one carry-in part not zero, another zero: the total holds the carry-in
    const mixed = figuresOf(`${budget}2025年收入预算640.50万元,其中:上年财政拨款结转40万元,上年单位资金结转0万元。`);
    expect(mixed['income.total']).toBeUndefined();
  });

  it('reads a budget document’s 安排项目支出预算 as its budgeted project spending, and a project’s 项目支出预算 as no such figure (convention 4)', () => {
    const budget = '# 某县图书馆2024年部门预算公开说明\n\n';
    const arranged = figuresOf(`${budget}2024年安排基本支出预算512.80万元,安排项目支出预算143.60万元。`);
    expect(arranged['expense.basic']).toBe('512.80万元');
    expect(arranged['expense.project']).toBe('143.60万元');
    expect(arranged['expense.project.budget']).toBeUndefined();
    // a project's name before 项目支出预算 makes it that project's budget
    const named = figuresOf(`${budget}古籍修复项目支出预算43.60万元,数字阅读推广项目支出预算100.00万元。`);
    expect(named['expense.project']).toBeUndefined();
  });

  it('reads the budget’s verb before a class with no 预算 after it (安排项目支出 X) as that class’s budget: a budget document’s figure, a self-evaluation’s budget of the class', () => {
    const budget = '# 某县图书馆2024年部门预算公开说明\n\n';
    const arranged = figuresOf(`${budget}2024年安排基本支出512.80万元,安排项目支出143.60万元。`);
    expect(arranged['expense.basic']).toBe('512.80万元');
    expect(arranged['expense.project']).toBe('143.60万元');
    // …with the items it holds after it: still the class's figure (安排项目 is no project)
    const listed = figuresOf(`${budget}2024年安排项目支出143.60万元,其中:古籍修复经费43.60万元,阅读推广经费100.00万元。`);
    expect(listed['expense.project']).toBe('143.60万元');
    // in a self-evaluation, what was arranged is the class's budget; what was spent of it, the class's spending
    const evaluated = figuresOf(`${TITLE}2023年安排项目支出198.5万元,实际支出190万元。`);
    expect(evaluated['expense.project.budget']).toBe('198.5万元');
    expect(evaluated['expense.project']).toBe('190万元');
    expect(evaluated['expense.total']).toBeUndefined();
    const both = figuresOf(`${TITLE}2023年安排基本支出300万元,实际支出290万元,安排项目支出198.5万元,实际支出190万元。`);
    expect(both).toMatchObject({ 'expense.basic.budget': '300万元', 'expense.basic': '290万元', 'expense.project': '190万元' });
    expect(both['expense.total']).toBeUndefined();
  });

  it('reads a final account’s 总收入 as the money available, carry-in included, unless it says there was none (convention 3)', () => {
    const accounts = '# 某县疾病预防控制中心2022年部门决算公开\n\n';
    const stated = figuresOf(`${accounts}2022年总收入1,356.20万元,其中:财政拨款收入1,120.00万元,事业收入236.20万元。`);
    expect(stated['income.total']).toBeUndefined();
    expect(stated['income.grandTotal']).toBe('1356.20万元');
    expect(stated['income.fiscal']).toBe('1120.00万元');
    const none = figuresOf(`${accounts}2022年总收入1,356.20万元,无上年结转。`);
    expect(none['income.total']).toBe('1356.20万元');
    expect(figuresOf(`${accounts}2022年总收入1,356.20万元(不含上年结转)。`)['income.total']).toBe('1356.20万元');
    // the year before by its other names (去年, 上一年度) says the same
    expect(figuresOf(`${accounts}2022年总收入1,356.20万元,无去年结转。`)['income.total']).toBe('1356.20万元');
    expect(figuresOf(`${accounts}2022年总收入1,356.20万元(不含上一年度结转资金)。`)['income.total']).toBe('1356.20万元');
    // outside final accounts 总收入 stays the year's income
    expect(figuresOf('2022年总收入1,356.20万元,其中:财政拨款收入1,120.00万元。')['income.total']).toBe('1356.20万元');
  });

  it('reads a 收入总计 the text says holds no carry-in as the year’s income, and one beside 本年收入合计 as the grand total (convention 3)', () => {
    const accounts = '# 某县实验小学2023年度决算公开\n\n';
    const none = figuresOf(`${accounts}2023年度收入总计1,320.55万元,本单位无年初结转和结余。`);
    expect(none['income.total']).toBe('1320.55万元');
    expect(none['income.grandTotal']).toBeUndefined();
    expect(figuresOf(`${accounts}2023年度收入总计1,320.55万元,其中年初结转和结余0万元。`)['income.total']).toBe('1320.55万元');
    // the year's income stated too stands: the grand total yields to it (用事业基金弥补 may lie between them)
    const both = figuresOf(`${accounts}2023年度收入总计980.00万元,无上年结转。本年收入合计975.00万元,用事业基金弥补收支差额5万元。`);
    expect(both['income.total']).toBe('975.00万元');
    expect(both['income.grandTotal']).toBe('980.00万元');
    // refused: a carry-in stated, or nothing said of it
    expect(figuresOf(`${accounts}2023年度收入总计1,320.55万元,其中:本年收入合计1,300.55万元,年初结转和结余20万元。`)['income.total']).toBe(
      '1300.55万元',
    );
    const silent = figuresOf(`${accounts}2023年度收入总计980.00万元,较上年减少20万元。`);
    expect(silent['income.total']).toBeUndefined();
    expect(silent['income.grandTotal']).toBe('980.00万元');
  });

  it('reads no 财政总收入 (a government’s revenue, taxes handed up included) as the year’s income', () => {
    const text = '1-5月,全县完成财政总收入3,260万元,占年初预算8,100万元的40.2%。完成一般公共预算支出41,500万元。';
    expect(figuresOf(text)['income.total']).toBeUndefined();
  });
});

describe('a county’s spending by its parts (government-level text)', () => {
  const TITLE_COUNTY = '白云县2023年衔接资金支出进度情况\n\n';
  it.each([
    [
      'a sentence opening with 其中 after the county’s spending, its first amount under a subject (县农业农村局下达…), lists parts: their spending and rates (past ";") are theirs',
      '截至2023年12月31日,全县共下达衔接资金12580.5万元,已支出12312.2万元,支出进度97.87%。其中:县农业农村局下达5000万元,已支出4900万元,支出进度98%;县水利局下达3000万元,已支出2950万元,支出进度98.33%。',
      { 'budget.executed': '12312.2', 'budget.executionRate': '97.87' },
    ],
    [
      'the same in traditional characters',
      '截至2023年12月31日,全縣共下達銜接資金12580.5萬元,已支出12312.2萬元,支出進度97.87%。其中:縣農業農村局下達5000萬元,已支出4900萬元,支出進度98%;縣水利局下達3000萬元,已支出2950萬元,支出進度98.33%。',
      { 'budget.executed': '12312.2', 'budget.executionRate': '97.87' },
    ],
    [
      'a split introduced by its own lead (按乡镇分, after the county’s spending in its sentence): the townships’ spending is theirs',
      '2023年全县统筹整合财政涉农资金12000万元。截至年底,整合资金支出11500万元,支出进度95.83%,按乡镇分,城关镇支出2000万元,河西乡支出1800万元。',
      // (a county's 整合资金支出 is read by no wording of a government's text: its rate is the figure)
      { 'budget.executionRate': '95.83' },
    ],
    [
      'a split opening its sentence (從部門看:), traditional characters, each part with its rate',
      '2023年全縣統籌整合財政涉農資金12000萬元。截至年底,整合資金支出11500萬元,支出進度95.83%。從部門看:縣水利局支出2000萬元,支出進度98%;縣交通局支出1800萬元,支出進度90%。',
      // (a county's 整合资金支出 is read by no wording of a government's text: its rate is the figure)
      { 'budget.executionRate': '95.83' },
    ],
    [
      'refused: 按规定分配 is no split’s lead (no comma after it): its spending and rate are the county’s',
      '2023年按规定分配资金500万元,已支出480万元,执行率96%。',
      { 'budget.executed': '480', 'budget.executionRate': '96' },
    ],
    [
      'refused: 其中 on a class of spending (基本支出年初预算…) is that class’s line, read as before',
      '2023年全县全年预算1,100万元,全年执行1,080万元,执行率98.18%。其中:基本支出年初预算700万元,全年预算720万元,执行718万元,执行率99.72%。',
      {
        'budget.total': '1100',
        'budget.executed': '1080',
        'budget.executionRate': '98.18',
        'expense.basic': '718',
        'budget.initial.basic': '700',
        'budget.total.basic': '720',
        'budget.executionRate.basic': '99.72',
      },
    ],
  ])('%s', (_shape, text, expected) => {
    const record = extract(docOf(TITLE_COUNTY + text));
    expect(Object.fromEntries(Object.entries(record.figures).map(([k, f]) => [k, f.value]))).toEqual(expected);
    // (no part's spending or rate among the mentions: no repeat.mismatch to flag)
    expect(repeats(record)).toEqual([]);
  });
});

describe('a document title pasted over its first sentence without a blank line', () => {
  it.each([
    [
      'the project’s own budget opening the body (项目总预算)',
      '白河县文化馆2023年度免费开放项目绩效自评报告\n项目总预算20万元,全年实际支出19.6万元,预算执行率98%。',
      { 'budget.total': '20万元', 'budget.executed': '19.6万元', 'budget.executionRate': '98%' },
    ],
    [
      'the money planned for the project opening the body (计划安排资金)',
      '青山县农业农村局2022年度高标准农田建设项目绩效自评报告\n计划安排资金700万元,实际支出688万元。',
      { 'budget.total': '700万元', 'budget.executed': '688万元' },
    ],
  ])('%s: the title stands apart, the wording opens its sentence', (_, text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });

  it('refused: a project’s money under the title is never the unit’s spending (the one project of a title naming none: the report’s project)', () => {
    const r = extract(docOf('青山县交通运输局2022年度项目支出绩效自评报告\n道路硬化项目预算30万元,实际支出29万元。'));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '30',
      'budget.executed': '29',
    });
    expect(r.tasks).toEqual([]);
    // beside another project, it is one of the report's tasks
    const two = extract(
      docOf('青山县交通运输局2022年度项目支出绩效自评报告\n道路硬化项目预算30万元,实际支出29万元。桥梁维修项目预算20万元,实际支出20万元。'),
    );
    expect(two.figures).toEqual({});
    expect(two.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      ['道路硬化项目', '30', '29'],
      ['桥梁维修项目', '20', '20'],
    ]);
  });
});

describe('an overall score after amounts whose unit a label declared ("执行数(万元):…")', () => {
  it.each([
    [
      'a form’s field lines run into one sentence, the score last',
      '白河市第三中学2021年度校舍维修项目支出绩效自评表\n\n项目名称:校舍维修\n预算数(万元):85\n执行数(万元):80.75\n执行率:95%\n自评得分:93',
      { 'budget.total': '85万元', 'budget.executed': '80.75万元', 'budget.executionRate': '95%', 'eval.score': '93分' },
    ],
    [
      'a list under one declared unit, then 综合得分 and the grade',
      '白河市第三中学2021年度校舍维修项目支出绩效自评表\n\n项目资金(万元):全年预算数 60,全年执行数 57,执行率 95%,综合得分 92.5,等级 优',
      { 'budget.total': '60万元', 'budget.executed': '57万元', 'budget.executionRate': '95%', 'eval.score': '92.5分', 'eval.grade': '优' },
    ],
    [
      'refused: the bare 得分 of the list is the budget line’s sub-score, neither money nor the overall score',
      '白河市第三中学2021年度校舍维修项目支出绩效自评表\n\n年度资金总额(万元):年初预算数100,全年预算数120,全年执行数115,执行率95.83%,得分9.58',
      { 'budget.initial': '100万元', 'budget.total': '120万元', 'budget.executed': '115万元', 'budget.executionRate': '95.83%' },
    ],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });
});

describe('a list under a declared unit whose items semicolons close ("项目资金(万元):年初预算数 150;全年预算数 168;…")', () => {
  it.each([
    [
      'every item of the list, each a sentence of its own, in the unit declared before the colon',
      '白河县住房和城乡建设局2022年度危房改造项目绩效自评表\n\n项目资金(万元):年初预算数 150;全年预算数 168;全年执行数 160;执行率 95.24%',
      { 'budget.initial': '150万元', 'budget.total': '168万元', 'budget.executed': '160万元', 'budget.executionRate': '95.24%' },
    ],
    [
      'the unit in 元',
      '白河县住房和城乡建设局2022年度危房改造项目绩效自评表\n\n资金使用情况(元):全年预算数 600000;全年执行数 588000;执行率 98%。',
      { 'budget.total': '600000元', 'budget.executed': '588000元', 'budget.executionRate': '98%' },
    ],
    [
      'refused: the unit holds to the list’s full stop, not for a bare number in the sentence after it',
      '白河县住房和城乡建设局2022年度危房改造项目绩效自评表\n\n项目资金(万元):全年预算数 60;全年执行数 57。下年度预算数 70',
      { 'budget.total': '60万元', 'budget.executed': '57万元' },
    ],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(text)).toEqual(figures);
  });
});

describe('a bare 得分 closing a list of the budget line whose items semicolons close', () => {
  const FORM = '白河县住房和城乡建设局2022年度危房改造项目绩效自评表\n\n';
  it.each([
    [
      'refused: 得分 after the line’s rate, a semicolon between, is that line’s sub-score, not the overall score',
      '预算执行率100%;得分10分。',
      { 'budget.executionRate': '100%' },
    ],
    [
      'refused: the same after the line’s amounts',
      '全年预算数 50万元;全年执行数 50万元;执行率 100%;得分 10分。',
      { 'budget.total': '50万元', 'budget.executed': '50万元', 'budget.executionRate': '100%' },
    ],
    [
      'the overall score after the sub-score stands alone, the sub-score no rival to it',
      '执行率 100%;得分 10;自评总分:97',
      { 'budget.executionRate': '100%', 'eval.score': '97分' },
    ],
    [
      'a bare 得分 after a full stop opens a statement of its own',
      '预算执行率98%。得分95分。',
      { 'budget.executionRate': '98%', 'eval.score': '95分' },
    ],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(FORM + text)).toEqual(figures);
  });
});

describe('a scoring scale stated in the report gives no score', () => {
  const REPORT = '白河县住房和城乡建设局2022年度危房改造项目绩效自评报告\n\n';
  it.each([
    ['refused: a grade’s lower bound with (含) before 以上 is the scale’s', '评分标准:总分90分(含)以上为优,80-90分为良。', {}],
    ['refused: a total of 100 that the grades’ bounds follow is the scale’s full marks', '绩效评价总分100分,90分(含)以上为优。', {}],
    [
      'a perfect score followed by its grade stands',
      '经评价,该项目自评总分100分,等级为优。',
      { 'eval.score': '100分', 'eval.grade': '优' },
    ],
    [
      'a score given beside the scale in brackets stands',
      '本项目自评得分95分(90分(含)以上为优),等级为优。',
      { 'eval.score': '95分', 'eval.grade': '优' },
    ],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(REPORT + text)).toEqual(figures);
  });
});

describe('a grade in a sentence about the year before', () => {
  const REPORT = '白河县住房和城乡建设局2022年度危房改造项目绩效自评报告\n\n';
  it.each([
    [
      'refused: a sentence opening on the year before, the grade’s clause naming no subject of its own',
      '上年度该项目自评得分90分,等级为优。',
      {},
    ],
    [
      'the year before’s grade, then this year’s after a semicolon: this year’s stands',
      '上年度该项目自评得分90分,等级为优;本年度自评等级为良。',
      { 'eval.grade': '良' },
    ],
    [
      'a clause naming this year after the year before’s',
      '上年度该项目绩效自评等级为良,经整改,本年度自评等级为优。',
      { 'eval.grade': '优' },
    ],
    ['a comparison with the year before is no sentence about it', '与上年相比,项目管理更加规范,自评等级为优。', { 'eval.grade': '优' }],
    ['a period from the year before up to now is none either', '去年以来,我局认真落实各项工作,项目自评等级为优。', { 'eval.grade': '优' }],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(REPORT + text)).toEqual(figures);
  });
});

describe('a grade whose clause names one of the report’s task rows is that row’s, not the report’s', () => {
  const REPORT = '某县农业农村局2023年度部门整体支出绩效自评报告\n\n经综合评价,我局部门整体支出自评等级为“优”。\n\n';
  const LIST =
    '| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 农村集体产权制度改革经费 | 18.00 | 14.40 | 80.00% |\n| 2 | 秸秆综合利用 | 75.00 | 69.75 | 93.00% |\n\n';
  it.each([
    ['the row named, a clause between', '从上表看,农村集体产权制度改革经费项目因部分村清产核资滞后,执行率偏低,自评等级为“中”。', '优'],
    ['the row named, the grade right after', '秸秆综合利用自评等级为“良”。', '优'],
  ])('%s', (_, text, grade) => {
    const record = extract(docOf(REPORT + LIST + text));
    expect(record.figures['eval.grade']?.value).toBe(grade);
    // (read as the report's, the row's grade would be a second statement of it: a repeat.mismatch no one stated)
    expect(reconcile(record).map((d) => d.rule)).toEqual([]);
  });
  it('the report’s own grade stated nowhere else: no grade rather than the row’s', () => {
    const text = '白马村便民桥新建工程因选址调整未开工,自评等级为“差”。';
    const list =
      '| 序号 | 项目名称 | 预算数(元) | 执行数(元) |\n|---|---|---|---|\n| 1 | 白马村便民桥新建工程 | 640,000.00 | 0.00 |\n| 2 | 黄岭村庭院经济奖补 | 312,500.00 | 306,250.00 |\n\n';
    expect(figuresOf(`安平县2024年度衔接资金项目绩效自评结果公示\n\n${list}${text}`)['eval.grade']).toBeUndefined();
  });
  it('refused: a number between the row’s name and the grade (a form flattened into one paragraph) keeps the grade', () => {
    const text = '年度主要任务 预算数 执行数 秸秆综合利用 75.00 69.75 总分 100 92 自评等级 优';
    expect(figuresOf(`某县秸秆综合利用项目2023年度绩效自评表\n\n${LIST}${text}`)['eval.grade']).toBe('优');
  });
});

describe('a clause naming the report’s year by word after one about the year before', () => {
  const REPORT = '白河县住房和城乡建设局2022年度危房改造项目绩效自评报告\n\n';
  it.each([
    [
      'the score after 本年度 is the report’s, the year before’s is none',
      '上年度自评得分90分,本年度自评得分93分。',
      { 'eval.score': '93分' },
    ],
    [
      'budget and spending after 本年, the year before’s budget none',
      '上年预算数100万元,本年预算数120万元,本年实际支出115万元。',
      { 'budget.total': '120万元', 'budget.executed': '115万元' },
    ],
    ['the rate after 当年', '上年度预算执行率95%,当年预算执行率98%。', { 'budget.executionRate': '98%' }],
    ['refused: a change against the year before names no year of its own, and stays unread', '上年实际支出100万元,较上年增加20万元。', {}],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(REPORT + text)).toEqual(figures);
  });
});

describe('spending by level of funds (中央 / 省级 / 县级) is no project spending', () => {
  const REPORT = '白河县住房和城乡建设局2022年度危房改造项目绩效自评报告\n\n';
  it.each([
    [
      'refused: each level’s spending in a sentence naming two levels is a part',
      '项目资金50万元。截至年底,中央资金支出30万元,省级资金支出18万元。',
      { 'budget.total': '50万元' },
    ],
    ['refused: the same with 已支付', '该项目资金50万元,中央资金已支付30万元,县级资金已支付18万元。', { 'budget.total': '50万元' }],
    // (the levels are one vocabulary: 上级 / 本级 and 地方 are levels as 中央 / 省级 are)
    ['refused: the same by 上级 and 本级 funds', '该项目资金50万元,上级资金支出30万元,本级资金支出18万元。', { 'budget.total': '50万元' }],
    // (a district's level is 区 before 财政 as well as 区级; a bare 区 ends many subjects: 社区, 园区)
    [
      'refused: the same by 区财政 and 市级 funds',
      '项目资金50万元。截至年底,区财政资金支出30万元,市级资金支出18万元。',
      { 'budget.total': '50万元' },
    ],
    [
      'refused: a grant by 本级 with 地方’s share in the next clause',
      '项目资金50万元。本级安排资金30万元,地方配套20万元,实际支出48万元。',
      { 'budget.total': '50万元', 'budget.executed': '48万元' },
    ],
    [
      'their 合计 is the project’s spending',
      '项目资金50万元,截至年底,中央资金支出30万元,省级资金支出18万元,合计支出48万元。',
      { 'budget.total': '50万元', 'budget.executed': '48万元' },
    ],
    [
      'levels named in the budget’s brackets leave the spending after them the project’s',
      '项目资金50万元(中央资金30万元、省级资金20万元),实际支出48万元,执行率96%。',
      { 'budget.total': '50万元', 'budget.executed': '48万元', 'budget.executionRate': '96%' },
    ],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(REPORT + text)).toEqual(figures);
  });
});

describe('a budget adjusted in the year, stated in prose (由A调整为B, 追加X后为B, 调增X,调整后为B)', () => {
  const REPORT = '# 某县农业农村局2023年度部门整体支出绩效自评报告\n\n';
  it.each([
    [
      'the budget 由A调整为B is B, and 年初 before it makes A the initial budget',
      '2023年年初预算由1,200万元调整为1,350万元,实际支出1,320万元。',
      { 'budget.initial': '1200万元', 'budget.total': '1350万元', 'budget.executed': '1320万元' },
    ],
    [
      'after the initial budget, 年中预算由A调整为B',
      '该部门年初预算80万元,年中预算由80万元调整为100万元,全年实际支出95万元,预算执行率95%。',
      // (the budget before the adjustment kept apart, as adjustment.from: 年初 does not name it)
      {
        'budget.initial': '80万元',
        'adjustment.from': '80万元',
        'budget.total': '100万元',
        'budget.executed': '95万元',
        'budget.executionRate': '95%',
      },
    ],
    [
      'an increment then the budget it gave (追加X万元后为B)',
      '2023年年初预算1,200万元,追加150万元后为1,350万元,实际支出1,320万元。',
      { 'budget.initial': '1200万元', 'budget.total': '1350万元', 'budget.executed': '1320万元' },
    ],
    [
      'an increment then 调整后为B',
      '2023年年初预算1,200万元,调增150万元,调整后为1,350万元,实际支出1,320万元。',
      { 'budget.initial': '1200万元', 'budget.total': '1350万元', 'budget.executed': '1320万元' },
    ],
    [
      'refused: an increment alone is no budget',
      '2023年年初预算1,200万元,年中追加50万元,实际支出1,220万元。',
      { 'budget.initial': '1200万元', 'budget.executed': '1220万元' },
    ],
    [
      'refused: the “三公” budget adjusted is not the unit’s',
      '2023年年初预算1,200万元,实际支出1,180万元。“三公”经费预算由20万元调整为15万元。',
      { 'budget.initial': '1200万元', 'budget.executed': '1180万元' },
    ],
    [
      'refused: a sub-item’s budget adjusted is not the unit’s',
      '2023年部门预算1,200万元,其中培训费预算由10万元调整为8万元,实际支出1,150万元。',
      { 'budget.total': '1200万元', 'budget.executed': '1150万元' },
    ],
    [
      'refused: another year’s budget adjusted',
      '2022年部门预算由1,100万元调整为1,150万元。2023年年初预算1,200万元,实际支出1,180万元。',
      { 'budget.initial': '1200万元', 'budget.executed': '1180万元' },
    ],
    [
      'refused: the year before’s, named by word',
      '2023年年初预算1,200万元,实际支出1,180万元,上年预算由1,100万元调整为1,150万元。',
      { 'budget.initial': '1200万元', 'budget.executed': '1180万元' },
    ],
    [
      'refused: a change of something else than money (绩效目标由3项调整为5项)',
      '2023年绩效目标由3项调整为5项,年初预算1,200万元,实际支出1,150万元。',
      { 'budget.initial': '1200万元', 'budget.executed': '1150万元' },
    ],
  ])('%s', (_, text, figures) => {
    expect(figuresOf(REPORT + text)).toEqual(figures);
  });

  it('a task’s budget adjusted (由A调整为B) is its budget, B', () => {
    const r = extract(
      docOf(
        `${REPORT}2023年年初预算1,200万元,实际支出1,180万元。\n\n(一)重点项目情况\n\n1、农村道路养护项目:预算由80万元调整为100万元,实际支出95万元,执行率95%。\n\n2、农技推广项目:年初预算60万元,调整后预算50万元,实际支出50万元,执行率100%。\n`,
      ),
    );
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['农村道路养护项目', '100', '95', '95'],
      ['农技推广项目', '50', '50', '100'],
    ]);
    expect(r.figures['budget.total']).toBeUndefined();
  });

  it('an item of a list closed by semicolons, its budget adjusted, keeps its row with the adjusted budget', () => {
    const r = extract(
      docOf(
        `${REPORT}2023年年初预算1,200万元,实际支出1,180万元。\n\n项目支出情况:农村道路养护项目预算由80万元调整为100万元,实际支出95万元;农技推广项目预算50万元,实际支出48万元;动物防疫项目预算40万元,实际支出40万元。\n`,
      ),
    );
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      ['农村道路养护项目', '100', '95'],
      ['农技推广项目', '50', '48'],
      ['动物防疫项目', '40', '40'],
    ]);
    expect(r.figures['budget.total']).toBeUndefined();
  });

  it('an item’s budget after a change (年中追加X万元,调整后为B) is B', () => {
    const r = extract(
      docOf(
        `${REPORT}2023年年初预算1,200万元,实际支出1,180万元。\n\n2、农技推广项目:年初预算50万元,年中追加10万元,调整后为60万元,实际支出58万元,执行率96.67%。\n`,
      ),
    );
    expect(r.tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([['农技推广项目', '60', '58', '96.67']]);
  });

  it('refused: a sub-item’s budget before its adjustment is no figure of the unit’s', () => {
    expect(figuresOf(`${REPORT}2023年部门预算1,200万元,其中培训费预算由10万元调整为8万元。`)).toEqual({ 'budget.total': '1200万元' });
  });
});

describe('a name set in quotes before its money (“X经费”项目支出…)', () => {
  // invented: a school's note on two of its projects, each clause opening on a quoted name
  const NOTE =
    '# 某市职业学院关于2021年度项目绩效评价结果的说明\n\n' +
    '我院对12个支出项目开展了绩效自评,其中“实训耗材经费”及“宿舍维修经费”两项目纳入了重点评价:' +
    '“实训耗材经费”项目支出41.20万元,预算执行率88.10%,评价得分85分;“宿舍维修经费”项目支出160.40万元,预算执行率为95.30%,评价得分87分。\n';

  it('a quoted name’s spending and rate are that name’s, never the unit’s (before: the last clause’s, as the unit’s)', () => {
    const r = extract(docOf(NOTE));
    expect(r.figures['budget.executed']).toBeUndefined();
    expect(r.figures['budget.executionRate']).toBeUndefined();
    expect(r.tasks.map((t) => [t.name, t.executed, t.rate])).toContainEqual(['宿舍维修经费', '160.40', '95.30']);
  });

  it('refused: in the report on the quoted project itself, its quoted name states the report’s own figures', () => {
    const own = '# “宿舍维修经费”项目2021年度绩效自评报告\n\n“宿舍维修经费”项目支出160.40万元,预算执行率为95.30%。\n';
    expect(figuresOf(own)).toMatchObject({ 'budget.executed': '160.40万元', 'budget.executionRate': '95.30%' });
  });

  it('refused: quotes that mark a kind of money (“三公”经费支出) name no item', () => {
    const threePublic = '# 某市职业学院2021年度部门决算\n\n2021年度“三公”经费支出12.30万元。\n';
    expect(figuresOf(threePublic)).toMatchObject({ 'threePublic.total': '12.30万元' });
  });
});

describe('the revenue’s budget and its 决算 stated before the spending’s (收支预决算对比)', () => {
  // invented: a final account comparing income and spending each with its budget, in one sentence split by ";"
  const ACCOUNT = '# 某县水文站2022年度部门决算\n\n';

  it('a sentence opening on 收入预算数 states the revenue’s budget and what came in; the spending’s sentence states the budget’s execution', () => {
    const text = `${ACCOUNT}(一)收入支出预决算对比\n2022年度收入预算数为410.00万元,决算数为455.30万元,完成预算的111.05%;支出预算数为420.00万元,决算数为448.20万元,完成预算的106.71%。\n`;
    expect(figuresOf(text)).toMatchObject({
      'budget.total': '420.00万元',
      'budget.executed': '448.20万元',
      'budget.executionRate': '106.71%',
    });
  });

  it('refused: a budget worded on its income side (年初预算收入…) stays the unit’s budget', () => {
    const text = `${ACCOUNT}2022年度年初预算收入410.00万元,全年实际支出400.00万元,预算执行率97.56%。\n`;
    expect(figuresOf(text)).toMatchObject({ 'budget.initial': '410.00万元', 'budget.executed': '400.00万元' });
  });

  it('refused: the year’s income stated first (本年收入合计…), then the execution, keeps the execution', () => {
    const text = `${ACCOUNT}本年收入合计500.00万元,全年预算数480.00万元,全年执行数470.00万元。\n`;
    expect(figuresOf(text)).toMatchObject({ 'income.total': '500.00万元', 'budget.total': '480.00万元', 'budget.executed': '470.00万元' });
  });
});

describe('spending said as incurred (发生支出)', () => {
  const ACCOUNT = '# 某县档案馆2022年度部门决算\n\n';

  it('the year’s spending incurred, its head bare, is the year’s spending; set against a budget, the budget’s execution', () => {
    expect(figuresOf(`${ACCOUNT}2022年度本单位收入406.80万元,共发生支出398.20万元。\n`)).toMatchObject({
      'income.total': '406.80万元',
      'expense.total': '398.20万元',
    });
    const evaluation = '# 某县档案馆2022年度部门整体支出绩效自评报告\n\n本年度预算资金500.00万元,共发生支出480.00万元,预算执行率96.00%。\n';
    expect(figuresOf(evaluation)).toMatchObject({ 'budget.total': '500.00万元', 'budget.executed': '480.00万元' });
  });

  it('refused: spending incurred by something named before it (项目实施过程中发生支出) is no figure of the unit’s', () => {
    const got = figuresOf(`${ACCOUNT}项目实施过程中发生支出398.20万元。\n`);
    expect(got['expense.total']).toBeUndefined();
    expect(got['budget.executed']).toBeUndefined();
  });
});

describe('the budget’s whole spending named 预算总支出', () => {
  it('in an evaluation, 预算总支出 is the budget and the 决算总支出 beside it its execution (before: both the year’s spending)', () => {
    const text = '# 某县档案馆2022年度部门整体支出绩效自评报告\n\n部门2022年度预算总支出1860.00万元,决算总支出1802.50万元。\n';
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '1860.00万元', 'budget.executed': '1802.50万元' });
  });

  it('refused: in a budget document 预算总支出 stays the budgeted spending total (convention 4), no budget.*', () => {
    const got = figuresOf(
      '# 某县档案馆2023年部门预算公开\n\n2023年本部门预算总支出1860.00万元,其中基本支出1500.00万元,项目支出360.00万元。\n',
    );
    expect(got).toMatchObject({ 'expense.total': '1860.00万元', 'expense.basic': '1500.00万元' });
    expect(got['budget.total']).toBeUndefined();
  });
});

describe('the year-end carry-over said by where it goes (结转下年)', () => {
  it('the unit’s money carried to the next year is its year-end carry-over', () => {
    const text = '# 某县档案馆2022年度部门决算\n\n本年收入406.80万元,本年支出398.20万元,结转下年8.60万元。\n';
    expect(figuresOf(text)).toMatchObject({ 'carryover.end': '8.60万元' });
  });

  it('refused: a project’s or a fund’s money carried on (项目资金结转下年, 本项目结转下年) is no carry-over of the unit’s', () => {
    expect(figuresOf('# 某县档案馆2022年度部门决算\n\n项目资金结转下年5.00万元。\n')['carryover.end']).toBeUndefined();
    const project = '# 某县档案馆2022年度档案数字化项目支出绩效自评报告\n\n本项目预算50万元,实际支出45万元,本项目结转下年5.00万元。\n';
    expect(figuresOf(project)['carryover.end']).toBeUndefined();
  });
});

describe('a list of tables a PDF copy ran into the first sentence (…八、一般公共预算“三公”经费支出情况表…收入预算总计…)', () => {
  const TOC =
    '# 某县图书馆2024年单位预算公开说明\n\n目录一、单位收支总体情况表二、单位收入总体情况表三、一般公共预算“三公”经费支出情况表四、项目支出表第一部分单位预算情况说明一、收入支出预算总体情况说明某县图书馆2024年收入预算总计312.5万元,其中:一般公共预算收入300万元;事业收入预算12.5万元。';

  it('the “三公” table’s title names a table, not the subject of the amounts after it (before: the income total as the “三公” total)', () => {
    const got = figuresOf(`${TOC}\n`);
    expect(got['threePublic.total']).toBeUndefined();
    expect(got['income.total']).toBe('312.5万元');
  });

  it('refused: a sentence naming the “三公” funds besides their table stays theirs', () => {
    const got = figuresOf('# 某县图书馆2024年单位预算公开说明\n\n据“三公”经费支出情况表,2024年“三公”经费预算3.5万元。\n');
    expect(got['threePublic.total']).toBe('3.5万元');
  });
});

describe('another year’s money in brackets, and a comparison leading into the clause', () => {
  const EVALUATION = '# 某县档案馆2023年度部门整体支出绩效自评报告\n\n';

  it('a bracket another year follows is that year’s aside; the report’s year’s clause after it is read (before: its spending as the unit’s)', () => {
    const text = `${EVALUATION}与2022年(预算980万元,支出950万元)相比,2023年预算1050万元,支出1020万元,执行率97.14%。\n`;
    expect(figuresOf(text)).toMatchObject({
      'budget.total': '1050万元',
      'budget.executed': '1020万元',
      'budget.executionRate': '97.14%',
    });
  });

  it('a bracket another year opens, after each amount, leaves the sentence in the report’s year (before: the spending after it unread)', () => {
    const text = `${EVALUATION}2023年预算1050万元(2022年为980万元),支出1020万元(2022年为950万元),执行率97.14%。\n`;
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '1050万元', 'budget.executed': '1020万元' });
  });

  it('a comparison with the year before leads into the clause without naming its subject (与上年相比,2023年预算…)', () => {
    const text = `${EVALUATION}与2022年相比,2023年预算1050万元,支出1020万元,执行率97.14%。\n`;
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '1050万元', 'budget.executed': '1020万元' });
  });

  it('refused: a bracket of the report’s own year is no aside, and the year before’s bracket gives no figure', () => {
    const own = figuresOf(`${EVALUATION}2023年(预算1050万元,支出1020万元)执行率97.14%。\n`);
    expect(own['budget.executed']).toBe('1020万元');
    const prior = figuresOf(`${EVALUATION}预算执行率97.14%(上年为96.94%)。\n`);
    expect(prior['budget.executionRate']).toBe('97.14%');
  });
});

describe('the adjusted budget with the kind of money after it (调整后预算资金)', () => {
  it('调整后预算资金 is the adjusted budget, and the spending beside it its execution (before: the spending alone, as the year’s)', () => {
    const text = '# 某县档案馆2023年度档案数字化项目支出绩效自评报告\n\n该项目调整后预算资金86.00万元,实际支出84.30万元。\n';
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '86.00万元', 'budget.executed': '84.30万元' });
  });

  it('refused: a part’s adjusted budget named before the words (基本支出调整后预算资金) is no budget of the unit’s', () => {
    const got = figuresOf('# 某县档案馆2023年度部门整体支出绩效自评报告\n\n其中基本支出调整后预算资金60.00万元。\n');
    expect(got['budget.total']).toBeUndefined();
  });
});

describe('spending set against a budget stated before the semicolon of the same statement', () => {
  const EVALUATION = '# 某县档案馆2023年度部门整体支出绩效自评报告\n\n';

  it('“预算支出X;决算支出Y。”: the spending after the ";" is the budget’s execution (before: the year’s spending)', () => {
    const text = `${EVALUATION}2023年部门预算支出860.00万元;决算支出845.20万元。\n`;
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '860.00万元', 'budget.executed': '845.20万元' });
  });

  it('refused: a budget stated in a sentence a full stop closed sets no later sentence’s spending against it', () => {
    const got = figuresOf(`${EVALUATION}2023年部门预算支出860.00万元。决算支出845.20万元。\n`);
    expect(got['budget.executed']).toBeUndefined();
    expect(got['expense.total']).toBe('845.20万元');
  });
});

describe('a totalling word between a part’s wording and its amount (基本支出合计 / 其他收入累计 / 项目支出计)', () => {
  const ACCOUNT = '# 某县档案馆2023年度部门决算\n\n';

  it('the part’s total is the part (before: 基本支出合计, 其他收入累计 and 项目支出计 unread)', () => {
    const text = `${ACCOUNT}本年收入合计618.40万元,其中:财政拨款收入600.00万元,其他收入累计18.40万元。本年支出合计612.75万元,其中:基本支出合计480.25万元,项目支出计132.50万元。\n`;
    expect(figuresOf(text)).toMatchObject({
      'income.total': '618.40万元',
      'income.other': '18.40万元',
      'expense.total': '612.75万元',
      'expense.basic': '480.25万元',
      'expense.project': '132.50万元',
    });
  });

  it('refused: a word ending in 计 that totals nothing (审计, 预计) leaves no wording where 计 begins, and names no part', () => {
    const got = figuresOf(`${ACCOUNT}项目支出审计132.50万元。基本支出预计480.25万元。\n`);
    expect(got['expense.project']).toBeUndefined();
    expect(got['expense.basic']).toBeUndefined();
  });
});

describe('a part’s 总计 (基本支出总计 / 其他收入总计) is the part, not the money available or spent and carried over', () => {
  const ACCOUNT = '# 某县档案馆2023年度部门决算\n\n';

  it('the part’s words before 总计 name the part (before: the 收入总计 / 支出总计 of the whole, the part unread)', () => {
    const got = figuresOf(`${ACCOUNT}本年支出合计612.75万元,其中:基本支出总计480.25万元,项目支出总计132.50万元;其他收入总计18.40万元。\n`);
    expect(got).toMatchObject({ 'expense.basic': '480.25万元', 'expense.project': '132.50万元', 'income.other': '18.40万元' });
    expect(got['expense.grandTotal']).toBeUndefined();
    expect(got['income.grandTotal']).toBeUndefined();
  });

  it('refused: 收入总计 / 支出总计 after the unit’s words stay the whole (收入总计 includes the carry-in, no income.total)', () => {
    const got = figuresOf(`${ACCOUNT}本部门收入总计640.00万元,支出总计640.00万元。\n`);
    expect(got['income.grandTotal']).toBe('640.00万元');
    expect(got['expense.grandTotal']).toBe('640.00万元');
    expect(got['income.total']).toBeUndefined();
    expect(got['expense.basic']).toBeUndefined();
  });
});

describe('其中 then one named project’s budget and spending, in the sentence of the unit’s budget', () => {
  const UNIT = '# 某县交通运输局2023年度部门整体支出绩效自评报告\n\n';

  it('reads the project’s row, and its spending as no execution of the unit’s', () => {
    const text = `${UNIT}2023年全年预算1,000万元,其中:城区道路维修项目预算300万元,实际支出290万元。\n`;
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '1000万元' });
    expect(figuresOf(text)['budget.executed']).toBeUndefined();
    expect(extract(docOf(text)).tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([['城区道路维修项目', '300', '290']]);
  });

  it('refused: the budget’s split by nature after 其中 keeps the sentence whole (no project named)', () => {
    const got = figuresOf(`${UNIT}2023年全年预算1,000万元,其中:基本支出预算700万元,项目支出预算300万元。\n`);
    expect(got).toMatchObject({ 'budget.total': '1000万元', 'expense.basic.budget': '700万元', 'expense.project.budget': '300万元' });
  });
});

describe('总预算 alone in a project’s report: the total of the projects the report evaluates', () => {
  const PROJECT = '# 某县文化广电旅游局2023年度项目支出绩效自评报告\n\n';

  it('reads it as the budget, the spending set against it as the budget’s execution (not a bare expense total)', () => {
    const got = figuresOf(`${PROJECT}2023年度,我局实施重点项目4个,总预算410万元,实际支出396.2万元。\n`);
    expect(got).toMatchObject({ 'budget.total': '410万元', 'budget.executed': '396.2万元' });
    expect(got['expense.total']).toBeUndefined();
  });

  it('refused: after a name (甲村总预算), or in a unit’s report (its projects’ total is no budget of the unit’s)', () => {
    expect(figuresOf(`${PROJECT}甲村总预算50万元,已支付48万元。\n`)['budget.total']).toBeUndefined();
    const unit = '# 某县文化广电旅游局2023年度部门整体支出绩效自评报告\n\n';
    expect(figuresOf(`${unit}2023年度,我局实施重点项目4个,总预算410万元,实际支出396.2万元。\n`)['budget.total']).toBeUndefined();
  });
});

describe('an item named before its colon, its money in words no wording knows as a budget (到位资金)', () => {
  const title = '# 某县教育体育局2023年度学生资助资金绩效自评报告\n\n';
  it('gives the unit nothing: the money is that item’s (实际发放 is no spending of the unit’s)', () => {
    const text = `${title}学前教育幼儿资助:到位资金45.6万元,实际发放45.6万元,发放率100%。\n\n普通高中国家助学金:到位资金96万元,实际发放96万元,发放率100%。\n`;
    expect(figuresOf(text)).toEqual({});
  });
  it('a label that names no money before the colon leaves the sentence to the other rules (文本内容:…总得分99分)', () => {
    expect(figuresOf(`${title}文本内容:学生资助项目绩效自评表项目总得分99分。\n`)).toMatchObject({ 'eval.score': '99分' });
  });
});

describe('the projects’ money taken together in a unit’s report (项目资金合计…,实际支出…)', () => {
  const unit = '# 某县林业局2023年度部门整体支出绩效自评报告\n\n';
  it('gives the unit nothing: its spending is the projects’, no second statement of the unit’s (no repeat.mismatch)', () => {
    const text = `${unit}2023年部门预算1000万元,实际支出980万元,执行率98%。本年度共实施项目3个,项目资金合计200万元,实际支出195万元,执行率97.5%。\n`;
    expect(figuresOf(text)).toEqual({ 'budget.total': '1000万元', 'budget.executed': '980万元', 'budget.executionRate': '98%' });
    expect(reconcile(extract(docOf(text))).map((d) => d.rule)).toEqual([]);
  });
  it('in a project’s own report the same words state the project’s budget and spending', () => {
    const text = '# 某县林业局2023年度森林防火项目支出绩效自评报告\n\n本年度项目资金合计200万元,实际支出195万元,执行率97.5%。\n';
    expect(figuresOf(text)).toEqual({ 'budget.total': '200万元', 'budget.executed': '195万元', 'budget.executionRate': '97.5%' });
  });
});

describe('funds named by no one (投入资金) in a unit’s report: what is spent after them is that work’s', () => {
  const unit = '# 某县林业局2023年度部门整体支出绩效自评报告\n\n';
  it('gives no second statement of the unit’s spending (no repeat.mismatch)', () => {
    const text = `${unit}一、部门预算执行情况。2023年部门预算1200万元,实际支出1150万元,执行率95.83%。二、绩效目标完成情况。全年共完成造林面积1.2万亩,投入资金300万元,实际支出290万元。\n`;
    expect(figuresOf(text)).toEqual({ 'budget.total': '1200万元', 'budget.executed': '1150万元', 'budget.executionRate': '95.83%' });
    expect(reconcile(extract(docOf(text))).map((d) => d.rule)).toEqual([]);
  });
  it('a budget’s wording before the money keeps the unit’s sentence (全年预算资金…)', () => {
    expect(figuresOf(`${unit}全年预算资金1200万元,实际支出1150万元。\n`)).toMatchObject({
      'budget.total': '1200万元',
      'budget.executed': '1150万元',
    });
  });
});

describe('a place’s fund for a work in a unit’s report (全县共有公路养护资金…,实际使用…)', () => {
  const unit = '# 某县交通运输局2023年度部门整体支出绩效自评报告\n\n2023年部门预算1500万元,实际支出1420万元,执行率94.67%。';
  it('is no second statement of the unit’s spending (no repeat.mismatch)', () => {
    const text = `${unit}全县共有公路养护资金860万元,实际使用820万元。\n`;
    expect(figuresOf(text)).toEqual({ 'budget.total': '1500万元', 'budget.executed': '1420万元', 'budget.executionRate': '94.67%' });
    expect(reconcile(extract(docOf(text))).map((d) => d.rule)).toEqual([]);
  });
});

describe('another unit named as a sentence’s subject in a department’s report (its sub-unit’s money)', () => {
  const REPORT = '南屏县自然资源局2023年度部门整体支出绩效自评报告\n\n';
  it('reads no figure of the sub-units’ spending, and the department’s own stands', () => {
    const text = `${REPORT}2023年,县不动产登记中心支出412.35万元,县土地储备中心支出1,268.40万元,已纳入本部门整体支出统计。\n\n2023年度我局全年预算数5,612.08万元,全年执行数5,380.55万元,执行率95.87%。`;
    const record = extract(docOf(text));
    expect(Object.fromEntries(Object.entries(record.figures).map(([k, f]) => [k, f.value]))).toEqual({
      'budget.total': '5612.08',
      'budget.executed': '5380.55',
      'budget.executionRate': '95.87',
    });
    expect(reconcile(record)).toEqual([]);
  });
  it.each([
    ['the reporting unit by its name', '南屏县自然资源局2023年支出5,380.55万元。', { 'expense.total': '5380.55万元' }],
    ['the reporting unit by 我局 after the year', '2023年度我局支出5,380.55万元。', { 'expense.total': '5380.55万元' }],
  ])('refused: %s is no other unit', (_, text, figures) => {
    expect(figuresOf(REPORT + text)).toEqual(figures);
  });
});

describe('a project-only wording’s guesses in numbered siblings (1.A类项目资金… 2.B类项目资金…) give no budget', () => {
  const title = '# 某县2022年度衔接推进乡村振兴补助资金绩效自评报告\n\n';
  it('reads no budget.total from two numbered items’ funds of different amounts', () => {
    expect(figuresOf(`${title}1.产业发展类项目资金1200万元。2.基础设施类项目资金500万元。`)['budget.total']).toBeUndefined();
  });
  it('refused: a total stated before its parts in no list, and stated again, stays the budget', () => {
    const text = `${title}下达我县2023年补助资金246.2万元。其中:下达省级补助资金19.5万元,下达补助资金57.5万元。共下达我县补助资金246.2万元。`;
    expect(figuresOf(text)['budget.total']).toBe('246.2万元');
  });
});

describe('a project-only wording’s guess in a clause after “;” of a sentence that stated money before it gives no budget', () => {
  const title = '# 某县2022年度农业相关转移支付资金绩效自评报告\n\n';
  it('reads no budget.total from the second of two funds’ totals, each with its parts (…;B补助资金2000万元,其中:…)', () => {
    const text = `${title}一、项目基本情况\n2022年,我县共收到农业生产发展资金5000万元,其中:耕地地力保护补贴3000万元,农机购置补贴1200万元,农业产业发展800万元;农田建设补助资金2000万元,其中:高标准农田建设1800万元,农田建设项目管理费200万元。`;
    expect(figuresOf(text)['budget.total']).toBeUndefined();
  });
  it('refused: the guess in the sentence’s first clause stays the budget (项目补助资金2000万元,其中:…)', () => {
    const text = `${title}2022年我县项目补助资金2000万元,其中:高标准农田建设1800万元,项目管理费200万元。`;
    expect(figuresOf(text)['budget.total']).toBe('2000万元');
  });
});

describe('the reporting unit by its short name (以下简称) as a sentence’s subject', () => {
  const REPORT =
    '东川县文化广电和旅游局2023年度部门整体支出绩效评价报告\n\n受东川县财政局委托,某会计师事务所对东川县文化广电和旅游局(以下简称“县文广旅局”)2023年度部门整体支出开展了绩效评价。\n\n';
  it('reads its figures: the short name takes the full name’s characters in order, the kind of unit last', () => {
    expect(figuresOf(`${REPORT}2023年县文广旅局年初预算2,641.70万元,调整后预算3,012.56万元,执行数2,893.41万元,预算执行率96.04%。`)).toEqual(
      {
        'budget.initial': '2641.70万元',
        'budget.total': '3012.56万元',
        'budget.executed': '2893.41万元',
        'budget.executionRate': '96.04%',
      },
    );
  });
  it('refused: a unit below it whose name is no shortening of it (县文化馆: 馆 is not 局) states its own money', () => {
    expect(figuresOf(`${REPORT}2023年县文化馆年初预算264.70万元,执行数251.41万元。`)).toEqual({});
  });
});

describe('a form’s grade cell closing its line, the next line run into it (a form copied a row a line, no blank lines)', () => {
  const form = (last: string) =>
    `某县人社局2020年度部门整体支出绩效自评报告\n部门名称 某县人社局 填报日期 2021年3月26日\n${last}\n三、存在问题及改进措施\n(一)部分培训班次延期。`;
  it('reads the grade the line ends on (总分 100 97.62 自评等级 优)', () => {
    expect(figuresOf(form('总分 100 97.62 自评等级 优'))['eval.grade']).toBe('优');
  });
  it('refused: a grade word that runs on into a tally on its own line (自评等级 优秀项目3个) is none', () => {
    expect(figuresOf(form('总分 100 97.62 自评等级 优秀项目3个'))['eval.grade']).toBeUndefined();
  });
});

describe('Markdown: a page that masks names with asterisks keeps its shorter masks as written', () => {
  it('reads 下达**河县 and 水**管理 with their asterisks where the page also masks with four (****财政局)', () => {
    const text = '某县2023年度水利发展资金项目绩效自评报告\n\n****财政局下达**河县2023年资金1,200万元,其中水**管理200万元。';
    expect(extract(docOf(text)).figures['budget.total']?.evidence.snippet ?? '').toContain('**');
  });
});
