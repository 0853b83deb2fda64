import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { docOf } from './helpers.ts';

// Titles as reports write them (with the site furniture that precedes them) → the kind of report.
const TITLES: [string, string][] = [
  ['某某镇人民政府2023年部门整体支出绩效自评报告', 'department-overall'],
  ['下桥镇人民政府2024年度绩效自评报告', 'department-overall'],
  ['某某局2023年绩效自评报告', 'department-overall'], // 年 without 度
  ['某某项目2023年绩效自评报告', 'project'],
  ['部门预算项目支出绩效自评表(2023年度)', 'project'],
  ['某某产业园项目2022年度绩效自评报告', 'project'],
  ['强制扑杀补助资金支付2023年度绩效自评报告', 'project'],
  ['梅溪镇人民政府关于2023年度农村人居环境整治专项资金使用情况的报告', 'project'], // one fund's account of its money
  ['某某卫生院2023年度部门决算公开说明', 'final-accounts'],
  ['某某学校2020年部门预算情况说明', 'other'],
  ['部门预算项目绩效目标申报表(2023年度)', 'other'],
  ['某省级部门预算项目支出绩效目标表(2024年度)', 'other'],
  // an evaluation of the unit's spending that names budget words is an evaluation, not a budget document
  ['某某局2022年度预算执行情况绩效自评报告', 'department-overall'],
  ['某某县2022年部门预算执行情况及绩效评价报告', 'department-overall'],
  ['某某局2022年度财政支出绩效评价报告', 'department-overall'],
  // a line of money for one purpose (经费, 补助, 补贴) or a works (工程), then its evaluation
  ['某某局2022年度党建工作经费绩效自评报告', 'project'],
  ['2022年度某某困难群众生活补助绩效自评报告', 'project'],
  ['某某道路改造工程2022年度绩效自评报告', 'project'],
  ['某某局2022年度整体绩效自评报告', 'department-overall'],
  // a report on the unit's overall spending and its projects, the unit's overall first
  ['某某中学校2024年度部门整体和项目支出绩效自评报告', 'department-overall'],
  ['某某局2023年度部门整体及项目支出绩效自评报告', 'department-overall'],
  ['某某局2023年度项目支出和部门整体支出绩效自评报告', 'project'], // the title names the projects first
  ['您的位置:首页 >> 政务公开 >> 预算决算 >> 部门决算\n某某镇2022年度项目支出绩效自评报告', 'project'],
  // a site's category names no kind: the title below it does
  ['公开目录 | 绩效自评报告 | 发布日期 | 2024-03-26 |\n某某小学2023年度项目支出绩效自评报告', 'project'],
  // a site's column name over the metadata block (• 政府决算 / • 索引号) names no kind either
  ['  • 政府决算\n  • 索引号\n    000123456/2019-00042\n\n某某县2019年“三公”经费预算情况说明', 'other'],
  ['部门决算\n- 发布机构: 某某局\n某某局2022年度项目支出绩效自评报告', 'project'],
  // (a title line with its year above the metadata is the title, and says the kind)
  ['某某局2022年度部门决算\n- 发布机构: 某某局\n一、部门基本情况', 'final-accounts'],
  // a notice that allocates funds to projects evaluates none of them
  [
    '根据《关于2022年某区第二批财政衔接推进乡村振兴补助资金分配情况的通知》,现将分配情况公示如下:\n\n| 序号 | 项目名称 | 本次分配金额(万元) |',
    'other',
  ],
  ['我局拟下拨2023年专项资金共计1.37亿元,现将资金分配方案予以公示', 'other'],
  // a unit's procurement intentions: purchases and their budgets, no evaluation of any project
  ['青山县教育局2024年1月至3月政府采购意向\n\n| 序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) |', 'other'],
  // a fund's report whose first section heading names the money handed down is still the fund's report
  ['某县教育局2023年学生资助资金绩效自评报告\n一、资金下达情况', 'project'],
  ['某县2023年就业补助资金绩效自评报告 (一)资金分配情况', 'project'],
  // a notice titled as granting funds is the allocation, whatever projects and evaluation its body speaks of
  [
    '某县财政局 某县农业农村局关于下达2024年省级乡村振兴示范资金的通知\n\n某财(农)指〔2024〕9号\n\n各有关乡(镇):现下达资金120万元,请加强项目管理,做好资金使用的绩效评价。',
    'other',
  ],
  // a reply approving the projects a grant is spent on hands the grant on, under a disclosure page's metadata line
  [
    '信息类别: 财政专项资金 公开方式: 主动公开 生成日期:2024-01-24 信息索取号:000014349/2024-01143\n\n关于2024年市级第一批财政衔接推进乡村振兴补助资金安排项目的批复\n\n甲街道办事处、乙街道办事处:\n\n下达某区市级财政衔接资金81万元,经研究,甲村安排1个项目40万元,乙村安排1个项目41万元。\n\n| 序号 | 项目名称 | 财政衔接资金(万元) | 绩效目标 |\n|---|---|---|---|\n| 1 | 甲村渔业养殖项目 | 40 | 带动村集体增收 |\n| 2 | 乙村光伏发电项目 | 41 | 带动村集体增收 |',
    'other',
  ],
  // refused: a reply on a project's evaluation is no allocation
  ['关于某某资金使用项目绩效自评报告的批复\n\n2023年项目资金100万元,已支出95万元,执行率95%。', 'project'],
  // a notice copied without its title: its first sentence hands the funds down to the unit it addresses
  [
    '某县教育局:\n根据《某市财政局关于下达2024年某某补助资金的通知》精神,现将2024年某某补助资金86万元下达给你们,其中:某某项目补助资金50万元、某某工程补助资金36万元。请做好项目绩效管理。',
    'other',
  ],
  // a report that cites such a notice by name in its first sentence stays the report it is
  [
    '一、基本情况\n\n根据《某省财政厅关于下达2023年某某补助资金的通知》,下达我县某某补助资金100万元,用于某某项目,绩效目标已完成。',
    'project',
  ],
  // a breadcrumb that names 预算/决算 before the title is site furniture, not the title
  ['您当前的位置: 首页>政务公开>预算/决算>预算\n\n某某小学2023年部门预算情况说明', 'other'],
  // a PDF copy or a narrow page wraps lines inside words: the title and the breadcrumb are still one line each
  ['您当前的位置: 首页>政务公开>法定主动公开内容>预算/\n决算>预算 > 区教委\n\n某某小学 2023年部门预算情况说明', 'other'],
  [
    '当前位置: 首页 / 政务公开 / 信息公开目录 / 财\n政资金 / 绩效评价 / 稿件页\n\n2022年度某某区妇女联合会部门(单位)整体支\n出绩效自评报告',
    'department-overall',
  ],
];

describe('kind of report from the title zone', () => {
  it.each(TITLES)('%s → %s', (title, kind) => {
    expect(extract(docOf(`${title}\n\n一、基本情况\n\n本单位为全额拨款事业单位。`)).kind).toBe(kind);
  });
});

describe('a bare budget title line says the kind, whatever the lines after it name', () => {
  it('reads "2024年某某县文化馆部门预算", then a contents list naming 部门决算, as a budget document', () => {
    const text =
      '2024年某某县文化馆部门预算\n\n目录 一 部门概况 二 部门决算单位构成 三 收支预算总表\n\n一、部门概况\n\n本单位为全额拨款事业单位。';
    expect(extract(docOf(text)).kind).toBe('other');
    // refused: a title line whose verb makes it a sentence ("2024年全面推进部门预算") says no kind, the 决算 after it does
    const sentence = text.replace('2024年某某县文化馆部门预算', '2024年本馆全面推进部门预算');
    expect(extract(docOf(sentence)).kind).toBe('final-accounts');
  });
});

describe('kind of report from the body when the title names none', () => {
  it('绩效工资 (a salary line) and 项目支出 do not make a project evaluation', () => {
    const body = '二、支出情况\n\n基本支出预算120万元,其中:基本工资、津贴补贴、绩效工资80万元;项目支出预算30万元。';
    expect(extract(docOf(body)).kind).toBe('other');
  });
  it('one fund granted to the reporting level (下达到我市…资金N万元), then its use accounted for, is that fund’s account: a project', () => {
    const granted =
      '根据《某省财政厅关于下达2024年动物防疫补助资金预算的通知》,下达到我市动物防疫补助资金115.96万元,其中病死猪无害化处理补助94.46万元、动物疫病防控21.5万元。';
    const record = extract(docOf(`${granted}使用情况如下:\n\n一、病死猪无害化处理补助94.46万元。拨付给市无害化处理中心94.46万元。`));
    expect(record.kind).toBe('project');
    expect(record.figures['budget.total']?.value).toBe('115.96');
    // refused: the grant alone, its use not told, stays a text of no known kind (an allocation notice's lines)
    expect(extract(docOf(granted)).kind).toBe('other');
    // refused: a grant to another body (下达给某镇) is no account of the reporting level's own money
    expect(extract(docOf(`${granted.replace('下达到我市', '下达给某镇')}使用情况如下:已拨付94.46万元。`)).kind).toBe('other');
  });
  it('the outline of a transfer payment’s self-evaluation (绩效目标分解下达情况 …), its title cut away, is a project’s report', () => {
    const outline =
      '在上级部门的大力支持下,我省认真做好城乡居民养老保险工作。\n\n一、绩效目标分解下达情况\n\n(一)中央资金下达情况。2024年度,中央分两批向我省下达养老保险转移支付资金9000万元。\n\n二、绩效目标完成情况分析\n\n2024年,全年预算数14375万元,执行数10429万元。';
    const record = extract(docOf(outline));
    expect(record.kind).toBe('project');
    // (the section "(一)中央资金下达情况" after the outline's first heading is the body's, no allocation notice's title)
    expect(record.figures['budget.executed']?.value).toBe('10429');
    // refused: without the outline, the same section heading near the top still names the text an allocation's account
    expect(
      extract(docOf(outline.replace('一、绩效目标分解下达情况', '一、基本情况').replace('二、绩效目标完成情况分析', '二、其他'))).kind,
    ).toBe('other');
  });
});

describe('a budget document drops budget.* (convention 4); a unit’s report on its budget’s execution does not', () => {
  const body = '2022年全年预算数为800万元,全年执行数为780万元,预算执行率97.5%。';
  const budgetKeys = (title: string) => Object.keys(extract(docOf(`${title}\n\n${body}`)).figures).filter((k) => k.startsWith('budget.'));
  it('reads a unit’s 预算执行情况 as an execution report', () => {
    expect(budgetKeys('某县林业局2022年度部门预算执行情况')).toEqual(['budget.total', 'budget.executed', 'budget.executionRate']);
  });
  it('keeps a budget document, and one that names the year before’s execution with its draft budget, as budget documents', () => {
    expect(budgetKeys('某县林业局2023年部门预算公开说明')).toEqual([]);
    expect(budgetKeys('某县林业局2022年预算执行情况和2023年预算草案')).toEqual([]);
  });
  // a page that lost its title: budgeted amounts set against the year before's execution (比2023年执行数) are a budget's
  it.each([
    [
      '2024年本馆收入预算860万元,其中:上年结转20万元,一般公共预算拨款收入800万元,比2023年执行数减少20万元。2024年支出预算860万元,其中:基本支出600万元,项目支出260万元。',
      '860',
    ],
    ['2023年部门支出预算1,250万元,较上年执行数增长3.2%,其中:基本支出预算900万元,项目支出预算350万元。', '1250'],
  ])('reads a titleless text that compares its budget with the year before’s execution as a budget document: %s', (text, spent) => {
    const r = extract(docOf(text));
    expect(Object.keys(r.figures).filter((k) => k.startsWith('budget.'))).toEqual([]);
    expect(r.figures['expense.total']?.value).toBe(spent);
  });
  // a page that lost its title: a budgeted class of spending set against the year before by 同比 (its share between)
  it('reads a titleless text whose budgeted amounts are set against the year before by 同比 as a budget document', () => {
    const text =
      '(二)按支出结构分类划分。\n\n1. 基本支出预算 612,480.30 元,占支出总预算的 95.20%,同比减少 18,200.00 元,下降 2.89%。\n\n2. 项目支出预算 30,900 元,占支出总预算的 4.80%,同比无增减变化。';
    const r = extract(docOf(text));
    expect(r.figures['expense.basic']?.value).toBe('612480.30');
    expect(r.figures['expense.basic.budget']).toBeUndefined();
    // refused: the same text naming its own year's spending stays no budget document
    const spent = extract(docOf(`${text}\n\n全年实际支出 598,000.00 元。`));
    expect(spent.figures['expense.basic']).toBeUndefined();
    expect(spent.figures['expense.basic.budget']?.value).toBe('612480.30');
  });
  // a page that lost its title and opens on its figures: a marker's words stating their amount are a sentence's subject
  it('reads no kind from a budget document’s or final accounts’ words followed by their amount (收支预算为N万元, 总决算N万元)', () => {
    const text =
      '(二)部门预决算情况\n\n2023年度年初收支预算为5028.9万元,全年预算为6350.18万元,收支总决算6350.18万元。本年支出合计6165.8万元,预算执行率为97.10%。';
    const r = extract(docOf(text));
    expect(r.kind).not.toBe('final-accounts');
    expect(r.figures['budget.total']?.value).toBe('6350.18');
    expect(r.figures['budget.executed']?.value).toBe('6165.8');
    expect(r.figures['budget.executionRate']?.value).toBe('97.10');
    // refused: the same words as a title, no amount after them, still make the text a budget document
    expect(budgetKeys('某县残疾人联合会2024年收支预算')).toEqual([]);
  });
  it('keeps a titleless text that also names its own year’s spending an execution report', () => {
    const text = '2024年部门支出预算860万元,比2023年执行数减少20万元。截至2024年底,实际支出842万元。';
    expect(extract(docOf(text)).figures['budget.total']?.value).toBe('860');
  });
});

describe('a government’s own final accounts read its area-wide figures as its own; a department’s do not', () => {
  const body =
    '一、收支决算情况\n\n全县一般公共预算收入实现2,350万元,为年初预算的102.1%。全县一般公共预算支出18,640万元,为调整预算的97.3%。';
  const spent = (title: string) => extract(docOf(`${title}\n\n${body}`)).figures['expense.generalPublic']?.value;
  it.each([
    ['某某县2023年决算报告', '18640'],
    ['某某县某某镇人民政府\n2023年决算报告', '18640'],
    ['关于某某县2023年财政收支决算草案的报告', '18640'],
    ['关于某某县2023年决算(草案)的报告', '18640'],
    // a 财政决算 is a government's (a unit's is its 部门 / 单位决算)
    ['2023年财政决算情况及2024年财政预算情况报告(草案)\n某某县某某镇人民政府', '18640'],
    ['某某县交通运输局2023年度部门决算公开说明', undefined],
    // an excerpt opening on a section of it names the area or the level whose accounts follow
    ['一、2023年全县收支决算', '18640'],
    ['二、2023年县本级(含乡镇)收支决算', '18640'],
    // refused: the level's departments' accounts are theirs, not the government's
    ['一、2023年县级部门收支决算汇总', undefined],
  ])('%s → %s', (title, value) => {
    expect(spent(title)).toBe(value);
  });
  it('reads no 收入合计 a titleless section of a government’s accounts states for each fund (convention 5)', () => {
    const funds =
      '一、2022年全区收支决算\n\n一般公共预算收入180200万元,加上级补助收入60400万元,调入资金9000万元,收入合计249600万元。政府性基金收入3100万元,加上级补助收入22000万元,收入合计25100万元。';
    expect(extract(docOf(funds)).figures['income.total']).toBeUndefined();
  });
  it('reads a 支出合计 a government’s fund balance sums after 加 (transfers, debt, carry-over) as no year’s spending', () => {
    const balance =
      '某某县2022年决算报告\n\n全县一般公共预算支出96,500万元,下降3.1%;加上解上级支出4,200万元,债务还本支出1,800万元,支出合计102,500万元。';
    const r = extract(docOf(balance));
    expect(r.figures['expense.total']).toBeUndefined();
    expect(r.figures['expense.generalPublic']?.value).toBe('96500');
  });
  it('keeps a unit’s 支出合计 after 加 its year’s spending (not a government’s accounts)', () => {
    const unit = '某某县交通运输局2022年度部门决算\n\n财政拨款支出480万元;加其他资金支出20万元,支出合计500万元。';
    expect(extract(docOf(unit)).figures['expense.total']?.value).toBe('500');
  });
  it('reads no figure a government’s accounts state with two values (convention 5)', () => {
    const twice = `某某县2023年决算报告\n\n${body}县本级一般公共预算支出9,800万元。`;
    expect(extract(docOf(twice)).figures['expense.generalPublic']).toBeUndefined();
  });
});

describe('keys expected for the kind and not found are listed', () => {
  it('a project report without a rate lists budget.executionRate', () => {
    const r = extract(docOf('某某项目2023年度绩效自评报告\n\n全年预算数100万元,全年执行数90万元。'));
    expect(r.missing).toEqual(['budget.executionRate']);
  });
  it('a text of no known kind expects nothing', () => {
    expect(extract(docOf('会议纪要\n\n全年预算数100万元。')).missing).toEqual([]);
  });
});
