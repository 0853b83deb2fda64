/**
 * Figures and task money lines stated in sentences.
 *
 * For every number with a unit, the text between the previous number of its sentence and this
 * one is its "left context"; the wording table (wordings.ts) says what the context's tail
 * means. Who the number belongs to is decided per sentence: the department (default), a
 * numbered task or project ("1、党建工作：年度支出预算数…"), the “三公” funds or one of their
 * items, or a functional budget class ("(类)…(款)…(项)"), which is neither a task nor a figure.
 */
import type { ReportKind, Unit } from '../model/record.ts';
import {
  Decimal,
  findNumbers,
  isMoneyUnit,
  LIST_DOT_END,
  type NumberToken,
  rateWithinRounding,
  sumInYuan,
  toYuan,
  unitWrittenOnce,
} from './numbers.ts';
import { repairsWithin } from './ocrRepair.ts';
import { linesOf, type Segment, sourceWordsOf, tailBefore } from './text.ts';
import {
  FILLER_TAIL,
  TOTALLING_TAIL,
  FUNDING_LINES,
  FUNDS,
  fundNames,
  isFundingLine,
  namesInYearProgress,
  type Measure,
  THREE_PUBLIC,
  THREE_PUBLIC_FUNDS,
  THREE_PUBLIC_ITEMS,
  type ValueKind,
  type Wording,
  WORDINGS,
  FUND_LEVEL,
  LEVEL_OPENING,
  ADJUSTED_FROM,
  ADJUSTED_FROM_WORDS,
  BUDGET_CHANGE,
  BUDGET_CHANGE_VERBS,
  SENTENCE_LINK_LEAD,
  OWN_UNIT_LEAD,
} from '../model/wordings.ts';
import { cleanName, PROJECT_NAME, refusal, SECTION_WORDS, TRAILING_ATTRIBUTES } from './tasks/names.ts';
import { isOrgName } from './metadata.ts';

export interface Found {
  key: string;
  value: string;
  unit: Unit;
  rule: string;
  segment: Segment;
  start: number;
  end: number;
  /** See Wording.yields. */
  yields?: string;
  /** Spending or its rate set against the project's total investment in its sentence: see investmentProgress. */
  ofInvestment?: true;
  /** A fund qualifier written before the label ("一般公共预算财政拨款基本支出"): a narrower quantity. */
  qualifier?: string;
  /** See Wording.executedAgainstBudget. */
  executedAgainstBudget?: 'sentence' | 'document';
  /** See Wording.againstBudgetOnly. */
  againstBudgetOnly?: true;
  /** See Mention.candidate: read by a project-only wording. */
  candidate?: true;
  /** Stated for a period that ends before the report's year does (截至6月底, 上半年): see periodBefore. */
  interim?: true;
  /** Stated to a date after the report's year ends (截至2024年3月底 in a report on 2023): see periodBefore. */
  later?: true;
  /** The total its sentence states it as a part of, when that is not the unit's own (see Mention.partOf). */
  splitOf?: { key: string; qualifier?: string };
  /** The funding line's spending whose sentence this split follows (splitsFollowTheirTotal; see fundSplitsKeptTheUnits). */
  splitOfFund?: Found;
  /** splitOf's key as grouped (groupFigures). */
  partOf?: string;
  /** OCR repairs read through in the table header the value stands under ("将→数"), for the evidence. */
  headerReadThrough?: string;
}

/**
 * A department's whole budgeted income or spending: 部门预算收入, 单位预算支出合计, 预算支出总计, 部门预算收入总数 (never a
 * fund's: 一般公共预算收入). The sum word is kept where it is 总计, which counts the carry-over in (支出总计); 总数 is
 * the side's sum as 合计 is.
 */
const DEPARTMENT_BUDGET_SIDE = /(?:^|[\d年度,、;:\s]|部门|单位)预算(收入|支出)(?:合计|总额|总数|(总计))?$/;

/** "2024年安排项目支出预算236.30万元": the verb that budgets a class of spending, no part of a name before it. */
const BUDGETING_VERB = /安排(?=(?:基本|项目)支出$)/;

/**
 * "部门专项项目预算74000.00元", "部门专项支出预算1,074,000.00元": a budget document's older names for its project spending
 * (its glossary: 专项项目支出, 在基本支出之外…的支出), right after the unit's words or the year, never after another name
 * ("扶贫专项项目", "防汛专项支出").
 */
const SPECIAL_PROJECTS = /(?<=^|[\d年度,、;:\s]|部门|单位)专项(?:项目(?:支出)?|支出)$/;

/** A money or rate unit in brackets, as a header writes it under its column ("(万元)", "(%)"). */
const UNIT_NOTE = /\((?:万元|元|亿元|分|%)\)/g;

/**
 * "序号 项目名称 预算数 执行数 执行率 / (万元) (万元) (%) / 1 公共卫生服务…": several units in brackets between
 * a label and the number after them are a header row's units of its columns, copied as text; the number is
 * a row's (its serial), no value of the label.
 */
function severalUnitNotes(context: string, stripped: string): boolean {
  return (context.slice(stripped.length).match(UNIT_NOTE) ?? []).length > 1;
}

/**
 * In a budget document every amount is budgeted, so "基本支出预算 / 财政拨款收入预算 / 收入预算合计 X"
 * is read as the amount its words name without 预算 (LABELS.md convention 4).
 */
export function budgetedAmount(context: string, unit: Unit): ReturnType<typeof matchWording> {
  const stripped = context.replace(FILLER_TAIL, '');
  if (severalUnitNotes(context, stripped)) return null;
  // "2023年部门预算收入1562.3万元…;部门预算支出1562.3万元": the budgeted totals, read as 收入合计 / 支出合计
  const side = DEPARTMENT_BUDGET_SIDE.exec(stripped);
  if (side) return matchWording(`${stripped.slice(0, side.index)}${side[1]}${side[2] ?? '合计'}`, unit);
  // "收入总预算 / 支出预算总额 X": the side's words, then 预算
  const m = /总?预算(合计|总计|总额)?$/.exec(stripped);
  // "2024年安排项目支出198.5万元": a class of spending the budget's verb sets out, with no 预算 after it (the verb keeps
  // 项目支出 from reading as a project's spending; in a report on the year, what was arranged is no part of what was spent)
  if (!m) return BUDGETING_VERB.test(stripped) ? matchWording(stripped.replace(BUDGETING_VERB, ''), unit) : null;
  const found = matchWording(
    stripped.slice(0, m.index).replace(BUDGETING_VERB, '').replace(SPECIAL_PROJECTS, '项目支出') + (m[1] ?? ''),
    unit,
  );
  // a budget's 支出 / 支出总额 is what it budgets to spend, not a spending against a budget
  const budgetedSpending = found?.wording.key === 'expense.total' && !/实际/.test(stripped);
  return found && (found.wording.measure === 'amount' || budgetedSpending) && found.wording.key !== 'budget.total' ? found : null;
}

/**
 * A budget document states its budgeted totals as 年初预算数 under a 收入预算 or 支出预算 head
 * ("(一)收入预算:2020年年初预算数12658.29万元"): they are its income.total and expense.total,
 * unless the income includes the carry-in (含上年结转), and no budget.* figure is read from it.
 */
function budgetSides(figures: Found[], from: number, sentence: Sentence, headings: string[]): void {
  for (let i = figures.length - 1; i >= from; i--) {
    const f = figures[i];
    if (!f.key.startsWith('budget.') || f.qualifier) continue;
    // the side is named by the figure's own words or before it in its sentence, or else by the section heading
    const head = `${headings.join(' ')} ${sentence.text.slice(0, f.end - sentence.start)}`;
    // (the side named after 预算 as well: "预算总收入", "预算总支出")
    const incomeAt = lastMatchAt(head, BUDGET_INCOME_SIDE);
    const expenseAt = lastMatchAt(head, BUDGET_EXPENSE_SIDE);
    const side = incomeAt < 0 && expenseAt < 0 ? null : incomeAt > expenseAt ? 'income' : 'expense';
    // "教育支出预算 11398.02 万元", "国有资本经营预算收入 0万元": the tail of a longer name is one
    // class's or fund's budget, not the side's total (only a year may stand before the total's words)
    // ("本部门支出预算", "本单位收入预算": the unit's own words may stand there too, and so may the verb
    // that budgets it, "相应安排支出预算")
    const before = f.segment.text.slice(Math.max(0, f.start - 4), f.start);
    if (/[\u4e00-\u9fff]$/.test(before) && !/(?:[年度本]|部门|单位|本级|安排)$/.test(before)) {
      figures.splice(i, 1);
      continue;
    }
    // (the parts may run on past the sentence's semicolon, each closed by its share: "…,其中:一般公共预算拨款收入3225万元,
    // 占27.67%;事业收入8000万元,占68.64%;上年结转129.33万元,占1.11%。" lists the carry-in too)
    const carriedIn = /上年结转/.test(sentence.text) || CARRY_IN_AMONG_PARTS.test(partsRun(f.segment.text.slice(f.end)));
    if ((f.key === 'budget.initial' || f.key === 'budget.total') && side === 'income' && !carriedIn) {
      f.key = 'income.total';
    } else if ((f.key === 'budget.initial' || f.key === 'budget.total') && side === 'expense') {
      f.key = 'expense.total';
    } else {
      figures.splice(i, 1);
    }
  }
}

/** A budget's income side named before or after 预算: "收入预算", "预算总收入". */
const BUDGET_INCOME_SIDE = /收入预算|预算总?收入/g;
/** A budget's spending side named before or after 预算: "支出预算", "预算总支出". */
const BUDGET_EXPENSE_SIDE = /支出预算|预算总?支出/g;
/** Where the last match of a global pattern starts in the text, -1 if none. */
const lastMatchAt = (text: string, re: RegExp): number => [...text.matchAll(re)].at(-1)?.index ?? -1;

/** A side's 总计 and the side's own total a budget document states by it (conventions 3 and 4). */
const GRAND_TOTAL_SIDE: Record<string, string> = { 'income.grandTotal': 'income.total', 'expense.grandTotal': 'expense.total' };
/** 其中 right after an amount (its unit, a comma before it): what follows are its parts. */
const PARTS_OPEN = /^\s*[,,;:]?\s*其中\s*[:,]?/;
/** Where the parts' clause ends: the sentence's end, or the next side's total (…,支出总计…). */
const PARTS_END = /。|总计|合计/;
/** A part that is money carried from or to another year: the total holds it, and is no year's own. */
const CARRIED_PART = /结转|结余/;

/**
 * "收入总计1,500万元,其中:一般公共预算拨款收入1,450万元,其他收入50万元": in a budget document, a side's 总计 (收入总计,
 * 收入预算总计, 支出总计) whose parts listed after 其中 add up to it exactly, none of them carried from another year
 * (上年结转, 结余), holds no carry-in: the text says there is none, and it is the side's budgeted total, income.total
 * or expense.total (LABELS.md conventions 3 and 4). A 总计 said to include the carry-in (its rule) stays the grand total.
 */
function partsSumToSideTotal(figures: Found[], from: number, sentence: Sentence, numbers: NumberToken[]): void {
  for (const f of figures.slice(from)) {
    const side = GRAND_TOTAL_SIDE[f.key];
    if (!side || f.rule.startsWith(`${f.key}/`)) continue;
    const at = f.end - sentence.start;
    const open = PARTS_OPEN.exec(sentence.text.slice(at));
    if (!open) continue;
    const rest = sentence.text.slice(at + open[0].length);
    const end = PARTS_END.exec(rest)?.index;
    const clause = rest.slice(0, end ?? rest.length);
    // (parts each closed by a semicolon after their share run on past the sentence: "…,其中:一般公共预算拨款收入
    // 830.00万元,占96.94%;其他收入26.20万元,占3.06%。")
    const further = end === undefined ? furtherParts(sentence.segment.text.slice(sentence.end)).join(';') : '';
    if (CARRIED_PART.test(clause) || CARRIED_PART.test(further)) continue;
    const from = at + open[0].length;
    const parts = [
      ...numbers.filter((n) => n.start >= from && n.end <= from + clause.length && isMoneyUnit(n.unit)),
      ...findNumbers(further).filter((n) => isMoneyUnit(n.unit)),
    ];
    if (parts.length < 2) continue;
    const sum = sumInYuan(parts, 'NaN');
    if (!sum.equals(toYuan(f.value, f.unit) ?? 'NaN')) continue;
    f.key = side;
    f.rule = `${side}/parts ${f.rule}`;
  }
}

/** "自评总分(分)97.6", "全年预算数(万元)300": a label that declares its unit in parentheses, then a bare number. */
const DECLARED_UNIT = /\((万元|元|亿元|分|%)\)\s*$/;
/** A header row that opens with 序号 and holds no number up to here: the next number is its first row's serial. */
const SERIAL_HEADER_BEFORE = /序号[^\d]*$/;
/** What may not follow a bare number under a declared unit: a date's or a count's word, or another bare number (a row of cells). */
const DECLARED_CELL_AFTER = /^(?!\s*(?:年|月|日|个|人|次|项|户|家|所)|\s+\d[\d.,]*\s*(?:$|\s+\d))/;
/**
 * A form's next field run on after a decimal ("自评总分(分)97.93年初预算数全年预算数…", a 绩效自评表 copied with its cells run
 * together): its 年 opens the field's label (年初预算), no date's (a year has no decimals).
 */
const FIELD_RUN_ON = /^\s*年初预算/;
/** A line of its own that declares the money unit of the lines under it: "预算执行情况(万元)", "资金情况(单位:万元)". */
const UNIT_HEADING_LINE = /^[\u4e00-\u9fff]{2,16}\s*\((?:单位:)?(万元|元|亿元)\)\s*$/;
/** What a bare amount's clause closes on: punctuation or the text's end, no measure word (年, 个, 人). */
const CLOSED_AFTER = /^\s*(?:[,;。、)]|$)/;
/** The unit's budget and spending amounts that a bare 完成率 completes (Wording.afterBudgetAmount). */
const COMPLETED_AMOUNTS = new Set([
  'budget.initial',
  'budget.total',
  'budget.executed',
  'expense.total',
  'expense.basic',
  'expense.project',
]);
/**
 * A line that states one figure by its label and a colon, and nothing else: "完成数:850.12万元", "- 完成率:98.23%",
 * "3.执行率:98.23%。".
 */
const KEY_VALUE_LINE =
  /^\s*(?:[-*+]\s*)?(?:[(]?[0-9一二三四五六七八九十]{1,3}[)、.]\s*)?[\u4e00-\u9fff“”"]{2,14}\s*(?:\((?:万元|元|亿元|%|分)\))?\s*:\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|%|分)?\s*[;。,]?\s*$/;
/**
 * "…整体支出2,345.6万元,占全年预算2,400万元的97.73%": a rate whose only words are 的, right after the budget's amount
 * (stated inside the words that set the spending against it): read with the words before that amount.
 */
const OF_THE_AMOUNT = /^\s*的\s*$/;
/** An amount, then the bracket it opens ("预算总额1,020万元(…"): the bracket breaks the amount down. */
const AMOUNT_BEFORE_BRACKET = /\d\s*(?:万元|亿元|元|%)\s*$/;

/**
 * A clause's words that open on the bracket closing an amount's breakdown ("预算总额1,020万元(年初预算980万元,追加40万元),
 * 共支出1,012万元"): after it a clause opens, as after a comma, and its bracket becomes one (same length: offsets hold).
 * A bracket after a name ("培训经费(预算5万元),支出4.8万元") keeps the name's words its own, and stays.
 */
function afterBreakdown(text: string, from: number, context: string): string {
  const close = /^\s*\)/.exec(context);
  if (!close) return context;
  let depth = 0;
  for (let k = from + close[0].length - 1; k >= 0; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(' && --depth === 0)
      return AMOUNT_BEFORE_BRACKET.test(text.slice(0, k)) ? context.replace(/^(\s*)\)/, '$1,') : context;
  }
  return context;
}

/** An amount that closes its bracket (Wording.closesBracket): ")" right after it. */
const BRACKET_CLOSED_AFTER = /^\s*\)/;
/** The unit's income totals whose parts a bare 财政拨款 may name (Wording.partOfIncome). */
const INCOME_TOTALS = new Set(['income.total', 'income.grandTotal']);
/** The spending totals whose share of the budget is its execution rate (a part's share is that part's). */
const SPENDING_TOTALS = new Set(['expense.total', 'budget.executed']);
/** The measures of a budget and its execution, whose wording names a money amount. */
const BUDGET_MEASURES = new Set(['initial', 'budget', 'executed']);
/** The unit a label declares for the amounts after it, closing the label: "项目资金(万元)". */
const LABEL_UNIT_NOTE = /\s*\((?:单位:)?(?:万元|元|亿元)\)\s*$/;
/** A label and its colon right before a number: "执行数:". */
const LABEL_COLON = /[\u4e00-\u9fff]\s*:\s*$/;
/** "年度资金总额(万元):年初预算数100,全年预算数120": a money unit declared before a colon holds for the list after it. */
const LIST_UNIT = /\((万元|元|亿元)\)\s*:/;
/**
 * "项目资金(万元):年初预算数 150;全年预算数 168;…": the same list with its items closed by semicolons, each item a
 * sentence of its own; the unit holds up to the list's end (a full stop), not past it.
 */
const LIST_UNIT_BEFORE = /\((万元|元|亿元)\)\s*:[^。!?]*;\s*$/;

/**
 * "自评得分:91.3", "综合得分为 88": a bare number right after an overall-score wording (never the bare
 * 得分 of a sub-score) is points, as the 分 left off says.
 */
const SCORE_BEFORE = new RegExp(
  `(?:${WORDINGS.filter((w) => w.key === 'eval.score' && !w.bare)
    .map((w) => w.label.source.replace(/\$$/, ''))
    .join('|')})\\s*(?:为|是|:)?\\s*$`,
);

/** What follows a list's number: its point or 、, then the item's words ("3.部门整体…", "3、部门…"). */
const LIST_NUMBER_AFTER = /^[.、．][ \t]*[\u4e00-\u9fff]/;

/** A number with its unit, or a bare number whose label declared the unit; other bare numbers are not amounts. */
function withDeclaredUnit(n: NumberToken, text: string, unitAbove: Unit | null = null, lead = ''): NumberToken[] {
  if (n.unit) return [n];
  const right = DECLARED_UNIT.exec(text.slice(Math.max(0, n.start - 12), n.start));
  const declared = right ?? LIST_UNIT.exec(text.slice(0, n.start)) ?? LIST_UNIT_BEFORE.exec(lead);
  // "预算数(万元) 2023年 2022年" (a header over year columns), "预算数(万元) 64.8 120 300.5" (a row of a table
  // whose columns are projects): a year or a count is no amount, and a bare number with more after it is one
  // cell of several, none of them the label's alone
  if (right && !DECLARED_CELL_AFTER.test(text.slice(n.end)) && !(FIELD_RUN_ON.test(text.slice(n.end)) && n.value.includes('.'))) return [];
  // "序号 项目名称 预算数(万元) 执行率(%) 1 非遗保护…": a flattened header's last label, then the first row's serial
  // (the header's cells may stand in the sentences before this one: `lead` is the segment's text before it)
  if (right && SERIAL_HEADER_BEFORE.test((lead + text.slice(0, n.start)).slice(-80)) && /^\d{1,3}$/.test(n.value)) return [];
  // "执行数(万元):80.75" over "自评得分:93" (a form's field lines run into one sentence): the list's unit holds for the
  // amounts, never for the number an overall-score wording labels
  if (!right && declared && isScore(n, text)) return [{ ...n, unit: '分' }];
  if (declared) return [{ ...n, unit: declared[1] as Unit }];
  // "预算执行情况(万元)" over "预算数:135.6 执行数:128.4": a label's colon, then the number, in the unit declared above
  if (unitAbove && LABEL_COLON.test(text.slice(0, n.start))) return [{ ...n, unit: unitAbove }];
  // "预算执行情况(单位:万元)" over "年初预算1,100,全年预算1,250,全年执行1,230": a budget's or its execution's
  // wording right before the number, which its clause's punctuation closes (not "年初预算2023年…")
  if (
    unitAbove &&
    CLOSED_AFTER.test(text.slice(n.end)) &&
    BUDGET_MEASURES.has(matchWording(text.slice(0, n.start), unitAbove)?.wording.measure ?? '')
  )
    return [{ ...n, unit: unitAbove }];
  // "自评得分 9 2 分" (OCR spacing inside a number) is no score of 9: a digit after the number refuses it; and "…10 10 总分
  // 3.部门整体支出绩效自评开展情况" (a score table's last row run into the next section) is no score of 3: a number that
  // a list's point or 、 follows, then words, numbers the section after it
  return isScore(n, text) ? [{ ...n, unit: '分' }] : [];
}

/** A sentence a semicolon closed: the list it opened goes on in the next. */
const LIST_GOES_ON = /;\s*$/;

/** A bare number right after an overall-score wording ("自评得分:91.3"): points, the 分 left off. */
function isScore(n: NumberToken, text: string): boolean {
  return (
    Number(n.value) <= 100 &&
    SCORE_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start)) &&
    !/^\s*\d/.test(text.slice(n.end)) &&
    !LIST_NUMBER_AFTER.test(text.slice(n.end))
  );
}

/**
 * The rate after "占全年预算2,400万元的": the words before the budget's amount, closed by 的, name the spending's share
 * of the budget, its execution rate, where the amount was read as the budget and the sentence's figure before it is
 * the spending total ("整体支出2,345.6万元,占…"). After a part ("基本支出800万元,占全年预算1,000万元的80%"), or with
 * no spending before it, it is none.
 */
function shareOfStatedBudget(contextBefore: string, unit: Unit, sentenceFigures: Found[], budgetEnd: number): WordingMatch | null {
  const at = sentenceFigures.findIndex((f) => f.end === budgetEnd && (f.key === 'budget.total' || f.key === 'budget.initial'));
  if (at < 1 || !SPENDING_TOTALS.has(sentenceFigures[at - 1].key)) return null;
  const words = `${contextBefore.replace(/\s+$/, '')}的`;
  const m = matchWording(words, unit);
  return m?.wording.key === 'budget.executionRate' && SHARE_OF_BUDGET.test(words) ? m : null;
}

/**
 * "预算执行率=实际支出/预算数×100%=1150/1200×100%=95.83%", "预算执行率:1150万元÷1200万元×100%=95.83%": a formula
 * headed by a rate's words and worked through (an operator, then "=") to its result: the result is that rate, stated.
 * The formula written alone ("预算执行率=执行数/预算数×100%") states no result, and a formula for a score or a
 * share of another kind names no rate's wording at its head.
 */
const WORKED_FORMULA = /^([^=:]*?)\s*[=:]\s*[^=]*[/÷×*][\s\S]*=\s*$/;

function formulaResult(clause: string, unit: Unit): WordingMatch | null {
  if (unit !== '%') return null;
  const m = WORKED_FORMULA.exec(clause);
  if (!m) return null;
  const found = matchWording(m[1], unit);
  return found?.wording.measure === 'rate' ? found : null;
}

/** The spending of one funding line, by the key its wording gives. */
const FUND_SPENDING: Record<string, string> = Object.fromEntries(FUNDS.filter((f) => f.spendingKey).map((f) => [f.spendingKey, f.name]));
/** The funding lines that have a spending of their own, by name (a figure's qualifier). */
const FUND_NAMES = new Set(Object.values(FUND_SPENDING));

/** "决算数大于预算数55.93万元", "比上年增加": a number after a comparison is a difference, not the figure named. */
const COMPARED = /(?:大于|小于|超过|超出|高于|低于|多于|少于|多|少|比|较|与)$/;
/**
 * A number that bounds a scale or a range: "90分以上", "100万元以内", "60分(含)以下", or that a scoring
 * standard scores ("预算执行率达到100%的得满分", "低于90%的不得分").
 */
const BOUND_AFTER =
  /^\s*(?:\(含\)|含|及)?\s*(?:以上|以下|以内|之间|至|~|-|－)|^\s*的?(?:得|记|计|扣)(?:满分|\d|零分|[0-9.]+分)|^\s*的?不得分/;
/**
 * An indicator's full marks or weight stated before a score in its sentence ("满分10分,得分9.5分", "产出指标共40分,
 * 评价得分36分"): the score is that indicator's.
 */
const FULL_MARKS_BEFORE = /(?:满分|分值|权重|(?:指标|类|部分)(?:共|合计|总分))\s*(?:为|是|:)?\s*(\d{1,2}(?:\.\d+)?)\s*分/;
/**
 * "项目总分100分,自评得分95分": a 总分 of 100 that its sentence goes on to score against is the full marks,
 * not a score of its own (自评总分 / 评价总分 name the score itself).
 */
const FULL_MARKS_TOTAL = /(?<!自评|评价|绩效)总分\s*(?:为|是|:)?\s*$/;
const SCORED_AFTER = /^[^。;]*?得分/;
/** The next clause opening on the score itself: ",自评得分93分", ",经自评得分93.5分", ",本部门自评得分…". */
const SCORE_CLAUSE_AFTER =
  /^\s*分?\s*[,,]\s*(?:经(?:过)?)?(?:本(?:部门|单位|项目)|我(?:局|单位|部门))?(?:自评|实际|综合|最终)?(?:得分|评分)\s*(?:为|是|:)?\s*\d/;
/** "绩效评价总分100分,90分(含)以上为优": the grades' bounds after a total of 100 make it the scale's full marks. */
const SCALE_AFTER = /^\s*分?\s*[,,:]\s*[^。;]{0,12}?\d{2}\s*分\s*(?:\(含\)|含|及)?\s*(?:以上|以下)/;
/** "采用百分制,总分100分": a bare 总分 of 100 names the scale as often as a perfect score, so it is neither. */
const BARE_TOTAL_SCORE = /(?:^|[^\u4e00-\u9fff])总分\s*(?:为|是|:)?\s*$/;
/** An indicator or a part of the evaluation's scheme, named right before a score's wording: its score is a sub-score. */
const PART_SCORED = /(?:指标|部分|维度|方面|环节)$/;
/**
 * A sentence opened by an indicator's or a part's heading and its colon ("效益指标:", "产出指标(40分):", "1.决策部分:"):
 * the line of that indicator or part, as a row of the indicator table is (the whole system's, "评价指标:", "绩效指标:",
 * heads the overall score as well).
 */
const PART_HEADING_OPENS =
  /^\s*(?:[((]?[一二三四五六七八九十\d]{1,3}[)、.]\s*)?[\u4e00-\u9fff]{0,10}(?<!评价|考核|绩效|评分|打分)(?:指标|部分|维度|方面|环节)\s*(?:[((]\s*\d+(?:\.\d+)?\s*分\s*[))])?\s*:/;
/** The text of [from, at) from where the source line holding `at` begins (a sentence may run over several lines). */
function lineBefore(seg: Segment, from: number, at: number): string {
  const lineStart = linesOf(seg).reduce((best, line) => (line.start <= at && line.start > best ? line.start : best), from);
  return seg.text.slice(lineStart, at);
}
/**
 * A deduction per shortfall stated before a score ("执行率每低于100%一个百分点扣0.5分,得分9.6分", "每发现一处问题扣1分"):
 * the sentence states one criterion's scoring rule, and a bare 得分 after it is that criterion's sub-score (convention 8).
 * A deduction once ("因资料不全扣5分,得分95分") may be the whole's and is not one.
 */
const DEDUCTION_STATED = /每[^,。;]{0,20}?扣(?:除|减)?\s*\d+(?:\.\d+)?\s*分/;
/** Words a score's label uses for the whole's score, not a part's: 总得分, 综合得分, 最终得分, 自评结论. */
const OVERALL_SCORE_WORDS = /总|综合|最终|结论|结果/;
/** "(满分40分)", "(权重20分)" right after a score: the marks of a part (a whole's are 100). */
const PART_MARKS_AFTER = /^\s*\(\s*(?:满分|权重|分值)\s*(?:为|:)?\s*(?:\d|[1-9]\d)(?:\.\d+)?\s*分/;
/**
 * A part's name and its marks short of 100 right before a score's wording ("1、投入25分,自评得分25分",
 * "过程(25分):自评得分24分", "产出指标40分,得分38分"): the part's sub-score (convention 8), not the overall score.
 * The name opens its clause and states no change ("较上年提高3分,自评得分95分" is the overall score's comparison).
 */
const PART_MARKS_THEN_SCORE =
  /(?:^|[,,;;。、\s\d)\]])([\u4e00-\u9fff]{1,8})\s*[((]?\s*(?:\d|[1-9]\d)(?:\.\d+)?\s*分\s*[))]?\s*[,,::]?\s*(?:自评|实际)?得分\s*(?:为|是)?\s*[::]?\s*$/;
/** Words of a change or a comparison: a name before its marks with one of them states no part. */
const CHANGE_WORDS = /[较比增减降升高低多少]/;
/** The upper end of a range "80-90分", "80至90分". */
const RANGE_BEFORE = /\d\s*(?:-|－|~|至|到)\s*$/;
/**
 * A rate followed by another rate after a space only ("执行率 100% 93.33% 93.33% 95.38%", a copied row of a form
 * whose columns are funds or years): the first cell of the row, not the rate of the whole; the row's readers decide.
 * Read in the paragraph, past the sentence: a copy one cell a line cuts the row into sentences.
 */
const ANOTHER_RATE_CELL_AFTER = /^\s+\d[\d.,]*\s*%/;
/** "决算数大于预算数" (spending past the budget) or "决算数小于预算数" (short of it). */
const OVERRUN = /(?:决算|支出|执行)数?(?:(大于|超过|超出|高于|多于)|小于|低于|少于)$/;

function asExecuted(f: Found): void {
  f.key = 'budget.executed';
  f.rule = `budget.executed/${f.rule}`;
  delete f.executedAgainstBudget;
  // set against a budget, 总支出 is what was spent of it, whatever else the report calls the year's spending
  delete f.yields;
}

/**
 * The report-wide half of Wording.executedAgainstBudget: where any budget or rate is stated. A project's own report
 * exists to set the project's spending against its budget, so there every spending total is read so, its sentence's
 * budget or not ("预算资金40万元。截至年底共支出39.2万元"); a department's keeps a sentence's spending its year's.
 */
export function executedAgainstDocumentBudget(found: Found[], projectReport = false): void {
  if (!statesBudget(found)) return;
  for (const f of found) {
    const against = f.executedAgainstBudget === 'document' || (projectReport && f.executedAgainstBudget === 'sentence');
    if (against && !f.qualifier && f.key === 'expense.total') asExecuted(f);
  }
}

const BUDGET_SIDE = new Set(['budget.total', 'budget.initial', 'budget.executionRate']);

/** Whether `found` states the unit's or the project's own budget, or its execution rate (no funding line's): what a spending is set against. */
export function statesBudget(found: Found[]): boolean {
  return found.some((f) => BUDGET_SIDE.has(f.key) && !f.qualifier);
}

/**
 * A bare spending total ("支出 799.12 万元") is the budget's execution only when its sentence states
 * the budget or the execution rate beside it; otherwise it stays the year's expense.total.
 */
// (the statement a semicolon goes on with counts as the sentence: "部门预算支出860万元;决算支出905万元。" sets the
// spending against the budget stated before its ";", listFigures being the figures since the statement began)
function setAgainstBudget(sentenceFigures: Found[], listFigures: Found[] = sentenceFigures): void {
  const againstBudget = statesBudget(listFigures);
  for (const f of sentenceFigures) {
    if (f.executedAgainstBudget && againstBudget && !f.qualifier && !partOfSpendingBefore(f, sentenceFigures)) asExecuted(f);
  }
}

/** Spending the sentence states before a part of it. */
const SPENDING_TOTAL = new Set(['budget.executed', 'expense.total']);

/**
 * "全年支出78万元,其中财政拨款支出70万元,执行率97.5%": a spending total named after 其中 behind the sentence's own
 * spending is a part of it (the fiscal share), not a second statement of what was spent.
 */
function partOfSpendingBefore(f: Found, sentenceFigures: Found[]): boolean {
  return sentenceFigures.some(
    (g) =>
      g !== f &&
      g.segment === f.segment &&
      g.end <= f.start &&
      (SPENDING_TOTAL.has(g.key) || !!g.executedAgainstBudget) &&
      /其中/.test(f.segment.text.slice(g.end, f.start)),
  );
}

/**
 * Wording.againstBudgetOnly: money used or paid out is dropped where its sentence states no budget of the unit's,
 * neither its amount nor the share of it that money is ("…共使用财政资金1,180万元,占年度预算的98.33%").
 */
function withoutBudgetDropped(figures: Found[], from: number): void {
  const budget = figures
    .slice(from)
    .some((f) => (f.key === 'budget.total' || f.key === 'budget.initial' || f.key === 'budget.executionRate') && !f.qualifier);
  if (budget) return;
  for (let i = figures.length - 1; i >= from; i--) if (figures[i].againstBudgetOnly) figures.splice(i, 1);
}

/**
 * "一般公共预算支出决算数为1264.92万元,完成预算59.7%": when a sentence's budget figures all belong to
 * one funding line, so does its rate (LABELS.md convention 2: not the unit's execution rate).
 */
function rateFollowsFund(sentenceFigures: Found[], carried?: string): string | undefined {
  // "一般公共预算财政拨款支出1741.75万元…完成年初预算100%": the line's own spending key names the fund too
  const fundOf = (f: Found) => f.qualifier ?? FUND_SPENDING[f.key];
  // (and a spending total its words qualify by the line, "一般公共预算财政拨款支出决算为1150万元", in a self-evaluation
  // as in final accounts)
  const budgetSide = sentenceFigures.filter(
    (f) =>
      (f.key.startsWith('budget.') && f.key !== 'budget.executionRate' && f.key !== 'budget.overrun') ||
      FUND_SPENDING[f.key] ||
      (SPENDING_TOTALS.has(f.key) && FUND_NAMES.has(f.qualifier ?? '')),
  );
  const funds = new Set(budgetSide.map(fundOf));
  // a clause with no amount of its own continues the clause before ";" ("…支出总计1741.75万元;完成年初预算100%")
  const fund = budgetSide.length ? (funds.size === 1 ? [...funds][0] : undefined) : carried;
  if (!fund) return undefined;
  for (const f of sentenceFigures) if ((f.key === 'budget.executionRate' || f.key === 'budget.overrun') && !f.qualifier) f.qualifier = fund;
  return fund;
}

/** A sentence that goes on with the one before: after its ";", or listing the parts of its total (其中). */
const GOES_ON = /^\s*(?:其中|分别|按(?:级次|构成|部门|来源)分)/;

/**
 * "全镇实现财政收入8,600万元,完成年初预算61%", "其中:税务部门完成2,300万元,完成年初预算的48.6%": a rate
 * completed by revenue (收入) is how much of the revenue budget was collected, not the execution of a
 * spending budget (budget.executionRate is spending against its budget, LABELS.md convention 2). The
 * subject is the words before the rate in its sentence; with neither 收入 nor 支出 there, the sentence
 * before's, when this one goes on with it. The rate is kept under a key of its own. Returns whether
 * the sentence's subject is revenue, for the next one.
 */
function rateOfRevenue(sentenceFigures: Found[], sentence: Sentence, inherited: boolean): boolean {
  const subject = (before: string, fallback: boolean) => (/支出/.test(before) ? false : /收入/.test(before) ? true : fallback);
  for (const f of sentenceFigures) {
    if (f.key !== 'budget.executionRate' || f.qualifier) continue;
    // 执行率, 支出进度, 使用率 name a spending's execution whatever stands before them; only "完成 / 占 预算" is revenue's too
    if (/执行|进度|使用|支付|拨付|支出/.test(sentence.segment.text.slice(f.start, f.end))) continue;
    if (subject(sentence.text.slice(0, f.start - sentence.start), inherited)) {
      f.key = 'income.completionRate';
      f.rule = `income.completionRate/${f.rule}`;
    }
  }
  return subject(sentence.text, inherited);
}

/**
 * "区本级一般公共预算收入实际完成85.99亿元": an execution wording (实际完成, 完成数, 执行数) whose own clause, the words
 * since the amount before it in its sentence, names revenue (收入) and no spending (支出) states what was collected,
 * not what was spent of a budget (budget.executed is spending, LABELS.md convention 2). Only the clause: a unit's
 * "本年收入合计1,000万元,全年执行数980万元" names its income in a clause of its own, and its execution after it.
 */
function amountOfRevenue(sentenceFigures: Found[], sentence: Sentence, numbers: NumberToken[]): void {
  for (const f of sentenceFigures) {
    if (f.key !== 'budget.executed') continue;
    const at = f.start - sentence.start;
    const before = numbers.filter((n) => n.end <= at).at(-1);
    const clause = sentence.text.slice(before?.end ?? 0, at);
    if (/收入/.test(clause) && !/支出/.test(clause)) {
      f.key = 'income.collected';
      f.rule = `income.collected/${f.rule}`;
    }
  }
}

/**
 * "2023年度收入预算数为300万元,决算数为356.2万元,完成预算的118.73%;支出预算数为…": a sentence that opens on the budget of
 * the revenue (收入 right before the budget's words, no 支出 before them) states how much revenue was budgeted and how much
 * came in, not the unit's spending budget and its execution (budget.* is spending against its budget, LABELS.md
 * convention 2): its budget and its 决算数 / 执行数 are the revenue's. The spending's own sentence after it keeps its
 * figures. (A budget worded on its income side, "年初预算收入1,100万元", names 收入 inside its words, not before them:
 * that is the unit's budget, as the wording says.)
 */
function budgetOfRevenue(sentenceFigures: Found[], sentence: Sentence): void {
  const first = sentenceFigures.filter((f) => f.segment === sentence.segment).sort((a, b) => a.start - b.start)[0];
  if (!first || (first.key !== 'budget.total' && first.key !== 'budget.initial')) return;
  const head = sentence.text.slice(0, first.start - sentence.start);
  if (!REVENUE_BEFORE_BUDGET.test(head) || /支出/.test(head)) return;
  for (const f of sentenceFigures) {
    const key =
      f.key === 'budget.executed' ? 'income.collected' : f.key === 'budget.total' || f.key === 'budget.initial' ? 'income.budgeted' : null;
    // (a clause of the sentence that names the spending, "…,相应安排支出预算860万元", states the spending's budget)
    const at = f.start - sentence.start;
    const clauseStart = Math.max(...[',', ';', ':'].map((p) => sentence.text.lastIndexOf(p, at - 1))) + 1;
    if (!key || /支出/.test(sentence.text.slice(clauseStart, f.end - sentence.start))) continue;
    f.key = key;
    f.rule = `${key}/${f.rule}`;
  }
}
/** The unit's income by its sources and kinds, as a total's parts name them. */
const INCOME_PARTS = new Set([
  'income.fiscal',
  'income.generalPublic',
  'income.governmentFund',
  'income.stateCapital',
  'income.business',
  'income.other',
  'income.carryIn',
]);

/**
 * "2024年部门预算收入27,360.5万元,其中:一般公共预算财政拨款收入…,其他收入486.47万元。…实际完成收入37,523.68万元,其中:…其他
 * 收入690.48万元": in a report on the year (not a budget document, whose budgeted income is its income, convention 4) the parts
 * after the budgeted income (预算收入, income.budgeted) are what was budgeted from each source (qualifier 'budget'), so that
 * the parts of the income that came in are the unit's income; where the report states no such parts, groupFigures keeps
 * the budgeted ones as the unit's, as it keeps a budget's split of the spending.
 */
function budgetedIncomeParts(sentenceFigures: Found[]): void {
  const budgeted = sentenceFigures.find((f) => f.key === 'income.budgeted' && !f.qualifier);
  if (!budgeted) return;
  for (const f of sentenceFigures)
    if (f.start > budgeted.start && f.segment === budgeted.segment && INCOME_PARTS.has(f.key) && !f.qualifier) f.qualifier = 'budget';
}

/** The revenue named right before a budget's words: "收入预算数", "2023年度收入 年初预算". */
const REVENUE_BEFORE_BUDGET = /收入\s*$/;

/** A funding line's spending named as a sentence's subject: "2023年度一般公共预算财政拨款支出…". */
const FUND_SPENDING_SUBJECTS = FUNDS.filter((f) => f.spendingKey).map((f) => ({
  name: f.name,
  spendingKey: f.spendingKey as string,
  re: new RegExp(`${f.words}(?:安排的)?支出`),
}));

/**
 * "2023年度一般公共预算财政拨款支出年初预算为1000万元,支出决算为1050万元,完成年初预算的105%": in final
 * accounts, a sentence whose subject is one funding line's spending sets that line's spending against
 * its budget. Its budget, execution and rate are that line's (LABELS.md convention 2: not the unit's),
 * and what it spent is the line's spending (expense.generalPublic …). A department's self-evaluation
 * quoting its final accounts ("一般公共预算财政拨款支出决算为702.5万元,完成预算的94.93%") says the same.
 */
function fundSpendingSubject(figures: Found[], from: number, head: string): void {
  const subject = FUND_SPENDING_SUBJECTS.find((f) => f.re.test(head));
  if (!subject) return;
  const sentenceFigures = figures.slice(from);
  // its spending read by a spending wording (支出决算为…) is the line's too
  const ofLine = (f: Found) => f.key.startsWith('budget.') || (f.key === 'expense.total' && !!f.executedAgainstBudget);
  for (const f of sentenceFigures) {
    if (!ofLine(f) || (f.qualifier && f.qualifier !== subject.name)) continue;
    f.qualifier = subject.name;
    delete f.executedAgainstBudget;
  }
  const spent = sentenceFigures.find((f) => SPENT_KEYS.has(f.key) && f.qualifier === subject.name);
  if (spent && !sentenceFigures.some((f) => f.key === subject.spendingKey))
    figures.push({ ...spent, key: subject.spendingKey, rule: `${subject.spendingKey}/${spent.rule}`, qualifier: undefined });
}

/**
 * A funding line's 收入总计 / 支出总计 and the amount it states ("一般公共预算财政拨款支出总计2,320万元", "财政拨款收入总计"):
 * one group per funding line (FUNDING_LINES' order: the longest name is tried first where names share their end), then the side.
 */
const FUND_GRAND_TOTAL = new RegExp(
  `(?:${FUNDING_LINES.map((f) => `(${f.words})`).join('|')})(收入|支出)(?:决算)?总计\\s*(?:为|是|:)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:万元|元|亿元)$`,
);
/** The unit's totals and carry-overs that a funding line's 总计 goes on to list as its own parts. */
const FUND_TOTAL_PARTS = new Set([
  'income.total',
  'income.grandTotal',
  'income.carryIn',
  'expense.total',
  'expense.grandTotal',
  'carryover.end',
  'budget.executed',
]);
/** The classes of spending a funding line's 支出总计 may list: the line's, the unit's only when it states none of its own. */
const FUND_TOTAL_SPLITS = new Set(['expense.basic', 'expense.project']);
/** The year's carry-over among a spending total's parts (年末结转和结余, 结转下年), the carry-in among an income total's. */
const YEAR_END_PART = /年末[\u4e00-\u9fff]{0,8}(?:结转|结余)|结转下年/;
/** The year before, whose money a carry-in is: 上年 / 上一年度 / 去年, or the year's start (年初), or the years before. */
const YEAR_BEFORE = '(?:上年|上一年度?|去年|年初|以前年度)';
const CARRY_IN_PART = new RegExp(String.raw`${YEAR_BEFORE}[\u4e00-\u9fff]{0,8}(?:结转|结余)`);

/**
 * "2023年度一般公共预算财政拨款支出总计2,320万元,其中:本年支出2,290万元,年末结转和结余30万元": in final accounts, a
 * funding line's 总计 and the parts its sentence goes on to list are that line's, never the unit's 本年支出 or 年末结转和结余
 * (the unit's are stated for all its funds). With the year's carry-over among its parts (the carry-in, for income), the
 * line's 总计 is all its money used, not what it spent (as the unit's 支出总计 is not its 本年支出, convention 3).
 */
function fundGrandTotalParts(figures: Found[], from: number, sentence: Sentence): void {
  let fund: string | undefined;
  for (const f of figures.slice(from)) {
    const m = FUND_GRAND_TOTAL.exec(sentence.segment.text.slice(sentence.start, f.end));
    if (m) {
      const at = m.slice(1, FUNDING_LINES.length + 1).findIndex((g) => g !== undefined);
      fund = FUNDING_LINES[at]?.name;
      const side = m[FUNDING_LINES.length + 1] === '收入' ? 'income' : 'expense';
      const parts = sentence.segment.text.slice(f.end, sentence.end);
      if (fund && /^[^。;]{0,6}其中/.test(parts) && (side === 'income' ? CARRY_IN_PART : YEAR_END_PART).test(parts)) {
        f.key = `${side}.grandTotal.${fund}`;
        f.rule = `${f.key}/${f.rule}`;
      }
      continue;
    }
    if (!fund) continue;
    // (a carry-over that names its line, "年末财政拨款结转和结余", is read as such: withoutLoneFundCarryOver)
    if (
      FUND_TOTAL_PARTS.has(f.key) &&
      !(f.key === 'carryover.end' && FUND_LINE_BEFORE.test(sentence.segment.text.slice(Math.max(0, f.start - 12), f.start)))
    ) {
      f.key = `${f.key}.${fund}`;
      f.rule = `${f.key}/${f.rule}`;
      delete f.executedAgainstBudget;
    } else if (FUND_TOTAL_SPLITS.has(f.key) && !f.qualifier) f.qualifier = fund;
  }
}

/** What may open a line before its subject: a list number, 其中, or both ("(一)", "其中:1."). */
// ("其中,项目支出全年预算…": 其中 set off by a comma as often as by a colon)
// ("按支出性质分:基本支出预算331.2万元,实际支出330.86万元…": the split the classes after it make, named first)
const LINE_LEAD = String.raw`^[\s,;]*(?:(?:[(]?\s*[0-9一二三四五六七八九十]{1,3}\s*[)、.]|其中\s*[:,]?|按(?:支出)?(?:性质|经济分类|构成)(?:划)?分\s*[:,]?)\s*){0,2}`;

/**
 * A run-in label that names a class of spending before the colon and may name it again after it ("1.基本支出情况:基本支出
 * 年初预算…", "(二)项目支出执行情况:2023年年初预算…"): what the label's class is followed by up to its subject again.
 */
const NATURE_LABEL_TAIL = String.raw`(?:预算执行|执行|支出|使用)?情况\s*:\s*(?:\d{4}\s*年度?\s*)?(?:基本支出|项目支出|部门专项支出|人员经费|日常公用经费|公用经费)?`;

/** "2023年安排项目支出198.5万元,实际支出190万元": the budget's verb before a class, the class's budget right after it. */
const BUDGETING_WORDS = '(?:年初)?(?:预算)?安排';
/** The amount right after a class the budget's verb opened ("安排项目支出 198.5万元"). */
const BUDGETED_AMOUNT = String.raw`(?<=安排[^\d\s,;。]{2,6})\s*(?:为|共计)?\s*\d`;

/**
 * A sentence about one line of spending by nature: "(其中:)基本支出年初预算700万元,全年预算720万元,执行718万元".
 * "2023年度基本支出决算数为…": the year the sentence opens on stands before its subject too; "(一)基本支出:
 * 年初预算512.36万元…": so does a list number, and a colon may set the subject off.
 */
const NATURE_SUBJECT = new RegExp(
  `${LINE_LEAD}(?:(?:\\d{4}\\s*年度?|本年度?|全年)\\s*,?\\s*)?(?:${BUDGETING_WORDS})?(基本支出|项目支出|部门专项支出|人员经费|日常公用经费|公用经费)\\s*(?:${NATURE_LABEL_TAIL})?\\s*:?\\s*(?=(?:年初|全年|调整后)?(?:预算|执行|实际|决算)|${BUDGETED_AMOUNT})`,
);

/** What each class of spending (a sentence's subject, a heading) spends into, a split of the unit's spending, and the qualifier of its budget. */
const CLASS_LINE: Record<string, { spentKey: string; line: string }> = {
  基本支出: { spentKey: 'expense.basic', line: 'basic' },
  项目支出: { spentKey: 'expense.project', line: 'project' },
  // a department's 专项 spending is its project spending (部门专项支出预算 is the budget documents' 项目支出)
  部门专项支出: { spentKey: 'expense.project', line: 'project' },
  人员经费: { spentKey: 'expense.personnel', line: 'personnel' },
  公用经费: { spentKey: 'expense.publicUse', line: 'publicUse' },
  日常公用经费: { spentKey: 'expense.publicUse', line: 'publicUse' },
};

/**
 * The budget, execution and rate of a sentence whose subject is 基本支出 or 项目支出 are that line's,
 * not the unit's: what was spent is the line's expense.basic / expense.project (compared with the
 * unit's execution, as the split rows of a table are), the rest is qualified by the line.
 */
function natureLine(sentenceFigures: Found[], text: string, sentenceStart: number): void {
  const m = NATURE_SUBJECT.exec(text);
  // "项目支出执行率95%,基本支出执行率100%": a clause after a comma that opens on another class is that class's (and so
  // is one after a clause of another subject: "我馆共实施项目5个,项目支出预算合计300万元,执行280万元")
  const opens: { at: number; line: (typeof CLASS_LINE)[string] | null }[] = m ? [{ at: 0, line: CLASS_LINE[m[1]] }] : [];
  for (const c of text.matchAll(NATURE_CLAUSE)) opens.push({ at: (c.index ?? 0) + c[0].length - c[1].length, line: CLASS_LINE[c[1]] });
  // "…,基本支出预算执行率为100%,部门整体预算执行率为97.5%": a clause on the unit's whole ends the class's
  if (opens.length) for (const c of text.matchAll(WHOLE_CLAUSE)) opens.push({ at: (c.index ?? 0) + c[0].length - c[1].length, line: null });
  opens.sort((a, b) => a.at - b.at);
  // "…其中:基本支出预算700万元,项目支出预算300万元,全年实际支出980万元": the year's spending after the budgets of two classes or
  // more, none stated with spending of its own, is the whole's (the budget's split listed, then what was spent of it); a class
  // that had its spending ("基本支出预算700万元,实际支出695万元,项目支出预算300万元,实际支出285万元") pairs each with its own
  for (const c of text.matchAll(SPENT_CLAUSE)) {
    const at = (c.index ?? 0) + c[0].length - c[1].length;
    const before = opens.filter((o) => o.at < at);
    const classes = before.filter((o) => o.line);
    const spentBefore = sentenceFigures.some(
      (f) => SPENT_KEYS.has(f.key) && f.start - sentenceStart < at && f.start - sentenceStart >= (classes[0]?.at ?? at),
    );
    // (two classes, not one opened twice: "其中,项目支出…" is the sentence's subject and a clause's after its comma)
    if (new Set(classes.map((o) => o.line)).size >= 2 && !before.some((o) => !o.line) && !spentBefore) opens.push({ at, line: null });
  }
  opens.sort((a, b) => a.at - b.at);
  for (const [i, open] of opens.entries()) {
    const end = opens[i + 1]?.at ?? Number.POSITIVE_INFINITY;
    if (open.line)
      asClassLine(
        sentenceFigures.filter((f) => f.start - sentenceStart >= open.at && f.start - sentenceStart < end),
        open.line,
      );
  }
}

/** A clause inside a sentence, after its comma, whose subject is a class of spending stated with its figure's words. */
const NATURE_CLAUSE = new RegExp(
  String.raw`,\s*(?:其中\s*[:,]?\s*)?(?:${BUDGETING_WORDS})?(基本支出|项目支出|部门专项支出|人员经费|日常公用经费|公用经费)\s*:?\s*(?=(?:年初|全年|调整后)?(?:预算|执行|实际|决算)|${BUDGETED_AMOUNT})`,
  'g',
);

/** A clause inside a sentence, after its comma, that opens on the year's spending with no class named: 全年实际支出, 实际支出, 全年执行. */
const SPENT_CLAUSE = /,\s*((?:全年|本年|当年)?(?:实际)?(?:支出|执行)(?:数|总额|金额)?)(?=\s*(?:为|是|共计|共|合计)?\s*\d)/g;
/** The keys of what a sentence says was spent (the budget's execution, or the year's spending), before a class's line takes them. */
const SPENT_KEYS = new Set(['budget.executed', 'expense.total']);

/** A clause inside a sentence, after its comma, whose subject is the unit's whole (部门整体, 单位, 总体) stated with its figure's words. */
const WHOLE_CLAUSE = /,\s*(部门整体|部门|单位|本部门|本单位|整体|总体|全部)\s*:?\s*(?=(?:年初|全年|调整后)?(?:预算|执行|实际|决算|支出))/g;

/** A sentence's budget, execution and rate as one class's: its spending the class's split, the rest qualified by it. */
function asClassLine(sentenceFigures: Found[], { spentKey, line }: { spentKey: string; line: string }): void {
  for (const f of sentenceFigures) {
    // "基本支出:预算800万元,实际支出790万元": spending with no budget wording read beside it is the line's too
    const spent = SPENT_KEYS.has(f.key);
    if (f.qualifier || !(f.key.startsWith('budget.') || spent)) continue;
    if (spent && !sentenceFigures.some((g) => g.key === spentKey)) {
      f.key = spentKey;
      f.rule = `${spentKey}/${f.rule}`;
    } else f.qualifier = line;
  }
}

/** A level's funds after the level's name: "(中央)财政衔接资金", "(省级)补助资金", "(本级)资金". */
const LEVEL_FUNDS = '(?:财政)?(?:补助|专项|衔接|配套|奖补|转移支付)?资金';
/** What may stand between a level's funds and their figure's words: "中央资金(已)支付", "省级资金(累计)支出". */
const LEVEL_FUNDS_TAIL = '(?:已|累计|共|实际)?';

/** The words a clause opened by a fund's name goes on with when it states that fund's money: 预算, 下达, 实际支出 … */
const FUND_MONEY_WORDS = '预算|下达|安排|拨付|到位|实际|支出|执行|使用|投入|完成';
/** A clause of the time since which a source's money counts, before the source ("从2019年项目启动起,学校自筹资金…"). */
const SINCE_CLAUSE = String.raw`(?:(?:从|自)[^,。;:]{1,20}(?:起|以来)\s*,\s*)`;
/** Whose self-raised funds they are, the unit named by its kind or by itself: 学校自筹资金, 本单位自筹资金. */
const SELF_RAISED_OWNER = '(?:学校|医院|企业|项目单位|本单位|我单位|本校|我校|本院|我院)';

/**
 * "中央资金:预算100万元,实际支出95万元", "(二)省级补助资金,下达50万元…", "中央资金预算30万元,实际支出28万元",
 * "2023年中央转移支付资金预算800万元,实际支出760万元", "省级资金200万元,执行180万元,执行率90%" (the level's amount right after
 * its funds): a sentence whose subject is one level's money (a funding source, convention 7) states that source's budget and
 * spending, not the unit's nor the project's.
 */
const LEVEL_FUND_SUBJECT = new RegExp(
  // (the amount right after the funds only where no year opens the sentence: "2023年中央财政资金100万元,全年实际支出95万元"
  // may be all the project has)
  // ("城乡低保项目中,中央资金预算300万元,…": what the money is part of, before the level, opens the sentence as 其中 does)
  `${LINE_LEAD}(?:[^,;。:\\d]{2,20}中\\s*[,:]\\s*)?(?:(?:\\d{4}\\s*年度?\\s*)?${FUND_LEVEL}${LEVEL_FUNDS}(?:\\s*[:,]|(?=${FUND_MONEY_WORDS}))|${FUND_LEVEL}${LEVEL_FUNDS}(?=\\d))`,
);

/** A level's funds named right before a figure's words ("中央资金执行率", "省级补助资金预算", "县级资金已支付"). */
// (opening its clause, after 其中 or a comma: "全县衔接资金" is the area's whole, no level's share)
const LEVEL_FUND_BEFORE = new RegExp(`(?:^|其中[:]?|[,、;])\\s*${FUND_LEVEL}${LEVEL_FUNDS}${LEVEL_FUNDS_TAIL}$`);

/**
 * "…其中中央资金执行率90%,省级资金执行率98%": a rate or an amount whose words follow a level's funds is that source's
 * (LABELS.md convention 2: a rate of one funding line is not the unit's), as a sentence whose subject the level's
 * funds are (levelFundLine). The figure is kept, qualified: its clause names it that source's, whether or not
 * another level's share is stated beside it (where one is, oneLevelsPart below drops the part first).
 */
function levelFundOf(key: string, prefix: string, label: string): string | undefined {
  // (and so is an amount: "中央资金实际支出30万元,县级资金实际支出18万元" states two sources' spending, not one total twice)
  if (!key.startsWith('budget.') && key !== 'expense.total') return undefined;
  // (the wording may hold the 资金 itself: "中央" + "资金执行率")
  const named = prefix.replace(/\s+$/, '') + (/^资金/.test(label) ? '资金' : '');
  return LEVEL_FUND_BEFORE.test(named) ? 'source' : undefined;
}

/**
 * An amount hedged as an estimate: 约 between its words and it ("总投资约2.6亿元", "约为"), or 左右 after it
 * ("3亿元左右"). A budget is stated exactly; an estimate is of a works' whole cost, stated before it is built.
 */
const ESTIMATE_BEFORE = /约(?:\s|:|为|是)*$/;
const ESTIMATE_AFTER = /^\s*左右/;
function isEstimate(before: string, after: string): boolean {
  return ESTIMATE_BEFORE.test(before) || ESTIMATE_AFTER.test(after);
}

/**
 * "项目总投资3200万元,已累计完成投资2800万元,完成率87.5%": where the only budget a sentence states is the works' total
 * investment (a 总投资 that yields to the year's budget stated elsewhere), the spending and the rate beside it are the
 * progress of that investment over the years, not the year's execution of its budget. They are marked here and yield
 * with the investment (groupFigures): where the report states no other budget, the investment is the budget and they
 * stay its execution.
 */
function investmentProgress(sentenceFigures: Found[]): void {
  const budgets = sentenceFigures.filter((f) => (f.key === 'budget.total' || f.key === 'budget.initial') && !f.qualifier);
  if (!budgets.length || !budgets.every((f) => f.yields === 'budget.investment')) return;
  for (const f of sentenceFigures)
    if (!f.qualifier && (f.key === 'budget.executed' || f.key === 'budget.executionRate') && f.start > budgets[0].start)
      f.ofInvestment = true;
}

/** Money received, right before its amount: "已到位672.44万元", "资金到账50万元". */
const RECEIVED_BEFORE = /(?:到位|到账|到帐)(?:资金)?\s*(?:为|了|共计?)?\s*:?\s*$/;

/**
 * "预算安排…共计2646.34万元,…专项资金已到位672.44万元,使用672.44万元,使用率100%": a rate that is the spending over
 * the money received, and not over the budget the sentence states, is the use of what arrived, no execution of the
 * budget (it set against the budget a false rate.execution). Only where the sentence states all three amounts, so
 * that the arithmetic decides: where the money received is the budget, the rate fits both and stays.
 */
function rateOfFundsReceived(sentenceFigures: Found[], text: string): void {
  const rate = sentenceFigures.find((f) => f.key === 'budget.executionRate' && !f.qualifier);
  const spent = sentenceFigures.find((f) => SPENT_KEYS.has(f.key) && !f.qualifier);
  const budget = sentenceFigures.find((f) => (f.key === 'budget.total' || f.key === 'budget.initial') && !f.qualifier);
  if (!rate || !spent || !budget || !isMoneyUnit(spent.unit) || spent.unit !== budget.unit) return;
  const received = findNumbers(text).find(
    (n) => n.unit === spent.unit && RECEIVED_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)),
  );
  if (!received || new Decimal(received.value).isZero() || new Decimal(budget.value).isZero()) return;
  if (rateWithinRounding(spent.value, received.value, rate.value) && !rateWithinRounding(spent.value, budget.value, rate.value))
    rate.qualifier = 'received';
}

/**
 * "其中:财政拨款预算4500万元,实际支出4400万元", "上年结转资金50万元,当年支出45万元,执行率90%" (or 上年结余资金): a sentence whose subject is one
 * source of the unit's money by its kind (the appropriation, other or self-raised funds, the carry-over from the year
 * before) states that source's budget, spending and rate, as a level's funds do, never the unit's once more.
 */
// (the appropriation only as a part, after 其中: for many a unit it is the whole of its money, and a sentence opening on it
// alone may state the unit's own execution, as dev2 F-010's does)
// (self-raised funds named by whose they are, the unit by its kind: "学校自筹资金投入560万元,实际使用99万元")
const SOURCE_FUND_SUBJECT = new RegExp(
  String.raw`${LINE_LEAD}${SINCE_CLAUSE}?(?:\d{4}\s*年度?\s*)?(?:当年)?(?:(?<=其中\s*[:,]?\s*)财政拨款(?:资金)?|其他资金|${SELF_RAISED_OWNER}?自筹资金|单位自筹(?:资金)?|自有资金|上年结转(?:结余)?(?:资金)?|(?:上年|年初)结余(?:资金)?|结转(?:结余)?资金)(?:\s*[:,]|(?=${FUND_MONEY_WORDS}|\d))`,
);

/** The appropriation opening its sentence: "财政拨款预算3000万元,…", "2023年财政拨款资金:…". */
const APPROPRIATION_OPENS = new RegExp(
  String.raw`${LINE_LEAD}(?:\d{4}\s*年度?\s*)?(?:当年)?财政拨款(?:资金)?(?:\s*[:,]|(?=${FUND_MONEY_WORDS}|\d))`,
);
/** Another source by its kind opening a clause: what the appropriation's line is set beside in a split by source. */
const ANOTHER_SOURCE_CLAUSE = new RegExp(
  String.raw`(?:^|[,;]\s*)(?:其他资金|自筹资金|单位自筹(?:资金)?|自有资金|单位资金|上年结转(?:结余)?(?:资金)?|结转(?:结余)?资金)(?=${FUND_MONEY_WORDS}|\s*[:,]|\d)`,
);

/**
 * "财政拨款预算3000万元,执行2920万元,执行率97.33%;其他资金预算200万元,…": the appropriation opening its sentence, another
 * source's line after it in the same statement (its sentence, or the clause its ";" goes on to), is one source of a split
 * by source, its figures that source's, not the unit's (alone, the appropriation may be all the unit's money: dev2 F-010).
 */
function appropriationBesideSource(text: string, after: string): boolean {
  if (!APPROPRIATION_OPENS.test(text)) return false;
  return ANOTHER_SOURCE_CLAUSE.test(text.slice(1)) || (/;\s*$/.test(text) && ANOTHER_SOURCE_CLAUSE.test(after.trimStart()));
}

/**
 * "全年预算数3200万元,…。财政拨款预算3000万元,执行2920万元": the appropriation's own budget stated after the unit's
 * (an earlier sentence's) is that source's line too; before any budget of the unit's, it may be the whole.
 */
function appropriationAfterUnitBudget(text: string, earlier: Found[]): boolean {
  const own = (f: Found) => (f.key === 'budget.total' || f.key === 'budget.initial') && !f.qualifier;
  return APPROPRIATION_BUDGET_OPENS.test(text) && earlier.some(own);
}
/** The appropriation's own budget opening its sentence: "财政拨款预算3000万元", "财政拨款资金安排…" (not its income's total). */
const APPROPRIATION_BUDGET_OPENS = new RegExp(
  String.raw`${LINE_LEAD}(?:\d{4}\s*年度?\s*)?(?:当年)?财政拨款(?:资金)?\s*[:,]?\s*(?:全年|年初|调整后)?(?:预算|安排|下达)`,
);

/**
 * A level's share with its own spending right after it, the clause of its amount then the clause of what was paid of it
 * ("其中中央资金60万元,已支付58万元;县级配套资金40万元,已支付40万元"): a split of the money and its spending by level. The
 * level captured.
 */
const LEVEL_SHARE_THEN_SPENT = new RegExp(
  String.raw`(?:^|其中|[,;:、])\s*(${FUND_LEVEL})(?:财政)?[\u4e00-\u9fff]{0,6}?资金\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)\s*,\s*(?:已|实际|累计)?(?:支付|支出|使用|拨付|执行)(?:了|资金)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)`,
  'g',
);

/**
 * The spending in each pair of LEVEL_SHARE_THEN_SPENT where the statement (up to its full stop) makes two such pairs of
 * two levels: each is that level's, no spending of the whole, wherever its clause stands (after the whole's amount and
 * 其中, its sentence opening on the project's total). One level's pair alone may be the whole's money ("中央资金100万元,
 * 已支付98万元", all the project had): left to the other rules. Offsets in `text`, the segment's.
 */
function levelSharesSpent(sentenceFigures: Found[], text: string, start: number): void {
  // (a sentence that states no spending has none to give a level: its statement is not searched)
  const spent = sentenceFigures.filter((f) => !f.qualifier && SPENT_KEYS.has(f.key));
  if (!spent.length) return;
  const from = text.lastIndexOf('。', start - 1) + 1;
  const stop = text.indexOf('。', start);
  const statement = text.slice(from, stop < 0 ? text.length : stop);
  const pairs = [...statement.matchAll(LEVEL_SHARE_THEN_SPENT)];
  if (new Set(pairs.map((m) => m[1].replace('级', ''))).size < 2) return;
  for (const f of spent) {
    const at = f.start - from;
    if (pairs.some((m) => at >= m.index && at < m.index + m[0].length)) f.qualifier = 'source';
  }
}

function levelFundLine(sentenceFigures: Found[], text: string, after = '', earlier: Found[] = []): void {
  if (
    !LEVEL_FUND_SUBJECT.test(text) &&
    !SOURCE_FUND_SUBJECT.test(text) &&
    !appropriationBesideSource(text, after) &&
    !appropriationAfterUnitBudget(text, earlier)
  )
    return;
  asSourceLine(sentenceFigures);
}

/** A sentence's budget, spending and rate as one funding source's (qualified 'source'), none of them the unit's. */
function asSourceLine(sentenceFigures: Found[]): void {
  for (const f of sentenceFigures) if (!f.qualifier && (f.key.startsWith('budget.') || SPENT_KEYS.has(f.key))) f.qualifier = 'source';
}

/**
 * A heading that is one class of spending and nothing else ("(一)基本支出", "### 2.人员经费支出", "(二)公用经费"): the
 * sentences below it that name no subject of their own ("全年预算450万元,实际支出448万元") state that class's budget and
 * spending, never the unit's. A heading that names a part of the report ("(一)基本支出情况") is not one: reports put
 * the unit's own totals under it as often as the class's.
 */
const CLASS_HEADING =
  /^\s*(?:#+\s*)?(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(基本支出|项目支出|人员经费|(?:日常)?公用经费)(?:支出)?\s*[。:]?\s*$/;

/**
 * A section of one level's funds ("(一)中央福彩公益金使用情况", "(二)省级资金使用情况"): the budget, spending and rate stated in
 * it with no subject of their own are that funding line's, never the unit's (convention 2, B-013: a rate of one funding line is
 * not the unit's). (A level that approves or hands the money out, "县级批复资金情况", names no fund of its own.)
 */
const LEVEL_FUNDS_HEADING =
  /^\s*(?:#+\s*)?(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:中央|省级|市级|州级|县级|区级|本级|地方)(?:(?!批复|下达|拨付|分配|安排)[\u4e00-\u9fff]){0,10}?(?:资金|公益金|经费)的?(?:使用|执行|支出|安排)?情况\s*[。:]?\s*$/;
/** The class a level's section is read under: not one of CLASS_LINE's, its figures a funding source's (asSourceLine). */
const LEVEL_SECTION = '一级资金';

/** The class a heading is, or undefined. */
function classOfHeading(heading: string): string | undefined {
  return LEVEL_FUNDS_HEADING.test(heading) ? LEVEL_SECTION : CLASS_HEADING.exec(heading)?.[1];
}

/**
 * Words before a sentence's first number that give it a subject of its own: the unit (本单位, 我局, 部门), the whole
 * (全部, 总计, 合计, 整体), its income, a fund or a project: then the class heading above does not speak for it.
 */
const OWN_SUBJECT = /本单位|本部门|部门|单位|我[局委办院所站中镇乡县区市]|全[局镇乡县区市]|整体|总计|合计|收入|资金|项目|工程|“三公”|三公/;

/**
 * A field's label that opens a sentence and names a part of the report, no subject: "资金情况:", "资金使用情况:",
 * "预算执行情况:" (the 资金 in it is the heading's class's money, not a fund's). A label naming a subject
 * ("本单位资金情况:") is not one.
 */
const REPORT_PART_LABEL = /^\s*(?:资金|预算|经费)?(?:使用|执行|支出|收支|到位)?(?:情况|概况)\s*:/;

/** Under a class heading, a subjectless sentence's budget and spending are that class's (see CLASS_HEADING). */
function classLine(sentenceFigures: Found[], text: string, firstNumberAt: number, heading: string | undefined): void {
  // (a level's section: its figures a funding source's, as a level's in a sentence are)
  if (heading === LEVEL_SECTION) return asSourceLine(sentenceFigures);
  const line = heading ? CLASS_LINE[heading] : undefined;
  if (!line || NATURE_SUBJECT.test(text) || OWN_SUBJECT.test(text.slice(0, firstNumberAt).replace(REPORT_PART_LABEL, ''))) return;
  asClassLine(sentenceFigures, line);
}

/** Whether an offset of a text lies inside parentheses opened before it and not yet closed. */
function withinParentheses(text: string, at: number): boolean {
  let depth = 0;
  for (const c of text.slice(0, at)) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Splits of a total by nature: 基本支出 / 项目支出, 人员经费 / 公用经费. */
const SPLITS = new Set(['expense.basic', 'expense.project', 'expense.personnel', 'expense.publicUse']);
/** The words that set an amount against the budget as a share of it: "占全年预算的", "为年初预算的". */
const SHARE_OF_BUDGET = /(?:占|为|是|达到?)(?:全年|年度|年初)?(?:调整后?)?预算(?:数|资金|总额)?的?(?:比例|比重)?\s*$/;
/** The same words anywhere in a clause, taken out of it before its subject is judged. */
const SHARE_OF_BUDGET_ANYWHERE = new RegExp(SHARE_OF_BUDGET.source.replace(/\\s\*\$$/, ''), 'g');
/** A share's subject that is the money spent: its execution ("支出占全年预算的98%", "资金使用率", "执行数为预算的…"). */
const SPENDING_SUBJECT = /支出|使用|执行|支付|拨付|完成|决算|花费|用款/;

/**
 * "预算850万元,其中基本支出620万元、项目支出230万元;实际支出830万元,其中基本支出615万元…": a split
 * stated after the budget and before any spending is the budget's split (qualifier 'budget'), so
 * it neither stands for the department's spending by nature nor reads as a restatement of it.
 * When the report gives no spent split, groupFigures keeps the budget's as the department's.
 */
function splitsFollowTheirTotal(
  sentenceFigures: Found[],
  carriedBasic?: Found,
  fundBefore = false,
  budgetBefore?: Found,
): Found | undefined {
  // "2023年一般公共预算财政拨款支出756.2万元。其中:基本支出756.2万元…;项目支出0万元": a sentence that opens on 其中 right
  // after one whose only spending was that funding line's (fundBefore) splits that line, not the unit's spending, which
  // may hold more (a carry-in spent, other funds): its parts add up to that line, and restate no split of the unit's
  let side: 'budget' | 'spent' | 'fund' | undefined = fundBefore ? 'fund' : undefined;
  let budget: Found | undefined;
  // the funding line's spending that opens this sentence (its split in the sentence: see fundSplitsKeptTheUnits)
  let fund: Found | undefined;
  // "部门预算安排2653.21万元。其中:人员经费1102.34万元…": a sentence opening on 其中 right after one that stated the
  // unit's budget alone splits that budget, as it would after a comma
  if (!fundBefore && budgetBefore) {
    side = 'budget';
    budget = budgetBefore;
  }
  // a clause after ";" continues the split its sentence began ("…人员经费1800万元,主要包括…;公用经费250万元")
  let basic = carriedBasic;
  for (const f of sentenceFigures) {
    // "一般公共预算财政拨款基本支出2050万元,其中:人员经费1800万元…公用经费250万元": that line's basic spending's split
    if (f.key === 'expense.basic' && f.qualifier && f.qualifier !== 'budget') basic = f;
    else if (basic && (f.key === 'expense.personnel' || f.key === 'expense.publicUse') && !f.qualifier)
      f.splitOf = { key: basic.key, qualifier: basic.qualifier };
    if (f.qualifier) continue;
    if (f.key === 'budget.total' || f.key === 'budget.initial') {
      side = 'budget';
      budget = f;
    } else if (f.key === 'budget.executed' || f.key === 'expense.total') side = 'spent';
    // "一般公共预算财政拨款支出720万元,其中基本支出600万元,项目支出120万元": a split in the sentence that the funding
    // line's spending opens (no spending of the unit's before it) is that line's too, as after it in the next sentence;
    // it stays the unit's 基本支出 where the unit states none of its own (groupFigures: the unit's spending is the line's)
    else if (f.key === 'expense.generalPublic' && side === undefined) {
      side = 'fund';
      fund = f;
    } else if (side === 'budget' && budget && SPLITS.has(f.key)) {
      f.qualifier = 'budget';
      f.splitOf = { key: budget.key };
    } else if (side === 'fund' && SPLITS.has(f.key)) {
      f.qualifier = 'generalPublic';
      f.splitOf = { key: 'expense.generalPublic' };
      if (fund) f.splitOfFund = fund;
    }
  }
  return basic;
}

/**
 * "支出预算23,264.53万元,其中:基本支出14,741.53万元;项目支出8,523.00万元。": a sentence closed by ";" whose last money
 * is a split of the budget goes on listing that budget's split after the ";": the budget, or undefined when the
 * sentence's last money is anything else.
 */
function budgetSplitGoingOn(figures: Found[], sentenceFirst: number): Found | undefined {
  const last = figures.slice(sentenceFirst).at(-1);
  if (!last || !SPLITS.has(last.key) || last.qualifier !== 'budget' || !last.splitOf) return undefined;
  const budgetKey = last.splitOf.key;
  return figures.slice(0, figures.indexOf(last)).findLast((f) => f.key === budgetKey && !f.qualifier);
}

/**
 * Whether a sentence's “三公” figures are the budget's alone ("…“三公”经费财政拨款预算94.28亿元。"): a sentence that
 * also states what was spent ("决算数为10.5万元,预算数为12万元。其中:…") leaves the items after it the spending's.
 */
function statesOnlyThreePublicBudget(sentenceFigures: Found[]): boolean {
  const keys = sentenceFigures.filter((f) => f.key.startsWith('threePublic')).map((f) => f.key);
  return (
    (keys.includes('threePublic.budget') || keys.includes('threePublic.initialBudget')) &&
    keys.every((k) => k.endsWith('.budget') || k.endsWith('.initialBudget'))
  );
}

/** A sentence's money of the unit's accounts (its budget, income, spending, carry-over, “三公” funds), not rates or counts. */
const accountsMoney = (figures: Found[]) => figures.filter((f) => /^(?:expense|budget|income|carryover|threePublic)\./.test(f.key));

/**
 * The parts by source a budget may be stated with after it ("全年预算数为1,256.30万元,其中:财政拨款1,200.00万元,其他资金
 * 56.30万元。"): where the money comes from, none of it spending nor a split by nature.
 */
const BUDGET_SOURCE_PARTS = new Set([
  'income.fiscal',
  'income.generalPublic',
  'income.governmentFund',
  'income.stateCapital',
  'income.superior',
  'income.business',
  'income.other',
  'income.otherSources',
  'income.carryIn',
]);

/**
 * The unit's budget when a sentence's money was that alone ("2022年部门预算安排2653.21万元。"), or that followed by its
 * parts by source ("…预算数为1,256.30万元,其中:…其他资金56.30万元。"): its last budget amount.
 */
function endsOnUnitBudget(sentenceFigures: Found[]): Found | undefined {
  const money = accountsMoney(sentenceFigures);
  const isBudget = (f: Found) => (f.key === 'budget.total' || f.key === 'budget.initial') && !f.qualifier;
  const isSource = (f: Found) => BUDGET_SOURCE_PARTS.has(f.key) && !f.qualifier;
  return money.length && isBudget(money[0]) && money.every((f) => isBudget(f) || isSource(f)) ? money.findLast(isBudget) : undefined;
}

/** A sentence that opens on a class of spending and its amount ("基本支出856.30万元,项目支出400.00万元。"). */
const OPENS_ON_SPLIT = /^[\s,;]*(?:基本支出|项目支出)\s*(?:为|是|共|合计)?\s*\d/;

/**
 * "2023年年初预算1,256.30万元。基本支出856.30万元,项目支出400.00万元。": a sentence right after the unit's budget alone
 * that opens on a class of spending, with no 其中 to say it splits that budget, does so only when its classes, and
 * nothing else, add up to the budget exactly; said of spending, the same words would follow a spending total.
 */
function splitsAddUpToBudget(sentenceFigures: Found[], text: string, budget: Found | undefined): boolean {
  if (!budget || !OPENS_ON_SPLIT.test(text)) return false;
  const money = accountsMoney(sentenceFigures);
  const byNature = money.filter((f) => (f.key === 'expense.basic' || f.key === 'expense.project') && !f.qualifier);
  const whole = toYuan(budget.value, budget.unit);
  return (
    byNature.length === 2 &&
    byNature.length === money.length &&
    byNature[0].key !== byNature[1].key &&
    whole !== null &&
    sumInYuan(byNature, 'NaN').equals(whole)
  );
}

/**
 * Whether a sentence stated the unit's income total and no other money of the unit's ("本年收入合计42,828.97万元,比上年增加
 * 2,212.3万元,增长5.4%。"): a sentence after it opening on 其中 lists that income's parts. Beside spending
 * ("收入总计…,支出总计…。其中:…") the parts may be either side's.
 */
function endsOnIncomeTotal(sentenceFigures: Found[]): boolean {
  const money = accountsMoney(sentenceFigures);
  return money.length > 0 && money.every((f) => INCOME_TOTALS.has(f.key) && !f.qualifier);
}

/**
 * Whether a sentence's one spending figure is 一般公共预算财政拨款支出 (see splitsFollowTheirTotal): beside the unit's
 * spending or budget it is one source of it, and a split after it may be the unit's.
 */
function endsOnFundSpending(sentenceFigures: Found[]): boolean {
  const spending = sentenceFigures.filter((f) => f.key.startsWith('expense.') || f.key.startsWith('budget.'));
  return spending.length === 1 && spending[0].key === 'expense.generalPublic' && !spending[0].qualifier;
}

/** Each funding line's words, ending a prefix (`re`) or making a whole name (`whole`: "占一般公共预算…的"). */
const QUALIFIERS = FUNDING_LINES.map((f) => ({ name: f.name, re: new RegExp(`${f.words}$`), whole: new RegExp(`^${f.words}$`) }));
// a carry-in stated for one funding line ("政府性基金预算财政拨款上年结转和结余0万元") is that line's too
const QUALIFIABLE = /^(?:expense\.(?:basic|project|personnel|publicUse|total)|budget\.(?!executionRate)|income\.carryIn$)/;

function qualifierOf(key: string, prefix: string): string | undefined {
  if (!QUALIFIABLE.test(key)) return undefined;
  const p = prefix.replace(/\s+$/, '');
  return QUALIFIERS.find((q) => q.re.test(p))?.name;
}

/**
 * "基本支出1656.48万元,占一般公共预算财政拨款总支出的70.80%": a part stated as a share of one funding
 * line's total is that line's part, whatever the sentence left unsaid before it.
 */
function shareOfFund(key: string, after: string): string | undefined {
  if (!QUALIFIABLE.test(key) || key.startsWith('budget.')) return undefined;
  const m = /^\s*[,]?\s*占(?:本年)?([\u4e00-\u9fff]{2,16}?)(?:总支出|支出合计|支出总额|总收入|收入合计|合计)?的/.exec(after);
  if (!m) return undefined;
  return QUALIFIERS.find((q) => q.whole.test(m[1]))?.name;
}

export interface TaskFragment {
  name: string;
  measure: Measure;
  value: string;
  unit: Unit;
  segment: Segment;
  start: number;
  end: number;
  /** One of a run of items' clauses ("A工程资金300万元;B工程资金…"): a row even when it states one amount. */
  listed?: boolean;
  /**
   * A budget the item's in-year change superseded, what it came to not stated ("年初预算50万元,年中追加10万元,全年支出
   * 58万元"): the item's initial budget, never its budget, against which its rate is not measured.
   */
  superseded?: true;
}

export interface ProseResult {
  figures: Found[];
  taskFragments: TaskFragment[][];
}

export interface Sentence {
  segment: Segment;
  start: number;
  end: number;
  text: string;
  /** The first item after words announcing the items one by one ("…86万元,执行情况为:" ITEMS_ANNOUNCED). */
  announced?: true;
}

/**
 * A sentence that is only a numbered label closed by a full stop ("(二)支出预算。", "2.收入情况。"): a heading run into its
 * paragraph, naming what the sentence after it states.
 */
const RUN_IN_LABEL =
  /^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.])\s*[\u4e00-\u9fff]{2,12}\s*。\s*$/;

/**
 * "项目预算合计86万元,执行情况为:A项目预算10万元,执行9.2万元;B项目…": after a clause closed by its amount, the words
 * announcing how the money went item by item (…情况为 / …情况如下 / 分项目看), then a colon: the items after the colon are
 * sentences of their own, as after a full stop, each with its own subject (the total before them keeps the sentence).
 * (其中 / 包括 / 用于 lists the parts of the amount before it, which the rules read with their total: no break there.)
 */
// (or a colon right after the amount: "两项目涉及支出共213.37万元:“A经费”项目支出20.67万元,…", "两项目整体预算执行率为90.29%:…";
// not before 其中 / 包括 / 用于 …, whose parts the rules read with their total)
// (or a label opening the sentence that announces a breakdown by its words, 具体 / 分项 / 各, "具体资助情况:A资助幼儿1600人次,发放
// 资金78.5万元;B…": the items after it are its own sentences, their money theirs where words before it name them, as after an
// amount's clause; a label of the unit's own money, 本单位资金情况:, or of what was reached, 绩效目标完成情况:, announces none)
// (and 其中 after an amount's clause when what follows is a named project's budget, "全年预算1,000万元,其中:A项目预算300万元,实际
// 支出290万元": one of the unit's projects is that sentence's subject, its spending no part of the total's clause; or its bare amount
// and a clause after it, "项目资金100万元,其中A工程40万元,已支付38万元")
const ITEMS_ANNOUNCED =
  /(?:(?<=^\s*(?:具体|分项|分类|各项?)[\u4e00-\u9fff]{0,8}(?:情况|明细)(?:如下)?)\s*:\s*(?=[\u4e00-\u9fff“])|(?<=(?:万元|亿元|元)\s*,\s*)其中\s*[:,]?\s*(?=[^\d,。;:]{2,30}?(?:项目|工程)(?:(?:全年|年初|年度)?总?预算|\d[\d.]*\s*(?:万元|亿元|元)\s*,))|(?<=(?:万元|亿元|元|%)\s*,\s*)(?:[\u4e00-\u9fff]{0,8}?情况(?:为|如下|是)?|分项目看|分项看|分项目)\s*:\s*(?=[\u4e00-\u9fff“])|(?<=\d\s*(?:万元|亿元|元|%))\s*:\s*(?=[\u4e00-\u9fff“])(?!其中|包括|主要|用于|具体|分别|含))/g;

/**
 * An amount, the words that open a list of its parts and a colon, and the first part's amount closed by ";" ("资金500万元,
 * 主要用于:A工程300万元;"): the clauses after the ";" are the next parts, up to the full stop. (Not after 其中, whose
 * parts may end on ";" before the other side's total: "收入…,其中:其他收入82万元;部门预算支出…".)
 */
const PARTS_LISTED =
  /(?:万元|亿元|元)\s*[,]?\s*(?:主要用于|用于|具体包括|主要包括|具体为|分别为|分别是)\s*:[^。;]*\d\s*(?:万元|亿元|元)\s*;\s*$/;

/** Words before a sentence's first amount that name something before the money's wording ("宣传培训费预算"), not the wording alone. */
function namedBeforeMoney(head: string, project: boolean): boolean {
  const m = matchWording(head, '万元', { anyHead: true, project });
  // (with no wording before the first number, the words before it: "学前教育资助幼儿1600人次,发放资金…" names 学前教育)
  const name = (m ? m.prefix : head)
    .replace(/^[\s,;、:]*/, '')
    .replace(YEAR_HEAD, '')
    .trim();
  // (the unit's own words, 部门 / 本单位, or a funding line's, 财政拨款, name no item)
  return /[\u4e00-\u9fff]{2}/.test(name) && !GENERIC_HEAD.test(name) && !QUALIFIERS.some((q) => q.re.test(name)) && !/部门|单位/.test(name);
}

/** Sentences of a paragraph; ";" ends one too, since report clauses after ";" start a new subject. */
export function sentencesOf(seg: Segment): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。;!?]+[。;!?]?/g;
  for (const part of headingLinesApart(seg)) {
    const text = seg.text.slice(part.start, part.end);
    for (const m of text.matchAll(re)) {
      if (!m[0].trim()) continue;
      let from = 0;
      for (const a of m[0].matchAll(ITEMS_ANNOUNCED)) {
        const to = a.index + a[0].length;
        out.push({
          segment: seg,
          start: part.start + m.index + from,
          end: part.start + m.index + to,
          text: m[0].slice(from, to),
          ...(from > 0 ? { announced: true as const } : {}),
        });
        from = to;
      }
      const rest = { segment: seg, start: part.start + m.index + from, end: part.start + m.index + m[0].length, text: m[0].slice(from) };
      out.push(from > 0 ? { ...rest, announced: true as const } : rest);
    }
  }
  return out;
}

/** A source line that is a numbered heading ("(二)支出决算情况"): short, numbered, no sentence punctuation. */
const HEADING_LINE = /^\s*(?:[(]?[一二三四五六七八九十\d]{1,3}[)、.]|[一二三四五六七八九十]+、)[^,。;:!?]{1,28}$/;

/**
 * A line that is a document's title ("青山县某项目2023年度绩效自评报告", "项目支出绩效自评表(2022年度)"): no sentence
 * punctuation, ending in the name of a kind of report or form. Pasted without a blank line under it, it runs into the
 * first sentence ("…绩效自评报告项目总预算20万元"), where the sentence's opening wording reads as the tail of a name.
 */
const TITLE_LINE = /^[^,。;:!?]{4,60}(?:报告|自评表|评价表|评分表)\s*(?:\([^()]{1,12}\))?\s*$/;

/**
 * A paragraph split where a heading line of the source ends: text pasted without blank lines runs
 * "(二)支出决算情况" into "2017年度,本单位支出为…", and the heading would head the sentence.
 */
function headingLinesApart(seg: Segment): { start: number; end: number }[] {
  const lines = linesOf(seg);
  if (lines.length === 1) return headingsInLine(seg.text, lines[0]);
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // a paragraph that is nothing but lines each stating one figure by its label ("项目支出:656.66万元" over "“三公”经费:
  // 12.00万元" over "自评得分:88分"): each line is a sentence of its own (under a name's line, "档案数字化项目" over
  // "预算金额:50万元", they are that name's, one sentence)
  const figureLines = lines.every((line) => KEY_VALUE_LINE.test(seg.text.slice(line.start, line.end)));
  let previous = '';
  for (const line of lines) {
    // (a line that only declares the unit of the lines under it, "预算执行情况(万元)", heads no sentence either)
    const text = seg.text.slice(line.start, line.end);
    // "…政策任务4个,具体如下:" over "一是A项目,安排…": a list's first item on the line under its colon opens a sentence
    // of its own, as a blank line would make it, and the count in the intro heads no item
    const listOpens = /:\s*$/.test(previous) && ENUMERATOR.test(text);
    previous = text;
    if (listOpens) {
      if (line.start > start) out.push({ start, end: line.start });
      start = line.start;
      continue;
    }
    if (HEADING_LINE.test(text) || TITLE_LINE.test(text) || UNIT_HEADING_LINE.test(text) || figureLines) {
      if (line.start > start) out.push({ start, end: line.start });
      out.push(line);
      start = line.end;
      continue;
    }
    // "…占0%。 (二)支出决算情况 2017" / "年度,本单位支出为…": a PDF copy wraps a page's lines, not the source's, so a
    // numbered heading stands inside a printed line, after the sentence before it; it stands apart as on a line of its own
    for (const m of text.matchAll(HEADING_IN_LINE)) {
      const at = line.start + m.index;
      if (at > start) out.push({ start, end: at });
      out.push({ start: at, end: at + m[0].length });
      start = at + m[0].length;
    }
  }
  if (start < seg.text.length) out.push({ start, end: seg.text.length });
  return out;
}

/**
 * Whether a numbered heading line of the source stands between offsets `from` and `to` of a
 * paragraph: text pasted without blank lines runs the sections of final accounts into one
 * paragraph, and what comes after a heading ("(四)财政拨款收入支出决算总体情况说明") opens another
 * section, never a total of the amounts above it.
 */
export function headingLineBetween(seg: Segment, from: number, to: number): boolean {
  return linesOf(seg).some((line) => line.start > from && line.start < to && HEADING_LINE.test(seg.text.slice(line.start, line.end)));
}

/**
 * A numbered heading inside one line, where a .docx copy joined the source's lines ("…占0%。 (二)支出
 * 决算情况 2017年度,本单位支出为…"): at a sentence's start, named by a heading noun (情况, 说明 …)
 * and followed by a space (the line break), it stands apart as it would on its own line.
 */
const HEADING_NOUN = '(?:情况|概况|说明|分析|结果|成效|问题|措施|目标|计划|评价)';
/**
 * (or with no space at all, where a copy lost every line break: "…其他事项。二、一般公共预算支出情况(一)基本支出情况2024年部门
 * 预算…": a heading noun followed by the next heading's number, a year or the unit speaking, which no heading's words
 * go on into; a heading may then follow another)
 */
const HEADING_IN_LINE = new RegExp(
  String.raw`(?:^|(?<=[。;!?]\s*)|(?<=${HEADING_NOUN}))(?:[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、)[^,。;:!?\s\d]{0,24}?${HEADING_NOUN}(?=\s|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|\d{4}\s*年|(?:本|我)(?:单位|部门|局|院|校|中心))`,
  'g',
);

function headingsInLine(text: string, line: { start: number; end: number }): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = line.start;
  for (const m of text.slice(line.start, line.end).matchAll(HEADING_IN_LINE)) {
    const at = line.start + m.index;
    if (at > start) out.push({ start, end: at });
    out.push({ start: at, end: at + m[0].length });
    start = at + m[0].length;
  }
  if (start < line.end) out.push({ start, end: line.end });
  return out;
}

const ENUMERATOR = new RegExp(
  String.raw`^\s*(?:[(（]?\s*[0-9一二三四五六七八九十]{1,3}\s*(?:[)）、]|[.．]${LIST_DOT_END})|[①-⑳]|[一二三四五六七八九十]是)\s*`,
);
/**
 * A fund named in a clause, any of a government's four budgets (一般公共预算 by any of its names, 政府性基金, 国有资本经营,
 * 社会保险基金): its amounts and rate are the fund's, a government's or a funding line's, not the unit's.
 */
export const FUND_LINE = new RegExp(fundNames((f) => f.kind === 'budget'));
/**
 * The words before a sentence's first amount are none at all, or only a page's number ("7 19816.81元,项目支出0元"):
 * the sentence was cut at its start (a page break, an excerpt), and whose amount it is stood on the page before.
 */
const CUT_OPENING = /^[\s\d—–-]*$/;
/**
 * A numbered line begins the text, or a line or clause of it ("其中:\n1. 教育支出…"); a parallel enumerator (一是 / 二是)
 * marks a list item after a comma or semicolon as well ("…分为七个方面,一是…支出,合计75万元,…"), where no other
 * numbering is read as one (a "1." after a comma is as often a decimal's or a date's).
 */
const ENUMERATED = new RegExp(`(?:^|[\\n:])${ENUMERATOR.source.replace(/^\^/, '')}|[,;]\\s*[一二三四五六七八九十]是`);
/** An amount whose digits a copy masked: "XX万元", "**元", "×××万元". */
const MASKED_MONEY = /(?:^|[^A-Za-z])[Xx×*＊]{1,8}\s*(?:万元|元|亿元)/;
const INNER_ITEM = /(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）、.．]|[①-⑳])\s*([^:,。;()（）]{2,40}?):/g;
/**
 * An item of a 一是 / 二是 enumeration named by a project's or works' name that a comma sets off, its
 * budget's words following in the same clause ("一是甲医院建设项目,安排项目预算资金4200万元"): the item's
 * money, not the report's; a bare 项目 or a reference back (该项目) is no name, as the checks after it
 * refuse. A numbered paragraph ("1.甲项目,安排资金…") may be the report's own project, and stays its.
 */
const COMMA_NAMED_ITEM = /^([^:,。;\d]{2,40}?(?:项目|工程)),(?=[^,。;:]*?(?:安排|预算|下达|投入|批复))/;
/**
 * A numbered item of a department's report named by a project, a work, a fund or an expense item that a comma sets
 * off, its budget's words following in the same clause ("(一)耕地保护项目,预算安排50万元,实际支出48万元"): that
 * item's money, one of the unit's tasks, even when the item is the only one of its list. In a project's own report
 * the numbered project stays the report's (COMMA_NAMED_ITEM's note).
 */
const NUMBERED_COMMA_ITEM = /^([^:,。;\d]{2,40}?(?:项目|工程|经费|专项|资金)),(?=[^,。;:]*?(?:安排|预算|下达|投入|批复))/;
/** How the name of a fund or an expense item ends: it may name the unit's own money ("部门整体资金", "财政资金"). */
const FUND_NAME_END = /(?:经费|资金)$/;
/** 一是 / 二是 …: prose that lists the parts of what it has just stated, one of several by its nature. */
const PARALLEL_ENUMERATOR = /[一二三四五六七八九十]是\s*$/;
/**
 * A level named right before a budget's or a spending's words, with or without its funds: "中央(下达)", "省财政(下达)",
 * "中央资金(支出)", "省级衔接资金已(支付)", "中央(资金支出)". Its funds may be any, not only LEVEL_FUNDS' nouns: the
 * guard that reads it asks another level's share of the sentence too.
 */
const LEVEL_BEFORE = new RegExp(`${FUND_LEVEL}(?:财政)?(?:[\\u4e00-\\u9fff]{0,6}?资金)?${LEVEL_FUNDS_TAIL}$`);
/** Another level's share opening the next clause: "…万元,自治区下达98万元", "…,县级配套20万元", "…,地方匹配…". */
const ANOTHER_LEVEL_AFTER = new RegExp(
  `^\\s*(?:万元|元|亿元)?\\s*[,、;]\\s*${FUND_LEVEL}(?:财政)?(?:年初)?(?:下达|配套|匹配|安排|补助|拨付|资金)`,
);
/** A level's funds named in a sentence, the level captured: "中央资金", "省级衔接资金", "县级财政配套资金". */
const LEVEL_FUNDS_NAMED = new RegExp(`(${FUND_LEVEL})(?:财政)?[\\u4e00-\\u9fff]{0,6}?资金`, 'g');

/**
 * "中央下达补助资金300万元,省级下达40万元,县级配套20万元", "中央资金支出30万元,省级资金支出18万元": one level's grant
 * or spending in a sentence that states another level's too is the money by source, of which it is one part, not
 * the project's budget or spending (a total stated elsewhere, or a 合计 after the parts, is). The evidence of another
 * level differs by side, and so it must: a level's grant is as often the whole budget, split by level later in its
 * sentence ("省财政下达资金100万元,…,其中中央资金60万元"), so only another level's grant in the very next clause
 * makes it a part; a spending is stated by level only as parts, and any other level's funds named in the sentence,
 * before or after it, make it one.
 */
function oneLevelsPart(key: string, prefix: string, sentence: string, end: number): boolean {
  if (key !== 'budget.total' && key !== 'budget.executed') return false;
  if (!LEVEL_BEFORE.test(prefix.replace(/\s+$/, ''))) return false;
  if (key === 'budget.total') return ANOTHER_LEVEL_AFTER.test(sentence.slice(end));
  return new Set([...sentence.matchAll(LEVEL_FUNDS_NAMED)].map((m) => m[1].replace('级', ''))).size >= 2;
}
/**
 * Whether the amount at `at` stands in a clause after ";" of its sentence (up to the full stop before it, ";" ending no
 * sentence there), with an amount of money before that ";".
 */
function afterMoneyClause(text: string, at: number): boolean {
  const from = text.lastIndexOf('。', at) + 1;
  const semicolon = text.lastIndexOf(';', at);
  return semicolon >= from && /\d\s*(?:万元|亿元|元)/.test(text.slice(from, semicolon));
}

/**
 * The text from `start` to the end of the sentence after the one starting there: a copy may write the stop between parts
 * as "." (normalized to 。), "中央拨付16万元.上年度结余的资金6.47万元,共计84.47万元"; the sum must still add them up exactly.
 */
function toFullStop(text: string, start: number): string {
  const first = text.indexOf('。', start);
  const second = first < 0 ? -1 : text.indexOf('。', first + 1);
  return text.slice(start, second < 0 ? text.length : second);
}
/**
 * The other side of toFullStop: a bare sum whose parts began in the sentence before ("省级拨付资金62万元,中央拨付16万元." /
 * "上年度结余资金6.47万元,共计84.47万元"), where the amounts of its own sentence (`before`, one at least) and the last of
 * the sentence before it add up to `whole` (in 元) exactly, one of those at least. `start`: the sentence's in `text`.
 */
function partsBeforeTheStop(text: string, start: number, before: NumberToken[], whole: Decimal.Value): boolean {
  if (!before.length || !/。\s*$/.test(text.slice(0, start))) return false;
  const stop = text.slice(0, start).lastIndexOf('。');
  const earlier = findNumbers(text.slice(text.lastIndexOf('。', stop - 1) + 1, stop)).filter((x) => isMoneyUnit(x.unit));
  return lastPartsSumTo([...earlier, ...before], earlier.length - 1, before.length + 1, whole);
}
/**
 * Whether the last amounts of `parts`, from one at or before `latestFirst` to the end and `fewest` at least, add up to
 * `whole` (in 元) exactly: a sum's parts run up to it, the first of them anywhere before (summedAfter, partsBeforeTheStop).
 */
function lastPartsSumTo(parts: NumberToken[], latestFirst: number, fewest: number, whole: Decimal.Value): boolean {
  for (let first = latestFirst; first >= 0; first--)
    if (parts.length - first >= fewest && sumInYuan(parts.slice(first), 'NaN').equals(whole)) return true;
  return false;
}
/**
 * How many of `parts` (amounts in `text`) the words of their own clause name as an item, a name the task readers would
 * keep ("…,南陵县文旅体局目连戏50万元"), where a source's words (上级下达资金, 县级配套, 上年度结余资金) are refused as names.
 */
function namedItemsAmong(text: string, parts: NumberToken[]): number {
  return parts.filter((p) => {
    const name = cleanName(lastClause(text.slice(0, p.start)));
    return !!name && !refusal(name);
  }).length;
}
/** A clause of its own that totals the items before it, its amount closed by a comma: ",合计支出120万元,", ";共计100万元,". */
const TOTAL_CLAUSE_BEFORE = /[,;]\s*(?:合计|共计|总计)[\u4e00-\u9fff]{0,4}\s*\d[\d.,]*\s*(?:万元|亿元|元)\s*[,;]/;
/** The sum a sentence states after its parts: "…,共计84.47万元", "合计为120万元". */
const SUM_AFTER = /(?:共计|合计|总计|总共|一共)\s*(?:为|是|达)?\s*(?=\d)/g;

/**
 * Whether `n` (an amount in `text`) is one of two or more money amounts, the last right before it, that a 共计 / 合计
 * later in the text adds up exactly: "62万元,中央拨付16万元,上年度结余的资金6.47万元,共计84.47万元" (62 + 16 + 6.47).
 */
function summedAfter(text: string, n: NumberToken): boolean {
  if (!isMoneyUnit(n.unit)) return false;
  for (const sum of text.slice(n.end).matchAll(SUM_AFTER)) {
    const at = n.end + sum.index + sum[0].length;
    const total = findNumbers(text.slice(at))[0];
    if (!total || total.start !== 0 || !isMoneyUnit(total.unit)) continue;
    const money = findNumbers(text.slice(0, n.end + sum.index)).filter((x) => isMoneyUnit(x.unit));
    const own = money.findIndex((x) => x.start === n.start);
    if (own < 0) continue;
    // (the parts run up to the sum; the first of them may stand before this one: "62万元,中央拨付16万元,…,共计84.47万元")
    if (lastPartsSumTo(money, own, 2, toYuan(total.value, total.unit) ?? 'NaN')) return true;
  }
  return false;
}
const YEAR_HEAD = /^(?:\d{4}\s*年度?|本年度?|全年|当年|年度)\s*/;
/** The same period said after a subject, before its measure: "A项目全年执行率97.79%" is A项目's rate. */
const YEAR_TAIL = /\s*(?:\d{4}\s*年度?|本年度?|全年|当年|年度)$/;
/**
 * "部门专项项目预算74000元": the unit's project spending as a class (an older budget template's name for 项目支出),
 * no item named: nothing but the unit's words stands before 专项项目.
 */
const UNIT_PROJECT_CLASS = /^(?:本?(?:部门|单位))?(?:安排)?专项项目$|^(?:本?(?:部门|单位))?安排项目$/;
/** Heads that introduce department-level figures rather than naming an item. */
const GENERIC_HEAD = /^(?:其中|具体|总体|主要|本(?:单位|部门)|我(?:单位|部门|局|街|镇)|全年|年度|合计|总计|情况|整体)/;
/** "(三)年度财政收支:", "(二)收入情况:": a section of the unit's accounts, not an item with money of its own. */
const ACCOUNTS_SECTION = /(?:收支|收入|支出|情况|概况|预算|决算)$/;
/**
 * A section's heading that a copy ran into its first sentence ("二、执行情况全年共支出28.5万元",
 * "一、项目概况项目资金:…"): the words of budgets, then 情况 / 概况, and nothing that names a part
 * ("基本支出情况" is no such heading: its sentences are the part's).
 */
const RUN_IN_SECTION = new RegExp(`^(?:${SECTION_WORDS})*(?:情况|概况)(?=[\\u4e00-\\u9fff])`);
/**
 * A section's heading run into the line of its first item, a project named before its colon ("二、项目支出情况" /
 * "人工增雨项目:40万元,执行38万元", the line break lost between Chinese characters): the heading is no part of the
 * item's name.
 */
const HEADING_BEFORE_ITEM = /^[^:,。;]{2,16}?(?:情况|概况)(?=[^:,。;\d]{2,30}(?:项目|工程)\s*:)/;
/**
 * "部门整体支出规模", "预算资金执行", "预算执行方面": a head made of the words of budgets alone names
 * the unit's money from one side, not an item that has money of its own.
 */
const BUDGET_WORDS_ONLY =
  /^(?:项目|部门|单位|整体|总体|支出|收入|预算|决算|资金|财政|经费|执行|使用|完成|规模|方面|情况|收支|绩效|基本|年度|全年|管理|结果|进度|安排|投入|到位|拨付|总额|的)+$/;
const FUNCTIONAL_CLASS = /\((?:类|款|项)\)/;
/**
 * A functional class's heading alone ("(一)一般公共服务支出(类)。", "2.教育支出(类)普通教育(款)小学教育(项)"): the
 * final accounts' line by class, its figures in the sentence after it.
 */
const FUNCTIONAL_HEADING =
  /^\s*(?:[(]?[一二三四五六七八九十\d]{1,3}[)、.]|[一二三四五六七八九十]+、)?\s*[^,:;。\d]{0,40}?\((?:类|款|项)\)[^,:;。\d]{0,40}?[。:]?\s*$/;

type Scope =
  | { type: 'department'; funds?: boolean }
  | { type: 'item'; name: string; funds?: boolean }
  | { type: 'threePublic'; item?: string }
  | { type: 'ignored' };

function kindOfUnit(unit: Unit): ValueKind | null {
  if (unit === '万元' || unit === '元' || unit === '亿元' || unit === '千元') return 'money';
  if (unit === '%') return 'percent';
  if (unit === '分') return 'points';
  if (unit === '个') return 'count';
  return null;
}

export interface WordingMatch {
  wording: Wording;
  labelStart: number;
  prefix: string;
  /**
   * A project-only wording whose tail a wording of every report reads as the same key too ("资金全年预算数":
   * 全年预算数): the clause names the figure outright, and the reading is no mere candidate.
   */
  plainToo?: true;
}

/** An amount the wordings before it share: "…均为", "…都是", "…各为" ending the clause. */
const SHARED_AMOUNT = /(?:均|都|各)(?:为|是)?\s*:?\s*$/;
/** The conjunction between two wordings that share one amount ("本年收入合计、本年支出合计", "…和…"). */
const JOINED_WORDING = /[、和与及]\s*$/;
/** The sum of the wordings before it: "…合计", "…共计", "…总计" ending the clause. */
const SUMMED_AFTER_JOINED = /(?:合计|共计|总计|总额|共)\s*(?:为|是|达到?)?\s*:?\s*$/;

/** Whether another figure's wording, of another key, is joined right before this one ("人员经费和公用经费"). */
function joinedWording(prefix: string, unit: Unit, key: string): boolean {
  if (!JOINED_WORDING.test(prefix)) return false;
  const other = matchWording(prefix.replace(JOINED_WORDING, ''), unit);
  return !!other && other.wording.key !== key;
}

/** The accounts' totals that may share an amount: income, spending, carry-over. */
const SHARED_KEYS = /^(?:income|expense|carryover)\./;

/**
 * The wording joined right before the one that names a shared amount ("本年收入合计、本年支出合计均为 X"):
 * a full wording of another of the accounts' totals, never a bare 收入 / 支出 (a fund's "收入和支出均为").
 */
function sharedWith(prefix: string, unit: Unit, key: string): Wording | null {
  if (!JOINED_WORDING.test(prefix) || !SHARED_KEYS.test(key)) return null;
  const other = matchWording(prefix.replace(JOINED_WORDING, ''), unit);
  return other && !other.wording.bare && other.wording.key !== key && SHARED_KEYS.test(other.wording.key) ? other.wording : null;
}

/**
 * "…一是基本支出1000万元;二是项目支出200万元": a parallel enumerator (一是, 二是, 其二是) opening its clause right before a
 * label is no word of a longer name the label ends (notAfter): the label opens the item.
 */
const PARALLEL_ITEM_OPENS = /(?:^|[\s,;:、。])其?[一二三四五六七八九十]是\s*$/;

/** Between the amount adjusted and the adjusted budget, nothing but that amount's unit and the clause's comma. */
const ADJUSTED_VERB_ONLY = /^[\s,;、]*(?:万元|亿元|元)?[\s,;、]*$/;

/**
 * The wording whose words end `context`. OCR's confusions inside those words (年未结余, 预箅数) were
 * read through before (ocrRepair.ts, in the segment's text); the mention records them.
 */
export function matchWording(context: string, unit: Unit, opts: WordingOptions = {}): WordingMatch | null {
  const kind = kindOfUnit(unit);
  if (!kind) return null;
  const stripped = context.replace(FILLER_TAIL, '');
  if (severalUnitNotes(context, stripped)) return null;
  const found = wordingEnding(stripped, kind, opts);
  if (found || !TOTALLING_TAIL.test(stripped) || SHARED_TAIL.test(context.slice(stripped.length))) return found;
  // a wording no wording reads with its totalling word ("基本支出合计", "其他收入累计"): the wording's own amount.
  // Not a statement's total (决算合计: the 决算 wordings say whose it is) nor one amount parts share (合计均为)
  const whole = stripped.replace(TOTALLING_TAIL, '').replace(FILLER_TAIL, '');
  return /决算$/.test(whole) ? null : wordingEnding(whole, kind, opts);
}

/** The filler of an amount several wordings share ("…合计均为", "都是", "各为"). */
const SHARED_TAIL = /[均都各]/;

/**
 * How a clause is read: anyHead (an item's sentence or a table's header: any words may precede the label), project (a
 * project's own report, or an item's sentence), fieldLineAt (where a form's lines open), titleZone (the title the report's
 * own project is named in), department (the reporting unit, when the sentence speaks of it: its name before a label is
 * the unit's subject, as 本局 is).
 */
type WordingOptions = {
  anyHead?: boolean;
  project?: boolean;
  fieldLineAt?: ReadonlySet<number>;
  titleZone?: string;
  department?: string;
};

function wordingEnding(stripped: string, kind: ValueKind, opts: WordingOptions): WordingMatch | null {
  // the longest wording that ends the clause names the number ("收入决算数" over "决算数"); list order breaks ties
  let best: WordingMatch | null = null;
  for (const wording of WORDINGS) {
    if (wording.kind !== kind || (wording.projectOnly && !opts.project)) continue;
    // a project's own report reads money used or paid out by its project-only wording, whatever its sentence states,
    // and an item's sentence ("A工程支付85万元") states the item's, not the unit's
    if (wording.againstBudgetOnly && (opts.project || opts.anyHead)) continue;
    // an item's sentence or a table's header has no unit's amount before it to complete
    if (wording.afterBudgetAmount && opts.anyHead) continue;
    const m = wording.label.exec(stripped);
    if (!m || (best && m.index >= best.labelStart)) continue;
    const prefix = stripped.slice(0, m.index);
    // (a label that opens a form's line of its own, under a short line, is after no word: the copy joined the lines)
    if (
      wording.notAfter?.test(prefix) &&
      !wording.unlessAfter?.test(prefix) &&
      !opts.fieldLineAt?.has(m.index) &&
      !PARALLEL_ITEM_OPENS.test(prefix) &&
      !(opts.project && opts.titleZone && namesTitleProject(prefix, m[0], opts.titleZone)) &&
      !(opts.department && namesItself(prefix, opts.department))
    )
      continue;
    if (
      wording.bare &&
      !opts.anyHead &&
      !isBareHead(prefix, opts.project) &&
      !(opts.project && opts.titleZone && titleProjectHeads(prefix, opts.titleZone))
    )
      continue;
    best = { wording, labelStart: m.index, prefix };
  }
  if (best?.wording.projectOnly && plainReads(stripped, best.wording.key, kind, opts.anyHead, opts.project)) best.plainToo = true;
  return best;
}

/**
 * "产业园项目总投资3000万元" in the report titled "…现代农业产业园项目绩效自评报告": the name before a wording that a name
 * may not precede (notAfter: "A工程总投资" is one sub-project's) is the project the report evaluates, whose figures are the
 * report's own (the subject's reading, evaluatedByTitle, says the same of the sentence).
 */
function namesTitleProject(prefix: string, label: string, titleZone: string): boolean {
  // (the year the sentence opens with is no word of the name: "2023年度A项目预算60万元" names A项目)
  // (nor is the unit calling itself: "2023年度我馆A项目预算")
  const name = (YEAR_THEN_NAME.exec(prefix)?.[1] ?? /[\u4e00-\u9fff]{2,30}$/.exec(prefix)?.[0] ?? '').replace(OWN_UNIT_LEAD, '');
  // (words of money before 项目, "预算项目经费", name the kind of money, no project)
  if (MONEY_WORDS_IN_NAME.test(name)) return false;
  const subject = `${name}${/^(?:项目|工程)/.exec(label)?.[0] ?? ''}`;
  return /(?:项目|工程)$/.test(subject) && evaluatedByTitle(subject, titleZone);
}
const MONEY_WORDS_IN_NAME = /预算|资金|经费|支出|年初|全年|年度/;
/**
 * "阅读推广项目2023年预算42万元" in the report titled "…阅读推广项目绩效自评报告": the project the title names, perhaps
 * its year after it, heads the clause as 本项目 does, and a bare wording after it (预算) states the report's own figure.
 */
const PROJECT_THEN_YEAR_HEAD = /^[\s,.:、]*([\u4e00-\u9fff“”"()]{2,30}?(?:项目|工程))\s*(?:\d{4}\s*年度?|年度|全年)?\s*$/;
function titleProjectHeads(prefix: string, titleZone: string): boolean {
  const head = PROJECT_THEN_YEAR_HEAD.exec(prefix.replace(YEAR_HEAD, ''));
  return !!head && evaluatedByTitle(head[1].replace(OWN_UNIT_LEAD, ''), titleZone);
}
/** A name right after the year's digits and 年度 / 年 ("2023年度A项目"): the year's word is no word of the name. */
const YEAR_THEN_NAME = /\d\s*(?:年度|年)([\u4e00-\u9fff]{2,30})$/;

/**
 * An amount, then the words that open a list of its parts (其中 / 为 / 包括 / 分别为 / 用于), then the list up to here,
 * in one sentence: what follows is a part ("…124.23万元,为甲建设25万元,乙工程100万元,丙项目资金21.24万元").
 */
const PARTS_OPENED_BEFORE =
  /\d\s*(?:万元|亿元|元)\s*[,;:]?\s*(?:其中|为|包括|具体包括|分别为|分别是|主要用于|用于)[^。;]*\d\s*(?:万元|亿元|元)[^。;]*$|\d\s*(?:万元|亿元|元)\s*[,;:]?\s*(?:其中|为|包括|具体包括|分别为|分别是|主要用于|用于)\s*:?\s*[^。;\d]{2,40}$/;

/**
 * A line that may stand above a form's field line, whole: another field, its label and colon then its value
 * ("单位名称:临江市档案馆", "填报日期:2024年3月20日"), or the form's title ("部门整体支出绩效自评表(2023年度)").
 */
const FORM_LINE_ABOVE = /^\s*(?:[\u4e00-\u9fff()]{2,12}\s*:[^,。;:]{1,30}|[^,。;:]{2,30}(?:表|\(\d{4}年度?\)))\s*$/;

/**
 * Where a form's field line opens in a sentence (offsets in the sentence): a source line under another field or the
 * form's title, which a copy joined to it with no space ("单位名称:临江市档案馆" over "预算支出数:120万元" reads
 * "…档案馆预算支出数"). A label there is after no word of the line above; under wrapped prose, whose breaks cut
 * words ("…产出指标" over "总分40分"), it is not.
 */
function fieldLineStarts(sentence: Sentence): Set<number> {
  const out = new Set<number>();
  const seg = sentence.segment;
  const lines = linesOf(seg);
  for (let k = 1; k < lines.length; k++) {
    const [above, line] = [lines[k - 1], lines[k]];
    if (line.start <= sentence.start || line.start >= sentence.end) continue;
    if (FORM_LINE_ABOVE.test(seg.text.slice(above.start, above.end))) out.add(line.start - sentence.start);
  }
  // fields side by side on one line, the space between them dropped ("填报单位:临江学院 总分:96分" reads "…学院总分:96分"):
  // a field's label and colon after a whole field, past the source's space
  const words = sourceWordsOf(seg, sentence.start, sentence.end);
  for (let k = 1; k < words.length; k++) {
    const [before, word] = [words[k - 1], words[k]];
    if (FIELD_WORD.test(seg.text.slice(before.start, before.end)) && FIELD_LABEL_OPENS.test(seg.text.slice(word.start, sentence.end)))
      out.add(word.start - sentence.start);
  }
  return out;
}

/** A whole field as one source word: its label, a colon, its value ("填报单位:临江学院", "自评等级:优"). */
const FIELD_WORD = /^[\u4e00-\u9fff()]{2,12}:[^,。;:\s]{1,30}$/;
/** What opens the next field: its label and colon. */
const FIELD_LABEL_OPENS = /^[\u4e00-\u9fff()]{2,12}\s*:/;

/** Whether a wording of every report (not a project-only one) ends `stripped` and names `key`. */
function plainReads(stripped: string, key: string, kind: string, anyHead = false, project = false): boolean {
  return WORDINGS.some((wording) => {
    if (wording.kind !== kind || wording.projectOnly || wording.againstBudgetOnly || wording.key !== key) return false;
    const m = wording.label.exec(stripped);
    if (!m) return false;
    const prefix = stripped.slice(0, m.index);
    if (wording.notAfter?.test(prefix) && !wording.unlessAfter?.test(prefix)) return false;
    return !wording.bare || anyHead || isBareHead(prefix, project);
  });
}

/** The unit named by its own name ("天水生产力促进中心收入为…"): an organisation's suffix ends it. */
const ORG_NAME =
  /^[\u4e00-\u9fff()]{2,30}(?:中心|局|院|学校|小学|中学|幼儿园|委员会|办公室|政府|街道办事处|街道|镇|乡|所|站|馆|队|社|联合会|协会)(?:本级)?/;
/** What may stand before a bare label at a sentence head: punctuation, an enumerator, a year, the unit itself, 其中. */
/**
 * A heading that names one side of the unit's accounts, then a colon: "(一)资金收入情况:", "2.支出情况:",
 * "(二)收支情况:". What follows is the unit's total ("…:2023年收入1500万元"); a heading that names a part
 * ("基本支出情况:", "项目支出情况:") is not one of these.
 */
const ACCOUNTS_HEADING = /^(?:部门|单位|整体|总体|资金|财政|预算|决算|年度|本年|全年|执行|使用|收支|收入|支出)*(?:情况|概况)\s*:/;
const BARE_HEAD_PIECES = [
  /^[\s,.:、]+/,
  ENUMERATOR,
  RUN_IN_SECTION,
  ACCOUNTS_HEADING,
  YEAR_HEAD,
  /^(?:本|我)?(?:部门|单位|局|镇|街道|院|校)(?:整体)?/,
  /^(?:其中|合计|总计|共计|累计|共)/,
  // "与上年相比,2023年预算…", "…(预算1100万元)相比,": a comparison with another year leading into the clause, no subject
  /^(?:(?:与|和|同)[^,。;:()]{1,16}?)?相比\s*[,]\s*/,
  ORG_NAME,
  // "截至2023年12月31日,本部门支出…": the date the money is counted to, its year left out too ("截至12月31日共支出",
  // "截至年底共支出")
  // (or its digits run together where a copy lost its 年 and 月: "截至20191231日")
  /^(?:截至|截止到?)\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:底|末)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?|(?:19|20)\d{4,6}\s*日|年底|年末|目前)/,
  // (the day of writing alone, "目前,资金已执行…", "至今共支出…")
  /^(?:目前|至今|当前)/,
];

/**
 * "本项目(预算50万元,支出48万元)", "该项目,预算…": in a project's own report the project referred back to is
 * the report's subject, as the unit is in a department's, and its money may follow in brackets.
 */
const OWN_PROJECT_HEAD = /^(?:本|该)项目\(?/;

/**
 * Nothing but punctuation, an enumerator, a year, the unit or "其中" before the label, in any order; in a
 * project's own report, also the project referred back to.
 */
function isBareHead(prefix: string, project = false): boolean {
  let p = prefix;
  const pieces = project ? [...BARE_HEAD_PIECES, OWN_PROJECT_HEAD] : BARE_HEAD_PIECES;
  for (let changed = true; changed && p; ) {
    changed = false;
    for (const piece of pieces) {
      const m = piece.exec(p);
      if (m && m[0]) {
        p = p.slice(m[0].length);
        changed = true;
      }
    }
  }
  return p === '';
}

function threePublicItem(text: string): string | undefined {
  let best: { key: string; at: number } | undefined;
  for (const item of THREE_PUBLIC_ITEMS) {
    const m = item.label.exec(text);
    // the item named last before the number is the one the number belongs to
    if (m && (!best || m.index > best.at)) best = { key: item.key, at: m.index };
  }
  // "…公务接待费(以下简称“三公”经费)支出共计3923万元": “三公” named after the item is their total
  if (best && THREE_PUBLIC.test(text.slice(best.at))) return undefined;
  // the items named together before the number ("公务用车购置及运行费、公务接待费支出45.6万元") share it: all three are
  // the “三公” total (read by its own rule), two are neither that nor the last one's own amount
  if (best && enumeratedFamilies(text) > 1) return undefined;
  return best?.key;
}

/** The three “三公” items' families: the vehicle item's wordings are one. */
const FAMILY: Record<string, string> = {
  'threePublic.abroad': 'abroad',
  'threePublic.reception': 'reception',
  'threePublic.vehicle': 'vehicle',
  'threePublic.vehicleRunning': 'vehicle',
  'threePublic.vehiclePurchase': 'vehicle',
};
/**
 * What stands between the items of one enumeration: "、", "和", "及" … (a copied page's separators may come doubled,
 * "运行费,、公务接待费")
 */
const ENUMERATION_GAP = /^\s*(?:[、,]\s*)*(?:和|及|以及|与)?\s*$/;

/**
 * "因公出国(境)费、公务用车购置及运行费和公务接待费的财政拨款预算数…": the three items named together,
 * as the last words before the number, are what “三公” means, and the number is their total.
 */
function namesAllThree(text: string): boolean {
  return enumeratedFamilies(text) === 3;
}

/** How many item families the enumeration that ends `text`'s last named item holds (0 when no item is named). */
function enumeratedFamilies(text: string): number {
  const found = THREE_PUBLIC_ITEMS.flatMap((item) =>
    [...text.matchAll(new RegExp(item.label.source, 'g'))].map((m) => ({
      family: FAMILY[item.key],
      start: m.index,
      end: m.index + m[0].length,
    })),
  )
    .sort((a, b) => a.start - b.start || b.end - a.end)
    // a shorter wording inside a longer one (公务用车运行费 in 公务用车购置及运行费) is the same mention
    .filter((m, i, all) => !all.slice(0, i).some((o) => o.start <= m.start && o.end >= m.end));
  const families = new Set<string>();
  for (let i = found.length - 1; i >= 0; i--) {
    families.add(found[i].family);
    if (i === 0 || !ENUMERATION_GAP.test(text.slice(found[i - 1].end, found[i].start))) break;
  }
  return families.size;
}

/** A numbered item's name alone as a sentence: "(一)党建工作。", "1、业务工作经费。" */
const ITEM_HEADING = /^\s*(?:[(]?[一二三四五六七八九十\d]{1,3}[)、.]|[一二三四五六七八九十]+、)\s*([^,:;。\d]{2,20}?)[。:]?\s*$/;
/** A colon that an item's heading follows on the same line: "具体情况如下: (一)…" */
const COLON_BEFORE_ITEM = /[:]\s*(?=[(][一二三四五六七八九十\d]{1,3}[)]|[一二三四五六七八九十]+、|\d{1,2}[、.](?!\d))/g;
/** A heading that names a part of the report (…情况, …概况, 自评结论), never an item with money of its own. */
const SECTION_HEADING = /(?:情况|概况|说明|分析|结论|结果|成效|问题|措施|目标|收支|预算|决算)$/;
/**
 * What names a project's own section ("(一)高标准农田建设项目", "(二)动物防疫补助经费"): a project, a works, or a
 * fund for a purpose (经费 / 资金: 专项资金, 补助资金, 城乡低保资金), a work, a subsidy or a cost (names.ts PROJECT_NAME). A cost that heads a “三公” item or a class of spending (出国经费,
 * 人员经费, 公用经费) is refused by names.ts `refusal` where the section opens, never a project's section.
 */
// (any fund for a purpose, 城乡低保资金 / 特困供养资金: a fund named by its source or level, 中央资金 / 结转资金, is refused; and
// what else names a task's money, as an unnumbered item's name does: …工作, …补贴, …补助, …费用, …专项; not the unit's own
// work on its money in the words of budgets, 预算管理工作 / 绩效管理工作)
const itemSectionName = (heading: string) =>
  PROJECT_NAME.test(heading) &&
  !SECTION_HEADING.test(heading) &&
  !refusal(heading) &&
  !BUDGET_WORDS_ONLY.test(heading.replace(PROJECT_NAME, ''));

/**
 * The level of a numbered heading or line by its numbering, outermost first: 一、 (0), (一) (1), 1. / 1、 (2),
 * (1) (3); null when the text opens with no numbering.
 */
/** "1、" / "1." opening a line (LIST_DOT_END: "1.2023年…" is numbered too), the third rank of enumeratorRank. */
const DIGIT_ENUMERATOR = new RegExp(String.raw`^\s*\d{1,2}\s*(?:、(?!\d)|[.．]${LIST_DOT_END})`);

function enumeratorRank(text: string): number | null {
  if (/^\s*[一二三四五六七八九十]+、/.test(text)) return 0;
  if (/^\s*[(（][一二三四五六七八九十]+[)）]/.test(text)) return 1;
  if (DIGIT_ENUMERATOR.test(text)) return 2;
  if (/^\s*[(（]\d{1,2}[)）]/.test(text)) return 3;
  return null;
}

/**
 * A sentence whose subject is a project referred back to (该项目 / 此工程 …, after at most a period or 其中):
 * the subject of a department's report is the unit, so this is one of its items; in a project's own report it
 * is the report's subject (OWN_PROJECT_HEAD). (本项目 is left alone: a department's report says it only of
 * what the report evaluates, "本项目综合得分为86分".)
 */
const PROJECT_REFERRED_BACK = /^[\s,;、:]*(?:其中[\s,:]*)?(?:(?:\d{4}\s*年度?|本年度?|全年|当年|年度)\s*,?\s*)?(?:该|此)(?:项目|工程|专项)/;
/** A sentence that refers back to the item just named: 该项工作 / 该项目 / 此项 / 该项… */
const ITEM_REFERENCE = /^\s*(?:该|此)(?:项工作|项目|项任务|项)/;

/**
 * A subordinate unit opening the sentence as its subject ("下属第一中学年初预算500万元", "所属三个二级单位支出合计…",
 * "局属事业单位年末结转和结余…"): its figures are that unit's, not the reporting unit's (a scope that includes them,
 * "本部门(含下属单位)…", names the reporting unit first).
 */
/** The kinds of unit a department has below it, as a sentence names them after 下属 / 各: 学校, 医院, 站 … */
const SUBUNIT_KINDS = '单位|学校|中学|小学|幼儿园|医院|中心|站|所|院|馆|队|场';
const SUBORDINATE_SUBJECT = new RegExp(
  String.raw`^[\s,;、:]*(?:其中[\s,:]*)?(?:\d{4}\s*年度?\s*)?(?:下属|所属|局属|委属|直属|二级)[^,。;:!?\d]{0,6}?(?:[\d一二三四五六七八九十两]+\s*(?:个|家|所))?[^,。;:!?\d]{0,12}?(?:${SUBUNIT_KINDS}|厂|园|社|台)`,
);

/**
 * The reporting unit's own office opening a sentence as its subject: 局机关, 机关本级, 局本级, 本部 (the department without
 * its sub-units), the unit's word before it optional (本局机关), the money's words right after it (not 机关运行经费, nor
 * 本级财政拨款, a level's funds).
 */
const UNIT_OFFICE_HEAD =
  /^[\s,;、:]*(?:其中[\s,:]*)?(?:\d{4}\s*年度?\s*,?\s*)?(?:本?[局委厅办院])?(?:机关本级|机关|本级|本部)(?=\s*(?:\d{4}\s*年度?)?\s*(?:全年|年初|年度|当年|本年|预算|支出|执行|收入|决算|合计|共|累计|实际))/;

/** Whether the report is the unit's own office's: its name holds 机关 / 本级, or the title puts it right after the name ("XX局(本级)"). */
function officeReports(department: string, titleZone: string): boolean {
  if (/机关|本级/.test(department)) return true;
  for (let at = titleZone.indexOf(department); at >= 0; at = titleZone.indexOf(department, at + 1))
    if (/^\s*[(（]?\s*(?:机关|本级)/.test(titleZone.slice(at + department.length))) return true;
  return false;
}

/**
 * A sub-unit called by a bare two-character word, one character before its kind of unit (林场, 站所, 学校; 苗圃 is not:
 * no kind): the first character points to no unit (本 / 我 / 该 / 全 … refer to the reporting one, 各 to all of them).
 */
const SHORT_SUBUNIT = /^(?![本我该全各其此每])[\u4e00-\u9fff](?:校|院|站|所|馆|队|场|园|厂|社|台)$/;
/**
 * The bare word a unit of a kind calls itself by, and the ends of the names of that kind: a middle school's report says
 * 学校 of itself ("学校2023年年初预算数856.3万元…"), as a 林场's says 林场, though its name (某县第一中学) does not hold the word.
 */
const SELF_WORDS: [word: string, names: RegExp][] = [
  ['学校', /(?:学校|中学|小学|学院|大学|中专|技校)$/],
  ['医院', /(?:医院)$/],
];
function callsItself(subject: string, department: string): boolean {
  return SELF_WORDS.some(([word, names]) => word === subject && names.test(department));
}

/**
 * The sub-units taken together as a sentence's subject ("各乡镇林业站全年预算合计600万元", "各学校年初预算…"): their money,
 * not the reporting unit's. The unit's word must close the subject right before the money's words (not "各项资金按照所…").
 */
const EACH_SUBUNIT_SUBJECT = new RegExp(
  String.raw`^[\s,;、:]*(?:其中[\s,:]*)?(?:\d{4}\s*年度?\s*)?各[^,。;:!?\d]{0,10}?(?:${SUBUNIT_KINDS})(?=全年|年初|年度|当年|本年|预算|支出|执行|资金|经费|合计|共|累计)`,
);

/**
 * Another unit named as the sentence's subject, right before its money's words ("2023年,县不动产登记中心支出412.35万元,县土地储备
 * 中心支出1,268.40万元"): a sub-unit's money in a department's report, not the department's. The name (two characters at
 * least before its kind of unit: 我局 / 本中心 refer to the reporting unit) must be no part of the reporting unit's.
 */
const NAMED_UNIT_SUBJECT = new RegExp(
  String.raw`^[\s,;、:]*(?:\d{4}\s*年度?\s*,?\s*)?([\u4e00-\u9fff]{2,16}?(?:${SUBUNIT_KINDS}|局|委))(?=全年|年初|年度|当年|本年|预算|支出|执行|收入|决算|共|累计|实际)`,
);

function anotherUnitsSubject(head: string, department: string): boolean {
  const unit = NAMED_UNIT_SUBJECT.exec(head)?.[1];
  // (我局 / 本中心 after a year, "2023年度我局", refer to the reporting unit whatever the year's 度 ran into)
  return !!unit && !/[本我该其此]|^[度年]/.test(unit) && !namesReportingUnit(unit, department);
}

/**
 * "2024年民政局实际支出37,124.2万元" in the report of 潜江市民政局: the reporting unit named by its own name right before a label
 * (the whole name, its end from the kind of place on, 市民政局 / 民政局, or its short name) is the unit calling itself, as 本局
 * is (OWN_UNIT). The name runs from the clause's opening, the year or a comma, so that another unit whose name ends as the
 * reporting unit's does (省民政局 over 潜江市民政局) is not it.
 */
function namesItself(prefix: string, department: string): boolean {
  const name = /(?:^|[^\u4e00-\u9fff]|年度?)((?![年度])[\u4e00-\u9fff]{3,30})$/.exec(prefix)?.[1];
  return !!name && name.at(-1) === department.at(-1) && (department.endsWith(name) || abbreviates(name, department));
}

/** Whether a unit's name is the reporting unit's: a part of it, the whole with more, or its short name (abbreviates). */
function namesReportingUnit(unit: string, department: string): boolean {
  return department.includes(unit) || unit.includes(department) || abbreviates(unit, department);
}

/**
 * Whether `short` is the short name of `full` as reports shorten a unit's name (县文广旅局 for 岚峰县文化广电和旅游局, "以下简称"):
 * its characters taken from the full name in order, the kind of unit last in both.
 */
function abbreviates(short: string, full: string): boolean {
  if (short.at(-1) !== full.at(-1)) return false;
  let at = 0;
  for (const c of short) {
    at = full.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A “三公” item's name in a heading, whose 、 lists the items, not other topics. */
const THREE_PUBLIC_ITEM_NAMES = /因公出国\(境\)(?:经)?费(?:用)?|公务用车购置及运行(?:维护)?费|公务用车(?:购置|运行(?:维护)?)费|公务接待费/g;
/**
 * A heading of the “三公” funds alone ("(一)“三公”经费支出情况", "“三公”经费(因公出国(境)费、公务接待费)"); one that
 * heads other topics too ("“三公”经费、机关运行经费和政府采购情况") leaves their sentences to their own words.
 */
function threePublicHeading(text: string): boolean {
  return THREE_PUBLIC.test(text) && !/、|机关运行|政府采购|会议费|培训费|国有资产/.test(text.replace(THREE_PUBLIC_ITEM_NAMES, ''));
}

/** The project-only wording of money paid out (拨付 / 发放 / 支付 …, budget.executed) ending `head`, or null. */
function paidOutWording(head: string): WordingMatch | null {
  const m = matchWording(head, '万元', { anyHead: true, project: true });
  return m?.wording.projectOnly && m.wording.key === 'budget.executed' ? m : null;
}

/** A table's title that names the “三公” ("一般公共预算“三公”经费支出情况表", "“三公”经费支出决算表"): its words end on 表. */
const THREE_PUBLIC_TABLE_TITLE = new RegExp(String.raw`${THREE_PUBLIC_FUNDS}[\u4e00-\u9fff、]{0,16}?表`, 'g');
/** "(不含“三公”经费)", "除“三公”经费外": the “三公” named as what an amount leaves out. */
const THREE_PUBLIC_LEFT_OUT = new RegExp(String.raw`(?:不含|不包含|不包括|除)${THREE_PUBLIC_FUNDS}外?`, 'g');

/** A sentence's first amount of money. */
const FIRST_MONEY = /\d[\d,.]*\s*(?:万元|亿元|元)/;
/**
 * The clause before a sentence's first amount naming the projects' money taken together ("项目资金合计", "重点项目资金共",
 * "项目经费总额为", or 项目资金 / 预算资金 right after the projects are counted: "共实施项目3个,项目资金…", "上年结转结余项目3个,
 * 预算资金为…"), no one project's name
 * before it (a clause opens at a comma, colon or semicolon, or the sentence). A bare 项目资金 opening a unit's sentence is
 * left to the wordings.
 */
const PROJECTS_MONEY_CLAUSE =
  /(?:^|[,;:、])\s*(?:\d{4}\s*年度?|本年度?|全年|年度|当年)?\s*(?:(?:各|所有|全部|重点)项目(?:资金|经费)(?:合计|总额|共计|总计|共)?|项目(?:资金|经费)(?:合计|总额|共计|总计|共))(?:为|是)?\s*$|项目\s*\d+\s*个\s*[,;]\s*(?:项目|预算)(?:资金|经费)(?:为|是)?\s*$/;

/**
 * A clause that states a place's fund for a work, or what it has of one ("全县共有公路养护资金", "共有公路养护资金"): the work's
 * name captured. (A fund named alone, "委员活动经费36.3万元", is an item the sentence rules read as one.)
 */
const WORK_FUNDS_CLAUSE =
  /^\s*(?:全[县市区镇乡省](?:共有|共|累计|全年)?|共有)([\u4e00-\u9fff]{2,12}?)(?:资金|经费)(?:共|合计|共计)?(?:为|是)?\s*$/;
/** A clause that closes on funds with a verb or nothing before them ("投入资金", "共投入资金", "使用经费"): no one's named money. */
const UNNAMED_FUNDS_CLAUSE = /^\s*(?:共|累计|合计)?(?:投入|使用|安排|落实|争取|筹集)?(?:资金|经费)(?:共|合计|共计)?\s*$/;

/** Words of money before an amount ("到位资金", "下拨经费"): what follows an item's colon is that item's money. */
const FUNDS_WORD = /资金|经费|拨款|补助|补贴/;

/** Who the numbers of a sentence belong to, judged from its head (the text before its first number). */
function scopeOf(
  sentence: string,
  firstNumberAt: number,
  project: boolean,
  inList = false,
  firstIsRate = false,
  titleZone = '',
  opensParagraph = false,
  department: string | null = null,
): Scope {
  const head = sentence.slice(0, firstNumberAt);
  if (SUBORDINATE_SUBJECT.test(head) || EACH_SUBUNIT_SUBJECT.test(head) || PROCUREMENT_SUBJECT.test(head)) return { type: 'ignored' };
  if (!project && department && anotherUnitsSubject(head, department)) return { type: 'ignored' };
  // "共实施项目3个,项目资金合计200万元,实际支出195万元" in a unit's report: the projects' money taken together, its spending
  // and rate theirs, never the unit's (in a project's own report the same words state the project's budget, and in a text
  // that names no unit they may as well)
  if (!project && department) {
    const money = FIRST_MONEY.exec(sentence);
    if (money && PROJECTS_MONEY_CLAUSE.test(sentence.slice(0, money.index))) return { type: 'ignored' };
    const clause = money ? (sentence.slice(0, money.index).split(/[,;:]/).pop() ?? '') : '';
    if (money && !matchWording(clause, '万元', { anyHead: true })) {
      // "全年共完成造林面积1.2万亩,投入资金300万元,实际支出290万元": the first money is funds no wording knows as the unit's
      // (投入资金, a work's money, named by no one): what is spent after it is that work's
      if (UNNAMED_FUNDS_CLAUSE.test(clause)) return { type: 'ignored' };
      // "全县共有公路养护资金860万元,实际使用820万元": a fund named for its work (no funding line's, no unit's, no budget's
      // words), its spending that fund's, never a second statement of the unit's
      const work = WORK_FUNDS_CLAUSE.exec(clause);
      if (
        work &&
        !QUALIFIERS.some((q) => q.re.test(work[1]) || q.whole.test(work[1])) &&
        !/部门|单位|本级|预算|财政|年度|全年|当年|本年|上年|结转|结余|其他|自有|自筹|支出|支付|使用|拨付|下达|安排|投入|完成|执行|整合/.test(
          work[1],
        )
      )
        return { type: 'ignored' };
    }
  }
  // "其中局机关本级全年预算1200万元,执行1100万元", "局机关本级收入合计3000万元" in a department's report: the unit's own office
  // without its sub-units states a part of the unit's money, not the whole the report evaluates (unless the report is that
  // office's own: "XX局本级2023年度…", "XX局机关…")
  if (!project && department && UNIT_OFFICE_HEAD.test(head) && !officeReports(department, titleZone)) return { type: 'ignored' };
  // "项目名称:审计业务经费\n年初预算数:120万元\n…": a form's fields one a line, run into one paragraph (a .docx line break,
  // a Markdown copy without blank lines); in a project's own report the one project named is the report's (convention 7),
  // as when each field is a paragraph of its own (a .pdf's lines)
  if (project && NAME_FIELD_OPENS.test(head) && (sentence.match(/名称\s*:/g) ?? []).length === 1) return { type: 'department' };
  const enumerated = ENUMERATOR.exec(head);
  if (enumerated) {
    const rest = head.slice(enumerated[0].length).replace(RUN_IN_SECTION, '').replace(HEADING_BEFORE_ITEM, '').replace(YEAR_HEAD, '');
    const item = threePublicItem(rest);
    if (item && rest.indexOf('三公') < 0) return { type: 'threePublic', item };
    if (FUNCTIONAL_CLASS.test(rest)) return { type: 'ignored' };
    // "1、党建工作：年度支出预算数…" — an item is named before a colon; a heading run into the
    // paragraph ("六、…情况说明2023年…基本支出911.7万元") has none and stays the department's
    // with nested numbering ("(一)重点项目:1.高标准农田建设项目:全年预算数…") the innermost item names the task
    const inner = [...rest.matchAll(INNER_ITEM)].pop();
    // "一是甲医院建设项目,安排项目预算资金420万元": a project's name set off by a comma, then its money
    const colon =
      inner ?? /^([^:,。]{2,40}?):/.exec(rest) ?? (PARALLEL_ENUMERATOR.test(enumerated[0]) ? COMMA_NAMED_ITEM.exec(rest) : null);
    // "(一)耕地保护项目,预算安排50万元,…" in a department's report: the numbered project's money, never the unit's;
    // the list readers read it as a row when the list has two items or more, and a lone one is no list they read
    const numbered = colon || project ? null : NUMBERED_COMMA_ITEM.exec(rest)?.[1].trim();
    if (
      numbered &&
      !UNNAMED_FUNDS.test(numbered) &&
      !UNIT_PROJECT_CLASS.test(numbered) &&
      !SELF_REFERENCE.test(numbered) &&
      !(FUND_NAME_END.test(numbered) && UNIT_FUNDS.test(numbered)) &&
      isItemName(numbered) &&
      !GENERIC_HEAD.test(numbered) &&
      !ACCOUNTS_SECTION.test(numbered) &&
      !BUDGET_WORDS_ONLY.test(numbered) &&
      !matchWording(numbered, '万元')
    )
      return { type: 'ignored' };
    const name = colon?.[1].trim();
    if (
      name &&
      !GENERIC_HEAD.test(name) &&
      !ACCOUNTS_SECTION.test(name) &&
      !BUDGET_WORDS_ONLY.test(name) &&
      !/^\d/.test(name) &&
      !matchWording(name, '万元') &&
      !refusal(name)
    )
      return { type: 'item', name };
  } else {
    // "一般公共服务(类)…(款)…(项):支出决算为441.72万元": a functional class's line, never a task
    if (FUNCTIONAL_CLASS.test(head)) return { type: 'ignored' };
    // "党建工作经费：预算数 30 万元，执行数 28 万元" — a named line without an enumerator
    const colon = /^([^\d:,。]{2,30}):/.exec(head);
    // "预算执行情况:年初预算…": a field label (refused as a task name) introduces the unit's own figures; so does one
    // with the unit its amounts are in ("项目资金(万元):年初预算数200,…"), judged without that note
    const label = colon?.[1].replace(LABEL_UNIT_NOTE, '').trim() ?? '';
    if (
      colon &&
      !GENERIC_HEAD.test(label) &&
      !BUDGET_WORDS_ONLY.test(label) &&
      !refusal(label) &&
      !matchWording(label, '万元') &&
      matchWording(head, '万元')?.wording.measure !== 'amount'
    ) {
      const after = head.slice(colon[0].length);
      // the name's colon is the last before the money: "您所在的位置:首页>>…浏览次数:项目全年预算数…" is a
      // page's breadcrumb and metadata fields, not a named line
      if (!after.includes(':') && (matchWording(after, '万元') || matchWording(after, '%'))) return { type: 'item', name: colon[1].trim() };
      // "气象站维护项目:22万元,执行22万元": a named project's amount right after its colon, its measures after it
      if (!after.trim() && NAMED_PROJECT.test(label)) return { type: 'item', name: colon[1].trim() };
      // "学前教育幼儿资助:到位资金45.6万元,实际发放45.6万元": an item named before its colon, its money in words no
      // wording knows as its budget: that item's money still, never the unit's
      if (!after.includes(':') && FUNDS_WORD.test(after) && isItemName(label) && !UNNAMED_FUNDS.test(label) && !SELF_REFERENCE.test(label))
        return { type: 'ignored' };
    }
  }
  // "差旅费(不含“三公”经费)决算数为…": the “三公” named only as what is left out; the amount is the rest's, which
  // names no figure of the unit's
  const leftOut = head.replace(THREE_PUBLIC_LEFT_OUT, '');
  if (leftOut !== head && !THREE_PUBLIC.test(leftOut)) return { type: 'ignored' };
  // ("八、一般公共预算“三公”经费支出情况表" in a list of tables a copy ran into the text's first sentence: a table's
  // title names the table, never the subject of the amounts after it)
  const untitled = head.replace(THREE_PUBLIC_TABLE_TITLE, '');
  if (THREE_PUBLIC.test(untitled) || namesAllThree(untitled)) return { type: 'threePublic' };
  // "“图书采购经费”项目支出30.1万元,预算执行率85%": a name the report sets in quotes, right before the words of its
  // money, is that name's money, as the same name unquoted ("图书采购经费项目支出…", which the wording refuses after a
  // name) would be; in a project's own report the project its title evaluates stays the report's
  // (the clause after the head's last colon or comma: "…纳入了重点评价:“A经费”项目支出")
  const quoted = QUOTED_HEAD.exec(head.split(/[:,;]/).pop() ?? '');
  const quotedName = quoted?.[1].trim() ?? '';
  if (
    quoted &&
    matchWording(quoted[2], firstIsRate ? '%' : '万元', { anyHead: true, project })?.prefix.trim() === '' &&
    isItemName(quotedName) &&
    !UNIT_PROJECT_CLASS.test(quotedName) &&
    !UNNAMED_FUNDS.test(quotedName) &&
    !THREE_PUBLIC.test(quotedName) &&
    !matchWording(quotedName, '万元', { anyHead: true })
  )
    // (the title may quote the name as well, and call it a project: "“A经费”项目2023年度绩效自评报告")
    return project &&
      !inList &&
      [quotedName, `${quotedName}项目`].some((name) => evaluatedByTitle(name, titleZone.replace(QUOTE_MARKS, '')))
      ? { type: 'department' }
      : { type: 'item', name: quotedName };
  // "XX项目预算200万元，实际支出180万元": a sentence about one project, not the department; and in a
  // department's report "XX项目执行率95.5%", a rate stated first, is that project's too (in a project's own
  // report the project named is, as often as not, the report's own)
  // (in a project's report, "滨河大道改造项目拨付120万元": money a named project paid out, read by the project-only
  // wording, is that project's as its spending would be, and the report's own only where the title evaluates it)
  const first =
    matchWording(head, '万元', { anyHead: true }) ??
    (project ? paidOutWording(head) : null) ??
    (firstIsRate && !project ? matchWording(head, '%', { anyHead: true }) : null);
  // "A项目当年财政拨款40万元,全年支出38万元,执行率95%": a named project's funds by their source (an amount's wording,
  // 财政拨款) open a sentence about that project as its budget does; in a department's report its spending and rate
  // are the project's, never the unit's
  const projectFunds =
    !!first && first.wording.measure === 'amount' && !project && NAMED_PROJECT.test(first.prefix.replace(YEAR_TAIL, '').trim());
  if (first && (first.wording.measure !== 'amount' || projectFunds)) {
    // "重点项目执行情况:党建工作经费预算30万元": the subject is what follows the last colon
    // "…两个子项目:农村道路维护项目,预算60万元;桥梁安全检测项目,预算…": after a colon, or in a list
    // its sentence continues, a name set off by a comma is the subject too (alone, "X工程,预算…" is
    // the report's own project)
    const listed = first.prefix.includes(':') || inList;
    // "文物保护项目,年初预算50万元,…" in a unit's report (its department known): a project or a works its sentence opens
    // with, set off by a comma, is the subject as after a colon, one of the unit's projects; never the unit's own money
    // (in a project's own report such a name is, as often as not, the report's own project)
    const commaNamed = !project && !!department && PROJECT_BEFORE_COMMA.test(first.prefix);
    // "一事一议奖补项目为上年结转资金,本年执行数156.30万元": the project is the subject of the clause before (what it is,
    // where its money came from), and the money after the comma is still its own
    const predicated = !project && department ? PROJECT_THEN_PREDICATE.exec(first.prefix.split(':').pop() ?? '') : null;
    // "农村公路养护项目执行率": the rate's wording took the 项目 that closes the name (项目执行率)
    // (and "防汛物资储备资金执行率": the 资金 / 经费 that closes a fund's name)
    const ownWord = firstIsRate ? (/^(?:项目|资金|经费)/.exec(head.slice(first.prefix.length))?.[0] ?? '') : '';
    // "其中,A项目执行率98.5%,B项目…": the parts named after 其中 are the subjects, as after a colon
    // ("同时,B项目年初预算…": a linking word and its comma open the sentence before the subject it names)
    const subject = (predicated ? predicated[1] : (first.prefix.split(':').pop() ?? '') + ownWord)
      .replace(SENTENCE_LINK_LEAD, '')
      .replace(/^[\s,.、]*(?:其中[\s,]*)?/, '')
      .replace(YEAR_HEAD, '')
      // ("2023年度我馆A项目预算…": the unit calling itself is the sentence's subject, no word of the project's name)
      .replace(OWN_UNIT_LEAD, '')
      .replace(listed || commaNamed ? /(?:(?<=项目|工程)方面)?[\s,]+$/ : /$^/, '')
      .replace(/的$/, '')
      .replace(YEAR_TAIL, '')
      // "学生资助项目,资金来源为中央补助,全年预算320万元": the item's attributes between its name and its money
      .replace(TRAILING_ATTRIBUTES, '')
      .trim();
    // "县第一中学全年预算1200万元,实际支出1150万元" in the report of the 县教育局 over it: a unit the report names that is not
    // the reporting unit (a school, a hospital, a station below it) states its own money, never the unit's, and is no task
    if (!project && department && isOrgName(subject) && !namesReportingUnit(subject, department)) return { type: 'ignored' };
    // "林场2023年预算800万元,执行…", "站所全年预算…": a sub-unit called by a bare two-character word (one character and
    // the kind of unit, too short for a full name) opening the sentence before its money is that unit, not the reporting
    // unit, unless the reporting unit's name holds that word (a 林场's own report) or the word points back to it (本所, 全场)
    if (!project && department && SHORT_SUBUNIT.test(subject) && !department.includes(subject) && !callsItself(subject, department))
      return { type: 'ignored' };
    // "县文化旅游局2023年全年预算3500万元,全年支出3300万元" (or the reporting unit's own name) in a project's report: a unit
    // named as the subject of a budget, spending or rate states that unit's whole money, never the project's; a unit that
    // allots or pays the project's funds ("县财政局下达资金60万元") names where the project's budget came from
    if (project && isOrgName(subject) && !FUNDING_VERB.test(head)) return { type: 'ignored' };
    // "项目名称:乡村振兴衔接资金 该项目年初预算…": the named project's figures; in a project's own
    // report that project is the report's (its figures), elsewhere one of the department's (a task)
    const field = NAME_FIELD_THEN_REFERENCE.exec(first.prefix);
    if (field) return project ? { type: 'department' } : { type: 'item', name: field[1] };
    if (
      // ("农机购置补贴资金执行率100%": a fund named for its work, four characters or more before 资金 / 补助 /
      // 补贴, in a department's report (in a project's own, such a fund is as often the money it evaluates);
      // and after ";" from an item's sentence, the next item's name whatever it ends with)
      (/^[^\d,。;]{2,30}(?:项目|工程|经费|专项|补助资金|专项资金)$/.test(subject) ||
        ((!project || inList) && /^[^\d,。;]{4,30}(?:资金|补助|补贴)$/.test(subject) && !refusal(subject) && !UNIT_FUNDS.test(subject)) ||
        (inList && /^[^\d,。;:]{4,30}$/.test(subject) && isItemName(subject))) &&
      !GENERIC_HEAD.test(subject) &&
      !UNIT_PROJECT_CLASS.test(subject) &&
      !SELF_REFERENCE.test(subject) &&
      !UNNAMED_FUNDS.test(subject) &&
      !(project && !inList && FUNDED_SUBJECT.test(subject))
    )
      // "农村公路养护项目预算资金120万元" in the report titled "…农村公路养护项目支出绩效自评报告": the
      // project the report evaluates, so its figures are the report's own (convention 7), not a task
      return project && !inList && evaluatedByTitle(subject, titleZone) ? { type: 'department' } : { type: 'item', name: subject };
  }
  // "河道清淤工程资金300万元,已支付130万元;堤防加固工程资金150万元,…": a paragraph opening on a named
  // project's funds and their amount speaks of that project; so does a sentence going on, after ";", from an
  // item's sentence to the next ("…;水质监测资金50万元,已支付50万元"), whatever its name ends with. Inside a
  // paragraph about other money ("全年下达专项资金80万元,具体为:A项目资金…;B项目资金…") it is a part of
  // that money, which the list readers read: no item here, and never the unit's figures
  const funds = NAMED_FUNDS.exec(head);
  if (funds) {
    const name = funds[1].replace(YEAR_HEAD, '').trim();
    // (the name as written keeps its funds' word: "河道清淤工程资金")
    const written = `${name}${funds[2]}`;
    // (the project the title evaluates, whatever generic word its name ends with: "科普活动专项经费35万元,用于…" under
    // "科普活动项目支出绩效自评报告", its funds' amount its budget where no wording reads it)
    const evaluated = project && !inList && evaluatedByTitle(name, titleZone);
    const named =
      (PROJECT_END.test(name) || (inList && name.length >= 4) || evaluated) &&
      !FUNDING_VERB.test(name) &&
      isItemName(name) &&
      !refusal(written) &&
      !UNNAMED_FUNDS.test(written) &&
      !matchWording(name, '万元', { anyHead: true });
    if (named && evaluated) return { type: 'department', funds: true };
    if (named && (opensParagraph || inList)) return { type: 'item', name: written, funds: true };
    if (named) return { type: 'ignored' };
    // "…;自筹资金20万元,已支付18万元": in a run of items' clauses, funds that name no item (a source, a kind
    // of money) are a part of the item before, their spending never the unit's
    if (inList) return { type: 'ignored' };
  }
  // "机耕道路工程40万元,已支付38万元": a project or a work named alone right before a bare amount (no word of money between)
  // speaks of that work, as its funds' name does above: its spending is never the report's, unless the title evaluates it
  // (a verb that moves money before the work, "下达我县…工程90万元", makes the work the money's purpose: the funds are read)
  const work = head
    .replace(/^[\s,、]*(?:其中[\s,:]*)?/, '')
    .replace(YEAR_HEAD, '')
    .trim();
  if (
    NAMED_PROJECT.test(work) &&
    !FUNDING_VERB.test(work) &&
    // (isItemName refuses the generic heads, the report calling itself and what names.ts refuses)
    isItemName(work) &&
    !UNIT_PROJECT_CLASS.test(work) &&
    !matchWording(work, '万元', { anyHead: true })
  )
    return project && !inList && evaluatedByTitle(work, titleZone) ? { type: 'department' } : { type: 'ignored' };
  const item = threePublicItem(head);
  if (item) return { type: 'threePublic', item };
  if (FUNCTIONAL_CLASS.test(head)) return { type: 'ignored' };
  return { type: 'department' };
}

/**
 * A sentence's head that opens on one name in quotes ("“图书采购经费”项目支出", "其中「河道清淤」资金"): the name and
 * the words after it. (Whether those words are only the money's wording, so that the quotes close the subject, is
 * checked apart: in "“三公”经费支出" the quotes mark a kind of money, not a name.)
 */
const QUOTE_MARKS = /[“”"「」『』]/g;
const QUOTED_HEAD = /^[\s、]*(?:其中\s*)?[“"「『]([^“”"「」『』\d,。;:]{2,30})[”"」』]([^“”"「」『』]*)$/;
/** A paragraph that is a project's name and a colon, nothing else: "动物防疫项目:". */
const NAME_LINE = /^\s*([^\d\s,。;:、()]{4,30}?(?:项目|工程))\s*:\s*$/;
/** The words a heading of several items opens with ("重点项目:", "以下项目:"): no one project's name. */
const LIST_HEAD = /^(?:重点|主要|以下|其他|其它|各|有关|相关|所有|全部|部分)/;
/** The unit's own money, or its budget's, in a fund's words: "部门整体资金", "年度预算资金", "全部资金". */
const UNIT_FUNDS = /部门|单位|整体|全部|预算|年度|本级|财政/;
/**
 * A sentence's head naming a project's funds, nothing else, before their amount: "河道清淤工程资金", "X的经费共"; or their
 * spending ("薅草锣鼓(川东土家族薅草锣鼓)项目资金使用": a bracket in the name, the verb after the funds).
 */
const NAMED_FUNDS =
  /^\s*((?:[^\d\s,。;:、()]|\([^()\d,。;:]{1,20}\)){2,30}?)(?:的)?(资金|经费)(?:使用|支出|支付|拨付)?(?:共计|合计|总额|共)?(?:为|是)?\s*$/;
/** How a project's name ends. */
const PROJECT_END = /(?:项目|工程)$/;
/**
 * A project's or a works' name opening its sentence as the subject of a clause that says what it is, no number in it, then
 * a comma: "一事一议财政奖补项目为上年结转资金,".
 */
const PROJECT_THEN_PREDICATE =
  /^\s*([^\d\s,。;:、()]{2,30}?(?:项目|工程))(?:为|是|系|属于)[^,;。\d]{1,20},\s*(?:本年度?|全年|当年|年度)?\s*$/;
/** A project's or a works' name set off by a comma before its money's words: "文物保护项目,". */
// (or the project as the aspect the sentence turns to: "A项目方面,年初预算…")
const PROJECT_BEFORE_COMMA = /[\u4e00-\u9fff”)](?:项目|工程)(?:方面)?\s*,\s*$/;
/**
 * A verb that funds or pays, or a period, inside the words before 资金: "共支付专项资金", "安排A项目资金" state
 * money moved, whose subject is no name.
 */
const FUNDING_VERB = /支付|拨付|下达|安排|投入|落实|筹集|争取|到位|使用|用于|累计|截至|截止|共计?/;

/**
 * Whether the title evaluates the project named: the name stands in the title zone just before the
 * words of an evaluation's title ("…农村公路养护项目(2023年度)(支出)绩效自评报告"). The name a sentence
 * gives may drop the title's place or year prefix, so it is looked for inside the title, not equal to it.
 */
function evaluatedByTitle(subject: string, titleZone: string): boolean {
  if (!titleZone || subject.length < 4) return false;
  // "青山县地质灾害防治补助资金预算60万元" under "青山县自然资源局2023年地质灾害防治补助资金绩效自评报告" (or "我县…"): the fund of
  // the report's own place is the fund the title names
  // (a place is the report's own where the title zone names it before other words than this fund's: "青山县自然资源局…")
  const place = OWN_PLACE_LEAD.exec(subject);
  const rest = place ? subject.slice(place[0].length) : '';
  const ownPlace = (p: string) =>
    /^[我本全]/.test(p) ||
    titleZone
      .split(p)
      .slice(1)
      .some((after) => !after.startsWith(rest.slice(0, 4)));
  if (place && ownPlace(place[0]) && evaluatedByTitle(rest, titleZone)) return true;
  // ("青山镇2023年度人居环境整治项目绩效自评报告": the title may set the year inside the name the text writes whole,
  // 青山镇人居环境整治项目)
  for (const zone of [titleZone, titleZone.replace(YEAR_INSIDE_TITLE, '$1')]) {
    for (let at = zone.indexOf(subject); at >= 0; at = zone.indexOf(subject, at + 1)) {
      const after = zone.slice(at + subject.length, at + subject.length + 16);
      if (EVALUATION_TITLE_AFTER_NAME.test(after)) return true;
      // "…财政支出项目绩效自评报告(云龙产业园路网项目)": the project set off after the evaluation's title words
      if (EVALUATION_TITLE_BEFORE_NAME.test(zone.slice(Math.max(0, at - 16), at)) && /^\s*[)）]/.test(after)) return true;
    }
  }
  // "科普活动专项经费35万元" under the title "科普活动项目支出绩效自评报告": the same work named by another generic word (专项 for
  // 项目), the title's project still
  const core = subject.replace(GENERIC_KIND_END, '');
  if (core !== subject && core.length >= 4)
    for (let at = titleZone.indexOf(core); at >= 0; at = titleZone.indexOf(core, at + 1)) {
      const rest = titleZone.slice(at + core.length);
      // (or by none there: "A项目经费" for "对A项目…开展了自评", the work named with its kind of money)
      const kind = GENERIC_KIND_START.exec(rest)?.[0] ?? '';
      if (EVALUATION_TITLE_AFTER_NAME.test(rest.slice(kind.length, kind.length + 16))) return true;
    }
  // "项目名称:城乡居民医保补助资金" at the report's head, "城乡居民医保补助资金项目全年预算数…" below: the form's field names
  // the project the report evaluates, whole (a longer name the field gives is another project's)
  const named = subject.replace(/项目$/, '');
  if (named.length < 4) return false;
  for (let at = titleZone.indexOf(named); at >= 0; at = titleZone.indexOf(named, at + 1)) {
    const after = titleZone.slice(at + named.length);
    if (PROJECT_NAME_FIELD_BEFORE.test(titleZone.slice(Math.max(0, at - 16), at)) && FIELD_NAME_ENDS.test(after)) return true;
  }
  return false;
}
/**
 * The generic word a work's name may end with, one for another (科普活动专项 / 科普活动项目, and a fund's 补助资金 / 补助经费):
 * the name without it is the work.
 */
const GENERIC_KIND = '(?:专项|项目|资金|经费)';
const GENERIC_KIND_END = new RegExp(`${GENERIC_KIND}$`);
const GENERIC_KIND_START = new RegExp(`^${GENERIC_KIND}`);
/** The place a subject opens with: the report's own (我县, 本市, 全县) or one named (青山县, 白云镇). */
const OWN_PLACE_LEAD = /^(?:[我本全][省市县区镇乡]|[\u4e00-\u9fff]{1,6}?(?:自治县|省|市|县|区|镇|乡))/;
/** A year between two words of a title ("青山镇2023年度人居环境整治项目…"), taken out to find the name it splits. */
const YEAR_INSIDE_TITLE = /([\u4e00-\u9fff])\s*\d{4}\s*年度?\s*(?=[\u4e00-\u9fff])/g;
/**
 * Where a project-name field's name ends: a space, a cell's bar, the zone's end, or the next field's label (the
 * title zone joins a form's lines without a space between Chinese words: "…补助资金主管部门:岳池县医疗保障局").
 */
const FIELD_NAME_ENDS =
  /^(?:项目)?(?:\s|\||$|(?:主管部门|实施单位|项目单位|预算单位|单位名称|项目负责人|联系人|项目(?:类别|类型|属性))\s*[:|]?)/;
/** A form's project-name field right before the name it gives ("项目名称:", "| 项目名称 | ", "项目名称 2023年"). */
const PROJECT_NAME_FIELD_BEFORE = /项目名称\s*(?:[:|]\s*)?(?:\d{4}\s*年度?\s*)?$/;
/**
 * The evaluation's title words and an opening bracket right before the project it names ("…绩效自评报告(", "…评价报告(2023年度").
 * (Not a dash: the title zone runs the title into the next line, so nothing would close the name.)
 */
const EVALUATION_TITLE_BEFORE_NAME = /(?:自评|评价)(?:报告|表)\s*[(（]\s*(?:\d{4}年度?)?\s*$/;
/**
 * What follows a project's name in an evaluation's title: a year, then (支出)绩效 自评 / 评价; or, in the
 * transfer-payment self-evaluation template, the first heading's "(一)下达X转移支付预算和绩效目标情况",
 * which names the transfer the report evaluates.
 */
// (a transfer payment's fund named as one, "X补助资金专项转移支付2018年度绩效自评报告": the fund the report evaluates)
// (or, where the excerpt has no title, the opening sentence saying what the unit evaluated: "我单位对A项目使用管理情况认真开展了
// 自评")
const EVALUATION_TITLE_AFTER_NAME =
  /^\s*(?:(?:专项)?转移支付)?\s*(?:\(?\d{4}年度?\)?)?\s*(?:支出|资金|经费\s*(?:支出)?)?\s*(?:绩效)?\s*(?:自评|评价)|^\s*(?:转移支付)?(?:资金)?预算和绩效目标|^\s*(?:资金)?(?:使用管理|使用|管理|实施)?情况(?:认真)?(?:开展|进行)了?(?:绩效)?(?:自评|评价)/;

/**
 * A sentence about one item going on to the next, after a comma or ";": the next item's name (ending
 * as a project's does), then the wording of its money ("…,B项目执行率92%", "…;C工程预算60万元").
 */
const NEXT_ITEM =
  /^[\s,;、]+(?:和|及|以及)?([^\d\s,。;:、()]{2,30}?(?:项目|工程|专项))(?=\s*(?:的)?(?:年初|全年|调整后)?(?:预算|执行|支出|实际|完成|资金|安排|下达|拨付|已))/;

/** A sentence's fragments, one group per item it names in turn. */
function byItem(fragments: TaskFragment[]): TaskFragment[][] {
  const groups: TaskFragment[][] = [];
  for (const f of fragments) {
    const last = groups[groups.length - 1];
    if (last && last[0].name === f.name) last.push(f);
    else groups.push([f]);
  }
  return groups;
}

/** "项目经费", "专项资金": the report's own funds named by their kind, no project's name. */
const UNNAMED_FUNDS = /^(?:项目|专项|财政)(?:经费|资金|专项资金|补助资金)$/;
/**
 * "共投入X补助经费预算10441万元": in a project's own report, the money a verb puts into the funds, in
 * total (共 / 累计), is the project's budget; a name never opens with that verb. Without 共 the verb
 * may open one sub-project's line ("安排A项目经费预算50万元"), which stays that item's; but funds a level
 * grants ("中央下达X专项资金预算189.28万元") are the money the report evaluates, as 下达…资金 is its budget,
 * when what is granted is named as funds, not as a project or works. A bare 项目 as the verb's object, an issuer
 * at most before it ("财政批复项目预算资金60万元", "县财政下达项目资金"), names none: it is the project itself.
 */
const FUNDED_SUBJECT = new RegExp(
  String.raw`^(?:共|累计)(?:投入|安排|下达|拨付|落实)|^(?:${LEVEL_OPENING}(?:财政)?)?下达[^,。;]*(?:资金|经费)$|^[^\d,。;项]{0,8}(?:批复|下达|安排|核定|审定)的?项目$`,
);
/** 该项目 / 本项目 / 此工程: a reference back, never a name. */
const SELF_REFERENCE = /(?:该|本|此)(?:子项目|项目|工程|专项)$/;
/**
 * "2023年政府采购预算100万元,实际采购金额95万元,执行率95%": the unit's procurement, its own budget and rate, which are
 * neither the unit's budget nor its execution.
 */
const PROCUREMENT_SUBJECT = /^[\s,;]*(?:\d{4}\s*年度?\s*)?(?:全年|本年度?)?政府采购/;
/** A project's or a work's name, and nothing else, before an amount's wording: "人工增雨项目", "城区排水改造工程". */
const NAMED_PROJECT = /^[^\d,。;:]{2,30}(?:项目|工程)$/;
/** A paragraph opened by the project's name field, the fields after it on the lines below. */
const NAME_FIELD_OPENS = /^\s*(?:项目|资金)名称\s*:\s*[^\s:,。;\d]{2,52}\s*:?\s*$/;
/** A name field standing alone as a clause ("项目名称:X;"), the item the clauses after it state money for. */
const NAME_FIELD_ALONE = /^\s*(?:项目|任务|资金)名称\s*:\s*([^\s:,。;\d]{2,40}?)\s*[;,。]?\s*$/;
/** A name field, then the sentence that refers back to it: "项目名称:X 该项目…". */
const NAME_FIELD_THEN_REFERENCE =
  /(?:项目|任务|资金)名称\s*:\s*([^\s:,。;]{2,40})\s*(?:该|本|此)(?:子项目|项目|工程|专项)[\u4e00-\u9fff]{0,8}$/;

/**
 * A total with no name of its own: "…,合计1,500万元", "…,共计84.47万元". Tested on the words as written: the filler a wording
 * may carry (FILLER_TAIL) holds 共计, which would leave nothing of this sum's own word.
 */
const BARE_TOTAL = /^[\s,、;]*(?:合计|共计|总计)\s*(?:为|是|:)?\s*$/;
/** A bare total after the verb that budgets it ("按生均1000元安排,共计239万元"), or alone. */
const ALLOCATED_TOTAL = /^[\s,、;]*(?:安排|下达|批复)?[\s,、;]*(?:合计|共计|总计)\s*(?:为|:)?\s*$/;
/** What is left of an amount put off to the next year right after it: ",余款安排下年支出", ",剩余资金结转下年使用". */
const REMAINDER_NEXT_YEAR_AFTER =
  /^\s*[,;]?\s*(?:余款|余额|剩余(?:资金|款项|部分)?|结余(?:资金)?)\s*(?:\d[\d.,]*\s*万?元\s*)?(?:安排|结转|留待|留作|转入)(?:到|至)?下(?:一)?年/;
/** A bare spending verb and its total before an amount: "…安排支出共计", "支出合计". */
const SPENT_TOTAL_BEFORE = /支出\s*(?:共计|合计|总计|共)\s*$/;
/** The parts of an amount opened right after it: ",其中上级资金…". */
const PARTS_OPEN_AFTER = /^\s*[,;]?\s*其中\s*:?/;
/** The parts a bare total may sum, and the total they make. */
const PARTS_OF: { total: string; parts: Set<string> }[] = [
  {
    total: 'income.total',
    parts: new Set([
      'income.fiscal',
      'income.generalPublic',
      'income.governmentFund',
      'income.superior',
      'income.business',
      'income.operating',
      'income.other',
    ]),
  },
  { total: 'expense.total', parts: new Set(['expense.basic', 'expense.project']) },
];

/** The key of the total that `n` is when its sentence's parts (two or more, one family, no fund's) sum to it exactly. */
function totalOfParts(found: Found[], n: NumberToken): string | null {
  for (const { total, parts } of PARTS_OF) {
    const listed = found.filter((f) => parts.has(f.key) && !f.qualifier);
    if (listed.length < 2 || listed.length !== found.filter((f) => !f.key.startsWith('eval.')).length) continue;
    const sum = sumInYuan(listed, '0');
    if (sum.equals(toYuan(n.value, n.unit) ?? 'NaN')) return total;
  }
  return null;
}

/**
 * A government's fund balance, summed in its sentence: "一般公共预算支出361315万元,…;加上解上级支出52441万元,债务还本支出6751万元,
 * …,支出合计448985万元" (or 收入…,加上级补助收入…,收入合计): the 合计 adds transfers, debt and carry-overs to the fund's
 * own amount, all the fund's money and its uses, no total of the year's income or spending (conventions 3 and 5).
 */
// (加强, 加大, 加快 … are verbs of another sense)
const FUND_BALANCE_SUM = /(?:^|[,;。])\s*加(?![强大快紧速以工班])[^。]*$/;
/** "…,其中本年收入1.20亿元", "…,其中:本年支出…": a total whose first part is the year's own income or spending. */
const YEARS_OWN_FIRST_PART = /^\s*[,;]?\s*其中\s*[:,]?\s*本年(?:度)?(收入|支出)/;
/** The year's own income by its name (本年收入合计, 本年度收入): never a total with the carry-in, whatever its sentence lists before it. */
const YEARS_OWN_INCOME = /本年度?收入/;
/** "(含上年结转20万元)", "(含年初结转和结余)": an amount that says it includes the carry-in. */
const CARRY_IN_INCLUDED = new RegExp(String.raw`^\s*\(?\s*(?:含|包括|包含)${YEAR_BEFORE}结转`);
/** "…,其中:年初财政拨款结转和结余50万元": a total whose first part is the carry-in. */
const CARRY_IN_FIRST_PART = new RegExp(String.raw`^\s*[,;]?\s*其中\s*[:,]?\s*${YEAR_BEFORE}[\u4e00-\u9fff]{0,8}结转`);
/**
 * "收入1,300万元,加上级补助收入200万元,上年结转结余50万元,收入合计为1,550万元": a 合计 that sums the parts
 * listed before it in its sentence, the carry-in among them, includes the carry-in (convention 3). A government's
 * accounts name the carry-in 上年结余收入 ("…,上年结余收入42690万元,…,收入合计514601万元").
 */
// (the sum named the other way round, 合计收入 / 共计收入: "…,去年结转学费1130000元,合计收入11526100元")
const CARRY_IN_SUMMED = new RegExp(
  String.raw`${YEAR_BEFORE}[\u4e00-\u9fff]{0,4}(?:结转|结余)[^。;]*(?:收入合计|收入总额|总收入|(?:合计|共计)收入)\s*(?:为|是|:)?\s*$`,
);
/**
 * "一般公共预算支出…,加上上解上级支出、债券还本支出等62580万元,支出共计744016万元": a spending total that adds what is
 * passed up (上解), repaid (还本), moved out (调出) or carried to next year (结转下年) to the spending before it sums all
 * the money's uses, as 支出总计 does (convention 3), not the year's own spending.
 */
const OUTLAYS_ADDED = /加(?:上)?[^。;]*(?:上解|还本|调出|结转下年)[^。;]*$/;
/**
 * "收入预算1,000万元,其中:一般公共预算拨款收入900万元,上年结转100万元": a total whose parts (its 其中, to
 * the end of the clause run) list the carry-in includes it, wherever among them (convention 3 / 4).
 */
const CARRY_IN_AMONG_PARTS = new RegExp(String.raw`^[^。;]{0,6}其中[^。;]*?${YEAR_BEFORE}[\u4e00-\u9fff]{0,8}结转`);
/**
 * A part of a total listed after its 其中 as a clause of its own: its name, its amount and the share it takes
 * ("事业收入120.00万元,占2.11%", "上年结转资金180.00万元"). Reports that give each part its share end the part with
 * a semicolon, not a comma.
 */
// (the unit typed twice, "上年结转1837600元元", is still one amount's)
const PART_CLAUSE = /^\s*[\u4e00-\u9fff()“”]{2,24}(?:为|是|:)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)元?(?:\s*,\s*占[^;。]{0,12}%)?\s*$/;

/**
 * The text after a total up to the end of the list of its parts: its clause (with the 其中), and the clauses after a
 * semicolon that are each one more part ("…5,680.40万元,其中:一般公共预算拨款收入5,380.40万元,占94.72%;事业收入120.00万元,
 * 占2.11%;上年结转资金180.00万元,占3.17%。"). A clause of anything else ends the list.
 */
function partsRun(after: string): string {
  const [first, ...rest] = after.split('。')[0].split(';');
  return [first, ...furtherParts(rest.join(';'))].join(',');
}

/** The clauses opening `text` (up to its full stop) that are each one more part of a list (PART_CLAUSE), in order. */
function furtherParts(text: string): string[] {
  const parts: string[] = [];
  for (const clause of text.split('。')[0].split(';')) {
    if (!PART_CLAUSE.test(clause)) break;
    parts.push(clause);
  }
  return parts;
}

/**
 * "无上年结转", "(不含去年结转)", "年初结转和结余为0万元": a sentence that says the total holds no carry-in (the year
 * before by any of its names, YEAR_BEFORE, as every carry-in guard reads it).
 */
const NO_CARRY_IN = new RegExp(
  String.raw`(?:无|没有|不含|不包括|未含)${YEAR_BEFORE}[\u4e00-\u9fff]{0,4}结转|${YEAR_BEFORE}结转[\u4e00-\u9fff]{0,4}(?:为|是|:)?\s*0(?:\.0+)?\s*万?元`,
);

/** A carry-in part and its amount: "其中上年结转0万元", "上一年度结转结余为 0.00 元". */
const CARRY_IN_PART_AMOUNT = new RegExp(
  String.raw`${YEAR_BEFORE}[\u4e00-\u9fff]{0,8}结转[\u4e00-\u9fff]{0,4}(?:为|是|:)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:万元|元|亿元)`,
  'g',
);

/**
 * A fund's revenue as a government states it, before a 收入总计 in its sentence ("全镇政府性基金收入上级补助收入0万元,加上上年结转
 * 收入0万元,收入总计0万元"): the 总计 is that fund's, never the year's income of a unit (whose appropriation is
 * 一般公共预算财政拨款收入, 财政 between).
 */
// (any of the four budgets, by any of its names: each is a government's fund, whose revenue no unit collects)
export const FUND_REVENUE_BEFORE = new RegExp(`${fundNames((f) => f.kind === 'budget')}收入`);

/**
 * "收入预算总额为1235.60万元,其中上年结转0万元": a total whose carry-in parts, stated after it, are all zero
 * holds no carry-in, and is the year's income (convention 3 "unless the text says there is none", convention 4).
 */
function carryInStatedZero(after: string): boolean {
  const amounts = [...after.split(/[。;]/)[0].matchAll(CARRY_IN_PART_AMOUNT)].map((m) => m[1].replace(/,/g, ''));
  return amounts.length > 0 && amounts.every((a) => new Decimal(a).isZero());
}

/** A sentence that opens on a budget ("预算中,", "预算安排:") and says nothing of spending before its items. */
const BUDGET_HEAD = /^(?:(?!决算|支出|实际|执行)[^。])*预算(?:数)?(?:中|安排|情况)?[,:]/;

/** A performance indicator's clause: an indicator named (成本指标 …) or a target bound (≤90万元, ≥95%) before the number. */
/** "涉及(区本级)财政资金 / 预算金额": what follows is the money a piece of work covers. */
const SCOPE_LEAD = /涉及\s*(?:[省市县区乡镇]?本?级)?\s*$/;
/** Several projects, units or policies evaluated (对14个重点项目开展评价, 3个部门整体支出绩效评价) earlier in the sentence. */
// (and the count after the noun: "开展自评的项目共3个", "纳入自评范围的项目5个")
// (审核 reviews them as 评审 does: "对…等41个项目进行了审核,涉及调整后预算金额…")
const SEVERAL_BEFORE =
  /(?:\d+|[二三四五六七八九十两][一二三四五六七八九十]*)\s*(?:个|项|家)[^,。;]{0,10}?(?:项目|单位|部门|政策)[^。;]*(?:评[价审估]|审核)|(?:评[价审估]|审核)[^。;]*?(?:\d+|[二三四五六七八九十两][一二三四五六七八九十]*)\s*(?:个|项|家)[^,。;]{0,10}?(?:项目|单位|部门|政策)|评[^。;]{0,12}?(?:项目|单位|部门|政策)(?:共|合计|总计)?有?\s*(?:\d+|[二三四五六七八九十两][一二三四五六七八九十]*)\s*(?:个|项|家)/;
/**
 * Several projects counted before an amount in its sentence: "共实施项目5个,", "实施3个项目,", "项目共计12个", "涉及项目14个,"
 * (two or more; not a project's own parts, 子项目 / 项目点, nor its places).
 */
const SEVERAL_PROJECTS_COUNTED =
  /(?:(?:共|合计|总计)(?:实施|安排|开展|承担|有)?|(?:实施|安排|承担|涉及))\s*(?:项目\s*)?(?:[2-9]|[1-9]\d+|[二三四五六七八九十两])\s*个(?!子)(?:项目(?!点))?(?:[,,、]|$)|(?:实施|安排|承担|涉及)\s*(?:[2-9]|[1-9]\d+|[二三四五六七八九十两])\s*个项目(?!点)/;
/** The report's own project named again after such a count ("…项目5个,其中本项目预算60万元"): its money is its own. */
const SINGLE_PROJECT_AGAIN = /本项目|该项目|此项目/;
const INDICATOR_CLAUSE = /(?:成本|数量|质量|时效|产出|效益|满意度)指标|[≤≥<>]\s*\d/;
/**
 * An amount of money set as a target earlier in the clause ("——完成投资额:年度目标1200万元,实际完成1263万元"): an
 * indicator's target and the value it reached, never the budget and its spending (a 预算目标 is the budget's own).
 */
const MONEY_TARGET_BEFORE = /(?<!预算)目标值?\s*(?:为|是|:)?\s*[≥≤<>]?\s*\d[\d,.]*\s*(?:万元|亿元|元)/;
/**
 * The items just listed, counted, as a sentence's subject ("以上4项年度预算合计3510.40万元,已支付3444.88万元", "上述3个子项目…"):
 * its money is their sum, not the unit's or the project's budget (上述资金, the money itself, stays the budget's).
 */
const ITEMS_REFERRED_BACK =
  /(?:以上|上述|前述)\s*(?:[\d一二三四五六七八九十两]+\s*(?:个|项)(?:重点)?(?:子?项目|任务|工程|工作)?|(?:各|所有)?子项目)/;

/**
 * The words before a budget wording's number that make it another thing's: an indicator named or bounded ("成本指标:项目
 * 总成本≤90万元,实际完成88.6万元"), a money target stated first (MONEY_TARGET_BEFORE), or the items just listed as the
 * subject (ITEMS_REFERRED_BACK).
 */
function notTheBudgets(before: string, n: NumberToken): boolean {
  return INDICATOR_CLAUSE.test(before) || (isMoneyUnit(n.unit) && MONEY_TARGET_BEFORE.test(before)) || ITEMS_REFERRED_BACK.test(before);
}
/** What names the year's start before a budget's words: "2023年初", "年初部门", "年初批复的". */
// (and the fund the budget is of, between them: "2022年初农村危房改造资金预算安排300.7万元"; 年初步 is 初步, preliminary)
const AT_YEAR_START = /年初(?!步)(?:部门|单位|批复的?|下达的?|[\u4e00-\u9fff]{2,16}?(?:资金|经费))?$/;
/**
 * An addition to the budget, or the budget as adjusted, stated in the next clause ("预算1922.76万元,本年追加
 * 预算767.86万元", "预算批复数为1500万元,调整后预算为1600万元", "预算数500万元,调整预算数620万元" and the final
 * accounts' "预算数…,调整数…,决算数…"), or a cut ("资金下达我区111万元,年中调减40万元"): the budget before it is the one
 * the year started with, not the year's whole budget (调整数 being the adjusted budget or the adjustment alone, the budget
 * before it is the start's either way).
 */
const ADDITION_NEXT =
  /^\s*[,;]\s*(?:其中)?\s*(?:\d{4}\s*年度?)?\s*(?:本年度?|年中|年内|全年|当年|年度中?|后|此后|期间|经)?\s*(?:追加|调增|调减|核减|调整后的?(?:全年)?预算|调整预算后|预算调整(?:为|后)|调整(?:预算)?数|调整预算(?![\u4e00-\u9fff]))/;
/** The row-number column of a form (行次 / 栏次 / 行号), its header anywhere in the copy. */
const ROW_NUMBER_HEADER = /行次|栏次|行号/;
/**
 * In a form with a 行次 column copied as text ("年度资金总额(万元): 1 52.800000 52.800000 100.00%"): an integer
 * of one or two digits, written without a unit, right after a row's label and before the row's first amount
 * (or alone on its line, where the row was left blank).
 */
function isRowNumber(text: string, n: NumberToken): boolean {
  return (
    /^\d{1,2}$/.test(n.written) &&
    /[:)\u4e00-\u9fff]\s*$/.test(text.slice(0, n.start)) &&
    /^(?:\s+\d|[^\S\n]*(?:\n|$))/.test(text.slice(n.end))
  );
}

/** 其中 right after an amount (its clause's first words): what follows is a part of that amount. */
const PART_AFTER_AMOUNT = /^\s*[,;:]?\s*其中/;
/** 其中 (or a split's own lead: 按乡镇分, 分部门看, 从乡镇看) and its punctuation before a part's words. */
const PARTS_LEAD = /^[\s,;:]*(?:其中|(?:按[\u4e00-\u9fff]{1,6}分|(?:分|从)[\u4e00-\u9fff]{1,6}(?:看|来看))(?=[\s,:]))[\s,:]*/;
/**
 * A part's own subject before its spending's words ("部门", "乡镇", "中央资金"): words that are not only the
 * spending's modifiers (已 / 实际 / 累计 / 截至年底), which say what of the whole amount was spent.
 */
const PART_SUBJECT =
  /^(?!(?:截至|截止|到)?[\d年月日底末]*(?:已经|已|实际|累计|共计|共|全年|当年|本年度?|年度|年内|目前|现已|均已|全部|资金|项目|预算|财政资金)*$)[\u4e00-\u9fff]{2,}/;
/** Spending's words right before an amount no wording read ("按乡镇分,城关镇支出"): a part's spending, when a part's subject is before them. */
const SPENDING_WORD_END = /(?:支出|支付|拨付|使用)(?:资金)?\s*$/;
/** A class of the unit's spending opening a part's line ("其中:基本支出年初预算700万元…"): read by its own rules (natureLine). */
const CLASS_SUBJECT = /^(?:基本|项目|人员|公用|日常公用|部门专项|专项|工资福利|商品和服务|资本性|对个人和家庭的?补助)(?:支出|经费)/;
/** A budget named as the year's whole or adjusted one: not the start's, whatever follows it. */
const WHOLE_BUDGET = /全年|调整|调增|追加|变更|合计|总计|总额/;

/**
 * A section of targets alone: "(三)部门整体支出绩效目标", "年度绩效目标"; not 绩效目标完成情况 (what was
 * reached), nor a section of the accounts and their targets together ("(三)收支与绩效目标").
 */
const TARGET_SECTION = /^(?!.*(?:收支|收入|完成|执行|实现|与|和|及|、)).*目标\s*[:]?$/;

/** A cell that is written as prose: clauses of Chinese words with an amount (or a score) in them, not a label or a value. */
const SENTENCE_CELL = /[\u4e00-\u9fff]{4}[^|]*\d[^|]*(?:万元|元|亿元|%|分)/;
/** How long a column's head may be. */
const COLUMN_HEAD_LENGTH = 12;
/** A form's field written whole in one cell, its amount with its unit ("全年预算数:120万元", "自评得分:95分"). */
const FIELD_CELL_WITH_UNIT = /^\s*[\u4e00-\u9fff][^\d|]{1,20}[:]\s*-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|%|分)\s*$/;
/** The label of a row, or the head of a column, whose cells state aims, indicators or plans rather than what happened. */
// ("年度总体目标完成情况" states what was done: its cell is read)
const PLANNED_CELL_LABEL = /目标(?!.{0,4}(?:完成|实现|达成))|指标|预期|计划|标准|依据|内容|措施|问题|建议|原因/;
/**
 * A column's head that names no kind of content, only that the column holds it: "| 指标 | 内容 |", "| 项目 | 具体内容 |",
 * a two-column form of labels and what is said of them. Its row's label decides (年度目标 is still refused).
 */
const GENERIC_COLUMN_HEAD = /^(?:具体|主要)?(?:内容|说明|情况|情况说明|描述)$/;

/**
 * A table cell that holds sentences ("| 自评情况 | 全年预算数100万元,实际支出98万元,执行率98%。 |"), a form's narrative
 * cell, or a field whole with its amount ("| 全年预算数:120万元 | 全年执行数:118万元 |"): the table readers, reading
 * cells as labels and values, do not read them. A copy without the table (a .docx
 * whose rows are paragraphs, a page's text) reads it as prose, and so is it read here, unless its row's label or its
 * column's head says the cell states aims, indicators, plans or problems (年度目标, 指标值, 偏差原因 …).
 */
export function isSentenceCell(seg: Segment, segments: Segment[]): boolean {
  let cells = SENTENCE_CELLS.get(segments);
  if (!cells) SENTENCE_CELLS.set(segments, (cells = sentenceCellsOf(segments)));
  return cells.has(seg);
}

/** Each document's sentence cells, found once: the sentence rules and the grades both ask of every cell. */
const SENTENCE_CELLS = new WeakMap<Segment[], Set<Segment>>();

function sentenceCellsOf(segments: Segment[]): Set<Segment> {
  const byBlock = new Map<string, Segment[]>();
  for (const s of segments) {
    if (!s.cell) continue;
    const block = byBlock.get(s.blockId);
    if (block) block.push(s);
    else byBlock.set(s.blockId, [s]);
  }
  const out = new Set<Segment>();
  for (const seg of segments) {
    if (!seg.cell || !(FIELD_CELL_WITH_UNIT.test(seg.text) || (seg.cell.col > 0 && SENTENCE_CELL.test(seg.text)))) continue;
    const { row, col } = seg.cell;
    // its row's labels, and the heads above it in its column (short cells: a table of rows run on under another's head)
    const labels = (byBlock.get(seg.blockId) ?? []).filter(
      (s) =>
        s.cell &&
        ((s.cell.row === row && s.cell.col < col) ||
          (s.cell.row < row &&
            s.cell.col === col &&
            s.text.trim().length <= COLUMN_HEAD_LENGTH &&
            !GENERIC_COLUMN_HEAD.test(s.text.trim()))),
    );
    if (!labels.some((s) => PLANNED_CELL_LABEL.test(s.text))) out.add(seg);
  }
  return out;
}

/** A whole area named before a figure's words: 全县, 全市, 全区 … (its government's accounts, not a unit's). */
const WHOLE_AREA = /全(?:县|市|区|省|州|旗|盟|镇|乡)(?!委|政府|人民政府)/;
/**
 * A sentence whose first clause names a fund other than the unit's appropriations (政府性基金, 国有资本经营, 社会保险
 * 基金) or the whole area (全镇, 全县 …): its totals are that fund's or that government's, never the unit's income.
 */
// (一般公共预算 is left out: the unit's own income opens on it, "一般公共预算财政拨款收入…,收入总计…", FUNDS' unitsMain)
export const FUND_OR_AREA_SUBJECT = new RegExp(
  `^[^,;。]*?(?:${fundNames((f) => f.kind === 'budget' && !f.unitsMain)}|${WHOLE_AREA.source})`,
);
/**
 * A whole area's, or a government level's, public finance spending named before a figure in its sentence ("2023年全镇财政
 * 总支出完成3562万元,完成预算的98.6%", "全县一般公共预算支出…", "本级财政支出决算数…,为调整预算的96.8%", "县级一般公共预算
 * 支出…"): a government's execution, never a unit's or a project's budget (LABELS.md conventions 2 and 5: a government's
 * own text labels its 一般公共预算支出 alone, no budget.* of it). A unit's fund line (一般公共预算财政拨款支出, 本级财政拨款
 * 支出) names an appropriation (拨款), and is no public finance of a government.
 */
const PUBLIC_FINANCE_SPENDING = new RegExp(
  `(?:${WHOLE_AREA.source}|本级|[县市区镇乡州省]级)(?:(?!拨款)[^,。;]){0,6}?(?:财政|${fundNames((f) => !!f.unitsMain)})(?:(?!拨款)[^,。;]){0,6}?支出`,
);
/**
 * The unit's budget figures (budget.*, no funding line's) that a sentence read after naming a government's public finance
 * spending (PUBLIC_FINANCE_SPENDING) before them: dropped, once the sentence's rules have given a funding line its own
 * spending (县本级一般公共预算支出实际完成40.1亿元 → expense.generalPublic).
 */
function withoutPublicFinanceBudget(figures: Found[], from: number, sentence: Sentence): void {
  for (let k = figures.length - 1; k >= from; k--) {
    const f = figures[k];
    if (!f.key.startsWith('budget.') || f.qualifier || f.segment !== sentence.segment) continue;
    if (PUBLIC_FINANCE_SPENDING.test(sentence.text.slice(0, f.start - sentence.start))) figures.splice(k, 1);
  }
}

/** The keys of a public-finance fund's totals, which an area's government states for the whole area. */
const FUND_TOTAL_KEY = /^(expense|income)\.(generalPublic|governmentFund|stateCapital)$/;

/** "人均公用经费2.5万元", "生均公用经费": an amount per person, never the unit's total. */
const PER_HEAD = /(?:人均|生均|户均|平均|每人|每户|每生)$/;

/**
 * "预计全年支出1180万元", "预计执行率98.33%": what is expected, not what was spent or stated; so is what a plan "can" bring
 * ("每公斤售价5元,可实现总收入15万元", "每公斤售价4元,预计年总收入30万元": a planting project's expected income).
 */
const PROJECTED =
  /(?:(?:预计|预估|预测|估计|力争|争取)(?:全年|年底|年末|本年度?|到年底|每?年)?(?:可?完成|可?实现|可?达到?)?可?|可(?:实现|达到?))$/;
/**
 * A bracket a part opens with 其中 after the whole's figure ("资金总额预算执行率为81.95%(其中财政资金预算执行率为80.04%)"):
 * the figure inside is that part's, not the unit's stated again.
 */
const PART_BRACKET = /\(\s*其中[^()]*$/;

/**
 * Words that set a figure as an aim right before it: "绩效目标为…", "年度目标:…", "计划…", "预期…", "拟…", "要求…达到"
 * (after the aim's words a comma closes them: "完成绩效目标,执行率98%" states what was reached).
 */
const AIMED = /(?:目标(?:值|为|是)?|计划|预期|拟|要求)\s*:?\s*(?:达到|实现|为)?$/;
/**
 * A statement opened by an aim's label, up to the figure: "绩效目标:计划投入资金100万元,执行率达到100%", a form's row
 * "| 绩效目标 | 计划投入…,执行率达到100% |" as a .docx copy runs it into a paragraph. Every clause of it states aims,
 * not the one right after the label only (not "目标完成情况:…", "完成绩效目标,执行率98%").
 */
const AIM_OPENED =
  /(?:^|[|。;!?]\s*)(?:[(]?[一二三四五六七八九十\d]{1,3}[)、.])?[^,。;:|!?\d]{0,10}目标值?(?!完成|实现|达成)\s*(?:[:|]|为|是)[^。;|!?]*$/;

/** A heading of the unit's own money or state: "二、部门整体情况", "(一)单位基本情况", "部门收支概况" (not the project's). */
const UNIT_SECTION = /(?:部门|单位)(?:\(单位\))?(?:整体|基本|总体)?(?:支出|收支|预算)?(?:情况|概况)/;
/**
 * The project named again after the unit's own money in one sentence ("部门预算总额3500万元,其中本项目60万元,执行58万元"):
 * the amounts from there on are the project's.
 */
const PROJECT_AGAIN = /本项目|该项目|此项目/;
/** The unit's own money named as such: "部门预算总额", "单位预算", "部门整体支出", "本部门全年支出" (not a project's). */
const UNIT_MONEY = /(?:部门|单位)(?:整体|全年|年度|本年)?(?:预算|决算|支出|收入|总)/;
/**
 * The unit's money named by the words of a figure, and no project in its clause: "部门预算安排本项目资金" and "A项目列入部门
 * 预算经费为3483万元" (the project's money in the unit's budget) are the project's.
 */
function unitsOwnMoney(words: string): boolean {
  const m = UNIT_MONEY.exec(words);
  return !!m && !/项目|专项/.test(words.slice(m.index + m[0].length)) && !PROJECT_BEFORE_UNIT_MONEY.test(words.slice(0, m.index));
}
/** A project the clause names before the unit's money words: "…配套路网项目列入部门预算", "该项目纳入单位预算". */
const PROJECT_BEFORE_UNIT_MONEY = /(?:项目|工程)(?:资金|经费)?(?:列入|纳入|已列入|已纳入|在)[\u4e00-\u9fff]{0,4}$/;

/** The last clause of a text: what follows its last punctuation (the words that name the figure after it). */
function lastClause(text: string): string {
  return text.slice(Math.max(...[',', ';', '。', '、', ':'].map((c) => text.lastIndexOf(c))) + 1);
}

/** The unit's spending by nature. */
const NATURE_SPLIT_KEYS = new Set(['expense.basic', 'expense.project', 'expense.personnel', 'expense.publicUse']);
/** A sentence that has named the unit's basic spending: the 项目支出 after it is the other half of the unit's split. */
const UNIT_SPLIT_BEFORE = /基本支出/;

/**
 * "A项目,年初预算50万元,年中追加10万元,全年支出58万元,执行率96.67%": an item's budget that a change in the year, later in
 * its sentence, superseded with no budget stated after it (what it came to is not said, and the rate is of that): kept
 * as the item's initial budget, never its budget (TaskFragment.superseded), as tasks/enumerated.ts reads such items.
 */
function supersedeChangedBudgets(fragments: TaskFragment[], sentence: Sentence, numbers: NumberToken[]): void {
  let prevEnd = 0;
  const change = numbers.find((n) => {
    const before = sentence.text.slice(prevEnd, n.start);
    prevEnd = n.end;
    return isMoneyUnit(n.unit) && BUDGET_CHANGE.test(before.replace(/\s+$/, ''));
  });
  if (!change) return;
  const at = sentence.start + change.start;
  // (a change with no budget of the item's before it, "A项目,追加预算10万元,已支出10万元", is the money the item was given)
  if (!fragments.some((f) => (f.measure === 'budget' || f.measure === 'initial') && f.end <= at)) return;
  // (the change itself, "追加预算10万元", read by the 预算 in its words, is no budget of the item's)
  const changeEnd = sentence.start + change.end;
  const own = fragments.findIndex((f) => f.end === changeEnd);
  if (own >= 0) fragments.splice(own, 1);
  if (fragments.some((f) => f.measure === 'budget' && f.start > at)) return;
  fragments.forEach((f, k) => {
    if ((f.measure === 'budget' || f.measure === 'initial') && f.end <= at) fragments[k] = { ...f, measure: 'initial', superseded: true };
  });
}

/** A sentence opened by a change to the budget in the year: "年中追加预算800万元", "2023年调减资金…", "其中追加…". */
const ADJUSTMENT_OPENED = new RegExp(
  String.raw`^[\s,;、:]*(?:其中[\s,:]*)?(?:\d{4}\s*年度?\s*)?(?:年中|年内|年度中|年度内|当年|本年|执行中|执行过程中)?\s*,?\s*${BUDGET_CHANGE_VERBS}`,
);
/** One quarter of the year: "四季度", "第一季度". */
const ONE_QUARTER = String.raw`第?[一二三四1-4]\s*季度`;
/** A sentence opened by one quarter of the year ("四季度…", "第一季度…"; not 前三季度, the quarters so far). */
const ONE_QUARTER_OPENED = new RegExp(String.raw`^[\s,;、:]*(?:\d{4}\s*年度?\s*)?${ONE_QUARTER}`);
/** The words that speak of the whole again after a change: the budget it came to, the year's, a total. */
const WHOLE_AGAIN = /调整后|全年|合计|总计|总额|共计/;

/** "当月实际支出108,543万元": one month's amount, not the year's. */
// (and one quarter's, "四季度执行率100%", not the first quarters together: 前三季度 is a period on the way, INTERIM_PERIOD)
const ONE_MONTH = new RegExp(String.raw`(?:当月|本月|该月|上月|\d{1,2}月份?|(?<!前)${ONE_QUARTER}|当季度?|本季度)$`);

/**
 * A period that ends before the year does, opening what a report looking back on the year says of its
 * progress on the way ("截至2023年6月底,已支出500万元,执行率41.67%", "上半年支出…", "1-9月…", "前三季度…"):
 * the month it ends in (1–11), with its year when it is stated. Its amounts yield to the year's own
 * statement of the same figure; a report whose figures stop at 11月30日 has no other, and keeps them.
 */
const INTERIM_PERIOD =
  /(?:截至|截止到?|至)\s*(?:(?:(\d{4})|\d{2}[xX×*]{2})\s*年)?\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?(?:底|末|份)?|(?<![\d年])(?:1|一)\s*[-—~至到]\s*(\d{1,2})\s*月(?:份)?|(上半年|前三季度|一季度|第[一二三]季度|前[两二三]季度)/g;
/** A period that is the whole year or ends with it ("截至12月31日", "全年", "年底", "1-12月", "2023年度"), closing an interim one. */
const WHOLE_YEAR_PERIOD = /全年|年底|年末|本年度|年度|(?<!\d)12\s*月|\d{4}\s*年(?!\s*\d{1,2}\s*月)/g;

/**
 * What the last period named in a text says of the amounts after it: 'interim' (one ending before the
 * report year does), 'later' (a month of a year after it: "截至2024年3月底" counts what was spent after the year
 * ended too), 'year' (the whole year), or null when the text names none.
 */
function periodBefore(text: string, year: number | null): 'interim' | 'later' | 'year' | null {
  const interim = [...text.matchAll(INTERIM_PERIOD)].pop();
  const whole = [...text.matchAll(WHOLE_YEAR_PERIOD)].pop();
  if (!interim) return whole ? 'year' : null;
  if (whole && whole.index > interim.index) return 'year';
  const stated = interim[1] ? Number(interim[1]) : null;
  const month = Number(interim[2] ?? interim[3] ?? 6);
  if (stated !== null && year !== null && stated > year) return 'later';
  if (stated !== null && year !== null && stated !== year) return 'year';
  return month >= 1 && month <= 11 ? 'interim' : 'year';
}

/** A funding line's side totals, and the unit's side totals whose words they share. */
const FUND_SIDE_KEYS = new Set([
  'income.fiscal',
  'expense.fiscal',
  'income.generalPublic',
  'expense.generalPublic',
  'income.governmentFund',
  'expense.governmentFund',
]);
const SIDE_TOTAL_KEYS = new Set([
  'income.total',
  'expense.total',
  'income.grandTotal',
  'expense.grandTotal',
  'income.carryIn',
  'carryover.end',
]);

/**
 * What a report says its figures are of, before or after the year it names them for: the unit ("本部门", "我单位") or,
 * in a project's report, the project ("该项目", "本专项"): "该项目2022年预算40万元" is that year's as "2022年该项目…" is.
 */
const REPORT_SUBJECT = /(?:该|本|此|我)(?:项目|专项|部门|单位)/;

/**
 * A clause that opens on a year: "2016年度支出合计" (after the punctuation that ends the clause before), or
 * a numbered heading that does, run into its paragraph ("二、2016年“三公”经费决算情况 2016年度…合计支出").
 */
// (or on the year before named as such: "上年“三公”经费支出8.50万元,其中公务接待费2.50万元")
const CLAUSE_OPENS_ON_YEAR = new RegExp(
  String.raw`^[\s,;:、。]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?\s*(?:${REPORT_SUBJECT.source})?\s*(?:\d{4}\s*年|上一?年度?(?!结转)|去年)`,
);

/** The “三公” funds named as a figure's subject ("“三公”经费合计"), and with their spending named too ("“三公”经费财政拨款支出"). */
const THREE_PUBLIC_SUBJECT = String.raw`${THREE_PUBLIC_FUNDS}(?:合计|总额|共计)?`;
const THREE_PUBLIC_SPENT_SUBJECT = String.raw`${THREE_PUBLIC_FUNDS}(?:财政拨款)?(?:支出)?(?:合计|总额|共计)?`;

/** A sentence opening on a part of what it or the text before it names: 其中, or 以上…中 / 上述…中 (among those above). */
const PARTITIVE_OPENING = /^[\s,;]*(?:其中|(?:以上|上述)[\u4e00-\u9fff]{0,8}中\s*[,:])/;

/** A clause that opens on the report's own year named by word: ",本年度自评得分…", ";今年实际支出…". */
const THIS_YEAR_CLAUSE = /(?:^|[,;:。])\s*(?:本年度?|今年|当年)[^,;:。]*$/;

/** "上年决算数", "2022年决算数" in a 2023 report: a figure of another year, not this report's. */
function otherYear(prefix: string, year: number | null, measure?: Measure, ownYearBefore = false): boolean {
  // "2022年度部门预算执行率为95.2%": the unit's words between the year and the label leave it that year's,
  // and so do the “三公” funds named as the subject ("2021年度“三公”经费合计支出20.12万元")
  // (their spending named before 决算, "2022年度“三公”经费(财政拨款)支出决算8.50万元", only after the sentence stated the
  // report year's: alone, a report on 2023 that heads its “三公” account 2022年 has the year wrong, not the figure)
  const threePublicSubject = ownYearBefore ? THREE_PUBLIC_SPENT_SUBJECT : THREE_PUBLIC_SUBJECT;
  const p = prefix
    .replace(/[\s:]+$/, '')
    .replace(
      new RegExp(String.raw`(?:(?:本|我)?(?:部门|单位)|(?:该|本|此)(?:子项目|项目|专项)?|整体|全年|本级|,|${threePublicSubject})+$`),
      '',
    )
    // "2023年完成支付…", "2022年实际支出…", "2021年累计拨付…": an adverb or 完成 between the year and the label
    .replace(/(?:完成|实际|累计|共计?|已)+$/, '');
  // the year before ("上年"), or the next one a proposal is for ("建议下年度预算安排…")
  if (/(?:上年|上一年|去年|上年度|同期|下年|下一年|明年|次年)(?:度)?$/.test(p)) return true;
  // "2021-2023年累计安排资金1200万元,其中2023年安排400万元": a span of years, the report's among them, is not its year
  if (/\d{4}\s*年?\s*(?:-|—|–|~|至|到)\s*\d{4}\s*年度?$/.test(p)) return true;
  const m = /(\d{4})\s*年度?$/.exec(p);
  if (m) return year !== null && Number(m[1]) !== year;
  // "2022年同类项目执行率为94.5%", "2022年市级平均执行率": a rate or spending (what a year did, unlike money granted in
  // it ahead of the next) under another year that opens its clause is that year's, whoever's words stand between
  if (measure !== 'rate' && measure !== 'executed') return false;
  const opening = /(?:^|[,;。:])\s*(\d{4})\s*年度?[\u4e00-\u9fff]{1,6}$/.exec(p);
  return !!opening && year !== null && Number(opening[1]) !== year;
}

/**
 * A sentence that opens on a year other than the report's (after its list number, or after a short lead-in of words alone,
 * "据了解,2013年…", "此外,2022年…") and names the report's nowhere but to compare with: what it states is that year's.
 */
function sentenceOfOtherYear(text: string, year: number | null): boolean {
  if (year === null) return false;
  const opened = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.]\s*)?(?:[\u4e00-\u9fff]{1,6}[,，]\s*)?(\d{4})\s*年/.exec(text);
  if (!opened || Number(opened[1]) === year) return false;
  // the report's year named only to compare with ("较2010年压缩2%") is not what the sentence states
  return !text.replace(new RegExp(`(?:较|比|与|同)\\s*${year}\\s*年度?`, 'g'), '').includes(`${year}年`);
}

/** A clause (the context's last) that opens on a year other than the report's, or on the year before (上年 / 去年). */
function clauseOfOtherYear(context: string, year: number | null): boolean {
  const clause = context.split(/[,;。:]/).pop() ?? '';
  // "…总额为63.46万元,而2022年度预算安排的…": a conjunction before the year leaves the clause opening on it
  const opened = /^\s*(?:而|但是?|同时)?\s*(?:(\d{4})\s*年度?|上一?年度?|去年)/.exec(clause);
  if (!opened) return false;
  return opened[1] ? year !== null && Number(opened[1]) !== year : true;
}

/**
 * "“三公”经费502.4万元": “三公” named right before the amount, with no verb, names their total; so do
 * "“三公”经费决算总额" (what was spent) and "“三公”经费预算总计" (what was budgeted).
 */
// ("“三公”经费决算支出数为842.16万元": 决算 / 预算 may come before 支出 as well as after it; "因公出国(境)费、公务接待费
// …(“三公”经费)决算总额": the name in brackets after the items it gathers still heads what follows)
// (only a bracket that holds the name alone: "(不含“三公”经费)决算总额" is what is left without them)
// ("我院2014年三公经费开支53.65万元": 开支 is 支出's synonym)
const THREE_PUBLIC_AT_END = new RegExp(
  String.raw`(?:\((?:以下简称|以下称|简称|即)?${THREE_PUBLIC_FUNDS}\)|${THREE_PUBLIC_FUNDS})(?:支出|开支)?(决算|预算)?(?:支出)?数?(?:合计|总额|共计|总计)?$`,
);

function threePublicItemAtEnd(context: string): string | undefined {
  const plain = context.replace(FILLER_TAIL, '');
  const total = THREE_PUBLIC_AT_END.exec(plain);
  // "本部门财政拨款安排“三公”经费502.4万元": what is arranged (安排) or budgeted is their budget
  // ("预算安排的“三公”经费总额为63.46万元" too: a scanned 2018 evaluation's words, read as their spending)
  if (total)
    return total[1] === '预算' || (total[1] !== '决算' && /(?:安排|预算)的?$/.test(plain.slice(0, total.index)))
      ? 'threePublic.budget'
      : 'threePublic.total';
  const tail = plain.replace(/(?:支出|经费|费用)$/, '费');
  for (const item of THREE_PUBLIC_ITEMS) {
    const m = new RegExp(`(?:${item.label.source})$`).exec(tail);
    // (several items named together share the amount: it is none of theirs alone)
    if (m) return enumeratedFamilies(tail) > 1 ? undefined : item.key;
  }
  return undefined;
}

/**
 * "公务接待费预算5万元,支出4万元": a clause that names no “三公” item, nor the “三公” as a whole, goes on with the
 * item its sentence named last, for a measure that item has not stated yet (its budget, then its spending);
 * a second amount of the same measure ("…支出3万元,合计7万元") is no longer that item's.
 */
function itemGoingOn(sentenceFigures: Found[], suffix: string): string | undefined {
  const last = sentenceFigures.findLast((f) => f.key.startsWith('threePublic.'));
  const item = last?.key.replace(/\.(?:budget|initialBudget|rate)$/, '');
  if (!item || item === 'threePublic' || item === 'threePublic.total' || item === 'threePublic.initialBudget') return undefined;
  return sentenceFigures.some((f) => f.key === `${item}${suffix}`) ? undefined : item;
}

// (a “三公” 年初预算 is its own quantity: stated beside the 全年预算 it is no second statement of it, and a completion
// rate is of the 全年预算 unless the text says otherwise)
const THREE_PUBLIC_MEASURE: Partial<Record<Measure, string>> = {
  budget: '.budget',
  initial: '.initialBudget',
  executed: '',
  rate: '.rate',
};
/**
 * Under “三公”, "支出合计" / "支出" (a total of the accounts elsewhere) is what was spent on them, and
 * so is "财政拨款支出合计" ("“三公”经费财政拨款支出合计38.72万元").
 */
const THREE_PUBLIC_SPENT = new Set(['expense.total', 'expense.fiscal']);

/** A programme quoted inside a name before its brackets ("“一村一幼”运转补助"): one piece of the name. */
const QUOTED_IN_NAME = String.raw`“[^“”\d,;。]{1,12}”`;

/**
 * A project's name, then brackets: "农村道路维护项目(预算60万元,支出58万元)"; a programme quoted inside the name is part of it
 * ("“一村一幼”运转补助(预算18.90万元,…)").
 */
const NAMED_BRACKET = new RegExp(String.raw`((?:[^\s\d,、:;()“”]|${QUOTED_IN_NAME}){2,30}?(?:项目|工程|专项|经费))\(([^()]{4,80})\)`, 'g');

/** A name an item's brackets may follow: no reference back (该项目), no generic head, nothing names.ts refuses. */
const isItemName = (name: string) => name.length >= 2 && !SELF_REFERENCE.test(name) && !GENERIC_HEAD.test(name) && !refusal(name);

/** The bracketed statements of named projects in a sentence, by their parentheses' offsets. */
function namedBrackets(text: string): { name: string; open: number; close: number }[] {
  const out: { name: string; open: number; close: number }[] = [];
  for (const m of text.matchAll(NAMED_BRACKET)) {
    const name = cleanName(m[1].replace(/^[.、]+/, '').replace(/^(?:分别为|分别是|包括|包含|主要有|其中|和|及|以及)/, ''));
    if (!isItemName(name)) continue;
    const open = m.index + m[1].length;
    out.push({ name, open, close: open + m[2].length + 1 });
  }
  // names of any wording, when two or more follow each other joined by 、: "送戏下乡(预算50万元,支出48万元)、
  // 农家书屋更新(预算36万元,…)" — the list makes each bracket its name's, whatever the name ends with
  const any = [...text.matchAll(ANY_BRACKET)].filter((m) => MONEY_INSIDE.test(m[2]));
  // "…(预算150万元,支出130万元)和水质监测(…)": the last name joined by 和 / 及 / 以及 with no punctuation
  // before it, so the joiner is read as the name's first word; it is the list's
  const joinerOf = (b: RegExpExecArray) => (b.index > 0 && text[b.index - 1] === ')' ? (NAME_JOINER.exec(b[1])?.[0] ?? '') : '');
  const joined = (a: RegExpExecArray | undefined, b: RegExpExecArray | undefined) =>
    !!a && !!b && LIST_JOIN.test(text.slice(a.index + a[0].length, b.index) + joinerOf(b));
  const listed = any.filter((m, i) => joined(m, any[i + 1]) || joined(any[i - 1], m));
  for (const m of listed) {
    const open = m.index + m[1].length;
    if (out.some((b) => b.open === open)) continue;
    const name = cleanName(m[1].slice(joinerOf(m).length).replace(LIST_LEAD, ''));
    // a name of any ending must not be a figure's wording either ("预算资金(…)")
    if (!isItemName(name) || matchWording(name, '万元', { anyHead: true })) continue;
    out.push({ name, open, close: open + m[2].length + 1 });
  }
  return out.sort((a, b) => a.open - b.open);
}

/**
 * "…主要用于水质监测(预算50万元,支出50万元)": money in brackets right after a name that is no wording of the
 * unit's figures (nor a reference back to the report's own project, a funding source or a category) is that
 * name's, even where it is read as no task (alone, not a project's name): never the unit's figures. The
 * brackets' offsets. Not after an amount ("合计1000万元(财政拨款900万元,…)"): those are the amount's parts.
 */
function namedAsides(text: string): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  for (const m of text.matchAll(ANY_BRACKET)) {
    if (!MONEY_INSIDE.test(m[2]) || /元$/.test(m[1])) continue;
    const head = m[1].replace(ASIDE_LEAD, '');
    if (!isItemName(head) || matchWording(m[1], '万元', { anyHead: true })) continue;
    const open = m.index + m[1].length;
    out.push({ open, close: open + m[2].length + 1 });
  }
  return out;
}
/**
 * "2023年预算1200万元(2022年为1100万元)", "与2022年(预算1100万元,支出1050万元)相比": money in brackets that another
 * year opens or follows is that year's, an aside to the sentence: none of it the report's year's, and the sentence
 * goes on in the report's year after the bracket closes (the other year named inside it opens no other year's clauses).
 */
function otherYearAsides(text: string, year: number | null): { open: number; close: number }[] {
  const out: { open: number; close: number }[] = [];
  const other = (y: string | undefined) => (y === undefined ? false : year !== null && Number(y) !== year);
  for (const m of text.matchAll(BRACKETED)) {
    if (!MONEY_OR_RATE_INSIDE.test(m[1])) continue;
    const before = text.slice(0, m.index);
    const yearBefore = YEAR_BEFORE_BRACKET.exec(before);
    const yearInside = YEAR_OPENING_BRACKET.exec(m[1]);
    if (other(yearBefore?.[1]) || other(yearInside?.[1]) || PRIOR_YEAR_WORD.test(m[1]) || PRIOR_YEAR_BEFORE.test(before))
      out.push({ open: m.index, close: m.index + m[0].length - 1 });
  }
  return out;
}
const BRACKETED = /\(([^()]{2,80})\)/g;
const MONEY_OR_RATE_INSIDE = /\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:万元|元|亿元|%)/;
/** A year right before a bracket ("2022年(", "2022年度("). */
const YEAR_BEFORE_BRACKET = /(\d{4})\s*年度?$/;
/** A year opening a bracket's words ("(2022年为1100万元", "(2022年度:…"). */
const YEAR_OPENING_BRACKET = /^\s*(\d{4})\s*年度?/;
/** The year before named by word opening a bracket ("(上年为…", "(去年…"). */
const PRIOR_YEAR_WORD = /^\s*(?:上年度?|去年|上一年度?)/;
/** The year before named by word right before a bracket ("与上年(…)相比"). */
const PRIOR_YEAR_BEFORE = /(?:上年度?|去年|上一年度?)$/;

/** The words that lead into the name an aside follows: "其中项目资金主要用于水质监测" → "水质监测". */
const ASIDE_LEAD = /^.*(?:用于|包括|包含|分别为|分别是|主要有|其中)[:]?/;

const ANY_BRACKET = new RegExp(String.raw`((?:[^\s\d,、:;()“”。]|${QUOTED_IN_NAME}){2,30}?)\(([^()]{4,80})\)`, 'g');
const MONEY_INSIDE = /^[^\d]{0,12}\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元)/;
const LIST_JOIN = /^(?:、|和|及|以及)$/;
/** A joiner a name read right after a closing bracket opens with ("和水质监测"). */
const NAME_JOINER = /^(?:以及|和|及|与)(?=[\u4e00-\u9fff]{2})/;
/** What leads a list into its first name: "项目包括送戏下乡" → "送戏下乡". */
const LIST_LEAD = /^.*?(?:分别为|分别是|包括|包含|主要有|其中)[:]?/;

const isMoneyOrRate = (unit: Unit) => isMoneyUnit(unit) || unit === '%';

/** "8个项目", "3个子项目": a count of what the next amount covers, standing between the amount and its wording. */
const COUNTED_ITEMS = /\d+\s*个(?:子)?(?:项目|专项)\s*$/;

/** "项目支出包括委员活动经费36.3万元，扫黑除恶工作经费1万元…": an enumeration of project amounts. */
const PROJECT_LIST = /项目(?:支出|经费)(?:主要)?(?:包括|包含|有|用于)[:]?/;

/**
 * "一般公共预算收入完成56033万元,完成年初预算的45.5%。其中:国税部门完成22891万元,完成年初预算的51.1%;…
 * 财政部门完成4483万元,完成年初预算的24.99%": a sentence opening with 其中 after one whose subject is
 * revenue (收入, 收入完成, 收入累计实现) breaks that revenue down by collecting agency or by tax, and so do the
 * clauses it goes on to after ";". Their rates are what the revenue's parts reached, not the unit's
 * budget execution, and their lines are no tasks; income wordings inside ("其中:财政拨款收入800万元")
 * still read.
 */
const REVENUE_SUBJECT = /收入(?:累计|合计|总计|共)?(?:完成|实现|达到?|为)?\s*$/;
const PARTS_OPENING = /^[\s,;]*其中/;
/** The period a bulletin's sentence opens with ("1-5月,", "截至3月31日,", "1-11月份"), whose digits are no amount. */
const PERIOD_HEAD = /^[\s,]*(?:截至|截止)?[\s\d\-—~至月日年份底末.、,()]*(?:月|日|份|底|末)[,\s]*/;

function breaksDownRevenue(text: string, previous: string, partsBefore: boolean): boolean {
  if (partsBefore && /;\s*$/.test(previous)) return true;
  if (!PARTS_OPENING.test(text)) return false;
  const body = previous.replace(PERIOD_HEAD, '');
  const firstDigit = /\d/.exec(body);
  const head = body.slice(0, firstDigit ? firstDigit.index : body.length);
  return REVENUE_SUBJECT.test(head) && !head.includes('支出');
}

/**
 * A government's monthly bulletin names the period before its figures: "7月份全市地方公共财政预算收入完成
 * 170,024万元…。全市…支出完成372,527万元。1-7月,全市…累计完成…". A single month ("7月份", "本月", "当月")
 * opens one month's flow; a period from the year's start ("1-7月", "1至7月", "截至7月底", "上半年", "全年",
 * "2023年") closes it, either after a short lead-in of its own ("据快报统计,7月份…"). null: the sentence
 * names no period and the one before stands.
 */
const MONTH_OPENING = /^[\s,]*(?:[^\d,;。]{1,8},\s*)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份|本月|当月)/;
const FROM_YEAR_START =
  /^[\s,]*(?:[^\d,;。]{1,8},\s*)?(?:\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|截至|截止|上半年|下半年|前[一二三四五六七八九十\d]{1,3}个?(?:月|季度)|全年|\d{4}\s*年|累计)/;

function periodOpening(text: string): boolean | null {
  if (MONTH_OPENING.test(text)) return true;
  if (FROM_YEAR_START.test(text)) return false;
  return null;
}

/**
 * `kind` is the report's kind; `budgetDocument` says that its title names it a budget (部门预算,
 * 收入预算 …), whose amounts are all budgeted (LABELS.md convention 4); `government` that it is a
 * government's own text, whose area-wide (全县, 全镇) figures are its own.
 */
export function extractProse(
  segments: Segment[],
  year: number | null = null,
  kind: ReportKind = 'other',
  budgetDocument = false,
  government = false,
  titleZone = '',
  department: string | null = null,
): ProseResult {
  const project = kind === 'project';
  // a department's report on its own accounts (not a government's, nor an unknown text's)
  const ownAccounts = (kind === 'department-overall' || kind === 'final-accounts') && !government;
  // a report looking back on its year (a self-evaluation, a final account), not a government's bulletin of a period
  // (a monitoring report or an in-year bulletin of any kind states its progress by a date: marked the same way)
  const looksBack =
    (kind === 'department-overall' || kind === 'project' || kind === 'final-accounts' || namesInYearProgress(titleZone)) &&
    !government &&
    !budgetDocument;
  const figures: Found[] = [];
  const taskFragments: TaskFragment[][] = [];
  // inside a section of targets ("(三)部门整体支出绩效目标"), a rate is one aimed at, not one reached
  let targets = false;
  // in a project's report, inside a section of the unit's own money or state ("二、部门整体情况", "一、单位概况"), a sentence
  // naming no project states the unit's money, not the project's
  let unitSection = false;
  // inside a section the “三公” funds head alone ("(一)“三公”经费支出情况"), the amounts a sentence states of no one else are theirs
  let threePublicSection = false;
  // a form whose rows carry a 行次 (row number) column, as transfer-payment evaluation forms do
  const rowNumbered = segments.some((s) => ROW_NUMBER_HEADER.test(s.text));
  let lastHeading: string | undefined;
  // "(一)高标准农田建设项目" heading a section of its own in a department's report: the money its
  // paragraphs state (under sub-headings such as "1.项目概况。") is that project's, until a heading of
  // the same level or higher
  let itemSection: { name: string; rank: number } | undefined;
  // a heading that is one class of spending ("(一)人员经费"): the subjectless sentences below state that class's money
  let classSection: { name: string; rank: number } | undefined;
  // the paragraph before was a line of its own stating one amount of the unit's budget or spending ("完成数:850.12万元")
  let lineAmountBefore: Segment | undefined;
  // the paragraph before ended on the unit's budget alone (see endsOnUnitBudget), under these headings
  let budgetParagraphBefore: { headings: string; budget: Found } | undefined;
  segments.forEach((seg, segAt) => {
    const amountLineBefore = lineAmountBefore;
    lineAmountBefore = undefined;
    const section = seg.headings[seg.headings.length - 1];
    if (section !== lastHeading) {
      lastHeading = section;
      unitSection = UNIT_SECTION.test(section ?? '');
      targets = TARGET_SECTION.test(section ?? '');
      threePublicSection = threePublicHeading(section ?? '');
      itemSection = undefined;
      const sectionClass = classOfHeading(section ?? '');
      classSection = sectionClass ? { name: sectionClass, rank: -1 } : undefined;
    }
    // a heading is read as a sentence too: "### 自评得分:94分" states its figure as a paragraph would, and a
    // .docx or .pdf copy of the same text reads it as one (pandoc takes a heading with no blank line above
    // for paragraph text; a PDF sets such a line in the body's size)
    if (seg.kind === 'cell' && !isSentenceCell(seg, segments)) return;
    // the unit a heading line declares, on the paragraph's first line or as the paragraph before
    const before = segments[segAt - 1];
    const first = linesOf(seg)[0];
    const firstLine = first ? seg.text.slice(first.start, first.end) : seg.text;
    const unitAbove = ((UNIT_HEADING_LINE.exec(firstLine) ??
      (before?.kind === 'paragraph' ? UNIT_HEADING_LINE.exec(before.text) : null))?.[1] ?? null) as Unit | null;
    let carriedFund: string | undefined;
    let carriedBasic: Found | undefined;
    // the budget whose split by nature the sentence before, closed by ";", was listing (see budgetSplitGoingOn)
    let carriedBudgetSplit: Found | undefined;
    // the sentence before spoke of revenue (收入), for a sentence that goes on listing its parts (see rateOfRevenue)
    let carriedRevenue = false;
    let wentOn = false;
    // the sentence before listed parts' spending after 其中 and went on past its ";" (see partSpending)
    let partsGoingOn: boolean = false;
    // the sentence before stated the unit's budget or its execution
    let unitBudgetBefore = false;
    // the sentence before ended on an amount of the unit's budget or spending (Wording.afterBudgetAmount)
    // "完成数:850.12万元" over "完成率:98.23%", each a line (a list item) of its own: the rate's line completes the
    // amount of the line right above it, as the sentence after an amount does in a paragraph
    let budgetAmountEnded =
      !!amountLineBefore &&
      amountLineBefore.headings.join('\n') === seg.headings.join('\n') &&
      KEY_VALUE_LINE.test(amountLineBefore.text) &&
      KEY_VALUE_LINE.test(seg.text);
    // a total of another year was passed over and its sentence goes on (after 其中, or past ";"): its parts too
    let carriedOtherYear = false;
    // the sentence before ended on the “三公” budget: a sentence opening on 其中 lists that budget's items
    let threePublicBudgetEnded = false;
    // the sentence before ended on 一般公共预算财政拨款支出: a sentence opening on 其中 splits that line's spending
    let fundSpendingEnded = false;
    let fundSplitGoingOn = false;
    // the sentence before stated the unit's budget and nothing else: a sentence opening on 其中 splits that budget
    // (the paragraph before too, when it ended so under the same headings: "2023年年初预算…万元。" a paragraph of its own)
    let unitBudgetEnded: Found | undefined =
      seg.kind === 'paragraph' && budgetParagraphBefore?.headings === seg.headings.join('\n') ? budgetParagraphBefore.budget : undefined;
    // the sentence before stated the unit's income total and no spending: a sentence opening on 其中 lists its parts
    let incomeTotalEnded = false;
    let namedItem: string | undefined;
    // "项目名称:X;预算金额:…;实际支出:…" in a department's report: the paragraph's money is X's
    let fieldItem: string | undefined;
    // "(一)一般公共服务支出(类)。" as a sentence of its own: the sentence after it states that class's line
    let classHeading = false;
    // the sentence before was an item's and went on after ";": this one may list the next item
    let inList = false;
    let previousText = '';
    // the sentence before, whose subject may be revenue that this one breaks down
    let previous: string | undefined;
    let revenueParts = false;
    // the sentences since "7月份" state one month's flow, until a period from the year's start is named
    let oneMonth = false;
    // the figures of the list the sentence goes on: sentences a semicolon closed ("预算执行率100%;得分10分。") are one
    // statement up to its full stop
    let listFirst = figures.length;
    // in the items announced one by one ("…执行情况为:A费预算10万元,执行9.2万元;B费…"), up to the full stop
    let announcedRun = false;
    for (const sentence of sentencesOf(seg)) {
      announcedRun =
        !!sentence.announced ||
        (/;\s*$/.test(previousText) && (announcedRun || (PARTS_LISTED.test(previousText) && sentence.segment === seg)));
      previousText = sentence.text;
      const threePublicBudgetBefore = threePublicBudgetEnded;
      threePublicBudgetEnded = false;
      const fundSpendingBefore = fundSpendingEnded;
      const fundSplitBefore = fundSplitGoingOn;
      const budgetAloneBefore = unitBudgetEnded;
      unitBudgetEnded = undefined;
      const incomePartsOpen = incomeTotalEnded && PARTS_LEAD.test(sentence.text);
      incomeTotalEnded = false;
      fundSpendingEnded = false;
      fundSplitGoingOn = false;
      const budgetAmountBefore = budgetAmountEnded;
      budgetAmountEnded = false;
      revenueParts = previous !== undefined && breaksDownRevenue(sentence.text, previous, revenueParts);
      // "(二)支出预算。2024年年初预算数520.25万元,…": a numbered label closed by a full stop heads the sentence after it
      const runInLabel = previous !== undefined && RUN_IN_LABEL.test(previous) ? previous : '';
      if (!LIST_GOES_ON.test(previous ?? '')) listFirst = figures.length;
      previous = sentence.text;
      oneMonth = periodOpening(sentence.text) ?? oneMonth;
      if (HEADING_LINE.test(sentence.text)) {
        unitSection = UNIT_SECTION.test(sentence.text);
        targets = TARGET_SECTION.test(sentence.text.trim());
        threePublicSection = threePublicHeading(sentence.text.trim());
      }
      // "分别为1200.5、1350.8、1320.6万元": the unit written once closes the values listed after 分别为
      const found = unitWrittenOnce(findNumbers(sentence.text, { bare: true }), sentence.text, (_, before) => RESPECTIVELY.test(before))
        .flatMap((n) => withDeclaredUnit(n, sentence.text, unitAbove, seg.text.slice(Math.max(0, sentence.start - 80), sentence.start)))
        .filter((n) => n.unit !== '个');
      // a 行次 form's row numbers are no amounts; the words before one name the amount after it
      const rowNumbers = rowNumbered ? found.filter((n) => isRowNumber(sentence.text, n)) : [];
      const numbers = found.filter((n) => !rowNumbers.includes(n));
      const contextText = rowNumbers.reduce((t, n) => t.slice(0, n.start) + ' '.repeat(n.end - n.start) + t.slice(n.end), sentence.text);
      if (!numbers.length) {
        // the heading on the sentence's last source line: "具体情况如下:" / "(一)公务接待费。" runs on from the line above
        const lineAt = Math.max(
          0,
          ...linesOf(seg)
            .map((l) => l.start - sentence.start)
            .filter((at) => at < sentence.text.length),
        );
        // ("具体情况如下: (一)公务接待费。" in one paragraph of a .docx or PDF copy: the heading after the colon)
        const lastLine = sentence.text.slice(lineAt);
        const colon = [...lastLine.matchAll(COLON_BEFORE_ITEM)].pop();
        const headingLine = ITEM_HEADING.test(lastLine) ? lastLine : colon ? lastLine.slice(colon.index + colon[0].length) : '';
        const heading = ITEM_HEADING.exec(headingLine)?.[1];
        const rank = heading ? enumeratorRank(headingLine) : null;
        const enclosing = itemSection;
        if (itemSection && rank !== null && rank <= itemSection.rank) itemSection = undefined;
        // "(一)A项目" then "1.B经费" below it (or "2.C经费" after B): a heading of a lower rank within an item's section
        // that names an item of its own opens that item's section (the money under it is B's), as one of A's own parts
        // (1.项目概况) does not
        const subItem = enclosing && heading && rank !== null && itemSectionName(heading);
        if (subItem) itemSection = { name: heading, rank };
        if (classSection && rank !== null && rank <= classSection.rank) classSection = undefined;
        const headingClass = heading && rank !== null ? classOfHeading(headingLine) : undefined;
        if (headingClass && rank !== null) classSection = { name: headingClass, rank };
        // sections open at the outer levels only (一、 / (一)): a "1、" line is as often a table's row run into text
        if (!project && heading && rank !== null && rank <= 1 && itemSectionName(heading)) itemSection = { name: heading, rank };
        // "动物防疫项目:" a paragraph of its own, a project's name and a colon: the paragraphs below state its
        // money ("年初预算36万元。" / "全年实际支出35万元,…"), never the unit's, until a heading, any numbered
        // line (the lowest rank) or the next such name
        const nameLine = heading ? null : NAME_LINE.exec(seg.text);
        if (
          !project &&
          nameLine &&
          !GENERIC_HEAD.test(nameLine[1]) &&
          !LIST_HEAD.test(nameLine[1]) &&
          !SECTION_HEADING.test(nameLine[1]) &&
          !refusal(nameLine[1])
        )
          itemSection = { name: nameLine[1], rank: 4 };
        // "(二)项目资金投入和使用情况。该项目…": a section's heading, not an item's name; 该项目 is the report's own
        namedItem = heading && !SECTION_HEADING.test(heading) ? heading : undefined;
        classHeading = FUNCTIONAL_HEADING.test(lastLine);
        const field = NAME_FIELD_ALONE.exec(sentence.text);
        if (!project && field && !refusal(field[1])) fieldItem = field[1];
        continue;
      }
      // "(一)党建工作。该项工作年初预算30万元…": the sentence after a numbered item's name speaks of it
      // "(一)公务接待费。2021年预算支出11.77万元": a “三公” item named by a heading of its own is the subject
      // of the sentence after it, whose amounts are that item's, never the unit's
      const headingItem = namedItem ? threePublicItem(namedItem) : undefined;
      let scope: Scope =
        classHeading && !ENUMERATOR.test(sentence.text)
          ? { type: 'ignored' }
          : namedItem && ITEM_REFERENCE.test(sentence.text)
            ? { type: 'item', name: namedItem }
            : headingItem && !THREE_PUBLIC.test(namedItem ?? '')
              ? { type: 'threePublic', item: headingItem }
              : scopeOf(
                  sentence.text,
                  numbers[0].start,
                  project,
                  inList,
                  numbers[0].unit === '%',
                  titleZone,
                  sentence.start === 0,
                  department,
                );
      namedItem = undefined;
      classHeading = false;
      // a numbered line of the item section's level or higher ("(二)基本支出:…") has left the section
      const lineRank = enumeratorRank(sentence.text);
      if (itemSection && lineRank !== null && lineRank <= itemSection.rank) itemSection = undefined;
      if (classSection && lineRank !== null && lineRank <= classSection.rank) classSection = undefined;
      if (itemSection && scope.type === 'department') scope = { type: 'item', name: itemSection.name };
      if (fieldItem && scope.type === 'department') scope = { type: 'item', name: fieldItem };
      // "(一)“三公”经费" over "预算:10万元" and "实际支出:8万元": the “三公” funds' budget and spending, never the unit's
      if (threePublicSection && scope.type === 'department') scope = { type: 'threePublic' };
      // "其中A项目资金300万元。该项目(预算50万元,支出48万元)…": in a department's report a project referred back
      // to is one of its items, whose money and rates are never the unit's, whichever project it is (no name to
      // give it: no task, no figure); a score stays as the other rules read it, and a text of unknown kind may be
      // a project's own
      if (
        ownAccounts &&
        scope.type === 'department' &&
        (kindOfUnit(numbers[0].unit) === 'money' || numbers[0].unit === '%') &&
        PROJECT_REFERRED_BACK.test(sentence.text.slice(0, numbers[0].start))
      )
        scope = { type: 'ignored' };
      // an announced item the rules could not name (a class of spending: "宣传培训费预算10万元"): its money is that item's,
      // never the unit's, where words before its amount name something
      if (announcedRun && scope.type === 'department' && namedBeforeMoney(sentence.text.slice(0, numbers[0].start), project))
        scope = { type: 'ignored' };
      const wasInList = inList;
      inList = scope.type === 'item' && sentence.text.trimEnd().endsWith(';');
      // "本年度部门预算1000万元,实际支出950万元;专项资金200万元,实际支出190万元": funds of one kind stated right
      // after the unit's budget, in the sentence its ";" goes on to, are a part of that budget: their spending is
      // no second statement of the unit's (in a project's own report they are as often the project's whole money)
      if (
        scope.type === 'department' &&
        !project &&
        wentOn &&
        unitBudgetBefore &&
        NAMED_FUNDS.test(sentence.text.slice(0, numbers[0].start))
      )
        continue;
      if (scope.type === 'ignored') continue;
      // "其中:国税部门完成22891万元,完成年初预算的51.1%;…": a collecting agency's or a tax's share of the
      // revenue named before, not a task (convention 7)
      if (revenueParts && scope.type === 'item') continue;
      const fragments: TaskFragment[] = [];
      /** The item the sentence speaks of now, when it has gone on past its first (see NEXT_ITEM). */
      let itemName: string | undefined;
      const sentenceFirst = figures.length;
      const revenueInherited = carriedRevenue && (wentOn || GOES_ON.test(sentence.text));
      /** An enumerated sentence's first money was read by no wording: its subject is not one the unit's figures name. */
      let unreadSubject = false;
      /** Money the sentence stated before any of its figures, read by no wording (a village's, a line's share). */
      let unreadMoney = false;
      // "(1)甲资金XX万元,资金支出XX元,执行率99.7%": a copy that masked the digits (a bidding or document
      // site's) left the line's money unread; its rate is still that line's, not the unit's
      if (ENUMERATED.test(sentence.text.slice(0, numbers[0].start)) && MASKED_MONEY.test(sentence.text.slice(0, numbers[0].start)))
        unreadSubject = true;
      const list = PROJECT_LIST.exec(sentence.text);
      // "农村道路维护项目(预算60万元,支出58万元)、桥梁安全检测项目(…)": amounts in brackets after a
      // project's name are that project's, never the unit's
      const bracketed = namedBrackets(sentence.text);
      for (const b of bracketed) {
        const inside = numbers.filter((n) => n.start > b.open && n.end <= b.close && isMoneyOrRate(n.unit));
        const items: TaskFragment[] = [];
        let from = b.open + 1;
        for (const n of inside) {
          // (the item is a project: a project's own wordings say what its amounts are, "(衔接资金45万元,已支付42.3万元)")
          const m = matchWording(sentence.text.slice(from, n.start), n.unit, { anyHead: true, project: true });
          from = n.end;
          if (m && m.wording.measure !== 'amount')
            items.push({
              name: b.name,
              measure: m.wording.measure,
              value: n.value,
              unit: n.unit,
              segment: seg,
              start: sentence.start + n.start,
              end: sentence.start + n.end,
            });
        }
        if (items.length) taskFragments.push(items);
      }
      const yearAsides = otherYearAsides(sentence.text, year);
      const asides = [...bracketed, ...namedAsides(sentence.text), ...yearAsides];
      const inBrackets = (n: NumberToken) => asides.some((b) => n.start > b.open && n.end <= b.close);
      const respective = respectiveContexts(sentence.text, numbers, {
        project: project || scope.type === 'item',
        anyHead: scope.type === 'item' || scope.type === 'threePublic',
      });
      let prevEnd = 0;
      // "2016年度支出合计628万元,其中:基本支出230万元,…;项目支出398万元" in a report on 2017: once another
      // year's total is passed over, what its sentence goes on to list is that year's, until the report's
      // own year is named again
      let otherYearOpen: boolean = carriedOtherYear;
      // "截至6月底,已支出500万元,执行率41.67%;截至12月31日,…": in a report looking back on its year, what a
      // period ending before the year does says is progress on the way, until the sentence names the whole year
      let interimOpen = false;
      /** Where the amounts such a period opened end, in the segment: the figures read from them are marked interim. */
      const interimEnds = new Set<number>();
      // and a date after the year's end ("截至2024年3月底"): the amounts after it are counted past the year (see Found.later)
      let laterOpen = false;
      const laterEnds = new Set<number>();
      // the last figure read was a funding line's side total (财政拨款收入总计 …)
      let fundSide = false;
      // the money several evaluations cover was passed over: the spending its sentence goes on to state is theirs too
      let severalScope = false;
      // a part's spending after 其中 was passed over: the rate its sentence goes on to state is that part's too, and
      // so are the parts a sentence it went on to past ";" lists ("…其中:部门支出…,支出进度89.45%;乡镇支出…")
      let partSpending: boolean = wentOn && partsGoingOn;
      // in a project's report, the unit's own money was passed over (部门预算总额…): the spending and rate its sentence goes
      // on to state are the unit's too, until the sentence turns to the project again (本项目 / 该项目 / 其中项目…)
      let unitMoneyOpen = false;
      carriedOtherYear = false;
      /** Whether an amount of the sentence was read as one of the unit's budget or spending figures. */
      const readAsCompleted = (x: NumberToken) =>
        figures.slice(sentenceFirst).some((f) => f.end === sentence.start + x.end && COMPLETED_AMOUNTS.has(f.key));
      let previousNumber: NumberToken | undefined;
      let previousContext = '';
      // a formula's result right after its last "=": the rate its clause's head names (labelStart, like every match's,
      // counted from the context's start)
      const workedFormula = (x: NumberToken, context: string): WordingMatch | null => {
        if (!/^\s*=\s*$/.test(context)) return null;
        const clauseStart = Math.max(...[',', ';', '。'].map((p) => sentence.text.lastIndexOf(p, x.start - 1))) + 1;
        const found = formulaResult(sentence.text.slice(clauseStart, x.start), x.unit);
        return found ? { ...found, labelStart: clauseStart + found.labelStart - (x.start - context.length) } : null;
      };
      const fieldLines = fieldLineStarts(sentence);
      for (const n of numbers) {
        const numberBefore = previousNumber;
        previousNumber = n;
        const contextBefore = previousContext;
        if (inBrackets(n)) {
          // (after another year's aside the next amount's words start past its bracket: "…(2022年为1100万元),支出…")
          prevEnd = Math.max(n.end, ...yearAsides.filter((b) => n.start > b.open && n.end <= b.close).map((b) => b.close + 1));
          continue;
        }
        // "年初批复预算8个项目985万元": the count names what the amount covers, between the wording and its number
        const listed = respective.get(n);
        const contextStart = prevEnd;
        const context =
          listed?.context ?? afterBreakdown(contextText, prevEnd, contextText.slice(prevEnd, n.start).replace(COUNTED_ITEMS, ''));
        // where the context ends: before its number, or a label listed before 分别为
        const contextEnd = listed?.end ?? n.start;
        prevEnd = n.end;
        previousContext = context;
        if (looksBack) {
          const period = periodBefore(context, year);
          // (a date after the year, "截至2024年3月底,累计支出150万元": what was spent by then, past the year's end, is no
          // second statement of the year's spending; alone it stands, as the report's only word on it)
          if (period) {
            interimOpen = period === 'interim';
            laterOpen = period === 'later';
          }
          if (interimOpen) interimEnds.add(sentence.start + n.end);
          if (laterOpen) laterEnds.add(sentence.start + n.end);
        }
        if (otherYearOpen) {
          const named = [...context.matchAll(/(\d{4})\s*年/g)].pop();
          // "上年度自评得分90分,本年度自评得分93分": a clause that names the report's year by word closes the other year's too
          if (!THIS_YEAR_CLAUSE.test(context) && (!named || Number(named[1]) !== year)) continue;
          otherYearOpen = false;
        }
        const at = (x: NumberToken) => ({ segment: seg, start: sentence.start + x.start, end: sentence.start + x.end });
        if (list && n.start > list.index && (n.unit === '万元' || n.unit === '元' || n.unit === '亿元')) {
          const name = context
            .replace(/^[\s,、;:和及以及]+/, '')
            .replace(list[0], '')
            .replace(/[:\s]+$/, '')
            .trim();
          const listed = context.includes(list[0]) ? context.slice(context.indexOf(list[0]) + list[0].length).trim() : name;
          if (/^[\u4e00-\u9fff()“”"a-zA-Z0-9]{2,40}$/.test(listed) && !matchWording(listed, n.unit)) {
            taskFragments.push([{ name: listed, measure: 'executed', value: n.value, unit: n.unit, ...at(n) }]);
            continue;
          }
        }
        // inside a task's sentence, "预算 200 万元" after the task's name is its budget
        const anyHead = scope.type === 'item' || scope.type === 'threePublic';
        // "…155.85万元、…补助资金4.39万元": an item of an enumeration is a part, never the project's own funds
        // (and so is every amount of a sentence that opens with 其中: "其中:甲镇下达资金50万元,乙镇下达资金30万元", or with
        // 以上…中 / 上述…中, among what it has listed: "以上任务中,A奖补资金9779万元由…管理实施")
        const listItem = /^\s*、/.test(context) || PARTITIVE_OPENING.test(sentence.text);
        // "…其中基本支出300万元,项目支出200万元" in a project's report: the unit's split by nature, whose 项目支出
        // is no spending of the project's
        const unitSplit = project && UNIT_SPLIT_BEFORE.test(sentence.text.slice(0, n.start));
        // the sentence named the report's year before this amount ("2023年度…7.20万元,2022年度…8.50万元")
        const reportYearBefore = year !== null && sentence.text.slice(0, n.start).includes(`${year}年`);
        const budgetRead = budgetDocument ? budgetedAmount(context, n.unit) : null;
        const match =
          budgetRead ??
          matchWording(context, n.unit, {
            anyHead,
            project: (project || scope.type === 'item') && !listItem && !unitSplit,
            fieldLineAt: listed ? undefined : new Set([...fieldLines].map((at) => at - contextStart)),
            titleZone: scope.type === 'department' ? titleZone : undefined,
            department: scope.type === 'department' && !project ? (department ?? undefined) : undefined,
          }) ??
          (scope.type === 'department' && numberBefore && OF_THE_AMOUNT.test(context)
            ? shareOfStatedBudget(contextBefore, n.unit, figures.slice(sentenceFirst), sentence.start + numberBefore.end)
            : null) ??
          workedFormula(n, context);
        // "共支出整合资金22950.39万元,支出进度100%,其中:部门支出11990.67万元,乡镇支出10959.72万元": spending that
        // 其中 (or a split's lead, 按乡镇分) opens after the sentence's amount, under a subject of its own (部门, 乡镇,
        // 中央资金), is that part's spending, not the unit's, and so is what its sentence goes on to state ("…,其中已支出
        // 480万元" names no part: of the amount, what was spent)
        if (
          (match
            ? match.wording.key === 'budget.executed' || match.wording.key === 'expense.total'
            : isMoneyUnit(n.unit) && SPENDING_WORD_END.test(context)) &&
          scope.type === 'department' &&
          ((PARTS_LEAD.test(context) && numbers.some((x) => x.end <= n.start && isMoneyUnit(x.unit))) ||
            (partSpending && n === numbers[0])) &&
          PART_SUBJECT.test((match ? match.prefix : context).replace(PARTS_LEAD, ''))
        )
          partSpending = true;
        // "…已支出12312.2万元,支出进度97.87%。其中:县农业农村局下达5000万元,已支出4900万元,支出进度98%;…": a sentence
        // that opens with 其中 after the unit's figures, its first amount under a subject of its own (the words before
        // its wording, or before the amount where none is read), lists the parts: their money is no figure of the unit's
        if (
          !partSpending &&
          scope.type === 'department' &&
          n === numbers[0] &&
          unitBudgetBefore &&
          isMoneyUnit(n.unit) &&
          PARTS_LEAD.test(context) &&
          PART_SUBJECT.test((match ? match.prefix : context).replace(PARTS_LEAD, '')) &&
          !CLASS_SUBJECT.test((match ? match.prefix : context).replace(PARTS_LEAD, ''))
        )
          partSpending = true;
        // "河道清淤工程资金300万元": the funds a named project opens its sentence with are its budget
        if (!match && scope.type === 'item' && scope.funds && n === numbers[0] && isMoneyUnit(n.unit)) {
          const run = inList || /^[^。]*;\s*$/.test(sentence.text) || wasInList;
          fragments.push({ name: scope.name, measure: 'budget', value: n.value, unit: n.unit, ...at(n), ...(run ? { listed: true } : {}) });
          continue;
        }
        // "科普活动专项经费35万元,用于全年科普宣传" under "科普活动项目支出绩效自评报告": the evaluated project's funds and their
        // amount right after them, no wording's, are its budget, as an item's funds are the item's
        if (!match && scope.type === 'department' && scope.funds && n === numbers[0] && isMoneyUnit(n.unit) && !inBrackets(n)) {
          figures.push({ key: 'budget.total', value: n.value, unit: n.unit, rule: 'budget.total/项目资金', ...at(n) });
          continue;
        }
        if (!match) {
          if (isMoneyUnit(n.unit) && !figures.slice(sentenceFirst).length) unreadMoney = true;
          // (or an unread fund's line, "中央一般公共预算支出132512.65亿元,完成预算的98.9%" garbled past reading;
          // and in final accounts, whose spending is told class by class, any unread amount's)
          const head = sentence.text.slice(0, n.start);
          // (or a sentence cut at its start, whose subject no reader of this page can know)
          const unreadLine = ENUMERATED.test(head) || FUND_LINE.test(context) || kind === 'final-accounts' || CUT_OPENING.test(head);
          if (isMoneyUnit(n.unit) && !figures.slice(sentenceFirst).length && unreadLine) unreadSubject = true;
          // "其中公务接待费1.2万元,公务用车运行维护费5万元": an item named with its amount and no verb
          const item = scope.type === 'threePublic' && isMoneyUnit(n.unit) ? threePublicItemAtEnd(context) : undefined;
          // "2023年度公务接待费2.10万元,2022年度公务接待费2.50万元": named under another year that opens its clause, after
          // the sentence stated the report year's, the “三公” item is that year's, and so is what its sentence goes on to list
          // (and a sentence that opens on another year and never names the report's, "2011年审计署“三公”经费财政拨款预算中,
          // 因公出国(境)费617万元…" in a report on 2010, lists that year's items: next year's budget, last year's spending)
          if (item && ((clauseOfOtherYear(context, year) && reportYearBefore) || sentenceOfOtherYear(sentence.text, year))) {
            otherYearOpen = true;
            continue;
          }
          // "…“三公”经费财政拨款预算中,因公出国(境)费617万元,…": the items of a budget are budgeted amounts, and so are
          // those listed after 其中 right after the sentence that stated that budget ("…预算94.28万元。其中,因公出国…")
          const ofBudget = BUDGET_HEAD.test(head) || (threePublicBudgetBefore && PARTS_LEAD.test(head));
          const budgeted = item && ofBudget ? `${item}.budget` : item;
          if (budgeted)
            figures.push({
              key: budgeted,
              value: n.value,
              unit: n.unit,
              rule: `${budgeted}/item`,
              segment: seg,
              start: sentence.start + n.start,
              end: sentence.start + n.end,
            });
          // "财政拨款收入1,480万元,其他收入20万元,合计1,500万元": a bare 合计 that is the sum of the parts before it
          const bareTotal = BARE_TOTAL.test(context);
          const total = scope.type === 'department' && bareTotal ? totalOfParts(figures.slice(sentenceFirst), n) : null;
          if (total)
            figures.push({
              key: total,
              value: n.value,
              unit: n.unit,
              rule: `${total}/合计`,
              segment: seg,
              start: sentence.start + n.start,
              end: sentence.start + n.end,
            });
          // "上级下达资金50万元,县级配套10万元,合计60万元": a project's funds by source, then their sum, which
          // is the project's budget (the first source was read as the budget only for want of the total)
          // (parts two or more of which name items, "分配A剧院演出补助50万元,B文旅体局目连戏50万元,共计100万元", are a list's items
          // and the sum theirs: one allocation among the report's, no budget of its own)
          if (!total && project && scope.type !== 'item' && bareTotal) {
            const before = numbers.filter((x) => x.end <= n.start && isMoneyUnit(x.unit) && !inBrackets(x));
            const sum = sumInYuan(before, 'NaN');
            const whole = toYuan(n.value, n.unit) ?? 'NaN';
            const summed = (before.length >= 2 && sum.equals(whole)) || partsBeforeTheStop(seg.text, sentence.start, before, whole);
            if (summed && namedItemsAmong(sentence.text, before) < 2) {
              for (let k = figures.length - 1; k >= sentenceFirst; k--) if (figures[k].key === 'budget.total') figures.splice(k, 1);
              figures.push({ key: 'budget.total', value: n.value, unit: n.unit, rule: 'budget.total/合计', ...at(n) });
            }
          }
          // "财政安排支出共计87.06万元,余款安排下年支出": in a project's report, spending whose remainder is put off to
          // the next year is what was spent of its funds (without that remainder, "安排支出" may be the budget: none)
          if (
            project &&
            scope.type !== 'item' &&
            isMoneyUnit(n.unit) &&
            SPENT_TOTAL_BEFORE.test(context) &&
            REMAINDER_NEXT_YEAR_AFTER.test(sentence.text.slice(n.end)) &&
            !figures.slice(sentenceFirst).some((f) => f.key === 'budget.executed')
          ) {
            figures.push({ key: 'budget.executed', value: n.value, unit: n.unit, rule: 'budget.executed/余款下年', ...at(n) });
            continue;
          }
          // "按生均1000元安排,共计239万元,其中上级资金179.25万元,本级59.75万元": a project's bare total, then 其中 its funds
          // by source, which add up to it: the project's budget (parts that add up to no total leave it unread)
          if (
            !total &&
            project &&
            scope.type !== 'item' &&
            isMoneyUnit(n.unit) &&
            ALLOCATED_TOTAL.test(context) &&
            PARTS_OPEN_AFTER.test(sentence.text.slice(n.end)) &&
            !figures.slice(sentenceFirst).some((f) => f.key === 'budget.total')
          ) {
            const after = numbers.filter((x) => x.start >= n.end && isMoneyUnit(x.unit) && !inBrackets(x));
            const whole = toYuan(n.value, n.unit) ?? 'NaN';
            for (let k = 2; k <= after.length; k++) {
              if (!sumInYuan(after.slice(0, k), 'NaN').equals(whole)) continue;
              figures.push({ key: 'budget.total', value: n.value, unit: n.unit, rule: 'budget.total/共计其中', ...at(n) });
              break;
            }
          }
          continue;
        }
        // "全县一般公共预算支出完成35,620万元" in a department's report: the area's government's, not the unit's
        if (ownAccounts && FUND_TOTAL_KEY.test(match.wording.key) && WHOLE_AREA.test(match.prefix)) continue;
        // "财政拨款收入总计5939.19万元(…),支出总计5939.19万元(…)": a side's total that opens its clause after a
        // funding line's total is that line's other side (its words left out), not the unit's
        // (a note in brackets after the first amount, "(含年初财政拨款结转和结余)", is no subject)
        if (fundSide && SIDE_TOTAL_KEYS.has(match.wording.key) && !match.prefix.replace(/\([^()]*\)|[\s,、;:]/g, '')) continue;
        fundSide = FUND_SIDE_KEYS.has(match.wording.key) && !match.wording.bare;
        // ("上年度预算数900万元", "2022年度预算数": the wording 年度预算数 took the 年度 of the year named before it, which
        // the year's words get back; "2022年年末结转和结余": a year written whole before a wording that opens on 年 keeps its own)
        const yearInLabel = /年度?\s*$/.test(match.prefix) ? '' : (/^年度?/.exec(context.slice(match.labelStart))?.[0] ?? '');
        if (otherYear(match.prefix + yearInLabel, year, match.wording.measure, reportYearBefore)) {
          // a clause that opens on the other year ("2016年度支出合计"), not a comparison inside one ("比上年累计支出")
          otherYearOpen = CLAUSE_OPENS_ON_YEAR.test(context);
          continue;
        }
        // (the words right before the wording, for what they say of its amount)
        const lead = match.prefix.replace(/\s+$/, '');
        if (ONE_MONTH.test(lead) || PER_HEAD.test(lead) || PROJECTED.test(lead) || PART_BRACKET.test(lead)) continue;
        // "绩效目标为资金执行率达到100%", "计划执行率95%": a rate or spending aimed at, not one reached (a budget planned is the budget)
        // "年中追加预算800万元,执行750万元,执行率93.75%": a sentence opened by a change to the budget in the year speaks
        // of the money the change brought, its spending and rate that money's, not the unit's (a total after the change,
        // 调整后 / 全年 / 合计, speaks of the whole again); so does one opened by one quarter ("四季度支出1500万元,执行率100%")
        if (
          (match.wording.measure === 'rate' || match.wording.measure === 'executed') &&
          (ADJUSTMENT_OPENED.test(sentence.text) || ONE_QUARTER_OPENED.test(sentence.text)) &&
          !WHOLE_AGAIN.test(sentence.text.slice(0, n.start))
        )
          continue;
        // (and "绩效目标:全年完成支出5000万元,执行率100%": every clause after an aim's label states aims)
        if (
          (AIMED.test(lead) || AIM_OPENED.test(sentence.text.slice(0, n.start))) &&
          (match.wording.measure === 'rate' || match.wording.measure === 'executed')
        )
          continue;
        // "我局2023年部门预算总额500万元", "部门整体支出480万元" in a project's report: the unit's money, not the project's
        if (
          project &&
          scope.type === 'department' &&
          (match.wording.key.startsWith('budget.') || match.wording.key === 'expense.total') &&
          unitsOwnMoney(lastClause(lead) + context.replace(FILLER_TAIL, '').slice(match.labelStart))
        ) {
          unitMoneyOpen = true;
          continue;
        }
        // "二、部门整体情况" over "全年预算总额900万元,全年支出860万元…" in a project's report: the section of the unit's own
        // money, whose sentences naming no project state the unit's, not the project's
        if (
          project &&
          scope.type === 'department' &&
          unitSection &&
          (match.wording.key.startsWith('budget.') || match.wording.key === 'expense.total') &&
          !PROJECT_AGAIN.test(sentence.text.slice(0, n.start))
        )
          continue;
        if (unitMoneyOpen && PROJECT_AGAIN.test(context)) unitMoneyOpen = false;
        // ("县文化旅游局部门预算总额3500万元,全年支出3300万元,预算执行率94.29%": the unit's spending and rate)
        if (unitMoneyOpen && (match.wording.measure === 'rate' || match.wording.measure === 'executed')) continue;
        // and its split by nature after the unit's money or its 基本支出 (a project has none of its own): set against the
        // project's spending it would make a sum that is no one's
        if (
          project &&
          scope.type === 'department' &&
          NATURE_SPLIT_KEYS.has(match.wording.key) &&
          (match.wording.key === 'expense.basic' || unitSplit || UNIT_MONEY.test(sentence.text.slice(0, n.start)))
        )
          continue;
        // "自评得分90分以上为优", "80-90分为良": a bound of a scale or range is no statement of the figure
        // (the window holds "(含)以上" whole: "总分90分(含)以上为优")
        if (
          BOUND_AFTER.test(sentence.text.slice(n.end, n.end + 8)) ||
          RANGE_BEFORE.test(sentence.text.slice(Math.max(0, n.start - 12), n.start)) ||
          (match.wording.key === 'budget.executionRate' &&
            ANOTHER_RATE_CELL_AFTER.test(seg.text.slice(sentence.start + n.end, sentence.start + n.end + 12)))
        )
          continue;
        if (COMPARED.test(lead)) {
          // "决算数大于预算数55.93万元": not the budget, but how far spending went past it
          const overrun = OVERRUN.exec(lead);
          if (overrun && match.wording.key === 'budget.total' && isMoneyUnit(n.unit)) {
            const value = overrun[1] ? n.value : `-${n.value}`;
            figures.push({
              key: 'budget.overrun',
              value,
              unit: n.unit,
              rule: 'budget.overrun:决算数大于预算数',
              segment: seg,
              start: sentence.start + n.start,
              end: sentence.start + n.end,
            });
          }
          continue;
        }
        const { wording } = match;
        /** The amount before was the budget adjusted from, or a change to it after the year's first budget. */
        const adjustedBudget = (after: 'from' | 'change', prefix: string, before: string, amountBefore?: NumberToken) => {
          if (!amountBefore || !ADJUSTED_VERB_ONLY.test(prefix)) return false;
          // (the budget of another year adjusted, "2022年部门预算由…调整为…", "上年预算由…", is that year's)
          // (an item's sentence names the item before its budget's words: "A项目预算由80万元调整为100万元")
          if (after === 'from')
            return (
              (scope.type === 'item' ? ADJUSTED_FROM_WORDS : ADJUSTED_FROM).test(before) &&
              !otherYear(before.replace(ADJUSTED_FROM_WORDS, ''), year, 'budget')
            );
          const first = numbers.findLast((x) => x.end <= amountBefore.start && isMoneyUnit(x.unit));
          return (
            BUDGET_CHANGE.test(before) &&
            !!first &&
            // (the first budget the unit's, or an item's: "2、A项目:年初预算50万元,年中追加10万元,调整后为60万元")
            (figures
              .slice(sentenceFirst)
              .some((f) => f.end === sentence.start + first.end && (f.key === 'budget.initial' || f.key === 'budget.total')) ||
              fragments.some((f) => f.end === sentence.start + first.end && (f.measure === 'initial' || f.measure === 'budget')))
          );
        };
        // a bare 完成率 completes the amount right before it, which must be the unit's budget or spending
        // (or, for a budget, "调整后", a change to the year's first budget: "年初预算1,200万元,调增150万元,调整后为…")
        const afterChange =
          wording.afterBudgetAmount && wording.measure === 'budget' && adjustedBudget('change', match.prefix, contextBefore, numberBefore);
        if (wording.afterBudgetAmount && !afterChange && !(numberBefore ? readAsCompleted(numberBefore) : budgetAmountBefore)) continue;
        // (a budget so read, "调整后", follows the year's first budget only: what it adjusted)
        if (
          wording.afterBudgetAmount &&
          !afterChange &&
          wording.measure === 'budget' &&
          !(
            numberBefore &&
            figures.slice(sentenceFirst).some((f) => f.end === sentence.start + numberBefore.end && f.key === 'budget.initial')
          )
        )
          continue;
        // an adjustment's verb names the budget it gave only right after the amount it adjusted (Wording.afterAdjustedAmount)
        if (wording.afterAdjustedAmount && !adjustedBudget(wording.afterAdjustedAmount, match.prefix, contextBefore, numberBefore))
          continue;
        // the score in a bracket after the grade must close it ("优秀(95分)"), a bound inside it is the scale's
        if (wording.closesBracket && !BRACKET_CLOSED_AFTER.test(sentence.text.slice(n.end))) continue;
        // a bare 财政拨款 is a part of the income its sentence stated before it (or the sentence before, when this one
        // opens on 其中: "…本年收入合计42,828.97万元,比上年增长5.4%。其中:财政拨款17,229.68万元,…"), or no income
        if (wording.partOfIncome && !incomePartsOpen && !figures.slice(sentenceFirst).some((f) => INCOME_TOTALS.has(f.key))) {
          // (a fund's appropriation named so, "一般公共预算拨款450万元,执行430万元", opens that line's clause, as an unread
          // fund's line does above)
          if (isMoneyUnit(n.unit) && !figures.slice(sentenceFirst).length && FUND_LINE.test(context)) unreadSubject = true;
          continue;
        }
        // "全年预算数2089万元:其中中央资金预算资金合计1777万元": a budget that 其中 opens right after the sentence's
        // amount is one source's share of that amount, whatever budget words it repeats (under “三公”, a part that
        // names its item, "…,其中:公务接待费预算3万元", is that item's budget, which the “三公” reading below keeps)
        if (
          wording.key === 'budget.total' &&
          PART_AFTER_AMOUNT.test(context) &&
          numbers.some((x) => x.end <= n.start && isMoneyUnit(x.unit)) &&
          !(scope.type === 'threePublic' && threePublicItem(context))
        )
          continue;
        if (partSpending && (wording.key.startsWith('budget.') || wording.key === 'expense.total')) continue;
        // "中央下达补助资金300万元,省级下达40万元", "中央资金支出30万元,省级资金支出18万元": one level's part
        if (oneLevelsPart(wording.key, match.prefix, sentence.text, n.end)) continue;
        // "省级拨付我区补贴资金62万元,中央拨付16万元,上年度结余的资金6.47万元,共计84.47万元": an amount its sentence adds up
        // with the amounts after it into a 共计 / 合计 is one of the parts, not the project's budget or spending
        if (
          (wording.key === 'budget.total' || wording.key === 'budget.executed') &&
          summedAfter(toFullStop(sentence.segment.text, sentence.start), n)
        )
          continue;
        // "资金来源为中央财政资金500万元、省级配套资金100万元": the first of parts listed, not the project's funds
        if (!listed && wording.projectOnly && wording.measure === 'budget' && /^\s*、/.test(sentence.text.slice(n.end))) continue;
        // "省级资金转移支付124.23万元,为甲建设25万元,…,乙项目资金21.24万元": an item of the list of parts an amount
        // opened (其中 / 为 / 包括 / 用于 after it), not the project's funds, even where the list does not add up
        if (wording.projectOnly && wording.measure === 'budget' && PARTS_OPENED_BEFORE.test(sentence.text.slice(0, n.start))) continue;
        // "收到A资金5000万元,其中:…800万元;B补助资金2000万元,其中:…": a guess in a clause after ";" whose sentence stated money
        // before it is one of the clauses' totals, each a fund's, none the project's
        // (the unit's reading only: an item the sentence names keeps its own money, 甲项目资金合计100万元,…;乙项目资金合计80万元)
        if (
          scope.type === 'department' &&
          wording.projectOnly &&
          wording.measure === 'budget' &&
          !listed &&
          afterMoneyClause(sentence.segment.text, sentence.start + n.start)
        )
          continue;
        // "成本指标:项目总成本≤90万元,实际完成88.6万元": an indicator's target and actual value, never the budget's
        if (wording.key.startsWith('budget.') && notTheBudgets(sentence.text.slice(0, n.start), n)) continue;
        // "产出指标自评得分38分", "决策部分得分18分": the score of an indicator or part named right before its wording,
        // and "得分38分(满分40分)" out of marks short of 100: a sub-score (convention 8), not the overall score
        if (wording.key === 'eval.score' && (PART_SCORED.test(lead) || PART_MARKS_AFTER.test(sentence.text.slice(n.end)))) continue;
        // "效益指标:受益群众满意度95%,得分28分": a sentence an indicator's or a part's heading opens is that indicator's line,
        // its score a sub-score (convention 8) whatever stands between (a rate, a count) — unless its words name the whole
        // ("…,总得分93.6分", "综合得分")
        if (
          wording.key === 'eval.score' &&
          PART_HEADING_OPENS.test(lineBefore(seg, sentence.start, sentence.start + n.start)) &&
          !OVERALL_SCORE_WORDS.test(context.slice(match.labelStart))
        )
          continue;
        // "人员经费和公用经费合计980万元": two wordings joined, then their sum: the amount is neither's
        if (SUMMED_AFTER_JOINED.test(context) && joinedWording(match.prefix, n.unit, wording.key)) continue;
        // "预算执行率指标满分10分,得分9.5分": a sub-score out of the indicator's marks, not the overall score
        if (wording.key === 'eval.score' && FULL_MARKS_BEFORE.test(sentence.text.slice(0, n.start))) continue;
        // "1、投入25分,自评得分25分": the score of the part whose marks were just stated, a sub-score
        if (wording.key === 'eval.score') {
          // (the part's heading may be a line or a paragraph of its own above: "一、投入(20分)" over "自评得分20分。")
          const upTo = seg.text.slice(0, sentence.start + n.start);
          const above = !seg.text.slice(0, sentence.start).trim() && segAt > 0 ? `${segments[segAt - 1].text.slice(-40)}\n` : '';
          const part = PART_MARKS_THEN_SCORE.exec(tailBefore(above + upTo, above.length + upTo.length));
          if (part && !CHANGE_WORDS.test(part[1])) continue;
        }
        if (
          wording.key === 'eval.score' &&
          Number(n.value) === 100 &&
          FULL_MARKS_TOTAL.test(context) &&
          (SCORED_AFTER.test(sentence.text.slice(n.end)) ||
            BARE_TOTAL_SCORE.test(context) ||
            (!listed && fieldLines.has(contextStart + match.labelStart)))
        )
          continue;
        // "评价总分100分,自评得分93分": a total of 100 whose next clause opens on the score itself states the scale, not a
        // score (a perfect total followed by its parts, "自评总分100分,其中决策得分20分", keeps it)
        if (
          wording.key === 'eval.score' &&
          Number(n.value) === 100 &&
          /总分\s*(?:为|是|:)?\s*$/.test(context) &&
          (SCORE_CLAUSE_AFTER.test(sentence.text.slice(n.end)) || SCALE_AFTER.test(sentence.text.slice(n.end)))
        )
          continue;
        // "对14个项目开展重点评价,涉及财政资金8471.18万元": the money several evaluations cover, no one budget
        if (wording.key.startsWith('budget.') && SCOPE_LEAD.test(match.prefix) && SEVERAL_BEFORE.test(sentence.text.slice(0, n.start))) {
          severalScope = true;
          continue;
        }
        // "我馆共实施项目5个,预算合计300万元,执行280万元": several projects counted before the money, theirs together (one of
        // them the report's own, in a project's report), never the unit's or one project's budget; where a colon after the
        // count opens a named item ("共实施2个项目:A项目,预算60万元"), the count announces the list and the money is that item's
        if (
          scope.type !== 'item' &&
          wording.key.startsWith('budget.') &&
          SEVERAL_PROJECTS_COUNTED.test(sentence.text.slice(0, n.start)) &&
          !SINGLE_PROJECT_AGAIN.test(context)
        ) {
          severalScope = true;
          continue;
        }
        // "…项目5个,涉及预算资金1280万元,实际支出1200万元": what those evaluations' funds spent, no one budget's execution
        if (severalScope && (wording.key.startsWith('budget.') || wording.key === 'expense.total')) continue;
        if ((targets || AIM_OPENED.test(sentence.text.slice(0, n.start))) && wording.key === 'budget.executionRate') continue;
        // "东坪村12.5万元,西河村10.8万元,南岭社区15.2万元,执行率均为100%": a rate said of all of them (均 / 都) after
        // amounts no wording read, and no figure of the unit's, is those amounts' each, not the unit's budget's
        if (wording.key === 'budget.executionRate' && unreadMoney && figures.length === sentenceFirst && ALL_OF_THEM.test(context))
          continue;
        // "基本支出800万元,占全年预算的60%": a part of the spending set against the budget is that part's share of
        // it (convention 10), not the budget's execution, which is the whole spending's
        if (
          wording.key === 'budget.executionRate' &&
          SHARE_OF_BUDGET.test(context) &&
          SPLITS.has(figures.at(-1)?.key ?? '') &&
          figures.length > sentenceFirst
        )
          continue;
        // "全年预算1200万元,其中追加预算200万元,占全年预算的16.67%", "上年结转80万元,占调整预算的6%": the unit's share of
        // the budget is its execution only after its spending; after any other amount (a budget's part, a carry-in, money
        // no wording reads) it is that amount's share (convention 10)
        if (scope.type === 'department' && wording.key === 'budget.executionRate' && SHARE_OF_BUDGET.test(context)) {
          // (an aside in brackets after the spending, "(含上年结转50万元)", is not what the share is of)
          const shared = numbers
            .filter((x) => x.end <= n.start && isMoneyUnit(x.unit) && !withinParentheses(sentence.text, x.start))
            .at(-1);
          const spent = (x: NumberToken) =>
            figures.slice(sentenceFirst).some((f) => f.segment === seg && f.end === sentence.start + x.end && SPENDING_TOTALS.has(f.key));
          if (shared && !spent(shared)) continue;
          // "年中追加预算占全年预算的14.2%": with no amount before it, the share is of what its clause names, the unit's
          // execution only where that is its spending (支出 / 使用 / 执行 …)
          const clause = sentence.text.slice(0, n.start).split(/[,;:]/).pop() ?? '';
          if (!shared && !SPENDING_SUBJECT.test(clause.replace(SHARE_OF_BUDGET_ANYWHERE, ''))) continue;
        }
        // a part of the revenue just stated: its completion rate and amounts are the revenue's, never the budget's
        if (revenueParts && wording.key.startsWith('budget.')) continue;
        // "7月份全市…支出完成372,527万元。1-7月,…支出累计完成1,655,028万元": one month's spending is no total of the period's
        if (oneMonth && (FUND_TOTAL_KEY.test(wording.key) || wording.key.startsWith('budget.'))) continue;
        // "1.教育支出1595.95万元,…完成年初预算100%", "二是公用支出,合计80万元,已支出70万元,预算完成率87.5%":
        // in an enumerated line, a rate or a budget's spending after an amount no wording names is that
        // amount's (a spending class's, a fund's), not the unit's
        // ("2.住房保障支出219816.81元,其中基本支出219816.81元,项目支出0元": so is a split by nature after that amount, a
        // spending class's own split, not the unit's)
        // (and so is its 当年支出 / 本年支出, "一是设备购置支出,合计48万元,已于当年支出46万元": the class's spending, not the
        // unit's expense total; a 支出合计 after an unread amount in no numbered item, "…;加其他资金支出20万元,支出合计500万元",
        // still is the unit's)
        if (
          unreadSubject &&
          scope.type === 'department' &&
          (wording.measure === 'rate' ||
            wording.key.startsWith('budget.') ||
            SPLITS.has(wording.key) ||
            (wording.key === 'expense.total' && ENUMERATED.test(sentence.text.slice(0, n.start))))
        )
          continue;
        // "预算执行率93.90%,得分9.39分": a bare 得分 after a sentence's money is that line's sub-score (convention 8), and
        // after a list's, whose items semicolons close ("预算执行率100%;得分10分")
        if (wording.key === 'eval.score' && wording.bare && figures.slice(listFirst).some((f) => f.key.startsWith('budget.'))) continue;
        // "执行率每低于100%一个百分点扣0.5分,得分9.6分": a bare 得分 after a criterion's deduction is that criterion's (the
        // whole's words, "最终得分", "总得分", keep it the overall score)
        if (
          wording.key === 'eval.score' &&
          wording.bare &&
          DEDUCTION_STATED.test(sentence.text.slice(0, n.start)) &&
          !OVERALL_SCORE_WORDS.test(context.slice(Math.max(0, match.labelStart - 2)))
        )
          continue;
        const labelAt = sentence.start + (contextEnd - context.length + match.labelStart);
        const span = { segment: seg, start: labelAt, end: sentence.start + n.end };
        const readThrough = repairsWithin(seg.ocrRepairs, labelAt, span.end);
        if (scope.type === 'item') {
          // "…,D项目支出20万元,合计支出120万元,执行率100%": after a clause that totals the items, in a clause of its own, the
          // amounts are the total's, no more the last item's
          if (TOTAL_CLAUSE_BEFORE.test(sentence.text.slice(0, n.start))) continue;
          // "A项目预算80万元,B项目预算60万元,分别支出78万元、57.1万元": a clause giving the items an amount each in turn is
          // the list's (the task lists read it), no amount of the item the sentence opened on
          if (EACH_IN_TURN_CLAUSE.test(context) || (CLAUSE_CUE_ONLY.test(context) && JOINED_AMOUNT_AFTER.test(sentence.text.slice(n.end))))
            continue;
          // "其中,A项目执行率98.5%,B项目执行率92%": the sentence goes on to the next named item
          const next = NEXT_ITEM.exec(context)?.[1];
          if (next && !GENERIC_HEAD.test(next) && !SELF_REFERENCE.test(next) && !refusal(next)) itemName = next;
          if (wording.measure !== 'amount')
            fragments.push({ name: itemName ?? scope.name, measure: wording.measure, value: n.value, unit: n.unit, ...span });
          continue;
        }
        if (scope.type === 'threePublic') {
          const local = threePublicItem(context);
          // a budget document's 支出预算 of an item is what it budgets for it, not what was spent
          const suffix = budgetRead
            ? '.budget'
            : (THREE_PUBLIC_MEASURE[wording.measure] ?? (THREE_PUBLIC_SPENT.has(wording.key) ? '' : undefined));
          if (suffix === undefined) continue;
          // a clause that names the “三公” as a whole ("…,“三公”经费支出合计8万元") states their total, whatever item
          // the sentence opened on
          const whole = !local && THREE_PUBLIC.test(context);
          const carried = local || whole ? undefined : itemGoingOn(figures.slice(sentenceFirst), suffix);
          const base = local ?? carried ?? (whole ? undefined : scope.item) ?? 'threePublic.total';
          const key = base === 'threePublic.total' ? (suffix === '' ? 'threePublic.total' : `threePublic${suffix}`) : `${base}${suffix}`;
          figures.push({ key, value: n.value, unit: n.unit, rule: `${key}/${wording.id}`, ...span });
          continue;
        }
        // "总收入1,520万元(含上年结转20万元)", "…收入总计1,450万元,其中:年初结转和结余50万元,本年…": income
        // that says it holds the carry-in is the grand total (convention 3); the year's own is stated after it
        const after = sentence.text.slice(n.end, n.end + 24);
        // a final account's 总收入 is the money available, carry-in included, unless the text says there was none
        // (convention 3); elsewhere it is the year's income unless 本年收入 is stated too (Wording.yields)
        const accountsGrandTotal = kind === 'final-accounts' && wording.yields === 'income.grandTotal' && !NO_CARRY_IN.test(sentence.text);
        // "其中上年结转0万元": the carry-in stated after the amount is none
        const noCarryIn = carryInStatedZero(sentence.text.slice(n.end));
        const withCarryIn =
          accountsGrandTotal ||
          (!noCarryIn &&
            (wording.key === 'income.total' || wording.key === 'income.fiscal') &&
            (CARRY_IN_INCLUDED.test(after) ||
              CARRY_IN_FIRST_PART.test(after) ||
              // ("收入总计1,050万元,其中年初结转和结余70万元,本年收入合计980万元": 本年收入 is the year's own by its name)
              (CARRY_IN_SUMMED.test(sentence.text.slice(0, n.start)) && !YEARS_OWN_INCOME.test(context)))) ||
          // (本年收入 is the year's own by its name: a carry-in after its parts is stated beside it)
          (wording.key === 'income.total' &&
            !/本年收入/.test(context) &&
            !noCarryIn &&
            // (the parts may run on past the sentence's semicolon: read from the paragraph)
            CARRY_IN_AMONG_PARTS.test(partsRun(sentence.segment.text.slice(sentence.start + n.end))));
        if (withCarryIn && wording.key === 'income.fiscal') continue;
        // "收入共计1.23亿元,其中本年收入1.20亿元;支出共计1.23亿元,其中本年支出1.18亿元,年末结转和结余…": a total whose
        // first part is the year's own (本年收入 / 本年支出) holds more than the year's: the money available and its uses
        const yearsOwnFirst = YEARS_OWN_FIRST_PART.exec(sentence.text.slice(n.end))?.[1];
        const grandSide =
          yearsOwnFirst === '收入' && wording.key === 'income.total' && !/本年收入/.test(context)
            ? 'income.grandTotal'
            : wording.key === 'expense.total' &&
                !/本年支出/.test(context) &&
                (yearsOwnFirst === '支出' || OUTLAYS_ADDED.test(sentence.text.slice(0, n.start)))
              ? 'expense.grandTotal'
              : government && FUND_BALANCE_SUM.test(sentence.text.slice(0, n.start)) && /合计\s*(?:为|是|:)?\s*$/.test(context)
                ? wording.key === 'income.total'
                  ? 'income.grandTotal'
                  : wording.key === 'expense.total'
                    ? 'expense.grandTotal'
                    : undefined
                : undefined;
        const qualifier =
          qualifierOf(wording.key, match.prefix) ??
          shareOfFund(wording.key, sentence.text.slice(n.end)) ??
          levelFundOf(wording.key, context.slice(0, match.labelStart), context.slice(match.labelStart));
        // "2023年初部门预算安排资金3,562.18万元": a budget the year's start names is the initial budget
        const initial =
          wording.key === 'budget.total' &&
          (AT_YEAR_START.test(lead) ||
            (ADDITION_NEXT.test(sentence.text.slice(n.end)) &&
              !WHOLE_BUDGET.test(context) &&
              // (parts summed after it, "…,预算资金合计1,000万元": the parts and their 合计, read as such)
              !/合计|共计|总计/.test(sentence.text.slice(n.end))));
        // "政府性基金支出总计2,100万元,其中本级支出1,300万元,…,结转下年800万元。": a fund's 总计 / 合计 whose
        // parts (to the end of the sentence its 其中 opens) hold the carry-over to next year is all the fund's
        // money used, as 支出总计 is the unit's (convention 3), not what the fund spent; so is its income's
        // 总计 with the year before's balance among its parts (收入总计3,000万元,其中…上年结余900万元)
        const fundTotal = FUND_TOTAL_KEY.exec(wording.key);
        const fundUses =
          !!fundTotal &&
          /(?:总计|合计)\s*(?:为|是|:)?\s*$/.test(context) &&
          (fundTotal[1] === 'expense' ? /结转下年/ : /上年(?:结转|结余)/).test(seg.text.slice(sentence.start + n.end).split('。')[0]);
        // "项目总投资约2.6亿元": a works' whole cost hedged as an estimate is what it is to cost over its years, never the budget
        const estimateKey =
          wording.yields === 'budget.investment' && isEstimate(context, sentence.text.slice(n.end)) ? wording.yields : undefined;
        // "收入总计1,320.55万元,本单位无年初结转和结余": a grand total the text says holds no carry-in is the year's income
        // (convention 3, "unless the text says there is none"); a 本年收入合计 stated beside it still stands (it yields)
        // (not a fund's, or an area's, whose name opens the sentence: "全镇政府性基金收入上级补助收入0万元,加上上年结转
        // 收入0万元,收入总计0万元" states the fund's money, no unit's income)
        const grandWithoutCarryIn =
          wording.key === 'income.grandTotal' &&
          !FUND_OR_AREA_SUBJECT.test(sentence.text) &&
          (NO_CARRY_IN.test(sentence.text) || carryInStatedZero(sentence.text.slice(n.end))) &&
          !FUND_REVENUE_BEFORE.test(sentence.text.slice(0, n.start));
        const key = estimateKey
          ? estimateKey
          : grandWithoutCarryIn
            ? 'income.total'
            : withCarryIn
              ? 'income.grandTotal'
              : grandSide
                ? grandSide
                : fundUses && fundTotal
                  ? `${fundTotal[1]}.grandTotal.${fundTotal[2]}`
                  : initial
                    ? 'budget.initial'
                    : wording.key;
        figures.push({
          key,
          value: n.value,
          unit: n.unit,
          rule: `${estimateKey || grandWithoutCarryIn ? `${key}/` : withCarryIn ? 'income.grandTotal/' : grandSide ? `${grandSide}/` : fundUses ? `${key}/` : initial ? 'budget.initial/' : ''}${wording.id}${n.corrected || readThrough ? ` (ocr ${[n.corrected, readThrough].filter(Boolean).join(' ')})` : ''}`,
          ...span,
          ...(wording.yields && !estimateKey ? { yields: wording.yields } : {}),
          ...(grandWithoutCarryIn ? { yields: 'income.grandTotal' } : {}),
          ...(wording.executedAgainstBudget && !grandSide && !(wording.accountsLine && kind === 'final-accounts')
            ? { executedAgainstBudget: wording.executedAgainstBudget }
            : {}),
          ...(wording.againstBudgetOnly ? { againstBudgetOnly: true as const } : {}),
          ...(wording.projectOnly && !match.plainToo ? { candidate: true as const } : {}),
          ...(qualifier ? { qualifier } : {}),
        });
        // "本年收入合计、本年支出合计均为2,350万元": the wording joined before this one states the same amount
        const partner = SHARED_AMOUNT.test(context) ? sharedWith(match.prefix, n.unit, key) : null;
        if (partner) figures.push({ key: partner.key, value: n.value, unit: n.unit, rule: `${partner.key}/${partner.id}/shared`, ...span });
        if (wording.key === 'budget.total' && /预算收入$|收入预算$/.test(context.replace(FILLER_TAIL, ''))) {
          figures.push({ key: 'income.budgeted', value: n.value, unit: n.unit, rule: 'income.budgeted/预算收入', ...span });
        }
      }
      for (const f of figures.slice(sentenceFirst)) {
        if (interimEnds.has(f.end)) f.interim = true;
        if (laterEnds.has(f.end)) f.later = true;
      }
      const revenue = rateOfRevenue(figures.slice(sentenceFirst), sentence, revenueInherited);
      amountOfRevenue(figures.slice(sentenceFirst), sentence, numbers);
      budgetOfRevenue(figures.slice(sentenceFirst), sentence);
      // "其中:税务部门完成2,300万元,完成年初预算的48.6%": revenue collected by whom, no task's spending
      // (projects named after a sum received are where it went)
      const collectors = revenue && !fragments.some((f) => PROJECT_NAME.test(f.name));
      if (fragments.length && !collectors) {
        // in a project's own section, or after its name field, its sentences each state part of its line
        // (该项目年初预算…。截至年底支出…; 项目名称:X;预算金额:…;实际支出:…):
        // one row, the measures of the sentences after the first joined to it while none repeats
        const inSection = scope.type === 'item' && (scope.name === itemSection?.name || scope.name === fieldItem);
        supersedeChangedBudgets(fragments, sentence, numbers);
        for (const group of byItem(fragments)) {
          const last = taskFragments[taskFragments.length - 1];
          const joins = inSection && last?.[0].name === group[0].name && group.every((f) => !last.some((o) => o.measure === f.measure));
          if (joins) last.push(...group);
          else taskFragments.push(group);
        }
      }
      if (budgetDocument) budgetSides(figures, sentenceFirst, sentence, [...seg.headings, runInLabel]);
      if (budgetDocument) partsSumToSideTotal(figures, sentenceFirst, sentence, numbers);
      if (kind === 'final-accounts' || kind === 'department-overall')
        fundSpendingSubject(figures, sentenceFirst, sentence.text.slice(0, numbers[0].start));
      if (kind === 'final-accounts') fundGrandTotalParts(figures, sentenceFirst, sentence);
      setAgainstBudget(figures.slice(sentenceFirst), figures.slice(Math.min(listFirst, sentenceFirst)));
      withoutBudgetDropped(figures, sentenceFirst);
      natureLine(figures.slice(sentenceFirst), sentence.text, sentence.start);
      classLine(figures.slice(sentenceFirst), sentence.text, numbers[0].start, classSection?.name);
      levelFundLine(figures.slice(sentenceFirst), sentence.text, seg.text.slice(sentence.end), figures.slice(0, sentenceFirst));
      levelSharesSpent(figures.slice(sentenceFirst), seg.text, sentence.start);
      investmentProgress(figures.slice(sentenceFirst));
      rateOfFundsReceived(figures.slice(sentenceFirst), sentence.text);
      const basic = splitsFollowTheirTotal(
        figures.slice(sentenceFirst),
        carriedBasic,
        (fundSpendingBefore && PARTS_LEAD.test(sentence.text)) || fundSplitBefore,
        PARTS_LEAD.test(sentence.text) || splitsAddUpToBudget(figures.slice(sentenceFirst), sentence.text, budgetAloneBefore)
          ? budgetAloneBefore
          : carriedBudgetSplit,
      );
      if (!budgetDocument) budgetedIncomeParts(figures.slice(sentenceFirst));
      const fund = rateFollowsFund(figures.slice(sentenceFirst), carriedFund);
      withoutPublicFinanceBudget(figures, sentenceFirst, sentence);
      const continues = sentence.text.trimEnd().endsWith(';');
      carriedRevenue = revenue;
      wentOn = continues;
      partsGoingOn = partSpending;
      unitBudgetBefore = figures.slice(sentenceFirst).some((f) => f.key.startsWith('budget.'));
      const lastNumber = numbers.at(-1);
      budgetAmountEnded = !!lastNumber && readAsCompleted(lastNumber);
      if (budgetAmountEnded && seg.kind === 'paragraph') lineAmountBefore = seg;
      carriedFund = continues ? fund : undefined;
      carriedBasic = continues ? basic : undefined;
      carriedBudgetSplit = continues ? budgetSplitGoingOn(figures, sentenceFirst) : undefined;
      carriedOtherYear = continues && otherYearOpen;
      fundSpendingEnded = endsOnFundSpending(figures.slice(sentenceFirst));
      unitBudgetEnded = endsOnUnitBudget(figures.slice(sentenceFirst));
      incomeTotalEnded = endsOnIncomeTotal(figures.slice(sentenceFirst));
      // "其中:基本支出756.2万元,…;项目支出0万元": the split goes on past ";"
      fundSplitGoingOn = continues && figures.slice(sentenceFirst).some((f) => f.splitOf?.key === 'expense.generalPublic');
      threePublicBudgetEnded = statesOnlyThreePublicBudget(figures.slice(sentenceFirst));
    }
    budgetParagraphBefore =
      seg.kind === 'paragraph' && unitBudgetEnded ? { headings: seg.headings.join('\n'), budget: unitBudgetEnded } : undefined;
  });
  approvedBeforeAdjusted(figures);
  fundSplitsKeptTheUnits(figures);
  return { figures: withoutLoneFundCarryOver(figures), taskFragments };
}

/**
 * A funding line's split in the sentence its spending opens ("一般公共预算财政拨款支出720万元,其中基本支出600万元,…") is the
 * line's, apart from the unit's, only where the unit states its own spending as another amount (本年支出合计860.5万元):
 * where it states none, or the same amount, the unit's spending is that line's and so is its split (the labels record it
 * as the unit's 基本支出 / 项目支出), as before the split was qualified.
 */
function fundSplitsKeptTheUnits(figures: Found[]): void {
  const totals = figures.filter((f) => f.key === 'expense.total' && !f.qualifier);
  for (const f of figures) {
    const fund = f.splitOfFund;
    if (!fund) continue;
    delete f.splitOfFund;
    if (totals.length && totals.every((t) => t.value !== fund.value || t.unit !== fund.unit)) continue;
    delete f.qualifier;
    delete f.splitOf;
  }
}

/**
 * A funding line's name right before a carry-over's ("年末财政拨款结转和结余", "一般公共预算财政拨款年末结转和结余"): the
 * unit's funding lines (FUNDING_LINES: 财政拨款 and the three budgets it comes from), by any of their names.
 */
export const FUND_LINE_BEFORE = new RegExp(`${fundNames(isFundingLine)}(?:年末|年终)?$`);

/** A rate said of several at once: "执行率均为100%", "完成率都达到100%". */
const ALL_OF_THEM = /(?:均|都|全部)\s*(?:为|是|达到?|实现|在)?\s*:?\s*$/;

/** A budget named by its change in the year: 调整预算后 / 调整后预算 / 追加后 …. */
const ADJUSTED_BUDGET = /调整|调增|追加|变更/;
/** A change to the budget in the year, stated as its own amount: 调减 / 核减 / 调增 / 追加 / 调整. */
const BUDGET_CHANGED = /调减|核减|调增|追加|调整/;

/**
 * "部门预算批复1,056.32万元,其中基本支出预算…。年度内调整预算后为1,132.80万元": a budget named by no change, then, later in
 * its paragraph and before any spending, the budget named as adjusted: the first is the one the year started with
 * (budget.initial), as ADDITION_NEXT reads it when the adjusted one follows in the next clause; so is a budget followed by
 * a change and then the year's whole (全年实际下达). Not where the report states the initial budget by its own words, nor
 * where the two amounts agree.
 */
function approvedBeforeAdjusted(figures: Found[]): void {
  if (figures.some((f) => f.key === 'budget.initial')) return;
  const unqualified = (f: Found, key: string) => f.key === key && !f.qualifier;
  for (const [i, f] of figures.entries()) {
    if (!unqualified(f, 'budget.total') || WHOLE_BUDGET.test(f.segment.text.slice(Math.max(0, f.start - 8), f.end))) continue;
    for (const g of figures.slice(i + 1)) {
      if (g.segment !== f.segment || SPENDING_TOTALS.has(g.key) || g.key === 'budget.executionRate') break;
      if (!unqualified(g, 'budget.total')) continue;
      // (or named as the year's whole after a change stated between them: "下达我区111万元,其中…,调减40万元,全年实际下达71万元")
      const changedBetween = BUDGET_CHANGED.test(f.segment.text.slice(f.end, g.start));
      const adjusted = ADJUSTED_BUDGET.test(g.segment.text.slice(g.start, g.end));
      const wholeAfterChange = changedBetween && WHOLE_BUDGET.test(g.segment.text.slice(Math.max(0, g.start - 8), g.end));
      if ((adjusted || wholeAfterChange) && !(g.value === f.value && g.unit === f.unit)) {
        f.key = 'budget.initial';
        f.rule = `budget.initial/${f.rule}`;
      }
      break;
    }
  }
}

/**
 * "财政拨款支出总计355.2万元,其中年末财政拨款结转和结余6.5万元": a funding line's carry-over is that line's. Beside the
 * unit's own 年末结转和结余 it restates it where every line of the unit's is the fund's (kept as a mention, for
 * repeat.mismatch: see unitMoneyIsTheFunds); otherwise it is no carry-over of the unit's, and no carryover.end is read from it.
 */
function withoutLoneFundCarryOver(figures: Found[]): Found[] {
  const fundLine = (f: Found) =>
    f.key === 'carryover.end' && FUND_LINE_BEFORE.test(f.segment.text.slice(Math.max(0, f.start - 12), f.start));
  const units = figures.filter((f) => f.key === 'carryover.end' && !fundLine(f));
  if (!units.length) return figures.filter((f) => !fundLine(f));
  if (unitMoneyIsTheFunds(figures)) return figures;
  // the unit has money of its own: the fund's carry-over restates the unit's only where it is the same amount
  const restates = (f: Found) => units.some((u) => u.value === f.value && u.unit === f.unit);
  return figures.filter((f) => !fundLine(f) || restates(f));
}

/**
 * Whether the unit's income or spending is stated again, to the digit, as the general public budget's ("本年收入1095.76万元"
 * and "一般公共预算财政拨款收入1095.76万元"): every line of the unit's is then the fund's. Where the unit has money of its own
 * (事业收入, 其他收入), the fund's carry-over is a part of the unit's, not a restatement.
 */
function unitMoneyIsTheFunds(figures: Found[]): boolean {
  const first = (key: string) => figures.find((f) => f.key === key && !f.qualifier);
  const same = (unitKey: string, fundKeys: string[]) => {
    const unit = first(unitKey);
    return (
      !!unit &&
      fundKeys.some((k) => {
        const fund = first(k);
        return !!fund && fund.value === unit.value && fund.unit === unit.unit;
      })
    );
  };
  return same('income.total', ['income.generalPublic', 'income.fiscal']) || same('expense.total', ['expense.generalPublic']);
}

/** A clause that gives several items an amount each in turn (",分别支出", ",实际支出分别为"), 分别 before its amount. */
const EACH_IN_TURN_CLAUSE = /(?:^|[,;])[^,;。\d]{0,8}分别[^,;。\d]{0,6}$/;
/** A clause of a few words before its amount (a cue: ",已支付"), and another amount joined to that one after it ("、57.1万元"). */
const CLAUSE_CUE_ONLY = /[,;][^,;。\d]{0,8}$/;
const JOINED_AMOUNT_AFTER = /^\s*[、和]\s*\d/;
/** "…分别为" ends the text before a list's first value: the values go one by one to the labels listed before it. */
const RESPECTIVELY = /分别(?:为|是|达到|达)?\s*:?\s*$/;
/** What joins the labels ("全年预算数、全年执行数和执行率") and the values ("632.5万元、628.1万元和99.3%"). */
const LIST_JOINER = /\s*(?:、|和|及|与|以及|,)\s*/;
const VALUE_GAP = /^\s*(?:、|和|及|与|以及|,)\s*$/;

/**
 * Figure wordings listed before 分别为 and as many values after it, in the same order:
 * "全年预算数、全年执行数分别为632.5万元、628.1万元". Each value's context is its own label (the first
 * keeps the words before it, which say whose it is); null where a label is no figure's wording or the
 * counts differ. Names listed so ("A项目、B项目分别安排…") are the task lists' to read.
 */
function respectiveContexts(
  text: string,
  numbers: NumberToken[],
  opts: { project: boolean; anyHead: boolean },
): Map<NumberToken, { context: string; end: number }> {
  const out = new Map<NumberToken, { context: string; end: number }>();
  let prevEnd = 0;
  numbers.forEach((n, i) => {
    const before = text.slice(prevEnd, n.start);
    const from = prevEnd;
    prevEnd = n.end;
    const cue = RESPECTIVELY.exec(before);
    if (!cue) return;
    const list = before.slice(0, cue.index);
    const clauseAt = Math.max(...[',', ';', ':', '。'].map((c) => list.lastIndexOf(c))) + 1;
    const labels: { text: string; end: number }[] = [];
    let at = clauseAt;
    for (const part of list.slice(clauseAt).split(LIST_JOINER)) {
      const start = list.indexOf(part, at);
      labels.push({ text: part, end: from + start + part.length });
      at = start + part.length;
    }
    if (labels.length < 2 || i + labels.length > numbers.length) return;
    const values = numbers.slice(i, i + labels.length);
    if (values.some((v, k) => k > 0 && !VALUE_GAP.test(text.slice(values[k - 1].end, v.start)))) return;
    const contexts = labels.map((l, k) => (k === 0 ? { context: text.slice(from, l.end), end: l.end } : { context: l.text, end: l.end }));
    if (contexts.some((c, k) => !matchWording(c.context, values[k].unit, opts))) return;
    values.forEach((v, k) => out.set(v, contexts[k]));
  });
  return out;
}
