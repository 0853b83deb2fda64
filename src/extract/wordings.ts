/**
 * The wordings reports use for each figure: data, not code. A wording is matched at the END of
 * the text that precedes a number in its clause (after filler such as 为 / 是 / 达 / : is
 * stripped), so "全年预算数 7143.45 万元" and "预算收入为 69.06 万元" are read the same way
 * whatever comes before them. Order matters: the first wording that matches wins, so the more
 * specific wordings (年初预算 before 预算, 一般公共预算财政拨款收入 before 财政拨款收入) come first.
 *
 * Adding a wording is one line here and one case in test/extract/wordings.test.ts.
 */

/** What a number measures, independent of whose number it is (the department's, a task's, the “三公” funds'). */
export type Measure =
  | 'initial' // 年初预算
  | 'budget' // 全年 / 调整后 预算
  | 'executed' // 执行数 / 决算数 / 实际支出
  | 'rate' // 执行率
  | 'amount'; // any other department-level amount (income, expense parts, carry-over)

export type ValueKind = 'money' | 'percent' | 'points' | 'grade' | 'count';

export interface Wording {
  /** Canonical key for a department-level statement; tasks and “三公” items use `measure` instead. */
  key: string;
  measure: Measure;
  kind: ValueKind;
  label: RegExp;
  /**
   * Only when nothing but an enumerator, a year or "本年/全年" precedes the label in the clause:
   * a bare "收入" or "支出" is the total only at the head of a sentence ("2、支出:799.12万元").
   */
  bare?: boolean;
  /** A weaker wording: when the same report also states `key` by a stronger wording, this mention belongs to `yields` instead. */
  yields?: string;
  /** Exceptions to notAfter. */
  unlessAfter?: RegExp;
  /** The label must not be directly preceded by this (一般公共预算 before 财政拨款收入, …). */
  notAfter?: RegExp;
  /**
   * A spending total that is `budget.executed` only where its sentence (or, for 'document', the report)
   * sets it against a budget (a budget amount or an execution rate); alone it is the year's
   * `expense.total` (LABELS.md convention 2: "2、支出:799.12万元" with no budget beside it is what was
   * spent, not a budget's execution).
   */
  executedAgainstBudget?: 'sentence' | 'document';
  /**
   * Read only in a project's report: there, "下达…专项资金 300 万元" is the project's budget and
   * "拨付使用 / 实际支付 / 完成发放 X 万元" its execution, while in a department's report the same
   * words name one of many allocations.
   */
  projectOnly?: boolean;
}

const w = (key: string, measure: Measure, kind: ValueKind, label: string, extra: Partial<Wording> = {}): Wording => ({
  key,
  measure,
  kind,
  label: new RegExp(`(?:${label})$`),
  ...extra,
});

const FUND_PREFIX = /(一般公共预算|政府性基金预算?|国有资本经营预算|财政专户|上级)$/;

export const WORDINGS: Wording[] = [
  // ── budget, executed, rate ──────────────────────────────────────────────
  w('budget.initial', 'initial', 'money', '年初预算数?|年初预算安排(?:资金)?|年初批复预算数?|年初部门预算'),
  w('budget.executionRate', 'rate', 'percent', '(?:预算|资金|支出|项目|整体)?执行率|完成(?:全年|年度)?预算的?|预算完成率|完成年初预算的?|支出进度|执行进度'),
  // "实际支付2700万元,使用率90%": a use rate is the execution rate unless something else is used (设备使用率)
  w('budget.executionRate', 'rate', 'percent', '(?:资金|预算)?使用率', { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:资金|预算)$/ }),
  w('budget.executed', 'executed', 'money',
    '全年执行数|预算执行数|实际执行数?|执行数|预算完成数|完成数|支出决算数?|决算支出|决算数|实际使用|已支出|累计支出|全年支出|完成支出|整体支出(?:总额)?'),
  w('expense.total', 'executed', 'money', '支出总额', { bare: true, executedAgainstBudget: 'sentence' }),
  // 实际支出 is what was spent; it is the budget's execution wherever the report states a budget or a rate
  w('expense.total', 'executed', 'money', '实际支出(?:数|总额)?', { executedAgainstBudget: 'document' }),
  w('budget.total', 'budget', 'money',
    '全年预算数|调整后预算数?|调整后的预算数?|全年预算|预算调整数|(?:年度)?(?:支出)?预算数|预算总金?额|预算收入|收入预算|年度预算|支出预算|预算安排|预算资金|下达预算'),
  w('budget.total', 'budget', 'money', '预算', { bare: true }),
  // ── a project's own funds (project reports only) ───────────────────────
  w('budget.executed', 'executed', 'money', '(?:拨付|发放|支付|兑付|使用)(?:[\u4e00-\u9fff]{0,8}资金)?', {
    projectOnly: true,
    notAfter: /(?:计划|拟|预计|将|安排|下达|用于)$/,
  }),
  w('budget.total', 'budget', 'money', '(?:资金总额|预算安排总额|项目资金|专项资金|补助资金|衔接资金|奖补资金|财政资金)(?:总额|共|共计|合计)?', {
    projectOnly: true,
    // "其中:中央补助资金226.7万元" is a part of the project's funds, not their total
    notAfter: /其中|(?:拨付|发放|支付|使用|结余|剩余)[:,]?$/,
  }),
  // ── income ──────────────────────────────────────────────────────────────
  // 财政拨款收入合计 is the fiscal part, not the year's income: the longer wording is tried first
  w('income.fiscal', 'amount', 'money', '财政拨款收入(?:总计|合计)?', { notAfter: FUND_PREFIX }),
  w('income.total', 'amount', 'money', '本年收入合计|本年收入|收入合计'),
  // 总收入 is the year's income unless the report also states 本年收入: then it includes the carry-in
  w('income.total', 'amount', 'money', '总收入', { yields: 'income.grandTotal' }),
  w('income.generalPublic', 'amount', 'money', '一般公共预算财政拨款收入|一般公共预算收入'),
  w('income.governmentFund', 'amount', 'money', '政府性基金预算财政拨款收入|政府性基金预算收入|政府性基金收入'),
  w('income.grandTotal', 'amount', 'money', '收入总计'),
  w('income.superior', 'amount', 'money', '上级补助收入'),
  w('income.business', 'amount', 'money', '事业收入'),
  w('income.operating', 'amount', 'money', '经营收入'),
  w('income.other', 'amount', 'money', '其他收入'),
  w('income.otherSources', 'amount', 'money', '其他资金来源|其他资金'),
  w('income.carryIn', 'amount', 'money', '年初结转和结余|上年结转和结余|年初结转结余|上年结转结余|上年结转'),
  w('income.total', 'amount', 'money', '收入', { bare: true }),
  // ── expense ─────────────────────────────────────────────────────────────
  // 财政拨款支出合计 beside a rate (预算执行率100%) is the budget's execution, as a bare 支出 is
  w('expense.fiscal', 'amount', 'money', '财政拨款支出(?:总计|合计)?', { notAfter: FUND_PREFIX, executedAgainstBudget: 'sentence' }),
  w('expense.total', 'amount', 'money', '本年支出合计|本年支出|支出合计'),
  w('expense.generalPublic', 'amount', 'money', '(?:一般公共预算财政拨款支出|一般公共预算支出)(?:总计|合计)?'),
  w('expense.governmentFund', 'amount', 'money', '(?:政府性基金预算财政拨款支出|政府性基金预算支出|政府性基金支出)(?:总计|合计)?'),
  w('expense.stateCapital', 'amount', 'money', '国有资本经营预算财政拨款支出|国有资本经营预算支出'),
  w('expense.grandTotal', 'amount', 'money', '支出总计'),
  // like 总收入: the year's spending unless 本年支出 is stated too
  w('expense.total', 'amount', 'money', '总支出', { yields: 'expense.grandTotal' }),
  w('expense.personnel', 'amount', 'money', '人员经费(?:支出)?|人员支出|工资福利支出'),
  w('expense.publicUse', 'amount', 'money', '(?:日常)?公用经费(?:支出)?|公用支出'),
  w('expense.basic', 'amount', 'money', '基本支出'),
  // "老旧小区改造项目支出 100 万元" is one project's spending: 项目支出 must not continue a name
  w('expense.project', 'amount', 'money', '项目支出', { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:财政拨款|一般公共预算|政府性基金预算?|国有资本经营预算|年|年度|其中|的|和|及|含|包括|合计|累计|部门|单位)$/ }),
  w('expense.operation', 'amount', 'money', '机关运行经费(?:支出)?'),
  w('carryover.end', 'amount', 'money', '年末结转和结余|年末结转结余|年终结转和?结余|结余结转|结转结余|结转和结余|年末结余|年终结余|年末结转'),
  w('expense.total', 'executed', 'money', '支出', { bare: true, executedAgainstBudget: 'sentence' }),
  // ── self-evaluation result ──────────────────────────────────────────────
  w('eval.score', 'amount', 'points', '自评得分|综合得分|评价得分|自评总分|总得分|绩效评价得分|自评分数?|综合评分|自评评分|总体评分'),
  w('eval.score', 'amount', 'points', '得分|评分', { bare: true }),
];

/** “三公” sub-items; a number whose clause names one belongs to it, not to the department. */
export const THREE_PUBLIC_ITEMS: { key: string; label: RegExp }[] = [
  { key: 'threePublic.abroad', label: /因公出国\(境\)(?:经)?费(?:用)?|因公出国境?费/ },
  { key: 'threePublic.vehicleRunning', label: /公务用车运行(?:维护)?费/ },
  { key: 'threePublic.vehiclePurchase', label: /公务用车购置费/ },
  { key: 'threePublic.vehicle', label: /公务用车购置及运行(?:维护)?费/ },
  { key: 'threePublic.reception', label: /公务接待费/ },
];

export const THREE_PUBLIC = /“三公”|"三公"|三公经费|三公/;

/** Filler between a label and its number: "为", "是", "达到", ":", "共计", "约" … */
export const FILLER_TAIL = /(?:\s|:|为|是|达到|达|约|共计|了|人民币|\((?:万元|元|亿元|分|%)\))+$/;

/** Grade wordings: the value is a word, not a number. */
export const GRADE_RE = /(?:自评|评价|绩效|综合)?(?:等级|级别|结果)(?:为|是|:)?\s*[“"]?(优秀|良好|优|良|中|差|合格|不合格)[”"]?/;
