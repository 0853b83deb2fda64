/**
 * Project lists in tables (Word, PDF, Markdown pipe rows): a header row with a project-name
 * column and at least one money or rate column, then one row per project.
 *
 *   | 序号 | 主管部门 | 项目名称 | 资金量(万元) | 等级 |        (an evaluation notice)
 *   | 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | … |  (a budget target sheet, indicator rows between projects)
 *   | 子项目名称 | 预算数 | 执行数 | 执行率 |                   (sub-projects inside a project table)
 *
 * Rows are placed on the header's grid: a cell merged over several rows (rowSpan) occupies its
 * column in the rows below. Markdown and flattened text lose the spans, so a row shorter than
 * the header is also tried right-aligned (its leading cells are the merged ones above it). A
 * placement that puts a word under a money column is wrong; a row is read only when the
 * placements left agree. Year columns
 * (2022年预算数 / 2023年预算数) are resolved to the report year; two columns left for one measure
 * make the table unreadable. A table gives tasks only with at least two project rows: a
 * one-project table's own figures are figures (convention 7). A list cut by a page break goes on in
 * the next table (after 续表, or with nothing between and its rows numbered on or its header repeated
 * word for word), and its parts count together.
 */
import type { Document, TableBlock } from '../../model/document.ts';
import type { Unit } from '../../model/record.ts';
import { cellNumber, Decimal, declaredUnit, isMoneyUnit, moneyCell, sumOf, UNIT_DECLARATION } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, segmentAt, simplify, textAbove, unitNoteBelow } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import { fundNames, isFundingLine, TABLE_HEADERS } from '../../model/wordings.ts';
import {
  cleanName,
  columnRefusal,
  cueMeasure,
  fundingRowLabel,
  namedPlace,
  splitBySource,
  type TaskMeasure,
  unitFitsMeasure,
} from './names.ts';

/**
 * Headers of the column that names the project (bare 项目 is the row-label column of final-accounts tables, so it is not one),
 * with or without a bracketed remark on what the names are ("支出内容(经济科目)"); a unit in brackets heads a money column.
 * A column of the projects' classes and names together ("项目类别/名称") names them too, its class rows read past.
 */
/** The label cell that opens a one-project form (projectForms.ts): the project's name follows in the next cell. */
export const NAME_LABEL = /^(?:子?项目名称|专项名称)$/;
/** A name cell that is itself a label or a header: the 项目名称 was a column's header, no form's field. */
export const LABEL_LIKE = /(?:名称|部门|单位|编码|类别|类型|属性|负责人|电话|时间|期限|目标|指标|序号|备注|说明)$/;

export const NAME_COLUMN =
  /^(?:(?:重点|主要|二级|三级|子|具体|明细|专项|支出|预算|绩效|资金|经费|建设|实施|工程|采购)?(?:项目|任务|工作任务|资金|事项|经费|工作|分项|子项)(?:名称|名|内容|明细)|采购项目|(?:建设|实施|工程|具体)(?:项目|事项)|支出用途|支出方向|资金投向|评价项目|绩效评价项目|子项目|二级项目|三级项目|具体项目|明细项目|预算项目|重点项目|(?:年度)?(?:主要|重点)?(?:工作)?任务|(?:重点|具体|主要)工作|支出项目|经费项目|资金项目|(?:项目|任务)\((?:项目|任务|工作)\)名称|支出内容|支出事项|资金用途|评价对象|(?:[^\s]{0,6}[(/、和及])?(?:项目|政策|资金|专项|工程)(?:[)/、和及][^\s]{0,6}?)?名称|工程名称|专项名称|分项名称|明细名称|明细内容|细项名称|补助项目|(?:服务|资助|扶持|奖补|补贴|惠民)项目|项目名称及(?:主要)?内容|单位名称\(项目名称\)|(?:项目)?(?:类别|类型|分类)[/、和及](?:项目)?名称)(?:\((?![^()]*(?:元|%))[^()]{1,8}\))?$/;
/**
 * The header words of a place column that name the places' kind before 名称 (各设区市名称 | 全年预算数 …): whole cells
 * of a table (PLACE_COLUMN), words of a header run together (flatLists.ts LIST_HEADERS, gluedRows.ts).
 */
export const PLACE_NAME_HEADERS = ['各设区市名称', '设区市名称', '县市区名称', '县区名称', '区县名称', '市县名称', '地区名称'];
/**
 * The place column of an allocation table (分配表: 街镇 | 金额, 村名 | 金额, 镇、村 | 项目名称, 县(市、区) / 县(市) | 分配金额, 市县名称 |
 * 资金合计, a city's 区 | 合计, a region's 地县 / 旗县 / 盟市 | 资金合计): the places a fund is divided among. Beside a project column it only locates the projects; alone it names the
 * rows, each place's share a line of the fund's money (convention 7; names.ts namedPlace).
 */
export const PLACE_COLUMN = new RegExp(
  `^(?:街镇|镇街|街道|街道名称|所在街道|乡镇|乡镇名称|所在乡镇|镇\\(街道\\)|乡镇\\(街道\\)|街道\\(乡镇\\)|村名|村名称|村\\(社区\\)|县市区|区县|县区|市县|(?:县|市|区|州)\\((?:市|县|区|州|旗)(?:、?(?:市|县|区|旗))*\\)(?:名称)?|${PLACE_NAME_HEADERS.join('|')}|(?:乡镇|乡|镇)、?村|行政村|所在村|项目村|地区|区|(?:乡镇|镇|村|县区|区县)名单|地县|地州|县市|旗县|旗县区|盟市)$`,
);
/** Whether a header cell heads a place column (PLACE_COLUMN), its spaces and a bracketed remark after it read past. */
export function placeColumn(header: string): boolean {
  // (the whole header first: "县(市、区)" is a place column whose bracket is part of its words, no remark)
  const words = header.replace(/\s/g, '');
  return PLACE_COLUMN.test(words) || PLACE_COLUMN.test(words.replace(/\([^()]{0,12}\)$/, ''));
}
const YEAR = '(?:(\\d{4})年度?)?';
/** A sub-column's bare noun ("金额", "数额"), whose measure is the header cell's above it (执行数 over 金额 / 执行率). */
const GENERIC_SUB_COLUMN = /^(?:金额|数额|资金|数)(?:\((?:万元|元|亿元)\))?$/;

/**
 * A header cell that is a year alone, perhaps with its unit ("2023年", "2022年度(万元)"): a group over that year's
 * measures in the row below, or the column of that year's amounts in a comparison table (tables.ts).
 */
export const YEAR_ALONE_HEADER = /^(\d{4})年度?(?:\((?:万元|元|亿元)\))?$/;
/** A header with an optional year before its words ("2023年执行数"): the year, and the words. */
const DATED_HEADER = new RegExp(`^${YEAR}(.*)$`);
/** Money and rate columns of project lists, with an optional year prefix. */
const COLUMNS: { measure: TaskMeasure; re: RegExp }[] = [
  { measure: 'rate', re: /^(?:预算执行率|资金执行率|执行率|完成率|支出率|资金使用率|使用率|执行比例|完成比例)$/ },
  { measure: 'initial', re: new RegExp(`^${YEAR}年初预算(?:数|金额|资金)?$`) },
  {
    measure: 'budget',
    re: new RegExp(
      `^${YEAR}(?:全年预算数?|调整后预算数?|年度预算数?|预算数?|预算额|预算金额|预算资金|资金量|资金规模|资金额度|资金金额|资金数额|资金总额|涉及资金|批复预算数?|预算安排数?|评价资金|评价金额|评价规模|项目总金额|总金额|金额|安排资金|下达资金|批复资金|项目资金|项目金额|补助资金|补助金额|发行金额|发行规模|债券规模|(?:截至\\d{4}年(?:底|末))?已发(?:行)?债券(?:规模|金额)|债券金额|债券资金|项目总投资|总投资|计划投资|分配金额|分配资金|本次分配金额|(?:支持|奖补|补贴|扶持|资助|奖励)(?:金额|资金)|(?:支持|奖补|补贴|扶持|资助|奖励|补助|分配|下达|安排)(?:金额|资金)合计|下达金额|提前下达金额|合计下达(?:资金|金额)?|下达合计|拨款金额|资金数|投资额|投资金额|计划投资额|投资规模|(?:统筹)?整合资金|(?:安排|下达)?(?:财政)?衔接资金|(?:资金)?(?:安排|分配|下达)(?:额度?|数额)|资金(?:安排|分配|下达)(?:金额|数)|安排金额)$`,
    ),
  },
  {
    measure: 'executed',
    re: new RegExp(
      `^${YEAR}(?:全年执行数|预算执行数|预算完成数|完成数|执行数|执行金额|实际(?:支出)?数?|支出数|支出金额|支出总额|决算数|决算支出|实际执行数|已支付金额|支付金额|拨付金额|已拨付资金)$`,
    ),
  },
];
const HEADER_UNIT = /\((万元|元|亿元|千元|%)\)$/;
/**
 * The stages of a budget a group header splits in the row below ("预算安排" over "年初 | 调整后"): the
 * budget at the start of the year, and the budget the year ended with, which the spending and its rate
 * are set against.
 */
const BUDGET_STAGES: { measure: TaskMeasure; re: RegExp }[] = [
  { measure: 'initial', re: /^年初(?:数|预算数?|安排数?)?(?:\((?:万元|元|亿元)\))?$/ },
  { measure: 'budget', re: /^(?:调整后|调整数|调整后数|调整预算数?|全年|全年数|变动后)(?:\((?:万元|元|亿元)\))?$/ },
];
/** The measure of a budget group's sub-column (see BUDGET_STAGES), when the header above it is a budget's. */
function budgetStage(text: string, group: TaskMeasure | undefined): ReturnType<typeof columnOf> {
  if (group !== 'budget' && group !== 'initial') return null;
  const t = text.replace(/\s/g, '');
  const stage = BUDGET_STAGES.find((s) => s.re.test(t));
  return stage ? headedColumn(stage.measure, t) : null;
}
/** A column of `measure` in the report's year, with the unit its header states in brackets, if any ("市级资金(万元)"). */
function headedColumn(measure: TaskMeasure, header: string): NonNullable<ReturnType<typeof columnOf>> {
  const unit = HEADER_UNIT.exec(header)?.[1] as Unit | undefined;
  return { measure, ...(unit ? { unit } : {}), otherYear: false };
}
/** A sub-column that states a share of the group above it ("实际支出" over "金额 | 占比"): no measure of a task, passed over. */
const SHARE_SUB_COLUMN = /^(?:占比|比例|比重|占比\(%\)|比例\(%\))$/;
/** The noun a money header adds to its verb ("已支出金额", "实际使用数额"): the verb says the measure. */
const HEADER_NOUN = /(?<=.{2})(?:金额|数额|资金|数)$/;

/** The budget tables' headers (wordings.ts) and the column each names, looked up once a header rather than searched. */
const BUDGET_TABLE_COLUMN = new Map(TABLE_HEADERS.flatMap((h) => h.words.map((word) => [word, h.column] as const)));

const isTaskMeasure = (column: string): column is TaskMeasure =>
  column === 'initial' || column === 'budget' || column === 'executed' || column === 'rate';
/**
 * The label of a whole block of task rows (年度主要任务), a cell merged down beside them: under it, a
 * row holds nothing but the label itself (the task tables and the 年度主要任务 block share it).
 */
export const BLOCK_LABEL = /^(?:年度主要任务|主要任务|年度重点任务)$/;
/** Under a money group (预算金额(万元)): its first sub-column, each row's whole budget, and the funding sources after it. */
export const WHOLE_BUDGET = /^(?:总额|合计|小计|总计)$/;
// (a fund's column is one of the unit's funding lines, FUNDS' isFundingLine: 财政拨款 or a budget it comes from, by any name;
// a grant's table splits its whole into the grant and the money its holder raised, 拨款 | 自筹; and a budget's part carried in
// from the year before, 预算数 | 其中:上年结转, is where some of it came from)
export const SOURCE_COLUMN = new RegExp(
  `^(?:其中:?)?(?:财政资金|本级财政资金|上级资金|其他资金|自筹资金|拨款|自筹|上年结转(?:资金)?|${fundNames(isFundingLine)})$`,
);
/**
 * A money column named by the level of government that gives it ("中央资金", "省级补助", "市级资金(万元)", "县级配套资金"):
 * one of the sources a row's whole is split into, or, alone beside a place column, each place's share of that level's fund.
 */
const LEVEL_MONEY_COLUMN =
  /^(?:其中:?)?(?:中央|自治区|省|市|县|区|州|旗)(?:级|本级)?(?:财政)?(?:补助|配套|衔接|专项|奖补)?(?:资金)?(?:\((?:万元|元|亿元|千元)\))?$/;
/** A funding-source column (SOURCE_COLUMN) or a level's money (LEVEL_MONEY_COLUMN): a part of a row's whole. */
export const sourceOrLevel = (t: string | undefined) =>
  !!t && (SOURCE_COLUMN.test(t) || (LEVEL_MONEY_COLUMN.test(t) && !/^(?:中央|省|市|县|区|州|旗)$/.test(t)));

/** A cell that cannot stand under a block's merged label: words other than the label or a task's number. */
const LABEL_CELL_MISPLACED = (cell: string | undefined) =>
  !!cell && !BLOCK_LABEL.test(cell) && !/^(?:任务|项目)?[\d一二三四五六七八九十]{1,3}$/.test(cell);
/** What reports write in a money cell that has no value (the task readers of tables and flattened lists share it). */
export const EMPTY_VALUE = /^(?:[-—/\\]|无)$/;

interface Column {
  col: number;
  measure: TaskMeasure;
  unit?: Unit;
}

/** A budget table's title: 项目支出预算表, 预算项目明细 (and not a final account's 决算). */
export const BUDGET_TABLE_TITLE = /^(?!.*决算).*预算(?:表|明细|(?:安排)?情况)/;
/**
 * An allocation table's title (2018年农村公路建设省级补助资金分配表, …资金安排情况表, …经费下达明细表): the money it divides
 * among places, each place's 合计 its share.
 */
const ALLOCATION_TABLE_TITLE = /(?:资金|经费|补助|奖补)[^。;,]{0,12}?(?:分配|安排|下达|切块)(?:情况|明细|计划|方案)?(?:汇总)?表/;
/** A 合计 column right after the place column (地区 | 合计 | 自然村 | 产业路): the places' whole, the columns after it its parts. */
function totalBesidePlaces(row: string[], c: number): boolean {
  return c > 0 && TOTAL_COLUMN.test(row[c]) && placeColumn(row[c - 1]);
}
/**
 * A column that counts what a row's money is for (孤儿补助人数, 户数, 村个数): no money, left out of the row's sum (孤儿补助人数 |
 * 孤儿补助金额 | 困境儿童补助人数 | 困境儿童补助金额 | 共计).
 */
const COUNT_COLUMN = /(?:人数|户数|个数|数量|人次|套数)(?:\([^()]{1,4}\))?$/;
/**
 * A column closing the money a row is split into by kind of work, named as their total ("合计", "按属地合计", "资金小计"), after the
 * column that names the rows (a place, a unit): each row's whole, its budget. The columns between are known by their sums
 * alone (农村公路养护专项工程 | 农村公路建设项目 | … heads no measure a vocabulary knows), so every row below with a
 * number in the total column must sum to it exactly over the cells between (a blank cell none, nor a count's: COUNT_COLUMN),
 * two rows at least.
 */
const ROW_SUM_COLUMN = /^[\u4e00-\u9fff]{0,6}(?:合计|小计|总计|共计)(?:数|金额)?(?:\((?:万元|元|亿元)\))?$/;
function rowSumColumn(texts: string[][], header: string[], c: number): boolean {
  if (!ROW_SUM_COLUMN.test(header[c])) return false;
  const names = nameHeader(header);
  if (names < 0 || c - names < 3) return false;
  const at = texts.indexOf(header);
  let summed = 0;
  for (const row of texts.slice(at + 1)) {
    const total = moneyCell(row[c] ?? '');
    if (!total || row.length !== header.length) continue;
    const parts = row.slice(names + 1, c).filter((t, k) => t && !EMPTY_VALUE.test(t) && !COUNT_COLUMN.test(header[names + 1 + k]));
    const values = parts.map((t) => moneyCell(t));
    if (!parts.length || values.some((v) => !v || v.unit !== total.unit)) return false;
    const sum = values.reduce((acc, v) => acc.plus(v?.value ?? 'NaN'), new Decimal(0));
    if (!sum.equals(total.value)) return false;
    summed++;
  }
  return summed >= 2;
}

/** The total column of a budget table, which holds each row's budget: 合计, 预算合计, 合计(万元). */
export const TOTAL_COLUMN = /^(?:预算)?(?:合计|总计)(?:\((万元|元|亿元|千元)\))?$/;

function budgetTotalColumn(text: string): { measure: TaskMeasure; unit?: Unit; otherYear: boolean } | null {
  const m = TOTAL_COLUMN.exec(text);
  return m ? { measure: 'budget', ...(m[1] ? { unit: m[1] as Unit } : {}), otherYear: false } : null;
}

export function columnOf(text: string, year: number | null): { measure: TaskMeasure; unit?: Unit; otherYear: boolean } | null {
  // "执行率%": a rate's sign after it, unbracketed, is its unit as "执行率(%)" states it
  const t = text.replace(/\s/g, '').replace(/(?<=率)%$/, '(%)');
  // "拟补助金额", "拟安排资金": the amount a 公示 proposes to give each project, before it is given, is what the project is
  // to get: its budget, whatever the words after 拟 would measure
  if (/^拟(?=[\u4e00-\u9fff])/.test(t)) {
    const proposed = columnOf(t.slice(1), year);
    return proposed && proposed.measure !== 'rate' ? { ...proposed, measure: 'budget' } : null;
  }
  const unit = HEADER_UNIT.exec(t)?.[1] as Unit | undefined;
  // "全年预算(调整后)", "执行数(B)", "执行率(B/A)": a remark or a column letter in brackets says nothing of the measure
  const noted = t.replace(HEADER_UNIT, '').replace(/\([^()]{0,8}\)/g, '');
  // "上年决算 / 本年预算 / 本年决算": the year said in words, the report's or the one before
  const lastYear = /^(?:上年度?|上一年度?|去年)/.exec(noted);
  const bare = noted.replace(/^(?:上年度?|上一年度?|去年|本年度?|当年)(?=.)/, '');
  for (const c of COLUMNS) {
    const m = c.re.exec(bare);
    if (m)
      return { measure: c.measure, ...(unit ? { unit } : {}), otherYear: !!lastYear || (!!m[1] && year !== null && Number(m[1]) !== year) };
  }
  // the cue words of item sentences name columns too ("累计支出", "实际支付", "调整预算数"), as do the
  // budget tables' headers (wordings.ts), and either with the noun a header adds ("实际使用金额", "已支出数")
  const dated = DATED_HEADER.exec(bare);
  const words = dated?.[2] ?? '';
  const tabled = BUDGET_TABLE_COLUMN.get(words);
  // a budget table's own verdict first: an amount beside the budget (到位数, 结余) is no measure of the row
  if (tabled && !isTaskMeasure(tabled)) return null;
  const measure = tabled ? (tabled as TaskMeasure) : words ? (cueMeasure(words) ?? cueMeasure(words.replace(HEADER_NOUN, ''))) : null;
  const statedYear = dated?.[1];
  if (measure)
    return { measure, ...(unit ? { unit } : {}), otherYear: !!lastYear || (!!statedYear && year !== null && Number(statedYear) !== year) };
  return null;
}

/** A budget header that names the budget the year ended with: 调整后预算数, 调整预算数, 全年预算数, 变动后预算. */
const ADJUSTED_BUDGET = /^(?:\d{4}年度?)?(?:调整后|调整|全年|变动后)预算/;

/**
 * "预算数 | 调整预算数 | 执行数": two budget columns, one of them the adjusted budget and the other not, are the
 * budget at the start of the year and the one the spending is set against; the other becomes the initial
 * budget (when no column is one already). Two budgets otherwise (预算数 | 下达资金) stay two, and unreadable.
 * `headers` gives each measure's header text, in the order of `measures`; a new measure list, or the same.
 */
export function withAdjustedBudget<M extends { measure: TaskMeasure }>(measures: M[], headers: string[]): M[] {
  const budgets = measures.flatMap((m, k) => (m.measure === 'budget' ? [k] : []));
  if (budgets.length !== 2 || measures.some((m) => m.measure === 'initial')) return measures;
  const adjusted = budgets.filter((k) => ADJUSTED_BUDGET.test(headers[k]?.replace(/\s/g, '') ?? ''));
  if (adjusted.length !== 1) return measures;
  const initial = budgets.find((k) => k !== adjusted[0]);
  return measures.map((m, k) => (k === initial ? { ...m, measure: 'initial' as TaskMeasure } : m));
}

/** A header's words without its spaces and its unit ("调整后预算数 (万元)" → "调整后预算数"), as the column rules match them. */
const headerWords = (text: string | undefined) => text?.replace(/\s/g, '').replace(HEADER_UNIT, '') ?? '';

/** A header naming the budget's change alone: 调整预算(数), 调整数, 追加预算 (no 后: not the budget it came to). */
const CHANGE_HEADER = /^(?:\d{4}年度?)?(?:调整|追加|追减|调增|调减)(?:预算)?(?:数|金额|资金)?$/;

/**
 * "年初预算 | 调整预算 | 调整后预算 | 支出": beside the budget the year began with and the one it ended with, a column named
 * for the adjustment alone is the change between them, no measure of the row: its index among `measures`, to be left
 * out (-1 where there is no such trio: 调整预算数 beside 预算数 alone is the adjusted budget, withAdjustedBudget).
 */
export function budgetChangeColumn(measures: { measure: TaskMeasure }[], headers: string[]): number {
  const budgets = measures.flatMap((m, k) => (m.measure === 'budget' ? [k] : []));
  if (budgets.length !== 2 || !measures.some((m) => m.measure === 'initial')) return -1;
  const header = (k: number) => headerWords(headers[k]);
  const after = budgets.filter((k) => /调整后|变动后/.test(header(k)));
  const change = budgets.filter((k) => CHANGE_HEADER.test(header(k)));
  return after.length === 1 && change.length === 1 && after[0] !== change[0] ? change[0] : -1;
}

/** A header naming what a project costs as a whole, whatever pays for it: 总投资, 资金投入, 计划投资, 投资规模, 项目总金额. */
const WHOLE_INVESTMENT_HEADER =
  /^(?:\d{4}年度?)?(?:项目)?(?:计划)?(?:总投资|资金投入|投资规模|投资额|投资金额|投资|总金额|投入资金|资金总投入)(?:额)?$/;
/** A header naming the money a fund grants each project: 补助金额, 下达资金, 分配金额, 安排资金, 衔接资金, 奖补资金. */
const GRANT_HEADER =
  /^(?:\d{4}年度?)?(?:拟|本次|提前)?(?:补助|奖补|下达|分配|安排|拨付|拨款|扶持)(?:资金|金额)(?:数)?$|^(?:安排|下达)?(?:财政)?衔接资金$/;

/**
 * "资金投入 | 补助金额" (an allocation table: each project's whole cost, then what the fund grants it): two budget columns,
 * one the whole investment and the other the grant, are the project's cost and the money the document is about; the
 * grant is the task's budget, and the whole investment's index among `measures` is returned, to be left out (-1 when there
 * is no such pair: two budgets named otherwise stay two, and unreadable).
 */
export function wholeInvestmentColumn(measures: { measure: TaskMeasure }[], headers: string[]): number {
  const budgets = measures.flatMap((m, k) => (m.measure === 'budget' ? [k] : []));
  if (budgets.length !== 2) return -1;
  const header = (k: number) => headerWords(headers[k]);
  const whole = budgets.filter((k) => WHOLE_INVESTMENT_HEADER.test(header(k)));
  const grant = budgets.filter((k) => GRANT_HEADER.test(header(k)));
  return whole.length === 1 && grant.length === 1 && whole[0] !== grant[0] ? whole[0] : -1;
}

/** A rate header that names the budget's execution (执行率, 预算完成率, 执行进度), not funds used or paid (资金使用率, 支付率). */
const EXECUTION_RATE_HEADER = /执行|预算/;

/**
 * "执行率 | 资金使用率": two rate columns, one named for the budget's execution and the other not, are the task's
 * execution rate and another measure (funds used over those received or paid); the other's index among `measures`
 * is returned, to be left out (-1 when there is no such pair: two rates named alike stay two, and unreadable).
 */
function otherRate(measures: { measure: TaskMeasure }[], headers: string[]): number {
  const rates = measures.flatMap((m, k) => (m.measure === 'rate' ? [k] : []));
  if (rates.length !== 2) return -1;
  const named = rates.filter((k) => EXECUTION_RATE_HEADER.test(headers[k]?.replace(/\s/g, '') ?? ''));
  return named.length === 1 ? (rates.find((k) => k !== named[0]) ?? -1) : -1;
}

/** Column index of every cell of every row, following rowSpans and colSpans from the rows above. */
function gridOf(t: TableBlock): number[][] {
  const occupied: number[] = []; // column → rows still covered by a span from above
  return t.rows.map((row) => {
    const cols: number[] = [];
    let c = 0;
    for (const cell of row) {
      while ((occupied[c] ?? 0) > 0) c++;
      cols.push(c);
      for (let k = 0; k < cell.colSpan; k++) occupied[c + k] = cell.rowSpan;
      c += cell.colSpan;
    }
    for (let k = 0; k < occupied.length; k++) if (occupied[k] > 0) occupied[k]--;
    return cols;
  });
}

/** A header's second row that states its columns' units only ("| | (元) | (元) | (%) |"), blank cells aside. */
const UNIT_CELL = /^[((]?(?:单位[::])?(?:万元|元|亿元|千元|%)[))]?$/;
export function unitsRow(row: string[] | undefined): boolean {
  return !!row?.some((t) => t) && row.every((t) => !t || UNIT_CELL.test(t));
}

/** The table's money unit: declared in its header rows or the lines above it, else by a note right under it, else 万元. */
export function unitOf(doc: Document, blockIndex: number, texts: string[][], headerAt: number, sectionAt = -1): Unit {
  const headerEnd = headerAt + (unitsRow(texts[headerAt + 1]) ? 2 : 1);
  // a list under a section title inside the table: the unit its title or header declares ("附:分项支出明细(单位:元)") is its
  // own, whatever the rows above (a form's funds block in 万元) declare
  const own = sectionAt >= 0 ? texts.slice(sectionAt, headerEnd).flat() : [];
  if (UNIT_DECLARATION.test(own.join(' '))) return declaredUnit(own);
  const declared = [...texts.slice(0, headerEnd).flat(), ...textAbove(doc, blockIndex)];
  if (UNIT_DECLARATION.test(declared.join(' '))) return declaredUnit(declared);
  return (unitNoteBelow(doc, blockIndex) as Unit | null) ?? declaredUnit(declared);
}

/**
 * A section title inside a table: a row whose only filled cell is a numbered heading ("二、项目支出明细情况", "(三)…"), or the
 * title of a form's annex of its items' money ("附:分项支出明细(单位:元)", "分项资金使用情况"), a list below it.
 */
const SECTION_TITLE =
  /^(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])\D|^附[::]|^(?:分项|子项目?)(?:资金|支出)?(?:使用)?(?:情况|明细)/;
function sectionTitle(row: string[] | undefined): boolean {
  const filled = row?.filter((t) => t) ?? [];
  return filled.length === 1 && SECTION_TITLE.test(filled[0]);
}

/** A self-evaluation form's next field after its items' list: its aims, what was done, its indicators (the list ends there). */
const FORM_FIELD_AFTER_LIST = /^(?:年度总体目标|总体目标|年度目标|实际完成情况|绩效指标|一级指标)/;

/** A grade column of an evaluation notice: 等级, 评价等次, 评价档次, 评价结果 (tables and flattened lists alike). */
export const GRADE_COLUMN = /等级|等次|档次|评价结果|复核结果/;

/**
 * The column that names the projects: one the name vocabulary says, or a bare 项目 where the table
 * grades its rows (an evaluation notice: 单位 | 项目 | 金额 | 评价档次); elsewhere a bare 项目 heads
 * the row labels of an account table. -1 when there is none.
 */
function nameHeader(row: string[]): number {
  const named = row.findIndex((t) => NAME_COLUMN.test(t));
  if (named >= 0 && !moneyGroupAfterPlaces(row, named)) return named;
  if (bareColumnNamesProjects(row) || spendingNamesProjects(row)) return row.indexOf('项目');
  // an allocation table's place column with no project column beside it (街镇 | 金额): the places are the fund's items; so is
  // the column of the units that carry the money out (项目单位 | 养护工程 | 建设项目 | 合计), of whose rows only the places are
  // read (readProjectTables' placesOnly: a bureau given money is no task)
  const places = row.findIndex(placeColumn);
  return places >= 0 ? places : row.findIndex((t) => RECIPIENT_COLUMN.test(t));
}
/**
 * The column of the units a fund's money goes to: 项目单位, 实施单位, 用款单位, or a bare 单位 (an allocation table's
 * 序号 | 单位 | 金额 | 备注), with no project column beside it. Its rows are read only where they are places (namedPlace).
 */
export const RECIPIENT_COLUMN = /^(?:项目|实施|用款|资金使用|承担)?单位$/;

/**
 * "地区 | 支持金额合计 | 重点项目" over "提前下达数 | 本次下达数": in an allocation table by place, a project word right of the
 * places' money heads the money of a class of projects (its batches below it), no column of names: the places are the
 * rows. (A project column that names the rows stands before their money: "乡镇 | 项目名称 | 金额".)
 */
export function moneyGroupAfterPlaces(row: string[], named: number): boolean {
  const places = row.findIndex(placeColumn);
  return places >= 0 && places < named && row.slice(places + 1, named).some((t) => columnOf(t, null)?.measure === 'budget');
}

/**
 * Whether a header's bare 项目 column names projects (elsewhere it heads an account table's row labels): the
 * table grades its rows (an evaluation notice), numbers them after 序号, or states each row's own rate.
 */
export function bareColumnNamesProjects(headers: string[]): boolean {
  return headers.some((t) => GRADE_COLUMN.test(t)) || numbersProjects(headers) || ratesProjects(headers);
}

/**
 * "项目 | 预算(万元) | 支出(万元) | 结余(万元)": a bare 项目 beside a budget and its spending, no rate, may head projects
 * or an account table's row labels alike (项目 | 预算数 | 支出数 over 基本支出, 项目支出). The rows decide: the column
 * names projects only where every row below it is read as one (see readProjectTables), an account table always
 * holding a category, a funding source or a class of spending that is no task. A final account's 决算 is never a
 * project list's measure.
 */
export function spendingNamesProjects(headers: string[]): boolean {
  if (!headers.includes('项目') || headers.some((t) => /决算/.test(t))) return false;
  const measures = headers.map((t) => columnOf(t, null)?.measure);
  // (or beside its money alone, "项目 | 金额(万元)": the rows decide the same way)
  return measures.includes('budget');
}

/**
 * "项目 | 预算(万元) | 支出(万元) | 执行率": a bare 项目 beside an execution rate heads projects, each with
 * its own rate; an account table's rows (项目 | 年初预算 | 决算数) state no rate of their own.
 */
function ratesProjects(headers: string[]): boolean {
  return headers.some((t) => columnOf(t, null)?.measure === 'rate') && headers.some((t) => columnOf(t, null)?.measure === 'budget');
}

/**
 * "序号 | 项目 | 预算数 | …": a bare 项目 right after the serial-number column heads a numbered list of
 * projects; an account table's row labels (项目 | 行次 | 决算数) are not numbered that way.
 */
function numbersProjects(headers: string[]): boolean {
  const bare = headers.indexOf('项目');
  return bare > 0 && headers[bare - 1] === '序号';
}

/**
 * "项目名称 | 2022年 | | 2023年 |" over "| 预算 | 实际 | 预算 | 实际 |": a header whose money cells are years
 * alone, each over its measures in the row below (the measures say what the columns are).
 */
function yearsOverMeasures(row: string[], below: string[] | undefined, headerColumn: (t: string) => unknown): boolean {
  return (
    row.some((t) => YEAR_ALONE_HEADER.test(t)) &&
    !!below?.some((t) => t) &&
    below.every((t) => !t || !!headerColumn(t) || GENERIC_SUB_COLUMN.test(t))
  );
}

/** A header over several money columns, their sub-headers in the row (or on the line) below: "资金情况(万元)", "预算执行情况". */
export const GROUP_HEADER = /^(?:资金|预算|经费|金额|资金使用|预算执行|资金执行|资金安排|资金投入)(?:情况)?(?:\((万元|元|亿元)\))?$/;

/**
 * "序号 | 项目名称 | 资金情况" over "| 预算数 | 执行数 | 执行率": a header whose money cells are a group that
 * names no measure, over the measures in the row below (the measures say what the columns are).
 */
function groupOverMeasures(row: string[], below: string[] | undefined, headerColumn: (t: string) => unknown): boolean {
  return (
    row.some((t) => GROUP_HEADER.test(t)) &&
    (below?.filter((t) => headerColumn(t)).length ?? 0) >= 2 &&
    // (a funding source's part among them, "预算数 | 其中:财政资金 | 支出数", is read past)
    !!below?.every((t) => !t || !!headerColumn(t) || SOURCE_COLUMN.test(t))
  );
}

/** A row's serial in Chinese numerals ("一、", "(二)", or opening its name: "三、社会事业类"): a level above 1, 2, 3. */
const GROUP_SERIAL = /^(?:[一二三四五六七八九十]{1,3}(?:[、.]|$)|[((][一二三四五六七八九十]{1,3}[))])/;
/** A row's serial in Arabic digits ("1", "2.", "(3)", or opening its name: "1.河道清淤工程"). */
const ITEM_SERIAL = /^(?:\d{1,3}(?:[、.](?!\d)|$)|[((]\d{1,3}[))])/;

/** The level a row's serial (or its name's opening number) gives it: a group (一、) or an item (1.). */
export function serialLevel(text: string): 'group' | 'item' | null {
  return GROUP_SERIAL.test(text) ? 'group' : ITEM_SERIAL.test(text) ? 'item' : null;
}

/**
 * The group rows of a project list numbered on two levels: "一、农业农村类" over "1 河道清淤工程",
 * "2 农村公路养护". A row numbered in Chinese numerals where other rows are numbered in digits heads
 * a group (a class of projects, its amounts their sum), no project of its own; a list numbered on one
 * level only has no group rows. The serial is the row's first filled cell, or its name's opening.
 */
export function groupRows(texts: string[][], from: number, nameCol: number): Set<number> {
  const serial = (row: string[]) => serialLevel(row.find((t) => t) ?? '') ?? serialLevel(row[nameCol] ?? '');
  const kinds = texts.map((row, r) => (r >= from ? serial(row) : null));
  if (!kinds.includes('item')) return new Set();
  return new Set(kinds.flatMap((k, r) => (k === 'group' ? [r] : [])));
}

/** The measures of a row that are money, and add up over the rows of a group (a rate does not). */
const SUMMED_MEASURES = new Set(['initial', 'budget', 'executed']);

/** A cell's money as the readers give it: digits, an optional sign and fraction, no separators. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A row's money by measure, as exact decimals in its unit; null if its units differ. */
function moneyOf(row: TaskFragment[]): Map<string, Decimal> | null {
  const money = new Map<string, Decimal>();
  const units = new Set<string>();
  for (const f of row) {
    if (!SUMMED_MEASURES.has(f.measure)) continue;
    units.add(f.unit);
    // a value that is no plain decimal adds up to nothing (it was NaN before, and never equal)
    if (!PLAIN_DECIMAL.test(f.value)) return null;
    money.set(f.measure, new Decimal(f.value));
  }
  return units.size > 1 ? null : money;
}

/**
 * The subtotal rows of one table's task rows: "农业农村类 | 450 | 430" over "农田水利 | 300 | 290" and
 * "动物防疫 | 150 | 140". A group row (a class of projects, unnumbered) states the sum of the rows below
 * it, up to the next group row or the end of the list, and is no project of its own. A row is one only
 * where every money column it has equals the sum of at least two rows below it, and the groups then
 * divide the whole list: the first row heads a group and each group ends where the next begins. A sum
 * that does not match, or rows left outside any group, make none of them a group (an amount that merely
 * equals two rows below it is a coincidence, not a structure).
 */
function subtotalRows(rows: TaskFragment[][], statedTotal: StatedTotal | null): Set<number> {
  const money = rows.map(moneyOf);
  if (statedTotal && madeInFull(money, statedTotal)) return new Set();
  const groups = new Set<number>();
  // from the bottom: a group's rows run to the next group found below it, or the end
  for (let r = rows.length - 3; r >= 0; r--) {
    const own = money[r];
    if (!own?.size) continue;
    const sums = new Map<string, Decimal>();
    for (let k = r + 1; k < rows.length && !groups.has(k); k++) {
      const m = money[k];
      // a row below without one of the group's amounts (or in another unit) cannot add up to it
      if (!m || [...own.keys()].some((key) => !m.has(key)) || rows[k][0].unit !== rows[r][0].unit) break;
      for (const key of own.keys()) sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(m.get(key) ?? 0));
      const closes = k + 1 === rows.length || groups.has(k + 1);
      if (k - r >= 2 && closes && [...own].every(([key, v]) => sums.get(key)?.eq(v))) {
        groups.add(r);
        break;
      }
    }
  }
  return groups.has(0) ? groups : new Set();
}

/** The money a list's own total row (合计, 总计) states, by measure, as exact decimals in the rows' unit. */
export type StatedTotal = Map<string, Decimal>;

/**
 * Whether every row, each with every measure the list's total states, adds up to that total: then no row is a group's
 * ("甲乡 | 2" over "乙镇 | 0.5" and "丙镇 | 1.5", 合计 4: the first row merely equals the two below it, and the total
 * counts it as a row of its own).
 */
function madeInFull(money: (Map<string, Decimal> | null)[], statedTotal: StatedTotal): boolean {
  if (!statedTotal.size) return false;
  return [...statedTotal].every(([key, total]) => {
    const values = money.map((m) => m?.get(key));
    return values.every((v) => v !== undefined) && sumOf(values as Decimal[]).equals(total);
  });
}

/** Whether a list's rows, two at least, add up exactly to every measure its own total row states (madeInFull). */
export function rowsMakeTotal(rows: TaskFragment[][], statedTotal: StatedTotal): boolean {
  return rows.length >= 2 && madeInFull(rows.map(moneyOf), statedTotal);
}

/**
 * The money of a list's total row by measure: each measure's cell holding one plain number (a blank or worded cell
 * states none of it). Null where no cell does.
 */
export function statedTotalOf(cells: { measure: string; text: string | undefined }[]): StatedTotal | null {
  const total: StatedTotal = new Map();
  for (const { measure, text } of cells) {
    const n = SUMMED_MEASURES.has(measure) && text ? cellNumber(text) : null;
    if (n && !n.unit && PLAIN_DECIMAL.test(n.value)) total.set(measure, new Decimal(n.value));
  }
  return total.size ? total : null;
}

/**
 * A table's task rows without its subtotal rows (subtotalRows): the rows each reader of project lists keeps. The list's
 * own total row, where the reader has it, decides first: rows that make it in full are all rows.
 */
export function withoutSubtotalRows(rows: TaskFragment[][], statedTotal: StatedTotal | null = null): TaskFragment[][] {
  const subtotals = subtotalRows(rows, statedTotal);
  return subtotals.size ? rows.filter((_, i) => !subtotals.has(i)) : rows;
}

/**
 * A name cell that calls its row a total of the rows under a name ("东山市合计", "产业类小计"): the sum of the rows it heads or
 * closes, no task (convention 7), whether or not those rows add up to it.
 */
const SUBTOTAL_CELL = /(?:合计|小计|总计)$/;

/** A row that closes a list with its total ("合计", "总计", "合 计"), which no reader takes for a project. */
export const CLOSING_TOTAL = /^(?:合计|总计|小计|共计)/;
/** The cell naming a list's own total row (合计, 总计, 共计), not a group's (小计), in a cell whose spaces are gone. */
const listTotalCell = (t: string | undefined): boolean => !!t && CLOSING_TOTAL.test(t) && !t.startsWith('小计');
/** A row that repeats the header word for word (the header over a part on the next page, in one table or the next). */
const repeatsHeader = (row: string[] | undefined, header: string[]) =>
  row?.length === header.length && row.every((t, c) => t === header[c]);
/** A table's last row holding its first cell alone: a copy cut inside the row (an excerpt's end), no row to read. */
const cutAtTheEnd = (row: string[]) => !!row[0]?.trim() && row.slice(1).every((t) => !t.trim());
/**
 * "地区 | 支持金额合计 | 重点项目" over "提前下达数 | 本次下达数": the row right under the header, words in fewer cells than the
 * header's and no figure, names the sub-columns of a header cell no measure is read from (the batches of a class of
 * money): the header's second row, no unread row of the list.
 */
function subHeaderOfGroup(row: string[], r: number, dataFrom: number, header: string[]): boolean {
  const filled = row.filter((t) => t);
  return r === dataFrom && filled.length < header.filter((t) => t).length && filled.every((t) => !/\d/.test(t) && !placeColumn(t));
}

/** Whether a row's name cell calls it a total: the list's (CLOSING_TOTAL) or a part's (SUBTOTAL_CELL). */
const totalRow = (cell: string) => {
  const words = cell.replace(/\s/g, '');
  return CLOSING_TOTAL.test(words) || SUBTOTAL_CELL.test(words);
};

/** The words over a table's part on a new page, a paragraph between the two parts. */
const CONTINUED = /^(?:续表\d*|续上表|\(续(?:表)?\)|续)$/;

/** What a project list's header says of its rows, for the rows of its part continued on the next page. */
interface ListSpec {
  blockIndex: number;
  nameCol: number;
  /** The name's cell in a row of the header's width. */
  nameCell: number;
  labelCols: number[];
  columns: Column[];
  width: number;
  unit: Unit;
  /** The header row's cells, which a part on the next page may repeat over its rows. */
  header: string[];
  /**
   * The one row a list read ending its table, held back: one row alone is a one-project table's own figures
   * (convention 7), but a part on the next page under the same header makes it a list of two.
   */
  pending?: TaskFragment[][];
}

/**
 * Where the table at `blockIndex` continues the list read at `spec.blockIndex` (the row its rows start at), or
 * -1: nothing stands between them but the words over a table's next part (续表), or nothing at all (a page
 * marker is dropped as furniture) and its first row goes on with a serial or repeats the list's header word for
 * word, as a table cut by a page break repeats its header; and its rows are the header's width (or short of blank
 * cells after the list's last read column only), none of them
 * a header of its own.
 */
function continues(doc: Document, spec: ListSpec, blockIndex: number, texts: string[][]): number {
  const between = doc.blocks.slice(spec.blockIndex + 1, blockIndex);
  if (between.length > 1 || between.some((b) => b.type !== 'paragraph' || !CONTINUED.test(simplify(b.text).replace(/\s/g, '')))) return -1;
  const repeated = repeatsHeader(texts[0], spec.header);
  // with no 续表 between them, the part goes on numbering the rows (its first cell a serial), or repeats the header
  if (!between.length && !repeated && !/^\d{1,3}$/.test(texts[0]?.[0] ?? '')) return -1;
  const rows = texts.slice(repeated ? 1 : 0);
  // (a part copied without its delimiter row loses the blank cells that close a row, "| 4 | B | 50 | 48 | 96% | |": a
  // row short of cells after the last one the list reads is whole)
  const needed = Math.max(spec.nameCell, ...spec.columns.map((c) => c.col)) + 1;
  const fits = (row: string[]) => row.length === spec.width || (row.length >= needed && row.length < spec.width);
  return rows.length > 0 && rows.every((row) => fits(row) && nameHeader(row) < 0) ? texts.length - rows.length : -1;
}

/**
 * A table laid on its side: its first column heads the rows with 项目名称 (or a place column, 县(市、区): an allocation
 * table's places) then the measures (预算数 / 执行数 / 执行率, 金额), and the first row names the projects ("| 项目名称 | A | B |"
 * over "| 预算数 | 12.5 | 30 |"). Such a table is read turned
 * back, one row a project, only when it has no merged cell, its first row holds no measure, every row below opens
 * with a measure whose cells are numbers or blank, and two projects at least are named.
 */
function turnedBack(block: TableBlock, year: number | null): TableBlock | null {
  const rows = block.rows;
  const width = rows[0]?.length ?? 0;
  if (rows.length < 2 || width < 3 || rows.some((r) => r.length !== width || r.some((c) => c.rowSpan > 1 || c.colSpan > 1))) return null;
  const text = (c: { text: string }) => simplify(c.text).replace(/\s/g, '');
  const first = rows[0].map(text);
  if (!(NAME_COLUMN.test(first[0]) || placeColumn(first[0])) || first.slice(1).some((t) => !t || columnOf(t, year) || cellNumber(t)))
    return null;
  const measured = rows.slice(1).every((r) => {
    const column = columnOf(text(r[0]), year);
    return !!column && !column.otherYear && r.slice(1).every((c) => !text(c) || EMPTY_VALUE.test(text(c)) || cellNumber(text(c)));
  });
  if (!measured) return null;
  return { ...block, id: `${block.id}~turned`, rows: first.map((_, c) => rows.map((r) => r[c])) };
}

/** The segments of a table's cells as its turned-back copy places them (row and column swapped), under the copy's id. */
function turnedSegments(segments: Segment[], block: TableBlock): Segment[] {
  return segments.flatMap((s) =>
    s.blockId === block.id && s.cell
      ? [{ ...s, blockId: `${block.id}~turned`, cell: { ...s.cell, row: s.cell.col, col: s.cell.row } }]
      : [],
  );
}

export function readProjectTables(doc: Document, segments: Segment[], year: number | null): TaskFragment[][] {
  // a table laid on its side is read turned back (turnedBack), its cells' segments placed as the copy has them
  const turned = doc.blocks.flatMap((b) => (b.type === 'table' && turnedBack(b, year) ? [b] : []));
  if (turned.length) {
    doc = { ...doc, blocks: doc.blocks.map((b) => (b.type === 'table' ? (turnedBack(b, year) ?? b) : b)) };
    segments = [...segments, ...turned.flatMap((b) => turnedSegments(segments, b))];
  }
  const out: TaskFragment[][] = [];
  // the list read last, whose part on the next page (a table with no header of its own) takes its header
  let previous: ListSpec | null = null;
  doc.blocks.forEach((block, blockIndex) => {
    if (block.type !== 'table') return;
    const texts = block.rows.map((row) => row.map((c) => simplify(c.text).replace(/\s/g, '')));
    const grid = gridOf(block);
    const spec = previous;
    previous = null;
    // "续表" over rows with no header: the list above goes on, its columns where its header put them
    const from = spec ? continues(doc, spec, blockIndex, texts) : -1;
    if (spec && from >= 0) {
      const groups = groupRows(texts, from, spec.nameCell);
      const rows: TaskFragment[][] = [];
      for (let r = from; r < texts.length; r++) {
        if (groups.has(r)) continue;
        const row = readRow(block, texts[r], grid[r], r, spec.width, spec, spec.columns, spec.unit, segments);
        if (row) rows.push(row);
      }
      // the row held back from the part above counts with this part's: two rows at least make the list
      const list = [...(spec.pending ?? []), ...withoutSubtotalRows(rows)];
      if (!spec.pending || list.length >= 2) {
        out.push(...list);
        previous = { ...spec, blockIndex, pending: undefined };
      } else previous = { ...spec, blockIndex, pending: list };
      return;
    }
    // "项目支出预算表": under a budget table's title, its 合计 column is each project's budget
    const title = textAbove(doc, blockIndex).join(' ');
    const budgetTable = BUDGET_TABLE_TITLE.test(title);
    // "…补助资金分配表": under an allocation table's title, a 合计 column beside the place column is each place's share
    const allocationTable = ALLOCATION_TABLE_TITLE.test(title);
    // "总额(万元) | 财政拨款 | 其他资金": a whole before the funding sources that split it is each row's budget (the
    // 年度主要任务 block with its 预算金额 group left out of the copy); so is a whole after them, the levels that gave the money
    // first ("项目名称 | 中央资金 | 省级资金 | 合计", an allocation table)
    const wholeOfSources = (row: string[], c: number) =>
      (WHOLE_BUDGET.test(row[c].replace(HEADER_UNIT, '')) || TOTAL_COLUMN.test(row[c])) &&
      (SOURCE_COLUMN.test(row[c + 1] ?? '') || sourceOrLevel(row[c - 1]));
    // "县区名称 | 市级资金(万元) | 备注": a place column's one money column, named by the level that gives it, is each place's
    // share (no other money column beside it: a table split by sources reads its 合计, above)
    const levelMoneyAlone = (row: string[], c: number) =>
      LEVEL_MONEY_COLUMN.test(row[c]) &&
      row.some(placeColumn) &&
      row.every((t, k) => k === c || (!columnOf(t, year) && !sourceOrLevel(t) && !TOTAL_COLUMN.test(t)));
    const headerColumn = (t: string, row?: string[], c?: number) =>
      columnOf(t, year) ??
      (row && c !== undefined && rowSumColumn(texts, row, c) ? headedColumn('budget', t) : null) ??
      (budgetTable || (row && c !== undefined && (wholeOfSources(row, c) || (allocationTable && totalBesidePlaces(row, c))))
        ? budgetTotalColumn(t.replace(/^总额/, '合计'))
        : null) ??
      (row && c !== undefined && levelMoneyAlone(row, c) ? headedColumn('budget', t) : null);
    // the header opens the table, or one of its sections further down: a form whose rows are grouped under
    // numbered titles ("二、项目支出明细情况") keeps the spending list below the project's own money rows
    // "项目名称 | 城乡道路养护 | 主管部门 | 北溪县交通局 | … | 预算执行率": a form's fields, label and value in turn (the
    // project's name after its label, then the next field's label and its value), run into the form's next row (a page's
    // margin cut, a copy that set the cells as one paragraph), are no list's header though they hold the columns' words:
    // the header of a list of sub-projects below them is. (A list's header, "项目名称 | 建设地点 | 实施单位 | 预算数", has
    // a column's word where a field's value would stand.)
    const isValue = (t: string | undefined) => !!t && !/\d/.test(t) && !LABEL_LIKE.test(t) && !NAME_COLUMN.test(t) && !headerColumn(t);
    const formField = (row: string[]) => {
      const n = row.findIndex((t) => NAME_LABEL.test(t));
      return n >= 0 && isValue(row[n + 1]) && LABEL_LIKE.test(row[n + 2] ?? '') && isValue(row[n + 3]);
    };
    const headerAt = texts.findIndex(
      (row, r) =>
        (r < 6 || sectionTitle(texts[r - 1])) &&
        nameHeader(row) >= 0 &&
        !formField(row) &&
        (row.some((t, c) => headerColumn(t, row, c)) ||
          yearsOverMeasures(row, texts[r + 1], headerColumn) ||
          groupOverMeasures(row, texts[r + 1], headerColumn)),
    );
    if (headerAt < 0) return;
    // a list under a section title ends at the next title: the rows below it (indicators) are no tasks
    const sectioned = headerAt > 0 && sectionTitle(texts[headerAt - 1]);
    const nextTitle = sectioned
      ? texts.findIndex((row, r) => r > headerAt && (sectionTitle(row) || FORM_FIELD_AFTER_LIST.test(row.find((t) => t) ?? '')))
      : -1;
    const end = nextTitle > 0 ? nextTitle : block.rows.length;
    const at = (c: number) => grid[headerAt][c];
    const headerRow = texts[headerAt];
    // "年度主要任务 | 任务名称 | …": the first column numbers the tasks (任务1, 任务2), the one headed 名称 names them
    const named = headerRow.findIndex((t) => NAME_COLUMN.test(t) && /名称$/.test(t));
    const nameCol = at(named >= 0 ? named : nameHeader(headerRow));
    // each column with the header cell it comes from (a cell of the row below: the cell above it)
    let columns: (Column & { header: number; text?: string })[] = [];
    for (let c = 0; c < headerRow.length; c++) {
      const col = headerColumn(headerRow[c], headerRow, c);
      if (col && !col.otherYear) columns.push({ col: at(c), measure: col.measure, ...(col.unit ? { unit: col.unit } : {}), header: c });
    }
    // a header over two rows: "资金情况(万元)" spanning 预算数 / 执行数 in the row below; or 预算数 over
    // 年初预算 / 调整后预算 and 执行数 over 金额 / 执行率, where a bare 金额 takes the measure of the cell above
    let dataFrom = headerAt + 1;
    const below = texts[headerAt + 1];
    // the header cell above a cell of the row below: the nearest at or before its column on the grid (a copy
    // leaves the other columns of a spanning cell empty; a table with spans lists the row below without the
    // cells merged down into it, so its cells' positions are not their columns)
    const above = (c: number) => {
      const g = grid[headerAt + 1]?.[c] ?? c;
      return headerRow.findLastIndex((t, h) => !!t && at(h) <= g);
    };
    const subColumn = (t: string, c: number) =>
      (GENERIC_SUB_COLUMN.test(t) && above(c) >= 0 ? headerColumn(headerRow[above(c)]) : null) ??
      budgetStage(t, above(c) >= 0 ? headerColumn(headerRow[above(c)])?.measure : undefined) ??
      headerColumn(t);
    if (
      below &&
      below.some((t) => t) &&
      below.every(
        (t, c) =>
          !t || SHARE_SUB_COLUMN.test(t) || subColumn(t, c) || (SOURCE_COLUMN.test(t) && below.some((u, d) => d !== c && subColumn(u, d))),
      )
    ) {
      const subs: (Column & { header: number; text?: string })[] = [];
      // "2022年 | 2023年" over 预算 / 实际 under each: a sub-column takes the year of the group above it
      const groupYear = (c: number) => (above(c) >= 0 ? YEAR_ALONE_HEADER.exec(headerRow[above(c)])?.[1] : undefined);
      const otherGroupYear = (c: number) => year !== null && !!groupYear(c) && Number(groupYear(c)) !== year;
      below.forEach((t, c) => {
        const col = t ? subColumn(t, c) : null;
        if (col && !col.otherYear && !otherGroupYear(c))
          subs.push({
            col: grid[headerAt + 1][c],
            measure: col.measure,
            ...(col.unit ? { unit: col.unit } : {}),
            header: above(c),
            text: t,
          });
      });
      // a header cell split into columns below it is no column of its own: its sub-columns are
      const split = new Set(subs.map((x) => x.header));
      columns = [...columns.filter((x) => !split.has(x.header)), ...subs];
      dataFrom = headerAt + 2;
    }
    // "预算数 | 调整预算数": the first is the initial budget
    const headerText = (c: Column & { header: number; text?: string }) => c.text ?? headerRow[c.header];
    columns = withAdjustedBudget(columns, columns.map(headerText));
    // "年初预算 | 调整预算 | 调整后预算": the middle one is the change between the other two
    const change = budgetChangeColumn(columns, columns.map(headerText));
    if (change >= 0) columns = columns.filter((_, k) => k !== change);
    // "资金投入 | 补助金额": the project's whole cost beside the fund's grant, the grant the budget
    const wholeCost = wholeInvestmentColumn(columns, columns.map(headerText));
    if (wholeCost >= 0) columns = columns.filter((_, k) => k !== wholeCost);
    // "执行率 | 资金使用率": the execution rate is the task's, the other rate no measure of it
    const other = otherRate(columns, columns.map(headerText));
    if (other >= 0) columns = columns.filter((_, k) => k !== other);
    // two columns for one measure (two years, no report year to choose by): which is the task's is not knowable
    if (!columns.length || new Set(columns.map((c) => c.measure)).size !== columns.length) return;
    let width = grid[headerAt][headerRow.length - 1] + block.rows[headerAt][headerRow.length - 1].colSpan;
    // "预算金额(万元)" closing the header, over "总额 | 财政拨款 | 其他资金" in the row below (text loses the
    // group's span and the empty cells before its sub-columns): 总额 is the group's own column, each row's
    // budget, and the funding sources after it widen the table
    const sub = dataFrom === headerAt + 1 ? texts[headerAt + 1] : undefined;
    const whole = sub ? sub.findIndex((t) => WHOLE_BUDGET.test(t)) : -1;
    const group = columns.find((c) => c.measure === 'budget');
    if (
      sub &&
      whole >= 0 &&
      group?.col === grid[headerAt][headerRow.length - 1] &&
      columns.length === 1 &&
      sub.every((t, c) => (c < whole ? !t : c === whole || SOURCE_COLUMN.test(t)))
    ) {
      width = group.col + sub.length - whole;
      dataFrom = headerAt + 2;
    }
    const unit = unitOf(doc, blockIndex, texts, headerAt, sectioned ? headerAt - 1 : -1);
    // the merged label beside a block of rows ("年度主要任务"): its column holds no cell of theirs
    const labelCols = headerRow.flatMap((t, c) => (BLOCK_LABEL.test(t) && at(c) !== nameCol ? [at(c)] : []));
    const rows: TaskFragment[][] = [];
    const nameCell = headerRow.findIndex((_, c) => at(c) === nameCol);
    const groups = groupRows(texts.slice(0, end), dataFrom, nameCell);
    let lastRead = -1;
    let unreadRows = 0;
    // a numbered list's row with no serial, named as a funding source ("中央财政…资金" under its project's row): the part of
    // the row above's money that source gave, no project of its own (a notice numbers the funds it lists as projects)
    const serialCol = headerRow.indexOf('序号') >= 0 ? at(headerRow.indexOf('序号')) : -1;
    const cellAt = (r: number, col: number) => texts[r][grid[r].indexOf(col)] ?? '';
    const sourceRow = (r: number) => serialCol >= 0 && !cellAt(r, serialCol) && fundingRowLabel(cellAt(r, nameCol)) === 'source';
    // (a column of the units the money goes to names tasks only where they are places: a bureau given money is no task)
    const placesOnly = RECIPIENT_COLUMN.test(headerRow[nameCell] ?? '');
    for (let r = dataFrom; r < end; r++) {
      if (groups.has(r) || sourceRow(r)) continue;
      if (placesOnly && !namedPlace(cellAt(r, nameCol))) continue;
      const row = readRow(block, texts[r], grid[r], r, width, { nameCol, labelCols }, columns, unit, segments);
      if (row) {
        rows.push(row);
        lastRead = r;
        continue;
      }
      // the rest of the name of the row above, wrapped into a row of its own
      const piece = lastRead === r - 1 ? wrappedName(texts[r], grid[r], nameCol, headerRow) : null;
      if (piece) {
        const whole = `${rows[rows.length - 1][0].name}${piece}`;
        rows[rows.length - 1] = columnRefusal(simplify(cleanName(whole))) ? [] : rows[rows.length - 1].map((f) => ({ ...f, name: whole }));
        if (!rows[rows.length - 1].length) rows.pop();
        lastRead = -1;
      } else if (
        texts[r].some((t) => t) &&
        // (or its 合计 first, the name cell holding the first sum: a copy dropped the empty 序号 cell before it)
        ![cellAt(r, nameCol), texts[r].find((t) => t)].some((t) => t && totalRow(t)) &&
        !subHeaderOfGroup(texts[r], r, dataFrom, headerRow) &&
        !repeatsHeader(texts[r], headerRow) &&
        !(r === end - 1 && cutAtTheEnd(texts[r]))
      )
        // (a total row may put its 合计 under the 序号 column, its name cell empty: "合计 | | 277.50")
        unreadRows++;
    }
    // "项目 | 预算 | 支出" with no rate: the rows name projects only if every one of them is read as one (a total aside)
    const byRows = named < 0 && !bareColumnNamesProjects(headerRow);
    if (byRows && unreadRows > 0) return;
    // "农业农村类 | 450 | 430" over its projects: a group row that sums the rows below is no task (unless every row,
    // that one too, makes the list's own total row)
    let totalAt = -1;
    // (its 合计 in the name cell or the first filled one, as the rows loop above looks for a total row)
    for (let r = dataFrom; r < end && totalAt < 0; r++) if ([cellAt(r, nameCol), texts[r].find((t) => t)].some(listTotalCell)) totalAt = r;
    const stated = totalAt < 0 ? null : statedTotalOf(columns.map((c) => ({ measure: c.measure, text: cellAt(totalAt, c.col) })));
    const tasks = withoutSubtotalRows(rows, stated);
    // a list that runs to its table's end may go on in the next table (spans of its header would misplace that part's cells)
    const plain = block.rows.every((row) => row.every((c) => c.rowSpan === 1 && c.colSpan === 1));
    const mayGoOn = end === block.rows.length && plain && headerRow.length === width;
    const list: ListSpec = { blockIndex, nameCol, nameCell, labelCols, columns, width, unit, header: headerRow };
    if (tasks.length >= 2) {
      out.push(...tasks);
      if (mayGoOn) previous = list;
    } else if (tasks.length === 1 && mayGoOn && headerAt === 0 && dataFrom === 1) previous = { ...list, pending: tasks };
  });
  return out;
}

/** A piece of a name as a wrapped line holds it: words, brackets, a few digits, no sentence. */
const NAME_PIECE = /^[\u4e00-\u9fff“”()a-zA-Z\d]{1,12}$/;

/**
 * A row that holds nothing but words in the name's column ("| | 提升工程 | | | |" under "| 1 | 农村饮水安全巩固 | 120 | …"):
 * a Word table converted from a PDF sets the wrapped end of a cell's name in a row of its own. It is the end of the
 * name of the row right above it; not a class heading (…类), a serial or a total, which head or close rows instead, nor the
 * 其中 that opens the rows splitting the row above by source.
 * Only in a list with a serial column (序号), whose rows carry their number: a row with a name and no number there is no
 * row of its own, where in a list without one it may be a project whose money cells are blank.
 */
export function wrappedName(row: string[], cols: number[], nameCol: number, header: string[]): string | null {
  if (!header.includes('序号')) return null;
  const filled = row.flatMap((t, c) => (t ? [c] : []));
  if (filled.length !== 1 || cols[filled[0]] !== nameCol) return null;
  const piece = row[filled[0]];
  if (!NAME_PIECE.test(piece) || cellNumber(piece) || serialLevel(piece) || /类(?:项目)?$|^(?:合计|总计|小计)/.test(piece)) return null;
  // "其中" in a row of its own opens the rows that split the row above by source, as a funding source's label does
  if (fundingRowLabel(simplify(piece))) return null;
  return piece;
}

function readRow(
  block: TableBlock,
  row: string[],
  cols: number[],
  r: number,
  width: number,
  { nameCol, labelCols }: { nameCol: number; labelCols: number[] },
  columns: Column[],
  unit: Unit,
  segments: Segment[],
): TaskFragment[] | null {
  const shift = width - (cols.length ? cols[cols.length - 1] + block.rows[r][cols.length - 1].colSpan : 0);
  const placements = [cols, ...(shift > 0 ? [cols.map((c) => c + shift)] : [])];
  const readings = placements
    .map((placed) => {
      const cellAt = (col: number) => placed.indexOf(col);
      const nameIdx = cellAt(nameCol);
      if (nameIdx < 0 || !row[nameIdx] || cellNumber(row[nameIdx])) return null;
      // a task's name under the block's merged label (which holds the label, or numbers the tasks: 任务1):
      // the row lost that cell, and sits one further right
      if (labelCols.some((col) => LABEL_CELL_MISPLACED(row[cellAt(col)]))) return null;
      if (splitBySource(row[nameIdx]) || SUBTOTAL_CELL.test(row[nameIdx].replace(/\s/g, ''))) return null;
      const seg = segmentAt(segments, block.id, r, nameIdx);
      if (!seg) return null;
      const name = nameAt(seg, 0, seg.text, { column: true });
      if (!name) return null;
      const fragments: TaskFragment[] = [];
      for (const column of columns) {
        const i = cellAt(column.col);
        // a word under a money column: the cells are not where this placement puts them
        const n = i >= 0 ? (column.measure === 'rate' ? cellNumber(row[i]) : moneyCell(row[i])) : null;
        if (i >= 0 && row[i] && !EMPTY_VALUE.test(row[i]) && !n) return null;
        // a percentage under a money column (or an amount in 万元 under the rate): misplaced cells
        if (n && (column.measure === 'rate' ? isMoneyUnit(n.unit) : n.unit === '%')) return null;
        const vseg = i >= 0 ? segmentAt(segments, block.id, r, i) : undefined;
        if (!n || !vseg) continue;
        const u: Unit = column.measure === 'rate' ? '%' : n.unit || column.unit || unit;
        if (!unitFitsMeasure(column.measure, u)) continue;
        fragments.push({ name, measure: column.measure, value: n.value, unit: u, segment: vseg, start: 0, end: vseg.text.length });
      }
      return fragments.length ? fragments : null;
    })
    .filter((x): x is TaskFragment[] => !!x);
  if (!readings.length) return null;
  const key = (f: TaskFragment[]) => f.map((x) => `${x.name}|${x.measure}|${x.value}`).join(';');
  // both alignments read, differently: the row's cells cannot be placed
  if (readings.length > 1 && key(readings[0]) !== key(readings[1])) return null;
  return readings[0];
}
