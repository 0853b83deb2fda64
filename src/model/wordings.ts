/**
 * The wordings reports use for each figure: data, not code. A wording is matched at the END of
 * the text that precedes a number in its clause (after filler such as 为 / 是 / 达 / : is
 * stripped), so "全年预算数 7143.45 万元" and "预算收入为 69.06 万元" are read the same way
 * whatever comes before them. Order matters: the first wording that matches wins, so the more
 * specific wordings (年初预算 before 预算, 一般公共预算财政拨款收入 before 财政拨款收入) come first.
 *
 * Adding a wording is one entry here with its example sentences; test/extract/vocabulary.test.ts runs them.
 */

import { ANY_GRADE, STATED_GRADES } from './keys.ts';

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
   * The final accounts' own line of the year (本年支出合计): in final accounts it is the account's expense.total whatever
   * its row or sentence sets it against (convention 3: a 决算 table's 预算数 | 决算数 | 完成预算% compares the account with
   * the budget, the 决算数 still the year's spending); executedAgainstBudget holds in any other report.
   */
  accountsLine?: true;
  /**
   * Read only in a project's report: there, "下达…专项资金 300 万元" is the project's budget and
   * "拨付使用 / 实际支付 / 完成发放 X 万元" its execution, while in a department's report the same
   * words name one of many allocations.
   */
  projectOnly?: boolean;
  /**
   * Read only where its sentence states the unit's budget beside it: "预算资金3000万元,全年共使用2950万元" is the
   * budget's execution, while money used or paid out alone ("已拨付2950万元") may be passed on to others.
   */
  againstBudgetOnly?: true;
  /**
   * Read only right after an amount of the unit's budget or spending (a budget wording, only right after the initial
   * budget's amount in its sentence): the number before it in its sentence, or the
   * one ending the sentence before in its paragraph when the wording opens its own ("…项目支出46.25万元。完成率均达到
   * 100%"). After anything else ("开展培训12期,完成率100%") the words name a task's completion, not the budget's.
   */
  afterBudgetAmount?: true;
  /**
   * Read only as the budget an adjustment gave, right after the amount it was adjusted from or by: the words between
   * that amount and this one are the adjustment's verb alone ("预算由80万元调整为100万元", "追加20万元后为100万元"),
   * and the amount before was stated as the unit's budget before its adjustment (ADJUSTED_FROM) or as a change to
   * it (BUDGET_CHANGE, after the year's first budget in the sentence). Anywhere else ("增加至…", "调整为二级指标")
   * the verb names no budget.
   */
  afterAdjustedAmount?: 'from' | 'change';
  /**
   * Read only as a part of the unit's income stated before it in its sentence ("部门收入1,345.6万元,其中财政拨款
   * 1,320.5万元"): the appropriation named alone is income only where income is what the sentence divides.
   */
  partOfIncome?: true;
  /**
   * Read only where the amount closes the bracket the wording opened ("自评结论:优秀(95分)"): a bound inside it
   * ("优(90分以上)", "优(90—100分)") is the scale's, not a score given.
   */
  closesBracket?: true;
  /** Stable name of the wording, recorded on every mention it reads: `key:first words` ("budget.total:全年预算数"). */
  id: string;
  /**
   * Sentences it reads, each with the value it must give under `key` (a project-only wording's
   * examples carry their report's title). test/extract/vocabulary.test.ts runs every one.
   */
  examples: [text: string, value: string][];
}

const w = (
  key: string,
  measure: Measure,
  kind: ValueKind,
  label: string,
  examples: [string, string][],
  extra: Partial<Omit<Wording, 'id' | 'examples'>> = {},
): Wording => ({
  key,
  measure,
  kind,
  label: new RegExp(`(?:${label})$`),
  id: `${key}:${firstWords(label)}`,
  examples,
  ...extra,
});

/**
 * The words a label regex reads first, for its id: the first alternative, optional groups left out,
 * character classes and lookarounds dropped ("(?:一般公共预算财政拨款支出|一般公共预算支出)(?:总计|合计)?" → 一般公共预算财政拨款支出).
 */
export function firstWords(label: string): string {
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === '\\') i++;
    else if (label[i] === '(' || label[i] === '[') depth++;
    else if (label[i] === ')' || label[i] === ']') depth--;
    else if (label[i] === '|' && depth === 0) {
      alternatives.push(label.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(label.slice(from));
  const first = alternatives[0];
  let out = '';
  for (let i = 0; i < first.length; i++) {
    const c = first[i];
    if (c === '(' || c === '[') {
      const close = matching(first, i);
      const optional = /[?*]/.test(first[close + 1] ?? '') || /^\{0,/.test(first.slice(close + 1));
      // (a lookaround, "下达(?!中央资金)", reads no words: it only says what may not follow or precede)
      const lookaround = /^\?<?[=!]/.test(first.slice(i + 1));
      if (!optional && !lookaround && c === '(') out += firstWords(first.slice(i + 1, close).replace(/^\?:/, ''));
      i = close + (/[?*+]/.test(first[close + 1] ?? '') ? 1 : 0);
      const quantifier = /^\{\d+,\d+\}/.exec(first.slice(i + 1));
      if (quantifier) i += quantifier[0].length;
    } else if (c === '\\') {
      // an escape (\s, \() is no word, nor is the quantifier after it ("\s*")
      i++;
      if (/[?*+]/.test(first[i + 1] ?? '')) i++;
    } else if (first[i + 1] === '?')
      i++; // an optional character is left out too
    else if (!'?*+$^'.includes(c)) out += c;
  }
  return out;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '(' || text[i] === '[') depth++;
    else if ((text[i] === ')' || text[i] === ']') && --depth === 0) return i;
  }
  return text.length - 1;
}

export interface Fund {
  /** The fund in the model: the last part of its keys (expense.generalPublic), or its own name. */
  name: string;
  /**
   * How reports name the fund, its full name first: the government budget's own name where the fund is one
   * (政府性基金预算), then the shorter name reports give it (政府性基金收入 leaves 预算 out). Literal words.
   */
  called: string[];
  /** Older or shorter names of the same fund: 一般预算 and 公共预算 (older budgets), 公共财政预算 (its name before 2015). */
  older?: string[];
  /**
   * What the fund is: one of the four budgets a government keeps (四本预算); the 财政专户 (money a government holds
   * outside them, a unit's 财政专户管理资金); or the appropriation (财政拨款) a unit receives from the budgets.
   */
  kind: 'budget' | 'account' | 'appropriation';
  /**
   * A unit's own money may come from it: a unit's income or spending named after it is that fund's part of the
   * unit's ("一般公共预算拨款收入", "财政专户管理资金收入"). 社会保险基金 pays people, never a unit's appropriation.
   */
  paysUnits: boolean;
  /**
   * The fund most of a unit's appropriation comes from (一般公共预算): its name opens the unit's own income and
   * spending sentences ("一般公共预算财政拨款收入…"), where any other fund's opens a fund's or a government's.
   */
  unitsMain?: boolean;
  /**
   * A funding line (资金来源) of the unit's accounts: the words that name it before a label. A budget, execution or
   * rate written after these words is that line's, not the unit's. A pattern of its own, not built from `called`:
   * prose's rules read a line by these words only (国有资本经营's with its 预算 written).
   */
  words?: string;
  /** The key of the funding line's spending. */
  spendingKey?: string;
}

/**
 * The funds a figure can be stated for, one entry each: every list of fund names the rules use is derived from
 * here (fundNames), so a new fund or a new name of one is one entry (test/extract/vocabulary.test.ts).
 * The funding lines (words) come first, in the order prose's rules try them (the longest name first where names
 * share their end).
 */
export const FUNDS: Fund[] = [
  {
    name: 'generalPublic',
    called: ['一般公共预算'],
    older: ['一般预算', '公共预算', '公共财政预算'],
    kind: 'budget',
    paysUnits: true,
    unitsMain: true,
    words: '一般公共预算(?:财政拨款)?',
    spendingKey: 'expense.generalPublic',
  },
  {
    name: 'governmentFund',
    called: ['政府性基金预算', '政府性基金'],
    kind: 'budget',
    paysUnits: true,
    words: '政府性基金(?:预算)?(?:财政拨款)?',
    spendingKey: 'expense.governmentFund',
  },
  {
    name: 'stateCapital',
    called: ['国有资本经营预算', '国有资本经营'],
    kind: 'budget',
    paysUnits: true,
    words: '国有资本经营预算(?:财政拨款)?',
    spendingKey: 'expense.stateCapital',
  },
  { name: 'fiscal', called: ['财政拨款'], kind: 'appropriation', paysUnits: true, words: '财政拨款' },
  { name: 'socialInsurance', called: ['社会保险基金预算', '社会保险基金'], kind: 'budget', paysUnits: false },
  { name: 'specialAccount', called: ['财政专户管理资金', '财政专户管理', '财政专户'], kind: 'account', paysUnits: true },
];

/** A funding line of a unit's accounts (a fund with words): 财政拨款 and the budgets it comes from. */
export const isFundingLine = (f: Fund): f is Fund & { words: string } => f.words !== undefined;
/** The funding lines of a unit's accounts, in FUNDS' order. */
export const FUNDING_LINES = FUNDS.filter(isFundingLine);
/**
 * A budget a unit's funding lines come from (一般公共预算, 政府性基金, 国有资本经营): a unit's final accounts split its
 * appropriation by them, and title their tables with them.
 */
export const isLineBudget = (f: Fund): boolean => f.kind === 'budget' && isFundingLine(f);

/**
 * The names of the funds `which` picks, as one group for a rule's pattern: each fund's names and its older ones, or
 * with `full` only its full name (the budget's title, "政府性基金预算", where a rule wants 预算 written out).
 */
export function fundNames(which: (f: Fund) => boolean, { full = false } = {}): string {
  const names = FUNDS.filter(which).flatMap((f) => (full ? [f.called[0]] : [...f.called, ...(f.older ?? [])]));
  return `(?:${names.join('|')})`;
}

/**
 * The funding lines by their full names, as a final account's tables title them (一般公共预算, 政府性基金预算, 国有资本
 * 经营预算, 财政拨款): a class of spending written after one ("一般公共预算项目支出") is that line's part of the unit's.
 */
const FUNDING_LINE_TITLES = fundNames(isFundingLine, { full: true });

/** A project report's title, for the examples of project-only wordings. */
const PROJECT = '某某项目2023年度绩效自评报告\n\n';
/**
 * The levels of government a unit's or a project's money comes from, as reports name them: 中央, 省(级), 自治区,
 * 市(级), 州(级), 县(级), 区级 or 区 before 财政, 本级 (the unit's own government), 上级 (the one above it) and 地方 (the
 * other half of a 中央对地方 transfer). A bare 区 is no level (社区, 园区, 库区 end many subjects). The one vocabulary
 * of every rule that reads an amount as one level's funds (a funding source, convention 7), not the unit's nor the
 * project's: here, and in prose.ts's guards.
 */
export const FUND_LEVEL = '(?:中央|省级?|自治区|市级?|州级?|县级?|区(?:级|(?=财政))|本级|上级|地方)';
/** A level opening its clause or its verb, where a bare 区 is the district too: nothing before it makes it 社区. */
export const LEVEL_OPENING = `(?:${FUND_LEVEL}|区)`;
/**
 * A level opening its clause with its own input, then the fund's name ("2022年地方投入残疾人事业发展补助资金300万元",
 * "县级配套农村公路养护资金40万元", "2024年度县本级预算安排的衔接资金"): what that level put in, matched or budgeted, one
 * source of the fund's money beside the others'
 * (convention 7's funding source), as a level right before the fund's word is.
 */
const LEVEL_INPUT = String.raw`(?:^|[\s,;:])(?:[\dxX]{4}年度?)?(?:省|市|州|县|区|旗)?${LEVEL_OPENING}(?:财政)?(?:投入|配套|(?:预算)?安排的?)[\u4e00-\u9fff]{0,24}$`;
/** A level's own budget named right before its words (县本级预算, 省级预算): that level's share of the money, not the whole. */
const LEVEL_BUDGET = /(?:中央|省级|自治区|市级|州级|县级|区级|旗级|本级|地方)$/;
/**
 * Before a project's funds, what makes the amount a part of them or a movement of them: a part (其中:中央补助资金, a level
 * opening its clause: ",省级安排资金312万元"), money paid out or left (拨付, 结余), or a change in the year ("年中调减中央财政
 * 资金300万", "追加专项资金50万元"), one batch of the money ("第三批补助资金2640万"), or a remark in brackets after an amount,
 * which says what one item of it is ("应到位2640万元(…第三批补助资金2640万)"). A level after the sentence's date and its comma
 * ("2022年,中央下达我省…资金") is the grant's subject, as it is with no comma ("2022年中央下达…").
 */
const BUDGET_PART = new RegExp(
  `其中|第[一二三四五六七八九十\\d]{1,3}批次?$|\\([^()]*$|(?:拨付|发放|支付|使用|结余|剩余)[:,]?$|(?:调减|追减|调增|追加|核减|压减|减少|增加|收回)[\\u4e00-\\u9fff]{0,6}$|(?:^|[\\s;:]|(?<!\\d{4}\\s*年度?),)${LEVEL_OPENING}(?:财政)?$|${LEVEL_INPUT}`,
);
/** Money a project is planned or expected to take (预计投入, 计划投资, 拟使用): its investment over its years, no year's budget. */
const PLANNED_INPUT = /(?:预计|计划|拟)(?:总)?(?:投入|投资|使用)$/;
/**
 * A finance body, the subject of the clause that pays money out ("西畴县财政局于9月2日以…文件拨付资金200万元", "县财政拨付
 * 资金50万元"): it pays the project's money to the unit, which has yet to spend it; what the unit itself pays out is the
 * spending. Not read as the budget either: several bodies may each pay a part ("省财政厅拨付45万元,县财政局拨付15万元").
 * (财政资金 / 财政拨款 name the money, no body: "财政资金拨付使用16.2万元" is paid out by the unit.)
 */
const FINANCE_BODY_PAYS = /(?:财政(?:局|厅|部|所)|(?:省|市|县|区|州|旗)级?财政(?!资金|拨款|专项|补助|衔接|预算))[^,;。:]{0,40}?$/;
/**
 * After a verb of granting (下达 / 获得), a fund named by one level alone ("下达中央资金40万元,下达省级资金10万元"): that
 * level's share of the grant, the whole only where no other level gives a part, which the sentence's words before the
 * amount cannot tell (上级 is every level above the unit: "争取到上级补助资金120万元" is the whole).
 */
const ONE_LEVEL_FUND = String.raw`(?:\d{4}年度?)?(?:中央|省级?|自治区|市级?|州级?|县级?|区级|本级)(?:财政)?(?:专项|补助)?(?:资金|经费)`;
/** Before money granted (下达), a part of the project's funds as BUDGET_PART says, or what is passed on (分别下达). */
const GRANT_PART = new RegExp(`${BUDGET_PART.source}|分别$`);

/**
 * The overall grade as a sentence states it, up to what follows it: "评价等级为“优”", "自评结论:优秀", "综合评价为“优”"
 * (评价 alone only as the whole's: an indicator's 满意度评价为优 is no overall grade).
 */
const GRADE_STATED = `(?:等级|等次|结果|结论|(?:综合|总体|整体)评价)\\s*(?:(?:为|是)\\s*:?|:)?\\s*[“"「『]?${STATED_GRADES}[”"」』]?\\s*`;
/**
 * The overall grade stated just before: "评价等级为“优”,", "自评结论:优,", "自评结果为优秀,", and the bracket
 * opened after it ("自评等级为优(得分95.5分)").
 */
const AFTER_GRADE = new RegExp(`${GRADE_STATED}[,(]\\s*$`);

/**
 * The funds a unit's money may come from, other than the appropriation itself (一般公共预算, 政府性基金, 国有资本经营,
 * 财政专户, by any of their names: "一般预算财政拨款收入"), or the government above (上级): before an income's wording
 * they make it that fund's part ("一般公共预算财政拨款收入") or a government's revenue, never the unit's whole income.
 * (财政拨款 is left out: it is the unit's appropriation as a whole, "财政拨款收入".)
 */
const FUND_OF_UNITS = fundNames((f) => f.paysUnits && f.kind !== 'appropriation');
export const FUND_PREFIX = new RegExp(`(?:${FUND_OF_UNITS}|上级)$`);

/** A fund's or a government's revenue before 总收入 ("一般公共预算总收入", "财政总收入"): no unit's income. */
export const GOVERNMENT_REVENUE = new RegExp(`(?:${FUND_OF_UNITS}|上级|财政)$`);

/**
 * The unit named by itself before a wording: 本 / 我 and its kind (本局, 我校, 本中心, 本馆), as 本单位 / 本部门 name it, or
 * by 该 as an evaluator's report names the unit it evaluates (该单位, 该局); a
 * class's or another body's name there ("教育支出决算", "某某局支出决算") is no such reference.
 */
export const OWN_UNIT_WORDS = '(?:本|我|该)(?:单位|部门|局|院|校|所|站|馆|中心|委|园|队|办|社|会|镇|乡|街道|室|处|厅)';
const OWN_UNIT = new RegExp(`${OWN_UNIT_WORDS}$`);
/** The same reference opening a name: "本局基本支出" is the unit's own 基本支出. */
export const OWN_UNIT_LEAD = new RegExp(`^${OWN_UNIT_WORDS}`);

/**
 * What may stand right before 人员经费 / 公用经费 where they are the unit's classes of basic spending: a year, the unit,
 * a list's or a sentence's joining word, or 等 after what the class holds ("…津贴补贴等人员经费"). Any other word before them makes them the end of an item's name, a grant by
 * its rate or its recipients ("生均公用经费", "小学公用经费70.06万元" in a fund's list of items, "军休人员经费").
 */
const UNIT_CLASS_HEAD = new RegExp(
  `(?:年|年度|其中|(?:支出|经费)中|的|和|及|与|含|包括|是|为|合计|部门|单位|本年|全年|减少|增加|安排|等)$|${OWN_UNIT_WORDS}$`,
);
/** The parts of the year's income and spending, whose own 合计 is no total of the year's. */
const INCOME_PART = /(?:事业|经营|其他|补助|拨款|基金|上缴|附属单位|专户|非税|税收)$/;
/**
 * A part of the unit's income, or a fund, before 收入决算: "一般公共预算收入决算数129748万元" (a government's final
 * accounts) is that fund's revenue, as 一般公共预算总收入 is (GOVERNMENT_REVENUE), never the unit's income.
 */
const INCOME_PART_OR_FUND = new RegExp(`${INCOME_PART.source}|${FUND_PREFIX.source}`);
const EXPENSE_PART = /(?:基本|项目|经营|事业|人员|公用|上缴上级|附属单位补助|资本性|商品和服务|福利|补助)$/;
/**
 * A fund before 支出合计 ("社会保险基金支出合计", "国有资本经营预算支出合计", a government's accounts of each fund): that fund's
 * spending, no unit's year.
 */
const FUND_SPENDING = /(?:基金|资本经营预算)$/;

/**
 * A class of spending's budget (项目支出预算, 人员经费预算 …) named alone, or after the year, the unit or 其中: after any
 * other word it is part of a longer name ("扶贫项目支出预算").
 */
const CLASS_BUDGET = { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:年|年度|其中|部门|单位|本年)$/ };

export const WORDINGS: Wording[] = [
  // ── budget, executed, rate ──────────────────────────────────────────────
  w(
    'budget.initial',
    'initial',
    'money',
    '年初(?:收支)?预算(?:数|金额|资金|收入)?(?:合计|总计|总额)?(?:由|从)?|年初预算安排(?:(?:专项|项目|财政|工作)?(?:资金|经费)|数)?|年初批复预算数?|年初预算批复(?:数|资金|金额)?|年初部门预算|年初安排(?:[\\u4e00-\\u9fff]{1,6}的)?部门预算(?:资金|经费)?(?:总?额|数)?',
    [
      ['年初预算57.28万元。', '57.28'],
      ['2023年部门年初预算批复312,560.42万元,年中调整后预算为345,218.66万元。', '312560.42'],
      ['该项目年初预算资金50万元,调整后预算48万元。', '50'],
      ['年初预算数 100 万元。', '100'],
      ['年初批复预算8个项目985万元,调整预算后项目预算861.46万元。', '985'],
      ['该项目年初预算批复120万元,实际支出118万元。', '120'],
      // the kind of money between 安排 and its amount (经费 as well as 资金)
      ['本项目年初预算安排经费96.00万元,年中未调整。', '96.00'],
      ['年初预算安排专项经费96万元,实际支出88.62万元。', '96'],
      // the budget told by its income side, as 预算收入 is the year's budget
      ['年初预算收入1,100万元,全年预算收入1,250万元。', '1100'],
      // the budget of income and spending as one, balanced (收支预算), as the year started
      ['2023年度年初收支预算为5028.9万元,全年预算为6350.18万元。', '5028.9'],
      // the sum of the sources the year started with (中央下达2077万元,省级安排312万元,年初预算合计2389万元)
      ['中央年初下达资金2077万元,省级安排资金312万元,年初预算合计2389万元。', '2389'],
      // the 年初 column of a 部门整体支出绩效自评表 named in a sentence
      ['单位年初预算资金总额为236万元,实际投入资金230万元。', '236'],
      // the year-start budget an adjustment started from ("年初预算由80万元调整为100万元")
      ['2023年年初预算由1,200万元调整为1,350万元,实际支出1,320万元。', '1200'],
      // the department's budget as the year started, set by the finance body for the unit (年初安排我单位的部门预算资金额)
      ['2018年,区财政局年初安排我单位的部门预算资金额为1,236.16万元,年中调增预算收入300万元。', '1236.16'],
    ],
  ),
  w(
    'budget.executionRate',
    'rate',
    'percent',
    '(?:预算|资金|支出|项目|整体)?执行率|完成(?:全年|年度)?(?:调整后?)?预算数?(?:\\((?:含|包括|不含)[^()]{1,12}\\))?的?|预算完成率|完成年初预算数?的?|支出进度|执行进度|(?:资金)?(?:支付|拨付|报账)进度|占(?:全年|年度)?(?:调整后?)?预算(?:数|资金|总额)?的?(?:比例|比重)?|(?:为|是|达到?)(?:全年|年度|年初)?(?:调整后?)?预算(?:数|资金|总额)?的',
    [
      ['完成预算的 93%。', '93'],
      ['预算执行率为 93.5%。', '93.5'],
      ['衔接资金80万元,已报账78万元,报账进度97.5%。', '97.5'],
      ['基本支出和项目支出的预算执行率均达到100%。', '100'],
      ['全年预算数320万元,全年执行数320万元,预算执行率、完成率均达到100%。', '100'],
      ['预算执行率为百分之九十三。', '93'],
      ['本部门共支出资金1,520.60万元,占全年预算的98.15%。', '98.15'],
      // the spending stated first, then what part of the budget it is (为年初预算的98%): the budget's execution
      ['2023年全年支出1234万元,为年初预算的98%。', '98'],
      ['全年共支出12,345,678.90元,为全年预算的96.5%。', '96.5'],
      ['预算80万元,已支付75万元,支付进度93.75%。', '93.75'],
      // a note on what the budget counts ("(含结余)") stands between it and its share
      ['截至9月底,累计支出512万元,完成预算(含上年结转)的71.3%。', '71.3'],
      // the budget named by its figure (预算数), as the sentence named it before ("全年预算数为…,支出决算数为…")
      ['全年预算数为500.00万元,支出决算数为450.00万元,完成全年预算数的90.00%。', '90.00'],
      ['年初预算数为480万元,支出决算数为470万元,完成年初预算数的97.92%。', '97.92'],
      // the budget named as adjusted (调整预算, the final accounts' name for the year's budget after its changes)
      ['调整预算860万元,支出决算812万元,完成调整预算的94.42%。', '94.42'],
      ['全年支出决算640.5万元,完成全年调整后预算的97.1%。', '97.1'],
      ['部门总支出305万元,为调整预算的96.8%。', '96.8'],
    ],
  ),
  // "实际支付2700万元,使用率90%": a use rate is the execution rate unless something else is used (设备使用率); where
  // the report also names a rate for the budget's execution ("预算执行率96%…资金使用率98.5%"), it is another measure (the
  // funds used over those received or paid), not that rate stated again: it yields
  w(
    'budget.executionRate',
    'rate',
    'percent',
    // (投资完成率: the investment completed over the investment planned, the execution of a works' budget, 总投资)
    // (报账率: the share claimed back under the 报账制, spent as a transfer fund's projects spend)
    // (发放率 / 兑付率: a grant's or subsidy's money handed out over what was given, its execution)
    '(?:资金|预算)?(?:使用|支出|支付|拨付|报账|发放|兑付)率|投资完成率',
    [
      ['全年实际下达71万元,已全额划转至各街道并执行发放,发放率100%。', '100'],
      ['项目资金60万元,累计报账57.5万元,报账率95.83%。', '95.83'],
      ['实际支付2700万元,使用率90%。', '90'],
      ['项目计划总投资1500万元,累计完成投资1420万元,投资完成率94.67%。', '94.67'],
      ['资金使用率100%。', '100'],
      ['资金支出98万元,支出率98%。', '98'],
      ['全年安排项目资金60万元,已支付58.2万元,支付率97%。', '97'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:资金|预算)$/, yields: 'budget.useRate' },
  ),
  // "部门预算总金额803.74万元,其中:基本支出757.49万元,项目支出46.25万元。完成率均达到100%": a bare 完成率 right
  // after the unit's budget or spending amounts is their completion, the budget's execution rate; elsewhere (an
  // indicator's, a task's: "完工率", "培训完成率") it is none, and a table reads it only as a header (TABLE_ONLY)
  w(
    'budget.executionRate',
    'rate',
    'percent',
    '完成率',
    [
      ['部门预算总金额520.30万元,其中:基本支出410.10万元,项目支出110.20万元。完成率均达到100%。', '100'],
      ['2022年单位预算总额860.5万元,其中基本支出700万元,项目支出160.5万元。完成率为97.6%。', '97.6'],
      ['全年预算资金1200万元,实际支出1180万元,完成率98.33%。', '98.33'],
    ],
    { bare: true, afterBudgetAmount: true },
  ),
  // "全年应执行数为7.79万元": what was due to be executed, the budget the rate is stated against, not what
  // was spent (tried before 执行数)
  w('budget.total', 'budget', 'money', '(?:全年|年度)?应(?:执行|支出|拨付)(?:数|金额|资金)', [
    ['全年应执行数为12.5万元,实际执行率为100%。', '12.5'],
  ]),
  w(
    'budget.executed',
    'executed',
    'money',
    '全年执行数?(?:合计|总计)?|预算执行(?:数|金额)?(?:合计|总计)?|实际执行数?|执行数(?:合计|总计)?|执行金额|预算完成数|预算累计完成(?:数|额)?|实际完成数?|完成数|决算数|执行总(?:额|量)|实际使用数?|已(?:于(?:本年度?|当年度?|年内))?支出(?:资金)?|累计支出(?:资金|经费|金额)?|完成支出|(?:完成|执行)预算(?:资金|金额)(?:合计|总额)?|(?:全年|年度|实际)?执行(?:资金|经费)(?:总额|合计)?',
    [
      ['执行数 6708 万元。', '6708'],
      // the budget's money that was used, not the budget ("预算资金" alone is the budget)
      ['项目申请预算资金90万元,共完成预算资金89.97万元。', '89.97'],
      ['项目全年预算资金合计320万元,实际全年执行预算资金合计301.5万元。', '301.5'],
      ['全年执行数 6708 万元。', '6708'],
      ['截至12月底已支出48万元。', '48'],
      // the year the spending fell in, between 已 and 支出 ("已于本年度支出", "已于当年支出"): still what was spent
      ['项目资金60万元,已于本年度支出58万元。', '58'],
      // the project before 累计 ("项目累计支出资金"): the report's own project, its money spent
      [`${PROJECT}截至2023年12月31日,项目累计支出资金332.5万元,预算执行率为95%。`, '332.5'],
      ['项目资金到位50万元;已支出资金48万元,支出进度96%。', '48'],
      ['截至2023年12月31日,该项目预算执行580万元,预算执行率96.67%。', '580'],
      ['我局预算总额为800万元,执行总额为792万元。', '792'],
      // (执行总量: the whole amount executed, as 执行总额 says)
      ['2022年全年预算数3000万元,资金执行总量2967.5万元,预算执行率为98.92%。', '2967.5'],
      // the money executed, named as money ("全年执行资金"), as 执行金额 names it
      ['项目全年预算210万元,全年执行资金205万元,执行率97.62%。', '205'],
      // (its total, "实际执行资金总额": the same money summed)
      ['项目年预算批复金额为900万元,实际执行资金总额890万元,资金执行率为98.89%。', '890'],
      // the sum of the funds' spending, as 预算数合计 is of their budgets
      ['各级资金预算数合计500万元,全年预算执行数合计480万元。', '480'],
      // what of the budget was done so far, beside its progress
      ['1-9月专项预算累计完成4,037.95万元,预算执行进度为34.15%。', '4037.95'],
    ],
    // "一般公共预算收入决算数129748万元": revenue collected (a fund's, a government's), never money spent
    { notAfter: /收入$/ },
  ),
  // "2023年度本部门整体支出3,256.40万元", "全年支出1,560.80万元": what was spent; the budget's execution
  // only beside a budget or a rate (LABELS.md convention 2)
  w(
    'expense.total',
    'executed',
    'money',
    '(?:部门|单位)?整体支出(?:总额)?|(?:全年|当年|当期)(?:发生)?支出(?:数|总额|经费)?(?:完成(?:数|额)?)?',
    [
      ['2023年度本部门整体支出3,256.40万元。', '3256.40'],
      ['2023年度全年支出完成1,210.35万元。', '1210.35'],
      ['该项目2023年共安排资金600万元,当年支出580万元。', '580'],
      // 当期 (the period reported: the year) as 当年, the verb of spending incurred after it
      ['2023年当期发生支出5,691.64万元。', '5691.64'],
      // the money named after it (经费), as 支出资金 names it
      ['2023年度该项目全年支出经费88.62万元。', '88.62'],
    ],
    {
      executedAgainstBudget: 'sentence',
    },
  ),
  // "预算数100万元,支出数95万元" (LABELS.md's own wording for what was spent): the budget's execution
  // beside a budget or a rate, else the year's spending; never the tail of a class's name (基本支出数)
  w('expense.total', 'executed', 'money', '支出数', [['2023年度支出数95万元。', '95']], {
    notAfter: /[\u4e00-\u9fff]$/,
    unlessAfter: /(?:全年|本年|年度|年|部门|单位|整体|累计)$/,
    executedAgainstBudget: 'sentence',
  }),
  // "本部门共支出资金1520.6万元,占全年预算的98.15%": spent money, the budget's execution beside a budget or rate
  // "截至年底共支出资金": a date's end (年底, 12月31日, 目前) before it is no name running into it
  w(
    'expense.total',
    'executed',
    'money',
    '(?:共计?|合计|累计|全年|实际)?支出资金',
    [
      ['本部门全年共支出资金1,520.60万元。', '1520.60'],
      ['截至年底共支出资金823.5万元。', '823.5'],
      // the sum's adverb in two characters (共计, 合计), as 共 is in one
      ['全年共计支出资金1,150.00万元。', '1150.00'],
      ['2023年度合计支出资金342.6万元。', '342.6'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:共|共计|合计|累计|全年|实际|部门|单位|年|年度|本年|年底|年末|月底|日|止|目前)$/,
      executedAgainstBudget: 'sentence',
    },
  ),
  // "教育支出决算为1595.95万元" is one class's spending; the unit's or a funding line's only after their
  // words. Like 支出总额, it is the budget's execution only beside a budget or a rate (convention 2):
  // "收入决算1150.5万元,支出决算1100.2万元" states the year's spending.
  w(
    'expense.total',
    'executed',
    'money',
    '支出决算(?:数|总额)?|决算支出(?:数|总额)?',
    [
      ['支出决算数为1264.92万元。', '1264.92'],
      ['2023年度收入决算总额1150.5万元,支出决算总额1100.2万元。', '1100.2'],
      // the unit named by itself (本局, 我校, 本中心) before it, as 本单位 is
      ['2023年度本局收入决算620.3万元,本局支出决算612.1万元。', '612.1'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: new RegExp(
        `(?:全年|年度|部门|本年|单位|整体|年|财政拨款|一般公共预算|基金预算|经营预算|基金|总|决算)$|${OWN_UNIT.source}`,
      ),
      executedAgainstBudget: 'sentence',
    },
  ),
  w('expense.total', 'executed', 'money', '支出总额', [['2021年度部门支出总额120万元。', '120']], {
    bare: true,
    executedAgainstBudget: 'sentence',
  }),
  // 实际支出 is what was spent; it is the budget's execution wherever the report states a budget or a rate. Like 支出资金
  // and 支出决算, only after the year, the unit, its project or its funds, a date or an adverb of the sum: after any other
  // name it is that class's or that programme's spending ("民生和各项公共事业实际支出236亿元", "教育实际支出"), a part
  w(
    'expense.total',
    'executed',
    'money',
    '实际(?:形成)?支出(?:数|总额|金额|资金|经费)?',
    [
      ['实际支出 88.8 万元。', '88.8'],
      // (the spending a fund's money came to, 形成支出: "实际形成支出14474.12万元")
      ['2024年实际形成支出1447.12万元。', '1447.12'],
      ['实际支出金额88.8万元。', '88.8'],
      // the money named after it, a project before it ("项目实际支出资金"): what was spent
      ['2023年度项目实际支出资金430.5万元。', '430.5'],
      // the unit named by itself, the year, the funds or a date before it
      ['2023年本局实际支出612.1万元。', '612.1'],
      // (or by 该 and its kind, as an evaluator writes of the unit it evaluates)
      ['2023年该局实际支出612.1万元。', '612.1'],
      ['截至2023年12月31日实际支出95.6万元。', '95.6'],
      ['项目财政资金实际支出48万元。', '48'],
      // the area a transfer payment was granted to, speaking of the fund it received ("下达我县…资金2145万元…全县实际支出")
      ['截至2023年12月31日,全县实际支出2,070.86万元,未支出部分已结转。', '2070.86'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: new RegExp(
        `(?:全年|年度|本年|当年|年|部门|单位|整体|项目|专项|资金|经费|预算|共|共计|合计|累计|已|其中|年底|年末|月底|日|止|目前|[全我](?:县|市|区|旗|镇|乡))$|${OWN_UNIT.source}`,
      ),
      executedAgainstBudget: 'document',
    },
  ),
  w(
    'budget.total',
    'budget',
    'money',
    '全年预算数|(?:部门|单位|年度)总体?预算|调整后的?(?:部门|单位|项目)?预算(?:数|资金|金额)?|调整预算后(?:的?(?:项目)?预算(?:数|资金)?)?|全年调整预算数?|调整预算数?|全年预算(?:金额)?|(?:全年)?预算数?经?调整(?:数|后)?|(?:年度)?(?:支出)?预算数(?:合计|总计)?|预算总金?额|预算金额|年度预算|预算安排(?:数|金额)?|预算资金(?:总额|总计|合计)?|预算经费(?:总额|合计)?|下达预算|批复预算(?:数|资金|金额)?|预算批复(?:数|资金|金额)?',
    [
      ['全年预算数 7143.45 万元。', '7143.45'],
      ['调整后预算数为 120.5 万元。', '120.5'],
      ['部门预算总金额1200万元,其中基本支出800万元。', '1200'],
      ['全年預算數 7,143.45 萬元。', '7143.45'],
      ['2023年单位总预算1,235.60万元,全年完成支出1,210.35万元。', '1235.60'],
      ['部门总体预算为860万元,执行数860万元,执行率100%。', '860'],
      ['年初预算安排100万元,全年预算调整为120万元。', '120'],
      ['2023年年初预算1,200万元,预算数调整为1,350万元,实际支出1,320万元。', '1350'],
      ['年度预算资金总额为356.8万元,全年实际支出346.2万元。', '356.8'],
      ['该项目批复预算资金120万元,实际支出115.2万元。', '120'],
      ['2022年度项目预算批复150万元,全年实际使用资金142.8万元。', '150'],
      ['年初批复预算8个项目985万元,调整预算后项目预算861.46万元。', '861.46'],
      ['本项目为经常性业务费,预算经费12万元,用于设备维护。', '12'],
      // the unit's words between 调整后 and 预算, or 经 before 调整: the same adjusted budget
      ['2023年度,全年调整后部门预算1,260.00万元,实际支出1,198.40万元。', '1260.00'],
      ['2023年部门预算经调整后为860万元,支出决算812万元。', '860'],
      // the kind of money after the adjusted budget's words (调整后预算资金), as after 预算 alone
      ['全年调整后预算资金100万元,实际支出96.5万元。', '100'],
      // the budget after its adjustment with no second 预算 ("调整预算后为"): the year's budget as it came to be
      ['年度内调整预算后为1,132.80万元,部门整体支出1,118.46万元。', '1132.80'],
    ],
    // "(一般)公共预算收入 / 公共预算数": the public-budget fund's, a government's revenue, never a unit's budget;
    // "追加预算数 / 调减预算": a change to the budget in the year, not the budget it came to
    { notAfter: /公共$|(?:追加|追减|调增|调减|核减|压减)$/ },
  ),
  // "年初预算300万元,实际预算300万元,全年执行300万元": the budget the year actually had, beside its initial one (a form's
  // 预算执行 line written out); never the tail of a name
  w(
    'budget.total',
    'budget',
    'money',
    '实际预算(?:数|金额|资金)?',
    [['年初预算300万元,实际预算320万元,全年执行316万元,执行率98.75%。', '320']],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:年|年度|该项目|本项目|项目|共)$/ },
  ),
  // "全年总预算为2,345.67万元": the whole year's budget, as 部门总预算 / 年度总预算 are (a bare 总预算 may total the projects a
  // unit's report counted before it, see the project wordings; after a name, "A项目全年总预算", it is that project's)
  w(
    'budget.total',
    'budget',
    'money',
    '(?:全年|本年|当年)总预算(?:数|资金|金额)?',
    [['全年总预算为2,345.67万元,全年总支出为2,300.00万元,执行率为98.05%。', '2345.67']],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:年|年度|部门|单位|整体|该项目|本项目)$/ },
  ),
  // "全年预算指标1,250万元", "共下达预算指标850万元": the budget quota the finance body issued, the year's budget; an addition to
  // it (追加预算指标) or a name before it is none
  w(
    'budget.total',
    'budget',
    'money',
    '预算指标(?:数|总额|合计)?|指标金额|(?:专项)?(?:经费|资金)指标总额',
    [
      // (the quota's amount named so after the money it is for: "…法律顾问经费,指标金额是110万元,实际拨付金额是108万元")
      ['2020年度县财政划给县司法局法律顾问经费,指标金额是110万元,实际支出108万元。', '110'],
      ['2023年度全年预算指标1,250.00万元,实际支出1,210.50万元,预算执行率96.84%。', '1250.00'],
      ['2023年共下达预算指标850万元,已支出830万元,执行率97.65%。', '850'],
      // (the quota of the unit's funds as a whole, 经费指标总额; after 年初, the initial budget)
      ['本馆2022年专项经费指标总额为84万元,实际支出80万元。', '84'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:全年|年度|本年|当年|年|年初|部门|单位|整体|该项目|本项目|下达|批复|调整后)$/ },
  ),
  // "计划安排资金(万元) | 700": the Hunan form's budget beside 实际到位资金 and 实际支出; never the tail of a name
  w(
    'budget.total',
    'budget',
    'money',
    '计划(?:安排|投入)资金(?:总额)?',
    [
      ['该项目计划安排资金700万元,实际支出688万元。', '700'],
      ['2023年项目计划投入资金260万元,实际支出248.6万元。', '260'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:年|年度|该项目|本项目|项目|共)$/ },
  ),
  // "2022年预算收入69.06万元": the unit's budgeted income, unless a fund's name runs into it (一般公共预算收入)
  // "部门预算收入总数812.5万元": 总数 is the sum, as 合计 is
  w(
    'budget.total',
    'budget',
    'money',
    '预算收入(?:总数)?',
    [
      ['2022年预算收入69.06万元。', '69.06'],
      ['2019年部门预算收入总数812.5万元,全年实际支出800万元。', '812.5'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:全年|年度|部门|本年|单位|年)$/,
    },
  ),
  // "基本支出预算数620万元": the budget's split by nature, never the unit's budget (nor what it spent)
  w('expense.basic.budget', 'amount', 'money', '基本支出预算(?:数|金额)?', [
    ['2023年基本支出预算数620万元,项目支出预算数230万元。', '620'],
  ]),
  // "预算批复基本支出为2411.77万元": the budget's words before the class, the same budget of basic spending (never what
  // was spent on it, which a 决算 sentence states)
  w('expense.basic.budget', 'amount', 'money', '(?:预算批复|年初预算批复|批复|年初预算|预算安排|安排)的?基本支出(?:数|金额)?', [
    ['2019年初财政对我局预算批复的总支出为1,850万元,预算批复基本支出为2,411.77万元。', '2411.77'],
    ['2023年安排基本支出300万元,实际支出290万元。', '300'],
  ]),
  w(
    'expense.project.budget',
    'amount',
    'money',
    '项目支出预算(?:数|金额)?',
    [
      ['2023年基本支出预算数620万元,项目支出预算数230万元。', '230'],
      // the verb that budgets it ("安排项目支出预算"), as before 基本支出预算: no project's name
      ['2024年安排项目支出预算236.30万元,主要用于图书购置。', '236.30'],
    ],
    { ...CLASS_BUDGET, unlessAfter: /(?:年|年度|其中|部门|单位|本年|和|及|安排)$/ },
  ),
  // "2023年安排项目支出198.5万元,实际支出190万元": the verb that budgets the class, no 预算 after it, says the same budget
  // (项目支出 alone after a word is one project's spending, and "安排项目" no project's name)
  w(
    'expense.project.budget',
    'amount',
    'money',
    '(?:预算)?安排项目支出(?:数|金额)?',
    [['2023年安排项目支出198.5万元,实际支出190万元。', '198.5']],
    { ...CLASS_BUDGET, unlessAfter: /(?:年|年度|其中|部门|单位|本年|和|及)$/ },
  ),
  // "人员经费预算450万元,实际支出448万元": the budget of one class of basic spending, never the unit's
  w(
    'expense.personnel.budget',
    'amount',
    'money',
    '人员经费预算(?:数|金额)?',
    [['2023年人员经费预算450万元,实际支出448万元。', '450']],
    CLASS_BUDGET,
  ),
  w(
    'expense.publicUse.budget',
    'amount',
    'money',
    '(?:日常)?公用经费预算(?:数|金额)?',
    [['2023年公用经费预算50万元,实际支出47万元。', '50']],
    CLASS_BUDGET,
  ),
  // "基本支出预算 / 工资福利支出预算 / 事业收入预算 X" is one part's budget, not the unit's (a budget
  // document reads it as that part)
  // "(相应)安排支出预算 X" / "批复支出预算 X": the spending budgeted or approved, 安排 / 批复 its verb and no part's name; "支出预算总计 / 合计 X": its sum
  // over the parts, still the budget (a budget document reads it as its 支出总计 / 支出合计, prose.ts budgetedAmount)
  w(
    'budget.total',
    'budget',
    'money',
    '支出预算(?:总计|合计|总额)?',
    [
      ['2023年部门支出预算1500万元,实际支出1450万元。', '1500'],
      ['收入预算总额860万元,相应安排支出预算860万元。', '860'],
      ['2023年部门支出预算总计1,520万元,实际支出1,496万元。', '1520'],
      // (the verb that approved it, 批复, as 安排 budgets it)
      ['2021年度批复支出预算1824.15万元,实际支出1711.15万元。', '1824.15'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:全年|年度|部门|本年|单位|整体|年|安排|批复)$/,
    },
  ),
  w('budget.total', 'budget', 'money', '收入预算', [['2023年收入预算1500万元,其中财政拨款1400万元。', '1500']], {
    notAfter: /[\u4e00-\u9fff]$/,
    unlessAfter: /(?:全年|年度|部门|本年|单位|整体|年)$/,
  }),
  w('budget.total', 'budget', 'money', '预算', [['1、预算:860万元。', '860']], { bare: true }),
  // "年初预算1,100万元,调整后1,234.5万元": a bare 调整后 opening the clause right after the year's first budget is the
  // budget it was adjusted to (after anything else, "调整后绩效目标…", it names no budget)
  w('budget.total', 'budget', 'money', '调整后(?:的)?', [['年初预算1,100万元,调整后1,234.5万元,实际执行1,220.3万元。', '1234.5']], {
    bare: true,
    afterBudgetAmount: true,
  }),
  // "预算由80万元调整为100万元": the budget before the adjustment, kept apart from 年初预算 (which 年初 names: the
  // budget adjusted may already be a mid-year one); an item's is its initial budget, its adjusted one its budget
  w(
    'adjustment.from',
    'initial',
    'money',
    '预算(?:数|资金|总额|金额|经费)?(?:由|从)',
    [['2023年部门预算由1,200万元调整为1,350万元,实际支出1,320万元。', '1200']],
    // (after the year, the unit or a project's name only: "培训费预算由…" is a sub-item's; 年初预算由 is budget.initial's)
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:年|年度|全年|年中|部门|单位|整体|本年|项目)$/ },
  ),
  // "预算由80万元调整为100万元": the budget the year's adjustment gave (ADJUSTED_FROM before the first amount);
  // 为 is filler, so the verb alone (or with 至 / 到) is left before the amount
  w(
    'budget.total',
    'budget',
    'money',
    '(?:调整|调增|调减|追加|追减|核减|压减)(?:至|到)?',
    [
      ['该项目年初预算80万元,年中预算由80万元调整为100万元,全年实际支出95万元。', '100'],
      ['2023年部门预算从1,200万元调增至1,350万元,实际支出1,320万元。', '1350'],
    ],
    { afterAdjustedAmount: 'from' },
  ),
  // "年初预算1,200万元,追加150万元后为1,350万元" / "…,调增150万元,调整后为1,350万元": the budget after the change
  w(
    'budget.total',
    'budget',
    'money',
    '(?:调整|调增|调减|追加|追减)?后(?:的)?(?:预算(?:数|资金|总额)?)?',
    [
      ['2023年年初预算1,200万元,追加150万元后为1,350万元,实际支出1,320万元。', '1350'],
      ['2023年年初预算1,200万元,年中调增150万元,调整后为1,350万元,实际支出1,320万元。', '1350'],
    ],
    // (after the bare 调整后 above, which reads it where a unit's amount stands before: an item's sentence, which that
    // one skips, reads 调整后 here)
    { afterAdjustedAmount: 'change' },
  ),
  // "部门预算财政安排公共财政拨款资金共157.71万元": money the budget allocates to the unit; one level's budget before it
  // ("县本级预算安排的衔接资金", "省级预算安排资金") allocates that level's share, one source of the money (LEVEL_BUDGET)
  w(
    'budget.total',
    'budget',
    'money',
    '预算[\u4e00-\u9fff]{0,6}安排[\u4e00-\u9fff]{0,10}资金(?:总额|总计|共计|共|合计)?',
    [
      ['2024年部门预算财政安排公共财政拨款资金共157.71万元,实际支出157.71万元。', '157.71'],
      ['2022年部门预算安排资金总额2,345.67万元,全年实际支出2,300.12万元。', '2345.67'],
    ],
    { notAfter: LEVEL_BUDGET },
  ),
  // "全年预算支出1500万元": the year's budgeted spending, unless a fund's name runs into it (一般公共预算支出);
  // "部门预算支出总计 / 合计 / 总额 X" is the same budget summed, not the year's spending (支出总计 / 支出合计)
  w(
    'budget.total',
    'budget',
    'money',
    '预算总?支出(?:数|总计|合计|总额|总数)?',
    [
      ['全年预算支出1500万元,实际支出1450万元。', '1500'],
      // 总 before 支出 ("预算总支出"), as before 收入 in 预算总收入: the budget's whole spending
      ['部门2022年度预算总支出1860万元,决算总支出1802.5万元。', '1860'],
      ['2023年度部门预算支出总计1,520万元,实际支出1,496万元,预算执行率98.42%。', '1520'],
      ['2023年部门预算支出合计980万元,其中基本支出760万元,项目支出220万元。', '980'],
      // the year right before it ("本单位2023年预算支出合计"): the unit's year, no fund's name
      ['本单位2023年预算支出合计645万元,其中基本支出515万元。', '645'],
      ['2019年部门预算支出总数812.5万元,全年实际支出800万元。', '812.5'],
      // the unit naming itself before it (我局, 本单位): its own budgeted spending
      ['2021年我局预算支出为1250万元。其中,基本支出922万元,项目支出328万元。', '1250'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: new RegExp(`(?:全年|年度|部门|本年|单位|\\d年|${OWN_UNIT_WORDS})$`),
    },
  ),
  // "部门整体支出预算1500万元,决算1450万元": a bare 决算 beside a budget
  w('budget.executed', 'executed', 'money', '决算', [['部门整体支出预算1500万元,决算1450万元。', '1450']], { bare: true }),
  // "全年预算7143.45万元,执行6708万元": a bare 执行 beside a budget, at the head of its clause
  // (or "资金已执行4132.8万元,预算执行率60.78%": the money, already executed)
  w(
    'budget.executed',
    'executed',
    'money',
    '(?:全年|实际)?执行|(?:资金|预算)(?:已|累计|已累计)执行',
    [
      ['全年预算7143.45万元,执行6708万元,执行率93.90%。', '6708'],
      ['下达资金6800万元,已全部分解到位。目前,资金已执行4132.8万元,预算执行率60.78%。', '4132.8'],
    ],
    { bare: true },
  ),
  // "部门预算资金共计3000万元,全年共使用2950万元", "…,已拨付2950万元": money used or paid out at the head of its
  // clause, set against the budget its sentence states, is the budget's execution (alone, it may be passed on)
  w(
    'budget.executed',
    'executed',
    'money',
    '(?:全年|当年|累计|实际)?(?:共|已|累计)?(?:完成)?(?:使用|拨付|支付|列支)(?:财政)?(?:资金)?',
    [
      ['2023年部门预算资金共计3,000.00万元,全年共使用2,950.40万元,执行率98.35%。', '2950.40'],
      ['全年预算3,000万元,已拨付2,950万元。', '2950'],
      // the payment done (已完成支付), and what the accounts booked as spent (列支)
      ['2023年全年预算数500万元,已完成支付490万元,完成率98%。', '490'],
      ['2023年全年预算数500万元,实际列支490万元,执行率98%。', '490'],
      // the money used set against the budget by its share of it (占年度预算的…), the budget's amount unstated
      ['2023年度我局共使用财政资金1,180万元,占年度预算的98.33%。', '1180'],
    ],
    { bare: true, againstBudgetOnly: true },
  ),
  // ── a project's own funds (project reports only) ───────────────────────
  w(
    'budget.executed',
    'executed',
    'money',
    '(?:拨付|发放|支付|兑付|使用)(?:[\u4e00-\u9fff]{0,8}(?:资金|公益金)|金额)?',
    [
      // (the amount paid out named 金额, against the budget's quota: "指标金额是110万元,实际拨付金额是108万元")
      [`${PROJECT}指标金额是110万元,实际拨付金额是108万元。`, '108'],
      [`${PROJECT}项目财政资金总额16.20万元,拨付使用16.20万元。`, '16.20'],
      // (against the budget the report states: money paid out alone is what was disbursed, convention 2)
      [`${PROJECT}补助资金预算150万元,共完成发放补助资金141.8万元。`, '141.8'],
      // a lottery fund (体彩 / 福彩公益金) is used as any other fund is
      [`${PROJECT}截至年底,已使用体育彩票公益金97.6万元,资金使用率95.2%。`, '97.6'],
    ],
    {
      projectOnly: true,
      // "共拨付资金96万元,全年支出88.62万元,预算执行率92.31%": money passed on to the implementing unit, or handed
      // out, is the project's execution only where the report states no spending in stronger words (支出 / 执行数);
      // beside them it is what was disbursed, which the spending and the rate need not equal
      yields: 'budget.disbursed',
      // "下达…转移支付资金921.25万元": 转移支付 names the fund (a transfer), no payment made; "管理费使用1万元": a fee's own
      // use, one part of the project's money (a fund's 经费 is the project's money: "项目经费使用40万元")
      notAfter: new RegExp(`(?:计划|拟|预计|将|安排|下达|用于|自筹|配套|其他|社会|贷款|转移|(?<!经)费)$|${FINANCE_BODY_PAYS.source}`),
    },
  ),
  // "实际拨付至261个项目实施单位16227.61万元": money paid on to where it is spent (the implementing units, the farmers, a
  // special account), the project's execution as 拨付 alone is
  w(
    'budget.executed',
    'executed',
    'money',
    '(?:实际|已|累计)?(?:拨付|支付|划拨)(?:至|到)[\\u4e00-\\u9fff\\d]{2,16}?(?:单位|企业|个人|农户|专户|账户|基金)',
    [[`${PROJECT}总资金规模240万元,实际拨付至26个项目实施单位160.5万元,总体资金执行进度为66.88%。`, '160.5']],
    { projectOnly: true, yields: 'budget.disbursed' },
  ),
  w(
    'budget.executed',
    'executed',
    'money',
    '资金支出(?:费用|金额)?|(?:资金|经费)共支出?',
    [
      [`${PROJECT}项目资金到位100万元;资金支出98万元。`, '98'],
      // "共支" is 共支出 cut short, as reports write it before the amount
      [`${PROJECT}2023年该专项资金共支出46.8万元,支付设备购置费30万元。`, '46.8'],
      [`${PROJECT}2023年该专项资金共支46.8万元。`, '46.8'],
    ],
    {
      projectOnly: true,
      // "自筹资金支出29605.6万元", "其他资金支出": one funding source's spending beside the grant's, not the project's execution
      notAfter: /(?:计划|拟|预计|将|安排|下达|用于|自筹|配套|其他|社会|贷款|转移)$/,
    },
  ),
  // "实际开支39.2万元", "累计报账57.5万元": money spent out (开支) or claimed back against the project (报账) is its
  // spending, said with no word or only a word of time or sum before it; after a class (人员开支, 用于培训开支) it
  // is one part of the budget
  w(
    'budget.executed',
    'executed',
    'money',
    '开支(?:资金|金额)?|报账(?:资金|金额)?',
    [
      [`${PROJECT}项目预算资金40万元,实际开支39.2万元,执行率98%。`, '39.2'],
      [`${PROJECT}项目资金60万元,截至12月底累计报账57.5万元。`, '57.5'],
    ],
    {
      projectOnly: true,
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:实际|全年|当年|累计|共|已|年|年度|本年|年底|年末|月底|日|止|目前)$/,
    },
  ),
  // "下达资金56万元,实际完成投资54.6万元": a works project's money used is the investment it completed
  w(
    'budget.executed',
    'executed',
    'money',
    '(?:实际)?完成投资(?:额|金额)?',
    [[`${PROJECT}下达资金80万元,实际完成投资78.5万元。`, '78.5']],
    {
      projectOnly: true,
      notAfter: /(?:计划|拟|预计|将|应)$/,
    },
  ),
  // "部门预算项目支出87.5万元,专项预算支出…": after 预算, 项目支出 is a class of the budget (what was budgeted
  // for projects), not what the project spent
  w(
    'budget.executed',
    'executed',
    'money',
    '项目支出(?:费用|金额)?',
    [
      [`${PROJECT}项目资金支付合规,项目支出费用20.42万元,支付率68.07%。`, '20.42'],
      [`${PROJECT}截至年底,该项目支出45.6万元,支付率91.2%。`, '45.6'],
    ],
    // "其中甲馆屋面改造项目支出12万元、乙馆…": 项目 closing a sub-project's name is that one's spending;
    // "部门项目支出…,公共项目支出…": 公共 names a class of projects a budget is split into, not 共 (in all)
    {
      projectOnly: true,
      notAfter: /(?:计划|拟|预计|将|安排|下达|用于|自筹|配套|其他|社会|贷款|预算)$|[\u4e00-\u9fff]$/,
      unlessAfter: /(?:该|本|此|年|年度|其中|的|和|及|实际|累计|(?<!公)共|已)$/,
    },
  ),
  // "我校所有预算项目资金及追加预算项目资金合计101.2万元": two kinds of the project's funds joined and summed (合计), the
  // whole of its money, though the second is money added in the year (which alone is a change, BUDGET_PART)
  w(
    'budget.total',
    'budget',
    'money',
    '(?:项目|专项|预算)资金(?:及|和|与)[\\u4e00-\\u9fff]{0,12}?资金(?:合计|共计|总计)',
    [[`${PROJECT}截至2020年12月31日,我校所有预算项目资金及追加预算项目资金合计101.2万元已全部落实到位。`, '101.2']],
    { projectOnly: true, notAfter: BUDGET_PART },
  ),
  w(
    'budget.total',
    'budget',
    'money',
    '(?:资金总额|资金总计|预算安排总额|年度资金|项目资金|专项资金|补助资金|衔接资金|奖补资金|财政资金|总资金规模|资金总规模)(?:总额|总投入|共|共计|合计)?',
    [
      // "…补助资金总投入1,134.00万元,其中:中央下达资金…": all the money put into the fund, its total
      [`${PROJECT}2021年度衔接推进乡村振兴补助资金总投入1,134.00万元,其中:中央下达资金483.00万元。`, '1134.00'],
      // "总资金规模24224.30万元(其中中央财政资金…)": the scale of the funds, all of them
      [`${PROJECT}总资金规模240万元(其中中央财政资金200万元,省级财政资金40万元)。`, '240'],
      [`${PROJECT}项目资金总额50万元,其中:中央补助资金30万元。`, '50'],
      [`${PROJECT}年度资金40.83万元,本年度财政拨款40.83万元,执行率100%。`, '40.83'],
      // "资金总计" says the same as 资金总额
      [`${PROJECT}2020年度专项资金绩效评价资金总计46.3万元,其中甲河治理工程监理费20万元。`, '46.3'],
    ],
    {
      projectOnly: true,
      // "其中:中央补助资金226.7万元" is a part of the project's funds, not their total, and "年中调减中央财政资金300万"
      // a change to them; a level's funds opening their clause or line ("资金来源:中央财政资金:60万元,省级财政资金:
      // 30万元") are one source each, none the total (after a word, "2023年中央财政资金100万元", they may be all of it).
      // "项目预计投入资金总额2.7亿" is what the whole project is planned to take over its years (its investment), not the
      // year's budget (PLANNED_INPUT)
      notAfter: new RegExp(`${BUDGET_PART.source}|${PLANNED_INPUT.source}`),
    },
  ),
  // "资金总额及构成 | 总额1002.6万元,其中:中央726.7万元…": a project form's field of its funds' total and their make-up (the
  // 项目绩效自评报告表 of a province's finance department), whose 总额 is the whole of the project's money
  w(
    'budget.total',
    'budget',
    'money',
    '资金总额及构成\\s*[:|]?\\s*(?:总额|合计)',
    [[`${PROJECT}资金总额及构成 总额1002.6万元,其中:中央726.7万元;市级财政252万元。`, '1002.6']],
    { projectOnly: true },
  ),
  // "项目经费36万元", "本年度项目总资金120万元": the project's funds by their other names, said with no word or only a
  // word of time or reference before them; after a name (甲村道路项目经费) they are one sub-project's, after 预算
  // ("年初预算项目73个,预算项目经费…") the budget its sentence already names
  w(
    'budget.total',
    'budget',
    'money',
    '(?:项目|专项)经费(?:总额|共|共计|合计)?|项目总资金',
    [
      [`${PROJECT}项目经费36万元,已支付35.1万元,资金支付率97.5%。`, '36'],
      [`${PROJECT}本年度项目总资金120万元,已使用118.2万元。`, '120'],
    ],
    {
      projectOnly: true,
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:该|本|此|年|年度|全年|当年)$/,
    },
  ),
  // "下达…资金 / 经费 X": what the project was granted; the level that grants it may be its subject ("省级下达…").
  // "下达我市…补短工程160万元": the works granted to the reporting level itself (我市 / 我县) are its funds too;
  // what it passes on ("分别下达甲县和乙县各80万元") is a part
  w(
    'budget.total',
    'budget',
    'money',
    `下达(?!${ONE_LEVEL_FUND})[^,.;:。]{0,30}?(?:资金|经费|公益金|转移支付)(?:预算)?(?:总额|共|共计|合计)?|下达(?:我|本)(?:省|市|州|县|区|旗|镇|乡)[\u4e00-\u9fff]{2,30}?(?:工程|项目)`,
    [
      [`${PROJECT}下达某某县2023年中央水利发展资金2263万元。其中:中小河流治理工程1435万元。`, '2263'],
      [`${PROJECT}2023年县财政共下达我局财政衔接资金8010万元。`, '8010'],
      [`${PROJECT}全年下达城乡义务教育补助经费6153.46万元,其中中央专项资金4605万元,自治区专项资金963万元。`, '6153.46'],
      [`${PROJECT}省财政厅文件下达我县乡镇健身广场建设工程90万元,我局分别下达甲镇和乙镇各45万元。`, '90'],
      // a lottery fund (福彩 / 体彩公益金) is granted as any other fund
      [`${PROJECT}2023年省级下达体彩公益金128.5万元,用于全民健身设施建设。`, '128.5'],
      // a transfer-payment report names the grant by the word for the transfer itself, after the money's level
      [`${PROJECT}某某镇人民政府2023年度下达上级资金转移支付755.19万元。`, '755.19'],
      // the fund's purpose in brackets between its name and its amount (FUND_PURPOSE_NOTE)
      [`${PROJECT}2022年6月,下达中央服务业发展资金(县域商业建设行动)1468万元。`, '1468'],
      // the grant named as the budget of the transfer (…转移支付预算共计50万元), two levels together the whole of it
      [`${PROJECT}2022年某乡收到中央、市级下达农村综合改革转移支付预算共计50万元。`, '50'],
    ],
    { projectOnly: true, notAfter: GRANT_PART },
  ),
  // "某村获得2021年中央专项扶持壮大村集体经济资金50万元", "项目共争取到上级补助资金120万元": the money granted to the
  // project said from the side that receives it (获得 / 争取到 / 获批), the grant 下达 says from the side that gives it
  w(
    'budget.total',
    'budget',
    'money',
    `(?:获得|争取到|获批)(?!${ONE_LEVEL_FUND})[^,.;:。]{0,30}?(?:资金|经费|公益金)(?:总额|共|共计|合计)?`,
    [
      [`${PROJECT}2021年,某村获得中央专项扶持壮大村集体经济资金50万元,用于入股县城投公司项目。`, '50'],
      [`${PROJECT}2023年该项目共争取到上级补助资金120万元,截至年底已支付118.5万元。`, '120'],
    ],
    { projectOnly: true, notAfter: GRANT_PART },
  ),
  // "该项目资金下达75万元", "全年共计下达100万元": the money granted to the project, 下达 after its funds or after a
  // word of sum (or made available to it, "资金共落实1,518万元"; or granted to the reporting level itself, "资金下达我县");
  // one level's share ("中央下达…,省级下达…") and what is passed on (分别下达) are parts
  w(
    'budget.total',
    'budget',
    'money',
    '(?:资金|经费)(?:共|共计|累计|合计)?(?:下达(?:(?:我|本)(?:省|市|州|县|区|旗))?|落实)|(?:全年|年度)?(?:共|共计|累计|合计|实际)下达(?:资金|经费)?',
    [
      [`${PROJECT}该项目资金下达75万元,截至2023年12月31日,已支付72.3万元。`, '75'],
      [`${PROJECT}2023年6月追加资金20万元,全年共计下达100万元。`, '100'],
      // (落实: the money made available to the project, said as its grant is)
      [`${PROJECT}2022年度省级水利发展资金共落实1,518万元,分项落实情况为:…`, '1518'],
      // (the grant said to reach the reporting level itself: 下达我县)
      [`${PROJECT}2023年省级生态环境保护专项资金下达我县980万元,其中580万元用于污水处理设施提标改造。`, '980'],
      // what the grant came to after a cut in the year (调减40万元,全年实际下达71万元)
      [`${PROJECT}2021年补助资金下达我区111万元,年中调减40万元,全年实际下达71万元,已全额拨付。`, '71'],
    ],
    { projectOnly: true, notAfter: GRANT_PART },
  ),
  // "该项目预算500万元,实际支出480万元": the project's own budget, named by the project itself; after a
  // project's name ("A项目预算") it is one sub-project's, which the task lists read
  w(
    'budget.total',
    'budget',
    'money',
    '(?:项目资金|项目|专项资金|专项|补助资金)(?:总|年度|全年)?预算(?:资金|金额|数)?(?:总额|共计|合计)?|总预算(?:资金|金额)?',
    [
      [`${PROJECT}该项目预算500万元,实际支出480万元。`, '500'],
      // 总预算 alone after the projects counted, their total the report's own budget
      [`${PROJECT}2023年度,我局实施重点项目4个,总预算410万元,实际支出396.2万元。`, '410'],
      [`${PROJECT}2023年项目总预算120万元,已支付115万元。`, '120'],
      [`${PROJECT}本年度该专项资金预算为65.8万元,实际支出65.8万元。`, '65.8'],
      // the funds' own name before 总预算
      [`${PROJECT}某局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为1260.5万元。`, '1260.5'],
      // the verb that allocated it right before (a project named between them, "安排A项目预算", is one sub-project's)
      [`${PROJECT}2023年区财政安排项目预算1200万元,全年实际支出1151.33万元。`, '1200'],
    ],
    {
      projectOnly: true,
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:该|本|此|年|年度|安排|下达|批复)$/,
    },
  ),
  // "工程总投资1860万元": in a project's report, what the project as a whole was to cost, its budget unless
  // the report states a budget too (总投资 may count the local match the budget does not); after a name
  // ("A工程总投资") it is one sub-project's, which the task lists read
  w(
    'budget.total',
    'budget',
    'money',
    // (the named form first: the wording's id, which stored records name, is made of it)
    '(?:项目|工程)(?:计划)?总投资(?:额|金额)?|(?:计划)?总投资(?:额|金额)?',
    [
      [`${PROJECT}建设高标准农田4777.45亩,工程总投资1860万元。截至年底,项目实际支出1388.3万元。`, '1860'],
      [`${PROJECT}该项目总投资39.27万元,其中:中央财政衔接资金39万元。`, '39.27'],
      // 总投资 opening its clause, the project left unsaid as the report's subject
      [`${PROJECT}项目于2023年3月开工,当年11月竣工,总投资46万元,其中财政资金40万元。`, '46'],
    ],
    { projectOnly: true, yields: 'budget.investment', notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:该|本|此|年|年度)$/ },
  ),
  // "资金规模共计2535.4万元,其中:A项目资金500万元,…": in a project's report, the size of the money it evaluates, its budget;
  // after another name ("A项目资金规模") one part's, which the task lists read
  w(
    'budget.total',
    'budget',
    'money',
    '(?:项目)?资金规模(?:共计|合计|总计|为)?',
    [
      [`${PROJECT}(一)项目概况:资金规模共计2535.4万元,其中:A项目资金500万元,B项目资金2035.4万元。`, '2535.4'],
      [`${PROJECT}2023年该项目资金规模120万元,实际支出118万元。`, '120'],
    ],
    { projectOnly: true, notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:该|本|此|年|年度|概况)$/ },
  ),
  // "2023年项目计划投资42万元,实际完成投资40.6万元": in a works project's report, the money planned for it against the
  // investment it completed (完成投资), its budget; after a name ("A工程计划投资") it is one sub-project's
  w(
    'budget.total',
    'budget',
    'money',
    '(?:项目|工程)(?:年度|当年)?计划投资(?:额|金额)?|(?:年度|当年)?计划投资(?:额|金额)?',
    [
      [`${PROJECT}2023年项目计划投资42万元,实际完成投资40.6万元。`, '42'],
      [`${PROJECT}该工程年度计划投资120万元,完成投资118万元,投资完成率98.33%。`, '120'],
    ],
    { projectOnly: true, notAfter: /[\u4e00-\u9fff]$/, unlessAfter: /(?:该|本|此|年|年度|全年)$/ },
  ),
  // "项目批复金额为86万元", "该项目安排资金合计450万元": in a project's report, the money granted to it;
  // "安排…资金共 X" names the fund between the verb and its total, as "下达…资金" does (a project named
  // there, "安排A项目资金", is one sub-project's, which the task lists read); 批复总投资 is the
  // investment approved for it, its budget (a level before it, "县级批复总投资", is one level's share);
  // "“二下”批复数" is the budget the second round of the 二上二下 procedure approves (its "一上"申报数 is
  // only the request)
  w(
    'budget.total',
    'budget',
    'money',
    '批复(?:资金|金额|数|总投资)(?:总额|合计|共计)?|安排资金(?:总额|合计|共计)?|安排(?:(?!项目|工程)[^,.;:。]){1,30}?(?:资金|经费|公益金)(?:总额|合计|共计|共)?',
    [
      [`${PROJECT}项目批复金额为86万元,截至年底实际支付86万元。`, '86'],
      [`${PROJECT}2023年,该项目安排资金合计450万元,全年实际支出资金433.2万元。`, '450'],
      [`${PROJECT}本项目年度预算“一上”申报数 80 万元,“二下”批复数 75 万元,支出 74.2 万元。`, '75'],
      [`${PROJECT}我局申报安排省级林业资金共3200万元,其中:森林防火800万元,林木种苗400万元。`, '3200'],
      // a lottery fund (体彩 / 福彩公益金) is allocated as any other fund, as it is granted (下达…公益金)
      [`${PROJECT}2023年共安排体育彩票公益金280万元,全年实际支出265万元。`, '280'],
      [`${PROJECT}道路项目分两批实施,合计批复总投资1520.6万元(其中建筑工程1480万元)。`, '1520.6'],
      // a level's part named after 其中 is not the total
      [`${PROJECT}项目预算资金合计900万元。其中省内安排农机补贴资金200万元,中央安排补贴资金700万元。`, '900'],
    ],
    // "其中:中央安排资金300万元", "其中省内安排…资金312万元": one level's part; "计划安排资金" is read by its own wording
    // (and a level's own budget before the verb, "县本级预算安排的衔接资金": that level's share)
    { projectOnly: true, notAfter: new RegExp(`(?:计划|拟|预计|将|${FUND_LEVEL}(?:预算)?|[省市县区]内|其中[^,;。]{0,6})$`) },
  ),
  // "农机购置补贴资金预算为1580万元": in a project's report, the budget of the funds it is about
  w(
    'budget.total',
    'budget',
    'money',
    '(?:资金|经费)(?:年度|全年)?预算(?:数|金额|总额)?',
    [[`${PROJECT}2022年农机购置补贴资金预算为1,580万元,全年共兑付补贴资金1,542.6万元。`, '1580']],
    // "其中:中央资金预算300万元": one level's part of the funds, not their budget
    { projectOnly: true, notAfter: new RegExp(`(?:${FUND_LEVEL}|配套|自筹|其中:?)$`) },
  ),
  // ── income ──────────────────────────────────────────────────────────────
  // "财政拨款收入总计 856.32" (the account's 财政拨款收入支出决算总表): the appropriations available, the fiscal carry-in
  // included, as 收入总计 is the unit's; alone it is the appropriation income (no carry-in to tell it from), while a
  // report that also states its 财政拨款收入 ("其中:财政拨款收入800.12万元") gives it the grand total's place, and the two
  // are no statements of one quantity
  w(
    'income.fiscal',
    'amount',
    'money',
    '财政拨款收入总计',
    [['2020年财政拨款收入总计1614.63万元,与2019年相比增加540.23万元。', '1614.63']],
    { notAfter: FUND_PREFIX, yields: 'income.fiscalGrandTotal' },
  ),
  // 财政拨款收入合计 is the fiscal part, not the year's income: the longer wording is tried first
  w(
    'income.fiscal',
    'amount',
    'money',
    '财政拨款收入(?:总计|合计|决算数?)?',
    [
      ['财政拨款收入792.22万元。', '792.22'],
      ['2024年度财政拨款收入合计2024.05万元。', '2024.05'],
      // 决算 says which statement (as in 收入决算), not that it was spent
      ['2022年度财政拨款收入决算1,480.36万元,财政拨款支出决算1,470.10万元。', '1480.36'],
    ],
    { notAfter: FUND_PREFIX },
  ),
  // 财政补助收入: the same appropriation under its older name (hospital and pre-2019 accounts)
  w(
    'income.fiscal',
    'amount',
    'money',
    '财政补助收入(?:总计|合计)?',
    [['2017年总收入980万元,其中:财政补助收入615.5万元,事业收入364.5万元。', '615.5']],
    {
      notAfter: FUND_PREFIX,
    },
  ),
  // "部门收入1,345.6万元,其中财政拨款1,320.5万元,其他收入25.1万元": the appropriation named alone, as a part of the
  // income its sentence stated, is the appropriation income; alone, or after spending, it names no income
  w(
    'income.fiscal',
    'amount',
    'money',
    '财政拨款(?:资金)?',
    [
      ['2023年部门收入1,345.6万元,其中财政拨款1,320.5万元,其他收入25.1万元。', '1320.5'],
      ['本单位2022年收入合计860万元,其中:财政拨款资金842万元。', '842'],
    ],
    { bare: true, partOfIncome: true },
  ),
  w('income.total', 'amount', 'money', '本年收入(?:决算)?合计|本年收入', [
    ['本年收入合计3765.66万元。', '3765.66'],
    // "本年收入决算合计": 决算 says which statement (as in 收入决算), the total is still the year's income
    ['1.本年收入决算合计412.37万元。与上年决算相比,增加20.5万元。', '412.37'],
  ]),
  // "本部门全年收入1,520.36万元,…;全年支出1,498.20万元": the year's income, as 全年支出 is its spending
  // ("一般公共预算全年收入": a fund's revenue, not the unit's; a bare 取得收入 may be anyone's, 带动农户取得收入)
  w(
    'income.total',
    'amount',
    'money',
    '(?:全年|当年|当期)(?:取得)?收入(?:合计|总额)?',
    [
      ['根据部门决算,本部门全年收入1,520.36万元,全年支出1,498.2万元。', '1520.36'],
      // 当期 (the period reported: the year) as 当年, the verb of receiving after it
      ['2023年当期取得收入5,675.49万元,当期发生支出5,691.64万元。', '5675.49'],
    ],
    {
      notAfter: FUND_PREFIX,
    },
  ),
  // "事业收入合计 / 经营收入合计": one part's total, not the year's income; "收入决算合计": 决算 names the
  // statement (as in 本年收入决算合计), the total is still the year's income
  w(
    'income.total',
    'amount',
    'money',
    '收入(?:决算)?合计',
    [
      ['2023年度收入合计3765.66万元。', '3765.66'],
      ['2023年度本部门收入决算合计3,765.66万元(不含年初结转和结余)。', '3765.66'],
    ],
    { notAfter: INCOME_PART },
  ),
  // the year's income as final accounts name it: 决算 says which statement, not that it was spent
  // ("其他收入决算20.00万元", "事业收入决算数": one part's account, read by the part's wording, not the year's income)
  w(
    'income.total',
    'amount',
    'money',
    '收入决算(?:数|总额)?|决算收入(?:总额)?|收入总额',
    [
      ['2023年收入决算数为2400万元。', '2400'],
      ['部门决算收入总额2400万元。', '2400'],
    ],
    { notAfter: INCOME_PART_OR_FUND },
  ),
  // 总收入 is the year's income unless the report also states 本年收入: then it includes the carry-in
  // "一般公共预算总收入": a fund's (a government's) revenue, not the unit's income; "财政总收入": a
  // government's whole revenue, the taxes it passes up (上划中省收入) included, never a unit's
  w('income.total', 'amount', 'money', '总收入', [['2023年总收入500万元。', '500']], {
    yields: 'income.grandTotal',
    notAfter: GOVERNMENT_REVENUE,
  }),
  // (a budget document's 一般公共预算拨款收入 leaves 财政 out, as its 一般公共预算拨款支出 does)
  w('income.generalPublic', 'amount', 'money', '一般公共预算财政拨款收入|一般公共预算收入|一般预算财政拨款收入|一般公共预算拨款收入', [
    ['一般公共预算财政拨款收入1008.64万元。', '1008.64'],
    ['2016年本年度预算总收入为150.2万元,一般预算财政拨款收入150.2万元。', '150.2'],
    ['2024年收入预算合计856.20万元,其中:一般公共预算拨款收入830.00万元,其他收入26.20万元。', '830.00'],
  ]),
  // "收入预算总额3,456.78万元,其中:一般公共预算拨款3,400万元,其他收入56.78万元": the appropriation named without 收入,
  // as a part of the income its sentence stated, is that part (as a bare 财政拨款 is); alone it names no income
  w(
    'income.generalPublic',
    'amount',
    'money',
    '一般公共预算(?:财政)?拨款(?:资金)?',
    [['2023年收入合计3,456.78万元,其中:一般公共预算拨款3,400.00万元,其他收入56.78万元。', '3400.00']],
    { partOfIncome: true },
  ),
  // "政府性基金收入总计2,100万元": the fund's total, as its spending's (政府性基金支出总计), not the unit's 收入总计
  // (the appropriation written without 财政, as 一般公共预算拨款收入 is beside it)
  w(
    'income.governmentFund',
    'amount',
    'money',
    '(?:政府性基金预算财政拨款收入|政府性基金预算拨款收入|政府性基金预算收入|政府性基金收入)(?:总计|合计)?',
    [
      ['政府性基金预算财政拨款收入30万元。', '30'],
      ['2023年全镇政府性基金收入总计2100万元,其中本级收入80万元。', '2100'],
      ['收入预算总计1,345.67万元,其中:一般公共预算拨款收入1,000.00万元,政府性基金预算拨款收入300.00万元,事业收入45.67万元。', '300.00'],
    ],
  ),
  // "其他收入总计 / 事业收入总计": one part's total (read by the part's wording), not the money available
  w('income.grandTotal', 'amount', 'money', '收入总计', [['收入总计2477.55万元。', '2477.55']], { notAfter: INCOME_PART }),
  // "收入决算总计", "收入、支出决算总计 / 收、支总计均为": the money available, carry-in included (决算 names
  // the statement); written for both sides at once it is still the one total income and spending share.
  // One funding line's ("财政拨款收、支总计") is that line's, not the unit's.
  w(
    'income.grandTotal',
    'amount',
    'money',
    '(?:收入决算|(?:收入、支出|收、支|收支)(?:决算)?)(?:总计|总额)(?:均|各)?',
    [
      ['(一)收入决算总计412.30万元。包括:', '412.30'],
      ['青山市残联部门2022年度收入、支出决算总计412.30万元。', '412.30'],
      ['2023年度收、支总计均为798.20万元。', '798.20'],
    ],
    // (any fund a unit's money comes from, 财政拨款 as a whole too: "财政拨款收入总计" is the appropriation's)
    { notAfter: new RegExp(`(?:${fundNames((f) => f.paysUnits)}|上级)$`) },
  ),
  w('income.superior', 'amount', 'money', '上级补助收入(?:决算数?)?', [
    ['上级补助收入12万元。', '12'],
    ['上级补助收入决算12.00万元。', '12.00'],
  ]),
  w('income.business', 'amount', 'money', '事业收入(?:决算数?)?', [
    ['事业收入170.81万元。', '170.81'],
    ['事业收入决算数为170.81万元。', '170.81'],
  ]),
  // a hospital's revenue from its care (its accounts' 医疗收入, beside 财政补助收入): a part of its income, not its total
  w('income.medical', 'amount', 'money', '医疗收入', [['2022年医疗收入6,012.35万元,其中门诊收入2,100.40万元。', '6012.35']]),
  // ("国有资本经营收入": a government's state-capital fund revenue, as 国有资本经营支出 is no 经营支出)
  w('income.operating', 'amount', 'money', '(?<!资本)经营收入(?:决算数?)?', [
    ['经营收入0万元。', '0'],
    ['经营收入决算0万元。', '0'],
  ]),
  // the two income classes a final account lists beside these, which its 本年收入合计 includes
  w('income.stateCapital', 'amount', 'money', '国有资本经营预算(?:财政)?拨款收入', [
    ['本年收入合计500万元,其中:一般公共预算财政拨款收入400万元,国有资本经营预算财政拨款收入100万元。', '100'],
  ]),
  w('income.fromSubsidiaries', 'amount', 'money', '附属单位上缴收入(?:决算数?)?', [['附属单位上缴收入30.00万元。', '30.00']]),
  // "其他收入资金23万元" (a budget's income listed by source, each a 资金): the same line
  // ("其他收入决算20.00万元": 决算 names the statement, as in 财政拨款收入决算)
  w('income.other', 'amount', 'money', '其他收入(?:资金|决算数?)?', [
    ['其他收入2.34万元。', '2.34'],
    ['财政拨款收入决算1,180.00万元;其他收入决算20.00万元。', '20.00'],
    ['其中:一般公共预算拨款500万元,事业收入8万元,其他收入资金12万元。', '12'],
  ]),
  w('income.otherSources', 'amount', 'money', '其他资金来源|其他资金', [['其他资金来源21.31万元。', '21.31']]),
  // "用事业基金弥补收支差额 X" (a 收支总表's income-side row): the reserve drawn on, a source beside the year's income;
  // the final accounts' later template names the same row 使用非财政拨款结余 (和专用结余 / (含专用结余))
  w('income.fromReserveFund', 'amount', 'money', '用事业基金弥补(?:收支差额)?|使用非财政拨款结余(?:和专用结余|\\(含专用结余\\))?', [
    ['用事业基金弥补收支差额 36.5 万元。', '36.5'],
    ['本年收入合计1500.20万元,使用非财政拨款结余3.30万元,年初结转和结余120.00万元。', '3.30'],
  ]),
  // "2023年预算300万元,2022年结转15万元,可用资金315万元;全年支出299.25万元,执行率95%": the money the unit could spend, the
  // budget and the carry-in together, which a rate may be stated against instead of the budget (reconcile/rules/rates.ts)
  w('budget.available', 'amount', 'money', '(?:可用|可支配|可使用)资金(?:总额|合计|共计)?', [
    ['2023年预算300万元,2022年结转15万元,可用资金315万元;全年支出299.25万元,执行率95%。', '315'],
    ['本年可支配资金合计1,268.40万元。', '1268.40'],
  ]),
  w('income.carryIn', 'amount', 'money', '(?:年初结转和结余|上年结转和结余|年初结转结余|上年结转结余|上年结转)(?:资金)?', [
    ['2023年度上年结转和结余资金为98.45万元。', '98.45'],
    ['上年结转和结余190.89万元。', '190.89'],
  ]),
  w(
    'income.total',
    'amount',
    'money',
    '收入',
    [
      ['1、收入:820.5万元。', '820.5'],
      ['2017年度,本单位收入为1687.45万元。', '1687.45'],
    ],
    { bare: true },
  ),
  // ── expense ─────────────────────────────────────────────────────────────
  // 财政拨款支出合计 beside a rate (预算执行率100%) is the budget's execution, as a bare 支出 is
  w('expense.fiscal', 'amount', 'money', '财政拨款支出(?:总计|合计)?', [['财政拨款支出合计2024.05万元。', '2024.05']], {
    notAfter: FUND_PREFIX,
    executedAgainstBudget: 'sentence',
  }),
  // set against a budget or an execution rate in its sentence ("支出合计768.33万元,执行率为80.25%"), the year's spending
  // is the budget's execution (convention 2), as 总支出 and 财政拨款支出合计 are
  w(
    'expense.total',
    'amount',
    'money',
    '本年支出(?:决算)?合计|本年支出',
    [
      ['本年支出合计4021.94万元。', '4021.94'],
      ['1.本年支出决算合计405.12万元。与上年决算相比,减少3.4万元。', '405.12'],
    ],
    { executedAgainstBudget: 'sentence', accountsLine: true },
  ),
  // "基本支出合计 / 项目支出合计": one part's total, not the year's spending
  // ("支出决算合计": the year's spending, as 收入决算合计 is its income)
  w(
    'expense.total',
    'amount',
    'money',
    '支出(?:决算)?合计',
    [
      ['2023年度支出合计4021.94万元。', '4021.94'],
      ['2023年度本部门支出决算合计4,021.94万元,其中:基本支出3,000万元。', '4021.94'],
    ],
    { notAfter: new RegExp(`${EXPENSE_PART.source}|${FUND_SPENDING.source}`), executedAgainstBudget: 'sentence', accountsLine: true },
  ),
  // a government's "一般公共预算支出数为 / 预计完成 / 累计完成 X" states the same spending; "公共财政预算支出"
  // is its name before 2015 (the budget law's revision), still in the copies mirror sites keep
  w(
    'expense.generalPublic',
    'amount',
    'money',
    // 公共财政预算 is the name 一般公共预算 had before 2015 ("全区完成公共财政预算支出52360万元")
    // (a budget document's 一般公共预算拨款支出 leaves 财政 out: the same appropriation's spending; written as an
    // alternative after the full name, which the wording's id is made of and stored records name)
    '(?:一般公共预算财政拨款支出|一般公共预算拨款支出|一般公共预算(?:本级)?支出|公共财政预算(?:财政拨款|本级)?支出)(?:总计|合计|数|(?:预计|累计)?(?:完成|实现))?',
    [
      ['2024年一般公共预算拨款支出1,620.34万元,其中:基本支出1,500.34万元,项目支出120万元。', '1620.34'],
      ['上半年,全区完成公共财政预算支出52360万元,为预算的61.2%。', '52360'],
      ['1.一般公共预算本级支出11.79亿元,完成年初预算41.84%。', '11.79'],
      ['上半年,完成公共财政预算支出83885万元,为预算的69.5%。', '83885'],
      ['一般公共预算财政拨款支出 5988.67 万元。', '5988.67'],
      ['一般公共预算财政拨款支出总计1741.75万元。', '1741.75'],
      ['2021年度全区一般公共预算支出数为86500万元,比上年增加3200万元。', '86500'],
      ['全县一般公共预算支出预计完成52000万元,占调整预算的98%。', '52000'],
      // (实现 as 完成: "一般公共财政预算支出累计实现", a government's older name for the fund)
      ['2021年度一般公共财政预算支出累计实现348694万元,同比增加12424万元。', '348694'],
    ],
  ),
  w('expense.governmentFund', 'amount', 'money', '(?:政府性基金预算财政拨款支出|政府性基金预算支出|政府性基金支出)(?:总计|合计)?', [
    ['政府性基金预算财政拨款支出 629.55 万元。', '629.55'],
  ]),
  w('expense.stateCapital', 'amount', 'money', '国有资本经营预算财政拨款支出|国有资本经营预算支出', [
    ['国有资本经营预算财政拨款支出 0 万元。', '0'],
  ]),
  // "基本支出总计 / 项目支出总计": one part's total (read by the part's wording), not the money spent and carried over
  w(
    'expense.grandTotal',
    'amount',
    'money',
    '支出总计|支出决算总计',
    [
      ['支出总计23,866.88万元。', '23866.88'],
      ['(二)支出决算总计412.30万元。包括:', '412.30'],
    ],
    { notAfter: EXPENSE_PART },
  ),
  // like 总收入: the year's spending unless 本年支出 is stated too; set against a budget in its sentence
  // ("我局总支出550.18万元,年初预算480万元,预算执行率114.62%") it is the budget's execution (convention 2)
  w('expense.total', 'amount', 'money', '总支出', [['2023年总支出480万元。', '480']], {
    yields: 'expense.grandTotal',
    executedAgainstBudget: 'sentence',
  }),
  // 工资福利支出 is one economic class of personnel costs (with 对个人和家庭的补助), not their total
  // "人员经费实际支出448万元": what the class spent, as 人员经费支出 says it
  w(
    'expense.personnel',
    'amount',
    'money',
    '人员经费(?:实际支出|支出)?(?:合计)?|人员支出',
    [
      ['人员经费支出434.89万元。', '434.89'],
      ['人员经费实际支出448万元。', '448'],
      ['其中:人员经费120万元,公用经费30万元。', '120'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: UNIT_CLASS_HEAD },
  ),
  w(
    'expense.publicUse',
    'amount',
    'money',
    '(?:日常)?公用经费(?:实际支出|支出)?(?:合计)?|公用支出',
    [
      ['公用经费46.89万元。', '46.89'],
      ['公用经费实际支出47万元。', '47'],
      ['基本支出150万元,其中人员经费120万元、日常公用经费30万元。', '30'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: UNIT_CLASS_HEAD },
  ),
  // "基本支出总额 X": the whole of the basic spending, as 基本支出 X (基本支出合计 stays unread: a table part's sum);
  // "基本支出决算数 X": 决算 names the statement (as in 本年支出决算数), the part is still what was spent on it
  w('expense.basic', 'amount', 'money', '基本支出(?:总额|决算数?)?', [
    ['基本支出 2553.39 万元。', '2553.39'],
    ['2022年度基本支出总额 318.40万元,与上年相比减少12.5万元。', '318.40'],
    ['本年支出决算数为512.6万元,其中基本支出决算数为410万元,项目支出决算数为102.6万元。', '410'],
  ]),
  // "老旧小区改造项目支出 100 万元" is one project's spending: 项目支出 must not continue a name
  w(
    'expense.project',
    'amount',
    'money',
    '项目支出(?:总额|决算数?)?',
    [
      ['项目支出 4064.83 万元。', '4064.83'],
      ['其中项目支出0万元。', '0'],
      ['2022年度项目支出总额 96.75万元,主要用于文化惠民活动。', '96.75'],
      ['本年支出决算数为512.6万元,其中基本支出决算数为410万元,项目支出决算数为102.6万元。', '102.6'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: new RegExp(`(?:${FUNDING_LINE_TITLES}|年|年度|其中|的|和|及|含|包括|合计|累计|部门|单位)$|${OWN_UNIT.source}`),
    },
  ),
  // "结转下年13.7万元": the money carried to the next year, the year-end carry-over said by where it goes; only the
  // unit's (its head bare: a year, the unit), never a project's or a fund's part ("项目资金结转下年…")
  w(
    'carryover.end',
    'amount',
    'money',
    '结转(?:至|到)?下一?年度?(?:使用)?(?:的)?(?:资金)?',
    [['2023年度本单位结转下年13.7万元。', '13.7']],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: new RegExp(`(?:年|年度|本年|部门|单位|合计|共|共计|全部)$|${OWN_UNIT.source}`),
    },
  ),
  // 结余分配 (surplus set aside to funds) is a use of the year's money beside spending and carry-over
  w('expense.surplusDistribution', 'amount', 'money', '结余分配', [['此外,结余分配 63.44 万元。', '63.44']]),
  w('expense.operation', 'amount', 'money', '机关运行经费(?:支出)?', [['机关运行经费支出46.89万元。', '46.89']]),
  // a public institution's other classes of spending beside 基本支出 and 项目支出, parts of its 本年支出合计
  w('expense.toSuperior', 'amount', 'money', '上缴上级支出(?:决算数?)?', [
    ['本年支出合计4800万元,其中:基本支出3600万元,项目支出1180万元,上缴上级支出20万元。', '20'],
  ]),
  w('expense.operating', 'amount', 'money', '(?<!资本)经营支出(?:决算数?)?', [['经营支出50.00万元。', '50.00']]),
  w('expense.toSubsidiaries', 'amount', 'money', '对附属单位补助支出(?:决算数?)?', [['对附属单位补助支出30.00万元。', '30.00']]),
  w(
    'carryover.end',
    'amount',
    'money',
    '(?:年末结转和结余|年末结转结余|年终结转和?结余|结余结转|结转结余|结转和结余|年末结余|年终结余|年末结转)(?:资金)?(?:数|总额|合计)?',
    [
      ['2023年年末结转和结余资金50.5万元。', '50.5'],
      // OCR's 未 for 末, read through and recorded on the mention's rule
      ['年未结余数19.8万元。', '19.8'],
      ['年末结转和结余 77.57 万元。', '77.57'],
      ['年末结转结余资金合计45.6万元,全部为项目结转。', '45.6'],
      ['结余结转0万元。', '0'],
      ['年末结转和结余资金总额25.25万元。', '25.25'],
    ],
    // "项目支出结转和结余 X": one part's carry-over, not the unit's
    // "年初(财政拨款)结转和结余 X" is what the year began with, never its end
    { notAfter: /(?:基本支出|项目支出|非财政拨款|经营|专用)$|(?:年初|上年|以前年度)[\u4e00-\u9fff]{0,6}$/ },
  ),
  // (the verb of spending incurred before it, "本年度共发生支出…": still the year's spending, its head bare)
  w(
    'expense.total',
    'executed',
    'money',
    '(?:发生)?支出',
    [
      ['2、支出:799.12万元。', '799.12'],
      ['2022年度本单位收入406.8万元,发生支出398.2万元。', '398.2'],
    ],
    { bare: true, executedAgainstBudget: 'sentence' },
  ),
  // ── self-evaluation result ──────────────────────────────────────────────
  w(
    'eval.score',
    'amount',
    'points',
    '自评得分(?:合计|总计)?|综合得分|评价得分|(?:综合)?评定得分|综合评定(?:结果)?|自评总分|评价总分|绩效总分|总得分|绩效评价得分|自评分数?|自评分值|综合评分|自评评分|绩效评分|总体评分|总体得分|最终得分|最终评分|整体支出绩效得分|(?:自评|绩效评价|评价)(?:结果|结论)(?:[为是]?:?(?:得分|总分))?',
    [
      ['部门整体支出自评得分 95.5 分。', '95.5'],
      ['自评总分(分)97.6', '97.6'],
      ['经自评,该项目最终得分95分。', '95'],
      ['该项目绩效自评分值为92分。', '92'],
      ['通过自评,我局整体支出绩效得分为94分。', '94'],
      ['该部门整体支出绩效评价总分为91分。', '91'],
      ['自评结果:92分,等级:优。', '92'],
      ['该项目最终评分为96分,评价等级为优秀。', '96'],
      ['评价结论:项目总体得分91分,等级“优”。', '91'],
      ['本项目绩效自评结果为:得分95.5分,等级“优”。', '95.5'],
      ['综合评定得分92分,评价等级为良。', '92'],
      ['自评结果:总分92.5分,自评等级:优。', '92.5'],
      // the sum the scoring gives (自评得分合计), and the conclusion's score as the result's
      ['根据评分标准,本部门自评得分合计95.5分,绩效等级为“优”。', '95.5'],
      ['自评结论:得分95.5分,评价等级为“优”。', '95.5'],
      // a verdict's label, its score after the colon ("综合评定:93.2分,优秀"); "综合评定为优" states no score
      ['综合评定:93.2分,优秀。', '93.2'],
      // (the score the performance evaluation gave, 绩效评分)
      ['项目能严格按照实施方案开展,绩效评分100分,自评为优。', '100'],
    ],
  ),
  // "经自评,该项目得分96分", "项目得分为78.5分", "本项目总分88分": in a project's own report, the project's
  // score is the report's; after a name ("A项目得分") it is a sub-project's
  w(
    'eval.score',
    'amount',
    'points',
    '(?:该|本)?项目(?:绩效)?(?:实际|最终)?(?:总?得分|总分)',
    [
      [`${PROJECT}经自评,该项目得分96分,评价等级为优。`, '96'],
      [`${PROJECT}经自评,该项目实际得分93.2分,评价等级为优秀。`, '93.2'],
      [`${PROJECT}经评价,项目得分为78.5分,评价结果为“中”。`, '78.5'],
      [`${PROJECT}评价结论:本项目总分88分,评价等次为良好。`, '88'],
    ],
    { projectOnly: true, notAfter: /[\u4e00-\u9fff]$/ },
  ),
  w('eval.score', 'amount', 'points', '得分|评分', [['得分:92分。', '92']], { bare: true }),
  // "本部门得分96分", "经自评,我局得分96分": the unit named by itself, then its 得分, is its own overall score (an
  // indicator's or a part's score names them instead: "产出指标得分38分")
  w(
    'eval.score',
    'amount',
    'points',
    `${OWN_UNIT_WORDS}(?:整体支出)?(?:绩效)?总?得分`,
    [
      ['按照评分标准,本部门得分96分,等级为优。', '96'],
      ['经自评,我局整体支出绩效得分为93.5分。', '93.5'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/ },
  ),
  // "评分结果:91分": the result of the scoring, as 自评结果 is the self-evaluation's; after an indicator's name
  // ("预算执行率指标评分结果为10分") it is that indicator's sub-score
  // (最终评分结果 opening its clause is the last of the scoring's results; after an indicator, its sub-score)
  w(
    'eval.score',
    'amount',
    'points',
    '(?:自评|综合|绩效)?评分结果',
    [
      ['评分结果:91分,评价结果为“良”。', '91'],
      ['最终评分结果:91.2分,评价等次:优。', '91.2'],
    ],
    {
      notAfter: /[\u4e00-\u9fff]$/,
      unlessAfter: /(?:部门|单位|整体|支出|本次|年度|年|(?<![\u4e00-\u9fff])最终)$/,
    },
  ),
  // "评价等级为“优”,得分93.6分", "自评结论:优,得分93.6分": the score stated right after the overall grade is
  // the overall score (a sub-score follows its indicator or its rate, never the grade)
  w(
    'eval.score',
    'amount',
    'points',
    '共得|得分',
    [
      ['经自评,2023年度部门整体支出绩效评价等级为“优”,得分93.6分。', '93.6'],
      ['部门整体支出绩效自评结论:优,得分93.6分。', '93.6'],
      ['本部门整体支出绩效自评结果为优秀,共得95分。', '95'],
      ['经自评,综合评价为“优”,得分96.5分。', '96.5'],
    ],
    { notAfter: /(?:)/, unlessAfter: AFTER_GRADE },
  ),
  // "预算执行得分9.7分,总分94.7分,评定为优", "经自评,总分为92分": a bare 总分 that opens its clause is the sum of the
  // scores, the overall score (after a word, "指标总分40分", "评价体系总分100分", it names a part's or a scale's marks;
  // a 总分 of 100 its sentence goes on to score against is the full marks, see prose.ts FULL_MARKS_TOTAL)
  w(
    'eval.score',
    'amount',
    'points',
    '总分',
    [
      ['产出指标得分48分,效益指标得分28分,预算执行得分9.7分,总分94.7分。', '94.7'],
      ['经自评,总分为92分,等级为优。', '92'],
      // the header line of a self-evaluation form ("填报日期:2023年3月15日 总分:96分", "…绩效目标自评表 总分:96分"):
      // the copy drops the space between the date's 日, or the title's 自评表, and the form's 总分 field
      ['填报日期:2023年3月15日 总分:96分', '96'],
      // the unit named by itself before it (本单位, 我局): its own overall score, as its 自评得分 is
      ['经评价,本单位总分87.5分,等级为良。', '87.5'],
    ],
    { notAfter: /[\u4e00-\u9fff]$/, unlessAfter: new RegExp(`(?:\\d\\s*日|(?<!指标)自评表)$|${OWN_UNIT.source}`) },
  ),
  // "自评结论:优秀(95分)", "评价结果为“优”(96分)": the points a bracket right after the overall grade holds, and
  // closes on, are its score (a bound inside it, "优(90分以上)", is the scale's: Wording.closesBracket)
  w(
    'eval.score',
    'amount',
    'points',
    `${GRADE_STATED}\\(`,
    [
      ['经自评,部门整体支出绩效自评结论:优秀(95分)。', '95'],
      ['部门整体支出绩效自评结果为“优”(96.5分)。', '96.5'],
    ],
    { closesBracket: true },
  ),
  // "经自评,实际得分93.2分": the points the evaluation gave, against the full marks; after a word or a
  // cell ("预算执行率实际得分10分", "10 实际得分 10") they are an indicator's
  w('eval.score', 'amount', 'points', '(?:自评)?实际得分', [['经自评,实际得分93.2分,等级为优秀。', '93.2']], {
    notAfter: /[\u4e00-\u9fff\d]\s*$/,
  }),
  // "…进行了绩效评价,考评得分为90.35分,评价等级为“优”": the score the evaluation (考评) gave, opening its clause; after a word
  // or a cell ("预算执行考评得分10分") an indicator's
  w('eval.score', 'amount', 'points', '(?:综合)?考评(?:得分|总分)', [['经综合评价,考评得分为90.35分,评价等级为“优”。', '90.35']], {
    notAfter: /[\u4e00-\u9fff\d]\s*$/,
  }),
  // "本次自评共得93.6分": the self-evaluation's own score
  w('eval.score', 'amount', 'points', '(?:自评|评价)共得', [['本次自评共得93.6分,等级为优。', '93.6']]),
];

/**
 * The funding lines (资金来源) a figure can be stated for: the words that name each, and the key of
 * its spending. A budget, execution or rate written after these words is that line's, not the unit's.
 */

/**
 * A column of a budget-execution table: one of the measures, or the evaluation's weight, score and
 * notes, or another amount (到位数, 结余) that holds a place in the row and is no figure.
 */
// ('change': the change from the year before, 增减额 / 增减幅度, an amount or a percent; like 'other', never a figure)
// ('otherRate': another percent beside the execution rate, 到位率 / 偏差率; like 'other', never a figure)
export type Column = Measure | 'weight' | 'score' | 'reason' | 'other' | 'otherRate' | 'change';

/** What follows 偏差原因 / 未完成原因 in a reason column's header: 分析, and the measures to be taken (及(拟采取的)改进措施). */
const REASON_TAIL = '(?:分析)?(?:(?:及|和|与)(?:拟采取的)?(?:改进|整改)措施)?';

/**
 * The column headers of budget-execution tables, compared after their annotations are dropped
 * ("全年执行数(B)" → 全年执行数). The money and rate headers are literal words, and prose reads each
 * of them as the same measure (test/extract/vocabulary.test.ts), except those in TABLE_ONLY.
 */
/**
 * A budget column's and an executed column's headers beside a rate in a budget table; in prose the project-only wordings read them.
 * 计划支出数 is the planned column of a spending-detail table ("支出内容 | 计划支出数(万元) | 实际支出数(万元)");
 * 预算批复数 / 预算总额 head a project list's budget ("项目名称 | 预算批复数 | 实际支付数 | 支付率").
 */
// (年初数 / 全年数: the 部门整体支出绩效自评表's 年初 and 全年 columns under its 年度预算申请 heading, the 预算 left to the
// heading: "年度预算申请(万元) | 年初数 | 全年数 | 全年执行数")
const TABLE_ONLY_INITIAL = ['年初数'];
// (批复预算: the approved budget, the words of 预算批复数 the other way round, as a one-project form heads its column;
// 下达资金 / 下达金额: a transfer's granted money, the project's budget in its form; 预算资金 / 安排资金 /
// 年度预算安排 …: the budget's other names over a one-project form's column)
const TABLE_ONLY_BUDGET = [
  '批复金额',
  '资金总额',
  '计划支出数',
  '计划支出金额',
  '预算批复数',
  '预算总额',
  '批复预算',
  '批复预算数',
  '批复资金',
  '预算批复金额',
  '下达资金',
  '下达金额',
  '预算资金',
  '安排资金',
  '年度预算安排',
  '预算总金额',
  '全年数',
  // a procurement intention's budget for each purchase
  '采购预算',
  '采购预算金额',
];
const TABLE_ONLY_EXECUTED = [
  '支出金额',
  '实际支付',
  '实际支付数',
  '实际支付金额',
  '支付金额',
  '已拨付',
  '拨付金额',
  '实际拨付',
  // the spending column of a 部门整体支出绩效自评表 ("资金情况 | 年初预算资金总额 | 实际投入资金额 | 产生差异的原因")
  '实际投入资金额',
  '实际投入资金',
  // the spending's other names over a one-project form's column (已支付 / 累计支出 / 全年支出 …)
  '已支付',
  '已支付金额',
  '累计支出',
  '累计支出数',
  '全年支出',
  '完成支出',
  '拨付资金',
  '使用资金',
  '实际使用资金',
  '实际支出资金',
  // money claimed back against a project under the 报账制 (a transfer fund's list: "资金规模 | 已报账")
  '已报账',
  '已报账金额',
  '报账金额',
  '报账资金',
  '累计报账',
];

export const TABLE_HEADERS: { column: Column; words: string[] }[] = [
  {
    column: 'initial',
    // (年初预算资金总额 is one header, the 部门整体支出绩效自评表's 年初 column, not 年初预算 run into 资金总额)
    words: ['年初预算', '年初预算数', '年初预算金额', '年初预算安排', '年初预算安排数', '年初预算资金总额', ...TABLE_ONLY_INITIAL],
  },
  {
    column: 'budget',
    words: [
      '全年预算',
      '全年预算数',
      '调整后预算',
      '调整后预算数',
      '全年调整预算',
      '全年调整预算数',
      '调整预算',
      '调整预算数',
      '预算数',
      '全年预算金额',
      '预算金额',
      '年度预算',
      '年度预算数',
      '预算安排',
      '预算安排数',
      '预算安排金额',
      ...TABLE_ONLY_BUDGET,
    ],
  },
  {
    column: 'executed',
    words: [
      '全年执行数',
      // one word, no 全年预算 column beside an 执行数 one ("全年预算执行数合计233.64万元")
      '全年预算执行数',
      '预算执行数',
      '资金执行数',
      '执行数',
      '实际支出',
      '实际支出数',
      '实际支出金额',
      '决算数',
      '实际执行数',
      '全年实际支出',
      '全年实际支出数',
      '实际完成',
      '实际完成数',
      '全年支出数',
      '执行金额',
      '实际使用',
      '实际使用数',
      '已支出',
      '支出数',
      ...TABLE_ONLY_EXECUTED,
    ],
  },
  {
    column: 'rate',
    words: [
      '预算执行率',
      '执行率',
      '资金执行率',
      '完成率',
      '资金使用率',
      '预算完成率',
      '执行进度',
      // (a project list's 预算执行进度: spending over budget, as 执行率 would state it)
      '预算执行进度',
      '支出进度',
      '支付进度',
      '拨付进度',
      '支付率',
      '拨付率',
      '支出率',
      // (报账率 / 报账进度: the share claimed back under the 报账制, beside 已报账)
      '报账率',
      '报账进度',
      // (决算数占预算数%: a final account's spending as a share of its budget, its execution)
      '决算数占预算数',
      '决算占预算',
      // (完成预算%: a “三公” statement's spending as a share of its budget)
      '完成预算',
    ],
  },
  // 满分 / 标准分: the weight as some forms head it ("全年执行数 | 满分 | 执行率 | 实际得分")
  { column: 'weight', words: ['分值', '权重', '分值权重', '指标分值', '满分', '标准分'] },
  // (绩效自评分 / 绩效得分: a results table's score column, "项目名称 预算资金 实际支出 预算执行率 绩效自评分")
  { column: 'score', words: ['得分', '评分', '自评得分', '实际得分', '自评分', '绩效自评分', '绩效自评得分', '绩效得分'] },
  // (the reason column's header goes on with what the unit will do about it: "偏差原因分析及改进措施", "未完成原因及拟采取的改进措施";
  // spelled out, never ".*", which inside a .docx paragraph that holds a whole form ran on to the paragraph's end)
  {
    column: 'reason',
    words: ['原因', `偏差原因${REASON_TAIL}`, `未完成原因${REASON_TAIL}`, '得分计算方法', '评分标准'],
  },
  // amounts a budget table states beside the budget and its execution: read as columns, so that the
  // values after them stay in their own columns, and never as figures
  {
    column: 'other',
    words: [
      '到位数',
      '到位资金',
      '资金到位',
      '资金到位数',
      '实际到位',
      '实际到位金额',
      '到位金额',
      '结余',
      '结余数',
      '结余资金',
      '结转结余',
      // what is left unspent of the budget, beside the spending ("预算数 | 执行数 | 未执行数 | 执行率")
      '未执行数',
      '未执行金额',
      '未支出数',
      // the year's change to the budget between 年初预算数 and 调整后预算数 ("追加(减)数" read without its note)
      '追加数',
      '追加预算',
      '追加预算数',
    ],
  },
];

/**
 * The header of a column of the change from the year before (LABELS.md convention 10: never a figure, but it holds its
 * place in a table's rows): a change word, then what it measures (增减额, 增减金额, 增减幅度, 增长率, 变动额, 增减%), or
 * 增幅, the change and its measure in one word. tables.ts reads it two ways: as a whole header cell, where whose change
 * and against what may come first and the measure may be left out (决算比上年增减, 较上年增减率, a bare 增减 under the
 * table's unit); and inside header words written together, where the measure must follow (a bare 增长 there may be a
 * title's word: "2023年度收入增长情况").
 */
export const CHANGE_COLUMN_HEADER = {
  /**
   * Whose change, and against what, before the change word in a header cell: 决算比上年, 预算数较上年, 与上年相比, or the
   * spending against its budget (决算数比预算数, a “三公” table's), a difference that is no figure either.
   */
  lead: String.raw`(?:(?:决算|预算)数?)?(?:(?:比|较|与)(?:上年|(?:年初)?预算数?)(?:相比)?)?`,
  changes: ['增减', '增长', '变动'],
  measures: ['金额', '额', '值', '率', '幅度', '比例', '百分比', '数', '%'],
  /** A change word that is its own measure. */
  whole: ['增幅'],
  /** Header cells it reads, each whole; and header runs written together, with how many change columns each holds. */
  cells: [
    '增减',
    '增减金额',
    '增减额',
    '比上年增减',
    '决算比上年增减',
    '比上年增减%',
    '较上年增减率',
    '增减幅度',
    '增长率',
    '变动额',
    '增幅',
    '增减比例',
    '决算数比预算数增减',
  ],
  inText: [
    ['项目2022年决算数2023年决算数增减额增减率', 2],
    ['项目2021年度2022年度增减值增减%', 2],
    ['项目上年决算数本年决算数增减金额', 1],
    ['项目2022年决算数2023年决算数增减金额增减比例', 2],
    ['2023年度收入增长情况项目本年决算数', 0],
  ] as [text: string, columns: number][],
};

/** The header words of one column, each once, longest first (so that an alternation of them takes the whole word). */
export function columnHeaderWords(column: Column): string[] {
  const words = TABLE_HEADERS.filter((h) => h.column === column).flatMap((h) => h.words);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * The bare column words of a “三公” table (经费(万元) over 预算 | 实际 | 执行率): too common a word elsewhere
 * to head a column (a 预算 in a title, 实际 before any noun), under a “三公” title they are its budget and its spending.
 */
// ("2022年决算 | 2023年预算 | 2023年决算", "上年决算 | 本年预算 | 本年决算": a “三公” table's columns of several years name
// each year's budget and account by the bare words; the year before them is read apart, and only the report year's kept)
export const THREE_PUBLIC_BARE_HEADERS: Record<string, Column> = { 预算: 'budget', 实际: 'executed', 决算: 'executed' };

/**
 * Headers read only in a table's header row: in prose, 完成率 is an indicator's completion rate
 * (完工率, 完成率达到100%), not the budget's; and 支付 / 拨付 amounts are a project's execution only
 * in a project's own report.
 */
export const TABLE_ONLY = new Set(['完成率', ...TABLE_ONLY_INITIAL, ...TABLE_ONLY_BUDGET, ...TABLE_ONLY_EXECUTED]);

/** “三公” sub-items; a number whose clause names one belongs to it, not to the department. */
export const THREE_PUBLIC_ITEMS: { key: string; label: RegExp }[] = [
  // "因公出国(境)支出0万元", "公务用车购置支出0万元": the item named by its spending
  { key: 'threePublic.abroad', label: /因公出国\(境\)(?:经)?(?:费(?:用)?|支出)|因公出国境?费/ },
  // (each also named as its 经费: "公务接待经费支出26.4万元")
  { key: 'threePublic.vehicleRunning', label: /公务用车运行(?:维护)?经?费/ },
  { key: 'threePublic.vehiclePurchase', label: /公务用车购置(?:经?费|支出)/ },
  // ("公务用车费": a county form's name for the purchase and running together, its 运行维护费 and 购置 under it)
  { key: 'threePublic.vehicle', label: /公务用车购置及运行(?:维护)?经?费|公务用车经?费/ },
  { key: 'threePublic.reception', label: /公务接待经?费/ },
];

export const THREE_PUBLIC = /“三公”|"三公"|三公经费|三公/;

/**
 * The “三公” funds by name, their 三公 in curly quotes, straight quotes or none (“三公”经费, "三公"经费, 三公经费):
 * the one source of the prose and table patterns that name them (a title, a total row, a subject, what an amount leaves out).
 */
export const THREE_PUBLIC_FUNDS = String.raw`(?:“三公”|"三公"|三公)经费`;

/**
 * A report on the year's progress on the way, as its title zone names it: a monitoring report ("绩效运行监控报告",
 * "绩效监控情况"), or an in-year execution bulletin ("1-7月预算执行情况通报", "上半年预算执行情况"). What it states
 * as spent or executed by a date before the year's end is that progress, never the year's execution, even where
 * no year-end statement stands beside it.
 */
const IN_YEAR_PROGRESS_TITLE =
  /监控(?:报告|情况|结果|表)|(?<!\d)(?:1|一)\s*[-—~至到]\s*(?:[1-9]|1[01]|[二三四五六七八九]|十一?)\s*月份?[^。,;]{0,8}?执行|(?:上半年|前三季度|第?[一二三]季度)[^。,;]{0,8}?执行/;

/**
 * Whether the title zone's title names such a report: its words before the zone's first full stop, the title and the
 * lines above a body's first sentence. A self-evaluation whose first section states the year's rate beside the quarters'
 * ("预算执行率为98.5%,其中第一季度执行率25.3%…", within the zone's 600 characters) is no bulletin of progress.
 */
export function namesInYearProgress(titleZone: string): boolean {
  return IN_YEAR_PROGRESS_TITLE.test(titleZone.split(/[。!?]/, 1)[0]);
}

/**
 * A note in brackets between a label and its number that says which figure, not whose: a form's column letter
 * ("全年预算数(A)", "执行率(B/A)"), the budget after its adjustment ("全年预算数(调整后)"), or what it counts
 * ("年度预算数(含上年结转)").
 */
const LABEL_NOTE = String.raw`\((?:[A-F](?:\/[A-F])?(?:×100%)?|调整后|调整数|(?:含|包括|不含)[^()]{1,12})\)`;
/**
 * A fund's purpose in brackets right after its name, before its amount: "中央服务业发展资金(县域商业建设行动)14680万元",
 * "农业生产发展资金(农机购置补贴)": what the money is for, not a part of it. Words only: no batch (第二批), level (中央,
 * 省级 … alone), carry-over or change, which would make the amount one part of the fund's money (BUDGET_PART's words).
 */
const FUND_PURPOSE_NOTE = String.raw`(?<=资金|经费|公益金|转移支付)\((?![^()]*(?:批|含|其中|结转|结余|调整|追加|调减|追减|剩余))(?!${FUND_LEVEL}(?:财政)?(?:资金|补助|配套)?\))[\u4e00-\u9fff、]{2,16}\)`;
/** A fund's name, perhaps its purpose in brackets, then a comma and its sum (…资金,合计 / …资金(水利部分),共计). */
const FUND_SUM_AFTER_COMMA = String.raw`(?<=(?:资金|经费|公益金)(?:\([^()]{2,16}\))?),\s*(?:合计|共计)`;

/**
 * Filler between a label and its number: "为", "是", "达到", ":", "共计", "约", the currency sign (¥, ￥ folded to it), a
 * note in brackets … (the 达 of 下达 is the verb's, "资金下达75万元", no filler)
 */
/**
 * The unit's (or the project's) budget named, then 由 / 从, before the amount it was adjusted from: after the year,
 * the unit, 项目 or nothing, never after another name ("培训费预算由…", "“三公”经费预算由…": a sub-item's or the
 * “三公” budget, not the unit's; "一般公共预算由…": a fund's).
 */
export const ADJUSTED_FROM =
  /(?:^|[^\u4e00-\u9fff]|年|年度|全年|年中|部门|单位|整体|本年|(?:^|[^\u4e00-\u9fff])(?:该|本)?项目)(?:年初)?(?:批复)?预算(?:数|资金|总额|金额|经费)?\s*(?:由|从)\s*$/;
/** The budget's words and 由 / 从 that ADJUSTED_FROM ends on, to read what stands before them (the year). */
export const ADJUSTED_FROM_WORDS = /(?:年中)?(?:年初)?(?:批复)?预算(?:数|资金|总额|金额|经费)?\s*(?:由|从)\s*$/;

/** The verbs of a change to the budget in the year: 追加, 调减 … */
export const BUDGET_CHANGE_VERBS = '(?:追加|追减|调增|调减|核减|压减)';
/** A change to the budget in the year before its amount ("年中追加150万元后为…", "调减预算100万元,调整后…"). */
export const BUDGET_CHANGE = new RegExp(String.raw`${BUDGET_CHANGE_VERBS}(?:预算)?(?:资金|经费)?\s*$`);

/**
 * The linking words a sentence may open on before its subject, set off by a comma ("同时,", "此外,", "另外,"): they
 * tie the sentence to the one before and name no subject, so the subject is what follows them.
 */
export const SENTENCE_LINKS = [
  '同时',
  '此外',
  '另外',
  '另',
  '其次',
  '再次',
  '最后',
  '其一',
  '其二',
  '其三',
  '其四',
  '其五',
  '与此同时',
  '除此之外',
];
export const SENTENCE_LINK_LEAD = new RegExp(`^\\s*(?:${SENTENCE_LINKS.join('|')})\\s*[,，、]\\s*`);

// ("预算执行率、完成率均达到100%": a second rate named beside the wording shares its value, 均 says so)
// ("分2批次下达我区…资金,合计13,804万元": a fund's name, a comma, then its sum: the comma parts no other words from it)
export const FILLER_TAIL = new RegExp(
  String.raw`(?:\s|:|为|是|均|都|达到|(?<!下)达|约|共计|共|了|人民币|¥|\((?:万元|元|亿元|分|%)\)|、[\u4e00-\u9fff]{1,4}率(?=\s*[均都])|${FUND_SUM_AFTER_COMMA}|${LABEL_NOTE}|${FUND_PURPOSE_NOTE})+$`,
);

/**
 * A totalling word between a wording and its amount ("基本支出合计 X", "其他收入累计 X", "项目支出总计 X", "项目支出计 X"):
 * the amount is the wording's whole, so it is read as the wording alone is, where no wording reads the words with it
 * (收入合计 and 支出合计 are wordings of their own, and win). Not 共计 (filler already); a word ending in 计 that is no
 * total (审计, 预计) leaves no wording ending where 计 begins, so it names nothing.
 */
export const TOTALLING_TAIL = /(?:合计|总计|累计|计)$/;

/** Grade wordings: the value is a word, not a number. */
/** A grade named before the word for grade: "属于“优”等次", "属“优”等级", "评定为良好等级". */
export const GRADE_BEFORE_RE = new RegExp(
  String.raw`(?:属于?|评定为|评为|定为|确定为|认定为|为)\s*[“"「『]?(${STATED_GRADES})[”"」』]?\s*(?:等次|等级|档次|级|档)`,
);
/**
 * A grade given by the evaluation's verb, with no word for grade: "自评为“优”", "评价为优秀", "综合评定为良".
 * The grade ends its word as in GRADE_RE ("自评为优化营商环境…" is none), and a scale's bound before the verb
 * ("90分以上评定为优", "得分在90分以上的评价为优") makes it a scale's grade, not one given.
 */
export const GRADE_RATED_RE = new RegExp(
  String.raw`(?<!(?:以上|以下|以内|之间|分)的?)(?:自评|评价|评定|综合评定|综合评价)为\s*[“"「『]?(${STATED_GRADES})(?:[”"」』]|(?![\u4e00-\u9fff])|(?=[等级档次的]))`,
);

/**
 * A grade given right after the overall score, with no word for grade: "总分94.7分,评定为优", "自评得分92分,评为优秀".
 * The score's word comes first and its 分 closes on the comma, so a scale ("90分以上评定为优") is none.
 */
export const GRADE_AFTER_SCORE_RE = new RegExp(
  String.raw`(?:得分|总分|评分)\s*(?:为|是|:)?\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*,\s*(?:综合)?(?:评定为|评为|定为|确定为|认定为|评价为)\s*[“"「『]?(${STATED_GRADES})(?:[”"」』]|(?![\u4e00-\u9fff])|(?=[等级档次的]))`,
);

/**
 * A grade alone after the overall score, closing its clause: "综合评定:93.2分,优秀。", "自评得分95分,优。". Only the
 * overall score's words, so an indicator's sub-score ("预算执行得分9分,良") gives none.
 */
export const GRADE_ALONE_AFTER_SCORE_RE = new RegExp(
  String.raw`(?:自评得分|综合得分|评价得分|自评总分|评价总分|总得分|最终得分|实际得分|综合评定|评定得分)\s*(?:为|是|:)?\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*,\s*[“"「『]?(${STATED_GRADES})[”"」』]?(?=\s*(?:[。;]|$))`,
);

/**
 * A bracket opening on a grade that it closes right after ("绩效等级为(良)"): the grade set off as a quote sets it off. A bracket
 * listing the scale ("评价等级(优、良、中、差)") closes on no one grade, and opens none.
 */
const GRADE_IN_BRACKETS = String.raw`\((?=${STATED_GRADES}\))`;

// The grade ends its word: a closing quote, no Chinese after it, the scale's words (等次, 级, 档, 的), or the next field
// of a form's line, the score's label and its colon, that a copy ran in ("自评结果:优秀  自评得分:94.3分" loses its
// spaces between Chinese characters); "评价结果中发现", "结果差异", "结论:优化" are no grades.
export const GRADE_RE = new RegExp(
  String.raw`(?:自评|评价|绩效|综合)?(?:等级|级别|结果|等次|评级|结论)(?:等次|等级)?(?:评定|确定|认定|核定|评价)?(?:(?:为|是)\s*:?|:)?\s*(?:${GRADE_IN_BRACKETS}|[“"「『])?(${STATED_GRADES})(?:[”"」』)]|(?![\u4e00-\u9fff])|(?=[等级档次的])|(?=\s*(?:自评|评价|综合|绩效)?(?:得分|总分|评分)\s*:))`,
);

/**
 * What follows a grade that names a class of things by grade rather than grading the report's subject: a tally
 * ("等级为“优”的4个", "等级为优良(80分以上)的项目有4个", "自评结果“优秀”1812个", "评价等级为“中”有5个", "…项目自评等级为“优”,占比100%"), the projects or units of that grade
 * ("对评价等级为优的项目,优先安排预算", "无等级为“优”和“差”的项目", more grades joined by 和 / 、 / 或 first), a
 * condition ("评价结果为“差”的,压减预算"). None of them is the grade.
 */
export const GRADE_TALLY_AFTER = new RegExp(
  String.raw`^[良秀好]?[”"」』]?\s*(?:\([^()]{0,20}\))?(?:\s*[和、或及与]\s*[“"「『]?(?:${STATED_GRADES})[”"」』]?)*\s*(?:的\s*(?:资金|政策|[,;。]|(?:有|共|为)?\s*[\d一二三四五六七八九十两]+\s*(?:个|项|家))|的?\s*(?:项目|单位|部门|(?:有|共)?\s*[\d一二三四五六七八九十两]+\s*(?:个|项|家))|,?\s*占(?:比|[^,;。]{0,8}的?\s*(?:比例|比重))?\s*(?:为|达到?)?\s*\d)`,
);

/** A grade listed with the next grade of the scale ("等级为优、良、中、差", "优(90分以上)、良(80-89分)"): the scale, not a grade. */
export const GRADE_SCALE_AFTER = new RegExp(String.raw`^[良秀好]?[”"」』]?\s*(?:\([^()]{0,20}\))?\s*[、/]\s*[“"「『]?(?:${ANY_GRADE})`);

/**
 * The rows of the department-overall form's 按收入性质分 block (beside 按支出性质分), each a name, a colon and its amount
 * ("其中: 一般公共预算:1873.66万元", "政府性基金拨款:" left blank, "其他资金:2880万元"): the form names every source, so
 * its rows together are the year's funds.
 */
export const FORM_SOURCE_ROWS: { key: string; label: string }[] = [
  { key: 'fundsBySource.generalPublic', label: '一般公共预算(?:财政拨款)?' },
  { key: 'fundsBySource.governmentFund', label: '政府性基金(?:预算)?(?:财政)?(?:拨款)?' },
  { key: 'fundsBySource.nonTax', label: '纳入专户管理的非税收入(?:拨款)?' },
  { key: 'fundsBySource.other', label: '其他资金' },
];

/**
 * A cited document's number: its issuer's abbreviation, the year in brackets and the serial ("呼财农指【2023】41号",
 * "黔财农〔2022〕15号"). Groups: the abbreviation's last characters, the year, the serial.
 */
export const DOCUMENT_REF = /([\u4e00-\u9fff]{2,6})\s*[〔【\[(［]\s*((?:19|20)\d{2})\s*[〕】\])］]\s*(\d{1,4})\s*号/g;
/**
 * What a document does with the money its sentence states: allots it ("下达…5万元", "拨付", "分配", "下拨"). Not 安排,
 * which also says what the document asks for ("按照…5号文件安排,全年完成投资300万元").
 */
export const ALLOTTING = /下达|下拨|拨付|分配/;
/** Whom an allotment is for, when it is a whole area's ("下达全省资金5000万元") rather than the reporting unit's. */
export const AREA_WIDE = /[全各][省市州县区旗乡镇]/;
/**
 * Words that make the sentence's amount something other than the document's whole allotment: one batch of several, a
 * change to it, what was spent or is left of it, or a part of it.
 */
export const NOT_WHOLE_ALLOTMENT =
  /第[一二三四五六七八九十\d]+批|批次|追加|调增|调减|调整|收回|结余|结转|剩余|支出|支付|累计|其中|合计|共计|用于|到位/;

/**
 * The header of a table's first column naming the unit each row's money goes to: 项目单位, 预算单位, 用款单位 (单位名称 too, in
 * the readers that take it). The Markdown reader lays back one-unit allocation tables copied one cell a line opening on it;
 * the task readers read such a table's item columns (tasks/itemColumns.ts).
 */
export const RECIPIENT_HEADER = /^(?:项目|预算|实施|资金|用款)?单位(?:名称)?$/;
/** The header of the column that totals a row's money, its last: 合计, 本次下达资金金额, 分配资金总额 (a unit note after it aside). */
export const ROW_TOTAL_HEADER = /(?:合计|小计|总计|总额|金额)(?:\((?:万元|元|亿元)\))?$/;

/**
 * The label of a score table's total row ("总分 | 100 | 95"; the Yunnan and Hunan forms' 综合得分 / 综合评分): the sum of the
 * scores, the report's overall score, never a task's name nor words of one (its weight 100 and its score are no money).
 */
export const TOTAL_SCORE_LABEL = /^(?:总分|总得分|自评总分|合计总分|得分合计|合计得分|综合得分|综合评分)$/;
