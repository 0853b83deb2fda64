/**
 * Department and year: one synthetic example per field wording, title shape and date rule, in the
 * layouts the development reports use (pipe rows, one cell per line, cells run together, portal
 * metadata blocks, traditional characters). Names and numbers are invented.
 */
import { describe, expect, it } from 'vitest';
import { departmentCandidates, findDepartment, findYear, isOrgName, longestOrgPrefix } from '../../src/extract/metadata.ts';
import { segmentsOf } from '../../src/extract/text.ts';
import { parseBytes } from '../../src/parse/index.ts';
import { documentXml, docxOf, textRun } from '../parse/docx-package.ts';
import { docOf, GLOSSED_CONTENTS, SPEECH_CUT_INSIDE_A_YEAR } from './helpers.ts';

const segments = (text: string) => segmentsOf(docOf(text));
const department = (text: string) => findDepartment(segments(text));
const year = (text: string) => findYear(segments(text));

describe('what a unit name looks like', () => {
  it.each([
    ['青山县发展和改革局', true],
    ['青山县供销合作社联合社', true],
    ['青山市第二幼儿园', true],
    ['青山县白云镇白云完小', true], // a town's 完小 (完全小学) is a school
    ['青山县白云镇白云小', false], // refused: 小 alone ends no school's name
    ['西部(青山)科学城融媒体中心', true],
    ['水利局', true],
    ['财政处室', false], // a division inside a body
    ['青山区河道堤防建设管理处', true], // a 管理处 is a unit of its own
    ['青山县人民政府驻外办事联络处', true],
    ['财务处', false],
    ['办公室', false], // a division by its kind alone
    ['局办公室', false], // a bureau's office, its body named by its kind
    ['人民法院', false], // a state body by its kind alone: the class, not a unit
    ['青山县人民法院', true],
    ['最高人民法院', true],
    ['青山县人民政府办公室', true], // a government's office is a unit of its own
    ['青山县农产品交易市场', false], // a place of business, not a unit
    ['青山县国家现代农业产业园', false], // a project, not the unit reporting on it
    ['加强基层卫生院', false], // a task's verb opens a policy task's name, never a unit's
    ['推进乡镇文化站', false],
    ['健全现代医院', false],
    // a class of units a policy title names (公立医院综合改革, 现代医院管理制度试点医院), no unit; one of them with its place is
    ['公立医院', false],
    ['现代医院管理制度试点医院', false],
    ['县级公立医院', false],
    ['青山县公立医院', true],
    ['青山县人民医院', true],
    ['白云县人民医院提升县级医院', false], // the unit run into the task it carries out
    ['青山县中央集中彩票公益金支持社会', false], // the 会 of 社会 closes a fund's purpose, no body's name
    ['青山县社会福利院', true], // 社会 inside a name
    ['青山县社会科学界联合会', true],
    ['新增地方政府', false], // the class of governments a kind of bond is named by (地方政府专项债券), no government
    ['主要包括白云镇', false], // a list's verb after a field's label, before its first name
    ['包头市财政局', true],
    ['青山县人民政府', true],
    ['青山县质量技术提升中心', true], // a task's verb inside a unit's own name, after no unit's word
    ['我局', false],
    ['本单位', false],
    ['****财政局', false],
    ['(盖章)', false],
    ['公开具体内容青山县林业局', true],
    ['绩效评价报告详细信息公开具体内容青山县林业局', false], // a page's words run into the name by a lost line break
    ['青山县财政局目录第一部分青山县人民政府办公室', false],
    ['自评报告我要投稿青山县残联', false],
    ['文号发布机构青山县人民政府办公室', false], // labels glued to a value
    ['浏览量主题词青山县文化和旅游局', false], // a portal's field labels, their bullets lost by OCR
    ['某某县某某局', false], // a template's placeholder, like a masked name
    ['青山县各乡镇人民政府', false], // the towns of a county together, no one unit
    ['青山县各乡镇', false],
    ['青山县某某中心', false],
    ['本溪县档案馆', true], // 本溪 is a place, not 本
    ['全椒县审计局', true], // 全椒 is a place, not 全
    ['向县委审计委员会', false], // a sentence's preposition, then a body
    // places whose first character is a self-reference's or a preposition's: 贵州 is no 贵 (your), 从江 no 从 (from)
    ['贵州省民政局', true],
    ['贵阳市乌当区教育局', true],
    ['从江县民政局', true],
    ['将乐县财政局', true],
    ['佳木斯市向阳区人民政府', true],
    ['向阳区人民政府', true],
    ['贵局', false], // your bureau, as a letter addresses it
    ['贵单位财务科', false],
    ['从县财政局', false],
    ['将县教育局', false],
    // people's organisations by their short names, and stations, offices and studies named by their work
    ['青山县妇联', true],
    ['青山县工商联', true],
    ['青山县科协', true],
    ['青山县广播电视台', true],
    ['青山县气象台', true],
    ['青山县公证处', true],
    ['中共青山县委党史研究室', true],
    ['青山县智慧农业平台', false], // a platform is a project, not a station
    ['青山县财政局综合科室', false], // a division inside a body
    ['白云正信会计师事务所对青山县林业局', false], // a firm run into the unit it evaluated
    ['青山县公路管理段', true], // a road maintenance unit
    ['青山县养护段', true],
    ['青山县国道路段', false], // a stretch of road
    ['白云省青山监狱', true],
    ['青山县教研室', true], // a county's teaching-research office, not a division's 科室
    ['青山县水文站', true],
    ['青山县人民政府门户网站', false], // a site, not a station
    ['报送青山县审计局', false], // a covering letter's verb, then the unit
    ['青山县西城学区', true], // the body over a township's schools
    ['青山县第一中学东校区', false], // a school's campus
    ['全学区', false],
    // a school by its number, and the units ending in a 宫, 室, 园 or 场 that are their own bodies
    ['青山一中', true],
    ['青山县十一中', true],
    ['青山县职中', true],
    ['青山县第一中', false], // refused: a 第一中学 cut short
    ['统一中', false], // refused: no name before the numeral
    ['青山县工人文化宫', true],
    ['青山县青少年宫', true],
    ['青山县人民政府教育督导室', true],
    ['青山县烈士陵园', true],
    ['青山县良种场', true],
    ['青山县农贸市场', false], // a place of business
    ['青山县人民广场', false],
    // a town (镇, 乡) by its name, not the words 城乡, 城镇, 乡镇, 村镇 before a project ("青山县城乡低保项目")
    ['青山县白云镇', true],
    ['青山县白云乡', true],
    ['青山县城乡', false],
    ['青山县城镇', false],
    ['青山县乡镇', false],
    ['青山县村镇', false],
    ['政教处总务处安保办教育督导室', false], // refused: a unit's internal offices listed, the spaces between them dropped
    ['青山县人民政府教育督导室', true], // one office under its government is a name
    ['主管部青山县实施单青山县', false], // refused: a form's labels as a narrow cell cut them (主管部 / 门)
    // a zone named with the kind of body that runs it, in brackets; a bracket that names no body closes no name
    ['青山新兴产业集中区(管委会)', true],
    ['青山县经济开发区(管理委员会)', true],
    ['青山新兴产业集中区(本级)', false],
    ['青山县(汇总)', false],
  ])('%s → %s', (name, ok) => {
    expect(isOrgName(name)).toBe(ok);
  });

  it.each([
    ['青山州第二人民医院公共卫生服务项目补助资金', '青山州第二人民医院'],
    ['青山市人力资源和社会保障局', '青山市人力资源和社会保障局'], // not cut at the 社 of 社会
    ['青山县司法局部门', '青山县司法局'], // not the 部 of 部门
    ['应对项目实施后所取得的绩效', null], // the 所 of 所取得 is a particle
    ['目录第一部分报告第二部分', null], // the 部 of 部分
    ['欢迎阅读乡镇项目绩效自评报告', null], // the 乡 of 乡镇: a site's greeting, then a title of no unit
    ['青山县白云乡人民政府', '青山县白云乡人民政府'],
  ])('longest name at the start of %s', (run, name) => {
    expect(longestOrgPrefix(run)).toBe(name);
  });
});

it('department: a site’s greeting before a title of no unit (欢迎阅读乡镇…) names none; the unit the text speaks as (我乡) does', () => {
  expect(
    department(
      '欢迎阅读乡镇项目绩效自评报告(精选4篇),内容由某网整理,希望对大家有所帮助。\n\n乡镇项目绩效自评报告 篇1\n\n根据文件精神,我乡成立了绩效评价工作小组。\n\n一、单位概况\n\n青山县白云乡人民政府内设党政综合办事机构和直属事业机构。',
    ),
  ).toBe('青山县白云乡人民政府');
});

it('department from a title whose unit ends with the kind of body in brackets (集中区(管委会)), its year wrapped after it', () => {
  expect(department('青山新兴产业集中区(管委会)2024年\n一般公共预算“三公”经费预算\n\n一、2024年“三公”经费支出预算328.7万元。')).toBe(
    '青山新兴产业集中区(管委会)',
  );
});

describe('department from form fields', () => {
  it.each([
    ['单位负责人', '单位负责人张三'],
    ['统一社会信用代码', '统一社会信用代码11522301MB0000'],
    ['单位性质', '单位性质行政单位'],
    ['编制人数', '编制人数25人'],
    ['年度总体目标', '年度总体目标完成水利建设任务'],
  ])('a value closed by the next cell’s label (%s) in cells run together on a long line', (_, rest) => {
    const text = `部门整体支出绩效自评表(2023年度)\n单位名称青山县农业综合开发办公室${rest}全年预算数120万元执行数118万元预算执行率98.33%`;
    expect(department(text)).toBe('青山县农业综合开发办公室');
  });
  it.each([['年度资金总额300'], ['专项实施期2023年'], ['资金情况(万元)'], ['项目类型常年'], ['绩效指标']])(
    'a project form’s implementing unit closed by its next label (%s), not the 主管部门 before it',
    (rest) => {
      const text = `项目支出绩效自评表(2023年度)\n项目名称农村卫生服务主管部门青山县卫生健康局实施单位青山县白云镇中心卫生院${rest}全年预算数120执行数118执行率98.33%得分10`;
      expect(department(text)).toBe('青山县白云镇中心卫生院');
    },
  );
  it('refused: a label inside prose whose name goes on with a verb is no field', () => {
    const text =
      '部门整体支出绩效自评报告\n\n本项目的主管部门青山县水利局负责全县农田水利工程的建设管理,资金由县财政统一拨付,全年预算数120万元。';
    expect(departmentCandidates(segments(text)).filter((c) => c.rule.startsWith('field'))).toEqual([]);
  });
  it.each([
    [
      '评价对象 of a third party’s evaluation',
      '部门整体支出绩效评价报告\n\n评价对象:青山县财政局2023年度部门整体支出\n\n一、基本情况',
      '青山县财政局',
    ],
    [
      '部门(单位)名称 in a pipe row',
      '部门整体支出绩效自评表 | | |\n部门(单位)名称 | 青山县农业农村局 | |\n年度资金总额: | 100 | 90 |',
      '青山县农业农村局',
    ],
    [
      '单位名称 with the next field glued on',
      '2022年度项目支出绩效自评表\n\n单位名称:青山县供销合作社联合社 填报日期:2023年4月15日',
      '青山县供销合作社联合社',
    ],
    ['单位(盖章)', '部门整体支出绩效自评表\n\n单位(盖章):白云县白云镇人民政府 | 填报日期:2022年2月3日 |', '白云县白云镇人民政府'],
    ['填报单位(盖章)', '项目支出绩效自评表\n\n填报单位(盖章):青山县审计局\n\n项目名称:审计业务经费', '青山县审计局'],
    [
      '地方主管部门(填报单位)',
      '转移支付区域绩效自评表(2023年度)\n\n中央主管部门:农业农村部\n地方主管部门(填报单位):泰州市姜堰区农业农村局',
      '泰州市姜堰区农业农村局',
    ],
    ['预算部门名称', '部门整体支出绩效自评表\n\n预算部门名称:青山县统计局', '青山县统计局'],
    [
      '编制单位 of a final-accounts table',
      '收入支出决算总表\n\n公开01表\n\n编制单位:青山县审计局 金额单位:万元\n\n| 项目 | 决算数 |',
      '青山县审计局',
    ],
    [
      '项目名称 of an evaluation whose project is a unit’s 部门整体支出',
      '部门整体支出绩效评价报告\n\n项目名称:青山县统计局2023年度部门整体支出\n\n评价机构:青山某某会计师事务所',
      '青山县统计局',
    ],
    [
      '委托单位 of a third-party evaluation',
      '部门整体支出绩效评价报告\n\n委托单位:青山县民政局\n\n评价机构:青山某某会计师事务所',
      '青山县民政局',
    ],
    ['自评单位 of a self-evaluation', '部门整体支出绩效自评报告\n\n自评单位:青山县审计局\n\n一、基本情况', '青山县审计局'],
    [
      '报告单位 signing a self-evaluation at its end',
      '部门整体支出绩效自评报告\n\n一、基本情况\n\n全年预算数100万元。\n\n报告单位:青山县审计局\n\n报告日期:2024年3月15日',
      '青山县审计局',
    ],
    // a third party's evaluation names its firm as 评价单位: the evaluator, not the unit evaluated
    ['评价单位 is not the reporting unit', '部门整体支出绩效评价报告\n\n评价单位:青山某某会计师事务所\n\n一、基本情况', null],
    ['报告单位 as a verb and its object in a sentence', '部门整体支出绩效自评报告\n\n各单位于3月底前报告单位自评情况。', null],
    ['单位全称', '部门整体支出绩效自评表\n\n单位全称:青山县审计局\n\n全年预算数 120', '青山县审计局'],
    [
      'a budget code spaced off the name, 及编码 after the label',
      '预算单位名称及编码 | 203001 青山县林业局 |\n项目名称 | 护林 |',
      '青山县林业局',
    ],
    ['a year spaced off its 年度 is no code before a name', '部门整体支出绩效自评表\n\n单位名称: 2024 年度\n\n全年预算数 100', null],
    ['a bare 单位:', '部门整体支出绩效自评表\n\n单位:青山县档案馆 | 金额单位:万元 |', '青山县档案馆'],
    ['主管部门(单位)', '项目支出绩效自评表\n\n主管部门(单位):青山县商务局\n\n项目资金', '青山县商务局'],
    [
      'a bracketed budget code before the name, one cell per line',
      '绩效目标自评表 (2021年度) |\n项目名称 |\n困难群众救助 |\n主管部门 |\n[208]青山县民政局 |\n资金情况(万元) |',
      '青山县民政局',
    ],
    [
      'a garbled 一级预算单位名称 completed by the publisher',
      '发布机构: 青山区林业局\n\n部门整体支出绩效自评表\n\n级预算单位名称\n\n 山区林业局\n\n年初预算数',
      '青山区林业局',
    ],
    [
      '单位名称 as a column header, the group row skipped',
      '| 部门预算项目绩效目标申报表(2023年度) | | |\n|---|---|---|\n| 单位名称 | 项目名称 | 预算数 |\n| 301-青山镇部门 | | 1,000.00 |\n| 301001-青山县青山镇人民政府 | 村干部报酬 | 500.00 |',
      '青山县青山镇人民政府',
    ],
    [
      'a 一级预算单位名称 beside the 二级 names the department over the unit that reports',
      '一级预算单位名称:青山县教育体育局    二级预算单位名称:青山县第一中学\n2023年度部门整体支出绩效自评表',
      '青山县第一中学',
    ],
    [
      'a 一级预算单位名称 alone names the unit, a title naming none',
      '一级预算单位名称:青山县教育体育局\n2023年度部门整体支出绩效自评表\n全年预算数100万元',
      '青山县教育体育局',
    ],
    [
      'a division of a body named in a field (…局村镇建设股): the body, not a prefix ending inside the division’s name',
      '| 项目名称 | 城乡环境综合治理 | | |\n|---|---|---|---|\n| 主管部门 | 青山县住房和城乡建设局 | 实施单位 | 青山县住房和城乡建设局村镇建设股 |\n| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 |',
      '青山县住房和城乡建设局',
    ],
    [
      'a bureau’s own office in a field (…局办公室): the bureau',
      '项目支出绩效自评表\n| 项目名称 | 审计业务经费 |\n| 主管部门 | 青山市审计局 | 实施单位 | 青山县审计局办公室 |',
      '青山县审计局',
    ],
    [
      'an office named by its kind alone (实施单位: 局办公室) is no unit: the 主管部门',
      '项目支出绩效自评表\n| 项目名称 | 审计业务经费 |\n| 主管部门 | 青山县审计局 | 实施单位 | 局办公室 |',
      '青山县审计局',
    ],
    ['a division of no named body names none', '项目名称:道路维修\n实施单位:青山县农业科', null],
    [
      'a 科 inside a unit’s own name is no division (教育科学研究所)',
      '项目名称:道路维修\n实施单位:青山县教育科学研究所',
      '青山县教育科学研究所',
    ],
    [
      'a 下属二级预算单位 names the sub-units, not the reporting unit',
      '青山县白云街道办事处关于2024年部门整体支出绩效自评的报告\n一、部门概况\n(一)机构组成\n白云街道办事处下属二级预算单位:社区服务中心、便民服务中心。',
      '青山县白云街道办事处',
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department of a project: the implementing unit', () => {
  const form = '附件1\n项目支出绩效自评表\n项目名称:河道治理\n主管部门:青山县水利局\n实施单位:青山县河道管理所';
  it('ranks a project form attached after the report below the report’s own title', () => {
    expect(department(`青山县水利局2023年度部门整体支出绩效自评报告\n\n我局全年预算数120万元,执行数118万元。\n\n${form}`)).toBe(
      '青山县水利局',
    );
    // with no title naming the unit, the attached form's units are kept only where the report's 我局 agrees: its 主管部门
    expect(department(`2023年度部门整体支出绩效自评报告\n\n我局全年预算数120万元,执行数118万元。\n\n${form}`)).toBe('青山县水利局');
    // refused: a page that is an attachment itself (附件1 over its form, no report before it) keeps its implementing unit
    expect(department(`${form}\n全年预算数120万元。`)).toBe('青山县河道管理所');
  });
  it('reads no unit from a table the report introduces as its sub-units (我局下属单位1个:)', () => {
    const table = '| 单位名称 | 单位性质 |\n|---|---|\n| 青山县河道管理所 | 事业 |';
    expect(department(`2023年度部门整体支出绩效自评报告\n\n一、基本情况\n我局下属单位1个:\n\n${table}\n\n全年预算数120万元。`)).toBeNull();
    // refused the other way: the same table under no such line names the unit
    expect(department(`2023年度部门整体支出绩效自评表\n\n${table}\n\n全年预算数120万元。`)).toBe('青山县河道管理所');
  });
  it.each([
    [
      'a budget document’s project description (实施主体。X。), where no title names the unit',
      '1.“文化活动专项经费”项目。 (1)项目概述。主要用于群众文化活动。 (2)实施主体。青山县文化旅游体育局。 (3)年度预算安排。财政拨款120万元。',
      '青山县文化旅游体育局',
    ],
    [
      'a project’s 实施主体 under a title naming the department: the title',
      '青山县文化旅游体育局2025年部门预算\n\n1.“群众体育”项目。 (1)项目概述。主要用于全民健身。 (2)实施主体。青山县体育中心。 (3)年度预算安排。财政拨款80万元。',
      '青山县文化旅游体育局',
    ],
    [
      'over 主管部门, one cell per line',
      '项目支出绩效自评表\n\n项目名称\n\n教学楼改造经费\n\n主管部门\n\n青山县教育局\n\n实施单位\n\n青山县第二中学\n\n项目资金',
      '青山县第二中学',
    ],
    [
      '实施单位(盖章) in a pipe row',
      '项目名称 | | 青山县某专项工作经费 |\n主管部门 | | 青山县林业局本级 | 实施单位(盖章) | 青山县林业局 |',
      '青山县林业局',
    ],
    [
      'cells run together',
      '1、项目支出绩效自评表(2016年度) 项目名称道路保洁经费主管部门及代码青山区人民政府白云街道办事处实施单位:青山区白云街道城市运行服务中心项目资金(万元) 年初预算数',
      '青山区白云街道城市运行服务中心',
    ],
    [
      '实施单位/项目负责人 with the person after a slash',
      '绩效目标自评表(2022年度)项目名称马铃薯推广项目实施单位/项目负责人青山区农技中心/张三自治区主管部门农业农村厅专项实施期',
      '青山区农技中心',
    ],
    [
      'glued fields closed by the next label',
      '附件:绩效目标自评表(2022年度)项目名称水标尺制作项目负责人及电话李四主管部门青山县水利局实施单位青山县水利局资金情况(万元)全年预算数',
      '青山县水利局',
    ],
    [
      'glued fields closed by the Sichuan form’s next section (实施单位X项目基本情况)',
      '部门预算项目支出绩效自评表(2023年度)项目名称51092324T000010260002-设备购置补助主管部门白河县司法局部门实施单位白河县公证处项目基本情况1.项目年度目标完成情况项目年度目标按要求购置设备。',
      '白河县公证处',
    ],
    [
      'refused: a glued value that runs on into words no label opens is not closed, and names no unit',
      '部门预算项目支出绩效自评表(2023年度)项目名称51092324T000010260002-设备购置补助主管部门白河县司法局部门实施单位白河县公证处项目建设进展顺利,按要求购置设备。',
      null,
    ],
    [
      'one unit in two neighbouring cells after one label (a PDF form copied as spaced words)',
      '白河市财政预算支出项目绩效目标自评表 填报日期:2022 年 3 月 8\n\n项目名称 项目主管单 位 自评总分: 93 项目实施单位 白河市农业农村局 白河市农业农村局 项目负责人 王五',
      '白河市农业农村局',
    ],
    [
      'refused: two different units after one label name neither',
      '白河市财政预算支出项目绩效目标自评表 填报日期:2022 年 3 月 8\n\n项目名称 项目主管单 位 自评总分: 93 项目实施单位 白河市农业农村局 白河市财政局 项目负责人 王五',
      null,
    ],
    [
      'glued fields closed by a score field (实施单位X自评得分96)',
      '1、白河市本级部门项目支出绩效自评表(2022年)项目名称小学公用经费主管部门白河市教育局实施单位白河市第九小学自评得分96项目资金(万元)年度资金总额',
      '白河市第九小学',
    ],
    [
      'glued fields closed by the project’s class (实施单位X项目类别)',
      '绩效目标自评表(2023年度)项目名称村道养护主管部门青山县交通运输局实施单位青山县公路养护中心项目类别部门预算项目资金情况(万元)',
      '青山县公路养护中心',
    ],
    [
      'a space-separated sheet',
      '青山县项目支出绩效自评表 (2021年度) 项目名称 基本公共卫生服务 主管部门 青山县卫生健康局 年初预算 数 0 项目资金 (万元) 年度资金总额 实施单位 青山县白云镇卫生院 全年预算数 全年执行数 分值 执行率 得分',
      '青山县白云镇卫生院',
    ],
    [
      '资金使用单位',
      '就业补助资金绩效自评表 | |\n地方主管部门 | 青山省人力资源和社会保障厅 |\n资金使用单位 | 青山市白云区人力资源和社会保障局 |',
      '青山市白云区人力资源和社会保障局',
    ],
    [
      '主管部门 with a 部门 tail when nothing else names the unit',
      '项目支出绩效自评表\n\n主管部门 | 青山县司法局部门 |\n\n项目资金',
      '青山县司法局',
    ],
    [
      'traditional characters, pinyin glosses dropped',
      '評價類型:項目完成結果評價\n項目單位:青山縣農村公路養(yǎng)護中心\n主管部門:青山縣交通運輸局',
      '青山縣農村公路養護中心',
    ],
    [
      // the glosses widen every line by their count: lines of their own then share a width, no page's measure
      'a mirror’s glossed table of contents and part heading, each line its own',
      GLOSSED_CONTENTS.join('\n'),
      '青山縣白雲鄉人民政府',
    ],
    [
      'a form’s cells run together, the unit’s name closed by the next label (下属单位个数), beside a file title that drops the place',
      '《白云卫生院整体支出绩效自评表.docx》由会员分享,可在线阅读。\n1、白云卫生院整体支出绩效自评表(2023年度)评价部门名称青山县白云乡中心卫生院下属单位个数0整体支出规模全年预算数全年执行数执行率资金来源:(1)财政拨款',
      '青山县白云乡中心卫生院',
    ],
    [
      'refused: a name that runs on into words of prose before the label is not closed by it',
      '1、白云卫生院整体支出绩效自评表(2023年度)说明本部门名称变更为青山县白云乡中心卫生院后下属单位个数为零,整体支出规模未变,预算执行良好',
      '白云卫生院',
    ],
    // a project carried out by several units is reported by none of them alone
    [
      'several implementing units',
      '项目支出绩效自评表\n\n项目名称:校舍维修\n\n实施单位:青山县第一中学、青山县第二中学\n\n全年预算数 120',
      null,
    ],
    [
      'several implementing units, the supervisor named',
      '项目支出绩效自评表\n\n项目名称:校舍维修\n\n主管部门:青山县教育局\n\n实施单位:青山县第一中学和青山县第二中学\n\n全年预算数 120',
      '青山县教育局',
    ],
    [
      'units named as a collective (青山县各乡镇人民政府): the supervisor, as for several units',
      '2023年度项目支出绩效自评报告\n实施单位:青山县各乡镇人民政府\n主管部门:青山县农业农村局\n全年预算数1200万元',
      '青山县农业农村局',
    ],
    ['refused: a collective alone names no unit', '2023年度项目支出绩效自评报告\n实施单位:青山县各乡镇人民政府\n全年预算数1200万元', null],
    // 和 inside one unit's name joins its two fields of work, not two units
    ['a unit whose name holds 和', '项目支出绩效自评表\n\n实施单位:青山县文化和旅游局\n\n全年预算数 120', '青山县文化和旅游局'],
    ['a seal line', '部门整体支出绩效自评表\n\n青山县审计局(盖章)\n\n年度资金总额 | 100 |', '青山县审计局'],
    // a form pasted as text: a row of labels over a row of values, cells parted by runs of spaces
    [
      'a row of labels over its row of values, spaced apart: the cell under 实施单位',
      '项目支出绩效自评表\n项目名称    主管部门    实施单位\n农村道路养护    青山县交通运输局    青山县公路养护中心\n年度资金总额    200    198',
      '青山县公路养护中心',
    ],
    [
      'a form’s 主管部门名称 is the supervisor’s field, not a 部门名称: the 项目实施单位 below it',
      '财政支出绩效目标申报表\n(2023年度)\n项目名称 校舍维修\n主管部门名称 青山县教育局\n项目实施单位 青山县第一小学',
      '青山县第一小学',
    ],
    [
      'the same with 主管部门(单位)名称, one field a line',
      '项目支出绩效自评表(2023年度)\n主管部门(单位)名称:青山县教育局\n实施单位:青山县第一小学\n全年预算数 120 全年执行数 118',
      '青山县第一小学',
    ],
    [
      'refused: a form’s own 部门名称 is the unit, with the 主管部门 beside it',
      '部门整体支出绩效自评表(2023年度)\n部门名称:青山县第一小学\n主管部门:青山县教育局\n年初预算数 100 全年执行数 95',
      '青山县第一小学',
    ],
    [
      'refused: a 主管部门名称 alone on its form still names the unit there',
      '项目支出绩效自评表(2023年度)\n主管部门名称:青山县教育局\n全年预算数 120 全年执行数 118',
      '青山县教育局',
    ],
    [
      'refused: a row of values with a cell fewer than its labels names no cell as the label’s',
      '项目支出绩效自评表\n项目名称    主管部门    实施单位\n农村道路养护青山县交通运输局    青山县公路养护中心\n年度资金总额    200    198',
      null,
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department from the title', () => {
  it('names the unit after 所属 / 下属, not its supervisor run into it', () => {
    expect(department('青山县教育局所属青山县第三中学2023年度部门整体支出绩效自评报告\n\n我校全年预算数120万元。')).toBe('青山县第三中学');
    // refused the other way: 直属 opens a name of its own
    expect(department('青山县教育局直属幼儿园2023年度部门整体支出绩效自评报告\n\n我园全年预算数120万元。')).toBe('青山县教育局直属幼儿园');
    // (所属 before no name of its own: the title's unit is the supervisor's report on its units)
    expect(department('青山县教育局所属学校2023年度整体支出绩效自评汇总\n\n全年预算数120万元。')).toBe('青山县教育局');
  });
  it('names the unit on a cover line with the verb of its making (XX局编) under a title that names none', () => {
    expect(department('部门整体支出绩效自评报告(2023年度)\n青山县水利局编\n二〇二四年三月\n\n我局全年预算数120万元。')).toBe(
      '青山县水利局',
    );
  });
  it('names the unit whose own site the page is, after the title, only where the text speaks as it', () => {
    expect(department('2023年度部门整体支出绩效自评报告 - 青山县水利局\n\n我局全年预算数120万元,执行数118万元。')).toBe('青山县水利局');
    // refused: a portal's owner, a finance body, a text that speaks as no such body, or as another kind
    expect(department('2023年度部门整体支出绩效自评报告 - 青山县人民政府\n\n我局全年预算数120万元。')).toBeNull();
    expect(department('2023年度部门整体支出绩效自评报告_青山县财政局\n\n我局全年预算数120万元。')).toBeNull();
    expect(department('2023年度部门整体支出绩效自评报告 - 青山县水利局\n\n全年预算数120万元。')).toBeNull();
    expect(department('2023年度部门整体支出绩效自评报告 - 青山县水利局\n\n我中心全年预算数120万元。')).toBeNull();
  });
  it('names the finance body publishing a notice of the funds’ state it oversees (…资金结余情况的通报) as its unit', () => {
    const meta = '- 统计信息\n-\n索引号000014348/2020-01864\n-\n发布机构青山县财政局\n-\n文号\n-\n发布日期2019-12-23';
    const body = '一、项目单位支出进度\n截至2019年12月18日,全县项目单位共支出涉农整合资金2162万元,支出进度87.34%。';
    expect(department(`${meta}\n关于2019年财政涉农整合资金结余情况的通报\n${body}`)).toBe('青山县财政局');
    // refused: a finance body publishing a unit's self-evaluation is the portal's publisher, not the unit
    expect(department(`${meta}\n2019年度部门整体支出绩效自评报告\n${body}`)).toBeNull();
  });
  it('names no unit from a facility the title’s project works on (…垃圾转运站提升改造项目), the page’s publisher reporting', () => {
    const meta =
      '索 引 号 1164/2022-00043 文  号 生成日期 2022-10-25\n发布机构 青山区住房和城乡建设局 责任部门 青山区住房和城乡建设局 关 键 字 东湖垃圾转运站';
    const report = (title: string) => `${meta}\n\n${title}\n\n一、绩效目标分解下达情况\n\n下达2022年乡村振兴衔接资金100万元。`;
    expect(department(report('青山市青山区东湖乡垃圾转运站提升改造项目绩效自评报告'))).toBe('青山区住房和城乡建设局');
    // refused: a unit's title naming its own project keeps the unit
    expect(department(report('青山市青山区环境卫生管理站垃圾分类项目绩效自评报告'))).toBe('青山市青山区环境卫生管理站');
  });
  it('names no town from a project title opening on 城乡 / 城镇 after the county (青山县城乡低保项目)', () => {
    expect(department('青山县城乡低保项目2023年度项目支出绩效自评报告\n\n该项目年初预算120万元。')).toBeNull();
    expect(department('2023年度青山县城镇保障性安居工程资金绩效自评报告\n\n该项目年初预算120万元。')).toBeNull();
    // a town's own report still names it
    expect(department('青山县白云乡2023年度部门整体支出绩效自评报告\n\n我乡全年预算数120万元。')).toBe('青山县白云乡');
  });
  it('names no unit from the wrapped rest of a form’s row whose labels a narrow cell cut (主管部 / 门, 实施单 / 位)', () => {
    const form = [
      '部门预算项目支出绩效自评表(2023年度)',
      '',
      '主管部     青山县                           实施单      青山县',
      '门       图书馆                           位        图书馆',
    ].join('\n');
    expect(department(form)).toBeNull();
    // a unit's name on its own line under a line of other words stays a candidate (the title above names it)
    expect(department('青山县图书馆2023年度部门整体支出绩效自评报告\n\n全年预算数120万元,执行数118万元。')).toBe('青山县图书馆');
  });
  it('names a government office ending in 督导室 whole, not the government before it', () => {
    expect(department('青山县人民政府教育督导室2023年度部门整体支出绩效自评报告\n\n全年预算数120万元,执行数118万元。')).toBe(
      '青山县人民政府教育督导室',
    );
    expect(department('2023年度青山一中部门整体支出绩效自评报告\n\n我校全年预算数120万元,执行数118万元。')).toBe('青山一中');
    expect(department('青山县工人文化宫2023年度部门整体支出绩效自评报告\n\n我宫全年预算数120万元。')).toBe('青山县工人文化宫');
  });
  it('names no unit from a title that names a policy task (健全…医院管理制度项目), an unnamed province’s report', () => {
    expect(
      department('提升县级医院服务能力项目绩效自评报告\n\n一、基本情况\n(一)资金情况。2022年,XX省财政厅安排项目预算资金3200.00万元。'),
    ).toBeNull();
    expect(department('白云县人民医院提升县级医院服务能力项目绩效自评报告\n\n一、基本情况')).toBe('白云县人民医院');
  });
  it('names no unit from a title that names a fund by its purpose (…彩票公益金支持社会福利事业资金…绩效自评报告)', () => {
    expect(department('青山县中央集中彩票公益金支持社会福利事业资金(第一批)2024年度绩效自评报告\n\n一、绩效目标分解下达情况')).toBeNull();
    // refused the other way: a unit whose name holds 社会 keeps it
    expect(department('青山县社会福利院2024年度部门整体支出绩效自评报告\n\n一、部门基本情况')).toBe('青山县社会福利院');
  });
  it('reads no unit from a field whose value is a list a page margin cut inside its first name (…主要包括白云镇人 / 民政府本级、…)', () => {
    const text = [
      '青山市白云区白云镇人民政府',
      '2022 年度部门决算情况说明',
      '一、部门基本情况',
      '(三)单位构成',
      '从预算单位构成看,纳入本部门 2022 年度决算编制的二级预算单位主要包括白云镇人',
      '民政府本级、白云镇农业服务中心、白云镇文化服务中心。',
    ].join('\n');
    expect(department(text)).toBe('青山市白云区白云镇人民政府');
  });
  it('names the school, not its town, from a title naming a 完小 (2023年X县X镇X完小单位预算)', () => {
    expect(department('2023年青山县白云镇白云完小单位预算\n\n目 录\n第一部分 单位概况')).toBe('青山县白云镇白云完小');
  });
  it('names no unit from a title that names a kind of bond (新增地方政府专项债券项目绩效评价情况)', () => {
    expect(
      department(
        '2023年度新增地方政府专项债券项目绩效评价情况\n\n发布时间:2024-05-10\n\n我单位2023年新增地方政府专项债券项目2个,争取债券资金0.85亿元。',
      ),
    ).toBeNull();
    // refused the other way: a government named by its place keeps its name before a bond's title
    expect(department('青山县白云镇人民政府2023年度新增专项债券项目绩效自评报告\n\n一、项目基本情况')).toBe('青山县白云镇人民政府');
  });
  it('names the unit its report’s paragraphs open on with the year, two of them or more ((一)青山县白云镇人民政府2023年度下达…)', () => {
    const body = (name: string, times: number) =>
      [
        '2023年度转移支付资金绩效自评报告',
        '',
        ...['下达上级资金转移支付755.19万元。', '下达的10个项目均完工。']
          .slice(0, times)
          .map((t, i) => `(${'一二'[i]})${name}2023年度${t}`),
      ].join('\n\n');
    expect(department(body('青山县白云镇人民政府', 2))).toBe('青山县白云镇人民政府');
    // refused: once it may be any body the report mentions; a finance body allocates others' money
    expect(department(body('青山县白云镇人民政府', 1))).toBeNull();
    expect(department(body('青山县财政局', 2))).toBeNull();
  });
  it('names no unit from a title that names the bonds by the government that issues them (江苏省政府专项债券项目绩效自评价报告)', () => {
    expect(department('江南省政府专项债券项目绩效自评价报告\n\n(青山园区建设工程项目)\n\n一、项目情况')).toBeNull();
    // refused: a government named in full before its bonds may be the unit that reports
    expect(department('青山县人民政府专项债券项目绩效自评报告\n\n一、项目基本情况')).toBe('青山县人民政府');
  });
  it.each([
    ['name, year, report', '首页 >> 预算/决算\n青山县第一小学2023年度部门决算情况说明\n一、单位基本情况', '青山县第一小学'],
    ['name with a space before the year', '青山县白云小学 2023年部门预算情况说明\n\n一、单位基本情况', '青山县白云小学'],
    ['a unit declaration closing the title', '青山县白云镇人民政府2022年度部门决算(单位:元)\n\n本年收入合计', '青山县白云镇人民政府'],
    [
      'year, name, report',
      '2022年度青山市白云区妇女联合会部门(单位)整体支出绩效自评报告\n\n一、部门(单位)基本情况',
      '青山市白云区妇女联合会',
    ],
    // a formal title's year in Chinese numerals, one a digit
    ['year in Chinese numerals, name, report', '二〇二三年度青山县林业局部门决算\n\n第一部分 部门概况', '青山县林业局'],
    ['year in Chinese numerals with 零, name, report', '二零二二年青山县白云镇人民政府部门预算\n\n一、基本情况', '青山县白云镇人民政府'],
    // refused: the year passed over leaves a title that names no unit
    ['year in Chinese numerals, then no name', '二〇二三年度部门整体支出绩效自评报告\n\n一、基本情况', null],
    [
      'name 关于 …',
      '青山市文化和旅游局关于2021年度中央补助地方公共文化资金绩效自评报告\n\n根据有关通知,现将评价情况报告如下。',
      '青山市文化和旅游局',
    ],
    [
      'a body’s evaluation of another unit: the unit evaluated',
      '白云县财政局关于白云县档案馆2023年度部门整体支出绩效评价的报告\n\n一、基本情况',
      '白云县档案馆',
    ],
    [
      'a self-evaluation after 关于 names its writer, not the unit it mentions',
      '白云县教育局关于白云县第二小学2023年度项目支出绩效自评的报告\n\n一、基本情况',
      '白云县教育局',
    ],
    [
      'an evaluation of a place names its writer',
      '白云县人民政府关于白云县2023年度财政支出绩效评价的报告\n\n一、基本情况',
      '白云县人民政府',
    ],
    [
      'name, then the project it reports on',
      '青山州第二人民医院公共卫生服务项目补助资金2023年度绩效自评报告\n\n一、绩效目标完成情况分析',
      '青山州第二人民医院',
    ],
    ['no year', '青山县第四中学专项资金绩效自评价报告\n\n一、基本情况', '青山县第四中学'],
    ['a mirror file name', '《青山县第四中学专项资金绩效自评价报告.docx》由会员分享,可在线阅读。', '青山县第四中学'],
    [
      'a mirror’s file name that names the unit in brackets after the title, its extension kept (…自评报告(青山县林业局).doc / .PDF)',
      '2023年度部门整体支出绩效自评报告(青山县林业局).doc\n\n全年预算数120万元。\n\n2023年度部門整體支出績效自評報告(青山縣林業局).PDF',
      '青山县林业局',
    ],
    [
      'refused: brackets that hold no unit before the extension (…自评报告(初稿).docx) name none',
      '2023年度部门整体支出绩效自评报告(初稿).docx\n\n全年预算数120万元。',
      null,
    ],
    [
      'a mirror file name without its extension, the site’s furniture after it',
      '《青山县第四中学专项资金绩效自评价报告》由会员分享,可在线阅读。',
      '青山县第四中学',
    ],
    [
      'a mirror file name without its extension alone on its line',
      '《青山县第四中学专项资金绩效自评价报告》\n\n全年预算数60万元。',
      '青山县第四中学',
    ],
    [
      'refused: a cited notice’s title opening a sentence (《X关于下达…预算的通知》(文号)文件下达…) is no file name: its issuer is not the unit',
      '工程项目绩效评价报告\n\n《青山省财政厅青山省文物局关于下达2023年补助资金预算的通知》(青财教〔2023〕132号)文件下达我市补短工程160万元。',
      null,
    ],
    [
      'refused: a cited notice’s title run into the sentence it opens (《…的通知》下达我市…)',
      '工程项目绩效评价报告\n\n《青山省财政厅关于下达2023年补助资金预算的通知》下达我市补短工程160万元。',
      null,
    ],
    [
      'a unit’s name in square brackets before a title naming none',
      '首页>>政务公开>>预决算公开\n【青山县审计局】2023年度部门整体支出绩效自评报告',
      '青山县审计局',
    ],
    [
      'a long unit’s name in square brackets before a title naming none',
      '【青山县住房和城乡建设局】2023年度部门整体支出绩效自评报告\n一、基本情况',
      '青山县住房和城乡建设局',
    ],
    [
      'a column’s tag in square brackets before a title naming none is no unit',
      '【部门预算】2023年度部门整体支出绩效自评报告\n一、基本情况',
      null,
    ],
    ['a bracketed column tag', '政府信息公开\n【财政预算】青山县花园镇政府2020年部门预算情况说明\n- 发布机构:', '青山县花园镇政府'],
    [
      'a 信息名称 metadata field',
      ' 索 引 号  abc/2024-00119\n 信息名称  青山县第二幼儿园2023年部门决算公开说明\n 文  号   发布机构  青山县人民政府办公室\n\n一、部门职责',
      '青山县第二幼儿园',
    ],
    [
      '年度 + 本级单位 list title',
      '2022年度项目支出绩效自评表\n\n青山市人力资源和社会保障局本级单位项目绩效自评表清单\n\n序号',
      '青山市人力资源和社会保障局',
    ],
    [
      'an abbreviation and the full name: the full one',
      '共青团青山县委2022年部门决算\n2022年度\n中国共产主义青年团青山县委员会部门决算\n(1)团结、教育、引导青年。',
      '中国共产主义青年团青山县委员会',
    ],
    [
      'the name the title zone repeats',
      '青山县白云卫生院2023决算公开\n\n青山县白云卫生院部门2023年度部门决算\n\n第三部青山县白云卫生院2023年度部门决算情况说明',
      '青山县白云卫生院',
    ],
    [
      'a name on the line under the title',
      '青山县白云中学2020年度部门决算情况说明\n青山县白云中学\n2020年度部门决算情况说明\n部门基本情况',
      '青山县白云中学',
    ],
    [
      'the speaker under a report title',
      '关于青山县2022年预算执行情况和2023年预算草案的报告\n——2022年12月18日在青山县人民代表大会\n第二次会议上\n青山县财政局\n各位代表:',
      '青山县财政局',
    ],
    [
      'the addressee under a letter’s title (its colon lost) is not the writer: the page’s 来源 is',
      '发布时间:2024-03-27 来源:青山市民政局\n\n青市民发[2024]6号\n\n关于上报2023年困难群众救助资金项目\n\n支出绩效自评的报告\n\n青山州民政局\n\n我局对2023年救助资金进行了绩效自评,现将自评报告如下:',
      '青山市民政局',
    ],
    [
      'the addressee under a one-line letter title with its document number',
      '青市民发〔2024〕6号\n关于报送2023年度部门整体支出绩效自评情况的报告\n青山州民政局\n一、基本情况',
      null,
    ],
    [
      'an official document’s letterhead (…文件) over its number and a 关于 title, the addressee under it',
      '青山县审计局文件\n\n青审〔2024〕3号\n\n关于2023年度部门整体支出绩效自评情况的报告\n\n青山县财政局:\n\n一、基本情况',
      '青山县审计局',
    ],
    [
      // (a joint document names its lead issuer first, the body that drafted it and answers for it)
      'a joint document’s letterhead, two issuers of one place before 文件: the first, its lead issuer',
      '青山县财政局 青山县审计局文件\n\n青财〔2024〕3号\n\n关于2023年度部门整体支出绩效自评情况的报告\n\n一、基本情况',
      '青山县财政局',
    ],
    [
      'the writer under a 关于 title of no document number (a report as a page publishes it)',
      '关于2023年度部门整体支出绩效自评情况的报告\n青山县民政局\n一、基本情况',
      '青山县民政局',
    ],
    ['a title wrapped onto two lines', '青山县审计局2023年度部门整体支出\n绩效自评报告\n\n一、基本情况', '青山县审计局'],
    // (a Word document's title set as two centred paragraphs, each a line of its own)
    ['a title set as two paragraphs', '青山县审计局2023年度部门整体支出\n\n绩效自评报告\n\n一、基本情况', '青山县审计局'],
    // (a PDF's layout copy of it: the rest opens a paragraph whose next line is the first section's heading)
    [
      'a title set as two paragraphs, copied from a PDF',
      '青山县审计局 2023 年度部门\n\n整体支出绩效自评报告\n一、基本情况\n\n',
      '青山县审计局',
    ],
    // (refused: a portal's banner, a paragraph of one line above a title of no name, is no first half of it)
    [
      'refused: a portal’s banner above a title of no name',
      '青山县人民政府门户网站\n\n2023年度部门整体支出绩效自评报告\n\n一、基本情况',
      null,
    ],
    [
      'a name on its line above a 关于 title wrapped over two lines',
      '青山县商务局\n关于2023年度部门整体支出\n绩效自评情况的报告\n\n一、基本情况',
      '青山县商务局',
    ],
    [
      'a name in brackets under a title that names only its place',
      '青山县2023年度部门整体支出绩效自评报告\n(青山县水务局)\n\n一、基本情况',
      '青山县水务局',
    ],
    [
      'a name and its year on the line under a title',
      '部门整体支出绩效自评报告\n\n青山县教育和体育局  2023年度\n\n一、基本情况',
      '青山县教育和体育局',
    ],
    ['a unit’s declared targets as its title', '青山县医疗保障局2024年部门整体支出绩效目标\n\n一、2024年度目标', '青山县医疗保障局'],
    [
      'a column of several units under 单位名称 names none of them; the title names the unit',
      '青山县教育局所属单位2023年度整体支出绩效自评汇总\n\n| 单位名称 | 预算数 | 执行数 |\n|---|---|---|\n| 青山县第一小学 | 60 | 59 |\n| 青山县第二小学 | 50 | 49 |',
      '青山县教育局',
    ],
    [
      'a column of several units and a title naming none',
      '2023年度部门整体支出绩效评价结果公示\n\n| 部门名称 | 自评得分 | 等级 |\n|---|---|---|\n| 青山县审计局 | 95 | 优 |\n| 青山县统计局 | 92 | 优 |',
      null,
    ],
    [
      'a column of the unit’s own office, one unit below it and their total (局机关 / 县林场 / 合计) lists them; the title names the unit',
      '青山县林业局2023年度部门整体支出绩效自评报告\n\n| 单位名称 | 预算数 | 执行数 |\n|---|---|---|\n| 局机关 | 120 | 110 |\n| 青山县林场 | 80 | 70 |\n| 合计 | 200 | 180 |',
      '青山县林业局',
    ],
    [
      'a column of the unit’s own office named with 本级 (某县档案馆本级) over one unit below it lists them, naming none',
      '2022年度部门整体支出绩效自评报告\n\n| 单位名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 青山县档案馆本级 | 300 | 290 | 96.67% |\n| 青山县档案服务中心 | 120 | 110 | 91.67% |',
      null,
    ],
    [
      'refused: a column of one unit, with no total nor the office, is still its field',
      '部门整体支出绩效自评表\n\n| 单位名称 | 预算数 | 执行数 |\n|---|---|---|\n| 青山县林场 | 80 | 70 |',
      '青山县林场',
    ],
    [
      'a column whose one unit repeats is still its field',
      '| 单位名称 | 项目名称 | 预算数 |\n|---|---|---|\n| 青山县审计局 | 审计业务 | 60 |\n| 青山县审计局 | 信息化 | 50 |',
      '青山县审计局',
    ],
    [
      'the first of several units (…等12所学校) is not the unit',
      '项目支出绩效自评表(2023年度)\n项目名称:学生资助\n项目单位:青山县第一中学等12所学校',
      null,
    ],
    [
      'a title naming no unit, its unit after a Chinese dash (…自评报告——X局)',
      '部门整体支出绩效自评报告——青山县气象局\n\n一、基本情况\n我局全年预算数210万元。',
      '青山县气象局',
    ],
    [
      'refused: a site’s name after a hyphen is the portal, not the unit',
      '部门整体支出绩效自评报告 - 青山县人民政府\n\n一、基本情况\n我局全年预算数210万元。',
      null,
    ],
    [
      'a covering letter’s title names the unit after its verb',
      '关于报送青山县审计局2023年度部门整体支出绩效自评报告的函\n县财政局:\n现将我局自评报告报送你局。',
      '青山县审计局',
    ],
    [
      'a breadcrumb whose first step is the site’s government is no title',
      '青山县人民政府 > 部门信息公开 > 青山县审计局 > 财政预决算\n2023年度部门整体支出绩效自评报告\n全年预算数100万元,执行数95万元。',
      null,
    ],
    [
      'a portal’s owner over a breadcrumb with doubled separators (首页 >> 部门信息公开 >> …) is the site’s banner, no unit',
      '青山县人民政府\n首页 >> 部门信息公开 >> 青山县交通运输局 >> 正文\n\n青山县2020年第一批公路安全生命防护工程绩效自评报告\n\n一、绩效目标分解下达情况',
      null,
    ],
    [
      'a page title run into a breadcrumb’s last step is still read',
      '当前位置:首页 > 政务公开 > 预决算公开 > 青山县人力资源和社会保障局2023年度部门整体支出绩效自评报告\n\n一、基本情况',
      '青山县人力资源和社会保障局',
    ],
    [
      'a site’s name over a title is no unit',
      '青山县人民政府门户网站\n2023年度部门整体支出绩效自评报告\n\n全年预算数60万元,执行数59万元。',
      null,
    ],
    [
      'a name under a sentence three lines below a title is no title’s line',
      '部门整体支出绩效自评报告\n我局全年预算数60万元,执行数59万元。\n青山县财政局\n2024年3月1日印发',
      null,
    ],
    ['a form titled by its result, wrapped', '市园林局2021年度绿化养护类项目\n自评结果\n一、自评结论', '市园林局'],
    ['a centred name a PDF broke after its place', '青山县\n财政局\n2023年度部门整体支出绩效自评报告\n\n一、基本情况', '青山县财政局'],
    [
      'a title run into its text (a PDF line that lost its break)',
      '青山县白云街道办事处 2023 年部门整体支出绩效自评报告全年预算数 7143.45 万元,执行数 6708 万元。',
      '青山县白云街道办事处',
    ],
    [
      'a title over its table of contents',
      '青山彝族自治州农村技术推广站2021年度部门决算目录\n第一部分 青山彝族自治州农村技术推广站概况\n一、主要职能',
      '青山彝族自治州农村技术推广站',
    ],
    [
      'a 联络处 in the title, its full name on the line under it',
      '青山县人民政府驻外办事联络处2018年度部门决算公开说明\n\n青山彝族自治县人民政府驻外办事联络处\n2018年度部门决算公开说明\n第一部分青山彝族自治县人民政府驻外办事联络处概况',
      '青山彝族自治县人民政府驻外办事联络处',
    ],
    [
      'a party committee’s office named by its work: the office, not the committee',
      '中共青山县委党史研究室2023年度部门整体支出绩效自评报告\n\n一、基本情况',
      '中共青山县委党史研究室',
    ],
    ['a people’s organisation by its short name', '青山县妇联2023年度部门决算公开\n\n第一部分 部门概况', '青山县妇联'],
    ['a name whose place begins with 本', '2022年本溪县林业局本级决算公开\n\n第一部分 部门概况', '本溪县林业局'],
    [
      'a name whose province begins with 贵 (not 贵单位)',
      '贵州省毕节市七星关区民政局2022年度部门决算公开说明\n\n一、部门基本情况',
      '贵州省毕节市七星关区民政局',
    ],
    [
      'a numbered duty that ends in 报告 is no title',
      '青山县统计局2020年部门决算\n一、主要职责\n1.贯彻执行统计方针政策。\n2.向县委统计工作委员会提出统计调查的报告,向县政府通报情况。',
      '青山县统计局',
    ],
    ['a sentence that cites another body is not a title', '根据青山市财政局要求现将自评情况报告如下', null],
    [
      'a unit in brackets after a title that names none',
      '首页 > 财政资金\n2023年度部门整体支出绩效自评报告(青山县统计局)\n一、部门基本情况',
      '青山县统计局',
    ],
    ['a project’s name is no unit', '项目支出绩效自评表\n\n项目名称:青山县白云镇道路改造工程\n\n项目资金', null],
    ['a place name alone is not a unit', '2023年青山县农产品交易市场仓储基地建设项目绩效自评报告\n\n一、绩效目标', null],
    ['a template’s placeholder name', '某某县某某局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况', null],
    ['a masked name', '2024年度****部门整体支出绩效自评报告\n部门(单位)名称:****\n一、部门基本情况', null],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department from the opening sentence', () => {
  it('names the unit whose whole spending of a year a sentence names (了解 / 对 X 2023年度部门整体支出)', () => {
    const body = '全年预算数120万元,执行数118万元。';
    expect(department(`2023年度部门整体支出绩效自评报告\n\n为全面了解青山县水利局2023年度部门整体支出情况,开展了自评。${body}`)).toBe(
      '青山县水利局',
    );
    expect(
      department(
        `部门整体支出绩效评价报告\n\n受青山县财政局委托,青山华信会计师事务所对青山县水利局2023年度部门整体支出进行了绩效评价。${body}`,
      ),
    ).toBe('青山县水利局');
    // refused: the issuer of the directive the sentence opens on, with or without its title in 《》
    expect(
      department(`部门整体支出绩效自评报告\n\n根据青山县财政局2023年度部门整体支出绩效自评工作要求,我局开展了自评。${body}`),
    ).toBeNull();
    expect(
      department(`部门整体支出绩效自评报告\n\n根据《青山县财政局2023年度部门整体支出绩效评价工作方案》,我局开展了自评。${body}`),
    ).toBeNull();
  });
  it('names the unit as the subject of its own work’s set phrases (X在…领导下, X党组高度重视), where the text speaks as it', () => {
    expect(department('部门整体支出绩效自评报告\n\n2023年,青山县水利局在县委、县政府的正确领导下,我局全年预算数120万元。')).toBe(
      '青山县水利局',
    );
    expect(department('部门整体支出绩效自评报告(2023年度)\n\n青山县水利局党组高度重视绩效管理工作,我局全年预算数120万元。')).toBe(
      '青山县水利局',
    );
    // refused: the government the unit answers to, or a text that speaks as no body of the name's kind
    expect(department('部门整体支出绩效自评报告\n\n2023年,青山县人民政府高度重视水利工作,我局全年预算数120万元。')).toBeNull();
    expect(department('部门整体支出绩效自评报告\n\n青山县水利局始终坚持以人民为中心,全年预算数120万元。')).toBeNull();
  });
  it('names the unit a bracket after 我局 gives inside a sentence (现将我局(X)…)', () => {
    expect(department('2023年度部门整体支出绩效自评报告\n\n现将我局(青山县水利局)2023年度部门整体支出绩效自评情况报告如下。')).toBe(
      '青山县水利局',
    );
    // refused: a bracket of another kind than the self-reference, or no name
    expect(department('部门整体支出绩效自评报告\n\n现将我中心(青山县水利局)情况报告如下。')).toBeNull();
    expect(department('部门整体支出绩效自评报告\n\n现将我局(县水利局下属单位)情况报告如下。')).toBeNull();
  });
  it.each([
    ['是一所…', '一、部门基本情况\n\n青山县白云镇中心卫生院是一所乙级乡镇卫生院,始建于1951年。', '青山县白云镇中心卫生院'],
    ['为…事业单位', '(一)职能职责\n\n青山县白云小学为全额拨款事业单位。属于小学义务教育学校。', '青山县白云小学'],
    ['主要职责是…', '一、部门基本情况\n\n青山县档案馆主要职责是收集、保管档案。', '青山县档案馆'],
    // a budget's general sentence on the kind of body (人民法院是国家的审判机关) names no unit; the court with its place does
    ['the kind of body alone', '一、部门情况说明\n\n人民法院是国家的审判机关,依法独立行使审判权。', null],
    ['the kind of body with its place', '一、部门情况说明\n\n青山县人民法院是国家的审判机关,依法独立行使审判权。', '青山县人民法院'],
    ['属… (属 alone, as 属于)', '一、主要职责\n\n青山县白云镇育才学校属教育部门办的一所九年一贯制学校。', '青山县白云镇育才学校'],
    // refused as the verb: a name's own 直属 / 附属 (the name is not cut there)
    ['a name holding 直属', '一、主要职责\n\n青山县直属机关工作委员会是县委的派出机构。', '青山县直属机关工作委员会'],
    ['a name holding 附属', '一、单位概况\n\n青山医学院附属医院是一所三级综合医院。', '青山医学院附属医院'],
    [
      '主要有… (a project report opening on the unit’s kinds of spending)',
      '项目绩效自评报告\n\n一、项目基本情况\n\n(一)绩效目标情况\n\n  青山市农业农村局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为860万元。',
      '青山市农业农村局',
    ],
    ['a comma before the verb', '一、部门基本情况\n\n青山县审计局,是县人民政府工作部门。', '青山县审计局'],
    [
      "completes the title's short form",
      '白云区通惠街道社区卫生服务中心2023年决算公开说明\n\n一、单位基本情况\n\n青山市白云区通惠街道社区卫生服务中心创建于1959年,是一所综合性医疗机构。',
      '青山市白云区通惠街道社区卫生服务中心',
    ],
    [
      'the subject that carried out the evaluation',
      '2022年度部门整体支出绩效自评报告\n\n根据县财政局要求,青山县市场监督管理局对2022年度部门整体支出开展了绩效自评,现将有关情况报告如下:',
      '青山县市场监督管理局',
    ],
    [
      'the subject that self-evaluated a project (X对…经费开展了绩效自评)',
      '2023年度项目支出绩效自评报告\n\n青山县气象局对人工影响天气作业经费开展了绩效自评,现将自评情况报告如下:',
      '青山县气象局',
    ],
    [
      'the subject doing its own evaluation, verb first and 本部门 after it (X开展并完成了本部门…绩效自评工作)',
      '根据《青山旗财政局关于开展2023年度转移支付绩效自评工作的通知》要求,青山旗乌兰苏木人民政府开展并完成了本部门涉及转移支付预算执行情况绩效自评工作,结果综述如下:',
      '青山旗乌兰苏木人民政府',
    ],
    [
      'a body doing others’ evaluation (X组织开展了各单位…自评) names no 本部门: no subject',
      '根据市财政局要求,青山旗财政局组织开展了各预算单位转移支付绩效自评工作,结果综述如下:',
      null,
    ],
    [
      'a body checking others’ self-evaluations (对各预算单位开展的自评…抽查) is no subject of one',
      '2023年度项目支出绩效自评报告\n\n青山县财政局对各预算单位开展的自评结果进行了抽查复核。',
      null,
    ],
    [
      'a body over a list of units (对全县…开展了自评) is no subject of one',
      '2023年度项目支出绩效自评报告\n\n青山县财政局对全县项目支出开展了绩效自评。',
      null,
    ],
    [
      'the subject of the budget sentence after its year (2023年X全年预算数…)',
      '部门整体支出绩效自评报告\n一、基本情况\n本部门共有编制25人。2023年青山县水利局全年预算数300万元,全年执行数295万元。',
      '青山县水利局',
    ],
    [
      'a body allocating money to the unit, or a government’s budget, after a year is no subject of the unit’s budget',
      '部门整体支出绩效自评报告\n一、基本情况\n2023年,全县一般公共预算收入5000万元。2023年县财政局下达我局资金300万元。2023年县级预算收入100万元。',
      null,
    ],
    [
      'a body the unit describes by its relation to itself (X是本单位的主管部门) is no self-description',
      '2023年度部门整体支出绩效自评报告\n一、基本情况\n青山县人民政府是本单位的主管部门。我中心全年预算数100万元,执行数95万元。',
      null,
    ],
    ['作为… the kind of body it is', '一、部门基本情况\n\n青山县商务局作为县政府工作部门,主要负责全县商务工作。', '青山县商务局'],
    ['作为… another body’s role in a project is not the unit', '一、项目概况\n\n县财政局作为资金主管部门,负责资金监管。', null],
    [
      'a town describing its 基本职能 (X镇人民政府基本职能:…)',
      '一、基本职能及主要工作\n(一)职能简介\n青山县白云镇人民政府基本职能:贯彻党的路线、方针、政策,执行本级人民代表大会的决议。\n(二)2024年重点工作\n2024年政府工作的总体要求是稳中求进。',
      '青山县白云镇人民政府',
    ],
    [
      'refused: a sentence on the 基本职能 of a kind of body, not a named unit (乡镇人民政府基本职能…)',
      '一、基本职能及主要工作\n(一)职能简介\n各乡镇人民政府基本职能:贯彻党的路线、方针、政策。\n(二)2024年重点工作\n2024年政府工作的总体要求是稳中求进。',
      null,
    ],
    [
      '作为… a court’s kind (国家审判机关)',
      '一、部门情况说明\n(一)本部门性质、职责等情况\n青山市白云区人民法院作为国家审判机关,在本辖区内依法独立行使审判权。',
      '青山市白云区人民法院',
    ],
    [
      '作为… refused: a court named as the one supervising (作为上级审判机关的…) is another body',
      '一、部门情况说明\n青山市中级人民法院作为上级法院对本院审判工作进行监督。',
      null,
    ],
    // the mandate a description rests on may open its sentence
    [
      'a description after its mandate (根据“三定”方案,X局主要职责是…)',
      '部门整体支出绩效自评报告\n一、基本情况\n(一)部门职能\n根据“三定”方案,青山县退役军人事务局主要职责是:贯彻落实退役军人工作方针。',
      '青山县退役军人事务局',
    ],
    [
      'a description after its mandate (按照机构改革方案,X中心为…)',
      '部门整体支出绩效自评报告\n一、部门概况\n按照机构改革方案,青山县政务服务中心为县人民政府直属事业单位。',
      '青山县政务服务中心',
    ],
    [
      'refused: after a mandate, another body’s role in the project is not the unit',
      '一、项目概况\n\n根据资金管理办法规定,县财政局作为资金主管部门,负责资金监管。',
      null,
    ],
    [
      'refused: after a mandate, a body described by its relation to the unit',
      '一、基本情况\n\n按照机构改革方案,青山县人民政府是本单位的主管部门。',
      null,
    ],
    [
      'the name the report gives itself for short (以下简称“我局”)',
      '部门整体支出绩效自评报告\n\n根据县财政局要求,青山县审计局(以下简称“我局”)认真开展了自评工作。',
      '青山县审计局',
    ],
    [
      'a short name that is no self-reference abbreviates another body',
      '部门整体支出绩效自评报告\n\n根据青山县财政局(以下简称“县财政局”)要求开展了自评工作。',
      null,
    ],
    [
      'the self-reference naming itself (本部门为X)',
      '部门整体支出绩效自评报告\n一、部门基本情况\n本部门为青山县市场监督管理局,内设12个股室。',
      '青山县市场监督管理局',
    ],
    [
      'the self-reference with its name in brackets (我局(X))',
      '部门整体支出绩效自评报告\n一、部门基本情况\n我局(青山县市场监督管理局)内设12个股室。',
      '青山县市场监督管理局',
    ],
    [
      'the self-reference’s full name (我单位全称为X)',
      '部门整体支出绩效自评报告\n我单位全称为青山县公共资源交易中心,是县政府直属事业单位。2023年全年预算数300万元。',
      '青山县公共资源交易中心',
    ],
    [
      'a self-reference described by kind or by its body (本单位是X局下属事业单位), or of another kind (我局(X卫生院)), names none',
      '部门整体支出绩效自评报告\n一、基本情况\n本单位为全额拨款事业单位。本单位是青山县卫生健康局下属事业单位。我局(青山县卫生院)负责。',
      null,
    ],
    ['"我单位" names nothing', '一、基本情况\n\n我单位是全额拨款事业单位。', null],
    [
      'a part heading over the overview, before the publisher',
      '索引号 | abc/2020-01 | 发布机构 | 青山县白云街道办事处 |\n目录\n第一部分 青山县白云镇概况\n一、主要职能\n(一)主要职能\n1、执行上级决定。',
      '青山县白云镇',
    ],
    ['a part heading naming no unit', '第一部分 部门概况\n一、主要职能\n二、部门(单位)基本情况', null],
    [
      "a numbered item's label before the sentence, and the budget's (本级) after the name",
      '一、部门/单位基本情况\n(一)机构设置、职责\n1、机构设置:青山市白云区玉溪街道办事处(本级)下设5个内设机构:综合办公室、党群工作办公室。\n2、部门职责:玉溪街道办事处是白云区人民政府的派出机构。',
      '青山市白云区玉溪街道办事处',
    ],
    ['the same label numbered with a dot', '二、基本情况\n2.单位职责:青山县林业站是县林业局下属的公益一类事业单位。', '青山县林业站'],
    ['(本级) before a verb of being', '二、机构设置\n青山县审计局(本级)为县政府工作部门,内设4个股室。', '青山县审计局'],
    ['refused: a numbered item naming the body over the unit', '一、基本情况\n2、部门职责:青山县人民政府是本单位的上级主管部门。', null],
    [
      'a part heading with the kind of body before 概况, over a first sentence that drops the place',
      '目 录\n第一部分 单位概况\n第一部分 青山市白云区审计局单位概况\n一、部门职责\n白云区审计局系财政全额拨款的行政单位。',
      '青山市白云区审计局',
    ],
    ['the same with 部门概况', '第一部分 青山县林业站部门概况\n一、主要职能\n负责林木种苗管理。', '青山县林业站'],
    [
      'the same with the scope of the accounts a department sums over its units (部门(汇总))',
      '第一部分青山县林业局部门(汇总)概况\n一、部门职责\n负责全县林木种苗管理。',
      '青山县林业局',
    ],
    ['the same with the budget’s own level ((本级))', '第一部分 青山县林业局(本级)概况\n一、部门职责', '青山县林业局'],
    ['refused: the summed scope over the units below a body names none', '第一部分 青山县财政局所属单位(汇总)概况\n一、主要职能', null],
    [
      'the part heading run into the table of contents before it and the section after it (a copy that joined the lines)',
      '目录第一部分概况一、职能简介二、2024年重点工作第二部分 2024年单位预算表第四部分名词解释第一部分青山县人民医院概况一、职能简介 1.负责全县医疗服务。',
      '青山县人民医院',
    ],
    [
      'the same with its section numbered in brackets',
      '目录第一部分 部门概况第二部分 部门决算表第一部分 青山县林业局部门概况(一)部门职责 负责全县林木种苗管理。',
      '青山县林业局',
    ],
    [
      'refused: run on into words, not a section number, it is no heading',
      '目录第一部分青山县人民医院概况和发展历程简述 负责全县医疗服务。',
      null,
    ],
    [
      'refused: the same over the units below a body',
      '目录第一部分 部门概况第一部分 青山县财政局下属单位概况一、主要职能 负责全县财政管理。',
      null,
    ],
    [
      'the note under an empty final-accounts table naming the unit whose accounts it is (说明:X没有使用…,故本表无数据)',
      '第一部分 概况\n一、本部门职责\n(1)指导村民委员会的工作。\n第二部分 2023年度部门决算报表\n九、国有资本经营预算财政拨款支出决算表\n说明:青山县白云镇人民政府没有使用国有资本经营预算安排支出,故本表无数据。',
      '青山县白云镇人民政府',
    ],
    [
      'the same as a 注 with the year after the name',
      '第一部分 部门概况\n八、政府性基金预算财政拨款收入支出决算表\n注:青山县审计局2023年度无政府性基金预算财政拨款收入,也没有使用政府性基金预算财政拨款安排的支出,故本表为空表。',
      '青山县审计局',
    ],
    ['refused: the model text’s 本单位 names none', '第一部分 部门概况\n说明:本单位没有使用国有资本经营预算安排支出,故本表无数据。', null],
    ['refused: a place is no unit', '第一部分 部门概况\n说明:青山县2023年度没有使用国有资本经营预算安排支出,故本表无数据。', null],
    ['refused: a heading over the units below a body names none', '第一部分 青山县财政局下属单位概况\n一、主要职能', null],
    [
      'a 学区 opening its sentence under headings of no unit',
      '第一部分 部门概况\n一、部门职责\n(一)研究提出全学区教育改革和发展战略。\n二、机构设置\n青山县东城学区现有各级各类学校9所。',
      '青山县东城学区',
    ],
    [
      "a sentence putting a unit under its department's accounts (X纳入Y…年度部门决算) is no title",
      '第一部分单位概况\n一、基本职能\n(一)主要职能:负责林业调查。\n二、机构设置\n青山市林业调查中心为青山市林业局下属事业单位,核定事业编制12人。\n青山市林业调查中心纳入青山市林业局2021年度部门决算编制范围的二级预算单位。',
      '青山市林业调查中心',
    ],
    [
      'a sentence on what the accounts cover (无纳入X…部门决算编制范围) is no title beside the title naming the unit',
      '2022年度青山市第二幼儿园单位决算\n第一部分 单位概况\n二、机构设置\n青山市第二幼儿园下属二级单位0个。\n无纳入青山市第二幼儿园2022年度部门决算编制范围的二级预算单位。',
      '青山市第二幼儿园',
    ],
    [
      'refused: the scope sentence alone names no unit',
      '二、机构设置\n无纳入青山市第二幼儿园2022年度部门决算编制范围的二级预算单位。',
      null,
    ],
    [
      'a self-description after a section heading inside a page run into one line (a table of contents, then the body)',
      '目录 第一部分单位概况……1 一、基本职能……1 第二部分2021年度部门决算情况说明……2 一、职能简介 青山县城西(第二)小学是由青山县教育局主办的一所公办小学,主要职能为实施义务教育。',
      '青山县城西(第二)小学',
    ],
    [
      'refused: the heading inside a run-together page over the body above the unit',
      '目录 第一部分单位概况……1 一、基本职能……1 一、职能简介 青山县教育局是本校的主管部门,本校主要实施义务教育。',
      null,
    ],
    [
      "a title behind a portal's tag, the budget's level (本级) between the name and the year",
      '公告:青山市残疾人联合会本级2022年度部门决算\n第一部分 部门概况\n一、主要职责\n(一)听取残疾人意见。',
      '青山市残疾人联合会',
    ],
    ['refused: the level alone before the year names no unit', '公告:本级2022年度部门决算\n第一部分 部门概况\n一、主要职责', null],
    [
      'a title in a page a copy ran into one line: the name begins after the lost line break before it, not at the field value before',
      '索引号: abc-2024 - 时效性: 有效 青山州数据服务中心2024年度项目支出绩效单位自评报告 一、基本情况 2024年,青山州数据服务中心实施项目共5个。',
      '青山州数据服务中心',
    ],
    [
      "a title run on after a portal's fields left empty (文号, 浏览量), a .docx paragraph having dropped the breaks between them",
      '索引号 abc-2024-00056 发布机构白云县教育局公开目录绩效自评报告发布日期 2024-03-26 文号浏览量白云县第二小学2023年度项目支出绩效自评报告(课后服务经费)一、自评结论(一)自评得分 我校项目自评得分95分。',
      '白云县第二小学',
    ],
    [
      'the same with the space between the two empty fields kept',
      '索引号 abc-2024-00056 发布机构白云县教育局公开目录绩效自评报告发布日期 2024-03-26 文号 浏览量白云县第二小学2023年度项目支出绩效自评报告(课后服务经费)一、自评结论(一)自评得分 我校项目自评得分95分。',
      '白云县第二小学',
    ],
    [
      'refused: what follows the empty fields is no name',
      '索引号 abc-2024-00056 发布日期 2024-03-26 文号浏览量第二批次2023年度项目支出绩效自评报告(课后服务经费)一、自评结论(一)自评得分 我校项目自评得分95分。',
      null,
    ],
    [
      "a title run on after a portal's banner, menu, breadcrumb and metadata printed twice, all one .docx paragraph of some 450 characters",
      '中国政府网 | 青山市人民政府网 区政府 区人大 区政协 网站专栏 | 无障碍 | 登录 | 注册 网站支持IPv6 首页 政务公开 办事服务 互动交流 基层政务公开 您当前位置: 首页>青山市白云经济开发区>青山市白云经济开发区住房和城乡建设局>政务公开>法定主动公开内容>预算/决算>预算 ' +
        '[ 索引号 ] 11500000123456789X/2022-00031 [ 发文字号 ] [ 主题分类 ] 财政 [ 体裁分类 ] 资金分配 [ 发布机构 ] 青山县住建局 [ 发布日期 ] 2022-03-17 [ 成文日期 ] 2022-03-17 [ 有效性 ] [ 索引号 ] 11500000123456789X/2022-00031 [ 发文字号 ] [ 主题分类 ] 财政 [ 体裁分类 ] 资金分配 [ 发布机构 ] 青山县住建局 [ 发布日期 ] 2022-03-17 [ 成文日期 ] 2022-03-17 [ 有效性 ] ' +
        '青山市白云经济开发区住房和城乡建设局 2021年度项目资金绩效自评报告根据开发区财政局的通知要求,我局开展了项目绩效自评工作。一、基本情况',
      '青山市白云经济开发区住房和城乡建设局',
    ],
    [
      'the same with several lines of the page before the name in the run',
      '当前位置: 首页 > 公开领域 青山县林业局2022年度整体支出 绩效评价报告 详细信息 公开具体内容 青山县林业局2022年度整体支出 绩效评价报告 为检验预算编制的科学性,我局对2022年度预算绩效进行自我评价。',
      '青山县林业局',
    ],
    [
      "refused: a portal's banner run into its section's name (青山县人民政府 / 政府信息公开) is no title's unit",
      '青山县人民政府 政府信息公开 索引号:abc 发文机关: 青山县白云乡2023年度部门决算 目录 第一部分 部门概况 一、主要职能',
      '青山县白云乡',
    ],
    [
      'a name spaced inside by a PDF copy stays whole',
      '2023年度 青山县 审计局 部门决算 目录 第一部分 部门概况 一、主要职能',
      '青山县审计局',
    ],
    [
      "a title a copy ran into its page's metadata line, spaced off the publication date before it (the publisher is no unit then)",
      '您当前的位置: 首页> 政务公开> 法定主动公开内容> 预算/决算> 学校 [ 索引号 ] 115000001234567890/2020-01316 [ 发文字号 ] [ 主题分类 ] 财政 [ 体裁分类 ] 财政预算、决算 [ 发布机构 ] 青山新区管委会 [ 成文日期 ] 2020-07-06 [ 发布日期 ] 2020-07-06 育才实验学校2020年部门预算情况说明 一、单位基本情况 (一)职能职责:实施普通小学教育。',
      '育才实验学校',
    ],
    [
      'refused: a name glued to a table number before it may hold its words, and is not read',
      '您当前的位置: 首页> 政务公开> 法定主动公开内容> 预算/决算> 学校 [ 索引号 ] 115000001234567890/2020-01316 [ 发文字号 ] [ 主题分类 ] 财政 [ 体裁分类 ] 财政预算、决算 [ 成文日期 ] 2020-07-06 表3育才实验学校2020年部门预算情况说明 一、单位基本情况 (一)职能职责:实施普通小学教育。',
      null,
    ],
    [
      'a title with its year first, a piece of its own in a page a copy ran into one line (breadcrumb, title, index fields)',
      '首页 > 政府信息公开 > 预决算公开 > 部门决算 > 2023年 2023年度青山县白云乡卫生院部门决算 索引号 640522017/2024-00673 文号 生成日期 2024-11-13 所属机构 青山县卫生健康局 第一部分 单位概况 一、部门职责',
      '青山县白云乡卫生院',
    ],
    [
      'refused: the same words run into the text after them are no title piece',
      '首页 > 政府信息公开 > 预决算公开 > 部门决算 > 2023年 2023年度青山县白云乡卫生院部门决算编制范围包括本级 索引号 640522017/2024-00673 文号 生成日期 2024-11-13 第一部分 单位概况 一、部门职责',
      null,
    ],
    [
      'the same with its year in Chinese numerals, as a formal title writes it',
      '首页 > 政府信息公开 > 预决算公开 > 部门决算 > 2024年 二〇二三年度青山县白云乡卫生院部门决算 索引号 640522017/2024-00673 文号 生成日期 2024-11-13 第一部分 单位概况 一、部门职责',
      '青山县白云乡卫生院',
    ],
    [
      'refused: the same run into the text after it',
      '首页 > 政府信息公开 > 预决算公开 > 部门决算 > 2024年 二〇二三年度青山县白云乡卫生院部门决算编制范围包括本级 索引号 640522017/2024-00673 文号 生成日期 2024-11-13 第一部分 单位概况 一、部门职责',
      null,
    ],
    [
      'the same with 隶属于',
      '二、机构设置\n青山县水文站是青山县水利局下属事业单位。\n青山县水文站隶属于青山县水利局2022年度部门预算编制范围。',
      '青山县水文站',
    ],
    [
      "refused: a title run into a portal's tag and index still names its unit",
      '【财政预算】青山县白云镇人民政府 2020年部门预算情况说明 - 索引号:abc-2020',
      '青山县白云镇人民政府',
    ],
    ['由…负责实施 (a project report)', '一、项目基本情况\n\n城乡义务教育补助经费项目由青山县教育局负责实施。', '青山县教育局'],
    ['由…实施, no verb of charge (a project report)', '一、项目基本情况\n\n农村公路养护项目由青山县交通运输局实施。', '青山县交通运输局'],
    ['由…具体实施', '一、项目基本情况\n\n该项目由青山县水利局具体实施,县财政局负责资金监管。', '青山县水利局'],
    [
      'the unit signing the report at its end over the one a sentence says carries the project out (由…实施)',
      '一、项目基本情况\n\n该项目资金200万元下达给白云镇人民政府,由白云镇人民政府负责组织实施。\n\n二、公示\n\n公示期5天。\n\n青山县民族宗教事务局\n\n2018年5月8日',
      '青山县民族宗教事务局',
    ],
    ['项目实施单位为…', '一、基本情况\n\n本项目为“中小学校舍维修改造”,项目实施单位为青山市教育局。', '青山市教育局'],
    // a unit whose place is one character (泾县, 萧县) or that the text abbreviates, opening its line
    [
      'a unit opening its line, then the year and its accounts',
      '二、2021年“三公”经费支出预算情况说明\n\n沛县实验中学2021年一般公共预算“三公”经费支出预算为8.5万元,比2020年预算减少0.5万元。',
      '沛县实验中学',
    ],
    ['an abbreviated unit opening its line', '二、情况说明\n\n区农经站2022年一般公共预算“三公”经费支出预算为1.2万元。', '区农经站'],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department: a banner, a listing, a notice', () => {
  const body = '我局全年预算数120万元,执行数118万元。';
  it('reads no unit from a page’s links to its neighbours (上一篇 / 下一篇), which title other units’ reports', () => {
    const links = '上一篇:青山县林业局2023年度部门整体支出绩效自评报告\n下一篇:青山县民政局2023年度部门整体支出绩效自评报告';
    expect(department(`2023年度部门整体支出绩效自评报告\n\n${body}\n\n${links}`)).toBeNull();
    // the report's own signature above the links is its last line
    expect(department(`2023年度部门整体支出绩效自评报告\n\n${body}\n\n青山县水利局\n2024年3月1日\n\n${links}`)).toBe('青山县水利局');
    expect(department(`青山县水利局2023年度部门整体支出绩效自评报告\n\n${body}\n\n${links}`)).toBe('青山县水利局');
  });
  it('reads no unit from a portal’s banner over its section (青山区人民政府 / 政府信息公开) above a title that names none', () => {
    const title = '青山市青山区2022年度社会福利机构运行经费项目绩效评价报告';
    const report = (banner: string) =>
      `${banner}\n\n${title}\n\n项目主管部门:青山市青山区民政局\n\n一、项目基本情况\n\n项目预算合计为423.38万元。`;
    expect(department(report('青山区人民政府\n\n政府信息公开'))).toBe('青山市青山区民政局');
    expect(department(report('青山区人民政府\n\n网站首页'))).toBe('青山市青山区民政局');
    // refused: a unit's name over the title with no portal's section under it is the unit's own line
    expect(department(`青山区人民政府\n\n${title}\n\n一、项目基本情况\n\n项目预算合计为423.38万元。`)).toBe('青山区人民政府');
  });
  it('reads no unit from a portal’s footer (主办单位 / 承办单位, 版权所有): the site’s operators, not the report’s unit', () => {
    expect(
      department(`2023年度部门整体支出绩效自评报告\n\n${body}\n\n主办单位:青山县人民政府办公室\n承办单位:青山县大数据中心`),
    ).toBeNull();
    expect(
      department(`2023年度部门整体支出绩效自评报告\n\n我中心全年预算数120万元。\n\n版权所有:青山县人民政府\n青山县大数据中心`),
    ).toBeNull();
    expect(
      department(
        `2023年度部门整体支出绩效自评报告\n\n${body}\n\n青山县水利局\n2024年3月1日\n\n【打印本页】【关闭窗口】\n主办单位:青山县人民政府办公室  承办单位:青山县大数据中心\n黔ICP备12345678号`,
      ),
    ).toBe('青山县水利局');
    // refused: a line of the kind with the report still to come is no footer (the signature at the end is read)
    const rest = '一、我局全年预算数120万元,执行数118万元,预算执行率98.33%。\n\n'.repeat(30);
    expect(
      department(`2023年度部门整体支出绩效自评报告\n\n${body}\n\n主办单位:青山县人民政府办公室\n\n${rest}青山县水利局\n2024年3月1日`),
    ).toBe('青山县水利局');
  });
  it('reads no unit from a page’s list of related pages (相关文章, 热门推荐), above the report or under it', () => {
    expect(
      department(
        `相关文章\n青山县林业局2023年度部门整体支出绩效自评报告\n青山县审计局2023年度部门决算公开\n\n2023年度部门整体支出绩效自评报告\n\n${body}`,
      ),
    ).toBeNull();
    expect(
      department(
        `2023年度部门整体支出绩效自评报告\n\n${body}\n\n相关文章:\n· 青山县林业局2023年度部门整体支出绩效自评报告\n· 青山县民政局2023年度部门决算公开`,
      ),
    ).toBeNull();
    // a Markdown list a blank line under its heading, its items paragraphs of their own
    expect(
      department(
        `相关文章\n\n- 青山县林业局2023年度部门整体支出绩效自评报告\n- 青山县审计局2023年度部门决算公开\n\n2023年度部门整体支出绩效自评报告\n\n${body}`,
      ),
    ).toBeNull();
    // refused: the report's own title a blank line under the list is no item of it
    expect(
      department(`热门推荐\n1 青山县林业局2023年度部门整体支出绩效自评报告\n\n青山县水利局2023年度部门整体支出绩效自评报告\n${body}`),
    ).toBe('青山县水利局');
  });
  it.each([
    [
      'a notice’s list copied column by column (序号 … / 主管部门 over a unit a line): the column names no unit as the report’s',
      '关于2023年度项目支出绩效自评结果的通报\n\n序号\n1\n2\n主管部门\n青山县教育局\n青山县卫生健康局\n项目名称\n营养改善计划\n公共卫生服务项目\n资金量(万元)\n356.2\n812.45',
      null,
    ],
    [
      'refused: a form one cell a line, 主管部门 over its unit and the next field’s label: that unit',
      '项目支出绩效自评表\n\n主管部门\n青山县教育局\n项目名称\n营养改善计划\n年度资金总额\n356.2',
      '青山县教育局',
    ],
    [
      'a government speaking as 我市 under a title that opens with its place and names no unit',
      '青山市现代农业产业园项目2022年度绩效自评报告\n来源:某某网 日期:2023-03-06\n一、绩效目标分解下达情况\n2022年,中央财政下达我市专项资金3000万元,实际支付2700万元。',
      '青山市',
    ],
    [
      'the same in traditional characters, a county speaking as 我縣',
      '青山縣高標準農田建設項目2023年度績效自評報告\n一、基本情況\n2023年我縣共下達資金500萬元,實際支出480萬元。',
      '青山縣',
    ],
    [
      'refused: a unit speaking (我局) under the same title',
      '青山市现代农业产业园项目2022年度绩效自评报告\n一、基本情况\n2022年我局共下达资金3000万元。',
      null,
    ],
    [
      'refused: a place of another level than the text speaks as',
      '青山县现代农业产业园项目2022年度绩效自评报告\n一、基本情况\n2022年下达我市资金3000万元。',
      null,
    ],
    ['refused: no title, only 我市', '根据有关通知,现将我市2021年涉农资金统筹整合绩效自评报告如下:\n一、整体情况', null],
    [
      'a joint notice’s two issuers of one place, run together in its title and signature: the first, its lead issuer',
      '白云县财政局 白云县乡村振兴局关于下达试点示范资金的通知\n\n各有关乡(镇):\n\n现下达资金299.424万元。\n\n白云县财政局 白云县乡村振兴局\n\n2024年8月16日',
      '白云县财政局',
    ],
    [
      'two issuers of one place signed on one line under a notice (白云市财政局 白云市水利局), traditional characters: the first as written',
      '根據有關規定,現將水利發展資金分配情況公示如下:\n\n一、資金來源\n\n省級資金1227萬元\n\n白雲市財政局 白雲市水利局\n\n2020年5月7日',
      '白雲市財政局',
    ],
    [
      'refused: the same notice signed by one unit keeps that unit',
      '白云县财政局关于下达试点示范资金的通知\n\n各有关乡(镇):\n\n现下达资金299.424万元。\n\n白云县财政局\n\n2024年8月16日',
      '白云县财政局',
    ],
    [
      'refused: a unit whose name holds a second place (白云市白云区财政局) is one unit',
      '白云市白云区财政局2023年度部门整体支出绩效自评报告\n\n一、基本情况',
      '白云市白云区财政局',
    ],
    [
      'a site banner above a title that names its own unit is the publisher',
      '青山市白云区人民政府\n\n白云区审计局2024年度财政拨款“三公”经费支出决算情况\n\n来源:白云区审计局\n\n一、“三公”经费财政拨款支出决算总体情况说明',
      '白云区审计局',
    ],
    [
      'a title that puts its place and the year before the unit (青山县2023年度青山县民政局部门决算公开)',
      '# 青山县2023年度青山县民政局部门决算公开\n\n一、收入支出决算总体情况',
      '青山县民政局',
    ],
    [
      'the same in traditional characters, the unit named without its place',
      '青山縣2023年度文化館部門整體支出績效自評報告\n\n一、基本情況',
      '文化館',
    ],
    [
      'a budget as the finance bureau approved it (雷州市2018年龙门镇人民政府部门预算的批复): the unit whose budget it is',
      '雷州市2018年龙门镇人民政府部门预算的批复\n\n一、收入预算712.99万元。',
      '龙门镇人民政府',
    ],
    [
      'the approval titled with no unit: the unit it is sent to, alone on the line under it',
      '雷财预函[2018]35号\n\n雷州市2018年部门预算的批复\n\n龙门镇人民政府\n\n将你单位部门预算批复如下:\n\n一、收入预算712.99万元。',
      '龙门镇人民政府',
    ],
    [
      'refused: a place and a year with no unit after them (青山县2023年部门整体支出…) name none',
      '青山县2023年部门整体支出绩效自评报告\n\n一、基本情况',
      null,
    ],
    [
      'refused: a government’s own report after its place and year (青山市2023年度重点项目绩效评价报告) names no unit',
      '青山市2023年度重点项目绩效评价报告\n\n一、基本情况',
      null,
    ],
    [
      'a title that ends in 信息',
      '青山县中西医结合医院 2017年部门决算公开信息\n\n一、单位情况\n\n我院属二级甲等医院。',
      '青山县中西医结合医院',
    ],
    [
      'the units of a numbered listing are its items’; the title names the report’s',
      '青山县住房和城乡建设局2024年度专项债券项目资金绩效评价情况表\n\n| 序号 | 主管部门 | 项目单位 | 项目名称 | 评价得分 |\n|---|---|---|---|---|\n| 1 | 青山县住房和城乡建设局 | 青山县市政公用工程建设事务中心 | 青山县污水处理设施建设工程 | 87 |',
      '青山县住房和城乡建设局',
    ],
    [
      'a notice presenting its unit’s results (现将X2022年度…), under a title of no unit (地方政府 is none)',
      '根据有关文件要求,现将青山市教育基建中心2022年度专项债券项目资金绩效评价情况公示如下:\n\n2022年度地方政府专项债券项目资金绩效评价情况表',
      '青山市教育基建中心',
    ],
    [
      'a cover run into one paragraph, each year spaced off the words before it as a PDF copy draws it',
      '青山县民政局青山县 2022年度部门决算公开青山县民政局 2022年部门决算 2023年 8 月目录第一部分:单位概况一、主要职能二、部门决算单位构成',
      '青山县民政局',
    ],
    [
      'a notice presenting its unit’s results, the year spaced off the name as a PDF copy draws it',
      '根据有关文件要求,现将青山市教育基建中心 2022年度专项债券项目资金绩效评价情况公示如下: 2022年度地方政府专项债券项目资金绩效评价情况表',
      '青山市教育基建中心',
    ],
    [
      'a notice presenting its results with the year first (现将2022年X…项目绩效自评报告如下), the name run into the project’s',
      '为做好资金项目绩效管理工作,现将2022年青山县交通运输局财政衔接推进乡村振兴资金项目绩效自评总结报告如下:\n\n一、绩效目标分解下达情况',
      '青山县交通运输局',
    ],
    ['no unit after the year: 本单位 names none', '现将2023年度本单位项目绩效自评情况报告如下:\n\n一、项目概况', null],
    [
      'the subject of the accounts’ summary sentence (X部门2022年度收入、支出决算总计…), under a heading of no unit',
      '第二部分 2022年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n青山市残疾人联合会部门2022年度收入、支出决算总计412.30万元。与上年决算相比,收、支总计各增加20.10万元。',
      '青山市残疾人联合会',
    ],
    [
      'a notice publishing evaluation results is its issuer’s',
      '青山县林业局关于2024年度项目支出绩效评价结果的通报\n\n各股室、各林场:\n\n现将评价结果通报如下。',
      '青山县林业局',
    ],
    // (a finance body's notice publishes the results of others it evaluated: no unit of its own, see below)
    [
      'a finance bureau’s notice publishing evaluation results, titled with its name before 关于, is the bureau’s own (no unit evaluated)',
      '青山县财政局关于2024年度部门整体支出绩效评价结果的通报\n\n各预算单位:\n\n现将评价结果通报如下。',
      '青山县财政局',
    ],
    [
      'a notice ordering the work is a superior’s, no title of the report',
      '青山县财政局关于开展2024年度部门整体支出绩效自评工作的通知\n\n各预算单位:',
      null,
    ],
    // a third party's evaluation: the firm is the evaluator, never the reporting unit
    [
      'an evaluator’s title names the unit it evaluated after 关于',
      '白云正信会计师事务所关于青山县林业局2023年度部门整体支出绩效评价报告\n\n一、基本情况',
      '青山县林业局',
    ],
    [
      'an evaluator as the subject of the opening sentence names no unit',
      '部门整体支出绩效评价报告\n\n受青山县财政局委托,白云正信会计师事务所对2023年度青山县林业局部门整体支出进行了绩效评价。',
      null,
    ],
    [
      'an evaluator on the line under the title names no unit',
      '2023年度项目支出绩效评价报告\n\n白云正信工程造价咨询有限公司\n\n一、项目概况',
      null,
    ],
    [
      'an evaluator signing the report names no unit',
      '部门整体支出绩效评价报告\n\n一、基本情况\n\n二、评价结论\n\n白云正信税务师事务所\n2024年6月30日',
      null,
    ],
    [
      'a government’s own evaluation centre reporting its accounts is a unit',
      '青山市财政绩效评价中心2023年度部门决算\n\n第一部分 概况',
      '青山市财政绩效评价中心',
    ],
    [
      'the unit stating what its budget covers (X只有本级,没有其他预算单位), under a title of no unit',
      '2025年部门预算说明\n\n二、部门预算单位构成\n\n青山县下马渡镇人民政府只有本级,没有其他预算单位,因此本部门预算仅含本级预算。',
      '青山县下马渡镇人民政府',
    ],
    [
      'the same in traditional characters, 部门 after the name',
      '2025年部門預算說明\n\n二、部門預算單位構成\n\n青山縣民政局部門只有本級,沒有其他預算單位。',
      '青山縣民政局',
    ],
    [
      'refused: 本部门只有本级 names no unit, nor does a list of units (各乡镇只有本级)',
      '2025年部门预算说明\n\n二、部门预算单位构成\n\n本部门只有本级,没有其他预算单位。各乡镇只有本级,没有其他预算单位。',
      null,
    ],
    [
      'refused: a body that has only its own level of something else (只有本级预算的编制权) is not the unit’s coverage',
      '2025年部门预算说明\n\n根据规定,县财政局只有本级预算的编制权。',
      null,
    ],
    [
      'a news report on the unit’s own budget: the unit that published it (X在其官网公布的《…部门预算》)',
      '青山县图书馆今年预算1280万元\n\n日前,青山县图书馆在其官网公布的《2023年度部门预算》数据显示:2023年收支总预算1,280.50万元。',
      '青山县图书馆',
    ],
    [
      'the same in traditional characters after a news lead in brackets, the day between (X11日在其网站公布)',
      '【文匯網訊】審計署11日在其網站公佈:2010年因公出國(境)費、公務接待費的財政撥款決算數248.79萬元。',
      '審計署',
    ],
    [
      'refused: a finance bureau publishing every unit’s budget (在其网站公布了全县各部门…预算) is no reporting unit',
      '青山县财政局在其网站公布了全县各部门2023年度部门预算。',
      null,
    ],
    [
      'refused: a unit publishing something other than its accounts (在其官网公布了新的开放时间) is no report on them',
      '青山县图书馆在其官网公布了新的开放时间。',
      null,
    ],
    [
      'a body sentence that types the title’s place twice (青山县青山县水利局2023年度…) is no fuller name: the title’s',
      '青山县水利局2023年部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县青山县水利局2023年度部门预决算编报的单位共3个。',
      '青山县水利局',
    ],
    [
      'refused: a county the text puts before a town’s name (青山县 + 白云镇人民政府) still completes it',
      '白云镇人民政府2023年部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县白云镇人民政府2023年度部门预决算编报的单位共1个。',
      '青山县白云镇人民政府',
    ],
    [
      'a title’s abbreviated name (青山县发改局) spelled out in the text (青山县发展和改革局是…): the full name',
      '青山县发改局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n青山县发展和改革局是县政府工作部门。我局2023年度全年预算500万元。',
      '青山县发展和改革局',
    ],
    [
      'the same with the full name as the accounts’ subject, in traditional characters (人社局 / 人力资源和社会保障局)',
      '青山縣人社局2023年度部門決算\n\n一、基本情況\n\n本部門為青山縣人力資源和社會保障局,下設3個所。',
      '青山縣人力資源和社會保障局',
    ],
    [
      'refused: a longer name that merely goes on from the title’s (水利局 / 水利水电勘测局) is another unit',
      '青山县水利局2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n青山县水利水电勘测局是我局下属单位。我局2023年度全年预算500万元。',
      '青山县水利局',
    ],
    [
      'refused: a body of another level (发展和改革委员会 for 发改局) is no spelling out of the title’s',
      '青山县发改局2023年度部门整体支出绩效自评报告\n\n根据青山县发展和改革委员会要求,我局2023年度全年预算500万元。',
      '青山县发改局',
    ],
    [
      'refused: a sentence citing another document’s title (…会议审议批准《关于…预算草案的报告》,…) is no title: the approving body is not the unit',
      '2023年青山区财政收支决算草案\n\n青山区第五届人民代表大会第三次会议审议批准《关于青山区2023年预算执行情况和2024年预算草案的报告》,2023年青山区财政收支决算草案现已编制完成。具体情况报告如下:',
      null,
    ],
    [
      'the same in traditional characters, the government named by the page’s publisher field and its letter title',
      '- 發布機構:青山市青山區人民政府\n\n青山市青山區人民政府關於提請審議2023年青山區財政收支決算草案的議案\n\n來源:青山市青山區人民政府\n\n青山區第五屆人民代表大會第三次會議審議批準《關於青山區2023年預算執行情況和2024年預算草案的報告》,2023年青山區財政收支決算草案現已編制完成。',
      '青山市青山區人民政府',
    ],
    [
      'no unit before the year in the summary sentence: 本部门 names none',
      '一、收入支出决算总体情况说明\n\n本部门2022年度收入、支出决算总计412.30万元。',
      null,
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department from copies that ran the lines of a paragraph together (.docx and PDF renderings)', () => {
  it.each([
    [
      'a title run into the first section',
      '青山县幼儿园2017年度部门决算公开一、青山县幼儿园概况 (一)主要职能开展学前教育。',
      '青山县幼儿园',
    ],
    [
      'a name spaced from its title, after a metadata run',
      '[ 发布机构 ] | 青山区卫生健康委 | [ 有效性] | 青山市青山区古龙镇卫生院 2023年度决算公开说明一、部门基本情况 (一)职能职责本院属基层医疗机构。',
      '青山市青山区古龙镇卫生院',
    ],
    [
      'a section heading run into the opening sentence',
      '一、部门基本情况青山县三角镇中心卫生院是一所乙级乡镇卫生院,始建于1951年。',
      '青山县三角镇中心卫生院',
    ],
    [
      'the file of tables a budget page points to, its year without 年 (X 2024 预算公开表)',
      '目 录\n第一部分 部门概况\n第四部分 2024年部门预算表\n明细详见:青山市第二初级中学 2024 预算公开表\n第一部分 部门概况\n1、主要职责:宣传贯彻教育方针。',
      '青山市第二初级中学',
    ],
    ['the same run together, a final-accounts workbook', '目录\n/青山市中医医院2023决算报表.xls\n第一部分 单位概况', '青山市中医医院'],
    ["refused: a year without 年 before a column's header names no title", '目录\n青山县教育局 2024 预算数 300\n第一部分 单位概况', null],
    [
      'a heading that gives the year and the unit only, over the contents',
      '2023年度青山市白云区河东街道办事处\n目 录\n第一部分 部门概况\n一、主要职能、职责\n第二部分 部门决算情况说明',
      '青山市白云区河东街道办事处',
    ],
    ['the same spaced', '2022 年 青山县林业局\n\n目录\n\n第一部分 单位概况', '青山县林业局'],
    [
      'the same with its contents run on in one paragraph (目 录第一部分 …)',
      '2023 年度青山市白云区河东街道办事处目 录第一部分 部门概况一、主要职能、职责第一部分 部门概况一、主要职能、职责 (一)贯彻落实党的方针、政策,组织落实各项法律、法规。',
      '青山市白云区河东街道办事处',
    ],
    [
      'refused: a name run into words after 目录 that open no part or section (目录下设…) is no heading of its own',
      '2023 年度青山市白云区河东街道办事处目录下设三个科室',
      null,
    ],
    [
      'a heading run on after the part heading above it (单位概况一、职能简介X是…)',
      '目录第一部分单位概况一、职能简介二、重点工作完成情况第一部分 单位概况一、职能简介青山县白云镇小学校是一所公办小学校。其宗旨是实施小学义务教育。',
      '青山县白云镇小学校',
    ],
    [
      'refused: a section number run on after words that end no heading (工作要点一、职能简介X是…)',
      '本年工作要点一、职能简介青山县白云镇小学校是一所公办小学校。其宗旨是实施小学义务教育。',
      null,
    ],
    [
      "a title after the site's welcome on one line (…网站! 2022年度X部门决算公开), not the banner's short name",
      '欢迎访问青山公共资源交易中心网站! • 无障碍 • 长者模式欢迎访问青山公共资源交易中心网站! 2022年度青山市公共资源交易中心部门决算公开发布时间:2023-08-16\n\n目录\n\n第一部分 部门概况',
      '青山市公共资源交易中心',
    ],
    [
      "refused: the site's welcome alone on its line, the title naming no unit, still names the banner's body",
      '欢迎访问青山县政协网站! 首页 通知公告\n\n部门整体支出绩效评价报告\n\n一、部门基本情况',
      '青山县政协',
    ],
    [
      'a title run into the portal field after it (…部门决算公开发布时间:2023-08-16)',
      '2022年度青山县林业局部门决算公开发布时间:2023-08-16\n\n目录\n\n第一部分 部门概况\n\n一、主要职能',
      '青山县林业局',
    ],
    [
      'a title run into the portal’s date, time and publisher after it (…部门决算 2024-09-28 10:40 市林业局 [字号: ])',
      '2023年度青山省白云市林业局部门决算 2024-09-28 10:40 市林业局 [字号: ]\n\n目录\n\n第一部分部门概况',
      '青山省白云市林业局',
    ],
    [
      'refused: a line that ends as no title before the date (…召开会议 2024-09-28) is no title',
      '青山县林业局召开预算绩效管理工作会议 2024-09-28 10:40\n\n目录\n\n第一部分 部门概况\n\n一、主要职能',
      null,
    ],
    [
      'refused: a line that ends as no title before the field (…召开会议来源:) is no title',
      '青山县林业局召开预算绩效管理工作会议来源:2023-08-16\n\n目录\n\n第一部分 部门概况\n\n一、主要职能',
      null,
    ],
    [
      "a budget's heading (一)本部门性质、职责等情况 run into the unit's self-description",
      '第一部分 2023年部门预算情况说明一、部门情况说明 (一)本部门性质、职责等情况青山市白云区人民法院作为国家审判机关,在本辖区内依法独立行使审判权。 (二)机构设置情况',
      '青山市白云区人民法院',
    ],
    [
      'refused: 报告工作, a verb and its object on a line a PDF copy wrapped, ends no title (…大会及其常务委员会负责并报告工作。)',
      '第一部分 部门情况说明\n青山市白云区人民法院依法独立行使审判权,并对白云区人民代表\n大会及其常务委员会负责并报告工作。 (二)机构设置情况本院包括本级和综合事务中心',
      null,
    ],
    [
      'the signature after the 无 that answers the last heading, run on with its date',
      '关爱专项资金项目自评报告\n一、项目基本情况\n专项资金用于资助困难家庭学生。\n二、其他需说明的问题\n无\n中共青山市委办公室\n2019年5月8日'.replaceAll(
        '\n',
        '',
      ),
      '中共青山市委办公室',
    ],
    [
      'refused: a 无 inside a word (无障碍) before a name and a date opens no signature',
      '关爱专项资金项目自评报告一、项目基本情况专项资金用于无障碍设施青山县残联2019年5月8日',
      null,
    ],
    ['refused: a year and the kind of report name no unit', '2023年度部门决算\n目 录\n第一部分 部门概况', null],
    ['refused: a year and a place name no unit', '2023年度青山县\n目 录\n第一部分 部门概况', null],
    [
      "a page title with the site's name after it, over the publisher",
      '政府信息公开\n\n2022年度青山市白云中学校单位决算 -某某官方网站\n\n来源:青山市教育和体育局 发布时间:2023-08-25\n\n目录\n\n第一部分 单位概况\n\n一、单位职责\n\n学校主要职责是实施初高中学历教育。',
      '青山市白云中学校',
    ],
    ['the same after an underscore', '2023年度青山县林业站部门决算_某某文库\n\n目录\n\n第一部分 单位概况', '青山县林业站'],
    [
      "refused: a site's name after a title that names no unit is no unit",
      '2023年度部门决算 -青山县人民政府门户网站\n\n目录\n\n第一部分 部门概况',
      null,
    ],
    [
      'a title run into a metadata line',
      '政府信息公开【财政预算】青山市白云区花牛镇政府 2020年部门预算情况说明 - 索引号: 20230317-191607 - 主题分类: - 发布机构:',
      '青山市白云区花牛镇政府',
    ],
    [
      'a metadata value after a bullet',
      '• 索引号 • 79518791-2/2022-0713004 • 发布机构 • 青山市文化和旅游局 • 公开目录 • 自评报告',
      '青山市文化和旅游局',
    ],
    [
      'a cover’s date run into the name after it (…10 月青山县林业局 2023 年度决算…)',
      '2024 年 10 月 青山县林业局 2023 年度决算公开文本 二〇二四年十月 目录 第一部分单位概况 一、单位职责',
      '青山县林业局',
    ],
    [
      'a name beginning with 日 after no date keeps it',
      '日照市青山区林业局 2023 年度决算公开文本 目录 第一部分单位概况 一、单位职责',
      '日照市青山区林业局',
    ],
    [
      'a title after a whole date its field ran into, a copy that lost every line break (…2020-07-06青山两江新区星光学校2020年…)',
      '[ 发布机构 ] 青山区管委会[ 成文日期 ] 2020-07-06 [ 发布日期 ] 2020-07-06青山两江新区星光学校2020年部门预算情况说明一、单位基本情况',
      '青山两江新区星光学校',
    ],
    [
      'a title with its year first after a date its field ran into, run on into the first part (…2021-09-302020年度X部门决算第一部分…)',
      '政府信息公开 • 索引号: 1391467XR/2021-05202 • 发布时间: 2021-09-302020年度青山生产力促进中心部门决算第一部分 单位基本概况一、职能职责',
      '青山生产力促进中心',
    ],
    [
      'refused: a year-first title run into words that open no section is a sentence, no title',
      '发布时间: 2021-09-302020年度青山生产力促进中心部门决算审核工作顺利完成',
      null,
    ],
    [
      "a breadcrumb's last step run into a name the page writes again whole, where no line break is left to tell where it starts",
      '您当前的位置: 首页>政务公开>预算 > 区教委青山市白云区中峰小学 2023年部门预算情况说明一、单位基本情况(一)职能职责青山市白云区中峰小学为全额拨款事业单位。',
      '青山市白云区中峰小学',
    ],
    // a breadcrumb's last step run into the name: where the name begins is not guessed
    [
      'no name is cut out of a breadcrumb step run into it',
      '当前位置:首页 >> 政务公开 >> 公共文化青山市文化馆 2018年度整体支出绩效评价报告时间:2020-03-26',
      null,
    ],
    [
      'the same step run into a name whose place the page names again (its publisher): the name begins at that place',
      '当前位置:首页 >> 政务公开 >> 公共文化青山市文化馆2018年度整体支出绩效评价报告时间:2020-03-26 16:11 浏览次数: 信息来源: 青山市政府',
      '青山市文化馆',
    ],
    [
      'refused: the page names another place (青山市), not the one the name would begin at (白云县)',
      '当前位置:首页 >> 青山市 >> 公共文化白云县文化馆2018年度整体支出绩效评价报告时间:2020-03-26',
      null,
    ],
    [
      "a field's value run into the title after it, the title's place named again by the publisher (时效性: 有效青山州…)",
      '预算绩效管理 - 发布机构: 青山州卫生健康委员会 - 发布日期: 2024-03-20 - 时效性: 有效青山州白云县人民医院基本公共卫生服务项目2023年度绩效自评报告一、绩效目标完成情况分析 (一)资金投入情况。',
      '青山州白云县人民医院',
    ],
    [
      "a field's value that is the whole name keeps it",
      '发布机构: 青山市卫生健康委员会 - 名称: 青山市白云区人民医院2023年度绩效自评报告一、绩效目标完成情况分析',
      '青山市白云区人民医院',
    ],
    [
      'the speaker under the session run in between the occasion and the address (…会议上青山县财政局各位代表:)',
      '关于青山县2022年预算执行情况和2023年预算草案的报告 ——2022年12月18日在青山县第六届人民代表大会第二次会议上青山县财政局各位代表: 受县人民政府委托,现将预算草案提请审议。',
      '青山县财政局',
    ],
    [
      'refused: a name after the occasion that goes on in prose is no speaker',
      '关于青山县2022年预算执行情况和2023年预算草案的报告 ——2022年12月18日在青山县第六届人民代表大会第二次会议上青山县财政局作了说明,各位代表审议了草案。',
      null,
    ],
    [
      'refused: an address after the occasion with no name before it',
      '关于青山县2022年预算执行情况和2023年预算草案的报告 ——2022年12月18日在青山县第六届人民代表大会第二次会议上各位代表: 受县人民政府委托,现将预算草案提请审议。',
      null,
    ],
    [
      'a name on its own line under a metadata run that ends in a colon',
      '当前位置:部门 > 政务公开 • [ 发布机构 ] • 青山区教委 • 字体:【默认超大分享:\n\n青山市青山区荣隆镇初级中学\n\n2023年度部门决算公开报告',
      '青山市青山区荣隆镇初级中学',
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });

  it.each([
    [
      "a page's 正文 line run into the title, the unit named again where a name begins (its overview heading)",
      '正文青山市卫生健康委员会部门2024年度部门决算目 录第一部分 青山市卫生健康委员会概况一、部门主要职责',
      '青山市卫生健康委员会',
    ],
    [
      'a 时效性:有效 field run into the title, the unit named again by the opening sentence',
      '时效性有效白云县卫生健康综合监督执法局2024年度部门整体支出绩效自评报告为贯彻落实预算绩效管理要求,现将白云县卫生健康综合监督执法局2024年度部门整体支出情况报告如下:',
      '白云县卫生健康综合监督执法局',
    ],
    [
      'the same field run into a title whose name opens with the party before its place, the unit named alone above (a portal list a .docx or PDF copy ran into one paragraph)',
      '中国共产党青山市委员会机构编制委员会办公室\n\n发布日期2019-05-20\n\n时效性有效中国共产党青山市委员会机构编制委员会办公室整体支出绩效自评报告一、部门基本情况',
      '中国共产党青山市委员会机构编制委员会办公室',
    ],
    [
      'refused: the party before no place opens no name the lead could be cut to',
      '时效性有效中国共产党党员教育中心整体支出绩效自评报告\n\n中国共产党党员教育中心\n\n一、部门基本情况',
      '时效性有效中国共产党党员教育中心',
    ],
    [
      "a site's name run into the title",
      '青山县人民政府门户网站青山县林业局2023年度部门整体支出绩效自评报告一、部门基本情况我局负责全县林业资源保护。',
      '青山县林业局',
    ],
    [
      'refused: a province before the name is part of it, though the text names the unit without it',
      '2022年度\n\n湖南省青山市林业局部门决算\n\n第一部分 青山市林业局概况',
      '湖南省青山市林业局',
    ],
    [
      "refused: the party before its committee's department is part of the name",
      '中共青山县委宣传部2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n青山县委宣传部是县委主管宣传工作的职能部门。',
      '中共青山县委宣传部',
    ],
    [
      'refused: with the unit named nowhere else, a lead is not guessed off',
      '政务公开青山县林业局2023年度部门整体支出绩效自评报告一、部门基本情况我局负责全县林业资源保护。',
      '政务公开青山县林业局',
    ],
  ])('a line above run into the name: %s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });

  it.each([
    [
      "a publisher's field run into the title",
      '来源:青山县财政局青山县林业局2023年度部门整体支出绩效自评报告一、部门基本情况 (一)部门职能我局负责全县林业资源保护。',
      '青山县林业局',
    ],
    [
      "the same, the publisher's name read whole (青山县人民政府办公室, not 青山县人民政府)",
      '发布机构:青山县人民政府办公室青山县林业局2023年度部门整体支出绩效自评报告一、部门基本情况我局负责全县林业资源保护。',
      '青山县林业局',
    ],
    [
      "a portal's owner over the title, run into it",
      '青山县人民政府青山县林业局2023年度部门整体支出绩效自评报告一、部门基本情况我局负责全县林业资源保护。',
      '青山县林业局',
    ],
    ["refused: a publisher's field run into prose is no title", '来源:青山县财政局青山县林业局负责全县林业资源管理。', null],
    [
      'two bodies of one place run together that are no portal and its unit (a joint report): the first, its lead issuer',
      '青山县财政局青山县林业局关于2023年度部门整体支出绩效自评情况的报告一、基本情况',
      '青山县财政局',
    ],
  ])('a page furniture line run into the title: %s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });

  it.each([
    [
      "the signature and its date run on after the report's last sentence",
      '关心下一代专项资金项目自评报告一、项目基本情况用于资助困难学生。二、结果公开情况待市财政局审核后在门户网站公开。中共青山市委办公室 2018年6月5日',
      '中共青山市委办公室',
    ],
    [
      'refused: a date after the last sentence with no name before it signs nothing',
      '关心下一代专项资金项目自评报告一、项目基本情况用于资助困难学生。二、结果公开情况待审核后公开。截至 2018年6月5日',
      null,
    ],
    [
      "the speaker's body run in after an occasion set in brackets",
      '白云县2022年预算执行情况和2023年预算草案的报告 (2023年2月8日在县第十七届人民代表大会第二次会议上) 白云县财政局各位代表: 受县人民政府委托,现将预算执行情况提请审议。',
      '白云县财政局',
    ],
    [
      'refused: a name after the bracketed occasion that goes on in prose is no speaker',
      '白云县2022年预算执行情况和2023年预算草案的报告 (2023年2月8日在县第十七届人民代表大会第二次会议上) 白云县财政局负责编制全县预算。',
      null,
    ],
  ])('the end or the occasion run on: %s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });

  it("refused: a sentence's rest on the line a PDF copy wrapped it onto (…报告,请予以审议。) is no title", () => {
    const text =
      '青山区人民政府关于提请审议2023年决算草案的议案\n青山区人大常委会:\n2023年决算草案已编制完成,现委托区\n财政局向区人大常委会报告,请予以审议。';
    expect(department(text)).not.toBe('财政局向区人大常委会');
    // a title run into its text goes on with the text's words, not a comma
    expect(department('青山县林业局2023年度部门整体支出绩效自评报告全年预算数520.36万元,执行率95.73%。')).toBe('青山县林业局');
  });

  it('the same read from a .docx whose paragraph holds the breadcrumb, the title and the metadata as pandoc wrote it', async () => {
    const paragraph = [
      '当前位置:首页',
      ' ',
      '&gt;&gt; 政务公开 &gt;&gt; 公共文化青山市文化馆2018年度整体支出绩效评价报告时间:2020-03-26 16:11 浏览次数: 信息来源: 青山市政府',
    ]
      .map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`)
      .join('');
    const bytes = await docxOf(documentXml([paragraph, textRun('一、部门基本概况')]));
    expect(findDepartment(segmentsOf(await parseBytes(bytes, 'page.docx')))).toBe('青山市文化馆');
  });

  it("refused: two cells of a portal's pipe row (发布机构 | X局 | 公开目录 | …) are no title wrapped over two lines", async () => {
    // a PDF copy's text of a page whose fields and title ran into one paragraph, wrapped at the page's measure
    const text = [
      '索引号 | 01234567-X/20240101-00009 | 发布机构 | 青山县教育体育局 | 公开目录 | 部',
      '门预算 | 发布日期 | 2024-01-02 | 文号 | 浏览量 | 监督索引号 53000000000000000009',
      '青山县第二中学 2024 年预算公开目录第一部分 青山县第二中学 2024 年部门预算编制',
      '说明一、基本职能及主要工作二、预算单位基本情况第二部分 青山县第二中学 2024',
      '年部门预算表一、财务收支预算总表青山县第二中学 2024 年部门预算编制说明一、',
      '基本职能及主要工作 (一)部门主要职责在县教育体育局的指导下,负责本校教学、德',
      '育、教研、后勤、招生、学籍、财务和安全等各项管理工作,保障学校正常运转。(二)',
      '机构设置本学校为全额拨款事业单位,2024 年独立核算机构数 1 个,编制机构数 1 个。',
    ].join('\n');
    const doc = await parseBytes(new TextEncoder().encode(text), 'page.txt');
    expect(findDepartment(segmentsOf(doc))).toBe('青山县第二中学');
  });

  it("refused: a site's slogan line (…好文档尽在本站!) is no title, whatever report word its menu holds", () => {
    const text =
      '欢迎来到某某文库 - 分享文档的网站! | 帮助中心 好文档尽在本站! 某某文库 全部分类 • 研究报告> • 管理文献>\n2021 年 XX 单位 XX 项目绩效自评表.docx';
    expect(department(text)).toBeNull();
  });

  it('a name a page abbreviates to its level, spelled out after a year whose 年度 is no part of its place', () => {
    const text = [
      '网站支持 IPv6 当前位置:首页 预决算 > 2023 年度青山县农业农村局单位',
      '决算 2023 年度青山县农业农村局单位决算发布时间:2024-09-20 来源:县农业农村局',
      '点击量:483 [ 字体: ] 打印 分享:',
      '目录',
    ].join('\n');
    expect(department(text)).toBe('青山县农业农村局');
  });

  it("refused: a field's value run into a title is not cut at a place the page names nowhere else", () => {
    const text =
      '预算绩效管理 - 发布日期: 2024-03-20 - 时效性: 有效青山州白云县人民医院基本公共卫生服务项目2023年度绩效自评报告一、绩效目标完成情况分析';
    expect(department(text)).not.toBe('青山州白云县人民医院');
  });

  it('refused: a place named elsewhere only inside a longer one (白云山县) begins no name', () => {
    const text = '发布机构: 白云山县卫生健康委员会 - 时效性: 有效山县人民医院2023年度绩效自评报告一、绩效目标完成情况分析';
    expect(department(text)).not.toBe('山县人民医院');
  });
});

/**
 * A copy hard-wrapped at a fixed width, as a PDF's text or a mirror's page gives it: every line cut after `width`
 * characters, or at `width` display columns (a Chinese character two, a digit one) where `columns` is set.
 */
function hardWrapped(text: string, width: number, columns = false): string {
  const widthOf = (ch: string) => (columns && /[\u2e80-\uffef]/.test(ch) ? 2 : 1);
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      let w = 0;
      for (const ch of line) {
        if (w + widthOf(ch) > width && current) {
          out.push(current);
          current = '';
          w = 0;
        }
        current += ch;
        w += widthOf(ch);
      }
      return [...out, current];
    })
    .join('\n');
}

describe('department from a copy hard-wrapped at a fixed width, as from the text unwrapped', () => {
  const WIDTHS: [number, boolean][] = [30, 35, 40, 45, 50, 55, 60]
    .map((w) => [w, false] as [number, boolean])
    .concat([
      [60, true],
      [80, true],
      [100, true],
    ]);
  const OPENING =
    '(一)发放依据标准:按照《青山区2023年畜间布病防控工作实施方案》要求,青山区财政局下达我单位强制扑杀补助资金,单位以全区布病检测数据为准,对阳性羊按标准给予补贴,2023年共扑杀48只阳性羊,完成资金发放52300元。\n\n(二)整体绩效目标情况。补助资金发放事关广大农民群众切身利益和畜牧业健康发展,我单位高度重视,加强领导,明确职责,细化措施,注重宣传引导,确保资金及时足额发放到位。';
  it.each([
    [
      "a mirror's form run into one paragraph: the implementing unit's field cut at the line's end",
      '马铃薯种薯繁育示范推广项目绩效目标自评表(2022年度)项目总得分98分项目名称种薯繁育示范推广项目项目实施单位/项目负责人青山县农技中心/王五自治区主管部门农业农村厅专项实施期2022年3月-2022年11月市县财政部门青山县财政局市县主管部门青山县农业农村局资金情况(万元)年度资金总额全年预算数(A)200全年执行数(B)执行率(B/A)其中中央补助自治区补助200万元 180.50万元 90.25%年度总体目标一是通过政府招标采购方式采购原原种300万粒,免费向农户、种植大户、合作社和企业发放,完成原种繁育田600亩;二是企业自行采购原原种100万粒,建成原种基地200亩。',
      '青山县农技中心',
    ],
    [
      "a portal's source field cut at the line's end, over a title that names no unit",
      `日期:2024-05-30 15:24  来源:青山区动物疫病预防控制中心\n分享到:\n\n强制扑杀补助资金支付2023年度绩效自评报告\n\n一、基本情况\n\n${OPENING}`,
      '青山区动物疫病预防控制中心',
    ],
    [
      'a Markdown heading wrapped: its rest is the next paragraph, the party committee named first in the text',
      '# 青山市白云区人民政府河东街道办事处 2023 年部门整体支出绩效自评报告\n\n## 一、基本情况\n\n本部门 2023 年部门整体支出绩效自评包括青山市白云区人民政府河东街道办事处(本级)以及 2 个下属事业单位。\n\n中共青山市白云区河东街道工作委员会(以下简称河东街道党工委)是中共青山市白云区委的派出机关,青山市白云区人民政府河东街道办事处是青山市白云区人民政府的派出机关。',
      '青山市白云区人民政府河东街道办事处',
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
    for (const [width, columns] of WIDTHS)
      expect(department(hardWrapped(text, width, columns)), `${width}${columns ? ' columns' : ''}`).toBe(name);
  });

  // (the refusals are lines that merely happen to reach the measure of a copy wrapped throughout)
  const prose = hardWrapped(OPENING.replace('\n\n', ''), 34);
  it("refused: a site's menu that happens to reach the measure is not joined to the line under it", () => {
    const menu = '网站首页  走进青山  新闻中心  政务公开  办事服务  公众参与';
    expect(menu.length).toBe(34);
    const text = `${menu}\n2022年财政经费决算\n当前位置: 网站首页>>乡镇>>正文\n\n2022年度\n\n青山县白云镇人民政府部门决算\n\n${prose}`;
    expect(department(text)).toBe('青山县白云镇人民政府');
  });
  it('refused: a title that names its unit begins a line of its own after a line that reaches the measure', () => {
    // a page set at 80 columns, each printed line a paragraph of its own: the source line reaches the measure (79)
    const duties = [
      '(一)团结、教育全区妇女贯彻执行党的路线、方针、政策,教育、引导广大妇女增强自尊、自信、自立、自强精神,全面提高素质,促进妇女人才成长。',
      '(二)动员全区妇女积极投身改革,在社会主义物质文明和精神文明建设中发挥积极作用,维护妇女儿童合法权益,参与制定妇女儿童发展规划。',
      '(三)动员妇女参与国家和社会事务的民主管理、民主监督,促进妇女参政议政,代表妇女参与社会事务,协调和推动全社会为妇女儿童办实事。',
    ];
    const text = [
      '当前位置: 首页 / 政务公开 / 信息公开目录 / 财政资金 / 绩效评价 / 稿件页',
      '2022年度部门(单位)整体支出 绩效自评报告',
      '来源:白云区妇联 作者:白云区政府 发布时间:2023-12-04 访问量: 字体大小: 放大 缩小',
      '',
      ' 2022年度青山市白云区妇女联合会部门(单位)整体支出绩效自评报告',
      '',
      '一、部门(单位)基本情况',
      '',
      duties.join('\n\n'),
    ].join('\n');
    expect(department(hardWrapped(text, 80, true))).toBe('青山市白云区妇女联合会');
  });
  it("refused: a heading that is a unit's name alone is not the first line of the title under it", () => {
    const text = `# 青山县人民政府\n\n部门整体支出绩效自评报告(2023年度)\n\n一、基本情况\n\n我局主要负责全县审计监督工作,内设机构6个。${OPENING}`;
    expect(department(text)).not.toBe('青山县人民政府');
  });
});

describe('department from a PDF copy set at its page width (pdftotext)', () => {
  // a portal's fields run into one paragraph with the title under them, as a PDF sets it (invented)
  const prose = [
    '根据《青山市财政局关于开展 2023 年度市级部门整体支出和项目支出绩效自评工作',
    '的通知》文件要求，我局对 2023 年度中央财政衔接推进乡村振兴补助资金开展了自',
    '评，现将评价情况报告如下：',
  ];
  it('reads the name the margin cut between the fields and the title whole, as the text states it elsewhere', () => {
    const text = [
      '• 索引号 • 11520300-2-/2024-0612003 • 发布机构 • 青山市农业农村局 • 公开',
      '目录 • 自评报告 • 发布日期 • 2024-06-12 • 文号 • 浏览量 • 主题词青山市农业',
      '农村局关于 2023 年度中央财政衔接推进乡村振兴补助资金绩效自评报告',
      ...prose,
    ].join('\n');
    expect(department(text)).toBe('青山市农业农村局');
  });
  it('refused: the line above ends in words that make no name the text states with the title’s', () => {
    const text = [
      '• 索引号 • 11520300-2-/2024-0612003 • 发布机构 • 青山市人民政府 • 公开目录',
      '• 自评报告 • 发布日期 • 2024-06-12 • 文号 • 浏览量 • 主题词乡村振兴农业',
      '青山市农业农村局关于 2023 年度中央财政衔接推进乡村振兴资金绩效自评报告',
      ...prose,
    ].join('\n');
    expect(department(text)).toBe('青山市农业农村局');
  });
  it("reads a field's value the margin cut inside the unit's name, its rest run into the next cells as a title would read", () => {
    const text = [
      '1、项目支出绩效自评表(2021 年度) 项目名称乡村道路日常养护工作经费主管部门及代',
      '码 308001 青山县白云镇人民政府项目类别为经常性延续项目实施单位:青山县白云镇村',
      '镇建设管理服务中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10 分)',
      '执行率(B/A)得分得分计算方法年度资金总额:120.5 118.2 10 98.09% 9.8 执行率*该',
      '指标分值,最高不得超过分值上限。其中:本年一般公共预算拨款 120.5 118.2 其他资金',
      '年度总体目标通过规范全镇乡村道路日常养护工作经费的使用,明确专项资金使用目的。',
    ].join('\n');
    expect(department(text)).toBe('青山县白云镇村镇建设管理服务中心');
  });

  it("reads a title the page's metadata ran into, the margin cutting it inside a word, from the place the publisher names", () => {
    const text = [
      '绩效管理 - 索引号: 20240301-000123 - 发布机构: 青山州卫生健康委员会 - 发布日期: 2024-03-20 - 时效性: 有效青山州第三人民医院基本公共卫生服',
      '务项目州级补助资金 2023年度绩效自评报告一、绩效目标完成情况分析 (一)资金投',
      '入情况分析。1.项目资金到位情况分析。青财社发〔2023〕12 号文件下达青山州第',
      '三人民医院基本公共卫生服务项目州级补助资金 3.00 万元。财政资金已全部到位。',
      '2.项目资金执行情况分析。项目州级补助资金 3.00 万元,截至 2023 年 12 月 31 日,资',
      '金已使用 3.00 万元,结余 0 万元,资金执行率 100%。3.项目资金管理情况分析。医院',
    ].join('\n');
    expect(department(text)).toBe('青山州第三人民医院');
    // refused: with the place named nowhere else as a name's start, the value is not cut at a place (as on one line)
    const unplaced = text
      .replace('发布机构: 青山州卫生健康委员会', '发布机构: 卫生健康委员会')
      .replace('文件下达青山州第\n三人民医院', '文件下达本院\n');
    expect(department(unplaced)).not.toBe('青山州第三人民医院');
  });

  it("refused: a field's value that is a whole name ends its line, and the title under it names the unit", () => {
    const text = [
      '青山县人民政府门户网站 政务公开专栏 绩效评价信息 发布时间:2023-05-12 浏览次数:1024',
      '字体:大 中 小 打印本页 关闭窗口 分享到:微信 微博 发布机构:青山县白云镇人民政府',
      '青山县白云镇卫生院2022年度部门整体支出绩效自评报告',
      '一、基本情况 本院为全额拨款事业单位,主要承担全镇基本医疗和基本公共卫生服务工作,',
      '内设机构6个,年末在职人员42人。2022年度本院全年预算数为560.20万元,全年执行数为',
      '548.30万元,预算执行率为97.88%,各项工作有序开展,资金使用规范,绩效目标基本实现。',
    ].join('\n');
    expect(department(text)).toBe('青山县白云镇卫生院');
  });

  const STEP_RUN_INTO_TITLE = [
    '当前位置:首页 >> 政务公开 >> 重点领域 >> 文化体育 >> 公共文化青山市文化馆 2022',
    '年度整体支出绩效评价报告时间:2023-04-12 09:30 浏览次数: 信息来源: 青山市政府',
    '一、部门基本概况',
    '(一)主要职能:组织开展群众文艺演出、比赛、展览等文化艺术活动,辅导和培训基层文',
    '化站业务干部和业余文艺骨干,搜集、整理、保护非物质文化遗产,建立群众文化艺术档案。',
    '(二)预算执行情况:2022年度全年预算数为860.40万元,全年执行数为842.10万元,执行率',
    '为97.87%。各项工作有序开展,资金使用规范,年度绩效目标基本实现,群众满意度较高。',
  ].join('\n');
  it("reads a title run on into the first section after a breadcrumb's last step ran into it, from the place the page names again", () => {
    expect(department(STEP_RUN_INTO_TITLE)).toBe('青山市文化馆');
  });
  it('refused: with the place named nowhere else, the step and the name run together give none', () => {
    expect(department(STEP_RUN_INTO_TITLE.replace('信息来源: 青山市政府', '信息来源: 本站编辑部'))).toBeNull();
  });

  it("reads a speech's body run in after its occasion, the occasion's line joined across a year the margin cut", () => {
    expect(department(SPEECH_CUT_INSIDE_A_YEAR.join('\n'))).toBe('青山县财政局');
  });

  // a portal's title and fields run into the report's title and contents, one paragraph (invented)
  const CONTENTS = [
    '部门基本情况 第二部分 2023 年度部门决算表 一、收入支出决算表 二、收入决算表',
    '三、支出决算表 十五、2023 年度项目支出绩效自评表 第三部分 2023 年度部门决算',
    '情况说明 一、收入决算情况说明 第五部分 名词解释 第一部分 部门概况 一、主要职能',
    '(一)主要职能 1.贯彻执行党的路线、方针、政策和国家法律、法规及规章;贯彻执行县',
  ];
  const RUN_ON_TITLE_CUT = [
    '青山市白云县行政审批服务局 2023 年度部门决算 | 来源:白云县行政审批服务局 作者: 时',
    '间:2024-09-18 点击率:【 打印 】【 关闭 】 | 监督索引号 53012200643401000 青山',
    '市白云县行政审批服务局 2023 年度部门决算 目录 第一部分 部门概况 一、主要职能 二、',
    ...CONTENTS,
  ].join('\n');
  it("reads a run-on title's name whole when the margin carried its head to the line above, as the page's title states it", () => {
    expect(department(RUN_ON_TITLE_CUT)).toBe('青山市白云县行政审批服务局');
  });
  it('refused: a name stated nowhere else with the line above’s last words is not lengthened by them', () => {
    const unstated = RUN_ON_TITLE_CUT.replace('青山市白云县行政审批服务局 2023 年度部门决算 |', '白云县行政审批服务局 2023 年度部门决算 |');
    expect(department(unstated)).toBe('白云县行政审批服务局');
  });

  it("reads a field's value whose budget code the copy ran into the name (pdftotext dropped the code's dash at the margin)", () => {
    const form = (supervisor: string) =>
      `附件: 项目支出绩效自评表 (2022 年度) 项目名称 村级运转经费 主管部门 ${supervisor}\n\n年度资金总额 120 118`;
    expect(department(form('318青山县白云镇人民政府'))).toBe('青山县白云镇人民政府');
    // refused: a year before the name is no code (the year's 年 stays with it, and no name is read)
    expect(department(form('2023年度青山县白云镇人民政府'))).toBeNull();
  });

  const BANNER_OVER_PORTAL = [
    '青山县人民政府',
    '政府信息公开',
    '• 索引号:011122233/2024-00015 • 发文机关:',
    '青山州青山县白云乡 2023 年度部门决算',
    '发布时间:2024-08-21 浏览次数: 【字体:',
    '监督索引号 53293003200401000',
    '青山县白云乡 2023 年度部门决算',
    '目录',
  ];
  it("reads no name on from a site's banner, a unit's name alone, into the portal's words under it (one paragraph of a pdftotext copy)", () => {
    expect(department(BANNER_OVER_PORTAL.join('\n'))).toBe('青山州青山县白云乡');
  });
  // a notice whose signature and date run on after its last sentence, the margin cutting the date after its year (invented)
  const SIGNED_DATE_CUT = [
    '青山新区 2024 年财政拨款“三公”经费预算说明发布日期:2024-03-05 10:20 浏览次数:0 次字体:【大 中 小】青山新',
    '区 2024 年财政拨款安排“三公”经费共计 31.20 万元,其中:公务接待费预算 8.40 万元,',
    '公务用车运行维护费预算 22.80 万元。“三公”经费包括因公出国(境)费、公务接待费、',
    '公务用车购置及运行维护费。青山新区财政局 2024 年',
    '3 月 5 日',
  ];
  it("reads a signature run on after the last sentence whose date the margin cut after its year ('…局 2024 年' / '3 月 5 日')", () => {
    expect(department(SIGNED_DATE_CUT.join('\n'))).toBe('青山新区财政局');
  });
  it('refused: a line ending in a year over a line that is no date’s rest signs nothing', () => {
    const notDate = [...SIGNED_DATE_CUT.slice(0, 4), '3 月份起执行'];
    expect(department(notDate.join('\n'))).toBeNull();
  });
  // a whole notice one paragraph (a .docx whose lines ran together), its contact lines before the signature (invented)
  const NOTICE_RUN_ON = '现将项目实施情况公告如下:项目村群众满意度100%。特此公告。联系电话:0000-1234567';
  it.each([
    ['after a telephone number and its space', `${NOTICE_RUN_ON} 青山县农业农村局 2025年3月28日`, '青山县农业农村局'],
    [
      'after a field’s colon, the address’s unit run into the signer’s',
      '特此公告。通讯地址:青山县乡村振兴局青山县乡村振兴局 2024年3月4日',
      '青山县乡村振兴局',
    ],
    ['a bar the copy left after the date', `${NOTICE_RUN_ON} 青山县农业农村局 2025年3月28日 |`, '青山县农业农村局'],
    [
      'two issuers of one place run together: the first, the lead issuer',
      `${NOTICE_RUN_ON} 青山市财政局青山市水利局 2020年5月7日`,
      '青山市财政局',
    ],
    ['refused: no name between the number and the date', `${NOTICE_RUN_ON} 2025年3月28日`, null],
    ['refused: words that name no body before the date', `${NOTICE_RUN_ON} 项目完成时间 2025年3月28日`, null],
  ])('reads a signature run on at the end of a one-paragraph notice: %s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
  it('refused: a title wrapped inside its name still reads across the two lines', () => {
    expect(department(['青山县林业和草原', '局2023年度部门整体支出绩效自评报告', '一、基本情况'].join('\n'))).toBe('青山县林业和草原局');
  });
});

describe('department of a finance body’s notice of evaluation results', () => {
  const dept = (text: string) => findDepartment(segmentsOf(docOf(text)));
  it.each([
    [
      'the finance bureau signing the results it publishes is no unit evaluated',
      '2022年财政重点绩效评价结果公开\n\n发布日期:2023-10-12 文章来源:财政局\n\n2022年度重点评价涵盖农业、教育等领域,包括48个项目支出和2个部门整体支出,涉及金额21.3亿元。区财政局委托第三方机构实施,现将评价报告予以公开。\n\n附件:2022年财政重点绩效评价报告\n\n青山区财政局\n\n2023年10月12日',
      null,
    ],
    [
      'a notice titled 关于…评价结果的公示, signed by a provincial finance department',
      '关于2021年度省级部门整体支出绩效评价结果的公示\n\n按照工作安排,对12个省级部门开展了整体支出绩效评价,现将结果公示如下。\n\n某某省财政厅\n\n2022年8月3日',
      null,
    ],
    [
      'the finance bureau naming itself before 关于 in the title of the results it announces: its own notice',
      '青山区财政局关于2023年度重点项目绩效评价结果的公告\n\n我局组织对15个重点项目开展了绩效评价,现将评价结果公告如下。',
      '青山区财政局',
    ],
    [
      'a finance bureau’s circular to the units it asks to monitor their spending, signed at its end',
      '市各有关部门:\n\n根据青山市财政局《关于印发青山市市级部门预算绩效运行监控管理办法的通知》要求,请于三季度终了后15日内填报2023年度项目预算绩效运行监控表。\n\n青山市财政局\n\n2023年9月20日',
      null,
    ],
    [
      'a circular to 各预算单位 under its own title',
      '关于做好2023年度部门整体支出绩效自评工作的通知\n\n各预算单位:\n\n现就有关事项通知如下。\n\n白山县财政局\n\n2024年2月1日',
      null,
    ],
    [
      'a circular addressed to several groups of units (各区县财政局,市直各预算单位:), signed by the finance bureau',
      '各区县财政局,市直各预算单位:\n\n现将2023年度部门整体支出绩效自评结果予以公开。\n\n青山市财政局\n\n2024年6月20日',
      null,
    ],
    [
      'refused: a finance bureau’s own report addressed to one body (市人民政府:) keeps its name',
      '关于2023年度部门整体支出绩效自评情况的报告\n\n市人民政府,市人大常委会:\n\n现将我局2023年度部门整体支出绩效自评情况报告如下。\n\n青山市财政局\n\n2024年3月1日',
      '青山市财政局',
    ],
    [
      'a finance bureau publishing the county’s accounts (发布机构 over 县级各部门…决算), its text naming no 我局',
      '发布机构:青山县财政局 发布日期:2024-09-10\n\n青山县2023年度县级部门决算公开\n\n现将青山县县级各部门2023年度部门决算予以公开,公开部门包括县教育局等56个部门。',
      null,
    ],
    [
      'refused: a finance bureau publishing its own report, speaking as 我局, keeps its name',
      '发布机构:青山县财政局 发布日期:2024-03-10\n\n2023年度部门整体支出绩效自评报告\n\n一、基本情况\n我局全年预算数560万元,执行数550万元。',
      '青山县财政局',
    ],
    [
      'refused: a finance bureau’s evaluation of its own spending keeps its name',
      '白山县财政局2021年度机关整体支出绩效评价报告\n\n一、自评得分情况\n\n对白山县财政局2021年度机关整体支出开展了绩效评价,综合评分为95分。',
      '白山县财政局',
    ],
    [
      'refused: a unit publishing its own projects’ results keeps its name',
      '白山县水利局2022年度项目支出绩效评价结果公开\n\n现将我局2022年度项目支出绩效评价结果公开如下。\n\n白山县水利局\n\n2023年5月8日',
      '白山县水利局',
    ],
    [
      'a notice attaching several units’ reports (附件1: / 附件2: …), signed by the finance bureau that commissioned them',
      '为提高资金使用效益,我局委托第三方机构对2022年市级8个项目开展了绩效评价,现将报告公开。\n\n附件:\n附件1:青山市公安局2022年治安防控项目绩效评价报告.pdf\n附件2:2022年度青山市残疾人联合会部门整体支出绩效评价报告.pdf\n附件3:青山市卫生学校2022年校舍维修项目绩效评价报告.pdf\n\n青山市财政局\n\n2023年11月20日',
      null,
    ],
    [
      'refused: a page attaching its own report’s parts keeps the unit they all name',
      '现将我局2022年度部门决算公开如下。\n\n附件1:白山县林业局2022年度部门决算说明.pdf\n附件2:白山县林业局2022年度部门决算表.xls',
      '白山县林业局',
    ],
    [
      'the same list run into one paragraph (a .docx or PDF copy)',
      '我局委托第三方机构对2022年市级8个项目开展了绩效评价,现将报告公开。附件:附件1:青山市公安局2022年治安防控项目绩效评价报告.pdf 附件2:2022年度青山市残疾人联合会部门整体支出绩效评价报告.pdf 附件3:青山市卫生学校2022年校舍维修项目绩效评价报告.pdf 青山市财政局 2023年11月20日',
      null,
    ],
    [
      'refused: one unit’s parts run into one paragraph keep the unit',
      '现将我局2022年度部门决算公开如下。附件1:白山县林业局2022年度部门决算说明.pdf 附件2:白山县林业局2022年度部门决算表.xls',
      '白山县林业局',
    ],
    [
      'refused: a unit’s report addressed to the finance bureau keeps the unit that signs it',
      '关于2023年度项目支出绩效自评情况的报告\n\n县财政局:\n\n现将我局2023年度项目支出绩效自评情况报告如下。\n\n白山县林业局\n\n2024年3月1日',
      '白山县林业局',
    ],
  ])('%s', (_, text, expected) => {
    expect(dept(text)).toBe(expected);
  });
});

describe('department from the signature above the closing date', () => {
  const body = Array.from({ length: 40 }, (_, i) => `${i + 1}、开展业务工作第${i + 1}项,资金由办公室管理。`).join('\n\n');
  it.each([
    [
      'the name, then the date',
      `某某专项资金项目自评报告\n\n一、项目基本情况\n\n${body}\n\n青山县关心下一代工作委员会\n\n2018年6月5日`,
      '青山县关心下一代工作委员会',
    ],
    [
      'the name and the date on one line',
      `某某专项资金项目自评报告\n\n${body}\n\n青山县关心下一代工作委员会 2018年6月5日`,
      '青山县关心下一代工作委员会',
    ],
    // an official report is dated in Chinese numerals, a copied one often with dots or dashes
    [
      'the name, then a date in Chinese numerals',
      `某某专项资金项目自评报告\n\n${body}\n\n青山县审计局\n\n二〇二四年三月十五日`,
      '青山县审计局',
    ],
    ['the name, then a date with dots', `某某专项资金项目自评报告\n\n${body}\n\n青山县审计局\n\n2024.3.15`, '青山县审计局'],
    ['the name and a dashed date on one line', `某某专项资金项目自评报告\n\n${body}\n\n青山县审计局 2024-03-15`, '青山县审计局'],
    [
      'the name, its seal and the date on one line',
      `某某专项资金项目自评报告\n\n${body}\n\n青山县审计局(盖章) 2024年3月15日`,
      '青山县审计局',
    ],
    ['a seal with no name before the date names none', `某某专项资金项目自评报告\n\n${body}\n\n(盖章) 2024年3月15日`, null],
    // the seal's mark (印章, 公章) after the name on its own line above the date
    [
      'the name and its seal’s mark above the date',
      `某某专项资金项目自评报告\n\n${body}\n\n青山县水利局(印章)\n\n2024年3月1日`,
      '青山县水利局',
    ],
    ['a seal’s mark alone above the date names none', `某某专项资金项目自评报告\n\n${body}\n\n(印章)\n\n2024年3月1日`, null],
    // an amount under a line that ends a table is not a date, and the line above it is no signature
    ['an amount with a decimal point is no date', `某某专项资金项目自评报告\n\n${body}\n\n青山县审计局\n\n2024.35`, null],
    [
      'the signature before the attachments that follow it',
      `某某专项资金项目自评报告\n\n${body}\n\n青山县审计局\n\n2024年3月15日\n\n附件:项目支出绩效自评表\n\n| 项目名称 | 审计业务 |\n|---|---|\n| 全年预算数 | 20 |`,
      '青山县审计局',
    ],
    [
      'an attachment list above the signature leaves the signature at the end',
      `某某专项资金项目自评报告\n\n${body}\n\n附件:1.项目支出绩效自评表\n\n青山县审计局\n\n2024年3月15日`,
      '青山县审计局',
    ],
    // an attachment heading under no date follows the body, not a signature: the report's end is still searched
    [
      'an attachment heading under a line of the body',
      `某某专项资金项目自评报告\n\n${body}\n\n${body}\n\n青山县第一小学\n\n附件:项目支出绩效自评表\n\n| 项目名称 | 教学设备 |\n|---|---|\n| 全年预算数 | 20 |`,
      null,
    ],
    ['a date with no name above it names nothing', `某某专项资金项目自评报告\n\n${body}\n\n2018年6月5日`, null],
    ['a sentence above the date is no name', `某某专项资金项目自评报告\n\n${body}\n\n该项目资金由青山县财政局管理\n\n2018年6月5日`, null],
    ['the name alone on the last line, no date under it', `某某专项资金项目自评报告\n\n${body}\n\n青山县司法局`, '青山县司法局'],
    [
      'the 乡 of 乡村振兴 in a title ends no name; the signature names the unit',
      `关于2023年度衔接推进乡村振兴补助资金项目绩效自评报告\n\n${body}\n\n青山县乡村振兴局\n\n2024年2月20日`,
      '青山县乡村振兴局',
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department from page metadata, last', () => {
  it.each([
    [
      '发布机构 with spaces inside the name',
      '2019年度供水管网改造工程项目支出绩效评价报告\n\n发布日期: 2020.06.26 索引号: 0001\n发布机构: 水 利 局 文号:\n\n为贯彻预算绩效管理,现将自评报告汇报如下。',
      '水利局',
    ],
    [
      '来源 in traditional characters',
      '當前位置:首頁>公告公示\n日期:2024-05-30  來源:青山區動物疫病預防控制中心\n\n強制撲殺補助資金支付2023年度績效自評報告',
      '青山區動物疫病預防控制中心',
    ],
    [
      'an abbreviated publisher completed from the text',
      '2020年度绩效评价\n\n发布日期:2021-10-12 来源:市文化和广电旅游体育局\n\n项目全年预算数为1050万元。一是2020年,青山市文化和广电旅游体育局及其下属各单位开展了公共文化服务活动。',
      '青山市文化和广电旅游体育局',
    ],
    [
      'a name abbreviated to its level in a form whose field label ran into it (主管部门 市水务局): no place before it',
      '项目支出绩效自评表\n2022年度)\n项目名称 河道清淤\n主管部门 市水务局 实施单位 市水务局\n项目资金 年初预算数 全年预算数 全年执行数\n年度资金总额 80 80 76',
      '市水务局',
    ],
    [
      'the same form naming the place in its title completes it',
      '白河市水务局2022年度项目支出绩效自评表\n\n项目名称 河道清淤\n主管部门 市水务局 实施单位 市水务局\n项目资金 年初预算数 全年预算数 全年执行数\n年度资金总额 80 80 76',
      '白河市水务局',
    ],
    [
      'a publisher named short (发布机构 白管委) and whole (信息来源 区白湖风景区管委会): the whole name',
      '索 引 号 B001/2024-00012 成文日期 2024-06-20\n发布机构 白管委 主题分类 政务公开\n\n2023年度新增专项债券项目绩效评价情况\n\n发布日期:2024-06-20 信息来源:区白湖风景区管委会\n\n我单位2023年新增专项债券项目1个,自评分数95。',
      '区白湖风景区管委会',
    ],
    [
      'refused: two publishers that are two units (白管委, 区白湖风景区管理局) keep the first stated',
      '索 引 号 B001/2024-00012 成文日期 2024-06-20\n发布机构 白管委 主题分类 政务公开\n\n2023年度新增专项债券项目绩效评价情况\n\n发布日期:2024-06-20 信息来源:区白湖风景区管理局\n\n我单位2023年新增专项债券项目1个,自评分数95。',
      '白管委',
    ],
    ['a site banner', '欢迎来到青山县政协网站!\n您现在的位置: 首页 > 通知公告\n\n部门整体支出绩效评价报告', '青山县政协'],
    [
      'the title wins over the portal owner',
      '[ 发布机构 ] | 青山区教委 |\n青山县白云中学2020年度部门决算情况说明\n一、部门基本情况',
      '青山县白云中学',
    ],
    [
      "a publisher the report's 我局 contradicts",
      '2023年青山县仓储基地建设项目绩效自评报告\n来源: 扶贫办 时间: 2023-12-26\n\n2023年县财政共下达我局财政衔接资金8010万元。',
      null,
    ],
    [
      'a publisher the report names as the issuer of the notice it answers is another body',
      '索引号:000014349/2024-12345\n发布机构:青山县财政局\n标题:2023年度部门整体支出绩效自评报告\n\n根据青山县财政局《关于开展2023年度部门整体支出绩效自评工作的通知》要求,我局对2023年度部门整体支出开展了绩效自评。',
      null,
    ],
    [
      'the same issuer shortened to its level (县财政局关于…)',
      '发布机构:青山县财政局\n2023年度部门整体支出绩效自评报告\n按照县财政局关于开展绩效自评工作的要求,我局开展了自评。',
      null,
    ],
    [
      'a publisher the report is addressed to is another body',
      '来源:青山县财政局\n2023年度部门整体支出绩效自评报告\n\n县财政局:\n\n现将我局2023年度部门整体支出绩效自评情况报告如下。',
      null,
    ],
    [
      'a notice of another level (市财政局) leaves the publisher the unit',
      '发布机构:青山县财政局\n2023年度部门整体支出绩效自评报告\n根据市财政局《关于开展2023年度绩效自评工作的通知》要求,我局开展了自评。',
      '青山县财政局',
    ],
    [
      'a portal’s banner over a title of no unit, contradicted by the report’s 我局: the publisher that agrees',
      '当前位置:首页 > 信息公开 > 预决算公开\n青山县人民政府\n2023年度部门整体支出绩效自评报告\n时间:2024-03-12  来源:青山县林业局\n我局2023年全年预算数300万元,执行数290万元。',
      '青山县林业局',
    ],
    [
      'a name over a title of no unit that the report’s 我局 contradicts, with nothing else, names none',
      '青山县人民政府\n2023年度部门整体支出绩效自评报告\n我局2023年全年预算数300万元,执行数290万元。',
      null,
    ],
    [
      'a website named as the source',
      '青山市现代农业产业园项目2022年度绩效自评报告\n来源:高新院 achie.org 日期:2023-03-06\n\n一、绩效目标',
      null,
    ],
    [
      'a county government’s office publishing accounts that never name their unit is the portal, not the unit',
      '发布机构:青山县人民政府办公室 发布日期:2024-09-10\n\n第一部分 部门概况\n一、部门职责\n负责全县国土资源管理。\n第二部分 2023年度部门决算情况说明\n2023年度收入合计100万元。',
      null,
    ],
    [
      'the site’s 融媒体中心 as the source',
      '来源:青山县融媒体中心 发布时间:2024-09-10\n\n2023年度部门决算\n一、部门职责\n负责全县水利管理。\n2023年度收入合计100万元。',
      null,
    ],
    [
      'a county government’s portal banner over a report that names no unit',
      '欢迎访问青山县人民政府门户网站\n\n2023年度部门决算\n一、部门职责\n负责全县国土资源管理。\n2023年度收入合计100万元。',
      null,
    ],
    [
      'refused: a township government publishes its own accounts on its own pages',
      '来源:青山县白云镇人民政府 发布时间:2024-09-10\n\n2023年度部门决算\n一、部门职责\n负责全镇经济社会管理。\n2023年度收入合计100万元。',
      '青山县白云镇人民政府',
    ],
    [
      'refused: a government office whose report speaks as it (我办) keeps its name',
      '来源:青山县人民政府办公室 发布时间:2024-09-10\n\n2023年度部门整体支出绩效自评报告\n一、基本情况\n我办全年预算数100万元,执行数95万元。',
      '青山县人民政府办公室',
    ],
    [
      'refused: a county government’s office its own text names beyond the page’s furniture keeps its name',
      '发布机构:青山县人民政府办公室\n\n青山县人民政府办公室关于2023年度部门决算的说明\n\n一、部门职责\n负责全县政务运转。',
      '青山县人民政府办公室',
    ],
    [
      'a school’s accounts naming it by its kind (学校主要职责) under its supervisor’s 来源: not the supervisor',
      '来源:青山县教育局 发布时间:2024-08-01\n\n2023年度单位决算\n第一部分 单位概况\n一、主要职责\n学校主要职责是实施初中教育。',
      null,
    ],
    [
      'a health centre’s the same (卫生院的主要职能)',
      '来源:青山县卫生健康局\n\n2023年度单位决算公开\n一、基本情况\n卫生院的主要职能是提供基本医疗服务。',
      null,
    ],
    [
      'refused: a school as its own 来源, the same text, keeps its name',
      '来源:青山县第一中学 发布时间:2024-08-01\n\n2023年度单位决算\n第一部分 单位概况\n一、主要职责\n学校主要职责是实施初中教育。',
      '青山县第一中学',
    ],
    [
      'refused: a bureau whose duties speak of schools (指导学校主要职责的落实) is no school',
      '来源:青山县教育局 发布时间:2024-08-01\n\n2023年度部门决算\n第一部分 部门概况\n一、主要职责\n负责全县学校的管理,指导学校主要职责的落实。',
      '青山县教育局',
    ],
    [
      'refused: a bureau as the source of a report that names no unit stays the unit',
      '来源:青山县水利局 发布时间:2024-09-10\n\n2023年度部门决算\n一、部门职责\n负责全县水利管理。\n2023年度收入合计100万元。',
      '青山县水利局',
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department: words that are not fields', () => {
  it.each([
    [
      'a label inside prose',
      '二、评价方法\n\n项目单位应对项目实施后所取得的绩效进行深入调查研究,对于受益对象可通过问卷、走访等形式进行调查。',
    ],
    ['a unit of measure after 填报单位', '附件3: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元 财政供养人员情况 编制数'],
    ['a division, cells run together', '1、部门整体绩效自评表主管部门财政处室自评总分(分)97.6部门联系人张三联系电话'],
    ['资金来源 is not a source of the page', '项目资金 | 资 金 来 源 | 年初预算数(A) |\n年度资金总额 | 100 |'],
    [
      'a portal’s menu line of kinds of units (乡镇街道部门单位) right above a notice’s title',
      '青山县人民政府\n\n政策\n\n政府信息公开指南\n\n依申请公开\n\n乡镇街道部门单位\n\n重点领域公开\n\n关于2020年第三批财政专项扶贫资金计划公示\n\n时间:2020-06-21   作者:青山县扶贫开发办公室 点击数:\n\n下达我县第三批财政专项扶贫资金共计917万元。',
    ],
    [
      'a cover form’s yes/no fields run together after a 预算单位 value',
      '封面 单位预算级次 二级预算单位 单位经费保障方式 全额 是否编制部门预算 是 是否编制政府财务报告 是 财政区划代码 略',
    ],
  ])('%s', (_, text) => {
    expect(department(text)).toBeNull();
  });

  it('reads the title after a listing page’s publication date (2022-03-15 X局…自评报告), the date giving no year', () => {
    const text = '2022-03-15 青山县民政局部门整体支出绩效自评报告\n一、基本情况\n全年预算数300万元,执行数295万元。';
    expect(department(text)).toBe('青山县民政局');
    expect(year(text)).toBeNull();
  });

  it('reads the unit from a title that reports a fund’s use (…资金的使用情况)', () => {
    const text = '首页 信息公开 政务服务\n\n青山县民政局2023年县级福彩公益金的使用情况\n\n一、公益金分解下达情况';
    expect(department(text)).toBe('青山县民政局');
  });

  it('reads the issuer from a notice of a fund’s use (X关于…使用情况的公告); a notice that orders work names none', () => {
    const text = '青山县民政局关于2023年度福彩公益金使用情况的公告\n\n2023年度我区福彩公益金共计100万元,现将使用情况公告如下。';
    expect(department(text)).toBe('青山县民政局');
    expect(department(text.replace('使用情况的公告', '使用情况的公示'))).toBe('青山县民政局');
    expect(department('青山县民政局关于开展2023年度福彩公益金使用检查的通知\n\n各乡镇:现将有关事项通知如下。')).toBeNull();
  });

  // (a .docx whose lines ran together: the notice's title, then its date field and its addressee, one paragraph)
  it.each([
    [
      'its title run on into its date field',
      '青山县财政局关于下达2021年临时救助资金的通知日期:2021-02-03 各街道办事处: 现将资金下达给你们。',
      '青山县财政局',
    ],
    [
      'two issuers of one place run together, the first the lead',
      '青山县财政局青山县民政局关于下达2021年临时救助资金(第一批)的通知日期:2021-02-03 各街道办事处: 现将资金下达给你们。',
      '青山县财政局',
    ],
    [
      'its document number before it',
      '青财办教发〔2020〕58号青山县财政局关于下达专项经费预算的通知县文旅局: 现下达你单位资金。',
      '青山县财政局',
    ],
    [
      'refused: a notice that orders work, run on as well',
      '青山县财政局关于开展2024年度绩效自评工作的通知各预算单位: 现将有关事项通知如下。',
      null,
    ],
  ])('reads the issuer of a notice handing out money whose title ran on into the text: %s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });

  it('reads the unit from a use notice titled with no 的 (…项目资金使用情况公示) over the page’s source line', () => {
    const text =
      '来源: 青山县卫健委 发布时间: 2024-10-14\n\n青山县中医院医养结合项目资金使用情况公示\n\n1、项目名称:青山县中医院医养结合项目';
    expect(department(text)).toBe('青山县中医院');
  });

  it('names no unit from words that speak as the place (现将以上二宗工程列入我镇2015年度…)', () => {
    const text = '现将以上二宗工程列入我镇2015年度村级公益事业建设一事一议财政奖补项目,并向贵局报审。';
    expect(department(text)).toBeNull();
  });

  it('a form attached far below the title does not override it', () => {
    const filler = Array.from({ length: 90 }, (_, i) => `${i + 1}、开展业务工作第${i + 1}项。`).join('\n\n');
    const text = `青山县教育局2023年度部门整体支出绩效自评报告\n\n${filler}\n\n附件:项目支出绩效自评表\n\n实施单位 | 青山县第一小学 |`;
    expect(department(text)).toBe('青山县教育局');
    expect(department(`${filler}\n\n项目支出绩效自评表\n\n实施单位 | 青山县第一小学 |`)).toBe('青山县第一小学');
  });

  it('ranks every candidate it saw', () => {
    const c = departmentCandidates(segments('发布机构: 青山区教委\n\n青山县白云中学2020年度部门决算情况说明\n\n实施单位:青山县白云中学'));
    expect(c.map((x) => [x.rank, x.rule, x.orig]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [2, 'field.implementing', '青山县白云中学'],
      [3, 'title', '青山县白云中学'],
      [6, 'field.publisher', '青山区教委'],
    ]);
  });
});

describe('year', () => {
  it.each([
    ['a report title', '青山县司法局2023年部门整体支出绩效自评报告\n\n一、基本情况\n\n较2022年度决算数减少10万元。', 2023],
    ['a form title in parentheses', '1、项目支出绩效自评表(2016年度) 项目名称道路保洁经费', 2016],
    ['a target declaration title', '| 部门预算项目绩效目标申报表(2023年度) | |\n|---|---|\n| 金额单位:元 | |', 2023],
    ['a table-title cell of its own', '就业补助资金绩效自评表 | | |\n(2024年度) | | |\n转移支付(项目)名称 | 就业补助资金 |', 2024],
    ['a report title with the year after it', '青山县审计局部门整体支出绩效自评报告(2023年度)\n\n一、基本情况', 2023],
    // a whole year's period whose end does not repeat the year, under the title or in a field
    [
      'a period under the title (2023年1月—12月)',
      '青山县水利局部门整体支出绩效自评报告\n(2023年1月—12月)\n\n我局全年预算数120万元。',
      2023,
    ],
    [
      'a period field (评价期间:2023年1月至12月)',
      '青山县水利局部门整体支出绩效自评报告\n\n评价期间:2023年1月至12月\n我局全年预算数120万元。',
      2023,
    ],
    [
      'refused: half a year’s period is no year’s (2023年1月—6月)',
      '青山县水利局部门整体支出绩效自评报告\n(2023年1月—6月)\n\n我局全年预算数120万元。',
      null,
    ],
    [
      'a title dated by its filing year over a text that evaluates the year before and states its spending',
      '青山县审计局2024年绩效自评报告\n\n根据县财政局通知要求,我局对2023年度部门整体支出开展了绩效自评。\n一、基本情况\n2023年全年预算数300万元,执行数290万元,执行率96.67%。\n2024年我局将继续加强预算管理。',
      2023,
    ],
    [
      'the same with 进行了自评 and the money spent as 实际支出',
      '青山县林业站2025年项目支出绩效自评报告\n\n我站对2024年度森林防火项目进行了自评。2024年项目预算50万元,实际支出48万元。',
      2024,
    ],
    [
      'refused: a title whose year the text spends in keeps it, whatever evaluation of the year before it cites',
      '青山县审计局2024年绩效自评报告\n\n我局对2023年度项目开展了绩效评价,结果应用于预算编制。\n2024年全年预算数300万元,执行数290万元。',
      2024,
    ],
    [
      'a notice of results whose title dates its campaign, its projects picked from the year before (选取2022年度…开展重点绩效评价)',
      '青山县财政局关于2023年全区绩效评价结果情况的通报\n\n按照年度计划,重点选取2022年度15个重点项目以及覆盖面较广、群众关注度较高、影响较大的民生项目开展重点绩效评价,涉及财政资金3200万元。现将结果通报如下:',
      2022,
    ],
    [
      'a title dated by its filing year over an evaluation of the year before, with no spending stated in either year',
      '青山县财政局关于2024年财政支出绩效评价结果的通报\n\n各预算部门对2023年度使用财政资金安排的各类项目支出开展了绩效自评,现将结果通报如下:',
      2023,
    ],
    [
      'refused: a plan to evaluate names no year evaluated',
      '青山县审计局2024年绩效自评报告\n\n2024年全年预算数300万元,执行数290万元。下一步,我局将对2023年度结转项目开展评价。2023年预算执行数280万元。2023年执行数…',
      2024,
    ],
    [
      'a letter-spaced title (a PDF’s centred heading)',
      '青 山 县 财 政 局\n2 0 2 3 年 度 部 门 整 体 支 出 绩 效 自 评 报 告\n\n一、基本情况',
      2023,
    ],
    [
      'a filing year in the title, the year reported in brackets after it',
      '青山县审计局2024年部门整体支出绩效自评报告(2023年度)\n\n一、基本情况',
      2023,
    ],
    [
      'a filing year in the title, the year evaluated said in words in brackets (对2023年度…)',
      '2024年绩效自评报告(对2023年度部门整体支出)\n青山县司法局\n一、基本情况',
      2023,
    ],
    [
      'a filing year in the title, the year evaluated in brackets with the kind of spending after it',
      '青山县交通运输局2024年度绩效自评报告(2023年度部门整体支出)\n一、收支情况',
      2023,
    ],
    [
      'a filing year in the title, the year field in brackets on the next line',
      '青山县文化广电旅游局\n2024年部门整体支出绩效自评报告\n(评价年度:2023年)\n一、收支情况',
      2023,
    ],
    [
      'a date in brackets after the title is when it was written, not the year evaluated',
      '青山县司法局2023年部门整体支出绩效自评报告(2024年3月)\n一、基本情况',
      2023,
    ],
    [
      'a range in brackets after the title names no one year',
      '青山县司法局2024年部门整体支出绩效自评报告(2021-2023年)\n一、基本情况',
      2024,
    ],
    ['a title’s year in Chinese numerals (二〇二三年度)', '青山县审计局二〇二三年度部门整体支出绩效自评报告\n\n一、基本情况', 2023],
    [
      'a procurement intention’s title, the months it covers after its year',
      '青山县教育局2024年1月至3月政府采购意向\n\n| 序号 | 采购项目名称 | 预算金额(万元) | 预计采购时间 |\n|---|---|---|---|\n| 1 | 教室照明改造 | 120 | 2024年2月 |',
      2024,
    ],
    ['a procurement intention’s title by quarter', '青山县教育局2024年第二季度政府采购意向公开\n\n一、采购意向', 2024],
    ['a title’s year in Chinese numerals written with 零', '青山县审计局二零二一年度部门决算\n\n一、基本情况', 2021],
    // (〇 has no key: a typed notice writes the letter O or the digit 0 for it)
    ['a title’s year in Chinese numerals, 0 typed as the letter O', '青山县审计局二O二一年度部门决算\n\n一、基本情况', 2021],
    ['a title’s year in Chinese numerals, 0 typed as the digit 0', '青山县审计局二0二一年度部门决算\n\n一、基本情况', 2021],
    ['refused: a Chinese year with a letter other than O for 0', '青山县审计局二Q二一年度部门决算\n\n一、基本情况', null],
    ["a form's year field", '部门整体支出绩效自评表\n\n评价年度:2022年 | 单位:青山县审计局 |', 2022],
    [
      "a form's year field in a pipe row, its value the next cell",
      '部门整体支出绩效自评表\n\n| 评价年度 | 2023 | 自评得分 | 95 |\n|---|---|---|---|',
      2023,
    ],
    [
      "a form's evaluation period of one whole year",
      '部门整体支出绩效评价报告\n\n评价时段:2021年1月1日至2021年12月31日\n\n一、基本情况',
      2021,
    ],
    [
      'a whole year’s period in brackets under the title',
      '青山县审计局部门整体支出绩效自评报告\n(2023年1月1日-2023年12月31日)\n一、基本情况',
      2023,
    ],
    [
      'a bracketed period across two years gives none',
      '青山县审计局部门整体支出绩效自评报告\n(2022年7月1日-2023年6月30日)\n一、基本情况',
      null,
    ],
    [
      'a self-evaluation stating two years’ spending as often: the later (the earlier is compared with)',
      '青山县审计局部门整体支出绩效自评报告\n一、基本情况\n2023年度,我局全年预算数100万元,执行数95万元。2022年度全年预算数90万元,执行数88万元。',
      2023,
    ],
    ['a project period of one whole year', '项目支出绩效自评表\n\n项目实施期:2022年1月—2022年12月\n\n实施单位:白云县档案馆', 2022],
    ['a period across two years gives none', '项目支出绩效自评表\n\n项目实施期:2021年7月—2022年12月\n\n实施单位:白云县档案馆', null],
    [
      'a self-evaluation naming the next year’s budget as often as the year evaluated: the earlier',
      '白云县档案馆部门整体支出绩效自评报告\n\n一、基本情况\n\n我馆2025年预算安排80万元。2024年全年预算数75万元,执行数74万元。',
      2024,
    ],
    [
      'a budget document naming two years as often: the later',
      '白云县档案馆部门预算情况说明\n\n一、收支预算\n\n2025年预算安排80万元。2024年预算数75万元。',
      2025,
    ],
    ["a form's 考核年度 field", '项目支出绩效自评表\n\n考核年度:2021\n\n实施单位:白云县档案馆', 2021],
    [
      "a form's field names heading its columns, the year in the cell below",
      '| 填报单位 | 评价年度 | 自评得分 |\n|---|---|---|\n| 青山县住房公积金管理中心 | 2023 | 95 |',
      2023,
    ],
    ['a year label over a column of amounts gives none', '| 评价年度 | 项目 |\n|---|---|\n| 2023年决算数 | 合计 |', null],
    ["a form's year field flattened one cell per line", '部门整体支出绩效自评表\n评价年度\n2022\n单位名称\n青山县审计局', 2022],
    // a year label whose cell is blank: the row under it heads the columns by year, it is not the value
    ['a year field left blank', '部门整体支出绩效自评表\n\n| 预算年度 | |\n|---|---|\n| 2021年 | 2022年 |', null],
    ["a cover's year line", '青山县审计局部门决算\n\n2022年度\n\n(1)团结、教育、引导青年。', 2022],
    ['a title year cut from its parenthesis', '附件1\n\n项目支出绩效自评表\n\n2019年度)\n\n项目名称', 2019],
    [
      "a report titled by its project's year, the spending dated in the year after",
      '青山区2023年农田水利建设项目重点绩效评价报告摘要\n\n一、基本情况\n\n区农业农村局2024年累计申请项目预算资金495万元。截至2024年12月31日,项目共支付470.37万元。',
      2023,
    ],
    [
      "a budget-execution report, not the next year's draft",
      '关于青山县2022年预算执行情况和2023年预算草案的报告\n\n三、2023年全县一般公共预算收支预算情况表\n\n2023年预算安排支出10万元。2023年预算收入5万元。',
      2022,
    ],
    [
      'a filing date: the year before',
      '部门整体支出绩效自评表 | |\n单位(盖章):白云镇人民政府 | 填报日期:2022年2月3日 |\n年度资金总额: | 100 |',
      2021,
    ],
    [
      'a filing date in Chinese numerals: the year before',
      '部门整体支出绩效自评表\n填报单位:青山县审计局\n填报时间:二〇二三年二月三日\n全年预算数 100 万元',
      2022,
    ],
    [
      'a filing date in figures in the cell after its label: the year before',
      '部门整体支出绩效自评表\n| 填报单位 | 青山县审计局 | 填报日期 | 2023-02-03 |\n| 全年预算数 | 100 | 执行数 | 95 |',
      2022,
    ],
    [
      'a filing date in the cell after its label late in the year is not used',
      '部门整体支出绩效自评表\n| 填报单位 | 青山县审计局 | 填报日期 | 2023-11-03 |\n| 全年预算数 | 100 | 执行数 | 95 |',
      null,
    ],
    ['a report date: the year before', '评价方式:部门(单位)绩效自评\n报告日期:2021年07月12日\n\n项目地址 青山县', 2020],
    [
      "refused: a title's 报告 run into a page's 时间 label by a copy that lost the break is no report date",
      '青山县残联项目绩效自评报告 时间:2023-05-24 09:34:04 小编 报告 我要投稿 一、单位概况 青山县残疾人联合会是一个社会团体。',
      null,
    ],
    [
      'a report date whose label ran into the unit before it',
      '评价方式:部门(单位)绩效自评 单位名称白云镇人民政府报告日期2023年4月2日',
      2022,
    ],

    ['a filing date late in the year is not used', '部门整体支出绩效自评表 | |\n填报日期:2022年11月3日 | |', null],
    // a cover whose date lost its 年月日 in the copy, the numbers spaced apart
    [
      'a report date spaced out with no 年月日: the year before',
      '部门整体支出绩效自评报告\n\n部门(单位)名称:白云镇人民政府\n\n报告日期: 2024    3  18',
      2023,
    ],
    ['a spaced report date late in the year is not used', '部门整体支出绩效自评报告\n\n报告日期: 2024  10  8', null],
    [
      'a cover’s date under the title: the year before',
      '青山县审计局部门整体支出绩效自评报告\n(2024年3月编制)\n全年预算数100万元,执行数95万元。',
      2023,
    ],
    [
      'a cover’s date late in the year is not used',
      '青山县审计局部门整体支出绩效自评报告\n2024年11月\n全年预算数100万元,执行数95万元。',
      null,
    ],
    ['a budget document’s cover date is not the year before', '青山县审计局部门预算公开说明\n2024年3月\n一、收支预算', null],
    [
      'a portal’s publication date in figures alone on a line is no cover date: the title’s year stands',
      '您当前的位置: 首页> 政务公开> 预算/决算> 学校\n[ 成文日期 ] 2020-07-06 [ 发布日期 ]\n 2020-07-06\n\n青山县星光学校2020年部门预算情况说明\n\n一、单位基本情况',
      2020,
    ],
    ['a report date with a year only gives none', '部门整体支出绩效自评报告\n\n报告日期: 2024', null],
    ['a form title with a bare year in brackets', '项目支出绩效自评表(2021)\n\n项目名称 | 档案数字化 |\n实施单位 | 白云县档案馆 |', 2021],
    ['a bracketed number that is no year after a title', '项目支出绩效自评表(1)\n\n项目名称 | 档案数字化 |', null],
    ['a title’s year with no 年 run into its report words', '白云市数字城管中心2017绩效评价自评报告\n\n一、基本情况', 2017],
    ['a range of years run into report words is no title year', '白云市数字城管中心2016-2018绩效评价自评报告\n\n一、基本情况', null],
    [
      'a cited notice’s year in a title-shaped clause yields to the year the report evaluates',
      '白云县财政局:\n\n根据《关于开展2024年度部门整体支出绩效自评工作的通知》要求,现将我单位2023年度部门整体支出自评情况报告如下:\n\n白云县档案馆\n2024年4月2日',
      2023,
    ],
    [
      'a report’s own title quoted as a file name keeps its year',
      '《白云县档案馆2022年度部门整体支出绩效自评报告.docx》由会员分享,可在线阅读',
      2022,
    ],
    [
      'the closing date under the signature: the year before',
      '青山县统计局部门整体支出绩效自评报告\n\n全年预算数100万元,执行数90万元。\n\n青山县统计局\n2022年3月15日',
      2021,
    ],
    [
      'an allocation notice’s closing date is the year it hands money out for, whatever evaluation it asks for',
      '白云县财政局 白云县乡村振兴局关于下达省级乡村振兴试点示范资金的通知\n各有关乡(镇):\n现下达试点示范资金299.424万元,请及时拨付资金,做好资金使用的绩效评价。\n白云县财政局 白云县乡村振兴局\n2024年8月16日',
      2024,
    ],
    [
      'an allocation notice in traditional characters, paragraphs apart, keeps its closing date’s year',
      '白雲縣財政局關于下達第一批銜接資金的通知\n\n各鄉鎮:\n\n現下達資金500萬元,請做好資金使用的績效評價。\n\n白雲縣財政局\n\n2024年3月20日',
      2024,
    ],
    [
      'refused: a self-evaluation citing an allocation notice in 《》 keeps the year before its closing date',
      '根据《白云县财政局关于下达2023年衔接资金的通知》,现将我局衔接资金绩效自评情况报告如下:\n资金已全部拨付。\n白云县农业农村局\n2024年3月15日',
      2023,
    ],
    [
      'the closing date in Chinese numerals: the year before',
      '青山县统计局部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n青山县统计局\n二〇二三年四月二十日',
      2022,
    ],
    [
      'the closing date in Chinese numerals, its zeros typed as the letter O: the year before',
      '青山县统计局部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n青山县统计局\n二OO九年四月二十日',
      2008,
    ],
    [
      'a closing date in Chinese numerals late in the year is not used',
      '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n二〇二三年十一月三日',
      null,
    ],
    [
      'the closing date before the attachments: the year before',
      '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n青山县统计局\n\n2023年4月20日\n\n附件2:项目支出绩效自评表\n\n| 项目名称 | 统计调查 |\n|---|---|\n| 全年预算数 | 20 |',
      2022,
    ],
    [
      'the closing date after the signature and its seal on one line: the year before',
      '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n白云县档案馆(盖章) 2024年3月20日',
      2023,
    ],
    [
      'a labelled closing date under the signature field: the year before',
      '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n单位(盖章):青山县审计局\n日期:2024年3月20日',
      2023,
    ],
    [
      'a form’s foot with the unit’s field and the date’s on one line: the year before',
      '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n单位(盖章):青山县审计局      日期:2024年3月1日',
      2023,
    ],
    [
      'a page’s publication date after the unit’s field is no closing date',
      '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n单位(盖章):青山县审计局      发布日期:2024年3月1日',
      null,
    ],
    ['a labelled closing date late in the year is not used', '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n日期:2024年11月3日', null],
    ['a closing date with dots: the year before', '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n2023.4.20', 2022],
    ['a closing date late in the year is not used', '部门整体支出绩效自评报告\n\n全年预算数100万元。\n\n2022年11月3日', null],
    ['a target declaration is not filed after its year', '项目绩效目标申报表 | |\n填报日期:2023年3月1日 | |', null],
    [
      'the year budget words are attached to, not a comparison year',
      '一、收入情况\n\n2021年收入合计390.55万元,较2020年度决算数减少175.26万元。2021年支出合计380万元。',
      2021,
    ],
    ['the only year the report names', '1、部门整体绩效自评表主管部门自评总分97.6 中心2021年较好地完成了履职任务。', 2021],
    [
      'a cited notice’s year (《关于开展2024年…资金绩效评价工作的通知》) yields to the report’s own',
      '依据《某省财政厅关于开展2024年专项资金绩效评价工作的通知》和《某县财政局关于开展2024年专项资金绩效评价工作的通知》,现将本局2023年度专项资金绩效评价情况公示如下:',
      2023,
    ],
    [
      'a self-evaluation naming the year before’s budget: the year its spending is stated for',
      '部门整体支出绩效自评报告\n\n单位(盖章):  青山县科学技术协会\n\n2023年全年预算数60万元,执行数59万元。2022年预算数55万元。',
      2023,
    ],
    [
      'the month the evaluation was done is no year evaluated',
      '青山县信访局部门整体支出绩效自评报告\n\n一、基本情况\n2024年1月,我局对上年度预算执行情况进行了自评。全年预算数60万元,执行数59万元。\n\n青山县信访局\n2024年3月5日',
      2023,
    ],
    [
      'the year’s end dates the year’s figures',
      '青山县档案馆部门整体支出绩效自评报告\n一、基本情况\n截至2023年12月31日,全年预算数100万元,执行数95万元。',
      2023,
    ],
    [
      'the next year’s plans are not the year evaluated',
      '青山县民族宗教事务局部门整体支出绩效自评报告\n\n全年预算数60万元,执行数59万元。2024年我局将继续加强预算管理。2024年计划预算数70万元。',
      null,
    ],
    [
      'a target’s or a range’s year is not the only year named',
      '青山县民族宗教事务局部门整体支出绩效自评报告\n\n全年预算数60万元,执行数59万元。按照《青山县“十四五”规划(2021-2025年)》,到2025年完成目标。2024年我局将继续加强预算管理。',
      null,
    ],
    [
      'the year before’s 决算数 is no spending of the year evaluated',
      '部门整体支出绩效自评报告\n\n2023年全年预算数60万元。2023年收入合计62万元。2022年度决算数55万元。',
      2023,
    ],
    [
      'a sentence in a short text’s first lines is no title',
      '青山县信访局部门整体支出绩效自评报告\n\n一、基本情况\n2023年,全年预算数60万元,执行数59万元。2024年度预算绩效目标为加强管理。\n\n2024年预算数70万元,2024年项目支出预算40万元。',
      2023,
    ],
    [
      'a title run into the amounts after it keeps its year',
      '青山县白云街道办事处2023年部门整体支出绩效自评报告全年预算数7143.45万元,执行数6708万元。2024年预算数800万元,2024年项目支出预算40万元。',
      2023,
    ],
    ['a budget document’s plans are its year', '青山县档案馆部门预算情况说明\n\n2025年计划安排预算80万元。', 2025],
    [
      'a cited notice’s year when the report names none of its own',
      '根据《某县关于开展2021年度专项资金重点绩效评价工作的通知》,受县财政局委托,我所对该项目实施绩效评价。',
      2021,
    ],
    [
      'a notice cited without its 《》 (根据…关于2021年…的通知) dates that notice, as one in 《》 does',
      '青山市文化局关于公共文化服务补助资金支出绩效的自评报告\n\n根据《青山市财政局关于开展2022年度转移支付预算执行情况绩效自评工作的通知》要求,现将自评情况报告如下:\n\n一、绩效目标分解下达情况\n\n根据省财政厅《提前下达2022年公共文化服务补助资金预算的通知》,对资金进行了分配。根据省财政厅关于2021年民生工程资金筹措事项的通知(某财预〔2021〕26号),分配甲县农村文化活动资金93万元。',
      2022,
    ],
    [
      'refused: a year after 关于 with no notice’s name closing the clause is the report’s own',
      '青山县文化局公共文化服务补助资金自评报告\n\n根据《某县关于开展2022年度绩效自评工作的通知》要求,我局对照目标开展自评。\n\n根据有关要求,现将关于2021年补助资金的使用情况报告如下:2021年补助资金预算93万元,实际支出90万元。',
      2021,
    ],
  ])('%s', (_, text, y) => {
    expect(year(text)).toBe(y);
  });
});

describe('department: a short or placeless name completed, a body named before the report speaks as it', () => {
  it.each([
    [
      'a name abbreviated to its level and words (县人社局), the full name signing the report',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n县人社局内设8个股室,负责全县人力资源和社会保障工作。\n\n全年预算数500万元,执行数480万元。\n\n青山县人力资源和社会保障局\n2024年3月10日',
      '青山县人力资源和社会保障局',
    ],
    [
      'the same short name spelled out in a sentence right after a year (2025年青山县科学技术局部门对…): the year’s 年 no part of it',
      '一、自评工作开展情况\n\n县科技局高度重视,及时安排财务人员进行绩效自评填报。\n\n二、项目自评结果\n\n2025年青山县科学技术局部门对2024年度6个项目进行自评,项目实施单位包括我局本级。',
      '青山县科学技术局',
    ],
    [
      'a notice presenting a matter (现将2026年某资金分配情况通过旗政府网站进行公告): no body, the unit signing it is',
      '关于2026年帮扶资金分配的公告\n\n现将2026年帮扶资金分配情况通过旗政府网站进行公告,欢迎社会各界监督。\n\n青山旗农牧和科技局\n\n2026年1月27日',
      '青山旗农牧和科技局',
    ],
    [
      'refused: a notice presenting its unit’s results (现将青山县财政局2022年度…情况公示如下) names that unit',
      '现将青山县财政局2022年度部门整体支出绩效自评情况公示如下。\n\n全年预算数500万元,执行数480万元。',
      '青山县财政局',
    ],
    [
      'a notice wrapped at a page’s width, one paragraph, signed under its list of attachments: the unit’s line is no rest of the attachment’s title',
      '关于下达2018年度第一批扶贫发展资金的通知\n各乡镇人民政府、城关街道办事处:\n现将2018年度第一批扶贫发展资金安排下达给你们,请\n按照有关规定加强资金管理,确保专款专用,切实提高资\n金使用效益,并于2018年1月15日前报送项目花名册。\n附表1:2018年度第一批中央财政专项扶贫发展资金安\n排表\n附表2:青山县扶持建档立卡贫困户发展项目花名册\n青山县农业局\n2018年1月5日',
      '青山县农业局',
    ],
    [
      'refused: with no unit’s line under the attachments, nothing of the attachments’ titles is read as one (…资金安 / 排表 goes on)',
      '关于下达2018年度第一批扶贫发展资金的通知\n各乡镇人民政府、城关街道办事处:\n现将2018年度第一批扶贫发展资金安排下达给你们,请\n按照有关规定加强资金管理,确保专款专用,切实提高资\n金使用效益,并于2018年1月15日前报送项目花名册。\n附表1:2018年度第一批中央财政专项扶贫发展资金安\n排表\n附表2:青山县扶持建档立卡贫困户发展项目花名册\n2018年1月5日',
      null,
    ],
    [
      'a town named by its place alone (东山镇位于…), its government named in full further on (东山镇人民政府内设…)',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n东山镇位于青山县东部,辖10个行政村。东山镇人民政府内设机构5个。\n\n全年预算数500万元,执行数480万元。',
      '东山镇人民政府',
    ],
    [
      'a street named by its place alone, its office named in full further on (东湖街道办事处)',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n东湖街道位于青山区中部。东湖街道办事处内设机构6个。\n\n全年预算数500万元,执行数480万元。',
      '东湖街道办事处',
    ],
    [
      'refused: a town the text never names as a government stays its place',
      '东山镇2023年度部门整体支出绩效自评报告\n\n我镇全年预算数500万元,执行数480万元。',
      '东山镇',
    ],
    [
      'refused: a field’s label and its verb before a name abbreviated to its level (项目承担单位为区农业农村局) are no place of it',
      '某工程项目2022年度绩效自评报告\n\n以上专项经费的业务管理部门为农财科,项目承担单位为区农业农村局。区农业农村局负责按照批复内容组织实施。\n\n项目预算100万元,实际支出95万元。',
      '区农业农村局',
    ],
    [
      'a name abbreviated to its level (区农业农村局) spelled out with a place that holds 为 (无为市)',
      '某工程项目2022年度绩效自评报告\n\n项目承担单位为市农业农村局。\n\n项目预算100万元,实际支出95万元。\n\n无为市农业农村局\n2023年3月10日',
      '无为市农业农村局',
    ],
    [
      'refused: a full name that merely goes on (县水利局 / 青山县水利水电勘测局) is another unit',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n县水利局内设8个股室。\n\n全年预算数500万元,执行数480万元。\n\n青山县水利水电勘测局\n2024年3月10日',
      '县水利局',
    ],
    [
      'a placeless short name (人社局) spelled out with its place in the text, even inside a cited title',
      '人社局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n根据《青山县人力资源和社会保障局职能配置方案》,我局内设8个股室。全年预算数500万元。',
      '青山县人力资源和社会保障局',
    ],
    [
      'refused: the full name of the body whose directive the report answers is another body’s (a higher level’s)',
      '人社局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n根据青山市人力资源和社会保障局《关于开展绩效自评的通知》要求,我局开展了自评。',
      '人社局',
    ],
    [
      'a placeless body under a title whose place is its own (关于三门县…的报告 / 财政局)',
      '关于青门县2023年度部门整体支出绩效自评情况的报告\n\n财政局\n\n2023年度,我局全年预算数500万元,执行数480万元。',
      '青门县财政局',
    ],
    [
      'refused: a placeless body under a title that names no place keeps its name',
      '关于2023年度部门整体支出绩效自评情况的报告\n\n财政局\n\n2023年度,我局全年预算数500万元,执行数480万元。',
      '财政局',
    ],
    [
      'a column header naming whose result it holds is no title (| 单位 | 科技局自评结果 | 财政复核结果 |)',
      '| 单位 | 科技局自评结果 | 财政复核结果 |\n|---|---|---|\n| 合计 | 95 | 93 |\n\n2023年度全年预算数500万元,执行数480万元。',
      null,
    ],
    [
      'refused: a form titled by its result, alone in its row, still names its unit',
      '| 市园林局2021年度绿化养护类项目自评结果 | |\n|---|---|\n| 自评得分 | 95 |',
      '市园林局',
    ],
    [
      'a paragraph opening on a body, the next sentence speaking as a body of its kind (X局…。我局…)',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县审计局主管全县审计监督工作,内设5个股室。我局2023年度全年预算数500万元,执行数480万元。',
      '青山县审计局',
    ],
    [
      'the unit opening the paragraph under its overview heading with its duties (一、部门基本情况 / X局主要负责…)',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县统计局主要负责全县统计调查工作。全年预算数500万元,执行数480万元。',
      '青山县统计局',
    ],
    [
      'the same with its establishment, the name holding the verb’s character (青山县建设局设…)',
      '2023年度部门整体支出绩效自评报告\n\n(一)职能职责\n\n青山县建设局设办公室、规划股等4个股室。全年预算数500万元,执行数480万元。',
      '青山县建设局',
    ],
    [
      'refused: a body opening a project’s overview is the one over the project, not the unit (一、项目基本情况 / X委负责…)',
      '2023年度项目支出绩效自评报告\n\n一、项目基本情况\n\n青山市卫生健康委员会负责本项目的资金分配。全年预算数500万元。',
      null,
    ],
    [
      'refused: a title naming a class of units in its policy (2023年度公立医院综合改革 / 项目绩效自评报告)',
      '2023年度公立医院综合改革\n项目绩效自评报告\n\n一、基本情况\n全年预算数500万元。',
      null,
    ],
    [
      'a sentence establishing the unit, the next speaking as a unit (…设立X中心。本单位为…)',
      '2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n根据县编委批复,设立青山县农业技术推广中心。本单位为全额拨款事业单位,核定编制20人。',
      '青山县农业技术推广中心',
    ],
    [
      'refused: a body established of another kind than the one speaking (组建X局。我中心为其下属…)',
      '2023年度部门整体支出绩效自评报告\n\n一、单位基本情况\n\n2019年机构改革中,组建青山县农业农村局。我中心为其下属事业单位。',
      null,
    ],
    [
      'refused: a finance body that allocates to the unit speaking (青山县财政局批复…。我局…)',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县财政局批复年度预算500万元。我局2023年度全年预算数500万元,执行数480万元。',
      null,
    ],
    [
      'refused: a body whose own sentence speaks of the unit (下达我局…) is another',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县发展和改革局下达我局项目资金500万元。我局2023年度全年预算数500万元。',
      null,
    ],
    [
      'refused: a body of another kind than the one speaking (青山县人民政府…。我局…)',
      '2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n青山县人民政府高度重视审计工作。我局2023年度全年预算数500万元。',
      null,
    ],
    [
      'the speaker of a budget report under the session it was made at (…第三次会议上 / X财政局局长 张 三)',
      '——2023年12月25日在青山市白云区第十六届人民代表大会\n第三次会议上\n白云区财政局局长 张 三\n各位代表:\n受区人民政府委托,现将白云区2023年财政预算执行情况提请审议。',
      '白云区财政局',
    ],
    [
      'refused: an office and a person with no session above are no speaker under an occasion',
      '各位代表:\n白云区财政局局长 张 三\n受区人民政府委托,现将白云区2023年财政预算执行情况提请审议。',
      null,
    ],
    [
      'a template’s placeholder left before the unit’s name on a cover (XX部门X中心小学 / 2019年度部门决算公开)',
      '附件3:\nXX部门青山县白云中心小学\n2019年度部门决算公开\n目 录\n第一部分 部门概况',
      '青山县白云中心小学',
    ],
    ['refused: a placeholder alone names nothing', '附件3:\nXX部门\n2019年度部门决算公开\n目 录\n第一部分 部门概况', null],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('year: an OCR dash for 年, the date of the evaluation work', () => {
  it.each([
    [
      'a title whose 年 OCR read as a dash (2016-度)',
      '青山县审计局2016-度部门整体支出绩效自评报告\n\n一、基本情况\n全年预算数500万元,执行数480万元。',
      2016,
    ],
    [
      'refused: a range is no year (2016-2018年度 is no 2016-度)',
      '青山县审计局2016-2018年度部门整体支出绩效自评报告\n\n一、基本情况\n全年预算数500万元,执行数480万元。',
      2018,
    ],
    [
      'the date of the work on the year before (2017年3月…对上年度…开展了绩效自评)',
      '青山县审计局部门整体支出绩效自评报告\n\n一、基本情况\n2017年3月,我局对上年度部门整体支出开展了绩效自评。全年预算数500万元,执行数480万元。',
      2016,
    ],
    [
      'the date of the work in the first nine months of the year after',
      '青山县审计局部门整体支出绩效自评报告\n\n一、基本情况\n2017年3月,我局组织开展了部门整体支出绩效自评。全年预算数500万元,执行数480万元。',
      2016,
    ],
    [
      'refused: work done late in a year may be that year’s',
      '青山县审计局部门整体支出绩效自评报告\n\n一、基本情况\n2017年11月,我局组织开展了部门整体支出绩效自评。全年预算数500万元,执行数480万元。',
      null,
    ],
  ])('%s', (_, text, y) => {
    expect(year(text)).toBe(y);
  });
});

describe('department: a body that reviews, supervises or collects others’ work is not the unit', () => {
  it.each([
    [
      'a finance body evaluating the unit’s spending (X财政局对本单位…开展了绩效评价复核) is another body',
      '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n青山县财政局对本单位2023年度部门整体支出开展了绩效评价复核。本单位全年预算数500万元,执行数480万元。',
      null,
    ],
    [
      'but a unit evaluating its own spending (X局对2023年度部门整体支出开展了绩效自评) is the unit',
      '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n青山县审计局对2023年度部门整体支出开展了绩效自评。全年预算数500万元,执行数480万元。',
      '青山县审计局',
    ],
    [
      'a signature of the body the text names as its reviewer (经X审核 … / X / date)',
      '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n经青山县财政局审核,本单位全年预算数500万元,执行数480万元。\n\n青山县财政局\n2024年3月1日',
      null,
    ],
    [
      'but a signature the text names no reviewer of stays the unit',
      '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n本单位全年预算数500万元,执行数480万元。\n\n青山县统计局\n2024年3月1日',
      '青山县统计局',
    ],
    [
      'a finance body reporting a whole level’s self-evaluations under its own title (青山市财政局关于…自评结果的报告): its report',
      '青山市财政局关于2023年度市级部门整体支出绩效自评结果的报告\n\n一、总体情况\n\n全市58个部门开展了自评。',
      '青山市财政局',
    ],
    [
      'but a unit’s own report on its self-evaluation’s result names it',
      '青山县审计局关于2023年度部门整体支出绩效自评结果的报告\n\n一、总体情况\n\n我局全年预算数500万元。',
      '青山县审计局',
    ],
    [
      'a finance body commissioning a third party’s evaluation (委托单位: X财政局) evaluates others’ spending',
      '青山县乡村振兴衔接资金项目绩效评价报告\n\n委托单位:青山县财政局\n评价机构:青山华信会计师事务所\n\n一、项目基本情况\n全年预算数500万元。',
      null,
    ],
    [
      'but a unit commissioning the evaluation of its own project (委托单位: X农业农村局) is the unit',
      '青山县乡村振兴衔接资金项目绩效评价报告\n\n委托单位:青山县农业农村局\n评价机构:青山华信会计师事务所\n\n一、项目基本情况\n全年预算数500万元。',
      '青山县农业农村局',
    ],
    [
      'a supervisor over a unit speaking as 本校 (主管部门: X教育局) is no school',
      '2023年度部门整体支出绩效自评报告\n\n主管部门:青山市教育局\n\n一、基本情况\n\n本校全年预算数500万元,执行数480万元。',
      null,
    ],
    [
      'a portal’s footer (本站由…主办) is no unit speaking: the name beside the title stays',
      '青山县审计局\n2023年度部门整体支出绩效自评报告\n\n一、基本情况\n全年预算数500万元。\n\n本站由青山县人民政府办公室主办',
      '青山县审计局',
    ],
    [
      'but a supervisor over a text speaking as 本局 agrees',
      '2023年度部门整体支出绩效自评报告\n\n主管部门:青山市教育局\n\n一、基本情况\n\n本局全年预算数500万元,执行数480万元。',
      '青山市教育局',
    ],
    [
      'a sentence naming another body and the unit up to a budget word (X教育局对我校2023年度预算…) is no title',
      '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n青山县教育局对我校2023年度预算执行进行了考核。我校全年预算数500万元。',
      null,
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department: a name a line break cut inside it', () => {
  it.each([
    [
      'a cover’s name broken after a word of it (青山县人力资源和社会 / 保障局 / title)',
      '青山县人力资源和社会\n保障局\n2023年度部门整体支出绩效自评报告\n\n一、基本情况\n我局全年预算数500万元。',
      '青山县人力资源和社会保障局',
    ],
    [
      'refused: a name with its own place under another line is no rest of it (青山县人民政府 / 青山县审计局 / title)',
      '青山县人民政府\n青山县审计局\n2023年度部门整体支出绩效自评报告\n\n一、基本情况\n我局全年预算数500万元。',
      '青山县审计局',
    ],
    [
      'a field’s value broken inside the name (单位名称:青山县人力资源和社会 / 保障局)',
      '2023年度部门整体支出绩效自评报告\n\n单位名称:青山县人力资源和社会\n保障局\n\n一、基本情况\n我局全年预算数500万元。',
      '青山县人力资源和社会保障局',
    ],
    [
      'refused: a whole name closing its field’s line goes on in no next line (单位名称:X局 / 办公室主任:张三)',
      '2023年度部门整体支出绩效自评报告\n\n单位名称:青山县审计局\n办公室主任:张三\n\n一、基本情况\n我局全年预算数500万元。',
      '青山县审计局',
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department from a part heading over the unit’s overview', () => {
  it.each([
    [
      'a part heading over the unit’s overview with the template’s 部门(单位) (第一部分 X馆部门(单位)概况)',
      '目 录\n第一部分 青山市文化馆部门(单位)概况\n一、部门职责\n第二部分 部门决算表\n第一部分\n青山市文化馆部门(单位)概况\n一、部门职责\n(一)举办各类展览。',
      '青山市文化馆',
    ],
    [
      'refused: a part heading over no unit (第一部分 部门(单位)概况) names none',
      '目 录\n第一部分 部门(单位)概况\n一、部门职责\n第二部分 部门决算表\n一、部门职责\n(一)举办各类展览。',
      null,
    ],
  ])('%s', (_, text, name) => {
    expect(department(text)).toBe(name);
  });
});

describe('department and year from a title OCR misread (牢度 for 年度, 报吿 for 报告)', () => {
  it.each([
    [
      'the year’s 年 read as 牢 after the unit',
      '青山县林业局2023牢度部门整体支出绩效自评报告\n一、基本情况\n全年预算数100万元,执行数95万元。',
      '青山县林业局',
      2023,
    ],
    [
      'the year’s 年 read as 牢 before the unit',
      '2023牢度青山县林业局部门整体支出绩效自评报告\n一、基本情况\n全年预算数100万元,执行数95万元。',
      '青山县林业局',
      2023,
    ],
    [
      '报告 written 报吿',
      '青山县林业局2023年度部门整体支出绩效自评报吿\n一、基本情况\n全年预算数100万元,执行数95万元。',
      '青山县林业局',
      2023,
    ],
    [
      'both slips in one title',
      '青山县林业局2023牢度部门整体支出绩效自评报吿\n一、基本情况\n全年预算数100万元,执行数95万元。',
      '青山县林业局',
      2023,
    ],
    ['a year in Chinese numerals read so', '青山县林业局二〇二三牢度部门决算\n一、部门职责\n负责全县林业管理。', '青山县林业局', 2023],
    [
      'refused: 牢 where no year stands before it is no 年 (牢固树立, 色牢度)',
      '青山县纤维检验所部门整体支出绩效自评报告\n一、基本情况\n牢固树立过紧日子思想,色牢度检测合格率100%,全年预算数100万元,执行数95万元。',
      '青山县纤维检验所',
      null,
    ],
  ])('%s', (_, text, name, y) => {
    expect(department(text)).toBe(name);
    expect(year(text)).toBe(y);
  });
});

describe('department: a duty listed by its enumerator, a school named 中专, a town and its government', () => {
  it.each([
    [
      'an enumerator (一是) opens a duty, not a name: the bodies it names are those the unit answers to',
      '目录\n第一部分 部门概况\n第一部分 部门概况\n一、部门职责\n一是对市人民代表大会和市人民代表大会常务委员会负责并报告工作,接受监督。二是领导全市人民检察院的工作。',
      null,
    ],
    [
      'refused: the same overview opening on the unit keeps its name',
      '目录\n第一部分 部门概况\n第一部分 部门概况\n一、部门职责\n青山市人民检察院负责全市检察工作,一是依法提出议案。',
      '青山市人民检察院',
    ],
    [
      'a city’s 职业中专 is a school',
      '青山市职业中专2024年部门预算说明\n一、部门基本概况\n青山市职业中专为正科公益一类事业单位。',
      '青山市职业中专',
    ],
    [
      'refused: 中专 inside a sentence is no name’s end ("招收初中毕业生读中专")',
      '2024年部门预算说明\n一、部门基本概况\n学校招收初中毕业生读中专,全年预算数300万元。',
      null,
    ],
    [
      'a town named by its place in the project title, its government signing the report',
      '青山县项目指挥部:\n现将2024年青山县白云镇石桥社区排水沟建设项目绩效自评报告如下:\n一、绩效目标分解下达情况\n安排项目资金40万元。\n附件:2024年青山县白云镇石桥社区排水沟建设项目自评表\n青山县白云镇人民政府\n2025年3月2日',
      '青山县白云镇人民政府',
    ],
    [
      'a street named by its place, its 办事处 signing',
      '现将2024年青山县东城街道老旧小区改造项目绩效自评报告如下:\n一、项目资金\n安排项目资金60万元。\n青山县东城街道办事处\n2025年3月2日',
      '青山县东城街道办事处',
    ],
    [
      'refused: another body after the town’s name is not its government (白云镇卫生院 is a hospital of the town)',
      '现将2024年青山县白云镇石桥社区排水沟建设项目绩效自评报告如下:\n一、绩效目标分解下达情况\n安排项目资金40万元。\n青山县白云镇卫生院\n2025年3月2日',
      '青山县白云镇',
    ],
  ])('%s', (_, text, expected) => {
    expect(department(text)).toBe(expected);
  });
});

describe('department: a unit established, a national body’s local organ, a numbered item speaking as the unit', () => {
  it.each([
    [
      'a sentence establishing the unit, then its structure with no subject of its own',
      '2023年度部门决算说明\n一、部门基本情况\n(一)机构设置、职责\n民进是参政党。根据青山市编委《关于民进青山市委员会机构设置的通知》,设立民进青山市委员会。内设一室两处,无下属预算单位。',
      '民进青山市委员会',
    ],
    [
      'the same in traditional characters',
      '2023年度部門決算說明\n一、部門基本情況\n(一)機構設置、職責\n民進是參政黨。根據青山市編委《關於民進青山市委員會機構設置的通知》,設立民進青山市委員會。內設一室兩處,無下屬預算單位。',
      '民進青山市委員會',
    ],
    [
      'refused: a unit established, then a sentence of something else, names none',
      '2023年度部门决算说明\n一、部门基本情况\n(一)机构设置、职责\n民进是参政党。根据青山市编委的通知,设立民进青山市委员会。全年收入合计300万元。',
      null,
    ],
    [
      'a national body introduced, then its local organ the overview describes',
      '2023年度部门决算说明\n一、部门基本情况\n(一)机构设置、职责\n青山学社成立于1950年,是参政党。青山学社白云市委员会是青山学社的地方组织,内设办公室。',
      '青山学社白云市委员会',
    ],
    [
      'refused: the body without a local organ named after it keeps its own name',
      '2023年度部门决算说明\n一、部门基本情况\n(一)机构设置、职责\n青山学社成立于1950年,是参政党。白云市政协是另一机构。',
      '青山学社',
    ],
    [
      'a numbered item opening on the unit that the report speaks as (我所)',
      '项目支出绩效评价自评报告\n一、项目概况\n(一)立项情况\n1.青山市计量检测所是依法设置的国家法定计量检定机构。\n2.我所已具有相应的计量检测能力。',
      '青山市计量检测所',
    ],
    [
      'refused: a numbered item opening on another kind of body than the one the report speaks as',
      '项目支出绩效评价自评报告\n一、项目概况\n(一)立项情况\n1.青山市财政局是项目资金的主管部门。\n2.我所已具有相应的计量检测能力。',
      null,
    ],
  ])('%s', (_, text, expected) => {
    expect(department(text)).toBe(expected);
  });
});

describe('department from a copy that ran a page into one paragraph: a placeless name after a breadcrumb, a heading of 机构设置、职责', () => {
  it.each([
    [
      "a breadcrumb's last step run into a name with no place, which the page writes again whole where a sentence begins",
      '您当前的位置: 首页>政务公开>财政预决算白云技师学院2024年度部门决算公开报告发布时间:2025年10月30日文章来源:青山省人力资源和社会保障厅\n\n一、部门(单位)职责\n\n白云技师学院作为全省重要的职业教育机构,主要承担技能人才培养任务。',
      '白云技师学院',
    ],
    [
      'refused: the name the page writes again only inside another word does not mark where it begins',
      '您当前的位置: 首页>政务公开>财政预决算白云技师学院2024年度部门决算公开报告发布时间:2025年10月30日\n\n一、部门(单位)职责\n\n学院与青山白云技师学院分校合作办学。',
      null,
    ],
    [
      'a heading "(一)机构设置、职责" run into the overview’s first sentence after the part heading',
      '第二部分 2023年度部门决算说明一、部门基本情况(一)机构设置、职责青山县白云研究会成立于1990年,是全县学术团体。内设办公室。',
      '青山县白云研究会',
    ],
    [
      'the same heading written "部门职责及机构设置"',
      '第二部分 2023年度部门决算说明一、部门职责及机构设置青山县白云研究会成立于1990年,是全县学术团体。内设办公室。',
      '青山县白云研究会',
    ],
    [
      'refused: the same heading over a sentence that names no unit',
      '第二部分 2023年度部门决算说明一、部门基本情况(一)机构设置、职责本会成立于1990年,是全县学术团体。内设办公室。',
      null,
    ],
    [
      'refused: a heading of other words (机构设置的变化) run into a sentence: 的 opens no name',
      '第二部分 2023年度部门决算说明一、部门基本情况(一)机构设置的变化青山县白云研究会成立于1990年,是全县学术团体。内设办公室。',
      null,
    ],
  ])('%s', (_, text, expected) => {
    expect(department(text)).toBe(expected);
  });
});

describe('department: two bodies signing side by side in a .docx, the space between them dropped', () => {
  const signedDocx = (signer: string) =>
    docxOf(
      documentXml(
        ['关于印发绩效评价暂行办法的通知', '各省财政厅、水利厅:', '现将暂行办法印发给你们,请遵照执行。', signer, '二○一一年五月三十日'].map(
          textRun,
        ),
      ),
    );

  it('two issuers of different places spaced apart name no one unit', async () => {
    const doc = await parseBytes(await signedDocx('白云省财政厅 青山省水利厅'), 'notice.docx');
    expect(findDepartment(segmentsOf(doc))).toBe(null);
  });

  it('refused: one name the source spaces inside (青山县 林业局) stays one name', async () => {
    const doc = await parseBytes(await signedDocx('青山县 林业局'), 'notice.docx');
    expect(findDepartment(segmentsOf(doc))).toBe('青山县林业局');
  });
});

describe('department: a unit’s name alone over a fund’s notice of what was done with it (…资金完成情况的公示)', () => {
  const notice = (title: string) =>
    `某县果品产业发展中心\n${title}\n某县脱贫攻坚领导小组办公室:\n按照有关文件精神,现将完成情况予以公示。\n1. 花椒园提升项目,项目建设资金48.57万元,资金支付率99.12%。\n`;
  it('is the unit that publishes it, as over a 使用情况的公示', () => {
    expect(department(notice('2020年财政专项扶贫资金完成情况的公示'))).toBe('某县果品产业发展中心');
    expect(department(notice('2020年财政专项扶贫资金使用情况的公示'))).toBe('某县果品产业发展中心');
  });
  it('refused: over a line that is no title (a sentence on how the work went), the name is no department', () => {
    expect(department(notice('2020年花椒园提升完成情况良好'))).toBeNull();
  });
});

describe('department: a table’s last cell is no signature', () => {
  const list =
    '# 某县2023年度衔接资金项目绩效自评报告\n\n| 序号 | 项目名称 | 资金规模(万元) | 实施单位 |\n|---|---|---|---|\n| 1 | 甲村产业路建设项目 | 120 | 县交通运输局 |\n| 2 | 丙镇冷链仓储项目 | 150 | 丙镇人民政府 |\n';
  it('a list of projects closing the text, each row with its 实施单位, names no reporting unit', () => {
    expect(department(list)).toBeNull();
  });
  it('the same name on a line of its own after the table signs the report', () => {
    expect(department(`${list}\n某县乡村振兴局\n`)).toBe('某县乡村振兴局');
  });
  // a table copied one cell a line, each with its separator, cut after a row's number: the unit under it is that row's
  const cells = ['序号 |', '责任部门 |', '项目名称 |', '预算数 |', '1 |', '学工处 |', '学生资助专项 |', '120 |', '2 |', '图书信息中心'];
  it('refused: a unit’s name under a value alone (a table one cell a line, cut under a row’s number) is a row’s cell', () => {
    expect(department(`# 某学院2022年度专项资金绩效评价\n\n${cells.join('\n')}\n`)).toBeNull();
  });
  it('…and the same name under the report’s last sentence signs it', () => {
    expect(department('# 某学院2022年度专项资金绩效评价\n\n全年预算120万元,已全部执行。\n图书信息中心\n')).toBe('图书信息中心');
  });
});

describe('year: a notice publishing the year’s evaluation results', () => {
  it('is the year its title names, not the years of its plans (2025年预算)', () => {
    const text =
      '某市财政局关于2023年度财政重点绩效评价结果的通报\n\n2024年,我局选取6项重点政策开展评价。评价结果将作为2025年预算安排的依据,2025年预算规模按不低于15%压减,2025年起实行动态调整。';
    expect(year(text)).toBe(2023);
  });

  it('refused: a notice of other results (检查结果的通报) titles no year evaluated', () => {
    const text =
      '某市财政局关于2023年度财政资金专项检查结果的通报\n\n2024年,我局选取6项重点资金开展检查。检查结果将作为2025年预算安排的依据,2025年预算规模按不低于15%压减,2025年起实行动态调整。';
    expect(year(text)).not.toBe(2023);
  });
});

describe('a finance body as the page’s publisher', () => {
  const notice =
    '关于提前下达2024年义务教育补助经费预算的通知\n\n来源:青山县财政局 日期:2023-12-27 浏览次数:\n\n青山县教育局:\n\n现下达你局补助经费100万元。';
  it('issued the notice it publishes that is titled as handing money out (关于下达…经费…的通知)', () => {
    expect(department(notice)).toBe('青山县财政局');
  });
  it('refused: over a page titled otherwise (a report, a notice that orders work) it only publishes', () => {
    expect(department(notice.replace('关于提前下达2024年义务教育补助经费预算的通知', '关于开展2024年义务教育工作检查的通知'))).toBeNull();
    expect(department('2023年度部门整体支出绩效自评报告\n\n来源:青山县财政局\n\n一、基本情况。全年预算100万元。')).toBeNull();
  });
});

describe('所 ends a unit’s name as an institute’s or a station’s (研究所, 财政所), not a 厕所 or 场所', () => {
  it.each([
    [
      'a title on toilets names no unit 农村厕所: the county speaking as 我县 reports',
      '青山县2024年度农村厕所改造项目绩效自评报告\n\n我县2024年农村厕所改造项目补助资金230万元。',
      '青山县',
    ],
    ['a venue (场所) is no unit', '青山县2024年度文化活动场所建设项目绩效自评报告\n\n一、基本情况', null],
    ['refused: a town’s 财政所 is a unit', '青山县白云镇财政所2023年度部门整体支出绩效自评报告\n\n一、基本情况', '青山县白云镇财政所'],
  ])('%s', (_, text, name) => expect(department(text)).toBe(name));
});
