import { describe, expect, it } from 'vitest';
import { splitRunTogether, tokensOf } from '../../src/extract/tables.ts';
import { documentMeasure, unwrappedLines } from '../../src/extract/printedLines.ts';
import { segmentsOf } from '../../src/extract/text.ts';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { docOf, figuresOf } from './helpers.ts';

// Budget-execution tables as reports lay them out; each layout is one case: text → the figures it must give.
const PROJECT = '项目支出绩效自评表(2022年度)\n\n';
/** A budget document's title (LABELS.md convention 4: its budgeted totals are income.* / expense.*). */
const BUDGET_DOC = '某县图书馆2024年部门预算公开说明\n\n';
const LAYOUTS: { layout: string; text: string; want: Record<string, string | undefined> }[] = [
  {
    layout: 'a 部门整体支出绩效自评表’s funds block: 年初预算资金总额 is one column (the 年初), 实际投入资金额 its spending',
    text: '某县档案馆2021年部门整体支出绩效自评表\n\n| 资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |\n| 合计 | 318 | 305.2 | |\n| 其中:财政拨款 | 318 | 305.2 | |\n',
    want: { 'budget.initial': '318万元', 'budget.executed': '305.2万元', 'budget.total': undefined },
  },
  {
    layout:
      'a form’s pairs on one line, one bare number closing it after the spending (预算数 6.84 到位数 6.84 执行数 6.50 95.03): the rate',
    text: '某县民政局2020年度预算项目绩效自评表\n\n一、基本情况 项目名称: 高龄津贴 金额单位: 万元\n二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)\n预算数 6.84 到位数 6.84 执行数 6.50 95.03\n其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.50\n',
    want: { 'budget.total': '6.84万元', 'budget.executed': '6.50万元', 'budget.executionRate': '95.03%' },
  },
  {
    layout: 'the same pairs with the form’s next row run on after the rate, one paragraph (…执行数 6.50 95.03 其中:财政资金 6.84 …)',
    text: '某县民政局2020年度预算项目绩效自评表\n\n一、基本情况项目名称: 高龄津贴金额单位: 万元二、预算执行情况预算安排情况(调整后)资金到位情况资金执行情况预算执行进度(%) 预算数 6.84 到位数 6.84 执行数 6.50 95.03 其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.50\n',
    want: { 'budget.total': '6.84万元', 'budget.executed': '6.50万元', 'budget.executionRate': '95.03%' },
  },
  {
    layout: 'refused: a bare number closing the line that is no rate of the spending over the budget (执行数 6.50 3) is no pair’s',
    text: '某县民政局2020年度预算项目绩效自评表\n\n一、基本情况 项目名称: 高龄津贴 金额单位: 万元\n二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 得分\n预算数 6.84 到位数 6.84 执行数 6.50 3\n其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.50\n',
    want: { 'budget.total': '6.84万元', 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'a one-line form whose 得分 header the copy set elsewhere: one value past the header’s 分值 | 执行率, the score, is dropped',
    text: '项目支出绩效自评表 ( 2021 年度) 项目名称 法治宣传经费 主管部门 某市司法局 项目资金(万元) 实施单位 某市司法局 年初预算数 全年预算数 全年执行数 分值 执行率 年度资金总额: 620.82 620.82 610.50 10 98.34% 9.8 其中:当年财政 拨款 620.82 620.82 610.50 得分 上年结转资金 其他资金 预期目标\n',
    want: {
      'budget.initial': '620.82万元',
      'budget.total': '620.82万元',
      'budget.executed': '610.50万元',
      'budget.executionRate': '98.34%',
    },
  },
  {
    layout: 'refused: the value past the header more than the weight is no score: the row’s columns are unknown',
    text: '项目支出绩效自评表 ( 2021 年度) 项目名称 法治宣传经费 主管部门 某市司法局 项目资金(万元) 实施单位 某市司法局 年初预算数 全年预算数 全年执行数 分值 执行率 年度资金总额: 620.82 620.82 610.50 10 98.34% 15 其中:当年财政 拨款 620.82 620.82 610.50 得分 上年结转资金 其他资金 预期目标\n',
    want: { 'budget.initial': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'the same form’s rate header with spaces inside its note (执行率(全年 执行数/全年 预算数)): one header',
    text: '项目支出绩效自评表 ( 2021 年度) 项目名称 法治宣传经费 主管部门 某市司法局 项目资金(万元) 实施单位 某市司法局 年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) 年度资金总额: 620.82 620.82 610.50 10 98.34% 9.8 其中:当年财政 拨款 620.82 620.82 610.50 得分 上年结转资金 其他资金 预期目标\n',
    want: {
      'budget.initial': '620.82万元',
      'budget.total': '620.82万元',
      'budget.executed': '610.50万元',
      'budget.executionRate': '98.34%',
    },
  },
  {
    layout: 'a row short of a cell whose one fitting placement contradicts itself (30 | 30 | 10 | 100% | 99): its budgets only',
    text: `${PROJECT}项目名称\n商品质量检测经费\n项目资金\n(万元)\n年初预算数\n调整预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n30\n30\n10\n100%\n99\n`,
    want: { 'budget.initial': '30万元', 'budget.total': '30万元', 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'the same form as a PDF’s text gives it: each amount’s unit a space after it (620.82 万元), one cell',
    text: '项目支出绩效自评表 ( 2021年度) 项目名称法治宣传经费主管部门某市司法局项目资金(万元)实施单位某市司法局年初预算数全年预算数全年执行数分值执行率(全年执行数/全年预算数) 年度资金总额: 620.82 万元 620.82 万元 610.50 万元 10 98.34% 9.8 其中:当年财政 拨款 620.82 万元 620.82 万元 610.50 万元 上年结转资金 其他资金\n',
    want: {
      'budget.initial': '620.82万元',
      'budget.total': '620.82万元',
      'budget.executed': '610.50万元',
      'budget.executionRate': '98.34%',
    },
  },
  {
    layout: 'refused: 资金总额 heading a column of its own after 年初预算 stays the budget column it names',
    text: '某县档案馆2021年部门整体支出绩效自评表\n\n| 资金情况(万元) | 年初预算 | 资金总额 | 执行数 | 执行率 |\n| 合计 | 300 | 318 | 305.2 | 95.97% |\n',
    want: { 'budget.initial': '300万元', 'budget.total': '318万元', 'budget.executed': '305.2万元' },
  },
  {
    layout: 'a project table on one PDF line: the total row’s values spaced, then text',
    text: `${PROJECT}项目名称乡村道路养护工作经费主管部门某区交通运输局实施单位:某区公路养护中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分年度资金总额:120 114 10 95% 9.5 其中:本年一般公共预算拨款 120 114 其他资金 年度总体目标通过规范地区道路养护工作经费的使用\n`,
    want: { 'budget.initial': '120万元', 'budget.executed': '114万元', 'budget.executionRate': '95%' },
  },
  {
    layout: 'the same text hard-wrapped every 28 characters, inside header words, below short metadata lines',
    text: `${PROJECT}资源描述:\n大小:43 KB\n页数:2页\n项目名称乡村道路养护工作经费主管部门某区交通运输局实施单\n位:某区公路养护中心项目资金(万元) 年初预算数(A)全\n年执行数(B)分值(10分)执行率(B/A)得分年度资金\n总额:120 114 10 95% 9.5 其中:本年一\n般公共预算拨款 120 114 其他资金 年度总体目标通\n过规范地区道路养护工作经费的使用,实现科学管理,发挥项目\n资金作用\n`,
    want: { 'budget.initial': '120万元', 'budget.executed': '114万元', 'budget.executionRate': '95%' },
  },
  {
    layout: 'a project list one cell a line, header 序号 … 执行率(%): the serial of the first row is no rate of the header’s',
    text: '某县文化旅游局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n全年预算数(万元)\n全年执行数(万元)\n执行率(%)\n1\n非遗保护传承\n35.6\n35.6\n100\n2\n公共文化服务体系建设\n120\n108\n90\n',
    want: { 'budget.executionRate': undefined, 'budget.total': undefined },
  },
  {
    layout: 'refused: a form’s label cell and its value cell one a line, no 序号 heading the run: the value is the label’s',
    text: `${PROJECT}项目名称\n乡村道路养护\n全年预算数(万元)\n120\n全年执行数(万元)\n114\n执行率(%)\n95\n`,
    want: { 'budget.executionRate': '95%' },
  },
  {
    layout: 'pipe rows with annotated headers (A)/(B)/(B/A)',
    text: `${PROJECT}资金投入情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||\n年度资金总额: | 808.1 | 692.98 | 86% | ||||\n其中:中央财政资金 | 808.1 | 692.98 | 86% | ||||\n`,
    want: { 'budget.total': '808.1万元', 'budget.executed': '692.98万元', 'budget.executionRate': '86%' },
  },
  {
    layout: 'one cell per line, blank lines between, a note cell under a header',
    text: `${PROJECT}预算数(A)\n\n执行数(B)\n\n执行率(B/A)\n\n得分\n\n(20分*执行率)\n\n\n\n年度财政资金总额\n\n50\n\n10\n\n20\n\n4\n`,
    want: { 'budget.total': '50万元', 'budget.executed': '10万元', 'budget.executionRate': '20%' },
  },
  {
    layout: 'one cell per paragraph, each ending in " |", under a header that names the label column',
    text: `${PROJECT}${['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', '总额', '120.50', '118.00', '117.20', '99.32%', '10', '', '其中:财政资金', '120.50', '118.00', '117.20', '99.32%', '/', '/'].map((c) => `${c} |`).join('\n\n')}\n`,
    want: {
      'budget.initial': '120.50万元',
      'budget.total': '118.00万元',
      'budget.executed': '117.20万元',
      'budget.executionRate': '99.32%',
    },
  },
  {
    layout: 'a total row’s label with its values glued on, after a header row separated by spaces',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 执行率 年度资金总额64.864.864.8100%\n`,
    want: { 'budget.initial': '64.8万元', 'budget.total': '64.8万元', 'budget.executed': '64.8万元', 'budget.executionRate': '100%' },
  },
  {
    // (a run of cells longer than any one cell's piece: read as values all the same, not with the space before it)
    layout: 'a project form run into one line, its total row’s cells run together past a cell’s length and a 其中 row after',
    text: `某县第六中学2023年度学生资助项目支出绩效自评表 项目名称 学生资助项目 主管部门 某县教育局 实施单位 某县第六中学 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 593.27593.27448.641076%7.6 其中:当年财政拨款 593.27593.27448.64—76%— 上年结转资金 —— 其他资金 —— 总分 100 98\n`,
    want: { 'budget.initial': '593.27万元', 'budget.total': '593.27万元', 'budget.executed': '448.64万元', 'budget.executionRate': '76%' },
  },
  {
    layout: 'the same form copied with no space at all between cells: the next row’s label run on after the total row’s values',
    text: `某县中心医院2023年度院区建设补助项目绩效自评表 项目名称 院区建设补助 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额593.27593.27448.641075.62%7.56其中:当年财政拨款593.27593.27448.64—75.62%—上年结转资金———其他资金———\n`,
    want: {
      'budget.initial': '593.27万元',
      'budget.total': '593.27万元',
      'budget.executed': '448.64万元',
      'budget.executionRate': '75.62%',
    },
  },
  {
    layout: 'the same, a space between the total row’s label and its values only',
    text: `某县中心医院2023年度院区建设补助项目绩效自评表 项目名称 院区建设补助 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 593.27593.27448.641075.62%7.56其中:当年财政拨款593.27593.27448.64—75.62%—上年结转资金———其他资金———\n`,
    want: {
      'budget.initial': '593.27万元',
      'budget.total': '593.27万元',
      'budget.executed': '448.64万元',
      'budget.executionRate': '75.62%',
    },
  },
  {
    layout: 'the same form, its score for execution worked out by a rule of its own (10 at 76%)',
    text: `某县第六中学2023年度学生资助项目支出绩效自评表 项目名称 学生资助项目 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 593.27593.27448.641076%10 其中:当年财政拨款 593.27593.27448.64—76%— 总分 100 98\n`,
    want: { 'budget.initial': '593.27万元', 'budget.total': '593.27万元', 'budget.executed': '448.64万元', 'budget.executionRate': '76%' },
  },
  {
    layout: 'a 单位 line over a form whose money header stands below its 项目名称 / 主管部门 rows: the form’s unit',
    text: `某镇2023年村级组织运转补助项目支出绩效自评表\n\n单位:元\n\n| 项目名称 | 村级组织运转补助 | | | | | |\n|---|---|---|---|---|---|---|\n| 主管部门 | 某镇人民政府 | 实施单位 | 某镇财政所 | | | |\n| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | 2026400 | 2026400 | 2026400 | 10 | 100% | 10 |\n`,
    want: { 'budget.initial': '2026400元', 'budget.total': '2026400元', 'budget.executed': '2026400元', 'budget.executionRate': '100%' },
  },
  {
    layout: 'refused: a 单位 line over the table before, a sentence between, is not the next table’s unit',
    text: `某镇2023年村级组织运转补助项目支出绩效自评表\n\n单位:元\n\n| 指标 | 数值 |\n|---|---|\n| 村数 | 12 |\n\n以下为资金情况。\n\n| 项目名称 | 村级组织运转补助 | | | | | |\n|---|---|---|---|---|---|---|\n| 主管部门 | 某镇人民政府 | 实施单位 | 某镇财政所 | | | |\n| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | 202.64 | 202.64 | 202.64 | 10 | 100% | 10 |\n`,
    want: { 'budget.initial': '202.64万元', 'budget.total': '202.64万元', 'budget.executed': '202.64万元', 'budget.executionRate': '100%' },
  },
  {
    layout: 'the same total row the last words of its line',
    text: `某县第六中学2023年度学生资助项目支出绩效自评表 项目名称 学生资助项目 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 593.27593.27448.641076%7.6\n`,
    want: { 'budget.initial': '593.27万元', 'budget.total': '593.27万元', 'budget.executed': '448.64万元', 'budget.executionRate': '76%' },
  },
  {
    layout: 'final accounts in 元, every row label first and every value after, one cell per line',
    text: `某某局2023年度部门决算\n\n金额单位:元\n\n项目\n\n本年收入合计\n\n财政拨款收入\n\n其他收入\n\n本年支出合计\n\n基本支出\n\n项目支出\n\n金额\n\n12,345,678.90\n\n12,000,000.00\n\n345,678.90\n\n12,300,000.00\n\n10,000,000.00\n\n2,300,000.00\n`,
    want: {
      'income.total': '12345678.90元',
      'income.fiscal': '12000000.00元',
      'income.other': '345678.90元',
      'expense.total': '12300000.00元',
      'expense.basic': '10000000.00元',
      'expense.project': '2300000.00元',
    },
  },
  {
    layout: 'a department table with an adjusted-budget column (调整预算数) and basic / project rows',
    text: `部门整体支出绩效自评报告\n\n| 项目 | 年初预算数 | 调整预算数 | 决算数 | 执行率 |\n|---|---|---|---|---|\n| 合计 | 2,000.00 | 2,150.00 | 2,120.50 | 98.63% |\n| 基本支出 | 1,500.00 | 1,550.00 | 1,548.20 | 99.88% |\n| 项目支出 | 500.00 | 600.00 | 572.30 | 95.38% |\n`,
    want: {
      'budget.initial': '2000.00万元',
      'budget.total': '2150.00万元',
      'budget.executed': '2120.50万元',
      'budget.executionRate': '98.63%',
      'expense.basic': '1548.20万元',
      'expense.project': '572.30万元',
    },
  },
  ...[
    ['预算金额', '支出金额', '执行率'],
    ['全年预算', '已支出', '执行进度'],
    ['批复金额', '实际支付金额', '支付率'],
    ['资金总额', '已拨付', '拨付率'],
    ['预算安排金额', '实际支出金额', '支出率'],
    ['全年预算数', '资金执行数', '资金执行率'],
    ['全年预算数', '实际支付数', '支付率'],
    ['预算数', '决算数', '决算数占预算数%'],
    ['预算数', '决算数', '决算占预算(%)'],
    ['全年预算数', '全年执行数', '执行率%'],
    ['预算数', '决算数', '完成预算%'],
  ].map(([budget, executed, rate]) => ({
    layout: `a project's budget table headed ${budget} / ${executed} / ${rate}`,
    text: `${PROJECT}| 项目 | ${budget} | ${executed} | ${rate} |\n|---|---|---|---|\n| 项目资金 | 80 | 78.8 | 98.5% |\n`,
    want: { 'budget.total': '80万元', 'budget.executed': '78.8万元', 'budget.executionRate': '98.5%' },
  })),
  {
    layout: 'the national department template: 按收入性质分 / 按支出性质分 rows of label and value pairs, the unit in the header',
    text: `部门整体支出绩效自评表\n\n| 年度预算执行情况(万元) | | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |\n|---|---|---|---|---|---|---|---|\n| 年度资金总额 | | 1,500.00 | 1,620.00 | 1,598.40 | 10 | 98.67% | 9.87 |\n| 按收入性质分 | | | | 按支出性质分 | | | |\n| 其中:一般公共预算 | 1,620.00 | | | 其中:基本支出 | 1,200.00 | | |\n| 政府性基金 | 0 | | | 项目支出 | 398.40 | | |\n`,
    want: {
      'budget.initial': '1500.00万元',
      'budget.total': '1620.00万元',
      'budget.executed': '1598.40万元',
      'budget.executionRate': '98.67%',
      'expense.basic': '1200.00万元',
      'expense.project': '398.40万元',
    },
  },
  {
    layout: 'a project’s table of one row, named by its fund, that proves itself a budget line',
    text: `${PROJECT}| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 财政拨款 | 100 | 100 | 95 | 95% |\n`,
    want: { 'budget.initial': '100万元', 'budget.total': '100万元', 'budget.executed': '95万元', 'budget.executionRate': '95%' },
  },
  {
    layout: 'a header row and its total row on one line, spaces kept between cells',
    text: `部门整体支出绩效自评报告\n\n项目 年初预算数 调整预算数 决算数 执行率 合计 2,000.00 2,150.00 2,120.50 98.63%\n`,
    want: {
      'budget.initial': '2000.00万元',
      'budget.total': '2150.00万元',
      'budget.executed': '2120.50万元',
      'budget.executionRate': '98.63%',
    },
  },
  {
    layout: 'a PDF line wrap between a row’s last value and the next row’s label leaves them glued (97.96%基本支出)',
    text: `部门整体支出绩效自评报告\n\n项目年初预算数调整预算数决算数执行率合计 3,000.00 3,200.00 3,104.00 97.00%基本支出 2,000.00 2,100.00 2,079.00 99.00% 项目支出 1,000.00 1,100.00 1,025.00 93.18%\n`,
    want: {
      'budget.initial': '3000.00万元',
      'budget.total': '3200.00万元',
      'budget.executed': '3104.00万元',
      'budget.executionRate': '97.00%',
      'expense.basic': '2079.00万元',
      'expense.project': '1025.00万元',
    },
  },
  {
    layout: 'columns of funds received (到位数) and left (结余) hold their places and are no figures',
    text: `${PROJECT}| 资金来源 | 预算数 | 到位数 | 执行数 | 结余 | 执行率 |\n|---|---|---|---|---|---|\n| 合计 | 150 | 150 | 142.5 | 7.5 | 95% |\n| 中央资金 | 100 | 100 | 100 | 0 | 100% |\n\n| 绩效自评等级 | 优 |\n`,
    want: { 'budget.total': '150万元', 'budget.executed': '142.5万元', 'budget.executionRate': '95%', 'eval.grade': '优' },
  },
  {
    layout: 'one row per line inside one paragraph, cells separated by spaces',
    text: `${PROJECT}(万元)\n\n资金来源 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 5.28 1.96 1.96 10 100.00% 10\n其中:当年财政拨款 5.28 1.96 1.96 - - -\n`,
    want: { 'budget.initial': '5.28万元', 'budget.total': '1.96万元', 'budget.executed': '1.96万元', 'budget.executionRate': '100.00%' },
  },
  {
    layout: 'a whole form one row a line in one paragraph, its rows of one width (no page wrap to undo)',
    text: '项目支出绩效自评表\n(2022年度)\n项目名称 高标准农田建设管护经费\n主管部门 青山县农业农村局 实施单位 青山县农业农村局\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 50 60 54 10 90% 9\n其中:当年财政拨款 50 60 54 - -\n上年结转资金 - -\n其他资金 - -\n总分 100 95\n',
    want: { 'budget.initial': '50万元', 'budget.total': '60万元', 'budget.executed': '54万元', 'budget.executionRate': '90%' },
  },
  {
    layout: 'two projects’ forms one cell a line on one page: each 总分 is its project’s, the page has no score',
    text: '项目支出绩效自评表\n\n项目名称\n\n山塘除险加固工程\n\n项目资金(万元)\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n分值\n\n执行率\n\n得分\n\n年度资金总额\n\n36\n\n42\n\n39.9\n\n10\n\n95%\n\n9\n\n总分\n\n100\n\n96\n\n项目支出绩效自评表\n\n项目名称\n\n农村供水管网维修\n\n项目资金(万元)\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n分值\n\n执行率\n\n得分\n\n年度资金总额\n\n20\n\n20\n\n18\n\n10\n\n90%\n\n9\n\n总分\n\n100\n\n92\n\n',
    want: { 'eval.score': undefined, 'budget.total': undefined, 'budget.executed': undefined },
  },
  ...[
    ['| 自评等级 | 优 |', '| 自评等级 | 良 |'],
    ['自评等级 优', '自评等级 良'],
  ].map(([first, second]) => ({
    layout: `two projects’ forms on one page, each ending on its own grade (${first}): the page has no grade`,
    text: `项目支出绩效自评表\n\n项目名称 山塘除险加固工程\n\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 36 42 39.9 10 95% 9\n总分 100 96\n\n${first}\n\n项目支出绩效自评表\n\n项目名称 农村供水管网维修\n\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 20 20 18 10 90% 9\n总分 100 88\n\n${second}\n`,
    want: { 'eval.grade': undefined, 'eval.score': undefined },
  })),
  {
    // (one value throughout is no rival: a single form's grade, stated in its cell and in the text, stands)
    layout: 'one project’s form whose grade the text states again: the grade stands',
    text: `项目支出绩效自评表\n\n项目名称 山塘除险加固工程\n\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 36 42 39.9 10 95% 9\n总分 100 96\n\n自评等级 优\n\n综上,该项目自评等级为优。\n`,
    want: { 'eval.grade': '优', 'eval.score': '96分' },
  },
  {
    layout: 'header run together inside a paragraph, total row cells run together',
    text: `${PROJECT}项目名称某某道路保洁经费项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:310.2154.741050%5执行率*该指标分值。`,
    want: { 'budget.initial': '310.2万元', 'budget.executed': '154.74万元', 'budget.executionRate': '50%' },
  },
  {
    // (Word's or an OCR's spacing copied: a space before each column's letters, before the colon and inside a bracket)
    layout: 'the same form copied with a space before each header’s letters, its weight and the total’s colon',
    text: `${PROJECT}项目名称某某道路保洁经费项目资金 (万元 ) 年初预算数 (A)全年执行数 (B)分值 (10分)执行率 (B/A)得分得分计算方法年度资金总额 :310.2154.741050%5执行率 *该指标分值。`,
    want: { 'budget.initial': '310.2万元', 'budget.executed': '154.74万元', 'budget.executionRate': '50%' },
  },
  {
    layout: 'the run-together form with every header’s letters spaced off it, and the sub-line’s value spaced',
    text: `${PROJECT}项目名称某某水标尺安装项目资金情况 (万元)全年预算数 (A)全年执行数 (B)分值执行率 (B/A)得分年度资金总额 :303010100.00%10其中 :本年财政拨款 3030其他资金`,
    want: { 'budget.total': '30万元', 'budget.executed': '30万元', 'budget.executionRate': '100.00%' },
  },
  {
    // (a PDF's text layer spaces the OCR'd "(B/A1" off 得分; the header word a space past the run is still the run's)
    layout: 'header run together, a header word one space past it, then the total row’s cells run together',
    text: `${PROJECT}项目名称某某排涝泵站运维预算执行情况 (万元) (20 分)预算数(A)执行数(B)执行率(B/A) 得分(20 分*执行率)年度财政资金总额 360342.995.25%19`,
    want: { 'budget.total': '360万元', 'budget.executed': '342.9万元', 'budget.executionRate': '95.25%' },
  },
  {
    // (the first run's line joined on with a space: the second run is the first's, and the total row after it is read)
    layout: 'header run cut over a line, the second part its own run written together, the total row glued after it',
    text: `${PROJECT}项目名称某某水标尺安装项目资金情况(万元)全年预算数(A)全年执行数(B) 分值执行率(B/A)得分年度资金总额:303010100.00%10 其中:本年财政拨款 3030 其他资金`,
    want: { 'budget.total': '30万元', 'budget.executed': '30万元', 'budget.executionRate': '100.00%' },
  },
  {
    layout: 'the Sichuan form run together on a mirror: headers up to 原因, then a bare 总额 and its values glued',
    text: `部门预算项目支出绩效自评表(2023年度)项目名称51092324T000010260001-道路维护经费主管部门白河县交通运输局实施单位白河县交通运输局预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额120.00135.60130.1896.00%109.6其中:财政资金120.00135.60130.1896.00%//财政专户管理资金0.000.000.000.00%//`,
    want: {
      'budget.initial': '120.00万元',
      'budget.total': '135.60万元',
      'budget.executed': '130.18万元',
      'budget.executionRate': '96.00%',
    },
  },
  {
    layout: 'the same form with no initial budget (0.00) and a whole score after the rate',
    text: `部门预算项目支出绩效自评表(2023年度)项目名称设备购置补助主管部门白河县司法局部门实施单位白河县司法局预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额0.003.363.36100.00%1010其中:财政资金0.003.363.36100.00%//`,
    want: { 'budget.initial': '0.00万元', 'budget.total': '3.36万元', 'budget.executed': '3.36万元', 'budget.executionRate': '100.00%' },
  },
  {
    layout:
      'the same form as a .docx paragraph gives it (a copy one cell a line, its breaks dropped): headers run together, values spaced, the note after them numbered 1., an indicators table with 未完成原因分析 before it',
    text: `绩效指标(90分) 一级指标二级指标三级指标指标性质指标值度量单位完成值权重得分未完成原因分析产出指标数量指标购置设备数量 ≥ 5 台完成 20 20 合计 100 评价结论按计划完成。部门预算项目支出绩效自评表(2023年度) 项目名称 设备购置补助主管部门白河县司法局部门实施单位白河县司法局预算执行情况(10分) 年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因总额 0.00 4.52 4.52 100.00% 10 10 1.预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因;2.其他资金包括社会投入资金。 其中:财政资金 0.00 4.52 4.52 100.00% / /`,
    want: { 'budget.initial': '0.00万元', 'budget.total': '4.52万元', 'budget.executed': '4.52万元', 'budget.executionRate': '100.00%' },
  },
  {
    layout: 'the same without the 原因 column: the note’s 1. is no seventh value of the row',
    text: `部门预算项目支出绩效自评表(2023年度) 项目名称 设备购置补助主管部门白河县司法局部门实施单位白河县司法局预算执行情况(10分) 年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分总额 0.00 4.52 4.52 100.00% 10 10 1.预算执行率=预算执行数/调整后预算数。 其中:财政资金 0.00 4.52 4.52 100.00%`,
    want: { 'budget.initial': '0.00万元', 'budget.total': '4.52万元', 'budget.executed': '4.52万元', 'budget.executionRate': '100.00%' },
  },
  {
    layout: 'refused: the same spaced values after a bare 总额 that words part from the headers label no total row',
    text: `部门预算项目支出绩效自评表(2023年度) 项目名称 设备购置补助主管部门白河县司法局部门实施单位白河县司法局预算执行情况(10分) 年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分原因见附件说明各项资金总额 0.00 4.52 4.52 100.00% 10 10 1.预算执行率=预算执行数/调整后预算数。`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout:
      'a department form run into one paragraph whose money cells carry their unit (年度资金总额 3200.50万元 3200.50万元 2880.45万元 10 90% 9)',
    text: `部门整体支出绩效自评表 (2021年度) 预算单位名称白河县林业局年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 3200.50万元 3200.50万元 2880.45万元 10 90% 9 按收入性质分: 按支出性质分: 其中: 一般公共预算:1200.50万元年度总体目标预期目标`,
    want: {
      'budget.initial': '3200.50万元',
      'budget.total': '3200.50万元',
      'budget.executed': '2880.45万元',
      'budget.executionRate': '90%',
    },
  },
  {
    layout: 'refused: the last such cell run on into words (2880.45万元按收入性质分) is no value, nor are its digits cut short (no 2880)',
    text: `部门整体支出绩效自评表 (2021年度) 预算单位名称白河县林业局年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 3200.50万元 3200.50万元 2880.45万元按收入性质分: 按支出性质分: 其中: 一般公共预算:1200.50万元年度总体目标预期目标`,
    want: { 'budget.total': '3200.50万元', 'budget.executed': undefined },
  },
  {
    layout: 'refused: a bare 总额 that does not follow the headers (words between) labels no total row',
    text: `部门预算项目支出绩效自评表(2023年度)项目名称道路维护经费主管部门白河县交通运输局实施单位白河县交通运输局资金说明年初预算调整后预算数预算执行数预算执行率权重得分原因见附件说明各项资金总额120.00135.60130.1896.00%109.6`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'department table: basic and project rows read from the executed column',
    text: `部门整体支出绩效自评表\n\n| 部门(单位)总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法 |\n| 年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | 执行率*该指标分值 |\n| 基本支出 | 985.19 | 914.97 | 10 | 10 | |\n| 项目支出 | 187.36 | 353.75 | 10 | 10 | |\n`,
    want: {
      'budget.initial': '1172.55万元',
      'budget.executed': '1268.72万元',
      'expense.basic': '914.97万元',
      'expense.project': '353.75万元',
    },
  },
  {
    layout:
      'the same department table as a .docx paragraph gives a copy one cell a line: the basic and project rows run on after the words cell of the total row',
    text: `部门整体支出绩效自评表单位(盖章):白河县白云镇人民政府填报日期:2022年2月3日部门(单位)名称白河县白云镇人民政府部门(单位)总体 资金(万元) 资 金 来 源 年初预算数(A) 全年执行数(B) 分值(10分) 得分 得分计算方法 年度资金总额: 1000.00 1100.00 10 10 执行率*该指标分值,最高不得超过分值上限。基本支出 800.00 820.00 10 10 项目支出 200.00 280.00 10 10 其他年度总体目标年初设定目标年度总体目标完成情况 (1)组织实施经济发展计划,促进经济发展。(2)完成上级交办的其它事项。`,
    want: {
      'budget.initial': '1000.00万元',
      'budget.executed': '1100.00万元',
      'expense.basic': '820.00万元',
      'expense.project': '280.00万元',
    },
  },
  {
    layout: 'the same with a row’s label run on after the row before’s last value, as a PDF line wrap leaves it (…10 10项目支出)',
    text: `部门整体支出绩效自评表单位(盖章):白河县白云镇人民政府填报日期:2022年2月3日部门(单位)名称白河县白云镇人民政府部门(单位)总体 资金(万元) 资 金 来 源 年初预算数(A) 全年执行数(B) 分值(10分) 得分 得分计算方法 年度资金总额: 1000.00 1100.00 10 10 执行率*该指标分值,最高不得超过分值上限。基本支出 800.00 820.00 10 10项目支出 200.00 280.00 10 10 其他年度总体目标年初设定目标年度总体目标完成情况 (1)组织实施经济发展计划,促进经济发展。(2)完成上级交办的其它事项。`,
    want: { 'expense.basic': '820.00万元', 'expense.project': '280.00万元' },
  },
  {
    layout:
      'the same as a PDF’s text layer gives it: a digit spaced off the word after it inside the weight’s note (分值(10 分)), one header',
    text: `部门整体支出绩效自评表单位(盖章):白河县白云镇人民政府填报日期:2022年 2 月 3 日部门(单位)名称白河县白云镇人民政府部门(单位)总体资金(万元)资金来源年初预算数(A) 全年执行数(B) 分值(10 分) 得分得分计算方法年度资金总额: 1000.00 1100.00 10 10 执行率*该指标分值,最高不得超过分值上限。基本支出 800.00 820.00 10 10项目支出 200.00 280.00 10 10 其他年度总体目标`,
    want: {
      'budget.initial': '1000.00万元',
      'budget.executed': '1100.00万元',
      'expense.basic': '820.00万元',
      'expense.project': '280.00万元',
    },
  },
  {
    layout: 'refused: a note spaced inside whose words make no header (附注(10 分)) is no column, and the row is not guessed',
    text: `部门整体支出绩效自评表单位(盖章):白河县白云镇人民政府填报日期:2022年 2 月 3 日部门(单位)名称白河县白云镇人民政府部门(单位)总体资金(万元)资金来源年初预算数(A) 全年执行数(B) 附注(10 分) 得分得分计算方法年度资金总额: 1000.00 1100.00 10 10 执行率*该指标分值,最高不得超过分值上限。基本支出 800.00 820.00 10 10项目支出 200.00 280.00 10 10 其他年度总体目标`,
    want: { 'budget.initial': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'refused: a row wording with one value, words after it, is no row read out of the text',
    text: `部门整体支出绩效自评表单位(盖章):白河县白云镇人民政府填报日期:2022年2月3日部门(单位)名称白河县白云镇人民政府部门(单位)总体 资金(万元) 资 金 来 源 年初预算数(A) 全年执行数(B) 分值(10分) 得分 得分计算方法 年度资金总额: 1000.00 1100.00 10 10 执行率*该指标分值,最高不得超过分值上限。基本支出 820.00 其中人员经费较上年增加。项目支出 280.00 其中专项较上年减少。 其他年度总体目标年初设定目标年度总体目标完成情况 (1)组织实施经济发展计划,促进经济发展。(2)完成上级交办的其它事项。`,
    want: { 'expense.basic': undefined, 'expense.project': undefined },
  },
  {
    layout: 'blank header cells between headers (columns no row fills)',
    text: `${PROJECT}| 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 |\n| 总额 | 5.00 | 5.00 | 4.00 | | | 80.00% | 10 | 8 |\n`,
    want: { 'budget.initial': '5.00万元', 'budget.total': '5.00万元', 'budget.executed': '4.00万元', 'budget.executionRate': '80.00%' },
  },
  {
    layout: 'a one-row table on one line, headers then values, titled right after a sentence on the “三公” funds: no “三公” table',
    text: `2023年度部门整体支出绩效自评报告\n\n“三公”经费支出9.37万元。\n部门整体预算执行情况表(单位:万元)\n年初预算数 全年预算数 全年执行数 执行率 5,120.00 5,436.28 5,318.64 97.84%\n`,
    want: {
      'threePublic.total': '9.37万元',
      'budget.initial': '5120.00万元',
      'budget.total': '5436.28万元',
      'budget.executed': '5318.64万元',
      'budget.executionRate': '97.84%',
    },
  },
  {
    layout: 'columns of several years: only the report year is read, a “三公” row is the “三公” total',
    text: `2018年度部门整体支出绩效自评报告\n\n经费控制情况 2017年决算数 2018年预算数 2018年决算数\n三公经费 29.08 63.46 44.29\n`,
    want: { 'threePublic.total': '44.29万元' },
  },
  {
    layout: 'year columns whose header words a PDF copy spaced inside, on the values’ line ("2020年决 算数 2021年预算 数 …")',
    text: `2021年度部门整体支出绩效自评报告\n\n10% 经费控制情况 2020年决 算数 2021年预算 数 2021年决 算数 三公经费 12.60 18.00 15.35\n`,
    want: { 'threePublic.total': '15.35万元' },
  },
  {
    layout: 'refused: spaced words that make no header joined stay apart ("2020年决 算表 2021年预 算表"): no column, no figure',
    text: `2021年度部门整体支出绩效自评报告\n\n10% 经费控制情况 2020年决 算表 2021年预 算表 2021年决 算表 三公经费 12.60 18.00 15.35\n`,
    want: { 'threePublic.total': undefined, 'threePublic.budget': undefined },
  },
  {
    layout: 'a form copied as spaced rows, the total row ending in its 原因 column’s note, header words inside the note',
    text: `${PROJECT}预算执行情况(10分) 年度预算数(万元) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因\n合计 20.00 24.00 23.10 96.25% 10 9.6 1.预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因\n`,
    want: { 'budget.initial': '20.00万元', 'budget.total': '24.00万元', 'budget.executed': '23.10万元', 'budget.executionRate': '96.25%' },
  },
  {
    layout: 'refused: a line of words, numbers and header words under the same header is no total row ("截至年底 3 5 个村…")',
    text: `${PROJECT}预算执行情况(10分) 年度预算数(万元) 年初预算 调整后预算数 预算执行数 预算执行率 权重 得分 原因\n截至年底 3 5 个村已完成改造,预算执行率=预算执行数/调整后预算数\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'last year and this year columns (上年决算 / 本年预算 / 本年决算)',
    text: `${PROJECT}| 项目 | 上年决算数 | 本年预算数 | 本年决算数 |\n| 合计 | 80 | 100 | 96 |\n`,
    want: { 'budget.total': '100万元', 'budget.executed': '96万元' },
  },
  {
    layout: 'final accounts with all row labels first, then all values (元, thousands separators)',
    text: `某某中学2023年度部门决算公开说明\n\n单位:元\n\n本年收入合计\n\n财政拨款收入\n\n其他收入\n\n本年支出合计\n\n18,428,500.00\n\n18,000,000.00\n\n428,500.00\n\n18,428,500.00\n`,
    want: {
      'income.total': '18428500.00元',
      'income.fiscal': '18000000.00元',
      'income.other': '428500.00元',
      'expense.total': '18428500.00元',
    },
  },
  {
    layout: 'a header row with a 其中: group over its sub-columns, then one unit’s row, cells flattened one a line with " |"',
    text: `某县2022年度部门(单位)整体支出绩效评价自评报告\n二、部门(单位)收支情况 |\n||||||\n年度收入情况(万元) |\n||||||\n机构名称 |\n收入合计 |\n其中: |\n||||\n上年结转 |\n公共财 政拨款 |\n政府基金拨款 |\n其他 收入 |\n||||\n县妇联 |\n86.42 |\n2.1 |\n80.32 |\n0 |\n4 |\n`,
    want: { 'income.total': '86.42万元', 'income.carryIn': '2.1万元', 'income.other': '4万元' },
  },
  {
    layout: 'a header row, then a row with one value too few, read as nothing (no guess which column is empty)',
    text: `某县2022年度部门(单位)整体支出绩效评价自评报告\n年度收入情况(万元) |\n机构名称 |\n收入合计 |\n其中: |\n上年结转 |\n公共财 政拨款 |\n其他 收入 |\n县妇联 |\n86.42 |\n80.32 |\n4 |\n`,
    want: { 'income.total': undefined, 'income.other': undefined },
  },
  {
    layout: 'final accounts one cell per line, last year and this year (recovered as a table by the reader)',
    text: `某乡人民政府2022年度部门决算\n\n收入支出决算总表\n单位:万元\n项目\n上年决算数\n本年决算数\n本年收入合计\n1,020.50\n1,105.30\n财政拨款收入\n1,000.00\n1,085.30\n本年支出合计\n1,010.00\n1,098.60\n`,
    want: { 'income.total': '1105.30万元', 'income.fiscal': '1085.30万元', 'expense.total': '1098.60万元' },
  },
  {
    layout: 'final accounts one row per line, cells separated by spaces, in 元 (recovered as a table by the reader)',
    text: `某乡人民政府2022年度部门决算\n\n单位:元\n项目 决算数\n本年收入合计 10,205,000.00\n其他收入 205,000.00\n本年支出合计 10,100,000.00\n`,
    want: { 'income.total': '10205000.00元', 'income.other': '205000.00元', 'expense.total': '10100000.00元' },
  },
  {
    layout: 'final accounts flattened into one paragraph (a .docx or PDF copy): headers run into the first label',
    text: `某乡人民政府2022年度部门决算\n\n收入支出决算总表单位:万元项目上年决算数本年决算数本年收入合计 1,020.50 1,105.30 财政拨款收入 1,000.00 1,085.30 其他收入 20.50 20.00 本年支出合计 1,010.00 1,098.60\n`,
    want: { 'income.total': '1105.30万元', 'income.fiscal': '1085.30万元', 'income.other': '20.00万元', 'expense.total': '1098.60万元' },
  },
  {
    layout: 'a one-column account flattened into one paragraph: its one header run into the first label (a .docx copy)',
    text: `某乡人民政府2022年度部门决算\n\n单位:元项目决算数本年收入合计 10,408,000.00 其他收入 408,000.00 本年支出合计 10,300,000.00\n`,
    want: { 'income.total': '10408000.00元', 'income.other': '408000.00元', 'expense.total': '10300000.00元' },
  },
  {
    layout: 'the same paragraph from a PDF: a line wrap glued a label to its amount (本年支出合计10,300,000.00)',
    text: `某乡人民政府2022年度部门决算\n\n单位:元项目决算数本年收入合计 10,408,000.00 其他收入 408,000.00 本年支出合计10,300,000.00\n`,
    want: { 'income.total': '10408000.00元', 'income.other': '408000.00元', 'expense.total': '10300000.00元' },
  },
  {
    layout: 'a department’s list of projects (项目名称 | 预算数 …): its 合计 row is the projects’ sum, not the department’s budget',
    text: `某局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 合计 | 25 | 24 | 96% |\n| 档案整理经费 | 5 | 4.8 | 96% |\n| 普法宣传经费 | 20 | 19.2 | 96% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'the same list under a bare 项目 header, with 年初 and 调整后 columns: its rows, not the header, say they are projects',
    text: `某局2022年度部门整体支出绩效自评报告\n\n| 项目 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |\n|---|---|---|---|---|\n| 合计 | 300 | 350 | 330 | 94.29% |\n| 城市照明维护 | 100 | 150 | 140 | 93.33% |\n| 道路清扫保洁 | 200 | 200 | 190 | 95% |\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'under a bare 项目 header, rows split by nature: the 合计 row is the department’s',
    text: `某局2022年度部门整体支出绩效自评报告\n\n| 项目 | 年初预算 | 调整后预算 | 实际支出 | 执行率 |\n|---|---|---|---|---|\n| 合计 | 300 | 350 | 330 | 94.29% |\n| 基本支出 | 100 | 150 | 140 | 93.33% |\n| 项目支出 | 200 | 200 | 190 | 95% |\n`,
    want: { 'budget.initial': '300万元', 'budget.total': '350万元', 'budget.executed': '330万元', 'budget.executionRate': '94.29%' },
  },
  {
    layout:
      'rows split by nature with the 合计 last, which their amounts sum to: the 合计 row is the department’s, each nature row its spending',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本支出 | 520 | 512.5 | 98.56% |\n| 项目支出 | 310 | 280 | 90.32% |\n| 合计 | 830 | 792.5 | 95.48% |\n`,
    want: {
      'budget.total': '830万元',
      'budget.executed': '792.5万元',
      'budget.executionRate': '95.48%',
      'expense.basic': '512.5万元',
      'expense.project': '280万元',
    },
  },
  {
    layout: 'the same under a two-row header, the year over its columns (项目 | 2023年, then 预算数 | 决算数 | 执行率)',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目 | 2023年 | | |\n|---|---|---|---|\n| | 预算数 | 决算数 | 执行率 |\n| 人员经费 | 400 | 398 | 99.5% |\n| 公用经费 | 120 | 114.5 | 95.42% |\n| 项目支出 | 310 | 280 | 90.32% |\n| 合计 | 830 | 792.5 | 95.48% |\n`,
    want: { 'budget.total': '830万元', 'budget.executed': '792.5万元', 'expense.personnel': '398万元', 'expense.project': '280万元' },
  },
  {
    layout: 'the same rows numbered (一、基本支出), with 人员经费 / 公用经费 splitting the 基本支出 row: the 合计 is 基本 + 项目',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目 | 年初预算 | 调整后预算 | 实际支出 | 预算执行率 |\n|---|---|---|---|---|\n| 一、基本支出 | 500 | 520 | 512.5 | 98.56% |\n| 其中:人员经费 | 400 | 410 | 405 | 98.78% |\n| 公用经费 | 100 | 110 | 107.5 | 97.73% |\n| 二、项目支出 | 300 | 310 | 280 | 90.32% |\n| 合 计 | 800 | 830 | 792.5 | 95.48% |\n`,
    want: {
      'budget.initial': '800万元',
      'budget.total': '830万元',
      'budget.executed': '792.5万元',
      'expense.basic': '512.5万元',
      'expense.personnel': '405万元',
      'expense.publicUse': '107.5万元',
      'expense.project': '280万元',
    },
  },
  {
    layout: 'rows that are the department’s spending by nature, 基本支出 and 项目支出, with no total row: each its class’s spending',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本支出 | 520 | 512.5 | 98.56% |\n| 项目支出 | 310 | 280 | 90.32% |\n`,
    want: { 'expense.basic': '512.5万元', 'expense.project': '280万元', 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'refused: 基本支出 beside a project’s row, no 项目支出 row: no split by nature',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本支出 | 520 | 512.5 | 98.56% |\n| 免费开放补助 | 310 | 280 | 90.32% |\n`,
    want: { 'expense.basic': undefined, 'expense.project': undefined },
  },
  {
    layout: 'rows by funding line (一般公共预算拨款 | 政府性基金预算拨款) above a 合计 they add up to: the 合计 row is the department’s',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 资金来源 | 年初预算数 | 调整后预算数 | 实际支出 | 执行率 |\n|---|---|---|---|---|\n| 一般公共预算拨款 | 700 | 760 | 745 | 98.03% |\n| 政府性基金预算拨款 | 50 | 70 | 47.5 | 67.86% |\n| 合计 | 750 | 830 | 792.5 | 95.48% |\n`,
    want: { 'budget.initial': '750万元', 'budget.total': '830万元', 'budget.executed': '792.5万元', 'budget.executionRate': '95.48%' },
  },
  {
    layout: 'refused: funding lines above a 合计 they do not add up to (a line left out, or another table’s total)',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 资金来源 | 年初预算数 | 调整后预算数 | 实际支出 | 执行率 |\n|---|---|---|---|---|\n| 一般公共预算拨款 | 700 | 760 | 745 | 98.03% |\n| 政府性基金预算拨款 | 50 | 70 | 47.5 | 67.86% |\n| 合计 | 800 | 900 | 850 | 94.44% |\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout:
      'a 基础数据表’s year columns (2022年决算数 | 2023年预算数 | 2023年决算数): its 整体支出 row is set against the year’s budget, the budget’s execution and no expense.total',
    text: `某县图书馆2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 经费控制情况 | 2022年决算数 | 2023年预算数 | 2023年决算数 |\n|---|---|---|---|\n| 部门整体支出 | 940.20 | 1012.00 | 986.40 |\n| 三公经费 | 12.50 | 14.00 | 11.30 |\n`,
    want: { 'budget.total': '1012.00万元', 'budget.executed': '986.40万元', 'expense.total': undefined, 'threePublic.total': '11.30万元' },
  },
  {
    layout: 'the same sheet flattened one cell a paragraph, its 支出总额 row: the budget’s execution, as in the table',
    text: `某县图书馆2023年度部门整体支出绩效自评报告\n\n2023年度部门整体支出绩效评价基础数据表\n\n经费控制情况(万元)\n\n2022年决算数\n\n2023年预算数\n\n2023年决算数\n\n支出总额\n\n940.20\n\n1012.00\n\n986.40\n\n基本支出\n\n600.00\n\n650.00\n\n640.00\n\n其中:公用经费\n\n80.00\n\n85.00\n\n84.00\n\n项目支出\n\n340.20\n\n362.00\n\n346.40\n`,
    want: { 'budget.total': '1012.00万元', 'budget.executed': '986.40万元', 'expense.total': undefined, 'expense.basic': '640.00万元' },
  },
  {
    layout: 'refused: the same row beside another year’s budget only (2022年预算数 | 2023年决算数): what was spent, no budget’s execution',
    text: `某县图书馆2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 经费控制情况 | 2022年预算数 | 2023年决算数 |\n|---|---|---|\n| 部门整体支出 | 958.00 | 986.40 |\n`,
    want: { 'expense.total': '986.40万元', 'budget.executed': undefined },
  },
  {
    layout: 'a “三公” table whose rate column is headed 完成预算%: the 合计 row is the “三公” total, its rate the “三公” rate',
    text: `某县教育局2023年度部门整体支出绩效自评报告\n\n二、“三公”经费使用情况\n| 项目 | 预算数(万元) | 决算数(万元) | 完成预算% |\n|---|---|---|---|\n| 合计 | 12.50 | 10.20 | 81.60 |\n| 公务接待费 | 2.50 | 1.80 | 72.00 |\n| 公务用车购置及运行费 | 10.00 | 8.40 | 84.00 |\n`,
    want: {
      'threePublic.total': '10.20万元',
      'threePublic.budget': '12.50万元',
      'budget.executed': undefined,
      'budget.executionRate': undefined,
    },
  },
  {
    layout:
      'a “三公” 决算表 one cell a line, its items over 预算数 | 决算数 pairs, blank cells dropped: the 合计’s pair, proved by the sums (16 + 16 + 10 − 16 = 26)',
    text: `某县司法局2019年度部门决算\n\n单位:万元\n\n合计\n因公出国(境)费\n公务用车购置及运行费\n公务接待费\n小计\n公务用车购置费\n公务用车运行费\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n26.00\n19.60\n16.00\n14.20\n16.00\n14.20\n10.00\n5.40\n`,
    want: { 'threePublic.total': '19.60万元', 'threePublic.budget': '26.00万元', 'budget.executed': undefined },
  },
  {
    layout: 'refused: the same table whose first pair is not the others’ sum (25 ≠ 0 + 16 + 10): no pair is proved the 合计’s',
    text: `某县司法局2019年度部门决算\n\n单位:万元\n\n合计\n因公出国(境)费\n公务用车购置及运行费\n公务接待费\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n预算数\n决算数\n25.00\n19.60\n0\n0\n16.00\n14.20\n10.00\n5.40\n`,
    want: { 'threePublic.total': undefined, 'threePublic.budget': undefined },
  },
  {
    layout: 'rows that are years (年度 | 预算数 | 执行数 | 执行率, then 2023年 / 2022年): the report year’s row is the unit’s line',
    text: `某县气象局2023年度部门整体支出绩效自评报告\n\n近两年预算执行情况(单位:万元)\n\n| 年度 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 2023年 | 536.40 | 521.90 | 97.30% |\n| 2022年 | 498.00 | 480.26 | 96.44% |\n`,
    want: { 'budget.total': '536.40万元', 'budget.executed': '521.90万元', 'budget.executionRate': '97.30%' },
  },
  {
    layout: 'the same one cell a line',
    text: `某县气象局2023年度部门整体支出绩效自评报告\n\n近两年预算执行情况(单位:万元)\n\n年度\n预算数\n执行数\n执行率\n2023年\n536.40\n521.90\n97.30%\n2022年\n498.00\n480.26\n96.44%\n`,
    want: { 'budget.total': '536.40万元', 'budget.executed': '521.90万元', 'budget.executionRate': '97.30%' },
  },
  {
    layout: 'refused: year rows none of which is the report year (2021年 / 2022年 in a 2023 report): earlier years’ lines',
    text: `某县气象局2023年度部门整体支出绩效自评报告\n\n以前年度预算执行情况(单位:万元)\n\n| 年度 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 2022年 | 498.00 | 480.26 | 96.44% |\n| 2021年 | 470.00 | 455.10 | 96.83% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'refused: a year among rows of other names (2023年 beside 基本支出): no table of years',
    text: `某县气象局2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 2023年 | 536.40 | 521.90 | 97.30% |\n| 业务培训 | 20.00 | 18.00 | 90.00% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'refused: spending by year with no budget column (项目 | 2022年决算数 | 2023年决算数): no budget’s execution (convention 2)',
    text: `某县文化馆2023年度部门决算说明\n\n单位:万元\n\n| 项目 | 2022年决算数 | 2023年决算数 |\n|---|---|---|\n| 合计 | 780.5 | 792.5 |\n| 基本支出 | 500 | 512.5 |\n| 项目支出 | 280.5 | 280 |\n`,
    want: { 'budget.executed': undefined, 'expense.basic': '512.5万元', 'expense.project': '280万元' },
  },
  {
    layout: 'refused: nature rows above a 合计 they do not sum to (some other split, or a part left out): nothing is the department’s',
    text: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本支出 | 520 | 512.5 | 98.56% |\n| 项目支出 | 310 | 280 | 90.32% |\n| 合计 | 900 | 850 | 94.44% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'expense.basic': undefined, 'expense.project': undefined },
  },
  {
    layout: 'final accounts comparing the 决算数 with the budget (年初预算数 | 决算数 | 完成预算%): the 决算数 column is the account’s',
    text: `某局2023年度部门决算说明\n\n| 项目 | 年初预算数 | 决算数 | 完成预算% |\n|---|---|---|---|\n| 支出合计 | 1200.00 | 1150.00 | 95.83 |\n| 基本支出 | 800.00 | 790.00 | 98.75 |\n| 项目支出 | 400.00 | 360.00 | 90.00 |\n`,
    want: { 'expense.total': '1150.00万元', 'expense.basic': '790.00万元', 'expense.project': '360.00万元' },
  },
  {
    layout: 'the same with a 完成率 column of percentages',
    text: `某局2023年度部门决算说明\n\n| 项目 | 预算数 | 决算数 | 完成率 |\n|---|---|---|---|\n| 支出合计 | 1200.00 | 1150.00 | 95.83% |\n| 基本支出 | 800.00 | 790.00 | 98.75% |\n`,
    want: { 'expense.total': '1150.00万元', 'expense.basic': '790.00万元' },
  },
  {
    layout: 'a 收支 table’s two sides with a row number column (收入项目 | 行次 | 金额 | 支出项目 | 行次 | 金额)',
    text: `某镇人民政府2022年度部门决算公开\n\n收入支出决算总表\n\n单位:元\n\n| 收入项目 | 行次 | 金额 | 支出项目 | 行次 | 金额 |\n|---|---|---|---|---|---|\n| 财政拨款收入 | 1 | 8,000,000.00 | 一般公共服务支出 | 30 | 7,900,000.00 |\n| 其他收入 | 2 | 100,000.00 | | | |\n| 本年收入合计 | 3 | 8,100,000.00 | 本年支出合计 | 31 | 7,900,000.00 |\n`,
    want: {
      'income.total': '8100000.00元',
      'income.fiscal': '8000000.00元',
      'income.other': '100000.00元',
      'expense.total': '7900000.00元',
    },
  },
  {
    // a copy that drops blank cells leaves a row's 行次 right after its label, its 金额 blank
    layout:
      'refused: a 收支 table’s 行次 left beside a label whose blank amount a copy dropped (| 上级补助收入 | 2 | 文化…支出 | 31 |) is no amount',
    text: `某县档案馆2021年度部门决算\n\n收入支出决算总表\n\n单位:万元\n\n收入 | 支出 | ||||\n项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n财政拨款收入 | 1 | 512.40 | 一般公共服务支出 | 30 | |\n上级补助收入 | 2 | 文化旅游体育与传媒支出 | 31 | ||\n其他收入 | 3 | 社会保障和就业支出 | 32 | 520.10 | |\n本年收入合计 | 4 | 512.40 | 本年支出合计 | 33 | 520.10 |\n年初结转和结余 | 5 | 7.70 | 年末结转和结余 | 34 | |\n`,
    want: {
      'income.fiscal': '512.40万元',
      'income.superior': undefined,
      'income.other': undefined,
      'income.total': '512.40万元',
      'expense.total': '520.10万元',
      'carryover.end': undefined,
    },
  },
  {
    layout: 'a 收支总表 whose 单位 line and side words sit in pipe rows above the delimiter row: the unit is the table’s',
    text: `某镇卫生院2022年度单位决算公开\n\n收入支出决算总表\n\n编制单位:某镇卫生院 | | | 金额单位:元\n| 收入 | | 支出 | |\n|---|---|---|---|\n| 项目 | 金额 | 项目 | 金额 |\n| 其他收入 | 20,000.00 | 卫生健康支出 | 3,050,000.00 |\n| 本年收入合计 | 3,020,000.00 | 本年支出合计 | 3,050,000.00 |\n| 年初结转和结余 | 40,000.00 | 年末结转和结余 | 10,000.00 |\n`,
    want: {
      'income.total': '3020000.00元',
      'income.other': '20000.00元',
      'expense.total': '3050000.00元',
      'carryover.end': '10000.00元',
    },
  },
  {
    layout: 'refused: a table of amounts above the delimiter row’s table is another table, its 单位 line no unit of this one',
    text: `某镇卫生院2022年度单位决算公开\n\n收入支出决算总表\n\n编制单位:某镇卫生院 | | | 金额单位:元\n| 一般公共服务支出 | 1,000.00 | 支出 | |\n|---|---|---|---|\n| 项目 | 金额 | 项目 | 金额 |\n| 其他收入 | 20.00 | 卫生健康支出 | 305.00 |\n| 本年收入合计 | 302.00 | 本年支出合计 | 305.00 |\n`,
    want: { 'income.total': '302.00万元', 'expense.total': '305.00万元' },
  },
  {
    layout:
      'a 收支总表 laid out by pdftotext -layout: the 项目 行次 金额 header on its line, each row on a line of its own below, blank amounts',
    text: `某区档案馆2023年度部门决算\n\n                       收入支出决算总表\n单位:某区档案馆                                      金额单位:元\n          收入                                  支出\n       项目            行次     金额          项目            行次       金额\n       栏次                      1            栏次                        2\n一、一般公共预算财政拨款收入 1  2,400,000.00  一、一般公共服务支出 32  2,380,000.00\n二、上级补助收入          2                二、教育支出         33\n八、其他收入              8     16,000.00\n      本年收入合计       28  2,416,000.00        本年支出合计   58  2,380,000.00\n      年初结转和结余     30          0.00      年末结转和结余   60     36,000.00\n`,
    want: {
      'income.total': '2416000.00元',
      'income.other': '16000.00元',
      'expense.total': '2380000.00元',
      'carryover.end': '36000.00元',
      'expense.generalPublic': undefined,
    },
  },
  {
    layout: 'refused: the 财政拨款收入支出决算总表 laid out the same way: its totals are the fiscal funds’, not the unit’s',
    text: `某区档案馆2023年度部门决算\n\n                       财政拨款收入支出决算总表\n单位:某区档案馆                                      金额单位:元\n       项目            行次     金额          项目            行次       合计\n一、一般公共预算财政拨款   1  2,400,000.00  一、一般公共服务支出 32  2,380,000.00\n      本年收入合计       28  2,400,000.00        本年支出合计   58  2,380,000.00\n      年初财政拨款结转和结余 30   0.00      年末财政拨款结转和结余 60  20,000.00\n`,
    want: { 'income.total': undefined, 'expense.total': undefined, 'carryover.end': undefined },
  },
  {
    layout: 'a 支出决算表 as space-separated rows, its 科目编码 科目名称 栏次 run into one label before the column numbers',
    text: `某街道办事处2023年度部门决算\n\n支出决算表\n单位:万元\n项目 本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出\n科目编码 科目名称 栏次 1 2 3 4 5 6\n合计 4,520.60 3,100.25 1,420.35 0.00 0.00 0.00\n201 一般公共服务支出 4,520.60 3,100.25 1,420.35 0.00 0.00 0.00\n`,
    want: { 'expense.total': '4520.60万元', 'expense.basic': '3100.25万元', 'expense.project': '1420.35万元' },
  },
  {
    layout: 'refused: the same 收入决算表 with its blank cells dropped from the 合计 row: fewer values than columns place none',
    text: `某街道办事处2023年度部门决算\n\n收入决算表\n单位:万元\n项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入\n科目编码 科目名称 栏次 1 2 3 4 5 6 7\n合计 4,580.60 4,520.60 60.00\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'income.other': undefined },
  },
  {
    layout: 'final accounts labels then values, the labels run together by a .docx copy (本年收入合计财政拨款收入…)',
    text: `某某中学2023年度部门决算公开说明\n\n单位:元\n\n本年收入合计财政拨款收入其他收入本年支出合计 18,428,500.00 18,000,000.00 428,500.00 18,428,500.00\n`,
    want: {
      'income.total': '18428500.00元',
      'income.fiscal': '18000000.00元',
      'income.other': '428500.00元',
      'expense.total': '18428500.00元',
    },
  },
  {
    layout: 'columns of several years as a PDF copies them, a space between each year and 年 (2018 年决算数)',
    text: `2018年度部门整体支出绩效自评报告\n\n经费控制情况 2017 年决算数 2018 年预算数 2018 年决算数三公经费 31.08 60.46 42.29\n`,
    want: { 'threePublic.total': '42.29万元' },
  },
  {
    layout: 'a title a PDF ran into the first header, too long to be a cell (…自评表(2023年度)预算数(A) 执行数(B) …)',
    text: `某某水利项目支出绩效自评表(2023年度)预算数(A) 执行数(B) 执行率(B/A) 得分年度财政资金总额 70 63 90% 18\n`,
    want: { 'budget.total': '70万元', 'budget.executed': '63万元', 'budget.executionRate': '90%' },
  },
  {
    layout: 'a 收支 table’s pipe rows without a delimiter row run into one paragraph (.docx), the unit declared above it',
    text: `某某中学2022年度部门决算公开说明\n\n单位:元\n\n收入项目 | 决算数 | 支出项目 | 决算数 | 财政拨款收入 | 6,230,400.00 | 教育支出 | 6,100,000.00 | 其他收入 | 30,000.00 | 住房保障支出 | 110,400.00 | 本年收入合计 | 6,260,400.00 | 本年支出合计 | 6,210,400.00 |\n`,
    want: {
      'income.fiscal': '6230400.00元',
      'income.other': '30000.00元',
      'income.total': '6260400.00元',
      'expense.total': '6210400.00元',
    },
  },
  {
    layout: "an indicator table's 总分 row: weight 100, then the score",
    text: `${PROJECT}| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n| 产出指标 | 数量指标 | 培训人数 | 20 | 20 |\n| 总分 | | | 100 | 95 |\n`,
    want: { 'eval.score': '95分' },
  },
  {
    // a form copied one cell a line: a blank line between the row's label and its first value is the 年初预算数 left blank
    layout: 'one cell a line, a blank line for the blank 年初预算数 cell: the next value is the 全年预算数',
    text: `${PROJECT}项目资金(万元)\n\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n\n年度资金总额\n\n48.6\n45.2\n10\n93.00%\n9.3\n\n其中:当年财政拨款\n\n48.6\n45.2\n—\n—\n—\n总分\n100\n94.3\n`,
    want: {
      'budget.initial': undefined,
      'budget.total': '48.6万元',
      'budget.executed': '45.2万元',
      'budget.executionRate': '93.00%',
      'eval.score': '94.3分',
    },
  },
  {
    // refused: a copy that puts a blank line after every cell says nothing by one, so the dropped cell's column is
    // unknown (年初 or 全年); and a run of more blank lines than a row has cells is a break in the page, not cells
    layout: 'refused: one cell a paragraph (a blank line after each) or a long run of blank lines: the budget’s column is unknown',
    text: `${PROJECT}项目资金(万元)\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n分值\n\n执行率\n\n得分\n\n年度资金总额\n\n48.6\n\n45.2\n\n10\n\n93.00%\n\n9.3\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': '45.2万元', 'budget.executionRate': '93.00%' },
  },
  {
    layout: 'refused: one cell a line, then more blank lines than the row has cells before its values',
    text: `${PROJECT}项目资金(万元)\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n\n\n\n\n\n\n48.6\n45.2\n10\n93.00%\n9.3\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': '45.2万元' },
  },
  {
    // the Yunnan and Hunan forms name the indicator table's last row 综合得分 (or 综合评分): weight 100, then the score
    layout: "an indicator table's 综合得分 row: weight 100, then the score, its grade on the next row",
    text: `${PROJECT}| 资金情况(万元) | 预算数 | 执行数 | 执行率 | 得分 |\n| 资金总额 | 40 | 36 | 90% | 9 |\n| 绩效指标 | 指标值 | 实际完成值 | 分值 | 得分 |\n| 新建村级服务站数 | 8个 | 8个 | 20 | 20 |\n| 综合得分 | | | 100 | 86.5 |\n| 评价等级 | 良 | | | |\n`,
    want: {
      'budget.total': '40万元',
      'budget.executed': '36万元',
      'budget.executionRate': '90%',
      'eval.score': '86.5分',
      'eval.grade': '良',
    },
  },
  {
    // refused: the row's weights' sum alone (its score cell left blank) is no score
    layout: 'refused: a 综合得分 row holding only its weight 100 states no overall score',
    text: `${PROJECT}| 绩效指标 | 指标值 | 实际完成值 | 分值 | 得分 |\n| 群众满意度 | ≥90% | 95% | 10 | 9 |\n| 综合得分 | | | 100 | |\n`,
    want: { 'eval.score': undefined },
  },
  {
    // a form copied as its fields, each cell after its column's name, the funds line, then the total row
    layout: 'a form copied as fields (全年执行数:301.44 分值:10 …), then its total row 总分:100 得分:91.97',
    text: `${PROJECT}项目名称:村级道路维护 主管部门:某县交通运输局\n项目资金(万元):年初预算数:300 全年预算数:336 全年执行数:301.44 分值:10 执行率:89.71% 得分:8.97\n总分:100 得分:91.97\n`,
    want: {
      'budget.initial': '300万元',
      'budget.total': '336万元',
      'budget.executed': '301.44万元',
      'budget.executionRate': '89.71%',
      'eval.score': '91.97分',
    },
  },
  {
    // refused: the funds line's own score (分值:10 得分:8.97) is a sub-score, and a 总分 of 100 alone states none
    layout: 'refused: a form copied as fields with its funds line’s score only and 总分:100 alone',
    text: `${PROJECT}项目资金(万元):全年预算数:336 全年执行数:301.44 分值:10 执行率:89.71% 得分:8.97\n总分:100\n`,
    want: { 'budget.executed': '301.44万元', 'eval.score': undefined },
  },
  {
    // the overall score's cell holds its grade in brackets after it, as a total row's may ("93.58(优)")
    layout: 'a 自评得分 cell that holds the grade in brackets after the score (| 自评得分 | 95.5(优) |)',
    text: `${PROJECT}| 项目资金(万元) | 全年预算数 | 全年执行数 | 执行率 |\n| 年度资金总额 | 60 | 57 | 95% |\n| 自评得分 | 95.5(优) | | |\n`,
    want: { 'budget.total': '60万元', 'eval.score': '95.5分', 'eval.grade': '优' },
  },
  {
    // refused: a part's score so written (产出指标得分 38(良)) is a sub-score, and its grade no grade of the project
    layout: 'refused: a part’s score cell with a grade in brackets (| 产出指标得分 | 38(良) |) states no overall score or grade',
    text: `${PROJECT}| 绩效指标 | 指标值 | 分值 | 得分 |\n| 产出指标得分 | 38(良) | | |\n`,
    want: { 'eval.score': undefined, 'eval.grade': undefined },
  },
  {
    layout: 'a 总分 row run together into the text (100 then the score)',
    text: `${PROJECT}绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分总分100100说明`,
    want: { 'eval.score': '100分' },
  },
  {
    layout: 'a label that declares its unit, then a bare number',
    text: '部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人',
    want: { 'eval.score': '97.6分' },
  },
  {
    layout: 'the same, the next field’s label run on after the score (…97.93年初预算数): a decimal before 年初 is no year',
    text: '部门整体绩效自评表主管部门财政处室联系电话自评总分(分)97.93年初预算数全年(调整)预算数全年执行数',
    want: { 'eval.score': '97.93分' },
  },
  {
    layout: 'refused: a whole number before 年初 (…(分)2023年初…) may be a year: no score',
    text: '部门整体绩效自评表主管部门财政处室自评总分(分)2023年初预算数全年(调整)预算数',
    want: { 'eval.score': undefined },
  },
  {
    layout: 'a unit stated in the headers ((元)) is the values’ unit',
    text: `${PROJECT}| 项目资金 | 年初预算数(元) | 全年预算数(元) | 全年执行数(元) | 执行率 |\n| 年度资金总额 | 500,000.00 | 500,000.00 | 480,000.00 | 96% |\n`,
    want: { 'budget.total': '500000.00元', 'budget.executed': '480000.00元', 'budget.executionRate': '96%' },
  },
  {
    layout: 'space-separated headers, then the values with no row label (executed ÷ budget = the rate)',
    text: `某区卫生健康局2022年度项目支出绩效自评报告\n\n项目名称:某某服务项目\n预算数(A) 执行数(B) 执行率(B/A) 得分\n1,250.00 1,198.40 95.87% 9.6\n`,
    want: { 'budget.total': '1250.00万元', 'budget.executed': '1198.40万元', 'budget.executionRate': '95.87%' },
  },
  {
    layout: 'a score label with its place (总体自评得分) and the score on the next line, or in the next cell',
    text: `${PROJECT}总体自评得分\n91.3\n`,
    want: { 'eval.score': '91.3分' },
  },
  {
    layout: 'a score in the cell after 总体自评得分',
    text: `${PROJECT}| 总体自评得分 | 91.3 |\n`,
    want: { 'eval.score': '91.3分' },
  },
  {
    layout: 'the first header run into the project’s name, values with no row label (a .docx copy of the same table)',
    text: `某区卫生健康局2022年度项目支出绩效自评报告\n\n项目名称:某某服务项目预算数(A) 执行数(B) 执行率(B/A) 得分 1,250.00 1,198.40 95.87% 9.6 本项目自评得分为94分。\n`,
    want: { 'budget.total': '1250.00万元', 'budget.executed': '1198.40万元', 'budget.executionRate': '95.87%' },
  },
  {
    layout:
      'a project table as a .docx copy gives it: headers run together (全年预算 inside 全年预算数), the rows after the total in one text',
    text: `项目支出绩效自评表 (2021年度) 项目名称某某工程主管部门某县水利局项目资金(万元) 年初预算数全年预算数全年执行数分值执行率得分年度资金总额 500 480 456.5 10 95.1% 9.5 其中:当年财政拨款 500 480 456.5 — — — 上年结转资金\n`,
    want: { 'budget.initial': '500万元', 'budget.total': '480万元', 'budget.executed': '456.5万元', 'budget.executionRate': '95.1%' },
  },
  {
    layout: 'a final account’s 支出决算表: 基本支出 / 项目支出 columns (a bare 合计 column names nothing)',
    text: `某镇卫生院2023年度单位决算公开\n\n支出决算表\n\n| 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 合计 | 2,290.00 | 1,990.00 | 300.00 |\n| 卫生健康支出 | 2,290.00 | 1,990.00 | 300.00 |\n`,
    want: { 'expense.basic': '1990.00万元', 'expense.project': '300.00万元' },
  },
  {
    layout: 'the same columns under a funding line’s title (一般公共预算财政拨款支出决算表) are that line’s, not the unit’s',
    text: `某镇卫生院2023年度单位决算公开\n\n一般公共预算财政拨款支出决算表\n\n| 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 合计 | 1,290.00 | 990.00 | 300.00 |\n`,
    want: { 'expense.basic': undefined },
  },
  {
    layout: 'the national “三公” table: 预算数 and 决算数 groups over 合计 | items, one row of all amounts',
    text: `某县档案馆2023年度部门决算公开\n\n财政拨款“三公”经费支出决算表\n\n| 预算数 | | | | | | 决算数 | | | | | |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n| 合计 | 因公出国(境)费 | 公务用车购置及运行费 | | | 公务接待费 | 合计 | 因公出国(境)费 | 公务用车购置及运行费 | | | 公务接待费 |\n| | | 小计 | 公务用车购置费 | 公务用车运行费 | | | | 小计 | 公务用车购置费 | 公务用车运行费 | |\n| 8.50 | 0.00 | 5.00 | 0.00 | 5.00 | 3.50 | 7.10 | 0.00 | 4.60 | 0.00 | 4.60 | 2.50 |\n`,
    want: { 'threePublic.budget': '8.50万元', 'threePublic.total': '7.10万元', 'threePublic.vehicleRunning': undefined },
  },
  {
    layout:
      'the grouped “三公” table the other way up: the items over 预算数 | 决算数 pairs (公务用车 with its sub-columns), one row of all amounts',
    text: `某区档案馆2023年度部门决算\n\n一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n\n| 合计 | | 因公出国(境)费 | | 公务用车购置及运行费 | | | | | | 公务接待费 | |\n|${'---|'.repeat(12)}\n| | | | | 小计 | | 公务用车购置费 | | 公务用车运行费 | | | |\n| 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |\n| 26.00 | 21.45 | 0 | 0 | 18.00 | 16.15 | 0 | 0 | 18.00 | 16.15 | 8.00 | 5.30 |\n`,
    want: { 'threePublic.budget': '26.00万元', 'threePublic.total': '21.45万元' },
  },
  {
    layout: 'the same, its measures two years’ 决算数: the report year’s is the total, the year before’s none',
    text: `某区档案馆2023年度部门决算\n\n一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n\n| 合计 | | 因公出国(境)费 | | 公务接待费 | |\n|${'---|'.repeat(6)}\n| 2022年决算数 | 2023年决算数 | 2022年决算数 | 2023年决算数 | 2022年决算数 | 2023年决算数 |\n| 23.10 | 21.45 | 0 | 0 | 6.20 | 5.30 |\n`,
    want: { 'threePublic.total': '21.45万元', 'threePublic.budget': undefined },
  },
  {
    layout: 'a “三公” table on its side, one cell per line: items as columns (合计 first), a row per year’s 预算数 / 决算数',
    text: '某县图书馆2022年度部门决算公开\n\n(单位:万元)\n“三公”经费项目 |\n合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n行次 |\n1 |\n2 |\n3 |\n4 |\n2022年度预算数 |\n3.60 |\n0.00 |\n2.10 |\n1.50 |\n2022年度决算数 |\n3.15 |\n0.00 |\n1.95 |\n1.20 |\n2021年度决算数 |\n3.80 |\n0.00 |\n2.30 |\n1.50 |\n',
    want: { 'threePublic.budget': '3.60万元', 'threePublic.total': '3.15万元' },
  },
  {
    layout: 'the same table with the year before’s 决算数 only: last year’s spending, no total',
    text: '某县图书馆2022年度部门决算公开\n\n(单位:万元)\n“三公”经费项目 |\n合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n行次 |\n1 |\n2 |\n3 |\n4 |\n2022年度预算数 |\n3.60 |\n0.00 |\n2.10 |\n1.50 |\n2021年度决算数 |\n3.15 |\n0.00 |\n1.95 |\n1.20 |\n2021年度决算数 |\n3.80 |\n0.00 |\n2.30 |\n1.50 |\n',
    want: { 'threePublic.budget': '3.60万元', 'threePublic.total': undefined },
  },
  {
    layout: 'the same table on its side as a pipe table whose label column is a bare 项目 over the “三公” items',
    text: '某县图书馆2023年度部门决算公开\n\n(单位:万元)\n\n| 项目 | 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 |\n|---|---|---|---|---|\n| 2023年度预算数 | 5.00 | 0.00 | 3.00 | 2.00 |\n| 2023年度决算数 | 4.10 | 0.00 | 2.60 | 1.50 |\n',
    want: { 'threePublic.budget': '5.00万元', 'threePublic.total': '4.10万元' },
  },
  {
    layout: 'a “三公” table on its side with one measure row right below its item headers: that row’s 合计 is the total spent',
    text: '某县水利局2024年度部门决算公开\n\n“三公”经费财政拨款支出决算表\n单位:万元\n\n| 项目 | 合计 | 因公出国(境)费 | 公务用车购置及运行维护费 | 公务接待费 |\n|---|---|---|---|---|\n| 决算数 | 10.50 | 0.00 | 9.00 | 1.50 |\n',
    want: { 'threePublic.total': '10.50万元', 'threePublic.budget': undefined },
  },
  {
    layout: 'the same one-row table one cell per line, in 元, with a 行次 row between the headers and the measure',
    text: '某县水利局2024年度部门决算公开\n\n“三公”经费财政拨款支出决算表\n单位:元\n项目\n合计\n因公出国(境)费\n公务用车购置及运行维护费\n公务接待费\n行次\n1\n2\n3\n4\n决算数\n105,000.00\n0.00\n90,000.00\n15,000.00\n',
    want: { 'threePublic.total': '105000.00元' },
  },
  {
    layout: 'the one row is the year before’s 决算数: last year’s spending, no total',
    text: '某县水利局2024年度部门决算公开\n\n“三公”经费财政拨款支出决算表\n单位:万元\n\n| 项目 | 合计 | 因公出国(境)费 | 公务用车购置及运行维护费 | 公务接待费 |\n|---|---|---|---|---|\n| 2023年度决算数 | 12.30 | 0.00 | 10.00 | 2.30 |\n',
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a lone 决算数 line far below “三公” item headers (other rows between): no row of that table, no total',
    text: '某县水利局2024年度部门决算公开\n\n“三公”经费项目\n合计\n因公出国(境)费\n公务用车购置及运行维护费\n公务接待费\n说明\n本表反映单位“三公”经费情况\n其他\n决算数\n10.50\n',
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a bare 项目 | 合计 header over columns that are no “三公” items: no “三公” figure',
    text: '某县图书馆2023年度部门决算公开\n\n(单位:万元)\n\n| 项目 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 2023年度预算数 | 50.00 | 30.00 | 20.00 |\n| 2023年度决算数 | 41.00 | 30.00 | 11.00 |\n',
    want: { 'threePublic.budget': undefined, 'threePublic.total': undefined },
  },
  {
    layout: 'a 收入决算表 copied as space-separated lines: the header row of wordings, then its 合计 row (合计 is no column)',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:万元\n项目 本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 附属单位上缴收入 其他收入\n合计 2,350.00 2,300.00 0.00 0.00 0.00 0.00 50.00\n`,
    want: { 'income.total': '2350.00万元', 'income.fiscal': '2300.00万元', 'income.other': '50.00万元' },
  },
  {
    layout: 'a 收入决算表 space-separated whose header’s second row heads the label column (功能分类科目编码 科目名称): no column',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:元\n项目 本年收入合计 财政拨款收入 事业收入 其他收入\n功能分类科目编码 科目名称\n合计 8,400,000.00 8,100,000.00 0.00 300,000.00\n201 一般公共服务支出 1,000,000.00 1,000,000.00\n`,
    want: { 'income.total': '8400000.00元', 'income.fiscal': '8100000.00元', 'income.other': '300000.00元' },
  },
  {
    layout: 'a 支出决算表 the same one cell a line, the label column’s heads on lines of their own',
    text: `某县水利局2024年度部门决算公开说明\n\n支出决算表\n单位:元\n项目\n本年支出合计\n基本支出\n项目支出\n功能分类科目编码\n科目名称\n合计\n8,300,000.00\n6,100,000.00\n2,200,000.00\n201\n一般公共服务支出\n1,000,000.00\n`,
    want: { 'expense.total': '8300000.00元', 'expense.basic': '6100000.00元', 'expense.project': '2200000.00元' },
  },
  {
    layout: 'the same 收入决算表 with its columns’ numbers under the header (栏次 1 2 3 4): numbers, not amounts; the 合计 row after',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:元\n项目 本年收入合计 财政拨款收入 事业收入 其他收入\n功能分类科目编码 科目名称\n栏次 1 2 3 4\n合计 8,400,000.00 8,100,000.00 0.00 300,000.00\n`,
    want: { 'income.total': '8400000.00元', 'income.fiscal': '8100000.00元', 'income.other': '300000.00元' },
  },
  {
    layout: 'refused: the header and its 栏次 row with no 合计 row after (the amounts on another page): the numbers are no amounts',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:元\n项目 本年收入合计 财政拨款收入 事业收入 其他收入\n功能分类科目编码 科目名称\n栏次 1 2 3 4\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'income.other': undefined },
  },
  {
    layout: 'a 收入决算表 of one unit’s row under 单位名称, no 合计 row (pipe rows): the row is the unit’s, as it adds up',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:万元\n| 单位名称 | 本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入 |\n|---|---|---|---|---|\n| 某县水文站 | 463.20 | 451.20 | 0.00 | 12.00 |\n`,
    want: { 'income.total': '463.20万元', 'income.fiscal': '451.20万元', 'income.other': '12.00万元' },
  },
  {
    layout: 'the same 支出决算表 one cell a line: 单位名称, the columns, the unit’s name, its amounts',
    text: `某县水利局2024年度部门决算公开说明\n\n支出决算表\n单位:万元\n单位名称\n本年支出合计\n基本支出\n项目支出\n某县水文站\n463.20\n380.00\n83.20\n`,
    want: { 'expense.total': '463.20万元', 'expense.basic': '380.00万元', 'expense.project': '83.20万元' },
  },
  {
    layout: 'refused: the unit’s row that does not add up (a cell shifted or a typo), pipe rows and one cell a line',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:万元\n| 单位名称 | 本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入 |\n|---|---|---|---|---|\n| 某县水文站 | 463.20 | 451.20 | 0.00 | 21.00 |\n\n支出决算表\n单位:万元\n单位名称\n本年支出合计\n基本支出\n项目支出\n某县水文站\n463.20\n380.00\n38.20\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'expense.total': undefined, 'expense.basic': undefined },
  },
  {
    layout: 'the wordings alone over one row of amounts that adds up, no label column (pipe rows)',
    text: `某县水利局2023年度部门决算公开\n\n单位:元\n\n| 本年收入合计 | 财政拨款收入 | 其他收入 |\n|---|---|---|\n| 15,000,000.00 | 14,000,000.00 | 1,000,000.00 |\n`,
    want: { 'income.total': '15000000.00元', 'income.fiscal': '14000000.00元', 'income.other': '1000000.00元' },
  },
  {
    layout: 'one row of amounts labelled as such, its unit in the label (项目 | 本年收入合计 | … over 金额(元) | …)',
    text: `某县水利局2023年度部门决算公开\n\n| 项目 | 本年收入合计 | 财政拨款收入 | 其他收入 |\n|---|---|---|---|\n| 金额(元) | 15,000,000.00 | 14,000,000.00 | 1,000,000.00 |\n`,
    want: { 'income.total': '15000000.00元', 'income.fiscal': '14000000.00元', 'income.other': '1000000.00元' },
  },
  {
    layout: 'refused: one row of amounts labelled with a year (another year’s, it may be), or one that does not add up',
    text: `某县水利局2023年度部门决算公开\n\n| 项目 | 本年收入合计 | 财政拨款收入 | 其他收入 |\n|---|---|---|---|\n| 2022年 | 1500 | 1400 | 100 |\n\n| 本年支出合计 | 基本支出 | 项目支出 |\n|---|---|---|\n| 1450 | 900 | 560 |\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'expense.total': undefined, 'expense.basic': undefined },
  },
  {
    layout: 'refused: several units’ rows under 单位名称 and no 合计 row: no row is the whole',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:万元\n| 单位名称 | 本年收入合计 | 财政拨款收入 | 其他收入 |\n|---|---|---|---|\n| 某县水文站 | 463.20 | 451.20 | 12.00 |\n| 某县水库管理所 | 120.00 | 120.00 | 0.00 |\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined },
  },
  {
    layout: 'refused: the same 收入决算表 with a blank cell dropped (one value fewer than columns): nothing is read',
    text: `某县水利局2024年度部门决算公开说明\n\n收入决算表\n单位:元\n项目 本年收入合计 财政拨款收入 事业收入 其他收入\n功能分类科目编码 科目名称\n合计 8,400,000.00 8,100,000.00 300,000.00\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'income.other': undefined },
  },
  {
    layout: 'a 支出决算表 the same way, a 科目编码 column first and a class row below the 合计 row',
    text: `某县水利局2024年度部门决算公开说明\n\n支出决算表\n单位:元\n科目编码 科目名称 本年支出合计 基本支出 项目支出\n合计 23,000,000.00 16,000,000.00 7,000,000.00\n201 一般公共服务支出 5,000,000.00 4,000,000.00 1,000,000.00\n`,
    want: { 'expense.total': '23000000.00元', 'expense.basic': '16000000.00元', 'expense.project': '7000000.00元' },
  },
  {
    layout: 'the same columns under a funding line’s title, as space-separated lines: that line’s, not the unit’s',
    text: `某县水利局2024年度部门决算公开说明\n\n一般公共预算财政拨款支出决算表\n单位:万元\n科目名称 本年支出合计 基本支出 项目支出\n合计 2,000.00 1,500.00 500.00\n`,
    want: { 'expense.basic': undefined, 'expense.project': undefined },
  },
  {
    layout: 'the 财政拨款收入支出决算总表: its 本年收入合计 / 本年支出合计 are the fiscal funds’, not the unit’s',
    text: `某县水利局2024年度部门决算公开说明\n\n财政拨款收入支出决算总表\n单位:万元\n\n| 项目 | 金额 | 项目 | 合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款 |\n|---|---|---|---|---|---|\n| 一、一般公共预算财政拨款 | 2,000.00 | 一、一般公共服务支出 | 500.00 | 500.00 | |\n| 本年收入合计 | 2,300.00 | 本年支出合计 | 2,300.00 | 2,000.00 | 300.00 |\n`,
    want: { 'income.total': undefined, 'expense.total': undefined },
  },
  {
    layout: 'the unit’s 收入支出决算总表 below a sentence that names a funding line: still the unit’s',
    text: `某县水利局2024年度部门决算公开说明\n\n本单位一般公共预算财政拨款收入主要用于农林水支出,详见下表。\n\n单位:万元\n\n| 项目 | 金额 |\n|---|---|\n| 本年收入合计 | 2,350.00 |\n| 本年支出合计 | 2,300.00 |\n`,
    want: { 'income.total': '2350.00万元', 'expense.total': '2300.00万元' },
  },
  {
    layout: 'a final account’s comparison table whose columns are whole years (项目 | 2023年 | 2024年 | 增减率): the report year’s column',
    text: `某县水利局2024年度部门决算公开说明\n\n单位:万元\n\n| 项目 | 2023年 | 2024年 | 增减率 |\n|---|---|---|---|\n| 本年收入合计 | 2,100.00 | 2,350.00 | 11.9% |\n| 本年支出合计 | 2,050.00 | 2,300.00 | 12.2% |\n`,
    want: { 'income.total': '2350.00万元', 'expense.total': '2300.00万元' },
  },
  {
    layout: 'the same table when no year column is the report’s: no column is taken',
    text: `某县水利局2024年度部门决算公开说明\n\n单位:万元\n\n| 项目 | 2022年 | 2023年 | 增减率 |\n|---|---|---|---|\n| 本年收入合计 | 2,100.00 | 2,350.00 | 11.9% |\n| 本年支出合计 | 2,050.00 | 2,300.00 | 12.2% |\n`,
    want: { 'income.total': undefined, 'expense.total': undefined },
  },
  {
    layout: 'a final account’s row table with 预算数 / 决算数 columns of no year: the 决算数 column',
    text: `某镇人民政府2023年度部门决算\n\n收入支出决算总表\n\n单位:万元\n\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 本年收入合计 | 900.00 | 962.40 |\n| 本年支出合计 | 900.00 | 955.10 |\n`,
    want: { 'income.total': '962.40万元', 'expense.total': '955.10万元' },
  },
  {
    layout: 'headers a PDF wrapped inside their cells, one line each ("年初预" | "算数", "全年执行" | "数", "年度资金总" | "额")',
    text: `${PROJECT}项目资金\n(万元)\n年初预\n算数\n全年预算\n数\n全年执行\n数\n分值\n执行\n率\n得分\n年度资金总\n额\n416\n428.5\n420.16\n10\n98.05%\n9.81\n`,
    want: { 'budget.initial': '416万元', 'budget.total': '428.5万元', 'budget.executed': '420.16万元', 'budget.executionRate': '98.05%' },
  },
  {
    layout: 'a header row a PDF wrapped row by row ("年初预算 全年预算 全年执行 …" over "数 数 数"), the first cell’s note too',
    text: `${PROJECT}项目资金(万 年初预算 全年预算 全年执 分值 执行 得分\n元) 数 数 行数 率\n年度资金总额 300 300 296.5 10 98.83% 9.88\n`,
    want: { 'budget.initial': '300万元', 'budget.total': '300万元', 'budget.executed': '296.5万元', 'budget.executionRate': '98.83%' },
  },
  {
    layout: 'a header row a PDF wrapped in three lines, the label column’s heading 项目资金(万元) on the middle one among the headers',
    text: `${PROJECT}年初预算 全年预算 全年执行\n项目资金(万元) 分值 执行率 得分\n数 数 数\n年度资金总额 60.00 64.00 60.80 10 95.00% 9.5\n其中:当年财政拨款 60.00 64.00 60.80 — — —\n`,
    want: { 'budget.initial': '60.00万元', 'budget.total': '64.00万元', 'budget.executed': '60.80万元', 'budget.executionRate': '95.00%' },
  },
  {
    layout: 'refused: a label cell with no unit among the headers (项目名称) is no funds heading: the run it cuts reads nothing',
    text: `${PROJECT}年初预算 全年预算 全年执行\n项目名称 分值 执行率 得分\n数 数 数\n年度资金总额 60.00 64.00 60.80 10 95.00% 9.5\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'an unknown column headed as a rate (到位率) beside 执行率: it holds a percent in its place, and the row is read',
    text: `${PROJECT}| 项目资金(万元) | 预算数 | 到位数 | 执行数 | 到位率 | 执行率 | 得分 |\n| 年度资金总额 | 400 | 380 | 361 | 95% | 90.25% | 9.03 |\n| 其中:财政资金 | 400 | 380 | 361 | 95% | 90.25% | — |\n`,
    want: { 'budget.total': '400万元', 'budget.executed': '361万元', 'budget.executionRate': '90.25%' },
  },
  {
    layout: 'refused: an unknown column headed as an amount (未执行数) holding a percent misplaces the row: nothing is read',
    text: `${PROJECT}| 项目资金(万元) | 预算数 | 执行数 | 未执行数 | 执行率 |\n| 年度资金总额 | 400 | 361 | 9.75% | 90.25% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'a Sichuan form as pdftotext -layout copies it: the block heading 预算执行情况 on the total row’s line, run into its label',
    text: `部门预算项目支出绩效自评表(2023年度)\n\n                                年度预算数(万元)\n                  年初预算    调整后预算数    预算执行数    预算执行率    权重    得分    原因\n预算执行情况      总额          46.00         52.40          50.10       95.61%      10      9.56\n(10分)           其中:财政资金 46.00         52.40          50.10       95.61%      /       /\n                  单位资金      0.00          0.00           0.00        0.00%       /       /\n`,
    want: { 'budget.initial': '46.00万元', 'budget.total': '52.40万元', 'budget.executed': '50.10万元', 'budget.executionRate': '95.61%' },
  },
  {
    layout: 'refused: the block heading run into a funding line’s label (预算执行情况其中:财政资金), no total row: nothing is read',
    text: `部门预算项目支出绩效自评表(2023年度)\n\n                                年度预算数(万元)\n                  年初预算    调整后预算数    预算执行数    预算执行率    权重    得分    原因\n预算执行情况      其中:财政资金 46.00         52.40          50.10       95.61%      /       /\n                  单位资金      0.00          0.00           0.00        0.00%       /       /\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout:
      'a central form as pdftotext -layout copies it: 项目资金 on the line of the header’s wrapped tails, its (万元) on the total row’s',
    text: `项目支出绩效自评表\n(2023年度)\n项目名称          乡村文化活动经费\n                        年初预     全年预     全年执     分值     执行率     得分\n项目资金                算数       算数       行数\n(万元)    年度资金总额    70.00      75.00      72.00      10       96.00%     9.6\n            其中:当年财      70.00      75.00      72.00      —        —          —\n`,
    want: { 'budget.initial': '70.00万元', 'budget.total': '75.00万元', 'budget.executed': '72.00万元', 'budget.executionRate': '96.00%' },
  },
  {
    layout: 'refused: a line that opens with 项目资金 and goes on in words that complete no header is no heading before tails',
    text: `项目支出绩效自评表\n(2023年度)\n项目名称          乡村文化活动经费\n                        年初预     全年预     全年执     分值     执行率     得分\n项目资金管理规范,支出合规\n年度资金总额    70.00      75.00      72.00      10       96.00%     9.6\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'a transposed form, measures down and funding lines across (合计 | 财政拨款 | 其他资金): each measure’s 合计 cell',
    text: `${PROJECT}| 项目资金(万元) | 合计 | 财政拨款 | 其他资金 |\n| 年初预算数 | 60 | 60 | 0 |\n| 全年预算数 | 72 | 68 | 4 |\n| 全年执行数 | 70.2 | 66.6 | 3.6 |\n| 执行率 | 97.5% | 97.94% | 90% |\n`,
    want: { 'budget.initial': '60万元', 'budget.total': '72万元', 'budget.executed': '70.2万元', 'budget.executionRate': '97.5%' },
  },
  {
    layout:
      'refused: the same layout with projects across (合计 | 城区绿化 | 道路保洁), no funding lines: no 合计 cell is read as the project’s',
    text: `${PROJECT}| 项目资金(万元) | 合计 | 城区绿化 | 道路保洁 |\n| 年初预算数 | 60 | 20 | 40 |\n| 全年预算数 | 72 | 30 | 42 |\n| 全年执行数 | 70.2 | 28.2 | 42 |\n| 执行率 | 97.5% | 94% | 100% |\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'a header row and its values interleaved on one line, each header word before its value',
    text: `${PROJECT}项目资金(万元) 年初预算数 120 全年预算数 125 全年执行数 118.3 分值 10 执行率 94.64% 得分 9.46\n`,
    want: { 'budget.initial': '120万元', 'budget.total': '125万元', 'budget.executed': '118.3万元', 'budget.executionRate': '94.64%' },
  },
  {
    layout: 'header-and-value pairs one a line under a heading that declares the unit ("年初预算数:120" / …)',
    text: `${PROJECT}项目资金(万元)\n年初预算数:120\n全年预算数:135.6\n全年执行数:128.4\n执行率:94.69%\n`,
    want: { 'budget.initial': '120万元', 'budget.total': '135.6万元', 'budget.executed': '128.4万元', 'budget.executionRate': '94.69%' },
  },
  {
    layout: 'fewer than three header-and-value pairs on a line are a sentence’s, read by the prose rules only',
    text: `${PROJECT}项目资金(万元) 全年预算数 125 全年执行数 118.3\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'a .docx paragraph holding the whole table: headers run together, the total row’s values spaced apart',
    text: `${PROJECT}项目名称残疾人康复救助项目主管部门某区残联项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 86.4 92.4 90.15 10 97.56% 9.76 其中:当年财政拨款 86.4 92.4 90.15 — — — 上年结转资金 — — — 其他资金 — — — 年度总体目标预期目标实际完成情况完成120名残疾儿童康复救助已完成\n`,
    want: { 'budget.initial': '86.4万元', 'budget.total': '92.4万元', 'budget.executed': '90.15万元', 'budget.executionRate': '97.56%' },
  },
  {
    layout: 'a provincial fund’s table with a 实际到位金额 column between the budget and the spending (Guangdong)',
    text: `${PROJECT}| 资金安排 | 预算安排金额(万元) | 实际到位金额(万元) | 实际支出金额(万元) | 支出率 |\n|---|---|---|---|---|\n| 合计 | 600 | 600 | 571.8 | 95.3% |\n| 省级资金 | 600 | 600 | 571.8 | 95.3% |\n`,
    want: { 'budget.total': '600万元', 'budget.executed': '571.8万元', 'budget.executionRate': '95.3%' },
  },
  {
    layout: 'the Hunan form’s label-and-value cells: 计划安排资金 is the budget, 实际支出 beside it the execution, 实际到位资金 nothing',
    text: `${PROJECT}计划安排资金(万元) | 560 | 实际到位资金(万元) | 560 | 实际支出(万元) | 541.2 | 结余(万元) | 18.8 |\n其中:中央财政 | | 其中:中央财政 | | 其中:中央财政 | |\n`,
    want: { 'budget.total': '560万元', 'budget.executed': '541.2万元', 'expense.total': undefined },
  },
  {
    layout: 'the same form copied one cell per paragraph, each label’s unit wrapped onto a line of its own',
    text: `${PROJECT}计划安排资金\n\n(万元)\n\n84\n\n实际到位资金\n\n(万元)\n\n84\n\n实际支出\n\n(万元)\n\n79.5\n\n结余(万元)\n\n4.5\n`,
    want: { 'budget.total': '84万元', 'budget.executed': '79.5万元', 'expense.total': undefined },
  },
  {
    layout: 'a blank budget cell a space-separated copy dropped: the values that fit wherever it was are read, the budget is not',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 135.6 128.4 10 94.69% 9.47\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': '128.4万元', 'budget.executionRate': '94.69%' },
  },
  {
    layout: 'a blank rate cell a copy dropped: the one placement where every value fits (no bare 9.47 as the rate)',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 120 135.6 128.4 10 9.47\n`,
    want: { 'budget.initial': '120万元', 'budget.total': '135.6万元', 'budget.executed': '128.4万元', 'budget.executionRate': undefined },
  },
  {
    layout: 'a pipe row with as many cells as headers, a blank one among them: the blank holds its column’s place',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | | 135.6 | 128.4 | 10 | 94.69% | 9.47 |\n`,
    want: { 'budget.initial': undefined, 'budget.total': '135.6万元', 'budget.executed': '128.4万元', 'budget.executionRate': '94.69%' },
  },
  {
    layout: 'a rate written as a ratio (0.9469 under 执行率) is no percentage; the row’s money is read',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 120 | 135.6 | 128.4 | 10 | 0.9469 | 9.47 |\n`,
    want: { 'budget.total': '135.6万元', 'budget.executed': '128.4万元', 'budget.executionRate': undefined },
  },
  {
    layout:
      'a blank budget cell a space-separated copy dropped and the rate a ratio (0.9662): no placement checks the bare rate, so nothing is read (not 125.60 as the budget, nor 0.9662%)',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 130.00 125.60 10 0.9662 9.66\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'the same with the ratio written 1 (executed ÷ budget, not 1%): nothing is read',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 130.00 125.60 10 1 10\n`,
    want: { 'budget.total': undefined, 'budget.executionRate': undefined },
  },
  {
    layout:
      'kept: a dropped budget cell with a bare rate that executed ÷ budget checks (100 = 130 ÷ 130): the spending and the rate are read',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 130.00 130.00 10 100 10\n`,
    want: { 'budget.executed': '130.00万元', 'budget.executionRate': '100%' },
  },
  {
    layout: 'a form copied with spaces, its 上年结转资金 row (a carry-in, not the year before) run into the text before the grade',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 300 320 310.5 10 97.03% 9.7\n其中:当年财政拨款 300 320 310.5 — — —\n上年结转资金 0 0 0 — — —\n其他资金 0 0 0 — — —\n总分 100 95.2\n自评等级:优\n`,
    want: { 'budget.total': '320万元', 'eval.score': '95.2分', 'eval.grade': '优' },
  },
  {
    layout: 'the same form with the year before’s grade after its rows: no grade of this year',
    text: `${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 300 320 310.5 10 97.03% 9.7\n上年结转资金 0 0 0 — — —\n总分 100 95.2\n上年度自评等级:良\n`,
    want: { 'eval.score': '95.2分', 'eval.grade': undefined },
  },
  ...[
    ['pipe rows', (rows: string[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n')],
    ['one cell per line, blank cells as empty lines', (rows: string[][]) => rows.flat().join('\n')],
  ].map(([how, lay]) => ({
    layout: `the Hubei form's funds by level (中央 | 省、地 | 本级 | 其他) above their 合计, the total row last: ${how}`,
    text: `${PROJECT}${(lay as (rows: string[][]) => string)([
      ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['中央', '20', '20', '20', '', '', ''],
      ['省、地', '10', '15', '14', '', '', ''],
      ['本级', '30', '30', '28', '', '', ''],
      ['其他', '', '', '', '', '', ''],
      ['合计', '60', '65', '62', '10', '95.38%', '9.5'],
      ['总分', '', '', '', '100', '', '94'],
    ])}\n`,
    want: {
      'budget.initial': '60万元',
      'budget.total': '65万元',
      'budget.executed': '62万元',
      'budget.executionRate': '95.38%',
      'eval.score': '94分',
    },
  })),
  ...(
    [
      [
        'pipe rows, a blank merged cell after each label',
        (r: string[][]) => r.map((c) => `| ${[c[0], '', ...c.slice(1)].join(' | ')} |`).join('\n'),
      ],
      ['one cell per line', (r: string[][]) => r.flat().join('\n')],
      [
        'cells ending in " |", one a paragraph',
        (r: string[][]) =>
          r
            .flat()
            .map((c) => `${c} |`)
            .join('\n\n'),
      ],
      ['pipe rows with 合计 first', (r: string[][]) => r.map((c) => `| ${[c[0], c[5], ...c.slice(1, 5)].join(' | ')} |`).join('\n')],
    ] as [string, (r: string[][]) => string][]
  ).map(([how, lay]) => ({
    layout: `the Hubei form's funds by level across (中央 | 省、地 | 本级 | 其他 | 合计), its measures down: ${how}`,
    text: `${PROJECT}${lay([
      ['项目资金(万元)', '中央', '省、地', '本级', '其他', '合计'],
      ['年初预算数', '20', '10', '30', '', '60'],
      ['全年预算数', '20', '15', '30', '', '65'],
      ['全年执行数', '20', '14', '28', '', '62'],
      ['执行率', '100%', '93.33%', '93.33%', '', '95.38%'],
    ])}\n`,
    want: { 'budget.initial': '60万元', 'budget.total': '65万元', 'budget.executed': '62万元', 'budget.executionRate': '95.38%' },
  })),
  {
    layout:
      'the same table copied with spaces, its blank 其他 cells dropped: the 合计 is the cell that sums the others, and the rate row’s is where theirs is',
    text: `${PROJECT}项目资金(万元) 中央 省、地 本级 其他 合计\n全年预算数 20 15 30 65\n全年执行数 20 14 28 62\n执行率 100% 93.33% 93.33% 95.38%\n`,
    want: { 'budget.total': '65万元', 'budget.executed': '62万元', 'budget.executionRate': '95.38%' },
  },
  {
    layout: 'a rate row of that copy with no money row proven above it: no rate (its first cell is no figure either)',
    text: `${PROJECT}项目资金(万元) 中央 省、地 本级 其他 合计\n执行率 100% 93.33% 93.33% 95.38%\n`,
    want: { 'budget.executionRate': undefined },
  },
  {
    layout: 'the same copy where the cells left do not sum to the last: no cell is surely the 合计',
    text: `${PROJECT}项目资金(万元) 中央 省、地 本级 其他 合计\n全年预算数 20 15 30 60\n全年执行数 20 14 28 55\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'columns that are places, not funding sources, across a 合计: no transposed project form',
    text: `${PROJECT}| 项目资金(万元) | 甲镇 | 乙镇 | 丙镇 | 合计 |\n| 全年预算数 | 20 | 15 | 30 | 65 |\n| 全年执行数 | 20 | 14 | 28 | 62 |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined },
  },
  {
    layout: 'a 合计 last below rows that are projects, not funding sources: the projects’ sum, no figure of the form',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| 城区绿化 | 20 | 20 | 20 | 100% |\n| 道路保洁 | 40 | 45 | 42 | 93.33% |\n| 合计 | 60 | 65 | 62 | 95.38% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'a grade cell with the scale’s note after the grade',
    text: `${PROJECT}| 评价等级 | 优(≥90分) |\n`,
    want: { 'eval.grade': '优' },
  },
  {
    layout: 'two-cell statements and a grade in cells',
    text: `${PROJECT}| 自评得分 | 95 |\n| 自评等级 | 优 |\n| 全年预算数(万元) | 100 |\n`,
    want: { 'eval.score': '95分', 'eval.grade': '优', 'budget.total': '100万元' },
  },
  {
    layout:
      'a budget document’s 支出预算表 by column (科目名称 | 合计 | 基本支出 | 项目支出): its bare 合计 column is the budgeted spending',
    text: `${BUDGET_DOC}支出预算表\n\n单位:万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n| | 合计 | 1,432.60 | 1,011.25 | 421.35 |\n| 205 | 教育支出 | 1,300.00 | 900.00 | 400.00 |\n`,
    want: { 'expense.total': '1432.60万元', 'expense.basic': '1011.25万元', 'expense.project': '421.35万元', 'budget.total': undefined },
  },
  {
    layout:
      'a budget document’s 收入预算表 by column, no carry-in (合计 | 财政拨款收入 | 事业收入 | 其他收入): the 合计 column is the budgeted income',
    text: `${BUDGET_DOC}收入预算表\n\n单位:元\n\n| 科目名称 | 合计 | 财政拨款收入 | 事业收入 | 其他收入 |\n|---|---|---|---|---|\n| 合计 | 9,876,543.21 | 9,500,000.00 | 300,000.00 | 76,543.21 |\n`,
    want: { 'income.total': '9876543.21元', 'income.fiscal': '9500000.00元', 'income.other': '76543.21元' },
  },
  {
    // the title's 部门预算 ends its line, no 公开 / 情况说明 after it: the line alone, whole, says it is a budget document
    layout: 'the same 支出预算表 under a title line that is the unit’s 部门预算 and nothing more: the bare 合计 is the budgeted spending',
    text: '某县文化广电旅游局2024年部门预算\n部门支出总表\n单位:万元\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n| | 合计 | 1,540.60 | 1,100.30 | 440.30 |\n| 207 | 文化旅游体育与传媒支出 | 1,300.50 | 860.20 | 440.30 |\n',
    want: { 'expense.total': '1540.60万元', 'expense.basic': '1100.30万元', 'expense.project': '440.30万元' },
  },
  {
    // a first line that executes the budget is a sentence, no title: the text is of no known kind, its 合计 column unread
    layout: 'refused: a first line that is a sentence ending in 部门预算 (严格执行2024年部门预算) is no budget document’s title',
    text: '本局严格执行2024年部门预算\n部门支出总表\n单位:万元\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n| | 合计 | 1,540.60 | 1,100.30 | 440.30 |\n',
    want: { 'expense.total': undefined },
  },
  {
    layout: 'the same 收入预算表 with a 上年结转 column that is not zero: the 合计 includes the carry-in and is no income.total',
    text: `${BUDGET_DOC}收入预算表\n\n单位:万元\n\n| 科目名称 | 合计 | 上年结转 | 财政拨款收入 | 其他收入 |\n|---|---|---|---|---|\n| 合计 | 712.40 | 42.40 | 650.00 | 20.00 |\n`,
    want: { 'income.total': undefined, 'income.fiscal': '650.00万元' },
  },
  {
    layout: 'a budget document’s rows by year (项目 | 2023年预算数 | 2024年预算数 | 增减额): the report year’s budget column is read',
    text: `${BUDGET_DOC}单位:万元\n\n| 项目 | 2023年预算数 | 2024年预算数 | 增减额 |\n|---|---|---|---|\n| 本年收入合计 | 510.00 | 548.20 | 38.20 |\n| 本年支出合计 | 510.00 | 548.20 | 38.20 |\n| 基本支出 | 400.00 | 421.70 | 21.70 |\n| 项目支出 | 110.00 | 126.50 | 16.50 |\n`,
    want: { 'income.total': '548.20万元', 'expense.total': '548.20万元', 'expense.basic': '421.70万元', 'expense.project': '126.50万元' },
  },
  {
    layout:
      'the same rows named as budgets (收入预算合计 / 支出预算合计 / 基本支出预算), 上年预算数 | 本年预算数: the side’s totals, no budget.*',
    text: `${BUDGET_DOC}单位:万元\n\n| 项目 | 上年预算数 | 本年预算数 |\n|---|---|---|\n| 收入预算合计 | 510.00 | 548.20 |\n| 支出预算合计 | 510.00 | 548.20 |\n| 基本支出预算 | 400.00 | 421.70 |\n| 项目支出预算 | 110.00 | 126.50 |\n`,
    want: { 'income.total': '548.20万元', 'expense.total': '548.20万元', 'expense.basic': '421.70万元', 'budget.total': undefined },
  },
  {
    layout: 'a budget table of last year’s account beside this year’s budget (2023年决算数 | 2024年预算数), in 元 with separators',
    text: `${BUDGET_DOC}单位:元\n\n| 项目 | 2023年决算数 | 2024年预算数 | 增减 |\n|---|---|---|---|\n| 本年收入合计 | 4,120,000.00 | 4,380,500.00 | 260,500.00 |\n| 本年支出合计 | 4,090,000.00 | 4,380,500.00 | 290,500.00 |\n`,
    want: { 'income.total': '4380500.00元', 'expense.total': '4380500.00元' },
  },
  {
    layout: 'refused: the same year table with a 上年结转 row not zero: its 收入预算合计 may count the carry-in and is no income.total',
    text: `${BUDGET_DOC}单位:万元\n\n| 项目 | 2024年预算数 | 2023年预算数 |\n|---|---|---|\n| 收入预算合计 | 560.00 | 510.00 |\n| 上年结转 | 11.80 | 0.00 |\n| 支出预算合计 | 560.00 | 510.00 |\n`,
    want: { 'income.total': undefined, 'expense.total': '560.00万元' },
  },
  {
    layout: 'refused: budget columns by year in final accounts (2022年预算数 | 2023年预算数) are no account’s figures',
    text: '某县图书馆2023年度部门决算\n\n单位:万元\n\n| 项目 | 2022年预算数 | 2023年预算数 |\n|---|---|---|\n| 本年收入合计 | 510.00 | 548.20 |\n| 本年支出合计 | 510.00 | 548.20 |\n',
    want: { 'income.total': undefined, 'expense.total': undefined },
  },
  {
    layout: 'refused: a budget table with two columns of the report year’s budget: which one is the budget is not known',
    text: `${BUDGET_DOC}单位:万元\n\n| 项目 | 2024年预算数 | 2024年预算数 |\n|---|---|---|\n| 本年收入合计 | 510.00 | 548.20 |\n`,
    want: { 'income.total': undefined },
  },
  {
    layout: 'final accounts by year one cell a line, the change columns after the years (2022年决算数 | 2023年决算数 | 增减额 | 增减率)',
    text: '某县档案馆2023年度部门决算\n\n单位:万元\n项目\n2022年决算数\n2023年决算数\n增减额\n增减率\n本年收入合计\n388.10\n402.60\n14.50\n3.74%\n本年支出合计\n380.00\n398.40\n18.40\n4.84%\n年末结转和结余\n8.10\n12.30\n4.20\n51.85%\n',
    want: { 'income.total': '402.60万元', 'expense.total': '398.40万元', 'carryover.end': '12.30万元' },
  },
  {
    layout: 'the same run into one paragraph, the change column’s word before the first label (…本年决算数增减额本年收入合计 …)',
    text: '某县档案馆2023年度部门决算\n\n单位:万元项目上年决算数本年决算数增减额本年收入合计 388.10 402.60 14.50 本年支出合计 380.00 398.40 18.40 基本支出 300.00 310.20 10.20\n',
    want: { 'income.total': '402.60万元', 'expense.total': '398.40万元', 'expense.basic': '310.20万元' },
  },
  {
    layout:
      'a “三公” table by year, its change columns under a group header (上年决算数 | 本年决算数 | 比上年增、减情况 over 增、减金额 | 增、减幅度)',
    text: '某县2023年“三公”经费决算情况统计表\n单位:万元\n项目 | 上年决算数 | 本年决算数 | 比上年增、减情况 | |\n增、减金额 | 增、减幅度 | |||\n合计 | 640.20 | 598.70 | -41.50 | -6.48% |\n1.因公出国(境)费 | 12.00 | 8.50 | -3.50 | -29.17% |\n2.公务接待费 | 210.40 | 190.20 | -20.20 | -9.60% |\n',
    want: { 'threePublic.total': '598.70万元', 'budget.executed': undefined },
  },
  {
    layout: 'the same change columns side by side with no group header (增减额 | 增减幅度), the rate’s “%” in its cells',
    text: '某县2023年“三公”经费决算情况统计表\n单位:万元\n项目 | 2022年决算数 | 2023年决算数 | 增减额 | 增减幅度 |\n合计 | 640.20 | 598.70 | -41.50 | -6.48% |\n1.因公出国(境)费 | 12.00 | 8.50 | -3.50 | -29.17% |\n',
    want: { 'threePublic.total': '598.70万元' },
  },
  {
    layout: 'a budget document’s “三公” table under the national template’s title (一般公共预算“三公”经费支出表): 合计 | items, one row',
    text: `${BUDGET_DOC}一般公共预算“三公”经费支出表\n单位:万元\n| 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 |\n|---|---|---|---|\n| 9.5 | 0 | 6 | 3.5 |\n`,
    want: { 'threePublic.total': '9.5万元', 'threePublic.budget': undefined },
  },
  {
    layout:
      'the same headed “三公”经费合计, 公务用车购置及运行费 spanning 小计 | 公务用车购置费 | 公务用车运行费 on the header’s second row',
    text: `${BUDGET_DOC}一般公共预算“三公”经费支出表\n单位:万元\n| “三公”经费合计 | 因公出国(境)费 | 公务用车购置及运行费 | | | 公务接待费 |\n| | | 小计 | 公务用车购置费 | 公务用车运行费 | |\n| 9.5 | 0 | 6 | 0 | 6 | 3.5 |\n`,
    want: { 'threePublic.total': '9.5万元' },
  },
  {
    layout: 'refused: sub-columns that do not add up to their 小计 (a cell shifted) give no “三公” figure from the table',
    text: `${BUDGET_DOC}一般公共预算“三公”经费支出表\n单位:万元\n| “三公”经费合计 | 因公出国(境)费 | 公务用车购置及运行费 | | | 公务接待费 |\n| | | 小计 | 公务用车购置费 | 公务用车运行费 | |\n| 9.5 | 0 | 6 | 6 | 3.5 | 0 |\n`,
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'refused: a budget document’s table of last year’s accounts (…“三公”经费支出决算表) is no budget',
    text: `${BUDGET_DOC}一般公共预算财政拨款“三公”经费支出决算表\n单位:万元\n| 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 |\n|---|---|---|---|\n| 9.5 | 0 | 6 | 3.5 |\n`,
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a “三公” table by year whose last column is the spending’s change (决算比上年增减, 比上年增减%), whatever row follows',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n| 项目 | 上年决算数 | 本年预算数 | 本年决算数 | 决算比上年增减 |\n|---|---|---|---|---|\n| “三公”经费合计 | 9.4 | 10 | 8.6 | -0.8 |\n',
    want: { 'threePublic.total': '8.6万元', 'threePublic.budget': '10万元' },
  },
  {
    layout: 'the same change column as a percent (比上年增减%)',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n| 项目 | 上年决算数 | 本年预算数 | 本年决算数 | 比上年增减% |\n|---|---|---|---|---|\n| “三公”经费合计 | 9.4 | 10 | 8.6 | -8.51% |\n',
    want: { 'threePublic.total': '8.6万元', 'threePublic.budget': '10万元' },
  },
  {
    layout: 'refused: a row labelled by the change (决算比上年增减) is no column, and its amount no “三公” figure',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| “三公”经费 | 10 | 8.6 |\n| 决算比上年增减 | | -0.8 |\n',
    want: { 'threePublic.total': '8.6万元', 'threePublic.budget': '10万元' },
  },
  {
    layout: 'refused: a share of another column (占预算数比重%) is no execution rate',
    text: `${PROJECT}| 项目 | 预算数 | 决算数 | 占预算数比重% |\n|---|---|---|---|\n| 项目资金 | 80 | 78.8 | 98.5% |\n`,
    want: { 'budget.executionRate': undefined },
  },
  {
    layout: 'refused: a group header with no change columns under it leaves the rows one value too many, and none is read',
    text: '某县2023年“三公”经费决算情况统计表\n单位:万元\n项目 | 上年决算数 | 本年决算数 | 比上年增减情况 |\n合计 | 640.20 | 598.70 | -41.50 | -6.48% |\n1.因公出国(境)费 | 12.00 | 8.50 | -3.50 | -29.17% |\n',
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a budget document’s rows by year one cell a line (2023年预算数 | 2024年预算数 | 增减额): the report year’s budget',
    text: `${BUDGET_DOC}单位:万元\n项目\n2023年预算数\n2024年预算数\n增减额\n本年收入合计\n510.00\n548.20\n38.20\n本年支出合计\n510.00\n548.20\n38.20\n基本支出\n400.00\n421.70\n21.70\n`,
    want: { 'income.total': '548.20万元', 'expense.total': '548.20万元', 'expense.basic': '421.70万元' },
  },
  {
    layout: 'final accounts by year space-separated, the change as an amount and a ratio (增减金额 增减比例) after the years',
    text: '某县档案馆2023年度部门决算\n\n单位:万元\n项目 2022年决算数 2023年决算数 增减金额 增减比例\n本年收入合计 388.10 402.60 14.50 3.74%\n本年支出合计 380.00 398.40 18.40 4.84%\n基本支出 300.00 310.20 10.20 3.40%\n',
    want: { 'income.total': '402.60万元', 'expense.total': '398.40万元', 'expense.basic': '310.20万元' },
  },
  {
    layout:
      'a “三公” account by year whose change columns are against the budget and the year before (决算数比预算数增减 | 决算数比上年增减)',
    text: '某县档案馆2023年度部门决算\n\n“三公”经费支出决算表\n单位:万元\n| 项目 | 2022年决算数 | 2023年预算数 | 2023年决算数 | 决算数比预算数增减 | 决算数比上年增减 |\n|---|---|---|---|---|---|\n| 合计 | 12.50 | 12.00 | 10.80 | -1.20 | -1.70 |\n| 因公出国(境)费 | 0 | 0 | 0 | 0 | 0 |\n| 公务接待费 | 4.00 | 4.00 | 3.20 | -0.80 | -0.80 |\n',
    want: { 'threePublic.total': '10.80万元', 'threePublic.budget': '12.00万元' },
  },
  {
    layout: 'refused: a change column before the years’ columns (增减额 | 2022年决算数 | 2023年决算数): the order is not the header’s',
    text: '某县档案馆2023年度部门决算\n\n单位:万元\n项目\n增减额\n2022年决算数\n2023年决算数\n本年收入合计\n14.50\n388.10\n402.60\n本年支出合计\n18.40\n380.00\n398.40\n基本支出\n10.20\n300.00\n310.20\n',
    want: { 'income.total': undefined, 'expense.total': undefined },
  },
  {
    layout: 'refused: budget columns by year one cell a line in final accounts (2023年预算数 | 2024年预算数 | 增减额)',
    text: '某县档案馆2023年度部门决算\n\n单位:万元\n项目\n2023年预算数\n2024年预算数\n增减额\n本年收入合计\n402.60\n420.00\n17.40\n本年支出合计\n398.40\n420.00\n21.60\n基本支出\n310.20\n320.00\n9.80\n',
    want: { 'income.total': undefined, 'expense.total': undefined },
  },
  {
    layout:
      'an 一般公共预算财政拨款支出决算表 (合计 | 基本支出 | 项目支出): its 合计 is the general budget’s spending, the rest not the unit’s',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n\n单位:万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n| | 合计 | 612.40 | 455.10 | 157.30 |\n| 207 | 文化旅游体育与传媒支出 | 590.00 | 432.70 | 157.30 |\n',
    want: { 'expense.generalPublic': '612.40万元', 'expense.basic': undefined, 'expense.project': undefined },
  },
  {
    layout: 'the same table headed 本年支出合计, with its year in the title and its unit in 元',
    text: '某县文化馆2023年度部门决算\n\n2023年度一般公共预算财政拨款支出决算表(单位:元)\n\n| 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 合计 | 6,124,000.00 | 4,551,000.00 | 1,573,000.00 |\n',
    want: { 'expense.generalPublic': '6124000.00元', 'expense.total': undefined },
  },
  {
    layout:
      'the same table under its group header (项目 | 本年支出 over 科目编码 | 科目名称 | 小计 | 基本支出 | 项目支出): 小计 is the total',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n单位:万元\n| 项目 | | 本年支出 | | |\n|---|---|---|---|---|\n| 科目编码 | 科目名称 | 小计 | 基本支出 | 项目支出 |\n| | 合计 | 612.40 | 455.10 | 157.30 |\n',
    want: { 'expense.generalPublic': '612.40万元', 'expense.basic': undefined },
  },
  {
    layout: 'the same as pdftotext lines, the header’s cells run together (科目编码科目名称小计基本支出项目支出)',
    text: '某县文化馆2023年度部门决算\n\n    一般公共预算财政拨款支出决算表\n                         单位：万元\n   项目            本年支出\n 科目编码     科目名称      小计      基本支出      项目支出\n              合计        612.40      455.10       157.30\n 207  文化旅游体育与传媒支出   590.00   432.70   157.30\n',
    want: { 'expense.generalPublic': '612.40万元', 'expense.basic': undefined },
  },
  {
    layout: 'refused: the run-together header whose 小计 is not 基本支出 + 项目支出 (a cell dropped): nothing',
    text: '某县文化馆2023年度部门决算\n\n    一般公共预算财政拨款支出决算表\n                         单位：万元\n   项目            本年支出\n 科目编码     科目名称      小计      基本支出      项目支出\n              合计        612.40      455.10       147.30\n',
    want: { 'expense.generalPublic': undefined },
  },
  {
    layout: 'refused: the same table whose 合计 is not 基本支出 + 项目支出 (a shifted cell or a typo)',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n\n单位:万元\n\n| 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|\n| | 合计 | 612.40 | 455.10 | 147.30 |\n',
    want: { 'expense.generalPublic': undefined },
  },
  {
    layout: 'refused: the 基本支出 table of the same fund, and another fund’s table: neither total is the general budget’s spending',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款基本支出决算表\n\n单位:万元\n\n| 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 合计 | 455.10 | 455.10 | 0.00 |\n\n政府性基金预算财政拨款收入支出决算表\n\n单位:万元\n\n| 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 合计 | 40.00 | 0.00 | 40.00 |\n',
    want: { 'expense.generalPublic': undefined, 'expense.governmentFund': undefined },
  },
  {
    layout:
      'the 一般公共预算财政拨款支出决算表 flattened one cell a line (a blank cell among the header’s): its 合计 is expense.generalPublic',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n单位:万元\n科目编码\n科目名称\n合计\n基本支出\n项目支出\n\n合计\n612.40\n455.10\n157.30\n207\n文化旅游体育与传媒支出\n590.00\n432.70\n157.30\n',
    want: { 'expense.generalPublic': '612.40万元', 'expense.basic': undefined, 'expense.total': undefined },
  },
  {
    layout: 'the same table as space-separated lines, headed 本年支出合计, in 元',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n\n单位:元\n\n科目名称 本年支出合计 基本支出 项目支出\n\n合计 6,124,000.00 4,551,000.00 1,573,000.00\n',
    want: { 'expense.generalPublic': '6124000.00元' },
  },
  {
    layout: 'refused: the flattened table whose 合计 is not 基本支出 + 项目支出, and the fund’s 基本支出 table flattened',
    text: '某县文化馆2023年度部门决算\n\n一般公共预算财政拨款支出决算表\n单位:万元\n科目编码\n科目名称\n合计\n基本支出\n项目支出\n\n合计\n612.40\n455.10\n147.30\n207\n文化旅游体育与传媒支出\n590.00\n432.70\n157.30\n\n一般公共预算财政拨款基本支出决算表\n单位:万元\n科目编码\n科目名称\n合计\n基本支出\n项目支出\n\n合计\n612.40\n455.10\n157.30\n207\n文化旅游体育与传媒支出\n590.00\n432.70\n157.30\n',
    want: { 'expense.generalPublic': undefined },
  },
  {
    layout: 'a 基本支出预算表 (合计 | 人员经费 | 公用经费): its 合计 is one class’s, not the budgeted spending',
    text: `${BUDGET_DOC}基本支出预算表\n\n单位:万元\n\n| 科目名称 | 合计 | 人员经费 | 公用经费 |\n|---|---|---|---|\n| 合计 | 1,011.25 | 930.00 | 81.25 |\n`,
    want: { 'expense.total': undefined, 'expense.personnel': '930.00万元' },
  },
  {
    layout: 'a 支出预算表 whose 合计 is not 基本支出 + 项目支出 (a column dropped or a typo): the 合计 is not read',
    text: `${BUDGET_DOC}支出预算表\n\n单位:万元\n\n| 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 合计 | 1,500.00 | 1,011.25 | 421.35 |\n`,
    want: { 'expense.total': undefined, 'expense.basic': '1011.25万元' },
  },
  {
    layout: 'a budget document’s 支出预算表 one cell per line, a 科目编码 opening the next row: the 合计 row gives the budgeted spending',
    text: `${BUDGET_DOC}支出预算表\n\n单位:万元\n\n科目编码\n\n科目名称\n\n合计\n\n基本支出\n\n项目支出\n\n合计\n\n1432.60\n\n1011.25\n\n421.35\n\n205\n\n教育支出\n\n1300.00\n\n900.00\n\n400.00\n`,
    want: { 'expense.total': '1432.60万元', 'expense.basic': '1011.25万元', 'expense.project': '421.35万元' },
  },
  {
    layout: 'a 支出预算表 space-separated, the header’s cells run together (科目名称合计基本支出项目支出)',
    text: `${BUDGET_DOC}支出预算表\n单位:万元\n科目名称 合计 基本支出 项目支出\n合计 1,432.60 1,011.25 421.35\n教育支出 1,300.00 900.00 400.00\n`,
    want: { 'expense.total': '1432.60万元', 'expense.basic': '1011.25万元', 'expense.project': '421.35万元' },
  },
  {
    layout: 'a 收入预算表 one cell per paragraph, each ending in " |", a blank cell before the 合计 row and a zero 上年结转',
    text: `${BUDGET_DOC}收入预算表\n\n单位:万元\n\n科目编码 |\n\n科目名称 |\n\n合计 |\n\n上年结转 |\n\n财政拨款收入 |\n\n其他收入 |\n\n |\n\n合计 |\n\n655.80 |\n\n0.00 |\n\n640.00 |\n\n15.80 |\n\n208 |\n\n社会保障和就业支出 |\n\n55.80 |\n\n0.00 |\n\n55.80 |\n\n0.00 |\n`,
    want: { 'income.total': '655.80万元', 'income.fiscal': '640.00万元', 'income.other': '15.80万元' },
  },
  {
    layout: 'a 收入预算表 space-separated in 元: the 合计 row’s label is no column, its first value the 合计 column’s',
    text: `${BUDGET_DOC}收入预算表\n单位:元\n科目名称 合计 财政拨款收入 事业收入 其他收入\n合计 7,350,000.00 7,000,000.00 200,000.00 150,000.00\n`,
    want: { 'income.total': '7350000.00元', 'income.fiscal': '7000000.00元', 'income.other': '150000.00元' },
  },
  {
    layout: 'a flattened 收入预算表 whose 上年结转 is not zero: its 合计 includes the carry-in and is no income.total',
    text: `${BUDGET_DOC}收入预算表\n单位:万元\n科目名称\n合计\n上年结转\n财政拨款收入\n其他收入\n合计\n712.40\n42.40\n650.00\n20.00\n`,
    want: { 'income.total': undefined },
  },
  {
    layout:
      'refused: a 项目支出预算表 (项目名称 | 合计 | 财政拨款 | 其他资金) flattened: its 合计 row splits the projects’ money by source, no income',
    text: `${BUDGET_DOC}项目支出预算表\n单位:万元\n项目名称\n合计\n财政拨款\n其他资金\n合计\n198.5\n190\n8.5\n古籍修复经费\n120.5\n120.5\n0\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'income.otherSources': undefined },
  },
  {
    layout: 'refused: the same table space-separated, its header run together (项目名称合计财政拨款其他资金)',
    text: `${BUDGET_DOC}项目支出预算表\n单位:万元\n项目名称 合计 财政拨款 其他资金\n合计 198.5 190 8.5\n古籍修复经费 120.5 120.5 0\n`,
    want: { 'income.total': undefined, 'income.fiscal': undefined, 'income.otherSources': undefined },
  },
  {
    layout: 'the same columns under 项目 (a 收入预算表’s rows): the 合计 row is the budgeted income',
    text: `${BUDGET_DOC}收入预算表\n单位:万元\n项目\n合计\n财政拨款\n其他资金\n合计\n198.5\n190\n8.5\n`,
    want: { 'income.total': '198.5万元', 'income.fiscal': '190万元' },
  },
  {
    layout: 'a flattened 支出预算表 whose 合计 row lost a blank cell: the values no longer sum and none is read',
    text: `${BUDGET_DOC}支出预算表\n单位:万元\n科目名称\n合计\n基本支出\n项目支出\n合计\n1432.60\n1011.25\n205\n教育支出\n1300.00\n900.00\n400.00\n`,
    want: { 'expense.total': undefined, 'expense.basic': undefined, 'expense.project': undefined },
  },
  {
    layout: 'a budget document’s “三公” budget table, items as columns under 合计 (pipe cells, in 元)',
    text: `${BUDGET_DOC}2024年“三公”经费预算表\n\n单位:元\n\n| 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 |\n|---|---|---|---|\n| 86,400.00 | 0.00 | 60,000.00 | 26,400.00 |\n`,
    want: { 'threePublic.total': '86400.00元', 'threePublic.budget': undefined, 'budget.total': undefined },
  },
  {
    layout: 'the same “三公” budget table one cell per line',
    text: `${BUDGET_DOC}“三公”经费预算表\n单位:万元\n合计\n因公出国(境)费\n公务用车购置及运行维护费\n公务接待费\n8.64\n0\n6.00\n2.64\n`,
    want: { 'threePublic.total': '8.64万元' },
  },
  {
    layout: 'a “三公” budget table whose items do not sum to its 合计 (a cell dropped): nothing is read',
    text: `${BUDGET_DOC}“三公”经费预算表\n单位:万元\n合计\n因公出国(境)费\n公务用车购置及运行维护费\n公务接待费\n8.64\n6.00\n2.64\n1.00\n`,
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a budget document’s “三公” budget table, items as rows (项目 | 预算数), the 合计 row first',
    text: `${BUDGET_DOC}“三公”经费预算情况表\n\n单位:元\n\n| 项目 | 预算数 |\n|---|---|\n| 合计 | 86,400.00 |\n| 因公出国(境)费 | 0.00 |\n| 公务用车购置及运行费 | 60,000.00 |\n| 公务接待费 | 26,400.00 |\n`,
    want: { 'threePublic.total': '86400.00元' },
  },
  {
    layout: 'a “三公” budget table by rows with two years’ budget columns: the report year’s column, not the year before’s',
    text: `${BUDGET_DOC}“三公”经费预算表\n\n单位:万元\n\n| 项目 | 2023年预算数 | 2024年预算数 | 增减 |\n|---|---|---|---|\n| 合计 | 9.10 | 8.64 | -0.46 |\n| 因公出国(境)费 | 0 | 0 | 0 |\n| 公务用车购置及运行费 | 6.46 | 6.00 | -0.46 |\n| 公务接待费 | 2.64 | 2.64 | 0 |\n`,
    want: { 'threePublic.total': '8.64万元' },
  },
  {
    layout: 'a budget document’s “三公” table titled by no budget (情况统计表) over this year’s budget (本年预算数): its 合计',
    text: `${BUDGET_DOC}2024年某县文化馆部门“三公”经费情况统计表\n\n单位:万元\n\n| 项目 | 本年预算数 | 其中:财政拨款 |\n|---|---|---|\n| 合计 | 21.40 | 21.40 |\n| 1.因公出国(境)费用 | 0 | 0 |\n| 2.公务接待费 | 3.20 | 3.20 |\n| 3.公务用车购置及运行费 | 18.20 | 18.20 |\n`,
    want: { 'threePublic.total': '21.40万元' },
  },
  {
    layout: 'refused: the same table with a spending column beside the budget (本年预算数 | 本年决算数) is an account, its budget no total',
    text: `${BUDGET_DOC}2024年某县文化馆部门“三公”经费情况统计表\n\n单位:万元\n\n| 项目 | 本年预算数 | 本年决算数 |\n|---|---|---|\n| 合计 | 21.40 | 19.90 |\n| 1.因公出国(境)费用 | 0 | 0 |\n| 2.公务接待费 | 3.20 | 2.10 |\n| 3.公务用车购置及运行费 | 18.20 | 17.80 |\n`,
    want: { 'threePublic.total': '19.90万元' },
  },
  {
    layout: 'refused: the year before’s budget alone (上年预算数) is no budget of the report year',
    text: `${BUDGET_DOC}2024年某县文化馆部门“三公”经费情况统计表\n\n单位:万元\n\n| 项目 | 上年预算数 |\n|---|---|\n| 合计 | 21.40 |\n| 1.因公出国(境)费用 | 0 |\n| 2.公务接待费 | 3.20 |\n| 3.公务用车购置及运行费 | 18.20 |\n`,
    want: { 'threePublic.total': undefined },
  },
  // a “三公” table whose columns are headed by years alone: its title says what each year's column holds
  {
    layout: 'a “三公” account’s columns headed by years alone (项目 | 2022年 | 2023年): the report year’s spending',
    text: '某县档案馆2023年度部门决算\n\n财政拨款“三公”经费支出决算表\n单位:万元\n| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 合计 | 12.50 | 10.80 |\n| 因公出国(境)费 | 0 | 0 |\n| 公务用车购置及运行维护费 | 8.50 | 7.60 |\n| 公务接待费 | 4.00 | 3.20 |\n',
    want: { 'threePublic.total': '10.80万元', 'threePublic.budget': undefined },
  },
  {
    layout: 'the same one cell per line, the change after the years (2022年 | 2023年 | 增减额)',
    text: '某县档案馆2023年度部门决算\n\n财政拨款“三公”经费支出决算表\n单位:万元\n项目\n2022年\n2023年\n增减额\n合计\n12.50\n10.80\n-1.70\n因公出国(境)费\n0\n0\n0\n公务接待费\n4.00\n3.20\n-0.80\n',
    want: { 'threePublic.total': '10.80万元' },
  },
  {
    layout: 'the same as space-separated lines in 元, the years as 年度, the fund’s 一般公共预算 in the title no budget',
    text: '某县档案馆2023年度部门决算\n\n一般公共预算财政拨款“三公”经费支出决算表\n单位:元\n项目 2022年度 2023年度\n合计 125,000.00 108,000.00\n因公出国(境)费 0.00 0.00\n公务接待费 40,000.00 32,000.00\n',
    want: { 'threePublic.total': '108000.00元', 'threePublic.budget': undefined },
  },
  {
    layout: 'a budget document’s “三公” budget table headed by years alone (2023年 | 2024年 | 增减): the report year’s budget',
    text: `${BUDGET_DOC}“三公”经费预算表\n单位:万元\n| 项目 | 2023年 | 2024年 | 增减 |\n|---|---|---|---|\n| 合计 | 9.10 | 8.64 | -0.46 |\n| 因公出国(境)费 | 0 | 0 | 0 |\n| 公务用车购置及运行费 | 6.46 | 6.00 | -0.46 |\n| 公务接待费 | 2.64 | 2.64 | 0 |\n`,
    want: { 'threePublic.total': '8.64万元' },
  },
  {
    layout: 'refused: years alone under a “三公” title naming neither budget nor account (“三公”经费情况表): no measure, nothing',
    text: '某县档案馆2023年度部门决算\n\n“三公”经费情况表\n单位:万元\n| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 合计 | 12.50 | 10.80 |\n| 因公出国(境)费 | 0 | 0 |\n| 公务用车购置及运行维护费 | 8.50 | 7.60 |\n| 公务接待费 | 4.00 | 3.20 |\n',
    want: { 'threePublic.total': undefined, 'threePublic.budget': undefined },
  },
  {
    layout: 'refused: years alone under a title naming both (预算与决算对比表): which year is which measure is not said',
    text: '某县档案馆2023年度部门决算\n\n“三公”经费预算与决算对比表\n单位:万元\n| 项目 | 2022年 | 2023年 |\n|---|---|---|\n| 合计 | 12.50 | 10.80 |\n| 因公出国(境)费 | 0 | 0 |\n| 公务用车购置及运行维护费 | 8.50 | 7.60 |\n| 公务接待费 | 4.00 | 3.20 |\n',
    want: { 'threePublic.total': undefined, 'threePublic.budget': undefined },
  },
  {
    layout: 'refused: years alone none of which is the report year’s (2021年 | 2022年 in a 2023 account)',
    text: '某县档案馆2023年度部门决算\n\n财政拨款“三公”经费支出决算表\n单位:万元\n| 项目 | 2021年 | 2022年 |\n|---|---|---|\n| 合计 | 12.50 | 10.80 |\n| 因公出国(境)费 | 0 | 0 |\n| 公务用车购置及运行维护费 | 8.50 | 7.60 |\n| 公务接待费 | 4.00 | 3.20 |\n',
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a county form’s “三公” budget table whose total row is 一、支出合计 and an item’s cell blank (none budgeted)',
    text: `${BUDGET_DOC}某县档案馆2024年度“三公”经费预算情况表\n\n单位:万元\n\n| 项 目 | 2024年预算数 |\n|---|---|\n| 一、支出合计 | 6.9 |\n| 1、因公出国(境)费用 | |\n| 2、公务接待费 | 2.4 |\n| 3、公务用车费 | 4.5 |\n| 二、相关统计数 | |\n`,
    want: { 'threePublic.total': '6.9万元', 'expense.total': undefined },
  },
  {
    layout: 'refused: the same form’s 支出合计 with its title and header copied as pipe lines above the rows is no unit’s spending',
    text: `${BUDGET_DOC}某县档案馆2024年度“三公”经费预算情况表 | |\n单位:万元 | |\n项 目 | 2024年预算数 |\n\n| 一、支出合计 | 6.9 |\n| 1、因公出国(境)费用 | |\n| 2、公务接待费 | 2.4 |\n| 3、公务用车费 | 4.5 |\n`,
    want: { 'expense.total': undefined },
  },
  // the total row named as the “三公” funds themselves, with or without their 合计 (the items must still add up to it)
  ...['“三公”经费合计', '三公经费合计', '“三公”经费', '一、“三公”经费支出'].map((label) => ({
    layout: `a “三公” budget table by rows whose total row is ${label}`,
    text: `${BUDGET_DOC}某县档案馆2024年度“三公”经费预算情况表\n\n单位:元\n\n| 项目 | 2024年预算数 |\n|---|---|\n| ${label} | 250000 |\n| 1、因公出国(境)费用 | 0 |\n| 2、公务接待费 | 150000 |\n| 3、公务用车费 | 100000 |\n`,
    want: { 'threePublic.total': '250000元' },
  })),
  {
    layout: 'refused: the same total row whose items do not add up to it',
    text: `${BUDGET_DOC}某县档案馆2024年度“三公”经费预算情况表\n\n单位:元\n\n| 项目 | 2024年预算数 |\n|---|---|\n| “三公”经费合计 | 260000 |\n| 1、因公出国(境)费用 | 0 |\n| 2、公务接待费 | 150000 |\n| 3、公务用车费 | 100000 |\n`,
    want: { 'threePublic.total': undefined },
  },
  {
    layout: 'a “三公” budget table by rows whose items do not sum to the 合计: nothing is read',
    text: `${BUDGET_DOC}“三公”经费预算表\n\n单位:万元\n\n| 项目 | 预算数 |\n|---|---|\n| 合计 | 9.64 |\n| 因公出国(境)费 | 0 |\n| 公务用车购置及运行费 | 6.00 |\n| 公务接待费 | 2.64 |\n`,
    want: { 'threePublic.total': undefined },
  },
  // a narrow form's header cells wrapped onto a second row of their own, as a PDF or an OCR copies them a line
  // a row: the second row's pieces complete the first row's heads in order
  ...[
    ['年初预算 | 全年预算 | 全年执行 | 分值 | 执行率 | 得分', '数 | 数 | 数 | | |'],
    ['年初 | 全年 | 全年 | 分值 | 执行率 | 得分', '预算数 | 预算数 | 执行数 | | |'],
    ['年初预算数 | 全年预算数 | 全年执行数 | 分 | 执行 | 得分', ' | | | 值 | 率 |'],
  ].flatMap(([top, bottom]) => {
    const rows = [
      `项目资金(万元) | ${top}`,
      ` | ${bottom}`,
      '年度资金总额 | 85.00 | 92.50 | 90.10 | 10 | 97.41% | 9.74',
      '其中:当年财政拨款 | 85.00 | 92.50 | 90.10 | — | — | —',
    ];
    const cells = rows.flatMap((r) => r.split('|').map((c) => c.trim()));
    const want = {
      'budget.initial': '85.00万元',
      'budget.total': '92.50万元',
      'budget.executed': '90.10万元',
      'budget.executionRate': '97.41%',
    };
    return [
      {
        layout: `a form's header over two rows of cells, ${top} over ${bottom} (pipe rows)`,
        text: `${PROJECT}| ${rows[0]} |\n|---|---|---|---|---|---|---|\n${rows
          .slice(1)
          .map((r) => `| ${r} |`)
          .join('\n')}\n`,
        want,
      },
      { layout: `the same, one cell per line with its blank cells`, text: `${PROJECT}${cells.join('\n')}\n`, want },
    ];
  }),
  {
    layout: 'a form whose header was cut into other columns than its row fills (a percent under an amount): nothing is read',
    // "年初 | 全年" over "预算数 | 预算数 | 执行数" with no piece that completes its head reads as 分值 / 执行率 / 得分 /
    // 预算数 … : 85.00 under 分值, 97.41% under an amount
    text: `${PROJECT}| 项目资金(万元) | 分值 | 执行率 | 得分 | 预算数 | 预算数 | 执行数 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 85.00 | 92.50 | 90.10 | 10 | 97.41% | 9.74 |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  // the 中央对地方转移支付 form: each amount column split into 合计 | 中央资金 | 地方资金, the rate whole; the
  // column's figure is its 合计, proven by its parts summing to it
  ...[
    [
      '合计 | 中央资金 | 地方资金',
      '1500 | 1000 | 500 | 1425 | 960 | 465 | 95%',
      {
        'budget.total': '1500万元',
        'budget.executed': '1425万元',
        'budget.executionRate': '95%',
      },
    ],
    [
      '中央资金 | 地方资金 | 合计',
      '1000 | 500 | 1500 | 960 | 465 | 1425 | 95%',
      {
        'budget.total': '1500万元',
        'budget.executed': '1425万元',
        'budget.executionRate': '95%',
      },
    ],
    // refusals: parts that do not sum to the 合计 (a cell misread or shifted), and no 合计 among the sub-columns
    [
      '合计 | 中央资金 | 地方资金',
      '1500 | 1000 | 400 | 1425 | 960 | 465 | 95%',
      { 'budget.total': undefined, 'budget.executed': undefined },
    ],
    ['中央资金 | 地方资金', '1000 | 500 | 960 | 465 | 95%', { 'budget.total': undefined, 'budget.executed': undefined }],
  ].flatMap(([subs, values, want]) => {
    const width = (subs as string).split('|').length;
    const blanks = (n: number) => Array(n).fill('').join(' | ');
    const rows = [
      `资金情况(万元) | | 全年预算数(A) | ${blanks(width - 1)} | 全年执行数(B) | ${blanks(width - 1)} | 执行率(B/A)`,
      ` | | ${subs} | ${subs} |`,
      ` | 年度资金总额 | ${values}`,
    ];
    return [
      {
        layout: `a transfer payment's form, its amount columns split into ${subs}, values ${values} (pipe rows)`,
        text: `中央对地方转移支付项目绩效自评表\n\n${rows.map((r) => `| ${r} |`).join('\n')}\n`,
        want: want as Record<string, string | undefined>,
      },
      {
        layout: `the same form one cell per line, blank cells dropped (${subs}; ${values})`,
        text: `中央对地方转移支付项目绩效自评表\n\n${rows
          .flatMap((r) => r.split('|').map((c) => c.trim()))
          .filter((c) => c)
          .join('\n\n')}\n`,
        want: want as Record<string, string | undefined>,
      },
    ];
  }),
  ...[
    '| 年度资金总额 | | | | 10 | | |',
    '年度资金总额\n\n10\n\n其中:当年财政拨款',
    '年度资金总额 10 10\n其中:当年财政拨款',
    // (its empty amounts printed as slashes, some blank cells dropped by the copy)
    '年度资金总额\n\n/\n\n10\n\n其中:当年财政拨款',
    '年度资金总额 / / 10 / /\n其中:当年财政拨款',
  ].map((row) => ({
    // the template prints 分值 10 (and a score) whether or not the amounts are filled: with the blank cells
    // dropped, 10 would start under 年初预算数
    layout: `a form left unfilled but for its printed weight (${row.replace(/\n+/g, ' / ')}): no amount is read`,
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n\n${row}\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined },
  })),
  ...[
    ['| | 年度资金总额 | | | | 10 | | |', '| | 其中:当年财政拨款 | 80.00 | 85.00 | 82.45 | — | 97.00% | — |'],
    ['| | 年度资金总额 | — | — | — | 10 | — | — |', '| | 当年财政拨款 | 80.00 | 85.00 | 82.45 | — | 97.00% | — |'],
  ].map(([total, source]) => ({
    // convention 7: a funding-source row is not the project's; with its total unread the project's figures are unknown
    layout: `a form whose total row is unread (${total}) over its funding-source row (${source}): no project figure`,
    text: `${PROJECT}| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|---|\n${total}\n${source}\n| | 其他资金 | | | | — | | — |\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  })),
  {
    // kept: a form whose one row is the project's, however named, with no total row above it
    layout: 'a project form whose one self-consistent row is named by its fund, no total row above: the project’s figures',
    text: `${PROJECT}| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 当年财政拨款 | 80.00 | 85.00 | 82.45 | 97.00% |\n`,
    want: { 'budget.initial': '80.00万元', 'budget.total': '85.00万元', 'budget.executed': '82.45万元', 'budget.executionRate': '97.00%' },
  },
  {
    // (amounts that are no weight still start under the first column: 年初预算数 and 全年预算数 stated, the rest blank)
    layout: 'a form row with its first amounts only, no weight among them: read from the first column',
    text: `${PROJECT}项目资金(万元)\n年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n85.50\n92.50\n其中:当年财政拨款\n`,
    want: { 'budget.initial': '85.50万元', 'budget.total': '92.50万元' },
  },
  {
    layout: 'a “三公” table under a 决算 title in a budget document: last year’s spending, not the budget',
    text: `${BUDGET_DOC}2023年“三公”经费决算表\n单位:万元\n合计\n因公出国(境)费\n公务用车购置及运行维护费\n公务接待费\n8.64\n0\n6.00\n2.64\n`,
    want: { 'threePublic.total': undefined },
  },
  {
    // the group row opens a list whose item rows a copy ran into one line after it: it is no one project's line
    layout: 'a notice’s space-separated list numbered on two levels: the first group row (一、) is not the project’s own figures',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n单位:万元\n\n序号 项目名称 预算数 执行数 执行率\n一、 农业农村类 450 430 95.56%\n1 河道清淤工程 300 300 100%\n2 农村公路养护 150 130 86.67%\n二、 社会事业类 80 72 90%\n3 乡村学校营养餐 80 72 90%\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    // 经费(万元) over 预算 | 实际 | 执行率: under a “三公” title the bare words head the budget and the spending, and the 合计 row's 实际 is the “三公” total
    layout: 'a “三公” table whose two-row header names its columns 预算 | 实际 under 经费(万元): the 合计 row’s 实际 is threePublic.total',
    text: '某区文化旅游局2023年度部门整体支出绩效自评报告\n\n表3 “三公”经费支出情况\n\n| 项目 | 经费(万元) | | |\n|---|---|---|---|\n| | 预算 | 实际 | 执行率 |\n| 因公出国(境)费 | 0 | 0 | 0 |\n| 公务用车购置及运行维护费 | 8.6 | 7.9 | 91.86% |\n| 公务接待费 | 2.4 | 1.8 | 75.00% |\n| 合计 | 11.0 | 9.7 | 88.18% |\n',
    want: { 'threePublic.total': '9.7万元', 'threePublic.budget': '11.0万元' },
  },
  {
    // elsewhere a bare 预算 / 实际 heads no column: the same table under another title is no budget table of the unit's
    layout: 'refused: 预算 | 实际 under 经费(万元) with no “三公” title: the 合计 row is no figure',
    text: '某区文化旅游局2023年度部门整体支出绩效自评报告\n\n表3 文化活动经费情况\n\n| 项目 | 经费(万元) | | |\n|---|---|---|---|\n| | 预算 | 实际 | 执行率 |\n| 送戏下乡 | 6 | 5.5 | 91.67% |\n| 非遗展演 | 5 | 4.2 | 84.00% |\n| 合计 | 11 | 9.7 | 88.18% |\n',
    want: { 'threePublic.total': undefined, 'budget.executed': undefined, 'budget.total': undefined },
  },
  ...[
    [
      'pipe rows',
      '| 项目 | 2022年决算 | 2023年预算 | 2023年决算 |\n|---|---|---|---|\n| 合计 | 21.50 | 20.00 | 18.30 |\n| 因公出国(境)费 | 0 | 0 | 0 |\n| 公务用车购置及运行费 | 15.20 | 14.00 | 13.10 |\n| 公务接待费 | 6.30 | 6.00 | 5.20 |\n',
    ],
    [
      'one cell per line',
      '项目\n2022年决算\n2023年预算\n2023年决算\n合计\n21.50\n20.00\n18.30\n因公出国(境)费\n0\n0\n0\n公务用车购置及运行费\n15.20\n14.00\n13.10\n公务接待费\n6.30\n6.00\n5.20\n',
    ],
    [
      'space-separated rows',
      '项目 上年决算 本年预算 本年决算\n合计 21.50 20.00 18.30\n因公出国(境)费 0 0 0\n公务用车购置及运行费 15.20 14.00 13.10\n公务接待费 6.30 6.00 5.20\n',
    ],
  ].map(([layout, table]) => ({
    // 2022年决算 | 2023年预算 | 2023年决算 under a “三公” title: the bare 预算 / 决算 of each year head its columns, and the
    // report year's are the figures (the 2022 account is last year's spending)
    layout: `a “三公” table whose columns are years headed by bare 预算 / 决算 (${layout}): the report year’s 决算 is threePublic.total`,
    text: `某区民政局2023年度部门决算公开说明\n\n“三公”经费支出情况表\n单位:万元\n${table}`,
    want: {
      'threePublic.total': '18.30万元',
      'threePublic.budget': '20.00万元',
      'threePublic.vehicle': '13.10万元',
      'threePublic.reception': '5.20万元',
    },
  })),
  {
    // elsewhere a bare 决算 heads no column: the same years over a 项目支出 table are no figures of the unit's
    layout: 'refused: 2022年决算 | 2023年预算 | 2023年决算 under a title that is no “三公” one: the 合计 row is no figure',
    text: '某区民政局2023年度部门决算公开说明\n\n重点项目支出情况表\n单位:万元\n| 项目 | 2022年决算 | 2023年预算 | 2023年决算 |\n|---|---|---|---|\n| 合计 | 21.50 | 20.00 | 18.30 |\n| 低保提标 | 15.20 | 14.00 | 13.10 |\n| 养老服务补贴 | 6.30 | 6.00 | 5.20 |\n',
    want: { 'threePublic.total': undefined, 'budget.executed': undefined, 'budget.total': undefined, 'expense.total': undefined },
  },
  {
    layout: 'a project form’s one row, unnumbered, under the same header: the project’s own figures',
    text: `${PROJECT}单位:万元\n\n项目名称 预算数 执行数 执行率\n堤防加固工程 260 255 98.08%\n`,
    want: { 'budget.total': '260万元', 'budget.executed': '255万元', 'budget.executionRate': '98.08%' },
  },
  {
    // the first project's sentence, flattened one cell a paragraph, is a row of the list, not the notice's own budget
    layout: 'a notice’s 项目名称 | 预算执行情况 list one cell a paragraph: its sentences are the projects’, no figures',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n项目名称\n\n预算执行情况\n\n堤防加固工程\n\n预算260万元,执行255万元,执行率98.08%\n\n村级公路养护\n\n预算140万元,执行121万元,执行率86.43%\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  ...[
    ['满分', '实际得分'],
    ['标准分', '得分'],
    ['分值', '自评分'],
  ].map(([weight, score]) => ({
    layout: `a project form whose weight and score columns are headed ${weight} / ${score}`,
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | ${weight} | 执行率 | ${score} |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 52 | 56 | 50.4 | 10 | 90% | 9 |\n`,
    want: { 'budget.initial': '52万元', 'budget.total': '56万元', 'budget.executed': '50.4万元', 'budget.executionRate': '90%' },
  })),
  ...[
    ['年初预算数 | 全年预算数 | 全年执行数 | 未执行数 | 执行率', '30 | 33 | 31.35 | 1.65 | 95%'],
    ['年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 执行率得分', '30 | 33 | 31.35 | 95% | 9.5'],
    ['年初预算数 | 全年预算数 | 全年执行数 | 结转数 | 执行率', '30 | 33 | 31.35 | 1.65 | 95%'],
  ].map(([header, cells]) => ({
    layout: `a form with a column the vocabulary does not know (${header}): held in place, no figure`,
    text: `${PROJECT}| 项目资金(万元) | ${header} |\n|---|---|---|---|---|---|\n| 年度资金总额 | ${cells} |\n`,
    want: { 'budget.initial': '30万元', 'budget.total': '33万元', 'budget.executed': '31.35万元', 'budget.executionRate': '95%' },
  })),
  {
    // an unknown column headed as a rate holds a percent in its place (an amount column holding one misplaces the
    // row: see the 未执行数 case), so the row is read in its own columns
    layout: 'a form with an unknown rate column (偏差率) holding a percent: held in its place, the row read',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 偏差率 |\n|---|---|---|---|---|---|\n| 年度资金总额 | 30 | 33 | 31.35 | 95% | 5% |\n`,
    want: { 'budget.initial': '30万元', 'budget.total': '33万元', 'budget.executed': '31.35万元', 'budget.executionRate': '95%' },
  },
  ...['追加预算数', '追加(减)数'].map((delta) => ({
    layout: `a project form with the year's change to its budget in a column of its own (${delta}): held in place, no figure`,
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | ${delta} | 调整后预算数 | 实际支出数 | 执行率 |\n|---|---|---|---|---|---|\n| 年度资金总额 | 40 | 2 | 42 | 39.9 | 95% |\n`,
    want: { 'budget.initial': '40万元', 'budget.total': '42万元', 'budget.executed': '39.9万元', 'budget.executionRate': '95%' },
  })),
  {
    layout: 'a form with a 追加预算数 column and no adjusted budget: the change is no budget',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 追加预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 年度资金总额 | 40 | 2 | 39.9 | 99.75% |\n`,
    want: { 'budget.initial': '40万元', 'budget.total': undefined, 'budget.executed': '39.9万元', 'budget.executionRate': '99.75%' },
  },
  {
    // a weight above 100 is no weight: the header run read is not the row's, and nothing is read
    layout: 'a 满分 column holding a value no weight has (150): no figures',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 满分 | 执行率 | 实际得分 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 52 | 56 | 50.4 | 150 | 90% | 9 |\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined, 'budget.executed': undefined },
  },
  ...['年度资金合计', '资金合计', '年度资金总量', '年度预算资金总额', '项目总金额', '总金额', '年度资金总额(万元)'].map((label) => ({
    layout: `a project form's total row labelled ${label}, its funding rows read beside it`,
    text: `${PROJECT}| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n| ${label} | 36 | 38 | 36.1 | 10 | 95% | 9.5 |\n| 其中:财政拨款 | 36 | 38 | 36.1 | — | 95% | — |\n| 其他资金 | 0 | 0 | 0 | — | — | — |\n`,
    want: {
      'budget.initial': '36万元',
      'budget.total': '38万元',
      'budget.executed': '36.1万元',
      'budget.executionRate': '95%',
      'projectFunds.fiscal': '36.1万元',
      'projectFunds.other': '0万元',
    },
  })),
  {
    layout: 'a total row whose label states its unit (年度资金总额(元)): its amounts are in that unit',
    text: `${PROJECT}| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 年度资金总额(元) | 360,000 | 380,000 | 361,000 | 95% |\n`,
    want: { 'budget.initial': '360000元', 'budget.total': '380000元', 'budget.executed': '361000元', 'budget.executionRate': '95%' },
  },
  {
    // a department's list of projects: its 资金合计 is the projects' sum, not the department's budget
    layout: 'a department report’s list of projects with a 资金合计 row: no budget figures',
    text: '部门整体支出绩效自评报告\n\n| 项目名称 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|\n| 资金合计 | 300 | 282 | 94% |\n| 城区道路保洁 | 200 | 190 | 95% |\n| 公厕运维 | 100 | 92 | 92% |\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    // a template's sum left unfilled contradicts its own part: the zeros are what the form states first (convention 6), and
    // the funding row is read beside them, so that the reconciler shows the total short of its part
    layout: 'a space-separated form whose total row is all zeros above a funding row that states money: the zeros, and the row',
    text: '附件: 项目支出绩效自评表 (2023年度) 项目名称 乡村保洁经费 主管部门 305-某区西岭镇人民政府 实施单位 305001-某区西岭镇人民政府 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 64 58.32 58.32 上年结转资金 其他资金 年度总体目标 保障乡村环境整洁\n',
    want: {
      'budget.initial': '0万元',
      'budget.total': '0万元',
      'budget.executed': '0万元',
      'budget.executionRate': '0%',
      'projectFunds.fiscal': '58.32万元',
    },
  },
  {
    layout: 'the same form whose funding rows are blank too: its zeros are what it states',
    text: '附件: 项目支出绩效自评表 (2023年度) 项目名称 乡村保洁经费 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 上年结转资金 其他资金 年度总体目标 保障乡村环境整洁\n',
    want: { 'budget.initial': '0万元', 'budget.total': '0万元', 'budget.executed': '0万元' },
  },
  {
    layout: 'a pipe form whose total row has its 年初 alone filled, zeros after it, above a funding row that states money: both read',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | 185.5 | 0 | 0 | 10 | 0 | 0 |\n| 其中:当年财政拨款 | 185.5 | 192.0 | 188.2 | — | 98% | — |\n`,
    want: { 'budget.initial': '185.5万元', 'budget.total': '0万元', 'budget.executed': '0万元', 'projectFunds.fiscal': '188.2万元' },
  },
  {
    layout:
      'a spreadsheet dumped cell by cell, the row labels before the headers and the rows’ values one after another with no label between: the first row, whole rows of the header’s width',
    text: '某县项目支出绩效自评表 (2020年度) 项目名称 医疗救助配套资金 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% — 上年结转资金 — — 其他资金 — — 预期目标 实际完成情况\n',
    want: { 'budget.initial': undefined, 'budget.total': '65.66万元', 'budget.executed': '65.07万元', 'budget.executionRate': '99%' },
  },
  {
    layout: 'refused: the same run one value short of whole rows (a column lost shifts every value after it): nothing read',
    text: '某县项目支出绩效自评表 (2020年度) 项目名称 医疗救助配套资金 项目资金 全年预算数 全年执行数 分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 99% — 上年结转资金 — — 预期目标\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'refused: whole rows whose first does not give its rate (executed ÷ budget): nothing read',
    text: '某县项目支出绩效自评表 (2020年度) 项目名称 医疗救助配套资金 项目资金 全年预算数 全年执行数 分值 执行率 得分 65.66 60.07 10 99% 9 65.66 60.07 — 99% — 上年结转资金 — — 预期目标\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout: 'refused: a sentence’s 全年预算执行数 is one word, no header run of 全年预算 | 执行数 (its amount no budget)',
    text: '水稻集中育秧设施建设项目绩效自评报告\n\n(二)资金安排、分解下达预算和绩效目标情况。2024年结转2023年水稻集中育秧设施建设项目资金合计680.315万元,全年预算执行数合计233.64万元。预算执行率34.3%。\n',
    want: { 'budget.total': '680.315万元', 'budget.executed': '233.64万元', 'budget.executionRate': '34.3%' },
  },
  {
    layout: 'refused: a total row’s 年初预算数 of 0.00 over a funding row’s 0.00 (a project added in the year) is what it states',
    text: `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | 0.00 | 12.60 | 12.60 | 10 | 100% | 10 |\n| 其中:当年财政拨款 | 0.00 | 12.60 | 12.60 | — | 100% | — |\n| 上年结转资金 | 0.00 | 0.00 | 0.00 | — | — | — |\n`,
    want: { 'budget.initial': '0.00万元', 'budget.total': '12.60万元', 'budget.executed': '12.60万元', 'budget.executionRate': '100%' },
  },
  {
    layout:
      'pipe rows whose cells a copy merged, several values a cell ("100 120 118" under "年初预算数 全年预算数 全年执行数"): split as the same row in a paragraph is',
    text: '某县农业农村局2023年度项目支出绩效自评表\n\n| 项目资金(万元) | 年初预算数 全年预算数 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | 100 120 118 | 10 | 98.33% | 9.8 |\n',
    want: { 'budget.initial': '100万元', 'budget.total': '120万元', 'budget.executed': '118万元', 'budget.executionRate': '98.33%' },
  },
  {
    layout: 'a form’s fields written whole in their cells, the amount with its unit ("| 全年预算数:120万元 | 全年执行数:118万元 |")',
    text: '某县农业农村局2023年度项目支出绩效自评表\n\n| 项目名称:农村公路养护 | 主管部门:某县交通运输局 |\n| 全年预算数:120万元 | 全年执行数:118万元 |\n| 执行率:98.33% | 自评得分:95分 |\n',
    want: { 'budget.total': '120万元', 'budget.executed': '118万元', 'budget.executionRate': '98.33%', 'eval.score': '95分' },
  },
  {
    layout: 'a form’s narrative cell, read as the sentences it holds',
    text: '某县农业农村局2023年度项目支出绩效自评表\n\n| 项目名称 | 农村公路养护 |\n| 主管部门 | 某县交通运输局 |\n| 年度总体目标完成情况 | 全年预算数100万元,实际支出98万元,执行率98%。 |\n',
    want: { 'budget.total': '100万元', 'budget.executed': '98万元', 'budget.executionRate': '98%' },
  },
  {
    layout:
      'refused: a cell whose row states aims (年度目标), or whose column head states indicators (指标值), is no statement of what was done',
    text: '某县农业农村局2023年度项目支出绩效自评表\n\n| 项目名称 | 农村公路养护 |\n| 年度目标 | 计划投入资金100万元,实际支出不超过98万元,执行率达到98%。 |\n\n| 三级指标 | 指标值 |\n| 资金执行 | 全年预算数100万元,执行率100% |\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout:
      'a two-column form headed 指标 | 内容 (pipe rows, no delimiter row), its cells sentences with amounts, a score and a grade: read as the paragraphs a .docx copy makes of them',
    text: '某县统计局2023年度部门整体支出绩效自评报告\n\n| 指标 | 内容 |\n| 预算执行情况 | 全年预算数为320.5万元,全年执行数为318.2万元,预算执行率为99.28%。 |\n| 自评结论 | 自评得分95分,评价等级为优。 |\n',
    want: {
      'budget.total': '320.5万元',
      'budget.executed': '318.2万元',
      'budget.executionRate': '99.28%',
      'eval.score': '95分',
      'eval.grade': '优',
    },
  },
  {
    layout:
      'refused: under a generic head (内容) the row’s label still decides (年度目标), and a head naming a kind of content (项目内容, 指标值) refuses its cells, scores too',
    text: '某县统计局2023年度项目支出绩效自评表\n\n| 指标 | 内容 |\n| 年度目标 | 计划投入资金100万元,执行率达到98%。 |\n\n| 名称 | 项目内容 |\n| 统计调查 | 全年预算数为50万元,支出48万元。 |\n\n| 三级指标 | 指标值 |\n| 满意度 | 满意度测评自评得分90分以上,等级为优 |\n',
    want: {
      'budget.total': undefined,
      'budget.executed': undefined,
      'budget.executionRate': undefined,
      'eval.score': undefined,
      'eval.grade': undefined,
    },
  },
  {
    layout:
      'a header and its row copied as spaced text, each amount with its unit ("2580.30万元  2560.10万元  99.22%", a pandoc simple table or a page copy): read as its pipe rows are',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n  全年预算数      全年执行数      执行率\n  2580.30万元     2560.10万元     99.22%\n',
    want: { 'budget.total': '2580.30万元', 'budget.executed': '2560.10万元', 'budget.executionRate': '99.22%' },
  },
  {
    layout:
      'labelled rows copied as spaced text, amounts with their unit: the 基本支出 row’s executed amount (its column), not the first amount after the label',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n项目      全年预算数      全年执行数      执行率\n合计      2580.30万元     2560.10万元     99.22%\n基本支出  1800.00万元     1795.00万元     99.72%\n',
    want: { 'budget.total': '2580.30万元', 'budget.executed': '2560.10万元', 'expense.basic': '1795.00万元' },
  },
  {
    layout:
      'a form’s rows copied from a PDF, one space between each amount and its unit (年度资金总额: 372.29 万元 360.29 万元 96.78%): each amount one cell with its unit',
    text: '某乡2021年度项目支出绩效自评表\n\n全年预算数(A) 全年执行数(B) 执行率(B/A)\n\n年度资金总额: 372.29 万元 360.29 万元 96.78%\n\n其中:中央、市级补助 372.29 万元 360.29 万元 96.78%\n',
    want: { 'budget.total': '372.29万元', 'budget.executed': '360.29万元', 'budget.executionRate': '96.78%' },
  },
  {
    layout: 'refused: words after the row’s values (…96.78% 资金已全部拨付到位) stay the row’s note, no cell',
    text: '某乡2021年度项目支出绩效自评表\n\n全年预算数(A) 全年执行数(B) 执行率(B/A)\n\n年度资金总额: 372.29 360.29 96.78% 资金已全部拨付到位\n',
    want: { 'budget.total': '372.29万元', 'budget.executed': '360.29万元', 'budget.executionRate': '96.78%' },
  },
  {
    layout: 'refused: amounts with their unit on a line with no header above them, and an amount first on its line is no row’s label',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n2580.30万元     2560.10万元     99.22%\n',
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    layout:
      'a two-column account (项目 | 金额) flattened into one paragraph, its head run into the first row’s label (项目金额本年收入合计 3456.78 …), as a .docx copy gives it',
    text: '某市民政局2023年度部门决算公开\n\n单位:万元\n\n项目金额本年收入合计 3456.78 财政拨款收入 3200.00 其他收入 256.78 本年支出合计 3400.12\n',
    want: { 'income.total': '3456.78万元', 'income.fiscal': '3200.00万元', 'income.other': '256.78万元', 'expense.total': '3400.12万元' },
  },
  {
    layout: 'refused: words before the first label that are no table’s heads (项目经费…) leave that row unread',
    text: '某市民政局2023年度部门决算公开\n\n单位:万元\n\n项目经费本年收入合计 3456.78 财政拨款收入 3200.00 其他收入 256.78 本年支出合计 3400.12\n',
    want: { 'income.total': undefined, 'income.fiscal': '3200.00万元' },
  },
  {
    layout: 'a department form’s funds table whose 基本支出 row is split into 其中:人员经费 / 公用经费 rows: each class’s spending',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n| 年度资金总额 | 1,000.00 | 1,100.00 | 1,050.00 |\n| 其中:基本支出 | 700.00 | 720.00 | 710.00 |\n| 其中:人员经费 | 600.00 | 610.00 | 605.00 |\n| 公用经费 | 100.00 | 110.00 | 105.00 |\n| 项目支出 | 300.00 | 380.00 | 340.00 |\n',
    want: {
      'expense.basic': '710.00万元',
      'expense.personnel': '605.00万元',
      'expense.publicUse': '105.00万元',
      'expense.project': '340.00万元',
    },
  },
  {
    layout: 'refused: the same rows in a table with no total row above them (no split of a total)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n| 人员经费 | 600.00 | 610.00 | 605.00 |\n| 公用经费 | 100.00 | 110.00 | 105.00 |\n',
    want: { 'expense.personnel': undefined, 'expense.publicUse': undefined },
  },
  {
    layout: 'a 收支 table of two sides under a header of no money word, its unit on the line above it: every pair',
    text: '某县教育局2023年度部门决算公开说明\n\n单位:万元\n| 收入 | | 支出 | |\n| 本年收入合计 | 1,020.50 | 本年支出合计 | 1,010.30 |\n| 财政拨款收入 | 1,000.00 | 基本支出 | 800.00 |\n| 其他收入 | 20.50 | 项目支出 | 210.30 |\n',
    want: {
      'income.total': '1020.50万元',
      'income.fiscal': '1000.00万元',
      'income.other': '20.50万元',
      'expense.total': '1010.30万元',
      'expense.basic': '800.00万元',
      'expense.project': '210.30万元',
    },
  },
  {
    // invented: a project's own form heading its budget column 批复预算 (the approved budget), one row
    layout: 'a one-project table whose budget column is headed 批复预算: its row is the project’s own line',
    text: `某县档案馆2023年度档案数字化项目支出绩效自评表\n\n| 项目 | 批复预算 | 实际支出 | 执行率 |\n| --- | --- | --- | --- |\n| 档案数字化 | 86.00 | 84.30 | 98.02% |\n`,
    want: { 'budget.total': '86.00万元', 'budget.executed': '84.30万元', 'budget.executionRate': '98.02%' },
  },
  {
    layout: 'refused: a department’s list of projects under 批复预算 gives no figure of the unit’s (its rows are projects)',
    text: `某县档案馆2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 批复预算 | 实际支出 | 执行率 |\n| --- | --- | --- | --- |\n| 档案数字化 | 86.00 | 84.30 | 98.02% |\n| 库房改造 | 40.00 | 39.00 | 97.50% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  // invented: one-project forms heading their columns by the budget's and the spending's other names
  ...[
    ['下达资金', '累计支出'],
    ['预算资金', '已支付'],
    ['批复资金', '全年支出'],
    ['年度预算安排', '实际使用资金'],
  ].map(([budget, spent]) => ({
    layout: `a one-project form headed ${budget} | ${spent} | 执行率: the project's own line`,
    text: `某县档案馆2023年度档案数字化项目支出绩效自评表\n\n| 项目 | ${budget} | ${spent} | 执行率 |\n| --- | --- | --- | --- |\n| 档案数字化 | 86.00 | 84.30 | 98.02% |\n`,
    want: { 'budget.total': '86.00万元', 'budget.executed': '84.30万元', 'budget.executionRate': '98.02%' },
  })),
  {
    layout: 'refused: a department’s list of projects under 下达资金 | 累计支出 gives no figure of the unit’s (its rows are projects)',
    text: `某县档案馆2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 下达资金 | 累计支出 | 执行率 |\n| --- | --- | --- | --- |\n| 档案数字化 | 86.00 | 84.30 | 98.02% |\n| 库房改造 | 40.00 | 39.00 | 97.50% |\n`,
    want: { 'budget.total': undefined, 'budget.executed': undefined, 'budget.executionRate': undefined },
  },
  {
    // invented: the 部门整体支出绩效自评表's funds block under 年度预算申请, its columns 年初数 | 全年数 (预算 left to the heading)
    layout: 'a 部门整体支出绩效自评表 headed 年度预算申请 | 年初数 | 全年数 | 全年执行数 | 分值 | 执行率 | 得分',
    text: `某县档案馆2023年度部门整体支出绩效自评表\n\n| 年度预算申请(万元) | 年初数 | 全年数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 640 | 700 | 686 | 10 | 98.00% | 9.8 |\n`,
    want: { 'budget.initial': '640万元', 'budget.total': '700万元', 'budget.executed': '686万元', 'budget.executionRate': '98.00%' },
  },
  {
    layout: 'refused: 年初数 / 全年数 head no column outside a table of budget headers (a staff table: 年初数 | 年末数)',
    text: `某县档案馆2023年度部门整体支出绩效自评表\n\n| 人员情况 | 年初数 | 年末数 |\n|---|---|---|\n| 在职人员 | 12 | 13 |\n`,
    want: { 'budget.initial': undefined, 'budget.total': undefined },
  },
];

describe('budget-execution tables', () => {
  for (const { layout, text, want } of LAYOUTS) {
    it(layout, () => {
      const got = figuresOf(text);
      for (const [key, value] of Object.entries(want)) expect(got[key], key).toBe(value);
    });
  }
});

describe('a department form’s header run written together, its 全年 annotated (全年(调整)预算数)', () => {
  const form = '# 某区融媒体中心2023年度部门整体绩效自评表\n\n主管部门某区委宣传部自评总分(分)97.6';
  it('reads the funds row after the run (simplified and traditional, 万元 as the header declares)', () => {
    const want = {
      'eval.score': '97.6分',
      'budget.initial': '1523.45万元',
      'budget.total': '1600.00万元',
      'budget.executed': '1498.20万元',
      'budget.executionRate': '93.64%',
    };
    expect(
      figuresOf(
        `${form}部门预算执行情况(万元)年初预算数全年(调整)预算数全年执行数执行率(%)执行率权重执行率得分(分)1523.45 1600.00 1498.20 93.64% 10 9.36`,
      ),
    ).toEqual(want);
    expect(
      figuresOf(
        `${form}部門預算執行情況(萬元)年初預算數全年(調整)預算數全年執行數執行率(%)執行率權重執行率得分(分)1523.45 1600.00 1498.20 93.64% 10 9.36`,
      ),
    ).toEqual(want);
  });
  it('refuses: values glued with no space (1523.451600.00…) and an annotated target (全年(调整)绩效目标) give no funds', () => {
    expect(
      figuresOf(
        `${form}部门预算执行情况(万元)年初预算数全年(调整)预算数全年执行数执行率(%)执行率权重执行率得分(分)1523.451600.001498.2093.64%109.36`,
      ),
    ).toEqual({
      'eval.score': '97.6分',
    });
    expect(
      figuresOf(
        '# 某区融媒体中心2023年度部门整体绩效自评表\n\n当年绩效目标 年初绩效目标 全年(调整)绩效目标 全年目标实际完成情况 100 120 118',
      ),
    ).toEqual({});
  });
});

describe('a project form run into a paragraph that a PDF page wrapped (pdftotext copies of a rendering)', () => {
  // the national form's cells one a line in the source, which a renderer runs into one paragraph and the page's margin
  // cuts anywhere: inside a header word, inside a header's note, before a note, between a row's values
  it.each([
    [
      'a header note cut inside its bracket (得分(20 分*执 / 行率))',
      [
        '项目名称青禾镇项目主管部门青禾县农业农村局实施单位青禾县青禾镇人民政府项目',
        '资金(万元) 年初预算数全年预算数(A) 全年执行数(B) 分值执行率(B/A) 得分(20 分*执',
        '行率) 年度资金总额 236.40 258.75 247.18 20 95.53% 19.11 其中:当年财政拨款 236.',
        '40 258.75 247.18 — — — 上年结转资金 — — — 其他资金 — — — 年度总体目标预',
        '期目标实际完成情况完成 12 个行政村的污水管网铺设与垃圾分类收集点建设,改造农',
        '村户厕三百二十座,整治村庄道路两侧环境卫生,建成长效保洁机制。已完成 11 个行政',
        '村的管网铺设,垃圾收集点全部建成,改造户厕三百零五座,长效保洁机制已在全镇推行。',
        '绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指',
        '标管网铺设村数 12 个 11 个 20 18 质量指标工程验收合格率 100% 100% 10 10 效益指',
        '标社会效益指标群众满意度 ≥90% 93% 10 10 总分 100 94.11',
      ],
    ],
    [
      'a header note pushed onto the next line alone (得分 / (20 分*执行率))',
      [
        '项目名称青禾镇农村人居项目主管部门青禾县农业农村局实施单位青禾县青禾镇人民',
        '政府项目资金(万元) 年初预算数全年预算数(A) 全年执行数(B) 分值执行率(B/A) 得分',
        '(20 分*执行率) 年度资金总额 236.40 258.75 247.18 20 95.53% 19.11 其中:当年财政',
        '拨款 236.40 258.75 247.18 — — — 上年结转资金 — — — 其他资金 — — — 年度总',
        '体目标预期目标实际完成情况完成 12 个行政村的污水管网铺设与垃圾分类收集点建设,',
        '改造农村户厕三百二十座,整治村庄道路两侧环境卫生,建成长效保洁机制。已完成 11',
        '个行政村的管网铺设,垃圾收集点全部建成,改造户厕三百零五座,长效保洁机制已在全',
        '镇推行。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指',
        '标数量指标管网铺设村数 12 个 11 个 20 18 质量指标工程验收合格率 100% 100% 10 1',
        '0 效益指标社会效益指标群众满意度 ≥90% 93% 10 10 总分 100 94.11',
      ],
    ],
    [
      'a header note cut after its letter (执行率(B / /A))',
      [
        '项目名称青禾镇农村人居环境整治项目主管部门青禾县农业农村局实施单位青禾县青',
        '禾镇人民政府项目资金(万元) 年初预算数全年预算数(A) 全年执行数(B) 分值执行率(B',
        '/A) 得分(20 分*执行率) 年度资金总额 236.40 258.75 247.18 20 95.53% 19.11 其中:',
        '当年财政拨款 236.40 258.75 247.18 — — — 上年结转资金 — — — 其他资金 — —',
        '— 年度总体目标预期目标实际完成情况完成 12 个行政村的污水管网铺设与垃圾分类',
        '收集点建设,改造农村户厕三百二十座,整治村庄道路两侧环境卫生,建成长效保洁机制。',
        '已完成 11 个行政村的管网铺设,垃圾收集点全部建成,改造户厕三百零五座,长效保洁机',
        '制已在全镇推行。绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得',
        '分产出指标数量指标管网铺设村数 12 个 11 个 20 18 质量指标工程验收合格率 100% 1',
        '00% 10 10 效益指标社会效益指标群众满意度 ≥90% 93% 10 10 总分 100 94.11',
      ],
    ],
    [
      'a header word cut (年初预算 / 数全年预算数(A)), the total row’s values opening the next line',
      [
        '项目名称青禾镇农村人居环境整治提升改造工程建设示范点污水管网铺设与垃圾项目',
        '主管部门青禾县农业农村局实施单位青禾县青禾镇人民政府项目资金(万元) 年初预算',
        '数全年预算数(A) 全年执行数(B) 分值执行率(B/A) 得分(20 分*执行率) 年度资金总额',
        '236.40 258.75 247.18 20 95.53% 19.11 其中:当年财政拨款 236.40 258.75 247.18 —',
        '— — 上年结转资金 — — — 其他资金 — — — 年度总体目标预期目标实际完成情况完',
        '成 12 个行政村的污水管网铺设与垃圾分类收集点建设,改造农村户厕三百二十座,整治',
        '村庄道路两侧环境卫生,建成长效保洁机制。已完成 11 个行政村的管网铺设,垃圾收集',
        '点全部建成,改造户厕三百零五座,长效保洁机制已在全镇推行。绩效指标一级指标二',
        '级指标三级指标年度指标值实际完成值分值得分产出指标数量指标管网铺设村数 12 个',
        '11 个 20 18 质量指标工程验收合格率 100% 100% 10 10 效益指标社会效益指标群众满',
        '意度 ≥90% 93% 10 10 总分 100 94.11',
      ],
    ],
    [
      'a header word’s note opening the next line (全年预算数 / (A)), the row’s values cut at a space',
      [
        '项目名称青禾镇农村人居环境整治提升改造工程建设示范点污水管项目主管部门青禾',
        '县农业农村局实施单位青禾县青禾镇人民政府项目资金(万元) 年初预算数全年预算数',
        '(A) 全年执行数(B) 分值执行率(B/A) 得分(20 分*执行率) 年度资金总额 236.40 258.75',
        '247.18 20 95.53% 19.11 其中:当年财政拨款 236.40 258.75 247.18 — — — 上年结转',
        '资金 — — — 其他资金 — — — 年度总体目标预期目标实际完成情况完成 12 个行政村',
        '的污水管网铺设与垃圾分类收集点建设,改造农村户厕三百二十座,整治村庄道路两侧',
        '环境卫生,建成长效保洁机制。已完成 11 个行政村的管网铺设,垃圾收集点全部建成,改',
        '造户厕三百零五座,长效保洁机制已在全镇推行。绩效指标一级指标二级指标三级指标',
        '年度指标值实际完成值分值得分产出指标数量指标管网铺设村数 12 个 11 个 20 18 质',
        '量指标工程验收合格率 100% 100% 10 10 效益指标社会效益指标群众满意度 ≥90% 9',
        '3% 10 10 总分 100 94.11',
      ],
    ],
    [
      'the rate cut in its digits at the margin (… 20 9 / 5.53% …), joined as the row’s 247.18 / 258.75 decides',
      [
        '项目名称青禾镇农村人居环境整治提升改造工程建设项目主管部门青禾县农业农村局',
        '实施单位青禾县青禾镇人民政府项目资金(万元) 年初预算数全年预算数(A) 全年执行',
        '数(B) 分值执行率(B/A) 得分(20 分*执行率) 年度资金总额 236.40 258.75 247.18 20 9',
        '5.53% 19.11 其中:当年财政拨款 236.40 258.75 247.18 — — — 上年结转资金 — —',
        '— 其他资金 — — — 年度总体目标预期目标实际完成情况完成 12 个行政村的污水管',
        '网铺设与垃圾分类收集点建设,改造农村户厕三百二十座,整治村庄道路两侧环境卫生,',
        '建成长效保洁机制。已完成 11 个行政村的管网铺设,垃圾收集点全部建成,改造户厕三',
        '百零五座,长效保洁机制已在全镇推行。绩效指标一级指标二级指标三级指标年度指标',
        '值实际完成值分值得分产出指标数量指标管网铺设村数 12 个 11 个 20 18 质量指标工',
        '程验收合格率 100% 100% 10 10 效益指标社会效益指标群众满意度 ≥90% 93% 10 10',
        '总分 100 94.11',
      ],
    ],
    [
      'the rate whole at the start of the next line (… 247.18 20 / 95.53% 19.11 其中:…)',
      [
        '项目名称青禾镇农村人居环境整治提升改造工程建设示项目主管部门青禾县农业农村',
        '局实施单位青禾县青禾镇人民政府项目资金(万元) 年初预算数全年预算数(A) 全年执',
        '行数(B) 分值执行率(B/A) 得分(20 分*执行率) 年度资金总额 236.40 258.75 247.18 20',
        '95.53% 19.11 其中:当年财政拨款 236.40 258.75 247.18 — — — 上年结转资金 — —',
        '— 其他资金 — — — 年度总体目标预期目标实际完成情况完成 12 个行政村的污水管',
        '网铺设与垃圾分类收集点建设。已完成 11 个行政村的管网铺设,垃圾收集点全部建成。',
        '总分 100 94.11',
      ],
    ],
  ] as const)('reads the funds row (%s)', (_shape, lines) => {
    const f = figuresOf(`青禾县2023年度项目支出绩效自评表\n\n${lines.join('\n')}\n\n自评等级:优。`);
    expect(f['budget.initial']).toBe('236.40万元');
    expect(f['budget.total']).toBe('258.75万元');
    expect(f['budget.executed']).toBe('247.18万元');
    expect(f['budget.executionRate']).toBe('95.53%');
  });

  it('reads a header whose note a line break cut inside its bracket, in a copy too short to show the page’s measure', () => {
    const text =
      '项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分(20 分*执行\n率) 年度资金总额 100 120 114 20 95% 19';
    expect(figuresOf(text)).toMatchObject({ 'budget.initial': '100万元', 'budget.total': '120万元', 'budget.executed': '114万元' });
    const lines = (t: string) => {
      const segments = segmentsOf(docOf(t));
      return segments.flatMap((s) => unwrappedLines(s, () => documentMeasure(segments)).map((l) => s.text.slice(l.start, l.end)));
    };
    expect(lines(text)).toHaveLength(1);
    // refused: a bracket that closes past a note's length (a sentence in brackets), or opens another first, ends its line
    expect(lines('得分计算方法(\n执行率乘以该指标分值,最高不得超过分值上限) 年度资金总额 100 120')).toHaveLength(2);
    expect(lines('资金来源(A\n2023年度预算(万元) 100')).toHaveLength(2);
  });

  it('refused: a rate cut at the margin whose join the row’s arithmetic does not bear (9 / 5.12%, 247.18 / 258.75 = 95.53%) is read as neither', () => {
    const lines = [
      '项目名称青禾镇农村人居环境整治提升改造工程建设项目主管部门青禾县农业农村局',
      '实施单位青禾县青禾镇人民政府项目资金(万元) 年初预算数全年预算数(A) 全年执行',
      '数(B) 分值执行率(B/A) 得分(20 分*执行率) 年度资金总额 236.40 258.75 247.18 20 9',
      '5.12% 19.11 其中:当年财政拨款 236.40 258.75 247.18 — — — 上年结转资金 — —',
      '— 其他资金 — — — 年度总体目标预期目标实际完成情况完成 12 个行政村的污水管',
      '网铺设与垃圾分类收集点建设,改造农村户厕三百二十座,整治村庄道路两侧环境卫生,',
      '建成长效保洁机制。已完成 11 个行政村的管网铺设,垃圾收集点全部建成,改造户厕三',
      '百零五座,长效保洁机制已在全镇推行。绩效指标一级指标二级指标三级指标年度指标',
      '值实际完成值分值得分产出指标数量指标管网铺设村数 12 个 11 个 20 18 质量指标工',
      '程验收合格率 100% 100% 10 10 效益指标社会效益指标群众满意度 ≥90% 93% 10 10',
      '总分 100 94.11',
    ];
    const f = figuresOf(`青禾县2023年度项目支出绩效自评表\n\n${lines.join('\n')}\n\n自评等级:优。`);
    expect(f['budget.executionRate']).not.toBe('95.12%');
    expect(f['budget.executionRate']).not.toBe('5.12%');
  });

  it('refused: a form written a row to the line (lines of every width, no page’s measure) keeps each line’s cells its own', () => {
    const text = [
      '项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
      '年度资金总额 236.40 258.75 247.18 20 95.53% 19.11',
      '其中:当年财政拨款 236.40 258.75 247.18 — — —',
    ].join('\n');
    const tokens = tokensOf(segmentsOf(docOf(text))).map((t) => t.text);
    expect(tokens).toContain('得分');
    expect(tokens).toContain('年度资金总额');
    expect(tokens).toContain('19.11');
  });
});

describe('a row label its narrow cell wrapped, a PDF copied as text a cell a paragraph', () => {
  const cells = (text: string) => tokensOf(segmentsOf(docOf(text))).map((t) => t.text);
  // invented: pdftotext's plain copy of a final account's two-sided table, a blank line between cells
  const ACCOUNT = [
    '青山县方志馆2023年度部门决算',
    '',
    '收入支出决算总表(单位:万元)',
    '',
    '项目',
    '',
    '决算数',
    '',
    '一、一般公共预算',
    '财政拨款收入',
    '',
    '286.40',
    '',
    '二、其他收入',
    '',
    '3.20',
    '',
    '本年收入合计',
    '',
    '289.60',
  ].join('\n');
  it('is one cell where a wording of the vocabulary spans the break (一般公共预算 / 财政拨款收入)', () => {
    expect(cells(ACCOUNT)).toContain('一、一般公共预算财政拨款收入');
    const f = figuresOf(ACCOUNT);
    expect(f['income.generalPublic']).toBe('286.40万元');
    expect(f['income.fiscal']).toBeUndefined();
  });
  it('refused: two cells a line whose second holds the whole wording (项目 / 一般公共预算财政拨款收入) stay two', () => {
    expect(cells('项目\n一般公共预算财政拨款收入\n\n286.40')).toEqual(expect.arrayContaining(['项目', '一般公共预算财政拨款收入']));
  });
});

describe('cells run together, then the next row’s label', () => {
  const cells = (text: string) => tokensOf(segmentsOf(docOf(text))).map((t) => t.text);
  it('are cut where the words start: the values one cell, the row after read on', () => {
    const [label, values, next] = cells('年度资金总额593.27593.27448.641075.62%7.56其中:当年财政拨款 593.27\n');
    expect([label, values]).toEqual(['年度资金总额', '593.27593.27448.641075.62%7.56']);
    expect(next.startsWith('其中:当年财政拨款')).toBe(true);
  });
  it('refused: one number then words is a cell of its own (95%以上), and a unit after the values is no row (…%万元)', () => {
    expect(cells('满意度 | 95%以上 | 96%\n')).toContain('95%以上');
    expect(cells('年度资金总额 | 593.27593.27448.641075.62%万元\n')).not.toContain('593.27593.27448.641075.62%');
  });
});

describe('a header run’s edges, run into the text beside them', () => {
  it('join a header row’s second line only where every piece completes a head cut before it', () => {
    const cells = (text: string) => tokensOf(segmentsOf(docOf(text))).map((t) => t.text);
    // one cut header over the two rows: 全年执 + 行数
    expect(cells('项目资金(万元)\n全年执\n分值\n执行率\n\n行数\n年度资金总额\n')).toEqual([
      '项目资金(万元)',
      '全年执行数',
      '分值',
      '执行率',
      '年度资金总额',
    ]);
    // a header row of years as rows (年度 | 预算数 | 执行数 | 执行率): 年度 + 预算数 would be a header, but 执行数
    // and 执行率 then find no head, so the row is the header it is
    expect(cells('年度\n预算数\n执行数\n执行率\n2022\n')).toEqual(['年度', '预算数', '执行数', '执行率', '2022']);
    // a lone header word after whole headers is a column of its own, not a piece of the one before
    expect(cells('年初预算\n全年预算数\n执行数\n')).toEqual(['年初预算', '全年预算数', '执行数']);
  });
  it('are cut: the first header from the name before it, the last from the first row’s label', () => {
    const cells = (text: string) => tokensOf(segmentsOf(docOf(text))).map((t) => t.text);
    expect(cells('项目名称:某某服务项目预算数(A) 执行数(B) 执行率(B/A) 1,250.00 1,198.40 95.87%\n')).toEqual([
      '项目名称:某某服务项目',
      '预算数(A)',
      '执行数(B)',
      '执行率(B/A)',
      '1,250.00',
      '1,198.40',
      '95.87%',
    ]);
    // a header's note cut by the copy stays with its header ("分值(10" | "分)" is one header over two cells), joined
    // again where its pieces close the bracket (withSpacedNotesJoined)
    expect(cells('年初预算数(A) 全年执行数(B) 分值(10 分) 执行率(B/A) 得分\n')).toContain('分值(10分)');
    expect(cells('项目名称 2021年决算数 2022年预算数 2022年决算数审计业务经费 35.6 40 38.2\n')).toEqual([
      '项目名称',
      '2021年决算数',
      '2022年预算数',
      '2022年决算数',
      '审计业务经费',
      '35.6',
      '40',
      '38.2',
    ]);
  });
});

describe('row tables flattened into a paragraph', () => {
  it('give nothing when the headers do not decide the column (no column of the report year’s spending)', () => {
    const got = figuresOf(
      '某乡人民政府2022年度部门决算\n\n单位:万元项目上年决算数上年预算数本年收入合计 1,020.50 1,105.30 财政拨款收入 1,000.00 1,085.30 其他收入 20.50 20.00\n',
    );
    expect(got['income.total']).toBeUndefined();
    expect(got['income.fiscal']).toBeUndefined();
  });

  it('read a comparison table of whole years (2021年度 | 2022年度 | 增减值 | 增减%) by the report year’s column, in its 单位', () => {
    const rows = [
      '某县妇幼保健院财务信息公示',
      '某县公立医院情况对比表',
      '单位:某县妇幼保健院 单位:元',
      '项目 2021年度 2022年度 2022比2021增减',
      '增减值 增减%',
      '(一) 收入总计 30500000.00 32800000.00 2300000.00 7.54%',
      ...['1. 财政补助收入 4200000 4650000 450000 10.71%', '2. 医疗收入 26100000 27930000 1830000 7.01%'],
      ...['3. 其他收入 200000.00 220000.00 20000.00 10.00%', '(二) 支出总计 31000000 32500000 1500000 4.84%'],
    ];
    const got = figuresOf(`${rows.join('\n')}\n`);
    expect(got['income.fiscal']).toBe('4650000元');
    expect(got['income.other']).toBe('220000.00元');
    // without the change columns' headers the values outnumber the columns: nothing is read
    const unheaded = figuresOf(`${rows.filter((r) => !r.startsWith('增减值')).join('\n')}\n`);
    expect(unheaded['income.fiscal']).toBeUndefined();
  });

  it('read a comparison table of whole years copied one cell per line by the report year’s column, wherever it stands', () => {
    const account = (cells: string[]) => `某县林业局2023年部门决算公开\n\n单位:万元\n\n${cells.map((c) => `${c} |`).join('\n\n')}\n`;
    const rows = ['本年收入合计', '财政拨款收入', '其他收入', '本年支出合计'];
    const amounts = [
      ['812.00', '905.40'],
      ['800.00', '884.40'],
      ['12.00', '21.00'],
      ['790.30', '880.50'],
    ];
    const withChange = rows.flatMap((r, n) => [r, ...amounts[n], '0.00', '0.00%']);
    expect(figuresOf(account(['项目', '2022年', '2023年', '增减额', '增减率', ...withChange]))).toMatchObject({
      'income.total': '905.40万元',
      'income.fiscal': '884.40万元',
      'expense.total': '880.50万元',
    });
    const reportFirst = rows.flatMap((r, n) => [r, amounts[n][1], amounts[n][0]]);
    expect(figuresOf(account(['项目', '2023年', '2022年', ...reportFirst]))['income.total']).toBe('905.40万元');
    // no column of the report year: nothing is read
    expect(figuresOf(account(['项目', '2021年', '2022年', ...reportFirst]))['income.total']).toBeUndefined();
  });

  it('read a declaration form’s funds block (预算支出总额 | 基本支出 | 项目支出, blank cells dropped) by what its sums decide', () => {
    const head = ['2025年部门整体支出绩效目标申报表', '', '预算部门:某县农业农村局', '', '总体资金情况(万元)'];
    const columns = [
      '预算支出',
      '总额',
      '基本支出',
      '项目支出',
      ...['合计', '财政拨款', '专户资金', '单位资金'],
      ...['合计', '财政拨款', '专户资金', '单位资金'],
    ];
    const form = (values: string[]) => `${[...head, ...columns, ...values, '年度主要任务'].join('\n\n')}\n`;
    expect(figuresOf(form(['982.40', '610.25', '600.25', '10.00', '372.15', '372.15']))).toMatchObject({
      'expense.total': '982.40万元',
      'expense.basic': '610.25万元',
      'expense.project': '372.15万元',
    });
    // no value makes up the total with the first part: the columns are not decided, nothing is read
    expect(figuresOf(form(['982.40', '610.25', '600.25', '10.00', '370.00']))['expense.basic']).toBeUndefined();
    // outside a budget document (an evaluation's table) the same block is no budgeted spending
    const evaluation = form(['982.40', '610.25', '610.25', '372.15', '372.15']).replace('绩效目标申报表', '整体支出绩效自评报告');
    expect(figuresOf(evaluation)['expense.basic']).toBeUndefined();
  });

  it('read no row numbers (行次) as amounts', () => {
    const got = figuresOf(
      '收入支出决算总表 部门:某县某镇卫生院 收入 项目 行次 栏次 金额 1 一、一般公共预算财政拨款收入 1 二、政府性基金预算财政拨款收入 2 三、上级补助收入 3 四、事业收入 4 五、其他收入 5 1,200,000.00 350,000.50 本年收入合计 6 1,550,000.50\n',
    );
    expect(got['income.other']).toBeUndefined();
    expect(got['income.generalPublic']).toBeUndefined();
    expect(got['income.business']).toBeUndefined();
  });

  it('read a 基础数据表 copied one cell per paragraph by its report-year column, over its blank rows', () => {
    const cells = [
      ...['2023年度部门整体支出绩效评价基础数据表', '财政供养人员情况(人', '编制数', '2023年实际在职人数', '控制率', '32', '30', '93.75%'],
      ...['经费控制情况(万元', '2022年决算数', '2023年预算数', '2023年决算数'],
      ...['三公经费:', '3.10', '4.00', '2.95', '1、公务用车购置和维护经费', '1.20', '2.00', '1.05', '2、公务接待', '1.90', '2.00', '1.90'],
      ...['项目支出:', '410.50', '380.00', '455.80', '1、业务工作经费', '2、运行维护经费', '……'],
      ...['公用经费', '60.12', '58.00', '61.37', '其中:办公经费', '20.10', '19.00', '18.44'],
    ];
    const got = figuresOf(cells.join('\n\n'));
    expect(got['expense.project']).toBe('455.80万元');
    expect(got['expense.publicUse']).toBe('61.37万元');
  });
});

describe('values with no row label', () => {
  it('are not read when they do not prove themselves a budget line (no rate, or a rate that does not fit)', () => {
    for (const values of ['120 98 10 9.8', '120 98 50% 9.8']) {
      const got = figuresOf(`${PROJECT}预算数 执行数 执行率 得分\n${values}\n`);
      expect(got['budget.total'], values).toBeUndefined();
      expect(got['budget.executed'], values).toBeUndefined();
    }
  });
  it('are not read from a code column’s cell: the digits after 科目编码 … are the first row’s code', () => {
    const table = (code: string) =>
      `某某局2023年度部门整体支出绩效自评表\n\n| ${code} | 科目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|---|\n| 2130201 | 行政运行 | 300 | 290 | 96.67% |\n| 2130205 | 森林资源培育 | 120 | 110 | 91.67% |\n`;
    for (const code of ['科目编码', '功能分类科目编码']) expect(figuresOf(table(code)), code).toEqual({});
    // refused: a one-row table copied as text with its values run together still reads (no code column before)
    expect(figuresOf(`${PROJECT}科目名称 预算数 执行数 执行率\n501020\n`)).toEqual({
      'budget.total': '50万元',
      'budget.executed': '10万元',
      'budget.executionRate': '20%',
    });
  });
});

describe('cells that ran together are split only when one split is consistent', () => {
  const BUDGET = ['budget', 'executed', 'weight', 'rate', 'score'] as const;
  it.each([
    ['202010100.00%10', [...BUDGET], ['20', '20', '10', '100.00%', '10']],
    ['310.2154.741050%5', ['initial', 'executed', 'weight', 'rate', 'score'], ['310.2', '154.74', '10', '50%', '5']],
    ['64.864.8100%', ['budget', 'executed', 'rate'], ['64.8', '64.8', '100%']],
    // no % sign: 50 / 10 / 20 / 4 (5010 / 2 / 0 / 4 would state a rate of 0 beside money spent)
    ['5010204', ['budget', 'executed', 'rate', 'score'], ['50', '10', '20', '4']],
    // 314031401 / 0 / 0% fits too, as nothing spent at 0% fits any budget: such a cut is no evidence
    ['31403140100%', ['budget', 'executed', 'rate'], ['3140', '3140', '100%']],
    // OCR read the % as "%6": 35 / 35 / 20 / 100% / 20 (620 would be a score over its weight); the rate part keeps the digit
    ['353520100%620', [...BUDGET], ['35', '35', '20', '100%6', '20']],
    // whole amounts and a rate to the hundredth: 22021 / 597.7 / 3% fits too (2.71% is 3% written whole), but
    // amounts written one whole and one to a decimal are no table's columns
    ['22021597.73%', ['budget', 'executed', 'rate'], ['220', '215', '97.73%']],
    ['2202202151097.73%9.8', ['initial', 'budget', 'executed', 'weight', 'rate', 'score'], ['220', '220', '215', '10', '97.73%', '9.8']],
    // a score the form worked out by a rule of its own (10 at 76%, not 7.6): the one split whose amounts are written alike,
    // not 593.2 / 7593.27 / 448.6410 / 7 / 6% with the 1 after the % taken for OCR's stray digit
    [
      '593.27593.27448.641076%10',
      ['initial', 'budget', 'executed', 'weight', 'rate', 'score'],
      ['593.27', '593.27', '448.64', '10', '76%', '10'],
    ],
  ] as const)('%s', (text, columns, want) => {
    expect(splitRunTogether(text, [...columns])).toEqual(want);
  });
  it('refuses a score by another rule when the amounts of more than one split are written alike, or a score over its weight', () => {
    // 12 / 12 / 12 / 1 / 100% / 1 and 1 / 21 / 21 / 21 … : no score rule to tell the weight's cut
    expect(splitRunTogether('121212100%11', ['initial', 'budget', 'executed', 'weight', 'rate', 'score'])).toBeNull();
    expect(splitRunTogether('593.27593.27448.641076%20', ['initial', 'budget', 'executed', 'weight', 'rate', 'score'])).toBeNull();
  });
  it('refuses when no split is consistent or several are', () => {
    // 1111100% could be 1/1/1/11 … with weight and score; without a rate consistent with executed ÷ budget, nothing
    expect(splitRunTogether('12345%', ['budget', 'executed', 'rate'])).toBeNull();
    // 11 ÷ 11 = 100% and 11 ÷ 1 = 1100%: two readings, their amounts each written alike, so none
    expect(splitRunTogether('1111100%', ['budget', 'executed', 'rate'])).toBeNull();
  });
  it('refuses a run beside other values in a row with fewer values than columns', () => {
    // which columns the run holds and which the 9.8 beside it is unknown: not 9.8 as the budget
    expect(
      figuresOf(`${PROJECT}项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 2202202151097.73% 9.8\n`),
    ).toEqual({});
  });
  it('refuses a digit after the % as stray when, kept, it would not overflow the score, or no score follows the rate', () => {
    // 10 / 0.5 / 100 / 5% then 45: a score of 45 is within its weight of 100, so the 4 may be a cell misread, not a stray
    expect(splitRunTogether('100.51005%45', [...BUDGET])).toBeNull();
    // no score column: nothing to tell a stray digit from a cell
    expect(splitRunTogether('3535100%6', ['budget', 'executed', 'rate'])).toBeNull();
  });
  it('reads a project form row whose % OCR read as "%6"', () => {
    const text = `${PROJECT}资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:353520100%620 其中:本年财政拨款 3535`;
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '35万元', 'budget.executed': '35万元', 'budget.executionRate': '100%' });
  });
  it('pairs labels and values only when they are as many', () => {
    const got = figuresOf(
      '单位:元\n\n本年收入合计\n\n财政拨款收入\n\n其他收入\n\n本年支出合计\n\n18,428,500.00\n\n18,000,000.00\n\n428,500.00\n',
    );
    expect(got['income.total']).toBeUndefined();
  });
  it('splits a total row whose cells ran into one integer, when one split is consistent', () => {
    const got = figuresOf(`${PROJECT}预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)年度财政资金总额5010204年度绩效目标`);
    expect([got['budget.total'], got['budget.executed'], got['budget.executionRate']]).toEqual(['50万元', '10万元', '20%']);
  });
  it('keeps a long integer that no split explains as the one amount it is', () => {
    const got = figuresOf(`${PROJECT}预算数(A)执行数(B)执行率(B/A)得分\n年度资金总额 1234567\n`);
    expect(got['budget.total']).toBe('1234567万元');
  });
  it('refuses a run-together total row when its split is ambiguous, leaving the figures out', () => {
    const got = figuresOf(`${PROJECT}全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:1111100%其他资金`);
    expect(got['budget.total']).toBeUndefined();
    // nor is the run read as one rate of 1111100%
    expect(got['budget.executionRate']).toBeUndefined();
  });
  it('splits a total row whose integer cells ran into its rate, the % sign last (2118 / 2118 / 100%)', () => {
    const got = figuresOf(`${PROJECT}资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:31403140100%其中:中央财政资金`);
    expect([got['budget.total'], got['budget.executed'], got['budget.executionRate']]).toEqual(['3140万元', '3140万元', '100%']);
  });
  it('splits a row with no label whose cells ran together under the headers, never reading the run as one rate', () => {
    const got = figuresOf(`${PROJECT}全年预算数 全年执行数 执行率\n25002500100%\n`);
    expect([got['budget.total'], got['budget.executed'], got['budget.executionRate']]).toEqual(['2500万元', '2500万元', '100%']);
  });
  it('splits cells that ran together with their thousands separators (2,480.502,356.4795%)', () => {
    const got = figuresOf(`${PROJECT}资金情况(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:2,480.502,356.4795%其中:中央财政资金`);
    expect([got['budget.total'], got['budget.executed'], got['budget.executionRate']]).toEqual(['2480.50万元', '2356.47万元', '95%']);
  });
  it('reads a total row whose label a copy put before the headers, its cells run together right after them', () => {
    // the merged label column read first: 年度资金总额, then the headers, then the values with no label
    const got = figuresOf(
      `${PROJECT}项目名称乡村道路养护项目资金(万元)年度资金总额年初预算数全年预算数(A)全年执行数(B)执行率(B/A)45.245.243.195.35%年度总体目标`,
    );
    expect([got['budget.initial'], got['budget.total'], got['budget.executed'], got['budget.executionRate']]).toEqual([
      '45.2万元',
      '45.2万元',
      '43.1万元',
      '95.35%',
    ]);
  });
});

describe('row tables of final accounts', () => {
  it('takes the unit from a 单位 line above the table', () => {
    const text = [
      '单位:元',
      '',
      '| 项目 | 决算数 |',
      '|---|---|',
      '| 本年收入合计 | 12,345,678.90 |',
      '| 本年支出合计 | 12,300,000.00 |',
    ].join('\n');
    expect(figuresOf(text)).toEqual({ 'income.total': '12345678.90元', 'expense.total': '12300000.00元' });
  });

  // a 收支总表 copied as two tables, its 单位 line once above the 收入 part: the 支出 part after its side word is in it too
  const INCOME_PART = [
    '收入支出决算总表',
    '单位:元',
    '',
    '| 项目 | 金额 |',
    '|---|---|',
    '| 本年收入合计 | 2,480,150.60 |',
    '| 年初结转和结余 | 60,000.00 |',
    '',
  ];
  const SPENDING_ROWS = ['| 项目 | 金额 |', '|---|---|', '| 本年支出合计 | 2,492,300.60 |', '| 年末结转和结余 | 47,850.00 |'];
  it.each([
    ['the side word “支出” between the parts', ['支出', ''], '2492300.60元', '47850.00元'],
    ['the part named 续表', ['续表', ''], '2492300.60元', '47850.00元'],
    // a table of its own title declares nothing, and is read in 万元 as before
    ['a new table’s own title between them (not continued)', ['支出决算表', ''], '2492300.60万元', '47850.00万元'],
  ])('reads the unit of a table that continues the one before it: %s', (_layout, between, spent, left) => {
    const text = ['# 某县文化馆2022年度部门决算', '', ...INCOME_PART, ...between, ...SPENDING_ROWS].join('\n');
    expect(figuresOf(text)).toMatchObject({ 'income.total': '2480150.60元', 'expense.total': spent, 'carryover.end': left });
  });

  it.each([
    [
      'each side’s budget columns before its 决算数',
      '| 项目 | 年初预算数 | 全年预算数 | 决算数 | 项目 | 年初预算数 | 全年预算数 | 决算数 |',
      [
        '| 本年收入合计 | 980.00 | 1,020.00 | 1,016.40 | 本年支出合计 | 980.00 | 1,020.00 | 1,008.90 |',
        '| 年初结转和结余 | 0 | 0 | 3.50 | 年末结转和结余 | 0 | 0 | 11.00 |',
      ],
    ],
    [
      'a 行次 column and the report year’s budget and 决算数 on each side',
      '| 收入项目 | 行次 | 2023年预算数 | 2023年决算数 | 支出项目 | 行次 | 2023年预算数 | 2023年决算数 |',
      [
        '| 本年收入合计 | 7 | 1,020.00 | 1,016.40 | 本年支出合计 | 40 | 1,020.00 | 1,008.90 |',
        '| 年初结转和结余 | 8 | 0 | 3.50 | 年末结转和结余 | 41 | 0 | 11.00 |',
      ],
    ],
  ])('reads both sides of a 收支 table whose sides state the budget beside the account: %s', (_layout, header, rows) => {
    const text = ['# 某区文化馆2023年度部门决算', '', '单位:万元', '', header, `|${'---|'.repeat(8)}`, ...rows].join('\n');
    expect(figuresOf(text)).toMatchObject({ 'income.total': '1016.40万元', 'expense.total': '1008.90万元', 'carryover.end': '11.00万元' });
  });

  it('reads a one-sided table’s report-year 决算数, not the year before’s, however many 决算数 columns it has', () => {
    const text = [
      '# 某区文化馆2023年度部门决算',
      '',
      '| 项目 | 2022年决算数 | 2023年决算数 | 增减 |',
      '|---|---|---|---|',
      '| 本年支出合计 | 1,200.10 | 1,008.90 | -191.20 |',
      '| 基本支出 | 900.00 | 760.20 | -139.80 |',
    ].join('\n');
    expect(figuresOf(text)).toEqual({ 'expense.total': '1008.90万元', 'expense.basic': '760.20万元' });
  });

  it('reads a 收支 table written in traditional characters as the same table in simplified ones', () => {
    const text = [
      '# 某縣圖書館2023年度部門決算',
      '',
      '單位:萬元',
      '',
      '| 項目 | 行次 | 金額 | 項目 | 行次 | 金額 |',
      '|---|---|---|---|---|---|',
      '| 一、一般公共預算財政撥款收入 | 1 | 416.30 | 一、文化旅遊體育與傳媒支出 | 30 | 402.75 |',
      '| 本年收入合計 | 7 | 421.80 | 本年支出合計 | 60 | 402.75 |',
      '| 年初結轉和結餘 | 8 | 3.10 | 年末結轉和結餘 | 62 | 22.15 |',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ 'income.total': '421.80万元', 'expense.total': '402.75万元', 'carryover.end': '22.15万元' });
  });

  it('reads a 收支 table row whose empty spending side the copy cut off (its trailing cells dropped)', () => {
    const text = [
      '# 某县中医院2021年度部门决算',
      '',
      '单位:万元',
      '',
      '| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |',
      '|---|---|---|---|---|---|',
      '| 一、财政拨款收入 | 1 | 210.40 | 一、一般公共服务支出 | 30 | |',
      '| 二、事业收入 | 3 | 5300.00 | 二、卫生健康支出 | 36 | 5480.00 |',
      '| 本年收入合计 | 7 | 5510.40 | 本年支出合计 | 60 | 5480.00 |',
      '| 用事业基金弥补收支差额 | 8 | 12.30 | 结余分配 | 61 | |',
    ].join('\n');
    expect(figuresOf(text)).toMatchObject({ 'income.fiscal': '210.40万元', 'income.fromReserveFund': '12.30万元' });
  });

  it('flags a form whose total row states zeros over a funding row that spent money (sum.expenseBySource), and no well-filled form', () => {
    const form = (total: string, funding: string, more = '') =>
      `${PROJECT}| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| 年度资金总额 | ${total} |\n| 其中:当年财政拨款 | ${funding} |\n${more}`;
    const zeros = extract(docOf(form('0 | 0 | 0 | 10 | 0 | 0', '64 | 64 | 58.32 | — | 91.13% | —')));
    expect(zeros.figures['budget.executed']?.value).toBe('0');
    expect(reconcile(zeros).map((d) => d.rule)).toEqual(['sum.expenseBySource']);
    // refused: the same form filled, its funding rows the total's whole (a blank 其他资金 is none)
    const filled = extract(
      docOf(form('64 | 64 | 58.32 | 10 | 91.13% | 9.1', '64 | 64 | 58.32 | — | 91.13% | —', '| 其他资金 | | | | — | — | — |\n')),
    );
    expect(filled.figures['projectFunds.fiscal']?.value).toBe('58.32');
    expect(reconcile(filled)).toEqual([]);
    // refused: a level's row under the fiscal one splits it again and is not added in (中央 / 省级)
    const levels = extract(
      docOf(
        form(
          '64 | 64 | 58.32 | 10 | 91.13% | 9.1',
          '64 | 64 | 58.32 | — | 91.13% | —',
          '| 中央资金 | 40 | 40 | 38 | — | — | — |\n| 省级资金 | 24 | 24 | 20.32 | — | — | — |\n',
        ),
      ),
    );
    expect(Object.keys(levels.figures).filter((k) => k.startsWith('projectFunds.'))).toEqual(['projectFunds.fiscal']);
    expect(reconcile(levels)).toEqual([]);
    // refused: a department's list of projects gives its projects' rows, no project's funding lines
    const list = extract(
      docOf(
        '部门整体支出绩效自评报告\n\n| 项目名称 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|\n| 资金合计 | 300 | 282 | 94% |\n| 城区道路保洁 | 200 | 190 | 95% |\n| 财政资金 | 100 | 92 | 92% |\n',
      ),
    );
    expect(Object.keys(list.figures).filter((k) => k.startsWith('projectFunds.'))).toEqual([]);
  });

  it('flags the form’s zero total against its narrative’s amounts on the same copied line (repeat.mismatch), only where its funding rows spent money', () => {
    const line = (funding: string) =>
      `附件: 项目支出绩效自评表 (2022年度) 项目名称 乡村保洁经费 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 ${funding} 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 本项目共申请预算资金64万元,其中保洁员报酬40万元,保洁设备24万元。本项目共完成预算资金58.32万元。 绩效指标 一级指标\n`;
    const r = extract(docOf(line('64 58.32 58.32')));
    // (the amounts that close their sentences are the narrative's, kept beside the row's zeros on the one line)
    expect(r.figures['budget.total']?.mentions.map((m) => m.value)).toEqual(['0', '64']);
    expect(r.figures['budget.executed']?.mentions.map((m) => m.value)).toEqual(['0', '58.32']);
    expect(reconcile(r).map((d) => `${d.rule} ${'key' in d ? d.key : ''}`.trim())).toEqual([
      'sum.expenseBySource',
      'repeat.mismatch budget.total',
      'repeat.mismatch budget.executed',
    ]);
    // refused: funding rows left blank too, the zeros may be what the form means (nothing was spent): a zero beside an amount
    // is no restatement
    const blank = extract(docOf(line('')));
    expect(reconcile(blank).map((d) => d.rule)).toEqual([]);
  });

  it('reads no bare row under another year’s rows (2022年执行数 / 执行率) as the report year’s', () => {
    const rows = (years: [string, string]) =>
      `# 白溪县水利局2023年度河道治理项目支出绩效自评报告\n\n项目 金额(万元)\n${years[0]}年预算数 800\n${years[0]}年执行数 760\n执行率 95%\n${years[1]}年预算数 700\n${years[1]}年执行数 690\n执行率 98.57%\n`;
    const r = extract(docOf(rows(['2023', '2022'])));
    // the 2022 group's rate is that year's: one rate, no repeat.mismatch (before: 95 ≠ 98.57)
    expect(r.figures['budget.executionRate']?.mentions.map((m) => m.value)).toEqual(['95']);
    expect(reconcile(r)).toEqual([]);
    // refused: under the report year's rows the bare row is the report year's
    const own = extract(docOf(rows(['2022', '2023'])));
    expect(own.figures['budget.executionRate']?.mentions.map((m) => m.value)).toEqual(['98.57']);
  });

  it('reads the later template’s 使用非财政拨款结余 row as the reserve drawn on, money available beside the year’s income', () => {
    const text = [
      '# 某县农机服务站2023年度单位决算',
      '',
      '单位:万元',
      '',
      '| 项目 | 行次 | 金额 | 项目 | 行次 | 金额 |',
      '|---|---|---|---|---|---|',
      '| 一、一般公共预算财政拨款收入 | 1 | 640.20 | 一、农林水支出 | 30 | 690.10 |',
      '| 本年收入合计 | 7 | 640.20 | 本年支出合计 | 60 | 690.10 |',
      '| 使用非财政拨款结余 | 8 | 6.40 | 结余分配 | 61 | |',
      '| 年初结转和结余 | 9 | 80.00 | 年末结转和结余 | 62 | 36.50 |',
    ].join('\n');
    const r = extract(docOf(text));
    expect(r.figures['income.fromReserveFund']?.value).toBe('6.40');
    // 640.20 + 6.40 + 80.00 = 726.60 = 690.10 + 36.50: no balance discrepancy (before: 720.20 ≠ 726.60)
    expect(reconcile(r).map((d) => d.rule)).toEqual([]);
    // refused: without that row the gap stands
    const without = extract(docOf(text.replace('| 使用非财政拨款结余 | 8 | 6.40 | 结余分配 | 61 | |\n', '')));
    expect(reconcile(without).map((d) => d.rule)).toEqual(['balance']);
  });

  it('reads a real table by its rows: its header cells over its first row are no labels-then-values run (only its fund’s total)', () => {
    const text = [
      '一般公共预算财政拨款支出决算表',
      '',
      '| 科目编码 | 科目名称 | 本年支出合计 | 基本支出 | 项目支出 |',
      '|---|---|---|---|---|',
      '| | 合计 | 1,200.50 | 900.20 | 300.30 |',
      '| 201 | 一般公共服务支出 | 1,000.00 | 800.00 | 200.00 |',
    ].join('\n');
    // (the 合计 row's 本年支出合计, 基本支出 + 项目支出, is the general budget's spending: generalPublicTotal)
    expect(figuresOf(text)).toEqual({ 'expense.generalPublic': '1200.50万元' });
  });

  it('reads no one-row table whose rate is not its executed over its budget, nor one in a department’s report', () => {
    const table = '| 资金来源 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|\n| 财政拨款 | 100 | 95 | 90% |';
    expect(figuresOf(`某某项目2023年度绩效自评报告\n\n${table}`)).toEqual({});
    const consistent = table.replace('90%', '95%');
    expect(figuresOf(`某局2023年度部门整体支出绩效自评报告\n\n${consistent}`)).toEqual({});
  });

  it('reads no value of a row with more values than the header has columns (a column it does not know shifts them)', () => {
    const text = [
      '| 项目 | 年初预算数 | 核定预算数 | 决算数 | 执行率 |',
      '|---|---|---|---|---|',
      '| 合计 | 2,000.00 | 2,150.00 | 2,120.50 | 98.63% |',
    ].join('\n');
    expect(figuresOf(text)).toEqual({});
  });

  it('reads the 合计 row of an indicator table as the overall score, and a money table’s 合计 as no score', () => {
    const indicators = [
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 权重 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| 产出指标 | 数量指标 | 覆盖率 | 100% | 100% | 60 | 60 |',
      '| 效益指标 | 社会效益 | 满意度 | 90% | 95% | 40 | 38 |',
      '| 合计 | | | | | 100 | 98 |',
    ].join('\n');
    expect(figuresOf(indicators)['eval.score']).toBe('98分');
    const money = ['| 项目 | 预算数 | 执行数 |', '|---|---|---|', '| 合计 | 100 | 98 |'].join('\n');
    expect(figuresOf(money)['eval.score']).toBeUndefined();
  });

  it('reads the 总计 row of an indicator table (its last row, spaced “总 计”) as the overall score, and a money table’s 总计 as no score', () => {
    const indicators = [
      '| 一级指标 | 二级指标 | 分值 | 得分 |',
      '|---|---|---|---|',
      '| 投入 | 预算编制 | 10 | 9 |',
      '| 产出 | 任务完成 | 40 | 38.5 |',
      '| 效益 | 满意度 | 50 | 46 |',
      '| 总 计 | | 100 | 93.5 |',
    ].join('\n');
    expect(figuresOf(indicators)['eval.score']).toBe('93.5分');
    const money = ['| 项目 | 预算数 | 执行数 |', '|---|---|---|', '| 总计 | 100 | 98 |'].join('\n');
    expect(figuresOf(money)['eval.score']).toBeUndefined();
  });

  it('reads a 得分合计 row and a 总分 line whose cells keep their 分 as the overall score', () => {
    const table = [
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| 产出指标 | 数量指标 | 覆盖率 | 100% | 100% | 60 | 60 |',
      '| 得分合计 | | | | | 100 | 96.7 |',
    ].join('\n');
    expect(figuresOf(table)['eval.score']).toBe('96.7分');
    expect(figuresOf('项目支出绩效自评表(2023年度)\n\n绩效指标 … 总分 100分 96.7分')['eval.score']).toBe('96.7分');
  });

  it('reads the 合计 row of the Yunnan form (weights in the first column, the score alone; header words run together)', () => {
    const text = [
      '项目支出绩效自评表(2022年度)',
      '',
      '预算执行情况(万元)(20分) 预算数(A) 执行数(B) 执行率(B/A) 得分(20分*执行率)',
      '年度财政资金总额 856.4 812.7 94.9% 18.98',
      '年度绩效目标(80分) 一级指标 二级指标 三级指标 年初目标值(A) 实际完成值(B) 得分',
      '产出指标(40分) 数量指标 受益学生人数 ≥2.1万人 2.1万人 40',
    ];
    expect(figuresOf([...text, '合计', '97.58'].join('\n'))['eval.score']).toBe('97.58分');
    expect(figuresOf([...text, '合计 | | | | | 98 |'].join('\n'))['eval.score']).toBe('98分');
    expect(figuresOf([...text, '合计', '100'].join('\n'))['eval.score']).toBeUndefined();
  });

  it.each([
    ['a pipe row', '| 总分 | | | | | 95.6 |'],
    ['one cell per line', '总分\n95.6'],
    ['the score written with its points', '| 总分 | 95.6分 | | | | |'],
  ])('reads a 总分 row with its score alone (its 100 left out) as the overall score: %s', (_layout, row) => {
    const text = ['| 年度资金总额 | 4,560.00 | 5,128.36 | 4,987.22 | 10 | 9.7 |', '', row, '', '评价等级:优'].join('\n');
    expect(figuresOf(text)['eval.score']).toBe('95.6分');
  });

  it.each([
    ['a percent', '| 总分 | 95.6% | | | | |'],
    ['money', '| 总分 | 95.6万元 | | | | |'],
  ])('refused: a 总分 row whose lone value carries another unit than points: %s', (_layout, row) => {
    const text = ['| 年度资金总额 | 4,560.00 | 5,128.36 | 4,987.22 | 10 | 9.7 |', '', row].join('\n');
    expect(figuresOf(text)['eval.score']).toBeUndefined();
  });

  it.each([
    ['a pipe row', '| 其他需要说明事项 | 无 | 总分 | 100 | 93.5 | 良 |'],
    ['one cell per line', '总分\n100\n93.5\n良'],
  ])('reads the grade the 总分 row gives after its score (the Yunnan form’s last cell): %s', (_layout, row) => {
    const text = [
      PROJECT,
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
      '| 产出指标 | 数量指标 | 培训人数 | 20 | 18 |',
      '',
      row,
    ].join('\n');
    expect(figuresOf(text)['eval.score']).toBe('93.5分');
    expect(figuresOf(text)['eval.grade']).toBe('良');
  });

  it.each([
    ['the grade in brackets in the score’s cell', '| 总分 | | | | 100 | | 93.58(优) |', '优'],
    ['a copy with spaces, the grade after the score', '总分 100 93.58 优', '优'],
    ['a 评价结果 row under the 总分 row', '| 总分 | | | | 100 | | 93.58 |\n| 评价结果 | 优 |', '优'],
    ['a 自评结论 row under the 总分 row', '| 总分 | | | | 100 | | 93.58 |\n| 自评结论 | 优秀 |', '优秀'],
  ])('reads the project form’s grade beside its 总分: %s', (_layout, rows, grade) => {
    const text = [
      PROJECT,
      '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| 年度资金总额 | 50 | 52 | 49.83 | 10 | 95.83% | 9.58 |',
      rows,
    ].join('\n');
    expect(figuresOf(text)['eval.score']).toBe('93.58分');
    expect(figuresOf(text)['eval.grade']).toBe(grade);
  });

  it.each([
    ['another examination’s result', '| 总分 | | | | 100 | | 93.58 |\n| 验收结果 | 合格 |'],
    ['a word that only opens with a grade', '总分 100 93.58 中期评估'],
    ['a score above its weight', '| 总分 | | | | 100 | | 120(优) |'],
  ])('reads no grade beside the 总分 from %s', (_layout, rows) => {
    const text = [PROJECT, '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', rows].join('\n');
    expect(figuresOf(text)['eval.grade']).toBeUndefined();
  });

  it('reads no grade from a word after the 总分 row that is no grade cell', () => {
    const text = [PROJECT, '| 总分 | 100 | 93.5 | 良好发展 |'].join('\n');
    expect(figuresOf(text)['eval.grade']).toBeUndefined();
  });

  it('reads no lone 总分 value that is a weight’s sum or a serial number', () => {
    expect(figuresOf('| 指标 | 总分 |\n|---|---|\n| 1 | 产出 |')['eval.score']).toBeUndefined();
    expect(figuresOf('| 总分 | 100 |\n|---|---|\n| 产出指标 | 50 |')['eval.score']).toBeUndefined();
  });

  it('reads a department form’s total row named 部门预算总额, beside its block heading, in pipe and spaced rows', () => {
    const want = {
      'budget.initial': '812.4万元',
      'budget.total': '905.6万元',
      'budget.executed': '880.3万元',
      'budget.executionRate': '97.21%',
    };
    const title = '某县档案馆部门整体支出绩效自评表\n(2023年度)\n';
    const pipe = [
      title,
      '| 项目 | | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |',
      '| 部门预算资金(万元) | 部门预算总额 | 812.4 | 905.6 | 880.3 | 10 | 97.21% | 9.7 |',
      '| | 其中:当年财政拨款 | 812.4 | 895.6 | 870.3 | — | — | — |',
    ].join('\n');
    expect(figuresOf(pipe)).toMatchObject(want);
    const spaced = [
      title,
      '项目 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
      '单位预算总额 812.4 905.6 880.3 10 97.21% 9.7',
    ].join('\n');
    expect(figuresOf(spaced)).toMatchObject(want);
  });

  it('refuses: a row naming a budget’s share or one fund’s budget (预算总额占比, 其中:一般公共预算) is no total row', () => {
    const text = [
      '某县档案馆部门整体支出绩效自评表\n(2023年度)\n',
      '| 项目 | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 执行率(B/A) |',
      '| 部门预算总额占比 | 40 | 45 | 44 | 97.78% |',
    ].join('\n');
    expect(figuresOf(text)['budget.total']).toBeUndefined();
  });

  it('reads the 按支出性质分 side of a department form whose two sides share a line (spaced text, pdftotext -layout)', () => {
    const title = '某县林业局部门整体支出绩效自评表\n(2023年度)\n';
    const header = '部门预算执行情况(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 700.5 820.4 812.3 10 99.01% 9.9';
    const spaced = [
      title,
      header,
      '按收入性质分 按支出性质分',
      '其中:一般公共预算 812.3 其中:基本支出 530.1',
      '政府性基金 项目支出 282.2',
      '总分 100 95.1',
    ].join('\n');
    expect(figuresOf(spaced)).toMatchObject({
      'expense.basic': '530.1万元',
      'expense.project': '282.2万元',
      'budget.executed': '812.3万元',
    });
    const layout = [
      title,
      '                 年初预算数     全年预算数     全年执行数      分值     执行率      得分',
      '  年度资金总额      700.50       820.40       812.30        10     99.01%      9.90',
      '  部门预算执     按收入性质分                      按支出性质分',
      '  行情况(万元)   其中:一般公共预算   812.30         其中:基本支出      1,530.10',
      '                 政府性基金                         项目支出           282.20',
      '  总分                                                  100          95.10',
    ].join('\n');
    expect(figuresOf(layout)).toMatchObject({ 'expense.basic': '1530.10万元', 'expense.project': '282.20万元' });
    const together = `${title.replace(/\n/g, '')}部门预算执行情况(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额700.50820.40812.301099.01%9.90按收入性质分按支出性质分其中:一般公共预算812.30其中:基本支出530.10其中:人员经费480.00公用经费50.10政府性基金项目支出282.20总分10095.10`;
    expect(figuresOf(together)).toMatchObject({
      'expense.basic': '530.10万元',
      'expense.personnel': '480.00万元',
      'expense.publicUse': '50.10万元',
      'expense.project': '282.20万元',
    });
  });

  it('reads the 按收入性质分 rows of a department form copied one cell a paragraph, a blank row none (fundsBySource)', () => {
    const form = (rows: string[]) =>
      [
        '某县水利局部门整体支出绩效自评表\n(2023年度)',
        '年度预算申请(万元)\n\n年初预算数\n\n全年预算数\n\n全年执行数\n\n分值\n\n执行率\n\n得分',
        '年度资金总额\n\n2100.00万元\n\n2100.00万元\n\n1900.50万元\n\n10\n\n90.5%\n\n9',
        ...rows,
        '年度总体目标\n\n目标1:完成河道治理12公里,其他资金:30万元',
      ].join('\n\n');
    const got = figuresOf(
      form([
        '按收入性质分:',
        '按支出性质分:',
        '其中: 一般公共预算:1,320.00万元',
        '其中:基本支出:800.00万元',
        '政府性基金拨款:',
        '项目支出:1300.00万元',
        '纳入专户管理的非税收入拨款:',
        '其他资金:780.00万元',
      ]),
    );
    expect(got).toMatchObject({ 'fundsBySource.generalPublic': '1320.00万元', 'fundsBySource.other': '780.00万元' });
    expect(got['fundsBySource.governmentFund']).toBeUndefined();
    // refused: the same names outside the block (its targets after 年度总体目标), and a row's bare number (another column's)
    const bare = figuresOf(form(['按收入性质分:', '其中: 一般公共预算:1320.00', '其他资金:780.00']));
    expect(Object.keys(bare).filter((k) => k.startsWith('fundsBySource.'))).toEqual([]);
  });

  it('reads nothing of a form row whose missing cells ran into its last amount (more decimals than any amount has)', () => {
    const form = (row: string) =>
      [
        '部门整体支出绩效自评表 | |||||',
        '部门(单位)名称 | 某县农机服务中心 | ||||',
        '总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | |||',
        '年度资金总额: | 640.20 | 655.80 | 10 | 10 | |||',
        '基本支出 | 402.10 | 396.35 | 10 | 10 | |||',
        `${row} | |||`,
        '年度总体目标 | 年初设定目标 | |||',
      ].join('\n');
    const run = figuresOf(form('项目支出 | 238.10 | 259.4510510'));
    expect(run['expense.project']).toBeUndefined();
    expect(run['expense.basic']).toBe('396.35万元');
    // every cell there (a spreadsheet's float written out long): the row is read as it stands
    expect(figuresOf(form('项目支出 | 238.10 | 259.4500001 | 10 | 10'))['expense.project']).toBe('259.4500001万元');
  });

  it('reads the 按支出性质分 cells of a department form OCR copied one cell a line with no blank line between', () => {
    const head = [
      '某县水利局部门整体支出绩效自评表',
      '2023年度)',
      '年初',
      '预算数',
      '全年预算数',
      '年度资金总额',
      '962.40 万元',
      '958.10 万元',
    ];
    const cells = [
      '其中: 一般公共预算:412.70 万元',
      '其中:基本支出:305.25 万元',
      '政府性基金拨款:',
      '项目支出:652.85 万元',
      '其他资金:545.40 万元',
    ];
    const together = [...head, '按收入性质分:', '按支出性质分:', ...cells, '年度总体目标'].join('\n');
    expect(figuresOf(together)).toMatchObject({ 'expense.basic': '305.25万元', 'expense.project': '652.85万元' });
    // the block's label closing its own paragraph: the cells are the next paragraph's lines
    const apart = [...head, '按收入性质分:', '按支出性质分:', '', ...cells, '年度总体目标'].join('\n');
    expect(figuresOf(apart)['expense.basic']).toBe('305.25万元');
  });

  it('refuses: a nature cell line with more words after its amount, or outside any 按支出性质分 block, is no nature cell', () => {
    const head = ['某县水利局部门整体支出绩效自评表', '2023年度)', '年度资金总额', '962.40 万元', '958.10 万元'];
    const more = [
      ...head,
      '按收入性质分:',
      '按支出性质分:',
      '其中: 一般公共预算:412.70 万元',
      '其中:基本支出:305.25 万元,已全部拨付',
      '年度总体目标',
    ];
    expect(figuresOf(more.join('\n'))['expense.basic']).toBeUndefined();
    const noBlock = [...head, '其中: 一般公共预算:412.70 万元', '其中:基本支出:305.25 万元', '年度总体目标'];
    expect(figuresOf(noBlock.join('\n'))['expense.basic']).toBeUndefined();
  });

  it('refuses: a nature row with several numbers, an amount with its own unit, or no 按支出性质分 block gives no split by this reader', () => {
    const title = '某县林业局部门整体支出绩效自评表\n(2023年度)\n';
    const header = '部门预算执行情况(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 700.5 820.4 812.3 10 99.01% 9.9';
    const columns = [title, header, '按收入性质分 按支出性质分', '其中:基本支出 530.1 528.0', '项目支出 282.2 280.0'].join('\n');
    expect(figuresOf(columns)['expense.basic']).toBeUndefined();
    expect(figuresOf(columns)['expense.project']).toBeUndefined();
    const ownUnit = [title, header, '按收入性质分 按支出性质分', '其中:一般公共预算 812.3 其中:基本支出 530.1元 项目支出 28 人'].join('\n');
    expect(figuresOf(ownUnit)['expense.basic']).not.toBe('530.1万元');
    expect(figuresOf(ownUnit)['expense.project']).toBeUndefined();
    const noBlock = [title, header, '其中:一般公共预算 812.3 其中:基本支出 530.1'].join('\n');
    expect(figuresOf(noBlock)['expense.basic']).toBeUndefined();
  });

  it('reads the grade from a form cell that holds its field whole (| 绩效结论 | 自评等次:优 |)', () => {
    const text = '某县档案馆部门整体支出绩效自评表\n(2023年度)\n| 总分 | 100 | 93.1 |\n| 绩效结论 | 自评等次:优 |\n';
    expect(figuresOf(text)['eval.grade']).toBe('优');
  });

  it('refuses: a cell naming a survey’s grade, or the grade with more words after it, is no field of the evaluation’s grade', () => {
    const text =
      '某县档案馆部门整体支出绩效自评表\n(2023年度)\n| 总分 | 100 | 93.1 |\n| 绩效结论 | 满意度评价等级:优 |\n| 备注 | 评价等级:优,详见附件 |\n';
    expect(figuresOf(text)['eval.grade']).toBeUndefined();
  });

  it('reads a department table with a 完成率 column as a budget table, not as final accounts by row', () => {
    const text = [
      '| 项目 | 预算数(万元) | 决算数(万元) | 完成率 |',
      '|---|---|---|---|',
      '| 部门整体支出 | 2,530.6 | 2,498.3 | 98.72% |',
    ].join('\n');
    expect(figuresOf(text)).toEqual({ 'budget.total': '2530.6万元', 'budget.executed': '2498.3万元', 'budget.executionRate': '98.72%' });
  });

  it('pairs no header cell with the first cell of the row below (自评得分 over a 序号)', () => {
    const text = [
      '某局2023年度部门整体支出绩效自评报告',
      '',
      '| 序号 | 项目名称 | 全年预算数(万元) | 全年执行数(万元) | 执行率 | 自评得分 |',
      '|---|---|---|---|---|---|',
      '| 1 | 党建工作经费 | 5 | 4.8 | 96% | 95 |',
    ].join('\n');
    expect(figuresOf(text)['eval.score']).toBeUndefined();
  });

  it('reads the 人员经费合计 / 公用经费合计 rows of a basic-spending table, and no economic class', () => {
    const text = [
      '| 科目编码 | 科目名称 | 决算数 |',
      '|---|---|---|',
      '| 301 | 工资福利支出 | 700.00 |',
      '| 303 | 对个人和家庭的补助 | 50.20 |',
      '| | 人员经费合计 | 750.20 |',
      '| | 公用经费合计 | 150.00 |',
    ].join('\n');
    expect(figuresOf(text)).toEqual({ 'expense.personnel': '750.20万元', 'expense.publicUse': '150.00万元' });
  });

  it('reads a 基础数据表 by the report year’s spending column, its “三公” row among the department’s', () => {
    const text = [
      '# 某县文化旅游局2023年度部门整体支出绩效评价基础数据表',
      '',
      '| 经费控制情况 | 2022年决算数 | 2023年预算数 | 2023年决算数 |',
      '|---|---|---|---|',
      '| 三公经费 | 6.58 | 6.00 | 5.42 |',
      '| 1、公务用车购置和维护经费 | 3.20 | 3.00 | 2.86 |',
      '| 项目支出: | 865.32 | 720.00 | 902.41 |',
      '| 1、业务工作专项 | 512.10 | 460.00 | 538.27 |',
      '| 公用经费 | 58.63 | 55.00 | 57.90 |',
      '| 其中:办公经费 | 21.30 | 20.00 | 19.86 |',
    ].join('\n');
    const figures = figuresOf(text);
    expect(figures['expense.project']).toBe('902.41万元');
    expect(figures['expense.publicUse']).toBe('57.90万元');
  });

  it('reads a form’s fields, one label and bare value a line, in the unit the form declares above them', () => {
    const form = ['(单位:万元)', '年初预算数:356.20', '全年预算数:398.45', '全年执行数:392.16', '预算执行率:98.42%'].join('\n');
    expect(figuresOf(form)).toEqual({
      'budget.initial': '356.20万元',
      'budget.total': '398.45万元',
      'budget.executed': '392.16万元',
      'budget.executionRate': '98.42%',
    });
    // no unit declared: a bare number is no amount
    expect(figuresOf('年初预算数:356.20\n全年预算数:398.45')).toEqual({});
  });

  it('reads a form’s field lines in the unit its header declared, a header row and a total row above them', () => {
    const form = [
      '部门整体支出绩效自评表',
      '年度预算申请',
      '(万元',
      ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分'],
      ...['年度资金总额', '700.00', '735.60', '730.10', '10', '99.25%', '9.9'],
      '按收入性质分:735.60',
      '按支出性质分:730.10',
      '其中: 一般公共预算:735.60',
      '其中:基本支出:512.40',
      '项目支出:217.70',
    ].join('\n\n');
    const figures = figuresOf(form);
    expect(figures['expense.basic']).toBe('512.40万元');
    expect(figures['expense.project']).toBe('217.70万元');
  });

  it('reads a form’s label cell and value cell flattened one a line (其中:基本支出 / 700.20), in the unit its header declared', () => {
    const cells = [
      '部门整体支出绩效自评表',
      '年度预算执行情况(万元)',
      ...['年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
      ...['年度资金总额', '850.00', '910.00', '880.70', '10', '96.78%', '9.68'],
      ...[
        '按收入性质分',
        '按支出性质分',
        '其中:一般公共预算',
        '910.00',
        '其中:基本支出',
        '700.20',
        '政府性基金',
        '0',
        '项目支出',
        '180.50',
      ],
    ];
    for (const sep of ['\n\n', '\n']) {
      const figures = figuresOf(cells.join(sep));
      expect(figures['expense.basic']).toBe('700.20万元');
      expect(figures['expense.project']).toBe('180.50万元');
      expect(figures['expense.generalPublic']).toBeUndefined();
    }
    // no unit declared above them: a bare number is no amount
    const bare = figuresOf(cells.filter((c) => !c.includes('(万元)')).join('\n\n'));
    expect(bare['expense.basic']).toBeUndefined();
    // a row of two values under the header (基本支出 / 700.20 / 690.10) is a table row, not a label and its value
    const row = figuresOf(
      [...cells.slice(0, 5), '年度资金总额', '850.00', '910.00', '880.70', '基本支出', '700.20', '690.10'].join('\n\n'),
    );
    expect(row['expense.basic']).toBeUndefined();
  });

  it('reads a form’s cells that each hold a field and its amount, in the unit the table declares', () => {
    const table = [
      '| 预算部门、单位名称 | 某县某乡人民政府 | | | | | |',
      '|---|---|---|---|---|---|---|',
      '| 年度预算申请(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 自评得分 |',
      '| 年度资金总额 | 700.00 | 735.60 | 730.10 | 10 | 99.25% | 9.9 |',
      '| 按收入性质分:735.60 | | | 按支出性质分:730.10 | | | |',
      '| 其中:一般公共预算:700.00 | | | 其中:基本支出:512.40 | | | |',
      '| 政府性基金拨款:35.60 | | | 项目支出:217.70 | | | |',
    ].join('\n');
    const figures = figuresOf(`2023年度部门整体支出绩效自评表\n\n${table}\n`);
    expect(figures['budget.executed']).toBe('730.10万元');
    expect(figures['expense.basic']).toBe('512.40万元');
    expect(figures['expense.project']).toBe('217.70万元');
  });

  it('reads a form’s field lines that normalization leaves as they are (plain colons, nothing to clean)', () => {
    expect(figuresOf(['部门整体支出绩效自评表', '年度预算申请(万元)', '其中:基本支出:412.30', '项目支出:208.75'].join('\n\n'))).toEqual({
      'expense.basic': '412.30万元',
      'expense.project': '208.75万元',
    });
  });

  it('reads both sides of a 收支 table copied one row per line (a PDF’s text), in the unit declared above it', () => {
    const text = [
      '收入支出决算总表',
      '部门:某县水务局 金额单位:元',
      '项目 行次 金额 项目 行次 金额',
      '本年收入合计 28 68,754,452.20 本年支出合计 58 67,759,645.20',
      '年初结转和结余 30 2,356,120.00 年末结转和结余 60 3,350,927.00',
    ].join('\n');
    expect(figuresOf(text)).toEqual({
      'income.total': '68754452.20元',
      'expense.total': '67759645.20元',
      'income.carryIn': '2356120.00元',
      'carryover.end': '3350927.00元',
    });
  });

  it('reads both sides of a budget’s 部门收支总表 copied one row per line under 收入 预算数 支出 预算数', () => {
    const text = [
      '某县文化广电旅游局2024年部门预算公开说明',
      '部门收支总表',
      '单位:万元',
      '收入 预算数 支出 预算数',
      '一、一般公共预算拨款收入 1,520.60 一、文化旅游体育与传媒支出 1,300.50',
      '二、政府性基金预算拨款收入 0.00 二、社会保障和就业支出 180.10',
      '三、其他收入 20.00 三、住房保障支出 60.00',
      '本年收入合计 1,540.60 本年支出合计 1,540.60',
    ].join('\n');
    const got = figuresOf(text);
    expect(got['income.generalPublic']).toBe('1520.60万元');
    expect(got['income.other']).toBe('20.00万元');
    expect(got['income.total']).toBe('1540.60万元');
    expect(got['expense.total']).toBe('1540.60万元');
  });

  it('reads a 收支 table an OCR ran onto one line, each row a label, its 行次 and its amount, list numbers glued on', () => {
    const text = [
      '# 某职业学校2023年决算批复公开资料',
      '',
      '(注:以下内容为附件图片识别) 部门:某职业学校 金额单位:万元 收入 收入 收入 支出 支出 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2 一一般公共预算财政拨款收入 1 2,310.45 一一般公共服务支出 32 0.00 二政府性基金预算财政拨款收入 2 0.00 二教育支出 33 2,050.12 五事业收入 5 64.20 八其他收入 8 12.05 八社会保障和就业支出 39 180.33 9 九卫生健康支出 40 45.10 10',
    ].join('\n');
    expect(figuresOf(text)).toEqual({
      'income.generalPublic': '2310.45万元',
      'income.governmentFund': '0.00万元',
      'income.business': '64.20万元',
      'income.other': '12.05万元',
    });
  });

  it('reads the rows of a 收支 table run onto one line where a PDF’s wrap glued a label to the amount before it', () => {
    const text = [
      '# 某职业学校2023年决算批复公开资料',
      '',
      '部门:某职业学校 金额单位:万元 项目 行次 金额 项目 行次 金额 一一般公共预算财政拨款收入 1 2,310.45 二教育支出 33 2,050.12 七文化旅游体育与传媒支出 38 0.00八其他收入 8 12.05 八社会保障和就业支出 39 180.33 五事业收入 5 64.20万元',
    ].join('\n');
    expect(figuresOf(text)).toEqual({ 'income.generalPublic': '2310.45万元', 'income.other': '12.05万元' });
  });

  it('reads the year’s totals of a budget statement a mirror ran into one paragraph, in the unit it declares there', () => {
    const text = [
      '# 某协会2024年部门预算公开表',
      '',
      '收支预算总表 收 项目 一、一般公共预算拨款收入 二、事业收入 三、其他收入 入 预算数 86.40 收支预算总表单位:万元 支 项目 出 预算数 一、一般公共服务支出 70.15 二、社会保障和就业支出 16.25 本年收入合计 86.40 上年结转结余 收入总计 86.40 本年支出合计 86.40',
    ].join('\n');
    const got = figuresOf(text);
    expect(got['income.total']).toBe('86.40万元');
    expect(got['expense.total']).toBe('86.40万元');
    // a column header's value is no budget, and a label's list number no amount
    expect(got['budget.total']).toBeUndefined();
  });

  it('reads a total whose label a spreadsheet spread over its cell (本 年 收 入 合 计) after a row label it now runs into', () => {
    const text = [
      '# 某卫生院2021年部门预算公开表',
      '',
      '表1 部门收支总表 单位:万元 收 项 入 目 支 2021年预算数 项 出 目 一、一般公共预算拨款收入 642.18 一、一般公共服务支出 二、事业收入 二、卫生健康支出 520.36 三、住房保障支出 121.82 二十、债务付息支出 本 年 收 入 合 计 642.18 七、用事业基金弥补收支差额 本 年 支 出 合 计 642.18 八、上年结转 收 入 总 计 642.18',
    ].join('\n');
    const got = figuresOf(text);
    expect(got['income.total']).toBe('642.18万元');
    expect(got['expense.total']).toBe('642.18万元');
  });

  it('reads no run-together total without a 单位 line, nor one whose amount is a 行次 or one of several columns', () => {
    expect(
      figuresOf('某协会2024年部门预算公开表\n\n收支预算总表 一、一般公共服务支出 70.15 本年收入合计 86.40 上年结转结余')['income.total'],
    ).toBeUndefined();
    expect(
      figuresOf('某协会2024年部门决算公开表\n\n收入支出决算总表 金额单位:元 本年收入合计 27 总计 30 864,000.00')['income.total'],
    ).toBeUndefined();
    expect(
      figuresOf('某协会2024年部门决算公开表\n\n单位:万元 项目 上年决算数 本年决算数 本年收入合计 80.20 86.40 其他收入 1.00 1.20')[
        'income.total'
      ],
    ).toBeUndefined();
  });

  it('reads both sides of a 收支 table, each label beside its amount', () => {
    const text = [
      '| 收入 | | 支出 | |',
      '|---|---|---|---|',
      '| 项目 | 决算数 | 项目 | 决算数 |',
      '| 一、财政拨款收入 | 1200 | 一、一般公共服务支出 | 1100 |',
      '| 本年收入合计 | 1234.57 | 本年支出合计 | 1230 |',
      '| 年初结转和结余 | 0 | 年末结转和结余 | 4.57 |',
    ].join('\n');
    expect(figuresOf(text)).toEqual({
      'income.fiscal': '1200万元',
      'income.total': '1234.57万元',
      'expense.total': '1230万元',
      'income.carryIn': '0万元',
      'carryover.end': '4.57万元',
    });
  });
});

// A copy hard-wrapped at the page's measure throughout: a form or a table row run into a paragraph of two printed
// lines has too few lines to show the measure, which the document's other lines show.
describe('a table row wrapped at the page measure of the whole document', () => {
  const PROSE =
    '为加强财政支出管理，提高财政资金使用效益，根据县财政局关于开展2023年度项目支出绩效自评工作的通知要求，我单位对乡村道路养护工作经费项目开展了绩效自评，现将有关情况报告如下。该项目主要用于全镇乡村道路的日常养护、路面修补和安全设施维护，覆盖全镇十二个行政村。';
  const wrapped = (text: string, width = 40) => text.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? text;
  const around = (title: string, lines: string[]) => `# ${title}\n\n${wrapped(PROSE)}\n\n${lines.join('\n')}\n\n${wrapped(PROSE)}\n`;

  it('joins a form’s header words cut by the wrap (…全年 / 执行数(B)…)', () => {
    const text = around('某县公路养护中心2023年度项目支出绩效自评报告', [
      '项目名称道路养护经费实施单位某县公路养护中心项目资金(万元) 年初预算数(A)全年',
      '执行数(B)执行率(B/A)得分年度资金总额:120 114 95% 9.5',
    ]);
    expect(figuresOf(text)).toMatchObject({ 'budget.initial': '120万元', 'budget.executed': '114万元', 'budget.executionRate': '95%' });
  });

  it('joins an amount the wrap cut inside (三公经费 29 / .08 63.46 44.29)', () => {
    const text = around('某县公路养护中心2023年度部门整体支出绩效自评报告', [
      '经费控制情况 2022年决算数 2023年预算数 2023年决算数 三公经费 29',
      '.08 63.46 44.29',
    ]);
    expect(figuresOf(text)).toMatchObject({ 'threePublic.budget': '63.46万元', 'threePublic.total': '44.29万元' });
  });

  // a form copied a row a line, its rows' cells run together: those lines share a width, which reads as the measure,
  // and the total row's run ends where the funding line's label begins
  const gluedForm = (totalRow: string[]) =>
    [
      '项目支出绩效自评表',
      '(2023年度)',
      '项目名称 农机购置补贴',
      '主管部门 青岩县农业农村局 实施单位 青岩县农机服务中心',
      '项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      ...totalRow,
      '总分 100 92.4',
    ].join('\n');
  it('keeps a total row whose cells ran together apart from the funding line after it (…94.00%9.4 / 其中:…)', () => {
    const text = gluedForm(['年度资金总额120.00150.00141.001094.00%9.4', '其中:当年财政拨款120.00150.00141.00——94.00%—']);
    expect(figuresOf(text)).toMatchObject({
      'budget.initial': '120.00万元',
      'budget.total': '150.00万元',
      'budget.executed': '141.00万元',
      'budget.executionRate': '94.00%',
    });
  });

  it('refused: a run a fixed-count wrap cut inside ("…总额120." / "00150.00…") is joined again, at every width', () => {
    const form =
      '项目支出绩效自评表(2023年度)项目名称农机购置补贴主管部门青岩县农业农村局实施单位青岩县农机服务中心项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额120.00150.00141.001094.00%9.4其中:当年财政拨款120.00150.00141.00——94.00%—上年结转资金——————总分10092.4';
    for (let width = 20; width <= 30; width++) {
      const text = form.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? form;
      expect(figuresOf(text), `wrapped at ${width}`).toMatchObject({ 'budget.total': '150.00万元', 'budget.executionRate': '94.00%' });
    }
  });

  it('refused: in a copy not wrapped (each paragraph a line of its own), two short lines stay two rows', () => {
    const text = `# 某县公路养护中心2023年度项目支出绩效自评报告\n\n${PROSE}\n\n项目资金(万元) 年初预算数(A) 全年执行数(B) 执行率(B/A)\n年度资金总额:120 114 95%\n\n${PROSE.slice(0, 60)}\n`;
    expect(figuresOf(text)).toMatchObject({ 'budget.initial': '120万元', 'budget.executed': '114万元', 'budget.executionRate': '95%' });
    const rows = tokensOf(segmentsOf(docOf(text))).map((t) => t.text);
    expect(rows).toContain('年度资金总额:');
  });
});

describe('a form’s header cell whose note OCR left unclosed (全年预算数(人 for (A))', () => {
  const form = (budgetHeader: string) =>
    [
      '2023年度项目支出绩效自评表',
      '项目名称',
      '乡村学校营养餐补助资金',
      '项目资金',
      '(万元)',
      '年初预算数',
      budgetHeader,
      '全年执行数(B)',
      '分值',
      '执行率(B/A)',
      '得分',
      '年度资金总额:',
      '64.5',
      '70',
      '68.25',
      '10',
      '97.5%',
      '9.75',
    ].join('\n');

  it('reads the header as its word, and the row under it', () => {
    for (const header of ['全年预算数(人']) {
      const got = figuresOf(form(header));
      expect(
        ['budget.initial', 'budget.total', 'budget.executed', 'budget.executionRate'].map((k) => got[k]),
        header,
      ).toEqual(['64.5万元', '70万元', '68.25万元', '97.5%']);
    }
  });

  it('refuses: a cell that is no header word without its note stays no header', () => {
    const got = figuresOf(form('全年预算安排(人'));
    expect(got['budget.total']).toBeUndefined();
  });
});

describe('a rate cell whose % sign OCR misread (8696, 86%6, 10098 for 86% and 100%)', () => {
  const row = (budget: string, executed: string, rate: string) =>
    `2023年度项目支出绩效自评表\n\n| 资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) |\n|---|---|---|---|\n| 年度资金总额: | ${budget} | ${executed} | ${rate} |`;

  it('reads the rate its row’s budget and spending confirm', () => {
    for (const [budget, executed, rate, want] of [
      ['512.4', '498.6', '9796', '97%'],
      ['512.4', '498.6', '97%3', '97%'],
      ['64', '64', '10098', '100%'],
    ]) {
      const got = figuresOf(row(budget, executed, rate));
      expect([got['budget.total'], got['budget.executed'], got['budget.executionRate']], rate).toEqual([
        `${budget}万元`,
        `${executed}万元`,
        want,
      ]);
    }
  });

  it('refuses: digits the ratio does not confirm are not cut to a rate, and a plain rate stays', () => {
    expect(figuresOf(row('512.4', '498.6', '8596'))['budget.executionRate']).not.toBe('85%');
    expect(figuresOf(row('100', '98', '98'))['budget.executionRate']).toBe('98%');
  });
});

describe('a group row of a list numbered on two levels is no project’s one row', () => {
  const list = (first: string[]) =>
    [
      '# 关于开展2022年度专项资金绩效评价工作的通知',
      '',
      '单位:万元',
      ...['序号', '责任部门', '项目名称', '预算数', '执行数', '预算执行率'],
      ...first,
      ...['(一)', '开放教育专项', '150', '145', '96.67%', '1', '教务处', '管理费专项', '100', '100', '100.00%'],
      ...['2', '评估系统', '50', '45', '90.00%'],
    ]
      .map((c) => `${c} |`)
      .join('\n');
  it('reads no figure from a group’s row set first (一 | 相关部门 | 发展专项 | 200 | 190 | 95%), its rows the tasks', () => {
    const r = extract(docOf(list(['一', '相关部门', '发展专项', '200', '190', '95.00%'])));
    expect(r.figures['budget.total']).toBeUndefined();
    expect(r.tasks.map((t) => t.name)).toEqual(['管理费专项', '评估系统']);
  });
});

describe('sub-projects under a project form’s funds rows, the form run into one line', () => {
  const form = (rows: string) =>
    `某镇2022年度项目支出绩效自评表 项目名称 村级公益事业奖补 主管部门 某县财政局 实施单位 某镇人民政府 项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 856000 856000 842300 10 98.40% 9.84 ${rows} 年度总体目标 完成3个村公益事业建设\n`;
  const items = '东村道路硬化 300000 300000 295000 西村路灯安装 256000 256000 250300 南村文化广场 300000 300000 297000';
  const rowsOf = (text: string) => extract(docOf(text)).tasks.map((t) => `${t.name} ${t.budget} ${t.executed} ${t.unit}`);
  const three = ['东村道路硬化 300000 295000 元', '西村路灯安装 256000 250300 元', '南村文化广场 300000 297000 元'];
  it('reads the first sub-project where 其中 stands before it (其中:东村道路硬化 …), as before a funding row', () => {
    expect(rowsOf(form(`其中:${items}`))).toEqual(three);
  });
  it('reads past the form’s funding rows left blank (上年结转资金 — —) and a words line (具体项目) to the sub-projects', () => {
    expect(rowsOf(form(`其中:当年财政拨款 856000 856000 842300 上年结转资金 — — 其他资金 — — 具体项目 ${items}`))).toEqual(three);
  });
  it('reads a sub-project’s name a copy split at a space, its second word no name alone (村民监督委员会 工资)', () => {
    const split = '其中:村干部 工资 360000 360000 360000 村民监督委员会 工资 24000 24000 24000 服务群众专项经费 315700 315700 315700';
    expect(rowsOf(form(split))).toEqual([
      '村干部工资 360000 360000 元',
      '村民监督委员会工资 24000 24000 元',
      '服务群众专项经费 315700 315700 元',
    ]);
  });
  it('refused: 其中 before a funding source (其中:当年财政拨款 …) is no sub-project', () => {
    expect(rowsOf(form(`其中:当年财政拨款 856000 856000 842300 ${items}`))).toEqual(three);
  });
});

describe('a department’s execution table whose 项目支出 row has its projects numbered under it', () => {
  const table = (total: string) =>
    [
      '某区档案馆2023年度部门整体支出绩效自评报告',
      '',
      '| 项目 | 全年预算数 | 全年执行数 | 执行率 |',
      '|---|---|---|---|',
      '| 一、基本支出 | 512.36 | 512.36 | 100% |',
      '| 其中:人员经费 | 448.90 | 448.90 | 100% |',
      '| 公用经费 | 63.46 | 63.46 | 100% |',
      '| 二、项目支出 | 186.00 | 171.62 | 92.27% |',
      '| 1.档案数字化加工 | 120.00 | 108.84 | 90.70% |',
      '| 2.馆藏档案修复 | 66.00 | 62.78 | 95.12% |',
      `| 合计 | ${total} | 683.98 | 97.94% |`,
    ].join('\n');

  it('reads its 合计 as the unit’s budget and spending (基本支出 and 项目支出 add up to it), its classes, and the projects as rows', () => {
    const record = extract(docOf(table('698.36')));
    expect(Object.fromEntries(Object.entries(record.figures).map(([k, f]) => [k, f.value]))).toMatchObject({
      'budget.total': '698.36',
      'budget.executed': '683.98',
      'budget.executionRate': '97.94',
      'expense.basic': '512.36',
      'expense.project': '171.62',
    });
    expect(record.tasks.map((t) => t.name)).toEqual(['档案数字化加工', '馆藏档案修复']);
  });

  it('refused: a 合计 the classes do not add up to is no split by nature, and gives the unit no budget', () => {
    expect(extract(docOf(table('700.00'))).figures['budget.total']).toBeUndefined();
  });
});
