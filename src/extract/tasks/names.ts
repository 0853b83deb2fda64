/**
 * What the task-list readers share: how a task name is cleaned and when a name is refused, and
 * the small vocabulary of cue words that say what an item's amount measures (安排资金 → budget,
 * 实际支出 → executed, 执行率 → rate).
 *
 * Convention 7 (eval/LABELS.md): a task is a per-task / per-project / per-sub-item money line,
 * named as written without numbering or colon. Funding-source rows (财政资金 / 其他资金), income
 * and spending categories (财政拨款收入, 基本支出, 工资福利支出), the “三公” items and indicator
 * rows are not tasks, so a name that is one of those is refused, and a list that contains one
 * is not a task list at all.
 */
import type { Unit } from '../../model/record.ts';
import { Decimal, isMoneyUnit, LIST_DOT_END, rateWithinRounding } from '../numbers.ts';
import type { Measure } from '../../model/wordings.ts';
import {
  BUDGET_CHANGE,
  FUND_LEVEL,
  fundNames,
  isLineBudget,
  LEVEL_OPENING,
  OWN_UNIT_LEAD,
  OWN_UNIT_WORDS,
  THREE_PUBLIC,
  THREE_PUBLIC_ITEMS,
} from '../../model/wordings.ts';

export type TaskMeasure = Exclude<Measure, 'amount'>;

/** Whether a unit is what a task's measure is stated in: a rate in %, a budget or spending in money. */
export const unitFitsMeasure = (measure: TaskMeasure, unit: Unit): boolean => (measure === 'rate' ? unit === '%' : isMoneyUnit(unit));

/** Leading list numbering: "1、" "1." "(1)" "①" "一、" "(一)" "一是", or a bullet a word processor drew ("●", "■", "▶",
 * the dash "——" opening a line). */
export const NUMBERING = new RegExp(
  String.raw`^\s*(?:[(]?\s*[0-9]{1,2}\s*(?:[)、](?!\d)|\.${LIST_DOT_END})|[(]\s*[一二三四五六七八九十]{1,3}\s*[)]|[一二三四五六七八九十]{1,3}\s*[、.]|[①-⑳]|[一二三四五六七八九十]是|[●•▪■□◆◇○◎★☆►▶➢√]|—{1,2}(?=[^\d—]))\s*`,
);

/** A list number made a shape, whatever its count ("1、" and "2、" → "n、", "(一)" → "(c)"): the numbers of one list's siblings. */
export function shapeOfNumber(number: string): string {
  return number
    .replace(/\s/g, '')
    .replace(/\d+/g, 'n')
    .replace(/[一二三四五六七八九十]+/g, 'c');
}

/**
 * A label numbering a project's parts before the part's name: "子项目1:", "子项目一:", "二级项目2、", a bare "子项目"
 * (the group label a form writes before each sub-project's name), and "项目一:" / "任务2:" with their number and colon.
 * The label says what the row is, the name after it what it is for (convention 7 names it without its numbering).
 */
const ITEM_LABEL =
  /^\s*(?:(?:子项目|二级项目)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})?\s*[:、.]?|(?:项目|任务)\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*:)\s*(?=[\u4e00-\u9fff“(])/;

/** Words that join a list item to what precedes it and are not part of the name ("其中:用于XX项目200万元"). */
// (and the topic a sentence turns to, "关于A项目,年初预算…", "围绕A工作,安排经费…": the preposition is no word of the name)
const LEAD_WORDS = /^(?:[,、;:\s]|其中|具体包括|包括|主要用于|用于|以及|关于|对于|针对|围绕)+/;
/**
 * The words that announce a list before its first item's name ("重点项目包括A项目(预算…)", "实施的工程有B工程"): the
 * list's subject and its verb, no part of the name (stripped only where a name of four characters or more follows).
 */
const LIST_SUBJECT_BEFORE =
  /^(?:本年度?|全年|年度)?(?:重点|主要|实施的?|重点实施的?)?(?:项目|工程|任务)(?:主要)?(?:包括|有|为|是)\s*:?\s*(?=\S{4,})/;
/** A verb that opens an item before its name ("安排A项目资金…", "完成B工程,支出…"): the item's action, not its name. */
// (and where the money went, "分配至无为市", "下达到甲县": 至 / 到 / 给 the verb's, no word of the place's name, also where a
// reader's name starts after the verb, "至甲县")
const LEAD_VERB =
  /^(?:(?:共|全年|累计)?(?:重点|主要)?(?:(?:安排|下达|分配|拨付|支付|发放|兑付)(?:了)?(?:至|到|给)?|(?:完成|实施|开展)(?:了)?)|(?:至|到|给)(?=\S{1,12}(?:省|市|县|区|旗|镇|乡|村|街道|社区)$))(?=\S{4,}|\S{1,12}(?:省|市|县|区|旗|镇|乡|村|街道|社区)$)/;
/**
 * Words that join a name to its amount ("XX项目共计47万元", "XX项目约47万元"); 约 of a word the name ends with
 * (家庭医生签约, 合同履约, 集约节约) is the name's own. A count after the name ("产业发展项目20个,使用资金3000万元")
 * says how many, no part of the name, also where a PDF copy spaces its digits off the words ("产业发展项目 20 个,…").
 */
const TAIL_WORDS =
  /(?:[,、;:(\s]|共计|合计|总计|(?<![签履节预合制条契集公特守践违缔])约|\d{4}年度?|(?<=[\u4e00-\u9fff]\s?)(?:\d{1,3}(?:[,,]\d{3})+|\d{1,4})\s*(?:个|项|处))+$/;
/**
 * The count of the parts a list names, after its last name ("分为A和B两部分,预算分别为…"): how many, no part of the
 * name (a count of things inside a name, 两项补贴, ends with what is counted).
 */
const PARTS_COUNTED_AFTER = /(?<=[\u4e00-\u9fff]{2})(?:[两二三四五六七八九十]|\d{1,2})个?(?:部分|方面|块)$/;
/**
 * The work an item did, a quantity and its unit, after its name, perhaps broken down in brackets ("建设干鲜果基地21.73万亩(核桃
 * 10.02万亩、…),建设资金2576.64万元"): how much was built, no part of the name (a number inside a name, 2号楼, 3000V, stays).
 */
const WORK_DONE_AFTER_NAME =
  /(?<=[\u4e00-\u9fff]{2})\s*\d[\d.,\s]*(?:万|千)?(?:亩|公顷|公里|千米|平方米|立方米|延米|米|吨|户|人次|座|处|套|台|辆|栋|条|眼)(?:\([^()]*\))?$/;
/** A unit written after the name ("XX项目(万元)") is the column's unit, not part of the name. */
const TAIL_UNIT = /\((?:万元|元|亿元|千元)\)$/;
/** "④A补助未支付,资金执行率为0%": what was not done with the money, said after the name in place of an amount. */
const NOT_DONE_AFTER_NAME = /(?<=[\u4e00-\u9fff]{2})(?:尚|均|暂|全部)?未(?:支付|拨付|使用|支出|到位|下达|发放|兑付|执行)$/;
/**
 * Letters or digits a name may open with before its Chinese words ("5G基站建设项目", "G318线养护工程"): a section's heading
 * run into such a name ends where they begin, as it ends before a Chinese one.
 */
const NAME_OPENING = '[A-Za-z0-9]*';
/**
 * The words a section heading of a report is made of before its 情况 / 概况 ("项目资金使用情况",
 * "二、执行情况"): prose reads past such a heading run into a sentence, the task names cut it.
 */
export const SECTION_WORDS = '项目|部门|单位|整体|总体|预算|资金|财政|经费|执行|使用|收支|绩效|管理|基本|实施|投入';
/**
 * A project's section heading in a report ("(一)村级道路养护项目绩效自评情况。该项目预算…"): the project's name, then
 * the section words and 情况; the name is the project's, the words after it say which part of the report this is.
 * The name keeps two characters at least before the word that makes it a project ("项目资金使用情况" names none).
 */
const SECTION_AFTER_NAME = new RegExp(
  `(?<=[\\u4e00-\\u9fff]{2}(?:项目|工程|经费|专项|行动|补助|补贴))(?:${SECTION_WORDS}|自评|评价|目标|完成|实现|支出)+(?:情况|概况)$`,
);
/**
 * The next sentence's subject referring back to the item, run into its name ("(一)A项目" over "该项目预算40万元…", a
 * .docx or PDF copy joining the two lines: "A项目该项目预算…"): no part of the name. The name keeps two characters at
 * least before it, so that a name that is the reference alone (该项目) stays as it is for the readers that refuse it; 本
 * refers back only right after the name's own project word ("A项目本项目"): elsewhere it ends a word (基本项目, 资本项目).
 */
const BACK_REFERENCE_AFTER_NAME =
  /(?:(?<=[\u4e00-\u9fff]{2})(?:该|此)|(?<=[\u4e00-\u9fff]{2}(?:项目|工程|经费|资金|专项|补助|补贴))本)(?:子项目|项目|工程|项工作|项任务)$/;
/**
 * The project's evaluation result between its name and its money ("A项目自评得分95分,全年预算数…", "A项目自评等级为优,…"):
 * the result is the project's score, no part of its name.
 */
const RESULT_AFTER_NAME =
  /(?:绩效)?(?:自评|评价)(?:得分|总分|分数|结果|等级|等次)(?:为|是)?\s*(?:\d+(?:\.\d+)?\s*分|优秀|优|良好|良|中|差|合格)$/;
/**
 * A section's heading a copy ran into the first item's name ("(三)项目支出情况城市照明维护:…"): the
 * words of budgets, then 情况 / 概况, before the name (which keeps two characters at least). Unlike
 * prose's, it takes 支出 among them: a name begins after "项目支出情况", while prose must keep
 * "基本支出情况" the subject of its sentence.
 */
// (or before the number of its first sub-section, a copy run into one paragraph: "项目基本情况(一)项目概况A专项资金…")
const RUN_IN_SECTION = new RegExp(
  `^(?:${SECTION_WORDS}|支出|重点)+(?:情况|概况)\\s*(?=${NAME_OPENING}[\\u4e00-\\u9fff]{2}|[(][一二三四五六七八九十]{1,3}[)])`,
);
/**
 * A grant's document number and the verb that made the grant, before the money it names ("黔财农〔2023〕45号下达A资金",
 * "…〔2022〕186号提前下达B补助"): the document that moved the money, no part of the item's name, which the words after the
 * verb are. A number with no verb after it ("渝财教【2019】208号 C补助资金") stays the name's own, as written.
 */
const DOCUMENT_GRANT_BEFORE =
  /^[\u4e00-\u9fff]{1,10}[〔【[(]\d{4}[〕】\])]\s*\d{1,4}\s*号(?:文件?)?\s*(?:提前|预|再次|追加)?(?:下达|安排|拨付|分配|下拨|批复)(?:了)?\s*(?=\S{4,})/;
/**
 * A budget-code prefix some systems print before a project or unit name ("820001-", "0101-"), and a project library's
 * code, a letter for the kind of project among its digits ("51000023R000000045678-", Sichuan's 项目名称 cells).
 */
const CODE_PREFIX = /^\d{3,}(?:[A-Z]\d{3,})?[-_]/;

/** Categories of income and spending (final-accounts vocabulary), which are figures, not tasks. */
const CATEGORY_END = /(?:收入|支出|支出预算|收入预算|拨款|结转|结余|结转和结余|调入|返还|上缴|补助收入)$/;
/**
 * Funding sources: a level or a kind of money, then 资金 / 拨款 / 经费 / 补助, and nothing that
 * names what the money is for ("中央补助资金", "省级资金", "本级", "自筹资金", "群众自筹资金", "一般债券资金", "统筹整合资金",
 * "彩票公益金资金", "其他资金", a bare "补助资金"); a verb may open it,
 * its cue cut off after the level ("完成中央投资447.5亿元,完成率74.6%" leaves 完成中央).
 */
// (a fund there is a budget a unit's funding lines come from, FUNDS' isLineBudget, by any of its names)
export const FUND_SOURCE = new RegExp(
  `^(?:下达|安排|拨付|完成|到位|落实)?(?:中央|省|市|县|区|州|盟|自治区|乡|镇|本级|上级|地方|财政|群众|农户|村民|村集体|企业|自筹|自有|其他|社会|配套|单位|银行|部门|专项|${fundNames(isLineBudget)}|非税|一般|债券|衔接|统筹|整合|彩票公益金|公益金|补助|专款)+(?:级|本级)?(?:财政)?(?:补助|专项|配套|衔接|奖补|转移支付|安排)?(?:资金|拨款|经费|投入|贷款|补助)?$`,
);
/**
 * Money named by where it comes from: a government level first, a fund word last
 * ("中央财政衔接推进乡村振兴补助资金", "省级专项资金", "上级补助经费"). What it is spent on is named
 * by the items below it, not by the source. A bare 市 / 区 / 县 is a level only with 级 / 本级 / 财政
 * after it: "市政设施维修经费", "区域合作经费" name what the money is for.
 */
const LEVEL = /^(?:中央|自治区|上级|本级|盟市|(?:省|市|县|区|州|旗)(?:级|本级|财政))(?:财政)?/;
/** (a level's money as a transfer, "上级资金转移支付", "中央级资金转移支付": the money from above, no work named) */
// (a lottery fund's share by level too: "其中中央福彩公益金250万元,省级福彩公益金465万元" says where the year's 公益金 came from)
const LEVEL_FUND = new RegExp(`${LEVEL.source}.{0,16}(?:资金|拨款|补助|经费|公益金)(?:转移支付)?$`);
/**
 * "中央资金项目", "省级补助资金项目": the projects one level's money paid for, together (a funding source's line, "(1)中央资金
 * 项目执行率100%"); a level with no work named between it and its 资金 names no project.
 */
const LEVEL_FUND_PROJECTS = new RegExp(
  `${LEVEL.source}(?:(?:专项|补助|配套|衔接|奖补|(?:福彩|体彩|彩票)?公益金)?资金|(?:福彩|体彩|彩票)?公益金)(?:的)?项目$`,
);
/**
 * "省级科技计划项目验收工作经费", "州级森林草原防灭火物资储备经费", "县级物流配送中心建设补助": the money (经费, or a grant 补助 for
 * building or renewing a named facility) for a named work, whose level qualifies the
 * work (a province's plan, a prefecture's reserve), not where the money comes from ("上级工作经费" names no work: a source;
 * a fund, "中央水利建设资金", stays one). A programme named in quotes between the level and its money ("州级“银龄讲学计划”补助
 * 资金") is a named work too.
 */
const WORK_FUNDS =
  /^[\u4e00-\u9fff]{2,}(?:工作|储备|运维|运行|维护|培训|保护|治理|监测|整治|改造|宣传|检测|普查|调查|编制|管护|防治)经费$|^[\u4e00-\u9fff]{4,}(?:建设|改造|提升|购置|维修)补助$|“[^”]{2,}”/;
/**
 * "中央财政农业生产救灾(农作物病虫害防控)资金": a bracket inside a level's fund naming the work it pays for (its
 * purpose, four characters or more) makes it one line of that fund's uses, as the items listed under a source are;
 * a batch, a year or a document number in the bracket ("(第一批)", "(2023年)") names no work.
 */
const PURPOSE_IN_BRACKETS = /\((?![^()]*(?:批|年|号|〔))[\u4e00-\u9fff、]{4,}\)/;
/** The year a fund is named for, before its level ("2025年中央财政衔接推进乡村振兴补助资金"): read past like a bare level. */
const FUND_YEAR = /^\d{4}年度?/;
/**
 * A list of funding sources whose heading a copy ran into its first item ("资金来源 2025年中央财政衔接…资金",
 * "资金构成:省级资金…"): the sources of the money, never a task.
 */
const SOURCES_HEADING = /^资金(?:来源|构成|结构|组成)/;
/**
 * Transfer-payment funds named by their kind (财政专项扶贫资金, 涉农整合资金, 衔接资金, 直达资金): the kind of money a
 * government's spending is told by, never a project ("其中:财政专项扶贫资金支出8304.36万元,支出进度93.56%").
 * A fund named for its purpose first ("乡村振兴衔接资金", as a 项目名称 field gives a project) is left to be a name.
 * (the three classes of transfer payments, 共同财政事权 / 一般性 / 专项转移支付, and newly issued bonds, 新增国债 / 新增债券,
 * are kinds of money too: "一是共同财政事权转移支付资金2.8亿元。二是一般性转移支付资金…"; and so are the parts 财政专项扶贫资金
 * is made of, 扶贫发展 / 少数民族发展 / 以工代赈资金: "下达中央财政专项扶贫资金2261万元,其中:扶贫发展资金1861万元,…")
 */
const FUND_KIND =
  /^(?:财政)?(?:专项扶贫|扶贫专项|扶贫发展|少数民族发展|以工代赈|涉农整合|(?:统筹)?整合(?:使用)?(?:财政)?涉农|衔接推进乡村振兴(?:补助)?|衔接|扶贫|直达|东西部(?:扶贫)?协作|对口(?:支援|帮扶)|(?:共同财政事权|一般性|专项)转移支付|新增(?:国债|(?:地方)?政府?(?:专项)?债券?)(?:项目)?)(?:专项)?资金$/;
/** The batch or year a fund's name ends with in brackets ("省级水利发展资金(第一批)", "…资金(2023年)"): read past like FUND_YEAR. */
const BATCH_OR_YEAR_AFTER = /\((?:第[一二三四五六七八九十\d]{1,3}批|\d{4}年度?)\)$/;
/**
 * Where a fund's money came from, in brackets after it ("中央预算内专项资金(国债)", "基金(地方)"): read past like a
 * batch, so the fund is refused as the source it names.
 */
const SOURCE_AFTER = /\((?:国债|地方|中央|省级|市级|县级|本级|自筹|债券|专项债券?|贷款)\)$/;
/** A source of money named by its kind alone, no level before it: a loan, a fund, a bond ("贷款20.7亿元", "基金8.1亿元"). */
const BARE_SOURCE = /^(?:银行)?(?:贷款|基金|国债|债券)(?:资金)?$/;
/** The fund words a level's money ends on ("专项资金", "转移支付资金", "补助经费"): no purpose of it. */
const FUND_WORDS_AT_END = /(?:专项)?(?:转移支付)?(?:补助|补贴)?(?:资金|经费)$/;
/**
 * Whether a level's fund is named for a purpose: words left once its year, its levels (LEVEL, one after another:
 * 自治区本级财政…) and its fund words are taken off ("计划生育" of 中央计划生育转移支付资金; nothing of 上级补助资金).
 */
export function namesAPurpose(name: string): boolean {
  let rest = name.replace(FUND_YEAR, '');
  for (let i = 0; i < 3 && LEVEL.test(rest); i++) rest = rest.replace(LEVEL, '');
  return /^[\u4e00-\u9fff]{2,}$/.test(rest.replace(FUND_WORDS_AT_END, ''));
}
/** A second level joined to the first by 、 ("中央、省…"), read past like the first. */
const LEVEL_AFTER_COMMA = /^、(?:省|市|县|区|州|旗)(?:级|本级)?/;
/**
 * The cost subjects of a research or pilot project's budget (科研项目经费预算科目: 设备费 with its 购置 / 试制 / 改造与租赁
 * parts, 材料费, 测试化验加工费, 燃料动力费 …, 间接费用), a note in brackets after one ("燃料动力费(耕田费用)"): what the
 * money was spent as, like the economic classification below, never a task of the project.
 */
const RESEARCH_COST_SUBJECT =
  /^(?:购置(?:仪器)?设备费|试制设备费|设备改造与租赁费|(?:仪器)?设备费|材料费|测试化验(?:加工|检测)?费|燃料动力费|出版\/文献\/信息传播\/知识产权事务费|国际合作与交流费|专家咨询费|其[他它]?间接费用|间接费用)(?:\([^()]{1,12}\))?$/;
/**
 * The standard items of the economic classification of spending (政府支出经济分类) and the
 * functional classes (类) of the budget: spending by type or by function, which are figures of
 * the department, never tasks.
 */
const CLASSIFICATION = new Set([
  '基本工资',
  '津贴补贴',
  '奖金',
  '伙食补助费',
  '绩效工资',
  '机关事业单位基本养老保险缴费',
  '职业年金缴费',
  '职工基本医疗保险缴费',
  '公务员医疗补助缴费',
  '其他社会保障缴费',
  '住房公积金',
  '医疗费',
  '其他工资福利支出',
  '办公费',
  '印刷费',
  '咨询费',
  '手续费',
  '水费',
  '电费',
  '水电费',
  '邮电费',
  '取暖费',
  '物业管理费',
  '差旅费',
  '维修费',
  '维修(护)费',
  '维护费',
  '租赁费',
  '会议费',
  '培训费',
  '专用材料费',
  '被装购置费',
  '专用燃料费',
  '劳务费',
  '委托业务费',
  '工会经费',
  '福利费',
  '其他交通费用',
  '税金及附加费用',
  '离休费',
  '退休费',
  '退职(役)费',
  '抚恤金',
  '生活补助',
  '救济费',
  '医疗费补助',
  '助学金',
  '奖励金',
  '个人农业生产补贴',
  // 资本性支出 (310)
  '房屋建筑物购建',
  '办公设备购置',
  '专用设备购置',
  '基础设施建设',
  '大型修缮',
  '信息网络及软件购置更新',
  '物资储备',
  '公务用车购置',
  '其他交通工具购置',
  '文物和陈列品购置',
  '无形资产购置',
  '一般公共服务',
  '外交',
  '国防',
  '公共安全',
  '教育',
  '科学技术',
  '文化旅游体育与传媒',
  '文化体育与传媒',
  '社会保障和就业',
  '卫生健康',
  '医疗卫生与计划生育',
  '节能环保',
  '城乡社区',
  '农林水',
  '交通运输',
  '资源勘探工业信息等',
  '商业服务业等',
  '金融',
  '自然资源海洋气象等',
  '住房保障',
  '粮油物资储备',
  '灾害防治及应急管理',
  '债务付息',
  '其他',
  '工资福利',
  '商品和服务',
  '对个人和家庭的补助',
  '资本性',
  '对企业补助',
  // a public hospital's costs by kind (医院会计制度: 医疗业务成本, 财政项目补助支出, 科教项目支出, 管理费用), the hospital's
  // spending by type, as the economic classification is a unit's
  '医疗业务成本',
  '医疗成本',
  '财政项目补助支出',
  '科教项目支出',
  '管理费用',
]);

/**
 * The functional classification as final accounts write it: the class, kind and item in brackets
 * ("一般公共服务(类)政府办公厅(室)及相关机构事务(款)行政运行(项)") or the item after its 3-, 5- or
 * 7-digit code ("2010301行政运行", "213 农林水支出"). Spending of the unit by function, never a task. So is the economic
 * classification after its code ("30226劳务费", "50201办公经费"). The codes' classes are 101–110 (income), 201–234 (spending by
 * function), 301–310 and 501–599 (by economic kind): a hotline's number opening a name ("12345热线运维经费") is none.
 */
const FUNCTION_CLASS = /\((?:类|款|项)\)|^(?:1[01]|2[0-3]|3[01]|5\d)(?:\d|\d{3}|\d{5})(?!\d)\s*[\u4e00-\u9fff]/;
/**
 * Rows of a project table that split its money by source, not by task: this year's allocation,
 * the carry-in and the unit's own money ("其中:当年财政拨款", "上年结转资金", "财政拨款资金").
 */
const FUND_ROW =
  /^(?:当年|本年|本年度|上年|上年度|年初)?(?:财政拨款(?:资金)?|财政资金|财政专户管理资金|结转(?:结余)?资金|结余资金|单位(?:自有)?资金|社会投入资金|银行贷款)$/;
/**
 * One of a government's budget accounts, with what it includes in brackets ("一般公共预算(含一般债券)", "政府性基金预算"):
 * where money came from, never a task.
 */
const BUDGET_ACCOUNT = /^(?:一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算)(?:\([^()]{1,16}\))?$/;
/**
 * Several kinds of money or items lumped under 等 ("土地出让金、基础设施配套费等资金", "会议费、培训费等经费"): no one item
 * holds the amount.
 */
const LUMPED = /、[^、]{1,20}等(?:资金|经费|费用|收入)$/;

/** How money was paid (国库集中支付 by 直接支付 / 授权支付), a split of spending, not a task. */
const PAYMENT_METHOD = /^(?:财政)?(?:直接支付|授权支付|国库集中支付|集中支付|自行支付)$|^(?:现金|转账|银行转账|公务卡)(?:支付|结算)?$/;
/**
 * Money split by period (一季度 / 上半年 / 3月, the year's own or the last: "上年第四季度", "当年1-4季度"), by change (追加 /
 * 调减) or by when a grant came against this one ("其中提前下达1394万元,此次下达102万元": 提前, 此次, 预拨, 清算), not by task.
 * (A numbered batch, 第一批 / 第二批, is left a row, as an earlier round chose, though a blind labeller named one no task.)
 */
const PERIOD_OR_CHANGE =
  /^(?:(?:上年度?|当年|本年度?)?(?:第?[一二三四1-4](?:[-—~至][一二三四1-4])?季度|上半年|下半年|前[一二三1-3]季度|[一二三四五六七八九十\d]{1,2}(?:[-—~至][一二三四五六七八九十\d]{1,2})?月份?)|(?:追加|调减|调增|调整|追减|压减|收回)(?:预算|资金|经费)?|(?:提前|此次|本次|预拨|清算)(?:下达|下拨|拨付|安排)?(?:资金|经费|数)?)$/;
/** Money named by its budget status only ("预算内资金", "新增资金", "存量资金"). */
const FUND_STATUS = /^(?:预算内|预算外|新增|存量|增量|盘活|结转)(?:资金|经费)?$/;
/**
 * Money left over from a project or a year and used again ("A项目结余资金0.4万元", "2022年B工程结转资金"): where the money
 * of an allocation came from, listed under its 资金来源, no item the money went to.
 */
const FUND_LEFT_OVER = /(?:结余|结转|结转结余|结余结转)(?:资金|经费)$/;
/** Spending split by the kind of unit that spent it (机关运行经费: 行政单位 / 事业单位). */
const UNIT_KIND = /^(?:行政|事业|参公|参照公务员法管理|行政参公|行政事业|企业|机关)(?:事业)?单位$/;

/** A rate of giving's unit alone where a name would stand: 每人, 每户, 每亩, 每生每天. */
const PER_UNIT_NAME = /^(?:每[\u4e00-\u9fff]{1,2}){1,2}$/;

/**
 * Kinds of projects, not projects: the budget system's classes (人员类 / 运转类 / 特定目标类项目),
 * 常年性 / 一次性项目, 业务类 / 基建类项目; the kinds of government procurement (货物 / 工程 / 服务); and the budget's stage
 * that brought the projects in (年初预算批复的项目, 年中追加项目, 续建项目, 上年结转项目: "其中:年初预算批复的项目1个,项目资金
 * 50000元,年中追加项目3个,…" counts the unit's projects by when they came).
 * A fund's categories of projects with money of their own (衔接资金's 产业发展类项目 / 基础设施类项目, "…28个,安排资金
 * 5,930万元,已支出5,712.36万元") are its sub-items' lines (convention 7), and stay rows.
 */
const KIND_OF_PROJECT =
  /^(?:人员|运转|公用|其他运转|特定目标|业务|基建|常年|常年性|一次性|经常性|延续性|新增|专项业务)(?:类|性)?(?:项目|支出|经费)$|^(?:货物|工程|服务)(?:类|采购)?$|^(?:年初(?:预算)?(?:批复|安排)?|年中(?:预算)?(?:追加|新增|调整)|追加|新建|续建|在建|新开工|(?:上年|以前年度)?结转(?:结余)?)的?项目$/;

/**
 * Splits of a total by who or what, not by task: people (在职人员 / 退休人员), the unit and its
 * sub-units (机关 / 下属单位), a budget class named bare (人员类 / 公用类), running versus
 * special business (正常运转 / 专项业务, 日常运转 / 重点工作), procurement or not, kinds of assets.
 */
const GENERIC_SPLIT =
  /^(?:(?:在职|离休|退休|离退休|在编|编外|临聘|聘用)(?:人员|职工|干部)?|机关|本单位|本级|下属单位|所属单位|二级单位|下级单位|[^\s]{1,3}类|(?:正常|日常)运转|专项业务|重点工作|(?:非)?政府采购|(?:固定|无形|流动)?资产)$/;

/**
 * Projects named by qualifiers only ("重点项目", "本年度项目", "上年结转项目", "项目经费", "全部项目", a level's "镇本级项目", and an older budget
 * template's "部门专项项目", its name for 项目支出): a total over the unit's projects, stated beside them, not one of them.
 */
const GENERIC_TOTAL =
  /^(?:本年度?|当年|上年|全年|年度|全部|所有|其他|重点|主要|新增|续建|结转|部门|单位|(?:省|市|县|区|州|旗|镇|乡|街道|机关)?本级|各类?|各项|财政|预算|专项|民生|转移支付)*(?:项目|经费|资金|支出|专项)(?:经费|资金|支出)?$/;

/**
 * The unit's own spending by nature, named with the unit before it ("其中:本局基本支出480.5万元,本局项目支出…",
 * the cue 支出 read off): a split of the unit's spending, no task.
 */
const OWN_SPENDING_CLASS = /^(?:基本|项目|人员|公用|日常公用|工资福利|商品和服务|资本性)(?:支出|经费)?$/;
/** Totals and connectives standing where a name should be. */
const NOT_A_NAME =
  /^(?:合计|总计|小计|总额|共计|累计|总共|一共|其中|全年|年度|本年|上年|项目|资金|金额|预算|余额|剩余|结余资金|其他|其它|(?:该|本|此|上述|以上)(?:类|个|项|子|笔)?(?:项目|工程|任务|经费|资金|款项))$/;
/**
 * The time money is counted to, with the word that sums it ("目前共支付资金300万元", "截至目前累计支出…", "今年已拨付…"): the
 * whole of the money so far, which a list's items are parts of, never an item's name.
 */
const TIME_TOTAL = /^(?:截至|截止|到)?(?:目前|当前|至今|现在|今年|本年度?|全年|当年|年度|年底|年末)(?:共|共计|合计|累计|已经?|总共|一共)?$/;
/**
 * Two or more projects named in turn, each whole ("医疗设备购置项目、重点专科建设项目、人才引进项目,预算资金共计850万元"): the
 * money after them is theirs together, a total, never one task's. (A name sharing one 项目 among its parts, "东村、西村道路项目",
 * is one project.)
 */
const SEVERAL_PROJECTS = /^[^、]{2,}(?:项目|工程)(?:、[^、]{2,}(?:项目|工程))+$/;
/** Projects counted by the grade their evaluation gave ("21个项目评为一等", "0个项目被评为二等"): a class of projects, no one project. */
const PROJECTS_GRADED = /\d+\s*个(?:项目|子项目)(?:被)?评(?:为|定为)/;
/** What joins names written in turn before one amount: "平安区、循化县", "A项目和B项目". */
export const NAME_JOINER = /[、和及与]/;
/**
 * Names joined, then 各 before the money ("平安区、循化县各100万元", "A项目和B项目各50万元"): the amount is each one's, so
 * the words before it name no one item that holds it.
 */
const EACH_OF_SEVERAL = new RegExp(`${NAME_JOINER.source}.{1,30}各$`);
/**
 * The rest of the items, gathered ("其余零星项目支出合计42.80万元", "其他小额项目"): what the listed items leave of a whole,
 * never one task. (A bare 其他项目 may head a table's own row, and stays for the readers to judge.)
 */
const REST_OF_ITEMS = /^(?:其余|剩余)|^(?:其他|其它)(?:零星|零散|小额)/;
/**
 * A class of money's words cut before its part ("本年支出中项目支出48.61万元": 支出中 + 项目, the 支出 the cue): "among the
 * spending", a connective into a split of the unit's money, never an item's name (支出中心 / 预算中期: a centre, a mid-term).
 */
const AMONG_A_CLASS = /^(?:本年|全年|年度|当年)?(?:支出|收入|预算|决算)中(?![心间期标央])/;
/** A name referring back to the items listed before it ("以上4个重点项目共", "上述项目"): their total, never one of them. */
const BACK_REFERENCE_NAME = /^(?:以上|上述|前述)(?!级)/;
/** Clauses about changes and shares carry their own numbers; a name never contains them. */
/** (占 a share's: 占比, 占全年…, 占项目支出…; a work's 占补平衡 or 占用林地 is a name's word) */
const CLAUSE_WORDS = /占(?:比|全|总|年|本|预算|项目|部门|支出|资金|\d)|比上年|较上年|同比|增加|减少|增长|下降|其中|合计|总计/;
/**
 * The items (项) of the functional classification that final accounts break spending into, and
 * any residual 其他… line: spending of the unit by function, never a task. A 其他… that ends with
 * 工程 / 项目 ("其他路域环境提升工程"), or with the fund of its works ("其他重点防洪工程补助资金"), names works, as
 * no item of the classification does.
 */
/**
 * A whole budget (一般公共预算 / 政府性基金 / 国有资本经营 / 社会保险基金 / 财政专户) and its total, as a
 * government's execution lists them ("1.一般公共预算总支出…;2.政府性基金预算总支出…;3.财政专户支出…"), or
 * a class of the unit's spending beside 基本支出 and 项目支出 (事业单位经营支出, 上缴上级支出, 对下级单位补助支出):
 * totals of the accounts, named with their 支出 cut off as the cue, never tasks.
 */
// (every fund but the appropriation: a government's four budgets and its 财政专户, by any of their names)
export const BUDGET_OR_ACCOUNT_CLASS = new RegExp(
  `^(?:${fundNames((f) => f.kind !== 'appropriation')}(?:总|本级)?|(?:事业单位)?经营|上缴上级|对(?:下级|附属)单位补助)$`,
);
/**
 * The kinds (款) of the functional class 一般公共服务 (201) that a government's execution lists under it
 * ("1、人大事务支出…", "政府办公室及相关机构支出…"): spending by function, never tasks.
 */
const GENERAL_SERVICE_KIND =
  /^(?:人大|政协|发展与改革|统计信息|财政|税收|审计|人力资源|纪检监察|商贸|知识产权|民族|档案|民主党派及工商联|群众团体|组织|宣传|统战|对外联络|其他共产党)事务$|^(?:政府|党委)办公(?:厅|室)(?:\(室\))?及相关机构(?:事务)?$/;
/**
 * What an item is, stated as a label and its value between the item's name and its cued amount ("资金来源为县级财政资金",
 * "实施单位为县水务站", "主管部门:县水利局"): an attribute of the item, neither a name nor a measure. The labels an item's
 * attribute is stated under:
 */
const ITEM_ATTRIBUTE_LABELS = [
  '资金来源',
  '资金性质',
  '实施单位',
  '实施主体',
  '主管部门',
  '责任单位',
  '项目类型',
  '项目类别',
  '项目性质',
  '实施地点',
  '建设地点',
  '实施期限',
  '实施周期',
  '建设周期',
];
/** One attribute clause: "资金来源为县级财政资金". */
export const ITEM_ATTRIBUTE = new RegExp(`^(?:${ITEM_ATTRIBUTE_LABELS.join('|')})(?:为|是|:)[^,;:。\\d]{1,30}$`);
/**
 * An attribute in brackets right after the name, "A项目(主管部门:县住建局)" (an evaluation notice's items, each with the
 * department answering for it): the item's attribute, no part of its name.
 */
const ATTRIBUTE_IN_BRACKETS = new RegExp(`\\s*\\((?:${ITEM_ATTRIBUTE_LABELS.join('|')})(?:为|是|:)[^()]{1,30}\\)$`);
/** The attribute clauses after an item's name, each after its comma: ",资金来源为中央补助,实施单位为县一中". */
export const TRAILING_ATTRIBUTES = new RegExp(`(?:,\\s*(?:${ITEM_ATTRIBUTE_LABELS.join('|')})(?:为|是|:)[^,;:。\\d]{1,30})+,?\\s*$`);

/**
 * What the name of an unnumbered item ends with: a project, a work or a fund for a purpose (any 资金: "…项目资金",
 * "…奖励扶助资金"; a fund named by its source, 中央资金 / 其他资金, is refused before this is asked), perhaps with its phase
 * or stage in brackets after it ("…生态修复工程(二期)", "…道路工程(续建)").
 */
/** The words of a grant a name may end with: "…计划补助", "…学生资助", "…综合奖补". */
export const GRANT_WORDS = '补贴|补助|奖补|资助';
export const PROJECT_NAME = new RegExp(
  String.raw`(?:项目|工程|工作|经费|费用|专项|资金|${GRANT_WORDS})(?:\((?:[一二三四五六七八九十\d]{1,2}期|续建|新建|扩建|改建)\))?$`,
);
const FUNCTION_ITEM =
  /^(?:行政运行|一般行政管理事务|机关服务|事业运行|行政单位离退休|事业单位离退休|(?:行政|事业)单位医疗|公务员医疗补助|机关事业单位(?:基本养老保险|职业年金)缴费|住房公积金|购房补贴|提租补贴|死亡抚恤|其他(?!.*(?:工程|项目)(?:补助|补贴|专项|建设)?(?:资金|经费)?(?:\([^()]{1,30}\))?$).+)$/;
/** Government procurement by kind (政府采购货物 / 服务 / 工程支出), a figure of the final accounts. */
const PROCUREMENT = /^政府采购(?:货物|服务|工程)/;
/**
 * A measure standing where a name should be ("预算执行率", "资金到位率", "支出进度"), the report's or
 * the unit's own ("2023年本部门年初预算数、全年预算数分别为…" lists figures, not tasks).
 */
const MEASURE_WORD =
  /(?:率|进度|比例)$|^(?:\d{4}年度?)?(?:本|该|我)?(?:部门|单位|项目)?(?:年初|全年|年度|调整后?|实际)?(?:预算|执行|决算|支出|完成)(?:数|金额|资金)?$/;
/**
 * A purchase's price where the name should end ("A服务项目中标价格为29.8万元", "B工程合同金额"): what a contract binds the
 * unit to pay, set by the procurement, neither a budget of the item's nor money spent on it.
 */
const PRICE_WORD = /(?:中标|成交|合同|签约|结算|审定|招标控制)(?:价格?|金额|价款|总价)为?$/;
/** Indicator rows of performance tables (产出指标 / 数量指标 …). */
const INDICATOR = /指标$/;
/**
 * Money allocated to an organisation or a place ("其中:A镇10万元,B街道20万元"): a transfer to a
 * recipient, not a task, whatever the recipient then does with it.
 */
// ("送戏下乡", "法律进社区": an activity taken to places, not a place)
// ("国税部门完成22891万元;地税部门完成28659万元": the agencies that collected a revenue, not tasks)
// ("美丽乡村", "数字乡村", "文化进乡村": 乡村 is the countryside, no village)
// ("其中,国家发改委安排资金25439万元,省发改委安排资金47072万元": the bodies that granted the money, by the short
// names of commissions, 发改委 / 卫健委 / 教委, are no tasks either)
// (an Inner Mongolian township, 苏木, and village, 嘎查, are a 乡 and a 村)
const RECIPIENT =
  /(?:省|市|县|区|旗|(?<![下进])(?:镇|乡|社区)|(?<![下进乡])村|街道|苏木|嘎查|居委会|局|部门|委员会|委|办公室|学校|小学|中学|幼儿园|医院|卫生院|公司|合作社|协会)$/;
/**
 * The stage of schooling an education fund's item serves, written after a dash ("家庭经济困难学生生活补助-小学",
 * "公用经费—初中"): the item's qualifier, not a school it is paid to (a recipient names its school: "青山小学").
 */
const SCHOOL_STAGE_AFTER_DASH = /(?<=[\u4e00-\u9fff]{4})\s*[-—–]\s*(?:小学|初中|普通高中|高中|中学|中职|学前|幼儿园|特殊教育)$/;
/**
 * A place named for itself ("甲镇", "西坪村", "石家庄市", "东城街道"): a fund divided among places lists them as its items,
 * each a line of money as any item is (convention 7), where the report names no item of its own that they would break
 * down (places.ts). Not a kind of place (乡镇, 城区, 示范村, 开发区), a place by its level alone (县, 本市) nor every place
 * (各乡镇, 全县, 所属街道): those name no one item.
 */
const NAMED_PLACE =
  /^(?!各|全|本|我|该|其他|其它|所属|下辖|相关|有关|部分|重点|贫困|脱贫)[\u4e00-\u9fff]{1,12}(?:省|市|县|区|旗|镇|乡|村|街道|社区|苏木|嘎查)$/;
/** Kinds of place, words that say what sort of place (乡镇, 城区, 示范村, 开发区 …), and a level alone. */
const KIND_OF_PLACE =
  /^(?:省|市|县|区|旗|镇|乡|村|街道|社区|外省|外市|外县|邻县|(?:乡镇|区县|县区|县市区|市县|市区|城区|县城|城镇|农村|城乡|山区|景区|园区|开发区|高新区|新区|辖区|灾区|牧区|库区|林区|矿区|片区|小区|校区|郊区|行政村|自然村|重点村|示范村|中心村|试点村|脱贫村|贫困村|集镇|老区|边境县)|[\u4e00-\u9fff]{0,6}(?:示范|试点|重点|中心|美丽|特色|精品|宜居)(?:村|镇|乡|社区|县|区))$/;

/** Whether a name is a place named for itself (NAMED_PLACE), the items of a fund divided among places. */
export function namedPlace(simplified: string): boolean {
  const n = simplified.replace(/\s/g, '');
  return RECIPIENT.test(n) && NAMED_PLACE.test(n) && !KIND_OF_PLACE.test(n);
}
/**
 * A school or a hospital named for itself after its place ("甲市玉泉小学", "乙县第二中学", "丙镇中心卫生院"): one of the
 * institutions a fund is divided among, an item as a place is. Not a kind of them (城区学校, 乡镇卫生院, 县级医院: the place's
 * own name comes first, and something of the institution's own between it and what it is).
 */
// (a place's cultural venues too, named after it directly: 甲区图书馆, 甲区乙镇综合文化站, the 三馆一站 a fund keeps open)
const NAMED_INSTITUTION =
  /^(?!各|全|本|我|该|其他|其它|所属|下辖|相关|有关)[\u4e00-\u9fff]{1,6}(?:市|县|区|旗|镇|乡)(?:[\u4e00-\u9fff]{1,10}(?:学校|小学|中学|幼儿园|医院|卫生院)|[\u4e00-\u9fff]{0,10}(?:图书馆|文化馆|美术馆|博物馆|纪念馆|文化站))$/;
/** Whether a name is an institution named for itself after its place (NAMED_INSTITUTION), an item a fund is divided among. */
export const namedInstitution = (simplified: string): boolean => NAMED_INSTITUTION.test(simplified.replace(/\s/g, ''));
/**
 * Places or households of a kind counted, then the fund they share ("贫困乡1个奖补资金", "贫困行政村42个奖补资金", "脱贫户120户补助资金"):
 * the money for a class of recipients (the fund split by kind), no one task; the places themselves, when named, are.
 */
const PLACES_OF_A_KIND_COUNTED = /^[\u4e00-\u9fff]{0,6}(?:乡|镇|村|社区|县|户)\d+(?:个|户)(?:奖补|补助|奖励|扶持|专项)?(?:资金|经费)$/;
/** Who collected a revenue ("其中,国税完成11765万元;地税完成14796万元"): the revenue's parts, no tasks. */
const COLLECTOR = /^(?:国税|地税|税务|财政|海关)(?:部门|局|系统|机关)?$/;
/** A tax ("增值税", "城市维护建设税", a revenue table's rows): revenue collected, never money spent on a task. */
const TAX = /^[\u4e00-\u9fff]{1,8}税(?:收入)?$/;
/** Words that end a heading or a field label ("完成情况", "年度目标"), not a task's name. */
// "预算执行方面:", "资金管理方面:": an aspect the text goes on to report, not an item with money of its own
// (措施 after 工程 / 生物 / 植物 names works built, a project's name: "山洪灾害防治非工程措施", "水土保持工程措施")
// (原因: "自评发现的主要问题及原因:一是…", the heading of the problems found and why)
const HEADING_WORD = /(?:情况|目标|说明|分析|概况|如下|依据|标准|原则|方式|(?<!工程|生物|植物)措施|成效|问题|原因|建议|要求|方面)$/;
/**
 * The words that introduce a list and end before its colon ("乡镇支出从大到小排序为:甲乡支出进度91.5%;…"):
 * the list's heading, whose first item's amount follows it, never a name.
 */
const LIST_INTRO = /(?:排序|排列|排名|依次|分别|具体|主要|明细|分布)(?:情况)?(?:为|是)$/;
/** How a split is introduced ("从部门看:县水利局支出…", "分乡镇看", "按乡镇分"): the split's heading, never a name. */
const SPLIT_INTRO = /^(?:(?:从|分)[\u4e00-\u9fff]{1,6}(?:看|来看)|按[\u4e00-\u9fff]{1,6}分)$/;
/**
 * A score or a grade standing where a name should be ("(一)自评得分:96.8分", "(二)自评等级:优", "项目总分"): the
 * evaluation's result, its own figure or a part's sub-score, never a task with money.
 */
// (a project's or a unit's heading of its result, "(三)项目绩效自评结果:", "(四)绩效自评:", names the whole it is
// about first: the evaluation still, never a task)
// (…自评结果为 / 评价结论是, the result's words and their verb: "非敏感涉密项目绩效自评结果为:21个项目评为一等…", what the results
// of a class of projects were, whatever names the class)
const SCORE_WORD =
  /(?:得分|总分|评分|分值|分数|等级|等次)$|^(?:项目|部门|单位|整体|支出)*(?:自评|评价|绩效|考核|综合|评定)+(?:结果|结论)$|^(?:项目|部门|单位|整体|支出)*(?:绩效)?自评$|(?:自评|评价|考核|评定)(?:结果|结论)(?:为|是)$/;
/**
 * An aspect of the project's money standing where a name should be ("2.资金到位:实际到位资金120万元", "3.资金使用:…
 * 使用率96.5%", "预算执行:"): a field of the report's own funds, not an item with money of its own.
 */
const FUNDS_ASPECT = /^(?:项目)?(?:资金|预算|经费)(?:计划|到位|使用|拨付|支付|支出|执行|下达|安排|申报|批复|管理|投入|结余|结转)$/;
/** A form's field label left as the name when its value was cut away ("项目名称:" on a line of its own). */
// (and the words columns of a task table, "对应项目" / "主要内容", when a row's cells slid under the name's column)
const FIELD_LABEL =
  /^(?:项目|任务|资金|专项|单位|部门)?名称$|^(?:主管部门|实施单位|项目单位|项目负责人|联系人|填报单位)$|^(?:对应|所属|具体)项目$|^(?:主要|任务|工作|项目|实施)内容$/;
/** A row's label in a form ("任务1", "项目2", "子项目三"): a number standing for a name given elsewhere. */
const PLACEHOLDER = /^(?:子?项目|任务|工作|指标)\s*[\d一二三四五六七八九十]{1,2}$/;
/** A unit of money alone, cut from its amount by a line break: no name. */
const MONEY_UNIT_ALONE = /^(?:万元|元|亿元|千元|万|亿)$/;
/**
 * The unit's projects counted together ("我局共有项目", "全年共实施财政项目", their count cut off as a tail): the
 * sentence states the total of all the projects, no one of them ("共有产权住房项目" names one: a qualifier of
 * projects, not any word, may stand between the count's verb and 项目; so may the money they are projects of:
 * "共安排衔接资金项目", "累计实施扶贫资金项目"; and the unit itself may count them, "2022年我镇实施衔接资金项目3个"; the
 * count may stand before them too, "2022年度共实施2个项目,总预算140万元").
 */
const PROJECTS_COUNTED =
  /(?:共|总共|一共|累计|^(?:\d{4}年度?)?(?:本|我)(?:单位|部门|局|镇|乡|街道|县|区|市|中心|院|校))(?:有|实施|开展|安排|涉及|申报|设立|计|完成)了?(?:[\d一二三四五六七八九十两]{1,3}\s*个)?(?:财政|专项|重点|预算|绩效|自评|支出|建设|[\u4e00-\u9fff]{0,8}(?:资金|经费))?项目$/;
/** A count of projects left alone when the words before it were stripped as connecting words ("共实施12个项目" → "12个项目"). */
const PROJECTS_COUNT_ALONE = /^[\d一二三四五六七八九十两]{1,3}\s*个(?:[\u4e00-\u9fff]{0,6}(?:资金|经费)|财政|专项|重点|子)?项目$/;
/** A unit's name and a year opening a name ("青山县某镇人民政府2023年度…"), the unit whose money the words after it name. */
const UNIT_YEAR_LEAD = /^[\u4e00-\u9fff]{2,30}?(?:人民政府|政府|办事处|委员会|局|中心)\s*\d{4}\s*年度?/;
/** The unit's whole income or spending as accounts state it ("收入决算总计", "支出决算", "本年收入预算"): no task. */
const UNIT_ACCOUNT = /^(?:本年|全年|年度)?(?:收入|支出)(?:决算|预算)(?:数|合计|总计|总额)?$/;
/** Money moved between budgets or levels ("调入一般公共预算2009万元", "上缴上级支出"): a transfer, not a task. */
const TRANSFER = /^(?:调入|调出|调剂|上缴|划转|转入|转出)/;
/**
 * A date or a year is not a name ("2022年", "2023年1-6月"), nor is one with the words that place money in time around it
 * ("截至20191231日", "20181130日提前": a copy that lost the date's 年 and 月, the batch granted in advance).
 */
const DATE_ONLY = /^(?:截至|截止到?|到)?[\d年月日度\-~至]+(?:底|末|止|前|提前)?$/;

/** Pinyin glosses some mirror sites insert after a character ("下達(dá)"): not part of any word. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gi;
/** The same glosses in a name as written: lower-case syllables only, so that "(PPP)" stays. */
const WRITTEN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g;

/**
 * A name without the pinyin a mirror site put after its characters ("城鄉環(huán)境" → "城鄉環境"), and
 * without the space a PDF draws between a number and the Chinese character after it ("【2020】83 号文"
 * → "【2020】83号文") or before it ("第 10批", "补助 18个": the gap an office suite leaves between Western and Asian
 * text, no space of the name).
 */
export function withoutGlosses(name: string): string {
  return name.replace(WRITTEN_GLOSS, '').replace(/(\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)/g, '$1');
}

/**
 * A report's title run into the first item's name: text pasted without a blank line after the
 * title joins "…部门整体支出绩效自评报告" and "城乡环境整治项目预算…" into one sentence.
 */
const TITLE_BEFORE = /^.{2,60}?(?:自评报告|评价报告|绩效报告|情况说明|公开说明|自评表)(?=.{2,})/;
/**
 * The unit calling itself, perhaps after the year, before the name it gives its project ("2023年我局农村公路养护项目预算…",
 * "本局客运站改造工程"): the sentence's subject, no word of the name (only before a name of four characters or more that
 * names a project, a works or a fund, so "本局基本支出" is left to be refused as the unit's own spending).
 */
const OWN_UNIT_BEFORE_NAME = new RegExp(
  `^(?:\\d{4}\\s*年度?\\s*,?\\s*)?${OWN_UNIT_WORDS}(?=[\\u4e00-\\u9fff“”"()]{4,}(?:项目|工程|经费|专项|资金)$)`,
);

/** A count of the unit's projects: "共有3个项目", "共5个专项项目" (what a run-in first item's number follows). */
export const PROJECTS_COUNT = String.raw`(?:共|共有|总共|一共|累计)\s*\d{1,3}\s*个(?:财政|专项|预算)?(?:子项目|项目)[,:]?`;

/**
 * A sentence counting the unit's projects run into the first item, its line break lost: "(一)青山县园林处2022年度共有3个
 * 项目1、古树保护项目:预算…" names 古树保护项目 after its number, not the count before it.
 */
const PROJECTS_COUNTED_BEFORE = new RegExp(String.raw`^.{0,60}?${PROJECTS_COUNT}\s*(?=(?:1|一)\s*[、.])`);

/** A total's label cut before its last character by a narrow column's wrap: 部门预算总(额), 年度资金总(额), 收入合(计). */
const CUT_TOTAL = /(?:预算|资金|支出|收入|经费|项目)(?:总|合)$/;

/**
 * A level's funds after a project's name ("A项目中央衔接资金80万元", "B工程省级补助资金…"): where the money came from, no part
 * of the name (a level inside a name, "省级示范项目", stays: only after 项目 / 工程 does it start the source).
 */
const LEVEL_FUNDS_AFTER_PROJECT =
  /(?<=[\u4e00-\u9fff]{2}(?:项目|工程))(?:中央|省级|市级|州级|县级|区级|本级|上级|省|市|县)(?:财政)?[\u4e00-\u9fff]{0,8}?(?:资金|补助|经费)$/;

/**
 * The allocation's word and its copula between a name and its amount ("A专项经费指标为36万元", "B专项指标16万元", "C资金为12万元"):
 * 指标 is the quota the amount is, 为 joins it, neither a word of the name; only after a fund's or a project's word (考核指标 is an
 * indicator, 行为 a word of its own, and 预算合计为 a total's words, which the name is refused for).
 */
const QUOTA_BEFORE_AMOUNT = /(?<=[\u4e00-\u9fff)]{2}(?:专项|经费|资金|项目|补助|补贴|工程))(?:指标\s*(?:为|是)?|为)$/;

/** A dash set between a name and its money ("A项目——年初预算80万元"): punctuation, no part of the name. */
const TRAILING_DASH = /\s*(?:——|—|--|-|－|~)+\s*$/;
/** The project as the aspect a sentence turns to ("A项目方面,年初预算…"): 方面 is no word of its name. */
const ASPECT_AFTER_PROJECT = /(?<=[\u4e00-\u9fff”)]{2}(?:项目|工程))方面$/;
/** The project set in a frame of 在 … 上 / 方面 / 中 ("在A项目上,投入资金…"): the frame is no word of its name. */
const FRAMED_PROJECT = /^在([\u4e00-\u9fff“”()]{2,}?(?:项目|工程))(?:上|方面|中)$/;
/** A frame of 在 … 上 / 中 left round what is no project once cleaned ("在资金使用上", "在该项目上"): an aspect, not a name. */
const ASPECT_FRAME = /^在.+(?:上|中)$/;

/** A square bracket closing a name that opened none ("春节防火宣传]", a cell's stray mark): no part of it. */
const STRAY_CLOSING_BRACKET = /(?<=^[^[【]*)[\]】]$/;

/** Strips numbering, connecting words, trailing joiners and units; the rest stays as written. */
export function cleanName(raw: string): string {
  let name = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TITLE_BEFORE, '')
    .replace(PROJECTS_COUNTED_BEFORE, '')
    .replace(OWN_UNIT_BEFORE_NAME, '');
  for (let i = 0; i < 3; i++) {
    const before = name;
    name = name
      .replace(NUMBERING, '')
      .replace(ITEM_LABEL, '')
      .replace(LEAD_WORDS, '')
      .replace(LIST_SUBJECT_BEFORE, '')
      .replace(CODE_PREFIX, '')
      .replace(DOCUMENT_GRANT_BEFORE, '')
      .replace(LEAD_VERB, '')
      .replace(RUN_IN_SECTION, '');
    name = name
      .replace(TAIL_UNIT, '')
      .replace(NOT_DONE_AFTER_NAME, '')
      .replace(TAIL_WORDS, '')
      .replace(PARTS_COUNTED_AFTER, '')
      .replace(QUOTA_BEFORE_AMOUNT, '')
      .replace(WORK_DONE_AFTER_NAME, '')
      .replace(SECTION_AFTER_NAME, '')
      .replace(RESULT_AFTER_NAME, '')
      .replace(BACK_REFERENCE_AFTER_NAME, '')
      .replace(LEVEL_FUNDS_AFTER_PROJECT, '')
      .replace(TRAILING_DASH, '')
      .replace(STRAY_CLOSING_BRACKET, '')
      .replace(FRAMED_PROJECT, '$1')
      .replace(ASPECT_AFTER_PROJECT, '')
      .replace(ATTRIBUTE_IN_BRACKETS, '')
      .trim();
    if (name === before) break;
  }
  return QUOTED_WHOLE.exec(name)?.[1].trim() ?? name;
}

/**
 * A name set in quotes whole ("“甲地块土壤污染状况调查项目”(723万元)"): the quotes mark it as a name, and are no part of
 * it; quotes inside a name (农村文化活动(“送戏进万村”), “数说红河”展厅运维经费) are kept as written.
 */
const QUOTED_WHOLE = /^[“"]([^“”"]+)[”"]$/;

/**
 * The projects of one kind of money or spending together: a fund a unit's money may come from (FUNDS' paysUnits: the
 * appropriation, three of the budgets and the 财政专户, by any of their names), or a kind of spending, then 项目 / 经费 /
 * 资金 / 支出, perhaps as what that money's budget arranges ("本年一般公共预算财政拨款收入预算安排项目").
 */
export const PROJECTS_OF_ONE_KIND = new RegExp(
  `^(?:本年度?|当年)?(?:${fundNames((f) => f.paysUnits)}|政府采购|基本建设|专项业务|上级专项|本级专项)(?:财政拨款)?(?:收入)?(?:预算)?(?:安排)?的?(?:项目|经费|资金|支出)$`,
);

/** The words after a percentage that make it a rate of extraction, the share an item takes of a fund ("按1%提取"). */
const EXTRACTION_WORDS = '(?:的?比例)?(?:提取|计提|提留)';
export const EXTRACTION_VERB = new RegExp(String.raw`^\s*${EXTRACTION_WORDS}`);
/** A rate of extraction inside a name: "按1%提取项目管理费", "按3%计提工作经费". */
const EXTRACTION_RATE = new RegExp(String.raw`按\d+(?:\.\d+)?%(?=${EXTRACTION_WORDS})`, 'g');

/**
 * A bracket closing a name that says in words what the item takes in ("(如:高效种植,高效养殖、农产品加工等)", "(含A、B)"):
 * its commas and colon are the remark's, no clause run into the name. A bracket with a number in it may state an amount.
 */
const WORDED_REMARK_AT_END = /(?<=[\u4e00-\u9fff])\((?:如|含|包括|包含|主要(?:用于|包括)|用于)[^()\d]{1,40}\)$/;

/**
 * Why a cleaned name cannot be a task, or null when it can. `simplified` is the name in simplified
 * characters (rules match on it); the name returned to the user keeps the report's characters.
 */
/**
 * Words closing on a level reached ("村集体经营性收入首次突破", "…年收入超过"): the amount after them is an outcome, a threshold
 * passed, never a task's money.
 */
const LEVEL_REACHED = /(?:首次|累计|已经?|均)?(?:突破|超过|超出|达到)$/;

/** A name, then its other name in brackets as a class of spending or money ("工资福利支出(人员支出)"). */
const CLASS_ALIAS_AFTER = /^(.{2,})\(([^()]{2,12}(?:支出|经费))\)$/;
/** Why a name is refused that says it is a class of the unit's income or spending. */
const SPENDING_CLASS_REASONS = new Set(['income or spending category', 'spending classification', 'department spending']);
/** The unit's spending by nature, the two halves of its total. */
const UNIT_SPENDING_CLASS = /^(?:基本支出|项目支出)$/;

/** A section's number in brackets (一) to (十) after other words and before more, inside a name: a heading run into it. */
const SECTION_HEADING_INSIDE = /[\u4e00-\u9fff\d][(][一二三四五六七八九十]{1,2}[)][\u4e00-\u9fff]/;

/**
 * A document cited by its title, and its number perhaps, as the whole name ("《关于下达2018年…补助资金的通知》桂财社〔2018〕70号
 * 下达40万元"): the money is split by the notices that granted it, each a batch of the whole, no task. A work on a document
 * ("《某某规划方案》编制项目") and a book's title inside a project's name ("《某某志》编纂出版项目") go on past the title: names.
 */
const DOCUMENT_TITLE =
  /^《[^《》]{2,80}(?:通知|意见|办法|决定|批复|函|规定|方案|细则|公告|通报)》(?:[\u4e00-\u9fff]{0,8}[〔[(【]?\s*\d{4}\s*[〕\])】]?\s*\d{1,5}\s*号\)?)?$/;

export function refusal(simplified: string): string | null {
  const n = simplified.replace(PINYIN_GLOSS, '').replace(/\s/g, '');
  if (n.length < 2 || n.length > 60) return 'length';
  // (a rate of extraction is part of a name: "按1%提取项目管理费")
  // (and a remark in brackets closing it, its examples in words, is the name's own: "其他涉农产业项目(如:高效种植,高效养殖等)")
  const unremarked = n.replace(WORDED_REMARK_AT_END, '()');
  if (/[:;。%]/.test(unremarked.replace(EXTRACTION_RATE, ''))) return 'punctuation';
  // a comma inside is a clause run into the name ("基础设施建设项目3项,总资金"), not a name
  if (unremarked.includes(',')) return 'comma';
  // "分析(一)资金情况分析2021年我市…资金": a section's numbered heading inside, the lines of a page run together, not a name
  if (SECTION_HEADING_INSIDE.test(n)) return 'heading';
  if (DOCUMENT_TITLE.test(n)) return 'document';
  if (!/[\u4e00-\u9fff]/.test(n)) return 'no words';
  // "实际支出 90.1" / "万元,预算执行率…": a unit a line break cut from its amount is left where a name stands
  if (MONEY_UNIT_ALONE.test(n)) return 'unit';
  // "本年度我局共有项目4个,全年预算…" (the count cut off as the name's tail): the unit's projects together
  if (PROJECTS_COUNTED.test(n) || PROJECTS_COUNT_ALONE.test(n)) return 'total or connective';
  // "金寨县某镇人民政府2023年度下达上级资金转移支付": a unit and the year before what it received or gave; what is left,
  // once its verb is stripped, says whether that is a task ("…2023年度河道清淤项目") or the unit's money from a source
  const unitLead = UNIT_YEAR_LEAD.exec(n);
  if (unitLead) {
    const rest = cleanName(n.slice(unitLead[0].length));
    const why = rest && rest !== n ? refusal(rest) : null;
    if (why) return why;
  }
  // "工资福利支出(人员支出)", "项目支出(专项工作经费支出)": a class of the unit's spending with its other name in brackets is
  // that class (项目支出 alone is refused as the unit's total of its projects)
  const aliased = CLASS_ALIAS_AFTER.exec(n);
  if (aliased && (UNIT_SPENDING_CLASS.test(aliased[1]) || SPENDING_CLASS_REASONS.has(refusal(aliased[1]) ?? '')))
    return 'department spending';
  if (TRANSFER.test(n)) return 'transfer';
  if (UNIT_ACCOUNT.test(n)) return 'total or connective';
  if (DATE_ONLY.test(n)) return 'date';
  if (PLACEHOLDER.test(n)) return 'placeholder';
  if (NOT_A_NAME.test(n.replace(/^(?:\d{4}年度?|该|本|此)/, '')) || /(?:总额|合计|总计|小计)$/.test(n)) return 'total or connective';
  if (TIME_TOTAL.test(n)) return 'total or connective';
  if (LEVEL_REACHED.test(n)) return 'outcome';
  if (SEVERAL_PROJECTS.test(n) || EACH_OF_SEVERAL.test(n) || PLACES_OF_A_KIND_COUNTED.test(n) || PROJECTS_GRADED.test(n))
    return 'several projects';
  if (BACK_REFERENCE_NAME.test(n) || REST_OF_ITEMS.test(n) || AMONG_A_CLASS.test(n)) return 'total or connective';
  // "部门预算总" / "额": a total's label a narrow column wrapped before its last character
  if (CUT_TOTAL.test(n)) return 'total or connective';
  if (CLAUSE_WORDS.test(n)) return 'clause';
  if (FUNCTION_CLASS.test(n)) return 'spending classification';
  if (FUND_ROW.test(n) || BUDGET_ACCOUNT.test(n)) return 'funding source';
  if (LUMPED.test(n)) return 'several projects';
  if (PAYMENT_METHOD.test(n) || UNIT_KIND.test(n)) return 'split of spending';
  if (OWN_UNIT_LEAD.test(n) && OWN_SPENDING_CLASS.test(n.replace(OWN_UNIT_LEAD, ''))) return 'split of spending';
  // "我校所有预算项目资金及追加预算项目资金": the unit's own money, all of it, the whole the items would be parts of
  if (OWN_UNIT_LEAD.test(n) && /^(?:所有|全部|全年|整体|年度)/.test(n.replace(OWN_UNIT_LEAD, ''))) return 'total or connective';
  if (KIND_OF_PROJECT.test(n)) return 'kind of project';
  // "标准分别为每人380元、每人190元": a rate of giving names what it is given per, no task
  if (PER_UNIT_NAME.test(n)) return 'rate of giving';
  if (GENERIC_SPLIT.test(n)) return 'split of a total';
  if (GENERIC_TOTAL.test(n)) return 'total or connective';
  if (PERIOD_OR_CHANGE.test(n)) return 'period or change';
  if (FUND_STATUS.test(n) || FUND_LEFT_OVER.test(n)) return 'funding source';
  if (CATEGORY_END.test(n)) return 'income or spending category';
  if (FUND_SOURCE.test(n)) return 'funding source';
  if (BUDGET_OR_ACCOUNT_CLASS.test(n)) return 'total or connective';
  if (GENERAL_SERVICE_KIND.test(n)) return 'spending classification';
  // "中央、省生态环境督察工作经费": two levels joined by 、 qualify the work (the inspections), as one does
  const unYeared = n.replace(FUND_YEAR, '').replace(BATCH_OR_YEAR_AFTER, '').replace(SOURCE_AFTER, '');
  if (BARE_SOURCE.test(unYeared)) return 'funding source';
  if (
    LEVEL_FUND.test(unYeared) &&
    !WORK_FUNDS.test(unYeared.replace(LEVEL, '').replace(LEVEL_AFTER_COMMA, '')) &&
    !PURPOSE_IN_BRACKETS.test(unYeared)
  )
    return 'fund by level';
  if (LEVEL_FUND_PROJECTS.test(unYeared)) return 'fund by level';
  if (SOURCES_HEADING.test(n)) return 'funding source';
  if (FUND_KIND.test(unYeared)) return 'fund kind';
  // (an item written with 费用 for its 费: "办公费用", "差旅费用" are 办公费, 差旅费)
  if (CLASSIFICATION.has(n) || CLASSIFICATION.has(n.replace(/(?:支出|经费|费用)$/, '')) || CLASSIFICATION.has(n.replace(/费用$/, '费')))
    return 'spending classification';
  if (RESEARCH_COST_SUBJECT.test(n)) return 'spending classification';
  if (INDICATOR.test(n)) return 'indicator';
  if (MEASURE_WORD.test(n)) return 'measure';
  if (PRICE_WORD.test(n)) return 'price';
  if (FUNCTION_ITEM.test(n.replace(/(?:支出|经费|费用)$/, '')) || PROCUREMENT.test(n)) return 'spending classification';
  if (HEADING_WORD.test(n) || LIST_INTRO.test(n) || SPLIT_INTRO.test(n) || ASPECT_FRAME.test(n)) return 'heading';
  if (SCORE_WORD.test(n)) return 'score';
  if (FUNDS_ASPECT.test(n)) return 'field label';
  if (FIELD_LABEL.test(n)) return 'field label';
  if (RECIPIENT.test(n.replace(SCHOOL_STAGE_AFTER_DASH, '')) && !namedPlace(n) && !NAMED_INSTITUTION.test(n)) return 'recipient';
  if (COLLECTOR.test(n)) return 'revenue collector';
  if (TAX.test(n)) return 'tax';
  // "因公出国(境)", "公务用车购置": a “三公” item named without its 费 (its 支出 cut off as the cue)
  if (THREE_PUBLIC.test(n) || THREE_PUBLIC_ITEMS.some((i) => i.label.test(n) || i.label.test(`${n}费`))) return '三公';
  if (/^(?:人员经费|公用经费|日常公用经费|基本支出|项目支出|办公经费|机关运行经费|行政经费|(?:在职|离退休)人员?经费)$/.test(n))
    return 'department spending';
  // "在职人员基本工资、津贴补贴、…等人员经费", "办公费、印刷费、…等日常公用经费": the class named with what it holds
  if (/等(?:人员经费|(?:日常)?公用经费)$/.test(n)) return 'department spending';
  // the projects of one kind of money or spending together ("一般公共预算项目", "政府采购项目", "基本建设项目"),
  // perhaps counted ("10个一般公共预算项目")
  if (PROJECTS_OF_ONE_KIND.test(n.replace(/^[\d一二三四五六七八九十两]+(?:个|项)/, ''))) return 'total or connective';
  return null;
}

/** The word that opens the rows splitting a row's money by where it came from: "其中:财政资金", or 其中 alone in a row of its own. */
const SOURCES_LEAD = /^其中:?/;
/** Why a name is refused that says it names where money came from, not what it paid for. */
const FUNDING_REASONS = new Set(['funding source', 'fund by level', 'fund kind']);

/**
 * The label of a row under a project's row that splits its money by source ("其中:财政资金", "其他资金", "财政拨款",
 * "上级补助", or 其中 alone over them): 'lead' for 其中 alone, 'source' for a funding source, null for anything else.
 * Such rows are no tasks (convention 7): they say where the row above's money came from.
 */
export function fundingRowLabel(simplified: string): 'lead' | 'source' | null {
  const cell = simplified.replace(/\s/g, '');
  const rest = cell.replace(SOURCES_LEAD, '');
  if (!rest) return cell ? 'lead' : null;
  const why = refusal(cleanName(rest));
  return FUND_SOURCE.test(rest) || (why !== null && FUNDING_REASONS.has(why)) ? 'source' : null;
}

/**
 * "其中:中央财政农业生产发展资金" under a project's row: the part of that row's money one source gave, no project of its own,
 * though the fund, named bare under a project-name column, is one an evaluation notice lists (columnRefusal).
 */
export function splitBySource(simplified: string): boolean {
  const cell = simplified.replace(/\s/g, '');
  return SOURCES_LEAD.test(cell) && fundingRowLabel(cell) === 'source';
}

/**
 * A name run into its cue that reads as a category of income or spending: "基本支出预算", "教育支出",
 * "人员经费支出". "家庭医生签约服务支出" ends like a category too, but what precedes its 支出 is a
 * name of four characters or more that is no spending class: that is a task's spending.
 */
export function runIntoCategory(head: string, namePart: string): boolean {
  const whole = refusal(cleanName(head));
  if (!whole) return false;
  const name = cleanName(namePart);
  // "学生资助项目执行率": the whole reads as a measure only because a rate's cue ends it; a project's name before it
  // stands (not one that refers back to the report's own project or opens on a year: "2022年该项目执行率")
  if (
    whole === 'measure' &&
    /率\s*$/.test(head) &&
    name.length >= 4 &&
    refusal(name) === null &&
    PROJECT_NAME.test(name) &&
    !/^\d|(?:该|本|此)(?:子项目|项目|项工作|项任务)/.test(name.replace(/^\d{4}年度?(?=[^\d,;。:]{4})/, ''))
  )
    return false;
  return whole !== 'income or spending category' || name.length < 4 || refusal(name) !== null;
}

/**
 * Why a name in a table's project-name column (项目名称, 子项目名称) cannot be a task. A fund named by
 * its level ("中央财政农业生产发展资金") is a funding source in a breakdown of a total, but under a
 * column that says it is the project it is the project evaluated, as evaluation notices list them.
 */
/** A unit's overall spending as the object of an evaluation ("某市科技局整体支出"), not the report's own. */
const UNIT_OVERALL = /^(?![本我该全])[^,;:。]{2,48}?(?:部门)?整体支出$/;

export function columnRefusal(simplified: string): string | null {
  const why = refusal(simplified);
  // under 项目名称 an evaluation notice lists a unit's overall spending among the projects it evaluated
  if (why === 'income or spending category' && UNIT_OVERALL.test(simplified.replace(/\s/g, ''))) return null;
  // under 项目名称 a place is the project's ("…工业园区四期核心区", "…示范区"), not a recipient of money
  // …and a cell holds one name, commas and all ("道路硬化,绿化提升工程")
  // (and so is a fund named by its kind, "财政专项扶贫资金", the project an evaluation notice lists as evaluated)
  return why === 'fund by level' || why === 'fund kind' || why === 'recipient' || why === 'comma' ? null : why;
}

/**
 * Cue words before an item's amount, and what the amount then measures. Order matters: the
 * first cue that ends the text wins, so 年初预算 is tried before 预算 and 实际支出 before 支出.
 * 转移支付 (a transfer between governments) names a fund ("计划生育转移支付资金"), not a payment made.
 */
/**
 * Money of a named kind granted to or won by an item ("A项目获得衔接资金80万元", "B工程争取到省级补助资金", "下达衔接资金"):
 * its budget (the kind of money between the verb and 资金, no project's word in it). Money named by its level after the verb
 * ("下达中央资金200万元,下达省级资金100万元") is where the item's money came from, a source: no cue.
 */
const GRANTED_FUNDS = String.raw`(?:获得|争取到?|获批|下达|落实)(?!中央|省|市|县|区|州|上级|本级)(?:(?!项目|工程)[\u4e00-\u9fff]){0,8}?(?:资金|经费)`;
const CUES: { measure: TaskMeasure; re: RegExp }[] = [
  {
    measure: 'rate',
    // ("项目资金支出进度比率为100%": the progress of spending as a ratio, its rate)
    re: /(?:预算执行率|资金执行率|预算完成率|投资完成率|(?:支付|拨付|支出)完成率|执行率|完成率|支出率|使用率|支付率|拨付率|发放率|兑付率|完成(?:年初|全年|年度|调整后?)?预算的|占(?:年初|全年|年度|调整后?)?预算(?:数|资金)?的(?:比例|比重)?|支付进度|(?:预算|资金)?(?:支出|执行)进度(?:比率|比例)?)$/,
  },
  { measure: 'initial', re: /年初(?:预算安排|预算|安排(?:预算)?)(?:数|资金|金额|经费)?$/ },
  {
    measure: 'executed',
    // ("资金已全部支出,共计1,000万元": all of it spent, then how much; "已全额发放150,000元", paid in full)
    // ("实际拨付至医保基金财政专户11,208.64万元", "已拨付项目实施单位476.5万元": paid on to where the money goes)
    // ("A专项预算累计完成574.21万元": what of the item's budget was done, spent; 预算 no part of its name)
    // ("完成兑付150万元", "完成兑现56.5万元": a grant or voucher paid out, spent)
    // ("年末结算支出6万元": what the item's account settled at the year's end, spent)
    re: /(?:(?:已|已经)?(?:全部|全额|足额)(?:支出|拨付|使用|支付|发放|兑付)(?:完毕)?,?|(?:实际|已)(?:拨付|支付|划拨)(?:(?:至|到)[\u4e00-\u9fff]{2,16}|[\u4e00-\u9fff]{0,8}(?:单位|企业|公司|账户|专户))|(?:累计|实际|已|全年|当年)支出(?:资金|经费|金额)?|(?:年末|年终|年底)?结算支出|已?完成支出|已?完成支付|已?完成拨付|已?完成(?:兑付|兑现|发放)|完成(?:总)?投资|预算(?:累计)?完成|实际支出|实际支付|实际使用|实际完成|实际执行|已支出|已支付|已使用|已拨付|预算完成数|执行数|执行金额|决算数|决算|支出数|支出(?:资金|金额)|使用(?:资金|金额)|拨付(?:资金|金额)|(?<!转移)支付(?:资金|金额)|发放(?:资金|金额)|兑付(?:资金|金额)|已发放|已兑付|已兑现|(?:已|实际|累计)(?:补助|奖补)(?:资金|金额)?|支出|(?<!转移)支付|使用|拨付|发放|兑付|完成|执行)$/,
  },
  {
    measure: 'budget',
    // "一批项目县级批复总投资": the investment approved for the item, by the level that approved it
    // ("一是A规划编制,需资金277万元": the money the item needs, as a plan states it, its budget)
    // ("拟安排30万元": the money proposed for an item, its budget; "预计安排资金500万元": what a plan expects to give it, the same)
    // ("A补贴:分配285万元,支出271万元": the share of a fund an item was given, its budget; never money 未分配 / 待分配)
    re: new RegExp(
      String.raw`(?:${FUND_LEVEL}?批复(?:总)?投资|预计(?:安排|下达)(?:资金|经费)?|预计(?:总)?投资|全年预算数?|调整后预算数?|调整预算数?|年度预算数?|总预算数?|支出预算数?|预算数|预算资金(?:总额|总计|合计)?|预算金额|预算安排|预算|安排资金|安排经费|安排预算|安排|资助资金|资助金额|资助|拟(?:安排|下达|分配)(?:资金|金额)?|(?<![未待])分配(?:资金|金额|数)?|下达资金|下达金额|下达预算|下达|批复资金|批复金额|批复数|批复预算|批复|计划投资|(?:计划)?总投资|投资|资金总额|申报金额|申请金额|申请资金|涉及资金|涉及金额|到位资金|资金到位|到位|(?:计划|共|累计)?投入(?:资金|经费)?|(?:共|计划|预计)?需(?:要)?(?:资金|投入|投资)|应(?:到位|拨付|下达)(?:资金|金额)?|${GRANTED_FUNDS})$`,
    ),
  },
];
/**
 * Nouns that name an item's money only when they stand alone after the name's separator
 * ("1.A项目,资金50万元"); run into a name they are part of it ("…开放补助资金4.39万元"). An
 * evaluation notice names the money it evaluated 资金量 / 资金规模 ("1.A项目,资金量340万元").
 */
const NOUN_CUES: { measure: TaskMeasure; re: RegExp }[] = [
  // (项目建设资金 / 建设资金: the money for building the item, its budget; 奖补资金 / 财政奖补资金: what an 一事一议 or
  // 以奖代补 item is granted, its budget)
  { measure: 'budget', re: /(?:项目|补助|奖补|专项|到位)?(?:建设)?(?:资金量|资金规模|资金|金额)$/ },
  // ("A项目,补助30万元", "拟补助30万元": the grant an item is given or proposed, its budget; 已补助 is what was paid, and
  // "…开放补助资金4.39万元" a name the grant's words end)
  { measure: 'budget', re: /(?<!已|实际|累计)拟?(?:补助|奖补|扶持)$/ },
];
/**
 * Money put into an item ("投入资金12.5万元"): what the item had, its budget, when the item goes on to state its
 * spending or rate against it ("…,投入资金30万元,发放资金28.6万元"); alone it may be the spending as well, and
 * it is then no measure of the item (investedWithoutSpending).
 */
const INVESTED = String.raw`投入(?:[\u4e00-\u9fff]{0,8}?(?:资金|经费))?$`;
const INVESTED_CUE = new RegExp(`(?:计划|共|累计|实际)?${INVESTED}`);
/** The word that sums an item's money (共计 / 合计 / 总计), its joiners after it, ending the text. */
export const SUM_WORD_END = String.raw`(?:共计|合计|总计)(?:为|是)?[\s:]*$`;
/**
 * The item's money summed, the sum's word alone after its name ("A项目,合计75万元"): what the item had when it goes on to
 * state its spending or rate against it ("…,合计75万元,已于本年度支出75万元,预算完成率100%"), as money put in is; alone it
 * may as well be what was spent, and is then no measure of the item (investedWithoutSpending).
 */
export const SUM_ALONE = new RegExp(String.raw`^[\s,;:、]*${SUM_WORD_END}`);
/** The same sum's word right before an amount, a separator or nothing before it. */
const SUM_ALONE_BEFORE = new RegExp(String.raw`(?:^|[\s,;:、])${SUM_WORD_END}`);
/** Money put in as planned (计划投入, 预算投入): the item's budget whatever else the row states. */
const PLANNED_INVESTMENT = new RegExp(`(?:计划|预算)${INVESTED}`);
/** Money actually put in (实际投入): spent, no budget beside the spending. */
const ACTUAL_INVESTMENT = new RegExp(`实际${INVESTED}`);
/**
 * Money passed on or handed out (拨付 / 发放 / 兑付 / 支付, with no 实际 / 已 before it): the item's execution where
 * nothing says more, and what was disbursed beside a stronger word of spending (实际支出 / 执行数), which wins
 * ("拨付资金30万元,实际支出28.6万元": the spending is 28.6), as the figure vocabulary's 拨付 yields to 支出.
 */
const DISBURSED_CUE = /(?<!实际|已|已经|累计)(?:拨付|发放|兑付|(?<!转移)支付)(?:资金|经费|金额)?$/;

/**
 * How money was paid, between 已 and the verb: "已通过“一卡通”兑付", "已通过国库集中支付系统拨付", or the work done first
 * ("已完成改造并支付"): the verb says what the amount is.
 */
const MEANS_BEFORE_VERB = /(?:通过[“"]?[\u4e00-\u9fffA-Za-z]{1,12}[”"]?|完成[\u4e00-\u9fff]{1,8}并)(?=(?:直接)?(?:兑付|发放|拨付|支付)$)/;

/** Joiners between a cue and its number ("安排资金为47万元", "执行率达到95%"). */
// (the 达 of 下达 is the cue's own: "第一批下达120万元")
const CUE_FILLER = /(?:\s|为|是|共计|共|合计|达到|(?<!下)达|约|人民币)+$/;
/**
 * Modifiers allowed before a cue in an item clause ("年度支出预算数", "全年实际支出", and the year the spending fell
 * in after 已于: "已于本年度支出", "已于当年支出").
 */
const CUE_MODIFIER = /^(?:年度|全年|本年度?|当年|年内|项目|工程|任务|资金|财政|实际|累计|计划|已经|已于|已|批复)*$/;

/**
 * The date spending is counted to, before its cue ("截至12月底支出", "截至2023年12月31日已支付", "截至年底实际支出",
 * "到12月底已支付", and the day of writing: "截至目前使用"). 到 alone opens a date only when one follows: in "到位资金" it is
 * the cue's own first word.
 */
const DATE_LEAD =
  /^(?:(?:截至|截止到?|到(?=\s*(?:\d|年)))\s*(?:目前|(?:(?:\d{4}\s*)?年度?)?\s*(?:\d{1,2}\s*月)?\s*(?:\d{1,2}\s*日)?(?:底|末)?)|(?:\d{4}\s*年\s*)?\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月(?:份)?)[,\s]*/;

/** The year the money is of, opening the cue ("该项目2023年预算资金150万元", the back-reference read past): no modifier of it. */
const YEAR_LEAD = /^\d{4}\s*年度?\s*/;
/**
 * The level of government that allocated or passed on the money, before the verb that says so ("上级下达资金860万元",
 * "县财政拨付80万元"): who gave it, not a source the item's money is split by (a source names no verb: "中央资金200万元").
 */
const LEVEL_BEFORE_VERB = new RegExp(`^${LEVEL_OPENING}(?:财政)?(?=下达|安排|拨付|批复)`);
/**
 * A level's appropriation to the item ("2016年县财政拨款427.36万元"): its budget, as 县财政安排 is. Only with the level: a bare
 * 财政拨款 is a source of money (a form's column, "其中财政拨款40万元").
 */
const LEVEL_APPROPRIATION = new RegExp(`^${LEVEL_OPENING}财政拨款$`);

/**
 * The measure a clause gives the number that follows it, when the whole clause is a cue (a colon may close it, as
 * fields are written: "预算数:185万元;执行数:172.4万元").
 */
/**
 * 共 / 共计 right before a verb of granting or paying ("共下达资金50000元", "共拨付80万元"): the sum of what the verb moved,
 * as 累计 says; before any other cue ("共涉及资金…", what several projects cover) it stays, and the clause names no item's money.
 */
const SUM_BEFORE_VERB = /^(?:共计|共)(?=下达|安排|拨付|支付|发放|兑付)/;

export function cueMeasure(clause: string): TaskMeasure | null {
  // (the clause past its date and year: the level that gave the money still opens it)
  const dated = clause
    .replace(/^[\s,、;:]+/, '')
    .replace(DATE_LEAD, '')
    .replace(YEAR_LEAD, '')
    .replace(SUM_BEFORE_VERB, '');
  if (LEVEL_APPROPRIATION.test(dated.replace(/[\s:]+$/, ''))) return 'budget';
  const t = dated
    .replace(LEVEL_BEFORE_VERB, '')
    .replace(/[\s:]+$/, '')
    .replace(CUE_FILLER, '')
    .replace(MEANS_BEFORE_VERB, '');
  for (const cue of [...CUES, ...NOUN_CUES]) {
    const m = cue.re.exec(t);
    if (m && CUE_MODIFIER.test(t.slice(0, m.index))) return cue.measure;
  }
  const verb = VERB_AND_MONEY.exec(t);
  if (verb && CUE_MODIFIER.test(t.slice(0, verb.index))) return BUDGET_VERB.test(verb[1]) ? 'budget' : 'executed';
  return null;
}

/** The verbs that allocate a budget (安排 / 下达 / 批复); the other verbs of moving money (拨付 / 发放 / 支付 …) say it was spent. */
export const BUDGET_VERB = /^(?:安排|下达|批复|发行|取得|获得|投入)$/;
/**
 * The verbs that open a clause of money moved for a use, amount first ("安排460万元用于A", "拨付206.25万元实施B"): purposeClauses.ts
 * reads runs of such clauses, enumerated.ts a list's item written so; BUDGET_VERB says which of them give a budget.
 */
export const MONEY_MOVING_VERBS = '安排|下达|批复|支出|使用|拨付|兑付|发放|支付';

/**
 * A verb of allocating or paying and the kind of money it moved, the item named before them ("1.安全生产监管工作。全年安排
 * 安全生产专项经费46.8万元", "高龄老人津贴,全年发放高龄津贴38.64万元", "已拨付工程款784.3万元"): 安排 / 下达 a budget,
 * 拨付 / 发放 / 兑付 / 支付 / 使用 spending; a bond's money issued or obtained for the item (发行一般债券资金, 取得专项债券资金,
 * a notice of how bonds were used) its budget too. The object names money (资金 / 经费 / 公益金 / 补贴 / 津贴 / 款, or the fees paid:
 * "兑付教练员课时补贴、场地租赁费及学员保险费", several joined by 、 / 及 / 和), never a project or a
 * work ("安排A项目资金…" names the item itself: VERB_FIRST of enumerated.ts), nor a level (中央资金: a source). A bare
 * 项目 right after the verb names no work: "安排项目预算资金", "下达项目资金" are the item's own project money.
 */
const VERB_AND_MONEY =
  /(安排|下达|发行|取得|获得|投入|拨付|发放|兑付|支付|使用)了?(?!(?!项目(?:预算)?(?:资金|经费)$)[^,;:。]*(?:项目|工程(?!款)))(?!(?:中央|省|市|县|区|上级|本级|地方|自筹|其他|配套))(?:[\u4e00-\u9fff“”]{1,14}?[、及和])*[\u4e00-\u9fff“”]{0,14}?(?:资金|经费|公益金|补贴|津贴|补助|工程款|款项|奖金|(?<=[\u4e00-\u9fff]{2})费)$/;

/**
 * Whether the words before an amount name one source of the item's money, the amount a part of the item's budget by
 * where it came from ("…全年预算650万元,其中中央资金500万元,省级资金150万元;实际支出…", "安排中央补助资金20万元、
 * 县级配套资金5万元,已支出…"): no measure of the item, and no end of its clause either (its spending may follow).
 */
export function sourcePart(clause: string): boolean {
  const words = clause
    .replace(/^[\s,、;:]+/, '')
    .replace(/^其中[:,]?\s*/, '')
    .replace(/^(?:(?:该|本)项目)?(?:年度|全年|本年度?|当年)?(?:安排|下达|到位|拨付)?/, '')
    .replace(CUE_FILLER, '')
    .replace(/[\s:]+$/, '');
  const why = words ? refusal(words) : null;
  return why === 'funding source' || why === 'fund by level';
}

/** When in the year a change to the budget fell, before its verb ("年中追加", "年内调减"). */
const CHANGE_TIME = /^(?:\d{4}\s*年度?)?(?:年中|年内|本年度?|当年|全年|年度中?|期间)?/;
/** BUDGET_CHANGE opening the words it is tested on. */
const BUDGET_CHANGE_OPENS = new RegExp(`^${BUDGET_CHANGE.source}`);

/**
 * Whether the words before an amount state a change to the item's budget in the year ("年中追加", "调减预算",
 * "追加资金"): the difference between two budgets, no measure of the item (wordings.ts BUDGET_CHANGE).
 */
export function budgetChange(clause: string): boolean {
  const words = clause
    .replace(/^[\s,、;:]+/, '')
    .replace(CUE_FILLER, '')
    .replace(CHANGE_TIME, '');
  return BUDGET_CHANGE_OPENS.test(words);
}

/** The cue word right before an amount at `start` in `text` (its joiners dropped), as the cue tests read it. */
function cueBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 12), start).replace(CUE_FILLER, '');
}

/**
 * A row's amounts without the money put into it (INVESTED_CUE) or summed alone (SUM_ALONE) when nothing beside it says it was the plan: the
 * row states no spending or rate, or the money was put in 实际 (spent, not planned). A row left with no amount is dropped.
 */
export function investedWithoutSpending<F extends { measure: string; segment: { text: string }; start: number }>(row: F[]): F[] {
  const invested = (f: F) => {
    const cue = cueBefore(f.segment.text, f.start);
    const summed = SUM_ALONE_BEFORE.test(f.segment.text.slice(Math.max(0, f.start - 8), f.start));
    return f.measure === 'budget' && (summed || (INVESTED_CUE.test(cue) && !PLANNED_INVESTMENT.test(cue)));
  };
  if (!row.some(invested)) return row;
  const measured = row.some((f) => f.measure === 'executed' || f.measure === 'rate');
  return row.filter((f) => !invested(f) || (measured && !ACTUAL_INVESTMENT.test(cueBefore(f.segment.text, f.start))));
}

/** Whether the amount at `start` in `text` is cued as money passed on or handed out, not spending in stronger words. */
export function disbursedAt(text: string, start: number): boolean {
  return DISBURSED_CUE.test(cueBefore(text, start));
}

/**
 * Where an item's name ends in its words before the amount: at the cue run into them ("A项目安排资金" → A项目), or nowhere
 * (null, the words whole) where there is no cue, or where the cue's verb follows a grant's document number alone
 * ("…〔2022〕186号提前下达A资金": the money the verb names is the item, and cleanName drops the number, DOCUMENT_GRANT_BEFORE).
 */
export function nameEndBeforeCue(words: string, cue: { at: number } | null): number | null {
  return cue && !DOCUMENT_GRANT_BEFORE.test(words) ? cue.at : null;
}

/** The cue that ends a text, if any: its measure and where it starts ("XX项目安排资金" → budget at 4). */
export function cueAtEnd(text: string): { measure: TaskMeasure; at: number } | null {
  const t = text.replace(CUE_FILLER, '');
  for (const cue of CUES) {
    const m = cue.re.exec(t);
    if (m) return { measure: cue.measure, at: m.index };
  }
  return null;
}

/** Money per town, village, person or household: a rate of giving, not a task's amount. */
export const PER_UNIT = /每|\/\s*(?:人|户|村|个|所|年|月)|人均|户均|村均/;

/**
 * What the total that introduces a list measures, from the words of its clause: spending words
 * (实际支付, 已使用, 决算) first, then budget words (预算, 下达, 安排), then plain 支出 / 使用, then
 * money named with no verb (专项资金, 总投资: what is available). Null otherwise, and the list
 * is then not read.
 */
export function leadMeasure(clause: string): 'budget' | 'executed' | null {
  if (/实际|已(?:经)?(?:支付|支出|使用|拨付)|执行数|决算|完成/.test(clause)) return 'executed';
  // (到位: money that reached the unit, an item's budget as the cue 到位资金 reads it, though it came by a payment: 拨付到位资金)
  if (/预算|下达|安排|批复|分配|下拨|到位/.test(clause)) return 'budget';
  // "一、资助残疾人事业项目4974.8万元": a grant's verb opening the clause (资助 inside a name, "用于资助…", says nothing)
  const unnumbered = clause.replace(NUMBERING, '');
  if (/^(?:共|累计)?资助/.test(unnumbered.trimStart())) return 'budget';
  // "拟使用衔接资金6132万元,具体计划如下:", "计划投入…": what a plan proposes to spend, not spent yet: a budget
  if (/(?:拟|计划)(?:使用|支出|投入)/.test(clause)) return 'budget';
  // "共支182万元": 支 alone after 共 / 累计 is 支出 shortened (共支持 / 共支援 are other verbs)
  // (发放 / 兑付: money handed out, spent, as the cue vocabulary reads them: "全年共发放补贴资金500万元,其中:…")
  // ("具体用于支付:": the verb after 用于 is what the money is for, a purpose, no spending of it)
  if (/(?<!用于)(?:支出|使用|(?<!转移)支付|拨付|发放|兑付)|(?:共|累计)支(?![持援撑])/.test(clause)) return 'executed';
  // a sum of money named with no verb ("专项资金3000万元", "项目总投资500万元", a lottery fund's "福彩公益金800万元")
  // is what is available: a budget
  if (/资金|经费|专款|投资|公益金|金额|拨款/.test(clause)) return 'budget';
  // (or the projects it is for, a class of them, named alone: "二、孤残儿童服务类项目85.87万元。其中,…", "一、老年人福利类482.3万元";
  // "用于支持A项目23万元" says what money was used for, whose measure the total before it gives)
  // (under its list number only: "该项目主要用于…" names no money of its own)
  if (unnumbered !== clause && /^\s*[^,;。:\d]{2,30}(?:项目|类)\s*$/.test(unnumbered) && !/用于/.test(clause)) return 'budget';
  return null;
}

/** A clause that names the spending by its year alone ("2023年全年支出", "全年支出"): no unit, no total's word. */
const YEAR_ONLY = /^[\s,、;:]*(?:\d{4}\s*年度?)?(?:全年|当年|年度)?(?:共|累计)?支出\s*(?:为|是|共计|共|合计|达到|达|约)?\s*$/;

/** The unit's whole spending or income, as final accounts name it: 总支出, 本年支出合计, 收入总额 … */
const UNIT_WHOLE = /^(?:本?(?:部门|单位))?(?:总|本年|全年)?(?:支出|收入)(?:合计|总计|总额)?$/;

/**
 * Whether the clause before a total names a figure of the unit that final accounts break down by
 * classification: a functional class ("城乡社区支出", "社会保障和就业支出"), an economic one
 * ("商品和服务支出"), 基本支出 / 人员经费 / 公用经费 / 机关运行经费 or the “三公”. The parts of such a
 * total are its classification items (城乡社区管理事务, 残疾人事业, 在职人员工资福利), never
 * tasks, whatever their names; 项目支出 is not one of these: its parts are the projects.
 */
export function breaksDownAFigure(clause: string): boolean {
  if (FUNCTION_CLASS.test(clause)) return true;
  let t = clause
    .replace(/^[\s,、;:]+/, '')
    .replace(/(?:\s|为|是|共计|共|合计|总计|达到|达|约|人民币)+$/, '')
    .replace(/^(?:\d{4}\s*年度?|本年度?|全年|当年|年度)+/, '');
  // the unit's whole spending or income ("总支出7778.55万元,其中…"): its parts are its classes and funds; the year's spending
  // named by nothing but the year ("全年支出77万元,其中…") is a project's as often, its parts then its works (a class of the
  // unit's, a funding source, is refused as an item's name)
  if (UNIT_WHOLE.test(t) && !(t === '支出' && YEAR_ONLY.test(clause))) return true;
  const cue = cueAtEnd(t);
  if (cue) t = t.slice(0, cue.at);
  t = t.replace(/(?:决算|预算)数?$/, '').replace(/(?:支出|经费|费用)$/, '');
  return (
    CLASSIFICATION.has(t) ||
    /^(?:基本|人员|公用|日常公用|机关运行|工资福利|商品和服务|对个人和家庭的?补助|资本性|一般公共预算财政拨款基本)$/.test(t) ||
    THREE_PUBLIC.test(t)
  );
}

/** executed / budget = the stated rate, within the rounding of the stated rate. */
export function rateAgrees(fragments: { measure: string; value: string; unit: Unit }[]): boolean {
  const get = (m: TaskMeasure) => fragments.find((f) => f.measure === m);
  const budget = get('budget') ?? get('initial');
  const executed = get('executed');
  const rate = get('rate');
  if (!budget || !executed || !rate || budget.unit !== executed.unit || new Decimal(budget.value).isZero()) return true;
  return rateWithinRounding(executed.value, budget.value, rate.value, '0.0001');
}
