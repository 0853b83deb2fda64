/**
 * Numbered project lists flattened to text: one cell per line, or a row per line with its cells
 * separated by spaces, as evaluation notices copied from a web page arrive:
 *
 *   序号 主管部门 项目名称 资金量(万元) 等级
 *   1 A局 B项目 50 优
 *   2 C局 D项目 120.5 良
 *
 * Header words glued together by the removal of spaces between Chinese characters
 * ("序号主管部门项目名称") are split with the list-header vocabulary below; a run of headers
 * with a project-name column and a money or rate column opens the list. Then every row is
 * exactly one cell per header, its serial number 1, 2, 3 … under 序号, and every cell of a known
 * kind holds that kind (a name under 项目名称, a number under a money column, a grade under 等级). The first row that breaks this ends the list: cells lost or glued in flattening would
 * shift every column after them, and a shifted reading is worse than none. A budget document's
 * 项目支出预算表 (项目名称 | 合计 | 一般公共预算 | 政府性基金预算) reads its 合计 as each row's budget, under
 * the table's title only, and a row copied a line may lack its blank funding-source cells at its end.
 * Rows the structure explains are read past or read as they stand: the rows under a project's row that split its
 * money by source (其中:财政资金 / 其他资金, afterFundingRows: no tasks), a total row set first, a group's row; a
 * sub-item numbered under its row (1.1 under 1) is a row, and so is a row without its cell under a words column
 * merged down beside it (belowMergedWords).
 */
import type { Unit } from '../../model/record.ts';
import { ANY_GRADE, GRADES } from '../../model/keys.ts';
import { cellNumber, chineseNumeral, Decimal, isMoneyUnit, moneyCell, sumOf, UNIT_LINE } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { displayWidth, normalizedOffset, rawOffset } from '../../parse/normalize.ts';
import { type Segment, simplify, unitNote } from '../text.ts';
import { CHANGE_COLUMN_HEADER, FUNDS, isLineBudget, TABLE_HEADERS, TOTAL_SCORE_LABEL } from '../../model/wordings.ts';
import { nameAt } from './inlineLists.ts';
import { fundingRowLabel, namedInstitution, namedPlace, rateAgrees, type TaskMeasure } from './names.ts';
import {
  BLOCK_LABEL,
  bareColumnNamesProjects,
  CLOSING_TOTAL,
  columnOf,
  EMPTY_VALUE,
  GRADE_COLUMN,
  GROUP_HEADER,
  BUDGET_TABLE_TITLE,
  NAME_COLUMN,
  PLACE_NAME_HEADERS,
  moneyGroupAfterPlaces,
  rowsMakeTotal,
  placeColumn,
  RECIPIENT_COLUMN,
  SOURCE_COLUMN,
  TOTAL_COLUMN,
  WHOLE_BUDGET,
  withAdjustedBudget,
  budgetChangeColumn,
  wholeInvestmentColumn,
  withoutSubtotalRows,
  spendingNamesProjects,
  type StatedTotal,
  statedTotalOf,
} from './projectTables.ts';

interface Token {
  text: string;
  segment: Segment;
  start: number;
  /** The line of the original paragraph the cell is on. */
  line: number;
}

/** Two cells printed on one line of one paragraph (a cell that is not there is on no line). */
const onSameLine = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.segment === b.segment && a.line === b.line;

/** The first cell of the printed line the cell at `k` is on. */
function lineStartOf(tokens: Token[], k: number): number {
  let q = k;
  while (onSameLine(tokens[q - 1], tokens[k])) q--;
  return q;
}

/**
 * What a column holds: 'other' is a money column of another year, read past; 'text' is a column
 * of words (主管部门, 备注) whose cell a merged cell above may have taken from the row.
 */
/** A column of the works each row paid for ("建设内容", "主要内容", "实施内容"). */
const WORKS_COLUMN = /^(?:主要)?(?:建设|实施|支出|项目)?内容$/;

export type Kind = 'serial' | 'name' | 'grade' | 'score' | 'other' | 'text' | 'source' | { measure: TaskMeasure; unit?: Unit } | null;

/**
 * The funding sources a budget table splits each project's total into (项目支出预算表: 合计 | 一般公共预算 |
 * 政府性基金预算 …): money read past, and a copy that drops blank cells drops theirs at a row's end. The funds' columns
 * come from FUNDS: each budget a unit's funding lines come from by its full name, alone or as its appropriation
 * (一般公共预算拨款, 一般公共预算财政拨款), then the 财政专户's money and the appropriation as a whole (财政拨款).
 */
export const SOURCE_COLUMNS = [
  ...FUNDS.filter(isLineBudget).flatMap((f) => ['', '拨款', '财政拨款'].map((appropriation) => `${f.called[0]}${appropriation}`)),
  ...FUNDS.filter((f) => f.kind === 'account').map((f) => f.called[0]),
  ...FUNDS.filter((f) => f.kind === 'appropriation').map((f) => f.called[0]),
  '单位资金',
  '其他资金',
  '上年结转',
  // each level of government's share of a project's money, and the money raised by the unit itself
  '中央资金',
  '省级资金',
  '市级资金',
  '县级资金',
  '中央财政资金',
  '省级财政资金',
  '市级财政资金',
  '县级财政资金',
  // (an autonomous region's levels: its own, its prefectures' and leagues')
  '自治区资金',
  '地州市资金',
  '盟市资金',
  '自筹资金',
];

/**
 * Columns of project lists that hold words and are no task's money: read past, never kept. A place
 * column (乡镇名称 / 实施地点) beside 项目名称 says where the project is, as 主管部门 says who runs it.
 */
export const TEXT_COLUMNS = [
  '主管部门',
  '主管单位',
  '部门',
  '单位',
  '责任单位',
  '牵头单位',
  // a unit's own list of its projects names the office that runs each (教务处, 财务处)
  '责任部门',
  '实施部门',
  '归口部门',
  '评价方式',
  '单位名称',
  '实施单位',
  // the holder of a grant a science or research programme lists beside each of its projects
  '承担单位',
  '项目承担单位',
  '预算单位',
  '项目单位',
  '部门名称',
  '项目类别',
  '项目类型',
  // (an allocation table's kind of each place, and the tasks it sets each: 乡镇名单 | 乡镇类型 | 补助资金 | 任务清单)
  '乡镇类型',
  '任务清单',
  // the tasks an allocation binds each place to (约束性任务), or guides it to: words beside the place's money
  '约束性任务',
  '指导性任务',
  '资金来源',
  '债券性质',
  '债券类型',
  '备注',
  '会计凭证号',
  '主要内容',
  '对应项目',
  '乡镇名称',
  '乡镇',
  '所在乡镇',
  '实施地点',
  // an allocation table's site and works beside each project ("建设地点 | 建设内容 | 投资规模"), and a
  // project plan's (项目计划表) nature, scale, beneficiaries, term and targets
  '建设地点',
  '建设内容',
  '主要建设内容',
  '建设任务',
  '建设性质',
  '建设规模',
  '建设内容及规模',
  '建设内容和规模',
  '受益对象',
  '实施期限',
  '建设期限',
  '绩效目标',
  '联农带农机制',
  // a results or project table's other words beside each project: the money's nature (资金性质: 一般公共预算), its
  // term, the document that granted it, its aims and works, who answers for it, its code in the budget system
  // (not 完成情况: a header of it would split the block title 年度主要任务完成情况 into two headers)
  '资金性质',
  '起止时间',
  '实施周期',
  '下达文号',
  '资金文号',
  '文号',
  // and when it was granted or paid ("下达文号 | 下达时间 | 金额": a date, 2021.05.12, no amount)
  '下达时间',
  '下达日期',
  '拨付时间',
  '拨付日期',
  '年度目标',
  '实施内容',
  '项目负责人',
  '项目编码',
  '项目代码',
  '项目编号',
  '评价结论',
  // the budget subject an allocation is booked under ("2110302-水体"), beside each share
  '列支科目',
  '支出科目',
  '功能科目',
  // (by both classifications, "2299999-其他支出" | "50404-设备购置", an allocation table by its units' projects)
  '经济科目',
  '功能分类科目',
  '经济分类科目',
  '支出功能分类科目',
  '支出经济分类科目',
  '市县/单位名称',
  // a 部门整体支出绩效目标表's 年度履职目标 block (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额): the duty and the
  // task it sets, in words, before the project that funds it
  '部门职能',
  '年度目标任务',
  // why a project's money was not spent, in words beside its rate ("序号 | 项目名称 | 预算数 | 执行数 | 执行率 | 原因"):
  // blank for a project spent in full, so a copy may drop its cell at the row's end
  '原因',
  '原因说明',
  '原因分析',
  '偏差原因',
  '偏差原因分析',
  '未完成原因',
  '未完成原因分析',
  '未执行原因',
  '执行率偏低原因',
  // a results summary's (部门绩效自评结果公开汇总表) unit that ran each project, and how the result will be used, in words
  '项目实施单位',
  '自评结果应用意见',
  '评价结果应用意见',
  '结果应用意见',
  '结果应用',
  // a procurement intention's (政府采购意向) words beside each purchase and its budget: what is bought, how, and when
  '采购需求概况',
  '采购需求',
  '采购品目',
  '采购方式',
  '预计采购时间',
  // who applied for each project's money, and who builds or runs it (a 公示 of allocations)
  '申报单位',
  '申报主体',
  '项目申报单位',
  '实施主体',
  '建设单位',
  // who to ask about each project, when it was done, and what a review found wrong with it and did about it
  '联系人',
  '联系电话',
  '完成时间',
  '存在问题',
  '主要问题',
  '问题',
  '整改措施',
  '整改情况',
  '审核意见',
  // the body that evaluated each project, in an evaluation notice (a third party's name)
  '评价机构',
  '第三方机构',
  '评价单位',
  // a budget document's 项目支出预算表 says what each project's money is for, in words beside its amount
  '主要用途',
  '用途',
  '项目概况',
  '项目概述',
  '项目说明',
];

/**
 * Money a project left unspent, beside its budget and spending in a results summary ("预算数 | 执行数 | 结余数 |
 * 结余交回财政数", or 差额 / 未支付 as an execution table sets them between the spending and the rate): the difference of
 * the two, or what of it went back, no measure of the task; read past as another year's money is, a number or blank.
 */
const LEFT_OVER_COLUMNS = [
  '结余',
  '结余数',
  '结余资金',
  '结余金额',
  '结余交回财政数',
  '结余交回数',
  '交回财政数',
  '结转数',
  '结转结余数',
  '差额',
  '差额数',
  '未支付',
  '未支付数',
  // the money that reached the unit and its share of the budget (到位率), beside the budget and what was spent of it
  '到位资金',
  '到位数',
  '到位金额',
  '到位率',
  '资金到位率',
];
/**
 * What a project reaches, counted beside its money in an allocation or plan table ("资金金额 | 受益户数", "带动人数"):
 * households, people or villages, no money of the task; read past as another year's money is, a number or blank.
 * Unknown, such a column would end the header early and leave the list unread.
 */
const COUNT_COLUMNS = [
  '受益户数',
  '受益人数',
  '受益人口',
  '受益群众',
  '受益村数',
  '受益脱贫户数',
  '受益脱贫人口',
  '带动户数',
  '带动人数',
  '带动脱贫户数',
  '覆盖户数',
  '覆盖人数',
  // (the households a fund is divided by: 乡镇 | 现有贫困户数 | 资金安排额)
  '贫困户数',
  '现有贫困户数',
  '脱贫户数',
  '监测户数',
  '户数',
  '人数',
];
/**
 * The change from the year before (增减, 增减额, 比上年增减 …, LABELS.md convention 10): a column of money or percents read past,
 * which a budget document's 项目支出预算表 sets after its two years' columns. Unknown, it would end the header early and shift
 * every row's cells by one.
 */
const CHANGE_COLUMNS = CHANGE_COLUMN_HEADER.cells;

/** Words that head columns of project lists, used to split glued header runs (longest match first). */
const LIST_HEADERS = [
  // an allocation table's place column headed by the places' kind and 名称 (各设区市名称 | 全年预算数 | …: gluedRows.ts)
  ...PLACE_NAME_HEADERS,
  ...TEXT_COLUMNS,
  ...SOURCE_COLUMNS,
  ...LEFT_OVER_COLUMNS,
  ...CHANGE_COLUMNS,
  ...COUNT_COLUMNS,
  '序号',
  '评价等级',
  '自评等级',
  '绩效等级',
  '评价结果',
  '评价等次',
  '评价档次',
  '复核等次',
  // a finance body's spot-check of units' self-evaluations (抽查复核) lists its own score and grade beside theirs
  '复核等级',
  '复核结果',
  '复核分',
  '复核得分',
  '复核评分',
  '档次',
  '绩效等次',
  '等次',
  '等级',
  '自评得分',
  '评价得分',
  '自评分数',
  '评价分数',
  '得分',
  '分值',
  '权重',
  '年度主要任务',
  '项目名称',
  '子项目名称',
  '二级项目名称',
  '任务名称',
  '工作任务',
  '资金名称',
  '专项资金名称',
  '项目内容',
  '资金量',
  '资金规模',
  '资金金额',
  '资金总额',
  '涉及资金',
  '评价资金',
  '项目资金',
  '项目金额',
  '预算资金',
  '预算金额',
  '预算数',
  '金额',
  '年初预算数',
  '全年预算数',
  '调整后预算数',
  '年度预算数',
  '批复金额',
  '执行数',
  '全年执行数',
  '预算执行数',
  '决算数',
  '实际支出',
  '支出金额',
  '已支付',
  '执行率',
  '预算执行率',
  '完成率',
  '支出进度',
  // the budget tables' money, rate and score headers (wordings.ts), so that a glued run splits on any of them
  ...TABLE_HEADERS.filter((h) => h.column !== 'reason').flatMap((h) => h.words),
]
  .filter((word, i, all) => all.indexOf(word) === i)
  .sort((a, b) => b.length - a.length);
/** A unit or a column letter after a header word ("资金量(万元)", "执行数(B)", "执行率(B/A)"). */
const HEADER_SUFFIX = /^\((?:万元|元|亿元|千元|%|[A-Z][A-Z/×*\d%+\-]*)\)/;
/** A year before a header word ("2023年预算数"). */
const HEADER_YEAR = /^\d{4}年度?/;
const TEXT_COLUMN = new Set(TEXT_COLUMNS);
/**
 * A column saying in words how far each project got ("完成情况 | 已完工", "项目进度 | 在建"): words, no money. A header
 * only as a whole cell: in a glued run "年度主要任务完成情况" is a block's title, not two headers (LIST_HEADERS omits them).
 */
const STATUS_COLUMN = new Set([
  '完成情况',
  '项目完成情况',
  '实施情况',
  '项目实施情况',
  '进展情况',
  '项目进展情况',
  '项目进度',
  '建设进度',
  '实施进度',
  '完成进度',
  // (the bare word too, "进度 | 完工": its cells words, as a rate column's are numbers, which the word alone never names)
  '进度',
  '建设情况',
  '项目状态',
]);
const SOURCE_COLUMN_WORDS = new Set(SOURCE_COLUMNS);
/** A grade, perhaps with its score after it ("优秀(92.5分)"). */
const GRADE = new RegExp(String.raw`^(?:${ANY_GRADE}|[A-D]级?)(?:\(\s*\d+(?:\.\d+)?\s*分?\)|\(一般\))?$`);

/** What a row holds under a block's merged label (年度主要任务) when it holds a cell there: the task's number. */
const LABEL_NUMBER = /^(?:任务|项目)?[\d一二三四五六七八九十]{1,3}$/;

/** The number of a section's heading: "(二)", "二、", "3、" or "3." before its words. */
const SECTION_NUMBER = /^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d))(?=[\u4e00-\u9fff])/;

/** A whole token that heads a column: a name column, a money or rate column, or one of the list's other columns. */
function isHeader(text: string, year: number | null): boolean {
  const bare = text.replace(/\s/g, '');
  // "(二)项目支出", "三、项目支出情况": a section's numbered heading over the list, whose words may name a measure
  if (SECTION_NUMBER.test(bare)) return false;
  const words = bare.replace(/\([^()]{0,12}\)$/, '');
  return (
    LIST_HEADERS.includes(words) ||
    STATUS_COLUMN.has(words) ||
    NAME_COLUMN.test(words) ||
    placeColumn(bare) ||
    (columnOf(bare, year) !== null && !/\d{5,}|[,:;。]/.test(bare))
  );
}

/**
 * "序号主管部门项目名称" → ["序号", "主管部门", "项目名称"]; a whole token that is a header is one
 * header; null unless the whole token is headers.
 */
function splitHeaders(text: string, year: number | null): string[] | null {
  if (isHeader(text, year)) return [text.replace(/\s/g, '')];
  const out: string[] = [];
  let rest = text.replace(/\s/g, '');
  while (rest) {
    const dated = HEADER_YEAR.exec(rest)?.[0] ?? '';
    const word = LIST_HEADERS.find((h) => rest.startsWith(h, dated.length));
    if (!word) return null;
    const suffix = HEADER_SUFFIX.exec(rest.slice(dated.length + word.length))?.[0] ?? '';
    out.push(dated + word + suffix);
    rest = rest.slice(dated.length + word.length + suffix.length);
  }
  return out;
}

/**
 * The header words that open `text` ("子项目名称预算数(万元)执行数执行率住院救助…"): the headers and
 * how much of the text they take, spaces between them included.
 */
export function headerPrefix(text: string): { headers: string[]; length: number } {
  const headers: string[] = [];
  let at = 0;
  for (;;) {
    const space = /^\s*/.exec(text.slice(at))?.[0].length ?? 0;
    const rest = text.slice(at + space);
    const dated = HEADER_YEAR.exec(rest)?.[0] ?? '';
    const word = LIST_HEADERS.find((h) => rest.startsWith(h, dated.length));
    if (!word) break;
    const suffix = HEADER_SUFFIX.exec(rest.slice(dated.length + word.length))?.[0] ?? '';
    headers.push(dated + word + suffix);
    at += space + dated.length + word.length + suffix.length;
  }
  return { headers, length: at };
}

export function kindOf(header: string, year: number | null): Kind {
  const words = header.replace(/\([^()]{0,12}\)$/, '');
  if (words === '序号') return 'serial';
  if (NAME_COLUMN.test(words)) return 'name';
  // (how a result will be used, 评价结果应用意见, is words about the grade, not the grade)
  if (GRADE_COLUMN.test(words) && !TEXT_COLUMN.has(words)) return 'grade';
  if (/得分|分值|分数|权重|评分|复核分/.test(words)) return 'score';
  if (TEXT_COLUMN.has(words) || STATUS_COLUMN.has(words)) return 'text';
  if (SOURCE_COLUMN_WORDS.has(words)) return 'source';
  if (LEFT_OVER_COLUMNS.includes(words) || CHANGE_COLUMNS.includes(words) || COUNT_COLUMNS.includes(words)) return 'other';
  // a budget table's 合计 (the run admits it only under such a table's title): each project's budget
  const total = TOTAL_COLUMN.exec(header);
  if (total) return { measure: 'budget', ...(total[1] ? { unit: total[1] as Unit } : {}) };
  const column = columnOf(header, year);
  if (column?.otherYear) return 'other';
  return column ? { measure: column.measure, ...(column.unit ? { unit: column.unit } : {}) } : null;
}

/**
 * The cells of paragraphs: the original's lines and spaces separate them. Normalization drops
 * line breaks and spaces between Chinese characters ("县水务局\n农村饮水…" becomes one word), so
 * cells are cut from the original (raw) text and mapped back to the normalized text.
 */
/** A grade word of two characters or more that a copy spaced inside ("良 好", "优 秀"): one cell, as its word is one. */
const SPACED_GRADE = `(?:${GRADES.map((g) => g.word)
  .filter((w) => w.length > 1)
  .map((w) => [...w].join(' '))
  .join('|')})`;
/**
 * The word of time a header's year follows ("截至 2023年底已发债券规模", "截止 2024 年末"): a PDF copy sets the year a space apart
 * from the Chinese before it as from the Chinese after it, and no cell is a word of time alone.
 */
const TIME_WORD = '(?:截至|截止到?|至|到)';
/**
 * A cell of a line whose cells spaces separate: a run of non-spaces, an amount and its unit a PDF copy set a space
 * apart ("220 万元" is one cell, not an amount and a column of units), a grade spaced inside its word, or a header's
 * year set a space apart from its words ("2024 年预算数", one cell as "2024年预算数" is), with the word of time before it.
 */
const SPACED_CELL = new RegExp(
  String.raw`\d[\d,.]*\s(?:万元|萬元|亿元|億元|千元|元)(?=\s|$)|${SPACED_GRADE}(?=\s|$)|(?<!\S)(?:${TIME_WORD}\s)?(?:19|20)\d{2}\s?年[^\s\d,;。:]\S*|\S+`,
  'g',
);

export function cellTokensOf(segments: Segment[], opts: { emptyCells?: boolean } = {}): Token[] {
  const out: Token[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    const raw = seg.source.raw ?? seg.source.text;
    const push = (from: number, to: number, line: number) => {
      const start = normalizedOffset(seg.source, from);
      const span = seg.text.slice(start, normalizedOffset(seg.source, to));
      const text = span.trim();
      if (text) out.push({ text, segment: seg, start: start + (span.length - span.trimStart().length), line });
      else if (opts.emptyCells) out.push({ text: '', segment: seg, start, line });
    };
    const rawLines = raw.split('\n');
    const openers = rowOpeningBars(rawLines);
    // a web grid copied one cell a line, each closed by its bar ("本年收入合计 |"): a cell the copy wrapped leaves its head on
    // a line with no bar ("执" over "行率 |") between two such lines, one cell with the line below
    const barredAround = (line: number) => ONE_BARRED_CELL.test(rawLines[line - 1] ?? '') && ONE_BARRED_CELL.test(rawLines[line + 1] ?? '');
    let lineStart = 0;
    let joinedHead = -1;
    rawLines.forEach((lineText, line) => {
      const offset = lineStart;
      lineStart += lineText.length + 1;
      // a page marker ("第 2 页 共 3 页"), which the Markdown reader left as a zero-width space: no cell
      if (lineText.trim() === '\u200B') return;
      // a row's opening bar on a line of its own (rowOpeningBars): no cell
      if (openers.has(line)) return;
      if (lineText.trim() && !lineText.includes('|') && lineText.trim().length <= WRAPPED_HEAD && barredAround(line)) {
        joinedHead = offset + lineText.length - lineText.trimStart().length;
        return;
      }
      if (joinedHead >= 0) {
        push(joinedHead, offset + lineText.lastIndexOf('|'), line);
        joinedHead = -1;
        return;
      }
      // "乡 镇" / "金 额": a cell whose characters a copy set apart to fill its width is one word, no row of cells
      if (SPACED_OUT_WORD.test(lineText)) {
        push(offset, offset + lineText.length, line);
        return;
      }
      if (!lineText.includes('|')) {
        for (const m of lineText.matchAll(SPACED_CELL)) push(offset + m.index, offset + m.index + m[0].length, line);
        return;
      }
      // "30226 劳务费 | 50,000.00 |": the pipes separate the cells, whose words may hold spaces;
      // a line of pipes alone separates rows, a pipe alone is a blank cell
      if (/^[\s|]*$/.test(lineText) && (lineText.match(/\|/g) ?? []).length > 1) return;
      const pieces: { at: number; text: string }[] = [];
      let at = 0;
      for (const piece of lineText.split('|')) {
        pieces.push({ at, text: piece });
        at += piece.length + 1;
      }
      const trimmed = lineText.trim();
      if (trimmed.endsWith('|')) pieces.pop();
      if (trimmed.startsWith('|') && pieces.length > 1) pieces.shift();
      for (const piece of pieces) push(offset + piece.at, offset + piece.at + piece.text.length, line);
    });
  }
  return out;
}

/**
 * A line of single Chinese characters a space or a few apart ("乡 镇", "金 额", "单  位"): a Word cell's distributed
 * alignment spreads a short word across the cell, and a copy keeps the spaces. A row of cells never holds only
 * one-character cells.
 */
const SPACED_OUT_WORD = /^\s*[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,5}\s*$/;

/** A bar alone on its line: a blank cell, or a row's opening bar (rowOpeningBars). */
const LONE_BAR = /^\s*\|\s*$/;
/** A row's serial number, one cell closed by its bar ("1 |"). */
const SERIAL_CELL = /^\s*\d{1,3}\s*\|\s*$/;
/**
 * The lines that hold a row's opening bar alone (a web grid copied one cell a line, "|" / "序号 |" / "乡镇 |" … then "|" /
 * "1 |" / "甲镇 |" …): where the header's first cell, 序号, has a bar alone on the line above it, each bar alone right above a
 * row's serial opens that row, as the header's opens the header, and is no blank cell. Elsewhere a bar alone is a blank
 * cell (a row's last, blank, cell right above the next row's serial among them).
 */
function rowOpeningBars(lines: string[]): Set<number> {
  const header = lines.findIndex((l, k) => /^\s*序号\s*\|\s*$/.test(l) && LONE_BAR.test(lines[k - 1] ?? ''));
  if (header < 0) return new Set();
  const out = new Set([header - 1]);
  for (let k = header + 1; k < lines.length - 1; k++) if (LONE_BAR.test(lines[k]) && SERIAL_CELL.test(lines[k + 1])) out.add(k);
  return out;
}

/** A line that is one cell closed by its bar ("行率 |", "1,242.85 |"). */
const ONE_BARRED_CELL = /^[^|]+\|\s*$/;
/** The longest head of a wrapped cell on its line with no bar: a few characters of a header's or a name's word. */
const WRAPPED_HEAD = 8;

/**
 * A project's code in the budget system written in digits alone ("5309232300001" under 项目编码): ten digits at least,
 * no point or comma, longer than an amount a list of projects states without its decimals.
 */
const PROJECT_CODE = /^\d{10,}$/;

/** The words over a table's part on a new page. */
const CONTINUED = /^(?:续表\d*|续上表|\(续(?:表)?\)|续)$/;

/**
 * A layout copy's header with its narrow columns' words wrapped onto the line below ("年度主要任" / "务", "预算数(万" / "元)"),
 * each header joined whole (withWrappedHeaderWords, withWrappedHeaderUnits): for the readers of other blocks (mainTasks.ts).
 */
export function withWrappedHeaders(tokens: Token[], year: number | null): Token[] {
  return withWrappedHeaderUnits(withWrappedHeaderWords(tokens, year), year);
}

/** Where a list ends: a token that is a sentence or a heading, not a cell. */
const NOT_A_CELL = /[。;]|^[一二三四五六七八九十]+、/;

export function readFlatLists(segments: Segment[], year: number | null): TaskFragment[][] {
  const tokens = withLastHeaderCut(
    withWrappedHeaderUnits(withWrappedHeaderWords(withCellsOverLines(cellTokensOf(segments, { emptyCells: true }), year), year), year),
    year,
  );
  const out: TaskFragment[][] = [];
  // a bare 项目 before a header word is one too, first in the run or between two (whose column it names is
  // decided below)
  const headerAt = tokens.map((t, k) =>
    t.text
      ? (splitHeaders(t.text, year) ??
        (t.text === '项目' && tokens[k + 1]?.text && splitHeaders(tokens[k + 1].text, year) ? ['项目'] : null))
      : null,
  );
  for (let i = 0; i < tokens.length; i++) {
    if (!headerAt[i] || (i > 0 && headerAt[i - 1])) continue;
    // "项目名称 / A / B / 预算数 / 12.5 / 30 / …": the table copied column by column, each under its header
    const byColumn = columnBlocks(tokens, headerAt, i, year);
    if (byColumn) {
      out.push(...byColumn.rows);
      i = byColumn.end - 1;
      continue;
    }
    // the header run: tokens made only of header words
    const headers: string[] = [];
    // a header over two lines: the first line's group ("资金情况(万元)"), where its line's headers stop
    let group: { at: number; line: number; unit: string; subsFrom: number } | null = null;
    let j = i;
    for (; j < tokens.length; j++) {
      const split = headerAt[j];
      const grouped: RegExpExecArray | null =
        !split && !group && headers.length ? GROUP_HEADER.exec(tokens[j].text.replace(/\s/g, '')) : null;
      // the group on the line of the headers before it, or each header a line of its own (one cell per line):
      // then the headers after the group are its columns
      const ownLines = (k: number) => tokens[k - 1]?.line !== tokens[k].line && tokens[k + 1]?.line !== tokens[k].line;
      if (grouped && (tokens[j].line === tokens[j - 1].line || (ownLines(j - 1) && ownLines(j) && !!headerAt[j + 1]))) {
        group = { at: headers.length, line: tokens[j].line, unit: grouped[1] ?? '', subsFrom: -1 };
        continue;
      }
      if (group && group.subsFrom < 0 && split && tokens[j].line !== group.line) group.subsFrom = headers.length;
      // "资金量" / "(万元)": a header's unit or column letter on a line of its own belongs to it
      if (!split && headers.length && HEADER_SUFFIX.test(tokens[j].text) && HEADER_SUFFIX.exec(tokens[j].text)?.[0] === tokens[j].text) {
        headers[headers.length - 1] += tokens[j].text;
        continue;
      }
      // "项目名称 | 合计 | 一般公共预算 …" under a budget table's title (项目支出预算表): its 合计 column
      if (!split && headers.some((h) => kindOf(h, year) === 'name') && TOTAL_COLUMN.test(tokens[j].text.replace(/\s/g, ''))) {
        const above = tokens
          .slice(Math.max(0, i - 6), i)
          .map((t) => t.text)
          .join('');
        if (BUDGET_TABLE_TITLE.test(above)) {
          headers.push(tokens[j].text.replace(/\s/g, ''));
          continue;
        }
      }
      if (!split) break;
      headers.push(...split);
    }
    // a header whose cells a PDF's layout copy set on several lines, each word at its column ("预算数 执行数" over
    // "序号 项目名称 执行率" over "(万元) (万元)"): the columns in the order of their place across the page
    const stacked = group ? null : stackedHeader(tokens.slice(i, j), year);
    if (stacked) headers.splice(0, headers.length, ...stacked);
    if (group) {
      // the headers of the line below the group's are its columns, in its place
      if (group.subsFrom < 0) continue;
      const unit = group.unit;
      // the group's unit is its columns' ("资金情况(万元)" over 预算数 / 执行数), unless they state their own
      const subs = headers.splice(group.subsFrom).map((h) => (unit && !/\)$/.test(h) ? `${h}(${unit})` : h));
      headers.splice(group.at, 0, ...subs);
    }
    // "预算数 | 执行数 | 执行率" over "年初预算 | 全年预算": a header over two rows copied a row a line or one cell a line,
    // the stages of the budget on the second row after every other header; they take the budget header's place
    if (!group && tokens[j - 1] && (tokens[j - 1].segment !== tokens[i].segment || tokens[j - 1].line !== tokens[i].line))
      headers.splice(0, headers.length, ...budgetStagesBelow(headers));
    // "资金(万元)" then 预算数 / 执行数 with no unit of their own: a group header over two rows copied one cell a
    // line, its measure said again below it; the group is no column, its unit is its columns'
    const measureOf = (h: string) => {
      const k = kindOf(h, year);
      return k && typeof k === 'object' ? k.measure : null;
    };
    const over = headers.findIndex(
      (h, c) =>
        GROUP_HEADER.test(h) &&
        /\((?:万元|元|亿元)\)$/.test(h) &&
        headers.slice(c + 1).some((x) => !/\)$/.test(x) && measureOf(x) !== null && measureOf(x) === measureOf(h)),
    );
    if (!group && over >= 0) {
      const unit = /\((万元|元|亿元)\)$/.exec(headers[over])?.[1];
      headers.splice(over, 1);
      for (let c = over; c < headers.length; c++) if (measureOf(headers[c]) && !/\)$/.test(headers[c])) headers[c] += `(${unit})`;
    }
    // "预算数 执行数" over "财政拨款 其他资金 财政拨款 其他资金" (a row a line): a second header row that splits each money
    // header into its sources and states no whole of any; which cell is a row's budget is not stated, so no row is read
    if (!group && sourcesBelowWithoutWhole(tokens.slice(i, j), headers, year)) continue;
    // "预算数 / 执行数" over "合计 / 财政拨款 / 其他资金" once under each: the money split by source in a header's second row
    const split = group ? null : wholeAndSourcesBelow(tokens, j, headers, year);
    if (split) {
      headers.splice(0, headers.length, ...split.headers);
      j = split.end;
    }
    // "预算数" over "中央 省级 市级 区级": the budget split by the level that gave it, each row's amount in one of them
    const levels = group || split ? null : levelsBelowBudget(tokens, j, headers, year);
    if (levels !== null) j = levels;
    if (!group && !split) headers.splice(0, headers.length, ...wordColumnsFirst(tokens, i, j, headers, year));
    const kinds = headers.map((h, c) => (split?.sources.has(c) ? 'source' : kindOf(h, year)));
    // "地区 | 资金合计 | … | 支出方向": a name column right of the places' money says what that money is for, as in a
    // table (projectTables' moneyGroupAfterPlaces): the places name the rows
    const namedAfter = kinds.indexOf('name');
    if (namedAfter >= 0 && moneyGroupAfterPlaces(headers, namedAfter)) kinds[namedAfter] = 'text';
    // an allocation table's place column (市县名称 | 资金合计 …, 村名 | 金额) names the rows where no column names projects:
    // a fund divided among places lists them as its items (names.ts namedPlace); beside a project column it locates them
    if (!kinds.includes('name')) {
      const place = headers.findIndex(placeColumn);
      if (place >= 0) kinds[place] = 'name';
    }
    // "序号 | 建设内容 | 预算金额 | 已支付金额": a works column, the only words beside the money, names the rows where no column
    // names projects (beside a 项目名称 column it describes each project's works)
    const words = kinds.flatMap((k, c) => (k === 'text' ? [c] : []));
    if (!kinds.includes('name') && words.length === 1 && WORKS_COLUMN.test(headers[words[0]])) kinds[words[0]] = 'name';
    // "年度主要任务 | 任务名称 | …": the column headed 名称 names the rows, the other one labels them (任务1)
    const named = headers.findIndex((h, c) => kinds[c] === 'name' && /名称(?:\(|$)/.test(h));
    if (named >= 0) kinds.forEach((k, c) => (k === 'name' && c !== named ? (kinds[c] = 'text') : null));
    // …that label is a cell merged down beside the rows: a copy that drops blank cells (space-separated rows, a PDF's
    // layout columns) leaves the rows none of it, and the first row then opens with its task's name. The column is
    // dropped where the first row's cell is neither the label, a task's number (任务1) nor a blank cell kept
    const label = headers.findIndex((h, c) => kinds[c] === 'text' && BLOCK_LABEL.test(h));
    const firstCell = tokens[j]?.text.replace(/\s/g, '');
    if (label === 0 && named === 1 && firstCell && !BLOCK_LABEL.test(firstCell) && !LABEL_NUMBER.test(firstCell)) {
      headers.splice(label, 1);
      kinds.splice(label, 1);
    }
    // "分项资金" over "分项名称" / "资金额度(万元)" / "执行进度", a line each: money's words before the names' header whose measure
    // a column after the names states again label the block (a form's cell merged down beside its rows), and are no column of
    // it ("预算数 | 项目名称 | 执行数" keeps its first column: no measure there twice)
    const first = kinds[0];
    const restated =
      first === null || (typeof first === 'object' && kinds.slice(2).some((k) => typeof k === 'object' && k?.measure === first.measure));
    if (headers.length >= 3 && kinds[1] === 'name' && restated && label < 0) {
      headers.splice(0, 1);
      kinds.splice(0, 1);
    }
    // a bare 项目 heads the projects' names where the list grades them (an evaluation notice); elsewhere
    // it is the row labels of an account table, never a list of projects
    const bare = headers.indexOf('项目');
    // (or beside a budget and its spending, with no rate: there the rows decide, every one of them read as a project's)
    const unnamed = bare >= 0 && !kinds.includes('name');
    const byRows = unnamed && !bareColumnNamesProjects(headers) && spendingNamesProjects(headers);
    if (unnamed && (bareColumnNamesProjects(headers) || byRows)) kinds[bare] = 'name';
    // "预算数 | 调整预算数": the first is the initial budget
    const measured = kinds.flatMap((k, c) => (typeof k === 'object' && k !== null ? [c] : []));
    withAdjustedBudget(
      measured.map((c) => kinds[c] as { measure: TaskMeasure; unit?: Unit }),
      measured.map((c) => headers[c]),
    ).forEach((k, m) => {
      kinds[measured[m]] = k;
    });
    // "年初预算 | 调整预算 | 调整后预算": the middle one is the change between the other two, no measure of the row
    const change = budgetChangeColumn(
      measured.map((c) => kinds[c] as { measure: TaskMeasure }),
      measured.map((c) => headers[c]),
    );
    if (change >= 0) kinds[measured[change]] = null;
    // "资金投入 | 补助金额": the project's whole cost beside the fund's grant, read past as another year's money is
    const stillMeasured = measured.filter((c) => typeof kinds[c] === 'object' && kinds[c] !== null);
    const whole = wholeInvestmentColumn(
      stillMeasured.map((c) => kinds[c] as { measure: TaskMeasure }),
      stillMeasured.map((c) => headers[c]),
    );
    if (whole >= 0) kinds[stillMeasured[whole]] = 'other';
    // "序号 | 单位 | 金额(万元) | 备注": the column of the units the money goes to names the rows where nothing else does, and
    // only its places are rows (a fund divided among districts); a bureau given money is no task (projectTables' placesOnly)
    const recipient = kinds.includes('name') ? -1 : headers.findIndex((h) => RECIPIENT_COLUMN.test(h));
    if (recipient >= 0) kinds[recipient] = 'name';
    // "补助资金(万元) | 约束性任务" over "甲镇 | 0.2 | 补助1户": the places' column copied without its header (a blank header
    // cell), each row opening with a place before the header's cells; read only where the list's closing total states the sum
    // of the rows' money (placesUnheaded, below; projectTables' rowsMakeTotal)
    const unheaded = placesUnheaded(tokens, j, kinds);
    if (unheaded) {
      kinds.unshift('name');
      headers.unshift('');
    }
    const nameCol = kinds.indexOf('name');
    const measures = kinds.filter((k): k is { measure: TaskMeasure; unit?: Unit } => typeof k === 'object' && k !== null);
    if (nameCol < 0 || kinds.lastIndexOf('name') !== nameCol || !measures.length) continue;
    if (new Set(measures.map((m) => m.measure)).size !== measures.length) continue;
    const declared = tokens
      .slice(Math.max(0, i - 6), i + 1)
      .map((t) => t.segment.text)
      .join(' ');
    // a sub-list of a project's form under the measures its money header states above it, in that header's unit
    const stated = (UNIT_LINE.exec(declared)?.[1] as Unit | undefined) ?? formUnitAbove(tokens, i, measures, year);
    const unit = stated ?? '万元';
    if (serialUnderNoHeader(tokens, j, kinds, unit, year)) kinds.unshift('serial');
    const headerWords = tokens.slice(i, j).map((t) => t.text);
    let { rows: read, end } = readRows(tokens, j, kinds, unit, year, headerWords);
    // which level's column holds a row's amount is lost with the blank cells: a row is read only where its budget
    // less its spending is the 结余数 beside them, the one placement that says the amount is the whole budget
    if (levels !== null && !read.every((r) => leftOverAgrees(tokens, r))) continue;
    // the columns the rows fill: under a 序号 the rows left blank (blankSerials), all but that one, where the
    // header's own columns read no row
    let rowKinds = kinds;
    if (!read.length && blankSerials(tokens, j, kinds)) {
      rowKinds = kinds.slice(1);
      ({ rows: read, end } = readRows(tokens, j, rowKinds, unit, year, headerWords));
    }
    // "项目名称 预算数 执行数 执行率 / A / B / C / 35.6 / 35.6 / 100% / …": every name first, then every value
    const gathered = read.length > 1 ? null : namesThenValues(tokens, j, kinds, unit, year);
    if (gathered) ({ rows: read, end } = gathered);
    // "(单位:元)" a paragraph of its own right under a list that declared no unit above it: the list's unit
    const noted = stated ? null : unitNoteAfter(tokens, end, headerAt, kinds.length);
    if (noted && noted !== unit) ({ rows: read, end } = readRows(tokens, j, rowKinds, noted, year, headerWords));
    // one row is a list only in an evaluation notice (numbered rows, a grade column) that ends after
    // it: the notice of a unit with one project. Where a second row follows and does not read, the
    // list is damaged, and elsewhere a lone row may be a one-project table's own figures
    const inYuan =
      !stated && !noted && totalInYuan(tokens, i, end, read) ? read.map((r) => r.map((f) => ({ ...f, unit: '元' as Unit }))) : read;
    // (a row left unread under a bare 项目 read by its rows: an account's class of spending, the rows no projects)
    if (byRows && (rowLeftUnread(tokens, end) || rowsStarted(tokens, j, end) > inYuan.length)) continue;
    // "农业农村类 450 430" over its projects: a group row that sums the rows below is no task
    // (unless every row, that one too, makes the list's own total row, closing it or set first under the header)
    const listTotal = statedTotalAt(tokens, end, rowKinds) ?? statedTotalAt(tokens, j, rowKinds);
    if (unheaded && !(listTotal && rowsMakeTotal(inYuan, listTotal) && inYuan.every((r) => namedPlace(simplify(r[0].name))))) continue;
    // (or an institution named for itself after its place: a library, a school, a culture station)
    const rows = withoutSubtotalRows(inYuan, listTotal).filter(
      (r) => recipient < 0 || namedPlace(simplify(r[0].name)) || namedInstitution(simplify(r[0].name)),
    );
    const notice = kinds.includes('serial') && kinds.includes('grade');
    const second = serialOf(tokens[end]?.text) === '2';
    // rows told apart by the words before their name (年度目标任务 | 支出项目名称 | 预算金额: two tasks one project funds)
    // are several rows under one name, where their amounts differ; elsewhere one name is one row read again
    const toldApart = kinds.slice(0, kinds.indexOf('name')).includes('text');
    const distinct = new Set(rows.map((r) => (toldApart ? [r[0].name, ...r.map((f) => f.value)].join('|') : r[0].name)));
    if (distinct.size >= (notice && !second ? 1 : 2)) out.push(...rows);
    i = Math.max(i, end - 1);
  }
  return out;
}

/**
 * A header of money and words alone (no column names the rows) whose first row opens with a place and then holds one cell
 * under each header: the column of the places the money is divided among, its header cell left blank in the page.
 */
function placesUnheaded(tokens: Token[], from: number, kinds: Kind[]): boolean {
  const first = kinds[0];
  if (kinds.includes('name') || kinds.includes('serial') || typeof first !== 'object' || first === null) return false;
  const opening = tokens[from]?.text.replace(/\s/g, '') ?? '';
  return namedPlace(simplify(opening)) && !!cellNumber(tokens[from + 1]?.text ?? '');
}

/** The rows that start between `from` and `to`: a word that is no total (合计) with an amount right after it. */
function rowsStarted(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let q = from; q < to; q++) if (rowLeftUnread(tokens, q)) n++;
  return n;
}

/**
 * Whether the list's reading stopped at a row it could not read: a word that is no total (合计) followed by an amount, where
 * a list that ran to its end meets its total row, a paragraph or nothing.
 */
function rowLeftUnread(tokens: Token[], end: number): boolean {
  const word = tokens[end]?.text.replace(/\s/g, '') ?? '';
  if (!word || CLOSING_TOTAL.test(word) || cellNumber(word)) return false;
  return !!cellNumber(tokens[end + 1]?.text ?? '');
}

/**
 * A header copied one cell a line whose word columns come last (序号 / 项目名称 after 预算数(万元) / 执行数(万元) /
 * 执行率): pdftotext's plain copy prints a ruled table's header cells from the top of the page down, and the cells whose
 * words a narrow column wrapped over two lines start higher than those on one. The rows below still run in the page's
 * order, their serial first. The headers in the rows' order: the words' run (serial, texts, the name) moved before the
 * others where the header ends with it, opens with it no more, every header is a line of its own, and the first row
 * opens with its serial 1 and a word; else the headers as they are.
 */
function wordColumnsFirst(tokens: Token[], from: number, to: number, headers: string[], year: number | null): string[] {
  const kinds = headers.map((h) => kindOf(h, year));
  const wordKind = (k: Kind) => k === 'serial' || k === 'text' || k === 'name';
  let start = headers.length;
  while (start > 0 && wordKind(kinds[start - 1])) start--;
  if (start === 0 || start === headers.length || kinds[start] !== 'serial' || !kinds.slice(start).includes('name')) return headers;
  if (kinds.slice(0, start).some((k) => wordKind(k) || k === null)) return headers;
  const run = tokens.slice(from, to);
  if (run.some((t, k) => k > 0 && onSameLine(run[k - 1], t))) return headers;
  const first = tokens[to];
  const second = tokens[to + 1];
  if (first?.text !== '1' || !second?.text || cellNumber(second.text)) return headers;
  return [...headers.slice(start), ...headers.slice(0, start)];
}

/**
 * "序号 | 项目名称 | 预算数 | 执行数 | 执行率" over "合计 | 财政拨款 | 其他资金 | 合计 | 财政拨款 | 其他资金" (安排经费 / 实际支出
 * over 总计 / 拨款 / 自筹): each money header a group over the whole (WHOLE_BUDGET) and the funding sources that split it
 * (SOURCE_COLUMN), the table's second header row copied after the first one cell a line or a row a line. The whole is the
 * group's measure, each row's; its sources are read past. The headers in the order of the columns, and where the rows
 * begin; null unless the second row starts a line of its own, ends its line, and holds exactly one and the same group of
 * sub-columns for each money header (a rate spans both rows): any other count would place the rows' cells by guess.
 */
function wholeAndSourcesBelow(
  tokens: Token[],
  from: number,
  headers: string[],
  year: number | null,
): { headers: string[]; sources: Set<number>; end: number } | null {
  const amounts = headers.flatMap((h, c) => (isMoneyHeader(h, year) ? [c] : []));
  const sub = (t: Token | undefined) => {
    const bare = t?.text.replace(/\s/g, '') ?? '';
    return WHOLE_BUDGET.test(bare) ? 'whole' : SOURCE_COLUMN.test(bare) ? 'source' : null;
  };
  let end = from;
  while (sub(tokens[end])) end++;
  const n = end - from;
  const width = amounts.length ? n / amounts.length : 0;
  if (!Number.isInteger(width) || width < 2) return null;
  const apart = (a: Token | undefined, b: Token | undefined) => !a || !b || a.segment !== b.segment || a.line !== b.line;
  if (!apart(tokens[from - 1], tokens[from]) || !apart(tokens[end - 1], tokens[end])) return null;
  const words = tokens.slice(from, end).map((t) => t.text.replace(/\s/g, ''));
  const groups = amounts.map((_, g) => words.slice(g * width, (g + 1) * width));
  const same = groups.every((w) => w.join('|') === groups[0].join('|'));
  if (!same || sub(tokens[from]) !== 'whole' || groups[0].slice(1).some((w) => WHOLE_BUDGET.test(w))) return null;
  const out: string[] = [];
  const sources = new Set<number>();
  headers.forEach((h, c) => {
    out.push(h);
    if (!amounts.includes(c)) return;
    for (const w of groups[0].slice(1)) {
      sources.add(out.length);
      out.push(w);
    }
  });
  return { headers: out, sources, end };
}

/** The levels of government a budget header's second row may split it into (中央 | 省级 | 市级 | 区级). */
const GOVERNMENT_LEVEL = /^(?:中央|省级|省|自治区级?|市级|市|州级|县级|县|区级|区|旗级|乡级|镇级|乡镇级?|本级)(?:资金|财政)?$/;

/**
 * "序号 项目名称 … 预算数(调整后) 执行数 结余数 …" over "中央 省级 市级 区级" (a results summary, 部门绩效自评结果公开汇总表):
 * a second header row of levels of government, two at least, on a line of its own right after the header's, under the
 * header's one budget column and its spending beside it, and a 结余数 column right after the spending that checks a row
 * (leftOverAgrees). Where the rows begin, after the levels; null for any other second row.
 */
function levelsBelowBudget(tokens: Token[], from: number, headers: string[], year: number | null): number | null {
  let end = from;
  while (end < tokens.length && GOVERNMENT_LEVEL.test(tokens[end].text.replace(/\s/g, '')) && onSameLine(tokens[end], tokens[from])) end++;
  if (end - from < 2 || onSameLine(tokens[from - 1], tokens[from]) || onSameLine(tokens[end - 1], tokens[end])) return null;
  const kinds = headers.map((h) => kindOf(h, year));
  const budgets = kinds.flatMap((k, c) => (typeof k === 'object' && k?.measure === 'budget' ? [c] : []));
  const executed = kinds.findIndex((k) => typeof k === 'object' && k?.measure === 'executed');
  if (budgets.length !== 1 || executed < 0) return null;
  const leftOver = headers[executed + 1]?.replace(/\s/g, '').replace(/\([^()]{0,12}\)$/, '');
  return leftOver && LEFT_OVER_COLUMNS.slice(0, 3).includes(leftOver) ? end : null;
}

/** Whether a row's budget less its spending is the amount in the cell right after its spending (its 结余数), exactly. */
function leftOverAgrees(tokens: Token[], row: TaskFragment[]): boolean {
  const budget = row.find((f) => f.measure === 'budget');
  const spent = row.find((f) => f.measure === 'executed');
  if (!budget || !spent) return false;
  const k = tokens.findIndex((t) => t.segment === spent.segment && t.start === spent.start);
  const left = k >= 0 ? cellNumber(tokens[k + 1]?.text ?? '') : null;
  if (!left) return false;
  return new Decimal(budget.value).minus(spent.value).equals(left.value);
}

/** A header whose cells are money: a measure other than the rate. */
function isMoneyHeader(header: string, year: number | null): boolean {
  const k = kindOf(header, year);
  return typeof k === 'object' && k !== null && k.measure !== 'rate';
}

/**
 * A header run copied a row a line whose second line holds funding sources alone, as many under each money header as
 * under the others and two at least ("财政拨款 其他资金" under 预算数 and under 执行数): the sources split the money
 * headers above them, and no whole says which is a row's amount. (A long header wrapped onto a second line leaves fewer
 * words there than that: one source for each money header.)
 */
function sourcesBelowWithoutWhole(run: Token[], headers: string[], year: number | null): boolean {
  const first = run[0];
  const below = run.filter((t) => !onSameLine(t, first));
  if (below.length < 2 || below.length === run.length) return false;
  if (!below.every((t) => onSameLine(t, below[0]) && SOURCE_COLUMN.test(t.text.replace(/\s/g, '')))) return false;
  const amounts = headers.filter((h) => isMoneyHeader(h, year)).length;
  return amounts >= 1 && below.length % amounts === 0 && below.length / amounts >= 2;
}

/** A budget header a second header row may split into its stages: 预算数, 预算金额(万元). */
const BUDGET_OVER_STAGES = /^预算(?:数|金额|安排|资金)?(\((?:万元|元|亿元)\))?$/;
/** A stage of the budget, as a second header row names it under the budget: 年初预算, 全年预算数, 调整后预算(万元). */
const BUDGET_STAGE = /^(?:年初|全年|调整后|调整|变动后)预算(?:数|金额)?(?:\((?:万元|元|亿元)\))?$/;

/**
 * "序号 | 项目名称 | 预算数 | 执行数 | 执行率" then "年初预算 | 全年预算" (the budget header spanning two columns, its stages
 * in the row below): the headers in the order of the columns, the stages where the budget header stood, with its unit
 * unless they state their own. The same headers unless the run ends with exactly the two stages (the budget at the start
 * of the year and the one it ended with) and exactly one budget header before them splits into them.
 */
function budgetStagesBelow(headers: string[]): string[] {
  const stages = headers.slice(-2);
  const top = headers.slice(0, -2);
  const words = (h: string) => h.replace(/\s/g, '');
  if (headers.length < 4 || !stages.every((h) => BUDGET_STAGE.test(words(h)))) return headers;
  const measures = new Set(stages.map((h) => columnOf(h, null)?.measure));
  if (!measures.has('initial') || !measures.has('budget')) return headers;
  const over = top.flatMap((h, c) => (BUDGET_OVER_STAGES.test(words(h)) ? [c] : []));
  if (over.length !== 1 || top.some((h) => BUDGET_STAGE.test(words(h)))) return headers;
  const unit = BUDGET_OVER_STAGES.exec(words(top[over[0]]))?.[1] ?? '';
  return [...top.slice(0, over[0]), ...stages.map((h) => (/\)$/.test(h) ? h : h + unit)), ...top.slice(over[0] + 1)];
}

/** A form's money header that states the form's unit: "项目资金(元)", "资金(元)", "年度资金(万元)". */
const FORM_MONEY_HEADER = /^(?:项目|年度)?(?:资金|预算|经费)(?:情况)?\((万元|元|亿元)\)$/;
/** How far above a list its form's money header may stand, in cells (the form's money rows between them). */
const FORM_REACH = 60;

/**
 * The unit of a project form's money header above a list of its sub-items ("项目资金(元) | 全年预算数 | 全年执行数 |
 * 执行率" … "资金用途 | 全年预算数 | 全年执行数 | 执行率"): the list repeats the form's measures, or some of them,
 * and its header states no unit of its own, so its amounts are in the unit the form's header states. Undefined when
 * no such header stands within reach, or its measures are not the list's.
 */
function formUnitAbove(
  tokens: Token[],
  headerAt: number,
  measures: { measure: TaskMeasure; unit?: Unit }[],
  year: number | null,
): Unit | undefined {
  if (measures.some((m) => m.unit)) return undefined;
  for (let k = headerAt - 1; k >= Math.max(0, headerAt - FORM_REACH); k--) {
    const form = FORM_MONEY_HEADER.exec(tokens[k].text.replace(/\s/g, ''));
    if (!form) continue;
    const own: TaskMeasure[] = [];
    for (let q = k + 1; q < headerAt; q++) {
      const kind = kindOf(tokens[q].text.replace(/\s/g, ''), year);
      if (typeof kind !== 'object' || kind === null) break;
      own.push(kind.measure);
    }
    // (the list may leave out some of the form's measures: 子项目 | 预算数 | 执行数 under 年初预算数 | 全年预算数 | 全年执行数)
    return measures.every((m) => own.includes(m.measure)) ? (form[1] as Unit) : undefined;
  }
  return undefined;
}

/**
 * A list copied with all its names first and all its values after them ("非遗保护传承 / 公共文化服务体系建设 / 35.6 /
 * 35.6 / 100% / 120 / 108 / 90%"), by rows or by columns: read only with nothing but the name and money
 * columns, exactly as many values as the names fill, and the rate's signed cells (N%) where one order puts
 * them and the other does not; a last name that is the list's total (合计) holds its values' places and is no row.
 * Any other count or placement is ambiguous and reads nothing.
 */
function namesThenValues(
  tokens: Token[],
  from: number,
  kinds: Kind[],
  unit: Unit,
  year: number | null,
): { rows: TaskFragment[][]; end: number } | null {
  if (kinds[0] !== 'name' || kinds.slice(1).some((k) => typeof k !== 'object' || k === null)) return null;
  const width = kinds.length - 1;
  const rate = kinds.findIndex((k) => typeof k === 'object' && k !== null && k.measure === 'rate') - 1;
  if (rate < 0 || width < 2) return null;
  const names: Token[] = [];
  let q = from;
  for (; q < tokens.length && tokens[q].text && !cellNumber(tokens[q].text); q++) {
    if (NOT_A_CELL.test(tokens[q].text) || isHeader(tokens[q].text, year)) return null;
    names.push(tokens[q]);
  }
  const values: Token[] = [];
  for (; q < tokens.length && tokens[q].text && cellNumber(tokens[q].text); q++) values.push(tokens[q]);
  if (names.length < 2 || values.length !== names.length * width) return null;
  const signed = values.map((v) => /%$/.test(v.text.trim()));
  const byRows = signed.every((p, k) => p === (k % width === rate));
  const byColumns = signed.every((p, k) => p === (Math.floor(k / names.length) === rate));
  if (byRows === byColumns) return null;
  const rows: TaskFragment[][] = [];
  for (const [r, name] of names.entries()) {
    // the list's total, named last (合计) and valued last: its values hold their places, and it is no task
    if (r === names.length - 1 && TOTAL_ROW.test(name.text.replace(/\s/g, ''))) break;
    const cells = Array.from({ length: width }, (_, c) => values[byRows ? r * width + c : c * names.length + r]);
    const row = readRow([name, ...cells], kinds, r + 1, unit, year);
    if (!row) return null;
    rows.push(row);
  }
  return { rows, end: q };
}

/** Runs of two spaces or more: the gaps a PDF's layout copy (pdftotext -layout) leaves between a table's columns. */
const LAYOUT_GAP = /\S {2,}\S/;

/**
 * The headers of a table whose header cells a layout copy set on several lines (the first, indented, may stand as a
 * paragraph of its own), every word at the place of its column ("            预算数     执行数" / "序号  项目名称               执行率" / "            (万元)     (万元)"),
 * in the order of their places across the page; a unit alone ("(万元)") joins the header above it at its place. Null
 * unless the header's tokens span several lines spaced as a layout copy spaces them, and every place holds one header.
 */
function stackedHeader(run: Token[], year: number | null): string[] | null {
  // each token's line of the source (a layout copy's indented first line may stand as a paragraph of its own)
  const segments = [...new Set(run.map((t) => t.segment))];
  const lineOf = (t: Token) => (t.segment.source.raw ?? t.segment.source.text).split('\n')[t.line] ?? '';
  const rank = (t: Token) => segments.indexOf(t.segment) * 10000 + t.line;
  if (run.length < 3 || new Set(run.map(rank)).size < 2 || !run.some((t) => LAYOUT_GAP.test(lineOf(t)))) return null;
  // where a token stands on its line, in display columns: its middle
  const middle = (t: Token) => {
    const raw = t.segment.source.raw ?? t.segment.source.text;
    const at = rawOffset(t.segment.source, t.start);
    return displayWidth(raw.slice(raw.lastIndexOf('\n', at - 1) + 1, at)) + displayWidth(t.text) / 2;
  };
  const units = run.filter((t) => HEADER_SUFFIX.exec(t.text)?.[0] === t.text);
  const words = run.filter((t) => !units.includes(t)).map((t) => ({ text: t.text, at: middle(t), line: rank(t) }));
  if (words.some((w) => splitHeaders(w.text, year)?.length !== 1)) return null;
  // units set under the money columns of a header on one line ("全年预算数  执行数  执行率" over "(万元)  (万元)"):
  // the copy may have lost the indent that put them under their columns (a paragraph's lines lose their leading
  // spaces), so a unit is never placed by its place alone on a column that holds no money; one unit for each money
  // column, in their order, is theirs
  const moneyWords = words.filter((w) => isMoneyHeader(w.text, year));
  const oneLine = new Set(words.map((w) => w.line)).size === 1;
  if (oneLine && units.length === moneyWords.length && units.every((u) => rank(u) > words[0].line)) {
    moneyWords.forEach((w, k) => {
      w.text += units[k].text;
    });
    return [...words].sort((x, y) => x.at - y.at).map((w) => w.text.replace(/\s/g, ''));
  }
  for (const u of units) {
    const at = middle(u);
    const above = words.filter((w) => w.line < rank(u)).sort((x, y) => Math.abs(x.at - at) - Math.abs(y.at - at))[0];
    // a unit set under no header's place belongs to none
    if (!above || Math.abs(above.at - at) > displayWidth(above.text)) return null;
    above.text += u.text;
  }
  const ordered = [...words].sort((x, y) => x.at - y.at);
  // two headers at one place (within a character) are one column's words the layout stacked: not read
  if (ordered.some((w, k) => k > 0 && w.at - ordered[k - 1].at < 2)) return null;
  return ordered.map((w) => w.text.replace(/\s/g, ''));
}

/**
 * A table copied column by column, each column's header then its cells, as pdftotext reads a ruled table and as a
 * copy of its columns arrives: "项目名称 / A / B / C / 预算数(万元) / 12.5 / 30 / 8 / 执行数(万元) / 12.3 / 28.6 / 8 /
 * 执行率 / 98.4% / 95.33% / 100%". Read only when every column is one a list has (a serial column first, one name
 * column with n ≥ 2 names, at least one money or rate column; 主管部门, 等级 or 得分 columns read past) and each holds
 * exactly n cells, one header a line; a closing 合计 / 总计 row (the name column's last cell) is the columns' total
 * and no task. Any other count is ambiguous: a cell
 * lost in copying would shift every row after it, and nothing is read.
 */
function columnBlocks(
  tokens: Token[],
  headerAt: (string[] | null)[],
  from: number,
  year: number | null,
): { rows: TaskFragment[][]; end: number } | null {
  const columns: { kind: Kind; cells: Token[] }[] = [];
  let q = from;
  for (let header = headerAt[q]; q < tokens.length && header?.length === 1; header = headerAt[q]) {
    const kind = kindOf(header[0], year);
    const cells: Token[] = [];
    let k = q + 1;
    // a name column's closing 合计 reads as a header word: it is the column's last cell when money follows it
    const closingTotal = (at: number) =>
      kind === 'name' &&
      TOTAL_ROW.test(tokens[at].text.replace(/\s/g, '')) &&
      !!headerAt[at + 1] &&
      !!cellNumber(tokens[at + 2]?.text ?? '');
    for (; k < tokens.length && tokens[k].text && (!headerAt[k] || closingTotal(k)); k++) cells.push(tokens[k]);
    columns.push({ kind, cells });
    q = k;
  }
  const named = columns.findIndex((c) => c.kind === 'name');
  // one name column, a serial column first if any, every column of a kind a list has (主管部门, 等级, 得分 read past)
  if (named < 0 || columns.some((c, k) => c.kind === null || (c.kind === 'name' && k !== named) || (c.kind === 'serial' && k > 0)))
    return null;
  const measureOf = (k: Kind) => (typeof k === 'object' && k !== null ? k.measure : null);
  const measured = columns.filter((c) => measureOf(c.kind));
  if (!measured.length || new Set(measured.map((c) => measureOf(c.kind))).size !== measured.length) return null;
  const height = columns[named].cells.length;
  if (columns.some((c) => c.cells.length !== height)) return null;
  // the columns end with the table: what follows is not one more cell of the last column
  if (tokens[q]?.text && cellNumber(tokens[q].text)) return null;
  const total = TOTAL_ROW.test(columns[named].cells[height - 1]?.text.replace(/\s/g, '') ?? '');
  const n = total ? height - 1 : height;
  if (n < 2) return null;
  const kinds = columns.map((c) => c.kind);
  const declared = tokens
    .slice(Math.max(0, from - 6), from + 1)
    .map((t) => t.segment.text)
    .join(' ');
  const unit = (UNIT_LINE.exec(declared)?.[1] as Unit | undefined) ?? '万元';
  const rows: TaskFragment[][] = [];
  for (let r = 0; r < n; r++) {
    const row = readRow(
      columns.map((c) => c.cells[r]),
      kinds,
      r + 1,
      unit,
      year,
    );
    // one row that does not read (a number where a name belongs, a name refused) says the columns are not aligned
    if (!row || !rateAgrees(row)) return null;
    rows.push(row);
  }
  return { rows: withoutSubtotalRows(rows), end: q };
}

/**
 * The unit a paragraph right after a list's last row notes, that paragraph nothing but the note ("(单位:元)"),
 * or null: a note followed by a list's header heads that list instead.
 */
function unitNoteAfter(tokens: Token[], end: number, headerAt: (string[] | null)[], width: number): Unit | null {
  // the list's total row (合计 1766.7 1745.7 98.81%), which ends the rows read, may stand between them
  let at = end;
  if (CLOSING_ROW.test(tokens[at]?.text.replace(/\s/g, '') ?? ''))
    while (at < end + width && tokens[at]?.segment === tokens[end - 1]?.segment) at++;
  const note = tokens[at];
  if (!note || note.segment === tokens[end - 1]?.segment) return null;
  let next = at;
  while (next < tokens.length && tokens[next].segment === note.segment) next++;
  if (headerAt[next]) return null;
  return unitNote(note.segment.text) as Unit | null;
}

/**
 * "任务名称 预算数(万元) 执行数(万元) 执行率" over rows "1 耕地保护 340 332.5 97.79%": the rows are
 * numbered under no header (the 序号 cell left blank, and dropped by the copy). The first row opens
 * with 1 and reads only with a serial column ahead of the header's columns: then the list has one.
 */
function serialUnderNoHeader(tokens: Token[], from: number, kinds: Kind[], unit: Unit, year: number | null): boolean {
  if (kinds.includes('serial') || serialOf(tokens[from]?.text) !== '1') return false;
  const width = kinds.length;
  if (from + width + 1 > tokens.length || readRow(tokens.slice(from, from + width), kinds, 1, unit, year)) return false;
  return readRow(tokens.slice(from, from + width + 1), ['serial', ...kinds], 1, unit, year) !== null;
}

/**
 * A 序号 column the rows leave blank, its cells dropped by the copy ("序号 / 项目名称 / 债券性质 / 债券规模 / 自评分数 /
 * 自评等级 / A工程 / 棚改专项债券 / 2.62 / 97": a notice of one project, its number never written): the first cell
 * under the header is words where the number 1 belongs, and the row reads in full without that column. A row that
 * opens with any number keeps the column (its serial, or cells shifted), and a row that does not read without it
 * keeps it too.
 */
function blankSerials(tokens: Token[], from: number, kinds: Kind[]): boolean {
  if (kinds[0] !== 'serial' || kinds.indexOf('name') !== 1) return false;
  const first = tokens[from]?.text;
  return !!first && !/\d/.test(first) && !NOT_A_CELL.test(first);
}

/** The number a serial cell writes, as a number: "01", "2.", "3、" → "1", "2", "3" (undefined for no cell). */
function serialOf(text: string | undefined): string | undefined {
  // "(2)" and "二" (二、): the row's number in brackets or in Chinese numerals, as 序号 cells also write it
  const bare = text?.replace(/^\((\d{1,3}|[一二三四五六七八九十]{1,3})\)$/, '$1').replace(/^0+(?=\d)|[.、]$/g, '');
  return bare && /^[一二三四五六七八九十]{1,3}$/.test(bare) ? (chineseNumeral(bare) ?? bare) : bare;
}

/** The label of a list's closing total row. */
const TOTAL_ROW = /^(?:支出|金额|资金)?(?:合计|总计|共计)$/;

/**
 * The money a list's total row states ("合计 / 4", "合计 / 1550 / 1485 / 95.81%"): its label at `q`, then a number in
 * each column after the name's, in the header's order, up to the first cell that is none (a blank cell the copy dropped
 * leaves the rest unplaced).
 */
function statedTotalAt(tokens: Token[], q: number, kinds: Kind[]): StatedTotal | null {
  if (!TOTAL_ROW.test(tokens[q]?.text.replace(/\s/g, '') ?? '')) return null;
  const nameCol = kinds.indexOf('name');
  const cells: { measure: string; text: string }[] = [];
  for (let c = nameCol + 1; c < kinds.length; c++) {
    const cell = tokens[q + c - nameCol];
    if (!cell || !cellNumber(cell.text)) break;
    const kind = kinds[c];
    if (typeof kind === 'object' && kind) cells.push({ measure: kind.measure, text: cell.text });
  }
  return statedTotalOf(cells);
}

/**
 * A list with no unit declared whose closing total row (支出合计 550000) adds up its rows and, read
 * in 元, is an amount the report states above the list in 万元 (55): the list is kept in 元, as
 * an account's detail is, while the report's own figures are in 万元.
 */
function totalInYuan(tokens: Token[], headerAt: number, end: number, rows: TaskFragment[][]): boolean {
  if (!rows.length || !TOTAL_ROW.test(tokens[end]?.text.replace(/\s/g, '') ?? '')) return false;
  const total = cellNumber(tokens[end + 1]?.text ?? '');
  if (!total || total.unit || rows.some((r) => r.length !== 1)) return false;
  const sum = sumOf(rows.map((r) => r[0].value));
  if (!sum.equals(total.value)) return false;
  const inWan = sum.dividedBy(10000);
  return tokens.slice(0, headerAt).some((t) => {
    const v = cellNumber(t.text);
    return !!v && (!v.unit || v.unit === '万元') && inWan.equals(v.value);
  });
}

/** A header cell a narrow column wrapped inside its bracket: the header's words and the bracket's opening ("预算数(万"). */
const OPEN_SUFFIX = /^(.+)(\([^()]{0,6})$/;
/** The rest of that bracket on a line below ("元)", "B/A)"). */
const CLOSING_PIECE = /^[^()]{1,6}\)$/;

/**
 * Header cells a narrow column wrapped inside their bracket, as a PDF copy sets them ("预算数(万" and "执行数(万" on one
 * line, "元)" and "元)" on the next, each under its own; one cell a line, "预算数(万" then "元)"): each opening joins the
 * closing piece below it, in order, where the header's words are a header and opening and piece make one of its
 * suffixes (a unit or a column's letter). Read only when the line below holds exactly as many closing pieces as the
 * line above holds openings; any other count leaves the cells as they are.
 */
function withWrappedHeaderUnits(tokens: Token[], year: number | null): Token[] {
  const drop = new Set<number>();
  const joined = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const open = OPEN_SUFFIX.exec(t.text.replace(/\s/g, ''));
    if (!open || drop.has(i) || joined.has(i) || !splitHeaders(open[1], year)) continue;
    const onOpeningsLine = (k: number) => onSameLine(tokens[k], t);
    let first = i;
    while (first > 0 && onOpeningsLine(first - 1)) first--;
    const openings: number[] = [];
    for (let k = first; onOpeningsLine(k); k++) {
      const o = OPEN_SUFFIX.exec(tokens[k].text.replace(/\s/g, ''));
      if (o && splitHeaders(o[1], year)) openings.push(k);
    }
    let after = first;
    while (onOpeningsLine(after)) after++;
    // the next line of the paragraph (or the next paragraph's first line, a blank line between one cell and the next)
    const below = tokens[after];
    if (!below) continue;
    const pieces: number[] = [];
    for (let k = after; onSameLine(tokens[k], below); k++) if (CLOSING_PIECE.test(tokens[k].text.replace(/\s/g, ''))) pieces.push(k);
    if (pieces.length !== openings.length) continue;
    const whole = openings.map((k, n) => `${tokens[k].text.replace(/\s/g, '')}${tokens[pieces[n]].text.replace(/\s/g, '')}`);
    if (
      !whole.every(
        (w) => HEADER_SUFFIX.exec(w.slice(w.lastIndexOf('(')))?.[0] === w.slice(w.lastIndexOf('(')) && splitHeaders(w, year)?.length === 1,
      )
    )
      continue;
    openings.forEach((k, n) => joined.set(k, whole[n]));
    for (const k of pieces) drop.add(k);
  }
  if (!joined.size) return tokens;
  return tokens.flatMap((t, k) => (drop.has(k) ? [] : joined.has(k) ? [{ ...t, text: joined.get(k) ?? t.text }] : [t]));
}

/** A bare 项目 over the names' column: a header where headerAt admits it, no header's wrapped end. */
const BARE_NAME_HEADER = '项目';

/** A wrapped cell's first line: words, perhaps a year or a number among them, no sentence and no amount alone. */
const CELL_HEAD = /^[^\s。;,,:]{1,14}$/;

/**
 * Cells a copy set a paragraph each (a blank line between one cell and the next, as pdftotext's plain copy prints a
 * ruled table), those whose words a narrow column wrapped on two or three lines of their paragraph ("某县教育" / "局",
 * "营养改善" / "计划补助" / "资金"): each such paragraph is one cell. Read only where the paragraph holds nothing but
 * those lines, each one word alone on its line, no amount, no sentence, no section's number, the lines after the first
 * name pieces and none a name's or serial's header, and the cells before and after it stand in paragraphs of their own.
 */
function withCellsOverLines(tokens: Token[], year: number | null): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const seg = tokens[i].segment;
    let end = i;
    while (end < tokens.length && tokens[end].segment === seg) end++;
    const lines = tokens.slice(i, end);
    // (cells before it: the paragraph is a cell among cells, not a heading over them; the document's end bounds the last)
    const apart = i > 0;
    const wrapped =
      apart &&
      lines.length >= 2 &&
      lines.length <= 3 &&
      lines.every(
        (t, k) => t.line === lines[0].line + k && (k === 0 ? CELL_HEAD.test(t.text) && !cellNumber(t.text) : NAME_PIECE.test(t.text)),
      ) &&
      // (a section's heading over a header's first cell, "(二)项目支出" / "项目名称", is two paragraphs' words)
      !SECTION_NUMBER.test(lines[0].text) &&
      !lines.slice(1).some((t) => ['name', 'serial'].includes(String(kindOf(t.text, year))));
    // a long name a narrow column wrapped over four to six lines ("义务教育薄弱" / "环节改善与能" / "力提升补助资" / "金项目"):
    // none of its lines a column's header (a header's words one a line, "资金用途" / "全年预算数" / …, are no cell)
    const wrappedLong =
      apart &&
      lines.length > 3 &&
      lines.length <= 6 &&
      lines.every((t, k) => t.line === lines[0].line + k && NAME_PIECE.test(t.text) && !kindOf(t.text, year) && !isHeader(t.text, year)) &&
      !SECTION_NUMBER.test(lines[0].text);
    if (wrapped || wrappedLong) {
      const last = lines[lines.length - 1];
      out.push({ ...lines[0], text: seg.text.slice(lines[0].start, last.start + last.text.length) });
    } else out.push(...lines);
    i = end;
  }
  return out;
}

/**
 * The end of a header a narrow column wrapped onto the line below: of its word ("数" of 年初预算数, "金额" of 下达金额)
 * or of its bracket ("元)" of 预算数(万元)).
 */
const WRAPPED_HEADER_END = /^(?:[\u4e00-\u9fff]{1,2}|[^()]{1,6}\))$/;

/**
 * A header row a PDF copy laid out (pdftotext -layout) with its narrow columns' words wrapped: the heads of the wrapped
 * headers on a line of their own, their ends on the line below among the headers that did not wrap, each under its
 * own column ("年初预算 全年预算 全年执行" over "序号 项目名称 数 数 数 执行率"). Each head joins the end below it, in
 * order, and the header stands where its end stands, so that the columns keep their order ("下达金额(万 支出金额(万" over
 * "专项名称 资金来源 元) 元)" the same way; withWrappedHeaderUnits joins such brackets where nothing else stands
 * on either line). Read only when every
 * token of the upper line is such a head, the lower line holds exactly as many ends, each head and end make one
 * header, and every other token of the lower line is a header: any other line stays as it is. Two heads at least: one
 * cell a line, a header's last cell over the first row's label (执行率 / 合计) is no wrapped header.
 */
function withWrappedHeaderWords(tokens: Token[], year: number | null): Token[] {
  const drop = new Set<number>();
  const joined = new Map<number, string>();
  const words = (k: number) => tokens[k].text.replace(/\s/g, '');
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && onSameLine(tokens[i - 1], tokens[i])) continue;
    let after = i;
    while (onSameLine(tokens[after], tokens[i])) after++;
    const below = tokens[after];
    // (the line below may open the next paragraph: a copy breaks its paragraph where the indent of a line changes)
    if (!below) continue;
    const heads = Array.from({ length: after - i }, (_, n) => i + n);
    const lower: number[] = [];
    for (let k = after; onSameLine(tokens[k], below); k++) lower.push(k);
    const ends = lower.filter((k) => WRAPPED_HEADER_END.test(words(k)) && !splitHeaders(words(k), year) && words(k) !== BARE_NAME_HEADER);
    // (two heads at least: one cell a line, a header's cell over the first row's label is no wrapped header)
    if (heads.length < 2 || ends.length !== heads.length) continue;
    const whole = heads.map((k, n) => words(k) + words(ends[n]));
    if (!whole.every((w) => splitHeaders(w, year)?.length === 1)) continue;
    // (a bare 项目 heads the names' column as much as 项目名称 does, where headerAt admits it)
    if (!lower.every((k) => ends.includes(k) || splitHeaders(words(k), year) || words(k) === BARE_NAME_HEADER)) continue;
    for (const k of heads) drop.add(k);
    ends.forEach((k, n) => joined.set(k, whole[n]));
  }
  if (!joined.size) return tokens;
  return tokens.flatMap((t, k) => (drop.has(k) ? [] : joined.has(k) ? [{ ...t, text: joined.get(k) ?? t.text }] : [t]));
}

/**
 * The last header and the first row's name run together after the other headers ("项目名称 预算数
 * 执行数 执行率文明城市创建经费 300,000.00 …": the lines of a list a .docx copy joined, the break
 * between two Chinese words dropped): cut into the header and the name.
 */
function withLastHeaderCut(tokens: Token[], year: number | null): Token[] {
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // and the first header run into what stands before it ("单位:元项目名称" before "预算数"), unless
    // it is a line of its own above a row of headers (a title ending in 评价结果 above "序号 项目名称 …") or a
    // section's numbered heading ("(二)项目支出", no header run into it)
    const aboveARow = next && next.line !== t.line && next.segment === t.segment && tokens[i + 2]?.line === next.line;
    const heading = SECTION_NUMBER.test(t.text.replace(/\s/g, ''));
    // …or a paragraph of its own (a title ending in 评价结果 over a header copied one cell a line): a blank line
    // stands between them, and nothing a copy ran together
    const ownParagraph = next && next.segment !== t.segment;
    // …or a row's cell: a header's word ("财政资金" under 资金来源) followed on its line by an amount is a row's cell,
    // and the words before it a name that merely ends as a header does ("“一村一品”示范资金 财政资金 64.00 …")
    const after = tokens[i + 2];
    const inARow = onSameLine(after, next) && !!cellNumber(after.text);
    if (
      next?.text &&
      t.text &&
      !aboveARow &&
      !heading &&
      !ownParagraph &&
      !inARow &&
      splitHeaders(next.text, year) &&
      !splitHeaders(t.text, year)
    ) {
      for (let k = 1; k < t.text.length - 1; k++) {
        // (a status column's word closes a block's title, "年度主要任务完成情况", and is cut from no run: STATUS_COLUMN)
        if (!splitHeaders(t.text.slice(k), year) || STATUS_COLUMN.has(t.text.slice(k).replace(/\s/g, ''))) continue;
        // (nor a table's title that names its parts, "…资金分配表和任务清单": the word after 表和 is the title's)
        if (/表[和及与、]$/.test(t.text.slice(0, k))) continue;
        out.push({ ...t, text: t.text.slice(0, k) }, { ...t, text: t.text.slice(k), start: t.start + k });
        return;
      }
    }
    // (a cell a line of its own, under a header a line of its own, is whole: "乡镇卫生院医疗设备购置" under "执行进度" opens on no
    // header 乡镇; only a run the copy joined onto the headers' line holds both)
    const cut =
      prev?.text && t.text && prev.line === t.line && splitHeaders(prev.text, year) && !splitHeaders(t.text, year)
        ? headerPrefix(t.text)
        : null;
    const rest = cut && cut.headers.length ? t.text.slice(cut.length) : '';
    if (cut && /^[\u4e00-\u9fff]{2}/.test(rest) && !headerPrefix(rest).headers.length) {
      out.push({ ...t, text: t.text.slice(0, cut.length) }, { ...t, text: rest, start: t.start + cut.length });
    } else out.push(t);
  });
  return out;
}

/**
 * One list being read: its cells, its columns' kinds and the report's year; `row` reads the cells of one
 * row (with the serial number it should carry) in the unit the header declares, `at` the full row at a
 * token. The readers of damaged rows below all work on it.
 */
interface ListReading {
  tokens: Token[];
  kinds: Kind[];
  year: number | null;
  row: (cells: Token[], serial: Serial) => TaskFragment[] | null;
  at: (q: number, serial: Serial) => TaskFragment[] | null;
  /** The numbered row at `q` without its place and words cells (leanRow), or null. */
  lean: (q: number, serial: number) => Recovered | null;
  /** The words on the header's line before its first header: columns the list vocabulary does not know (职能说明 | 工作目标 | 项目名称 …). */
  unknownColumns: number;
  /** The list's money unit. */
  unit: Unit;
  /**
   * The blank lines a copy sets between every two cells, its header's included (a web page's grid copied double-spaced):
   * that many end a cell, and each one more is a blank cell. 0 where the header's cells are not so set apart.
   */
  spacing: number;
}
/** The blank lines between two tokens' paragraphs (0 inside one paragraph). */
function linesBetween(before: Token, after: Token): number {
  if (before.segment === after.segment) return 0;
  return (after.segment.prov.lines?.[0] ?? 0) - (before.segment.prov.lines?.[1] ?? 0) - 1;
}
/** The serial number a row should carry: 1, 2, 3 … or, for a sub-item of row 1, "1.1", "1.2" (subItemRows). */
type Serial = number | string;
/** A row read from a damaged copy: its fragments and how many tokens it took. */
type Recovered = { row: TaskFragment[]; length: number };

/**
 * Rows of `kinds.length` cells from `from` on. A row that does not read (a cell lost or glued in
 * flattening would shift every column after it) is skipped: the list goes on at the next place a
 * row reads within one row's width (at the next serial number when there is a 序号 column), and
 * ends at a second row in a row that does not, or at a sentence or a heading.
 */
function readRows(
  tokens: Token[],
  from: number,
  kinds: Kind[],
  unit: Unit,
  year: number | null,
  header: string[],
): { rows: TaskFragment[][]; end: number } {
  const width = kinds.length;
  const serialCol = kinds.indexOf('serial');
  const rows: TaskFragment[][] = [];
  // the end of the last row's name, wrapped onto a line below it
  const endLastName = (piece: string) => {
    rows[rows.length - 1] = rows[rows.length - 1].map((f) => ({ ...f, name: f.name + piece }));
  };
  let p = from;
  let n = 1;
  // the next sub-item's number under the row read last (1.1, 1.2 …)
  let sub = 1;
  let gluedWords = false;
  // a row of this list had its name's head alone on the line above its amounts: the copy sets wrapped names so
  let headsAbove = false;
  const headerStart = tokens[from - header.length];
  let unknownColumns = 0;
  for (let q = from - header.length - 1; q >= 0 && onSameLine(tokens[q], headerStart); q--) if (tokens[q].text) unknownColumns++;
  const headerCells = tokens.slice(Math.max(0, from - header.length), from);
  const headerGaps = headerCells.slice(1).map((t, i) => linesBetween(headerCells[i], t));
  const spacing = headerGaps.length >= 2 && headerGaps.every((g) => g === headerGaps[0]) ? Math.max(0, headerGaps[0]) : 0;
  // (in a copy that sets its cells apart by blank lines, a run longer than the header's holds blank cells: the tokens
  // across it are no row's cells in turn, withBlankLines reads them)
  const overBlankCells = (cells: Token[]) => spacing > 0 && cells.slice(1).some((t, i) => linesBetween(cells[i], t) > spacing);
  const at = (q: number, serial: Serial) =>
    q >= 0 &&
    q + width <= tokens.length &&
    !sourceOnNextLine(tokens.slice(q, q + width), kinds) &&
    !nextSerialOpensLine(tokens.slice(q, q + width), serial) &&
    !overBlankCells(tokens.slice(q, q + width))
      ? readRow(tokens.slice(q, q + width), kinds, serial, unit, year)
      : null;
  const row = (cells: Token[], serial: Serial) => readRow(cells, kinds, serial, unit, year);
  const list: ListReading = {
    tokens,
    kinds,
    year,
    at,
    row,
    // (a row short of all its words cells, or of some: both are read where the row after it is placed)
    lean: (q, serial) => leanRow(tokens, kinds, q, serial, unit, year) ?? partlyNarrowRow(list, q, serial),
    unknownColumns,
    unit,
    spacing,
  };
  // a numbered list whose rows lost the cells of a merged 主管部门 column: the row without them,
  // when the next serial number follows it
  const narrow = kinds.filter((k) => k !== 'text');
  const narrowAt = (q: number, serial: number) => {
    if (serialCol < 0 || narrow.length === width || q + narrow.length > tokens.length) return null;
    const following = tokens[q + narrow.length];
    // (or the next group's row, "(二) / 双高计划专项 / …", whose numeral numbers no row of the list)
    if (
      following &&
      serialOf(following.text) !== String(serial + 1) &&
      !NOT_A_CELL.test(following.text) &&
      !GROUP_NUMERAL.test(following.text.trim())
    )
      return null;
    return readRow(tokens.slice(q, q + narrow.length), narrow, serial, unit, year);
  };
  // the last row may lack its blank funding-source cells at its end (shortRows): the loop runs to a row that short;
  // and one cell short, a blank cell of a column after the money dropped (lackingTrailingCell)
  const trailingSources = kinds.length - 1 - kinds.findLastIndex((k) => k !== 'source');
  // (a row whose blank cells are blank lines may hold no more tokens than its name and one amount)
  const fewestTokens = spacing > 0 ? 2 : Math.min(width - trailingSources, narrow.length, width - 1);
  while (p + fewestTokens <= tokens.length) {
    const row = at(p, n);
    // a trailing words column (备注) blank throughout, its cells dropped by the copy: the full row
    // takes the next row's name as its remark and leaves the next row unreadable, where the row read
    // short lets the next one read (lackingLastCells checks that it does)
    const shortInstead =
      row && serialCol < 0 && p + width < tokens.length && !NOT_A_CELL.test(tokens[p + width].text) && !at(p + width, n + 1)
        ? lackingLastCells(list, p)
        : null;
    // …and the last row's remark cell may be the list's closing total row (支出合计), which is no remark
    const beforeTotal =
      row && serialCol < 0 && TOTAL_ROW.test(tokens[p + width - 1].text.replace(/\s/g, '')) ? shortRows(list, p)[0] : null;
    if (beforeTotal) {
      rows.push(beforeTotal.row);
      p += beforeTotal.length;
      break;
    }
    // a numbered row whose last cell was left blank and dropped, read without it:
    // - "5 / 饮水管网改造 / 45.30 / 45.30 / 100.00% / (blank)" then "三 / 就业帮扶类小计 / …": a remark, where the next group's
    //   numeral would stand in its place; the row read short lets the group row be read past;
    // - "6 / 科技推广及其他费用 / 640,000.00 / 500,000.00" then 合计 or row 7: a rate, only where what follows is the next
    //   row's serial, the list's total or the text's end, and the cell before is an amount (a signed cell there would be
    //   the rate moved left)
    const last = kinds[width - 1];
    const after = tokens[p + width - 1];
    const remarkBlank =
      !!row && last === 'text' && GROUP_NUMERAL.test(after?.text.trim() ?? '') && !!afterGroupRow(list, p + width - 1, n + 1);
    const rateBlank =
      !row &&
      typeof last === 'object' &&
      last?.measure === 'rate' &&
      p + width - 1 <= tokens.length &&
      !/%/.test(tokens[p + width - 2]?.text ?? '%') &&
      (!after || serialOf(after.text) === String(n + 1) || TOTAL_ROW.test(after.text.replace(/\s/g, '')));
    const lastBlank =
      serialCol >= 0 && (remarkBlank || rateBlank) ? list.row([...tokens.slice(p, p + width - 1), { ...tokens[p], text: '' }], n) : null;
    if (lastBlank) {
      rows.push(lastBlank);
      p += width - 1;
      n++;
      continue;
    }
    if (shortInstead && p + shortInstead.length < tokens.length && !NOT_A_CELL.test(tokens[p + shortInstead.length].text)) {
      rows.push(shortInstead.row);
      p += shortInstead.length;
      n++;
      continue;
    }
    // "一 / 相关部门 / 学生资助专项 / …" then "1 / 学工处 / 资助高职 / …": a row numbered in Chinese numerals (一, (一)) under
    // which the rows go on numbered another way (digits, or (一) under 一) is a group row, whatever its cells (its 一 would
    // read as the 1 it writes): read past as afterGroupRow reads it; a list numbered 一, 二 throughout has no group rows
    // (and one whose next row is numbered as it is, "二 / 财务处 / 还本付息专项 / …" then "三 / …", is a row of the upper
    // level with no rows under it: read as the row it is, the digits' count left where it stands)
    const upperLevel =
      serialCol === 0 &&
      rows.length > 0 &&
      numberingStyle(tokens[p]?.text) === 'numeral' &&
      numberingStyle(tokens[p + width]?.text) === 'numeral'
        ? at(p, Number(serialOf(tokens[p].text)))
        : null;
    if (upperLevel) {
      rows.push(upperLevel);
      // (a list numbered in numerals throughout counts on with them)
      if (Number(serialOf(tokens[p].text)) === n) n++;
      p += width;
      continue;
    }
    const groupFirst = serialCol >= 0 && GROUP_NUMERAL.test(tokens[p]?.text.trim() ?? '') ? afterGroupRow(list, p, n) : null;
    if (groupFirst && numberingStyle(tokens[groupFirst.at]?.text) !== numberingStyle(tokens[p].text)) {
      p = groupFirst.at;
      n = groupFirst.serial;
      continue;
    }
    // "五 / 相关部门 / 发展专项 / …" then "(一) / 开大教育专项 / …": a group whose first row is a group of the level below,
    // read past whole, its cells all there (the level below is read by the rules above)
    if (
      serialCol === 0 &&
      numberingStyle(tokens[p]?.text) === 'numeral' &&
      numberingStyle(tokens[p + width]?.text) === 'bracketed' &&
      at(p, Number(serialOf(tokens[p].text)))
    ) {
      p += width;
      continue;
    }
    if (row) {
      rows.push(row);
      p += width;
      n++;
      sub = 1;
      continue;
    }
    // "1.1 渠道清淤" under row 1: a sub-item of the row above, numbered on a second level, is a row of the list as well
    const subItem = serialCol >= 0 && rows.length ? at(p, `${n - 1}.${sub}`) : null;
    if (subItem) {
      rows.push(subItem);
      p += width;
      sub++;
      continue;
    }
    let short = narrowAt(p, n);
    // the first row already without the words column: no merged cell took it (a merge shows its cell
    // on its first row), the words ran into the next cell ("县水务局山区小流域治理工程", a .docx copy
    // that joined the lines): the department is cut off where it ends unambiguously, else no row
    if (short && (!rows.length || gluedWords)) {
      gluedWords = true;
      short = withoutDepartment(short);
      if (!short) break;
    }
    if (short) {
      rows.push(short);
      p += narrow.length;
      n++;
      continue;
    }
    const lean = list.lean(p, n);
    if (lean) {
      rows.push(lean.row);
      p += lean.length;
      n++;
      continue;
    }
    const underMerged = rows.length ? belowMergedWords(list, p, n) : null;
    if (underMerged) {
      rows.push(underMerged.row);
      p += underMerged.length;
      n++;
      continue;
    }
    // the header again where a page broke the list ("第 2 页" dropped before it, "续表" perhaps
    // above it): the rows go on below it
    const resumed = CONTINUED.test(tokens[p]?.text ?? '') ? p + 1 : p;
    if (rows.length && header.every((h, k) => tokens[resumed + k]?.text === h)) {
      p = resumed + header.length;
      continue;
    }
    // a row that groups the rows below it ("一 环卫类", "(二)市政类") or sums those above (小计):
    // read past when the numbered rows go on right after it, their numbers continued or begun anew
    const grouped = serialCol >= 0 ? afterGroupRow(list, p, n) : null;
    if (grouped) {
      p = grouped.at;
      n = grouped.serial;
      continue;
    }
    // the list's total set first under the header, as many reports set it ("合计 / 1550 / 1485 / 95.81%"),
    // or a subtotal between unnumbered rows: no row of the list, read past when a row reads right after it
    const summed = afterTotalRow(list, p, n);
    if (summed !== null) {
      p = summed;
      continue;
    }
    // the rows under a project's row that split its money by source (其中:财政资金 / 其他资金): no rows of the list
    const funded = rows.length ? afterFundingRows(list, p, n) : null;
    if (funded !== null) {
      p = funded;
      continue;
    }
    // the end of the last row's name, wrapped onto a line of its own below the row: part of that name, unless the
    // list sets its wrapped names head above (a row read so already) and the piece opens the next row's name
    const headOfNext = headsAbove ? nameOverLines(list, p, n) : null;
    // the ends of several word cells wrapped onto one line below the row ("县农业农村 耕地地力保 1200 优" over "局 护补贴")
    const ends = rows.length && !headOfNext ? wrappedEnds(list, p, n) : null;
    if (ends) {
      if (ends.name) endLastName(ends.name);
      p += ends.length;
      continue;
    }
    const tail = rows.length && !headOfNext ? nameTail(list, p, n) : null;
    if (tail) {
      // a piece that closes the bracket the name left open ("校舍安全改造(含" / "抗震加固)") is the name's end, words column or not
      const piece = tail.name || (closesBracket(rows[rows.length - 1][0].name, tokens[p].text) ? tokens[p].text : '');
      if (piece) endLastName(piece);
      p += 1;
      continue;
    }
    // a row the copy damaged: blank cells as blank lines, a name broken by a space or over two lines,
    // a trailing cell lost
    const overLines = headOfNext ?? nameOverLines(list, p, n);
    const recovered =
      (headOfNext ? null : (withBlankLines(list, p, n) ?? spacedName(list, p, n))) ??
      overLines ??
      lackingTrailingCell(list, p, n) ??
      lackingLastCells(list, p);
    if (recovered) {
      if (recovered === overLines) headsAbove = true;
      rows.push(recovered.row);
      p += recovered.length;
      n++;
      continue;
    }
    // resynchronise once: the next row within a row's width, none of the tokens skipped a sentence;
    // a list whose first row does not read is not where the header says
    if (!rows.length) break;
    let next = -1;
    for (let q = p + 1; q <= p + width && q + width <= tokens.length; q++) {
      if (NOT_A_CELL.test(tokens[q - 1].text)) break;
      if (serialCol >= 0 && serialOf(tokens[q + serialCol]?.text) !== String(n + 1)) continue;
      if (at(q, n + 1) || narrowAt(q, n + 1)) {
        next = q;
        break;
      }
    }
    if (next < 0) break;
    p = next;
    n++;
  }
  // the last row's wrapped name, its end the list's last line
  // (or the last of its paragraph, a blank line before the text that goes on)
  // (a name wrapped over three lines leaves two pieces, "改革试点试" / "验项目": each joins in turn)
  let paragraphEnd = p;
  while (tokens[p] && tokens[paragraphEnd + 1]?.segment === tokens[p].segment) paragraphEnd++;
  let end = p;
  const lastEnds = rows.length ? wrappedEnds(list, p, n) : null;
  if (lastEnds) {
    if (lastEnds.name) endLastName(lastEnds.name);
    end = p + lastEnds.length;
  } else if (rows.length && tokens[p] && paragraphEnd - p <= 2) {
    for (let q = p; q <= paragraphEnd; q++) {
      const tail = nameTail(list, q, n);
      if (!tail) break;
      const piece = tail.name || (closesBracket(rows[rows.length - 1][0].name, tokens[q].text) ? tokens[q].text : '');
      if (piece) endLastName(piece);
      end = q + 1;
    }
  }
  return { rows, end };
}

/**
 * A row a line whose last cells were blank and dropped ("1 A项目 3543.206 3543.206 0 100" over "2 B项目 …"): a full row's
 * width of cells runs onto the next line and takes the next row's number for its last cell. A cell that opens a line
 * after cells all on the row's first line, and is the next row's number, is that row's, never this one's (a table copied
 * one cell a line has no cells sharing a line, and is not read so).
 */
function nextSerialOpensLine(cells: Token[], serial: Serial): boolean {
  if (typeof serial !== 'number') return false;
  const broken = cells.findIndex((t, c) => c > 0 && !onSameLine(cells[c - 1], t));
  return broken > 1 && serialOf(cells[broken].text) === String(serial + 1);
}

/** A row that closes a list or a group of it (合计, 总计, 小计): what may follow a list's last row. */
const CLOSING_ROW = /^(?:支出|金额|资金)?(?:合计|总计|小计|共计)$/;

/**
 * Where the rows go on after a row at `p` that sums the list or part of it (合计, 总计, 小计): its label, then
 * nothing but numbers (its amounts, a blank one dropped perhaps), then a row that reads, numbered `n` (perhaps after
 * the total's own funding rows, afterFundingRows). Null when
 * `p` holds no such label, a word stands among its amounts, or no row follows within a row's width.
 */
function afterTotalRow(list: ListReading, p: number, n: number): number | null {
  const { tokens, kinds, at, lean } = list;
  const first = tokens[p];
  const second = tokens[p + 1];
  // the label spaced as a PDF draws it ("合 计"), its two characters two cells of the line
  const spaced = onSameLine(second, first);
  const label = CLOSING_ROW.test(first?.text.replace(/\s/g, '') ?? '') ? 1 : spaced && CLOSING_ROW.test(first.text + second.text) ? 2 : 0;
  if (!label) return null;
  // the amounts after the label (as many as the row's other columns at most), then the next row
  for (let q = p + label; q < p + label + kinds.length && q < tokens.length; q++) {
    const amount = tokens[q - 1];
    if (q > p + label && amount.text && !cellNumber(amount.text) && !EMPTY_VALUE.test(amount.text)) return null;
    if (at(q, n) || lean(q, n)) return q;
    // the total's own funding rows (其中:财政资金) between it and the first row
    const funded = afterFundingRows(list, q, n);
    if (funded !== null) return funded;
  }
  return null;
}

/**
 * Where the rows go on after the rows at `p` that split the row above by where its money came from ("其中:财政资金 /
 * 120 / 130 / 126.5 / 97.31%", "其他资金 / 0 / 0 / 0", or 其中 alone over "财政拨款 / …" and "上级补助 / …"): funding-source
 * rows, no tasks (convention 7). Each is its label (names.ts fundingRowLabel), then nothing but amounts, blank ones
 * perhaps dropped, no more than the row's other columns; read past when a row numbered `n` reads right after them, or
 * the list's closing row (合计) follows. Null when `p` holds no funding row, a word stands among their amounts, or
 * nothing that reads follows them: a list the copy damaged there is not guessed at.
 */
function afterFundingRows({ tokens, kinds, at, lean }: ListReading, p: number, n: number): number | null {
  const label = (t: Token | undefined) => (t?.text ? fundingRowLabel(simplify(t.text)) : null);
  const goesOn = (q: number) => CLOSING_ROW.test(tokens[q]?.text.replace(/\s/g, '') ?? '') || !!at(q, n) || !!lean(q, n);
  // the row's other cells: the most amounts a funding row can hold
  const width = kinds.filter((k) => k !== 'serial' && k !== 'name' && k !== 'text').length;
  let q = p;
  let sources = 0;
  for (;;) {
    // a blank serial cell before a row's label, as a copy that keeps blank cells gives it
    let labelAt = q;
    while (labelAt < tokens.length && !tokens[labelAt].text) labelAt++;
    const kind = label(tokens[labelAt]);
    if (!kind) return sources && q > p && goesOn(q) ? q : null;
    if (kind === 'source') sources++;
    q = labelAt + 1;
    // its amounts, up to the next funding row's label or the row that goes on the list (which may open with a number)
    for (let amounts = 0; q < tokens.length && amounts < width && !label(tokens[q]); q++, amounts++) {
      if (sources && goesOn(q)) return q;
      const t = tokens[q].text;
      if (t && !cellNumber(t) && !EMPTY_VALUE.test(t)) return null;
    }
    if (q >= tokens.length) return null;
  }
}

/**
 * A numbered row copied one cell a line without its blank place and words cells (an allocation table's
 * "16 / 小额信贷贴息 / 12" under 序号 | 村名 | 项目名称 | 建设内容 | 资金金额: a row that is no village's
 * works): its serial, name and money cells, in the header's order. Taken only where the next serial
 * number, a closing row (合计 / 小计) or the list's end follows it, so that no cell of the next row is
 * taken for one of its own; a list with no place or words column has no such row.
 */
function leanRow(tokens: Token[], kinds: Kind[], q: number, serial: number, unit: Unit, year: number | null): Recovered | null {
  const lean = kinds.filter((k) => k !== 'text' && k !== null);
  if (kinds[0] !== 'serial' || lean.length === kinds.length || lean.length < 3 || q + lean.length > tokens.length) return null;
  const following = tokens[q + lean.length]?.text.replace(/\s/g, '');
  if (following && serialOf(following) !== String(serial + 1) && !CLOSING_ROW.test(following)) return null;
  const row = readRow(tokens.slice(q, q + lean.length), lean, serial, unit, year);
  return row ? { row, length: lean.length } : null;
}

/**
 * A numbered row copied one cell a line that lost some of its words cells, not all (narrowAt reads those): "11 / 脱贫劳动力
 * 外出务工一次性交通补助 / 中央衔接资金 / 12.60 / 12.60 / 100.0%" under 序号 | 项目名称 | 实施地点 | 资金来源 | 计划投资 | 已拨付 |
 * 进度, its blank 实施地点 dropped. Its serial and name open it, its other cells fill the header's last columns, and the
 * columns left between them are words columns, blank. Taken only where the next serial, a closing or group row, or the
 * list's end (a sentence, another paragraph) follows, so that no cell of the next row is taken for one of its own.
 */
function partlyNarrowRow(list: ListReading, p: number, n: number): Recovered | null {
  const { tokens, kinds } = list;
  if (kinds[0] !== 'serial' || kinds[1] !== 'name' || serialOf(tokens[p]?.text) !== String(n)) return null;
  for (let length = kinds.length - 1; length >= 3; length--) {
    const after = tokens[p + length]?.text.replace(/\s/g, '');
    if (p + length > tokens.length) continue;
    const ends = after === undefined || NOT_A_CELL.test(after) || tokens[p + length].segment !== tokens[p].segment;
    if (!ends && serialOf(after) !== String(n + 1) && !CLOSING_ROW.test(after) && !GROUP_LEAD.test(after)) continue;
    const dropped = kinds.slice(2, 2 + kinds.length - length);
    if (!dropped.every((k) => k === 'text')) return null;
    const blank = dropped.map(() => ({ ...tokens[p], text: '' }));
    const cells = [...tokens.slice(p, p + 2), ...blank, ...tokens.slice(p + 2, p + length)];
    // (a number under a words column is a value moved right: a blank dropped elsewhere than the words columns)
    if (cells.some((c, k) => kinds[k] === 'text' && cellNumber(c.text))) return null;
    const row = list.row(cells, n);
    return row ? { row, length } : null;
  }
  return null;
}

/**
 * A row of an unnumbered list under a words column merged down beside it ("项目类别 | 项目名称 | 预算数 …": 专项业务类 over
 * its projects, the rows after the first of each group without a cell there, as a copy that drops blank cells gives
 * them): the row read without the leading words columns. Taken only where the full reading puts a number under the
 * name (the row is short by exactly those cells) and the next row reads, in full or short the same way, or the list
 * ends right after it; a numbered list has its serials to place its rows by (narrowAt) and is not read so.
 */
function belowMergedWords(list: ListReading, p: number, n: number): Recovered | null {
  const { tokens, kinds, year } = list;
  const lead = kinds.findIndex((k) => k !== 'text');
  if (lead <= 0 || kinds[lead] !== 'name' || kinds.includes('serial')) return null;
  const width = kinds.length - lead;
  const rest = kinds.slice(lead);
  const short = (q: number) => (q + width <= tokens.length ? readRow(tokens.slice(q, q + width), rest, n, list.unit, year) : null);
  // the full reading shifted by the missing cells: a number where the name should stand
  if (!cellNumber(tokens[p + lead]?.text ?? '')) return null;
  const row = short(p);
  if (!row) return null;
  const next = p + width;
  const ends = next >= tokens.length || NOT_A_CELL.test(tokens[next].text) || CLOSING_ROW.test(tokens[next].text.replace(/\s/g, ''));
  return ends || list.at(next, n + 1) || short(next) ? { row, length: width } : null;
}

/** The first cell of a row that groups the rows below it ("一", "二、环卫类", "(三)") or sums those above (小计). */
const GROUP_LEAD = /^(?:[一二三四五六七八九十]+[、.]?|[(（][一二三四五六七八九十]+[)）]|小计)/;
/** The numeral alone that opens a group's row ("三", "三、", "(三)"): no remark of the row above it. */
const GROUP_NUMERAL = /^(?:[一二三四五六七八九十]+[、.]?|[(（][一二三四五六七八九十]+[)）])$/;
/** How a serial cell numbers its row: in digits, in Chinese numerals, or in Chinese numerals in brackets. */
function numberingStyle(text: string | undefined): 'digits' | 'numeral' | 'bracketed' | null {
  const t = text?.trim() ?? '';
  if (/^\d/.test(t)) return 'digits';
  if (/^[(（][一二三四五六七八九十]+[)）]$/.test(t)) return 'bracketed';
  if (/^[一二三四五六七八九十]+[、.]?$/.test(t)) return 'numeral';
  return null;
}
/** A group row's other cells: its group's name, blank, or (a subtotal's) amounts; never a sentence. */
const GROUP_CELL = /^[^。;；:：]{0,30}$/;

/**
 * Where the numbered rows go on after a group or subtotal row at `p`: the place within two rows'
 * widths where a row reads with the serial number `n` (continued) or 1 (begun anew in each group),
 * and that serial; null when `p` is no group row or no row follows it.
 */
function afterGroupRow({ tokens, kinds, at, lean }: ListReading, p: number, n: number): { at: number; serial: number } | null {
  const width = kinds.length;
  if (!GROUP_LEAD.test(tokens[p]?.text ?? '')) return null;
  // two such rows in a row at most (a 小计 row, then the next group's)
  for (let q = p + 1; q <= p + 2 * width && q < tokens.length; q++) {
    if (!GROUP_CELL.test(tokens[q - 1].text) || NOT_A_CELL.test(tokens[q - 1].text.replace(GROUP_LEAD, ''))) return null;
    for (const serial of n > 1 ? [n, 1] : [n]) if (at(q, serial) || lean(q, serial)) return { at: q, serial };
  }
  return null;
}

/** Where a department's name may end ("县水务局", "县卫健委", "区疾控中心"). */
const DEPARTMENT_END = /局|委|办|厅|中心|院|站|所/g;

/**
 * A row whose name begins with its department's name (one of a level of government: 县…, 区…, 市…):
 * the name after it, when exactly one place in
 * its first twelve characters can end a department's name and a name of two characters or more
 * follows; else null (where the department ends cannot be told).
 */
function withoutDepartment(row: TaskFragment[]): TaskFragment[] | null {
  const name = row[0].name;
  // a department of a level of government (县水务局, 区卫健委, 市教育局); other names are left whole
  if (!/^[省市县区州旗镇乡]/.test(name)) return row;
  const ends = [...name.slice(0, 12).matchAll(DEPARTMENT_END)].map((m) => m.index + m[0].length);
  if (ends.length === 0) return row;
  if (ends.length > 1 || name.length - ends[0] < 2) return null;
  return row.map((f) => ({ ...f, name: name.slice(ends[0]) }));
}

/**
 * A row one cell per line whose blank cells are blank lines ("人民调解工作经费 / 40.00 / (blank) /
 * 38.20"): the blank line ends the paragraph, so the row is short by as many cells as the source
 * has blank lines there. The blank cells are put back where the paragraph broke when the row then
 * reads, the break falls inside the row (after its name), both paragraphs around it hold one cell a
 * line, and the next row, or the list's end, follows. A row may break more than once ("文物安全巡查 /
 * (blank) / 12.5 / (blank)" before the next serial), its paragraphs after the first one cell or more.
 * A copy that sets every cell apart by the same blank lines, the header's cells too (list.spacing), writes a blank cell
 * as one run more: "舞钢市 / (1) / 154 / (3) / 154 / (2) / 宝丰县" under 市县名称 | 资金合计 | 中央资金 | 省级资金 | 市级资金 | 备注.
 */
function withBlankLines(list: ListReading, p: number, n: number): Recovered | null {
  const { tokens, kinds, at, spacing } = list;
  const width = kinds.length;
  const nameCol = kinds.indexOf('name');
  const cells: Token[] = [];
  let k = p;
  let broke = false;
  // the row's cells in order, each break between paragraphs inside it (after its name) a blank cell per blank line;
  // a break right after the row's last cell stands for its blank last cells
  while (cells.length < width && k < tokens.length) {
    cells.push(tokens[k]);
    const before = tokens[k];
    const after = tokens[k + 1];
    k++;
    if (!after || before.segment === after.segment || cells.length <= nameCol || cells.length >= width) continue;
    const gap = linesBetween(before, after) - spacing;
    if (gap < 1) continue;
    // the row opens in a paragraph of one cell a line (a copy that sets every cell apart by a blank line, one cell
    // a paragraph, has no blank cells to tell, unless its header shows the blank lines it sets: spacing); the
    // paragraphs inside it may hold one cell
    const opening = broke || spacing > 0 ? 1 : 2;
    // (the list's total row after the blank cells is one cell however spaced: "合 计")
    const closing = TOTAL_ROW.test(after.segment.text.replace(/\s/g, ''));
    if (cells.length + gap > width || !oneCellALine(before.segment, opening) || (!closing && !oneCellALine(after.segment, 1))) return null;
    for (let g = 0; g < gap; g++) cells.push({ ...after, text: '' });
    broke = true;
  }
  if (!broke || cells.length !== width) return null;
  const row = list.row(cells, n);
  if (!row) return null;
  // the next row, the list's end, or no cell (a sentence) follows (in a copy that sets its cells apart, a row whose blank
  // cells are blank lines too: one that opens on a name, not on an amount)
  const nextOpens = (q: number) => !!at(q, n + 1) || (spacing > 0 && !cellNumber(tokens[q].text));
  if (k < tokens.length && tokens[k].text && !NOT_A_CELL.test(tokens[k].text) && !nextOpens(k)) return null;
  return { row, length: k - p };
}

/** A paragraph of `least` lines or more (two unless told), each one cell (no space-separated words). */
function oneCellALine(seg: Segment, least = 2): boolean {
  const lines = (seg.source.raw ?? seg.source.text).split('\n');
  return lines.length >= least && lines.every((l) => !/\S\s+\S/.test(l.trim()));
}

/**
 * A row on a line of its own with one or two words more than the header has columns, its name
 * broken by spaces a PDF drew inside it ("1 城市 公园维护 80.00 78.50"): the words from the name
 * column on, up to the row's width, are the name. Taken only where no words column stands beside
 * the name (主管部门 before or after it could hold the break as well) and the row then reads.
 */
function spacedName(list: ListReading, p: number, n: number): Recovered | null {
  const { tokens, kinds } = list;
  const nameCol = kinds.indexOf('name');
  const after = kinds[nameCol + 1];
  const before = kinds[nameCol - 1];
  if (nameCol < 0 || !after || after === 'text' || after === 'name' || after === 'grade' || before === 'text') return null;
  const first = tokens[p];
  if (!first) return null;
  let end = p;
  while (end < tokens.length && onSameLine(tokens[end], first)) end++;
  // the row is the whole line: the line before ended the previous row
  if (p > 0 && onSameLine(tokens[p - 1], first)) return null;
  const extra = end - p - kinds.length;
  if (extra < 1 || extra > 2) return null;
  // as many pieces more than the list's columns as the header's line has words before its headers: the row's cells
  // under those words, and the name is not broken ("档案收集与保管 完成档案数字化 档案数字化经费 30 28")
  if (extra === list.unknownColumns) return null;
  const parts = tokens.slice(p + nameCol, p + nameCol + extra + 1);
  // a number inside the name ("第 3 号泵站维修"), spaced from the Chinese around it as a PDF draws it,
  // stands between two of its words: a number at either end could be a cell of its own
  const inner = (t: Token, i: number) => i > 0 && i < parts.length - 1 && NUMBER_IN_NAME.test(t.text);
  if (parts.some((t, i) => !t.text || (cellNumber(t.text) && !inner(t, i)) || NOT_A_CELL.test(t.text))) return null;
  const row = readRowNamedBy(list, p, parts, end, n);
  return row ? { row, length: end - p } : null;
}

/** A whole number a name holds among its words: "第 3 号", "G 318 国道". */
const NUMBER_IN_NAME = /^\d{1,4}$/;

/**
 * The row at `p`, up to `end`, whose name the copy broke into `parts` (consecutive tokens from the name
 * column on): the pieces make one name cell, spanning the normalized text from the first to the last.
 */
function readRowNamedBy(
  { tokens, kinds, row }: ListReading,
  p: number,
  parts: Token[],
  end: number,
  n: number,
  joined: (name: string) => string = (name) => name,
): TaskFragment[] | null {
  const nameCol = kinds.indexOf('name');
  const [first] = parts;
  const last = parts[parts.length - 1];
  const merged = { ...first, text: joined(first.segment.text.slice(first.start, last.start + last.text.length)) };
  return row([...tokens.slice(p, p + nameCol), merged, ...tokens.slice(p + nameCol + parts.length, end)], n);
}

/** Words that can end a name wrapped onto the next line: no number, no sentence, no bracketed remark. */
export const NAME_PIECE = /^[\u4e00-\u9fff“”()a-zA-Z]{1,12}$/;

/**
 * A row on one line whose name the copy wrapped, the end of the name alone on the line below it
 * ("1 乡村道路维护项 200 196 98%" / "目"): the piece belongs to the row above. It is read past when the
 * next row, or nothing, follows it, and added to the name only when no words column stands after
 * the name's (a wrapped 主管部门 or 备注 would leave its end there as well). A name centred on its row
 * by a PDF has its head on the line above the row's amounts and its tail on the line below
 * ("农村人居环境" / "120 100 83.33%" / "整治提升项目"): the tail belongs to it just the same.
 */
function nameTail({ tokens, kinds, at }: ListReading, p: number, n: number): { name: string } | null {
  const t = tokens[p];
  if (!t?.text || !NAME_PIECE.test(t.text)) return null;
  // a line of its own, below a row on one line (or below its amounts, its name's head alone on the line above them)
  // a name wrapped over three lines or more ("2023年高标" / "准农田建设" / "项目"): the pieces read before this one,
  // each a line of its own right above it, stand between it and its row
  let last = p - 1;
  while (
    p - last <= 2 &&
    tokens[last]?.text &&
    NAME_PIECE.test(tokens[last].text) &&
    tokens[last].segment === t.segment &&
    tokens[last].line === t.line - (p - last) &&
    !onSameLine(tokens[last - 1], tokens[last])
  )
    last--;
  const prev = tokens[last];
  if (!prev || (last < p - 1 && prev.line !== t.line - (p - last))) return null;
  const head = tokens[last + 1 - kinds.length];
  const headAlone =
    kinds.indexOf('name') === 0 &&
    kinds.length > 2 &&
    !!head &&
    head.segment === prev.segment &&
    head.line === prev.line - 1 &&
    !onSameLine(tokens[last - kinds.length], head) &&
    tokens.slice(last + 2 - kinds.length, last + 1).every((c) => onSameLine(c, prev));
  // (a row whose amounts carry their unit as a cell of its own, "65.00 万元", holds more cells than columns: its line from
  // its first cell)
  const lineHead = lineStartOf(tokens, last);
  const wholeLine = last + 1 - lineHead > kinds.length && !onSameLine(tokens[lineHead - 1], tokens[lineHead]);
  if (onSameLine(prev, t) || onSameLine(tokens[p + 1], t) || !(onSameLine(head, prev) || headAlone || wholeLine)) return null;
  // the name's further pieces below this one, each a line of its own, before what follows the row
  let after = p + 1;
  const piece = (k: number) =>
    !!tokens[k]?.text &&
    NAME_PIECE.test(tokens[k].text) &&
    tokens[k].segment === t.segment &&
    tokens[k].line === t.line + (k - p) &&
    !onSameLine(tokens[k + 1], tokens[k]);
  while (after - last <= 3 && piece(after)) after++;
  const next = tokens[after];
  // (the row after it is the next row, or the list's total: 合计 closes the list right under the last row's name)
  if (next?.text && !NOT_A_CELL.test(next.text) && !at(after, n) && !CLOSING_ROW.test(next.text.replace(/\s/g, ''))) return null;
  const nameCol = kinds.indexOf('name');
  // a column of words after the name's may wrap as well, so a piece may be either's; a grade the row states whole (优, 良好)
  // wraps onto no line, so under a grade column alone the piece is the name's ("1 县教育局 义务教育薄弱 560 优" over
  // "环节改善与能", pdftotext -layout)
  const rowStart = wholeLine ? lineHead : last + 1 - kinds.length;
  const wholeGrades = kinds.every((k, c) => k !== 'grade' || GRADE.test(tokens[rowStart + c]?.text.replace(/\s/g, '') ?? ''));
  // (a words column before the name, 主管部门, wraps as well: a piece that ends as a unit's name, "局", may be its)
  const unitsBefore = kinds.slice(0, nameCol).includes('text') && UNIT_NAME_END.test(t.text);
  const wordsAfter = unitsBefore || kinds.slice(nameCol + 1).some((k) => k === 'text' || (k === 'grade' && !wholeGrades));
  // before a sentence the piece may as well be a heading over it: read past, no part of the name
  // (a heading after a blank line opens a paragraph of its own: no heading of the piece's)
  const beforeProse = !!next?.text && NOT_A_CELL.test(next.text) && next.segment === t.segment;
  return { name: wordsAfter || beforeProse ? '' : t.text };
}

/**
 * The ends of the word cells a layout copy wrapped onto one line below their row, each at its column ("3 县农业农村 耕地地力保
 * 1200 优" over "局 护补贴", pdftotext -layout): a line of two pieces or more, as many as the row's word columns before its
 * first amount (numbers never wrap), right below a row on one line, and followed by the next row, the list's total or
 * its end. The piece in the name's place is the name's end; the others are read past. Null for any other line.
 */
function wrappedEnds({ tokens, kinds, at }: ListReading, p: number, n: number): { name: string; length: number } | null {
  const t = tokens[p];
  const prev = tokens[p - 1];
  if (!t?.text || !prev || onSameLine(prev, t) || prev.segment !== t.segment || prev.line !== t.line - 1) return null;
  let q = p;
  while (onSameLine(tokens[q], t)) q++;
  const pieces = tokens.slice(p, q);
  if (pieces.length < 2 || pieces.some((x) => !NAME_PIECE.test(x.text))) return null;
  const firstMoney = kinds.findIndex((k) => typeof k === 'object' && k !== null);
  const words = kinds.slice(0, firstMoney < 0 ? kinds.length : firstMoney).flatMap((k, c) => (k === 'text' || k === 'name' ? [c] : []));
  if (pieces.length !== words.length) return null;
  // the row above on one line, all its cells there
  if (p - lineStartOf(tokens, p - 1) < kinds.length) return null;
  const next = tokens[q];
  if (next?.text && !at(q, n) && !CLOSING_ROW.test(next.text.replace(/\s/g, '')) && next.segment === t.segment) return null;
  return { name: pieces[words.indexOf(kinds.indexOf('name'))]?.text ?? '', length: q - p };
}

/** How the name of a unit ends (县教育局, 县农业农村局, 县疾控中心): the end of a 主管部门 cell wrapped onto its own line. */
const UNIT_NAME_END = /(?:局|委|办|厅|院|所|站|馆|队|中心|政府|公司)$/;

/** Whether `piece` closes, and opens nothing after, the brackets `name` left open. */
function closesBracket(name: string, piece: string): boolean {
  const open = (name.match(/\(/g) ?? []).length - (name.match(/\)/g) ?? []).length;
  return open > 0 && /^[^()]*\)[^()]*$/.test(piece) && open === 1;
}

/**
 * A row one cell a line whose name the copy wrapped over two or three lines ("乡村道路维护" / "项目"
 * above "200"): where a money column follows the name, a word there is the rest of the name.
 */
function nameOverLines(list: ListReading, p: number, n: number): Recovered | null {
  const { tokens, kinds, year } = list;
  const nameCol = kinds.indexOf('name');
  const after = kinds[nameCol + 1];
  if (nameCol < 0 || typeof after !== 'object' || after === null) return null;
  const first = tokens[p + nameCol];
  // (an amount is no name's head: the cell of a column the header run did not know, "增减" / "10.5", every cell after
  // it one column off)
  if (!first?.text || cellNumber(first.text)) return null;
  // the name's head alone on its line too: a word after the header's last word on its line is a column the
  // header run did not know ("项目名称 批复预算 实际支出 支出比例"), no head of the first row's name
  const before = tokens[p + nameCol - 1];
  if (onSameLine(before, first)) return null;
  for (let extra = 1; extra <= 2; extra++) {
    const parts = tokens.slice(p + nameCol, p + nameCol + extra + 1);
    // each piece a line of its own in one paragraph, the pieces after the first short words
    if (parts.length !== extra + 1 || parts.some((t, k) => t.segment !== first.segment || t.line !== first.line + k)) return null;
    if (parts.slice(1).some((t) => !NAME_PIECE.test(t.text) || isHeader(t.text, year))) return null;
    const end = p + kinds.length + extra;
    if (end > tokens.length) return null;
    // (nor is a row whose cells run on into an amount where the next row's name should open, with no serial column to
    // start it: the first row's head was a column the header run did not know)
    const next = tokens[end];
    if (!kinds.includes('serial') && next?.segment === first.segment && cellNumber(next.text)) return null;
    const row = readRowNamedBy(list, p, parts, end, n, (name) => name.replace(/\s+/g, ''));
    // the line break between the pieces is no space in the name
    if (row)
      return {
        row: row.map((f) => ({ ...f, name: f.name.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '') })),
        length: kinds.length + extra,
      };
  }
  return null;
}

/** Columns whose cell a web copy may drop when it is blank: a grade, a score, a remark. */
const OPTIONAL = (k: Kind) => k === 'grade' || k === 'score' || k === 'text' || k === 'other';

/**
 * A row copied a row a line (its first cells on one line) whose funding-source cell stands on a later line: that
 * cell opens the next row (its serial, its name), and the row's own source cells were blank and dropped.
 */
function sourceOnNextLine(cells: Token[], kinds: Kind[]): boolean {
  const name = cells[kinds.indexOf('name')];
  const first = cells[0] === name ? cells[1] : cells[0];
  if (!name || !first || first.segment !== name.segment || first.line !== name.line) return false;
  return kinds.some((k, c) => k === 'source' && !!cells[c]?.text && (cells[c].segment !== name.segment || cells[c].line !== name.line));
}

/**
 * A numbered row one cell short, the blank cell dropped by the copy (an evaluation notice whose
 * 评价结果 is empty): the row is the tokens from its serial number to the next serial number
 * (or one row's width, at most), and its cells fill the columns in order, a missing cell allowed
 * only among the optional columns after the name and the money (a grade, a score, a remark),
 * where a cell that does not fit its column's kind leaves that column blank. Before the money,
 * nothing may be missing: the name and the amounts stay where the header puts them.
 */
function lackingTrailingCell(list: ListReading, p: number, n: number): Recovered | null {
  const { tokens, kinds } = list;
  if (kinds[0] !== 'serial' || serialOf(tokens[p]?.text) !== String(n)) return null;
  let end = p + 1;
  while (end < tokens.length && end - p < kinds.length && serialOf(tokens[end].text) !== String(n + 1)) {
    if (NOT_A_CELL.test(tokens[end].text)) break;
    // a row a line (its cells so far on the serial's line) ends with its line: the next line is no cell of it (the text
    // after the list, "附件3", where the last row has no next serial to stop at)
    if (end - p >= 2 && onSameLine(tokens[p], tokens[end - 1]) && !onSameLine(tokens[end - 1], tokens[end])) break;
    end++;
  }
  const cells = tokens.slice(p, end).filter((t) => t.text);
  const lastMoney = kinds.findLastIndex((k) => typeof k === 'object' && k !== null);
  // a budget table's blank funding sources at the row's end, dropped: the row's cells are its first columns
  if (cells.length > lastMoney && cells.length < kinds.length && kinds.slice(cells.length).every((k) => k === 'source')) {
    const row = list.row([...cells, ...kinds.slice(cells.length).map(() => ({ ...cells[0], text: '' }))], n);
    if (row) return { row, length: end - p };
  }
  const blank = () => ({ ...cells[0], text: '' });
  // columns of words at the row's end (how the result is used, a remark) blank throughout, their cells dropped too: the
  // row read without them, and perhaps one blank cell more among the columns after the money
  const trailingWords = kinds.length - 1 - kinds.findLastIndex((k) => k !== 'text' && k !== 'grade');
  for (let drop = 0; drop <= trailingWords; drop++) {
    const width = kinds.length - drop;
    const dropped = Array.from({ length: drop }, blank);
    if (drop > 0 && cells.length === width) {
      const row = list.row([...cells, ...dropped], n);
      if (row) return { row, length: end - p };
    }
    if (cells.length !== width - 1) continue;
    // the blank may be any optional column after the money: the placements that read give the same
    // row (those columns hold no task's value), and a cell that fits no placement refuses the row
    for (let k = lastMoney + 1; k < width; k++) {
      if (!OPTIONAL(kinds[k])) continue;
      const placed = [...cells.slice(0, k), blank(), ...cells.slice(k), ...dropped];
      const row = list.row(placed, n);
      if (row) return { row, length: end - p };
    }
  }
  return null;
}

/**
 * A row of a list without serial numbers whose last cells the copy dropped, blank in the source (a
 * notice whose 自评等级 column is blank throughout, one cell a line): the row is one or two cells
 * short, the missing ones columns of words after the money. Without serial numbers nothing else
 * marks where the row ends, so it is taken only where the list ends right after it (its total row
 * next, or no cell) or the next row reads there (in full, or short the same way).
 */
function lackingLastCells(list: ListReading, p: number): Recovered | null {
  const { tokens, kinds, at } = list;
  if (kinds.includes('serial')) return null;
  for (const short of shortRows(list, p)) {
    const next = p + short.length;
    // the list ends after the row: the text's end, a sentence, or the list's total row (合计 / 总计)
    const ends = next >= tokens.length || NOT_A_CELL.test(tokens[next].text) || TOTAL_ROW.test(tokens[next].text.replace(/\s/g, ''));
    if (ends || at(next, 0) || shortRows(list, next).length) return short;
  }
  return null;
}

/**
 * The readings of the row at `p` one or two cells short, the blank cells columns of words after the
 * money (a grade, a remark): never a score, whose number could be the next row's money shifted in.
 */
function shortRows({ tokens, kinds, row: readListRow }: ListReading, p: number): Recovered[] {
  const out: Recovered[] = [];
  const lastMoney = kinds.findLastIndex((k) => typeof k === 'object' && k !== null);
  // a budget table's funding sources after its total, blank and dropped, all of them perhaps
  const sources = kinds.length - 1 - kinds.findLastIndex((k) => k !== 'source');
  for (let drop = 1; drop <= Math.max(2, sources) && lastMoney < kinds.length - drop; drop++) {
    const dropped = kinds.slice(kinds.length - drop);
    if (!dropped.every((k) => k === 'grade' || k === 'text' || k === 'source')) break;
    const length = kinds.length - drop;
    // the list's last row at the text's end, short of more cells than this: a longer drop may still fit it
    if (p + length > tokens.length) continue;
    const cells = tokens.slice(p, p + length);
    if (cells.some((t) => !t.text)) continue;
    // a source's cell dropped only where the row ends its line (a row a line): elsewhere the next cell would be its
    const next = tokens[p + length];
    if (dropped.includes('source') && onSameLine(next, cells[length - 1])) continue;
    // …and with its rate signed: a bare number under the rate may be a blank rate's source cell moved left
    const rate = kinds.findIndex((k) => typeof k === 'object' && k !== null && k.measure === 'rate');
    if (dropped.includes('source') && rate >= 0 && rate < length && !/%$/.test(cells[rate].text.trim())) continue;
    const row = readListRow([...cells, ...Array.from({ length: drop }, () => ({ ...cells[0], text: '' }))], 0);
    if (row) out.push({ row, length });
  }
  return out;
}

function readRow(cells: Token[], kinds: Kind[], n: Serial, unit: Unit, year: number | null): TaskFragment[] | null {
  let name: string | null = null;
  const values: { measure: TaskMeasure; token: Token; value: string; unit: Unit }[] = [];
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c];
    const t = cells[c];
    if (kind === 'serial') {
      if (serialOf(t.text) !== String(n)) return null;
    } else if (kind === 'name') {
      if (
        !t.text ||
        cellNumber(t.text) ||
        NOT_A_CELL.test(t.text) ||
        isHeader(t.text, year) ||
        TOTAL_SCORE_LABEL.test(t.text.replace(/\s/g, ''))
      )
        return null;
      name = nameAt(t.segment, t.start, t.text, { column: true });
      if (!name) return null;
    } else if (kind === 'grade') {
      // a grade, or a blank one written as a dash or a slash ("/": the project was not graded)
      if (t.text && !GRADE.test(t.text) && !EMPTY_VALUE.test(t.text)) return null;
    } else if (kind === 'score' || kind === 'other' || kind === 'source') {
      if (t.text && !cellNumber(t.text) && !EMPTY_VALUE.test(t.text)) return null;
    } else if (kind === 'text') {
      // a number where words belong: the cells are shifted (a project's code in the budget system, all digits, is words)
      if (cellNumber(t.text) && !PROJECT_CODE.test(t.text.trim())) return null;
      // a score table's total row (总分 | 100 | 95) where the rows' words belong: the rows are over, its numbers no money
      if (TOTAL_SCORE_LABEL.test(t.text.replace(/\s/g, ''))) return null;
    } else if (kind) {
      if (!t.text || EMPTY_VALUE.test(t.text)) continue;
      const v = kind.measure === 'rate' ? cellNumber(t.text) : moneyCell(t.text);
      if (!v) return null;
      const u: Unit = kind.measure === 'rate' ? '%' : v.unit || kind.unit || unit;
      if (kind.measure === 'rate' ? u !== '%' : !isMoneyUnit(u)) return null;
      values.push({ measure: kind.measure, token: t, value: v.value, unit: u });
    }
  }
  const taskName = name;
  if (!taskName || !values.length) return null;
  return values.map((v) => ({
    name: taskName,
    measure: v.measure,
    value: v.value,
    unit: v.unit,
    segment: v.token.segment,
    start: v.token.start,
    end: v.token.start + v.token.text.length,
  }));
}
