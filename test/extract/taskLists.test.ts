/**
 * Task rows from every layout (issue 15, part 4): synthetic examples in the style of the layouts
 * seen in the development corpus, each with the rows it must give — or none, for what a reader
 * must refuse. Rows are written "name | budget | executed | rate | unit" ("-" for null).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { Document } from '../../src/model/document.ts';
import { docOf, figuresOf } from './helpers.ts';
import { cleanName, namesAPurpose, PROJECT_NAME, refusal, withoutGlosses } from '../../src/extract/tasks/names.ts';
import { TEXT_COLUMNS } from '../../src/extract/tasks/flatLists.ts';
import { placeColumn } from '../../src/extract/tasks/projectTables.ts';

const rowsOf = (text: string) =>
  extract(docOf(text)).tasks.map((t) => [t.name, t.budget ?? '-', t.executed ?? '-', t.rate ?? '-', t.unit].join(' | '));

interface Example {
  layout: string;
  text: string;
  rows: string[];
}

/** A fund's total, then the sentence announcing its division among towns (each town's villages counted in a bracket). */
const TOWNS_COUNTED_LEAD = '下达我县奖补资金200.00万元,用于乡镇和村的发展项目。具体安排情况是:';
const TOWNS_COUNTED = '东岭镇(2个):上坪、下坪,资金40万元,西溪乡(3个):东村、西村、北村,资金110万元、南坪镇(1个):南坪,资金50万元。';
const LISTS_AFTER_A_TOTAL: Example[] = [
  {
    layout:
      'the next sentence glued onto the last item with no separator (…63.49万元川财农〔2023〕44号下达…): the items adding up to the total end the list',
    text: '2023年某县动物防疫补助资金绩效自评报告\n\n提前下达中央财政动物防疫等补助经费共389.78万元,其中强制免疫326.29万元,养殖环节无害化处理经费63.49万元川财农〔2023〕44号下达省级资金动物疫病防控99.47万元。',
    rows: ['强制免疫 | 326.29 | - | - | 万元', '养殖环节无害化处理经费 | 63.49 | - | - | 万元'],
  },
  {
    layout: 'refused: the same run-on after items that miss the total (326.29 + 60 ≠ 389.78): no list',
    text: '2023年某县动物防疫补助资金绩效自评报告\n\n提前下达中央财政动物防疫等补助经费共389.78万元,其中强制免疫326.29万元,养殖环节无害化处理经费60万元川财农〔2023〕44号下达省级资金动物疫病防控99.47万元。',
    rows: [],
  },
  {
    layout: 'clauses one a line after the total, each a name, a colon, the same fund and its amount (东山区:省级财政专项扶贫资金2405万元;)',
    text: '现将省财政厅下达我市2019年省级财政专项扶贫资金4476万元,予以公告。\n东山区:省级财政专项扶贫资金2405万元;\n西河县:省级财政专项扶贫资金1956万元;\n南岭经济开发区:省级财政专项扶贫资金115万元。',
    rows: ['东山区 | 2405 | - | - | 万元', '西河县 | 1956 | - | - | 万元', '南岭经济开发区 | 115 | - | - | 万元'],
  },
  {
    layout: 'refused: the words after the colons differ (中央资金 / 省级资金): the sources of the money, no one fund shared',
    text: '现将下达我市2019年专项扶贫资金4361万元,予以公告。\n东山区:中央财政专项扶贫资金2405万元;\n西河县:省级财政专项扶贫资金1956万元。',
    rows: [],
  },
  {
    layout: 'refused: the clauses add up to no total stated before them (2405 + 1956 ≠ 4476)',
    text: '现将省财政厅下达我市2019年省级财政专项扶贫资金4476万元,予以公告。\n东山区:省级财政专项扶贫资金2405万元;\n西河县:省级财政专项扶贫资金1956万元。',
    rows: [],
  },
  {
    layout:
      'funds counted in the lead (等3项…资金), a level’s fund named for its purpose among them (中央计划生育转移支付资金): each a row',
    text: '现将2024年基本公共卫生服务等3项中央补助资金400万元下达给你们,其中:基本公共卫生服务中央补助资金300万元、公立医院综合改革中央补助资金40万元、中央计划生育转移支付资金60万元。',
    rows: [
      '基本公共卫生服务中央补助资金 | 300 | - | - | 万元',
      '公立医院综合改革中央补助资金 | 40 | - | - | 万元',
      '中央计划生育转移支付资金 | 60 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same list with no count of funds in its lead keeps refusing a level’s fund, and the list with it',
    text: '现将2024年中央补助资金400万元下达给你们,其中:基本公共卫生服务中央补助资金300万元、公立医院综合改革中央补助资金40万元、中央计划生育转移支付资金60万元。',
    rows: [],
  },
  {
    layout: 'refused: funds counted in the lead, but a level’s money named for nothing (中央补助资金) is a source, the list refused',
    text: '现将2024年基本公共卫生服务等2项补助资金400万元下达给你们,其中:基本公共卫生服务补助资金340万元、中央补助资金60万元。',
    rows: [],
  },
  {
    layout: '其中 after the clause that moved the money, named again without its amount (将资金切块下达各市,其中:): the places its parts',
    text: '某省2022年度专项资金绩效自评报告\n\n下达专项资金4930万元。\n\n二、资金分解情况\n\n省财政厅以《关于下达2022年专项资金的通知》(某财建〔2022〕98号),将资金切块下达各市,其中:东山市610万元、西河市1080万元、南岭市3240万元。',
    rows: ['东山市 | 610 | - | - | 万元', '西河市 | 1080 | - | - | 万元', '南岭市 | 3240 | - | - | 万元'],
  },
  {
    layout: 'the same with projects (该资金分配下达各项目,其中:A项目…)',
    text: '某县2022年度专项资金绩效自评报告\n\n该资金分配下达各项目,其中:东山路改造项目610万元、西河桥维修工程1080万元、南岭水库除险加固项目3240万元。',
    rows: ['东山路改造项目 | 610 | - | - | 万元', '西河桥维修工程 | 1080 | - | - | 万元', '南岭水库除险加固项目 | 3240 | - | - | 万元'],
  },
  {
    layout: 'refused: two items only after such a clause, no total beside them to check',
    text: '某省2022年度专项资金绩效自评报告\n\n将资金切块下达各市,其中:东山市610万元、西河市1080万元。',
    rows: [],
  },
  {
    layout: 'refused: 其中 after a clause naming no money moved (各市分配情况,其中:) divides nothing stated',
    text: '某省2022年度专项资金绩效自评报告\n\n各市分配情况良好,其中:东山市610万元、西河市1080万元、南岭市3240万元。',
    rows: [],
  },
  {
    layout: 'refused: the levels that gave the money after such a clause (其中:中央资金…) are no items',
    text: '某省2022年度专项资金绩效自评报告\n\n将资金切块下达各市,其中:中央资金610万元、省级资金1080万元、市级资金300万元。',
    rows: [],
  },
  {
    layout:
      'an item’s parts in a bracket right after its amount, adding up to it (70万元(其中:A 42.5万元;B 27.5万元)): sub-items, the item a row too',
    text: '某镇2023年度项目支出绩效自评报告\n\n2023年安排项目资金180万元,其中:村道维修工程70万元(其中:东岭村道路硬化42.5万元;西岭村边沟修复27.5万元),文化广场建设项目110万元(健身器材购置30万元、广场铺装80万元)。',
    rows: [
      '村道维修工程 | 70 | - | - | 万元',
      '东岭村道路硬化 | 42.5 | - | - | 万元',
      '西岭村边沟修复 | 27.5 | - | - | 万元',
      '文化广场建设项目 | 110 | - | - | 万元',
      '健身器材购置 | 30 | - | - | 万元',
      '广场铺装 | 80 | - | - | 万元',
    ],
  },
  {
    layout:
      'refused as parts: a bracket whose money does not add up to the item’s amount (42.5 + 20 ≠ 70) is a remark, the item alone a row',
    text: '某镇2023年度项目支出绩效自评报告\n\n2023年安排项目资金180万元,其中:村道维修工程70万元(其中:东岭村道路硬化42.5万元;西岭村边沟修复20万元),文化广场建设项目110万元。',
    rows: ['村道维修工程 | 70 | - | - | 万元', '文化广场建设项目 | 110 | - | - | 万元'],
  },
  {
    layout: 'refused as parts: the sources of an item’s money in its bracket (其中:中央资金…、省级资金…) are no sub-items',
    text: '某镇2023年度项目支出绩效自评报告\n\n2023年安排项目资金180万元,其中:村道维修工程70万元(其中:中央资金42.5万元;省级资金27.5万元),文化广场建设项目110万元。',
    rows: ['村道维修工程 | 70 | - | - | 万元', '文化广场建设项目 | 110 | - | - | 万元'],
  },
  {
    layout:
      'classes of projects each counted right before its amount (1.农村道路建设项目3个2150万元,占…%): the count read past, the share too',
    text: '某县2022年度以工代赈项目安排使用情况公示\n\n该计划共安排项目6个,总投资3890万元。具体如下:\n1.农村道路建设项目3个2150万元,占资金总额的55.3%;\n2.小型水利工程2个1240万元,占资金总额的31.9%;\n3.产业配套设施项目1个500万元,占资金总额的12.9%。',
    rows: ['农村道路建设项目 | 2150 | - | - | 万元', '小型水利工程 | 1240 | - | - | 万元', '产业配套设施项目 | 500 | - | - | 万元'],
  },

  {
    layout: '主要包括, each item followed by what it is for (…,主要用于X;), a remark with no amount and no list of its own',
    text: '2024年安排项目支出预算860万元,主要包括:学生资助补助经费420万元,主要用于家庭经济困难学生资助;校舍维修改造300万元,主要用于学校校舍维修;教师培训经费140万元,主要用于教师能力提升培训。',
    rows: ['学生资助补助经费 | 420 | - | - | 万元', '校舍维修改造 | 300 | - | - | 万元', '教师培训经费 | 140 | - | - | 万元'],
  },
  {
    layout: 'a 用于 after ; whose clause holds amounts still opens a second list against its own total',
    text: '2023年获得专项资金900万元,其中第一批资金500万元,主要用于甲区锅炉改造项目300万元、乙县扬尘监测项目200万元;第二批资金400万元,主要用于丙镇清洁取暖项目250万元、丁区油烟治理项目150万元。',
    rows: [
      '甲区锅炉改造项目 | 300 | - | - | 万元',
      '乙县扬尘监测项目 | 200 | - | - | 万元',
      '丙镇清洁取暖项目 | 250 | - | - | 万元',
      '丁区油烟治理项目 | 150 | - | - | 万元',
    ],
  },
  {
    layout: '其中 after the year’s spending named by its year alone (全年支出): its works, in a project’s report',
    text: '某县农村道路建设项目2023年度绩效自评报告\n\n项目资金80万元,全年支出77万元,其中东山村道路硬化工程48万元,西山村桥梁维修工程29万元。',
    rows: ['东山村道路硬化工程 | - | 48 | - | 万元', '西山村桥梁维修工程 | - | 29 | - | 万元'],
  },
  {
    layout: 'refused: 其中 after the year’s spending, the items the unit’s classes of spending (城乡社区管理事务, 行政运行)',
    text: '某县住建局2023年度部门整体支出绩效自评报告\n\n2023年全年支出1,000万元,其中:城乡社区管理事务600万元,行政运行400万元。',
    rows: [],
  },
  {
    layout: 'refused: 其中 after the unit’s whole spending (总支出), whatever its items',
    text: '某县住建局2023年度部门整体支出绩效自评报告\n\n2023年总支出1,000万元,其中:城市道路维护600万元,老旧小区改造400万元。',
    rows: [],
  },
  {
    layout: '其中, a part named as a fund by level (中央专项调控资金) between the items: no row of its own, and the list goes on past it',
    text: '某州民政局2022年度彩票公益金使用情况公告\n\n2022年,某州福利彩票公益金资助项目120个,资金2000万元,其中,敬老院建设项目30个,金额800万元;中央专项调控资金5个,金额200万元;社区服务设施10个,金额500万元;儿童之家75个,金额500万元。',
    rows: ['敬老院建设项目 | 800 | - | - | 万元', '社区服务设施 | 500 | - | - | 万元', '儿童之家 | 500 | - | - | 万元'],
  },
  {
    layout: 'refused: a part named as a fund by level after a remark has ended the list: the items after it are no longer the list’s',
    text: '某州民政局2022年度彩票公益金使用情况公告\n\n2022年,某州福利彩票公益金资助项目120个,资金2000万元,其中,敬老院建设项目30个,金额800万元;社区服务设施10个,金额500万元。资金已全部拨付到位。中央专项调控资金5个,金额200万元;儿童之家75个,金额500万元。',
    rows: ['敬老院建设项目 | 800 | - | - | 万元', '社区服务设施 | 500 | - | - | 万元'],
  },
  {
    layout:
      'refused: 其中 counting the projects by the budget’s stage that brought them in (年初预算批复的项目1个…,年中追加项目3个…): no projects',
    text: '某县医疗保障局2022年项目支出绩效自评报告\n\n某县医疗保障局2022年实施项目共4个,项目预算资金447704元。其中:年初预算批复的项目1个,项目资金50000元,年中追加项目3个,项目资金397704元。',
    rows: [],
  },
  {
    layout: '其中, after a budget total in the sentence before',
    text: '2023年市财政下达我县农村公路养护专项资金300.00万元。其中,县道路面修补120.00万元,桥梁检测(含定期检测)80.00万元,安保设施完善100.00万元。',
    rows: ['县道路面修补 | 120.00 | - | - | 万元', '桥梁检测(含定期检测) | 80.00 | - | - | 万元', '安保设施完善 | 100.00 | - | - | 万元'],
  },
  {
    layout: '其中, then a cut of the whole with its document number, then the total after the cut',
    text: '2021年上级补助资金下达我区230万元(某财〔2021〕5号),其中城乡医疗救助资金150万元,残疾人两项补贴资金80万元,调减30万元(某财〔2021〕9号),全年实际下达200万元。',
    rows: ['城乡医疗救助资金 | 150 | - | - | 万元', '残疾人两项补贴资金 | 80 | - | - | 万元'],
  },
  {
    layout: '支付 opening the sentence after a spending total: the payments are its parts',
    text: '2021年群众文化专项资金共支出150.5万元。支付送戏下乡补助经费40.5万元,乡镇文化站设备购置80万元,非遗展演活动20万元。',
    rows: ['送戏下乡补助经费 | - | 40.5 | - | 万元', '乡镇文化站设备购置 | - | 80 | - | 万元', '非遗展演活动 | - | 20 | - | 万元'],
  },
  {
    layout: '共支 (支出 shortened) as the spending total before 其中',
    text: '2021年群众文化专项资金共支150.5万元,其中送戏下乡补助经费40.5万元,乡镇文化站设备购置80万元。',
    rows: ['送戏下乡补助经费 | - | 40.5 | - | 万元', '乡镇文化站设备购置 | - | 80 | - | 万元'],
  },
  {
    layout: '发放 (money handed out) as the spending total before 其中, each item’s reach read past',
    text: '全年共发放补贴资金500万元,其中:耕地地力保护补贴300万元,惠及农户1.2万户;农机购置补贴200万元,补贴机具800台。',
    rows: ['耕地地力保护补贴 | - | 300 | - | 万元', '农机购置补贴 | - | 200 | - | 万元'],
  },
  {
    layout:
      '其中, one item broken down in a long bracket whose parts add up to its amount: no items of the list, its sub-items (subItems.ts), after their item',
    text: '现将公共卫生等3项补助资金100万元下达给你们,其中:公共卫生服务补助资金50万元、基本药物制度补助资金30万元(村卫生室实施药物制度补助资金12万元、基层医疗卫生机构实施药物制度补助资金18万元)、妇幼健康服务补助资金20万元。',
    rows: [
      '公共卫生服务补助资金 | 50 | - | - | 万元',
      '基本药物制度补助资金 | 30 | - | - | 万元',
      '村卫生室实施药物制度补助资金 | 12 | - | - | 万元',
      '基层医疗卫生机构实施药物制度补助资金 | 18 | - | - | 万元',
      '妇幼健康服务补助资金 | 20 | - | - | 万元',
    ],
  },
  {
    layout: '其中, an item named a 转移支付 fund: 转移支付 names the fund, it is no payment cue',
    text: '下达补助资金100万元,其中:公共卫生服务补助资金80万元、计划生育转移支付资金20万元。',
    rows: ['公共卫生服务补助资金 | 80 | - | - | 万元', '计划生育转移支付资金 | 20 | - | - | 万元'],
  },
  {
    layout: 'a fund’s arrangement announced by 是: (资金安排是:), each item opened by the verb 支持, kept as written',
    text: '2023年我县体育专项资金安排是:支持体育设施建设5万元,支持青少年竞技体育13万元,支持体育产业发展5万元。',
    rows: ['支持体育设施建设 | 5 | - | - | 万元', '支持青少年竞技体育 | 13 | - | - | 万元', '支持体育产业发展 | 5 | - | - | 万元'],
  },
  {
    layout: 'refused: 是: after words that arrange no money (存在的问题是:) announces no items',
    text: '2023年项目存在的问题是:体育设施建设5万元,青少年竞技体育13万元,体育产业发展5万元。',
    rows: [],
  },
  {
    layout: 'two items announced by a colon with no total before them, closed by a sum they make exactly (…如下:A;B;合计300万元)',
    text: '下达项目资金如下:村道硬化项目100万元;饮水安全项目200万元;合计300万元。',
    rows: ['村道硬化项目 | 100 | - | - | 万元', '饮水安全项目 | 200 | - | - | 万元'],
  },
  {
    layout: 'refused: two announced items closed by a sum they do not make (合计350万元) are not checked, and unread',
    text: '下达项目资金如下:村道硬化项目100万元;饮水安全项目200万元;合计350万元。',
    rows: [],
  },
  {
    layout: 'refused: two announced items closed by their sum with more said after it (合计300万元,已全部拨付)',
    text: '项目资金分配如下:村道硬化项目100万元;饮水安全项目200万元;合计300万元,已全部拨付到村。',
    rows: [],
  },
  {
    layout: 'a label, its colon, then its amount: the label names the total (年度资金总额:…,其中…)',
    text: '年度资金总额:120万元,其中:村道硬化80万元,饮水工程40万元。',
    rows: ['村道硬化 | 80 | - | - | 万元', '饮水工程 | 40 | - | - | 万元'],
  },
  {
    layout: 'a total written with 万 alone, its parts in the bracket after it',
    text: '下达项目资金120万(村道硬化80万元,饮水工程40万元)。',
    rows: ['村道硬化 | 80 | - | - | 万元', '饮水工程 | 40 | - | - | 万元'],
  },
  {
    layout: 'the same as a PDF copies it, a space between each number and the Chinese after it (120 万(村道硬化 80 万元,…))',
    text: '下达项目资金 120 万(村道硬化 80 万元,饮水工程 40 万元)。',
    rows: ['村道硬化 | 80 | - | - | 万元', '饮水工程 | 40 | - | - | 万元'],
  },
  {
    layout: 'a target sheet copied one cell a line: the label on its own line, the total and its parts on the next',
    text: '项目绩效目标表\n\n资金情况(万元)\n\n年度资金总额:\n\n120万(村道硬化80万元,饮水工程40万元)\n\n其他资金',
    rows: ['村道硬化 | 80 | - | - | 万元', '饮水工程 | 40 | - | - | 万元'],
  },
  {
    layout: 'refused: a colon after words that name no money (主要工作:) leaves the amount unnamed',
    text: '主要工作:120万元,其中:村道硬化80万元,饮水工程40万元。',
    rows: [],
  },
  {
    layout: 'refused: a count in 万 with its measure word in brackets is no total (惠及群众1.2万(人次))',
    text: '惠及群众1.2万(人次),其中村道硬化80万元,饮水工程40万元。',
    rows: [],
  },
  {
    layout: 'refused: the same count spaced as a PDF copies it (惠及群众 1.2 万(人次)) is no total either',
    text: '惠及群众 1.2 万(人次),其中村道硬化 80 万元,饮水工程 40 万元。',
    rows: [],
  },
  {
    layout: '具体包括, mixed separators, truncated tail without a unit',
    text: '本年度预算项目经费560万元,具体包括:老旧小区改造210万元,背街小巷整治90万元、渝财建【2022】15号 公厕提档升级资金40万元、绿化管护2.',
    rows: [
      '老旧小区改造 | 210 | - | - | 万元',
      '背街小巷整治 | 90 | - | - | 万元',
      '渝财建【2022】15号 公厕提档升级资金 | 40 | - | - | 万元',
    ],
  },
  {
    layout: '其中:用于, after a spending total, traditional characters kept',
    text: '專項資金500萬元,實際支付450萬元,全部用於設備採購。其中:用于檢測中心建設項目300萬元、培訓基地建設項目150萬元。',
    rows: ['檢測中心建設項目 | - | 300 | - | 万元', '培訓基地建設項目 | - | 150 | - | 万元'],
  },
  {
    layout: 'the parts add up to the spending stated before the budget: they are spending',
    text: '实际支出90万元,年初预算100万元,其中:设备购置50万元,系统运维40万元。',
    rows: ['设备购置 | - | 50 | - | 万元', '系统运维 | - | 40 | - | 万元'],
  },
  {
    layout: 'the list opens the paragraph after its total; remarks in brackets after amounts',
    text: '2022年省财政下达我县乡村振兴示范村建设资金150万元。\n\n具体如下:示范村道路硬化90万元(已完工),村级公共服务中心改造60万元(在建)。',
    rows: ['示范村道路硬化 | 90 | - | - | 万元', '村级公共服务中心改造 | 60 | - | - | 万元'],
  },
  {
    layout: 'a remark holding an amount is read past, not taken for an item',
    text: '下达资金150万元,其中:示范村道路硬化90万元(含中央资金50万元),村级公共服务中心改造60万元。',
    rows: ['示范村道路硬化 | 90 | - | - | 万元', '村级公共服务中心改造 | 60 | - | - | 万元'],
  },
  {
    layout: 'parallel list: names joined by 、, then 分别 and as many amounts',
    text: '今年新增的村级文化广场建设、农家书屋更新、广播村村响维护分别安排资金10万元、20万元、30万元。',
    rows: ['今年新增的村级文化广场建设 | 10 | - | - | 万元', '农家书屋更新 | 20 | - | - | 万元', '广播村村响维护 | 30 | - | - | 万元'],
  },
  {
    layout: 'parallel list with the cue before 分别',
    text: '其中道路养护、桥梁检测的实际支出分别为8万元和12万元。',
    rows: ['道路养护 | - | 8 | - | 万元', '桥梁检测 | - | 12 | - | 万元'],
  },
  {
    layout: 'refused: parallel list whose counts differ',
    text: '道路养护、桥梁检测、隧道巡查分别安排资金8万元、12万元。',
    rows: [],
  },
  {
    layout: 'refused: parallel list of funding sources',
    text: '中央资金、省级资金分别下达100万元、50万元。',
    rows: [],
  },
  {
    layout: 'a total named as money with no verb is a budget',
    text: '2022年中央财政专项资金300万元,计划实施3个项目。其中:冷链物流中心建设项目120万元、品牌推广项目80万元、电商培训项目100万元。',
    rows: ['冷链物流中心建设项目 | 120 | - | - | 万元', '品牌推广项目 | 80 | - | - | 万元', '电商培训项目 | 100 | - | - | 万元'],
  },
  {
    layout: 'refused: income categories with shares',
    text: '本年收入合计900万元。其中:财政拨款收入800万元,占88.9%;事业收入100万元,占11.1%。',
    rows: [],
  },
  {
    layout: 'refused: funding sources',
    text: '项目总预算239万元,其中上级资金179.25万元,本级资金59.75万元。',
    rows: [],
  },
  {
    layout: 'refused: functional classes of a budget (支出预算)',
    text: '本年支出预算761.21万元,其中:教育支出预算526.61万元,社会保障和就业支出预算159.65万元,卫生健康支出预算35.85万元。',
    rows: [],
  },
  {
    layout: 'a header over two rows: 预算数 over 年初预算 / 调整后预算, 执行数 over 金额 / 执行率 (a bare 金额 is the measure above it)',
    text: '| 项目名称 | 预算数 | | 执行数 | |\n|---|---|---|---|---|\n| | 年初预算 | 调整后预算 | 金额 | 执行率 |\n| 乡村道路养护项目 | 350 | 340 | 320 | 94.12% |\n| 农村饮水维修项目 | 160 | 160 | 150 | 93.75% |',
    rows: ['乡村道路养护项目 | 340 | 320 | 94.12 | 万元', '农村饮水维修项目 | 160 | 150 | 93.75 | 万元'],
  },
  {
    layout:
      'forms one after another, each 项目名称 cell opened by a project library’s code (digits, a letter, digits, a dash): the name is what follows it',
    text: '部门预算项目支出绩效自评表(2024年度)\n项目名称 | 51000024R000000071234-宣传阵地维护经费 |\n主管部门 | 北岭县委宣传部 | 实施单位 | 北岭县委宣传部 |\n预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n总额 | 60.00 | 64.00 | 64.00 | 100.00% | 10 | 10 | |\n其中:财政资金 | 60.00 | 64.00 | 64.00 | 100.00% | / | / |\n部门预算项目支出绩效自评表(2024年度)\n项目名称 | 51000024T000000071235-文艺汇演补助 |\n主管部门 | 北岭县委宣传部 | 实施单位 | 北岭县委宣传部 |\n预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n总额 | 30.00 | 25.00 | 23.75 | 95.00% | 10 | 10 | |\n其中:财政资金 | 30.00 | 25.00 | 23.75 | 95.00% | / | / |\n',
    rows: ['宣传阵地维护经费 | 64.00 | 64.00 | 100.00 | 万元', '文艺汇演补助 | 25.00 | 23.75 | 95.00 | 万元'],
  },
  {
    layout: 'refused: a name that opens with a year’s number and a letter (2024A-, 3000V-) keeps it: no library code is that short',
    text: '| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 2024A-型路灯更换 | 40 | 38 | 95% |\n| 3000V-线路改造 | 20 | 20 | 100% |',
    rows: ['2024A-型路灯更换 | 40 | 38 | 95 | 万元', '3000V-线路改造 | 20 | 20 | 100 | 万元'],
  },
  {
    layout: 'refused: a revenue table’s taxes (a government’s revenue by tax, not money spent on tasks)',
    text: '| 项目 | 2022年决算数 | 2023年预算数 | 2023年执行数 |\n|---|---|---|---|\n| 税收收入 | 310 | 330 | 335 |\n| 增值税 | 150 | 160 | 162 |\n| 城市维护建设税 | 20 | 22 | 23 |\n| 印花税 | 6 | 7 | 7 |',
    rows: [],
  },
  {
    layout: 'refused: funds named by their source level',
    text: '下达资金800万元,其中:中央财政衔接推进乡村振兴补助资金500万元,省级财政专项扶贫资金300万元。',
    rows: [],
  },
  {
    layout: 'a level’s fund whose bracket names the work it pays for (中央财政…(小型水库维修养护)资金): one line of the fund’s uses',
    text: '2、项目资金执行情况分析。\n(1)中央财政水利发展(小型水库维修养护)资金80万元,资金支出76万元,执行率95%。资金主要用于大坝除险。(2)中央财政水利发展(山洪灾害防治)专项资金40万元,资金支出40万元,执行率100%。',
    rows: ['中央财政水利发展(小型水库维修养护)资金 | 80 | 76 | 95 | 万元', '中央财政水利发展(山洪灾害防治)专项资金 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'refused: funds named by their level, a batch or a year in brackets after the fund word',
    text: '下达资金800万元,其中:中央财政水利发展资金(2023年)500万元,省级财政水利发展资金(第一批)300万元。',
    rows: [],
  },
  {
    layout: 'unnumbered clauses, each a fund for a purpose (…项目资金 / …扶助资金) with its amount, then 已拨付 and 拨付率',
    text: '残疾人康复救助项目资金96万元,已拨付90.24万元,拨付率94%;困难残疾人生活补助资金52.8万元,已发放52.8万元,发放率100%。',
    rows: ['残疾人康复救助项目资金 | 96 | 90.24 | 94 | 万元', '困难残疾人生活补助资金 | 52.8 | 52.8 | 100 | 万元'],
  },
  {
    layout: 'refused: unnumbered clauses of funds named by their source (中央资金 / 地方配套资金), each with its payment',
    text: '中央资金96万元,已拨付90.24万元,拨付率94%;地方配套资金52.8万元,已拨付52.8万元,拨付率100%。',
    rows: [],
  },
  {
    layout: 'a spending and what part of the budget it is (支出…,占预算的N%): the item’s execution rate',
    text: '2023年水利专项资金支出情况如下:农村饮水维修支出64.2万元,占预算的96.4%;小型水库维护支出38万元,占预算的100%。',
    rows: ['农村饮水维修 | - | 64.2 | 96.4 | 万元', '小型水库维护 | - | 38 | 100 | 万元'],
  },
  {
    layout: 'refused as a rate: a spending’s share of the unit’s total spending (占总支出的N%) is no execution',
    text: '2023年水利专项资金支出情况如下:农村饮水维修支出64.2万元,占部门总支出的6.4%;小型水库维护支出38万元,占部门总支出的3.8%。',
    rows: ['农村饮水维修 | - | 64.2 | - | 万元', '小型水库维护 | - | 38 | - | 万元'],
  },
  {
    layout: 'an evaluation notice’s projects after a colon, each with its money in brackets and then the grade it was given',
    text: '2023年共对3个重点项目开展了绩效评价:城区排涝泵站运维项目(资金860万元)评价等级为良;老年助餐补贴项目(资金215.5万元),评价等级为优;乡村学校少年宫项目(资金98万元)评价结果为中。',
    rows: [
      '城区排涝泵站运维项目 | 860 | - | - | 万元',
      '老年助餐补贴项目 | 215.5 | - | - | 万元',
      '乡村学校少年宫项目 | 98 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: bracketed items with other words than a grade between them (a remark on the work done)',
    text: '2023年共对2个重点项目开展了绩效评价:城区排涝泵站运维项目(资金860万元)完成泵站改造3座;老年助餐补贴项目(资金215.5万元)惠及老人1200人。',
    rows: [],
  },
  {
    layout: 'a month’s end (截至12月底) or 截至目前 opening a sentence of items with spending and 支付进度: no part of the first name',
    text: '截至12月底,背街小巷改造项目已支付412.6万元,支付进度93.8%;公厕提升项目已支付57万元,支付进度100%。截至目前,路灯节能改造项目已支付88万元,支付进度88%;停车场建设项目已支付120万元,支付进度80%。',
    rows: [
      '背街小巷改造项目 | - | 412.6 | 93.8 | 万元',
      '公厕提升项目 | - | 57 | 100 | 万元',
      '路灯节能改造项目 | - | 88 | 88 | 万元',
      '停车场建设项目 | - | 120 | 80 | 万元',
    ],
  },
  {
    layout: 'a sentence opening with 其中 divides the item of the sentence before: that total is no row',
    text: '截至12月底,全区民生实事项目支出300万元,执行率95%。其中,老旧电梯更新项目支出200万元,执行率96%;社区食堂建设项目支出100万元,执行率93%。',
    rows: ['老旧电梯更新项目 | - | 200 | 96 | 万元', '社区食堂建设项目 | - | 100 | 93 | 万元'],
  },
  {
    layout: 'refused: a month’s end opening one item only: the unit’s own spending, no list',
    text: '截至12月底,已支付412.6万元,支付进度93.8%。',
    rows: [],
  },
  {
    layout: 'refused: a pilot project’s money by cost subject (设备费, 材料费, 燃料动力费(…), 专家咨询费 …)',
    text: '项目经费拨付到账20万元,主要用于购置仪器设备费6万元,材料费8.5万元,燃料动力费(灌溉用电)2.5万元,专家咨询费3万元,共计20万元。',
    rows: [],
  },
  {
    layout: 'the works a pilot project’s money bought, named beside its cost subjects, stay tasks',
    text: '项目经费拨付到账20万元,主要用于智能温室建设12万元,育苗基地改造8万元,共计20万元。',
    rows: ['智能温室建设 | - | 12 | - | 万元', '育苗基地改造 | - | 8 | - | 万元'],
  },
  {
    layout: 'refused: a total’s shares by level, each its verb, amount and rate (完成中央投资…,完成率…;完成地方投资…)',
    text: '今年已完成年度水利投资计划520亿元,投资完成率为60.2%。其中,完成中央投资310.5亿元,完成率71.2%;完成地方投资209.5亿元,完成率48.9%。',
    rows: [],
  },
  {
    layout: 'kinds of projects each with its investment completed and 投资完成率 (executed and rate, no budget)',
    text: '截至6月末,全市续建重点项目完成投资560亿元,投资完成率41.3%。其中,交通基础设施项目完成投资230.4亿元,投资完成率38.6%;城市更新项目完成投资118.2亿元,投资完成率45.1%。',
    rows: ['交通基础设施项目 | - | 230.4 | 38.6 | 亿元', '城市更新项目 | - | 118.2 | 45.1 | 亿元'],
  },
  {
    layout: 'refused: funds named by their level after the year they are for, under a 资金来源 heading run into the first',
    text: '一、资金来源\n2025年中央财政衔接推进乡村振兴补助资金15587万元、2025年省级财政衔接推进乡村振兴补助资金7926万元,共计23513万元。\n二、资金分配情况\n',
    rows: [],
  },
  {
    layout: 'refused: funds named by level after their year, in traditional characters (下達…其中:2025年中央財政銜接…資金)',
    text: '下達資金2100萬元,其中:2025年中央財政銜接推進鄉村振興補助資金1500萬元,2025年省級財政銜接推進鄉村振興補助資金600萬元。',
    rows: [],
  },
  {
    layout: 'refused: transfer funds named by their kind (财政专项扶贫资金, 财政涉农整合资金) in a county’s spending',
    text: '截至2019年12月18日,全县共支出资金21621.62万元,支出进度87.34%。其中:财政专项扶贫资金支出8304.36万元,支出进度93.56%;财政涉农整合资金支出13317.26万元,支出进度83.86%。',
    rows: [],
  },
  {
    layout: 'projects in the same place as the funds above (其中:产业扶贫项目支出…;农村道路建设项目支出…) are tasks',
    text: '截至2019年12月18日,全县共支出资金21621.62万元,支出进度87.34%。其中:产业扶贫项目支出8304.36万元,支出进度93.56%;农村道路建设项目支出13317.26万元,支出进度83.86%。',
    rows: ['产业扶贫项目 | - | 8304.36 | 93.56 | 万元', '农村道路建设项目 | - | 13317.26 | 83.86 | 万元'],
  },
  {
    layout: 'projects named with their year (2023年扶贫车间建设项目) keep it and are tasks',
    text: '安排资金900万元,其中:2023年扶贫车间建设项目500万元,2023年村道硬化工程400万元。',
    rows: ['2023年扶贫车间建设项目 | 500 | - | - | 万元', '2023年村道硬化工程 | 400 | - | - | 万元'],
  },
  {
    layout: 'refused: a list of money not yet allocated (主要是以下几项资金未分配:A 1.69亿元、B 300万元…)',
    text: '地方安排资金5.16亿元,分配率70.08%。主要是以下几项资金未分配:学生资助补助经费1.69亿元、普惠金融发展专项资金300万元、残疾人事业发展补助经费175万元等。',
    rows: [],
  },
  {
    layout: 'refused: the same in traditional characters with a mirror site’s doubled commas',
    text: '地方安排資金5.16億元,分配率70.08%。主要是以下幾項資金未分配:學生資助補助經費1.69億元,、普惠金融發展專項資金300萬元,、殘疾人事業發展補助經費175萬元等。',
    rows: [],
  },
  {
    layout: 'refused: the parts of money not spent (尚未支出资金…,其中:A项目…) or left over (年末结余资金…,其中…)',
    text: '截至年底尚未支出资金45万元,其中:甲村道路硬化项目30万元,乙村饮水工程15万元。\n\n年末结余资金45万元,其中:丙村道路硬化项目30万元,丁村饮水工程15万元。',
    rows: [],
  },
  {
    layout: 'refused: the prices of the purchases a project made (其中:A服务项目中标价格为…,B工程合同金额…) are no items’ budgets',
    text: '项目总预算50万元,用于系统升级改造。其中:系统升级改造扩充服务项目中标价格为29.8万元,电子地图采购服务项目合同金额17.88万元,项目按政府采购程序公开招标实施。',
    rows: [],
  },
  {
    layout: 'the same items named without a price (其中:A服务项目…,B采购服务项目…) are the items’ budgets',
    text: '项目总预算50万元,用于系统升级改造。其中:系统升级改造扩充服务项目29.8万元,电子地图采购服务项目17.88万元,项目按政府采购程序公开招标实施。',
    rows: ['系统升级改造扩充服务项目 | 29.8 | - | - | 万元', '电子地图采购服务项目 | 17.88 | - | - | 万元'],
  },
  {
    layout: 'money allocated in full (已全部分配:A项目…) is each project’s budget',
    text: '下达资金100万元,已全部分配:甲村道路硬化项目60万元,乙村饮水工程40万元。',
    rows: ['甲村道路硬化项目 | 60 | - | - | 万元', '乙村饮水工程 | 40 | - | - | 万元'],
  },
  {
    layout: 'refused: a split’s lead (從部門看:) before the departments’ spending is no task’s name',
    text: '截至年底,整合資金支出11500萬元,支出進度95.83%。從部門看:縣水利局支出2000萬元,支出進度98%;縣交通局支出1800萬元,支出進度90%。',
    rows: [],
  },
  {
    layout:
      'categories of projects with their count before the money (产业发展项目20个,使用资金3000万元): the count is no part of the name',
    text: '全年实施项目32个。其中产业发展项目20个,使用资金3000万元;基础设施项目12个,使用资金1800万元。',
    rows: ['产业发展项目 | - | 3000 | - | 万元', '基础设施项目 | - | 1800 | - | 万元'],
  },
  {
    layout: 'the same in traditional characters, a space before 個',
    text: '全年實施項目32個。其中產業發展項目20 個,使用資金3000萬元;基礎設施項目12 個,使用資金1800萬元。',
    rows: ['產業發展項目 | - | 3000 | - | 万元', '基礎設施項目 | - | 1800 | - | 万元'],
  },
  {
    layout: 'the same from a PDF copy that spaces the digits off the words (产业发展项目 20 个,使用资金 3000 万元)',
    text: '全年实施项目 32 个。其中产业发展项目 20 个,使用资金 3000 万元;基础设施项目 12 个,使用资金 1800 万元。',
    rows: ['产业发展项目 | - | 3000 | - | 万元', '基础设施项目 | - | 1800 | - | 万元'],
  },
  {
    layout: 'refused: a number spaced off the name that counts nothing (农村公路 318) stays in the name',
    text: '其中:农村公路 318 预算100万元,支出95万元;省道 205 预算200万元,支出190万元。',
    rows: ['农村公路318 | 100 | 95 | - | 万元', '省道205 | 200 | 190 | - | 万元'],
  },
  {
    layout: 'refused: digits that end a name and count nothing (农村公路S318) stay in the name',
    text: '其中:农村公路S318预算100万元,支出95万元;省道S205预算200万元,支出190万元。',
    rows: ['农村公路S318 | 100 | 95 | - | 万元', '省道S205 | 200 | 190 | - | 万元'],
  },
  {
    layout: 'refused: allocations to recipients (towns, schools)',
    text: '下达资金100万元,其中:城关镇40万元,河西乡30万元,第一中学30万元。',
    rows: [],
  },
  {
    layout: 'an education fund’s items each with the stage of schooling it serves after a dash (…生活补助-小学): items, not schools paid',
    text: '现下达义务教育补助经费100万元,其中:免费教科书40万元,困难学生生活补助-小学35万元,困难学生生活补助-初中25万元。',
    rows: ['免费教科书 | 40 | - | - | 万元', '困难学生生活补助-小学 | 35 | - | - | 万元', '困难学生生活补助-初中 | 25 | - | - | 万元'],
  },
  {
    layout: 'refused: a school named after the dash (补助-青山小学) is a school paid, a recipient',
    text: '现下达义务教育补助经费100万元,其中:免费教科书40万元,生活补助-青山小学35万元,生活补助-红星中学25万元。',
    rows: [],
  },
  {
    layout: 'items after 即: right after the total they add up to (…项目3个,预算资金为300万元,即:A…、B…、C…)',
    text: '2024年年初预算安排项目3个,预算资金为300万元,即:道路养护经费100万元、河道保洁经费120万元、路灯维护经费80万元。',
    rows: ['道路养护经费 | 100 | - | - | 万元', '河道保洁经费 | 120 | - | - | 万元', '路灯维护经费 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: 即 with no colon after an amount says what the amount is, no list (…300万元,即每户补助…)',
    text: '2024年安排补助资金300万元,即每户补助1万元、每村补助10万元。',
    rows: [],
  },
  {
    layout: 'refused: classes of the unit’s spending each with its other name in brackets (工资福利支出(人员支出)…)',
    text: '2024年部门经费预算746万元,基本支出456万元,其中工资福利支出(人员支出)326万元,商品和服务支出(公用支出)84万元,对个人和家庭补助支出(人员支出)46万元;项目支出(专项工作经费支出)290万元。',
    rows: [],
  },
  {
    layout: 'refused: a grant split by batch (其中提前下达…,此次下达…): batches, no tasks',
    text: '补助资金预算总额1496万元,其中提前下达1394万元,此次下达102万元。',
    rows: [],
  },
  {
    layout: 'refused: spending by economic classification',
    text: '公用经费实际支出45万元,其中:办公费12万元,差旅费8万元,维修(护)费25万元。',
    rows: [],
  },
  {
    layout: 'refused: the parts add up to more than the total',
    text: '下达资金100万元。其中:甲工程80万元,乙工程60万元。',
    rows: [],
  },
  {
    layout: 'refused: a total whose clause says neither budget nor spending',
    text: '项目涉及面积200万元。其中:甲工程80万元,乙工程60万元。',
    rows: [],
  },
  {
    layout: "the total after its items (共计下达…), the first item after the list's verb",
    text: '某县民政局2024年度转移支付资金绩效自评报告\n\n2024年度,上级下达慈善会项目40万元;城乡低保、特困供养项目2.75万元;福利院运行经费项目25.85万元;民政管理工作经费18.6万元。共计下达转移支付资金87.2万元。',
    rows: [
      '慈善会项目 | 40 | - | - | 万元',
      '城乡低保、特困供养项目 | 2.75 | - | - | 万元',
      '福利院运行经费项目 | 25.85 | - | - | 万元',
      '民政管理工作经费 | 18.6 | - | - | 万元',
    ],
  },
  {
    layout: 'the total closing its own sentence (合计安排…)',
    text: '安排村道硬化工程20万元,路灯安装工程30万元,合计安排50万元。',
    rows: ['村道硬化工程 | 20 | - | - | 万元', '路灯安装工程 | 30 | - | - | 万元'],
  },
  {
    layout: 'the total after its items and after what they paid for (…,包括…,总计支出…)',
    text: '2024年两所敬老院进行改造提升,其中甲敬老院墙面改造项目支出29.5万元、乙敬老院屋面改造项目支出19.5万元,包括餐厅吊顶,院内人行道硬化,总计支出49万元。',
    rows: ['甲敬老院墙面改造项目 | - | 29.5 | - | 万元', '乙敬老院屋面改造项目 | - | 19.5 | - | 万元'],
  },
  {
    layout: 'refused: words between the items and the total that are no description of the work',
    text: '2024年两所敬老院进行改造提升,其中甲敬老院墙面改造项目支出29.5万元、乙敬老院屋面改造项目支出19.5万元,另有其他零星维修,总计支出49万元。',
    rows: [],
  },
  {
    layout: 'a total with no measure word after items whose list opens with its verb (安排A…,B…,合计…)',
    text: '2023年安排村道硬化工程20万元、路灯安装工程30万元,合计50万元。',
    rows: ['村道硬化工程 | 20 | - | - | 万元', '路灯安装工程 | 30 | - | - | 万元'],
  },
  {
    layout:
      'the projects the money carried out announced in a paragraph of their own (…资金主要实施项目:A 1.2亿元;B 3000万元;…), the total in the paragraph above',
    text: '截至目前,落实财政专项扶贫资金3亿元。\n\n中央及省级资金主要实施项目:甲农场住房建设项目1.2亿元;乙市脱贫攻坚奖励资金3000万元;丙县养殖场项目2000万元;到户产业项目500万元。',
    rows: [
      '甲农场住房建设项目 | 1.2 | - | - | 亿元',
      '乙市脱贫攻坚奖励资金 | 3000 | - | - | 万元',
      '丙县养殖场项目 | 2000 | - | - | 万元',
      '到户产业项目 | 500 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same projects adding up to more than the total above',
    text: '截至目前,落实财政专项扶贫资金1.5亿元。\n\n中央及省级资金主要实施项目:甲农场住房建设项目1.2亿元;乙市脱贫攻坚奖励资金3000万元;丙县养殖场项目2000万元;到户产业项目500万元。',
    rows: [],
  },
  {
    layout:
      'a fund divided among towns, each with the count of its villages in a bracket and the villages after a colon, then its money (甲镇(2个):A、B,资金40万元,…), adding up to the total stated before the sentence that announces them',
    text: `${TOWNS_COUNTED_LEAD}${TOWNS_COUNTED}`,
    rows: ['东岭镇 | 40 | - | - | 万元', '西溪乡 | 110 | - | - | 万元', '南坪镇 | 50 | - | - | 万元'],
  },
  {
    layout: 'refused: the same with a bracket that counts more villages than it names',
    text: `${TOWNS_COUNTED_LEAD}${TOWNS_COUNTED.replace('(2个)', '(3个)')}`,
    rows: [],
  },
  {
    layout: 'refused: the same adding up to no total stated',
    text: `${TOWNS_COUNTED_LEAD.replace('200.00', '210.00')}${TOWNS_COUNTED}`,
    rows: [],
  },
  {
    layout: 'a total with no measure word that names the fund right after its amount (合计…万元车购税补助资金): the fund’s grants',
    text: '二、东山乡至铁石村路面改造工程1200万元、西河镇长溪村危桥改造60万元,合计1260万元车购税补助资金,以上项目由市公路中心组织实施。',
    rows: ['东山乡至铁石村路面改造工程 | 1200 | - | - | 万元', '西河镇长溪村危桥改造 | 60 | - | - | 万元'],
  },
  {
    layout: 'the same with an item gathering several projects by their count (G103、G104等5个安全提升项目): the count is its name’s',
    text: '二、G101线东山乡至铁石村路面改造工程1200万元、G102危旧桥改造60万元、G103、G104等5个安全提升项目700万元,合计1960万元车购税补助资金。',
    rows: [
      'G101线东山乡至铁石村路面改造工程 | 1200 | - | - | 万元',
      'G102危旧桥改造 | 60 | - | - | 万元',
      'G103、G104等5个安全提升项目 | 700 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the fund named after a total its items do not add up to',
    text: '二、东山乡至铁石村路面改造工程1200万元、西河镇长溪村危桥改造60万元,合计1300万元车购税补助资金。',
    rows: [],
  },
  {
    layout: 'refused: a count in an item not gathered by 等 (甲村5个大棚) is no part of a name: the list stays unread',
    text: '安排村道硬化工程20万元、甲村5个大棚30万元,合计安排50万元。',
    rows: [],
  },
  {
    layout: 'refused: items before a total that do not add up to it',
    text: '安排村道硬化工程20万元,路灯安装工程30万元,合计安排60万元。',
    rows: [],
  },
  {
    layout: 'refused: funding sources before their total',
    text: '中央资金30万元,省级资金20万元,共计下达50万元。',
    rows: [],
  },
  {
    layout: 'refused: a total after its items that says neither budget nor spending',
    text: '建设厂房12.08万元;购买变压器18.8万元;共计30.88万元。',
    rows: [],
  },
  {
    layout: 'a comma inside an item’s words, no amount after it (保洁员,保安员劳务报酬): the words after it name the item',
    text: '项目支出绩效自评表(2022年度)\n\n本项目共申请预算资金500000元,其中社区环境整治200000元,保洁员,保安员劳务报酬300000元。本项目共完成预算资金480000元,其中社区环境整治190000元,保洁员,保安员劳务报酬290000元。',
    rows: ['社区环境整治 | 200000 | 190000 | - | 元', '保安员劳务报酬 | 300000 | 290000 | - | 元'],
  },
  {
    layout: 'amounts in brackets after their names',
    text: '下达资金200万元,主要用于村道硬化(120万元)、路灯安装(80万元)。',
    rows: ['村道硬化 | 120 | - | - | 万元', '路灯安装 | 80 | - | - | 万元'],
  },
  {
    layout: 'places named for themselves, the fund divided among them, each its amount in brackets (a fund’s items: convention 7)',
    text: '下达资金100万元,用于城关镇(40万元)、河西乡(60万元)。',
    rows: ['城关镇 | 40 | - | - | 万元', '河西乡 | 60 | - | - | 万元'],
  },
  {
    layout: '其中:用于 after a spending total, the last use 其他: the residual closes the list, no row of its own',
    text: '二、本级福利彩票公益金使用情况\n用于社会福利支出120.5万元,占总数的100%。其中:用于敬老院设施改造60.5万元;用于困难老人助餐服务40万元;用于其他20万元。',
    rows: ['敬老院设施改造 | - | 60.5 | - | 万元', '困难老人助餐服务 | - | 40 | - | 万元'],
  },
  {
    layout: '其中 after a budget total, the last part 其它 (the other spelling): no row of its own',
    text: '2023年安排文化惠民专项资金80万元,其中:送戏下乡演出30万元,农家书屋图书更新35万元,其它15万元。',
    rows: ['送戏下乡演出 | 30 | - | - | 万元', '农家书屋图书更新 | 35 | - | - | 万元'],
  },
  {
    layout: 'refused: 其他 first among the parts is no residual closing the list',
    text: '2023年安排文化惠民专项资金80万元,其中:其他30万元,农家书屋图书更新35万元,送戏下乡演出15万元。',
    rows: [],
  },
  {
    layout: '其中 after a lottery fund named with no verb (福彩公益金…达800万元): the fund is the budget its parts divide',
    text: '2022年,全县投入民生设施建设的福彩公益金达800万元,较上年增加100万元。其中县福利院改造、光荣院维修两个县级重点项目合计300万元;乡镇敬老院建设配套资金250万元;儿童福利指导中心建设经费150万元;社区养老服务站改造100万元。',
    rows: [
      '县福利院改造、光荣院维修两个县级重点项目 | 300 | - | - | 万元',
      '乡镇敬老院建设配套资金 | 250 | - | - | 万元',
      '儿童福利指导中心建设经费 | 150 | - | - | 万元',
      '社区养老服务站改造 | 100 | - | - | 万元',
    ],
  },
  {
    layout: '其中: after 本级体彩公益金 N万元',
    text: '2022年本级体彩公益金300万元,其中:全民健身路径建设180万元,青少年体育培训120万元。',
    rows: ['全民健身路径建设 | 180 | - | - | 万元', '青少年体育培训 | 120 | - | - | 万元'],
  },
  {
    layout: 'a lottery fund divided among towns: the towns are its items',
    text: '2022年本级体彩公益金300万元,其中:甲镇180万元,乙乡120万元。',
    rows: ['甲镇 | 180 | - | - | 万元', '乙乡 | 120 | - | - | 万元'],
  },
  {
    layout: '其中, a middle item with a remark in brackets holding a year and a count (no amount): the list goes on past it',
    text: '2023年安排养老服务专项资金700万元。其中县福利中心改造工程300万元;乡镇敬老院配套资金250万元(2023年新建站点6处,已列入民生实事);居家养老服务补贴经费150万元。',
    rows: [
      '县福利中心改造工程 | 300 | - | - | 万元',
      '乡镇敬老院配套资金 | 250 | - | - | 万元',
      '居家养老服务补贴经费 | 150 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same list adding up to more than its total',
    text: '2023年安排养老服务专项资金500万元。其中县福利中心改造工程300万元;乡镇敬老院配套资金250万元(2023年新建站点6处,已列入民生实事);居家养老服务补贴经费150万元。',
    rows: [],
  },
  {
    layout: '如下: then one item a source line with no punctuation (the line breaks, dropped between Chinese words, separate the items)',
    text: '2023年项目资金65万元,资金使用情况如下:\n湿地修复工程20万元\n护林员补助30万元\n监测设备购置15万元',
    rows: ['湿地修复工程 | 20 | - | - | 万元', '护林员补助 | 30 | - | - | 万元', '监测设备购置 | 15 | - | - | 万元'],
  },
  {
    layout: 'refused: the same items run together on one line with nothing between them',
    text: '2023年项目资金65万元,具体如下:湿地修复工程20万元护林员补助30万元监测设备购置15万元',
    rows: [],
  },
  {
    layout: 'refused: one item a line, adding up to more than the total',
    text: '2023年项目资金50万元,具体如下:\n湿地修复工程20万元\n护林员补助30万元\n监测设备购置15万元',
    rows: [],
  },
  {
    layout:
      'items before a trailing total (共支付…) in a sentence that opens with the amount they are paid from: the opening amount is no item',
    text: '资金下达65万元,截至12月31日,湿地修复工程支付20万元,护林员补助支付28万元,监测设备购置支付15万元,共支付63万元,执行率96.92%。',
    rows: ['湿地修复工程 | - | 20 | - | 万元', '护林员补助 | - | 28 | - | 万元', '监测设备购置 | - | 15 | - | 万元'],
  },
  {
    layout: 'refused: the items after the opening amount do not add up to the trailing total either',
    text: '资金下达65万元,截至12月31日,湿地修复工程支付20万元,护林员补助支付28万元,监测设备购置支付15万元,共支付60万元。',
    rows: [],
  },
  {
    layout: 'the same shape dividing the money among towns',
    text: '资金下达63万元,甲镇20万元,乙乡28万元,丙街道15万元,共计下达63万元。',
    rows: ['甲镇 | 20 | - | - | 万元', '乙乡 | 28 | - | - | 万元', '丙街道 | 15 | - | - | 万元'],
  },
  {
    layout: '分配如下: items each with the body in charge before a colon (一、 农业局:A资金300万;), amounts in 万 alone',
    text: '本级专项资金500万元,现将资金分配如下:\n一、 农业局:特色种植产业发展资金300万;\n二、 交通局:村组道路建设资金200万;',
    rows: ['特色种植产业发展资金 | 300 | - | - | 万元', '村组道路建设资金 | 200 | - | - | 万元'],
  },
  {
    layout: 'refused: the same with funding sources after the colons',
    text: '本级专项资金500万元,现将资金分配如下:\n一、 农业局:中央资金300万;\n二、 交通局:省级资金200万;',
    rows: [],
  },
  {
    layout:
      'the same items a paragraph each (blank lines between), the fund’s amount stated in the section above (一、资金来源): the body in charge before each colon is no part of the name',
    text: '一、资金来源\n\n本级专项资金600万元\n\n二、分配原则\n\n根据领导小组批复,现将资金分配如下:\n\n一、 农业局:特色种植产业发展资金300万;\n\n二、 交通局:村组道路建设资金200万;\n\n三、 东岭镇:乡村旅游发展资金100万;',
    rows: ['特色种植产业发展资金 | 300 | - | - | 万元', '村组道路建设资金 | 200 | - | - | 万元', '乡村旅游发展资金 | 100 | - | - | 万元'],
  },
  {
    layout: 'refused: the same paragraphs with funding sources after the colons',
    text: '一、资金来源\n\n本级专项资金600万元\n\n二、分配原则\n\n根据领导小组批复,现将资金分配如下:\n\n一、 农业局:中央资金300万;\n\n二、 交通局:省级资金200万;\n\n三、 东岭镇:县级资金100万;',
    rows: [],
  },
];

const NUMBERED_ITEMS: Example[] = [
  {
    layout:
      'the same items under their group’s line (一)产业类项目3个,共计3037万元, whose 共计 says no measure: the same total stated before it with one (拟使用) gives it',
    text: '关于2023年度衔接资金安排项目的公示\n\n拟使用衔接资金3037万元,具体计划如下:\n(一)产业类项目3个,共计3037万元。\n1.甲区冷棚育苗基地建设项目850万元。\n2.甲区超大棚室种植基地建设项目742万元。\n3.甲区鲜食玉米制品生产基地项目1445万元。',
    rows: [
      '甲区冷棚育苗基地建设项目 | 850 | - | - | 万元',
      '甲区超大棚室种植基地建设项目 | 742 | - | - | 万元',
      '甲区鲜食玉米制品生产基地项目 | 1445 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the group’s 共计 alone equal to the items, the total before it another (5000万元): no measure, the items unread',
    text: '关于2023年度衔接资金安排项目的公示\n\n拟使用衔接资金5000万元,具体计划如下:\n(一)产业类项目3个,共计3037万元。\n1.甲区冷棚育苗基地建设项目850万元。\n2.甲区超大棚室种植基地建设项目742万元。\n3.甲区鲜食玉米制品生产基地项目1445万元。',
    rows: [],
  },
  {
    layout: 'numbered items after the money a plan proposes to use (拟使用…资金3037万元,具体计划如下:): budgets, not spending',
    text: '关于2023年度衔接资金安排项目的公示\n\n拟使用衔接资金3037万元,具体计划如下:\n1.甲区冷棚育苗基地建设项目850万元。\n2.甲区超大棚室种植基地建设项目742万元。\n3.甲区鲜食玉米制品生产基地项目1445万元。',
    rows: [
      '甲区冷棚育苗基地建设项目 | 850 | - | - | 万元',
      '甲区超大棚室种植基地建设项目 | 742 | - | - | 万元',
      '甲区鲜食玉米制品生产基地项目 | 1445 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same items after money used (实际使用…资金3037万元,具体如下:) stay spending',
    text: '关于2023年度衔接资金使用情况的公示\n\n实际使用衔接资金3037万元,具体如下:\n1.甲区冷棚育苗基地建设项目850万元。\n2.甲区超大棚室种植基地建设项目742万元。\n3.甲区鲜食玉米制品生产基地项目1445万元。',
    rows: [
      '甲区冷棚育苗基地建设项目 | - | 850 | - | 万元',
      '甲区超大棚室种植基地建设项目 | - | 742 | - | 万元',
      '甲区鲜食玉米制品生产基地项目 | - | 1445 | - | 万元',
    ],
  },
  {
    layout:
      'a notice’s paragraphs 一、二、三、 each granting one fund (…下达该年度第七期A资金164.32万元,用于…), adding up to the amount stated before them',
    text: '某区财政局关于下达2024年乡村建设专项资金的通知\n\n现将乡村建设专项资金449.32万元下达给你们。\n\n一、根据《某区2021年度乡村建设实施方案》的任务要求,下达该年度第七期乡村建设资金164.32万元,用于甲街道项目建设。\n\n二、根据《某区2022年度乡村建设实施方案》的任务要求,下达第三期乡村建设资金280万元,用于乙街道项目建设。\n\n三、对乙街道开展的宣传周活动补助乡村建设宣传经费5万元。\n\n四、请你们严格按照批复组织实施,专款专用。',
    rows: ['第七期乡村建设资金 | 164.32 | - | - | 万元', '第三期乡村建设资金 | 280 | - | - | 万元', '乡村建设宣传经费 | 5 | - | - | 万元'],
  },
  {
    layout: 'the same paragraphs granting a fund whose own name opens with 年度 (下达年度考核奖励资金): the name keeps it',
    text: '某区财政局关于下达2024年乡村建设专项资金的通知\n\n现将乡村建设专项资金300万元下达给你们。\n\n一、下达年度考核奖励资金100万元,用于甲街道。\n\n二、下达第三期乡村建设资金200万元,用于乙街道。',
    rows: ['年度考核奖励资金 | 100 | - | - | 万元', '第三期乡村建设资金 | 200 | - | - | 万元'],
  },
  {
    layout: 'refused: the same paragraphs whose amounts miss the amount before them (164.32 + 280 + 5 ≠ 450): sections, no list',
    text: '某区财政局关于下达2024年乡村建设专项资金的通知\n\n现将乡村建设专项资金450万元下达给你们。\n\n一、根据《某区2021年度乡村建设实施方案》的任务要求,下达该年度第七期乡村建设资金164.32万元,用于甲街道项目建设。\n\n二、根据《某区2022年度乡村建设实施方案》的任务要求,下达第三期乡村建设资金280万元,用于乙街道项目建设。\n\n三、对乙街道开展的宣传周活动补助乡村建设宣传经费5万元。\n\n四、请你们严格按照批复组织实施,专款专用。',
    rows: [],
  },
  {
    layout: 'refused: a paragraph stating a second amount (其中 a level’s share): no one grant a paragraph',
    text: '某区财政局关于下达2024年乡村建设专项资金的通知\n\n现将乡村建设专项资金449.32万元下达给你们。\n\n一、根据《某区2021年度乡村建设实施方案》的任务要求,下达该年度第七期乡村建设资金164.32万元,其中中央资金100万元。\n\n二、根据《某区2022年度乡村建设实施方案》的任务要求,下达第三期乡村建设资金280万元,用于乙街道项目建设。\n\n三、对乙街道开展的宣传周活动补助乡村建设宣传经费5万元。\n\n四、请你们严格按照批复组织实施,专款专用。',
    rows: [],
  },
  {
    layout:
      'numbered items after a sentence whose last clause announces the allocation (…为保证项目能够全面完成,我局出台资金分配方案:): budgets, whatever 完成 said before',
    text: '2022年某县公共文化服务体系建设补助资金绩效自评报告\n\n县财政局分解下达我单位,为保证项目能够全面完成,我局出台2022年资金分配方案:\n\n1.2022年度“送戏进万村”95万元;\n\n2.2022年度城市阅读圈建设资金75万元。',
    rows: ['2022年度“送戏进万村” | 95 | - | - | 万元', '2022年度城市阅读圈建设资金 | 75 | - | - | 万元'],
  },
  {
    layout: 'refused: the clause closing on the colon spends (…,我局全年实际支出如下:): the items stay spending',
    text: '2022年某县公共文化服务体系建设补助资金绩效自评报告\n\n县财政局分解下达我单位,为保证项目能够全面完成,我局全年实际支出如下:\n\n1.2022年度“送戏进万村”95万元;\n\n2.2022年度城市阅读圈建设资金75万元。',
    rows: ['2022年度“送戏进万村” | - | 95 | - | 万元', '2022年度城市阅读圈建设资金 | - | 75 | - | 万元'],
  },
  {
    // the verb after 用于 is what the money is for: the items stay the budget the sentence states
    layout:
      'numbered items after a budget to be used to pay them (年初预算200万元专项资金,具体用于支付:①…): budgets, the items short of the total',
    text: '2020年度某区老旧小区改造专项资金绩效自评报告\n\n区级年初预算200万元专项资金,具体用于支付:①甲小区提质改造项目工程尾款43.96万元,工程款已全部支付到位;②乙片区老旧小区改造项目缺口资金105.04万元,预计于2021年2月完工;③丙片区配套基础设施项目前期费用45万元,已完成可研。',
    rows: [
      '甲小区提质改造项目工程尾款 | 43.96 | - | - | 万元',
      '乙片区老旧小区改造项目缺口资金 | 105.04 | - | - | 万元',
      '丙片区配套基础设施项目前期费用 | 45 | - | - | 万元',
    ],
  },
  {
    layout: 'numbered items each a name as its sentence, then three sentences that state no number, then its money (安排经费12万元)',
    text: '某县委宣传部2024年度项目支出绩效评价报告\n\n参与绩效评价的项目共2个。具体情况如下:\n\n1.理论学习专项。主要用于落实学习制度。开展理论宣讲。做好读物的学习运用。安排经费12万元。\n\n2.文明创建专项。针对市容环境开展督办检查。大力推进文明村镇创建。加强公益广告宣传。安排经费13万元。',
    rows: ['理论学习专项 | 12 | - | - | 万元', '文明创建专项 | 13 | - | - | 万元'],
  },
  {
    layout:
      'refused: three sentences between a name and its money that each state a number (检查8次, 5个, 20处): that item is not read, and the list of one item left is none',
    text: '某县委宣传部2024年度项目支出绩效评价报告\n\n参与绩效评价的项目共2个。具体情况如下:\n\n1.理论学习专项。主要用于落实学习制度。开展理论宣讲。做好读物的学习运用。安排经费12万元。\n\n2.文明创建专项。针对市容环境开展督办检查8次。推进文明村镇创建5个。加强公益广告宣传20处。安排经费13万元。',
    rows: [],
  },
  {
    layout:
      'a mirror’s copy that ran the report’s title, a numbered heading and its first item together (…自评报告三、重点项目情况1.A项目…;2.B项目…)',
    text: '某县水利局2023年度部门整体支出绩效自评报告三、重点项目情况1.农村饮水安全项目全年预算数50万元,执行数48万元,执行率96%;2.河道治理项目全年预算数30万元,执行数30万元,执行率100%。',
    rows: ['农村饮水安全项目 | 50 | 48 | 96 | 万元', '河道治理项目 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'refused: a count run into the heading after the title (…自评报告三、项目实施情况12个项目…) is no item number',
    text: '某县水利局2023年度部门整体支出绩效自评报告三、项目实施情况12个项目全年预算数120万元,执行数118万元;3个项目未完成。',
    rows: [],
  },
  {
    layout:
      'a section’s numbered heading a mirror’s copy ran into its first item (三、重点项目情况1.A项目…;2.B项目…), after the unit’s own figures',
    text: '# 某县水利局2023年度部门整体支出绩效自评报告\n\n二、部门整体支出情况全年预算数120万元,全年执行数118万元,预算执行率98.33%。三、重点项目情况1.农村饮水安全项目全年预算数50万元,执行数48万元,执行率96%;2.河道治理项目全年预算数30万元,执行数30万元,执行率100%。',
    rows: ['农村饮水安全项目 | 50 | 48 | 96 | 万元', '河道治理项目 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'the same run into (1) items, and in traditional characters with 元 (三、重點項目情況1、…元)',
    text: '# 某县水利局2023年度部门整体支出绩效自评报告\n\n(二)重点项目情况(1)农村饮水安全项目全年预算数50万元,执行数48万元,执行率96%;(2)河道治理项目全年预算数30万元,执行数30万元,执行率100%。\n\n三、重點項目情況1、堤防維修項目全年預算數500000元,執行數480000元,執行率96%;2、水文監測項目全年預算數300000元,執行數300000元,執行率100%。',
    rows: [
      '农村饮水安全项目 | 50 | 48 | 96 | 万元',
      '河道治理项目 | 30 | 30 | 100 | 万元',
      '堤防維修項目 | 500000 | 480000 | 96 | 元',
      '水文監測項目 | 300000 | 300000 | 100 | 元',
    ],
  },
  {
    // refused: a count run into a heading (情况12个项目) is no item number, and one numbered item alone is no list
    layout: 'refused: a count after a run-in heading ((二)项目实施情况12个项目…) and a lone item (三、重点项目情况1.A项目…。) make no list',
    text: '# 某县水利局2023年度部门整体支出绩效自评报告\n\n(二)项目实施情况12个项目全年预算数120万元,执行数118万元;3个项目未完成。三、重点项目情况1.农村饮水安全项目全年预算数50万元,执行数48万元,执行率96%。',
    rows: [],
  },
  {
    layout: 'numbered items under a heading, one without a cue: it shares the measure its siblings name',
    text: [
      '2、项目支出',
      '(1)阅读推广项目支出52000.00元,主要用于办公费支出12000.00元,印刷费40000.00元。',
      '(2)2023年古籍保护专项资金项目30000.00元,主要用于维修(护)费30000.00元。',
    ].join('\n'),
    rows: ['阅读推广项目 | - | 52000.00 | - | 元', '2023年古籍保护专项资金项目 | - | 30000.00 | - | 元'],
  },
  {
    layout: '项目一: / 项目二: a summary of several transfer projects, each with its budget, spending and rate',
    text: [
      '某镇人民政府2023年度中央对地方转移支付绩效自评报告',
      '',
      '涉及2023年度中央对地方转移支付项目2个,自评结果综述如下:',
      '项目一:某财农〔2023〕8号甲村集体经济项目,项目全年预算数40万元,执行数40万元,完成预算的100%。资金发放结果已公示。',
      '项目二:乙村特色产品加工车间建设项目,项目全年预算数25万元,执行数22.5万元,完成预算的90%。群众满意度达到95%以上。',
    ].join('\n'),
    rows: ['某财农〔2023〕8号甲村集体经济项目 | 40 | 40 | 100 | 万元', '乙村特色产品加工车间建设项目 | 25 | 22.5 | 90 | 万元'],
  },
  {
    layout: 'sub-projects named and set off by a comma, one per clause (X项目,预算…,实际支出…;Y项目,…)',
    text: '某某项目2023年度绩效自评报告\n\n该项目包括两个子项目:农村道路维护项目,预算60万元,实际支出58万元;桥梁安全检测项目,预算40万元,实际支出37万元。',
    rows: ['农村道路维护项目 | 60 | 58 | - | 万元', '桥梁安全检测项目 | 40 | 37 | - | 万元'],
  },
  {
    layout:
      'a total, then words after its comma announcing what follows and a colon (…500万元,主要用于以下项目:), then the items: the first item is one too',
    text: '某县2023年中央专项彩票公益金使用情况公告\n\n2023年共收到专项资金300万元,主要用于以下项目:东坪村产业路硬化项目,安排资金160万元,已支付150万元;西岭村饮水改造项目,安排资金90万元,已支付90万元;南山村文化广场项目,安排资金50万元,已支付45万元。',
    rows: [
      '东坪村产业路硬化项目 | 160 | 150 | - | 万元',
      '西岭村饮水改造项目 | 90 | 90 | - | 万元',
      '南山村文化广场项目 | 50 | 45 | - | 万元',
    ],
  },
  {
    layout: 'refused: what the colon after 如下 announces is the fund’s own indicators, no items',
    text: '某县2023年中央专项彩票公益金使用情况公告\n\n2023年共收到专项资金300万元,资金使用情况如下:资金到位率100%,资金执行率96%;项目完工率100%。',
    rows: [],
  },
  {
    layout: 'an item’s amount followed by how many projects its money supports (…983亿元,支持183个项目;): the count is no item',
    text: '财政部近日下达第三批专项资金预算900亿元。具体包括:中小河流治理工程补助资金500亿元,支持120个项目;城市内涝治理行动补助资金300亿元,支持85个项目;山洪沟防治工程补助资金100亿元,涉及40个县。',
    rows: [
      '中小河流治理工程补助资金 | 500 | - | - | 亿元',
      '城市内涝治理行动补助资金 | 300 | - | - | 亿元',
      '山洪沟防治工程补助资金 | 100 | - | - | 亿元',
    ],
  },
  {
    layout: 'the same list as a mirror rewords it (详细包含, 补贴资金, 支撑…个项目, 其他…工程补贴资金)',
    text: '财政部近日下达第三批专项资金预算900亿元。详细包含:中小河流治理工程补贴资金500亿元,支撑120个项目;其他重点防洪工程补贴资金400亿元,支撑85个项目。',
    rows: ['中小河流治理工程补贴资金 | 500 | - | - | 亿元', '其他重点防洪工程补贴资金 | 400 | - | - | 亿元'],
  },
  {
    layout:
      'refused: a count after an item’s amount that says no reach of its money (…500亿元,新开工120个项目) is commentary that breaks the list',
    text: '财政部近日下达第三批专项资金预算900亿元。具体包括:中小河流治理工程补助资金500亿元,新开工120个项目;城市内涝治理行动补助资金300亿元,新开工85个项目;山洪沟防治工程补助资金100亿元。',
    rows: [],
  },
  {
    layout: 'a 其他… name that ends with the fund of its works (其他重点防洪工程补助资金) names works, no residual class',
    text: '财政部近日下达专项资金预算600亿元。具体包括:骨干防洪治理工程补助资金350亿元;其他重点防洪工程补助资金250亿元。',
    rows: ['骨干防洪治理工程补助资金 | 350 | - | - | 亿元', '其他重点防洪工程补助资金 | 250 | - | - | 亿元'],
  },
  {
    layout: 'refused: a 其他… residual that names no works (其他支出补助资金) stays the residual class',
    text: '财政部近日下达专项资金预算600亿元。具体包括:骨干防洪治理工程补助资金350亿元;其他支出补助资金250亿元。',
    rows: [],
  },
  {
    layout: 'refused: the commissions that granted the money (国家发改委 / 省发改委安排资金…), named by their short names, are no tasks',
    text: '全年共争取上级资金7000万元。其中,国家发改委安排资金2500万元,省发改委安排资金4500万元。',
    rows: [],
  },
  {
    layout: 'projects listed with their budget and spending in brackets (X项目(预算…,支出…)、Y项目(…))',
    text: '某局2023年度部门整体支出绩效自评报告\n\n2023年共实施项目2个,分别为:农村道路维护项目(预算60万元,支出58万元)、桥梁安全检测项目(预算40万元,支出37万元)。',
    rows: ['农村道路维护项目 | 60 | 58 | - | 万元', '桥梁安全检测项目 | 40 | 37 | - | 万元'],
  },
  {
    layout: 'the last name in brackets joined by 和 with no punctuation before it (X(…)、Y(…)和Z(…)): an item too, not the unit’s',
    text: '某局2023年度部门整体支出绩效自评报告\n\n全年实施项目3个,分别是林木管护工程(预算90万元,支出88万元)、苗圃建设(预算40万元,支出36万元)和森林防火宣传(预算10万元,支出9.5万元)。',
    rows: ['林木管护工程 | 90 | 88 | - | 万元', '苗圃建设 | 40 | 36 | - | 万元', '森林防火宣传 | 10 | 9.5 | - | 万元'],
  },
  {
    layout: 'refused: a name opening with 和 after punctuation (、和平村…) keeps its 和',
    text: '某局2023年度部门整体支出绩效自评报告\n\n项目包括东坪村道路硬化(预算40万元,支出38万元)、和平村饮水改造(预算20万元,支出19万元)。',
    rows: ['东坪村道路硬化 | 40 | 38 | - | 万元', '和平村饮水改造 | 20 | 19 | - | 万元'],
  },
  {
    layout: 'clauses after ";" each opening on a named project’s funds, then what was paid (A工程资金…,已支付…;…;C资金…)',
    text: '某县交通运输局2023年度项目支出绩效自评报告\n\n道路硬化工程资金260万元,已全部拨付到位;路灯安装工程资金80万元,已支付72万元;绿化补植资金30万元,已支付30万元。',
    rows: ['道路硬化工程资金 | 260 | - | - | 万元', '路灯安装工程资金 | 80 | 72 | - | 万元', '绿化补植资金 | 30 | 30 | - | 万元'],
  },
  {
    layout: 'the title’s line right above a label and its colon, no blank line (…自评报告\n主要项目执行情况:A资金…,已兑付…;B…)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n重点项目执行情况:农机购置补贴资金320万元,已兑付298万元;高标准农田建设资金2600万元,已支付2410万元。',
    rows: ['农机购置补贴资金 | 320 | 298 | - | 万元', '高标准农田建设资金 | 2600 | 2410 | - | 万元'],
  },
  {
    layout: 'a clause saying where its funds all went (A资金…,已全部发放到户) among clauses stating spending: its amount is its budget',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n农机购置补贴资金320万元,已兑付298万元;耕地地力保护补贴资金1520万元,已全部发放到户;动物防疫经费85万元,支出82.3万元。',
    rows: ['农机购置补贴资金 | 320 | 298 | - | 万元', '耕地地力保护补贴资金 | 1520 | - | - | 万元', '动物防疫经费 | 85 | 82.3 | - | 万元'],
  },
  {
    layout: 'refused: projects named in turn, then their money together (A项目、B项目、C项目,预算资金共计…), before each one’s clause',
    text: '某县人民医院2023年度项目支出绩效自评报告\n\n我院共申报项目3个,分别为:设备购置项目、专科建设项目、人才引进项目,预算资金共计850万元。设备购置项目预算500万元,实际支出492.5万元;专科建设项目预算200万元,实际支出186万元;人才引进项目预算150万元,实际支出150万元。',
    rows: ['设备购置项目 | 500 | 492.5 | - | 万元', '专科建设项目 | 200 | 186 | - | 万元', '人才引进项目 | 150 | 150 | - | 万元'],
  },
  {
    layout: 'items of a budget’s progress (A专项预算累计完成…万元,预算执行进度为…%): spent, and its rate; 预算累计 no part of the name',
    text: '某大学2015年1-9月专项执行进度\n\n专项预算累计完成700万元,预算执行进度为35%。其中:科研业务费专项预算累计完成200万元,预算执行进度为40%;办学条件专项预算累计完成500万元,预算执行进度为33.33%。',
    rows: ['科研业务费专项 | - | 200 | 40 | 万元', '办学条件专项 | - | 500 | 33.33 | 万元'],
  },
  {
    layout:
      'numbered headings on lines of their own over their sentences, no blank line ((一)A项目\n2017年安排预算资金42万元): the heading line names the item',
    text: '某市档案局2017年度项目绩效自评报告\n一、项目基本情况\n(一)档案数字化项目\n2017年安排预算资金42万元,用于更换服务器。\n(二)档案日常维护项目\n2017年安排预算资金21.44万元,主要用于八防工作。',
    rows: ['档案数字化项目 | 42 | - | - | 万元', '档案日常维护项目 | 21.44 | - | - | 万元'],
  },
  {
    layout: 'refused: a heading line run on into words of its name, not a sentence, keeps them ((一)A项目\n二期预算资金42万元)',
    text: '某市档案局2017年度项目绩效自评报告\n\n(一)档案数字化项目\n二期预算资金42万元,用于更换服务器。\n(二)档案日常维护项目\n二期预算资金21.44万元,主要用于八防工作。',
    rows: ['档案数字化项目二期 | 42 | - | - | 万元', '档案日常维护项目二期 | 21.44 | - | - | 万元'],
  },
  {
    layout: 'refused: a funding source’s clause in a run of project clauses (…;自筹资金20万元,已支付18万元) is no item',
    text: '某县交通运输局2023年度项目支出绩效自评报告\n\n道路硬化工程资金260万元,已支付250万元;自筹资金20万元,已支付18万元。',
    rows: ['道路硬化工程资金 | 260 | 250 | - | 万元'],
  },
  {
    layout: 'rates alone, one fund a clause after ";", named for their work (A资金执行率…;B补助执行率…;C补贴执行率…)',
    text: '某局2023年度部门整体支出绩效自评报告\n\n防汛物资储备资金执行率96%;山洪灾害防治补助执行率100%;水土保持补贴执行率95%。',
    rows: ['防汛物资储备资金 | - | - | 96 | 万元', '山洪灾害防治补助 | - | - | 100 | 万元', '水土保持补贴 | - | - | 95 | 万元'],
  },
  {
    layout: 'refused: a fund of the unit’s (部门整体资金) or of a level (中央补助资金) with its rate is no task',
    text: '某局2023年度部门整体支出绩效自评报告\n\n部门整体资金执行率95%;中央财政补助资金执行率100%。',
    rows: [],
  },
  {
    layout: 'refused: the projects one level’s money paid for, together ((1)中央资金项目执行率100%), are a funding source’s line',
    text: '某项目2023年度绩效自评报告\n\n该项目全年预算100万元,实际支出95万元,执行率95%。其中:\n(1)中央资金项目执行率100%;\n(2)省级补助资金项目执行率90%。',
    rows: [],
  },
  {
    layout: 'a project’s name and a colon as a paragraph, its budget and spending in the paragraphs below, then the next name',
    text: '某局2023年度部门整体支出绩效自评报告\n\n污水管网维护项目:\n\n年初预算80万元,全年实际支出76万元。\n\n公厕改造工程:\n\n年初预算40万元。\n\n全年实际支出40万元,执行率100%。',
    rows: ['污水管网维护项目 | 80 | 76 | - | 万元', '公厕改造工程 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'refused: a heading of several projects and a colon (重点项目:) names no one project',
    text: '某局2023年度部门整体支出绩效自评报告\n\n重点项目:\n\n年初预算80万元,全年实际支出76万元。',
    rows: [],
  },
  {
    layout: 'names of any ending listed with their money in brackets, joined by 、 (X(预算…,支出…)、Y(…))',
    text: '某某项目2023年度绩效自评报告\n\n项目包括科技下乡(预算40万元,支出38万元)、农技培训(预算20万元,支出19万元)。',
    rows: ['科技下乡 | 40 | 38 | - | 万元', '农技培训 | 20 | 19 | - | 万元'],
  },
  {
    layout: 'unnumbered project sentences as a PDF spaces them, a space between each word and its number',
    text: '农村公路养护工程,预算资金 30 万元,实际支出 28 万元,执行率 93.33%。危桥改造工程,预算资金 20 万元,实际支出 20 万元。',
    rows: ['农村公路养护工程 | 30 | 28 | 93.33 | 万元', '危桥改造工程 | 20 | 20 | - | 万元'],
  },
  {
    layout: 'cue-less amounts after circled numbers a PDF spaced from their names (① 图书采购 20 万元)',
    text: '项目资金安排如下: ① 图书采购 20 万元; ② 数字资源建设 15 万元。',
    rows: ['图书采购 | 20 | - | - | 万元', '数字资源建设 | 15 | - | - | 万元'],
  },
  {
    layout: 'numbered items with budget and spending',
    text: '1.社区文化活动项目,安排资金47万元,实际支出45万元;2.老年食堂运营补贴,安排资金30万元,实际支出30万元,执行率100%。',
    rows: ['社区文化活动项目 | 47 | 45 | - | 万元', '老年食堂运营补贴 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'numbered items with executed and rate but no budget, one per line',
    text: '(1)河道清淤工程:实际支出88.5万元,执行率92.3%。\n\n(2)堤防加固工程:实际支出40万元,执行率80%。',
    rows: ['河道清淤工程 | - | 88.5 | 92.3 | 万元', '堤防加固工程 | - | 40 | 80 | 万元'],
  },
  {
    layout: 'cue-less amounts under an introducing sentence that ends with ":"',
    text: '项目资金安排如下:\n\n①图书采购 20万元;\n\n②数字资源建设 15万元。',
    rows: ['图书采购 | 20 | - | - | 万元', '数字资源建设 | 15 | - | - | 万元'],
  },
  {
    layout: 'unnumbered project sentences in a row',
    text: '农村公路养护工程,预算资金30万元,实际支出28万元,执行率93.33%。危桥改造工程,预算资金20万元,实际支出20万元。',
    rows: ['农村公路养护工程 | 30 | 28 | 93.33 | 万元', '危桥改造工程 | 20 | 20 | - | 万元'],
  },
  {
    layout: 'project sentences after 其中, each with budget and spending',
    text: '项目总预算30万元,其中:文化下乡工程预算10万元,支出8万元;非遗保护工作预算20万元,支出15万元。',
    rows: ['文化下乡工程 | 10 | 8 | - | 万元', '非遗保护工作 | 20 | 15 | - | 万元'],
  },
  {
    layout: 'numbered items whose amount is named by a noun after the separator',
    text: '1.垃圾分类收运项目,资金50万元;2.公厕管护项目,资金30万元。',
    rows: ['垃圾分类收运项目 | 50 | - | - | 万元', '公厕管护项目 | 30 | - | - | 万元'],
  },
  {
    layout: "refused: one unnumbered project sentence is the report's own figures",
    text: '农村公路养护工程,预算资金30万元,实际支出28万元,执行率93.33%。',
    rows: [],
  },
  {
    layout: 'refused: department sentences are not project sentences',
    text: '部门整体支出预算500万元,实际支出450万元。基本支出预算300万元,实际支出290万元。',
    rows: [],
  },
  {
    layout: 'a budget list and a spending list of the same items make one row each',
    text: '年度目标:1.村道硬化工程,安排资金60万元;2.排水管网改造工程,安排资金40万元。\n\n完成情况:1.村道硬化工程,实际支出58万元;2.排水管网改造工程,实际支出40万元。',
    rows: ['村道硬化工程 | 60 | 58 | - | 万元', '排水管网改造工程 | 40 | 40 | - | 万元'],
  },
  {
    layout: 'traditional characters: named as written, one row though two rules read it',
    text: '1、黨建工作：年度支出預算數 325.29 萬元，預算完成數 323.19 萬元，執行率 99.35%。\n\n2、民生服務：年度支出預算數 171.85 萬元，預算完成數 169.18 萬元，執行率 98.45%。',
    rows: ['黨建工作 | 325.29 | 323.19 | 99.35 | 万元', '民生服務 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'refused: a single numbered paragraph is not a list',
    text: '1.社区文化活动项目,安排资金47万元,实际支出45万元。',
    rows: [],
  },
  {
    layout: 'refused: cue-less amounts without an introducing sentence',
    text: '今年重点做了:\n\n1.修缮校舍 20万元面积;\n\n2.路面硬化 15万元面积。',
    rows: [],
  },
  {
    layout:
      'ordinal items after an intro naming spending (…使用情况如下:), each with a bare amount then its own 已支出: the bare amount is the budget',
    text: '二、2022年度公益金使用情况如下:一是养老服务补贴36万元,已支出34.2万元,执行率95%;二是残疾人康复救助15万元,已支出15万元,执行率100%。',
    rows: ['养老服务补贴 | 36 | 34.2 | 95 | 万元', '残疾人康复救助 | 15 | 15 | 100 | 万元'],
  },
  {
    layout: 'refused: with no cue of its own, an item’s bare amount keeps the measure its intro names (使用情况如下: spending)',
    text: '二、2022年度公益金使用情况如下:一是养老服务补贴34.2万元;二是残疾人康复救助15万元。',
    rows: ['养老服务补贴 | - | 34.2 | - | 万元', '残疾人康复救助 | - | 15 | - | 万元'],
  },
  {
    layout: 'ordinal items in one paragraph: 一是 / 二是, with 已支出',
    text: '一是城市道路保洁,年度预算325.29万元,已支出323.19万元,执行率99.35%;二是园林绿化养护,年度预算171.85万元,已支出169.18万元,执行率98.45%。',
    rows: ['城市道路保洁 | 325.29 | 323.19 | 99.35 | 万元', '园林绿化养护 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'Chinese-numbered items with bare 执行 and 执行率',
    text: '(一)图书馆免费开放项目:预算40万元,执行38万元,执行率95%。(二)文化馆免费开放项目:预算30万元,执行30万元,执行率100%。',
    rows: ['图书馆免费开放项目 | 40 | 38 | 95 | 万元', '文化馆免费开放项目 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'task lines stating only the money executed (执行资金) and the rate, no budget',
    text: '1.安全生产监管:执行资金45.6万元,执行率91.2%。\n2.应急物资储备:执行经费120万元,执行率100%。',
    rows: ['安全生产监管 | - | 45.6 | 91.2 | 万元', '应急物资储备 | - | 120 | 100 | 万元'],
  },
  {
    layout: '实际使用资金 and 资金使用率 after numbered project names',
    text: '1.城市道路保洁项目,预算资金325.29万元,实际使用资金323.19万元,资金使用率99.35%;\n2.园林绿化养护项目,预算资金171.85万元,实际使用资金169.18万元,资金使用率98.45%。',
    rows: ['城市道路保洁项目 | 325.29 | 323.19 | 99.35 | 万元', '园林绿化养护项目 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'items named on their own heading, money in the paragraph below (该项目…)',
    text: '## 重点工作\n\n### (一)城市道路保洁\n\n该项目年初预算325.29万元,全年实际支出323.19万元,预算执行率99.35%。主要用于道路清扫。\n\n### (二)园林绿化养护\n\n项目预算171.85万元,支出169.18万元,执行率98.45%。',
    rows: ['城市道路保洁 | 325.29 | 323.19 | 99.35 | 万元', '园林绿化养护 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'a project’s sub-projects on their own lines, each paragraph below referring back to it as 该子项目',
    text: '# 某县2023年度农村人居环境整治项目绩效自评报告\n\n(一)村道硬化工程\n\n该子项目预算40万元,实际支出38万元,执行率95%。\n\n(二)路灯安装工程\n\n该子项目预算20万元,实际支出19.5万元,执行率97.5%。',
    rows: ['村道硬化工程 | 40 | 38 | 95 | 万元', '路灯安装工程 | 20 | 19.5 | 97.5 | 万元'],
  },
  {
    layout: 'numbered one-line names, money in the paragraph below',
    text: '1.党建工作\n\n年度支出预算数325.29万元,预算完成数323.19万元,执行率99.35%。\n\n2.民生服务\n\n年度支出预算数171.85万元,预算完成数169.18万元,执行率98.45%。',
    rows: ['党建工作 | 325.29 | 323.19 | 99.35 | 万元', '民生服务 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'a numbered name as a sentence of its own, money in the next sentence',
    text: '(二)重点任务完成情况\n\n1.党建工作。全年预算325.29万元,执行323.19万元,执行率99.35%。\n\n2.民生服务。全年预算171.85万元,执行169.18万元,执行率98.45%。',
    rows: ['党建工作 | 325.29 | 323.19 | 99.35 | 万元', '民生服务 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'numbered project names, a description, then a money field alone on its line (资金规模:188.4万元。)',
    text: '二、资金安排\n\n(一)青石镇东沟村渠道改造项目\n\n该项目砌护渠道共计6.2千米。\n\n资金规模:188.4万元。\n\n资金来源:少数民族发展项目资金160万元。\n\n(二)白杨乡西坪村水利配套设施项目\n\n该项目砌护渠道48条。\n\n资金规模:132.55万元。',
    rows: ['青石镇东沟村渠道改造项目 | 188.4 | - | - | 万元', '白杨乡西坪村水利配套设施项目 | 132.55 | - | - | 万元'],
  },
  {
    layout: 'the same in traditional characters, the field in 元',
    text: '二、資金安排\n\n(一)青石鎮東溝村渠道改造項目\n\n該項目砌護渠道共計6.2千米。\n\n資金規模:1884000元。\n\n(二)白楊鄉西坪村水利配套設施項目\n\n該項目砌護渠道48條。\n\n資金規模:1325500元。',
    rows: ['青石鎮東溝村渠道改造項目 | 1884000 | - | - | 元', '白楊鄉西坪村水利配套設施項目 | 1325500 | - | - | 元'],
  },
  {
    layout: 'a budget’s project template: numbered names, numbered fields below, the money in (n)年度预算安排。财政拨款634万元。',
    text: '1.“场馆运营专项经费”项目。\n\n(1)项目概述。主要用于场馆整体运营。\n\n(2)实施主体。某区文化旅游体育局。\n\n(3)年度预算安排。财政拨款634万元。\n\n(4)绩效目标。保障场馆日常运转。\n\n2.“文体专项经费”项目。\n\n(1)项目概述。主要用于文体专项工作支出。\n\n(2)年度预算安排。财政拨款306.18万元。\n\n(3)绩效目标。完成文体工作。',
    rows: ['“场馆运营专项经费”项目 | 634 | - | - | 万元', '“文体专项经费”项目 | 306.18 | - | - | 万元'],
  },
  {
    layout: 'the same with fields numbered (一), the amount in 元 after its colon, no source named',
    text: '(一)河道保洁项目\n\n(一)项目内容。河道日常保洁。\n\n(二)预算安排:480000元。\n\n(二)堤防巡查项目\n\n(一)项目内容。堤防日常巡查。\n\n(二)预算安排:215000元。',
    rows: ['河道保洁项目 | 480000 | - | - | 元', '堤防巡查项目 | 215000 | - | - | 元'],
  },
  {
    layout: 'the same template run into one paragraph (a page cell): each item’s money in its first money field',
    text: '1.“场馆运营专项经费”项目。 (1)项目概述。主要用于场馆整体运营。 (2)实施主体。某区文化旅游体育局。 (3)年度预算安排。财政拨款634万元。 (4)绩效目标。保障场馆日常运转。 2.“文体专项经费”项目。 (1)项目概述。主要用于文体专项工作。 (2)年度预算安排。财政拨款306.18万元。 3.河道保洁项目。 (1)项目内容。河道日常保洁。 (2)预算安排:480000元。',
    rows: [
      '“场馆运营专项经费”项目 | 634 | - | - | 万元',
      '“文体专项经费”项目 | 306.18 | - | - | 万元',
      '河道保洁项目 | 480000 | - | - | 元',
    ],
  },
  {
    layout: 'the same as a Markdown list item (1. “A…”项目。 …): the reader keeps the first number out of the text',
    text: '1. “场馆运营专项经费”项目。 (1)项目概述。主要用于场馆整体运营。 (2)年度预算安排。财政拨款634万元。 2.“文体专项经费”项目。 (1)项目概述。主要用于文体专项工作。 (2)年度预算安排。财政拨款306.18万元。',
    rows: ['“场馆运营专项经费”项目 | 634 | - | - | 万元', '“文体专项经费”项目 | 306.18 | - | - | 万元'],
  },
  {
    layout: 'refused: a list item whose next item is numbered 3 (no 2 after the kept-out 1)',
    text: '1. “场馆运营专项经费”项目。 (1)项目概述。主要用于场馆整体运营。 (2)年度预算安排。财政拨款634万元。 3.“文体专项经费”项目。 (1)项目概述。主要用于文体专项工作。 (2)年度预算安排。财政拨款306.18万元。',
    rows: [],
  },
  {
    layout: 'refused: a template run into one paragraph whose items are out of turn, or whose one item has money',
    text: '1.“场馆运营专项经费”项目。 (1)项目概述。主要用于场馆整体运营。 (2)年度预算安排。财政拨款634万元。 3.“文体专项经费”项目。 (1)项目概述。主要用于文体专项工作。 (2)年度预算安排。财政拨款306.18万元。\n\n1.“场馆运营专项经费”项目。 (1)项目概述。主要用于场馆整体运营。 (2)年度预算安排。财政拨款634万元。 2.“文体专项经费”项目。 (1)项目概述。主要用于文体专项工作。 (2)年度预算安排。财政拨款300万元,其他资金6.18万元。',
    rows: [],
  },
  {
    layout: 'refused: a numbered budget field with two sources, or with what the money buys before its amount',
    text: '1.“场馆运营专项经费”项目。\n\n(1)项目概述。主要用于场馆整体运营。\n\n(2)年度预算安排。财政拨款600万元,其他资金34万元。\n\n2.“文体专项经费”项目。\n\n(1)项目概述。主要用于文体专项工作支出。\n\n(2)年度预算安排。用于设备购置306.18万元。',
    rows: [],
  },
  {
    layout: 'a numbered name as a sentence of its own, the next referring back to it by its kind of money (该经费 / 此项资金)',
    text: '(1)河道保洁经费。该经费年初预算60万元,全年支出57万元,执行率95%。主要用于日常保洁。\n\n(2)堤防巡查经费。此项资金年初预算40万元,全年支出40万元,执行率100%。',
    rows: ['河道保洁经费 | 60 | 57 | 95 | 万元', '堤防巡查经费 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'numbered names on their own line, the paragraph below opening on what the item is for, its money in the next sentence',
    text: '(一)河道保洁经费\n\n主要用于城区河道日常保洁。年初预算60万元,全年支出57万元,执行率95%。\n\n(二)堤防巡查经费\n\n主要用于汛期堤防巡查。年初预算400000元,全年支出400000元。',
    rows: ['河道保洁经费 | 60 | 57 | 95 | 万元', '堤防巡查经费 | 400000 | 400000 | - | 元'],
  },
  {
    layout: 'numbered names, numbered fields below, the money after a field labelled for it ((2)资金使用情况。 / 资金执行情况:)',
    text: '1.河道保洁经费\n\n(1)项目概况。主要用于城区河道日常保洁。\n\n(2)资金使用情况。年初预算60万元,全年支出57万元,执行率95%。\n\n2.堤防巡查经费\n\n(1)项目概况。主要用于汛期堤防巡查。\n\n(2)资金执行情况:年初预算40万元,全年支出40万元,执行率100%。',
    rows: ['河道保洁经费 | 60 | 57 | 95 | 万元', '堤防巡查经费 | 40 | 40 | 100 | 万元'],
  },
  {
    layout:
      'a money field labelled at length (资金安排及使用情况:), the item named again by 该项目, on lines of one paragraph or on paragraphs',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n1、城乡救助项目\n(1)项目基本情况:保障救助对象基本生活。\n(2)资金安排及使用情况:该项目年初预算640万元,全年实际支出627.2万元,执行率98%。\n2、特困供养项目\n(1)项目基本情况:保障特困人员基本生活。\n(2)资金安排及使用情况:该项目年初预算150万元,全年实际支出135万元,执行率90%。',
    rows: ['城乡救助项目 | 640 | 627.2 | 98 | 万元', '特困供养项目 | 150 | 135 | 90 | 万元'],
  },
  {
    layout: 'the same, each line a paragraph of its own',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n\n1、城乡救助项目\n\n(1)项目基本情况:保障救助对象基本生活。\n\n(2)资金安排及使用情况:该项目年初预算640万元,全年实际支出627.2万元,执行率98%。\n\n2、特困供养项目\n\n(1)项目基本情况:保障特困人员基本生活。\n\n(2)资金安排及使用情况:该项目年初预算150万元,全年实际支出135万元,执行率90%。',
    rows: ['城乡救助项目 | 640 | 627.2 | 98 | 万元', '特困供养项目 | 150 | 135 | 90 | 万元'],
  },
  {
    // (once refused; the money is still in the item's own sentence, each amount cued in its own clause after what the
    // money is for: moneyOpening's afterDescription reads it, as it reads quantities of work there)
    layout: 'the sentence referring back opens on what the money is for, its cued money in the clauses after it',
    text: '(1)河道保洁经费。该经费主要用于日常保洁,年初预算60万元,全年支出57万元。\n\n(2)堤防巡查经费。该经费主要用于汛期巡查,年初预算40万元,全年支出40万元。',
    rows: ['河道保洁经费 | 60 | 57 | - | 万元', '堤防巡查经费 | 40 | 40 | - | 万元'],
  },
  {
    // (once refused as a whole: "(一)…经费" opened no item section, and a (一)…项目 section took the money of the
    // 1. / 2. items below it as its own, three rows of one name)
    layout:
      'a fund’s section ((一)…经费), a description before its money, then items of their own headings under it: each section’s money is its own',
    text: '(一)林业防火经费\n\n主要用于森林防火巡查。年初预算60万元,全年支出57万元。\n\n1.农机推广经费\n\n(1)项目概况。主要用于农机推广。\n\n(2)项目成效。年初预算30万元,全年支出30万元。\n\n2.农技培训经费\n\n(1)项目概况。主要用于农技培训。\n\n(2)项目成效。年初预算20万元,全年支出20万元。',
    rows: ['林业防火经费 | 60 | 57 | - | 万元', '农机推广经费 | 30 | 30 | - | 万元', '农技培训经费 | 20 | 20 | - | 万元'],
  },
  {
    layout: 'refused: below the names only a source’s line (资金来源:…资金160万元) or a field with more after it',
    text: '二、资金安排\n\n(一)青石镇东沟村渠道改造项目\n\n该项目砌护渠道共计6.2千米。\n\n资金来源:少数民族发展项目资金160万元。\n\n(二)白杨乡西坪村水利配套设施项目\n\n该项目砌护渠道48条。\n\n资金规模:132.55万元,其中中央资金120万元。',
    rows: [],
  },
  {
    layout: 'refused: one headed item alone is the report’s own project',
    text: '### (一)城市道路保洁\n\n该项目年初预算325.29万元,全年实际支出323.19万元,预算执行率99.35%。',
    rows: [],
  },
  {
    layout: 'refused: headings that name a measure or a section introduce figures',
    text: '### (一)预算执行率\n\n全年预算数7143.45万元,全年执行数6708万元。\n\n### (二)项目支出情况\n\n全年预算数4000万元,执行数3900万元。',
    rows: [],
  },
  {
    layout: 'unnumbered items after 其中, each with budget and spending',
    text: '该项目预算120万元,其中图书馆免费开放预算40万元,实际支出38万元;文化馆免费开放预算30万元,实际支出30万元;乡镇综合文化站免费开放预算50万元,实际支出45万元。',
    rows: ['图书馆免费开放 | 40 | 38 | - | 万元', '文化馆免费开放 | 30 | 30 | - | 万元', '乡镇综合文化站免费开放 | 50 | 45 | - | 万元'],
  },
  {
    layout: 'unnumbered items after a heading, a total and 其中 in one sentence: the first item is one too',
    text: '项目经费使用情况:全年项目经费预算260万元,其中河道保洁项目预算150万元,执行147万元,执行率98%;堤防巡查项目预算110万元,执行99万元,执行率90%。',
    rows: ['河道保洁项目 | 150 | 147 | 98 | 万元', '堤防巡查项目 | 110 | 99 | 90 | 万元'],
  },
  {
    layout: 'unnumbered items after 具体为, each a budget then the amount paid',
    text: '全年下达专项资金80万元,具体为:校舍维修项目资金50万元,已拨付48万元;教学设备购置项目资金30万元,已拨付30万元。',
    rows: ['校舍维修项目资金 | 50 | 48 | - | 万元', '教学设备购置项目资金 | 30 | 30 | - | 万元'],
  },
  {
    layout: 'numbered evaluation results in prose: each project, the money it involves (涉及资金), then its grade',
    text: '1.城区绿化养护项目,涉及资金420万元,评价等级为良;2.社区养老服务补助项目,涉及资金96.5万元,评价等级为优。',
    rows: ['城区绿化养护项目 | 420 | - | - | 万元', '社区养老服务补助项目 | 96.5 | - | - | 万元'],
  },
  {
    layout: 'numbered projects of a grade, each amount in a bracket after the name with its cue',
    text: '(一)评价结果为“优”的项目2个:1.城区绿化养护项目(资金420万元);2.社区养老服务补助项目(涉及资金96.5万元)。',
    rows: ['城区绿化养护项目 | 420 | - | - | 万元', '社区养老服务补助项目 | 96.5 | - | - | 万元'],
  },
  {
    layout: 'numbered works, what each built between its name and its cued amounts',
    text: '1.村组道路硬化工程,硬化道路3.5公里,总投资180万元,已支付171万元;\n2.山坪塘整治工程,整治山坪塘4口,总投资60万元,已支付60万元。',
    rows: ['村组道路硬化工程 | 180 | 171 | - | 万元', '山坪塘整治工程 | 60 | 60 | - | 万元'],
  },
  {
    layout: 'refused: numbered “三公” items',
    text: '1.公务接待费,预算5万元,实际支出4万元;2.公务用车运行维护费,预算8万元,实际支出7万元。',
    rows: [],
  },
  {
    layout: '(一)(二) items, one a paragraph, under a heading …使用情况 (no colon): the heading makes the cue-less amounts spending',
    text: '一、2023年区本级福利彩票公益金使用额度\n\n经区财政局核准,2023年区本级福利彩票公益金使用额度为60.5万元。\n\n二、2023年区本级福利彩票公益金使用情况\n\n(一)老年人助餐服务项目经费25.5万元。\n\n(二)儿童福利设施维护项目经费35万元。主要用于福利院设施维修等。',
    rows: ['老年人助餐服务项目经费 | - | 25.5 | - | 万元', '儿童福利设施维护项目经费 | - | 35 | - | 万元'],
  },
  {
    layout: '1. 2. items under a heading …分配情况: budgets',
    text: '三、专项资金分配情况\n\n1.东湖湿地保护修复工程120万元。\n\n2.西山森林防火通道建设项目80万元。',
    rows: ['东湖湿地保护修复工程 | 120 | - | - | 万元', '西山森林防火通道建设项目 | 80 | - | - | 万元'],
  },
  {
    layout:
      '一是 二是 items under a heading 项目预算投入 (the budget put in), one a paragraph or the page’s lines joined, a need (需资金) as a budget',
    text: '(三)项目预算投入\n\n一是示范村规划编制,需资金177万元\n\n二是示范村建设500万元\n\n三是自然村奖励3039万元',
    rows: ['示范村规划编制 | 177 | - | - | 万元', '示范村建设 | 500 | - | - | 万元', '自然村奖励 | 3039 | - | - | 万元'],
  },
  {
    layout: 'the same, the page’s lines joined into one paragraph under a section whose items state no money',
    text: '(二)项目实施的主要内容\n一是示范村规划编制\n二是示范村建设\n(三)项目预算投入\n一是示范村规划编制,需资金177万元\n二是示范村建设500万元\n三是自然村奖励3039万元\n(四)绩效目标',
    rows: ['示范村规划编制 | 177 | - | - | 万元', '示范村建设 | 500 | - | - | 万元', '自然村奖励 | 3039 | - | - | 万元'],
  },
  {
    layout: 'the same, the items’ line breaks made spaces by a copy: an ordinal right after the amount before it opens the next item',
    text: '(三)项目预算投入\n一是示范村规划编制,需资金177万元 二是示范村建设500万元 三是自然村奖励3039万元',
    rows: ['示范村规划编制 | 177 | - | - | 万元', '示范村建设 | 500 | - | - | 万元', '自然村奖励 | 3039 | - | - | 万元'],
  },
  {
    layout: 'refused: an ordinal after a count (12个 二是…), no amount, opens no item of a money list',
    text: '(三)项目预算投入\n一是建成示范村12个 二是示范村建设500万元',
    rows: [],
  },
  {
    layout: 'refused: the same items under 资金投入情况, the section on the whole reading of the money, which says nothing of them',
    text: '(一)资金投入情况\n\n一是示范村规划编制177万元\n\n二是示范村建设500万元\n\n三是自然村奖励3039万元',
    rows: [],
  },
  {
    layout: 'refused: the same items under 预算执行情况, which says nothing of what the amounts are',
    text: '二、2023年预算执行情况\n\n(一)老年人助餐服务项目经费25.5万元。\n\n(二)儿童福利设施维护项目经费35万元。',
    rows: [],
  },
  {
    layout: 'refused: funding sources under a heading …使用情况',
    text: '二、资金使用情况\n\n(一)中央补助资金25.5万元。\n\n(二)省级补助资金35万元。',
    rows: [],
  },
  {
    layout:
      '(一)(二) categories, each broken down by 其中 in the paragraph below into parts that add up to it: the parts are the rows, the categories their subtotals',
    text: '二、本级福利彩票公益金使用情况\n\n(一)用于社会福利支出120万元,占总数的80%。\n\n其中:用于敬老院设施改造80万元;用于困难老人助餐服务40万元。\n\n(二)用于社会救助支出30万元,占总数的20%。\n\n其中:用于临时救助30万元。',
    rows: ['敬老院设施改造 | - | 80 | - | 万元', '困难老人助餐服务 | - | 40 | - | 万元'],
  },
  {
    layout:
      '(一)(二) classes of allocations, each amount and each part below it broken down by funding source in brackets: the parts are the rows, the classes their subtotals',
    text: '二、资金分配情况\n(一)安排产业发展项目资金900万元。(其中:中央衔接资金600万元、省级衔接资金300万元)。\n1、安排茶叶产业项目资金500万元(其中:中央衔接资金350万元、省级衔接资金150万元)。\n2、安排光伏帮扶项目资金400万元(中央衔接资金400万元)。\n(二)安排基础设施项目资金260万元。(其中:中央衔接资金200万元、省级衔接资金60万元)。\n1、安排村道硬化项目资金180万元(其中:中央衔接资金150万元、省级衔接资金30万元)。\n2、安排饮水安全项目资金80万元(省级衔接资金80万元)。',
    rows: [
      '茶叶产业项目 | 500 | - | - | 万元',
      '光伏帮扶项目 | 400 | - | - | 万元',
      '村道硬化项目 | 180 | - | - | 万元',
      '饮水安全项目 | 80 | - | - | 万元',
    ],
  },
  {
    layout:
      'refused as parts: a bracket after the class’s amount that does not add up to it is a remark, not its breakdown, and the class stays a row',
    text: '二、资金分配情况\n(一)安排产业发展项目资金900万元。(其中:已拨付中央衔接资金600万元)。\n1、安排茶叶产业项目资金500万元。\n2、安排光伏帮扶项目资金400万元。\n(二)安排基础设施项目资金260万元。(其中:已拨付中央衔接资金200万元)。\n1、安排村道硬化项目资金180万元。\n2、安排饮水安全项目资金80万元。',
    rows: [
      '产业发展项目 | 900 | - | - | 万元',
      '茶叶产业项目 | 500 | - | - | 万元',
      '光伏帮扶项目 | 400 | - | - | 万元',
      '基础设施项目 | 260 | - | - | 万元',
      '村道硬化项目 | 180 | - | - | 万元',
      '饮水安全项目 | 80 | - | - | 万元',
    ],
  },
  {
    layout: 'a numbered project whose budget 其中 splits by funding source stays a task (the sources are no parts)',
    text: '1.老旧小区改造项目,预算300万元。其中:中央资金200万元,县级资金100万元。\n2.背街小巷整治项目,预算120万元,实际支出110万元。',
    rows: ['老旧小区改造项目 | 300 | - | - | 万元', '背街小巷整治项目 | 120 | 110 | - | 万元'],
  },
];

const TABLES: Example[] = [
  {
    layout: 'an allocation table whose places stand under a bare 单位 (序号 | 单位 | 金额 | 备注): each place’s share a row',
    text: '2019年美丽乡村建设专项资金分配表\n\n单位:万元\n\n| 序号 | 单位 | 金额 | 备注 |\n|---|---|---|---|\n| 1 | 东江区 | 40 | |\n| 2 | 西岭区 | 40 | |\n| 合计 | | 80 | |',
    rows: ['东江区 | 40 | - | - | 万元', '西岭区 | 40 | - | - | 万元'],
  },
  {
    layout: 'refused: the same table giving its money to bureaus (县教育局 under 单位): no places, no tasks',
    text: '2019年美丽乡村建设专项资金分配表\n\n单位:万元\n\n| 序号 | 单位 | 金额 | 备注 |\n|---|---|---|---|\n| 1 | 县教育局 | 40 | |\n| 2 | 县卫健局 | 40 | |\n| 合计 | | 80 | |',
    rows: [],
  },
  {
    layout: 'a spending column headed 支出总额 or 决算支出 (pipe rows and a row a line)',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算总额 | 支出总额 | 执行率 |\n|---|---|---|---|\n| 城乡低保资金 | 912.05 | 902.05 | 98.90% |\n| 特困供养资金 | 120.00 | 118.80 | 99.00% |\n\n项目名称 预算 决算支出 执行率\n临时救助资金 45 45 100%\n残疾人两项补贴 60 57 95%',
    rows: [
      '城乡低保资金 | 912.05 | 902.05 | 98.90 | 万元',
      '特困供养资金 | 120.00 | 118.80 | 99.00 | 万元',
      '临时救助资金 | 45 | 45 | 100 | 万元',
      '残疾人两项补贴 | 60 | 57 | 95 | 万元',
    ],
  },
  {
    layout: 'refused: 支出总额 beside no budget column of a project list (a row label table of the accounts) names no task',
    text: '某县民政局2023年度部门决算\n\n单位:万元\n\n| 项目 | 支出总额 | 基本支出 | 项目支出 |\n|---|---|---|---|\n| 社会保障和就业支出 | 1030 | 800 | 230 |\n| 卫生健康支出 | 70 | 60 | 10 |',
    rows: [],
  },
  {
    layout: 'a project column headed 项目(任务)名称, 经费项目 or 资金项目 (pipe rows and a row a line)',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目(任务)名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 城乡低保资金 | 912.05 | 902.05 | 98.90% |\n| 特困供养资金 | 120.00 | 118.80 | 99.00% |\n\n| 经费项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 临时救助资金 | 45 | 45 | 100% |\n| 残疾人两项补贴 | 60 | 57 | 95% |\n\n资金项目 预算数 执行数 执行率\n孤儿基本生活费 30 30 100%\n养老服务补贴 80 72 90%',
    rows: [
      '城乡低保资金 | 912.05 | 902.05 | 98.90 | 万元',
      '特困供养资金 | 120.00 | 118.80 | 99.00 | 万元',
      '临时救助资金 | 45 | 45 | 100 | 万元',
      '残疾人两项补贴 | 60 | 57 | 95 | 万元',
      '孤儿基本生活费 | 30 | 30 | 100 | 万元',
      '养老服务补贴 | 80 | 72 | 90 | 万元',
    ],
  },
  {
    layout: 'refused: a 经费项目 column over the “三公” items or the classes of spending names no task',
    text: '某县民政局2023年度部门决算\n\n单位:万元\n\n| 经费项目 | 预算数 | 决算数 |\n|---|---|---|\n| 因公出国(境)费 | 0 | 0 |\n| 公务接待费 | 2.5 | 1.8 |\n\n| 经费项目 | 预算数 | 决算数 |\n|---|---|---|\n| 基本支出 | 800 | 790 |\n| 项目支出 | 300 | 280 |',
    rows: [],
  },
  {
    layout: 'an evaluation notice that lists a unit’s overall spending among its projects: that row is one too',
    text: '某市财政局重点绩效评价结果通报\n| 序号 | 主管部门(单位) | 项目名称 | 资金量(万元) | 评价等级 |\n| 1 | 市园林局 | 城区绿化养护项目 | 420 | 良 |\n| 2 | 市民政局 | 市民政局整体支出 | 3560.8 | 良 |',
    rows: ['城区绿化养护项目 | 420 | - | - | 万元', '市民政局整体支出 | 3560.8 | - | - | 万元'],
  },
  {
    layout: 'refused: the report’s own overall spending under a name column',
    text: '某局2023年度部门整体支出绩效自评报告\n| 项目名称 | 预算数 | 执行数 |\n| 本部门整体支出 | 500 | 480 |\n| 基本支出 | 300 | 295 |',
    rows: [],
  },
  {
    layout: 'an evaluation notice as pipe rows headed 单位 / 项目 / 金额 / 评价档次: the bare 项目 column names the projects',
    text: '某县财政局关于2024年财政支出绩效评价结果的通报\n| 序号 | 单位 | 项目 | 金额(万元) | 评价档次 |\n| 1 | 县农业农村局 | 耕地地力保护补贴发放 | 310.5 | 良好 |\n| 2 | 县卫生健康局 | 基层医疗机构设备购置 | 86 | 中(一般) |',
    rows: ['耕地地力保护补贴发放 | 310.5 | - | - | 万元', '基层医疗机构设备购置 | 86 | - | - | 万元'],
  },
  {
    layout: 'pipe rows that lost the merged 年度主要任务 cell on their left: read one column further right',
    text: '某局2023年度部门整体支出绩效自评报告\n年度主要任务 | 任务名称 | 主要内容 | 预算数 | 执行数 | 执行率 |\n档案数字化 | 扫描档案2万卷 | 60 | 57 | 95% |\n法治宣传 | 开展宣传活动12场 | 20 | 20 | 100% |',
    rows: ['档案数字化 | 60 | 57 | 95 | 万元', '法治宣传 | 20 | 20 | 100 | 万元'],
  },
  {
    layout: '预算金额(万元) over 总额 / 财政拨款 / 其他资金 in the row below, rows short of the merged label',
    text: '某局2023年度部门整体支出绩效自评报告\n年度主要任务 | 任务名称 | 主要内容 | 预算金额(万元) | | |\n| | | 总额 | 财政拨款 | 其他资金 |\n档案数字化 | 扫描档案2万卷 | 60 | 60 | 0 |\n法治宣传 | 开展宣传活动12场 | 20 | 15 | 5 |\n金额合计 | 80 | 75 | 5 |',
    rows: ['档案数字化 | 60 | - | - | 万元', '法治宣传 | 20 | - | - | 万元'],
  },
  {
    layout: 'a project’s table attached to a department’s report, named on a line above it (项目名称:X)',
    text: '某局2023年度部门整体支出绩效自评报告\n\n2023年部门全年预算1,000万元,全年执行980万元,预算执行率98%。\n\n附件:项目支出绩效自评表\n\n项目名称:党建工作经费\n\n| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 30 | 30 | 28.5 | 10 | 95% | 9.5 |',
    rows: ['党建工作经费 | 30 | 28.5 | 95 | 万元'],
  },
  {
    layout: 'a project table in 元, its unit on a line of its own above it',
    text: '某局2023年度部门整体支出绩效自评报告\n\n单位:元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 党建工作经费 | 50,000.00 | 48,000.00 | 96% |\n| 业务培训经费 | 120,000.00 | 118,500.00 | 98.75% |',
    rows: ['党建工作经费 | 50000.00 | 48000.00 | 96 | 元', '业务培训经费 | 120000.00 | 118500.00 | 98.75 | 元'],
  },
  {
    layout: 'a department’s project list with a 合计 row: the projects, never a project named by the next header',
    text: '某局2023年度部门整体支出绩效自评报告\n\n单位:元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 合计 | 250,000.00 | 240,000.00 | 96% |\n| 档案整理经费 | 50,000.00 | 48,000.00 | 96% |\n| 普法宣传经费 | 200,000.00 | 192,000.00 | 96% |',
    rows: ['档案整理经费 | 50000.00 | 48000.00 | 96 | 元', '普法宣传经费 | 200000.00 | 192000.00 | 96 | 元'],
  },
  {
    layout: 'two projects, each named over its own table, in one project report: each table is a task',
    text: '某县2023年度项目支出绩效自评报告\n\n项目名称:村级道路养护\n\n| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 年度资金总额 | 80 | 80 | 76 | 95% |\n\n项目名称:山塘清淤整治\n\n| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n| 年度资金总额 | 40 | 40 | 36 | 90% |',
    rows: ['村级道路养护 | 80 | 76 | 95 | 万元', '山塘清淤整治 | 40 | 36 | 90 | 万元'],
  },
  {
    layout: 'evaluation notice: 序号 / 主管部门 / 项目名称 / 资金量 / 等级',
    text: [
      '| 序号 | 主管部门 | 项目名称 | 资金量(万元) | 等级 |',
      '|---|---|---|---|---|',
      '| 1 | 县农业农村局 | 高标准农田建设项目 | 1200 | 优 |',
      '| 2 | 县教育局 | 学生营养改善计划 | 356.8 | 良 |',
    ].join('\n'),
    rows: ['高标准农田建设项目 | 1200 | - | - | 万元', '学生营养改善计划 | 356.8 | - | - | 万元'],
  },
  {
    layout: 'project rows with indicator rows between them; rows that lost merged leading cells; 元',
    text: [
      '| 金额单位:元 |',
      '',
      '| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |',
      '|---|---|---|---|---|---|---|---|',
      '| 101-某镇 | 1,000,000.00 |',
      '| 101001-某镇人民政府 | 村级公益事业补助 | 600,000.00 | 按时拨付 | 产出指标 | 数量指标 | 村数 | 11 |',
      '| 产出指标 | 时效指标 | 及时拨付 | 1 |',
      '| 环境卫生整治经费 | 400,000.00 | 保持村容整洁 | 效益指标 | 社会效益指标 | 满意度 | 95 |',
    ].join('\n'),
    rows: ['村级公益事业补助 | 600000.00 | - | - | 元', '环境卫生整治经费 | 400000.00 | - | - | 元'],
  },
  {
    layout: 'year columns in a list table: the report year is taken',
    text: [
      '# 某局2023年度部门整体支出绩效自评报告',
      '',
      '| 子项目名称 | 2022年预算数 | 2023年预算数 | 2023年执行数 |',
      '|---|---|---|---|',
      '| 网格化管理 | 30 | 40 | 38 |',
      '| 应急物资储备 | 10 | 12 | 12 |',
    ].join('\n'),
    rows: ['网格化管理 | 40 | 38 | - | 万元', '应急物资储备 | 12 | 12 | - | 万元'],
  },
  {
    layout: 'sub-projects below the money header of a project table, funding rows skipped',
    text: [
      '| 项目名称 | 农村人居环境整治 |',
      '|---|---|',
      '',
      '| 资金投入(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |',
      '|---|---|---|---|---|---|',
      '| 年度资金总额 | 300 | 285 | 10 | 95% | 9.5 |',
      '| 其中:财政资金 | 300 | 285 | / | 95% | / |',
      '| 其他资金 | | | | | |',
      '| 村庄清洁行动 | 100 | 90 | | 90% | |',
      '| 户厕改造 | 200 | 195 | | 97.5% | |',
    ].join('\n'),
    rows: ['村庄清洁行动 | 100 | 90 | 90 | 万元', '户厕改造 | 200 | 195 | 97.5 | 万元'],
  },
  {
    layout:
      'sub-projects a row a line under a form’s funds header with 年初预算数, their blank 年初 cell dropped: read where spending over budget is the rate',
    text: [
      '项目支出绩效自评表',
      '项目名称 农村人居环境整治',
      '项目资金(万元) 年初预算数 全年预算数 全年执行数 执行率',
      '年度资金总额 200 220 210 95.45%',
      '其中:厕所改造 120 118 98.33%',
      '垃圾收运 60 57 95%',
      '污水处理 40 35 87.5%',
    ].join('\n'),
    rows: ['厕所改造 | 120 | 118 | 98.33 | 万元', '垃圾收运 | 60 | 57 | 95 | 万元', '污水处理 | 40 | 35 | 87.5 | 万元'],
  },
  {
    layout: 'refused: sub-project rows a number short whose spending over budget is not their rate: which column is blank is unknown',
    text: [
      '项目支出绩效自评表',
      '项目名称 农村人居环境整治',
      '项目资金(万元) 年初预算数 全年预算数 全年执行数 执行率',
      '年度资金总额 200 220 210 95.45%',
      '厕所改造 100 118 98.33%',
      '垃圾收运 50 57 95%',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'sub-projects of a project table copied as text, a row per line',
    text: [
      '项目支出绩效自评表',
      '项目资金(万元)',
      '资金来源 年初预算数 全年预算数 全年执行数 分值权重 执行率 得分',
      '年度资金总额 300 300 285 10 95% 9.5',
      '其中:当年财政拨款 300 300 285 - - -',
      '村庄清洁行动 100 100 90 - 90% -',
      '户厕改造 200 200 195 - 97.5% -',
      '年度总体目标 总体目标完成情况',
    ].join('\n'),
    rows: ['村庄清洁行动 | 100 | 90 | 90 | 万元', '户厕改造 | 200 | 195 | 97.5 | 万元'],
  },
  {
    layout: 'refused: sub-project rows whose rate is not their spending over their budget (shifted cells)',
    text: [
      '| 全年预算数 | 全年执行数 | 执行率 |',
      '|---|---|---|',
      '| 年度资金总额 | 300 | 285 | 95% |',
      '| 村庄清洁行动 | 100 | 90 | 60% |',
      '| 户厕改造 | 200 | 195 | 90% |',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'refused: only the total and funding-source rows under the money header',
    text: [
      '| 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 |',
      '|---|---|---|---|---|',
      '| 总额 | 5.00 | 5.00 | 5.00 | 100.00% |',
      '| 其中:财政资金 | 5.00 | 5.00 | 5.00 | 100.00% |',
      '| 财政专户管理资金 | 0.00 | 0.00 | 0.00 | 0.00% |',
      '| 单位资金 | 0.00 | 0.00 | 0.00 | 0.00% |',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'refused: a one-project table (its figures are figures)',
    text: ['| 项目名称 | 预算数 | 执行数 | 执行率 |', '|---|---|---|---|', '| 农村公路养护 | 300 | 280 | 93.33% |'].join('\n'),
    rows: [],
  },
  {
    layout: 'refused: funding-source and total rows',
    text: [
      '| 项目名称 | 预算数 | 执行数 |',
      '|---|---|---|',
      '| 合计 | 300 | 280 |',
      '| 其中:财政资金 | 200 | 190 |',
      '| 其他资金 | 100 | 90 |',
    ].join('\n'),
    rows: [],
  },
  {
    // 实际 alone under a money group is what was spent, as 预算 alone is what was budgeted
    layout: 'a header over two rows: 资金(万元) over 预算 / 实际 / 执行率 (a bare 实际 is the spending)',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 项目名称 | 资金(万元) | | |\n|---|---|---|---|\n| | 预算 | 实际 | 执行率 |\n| 堤防加固工程 | 260 | 255 | 98.08% |\n| 村级公路养护 | 140 | 121 | 86.43% |',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '村级公路养护 | 140 | 121 | 86.43 | 万元'],
  },
  {
    // the group above a sub-column gives its year: the report year's pair is the projects' own figures
    layout: 'a header over two rows whose groups are years (2022年(万元) | 2023年(万元)), each over 预算 / 实际: the report year is read',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 2022年(万元) | | 2023年(万元) | |\n|---|---|---|---|---|\n| | 预算 | 实际 | 预算 | 实际 |\n| 小型水库除险加固 | 380 | 370 | 420 | 398.5 |\n| 水土保持治理 | 60 | 60 | 85 | 85 |',
    rows: ['小型水库除险加固 | 420 | 398.5 | - | 万元', '水土保持治理 | 85 | 85 | - | 万元'],
  },
  {
    // with no report year, the two years' columns of one measure cannot be told apart
    layout: 'refused: year groups over 预算 / 实际 in a report that states no year',
    text: '某县水利局部门整体支出绩效自评报告\n\n| 项目名称 | 2022年(万元) | | 2023年(万元) | |\n|---|---|---|---|---|\n| | 预算 | 实际 | 预算 | 实际 |\n| 小型水库除险加固 | 380 | 370 | 420 | 398.5 |\n| 水土保持治理 | 60 | 60 | 85 | 85 |',
    rows: [],
  },
  {
    // 计划 / 实际 under an indicator group are output targets: 计划 is no money column, so the header is none
    layout: 'refused: 指标 over 计划 / 实际 / 完成率 beside the project names (output targets, no money)',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 指标 | | |\n|---|---|---|---|\n| | 计划 | 实际 | 完成率 |\n| 小型水库除险加固 | 5 | 5 | 100% |\n| 水土保持治理 | 12 | 11 | 91.67% |',
    rows: [],
  },
  {
    // the money column is written in words: each cell is an item's clause of cue and amount pieces
    layout: 'a project table whose money is a sentence in one cell (项目名称 | 预算执行情况: 预算…万元,执行…万元,执行率…%)',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 项目名称 | 预算执行情况 |\n|---|---|\n| 堤防加固工程 | 预算260万元,执行255万元,执行率98.08% |\n| 村级公路养护 | 预算140万元,执行121万元,执行率86.43% |',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '村级公路养护 | 140 | 121 | 86.43 | 万元'],
  },
  {
    layout: 'sentences in a 资金使用情况 column between a serial and a grade, each closed by commentary or a date lead',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 序号 | 项目名称 | 资金使用情况 | 评价等级 |\n|---|---|---|---|\n| 1 | 城区污水管网改造 | 全年预算数420万元,实际支出401.5万元,预算执行率95.60%。 | 优 |\n| 2 | 乡镇卫生院设备购置 | 安排资金86万元,已支付86万元,执行率100%,设备已全部投入使用。 | 良 |\n| 3 | 老旧小区改造 | 截至2023年12月31日,支付资金210万元。 | 良 |',
    rows: [
      '城区污水管网改造 | 420 | 401.5 | 95.60 | 万元',
      '乡镇卫生院设备购置 | 86 | 86 | 100 | 万元',
      '老旧小区改造 | - | 210 | - | 万元',
    ],
  },
  {
    // a change on last year and a split by funding level are no project's budget or spending
    layout: 'refused: 资金使用情况 cells that open with a change (比上年增加) or a funding split (其中中央资金)',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 项目名称 | 资金使用情况 |\n|---|---|\n| 城区污水管网改造 | 比上年增加30万元,主要用于管网改造 |\n| 乡镇卫生院设备购置 | 其中中央资金60万元,县级配套26万元 |',
    rows: [],
  },
  {
    // 完成情况 tells of outputs (kilometres, devices): no column of money
    layout: 'refused: a 完成情况 column whose sentences give outputs before any money',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 项目名称 | 完成情况 |\n|---|---|\n| 城区污水管网改造 | 完成管网改造12公里,投入资金420万元 |\n| 乡镇卫生院设备购置 | 购置设备30台,支出86万元 |',
    rows: [],
  },
  {
    // a row numbered 一、 among rows numbered 1, 2 heads a class of projects (its amounts their sum): no project
    layout: 'a project list numbered on two levels (序号 一、 over 1, 2): the group rows are classes, no tasks',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 一、 | 城乡建设 | 400 | 376 | 94% |\n| 1 | 堤防加固工程 | 260 | 255 | 98.08% |\n| 2 | 山塘整治 | 140 | 121 | 86.43% |\n| 二、 | 民生保障 | 90 | 81 | 90% |\n| 3 | 校舍维修 | 90 | 81 | 90% |\n| | 合计 | 490 | 457 | 93.27% |',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '山塘整治 | 140 | 121 | 86.43 | 万元', '校舍维修 | 90 | 81 | 90 | 万元'],
  },
  {
    layout: 'a project list numbered on two levels inside the name cells (一、城乡建设 over 1.堤防加固工程)',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n单位:万元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 一、城乡建设 | 400 | 376 | 94% |\n| 1.堤防加固工程 | 260 | 255 | 98.08% |\n| 2.山塘整治 | 140 | 121 | 86.43% |\n| 二、民生保障 | 90 | 81 | 90% |\n| 1.校舍维修 | 90 | 81 | 90% |',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '山塘整治 | 140 | 121 | 86.43 | 万元', '校舍维修 | 90 | 81 | 90 | 万元'],
  },
  {
    // numbered on one level only, the Chinese numerals number the projects themselves
    layout: 'refused as groups: a list whose only serials are 一, 二, 三 keeps every row',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 一 | 堤防加固工程 | 260 | 255 | 98.08% |\n| 二 | 山塘整治 | 140 | 121 | 86.43% |\n| 三 | 校舍维修 | 90 | 81 | 90% |',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '山塘整治 | 140 | 121 | 86.43 | 万元', '校舍维修 | 90 | 81 | 90 | 万元'],
  },
  {
    // a copy one cell a paragraph keeps the pairs in order: a name, then its sentence
    layout: 'the 项目名称 | 预算执行情况 list flattened one cell a paragraph: name and sentence in turn',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n项目名称\n\n预算执行情况\n\n堤防加固工程\n\n预算260万元,执行255万元,执行率98.08%\n\n村级公路养护\n\n预算140万元,执行121万元,执行率86.43%',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '村级公路养护 | 140 | 121 | 86.43 | 万元'],
  },
  {
    // one project's sentence under the header is that project's own figures (convention 7), no task
    layout: 'refused: the flattened 项目名称 | 预算执行情况 with a single project',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n项目名称\n\n预算执行情况\n\n堤防加固工程\n\n预算260万元,执行255万元,执行率98.08%',
    rows: [],
  },
  {
    // each money column states its own unit, so neither is a group header over the other
    layout: 'a bare 项目 column beside two money columns that each state a unit (预算(万元) | 支出(万元)): project rows',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n| 项目 | 预算(万元) | 支出(万元) |\n|---|---|---|\n| 堤防加固工程 | 260 | 255 |\n| 村级公路养护 | 140 | 121 |',
    rows: ['堤防加固工程 | 260 | 255 | - | 万元', '村级公路养护 | 140 | 121 | - | 万元'],
  },
  {
    // a final account's row labels under a bare 项目: spending items by economic class, no projects
    layout: 'refused: 项目 | 预算(万元) | 支出(万元) over a final account’s items (办公费, 差旅费, 维修(护)费)',
    text: '某县农业农村局2023年度部门决算说明\n\n| 项目 | 预算(万元) | 支出(万元) |\n|---|---|---|\n| 办公费 | 30 | 29 |\n| 差旅费 | 15 | 13 |\n| 维修(护)费 | 20 | 18 |',
    rows: [],
  },
  {
    // a class of projects (unnumbered) states the sum of the projects below it, up to the next class: no project of its own
    layout: 'unnumbered group rows whose amounts are the sums of the project rows below them: the projects only',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 生态保护类 | 230 | 215 | 93.48% |\n| 天然林管护 | 150 | 140 | 93.33% |\n| 湿地修复 | 80 | 75 | 93.75% |\n| 产业发展类 | 95.5 | 90 | 94.24% |\n| 林下经济 | 60.5 | 58 | 95.87% |\n| 苗木培育 | 35 | 32 | 91.43% |',
    rows: [
      '天然林管护 | 150 | 140 | 93.33 | 万元',
      '湿地修复 | 80 | 75 | 93.75 | 万元',
      '林下经济 | 60.5 | 58 | 95.87 | 万元',
      '苗木培育 | 35 | 32 | 91.43 | 万元',
    ],
  },
  {
    // a sum that does not match is no group: the row may be a project as large as the two below it together
    layout: 'refused: a would-be group row whose budget is not the sum of the rows below it: every row a project',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 生态保护类 | 230 | 215 | 93.48% |\n| 天然林管护 | 150 | 140 | 93.33% |\n| 湿地修复 | 80 | 75 | 93.75% |\n| 产业发展类 | 98 | 90 | 91.84% |\n| 林下经济 | 60.5 | 58 | 95.87% |\n| 苗木培育 | 35 | 32 | 91.43% |',
    rows: [
      '生态保护类 | 230 | 215 | 93.48 | 万元',
      '天然林管护 | 150 | 140 | 93.33 | 万元',
      '湿地修复 | 80 | 75 | 93.75 | 万元',
      '产业发展类 | 98 | 90 | 91.84 | 万元',
      '林下经济 | 60.5 | 58 | 95.87 | 万元',
      '苗木培育 | 35 | 32 | 91.43 | 万元',
    ],
  },
  {
    // groups divide the whole list or there are none: one row equal to the two below it, under a project, is chance
    layout: 'refused: a row equal to the sum of the last two, below a project no group heads: every row a project',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 森林防火 | 100 | 95 | 95% |\n| 有害生物防治 | 80 | 76 | 95% |\n| 古树名木保护 | 50 | 48 | 96% |\n| 护林员补助 | 30 | 28 | 93.33% |',
    rows: [
      '森林防火 | 100 | 95 | 95 | 万元',
      '有害生物防治 | 80 | 76 | 95 | 万元',
      '古树名木保护 | 50 | 48 | 96 | 万元',
      '护林员补助 | 30 | 28 | 93.33 | 万元',
    ],
  },
  {
    // amounts to the yuan in 万元 (six decimals) add up exactly: rounding each to four would miss this sum by one
    layout: 'unnumbered group rows whose amounts, stated to six decimals, are the exact sums of the rows below',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算数 | 执行数 |\n|---|---|---|\n| 生态保护类 | 153.550567 | 150 |\n| 天然林管护 | 100.000033 | 98 |\n| 湿地修复 | 53.550534 | 52 |\n| 产业发展类 | 20.5 | 20 |\n| 林下经济 | 10.25 | 10 |\n| 苗木培育 | 10.25 | 10 |',
    rows: [
      '天然林管护 | 100.000033 | 98 | - | 万元',
      '湿地修复 | 53.550534 | 52 | - | 万元',
      '林下经济 | 10.25 | 10 | - | 万元',
      '苗木培育 | 10.25 | 10 | - | 万元',
    ],
  },
  {
    // the list's own total counts every row: a row equal to the rows below it is chance where the total is all the rows'
    layout: 'an allocation table whose first town equals the two below it, 合计 the sum of all three: every town a row',
    text: '救灾补助资金指标分配表\n\n单位:万元\n\n| 乡镇 | 金额 |\n|---|---|\n| 东坪乡 | 2 |\n| 西岭镇 | 0.5 |\n| 南溪镇 | 1.5 |\n| 合计 | 4 |',
    rows: ['东坪乡 | 2 | - | - | 万元', '西岭镇 | 0.5 | - | - | 万元', '南溪镇 | 1.5 | - | - | 万元'],
  },
  {
    layout: 'the same allocation flattened one cell a line, 合计 closing it: every town a row',
    text: '救灾补助资金指标分配表\n单位:万元\n乡镇\n金额\n东坪乡\n2\n西岭镇\n0.5\n南溪镇\n1.5\n合计\n4\n',
    rows: ['东坪乡 | 2 | - | - | 万元', '西岭镇 | 0.5 | - | - | 万元', '南溪镇 | 1.5 | - | - | 万元'],
  },
  {
    layout: 'the same allocation one row a line, its 合计 set first under the header: every town a row',
    text: '救灾补助资金指标分配表 单位:万元\n乡镇 金额\n合计 4\n东坪乡 2\n西岭镇 0.5\n南溪镇 1.5\n',
    rows: ['东坪乡 | 2 | - | - | 万元', '西岭镇 | 0.5 | - | - | 万元', '南溪镇 | 1.5 | - | - | 万元'],
  },
  {
    // a Word cell's distributed alignment spreads its word, and the copy keeps the spaces: "乡 镇" is the header 乡镇
    layout: 'an allocation one cell a line, its header words spaced out (乡 镇 / 金 额): every town a row',
    text: '救灾补助资金指标分配表\n单位:万元\n乡 镇\n金 额\n东坪乡\n3\n西岭镇\n0.5\n南溪镇\n1.5\n合计\n5\n',
    rows: ['东坪乡 | 3 | - | - | 万元', '西岭镇 | 0.5 | - | - | 万元', '南溪镇 | 1.5 | - | - | 万元'],
  },
  {
    layout: 'the same with a wider spread (乡  镇 / 金\u3000额, two spaces, a full-width one) and blank lines between cells',
    text: '救灾补助资金指标分配表\n\n单位:万元\n\n乡  镇\n\n金\u3000额\n\n东坪乡\n\n3\n\n西岭镇\n\n0.5\n\n南溪镇\n\n1.5\n\n合计\n\n5\n',
    rows: ['东坪乡 | 3 | - | - | 万元', '西岭镇 | 0.5 | - | - | 万元', '南溪镇 | 1.5 | - | - | 万元'],
  },
  {
    // an aggregator's copy ran the table's cells together: one money column, each row a place and its amount
    layout: 'an allocation run together with one money column (乡镇补助经费(万元)备注东坪乡5西岭镇1.5…全县合计8.5): every town a row',
    text: '附件1 2025年某县动物防疫补助资金分配表乡镇补助经费(万元)备注东坪乡5西岭镇1.5南溪镇2全县合计8.5注:根据村数安排',
    rows: ['东坪乡 | 5 | - | - | 万元', '西岭镇 | 1.5 | - | - | 万元', '南溪镇 | 2 | - | - | 万元'],
  },
  {
    layout: 'refused: the same run whose 合计 is not the sum of the towns (a cell lost or glued): no rows',
    text: '附件1 2025年某县动物防疫补助资金分配表乡镇补助经费(万元)备注东坪乡5西岭镇1.5南溪镇2全县合计9注:根据村数安排',
    rows: [],
  },
  {
    layout: 'refused: a bureau among the places (县林业局3): the run ends there, short of its total, and no row is read',
    text: '附件1 2025年某县动物防疫补助资金分配表乡镇补助经费(万元)备注东坪乡5县林业局3南溪镇2全县合计10',
    rows: [],
  },
  {
    // a fund's name alone, then places only: the fund divided among them, each place's share its budget
    layout:
      'a fund named alone, then its division among places, no total (2020年A资金(统筹整合部分)甲县58.97万元,乙县…): every place a row',
    text: '某地区2020年度农村环境整治资金绩效自评报告\n\n2020年中央农村环境整治资金(统筹整合部分)东山县58.97万元,西河县118.71万元,南岭县78.2万元,北坡市61.28万元。',
    rows: [
      '东山县 | 58.97 | - | - | 万元',
      '西河县 | 118.71 | - | - | 万元',
      '南岭县 | 78.2 | - | - | 万元',
      '北坡市 | 61.28 | - | - | 万元',
    ],
  },
  {
    layout: 'the same division among an Inner Mongolian banner’s townships (苏木) and towns: places too',
    text: '某旗2026年帮扶资金分配公告\n\n2026年农牧区帮扶资金(统筹整合部分)甲苏木30万元,乙镇20万元,丙苏木10万元。',
    rows: ['甲苏木 | 30 | - | - | 万元', '乙镇 | 20 | - | - | 万元', '丙苏木 | 10 | - | - | 万元'],
  },
  {
    layout: 'refused: kinds of them (各苏木, 苏木镇) name no one place',
    text: '某旗2026年帮扶资金分配公告\n\n2026年农牧区帮扶资金(统筹整合部分)各苏木30万元,乙镇20万元,丙苏木10万元。',
    rows: [],
  },
  {
    layout: 'refused: a verb among the fund’s words (…资金支出东山县58.97万元,…): what the amounts measure is the verb’s, no rows',
    text: '某地区2020年度农村环境整治资金绩效自评报告\n\n2020年中央农村环境整治资金(统筹整合部分)支出东山县58.97万元,西河县118.71万元,南岭县78.2万元。',
    rows: [],
  },
  {
    layout: 'refused: two places only, or a bureau among them (县林业局): no rows',
    text: '某地区2020年度农村环境整治资金绩效自评报告\n\n2020年中央农村环境整治资金(统筹整合部分)东山县58.97万元,西河县118.71万元。2021年中央农村环境整治资金(统筹整合部分)东山县40万元,县林业局30万元,南岭县20万元。',
    rows: [],
  },
  {
    // the total counts the projects once: the group rows, counted too, would double it, so they stay groups
    layout: 'refused as rows: group rows over their projects under a 合计 of the projects alone: the projects only',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算数 | 执行数 |\n|---|---|---|\n| 生态保护类 | 230 | 215 |\n| 天然林管护 | 150 | 140 |\n| 湿地修复 | 80 | 75 |\n| 产业发展类 | 95.5 | 90 |\n| 林下经济 | 60.5 | 58 |\n| 苗木培育 | 35 | 32 |\n| 合计 | 325.5 | 305 |',
    rows: [
      '天然林管护 | 150 | 140 | - | 万元',
      '湿地修复 | 80 | 75 | - | 万元',
      '林下经济 | 60.5 | 58 | - | 万元',
      '苗木培育 | 35 | 32 | - | 万元',
    ],
  },
  {
    layout: 'unnumbered group rows in a list copied as text, one row a line: the projects only',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n项目名称 预算数 执行数 执行率\n生态保护类 230 215 93.48%\n天然林管护 150 140 93.33%\n湿地修复 80 75 93.75%\n产业发展类 95.5 90 94.24%\n林下经济 60.5 58 95.87%\n苗木培育 35 32 91.43%\n',
    rows: [
      '天然林管护 | 150 | 140 | 93.33 | 万元',
      '湿地修复 | 80 | 75 | 93.75 | 万元',
      '林下经济 | 60.5 | 58 | 95.87 | 万元',
      '苗木培育 | 35 | 32 | 91.43 | 万元',
    ],
  },
];

/** A pipe row, an empty cell a bar's space ("| 北坡 | | |"). */
const pipeRow = (cells: string[]) => `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
/** An allocation table in pipe rows under its caption (附件, title and unit, then a blank line). */
const allocationTable = (caption: string, header: string[], rows: string[][]) =>
  [caption, '', pipeRow(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(pipeRow)].join('\n');
const PROVINCE_ALLOCATION = '附件1\n某省2021年义务教育补助资金分配表\n单位:万元';
const FUND_ALLOCATION = '附件\n2019年资金分配表\n单位:万元';

const REGION_HEADER = ['地区', '已预下达', '本次下达', '合计下达'];
const QINGSHAN_ROW = ['青山县', '1000', '300', '1300'];
const BAISHUI_ROW = ['白水县', '500', '100', '600'];
const NANLING_ROW = ['南岭区', '800', '300', '1100'];
/** A central allocation by 地区 (rows copied without their leading bar) whose money column stands before a class's batches. */
const CLASS_BATCHES_CAPTION = '附件\n某省2022年文化发展专项资金分配汇总表\n单位:万元';
const CLASS_BATCHES_HEADER = '序号 | 地区 | 支持金额 合计 | 重点项目 |';
const CLASS_BATCHES_SUB_HEADER = '提前下达数 | 本次下达数 |';
const CLASS_BATCHES_TOTAL = '| 合计 | 1500 | 600 | 900 |';
const CLASS_BATCHES_ROWS = '1 | 青山 | 700 | 300 | 400 |\n2 | 白水 | 500 | | 500 |\n3 | 南岭 | 300 | 300 | |';
const CLASS_BATCHES_READ = ['青山 | 700 | - | - | 万元', '白水 | 500 | - | - | 万元', '南岭 | 300 | - | - | 万元'];
/** The rows of the three places every variant of the 地区 table keeps. */
const REGION_ROWS_READ = ['青山县 | 1300 | - | - | 万元', '白水县 | 600 | - | - | 万元', '南岭区 | 1100 | - | - | 万元'];

const FLATTENED: Example[] = [
  {
    layout:
      'an allocation table one cell a paragraph, its money headed 资金分配额度, its 单位 column naming a place’s libraries and culture stations: institutions named after their place are its rows',
    text: '2019年“三馆一站”免费开放专项资金\n\n分配情况\n\n单  位\n\n资金分配额度(万元)\n\n甲区图书馆\n\n10\n\n甲区文化馆\n\n10\n\n甲区东山镇综合文化站\n\n3\n\n甲区西河镇综合文化站\n\n3\n\n合计\n\n26',
    rows: [
      '甲区图书馆 | 10 | - | - | 万元',
      '甲区文化馆 | 10 | - | - | 万元',
      '甲区东山镇综合文化站 | 3 | - | - | 万元',
      '甲区西河镇综合文化站 | 3 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same 单位 column naming bureaus (a bureau given money is no task): no rows',
    text: '2019年“三馆一站”免费开放专项资金\n\n分配情况\n\n单  位\n\n资金分配额度(万元)\n\n甲区文化局\n\n10\n\n甲区财政局\n\n10\n\n甲区教育局\n\n3\n\n甲区民政局\n\n3\n\n合计\n\n26',
    rows: [],
  },
  {
    layout:
      'an allocation table one cell a paragraph whose place column lost its header (补助资金(万元) / 约束性任务 over 东山镇 / 0.5 / 补助1户): each row opens with a place, the 合计 row their sum',
    text: '附件1\n\n2024年度巩固脱贫成果应急救助补助资金分配表及任务清单\n\n补助资金(万元)\n\n约束性任务\n\n东山镇\n\n0.5\n\n补助1户\n\n西河乡\n\n1.2\n\n补助2户\n\n南岭镇\n\n0.8\n\n补助1户\n\n合计\n\n2.5\n\n补助4户',
    rows: ['东山镇 | 0.5 | - | - | 万元', '西河乡 | 1.2 | - | - | 万元', '南岭镇 | 0.8 | - | - | 万元'],
  },
  {
    layout: 'refused: the same whose 合计 is not the rows’ sum (a row lost, or the first cell no place’s column): no rows',
    text: '附件1\n\n2024年度巩固脱贫成果应急救助补助资金分配表及任务清单\n\n补助资金(万元)\n\n约束性任务\n\n东山镇\n\n0.5\n\n补助1户\n\n西河乡\n\n1.2\n\n补助2户\n\n南岭镇\n\n0.8\n\n补助1户\n\n合计\n\n3.5\n\n补助4户',
    rows: [],
  },
  {
    layout: 'refused: the same whose rows open with people, no places: no rows',
    text: '附件1\n\n2024年度巩固脱贫成果应急救助补助资金分配表及任务清单\n\n补助资金(万元)\n\n约束性任务\n\n张三\n\n0.5\n\n补助1户\n\n李四\n\n1.2\n\n补助2户\n\n王五\n\n0.8\n\n补助1户\n\n合计\n\n2.5\n\n补助4户',
    rows: [],
  },
  {
    layout:
      'an allocation table one cell a line (each ending " |") under a title naming its parts (…分配表和任务清单): 乡镇名单 names the rows, 乡镇类型 and 任务清单 are words',
    text: '附件1\n2025年市级乡村振兴专项资金分配表和任务清单\n序号 |\n乡镇名单 |\n乡镇类型 |\n补助资金(万元) |\n任务清单 |\n1 |\n东山镇 |\n农业生态型 |\n50 |\n用于整镇推进项目建设补助 |\n2 |\n西河乡 |\n农业生态型 |\n50 |\n用于整镇推进项目建设补助 |\n合计 |\n100 |\n|',
    rows: ['东山镇 | 50 | - | - | 万元', '西河乡 | 50 | - | - | 万元'],
  },
  {
    layout: 'refused: a 名单 of people (人员名单) names no places: no rows',
    text: '附件1\n2025年市级乡村振兴专项资金分配表和任务清单\n序号 |\n人员名单 |\n乡镇类型 |\n补助资金(万元) |\n任务清单 |\n1 |\n张三 |\n农业生态型 |\n50 |\n用于整镇推进项目建设补助 |\n2 |\n李四 |\n农业生态型 |\n50 |\n用于整镇推进项目建设补助 |\n合计 |\n100 |\n|',
    rows: [],
  },
  {
    layout:
      'an allocation table one cell a paragraph (序号 / 单位 / 金额(万元) / 备注), each blank 备注 one blank line more, 合 计 spaced: the 单位 column names the places the fund is divided among',
    text: '某市财政局关于下达2019年美丽乡村建设专项资金的通知\n\n现将2019年美丽乡村建设专项资金80万元下达给你们。\n\n2019年美丽乡村建设专项资金分配表\n\n序号\n\n单位\n\n金额(万元)\n\n备注\n\n1\n\n东江区\n\n40\n\n\n2\n\n西岭区\n\n40\n\n\n合 计\n\n80',
    rows: ['东江区 | 40 | - | - | 万元', '西岭区 | 40 | - | - | 万元'],
  },
  {
    layout: 'the same table under 地区: the spaced total row (合 计) after the last row’s blank 备注 ends the list',
    text: '某市财政局关于下达2019年美丽乡村建设专项资金的通知\n\n现将2019年美丽乡村建设专项资金80万元下达给你们。\n\n2019年美丽乡村建设专项资金分配表\n\n序号\n\n地区\n\n金额(万元)\n\n备注\n\n1\n\n东江区\n\n40\n\n\n2\n\n西岭区\n\n40\n\n\n合 计\n\n80',
    rows: ['东江区 | 40 | - | - | 万元', '西岭区 | 40 | - | - | 万元'],
  },
  {
    layout: 'refused: under 单位 the bureaus given money (县教育局, 县卫健局) are no places, no tasks',
    text: '某市财政局关于下达2019年美丽乡村建设专项资金的通知\n\n现将2019年美丽乡村建设专项资金80万元下达给你们。\n\n2019年美丽乡村建设专项资金分配表\n\n序号\n\n单位\n\n金额(万元)\n\n备注\n\n1\n\n县教育局\n\n40\n\n\n2\n\n县卫健局\n\n40\n\n\n合 计\n\n80',
    rows: [],
  },
  {
    layout:
      'a numbered list one cell a line whose row has two blank cells, each a blank line, one after its name and one after its last value',
    text: '某县文化旅游局2023年度部门整体支出绩效自评报告\n\n(三)项目支出情况\n序号\n项目名称\n全年预算数(万元)\n全年执行数(万元)\n执行率\n1\n非遗保护传承\n35.6\n35.6\n100%\n2\n文物安全巡查\n\n12.5\n\n3\n公共文化服务体系建设\n120\n108\n90%',
    rows: ['非遗保护传承 | 35.6 | 35.6 | 100 | 万元', '文物安全巡查 | - | 12.5 | - | 万元', '公共文化服务体系建设 | 120 | 108 | 90 | 万元'],
  },
  {
    layout:
      'refused: a header line ending in a word that heads no known column (… 实际支出 支出比例): that word is no head of the first row’s name',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n\n单位:万元\n项目名称 批复预算 实际支出 支出比例\n城乡低保资金 912.05 902.05 98.90%\n特困供养资金 120.00 118.80 99.00%',
    rows: [],
  },
  {
    layout: 'a name one cell a line wrapped over two lines (城乡低保 / 资金) under a header one cell a line still joins',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n\n单位:万元\n项目名称\n预算数\n执行数\n执行率\n城乡低保\n资金\n912.05\n902.05\n98.90%\n特困供养资金\n120.00\n118.80\n99.00%',
    rows: ['城乡低保资金 | 912.05 | 902.05 | 98.90 | 万元', '特困供养资金 | 120.00 | 118.80 | 99.00 | 万元'],
  },
  {
    layout: 'a notice a row a line whose last project was not graded (得分 and 等级 written /), its 主管部门 merged above',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 主管部门 项目名称 资金量(万元) 得分 等级\n1 县教育局 学生资助补助经费 2350.00 92 优\n2 县卫健局 基本公共卫生服务项目 1820.36 78.5 中\n3 家庭医生签约服务 300 / /',
    rows: [
      '学生资助补助经费 | 2350.00 | - | - | 万元',
      '基本公共卫生服务项目 | 1820.36 | - | - | 万元',
      '家庭医生签约服务 | 300 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a word under 等级 that is no grade (a name shifted there) still breaks the row',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 主管部门 项目名称 资金量(万元) 得分 等级\n1 县教育局 学生资助补助经费 2350.00 92 优\n2 县卫健局 基本公共卫生服务项目 1820.36 78.5 中\n3 家庭医生签约服务 300 / 县卫健局',
    rows: ['学生资助补助经费 | 2350.00 | - | - | 万元', '基本公共卫生服务项目 | 1820.36 | - | - | 万元'],
  },
  {
    layout: 'items opened by the money they are part of (全年预算中,): each name with its budget, then its spending, in 元',
    text: '三、资金使用情况\n\n全年预算中,住院救助5,120,000.00元,实际支出4,986,312.40元;门诊慢特病救助2,306,300.00元,实际支出2,118,450.00元。',
    rows: ['住院救助 | 5120000.00 | 4986312.40 | - | 元', '门诊慢特病救助 | 2306300.00 | 2118450.00 | - | 元'],
  },
  {
    layout:
      'items opened by the investment they are part of (在已完成的投资中,): each name and what it completed, a share of its target read past',
    text: '截至9月底,全市水利建设项目已安排投资计划3.2亿元,累计完成投资2.6亿元。在已完成的投资中,城乡供水一体化完成投资9800万元,占目标任务的85%;中小河流治理完成投资6400万元,占目标任务的92%;灌区续建配套与节水改造完成投资5200万元,占目标任务的78%。',
    rows: ['城乡供水一体化 | - | 9800 | - | 万元', '中小河流治理 | - | 6400 | - | 万元', '灌区续建配套与节水改造 | - | 5200 | - | 万元'],
  },
  {
    layout: 'items after 其中, each how far its works got (完成100%) before its payment: the progress read past, no rate',
    text: '截至6月底共收到财政拨款284.91万元,已全部支付给施工单位。其中病房楼装修改造工程完成100%,已支付123.14万元,占合同价比60%;医疗设备采购完成约40%,已支付60.25万元,占合同价比44.9%;信息化工程完成100%,已支付101.52万元。',
    rows: ['病房楼装修改造工程 | - | 123.14 | - | 万元', '医疗设备采购 | - | 60.25 | - | 万元', '信息化工程 | - | 101.52 | - | 万元'],
  },
  {
    layout: 'refused: how far the works got with no payment after it states no money of theirs',
    text: '截至6月底共收到财政拨款284.91万元。其中病房楼装修改造工程完成100%,已验收;医疗设备采购完成约40%,正在安装。',
    rows: [],
  },
  {
    layout:
      'refused: a numbered heading whose bracket holds a class and its amount (资助项目类别(残疾人事业 15.9万元)); its items below are read',
    text: '某区2020年度福利彩票公益金使用情况\n\n根据规定,现将我区2020年度福利彩票公益金使用情况如下:\n(一)资助项目类别( 残疾人事业   15.9万元)      \n1、节日慰问:慰问贫困残疾人经费12万元。\n2、为康园中心残疾人会员购买意外伤害险1.5万元。\n3、残疾人临时困难生活救助2.4万元。\n(二)资助项目类别( 老年福利    141.4万元)\n1、居家养老服务中心70.5万元。\n2、敬老院差额经费70.9万元。',
    rows: [
      '为康园中心残疾人会员购买意外伤害险 | 1.5 | - | - | 万元',
      '残疾人临时困难生活救助 | 2.4 | - | - | 万元',
      '居家养老服务中心 | 70.5 | - | - | 万元',
      '敬老院差额经费 | 70.9 | - | - | 万元',
    ],
  },
  {
    layout: 'the parts after 具体表现为 (as 具体为 announces them): the words are no part of the first name',
    text: '某市累计争取文旅项目资金总额1000万元,多项资金位居全省前列。具体表现为文物保护资金470万元,文旅经济发展专项资金400万元,非物质文化遗产保护专项资金130万元。',
    rows: [
      '文物保护资金 | 470 | - | - | 万元',
      '文旅经济发展专项资金 | 400 | - | - | 万元',
      '非物质文化遗产保护专项资金 | 130 | - | - | 万元',
    ],
  },
  {
    layout: 'a list of places after 其中 whose last item names two joined before 各 (另安排A区、B县各100万元): a row for each',
    text: '一、资金来源\n某省追加2018年东西部扶贫协作专项资金4000万元。\n二、资金结构\n经研究将本批追加的4000万资金全部分配给6县区,其中:青山区819万元,白云县1226万元,东湖县600万元,西岭县1155万元,主要用于村级卫生室改扩建项目;另安排南平区、北川县各100万元,用于巩固提升项目。',
    rows: [
      '青山区 | 819 | - | - | 万元',
      '白云县 | 1226 | - | - | 万元',
      '东湖县 | 600 | - | - | 万元',
      '西岭县 | 1155 | - | - | 万元',
      '南平区 | 100 | - | - | 万元',
      '北川县 | 100 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the names joined before 各 are funding levels (中央资金、省级资金各100万元)',
    text: '一、资金来源\n某省追加2018年东西部扶贫协作专项资金2245万元。\n二、资金结构\n经研究将本批追加的2245万资金全部分配,其中:青山区819万元,白云县1226万元;另安排中央资金、省级资金各100万元。',
    rows: [],
  },
  {
    layout: 'a class of projects and its money, named alone under its number, then 其中 and its parts adding up to it',
    text: '某市民政局2023年度福彩公益金使用情况公告\n\n二、儿童福利类项目85.87万元。其中,孤残儿童服务60万元,儿童福利机构用车购置25.87万元。',
    rows: ['孤残儿童服务 | 60 | - | - | 万元', '儿童福利机构用车购置 | 25.87 | - | - | 万元'],
  },
  {
    layout: 'refused: the same class’s parts by funding level (中央资金, 省级资金)',
    text: '某市民政局2023年度福彩公益金使用情况公告\n\n二、儿童福利类项目85.87万元。其中,中央资金60万元,省级资金25.87万元。',
    rows: [],
  },
  {
    layout: 'refused: in the investment completed, the parts by funding level (中央资金, 省级资金) are no items',
    text: '截至9月底,全市水利建设项目累计完成投资2.6亿元。在已完成的投资中,中央资金完成投资9800万元,占目标任务的85%;省级资金完成投资6400万元,占目标任务的92%。',
    rows: [],
  },
  {
    layout: 'numbered items named by a sentence, then what was done (quantities, a rate of giving) before the clause that cues the money',
    text: '某县2023年度转移支付资金绩效自评报告\n\n(1)耕地地力保护补贴。全县补贴面积12.2万余亩,补贴标准每亩105.44元,通过“一卡通”直接兑付到户,完成支出1,286.42万元,执行率100%。\n\n(2)农机购置与应用补贴。补贴农机具1,126台(套),受益农户893户,完成支出412.6万元,执行率92.36%。',
    rows: ['耕地地力保护补贴 | - | 1286.42 | 100 | 万元', '农机购置与应用补贴 | - | 412.6 | 92.36 | 万元'],
  },
  {
    layout: 'refused: an amount no cue names before the cued clause (下达50万元 run into the description) ends the item’s reading',
    text: '某县2023年度转移支付资金绩效自评报告\n\n(1)耕地地力保护补贴。涉及农户50户,其中30万元用于兑付,完成支出1,286.42万元。\n\n(2)农机购置与应用补贴。受益农户893户,其中20万元用于购置,完成支出412.6万元。',
    rows: [],
  },
  {
    layout: 'a transfer payment’s uses headed 支出方向, its levels’ rows (其中:中央资金) read past',
    text: [
      '表2 就业补助资金分项目执行情况',
      '| 支出方向 | 下达资金(万元) | 实际支出(万元) | 执行率 |',
      '|---|---|---|---|',
      '| 职业培训补贴 | 420.00 | 396.80 | 94.48% |',
      '| 社会保险补贴 | 615.50 | 615.50 | 100% |',
      '| 合计 | 1,035.50 | 1,012.30 | 97.76% |',
      '| 其中:中央资金 | 800.00 | 800.00 | |',
    ].join('\n'),
    rows: ['职业培训补贴 | 420.00 | 396.80 | 94.48 | 万元', '社会保险补贴 | 615.50 | 615.50 | 100 | 万元'],
  },
  {
    layout: 'a form’s rows with their labels before each cell, spaced, several rows run into one line (任务名称 A 预算数 … 任务名称 B …)',
    text: '某校2023年度部门整体支出绩效自评报告\n\n年度主要任务完成情况\n任务名称 学生资助 预算数 1,286,400.00元 执行数 1,286,400.00元 执行率 100% 任务名称 校舍维修改造 预算数 2,350,000.00元 执行数 2,104,768.50元 执行率 89.56%',
    rows: ['学生资助 | 1286400.00 | 1286400.00 | 100 | 元', '校舍维修改造 | 2350000.00 | 2104768.50 | 89.56 | 元'],
  },
  {
    layout: 'the same rows after the form’s side label on their line (年度主要任务 任务名称 A …)',
    text: '某校2023年度部门整体支出绩效自评表\n\n年度主要任务 任务名称 学生资助 预算数 128.64 执行数 128.64 执行率 100% 任务名称 校舍维修改造 预算数 235.00 执行数 210.48 执行率 89.57%',
    rows: ['学生资助 | 128.64 | 128.64 | 100 | 万元', '校舍维修改造 | 235.00 | 210.48 | 89.57 | 万元'],
  },
  {
    layout: 'the same rows numbered instead of headed (年度主要任务 任务1 A 预算数 … 任务2 B …)',
    text: '江口县2022年度项目支出绩效自评表\n\n年度主要任务 任务1 老年人健康体检 预算数 68.00 执行数 66.20 完成率 97.35% 任务2 慢性病患者随访检查 预算数 32.40 执行数 29.60 完成率 91.36%',
    rows: ['老年人健康体检 | 68.00 | 66.20 | 97.35 | 万元', '慢性病患者随访检查 | 32.40 | 29.60 | 91.36 | 万元'],
  },
  {
    layout: 'refused: an amount before the first row on its line (no side label: a row of something else)',
    text: '某校2023年度部门整体支出绩效自评表\n\n年度资金总额 300.00 任务名称 学生资助 预算数 128.64 执行数 128.64 执行率 100% 任务名称 校舍维修改造 预算数 235.00 执行数 210.48 执行率 89.57%',
    rows: [],
  },
  {
    layout: 'refused: a row of the run with a word where a label should stand is unread, and one row alone is no list',
    text: '某校2023年度部门整体支出绩效自评报告\n\n年度主要任务完成情况\n任务名称 学生资助 预算数 1,286,400.00元 执行数 1,286,400.00元 任务名称 校舍维修改造 主管部门 县教育局 执行数 2,104,768.50元',
    rows: [],
  },
  {
    layout: 'numbered items a copy that lost the auto-numbering wrote all as "1." : one list',
    text: '二、年度主要任务完成情况\n1.森林防火。预算186.00万元,执行181.72万元,执行率97.70%。\n1.天然林保护。预算420.50万元,执行402.15万元,执行率95.64%。\n1.国土绿化。预算312.00万元,执行256.30万元,执行率82.15%。',
    rows: [
      '森林防火 | 186.00 | 181.72 | 97.70 | 万元',
      '天然林保护 | 420.50 | 402.15 | 95.64 | 万元',
      '国土绿化 | 312.00 | 256.30 | 82.15 | 万元',
    ],
  },
  {
    layout: 'a numbered row a line whose last cell, its rate, was left blank: read without it before the total row',
    text: [
      '表1 项目资金分项执行情况(单位:元)',
      '序号  子项目名称  预算数  实际支出  执行率',
      '1  土地平整工程  4,250,000.00  4,250,000.00  100.00%',
      '2  农田输配电工程  1,520,000.00  1,400,000.00  92.11%',
      '3  科技推广及其他费用  640,000.00  500,000.00',
      '合计  6,410,000.00  6,150,000.00  95.94%',
    ].join('\n'),
    rows: [
      '土地平整工程 | 4250000.00 | 4250000.00 | 100.00 | 元',
      '农田输配电工程 | 1520000.00 | 1400000.00 | 92.11 | 元',
      '科技推广及其他费用 | 640000.00 | 500000.00 | - | 元',
    ],
  },
  {
    layout: 'refused: a row short of a cell in the middle (its rate signed where the spending should stand)',
    text: [
      '表1 项目资金分项执行情况(单位:元)',
      '序号  子项目名称  预算数  实际支出  执行率',
      '1  土地平整工程  4,250,000.00  4,250,000.00  100.00%',
      '2  农田输配电工程  1,520,000.00  1,400,000.00  92.11%',
      '3  科技推广及其他费用  640,000.00  78.13%',
      '合计  6,410,000.00  6,150,000.00  95.94%',
    ].join('\n'),
    rows: ['土地平整工程 | 4250000.00 | 4250000.00 | 100.00 | 元', '农田输配电工程 | 1520000.00 | 1400000.00 | 92.11 | 元'],
  },
  {
    layout:
      'a list one cell a line in groups (一 / 产业类小计 …), the row before a group with its remark blank: the group’s numeral is no remark',
    text: [
      '某镇2023年衔接资金项目支付情况表',
      '单位:万元',
      ['序号', '项目名称', '计划投资', '已支付', '支付进度', '备注'].join('\n'),
      ['一', '产业发展类小计', '330.00', '322.60', '97.76%', ''].join('\n'),
      ['1', '肉牛养殖场扩建', '180.00', '172.60', '95.89%', '带动脱贫户42户'].join('\n'),
      ['2', '食用菌大棚建设', '150.00', '150.00', '100.00%', ''].join('\n'),
      ['二', '就业帮扶类小计', '48.80', '43.24', '88.61%', ''].join('\n'),
      ['3', '公益性岗位补贴', '36.00', '33.00', '91.67%', '开发公益性岗位55个'].join('\n'),
      ['4', '技能培训补助', '12.80', '10.24', '80.00%', '培训160人次'].join('\n'),
    ].join('\n'),
    rows: [
      '肉牛养殖场扩建 | 180.00 | 172.60 | 95.89 | 万元',
      '食用菌大棚建设 | 150.00 | 150.00 | 100.00 | 万元',
      '公益性岗位补贴 | 36.00 | 33.00 | 91.67 | 万元',
      '技能培训补助 | 12.80 | 10.24 | 80.00 | 万元',
    ],
  },
  {
    layout: 'names first then values row by row on one line, spaced, the list’s total (合计) named last and valued last: no row',
    text: '某镇2023年度专项资金使用情况的报告\n\n项目名称 预算金额(元) 实际支出(元) 执行率 垃圾分类收集点建设 农村户厕改造 村庄绿化美化 合计 1,250,000.00 1,198,400.00 95.87% 2,160,000.00 2,088,000.00 96.67% 640,000.00 640,000.00 100.00% 4,050,000.00 3,926,400.00 96.95%',
    rows: [
      '垃圾分类收集点建设 | 1250000.00 | 1198400.00 | 95.87 | 元',
      '农村户厕改造 | 2160000.00 | 2088000.00 | 96.67 | 元',
      '村庄绿化美化 | 640000.00 | 640000.00 | 100.00 | 元',
    ],
  },
  {
    layout: 'a list copied one cell a line with all its names first, then its values row by row (the rate signed at each row’s end)',
    text: '某县文化旅游局2023年度部门整体支出绩效自评报告\n\n(三)项目支出情况\n项目名称\n全年预算数(万元)\n全年执行数(万元)\n执行率\n非遗保护传承\n公共文化服务体系建设\n文物安全巡查\n35.6\n35.6\n100%\n120\n108\n90%\n12.5\n12.5\n100%',
    rows: [
      '非遗保护传承 | 35.6 | 35.6 | 100 | 万元',
      '公共文化服务体系建设 | 120 | 108 | 90 | 万元',
      '文物安全巡查 | 12.5 | 12.5 | 100 | 万元',
    ],
  },
  {
    layout: 'the same list with its values column by column (every budget, every spending, every rate), a row a line',
    text: '某县文化旅游局2023年度部门整体支出绩效自评报告\n\n(三)项目支出情况\n项目名称 全年预算数(万元) 全年执行数(万元) 执行率\n非遗保护传承 公共文化服务体系建设 文物安全巡查\n35.6 120 12.5\n35.6 108 12.5\n100% 90% 100%',
    rows: [
      '非遗保护传承 | 35.6 | 35.6 | 100 | 万元',
      '公共文化服务体系建设 | 120 | 108 | 90 | 万元',
      '文物安全巡查 | 12.5 | 12.5 | 100 | 万元',
    ],
  },
  {
    layout: 'refused: names first then values with no signed rate to tell rows from columns, or one value too few: nothing',
    text: '某县文化旅游局2023年度部门整体支出绩效自评报告\n\n(三)项目支出情况\n项目名称 全年预算数(万元) 全年执行数(万元) 执行率(%)\n非遗保护传承 公共文化服务体系建设\n35.6 35.6 100 120 108 90\n\n(四)结转项目情况\n项目名称 全年预算数(万元) 全年执行数(万元) 执行率\n文物安全巡查 乡村文化振兴\n12.5 12.5 100% 40 36',
    rows: [],
  },
  {
    layout:
      'a notice a row a line whose name the copy wrapped inside its brackets (校舍安全改造(含 / 抗震加固)): the piece that closes them ends the name',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 主管部门 项目名称 资金量(万元) 得分 等级\n1 县教育局 学生资助补助经费 2350.00 92.5 优\n2 县教育局 校舍安全改造(含 812.00 86 良\n抗震加固)\n3 县卫健局 基本公共卫生服务项目 1820.36 78.5 中',
    rows: [
      '学生资助补助经费 | 2350.00 | - | - | 万元',
      '校舍安全改造(含抗震加固) | 812.00 | - | - | 万元',
      '基本公共卫生服务项目 | 1820.36 | - | - | 万元',
    ],
  },
  {
    layout: 'the same wrapped name on the list’s last row, its closing piece the text’s last line',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 主管部门 项目名称 资金量(万元) 得分 等级\n1 县教育局 学生资助补助经费 2350.00 92.5 优\n2 县教育局 校舍安全改造(含 812.00 86 良\n抗震加固)',
    rows: ['学生资助补助经费 | 2350.00 | - | - | 万元', '校舍安全改造(含抗震加固) | 812.00 | - | - | 万元'],
  },
  {
    layout: 'a piece below a row of a list whose only words column after the name is a grade stated whole (良): the name’s end, joined',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 主管部门 项目名称 资金量(万元) 得分 等级\n1 县教育局 学生资助补助经费 2350.00 92.5 优\n2 县教育局 校舍安全改造 812.00 86 良\n工程\n3 县卫健局 基本公共卫生服务项目 1820.36 78.5 中',
    rows: [
      '学生资助补助经费 | 2350.00 | - | - | 万元',
      '校舍安全改造工程 | 812.00 | - | - | 万元',
      '基本公共卫生服务项目 | 1820.36 | - | - | 万元',
    ],
  },
  {
    layout:
      'refused: a piece that ends as a unit’s name (局) below a row with a 主管部门 column may be that cell’s end: read past, not joined',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 主管部门 项目名称 资金量(万元) 得分 等级\n1 县教育局 学生资助补助经费 2350.00 92.5 优\n2 县农业农村 耕地地力保护补贴 812.00 86 良\n局\n3 县卫健局 基本公共卫生服务项目 1820.36 78.5 中',
    rows: [
      '学生资助补助经费 | 2350.00 | - | - | 万元',
      '耕地地力保护补贴 | 812.00 | - | - | 万元',
      '基本公共卫生服务项目 | 1820.36 | - | - | 万元',
    ],
  },
  {
    layout:
      'refused: a piece below a row of a list with a words column after the name (备注), closing no bracket, is read past, not joined',
    text: '关于2023年度县级项目支出绩效评价结果的通报\n\n序号 项目名称 资金量(万元) 备注\n1 学生资助补助经费 2350.00 按时完成\n2 校舍安全改造 812.00 部分完成\n工程\n3 基本公共卫生服务项目 1820.36 按时完成',
    rows: [
      '学生资助补助经费 | 2350.00 | - | - | 万元',
      '校舍安全改造 | 812.00 | - | - | 万元',
      '基本公共卫生服务项目 | 1820.36 | - | - | 万元',
    ],
  },
  {
    layout:
      'a budget document’s 项目支出预算表 a row a line (项目名称 合计 一般公共预算 政府性基金预算), blank source cells dropped: 合计 is each budget',
    text: '某县图书馆2024年部门预算公开说明\n\n表9 项目支出预算表\n单位:元\n项目名称 合计 一般公共预算 政府性基金预算\n图书购置 300,000.00 300,000.00\n数字图书馆运维 125,000.00 125,000.00\n阅读推广活动 80,000.00 50,000.00 30,000.00',
    rows: ['图书购置 | 300000.00 | - | - | 元', '数字图书馆运维 | 125000.00 | - | - | 元', '阅读推广活动 | 80000.00 | - | - | 元'],
  },
  {
    layout: 'the same table one cell a line, its blank cells blank lines, with a 单位名称 column (万元)',
    text: '某县图书馆2024年部门预算公开说明\n\n表9 项目支出预算表\n单位:万元\n单位名称\n项目名称\n合计\n一般公共预算\n政府性基金预算\n某县图书馆\n图书购置\n30.00\n30.00\n\n某县图书馆\n数字图书馆运维\n12.50\n12.50\n\n某县图书馆\n阅读推广活动\n8.00\n5.00\n3.00',
    rows: ['图书购置 | 30.00 | - | - | 万元', '数字图书馆运维 | 12.50 | - | - | 万元', '阅读推广活动 | 8.00 | - | - | 万元'],
  },
  {
    layout: 'the same table numbered (序号 项目名称 合计 …), rows a line, the next serial not taken for a dropped source cell',
    text: '某县图书馆2024年部门预算公开说明\n\n项目支出预算表\n金额单位:万元\n序号 项目名称 合计 一般公共预算 政府性基金预算\n1 图书购置 30.00 30.00\n2 数字图书馆运维 12.50 12.50\n3 阅读推广活动 8.00 5.00 3.00',
    rows: ['图书购置 | 30.00 | - | - | 万元', '数字图书馆运维 | 12.50 | - | - | 万元', '阅读推广活动 | 8.00 | - | - | 万元'],
  },
  {
    layout:
      'a self-evaluation’s project list a row a line with funding-source columns after the rate, their blank cells dropped, the last row too',
    text: '某县图书馆2023年度部门整体支出绩效自评报告\n\n(三)项目支出情况(单位:万元)\n项目名称 预算数 执行数 执行率 财政拨款 其他资金\n图书购置 30 29 96.67% 29\n数字图书馆运维 12.5 12.5 100% 12.5',
    rows: ['图书购置 | 30 | 29 | 96.67 | 万元', '数字图书馆运维 | 12.5 | 12.5 | 100 | 万元'],
  },
  {
    layout: 'refused: a row short of its source cells whose rate is a bare number (29): a blank rate’s source cell may have moved left',
    text: '某县图书馆2023年度部门整体支出绩效自评报告\n\n(三)项目支出情况(单位:万元)\n项目名称 预算数 执行数 执行率 财政拨款 其他资金\n图书购置 30 29 29\n数字图书馆运维 12.5 12.5 12.5',
    rows: [],
  },
  {
    layout: 'refused: 合计 heads no budget under a final account’s title (项目支出决算表), nor with no budget table’s title above it',
    text: '某县图书馆2023年度部门决算\n\n表9 项目支出决算表\n单位:元\n项目名称 合计 一般公共预算 政府性基金预算\n图书购置 300,000.00 300,000.00\n数字图书馆运维 125,000.00 125,000.00\n\n说明如下。\n\n单位:元\n项目名称 合计 一般公共预算 政府性基金预算\n阅读推广活动 80,000.00 50,000.00 30,000.00\n古籍修复 60,000.00 60,000.00',
    rows: [],
  },
  {
    layout: 'refused: rows run on one line, a dropped source cell is not at its row’s line end: no row is cut short',
    text: '某县图书馆2024年部门预算公开说明\n\n表9 项目支出预算表\n单位:元\n项目名称 合计 一般公共预算 政府性基金预算 图书购置 300,000.00 300,000.00 数字图书馆运维 125,000.00 125,000.00 阅读推广活动 80,000.00 50,000.00 30,000.00',
    rows: [],
  },
  {
    layout: 'an expense detail one cell a line (支出内容 | 实际支出数 | 会计凭证号 | 备注), the blank remark cells dropped',
    text: '项目资金(万元)\n\n12\n\n二、项目支出明细情况\n\n支出内容\n\n实际支出数\n\n会计凭证号\n\n备注\n\n宣传资料印制\n\n3.5\n\n3月2日5号凭证\n\n巡查设备购置\n\n6.5\n\n5月9日12号凭证\n\n培训演练\n\n2\n\n7月1日8号凭证',
    rows: ['宣传资料印制 | - | 3.5 | - | 万元', '巡查设备购置 | - | 6.5 | - | 万元', '培训演练 | - | 2 | - | 万元'],
  },
  {
    layout: 'an expense detail with no unit whose 支出合计 is, in 元, the project money stated above in 万元',
    text: '项目资金(万元)\n\n12\n\n二、项目支出明细情况\n\n支出内容\n\n实际支出数\n\n会计凭证号\n\n备注\n\n宣传资料印制\n\n35000\n\n3月2日\n\n巡查设备购置\n\n65000\n\n5月9日\n\n培训演练\n\n20000\n\n7月1日\n\n支出合计\n\n120000',
    rows: ['宣传资料印制 | - | 35000 | - | 元', '巡查设备购置 | - | 65000 | - | 元', '培训演练 | - | 20000 | - | 元'],
  },
  {
    layout:
      'an allocation table one cell a line whose rows are named by a place column alone (村名 | 金额 | 列支科目 | 备注): the fund’s items by place',
    text: '附件1:\n乡村振兴示范资金分配表\n单位:万元\n村名 |\n金额 |\n列支科目 |\n备注 |\n东岭镇上坪村 |\n40 |\n2130505-生产发展 |\n|\n西溪乡下洋村 |\n35.5 |\n2130505-生产发展 |\n|\n合 计 |\n75.5 |\n|\n|',
    rows: ['东岭镇上坪村 | 40 | - | - | 万元', '西溪乡下洋村 | 35.5 | - | - | 万元'],
  },
  {
    layout: 'an allocation table in pipe rows named by a place column alone (街 镇 | 金额 | 备注), amounts in 元',
    text: '附件1\n2023年困难群众救助资金分配表\n单位:元\n\n| 街 镇 | 金额 | 备 注 |\n|---|---|---|\n| 东城街道 | 300,000 | |\n| 南山镇 | 150,000 | |\n',
    rows: ['东城街道 | 300000 | - | - | 元', '南山镇 | 150000 | - | - | 元'],
  },
  {
    layout:
      'an allocation table by 地区 whose batches add up in 合计下达, each city’s subtotal row (东山市合计) no row, the header repeated after a page break, the excerpt cut inside its last row',
    text:
      allocationTable(PROVINCE_ALLOCATION, REGION_HEADER, [
        ['全省合计', '2300', '700', '3000'],
        ['东山市合计', '1500', '400', '1900'],
        QINGSHAN_ROW,
        BAISHUI_ROW,
        REGION_HEADER,
        ['西河市合计', '800', '300', '1100'],
        NANLING_ROW,
        ['北坡', '', '', ''],
      ]) + '\n',
    rows: REGION_ROWS_READ,
  },
  {
    layout:
      'an allocation table whose money is split by the levels that gave it, then their 合计 (项目名称 | 中央资金 | 省级资金 | 合计): the 合计 each row’s budget',
    text: allocationTable(
      FUND_ALLOCATION,
      ['项目名称', '中央资金', '省级资金', '合计'],
      [
        ['东山路改造项目', '100', '50', '150'],
        ['西河桥维修工程', '80', '20', '100'],
      ],
    ),
    rows: ['东山路改造项目 | 150 | - | - | 万元', '西河桥维修工程 | 100 | - | - | 万元'],
  },
  {
    layout: 'the same by places (县区名称 | 中央资金 | 省级资金 | 合计)',
    text: allocationTable(
      FUND_ALLOCATION,
      ['县区名称', '中央资金', '省级资金', '合计'],
      [
        ['东山区', '100', '50', '150'],
        ['西河县', '80', '20', '100'],
      ],
    ),
    rows: ['东山区 | 150 | - | - | 万元', '西河县 | 100 | - | - | 万元'],
  },
  {
    layout: 'a place column’s one money column named by the level that gives it (县区名称 | 市级资金(万元) | 备注): each place’s share',
    text: allocationTable(
      FUND_ALLOCATION,
      ['县区名称', '市级资金(万元)', '备注'],
      [
        ['东山区', '280', ''],
        ['西河县', '300', ''],
        ['合计', '580', ''],
      ],
    ),
    rows: ['东山区 | 280 | - | - | 万元', '西河县 | 300 | - | - | 万元'],
  },
  {
    layout: 'refused: the levels’ columns with no whole beside them (项目名称 | 中央资金 | 省级资金): no one column is a row’s budget',
    text: allocationTable(
      FUND_ALLOCATION,
      ['项目名称', '中央资金', '省级资金'],
      [
        ['东山路改造项目', '100', '50'],
        ['西河桥维修工程', '80', '20'],
      ],
    ),
    rows: [],
  },
  {
    layout: 'refused: two levels’ columns beside a place column (县区名称 | 市级资金 | 省级资金): neither alone is each place’s share',
    text: allocationTable(
      FUND_ALLOCATION,
      ['县区名称', '市级资金', '省级资金'],
      [
        ['东山区', '100', '50'],
        ['西河县', '80', '20'],
      ],
    ),
    rows: [],
  },
  {
    layout:
      'refused: a level’s money column beside project names, no place column (项目名称 | 市级资金): the projects’ source, not read as their budget',
    text: allocationTable(
      FUND_ALLOCATION,
      ['项目名称', '市级资金'],
      [
        ['东山路改造项目', '100'],
        ['西河桥维修工程', '80'],
      ],
    ),
    rows: [],
  },
  {
    layout: 'the same table with its subtotal rows alone (东山市合计, 西河市小计): they are no rows, the places under them are',
    text:
      allocationTable(PROVINCE_ALLOCATION, REGION_HEADER, [
        ['东山市合计', '1500', '400', '1900'],
        QINGSHAN_ROW,
        BAISHUI_ROW,
        ['西河市小计', '800', '300', '1100'],
        NANLING_ROW,
      ]) + '\n',
    rows: REGION_ROWS_READ,
  },
  {
    layout:
      'an allocation table by 地区 whose places’ money (支持金额 合计) stands before a class’s batches (重点项目 over 提前下达数 | 本次下达数 in the row below), the total row’s 合计 under 序号 (a copy dropped its empty cell): each place its 合计',
    text: `${CLASS_BATCHES_CAPTION}\n${CLASS_BATCHES_HEADER}\n${CLASS_BATCHES_SUB_HEADER}\n${CLASS_BATCHES_TOTAL}\n${CLASS_BATCHES_ROWS}\n`,
    rows: CLASS_BATCHES_READ,
  },
  {
    layout: 'the same with the header’s second row alone (no total row)',
    text: `${CLASS_BATCHES_CAPTION}\n${CLASS_BATCHES_HEADER}\n${CLASS_BATCHES_SUB_HEADER}\n${CLASS_BATCHES_ROWS}\n`,
    rows: CLASS_BATCHES_READ,
  },
  {
    layout: 'the same with the shifted total row alone (no second header row)',
    text: `${CLASS_BATCHES_CAPTION}\n${CLASS_BATCHES_HEADER}\n${CLASS_BATCHES_TOTAL}\n${CLASS_BATCHES_ROWS}\n`,
    rows: CLASS_BATCHES_READ,
  },
  {
    layout:
      'an allocation table’s title (…资金分配表) over places, each place’s 合计 right after the place column, its parts after it: each place its 合计',
    text: '2024年青山省农村公路建设补助资金分配表\n\n单位:万元\n\n| 地区 | 合计 | 通村公路 | 产业路 |\n|---|---|---|---|\n| 合计 | 900 | 600 | 300 |\n| 青山县 | 500 | 320 | 180 |\n| 白水县 | 400 | 280 | 120 |',
    rows: ['青山县 | 500 | - | - | 万元', '白水县 | 400 | - | - | 万元'],
  },
  {
    layout: 'the same by a city’s districts under 区 (区 | 合计 | …)',
    text: '2024年青山市农村公路建设补助资金分配表\n\n单位:万元\n\n| 区 | 合计 | 通村公路 | 产业路 |\n|---|---|---|---|\n| 合计 | 900 | 600 | 300 |\n| 东湖区 | 500 | 320 | 180 |\n| 西山区 | 400 | 280 | 120 |',
    rows: ['东湖区 | 500 | - | - | 万元', '西山区 | 400 | - | - | 万元'],
  },
  {
    layout: 'refused: the same 合计 under no allocation title (a table of the places’ accounts) heads no measure',
    text: '2024年青山省农村公路里程汇总表\n\n单位:万元\n\n| 地区 | 合计 | 通村公路 | 产业路 |\n|---|---|---|---|\n| 合计 | 900 | 600 | 300 |\n| 青山县 | 500 | 320 | 180 |\n| 白水县 | 400 | 280 | 120 |',
    rows: [],
  },
  {
    layout: 'refused: a project column between the places and their money (地区 | 重点项目 | 金额) still names the rows',
    text: `${CLASS_BATCHES_CAPTION}\n序号 | 地区 | 重点项目 | 金额 |\n1 | 青山县 | 东山路改造项目 | 700 |\n2 | 白水县 | 西河桥维修工程 | 500 |\n`,
    rows: ['东山路改造项目 | 700 | - | - | 万元', '西河桥维修工程 | 500 | - | - | 万元'],
  },
  {
    layout: 'the same table with its header repeated word for word inside it (a page break): the repeat is no row',
    text: allocationTable(PROVINCE_ALLOCATION, REGION_HEADER, [QINGSHAN_ROW, BAISHUI_ROW, REGION_HEADER, NANLING_ROW]) + '\n',
    rows: REGION_ROWS_READ,
  },
  {
    layout: 'the same table cut inside its last row (an excerpt’s end: 北坡 and nothing after it): the rows before it are read',
    text: allocationTable(PROVINCE_ALLOCATION, REGION_HEADER, [QINGSHAN_ROW, BAISHUI_ROW, NANLING_ROW, ['北坡', '', '', '']]) + '\n',
    rows: REGION_ROWS_READ,
  },
  {
    layout: 'refused: a row with a name and no money inside the table (not its last) leaves the place list unread',
    text: allocationTable(PROVINCE_ALLOCATION, REGION_HEADER, [QINGSHAN_ROW, ['北坡', '', '', ''], BAISHUI_ROW, NANLING_ROW]) + '\n',
    rows: [],
  },
  {
    layout:
      'an allocation table one cell a line ending in " |", each project booked under both classifications (支出功能分类科目 | 支出经济分类科目)',
    text: '附件1\n某专项2024年中央基建投资预算表\n单位:万元\n市县/单位名称 |\n项目名称 |\n金额 |\n支出功能分类科目 |\n支出经济分类科目 |\n甲局 |\n综合执法站信息化配套项目 |\n8000 |\n2299999-其他支出 |\n50602-资本性支出(基本建设) |\n乙厅 |\n视频监控前端补点(一期)项目 |\n20500 |\n2299999-其他支出 |\n50404-设备购置 |',
    rows: ['综合执法站信息化配套项目 | 8000 | - | - | 万元', '视频监控前端补点(一期)项目 | 20500 | - | - | 万元'],
  },
  {
    layout: 'an allocation list one cell a line ending in " |", a place column (乡镇名称) before 项 目 名 称',
    text: '附件1\n专项资金安排表\n单位:万元\n序号 |\n乡镇名称 |\n项 目 名 称 |\n金额 |\n备注 |\n1 |\n东岭镇 |\n上坪村排洪沟改造 |\n25 |\n|\n2 |\n西溪乡 |\n下洋村灌溉水渠修复 |\n12 |\n|\n合计 |\n37 |',
    rows: ['上坪村排洪沟改造 | 25 | - | - | 万元', '下洋村灌溉水渠修复 | 12 | - | - | 万元'],
  },
  {
    layout: 'numbered rows one a line, then a heading line and prose: the heading is no end of the last name',
    text: '某局2023年度部门整体支出绩效自评报告\n序号 项目名称 预算数(万元) 执行数(万元) 执行率\n1 档案数字化加工 200 190 95%\n2 法治宣传教育 60 57 95%\n绩效目标完成情况\n本年度各项目均按计划完成。 下一步 将继续 加强 项目 管理。',
    rows: ['档案数字化加工 | 200 | 190 | 95 | 万元', '法治宣传教育 | 60 | 57 | 95 | 万元'],
  },
  {
    layout: 'an evaluation notice one cell a line headed 单位 / 项目 / 涉及金额 / 评价档次, a grade written 中(一般)',
    text: '某县财政局关于2024年财政支出绩效评价结果的通报\n\n序号\n\n单位\n\n项目\n\n涉及金额(万元)\n\n评价档次\n\n1\n\n县农业农村局\n\n耕地地力保护补贴发放\n\n310.5\n\n良好\n\n2\n\n县卫生健康局\n\n基层医疗机构设备购置\n\n86\n\n中(一般)',
    rows: ['耕地地力保护补贴发放 | 310.5 | - | - | 万元', '基层医疗机构设备购置 | 86 | - | - | 万元'],
  },
  {
    layout: 'refused: a bare 项目 column without grades is an account table’s row labels',
    text: '某局2023年度部门决算\n\n项目\n\n金额(万元)\n\n办公设备购置\n\n12.5\n\n房屋维修\n\n30',
    rows: [],
  },
  {
    layout: 'the 年度主要任务完成情况 block one cell a line: 任务 / 对应项目 / 全年预算数 / 全年执行数 / 执行率',
    text: '部门整体支出绩效自评表(2023年度)\n年度主要任务完成情况\n任务\n对应项目\n全年预算数\n全年执行数\n执行率\n档案数字化\n档案管理经费\n60\n57\n95%\n法治宣传\n普法经费\n20\n20\n100%',
    rows: ['档案数字化 | 60 | 57 | 95 | 万元', '法治宣传 | 20 | 20 | 100 | 万元'],
  },
  {
    layout: 'the 年度主要任务 block one cell a line, 预算数(万元) a column of its own beside 执行数(万元), not a group',
    text: '部门整体支出绩效自评表(2023年度)\n年度主要任务\n任务名称\n主要内容\n预算数(万元)\n执行数(万元)\n河道保洁\n聘用保洁员12名\n42.5\n40.1\n水土保持监测\n布设监测点6处\n18\n18\n金额合计\n60.5\n58.1',
    rows: ['河道保洁 | 42.5 | 40.1 | - | 万元', '水土保持监测 | 18 | 18 | - | 万元'],
  },
  {
    layout: 'the same block one row a line, separated by spaces',
    text: '部门整体支出绩效自评表(2023年度)\n年度主要任务 任务名称 主要内容 预算数(万元) 执行数(万元)\n河道保洁 聘用保洁员12名 42.5 40.1\n水土保持监测 布设监测点6处 18 18\n金额合计 60.5 58.1',
    rows: ['河道保洁 | 42.5 | 40.1 | - | 万元', '水土保持监测 | 18 | 18 | - | 万元'],
  },
  {
    layout: 'two projects’ forms on one page, one row a line, cells separated by spaces: each form is a task',
    text: '项目支出绩效自评表\n项目名称 山塘除险加固工程\n主管部门 某县水利局 实施单位 某县水利局\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 36 42 39.9 10 95% 9\n其中:当年财政拨款 36 42 39.9 - -\n其他资金 - -\n\n项目支出绩效自评表\n项目名称 农村供水管网维修\n主管部门 某县水利局 实施单位 某县水利局\n项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 20 20 18 10 90% 9\n其中:当年财政拨款 20 20 18 - -\n其他资金 - -\n',
    rows: ['山塘除险加固工程 | 42 | 39.9 | 95 | 万元', '农村供水管网维修 | 20 | 18 | 90 | 万元'],
  },
  {
    layout: 'one cell a line, a long name wrapped over two lines before its amounts',
    text: '某局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数(万元)\n执行数(万元)\n执行率\n1\n档案数字化加工\n项目\n200\n190\n95%\n2\n法治宣传教育\n工作经费\n60\n57\n95%',
    rows: ['档案数字化加工项目 | 200 | 190 | 95 | 万元', '法治宣传教育工作经费 | 60 | 57 | 95 | 万元'],
  },
  {
    layout: 'numbered rows one a line, a long name wrapped: the end of the name on a line of its own below its row',
    text: '某局2023年度部门整体支出绩效自评报告\n序号 项目名称 预算数(万元) 执行数(万元) 执行率\n1 档案数字化加工项 200 190 95%\n目\n2 法治宣传教育工作 60 57 95%\n经费\n3 信访维稳 40 40 100%',
    rows: ['档案数字化加工项目 | 200 | 190 | 95 | 万元', '法治宣传教育工作经费 | 60 | 57 | 95 | 万元', '信访维稳 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'cells run together, a name wrapped: the line of its own between two rows is in neither name',
    text: '某局2023年度部门整体支出绩效自评报告\n项目名称预算数执行数执行率\n档案数字化加工项200.00190.0095.00%\n目\n法治宣传教育工作60.0057.0095.00%',
    rows: ['档案数字化加工项 | 200.00 | 190.00 | 95.00 | 万元', '法治宣传教育工作 | 60.00 | 57.00 | 95.00 | 万元'],
  },
  {
    layout: 'a department’s attached project table a .docx copy joined: the name field run into the table’s first header',
    text: '某局2023年度部门整体支出绩效自评报告\n\n2023年部门全年预算1,000万元,全年执行980万元,预算执行率98%。\n\n附件:项目支出绩效自评表\n\n项目名称:党建工作经费项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分年度资金总额 30 30 28.5 10 95% 9.5',
    rows: ['党建工作经费 | 30 | 28.5 | 95 | 万元'],
  },
  {
    layout: 'sub-projects of a project table a .docx or PDF copy ran into one paragraph (headers glued, rows after rows)',
    text: '项目支出绩效自评表项目资金(万元) 资金来源年初预算数全年预算数全年执行数分值权重执行率得分年度资金总额 300 300 285 10 95% 9.5 其中:当年财政拨款 300 300 285 - - - 村庄清洁行动 100 100 90 - 90% - 户厕改造 200 200 195 - 97.5% -年度总体目标总体目标完成情况',
    rows: ['村庄清洁行动 | 100 | 90 | 90 | 万元', '户厕改造 | 200 | 195 | 97.5 | 万元'],
  },
  {
    layout: 'refused: the same run-together rows whose rates are not their spending over their budget',
    text: '项目支出绩效自评表项目资金(万元) 资金来源年初预算数全年预算数全年执行数执行率年度资金总额 300 300 285 95% 村庄清洁行动 100 100 90 60% 户厕改造 200 200 195 90%',
    rows: [],
  },
  {
    layout: 'evaluation notice a .docx copy joined into one paragraph: each department run into its project’s name',
    text: '某县财政局关于2022年度项目绩效评价结果的通报\n\n序号主管部门项目名称资金量(万元)等级 1 县水务局农村饮水安全巩固提升工程 420 优 2 县卫健委基本公共卫生服务 233.5 良',
    rows: ['农村饮水安全巩固提升工程 | 420 | - | - | 万元', '基本公共卫生服务 | 233.5 | - | - | 万元'],
  },
  {
    layout:
      'a project list a .docx copy joined into one paragraph: the unit before the first header, the last header before the first name',
    text: '某局2023年度部门整体支出绩效自评报告\n\n单位:元项目名称 预算数 执行数 执行率党建工作经费 50,000.00 48,000.00 96% 业务培训经费 120,000.00 118,500.00 98.75%',
    rows: ['党建工作经费 | 50000.00 | 48000.00 | 96 | 元', '业务培训经费 | 120000.00 | 118500.00 | 98.75 | 元'],
  },
  {
    layout: 'evaluation notice flattened one cell per line',
    text: [
      '单位:万元',
      '序号',
      '主管部门',
      '项目名称',
      '资金量',
      '等级',
      '1',
      '县水务局',
      '农村饮水安全巩固提升工程',
      '420',
      '优',
      '2',
      '县卫健委',
      '基本公共卫生服务',
      '233.5',
      '良',
    ].join('\n\n'),
    rows: ['农村饮水安全巩固提升工程 | 420 | - | - | 万元', '基本公共卫生服务 | 233.5 | - | - | 万元'],
  },
  {
    layout:
      'a header’s year after a word of time set a space apart by a PDF copy (截至 2023年底已发债券规模): one header cell, as its unspaced words are',
    text: [
      '单位:亿元',
      '项目名称',
      '债券性质',
      '截至 2023年底已发债券规模',
      '自评分数',
      '青山医院康复楼工程',
      '专项债券',
      '0.2',
      '96.5',
      '白云医院重建项目',
      '专项债券',
      '0.49',
      '91',
    ].join('\n\n'),
    rows: ['青山医院康复楼工程 | 0.2 | - | - | 亿元', '白云医院重建项目 | 0.49 | - | - | 亿元'],
  },
  {
    layout: 'refused: a name opening on its year after another cell’s word (青山局 2023年…) stays its own cell',
    text: '单位:万元\n\n序号 主管部门 项目名称 资金量 等级\n1 青山局 2023年农村道路养护项目 50 优\n2 白云局 2023年水毁修复项目 30 良',
    rows: ['2023年农村道路养护项目 | 50 | - | - | 万元', '2023年水毁修复项目 | 30 | - | - | 万元'],
  },
  {
    layout: 'evaluation notice one cell per line with no blank lines (cells cut from the original lines)',
    text: [
      '序号',
      '主管部门',
      '项目名称',
      '资金量(万元)',
      '等级',
      '1',
      '县水务局',
      '农村饮水安全巩固提升工程',
      '420',
      '优',
      '2',
      '县卫健委',
      '基本公共卫生服务',
      '233.5',
      '良',
    ].join('\n'),
    rows: ['农村饮水安全巩固提升工程 | 420 | - | - | 万元', '基本公共卫生服务 | 233.5 | - | - | 万元'],
  },
  {
    layout: 'evaluation notice a row per line, cells separated by spaces',
    text: [
      '序号 主管部门 项目名称 资金量(万元) 等级',
      '1 县水务局 农村饮水安全巩固提升工程 420 优',
      '2 县卫健委 基本公共卫生服务 233.5 良',
    ].join('\n'),
    rows: ['农村饮水安全巩固提升工程 | 420 | - | - | 万元', '基本公共卫生服务 | 233.5 | - | - | 万元'],
  },
  {
    layout: 'refused: a row whose name has a space in it shifts the columns',
    text: [
      '序号 主管部门 项目名称 资金量(万元) 等级',
      '1 县水务局 农村饮水 安全巩固提升工程 420 优',
      '2 县卫健委 基本公共卫生服务 233.5 良',
    ].join('\n'),
    rows: [],
  },
  {
    // (a row that lost its 主管部门 cell reads as a row under a merged one: see the held-out layouts)
    layout: 'a row that lost its blank grade cell: nothing after the money shifts, the row reads',
    text: [
      '序号',
      '主管部门',
      '项目名称',
      '资金量',
      '等级',
      '1',
      '县水务局',
      '农村饮水安全巩固提升工程',
      '420',
      '优',
      '2',
      '县卫健委',
      '基本公共卫生服务',
      '233.5',
      '3',
    ].join('\n\n'),
    rows: ['农村饮水安全巩固提升工程 | 420 | - | - | 万元', '基本公共卫生服务 | 233.5 | - | - | 万元'],
  },
  {
    layout: 'refused: a row that lost its money cell (the grade would stand under the money)',
    text: [
      '序号',
      '主管部门',
      '项目名称',
      '资金量',
      '等级',
      '1',
      '县水务局',
      '农村饮水安全巩固提升工程',
      '420',
      '优',
      '2',
      '县卫健委',
      '基本公共卫生服务',
      '良',
      '3',
    ].join('\n\n'),
    rows: [],
  },
  {
    layout: 'data sheet with year columns: the report year, under 项目支出',
    text: [
      '2023年度部门整体支出绩效评价基础数据表 单位:万元',
      '',
      '经费控制情况 2022年决算数 2023年预算数 2023年决算数 三公经费 20 25 18',
      '',
      '项目支出:',
      '',
      '1、业务工作专项 500.5',
      '',
      '320 410.2',
      '',
      '2、信息化建设专项 60 80 75',
    ].join('\n'),
    rows: ['业务工作专项 | 320 | 410.2 | - | 万元', '信息化建设专项 | 80 | 75 | - | 万元'],
  },
  {
    layout: 'data sheet with year columns: the 项目支出 row carries its own totals before the numbered projects',
    text: [
      '2023年度部门整体支出绩效评价基础数据表 单位:万元',
      '经费控制情况 2022年决算数 2023年预算数 2023年决算数',
      '三公经费 20 25 18',
      '项目支出: 560.5 400 485.2',
      '1、业务工作专项 500.5 320 410.2',
      '2、信息化建设专项 60 80 75',
    ].join('\n'),
    rows: ['业务工作专项 | 320 | 410.2 | - | 万元', '信息化建设专项 | 80 | 75 | - | 万元'],
  },
  {
    layout: 'a column of the classes and the names together (项目类别/名称) under a header over two rows, class and 小计 rows read past',
    text: [
      '| 序号 | 项目类别/名称 | 项目资金(万元) |  |  | 完成情况 |',
      '| --- | --- | --- | --- | --- | --- |',
      '|  |  | 预算数 | 执行数 | 执行率 |  |',
      '| 一 | 教育教学保障类 |  |  |  |  |',
      '| 1 | 义务教育公用经费保障 | 1,865.20 | 1,865.20 | 100.00% | 已完成 |',
      '| 2 | 学前教育保教费补助 | 324.00 | 318.60 | 98.33% | 已完成 |',
      '|  | 小计 | 2,189.20 | 2,183.80 | 99.75% |  |',
    ].join('\n'),
    rows: ['义务教育公用经费保障 | 1865.20 | 1865.20 | 100.00 | 万元', '学前教育保教费补助 | 324.00 | 318.60 | 98.33 | 万元'],
  },
  {
    layout: 'a list’s part after a page break copied without its delimiter row: rows short of their blank closing cells go on',
    text: [
      '| 序号 | 子项目名称 | 预算数(万元) | 执行数(万元) | 执行率 | 备注 |',
      '|---|---|---|---|---|---|',
      '| 1 | 平台软件运维服务 | 236.00 | 232.80 | 98.64% | |',
      '| 2 | 视频监控点位租赁 | 184.80 | 184.80 | 100.00% | |',
      '',
      '— 3 —',
      '',
      '| 3 | 信息采集外包服务 | 142.00 | 131.74 | 95.77% | 基本完成 |',
      '| 4 | 网络安全等级保护测评 | 50.00 | 48.00 | 96.00% | |',
    ].join('\n'),
    rows: [
      '平台软件运维服务 | 236.00 | 232.80 | 98.64 | 万元',
      '视频监控点位租赁 | 184.80 | 184.80 | 100.00 | 万元',
      '信息采集外包服务 | 142.00 | 131.74 | 95.77 | 万元',
      '网络安全等级保护测评 | 50.00 | 48.00 | 96.00 | 万元',
    ],
  },
  {
    layout: 'data sheet with year columns one cell a line, its 项目支出 row numbered as the sheet’s second part (二、项目支出)',
    text: [
      '部门整体支出绩效自评基础数据表',
      '单位:万元',
      '项目\n2022年决算数\n2023年预算数\n2023年决算数',
      '一、基本支出\n812.55\n856.00\n849.12',
      '二、项目支出\n1,460.30\n1,688.00\n1,602.74',
      '1.水利工程运行维护\n402.10\n450.00\n441.28',
      '2.防汛抗旱专项\n318.60\n380.00\n356.90',
      '合计\n2,272.85\n2,544.00\n2,451.86',
    ].join('\n'),
    rows: ['水利工程运行维护 | 450.00 | 441.28 | - | 万元', '防汛抗旱专项 | 380.00 | 356.90 | - | 万元'],
  },
  {
    layout: 'data sheet with year columns named by other wordings of the vocabulary (实际支出数 / 预算金额)',
    text: [
      '2023年度部门整体支出绩效评价基础数据表 单位:万元',
      '',
      '经费控制情况 2022年实际支出数 2023年预算金额 2023年实际支出数 三公经费 20 25 18',
      '',
      '项目支出:',
      '',
      '1、业务工作专项 500.5',
      '',
      '320 410.2',
      '',
      '2、信息化建设专项 60 80 75',
    ].join('\n'),
    rows: ['业务工作专项 | 320 | 410.2 | - | 万元', '信息化建设专项 | 80 | 75 | - | 万元'],
  },
  {
    layout: 'refused: the same wordings for other years than the report’s (2021 / 2022 in a 2023 sheet): no column to choose',
    text: [
      '2023年度部门整体支出绩效评价基础数据表 单位:万元',
      '',
      '经费控制情况 2021年实际支出数 2022年预算金额 2022年实际支出数',
      '',
      '项目支出:',
      '',
      '1、业务工作专项 500 320 410',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'data sheet with year columns as a pipe table',
    text: [
      '# 2023年度部门整体支出绩效评价基础数据表',
      '',
      '| 经费控制情况 | 2022年决算数 | 2023年预算数 | 2023年决算数 |',
      '|---|---|---|---|',
      '| 三公经费 | 20 | 25 | 18 |',
      '| 项目支出: | | | |',
      '| 1、业务工作专项 | 500.5 | 320 | 410.2 |',
      '| 2、信息化建设专项 | 60 | 80 | 75 |',
    ].join('\n'),
    rows: ['业务工作专项 | 320 | 410.2 | - | 万元', '信息化建设专项 | 80 | 75 | - | 万元'],
  },
  {
    layout: 'columns named by item cue words: 预算项目 / 调整预算数 / 累计支出 / 执行率(%)',
    text: [
      '| 预算项目 | 调整预算数 | 累计支出 | 执行率(%) |',
      '|---|---|---|---|',
      '| 城市道路保洁 | 325.29 | 323.19 | 99.35 |',
      '| 园林绿化养护 | 171.85 | 169.18 | 98.45 |',
    ].join('\n'),
    rows: ['城市道路保洁 | 325.29 | 323.19 | 99.35 | 万元', '园林绿化养护 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: 'a remark in the header’s brackets: 全年预算(调整后) / 二级项目名称',
    text: [
      '| 序号 | 二级项目名称 | 全年预算(调整后) | 全年执行数 | 执行率 |',
      '|---|---|---|---|---|',
      '| 1 | 城市道路保洁 | 325.29 | 323.19 | 99.35% |',
      '| 2 | 园林绿化养护 | 171.85 | 169.18 | 98.45% |',
    ].join('\n'),
    rows: ['城市道路保洁 | 325.29 | 323.19 | 99.35 | 万元', '园林绿化养护 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: '支出内容 / 预算安排 / 实际支付 / 支付进度',
    text: [
      '| 支出内容 | 预算安排 | 实际支付 | 支付进度 |',
      '|---|---|---|---|',
      '| 城市道路保洁 | 325.29 | 323.19 | 99.35% |',
      '| 园林绿化养护 | 171.85 | 169.18 | 98.45% |',
    ].join('\n'),
    rows: ['城市道路保洁 | 325.29 | 323.19 | 99.35 | 万元', '园林绿化养护 | 171.85 | 169.18 | 98.45 | 万元'],
  },
  {
    layout: '支出内容(经济科目) / 计划支出数 / 实际支出数: a remark in the name header’s brackets, the planned column',
    text: [
      '| 支出内容(经济科目) | 计划支出数(万元) | 实际支出数(万元) |',
      '|---|---|---|',
      '| 农家书屋补充更新 | 58.60 | 52.15 |',
      '| 村级广播运维补助 | 33.00 | 33.00 |',
      '| 支出合计 | 91.60 | 85.15 |',
    ].join('\n'),
    rows: ['农家书屋补充更新 | 58.60 | 52.15 | - | 万元', '村级广播运维补助 | 33.00 | 33.00 | - | 万元'],
  },
  {
    layout: 'a spending list under a section title deep in a form, ending at the next title',
    text: [
      '一、项目基本概况 | |||||',
      '项目负责人 | 王某 | 联系电话 | 12345678 | ||',
      '项目起止时间 | 2021年度 | |||||',
      '计划安排资金(万元) | 91.60 | 实际到位资金(万元) | 85.15 | ||',
      '其中:中央财政 | 其中:中央财政 | ||||',
      '省财政 | 省财政 | ||||',
      '县财政 | 91.60 | 县财政 | 85.15 | ||',
      '实际支出(万元) | 85.15 | |||||',
      '二、项目支出明细情况 | |||||',
      '支出内容 | 计划支出数(万元) | 实际支出数(万元) | ||||',
      '农家书屋补充更新 | 58.60 | 52.15 | ||||',
      '村级广播运维补助 | 33.00 | 33.00 | ||||',
      '支出合计 | 91.60 | 85.15 | ||||',
      '三、项目绩效情况 | |||||',
      '更新图书册数 | 5000 | 5200 | ||||',
      '广播覆盖村数 | 40 | 40 | ||||',
    ].join('\n'),
    rows: ['农家书屋补充更新 | 58.60 | 52.15 | - | 万元', '村级广播运维补助 | 33.00 | 33.00 | - | 万元'],
  },
  {
    layout: 'refused: a unit in brackets after a name header’s words is a money column',
    text: ['| 项目资金(万元) | 预算数 | 执行数 |', '|---|---|---|', '| 120 | 100 | 95 |', '| 80 | 60 | 55 |'].join('\n'),
    rows: [],
  },
  {
    layout: 'a name starting with 市政 is a purpose, not a city-level fund',
    text: [
      '| 项目名称 | 预算金额(万元) | 实际支出(万元) |',
      '|---|---|---|',
      '| 市政设施维修经费 | 126.84 | 126.84 |',
      '| 城市道路保洁经费 | 325.29 | 323.19 |',
    ].join('\n'),
    rows: ['市政设施维修经费 | 126.84 | 126.84 | - | 万元', '城市道路保洁经费 | 325.29 | 323.19 | - | 万元'],
  },
  {
    layout: 'refused: year columns without the report year',
    text: [
      '2023年度部门整体支出绩效评价基础数据表',
      '',
      '经费控制情况 2020年决算数 2021年预算数 2021年决算数',
      '',
      '项目支出:',
      '',
      '1、业务工作专项 500 320 410',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'space-separated rows numbered 1, 2 under a header with no 序号 (任务名称 预算数 执行数 执行率)',
    text: '二、年度主要任务完成情况\n\n任务名称 年度预算(万元) 实际支出(万元) 预算执行率(%)\n1 渔政执法 85.00 80.75 95.00\n2 水产品质量监测 42.00 42.00 100.00',
    rows: ['渔政执法 | 85.00 | 80.75 | 95.00 | 万元', '水产品质量监测 | 42.00 | 42.00 | 100.00 | 万元'],
  },
  {
    layout: 'one cell a line, each row opening with its number under a header with no 序号',
    text: '二、年度主要任务完成情况\n\n任务名称\n预算数(万元)\n执行数(万元)\n执行率\n1\n渔政执法\n85\n80.75\n95%\n2\n水产品质量监测\n42\n42\n100%',
    rows: ['渔政执法 | 85 | 80.75 | 95 | 万元', '水产品质量监测 | 42 | 42 | 100 | 万元'],
  },
  {
    layout: 'refused: numbered rows under a header with no 序号 naming the unit’s own spending (基本支出, 项目支出)',
    text: '二、年度主要任务完成情况\n\n任务名称 预算数(万元) 执行数(万元) 执行率\n1 基本支出 340 332.5 97.79%\n2 项目支出 160 160 100%',
    rows: [],
  },
  {
    // 资金(万元) then 预算 / 实际 / 执行率, one cell a line: the group's measure (budget) comes again below it,
    // so it heads the columns and gives them its unit, and is no column of its own
    layout: 'a header over two rows copied one cell a paragraph: 资金(万元) over 预算 / 实际 / 执行率',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n项目名称\n\n资金(万元)\n\n预算\n\n实际\n\n执行率\n\n堤防加固工程\n\n260\n\n255\n\n98.08%\n\n村级公路养护\n\n140\n\n121\n\n86.43%',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '村级公路养护 | 140 | 121 | 86.43 | 万元'],
  },
  {
    // no measure said twice: 资金(万元) is the budget column itself
    layout: 'refused as a group: 资金(万元) beside 执行数 / 执行率, one cell a paragraph, is the budget column',
    text: '某县财政局关于2023年度项目支出绩效评价结果的通报\n\n项目名称\n\n资金(万元)\n\n执行数\n\n执行率\n\n堤防加固工程\n\n260\n\n255\n\n98.08%\n\n村级公路养护\n\n140\n\n121\n\n86.43%',
    rows: ['堤防加固工程 | 260 | 255 | 98.08 | 万元', '村级公路养护 | 140 | 121 | 86.43 | 万元'],
  },
  {
    layout:
      'an allocation table one cell a line ending in " |", 建设地点 / 建设内容 beside the names, 投资 规模 (spaced) the money, amounts with their unit',
    text: '三、资金分配情况表\n东山区2019年专项扶贫资金分配表 |\n|||||\n序号 |\n项目名称 |\n建设地点 |\n建设内容 |\n投资 规模 |\n责任 单位 |\n1 |\n东坪村2019年度财政扶贫饮水管网改造项目 |\n东坪村 |\n铺设管道1200米,新建蓄水池1座。 |\n35万元 |\n东坪镇 |\n2 |\n西岭村产业路硬化项目 |\n西岭村 |\n硬化道路800米×4米。 |\n48.5万元 |\n西岭乡 |',
    rows: ['东坪村2019年度财政扶贫饮水管网改造项目 | 35 | - | - | 万元', '西岭村产业路硬化项目 | 48.5 | - | - | 万元'],
  },
  {
    layout: 'the same allocation table one cell a line without bars, unit declared above (单位:万元)',
    text: '2020年乡村振兴项目资金安排表\n单位:万元\n序号\n项目名称\n建设地点\n建设内容\n投资规模\n责任单位\n1\n南湾村蔬菜大棚建设项目\n南湾村\n新建大棚20座\n120\n农业农村局\n2\n北岗村道路亮化工程\n北岗村\n安装路灯150盏\n36\n交通局',
    rows: ['南湾村蔬菜大棚建设项目 | 120 | - | - | 万元', '北岗村道路亮化工程 | 36 | - | - | 万元'],
  },
  ...['整合资金', '统筹整合资金', '衔接资金', '财政衔接资金', '下达衔接资金'].map((fund) => ({
    layout: `an allocation table one cell a line whose money column names the fund allotted (${fund}), 责任单位 after it`,
    text: `2019年扶贫资金分配表\n单位:万元\n序号 |\n项目名称 |\n建设地点 |\n建设内容 |\n${fund} |\n责任单位 |\n1 |\n扶贫小额贷款贴息 |\n全区 |\n为全区小额贷款贴息 |\n130 |\n金融办 |\n2 |\n东岭村安全饮水工程 |\n东岭村 |\n新建抽水站1座,铺设管道2.5km |\n550 |\n水务局 |`,
    rows: ['扶贫小额贷款贴息 | 130 | - | - | 万元', '东岭村安全饮水工程 | 550 | - | - | 万元'],
  })),
  {
    // (an earlier rule left such a list unread as two budgets; the fund's grant is the money the table allots, each
    // project's budget here, and the whole investment its cost from every source: read past)
    layout: 'the fund’s column beside the projects’ total investment: the grant is each project’s budget, the investment read past',
    text: '2019年扶贫资金分配表\n单位:万元\n序号 |\n项目名称 |\n总投资 |\n衔接资金 |\n责任单位 |\n1 |\n扶贫小额贷款贴息 |\n150 |\n130 |\n金融办 |\n2 |\n东岭村安全饮水工程 |\n600 |\n550 |\n水务局 |',
    rows: ['扶贫小额贷款贴息 | 130 | - | - | 万元', '东岭村安全饮水工程 | 550 | - | - | 万元'],
  },
  {
    layout: 'an allocation table of counties (县区名称 | 建设地点 | 投资规模), no project column: the counties name the rows',
    text: '资金分配情况表\n序号 |\n县区名称 |\n建设地点 |\n投资规模 |\n1 |\n东山县 |\n东山县城 |\n300万元 |\n2 |\n西河县 |\n西河县城 |\n200万元 |',
    rows: ['东山县 | 300 | - | - | 万元', '西河县 | 200 | - | - | 万元'],
  },
  {
    layout:
      'a project plan (项目计划表) one cell a line: 项目类型 / 建设性质 / 实施地点 / 建设内容及规模 / 资金规模 / 受益对象 / 实施期限 / 责任单位',
    text: '附件\n2024年衔接推进乡村振兴补助资金项目计划表\n单位:万元\n序号\n项目名称\n项目类型\n建设性质\n实施地点\n建设内容及规模\n资金规模\n受益对象\n实施期限\n责任单位\n1\n上河村茶园提质增效项目\n产业发展\n新建\n上河村\n改造茶园300亩\n85\n脱贫户42户\n2024年\n农业农村局\n2\n下坝村产业路建设项目\n乡村建设\n新建\n下坝村\n硬化道路2公里\n60.5\n群众310人\n2024年\n交通运输局',
    rows: ['上河村茶园提质增效项目 | 85 | - | - | 万元', '下坝村产业路建设项目 | 60.5 | - | - | 万元'],
  },
  {
    layout: 'an allocation list one row a line, cells separated by spaces: 建设地点 / 建设规模 / 补助资金(万元) / 实施单位',
    text: '序号 项目名称 建设地点 建设规模 补助资金(万元) 实施单位\n1 东湾村灌溉渠道修复 东湾村 渠道1.2公里 18 水利局\n2 南岭村村道亮化 南岭村 路灯60盏 9.6 住建局',
    rows: ['东湾村灌溉渠道修复 | 18 | - | - | 万元', '南岭村村道亮化 | 9.6 | - | - | 万元'],
  },
  {
    layout:
      'the same list with two words cells of the first row run together: its serial and name first, its last cells under the last columns (partlyNarrowRow)',
    text: '序号 项目名称 建设地点 建设规模 补助资金(万元) 实施单位\n1 东湾村灌溉渠道修复 东湾村渠道1.2公里 18 水利局\n2 南岭村村道亮化 南岭村 路灯60盏 9.6 住建局',
    rows: ['东湾村灌溉渠道修复 | 18 | - | - | 万元', '南岭村村道亮化 | 9.6 | - | - | 万元'],
  },
  {
    layout:
      'refused: a row short of its last words cell whose number would stand under a words column (which cell is blank cannot be told)',
    text: '序号 项目名称 建设地点 建设规模(公里) 补助资金(万元) 实施单位\n1 东湾村灌溉渠道修复 东湾村 1.2 18\n2 南岭村村道亮化 南岭村 0.8 9.6 住建局',
    rows: [],
  },
  {
    layout: 'an evaluation notice one row a line, its grades spaced inside the word (良 好, 优 秀) and a merged 主管部门 left blank',
    text: '序号 主管部门 项目名称 资金量(万元) 评价等级\n1 区教育局 中小学校舍维修改造 1326.50 良 好\n2 教育信息化建设 418.00 优 秀\n3 区卫生健康局 家庭医生签约服务补助 265.80 良 好',
    rows: [
      '中小学校舍维修改造 | 1326.50 | - | - | 万元',
      '教育信息化建设 | 418.00 | - | - | 万元',
      '家庭医生签约服务补助 | 265.80 | - | - | 万元',
    ],
  },
  {
    layout: 'an evaluation notice one row a line headed 评价对象 / 主管部门 / 评价金额(万元) / 评价得分 / 评价等次',
    text: '序号 评价对象 主管部门 评价金额(万元) 评价得分 评价等次\n1 农村饮水安全巩固提升项目 县水利局 300 92 优\n2 河道清淤整治项目 县水利局 120 85.5 良',
    rows: ['农村饮水安全巩固提升项目 | 300 | - | - | 万元', '河道清淤整治项目 | 120 | - | - | 万元'],
  },
  {
    layout: 'an allocation table one cell a line whose amount carries a remark on a part of it in brackets (其中 / 含)',
    text: '附件\n某区2021年第二批扶贫资金安排表\n单位:万元\n\n序号\n\n村名\n\n项目名称\n\n建设内容\n\n资金金额\n\n1\n\n东山村\n\n茶叶基地\n\n新建\n\n20\n\n2\n\n西河村\n\n道路硬化\n\n续建\n\n15(其中,以工代赈5万元)\n\n3\n\n南岭村\n\n饮水工程\n\n维修\n\n30(含村级自筹3万元)',
    rows: ['茶叶基地 | 20 | - | - | 万元', '道路硬化 | 15 | - | - | 万元', '饮水工程 | 30 | - | - | 万元'],
  },
  {
    layout: 'the same remark in a pipe table and in a row a line, the amount with its unit',
    text: '| 序号 | 项目名称 | 建设地点 | 补助资金 |\n|---|---|---|---|\n| 1 | 上湾村灌溉渠修复 | 上湾村 | 18万元(其中,省级资金10万元) |\n| 2 | 下湾村村道亮化 | 下湾村 | 9.6万元 |\n\n序号 项目名称 建设地点 补助资金(万元)\n1 北坡村水窖建设 北坡村 12(包括运维费用2万元)\n2 南坡村护坡工程 南坡村 7.5',
    rows: [
      '上湾村灌溉渠修复 | 18 | - | - | 万元',
      '下湾村村道亮化 | 9.6 | - | - | 万元',
      '北坡村水窖建设 | 12 | - | - | 万元',
      '南坡村护坡工程 | 7.5 | - | - | 万元',
    ],
  },
  {
    layout: 'a list one cell a paragraph under a numbered heading whose words name a measure ((二)项目支出, 3.预算执行情况)',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n(二)项目支出\n项目名称\n\n预算数(万元)\n\n执行数(万元)\n\n执行率\n\n困难群众救助\n\n1250\n\n1200\n\n96%\n\n养老服务补贴\n\n300\n\n285\n\n95%\n\n3.预算执行情况\n子项目名称\n\n预算数(万元)\n\n实际支出(万元)\n\n敬老院维修\n\n40\n\n38\n\n日间照料中心运营\n\n25.5\n\n25.5',
    rows: [
      '困难群众救助 | 1250 | 1200 | 96 | 万元',
      '养老服务补贴 | 300 | 285 | 95 | 万元',
      '敬老院维修 | 40 | 38 | - | 万元',
      '日间照料中心运营 | 25.5 | 25.5 | - | 万元',
    ],
  },
  {
    layout: 'refused: under such a heading, money columns with no project column give no rows',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n(二)项目支出\n预算数(万元)\n\n执行数(万元)\n\n执行率\n\n1250\n\n1200\n\n96%',
    rows: [],
  },
  {
    layout: 'a list one row a line whose total row (合计) stands first under the header',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n项目支出情况如下表:\n项目名称 预算数(万元) 执行数(万元) 执行率\n合计 1550 1485 95.81%\n困难群众救助 1250 1200 96%\n养老服务补贴 300 285 95%',
    rows: ['困难群众救助 | 1250 | 1200 | 96 | 万元', '养老服务补贴 | 300 | 285 | 95 | 万元'],
  },
  {
    layout: 'a numbered list one cell a paragraph, its total first with no serial (总 计, spaced), its rate blank there',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n项目支出情况如下表:\n序号\n\n项目名称\n\n预算数(万元)\n\n执行数(万元)\n\n执行率\n\n总 计\n\n1550\n\n1485\n\n1\n\n困难群众救助\n\n1250\n\n1200\n\n96%\n\n2\n\n养老服务补贴\n\n300\n\n285\n\n95%',
    rows: ['困难群众救助 | 1250 | 1200 | 96 | 万元', '养老服务补贴 | 300 | 285 | 95 | 万元'],
  },
  {
    layout: 'refused: a total row holding words among its amounts (详见附表) is no total row to read past',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n项目支出情况如下表:\n项目名称 预算数(万元) 执行数(万元) 执行率\n合计 详见附表 95.81%\n困难群众救助 1250 1200 96%\n养老服务补贴 300 285 95%',
    rows: [],
  },
  {
    layout: 'two rows of one allocation table with the same name and amount (two villages’ fruit bases) are two tasks',
    text: '某区2021年扶贫资金安排表\n单位:万元\n\n| 序号 | 村名 | 项目名称 | 资金金额 |\n|---|---|---|---|\n| 1 | 东山村 | 水果基地 | 20 |\n| 2 | 西河村 | 蔬菜基地 | 30 |\n| 3 | 南岭村 | 水果基地 | 20 |\n\n某区2021年第二批扶贫资金安排表\n单位:万元\n序号 村名 项目名称 资金金额\n1 北坡村 茶叶基地 15\n2 上湾村 茶叶基地 15\n3 下湾村 道路硬化 8',
    rows: [
      '水果基地 | 20 | - | - | 万元',
      '蔬菜基地 | 30 | - | - | 万元',
      '水果基地 | 20 | - | - | 万元',
      '茶叶基地 | 15 | - | - | 万元',
      '茶叶基地 | 15 | - | - | 万元',
      '道路硬化 | 8 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same table printed twice (in the text and again as its annex) gives each row once',
    text: '某区2021年扶贫资金安排表\n单位:万元\n\n| 序号 | 村名 | 项目名称 | 资金金额 |\n|---|---|---|---|\n| 1 | 东山村 | 水果基地 | 20 |\n| 2 | 西河村 | 蔬菜基地 | 30 |\n\n附件\n\n| 序号 | 村名 | 项目名称 | 资金金额 |\n|---|---|---|---|\n| 1 | 东山村 | 水果基地 | 20 |\n| 2 | 西河村 | 蔬菜基地 | 30 |',
    rows: ['水果基地 | 20 | - | - | 万元', '蔬菜基地 | 30 | - | - | 万元'],
  },
  {
    layout: 'cells run together, the list’s total first under the header (合计 then its run), with and without serial numbers',
    text: '某县文旅局2023年度部门整体支出绩效自评报告\n项目名称预算数执行数执行率合计155.60143.6092.29%非遗保护传承35.6035.60100.00%公共文化服务体系建设120.00108.0090.00%\n\n序号项目名称预算数执行数执行率合 计80.0076.0095.00%1文物修缮50.0048.0096.00%2博物馆免费开放30.0028.0093.33%',
    rows: [
      '非遗保护传承 | 35.60 | 35.60 | 100.00 | 万元',
      '公共文化服务体系建设 | 120.00 | 108.00 | 90.00 | 万元',
      '文物修缮 | 50.00 | 48.00 | 96.00 | 万元',
      '博物馆免费开放 | 30.00 | 28.00 | 93.33 | 万元',
    ],
  },
  {
    layout: 'refused: cells run together under a total whose run holds words (合计详见附表): the list ends there',
    text: '某县文旅局2023年度部门整体支出绩效自评报告\n项目名称预算数执行数执行率合计详见附表非遗保护传承35.6035.60100.00%公共文化服务体系建设120.00108.0090.00%',
    rows: [],
  },
  {
    layout: 'an allocation table one cell a line whose last rows lack their blank 村名 / 建设内容 cells, before 小计 and 合计',
    text: '附件\n某区2022年扶贫专项资金安排表\n单位:万元\n\n序号\n\n村名\n\n项目名称\n\n建设内容\n\n资金金额\n\n1\n\n东山村\n\n茶叶基地\n\n新建\n\n20\n\n2\n\n西河村\n\n道路硬化\n\n续建\n\n15\n\n3\n\n项目管理费\n\n2\n\n小计\n\n37\n\n4\n\n贷款贴息\n\n10\n\n合计\n\n47',
    rows: ['茶叶基地 | 20 | - | - | 万元', '道路硬化 | 15 | - | - | 万元', '项目管理费 | 2 | - | - | 万元', '贷款贴息 | 10 | - | - | 万元'],
  },
  {
    layout: 'the same short row in a list one row a line (建设地点 / 实施单位 blank and dropped), the list ending on it',
    text: '序号 项目名称 建设地点 补助资金(万元) 实施单位\n1 东湾村灌溉渠道修复 东湾村 18 水利局\n2 南岭村村道亮化 南岭村 9.6 住建局\n3 雨露计划补助 6.5',
    rows: ['东湾村灌溉渠道修复 | 18 | - | - | 万元', '南岭村村道亮化 | 9.6 | - | - | 万元', '雨露计划补助 | 6.5 | - | - | 万元'],
  },
  {
    layout: 'refused: a short row followed by words that are neither the next serial nor a closing row (the cells may be shifted)',
    text: '附件\n某区2022年扶贫专项资金安排表\n单位:万元\n\n序号\n\n村名\n\n项目名称\n\n建设内容\n\n资金金额\n\n1\n\n东山村\n\n茶叶基地\n\n新建\n\n20\n\n2\n\n西河村\n\n道路硬化\n\n续建\n\n15\n\n3\n\n贷款贴息\n\n10\n\n北坡村\n\n维修',
    rows: ['茶叶基地 | 20 | - | - | 万元', '道路硬化 | 15 | - | - | 万元'],
  },
  {
    layout: 'refused: a bracket that is no part of the amount (暂定, 待审计) leaves the cell words, and the list unread',
    text: '| 序号 | 项目名称 | 建设地点 | 补助资金 |\n|---|---|---|---|\n| 1 | 上湾村灌溉渠修复 | 上湾村 | 18(暂定) |\n| 2 | 下湾村村道亮化 | 下湾村 | 9.6(待审计) |',
    rows: [],
  },
  {
    layout: 'refused: the same notice with words in the first row’s money cell',
    text: '序号 评价对象 主管部门 评价金额(万元) 评价得分 评价等次\n1 农村饮水安全巩固提升项目 县水利局 待定 92 优\n2 河道清淤整治项目 县水利局 120 85.5 良',
    rows: [],
  },
];

const HELD_OUT_LAYOUTS: Example[] = [
  {
    layout: 'numbered items in 元 with 批复金额 / 已支付 / 支付率',
    text: '具体项目如下:\n1、社区网格化管理项目,批复金额680,000.00元,已支付652,300.00元,支付率95.93%;\n2、老旧小区微改造项目,批复金额420,000.00元,已支付420,000.00元,支付率100%。',
    rows: ['社区网格化管理项目 | 680000.00 | 652300.00 | 95.93 | 元', '老旧小区微改造项目 | 420000.00 | 420000.00 | 100 | 元'],
  },
  {
    layout: 'headed items whose paragraph opens with the date the money is counted to',
    text: '## (一)食品安全抽检项目\n\n截至2022年12月31日,该项目年初预算80万元,实际支出76万元,预算执行率95%。\n\n## (二)特种设备安全监管项目\n\n截至2022年12月31日,该项目年初预算30万元,实际支出30万元,预算执行率100%。',
    rows: ['食品安全抽检项目 | 80 | 76 | 95 | 万元', '特种设备安全监管项目 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'executed and rate after 其中, the name run into 支出',
    text: '项目支出实际执行720.6万元。其中,家庭医生签约服务支出420.6万元,执行率96.2%;重大传染病防控支出300万元,执行率100%。',
    rows: ['家庭医生签约服务 | - | 420.6 | 96.2 | 万元', '重大传染病防控 | - | 300 | 100 | 万元'],
  },
  {
    layout: 'refused: spending classes run into 支出 after 其中',
    text: '本年支出合计500万元。其中,基本支出380万元,执行率98%;项目支出120万元,执行率95%。',
    rows: [],
  },
  {
    layout: 'sub-items named 子项目一 / 子项目二',
    text: '该项目由两个子项目构成。子项目一:免费教科书,预算数96,400元,支出数90,216元,执行率93.59%。子项目二:营养改善计划,预算数512,000元,支出数498,760元,执行率97.41%。',
    rows: ['免费教科书 | 96400 | 90216 | 93.59 | 元', '营养改善计划 | 512000 | 498760 | 97.41 | 元'],
  },
  {
    layout: 'a table with a column per year and measure: the report year’s, once',
    text: [
      '# 某馆2023年度部门整体支出绩效自评报告',
      '',
      '| 项目名称 | 2022年预算数 | 2022年执行数 | 2023年预算数 | 2023年执行数 |',
      '|---|---|---|---|---|',
      '| 档案数字化加工 | 60 | 58 | 80 | 76.4 |',
      '| 馆藏档案保护 | 20 | 20 | 25 | 22 |',
    ].join('\n'),
    rows: ['档案数字化加工 | 80 | 76.4 | - | 万元', '馆藏档案保护 | 25 | 22 | - | 万元'],
  },
  {
    layout: '上年决算 / 本年预算 / 本年决算 columns',
    text: [
      '| 项目名称 | 上年决算 | 本年预算 | 本年决算 |',
      '|---|---|---|---|',
      '| 医疗设备购置 | 320.5 | 400 | 388.2 |',
      '| 院感防控能力建设 | 45 | 60 | 52.3 |',
    ].join('\n'),
    rows: ['医疗设备购置 | 400 | 388.2 | - | 万元', '院感防控能力建设 | 60 | 52.3 | - | 万元'],
  },
  {
    layout: 'sub-project rows whose first cell is the group label 子项目',
    text: [
      '| 项目资金(万元) | | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| | 年度资金总额 | 110 | 101.5 | 10 | 92.27% | 9.2 |',
      '| 子项目 | 村庄清洁行动 | 80.00 | 75.20 | — | 94.00% | — |',
      '| | 生活垃圾收运 | 30.00 | 26.30 | — | 87.67% | — |',
    ].join('\n'),
    rows: ['村庄清洁行动 | 80.00 | 75.20 | 94.00 | 万元', '生活垃圾收运 | 30.00 | 26.30 | 87.67 | 万元'],
  },
  {
    layout: '年度主要任务 column, names numbered and ending in a colon',
    text: [
      '| 年度主要任务 | 年度预算数(万元) | 执行数(万元) | 执行率 |',
      '|---|---|---|---|',
      '| 合计 | 180.4 | 173.9 | 96.4% |',
      '| 一、乡村振兴衔接项目: | 120 | 115 | 95.83% |',
      '| 二、集镇环境综合整治: | 60.4 | 58.9 | 97.52% |',
    ].join('\n'),
    rows: ['乡村振兴衔接项目 | 120 | 115 | 95.83 | 万元', '集镇环境综合整治 | 60.4 | 58.9 | 97.52 | 万元'],
  },
  {
    layout: 'one cell per line without 序号; a row that lost cells is skipped, the list goes on',
    text: [
      '单位:万元',
      '任务名称',
      '全年预算',
      '实际支出',
      '支出进度',
      '社区矫正管理',
      '42.00',
      '40.32',
      '96%',
      '普法宣传',
      '12.00',
      '法律援助',
      '36.80',
      '30.10',
      '81.79%',
    ].join('\n\n'),
    rows: ['社区矫正管理 | 42.00 | 40.32 | 96 | 万元', '法律援助 | 36.80 | 30.10 | 81.79 | 万元'],
  },
  {
    layout: 'one cell per line, each cell ending in " |", a pipe alone a blank cell',
    text: [
      '子项目名称 |',
      '预算数 |',
      '执行数 |',
      '执行率 |',
      '备注 |',
      '老年人助餐补贴 |',
      '36.00 |',
      '36.00 |',
      '100% |',
      ' |',
      '适老化改造 |',
      '20.00 |',
      '15.00 |',
      '75% |',
      '未完工 |',
    ].join('\n'),
    rows: ['老年人助餐补贴 | 36.00 | 36.00 | 100 | 万元', '适老化改造 | 20.00 | 15.00 | 75 | 万元'],
  },
  {
    layout: 'space-separated rows under year columns and a 项目名称 header',
    text: [
      '某局2022年度部门整体支出绩效评价基础数据表',
      '',
      '项目名称 2021年决算数 2022年预算数 2022年决算数',
      '审计业务经费 35.6 40 38.2',
      '审计信息化建设 12 20 16.4',
    ].join('\n'),
    rows: ['审计业务经费 | 40 | 38.2 | - | 万元', '审计信息化建设 | 20 | 16.4 | - | 万元'],
  },
  {
    layout: 'a notice one cell per line: the header’s unit on a line of its own, rows under a merged 主管部门',
    text: [
      '序号',
      '主管部门',
      '项目名称',
      '资金量',
      '(万元)',
      '等级',
      '1',
      '县农业农村局',
      '耕地地力保护补贴',
      '860',
      '优',
      '2',
      '动物防疫补助',
      '45.5',
      '良',
      '3',
      '县林业局',
      '森林生态效益补偿',
      '230.8',
      '良',
    ].join('\n\n'),
    rows: ['耕地地力保护补贴 | 860 | - | - | 万元', '动物防疫补助 | 45.5 | - | - | 万元', '森林生态效益补偿 | 230.8 | - | - | 万元'],
  },
  {
    layout: 'refused: a notice whose rows lack the grade its header announces',
    text: [
      '序号',
      '主管部门',
      '项目名称',
      '资金量',
      '等级',
      '1.',
      '县水利局',
      '农村供水保障工程',
      '745.30',
      '2.',
      '县人社局',
      '职业技能提升培训补贴',
      '126.00',
    ].join('\n\n'),
    rows: [],
  },
  {
    layout: 'refused: spending vouchers under 支出内容 (cells with spaces, a header cell the vocabulary does not know)',
    text: [
      '支出内容 |',
      '实际支出数 |',
      '会计凭证号 |',
      '备注 |',
      '||||||||||',
      '30226 劳务费 |',
      '50,000.00 |',
      '2020年01月记账 9 |',
      '付某某线养护劳务费 |',
      '||||||||||',
      '30906 大型修缮 |',
      '83,490.00 |',
      '2020年01月记账 9 |',
      '付某公司路面换板款 |',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'cue words of items: 计划投资 / 已完成支付 / 完成年初预算的',
    text: '1.城区道路养护项目,计划投资50万元,已完成支付45万元,完成年初预算的90%;2.路灯维修项目,计划投资30万元,已完成支付30万元,完成年初预算的100%。',
    rows: ['城区道路养护项目 | 50 | 45 | 90 | 万元', '路灯维修项目 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'columns 重点工作 / 批复预算数 / 预算完成率, one cell per line',
    text: ['重点工作', '批复预算数', '执行数', '预算完成率', '道路养护', '50', '45', '90%', '路灯维修', '30', '30', '100%'].join('\n\n'),
    rows: ['道路养护 | 50 | 45 | 90 | 万元', '路灯维修 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'rows whose cells ran together after a glued header: cut where the rate is spending over budget',
    text: '项目资金(万元)子项目名称预算数执行数执行率住院救助120.5118.298.09%重特大疾病救助3530.286.29%年度总体目标保障困难群众基本医疗需求',
    rows: ['住院救助 | 120.5 | 118.2 | 98.09 | 万元', '重特大疾病救助 | 35 | 30.2 | 86.29 | 万元'],
  },
  {
    layout: 'run-together rows with spaces between some cells; the last row may end the list with 100.00%',
    text: '子项目名称 预算数(万元) 执行数(万元) 执行率 垃圾分类宣传12.0011.5095.83% 厨余垃圾处置运营150.00150.00100.00% 年度总体目标 全面推进',
    rows: ['垃圾分类宣传 | 12.00 | 11.50 | 95.83 | 万元', '厨余垃圾处置运营 | 150.00 | 150.00 | 100.00 | 万元'],
  },
  {
    layout: 'run-together rows without a rate: read when one cut gives the amounts the same decimals',
    text: '子项目名称预算数执行数住院救助120.5118.2门诊救助60.854.8',
    rows: ['住院救助 | 120.5 | 118.2 | - | 万元', '门诊救助 | 60.8 | 54.8 | - | 万元'],
  },
  {
    layout: 'refused: run-together rows without a rate that cut several ways',
    text: '子项目名称预算数执行数住院救助3530门诊救助4540',
    rows: [],
  },
  {
    layout: 'refused: run-together rows under a header with a column of words',
    text: '项目名称主管部门资金量等级住院救助120优重特大疾病救助35良',
    rows: [],
  },
  {
    layout: 'lines of a bulleted list: a name, a colon, spending and rate',
    text: '- 环卫作业市场化服务:已支付1,268.35万元,支付进度98.6%;\n- 城市照明维护:已支付215.4万元,支付进度91.2%;\n- 数字城管平台运维:已支付86万元,支付进度100%。',
    rows: [
      '环卫作业市场化服务 | - | 1268.35 | 98.6 | 万元',
      '城市照明维护 | - | 215.4 | 91.2 | 万元',
      '数字城管平台运维 | - | 86 | 100 | 万元',
    ],
  },
  {
    layout: 'refused: lines of department money (totals, categories, funding sources)',
    text: '- 年度资金总额:预算300万元,实际支出290万元;\n- 基本支出:预算200万元,实际支出195万元;\n- 一般公共预算拨款:预算280万元,实际支出275万元。',
    rows: [],
  },
  {
    layout: 'parallel lists whose names are listed in the clause before (包括A、B、C三个子项目)',
    text: '项目包括执法装备购置、执法人员培训、农资打假专项行动三个子项目,预算分别为42万元、8万元、15万元,实际支出分别为40.2万元、8万元、12.5万元。',
    rows: ['执法装备购置 | 42 | 40.2 | - | 万元', '执法人员培训 | 8 | 8 | - | 万元', '农资打假专项行动 | 15 | 12.5 | - | 万元'],
  },
  {
    layout: 'parallel lists whose names the verb that arranged them lists (共安排A、B、C三个项目)',
    text: '2022年共安排道路养护、路灯维修、河道清淤三个项目,预算资金分别为90万元、20万元、30万元,实际支出分别为88.5万元、19.5万元、30万元。',
    rows: ['道路养护 | 90 | 88.5 | - | 万元', '路灯维修 | 20 | 19.5 | - | 万元', '河道清淤 | 30 | 30 | - | 万元'],
  },
  {
    layout: 'parallel lists whose names 开展了 lists, their count of 工作 after them',
    text: '今年开展了送戏下乡、农家书屋更新两项工作,分别支出30万元、17万元。',
    rows: ['送戏下乡 | - | 30 | - | 万元', '农家书屋更新 | - | 17 | - | 万元'],
  },
  {
    layout: 'refused: funds named by their level after 安排',
    text: '2022年共安排中央资金、省级资金两项,分别为200万元、100万元。',
    rows: [],
  },
  {
    layout: 'an evaluation notice of funds named by their level: under 项目名称 they are the projects',
    text: [
      '| 序号 | 主管部门 | 项目名称 | 资金量(万元) | 等级 |',
      '|---|---|---|---|---|',
      '| 1 | 县农业农村局 | 中央财政农业生产发展资金 | 1860 | 优 |',
      '| 2 | 县乡村振兴局 | 省级财政衔接推进乡村振兴补助资金 | 745.3 | 良 |',
    ].join('\n'),
    rows: ['中央财政农业生产发展资金 | 1860 | - | - | 万元', '省级财政衔接推进乡村振兴补助资金 | 745.3 | - | - | 万元'],
  },
  {
    layout: 'a list introduced by 用于 alone',
    text: '2023年下达资金300万元,用于村道硬化项目120万元、路灯安装项目80万元、污水管网项目100万元。',
    rows: ['村道硬化项目 | 120 | - | - | 万元', '路灯安装项目 | 80 | - | - | 万元', '污水管网项目 | 100 | - | - | 万元'],
  },
  {
    layout: 'a list introduced by 为 right after the total and its comma (…资金260.3万元,为A 10万元,B 250万元等)',
    text: '2023年度下达市级资金260.3万元,为奖励督查10万元,安徽省大别山区水环境生态补偿资金250万元等。',
    rows: ['奖励督查 | 10 | - | - | 万元', '安徽省大别山区水环境生态补偿资金 | 250 | - | - | 万元'],
  },
  {
    layout: 'a list introduced by 主要为',
    text: '今年共收到直达资金5000万元,直达资金项目主要为优抚对象补助经费2035.6万元,基本公共卫生服务补助金672.76万元,农田建设补助资金484万元。',
    rows: [
      '优抚对象补助经费 | 2035.6 | - | - | 万元',
      '基本公共卫生服务补助金 | 672.76 | - | - | 万元',
      '农田建设补助资金 | 484 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: 为 after the total states what it is to the year before, or what it is for, no list',
    text: '2023年度下达资金260.3万元,为上年的95%。全年预算资金260.3万元,为保障重点工作,安排奖励督查10万元,安排补偿资金250万元。',
    rows: [],
  },
  {
    layout: 'a count inside an item’s name (补助18个年度重点项目资金774万元), its amount after with no separator',
    text: '2021年下达预算1988万元,包括补助18个年度重点项目资金774万元、补助6名传承人记录工作资金240万元、补助3期传承人研修培训计划资金140万元、补助42名国家级传承人资金84万元、补助国家级文化生态保护(实验)区资金750万元。',
    rows: [
      '补助18个年度重点项目资金 | 774 | - | - | 万元',
      '补助6名传承人记录工作资金 | 240 | - | - | 万元',
      '补助3期传承人研修培训计划资金 | 140 | - | - | 万元',
      '补助42名国家级传承人资金 | 84 | - | - | 万元',
      '补助国家级文化生态保护(实验)区资金 | 750 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a count of projects then what they were given (18个项目安排资金774万元) is a class of projects, no name',
    text: '2021年下达预算1988万元,其中基础设施类18个项目安排资金774万元、产业类6个项目安排资金240万元。',
    rows: [],
  },
  {
    layout: 'project clauses by commas going on to a sibling named as a fund, and to a name opening on its year, with the same rate cue',
    text: '10个项目均完工,其中桂花村美丽乡村项目执行率99.89%,响洪甸水毁修复项目执行率95.6%,丙镇生态补偿资金执行率86.02%,2023年美丽乡村建设项目执行率99.49%。',
    rows: [
      '桂花村美丽乡村项目 | - | - | 99.89 | 万元',
      '响洪甸水毁修复项目 | - | - | 95.6 | 万元',
      '丙镇生态补偿资金 | - | - | 86.02 | 万元',
      '2023年美丽乡村建设项目 | - | - | 99.49 | 万元',
    ],
  },
  {
    layout: 'project clauses by commas going on to a sibling named as a fund, with the same spending cue',
    text: '其中甲村道路项目支出99万元,乙村饮水项目支出95万元,丙镇生态补偿资金支出86万元。',
    rows: ['甲村道路项目 | - | 99 | - | 万元', '乙村饮水项目 | - | 95 | - | 万元', '丙镇生态补偿资金 | - | 86 | - | 万元'],
  },
  {
    layout: 'refused: after project clauses, funding sources and classes of spending with the same rate cue are no siblings',
    text: '其中甲村道路项目执行率99%,乙村饮水项目执行率95%,中央资金执行率90%,基本支出执行率97%,本级执行率88%。',
    rows: ['甲村道路项目 | - | - | 99 | 万元', '乙村饮水项目 | - | - | 95 | 万元'],
  },
  {
    layout: 'the budget put down (预算数 / 下达) and its parts listed by 包含 or 包括, no total before them',
    text: '(一)中央下达专项转移支付预算和绩效目标情况1.预算数:2021年,包含补助18个年度重点项目资金774万元、补助6名传承人记录工作资金240万元、补助3期传承人研修培训计划资金140万元。',
    rows: [
      '补助18个年度重点项目资金 | 774 | - | - | 万元',
      '补助6名传承人记录工作资金 | 240 | - | - | 万元',
      '补助3期传承人研修培训计划资金 | 140 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: 包括 with no total: two items only, no money put down, or classes and funding sources as items',
    text: '2021年下达专项资金,包括甲村道路项目120万元、乙村饮水项目80万元。本单位主要工作包括甲村道路项目120万元、乙村饮水项目80万元、丙村路灯项目50万元。2021年下达资金,包括中央资金120万元、省级资金80万元、县级资金50万元。',
    rows: [],
  },
  {
    layout: 'a rate cue carried on: after one item’s 资金执行 / 执行率, the items state a name and a percent alone',
    text: '10个项目均完工,其中3个项目资金执行100%,剩余农业农村生态环境支出(2022年农村人居环境整治项目)资金执行99.97%;桂花村美丽乡村项目99.89%,响洪甸水毁修复项目95.6%,丙镇生态补偿资金86.02%,2023年美丽乡村建设项目99.49%。',
    rows: [
      '农业农村生态环境支出(2022年农村人居环境整治项目) | - | - | 99.97 | 万元',
      '桂花村美丽乡村项目 | - | - | 99.89 | 万元',
      '响洪甸水毁修复项目 | - | - | 95.6 | 万元',
      '丙镇生态补偿资金 | - | - | 86.02 | 万元',
      '2023年美丽乡村建设项目 | - | - | 99.49 | 万元',
    ],
  },
  {
    layout: 'a rate cue carried on across semicolons, in traditional characters',
    text: '甲村道路項目執行率99%;乙村飲水項目98.5%;丙村路燈項目97%。',
    rows: ['甲村道路項目 | - | - | 99 | 万元', '乙村飲水項目 | - | - | 98.5 | 万元', '丙村路燈項目 | - | - | 97 | 万元'],
  },
  {
    layout: 'refused: percents after a rate cue that are not items’ rates: a share',
    text: '甲村道路项目执行率99%,占比30%,乙村饮水项目25%,丙村路灯项目20%。',
    rows: ['甲村道路项目 | - | - | 99 | 万元'],
  },
  {
    layout: 'refused: percents after a rate cue that are not items’ rates: an indicator',
    text: '甲村道路项目执行率99%,乙村饮水项目满意度98.5%,丙村路灯项目97%。',
    rows: ['甲村道路项目 | - | - | 99 | 万元'],
  },
  {
    layout: 'percents after a rate cue, each a town’s: the towns’ own rates (a name and a rate make a row)',
    text: '全县预算执行率95%,其中甲镇96%,乙镇94%,丙镇97%。',
    rows: ['甲镇 | - | - | 96 | 万元', '乙镇 | - | - | 94 | 万元', '丙镇 | - | - | 97 | 万元'],
  },
  {
    layout:
      'clauses each a town, the same rate cue and a percent (…排序为:甲乡支出进度91.5%;乙镇…): each town’s rate, the cue repeated in every clause',
    text: '乡镇支出从大到小排序为:甲乡支出进度91.5%;乙镇支出进度88.2%;丙镇支出进度86.4%。',
    rows: ['甲乡 | - | - | 91.5 | 万元', '乙镇 | - | - | 88.2 | 万元', '丙镇 | - | - | 86.4 | 万元'],
  },
  {
    layout: 'the same after 其中, the cue 执行率 in every clause',
    text: '2019年资金支出进度87.5%,其中:甲乡执行率91.5%,乙镇执行率88.2%,丙镇执行率86.4%。',
    rows: ['甲乡 | - | - | 91.5 | 万元', '乙镇 | - | - | 88.2 | 万元', '丙镇 | - | - | 86.4 | 万元'],
  },
  ...(
    [
      [
        'a body receiving money among them (县水利局)',
        '单位支出从大到小排序为:县水利局支出进度96.5%;甲乡支出进度91.5%;乙镇支出进度88.2%。',
      ],
      ['the cue worded otherwise in one clause', '乡镇支出从大到小排序为:甲乡支出进度91.5%;乙镇执行率88.2%;丙镇支出进度86.4%。'],
      ['two clauses only', '乡镇支出从大到小排序为:甲乡支出进度91.5%;乙镇支出进度88.2%。'],
      ['a share in one clause', '乡镇支出从大到小排序为:甲乡支出进度91.5%;乙镇支出进度88.2%;丙镇支出进度占比86.4%。'],
    ] as const
  ).map(([why, text]) => ({ layout: `refused: clauses of cued rates with ${why}`, text, rows: [] })),
  {
    layout: 'refused: percents after a rate cue that are not items’ rates: periods',
    text: '第一季度执行率30%,第二季度55%,第三季度80%。',
    rows: [],
  },
  {
    layout: 'refused: percents after a rate cue that are not items’ rates: funding sources',
    text: '中央资金执行率99%,省级资金98.5%,县级资金97%。',
    rows: [],
  },
  {
    layout: 'refused: percents after a rate cue that are not items’ rates: classes of spending',
    text: '基本支出执行率99%,项目支出98.5%,公用经费97%。',
    rows: [],
  },
  {
    layout: 'refused: percents after a rate cue that are not items’ rates: one item alone in its sentence',
    text: '甲村道路项目执行率99%,乙村饮水项目98.5%。丙村路灯项目97%。',
    rows: ['甲村道路项目 | - | - | 99 | 万元'],
  },
  {
    layout: 'a list after a few words with no amount (分资金看,…主要为), dividing the total of the sentence before',
    text: '今年以来,全区共收到直达资金5000万元。分资金看,直达资金项目主要为优抚对象补助经费2035.6万元,基本公共卫生服务补助金672.76万元,农田建设补助资金484万元。',
    rows: [
      '优抚对象补助经费 | 2035.6 | - | - | 万元',
      '基本公共卫生服务补助金 | 672.76 | - | - | 万元',
      '农田建设补助资金 | 484 | - | - | 万元',
    ],
  },
  {
    layout: 'a list after a few words with no amount opening its paragraph, dividing the total of the paragraph above',
    text: '今年以来,全区共收到直达资金5000万元。\n\n分资金看,直达资金项目主要为优抚对象补助经费2035.6万元,基本公共卫生服务补助金672.76万元,农田建设补助资金484万元。',
    rows: [
      '优抚对象补助经费 | 2035.6 | - | - | 万元',
      '基本公共卫生服务补助金 | 672.76 | - | - | 万元',
      '农田建设补助资金 | 484 | - | - | 万元',
    ],
  },
  {
    layout: 'after a few words with no amount: items more than the total before and funding sources refused; towns read',
    text: '今年以来,全区共收到直达资金3000万元。分资金看,直达资金项目主要为优抚对象补助经费2035.6万元,基本公共卫生服务补助金672.76万元,农田建设补助资金484万元。\n\n今年以来,全区共收到直达资金5000万元。分乡镇看,主要为甲镇2035.6万元,乙镇672.76万元,丙镇484万元。\n\n今年以来,全区共收到直达资金5000万元。分来源看,主要为中央资金2035.6万元,省级资金672.76万元,县级资金484万元。',
    rows: ['甲镇 | 2035.6 | - | - | 万元', '乙镇 | 672.76 | - | - | 万元', '丙镇 | 484 | - | - | 万元'],
  },
  {
    layout: 'a list ends before a section number its first item did not have: the next section is no item',
    text: '(一)中央下达预算情况1.预算数:2021年,包含补助年度重点项目资金774万元、补助传承人记录工作资金240万元、补助传承人研修培训计划资金140万元,(二)区内分解下达预算和绩效目标情况1.年度重点项目补助资金874万元:主要完成以下工作。',
    rows: [
      '补助年度重点项目资金 | 774 | - | - | 万元',
      '补助传承人记录工作资金 | 240 | - | - | 万元',
      '补助传承人研修培训计划资金 | 140 | - | - | 万元',
    ],
  },
  {
    layout: 'a list whose items are all numbered (一)(二) reads on past each number',
    text: '2023年下达资金300万元,其中:(一)村道硬化项目120万元;(二)路灯安装项目80万元;(三)污水管网项目100万元。',
    rows: ['村道硬化项目 | 120 | - | - | 万元', '路灯安装项目 | 80 | - | - | 万元', '污水管网项目 | 100 | - | - | 万元'],
  },
  {
    layout: 'two batches in one sentence, each a total then 分别支持 and its projects',
    text: '2023年全市获得中央大气污染防治资金900万元,其中第一批资金500万元,分别支持甲区燃煤锅炉改造项目300万元、乙县扬尘监测项目200万元;第二批资金400万元,分别支持丙镇清洁取暖项目250万元、丁区油烟治理项目150万元。',
    rows: [
      '甲区燃煤锅炉改造项目 | 300 | - | - | 万元',
      '乙县扬尘监测项目 | 200 | - | - | 万元',
      '丙镇清洁取暖项目 | 250 | - | - | 万元',
      '丁区油烟治理项目 | 150 | - | - | 万元',
    ],
  },
  {
    layout: 'one amount to each of the works a fund is divided among (分别下达A和B各X万元), adding up to the fund',
    text: '省财政下达我市农村文化设施补助资金120万元,按每个项目60万元标准核定。经研究,分别下达甲馆改造工程和乙站设备购置项目各60万元。',
    rows: ['甲馆改造工程 | 60 | - | - | 万元', '乙站设备购置项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'one amount to each of several places, the total divided among them',
    text: '省财政下达我市农村文化设施补助资金120万元。经研究,分别下达甲县和乙区各60万元。',
    rows: ['甲县 | 60 | - | - | 万元', '乙区 | 60 | - | - | 万元'],
  },
  {
    layout: 'one amount to each project, the verb after 各',
    text: '2023年安排专项资金90万元,村道硬化项目、路灯安装项目、污水管网项目各安排30万元。',
    rows: ['村道硬化项目 | 30 | - | - | 万元', '路灯安装项目 | 30 | - | - | 万元', '污水管网项目 | 30 | - | - | 万元'],
  },
  {
    layout: 'refused: equal shares that do not add up to an amount stated before',
    text: '省财政下达我市农村文化设施补助资金150万元。经研究,分别下达甲馆改造工程和乙站设备购置项目各60万元。',
    rows: [],
  },
  {
    layout: 'batches before their 合计, each with its approving level and a remark in brackets',
    text: '该项目分两批实施,一批项目市级批复总投资900万元(其中建筑工程880万元),二批项目市级批复投资620.6万元(其中建筑工程600万元),合计批复总投资1520.6万元(其中建筑工程1480万元)。',
    rows: ['一批项目 | 900 | - | - | 万元', '二批项目 | 620.6 | - | - | 万元'],
  },
  {
    layout: 'the last item after 和 / 及 instead of a comma',
    text: '2023年下达专项资金150万元,分别为东湖公园绿化提升工程90万元和西山步道修缮项目60万元。',
    rows: ['东湖公园绿化提升工程 | 90 | - | - | 万元', '西山步道修缮项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'a name that begins with 和 after a comma keeps it',
    text: '2023年下达专项资金150万元,其中:东湖公园绿化提升工程90万元,和平街排水改造项目60万元。',
    rows: ['东湖公园绿化提升工程 | 90 | - | - | 万元', '和平街排水改造项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'a list whose verb is 分配 / 投向 / 支持',
    text: '2023年到位专项资金150万元,主要投向东湖公园绿化提升工程90万元、西山步道修缮项目60万元。下达奖补资金70万元,分配农机具购置补贴项目40万元、秸秆还田示范项目30万元。',
    rows: [
      '东湖公园绿化提升工程 | 90 | - | - | 万元',
      '西山步道修缮项目 | 60 | - | - | 万元',
      '农机具购置补贴项目 | 40 | - | - | 万元',
      '秸秆还田示范项目 | 30 | - | - | 万元',
    ],
  },
  {
    layout: 'a clause on the whole after the items (截至年底已支付…, 执行率…) closes the list',
    text: '下达专项资金150万元,其中东湖公园绿化提升工程90万元、西山步道修缮项目60万元,截至年底已支付140万元,执行率93.33%。',
    rows: ['东湖公园绿化提升工程 | 90 | - | - | 万元', '西山步道修缮项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'batches before their 合计, each named with the verb that granted it (第一批下达…)',
    text: '该补助资金分两批下达,第一批下达90万元,第二批下达60万元,合计150万元。',
    rows: ['第一批 | 90 | - | - | 万元', '第二批 | 60 | - | - | 万元'],
  },
  {
    layout: 'names after 用于 with their count, the amounts after 分别安排',
    text: '下达资金150万元,用于东湖公园绿化提升、西山步道修缮两个项目,分别安排90万元、60万元。',
    rows: ['东湖公园绿化提升 | 90 | - | - | 万元', '西山步道修缮 | 60 | - | - | 万元'],
  },
  {
    layout: 'the batches of a total after 分两批下达:',
    text: '下达补助资金150万元,分两批下达:第一批90万元,第二批60万元。',
    rows: ['第一批 | 90 | - | - | 万元', '第二批 | 60 | - | - | 万元'],
  },
  {
    layout: 'a list right after its total, opened by a colon or a bracket, or by 涉及',
    text: '共安排项目2个,资金150万元:东湖公园绿化提升工程90万元,西山步道修缮项目60万元。另下达奖补资金70万元(农机具购置补贴项目40万元,秸秆还田示范项目30万元)。2023年下达资金50万元,涉及河道清淤工程30万元、堤防加固工程20万元。',
    rows: [
      '东湖公园绿化提升工程 | 90 | - | - | 万元',
      '西山步道修缮项目 | 60 | - | - | 万元',
      '农机具购置补贴项目 | 40 | - | - | 万元',
      '秸秆还田示范项目 | 30 | - | - | 万元',
      '河道清淤工程 | 30 | - | - | 万元',
      '堤防加固工程 | 20 | - | - | 万元',
    ],
  },
  {
    layout: 'a list closed by its count (…等2个项目)',
    text: '下达资金150万元,全部用于东湖公园绿化提升工程90万元、西山步道修缮项目60万元等2个项目。',
    rows: ['东湖公园绿化提升工程 | 90 | - | - | 万元', '西山步道修缮项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'a parallel list whose names are joined by 和',
    text: '东湖公园绿化提升工程和西山步道修缮项目分别下达90万元和60万元。',
    rows: ['东湖公园绿化提升工程 | 90 | - | - | 万元', '西山步道修缮项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'a parallel list keeps a name that holds 和 when 、 gives one name per amount',
    text: '文化和旅游公共服务项目、体育场馆维修项目分别安排40万元、30万元。',
    rows: ['文化和旅游公共服务项目 | 40 | - | - | 万元', '体育场馆维修项目 | 30 | - | - | 万元'],
  },
  {
    layout: 'items numbered with circled numbers in a list after its total (其中:①A…;②B…)',
    text: '下达专项资金150万元,其中:①东湖公园绿化提升工程90万元;②西山步道修缮项目60万元。',
    rows: ['东湖公园绿化提升工程 | 90 | - | - | 万元', '西山步道修缮项目 | 60 | - | - | 万元'],
  },
  {
    layout: "each item's own rate right after its amount (A项目支付95万元,支付率95%;B项目…)",
    text: '截至年底共支付专项资金140万元,其中东湖公园绿化提升工程支付85万元,支付率94.44%;西山步道修缮项目支付55万元,支付率91.67%。',
    rows: ['东湖公园绿化提升工程 | - | 85 | 94.44 | 万元', '西山步道修缮项目 | - | 55 | 91.67 | 万元'],
  },
  {
    layout: "an item's rate is not taken for a clause on the whole when items follow it",
    text: '下达专项资金150万元,其中东湖公园绿化提升工程90万元,执行率95%;西山步道修缮项目60万元,执行率100%。',
    rows: ['东湖公园绿化提升工程 | 90 | - | 95 | 万元', '西山步道修缮项目 | 60 | - | 100 | 万元'],
  },
  {
    layout: 'items of a spending total, each name run into 支出',
    text: '全年实际支出280万元,其中:村道硬化项目支出115万元,路灯安装项目支出70万元,污水管网项目支出95万元。',
    rows: ['村道硬化项目 | - | 115 | - | 万元', '路灯安装项目 | - | 70 | - | 万元', '污水管网项目 | - | 95 | - | 万元'],
  },
  {
    layout: "the project's own sentence before 其中 is no task (2022年项目)",
    text: '2022年项目预算300万元,实际支出280万元,执行率93.33%。其中:村道硬化项目预算120万元,支出115万元,执行率95.83%;路灯安装项目预算180万元,支出165万元,执行率91.67%。',
    rows: ['村道硬化项目 | 120 | 115 | 95.83 | 万元', '路灯安装项目 | 180 | 165 | 91.67 | 万元'],
  },
  {
    layout: 'items after a count that announces them (共实施项目2个:)',
    text: '本年度共实施项目2个:村道硬化项目,预算120万元,支出115万元;路灯安装项目,预算80万元,支出70万元。',
    rows: ['村道硬化项目 | 120 | 115 | - | 万元', '路灯安装项目 | 80 | 70 | - | 万元'],
  },
  {
    layout: 'numbered items with their money in brackets',
    text: '1.村道硬化项目(预算120万元,支出115万元);2.路灯安装项目(预算80万元,支出70万元)。',
    rows: ['村道硬化项目 | 120 | 115 | - | 万元', '路灯安装项目 | 80 | 70 | - | 万元'],
  },
  {
    layout: 'a bare amount right before a cued spending is the budget',
    text: '1.村道硬化项目120万元,已支付115万元;2.路灯安装项目80万元,已支付70万元。',
    rows: ['村道硬化项目 | 120 | 115 | - | 万元', '路灯安装项目 | 80 | 70 | - | 万元'],
  },
  {
    layout: 'refused: functional items of final accounts run into 支出 (行政运行, 机关服务)',
    text: '本年支出合计280万元,其中:行政运行支出150万元,一般行政管理事务支出80万元,机关服务支出20万元。',
    rows: [],
  },
  {
    layout: 'refused: government procurement by kind',
    text: '2023年政府采购支出总额80万元,其中:政府采购货物支出50万元、政府采购服务支出30万元。',
    rows: [],
  },
  {
    layout: 'refused: lines named by a measure (预算执行率:…)',
    text: '- 预算执行率:全年预算300万元,实际支出280万元;\n- 支出进度:全年预算300万元,实际支出280万元。',
    rows: [],
  },
  {
    layout: 'spending counted to a date (截至12月底支出): the month is no amount',
    text: '1.村道硬化项目预算资金120万元,截至12月底支出115万元,执行率95.83%。\n2.路灯安装项目预算资金80万元,截至12月底支出70万元,执行率87.5%。',
    rows: ['村道硬化项目 | 120 | 115 | 95.83 | 万元', '路灯安装项目 | 80 | 70 | 87.5 | 万元'],
  },
  {
    layout: 'an item’s amounts separated by semicolons',
    text: '1.村道硬化项目:预算120.00万元;实际支出115.00万元;执行率95.83%。\n2.路灯安装项目:预算80.00万元;实际支出70.00万元;执行率87.5%。',
    rows: ['村道硬化项目 | 120.00 | 115.00 | 95.83 | 万元', '路灯安装项目 | 80.00 | 70.00 | 87.5 | 万元'],
  },
  {
    layout: 'a notice one cell per line: 部门 / 等次 columns, grades with their score',
    text: [
      '序号',
      '部门',
      '项目名称',
      '资金量(万元)',
      '等次',
      '1',
      '县教育局',
      '学前教育保教费补助',
      '312.5',
      '优秀(92.5分)',
      '2',
      '县卫健局',
      '基本公共卫生服务补助',
      '1,286.40',
      '良好(86分)',
    ].join('\n\n'),
    rows: ['学前教育保教费补助 | 312.5 | - | - | 万元', '基本公共卫生服务补助 | 1286.40 | - | - | 万元'],
  },
  {
    layout: 'refused: a lone number after a word is no run of cells (a glued header of one money column)',
    text: '序号 主管部门 项目名称 资金量 等第\n1 县教育局 学前教育保教费补助 312.5 优\n2 县卫健局 基本公共卫生服务补助 1286.4 良',
    rows: [],
  },
  {
    layout: 'two parallel lists for one list of names; the count after the last name is cut',
    text: '村道硬化、路灯安装两个项目预算分别为120万元和80万元,实际支出分别为115万元和70万元。',
    rows: ['村道硬化 | 120 | 115 | - | 万元', '路灯安装 | 80 | 70 | - | 万元'],
  },
  {
    layout: 'rates in a parallel list (执行率分别为…%)',
    text: '其中村道硬化项目、路灯安装项目分别支出115万元、70万元,执行率分别为95.83%、87.5%。',
    rows: ['村道硬化项目 | - | 115 | 95.83 | 万元', '路灯安装项目 | - | 70 | 87.5 | 万元'],
  },
  {
    layout: 'unnumbered items after the date the spending is counted to',
    text: '截至2023年12月31日,村道硬化项目支出115万元,执行率95.83%;路灯安装项目支出70万元,执行率87.5%。',
    rows: ['村道硬化项目 | - | 115 | 95.83 | 万元', '路灯安装项目 | - | 70 | 87.5 | 万元'],
  },
];

/** Wordings and columns of real reports outside the development corpus. */
const REAL_WORDINGS: Example[] = [
  {
    layout: 'ordinal items whose spending names the year it fell in between 已 and 支出 (已于本年度支出 / 已于当年支出)',
    text: '2023年度专项资金使用情况如下。一是培训经费40万元,已于本年度支出38万元,执行率95%;二是宣传经费20万元,已于当年支出20万元,执行率100%。',
    rows: ['培训经费 | 40 | 38 | 95 | 万元', '宣传经费 | 20 | 20 | 100 | 万元'],
  },
  {
    layout: 'refused: spending planned for the year (拟于本年度支出) is no spending of the item',
    text: '2023年度专项资金安排情况如下。一是培训经费40万元,拟于本年度支出38万元;二是宣传经费20万元,拟于本年度支出20万元。',
    rows: [],
  },
  {
    layout: '一是 items under 具体如下: on the next line, each named before a comma, then 安排项目(预算)资金: a bare 项目 names no work',
    text: '2021年,省财政安排公共卫生能力提升项目预算资金8600.00万元。涉及政策任务3个,具体如下:\n一是疾控中心改造项目,安排项目预算资金5200.00万元,采用因素法分配,主要用于实验室改造。\n二是乡镇卫生院设备项目,安排项目资金2400.00万元,主要用于设备购置。\n三是应急物资储备项目,安排项目预算资金1000.00万元,主要用于物资储备。',
    rows: [
      '疾控中心改造项目 | 5200.00 | - | - | 万元',
      '乡镇卫生院设备项目 | 2400.00 | - | - | 万元',
      '应急物资储备项目 | 1000.00 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: 下达项目资金 with no item before it is the report’s own project money',
    text: '全年下达项目资金120万元,实际支出118万元,执行率98.33%。',
    rows: [],
  },
  {
    layout: 'a bond-project evaluation notice: the issued amount (发行金额) is the project’s money',
    text: '序号 | 主管部门 | 项目单位 | 项目名称 | 发行金额(亿元) | 评价得分 | 评价结果 |\n1 | 某县水利局 | 某县水务投资公司 | 某县城区防洪堤提升工程 | 0.85 | 93 | 优 |\n2 | 某县水利局 | 某县水务投资公司 | 某县灌区节水改造项目 | 0.3 | 86 | 良 |',
    rows: ['某县城区防洪堤提升工程 | 0.85 | - | - | 亿元', '某县灌区节水改造项目 | 0.3 | - | - | 亿元'],
  },
  {
    layout: 'a 部门整体支出 sheet: 年度主要任务 numbers the tasks (任务1), 任务名称 names them',
    text: '| 年度主要任务 | 任务名称 | 主要内容 | 预算数 | 执行数 | 执行率 |\n| 任务1 | 法治宣传 | 开展普法进社区活动 | 16 | 15.2 | 95% |\n| 任务2 | 社区矫正 | 社区矫正对象日常监管 | 40 | 40 | 100% |',
    rows: ['法治宣传 | 16 | 15.2 | 95 | 万元', '社区矫正 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'the 部门整体支出 sheet flattened one cell per line',
    text: [
      '年度主要任务',
      '任务名称',
      '主要内容',
      '预算数',
      '执行数',
      '执行率',
      '任务1',
      '法治宣传',
      '开展普法进社区活动',
      '16',
      '15.2',
      '95%',
      '任务2',
      '社区矫正',
      '社区矫正对象日常监管',
      '40',
      '40',
      '100%',
    ].join('\n\n'),
    rows: ['法治宣传 | 16 | 15.2 | 95 | 万元', '社区矫正 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'the same sheet with 预算金额 over 总额 / 财政拨款 / 其他资金: the task’s budget is the 总额',
    text: '| 年度主要任务 | 任务名称 | 主要内容 | 预算金额(万元) | | |\n| | | | 总额 | 财政拨款 | 其他资金 |\n| 任务1 | 法治宣传 | 开展普法进社区活动 | 16 | 12 | 4 |\n| 任务2 | 社区矫正 | 社区矫正对象日常监管 | 40 | 35 | 5 |\n| 金额合计 | | | 56 | 47 | 9 |',
    rows: ['法治宣传 | 16 | - | - | 万元', '社区矫正 | 40 | - | - | 万元'],
  },
  {
    layout: 'a notice one cell per line whose blank 评价结果 cells were dropped; a project named after its zone',
    text: [
      '序号',
      '主管部门',
      '项目单位',
      '项目名称',
      '发行金额(亿元)',
      '评价得分',
      '评价结果',
      '备注',
      '1',
      '某镇人民政府',
      '某镇城建公司',
      '某镇智能制造产业园二期核心区',
      '0.45',
      '90',
      '项目单位自评',
      '2',
      '某镇人民政府',
      '某镇水务公司',
      '某镇污水管网提标改造工程',
      '0.2',
      '86',
      '主管部门评价',
    ].join('\n\n'),
    rows: ['某镇智能制造产业园二期核心区 | 0.45 | - | - | 亿元', '某镇污水管网提标改造工程 | 0.2 | - | - | 亿元'],
  },
  {
    layout: 'a notice of one project only, one cell per line, its blank 备注 dropped at the end',
    text: [
      '序号',
      '主管部门',
      '项目单位',
      '项目名称',
      '发行金额(亿元)',
      '评价结果',
      '备注',
      '1',
      '某乡人民政府',
      '某乡建设投资公司',
      '某乡山区特色产业园建设项目',
      '0.08',
      '优',
    ].join('\n'),
    rows: ['某乡山区特色产业园建设项目 | 0.08 | - | - | 亿元'],
  },
  {
    layout: 'an unnumbered notice one cell per line whose 自评等级 is blank throughout, a date before 已发行债券规模',
    text: [
      '单位:亿元',
      '项目名称',
      '债券性质',
      '截至2024年底已发行债券规模',
      '自评分数',
      '自评等级',
      '某区中心医院新院区工程',
      '其他项目收益专项债券',
      '0.6',
      '95',
      '某区老城片区供水管网改造项目',
      '其他项目收益专项债券',
      '0.25',
      '88.5',
    ].join('\n\n'),
    rows: ['某区中心医院新院区工程 | 0.6 | - | - | 亿元', '某区老城片区供水管网改造项目 | 0.25 | - | - | 亿元'],
  },
  {
    layout: 'refused: the same notice with a row that lost its amount (its score would stand under the money)',
    text: [
      '单位:亿元',
      '项目名称',
      '债券性质',
      '截至2024年底已发行债券规模',
      '自评分数',
      '自评等级',
      '某区中心医院新院区工程',
      '其他项目收益专项债券',
      '0.6',
      '95',
      '某区体育中心改造工程',
      '其他项目收益专项债券',
      '91',
      '某区老城片区供水管网改造项目',
      '其他项目收益专项债券',
      '0.25',
      '88.5',
    ].join('\n\n'),
    rows: [],
  },
  {
    layout: 'an allocation notice: 本次分配金额 is each project’s money',
    text: '序号 | 项目名称 | 建设地点 | 建设内容 | 本次分配金额(万元) | 责任单位 |\n1 | 2023年某区东村道路提升项目 | 东镇 | 修建道路420米,路面宽5米。 | 36 | 交通运输局 |\n2 | 2023年某区西村饮水巩固项目 | 西镇 | 更换供水管网2.1公里。 | 48 | 水利局 |',
    rows: ['2023年某区东村道路提升项目 | 36 | - | - | 万元', '2023年某区西村饮水巩固项目 | 48 | - | - | 万元'],
  },
  {
    layout: 'numbered names, each with 投资: on the next line; counts inside the names; project classes with counts are no items',
    text: '共安排项目3个,总投资262万元,其中:基础设施项目2项,总资金212万元;产业项目1项,投资50万元。具体如下:\n1.某乡3个村人饮巩固提升工程\n投资:150万元 实施单位:县水利局\n2.某镇牧区机井工程(二期)\n投资:62万元 实施单位:县水利局\n3.某村2个合作社饲草加工项目\n投资:50万元 实施单位:某乡人民政府',
    rows: [
      '某乡3个村人饮巩固提升工程 | 150 | - | - | 万元',
      '某镇牧区机井工程(二期) | 62 | - | - | 万元',
      '某村2个合作社饲草加工项目 | 50 | - | - | 万元',
    ],
  },
  {
    layout: 'project lists whose money column is 拨款金额 or 投资额',
    text: '| 序号 | 项目名称 | 拨款金额(万元) | 备注 |\n| 1 | 便民桥改建项目 | 50 | 无 |\n| 2 | 山塘清淤工程 | 40 | 无 |\n\n| 序号 | 项目名称 | 投资额(万元) | 备注 |\n| 1 | 村级活动场所改造 | 22 | 无 |\n| 2 | 农村公厕新建 | 18 | 无 |',
    rows: [
      '便民桥改建项目 | 50 | - | - | 万元',
      '山塘清淤工程 | 40 | - | - | 万元',
      '村级活动场所改造 | 22 | - | - | 万元',
      '农村公厕新建 | 18 | - | - | 万元',
    ],
  },
  {
    layout: 'a table in 元 declared on the line above it, its 合计 row first',
    text: '单位:元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n| 合计 | 900,000.00 | 870,000.00 | 96.67% |\n| 便民桥改建项目 | 500,000.00 | 480,000.00 | 96.00% |\n| 山塘清淤工程 | 400,000.00 | 390,000.00 | 97.50% |',
    rows: ['便民桥改建项目 | 500000.00 | 480000.00 | 96.00 | 元', '山塘清淤工程 | 400000.00 | 390000.00 | 97.50 | 元'],
  },
  {
    layout: 'a name cell under 项目名称 may hold a comma',
    text: '| 项目名称 | 预算数 | 执行数 |\n| 村道硬化,绿化提升工程 | 50 | 48 |\n| 山塘清淤工程 | 40 | 39 |',
    rows: ['村道硬化,绿化提升工程 | 50 | 48 | - | 万元', '山塘清淤工程 | 40 | 39 | - | 万元'],
  },
  {
    layout: 'evaluation notices whose name column is 项目(资金)名称, 政策和项目名称 or 评价对象',
    text: ['项目(资金)名称', '政策和项目名称', '评价对象']
      .map((h) => `| 序号 | ${h} | 资金量(万元) | 评价等级 |\n| 1 | 便民桥改建项目 | 50 | 优 |\n| 2 | 山塘清淤工程 | 40 | 良 |`)
      .join('\n\n正文。\n\n'),
    rows: ['便民桥改建项目 | 50 | - | - | 万元', '山塘清淤工程 | 40 | - | - | 万元'],
  },
  {
    layout: 'unnumbered items with 总预算 / 支出 / 结余',
    text: '校园安全监控项目总预算36万元,支出34.2万元,结余1.8万元;学生营养餐补助总预算52万元,支出52万元,结余0万元。',
    rows: ['校园安全监控项目 | 36 | 34.2 | - | 万元', '学生营养餐补助 | 52 | 52 | - | 万元'],
  },
  {
    layout: 'numbered items with 已拨付 / 拨付率',
    text: '1、残疾人康复救助项目,预算资金46万元,已拨付41.4万元,拨付率90%。\n2、困难群众临时救助,预算资金30万元,已拨付30万元,拨付率100%。',
    rows: ['残疾人康复救助项目 | 46 | 41.4 | 90 | 万元', '困难群众临时救助 | 30 | 30 | 100 | 万元'],
  },
  {
    layout: 'one item per line with no final punctuation (the lines joined into one paragraph)',
    text: '公共法律服务项目:预算52万元,实际支出49.4万元,预算执行率95%\n人民调解经费:预算18万元,实际支出18万元,预算执行率100%',
    rows: ['公共法律服务项目 | 52 | 49.4 | 95 | 万元', '人民调解经费 | 18 | 18 | 100 | 万元'],
  },
  {
    layout: 'items announced by a count after a comma (…实施重点项目2个:)',
    text: '2023年度,我委实施重点项目2个:乡村医生培训项目,年度预算36万元,执行33万元;家庭医生签约服务,年度预算90万元,执行88.2万元。',
    rows: ['乡村医生培训项目 | 36 | 33 | - | 万元', '家庭医生签约服务 | 90 | 88.2 | - | 万元'],
  },
  {
    layout: 'a mirror site’s pinyin glosses are not part of the names',
    text: '(一)農(nóng)村公路養(yǎng)護(hù)項(xiàng)目,年初預(yù)算64萬(wàn)元,實(shí)際支出60.5萬(wàn)元,執(zhí)行率94.53%。\n(二)渡口安全管理經(jīng)費(fèi),年初預(yù)算22萬(wàn)元,實(shí)際支出22萬(wàn)元,執(zhí)行率100%。',
    rows: ['農村公路養護項目 | 64 | 60.5 | 94.53 | 万元', '渡口安全管理經費 | 22 | 22 | 100 | 万元'],
  },
  {
    layout: 'the report title run into the first item (no blank line after the title)',
    text: '2023年度区司法局部门整体支出绩效自评报告\n公共法律服务项目预算52万元,实际支出49.4万元,执行率95%。人民调解经费预算18万元,实际支出18万元,执行率100%。',
    rows: ['公共法律服务项目 | 52 | 49.4 | 95 | 万元', '人民调解经费 | 18 | 18 | 100 | 万元'],
  },
  {
    layout: 'an item’s state after its amount (已完工 / 在建) is not part of the next name',
    text: '下达专项资金90万元,其中,便民桥改建项目50万元,已完工;山塘清淤项目40万元,在建。',
    rows: ['便民桥改建项目 | 50 | - | - | 万元', '山塘清淤项目 | 40 | - | - | 万元'],
  },
  {
    layout: 'what is left of the total (结余) closes the list without being an item',
    text: '下达专项资金90.00万元,其中:便民桥改建项目50.00万元,山塘清淤项目38.50万元,结余1.50万元。',
    rows: ['便民桥改建项目 | 50.00 | - | - | 万元', '山塘清淤项目 | 38.50 | - | - | 万元'],
  },
  {
    layout: 'items opened by their verb (一是安排A项目资金…; 拨付B工程资金…)',
    text: '一是安排便民桥改建项目资金50万元;二是安排山塘清淤工程资金40万元。(1)拨付便民桥改建项目资金45万元;(2)拨付山塘清淤工程资金38万元。',
    rows: ['便民桥改建项目 | 50 | 45 | - | 万元', '山塘清淤工程 | 40 | 38 | - | 万元'],
  },
  {
    layout: 'a verb before the name of an item is not part of the name (完成A项目,支出…)',
    text: '完成便民桥改建项目,支出45万元;完成山塘清淤工程,支出38万元。',
    rows: ['便民桥改建项目 | - | 45 | - | 万元', '山塘清淤工程 | - | 38 | - | 万元'],
  },
  {
    layout: 'items written amount first (X万元用于Y), a 、 inside the last use',
    text: '本项目共申请预算资金60万元。其中:24万元用于消防设施检测;36万元用于消防通道、疏散标识改造。',
    rows: ['消防设施检测 | 24 | - | - | 万元', '消防通道、疏散标识改造 | 36 | - | - | 万元'],
  },
  {
    layout: 'amount-first budget and spending lists after a table flattened onto one line; parts of a rounded total',
    text: '项目资金 年初预算数 全年预算数 全年执行数 其中:本年财政拨款 60 59.986 59.986 预期目标 实际完成情况 本项目共申请预算资金60万元。其中:24万元用于消防设施检测;36万元用于疏散标识改造。 本项目共完成预算资金59.98万元。其中:24万元用于消防设施检测;35.99万元用于疏散标识改造。',
    rows: ['消防设施检测 | 24 | 24 | - | 万元', '疏散标识改造 | 36 | 35.99 | - | 万元'],
  },
  {
    layout: 'amount-first items, each going to a place',
    text: '下达资金80万元。其中:50万元用于东风镇,30万元用于红旗村。',
    rows: ['东风镇 | 50 | - | - | 万元', '红旗村 | 30 | - | - | 万元'],
  },
  {
    layout: 'remark clause after an item, closed by ; (资金直接拨付至…;): the next name starts after it',
    text: '2023年批复本局项目3个,项目资金560万元。分别为:甲县饮用水源地保护专项资金300万元,资金直接拨付至甲县财政局,由甲县财政局支付;乙区噪声自动监测经费180万元;丙镇农村污水治理经费80万元。',
    rows: [
      '甲县饮用水源地保护专项资金 | 300 | - | - | 万元',
      '乙区噪声自动监测经费 | 180 | - | - | 万元',
      '丙镇农村污水治理经费 | 80 | - | - | 万元',
    ],
  },
  {
    layout: 'two levels joined by 、 before a work (中央、省…督察工作经费) qualify the work, not a funding source',
    text: '下达项目资金95万元。分别为:河湖健康评估经费40万元;中央、省水资源督察工作经费55万元。',
    rows: ['河湖健康评估经费 | 40 | - | - | 万元', '中央、省水资源督察工作经费 | 55 | - | - | 万元'],
  },
  {
    layout: 'a 其他… item that ends with 工程 names works, not the residual class of spending',
    text: '2022年预算安排1500万元,全年实际支出900万元,其中主干道改造工程支出600万元,其他绿化提升工程支出300万元,余款结转下年。',
    rows: ['主干道改造工程 | - | 600 | - | 万元', '其他绿化提升工程 | - | 300 | - | 万元'],
  },
];

/** Money lines of real reports that are splits of the unit's money, never tasks (precision on unseen reports). */
const NOT_TASKS: Example[] = [
  {
    layout: 'the parts 财政专项扶贫资金 is made of (扶贫发展资金, 少数民族发展资金, 以工代赈资金): kinds of money, no tasks',
    text: '下达我县中央财政专项扶贫资金2261.00万元,其中:扶贫发展资金1861.00万元,少数民族发展资金400.00万元。',
    rows: [],
  },
  {
    layout: 'refused: the same money divided among works, each named for its purpose: rows',
    text: '下达我县中央财政专项扶贫资金2261.00万元,其中:村组道路硬化工程1861.00万元,民族特色村寨建设项目400.00万元。',
    rows: ['村组道路硬化工程 | 1861.00 | - | - | 万元', '民族特色村寨建设项目 | 400.00 | - | - | 万元'],
  },
  {
    // the money split by the notices that granted it: each a batch of the whole, no task
    layout: 'a total split by the documents that granted it (《关于下达…的通知》某财社〔2023〕12号下达40万元;…): no rows',
    text: '2023年我县基层医疗补助资金共计100万元,其中《关于下达2023年基层医疗补助资金的通知》某财社〔2023〕12号下达40万元;《关于下达2023年基层医疗补助资金(第二批)的通知》某财社〔2023〕30号下达60万元。',
    rows: [],
  },
  {
    layout:
      'refused as a document: a book’s title in 《》 inside a project’s name (《某某志》编纂出版项目), and a work on a plan (《…规划方案》编制项目), keep their rows',
    text: '下达民族发展专项资金45万元,其中:《青山畲族志》编纂出版项目10万元、《白云县民族村寨保护规划方案》编制项目15万元、白云村人饮工程项目20万元。',
    rows: [
      '《青山畲族志》编纂出版项目 | 10 | - | - | 万元',
      '《白云县民族村寨保护规划方案》编制项目 | 15 | - | - | 万元',
      '白云村人饮工程项目 | 20 | - | - | 万元',
    ],
  },
  {
    layout: 'the “三公” items each named as its 经费 (公务接待经费, 公务用车购置及运行经费), one a numbered line: no tasks',
    text: '某局2016年度“三公”经费财政拨款支出决算情况说明\n\n(一)因公出国(境)费支出0万元,与上年持平。\n(二)公务接待经费支出26.4万元,与上年相比减少9.6万元。\n(三)公务用车购置及运行经费支出41.9万元,与上年相比减少1.1万元。',
    rows: [],
  },
  {
    layout: 'a hospital’s costs by kind after its total (其中医疗业务成本…,管理费用…): its spending by type, no tasks',
    text: '某县人民医院2023年度部门整体支出绩效自评报告\n\n2023年医院总支出12000万元,其中医疗业务成本10500万元,管理费用1500万元。',
    rows: [],
  },
  {
    layout: 'refused: money passed on to places after a total, no count of projects before the list (其中:东山镇50万元,…)',
    text: '某县财政局2023年度专项资金绩效自评报告\n\n2023年下达专项资金100万元,其中:东山镇中心小学50万元,西河乡卫生院50万元。',
    rows: [],
  },
  {
    layout: 'an aspect set in a frame of 在 … 上 (在资金使用上, 在该项目上) names no task: no rows',
    text: '某县乡村振兴局2023年度部门整体支出绩效自评报告\n\n一、项目实施情况\n\n在资金使用上,全年支出310万元,执行率98%;在该项目上,投入资金150万元,实际支出150万元。',
    rows: [],
  },
  {
    layout:
      'a numbered list heading that introduces its items before a colon (乡镇支出从大到小排序为:甲乡支出进度91.5%;…) names no task: the towns after it are the items (the bodies’ list stays unread)',
    text: '某县财政局2023年度涉农资金支出情况通报\n\n一、各乡镇支出进度\n1、部门支出从大到小排序为:县水利局支出进度96.5%;县财政局支出进度94.2%。\n2、乡镇支出从大到小排序为:甲乡支出进度91.5%;乙镇支出进度88.2%;丙镇支出进度86.4%。',
    rows: ['甲乡 | - | - | 91.5 | 万元', '乙镇 | - | - | 88.2 | 万元', '丙镇 | - | - | 86.4 | 万元'],
  },
  {
    layout: 'refused: a name that ends in 为 as a word of its own (规范执法行为) is still a name',
    text: '某县司法局2023年度部门整体支出绩效自评报告\n\n1、规范执法行为,预算数20万元,执行数19万元,执行率95%;\n2、普法宣传,预算数10万元,执行数10万元,执行率100%。',
    rows: ['规范执法行为 | 20 | 19 | 95 | 万元', '普法宣传 | 10 | 10 | 100 | 万元'],
  },
  {
    layout:
      'two budget columns neither of which is the adjusted budget (预算数 | 下达资金), one cell per line: which is the row’s is not knowable',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数\n下达资金\n执行数\n1\n河道清淤\n200\n260\n255\n2\n水库巡查\n30\n30\n28\n',
    rows: [],
  },
  {
    layout: 'a group header (资金情况) over columns that are no measure of a task (到位数 | 结余): no rows',
    text: '某县体育局2023年度部门整体支出绩效自评报告\n\n<table>\n<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td colspan="2">资金情况</td></tr>\n<tr><td>到位数</td><td>结余</td></tr>\n<tr><td>1</td><td>全民健身活动</td><td>300000</td><td>10000</td></tr>\n<tr><td>2</td><td>青少年体育培训</td><td>150000</td><td>30000</td></tr>\n</table>\n',
    rows: [],
  },
  {
    layout: 'a share column headed with its sign (占比%) beside a budget is no rate of the row',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 预算数(万元) | 占比% |\n|---|---|---|---|\n| 1 | 森林防火 | 120 | 17.65 |\n| 2 | 公益林补偿 | 560 | 82.35 |\n',
    rows: ['森林防火 | 120 | - | - | 万元', '公益林补偿 | 560 | - | - | 万元'],
  },
  {
    layout: 'a page’s breadcrumb and metadata fields before the money, each with its colon, name no task',
    text: '您所在的位置: 首页>> 绩效评估 发布日期:2021-10-12 来源:市文化和广电旅游体育局浏览次数:项目全年预算数为1050万元,执行数为1050万元,完成预算的100%。',
    rows: [],
  },
  {
    layout: 'the parts after 其中 of the unit’s whole spending, and of its basic spending, are its breakdown',
    text: '某医院2017年部门决算公开信息\n\n2017年总支出7778.55万元,其中财政项目补助支出683.20万元,基本支出7095.35万元。基本支出中医疗业务支出5868.43万元,管理费用1111.10万元,其他支出115.82万元。',
    rows: [],
  },
  {
    layout: 'the parts after 其中 of the unit’s whole spending, with the section’s heading on the line above in the same paragraph',
    text: '某卫生院2019年度决算说明\n\n二、支出决算情况说明\n2019年总支出1530.40万元,其中财政项目补助支出210.15万元,基本支出1320.25万元。基本支出中医疗业务支出980.60万元,管理费用300.10万元,其他支出39.55万元。',
    rows: [],
  },
  {
    layout: 'the parts after 其中 of the unit’s whole spending, the total’s words broken across two lines by a PDF copy',
    text: '某卫生院2019年度决算说明\n\n2019年总支\n出1530.40万元,其中财政项目补助支出210.15万元,基本支出1320.25万元。基本支出中医疗业务支出980.60万元,管理费用300.10万元,其他支出39.55万元。',
    rows: [],
  },
  {
    layout: 'refused: the functional classification written with (类)(款)(项), each with its budget and spending',
    text: '1.教育支出(类)普通教育(款)小学教育(项)。年初预算为260万元,支出决算为255万元,完成年初预算的98.08%。\n2.卫生健康支出(类)公共卫生(款)基本公共卫生服务(项)。年初预算为40万元,支出决算为42万元,完成年初预算的105%。',
    rows: [],
  },
  {
    layout: 'refused: functional items after their 7-digit code',
    text: '(一)2050202小学教育:年初预算260万元,支出决算255万元,完成年初预算的98.08%。\n(二)2100408基本公共卫生服务:年初预算40万元,支出决算42万元,完成年初预算的105%。',
    rows: [],
  },
  {
    layout: 'refused: a project’s money split by source (财政拨款资金 / 其他资金)',
    text: '(二)财政拨款资金:年初预算360万元,全年执行352万元,执行率97.78%;其他资金:年初预算40万元,全年执行30万元,执行率75%。',
    rows: [],
  },
  {
    layout: 'refused: spending split by how it was paid (直接支付 / 授权支付)',
    text: '本月实际支出9,260万元,其中:直接支付支出4,100万元,授权支付支出5,160万元。',
    rows: [],
  },
  {
    layout: 'refused: the unit’s spending by nature named with the unit (本局基本支出 / 本局项目支出, 我校人员经费 / 我校公用经费)',
    text: '# 某县统计局2023年度部门决算公开说明\n\n2023年度本局支出决算612.1万元,其中:本局基本支出480.5万元,本局项目支出131.6万元。我校2023年支出合计305万元,其中:我校人员经费210万元,我校公用经费95万元。',
    rows: [],
  },
  {
    layout: 'refused: running costs split by the kind of unit (行政单位 / 事业单位)',
    text: '本年度机关运行经费支出48.6万元,其中:行政单位41万元,事业单位7.6万元。',
    rows: [],
  },
  {
    layout: 'refused: the budget system’s classes of projects (人员类 / 运转类 / 特定目标类项目)',
    text: '2024年部门预算安排820万元,其中:人员类项目510万元,运转类项目96万元,特定目标类项目214万元。',
    rows: [],
  },
  {
    layout: 'refused: procurement split by kind (货物 / 工程 / 服务)',
    text: '本年度政府采购支出总额64万元,其中:货物31万元,工程18万元,服务15万元。',
    rows: [],
  },
  {
    layout: 'refused: spending split by quarter',
    text: '全年实际支出410万元,其中:一季度72万元,二季度105万元,三季度98万元,四季度135万元。',
    rows: [],
  },
  {
    layout: 'refused: a budget split by its status (预算内 / 预算外, 新增 / 存量) or by its changes (追加 / 调减)',
    text: '预算安排410万元,其中:预算内资金380万元,预算外资金30万元。专项资金安排260万元,其中:新增资金150万元,存量资金110万元。全年预算410万元,其中:追加预算60万元,调减预算15万元。',
    rows: [],
  },
  {
    layout: 'refused: capital spending by its economic classification items',
    text: '资本性支出46万元,其中:办公设备购置12万元,专用设备购置28万元,信息网络及软件购置更新6万元。',
    rows: [],
  },
  {
    layout: 'refused: a functional class of final accounts broken down into its items',
    text: '城乡社区支出96万元,其中:城乡社区管理事务56万元,城乡社区环境卫生40万元。社会保障和就业支出35万元,其中:民政管理事务12万元,残疾人事业23万元。',
    rows: [],
  },
  {
    layout: 'refused: 基本支出 broken down by who spends it',
    text: '基本支出260万元,其中:在职人员工资福利190万元,离退休人员支出40万元,日常运转经费30万元。',
    rows: [],
  },
  {
    layout: 'refused: spending split by people, by unit, by running versus special business',
    text: '全年实际支出300万元,其中:在职人员210万元,退休人员90万元。全年实际支出300万元,其中:机关220万元,下属单位80万元。全年实际支出300万元,其中:正常运转180万元,专项业务120万元。',
    rows: [],
  },
  {
    layout: 'refused: a field label of the report (发放依据标准:) is no task name',
    text: '(一)发放依据标准:按照实施方案要求,区财政局下达我单位扑杀补助资金,按标准补贴,全年共扑杀42只,完成资金发放51000元。',
    rows: [],
  },
  {
    layout: 'a total over the projects (重点项目, 上年结转项目) stated beside one of them is no task',
    text: '重点项目预算150万元,实际支出138万元。乡村公路养护项目预算70万元,实际支出66.5万元,执行率95%。上年结转项目预算40万元,实际支出36万元。',
    rows: ['乡村公路养护项目 | 70 | 66.5 | 95 | 万元'],
  },
  {
    layout: 'refused: 部门专项项目 (an older budget template’s name for the unit’s 项目支出) stated beside a project is no task',
    text: '部门专项项目预算150万元,实际支出138万元。乡村公路养护项目预算70万元,实际支出66.5万元,执行率95%。专项项目预算40万元,实际支出36万元。',
    rows: ['乡村公路养护项目 | 70 | 66.5 | 95 | 万元'],
  },
  {
    layout: 'refused: running costs and the projects of one kind of money, stated like projects',
    text: '机关运行经费预算32万元,实际支出29.5万元。一般公共预算项目预算210万元,实际支出198万元。乡村公路养护项目预算70万元,实际支出66.5万元,执行率95%。',
    rows: ['乡村公路养护项目 | 70 | 66.5 | 95 | 万元'],
  },
  {
    layout: 'a sentence-rule row is named without its list number',
    text: '(一)社区养老服务项目年初预算数为64万元,全年预算数为64万元,全年执行数为60.5万元,执行率为94.53%。\n\n(二)老年助餐补贴年初预算数为22万元,全年预算数为22万元,全年执行数为22万元,执行率为100%。',
    rows: ['社区养老服务项目 | 64 | 60.5 | 94.53 | 万元', '老年助餐补贴 | 22 | 22 | 100 | 万元'],
  },
];

/** Layouts of lists found by writing reports in other provinces' styles (issue 15: task rows from every layout). */
const LIST_SHAPES: Example[] = [
  {
    layout: 'a later sentence referring back to the list (上述项目分别支出…) gives each item its spending, in order',
    text: [
      '一、资金安排情况',
      '2023年省级下达专项资金500万元,主要用于以下项目:(1)博物馆免费开放补助120万元;(2)非遗保护传承80万元;(3)乡村文化振兴示范点建设300万元。',
      '二、资金使用情况',
      '截至2023年12月31日,上述项目分别支出120万元、72万元、270万元,合计支出462万元。',
    ].join('\n\n'),
    rows: [
      '博物馆免费开放补助 | 120 | 120 | - | 万元',
      '非遗保护传承 | 80 | 72 | - | 万元',
      '乡村文化振兴示范点建设 | 300 | 270 | - | 万元',
    ],
  },
  {
    layout: 'a back-reference with its count (3个项目分别支出…), and the rates in the clause after it (执行率分别为…)',
    text: '安排专项资金300万元,用于道路硬化、路灯安装和绿化提升3个项目,分别安排资金150万元、90万元、60万元。截至年底,3个项目分别支出145万元、90万元、55万元,执行率分别为96.67%、100%、91.67%。',
    rows: ['道路硬化 | 150 | 145 | 96.67 | 万元', '路灯安装 | 90 | 90 | 100 | 万元', '绿化提升 | 60 | 55 | 91.67 | 万元'],
  },
  {
    layout:
      'a clause after the items of its own sentence (…,分别支出…) gives each item its spending, in order, and none of it to the last item',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村道路项目预算80万元,乙村水渠项目预算60万元,分别支出78万元、57.1万元,执行率分别为97.5%、95.17%。',
    rows: ['甲村道路项目 | 80 | 78 | 97.5 | 万元', '乙村水渠项目 | 60 | 57.1 | 95.17 | 万元'],
  },
  {
    layout:
      'a clause whose cue stands right before amounts joined by 、 (…,已支付78万元、57.1万元) gives each item of its sentence its spending',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村道路项目预算80万元,乙村水渠项目预算60万元,已支付78万元、57.1万元。',
    rows: ['甲村道路项目 | 80 | 78 | - | 万元', '乙村水渠项目 | 60 | 57.1 | - | 万元'],
  },
  {
    layout: 'money put into listed items (分别投入…) is their budget once the clause after gives their spending (已支付…、…)',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村道路、乙村水渠两个项目分别投入80万元、60万元,已支付78万元、57.1万元。',
    rows: ['甲村道路 | 80 | 78 | - | 万元', '乙村水渠 | 60 | 57.1 | - | 万元'],
  },
  {
    layout: 'refused: amounts joined by 、 under names of their own (其中中央资金50万元、省级资金10万元) are no list of the items’ amounts',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村道路项目预算80万元,乙村水渠项目预算60万元,其中中央资金50万元、省级资金10万元。',
    rows: ['甲村道路项目 | 80 | - | - | 万元', '乙村水渠项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'refused: such a clause with fewer amounts than the sentence’s items gives none of them (nor the last item) its spending',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村道路项目预算80万元,乙村水渠项目预算60万元,丙村路灯项目预算20万元,分别支出78万元、57.1万元。',
    rows: ['甲村道路项目 | 80 | - | - | 万元', '乙村水渠项目 | 60 | - | - | 万元', '丙村路灯项目 | 20 | - | - | 万元'],
  },
  {
    layout: 'refused: a back-reference whose count is not the list’s (以上两个项目 after three items) gives no spending',
    text: '安排专项资金300万元,其中:道路硬化150万元,路灯安装90万元,绿化提升60万元。截至年底,以上两个项目分别支出145万元、90万元。',
    rows: ['道路硬化 | 150 | - | - | 万元', '路灯安装 | 90 | - | - | 万元', '绿化提升 | 60 | - | - | 万元'],
  },
  {
    layout: 'refused: two lists before the back-reference: which one it means is not said',
    text: [
      '2022年安排资金100万元,其中:村道修缮60万元,河道清淤40万元。',
      '2023年安排资金150万元,其中:路灯安装90万元,绿化提升60万元。',
      '截至年底,上述项目分别支出55万元、40万元。',
    ].join('\n\n'),
    rows: ['村道修缮 | 60 | - | - | 万元', '河道清淤 | 40 | - | - | 万元', '路灯安装 | 90 | - | - | 万元', '绿化提升 | 60 | - | - | 万元'],
  },
  {
    layout: 'a project list whose rows go on in a second table after 续表 (a page break), with no header of its own',
    text: '某县人社局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 全年预算数(万元) | 全年执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 就业补助 | 12.5 | 12.5 | 100% |\n| 2 | 社保经办 | 8 | 7.2 | 90% |\n\n续表\n\n| 3 | 劳动监察 | 3 | 2.7 | 90% |\n|---|---|---|---|---|\n| 4 | 人才引进 | 50 | 45 | 90% |\n',
    rows: [
      '就业补助 | 12.5 | 12.5 | 100 | 万元',
      '社保经办 | 8 | 7.2 | 90 | 万元',
      '劳动监察 | 3 | 2.7 | 90 | 万元',
      '人才引进 | 50 | 45 | 90 | 万元',
    ],
  },
  {
    layout: 'a project list cut by a page break whose part on the next page repeats the header over one row (page marker dropped)',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n\n表3 重点项目执行情况表(单位:万元)\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本公共卫生服务 | 560.00 | 548.20 | 97.89% |\n| 家庭医生签约服务 | 120.00 | 120.00 | 100% |\n\n第 6 页 共 12 页\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 疫苗冷链建设 | 80.00 | 64.00 | 80% |\n',
    rows: [
      '基本公共卫生服务 | 560.00 | 548.20 | 97.89 | 万元',
      '家庭医生签约服务 | 120.00 | 120.00 | 100 | 万元',
      '疫苗冷链建设 | 80.00 | 64.00 | 80 | 万元',
    ],
  },
  {
    layout: 'a list of one row on each side of a page break, the header repeated (续表), in 元: the two parts are one list of two',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n\n金额单位:元\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本公共卫生服务 | 5,600,000.00 | 5,482,000.00 | 97.89% |\n\n续表\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 疫苗冷链建设 | 800,000.00 | 640,000.00 | 80% |\n',
    rows: ['基本公共卫生服务 | 5600000.00 | 5482000.00 | 97.89 | 元', '疫苗冷链建设 | 800000.00 | 640000.00 | 80 | 元'],
  },
  {
    layout:
      'refused: a one-row table after a one-row list under a header of its own (a caption between, or other columns) is no part of it',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 基本公共卫生服务 | 560.00 | 548.20 | 97.89% |\n\n表4 结转项目情况表\n\n| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 疫苗冷链建设 | 80.00 | 64.00 | 80% |\n\n| 项目名称 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---|---|---|\n| 疫苗冷链建设 | 70.00 | 80.00 | 64.00 |\n',
    rows: [],
  },
  {
    layout: 'refused: a table right after a project list with no header and no serial to go on with (indicator rows) is no part of it',
    text: '某县人社局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 全年预算数(万元) | 全年执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 就业补助 | 12.5 | 12.5 | 100% |\n| 2 | 社保经办 | 8 | 7.2 | 90% |\n\n| 产出指标 | 数量指标 | 培训人数 | 500 | 520 |\n|---|---|---|---|---|\n| 效益指标 | 社会效益 | 就业工时 | 90 | 92 |\n',
    rows: ['就业补助 | 12.5 | 12.5 | 100 | 万元', '社保经办 | 8 | 7.2 | 90 | 万元'],
  },
  {
    layout: 'a header’s second row that states its columns’ units only ((元) | (元) | (%)): the rows are in 元',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n<table>\n<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td>预算数</td><td>执行数</td><td>执行率</td></tr>\n<tr><td>(元)</td><td>(元)</td><td>(%)</td></tr>\n<tr><td>1</td><td>河道清淤</td><td>200000</td><td>195000</td><td>97.5</td></tr>\n<tr><td>2</td><td>水库巡查</td><td>30000</td><td>28000</td><td>93.33</td></tr>\n</table>\n',
    rows: ['河道清淤 | 200000 | 195000 | 97.5 | 元', '水库巡查 | 30000 | 28000 | 93.33 | 元'],
  },
  {
    layout: 'refused: a second row with the rate’s sign only ((%)) states no money unit; the 单位 line above the table does',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n单位:元\n\n<table>\n<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td rowspan="2">预算数</td><td rowspan="2">执行数</td><td>执行率</td></tr>\n<tr><td>(%)</td></tr>\n<tr><td>1</td><td>河道清淤</td><td>200000</td><td>195000</td><td>97.5</td></tr>\n<tr><td>2</td><td>水库巡查</td><td>30000</td><td>28000</td><td>93.33</td></tr>\n</table>\n',
    rows: ['河道清淤 | 200000 | 195000 | 97.5 | 元', '水库巡查 | 30000 | 28000 | 93.33 | 元'],
  },
  {
    layout: 'a list copied one cell per line, its total row last, its unit noted in a paragraph right under it ((单位:元))',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数\n决算数\n完成率\n1\n基本公共卫生服务\n1250.3\n1240.1\n99.18%\n2\n疾病预防控制\n96.4\n90\n93.36%\n合计\n1346.7\n1330.1\n98.77%\n\n(单位:元)\n',
    rows: ['基本公共卫生服务 | 1250.3 | 1240.1 | 99.18 | 元', '疾病预防控制 | 96.4 | 90 | 93.36 | 元'],
  },
  {
    layout: 'refused: a unit line between two lists copied one cell per line heads the list below it, not the one above',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数\n执行数\n执行率\n1\n公共卫生服务\n125\n120\n96%\n2\n妇幼健康\n80\n78\n97.5%\n\n单位:元\n\n序号\n项目名称\n预算数\n执行数\n执行率\n1\n疾病预防控制\n125000\n120000\n96%\n2\n卫生监督\n80000\n78000\n97.5%\n',
    rows: [
      '公共卫生服务 | 125 | 120 | 96 | 万元',
      '妇幼健康 | 80 | 78 | 97.5 | 万元',
      '疾病预防控制 | 125000 | 120000 | 96 | 元',
      '卫生监督 | 80000 | 78000 | 97.5 | 元',
    ],
  },
  {
    layout: 'a table that declares no unit above it, its unit noted in a paragraph right under it ((单位:元))',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n<table>\n<tr><td>序号</td><td>支出内容</td><td>全年预算</td><td>执行数</td><td>执行率</td></tr>\n<tr><td>1</td><td>学生资助</td><td>1250000</td><td>1200000</td><td>96%</td></tr>\n<tr><td>2</td><td>校舍维修</td><td>800000</td><td>780000</td><td>97.5%</td></tr>\n</table>\n\n(单位:元)\n',
    rows: ['学生资助 | 1250000 | 1200000 | 96 | 元', '校舍维修 | 800000 | 780000 | 97.5 | 元'],
  },
  {
    layout: 'refused: a unit line between two tables heads the table below it, not the one above',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n| 序号 | 支出内容 | 全年预算 | 执行数 | 执行率 |\n|---|---|---|---|---|\n| 1 | 学生资助 | 125 | 120 | 96% |\n| 2 | 校舍维修 | 80 | 78 | 97.5% |\n\n单位:元\n\n| 序号 | 项目名称 | 全年预算 | 执行数 | 执行率 |\n|---|---|---|---|---|\n| 1 | 课后服务 | 125000 | 120000 | 96% |\n| 2 | 校园绿化 | 80000 | 78000 | 97.5% |\n',
    rows: [
      '学生资助 | 125 | 120 | 96 | 万元',
      '校舍维修 | 80 | 78 | 97.5 | 万元',
      '课后服务 | 125000 | 120000 | 96 | 元',
      '校园绿化 | 80000 | 78000 | 97.5 | 元',
    ],
  },
  {
    layout: 'a name that ends in a word of 约 (家庭医生签约) keeps it: only a 约 between a name and its amount is “about”',
    text: '某县卫健局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 公共卫生服务 | 1250.3 | 1240.1 | 99.18% |\n| 2 | 家庭医生签约 | 300 | 280 | 93.33% |\n',
    rows: ['公共卫生服务 | 1250.3 | 1240.1 | 99.18 | 万元', '家庭医生签约 | 300 | 280 | 93.33 | 万元'],
  },
  {
    layout: 'a 约 (about) between each item’s name and its amount is no part of the name',
    text: '某县城管局2023年度部门整体支出绩效自评报告\n\n2023年我局项目支出200万元,其中:道路保洁约120万元,绿化养护约80万元。\n',
    rows: ['道路保洁 | - | 120 | - | 万元', '绿化养护 | - | 80 | - | 万元'],
  },
  {
    layout: 'two budget columns, 预算数 beside 调整预算数: the adjusted one is the budget the spending is set against',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 预算数 | 调整预算数 | 执行数 | 执行率 |\n|---|---|---|---|---|\n| 河道清淤 | 200 | 260 | 255 | 98.08% |\n| 水库巡查 | 30 | 30 | 28 | 93.33% |\n',
    rows: ['河道清淤 | 260 | 255 | 98.08 | 万元', '水库巡查 | 30 | 28 | 93.33 | 万元'],
  },
  {
    layout: 'two rate columns, 执行率 beside 资金使用率: the one named for the budget’s execution is the task’s rate',
    text: '某县教体局2023年度部门整体支出绩效自评报告\n\n| 序号 | 任务名称 | 年度预算数(万元) | 执行数(万元) | 资金使用率 | 执行率 |\n|---|---|---|---|---|---|\n| 1 | 课后服务 | 320 | 300 | 100% | 93.75% |\n| 2 | 校车运营 | 150 | 120 | 95% | 80% |\n',
    rows: ['课后服务 | 320 | 300 | 93.75 | 万元', '校车运营 | 150 | 120 | 80 | 万元'],
  },
  {
    // refused: two rates both named for the execution (two years' or two budgets') say not which is the row's
    layout: 'two rate columns both named for the execution stay unreadable',
    text: '某县教体局2023年度部门整体支出绩效自评报告\n\n| 序号 | 任务名称 | 年度预算数(万元) | 执行数(万元) | 预算执行率 | 执行率 |\n|---|---|---|---|---|---|\n| 1 | 课后服务 | 320 | 300 | 90% | 93.75% |\n| 2 | 校车运营 | 150 | 120 | 75% | 80% |\n',
    rows: [],
  },
  {
    layout: 'the same columns copied one cell per line',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数\n调整预算数\n执行数\n1\n河道清淤\n200\n260\n255\n2\n水库巡查\n30\n30\n28\n',
    rows: ['河道清淤 | 260 | 255 | - | 万元', '水库巡查 | 30 | 28 | - | 万元'],
  },
  {
    layout:
      'an HTML table whose budget group (rowspan cells beside it) splits into 年初预算 | 调整后预算 in the row below: the row below lists only its own cells, placed under the group by the grid',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n\n<table>\n<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td colspan="2">预算金额(万元)</td><td rowspan="2">支付金额(万元)</td><td rowspan="2">拨付率</td></tr>\n<tr><td>年初预算</td><td>调整后预算</td></tr>\n<tr><td>1</td><td>小型水库除险加固</td><td>500</td><td>520</td><td>505.4</td><td>97.19%</td></tr>\n<tr><td>2</td><td>水土保持治理</td><td>200</td><td>180</td><td>170</td><td>94.44%</td></tr>\n<tr><td colspan="2">合计</td><td>700</td><td>700</td><td>675.4</td><td>96.49%</td></tr>\n</table>\n',
    rows: ['小型水库除险加固 | 520 | 505.4 | 97.19 | 万元', '水土保持治理 | 180 | 170 | 94.44 | 万元'],
  },
  {
    layout: 'groups naming no measure (资金安排情况 | 资金使用情况) over 预算数 | 其中:财政资金 | 支出数 | 执行率: the source read past',
    text: '某镇2023年度项目支出绩效自评报告\n\n| 序号 | 项目名称 | 资金安排情况 | | 资金使用情况 | |\n|---|---|---|---|---|---|\n| | | 预算数 | 其中:财政资金 | 支出数 | 执行率 |\n| 1 | 甲村产业路 | 80 | 70 | 78 | 97.5% |\n| 2 | 乙村蔬菜大棚 | 60 | 60 | 57.1 | 95.17% |',
    rows: ['甲村产业路 | 80 | 78 | 97.5 | 万元', '乙村蔬菜大棚 | 60 | 57.1 | 95.17 | 万元'],
  },
  {
    layout: 'refused: a source alone under the groups, no measure beside it, names no column',
    text: '某镇2023年度项目支出绩效自评报告\n\n| 序号 | 项目名称 | 资金安排情况 | 资金使用情况 |\n|---|---|---|---|\n| | | 其中:财政资金 | 其中:财政资金 |\n| 1 | 甲村产业路 | 70 | 68 |\n| 2 | 乙村蔬菜大棚 | 60 | 57.1 |',
    rows: [],
  },
  {
    layout: 'a header whose money cell is a group naming no measure (资金情况) over 预算数 | 执行数 | 执行率, under title and unit rows',
    text: '某县体育局2023年度部门整体支出绩效自评报告\n\n<table>\n<tr><td colspan="5">2023年项目支出情况表</td></tr>\n<tr><td colspan="5">单位:元</td></tr>\n<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td colspan="3">资金情况</td></tr>\n<tr><td>预算数</td><td>执行数</td><td>执行率</td></tr>\n<tr><td>1</td><td>全民健身活动</td><td>300000</td><td>290000</td><td>96.67%</td></tr>\n<tr><td>2</td><td>青少年体育培训</td><td>150000</td><td>120000</td><td>80%</td></tr>\n</table>\n',
    rows: ['全民健身活动 | 300000 | 290000 | 96.67 | 元', '青少年体育培训 | 150000 | 120000 | 80 | 元'],
  },
  {
    layout: 'the same group over its measures copied one cell per line (资金情况(元) on a line of its own, its unit the columns’)',
    text: '某县退役军人事务局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n资金情况(元)\n预算数\n执行数\n执行率\n1\n优抚对象补助\n5600\n5580\n99.64%\n2\n退役士兵安置\n2300\n2100\n91.3%\n',
    rows: ['优抚对象补助 | 5600 | 5580 | 99.64 | 元', '退役士兵安置 | 2300 | 2100 | 91.3 | 元'],
  },
  {
    layout: 'a rate column headed with its sign unbracketed (执行率%), its cells bare numbers',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率% |\n|---|---|---|---|---|\n| 1 | 森林防火 | 120 | 118.6 | 98.83 |\n| 2 | 公益林补偿 | 560 | 560 | 100 |\n',
    rows: ['森林防火 | 120 | 118.6 | 98.83 | 万元', '公益林补偿 | 560 | 560 | 100 | 万元'],
  },
  {
    layout: 'an allocation notice’s rows separated by spaces with a 街道 column before the project’s: the project names the row',
    text: '某区财政局关于下达2023年城乡环境整治专项资金的通知\n\n现将2023年城乡环境整治专项资金分配下达如下:\n\n序号 街道 项目名称 下达资金(万元)\n1 东城街道 背街小巷改造 120\n2 西城街道 老旧小区环境整治 85.5\n合计 205.5\n',
    rows: ['背街小巷改造 | 120 | - | - | 万元', '老旧小区环境整治 | 85.5 | - | - | 万元'],
  },
  {
    layout:
      'a budget group split in the row below (预算安排 over 年初 | 调整后) and spending over 金额 | 占比: the budget is the adjusted one',
    text: '某县交通局2023年度项目支出绩效自评报告\n\n单位:万元\n\n| 项目名称 | 预算安排 | | 实际支出 | | 执行率 |\n| --- | --- | --- | --- | --- | --- |\n| | 年初 | 调整后 | 金额 | 占比 | |\n| 农村公路养护 | 100 | 120 | 115 | 59% | 95.83% |\n| 危桥改造 | 80 | 80 | 80 | 41% | 100% |\n',
    rows: ['农村公路养护 | 120 | 115 | 95.83 | 万元', '危桥改造 | 80 | 80 | 100 | 万元'],
  },
  {
    layout: 'the same split under a budget group whose second stage is named 全年: 全年 is the budget, 年初 is not',
    text: '某县交通局2023年度项目支出绩效自评报告\n\n| 项目名称 | 预算数(万元) | | 执行数(万元) |\n| --- | --- | --- | --- |\n| | 年初数 | 全年数 | |\n| 农村公路养护 | 100 | 120 | 115 |\n| 危桥改造 | 80 | 80 | 80 |\n',
    rows: ['农村公路养护 | 120 | 115 | - | 万元', '危桥改造 | 80 | 80 | - | 万元'],
  },
  {
    layout: 'a table in 元 whose rate column one reader read alone and another with the spending: one row each, in 元',
    text: '某县文旅局2023年度部门整体支出绩效自评报告\n\n表3 重点项目资金使用情况 单位:元\n\n| 序号 | 项目 | 资金到位数 | 已拨付金额 | 拨付率 | 备注 |\n| --- | --- | --- | --- | --- | --- |\n| 1 | 文化惠民演出 | 500,000.00 | 482,000.00 | 96.40% | |\n| 2 | 非遗保护传承 | 300,000.00 | 300,000.00 | 100% | |\n| 3 | 图书馆免费开放 | 200,000.00 | 150,000.00 | 75% | 跨年度 |\n',
    rows: [
      '文化惠民演出 | - | 482000.00 | 96.40 | 元',
      '非遗保护传承 | - | 300000.00 | 100 | 元',
      '图书馆免费开放 | - | 150000.00 | 75 | 元',
    ],
  },
  {
    layout: 'an item whose name a page’s line break cut after other items on its line (…城区\\n项目经费) is no heading run into it',
    text: '我局2021年年初预算项目经费512.57万元,具体包括:交通秩序综合整治155.85万元,路灯维修169.85万元、创建全国文明城区\n项目经费16.86万元、鲜花港屋面瓦维修170.01万元。',
    rows: [
      '交通秩序综合整治 | 155.85 | - | - | 万元',
      '路灯维修 | 169.85 | - | - | 万元',
      '创建全国文明城区项目经费 | 16.86 | - | - | 万元',
      '鲜花港屋面瓦维修 | 170.01 | - | - | 万元',
    ],
  },
  {
    layout: 'a budget document’s 项目支出预算表: the 合计 column is each project’s budget',
    text: '某县文化馆2023年部门预算公开说明\n\n项目支出预算表\n\n单位:万元\n\n| 项目名称 | 合计 | 一般公共预算拨款 | 其他资金 |\n|---|---|---|---|\n| 合计 | 150.00 | 150.00 | 0 |\n| 免费开放补助经费 | 100.00 | 100.00 | 0 |\n| 群众文化活动经费 | 50.00 | 50.00 | 0 |\n',
    rows: ['免费开放补助经费 | 100.00 | - | - | 万元', '群众文化活动经费 | 50.00 | - | - | 万元'],
  },
  {
    layout: 'the same table under a budget document’s section heading (五、项目支出预算情况) and its sentence',
    text: '某县教育局2024年部门预算公开说明\n\n五、项目支出预算情况\n\n2024年项目支出预算共计150万元,具体如下:\n\n| 项目名称 | 合计 | 一般公共预算拨款 | 其他资金 |\n|---|---|---|---|\n| 免费开放补助经费 | 100.00 | 100.00 | 0 |\n| 群众文化活动经费 | 50.00 | 50.00 | 0 |\n',
    rows: ['免费开放补助经费 | 100.00 | - | - | 万元', '群众文化活动经费 | 50.00 | - | - | 万元'],
  },
  {
    layout: 'refused: under a heading of the budget’s execution (预算执行情况), a 合计 column is no budget',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n二、预算执行情况\n\n| 项目名称 | 合计 | 一般公共预算拨款 | 其他资金 |\n|---|---|---|---|\n| 免费开放补助经费 | 100.00 | 100.00 | 0 |\n| 群众文化活动经费 | 50.00 | 50.00 | 0 |\n',
    rows: [],
  },
  {
    layout: 'the same table under a final account’s title: its 合计 is no budget',
    text: '某县文化馆2022年度部门决算\n\n项目支出决算表\n\n单位:万元\n\n| 项目名称 | 合计 | 一般公共预算拨款 | 其他资金 |\n|---|---|---|---|\n| 合计 | 150.00 | 150.00 | 0 |\n| 免费开放补助经费 | 100.00 | 100.00 | 0 |\n| 群众文化活动经费 | 50.00 | 50.00 | 0 |\n',
    rows: [],
  },
  {
    layout: 'sub-projects in a real table keep a rate that disagrees with their money (reconciliation flags it)',
    text: '某项目2022年度项目支出绩效自评表\n\n| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 420 | 420 | 399 | 10 | 95% | 9.5 |\n| 垃圾转运站运维 | 300 | 300 | 285 | - | 90% | - |\n| 公厕保洁 | 120 | 120 | 114 | - | 95% | - |\n',
    rows: ['垃圾转运站运维 | 300 | 285 | 90 | 万元', '公厕保洁 | 120 | 114 | 95 | 万元'],
  },
  {
    layout: 'bullets a word processor drew before each item are no part of the name',
    text: '重点项目完成情况:\n● 城区道路维修工程,预算资金120万元,实际支出118万元,执行率98.33%;\n● 路灯节能改造项目,预算资金60万元,实际支出55万元,执行率91.67%。',
    rows: ['城区道路维修工程 | 120 | 118 | 98.33 | 万元', '路灯节能改造项目 | 60 | 55 | 91.67 | 万元'],
  },
  {
    layout: 'unnumbered items after "…项目执行情况:", each a name, its spending and rate',
    text: '主要项目执行情况:城乡低保资金支出865.2万元,执行率99.5%;特困供养资金支出210.3万元,执行率100%;临时救助资金支出45.6万元,执行率91.2%。',
    rows: ['城乡低保资金 | - | 865.2 | 99.5 | 万元', '特困供养资金 | - | 210.3 | 100 | 万元', '临时救助资金 | - | 45.6 | 91.2 | 万元'],
  },
  {
    layout: '支付进度 is the rate of what was paid',
    text: '(三)项目支出情况\n\n城市照明维护:预算80万元,已支付75万元,支付进度93.75%;\n道路清扫保洁:预算120万元,已支付120万元,支付进度100%;',
    rows: ['城市照明维护 | 80 | 75 | 93.75 | 万元', '道路清扫保洁 | 120 | 120 | 100 | 万元'],
  },
  {
    layout: '主要用于以下项目: then the items and their budgets',
    text: '2023年共安排衔接资金500万元,主要用于以下项目:甲村道路硬化工程200万元、乙村饮水安全工程150万元、丙村文化广场建设150万元。',
    rows: ['甲村道路硬化工程 | 200 | - | - | 万元', '乙村饮水安全工程 | 150 | - | - | 万元', '丙村文化广场建设 | 150 | - | - | 万元'],
  },
  {
    layout: 'an introducer closing its paragraph, then one item a paragraph',
    text: '2023年共安排衔接资金500万元。资金分配情况如下:\n\n甲村道路硬化工程 200万元\n\n乙村饮水安全工程 150万元\n\n丙村文化广场建设 150万元',
    rows: ['甲村道路硬化工程 | 200 | - | - | 万元', '乙村饮水安全工程 | 150 | - | - | 万元', '丙村文化广场建设 | 150 | - | - | 万元'],
  },
  {
    layout: '"共实施项目3个,分别是:" opens the first item',
    text: '2022年共实施项目3个,分别是:甲河堤防加固工程,投资200万元;乙水库除险加固工程,投资150万元;丙灌区节水改造工程,投资150万元。',
    rows: ['甲河堤防加固工程 | 200 | - | - | 万元', '乙水库除险加固工程 | 150 | - | - | 万元', '丙灌区节水改造工程 | 150 | - | - | 万元'],
  },
  {
    layout: 'the 年度主要任务 block of a 部门整体支出绩效自评表, one cell per line: 总额 under 预算金额 is each task’s budget',
    text: '某县农业农村局2022年度部门整体支出绩效自评表\n\n年度主要任务\n任务名称\n主要内容\n预算金额(万元)\n总额\n财政资金\n其他资金\n农村人居环境整治\n开展村庄清洁行动\n100\n100\n0\n高标准农田建设\n新建高标准农田1万亩\n500\n500\n0\n年度总体目标\n',
    rows: ['农村人居环境整治 | 100 | - | - | 万元', '高标准农田建设 | 500 | - | - | 万元'],
  },
  {
    layout: 'the same block one row per line, and a self-evaluation’s 预算数 / 执行数 / 完成情况 columns',
    text: '某县农业农村局2022年度部门整体支出绩效自评表\n\n年度主要任务 任务名称 主要内容 预算数 执行数 完成情况\n农村人居环境整治 开展村庄清洁行动 100 95 已完成\n高标准农田建设 新建高标准农田1万亩 500 480 基本完成\n',
    rows: ['农村人居环境整治 | 100 | 95 | - | 万元', '高标准农田建设 | 500 | 480 | - | 万元'],
  },
  {
    layout: 'refused: one task row alone, and a row whose cells do not fit the columns',
    text: '某县农业农村局2022年度部门整体支出绩效自评表\n\n年度主要任务 任务名称 主要内容 预算数 执行数\n农村人居环境整治 开展村庄清洁行动 100 95\n高标准农田建设 100 480\n',
    rows: [],
  },
  {
    layout: 'a ratio under 执行率 (0.9583, 1) states no rate: the rows keep their money, and no rate.task is flagged',
    text: '| 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 农村公路养护 | 120 | 115 | 0.9583 |\n| 客运站运营补贴 | 50 | 50 | 1 |\n',
    rows: ['农村公路养护 | 120 | 115 | - | 万元', '客运站运营补贴 | 50 | 50 | - | 万元'],
  },
  {
    layout: 'a section heading a copy ran into the first item’s name is no part of it',
    text: '(三)项目支出情况城市照明维护:预算80万元,已支付75万元,支付进度93.75%;道路清扫保洁:预算120万元,已支付120万元,支付进度100%;',
    rows: ['城市照明维护 | 80 | 75 | 93.75 | 万元', '道路清扫保洁 | 120 | 120 | 100 | 万元'],
  },
  {
    layout:
      'a total of appropriations (财政拨款总额) and a count of projects before 其中: the items are those projects, a school’s name among them',
    text: '2023年项目支出绩效目标自评报告\n\n一、项目基本情况\n\n2023年某县教育体育局财政拨款总额600.5万元,共涉及项目5个,其中:南岭镇中心幼儿园11.8万元,东山镇中心小学综合楼101.2万元,西河乡初级中学学生宿舍220.8万元,学前教育发展专项资金29.85万元,北坡小学食堂建设资金133.25万元。',
    rows: [
      '南岭镇中心幼儿园 | 11.8 | - | - | 万元',
      '东山镇中心小学综合楼 | 101.2 | - | - | 万元',
      '西河乡初级中学学生宿舍 | 220.8 | - | - | 万元',
      '学前教育发展专项资金 | 29.85 | - | - | 万元',
      '北坡小学食堂建设资金 | 133.25 | - | - | 万元',
    ],
  },
  {
    layout: 'sub-items of a form run into one line, under fewer measures than the form’s money header (项目资金(元)): the form’s unit',
    text: '某镇2023年村级组织运转补助项目支出绩效自评表 项目名称 村级组织运转补助 主管部门 某镇人民政府 实施单位 某镇财政所 项目资金(元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 2026400 2026400 2026400 10 100% 10 子项目 预算数 执行数 村干部报酬 1200000 1200000 村办公经费 540000 540000 村服务群众专项经费 286400 286400',
    rows: [
      '村干部报酬 | 1200000 | 1200000 | - | 元',
      '村办公经费 | 540000 | 540000 | - | 元',
      '村服务群众专项经费 | 286400 | 286400 | - | 元',
    ],
  },
  {
    layout: 'a project set in a frame of 在 … 上 (在A项目上,投入资金…): the frame is no part of its name',
    text: '某县乡村振兴局2023年度部门整体支出绩效自评报告\n\n一、项目实施情况\n\n在农村道路建设项目上,投入资金320万元,实际支出310万元;在饮水安全巩固工程上,投入资金150万元,实际支出150万元。',
    rows: ['农村道路建设项目 | 320 | 310 | - | 万元', '饮水安全巩固工程 | 150 | 150 | - | 万元'],
  },
  {
    layout: 'a section heading and its first sub-section’s, run into the item’s name in a copy of one paragraph, are no part of it',
    text: '某市工信局2023年度部门整体支出绩效自评报告\n一、项目基本情况(一)项目概况某市2023年度扶持小微企业发展专项资金年初预算为5430万元,实际支出5353.48万元;农村公路养护项目年初预算为100万元,实际支出90万元。',
    rows: ['某市2023年度扶持小微企业发展专项资金 | 5430 | 5353.48 | - | 万元', '农村公路养护项目 | 100 | 90 | - | 万元'],
  },
  {
    layout: 'a section heading run into a first item whose name opens with letters or digits (5G…, G318…), spaced or not',
    text: '某县农业局2023年度部门整体支出绩效自评报告\n三、项目实施情况\n5G基站建设项目预算560万元,执行548.8万元,执行率98%;G318线养护工程预算200万元,执行190万元,执行率95%。',
    rows: ['5G基站建设项目 | 560 | 548.8 | 98 | 万元', 'G318线养护工程 | 200 | 190 | 95 | 万元'],
  },
  {
    layout: 'a heading run into a Latin-lettered first item, a space between (项目实施情况 A项目)',
    text: '某县农业局2023年度部门整体支出绩效自评报告\n三、项目实施情况\nA项目预算560万元,执行548.8万元,执行率98%;B项目预算200万元,执行190万元,执行率95%。',
    rows: ['A项目 | 560 | 548.8 | 98 | 万元', 'B项目 | 200 | 190 | 95 | 万元'],
  },
  {
    // (no heading word before the letters: "XX情况" is cut only where a section heading's words make it)
    layout: 'refused: a name whose own words end in 情况 before letters stays whole (调查情况 is no section heading)',
    text: '某县农业局2023年度部门整体支出绩效自评报告\n三、项目实施情况\n土壤调查情况5G监测项目预算560万元,执行548.8万元,执行率98%;绿化项目预算200万元,执行190万元,执行率95%。',
    rows: ['土壤调查情况5G监测项目 | 560 | 548.8 | 98 | 万元', '绿化项目 | 200 | 190 | 95 | 万元'],
  },
  {
    layout: 'the same count as a PDF spaces it (项目 3 个)',
    text: '2022年共实施项目 3 个,分别是:甲河堤防加固工程,投资 200 万元;乙水库除险加固工程,投资 150 万元;丙灌区节水改造工程,投资 150 万元。',
    rows: ['甲河堤防加固工程 | 200 | - | - | 万元', '乙水库除险加固工程 | 150 | - | - | 万元', '丙灌区节水改造工程 | 150 | - | - | 万元'],
  },
  {
    layout: 'list numbers that open source lines joined into one paragraph with no separator',
    text: '(二)项目支出\n一是农村公路养护项目,预算120万元,实际支出115万元;二是客运站运营补贴项目,预算50万元,实际支出50万元。',
    rows: ['农村公路养护项目 | 120 | 115 | - | 万元', '客运站运营补贴项目 | 50 | 50 | - | 万元'],
  },
  {
    layout: 'names listed after 用于, then 分别为 and the amounts with no cue: they divide the budget stated before (安排…65万元)',
    text: '2023年,县财政安排专项资金65万元,用于湿地修复工程、护林员补助、监测设备购置,分别为20万元、30万元、15万元。',
    rows: ['湿地修复工程 | 20 | - | - | 万元', '护林员补助 | 30 | - | - | 万元', '监测设备购置 | 15 | - | - | 万元'],
  },
  {
    layout: 'the same after a spending total (共支出…65万元), the last names joined by 和: spending',
    text: '2023年共支出专项资金65万元,用于湿地修复工程、护林员补助和监测设备购置,分别为20万元、30万元和15万元。',
    rows: ['湿地修复工程 | - | 20 | - | 万元', '护林员补助 | - | 30 | - | 万元', '监测设备购置 | - | 15 | - | 万元'],
  },
  {
    layout: 'refused: the amounts do not add up to the total stated before the names',
    text: '2023年,县财政安排专项资金70万元,用于湿地修复工程、护林员补助、监测设备购置,分别为20万元、30万元、15万元。',
    rows: [],
  },
  {
    layout: 'refused: the same division among towns (recipients)',
    text: '2023年,县财政安排专项资金65万元,下达甲镇、乙乡、丙街道,分别为20万元、30万元、15万元。',
    rows: [],
  },
  {
    layout: 'an evaluation notice naming the projects it evaluated (重点评价了A、B), then 涉及资金分别为 their amounts',
    text: '2023年重点评价了农村饮水安全巩固提升项目、河道清淤整治项目,涉及资金分别为300万元、120万元,评价等级分别为优、良。',
    rows: ['农村饮水安全巩固提升项目 | 300 | - | - | 万元', '河道清淤整治项目 | 120 | - | - | 万元'],
  },
  {
    layout: 'refused: the bodies evaluated (departments), not projects',
    text: '2023年重点评价了县农业农村局、县水利局,涉及资金分别为300万元、120万元。',
    rows: [],
  },
  {
    layout: 'a grade’s projects listed after a colon, each with its money in brackets (A项目(资金300万元)、B项目(资金120万元)), no total',
    text: '评价等级为“优”的项目有:农村饮水安全巩固提升项目(资金300万元)、河道清淤整治项目(资金120万元)。',
    rows: ['农村饮水安全巩固提升项目 | 300 | - | - | 万元', '河道清淤整治项目 | 120 | - | - | 万元'],
  },
  {
    layout: 'the same with a cue of each item’s own measure (预算 / 支出)',
    text: '本年度实施的项目包括:档案数字化加工项目(预算80万元)、法治宣传经费(预算40万元)、信息系统运维工程(支出27万元)。',
    rows: ['档案数字化加工项目 | 80 | - | - | 万元', '法治宣传经费 | 40 | - | - | 万元', '信息系统运维工程 | - | 27 | - | 万元'],
  },
  {
    layout: 'projects after a colon, each with its budget and then its spending in brackets (A项目100万元(已支出95万元))',
    text: '主要项目资金使用情况:农村公路养护项目100万元(已支出95万元),危桥改造项目200万元(已支出200万元),客运站建设项目300万元(已支出260万元)。',
    rows: ['农村公路养护项目 | 100 | 95 | - | 万元', '危桥改造项目 | 200 | 200 | - | 万元', '客运站建设项目 | 300 | 260 | - | 万元'],
  },
  {
    layout: 'the same with a cue before the budget and a rate after the spending (预算200万元(实际支出186万元,执行率93%))',
    text: '全年实施项目包括:农村公路养护项目预算100万元(实际支出95万元,执行率95%),危桥改造工程预算200万元(实际支出186万元,执行率93%)。',
    rows: ['农村公路养护项目 | 100 | 95 | 95 | 万元', '危桥改造工程 | 200 | 186 | 93 | 万元'],
  },
  {
    layout: 'refused: a source of the money in the brackets (其中中央资金…), no spending',
    text: '全年实施项目包括:农村公路养护项目100万元(其中中央资金95万元),危桥改造工程200万元(其中省级资金120万元)。',
    rows: [],
  },
  {
    layout: 'refused: bodies listed with their money in brackets (no projects)',
    text: '评价等级为“良”的项目有:县农业农村局(资金300万元)、县水利局(资金120万元)。',
    rows: [],
  },
  {
    layout: 'the same list opened by 分别为 / 包括 instead of a colon',
    text: '全年共实施项目3个,分别为村道硬化项目(预算50万元)、路灯安装工程(预算30万元)、污水管网项目(支出18万元)。',
    rows: ['村道硬化项目 | 50 | - | - | 万元', '路灯安装工程 | 30 | - | - | 万元', '污水管网项目 | - | 18 | - | 万元'],
  },
  {
    layout: 'refused: after 分别为, places with their money in brackets, or a sentence that goes on after the items',
    text: '资金分配到2个乡镇,分别为城关镇(资金40万元)、河西乡(资金60万元)。全年共实施项目2个,分别为村道硬化项目(预算50万元)、路灯安装工程(预算30万元),均已完工。',
    rows: [],
  },
  {
    layout: 'the items closed by the total they add up to (,资金总额80万元)',
    text: '本年度共实施项目3个:文化惠民演出项目(资金40万元)、非遗传承保护项目(资金25万元)、群众文化培训项目(资金15万元),资金总额80万元。',
    rows: ['文化惠民演出项目 | 40 | - | - | 万元', '非遗传承保护项目 | 25 | - | - | 万元', '群众文化培训项目 | 15 | - | - | 万元'],
  },
  {
    layout: 'refused: a closing total the items do not add up to',
    text: '本年度共实施项目3个:文化惠民演出项目(资金40万元)、非遗传承保护项目(资金25万元)、群众文化培训项目(资金15万元),资金总额100万元。',
    rows: [],
  },
];

/** A college's list of its projects, one cell per line each closed by " |", under an office column (责任部门). */
const collegeList = (rows: string[][]) =>
  [
    '某职业学院2022年度项目支出明细',
    '单位:万元',
    ...[['序号', '责任部门', '项目名称', '预算数', '执行数', '预算执行率'], ...rows].flat().map((c) => `${c} |`),
  ].join('\n');
const FUNDED_ROW = ['学生处', '资助中职', '160.00', '155.00', '96.88%'];
const DEBT_ROW = ['财务处', '还本付息专项', '300.00', '290.00', '96.67%'];
const SPARE_ROW = ['后勤处', '不可预见费', '100.00', '0', '0.00%'];

/**
 * A union's 基础数据表 flattened one cell a paragraph: the report year's columns, 项目支出, its blank 运行维护经费 part, then `part`
 * (the special funds' part as a copy writes it) over two funds one a row, up to 三公经费.
 */
const unionSheet = (part: string) =>
  [
    '某县总工会2023年度部门整体支出绩效自评报告',
    ...['经费控制情况(万元)', '2022年决算数', '2023年预算数', '2023年决算数', '支出总额', '940.20', '1012.00', '986.40'],
    ...['项目支出', '340.20', '362.00', '346.40', '其中:1、运行维护经费', part, '(一个项一行)'],
    ...['困难职工慰问资金', '100', '120', '118', '劳模补助资金', '80', '90', '88', '三公经费', '12.50', '14.00', '11.30'],
  ].join('\n\n');

/** Project lists as other templates lay them out: group rows, year columns, other wordings (helper tasks2). */
const OTHER_TEMPLATES: Example[] = [
  {
    layout: 'space-separated rows under group rows (一 环卫类) and a 小计 row, numbers continued',
    text: [
      '序号 项目名称 预算数 实际支出 执行率',
      '一 环卫类',
      '1 城区道路保洁外包 1920.00 1915.60 99.77%',
      '2 垃圾中转站运行 360.00 342.00 95.00%',
      '小计 2280.00 2257.60 99.02%',
      '二 市政类',
      '3 市政道路维修 600.00 570.00 95.00%',
    ].join('\n'),
    rows: [
      '城区道路保洁外包 | 1920.00 | 1915.60 | 99.77 | 万元',
      '垃圾中转站运行 | 360.00 | 342.00 | 95.00 | 万元',
      '市政道路维修 | 600.00 | 570.00 | 95.00 | 万元',
    ],
  },
  {
    layout: 'one cell per line, a group heading (一、环卫类) before each group, numbers begun anew',
    text: [
      '序号',
      '项目名称',
      '预算数',
      '执行数',
      '一、环卫类',
      '1',
      '道路保洁外包',
      '1920.00',
      '1915.60',
      '2',
      '中转站运行',
      '360.00',
      '342.00',
      '二、市政类',
      '1',
      '道路维修',
      '600.00',
      '570.00',
    ].join('\n'),
    rows: [
      '道路保洁外包 | 1920.00 | 1915.60 | - | 万元',
      '中转站运行 | 360.00 | 342.00 | - | 万元',
      '道路维修 | 600.00 | 570.00 | - | 万元',
    ],
  },
  {
    layout:
      'one cell per line closed by " |", an office column (责任部门), the total first, then rows on two levels: groups (一, (一)) over digits, a group over a group, upper rows with none under them (二, 三)',
    text: collegeList([
      ['合计', '1,130.00', '1,030.00', '91.15%'],
      ['一', '相关部门', '学生资助专项', '210.00', '200.00', '95.24%'],
      ['1', ...FUNDED_ROW],
      ['2', '教务处', '资助成人', '50.00', '45.00', '90.00%'],
      ['二', ...DEBT_ROW],
      ['三', ...SPARE_ROW],
      ['四', '相关部门', '教育发展专项', '520.00', '540.00', '103.85%'],
      ['(一)', '继续教育(开放、社区教育)专项', '400.00', '420.00', '105.00%'],
      ['1', '教务处', '课程资源建设', '300.00', '330.00', '110.00%'],
      ['2', '阅卷系统', '100.00', '90.00', '90.00%'],
      ['(二)', '提质培优行动计划专项', '120.00', '120.00', '100.00%'],
      ['3', '保卫处', '消防设施尾款', '120.00', '120.00', '100.00%'],
    ]),
    rows: [
      '资助中职 | 160.00 | 155.00 | 96.88 | 万元',
      '资助成人 | 50.00 | 45.00 | 90.00 | 万元',
      '还本付息专项 | 300.00 | 290.00 | 96.67 | 万元',
      '不可预见费 | 100.00 | 0 | 0.00 | 万元',
      '课程资源建设 | 300.00 | 330.00 | 110.00 | 万元',
      '阅卷系统 | 100.00 | 90.00 | 90.00 | 万元',
      '消防设施尾款 | 120.00 | 120.00 | 100.00 | 万元',
    ],
  },
  {
    layout: 'refused: a list numbered 一, 二, 三 throughout has no group rows, each row its own (one cell per line closed by " |")',
    text: collegeList([
      ['一', ...FUNDED_ROW],
      ['二', ...DEBT_ROW],
      ['三', ...SPARE_ROW],
    ]),
    rows: [
      '资助中职 | 160.00 | 155.00 | 96.88 | 万元',
      '还本付息专项 | 300.00 | 290.00 | 96.67 | 万元',
      '不可预见费 | 100.00 | 0 | 0.00 | 万元',
    ],
  },
  {
    layout:
      'a 基础数据表 flattened one cell a paragraph, its special funds one a row unnumbered under 2专项资金 (一个项一行), up to 三公经费',
    text: unionSheet('2专项资金'),
    rows: ['困难职工慰问资金 | 120 | 118 | - | 万元', '劳模补助资金 | 90 | 88 | - | 万元'],
  },
  {
    layout: 'the same sheet’s funds named by level (2、区级专项资金(一个专项一行), 3、上级转移支付(…)), a row short of a cell read past',
    text: [
      '某区文旅局2023年度部门整体支出绩效自评报告',
      '',
      '经费控制情况(万元)',
      '2022年决算数',
      '2023年预算数',
      '2023年决算数',
      '项目支出:',
      '2218.71',
      '1731.57',
      '1731.57',
      '1、业务工作经费',
      '224.55',
      '600.58',
      '600.58',
      '2、区级专项资金(一个专项一行)',
      '疫情防控项目',
      '1348.82',
      '324.05',
      '324.05',
      '体彩公益金支出',
      '173.87',
      '173.87',
      '3、上级转移支付(一个专项一行)',
      '文化服务体系建设',
      '66',
      '66',
      '66',
    ].join('\n\n'),
    rows: [
      '业务工作经费 | 600.58 | 600.58 | - | 万元',
      '疫情防控项目 | 324.05 | 324.05 | - | 万元',
      '文化服务体系建设 | 66 | 66 | - | 万元',
    ],
  },
  {
    layout: 'refused: the sheet’s numbered 运行维护经费 with its own amounts stays a row, as numbered rows under 项目支出 are',
    text: [
      '某县总工会2023年度部门整体支出绩效自评报告',
      '',
      '经费控制情况(万元)',
      '2022年决算数',
      '2023年预算数',
      '2023年决算数',
      '项目支出:',
      '340.20',
      '362.00',
      '346.40',
      '1、运行维护经费',
      '50',
      '60',
      '58',
      '2专项资金',
      '(一个项一行)',
      '困难职工慰问资金',
      '100',
      '120',
      '118',
    ].join('\n\n'),
    rows: ['运行维护经费 | 60 | 58 | - | 万元', '困难职工慰问资金 | 120 | 118 | - | 万元'],
  },
  {
    layout: 'the same sheet as a PDF’s text gives it, the part’s number set apart from its words (2 专项资金), a blank 运行维护经费 above',
    text: unionSheet('2 专项资金'),
    rows: ['困难职工慰问资金 | 120 | 118 | - | 万元', '劳模补助资金 | 90 | 88 | - | 万元'],
  },
  {
    layout: "a 项目 column beside columns of two years: the report year's are the task's",
    text: [
      '某镇人民政府2023年度部门整体支出绩效自评报告',
      '',
      '| 项目 | 2022年决算数 | 2023年预算数 | 2023年执行数 | 执行率 |',
      '|---|---|---|---|---|',
      '| 村级公益事业一事一议 | 80.00 | 100.00 | 96.00 | 96.00% |',
      '| 农村危房改造 | 45.00 | 30.00 | 30.00 | 100.00% |',
    ].join('\n'),
    rows: ['村级公益事业一事一议 | 100.00 | 96.00 | 96.00 | 万元', '农村危房改造 | 30.00 | 30.00 | 100.00 | 万元'],
  },
  {
    layout: 'a 项目 column beside 上年决算 / 本年预算 / 本年执行 columns',
    text: [
      '| 项目 | 上年决算数 | 本年预算数 | 本年执行数 |',
      '|---|---|---|---|',
      '| 村级公益事业一事一议 | 80.00 | 100.00 | 96.00 |',
      '| 农村危房改造 | 45.00 | 30.00 | 30.00 |',
    ].join('\n'),
    rows: ['村级公益事业一事一议 | 100.00 | 96.00 | - | 万元', '农村危房改造 | 30.00 | 30.00 | - | 万元'],
  },
  {
    layout: 'a 资金到位 column between the investment (投资规模) and the payment: read past, as 到位资金',
    text: [
      '| 序号 | 项目名称 | 建设内容 | 投资规模(万元) | 资金到位(万元) | 已支付(万元) |',
      '|---|---|---|---|---|---|',
      '| 1 | 张村产业路 | 硬化道路3公里 | 150 | 150 | 142 |',
      '| 2 | 李村饮水工程 | 新建蓄水池2座 | 60 | 60 | 60 |',
    ].join('\n'),
    rows: ['张村产业路 | 150 | 142 | - | 万元', '李村饮水工程 | 60 | 60 | - | 万元'],
  },
  {
    layout: '到位资金 is what an item has to spend; 计划投资 and 资金到位 of one amount say it twice',
    text: '其中,茶叶加工厂建设项目计划投资180万元,资金到位180万元,已支付165.6万元,支付进度92%;村组道路硬化项目计划投资95万元,资金到位95万元,已支付95万元,支付进度100%。',
    rows: ['茶叶加工厂建设项目 | 180 | 165.6 | 92 | 万元', '村组道路硬化项目 | 95 | 95 | 100 | 万元'],
  },
  {
    layout: 'a name run into 到位资金, then its payment',
    text: '项目实施情况:花椒产业基地项目到位资金260万元,支付250万元;冷链物流中心项目到位资金480万元,支付432万元。',
    rows: ['花椒产业基地项目 | 260 | 250 | - | 万元', '冷链物流中心项目 | 480 | 432 | - | 万元'],
  },
  {
    layout: 'refused: two budgets of two amounts (计划投资 and 到位) for one item',
    text: '其中,茶叶加工厂建设项目计划投资180万元,资金到位150万元,已支付140万元;村组道路硬化项目计划投资95万元,资金到位90万元,已支付90万元。',
    rows: [],
  },
  {
    layout: 'blocks of labelled lines, one per project (项目名称: / 预算金额: / 实际支出: / 执行率:)',
    text: [
      '项目名称:妇女儿童维权服务',
      '预算金额:35.00万元',
      '实际支出:33.25万元',
      '执行率:95.00%',
      '',
      '项目名称:巾帼家政培训',
      '预算金额:20.00万元',
      '实际支出:18.00万元',
      '执行率:90.00%',
    ].join('\n'),
    rows: ['妇女儿童维权服务 | 35.00 | 33.25 | 95.00 | 万元', '巾帼家政培训 | 20.00 | 18.00 | 90.00 | 万元'],
  },
  {
    layout: "labelled lines a paragraph each, the template's 主管部门 line before the money, the unit in the label",
    text: [
      '项目名称:残疾人康复救助',
      '主管部门:县残疾人联合会',
      '全年预算数(万元):80.00',
      '全年执行数(万元):76.00',
      '项目名称:残疾人两项补贴',
      '主管部门:县残疾人联合会',
      '全年预算数(万元):436.50',
      '全年执行数(万元):436.50',
    ].join('\n\n'),
    rows: ['残疾人康复救助 | 80.00 | 76.00 | - | 万元', '残疾人两项补贴 | 436.50 | 436.50 | - | 万元'],
  },
  ...['\n', '\n\n'].map((between) => ({
    layout: `blocks of labelled lines opened by the project's name alone, no 项目名称 label (${between === '\n' ? 'one paragraph' : 'a paragraph a line'})`,
    text: [
      '某县农业农村局2023年度部门整体支出绩效自评报告',
      '',
      '甲灌区改造项目',
      '年初预算:800万元',
      '全年支出:785.3万元',
      '乙站防疫项目',
      '年初预算:120万元',
      '全年支出:118.6万元',
    ].join(between),
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  })),
  ...['(1)', '一、', '2.'].map((number) => ({
    layout: `blocks opened by the project's numbered name alone (${number}A资金), a paragraph a line, labels run into amounts`,
    text: [
      '某县民政局2023年度部门整体支出绩效自评报告',
      '三、项目支出情况',
      `${number}城乡低保资金`,
      '全年预算1200万元',
      '实际支出1180万元',
      `${number.replace(/[1一2]/, (d) => ({ '1': '2', 一: '二', '2': '3' })[d] ?? d)}特困供养资金`,
      '全年预算300万元',
      '实际支出296.5万元',
    ].join('\n\n'),
    rows: ['城乡低保资金 | 1200 | 1180 | - | 万元', '特困供养资金 | 300 | 296.5 | - | 万元'],
  })),
  {
    layout: 'blocks opened by a Markdown heading that names the project (## A项目 over 年初预算:800万元 / 全年支出:785.3万元)',
    text: '# 某县农业农村局2023年度部门整体支出绩效自评报告\n\n## 甲灌区改造项目\n\n年初预算:800万元\n\n全年支出:785.3万元\n\n## 乙站防疫项目\n\n年初预算:120万元\n\n全年支出:118.6万元',
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  {
    layout: 'refused: headings that name no project (## 一、部门概况 / ## 二、预算执行情况) over labelled lines open no blocks',
    text: '# 某县农业农村局2023年度部门整体支出绩效自评报告\n\n## 一、部门概况\n\n年初预算:2350万元\n\n全年支出:2301.2万元\n\n## 二、预算执行情况\n\n年初预算:2350万元\n\n全年支出:2301.2万元',
    rows: [],
  },
  {
    layout: 'the same blocks with each label run into its amount, no colon, a paragraph a line (A项目 / 预算800万元 / 支出785.3万元)',
    text: [
      '某县农业农村局2023年度部门整体支出绩效自评报告',
      '甲灌区改造项目',
      '预算800万元',
      '支出785.3万元',
      '乙站防疫项目',
      '预算120万元',
      '支出118.6万元',
    ].join('\n\n'),
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  {
    layout: 'refused: lines of work done, a quantity after the words, are no money of a block (A项目 / 改造渠道12公里)',
    text: ['某县农业农村局2023年度部门整体支出绩效自评报告', '甲灌区改造项目', '改造渠道12公里', '乙站防疫项目', '免疫家禽3万羽'].join(
      '\n\n',
    ),
    rows: [],
  },

  {
    layout:
      'blocks opened by a purpose’s fund and its unit, A补助资金(万元), over 年度预算资金总额: 763.00 and its sources (其中:中央补助 …)',
    text: [
      '某县2024年度计划生育服务项目绩效自评表',
      '甲奖励扶助补助资金(万元)',
      '年度预算资金总额: 763.00',
      '其中:中央补助 502.00',
      '市级资金 208.00',
      '乙特别扶助补助资金(万元)',
      '年度预算资金总额: 321.25',
      '其中:中央补助 166.00',
      '市级资金 136.00',
    ].join('\n'),
    rows: ['甲奖励扶助补助资金 | 763.00 | - | - | 万元', '乙特别扶助补助资金 | 321.25 | - | - | 万元'],
  },
  {
    layout: 'refused: funds named by their level alone (中央资金(万元) / 市级资金(万元)) open no blocks',
    text: [
      '某县2024年度计划生育服务项目绩效自评表',
      '中央资金(万元)',
      '年度预算资金总额: 668.00',
      '市级资金(万元)',
      '年度预算资金总额: 343.00',
    ].join('\n'),
    rows: [],
  },
  {
    layout: "refused: one such block alone is the report's own project (its figures), no row",
    text: ['某县图书馆2023年度阅读推广项目绩效自评报告', '', '阅读推广项目', '年初预算:42万元', '全年支出:40.6万元'].join('\n'),
    rows: [],
  },
  {
    layout: "refused: one block of labelled lines is the report's own project",
    text: ['项目名称:妇女儿童维权服务', '预算金额:35.00万元', '实际支出:33.25万元', '执行率:95.00%'].join('\n'),
    rows: [],
  },
  {
    layout: "cells run together under a glued header, names ending in 资金 (a purpose's fund, not a source)",
    text: '项目名称预算数执行数执行率\n医疗救助资金356.80350.1298.13%\n城乡低保资金1200.001188.0099.00%\n财政资金1556.801538.1298.80%',
    rows: ['医疗救助资金 | 356.80 | 350.12 | 98.13 | 万元', '城乡低保资金 | 1200.00 | 1188.00 | 99.00 | 万元'],
  },
  {
    layout: 'cells run together, whole amounts and rates to the hundredth: the one cut whose amounts are written alike',
    text: '项目名称 预算数 执行数 执行率\n学生资助经费22021597.73%\n校舍维修改造48047097.92%',
    rows: ['学生资助经费 | 220 | 215 | 97.73 | 万元', '校舍维修改造 | 480 | 470 | 97.92 | 万元'],
  },
  {
    layout: 'cells run together, each row a paragraph of its own after the glued header (a blank line after every line)',
    text: '序号项目名称预算数执行数执行率\n\n1学生资助经费22021597.73%\n\n2校舍维修改造48047097.92%\n\n合计70068597.86%',
    rows: ['学生资助经费 | 220 | 215 | 97.73 | 万元', '校舍维修改造 | 480 | 470 | 97.92 | 万元'],
  },
  {
    layout: 'refused: one run-together row in the paragraph after the header, then prose (no list of two)',
    text: '项目名称预算数执行数执行率\n\n学生资助经费22021597.73%\n\n2023年度学校共有学生1200人,校舍维修改造48047097.92%。',
    rows: [],
  },
  {
    layout: 'refused: a run-together row in the paragraph after the header, prose after it in the same paragraph',
    text: '项目名称预算数执行数执行率\n\n学生资助经费22021597.73%,较上年有所提高\n\n校舍维修改造48047097.92%',
    rows: [],
  },
  {
    layout: 'refused: a run that cuts two ways with its amounts written alike each time (11 | 11 | 100%, 1 | 11 | 1100%)',
    text: '项目名称预算数执行数执行率\n档案征集经费1111100%\n档案保护经费1111100%',
    rows: [],
  },
  {
    layout: 'cells run together under a glued header whose rate column says (%): the rates written without the sign',
    text: '任务名称年度预算(万元)实际支出(万元)预算执行率(%)渔政执法85.0080.7595.00水产品质量监测42.0042.00100.00',
    rows: ['渔政执法 | 85.00 | 80.75 | 95.00 | 万元', '水产品质量监测 | 42.00 | 42.00 | 100.00 | 万元'],
  },
  {
    layout: 'refused: run-together cells without the rate sign under a rate header that does not say (%)',
    text: '任务名称年度预算(万元)实际支出(万元)预算执行率渔政执法85.0080.7595.00水产品质量监测42.0042.00100.00',
    rows: [],
  },
  {
    layout: '截至年底 before the spending cue is the date it is counted to',
    text: '1.档案征集经费,年初预算20万元,截至年底实际支出18万元,执行率90%;2.档案保护经费,年初预算30万元,截至年末实际支出27万元,执行率90%。',
    rows: ['档案征集经费 | 20 | 18 | 90 | 万元', '档案保护经费 | 30 | 27 | 90 | 万元'],
  },
  {
    layout: 'a numbered name over a line that opens with 项目全年: the line below refers back, the name ends at its line',
    text: '(一)2023年农业生产发展资金项目\n项目全年预算资金320万元,实际支出300.8万元,预算执行率94%。\n(二)2023年农田建设补助资金项目\n项目全年预算资金680万元,实际支出646万元,预算执行率95%。',
    rows: ['2023年农业生产发展资金项目 | 320 | 300.8 | 94 | 万元', '2023年农田建设补助资金项目 | 680 | 646 | 95 | 万元'],
  },
  {
    layout: "a Markdown list's items, numbers dropped, each a name and 该项目 on the line below",
    text: '(二)项目支出绩效\n\n1. 天然林保护工程\n该项目年初预算240.00万元,全年执行228.00万元,执行率95.00%。\n2. 森林生态效益补偿\n该项目年初预算180.50万元,全年执行180.50万元,执行率100.00%。',
    rows: ['天然林保护工程 | 240.00 | 228.00 | 95.00 | 万元', '森林生态效益补偿 | 180.50 | 180.50 | 100.00 | 万元'],
  },
  {
    layout: 'space-separated rows below a title ending in 评价结果, the header repeated after a page marker',
    text: [
      '某县2023年度项目支出绩效评价结果',
      '序号 项目名称 预算单位 项目金额(万元) 评价得分 评价等级',
      '1 储备粮轮换费用补贴 县粮食局 1,320.00 92.5 优',
      '2 公共交通运营补贴 县交通运输局 8,650.00 83 良',
      '第 2 页 共 3 页',
      '续表',
      '序号 项目名称 预算单位 项目金额(万元) 评价得分 评价等级',
      '3 职业技能提升行动 县人社局 2,100.00 76 中',
    ].join('\n'),
    rows: [
      '储备粮轮换费用补贴 | 1320.00 | - | - | 万元',
      '公共交通运营补贴 | 8650.00 | - | - | 万元',
      '职业技能提升行动 | 2100.00 | - | - | 万元',
    ],
  },
  {
    layout: 'one cell per line, the header repeated after a page marker',
    text: [
      '序号',
      '项目名称',
      '项目金额(万元)',
      '评价等级',
      '1',
      '储备粮轮换费用补贴',
      '1,320.00',
      '优',
      '2',
      '公共交通运营补贴',
      '8,650.00',
      '良',
      '— 5 —',
      '序号',
      '项目名称',
      '项目金额(万元)',
      '评价等级',
      '3',
      '职业技能提升行动',
      '2,100.00',
      '中',
    ].join('\n'),
    rows: [
      '储备粮轮换费用补贴 | 1320.00 | - | - | 万元',
      '公共交通运营补贴 | 8650.00 | - | - | 万元',
      '职业技能提升行动 | 2100.00 | - | - | 万元',
    ],
  },
  {
    layout: 'space-separated rows, a name broken by a space a PDF drew inside it',
    text: '序号 项目名称 预算数 执行数 执行率\n1 城市 公园维护 80.00 78.50 98.13%\n2 乡村振兴示范点建设 200.00 186.40 93.20%\n3 河长制 工作经费 15.00 15.00 100.00%',
    rows: [
      '城市 公园维护 | 80.00 | 78.50 | 98.13 | 万元',
      '乡村振兴示范点建设 | 200.00 | 186.40 | 93.20 | 万元',
      '河长制 工作经费 | 15.00 | 15.00 | 100.00 | 万元',
    ],
  },
  {
    layout: 'space-separated rows, a number inside the name spaced from its Chinese as a PDF draws it (第 2 号)',
    text: '序号 项目名称 预算数 执行数 执行率\n1 第 1 号泵站维修工程 60.00 58.20 97.00%\n2 第 2 号泵站维修工程 45.00 44.10 98.00%',
    rows: ['第1号泵站维修工程 | 60.00 | 58.20 | 97.00 | 万元', '第2号泵站维修工程 | 45.00 | 44.10 | 98.00 | 万元'],
  },
  {
    layout: 'refused: a number at the end of the name pieces may be a cell of its own, not a part of the name',
    text: '序号 项目名称 预算数 执行数 执行率\n1 泵站 维修 2 60.00 58.20 97.00%\n2 闸门 检修 3 45.00 44.10 98.00%',
    rows: [],
  },
  {
    layout: 'refused: a broken name before a words column (the break may be in either)',
    text: '序号 项目名称 主管部门 预算数\n1 城市 公园维护 区园林局 80.00\n2 城市 道路保洁 区城管局 200.00',
    rows: [],
  },
  {
    layout: "each item's share said after its amount (占53.57%) is read past",
    text: '全年项目资金560万元,其中农村公路建设300万元,占53.57%;公路养护160万元,占比28.57%;交通安全设施100万元,占总额的17.86%。',
    rows: ['农村公路建设 | 300 | - | - | 万元', '公路养护 | 160 | - | - | 万元', '交通安全设施 | 100 | - | - | 万元'],
  },
  {
    layout: 'each item’s share of a named whole said after its amount (占项目支出的33.7%) is read past',
    text: '项目支出356万元,占总支出的35%。主要是:不动产登记工作经费120万元,占项目支出的33.7%;耕地保护补助经费150万元,占项目支出的42.1%;地质灾害防治经费86万元,占项目支出的24.2%。',
    rows: ['不动产登记工作经费 | - | 120 | - | 万元', '耕地保护补助经费 | - | 150 | - | 万元', '地质灾害防治经费 | - | 86 | - | 万元'],
  },
  {
    layout: 'refused: classes of spending with their shares are a breakdown, not tasks',
    text: '2023年支出合计1000万元,其中:工资福利支出600万元,占60%;商品和服务支出400万元,占40%。',
    rows: [],
  },
  {
    layout: 'unnumbered project clauses joined by commas in one sentence',
    text: '农村公路建设项目支出300万元,公路养护项目支出160万元,交通安全设施项目支出100万元。',
    rows: ['农村公路建设项目 | - | 300 | - | 万元', '公路养护项目 | - | 160 | - | 万元', '交通安全设施项目 | - | 100 | - | 万元'],
  },
  {
    layout: 'comma-joined project clauses, each a budget and its spending (全年实际支出 stays with its item)',
    text: '农村公路建设项目预算300万元,全年实际支出285万元,公路养护项目预算160万元,实际支出160万元。',
    rows: ['农村公路建设项目 | 300 | 285 | - | 万元', '公路养护项目 | 160 | 160 | - | 万元'],
  },
  {
    layout: 'amount-first items after 其中, each opened by the verb that put the money there (安排30万元用于…)',
    text: '2023年下达文化项目资金85万元,其中:安排30万元用于送文化下乡活动,安排25万元用于群众文艺培训,安排30万元用于文化馆免费开放。',
    rows: ['送文化下乡活动 | 30 | - | - | 万元', '群众文艺培训 | 25 | - | - | 万元', '文化馆免费开放 | 30 | - | - | 万元'],
  },
  {
    layout: 'one cell per line, a blank cell written as a blank line',
    text: [
      '项目名称',
      '年初预算',
      '调整后预算',
      '实际支出',
      '执行率(%)',
      '法律援助经费',
      '85.00',
      '92.30',
      '90.15',
      '97.67',
      '人民调解工作经费',
      '40.00',
      '',
      '38.20',
      '95.50',
      '社区矫正专项经费',
      '60.00',
      '60.00',
      '54.60',
      '91.00',
    ].join('\n'),
    rows: [
      '法律援助经费 | 92.30 | 90.15 | 97.67 | 万元',
      '人民调解工作经费 | 40.00 | 38.20 | 95.50 | 万元',
      '社区矫正专项经费 | 60.00 | 54.60 | 91.00 | 万元',
    ],
  },
  {
    layout: 'subsidies paid out: 已发放 / 已兑付 are spending, 发放率 / 兑付率 its rate',
    text: '(一)耕地地力保护补贴。下达资金1862万元,已发放1862万元,发放率100%。\n(二)农机购置补贴。下达资金320万元,已兑付296.8万元,兑付率92.75%。',
    rows: ['耕地地力保护补贴 | 1862 | 1862 | 100 | 万元', '农机购置补贴 | 320 | 296.8 | 92.75 | 万元'],
  },
  {
    layout: 'numbered projects, each with sub-sections (1)(2) below it, its money in the first',
    text: '1.耕地地力保护补贴项目\n(1)资金投入情况:下达资金1862万元,实际支出1862万元,执行率100%。\n(2)绩效目标完成情况:发放面积52万亩。\n2.农机购置补贴项目\n(1)资金投入情况:下达资金320万元,实际支出296.8万元,执行率92.75%。',
    rows: ['耕地地力保护补贴项目 | 1862 | 1862 | 100 | 万元', '农机购置补贴项目 | 320 | 296.8 | 92.75 | 万元'],
  },
  {
    layout: 'the same, each line a paragraph of its own',
    text: '1.耕地地力保护补贴项目\n\n(1)资金投入情况:下达资金1862万元,实际支出1862万元,执行率100%。\n\n2.农机购置补贴项目\n\n(1)资金投入情况:下达资金320万元,实际支出296.8万元,执行率92.75%。',
    rows: ['耕地地力保护补贴项目 | 1862 | 1862 | 100 | 万元', '农机购置补贴项目 | 320 | 296.8 | 92.75 | 万元'],
  },
  {
    layout: "a project under each heading, its money in the section's 该项目 paragraph below a description",
    text: '## (一)农村公路养护项目\n\n1.项目概况\n\n该项目主要用于全县农村公路日常养护。\n\n2.资金使用情况\n\n该项目年初预算80万元,实际支出78.5万元,执行率98.13%。\n\n## (二)客运站运营补贴项目\n\n1.项目概况\n\n用于客运站运营补助。\n\n2.资金使用情况\n\n该项目年初预算120万元,实际支出120万元,执行率100%。',
    rows: ['农村公路养护项目 | 80 | 78.5 | 98.13 | 万元', '客运站运营补贴项目 | 120 | 120 | 100 | 万元'],
  },
  {
    layout: 'numbered project lines, a description paragraph between each and its 该项目 money',
    text: '(一)农村公路养护项目\n\n项目概况:主要用于全县农村公路日常养护。\n\n该项目年初预算80万元,实际支出78.5万元,执行率98.13%。\n\n(二)客运站运营补贴项目\n\n项目概况:用于客运站运营补助。\n\n该项目年初预算120万元,实际支出120万元,执行率100%。',
    rows: ['农村公路养护项目 | 80 | 78.5 | 98.13 | 万元', '客运站运营补贴项目 | 120 | 120 | 100 | 万元'],
  },
  {
    layout: 'space-separated rows under a header over two lines (资金情况(万元) over 预算数 / 执行数)',
    text: '项目名称 资金情况(万元) 执行率\n预算数 执行数\n农村公路养护 80.00 78.50 98.13%\n乡村振兴示范点建设 200.00 186.40 93.20%',
    rows: ['农村公路养护 | 80.00 | 78.50 | 98.13 | 万元', '乡村振兴示范点建设 | 200.00 | 186.40 | 93.20 | 万元'],
  },
  {
    layout: "a budget item's remark in brackets that states its spending (已支出285万元)",
    text: '2023年安排项目资金共计560万元,其中:农村公路建设300万元(已支出285万元),公路养护160万元(已支出160万元),交通安全设施100万元(含中央资金50万元)。',
    rows: ['农村公路建设 | 300 | 285 | - | 万元', '公路养护 | 160 | 160 | - | 万元', '交通安全设施 | 100 | - | - | 万元'],
  },
];

/**
 * Variations of the layouts above that a generator of list documents (one layout, many header
 * wordings, column orders and numberings) found the readers missing: each written once here, with
 * the refusal that bounds it.
 */
const VARIATIONS: Example[] = [
  {
    // the remark makes each amount before it a budget, though the total stated last before the list is the spending
    layout: "items' remarks in brackets stating their spending (36万元(已支出35万元)) after the unit's budget and spending",
    text: '本部门全年预算1000万元,实际支出950万元。其中动物防疫项目36万元(已支出35万元)、农机购置补贴项目120万元(已支出110万元)。',
    rows: ['动物防疫项目 | 36 | 35 | - | 万元', '农机购置补贴项目 | 120 | 110 | - | 万元'],
  },
  {
    layout: "items' remarks stating their spending after the unit's spending alone (no budget stated): the amounts are budgets still",
    text: '本部门全年实际支出950万元。其中动物防疫项目36万元(已支出35万元)、农机购置补贴项目120万元(已支出110万元)。',
    rows: ['动物防疫项目 | 36 | 35 | - | 万元', '农机购置补贴项目 | 120 | 110 | - | 万元'],
  },
  {
    // refused: a remark that states no spending (已完工) leaves the amounts the parts of the spending stated last
    layout: "items' remarks stating no money (已完工) after the unit's spending: the amounts stay parts of the spending",
    text: '本部门全年预算1000万元,实际支出950万元。其中动物防疫项目36万元(已完工)、农机购置补贴项目120万元(已完工)。',
    rows: ['动物防疫项目 | - | 36 | - | 万元', '农机购置补贴项目 | - | 120 | - | 万元'],
  },
  {
    layout: 'a bare 项目 right after 序号 heads a numbered project table',
    text: '单位:万元\n\n| 序号 | 项目 | 下达资金(万元) | 完成数(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 退役军人优抚 | 193.67 | 131.18 | 67.73% |\n| 2 | 水土保持经费 | 898.48 | 560.30 | 62.36% |',
    rows: ['退役军人优抚 | 193.67 | 131.18 | 67.73 | 万元', '水土保持经费 | 898.48 | 560.30 | 62.36 | 万元'],
  },
  {
    layout: 'the same, flattened one cell per line',
    text: '序号\n项目\n全年预算数(万元)\n完成数(万元)\n完成率\n1\n城市绿化管护项目\n50.80\n37.43\n73.68%\n2\n义务教育学校运转经费\n194.59\n149.70\n76.93%',
    rows: ['城市绿化管护项目 | 50.80 | 37.43 | 73.68 | 万元', '义务教育学校运转经费 | 194.59 | 149.70 | 76.93 | 万元'],
  },
  {
    layout: 'a bare 项目 beside 预算(万元) / 支出(万元) / 执行率: each row states its own rate, so the rows are projects',
    text: '某局2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算(万元) | 支出(万元) | 执行率 |\n|---|---|---|---|\n| 文化惠民演出 | 340.00 | 332.50 | 97.79% |\n| 公共图书馆免费开放 | 160.00 | 160.00 | 100% |',
    rows: ['文化惠民演出 | 340.00 | 332.50 | 97.79 | 万元', '公共图书馆免费开放 | 160.00 | 160.00 | 100 | 万元'],
  },
  {
    layout: 'the same, flattened one cell per line, the bare 项目 first in the header run',
    text: '某局2023年度部门整体支出绩效自评报告\n项目\n预算(万元)\n支出(万元)\n执行率\n文化惠民演出\n340.00\n332.50\n97.79%\n公共图书馆免费开放\n160.00\n160.00\n100%',
    rows: ['文化惠民演出 | 340.00 | 332.50 | 97.79 | 万元', '公共图书馆免费开放 | 160.00 | 160.00 | 100 | 万元'],
  },
  {
    layout: 'the same, one row a line separated by spaces',
    text: '某局2023年度部门整体支出绩效自评报告\n项目 预算(万元) 支出(万元) 执行率\n文化惠民演出 340.00 332.50 97.79%\n公共图书馆免费开放 160.00 160.00 100%',
    rows: ['文化惠民演出 | 340.00 | 332.50 | 97.79 | 万元', '公共图书馆免费开放 | 160.00 | 160.00 | 100 | 万元'],
  },
  {
    layout: 'refused: a bare 项目 beside rates over the unit’s own rows (合计, 基本支出, 人员经费, 办公费, a functional class, a fund)',
    text: '某局2023年度部门整体支出绩效自评报告\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 合计 | 1200.00 | 1150.00 | 95.83% |\n| 基本支出 | 800.00 | 790.00 | 98.75% |\n| 人员经费 | 600.00 | 598.00 | 99.67% |\n| 办公费 | 12.00 | 11.50 | 95.83% |\n| 一般公共服务支出 | 400.00 | 360.00 | 90.00% |\n| 财政拨款 | 1100.00 | 1050.00 | 95.45% |',
    rows: [],
  },
  {
    layout: 'refused: 序号 | 项目 over the rows of a “三公” table (its items are no tasks)',
    text: '| 序号 | 项目 | 预算数 | 决算数 |\n|---|---|---|---|\n| 1 | 因公出国(境)费 | 0 | 0 |\n| 2 | 公务接待费 | 3.5 | 2.8 |\n| 3 | 公务用车运行维护费 | 6 | 5.2 |',
    rows: [],
  },
  {
    layout: 'spending headers with the noun a column adds (实际使用金额, 已支出金额)',
    text: '| 序号 | 项目名称 | 预算数 | 实际使用金额 | 执行率 |\n|---|---|---|---|---|\n| 1 | 森林防火项目 | 120.00 | 96.00 | 80.00% |\n| 2 | 河道清淤工程 | 80.00 | 80.00 | 100.00% |\n\n| 任务名称 | 预算数 | 已支出金额 |\n|---|---|---|\n| 妇幼保健项目 | 50 | 45 |\n| 残疾人康复项目 | 30 | 30 |',
    rows: [
      '森林防火项目 | 120.00 | 96.00 | 80.00 | 万元',
      '河道清淤工程 | 80.00 | 80.00 | 100.00 | 万元',
      '妇幼保健项目 | 50 | 45 | - | 万元',
      '残疾人康复项目 | 30 | 30 | - | 万元',
    ],
  },
  {
    layout: 'an 到位资金 column beside the budget is read past, as budget tables read it (not a second budget)',
    text: '| 项目名称 | 预算数 | 到位资金 | 实际支出 |\n|---|---|---|---|\n| 森林防火项目 | 120 | 100 | 96 |\n| 河道清淤工程 | 80 | 80 | 80 |',
    rows: ['森林防火项目 | 120 | 96 | - | 万元', '河道清淤工程 | 80 | 80 | - | 万元'],
  },
  {
    layout: 'items under headings whose paragraph opens with 年初预算安排',
    text: '(一)残疾人康复项目\n\n年初预算安排536.33万元,实际支出525.16万元,预算执行率97.92%。\n\n(二)河道清淤专项资金\n\n年初预算安排780.02万元,实际支出748.90万元,执行率96.01%。',
    rows: ['残疾人康复项目 | 536.33 | 525.16 | 97.92 | 万元', '河道清淤专项资金 | 780.02 | 748.90 | 96.01 | 万元'],
  },
  {
    layout: 'parallel list with the unit written once, after the last amount',
    text: '农村公路养护项目、河道清淤项目分别安排10、20万元。',
    rows: ['农村公路养护项目 | 10 | - | - | 万元', '河道清淤项目 | 20 | - | - | 万元'],
  },
  {
    layout: 'parallel list whose names close with their money (…项目资金分别为): budgets',
    text: '农村公路养护项目、河道清淤项目资金分别为10万元、20万元。',
    rows: ['农村公路养护项目 | 10 | - | - | 万元', '河道清淤项目 | 20 | - | - | 万元'],
  },
  {
    layout: 'refused: bare numbers after 分别 with no money unit closing them',
    text: '农村公路养护项目、河道清淤项目分别完成10、20处。',
    rows: [],
  },
  {
    layout: 'numbered items opening with the document the money came by, then 下达 and the item',
    text: '全年共下达项目资金260万元。具体如下:\n\n1.根据县财农〔2023〕12号文件,下达河道清淤项目200万元;\n2.根据市财预〔2023〕5号文件,下达农村公路养护工程60万元。',
    rows: ['河道清淤项目 | 200 | - | - | 万元', '农村公路养护工程 | 60 | - | - | 万元'],
  },
  {
    layout: 'refused: numbered items opening with a document and no verb before the amount',
    text: '1.根据县财农〔2023〕12号文件,河道清淤项目200万元;\n2.根据市财预〔2023〕5号文件,农村公路养护工程60万元。',
    rows: [],
  },
  {
    layout: 'items named as money before a 共计 total with no verb: budgets, the sum checked',
    text: '农村公路养护项目资金40万元,河道清淤项目资金25万元,共计65万元。',
    rows: ['农村公路养护项目资金 | 40 | - | - | 万元', '河道清淤项目资金 | 25 | - | - | 万元'],
  },
  {
    layout: 'names a copy wrapped: no space between the Chinese characters, a line that leaves a bracket open is no heading',
    text: '下达专项资金300.00万元。其中,公共数字文化建设47.00万元,戏曲公\n益性演出50.00万元,戏曲公益性演出(戏曲进乡村\n)203.00万元。',
    rows: [
      '公共数字文化建设 | 47.00 | - | - | 万元',
      '戏曲公益性演出 | 50.00 | - | - | 万元',
      '戏曲公益性演出(戏曲进乡村) | 203.00 | - | - | 万元',
    ],
  },
  {
    layout: 'the last item’s amount written with 万 alone before the 。 that ends the list',
    text: '下达专项资金300万元。其中,公共数字文化建设47万元,戏曲公益性演出50万元,绩效奖励203万。',
    rows: ['公共数字文化建设 | 47 | - | - | 万元', '戏曲公益性演出 | 50 | - | - | 万元', '绩效奖励 | 203 | - | - | 万元'],
  },
  {
    layout: 'numbered items whose amounts are written with 万 alone before the ; or 。 that ends them',
    text: '1.农村公路养护项目,安排资金50万;2.河道清淤项目,安排资金30万。',
    rows: ['农村公路养护项目 | 50 | - | - | 万元', '河道清淤项目 | 30 | - | - | 万元'],
  },
  {
    layout: 'a work’s funds whose level qualifies the work (省级…验收工作经费), not the money’s source',
    text: '2021年部门预算项目支出50万元,分别是学术交流活动经费5万元,省级重点课题结题验收工作经费18万元,外籍专家联络经费2万元,课题监管经费25万元。',
    rows: [
      '学术交流活动经费 | 5 | - | - | 万元',
      '省级重点课题结题验收工作经费 | 18 | - | - | 万元',
      '外籍专家联络经费 | 2 | - | - | 万元',
      '课题监管经费 | 25 | - | - | 万元',
    ],
  },
  {
    layout: 'a name a page number cut in two (its line, and the blank one before it, belong to the page)',
    text: '下达专项资金300万元。其中,公共数字文化建设47万元,戏曲公益\n\n- 26 -\n性演出50万元,绩效奖励203万元。',
    rows: ['公共数字文化建设 | 47 | - | - | 万元', '戏曲公益性演出 | 50 | - | - | 万元', '绩效奖励 | 203 | - | - | 万元'],
  },
  {
    layout: 'refused: items not named as money before a 共计 total with no verb',
    text: '农村公路养护项目40万元,河道清淤项目25万元,共计65万元。',
    rows: [],
  },
  {
    layout: 'uses of money put somewhere (下达资金项目,用于…) listed with their amounts, no total stated',
    text: '该项目为2022年省级提前下达资金项目,用于农机手培训补贴2.4万元,村级文化活动3.15万元,留守儿童关爱12.8万元,便民服务站改造7万元。',
    rows: [
      '农机手培训补贴 | 2.4 | - | - | 万元',
      '村级文化活动 | 3.15 | - | - | 万元',
      '留守儿童关爱 | 12.8 | - | - | 万元',
      '便民服务站改造 | 7 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: two uses listed with no total stated',
    text: '该项目为上级下达资金项目,用于甲村道路修补3万元,乙村路灯安装2万元。',
    rows: [],
  },
  {
    layout: 'uses of the funds the clause names (项目资金主要用于…), three at least with their amounts, no total stated',
    text: '全年项目资金主要用于农村饮水安全工程200万元、病险水库除险加固300万元、防汛抗旱80万元。',
    rows: ['农村饮水安全工程 | 200 | - | - | 万元', '病险水库除险加固 | 300 | - | - | 万元', '防汛抗旱 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: two uses of the funds the clause names, no total stated',
    text: '资金主要用于农村饮水安全工程200万元、病险水库除险加固300万元。',
    rows: [],
  },
  {
    layout: 'the uses of the funds are places receiving money',
    text: '项目资金主要用于甲镇200万元、乙镇300万元、丙镇80万元。',
    rows: ['甲镇 | 200 | - | - | 万元', '乙镇 | 300 | - | - | 万元', '丙镇 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: uses listed with no total and no verb that puts the money there',
    text: '该项目主要用于农机手培训补贴2.4万元,村级文化活动3.15万元,留守儿童关爱12.8万元。',
    rows: [],
  },
  {
    layout: 'names listed by 分别为 and joined by 和, then each measure listed by 分别为',
    text: '本年度重点项目两个,分别为渔港码头维修项目和增殖放流项目,预算分别为250万元和90万元,实际支出分别为241.3万元和90万元,执行率分别为96.52%和100%。',
    rows: ['渔港码头维修项目 | 250 | 241.3 | 96.52 | 万元', '增殖放流项目 | 90 | 90 | 100 | 万元'],
  },
  {
    layout: 'three names after 即, the last joined by 和, each measure listed by 分别为',
    text: '全年实施重点项目3个,即渔港码头维修项目、增殖放流项目和渔船安全检测项目,预算数分别为250万元、90万元和40万元,执行数分别为241.3万元、90万元和38万元。',
    rows: ['渔港码头维修项目 | 250 | 241.3 | - | 万元', '增殖放流项目 | 90 | 90 | - | 万元', '渔船安全检测项目 | 40 | 38 | - | 万元'],
  },
  {
    layout: 'names listed (分别为:A和B) at the end of the sentence before the one that opens with 预算分别为',
    text: '本年度重点项目两个,分别为:渔港码头维修项目和增殖放流项目。预算分别为250万元和90万元,实际支出分别为241.3万元和90万元。',
    rows: ['渔港码头维修项目 | 250 | 241.3 | - | 万元', '增殖放流项目 | 90 | 90 | - | 万元'],
  },
  {
    layout: 'names joined by 和 before the first 分别: the second list is theirs, the first list’s amounts are no names',
    text: '渔港码头维修项目和增殖放流项目的预算分别为250万元和90万元,实际支出分别为241.3万元和90万元。',
    rows: ['渔港码头维修项目 | 250 | 241.3 | - | 万元', '增殖放流项目 | 90 | 90 | - | 万元'],
  },
  {
    layout: 'names listed after their count and a colon (重点项目两个:A和B), then each measure listed by 分别为',
    text: '本年度重点项目两个:渔港码头维修项目和增殖放流项目,预算分别为250万元和90万元,执行率分别为96.52%和100%。',
    rows: ['渔港码头维修项目 | 250 | - | 96.52 | 万元', '增殖放流项目 | 90 | - | 100 | 万元'],
  },
  {
    layout: 'refused: funding sources listed after their count and a colon, then their amounts by 分别为',
    text: '本年收入来源两项:财政拨款收入和其他收入,金额分别为1000万元和200万元。',
    rows: [],
  },
  {
    layout: 'refused: the “三公” items listed by 包括, then their budgets and spending by 分别为',
    text: '“三公”经费包括公务接待费和公务用车运行维护费,预算分别为5万元和10万元,实际支出分别为4万元和9万元。',
    rows: [],
  },
  {
    layout: 'refused: funding sources listed by 分别为, then their amounts',
    text: '本年收入来源两项,分别为财政拨款收入和其他收入,金额分别为1000万元和200万元。',
    rows: [],
  },
  {
    layout: 'the aspect the sentence turns to (重点项目方面,) before the first item: no part of its name',
    text: '重点项目方面,渔港码头维修项目支出241.3万元,执行率96.52%;增殖放流项目支出90万元,执行率100%。',
    rows: ['渔港码头维修项目 | - | 241.3 | 96.52 | 万元', '增殖放流项目 | - | 90 | 100 | 万元'],
  },
  {
    layout: 'an aspect opened by 在 (在项目管理方面,) before items with budget and spending',
    text: '在项目管理方面,渔港码头维修项目预算250万元,支出241.3万元;增殖放流项目预算90万元,支出90万元。',
    rows: ['渔港码头维修项目 | 250 | 241.3 | - | 万元', '增殖放流项目 | 90 | 90 | - | 万元'],
  },
  {
    layout: 'refused: the unit’s own spending classes after an aspect (资金管理方面,)',
    text: '资金管理方面,本年度基本支出800万元,项目支出400万元。',
    rows: [],
  },
  {
    layout: 'a notice’s numbered projects, each with the money evaluated (资金量) after its name',
    text: '某县财政局关于2023年度重点绩效评价结果的通报\n\n一、评价等级为“优”的项目(2个)\n\n1.渔港码头维修项目,资金量250万元;\n2.增殖放流项目,资金量90万元。',
    rows: ['渔港码头维修项目 | 250 | - | - | 万元', '增殖放流项目 | 90 | - | - | 万元'],
  },
  {
    layout: 'refused: a notice’s numbered departments with the money evaluated (资金量): bodies, no projects',
    text: '某县财政局关于2023年度重点绩效评价结果的通报\n\n1.县农业农村局,资金量340万元;\n2.县卫健局,资金量1286.4万元。',
    rows: [],
  },
  {
    layout: 'unnumbered projects, each budget in one sentence and its spending in the next (该项目全年实际支出…)',
    text: '农村公路养护项目年初预算350万元。该项目全年实际支出330万元,预算执行率94.29%。\n\n客运站运营补贴项目年初预算80万元。该项目全年实际支出80万元,预算执行率100%。',
    rows: ['农村公路养护项目 | 350 | 330 | 94.29 | 万元', '客运站运营补贴项目 | 80 | 80 | 100 | 万元'],
  },
  {
    layout: 'refused: a sentence naming only 该项目 with no item before it, or restating a measure its item stated, is no row',
    text: '该项目全年实际支出330万元,预算执行率94.29%。农村公路养护项目年初预算350万元,实际支出330万元。本项目全年支出331万元。客运站运营补贴项目支出80万元。',
    rows: ['农村公路养护项目 | 350 | 330 | - | 万元', '客运站运营补贴项目 | - | 80 | - | 万元'],
  },
  {
    layout: 'the year and the unit (2023年度,我局) before the first of unnumbered projects: no part of its name',
    text: '2023年度,我局法律援助项目预算40万元,支出38万元;社区矫正项目预算25万元,支出25万元。截至年底,人民调解项目支出12万元,公证服务项目支出8万元。',
    rows: [
      '法律援助项目 | 40 | 38 | - | 万元',
      '社区矫正项目 | 25 | 25 | - | 万元',
      '人民调解项目 | - | 12 | - | 万元',
      '公证服务项目 | - | 8 | - | 万元',
    ],
  },
  {
    layout: 'refused: the year and the unit before the unit’s own budget and its spending classes',
    text: '2023年度,我局预算1200万元,实际支出1150万元,预算执行率95.83%。截至年底,基本支出预算300万元,支出300万元;项目支出预算900万元,支出850万元。',
    rows: [],
  },
  {
    layout: 'one project a line under 如下:, name, cues and amounts set apart by spaces, no stops, then 合计',
    text: '2023年度重点项目执行情况如下:\n河道清淤工程 预算80万元 支出78万元 执行率97.5%\n小型水库除险加固 预算150万元 支出140万元 执行率93.33%\n合计 预算230万元 支出218万元',
    rows: ['河道清淤工程 | 80 | 78 | 97.5 | 万元', '小型水库除险加固 | 150 | 140 | 93.33 | 万元'],
  },
  {
    layout: 'one project a paragraph, name, cues and amounts set apart by spaces',
    text: '2023年度重点项目执行情况如下:\n\n河道清淤工程 预算80万元 支出78万元 执行率97.5%\n\n小型水库除险加固 预算150万元 支出140万元 执行率93.33%',
    rows: ['河道清淤工程 | 80 | 78 | 97.5 | 万元', '小型水库除险加固 | 150 | 140 | 93.33 | 万元'],
  },
  {
    layout: 'refused: the unit’s spending classes and funding sources a line each, set apart by spaces',
    text: '2023年度预算执行情况如下:\n基本支出预算300万元 支出300万元 执行率100%\n项目支出预算1245万元 支出1224万元 执行率98.31%\n\n中央资金预算100万元 到位100万元\n\n县级财政资金预算30万元 到位28万元',
    rows: [],
  },
  {
    layout: 'numbered projects stating only their rate, the name run into 执行率 (1.A项目执行率100%;2.…)',
    text: '1.学生资助项目执行率100%;2.校舍维修项目执行率93.5%;3.教师培训项目执行率88%。',
    rows: ['学生资助项目 | - | - | 100 | 万元', '校舍维修项目 | - | - | 93.5 | 万元', '教师培训项目 | - | - | 88 | 万元'],
  },
  {
    layout: 'refused: numbered spending classes and funds run into 执行率',
    text: '1.基本支出执行率100%;2.项目支出执行率93.5%;3.“三公”经费执行率80%。\n\n(1)中央资金执行率100%;(2)县级配套资金执行率90%。',
    rows: [],
  },
  {
    layout: 'a Markdown list’s items, numbers dropped, each a name as a sentence of its own, then its money (A项目。预算…)',
    text: '2023年项目支出预算530万元,实际支出515万元。具体如下:\n\n1. 学生资助项目。预算320万元,支出320万元,执行率100%。\n2. 校舍维修项目。预算160万元,支出150万元,执行率93.75%。',
    rows: ['学生资助项目 | 320 | 320 | 100 | 万元', '校舍维修项目 | 160 | 150 | 93.75 | 万元'],
  },
  {
    layout: 'refused: a section’s title or a spending class as a sentence of its own before the money',
    text: '项目支出情况。预算530万元,实际支出515万元,执行率97.17%。\n\n基本支出。预算300万元,支出300万元。',
    rows: [],
  },
  {
    layout: 'one project a paragraph under 如下:, its name alone, its money in the paragraph below (bullets dropped)',
    text: '2023年度项目执行情况如下:\n\n动物防疫补助经费\n\n预算45万元,支出44万元,执行率97.78%\n\n耕地地力保护补贴\n\n预算1200万元,支出1200万元,执行率100%',
    rows: ['动物防疫补助经费 | 45 | 44 | 97.78 | 万元', '耕地地力保护补贴 | 1200 | 1200 | 100 | 万元'],
  },
  {
    layout:
      'unnumbered projects whose spending cue names its money (累计支出资金 / 实际支出资金 / 全年支出经费): the cue whole, not 支出资金 with 累计 run into the name',
    text: '某某局2023年度部门整体支出绩效自评报告\n\n2023年度,农村公路养护项目累计支出资金50万元;危桥改造项目实际支出资金30万元;渡口安全改造项目全年支出经费12万元。',
    rows: ['农村公路养护项目 | - | 50 | - | 万元', '危桥改造项目 | - | 30 | - | 万元', '渡口安全改造项目 | - | 12 | - | 万元'],
  },
  {
    layout: 'refused: spending classes so written (人员经费实际支出资金…, 公用经费累计支出资金…) give no row',
    text: '某某局2023年度部门整体支出绩效自评报告\n\n2023年度,人员经费实际支出资金450万元;公用经费累计支出资金48万元。',
    rows: [],
  },
  {
    layout: 'refused: spending classes and a fund, each a paragraph alone over its money',
    text: '人员经费\n\n预算450万元,支出450万元,执行率100%\n\n公用经费\n\n预算50万元,支出48万元,执行率96%\n\n中央补助资金\n\n预算200万元,支出190万元',
    rows: [],
  },
  {
    layout: 'cells run together under a 年度主要任务 header (no 名称 column): the block label names the rows',
    text: '年度主要任务 预算数 执行数 执行率\n森林防火64.864.8100%\n天然林保护12011091.67%',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 120 | 110 | 91.67 | 万元'],
  },
  {
    layout: 'refused: spending classes run together under a 年度主要任务 header',
    text: '年度主要任务 预算数 执行数 执行率\n人员经费450450100%\n公用经费504896%',
    rows: [],
  },
  {
    layout: 'cells run together under 序号 and the name header: each row opens with its number, 1, 2 … (a line each, or one line)',
    text: '序号项目名称预算数执行数执行率\n1森林防火64.864.8100%\n2.天然林保护12011091.67%\n\n序号项目名称预算数执行数执行率3森林防火64.864.8100%2天然林保护12011091.67%1公益林补偿300.5300.5100%',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 120 | 110 | 91.67 | 万元'],
  },
  {
    layout: 'cells run together under 序号, a page break cut the table: its header again over rows numbered on from 7',
    text: '序号项目名称预算数执行数执行率7森林防火64.864.8100%8天然林保护12011091.67%9公益林补偿300.5300.5100%',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 120 | 110 | 91.67 | 万元', '公益林补偿 | 300.5 | 300.5 | 100 | 万元'],
  },
  {
    layout: 'cells run together under 序号: a subtotal between the numbered rows numbers none and is no row',
    text: '序号各设区市名称全年预算数全年执行数预算执行率1省林业站64.864.8100%2省园艺场12011091.67%省直单位小计184.8174.894.59%3东山市300.5300.5100%',
    rows: ['省林业站 | 64.8 | 64.8 | 100 | 万元', '省园艺场 | 120 | 110 | 91.67 | 万元', '东山市 | 300.5 | 300.5 | 100 | 万元'],
  },
  {
    layout: 'cells run together under 序号: a name cell the copy wrapped, one space in its words, is one name',
    text: '序号各设区市名称全年预算数全年执行数预算执行率1省森林防火管理 中心64.864.8100%2省天然林保护管理 中心12011091.67%',
    rows: ['省森林防火管理中心 | 64.8 | 64.8 | 100 | 万元', '省天然林保护管理中心 | 120 | 110 | 91.67 | 万元'],
  },
  {
    layout: 'cells run together: of the cuts that fit, no rate of nothing against money spent, and amounts to the fen',
    text: '序号项目名称预算数执行数执行率1森林防火64.864.8100%2天然林保护100100.00100.00%',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 100 | 100.00 | 100.00 | 万元'],
  },
  {
    layout: 'refused: cells run together with no 序号 header: words spaced apart are the page, no name of a row',
    text: '项目名称预算数执行数执行率森林防火 天然林保护64.864.8100%公益林 补偿12011091.67%',
    rows: [],
  },
  {
    layout: 'cells run together in 元 with thousands separators',
    text: '单位:元\n项目名称预算数执行数执行率\n森林防火648,000.00648,000.00100%\n天然林保护1,200,000.001,100,000.0091.67%\n公益林补偿1,200,000.0011,00,000.0091.67%',
    rows: ['森林防火 | 648000.00 | 648000.00 | 100 | 元', '天然林保护 | 1200000.00 | 1100000.00 | 91.67 | 元'],
  },
  {
    layout: 'cells run together with a weight and a score: no score above its weight, no weight of nothing',
    text: '项目名称全年预算数全年执行数分值执行率得分\n森林防火64.864.810100%10\n天然林保护1201101091.67%9.17\n公益林补偿300.5300.510100%12',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 120 | 110 | 91.67 | 万元'],
  },
  {
    layout: 'a row per line, a name a PDF centred on its row: its head on the line above the amounts, its tail on the line below',
    text: '项目名称 预算数(万元) 执行数(万元) 执行率\n天然林保护 120 110 91.67%\n农村人居环境\n120 100 83.33%\n整治提升项目\n公益林补偿 300.5 300.5 100%',
    rows: [
      '天然林保护 | 120 | 110 | 91.67 | 万元',
      '农村人居环境整治提升项目 | 120 | 100 | 83.33 | 万元',
      '公益林补偿 | 300.5 | 300.5 | 100 | 万元',
    ],
  },
  {
    layout: 'refused: one cell a line, a name wrapped over two lines below a row is the next row’s, not the row above’s tail',
    text: ['项目名称', '预算数(万元)', '天然林保护', '120', '农村人居环境', '整治提升项目', '100', '公益林补偿', '300.5'].join('\n'),
    rows: ['天然林保护 | 120 | - | - | 万元', '农村人居环境整治提升项目 | 100 | - | - | 万元', '公益林补偿 | 300.5 | - | - | 万元'],
  },
  {
    layout:
      'labelled fields of a project on one line, the spaces between them dropped (项目名称:A  预算数:…  执行数:…), a template field among them',
    text: '项目名称:森林防火  预算数:64.8万元  执行数:64.8万元  执行率:100%\n项目名称:天然林保护  主管部门:县林业局  预算数:120万元  执行数:110万元  执行率:91.67%',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 120 | 110 | 91.67 | 万元'],
  },
  {
    layout: 'labelled fields of a project on one line set apart by stops (项目名称:A;预算数:…,执行数:…), the line ended by its stop',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n\n2023年重点项目执行情况如下:\n项目名称:基本公共卫生服务,预算数:560.00万元,执行数:548.20万元,执行率:97.89%;\n项目名称:家庭医生签约服务;预算数:120.00万元;执行数:120.00万元;执行率:100%。\n项目名称:疫苗冷链建设、主管部门:县卫生健康局、预算数:80万元、执行数:64万元、执行率:80%。',
    // (the sentence rules read the ;-set lines as well, and their rows come first)
    rows: [
      '基本公共卫生服务 | 560.00 | 548.20 | 97.89 | 万元',
      '家庭医生签约服务 | 120.00 | 120.00 | 100 | 万元',
      '疫苗冷链建设 | 80 | 64 | 80 | 万元',
    ],
  },
  {
    layout: 'a project’s name after its label, its money cued in the sentence (项目名称:A,预算500万元,实际支出486万元,执行率97.2%)',
    text: '项目名称:城乡环卫一体化,预算500万元,实际支出486万元,执行率97.2%;\n项目名称:农村污水处理,预算300万元,实际支出280万元,执行率93.33%。',
    rows: ['城乡环卫一体化 | 500 | 486 | 97.2 | 万元', '农村污水处理 | 300 | 280 | 93.33 | 万元'],
  },
  {
    layout: 'refused: one project’s name after its label and its money in the sentence: its own figures',
    text: '某县2021年度项目支出绩效自评报告\n\n项目名称:城乡环卫一体化,预算500万元,实际支出486万元,执行率97.2%。',
    rows: [],
  },
  {
    layout:
      'labelled fields set apart by stops with a field of words after the money (,完成情况:良好;): the sentence rules read each project’s cued money up to it',
    text: '项目名称:森林防火,预算数:64.8万元,完成情况:良好;\n项目名称:天然林保护,预算数:120万元,完成情况:一般。',
    rows: ['森林防火 | 64.8 | - | - | 万元', '天然林保护 | 120 | - | - | 万元'],
  },
  {
    layout: 'refused: one project’s labelled fields set apart by stops are its own figures, not a task (convention 7)',
    text: '某县2023年度项目支出绩效自评报告\n\n项目名称:森林防火,预算数:64.8万元,执行数:60万元,执行率:92.59%。',
    rows: [],
  },
  {
    layout: 'refused: labelled fields on one line with a field of words after the money (完成情况:…): no row',
    text: '项目名称:森林防火  预算数:64.8万元  完成情况:良好\n项目名称:天然林保护  预算数:120万元  完成情况:一般',
    rows: [],
  },
  {
    layout: 'a budget column headed 预算批复数 or 预算总额 (with 实际支付数 / 实际使用 and their rate)',
    text: '| 项目名称 | 预算批复数 | 实际支付数 | 支付率 |\n|---|---|---|---|\n| 森林防火 | 64.8 | 64.8 | 100% |\n| 天然林保护 | 120 | 110 | 91.67% |\n\n| 项目名称 | 预算总额(万元) | 实际使用(万元) | 使用率 |\n|---|---|---|---|\n| 公益林补偿 | 300.5 | 300.5 | 100% |\n| 有害生物防治 | 25 | 20 | 80% |',
    rows: [
      '森林防火 | 64.8 | 64.8 | 100 | 万元',
      '天然林保护 | 120 | 110 | 91.67 | 万元',
      '公益林补偿 | 300.5 | 300.5 | 100 | 万元',
      '有害生物防治 | 25 | 20 | 80 | 万元',
    ],
  },
  {
    layout: 'refused: a column headed 预算批复文号 holds no budget (the document numbers are read past, the spending kept)',
    text: '| 项目名称 | 预算批复文号 | 实际支付数 |\n|---|---|---|\n| 森林防火 | 青财预〔2023〕5号 | 64.8 |\n| 天然林保护 | 青财预〔2023〕9号 | 110 |',
    rows: ['森林防火 | - | 64.8 | - | 万元', '天然林保护 | - | 110 | - | 万元'],
  },
  {
    layout: 'cells run together with both budgets: a budget of nothing checks no rate, so a cut spending against it is none',
    text: '项目名称 年初预算数 全年预算数 全年执行数 执行率\n森林防火64.864.864.8100%\n天然林保护12012011091.67%',
    rows: ['森林防火 | 64.8 | 64.8 | 100 | 万元', '天然林保护 | 120 | 110 | 91.67 | 万元'],
  },
];

/** Wordings and layouts of reports never seen by the rules above (found on fresh public pages, names and numbers invented). */
const UNSEEN_LAYOUTS: Example[] = [
  {
    layout: '到位资金 as an item’s budget cue (到 is the cue’s own word, no date’s)',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n1.戏曲进乡村经费,到位资金18.5万元,实际支出18.2万元,执行率98.38%。\n2.农家书屋补充经费,到位资金40万元,实际支出36万元,执行率90%。',
    rows: ['戏曲进乡村经费 | 18.5 | 18.2 | 98.38 | 万元', '农家书屋补充经费 | 40 | 36 | 90 | 万元'],
  },
  {
    layout: '到 before a date still opens the date the spending is counted to (到12月底已支付)',
    text: '1.戏曲进乡村经费,安排资金18.5万元,到12月底已支付18.2万元。\n2.农家书屋补充经费,安排资金40万元,到12月底已支付36万元。',
    rows: ['戏曲进乡村经费 | 18.5 | 18.2 | - | 万元', '农家书屋补充经费 | 40 | 36 | - | 万元'],
  },
  {
    layout: 'refused: the aspects of one project’s funds numbered as items (资金到位 / 资金使用) are no tasks',
    text: '某县2023年度项目支出绩效自评报告\n\n1.资金到位:到位资金120万元;\n2.资金使用:实际支出118万元,执行率98.33%。',
    rows: [],
  },
  {
    layout:
      'money disbursed (拨付资金) beside spending in stronger words: the spending is the execution, the disbursed amount the base its rate is measured on',
    text: '1.戏曲进乡村经费,拨付资金18.5万元,实际支出18.2万元,执行率98.38%。\n2.农家书屋补充经费,拨付资金40万元,实际支出36万元,执行率90%。',
    rows: ['戏曲进乡村经费 | 18.5 | 18.2 | 98.38 | 万元', '农家书屋补充经费 | 40 | 36 | 90 | 万元'],
  },
  {
    layout: 'money disbursed beside spending, no rate: the disbursed amount is no measure of the item',
    text: '1.戏曲进乡村经费,拨付资金18.5万元,实际支出18.2万元。\n2.农家书屋补充经费,拨付资金40万元,实际支出36万元。',
    rows: ['戏曲进乡村经费 | - | 18.2 | - | 万元', '农家书屋补充经费 | - | 36 | - | 万元'],
  },
  {
    layout: 'refused: two weak payments of one item (拨付资金, then 支付资金) leave its spending unknowable',
    text: '1.戏曲进乡村经费,拨付资金18.5万元,支付资金18.2万元。\n2.农家书屋补充经费,拨付资金40万元,支付资金36万元。',
    rows: [],
  },
  {
    layout: '投入资金 then 发放资金: the money put in is the budget the money handed out is set against',
    text: '1.困难老人慰问经费,投入资金12万元,发放资金11.6万元。\n2.高龄津贴,投入资金85万元,发放资金85万元。',
    rows: ['困难老人慰问经费 | 12 | 11.6 | - | 万元', '高龄津贴 | 85 | 85 | - | 万元'],
  },
  {
    layout: 'a clause that the works were finished (已完成验收) between an item’s budget and its spending is read past',
    text: '1.东山村产业路硬化项目,项目资金80万元,已完成验收,支付资金78万元。\n2.西岭村饮水安全项目,项目资金40万元,项目已竣工,支付资金40万元。',
    rows: ['东山村产业路硬化项目 | 80 | 78 | - | 万元', '西岭村饮水安全项目 | 40 | 40 | - | 万元'],
  },
  {
    layout: 'refused: after the works’ clause, spending named for another place (西岭村支付资金) is no spending of the item’s',
    text: '1.东山村产业路硬化项目,项目资金80万元,已完成验收,西岭村支付资金78万元。\n2.西岭村饮水安全项目,项目资金40万元,已完成验收,支付资金40万元。',
    rows: ['东山村产业路硬化项目 | 80 | - | - | 万元', '西岭村饮水安全项目 | 40 | 40 | - | 万元'],
  },
  {
    layout: 'an item’s budget broken down by source in brackets, its spending after the bracket (预算100万元(其中中央资金…),已支出…)',
    text: '1.村道硬化项目,预算100万元(其中中央资金80万元,县级资金20万元),已支出95万元。\n2.饮水安全项目,预算200万元(中央资金),已支出180万元。',
    rows: ['村道硬化项目 | 100 | 95 | - | 万元', '饮水安全项目 | 200 | 180 | - | 万元'],
  },
  {
    layout: 'refused: a bracket holding another item’s money (含桥梁维修项目支出20万元) ends the item’s reading there',
    text: '1.村道硬化项目,预算100万元(含桥梁维修项目支出20万元),已支出95万元。\n2.饮水安全项目,预算200万元,已支出180万元。',
    rows: ['村道硬化项目 | 100 | - | - | 万元', '饮水安全项目 | 200 | 180 | - | 万元'],
  },
  {
    layout: '投入 and the fund put in (投入衔接资金), then 已拨付: the money put in is the budget, as 投入资金 is',
    text: '该镇共实施衔接资金项目2个:村道硬化项目,投入衔接资金100万元,已拨付95万元;饮水安全项目,投入衔接资金200万元,已拨付180万元。',
    rows: ['村道硬化项目 | 100 | 95 | - | 万元', '饮水安全项目 | 200 | 180 | - | 万元'],
  },
  {
    layout: 'refused: 投入 and a named fund alone (投入衔接资金100万元;…) says no measure of the item',
    text: '村道硬化项目,投入衔接资金100万元;饮水安全项目,投入衔接资金200万元。',
    rows: [],
  },
  {
    layout: 'the sum’s word alone after the item’s name (,合计X万元), then its spending and rate: what the item had, its budget',
    text: '一是教师培训项目,合计75万元,已于本年度支出72万元,预算完成率96%;二是校舍维修项目,合计362.5万元,已于本年度支出362.5万元,预算完成率100%。',
    rows: ['教师培训项目 | 75 | 72 | 96 | 万元', '校舍维修项目 | 362.5 | 362.5 | 100 | 万元'],
  },
  {
    layout: 'what the item holds, 即 opening it, between its name and the sum (一是A,即B、C合计X万元,已支出…)',
    text: '一是教师培训项目,即乡村教师补助经费、国培配套经费合计75万元,已于本年度支出72万元,预算完成率96%;二是校舍维修项目,即薄弱学校改造资金合计362.5万元,已于本年度支出362.5万元,预算完成率100%。',
    rows: ['教师培训项目 | 75 | 72 | 96 | 万元', '校舍维修项目 | 362.5 | 362.5 | 100 | 万元'],
  },
  {
    layout: 'refused: the sum alone (一是A,合计X万元;…) may as well be what was spent, and says no measure of the item',
    text: '一是教师培训项目,合计75万元;二是校舍维修项目,合计362.5万元。',
    rows: [],
  },
  {
    layout: 'refused: 投入资金 alone may be the spending as well, and says no measure of the item',
    text: '1.困难老人慰问经费,投入资金12万元。\n2.高龄津贴,投入资金85万元。',
    rows: [],
  },
  {
    layout:
      'rows copied a line each whose wrapped names stand head above their amounts: a piece alone between two rows opens the next name',
    text: '项目名称 预算数 执行数 执行率\n乡村文化广场建设\n项目 60.00 58.00 96.67%\n送戏下乡补助经费 12.50 12.50 100.00%\n农家书屋图书更新\n补充项目 30.00 27.00 90.00%',
    rows: [
      '乡村文化广场建设项目 | 60.00 | 58.00 | 96.67 | 万元',
      '送戏下乡补助经费 | 12.50 | 12.50 | 100.00 | 万元',
      '农家书屋图书更新补充项目 | 30.00 | 27.00 | 90.00 | 万元',
    ],
  },
  {
    layout: 'refused as a head: a piece alone below the last row is that row’s tail still (a bracket it closes)',
    text: '项目名称 预算数 执行数 执行率\n乡村文化广场建设\n项目 60.00 58.00 96.67%\n送戏下乡补助经费 12.50 12.50 100.00%\n乡村道路养护经费 20.00 20.00 100.00%\n(含桥梁)',
    rows: [
      '乡村文化广场建设项目 | 60.00 | 58.00 | 96.67 | 万元',
      '送戏下乡补助经费 | 12.50 | 12.50 | 100.00 | 万元',
      '乡村道路养护经费(含桥梁) | 20.00 | 20.00 | 100.00 | 万元',
    ],
  },
  {
    layout: 'sections headed by a fund’s name ((二)…补助经费) in a copy whose lines run in one paragraph: the money under each is its own',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n(一)乡村文化广场建设项目\n项目概况:新建文化广场3处。\n资金情况:预算60万元,实际支出58万元,执行率96.67%。\n(二)送戏下乡补助经费\n项目概况:送戏下乡40场。\n资金情况:预算12.5万元,实际支出12.5万元,执行率100%。',
    rows: ['乡村文化广场建设项目 | 60 | 58 | 96.67 | 万元', '送戏下乡补助经费 | 12.5 | 12.5 | 100 | 万元'],
  },
  {
    layout:
      'items of their own headings (1.…项目) under a project’s section ((一)…项目): the money under each is its own, not the section’s',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n(一)林下经济发展项目\n\n主要用于林下种植示范。年初预算60万元,全年支出57万元。\n\n1.油茶低产林改造项目\n\n(1)项目概况。主要用于油茶林改造。\n\n(2)项目成效。年初预算30万元,全年支出30万元。\n\n2.林下中药材示范项目\n\n(1)项目概况。主要用于中药材示范。\n\n(2)项目成效。年初预算20万元,全年支出20万元。',
    rows: ['林下经济发展项目 | 60 | 57 | - | 万元', '油茶低产林改造项目 | 30 | 30 | - | 万元', '林下中药材示范项目 | 20 | 20 | - | 万元'],
  },
  {
    layout: 'refused: sections headed by classes of spending (人员经费 / 公用经费) are no projects’ sections',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n(一)人员经费\n资金情况:预算60万元,实际支出58万元。\n(二)公用经费\n资金情况:预算12.5万元,实际支出12.5万元。',
    rows: [],
  },
  {
    layout: 'a PDF’s layout copy (pdftotext -layout) whose header cells stand on three lines, each word at its column’s place',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n                          预算数       执行数\n  序号      项目名称                                  执行率\n                          (万元)       (万元)\n   1   乡村文化广场建设项目   60.00        58.00       96.67%\n   2   送戏下乡补助经费       12.50        12.50      100.00%',
    rows: ['乡村文化广场建设项目 | 60.00 | 58.00 | 96.67 | 万元', '送戏下乡补助经费 | 12.50 | 12.50 | 100.00 | 万元'],
  },
  {
    layout: 'refused: a stacked header over funding sources: no tasks',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n                          预算数       执行数\n  序号      项目名称                                  执行率\n                          (万元)       (万元)\n   1   财政拨款               60.00        58.00       96.67%\n   2   其他资金               12.50        12.50      100.00%',
    rows: [],
  },
  {
    layout: 'a table laid on its side (项目名称 heads the first row of names, each row below a measure): read turned back',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 乡村文化广场建设项目 | 送戏下乡补助经费 |\n|---|---|---|\n| 预算数(万元) | 60 | 12.5 |\n| 执行数(万元) | 58 | 12.5 |\n| 执行率 | 96.67% | 100% |',
    rows: ['乡村文化广场建设项目 | 60 | 58 | 96.67 | 万元', '送戏下乡补助经费 | 12.5 | 12.5 | 100 | 万元'],
  },
  {
    layout:
      'an allocation table laid on its side, its places in the first row under 县(市、区) and their 金额 below, its 合计 last: read turned back',
    text: '附表1:2023年农机补助资金分配表\n单位:万元\n\n| 县(市、区) | 东山 | 青河 | 白水 | 合计 |\n|---|---|---|---|---|\n| 金额 | 439 | 273 | 676 | 1388 |',
    rows: ['东山 | 439 | - | - | 万元', '青河 | 273 | - | - | 万元', '白水 | 676 | - | - | 万元'],
  },
  {
    layout: 'the same places one row each under 县(市、区) (the bracket is the header’s words, no remark read past)',
    text: '附表1:2023年农机补助资金分配表\n单位:万元\n\n| 县(市、区) | 金额 |\n|---|---|\n| 东山区 | 439 |\n| 青河县 | 273 |\n| 合计 | 712 |',
    rows: ['东山区 | 439 | - | - | 万元', '青河县 | 273 | - | - | 万元'],
  },
  {
    layout:
      'the places under 县(市) copied one cell a paragraph, its 合计 first under the header (the bracket naming the other level of place)',
    text: '2023年农机补助资金分配表\n\n单位:万元\n\n县(市)\n\n金额\n\n合计\n\n712\n\n东山县\n\n439\n\n青河市\n\n273',
    rows: ['东山县 | 439 | - | - | 万元', '青河市 | 273 | - | - | 万元'],
  },
  {
    layout: 'refused: a bracket naming no level of place after one (县(合计)) heads no place column',
    text: '2023年农机补助资金分配表\n\n单位:万元\n\n县(合计)\n\n金额\n\n合计\n\n712\n\n东山县\n\n439\n\n青河市\n\n273',
    rows: [],
  },
  {
    layout: 'refused: the places’ table on its side with a row of words (建设内容) below them is not turned back',
    text: '附表1:2023年农机补助资金分配表\n单位:万元\n\n| 县(市、区) | 东山 | 青河 | 白水 |\n|---|---|---|---|\n| 建设内容 | 育秧大棚 | 烘干中心 | 农机库 |\n| 金额 | 439 | 273 | 676 |',
    rows: [],
  },
  {
    layout: 'refused: a table on its side with a row of words (完成情况) among its measures is not turned back',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 乡村文化广场建设项目 | 送戏下乡补助经费 |\n|---|---|---|\n| 预算数(万元) | 60 | 12.5 |\n| 执行数(万元) | 58 | 12.5 |\n| 完成情况 | 已完成 | 已完成 |',
    rows: [],
  },
  {
    layout: 'a table copied column by column (pdftotext’s order): serial, names with their 合计, then each money column under its header',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n序号\n1\n2\n3\n项目名称\n戏曲进乡村经费\n农家书屋补充经费\n馆舍修缮项目\n合计\n预算数(万元)\n18.5\n40\n6\n64.5\n执行数(万元)\n18.2\n36\n6\n60.2\n执行率\n98.38%\n90%\n100%\n93.33%',
    rows: ['戏曲进乡村经费 | 18.5 | 18.2 | 98.38 | 万元', '农家书屋补充经费 | 40 | 36 | 90 | 万元', '馆舍修缮项目 | 6 | 6 | 100 | 万元'],
  },
  {
    layout: 'an evaluation notice copied column by column: 主管部门 and 等级 columns read past, the money column kept',
    text: '关于2023年度财政重点绩效评价结果的通报\n\n序号\n1\n2\n主管部门\n县文旅局\n县水务局\n项目名称\n乡村文化广场建设项目\n山塘整治项目\n资金量(万元)\n640\n215.5\n评价得分\n91\n83.5\n等级\n优\n良',
    rows: ['乡村文化广场建设项目 | 640 | - | - | 万元', '山塘整治项目 | 215.5 | - | - | 万元'],
  },
  {
    layout: 'refused: a notice copied column by column whose grade column is one cell short',
    text: '关于2023年度财政重点绩效评价结果的通报\n\n主管部门\n县文旅局\n县水务局\n项目名称\n乡村文化广场建设项目\n山塘整治项目\n资金量(万元)\n640\n215.5\n等级\n优',
    rows: [],
  },
  {
    layout: 'refused: a column copied one cell short (a blank cell lost) shifts its rows, and the columns read nothing',
    text: '项目名称\n戏曲进乡村经费\n农家书屋补充经费\n馆舍修缮项目\n预算数(万元)\n18.5\n40\n6\n执行数(万元)\n18.2\n36\n\n执行率\n98.38%\n90%\n100%',
    rows: [],
  },
  {
    layout: 'refused: funding sources copied column by column are no tasks',
    text: '资金来源\n财政资金\n其他资金\n预算数(万元)\n18.5\n40\n执行数(万元)\n18.2\n36',
    rows: [],
  },
];

/** Task tables of department-overall forms, project lists and evaluation notices, as real reports' copies arrive. */
const TASK_TABLE_COPIES: Example[] = [
  {
    layout: 'an evaluation notice’s title (…评价结果) a paragraph of its own over a header copied one cell a line: no header of the list',
    text: '某县2022年度项目绩效评价结果\n\n序号\n项目名称\n资金量(万元)\n评价等级\n1\n村级阵地提升工程\n86.00\n良\n2\n渔港清淤项目\n42.50\n优',
    rows: ['村级阵地提升工程 | 86.00 | - | - | 万元', '渔港清淤项目 | 42.50 | - | - | 万元'],
  },
  {
    layout: 'refused: the same notice listing funding sources',
    text: '某县2022年度项目绩效评价结果\n\n序号\n项目名称\n资金量(万元)\n评价等级\n1\n财政拨款\n86.00\n良\n2\n其他资金\n42.50\n优',
    rows: [],
  },
  {
    layout:
      'a layout copy of the 年度主要任务 block: the merged label heads a column the rows leave blank, units on the line below the money columns',
    text: '某县水利局2023年度部门整体支出绩效自评表\n\n  年度主要任务      任务名称            对应项目             全年预算数     执行数      执行率\n                                                           (万元)         (万元)\n                    山洪灾害防治        山洪监测预警经费       80.00        76.00      95.00%\n                    农村供水维护        供水工程维修养护       40.00        40.00      100.00%',
    rows: ['山洪灾害防治 | 80.00 | 76.00 | 95.00 | 万元', '农村供水维护 | 40.00 | 40.00 | 100.00 | 万元'],
  },
  {
    layout: 'refused: the same block whose rows are funding sources',
    text: '某县水利局2023年度部门整体支出绩效自评表\n\n  年度主要任务      任务名称            对应项目             全年预算数     执行数      执行率\n                                                           (万元)         (万元)\n                    财政拨款            山洪监测预警经费       80.00        76.00      95.00%\n                    其他资金            供水工程维修养护       40.00        40.00      100.00%',
    rows: [],
  },
  {
    layout: 'a numbered list whose name wraps into a row of its own (only the name cell filled): the end of the name above',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 预算数(万元) | 实际支出(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 山区小流域综合 | 90.00 | 81.00 | 90.00% |\n| | 治理工程 | | | |\n| 2 | 水文站网维护 | 16.00 | 16.00 | 100.00% |',
    rows: ['山区小流域综合治理工程 | 90.00 | 81.00 | 90.00 | 万元', '水文站网维护 | 16.00 | 16.00 | 100.00 | 万元'],
  },
  {
    layout: 'refused as a wrapped name: a class heading (…类) in a row of its own heads the rows below it',
    text: '某县水务局2023年度部门整体支出绩效自评报告\n\n| 序号 | 项目名称 | 预算数(万元) | 实际支出(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 山区小流域治理 | 90.00 | 81.00 | 90.00% |\n| | 运行维护类 | | | |\n| 2 | 水文站网维护 | 16.00 | 16.00 | 100.00% |',
    rows: ['山区小流域治理 | 90.00 | 81.00 | 90.00 | 万元', '水文站网维护 | 16.00 | 16.00 | 100.00 | 万元'],
  },
  {
    layout: 'refused: a row whose cells slid, a header word of the table (对应项目) under the task’s name, names no task',
    text: '某县农业农村局2023年度部门整体支出绩效自评表\n\n| 年度主要任务 | 任务名称 | 对应项目 | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|---|---|\n| | 耕地保护 | 耕地地力补贴 | 80.00 | 80.00 | 100.00% |\n| 对应项目 | 农机购置补贴 | 30.00 | 28.00 | 93.33% |\n| | 动物防疫 | 强制免疫 | 5.00 | 4.80 | 96.00% |',
    rows: ['耕地保护 | 80.00 | 80.00 | 100.00 | 万元', '动物防疫 | 5.00 | 4.80 | 96.00 | 万元'],
  },
  {
    layout: 'a form’s task rows copied label and value side by side on one line, spaces between, no colon',
    text: '某镇人民政府2023年度部门整体支出绩效自评表\n\n年度主要任务\n任务名称 基层党建 预算数 32.00 执行数 30.40 执行率 95.00%\n任务名称 村庄保洁 预算数(万元) 88.00 执行数(万元) 88.00 执行率 100%',
    rows: ['基层党建 | 32.00 | 30.40 | 95.00 | 万元', '村庄保洁 | 88.00 | 88.00 | 100 | 万元'],
  },
  {
    layout: 'refused: such lines with a words cell among the pairs, or one line alone (a one-project form’s own figures)',
    text: '某镇人民政府2023年度部门整体支出绩效自评表\n\n任务名称 基层党建 预算数 32.00 完成情况 已完成 执行率 95.00%\n任务名称 村庄保洁 预算数 88.00 执行数 88.00 执行率 100%',
    rows: [],
  },
  {
    layout: 'a budget table a row a line whose blank funding-source cells were dropped, its last row ending the text two cells short',
    text: '某县档案馆2024年部门预算公开说明\n\n项目支出预算表\n单位:万元\n项目名称 合计 一般公共预算 政府性基金预算 其他资金\n档案数字化加工 45.00 45.00\n档案库房安防改造 18.60 18.60',
    rows: ['档案数字化加工 | 45.00 | - | - | 万元', '档案库房安防改造 | 18.60 | - | - | 万元'],
  },
  {
    layout: 'refused: the same table listing spending classes (行政运行, 事业运行)',
    text: '某县档案馆2024年部门预算公开说明\n\n项目支出预算表\n单位:万元\n项目名称 合计 一般公共预算 政府性基金预算 其他资金\n行政运行 45.00 45.00\n事业运行 18.60 18.60',
    rows: [],
  },
  {
    layout: 'a project form one cell a line in 元 (项目资金(元)): its sub-items’ list under the same measures is in 元 too',
    text: '项目支出绩效自评表\n项目名称\n乡村污水治理\n\n项目资金(元)\n全年预算数\n全年执行数\n执行率\n\n年度资金总额\n900,000.00\n860,000.00\n95.56%\n\n资金用途\n全年预算数\n全年执行数\n执行率\n\n管网维修\n600,000.00\n580,000.00\n96.67%\n\n设施运维\n300,000.00\n280,000.00\n93.33%',
    rows: ['管网维修 | 600000.00 | 580000.00 | 96.67 | 元', '设施运维 | 300000.00 | 280000.00 | 93.33 | 元'],
  },
  {
    layout: 'a form’s money header in 元 over other measures than the list’s leaves the list in its default unit',
    text: '项目支出绩效自评表\n项目名称\n乡村污水治理\n\n项目资金(元)\n年初预算数\n全年执行数\n\n年度资金总额\n900,000.00\n860,000.00\n\n资金用途\n全年预算数\n全年执行数\n执行率\n\n管网维修\n60.00\n58.00\n96.67%\n\n设施运维\n30.00\n28.00\n93.33%',
    rows: ['管网维修 | 60.00 | 58.00 | 96.67 | 万元', '设施运维 | 30.00 | 28.00 | 93.33 | 万元'],
  },
];

/**
 * Per-project money as department reports state it in prose (the 项目支出 paragraphs of self-evaluations), in the
 * wordings, orders and cuts the rules above were not written on; and what in such paragraphs is no task.
 */
const PROSE_SHAPES: Example[] = [
  {
    layout:
      'an allocation stated in a sentence, then in its table, both in one paragraph: each place’s row once (one row read twice in a list stays two rows: 水果基地 above)',
    text: '根据有关规定,现将甲省追加的2018年东西部扶贫协作资金分配情况公告如下:\n一、资金来源\n甲省追加2018年东西部扶贫协作专项资金600万元。\n二、资金结构\n经市政府常务会议研究决定将本批追加的600万资金全部分配给6县区,其中:东山区81万元,西河县122万元,南岭县97万元,北坡县100万元,主要用于村级卫生室改扩建项目;另安排上湾区、下湾县各100万元,用于巩固提升项目。\n三、资金分配情况表\n市级财政扶贫专项资金分配表 县区名称 资金分配额(万元) 备注 合计 600 东山区 81 上湾区 100 西河县 122 南岭县 97 北坡县 100 下湾县 100',
    rows: [
      '东山区 | 81 | - | - | 万元',
      '上湾区 | 100 | - | - | 万元',
      '西河县 | 122 | - | - | 万元',
      '南岭县 | 97 | - | - | 万元',
      '北坡县 | 100 | - | - | 万元',
      '下湾县 | 100 | - | - | 万元',
    ],
  },
  {
    layout: 'each project’s spending as its account settled at the year’s end (年末结算支出) and its progress as a ratio (支出进度比率)',
    text: '我院2018年共有3个支出项目,所有项目皆按照年初预算执行。其中,法院执行年初预算数6万元,年末结算支出6万元,项目资金支出进度比率为100%;案件审判411.95万元,年末结算支出411.95万元,项目资金支出进度比率为100%;两庭及装备更新维护195.00万元,年末结算支出195万元,项目资金支出进度比率为100%。',
    rows: ['法院执行 | 6 | 6 | 100 | 万元', '案件审判 | 411.95 | 411.95 | 100 | 万元', '两庭及装备更新维护 | 195.00 | 195 | 100 | 万元'],
  },
  {
    layout: 'refused: what was left at the year’s end (年末结余) is no spending: no such list',
    text: '我院2018年共有3个支出项目,所有项目皆按照年初预算执行。其中,法院执行年初预算数6万元,年末结余6万元,项目资金支出进度比率为100%;案件审判411.95万元,年末结余411.95万元,项目资金支出进度比率为100%;两庭及装备更新维护195.00万元,年末结余195万元,项目资金支出进度比率为100%。',
    rows: [],
  },
  {
    layout: 'quoted names after a comma, each its amount alone in brackets, adding up exactly to the grant stated before (437 = 272 + 165)',
    text: '市财政局向我市下达2023年中央土壤污染防治资金437万元。我市将该笔资金下拨至甲旗和乙旗,“甲旗化工厂地块土壤污染状况详细调查”(272万元)和“乙旗受污染耕地安全利用项目”(165万元)。',
    rows: ['甲旗化工厂地块土壤污染状况详细调查 | 272 | - | - | 万元', '乙旗受污染耕地安全利用项目 | 165 | - | - | 万元'],
  },
  {
    layout: 'refused: the same whose bracketed amounts add up to no amount stated before: no rows',
    text: '市财政局向我市下达2023年中央土壤污染防治资金437万元。我市将该笔资金下拨至甲旗和乙旗,“甲旗化工厂地块土壤污染状况详细调查”(272万元)和“乙旗受污染耕地安全利用项目”(160万元)。',
    rows: [],
  },
  {
    layout:
      'a sum, then 分别为: and each item’s grant and leftover in turn, the first name opening with its year (分别为:2024年甲村…): a year is no amount',
    text: '审计结余资金9万元,分别为:2024年东村道路硬化项目下达资金40万元,结余资金2万元;2024年脱贫人口小额信贷贴息下达资金30万元,结余资金3万元;2024年西村灌溉渠修复项目下达资金25万元,结余资金4万元。',
    rows: [
      '2024年东村道路硬化项目 | 40 | - | - | 万元',
      '2024年脱贫人口小额信贷贴息 | 30 | - | - | 万元',
      '2024年西村灌溉渠修复项目 | 25 | - | - | 万元',
    ],
  },
  {
    layout:
      'refused: 分别为 before amounts in turn (2024万元 is money, no year), each the item’s of a list named before: no rows from the amounts alone',
    text: '两个项目资金分别为:2024万元、1500万元。',
    rows: [],
  },
  {
    layout:
      'two items a colon opens with no total stated, each amount in its bracket, filling the sentence (主要包括:A(60万元)、B(40万元)。)',
    text: '2023年度某县高标准农田建设项目绩效自评报告\n\n项目支出主要包括:甲渠道工程(60万元)、乙道路工程(40万元)。',
    rows: ['甲渠道工程 | - | 60 | - | 万元', '乙道路工程 | - | 40 | - | 万元'],
  },
  {
    layout: 'refused: the same two bracketed items with words after the last one (…(40万元),较上年增加5万元): the sentence not filled',
    text: '2023年度某县高标准农田建设项目绩效自评报告\n\n项目支出主要包括:甲渠道工程(60万元)、乙道路工程(40万元),较上年增加5万元。',
    rows: [],
  },
  {
    layout: 'refused: two classes of spending after 用于 (人员经费, 公用经费; 工资福利支出, 商品和服务支出): no tasks',
    text: '某县文化和旅游局2023年度部门整体支出绩效自评报告\n\n资金主要用于人员经费60万元和公用经费40万元。基本支出主要用于工资福利支出60万元和商品和服务支出40万元。',
    rows: [],
  },
  {
    layout: 'each item’s spending run on after its amount with no comma (A工程60万元已支付60万元,B工程…)',
    text: '2023年度某县高标准农田建设项目绩效自评报告\n\n项目资金100万元,其中甲渠道工程60万元已支付60万元,乙道路工程40万元已支付38万元。',
    rows: ['甲渠道工程 | 60 | 60 | - | 万元', '乙道路工程 | 40 | 38 | - | 万元'],
  },
  {
    layout: 'refused: an item “partly paid” (已支付部分资金) with no amount is no remark: the list is not read',
    text: '2023年度某县高标准农田建设项目绩效自评报告\n\n项目资金100万元,其中甲渠道工程60万元已支付部分资金,乙道路工程40万元已支付38万元。',
    rows: [],
  },
  {
    layout: 'an item “all paid” (已全部支付) with no amount: a remark read past, its spending not stated',
    text: '2023年度某县高标准农田建设项目绩效自评报告\n\n项目资金100万元,其中甲渠道工程60万元已全部支付,乙道路工程40万元已支付38万元。',
    rows: ['甲渠道工程 | 60 | - | - | 万元', '乙道路工程 | 40 | 38 | - | 万元'],
  },
  {
    layout: 'the title run into the first line (no blank line under it): its 支出 does not make the parts of a 资金总额 spending',
    text: '2022年某县卫生健康局项目支出绩效自评报告\n项目资金总额80万元,其中甲医疗设备购置60万元、乙医生培训20万元。',
    rows: ['甲医疗设备购置 | 60 | - | - | 万元', '乙医生培训 | 20 | - | - | 万元'],
  },
  {
    layout: 'refused: after the run-in title the clause itself spends (项目资金支出80万元): the parts stay spending',
    text: '2022年某县卫生健康局项目绩效自评报告\n项目资金支出80万元,其中甲医疗设备购置60万元、乙医生培训20万元。',
    rows: ['甲医疗设备购置 | - | 60 | - | 万元', '乙医生培训 | - | 20 | - | 万元'],
  },
  {
    layout: 'a line break between an amount and its 万元 (the next line opens with the unit): one item, not two',
    text: '某县市场监管局2023年度部门整体支出绩效自评报告\n\n项目支出情况。甲检测项目,全年预算92.3万元,实际支出90.1\n万元,预算执行率97.62%;乙监管项目,全年预算24万元,实际支出22.8万元,预算执行率95%。',
    rows: ['甲检测项目 | 92.3 | 90.1 | 97.62 | 万元', '乙监管项目 | 24 | 22.8 | 95 | 万元'],
  },
  {
    layout: 'refused: the unit’s projects counted before 其中 (我局共有项目4个,全年预算…) are their total, no item',
    text: '某区民政局2023年度部门整体支出绩效自评报告\n\n本年度我局共有项目2个,全年预算500万元,实际支出480万元。其中:甲救助项目预算300万元,支出290万元,执行率96.67%;乙服务项目预算200万元,支出190万元,执行率95%。',
    rows: ['甲救助项目 | 300 | 290 | 96.67 | 万元', '乙服务项目 | 200 | 190 | 95 | 万元'],
  },
  {
    layout: 'refused: the count before the projects (2023年度共实施2个项目,总预算…; 共实施12个项目) is their total, no item',
    text: '某镇2023年度项目支出绩效自评报告\n\n2023年度共实施2个项目,总预算140万元。甲村产业路项目计划投资80万元,实际完成78万元;乙村蔬菜大棚项目计划投资60万元,实际完成57.1万元。',
    rows: ['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元'],
  },
  {
    layout: 'refused: a count of projects its verb was stripped from (共实施12个项目 → 12个项目), no item',
    text: '某镇2023年度项目支出绩效自评报告\n\n本镇共实施2个衔接资金项目,总预算140万元。甲村产业路项目计划投资80万元,实际完成78万元;乙村蔬菜大棚项目计划投资60万元,实际完成57.1万元。',
    rows: ['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元'],
  },
  {
    layout: 'refused: the projects of one fund counted together (共安排衔接资金项目3个,资金总额…) are their total, no item',
    text: '某县2023年度衔接资金项目绩效自评报告\n\n2023年共安排衔接资金项目3个,资金总额470万元。具体为:\n1.甲镇产业路项目,安排资金150万元,已支付150万元,支付率100%;\n2.乙村大棚项目,安排资金240万元,已支付216万元,支付率90%;\n3.丙村环境整治项目,安排资金80万元,已支付76万元,支付率95%。',
    rows: ['甲镇产业路项目 | 150 | 150 | 100 | 万元', '乙村大棚项目 | 240 | 216 | 90 | 万元', '丙村环境整治项目 | 80 | 76 | 95 | 万元'],
  },
  {
    layout: 'an item’s spending named by its amount (支出金额 / 拨付金额), as its budget is (预算金额)',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n项目支出绩效情况:\n(1)甲资助项目,预算金额640万元,支出金额627.2万元,资金执行率98%;\n(2)乙维修项目,预算金额150万元,拨付金额135万元,资金执行率90%;',
    rows: ['甲资助项目 | 640 | 627.2 | 98 | 万元', '乙维修项目 | 150 | 135 | 90 | 万元'],
  },
  {
    layout: 'the title pasted with no blank line under it, then a count of projects announcing them by a colon',
    text: '某县卫生健康局2023年度部门整体支出绩效自评报告\n3个重点项目预算安排及执行情况:甲服务项目620.5万元,执行612.3万元;乙补助项目300万元,执行285万元;丙签约项目50万元,执行48万元。',
    rows: ['甲服务项目 | 620.5 | 612.3 | - | 万元', '乙补助项目 | 300 | 285 | - | 万元', '丙签约项目 | 50 | 48 | - | 万元'],
  },
  {
    layout: 'a colon right after the money’s own name (…专项资金:) announces its items, no total stated, a name broken over two lines',
    text: '某县疾控中心2022年度项目支出绩效自评报告\n\n2022年财政预算我单位专项资金:免疫规划经费26.4万元、非税\n成本12万元、饮用水监测5.4万元、疾病防控29.11万元。',
    rows: [
      '免疫规划经费 | 26.4 | - | - | 万元',
      '非税成本 | 12 | - | - | 万元',
      '饮用水监测 | 5.4 | - | - | 万元',
      '疾病防控 | 29.11 | - | - | 万元',
    ],
  },
  {
    layout: '具体是: announcing the parts of a unit’s allotment, as 具体为: does',
    text: '某自治区文物局2020年度专项资金绩效自评报告\n\n一是甲管理处,下达预算资金7765万元。具体是:甲修缮展示工程项目3005万元;甲结构检测工程项目1235万元;甲古籍保护二期项目255万元;甲消防提升工程项目3270万元。',
    rows: [
      '甲修缮展示工程项目 | 3005 | - | - | 万元',
      '甲结构检测工程项目 | 1235 | - | - | 万元',
      '甲古籍保护二期项目 | 255 | - | - | 万元',
      '甲消防提升工程项目 | 3270 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: the same colon before funding sources, or before the money’s own fields',
    text: '某县疾控中心2022年度项目支出绩效自评报告\n\n项目资金:中央资金80万元、省级资金50万元、县级资金20万元。\n\n年度资金:预算数100万元,执行数95万元,执行率95%。',
    rows: [],
  },
  {
    layout: 'refused: the classes of basic spending named with what they hold (…等人员经费, …等日常公用经费), numbered 一是 二是',
    text: '某县教育局2022年度部门整体支出绩效自评报告\n\n2、使用情况。用于基本支出4070.14万元,一是在职人员基本工资、津贴补贴、退休费等人员经费3465.12万元,二是办公费、印刷费、差旅费等日常公用经费605.02万元。',
    rows: [],
  },
  {
    layout: 'an item’s spending of one fund among its sources, its rate of that fund: the fund’s part is the budget (no false rate.task)',
    text: '某镇2023年度衔接资金项目绩效自评报告\n\n1.甲村产业路硬化项目:项目总投资55万元,其中衔接资金50万元,群众自筹5万元。截至年底已支付衔接资金50万元,支付率100%。\n2.乙村大棚建设项目:项目总投资90万元,其中衔接资金80万元,村集体自筹10万元。截至年底已支付衔接资金76万元,支付率95%。',
    rows: ['甲村产业路硬化项目 | 50 | 50 | 100 | 万元', '乙村大棚建设项目 | 80 | 76 | 95 | 万元'],
  },
  {
    layout: 'refused: the same where the spending names no fund of the parts, or the rate is of the whole investment',
    text: '某镇2023年度衔接资金项目绩效自评报告\n\n1.甲村产业路硬化项目:项目总投资55万元,其中衔接资金50万元,群众自筹5万元。截至年底已支付50万元,支付率100%。\n2.乙村大棚建设项目:项目总投资90万元,其中衔接资金80万元,村集体自筹10万元。截至年底已支付衔接资金76万元,支付率84.44%。',
    rows: ['甲村产业路硬化项目 | 55 | 50 | 100 | 万元', '乙村大棚建设项目 | 90 | 76 | 84.44 | 万元'],
  },
  {
    layout: '分项目执行: announces items named without 项目, as 各项目执行情况: does',
    text: '# 某县2023年度农村公路养护项目绩效自评报告\n\n项目全年预算500万元,实际支出480万元,执行率96%。分项目执行:县道养护预算200万元,执行率95%;乡道养护预算300万元,执行率96.67%。',
    rows: ['县道养护 | 200 | - | 95 | 万元', '乡道养护 | 300 | - | 96.67 | 万元'],
  },
  {
    layout: 'a rate after a clause totalling the items (…,合计支出120万元,执行率100%) is the total’s, not the last item’s',
    text: '某镇2022年度一事一议财政奖补项目绩效自评报告\n\n项目资金执行情况:甲村道路硬化项目支出40万元,乙村文化广场项目支出35万元,丙村路灯安装项目支出45万元,合计支出120万元,执行率100%。',
    rows: ['甲村道路硬化项目 | - | 40 | - | 万元', '乙村文化广场项目 | - | 35 | - | 万元', '丙村路灯安装项目 | - | 45 | - | 万元'],
  },
  {
    layout: 'refused: an item’s own total (A项目资金合计100万元) keeps the rate after it the item’s',
    text: '某县2022年度部门整体支出绩效自评报告\n\n甲项目资金合计100万元,执行率95%;乙项目资金合计80万元,执行率90%。',
    rows: ['甲项目资金 | 100 | - | 95 | 万元', '乙项目资金 | 80 | - | 90 | 万元'],
  },
  {
    layout: 'a project named 共有产权… is one project, not the unit’s projects counted',
    text: '某区住建局2023年度部门整体支出绩效自评报告\n\n共有产权住房项目,全年预算300万元,实际支出290万元;老旧小区改造项目,全年预算120万元,实际支出118万元。',
    rows: ['共有产权住房项目 | 300 | 290 | - | 万元', '老旧小区改造项目 | 120 | 118 | - | 万元'],
  },
  {
    layout: 'a name line over its fields, each a cue, a colon and an amount, joined by ";" (预算数:…;执行数:…;执行率:…)',
    text: '某县规划局2023年度部门整体支出绩效自评报告\n\n村庄规划编制项目\n预算数:140万元;执行数:128.8万元;执行率:92%。\n\n测绘成果更新项目\n预算数:56万元;执行数:56万元;执行率:100%。',
    rows: ['村庄规划编制项目 | 140 | 128.8 | 92 | 万元', '测绘成果更新项目 | 56 | 56 | 100 | 万元'],
  },
  {
    layout: 'refused: a funding source after ";" (中央资金:…) is no field of the item above it, and breaks the run of items',
    text: '某县规划局2023年度部门整体支出绩效自评报告\n\n村庄规划编制项目\n预算数:140万元;中央资金:80万元。\n\n测绘成果更新项目\n预算数:56万元;中央资金:20万元。',
    rows: [],
  },
  {
    layout: 'numbered items whose first sub-section gives the money after 该项目 and the year (该项目2023年预算资金…)',
    text: '某县生态环境分局2023年度部门整体支出绩效自评报告\n\n1、扬尘治理项目\n\n(1)项目资金情况:该项目2023年预算资金90万元,实际支出81万元,执行率90%。\n(2)项目绩效情况:降尘量下降8%。\n\n2、土壤监测项目\n\n(1)项目资金情况:该项目2023年预算资金40万元,实际支出38万元,执行率95%。',
    rows: ['扬尘治理项目 | 90 | 81 | 90 | 万元', '土壤监测项目 | 40 | 38 | 95 | 万元'],
  },
  {
    layout: '本年度 before the cue (本年度下达资金…), names in quotes',
    text: '某县妇联2023年度部门整体支出绩效自评报告\n\n“春蕾”助学项目:本年度下达资金18万元,实际支出18万元,执行率100%。\n\n妇女维权服务项目:本年度下达资金9.5万元,实际支出8.8万元,执行率92.63%。',
    rows: ['“春蕾”助学项目 | 18 | 18 | 100 | 万元', '妇女维权服务项目 | 9.5 | 8.8 | 92.63 | 万元'],
  },
  {
    layout: '年初安排预算 (the initial budget) and 完成年度预算的 N% (the rate)',
    text: '某县城管局2023年度部门整体支出绩效自评报告\n\n1.路灯维护项目。年初安排预算80万元,已支出76万元,完成年度预算的95%。\n\n2.公厕保洁项目。年初安排预算40万元,已支出40万元,完成年度预算的100%。',
    rows: ['路灯维护项目 | 80 | 76 | 95 | 万元', '公厕保洁项目 | 40 | 40 | 100 | 万元'],
  },
  {
    layout: 'a verb and the kind of money it moved before the amount (全年安排…专项经费 / 发放…津贴 / 已拨付工程款)',
    text: '某县应急管理局2023年度部门整体支出绩效自评报告\n\n1.森林防火工作。全年安排森林防火专项经费30万元,已支出28.5万元,执行率95%。\n\n2.高龄津贴发放,全年发放高龄津贴22.4万元,惠及老人860人。\n\n3.危房改造项目,上级下达资金120万元,已拨付工程款96万元,资金拨付率80%。',
    rows: ['森林防火工作 | 30 | 28.5 | 95 | 万元', '高龄津贴发放 | - | 22.4 | - | 万元', '危房改造项目 | 120 | 96 | 80 | 万元'],
  },
  {
    layout: '批复预算资金 as a budget cue, beside 年初安排预算',
    text: '某县住建局2023年度部门整体支出绩效自评报告\n\n保障性住房项目:批复预算资金300万元,已兑付租赁补贴290万元,执行率96.67%。\n\n市政维护项目:年初安排预算80万元,全年使用资金78万元,执行率97.5%。',
    rows: ['保障性住房项目 | 300 | 290 | 96.67 | 万元', '市政维护项目 | 80 | 78 | 97.5 | 万元'],
  },
  {
    layout: 'refused: a verb before a fund named by its level (下达中央资金 / 下达省级资金) is a source of the item, no measure of it',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n\n1.河道整治项目,下达中央资金200万元,下达省级资金100万元。\n\n2.水库维修项目,下达中央资金80万元,下达县级资金20万元。',
    rows: [],
  },
  {
    layout:
      'an item’s budget split by source inside its clause (其中中央资金…,省级资金…;实际支出…): the sources read past, the spending kept',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n1.种粮补贴项目:全年预算420万元,其中中央资金300万元,省级资金120万元;实际支出410万元,执行率97.62%。\n2.农机推广项目:全年预算60万元,实际支出54万元,执行率90%。',
    // (the second item first: the sentence rules read it, the list reader adds the first)
    rows: ['种粮补贴项目 | 420 | 410 | 97.62 | 万元', '农机推广项目 | 60 | 54 | 90 | 万元'],
  },
  {
    layout: 'refused as an item’s amount: a source named after the verb (安排中央补助资金…、县级配套资金…) is no budget of the item',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n1.送戏下乡项目。该项目全年安排中央补助资金12万元、县级配套资金3万元,已支出14.6万元。\n\n2.书画培训活动。全年安排活动经费8万元,已使用7.2万元,执行率90%。',
    rows: ['送戏下乡项目 | - | 14.6 | - | 万元', '书画培训活动 | 8 | 7.2 | 90 | 万元'],
  },
  {
    layout: 'unnumbered name sentences, one a paragraph, a name ending in 费用 among them',
    text: '某县审计局2023年度部门整体支出绩效自评报告\n\n审计业务经费。年初预算30万元,调整预算32万元,实际支出31万元,预算执行率96.88%。\n\n聘请中介机构费用。年初预算40万元,调整预算40万元,实际支出36万元,预算执行率90%。',
    rows: ['审计业务经费 | 32 | 31 | 96.88 | 万元', '聘请中介机构费用 | 40 | 36 | 90 | 万元'],
  },
  {
    layout: 'a project’s money, then 项目资金主要用于: its sub-items, each a name and its 安排资金 (the colon opens a list of its own)',
    text: '某社区服务项目2023年度绩效自评报告\n\n该项目由区民政局组织实施,全年预算资金300万元,实际支出290万元,预算执行率96.67%。\n\n项目资金主要用于:日间照料中心运营,安排资金180万元;助餐点改造,安排资金80万元;护理员培训,安排资金40万元。',
    rows: ['日间照料中心运营 | 180 | - | - | 万元', '助餐点改造 | 80 | - | - | 万元', '护理员培训 | 40 | - | - | 万元'],
  },
];

/** Amount first, each clause its own verb, then 用于 and the use (purposeClauses.ts): the verb says the measure. */
const PURPOSE_CLAUSES: Example[] = [
  {
    layout: 'clauses joined by 、, each with its verb (安排X万元用于A、安排Y万元用于B): budgets',
    text: '某县2023年度专项资金绩效自评报告\n\n全年安排310万元用于河道堤防加固、安排95万元用于山洪灾害预警。',
    rows: ['河道堤防加固 | 310 | - | - | 万元', '山洪灾害预警 | 95 | - | - | 万元'],
  },
  {
    layout: 'the kind of money opening each clause, no verb, the clauses announced (…资金分别是:棚改专项债X万元用于A、…): budgets',
    text: '某区财政局2021年度新增债券资金绩效自评报告\n\n2021年我区新增债券资金分别是:棚改专项债6000万元用于城中村棚户区改造项目、产业园区专项债7500万元用于某镇现代产业园区项目。',
    rows: ['城中村棚户区改造项目 | 6000 | - | - | 万元', '某镇现代产业园区项目 | 7500 | - | - | 万元'],
  },
  {
    layout: 'the same in traditional characters (分別是, 萬元), the names as written',
    text: '某區財政局2021年度新增債券資金績效自評報告\n\n2021年某區新增債券資金分別是:棚改專項債6000萬元用于城中村棚戶區改造項目、產業園區專項債7500萬元用于某鎮現代產業園區項目。',
    rows: ['城中村棚戶區改造項目 | 6000 | - | - | 万元', '某鎮現代產業園區項目 | 7500 | - | - | 万元'],
  },
  {
    layout: 'the announcing words name spending (资金支出分别是:…): each clause’s amount its spending',
    text: '某县2023年度专项资金绩效自评报告\n\n2023年项目资金支出分别是:防汛物资资金30万元用于防汛物资储备、水文监测经费20万元用于水文站点运行维护。',
    rows: ['防汛物资储备 | - | 30 | - | 万元', '水文站点运行维护 | - | 20 | - | 万元'],
  },
  {
    layout: 'refused: announced clauses whose money is named by its level (中央资金 / 省级资金): the sources of the money, no items',
    text: '某县2023年度专项资金绩效自评报告\n\n2023年项目资金分别是:中央资金300万元用于河道清淤、省级资金100万元用于堤防加固。',
    rows: [],
  },
  {
    layout: 'refused: clauses opening on their kind of money with nothing announcing them and no verb: what the amounts are is unsaid',
    text: '某县2023年度专项资金绩效自评报告\n\n2023年,防汛物资资金30万元用于防汛物资储备、水文监测经费20万元用于水文站点运行维护。',
    rows: [],
  },
  {
    layout: 'the place that speaks for itself by its name before the verb (某区安排…用于A,安排…用于B): budgets',
    text: '某区财政局2021年度新增债券资金绩效自评报告\n\n2021年某区安排专项资金6000万元用于城中村棚户区改造项目,安排7500万元用于某镇现代产业园区项目。',
    rows: ['城中村棚户区改造项目 | 6000 | - | - | 万元', '某镇现代产业园区项目 | 7500 | - | - | 万元'],
  },
  {
    layout: 'refused: a place before the verb that gives each of its towns the same sum (每个乡镇安排20万元用于A) states a rate of giving',
    text: '某区财政局2021年度专项资金绩效自评报告\n\n2021年某区每个乡镇安排20万元用于村庄清洁行动,安排15万元用于农村厕所改造。',
    rows: [],
  },
  {
    layout: '安排 X万元用于A, three clauses: budgets',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n\n全年安排310万元用于河道堤防加固,安排95万元用于山洪灾害预警,安排42万元用于水文站点维护。',
    rows: ['河道堤防加固 | 310 | - | - | 万元', '山洪灾害预警 | 95 | - | - | 万元', '水文站点维护 | 42 | - | - | 万元'],
  },
  {
    layout: '下达资金X万元,用于A; (a comma before 用于, clauses joined by ;) after a run-in heading: budgets',
    text: '某县教育局2023年度部门整体支出绩效自评报告\n\n三、项目资金使用情况\n上级下达资金88万元,用于校舍安全排查;下达资金36万元,用于学生营养餐补助。',
    rows: ['校舍安全排查 | 88 | - | - | 万元', '学生营养餐补助 | 36 | - | - | 万元'],
  },
  {
    layout: '拨付X资金 n元用于A, yuan with thousands separators: spending',
    text: '某县残联2023年度部门整体支出绩效自评报告\n\n全年拨付康复救助资金1,260,000.00元用于残疾儿童康复训练,拨付托养补贴资金348,500.00元用于重度残疾人托养服务。',
    rows: ['残疾儿童康复训练 | - | 1260000.00 | - | 元', '重度残疾人托养服务 | - | 348500.00 | - | 元'],
  },
  {
    layout: '使用资金X万元用于A: spending',
    text: '某县林业局2023年度部门整体支出绩效自评报告\n\n使用资金27万元用于林下经济示范,使用资金16.5万元用于野生动物疫源监测。',
    rows: ['林下经济示范 | - | 27 | - | 万元', '野生动物疫源监测 | - | 16.5 | - | 万元'],
  },
  {
    layout: 'a clause with no verb carries the verb of the clause before it (安排A万元用于X,B万元用于Y)',
    text: '某县司法局2023年度部门整体支出绩效自评报告\n\n全年安排64万元用于公共法律服务站点运行,21万元用于普法宣传月活动,9.8万元用于行政复议听证。',
    rows: ['公共法律服务站点运行 | 64 | - | - | 万元', '普法宣传月活动 | 21 | - | - | 万元', '行政复议听证 | 9.8 | - | - | 万元'],
  },
  {
    layout: 'the body that gave the money before its verb (省发展改革委下达), in 亿元; 实际支出 clauses after a date',
    text: '某市发展和改革局2023年度部门整体支出绩效自评报告\n\n2023年省发展改革委下达1.6亿元用于保障性安居工程配套,下达0.42亿元用于粮食仓储设施。\n\n截至12月底,实际支出38万元用于价格监测,实际支出12.5万元用于成本调查。',
    rows: [
      '保障性安居工程配套 | 1.6 | - | - | 亿元',
      '粮食仓储设施 | 0.42 | - | - | 亿元',
      '价格监测 | - | 38 | - | 万元',
      '成本调查 | - | 12.5 | - | 万元',
    ],
  },
  {
    layout: 'refused: a list whose first clause names no verb (30万元用于A,安排20万元用于B) says not what its first amount is',
    text: '某县统计局2023年度部门整体支出绩效自评报告\n\n30万元用于经济普查,安排20万元用于农业普查。',
    rows: [],
  },
  {
    layout: 'the sentence after the budgets names each use again with its spending (A实际支出X万元,B实际支出…)',
    text: '某县交通运输局2023年度部门整体支出绩效自评报告\n\n全年安排260万元用于县道安保设施完善,安排75万元用于渡口渡船安全管理。截至年底,县道安保设施完善实际支出251.4万元,渡口渡船安全管理实际支出70万元。',
    rows: ['县道安保设施完善 | 260 | 251.4 | - | 万元', '渡口渡船安全管理 | 75 | 70 | - | 万元'],
  },
  {
    layout: 'refused as spending: a sentence after the budgets that names one use only, or holds other money, adds nothing',
    text: '某县交通运输局2023年度部门整体支出绩效自评报告\n\n全年安排260万元用于县道安保设施完善,安排75万元用于渡口渡船安全管理。县道安保设施完善实际支出251.4万元,另支付质保金12万元。',
    rows: ['县道安保设施完善 | 260 | - | - | 万元', '渡口渡船安全管理 | 75 | - | - | 万元'],
  },
  {
    layout: 'refused: 投入 X万元用于A says neither budget nor spending',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n全年投入610万元用于设施农业大棚,投入230万元用于农产品冷链仓储。',
    rows: [],
  },
  {
    layout: 'refused: money named by its level of government (中央资金 / 省级资金) is a source, not an item',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n安排中央资金400万元用于农田水利设施,安排省级资金150万元用于耕地质量提升。',
    rows: [],
  },
  {
    layout: 'refused: money per town and per household (每个乡镇安排 / 每户) is a rate of giving',
    text: '某县民政局2023年度部门整体支出绩效自评报告\n\n每个乡镇安排15万元用于敬老院维修,安排每户2000元用于危房加固。',
    rows: [],
  },
  {
    layout: 'refused: a use that is a spending class (人员经费 / 办公费)',
    text: '某县文化馆2023年度部门整体支出绩效自评报告\n\n全年支出48万元用于人员经费,支出9.6万元用于办公费。',
    rows: [],
  },
  {
    layout: 'refused: a use that is a whole sentence of what was done',
    text: '某县体育局2023年度部门整体支出绩效自评报告\n\n安排40万元用于组织全县各乡镇开展农民趣味运动会并按要求完成赛事安全保障工作,安排25万元用于青少年足球夏令营。',
    rows: [],
  },
  {
    layout: 'refused: one clause alone, and budgets and spending mixed in one list',
    text: '某县住建局2023年度部门整体支出绩效自评报告\n\n安排70万元用于燃气管网巡检。\n\n下达120万元用于背街小巷改造,拨付60万元用于路灯维修。',
    rows: [],
  },
  {
    layout: 'refused: a proposal (拟安排) and money sought (争取) are no budget',
    text: '某县商务局2023年度部门整体支出绩效自评报告\n\n拟安排30万元用于电商进农村培训,拟安排12万元用于展会参展。争取资金50万元用于县域商业体系建设,争取资金20万元用于冷链物流。',
    rows: [],
  },
];

/**
 * Project tables (序号 | 项目名称 | 预算数 | 执行数 | 执行率 | 原因) as web pages and PDF copies flatten them: the 原因
 * column's words beside each rate, blank (an empty line, or dropped) for a project spent in full, a numbered
 * row whose name wraps onto the line of its numbers, and a notice whose 序号 and grade cells are blank.
 */
const FLAT_PROJECT_TABLES: Example[] = [
  {
    layout: 'a project table copied one cell a line, its 原因 column blank for a project spent in full (an empty line)',
    text: '某局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数(万元)\n执行数(万元)\n执行率\n原因\n1\n党建工作经费\n20.00\n18.00\n90.00%\n部分活动延期\n2\n档案整理经费\n10.00\n10.00\n100.00%\n\n3\n机房运维经费\n30.00\n27.00\n90.00%\n尾款未付',
    rows: [
      '党建工作经费 | 20.00 | 18.00 | 90.00 | 万元',
      '档案整理经费 | 10.00 | 10.00 | 100.00 | 万元',
      '机房运维经费 | 30.00 | 27.00 | 90.00 | 万元',
    ],
  },
  {
    layout: 'the same table whose blank 原因 cell the copy dropped',
    text: '某局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数(万元)\n执行数(万元)\n执行率\n未完成原因\n1\n党建工作经费\n20.00\n18.00\n90.00%\n部分活动延期\n2\n档案整理经费\n10.00\n10.00\n100.00%\n3\n机房运维经费\n30.00\n27.00\n90.00%\n尾款未付',
    rows: [
      '党建工作经费 | 20.00 | 18.00 | 90.00 | 万元',
      '档案整理经费 | 10.00 | 10.00 | 100.00 | 万元',
      '机房运维经费 | 30.00 | 27.00 | 90.00 | 万元',
    ],
  },
  {
    layout: 'refused: a number under 原因, the cells shifted',
    text: '某局2023年度部门整体支出绩效自评报告\n\n序号\n项目名称\n预算数(万元)\n执行数(万元)\n执行率\n原因\n1\n党建工作经费\n20.00\n18.00\n90.00%\n12.00\n2\n档案整理经费\n10.00\n10.00\n100.00%\n无',
    rows: [],
  },
  {
    layout: 'a numbered row a line whose name wraps onto the line of its numbers: the words after its serial begin the name',
    text: '某局2023年度部门整体支出绩效自评报告\n\n单位:万元\n序号 项目名称 预算数 执行数 执行率\n1 党建工作经费 20.5 18.2 88.78%\n2 全市公共信息系统运行维护及安全\n保障经费 45 45 100%\n3 档案数字化经费 12 9.6 80%',
    rows: [
      '党建工作经费 | 20.5 | 18.2 | 88.78 | 万元',
      '全市公共信息系统运行维护及安全保障经费 | 45 | 45 | 100 | 万元',
      '档案数字化经费 | 12 | 9.6 | 80 | 万元',
    ],
  },
  {
    layout: 'a wrapped tail on a line of its own before the next serial ends the name above, never begins the next',
    text: '某局2023年度部门整体支出绩效自评报告\n\n单位:万元\n序号 项目名称 预算数 执行数 执行率\n1 农村饮水安全 64.8 64.8 100%\n工程\n2 森林防火经费 12 11 91.67%\n3 档案数字化经费 12 9.6 80%',
    rows: ['农村饮水安全工程 | 64.8 | 64.8 | 100 | 万元', '森林防火经费 | 12 | 11 | 91.67 | 万元', '档案数字化经费 | 12 | 9.6 | 80 | 万元'],
  },
  {
    layout: 'a notice of one project whose 序号 cell is blank and dropped: the row reads without that column',
    text: '某县2022年度项目绩效评价结果\n\n序号\n\n项目名称\n\n资金量(万元)\n\n评价等级\n\n\n村级阵地提升工程\n\n86.00\n\n良',
    rows: ['村级阵地提升工程 | 86.00 | - | - | 万元'],
  },
  {
    layout: 'refused: the row under a blank 序号 that does not read without it (a grade where the money belongs)',
    text: '某县2022年度项目绩效评价结果\n\n序号\n\n项目名称\n\n资金量(万元)\n\n评价等级\n\n\n村级阵地提升工程\n\n良\n\n86.00',
    rows: [],
  },
  {
    layout: 'an unnumbered notice whose rows lack their blank grade, the list’s total row right after the last',
    text: '某单位2024年新增专项债券项目绩效评价表(单位:亿元)\n\n项目名称\n\n债券性质\n\n债券规模\n\n自评分数\n\n自评等级\n\n城南片区改造安置房项目\n\n棚改专项债券\n\n2.62\n\n97\n\n城北污水管网改造工程\n\n其他项目收益专项债券\n\n0.5\n\n92\n\n总计\n\n\n\n3.12',
    rows: ['城南片区改造安置房项目 | 2.62 | - | - | 亿元', '城北污水管网改造工程 | 0.5 | - | - | 亿元'],
  },
  {
    layout: 'a notice of one project under a 序号 it leaves blank, its grade blank too, the total row after it',
    text: '某单位2024年新增专项债券项目绩效评价表(单位:亿元)\n\n序号\n\n项目名称\n\n债券性质\n\n债券规模\n\n自评分数\n\n自评等级\n\n\n城南片区改造安置房项目\n\n棚改专项债券\n\n2.62\n\n97\n\n总计\n\n\n\n2.62',
    rows: ['城南片区改造安置房项目 | 2.62 | - | - | 亿元'],
  },
  {
    layout: 'refused: the same short row followed by words that are no total row and no next row',
    text: '某单位2024年新增专项债券项目绩效评价表(单位:亿元)\n\n序号\n\n项目名称\n\n债券性质\n\n债券规模\n\n自评分数\n\n自评等级\n\n\n城南片区改造安置房项目\n\n棚改专项债券\n\n2.62\n\n97\n\n扫一扫在手机打开当前页',
    rows: [],
  },
];

/** A results table's score column under the wordings of other reports (wordings.ts TABLE_HEADERS score). */
const SCORE_HEADERS: Example[] = ['绩效自评分', '绩效自评得分', '绩效得分']
  .map((score) => ({
    layout: `a results table in space-separated rows whose score column is headed ${score}`,
    text: `表2 2023年度项目支出绩效自评结果\n项目名称 预算资金(万元) 实际支出(万元) 预算执行率 ${score}\n农村环境整治 150 142.5 95.00% 95\n垃圾分类试点 60 60 100.00% 98`,
    rows: ['农村环境整治 | 150 | 142.5 | 95.00 | 万元', '垃圾分类试点 | 60 | 60 | 100.00 | 万元'],
  }))
  .concat({
    layout: 'refused: one project’s row under the same header is its own figures, no task (convention 7)',
    text: '项目支出绩效自评表\n项目名称 预算资金(万元) 实际支出(万元) 预算执行率 绩效自评分\n农村环境整治 150 142.5 95.00% 95',
    rows: [],
  });

/** Items a colon announces, each a name run into its cue and amount, divided by commas (tasks/enumerated.ts atProjectCommas). */
const ANNOUNCED_CLAUSES: Example[] = [
  {
    layout: 'items after 情况如下:, names with no project word, each its own 预算 cue, divided by commas',
    text: '各项目预算安排情况如下:农村公路养护预算260万元,渡口安全管理预算45万元,客运站运营补助预算120万元。',
    rows: ['农村公路养护 | 260 | - | - | 万元', '渡口安全管理 | 45 | - | - | 万元', '客运站运营补助 | 120 | - | - | 万元'],
  },
  {
    layout: 'the same after the date the spending is counted to (截至…,各项目支出情况如下:)',
    text: '截至2023年12月31日,各项目支出情况如下:农村公路养护支出255万元,渡口安全管理支出40万元,客运站运营补助支出120万元。',
    rows: ['农村公路养护 | - | 255 | - | 万元', '渡口安全管理 | - | 40 | - | 万元', '客运站运营补助 | - | 120 | - | 万元'],
  },
  {
    layout: 'refused: the items announced are funding sources',
    text: '资金到位情况如下:中央资金到位320万元,省级资金到位210万元,县级资金到位450万元。',
    rows: [],
  },
  {
    layout: 'refused: the items announced are places spending',
    text: '各乡镇支出情况如下:东山乡支出320万元,西坪镇支出210万元,南岭街道支出450万元。',
    rows: [],
  },
];

/** Numbered items with a bare amount each, right after the total they add up to (enumerated.ts summedTotalMeasure). */
const ITEMS_SUMMING_TO_A_TOTAL: Example[] = [
  {
    layout: 'ordinal items (一是 / 二是) in the total’s sentence, divided by commas: the total’s spending',
    text: '2023年我站项目支出560万元,一是水质监测运行130万元,二是河道巡查保洁250万元,三是防汛物资储备180万元。',
    rows: ['水质监测运行 | - | 130 | - | 万元', '河道巡查保洁 | - | 250 | - | 万元', '防汛物资储备 | - | 180 | - | 万元'],
  },
  {
    layout: 'bracket-numbered items in the sentence after the total, divided by ;: the total’s budget',
    text: '2023年县财政安排我站项目预算560万元。(1)水质监测运行130万元;(2)河道巡查保洁250万元;(3)防汛物资储备180万元。',
    rows: ['水质监测运行 | 130 | - | - | 万元', '河道巡查保洁 | 250 | - | - | 万元', '防汛物资储备 | 180 | - | - | 万元'],
  },
  {
    layout: 'refused: the items do not add up to the total before them',
    text: '2023年我站项目支出600万元,一是水质监测运行130万元,二是河道巡查保洁250万元,三是防汛物资储备180万元。',
    rows: [],
  },
  {
    layout: 'refused: the total is a class of spending broken down by its economic classes',
    text: '2023年我站基本支出560万元,一是工资福利支出400万元,二是商品和服务支出130万元,三是对个人和家庭的补助30万元。',
    rows: [],
  },
];

/** A project table copied without its outer bars, inside a report (parse/markdown.ts acrossCellsCutAtMargin). */
const BARLESS_TABLES: Example[] = [
  {
    layout: 'rows of a pipe table with no outer bars and no delimiter row, between a report’s paragraphs',
    text: '某县城管局2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n我局主要负责城区市容环境卫生管理、园林绿化养护和市政设施维护等工作,内设机构5个,下属单位2个。\n\n二、项目支出情况\n\n项目名称 | 预算数 | 执行数 | 执行率\n城区绿化养护 | 320 | 315.2 | 98.5%\n公园设施维修 | 85 | 70.3 | 82.71%\n\n三、存在的问题\n\n部分项目执行进度偏慢。',
    rows: ['城区绿化养护 | 320 | 315.2 | 98.5 | 万元', '公园设施维修 | 85 | 70.3 | 82.71 | 万元'],
  },
];

/** Word columns of results tables beside each project, each of flatLists.ts TEXT_COLUMNS read past, and a column of what was left unspent. */
const WORD_COLUMNS: Example[] = [
  ...TEXT_COLUMNS.map((column) => ({
    layout: `space-separated rows with a word column headed ${column} before the money`,
    text: `项目名称 ${column} 预算数(万元) 执行数(万元) 执行率\n河道保洁服务 甲类 240 236.4 98.5%\n防汛物资储备 乙类 60 51.3 85.5%`,
    rows: ['河道保洁服务 | 240 | 236.4 | 98.5 | 万元', '防汛物资储备 | 60 | 51.3 | 85.5 | 万元'],
  })),
  {
    layout: 'a column of what was left unspent (未执行数) between the spending and the rate',
    text: '项目名称 预算数(万元) 执行数(万元) 未执行数(万元) 执行率\n河道保洁服务 240 236.4 3.6 98.5%\n防汛物资储备 60 51.3 8.7 85.5%',
    rows: ['河道保洁服务 | 240 | 236.4 | 98.5 | 万元', '防汛物资储备 | 60 | 51.3 | 85.5 | 万元'],
  },
  {
    layout: 'refused: a word column whose cells hold several words (a row no longer splits one way)',
    text: '项目名称 实施内容 预算数(万元) 执行数(万元) 执行率\n河道保洁服务 清理 河道 垃圾 240 236.4 98.5%\n防汛物资储备 购置 物资 60 51.3 85.5%',
    rows: [],
  },
];

/** Lists after a total as other copies write them: names on the countryside, numbered items, a whole clause after (tasks/inlineLists.ts). */
const LIST_COPIES: Example[] = [
  {
    layout: 'an item named for the countryside (文化进乡村) is no village receiving money',
    text: '2023年上级下达我县文化专项资金300万元。其中:公共数字文化建设40万元,文化进乡村160万元,全民健身工程100万元。',
    rows: ['公共数字文化建设 | 40 | - | - | 万元', '文化进乡村 | 160 | - | - | 万元', '全民健身工程 | 100 | - | - | 万元'],
  },
  {
    layout: 'shares to a township, a village and a town',
    text: '2023年上级下达我县文化专项资金300万元。其中:东山乡40万元,西坪村160万元,南岭镇100万元。',
    rows: ['东山乡 | 40 | - | - | 万元', '西坪村 | 160 | - | - | 万元', '南岭镇 | 100 | - | - | 万元'],
  },
  {
    layout: 'items numbered in brackets with no punctuation between them (其中(1)A…(2)B…)',
    text: '2023年上级下达我县文化专项资金300万元,其中(1)公共数字文化建设40万元(2)戏曲惠民演出160万元(3)全民健身工程100万元。',
    rows: ['公共数字文化建设 | 40 | - | - | 万元', '戏曲惠民演出 | 160 | - | - | 万元', '全民健身工程 | 100 | - | - | 万元'],
  },
  {
    layout: 'refused: a remark in brackets (not a number) is no separator between two items',
    text: '2023年上级下达我县文化专项资金300万元,其中:文化馆改造工程140万元(续建)图书馆维修工程160万元。',
    rows: [],
  },
  {
    layout: 'a clause on the whole year after the items (全年实际支出…,执行率…) closes the list',
    text: '2023年度我局项目支出预算合计300万元,分别为公共数字文化建设项目40万元、戏曲惠民演出项目160万元、全民健身工程100万元,全年实际支出285万元,执行率95%。',
    rows: ['公共数字文化建设项目 | 40 | - | - | 万元', '戏曲惠民演出项目 | 160 | - | - | 万元', '全民健身工程 | 100 | - | - | 万元'],
  },
  {
    // (read as nothing until items set apart by commas alone were read after 其中, each a name and its bare amount, then
    // its own spending: ITEMS_BY_COMMAS)
    layout: 'each item’s own year spending after it, the items divided by commas: each item’s row',
    text: '项目资金300万元,其中:公共数字文化建设项目40万元,全年支出38万元,戏曲惠民演出项目160万元,全年支出152万元,全民健身工程100万元,全年支出95万元。',
    rows: ['公共数字文化建设项目 | 40 | 38 | - | 万元', '戏曲惠民演出项目 | 160 | 152 | - | 万元', '全民健身工程 | 100 | 95 | - | 万元'],
  },
];

/** A total whose own words say nothing of what it measures, read from what the text says of it elsewhere (tasks/inlineLists.ts). */
const TOTALS_NAMED_ELSEWHERE: Example[] = [
  {
    layout: 'a list after a clause that only totals (合计86万元:), the money named in the clause before it',
    text: '2023年,县财政安排我站专项经费3项,合计86万元:水质监测经费40万元;设备维护经费26万元;人员培训经费20万元。',
    rows: ['水质监测经费 | 40 | - | - | 万元', '设备维护经费 | 26 | - | - | 万元', '人员培训经费 | 20 | - | - | 万元'],
  },
  {
    layout: 'the same with 共计 and 其中',
    text: '2023年,县财政安排我站专项经费3项,共计86万元,其中:水质监测经费40万元;设备维护经费26万元;人员培训经费20万元。',
    rows: ['水质监测经费 | 40 | - | - | 万元', '设备维护经费 | 26 | - | - | 万元', '人员培训经费 | 20 | - | - | 万元'],
  },
  {
    layout: 'refused: the clause before the bare total names no money',
    text: '我站今年承担工作3项,合计86万元:水质监测40万元;设备维护26万元;人员培训20万元。',
    rows: [],
  },
  {
    layout: 'items before a bare 共计, the same amount stated earlier in the paragraph as the project’s funds',
    text: '项目资金45万元,执行率100%。修建围墙18万元;购置课桌椅一批15万元;更换门窗12万元;共计45万元。',
    rows: ['修建围墙 | 18 | - | - | 万元', '购置课桌椅一批 | 15 | - | - | 万元', '更换门窗 | 12 | - | - | 万元'],
  },
  {
    layout: 'refused: the amount stated earlier both as a budget and as spending',
    text: '项目预算45万元,实际支出45万元。修建围墙18万元;购置课桌椅15万元;更换门窗12万元;共计45万元。',
    rows: [],
  },
  {
    layout: 'refused: no amount stated earlier equals the bare total',
    text: '项目资金50万元。修建围墙18万元;购置课桌椅15万元;更换门窗12万元;共计45万元。',
    rows: [],
  },
];

/** Projects counted before a colon, then listed with their money and no total (tasks/countedLists.ts). */
const COUNTED_LISTS: Example[] = [
  {
    layout: 'two counted lists in one paragraph, items divided by ;, no total stated',
    text: '(二)抽查项目类型。抽查到户项目2个:特色种植奖补项目900万元;小额贷款贴息项目1200.5万元。抽查到村产业项目3个:甲村蔬菜大棚140万元;乙村冷库项目96万元;丙村茶叶基地项目80.5万元。',
    rows: [
      '特色种植奖补项目 | 900 | - | - | 万元',
      '小额贷款贴息项目 | 1200.5 | - | - | 万元',
      '甲村蔬菜大棚 | 140 | - | - | 万元',
      '乙村冷库项目 | 96 | - | - | 万元',
      '丙村茶叶基地项目 | 80.5 | - | - | 万元',
    ],
  },
  {
    layout: 'the count in Chinese numerals, items divided by 、',
    text: '重点项目两个:东湖治理工程300万元、西湖清淤工程120万元。',
    rows: ['东湖治理工程 | 300 | - | - | 万元', '西湖清淤工程 | 120 | - | - | 万元'],
  },
  {
    layout: 'the words before the count say the amounts were paid: spending',
    text: '截至年底,已支付项目3个:甲村道路硬化40万元;乙村水渠30万元;丙村路灯20万元。',
    rows: ['甲村道路硬化 | - | 40 | - | 万元', '乙村水渠 | - | 30 | - | 万元', '丙村路灯 | - | 20 | - | 万元'],
  },
  {
    layout: 'refused: fewer items than the count',
    text: '抽查产业项目4个:甲村蔬菜大棚140万元;乙村冷库项目96万元;丙村茶叶基地项目80万元。',
    rows: [],
  },
  {
    layout: 'a counted list the copy cut off at the text’s end, in the middle of an item’s name: the whole items before the cut',
    text: '抽查到村产业项目4个:甲村蔬菜大棚140万元;乙村冷库项目96万元;丙村茶叶基地项目80.5万元;丁村',
    rows: ['甲村蔬菜大棚 | 140 | - | - | 万元', '乙村冷库项目 | 96 | - | - | 万元', '丙村茶叶基地项目 | 80.5 | - | - | 万元'],
  },
  {
    layout: 'refused: the same list cut short where the text goes on after it (no copy’s end: fewer items than the count)',
    text: '抽查到村产业项目4个:甲村蔬菜大棚140万元;乙村冷库项目96万元;丙村茶叶基地项目80.5万元;丁村\n\n二、评价结论\n\n项目实施效果较好。',
    rows: [],
  },
  {
    layout: 'refused: a cut list with one whole item before the cut',
    text: '抽查到村产业项目4个:甲村蔬菜大棚140万元;乙村冷库',
    rows: [],
  },
  {
    layout: 'the counted items are places receiving money',
    text: '补助项目2个:甲镇40万元;乙街道30万元。',
    rows: ['甲镇 | 40 | - | - | 万元', '乙街道 | 30 | - | - | 万元'],
  },
  {
    layout: 'refused: an item described with a quantity of work beside its money',
    text: '建设项目2个:甲村道路硬化3公里,资金40万元;乙村水渠30万元。',
    rows: [],
  },
  {
    layout: 'refused: words after the last item (the list is not all the sentence holds)',
    text: '实施项目3个:甲村道路硬化40万元;乙村水渠30万元;丙村路灯20万元,均已完工。',
    rows: [],
  },
  {
    layout: 'the count, a comma and 分别为 before the items (no colon)',
    text: '2023年共安排项目3个,分别为农村饮水安全工程200万元、病险水库除险加固300万元、防汛抗旱80万元。',
    rows: ['农村饮水安全工程 | 200 | - | - | 万元', '病险水库除险加固 | 300 | - | - | 万元', '防汛抗旱 | 80 | - | - | 万元'],
  },
  {
    layout: 'a total closing the items that they add up to exactly (…,合计580万元)',
    text: '2023年共安排项目3个,包括:农村饮水安全工程200万元、病险水库除险加固300万元、防汛抗旱80万元,合计580万元。',
    rows: ['农村饮水安全工程 | 200 | - | - | 万元', '病险水库除险加固 | 300 | - | - | 万元', '防汛抗旱 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: a total closing the items that they do not add up to',
    text: '2023年共安排项目3个,分别为:农村饮水安全工程200万元、病险水库除险加固300万元、防汛抗旱80万元,合计590万元。',
    rows: [],
  },
];

/** Funds allocated or paid, the verb first and each project's money after it, no total stated (tasks/verbLists.ts). */
const VERB_LISTS: Example[] = [
  {
    layout: 'the allocating level and its verb, then three projects’ funds divided by 、',
    text: '2023年,县财政安排农村饮水安全工程项目资金200万元、病险水库除险加固项目资金300万元、防汛抗旱项目资金80万元。',
    rows: ['农村饮水安全工程项目 | 200 | - | - | 万元', '病险水库除险加固项目 | 300 | - | - | 万元', '防汛抗旱项目 | 80 | - | - | 万元'],
  },
  {
    layout: 'two items divided by a comma, a remark with no amount closing the sentence',
    text: '下达农村饮水安全工程资金200万元,病险水库除险加固工程资金300万元,已全部拨付到位。',
    rows: ['农村饮水安全工程 | 200 | - | - | 万元', '病险水库除险加固工程 | 300 | - | - | 万元'],
  },
  {
    layout: 'the verb of paying out: spending',
    text: '截至年底,共拨付农村饮水安全工程项目资金190万元、病险水库除险加固项目资金300万元。',
    rows: ['农村饮水安全工程项目 | - | 190 | - | 万元', '病险水库除险加固项目 | - | 300 | - | 万元'],
  },
  {
    layout: 'the verb of spending, its year after a comma opening the clause, the items what the money bought (…采购, …费用, …开支)',
    text: '资金到位后及时组织防火物资的采购和储备,2023年累计支出防火物资采购9.50万元,森林防火宣传资料印刷费用7.75万元,扑火队员开支30.75万元。',
    rows: ['防火物资采购 | - | 9.50 | - | 万元', '森林防火宣传资料印刷费用 | - | 7.75 | - | 万元', '扑火队员开支 | - | 30.75 | - | 万元'],
  },
  {
    layout: 'refused: after a verb of spending, wages and contributions (工资, 社保缴费) are classes of the unit’s spending',
    text: '2023年累计支出扑火队员工资30万元,社保缴费10万元,防火设备维修费8万元。',
    rows: [],
  },
  {
    layout: 'refused: the verb of spending after a comma with no year opening its clause (the sentence’s subject is another’s)',
    text: '乙单位组织防火物资的采购和储备,累计支出防火物资采购9.50万元,森林防火宣传资料印刷费用7.75万元。',
    rows: [],
  },
  { layout: 'refused: funding levels', text: '2023年,县财政安排中央资金200万元、省级资金100万元。', rows: [] },
  { layout: 'refused: classes of spending', text: '2023年,安排基本支出800万元、项目支出560万元。', rows: [] },
  {
    layout: 'places’ shares, each named with its fund',
    text: '上级下达甲镇补助资金200万元、乙镇补助资金300万元。',
    rows: ['甲镇补助资金 | 200 | - | - | 万元', '乙镇补助资金 | 300 | - | - | 万元'],
  },
  {
    layout: 'refused: funds named by their level and year',
    text: '下达2023年中央财政衔接推进乡村振兴补助资金200万元、2023年省级财政衔接资金100万元。',
    rows: [],
  },
  { layout: 'refused: items no project’s or fund’s name', text: '拨付工资200万元、社保缴费100万元。', rows: [] },
  { layout: 'refused: one project alone', text: '2023年,县财政安排农村饮水安全工程项目资金200万元。', rows: [] },
  {
    layout:
      'items divided by commas, names a programme of grants (…奖补, …资助), a remark counting whom the money reached closing the sentence',
    text: '一季度,全县教育支出2.6亿元。下达学生营养改善计划补助860万元,家庭经济困难学生资助198.8万元,校园安全综合奖补317.3 万元,惠及4.2万名中小学生。',
    rows: [
      '学生营养改善计划补助 | 860 | - | - | 万元',
      '家庭经济困难学生资助 | 198.8 | - | - | 万元',
      '校园安全综合奖补 | 317.3 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a closing clause with a rate, not a count of whom the money reached, is no remark',
    text: '一季度,全县教育支出2.6亿元。下达学生营养改善计划补助860万元,家庭经济困难学生资助198.8万元,学生受益面达到98%。',
    rows: [],
  },
  {
    layout: 'refused: a programme’s word alone (资助, 奖补) names no item',
    text: '下达资助200万元,奖补150万元,已全部拨付到位。',
    rows: [],
  },
  {
    layout: 'a remark of sixteen characters closing the sentence, no amount in it',
    text: '下达农村饮水安全工程资金200万元,病险水库除险加固工程资金300万元,资金已全部拨付至各项目实施单位。',
    rows: ['农村饮水安全工程 | 200 | - | - | 万元', '病险水库除险加固工程 | 300 | - | - | 万元'],
  },
];

/** A section's numbered heading line run into the paragraph of items below it (a copy keeps no line break). */
const HEADING_RUN_INTO_ITEMS: Example[] = [
  {
    layout: 'the heading, then each item its name before a comma',
    text: '(二)项目支出情况\n法律援助经费,预算50万元,支出45万元;人民调解经费,预算30万元,支出30万元;社区矫正经费,预算25万元,支出20万元。',
    rows: ['法律援助经费 | 50 | 45 | - | 万元', '人民调解经费 | 30 | 30 | - | 万元', '社区矫正经费 | 25 | 20 | - | 万元'],
  },
  {
    layout: 'the heading, the total and the words announcing the items',
    text: '(二)项目支出情况\n项目支出预算105万元,实际支出95万元,具体如下:\n法律援助经费50万元,实际支出45万元;\n人民调解经费30万元,实际支出30万元;\n社区矫正经费25万元,实际支出20万元。',
    rows: ['法律援助经费 | 50 | 45 | - | 万元', '人民调解经费 | 30 | 30 | - | 万元', '社区矫正经费 | 25 | 20 | - | 万元'],
  },
  {
    layout: 'the heading run on after the section above (the paragraph’s lines joined), then the date the money is counted to',
    text: '2022年下达项目资金100万元。三、资金使用情况截至2022年12月31日,法律援助经费支出45万元,人民调解经费支出30万元,社区矫正经费支出20万元。',
    rows: ['法律援助经费 | - | 45 | - | 万元', '人民调解经费 | - | 30 | - | 万元', '社区矫正经费 | - | 20 | - | 万元'],
  },
  {
    layout: 'refused: a heading that is no section about money stays in the first name, which is no item, and one item is no list',
    text: '(二)基本情况\n法律援助经费,预算50万元,支出45万元;人民调解经费,预算30万元,支出30万元。',
    rows: [],
  },
];

/** Tables whose rows are the department's units, each its own budget and spending: no sub-projects. */
const UNIT_ROWS: Example[] = [
  {
    layout: 'refused: a 单位名称 column over the office and a unit under it',
    text: '| 单位名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|\n| 青山县档案馆本级 | 300 | 290 | 96.67% |\n| 青山县档案服务中心 | 120 | 110 | 91.67% |',
    rows: [],
  },
  {
    layout: 'refused: a 预算单位 column copied as text',
    text: '预算单位 预算数 执行数 执行率\n青山县档案馆本级 300 290 96.67%\n青山县档案服务中心 120 110 91.67%',
    rows: [],
  },
];

/** A list read twice, the second time with its items' names shortened (their noun, or their head, left off). */
const RESTATED_LISTS: Example[] = [
  {
    layout: 'the spending restated under the names without their noun or their head',
    text: '项目预算资金85万元,其中:送戏下乡经费30万元,农家书屋更新20万元,公共文化场馆免费开放35万元。项目实际支出82万元,其中送戏下乡支出30万元,农家书屋更新支出17万元,免费开放支出35万元。',
    rows: ['送戏下乡经费 | 30 | 30 | - | 万元', '农家书屋更新 | 20 | 17 | - | 万元', '公共文化场馆免费开放 | 35 | 35 | - | 万元'],
  },
  {
    layout: 'the other way round: the budgets under names without their noun, the spending under the names in full',
    text: '2023年下达资助资金600万元,具体为:学前教育幼儿资助120万元,困难学生生活补助100万元,普通高中国家助学金380万元。截至年底,学前教育幼儿资助资金支出118万元,困难学生生活补助支出100万元,普通高中国家助学金支出370万元。',
    rows: [
      '学前教育幼儿资助资金 | 120 | 118 | - | 万元',
      '困难学生生活补助 | 100 | 100 | - | 万元',
      '普通高中国家助学金 | 380 | 370 | - | 万元',
    ],
  },
  {
    layout: 'a shortened name two rows could be: a row of its own',
    text: '项目预算资金110万元,其中:城区道路维修经费50万元,乡村道路维修经费40万元,路灯安装经费20万元。项目实际支出75万元,其中道路维修支出60万元,路灯安装支出15万元。',
    rows: [
      '城区道路维修经费 | 50 | - | - | 万元',
      '乡村道路维修经费 | 40 | - | - | 万元',
      '路灯安装经费 | 20 | 15 | - | 万元',
      '道路维修 | - | 60 | - | 万元',
    ],
  },
];

/** A one-project form's name field, run into its money rows (a page's margin cut them), over a sub-table of its parts. */
const FORM_OVER = [
  '西岭县河湖巡护补助项目2023年度绩效自评表',
  '项目名称 | 河湖巡护补助 | 主管部门 | 西岭县水利局 | 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率',
  '权重 | 得分 | 总额 | 200 | 210 | 205 | 97.62% | 10 | 9.76',
].join('\n');
const FORM_FIELD_ROWS: Example[] = [
  {
    layout: 'a sub-table of sub-projects under a form whose name field holds the columns’ words',
    text: `${FORM_OVER}\n子项目名称 | 年初预算数(万元) | 全年执行数(万元) | 预算执行率\n东湾河道巡护 | 120 | 118 | 98.33%\n西湾堤岸保洁 | 90 | 87 | 96.67%`,
    rows: ['东湾河道巡护 | 120 | 118 | 98.33 | 万元', '西湾堤岸保洁 | 90 | 87 | 96.67 | 万元'],
  },
  { layout: 'refused: the form alone, its own money (convention 7)', text: FORM_OVER, rows: [] },
  {
    layout: 'refused: a list’s header whose name column word columns follow (项目名称 | 建设地点 | 实施单位 | 预算数) stays a header',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n项目名称 | 建设地点 | 实施单位 | 预算数 | 执行数 | 执行率\n东湾河道巡护 | 东湾 | 县河长办 | 120 | 118 | 98.33%\n西湾堤岸保洁 | 西湾 | 县水务站 | 90 | 87 | 96.67%',
    rows: ['东湾河道巡护 | 120 | 118 | 98.33 | 万元', '西湾堤岸保洁 | 90 | 87 | 96.67 | 万元'],
  },
];

/** Items granted money by a scheme (一事一议, 以奖代补): the grant is the item's budget. */
const GRANTED_ITEMS: Example[] = [
  {
    layout: '奖补资金 after each village project’s name, its payment after',
    text: '2023年我镇共实施一事一议财政奖补项目3个。东坪村道路硬化项目,奖补资金50万元,已拨付50万元;西坪村文化广场项目,财政奖补资金45万元,已拨付43万元;南坪村路灯安装项目,奖补资金40万元,已拨付40万元。',
    rows: ['东坪村道路硬化项目 | 50 | 50 | - | 万元', '西坪村文化广场项目 | 45 | 43 | - | 万元', '南坪村路灯安装项目 | 40 | 40 | - | 万元'],
  },
  {
    layout: 'refused: the scheme’s funds by where they came from are no items',
    text: '2023年我镇一事一议项目资金163万元,其中上级奖补资金135万元,镇村自筹资金28万元。',
    rows: [],
  },
];

/** An allocation table run together, its projects grouped by the place that runs them, each group closed by its 小计. */
const GLUED_GROUPS: Example[] = [
  {
    layout:
      'groups numbered, each a place cut off its first project’s name, closed by 小计 run into the next group’s number (18|2): every sum decides the cuts',
    text: '某市财政局关于下达2023年民族发展专项资金的通知。现下达民族发展专项资金29万元(详见附表)。附件1 2023年民族发展专项资金分配表单位:万元序号单位项目金额1东山县东山镇甲村道路硬化项目10乙村人饮工程二期项目8小计182西河市丙镇文化长廊项目5西河市民族团结进步创建项目6小计11合计29附件2绩效目标表',
    rows: [
      '东山镇甲村道路硬化项目 | 10 | - | - | 万元',
      '乙村人饮工程二期项目 | 8 | - | - | 万元',
      '丙镇文化长廊项目 | 5 | - | - | 万元',
      '西河市民族团结进步创建项目 | 6 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a 合计 that is not every row’s sum (a cut that does not fit): no rows',
    text: '某市财政局关于下达2023年民族发展专项资金的通知。现下达民族发展专项资金29万元(详见附表)。附件1 2023年民族发展专项资金分配表单位:万元序号单位项目金额1东山县东山镇甲村道路硬化项目10乙村人饮工程二期项目8小计182西河市丙镇文化长廊项目5西河市民族团结进步创建项目6小计11合计30附件2绩效目标表',
    rows: [],
  },
  {
    layout: 'refused: a group’s 小计 that is not its rows’ sum, whatever cut of its run is tried: no rows',
    text: '某市财政局关于下达2023年民族发展专项资金的通知。现下达民族发展专项资金29万元(详见附表)。附件1 2023年民族发展专项资金分配表单位:万元序号单位项目金额1东山县东山镇甲村道路硬化项目10乙村人饮工程二期项目8小计172西河市丙镇文化长廊项目5西河市民族团结进步创建项目6小计11合计29附件2绩效目标表',
    rows: [],
  },
  {
    layout: 'refused: no unit declared for the table: no rows',
    text: '某市财政局关于下达2023年民族发展专项资金的通知。现下达民族发展专项资金29万元(详见附表)。附件1 2023年民族发展专项资金分配表序号单位项目金额1东山县东山镇甲村道路硬化项目10乙村人饮工程二期项目8小计182西河市丙镇文化长廊项目5西河市民族团结进步创建项目6小计11合计29附件2绩效目标表',
    rows: [],
  },
];

/** Items under headings of their own, their money going on past the first sentence of the section. */
const HEADED_SECTIONS: Example[] = [
  {
    layout: 'each item’s grant in its own paragraph below its name, the sum the verb moved (共下达资金…), after the document it came by',
    text: '某县医疗保障局2022年项目支出绩效自评报告\n\n3.资金分解下达情况\n\n(1)工作经费\n\n根据某财预〔2022〕1号,2022年共下达补助资金50000元。\n\n(2)信息化建设补助资金\n\n根据某财预调整〔2022〕8号,2022年共下达补助资金397704元。',
    rows: ['工作经费 | 50000 | - | - | 元', '信息化建设补助资金 | 397704 | - | - | 元'],
  },
  {
    layout: 'the same with no document before the verb',
    text: '某县交通局2022年项目支出绩效自评报告\n\n(1)道路维修项目\n\n共下达资金50000元。\n\n(2)桥梁检测项目\n\n共下达资金397704元。',
    rows: ['道路维修项目 | 50000 | - | - | 元', '桥梁检测项目 | 397704 | - | - | 元'],
  },
  {
    layout: 'refused: each grant below its item named by the level that gave it (共下达县级补助资金…): a source of the money, as in a list',
    text: '某县医疗保障局2022年项目支出绩效自评报告\n\n(1)工作经费\n\n根据某财预〔2022〕1号,2022年共下达县级补助资金50000元。\n\n(2)信息化建设补助资金\n\n根据某财预调整〔2022〕8号,2022年共下达县级补助资金397704元。',
    rows: [],
  },
  {
    layout: 'the investment first, the payment to date in the next sentence',
    text: '某镇2023年度衔接资金项目绩效自评报告\n\n(一)东山村茶叶基地提升项目\n\n项目总投资85万元,群众自筹5万元除外。截至2023年12月底,已拨付资金80万元。\n\n(二)西山村产业路建设项目\n\n项目总投资120万元,全部为财政衔接资金。截至2023年12月底,已拨付资金116.5万元,拨付率97.08%。',
    rows: ['东山村茶叶基地提升项目 | 85 | 80 | - | 万元', '西山村产业路建设项目 | 120 | 116.5 | 97.08 | 万元'],
  },
  {
    layout: 'the same in one paragraph, each name on a numbered line',
    text: '一、东山村茶叶基地提升项目\n项目总投资85万元。截至年底已支付82万元。\n二、西山村产业路建设项目\n项目总投资120万元。截至年底已支付116.5万元。',
    rows: ['东山村茶叶基地提升项目 | 85 | 82 | - | 万元', '西山村产业路建设项目 | 120 | 116.5 | - | 万元'],
  },
  {
    layout: 'refused: a later sentence about other money (the town’s own budget) is no item’s',
    text: '(一)东山村茶叶基地提升项目\n\n项目总投资85万元。全镇全年预算资金860万元。\n\n(二)西山村产业路建设项目\n\n项目总投资120万元。全镇全年预算资金860万元。',
    rows: ['东山村茶叶基地提升项目 | 85 | - | - | 万元', '西山村产业路建设项目 | 120 | - | - | 万元'],
  },
];

/** A project plan's rows copied a row a line, words of the works (with their quantities) beside the money. */
const PLAN_ROWS: Example[] = [
  {
    layout: '建设任务 and 资金来源 in words around the 资金规模 column',
    text: '序号 项目名称 项目类型 建设任务 资金规模(万元) 资金来源 绩效目标\n1 东山村茶叶基地提升项目 产业发展 新建茶园200亩 85 中央衔接资金 带动脱贫户增收\n2 西山村产业路建设项目 基础设施 硬化道路2.5公里 120 省级衔接资金 改善出行条件',
    rows: ['东山村茶叶基地提升项目 | 85 | - | - | 万元', '西山村产业路建设项目 | 120 | - | - | 万元'],
  },
  {
    layout: 'a column saying in words how far each project got (完成情况 | 已完工), one cell a line',
    text: '某镇2023年度项目支出绩效自评报告\n\n序号\n项目名称\n预算金额(万元)\n实际支出(万元)\n执行率\n完成情况\n1\n甲村产业路\n80\n78\n97.5%\n已完工\n2\n乙村蔬菜大棚\n60\n57.1\n95.17%\n已完工',
    rows: ['甲村产业路 | 80 | 78 | 97.5 | 万元', '乙村蔬菜大棚 | 60 | 57.1 | 95.17 | 万元'],
  },
  {
    layout: 'the same, a row a line (项目进度 | 在建)',
    text: '某镇2023年度项目支出绩效自评报告\n\n序号 项目名称 预算金额(万元) 实际支出(万元) 执行率 项目进度\n1 甲村产业路 80 78 97.5% 已完工\n2 乙村蔬菜大棚 60 57.1 95.17% 在建',
    rows: ['甲村产业路 | 80 | 78 | 97.5 | 万元', '乙村蔬菜大棚 | 60 | 57.1 | 95.17 | 万元'],
  },
  ...['进度', '建设情况', '项目状态'].map((status) => ({
    layout: `the same under the bare word (${status} | 完工), a row a line, a place column beside the name`,
    text: `某镇2023年度项目支出绩效自评报告\n\n序号 项目名称 建设地点 总投资(万元) 拨付资金(万元) ${status}\n1 甲村产业路 甲村 80 78 完工\n2 乙村蔬菜大棚 乙村 60 57.1 在建`,
    rows: ['甲村产业路 | 80 | 78 | - | 万元', '乙村蔬菜大棚 | 60 | 57.1 | - | 万元'],
  })),
  {
    layout: 'refused, as before: a bare 进度 column of rates, the same row a line, is not read as words',
    text: '某镇2023年度项目支出绩效自评报告\n\n序号 项目名称 总投资(万元) 拨付资金(万元) 进度\n1 甲村产业路 80 78 100%\n2 乙村蔬菜大棚 60 57.1 95.17%',
    rows: [],
  },
  {
    layout: 'a transfer fund’s list under the 报账制: 已报账 is each project’s spending, 报账率 its rate',
    text: '某镇2023年度衔接资金项目绩效自评报告\n\n序号 项目名称 资金规模(万元) 已报账(万元) 报账率\n1 甲村产业路 80 78 97.5%\n2 乙村蔬菜大棚 60 57.1 95.17%',
    rows: ['甲村产业路 | 80 | 78 | 97.5 | 万元', '乙村蔬菜大棚 | 60 | 57.1 | 95.17 | 万元'],
  },
  {
    layout:
      'items numbered after the colon of the class they add up to (产业发展类项目2个,资金110万元:(1)…): the class is their subtotal, no row',
    text: '某县2023年度衔接资金项目绩效自评报告\n\n1.产业发展类项目2个,资金110万元:(1)甲村茶叶基地50万元;(2)乙村蔬菜大棚60万元。\n2.基础设施类项目2个,资金90万元:(1)丙村产业路70万元;(2)丁村饮水工程20万元。',
    rows: [
      '甲村茶叶基地 | 50 | - | - | 万元',
      '乙村蔬菜大棚 | 60 | - | - | 万元',
      '丙村产业路 | 70 | - | - | 万元',
      '丁村饮水工程 | 20 | - | - | 万元',
    ],
  },
  ...[
    ['lines of one paragraph', '\n'],
    ['paragraphs', '\n\n'],
    ['Markdown headings', '\n\n', '### '],
  ].map(([copy, gap, mark = '']) => {
    const [first, second] = [`${mark}(一)产业发展类`, `${mark}(二)基础设施类`];
    return {
      layout: `a class heading over its numbered items (${copy}): the class no row, and a class of one item a list still`,
      text: `某县2023年度衔接资金项目绩效自评报告\n\n${first}${gap}1.甲村茶叶基地项目,安排资金50万元,已支付48万元。${gap}2.乙村蔬菜大棚项目,安排资金60万元,已支付60万元。${gap}${second}${gap}1.丙村产业路项目,安排资金70万元,已支付65万元。`,
      rows: ['甲村茶叶基地项目 | 50 | 48 | - | 万元', '乙村蔬菜大棚项目 | 60 | 60 | - | 万元', '丙村产业路项目 | 70 | 65 | - | 万元'],
    };
  }),
  {
    layout: 'refused: one numbered project alone under a heading, no sibling list: the report’s own',
    text: '某县2023年度衔接资金项目绩效自评报告\n\n(一)基础设施类\n\n1.丙村产业路项目,安排资金70万元,已支付65万元。',
    rows: [],
  },
  {
    layout:
      'a numbered name on its line, its money on the next opening with 项目资金 (lines of one paragraph): the words refer back, no part of the name',
    text: '某县某乡2023年度财政专项资金项目绩效自评报告\n\n(一)甲村道路硬化项目\n项目资金50万元,已拨付50万元。\n(二)乙村人饮工程项目\n项目资金30万元,已拨付28.6万元。',
    rows: ['甲村道路硬化项目 | 50 | 50 | - | 万元', '乙村人饮工程项目 | 30 | 28.6 | - | 万元'],
  },
  {
    layout: 'projects as headings over sub-headings of their sections (## 一、A项目 / ### (一)项目资金情况 / 该项目预算…): a row each',
    text: '某镇2023年度项目支出绩效自评报告\n\n## 一、甲村产业路项目\n\n### (一)项目资金情况\n\n该项目预算80万元,实际支出78万元。\n\n### (二)项目绩效情况\n\n完成道路硬化2公里。\n\n## 二、乙村蔬菜大棚项目\n\n### (一)项目资金情况\n\n该项目预算60万元,实际支出57.1万元。',
    rows: ['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元'],
  },
  {
    layout: 'refused: one project so headed is the report’s own (its figures), no row',
    text: '某镇2023年度项目支出绩效自评报告\n\n## 一、甲村产业路项目\n\n### (一)项目资金情况\n\n该项目预算80万元,实际支出78万元。',
    rows: [],
  },
  {
    layout: 'money of a named kind an item won (A项目获得衔接资金80万元, B项目争取到产业补助资金…): its budget, the item’s own row',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目获得衔接资金80万元,乙村蔬菜大棚项目争取到产业补助资金60万元。',
    rows: ['甲村产业路项目 | 80 | - | - | 万元', '乙村蔬菜大棚项目 | 60 | - | - | 万元'],
  },
  {
    layout: 'a budget alone in a bracket after each name, spending cued after it (A项目(80万元)已支出78万元,B项目(60万元)…)',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目(80万元)已支出78万元,乙村蔬菜大棚项目(60万元)已支出57.1万元。',
    rows: ['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元'],
  },
  ...['关于', '对于', '针对', '围绕'].map((topic) => ({
    layout: `the topic a sentence turns to (${topic}A项目,年初预算…): the preposition is no word of the name`,
    text: `某县农业农村局2023年度部门整体支出绩效自评报告\n\n2023年全年预算2350万元,全年执行数2301.2万元。${topic}甲灌区改造项目,年初预算800万元,全年支出785.3万元。${topic}乙站防疫项目,年初预算120万元,全年支出118.6万元。`,
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  })),
  {
    layout: 'the project as the aspect the sentence turns to (A项目方面,年初预算…): its row, never the unit’s initial budget',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n2023年全年预算2350万元,全年执行数2301.2万元。甲灌区改造项目方面,年初预算800万元,全年支出785.3万元;乙站防疫项目方面,年初预算120万元,全年支出118.6万元。',
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  {
    layout: 'refused: an aspect that names no project (预算执行方面,年初预算…) is the unit’s money, no row',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n预算执行方面,年初预算2350万元,全年支出2301.2万元。',
    rows: [],
  },
  {
    layout: 'the verb of the work before the first name (重点实施了A项目,预算…;B项目,预算…)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n2023年全年预算2350万元,全年执行数2301.2万元。全年重点实施了甲灌区改造项目,预算800万元,支出785.3万元;乙站防疫项目,预算120万元,支出118.6万元。',
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  {
    layout: 'items opened by 其一 / 其二 (其一,A项目预算…;其二,B项目预算…): the first no less an item, its spending never the unit’s',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n2023年全年预算2350万元,全年执行数2301.2万元。其一,甲灌区改造项目预算800万元,支出785.3万元;其二,乙站防疫项目预算120万元,支出118.6万元。',
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  ...['包括:', '主要包括:', '包括', '涉及:', '主要有:', '主要是:'].map((words) => ({
    layout: `a total, then ${words} and its parts, each with its own cue (项目支出920万元,${words}A项目预算…,支出…;B项目…)`,
    text: `某县农业农村局2023年度部门整体支出绩效自评报告\n\n2023年全年预算2350万元,全年执行数2301.2万元。项目支出920万元,${words}甲灌区改造项目预算800万元,支出785.3万元;乙站防疫项目预算120万元,支出118.6万元。`,
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  })),
  ...[
    [
      'a pipe table',
      '| 项目名称 | 年初预算 | 调整预算 | 调整后预算 | 支出 | 执行率 |\n|---|---|---|---|---|---|\n| 甲灌区改造项目 | 780 | 20 | 800 | 785.3 | 98.16% |\n| 乙站防疫项目 | 100 | 20 | 120 | 118.6 | 98.83% |',
    ],
    [
      'one cell a line',
      '项目名称\n年初预算\n调整预算\n调整后预算\n支出\n执行率\n甲灌区改造项目\n780\n20\n800\n785.3\n98.16%\n乙站防疫项目\n100\n20\n120\n118.6\n98.83%',
    ],
  ].map(([copy, table]) => ({
    layout: `年初预算 | 调整预算 | 调整后预算: the middle column is the change between the other two, no second budget (${copy})`,
    text: `某县农业农村局2023年度部门整体支出绩效自评报告\n\n${table}`,
    rows: ['甲灌区改造项目 | 800 | 785.3 | 98.16 | 万元', '乙站防疫项目 | 120 | 118.6 | 98.83 | 万元'],
  })),
  {
    layout: 'refused: 调整预算 beside 预算数 alone stays the adjusted budget (预算数 the initial one)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | 预算数 | 调整预算 | 支出 |\n|---|---|---|---|\n| 甲灌区改造项目 | 780 | 800 | 785.3 |\n| 乙站防疫项目 | 100 | 120 | 118.6 |',
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  {
    layout: 'a bare 项目 over projects beside one money column (项目 | 金额(万元)): every row a project’s, so the column names them',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n| 项目 | 金额(万元) | 完成情况 |\n|---|---|---|\n| 甲灌区改造项目 | 800 | 已完成 |\n| 乙站防疫项目 | 120 | 已完成 |',
    rows: ['甲灌区改造项目 | 800 | - | - | 万元', '乙站防疫项目 | 120 | - | - | 万元'],
  },
  {
    layout: 'refused: the same header over an account table’s rows (基本支出 / 项目支出 / 合计) names no projects',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n| 项目 | 金额(万元) |\n|---|---|\n| 基本支出 | 1800 |\n| 项目支出 | 550 |\n| 合计 | 2350 |',
    rows: [],
  },
  {
    layout: 'a total, 涉及 and a count of its classes, then 其中: the connective after the count opens the parts, not 涉及',
    text: '某镇2019年度扶贫项目绩效自评报告\n\n2019年度,县里共安排我镇扶贫项目资金1540万元,涉及三大类,其中:甲类饮水项目9个,资金规模107万元;乙类道路项目70个,资金规模1182万元;丙类水利项目35个,资金规模251万元。',
    rows: ['甲类饮水项目 | 107 | - | - | 万元', '乙类道路项目 | 1182 | - | - | 万元', '丙类水利项目 | 251 | - | - | 万元'],
  },
  {
    layout: 'the last item after a comma, not a semicolon, its count of projects before its cue (…,C类项目3个,资金规模100万元)',
    text: '某镇2019年度扶贫项目绩效自评报告\n\n2019年度共安排我镇扶贫项目资金1640万元,其中:甲类饮水项目9个,资金规模107万元;乙类道路项目70个,资金规模1182万元;丙类水利项目35个,资金规模251万元,丁类产业项目3个,资金规模100万元。',
    rows: [
      '甲类饮水项目 | 107 | - | - | 万元',
      '乙类道路项目 | 1182 | - | - | 万元',
      '丙类水利项目 | 251 | - | - | 万元',
      '丁类产业项目 | 100 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a count after a comma with no cue after it (…,带动农户3个,年增收100万元) opens no item',
    text: '某镇2019年度扶贫项目绩效自评报告\n\n2019年度共安排我镇扶贫项目资金1289万元,其中:甲类饮水项目9个,资金规模107万元;乙类道路项目70个,资金规模1182万元,带动合作社3个,年增收100万元。',
    rows: ['甲类饮水项目 | 107 | - | - | 万元', '乙类道路项目 | 1182 | - | - | 万元'],
  },
  {
    layout: 'rows in the order the report states them, the first item after the year and its comma (2023年,A项目预算…;B项目预算…)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n2023年,甲灌区改造项目预算800万元,支出785.3万元,执行率98.16%;乙站防疫项目预算120万元,支出118.6万元,执行率98.83%。',
    rows: ['甲灌区改造项目 | 800 | 785.3 | 98.16 | 万元', '乙站防疫项目 | 120 | 118.6 | 98.83 | 万元'],
  },
  {
    layout: 'a budget alone in a bracket, a colon, then 已完成支出 (1.A项目(800万元):已完成支出785.3万元;2.…)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n1.甲灌区改造项目(800万元):已完成支出785.3万元;2.乙站防疫项目(120万元):已完成支出118.6万元。',
    rows: ['甲灌区改造项目 | 800 | 785.3 | - | 万元', '乙站防疫项目 | 120 | 118.6 | - | 万元'],
  },
  {
    layout: 'refused: such a bracket, a colon, then no spending (1.A项目(800万元):于6月开工)',
    text: '某县农业农村局2023年度部门整体支出绩效自评报告\n\n1.甲灌区改造项目(800万元):于6月开工;2.乙站防疫项目(120万元):已培训120人。',
    rows: [],
  },
  {
    layout: 'refused: an amount alone in a bracket with no spending cued after it says nothing of what it is',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目(80万元)于6月开工,乙村蔬菜大棚项目(60万元)于8月开工。',
    rows: [],
  },
  ...['一、', ''].map((number) => ({
    layout: `a name a sentence of its own on each source line, its money the next sentence (${number || 'unnumbered'}; lines of one paragraph)`,
    text: `某镇2023年度项目支出绩效自评报告\n\n${number}甲村产业路项目。全年预算80万元,全年执行78万元。\n${number ? '二、' : ''}乙村蔬菜大棚项目。全年预算60万元,全年执行57.1万元。`,
    rows: ['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元'],
  })),
  {
    layout: 'refused: one such line alone is the report’s own project (its figures), no row',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目。全年预算80万元,全年执行78万元。\n该项目完成道路硬化2公里。',
    rows: [],
  },
  {
    layout: 'a range of months before the spending (1-12月累计支出…) and 计划总投资 as the budget: cue words, no amounts and no name',
    text: '某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目计划总投资80万元,1-12月累计支出78万元;乙村蔬菜大棚项目计划总投资60万元,1-12月累计支出57.1万元。',
    rows: ['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元'],
  },
  {
    layout: 'refused: a works’ quantity split off as a cell of its own, two numbers where the header has one',
    text: '序号 项目名称 项目类型 建设任务 资金规模(万元) 资金来源 绩效目标\n1 东山村茶叶基地提升项目 产业发展 新建茶园 200 85 中央衔接资金 带动脱贫户增收\n2 西山村产业路建设项目 基础设施 硬化道路 2.5 120 省级衔接资金 改善出行条件',
    rows: [],
  },
];

/** A transfer fund's report: its items due, arrived and paid, numbered ①… and on in plain digits, restated twice. */
const TRANSFER_FUND_ITEMS: Example[] = [
  {
    layout: 'a list restated with its spending, read by two readers: one row an item',
    text: '本中心2024年参与绩效评价的项目共3个,项目支出20.5万元。具体如下:\n1、资料整理费6万元,主要用于资料整理方面;\n2、业务核查费用12万元,主要用于业务核查方面;\n3、场地租金2.5万元,主要用于场地租赁。\n2024年项目资金为20.5万元,实际已支付20.5万元。具体如下:\n1、资料整理费6万元,实际已支付6万元,资金支付率100%;\n2、业务核查费用12万元,实际已支付12万元,资金支付率100%;\n3、场地租金2.5万元,实际已支付2.5万元,资金支付率100%。',
    rows: ['资料整理费 | 6 | 6 | 100 | 万元', '业务核查费用 | 12 | 12 | 100 | 万元', '场地租金 | 2.5 | 2.5 | 100 | 万元'],
  },
  {
    layout: 'the money due (应到位) the budget, the money arrived and its rate read past',
    text: '2023年度上级安排林业资金500万元。分项目如下:①森林防火补助应到位80万元,实际到位30万元,到位率37.5%;②护林员补助应到位300万元,实际到位300万元,到位率100%;③有害生物防治补助应到位120万元,实际到位0万元,到位率0%。',
    rows: ['森林防火补助 | 80 | - | - | 万元', '护林员补助 | 300 | - | - | 万元', '有害生物防治补助 | 120 | - | - | 万元'],
  },
  {
    layout: 'circled numbers going on in plain digits run into the names',
    text: '资金分配如下:①森林防火补助60万元;②护林员补助300万元;③湿地保护补助90万元;4退耕还林补助120万元;5有害生物防治补助35万元。',
    rows: [
      '森林防火补助 | 60 | - | - | 万元',
      '护林员补助 | 300 | - | - | 万元',
      '湿地保护补助 | 90 | - | - | 万元',
      '退耕还林补助 | 120 | - | - | 万元',
      '有害生物防治补助 | 35 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a digit a count follows (3号楼) opens a name, whatever numbers went before',
    text: '资金分配如下:①东区围墙维修60万元;②西区管网改造300万元;3号楼外墙维修90万元。',
    rows: ['东区围墙维修 | 60 | - | - | 万元', '西区管网改造 | 300 | - | - | 万元', '3号楼外墙维修 | 90 | - | - | 万元'],
  },
  {
    layout: 'an item not paid, said in place of its amount, named without the words',
    text: '资金使用情况如下:①森林防火补助支付21万元,执行率35%;②护林员补助支付300万元,执行率100%;③湿地保护补助未支付,执行率为0%。',
    rows: ['森林防火补助 | - | 21 | 35 | 万元', '护林员补助 | - | 300 | 100 | 万元', '湿地保护补助 | - | - | 0 | 万元'],
  },
  {
    layout: 'a subtotal its parts follow (其中:) read past, the items before it kept',
    text: '共需发放资助金600万元。分别是:\n一、学前教育资助:386人,金额17.38万元;\n二、义务教育生活补助:7074人,430.88万元;\n其中:寄宿生生活补助:4842人,金额343.92万元;\n非寄宿生生活补助:2232人,金额86.96万元;\n三、普通高中助学金:2064人,金额237.36万元。',
    rows: [
      '学前教育资助 | 17.38 | - | - | 万元',
      '寄宿生生活补助 | 343.92 | - | - | 万元',
      '非寄宿生生活补助 | 86.96 | - | - | 万元',
      '普通高中助学金 | 237.36 | - | - | 万元',
    ],
  },
];

/** A sentence of items alone right after the sentence stating their total, adding up to it exactly: its parts, no word before them. */
const ITEMS_AFTER_THEIR_TOTAL: Example[] = [
  {
    layout: 'the total’s sentence, then the items with their spending in brackets',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目总预算180万元。甲村管网改造100万元(已支出95万元),乙村水质检测80万元(已支出78万元)。',
    rows: ['甲村管网改造 | 100 | 95 | - | 万元', '乙村水质检测 | 80 | 78 | - | 万元'],
  },
  {
    layout: 'the year’s spending stated, then each item’s spending adding up to it',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目总预算180万元,实际支出173万元。甲村管网改造支出95万元,乙村水质检测支出78万元。',
    rows: ['甲村管网改造 | - | 95 | - | 万元', '乙村水质检测 | - | 78 | - | 万元'],
  },
  {
    layout: 'refused: items that do not add up to the total before them',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目总预算200万元。甲村管网改造100万元,乙村水质检测80万元。',
    rows: [],
  },
  {
    layout: 'refused: parts that are funding sources, however they add up',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目总预算180万元。中央资金100万元,省级资金80万元。',
    rows: [],
  },
  {
    layout: 'refused: a sum that is both the budget and the spending stated before (which the items are is not told)',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目预算180万元,实际支出180万元。甲村管网改造100万元,乙村水质检测80万元。',
    rows: [],
  },
];

/** A later sentence restating listed items by their names, each with a measure it lacked: "甲…支出95万元,乙…支出78万元". */
const RESTATED_BY_NAME: Example[] = [
  {
    layout: 'budgets listed after 其中, then a sentence giving each item, by its name, its spending',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目资金180万元,其中甲村管网改造100万元,乙村水质检测80万元。截至年底,甲村管网改造支出95万元,乙村水质检测支出78万元。',
    rows: ['甲村管网改造 | 100 | 95 | - | 万元', '乙村水质检测 | 80 | 78 | - | 万元'],
  },
  {
    layout: 'the same with each item’s rate in a second sentence',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目资金180万元,其中甲村管网改造100万元,乙村水质检测80万元。甲村管网改造执行率95%,乙村水质检测执行率97.5%。',
    rows: ['甲村管网改造 | 100 | - | 95 | 万元', '乙村水质检测 | 80 | - | 97.5 | 万元'],
  },
  {
    layout: 'refused: a sentence naming one item alone restates no list',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目资金180万元,其中甲村管网改造100万元,乙村水质检测80万元。甲村管网改造支出95万元,已完工。',
    rows: ['甲村管网改造 | 100 | - | - | 万元', '乙村水质检测 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: a clause naming none of the items (丙村…) leaves the sentence unread',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目资金180万元,其中甲村管网改造100万元,乙村水质检测80万元。甲村管网改造支出95万元,丙村道路硬化支出78万元。',
    rows: ['甲村管网改造 | 100 | - | - | 万元', '乙村水质检测 | 80 | - | - | 万元'],
  },
];

/** Items in one sentence, each its budget then its spending, set apart by commas alone: a name not called a project opens each. */
const ITEMS_BY_COMMAS: Example[] = [
  {
    layout: 'each item a name run into its cue (预算), then its spending, the next name after a comma',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n甲村管网改造预算100万元,实际支出95万元,乙村水质检测预算80万元,实际支出78万元。',
    rows: ['甲村管网改造 | 100 | 95 | - | 万元', '乙村水质检测 | 80 | 78 | - | 万元'],
  },
  {
    layout: 'after 其中, each item a name and its bare amount, then its spending and rate',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目预算180万元,其中:甲村管网改造100万元,实际支出95万元,执行率95%,乙村水质检测80万元,实际支出78万元,执行率97.5%。',
    rows: ['甲村管网改造 | 100 | 95 | 95 | 万元', '乙村水质检测 | 80 | 78 | 97.5 | 万元'],
  },
  {
    layout: 'refused: the unit’s and a project’s own budgets (部门预算 … 项目预算 …) are no items',
    text: '某县水利局2023年度部门整体支出绩效自评报告\n\n部门预算1200万元,实际支出1150万元,项目预算300万元,实际支出290万元。',
    rows: [],
  },
  {
    layout: 'refused: classes of spending, and funding sources after 其中, are no items',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n基本支出预算800万元,实际支出790万元,项目支出预算400万元,实际支出360万元。项目预算180万元,其中中央资金100万元,实际支出95万元,省级资金80万元,实际支出78万元。',
    rows: [],
  },
];

/** The spending of the whole after a list of its parts (…,实际支出143万元,执行率95.33%): no item, the list read before it. */
const SPENT_AFTER_A_LIST: Example[] = [
  {
    layout: 'a budget, its uses (用于A、B), then the whole’s spending and rate in the same sentence',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n全年预算150万元,用于管网改造100万元、水质检测50万元,实际支出143万元,执行率95.33%。',
    rows: ['管网改造 | 100 | - | - | 万元', '水质检测 | 50 | - | - | 万元'],
  },
  {
    layout: 'a budget split by 其中, then 已支付 for the whole',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目预算180万元,其中甲村管网改造100万元、乙村水质检测80万元,已支付173万元。',
    rows: ['甲村管网改造 | 100 | - | - | 万元', '乙村水质检测 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused as the whole’s: spending after each item, amounts going on after the first (each item’s own, read by other rules)',
    text: '某县农村饮水安全项目2023年度绩效自评报告\n\n项目预算180万元,其中甲村管网改造100万元,实际支出95万元;乙村水质检测80万元,实际支出78万元。',
    rows: ['甲村管网改造 | 100 | 95 | - | 万元', '乙村水质检测 | 80 | 78 | - | 万元'],
  },
];

/** The same items' budgets listed twice, before and after the budget was cut: the list adding up to the report's budget stands. */
const RESTATED_BUDGETS: Example[] = [
  {
    layout: 'a grant and its split, a cut, then the budget and its split again: the second list adds up to the budget',
    text: '某县2023年度文化专项资金绩效自评报告\n\n2023年某县文化专项资金预算189.28万元。\n\n(1)省财政厅下达我县文化专项资金412.85万元,其中一般项目375.65万元,绩效奖励37.2万元。\n\n(2)省财政厅追减我县文化专项资金223.57万元。我县2023年文化专项资金189.28万元,其中一般项目151.8万元,绩效奖励37.48万元。',
    rows: ['一般项目 | 151.8 | - | - | 万元', '绩效奖励 | 37.48 | - | - | 万元'],
  },
  {
    layout: 'refused: neither list adds up to the budget the report states, and both stay (which is the items’ the text does not tell)',
    text: '某县2023年度文化专项资金绩效自评报告\n\n2023年某县文化专项资金预算200万元。\n\n(1)省财政厅下达我县文化专项资金412.85万元,其中一般项目375.65万元,绩效奖励37.2万元。\n\n(2)省财政厅追减我县文化专项资金223.57万元。我县2023年文化专项资金189.28万元,其中一般项目151.8万元,绩效奖励37.48万元。',
    rows: [
      '一般项目 | 375.65 | - | - | 万元',
      '绩效奖励 | 37.2 | - | - | 万元',
      '一般项目 | 151.8 | - | - | 万元',
      '绩效奖励 | 37.48 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: two lists of different items, one adding up to the budget, both stand',
    text: '某县2023年度文化专项资金绩效自评报告\n\n2023年某县文化专项资金预算189.28万元。\n\n(1)省财政厅下达我县文化专项资金412.85万元,其中图书购置375.65万元,场馆维修37.2万元。\n\n(2)我县2023年文化专项资金189.28万元,其中一般项目151.8万元,绩效奖励37.48万元。',
    rows: [
      '图书购置 | 375.65 | - | - | 万元',
      '场馆维修 | 37.2 | - | - | 万元',
      '一般项目 | 151.8 | - | - | 万元',
      '绩效奖励 | 37.48 | - | - | 万元',
    ],
  },
];

/** A plan's projects (项目谋划安排): each numbered, its money planned or expected (计划 / 预计安排资金), a remark after its name. */
const PLANNED_ITEMS: Example[] = [
  {
    layout: 'items under two groups, one closing its name with a remark of examples in brackets (如:…,…、…等)',
    text: '二、项目谋划安排情况\n\n(一)政策补贴类项目,共250万元\n\n1、2024年某县职业教育助学项目,计划安排资金180万元。\n\n2、2024年某县技能培训项目,预计安排资金70万元。\n\n(二)产业类项目,共900万元。\n\n1、村集体经济发展项目,计划安排资金600万元。\n\n2、其他特色产业项目(如:林下种植,特色养殖、农产品加工等),计划安排资金300万元。',
    rows: [
      '2024年某县职业教育助学项目 | 180 | - | - | 万元',
      '2024年某县技能培训项目 | 70 | - | - | 万元',
      '村集体经济发展项目 | 600 | - | - | 万元',
      '其他特色产业项目(如:林下种植,特色养殖、农产品加工等) | 300 | - | - | 万元',
    ],
  },
  {
    layout: 'an item named 其他… closed by a remark of its stage (续建): a project still, no spending classification',
    text: '1、村集体经济发展项目,安排资金600万元。\n\n2、其他特色产业项目(续建),安排资金300万元。',
    rows: ['村集体经济发展项目 | 600 | - | - | 万元', '其他特色产业项目(续建) | 300 | - | - | 万元'],
  },
  {
    layout: 'refused: 其他… with a remark, no project named (其他支出(含办公费)) is a class of spending',
    text: '1、村集体经济发展项目,安排资金600万元。\n\n2、其他支出(含办公费),安排资金300万元。',
    rows: [],
  },
  {
    layout: 'refused as part of the name: a bracket with numbers closing it, a clause of quantities, not words of examples',
    text: '1、村集体经济发展项目,安排资金600万元。\n\n2、特色产业项目(如:种植100亩,养殖20户),安排资金300万元。',
    rows: ['村集体经济发展项目 | 600 | - | - | 万元', '特色产业项目 | 300 | - | - | 万元'],
  },
];

/** A 公示 of the money proposed for each project (拟补助金额), and the grant a clause gives an item (补助 / 已补助). */
const GRANTS: Example[] = [
  {
    layout: 'a table of proposed grants (拟补助金额), the applicant beside each project (申报单位)',
    text: '青山县2024年农业产业发展资金分配结果公示\n\n| 序号 | 申报单位 | 项目名称 | 拟补助金额(万元) |\n|---|---|---|---|\n| 1 | 青山县绿源农业专业合作社 | 高标准蔬菜基地建设 | 30 |\n| 2 | 青山县丰收家庭农场 | 水稻烘干设备购置 | 25 |\n| 3 | 青山县果香种植公司 | 柑橘园提质改造 | 20 |',
    rows: ['高标准蔬菜基地建设 | 30 | - | - | 万元', '水稻烘干设备购置 | 25 | - | - | 万元', '柑橘园提质改造 | 20 | - | - | 万元'],
  },
  {
    layout: 'the same table a row a line, its cells spaced',
    text: '青山县2024年农业产业发展资金分配结果公示\n\n序号 申报单位 项目名称 拟补助金额(万元)\n1 青山县绿源农业专业合作社 高标准蔬菜基地建设 30\n2 青山县丰收家庭农场 水稻烘干设备购置 25\n3 青山县果香种植公司 柑橘园提质改造 20',
    rows: ['高标准蔬菜基地建设 | 30 | - | - | 万元', '水稻烘干设备购置 | 25 | - | - | 万元', '柑橘园提质改造 | 20 | - | - | 万元'],
  },
  {
    layout: 'projects after a colon, each its grant after a comma (补助30万元): budgets',
    text: '青山县2024年农业产业发展资金分配结果公示\n\n拟补助项目如下:高标准蔬菜基地建设项目,补助30万元;水稻烘干设备购置项目,补助25万元;柑橘园提质改造项目,补助20万元。',
    rows: [
      '高标准蔬菜基地建设项目 | 30 | - | - | 万元',
      '水稻烘干设备购置项目 | 25 | - | - | 万元',
      '柑橘园提质改造项目 | 20 | - | - | 万元',
    ],
  },
  {
    layout: 'a procurement intention’s purchases (采购项目名称), each its budget, words beside them (采购需求概况, 预计采购时间)',
    text: '青山县教育局2024年1月至3月政府采购意向\n\n| 序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间(填写到月) | 备注 |\n|---|---|---|---|---|---|\n| 1 | 中小学教室照明改造 | 更换LED护眼灯2000套 | 120 | 2024年2月 | |\n| 2 | 校园安防监控系统升级 | 升级监控设备300套 | 85.5 | 2024年3月 | |',
    rows: ['中小学教室照明改造 | 120 | - | - | 万元', '校园安防监控系统升级 | 85.5 | - | - | 万元'],
  },
  {
    layout: 'the same one cell a line',
    text: [
      '青山县教育局2024年1月至3月政府采购意向',
      '',
      '序号',
      '采购项目名称',
      '采购需求概况',
      '预算金额(万元)',
      '预计采购时间(填写到月)',
      '1',
      '中小学教室照明改造',
      '更换LED护眼灯2000套',
      '120',
      '2024年2月',
      '2',
      '校园安防监控系统升级',
      '升级监控设备300套',
      '85.5',
      '2024年3月',
    ].join('\n'),
    rows: ['中小学教室照明改造 | 120 | - | - | 万元', '校园安防监控系统升级 | 85.5 | - | - | 万元'],
  },
  {
    layout: 'a procurement intention as labelled blocks, each numbered (一、采购项目名称:A), its needs between the name and its budget',
    text: '青山县教育局2024年政府采购意向公开\n\n一、采购项目名称:中小学教室照明改造\n采购需求概况:更换LED护眼灯2000套\n预算金额:120万元\n预计采购时间:2024年2月\n\n二、采购项目名称:校园安防监控系统升级\n采购需求概况:升级监控设备300套\n预算金额:85.5万元\n预计采购时间:2024年3月',
    rows: ['中小学教室照明改造 | 120 | - | - | 万元', '校园安防监控系统升级 | 85.5 | - | - | 万元'],
  },
  {
    layout: 'labelled blocks each numbered (1.项目名称:A)',
    text: '青山县水利局2023年度项目支出绩效自评报告\n\n1.项目名称:小型水库维修养护\n预算金额:200万元\n实际支出:180万元\n\n2.项目名称:农村饮水工程维护\n预算金额:120万元\n实际支出:118万元',
    rows: ['小型水库维修养护 | 200 | 180 | - | 万元', '农村饮水工程维护 | 120 | 118 | - | 万元'],
  },
  {
    layout: 'refused as a cue: a name the grant’s words end (…开放补助资金) keeps them, in a list after 具体包括',
    text: '2023年年初预算项目经费500万元,具体包括:城区道路养护200万元,体育场馆免费开放补助资金12.5万元,公园绿化管护287.5万元。',
    rows: ['城区道路养护 | 200 | - | - | 万元', '体育场馆免费开放补助资金 | 12.5 | - | - | 万元', '公园绿化管护 | 287.5 | - | - | 万元'],
  },
  {
    layout: 'refused as budgets: what was granted already (已补助) is spending, no part of the name',
    text: '青山县2023年惠农补贴资金使用情况\n\n2023年全县已补助资金500万元。其中:耕地地力保护补贴已补助300万元,农机购置补贴已补助200万元。',
    rows: ['耕地地力保护补贴 | - | 300 | - | 万元', '农机购置补贴 | - | 200 | - | 万元'],
  },
  {
    layout: 'refused: a grant per person (按每人每月补助500元) is a rate of giving, no row',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n2023年对全县困难群众按每人每月补助500元的标准发放生活补贴,全年发放1,200万元。',
    rows: [],
  },
];

/** A project's works one at a time after its total: 分项目看, and the share of each one's money its sources gave. */
const WORKS_ONE_AT_A_TIME: Example[] = [
  {
    layout: 'the works after 分项目看, each its budget and spending',
    text: '青山县2023年农村饮水安全项目绩效自评报告\n\n一、项目基本情况\n\n项目总预算500万元,实际支出470万元。分项目看,东片区供水管网改造项目预算300万元,支出290万元;西片区水厂提标改造项目预算200万元,支出180万元。',
    rows: ['东片区供水管网改造项目 | 300 | 290 | - | 万元', '西片区水厂提标改造项目 | 200 | 180 | - | 万元'],
  },
  {
    layout: 'the works after 从各项目看, each its spending and rate',
    text: '青山县2023年农村饮水安全项目绩效自评报告\n\n一、项目基本情况\n\n项目总预算500万元,实际支出470万元。从各项目看,东片区供水管网改造项目支出290万元,执行率96.67%;西片区水厂提标改造项目支出180万元,执行率90%。',
    rows: ['东片区供水管网改造项目 | - | 290 | 96.67 | 万元', '西片区水厂提标改造项目 | - | 180 | 90 | 万元'],
  },
  {
    layout: 'the items after 从项目看, each its budget and spending, in a department’s report',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n2023年部门预算1500万元,实际支出1480万元。从项目看,城乡低保预算500万元,支出495万元;临时救助预算200万元,支出195万元。',
    rows: ['城乡低保 | 500 | 495 | - | 万元', '临时救助 | 200 | 195 | - | 万元'],
  },
  {
    layout: 'a work’s bare amount, its sources’ parts in brackets adding up to it, then its spending: the amount its budget',
    text: '青山县2023年农村饮水安全项目绩效自评报告\n\n一、项目基本情况\n\n2023年下达项目资金500万元,其中:东片区供水管网改造项目300万元(中央资金200万元,省级资金100万元),已支出290万元;西片区水厂提标改造项目200万元,已支出180万元。',
    rows: ['东片区供水管网改造项目 | 300 | 290 | - | 万元', '西片区水厂提标改造项目 | 200 | 180 | - | 万元'],
  },
  {
    layout: 'the same, one source’s share in brackets after 其中 (less than the amount)',
    text: '青山县2023年农村饮水安全项目绩效自评报告\n\n一、项目基本情况\n\n2023年下达项目资金500万元,其中:东片区供水管网改造项目300万元(其中中央资金200万元),已支出290万元;西片区水厂提标改造项目200万元,已支出180万元。',
    rows: ['东片区供水管网改造项目 | 300 | 290 | - | 万元', '西片区水厂提标改造项目 | 200 | 180 | - | 万元'],
  },
  {
    layout: 'the works after the count of them and the verb that says they make up the project (由两个子项目组成:)',
    text: '青山县农村饮水安全工程2023年度绩效自评报告\n\n二、项目资金情况\n\n该项目由两个子项目组成:东片区供水管网改造,年初预算300万元,全年执行290万元;西片区水厂提标改造,年初预算200万元,全年执行180万元。',
    rows: ['东片区供水管网改造 | 300 | 290 | - | 万元', '西片区水厂提标改造 | 200 | 180 | - | 万元'],
  },
  {
    layout:
      'refused: a heading that is a theme (推进乡村振兴), its money given by a verb to a fund of its own name: no row named by the theme',
    text: '关于青山县2023年预算执行情况和2024年预算草案的报告\n\n三、2024年预算草案\n\n(一)保障和改善民生。安排城乡居民基本养老保险补助1.5亿元,安排医疗救助资金0.6亿元。(二)推进乡村振兴。安排乡村振兴衔接资金3.2亿元。(三)优先发展教育。安排义务教育保障经费2.1亿元。',
    rows: [],
  },
  {
    layout:
      'headings each an item, the verb giving money to the item restated (安排农村公路养护资金) or to money in general (安排专项资金)',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n三、重点项目执行情况\n\n(一)农村公路养护。安排农村公路养护资金50万元,实际支出48万元。\n(二)城乡低保。下达城乡低保资金300万元,实际支出295万元。\n(三)临时救助。安排专项资金40万元,实际支出38万元。',
    rows: ['农村公路养护 | 50 | 48 | - | 万元', '城乡低保 | 300 | 295 | - | 万元', '临时救助 | 40 | 38 | - | 万元'],
  },
  {
    layout: 'a rate after the last work, set apart by a comma as the works are, with no budget of its own: the whole’s, no work’s',
    text: '青山县水利局2023年度项目支出绩效自评报告\n\n项目资金500万元,实际支出470万元,其中东片区供水管网改造项目支出290万元,西片区水厂提标改造项目支出180万元,执行率94%。',
    rows: ['东片区供水管网改造项目 | - | 290 | - | 万元', '西片区水厂提标改造项目 | - | 180 | - | 万元'],
  },
  {
    layout: 'refused as the whole’s: the works set apart by ";", the rate inside the last one’s clause is its own',
    text: '青山县水利局2023年度项目支出绩效自评报告\n\n项目资金500万元,实际支出470万元,其中:东片区供水管网改造项目支出290万元;西片区水厂提标改造项目支出180万元,执行率90%。',
    rows: ['东片区供水管网改造项目 | - | 290 | - | 万元', '西片区水厂提标改造项目 | - | 180 | 90 | 万元'],
  },
  {
    layout: 'the items after the projects they are part of (重点项目中,), each its budget, spending and rate',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n2023年部门预算1500万元,实际支出1480万元。重点项目中,城乡低保预算500万元,支出495万元,执行率99%;临时救助预算200万元,支出195万元,执行率97.5%。',
    rows: ['城乡低保 | 500 | 495 | 99 | 万元', '临时救助 | 200 | 195 | 97.5 | 万元'],
  },
  {
    layout: 'refused: the levels’ funds after the project they are part of (城乡低保项目中,中央资金…) are sources, no items',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n2023年部门预算1500万元,实际支出1480万元。城乡低保项目中,中央资金预算300万元,支出298万元;省级资金预算200万元,支出197万元。',
    rows: [],
  },
  {
    layout: 'two sentences in a row, each a name not called a project stating the same measures in the same order: a list',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n2023年部门预算1500万元,实际支出1400万元。城乡低保预算500万元,支出495万元,执行率99%。临时救助预算200万元,支出195万元,执行率97.5%。',
    rows: ['城乡低保 | 500 | 495 | 99 | 万元', '临时救助 | 200 | 195 | 97.5 | 万元'],
  },
  {
    layout: 'refused: the same pairs of sentences named by classes, years, sources, the unit or the “三公”: no rows',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n基本支出预算800万元,实际支出790万元。项目支出预算700万元,实际支出690万元。\n\n2023年预算1500万元,实际支出1480万元。2022年预算1400万元,实际支出1380万元。\n\n中央资金预算300万元,实际支出298万元。省级资金预算200万元,实际支出197万元。\n\n部门预算1500万元,实际支出1480万元。本单位预算1500万元,实际支出1480万元。\n\n“三公”经费预算10万元,实际支出8万元。公务接待费预算3万元,实际支出2万元。',
    rows: [],
  },
  {
    layout: 'refused: one such sentence alone is no list (a one-project report’s own figures)',
    text: '青山县农村饮水安全工程2023年度绩效自评报告\n\n供水管网改造预算300万元,支出290万元,执行率96.67%。',
    rows: [],
  },
  {
    layout: 'refused: a source’s “share” larger than the amount before it is no share of it: that work gives no row',
    text: '青山县2023年农村饮水安全项目绩效自评报告\n\n一、项目基本情况\n\n2023年下达项目资金500万元,其中:东片区供水管网改造项目300万元(其中中央资金400万元),已支出290万元;西片区水厂提标改造项目200万元,已支出180万元。',
    rows: [],
  },
];

/** Columns a flattened project list reads past: each one unknown would end the header early and leave no rows. */
const COLUMNS_READ_PAST: Example[] = [
  {
    layout: 'one cell a line, households reached (受益户数) after each project’s money, the last one blank',
    text: [
      '某县2020年扶贫专项资金安排表',
      '',
      '单位:万元',
      '',
      '序号',
      '村名',
      '项目名称',
      '建设内容',
      '资金金额',
      '受益户数',
      '1',
      '东坪村',
      '茶叶基地',
      '续建',
      '20',
      '12',
      '2',
      '西坪村',
      '蔬菜大棚',
      '新建',
      '25',
      '30',
      '3',
      '南坪村',
      '灌溉渠',
      '新建',
      '16',
    ].join('\n'),
    rows: ['茶叶基地 | 20 | - | - | 万元', '蔬菜大棚 | 25 | - | - | 万元', '灌溉渠 | 16 | - | - | 万元'],
  },
  {
    layout: 'an allocation table one cell a line: each project’s place (镇、村), its whole cost (资金投入) and the grant (补助金额)',
    text: [
      '2024年乡村振兴补助项目资金分配表',
      '',
      '序号',
      '镇、村',
      '项目名称',
      '项目内容',
      '资金投入(万元)',
      '补助金额(万元)',
      '1',
      '东岭镇北村',
      '道路改造建设',
      '全长约550米',
      '40',
      '10',
      '2',
      '东岭镇南村',
      '水渠修复',
      '长约300米',
      '20',
      '8',
    ].join('\n'),
    rows: ['道路改造建设 | 10 | - | - | 万元', '水渠修复 | 8 | - | - | 万元'],
  },
  {
    layout: 'the same as a pipe table: the grant is each project’s budget, its whole cost passed over',
    text: '2024年乡村振兴补助项目资金分配表\n\n| 序号 | 镇、村 | 项目名称 | 资金投入(万元) | 补助金额(万元) |\n|---|---|---|---|---|\n| 1 | 东岭镇北村 | 道路改造建设 | 40 | 10 |\n| 2 | 东岭镇南村 | 水渠修复 | 20 | 8 |',
    rows: ['道路改造建设 | 10 | - | - | 万元', '水渠修复 | 8 | - | - | 万元'],
  },
  {
    layout: 'refused: two budgets neither of which is a whole cost (预算数 | 下达资金) stay two, and unreadable',
    text: '2024年项目资金表\n\n| 序号 | 项目名称 | 预算数(万元) | 下达资金(万元) |\n|---|---|---|---|\n| 1 | 道路改造建设 | 40 | 10 |\n| 2 | 水渠修复 | 20 | 8 |',
    rows: [],
  },
  {
    layout: 'one cell a line, the budget less the spending (差额) between the spending and the rate',
    text: [
      '青山县2023年项目支出执行情况',
      '',
      '项目名称',
      '预算数',
      '执行数',
      '差额',
      '执行率',
      '学生营养改善计划',
      '560',
      '550',
      '10',
      '98.21%',
      '基层医疗能力提升',
      '320',
      '300',
      '20',
      '93.75%',
    ].join('\n'),
    rows: ['学生营养改善计划 | 560 | 550 | 98.21 | 万元', '基层医疗能力提升 | 320 | 300 | 93.75 | 万元'],
  },
  {
    layout: 'one cell a line, the money that reached the unit (到位资金) between the budget and the spending',
    text: [
      '青山县2023年项目支出执行情况',
      '',
      '项目名称',
      '预算数',
      '到位资金',
      '执行数',
      '执行率',
      '学生营养改善计划',
      '560',
      '560',
      '550',
      '98.21%',
      '基层医疗能力提升',
      '320',
      '300',
      '300',
      '93.75%',
    ].join('\n'),
    rows: ['学生营养改善计划 | 560 | 550 | 98.21 | 万元', '基层医疗能力提升 | 320 | 300 | 93.75 | 万元'],
  },
  {
    layout: 'one cell a line, each level’s share (中央资金 / 省级资金) and a review’s words (存在问题)',
    text: [
      '青山县2023年项目支出执行情况',
      '',
      '项目名称',
      '预算数',
      '中央资金',
      '省级资金',
      '执行数',
      '执行率',
      '存在问题',
      '学生营养改善计划',
      '560',
      '500',
      '60',
      '550',
      '98.21%',
      '无',
      '基层医疗能力提升',
      '320',
      '300',
      '20',
      '300',
      '93.75%',
      '进度慢',
    ].join('\n'),
    rows: ['学生营养改善计划 | 560 | 550 | 98.21 | 万元', '基层医疗能力提升 | 320 | 300 | 93.75 | 万元'],
  },
  {
    layout: 'an evaluation notice one cell a line, the body that evaluated each project (评价机构) before its grade',
    text: [
      '青山县财政局关于2023年度项目支出绩效评价结果的通报',
      '',
      '序号',
      '主管部门',
      '项目名称',
      '资金量(万元)',
      '评价机构',
      '等级',
      '1',
      '县教育局',
      '学生营养改善计划',
      '560',
      '某会计师事务所',
      '优',
      '2',
      '县卫健委',
      '基层医疗能力提升',
      '320',
      '某咨询公司',
      '良',
    ].join('\n'),
    rows: ['学生营养改善计划 | 560 | - | - | 万元', '基层医疗能力提升 | 320 | - | - | 万元'],
  },
  {
    layout: 'one cell a line, the names’ column headed 分项名称 (a project’s parts)',
    text: [
      '青山县农村饮水安全工程2023年度绩效自评报告',
      '',
      '分项名称',
      '预算数(万元)',
      '执行数(万元)',
      '执行率',
      '东片区供水管网改造',
      '300',
      '290',
      '96.67%',
      '西片区水厂提标改造',
      '200',
      '180',
      '90%',
    ].join('\n'),
    rows: ['东片区供水管网改造 | 300 | 290 | 96.67 | 万元', '西片区水厂提标改造 | 200 | 180 | 90 | 万元'],
  },
  {
    layout: 'one cell a line, the names’ column headed 补助项目 (a scheme’s subsidies)',
    text: [
      '青山县2023年惠农补贴资金发放情况',
      '',
      '补助项目',
      '预算数(万元)',
      '发放数(万元)',
      '耕地地力保护补贴',
      '500',
      '498',
      '农机购置补贴',
      '120',
      '115',
    ].join('\n'),
    rows: ['耕地地力保护补贴 | 500 | 498 | - | 万元', '农机购置补贴 | 120 | 115 | - | 万元'],
  },
  {
    layout: 'refused: a column still unknown (调整数) in a numbered notice: no rows',
    text: [
      '青山县财政局关于2023年度项目支出绩效评价结果的通报',
      '',
      '序号',
      '主管部门',
      '项目名称',
      '资金量(万元)',
      '调整数',
      '等级',
      '1',
      '县教育局',
      '学生营养改善计划',
      '560',
      '20',
      '优',
      '2',
      '县卫健委',
      '基层医疗能力提升',
      '320',
      '10',
      '良',
    ].join('\n'),
    rows: [],
  },
];

/** A unit's budget document: what it sets out to spend on each project, its budget (LABELS.md convention 4). */
const BUDGET_DOCUMENT_ITEMS: Example[] = [
  {
    layout: 'numbered items with no cue, under a section heading naming a budget (项目支出预算情况): budgets',
    text: '青山镇人民政府2024年部门预算\n\n(三)项目支出预算情况\n\n1.村级组织运转经费:120.5万元。用于保障村级组织正常运转。\n2.环境卫生整治经费:48万元。用于改善人居环境。\n3.道路养护经费:30万元。用于保障道路通畅。',
    rows: ['村级组织运转经费 | 120.5 | - | - | 万元', '环境卫生整治经费 | 48 | - | - | 万元', '道路养护经费 | 30 | - | - | 万元'],
  },
  {
    layout: 'refused: the same items under a heading on the budget’s execution (预算执行情况), which names no measure',
    text: '青山镇人民政府2023年度部门决算\n\n三、项目支出预算执行情况\n\n1.村级组织运转经费:120.5万元。用于保障村级组织正常运转。\n2.环境卫生整治经费:48万元。用于改善人居环境。',
    rows: [],
  },
  {
    layout: 'the project spending a budget document sets out, then its items after 其中: budgets, not money spent',
    text: '青山镇人民政府2024年部门预算\n\n2024年项目支出198.5万元,其中:村级组织运转经费120.5万元,环境卫生整治经费48万元,道路养护经费30万元。',
    rows: ['村级组织运转经费 | 120.5 | - | - | 万元', '环境卫生整治经费 | 48 | - | - | 万元', '道路养护经费 | 30 | - | - | 万元'],
  },
  {
    layout: 'the budget’s verb before the class (安排项目支出), then its items: budgets, and 安排项目 no project',
    text: '青山镇人民政府2024年部门预算\n\n2024年安排项目支出198.5万元,其中:村级组织运转经费120.5万元,环境卫生整治经费48万元,道路养护经费30万元。',
    rows: ['村级组织运转经费 | 120.5 | - | - | 万元', '环境卫生整治经费 | 48 | - | - | 万元', '道路养护经费 | 30 | - | - | 万元'],
  },
  {
    layout: 'a 项目支出预算表 one cell a line, the change from the year before (增减) after the two years’ columns: this year’s budget',
    text: [
      '青山县民政局2024年部门预算',
      '',
      '项目支出预算表',
      '',
      '单位:万元',
      '',
      '项目名称',
      '2024年预算数',
      '2023年预算数',
      '增减',
      '低保工作经费',
      '120.5',
      '110',
      '10.5',
      '临时救助经费',
      '48',
      '50',
      '-2',
      '养老服务补贴',
      '30',
      '30',
      '0',
    ].join('\n'),
    rows: ['低保工作经费 | 120.5 | - | - | 万元', '临时救助经费 | 48 | - | - | 万元', '养老服务补贴 | 30 | - | - | 万元'],
  },
  {
    layout: 'the same table a row a line, its cells spaced',
    text: '青山县民政局2024年部门预算\n\n项目支出预算表\n\n单位:万元\n\n项目名称  2024年预算数  2023年预算数  增减\n低保工作经费  120.5  110  10.5\n临时救助经费  48  50  -2\n养老服务补贴  30  30  0',
    rows: ['低保工作经费 | 120.5 | - | - | 万元', '临时救助经费 | 48 | - | - | 万元', '养老服务补贴 | 30 | - | - | 万元'],
  },
  {
    layout: 'the same table as a PDF’s layout copy gives it, each header’s year set a space apart from its words (2024 年预算数)',
    text: '青山县民政局 2024 年部门预算\n\n项目支出预算表\n\n单位:万元\n\n项目名称      2024 年预算数   2023 年预算数   增减\n低保工作经费    120.5       110         10.5\n临时救助经费    48          50          -2\n养老服务补贴    30          30          0\n',
    rows: ['低保工作经费 | 120.5 | - | - | 万元', '临时救助经费 | 48 | - | - | 万元', '养老服务补贴 | 30 | - | - | 万元'],
  },
  {
    layout: 'the same as a PDF’s plain copy gives it, a cell a paragraph',
    text: [
      '青山县民政局 2024 年部门预算',
      '项目支出预算表',
      '单位:万元',
      '项目名称',
      '',
      '2024 年预算数',
      '',
      '2023 年预算数',
      '',
      '增减',
      '',
      '低保工作经费',
      '',
      '120.5',
      '',
      '110',
      '',
      '10.5',
      '',
      '临时救助经费',
      '',
      '48',
      '',
      '50',
      '',
      '-2',
      '',
      '养老服务补贴',
      '',
      '30',
      '',
      '30',
      '',
      '0',
    ].join('\n'),
    rows: ['低保工作经费 | 120.5 | - | - | 万元', '临时救助经费 | 48 | - | - | 万元', '养老服务补贴 | 30 | - | - | 万元'],
  },
  {
    layout: 'a column of words on what each project’s money is for (主要用途), one cell a line',
    text: [
      '青山县民政局2024年部门预算',
      '',
      '项目支出预算表',
      '',
      '单位:万元',
      '',
      '项目名称',
      '2024年预算数',
      '主要用途',
      '低保工作经费',
      '120.5',
      '保障低保对象基本生活',
      '临时救助经费',
      '48',
      '临时救助困难群众',
      '养老服务补贴',
      '30',
      '补贴高龄老人',
    ].join('\n'),
    rows: ['低保工作经费 | 120.5 | - | - | 万元', '临时救助经费 | 48 | - | - | 万元', '养老服务补贴 | 30 | - | - | 万元'],
  },
  {
    layout:
      'refused: a money column the header run does not know (调整数), one cell a line: no rows, rather than names run into its amounts',
    text: [
      '青山县民政局2024年部门预算',
      '',
      '项目支出预算表',
      '',
      '单位:万元',
      '',
      '项目名称',
      '2024年预算数',
      '2023年预算数',
      '调整数',
      '低保工作经费',
      '120.5',
      '110',
      '10.5',
      '临时救助经费',
      '48',
      '50',
      '-2',
      '养老服务补贴',
      '30',
      '30',
      '0',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'refused as budgets: a budget document’s account of the year before’s execution (实际执行), spending',
    text: '青山镇人民政府2024年部门预算\n\n2023年项目支出实际执行190万元,其中:村级组织运转经费120万元,环境卫生整治经费70万元。',
    rows: ['村级组织运转经费 | - | 120 | - | 万元', '环境卫生整治经费 | - | 70 | - | 万元'],
  },
  {
    layout: 'refused as budgets: the same list in a self-evaluation, after the year’s spending (实际支出)',
    text: '青山县民政局2023年度部门整体支出绩效自评报告\n\n2023年安排项目支出198.5万元,实际支出190万元,其中:低保资金120.5万元,临时救助经费48万元,养老服务补贴21.5万元。',
    rows: ['低保资金 | - | 120.5 | - | 万元', '临时救助经费 | - | 48 | - | 万元', '养老服务补贴 | - | 21.5 | - | 万元'],
  },
];

/** A lottery fund's account (福彩 / 体彩公益金使用情况): where the year's 公益金 came from, then its uses by level and item. */
const LOTTERY_FUND_USES: Example[] = [
  {
    layout: 'refused: the year’s 公益金 by the level it came from (中央福彩公益金 / 省级… / 本级分成…), its periods in brackets',
    text: '某县民政局2023年度福彩公益金使用情况公示\n\n一、筹集情况\n\n2023年我县共筹集福彩公益金800万元。其中中央福彩公益金300万元,省级福彩公益金400万元,本级分成福彩公益金100万元(上年第四季度20万元,当年1-3季度80万元)。',
    rows: [],
  },
  {
    layout: 'the uses listed under each level’s heading, the levels no rows of their own',
    text: '某县民政局2023年度福彩公益金使用情况公示\n\n二、使用情况\n\n(一)中央资金300万元。\n\n1.居家养老服务补助200万元;\n\n2.孤儿助学工程100万元。\n\n(二)省级福彩公益金项目400万元。\n\n1.社区养老设施建设补贴250万元;\n\n2.县康复医院设备购置150万元。',
    rows: [
      '居家养老服务补助 | 200 | - | - | 万元',
      '孤儿助学工程 | 100 | - | - | 万元',
      '社区养老设施建设补贴 | 250 | - | - | 万元',
      '县康复医院设备购置 | 150 | - | - | 万元',
    ],
  },
  {
    layout: 'items opened by 分配, the verb no word of their names',
    text: '某市文化和旅游局2023年中央公共文化服务体系建设资金绩效自评报告\n\n下达资金500万元,具体分配如下:\n\n1.分配应急广播体系建设300万元;\n\n2.分配农村电影放映运行维护经费200万元。',
    rows: ['应急广播体系建设 | 300 | - | - | 万元', '农村电影放映运行维护经费 | 200 | - | - | 万元'],
  },
];

/** A fund divided among places (names.ts namedPlace), and places that break a named item down (tasks/places.ts). */
const PLACES: Example[] = [
  {
    layout: 'a province’s fund divided among its cities, an office’s share among them',
    text: '某省2022年度水利救灾资金绩效自评报告\n\n中央下达我省水利救灾资金3000万元,已全部分解到位,其中甲州市900万元、乙州市800万元、丙州市700万元、厅直单位600万元。',
    rows: ['甲州市 | 900 | - | - | 万元', '乙州市 | 800 | - | - | 万元', '丙州市 | 700 | - | - | 万元', '厅直单位 | 600 | - | - | 万元'],
  },
  {
    layout: 'refused: places after a named item’s money in its paragraph, no more than it together (where its money went)',
    text: '某市文化和旅游局2023年公共文化服务体系建设资金绩效自评报告\n\n下达资金500万元,具体分配如下:\n\n1.分配应急广播体系建设300万元。\n\n2.分配农村电影放映运行维护经费200万元,其中甲县80万元,乙县70万元,丙区50万元。',
    rows: ['应急广播体系建设 | 300 | - | - | 万元', '农村电影放映运行维护经费 | 200 | - | - | 万元'],
  },
  {
    layout: 'refused: places inside one numbered item of a list whose other items are named (one item’s split)',
    text: '某市文化和旅游局2023年公共文化服务体系建设资金绩效自评报告\n\n下达资金600万元,具体分配如下:\n\n1.分配应急广播体系建设300万元。\n\n2.开展送戏下乡活动,每村补助4400元,分配至甲县80万元,乙县70万元,丙区50万元,共计200万元。\n\n3.分配农家书屋运行维护经费100万元。',
    rows: ['应急广播体系建设 | 300 | - | - | 万元', '农家书屋运行维护经费 | 100 | - | - | 万元'],
  },
  {
    layout: 'a place among named items, with more money than the item before it: a sibling item, no split of it',
    text: '2023年上级下达我县文化专项资金300万元。其中:公共数字文化建设40万元,西坪村160万元,全民健身工程100万元。',
    rows: ['公共数字文化建设 | 40 | - | - | 万元', '西坪村 | 160 | - | - | 万元', '全民健身工程 | 100 | - | - | 万元'],
  },
  {
    layout:
      'a table copied double-spaced, one cell a paragraph, a blank cell one blank line more (header 市县名称 | 资金合计 | 中央资金 | 省级资金 | 市级资金 | 备注)',
    text: '某市2022年衔接资金分配情况公示\n\n2022年衔接资金分配情况表 单位:万元\n\n市县名称\n\n资金合计\n\n中央资金\n\n省级资金\n\n市级资金\n\n备注\n\n甲州市\n\n154\n\n\n\n154\n\n\n乙州县\n\n89\n\n60\n\n\n29\n\n\n丙州区\n\n226\n\n\n\n226\n\n\n注:以上资金已全部下达。',
    rows: ['甲州市 | 154 | - | - | 万元', '乙州县 | 89 | - | - | 万元', '丙州区 | 226 | - | - | 万元'],
  },
  {
    layout: 'the same copy of a project list (项目名称 | 预算数 | 执行数 | 备注), a blank budget cell one blank line more',
    text: '某局2023年度部门整体支出绩效自评报告\n\n项目名称\n\n预算数\n\n执行数\n\n备注\n\n档案数字化加工\n\n200\n\n190\n\n\n法治宣传教育\n\n\n57\n\n\n二、存在的问题',
    rows: ['档案数字化加工 | 200 | 190 | - | 万元', '法治宣传教育 | - | 57 | - | 万元'],
  },
  {
    layout:
      'a table run together under a place column (序号各设区市名称全年预算数全年执行数预算执行率1甲州市84.784.70100.00%…), its subtotal no row',
    text: '某省体育局2021年度专项转移支付绩效自评报告\n\n序号各设区市名称全年预算数全年执行数预算执行率1甲州市84.784.70100.00%2乙州市842.72842.72100.00%3丙州市1376.061268.3692.17%地市小计2303.482195.7895.32%',
    rows: [
      '甲州市 | 84.7 | 84.70 | 100.00 | 万元',
      '乙州市 | 842.72 | 842.72 | 100.00 | 万元',
      '丙州市 | 1376.06 | 1268.36 | 92.17 | 万元',
    ],
  },
  {
    layout: 'a fund divided among schools each named after its place (1、甲市玉泉小学4.8万元;…合计): items, as places are',
    text: '某市教育局关于下达2017年义务教育公用经费补助资金的通知\n\n现将公用经费补助资金60万元分解如下:\n1、甲市玉泉小学28.4万元;\n2、甲市第二中学24.6万元;\n3、乙县城关镇中心卫生院7万元;\n合计60万元。',
    rows: ['甲市玉泉小学 | 28.4 | - | - | 万元', '甲市第二中学 | 24.6 | - | - | 万元', '乙县城关镇中心卫生院 | 7 | - | - | 万元'],
  },
  {
    layout: 'refused: kinds of school and hospital (城区学校, 乡镇卫生院, 县级医院) name no one institution',
    text: '某市教育局关于下达2017年义务教育公用经费补助资金的通知\n\n现将公用经费补助资金60万元分解如下:\n1、城区学校28.4万元;\n2、乡镇卫生院24.6万元;\n3、县级医院7万元;\n合计60万元。',
    rows: [],
  },
  {
    layout:
      'an allocation table one row a line, spaces between its cells, its place column headed 县(市、区) (the bracket part of the header)',
    text: '2017年以工代赈资金分配情况\n\n序号 县(市、区) 分配金额(万元)\n1 甲县 500\n2 乙县 600\n3 丙县 400\n合计 1500',
    rows: ['甲县 | 500 | - | - | 万元', '乙县 | 600 | - | - | 万元', '丙县 | 400 | - | - | 万元'],
  },
  {
    layout:
      'the same kind of list with its total set first under the header as 共计 (地区 资金(万元) / 共计 1500 / 甲县 500 …): no row, the places after it are',
    text: '2017年以工代赈资金分配情况\n\n地区 资金(万元)\n共计 1500\n甲县 500\n乙县 600\n丙县 400',
    rows: ['甲县 | 500 | - | - | 万元', '乙县 | 600 | - | - | 万元', '丙县 | 400 | - | - | 万元'],
  },
  {
    layout: 'refused: 共计 with a word among its amounts is no total row: the list stops there, unread',
    text: '2017年以工代赈资金分配情况\n\n地区 资金(万元)\n共计 1500 已拨付\n甲县 500\n乙县 600\n丙县 400',
    rows: [],
  },
  {
    layout:
      'a table one cell a line, each closed by its bar, a blank cell a bar alone, split by each level’s share (地区 | 资金合计 | 中央资金 | 自治区资金 | 地州市资金)',
    text: '2018年财政扶贫资金分配情况表\n\n地区 |\n资金合计 |\n中央资金 |\n自治区资金 |\n地州市资金 |\n甲县 |\n230 |\n|\n230 |\n|\n乙县 |\n503 |\n100 |\n403 |\n|',
    rows: ['甲县 | 230 | - | - | 万元', '乙县 | 503 | - | - | 万元'],
  },
  {
    layout:
      'the same table’s places with a column of words after their money that a project list would be named by (支出方向): the places name the rows',
    text: '2018年财政扶贫资金分配情况表\n\n地区 |\n资金合计 |\n支出方向 |\n甲县 |\n230 |\n统筹整合 |\n乙县 |\n503 |\n统筹整合 |',
    rows: ['甲县 | 230 | - | - | 万元', '乙县 | 503 | - | - | 万元'],
  },
  {
    layout: 'refused: a column naming projects before the money (乡镇 | 项目名称 | 金额) names the rows; the places only locate them',
    text: '2018年财政扶贫资金分配情况表\n\n乡镇 |\n项目名称 |\n金额(万元) |\n甲镇 |\n村道硬化工程 |\n230 |\n乙镇 |\n灌溉渠维修工程 |\n503 |',
    rows: ['村道硬化工程 | 230 | - | - | 万元', '灌溉渠维修工程 | 503 | - | - | 万元'],
  },
  {
    layout:
      'a region’s table whose place column is headed by the levels of its places (地县, 旗县): its prefecture’s row summing the counties no row',
    text: '2018年财政扶贫资金分配情况表\n\n地县 |\n资金合计 |\n甲地区 |\n733 |\n甲县 |\n230 |\n乙县 |\n503 |',
    rows: ['甲县 | 230 | - | - | 万元', '乙县 | 503 | - | - | 万元'],
  },
  {
    layout:
      'an allocation table one cell a line whose money is headed 资金安排额 beside the households it is divided by (现有贫困户数): the amounts, not the counts',
    text: '2018年度扶贫发展资金安排表\n\n序号 |\n乡镇(街道) |\n现有贫困户数 |\n资金安排额(万元) |\n1 |\n甲镇 |\n74 |\n8 |\n2 |\n乙镇 |\n599 |\n65 |\n3 |\n丙镇 |\n414 |\n44 |',
    rows: ['甲镇 | 8 | - | - | 万元', '乙镇 | 65 | - | - | 万元', '丙镇 | 44 | - | - | 万元'],
  },
  {
    layout: 'the same money column (资金安排额) in a table',
    text: '2018年度扶贫发展资金安排表\n\n| 序号 | 乡镇(街道) | 资金安排额(万元) |\n|---|---|---|\n| 1 | 甲镇 | 8 |\n| 2 | 乙镇 | 65 |\n| 3 | 丙镇 | 44 |',
    rows: ['甲镇 | 8 | - | - | 万元', '乙镇 | 65 | - | - | 万元', '丙镇 | 44 | - | - | 万元'],
  },
  {
    layout: 'the same table with each row’s opening bar on a line of its own, the header’s too (| / 序号 | / … then | / 1 | / 甲镇 | …)',
    text: '2018年度扶贫发展资金安排表\n\n|\n序号 |\n乡镇(街道) |\n资金安排额(万元) |\n|\n1 |\n甲镇 |\n8 |\n|\n2 |\n乙镇 |\n65 |\n|\n3 |\n丙镇 |\n44 |',
    rows: ['甲镇 | 8 | - | - | 万元', '乙镇 | 65 | - | - | 万元', '丙镇 | 44 | - | - | 万元'],
  },
  {
    layout:
      'refused as openers: bars alone right above the serials where the header’s 序号 has none above it are each row’s blank last cell (备注)',
    text: '2018年度扶贫发展资金安排表\n\n序号 |\n地区 |\n资金(万元) |\n备注 |\n1 |\n甲县 |\n230 |\n|\n2 |\n乙县 |\n503 |\n|\n3 |\n丙县 |\n300 |\n|',
    rows: ['甲县 | 230 | - | - | 万元', '乙县 | 503 | - | - | 万元', '丙县 | 300 | - | - | 万元'],
  },
  {
    layout: 'refused: kinds of place and every place (乡镇, 城区, 示范村, 各乡镇, 全县) name no one item',
    text: '2023年上级下达我县文化专项资金300万元。其中:乡镇100万元,城区120万元,示范村80万元。',
    rows: [],
  },
];

/** An item's parts listed right after its amount (包括 / 其中), adding up to it: sub-items (tasks/subItems.ts). */
const SUB_ITEMS: Example[] = [
  {
    layout: 'numbered items, one with its parts after 包括:, adding up to it exactly: the item and its sub-items',
    text: '某县民政局2020年度福彩公益金使用情况公示\n\n(四)县本级分成福彩公益金216.46万元。\n\n1.老年人福利119.57万元。包括:甲村互助养老家园42.8万元、乙镇敬老院建设项目76.77万元;\n\n2.残疾人福利21.75万元;\n\n3.社会公益类项目75.14万元。',
    rows: [
      '老年人福利 | 119.57 | - | - | 万元',
      '甲村互助养老家园 | 42.8 | - | - | 万元',
      '乙镇敬老院建设项目 | 76.77 | - | - | 万元',
      '残疾人福利 | 21.75 | - | - | 万元',
      '社会公益类项目 | 75.14 | - | - | 万元',
    ],
  },
  {
    layout: 'refused as sub-items: parts that miss the item’s amount',
    text: '某县民政局2020年度福彩公益金使用情况公示\n\n(四)县本级分成福彩公益金216.46万元。\n\n1.老年人福利119.57万元。包括:甲村互助养老家园42.8万元、乙镇敬老院建设项目70万元;\n\n2.残疾人福利21.75万元;\n\n3.社会公益类项目75.14万元。',
    rows: ['老年人福利 | 119.57 | - | - | 万元', '残疾人福利 | 21.75 | - | - | 万元', '社会公益类项目 | 75.14 | - | - | 万元'],
  },
  {
    layout: 'refused as sub-items: the item’s funding sources, adding up to it',
    text: '某县民政局2020年度福彩公益金使用情况公示\n\n(四)县本级分成福彩公益金216.46万元。\n\n1.老年人福利119.57万元。包括:中央资金69.57万元、县级资金50万元;\n\n2.残疾人福利21.75万元;\n\n3.社会公益类项目75.14万元。',
    rows: ['老年人福利 | 119.57 | - | - | 万元', '残疾人福利 | 21.75 | - | - | 万元', '社会公益类项目 | 75.14 | - | - | 万元'],
  },
  {
    layout:
      'groups numbered in one paragraph, each its amount, a colon and its parts set apart by semicolons (:其中A…;B…;C…。), under a paragraph that only announces them and the spending total above: groups and parts, spent',
    text: '青山县体育局2023年度体育彩票公益金使用情况公告\n\n二、本级体育彩票公益金使用情况\n\n2023年,全县体育彩票公益金支出260万元。具体使用情况如下:\n\n体育彩票公益金主要用于:(一)支持群众体育180万元:其中健身路径更新90万元;全民健身赛事60万元;社会体育指导员培训30万元。(二)支持青少年体育80万元:其中青少年体育夏令营50万元;业余训练补助30万元。',
    rows: [
      '支持群众体育 | - | 180 | - | 万元',
      '健身路径更新 | - | 90 | - | 万元',
      '全民健身赛事 | - | 60 | - | 万元',
      '社会体育指导员培训 | - | 30 | - | 万元',
      '支持青少年体育 | - | 80 | - | 万元',
      '青少年体育夏令营 | - | 50 | - | 万元',
      '业余训练补助 | - | 30 | - | 万元',
    ],
  },
  {
    layout: 'refused as parts: semicolon parts that miss their group’s amount (90 + 60 + 20 ≠ 180): the groups alone',
    text: '青山县体育局2023年度体育彩票公益金使用情况公告\n\n二、本级体育彩票公益金使用情况\n\n2023年,全县体育彩票公益金支出260万元。具体使用情况如下:\n\n体育彩票公益金主要用于:(一)支持群众体育180万元:其中健身路径更新90万元;全民健身赛事60万元;社会体育指导员培训20万元。(二)支持青少年体育80万元:其中青少年体育夏令营50万元;业余训练补助30万元。',
    rows: [
      '支持群众体育 | - | 180 | - | 万元',
      '支持青少年体育 | - | 80 | - | 万元',
      '青少年体育夏令营 | - | 50 | - | 万元',
      '业余训练补助 | - | 30 | - | 万元',
    ],
  },
  {
    layout:
      'refused as spending: the same groups under a paragraph above whose total they miss (支出300万元 ≠ 180 + 80): their announcing words’ measure',
    text: '青山县体育局2023年度体育彩票公益金使用情况公告\n\n二、本级体育彩票公益金使用情况\n\n2023年,全县体育彩票公益金支出300万元。具体使用情况如下:\n\n体育彩票公益金主要用于:(一)支持群众体育180万元:其中健身路径更新90万元;全民健身赛事60万元;社会体育指导员培训30万元。(二)支持青少年体育80万元:其中青少年体育夏令营50万元;业余训练补助30万元。',
    rows: [
      '支持群众体育 | 180 | - | - | 万元',
      '健身路径更新 | 90 | - | - | 万元',
      '全民健身赛事 | 60 | - | - | 万元',
      '社会体育指导员培训 | 30 | - | - | 万元',
      '支持青少年体育 | 80 | - | - | 万元',
      '青少年体育夏令营 | 50 | - | - | 万元',
      '业余训练补助 | 30 | - | - | 万元',
    ],
  },
];

/** A total's parts announced by the money named again ("在这笔资金中", "上述资金中") as 其中 announces them. */
const MONEY_NAMED_AGAIN: Example[] = [
  {
    layout: 'the parts after 在这笔资金中 in the paragraph below the total, each with its beneficiaries counted: budgets',
    text: '青山市义务教育补助资金下达到位\n\n近日,市财政落实城乡义务教育市级补助资金300万元。\n\n在这笔资金中,寄宿生生活补助资金120万元,受益学生1800人;营养改善补助资金100万元,受益学生1600人;免费教科书补助资金80万元,受益学生6000人。',
    rows: ['寄宿生生活补助资金 | 120 | - | - | 万元', '营养改善补助资金 | 100 | - | - | 万元', '免费教科书补助资金 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: the same words before parts that overshoot the total (120 + 100 + 90 > 300)',
    text: '青山市义务教育补助资金下达到位\n\n近日,市财政落实城乡义务教育市级补助资金300万元。\n\n在这笔资金中,寄宿生生活补助资金120万元,受益学生1800人;营养改善补助资金100万元,受益学生1600人;免费教科书补助资金90万元,受益学生6000人。',
    rows: [],
  },
];

/** One unit's allocation table, its items the columns and their total the last (tasks/itemColumns.ts). */
const ITEM_COLUMNS_LEAD =
  '青山区卫生健康局:\n\n现将2024年基本公共卫生服务等中央补助资金下达给你们。\n\n附件:2024年基本公共卫生服务中央补助资金分配表\n\n单位:万元\n\n';
const ITEM_COLUMNS: Example[] = [
  {
    layout: 'a pipe table of one unit’s row, each item a column and 本次下达资金金额 their sum: each item its budget',
    text: `${ITEM_COLUMNS_LEAD}| 项目单位 | 基本公共卫生服务 | 重点地方病防治 | 职业病防治 | 本次下达资金金额 |\n|---|---|---|---|---|\n| 卫健局 | 257.5 | 12.09 | 9.1 | 278.69 |`,
    rows: ['基本公共卫生服务 | 257.5 | - | - | 万元', '重点地方病防治 | 12.09 | - | - | 万元', '职业病防治 | 9.1 | - | - | 万元'],
  },
  {
    layout: 'the same table copied one cell a line, each cell closed by its bar',
    text: `${ITEM_COLUMNS_LEAD}${['项目单位', '基本公共卫生服务', '重点地方病防治', '职业病防治', '本次下达资金金额', '卫健局', '257.5', '12.09', '9.1', '278.69'].map((c) => `${c} |`).join('\n')}`,
    rows: ['基本公共卫生服务 | 257.5 | - | - | 万元', '重点地方病防治 | 12.09 | - | - | 万元', '职业病防治 | 9.1 | - | - | 万元'],
  },
  {
    layout: 'refused: columns that are the sources of the money (中央资金 | 省级资金 | 合计), no items',
    text: `${ITEM_COLUMNS_LEAD}| 项目单位 | 中央资金 | 省级资金 | 市级资金 | 合计 |\n|---|---|---|---|---|\n| 卫健局 | 257.5 | 12.09 | 9.1 | 278.69 |`,
    rows: [],
  },
  {
    layout: 'refused: item cells that miss the total (257.5 + 12.09 + 9.1 ≠ 280)',
    text: `${ITEM_COLUMNS_LEAD}| 项目单位 | 基本公共卫生服务 | 重点地方病防治 | 职业病防治 | 本次下达资金金额 |\n|---|---|---|---|---|\n| 卫健局 | 257.5 | 12.09 | 9.1 | 280 |`,
    rows: [],
  },
  {
    layout: 'refused: no word of the title or the total’s header says what the money is (合计 under a table of no allocation)',
    text: '青山区卫生健康局2024年工作情况\n\n单位:万元\n\n| 项目单位 | 基本公共卫生服务 | 重点地方病防治 | 职业病防治 | 合计 |\n|---|---|---|---|---|\n| 卫健局 | 257.5 | 12.09 | 9.1 | 278.69 |',
    rows: [],
  },
];

/**
 * Written from invented reports of a blind set (a list's number before each clause, a grant's document number before its
 * verb, a total the items overshoot, parts named by 其, 分配 as a budget's verb, a total row's 合计 under 序号), each with the
 * refusal that bounds it.
 */
const MARKED_CLAUSES_AND_GRANTS: Example[] = [
  {
    layout: 'amount-first clauses one a line, each opening on a circled number (①安排X万元用于A;): budgets',
    text: '某县农业农村局2022年度产业发展资金绩效自评报告\n\n(二)资金分配情况\n全年安排产业发展资金250万元,分配如下:\n①安排120万元用于蔬菜育苗中心建设;\n②安排80万元用于冷链物流设施配套;\n③安排50万元用于农产品品牌推介。',
    rows: ['蔬菜育苗中心建设 | 120 | - | - | 万元', '冷链物流设施配套 | 80 | - | - | 万元', '农产品品牌推介 | 50 | - | - | 万元'],
  },
  {
    layout: 'the same clauses numbered (1)(2): budgets',
    text: '某县农业农村局2022年度产业发展资金绩效自评报告\n\n全年安排产业发展资金130万元:(1)安排90万元用于蔬菜育苗中心建设;(2)安排40万元用于农产品品牌推介。',
    rows: ['蔬菜育苗中心建设 | 90 | - | - | 万元', '农产品品牌推介 | 40 | - | - | 万元'],
  },
  {
    layout: 'refused: numbered clauses that give each town the same sum (①每个乡镇安排20万元用于A) state a rate of giving',
    text: '某县农业农村局2022年度产业发展资金绩效自评报告\n\n分配如下:\n①每个乡镇安排20万元用于村庄清洁行动;\n②每个村安排5万元用于农村厕所改造。',
    rows: [],
  },
  {
    layout: 'a total’s parts announced by 具体为 that add up to more than it: the parts still (reconciliation reports the gap)',
    text: '某市教育局2021年学前教育发展资金绩效自评报告\n\n2021年市财政下达学前教育发展资金共计590万元,具体为:幼儿园设施设备购置300万元,农村幼儿园改扩建补助200万元,幼儿园教师培训100万元。',
    rows: ['幼儿园设施设备购置 | 300 | - | - | 万元', '农村幼儿园改扩建补助 | 200 | - | - | 万元', '幼儿园教师培训 | 100 | - | - | 万元'],
  },
  {
    layout: 'refused: the same overshoot after 主要用于, which may name only some uses and is no announcement of the parts',
    text: '某市教育局2021年学前教育发展资金绩效自评报告\n\n2021年市财政下达学前教育发展资金共计590万元,主要用于:幼儿园设施设备购置300万元,农村幼儿园改扩建补助200万元,幼儿园教师培训100万元。',
    rows: [],
  },
  {
    layout: 'a grant’s document number and verb before the fund it granted (X财农〔2023〕12号下达A资金): the fund is the item',
    text: '某县林业局2023年度林业改革发展资金绩效自评报告\n\n2023年度共分3批下达我县林业改革发展资金,合计330.00万元:\n(1)某财农〔2022〕186号提前下达森林生态效益补偿资金200.00万元;\n(2)某财农〔2023〕45号下达林业有害生物防治补助80.00万元;\n(3)某财农〔2023〕71号下达森林防火专项资金50.00万元。',
    rows: [
      '森林生态效益补偿资金 | 200.00 | - | - | 万元',
      '林业有害生物防治补助 | 80.00 | - | - | 万元',
      '森林防火专项资金 | 50.00 | - | - | 万元',
    ],
  },
  {
    layout: 'sub-items listed after their count and a colon, then 其预算分别为… and 支出分别为…: budgets and spending',
    text: '某县住房和城乡建设局2023年城镇老旧小区改造项目绩效自评报告\n\n项目总预算900万元,实际支出850万元。项目分为三个子项:管网改造、外立面整治、加装电梯补助,其预算分别为500万元、300万元、100万元,支出分别为480万元、290万元、80万元。',
    rows: ['管网改造 | 500 | 480 | - | 万元', '外立面整治 | 300 | 290 | - | 万元', '加装电梯补助 | 100 | 80 | - | 万元'],
  },
  {
    layout: 'each item’s share of a fund after 分配, its spending after 支出, in 元 with thousands separators: budgets and spending',
    text: '某市人力资源和社会保障局2022年度就业补助资金绩效自评报告\n\n2022年上级下达就业补助资金共计5,000,000元,全年支出4,800,000元。资金分配使用情况:\n— 职业技能培训补贴:分配2,000,000元,支出1,950,000元;\n— 社会保险补贴:分配1,800,000元,支出1,750,000元;\n— 公益性岗位补贴:分配1,200,000元,支出1,100,000元。',
    rows: [
      '职业技能培训补贴 | 2000000 | 1950000 | - | 元',
      '社会保险补贴 | 1800000 | 1750000 | - | 元',
      '公益性岗位补贴 | 1200000 | 1100000 | - | 元',
    ],
  },
  {
    layout: 'refused: money not yet allocated (未分配) is no item’s share, and the list is not read',
    text: '某市人力资源和社会保障局2022年度就业补助资金绩效自评报告\n\n2022年上级下达就业补助资金共计5,000,000元。资金使用情况:\n— 职业技能培训补贴:未分配2,000,000元,支出1,950,000元;\n— 社会保险补贴:未分配1,800,000元,支出1,750,000元。',
    rows: [],
  },
  {
    layout:
      'a table of grants by document whose use column names the items (下达文件 | 下达金额 | 资金用途), its 合计 under the first column',
    text: '某县应急管理局2023年度救灾资金绩效自评报告\n\n| 下达文件 | 下达金额(万元) | 资金用途 |\n|---|---|---|\n| 某财建〔2023〕88号 | 120.00 | 受灾群众生活救助 |\n| 某财建〔2023〕96号 | 60.00 | 倒损民房恢复重建补助 |\n| 合计 | 180.00 | |',
    rows: ['受灾群众生活救助 | 120.00 | - | - | 万元', '倒损民房恢复重建补助 | 60.00 | - | - | 万元'],
  },
  {
    layout: 'refused: a table whose unread row is no total (a third row with words where its amount stands)',
    text: '某县应急管理局2023年度救灾资金绩效自评报告\n\n| 下达文件 | 下达金额(万元) | 资金用途 |\n|---|---|---|\n| 某财建〔2023〕88号 | 120.00 | 受灾群众生活救助 |\n| 某财建〔2023〕96号 | 60.00 | 倒损民房恢复重建补助 |\n| 说明 | 详见附件 | |',
    rows: [],
  },
  {
    layout: 'spending paid on to the implementing unit (已拨付项目实施单位X万元) and paid out (完成兑付 / 完成兑现)',
    text: '某县科学技术局2022年度部门整体支出绩效自评报告\n\n二、重点项目执行情况\n(一)以工代赈项目:下达资金200万元,已拨付项目实施单位190万元,执行率95%。\n(二)高新技术企业奖补:预算50万元,完成兑付50万元,执行率100%。\n(三)科技创新券:预算30万元,完成兑现24万元,执行率80%。',
    rows: ['以工代赈项目 | 200 | 190 | 95 | 万元', '高新技术企业奖补 | 50 | 50 | 100 | 万元', '科技创新券 | 30 | 24 | 80 | 万元'],
  },
  {
    layout:
      'a circled number before a quoted name (③“双随机、一公开”…), and a closing sentence on “以上N个项目” that is their total, no item',
    text: '某县市场监督管理局2021年度部门整体支出绩效自评报告\n\n三、重点项目资金使用情况\n①食品安全抽检经费,安排60万元,使用58万元;\n②特种设备监察经费,安排30万元,使用29万元;\n③“双随机、一公开”执法经费,安排10万元,使用9.5万元。\n以上3个重点项目共安排资金100万元,实际使用96.5万元。',
    rows: [
      '食品安全抽检经费 | 60 | 58 | - | 万元',
      '特种设备监察经费 | 30 | 29 | - | 万元',
      '“双随机、一公开”执法经费 | 10 | 9.5 | - | 万元',
    ],
  },
  {
    layout: 'a total’s uses after 资金具体安排为: in the paragraph below its heading, adding up to the total above',
    text: '某区2023年度中央农业相关转移支付资金项目绩效自评报告\n\n(二)资金到位及执行\n2023年区财政下达中央农业相关转移支付资金600.00万元,实际支出570.00万元。\n(三)子项资金安排\n按照资金分解文件,资金具体安排为:耕地地力保护补贴300.00万元;农机购置补贴200.00万元;动物防疫补助100.00万元。',
    rows: ['耕地地力保护补贴 | 300.00 | - | - | 万元', '农机购置补贴 | 200.00 | - | - | 万元', '动物防疫补助 | 100.00 | - | - | 万元'],
  },
  {
    layout: 'a list closed by the rest of its kind (…、其他服务30万元): the named items, the rest no row',
    text: '某区卫生健康局2023年度基本公共卫生服务项目支出绩效自评报告\n\n2023年项目资金到位300万元,实际支出300万元,资金执行率100%。按服务项目划分,支出情况如下:健康教育100万元、预防接种120万元、0-6岁儿童健康管理50万元、其他服务30万元。',
    rows: ['健康教育 | - | 100 | - | 万元', '预防接种 | - | 120 | - | 万元', '0-6岁儿童健康管理 | - | 50 | - | 万元'],
  },
  {
    layout:
      'a budget document’s 项目支出预算表 whose name column is headed 单位名称(项目名称): the projects, the unit’s row and 合计 no rows',
    text: '某区文物保护中心2024年部门预算\n\n表9 项目支出预算表\n单位:元\n\n| 单位名称(项目名称) | 合计 | 财政拨款 | 事业收入 |\n|---|---|---|---|\n| 合计 | 1,300,000.00 | 1,000,000.00 | 300,000.00 |\n| 448001-某区文物保护中心 | 1,300,000.00 | 1,000,000.00 | 300,000.00 |\n| 文物日常巡查看护经费 | 500,000.00 | 500,000.00 | |\n| 馆藏文物预防性保护项目 | 800,000.00 | 500,000.00 | 300,000.00 |',
    rows: ['文物日常巡查看护经费 | 500000.00 | - | - | 元', '馆藏文物预防性保护项目 | 800000.00 | - | - | 元'],
  },
  {
    layout: 'a fund’s tasks each opening on 任务一: / 任务二:, each with its budget and spending',
    text: '某区2023年度专项资金绩效自评报告\n\n三、资金安排与使用\n本年度承接绩效任务3项,资金安排及使用如下:\n任务一:民宿集聚村提升,安排资金300万元,已使用290万元;\n任务二:生态工业平台配套,安排资金500万元,已使用480万元;\n任务三:生态产品价值实现试点,安排资金200万元,已使用150万元。',
    rows: [
      '民宿集聚村提升 | 300 | 290 | - | 万元',
      '生态工业平台配套 | 500 | 480 | - | 万元',
      '生态产品价值实现试点 | 200 | 150 | - | 万元',
    ],
  },
  {
    layout: 'items with their amount alone in brackets after a colon (A(612.40万元);B(…)), adding up exactly to the budget before',
    text: '某市住房和城乡建设局2023年老旧小区改造项目绩效自评报告\n\n本项目2023年预算资金1,000.00万元。按工程内容划分为3个子项目:供水管网改造(500.00万元);雨污分流改造(300.00万元);小区道路改造(200.00万元)。',
    rows: ['供水管网改造 | 500.00 | - | - | 万元', '雨污分流改造 | 300.00 | - | - | 万元', '小区道路改造 | 200.00 | - | - | 万元'],
  },
  {
    layout: 'refused: the same bracketed amounts short of the budget before (no total they make: what they are is unsaid)',
    text: '某市住房和城乡建设局2023年老旧小区改造项目绩效自评报告\n\n本项目2023年预算资金1,000.00万元。按工程内容划分为3个子项目:供水管网改造(500.00万元);雨污分流改造(300.00万元);小区道路改造(150.00万元)。',
    rows: [],
  },
  {
    layout: 'a level’s grant for building a named facility (县级物流配送中心建设补助) among the uses, in brackets, adding up to the grant',
    text: '某县商务局2023年度县域商业建设行动项目绩效自评报告\n\n2023年上级下达我县县域商业建设行动资金500万元,主要用于以下方面:县级物流配送中心建设补助(300万元)、乡镇商贸中心改造提升补助(200万元)。',
    rows: ['县级物流配送中心建设补助 | 300 | - | - | 万元', '乡镇商贸中心改造提升补助 | 200 | - | - | 万元'],
  },
  {
    layout: 'the items’ rates in the next sentence, 依次为 as 分别为 says it (上述项目预算执行率依次为…)',
    text: '某县文化广电旅游体育局2024年度部门整体支出绩效自评报告\n\n纳入本次自评的3个项目年初预算合计为300万元,全年实际支出285万元。具体为:非遗保护经费预算100万元,支出95万元;图书馆免费开放补助预算120万元,支出120万元;全民健身赛事经费预算80万元,支出70万元。\n上述项目预算执行率依次为95%、100%、87.5%。',
    rows: [
      '非遗保护经费 | 100 | 95 | 95 | 万元',
      '图书馆免费开放补助 | 120 | 120 | 100 | 万元',
      '全民健身赛事经费 | 80 | 70 | 87.5 | 万元',
    ],
  },
  {
    layout: 'a form’s items under 分项内容, space-separated rows in 元 below the funds block (分项资金使用情况(单位:元))',
    text: '2023年度项目支出绩效自评表\n项目名称 残疾人康复救助项目\n项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 120.00 128.60 126.94 10 98.71% 9.87\n分项资金使用情况(单位:元)\n序号 分项内容 全年预算数 全年执行数 执行率\n1 儿童康复训练补助 820,000.00 812,400.00 99.07%\n2 辅助器具适配补贴 296,000.00 289,500.00 97.80%\n年度总体目标 为残疾儿童提供康复训练补助。',
    rows: ['儿童康复训练补助 | 820000.00 | 812400.00 | 99.07 | 元', '辅助器具适配补贴 | 296000.00 | 289500.00 | 97.80 | 元'],
  },
  {
    layout:
      'a section’s first (一) run into its heading by the copy (…完成情况(一)A。年度预算…): an item, its money no figure of the unit’s',
    text: '某市档案馆2021年度部门整体支出绩效自评报告\n\n二、部门整体支出情况2021年全年预算数600万元,实际支出580万元,预算执行率96.67%。三、重点工作任务完成情况(一)档案数字化加工。年度预算150万元,支出146万元,执行率97.33%。(二)档案抢救修复。年度预算40万元,支出38万元,执行率95%。',
    rows: ['档案数字化加工 | 150 | 146 | 97.33 | 万元', '档案抢救修复 | 40 | 38 | 95 | 万元'],
  },
  {
    layout: 'numbered amount-first clauses paid (拨付X万元用于A / 实施B), a use opening on its year (用于2022年A)',
    text: '某县农业农村局2022年度部门整体支出绩效自评报告\n\n二、重点项目实施情况\n全年重点项目共支出600万元:①拨付300万元用于2022年高标准农田建设;②拨付200万元实施耕地质量提升;③支出100万元用于动物疫病防控。',
    rows: ['2022年高标准农田建设 | - | 300 | - | 万元', '耕地质量提升 | - | 200 | - | 万元', '动物疫病防控 | - | 100 | - | 万元'],
  },
  {
    layout:
      'items after a count of projects and its colon (本年度共实施2个项目:A项目,预算…;B项目,…), the title run into the paragraph: the count announces them',
    text: '某县交通运输局2023年度农村公路专项资金绩效自评报告\n本年度共实施2个项目:东坪村道路硬化项目,预算60万元,执行58万元;西河村桥梁维修项目,预算40万元,执行40万元。',
    rows: ['东坪村道路硬化项目 | 60 | 58 | - | 万元', '西河村桥梁维修项目 | 40 | 40 | - | 万元'],
  },
  {
    layout: 'refused: a count of projects before their money together (共实施项目2个,预算合计100万元): no item named',
    text: '某县交通运输局2023年度农村公路专项资金绩效自评报告\n\n本年度共实施项目2个,预算合计100万元,执行98万元。',
    rows: [],
  },
  {
    layout: 'amount-first clauses whose use follows 支持 (安排X万元支持A项目): what the money went to support',
    text: '某县住房和城乡建设局2024年度保障性安居工程补助资金绩效自评报告\n\n全年安排补助资金1000万元,其中:安排620万元支持城东棚户区改造项目;安排300万元支持老旧小区改造;安排80万元支持公租房维修。',
    rows: ['城东棚户区改造项目 | 620 | - | - | 万元', '老旧小区改造 | 300 | - | - | 万元', '公租房维修 | 80 | - | - | 万元'],
  },
  {
    layout: 'refused: levels’ money after 支持 (中央资金X万元支持A、省级资金Y万元支持A): the sources of one item’s money',
    text: '某县住房和城乡建设局2024年度保障性安居工程补助资金绩效自评报告\n\n中央资金620万元支持城东棚户区改造项目,省级资金300万元支持城东棚户区改造项目。',
    rows: [],
  },
  {
    layout: 'refused: a use holding a number of its own besides a year (用于2022年新建3座泵站) is a sentence of work, no item',
    text: '某县农业农村局2022年度部门整体支出绩效自评报告\n\n全年重点项目共支出500万元:①拨付300万元用于新建3座泵站;②拨付200万元用于改造2处灌区。',
    rows: [],
  },
  {
    layout:
      'a form’s annex of its items inside the form’s table (附:分项支出明细(单位:元)), in 元 where the funds are in 万元, ended by the form’s next field',
    text: [
      '项目支出绩效自评表(2021年度) | | | | | | |',
      '|---|---|---|---|---|---|---|',
      '项目名称 | 基层党组织建设专项经费 | | | | | |',
      '项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '年度资金总额 | 80.00 | 80.00 | 76.49 | 10 | 95.61% | 9.56 |',
      '附:分项支出明细(单位:元) | | | | | | |',
      '序号 | 全年执行数 | 全年预算数 | 支出内容 | | | |',
      '1 | 243600 | 250000 | 党员教育培训 | | | |',
      '2 | 289250 | 300000 | 村级活动阵地维修 | | | |',
      '年度总体目标 | 完成全区党员分批轮训。 | | | | | |',
      '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
      '产出指标 | 数量指标 | 党员轮训人次 | ≥5000人次 | 5263人次 | 20 | 20 |',
    ].join('\n'),
    rows: ['党员教育培训 | 250000 | 243600 | - | 元', '村级活动阵地维修 | 300000 | 289250 | - | 元'],
  },
  {
    layout: 'refused: a final account’s 本年支出中项目支出X万元,主要用于… (the class’s part, said with 中) is no task row',
    text: '某区统计局2022年度部门决算公开\n\n二、情况说明\n本年支出中项目支出48.61万元,主要用于经济普查前期准备和统计执法检查;年末结转和结余6.24万元。',
    rows: [],
  },
  {
    layout: 'refused: the rest of the projects gathered after the list (其余零星项目支出合计X万元) is no item',
    text: '某县市场监督管理局2023年度部门整体支出绩效自评报告\n\n二、项目支出情况\n(1)食品安全抽检经费,预算80.00万元,实际支出78.00万元,执行率97.50%;\n(2)计量检定补助,预算40.00万元,实际支出36.00万元,执行率90.00%。\n其余零星项目支出合计12.80万元。',
    rows: ['食品安全抽检经费 | 80.00 | 78.00 | 97.50 | 万元', '计量检定补助 | 40.00 | 36.00 | 90.00 | 万元'],
  },
];

const NOTICES_AND_PAYMENTS: Example[] = [
  {
    layout: 'an evaluation notice’s items, each with its department in brackets after the name (主管部门:X), a score and a grade',
    text: '某市财政局关于2023年度重点项目绩效评价结果的通报\n\n一、评价结果\n\n(一)城区排水管网改造项目(主管部门:市住建局),预算资金860.00万元,评价得分91分,等级为“优”。\n\n(二)农村客运补贴项目(主管部门:市交通局),预算资金210.50万元,评价得分83分,等级为“良”。',
    rows: ['城区排水管网改造项目 | 860.00 | - | - | 万元', '农村客运补贴项目 | 210.50 | - | - | 万元'],
  },
  {
    layout: 'a notice’s bulleted items, a fund named by its level among them (graded: what was evaluated), a project’s phase in brackets',
    text: '某市财政局关于2023年度财政重点绩效评价结果的通报\n\n现将评价结果通报如下:\n\n• 市级文化产业发展专项资金:资金规模1,200万元,评价得分86分,等级良;\n• 滨河公园景观提升工程(二期):资金规模0.35亿元,评价得分88分,等级良;\n• 老年助餐服务补贴:资金规模420万元,评价得分90分,等级优。',
    rows: [
      '市级文化产业发展专项资金 | 1200 | - | - | 万元',
      '滨河公园景观提升工程(二期) | 0.35 | - | - | 亿元',
      '老年助餐服务补贴 | 420 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a fund named by its level in a list that grades nothing is where the money came from, no item',
    text: '某县文化和旅游局2023年度项目支出绩效自评报告\n\n项目资金1,500万元,其中:市级文化产业发展专项资金1,200万元;县级配套资金300万元。',
    rows: [],
  },
  {
    layout: 'a numbered heading of any words run into the list’s first item (…复核等级1.A项目,…;2.B项目,…)',
    text: '某区财政局关于2022年度项目支出绩效自评抽查结果的通报\n\n一、抽查项目及复核等级1.社区图书室数字资源建设项目,预算资金48.50万元,复核等级良;2.老旧小区加装电梯补助项目,预算资金126.00万元,复核等级优。',
    rows: ['社区图书室数字资源建设项目 | 48.50 | - | - | 万元', '老旧小区加装电梯补助项目 | 126.00 | - | - | 万元'],
  },
  {
    layout: 'refused: a numbered heading run into a "1." no "2." follows is no list',
    text: '某区财政局关于2022年度项目支出绩效自评抽查结果的通报\n\n一、抽查项目及复核等级1.社区图书室数字资源建设项目,预算资金48.50万元,复核等级良。',
    rows: [],
  },
  {
    layout: 'a results summary glued into one line, a grade column last closing each row before the next row’s number',
    text: '某县卫生健康局2023年度项目支出绩效自评结果汇总\n\n序号项目名称预算数(万元)执行数(万元)执行率自评等级1家庭医生签约服务补助80.0078.4098%优2基层医疗设备更新120.00102.0085%良',
    rows: ['家庭医生签约服务补助 | 80.00 | 78.40 | 98 | 万元', '基层医疗设备更新 | 120.00 | 102.00 | 85 | 万元'],
  },
  {
    layout: 'refused: under a grade column, rows that close on no grade are no rows of that list',
    text: '某县卫生健康局2023年度项目支出绩效自评结果汇总\n\n序号项目名称预算数(万元)执行数(万元)执行率自评等级1家庭医生签约服务补助80.0078.4098%2基层医疗设备更新120.00102.0085%',
    rows: [],
  },
  {
    layout:
      'a two-row header whose budget group splits into 预算数 | 其中:上年结转 (a source of the budget, read past), the rate under 资金执行',
    text: [
      '某县体育局2022年度体育彩票公益金使用绩效自评报告',
      '',
      '| 序号 | 项目名称 | 资金安排 | | 资金执行 | | 备注 |',
      '|---|---|---|---|---|---|---|',
      '| | | 预算数 | 其中:上年结转 | 支出数 | 执行率 | |',
      '| 1 | 健身路径器材更新 | 80.00 | | 78.40 | 98.00% | |',
      '| 2 | 青少年赛事组织 | 50.00 | 6.00 | 45.00 | 90.00% | |',
      '| | 合计 | 130.00 | 6.00 | 123.40 | 94.92% | |',
    ].join('\n'),
    rows: ['健身路径器材更新 | 80.00 | 78.40 | 98.00 | 万元', '青少年赛事组织 | 50.00 | 45.00 | 90.00 | 万元'],
  },
  {
    layout: 'space-separated rows with the granting document’s number and date before the amount (下达文号 | 下达时间 | 金额)',
    text: '某县文化和旅游局2021年省级旅游发展专项资金绩效自评报告\n\n序号  项目名称                    下达文号              下达时间       金额(万元)\n 1    景区游客中心提升改造        某财教〔2021〕37号    2021.05.12        150\n 2    乡村民宿改造奖补            某财教〔2021〕58号    2021.07.06         80\n      合计                                                              230',
    rows: ['景区游客中心提升改造 | 150 | - | - | 万元', '乡村民宿改造奖补 | 80 | - | - | 万元'],
  },
  {
    layout: 'a remark that the money was paid on what basis (已按核定面积全额兑付到户) between an item’s budget and its spending',
    text: '某镇人民政府2023年度部门整体支出绩效自评报告\n\n二、重点项目支出情况\n1. 耕地复垦补助。全年预算86.50万元,已按核定复垦面积全额兑付到户,实际支出86.50万元,执行率100%。\n2. 防汛物资储备。预算安排35.00万元,实际支出28.73万元,执行率82.09%。',
    rows: ['耕地复垦补助 | 86.50 | 86.50 | 100 | 万元', '防汛物资储备 | 35.00 | 28.73 | 82.09 | 万元'],
  },
  {
    layout: 'refused: a remark stating a rate of giving (已按每人每月500元发放) is no remark read past: the spending after it is not read',
    text: '某镇人民政府2023年度部门整体支出绩效自评报告\n\n二、重点项目支出情况\n1. 耕地复垦补助。全年预算86.50万元,已按每亩500元兑付到户,实际支出86.50万元。\n2. 防汛物资储备。预算安排35.00万元,实际支出28.73万元。',
    rows: ['耕地复垦补助 | 86.50 | - | - | 万元', '防汛物资储备 | 35.00 | 28.73 | - | 万元'],
  },
  {
    layout: 'ordinal items of spending: a count of events held, a purpose, or the fees paid (兑付A补贴、B费及C费) between name and amount',
    text: '某县体育事业发展中心关于2023年度体育彩票公益金使用情况的报告\n\n具体使用情况如下:\n第一,社会体育指导员培训,举办培训班3期,支出培训经费41,200元;\n第二,全民运动会承办经费,用于场地布置、裁判劳务等,支付36.5万元;\n第三,青少年体育训练营,兑付教练员课时补贴、场地租赁费及学员保险费182,300元。',
    rows: ['社会体育指导员培训 | - | 41200 | - | 元', '全民运动会承办经费 | - | 36.5 | - | 万元', '青少年体育训练营 | - | 182300 | - | 元'],
  },
  {
    layout: 'refused: a purpose longer than a remark (over 40 characters) is a sentence of prose, no description read past',
    text: '某县体育事业发展中心关于2023年度体育彩票公益金使用情况的报告\n\n具体使用情况如下:\n第一,全民运动会承办经费,用于开幕式场地布置、裁判员和工作人员劳务、奖牌奖品采购、运动员食宿交通保障以及赛事宣传推广和安全保卫等各项工作,支付36.5万元;\n第二,老年人健身活动经费,用于门球和太极拳比赛组织、场地租赁、器材购置、参赛老人意外保险以及活动宣传和医疗保障等各项工作,支付12.4万元。',
    rows: [],
  },
  {
    layout: 'amount-first clauses, the last added by 另有 with no verb of its own (the verb before it carried)',
    text: '某县城市管理局2024年城市维护建设资金使用情况\n\n资金使用情况如下:拨付212.5万元用于市政道路坑槽修补;支付98.4万元用于城区绿化养护;另有31.5万元用于公厕保洁外包服务。',
    rows: ['市政道路坑槽修补 | - | 212.5 | - | 万元', '城区绿化养护 | - | 98.4 | - | 万元', '公厕保洁外包服务 | - | 31.5 | - | 万元'],
  },
  {
    layout: 'refused: clauses added by 另有 with no verb anywhere before them say nothing of what the amounts measure',
    text: '某县城市管理局2024年城市维护建设资金使用情况\n\n另有31.5万元用于公厕保洁外包服务,另有20万元用于路灯维修。',
    rows: [],
  },
  {
    layout: 'an item named by the money it pays out (…保障金发放) as a sentence of its own, its budget in the next',
    text: '某县民政局2023年度困难群众救助补助资金绩效自评报告\n\n资金分三个方面落实到位:\n一是城乡最低生活保障金发放。安排4,560.15万元,全年累计保障低保对象1.62万人。\n二是特困人员救助供养。安排1,208.30万元,保障特困人员2,938人。\n三是临时救助。安排186.55万元,实施临时救助3,104人次。',
    rows: [
      '城乡最低生活保障金发放 | 4560.15 | - | - | 万元',
      '特困人员救助供养 | 1208.30 | - | - | 万元',
      '临时救助 | 186.55 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a sentence that the money was paid out on time (补助资金及时发放) is no item’s name',
    text: '某县民政局2023年度困难群众救助补助资金绩效自评报告\n\n资金分两个方面落实到位:\n一是补助资金及时发放。安排4,560.15万元,全年累计保障低保对象1.62万人。\n二是特困人员救助供养。安排1,208.30万元,保障特困人员2,938人。',
    rows: [],
  },
];

const BLOCK_LABELS_ONE_CELL_A_LINE: Example[] = [
  {
    layout: 'a form’s block one cell a line under its label (分项资金), the label no column though its words name money',
    text: '某县卫健委2023年度项目支出绩效自评表\n\n\t分项资金\n\t分项名称\n\t资金额度(万元)\n\t执行进度\n\t乡镇卫生院医疗设备购置\n\t168.00\n\t96.50%\n\t村卫生室标准化建设\n\t84.00\n\t100%',
    rows: ['乡镇卫生院医疗设备购置 | 168.00 | - | 96.50 | 万元', '村卫生室标准化建设 | 84.00 | - | 100 | 万元'],
  },
  {
    layout:
      'refused as a label: a budget column before the names’ column whose measure no later column repeats (预算数 | 项目名称 | 执行数)',
    text: '某县2023年度项目支出绩效自评表\n\n\t预算数\n\t项目名称\n\t执行数\n\t执行率\n\t120.00\n\t甲村道路项目\n\t110.00\n\t91.67%\n\t80.00\n\t乙村饮水项目\n\t80.00\n\t100%',
    rows: ['甲村道路项目 | 120.00 | 110.00 | 91.67 | 万元', '乙村饮水项目 | 80.00 | 80.00 | 100 | 万元'],
  },
];

const PARTS_OF_AN_ITEMS_MONEY: Example[] = [
  {
    layout: 'named clauses after ;, each item’s spending followed by a part of it after 其中 (其中发放劳务报酬X): the part read past',
    text: '某县发展和改革局2024年度以工代赈项目绩效自评报告\n\n各项目资金使用情况为:大坪村渠系修复工程,安排以工代赈资金120万元,已支付108万元,其中发放劳务报酬38.6万元;龙门村产业路建设工程,安排以工代赈资金150万元,已支付150万元,其中发放劳务报酬46.2万元;石桥镇小流域综合整治工程,安排以工代赈资金96万元,已支付81.6万元,其中发放劳务报酬29.8万元。',
    rows: [
      '大坪村渠系修复工程 | 120 | 108 | - | 万元',
      '龙门村产业路建设工程 | 150 | 150 | - | 万元',
      '石桥镇小流域综合整治工程 | 96 | 81.6 | - | 万元',
    ],
  },
  {
    layout: 'refused: 其中 after a total, no item named before it, still opens the list of its parts',
    text: '某县发展和改革局2024年度以工代赈项目绩效自评报告\n\n2024年共安排以工代赈资金270万元,其中:大坪村渠系修复工程120万元;龙门村产业路建设工程150万元。',
    rows: ['大坪村渠系修复工程 | 120 | - | - | 万元', '龙门村产业路建设工程 | 150 | - | - | 万元'],
  },
];

const PAYMENTS_AND_WORKS: Example[] = [
  {
    layout: 'spending paid through a channel or after the works (已通过“一卡通”兑付X, 已完成改造并支付X) is the item’s',
    text: '某县农业农村局2023年度项目支出绩效自评报告\n\n(一)耕地地力保护补贴。全年预算612.50万元,已通过“一卡通”兑付612.50万元,执行率100%。\n(二)老旧小区改造工程(一期)。批复预算1,346.00万元,已完成改造并支付1,298.70万元。',
    rows: ['耕地地力保护补贴 | 612.50 | 612.50 | 100 | 万元', '老旧小区改造工程(一期) | 1346.00 | 1298.70 | - | 万元'],
  },
  {
    layout: 'amount-first items, the works paid after 实施 or 用于 and the spending after them (下达资金X元,实施A,已支付Y元;)',
    text: '某县2022年度库区移民后期扶持资金绩效自评报告\n\n项目资金分解安排情况如下:(一)下达资金1,280,000.00元,实施移民村道路硬化工程,已支付1,216,000.00元;(二)安排资金342,000.00元,用于移民劳动力技能培训,已支付298,620.00元。',
    rows: ['移民村道路硬化工程 | 1280000.00 | 1216000.00 | - | 元', '移民劳动力技能培训 | 342000.00 | 298620.00 | - | 元'],
  },
  {
    layout: 'refused: amount-first items whose uses hold numbers of their own (用于新建3座泵站) name no items, spending after them or not',
    text: '某县2022年度水利工程资金绩效自评报告\n\n项目资金使用情况如下:(一)安排资金128.00万元,用于新建3座泵站,已支付121.60万元;(二)安排资金34.20万元,用于清淤12公里,已支付29.86万元。',
    rows: [],
  },
  {
    layout: 'a table whose name column is headed 服务项目 (a service programme’s items)',
    text: '某区卫健局2024年度基本公共卫生服务项目绩效自评报告\n\n| 序号 | 服务项目 | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|---|\n| 1 | 居民健康档案管理 | 216.40 | 216.40 | 100.00% |\n| 2 | 老年人健康管理 | 188.65 | 182.10 | 96.53% |',
    rows: ['居民健康档案管理 | 216.40 | 216.40 | 100.00 | 万元', '老年人健康管理 | 188.65 | 182.10 | 96.53 | 万元'],
  },
  {
    layout: 'a list one cell a line whose only words column is 建设内容: the works name the rows',
    text: '某镇2023年度人居环境整治项目绩效自评报告\n\n金额单位:元\n序号\n建设内容\n预算金额\n已支付金额\n支付率\n1\n生活垃圾转运车购置\n380,000.00\n376,500.00\n99.08%\n2\n村庄沟渠清淤\n126,000.00\n126,000.00\n100.00%',
    rows: ['生活垃圾转运车购置 | 380000.00 | 376500.00 | 99.08 | 元', '村庄沟渠清淤 | 126000.00 | 126000.00 | 100.00 | 元'],
  },
  {
    layout: 'refused: beside a 项目名称 column, 建设内容 describes each project’s works and names none',
    text: '某镇2023年度人居环境整治项目绩效自评报告\n\n金额单位:元\n序号\n项目名称\n建设内容\n预算金额\n已支付金额\n1\n垃圾收运项目\n转运车购置\n380,000.00\n376,500.00\n2\n沟渠整治项目\n沟渠清淤\n126,000.00\n126,000.00',
    rows: ['垃圾收运项目 | 380000.00 | 376500.00 | - | 元', '沟渠整治项目 | 126000.00 | 126000.00 | - | 元'],
  },
];

const MASKS_AND_SECTIONS: Example[] = [
  {
    layout: 'a bidding site’s copy that masks names with asterisks (****财政局, **河县, 水**管理): the masks kept in the names as written',
    text: '某县2023年度水利发展资金项目绩效自评报告\n\n****财政局下达**河县2023年中央水利发展资金1,200万元。其中:中小河流治理工程700万元,小型水库工程维修养护300万元,水**管理200万元。',
    rows: ['中小河流治理工程 | 700 | - | - | 万元', '小型水库工程维修养护 | 300 | - | - | 万元', '水**管理 | 200 | - | - | 万元'],
  },
  {
    layout: 'refused: emphasis in a page that masks nothing stays emphasis (**一是…。** bold), no asterisk in a name',
    text: '某县2023年度水利发展资金项目绩效自评报告\n\n**一是加强资金管理。**下达资金1,200万元。其中:中小河流治理工程700万元,小型水库工程维修养护500万元。',
    rows: ['中小河流治理工程 | 700 | - | - | 万元', '小型水库工程维修养护 | 500 | - | - | 万元'],
  },
  {
    layout: 'refused: a threshold an outcome reached after 其中 (其中2个村集体经营性收入首次突破20万元) is no item beside the project’s',
    text: '某镇人民政府2023年度部门整体支出绩效自评报告\n\n(一)驻镇帮镇扶村项目。该项目年度预算资金1,500.00万元,实际支出1,386.42万元,预算执行率92.43%。资金主要用于12个行政村道路硬底化,其中2个村集体经营性收入首次突破20万元。',
    rows: ['驻镇帮镇扶村项目 | 1500.00 | 1386.42 | 92.43 | 万元'],
  },
  {
    layout:
      'refused: numbered sections (二)支出结构 / (三)项目资金来源 over lines opening on a class of spending (基本支出…, 项目支出…) name no items',
    text: '某县中医医院2023年度部门整体支出绩效自评报告\n\n(一)预算执行情况\n2023年度全年预算6,842.30万元,实际支出6,615.08万元,预算执行率96.68%。\n(二)支出结构\n基本支出5,912.46万元,占总支出的89.38%;项目支出702.62万元,占总支出的10.62%。\n(三)项目资金来源\n项目支出702.62万元中,中央补助资金318.40万元,县级配套资金384.22万元。',
    rows: [],
  },
  {
    layout: 'a form’s item block one cell a line, a name opening on a word a header also is (乡镇卫生院…) kept whole',
    text: '某县卫健委2023年度项目支出绩效自评表\n\n\t分项名称\n\t资金额度(万元)\n\t执行进度\n\t乡镇卫生院医疗设备购置\n\t168.00\n\t96.50%\n\t村卫生室标准化建设\n\t84.00\n\t100%',
    rows: ['乡镇卫生院医疗设备购置 | 168.00 | - | 96.50 | 万元', '村卫生室标准化建设 | 84.00 | - | 100 | 万元'],
  },
];

const FORMS_AND_FUND_NOTICES: Example[] = [
  {
    layout: 'a form’s 明细 block (项目资金明细 | 序号 | 明细名称 | 预算数 | 执行数 | 执行率) below its funds rows, read as a real table',
    text: [
      '2020年度项目支出绩效自评表',
      '',
      '| 项目名称 | 城区环境卫生保洁 | | | | |',
      '|---|---|---|---|---|---|',
      '| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |',
      '| | 年度资金总额 | 900.00 | 960.00 | 930.00 | 96.88% |',
      '| 项目资金明细(万元) | 序号 | 明细名称 | 预算数 | 执行数 | 执行率 |',
      '| | 1 | 主次干道机械化清扫保洁 | 586.00 | 586.00 | 100.00% |',
      '| | 2 | 背街小巷人工保洁 | 374.00 | 344.00 | 91.98% |',
    ].join('\n'),
    rows: ['主次干道机械化清扫保洁 | 586.00 | 586.00 | 100.00 | 万元', '背街小巷人工保洁 | 374.00 | 344.00 | 91.98 | 万元'],
  },
  {
    layout:
      'a form’s 分项资金 block headed 分项名称 below its funding rows, with its own initial and full-year budgets (the full-year one each row’s)',
    text: [
      '2022年度项目支出绩效自评表',
      '',
      '| 项目名称 | 小型水库安全运行管护 | | | | | |',
      '|---|---|---|---|---|---|---|',
      '| 项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | |',
      '| | 年度资金总额 | 270.00 | 270.00 | 259.14 | 95.98% | |',
      '| | 其中:自治区补助资金 | 200.00 | 200.00 | 192.00 | — | |',
      '| | 县本级资金 | 70.00 | 70.00 | 67.14 | — | |',
      '| | 其他资金 | | | | — | |',
      '| 分项资金(万元) | 序号 | 分项名称 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |',
      '| | 1 | 雨水情测报设施建设 | 120.00 | 132.00 | 128.04 | 97.00% |',
      '| | 2 | 大坝安全监测设施建设 | 150.00 | 138.00 | 131.10 | 95.00% |',
    ].join('\n'),
    rows: ['雨水情测报设施建设 | 132.00 | 128.04 | 97.00 | 万元', '大坝安全监测设施建设 | 138.00 | 131.10 | 95.00 | 万元'],
  },
  {
    layout: 'a form’s block headed 子项目 deep in the form, its items grouped under classes with 小计 rows (classes and subtotals no rows)',
    text: [
      '2023年度项目支出绩效自评表',
      '',
      '| 项目名称 | 城镇老旧小区改造 | | | | | |',
      '|---|---|---|---|---|---|---|',
      '| 主管部门 | 某县住房和城乡建设局 | | | | | |',
      '| 项目资金(万元) | | | 全年预算数 | 全年执行数 | 执行率 | |',
      '| | 年度资金总额 | | 1,027.00 | 982.45 | 95.66% | |',
      '| | 其中:中央补助资金 | | 900.00 | 860.00 | — | |',
      '| | 其他资金 | | 127.00 | 122.45 | — | |',
      '| 子项目资金执行情况(万元) | | 子项目 | 预算数 | 执行数 | 执行率 | 备注 |',
      '| | 一、基础类改造 | | | | | |',
      '| | | 供水管网改造 | 385.00 | 372.45 | 96.74% | |',
      '| | | 小区道路及排水改造 | 246.00 | 236.16 | 96.00% | |',
      '| | | 小计 | 631.00 | 608.61 | 96.45% | |',
      '| | 二、完善类改造 | | | | | |',
      '| | | 加装电梯补助 | 396.00 | 373.84 | 94.40% | |',
      '| | | 小计 | 396.00 | 373.84 | 94.40% | |',
    ].join('\n'),
    rows: [
      '供水管网改造 | 385.00 | 372.45 | 96.74 | 万元',
      '小区道路及排水改造 | 246.00 | 236.16 | 96.00 | 万元',
      '加装电梯补助 | 396.00 | 373.84 | 94.40 | 万元',
    ],
  },
  {
    layout: 'refused: a form’s block of its funding sources (其中:财政拨款 / 其他资金) under a 明细 header is no list of items',
    text: [
      '2020年度项目支出绩效自评表',
      '',
      '| 项目名称 | 城区环境卫生保洁 | | | | |',
      '|---|---|---|---|---|---|',
      '| 项目资金明细(万元) | 序号 | 明细名称 | 预算数 | 执行数 | 执行率 |',
      '| | 1 | 财政拨款 | 586.00 | 586.00 | 100.00% |',
      '| | 2 | 其他资金 | 374.00 | 344.00 | 91.98% |',
    ].join('\n'),
    rows: [],
  },
  {
    layout: 'projects named with a quoted programme in brackets after each (…、“一村一幼”运转补助(预算18.90万元,执行率97.14%))',
    text: '某乡人民政府2023年度部门整体支出绩效自评报告\n\n全年共实施项目3个,分别为:村级组织运转保障项目(预算186.40万元,执行率100%)、护林员生态管护补助(预算96.00万元,执行率100%)、“一村一幼”运转补助(预算18.90万元,执行率97.14%)。',
    rows: [
      '村级组织运转保障项目 | 186.40 | - | 100 | 万元',
      '护林员生态管护补助 | 96.00 | - | 100 | 万元',
      '“一村一幼”运转补助 | 18.90 | - | 97.14 | 万元',
    ],
  },
  {
    layout: 'a fund’s projects, each with its fund and what was paid in brackets (衔接资金X万元,已支付Y万元), in a town’s report',
    text: '某镇2024年度衔接资金项目绩效自评报告\n\n2024年全镇共安排衔接资金105万元,共实施项目2个,分别为:白沙村油茶低产林改造项目(衔接资金45万元,已支付42.3万元)、石门村农产品展销中心建设项目(衔接资金60万元,已支付60万元)。',
    rows: ['白沙村油茶低产林改造项目 | 45 | 42.3 | - | 万元', '石门村农产品展销中心建设项目 | 60 | 60 | - | 万元'],
  },
  {
    layout: 'a lottery fund’s items, each its 公益金 allocated (安排公益金X元) and what was used, circled numbers',
    text: '某县民政局2023年度福利彩票公益金使用情况公告\n\n全年实际使用福利彩票公益金700,000.00元。具体如下:\n\n①乡镇敬老院适老化改造,安排公益金420,000.00元,实际使用418,650.00元;\n\n②居家养老服务站运营补贴,安排公益金300,000.00元,实际使用281,350.00元。',
    rows: ['乡镇敬老院适老化改造 | 420000.00 | 418650.00 | - | 元', '居家养老服务站运营补贴 | 300000.00 | 281350.00 | - | 元'],
  },
  {
    layout: 'the main projects said to be the list (主要支出项目有:A X元、B Y元…等), their spending, with no total they make',
    text: '某镇人民政府2023年度部门整体支出绩效自评报告\n\n项目支出1,581.06万元中,省级资金623.50万元,县级资金957.56万元。主要支出项目有:驻镇帮镇扶村资金4,862,300.00元、圩镇人居环境整治1,236,580.50元、耕地保护补偿872,416.00元等。',
    rows: [
      '驻镇帮镇扶村资金 | - | 4862300.00 | - | 元',
      '圩镇人居环境整治 | - | 1236580.50 | - | 元',
      '耕地保护补偿 | - | 872416.00 | - | 元',
    ],
  },
  {
    layout: 'refused: two amounts only after 主要支出项目有: (no total, too few to be a list by shape)',
    text: '某镇人民政府2023年度部门整体支出绩效自评报告\n\n主要支出项目有:驻镇帮镇扶村资金4,862,300.00元、圩镇人居环境整治1,236,580.50元等。',
    rows: [],
  },
  {
    layout: 'items after 各项目资金使用情况为: (情况为 announcing them, as 情况如下 does), each a name and its clauses',
    text: '某县发展和改革局2024年度以工代赈项目绩效自评报告\n\n各项目资金使用情况为:大坪村渠系修复工程,安排以工代赈资金120万元,已支付108万元;龙门村产业路建设工程,安排以工代赈资金150万元,已支付150万元。',
    rows: ['大坪村渠系修复工程 | 120 | 108 | - | 万元', '龙门村产业路建设工程 | 150 | 150 | - | 万元'],
  },
  {
    layout: 'a remark that the money was paid on to whom (已全部拨付到救助对象) read past before the item’s spending',
    text: '某县妇联2023年度部门整体支出绩效自评报告\n\n1.妇女儿童维权服务经费。安排预算12.00万元,实际支出11.62万元,执行率96.83%。\n2.“两癌”筛查救助项目。安排预算15.00万元,已全部拨付到救助对象,实际支出15.00万元,执行率100%。',
    rows: ['妇女儿童维权服务经费 | 12.00 | 11.62 | 96.83 | 万元', '“两癌”筛查救助项目 | 15.00 | 15.00 | 100 | 万元'],
  },
  {
    layout: 'amount-first items among name-first ones, a clause after the use on whom it reached (,补贴对象为2,184户)',
    text: '某县2022年农村清洁取暖专项资金绩效自评报告\n\n专项资金按以下用途安排:\n(一)“气代煤”改造设备购置补助1,280.5万元;\n(二)安排436.8万元用于电代煤户内设备补贴,补贴对象为2,184户;\n(三)洁净型煤配送补贴44.04万元。',
    rows: [
      '“气代煤”改造设备购置补助 | 1280.5 | - | - | 万元',
      '电代煤户内设备补贴 | 436.8 | - | - | 万元',
      '洁净型煤配送补贴 | 44.04 | - | - | 万元',
    ],
  },
];

const ITEMS_WITH_THEIR_SPENDING: Example[] = [
  {
    layout: 'a list after its total whose first item also states what was paid of it, in a clause of its own (…,已兑付X;)',
    text: '某县农业农村局2022年度农业生产发展资金项目绩效自评报告\n\n(二)资金安排情况\n\n2022年上级共下达我县农业生产发展资金860.00万元,具体为:农机购置补贴520.00万元,已兑付518.60万元;基层农技推广体系建设48.00万元;高素质农民培育292.00万元。',
    rows: [
      '农机购置补贴 | 520.00 | 518.60 | - | 万元',
      '基层农技推广体系建设 | 48.00 | - | - | 万元',
      '高素质农民培育 | 292.00 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: a list of what was spent whose item also states a payment is no list of budgets (which amount is which is unsaid)',
    text: '某县农业农村局2022年度农业生产发展资金项目绩效自评报告\n\n2022年全年实际支出860.00万元,具体为:农机购置补贴520.00万元,已兑付518.60万元;基层农技推广体系建设48.00万元;高素质农民培育292.00万元。',
    rows: [],
  },
  {
    layout: '一是 opening on a quoted name (一是“巾帼家政”培训项目), money paid in full stated with its amount (已全额发放X元)',
    text: '某县妇联2022年度部门整体支出绩效自评报告\n\n项目资金主要用于以下三个方面:\n一是“巾帼家政”技能培训项目,预算80,000.00元,实际支出76,420.00元;\n二是妇女儿童维权服务经费,预算120,000.00元,实际支出118,936.45元;\n三是“春蕾计划”助学资助,预算150,000.00元,已全额发放150,000.00元。',
    rows: [
      '“巾帼家政”技能培训项目 | 80000.00 | 76420.00 | - | 元',
      '妇女儿童维权服务经费 | 120000.00 | 118936.45 | - | 元',
      '“春蕾计划”助学资助 | 150000.00 | 150000.00 | - | 元',
    ],
  },
  {
    layout: 'ordinal items written name first and amount first (第二,安排X万元用于A项目;) in one list',
    text: '某县财政局关于下达2022年度生态环境保护专项资金的通知\n\n现下达你局2022年度生态环境保护专项资金260.50万元。资金分配如下:\n\n第一,饮用水水源地规范化建设项目128.60万元;\n\n第二,安排95.30万元用于农村生活污水治理设施运维项目;\n\n第三,生态环境监测站能力建设项目36.60万元。',
    rows: [
      '饮用水水源地规范化建设项目 | 128.60 | - | - | 万元',
      '农村生活污水治理设施运维项目 | 95.30 | - | - | 万元',
      '生态环境监测站能力建设项目 | 36.60 | - | - | 万元',
    ],
  },
  {
    layout: 'refused: an amount-first item whose use holds a number of its own (用于新建3座…) names no item',
    text: '某县财政局关于下达2022年度生态环境保护专项资金的通知\n\n现下达你局2022年度生态环境保护专项资金224.30万元。资金分配如下:\n\n第一,安排95.30万元用于新建3座污水处理站;\n\n第二,安排129.00万元用于改造2处取水口。',
    rows: [],
  },
  {
    layout: 'refused: an indicator’s bound and what was reached against it after a rate (达标率≥95%,实际为100%) carry no rate of an item',
    text: '某县住建局2023年度污水处理站提标改造项目绩效自评报告\n\n四、绩效目标完成情况\n(一)产出指标:新增深度处理单元1套,完成率100%;出水水质达标率≥95%,实际为100%;工程验收合格率100%。',
    rows: [],
  },
];

describe.each([
  ['a block’s label above its header, one cell a line', BLOCK_LABELS_ONE_CELL_A_LINE],
  ['parts of an item’s money after 其中 in a run of named clauses', PARTS_OF_AN_ITEMS_MONEY],
  ['payments by channel, purposes between amounts, works columns', PAYMENTS_AND_WORKS],
  ['masked names, outcomes and report sections', MASKS_AND_SECTIONS],
  ['forms’ item blocks, fund notices and their projects', FORMS_AND_FUND_NOTICES],
  ['items stating their spending beside their budgets, amount-first items among name-first ones', ITEMS_WITH_THEIR_SPENDING],
  ['evaluation notices, payments and their remarks', NOTICES_AND_PAYMENTS],
  ['a budget document’s items', BUDGET_DOCUMENT_ITEMS],
  ['an item’s parts after its amount', SUB_ITEMS],
  ['one unit’s allocation table, its items the columns', ITEM_COLUMNS],
  ['a total’s parts after the money named again', MONEY_NAMED_AGAIN],
  ['a fund divided among places, and places that split an item', PLACES],
  ['a lottery fund’s uses by level and item', LOTTERY_FUND_USES],
  ['grants proposed and given', GRANTS],
  ['a plan’s projects, money planned or expected', PLANNED_ITEMS],
  ['the same items’ budgets before and after a cut', RESTATED_BUDGETS],
  ['the whole’s spending after a list of its parts', SPENT_AFTER_A_LIST],
  ['items in one sentence set apart by commas', ITEMS_BY_COMMAS],
  ['a later sentence restating items by name', RESTATED_BY_NAME],
  ['a sentence of items right after their total', ITEMS_AFTER_THEIR_TOTAL],
  ['a project’s works one at a time', WORKS_ONE_AT_A_TIME],
  ['columns a flattened list reads past', COLUMNS_READ_PAST],
  ['a transfer fund’s items due, arrived and paid', TRANSFER_FUND_ITEMS],
  ['a project plan’s rows, a row a line', PLAN_ROWS],
  ['items under headings, their money in later sentences', HEADED_SECTIONS],
  ['items granted money by a scheme', GRANTED_ITEMS],
  ['an allocation table run together, its projects grouped by place', GLUED_GROUPS],
  ['project tables flattened with a reason column, a wrapped name or a blank serial', FLAT_PROJECT_TABLES],
  ['reports never seen by the rules above', UNSEEN_LAYOUTS],
  ['task tables as reports copy them', TASK_TABLE_COPIES],
  ['other templates (group rows, year columns, wordings)', OTHER_TEMPLATES],
  ['list shapes of other provinces', LIST_SHAPES],
  ['lists after a total', LISTS_AFTER_A_TOTAL],
  ['numbered items', NUMBERED_ITEMS],
  ['project tables', TABLES],
  ['flattened lists and sheets', FLATTENED],
  ['layouts of reports the rules were not written on', HELD_OUT_LAYOUTS],
  ['money lines that are not tasks', NOT_TASKS],
  ['wordings and columns of real reports', REAL_WORDINGS],
  ['variations of the layouts above', VARIATIONS],
  ['project money in department prose', PROSE_SHAPES],
  ['amount first, then its use (用于), each clause its verb', PURPOSE_CLAUSES],
  ['projects counted before a colon, then listed', COUNTED_LISTS],
  ['funds allocated or paid, the verb first, then each project’s', VERB_LISTS],
  ['a list restated under shortened names', RESTATED_LISTS],
  ['rows of units under a unit column', UNIT_ROWS],
  ['a section heading run into its paragraph of items', HEADING_RUN_INTO_ITEMS],
  ['totals named elsewhere', TOTALS_NAMED_ELSEWHERE],
  ['lists after a total as other copies write them', LIST_COPIES],
  ['score columns of results tables', SCORE_HEADERS],
  ['project tables copied without their outer bars', BARLESS_TABLES],
  ['word columns of results tables', WORD_COLUMNS],
  ['items a colon announces, divided by commas', ANNOUNCED_CLAUSES],
  ['numbered items summing to the total before them', ITEMS_SUMMING_TO_A_TOTAL],
  ['a form’s name field run into its money rows, over a sub-table', FORM_FIELD_ROWS],
  ['numbered clauses, grants by document, overshooting parts', MARKED_CLAUSES_AND_GRANTS],
])('task rows: %s', (_, examples) => {
  it.each(examples.map((e) => [e.layout, e] as const))('%s', (_layout, e) => {
    expect(rowsOf(e.text)).toEqual(e.rows);
  });
});

describe('task rows: an allocation summary by place, its money split by kind of work and summed in a total column', () => {
  const table = (nameHeader: string, rows: string[][]) =>
    [
      '# 关于下达2025年度交通项目市级补助资金的通知',
      '',
      '单位:万元',
      '',
      `| 序号 | ${nameHeader} | 道路养护工程 | 道路建设项目 | 危桥改造 | 按属地合计 | 备注 |`,
      '|---|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  const ROWS = [
    ['1', '东山乡', '', '62.2', '', '62.2', ''],
    ['2', '西河镇', '27.3', '21.6', '13.5', '62.4', ''],
    ['3', '南岭乡', '10', '26.3', '', '36.3', ''],
  ];

  it('reads each place’s total as its budget, under a column of places or of the units that carry the money out (项目单位)', () => {
    const expected = ['东山乡 | 62.2 | - | - | 万元', '西河镇 | 62.4 | - | - | 万元', '南岭乡 | 36.3 | - | - | 万元'];
    expect(rowsOf(table('乡镇', ROWS))).toEqual(expected);
    expect(rowsOf(table('项目单位', ROWS))).toEqual(expected);
  });

  it('refused: a total column that one row’s parts do not add up to, and bodies given money under 项目单位', () => {
    const off = ROWS.map((r, i) => (i === 1 ? [...r.slice(0, 5), '60', ''] : r));
    expect(rowsOf(table('乡镇', off))).toEqual([]);
    const bodies = ROWS.map((r, i) => [r[0], ['县公路中心', '县交通运输局', '县农业农村局'][i], ...r.slice(2)]);
    expect(rowsOf(table('项目单位', bodies))).toEqual([]);
  });
});

describe('task rows: an allocation summary by place, each kind of aid counted and paid, its money summed in 共计', () => {
  const table = (rows: string[][]) =>
    [
      '2021年1月份困难儿童生活补助金汇总表',
      '',
      '单位:元',
      '',
      '| 乡镇(街道) | 孤儿补助人数 | 孤儿补助金额 | 困境儿童补助人数 | 困境儿童补助金额 | 共计 |',
      '|---|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
  const ROWS = [
    ['东山镇', '1', '1469', '48', '52650', '54119'],
    ['西河镇', '0', '0', '14', '15532', '15532'],
    ['南岭乡', '2', '2938', '10', '9644', '12582'],
  ];

  it('reads each place’s 共计 as its budget, the counts (人数) left out of the sum', () => {
    expect(rowsOf(table(ROWS))).toEqual(['东山镇 | 54119 | - | - | 元', '西河镇 | 15532 | - | - | 元', '南岭乡 | 12582 | - | - | 元']);
  });

  it('refused: a 共计 that one row’s amounts do not add up to', () => {
    const off = ROWS.map((r, i) => (i === 2 ? [...r.slice(0, 5), '12583'] : r));
    expect(rowsOf(table(off))).toEqual([]);
  });
});

describe('task rows: a Word table whose merged cells span rows', () => {
  const prov = { page: null, lines: null };
  const cell = (text: string, rowSpan = 1) => ({ text, rowSpan, colSpan: 1, prov });
  const table = (rows: ReturnType<typeof cell>[][]) =>
    Document.parse({
      source: { file: 't.docx', sha256: '0'.repeat(64), format: 'docx', bytes: 1, pages: null },
      blocks: [{ id: 'b0', type: 'table', rows, prov }],
      warnings: [],
    });
  const rows = (doc: Document) =>
    extract(doc).tasks.map((t) => [t.name, t.budget ?? '-', t.executed ?? '-', t.rate ?? '-', t.unit].join(' | '));

  it('places the rows below a merged 主管部门 cell by the span', () => {
    const doc = table([
      [cell('序号'), cell('主管部门'), cell('项目名称'), cell('资金量(万元)'), cell('等级')],
      [cell('1'), cell('县农业农村局', 2), cell('耕地地力保护补贴'), cell('860'), cell('优')],
      [cell('2'), cell('动物防疫补助'), cell('45.5'), cell('良')],
    ]);
    expect(rows(doc)).toEqual(['耕地地力保护补贴 | 860 | - | - | 万元', '动物防疫补助 | 45.5 | - | - | 万元']);
  });

  it('places a short row where its cells fit the columns (a lost trailing cell, not a merged leading one)', () => {
    // right-aligned, "绿化提升项目" would stand under 预算数: only the left placement fits
    const doc = table([
      [cell('主管部门'), cell('项目名称'), cell('预算数'), cell('执行数'), cell('备注')],
      [cell('县交通局'), cell('道路养护项目'), cell('30'), cell('28'), cell('无')],
      [cell('县住建局'), cell('绿化提升项目'), cell('12'), cell('12')],
    ]);
    expect(rows(doc)).toEqual(['道路养护项目 | 30 | 28 | - | 万元', '绿化提升项目 | 12 | 12 | - | 万元']);
  });

  it('reads a header over two rows (资金情况 spanning 预算数 / 执行数)', () => {
    const cell2 = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan, prov });
    const doc = table([
      [cell2('任务名称', 2), cell2('资金情况(万元)', 1, 2), cell2('执行率', 2)],
      [cell2('预算数'), cell2('执行数')],
      [cell2('社区矫正'), cell2('40'), cell2('36'), cell2('90%')],
      [cell2('普法宣传'), cell2('12.5'), cell2('12.5'), cell2('100%')],
    ]);
    expect(rows(doc)).toEqual(['社区矫正 | 40 | 36 | 90 | 万元', '普法宣传 | 12.5 | 12.5 | 100 | 万元']);
  });
});

describe('task names as a PDF copies them', () => {
  it('drops the space drawn between a number and the Chinese character after or before it, keeps others', () => {
    expect(withoutGlosses('大足委宣委【2020】83 号文创建经费')).toBe('大足委宣委【2020】83号文创建经费');
    expect(withoutGlosses('渝财教【2019】208号 公共体育场馆补助')).toBe('渝财教【2019】208号 公共体育场馆补助');
    expect(withoutGlosses('城鄉環(huán)境整治')).toBe('城鄉環境整治');
    // and before it: the .md of the same list reads 第10批, 补助18个
    expect(withoutGlosses('第 10批农村公路养护补助')).toBe('第10批农村公路养护补助');
    expect(withoutGlosses('补助 18个年度重点项目资金')).toBe('补助18个年度重点项目资金');
    // refused: a space between a Chinese character and a Latin code stays the name's
    expect(withoutGlosses('改造国道 G318')).toBe('改造国道 G318');
  });
});

describe('no task rows: the accounts’ own totals and classes listed as items', () => {
  it.each([
    [
      'a government’s budgets, each with its total',
      '(二)上半年支出情况\n\n上半年,全镇实现财政支出9,800万元。其中:\n1.一般公共预算总支出5,200万元,完成年初预算44.1%;\n2.政府性基金预算总支出3,100万元,完成年初预算61.0%;\n3.财政专户支出1,500万元,完成年初预算30.2%。',
    ],
    [
      'the unit’s spending by class beside 基本支出 and 项目支出',
      '本年度支出预算320.5万元。其中:按支出项目类别:1、基本支出200.3万元;2、项目支出120.2万元;3、事业单位经营支出0万元;4、上缴上级支出0万元;5、对下级单位补助支出0万元。',
    ],
    [
      'the kinds (款) of 一般公共服务 a government lists',
      '一、一般公共服务支出8,123,400.00元,其中:\n\n1、人大事务支出210,000.00元,占年初预算100%。\n\n2、政府办公室及相关机构支出7,400,000.00元,占年初预算92.5%。\n\n3.党委办公厅(室)及相关机构事务支出513,400.00元,占年初预算71.2%。',
    ],
    [
      'who collected a revenue total (其中 opening the sentence after it)',
      '(一)收入方面\n\n1-5月,全区一般公共预算收入完成31,200万元,完成年初预算的44.0%。其中:国税部门完成12,800万元,完成年初预算的50.3%;地税部门完成15,100万元,完成年初预算的46.2%;财政部门完成3,300万元,完成年初预算的28.7%。',
    ],
  ])('%s', (_layout, text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  it('keeps the projects a sum received (收入) went to as tasks', () => {
    const text = '2023年共收到上级补助收入资金500万元。其中:村道硬化项目300万元,已支付280万元;饮水安全巩固项目200万元,已支付190万元。';
    expect(rowsOf(text).map((r) => r.split(' | ')[0])).toEqual(['村道硬化项目', '饮水安全巩固项目']);
  });
});

describe('task names: a name set in quotes whole', () => {
  it('drops a square bracket closing a name that opened none (春节防火宣传]), keeps a pair', () => {
    expect(cleanName('春节防火宣传]')).toBe('春节防火宣传');
    expect(cleanName('森林防火宣传】')).toBe('森林防火宣传');
    expect(cleanName('【甲】防火宣传')).toBe('【甲】防火宣传');
  });
  it('drops the quotes around the whole name, keeps quotes inside one', () => {
    expect(cleanName('“甲地块土壤污染状况调查项目”')).toBe('甲地块土壤污染状况调查项目');
    expect(cleanName('“数说青山”展厅运维经费')).toBe('“数说青山”展厅运维经费');
    expect(cleanName('农村文化活动(“送戏进万村”)')).toBe('农村文化活动(“送戏进万村”)');
    expect(cleanName('“甲”和“乙”')).toBe('“甲”和“乙”');
  });
  it('rows named in quotes, each amount in brackets after its name', () => {
    const text =
      '# 某市2023年度土壤污染防治资金绩效自评报告\n\n我市将该笔资金1300万元下拨至甲旗,用于实施“甲地块土壤污染状况初步调查项目”(723万元)和“乙暂存池应急工程地块调查项目”(577万元)。';
    expect(rowsOf(text).map((r) => r.split(' | ')[0])).toEqual(['甲地块土壤污染状况初步调查项目', '乙暂存池应急工程地块调查项目']);
  });
});

describe('task names: the allocation’s words before the amount', () => {
  it('drops 指标为 / 指标 after a fund’s or project’s word, and 为 joining a name to its amount; keeps words ending in 为 and an indicator', () => {
    expect(cleanName('1、档案数字化专项经费指标为')).toBe('档案数字化专项经费');
    expect(cleanName('档案装具专项指标')).toBe('档案装具专项');
    expect(cleanName('农村公路养护资金为')).toBe('农村公路养护资金');
    expect(cleanName('不文明行为')).toBe('不文明行为');
    expect(cleanName('考核指标')).toBe('考核指标');
    expect(
      rowsOf(
        '某市档案馆2022年项目运行绩效监控报告\n\n一、项目支出基本情况\n\n本馆2022年年初专项经费指标总额为60万元,其中:\n\n1、档案数字化专项经费指标为36万元,用于馆藏档案数字化加工;\n\n2、档案装具专项指标为24万元,用于购置密集架。',
      ),
    ).toEqual(['档案数字化专项经费 | 36 | - | - | 万元', '档案装具专项 | 24 | - | - | 万元']);
  });
});

describe('task names: what a name cut from prose is not', () => {
  it('refuses a name with a section’s numbered heading inside (…分析(一)资金情况分析2021年…资金), keeps a phase in brackets', () => {
    expect(refusal('分析(一)资金情况分析2021年我市国家非物质文化遗产保护资金')).toBe('heading');
    expect(refusal('情况(二)项目资金使用情况甲村道路工程')).toBe('heading');
    // (refused: a bracket that closes the name, or holds no numeral alone, is the name's own)
    expect(refusal('城南污水管网工程(一期)')).toBeNull();
    expect(refusal('义务教育薄弱环节改善工程(二)')).toBeNull();
  });

  it('refuses a money unit left alone by a line break, and the unit’s projects counted', () => {
    for (const unit of ['万元', '亿元', '千元']) expect(refusal(unit)).toBe('unit');
    expect(refusal('本年度我局共有项目')).toBe('total or connective');
    // the projects counted by the budget's stage that brought them in, no project
    for (const stage of ['年初预算批复的项目', '年中追加项目', '续建项目', '上年结转项目']) expect(refusal(stage)).toBe('kind of project');
    expect(refusal('东山村新建项目')).toBeNull();
    expect(refusal('全年共实施财政项目')).toBe('total or connective');
    expect(refusal('2023年共安排衔接资金项目')).toBe('total or connective');
    expect(refusal('累计实施专项扶贫资金项目')).toBe('total or connective');
    expect(refusal('共有产权住房项目')).toBeNull();
    expect(refusal('校地共建项目')).toBeNull();
  });

  it('refuses a heading of the problems found and why (…问题及原因) and a class’s results with their verb (…自评结果为)', () => {
    expect(refusal('自评发现的主要问题及原因')).toBe('heading');
    expect(refusal('偏离绩效目标的原因')).toBe('heading');
    expect(refusal('非敏感涉密项目绩效自评结果为')).toBe('score');
    expect(refusal('项目评价结论是')).toBe('score');
    // a work whose name holds the word stays a name
    expect(refusal('地质灾害成因调查项目')).toBeNull();
    expect(refusal('地质灾害原因调查项目')).toBeNull();
  });

  it('refuses a date with the words that place money in time around it (截至20191231日, 20181130日提前: a copy that lost 年 and 月)', () => {
    expect(refusal('截至20191231日')).toBe('date');
    expect(refusal('20181130日提前')).toBe('date');
    expect(refusal('2023年12月底')).toBe('date');
    expect(refusal('截至2023年12月31日')).toBe('date');
    // a name that holds a date among its words stays a name
    expect(refusal('2023年12月31日前完工的道路项目')).toBeNull();
  });

  it('keeps a level’s money for a named work (…物资储备经费) or a quoted programme (州级“银龄讲学计划”补助资金); refuses a fund', () => {
    expect(refusal('州级森林草原防灭火物资储备经费')).toBeNull();
    expect(refusal('州级“银龄讲学计划”补助资金')).toBeNull();
    expect(refusal('省级科技计划项目验收工作经费')).toBeNull();
    expect(refusal('中央水利建设资金')).toBe('fund by level');
    expect(refusal('中央财政衔接推进乡村振兴补助资金')).toBe('fund by level');
    expect(refusal('上级工作经费')).toBe('fund by level');
    expect(refusal('县级物流配送中心建设补助')).toBeNull();
    expect(refusal('县级配套补助')).toBe('funding source');
    // a class's words cut before its part ("本年支出中项目支出…"): a connective, never a name
    expect(refusal('支出中项目')).toBe('total or connective');
    expect(refusal('本年支出中项目')).toBe('total or connective');
    expect(refusal('支出中心建设项目')).toBeNull();
  });

  /** Names refused as kinds of money or several items lumped (the reason, or 'any' where another check refuses first), and kept. */
  const KINDS_OF_MONEY: [string, string | null][] = [
    ['共同财政事权转移支付资金', 'any'],
    ['一般性转移支付资金', 'any'],
    ['专项转移支付资金', 'any'],
    ['新增国债资金', 'any'],
    ['新增政府债券资金', 'any'],
    ['2018年新增地方政府专项债券项目资金', 'any'],
    ['农村公路养护专项转移支付资金', null],
    ['一般公共预算(含一般债券)', 'funding source'],
    ['政府性基金预算', 'funding source'],
    ['一般公共预算项目绩效评价工作经费', null],
    ['土地出让金、基础设施配套费等资金', 'several projects'],
    ['会议室、档案室改造工程', null],
    ['另安排平安区、循化县各', 'several projects'],
    ['村道硬化项目和饮水安全项目各', 'several projects'],
    ['各村道路硬化项目', null],
    // places or households of a kind counted, then the fund they share: a class of recipients
    ['贫困乡1个奖补资金', 'several projects'],
    ['贫困行政村42个奖补资金', 'several projects'],
    ['脱贫户120户补助资金', 'several projects'],
    ['甲村5个大棚', null],
    ['示范村3个建设项目', null],
    // projects counted by the grade their evaluation gave: a class of projects
    ['21个项目评为一等', 'several projects'],
    ['0 个项目被评为二等', 'several projects'],
  ];
  it.each(KINDS_OF_MONEY)('%s: %s', (name, why) => {
    if (why === 'any') expect(refusal(name)).not.toBeNull();
    else expect(refusal(name)).toBe(why);
  });

  it.each([
    // the classes of transfer payments and new bonds, each with its amount
    '我区收到直达资金34,509万元,支付21,966.95万元,支付率68.7%。一是共同财政事权转移支付资金28,020.38万元。二是一般性转移支付资金5,350.62万元,三是专项转移支付资金473万元,四是新增国债资金665万元。',
    // a budget account and kinds of money lumped under 等, after 其中
    '二、2024年市级政府投资预算中,市级财政资金安排1000万元,其中一般公共预算(含一般债券)安排300万元,专项债券安排200万元,土地出让金、基础设施配套费等资金安排500万元。',
  ])('reads no rows from kinds of money listed as a total’s parts: %s', (text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  it('refuses a level’s money as a transfer (上级资金转移支付), and a unit and year before it; keeps the unit’s named project', () => {
    expect(refusal('上级资金转移支付')).toBe('fund by level');
    expect(refusal('中央级资金转移支付')).toBe('fund by level');
    expect(refusal('某县某镇人民政府2023年度下达上级资金转移支付')).toBe('fund by level');
    expect(refusal('某县水利局2023年度下达省级补助资金')).toBe('funding source');
    expect(refusal('某县水利局2023年河道清淤项目')).toBeNull();
    expect(refusal('省级农村公路养护转移支付')).toBeNull();
    // …stated under numbered headings, the report's budget and no row
    const text =
      '# 某县某镇2023年度转移支付资金绩效自评报告\n\n一、绩效目标分解下达情况\n(一)某县某镇人民政府2023年度下达上级资金转移支付300万元。绩效目标根据项目实施情况设置。\n(二)某县某镇人民政府2023年度下达上级资金转移支付300万元。其中:省级资金120万元,市级资金180万元。';
    expect(rowsOf(text)).toEqual([]);
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '300万元' });
  });

  it('cuts the work an item did after its name (A基地21.73万亩(…)), keeps a number inside a name (2号楼, 3000V)', () => {
    expect(cleanName('建设干果基地21. 73万亩(核桃10.02万亩、苹果1.52万亩、花椒9.38万亩、大樱桃0.31万亩、梨0.52万亩)')).toBe('建设干果基地');
    expect(cleanName('村道硬化3.5公里')).toBe('村道硬化');
    expect(cleanName('2号楼改造')).toBe('2号楼改造');
    expect(cleanName('3000V-线路改造')).toBe('3000V-线路改造');
    const text =
      '# 某县果品中心2016-2020年财政专项扶贫资金项目绩效评价工作总结\n\n2016-2020年果品产业项目建设资金7563.14万元,其中:建设干果基地21.73万亩(核桃10.02万亩、苹果1.52万亩、花椒9.38万亩、大樱桃0.31万亩、梨0.52万亩),建设资金2576.64万元;果园管护项目12个,建设资金4986.5万元。';
    expect(rowsOf(text)).toEqual(['建设干果基地 | 2576.64 | - | - | 万元', '果园管护项目 | 4986.5 | - | - | 万元']);
  });

  it('cuts the count of a list’s parts after its last name (A和B两部分), keeps a count inside a name (两项补贴)', () => {
    expect(cleanName('水源保护两部分')).toBe('水源保护');
    expect(cleanName('宣传培训三个方面')).toBe('宣传培训');
    expect(cleanName('残疾人两项补贴')).toBe('残疾人两项补贴');
    const text =
      '# 某县水利局2023年度饮水安全项目绩效自评报告\n\n该项目分为管网延伸和水源保护两部分,预算分别为800万元和120万元,实际支出分别为785.3万元和118.6万元。';
    expect(rowsOf(text)).toEqual(['管网延伸 | 800 | 785.3 | - | 万元', '水源保护 | 120 | 118.6 | - | 万元']);
  });

  it('cuts a dash set between a name and its money (A项目——年初预算…), keeps one inside a name (3000V-线路改造)', () => {
    expect(cleanName('甲村产业路项目——')).toBe('甲村产业路项目');
    expect(cleanName('3000V-线路改造')).toBe('3000V-线路改造');
    const text =
      '# 某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目——年初预算80万元,执行78万元;乙村蔬菜大棚项目——年初预算60万元,执行57.1万元。';
    expect(rowsOf(text)).toEqual(['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元']);
  });

  it('cuts a level’s funds after a project’s name (A项目中央衔接资金 → A项目): where the money came from; keeps a level inside a name', () => {
    expect(cleanName('甲村产业路项目中央衔接资金')).toBe('甲村产业路项目');
    expect(cleanName('乙镇污水处理工程市级补助')).toBe('乙镇污水处理工程');
    expect(cleanName('省级示范项目')).toBe('省级示范项目');
    expect(cleanName('甲村产业路项目资金')).toBe('甲村产业路项目资金');
    const text =
      '# 某镇2023年度项目支出绩效自评报告\n\n甲村产业路项目中央衔接资金80万元,已支付78万元;乙村蔬菜大棚项目省级衔接资金60万元,已支付57.1万元。';
    expect(rowsOf(text)).toEqual(['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元']);
  });

  it('cuts the unit calling itself before a project’s name (2023年我局A项目 → A项目), not before the unit’s own spending', () => {
    expect(cleanName('2023年我局农村公路养护项目')).toBe('农村公路养护项目');
    expect(cleanName('本局客运站改造工程')).toBe('客运站改造工程');
    expect(cleanName('本镇人居环境整治经费')).toBe('人居环境整治经费');
    // kept: no project's name after it (its own spending, counted projects: refused as such)
    expect(cleanName('本局基本支出')).toBe('本局基本支出');
    expect(refusal('本局基本支出')).not.toBeNull();
    const text =
      '# 柳溪县交通运输局2023年度部门整体支出绩效自评报告\n\n2023年全年预算1356万元,全年执行数1350.2万元,预算执行率99.57%。2023年我局农村公路养护项目预算120万元,实际支出118万元,执行率98.33%;本局客运站改造工程预算80万元,实际支出76万元,执行率95%。';
    expect(rowsOf(text)).toEqual(['农村公路养护项目 | 120 | 118 | 98.33 | 万元', '客运站改造工程 | 80 | 76 | 95 | 万元']);
  });

  it('refuses a class of spending named with its other name in brackets, and a grant by when it came (提前, 此次), but no item with a remark', () => {
    expect(refusal('工资福利支出(人员支出)')).toBe('department spending');
    expect(refusal('项目支出(专项工作经费支出)')).toBe('department spending');
    expect(refusal('提前')).toBe('period or change');
    expect(refusal('此次下达资金')).toBe('period or change');
    expect(refusal('防汛抗旱(专项工作经费)')).toBeNull();
  });
  it('refuses the projects of one kind of money as its budget arranges them, and the projects carried over (…预算安排项目, 上年结转结余项目)', () => {
    expect(refusal('本年一般公共预算财政拨款收入预算安排项目')).toBe('total or connective');
    expect(refusal('政府性基金预算安排项目')).toBe('total or connective');
    expect(refusal('上年结转结余项目')).toBe('kind of project');
    // (a project named for its work stays a project)
    expect(refusal('公共预算绩效评价项目')).toBeNull();
  });
  it('refuses the classes of basic spending named with what they hold (…等人员经费, …等日常公用经费)', () => {
    expect(refusal('在职人员基本工资、津贴补贴等人员经费')).toBe('department spending');
    expect(refusal('办公费、印刷费、差旅费等日常公用经费')).toBe('department spending');
    expect(refusal('村干部误工补贴等经费')).toBeNull();
    // …whose amounts are the unit's personnel and public-use spending
    const text =
      '# 某县教育局2022年度部门整体支出绩效自评报告\n\n2、使用情况。用于基本支出4070.14万元,一是在职人员基本工资、津贴补贴、退休费等人员经费3465.12万元,二是办公费、印刷费、差旅费等日常公用经费605.02万元。';
    expect(figuresOf(text)).toMatchObject({ 'expense.personnel': '3465.12万元', 'expense.publicUse': '605.02万元' });
  });

  it('refuses the unit’s projects counted by the unit itself (2022年我镇实施衔接资金项目3个), keeps a project it names', () => {
    expect(refusal('2022年我镇实施衔接资金项目')).toBe('total or connective');
    expect(refusal('我局实施项目')).toBe('total or connective');
    expect(refusal('我镇实施的东山村道路项目')).toBeNull();
  });

  it('reads a listed item’s source part as the item’s, never the report’s budget, in a project’s report too', () => {
    const text =
      '# 青山镇人民政府2022年度衔接资金项目绩效自评报告\n\n2022年我镇实施衔接资金项目3个,总投资230万元。\n1.东山村产业路项目,总投资80万元,衔接资金70万元,已拨付70万元;\n2.西岭村大棚项目,总投资100万元,衔接资金90万元,已拨付85万元;\n3.南坪村饮水项目,总投资50万元,衔接资金40万元,已拨付40万元。';
    expect(rowsOf(text)).toEqual([
      '东山村产业路项目 | 80 | 70 | - | 万元',
      '西岭村大棚项目 | 100 | 85 | - | 万元',
      '南坪村饮水项目 | 50 | 40 | - | 万元',
    ]);
    expect(figuresOf(text)['budget.total']).toBe('230万元');
  });

  it('refuses a spending class written with 费用 for its 费 (办公费用, 差旅费用), keeps money for a purpose', () => {
    for (const item of ['办公费用', '差旅费用', '会议费用', '物业管理费用']) expect(refusal(item)).toBe('spending classification');
    expect(refusal('聘请中介机构费用')).toBeNull();
  });

  it('refuses a class after its classification code, keeps a name that opens with a hotline’s number', () => {
    for (const item of ['2010301行政运行', '213 农林水支出', '30226劳务费', '50201办公经费', '10301行政事业性收费收入'])
      expect(refusal(item)).toBe('spending classification');
    for (const item of ['12345热线运维经费', '12315消费维权补助', '96110反诈宣传经费']) expect(refusal(item)).toBeNull();
  });

  it('reads a numbered list whose item’s name opens with digits after its number (2.12345热线…), no decimal', () => {
    const text =
      '# 某县政务服务管理局2023年度部门整体支出绩效自评报告\n\n重点项目情况:\n\n1.政务服务中心运行经费,预算50万元,支出48万元,执行率96%。\n\n' +
      '2.12345热线运维经费,预算30万元,支出30万元,执行率100%。\n\n3.电子政务外网经费,预算20万元,支出19万元,执行率95%。';
    expect(rowsOf(text)).toEqual([
      '政务服务中心运行经费 | 50 | 48 | 96 | 万元',
      '12345热线运维经费 | 30 | 30 | 100 | 万元',
      '电子政务外网经费 | 20 | 19 | 95 | 万元',
    ]);
    expect(figuresOf(text)).toEqual({});
    // (a PDF's copy spaces the digits from the words after them)
    expect(rowsOf(text.replace('2.12345热线', '2.12345 热线'))[1]).toBe('12345热线运维经费 | 30 | 30 | 100 | 万元');
    // (a decimal in a unit stays one: "2.125公里", "1.5万元")
    expect(
      rowsOf(
        '# 某县交通运输局2023年度部门整体支出绩效自评报告\n\n1.县道养护,预算50万元,支出48万元。\n\n2.乡道养护,新建道路2.125公里,预算30万元,支出30万元。',
      ),
    ).toEqual(['县道养护 | 50 | 48 | - | 万元', '乡道养护 | 30 | 30 | - | 万元']);
  });
});

describe('task rows: a summary report over several projects, as a PDF copy runs it together', () => {
  // the heading that counts the projects lost its line break before item 1, and each item says its money twice
  const SUMMARY =
    '某县园林绿化中心2023年度项目支出绩效自评总报告\n\n' +
    '一、本单位项目绩效目标情况。(一)青山县园林绿化中心2023年度共有3个项目1、古树名木保护项目:预算12. 6万元,2023年全年实际支付12. 6万元,支付率100%。' +
    '具体内容为古树挂牌和复壮。共支出成本12.6万元,全年已实际支付12.6万元。' +
    '2、苗圃改造项目:预算48万元,2023年全年实际支付45万元,支付率93.75%。具体内容为苗床更新。共支出成本45万元,全年已实际支付45万元。' +
    '3、绿地养护项目:预算30万元,2023年全年实际支付30万元,支付率100%。具体内容为草坪修剪。共支出成本30万元,全年已实际支付30万元。';

  it('names the first item after its number, its amounts joined across the space after the decimal point', () => {
    expect(rowsOf(SUMMARY)).toEqual([
      '古树名木保护项目 | 12.6 | 12.6 | 100 | 万元',
      '苗圃改造项目 | 48 | 45 | 93.75 | 万元',
      '绿地养护项目 | 30 | 30 | 100 | 万元',
    ]);
    expect(cleanName('(二)某镇卫生院2022年度共有2个项目1、家庭医生签约服务项目')).toBe('家庭医生签约服务项目');
  });

  it('reads item 1 run into the count after a colon, and an item whose name opens with a year (2、2023年…)', () => {
    const colon = SUMMARY.replace('一、本单位项目绩效目标情况。(一)', '现将情况报告如下:').replace(
      '2、苗圃改造项目',
      '2、2023年苗圃改造项目',
    );
    expect(rowsOf(colon).sort()).toEqual(
      [
        '古树名木保护项目 | 12.6 | 12.6 | 100 | 万元',
        '苗圃改造项目 | 48 | 45 | 93.75 | 万元',
        '绿地养护项目 | 30 | 30 | 100 | 万元',
      ].sort(),
    );
    expect(figuresOf(colon)['budget.executed']).toBeUndefined();
  });

  it('gives no item’s spending run on after its amount (乙道路工程40万元已支付38万元) to the report', () => {
    const text =
      '2023年度某县高标准农田建设项目绩效自评报告\n\n项目资金100万元,其中甲渠道工程60万元已全部支付,乙道路工程40万元已支付38万元。';
    expect(figuresOf(text)['budget.executed']).toBeUndefined();
    expect(figuresOf(text)['budget.total']).toBe('100万元');
  });

  it('keeps numbers that name buildings (1、2号楼) in the name, no list number', () => {
    expect(
      rowsOf(
        '某校2023年度部门整体支出绩效自评报告\n\n重点项目情况:1、2号楼屋面防水改造项目,预算30万元,支出28万元;3、4号楼外墙修缮项目,预算20万元,支出19万元。',
      ),
    ).toEqual(['1、2号楼屋面防水改造项目 | 30 | 28 | - | 万元', '3、4号楼外墙修缮项目 | 20 | 19 | - | 万元']);
  });

  it('reads an item’s money said again after its own amounts as that item’s, not the report’s spending', () => {
    expect(figuresOf(SUMMARY)['budget.executed']).toBeUndefined();
  });

  it('keeps an amount after the items that is no item’s own (the projects’ total)', () => {
    const total = SUMMARY.replace('共支出成本30万元,全年已实际支付30万元。', '三个项目全年共实际支付87.6万元。');
    // (what the items were budgeted is theirs, no budget of the report's: the total paid out is what was disbursed)
    expect(figuresOf(total)['budget.disbursed']).toBe('87.6万元');
    // a count of projects with no item number after it is no run-in heading
    expect(cleanName('本中心2023年度共有3个项目')).toBe('本中心2023年度共有3个项目');
  });
});

describe('task rows: a project form’s sub-projects labelled with what they are (子项目1:A)', () => {
  const form = (subs: string[]) =>
    [
      '| 项目名称 | 农村人居环境整治 |',
      '|---|---|',
      '',
      '| 资金投入(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |',
      '|---|---|---|---|---|---|',
      '| 年度资金总额 | 300 | 285 | 10 | 95% | 9.5 |',
      '| 其中:财政资金 | 300 | 285 | / | 95% | / |',
      ...subs,
    ].join('\n');
  const rows = ['垃圾收运 | 200 | 190 | 95 | 万元', '污水治理 | 100 | 95 | 95 | 万元'];

  it('names each sub-project after its label and number (子项目1: / 子项目一: / 二级项目2、)', () => {
    expect(rowsOf(form(['| 子项目1:垃圾收运 | 200 | 190 | | 95% | |', '| 子项目2:污水治理 | 100 | 95 | | 95% | |']))).toEqual(rows);
    expect(rowsOf(form(['| 子项目一:垃圾收运 | 200 | 190 | | 95% | |', '| 子项目二:污水治理 | 100 | 95 | | 95% | |']))).toEqual(rows);
    expect(rowsOf(form(['| 二级项目1、垃圾收运 | 200 | 190 | | 95% | |', '| 二级项目2、污水治理 | 100 | 95 | | 95% | |']))).toEqual(rows);
  });

  it('names a sub-project the prose labels 子项目 before its name', () => {
    expect(
      rowsOf(
        '其中子项目村级道路养护全年预算数76万元,全年执行数70万元,执行率92.11%;子项目山塘清淤整治全年预算数40万元,全年执行数36万元,执行率90%。',
      ),
    ).toEqual(['村级道路养护 | 76 | 70 | 92.11 | 万元', '山塘清淤整治 | 40 | 36 | 90 | 万元']);
  });

  it('refused: a label with nothing named after it, and the form’s funding rows under a label', () => {
    expect(cleanName('子项目1:')).toBe('子项目1');
    expect(rowsOf(form(['| 子项目1:财政资金 | 200 | 190 | | 95% | |', '| 子项目2:其他资金 | 100 | 95 | | 95% | |']))).toEqual([]);
    // a word that opens with 项目 and no number and colon after it is the name's own
    expect(cleanName('项目管理费')).toBe('项目管理费');
  });
});

describe('task rows: a task table’s names numbered with circled numbers', () => {
  it('drops the circled number normalization ran into the name (①A reads 1A)', () => {
    expect(
      rowsOf(
        [
          '| 年度主要任务 | 任务名称 | 主要内容 | 预算数 | 执行数 | 执行率 |',
          '|---|---|---|---|---|---|',
          '| 年度主要任务 | ①农村人居环境整治 | 开展村庄清洁行动 | 100 | 95 | 95% |',
          '| 年度主要任务 | ②高标准农田建设 | 新建高标准农田1万亩 | 500 | 480 | 96% |',
        ].join('\n'),
      ),
    ).toEqual(['农村人居环境整治 | 100 | 95 | 95 | 万元', '高标准农田建设 | 500 | 480 | 96 | 万元']);
  });

  it('keeps a digit the report wrote opening a name (1号楼)', () => {
    expect(
      rowsOf(['| 项目名称 | 预算数 | 执行数 |', '|---|---|---|', '| 1号楼屋面防水 | 30 | 28 |', '| 2号楼外墙修缮 | 20 | 19 |'].join('\n')),
    ).toEqual(['1号楼屋面防水 | 30 | 28 | - | 万元', '2号楼外墙修缮 | 20 | 19 | - | 万元']);
  });
});

describe('task rows: a project’s parts counted before a colon (包括三个子项目: / 分为两部分:)', () => {
  it('reads the first part right after the count’s colon, the total’s clause before it no part', () => {
    expect(
      rowsOf(
        '本项目包括三个子项目:村级道路养护预算76万元,已支出70万元;山塘清淤整治预算40万元,已支出36万元;河道保洁预算20万元,已支出20万元。',
      ),
    ).toEqual(['村级道路养护 | 76 | 70 | - | 万元', '山塘清淤整治 | 40 | 36 | - | 万元', '河道保洁 | 20 | 20 | - | 万元']);
    expect(rowsOf('本项目预算116万元,分为两部分:村级道路养护预算76万元,已支出70万元;山塘清淤整治预算40万元,已支出36万元。')).toEqual([
      '村级道路养护 | 76 | 70 | - | 万元',
      '山塘清淤整治 | 40 | 36 | - | 万元',
    ]);
  });

  it('reads parts that state their spending and rate only', () => {
    expect(rowsOf('本项目包括两个子项目:村级道路养护执行70万元,执行率92.11%;山塘清淤整治执行36万元,执行率90%。')).toEqual([
      '村级道路养护 | - | 70 | 92.11 | 万元',
      '山塘清淤整治 | - | 36 | 90 | 万元',
    ]);
  });

  it('refused: the parts of the unit’s own income or spending, counted the same way', () => {
    expect(rowsOf('本年收入116万元,分为两部分:财政拨款收入76万元,其他收入40万元。')).toEqual([]);
    expect(rowsOf('本年支出116万元,包括两个部分:基本支出76万元,项目支出40万元。')).toEqual([]);
    expect(rowsOf('基本支出116万元,包括两个部分:人员经费76万元,公用经费40万元。')).toEqual([]);
  });
});

describe('task rows: a project form’s sub-projects whose rate cell is blank', () => {
  const form = (subs: string[]) =>
    [
      '| 资金投入(万元) | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |',
      '|---|---|---|---|---|---|',
      '| 年度资金总额 | 300 | 285 | 10 | 95% | 9.5 |',
      '| 其中:财政资金 | 300 | 285 | / | 95% | / |',
      ...subs,
    ].join('\n');

  it('reads the amounts under the money columns in order (the form rates only its total)', () => {
    expect(rowsOf(form(['| 垃圾收运 | 200 | 190 | | | |', '| 污水治理 | 100 | 95 | | | |']))).toEqual([
      '垃圾收运 | 200 | 190 | - | 万元',
      '污水治理 | 100 | 95 | - | 万元',
    ]);
  });

  it('refused: two numbers of which one is a percentage, and two amounts under a header with 年初预算 too', () => {
    expect(rowsOf(form(['| 垃圾收运 | 200 | 95% | | | |', '| 污水治理 | 100 | 95% | | | |']))).toEqual([]);
    const initial = [
      '| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '|---|---|---|---|---|---|---|',
      '| 年度资金总额 | 280 | 300 | 285 | 10 | 95% | 9.5 |',
      '| 垃圾收运 | 200 | 190 | | | | |',
      '| 污水治理 | 100 | 95 | | | | |',
    ].join('\n');
    expect(rowsOf(initial)).toEqual([]);
  });
});

describe('task rows: a project named in its report section’s heading, or before its evaluation result', () => {
  const rows = ['村级道路养护项目 | 76 | 70 | 92.11 | 万元', '山塘清淤整治项目 | 40 | 36 | 90 | 万元'];

  it('names the project of a heading “(一)A项目绩效自评情况” over the paragraph its money is in', () => {
    expect(
      rowsOf(
        '(一)村级道路养护项目绩效自评情况。该项目年初预算数为76万元,全年执行数为70万元,完成预算的92.11%。\n(二)山塘清淤整治项目绩效自评情况。该项目年初预算数为40万元,全年执行数为36万元,完成预算的90%。',
      ),
    ).toEqual(rows);
    expect(
      rowsOf(
        '(一)村级道路养护项目绩效目标完成情况\n\n该项目全年预算数为76万元,全年执行数为70万元,完成预算的92.11%。\n\n(二)山塘清淤整治项目资金使用情况\n\n该项目全年预算数为40万元,全年执行数为36万元,完成预算的90%。',
      ),
    ).toEqual(rows);
  });

  it('names the project, not its score or grade, when the result stands between the name and the money', () => {
    expect(
      rowsOf(
        '其中,村级道路养护项目自评得分95分,全年预算数76万元,执行数70万元,执行率92.11%;山塘清淤整治项目自评得分90分,全年预算数40万元,执行数36万元,执行率90%。',
      ),
    ).toEqual(rows);
    expect(
      rowsOf(
        '村级道路养护项目自评等级为优,全年预算数76万元,执行数70万元,执行率92.11%;山塘清淤整治项目自评等级为良,全年预算数40万元,执行数36万元,执行率90%。',
      ),
    ).toEqual(rows);
  });

  it('refused: a heading of the unit’s projects together (重点项目 / 民生项目 / 转移支付项目 …情况) names no task', () => {
    for (const heading of ['重点项目实施情况', '民生项目实施情况', '转移支付项目绩效情况', '专项资金使用情况', '项目资金使用情况'])
      expect(refusal(cleanName(heading)), heading).not.toBeNull();
    expect(
      rowsOf(
        '(一)重点项目实施情况。全年预算数为116万元,全年执行数为106万元,完成预算的91.38%。\n(二)民生项目实施情况。全年预算数为40万元,全年执行数为36万元,完成预算的90%。',
      ),
    ).toEqual([]);
  });
});

describe('task rows: an evaluation notice’s money column as notices head it (资金额度 / 评价规模), a list’s 预算执行进度', () => {
  const notice = (money: string) =>
    [
      `| 序号 | 项目名称 | 主管部门 | ${money}(万元) | 评价得分 | 评价等级 |`,
      '|---|---|---|---|---|---|',
      '| 1 | 高标准农田建设项目 | 县农业农村局 | 1200 | 92.5 | 优 |',
      '| 2 | 学生营养改善计划 | 县教育局 | 356.8 | 85 | 良 |',
    ].join('\n');

  it('reads 资金额度 and 评价规模 as each project’s money, not the score beside it', () => {
    for (const money of ['资金额度', '评价规模'])
      expect(rowsOf(notice(money)), money).toEqual(['高标准农田建设项目 | 1200 | - | - | 万元', '学生营养改善计划 | 356.8 | - | - | 万元']);
  });

  it('reads 预算执行进度 as each project’s rate', () => {
    expect(
      rowsOf(
        [
          '| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 预算执行进度 |',
          '|---|---|---|---|---|',
          '| 1 | 村级道路养护项目 | 76 | 70 | 92.11% |',
          '| 2 | 山塘清淤整治项目 | 40 | 36 | 90% |',
        ].join('\n'),
      ),
    ).toEqual(['村级道路养护项目 | 76 | 70 | 92.11 | 万元', '山塘清淤整治项目 | 40 | 36 | 90 | 万元']);
  });

  it('refused: a notice whose only numeric columns are its score and a 资金到位率 is no money', () => {
    expect(
      rowsOf(
        [
          '| 序号 | 项目名称 | 主管部门 | 资金到位率 | 评价得分 | 评价等级 |',
          '|---|---|---|---|---|---|',
          '| 1 | 高标准农田建设项目 | 县农业农村局 | 100% | 92.5 | 优 |',
          '| 2 | 学生营养改善计划 | 县教育局 | 98% | 85 | 良 |',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('task rows: the 年度主要任务 block as copies lose its cells and labels', () => {
  const sheet = '某县农业农村局2022年度部门整体支出绩效自评表\n\n';
  const flatHeader = `${sheet}年度主要任务\n任务名称\n主要内容\n预算金额(万元)\n总额\n财政拨款\n其他资金\n`;
  const rows = ['农村人居环境整治 | 100 | - | - | 万元', '高标准农田建设 | 500 | - | - | 万元'];

  it('reads rows one cell a line whose blank cells the copy dropped (a blank 其他资金, a blank 主要内容)', () => {
    expect(
      rowsOf(
        `${flatHeader}农村人居环境整治\n开展村庄清洁行动\n100\n100\n\n高标准农田建设\n新建高标准农田1万亩\n500\n500\n\n年度总体目标\n`,
      ),
    ).toEqual(rows);
    expect(rowsOf(`${flatHeader}农村人居环境整治\n\n100\n100\n0\n高标准农田建设\n\n500\n500\n0\n年度总体目标\n`)).toEqual(rows);
  });

  it('reads rows that open with their number under the merged label (任务1, or the serial)', () => {
    expect(
      rowsOf(
        `${flatHeader}任务1\n农村人居环境整治\n开展村庄清洁行动\n100\n100\n0\n任务2\n高标准农田建设\n新建高标准农田1万亩\n500\n500\n0\n年度总体目标\n`,
      ),
    ).toEqual(rows);
    expect(
      rowsOf(
        `${sheet}年度主要任务 任务名称 主要内容 预算金额(万元) 总额 财政拨款 其他资金\n1 农村人居环境整治 开展村庄清洁行动 100 100 0\n2 高标准农田建设 新建高标准农田1万亩 500 500 0\n年度总体目标`,
      ),
    ).toEqual(rows);
  });

  it('reads a self-evaluation’s 完成情况 column beside the name, before the money', () => {
    expect(
      rowsOf(
        `${sheet}年度主要任务完成情况\n任务名称\n完成情况\n预算数\n执行数\n农村人居环境整治\n完成村庄清洁行动\n100\n95\n高标准农田建设\n完成1万亩\n500\n480\n`,
      ),
    ).toEqual(['农村人居环境整治 | 100 | 95 | - | 万元', '高标准农田建设 | 500 | 480 | - | 万元']);
  });

  it('reads 总额(万元) before the funding sources as each task’s budget, the 预算金额 group left out', () => {
    expect(
      rowsOf(
        [
          sheet,
          '| 年度主要任务 | 任务名称 | 主要内容 | 总额(万元) | 财政拨款 | 其他资金 |',
          '|---|---|---|---|---|---|',
          '| 年度主要任务 | 农村人居环境整治 | 开展村庄清洁行动 | 100 | 100 | 0 |',
          '| 年度主要任务 | 高标准农田建设 | 新建高标准农田1万亩 | 500 | 500 | 0 |',
        ].join('\n'),
      ),
    ).toEqual(rows);
  });

  it('refused: a row whose money is all blank (the next row’s name would stand under its budget), serials out of order, 总额 with no sources after it', () => {
    expect(
      rowsOf(
        `${flatHeader}农村人居环境整治\n开展村庄清洁行动\n\n高标准农田建设\n新建高标准农田1万亩\n500\n500\n0\n动物防疫\n强制免疫\n50\n50\n0\n年度总体目标\n`,
      ),
    ).toEqual([]);
    expect(
      rowsOf(
        `${sheet}年度主要任务 任务名称 主要内容 预算金额(万元) 总额 财政拨款 其他资金\n3 农村人居环境整治 开展村庄清洁行动 100 100 0\n7 高标准农田建设 新建高标准农田1万亩 500 500 0\n年度总体目标`,
      ),
    ).toEqual([]);
    expect(
      rowsOf(
        [
          '| 序号 | 项目名称 | 总额(万元) | 得分 |',
          '|---|---|---|---|',
          '| 1 | 村级道路养护项目 | 76 | 92 |',
          '| 2 | 山塘清淤整治项目 | 40 | 90 |',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('task rows: an item named before its colon, its money sentence opening with 该项目', () => {
  it('reads the money the sentence after the colon cues, the back-reference read past', () => {
    expect(
      rowsOf(
        '(一)整治提灌站项目:该项目资金共计31.82万元,用于甲村整治提灌站2处。\n(二)新建村道路项目:该项目资金共计90万元,用于甲村新建道路2.3公里。',
      ),
    ).toEqual(['整治提灌站项目 | 31.82 | - | - | 万元', '新建村道路项目 | 90 | - | - | 万元']);
    expect(rowsOf('1.整治提灌站项目:本项目预算31.82万元,已支出30万元;2.新建村道路项目:本项目预算90万元,已支出88万元。')).toEqual([
      '整治提灌站项目 | 31.82 | 30 | - | 万元',
      '新建村道路项目 | 90 | 88 | - | 万元',
    ]);
  });

  it('refused: funding sources named before the colon, and items whose sentence states no money', () => {
    expect(rowsOf('(一)中央资金:该项目资金共计31.82万元。\n(二)省级资金:该项目资金共计90万元。')).toEqual([]);
    expect(rowsOf('(一)整治提灌站项目:该项目共整治提灌站2处。\n(二)新建村道路项目:该项目新建道路2.3公里。')).toEqual([]);
  });
});

describe('task rows: several projects’ forms in one document, each its 项目名称 and its money label', () => {
  const form = (name: string, label: string, value: string) =>
    ['项目支出绩效目标表', `| 项目名称 | ${name} | | |`, `| ${label} | ${value} | | |`, `| 年度目标 | 完成${name} | | |`].join('\n');

  it('gives each form a row and the document no budget (pipe rows, one cell a line, spaced cells)', () => {
    const piped = [
      '某县农业农村局2024年部门预算',
      '',
      form('耕地保护宣传', '预算金额(万元)', '12'),
      form('动物防疫', '预算金额(万元)', '45.5'),
    ];
    expect(rowsOf(piped.join('\n'))).toEqual(['耕地保护宣传 | 12 | - | - | 万元', '动物防疫 | 45.5 | - | - | 万元']);
    expect(figuresOf(piped.join('\n'))['budget.total']).toBeUndefined();
    const lines = (name: string, amount: string) => [
      '项目支出绩效目标表',
      '',
      `项目名称\n${name}\n资金总额\n${amount}\n年度目标\n完成${name}`,
      '',
    ];
    const perLine = ['某镇人民政府2024年部门预算', '', ...lines('村级公益事业补助', '30万元'), ...lines('河道保洁', '18.6万元')].join('\n');
    expect(rowsOf(perLine)).toEqual(['村级公益事业补助 | 30 | - | - | 万元', '河道保洁 | 18.6 | - | - | 万元']);
    const spaced = [
      '某局2023年度部门整体支出绩效自评报告',
      '',
      '2023年部门全年预算1,000万元,全年执行980万元,预算执行率98%。',
      '',
      '项目名称 森林防火 主管部门 某局',
      '申报金额(万元) 64.8 实施单位 某站',
      '',
      '项目名称 林业有害生物防治 主管部门 某局',
      '申报金额(万元) 22 实施单位 某站',
    ].join('\n');
    expect(rowsOf(spaced)).toEqual(['森林防火 | 64.8 | - | - | 万元', '林业有害生物防治 | 22 | - | - | 万元']);
    // the department's own figures, stated before the forms, stand
    expect(figuresOf(spaced)).toMatchObject({ 'budget.total': '1000万元', 'budget.executed': '980万元', 'budget.executionRate': '98%' });
  });

  it('forms copied with their cells run together (项目名称A主管部门…): inside them no figure is the document’s, one form alone is its own', () => {
    const glued = (name: string, score: string) =>
      `项目支出绩效自评表(2020年度)项目名称${name}主管部门某区剧团实施单位某区文化和旅游局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额303010100%总分100${score}`;
    const two = [
      '某区剧团2020年度项目支出绩效自评表',
      '',
      `1、${glued('演出设备更新经费', '98')}`,
      '',
      `2、${glued('青年演员培训经费', '96')}`,
    ].join('\n');
    expect(figuresOf(two)['eval.score']).toBeUndefined();
    // refused: one form alone is the document's own, its score the report's
    const one = ['某区剧团2020年度项目支出绩效自评表', '', `1、${glued('演出设备更新经费', '98')}`].join('\n');
    expect(figuresOf(one)['eval.score']).toBe('98分');
  });

  it('reads the unit of the national template’s funds group (项目资金(万元) | 年度资金总额 | 85), its funds by source as no figure', () => {
    const rows = (name: string, total: string, fiscal: string, carry: string, other: string) => [
      ['项目名称', name, '', ''],
      ['主管部门', '某县林业局', '实施单位', '某县林业站'],
      ['项目资金(万元)', '年度资金总额', total, ''],
      ['', '其中:财政拨款', fiscal, ''],
      ['', '上年结转资金', carry, ''],
      ['', '其他资金', other, ''],
      ['年度目标', `完成${name}`, '', ''],
    ];
    const forms = [rows('护林员补助', '42.5', '40', '1.5', '1'), rows('苗圃维护', '18', '18', '0', '0')];
    const title = '某县林业局2024年部门预算项目支出绩效目标表';
    const piped = [title, '', ...forms.flatMap((f) => ['项目支出绩效目标表', ...f.map((r) => `| ${r.join(' | ')} |`), ''])].join('\n');
    const perLine = [title, '', ...forms.flatMap((f) => ['项目支出绩效目标表', '', f.flat().filter(Boolean).join('\n'), ''])].join('\n');
    const spaced = [
      title,
      '',
      ...forms.flatMap((f) => ['项目支出绩效目标表', '', f.map((r) => r.filter(Boolean).join(' ')).join('\n'), '']),
    ].join('\n');
    for (const text of [piped, perLine, spaced]) {
      expect(rowsOf(text)).toEqual(['护林员补助 | 42.5 | - | - | 万元', '苗圃维护 | 18 | - | - | 万元']);
      // (the funds by source are each project's: no income of the document's)
      expect(Object.keys(figuresOf(text)).filter((k) => /^(?:budget|income)\./.test(k))).toEqual([]);
    }
  });

  it('refused: a unit label in another row of the table than the funds total gives it no unit', () => {
    const form = (name: string, total: string) =>
      [
        '项目支出绩效目标表',
        `| 项目名称 | ${name} |`,
        '| 项目资金(万元) | |',
        `| 年度资金总额 | ${total} |`,
        `| 年度目标 | 完成${name} |`,
      ].join('\n');
    expect(rowsOf(['某县林业局2024年部门预算', '', form('护林员补助', '42.5'), '', form('苗圃维护', '18')].join('\n'))).toEqual([]);
  });

  it('reads each form’s spending, rate and score as its row’s, and none as the document’s', () => {
    const table = (name: string, b: string, e: string, r: string, s: string) =>
      `| 项目名称 | ${name} |\n|---|---|\n| 预算数(万元) | ${b} |\n| 执行数(万元) | ${e} |\n| 执行率 | ${r} |\n| 自评得分 | ${s} |`;
    const text = [
      '某局2023年度项目支出绩效自评报告',
      table('道路养护', '80', '76', '95%', '92'),
      table('山塘清淤', '40', '36', '90%', '88'),
    ].join('\n\n');
    expect(rowsOf(text)).toEqual(['道路养护 | 80 | 76 | 95 | 万元', '山塘清淤 | 40 | 36 | 90 | 万元']);
    expect(Object.keys(figuresOf(text)).filter((k) => /^(?:budget|eval)\./.test(k))).toEqual([]);
  });

  it('reads each form’s funds row of columns (资金总额: 年初 全年 执行 分值 执行率 得分) as its row, its funds by source as no figure', () => {
    const form = (code: string, name: string, initial: string, budget: string, executed: string, rate: string) =>
      [
        // (each line ending in the spaces a web page's copy leaves after its cells)
        '项目支出绩效自评表     ',
        `项目名称: ${code}-${name} 填报人: 张三 联系方式: 13000000000    `,
        '主管部门: 101-某县教育局 实施单位: 101001-某县第一中学    ',
        '是否公开: 网址:      ',
        '资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分    ',
        `资金总额: ${initial} ${budget} ${executed} 10.00  ${rate} ${(Number(rate) / 10).toFixed(1)}    `,
        `其中:财政资金: ${initial} ${budget} ${executed}   ${rate}      `,
        '年度目标 年度目标完成情况    ',
        `完成${name} 已完成    `,
        '',
      ].join('\n');
    const text = [
      '某县第一中学2023年项目绩效自评表公开',
      '',
      form('11000021T000000001234', '学生资助', '150,000.00', '150,000.00', '60,000.00', '40'),
      form('11000021T000000005678', '校园安保', '300,000.00', '300,000.00', '300,000.00', '100'),
    ].join('\n');
    expect(rowsOf(text)).toEqual(['学生资助 | 150000.00 | 60000.00 | 40 | 元', '校园安保 | 300000.00 | 300000.00 | 100 | 元']);
    expect(Object.keys(figuresOf(text)).filter((k) => /^(?:budget|projectFunds)\./.test(k))).toEqual([]);
  });

  it('reads the forms where each form’s title ran into its 项目名称 label, a PDF’s text losing the space (…自评表项目名称:)', () => {
    const form = (code: string, name: string, budget: string, executed: string, rate: string) =>
      [
        `项目支出绩效自评表项目名称: ${code}-${name} 填报人: 张三`,
        '主管部门: 101-某县教育局 实施单位: 101001-某县第一中学',
        '资金构成(元) 年初预算数 全年预算数 执行数 分值 执行率(%) 得分',
        `资金总额: ${budget} ${budget} ${executed} 10.00 ${rate} ${(Number(rate) / 10).toFixed(1)}`,
        `完成${name} 已完成`,
        '',
      ].join('\n');
    const text = [
      '某县第一中学2023年项目绩效自评表公开',
      '',
      form('11000021T000000001234', '学生资助', '150,000.00', '60,000.00', '40'),
      form('11000021T000000005678', '校园安保', '300,000.00', '300,000.00', '100'),
    ].join('\n');
    expect(rowsOf(text)).toEqual(['学生资助 | 150000.00 | 60000.00 | 40 | 元', '校园安保 | 300000.00 | 300000.00 | 100 | 元']);
  });

  it('refused: one form alone keeps its figures, a list’s 项目名称 column header opens no form', () => {
    const one =
      '某局2023年度项目支出绩效自评报告\n\n| 项目名称 | 道路养护 |\n|---|---|\n| 预算数(万元) | 80 |\n| 执行数(万元) | 76 |\n| 执行率 | 95% |';
    expect(rowsOf(one)).toEqual([]);
    expect(figuresOf(one)).toMatchObject({ 'budget.total': '80万元', 'budget.executed': '76万元', 'budget.executionRate': '95%' });
    const list = [
      '自评表清单',
      '| 序号 | 项目名称 | 备注 |',
      '| 1 | 甲补助资金自评表 | |',
      '项目支出绩效自评表',
      '| 项目名称 | 甲补助资金 |',
      '| 预算数(万元) | 99 |',
      '| 执行数(万元) | 99 |',
    ].join('\n');
    expect(rowsOf(list)).toEqual([]);
    expect(figuresOf(list)).toMatchObject({ 'budget.total': '99万元', 'budget.executed': '99万元' });
  });
});

describe('figures: a department form’s 总分 row after its tasks’ rows, the form copied as one paragraph', () => {
  const rows = [
    ['部门名称', '某县民政局'],
    ['年度主要任务', '任务名称', '主要内容', '预算数', '执行数', '完成情况'],
    ['低保发放', '保障困难群众基本生活', '410.00', '402.50', '已完成'],
    ['养老服务', '建设社区养老服务站', '150.00', '141.20', '基本完成'],
    ['总分', '100', '93.5'],
  ];
  const title = '某县民政局2023年度部门整体支出绩效自评表\n\n';

  it('reads the total row’s score, the tasks’ rows beside it (spaced cells, one cell a line)', () => {
    for (const text of [title + rows.map((r) => r.join(' ')).join('\n'), title + rows.flat().join('\n')]) {
      expect(rowsOf(text)).toEqual(['低保发放 | 410.00 | 402.50 | - | 万元', '养老服务 | 150.00 | 141.20 | - | 万元']);
      expect(figuresOf(text)['eval.score']).toBe('93.5分');
    }
  });

  it('refused: a listed item’s own 总分 on its line, after its money, is the item’s', () => {
    const text =
      '某县2023年度项目绩效评价结果\n\n1.城区绿化养护项目 预算420万元 支出410万元 总分 100 86\n2.社区养老服务补助项目 预算96.5万元 支出96万元 总分 100 93';
    expect(figuresOf(text)['eval.score']).toBeUndefined();
    expect(rowsOf(text)).toEqual(['城区绿化养护项目 | 420 | 410 | - | 万元', '社区养老服务补助项目 | 96.5 | 96 | - | 万元']);
  });
});

describe('task rows: a report on several projects, one section each (项目一:A,…;项目二:B,…)', () => {
  it('gives each section a row, a masked amount none, and the report no rate of one project', () => {
    const text = [
      '某苏木2023年度转移支付项目绩效自评结果综述',
      '项目一:甲嘎查集体经济项目,项目全年预算数*元,执行数*元,完成预算的100%。已按照要求进行了公开公示。',
      '项目二:乙加工车间建设项目,项目全年预算数*,执行数*元,完成预算的98%。',
      '项目三:丙边民补助,项目全年预算数78.*元,执行数78.*元,完成预算的100%。',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      '甲嘎查集体经济项目 | - | - | 100 | 万元',
      '乙加工车间建设项目 | - | - | 98 | 万元',
      '丙边民补助 | - | - | 100 | 万元',
    ]);
    expect(figuresOf(text)['budget.executionRate']).toBeUndefined();
  });

  it('refused: one section alone, and ordinals out of sequence, keep the rate the report’s', () => {
    const one = '某苏木2023年度项目绩效自评结果\n项目一:甲嘎查集体经济项目,项目全年预算数*元,执行数*元,完成预算的100%。';
    expect(rowsOf(one)).toEqual([]);
    expect(figuresOf(one)['budget.executionRate']).toBe('100%');
    const skipped = '某苏木2023年度项目绩效自评结果\n项目一:甲项目,完成预算的100%。\n项目三:丙项目,完成预算的90%。';
    expect(rowsOf(skipped).some((r) => r.startsWith('丙项目'))).toBe(false);
  });

  // the sections written one a line, as a .docx or PDF copy gives them: one paragraph, the line breaks gone; the amounts
  // masked, so only the rates are each section's (invented)
  const RUN_ON =
    '某乡人民政府2022年度转移支付项目绩效自评报告\n\n共涉及转移支付项目3个,自评结果如下: 项目一:某财农〔2022〕15号东湾村光伏发电项目,项目全年预算数*元,执行数*元,完成预算的100%。结果已公示。项目二:西岭村蔬菜大棚改造项目,项目全年预算数*,执行数*元,完成预算的90%。及时足额拨付资金。项目三:护林员补助,项目全年预算数12.*元,执行数12.*元,完成预算的100%。受益120人。';
  const RUN_ON_ROWS = [
    '某财农〔2022〕15号东湾村光伏发电项目 | - | - | 100 | 万元',
    '西岭村蔬菜大棚改造项目 | - | - | 90 | 万元',
    '护林员补助 | - | - | 100 | 万元',
  ];

  it('reads the sections run into one paragraph (a .docx or PDF copy), each opener after a stop a section, the report no figure of one', () => {
    expect(rowsOf(RUN_ON)).toEqual(RUN_ON_ROWS);
    expect(figuresOf(RUN_ON)['budget.executionRate']).toBeUndefined();
  });

  it('reads the sections of a pdftotext copy, its margin cutting a name and the stop from the opener', () => {
    // (the margin inside the document number's year too: 〔20 | 22〕, no space in the name)
    const wrapped = RUN_ON.replace('〔2022〕15号', '〔20\n22〕15号')
      .replace('东湾村光伏', '东湾村\n光伏')
      .replace('蔬菜大棚', '蔬菜\n大棚')
      .replace('结果已公示。项目二', '结果已公示。项\n目二');
    expect(rowsOf(wrapped)).toEqual(RUN_ON_ROWS);
    expect(figuresOf(wrapped)['budget.executionRate']).toBeUndefined();
  });

  it('refused: a line break the text keeps as a space (between a letter and a digit, G | 318) stays a space in the name', () => {
    const spaced = RUN_ON.replace('项目三:护林员补助', '项目三:G\n318沿线护林员补助');
    expect(rowsOf(spaced)[2]).toBe('G 318沿线护林员补助 | - | - | 100 | 万元');
  });

  it('refused: an opener after a comma, inside a sentence, starts no section, and the one section keeps the rate the report’s', () => {
    const inside = RUN_ON.replace('。结果已公示。项目二:', ',与项目二:').replace(/。及时足额拨付资金。项目三:.*$/, '。');
    expect(rowsOf(inside)).toEqual([]);
    expect(figuresOf(inside)['budget.executionRate']).toBe('100%');
  });
});

describe('task rows: an item’s heading line run into the sentence below it, which refers back to it (A项目该项目预算…)', () => {
  // "(一)A项目" over "该项目预算…", as a .docx or PDF copy joins the lines of one Markdown paragraph (invented)
  const lines = [
    '(一)南湖湿地保护项目',
    '该项目预算60万元,执行57万元,执行率95%。',
    '(二)北山防火通道项目',
    '此项目预算30万元,执行30万元,执行率100%。',
  ];
  const text = (sep: string) => `某县林业局2023年度项目支出绩效自评报告\n\n项目执行情况如下:${sep}${lines.join(sep)}`;
  const rows = ['南湖湿地保护项目 | 60 | 57 | 95 | 万元', '北山防火通道项目 | 30 | 30 | 100 | 万元'];

  it('names the item without the reference, as the lines apart do', () => {
    expect(rowsOf(text('\n')).sort()).toEqual([...rows].sort());
    expect(rowsOf(text('')).sort()).toEqual([...rows].sort());
    expect(cleanName('南湖湿地保护项目本项目')).toBe('南湖湿地保护项目');
  });

  it('refused: 本 ending a word of the name (基本项目, 资本项目) is the name’s own', () => {
    expect(cleanName('公共卫生基本项目')).toBe('公共卫生基本项目');
    expect(cleanName('国有资本项目')).toBe('国有资本项目');
  });
});

describe('task rows: a unit’s report on its projects, each section granting its item by name (批复我局A经费20万元)', () => {
  const section = (n: number, name: string, grant: string) =>
    `${n}.${name}\n\n项目背景:为落实有关改革要求设立。\n\n项目资金批复情况:根据有关通知,${grant}`;

  it('reads the amount right after the name the section’s heading gives, in a clause that grants it', () => {
    const text = [
      '某局2022年度项目支出绩效自评报告\n\n某局对2022年预算批复的3个项目开展了绩效自评。\n\n(一)项目概况',
      section(1, '电子平台服务经费', '2022年批复我局电子平台服务经费20万元。'),
      section(2, '委托业务经费', '2022年安排我局委托业务经费35.5万元。'),
      // the money paragraph right below the heading, no description between
      '3.票据管理经费\n\n2022年下达我局票据管理经费12万元。',
    ].join('\n\n');
    expect(rowsOf(text)).toEqual([
      '电子平台服务经费 | 20 | - | - | 万元',
      '委托业务经费 | 35.5 | - | - | 万元',
      '票据管理经费 | 12 | - | - | 万元',
    ]);
  });

  it('refused: one section alone, a clause of spending, and a name followed by a part of it', () => {
    const one = `某局2022年度项目支出绩效自评报告\n\n${section(1, '电子平台服务经费', '2022年批复我局电子平台服务经费20万元。')}`;
    expect(rowsOf(one)).toEqual([]);
    const spent = [
      section(1, '电子平台服务经费', '2022年实际支出电子平台服务经费20万元。'),
      section(2, '委托业务经费', '2022年实际支出委托业务经费35万元。'),
    ].join('\n\n');
    expect(rowsOf(spent)).toEqual([]);
    const part = [
      section(1, '电子平台服务经费', '2022年批复我局电子平台服务经费中的运维部分20万元。'),
      section(2, '委托业务经费', '2022年批复我局委托业务经费中的审计部分35万元。'),
    ].join('\n\n');
    expect(rowsOf(part)).toEqual([]);
  });
});

describe('task rows: a 部门整体支出绩效目标表’s 年度履职目标 block (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额)', () => {
  const header = '某县档案馆部门整体支出绩效目标表(2023年度)\n部门职能 年度目标任务 支出项目名称 预算金额(万元)';

  it('reads the project each task is funded by and its budget, past the duty and task words before it', () => {
    const text = `${header}\n档案收集与保管 完成馆藏档案数字化 档案数字化经费 30\n档案利用服务 开展档案查阅服务 档案编研经费 12`;
    expect(rowsOf(text)).toEqual(['档案数字化经费 | 30 | - | - | 万元', '档案编研经费 | 12 | - | - | 万元']);
  });

  it('reads two tasks one project funds as two rows, and no row for the unit’s 基本支出', () => {
    const text = [
      header,
      '档案收集与保管 完成馆藏档案数字化 档案数字化经费 30',
      '档案利用服务 开展档案查阅服务 档案数字化经费 12',
      '保障日常运转 按时发放人员工资 基本支出 200',
    ].join('\n');
    expect(rowsOf(text)).toEqual(['档案数字化经费 | 30 | - | - | 万元', '档案数字化经费 | 12 | - | - | 万元']);
  });

  it('refused: one name twice with no words before it, a row copied twice, one task beside the 基本支出', () => {
    expect(rowsOf('某县档案馆2023年度项目表\n支出项目名称 预算金额(万元)\n档案数字化经费 30\n档案数字化经费 12')).toEqual([]);
    const twice = '档案收集与保管 完成馆藏档案数字化 档案数字化经费 30';
    expect(rowsOf(`${header}\n${twice}\n${twice}`)).toEqual([]);
    expect(rowsOf(`${header}\n${twice}\n保障日常运转 按时发放人员工资 基本支出 200`)).toEqual([]);
  });
});

describe('task rows: a list whose header opens with words columns the vocabulary does not know', () => {
  const text = [
    '某县档案馆部门整体支出绩效自评表(2023年度)',
    '职能说明 工作目标 支出项目名称 预算数(万元) 执行数(万元)',
    '档案收集与保管 完成馆藏档案数字化 档案数字化经费 30 28',
    '档案利用服务 开展档案查阅服务 档案编研经费 12 12',
  ].join('\n');

  it('refused: the cells under those words are no part of the name (no row named by three cells run together)', () => {
    expect(rowsOf(text)).toEqual([]);
  });

  it('still joins a name the copy broke with a space where the header has no words before it', () => {
    const spaced =
      '某县档案馆2023年度部门整体支出绩效自评报告\n项目名称 预算数(万元) 执行数(万元)\n城乡环境 整治项目 30 28\n档案编研经费 12 12';
    expect(rowsOf(spaced)).toEqual(['城乡环境整治项目 | 30 | 28 | - | 万元', '档案编研经费 | 12 | 12 | - | 万元']);
  });
});

describe('task rows: a numbered item’s budget changed in the year (年初预算, 年中追加 / 调减, 全年预算)', () => {
  const title = '某县档案馆2022年度部门整体支出绩效自评报告\n\n';

  it('reads past the change to the budget it came to, and the spending and rate after it', () => {
    const text = `${title}1.档案数字化项目,年初预算36万元,年中追加4万元,全年预算40万元,执行39.2万元,执行率98%。\n2.档案修复项目,年初预算18万元,年中调减预算3万元,全年预算15万元,执行15万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | 40 | 39.2 | 98 | 万元', '档案修复项目 | 15 | 15 | 100 | 万元']);
  });

  it('a change with spending after it, no budget (what the budget came to is not stated): the spending read, no budget', () => {
    const text = `${title}1.档案数字化项目,年初预算36万元,年中追加4万元,执行39.2万元。\n2.档案修复项目,年初预算18万元,执行17万元。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | - | 39.2 | - | 万元', '档案修复项目 | 18 | 17 | - | 万元']);
    // the budget before the change stays the row's initial budget, its rate measured against no budget
    const [changed] = extract(docOf(text)).tasks;
    expect(changed.initialBudget).toBe('36');
  });

  it('unnumbered items: the spending and rate after the change are the item’s, none of them the unit’s figures', () => {
    const text = `${title}档案数字化项目,年初预算50万元,年中追加10万元,全年支出58万元,执行率96.67%。档案修复项目,年初预算30万元,全年支出30万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | - | 58 | 96.67 | 万元', '档案修复项目 | 30 | 30 | 100 | 万元']);
    expect(figuresOf(text)).toEqual({});
    expect(extract(docOf(text)).discrepancies).toEqual([]);
  });

  it('unnumbered items whose budget 其中 divides by source: the item’s sources, no list that 其中 opens', () => {
    const text = `${title}档案数字化项目,年初预算50万元,其中中央资金40万元,全年支出48万元,执行率96%。档案修复项目,年初预算30万元,全年支出30万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | 50 | 48 | 96 | 万元', '档案修复项目 | 30 | 30 | 100 | 万元']);
    expect(figuresOf(text)).toEqual({});
    expect(extract(docOf(text)).discrepancies).toEqual([]);
    // refused: after a total named by no item, 其中 still opens the items it divides the total into
    const total = `${title}项目支出预算80万元,其中档案数字化项目预算50万元,支出48万元;档案修复项目预算30万元,支出30万元。`;
    expect(rowsOf(total).sort()).toEqual(['档案修复项目 | 30 | 30 | - | 万元', '档案数字化项目 | 50 | 48 | - | 万元']);
  });

  it('items a heading’s colon opens, the first one’s budget divided by source: 其中 there opens no list of its own', () => {
    const text = `${title}本年实施的项目有:档案数字化项目,总投资50万元,其中财政资金40万元,已完成支付48万元;档案修复项目,总投资30万元,已完成支付30万元。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | 50 | 48 | - | 万元', '档案修复项目 | 30 | 30 | - | 万元']);
    expect(figuresOf(text)).toEqual({});
    // refused: a total that no item names, then 其中, still opens the items that divide it
    const total = `${title}本年实施的项目有:项目支出总投资80万元,其中档案数字化项目50万元,已支付48万元;档案修复项目30万元,已支付30万元。`;
    expect(rowsOf(total).sort()).toEqual(['档案修复项目 | 30 | 30 | - | 万元', '档案数字化项目 | 50 | 48 | - | 万元']);
  });

  it('a change worded with 预算 (追加预算) is no budget of the item, and a change with no budget before it is its money', () => {
    const text = `${title}档案数字化项目,年初预算50万元,追加预算10万元,全年支出58万元,执行率96.67%。档案修复项目,年初预算30万元,全年支出30万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | - | 58 | 96.67 | 万元', '档案修复项目 | 30 | 30 | 100 | 万元']);
    expect(extract(docOf(text)).discrepancies).toEqual([]);
  });

  it('a unit’s report: a project set off by a comma is the subject of its sentence, a remark before its spending its own', () => {
    const text = `${title}档案数字化项目,年初预算50万元,受疫情影响部分工作延后,全年支出40万元,执行率80%。档案修复项目,年初预算30万元,全年支出30万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | 50 | 40 | 80 | 万元', '档案修复项目 | 30 | 30 | 100 | 万元']);
    expect(figuresOf(text)).toEqual({});
    // refused: with no unit known (no title), one such sentence stays the report's own figures
    expect(figuresOf('档案数字化项目,年初预算50万元,受疫情影响部分工作延后,全年支出40万元,执行率80%。')).toMatchObject({
      'budget.executed': '40万元',
    });
  });

  it('refused: a change with nothing measured after it (a remark follows): the items read no further', () => {
    const text = `${title}1.档案数字化项目,年初预算36万元,年中追加4万元,主要用于扫描设备购置。\n2.档案修复项目,年初预算18万元,执行17万元。`;
    expect(rowsOf(text)).toEqual(['档案数字化项目 | 36 | - | - | 万元', '档案修复项目 | 18 | 17 | - | 万元']);
  });
});

describe('task rows: two items after a colon, no total stated (项目支出主要包括:A 36.4万元;B 17.6万元)', () => {
  const title = '某县档案馆2022年度部门整体支出绩效自评报告\n\n';

  it('reads two items that fill the sentence after the colon, measured by the words before it (支出 / 下达)', () => {
    expect(rowsOf(`${title}2022年项目支出主要包括:档案数字化经费36.4万元;档案修复经费17.6万元。`)).toEqual([
      '档案数字化经费 | - | 36.4 | - | 万元',
      '档案修复经费 | - | 17.6 | - | 万元',
    ]);
    expect(rowsOf(`${title}2022年下达专项资金,主要用于:甲镇档案室改造项目150万元、乙镇档案室改造项目60万元。`)).toEqual([
      '甲镇档案室改造项目 | 150 | - | - | 万元',
      '乙镇档案室改造项目 | 60 | - | - | 万元',
    ]);
  });

  it('refused: words after the last amount, words that name no money before the colon, funding sources, shares', () => {
    const refused = [
      '2022年下达专项资金,主要用于:甲镇档案室改造项目150万元、乙镇档案室改造项目60万元,其余资金结转下年使用。',
      '今年的重点工作主要包括:甲镇档案室改造项目150万元;乙镇档案室改造项目60万元。',
      '2022年下达专项资金,主要包括:中央补助资金150万元;县级配套资金60万元。',
      '2022年下达专项资金,主要用于:甲镇档案室改造项目150万元、乙镇档案室改造项目60万元,分别占75%和25%。',
      '2022年基本支出主要包括:人员经费50.5万元;公用经费28.2万元。',
    ];
    for (const text of refused) expect(rowsOf(`${title}${text}`)).toEqual([]);
  });
});

describe('task rows: items a colon announces with no total stated (资金安排如下: / 分配到以下项目:)', () => {
  const title = '某县2021年度农村人居环境整治项目支出绩效自评报告\n\n';
  const items = [
    'A村污水管网建设项目 | 50 | - | - | 万元',
    'B村垃圾中转站建设项目 | 36 | - | - | 万元',
    'C村公厕改造项目 | 18 | - | - | 万元',
  ];

  it('reads the items, one a line, one a paragraph or in one sentence, as budgets when the words before the colon allocate', () => {
    const lines = ['A村污水管网建设项目:50万元', 'B村垃圾中转站建设项目:36万元', 'C村公厕改造项目:18万元'];
    expect(rowsOf(`${title}各子项目资金安排如下:\n${lines.join('\n')}`)).toEqual(items);
    expect(rowsOf(`${title}各子项目资金安排如下:\n\n${lines.join(';\n\n')}。`)).toEqual(items);
    expect(rowsOf(`${title}各子项目资金安排如下:${lines.join(';')}。`)).toEqual(items);
    const spaced = ['A村污水管网建设项目 50万元', 'B村垃圾中转站建设项目 36万元', 'C村公厕改造项目 18万元'];
    expect(rowsOf(`${title}该资金分配到以下项目:\n${spaced.join('\n')}`)).toEqual(items);
  });

  it('reads a total’s items after 分配 with where the money went before the colon (下达到项目建设单位:, 分配到项目:)', () => {
    const listed = 'A村污水管网建设项目资金50万元、B村垃圾中转站建设项目资金36万元、C村公厕改造项目资金18万元。';
    const rows = [
      'A村污水管网建设项目资金 | 50 | - | - | 万元',
      'B村垃圾中转站建设项目资金 | 36 | - | - | 万元',
      'C村公厕改造项目资金 | 18 | - | - | 万元',
    ];
    for (const intro of ['项目资金已经分配下达到项目建设单位:', '项目资金已分配到项目:', '资金已分配拨付到各项目实施单位:'])
      expect(rowsOf(`${title}2021年下达项目资金104万元,${intro}${listed}`), intro).toEqual(rows);
    // (the units themselves named after such a colon are recipients, no tasks)
    expect(
      rowsOf(`${title}2021年下达项目资金104万元,项目资金已分配到各单位:甲县教育局50万元、乙县卫生健康局36万元、丙县民政局18万元。`),
    ).toEqual([]);
  });

  it('reads them as spending when the words before the colon say so', () => {
    const text = `${title}各项目资金支出情况如下:\nA村污水管网建设项目 50万元\nB村垃圾中转站建设项目 36万元\nC村公厕改造项目 18万元`;
    expect(rowsOf(text)).toEqual(items.map((row) => row.replace(/ \| (\d+) \| - \|/, ' | - | $1 |')));
  });

  it('refused: what the colon announces is the unit’s accounts, its funding sources, its spending by kind, places or “三公” items', () => {
    const refused = [
      '2023年收支情况如下:\n收入合计500万元\n支出合计480万元\n结余20万元',
      '部门预算安排如下:\n基本支出300万元\n项目支出200万元\n其他支出20万元',
      '资金来源如下:\n中央资金300万元\n省级资金100万元\n县级资金25万元',
      '三公经费支出如下:\n公务接待费2万元\n公务用车运行维护费5万元\n因公出国(境)费0万元',
      '一般公共预算支出安排如下:\n教育支出300万元\n卫生健康支出200万元\n农林水支出100万元',
      '各项经费支出明细如下:\n办公费12万元\n印刷费3万元\n差旅费5万元',
    ];
    for (const text of refused) expect(rowsOf(`${title}${text}`), text).toEqual([]);
  });
});

describe('task rows: numbered items as reports also write them (第一, / 第二, ordinals; the item’s attributes before its money)', () => {
  const title = '某县林业局2022年度部门整体支出绩效自评报告\n\n';

  it('reads items numbered 第一, 第二, as it reads 一是, 二是', () => {
    const text = `${title}第一,森林防火项目,预算52万元,支出50万元,执行率96.15%;第二,古树保护项目,预算8万元,支出8万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['森林防火项目 | 52 | 50 | 96.15 | 万元', '古树保护项目 | 8 | 8 | 100 | 万元']);
  });

  it('refused: 第一批 / 第二批 are batches of one fund, no list numbers', () => {
    const text = `${title}第一批资金到位52万元,第二批资金到位8万元。`;
    expect(rowsOf(text)).toEqual([]);
  });

  it('reads past the item’s attributes (资金来源为… / 实施单位为…) between its name and its cued money', () => {
    const text = `${title}1.森林防火项目,资金来源为县级财政资金,全年预算52万元,实际支出50万元,执行率96.15%。\n2.古树保护项目,实施单位为县林业站,全年预算8万元,实际支出8万元,执行率100%。`;
    expect(rowsOf(text)).toEqual(['森林防火项目 | 52 | 50 | 96.15 | 万元', '古树保护项目 | 8 | 8 | 100 | 万元']);
  });

  it('refused: a clause between the name and the money that is no attribute of the item (another name, a source with its amount)', () => {
    const other = `${title}1.森林防火项目,古树保护项目,全年预算52万元,实际支出50万元。\n2.林业有害生物防治项目,县林业站实施,全年预算8万元,实际支出8万元。`;
    expect(rowsOf(other)).toEqual([]);
    const sourced = `${title}1.森林防火项目,资金来源为县级财政资金52万元,实际支出50万元。\n2.古树保护项目,资金来源为上级补助资金8万元,实际支出8万元。`;
    expect(rowsOf(sourced)).toEqual([]);
  });
});

describe('task rows: a final account’s 项目支出 split into its projects (主要是 / 其中 with each item’s change from the year before)', () => {
  const title = '某县气象局2023年度部门决算\n\n';

  it('reads the projects after 主要是, as after 主要为', () => {
    expect(rowsOf(`${title}本年项目支出74万元,主要是人工增雨项目40万元、气象站维护项目22万元、预警发布项目12万元。`)).toEqual([
      '人工增雨项目 | - | 40 | - | 万元',
      '气象站维护项目 | - | 22 | - | 万元',
      '预警发布项目 | - | 12 | - | 万元',
    ]);
  });

  it('reads each item past its change from the year before (较上年增加 / 比上年下降), which is no item and no measure', () => {
    const text = `${title}项目支出74万元,其中:人工增雨项目40万元,较上年增加5万元;气象站维护项目22万元,比上年下降8%;预警发布项目12万元,与上年持平。`;
    expect(rowsOf(text)).toEqual([
      '人工增雨项目 | - | 40 | - | 万元',
      '气象站维护项目 | - | 22 | - | 万元',
      '预警发布项目 | - | 12 | - | 万元',
    ]);
  });

  it('refused: the reasons for a change (主要是A项目增加12万元…), and changes standing as the items', () => {
    expect(rowsOf(`${title}项目支出74万元,较上年增加20万元,主要是人工增雨项目增加12万元、气象站维护项目增加8万元。`)).toEqual([]);
    expect(rowsOf(`${title}项目支出较上年增加20万元,主要是人工增雨项目增加12万元、气象站维护项目增加8万元。`)).toEqual([]);
    expect(rowsOf(`${title}项目支出74万元,其中:较上年增加5万元;较上年减少8万元。`)).toEqual([]);
  });
});

describe('task rows: a rate cue announcing each item’s rate (各项目预算执行率分别为:A项目95%、B项目100%)', () => {
  const title = '某县体育局2023年度部门整体支出绩效自评报告\n\n';

  it('reads each item’s name and rate after the announcing cue, the last item after 和 too', () => {
    expect(rowsOf(`${title}各项目预算执行率分别为:全民健身赛事项目96.5%、体育场馆维护项目100%和青少年训练项目88%。`)).toEqual([
      '全民健身赛事项目 | - | - | 96.5 | 万元',
      '体育场馆维护项目 | - | - | 100 | 万元',
      '青少年训练项目 | - | - | 88 | 万元',
    ]);
  });

  it('reads the items after a rate cue’s colon (各项目预算执行率:, 各项目执行率如下:) as after 分别为', () => {
    for (const cue of ['各项目预算执行率:', '各项目执行率如下:'])
      expect(rowsOf(`${title}${cue}全民健身赛事项目96.5%,体育场馆维护项目100%。`)).toEqual([
        '全民健身赛事项目 | - | - | 96.5 | 万元',
        '体育场馆维护项目 | - | - | 100 | 万元',
      ]);
    // one item's own rate after its colon, then a change: no list of items
    expect(rowsOf(`${title}项目预算执行率:95%,较上年提高5%。`)).toEqual([]);
  });

  it('refused: words after the last item, indicators (满意度) announced so, one fund’s rates (中央补助资金执行率), shares', () => {
    const refused = [
      '各项目预算执行率分别为:全民健身赛事项目96.5%、体育场馆维护项目100%,均完成年度目标。',
      '满意度分别为:群众满意度95%、参赛单位满意度98%。',
      '中央补助资金执行率分别为:全民健身赛事项目90%、体育场馆维护项目85%。',
      '各项目资金占比分别为:全民健身赛事项目60%、体育场馆维护项目40%。',
    ];
    for (const text of refused) expect(rowsOf(`${title}${text}`)).toEqual([]);
  });
});

describe('task rows: an item’s bare amount right after its name’s colon, its spending cued after it (A项目:40万元,执行38万元)', () => {
  const title = '某县气象局2023年度部门整体支出绩效自评报告\n\n';

  it('reads the bare amount as the item’s budget when the item’s spending follows it, numbered or not', () => {
    const lines = '人工增雨项目:40万元,执行38万元;\n气象站维护项目:22万元,执行22万元;\n预警发布项目:12万元,执行11.8万元。';
    expect(rowsOf(`${title}二、项目支出情况\n\n${lines}`)).toEqual([
      '人工增雨项目 | 40 | 38 | - | 万元',
      '气象站维护项目 | 22 | 22 | - | 万元',
      '预警发布项目 | 12 | 11.8 | - | 万元',
    ]);
    expect(rowsOf(`${title}1.人工增雨项目:40万元,执行38万元。\n2.气象站维护项目:22万元,执行22万元。`)).toEqual([
      '人工增雨项目 | 40 | 38 | - | 万元',
      '气象站维护项目 | 22 | 22 | - | 万元',
    ]);
  });

  it('refused: the bare amount as a budget when no spending follows it (a change, a rate alone)', () => {
    expect(rowsOf(`${title}人工增雨项目:40万元,较上年增加5万元;\n气象站维护项目:22万元,较上年减少3万元。`)).toEqual([]);
    expect(rowsOf(`${title}1.人工增雨项目:40万元,执行率95%。\n2.气象站维护项目:22万元,执行率100%。`)).toEqual([
      '人工增雨项目 | - | - | 95 | 万元',
      '气象站维护项目 | - | - | 100 | 万元',
    ]);
  });
});

describe('task rows: a project table whose project rows are each followed by their funding-source rows', () => {
  const title = '某县文化旅游局2024年度部门整体支出绩效自评报告\n\n二、项目支出情况\n\n单位:万元\n\n';
  const header = ['序号', '项目名称', '年初预算数', '全年预算数', '全年执行数', '执行率'];
  // each project's row, then the rows that say where its money came from, their serial cell blank
  const bySource = [
    ['1', '非遗保护传承经费', '120', '130', '126.5', '97.31%'],
    ['', '其中:财政资金', '120', '130', '126.5', '97.31%'],
    ['', '其他资金', '0', '0', '0', ''],
    ['2', '乡村文化广场建设', '300', '280', '264.2', '94.36%'],
    ['', '其中:财政资金', '250', '230', '214.2', '93.13%'],
    ['', '自有资金', '50', '50', '50', '100%'],
    ['3', '旅游宣传推介', '60', '60', '58', '96.67%'],
    ['', '其中:财政资金', '60', '60', '58', '96.67%'],
    ['', '其他资金', '0', '0', '0', ''],
  ];
  // …or 其中 alone in a row of its own over the sources named bare
  const underQizhong = [
    ['1', '非遗保护传承经费', '120', '130', '126.5', '97.31%'],
    ['', '其中', '', '', '', ''],
    ['', '财政拨款', '120', '130', '126.5', '97.31%'],
    ['', '上级补助', '0', '0', '0', ''],
    ['2', '乡村文化广场建设', '300', '280', '264.2', '94.36%'],
    ['', '其中', '', '', '', ''],
    ['', '财政拨款', '250', '230', '214.2', '93.13%'],
    ['', '上级补助', '50', '50', '50', '100%'],
  ];
  const pipes = (rows: string[][], head = header) => [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  // one cell a line, a blank cell a blank line
  const cellLines = (rows: string[][], head = header) => [head, ...rows].flat().join('\n');
  // a row a line, its cells separated by spaces, blank cells dropped
  const spaced = (rows: string[][], head = header) => [head, ...rows].map((r) => r.filter((c) => c).join(' ')).join('\n');
  const copies = { pipes, 'one cell a line': cellLines, 'a row a line': spaced };
  const three = [
    '非遗保护传承经费 | 130 | 126.5 | 97.31 | 万元',
    '乡村文化广场建设 | 280 | 264.2 | 94.36 | 万元',
    '旅游宣传推介 | 60 | 58 | 96.67 | 万元',
  ];

  it.each(Object.entries(copies))('reads the project rows and none of their funding rows (%s)', (_, copy) => {
    expect(rowsOf(title + copy(bySource))).toEqual(three);
    expect(rowsOf(title + copy(underQizhong))).toEqual(three.slice(0, 2));
  });

  it.each(Object.entries(copies))('refused: one project with its funding rows is that project’s own figures (%s)', (_, copy) => {
    expect(rowsOf(title + copy(bySource.slice(0, 3)))).toEqual([]);
    expect(rowsOf(title + copy(underQizhong.slice(0, 4)))).toEqual([]);
  });

  it.each(Object.entries({ 'one cell a line': cellLines, 'a row a line': spaced }))(
    'refused: a word among a funding row’s amounts leaves the copy unaligned, and nothing past it is guessed (%s)',
    (_, copy) => {
      const damaged = bySource.map((r, k) => (k === 2 ? ['', '其他资金', '0', '待定', '0', ''] : r));
      expect(rowsOf(title + copy(damaged))).toEqual([]);
    },
  );

  it.each(Object.entries(copies))('reads past the total row set first with its own funding rows (%s)', (_, copy) => {
    const totalFirst = [['', '合计', '480', '470', '448.7', '95.47%'], ['', '其中:财政资金', '430', '420', '398.7', '94.93%'], ...bySource];
    expect(rowsOf(title + copy(totalFirst))).toEqual(three);
  });

  it.each(Object.entries(copies))('refused: a fund named by its level after 其中 is the row above’s source, no project (%s)', (_, copy) => {
    const byLevel = [
      ['1', '非遗保护传承经费', '120', '130', '126.5', '97.31%'],
      ['', '其中:中央财政文化遗产保护资金', '100', '110', '106.5', '96.82%'],
      ['', '县级配套资金', '20', '20', '20', '100%'],
      ['2', '乡村文化广场建设', '300', '280', '264.2', '94.36%'],
      ['', '其中:省级公共文化服务体系建设补助资金', '300', '280', '264.2', '94.36%'],
    ];
    expect(rowsOf(title + copy(byLevel))).toEqual(three.slice(0, 2));
  });

  it.each(Object.entries(copies))(
    'reads a 资金来源 column whose 合计 row is the project’s and whose source rows are not (%s)',
    (_, copy) => {
      const sourceColumn = [
        ['1', '非遗保护传承经费', '合计', '130', '126.5', '97.31%'],
        ['', '', '财政资金', '120', '116.5', '97.08%'],
        ['', '', '其他资金', '10', '10', '100%'],
        ['2', '乡村文化广场建设', '合计', '280', '264.2', '94.36%'],
        ['', '', '财政资金', '230', '214.2', '93.13%'],
        ['', '', '其他资金', '50', '50', '100%'],
      ];
      const sourceHeader = ['序号', '项目名称', '资金来源', '全年预算数', '全年执行数', '执行率'];
      expect(rowsOf(title + copy(sourceColumn, sourceHeader))).toEqual(three.slice(0, 2));
    },
  );

  it('reads the same rows from a PDF layout copy, its funding rows indented under their projects', () => {
    const layout = [
      '序号   项目名称                 年初预算数   全年预算数   全年执行数   执行率',
      '1      非遗保护传承经费             120          130        126.5     97.31%',
      '         其中:财政资金               120          130        126.5     97.31%',
      '         其他资金                     0            0            0',
      '2      乡村文化广场建设             300          280        264.2     94.36%',
      '         其中:财政资金               250          230        214.2     93.13%',
      '         自有资金                    50           50           50       100%',
      '3      旅游宣传推介                  60           60           58     96.67%',
      '         其中:财政资金                60           60           58     96.67%',
    ].join('\n');
    expect(rowsOf(title + layout)).toEqual(three);
  });

  it.each(Object.entries(copies))(
    'refused: a fund named bare by its level in a row with no serial under a project’s row is that row’s source (%s)',
    (_, copy) => {
      const bareLevel = [
        ['1', '非遗保护传承经费', '120', '130', '126.5', '97.31%'],
        ['', '中央财政文化遗产保护资金', '100', '110', '106.5', '96.82%'],
        ['', '县级配套资金', '20', '20', '20', '100%'],
        ['2', '乡村文化广场建设', '300', '280', '264.2', '94.36%'],
        ['', '省级公共文化服务体系建设补助资金', '300', '280', '264.2', '94.36%'],
      ];
      expect(rowsOf(title + copy(bareLevel))).toEqual(three.slice(0, 2));
    },
  );

  it('keeps the funds a notice numbers as the projects it evaluated', () => {
    const notice = [
      ['1', '中央财政文化遗产保护资金', '100', '110', '106.5', '96.82%'],
      ['2', '省级公共文化服务体系建设补助资金', '300', '280', '264.2', '94.36%'],
    ];
    expect(rowsOf(title + pipes(notice))).toEqual([
      '中央财政文化遗产保护资金 | 110 | 106.5 | 96.82 | 万元',
      '省级公共文化服务体系建设补助资金 | 280 | 264.2 | 94.36 | 万元',
    ]);
  });

  it('refused: a unit’s own money (自有资金) named where a project stands is a funding source', () => {
    expect(refusal('自有资金')).toBe('funding source');
    expect(refusal('单位自有资金')).toBe('funding source');
  });
});

describe('task rows: flattened copies of a project table with sub-items (1.1) or a header over two rows', () => {
  const title = '某县水利局2024年度部门整体支出绩效自评报告\n\n单位:万元\n\n';
  const pipes = (header: string[][], rows: string[][]) =>
    [header[0], header[0].map(() => '---'), ...header.slice(1), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const cellLines = (header: string[][], rows: string[][]) => [...header, ...rows].flat().join('\n');
  const spaced = (header: string[][], rows: string[][]) => [...header, ...rows].map((r) => r.filter((c) => c).join(' ')).join('\n');
  const copies = { pipes, 'one cell a line': cellLines, 'a row a line': spaced };

  const header = [['序号', '项目名称', '预算数', '执行数', '执行率']];
  const withSubItems = [
    ['1', '河道清淤整治', '120.5', '118', '97.93%'],
    ['1.1', '主河道清淤', '60', '59', '98.33%'],
    ['1.2', '支流护坡修复', '60.5', '59', '97.52%'],
    ['2', '山洪灾害防治', '300', '295', '98.33%'],
    ['2.1', '预警设施维护', '300', '295', '98.33%'],
  ];
  it.each(Object.entries(copies))('reads each project and each sub-item numbered under it (%s)', (_, copy) => {
    expect(rowsOf(title + copy(header, withSubItems))).toEqual([
      '河道清淤整治 | 120.5 | 118 | 97.93 | 万元',
      '主河道清淤 | 60 | 59 | 98.33 | 万元',
      '支流护坡修复 | 60.5 | 59 | 97.52 | 万元',
      '山洪灾害防治 | 300 | 295 | 98.33 | 万元',
      '预警设施维护 | 300 | 295 | 98.33 | 万元',
    ]);
  });

  it.each(Object.entries({ 'one cell a line': cellLines, 'a row a line': spaced }))(
    'refused: a sub-item numbered under another row than the one above it is no sub-item of the list (%s)',
    (_, copy) => {
      const misnumbered = withSubItems.map((r) => (r[0] === '1.2' ? ['2.2', ...r.slice(1)] : r));
      expect(rowsOf(title + copy(header, misnumbered)).some((r) => r.startsWith('支流护坡修复'))).toBe(false);
    },
  );

  const twoRows = [
    ['序号', '项目名称', '预算数', '', '执行数', '执行率'],
    ['', '', '年初预算', '全年预算', '', ''],
  ];
  const rows = [
    ['1', '河道清淤整治', '100', '120.5', '118', '97.93%'],
    ['2', '山洪灾害防治', '280', '300', '295', '98.33%'],
  ];
  it.each(Object.entries(copies))('reads the budget’s stages in the header’s second row as the budget’s columns (%s)', (_, copy) => {
    expect(rowsOf(title + copy(twoRows, rows))).toEqual([
      '河道清淤整治 | 120.5 | 118 | 97.93 | 万元',
      '山洪灾害防治 | 300 | 295 | 98.33 | 万元',
    ]);
  });

  it('keeps the initial budget of the stages’ first column (a row a line)', () => {
    const tasks = extract(docOf(title + spaced(twoRows, rows))).tasks;
    expect(tasks.map((t) => t.initialBudget)).toEqual(['100', '280']);
  });

  it('refused: the stages on the budget header’s own line, or under a header with two budget columns', () => {
    const oneLine = [['序号', '项目名称', '预算数', '执行数', '执行率', '年初预算', '全年预算']];
    expect(rowsOf(title + spaced(oneLine, rows))).toEqual([]);
    const twoBudgets = [
      ['序号', '项目名称', '预算数', '预算金额', '执行率'],
      ['年初预算', '全年预算'],
    ];
    expect(rowsOf(title + spaced(twoBudgets, rows))).toEqual([]);
  });
});

describe('task rows: an unnumbered list beside a words column merged down (项目类别, 单位名称), copied flat', () => {
  const title = '某县农业农村局2024年度部门整体支出绩效自评报告\n\n单位:万元\n\n';
  const header = ['项目类别', '项目名称', '预算数', '执行数', '执行率'];
  const rows = [
    ['专项业务类', '耕地地力监测', '120.5', '118', '97.93%'],
    ['', '农产品质量抽检', '46', '46', '100%'],
    ['运转类', '机关信息化运维', '30', '28.5', '95%'],
    ['', '农机安全宣传', '300', '295', '98.33%'],
  ];
  const pipes = (body: string[][]) => [header, header.map(() => '---'), ...body].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const cellLines = (body: string[][]) => [header, ...body].flat().join('\n');
  const spaced = (body: string[][]) => [header, ...body].map((r) => r.filter((c) => c).join(' ')).join('\n');
  const all = [
    '耕地地力监测 | 120.5 | 118 | 97.93 | 万元',
    '农产品质量抽检 | 46 | 46 | 100 | 万元',
    '机关信息化运维 | 30 | 28.5 | 95 | 万元',
    '农机安全宣传 | 300 | 295 | 98.33 | 万元',
  ];

  it.each(Object.entries({ pipes, 'one cell a line': cellLines, 'a row a line': spaced }))(
    'reads the rows without a cell under the merged words as rows of the list (%s)',
    (_, copy) => {
      // (a row a line, the rows of one cell fewer read as a list of their own too: the order follows the readers)
      expect(rowsOf(title + copy(rows)).sort()).toEqual([...all].sort());
    },
  );

  it('reads a 单位名称 column merged over two of its unit’s projects, a row a line', () => {
    const units = [
      '单位名称 项目名称 预算数 执行数 执行率',
      '县农业技术推广站 耕地地力监测 120.5 118 97.93%',
      '农产品质量抽检 46 46 100%',
      '县农机服务中心 农机安全宣传 300 295 98.33%',
    ].join('\n');
    expect(rowsOf(title + units)).toEqual([all[0], all[1], all[3]]);
  });

  it('refused: a short row followed by words that are no row (the cells after it cannot be placed)', () => {
    const text = `${title}${cellLines(rows.slice(0, 2))}\n说明文字\n备注信息\n另一段`;
    expect(rowsOf(text).some((r) => r.startsWith('农产品质量抽检'))).toBe(false);
  });
});

describe('task rows: numbered lists as real pages copy them (a heading run into the line, numbers run into amounts, a rate in a name, money per mu)', () => {
  it('reads the items under a …使用情况 heading run into the paragraph before them as spending', () => {
    const text =
      '一、资金来源省级下达资金40万元。二、省级补助资金使用情况 1. 渠道清淤费:12万元;2. 水泵购置费:18万元;3. 技术培训费:10万元。';
    expect(rowsOf(text)).toEqual(['渠道清淤费 | - | 12 | - | 万元', '水泵购置费 | - | 18 | - | 万元', '技术培训费 | - | 10 | - | 万元']);
  });

  it('refused: a heading run in that says nothing of the amounts (…执行情况) gives them no measure', () => {
    const text =
      '一、资金来源省级下达资金40万元。二、省级补助资金执行情况 1. 渠道清淤费:12万元;2. 水泵购置费:18万元;3. 技术培训费:10万元。';
    expect(rowsOf(text)).toEqual([]);
  });

  it('reads the items whose numbers a copy ran straight into the amount before them (…:0.6万元4.B…)', () => {
    const text =
      '经费支出明细如下:1. 宣传册印制费:2.4万元 2. 专家评审费:1.5万元 3. 会场租赁费:0.6万元4. 资料汇编费:0.9万元5. 调研差旅费:1.1万元';
    expect(rowsOf(text)).toEqual([
      '宣传册印制费 | - | 2.4 | - | 万元',
      '专家评审费 | - | 1.5 | - | 万元',
      '会场租赁费 | - | 0.6 | - | 万元',
      '资料汇编费 | - | 0.9 | - | 万元',
      '调研差旅费 | - | 1.1 | - | 万元',
    ]);
  });

  it('refused: a number run into an amount that does not go on from the item before it is no item (…0.6万元7.…)', () => {
    const text = '经费支出明细如下:1. 宣传册印制费:2.4万元 2. 专家评审费:1.5万元 3. 会场租赁费:0.6万元7. 资料汇编费:0.9万元';
    expect(rowsOf(text).some((r) => r.startsWith('资料汇编费'))).toBe(false);
  });

  it('reads items under a heading that add up to its amount, one of them naming the rate it takes of the fund (按1%提取…)', () => {
    const text =
      '现将资金分配情况公告如下。\n一、市级补助资金(620万元)\n(一)支持特色种植基地建设400万元;\n(二)支持农产品冷链设施214万元;\n(三)按1%提取项目管理费6万元。';
    expect(rowsOf(text)).toEqual([
      '支持特色种植基地建设 | 400 | - | - | 万元',
      '支持农产品冷链设施 | 214 | - | - | 万元',
      '按1%提取项目管理费 | 6 | - | - | 万元',
    ]);
  });

  it('refused: a rate not taken by 按…提取 stays an amount of its own, and the items no longer add up as single amounts', () => {
    const text =
      '现将资金分配情况公告如下。\n一、市级补助资金(620万元)\n(一)支持特色种植基地建设400万元;\n(二)支持农产品冷链设施214万元;\n(三)项目管理费占1%计6万元。';
    expect(rowsOf(text)).toEqual([]);
  });

  it('refused: an item whose first amount is money per mu (每亩补10元) gives no row; its siblings still read', () => {
    const text = '二、补助资金使用情况 1. 良种补助每亩补10元,计12万元;2. 农药购置:8.5万元;3. 现场培训费:1.5万元。';
    expect(rowsOf(text)).toEqual(['农药购置 | - | 8.5 | - | 万元', '现场培训费 | - | 1.5 | - | 万元']);
  });
});

describe('task rows: a total split by where its money came from, a source named in brackets or by its kind alone', () => {
  it('refused: the parts of a total named by level with the source in brackets, and a loan or a fund named alone', () => {
    const text = '截至2023年底,引水工程累计下达资金86.5亿元,其中中央预算内专项资金(国债)60亿元,基金(地方)6.5亿元,贷款20亿元。';
    expect(rowsOf(text)).toEqual([]);
  });

  it('refused: a fund named by level with its source in brackets (…资金(国债)) among the parts', () => {
    const text = '截至2023年底,引水工程累计下达资金86.5亿元,其中中央预算内专项资金(国债)60亿元,输水管线工程26.5亿元。';
    expect(rowsOf(text)).toEqual([]);
  });

  it('refused: a loan named alone among the parts', () => {
    const text = '2023年项目总投资1200万元,其中:企业投入800万元,贷款400万元。';
    expect(rowsOf(text)).toEqual([]);
  });

  it('still reads works whose bracket names the body that spends the money (文化活动经费(文化馆))', () => {
    const text = '2023年文化活动专项资金300万元,其中:文化活动经费(文化馆)180万元,文化活动经费(图书馆)120万元。';
    expect(rowsOf(text)).toEqual(['文化活动经费(文化馆) | 180 | - | - | 万元', '文化活动经费(图书馆) | 120 | - | - | 万元']);
  });
});

describe('task rows: a fund’s uses by category, each category’s parts numbered below its 其中: (a lottery fund’s notice)', () => {
  const section = (heading: string) =>
    `${heading}\n\n(一)本级公益金用于群众健身支出160万元,占总数的80%。其中:\n\n1.用于修建社区健身步道100万元;\n\n2.用于举办全民健身运动会60万元。\n\n(二)用于青少年体育培训项目40万元,占总数的20%。其中:\n\n1.用于青少年游泳培训25万元;\n\n2.用于青少年足球训练营15万元。`;
  const parts = [
    '修建社区健身步道 | - | 100 | - | 万元',
    '举办全民健身运动会 | - | 60 | - | 万元',
    '青少年游泳培训 | - | 25 | - | 万元',
    '青少年足球训练营 | - | 15 | - | 万元',
  ];

  it('reads the parts, not the categories they add up to, and the parts of a category its words give no measure take the section heading’s', () => {
    expect(rowsOf(section('二、本级体育彩票公益金使用情况'))).toEqual(parts);
  });

  it('refused: under a heading that names no measure (…执行情况), the parts of a measure-less category are not read', () => {
    expect(rowsOf(section('二、本级体育彩票公益金执行情况'))).toEqual(parts.slice(0, 2));
  });

  it('refused: a category whose parts below are funding sources stays a row of its own', () => {
    const text =
      '二、专项资金使用情况\n\n(一)社区健身步道修建支出120万元。其中:\n\n1.中央补助资金80万元;\n\n2.县级配套资金40万元。\n\n(二)全民健身运动会举办支出60万元。';
    expect(rowsOf(text)).toEqual(['社区健身步道修建 | - | 120 | - | 万元', '全民健身运动会举办 | - | 60 | - | 万元']);
  });

  it('reads no row for one category after a stated total, when its parts follow it (其中:1.…)', () => {
    const text =
      '一、分配情况 2024年本级公益金总收入200万元,2024年公益金总支出200万元。二、本级公益金使用情况 (一)本级公益金用于群众健身支出160万元,占总数的80%。其中:1.用于修建社区健身步道100万元;2.用于举办全民健身运动会60万元。';
    expect(rowsOf(text)).toEqual(parts.slice(0, 2));
  });
});

describe('task rows: one item after a stated total, its share said', () => {
  it('refused: the one item stays read when no parts follow it (no 其中)', () => {
    const text = '2024年本级公益金总收入200万元,2024年公益金总支出200万元。(一)本级公益金用于群众健身支出160万元,占总数的80%。';
    expect(rowsOf(text)).toEqual(['群众健身 | - | 160 | - | 万元']);
  });
});

describe('task rows: a lottery fund’s notice as counties write it (the total stated twice, categories over numbered parts, a transfer)', () => {
  it('divides the statement of the total right before 其中, the same amount stated before under another measure (…分配情况 …留用200万元)', () => {
    const text =
      '一、公益金分配情况 2022年本级留用200万元。二、本级公益金使用情况 (一)用于群众体育支出200万元,占总数的100.0%。其中:用于修建社区健身步道120万元;用于资助社会体育指导员培训30万元;用于举办全民健身运动会50万元。';
    expect(rowsOf(text)).toEqual([
      '修建社区健身步道 | - | 120 | - | 万元',
      '资助社会体育指导员培训 | - | 30 | - | 万元',
      '举办全民健身运动会 | - | 50 | - | 万元',
    ]);
  });

  it('refused: the two statements measured two ways and neither right before 其中 (a change said after the second)', () => {
    const text =
      '一、公益金分配情况 2022年本级留用200万元。二、本级公益金使用情况 (一)用于群众体育支出200万元,较上年增加20万元。其中:用于修建社区健身步道120万元;用于资助社会体育指导员培训30万元;用于举办全民健身运动会50万元。';
    expect(rowsOf(text)).toEqual([]);
  });

  const categories = (heading: string) =>
    `${heading}\n用于群众体育支出300万元,占总数的100.0%。其中:\n(一)用于援建公共体育场地和设施200万元;\n1.社区健身步道建设120万元;\n2.农民体育健身工程80万元;\n(二)用于资助或组织开展全民健身活动100万元。\n1.全民健身运动会70万元;\n2.青少年体育夏令营30万元。`;

  it('reads the numbered parts under each category (nothing after the category’s amount), not the categories, as spending the section heading names', () => {
    expect(rowsOf(categories('二、本级体育彩票公益金使用情况'))).toEqual([
      '社区健身步道建设 | - | 120 | - | 万元',
      '农民体育健身工程 | - | 80 | - | 万元',
      '全民健身运动会 | - | 70 | - | 万元',
      '青少年体育夏令营 | - | 30 | - | 万元',
    ]);
  });

  it('refused: under a heading that names no measure, the parts of the measure-less categories are not read', () => {
    expect(rowsOf(categories('二、本级体育彩票公益金执行情况'))).toEqual([]);
  });

  it('refused: money moved into another budget (调入一般公共预算…) among the uses is no task', () => {
    const text =
      '2023年市本级福彩公益金主要支出900万元,其中新建儿童福利院项目支出600万元,残疾人康复经费支出300万元。调入一般公共预算500万元。';
    expect(rowsOf(text).some((r) => r.startsWith('调入'))).toBe(false);
  });
});

describe('task rows: the accounts’ own totals listed under 其中 as numbered items', () => {
  it('refused: (一)收入决算总计 / (二)支出决算总计 adding up to the 收入、支出决算总计 before 其中 are the unit’s accounts, no tasks', () => {
    const text =
      '# 某县文联2022年度部门决算\n\n一、收入支出决算总体情况说明\n某县文联2022年度收入、支出决算总计300.00万元。其中:\n(一)收入决算总计150.00万元。包括:\n1.本年收入决算合计140.00万元。\n2.年初结转和结余10.00万元。\n(二)支出决算总计150.00万元。';
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('task rows: a grant’s uses listed after 资助 opens the total’s clause', () => {
  it('reads the parts of a total granted (一、资助…项目200万元。其中:A 80万元;B 70万元;C 50万元) as budgets', () => {
    const text = '一、资助养老服务项目200万元。其中:甲镇敬老院改造80万元;乙街道日间照料中心建设70万元;丙村老年食堂运营补助50万元。';
    expect(rowsOf(text)).toEqual([
      '甲镇敬老院改造 | 80 | - | - | 万元',
      '乙街道日间照料中心建设 | 70 | - | - | 万元',
      '丙村老年食堂运营补助 | 50 | - | - | 万元',
    ]);
  });

  it('refused: 资助 inside a category’s name (用于资助…) gives the parts no measure; the section heading’s stands', () => {
    const text =
      '二、本级体育彩票公益金使用情况\n用于群众体育支出100万元,占总数的100.0%。其中:\n(一)用于资助或组织开展全民健身活动100万元;\n1.全民健身运动会70万元;\n2.青少年体育夏令营30万元。';
    expect(rowsOf(text)).toEqual(['全民健身运动会 | - | 70 | - | 万元', '青少年体育夏令营 | - | 30 | - | 万元']);
  });
});

describe('task rows: a flattened table whose money headers each split into the whole and its sources in a second header row', () => {
  const title = '某县住建局2023年度项目支出绩效自评报告\n\n单位:万元\n\n';
  const pipes = (header: string[][], rows: string[][]) =>
    [header[0], header[0].map(() => '---'), ...header.slice(1), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const cellLines = (header: string[][], rows: string[][]) => [...header, ...rows].flat().join('\n');
  const spaced = (header: string[][], rows: string[][]) => [...header, ...rows].map((r) => r.filter((c) => c).join(' ')).join('\n');
  const flat = { 'one cell a line': cellLines, 'a row a line': spaced };

  const bySource = [
    ['序号', '项目名称', '预算数', '', '', '执行数', '', '', '执行率'],
    ['', '', '合计', '财政拨款', '其他资金', '合计', '财政拨款', '其他资金', ''],
  ];
  const rows = [
    ['1', '背街小巷路面改造', '420', '380', '40', '399', '359', '40', '95%'],
    ['2', '供水管网漏损治理', '180', '180', '0', '171', '171', '0', '95%'],
  ];
  it.each(Object.entries({ pipes, ...flat }))(
    'reads each group’s whole (合计) as the row’s money, its sources read past (%s)',
    (_, copy) => {
      expect(rowsOf(title + copy(bySource, rows))).toEqual([
        '背街小巷路面改造 | 420 | 399 | 95 | 万元',
        '供水管网漏损治理 | 180 | 171 | 95 | 万元',
      ]);
    },
  );

  const grants = [
    ['序号', '项目名称', '承担单位', '起止时间', '安排经费(万元)', '', '', '实际支出(万元)', '', '', '备注'],
    ['', '', '', '', '总计', '拨款', '自筹', '总计', '拨款', '自筹', ''],
  ];
  const grantRows = [
    ['1', '果蔬冷链保鲜技术示范', '某农业公司', '2020-2022', '150', '50', '100', '146.2', '50', '96.2', '验收合格'],
    ['2', '工业废水回用工艺研发', '某环保公司', '2021-2022', '260', '60', '200', '271.5', '60', '211.5', '验收合格'],
  ];
  it.each(Object.entries(flat))(
    'reads a grant programme’s sample table: 安排经费 / 实际支出 over 总计 / 拨款 / 自筹, its holder beside each (%s)',
    (_, copy) => {
      expect(rowsOf(title + copy(grants, grantRows))).toEqual([
        '果蔬冷链保鲜技术示范 | 150 | 146.2 | - | 万元',
        '工业废水回用工艺研发 | 260 | 271.5 | - | 万元',
      ]);
    },
  );

  it.each(Object.entries(flat))(
    'refused: one group of sub-columns under two money headers (a copy that lost the other group) (%s)',
    (_, copy) => {
      const oneGroup = [grants[0], ['总计', '拨款', '自筹']];
      expect(rowsOf(title + copy(oneGroup, grantRows))).toEqual([]);
    },
  );

  it.each(Object.entries(flat))(
    'refused: groups that differ from each other, or a second group with no whole of its own (%s)',
    (_, copy) => {
      const noSecondWhole = [bySource[0], ['', '', '合计', '财政拨款', '其他资金', '财政拨款', '其他资金', '']];
      expect(rowsOf(title + copy(noSecondWhole, rows))).toEqual([]);
      const unlike = [bySource[0], ['', '', '合计', '财政拨款', '其他资金', '合计', '其他资金', '财政拨款', '']];
      expect(rowsOf(title + copy(unlike, rows))).toEqual([]);
    },
  );

  it('refused: a second header row of sources alone under each money header, no whole stated (a row a line)', () => {
    const noWhole = [bySource[0], ['', '', '财政拨款', '其他资金', '财政拨款', '其他资金', '']];
    const bySourceOnly = rows.map((r) => [r[0], r[1], r[3], r[4], r[6], r[7], r[8]]);
    expect(rowsOf(title + spaced(noWhole, bySourceOnly))).toEqual([]);
  });

  it('a header too long for its line, wrapped with one source under each money header, still heads its rows (a row a line)', () => {
    const wrapped = [
      ['项目名称', '预算数', '执行数', '执行率'],
      ['财政拨款', '其他资金'],
    ];
    const own = [
      ['背街小巷路面改造', '420', '399', '95%', '359', '40'],
      ['供水管网漏损治理', '180', '171', '95%', '171', '0'],
    ];
    expect(rowsOf(title + spaced(wrapped, own))).toEqual([
      '背街小巷路面改造 | 420 | 399 | 95 | 万元',
      '供水管网漏损治理 | 180 | 171 | 95 | 万元',
    ]);
  });
});

describe('task names: works named by what they build (工程措施), not a heading', () => {
  it('reads a water project named 非工程措施 in a project table (a row a line)', () => {
    const text =
      '某县水利局2023年度部门整体支出绩效自评报告\n\n项目支出明细(金额单位:万元)\n项目名称 预算数 执行数 执行率\n山洪灾害防治非工程措施 92 87.4 95%\n水土保持生物措施 40 40 100%\n';
    expect(rowsOf(text)).toEqual(['山洪灾害防治非工程措施 | 92 | 87.4 | 95 | 万元', '水土保持生物措施 | 40 | 40 | 100 | 万元']);
  });

  it('refused: the measures a report goes on to state (改进措施, 保障措施) stay headings', () => {
    for (const heading of ['改进措施', '保障措施', '下一步工作措施', '主要措施']) expect(refusal(heading), heading).toBe('heading');
  });
});

describe('task rows: a project list with each project’s code in the budget system (项目编码), copied flat', () => {
  const title = '某县教育局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n';
  const header = ['项目编码', '项目名称', '预算数', '执行数', '执行率'];
  const rows = [
    ['5323012300017', '学生营养改善计划', '286.5', '284.1', '99.16%'],
    ['5323012300025', '校舍安全维修', '132', '125.4', '95%'],
  ];
  const copies = {
    'one cell a line': (h: string[], r: string[][]) => [h, ...r].flat().join('\n'),
    'a row a line': (h: string[], r: string[][]) => [h, ...r].map((x) => x.join(' ')).join('\n'),
  };
  it.each(Object.entries(copies))('reads the rows whose code is all digits (%s)', (_, copy) => {
    expect(rowsOf(title + copy(header, rows))).toEqual([
      '学生营养改善计划 | 286.5 | 284.1 | 99.16 | 万元',
      '校舍安全维修 | 132 | 125.4 | 95 | 万元',
    ]);
  });

  it.each(Object.entries(copies))('refused: a shorter number in the words column is an amount shifted there (%s)', (_, copy) => {
    const shifted = rows.map((r) => ['28650', ...r.slice(1)]);
    expect(rowsOf(title + copy(header, shifted))).toEqual([]);
  });
});

describe('task rows: a numbered project list whose 序号 cells write the number in Chinese numerals or in brackets', () => {
  const title = '某县民政局2023年度部门整体支出绩效自评报告\n\n单位:万元\n\n';
  const header = ['序号', '项目名称', '预算数', '执行数', '执行率'];
  const rows = (serials: string[]) => [
    [serials[0], '城乡最低生活保障', '1180', '1172.4', '99.36%'],
    [serials[1], '特困人员救助供养', '386', '380.2', '98.50%'],
  ];
  const copies = {
    'one cell a line': (r: string[][]) => [header, ...r].flat().join('\n'),
    'a row a line': (r: string[][]) => [header, ...r].map((x) => x.join(' ')).join('\n'),
  };
  const read = ['城乡最低生活保障 | 1180 | 1172.4 | 99.36 | 万元', '特困人员救助供养 | 386 | 380.2 | 98.50 | 万元'];
  for (const serials of [
    ['一', '二'],
    ['一、', '二、'],
    ['(1)', '(2)'],
  ])
    it.each(Object.entries(copies))(`reads rows numbered ${serials.join(' ')} (%s)`, (_, copy) => {
      expect(rowsOf(title + copy(rows(serials)))).toEqual(read);
    });

  it.each(Object.entries(copies))('refused: numbers out of their sequence (一, 三) (%s)', (_, copy) => {
    expect(rowsOf(title + copy(rows(['一', '三'])))).toEqual([]);
  });
});

describe('task rows: a list number "1." before a name that opens with a year (1.2023年…)', () => {
  // invented: items numbered "1." whose names open with the year the project is of
  const LINES = [
    '# 某县林业局2023年度部门整体支出绩效自评报告',
    '二、综合评价分析',
    '1.2023年森林防火巡护项目:预算数80.00万元,执行数76.00万元,执行率95%。',
    '2.2022年度续建林道维修工程:预算数40.00万元,执行数40.00万元,执行率100%。',
    '3.苗木补植经费:预算数25.00万元,执行数24.00万元,执行率96%。',
  ];

  it('reads "1." as the list number, not "1.2023" as a decimal, and drops it from the name', () => {
    expect(rowsOf(LINES.join('\n\n'))).toEqual([
      '森林防火巡护项目 | 80.00 | 76.00 | 95 | 万元',
      '续建林道维修工程 | 40.00 | 40.00 | 100 | 万元',
      '苗木补植经费 | 25.00 | 24.00 | 96 | 万元',
    ]);
    expect(cleanName('1.2023年森林防火巡护项目')).toBe('2023年森林防火巡护项目');
  });

  it('refuses a decimal run into words that are no year (1.2023万元 stays an amount, 1.5年 no list number)', () => {
    expect(cleanName('1.5年期贷款贴息')).toBe('1.5年期贷款贴息');
    expect(cleanName('1.2023万元')).toBe('1.2023万元');
    expect(
      figuresOf('# 某县林业局2023年度部门整体支出绩效自评报告\n\n全年预算数1.2023万元,全年执行数1.2023万元,预算执行率100%。')[
        'budget.total'
      ],
    ).toBe('1.2023万元');
  });
});

describe('task rows: a PDF layout copy of a project table whose narrow columns wrapped header and names', () => {
  // invented: pdftotext -layout of a ruled table, the money headers wrapped inside their bracket ("预算数(万" / "元)"),
  // the names wrapped over two and three lines under their column
  const TABLE = [
    '# 某县水利局2023年度部门整体支出绩效自评报告',
    '',
    '重点项目预算执行情况如下表:',
    '',
    '              预算数(万          执行数(万',
    '序号    项目名称    元)             元)       执行率',
    '1     山塘水库除   150.00         144.00   96%',
    '      险加固工程',
    '2     灌区渠系配   60.00          60.00    100%',
    '      套改造项目',
    '      资金',
    '3     水土保持监   25.00          24.00    96%',
    '      测经费',
    '',
    '三、存在的主要问题',
  ];

  it('joins each header to its bracket’s end below it, and each name to its pieces, the last row’s too', () => {
    expect(rowsOf(TABLE.join('\n'))).toEqual([
      '山塘水库除险加固工程 | 150.00 | 144.00 | 96 | 万元',
      '灌区渠系配套改造项目资金 | 60.00 | 60.00 | 100 | 万元',
      '水土保持监测经费 | 25.00 | 24.00 | 96 | 万元',
    ]);
  });

  it('refuses to join headers when the line below holds more bracket ends than the line above opens', () => {
    const odd = TABLE.map((l) => (l.startsWith('序号') ? '序号    项目名称    元)             元)       执行率(%)  元)' : l));
    expect(rowsOf(odd.join('\n'))).toEqual([]);
  });
});

describe('task rows: a PDF layout copy whose narrow columns wrapped their header words', () => {
  // invented: pdftotext -layout of a ruled table, each money header's last character wrapped below it, among the
  // headers that did not wrap ("年初预算" over "数"), the names wrapped under their column
  const TABLE = [
    '# 某县农业农村局2023年度部门整体支出绩效自评报告',
    '',
    '单位:万元',
    '',
    '               年初预算   全年预算       全年执行',
    '序号      项目名称   数      数          数      执行率',
    '1       耕地地力   90     96         93.6   97.5%',
    '        保护补贴',
    '2       动物疫病   40     40         38     95%',
    '        防控经费',
  ];
  const ROWS = ['耕地地力保护补贴 | 96 | 93.6 | 97.5 | 万元', '动物疫病防控经费 | 40 | 38 | 95 | 万元'];

  it('joins each header’s head to the end below it, the header standing where its end stands', () => {
    expect(rowsOf(TABLE.join('\n'))).toEqual(ROWS);
  });

  it('joins bracket ends below their heads among headers that did not wrap (资金来源 between name and money, full-width brackets)', () => {
    // (the title right above the header, no blank line: one paragraph, as pdftotext prints a page)
    const bracket = [
      '某县农业农村局 2023 年度部门整体支出绩效自评报告',
      '                下达金额（万   支出金额（万',
      '专项名称     资金来源   元）       元）',
      '耕地地力保护补贴   中央     96      93.6',
      '动物疫病防控经费   省级     40      38',
    ];
    expect(rowsOf(bracket.join('\n'))).toEqual(['耕地地力保护补贴 | 96 | 93.6 | - | 万元', '动物疫病防控经费 | 40 | 38 | - | 万元']);
  });

  it('joins bracket ends below their heads beside a bare 项目 over the names, no end of a header', () => {
    const bare = [
      '某县农业农村局 2023 年度部门整体支出绩效自评报告',
      '          预算金额（万   实际支出（万',
      '项目        元）       元）       预算执行率',
      '耕地地力保护补   96       93.6     97.5%',
      '贴',
      '动物疫病防控经   40       38       95%',
      '费',
    ];
    expect(rowsOf(bare.join('\n'))).toEqual(ROWS);
  });

  it('reads an amount and its unit the copy set a space apart as one cell', () => {
    const spaced = [
      '# 某县农业农村局2023年度部门整体支出绩效自评报告',
      '',
      '项目   全年预算   实际支出   预算执行率',
      '耕地地力保护补贴   96 万元   93.6 万元   97.5%',
      '动物疫病防控经费   40 万元   38 万元   95%',
    ];
    expect(rowsOf(spaced.join('\n'))).toEqual(ROWS);
  });

  it('joins the last row’s name to its end wrapped onto the line above the list’s total (合计)', () => {
    const totalled = [...TABLE, '        合计       130    136        131.6  96.76%'];
    expect(rowsOf(totalled.join('\n'))).toEqual(ROWS);
  });

  it('refused: a word below that is neither a header nor a header’s end, or as many ends as heads short of one', () => {
    const extra = TABLE.map((l) => (l.startsWith('序号') ? '序号      项目名称   数      数          数      执行率   备注说明' : l));
    expect(rowsOf(extra.join('\n'))).toEqual([]);
    const short = TABLE.map((l) => (l.startsWith('序号') ? '序号      项目名称   数      数      执行率' : l));
    expect(rowsOf(short.join('\n'))).toEqual([]);
  });
});

describe('task rows: pdftotext’s plain copy of a ruled table, each cell a paragraph', () => {
  // invented: the header's wrapped cells (money, rate) printed before those on one line (序号, 项目名称), the rows in
  // the page's order, a cell's wrapped words the lines of its paragraph
  const cells = (header: string[], rows: string[][]) => [...header, ...rows.flat()].join('\n\n');
  const HEADER = ['全年预算数\n(万元)', '全年执行数\n(万元)', '执行率', '序号', '项目名称'];
  const ROWS = [
    ['1', '村级公益事\n业奖补', '300.00', '291.60', '97.20%'],
    ['2', '农村改厕\n后续管护', '45.00', '45.00', '100.00%'],
  ];
  const TITLE = '某县农业农村局2023年度部门整体支出绩效自评报告\n\n重点项目执行情况\n\n';

  it('reads the rows in the page’s order, the serial and name columns first, each wrapped name one cell', () => {
    expect(rowsOf(TITLE + cells(HEADER, ROWS))).toEqual([
      '村级公益事业奖补 | 300.00 | 291.60 | 97.20 | 万元',
      '农村改厕后续管护 | 45.00 | 45.00 | 100.00 | 万元',
    ]);
  });

  it('reads an evaluation notice whose 主管部门 and 项目名称 cells both wrapped', () => {
    const header = ['资金规模\n(万元)', '评价得分', '评价等级', '序号', '主管部门', '项目名称'];
    const rows = [
      ['1', '某县卫生\n健康局', '家庭医生\n签约服务\n补助资金', '210.00', '88', '良'],
      ['2', '某县交通\n运输局', '农村公路\n养护资金', '1,050.00', '93', '优'],
    ];
    expect(rowsOf(`某县财政局关于2023年度项目绩效评价结果的通报\n\n${cells(header, rows)}`)).toEqual([
      '家庭医生签约服务补助资金 | 210.00 | - | - | 万元',
      '农村公路养护资金 | 1050.00 | - | - | 万元',
    ]);
  });

  it('keeps the header’s order where the rows follow it (money first, serial and name last): no serial 1 opens them', () => {
    const asPrinted = ROWS.map((r) => [r[2], r[3], r[4], r[0], r[1]]);
    expect(rowsOf(TITLE + cells(HEADER, asPrinted))).toEqual([
      '村级公益事业奖补 | 300.00 | 291.60 | 97.20 | 万元',
      '农村改厕后续管护 | 45.00 | 45.00 | 100.00 | 万元',
    ]);
  });

  it('refused: a paragraph of two lines whose second is a sentence is no wrapped cell', () => {
    const prose = ROWS.map((r, k) => (k === 1 ? [r[0], '农村改厕\n后续管护工作已于年底前全部完成。', ...r.slice(2)] : r));
    expect(rowsOf(TITLE + cells(HEADER, prose))).not.toContain('农村改厕后续管护 | 45.00 | 45.00 | 100.00 | 万元');
  });
});

describe('task rows: a row a line whose name ends as a header word does, under a 资金来源 column', () => {
  // invented: space-separated rows; a name ending in 资金 stands before the row's source cell "财政资金"
  const LIST = [
    '# 某县文化局2023年度部门整体支出绩效自评报告',
    '',
    '序号 项目名称 资金来源 预算数(万元) 执行数(万元) 执行率',
    '1 乡村文化广场建设项目 财政资金 90.00 88.20 98%',
    '2 “书香社区”阅读推广资金 财政资金 20.00 19.00 95%',
    '3 非遗保护传承经费 财政资金 15.00 15.00 100%',
  ];

  it('keeps the name whole, the header word after it a row’s cell (an amount follows it on its line)', () => {
    expect(rowsOf(LIST.join('\n'))).toEqual([
      '乡村文化广场建设项目 | 90.00 | 88.20 | 98 | 万元',
      '“书香社区”阅读推广资金 | 20.00 | 19.00 | 95 | 万元',
      '非遗保护传承经费 | 15.00 | 15.00 | 100 | 万元',
    ]);
  });

  it('refuses a row so read whose name is a funding source (其他资金), keeps the projects around it', () => {
    const withSource = LIST.map((l) => l.replace('“书香社区”阅读推广资金', '其他资金'));
    expect(rowsOf(withSource.join('\n'))).not.toContain('其他资金 | 20.00 | 19.00 | 95 | 万元');
    expect(rowsOf(withSource.join('\n')).some((r) => r.startsWith('其他资金'))).toBe(false);
  });
});

describe('task rows: headed items in a page copied with its lines but no blank line between them (one paragraph)', () => {
  const title = '某县农业农村局关于2024年衔接资金项目实施情况的公告\n';
  it('reads each numbered name line and the money field of its section', () => {
    const text =
      title +
      '一、甲村蔬菜大棚建设项目\n(一)资金使用情况:计划投资88.5万元,结算价80.2万元,项目结余8.3万元。\n(二)验收情况:建设大棚3栋,验收合格。\n' +
      '二、乙村灌溉渠道改造项目\n该项目在乙村砌护渠道2.4千米,配套建筑物12座。\n资金规模:46.2万元。\n资金来源:中央衔接资金40万元。';
    expect(rowsOf(text)).toEqual(['甲村蔬菜大棚建设项目 | 88.5 | - | - | 万元', '乙村灌溉渠道改造项目 | 46.2 | - | - | 万元']);
  });
  it('refused: one numbered item alone, or name lines whose sections state no money of their own (a source only)', () => {
    expect(rowsOf(`${title}一、甲村蔬菜大棚建设项目\n(一)资金使用情况:计划投资88.5万元,结算价80.2万元。\n(二)验收情况:验收合格。`)).toEqual(
      [],
    );
    expect(
      rowsOf(
        `${title}一、甲村蔬菜大棚建设项目\n该项目建设大棚3栋。\n资金来源:中央衔接资金40万元。\n二、乙村灌溉渠道改造项目\n该项目砌护渠道2.4千米。\n资金来源:市级资金6万元。`,
      ),
    ).toEqual([]);
  });
  it('refused: an unnumbered short line in such a page names no item', () => {
    const text = `${title}甲村蔬菜大棚建设项目\n资金规模:88.5万元。\n乙村灌溉渠道改造项目\n资金规模:46.2万元。`;
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('task rows: a headed item whose name holds the year it is of (甲村2024年…项目)', () => {
  it('reads the name with its year, under headings, one-line paragraphs, or lines of one paragraph', () => {
    const read = ['甲村2024年蔬菜大棚建设项目 | 88.5 | - | - | 万元', '乙村2024年度灌溉渠道改造项目 | 46.2 | - | - | 万元'];
    const items = ['甲村2024年蔬菜大棚建设项目', '该项目年初预算88.5万元。', '乙村2024年度灌溉渠道改造项目', '该项目年初预算46.2万元。'];
    expect(rowsOf(`### (一)${items[0]}\n\n${items[1]}\n\n### (二)${items[2]}\n\n${items[3]}`)).toEqual(read);
    expect(rowsOf(`某县公告\n(一)${items[0]}\n${items[1]}\n(二)${items[2]}\n${items[3]}`)).toEqual(read);
  });
  it('refused: a line with other numbers than a year names no item (2.5公里, 24个村)', () => {
    const text = '### (一)新建道路2.5公里\n\n该项目年初预算88.5万元。\n\n### (二)覆盖24个村\n\n该项目年初预算46.2万元。';
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('task rows: a notice of how bond funds were used, each project the bond money issued or obtained for it', () => {
  const title = '某区2023年政府债券资金使用情况说明\n\n';
  it('reads 发行 / 取得 …债券资金 as the item’s budget, what it used (截至目前使用) as its spending', () => {
    const text = `${title}1.甲区道路改造项目,发行一般债券资金0.3亿元,已使用0.25亿元,该项目已完工。\n2.乙区管网改造项目,取得专项债券资金0.6亿元,截至目前使用0.55亿元。`;
    expect(rowsOf(text)).toEqual(['甲区道路改造项目 | 0.3 | 0.25 | - | 亿元', '乙区管网改造项目 | 0.6 | 0.55 | - | 亿元']);
  });
  it('refused: money obtained from a level of government is a source, no budget of the item', () => {
    const text = `${title}1.甲区道路改造项目,取得中央资金0.3亿元,已使用0.25亿元。\n2.乙区管网改造项目,取得省级资金0.6亿元,已使用0.55亿元。`;
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('task rows: money left over from projects and used again, listed as where an allocation came from', () => {
  it('refused: items named …结余资金 / …结转资金 under 资金来源 are sources, no tasks', () => {
    const text =
      '一、资金来源\n(一)2023年省级奖励资金300万元。\n(二)2022年甲村饮水项目结余资金12万元;乙村道路项目结余资金8.5万元;丙村产业项目结转资金4万元,共计24.5万元。';
    expect(rowsOf(text)).toEqual([]);
    for (const name of ['甲村饮水项目结余资金', '乙村道路工程结转资金', '2022年产业项目结转结余资金'])
      expect(refusal(name)).toBe('funding source');
  });
  it('reads a project whose name only opens with the words (结余资金盘活利用项目)', () => {
    const text = '二、资金安排\n本次下达资金共计20万元,其中:结余资金盘活利用项目12万元;闲置资产处置项目8万元。';
    expect(rowsOf(text)).toEqual(['结余资金盘活利用项目 | 12 | - | - | 万元', '闲置资产处置项目 | 8 | - | - | 万元']);
  });
});

describe('task rows: a bare 项目 column beside a budget and its spending, no rate (项目 | 预算 | 支出 | 结余)', () => {
  const table = (rows: string[]) =>
    `# 某县卫生健康局2023年度项目支出绩效自评报告\n\n| 项目 | 预算(万元) | 支出(万元) | 结余(万元) |\n|---|---|---|---|\n${rows.join('\n')}\n`;
  it('reads the rows as projects when every row is one (the total row aside)', () => {
    const text = table(['| 基本公共卫生服务 | 820.6 | 815.3 | 5.3 |', '| 村医补助 | 72 | 70.2 | 1.8 |', '| 合计 | 892.6 | 885.5 | 7.1 |']);
    expect(rowsOf(text)).toEqual(['基本公共卫生服务 | 820.6 | 815.3 | - | 万元', '村医补助 | 72 | 70.2 | - | 万元']);
  });
  it('refused: an account table’s row labels (a class of spending among the rows), and a final account’s 决算', () => {
    expect(
      rowsOf(table(['| 基本支出 | 820.6 | 815.3 | 5.3 |', '| 医疗保障 | 72 | 70.2 | 1.8 |', '| 计划生育事务 | 60 | 58 | 2 |'])),
    ).toEqual([]);
    const accounts =
      '# 某县卫生健康局2023年度部门决算\n\n| 项目 | 预算数 | 决算数 |\n|---|---|---|\n| 医疗保障 | 72 | 70.2 |\n| 计划生育事务 | 60 | 58 |\n';
    expect(rowsOf(accounts)).toEqual([]);
  });
});

describe('task rows: a bare 项目 beside a budget and its spending, copied as text (space-separated, one cell a line)', () => {
  const title = '# 某县卫生健康局2023年度项目支出绩效自评报告\n\n';
  const rows = [
    ['基本公共卫生服务', '820.6', '815.3', '5.3'],
    ['村医补助', '72', '70.2', '1.8'],
    ['合计', '892.6', '885.5', '7.1'],
  ];
  const header = ['项目', '预算(万元)', '支出(万元)', '结余(万元)'];
  const want = ['基本公共卫生服务 | 820.6 | 815.3 | - | 万元', '村医补助 | 72 | 70.2 | - | 万元'];
  it('space-separated rows', () => {
    expect(rowsOf(`${title}${[header, ...rows].map((r) => r.join(' ')).join('\n')}\n`)).toEqual(want);
  });
  it('one cell a line', () => {
    expect(rowsOf(`${title}${[header, ...rows].flat().join('\n')}\n`)).toEqual(want);
  });
  it('refused: a row among them the list cannot read (基本支出, a class of spending) makes the rows an account’s', () => {
    const account = [header, ['医疗保障', '820.6', '815.3', '5.3'], ['基本支出', '156', '156', '0'], ['计划生育事务', '72', '70.2', '1.8']];
    expect(rowsOf(`${title}${account.map((r) => r.join(' ')).join('\n')}\n`)).toEqual([]);
  });
});

describe('task rows: what a fund bought, listed after 用于购买…: and closed by its sum (a unit’s equipment)', () => {
  const title = '# 某县中医医院2023年度项目支出绩效自评报告\n\n';
  const items = ['血液净化设备35万元', '有创呼吸机34万元', '无创呼吸机18万元', '除颤监护仪20万元'];
  const want = [
    '血液净化设备 | 35 | - | - | 万元',
    '有创呼吸机 | 34 | - | - | 万元',
    '无创呼吸机 | 18 | - | - | 万元',
    '除颤监护仪 | 20 | - | - | 万元',
  ];
  it('用于 and what the items are (购买ICU设备) before the colon introduce the list, as 主要用于: does', () => {
    expect(rowsOf(`${title}项目资金用于购买ICU设备:${items.join('、')},共计107万元。`)).toEqual(want);
  });
  it('amounts stated in the paragraph above that the items do not divide leave the list to its own sum', () => {
    expect(
      rowsOf(`${title}州财政下达资金60万元。医院自筹配套资金47万元。\n\n项目资金用于购买ICU设备:${items.join('、')},共计107万元。`),
    ).toEqual(want);
  });
  it('a separator lost once between an amount and the next name, the sum stated after the list checking every amount', () => {
    const text = `${title}项目资金用于购买ICU设备:${items[0]}、${items[1]}${items[2]}、${items[3]},共计107万元。`;
    expect(rowsOf(text)).toEqual(want);
  });
  it('in a list of three, the one separator left and the total stated before the list (下达…107万元其中…) checking every amount', () => {
    const three = `${title}现下达ICU设备资金89万元其中${items[0]}${items[1]}、${items[3]}(详见附件1)。`;
    expect(rowsOf(three)).toEqual([want[0], want[1], want[3]]);
    // the same in a PDF copy's spacing, a space between each amount and the words around it
    expect(rowsOf(three.replace(/(\d+)万元/g, ' $1 万元'))).toEqual([want[0], want[1], want[3]]);
    // refused: two items with their one separator lost, and three whose total does not check them
    expect(rowsOf(`${title}现下达ICU设备资金69万元其中${items[0]}${items[1]}(详见附件1)。`)).toEqual([]);
    expect(rowsOf(`${title}现下达ICU设备资金90万元其中${items[0]}${items[1]}、${items[3]}(详见附件1)。`)).toEqual([]);
  });
  it('refused: the same list whose sum does not check it, or with two separators lost', () => {
    expect(rowsOf(`${title}项目资金用于购买ICU设备:${items[0]}、${items[1]}${items[2]}、${items[3]},共计110万元。`)).toEqual([]);
    expect(rowsOf(`${title}项目资金用于购买ICU设备:${items[0]}${items[1]}、${items[2]}${items[3]},共计107万元。`)).toEqual([]);
  });
});

describe('task rows: a results summary copied a row a line, blank cells dropped (结余数, 结余交回财政数, 自评结果应用意见)', () => {
  const title = '# 某区民政局2023年度绩效自评\n\n部门绩效自评结果公开汇总表\n\n单位:万元\n\n';
  const want = [
    '低保救助专项资金 | 2543.206 | 2543.206 | - | 万元',
    '经办经费项目 | 8 | 8 | - | 万元',
    '拆迁工作经费 | 66.031 | 42.106 | - | 万元',
  ];
  const rows = (unit: string) =>
    [
      `1 低保救助专项资金 ${unit}2543.206 2543.206 0   100  `,
      `2 经办经费项目 ${unit}8 8 0   100  `,
      `3 拆迁工作经费 ${unit}66.031 42.106 23.925   91  `,
    ].join('\n');
  it('a blank 结余交回财政数 between the money and the score, each row a line, the last row at the text’s end', () => {
    expect(rowsOf(`${title}序号 项目名称 预算数 执行数 结余数 结余交回财政数 自评得分\n${rows('')}\n`)).toEqual(want);
  });
  it('a column of words at the row’s end blank throughout (自评结果应用意见), beside the unit that ran each project', () => {
    const header = '序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 结余交回财政数 自评得分 自评结果应用意见';
    expect(rowsOf(`${title}${header}\n${rows('某区民政局 ')}\n`)).toEqual(want);
    expect(rowsOf(`${title}序号 项目名称 预算数 执行数 结余数 自评得分 自评结果应用意见\n${rows('').replace(/0 {3}/g, '0 ')}\n`)).toEqual(
      want,
    );
  });
  const levelled =
    '序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 结余交回财政数 自评得分 自评结果应用意见\n中央 省级 市级 区级';
  it('the budget split by level in a second header row (中央 省级 市级 区级), each row’s amount in one of them, its 结余数 checking it', () => {
    expect(rowsOf(`${title}${levelled}\n${rows('某区民政局 ')}\n\n附件3\n\n某区民政局2023年度整体支出绩效自评报告\n`)).toEqual(want);
  });
  it('refused: a row whose budget less its spending is not its 结余数 (its budget perhaps split over two levels)', () => {
    expect(rowsOf(`${title}${levelled}\n${rows('某区民政局 ').replace('23.925', '13.925')}\n`)).toEqual([]);
  });
  it('refused: a row whose cells fit no placement (words where the money stands)', () => {
    const text = `${title}序号 项目名称 预算数 执行数 结余数 结余交回财政数 自评得分\n1 低保救助专项资金 2543.206 全额 0   100\n2 经办经费项目 8 8 0   100\n`;
    expect(rowsOf(text)).not.toContain('低保救助专项资金 | 2543.206 | 2543.206 | - | 万元');
  });
});

describe('task rows: items announced after the total’s clause (…合计86万元,执行情况为:A…;B…)', () => {
  const title = '# 某县发展和改革局2023年度项目支出绩效自评报告\n\n';
  const items = 'A项目预算10万元,执行9.2万元,执行率92%;设备购置项目预算56万元,执行56万元,执行率100%。';
  it.each(['执行情况为:', '各项目执行情况:', '分项目看:', '具体执行情况如下:'])(
    'reads the first item after “%s” as an item, not the unit',
    (intro) => {
      const text = `${title}项目预算资金合计66万元,${intro}${items.replace('A项目', '宣传培训项目')}`;
      expect(rowsOf(text)).toEqual(['宣传培训项目 | 10 | 9.2 | 92 | 万元', '设备购置项目 | 56 | 56 | 100 | 万元']);
      expect(figuresOf(text)).toEqual({ 'budget.total': '66万元' });
    },
  );
  it('an announced item the rules cannot name (a class of spending, 培训费) gives the unit nothing', () => {
    const text = `${title}项目预算资金合计86万元,执行情况为:宣传培训费预算10万元,执行9.2万元;设备购置费预算76万元,执行76万元。`;
    expect(figuresOf(text)).toEqual({ 'budget.total': '86万元' });
  });
  it('the parts after 主要用于: closed by ";" are parts up to the full stop: a part paid out (发放) is no spending of the unit', () => {
    const text = `${title}2023年下达以工代赈资金500万元,主要用于:村组道路硬化工程300万元;小型农田水利设施150万元;劳务报酬发放50万元。`;
    expect(figuresOf(text)).toEqual({ 'budget.total': '500万元' });
  });
  it.each(['两项目涉及支出共66万元:', '两项目整体预算执行率为96.21%:'])(
    'a colon right after the total’s amount (%s) announces the items as the words do, the first one no part of the unit’s money',
    (lead) => {
      const text = `${title}${lead}“宣传培训经费”项目支出9.2万元,预算执行率92%;“设备购置经费”项目支出56.8万元,预算执行率为97.93%。`;
      expect(rowsOf(text)).toEqual(['宣传培训经费 | - | 9.2 | 92 | 万元', '设备购置经费 | - | 56.8 | 97.93 | 万元']);
      expect(figuresOf(text)['budget.executed']).toBeUndefined();
    },
  );
  it('refused: a colon after the amount that opens its parts (其中) keeps them the total’s', () => {
    const text = `${title}2023年全年预算1000万元:其中基本支出600万元,项目支出400万元。`;
    expect(rowsOf(text)).toEqual([]);
    expect(figuresOf(text)).toMatchObject({ 'budget.total': '1000万元' });
  });
  it('a unit’s own figures after the words stay the unit’s (调整情况为:全年预算…, no name before the money)', () => {
    const text = `${title}年初预算80万元,调整情况为:全年预算86万元,实际支出80万元。`;
    expect(figuresOf(text)).toMatchObject({ 'budget.initial': '80万元', 'budget.total': '86万元', 'budget.executed': '80万元' });
  });
});

describe('task rows: the words reports head a project-name column with', () => {
  const table = (header: string) =>
    `# 某县林业局2023年度部门整体支出绩效自评报告\n\n| ${header} | 预算数(万元) | 执行数(万元) | 执行率 |\n|---|---|---|---|\n| 森林防火巡护 | 50 | 48 | 96% |\n| 林业有害生物防治 | 30 | 27 | 90% |\n`;
  it.each([
    '项目名称',
    '项目明细',
    '建设项目',
    '实施项目',
    '项目名',
    '工程项目',
    '工作内容',
    '经费名称',
    '支出用途',
    '具体事项',
    '资金项目名称',
    '二级项目名称',
  ])('%s', (header) => {
    expect(rowsOf(table(header))).toEqual(['森林防火巡护 | 50 | 48 | 96 | 万元', '林业有害生物防治 | 30 | 27 | 90 | 万元']);
  });
  it('refused: an indicator’s name column (指标名称) names no project', () => {
    expect(rowsOf(table('指标名称'))).toEqual([]);
  });
});

describe('task rows: the words reports head a task’s budget and rate columns with', () => {
  const table = (budget: string, rate: string) =>
    `# 某县林业局2023年度部门整体支出绩效自评报告\n\n| 项目名称 | ${budget} | 执行数(万元) | ${rate} |\n|---|---|---|---|\n| 森林防火巡护 | 50 | 48 | 96% |\n| 林业有害生物防治 | 30 | 27 | 90% |\n`;
  it.each([
    ['预算额', '执行率'],
    ['预算数', '执行比例'],
    ['预算数', '完成比例'],
    ['下达资金', '执行进度'],
  ])('%s / %s', (budget, rate) => {
    expect(rowsOf(table(budget, rate))).toEqual(['森林防火巡护 | 50 | 48 | 96 | 万元', '林业有害生物防治 | 30 | 27 | 90 | 万元']);
  });
});

describe('task names: the words announcing a list before its first item', () => {
  it.each([
    ['重点项目包括森林防火项目', '森林防火项目'],
    ['实施的工程有河道清淤工程', '河道清淤工程'],
    ['主要任务为:林业有害生物防治', '林业有害生物防治'],
  ])('%s → %s', (raw, name) => expect(cleanName(raw)).toBe(name));
  it('keeps a name that only opens with such words, too short to stand alone after them (项目有…)', () => {
    expect(cleanName('项目包括费')).toBe('项目包括费');
  });
  it('reads the bracketed items of a list whose subject opens the sentence', () => {
    const text =
      '# 某县林业局2023年度部门整体支出绩效自评报告\n\n重点项目包括森林防火项目(预算50万元,执行48万元)、林业有害生物防治项目(预算30万元,执行27万元)。';
    expect(rowsOf(text)).toEqual(['森林防火项目 | 50 | 48 | - | 万元', '林业有害生物防治项目 | 30 | 27 | - | 万元']);
  });
  it.each([
    ['重点项目有:', '总预算'],
    ['实施的项目主要有:', '预算'],
  ])('reads the items a colon after %s opens, one line each, their budgets cued %s', (intro, cue) => {
    // (the list's lines run into one paragraph, as a copy without blank lines writes them: the words before the colon
    // name no item, and the first item's money is its own, never the unit's)
    const text =
      `# 某县教育局2023年度部门整体支出绩效自评报告\n\n2023年度${intro}\n` +
      `学前教育资助项目,${cue}50万元,执行50万元,执行率100%。\n义务教育营养餐项目,${cue}300万元,执行290万元,执行率96.67%。`;
    expect(rowsOf(text)).toEqual(['学前教育资助项目 | 50 | 50 | 100 | 万元', '义务教育营养餐项目 | 300 | 290 | 96.67 | 万元']);
    expect(figuresOf(text)).toEqual({});
  });
});

describe('task rows: names a PDF copy wrapped over several lines (pdftotext -layout and plain)', () => {
  const notice = [
    '义务教育薄弱环节改善与能力提升补助资金项目 | 560 | - | - | 万元',
    '基本公共卫生服务和基本药物制度补助资金 | 230.5 | - | - | 万元',
    '耕地地力保护补贴 | 1200 | - | - | 万元',
    '农村公路养护工程 | 350 | - | - | 万元',
  ];
  it('an evaluation notice, -layout: each name’s pieces under its row, a grade stated whole after the amount', () => {
    expect(
      rowsOf(
        '关于 2023 年度财政支出项目绩效自评结果的通报\n各有关单位:现将 2023 年度项目支出绩效自评结果通报如下。\n\n序号      主管部门     项目名称     资金量(万元)   自评等级\n1       县教育局     义务教育薄弱   560       优\n                 环节改善与能\n                 力提升补助资\n                 金项目\n2       县卫生健康局   基本公共卫生   230.5     良\n                 服务和基本药\n                 物制度补助资\n                 金\n3       县农业农村局   耕地地力保护   1200      优\n                 补贴\n4       县交通运输局   农村公路养护   350       优\n                 工程',
      ),
    ).toEqual(notice);
  });
  it('the same notice, plain: one cell a line, a name’s cell a paragraph of four lines', () => {
    expect(
      rowsOf(
        '关于 2023 年度财政支出项目绩效自评结果的通报\n各有关单位:现将 2023 年度项目支出绩效自评结果通报如下。\n序号\n\n主管部门\n\n项目名称\n\n资金量(万元)\n\n自评等级\n\n1\n\n县教育局\n\n义务教育薄弱\n环节改善与能\n力提升补助资\n金项目\n\n560\n\n优\n\n2\n\n县卫生健康局\n\n基本公共卫生\n服务和基本药\n物制度补助资\n金\n\n230.5\n\n良\n\n3\n\n县农业农村局\n\n耕地地力保护\n补贴\n\n1200\n\n优\n\n4\n\n县交通运输局\n\n农村公路养护\n工程\n\n350\n\n优\n\n-1-',
      ),
    ).toEqual(notice);
  });
  it('sub-projects of a project form, -layout: the last row’s name wrapped over three lines before the page’s end', () => {
    expect(
      rowsOf(
        '某县 2023 年度农村综合改革转移支付项目支出绩效自评表\n         农村综合改\n项目名称     革转移支付\n主管部门     某县财政局   实施单位         某县农村综\n                              合改革办公\n                              室\n项目资金(万   年初预算数   全年预算数        全年执行数    执行率\n元)\n年度资金总    800     850          820      96.47%\n额\n子项目名称    预算数     执行数          执行率\n美丽乡村建    500     490          98%\n设试点村基\n础设施提升\n项目\n村级公益事    300     290          96.67%\n业一事一议\n财政奖补项\n目\n农村综合性    50      40           80%\n改革试点试\n验项目',
      ),
    ).toEqual([
      '美丽乡村建设试点村基础设施提升项目 | 500 | 490 | 98 | 万元',
      '村级公益事业一事一议财政奖补项目 | 300 | 290 | 96.67 | 万元',
      '农村综合性改革试点试验项目 | 50 | 40 | 80 | 万元',
    ]);
  });
});

describe('task rows: several word cells a layout copy wrapped onto one line below their row (pdftotext -layout)', () => {
  it('the ends of 主管部门 and 项目名称 on one line: the piece in the name’s place ends the name, the other is read past', () => {
    expect(
      rowsOf(
        '关于 2023 年度项目支出绩效自评结果的通报\n各单位:现将 2023 年度项目支出绩效自评结果通报如下。\n\n                            资金量(万\n序号     主管部门    项目名称         元)      自评等级\n1      县教育局    义务教育薄        560     优\n               弱环节改善\n               项目\n2      县卫健局    基本公共卫        230.5   良\n               生服务项目\n3      县农业农村   耕地地力保        1200    优\n       局       护补贴',
      ),
    ).toEqual([
      '义务教育薄弱环节改善项目 | 560 | - | - | 万元',
      '基本公共卫生服务项目 | 230.5 | - | - | 万元',
      '耕地地力保护补贴 | 1200 | - | - | 万元',
    ]);
  });
  it('the last row’s name end below a row whose amounts carry their unit as cells of their own (65.00 万元)', () => {
    expect(
      rowsOf(
        '某县人力资源和社会保障局 2023 年度项目支出绩效自评报告\n项目名称      预算金额        实际支出金额      预算执行率\n就业创业补贴    120.00 万元   118.50 万元   98.75%\n职业技能培训补   65.00 万元    60.00 万元    92.31%\n贴',
      ),
    ).toEqual(['就业创业补贴 | 120.00 | 118.50 | 98.75 | 万元', '职业技能培训补贴 | 65.00 | 60.00 | 92.31 | 万元']);
  });
});

describe('task names: a total’s label a narrow column wrapped before its last character', () => {
  it.each(['部门预算总', '年度资金总', '项目支出合'])('%s is refused as a total', (name) => {
    expect(refusal(name)).toBe('total or connective');
  });
  it('a name that ends in 总 otherwise stands (县总工会 is no cut total)', () => {
    expect(refusal('县总工会')).toBeNull();
  });
  it('a layout copy’s wrapped 部门预算总 / 额 row gives no task row', () => {
    const text =
      '某县卫生健康局2023年度部门整体支出绩效自评表\n项目       年初预算数   全年预算数        全年执行数   执行率\n部门预算总    2000    2300         2200    95.65%\n额\n基本支出     1500    1600         1580    98.75%\n项目支出     500     700          620     88.57%';
    expect(rowsOf(text).filter((r) => r.startsWith('部门预算'))).toEqual([]);
  });
});

describe('task rows: an item’s own funds whose spending the clause after them says in words (…资金50万元,已全部支付)', () => {
  const heading = '# 某县林业局2023年度项目支出绩效自评报告\n\n(三)资金使用情况\n';
  it('reads the amount as the item’s budget, no spending stated', () => {
    expect(rowsOf(`${heading}1.森林防火项目资金50万元,已全部支付;\n2.林业有害生物防治项目资金30万元,已全部支付。\n`)).toEqual([
      '森林防火项目资金 | 50 | - | - | 万元',
      '林业有害生物防治项目资金 | 30 | - | - | 万元',
    ]);
  });
  it('with no intro and no numbers (a sentence’s run of such clauses, or beside one stating its spending), the same', () => {
    const title = '# 某县某乡2023年度财政专项资金项目绩效自评报告\n\n';
    expect(rowsOf(`${title}甲村道路项目资金50万元,已全部拨付;乙村人饮工程项目资金30万元,已全部拨付。`)).toEqual([
      '甲村道路项目资金 | 50 | - | - | 万元',
      '乙村人饮工程项目资金 | 30 | - | - | 万元',
    ]);
    expect(rowsOf(`${title}甲村道路项目资金50万元,已全部拨付;乙村人饮工程项目资金30万元,已拨付28.6万元。`).sort()).toEqual([
      '乙村人饮工程项目资金 | 30 | 28.6 | - | 万元',
      '甲村道路项目资金 | 50 | - | - | 万元',
    ]);
  });
  it('alone under …使用情况, with nothing said after it, the amount is still what was used', () => {
    expect(rowsOf(`${heading}1.森林防火项目资金50万元。\n2.林业有害生物防治项目资金30万元。\n`)).toEqual([
      '森林防火项目资金 | - | 50 | - | 万元',
      '林业有害生物防治项目资金 | - | 30 | - | 万元',
    ]);
  });
});

describe('task rows: the 年度主要任务 block in a layout copy (pdftotext -layout): wrapped header words, wrapped 主要内容', () => {
  it('joins the header’s wrapped words and reads past the words column’s wrapped ends below each row', () => {
    expect(
      rowsOf(
        '某区教育局 2023 年度部门整体支出绩效自评表\n年度主要任                   预算数(万   执行数(万\n务       任务名称   主要内容     元)      元)      执行率\n1       学生资助   落实各学段    450     448.2   99.6%\n               资助政策\n2       校舍维修   维修改造校    320     300     93.75%\n               舍\n3       教师培训   开展教师培    60      55      91.67%\n               训',
      ),
    ).toEqual(['学生资助 | 450 | 448.2 | 99.6 | 万元', '校舍维修 | 320 | 300 | 93.75 | 万元', '教师培训 | 60 | 55 | 91.67 | 万元']);
  });
});

describe('task rows: a list’s lines each opened by a bullet, the name before a comma or a sentence of its own', () => {
  const title = '# 某县水利局2023年度部门整体支出绩效自评报告\n\n';
  const rows = ['农村饮水安全工程 | 200 | 190 | 95 | 万元', '病险水库除险加固 | 300 | 300 | 100 | 万元'];
  it.each([
    ['●', '●农村饮水安全工程,预算200万元,支出190万元,执行率95%;\n\n●病险水库除险加固,预算300万元,支出300万元,执行率100%。'],
    ['a Markdown list', '- 农村饮水安全工程,预算200万元,支出190万元,执行率95%;\n- 病险水库除险加固,预算300万元,支出300万元,执行率100%。'],
    [
      '● with the lines run into one paragraph',
      '●农村饮水安全工程,预算200万元,支出190万元,执行率95%;●病险水库除险加固,预算300万元,支出300万元,执行率100%。',
    ],
    [
      '—— and the name a sentence of its own, the lines run into one paragraph (a PDF’s copy)',
      '——农村饮水安全工程。预算 200 万元,截至 12 月 31 日支出 190 万元,支出进度 95%。——病险水库除险加固。预算 300 万元,截至 12 月 31 日支出 300 万元,支出进度 100%。',
    ],
    [
      '—— and the name a sentence of its own',
      '——农村饮水安全工程。预算200万元,截至12月31日支出190万元,支出进度95%。\n\n——病险水库除险加固。预算300万元,截至12月31日支出300万元,支出进度100%。',
    ],
  ])('%s', (_, list) => {
    const text = `${title}重点项目执行情况:\n\n${list}`;
    expect(rowsOf(text)).toEqual(rows);
    // (the second item's money is no statement of the unit's)
    expect(figuresOf(text)).toEqual({});
  });
  it.each([
    ['funding sources', '●中央资金,预算200万元,支出190万元;\n\n●省级资金,预算100万元,支出90万元。'],
    ['classes of spending', '基本支出,预算200万元,支出190万元。\n\n项目支出,预算100万元,支出90万元。'],
    ['aspects of the evaluation', '预算执行情况。预算300万元,支出280万元,执行率93.33%。\n\n资金管理情况。预算300万元,支出280万元。'],
    ['years', '2023年,预算300万元,支出280万元,执行率93.33%。\n\n2022年,预算250万元,支出240万元,执行率96%。'],
    ['places receiving money', '——县本级,预算300万元,支出280万元。\n\n——甲镇,预算100万元,支出90万元。'],
  ])('refuses lines of the same shape that name %s', (_, list) => {
    expect(rowsOf(`${title}${list}`)).toEqual([]);
  });
});

describe('task rows: sentences of the same measures in the same order, one after another (a list with no numbers)', () => {
  const title = '# 某县水利局2023年度部门整体支出绩效自评报告\n\n';
  it.each([
    [
      'spending and its rate, after the date they are counted to',
      '截至目前,农村饮水安全工程已完成支付190万元,支付率95%;病险水库除险加固已完成支付300万元,支付率100%。',
      ['农村饮水安全工程 | - | 190 | 95 | 万元', '病险水库除险加固 | - | 300 | 100 | 万元'],
    ],
    [
      'places, each its grant and what it paid out (a fund’s items by place)',
      '甲镇下达资金200万元,拨付190万元;乙镇下达资金100万元,拨付90万元。',
      ['甲镇 | 200 | 190 | - | 万元', '乙镇 | 100 | 90 | - | 万元'],
    ],
    [
      'a bare budget run into each name, its spending cued after it',
      '农村饮水安全工程200万元,支出190万元;病险水库除险加固300万元,支出300万元;防汛抗旱80万元,支出70万元。',
      ['农村饮水安全工程 | 200 | 190 | - | 万元', '病险水库除险加固 | 300 | 300 | - | 万元', '防汛抗旱 | 80 | 70 | - | 万元'],
    ],
  ])('%s', (_, text, rows) => {
    expect(rowsOf(`${title}${text}`)).toEqual(rows);
    expect(figuresOf(`${title}${text}`)).toEqual({});
  });
  it.each([
    ['years', '2023年预算300万元,支出280万元;2022年预算250万元,支出240万元。'],
    ['the whole and its funding source', '全年预算300万元,执行280万元;其中财政资金预算200万元,执行190万元。'],
    ['funding sources', '中央资金预算200万元,支出190万元;省级资金预算100万元,支出90万元。'],
    ['classes of spending', '基本支出预算200万元,支出190万元;项目支出预算100万元,支出90万元。'],
    ['the unit’s initial and adjusted budgets', '本部门年初预算300万元,执行280万元;全年预算320万元,执行300万元。'],
    ['the unit’s own office and its sub-units', '局机关预算200万元,支出190万元;下属单位预算100万元,支出90万元。'],
    ['economic classes', '工资福利支出预算200万元,支出190万元;商品和服务支出预算100万元,支出90万元。'],
  ])('refuses such sentences that name %s', (_, text) => {
    expect(rowsOf(`${title}${text}`)).toEqual([]);
  });
});

describe('task rows: a project the subject of the clause before its money', () => {
  const title = '南岭镇人民政府2023年度部门整体支出绩效自评报告\n\n';

  it('reads the money after the comma as the project’s, never the unit’s (一事一议项目为上年结转资金,本年执行数…)', () => {
    const text = `${title}注:一事一议财政奖补项目为上年结转资金,本年执行数156.30万元,未列入年初预算。`;
    expect(rowsOf(text)).toEqual(['一事一议财政奖补项目 | - | 156.30 | - | 万元']);
    expect(extract(docOf(text)).figures['budget.executed']).toBeUndefined();
  });

  it('refused: a clause with a number in it between the project and its money (a second amount, no predicate)', () => {
    const text = `${title}一事一议财政奖补项目涉及12个村,本年执行数156.30万元。`;
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('task rows: a spot-check notice listing the units’ scores and its own (复核分, 复核等级), one cell a line', () => {
  const header = ['序号', '主管部门', '项目名称', '预算数(万元)', '执行数(万元)', '执行率', '自评分', '复核分', '复核等级'];
  const rows = [
    ['1', '市教育局', '职业院校实训基地建设', '650.00', '612.30', '94.20%', '95', '88', '良'],
    ['2', '市民政局', '居家养老服务补贴', '1280.00', '1216.00', '95.00%', '96', '92', '优'],
    ['3', '市商务局', '外贸发展专项资金', '900.00', '711.00', '79.00%', '92', '76', '中'],
  ];
  const notice = (cells: string[][], close = '') =>
    `某市财政局关于2023年度项目支出绩效自评抽查复核结果的通报\n\n具体情况如下:\n\n${cells
      .flat()
      .map((c) => `${c}${close}`)
      .join('\n')}\n\n请各部门对照复核结果认真整改。`;
  it.each([
    ['each cell on its line', ''],
    ['each cell closed by its bar', ' |'],
  ])('%s', (_, close) => {
    expect(rowsOf(notice([header, ...rows], close))).toEqual([
      '职业院校实训基地建设 | 650.00 | 612.30 | 94.20 | 万元',
      '居家养老服务补贴 | 1280.00 | 1216.00 | 95.00 | 万元',
      '外贸发展专项资金 | 900.00 | 711.00 | 79.00 | 万元',
    ]);
  });
  it('refused: a header word the list does not know (its column unread, which cell is whose is unknown)', () => {
    expect(rowsOf(notice([header.map((h) => (h === '复核分' ? '抽查组意见' : h)), ...rows]))).toEqual([]);
  });
});

describe('task rows: numbered items whose money goes on in the sentences after the first (a fund’s categories of projects)', () => {
  const title = '梧岭县2023年度衔接推进乡村振兴补助资金绩效自评报告\n\n按项目类别划分,全县项目分为三类:\n\n';
  const items = [
    '(1)产业发展类项目28个,安排资金5,930.00万元,占资金总额的60.08%,主要用于茶叶、中药材等产业基地建设。截至年底已支出5,712.36万元,执行率96.33%。',
    '(2)基础设施类项目12个,安排资金2,840.00万元,用于产业路和灌溉渠道建设。该类项目已支出2,706.52万元,执行率95.30%。',
    '(3)就业帮扶类项目6个,安排资金1,000.00万元,主要用于务工交通补助(每人不超过1,000元)。该类项目资金已全部支出,共计1,000.00万元,执行率100%。',
  ];
  it('reads each sentence that opens on a cue of spending or rate (past a date, past 该类项目) as the item’s', () => {
    expect(rowsOf(title + items.join('\n\n')).sort()).toEqual([
      '产业发展类项目 | 5930.00 | 5712.36 | 96.33 | 万元',
      '基础设施类项目 | 2840.00 | 2706.52 | 95.30 | 万元',
      '就业帮扶类项目 | 1000.00 | 1000.00 | 100 | 万元',
    ]);
  });
  it.each([
    [
      'a sentence of commentary between',
      '(1)产业发展类项目28个,安排资金5,930.00万元。项目带动脱贫户3,412户增收。截至年底已支出5,712.36万元。',
    ],
    [
      'a later sentence stating the measure again',
      '(1)产业发展类项目28个,安排资金5,930.00万元,已支出5,700万元。截至年底已支出5,712.36万元。',
    ],
  ])('refused: %s (the later sentence is not read)', (_, first) => {
    const row = rowsOf(title + [first, items[1]].join('\n\n')).find((r) => r.startsWith('产业发展类项目'));
    expect(row).toMatch(/^产业发展类项目 \| 5930.00 \| (?:5700|-) /);
  });
});

describe('task rows: a sub-item named in a sentence of its own, 该子项 then its money over several sentences', () => {
  const title = '柳河县医疗保障局2023年度城乡居民医保财政补助项目支出绩效自评报告\n\n三、分项资金执行情况\n\n';
  it('reads the budget after 该子项, and the spending after a description, a date, or paid on to the fund’s account', () => {
    const text = [
      '(一)城乡居民医保财政补助。该子项年初安排预算11,208.6400万元。截至12月31日,实际拨付至医保基金财政专户11,208.6400万元,执行率100%。',
      '(二)医疗救助资助参保。该子项安排预算451.4400万元,用于资助困难群众参保,全额资助和定额资助标准分别为每人380元、每人190元。该子项全年支出382.3200万元,执行率84.69%。',
    ].join('\n\n');
    expect(rowsOf(title + text).sort()).toEqual([
      '医疗救助资助参保 | 451.4400 | 382.3200 | 84.69 | 万元',
      '城乡居民医保财政补助 | 11208.6400 | 11208.6400 | 100 | 万元',
    ]);
  });
  it('refused: rates of giving standing where names would (每人380元、每人190元) are no rows', () => {
    const text = '(一)医疗救助资助参保。该子项安排预算451.4400万元,用于资助困难群众参保,全额资助和定额资助标准分别为每人380元、每人190元。';
    expect(rowsOf(title + text).filter((r) => r.startsWith('每人'))).toEqual([]);
  });
});

describe('task rows: a numbered list one cell a line whose rows lost some of their blank words cells', () => {
  const header = ['序号', '项目名称', '实施地点', '资金来源', '计划投资(万元)', '已拨付资金(万元)', '拨付进度'];
  const notice = (rows: string[][]) => `柳塘镇2024年度衔接资金项目实施情况公示\n\n${[header, ...rows].flat().join('\n')}\n\n公示期为10天。`;
  it('reads the serial and name first, the other cells under the last columns, the words columns between blank', () => {
    const rows = [
      ['1', '柳塘村茶叶加工厂房建设项目', '柳塘村', '中央衔接资金', '85.00', '85.00', '100.0%'],
      ['2', '脱贫劳动力外出务工一次性交通补助', '中央衔接资金', '12.60', '12.60', '100.0%'],
      ['3', '乡村公益性岗位补贴', '县级衔接资金', '28.80', '21.60', '75.0%'],
    ];
    expect(rowsOf(notice(rows))).toEqual([
      '柳塘村茶叶加工厂房建设项目 | 85.00 | 85.00 | 100.0 | 万元',
      '脱贫劳动力外出务工一次性交通补助 | 12.60 | 12.60 | 100.0 | 万元',
      '乡村公益性岗位补贴 | 28.80 | 21.60 | 75.0 | 万元',
    ]);
  });
  it('refused: a row short of a value cell (which one is blank cannot be told) is not read so', () => {
    const rows = [
      ['1', '柳塘村茶叶加工厂房建设项目', '柳塘村', '中央衔接资金', '85.00', '85.00', '100.0%'],
      ['2', '金坪村灌溉渠道维修项目', '金坪村', '县级衔接资金', '21.70'],
      ['3', '乡村公益性岗位补贴', '高岭村', '县级衔接资金', '28.80', '21.60', '75.0%'],
    ];
    expect(rowsOf(notice(rows)).filter((r) => r.startsWith('金坪村'))).toEqual([]);
  });
});

describe('task rows: items named in a sentence of their own, sentences describing them before their money, remarks after it', () => {
  const title = '东垣县卫生健康局2023年度部门整体支出绩效自评报告\n\n二、主要项目支出及绩效情况\n\n';
  const items = [
    '——基本公共卫生服务补助资金。按照人均89元的补助标准,覆盖全县常住人口41.2万人,用于居民健康档案管理等12类服务。全年预算3,666.80万元,已支出3,589.12万元,支出进度97.88%。65岁以上老年人健康管理率达到72.4%(目标值≥65%)。',
    '——计划生育家庭奖励扶助。为符合条件的6,215名农村计划生育家庭成员按每人每年960元标准发放奖励扶助金。年度预算612.00万元,发放596.64万元,支出进度97.49%,差额为年内停发部分。',
    '——重大传染病防控经费。开展艾滋病、结核病等重大传染病筛查和随访管理,预算156.40万元,支出149.92万元,支出进度95.86%。',
  ];
  it('reads past the descriptions (quantities, rates of giving) to the money, and past the remarks to the next item', () => {
    expect(rowsOf(title + items.join('\n\n'))).toEqual([
      '基本公共卫生服务补助资金 | 3666.80 | 3589.12 | 97.88 | 万元',
      '计划生育家庭奖励扶助 | 612.00 | 596.64 | 97.49 | 万元',
      '重大传染病防控经费 | 156.40 | 149.92 | 95.86 | 万元',
    ]);
  });
  it.each([
    [
      'a description stating an amount of its own (no rate of giving)',
      '——基本公共卫生服务补助资金。中央下达补助资金2,900万元。全年预算3,666.80万元,已支出3,589.12万元。',
    ],
    [
      'three descriptions before the money',
      '——基本公共卫生服务补助资金。覆盖41.2万人。建档率92%。随访4.1万人次。全年预算3,666.80万元,已支出3,589.12万元。',
    ],
  ])('refused: %s', (_, first) => {
    expect(rowsOf(title + [first, items[2]].join('\n\n')).filter((r) => r.startsWith('基本公共卫生'))).toEqual([]);
  });
  it('refused: a remark with an amount no item holds ends the list', () => {
    const text = title + [items[0], '全年另支付以前年度欠款120万元。', items[2]].join('\n\n');
    expect(rowsOf(text)).toEqual([]);
  });
});

describe('task rows: a name holding 占 as a word of its work (占补平衡), not a share', () => {
  it('reads 耕地保护与占补平衡项目 as a name, and refuses a share clause', () => {
    const text =
      '某县自然资源局2023年度部门整体支出绩效自评报告\n\n①国土空间规划编制项目。预算650万元,支出612.40万元,执行率94.22%。\n\n②耕地保护与占补平衡项目。预算1,480.00万元,支出1,402.85万元,执行率94.79%。';
    expect(rowsOf(text)).toEqual([
      '国土空间规划编制项目 | 650 | 612.40 | 94.22 | 万元',
      '耕地保护与占补平衡项目 | 1480.00 | 1402.85 | 94.79 | 万元',
    ]);
    expect(refusal('占项目支出的比重')).toBe('clause');
  });
});

describe('task rows: an item’s name with a remark in brackets, its colon, then what it did before its money', () => {
  const title = '柏树镇人民政府2023年度部门整体支出绩效自评报告\n\n三、项目资金使用情况\n\n';
  it('reads a remark stating a rate of giving as no amount, and the sentence after the colon as the item’s description', () => {
    const text = [
      '1. 村级组织运转经费(按每村每年12万元标准保障):预算 168.00 万元,支出 168.00 万元,执行率 100%。',
      '2. 乡村公益性岗位补贴(据实结算):全年开发保洁、护林等乡村公益性岗位120个,按月核发补贴。预算 86.40 万元,支出 79.20 万元,执行率 91.67%。',
      '3. 防汛抗旱经费:用于汛期值守及7处山塘除险加固,预算 42.00 万元,支出 38.65 万元,执行率 92.02%。',
    ].join('\n\n');
    expect(rowsOf(title + text)).toEqual([
      '村级组织运转经费 | 168.00 | 168.00 | 100 | 万元',
      '乡村公益性岗位补贴(据实结算) | 86.40 | 79.20 | 91.67 | 万元',
      '防汛抗旱经费 | 42.00 | 38.65 | 92.02 | 万元',
    ]);
  });
  it('reads a remark that is the item’s budget (总投资80万元, its parts by source after 其中 at most) as its budget, its commas no separator', () => {
    const text = [
      '1、甲村产业路项目(总投资80万元,其中衔接资金70万元,自筹10万元),已完成投资78万元;',
      '2、乙村蔬菜大棚项目(总投资60万元),已完成投资57.1万元。',
    ].join('\n');
    const project = '某镇2023年度项目支出绩效自评报告\n\n';
    expect(rowsOf(project + text)).toEqual(['甲村产业路项目 | 80 | 78 | - | 万元', '乙村蔬菜大棚项目 | 60 | 57.1 | - | 万元']);
    expect(figuresOf(project + text)).toEqual({});
  });
  it('refused: a description after the colon stating an amount of its own (no rate of giving) is no description', () => {
    const text = [
      '1. 乡村公益性岗位补贴:上级下达补助资金60万元。预算 86.40 万元,支出 79.20 万元。',
      '2. 防汛抗旱经费:预算 42.00 万元,支出 38.65 万元,执行率 92.02%。',
    ].join('\n\n');
    expect(rowsOf(title + text).filter((r) => r.startsWith('乡村公益性岗位补贴 | 86.40'))).toEqual([]);
  });
});

describe('task rows: items under their own headings, the paragraph below describing them before their money', () => {
  const title = '金沙县民政局2023年度部门整体支出绩效自评报告\n\n三、主要救助资金发放情况\n\n';
  it('reads past descriptions with rates of giving (5,700元 a thousands separator, no clause’s end) and a remark that it was paid', () => {
    const text = [
      '(1)城乡最低生活保障资金',
      '2023年农村低保标准由每人每年5,700元提高到6,000元,全县月均保障城乡低保对象1.2万人。年度预算6,946.90万元,全年累计发放6,852.36万元,执行率98.64%。',
      '(2)特困人员救助供养资金',
      '全县特困供养对象2,318人,其中集中供养436人。全年发放1,968.40万元,执行率99.12%。',
      '(3)困难残疾人生活补贴',
      '补贴按每人每月90元标准发放。预算1,146.72万元,已全额发放到人,支出1,146.72万元,执行率100%。',
    ].join('\n\n');
    expect(rowsOf(title + text)).toEqual([
      '城乡最低生活保障资金 | 6946.90 | 6852.36 | 98.64 | 万元',
      '特困人员救助供养资金 | - | 1968.40 | 99.12 | 万元',
      '困难残疾人生活补贴 | 1146.72 | 1146.72 | 100 | 万元',
    ]);
  });
  it('refused: a clause with words other than a paid remark between an amount and the next cue', () => {
    const text = [
      '(1)临时救助资金',
      '预算420.00万元,主要用于临时救助,支出386.75万元。',
      '(2)孤儿基本生活保障',
      '预算88.56万元,支出85.32万元。',
    ].join('\n\n');
    expect(rowsOf(title + text)).toEqual(['临时救助资金 | 420.00 | - | - | 万元', '孤儿基本生活保障 | 88.56 | 85.32 | - | 万元']);
  });
});

describe('task rows: a list of uses after a sentence stating rates of giving, its spending in a later 上述N项分别…', () => {
  const title = '# 枫林县交通运输局2023年度农村公路养护项目支出绩效自评报告\n\n';
  const list =
    '资金按照“县道每公里每年2万元、乡道每公里每年1.5万元”的养护补助标准测算安排,主要用于:县道日常养护424.60万元、乡道日常养护598.05万元、危桥改造工程486.95万元。';
  it('reads the list (a rate of giving totals nothing), and the spending by 上述三项 in the list’s order', () => {
    expect(
      rowsOf(`${title}${list}\n\n截至2023年12月31日,项目实际支出1,412.00万元。上述三项分别支出424.60万元、598.05万元、389.35万元。`),
    ).toEqual([
      '县道日常养护 | 424.60 | 424.60 | - | 万元',
      '乡道日常养护 | 598.05 | 598.05 | - | 万元',
      '危桥改造工程 | 486.95 | 389.35 | - | 万元',
    ]);
  });
  it('refused: 上述四项 over a list of three (the count is not the list’s)', () => {
    const rows = rowsOf(`${title}${list}\n\n上述四项分别支出424.60万元、598.05万元、389.35万元、12.00万元。`);
    expect(rows.every((r) => r.includes(' | - | - |'))).toBe(true);
  });
});

describe('task rows: one line a block, its amounts bare under a 单位 declared above the run', () => {
  const title = '桐源县2024年度农村饮水安全巩固提升工程项目支出绩效自评报告\n\n';
  const blocks = [
    '项目名称:城乡供水一体化管网延伸 预算数:1,180.00 执行数:1,146.52 执行率:97.16%',
    '项目名称:农村水厂消毒设备配备 预算数:96.00 执行数:96.00 执行率:100.00%',
    '项目名称:水质检测能力建设 预算数:64.00 执行数:58.40 执行率:91.25%',
    '项目名称:工程设计及监理 预算数:80.00 执行数:71.23 执行率:89.04%',
  ];
  it('reads every block of the run in the declared unit', () => {
    expect(rowsOf(`${title}分项执行情况如下(单位:万元):\n\n${blocks.join('\n\n')}`)).toEqual([
      '城乡供水一体化管网延伸 | 1180.00 | 1146.52 | 97.16 | 万元',
      '农村水厂消毒设备配备 | 96.00 | 96.00 | 100.00 | 万元',
      '水质检测能力建设 | 64.00 | 58.40 | 91.25 | 万元',
      '工程设计及监理 | 80.00 | 71.23 | 89.04 | 万元',
    ]);
  });
  it('refused: no unit declared, the bare amounts are none', () => {
    expect(rowsOf(`${title}分项执行情况如下:\n\n${blocks.join('\n\n')}`)).toEqual([]);
  });
});

describe('task rows: unnumbered paragraphs, each a name’s sentence, then money over several sentences (a department’s key projects)', () => {
  const title = '# 鹤川市水利局2023年度部门整体支出绩效自评报告\n\n## 二、重点项目资金下达及拨付情况\n\n';
  const items = [
    '大中型灌区续建配套与节水改造项目。全年下达资金3.26亿元,重点实施两个中型灌区骨干渠系改造,改造干支渠86.4公里。截至12月底已拨付3.1175亿元,拨付率95.63%。',
    '农村供水保障工程。下达资金0.68亿元,用于12处规模化供水工程建设,受益人口21.7万人。资金已全部拨付,拨付率100%。',
    '水土保持补助。按照坡改梯每亩1500元、经果林每亩800元的补助标准,完成治理面积98平方公里,全年兑付补助资金2450万元,兑付率100%。',
  ];
  it('reads the later sentences (past a date, past 资金已全部拨付), and a money clause after rates of giving', () => {
    expect(rowsOf(title + items.join('\n\n'))).toEqual([
      '大中型灌区续建配套与节水改造项目 | 3.26 | 3.1175 | 95.63 | 亿元',
      '农村供水保障工程 | 0.68 | - | 100 | 亿元',
      '水土保持补助 | - | 2450 | 100 | 万元',
    ]);
  });
});

describe('task rows: sub-projects named with their year, a colon and what they did (rates of giving, shares of work), then 该批次 and the money', () => {
  const title = '# 城南区住房和城乡建设局2023年老旧小区改造项目支出绩效自评报告\n\n## 二、子项目实施情况\n\n';
  const items = [
    '2023年老旧小区改造(第一批):涉及幸福里等12个小区,惠及居民2,316户,户均改造投入约1.1万元。该批次安排预算2,560.00万元,完成支出2,498.70万元,完成率97.61%。',
    '2023年老旧小区改造(第二批):涉及纺织厂宿舍等8个小区1,427户,年底完成主体工程量的88%。安排预算1,680.00万元,完成支出1,512.66万元,完成率90.04%。',
  ];
  it('reads each sub-project’s money after its description', () => {
    expect(rowsOf(title + items.join('\n\n'))).toEqual([
      '2023年老旧小区改造(第一批) | 2560.00 | 2498.70 | 97.61 | 万元',
      '2023年老旧小区改造(第二批) | 1680.00 | 1512.66 | 90.04 | 万元',
    ]);
  });
  it('refused: a description stating an amount of its own after the colon', () => {
    const own = '2023年老旧小区改造(第一批):中央下达补助资金1,200万元。该批次安排预算2,560.00万元,完成支出2,498.70万元。';
    expect(rowsOf(title + [own, items[1]].join('\n\n')).filter((r) => r.includes('第一批) | 2560.00'))).toEqual([]);
  });
});

describe('task rows: a web grid copied one cell a line, each closed by its bar, a header cell wrapped onto a line with no bar', () => {
  const cells = (header: string[]) =>
    [
      '序号',
      '项目名称',
      '全年预算数',
      '实际支出数',
      ...header,
      '1',
      '应急救援队伍建设',
      '120.00',
      '118.60',
      '98.83%',
      '2',
      '森林防灭火',
      '95.40',
      '88.20',
      '92.45%',
    ]
      .map((c) => (c === '执' ? c : `${c} |`))
      .join('\n');
  it('joins the head to the cell below it (执 / 行率 |)', () => {
    expect(rowsOf(`青岚县应急管理局2023年度部门整体支出绩效自评报告\n\n${cells(['执', '行率'])}`)).toEqual([
      '应急救援队伍建设 | 120.00 | 118.60 | 98.83 | 万元',
      '森林防灭火 | 95.40 | 88.20 | 92.45 | 万元',
    ]);
  });
});

describe('task rows: items of work (一是…二是…) whose money clause names its own fund before the cue', () => {
  const title =
    '云岭区人力资源和社会保障局2023年度部门整体支出绩效自评报告\n\n2023年,我局年度预算总额3,025.80万元,全年实际支出2,893.14万元,预算执行率95.62%。\n\n';
  const items =
    '围绕稳就业,我局重点抓了四个方面的工作。一是落实就业创业扶持政策。向312名首次创业人员发放一次性创业补贴,每人5000元,全年就业创业补助资金完成支出486.72万元,执行率92.36%。' +
    '二是实施职业技能提升行动。开展补贴性职业技能培训4,280人次,该项工作年初安排预算260万元,实际支出214.50万元,执行率85.5%。' +
    '三是托底安置就业困难人员。全区开发公益性岗位420个,公益性岗位补贴全年完成支出907.20万元,执行率100%。' +
    '四是强化劳动保障监察执法。为农民工追讨欠薪1,386万元,劳动保障监察专项完成支出21.06万元,执行率88.12%。';
  it('reads the fund named before the cue as the row, and the unit’s own figures stand alone', () => {
    const record = extract(docOf(title + items));
    expect(rowsOf(title + items)).toEqual(['就业创业补助资金 | - | 486.72 | 92.36 | 万元', '公益性岗位补贴 | - | 907.20 | 100 | 万元']);
    // (the items not read, 二是 and 四是, state their money after the list began: no second statement of the unit's)
    expect(record.figures['budget.executed']?.mentions?.map((m) => m.value)).toEqual(['2893.14']);
    expect(record.figures['budget.executionRate']?.mentions?.map((m) => m.value)).toEqual(['95.62']);
  });
});

describe('task rows: wordings of real fund-use pages (0.33.0)', () => {
  it.each([
    {
      layout: '具体有: announcing the items of a total stated in the sentence before',
      text: '2023年整合设立乡村教育专项资金,安排重点项目3个,共下达资金300万元。具体有:乡村教师培训120万元、校车运营补助100万元、营养餐改善80万元。',
      rows: ['乡村教师培训 | 120 | - | - | 万元', '校车运营补助 | 100 | - | - | 万元', '营养餐改善 | 80 | - | - | 万元'],
    },
    {
      layout: '合计金额: a sum of money named with no verb leads its 其中 list as a budget, thousands separators in 万元',
      text: '省农业厅共3项,合计金额12,600万元,其中耕地保护补贴资金8,100万元、农机购置补贴资金3,000万元、农技推广示范资金1,500万元。',
      rows: ['耕地保护补贴资金 | 8100 | - | - | 万元', '农机购置补贴资金 | 3000 | - | - | 万元', '农技推广示范资金 | 1500 | - | - | 万元'],
    },
    {
      layout: '资助资金 as an item’s cue, a count with a thousands separator after the name, and 资助对象N万人 read past',
      text:
        '全年公益金共资助各类项目2,100个,资助资金3.6亿元。主要是:\n\n' +
        '1.资助城乡敬老院建设项目1,250个,资助资金21,000万元。\n\n' +
        '2.资助困难老人生活补贴项目60个,资助对象12.5万人,资助资金9,000万元。\n\n' +
        '3.资助社区服务设施项目790个,资助资金6,000万元。',
      rows: [
        '资助城乡敬老院建设项目 | 21000 | - | - | 万元',
        '资助困难老人生活补贴项目 | 9000 | - | - | 万元',
        '资助社区服务设施项目 | 6000 | - | - | 万元',
      ],
    },
  ])('reads $layout', ({ text, rows }) => {
    expect(rowsOf(text)).toEqual(rows);
  });

  it.each([
    // left-over money is no item's budget, whatever names its sum (金额 leads only money that is there to use)
    '年末结余金额100万元,其中甲村道路项目60万元、乙村水渠项目40万元。',
    // 具体有: with no amounts after it lists names only
    '本年共实施项目2个,预算120万元。具体有:甲村道路项目、乙村水渠项目。',
    // a number of people with no money word after it gives the item no amount
    '1.资助困难老人生活补贴项目,资助对象12.5万人。\n\n2.资助社区服务设施项目,资助对象3万人。',
  ])('refused: %s', (text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  const detail = (rows: string[]) =>
    [
      '青川县2022年群众文化专项资金绩效评价报告',
      '',
      '项目名称 | 2022年群众文化专项资金 |',
      '项目单位 | 青川县文化馆 |',
      '计划安排资金(万元) | 270.00 | 实际到位资金(万元) | 260.00 |',
      '二、项目支出明细情况 | | |',
      '支出内容(经济科目) | 计划支出数(万元) | 实际支出数(万元) |',
      '送戏下乡经费 | 120.00 | 118.00 |',
      ...rows,
      '乡镇文化站免费开放补助 | 50.00 | 47.00 |',
      '支出合计 | 270.00 | 260.00 |',
    ].join('\n');
  it('reads a sub-project named for its use, then a fund’s word (…维护补助资金), as a row of the table', () => {
    expect(rowsOf(detail(['村级文化广场维护补助资金 | 100.00 | 95.00 |']))).toEqual([
      '送戏下乡经费 | 120.00 | 118.00 | - | 万元',
      '村级文化广场维护补助资金 | 100.00 | 95.00 | - | 万元',
      '乡镇文化站免费开放补助 | 50.00 | 47.00 | - | 万元',
    ]);
  });
  it.each(['中央补助资金', '群众自筹资金', '彩票公益金资金', '一般债券资金', '县级配套资金', '专项资金'])(
    'refused: a row named for where its money came from (%s) is no sub-project',
    (fund) => {
      expect(rowsOf(detail([`${fund} | 100.00 | 95.00 |`]))).toEqual([
        '送戏下乡经费 | 120.00 | 118.00 | - | 万元',
        '乡镇文化站免费开放补助 | 50.00 | 47.00 | - | 万元',
      ]);
    },
  );

  it('refuses as funding sources the money named by who raised it or its kind alone', () => {
    for (const fund of ['群众自筹资金', '企业自筹资金', '一般债券资金', '统筹整合资金', '彩票公益金资金', '补助资金'])
      expect(refusal(fund)).toBe('funding source');
    // (what the money pays for, named before the fund's word, keeps it a name)
    for (const name of ['村级文化广场维护补助资金', '企业发展补助资金']) expect(refusal(name)).toBeNull();
  });

  it('reads an item’s cue opened by the kind of thing the item is (工程总投资, 任务预算) as it reads 项目总投资', () => {
    const text =
      '(一)项目工作\n\n1. 甲镇主干道改造工程:工程总投资350.72万元,主要对主干道两侧改造,已验收。\n2. 乙镇三岔路口绿化工程:工程总投资64.38万元,主要包括绿化提档升级,已验收审计。';
    expect(rowsOf(text)).toEqual(['甲镇主干道改造工程 | 350.72 | - | - | 万元', '乙镇三岔路口绿化工程 | 64.38 | - | - | 万元']);
    // (a description between the colon and the cue, with no quantity of work, still leaves the item unread)
    expect(rowsOf(text.replaceAll(':工程总投资', ':主要改造两侧道路,工程总投资'))).toEqual([]);
  });

  it('reads a list of money that reached the unit (拨付到位资金) as budgets, as the cue 到位资金 reads an item’s; 实际到位 stays spending', () => {
    const list = '乡村教师培训120万元、校车运营补助100万元、营养餐改善80万元。';
    expect(rowsOf(`2023年安排重点项目3个,共拨付到位资金300万元。具体包括:${list}`)).toEqual([
      '乡村教师培训 | 120 | - | - | 万元',
      '校车运营补助 | 100 | - | - | 万元',
      '营养餐改善 | 80 | - | - | 万元',
    ]);
    expect(rowsOf(`2023年重点项目实际到位资金300万元,其中${list}`)).toEqual([
      '乡村教师培训 | - | 120 | - | 万元',
      '校车运营补助 | - | 100 | - | 万元',
      '营养餐改善 | - | 80 | - | 万元',
    ]);
  });

  describe('a list of circled items after the total it divides, its connective with no colon (分别项目为①…;②…)', () => {
    const title = '# 某县林草局2022年度生态保护专项转移支付绩效自评报告\n\n';
    const text = `${title}目前共支付资金300万元,资金执行率75%。分别项目为①森林防火补助支付50万元,资金执行率50%;②护林员项目250万元,资金执行率83.33%。`;
    it('reads each item, a bare amount under the total’s measure (支付: spending), and keeps the unit’s own figures', () => {
      expect(rowsOf(text)).toEqual(['森林防火补助 | - | 50 | 50 | 万元', '护林员项目 | - | 250 | 83.33 | 万元']);
      const record = extract(docOf(text));
      expect(figuresOf(text)).toEqual({ 'budget.executed': '300万元', 'budget.executionRate': '75%' });
      // (an item's rate is no second statement of the unit's)
      expect(record.discrepancies).toEqual([]);
    });
    it('refused: projects named in turn, each whole (A项目、B工程); one project naming its places in turn (东村、西村道路项目) stands', () => {
      expect(refusal('设备购置项目、专科建设项目、人才引进项目')).toBe('several projects');
      expect(refusal('东村道路工程、西村桥梁工程')).toBe('several projects');
      expect(refusal('东村、西村道路项目')).toBeNull();
    });
    it('refused: the time the money is counted to and the word that sums it (目前共, 截至目前累计) name no item', () => {
      for (const words of ['目前共', '截至目前累计', '今年已', '全年共计']) expect(refusal(words)).toBe('total or connective');
    });
    it('a closing sentence that sums the items with 累计 alone after its date (截至年底,累计支付…) is the unit’s, no row named 累计', () => {
      const items =
        '2023年共实施项目2个,下达资金合计200万元。其中:东村道路硬化项目下达资金120万元,已支付116.8万元;西村饮水工程下达资金80万元,已支付80万元。截至2023年12月底,累计支付资金196.8万元,支付率98.4%。';
      expect(rowsOf(`${title}${items}`)).toEqual(['东村道路硬化项目 | 120 | 116.8 | - | 万元', '西村饮水工程 | 80 | 80 | - | 万元']);
      expect(figuresOf(`${title}${items}`)).toMatchObject({ 'budget.executed': '196.8万元', 'budget.executionRate': '98.4%' });
      for (const words of ['累计', '总共', '一共']) expect(refusal(words)).toBe('total or connective');
    });
    it('refused: a circled number with none after it marks no list', () => {
      expect(rowsOf(`${title}目前共支付资金300万元,资金执行率75%。分别项目为①森林防火补助支付50万元,资金执行率50%。`)).toEqual([]);
    });
  });

  it('reads numbered items adding up exactly to the spending stated before them as spending, beside each a progress rate, whatever words announce them', () => {
    const items =
      '1.援建公共体育场地和设施800元,项目支出进度100%。\n\n2.支持运动队参加比赛10000元,项目支出进度100%。\n\n3.其他群众体育项目支出2000元,项目支出进度100%。';
    const text = `2023年我局体育彩票公益金支出总额为12800元,结余3200元。具体资金用途如下:\n\n${items}`;
    expect(rowsOf(text)).toEqual([
      '援建公共体育场地和设施 | - | 800 | 100 | 元',
      '支持运动队参加比赛 | - | 10000 | 100 | 元',
      '其他群众体育项目 | - | 2000 | 100 | 元',
    ]);
    // (a total the items do not add up to leaves the bare amounts to the words that announce them, money named: budgets)
    expect(rowsOf(text.replace('12800元', '13800元'))[0]).toBe('援建公共体育场地和设施 | 800 | - | 100 | 元');
  });

  it('reads a numbered item past a long description of its works, its 项目建设资金 and 完成总投资, and its rate past the money left over', () => {
    const items =
      '1. 青山县2020年贫困户核桃园提升项目,在全县12乡镇60村1800户贫困户核桃园提升中,补植补造折合核桃园面积3200.5亩,项目建设资金50万元,完成总投资49.5万元,结余资金0.5万元,截止9月底,资金支付率99%。\n' +
      '2. 30个贫困村核桃示范园后续管理项目,对已建成的30个贫困村1500亩核桃示范园购置化肥,项目建设资金30万元,完成总投资29.4万元,结余资金0.6万元,截止9月底,资金支付率98%。';
    expect(rowsOf(`青山县林业中心2020年扶贫资金完成情况的公示\n\n${items}`)).toEqual([
      '青山县2020年贫困户核桃园提升项目 | 50 | 49.5 | 99 | 万元',
      '30个贫困村核桃示范园后续管理项目 | 30 | 29.4 | 98 | 万元',
    ]);
  });

  it('refused: the unit’s own money, all of it (我校所有…资金, 本局全部项目经费), names no item', () => {
    for (const words of ['我校所有预算项目资金及追加预算项目资金', '本局全部项目经费']) expect(refusal(words)).toBe('total or connective');
    expect(rowsOf('我校所有预算项目资金及追加预算项目资金合计80万元,2021年实际支出80万元。')).toEqual([]);
  });

  it('refused: a level’s own projects (镇本级项目, 县本级项目支出) are the unit’s project spending, no item; a project named for a town stays', () => {
    for (const words of ['镇本级项目', '县本级项目支出', '机关本级项目']) expect(refusal(words)).toBe('total or connective');
    expect(rowsOf('镇本级项目支出共计300万元,主要用于:村道硬化100万元,饮水安全200万元。')).toEqual([
      '村道硬化 | - | 100 | - | 万元',
      '饮水安全 | - | 200 | - | 万元',
    ]);
    expect(refusal('镇中心小学改造项目')).toBeNull();
  });

  it('reads 财政拨款 (a level’s appropriation) as an item’s budget; after the item’s budget it is the budget’s source', () => {
    const text =
      '(一)项目资金安排落实情况:1、档案管理项目资金:2016年县财政安排30万元,当年按时到位;2、县档案馆建设项目资金:2016年县财政拨款427.36万元,于当年全部到位。';
    expect(rowsOf(text)).toEqual(['档案管理项目资金 | 30 | - | - | 万元', '县档案馆建设项目资金 | 427.36 | - | - | 万元']);
    const sourced = '1.档案修复项目,预算50万元,其中财政拨款40万元,实际支出48万元;2.档案数字化项目,预算30万元,实际支出30万元。';
    expect(rowsOf(sourced)).toEqual(['档案修复项目 | 50 | 48 | - | 万元', '档案数字化项目 | 30 | 30 | - | 万元']);
  });

  it('cuts a count written with a thousands separator off the name, the digits before its comma included', () => {
    expect(cleanName('资助城乡敬老院建设项目1,250个')).toBe('资助城乡敬老院建设项目');
  });
});

describe('blocks opened by a numbered name alone, a paragraph a line', () => {
  it('give the unit none of their money, and no discrepancy between two items’ spending', () => {
    const text = [
      '某县民政局2023年度部门整体支出绩效自评报告',
      '(1)城乡低保资金',
      '全年预算1200万元',
      '实际支出1180万元',
      '(2)特困供养资金',
      '全年预算300万元',
      '实际支出296.5万元',
    ].join('\n\n');
    const record = extract(docOf(text));
    expect(record.figures).toEqual({});
    expect(record.discrepancies).toEqual([]);
  });
});

describe('a report of several projects’ evaluations, one numbered paragraph each (name, what it built, its money, its score)', () => {
  const item = (n: number, name: string, built: string, year: string, budget: string, paid: string, rate: string, score: string) =>
    `${n}、${name},${built}。${year}下达财政专项扶贫资金${budget}万元,截至2021年12月31日,实际已支付${paid}万元,支付完成率为${rate}%。最终绩效评价总得分为${score}分,评价等级为优秀。`;
  const text = [
    '# 某县2021年重点项目绩效评价报告公开',
    '现将评价结果公开如下:',
    item(1, '东山村农田道路建设项目', '铺建砂石路11公里、修建4个桥涵', '2021年', '197', '186.98', '94.91', '91.8'),
    item(2, '西河村交易市场建设项目', '新建30平方米管理用房一座', '2021年度', '108', '101.59', '94.06', '90.76'),
  ].join('\n\n');

  it('reads each paragraph as its project’s row: the name before its comma, the description between, 年度 after the year', () => {
    expect(rowsOf(text)).toEqual([
      '东山村农田道路建设项目 | 197 | 186.98 | 94.91 | 万元',
      '西河村交易市场建设项目 | 108 | 101.59 | 94.06 | 万元',
    ]);
  });

  it('gives the report none of the items’ scores or grades, and no discrepancy between two items’ scores', () => {
    const record = extract(docOf(text));
    expect(record.figures).toEqual({});
    expect(record.discrepancies).toEqual([]);
  });

  it('refused: a score whose sentence names the unit itself stays the report’s, in an item’s paragraph too', () => {
    const unit = text.replace('最终绩效评价总得分为90.76分,评价等级为优秀。', '本部门整体支出绩效自评得分为95分。');
    expect(extract(docOf(unit)).figures['eval.score']?.value).toBe('95');
  });
});

describe('a numbered item whose name cannot be read, among siblings read as rows', () => {
  const items = (third: string) =>
    [
      '# 某县乡村振兴局2023年度部门整体支出绩效自评报告',
      '1、东山村道路硬化项目。全年预算197万元,实际支出186.98万元。',
      '2、南岭村饮水工程。全年预算108万元,实际支出101.59万元。',
      `3、${third}。全年预算300万元,实际支出289.14万元。`,
    ].join('\n\n');
  it('gives the unit none of its money (a comma in its name: 西河村干道,巷道硬化项目)', () => {
    const record = extract(docOf(items('西河村干道,巷道硬化项目')));
    expect(record.tasks.map((t) => t.name)).toEqual(['东山村道路硬化项目', '南岭村饮水工程']);
    expect(record.figures).toEqual({});
  });
  it('refused: a paragraph numbered as its siblings that names a part of the report keeps its figures (3、预算执行情况)', () => {
    expect(extract(docOf(items('预算执行情况'))).figures['budget.executed']?.value).toBe('289.14');
  });
  it('refused: a sentence naming the unit itself keeps its figures, in such a paragraph too (…项目。本部门全年预算…)', () => {
    const text = items('西河村干道,巷道硬化项目').replace('。全年预算300万元', '。本部门全年预算300万元');
    expect(extract(docOf(text)).figures['budget.executed']?.value).toBe('289.14');
  });
});

describe('an evaluation notice’s items, each graded and under its own department', () => {
  const notice = (second: string) =>
    `某市财政局关于2023年度重点项目绩效评价结果的通报\n\n一、评价结果\n\n(一)城区排水管网改造项目(主管部门:市住建局),预算资金860.00万元,评价得分91分,等级为“优”。\n\n(二)农村客运补贴项目(主管部门:${second}),预算资金210.50万元,评价得分83分,等级为“中”。\n\n二、结果应用\n\n对等级为“中”的农村客运补贴项目,2025年预算按不低于10%压减。`;

  it('gives the notice none of the items’ money, scores or grades (a grade said of an item named after it: 等级为“中”的A项目)', () => {
    const figures = extract(docOf(notice('市交通局'))).figures;
    expect(Object.keys(figures).filter((k) => /^(?:budget|eval)\./.test(k))).toEqual([]);
  });

  it('refused: the report’s own grade, said of no item, stays the report’s', () => {
    const own = notice('市交通局').replace('对等级为“中”的农村客运补贴项目,2025年预算按不低于10%压减。', '本次评价工作整体等级为“良”。');
    expect(extract(docOf(own)).figures['eval.grade']?.value).toBe('良');
  });

  it('names the notice’s issuer, whose title opens with it before 关于, and not the items’ 主管部门 (different units)', () => {
    expect(extract(docOf(notice('市交通局'))).department).toBe('某市财政局');
  });

  it('the issuer’s title still names the unit when one 主管部门 is given for every item', () => {
    expect(extract(docOf(notice('市住建局'))).department).toBe('某市财政局');
  });

  it('refused: with no issuer before 关于 in the title, no unit from the items’ different 主管部门', () => {
    expect(extract(docOf(notice('市交通局').replace('某市财政局关于', '关于'))).department).toBeNull();
  });

  it('refused: with no issuer before 关于, the same 主管部门 given for every item is still a field naming one unit', () => {
    expect(extract(docOf(notice('市住建局').replace('某市财政局关于', '关于'))).department).toBe('市住建局');
  });
});

describe('an allocation table’s place column', () => {
  it.each([
    ['地县', true],
    ['旗县', true],
    ['县(市、区)', true],
    ['县级', false],
    ['地区名单位', false],
  ])('%s heads a place column: %s', (header, place) => {
    expect(placeColumn(header)).toBe(place);
  });
});

describe('a project’s phase in brackets after its name', () => {
  it.each([
    ['滨河公园景观提升工程(二期)', true],
    ['城东道路改造项目(续建)', true],
    ['城东道路改造项目(中央资金)', false],
    ['城东道路改造项目(第一批)', false],
  ])('%s names a project: %s', (name, named) => {
    expect(PROJECT_NAME.test(name)).toBe(named);
  });
});

describe('a level’s fund named for a purpose (a counted list’s item) or for nothing (a source)', () => {
  it.each([
    ['中央计划生育转移支付资金', true],
    ['2024年中央财政衔接推进乡村振兴补助资金', true],
    ['中央补助资金', false],
    ['省级专项资金', false],
    // the levels names.ts LEVEL knows beyond a place's: 上级, 本级, 盟市, one after another (自治区本级财政)
    ['上级专项资金', false],
    ['盟市补助资金', false],
    ['自治区本级财政补助资金', false],
  ])('%s names a purpose: %s', (name, purpose) => {
    expect(namesAPurpose(name)).toBe(purpose);
  });
});
