/**
 * Canonical figure keys with their Chinese labels. The first block is the scored vocabulary
 * of shared/eval/LABELS.md; the rest are keys of our own that users want in the table and
 * that reconciliation needs (carry-in, “三公” items, self-evaluated project counts, …).
 */
export interface KeyInfo {
  zh: string;
  en: string;
  kind: 'money' | 'percent' | 'points' | 'grade' | 'count';
}

export const VOCABULARY_KEYS = [
  'budget.initial',
  'budget.total',
  'budget.executed',
  'budget.executionRate',
  'income.total',
  'income.fiscal',
  'income.other',
  'expense.total',
  'expense.generalPublic',
  'expense.governmentFund',
  'expense.stateCapital',
  'expense.basic',
  'expense.personnel',
  'expense.publicUse',
  'expense.project',
  'carryover.end',
  'threePublic.total',
  'eval.score',
  'eval.grade',
] as const;

export const KEYS: Record<string, KeyInfo> = {
  'budget.initial': { zh: '年初预算数', en: 'initial budget', kind: 'money' },
  'budget.total': { zh: '全年预算数', en: 'budget (adjusted)', kind: 'money' },
  'budget.executed': { zh: '全年执行数', en: 'executed', kind: 'money' },
  'budget.executionRate': { zh: '预算执行率', en: 'execution rate', kind: 'percent' },
  // the funds used (资金使用率, 支付率) over what was received or paid: the execution rate only where no rate named for
  // the budget's execution is stated beside it (see the use-rate wording's yields)
  'budget.useRate': { zh: '资金使用率', en: 'rate of funds used', kind: 'percent' },
  'budget.overrun': { zh: '决算数超出预算数', en: 'spending over budget', kind: 'money' },
  // the budget and the carry-in together (可用资金): what a rate may be stated against instead of the budget
  'budget.available': { zh: '可用资金', en: 'funds available (budget and carry-in)', kind: 'money' },
  'adjustment.from': { zh: '调整前预算数', en: 'budget before its adjustment', kind: 'money' },
  'budget.investment': { zh: '项目总投资', en: "project's total investment", kind: 'money' },
  'income.total': { zh: '本年收入合计', en: 'income of the year', kind: 'money' },
  'income.fiscal': { zh: '财政拨款收入', en: 'fiscal appropriation income', kind: 'money' },
  'income.other': { zh: '其他收入', en: 'other income', kind: 'money' },
  'expense.total': { zh: '本年支出合计', en: 'expenditure of the year', kind: 'money' },
  'expense.generalPublic': { zh: '一般公共预算财政拨款支出', en: 'general public budget expenditure', kind: 'money' },
  'expense.governmentFund': { zh: '政府性基金预算财政拨款支出', en: 'government fund expenditure', kind: 'money' },
  'expense.stateCapital': { zh: '国有资本经营预算财政拨款支出', en: 'state capital operation expenditure', kind: 'money' },
  'expense.basic': { zh: '基本支出', en: 'basic expenditure', kind: 'money' },
  'expense.personnel': { zh: '人员经费', en: 'personnel expenses', kind: 'money' },
  'expense.publicUse': { zh: '公用经费', en: 'public-use expenses', kind: 'money' },
  'expense.project': { zh: '项目支出', en: 'project expenditure', kind: 'money' },
  'carryover.end': { zh: '年末结转和结余', en: 'year-end carry-over', kind: 'money' },
  'threePublic.total': { zh: '“三公”经费支出', en: '"three public" expenses', kind: 'money' },
  'eval.score': { zh: '自评得分', en: 'self-evaluation score', kind: 'points' },
  'eval.grade': { zh: '评价等级', en: 'self-evaluation grade', kind: 'grade' },

  'income.grandTotal': { zh: '收入总计', en: 'income incl. carry-in', kind: 'money' },
  'income.generalPublic': { zh: '一般公共预算财政拨款收入', en: 'general public budget income', kind: 'money' },
  'income.governmentFund': { zh: '政府性基金预算财政拨款收入', en: 'government fund income', kind: 'money' },
  'income.superior': { zh: '上级补助收入', en: 'grants from higher level', kind: 'money' },
  'income.business': { zh: '事业收入', en: 'service income', kind: 'money' },
  'income.operating': { zh: '经营收入', en: 'operating income', kind: 'money' },
  'income.stateCapital': { zh: '国有资本经营预算财政拨款收入', en: 'state capital operation income', kind: 'money' },
  'income.fromSubsidiaries': { zh: '附属单位上缴收入', en: 'remitted by subsidiary units', kind: 'money' },
  'income.medical': { zh: '医疗收入', en: 'medical service income', kind: 'money' },
  'income.otherSources': { zh: '其他资金来源', en: 'other funding sources', kind: 'money' },
  'income.budgeted': { zh: '预算收入', en: 'budgeted income', kind: 'money' },
  'income.carryIn': { zh: '年初结转和结余', en: 'carry-in from last year', kind: 'money' },
  // a public institution's own reserve drawn on to cover the year's deficit: money available beside income and carry-in
  'income.fromReserveFund': { zh: '用事业基金弥补收支差额', en: 'drawn from the reserve fund', kind: 'money' },
  // a government's revenue collected against its revenue budget ("财政收入…完成年初预算57%"), no spending's rate
  'income.completionRate': { zh: '收入完成预算', en: 'revenue collected of its budget', kind: 'percent' },
  // a government's revenue collected ("一般公共预算收入实际完成85.99亿元"): what came in, no spending
  'income.collected': { zh: '收入完成数', en: 'revenue collected', kind: 'money' },
  'expense.grandTotal': { zh: '支出总计', en: 'expenditure incl. carry-over', kind: 'money' },
  'expense.fiscal': { zh: '财政拨款支出', en: 'fiscal appropriation expenditure', kind: 'money' },
  'expense.operation': { zh: '机关运行经费', en: 'administrative running costs', kind: 'money' },
  'expense.surplusDistribution': { zh: '结余分配', en: 'surplus distribution', kind: 'money' },
  // the classes of a public institution's accounts beside 基本支出 and 项目支出: together they are 本年支出合计
  'expense.toSuperior': { zh: '上缴上级支出', en: 'remitted to the higher level', kind: 'money' },
  'expense.operating': { zh: '经营支出', en: 'operating expenditure', kind: 'money' },
  'expense.toSubsidiaries': { zh: '对附属单位补助支出', en: 'grants to subsidiary units', kind: 'money' },

  'threePublic.budget': { zh: '“三公”经费预算', en: '"three public" budget', kind: 'money' },
  // the “三公” 年初预算 beside its 全年预算 (调整后): two quantities, not one stated twice, and the rate is of the latter
  'threePublic.initialBudget': { zh: '“三公”经费年初预算', en: '"three public" initial budget', kind: 'money' },
  'threePublic.rate': { zh: '“三公”经费完成预算', en: '"three public" completion rate', kind: 'percent' },
  'threePublic.abroad': { zh: '因公出国(境)费', en: 'official travel abroad', kind: 'money' },
  'threePublic.abroad.budget': { zh: '因公出国(境)费预算', en: 'official travel abroad, budget', kind: 'money' },
  'threePublic.abroad.initialBudget': { zh: '因公出国(境)费年初预算', en: 'official travel abroad, initial budget', kind: 'money' },
  'threePublic.abroad.rate': { zh: '因公出国(境)费完成预算', en: 'official travel abroad, rate', kind: 'percent' },
  'threePublic.vehicle': { zh: '公务用车购置及运行维护费', en: 'official vehicles', kind: 'money' },
  'threePublic.vehicle.budget': { zh: '公务用车购置及运行维护费预算', en: 'official vehicles, budget', kind: 'money' },
  'threePublic.vehicle.initialBudget': { zh: '公务用车购置及运行维护费年初预算', en: 'official vehicles, initial budget', kind: 'money' },
  'threePublic.vehicle.rate': { zh: '公务用车购置及运行维护费完成预算', en: 'official vehicles, rate', kind: 'percent' },
  'threePublic.vehiclePurchase': { zh: '公务用车购置费', en: 'vehicle purchase', kind: 'money' },
  'threePublic.vehiclePurchase.budget': { zh: '公务用车购置费预算', en: 'vehicle purchase, budget', kind: 'money' },
  'threePublic.vehiclePurchase.initialBudget': { zh: '公务用车购置费年初预算', en: 'vehicle purchase, initial budget', kind: 'money' },
  'threePublic.vehiclePurchase.rate': { zh: '公务用车购置费完成预算', en: 'vehicle purchase, rate', kind: 'percent' },
  'threePublic.vehicleRunning': { zh: '公务用车运行维护费', en: 'vehicle running', kind: 'money' },
  'threePublic.vehicleRunning.budget': { zh: '公务用车运行维护费预算', en: 'vehicle running, budget', kind: 'money' },
  'threePublic.vehicleRunning.initialBudget': { zh: '公务用车运行维护费年初预算', en: 'vehicle running, initial budget', kind: 'money' },
  'threePublic.vehicleRunning.rate': { zh: '公务用车运行维护费完成预算', en: 'vehicle running, rate', kind: 'percent' },
  'threePublic.reception': { zh: '公务接待费', en: 'official reception', kind: 'money' },
  'threePublic.reception.budget': { zh: '公务接待费预算', en: 'official reception, budget', kind: 'money' },
  'threePublic.reception.initialBudget': { zh: '公务接待费年初预算', en: 'official reception, initial budget', kind: 'money' },
  'threePublic.reception.rate': { zh: '公务接待费完成预算', en: 'official reception, rate', kind: 'percent' },

  'eval.projects.count': { zh: '自评项目个数', en: 'self-evaluated projects', kind: 'count' },
  'eval.projects.amount': { zh: '自评项目金额', en: 'self-evaluated amount', kind: 'money' },
  'eval.projects.generalPublic.count': { zh: '一般公共预算自评项目个数', en: 'general budget projects', kind: 'count' },
  'eval.projects.generalPublic.amount': { zh: '一般公共预算自评项目金额', en: 'general budget projects, amount', kind: 'money' },
  'eval.projects.governmentFund.count': { zh: '政府性基金自评项目个数', en: 'government fund projects', kind: 'count' },
  'eval.projects.governmentFund.amount': { zh: '政府性基金自评项目金额', en: 'government fund projects, amount', kind: 'money' },
  'eval.projects.stateCapital.count': { zh: '国有资本经营自评项目个数', en: 'state capital projects', kind: 'count' },
  'eval.projects.stateCapital.amount': { zh: '国有资本经营自评项目金额', en: 'state capital projects, amount', kind: 'money' },
  'eval.projects.carryover.count': { zh: '动用历年结转自评项目个数', en: 'carry-over projects', kind: 'count' },
  'eval.projects.carryover.amount': { zh: '动用历年结转自评项目金额', en: 'carry-over projects, amount', kind: 'money' },
  'eval.projects.other.count': { zh: '其他自评项目个数', en: 'other projects', kind: 'count' },
  'eval.projects.other.amount': { zh: '其他自评项目金额', en: 'other projects, amount', kind: 'money' },
  'eval.projects.graded.count': { zh: '评价项目个数', en: 'projects graded', kind: 'count' },
  'eval.projects.graded.amount': { zh: '评价项目金额', en: 'projects graded, amount', kind: 'money' },
  'eval.projects.grade.excellent.count': { zh: '评价等级为优的项目个数', en: 'projects graded excellent', kind: 'count' },
  'eval.projects.grade.excellent.amount': { zh: '评价等级为优的项目金额', en: 'projects graded excellent, amount', kind: 'money' },
  'eval.projects.grade.good.count': { zh: '评价等级为良的项目个数', en: 'projects graded good', kind: 'count' },
  'eval.projects.grade.good.amount': { zh: '评价等级为良的项目金额', en: 'projects graded good, amount', kind: 'money' },
  'eval.projects.grade.fair.count': { zh: '评价等级为中的项目个数', en: 'projects graded fair', kind: 'count' },
  'eval.projects.grade.fair.amount': { zh: '评价等级为中的项目金额', en: 'projects graded fair, amount', kind: 'money' },
  'eval.projects.grade.pass.count': { zh: '评价等级为合格的项目个数', en: 'projects graded pass', kind: 'count' },
  'eval.projects.grade.pass.amount': { zh: '评价等级为合格的项目金额', en: 'projects graded pass, amount', kind: 'money' },
  'eval.projects.grade.fail.count': { zh: '评价等级为不合格的项目个数', en: 'projects graded fail', kind: 'count' },
  'eval.projects.grade.fail.amount': { zh: '评价等级为不合格的项目金额', en: 'projects graded fail, amount', kind: 'money' },
  'eval.projects.grade.poor.count': { zh: '评价等级为差的项目个数', en: 'projects graded poor', kind: 'count' },
  'eval.projects.grade.poor.amount': { zh: '评价等级为差的项目金额', en: 'projects graded poor, amount', kind: 'money' },
  // the department-overall form's 按收入性质分 rows: the year's funds by source, every row of the form (a blank is none)
  'fundsBySource.generalPublic': { zh: '按收入性质分:一般公共预算', en: 'funds by source: general public budget', kind: 'money' },
  'fundsBySource.governmentFund': { zh: '按收入性质分:政府性基金拨款', en: 'funds by source: government fund', kind: 'money' },
  'fundsBySource.nonTax': { zh: '按收入性质分:纳入专户管理的非税收入拨款', en: 'funds by source: non-tax revenue', kind: 'money' },
  'fundsBySource.other': { zh: '按收入性质分:其他资金', en: 'funds by source: other funds', kind: 'money' },
  // a project form's funding rows under its 年度资金总额: what each source paid (the 全年执行数 column)
  'projectFunds.fiscal': { zh: '项目资金其中:财政拨款执行数', en: 'project funds spent: fiscal appropriation', kind: 'money' },
  'projectFunds.carryIn': { zh: '项目资金其中:上年结转执行数', en: 'project funds spent: carried over', kind: 'money' },
  'projectFunds.other': { zh: '项目资金其中:其他资金执行数', en: 'project funds spent: other funds', kind: 'money' },
};

/**
 * What a qualified key's last part says the figure belongs to ("budget.total.basic": the 基本支出 line's
 * budget): a funding line, a line of spending by nature, the budget side of a split, or one level's money.
 */
const QUALIFIER_ZH: Record<string, string> = {
  generalPublic: '一般公共预算',
  governmentFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  fiscal: '财政拨款',
  basic: '基本支出',
  project: '项目支出',
  budget: '预算',
  source: '单一资金来源',
};

/** The Chinese label of a key ("budget.total.basic" → 全年预算数(基本支出)), falling back to the key itself for keys not listed. */
export function labelOf(key: string): string {
  if (KEYS[key]) return KEYS[key].zh;
  const at = key.lastIndexOf('.');
  const base = KEYS[key.slice(0, at)];
  const qualifier = QUALIFIER_ZH[key.slice(at + 1)];
  return base && qualifier ? `${base.zh}(${qualifier})` : key;
}

/**
 * The grades an evaluation gives, one entry a word, with the grade it names: the scale 优 / 良 / 中 / 差, written out as
 * 优秀 / 良好 / 中等 / 较差 (a full name and its one character state the same grade: "评价等级为“优”…自评等级为优秀"), and
 * the pass scale's 合格 / 不合格, their own. Every rule's list of grade words is built from here (STATED_GRADES,
 * ANY_GRADE). `stated`: a sentence's or a field's grade rules read the word; 中等 and 较差 are everyday words too
 * ("中等规模", "基础较差"), read only where a scale lists the grades or a grade column's cell holds one (a sentence's
 * "等级为中等" reads as 中 and the scale's 等). The full names come before the characters that open them.
 */
export const GRADES: { word: string; grade: string; stated: boolean }[] = [
  { word: '优秀', grade: '优', stated: true },
  { word: '良好', grade: '良', stated: true },
  { word: '优', grade: '优', stated: true },
  { word: '良', grade: '良', stated: true },
  { word: '中', grade: '中', stated: true },
  { word: '差', grade: '差', stated: true },
  { word: '合格', grade: '合格', stated: true },
  { word: '不合格', grade: '不合格', stated: true },
  { word: '中等', grade: '中', stated: false },
  { word: '较差', grade: '差', stated: false },
];
/** The grade words a report states its grade by (GRADES' stated), as one group for a rule's pattern. */
export const STATED_GRADES = `(?:${GRADES.filter((g) => g.stated)
  .map((g) => g.word)
  .join('|')})`;
/** Every grade word (GRADES), as one group: a scale's list ("优、良、中、较差") or a grade column's cell. */
export const ANY_GRADE = `(?:${GRADES.map((g) => g.word).join('|')})`;
const GRADE_FULL_NAMES: Record<string, string> = Object.fromEntries(GRADES.map((g) => [g.word, g.grade]));

/** The grade a stated grade names, spaces ignored: "优 秀" and "优" are both 优. */
export function gradeLevel(stated: string): string {
  const compact = stated.replace(/\s/g, '');
  return GRADE_FULL_NAMES[compact] ?? compact;
}
