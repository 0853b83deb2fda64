/**
 * Sub-items listed after a total, in one sentence:
 *
 *   "下达…专项资金1883.00万元。其中,A项目47.00万元,B项目50.00万元,…"
 *   "预算项目经费15690.38万元,具体包括:A155.85万元,B84.69万元、C84.62万元…"
 *   "实际支付2700万元。其中:用于A项目200万元、B项目270万元…"
 *   "共安排资金500万元,主要用于以下项目:A工程200万元、B工程150万元…"
 *   "获得资金900万元,其中第一批500万元,分别支持A项目300万元、B项目200万元;第二批400万元,分别支持…"
 *   "下达专项资金180万元,分配A项目100万元、B工程80万元" (支持 / 投向 / 分配 / 涉及 as the verb of the list)
 *   "下达资金180万元,分两批下达:第一批100万元,第二批80万元" (the batches of the total)
 *   "资金180万元:A项目100万元,B项目80万元" / "下达资金180万元(A项目100万元,B项目80万元)"
 *   "…资金分配如下:" and below it one paragraph per item, "A工程 200万元" (readLineItems)
 *   "安排专项经费3项,合计95万元:A经费45万元;B经费20万元;C经费30万元" (a bare 合计: the clause before names the money)
 *
 * The structure that makes it a list of tasks, not a breakdown of the department's money:
 * a total (the "lead") right before an introducer (其中 / 具体包括 / 分别为 …); after it, items
 * that are each a name and one money amount, separated by , 、 ; and nothing else (no share,
 * no change, no second amount); at least two items; every name a task name (no income or
 * spending category, no funding source, no “三公” item); and the items not adding up to more
 * than the lead. The lead's clause says whether the items are budgets (预算 / 下达 / 安排) or
 * spending (实际支付 / 支出); when it says neither, the list is not read.
 */
import {
  Decimal,
  findNumbers,
  findNumbersFrom,
  isMoneyUnit,
  type NumberToken,
  sumInYuan,
  sumOf,
  toYuan,
  unitWrittenOnce,
} from '../numbers.ts';
import type { Unit } from '../../model/record.ts';
import { rawOffset } from '../../parse/normalize.ts';
import { STATED_GRADES } from '../../model/keys.ts';
import type { TaskFragment } from '../prose.ts';
import { afterSentenceEnds, evidenceOf, LEAD_LOOKBACK, linesOf, type Segment, simplify } from '../text.ts';
import {
  breaksDownAFigure,
  cleanName,
  columnRefusal,
  cueAtEnd,
  cueMeasure,
  leadMeasure,
  nameEndBeforeCue,
  NAME_JOINER,
  namedPlace,
  namesAPurpose,
  PER_UNIT,
  PROJECT_NAME,
  refusal,
  runIntoCategory,
  type TaskMeasure,
  unitFitsMeasure,
} from './names.ts';

/**
 * Names joined before 各 in a list's item ("另安排平安区、循化县各100万元", "A项目和B项目各50万元"): the verb that opens the clause
 * (group 1, perhaps empty), then the names (group 2), each given the amount.
 */
const EACH_NAMES = new RegExp(
  String.raw`^\s*((?:另|再|并|还)?(?:安排|下达|分配|拨付|补助)?)([^,;。、和及与]{2,20}(?:${NAME_JOINER.source}[^,;。、和及与]{2,20})+)各\s*$`,
);

/** The money just stated named again as what the parts are of: "在这笔资金中", "上述资金中", "该经费中" (as 其中 says). */
const MONEY_NAMED_AGAIN = String.raw`(?:在\s*)?(?:这|该|此|上述)(?:笔|批|项)?(?:资金|经费)中`;
/** The words that open a list of parts of the total just stated (其中, or the money named again: MONEY_NAMED_AGAIN). */
const INTRODUCER = new RegExp(
  String.raw`(?:其中|${MONEY_NAMED_AGAIN}|具体包括|具体(?:表现|体现)?为|具体是|具体有|主要包括|包括|包含|分别为|分别是|主要为|主要是|(?<=安排|分配|使用)是(?=\s*:)|(?<=项目|工程)(?:主要)?有(?=\s*:)|(?:主要|重点)?(?:实施|建设|安排|支持|扶持)(?:的)?(?:项目|工程)(?=\s*:)|(?<=(?:具体|资金))(?:安排|分配)为(?=\s*:)|(?<=(?:万元|亿元|元)\s*,\s*)为(?=[\u4e00-\u9fff])|(?<=(?:万元|亿元|元)\s*,\s*)即(?=\s*:)|(?:分别|主要|全部|具体)?用于(?:支持|[^,;:。\d]{1,12}?(?=\s*:))?|(?:分别|主要)?(?:支持|投向)|(?:具体|明细|分配|安排)?如下|(?<=。\s*)(?:分别)?支付(?:了)?|(?:分别)?分配(?:下达|下拨|拨付)?(?:给|到|至)?(?:(?:各|各个)?(?:项目(?:建设|实施|承建|使用)?单位|单位|项目)(?=\s*:))?|涉及|分[两二三四五六七八九十\d]批(?:次)?(?:下达|拨付|安排|实施)?|(?<=(?:万元|亿元|元|\d\s?[万亿])\s*)[(:]|(?<=(?:资金|经费|预算))\s*:(?=\s*[\u4e00-\u9fff“]))(?:以下(?:[\d一二三四五六七八九十两]+个)?(?:项目|工程|方面|任务))?\s*[:,]?`,
  'g',
);
/** INTRODUCER anywhere in a text (not global: a test, never a scan). */
const INTRODUCES_PARTS = new RegExp(INTRODUCER.source);
/** Money not (yet) allocated, spent or paid, or left over: what a list introduced so names is no task's measure. */
const NOT_DONE = /(?:未|尚未|暂未|没有)(?:分配|支出|支付|拨付|使用|下达|执行|到位|落实|安排)|结余|剩余|滞留|沉淀/;
/**
 * A count of projects closing the clause before a list's introducer ("共涉及项目54个,其中:", "实施12个项目,具体包括:"): the
 * items after it are those projects.
 */
const PROJECTS_COUNTED_BEFORE_LIST =
  /(?:项目\s*[\d一二三四五六七八九十两]{1,3}\s*个|[\d一二三四五六七八九十两]{1,3}\s*个\s*(?:[\u4e00-\u9fff]{0,4})?项目)[\s,]*(?:其中|具体包括|具体为|主要包括|包括|分别为|分别是)[\s:,]*$/;
/** How far back from the list the count of its projects is looked for. */
const COUNT_LOOKBACK = 30;
/**
 * The funds a list's lead counts ("现将基本公共卫生服务等7项中央补助资金465.87万元下达给你们,其中:"): the items after it are
 * those funds, each named for its purpose, a level's among them ("中央计划生育转移支付资金") as much as the rest.
 */
const FUNDS_COUNTED_BEFORE_LIST = /等\s*[\d一二三四五六七八九十两]{1,2}\s*项[\u4e00-\u9fff]{0,12}(?:资金|经费)[^。;]*$/;
/** How far back, in the list's sentence, the count of its funds is looked for. */
const FUNDS_COUNT_LOOKBACK = 80;
/** How far back from its introducer a list's lead-in may say so. */
const NOT_DONE_WORDS = 12;
/** The words between an item's amount and a count of what that money reaches ("…983亿元,支持183个项目"; a mirror's 支撑). */
const MONEY_REACH = /^[\s,]*(?:支持|支撑|涉及|惠及|覆盖|共)\s*$/;
/** The word a count counts, up to the punctuation after it ("183个|项目|;"). */
const COUNTED_NOUN = /^[\u4e00-\u9fff]{0,4}?(?=[\s,;、。]|$)/;
/** The introducer of payments, opening the sentence after the sum spent. */
const PAID = /支付/;
/** A remark in brackets after an item's amount ("A项目100万元(已完工)"): neither a separator nor an item. */
// (a bracket holding a list number alone, "(2)", is the next item's number, no remark: see BRACKETED_ITEM_NUMBER)
const REMARK = /\((?!(?:\d{1,2}|[一二三四五六七八九十]{1,3})\))[^()]{0,40}\)/g;
/** A remark in brackets right ahead ("(含设备购置)"), after an item's amount: no item of its own. */
const REMARK_AHEAD = /^\s*\((?!(?:\d{1,2}|[一二三四五六七八九十]{1,3})\))[^()]{0,40}\)/;
/**
 * "A工程60万元已全部支付,B工程40万元…": the item's money all paid, said right after its amount with no amount of its own (a
 * remark on the item, no separator and no part of the next name; the amount paid is not stated, so none is read).
 */
const ALL_PAID_AHEAD = /^\s*,?\s*(?:已|均已|已经)(?:全部|全额|足额)(?:兑付|支付|拨付|使用|支出|发放)(?:完毕|到位)?(?=\s*[,;、])/;
/** A bracket of an item's own parts, longer than a remark: "(甲补助资金12.72万元、乙补助资金27.55万元)". */
const BREAKDOWN = /\(([^()]{0,160})\)/g;

/**
 * "B资金40.27万元(甲补助资金12.72万元、乙补助资金27.55万元)、C资金…": a bracket right after an item's
 * amount whose money adds up to that amount exactly is the item's breakdown, a level below the list:
 * read past as a remark is (subItems.ts reads its parts, once the item is read). Its spans in `body`.
 */
function itemBreakdowns(body: string): number[][] {
  return amountBreakdowns(body).filter(([, , parts]) => parts >= 2);
}

/**
 * The brackets of `text` that break down the amount right before them ("A项目资金3558.83万元(其中:中央资金2825万元、
 * 省级资金733.83万元)", a stop between allowed: "…14343.83万元。(其中:…)"): their money adds up to that amount
 * exactly (one amount restating it, "1042万元(中央资金1042万元)", too). Each as [start, end, count of amounts inside].
 */
export function amountBreakdowns(text: string, afterStop = false): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const m of text.matchAll(BREAKDOWN)) {
    const before = findNumbers(text.slice(0, m.index)).at(-1);
    if (!before || !isMoneyUnit(before.unit)) continue;
    const gap = text.slice(before.end, m.index);
    if (gap && !(afterStop && /^\s*[。,;]?\s*$/.test(gap))) continue;
    const inner = findNumbers(m[1]).filter((n) => isMoneyUnit(n.unit));
    if (!inner.length) continue;
    const whole = toYuan(before.value, before.unit);
    const parts = inner.map((n) => toYuan(n.value, n.unit));
    if (!whole || parts.some((v) => !v)) continue;
    const sum = sumOf(parts as string[]);
    // (or the share of it one source or more gave, which 其中 opens and no more than the amount: "300万元(其中中央资金200万元)")
    const share = SOURCE_SHARE.test(m[1]) && sum.lessThanOrEqualTo(new Decimal(whole));
    if (sum.equals(new Decimal(whole)) || share) out.push([m.index, m.index + m[0].length, inner.length]);
  }
  return out;
}

/** A bracket's words that give the share of its amount one or more sources gave: 其中, then a level's or the unit's own money. */
const SOURCE_SHARE =
  /^\s*其中\s*[:,]?\s*(?:中央|省级?|市级?|州级?|县级?|区级?|乡镇|财政|自筹|本级|上级|地方)[^()]{0,6}?(?:资金|补助|拨款|投入)/;

/** A bracket holding one amount and nothing else ("(120万元)"). */
const BRACKETED_AMOUNT = /^\(\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|千元)\s*\)$/;
/** Clause boundaries: the lead's clause starts after the last one before the lead amount. */
const CLAUSE_END = /[,;。:]/;

/** Where the clause holding position `at` of `text` starts: after the last clause boundary (CLAUSE_END) before it, else 0. */
export function clauseStartBefore(text: string, at: number): number {
  let start = at;
  // (a number's thousands separator, "5,700", ends no clause)
  while (start > 0 && !(CLAUSE_END.test(text[start - 1]) && !THOUSANDS_COMMA.test(text.slice(start - 2, start + 3)))) start--;
  return start;
}
/** A comma between a number's digits and its next three: the number's thousands separator. */
const THOUSANDS_COMMA = /^\d,\d{3}(?!\d)/;

/**
 * An amount given per person, mu, village … ("人均89元", "每公里每年2万元": names.ts PER_UNIT in its clause before it): a
 * rate of giving, no total a list divides and no amount of an item's own.
 */
export function rateOfGiving(text: string, n: NumberToken): boolean {
  return isMoneyUnit(n.unit) && PER_UNIT.test(text.slice(clauseStartBefore(text, n.start), n.start));
}
/**
 * Separators between list items: punctuation, or 和 / 及 / 以及 alone before the last item ("A 100万元和B
 * 80万元"); after punctuation a 和 is the next name's first character ("…,和平村道路项目").
 */
const ITEM_SEPARATOR = /^(?:[\s,、;]+|\s*(?:以及|和|及)\s*)/;
/** The next item's name right after an amount with no separator: words, no cue and no clause (a name is what stands). */
const GLUED_NAME = /^[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z()]{1,20}$/;
/**
 * An item's number in brackets: in a list whose first item is numbered so, the next item's number separates
 * the items, where a copy dropped the punctuation between them ("其中(1)A 40万元(2)B 160万元"). In a list
 * whose first item had none, a bracketed number starts the next section (SECTION_NUMBER), no item.
 */
const BRACKETED_ITEM_NUMBER = /^[\s,、;:]*\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\)\s*/;
/** The state of an item after its amount ("已完工", "在建"), before the next item's name. */
const ITEM_STATE = /^(?:已|未|正在|在建|基本|全部)[^\d,;。]{0,8}[,;]\s*/;
/**
 * The words of a share after an item's amount: ",占53.57%", "(占比28.6%", ",占总额的17.86%", ",占项目支出的33.7%" (the
 * whole it is a share of named, a few words).
 */
const SHARE = /^[\s,(]*占(?:比|[^\d,;。、%]{0,8}?的?(?:比[重例])?)?(?:为|达)?\s*$/;
/**
 * The words of a change from the year before after an item's amount (",较上年增加6万元", ",比上年减少12%", ",同比增长5%"):
 * no measure of the item (convention 10) and no item of its own; the list goes on after it.
 */
const YEAR_CHANGE =
  /^[\s,(]*(?:(?:较|比|与)(?:上年|去年|上年度|上一年度?)(?:同期)?(?:相比)?|同比)(?:增加|减少|增长|下降|上升|降低|增|减)了?\s*$/;
/**
 * A clause after a list's items that speaks of the whole again (its spending to date, its rate,
 * what all of it did), opening with the words of a total or of the time it is counted to, or an
 * adjustment of the whole ("…,调减30万元(某财〔2021〕9号),全年实际下达200万元": a later cut or
 * addition to the total, not one more item).
 */
const WHOLE_CLAUSE =
  /[,;]\s*(?=(?:截至|截止|共计|合计|总计|累计|全部|均已|目前|整体|总体|全年(?:实际)?|年度(?:实际)?|资金执行率|预算执行率|执行率|项目资金|以上资金|上述资金|调减|调增|核减|收回)[^,;。]*\d)/;
/**
 * "用于A 100万元、B 50万元,实际支出143万元,执行率95.33%": the spending of the whole after the last item, a clause opening on
 * the verb of spending, with nothing after it but its rate (two amounts at most): no item of the list. Where more amounts
 * follow ("A 100万元,实际支出95万元,B 80万元,实际支出78万元") the spending is each item's own, read by other rules.
 */
const SPENT_CLAUSE = /[,;]\s*(?=(?:实际|已|累计)(?:支出|使用|拨付|支付)(?:资金)?[^,;。]*\d)/;
function spentOnTheWhole(body: string): RegExpExecArray | null {
  const at = SPENT_CLAUSE.exec(body);
  return at && findNumbers(body.slice(at.index)).length <= 2 ? at : null;
}
/** The end of a list after its last amount: its count ("等2个项目"), or the bracket the list was written in. */
const LIST_CLOSE = /(?<=(?:万元|亿元|元)\s*)(?:等[\d一二三四五六七八九十两]{1,3}(?:个|项)(?:项目|工程|子项目|任务)?|\))\s*[,;]?\s*$/;
/** The body in charge of an item before a colon and the item's name ("一、扶贫办:", "交通局:"), its number first. */
const RESPONSIBLE_BODY =
  /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.])?\s*[\u4e00-\u9fff]{1,8}(?:局|办|委|站|所|中心|镇|乡|街道|部):\s*(?=[\u4e00-\u9fff]{2})/;
/** What is left of a total, stated as the list's last part. */
const REMAINDER = /^(?:结余|剩余|余额|结余资金|剩余资金)$/;
/**
 * The rest of a total's uses, stated as the list's last part ("…;用于A 40万元;用于其他20万元"): a
 * residual names no task (names.ts refuses 其他 as the functional class), and it closes the list.
 */
// (其他 alone or with a short word after it: 其他支出, 其他用途, 其他方面, or "…、其他服务224.00万元", the rest of the services)
const RESIDUAL = /^(?:其他|其它)[\u4e00-\u9fff]{0,4}$/;

export function readInlineLists(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const [i, seg] of segments.entries()) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    let consumed = 0;
    // a list opening its paragraph divides the total stated at the end of the paragraph before
    const prev = i > 0 && segments[i - 1].kind === seg.kind && seg.kind === 'paragraph' ? segments[i - 1] : undefined;
    for (const intro of seg.text.matchAll(INTRODUCER)) {
      if (intro.index < consumed) continue;
      // (or after a few words that hold no amount, "分资金看,直达资金项目主要为A…": the total is the one stated
      // before them, in the paragraph above or in the sentences before in this one)
      const leadIn = seg.text.slice(0, intro.index);
      const sentenceStart = leadIn.lastIndexOf('。') + 1;
      const ownLeadIn = leadIn.slice(sentenceStart);
      // (read with the introducer, whose bracket closes an amount written with 万 alone: "854万(A 400万元,…)" states one)
      const bareLeadIn =
        ownLeadIn.trim().length > 0 &&
        ownLeadIn.length <= LEAD_IN_WORDS &&
        !/;/.test(ownLeadIn) &&
        !findNumbers(ownLeadIn + intro[0]).length;
      // "主要是以下几项资金未分配:A经费1.69亿元、B资金300万元": what the list names is money not yet allocated, spent
      // or paid (or left over), no measure of a task's
      if (NOT_DONE.test(ownLeadIn.slice(-NOT_DONE_WORDS) + intro[0])) continue;
      const opening = !leadIn.trim() || (sentenceStart === 0 && bareLeadIn);
      const stated =
        opening && prev
          ? leadsBefore(prev.text, prev.text.length)
          : sentenceStart > 0 && bareLeadIn
            ? leadsBefore(seg.text, sentenceStart)
            : leadsBefore(seg.text, intro.index, prev && LABEL_ABOVE.test(prev.text) ? prev.text : undefined);
      // (a list opening its paragraph with no amount above it is read as one after words that state no total)
      // ("主要支出项目有:": the clause says what the items are, the amounts before it no total of theirs)
      const namedByClause = /^(?:主要)?有/.test(intro[0]);
      const found = stated.length && !namedByClause ? stated : unstatedLead(seg.text, intro);
      // "共支出150万元。支付A 40万元,B 80万元": a sentence opening with 支付 lists the parts of a sum
      // spent; after a budget the payments are not its parts (a budget's list says 其中 / 用于)
      const leads = PAID.test(intro[0]) ? found.filter((l) => l.measure === 'executed') : found;
      const after = intro.index + intro[0].length;
      // "资金分配如下:" closing its paragraph: the items are the paragraphs below, one a line
      if (!seg.text.slice(after).trim()) {
        const lines = readLineItems(segments, i + 1, leads);
        if (lines) out.push(...lines.map((item) => [item]));
        continue;
      }
      // (amounts stated before that the items do not divide, "医院自筹配套资金201.7万元。项目资金用于购买设备:A 35万元、…,
      // 共计401.7万元": the list read as one after words that state no total, its own sentence's sum checking it)
      const list: ListRead | null =
        readList(seg, leads, after, announcedTotal(seg.text, intro)) ??
        readAmountFirst(seg, leads, after) ??
        (stated.length ? readList(seg, unstatedLead(seg.text, intro), after) : null);
      if (!list) continue;
      out.push(...rowsOfList(list));
      consumed = list.end;
    }
    // "项目总预算180万元。甲村管网改造100万元(已支出95万元),乙村水质检测80万元(已支出78万元)。": a sentence of items alone, right
    // after the sentence stating their total and adding up to it exactly, lists its parts with no word to introduce them
    for (const stop of seg.text.matchAll(/。/g)) {
      const start = stop.index + 1;
      if (start < consumed || !seg.text.slice(start).trim()) continue;
      // (numbered items, a heading or a colon opening the sentence: the readers of numbered and announced lists read those)
      const stopAt = seg.text.indexOf('。', start);
      const sentence = seg.text.slice(start, stopAt < 0 ? seg.text.length : stopAt);
      // (circled numbers fold to digits in the text read: the source shows them)
      const written = evidenceOf(seg, start, start + sentence.length).snippet;
      const numbered = NUMBERED_OR_HEADED.test(sentence) || /[①-⑳]/.test(written);
      // (or items each named before a colon, the words after it the same in each: the fund they share)
      const named = numbered ? null : namedBeforeColons(seg, start, sentence);
      if (named) {
        out.push(...named.map((item) => [item]));
        consumed = start + sentence.length;
        continue;
      }
      if (numbered || /:/.test(sentence) || /\d\s*个/.test(written)) continue;
      const stated = leadsBefore(seg.text, start);
      const leads = stated.filter((l) => l.last && !l.classified);
      const list = leads.length ? readList(seg, leads, start) : null;
      if (!list || !addsUpExactly(list.items, stated) || !opensOnItsName(seg.text.slice(start, list.items[0].start), list.items[0].name))
        continue;
      out.push(...rowsOfList(list));
      consumed = list.end;
    }
  }
  return out;
}

/**
 * An item named `name` whose amount, written at [at, at + length) of the segment, is its budget until the total it adds up
 * to says which measure the list states.
 */
export function budgetItem(seg: Segment, name: string, amount: NumberToken, at: number, length: number): TaskFragment {
  return { name, measure: 'budget', value: amount.value, unit: amount.unit, segment: seg, start: at, end: at + length };
}

/** A clause of NAMED_BEFORE_COLON's list: its name, a colon, the words of the fund it is given, its amount. */
const NAME_COLON_CLAUSE = /^(\s*)([^:,;、\d]{2,30}?)\s*:\s*([^:,;、\d]{0,30}?)\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))\s*$/;

/**
 * "现将…下达我市2019年省级财政专项扶贫资金26428万元,予以公告。巴州区:省级财政专项扶贫资金2405万元;恩阳区:省级财政专项扶贫资金
 * 1956万元;…": a sentence of clauses closed by ;, each a name, a colon, the same words in every clause (the fund each is
 * given, or none) and one amount, right after the sentence stating their total, which they add up to exactly: the names
 * are the items (places dividing the fund, projects), the measure the total's. Two clauses at least, every name a task's.
 */
function namedBeforeColons(seg: Segment, start: number, sentence: string): TaskFragment[] | null {
  const clauses = sentence.split(';');
  if (clauses[clauses.length - 1].trim() === '') clauses.pop();
  if (clauses.length < 2) return null;
  const items: TaskFragment[] = [];
  const shared = new Set<string>();
  let at = start;
  for (const clause of clauses) {
    const m = NAME_COLON_CLAUSE.exec(clause);
    const amount = m ? findNumbers(m[4]).find((n) => isMoneyUnit(n.unit)) : undefined;
    if (!m || !amount) return null;
    shared.add(m[3].replace(/\s/g, ''));
    const name = nameAt(seg, at + m[1].length, m[2]);
    if (!name) return null;
    items.push(budgetItem(seg, name, amount, at + clause.lastIndexOf(m[4]), m[4].length));
    at += clause.length + 1;
  }
  if (shared.size !== 1) return null;
  return measuredBySum(
    items,
    leadsBefore(seg.text, start).filter((l) => l.last && !l.classified),
  );
}

/**
 * Items read as budgets until their total says what they measure: the same items under the measure of the one lead they
 * add up to exactly (addsUpExactly: two at least, and no lead of another measure the same amount), or null.
 */
function measuredBySum(items: TaskFragment[], stated: Lead[]): TaskFragment[] | null {
  const sum = sumInYuan(items, 'NaN');
  const lead = stated.find((l) => l.yuan.equals(sum));
  if (!lead) return null;
  const measured = items.map((item) => ({ ...item, measure: lead.measure }));
  return addsUpExactly(measured, stated) ? measured : null;
}

/**
 * An item of a list readPlacesCountedThenMoney reads: a place, the count of the places below it in a bracket, a colon, those places
 * named and joined by 、, then the money given ("乙乡(3个):东村、西村、北村,资金110万元").
 */
const PLACE_WITH_ITS_PLACES =
  /([^,;、:()\d。]{2,12})\((\d{1,3})个\):((?:[^,;、:()\d。]{1,10}、)*[^,;、:()\d。]{1,10}),\s*(?:资金|补助|奖补资金|补助资金)?\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))/g;
/** Between two items of such a list: a comma, 、 or ; (a copy mixes them), nothing else. */
const BETWEEN_PLACE_ITEMS = /^[,、;\s]*$/;

/**
 * "…下达我县奖补资金200.00万元…。具体安排情况是:甲镇(2个):上坪、下坪,资金40万元,乙乡(3个):…,资金110万元,…": a
 * fund divided among places (towns), each named with the count of its villages in a bracket, the villages after a colon,
 * then its money. Each place is an item (a fund divided among places lists them, convention 7), read only when every
 * bracket counts exactly the places named after it, the items follow one another with nothing but punctuation between,
 * two at least, and they add up exactly to a total stated before them (and to no total of another measure: measuredBySum).
 */
export function readPlacesCountedThenMoney(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    let run: TaskFragment[] = [];
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      // (the total stated before the sentence that announces the list, "…200万元。…。具体安排情况是:", or in it)
      const sentenceStart = text.lastIndexOf('。', runStart) + 1;
      const measured =
        run.length >= 2
          ? measuredBySum(
              run,
              [...leadsBefore(text, sentenceStart), ...leadsBefore(text, runStart)].filter((l) => !l.classified),
            )
          : null;
      if (measured) out.push(...measured.map((item) => [item]));
      run = [];
    };
    for (const m of text.matchAll(PLACE_WITH_ITS_PLACES)) {
      if (run.length && !BETWEEN_PLACE_ITEMS.test(text.slice(runEnd, m.index))) flush();
      const places = m[3].split('、');
      const amount = findNumbers(m[4]).find((n) => isMoneyUnit(n.unit));
      const name = nameAt(seg, m.index, m[1]);
      if (places.length !== Number(m[2]) || !amount || !name || !namedPlace(simplify(name))) {
        flush();
        continue;
      }
      if (!run.length) runStart = m.index;
      run.push(budgetItem(seg, name, amount, m.index + m[0].length - m[4].length, m[4].length));
      runEnd = m.index + m[0].length;
    }
    flush();
  }
  return out;
}

/**
 * The words a fund's division among places opens with: the fund's name alone, its year before it and a remark in brackets
 * after it perhaps ("2020年中央农村环境整治资金(统筹整合部分)"), no verb (nothing says the money was spent, paid or moved).
 */
const FUND_NAME_ALONE = /^\s*(?:\d{4}\s*年度?\s*)?[\u4e00-\u9fff“”]{2,40}?(?:资金|经费)\s*(?:\([^()]{1,16}\))?\s*$/;
/** A verb inside those words: money moved or used, which its words would have to measure. */
const VERB_IN_FUND_NAME = /下达|拨付|下拨|支出|使用|支付|安排|分配|完成|投入|用于|到位|结余|结转/;
/** A place's name as such a division writes it, up to the word of its level: "皮山县", "城关镇". */
const DIVIDED_PLACE = String.raw`[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|旗|镇|乡|街道|苏木)`;
/** The first place of such a division, its amount's digits right after it. */
const FIRST_PLACE = new RegExp(String.raw`${DIVIDED_PLACE}\s*\d`);
/** The place opening an item of such a division and the amount right after it: "皮山县58.97万元". */
const PLACE_THEN_AMOUNT = new RegExp(String.raw`^(${DIVIDED_PLACE})\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))`);

/**
 * A fund named, then its division among places, one amount each, and no total stated ("2020年中央农村环境整治资金(统筹整合部分)
 * 甲县58.97万元,乙县118.71万元,丙县78.2万元。"): each place is an item (convention 7), its amount its budget. No sum checks
 * the items, so the sentence's shape must: the fund's name alone before the first place (FUND_NAME_ALONE, no verb), then
 * nothing but places named for themselves with their amounts, separated by , 、 or ;, three at least, to the full stop.
 */
export function readFundByPlaces(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    let from = 0;
    for (const sentence of seg.text.split('。')) {
      const start = from;
      from += sentence.length + 1;
      const first = FIRST_PLACE.exec(sentence);
      if (!first || !FUND_NAME_ALONE.test(sentence.slice(0, first.index))) continue;
      if (VERB_IN_FUND_NAME.test(sentence.slice(0, first.index))) continue;
      const items: TaskFragment[] = [];
      let at = first.index;
      for (;;) {
        const m = PLACE_THEN_AMOUNT.exec(sentence.slice(at));
        const amount = m ? findNumbers(m[2]).find((n) => isMoneyUnit(n.unit)) : undefined;
        // (a verb run into the first place's name, "…(统筹整合部分)支出甲县…", is the fund's words, not the place's)
        if (!m || !amount || !namedPlace(simplify(m[1])) || VERB_IN_FUND_NAME.test(m[1])) break;
        items.push(budgetItem(seg, m[1], amount, start + at + m[0].length - m[2].length, m[2].length));
        at += m[0].length;
        const separator = /^\s*[,、;]\s*/.exec(sentence.slice(at));
        if (!separator) break;
        at += separator[0].length;
      }
      if (items.length >= 3 && !sentence.slice(at).trim()) out.push(...items.map((item) => [item]));
    }
  }
  return out;
}

/** A list's rows: each item with the spending and rate stated beside it, where any. */
function rowsOfList(list: ListRead): TaskFragment[][] {
  const spent = list.spent ?? [];
  const rates = list.rates ?? [];
  return list.items.map((item, k) => [item, spent[k], rates[k]].filter((f): f is TaskFragment => f !== null && f !== undefined));
}

/** The words before a sentence's first amount are its first item's name, perhaps with the item's cue after it. */
function opensOnItsName(head: string, name: string): boolean {
  const words = head.replace(/\s/g, '');
  const own = simplify(name).replace(/\s/g, '');
  return words.startsWith(own) && (words === own || cueMeasure(words.slice(own.length)) !== null);
}

/** A sentence opening on a list number or a section's number ("1.", "(一)", "二、"), or holding one before an item. */
const NUMBERED_OR_HEADED = /(?:^|[,;])\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}\s*[.、.](?!\d))/;

/**
 * Items that add up exactly to the total of a lead of their measure, two at least, and to no total of another measure
 * ("项目预算45万元,实际支出45万元。A 18万元;B 15万元;C 12万元": budget or spending, the sum does not tell).
 */
function addsUpExactly(items: TaskFragment[], leads: Lead[]): boolean {
  if (items.length < 2) return false;
  const sum = sumInYuan(items, 'NaN');
  const measures = new Set(leads.filter((l) => l.yuan.equals(sum)).map((l) => l.measure));
  return measures.size === 1 && measures.has(items[0].measure as Lead['measure']);
}

/**
 * A list read after its lead: one fragment an item (its amount under the lead's measure), where the list
 * ends, and the spending and rate stated beside each item (null where one states none), when the reader reads them.
 */
interface ListRead {
  items: TaskFragment[];
  end: number;
  spent?: (TaskFragment | null)[];
  rates?: (TaskFragment | null)[];
}

function readList(seg: Segment, leads: Lead[], listStart: number, announcedTotal: Decimal | null = null): Required<ListRead> | null {
  const text = seg.text;
  if (!leads.length) return null;
  const stop = subListStart(text, listStart) ?? text.indexOf('。', listStart);
  const sentenceEnd = stop < 0 ? text.length : stop;
  // "其中A项目100万元、B项目80万元,截至年底已支付170万元,执行率94%": a clause on the whole closes the list
  // (only after the last item: an item's own rate, "A项目100万元,执行率95%;B项目…", has items after it)
  // (the earlier of the two: "…,实际支出143万元,执行率95.33%" closes at the spending, the rate after it the whole's too)
  const wholeAt = [WHOLE_CLAUSE.exec(text.slice(listStart, sentenceEnd)), spentOnTheWhole(text.slice(listStart, sentenceEnd))]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  const onTheWhole = wholeAt && !text.slice(listStart + wholeAt.index + 1, sentenceEnd).includes(';') ? wholeAt : null;
  // "…B项目80万元等2个项目" / "(A项目100万元,B项目80万元)": the count or the bracket closing the list is no part of it
  const open = text.slice(listStart, onTheWhole ? listStart + onTheWhole.index : sentenceEnd);
  const closing = LIST_CLOSE.exec(open);
  // (a bracket closes the list only when it closes one opened before the list, not a remark's own)
  const closes = closing && (!closing[0].includes(')') || (open.match(/\)/g)?.length ?? 0) > (open.match(/\(/g)?.length ?? 0));
  const listEnd = closing && closes ? listStart + closing.index : onTheWhole ? listStart + onTheWhole.index : sentenceEnd;
  const body = text.slice(listStart, listEnd);
  // "A(120万元)、B(80万元)": a bracket that holds only an amount is the item's amount, not a remark
  const remarks = [...body.matchAll(REMARK)].filter((m) => !BRACKETED_AMOUNT.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
  remarks.push(...itemBreakdowns(body).filter(([a]) => !remarks.some(([b]) => a === b)));
  // read with the 。 that ends the list: it closes an amount written with 万 alone ("绩效奖励203万。")
  const numbers = findNumbers(stop < 0 ? body : `${body}。`).filter((n) => !remarks.some(([a, b]) => n.start >= a && n.start < b));
  if (numbers.length < 2) return null;
  const pieces: { name: string; n: NumberToken; cue: TaskMeasure | null; rate?: NumberToken; spent?: NumberToken }[] = [];
  const lineStarts = new Set(linesOf(seg).map((l) => l.start));
  // (the first item numbered in brackets: the items' numbers may separate them)
  const numbered = BRACKETED_ITEM_NUMBER.test(body);
  // the lead's clause counts the items as projects right before the list ("…共涉及项目54个,其中:")
  const projectsCounted = PROJECTS_COUNTED_BEFORE_LIST.test(text.slice(Math.max(0, listStart - COUNT_LOOKBACK), listStart));
  const sentenceBefore = text.slice(Math.max(0, listStart - FUNDS_COUNT_LOOKBACK), listStart);
  const fundsCounted = FUNDS_COUNTED_BEFORE_LIST.test(sentenceBefore.slice(sentenceBefore.lastIndexOf('。') + 1));
  let prevEnd = 0;
  /** An item read after another with no separator between them (GLUED_NAME). */
  let glued = false;
  /** The items read after a separator: a list whose separators are its way to part items lost one, once (not all of them). */
  let separated = 0;
  for (const n of numbers) {
    // "A项目300万元,占53.57%;B项目…": an item's share of the total, said after its amount, is no item
    // (convention 10); the names say whether the parts are tasks or classes of spending
    if (pieces.length && n.unit === '%' && SHARE.test(body.slice(prevEnd, n.start))) {
      prevEnd = n.end;
      continue;
    }
    // "A项目52万元,较上年增加6万元;B项目…": the item's change from the year before, said after its amount, is no item
    // either (convention 10): read past, as a share is
    if (pieces.length && (n.unit === '%' || isMoneyUnit(n.unit)) && YEAR_CHANGE.test(body.slice(prevEnd, n.start))) {
      prevEnd = n.end;
      continue;
    }
    // "A补助资金983亿元,支持183个项目;B…": how many projects (villages…) the item's money reaches, said right after
    // its amount, is no item either: read past with the word it counts
    if (pieces.length && n.unit === '个' && MONEY_REACH.test(body.slice(prevEnd, n.start))) {
      prevEnd = n.end + (COUNTED_NOUN.exec(body.slice(n.end))?.[0].length ?? 0);
      continue;
    }
    // "A项目支付95万元,支付率95%;B项目…": the item's own rate, said right after its amount
    const last = pieces[pieces.length - 1];
    if (
      last &&
      !last.rate &&
      n.unit === '%' &&
      /^[\s,]*[\u4e00-\u9fff]{2,6}$/.test(body.slice(prevEnd, n.start).replace(/(?:为|达到|达)$/, ''))
    ) {
      if (cueMeasure(body.slice(prevEnd, n.start)) === 'rate') {
        last.rate = n;
        prevEnd = n.end;
        continue;
      }
    }
    // "A补贴1,265万元,已兑付1,265万元;B…": the item's spending, said right after its amount in a clause of its own
    if (last && !last.spent && !last.rate && isMoneyUnit(n.unit) && ITEM_SPENT_CLAUSE.test(body.slice(prevEnd, n.start))) {
      last.spent = n;
      prevEnd = n.end;
      continue;
    }
    // "补助18个年度重点项目资金774万元": a count run into an item's words, its amount still to come with no
    // separator between, is part of the item's name ("基础设施项目3个,资金200万元" counts the items: refused)
    if (n.unit === '个' && countInName(body, n, numbers[numbers.indexOf(n) + 1])) continue;
    // "1.产业发展项目2个5263万元": how many projects a class of them holds, after its name and right before its amount (nothing
    // between), is read past; the name drops it (names.ts cleanName)
    if (n.unit === '个' && projectsCountedBeforeAmount(body, n, numbers[numbers.indexOf(n) + 1])) continue;
    // a count or a rate inside the list: a breakdown with commentary, not a list of items
    if (!isMoneyUnit(n.unit)) return null;
    let raw = body.slice(prevEnd, n.start);
    if (pieces.length && raw.startsWith(')') && BRACKETED_AMOUNT.test(body.slice(body.lastIndexOf('(', prevEnd), prevEnd + 1))) {
      raw = raw.slice(1);
      prevEnd += 1;
    }
    // "…已支付108万元,其中发放劳务报酬38.6万元;B工程,安排资金150万元,…": past a ";" an item named before its comma, then its
    // cue: the list ran on into the next of a run of named clauses (enumerated.ts reads those), and divides no total
    if (pieces.length && raw.includes(';')) {
      const next = raw.slice(raw.lastIndexOf(';') + 1);
      const comma = next.indexOf(',');
      if (comma > 0 && PROJECT_NAME.test(cleanName(next.slice(0, comma))) && cueMeasure(next.slice(comma + 1))) return null;
    }
    const breakdown = pieces.length ? remarks.find(([a]) => a >= prevEnd && !body.slice(prevEnd, a).trim()) : undefined;
    const remark = pieces.length
      ? (REMARK_AHEAD.exec(raw) ?? ALL_PAID_AHEAD.exec(raw) ?? (breakdown ? [body.slice(prevEnd, breakdown[1])] : null))
      : null;
    if (remark) {
      raw = raw.slice(remark[0].length);
      prevEnd += remark[0].length;
    }
    // "…如下:\nA工程20万元\nB补助30万元": one item a source line, the break (which normalization drops
    // between Chinese characters) separating them as punctuation would
    const separator = numbered && BRACKETED_ITEM_NUMBER.test(raw) ? BRACKETED_ITEM_NUMBER : ITEM_SEPARATOR;
    if (pieces.length && !separator.test(raw) && !lineStarts.has(listStart + prevEnd)) {
      // "…数字遥测23.5万元除颤监护仪20万元、…,共计401.7万元": a separator the copy lost between an amount written with its
      // unit and the next name, once in a list whose other items it separates (one of them at least: three items); read on
      // only where the list's stated sum checks every amount (checked below). Items run together throughout are no list
      // read so.
      if (glued || !isMoneyUnit(numbers[numbers.indexOf(n) - 1]?.unit ?? '') || !GLUED_NAME.test(raw.trim())) {
        // "…共389.78万元,其中A 326.29万元,B 63.49万元川财农〔2023〕44号下达…": the items read add up exactly to a total stated
        // before them, and the words run on with no separator are the next sentence a copy glued on: the list ends there
        const read = sumInYuan(
          pieces.map((p) => p.n),
          '0',
        );
        if (pieces.length >= 2 && leads.some((l) => !l.unstated && l.yuan.equals(read))) break;
        return null;
      }
      glued = true;
    } else if (pieces.length) separated++;
    // "A项目40万元,已完工;B项目35万元": the state of the item before, not part of the next name
    const stated = raw.replace(separator, '').replace(pieces.length ? ITEM_STATE : /^$/, '');
    // "村民组长,党小组长基本报酬252000元": a comma with no amount after it inside an item's words joins
    // the names of one line; the words after it name the item (the rest is refused with them or not).
    // "A专项资金1000万元,资金直接拨付至乙财政局;B经费40万元": a clause with no amount closed by ; is a
    // remark on the item before, and the next name starts after it (a name never holds a ;)
    // "…C资金750万元,(二)区内分解下达预算情况1.D资金874万元": a section's number where the list's first item had
    // none starts the next section, and the list ends before it (with two items read, else it is none)
    if (pieces.length && SECTION_NUMBER.test(stated) && !SECTION_NUMBER.test(body.slice(0, numbers[0].start))) {
      if (pieces.length >= 2) break;
      return null;
    }
    const clausePiece = pieces.length ? stated.slice(Math.max(stated.lastIndexOf(','), stated.lastIndexOf(';')) + 1) : stated;
    // "一、农业局:特色种植产业发展资金300万;": the body in charge before a colon, the item's name after it
    const inCharge = RESPONSIBLE_BODY.exec(clausePiece);
    const piece = inCharge ? clausePiece.slice(inCharge[0].length) : clausePiece;
    const words = itemWords(piece);
    if (!words) return null;
    const wordsAt = listStart + prevEnd + (raw.length - piece.length);
    // "另安排平安区、循化县各100万元": names joined before 各, the amount each one's: a piece for every name, the amount counted
    // once for each in the sum the total checks
    const each = EACH_NAMES.exec(words.namePart);
    if (each && pieces.length) {
      const joined = each[2];
      let from = each.index + each[1].length;
      for (const part of joined.split(NAME_JOINER)) {
        const at = words.namePart.indexOf(part, from);
        const one = nameAt(seg, wordsAt + at, part, { projectsCounted, fundsCounted });
        if (!one) return null;
        pieces.push({ name: one, n, cue: words.cue });
        from = at + part.length;
      }
      prevEnd = n.end;
      continue;
    }
    const name = nameAt(seg, wordsAt, words.namePart, { projectsCounted, fundsCounted });
    // "…,结余1.00万元" / "…;用于其他20万元": what is left of the total closes the list; it is no item
    const closing = REMAINDER.test(words.namePart.trim()) || RESIDUAL.test(cleanName(words.namePart));
    if (!name && pieces.length >= 2 && closing && !body.slice(n.end).replace(/[\s。]/g, '')) break;
    if (!name) return null;
    pieces.push({ name, n, cue: words.cue });
    prevEnd = n.end;
  }
  // "其中A项目36万元(已支出35万元)、B项目…": a remark stating each item's spending makes the amounts before
  // it budgets, whatever the total stated last before the list ("…,实际支出950万元。其中…"): the parts
  // divide the budget stated before, if any, and are budgets still when only spending was stated (a remark
  // spending more than its amount is no budget's spending: the remarks are then read as before, not at all)
  const stated = pieces.map((p) => spendingRemark(body, p.n));
  const overspent = stated.some(
    (r, i) => r && new Decimal(toYuan(r.value, r.unit) ?? '0').greaterThan(toYuan(pieces[i].n.value, pieces[i].n.unit) ?? '0'),
  );
  const remarked = overspent ? stated.map(() => null) : stated;
  const budgeted = remarked.some(Boolean);
  // (the list filling its sentence: nothing after the last item's amount but the punctuation that ends it, and the bracket
  // that the amount's item opened around it, "…和B工程(40万元)。")
  const last = pieces[pieces.length - 1]?.n;
  const bracketed = !!last && text.lastIndexOf('(', listStart + last.start) > text.lastIndexOf(')', listStart + last.start);
  const fillsSentence =
    !!last &&
    listEnd === sentenceEnd &&
    !text
      .slice(listStart + last.end, listEnd)
      .replace(bracketed ? /^\s*\)/ : /$^/, '')
      .replace(/[\s,;。]/g, '');
  // "…用于全民健身支出198万元,占总数的89.59%。其中:1.用于A 151万元;2.…": one item, its parts listed right after
  // it, is their subtotal; the parts are the rows
  if (pieces.length === 1 && /^[\s。;,]*其中\s*[:,]/.test(text.slice(listEnd))) return null;
  // ("…如下:A项目100万元;B项目200万元;合计300万元。": a sum closing the list that its items make exactly checks them as
  // a sentence they fill does)
  const summedAfter = onTheWhole !== null && statesTheirSum(text.slice(listStart + onTheWhole.index, sentenceEnd), pieces);
  const partsOfLead =
    (budgeted ? leadOfParts(pieces, asBudgetLeads(leads)) : null) ??
    leadOfParts(
      pieces,
      leads,
      fillsSentence || summedAfter,
      // (words after a part that open a list of their own, "第一批资金500万元,分别支持A…", make the list nested: no overshoot)
      !pieces.length || INTRODUCES_PARTS.test(body.slice(pieces[0].n.end)) ? null : announcedTotal,
    );
  if (!partsOfLead) return null;
  // items told apart where no separator stood: only a sum stated for them, which they make exactly, says where they part
  const sum = sumInYuan(
    pieces.map((p) => p.n),
    '0',
  );
  const sumChecked = summedAfter || (!partsOfLead.unstated && partsOfLead.yuan.equals(sum));
  if (glued && (separated < 1 || !sumChecked)) return null;
  const lead: Lead = budgeted ? { ...partsOfLead, measure: 'budget' } : partsOfLead;
  // (an item's own spending after its amount says the amounts are budgets: a list of what was spent has none)
  if (lead.measure !== 'budget' && pieces.some((p) => p.spent)) return null;
  const items = pieces.map((p) => ({
    name: p.name,
    measure: lead.measure,
    value: p.n.value,
    unit: p.n.unit,
    segment: seg,
    start: listStart + p.n.start,
    end: listStart + p.n.end,
  }));
  // "A工程300万元(已支出285万元)": a budget's remark that states the item's spending, and nothing else
  const spent = pieces.map((p, i): TaskFragment | null => {
    const r = remarked[i] ?? p.spent;
    if (lead.measure !== 'budget' || !r) return null;
    return {
      name: p.name,
      measure: 'executed',
      value: r.value,
      unit: r.unit,
      segment: seg,
      start: listStart + r.start,
      end: listStart + r.end,
    };
  });
  // the rates said after the items' amounts: each its item's
  const rates = pieces.map((p): TaskFragment | null =>
    p.rate
      ? {
          name: p.name,
          measure: 'rate',
          value: p.rate.value,
          unit: '%',
          segment: seg,
          start: listStart + p.rate.start,
          end: listStart + p.rate.end,
        }
      : null,
  );
  return { items, end: listEnd, spent, rates };
}

/** An item's spending in a clause of its own right after its amount: ",已兑付", ",实际支出", ",已拨付资金". */
// (or run on with no comma, "A工程40万元已支付38万元")
const ITEM_SPENT_CLAUSE = /^\s*,?\s*(?:已|实际|累计|已经)(?:全部)?(?:兑付|支出|支付|拨付|使用|完成支出)(?:资金)?\s*$/;

/** A clause that only sums the list before it: "合计300万元", "共计资金300万元" (its amount, then nothing but the stop). */
const SUM_CLAUSE = /^[\s,;]*(?:共计|合计|总计)(?:资金|金额)?(?:为)?\s*$/;

/** Whether `words` (a clause after a list's last item) state exactly the sum of the list's amounts, and nothing else. */
function statesTheirSum(words: string, pieces: { n: NumberToken }[]): boolean {
  return statesSumOf(
    words,
    SUM_CLAUSE,
    pieces.map((p) => p.n),
    true,
  );
}

/**
 * Whether `words` state one money amount, after words `lead` accepts and with nothing after it, that `amounts` add up
 * to exactly. `closed`: the amount is read with the stop that ends its sentence, which closes one written with 万 alone.
 */
function statesSumOf(words: string, lead: RegExp, amounts: readonly { value: string; unit: string }[], closed = false): boolean {
  const numbers = findNumbers(closed ? `${words}。` : words);
  if (numbers.length !== 1 || !isMoneyUnit(numbers[0].unit) || words.slice(numbers[0].end).trim()) return false;
  if (!lead.test(words.slice(0, numbers[0].start))) return false;
  const total = toYuan(numbers[0].value, numbers[0].unit);
  return total !== null && sumInYuan(amounts, '0').equals(total);
}

/** The words between a count and the amount after it, when they go on naming the item ("…18个|年度重点项目资金|774万元"). */
const NAME_AFTER_COUNT = /^[\u4e00-\u9fff][^,、;。:]{1,30}$/;
/**
 * Words after a count that state what the items counted were given or spent, not a name going on ("3个,共计",
 * "3个合计", "3个资金", "3个项目安排资金", "3个项目共投入").
 */
const COUNT_TOTAL = /^(?:资金|金额|总投资|投资)|共|合计|总计|累计|涉及|投入|安排|下达|支出|使用|拨付|支付|完成|执行/;

/** A count of projects after the words that name them, the item's amount right after it ("产业发展项目2个5263万元"). */
function projectsCountedBeforeAmount(body: string, count: NumberToken, next: NumberToken | undefined): boolean {
  return (
    !!next && isMoneyUnit(next.unit) && !body.slice(count.end, next.start).trim() && PROJECT_WORD_BEFORE.test(body.slice(0, count.start))
  );
}
/** The word a class of projects ends its name with, right before their count. */
const PROJECT_WORD_BEFORE = /(?:项目|工程|任务)\s*$/;

/** A count inside an item's name: followed by name words and then, with no separator between, the item's amount. */
function countInName(body: string, count: NumberToken, next: NumberToken | undefined): boolean {
  if (!next || !isMoneyUnit(next.unit)) return false;
  const between = body.slice(count.end, next.start);
  return NAME_AFTER_COUNT.test(between) && !COUNT_TOTAL.test(between);
}

/**
 * Where a second list in the same sentence begins: "…;第二批资金400万元,分别支持C项目…" (a ; then
 * one amount, the total of the next list, then its introducer). The list before ends at the ;,
 * and the next is read on its own against the amount before its introducer.
 */
function subListStart(text: string, listStart: number): number | null {
  const stop = text.indexOf('。', listStart);
  const sentence = text.slice(listStart, stop < 0 ? text.length : stop);
  for (const next of sentence.matchAll(INTRODUCER)) {
    // "B 930万元(2014年改扩建敬老院13所);C…": a bracket after an amount opens a list only when it holds amounts
    if (/^\s*\($/.test(next[0]) && !bracketHoldsMoney(sentence, next.index + next[0].length)) continue;
    // "B 300万元,主要用于学校校舍维修;C…": what an item's money is for, with no amount in its clause, is a remark
    // on the item, no list of its own
    if (!clauseHoldsMoney(sentence, next.index + next[0].length)) continue;
    const cut = sentence.lastIndexOf(';', next.index);
    if (cut < 0) continue;
    const lead = findNumbers(sentence.slice(cut, next.index));
    if (lead.length === 1 && isMoneyUnit(lead[0].unit)) return listStart + cut;
  }
  return null;
}

/** Whether the clause from `from` to the next ; holds a money amount. */
function clauseHoldsMoney(text: string, from: number): boolean {
  const close = text.indexOf(';', from);
  return findNumbers(text.slice(from, close < 0 ? text.length : close)).some((n) => isMoneyUnit(n.unit));
}

/** Whether the bracket opened right before `from` holds a money amount (up to its closing bracket). */
function bracketHoldsMoney(text: string, from: number): boolean {
  const close = text.indexOf(')', from);
  return findNumbers(text.slice(from, close < 0 ? text.length : close)).some((n) => isMoneyUnit(n.unit));
}

/**
 * An item's words before its amount: its name, and the cue run into it ("A项目预算" → A项目, a budget);
 * null when the cue makes the item a spending class ("教育支出预算 526.61万元"), whatever precedes it.
 */
function itemWords(words: string): { namePart: string; cue: TaskMeasure | null } | null {
  const cue = cueAtEnd(words);
  const cut = nameEndBeforeCue(words, cue);
  const namePart = cut === null ? words : words.slice(0, cut);
  if (cue && runIntoCategory(words, namePart)) return null;
  return { namePart, cue: cue ? (cue.measure === 'initial' ? 'budget' : cue.measure) : null };
}

/**
 * The total a list's parts divide, when they fit it: parts never add up to more than their total (unless the sentence
 * announces them as its parts, `announcedTotal`), the total is no figure broken down by classification, and a cue
 * after a name agrees with the total's.
 */
function leadOfParts(
  pieces: { n: NumberToken; cue: TaskMeasure | null }[],
  leads: Lead[],
  fillsSentence = false,
  announcedTotal: Decimal | null = null,
): Lead | null {
  const sum = sumInYuan(
    pieces.map((p) => p.n),
    '0',
  );
  const lead = leadFor(leads, sum);
  if (!lead || lead.classified || pieces.some((p) => p.cue && p.cue !== lead.measure)) return null;
  // "…共计1,245万元,具体为:A 468万元,B 297万元,…" adding up to 1255: the items the sentence announces as its total's parts,
  // filling it, are those parts though they overshoot it (reconciliation reports the difference, rules/breakdowns.ts), by
  // less than their smallest: a gap as large as a part may be a subtotal among them ("其中第一批资金500万元,分别支持A 300万元、
  // B 200万元;…"), a list inside the list, not a slip
  const overshootAnnounced = () =>
    fillsSentence &&
    announcedTotal !== null &&
    lead.last &&
    lead.yuan.equals(announcedTotal) &&
    sum.minus(lead.yuan).lessThan(Decimal.min(...pieces.map((p) => new Decimal(toYuan(p.n.value, p.n.unit) ?? '0'))));
  if (sum.greaterThan(lead.yuan) && !overshootAnnounced()) return null;
  // with no total to check the parts against, the list's own shape must make it one: three items at least, or two
  // after a colon that fill the sentence to its end (no words after the last amount: a remark, a count or a clause
  // of prose leaves the amounts possibly something else than the parts of what the clause names)
  const fewest = lead.colonOpened && fillsSentence ? 2 : UNSTATED_MIN_ITEMS;
  if (lead.unstated && pieces.length < fewest) return null;
  return lead;
}

/**
 * Words that announce the whole of a total's parts ("其中:", "具体为:", "分别为:"), right after it: "mainly" (主要包括) or
 * "used for" (用于) may leave some out, these do not.
 */
const PARTS_ANNOUNCED = new RegExp(String.raw`^(?:其中|${MONEY_NAMED_AGAIN}|具体(?:包括|为|是)|分别(?:为|是))\s*[:,]?$`);

/**
 * The total a list's introducer announces the parts of: the money amount right before it in its sentence, nothing but a
 * comma or a colon between ("共计1,245万元,具体为:"); null where the introducer is not one of PARTS_ANNOUNCED.
 */
function announcedTotal(text: string, intro: RegExpMatchArray): Decimal | null {
  if (!PARTS_ANNOUNCED.test(intro[0].trim())) return null;
  const before = text.slice(0, intro.index);
  const last = findNumbers(before).at(-1);
  if (!last || !isMoneyUnit(last.unit) || !/^\s*[,:;]?\s*$/.test(before.slice(last.end))) return null;
  const yuan = toYuan(last.value, last.unit);
  return yuan === null ? null : new Decimal(yuan);
}

/** A paragraph that is one list item: a name, its amount, and nothing after but the punctuation that closes it. */
const LINE_ITEM_END = /^[\s;,。]*$/;

/**
 * Items one per paragraph below a paragraph that ends with the introducer ("资金分配情况如下:"):
 *
 *   2023年共安排衔接资金500万元。资金分配情况如下:
 *   甲村道路硬化工程 200万元
 *   乙村饮水安全工程 150万元
 *
 * The same checks as a list within a sentence: each paragraph exactly a name and one money
 * amount, two items at least, every name a task name, a cue run into a name agreeing with the
 * total's, and the items not adding up to more than the total. The list ends at the first
 * paragraph of another shape.
 */
function readLineItems(segments: Segment[], from: number, leads: Lead[]): TaskFragment[] | null {
  if (!leads.length) return null;
  const pieces: { name: string; n: NumberToken; cue: TaskMeasure | null; seg: Segment }[] = [];
  for (let i = from; i < segments.length && segments[i].kind === 'paragraph'; i++) {
    const seg = segments[i];
    const numbers = findNumbers(seg.text);
    if (numbers.length !== 1 || !isMoneyUnit(numbers[0].unit) || !LINE_ITEM_END.test(seg.text.slice(numbers[0].end))) break;
    // (a line may name the body in charge before a colon, "一、农业局:特色种植产业发展资金300万;", as a list in one paragraph does)
    const inCharge = RESPONSIBLE_BODY.exec(seg.text.slice(0, numbers[0].start))?.[0].length ?? 0;
    const words = itemWords(seg.text.slice(inCharge, numbers[0].start));
    if (!words) return null;
    const name = nameAt(seg, inCharge, words.namePart);
    if (!name) break;
    pieces.push({ name, n: numbers[0], cue: words.cue, seg });
  }
  if (pieces.length < 2) return null;
  const lead = leadOfParts(pieces, leads);
  if (!lead) return null;
  return pieces.map((p) => ({
    name: p.name,
    measure: lead.measure,
    value: p.n.value,
    unit: p.n.unit,
    segment: p.seg,
    start: p.n.start,
    end: p.n.end,
  }));
}

/**
 * One item written amount first: "30万元用于村道硬化" (the amount, 用于, then what it pays for),
 * perhaps after the verb that put the money there ("安排30万元用于…", "拨付资金20万元用于…"), which
 * the total before the list measures already. A 、 followed by an amount separates items; any
 * other 、 is inside the use ("设计、规划、测绘").
 */
const AMOUNT_FIRST_ITEM =
  /^[\s,、;]*(?:(?:安排|拨付|下达|投入|列支)(?:资金|经费)?)?(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)\s*(?:用于|用作)([^,;。]{2,40}?)\s*(?=[,;]|、\s*(?:(?:安排|拨付|下达|投入|列支)(?:资金|经费)?)?\d|$)/;

/**
 * "其中:30万元用于A;30万元用于B;29.99万元用于C": the items of the total, each amount first and its
 * use after 用于. Same checks as a name-first list: two items at least, every name a task name,
 * and the parts not above the total beyond the rounding of each part (a total of 89.97 stated
 * from 89.974 may have parts summing to 89.99).
 */
function readAmountFirst(seg: Segment, leads: Lead[], listStart: number): ListRead | null {
  if (!leads.length) return null;
  const text = seg.text;
  const stop = text.indexOf('。', listStart);
  const listEnd = stop < 0 ? text.length : stop;
  const items: { name: string; value: string; unit: Unit; start: number; end: number }[] = [];
  let at = listStart;
  while (at < listEnd) {
    const m = AMOUNT_FIRST_ITEM.exec(text.slice(at, listEnd));
    if (!m) break;
    const valueAt = at + m[0].indexOf(m[1]);
    const nameStart = at + m[0].lastIndexOf(m[3]);
    const name = nameAt(seg, nameStart, m[3]);
    if (!name) return null;
    items.push({ name, value: m[1].replace(/,/g, ''), unit: m[2] as Unit, start: valueAt, end: valueAt + m[1].length + m[2].length });
    at += m[0].length;
  }
  // the whole list is items, up to the end of its sentence
  if (items.length < 2 || text.slice(at, listEnd).replace(/[\s,;、]/g, '')) return null;
  const yuan = items.map((i) => toYuan(i.value, i.unit));
  if (yuan.some((y) => !y)) return null;
  const sum = sumOf(yuan.map((y) => y ?? '0'));
  const lead = leadFor(leads, sum);
  const rounding = new Decimal(toYuan('0.01', items[0].unit) ?? '0').times(items.length);
  if (!lead || lead.classified || sum.greaterThan(lead.yuan.plus(rounding))) return null;
  return {
    items: items.map((i) => ({
      name: i.name,
      measure: lead.measure,
      value: i.value,
      unit: i.unit,
      segment: seg,
      start: i.start,
      end: i.end,
    })),
    end: listEnd,
  };
}

interface Lead {
  measure: 'budget' | 'executed';
  yuan: Decimal;
  /** Stated last before the list. */
  last: boolean;
  /** A figure broken down by classification (城乡社区支出, 基本支出): its parts are no tasks. */
  classified: boolean;
  /** No total is stated: money put somewhere for the uses the list names (see unstatedLead). */
  unstated?: boolean;
  /** No total is stated, and a colon opens the list ("项目支出主要包括:"): the list may be two items (see unstatedLead). */
  colonOpened?: boolean;
}

/** The verbs that put money somewhere for a use: what the list after 用于 names is budgeted. */
const ALLOCATED = /下达|安排|批复|分配|下拨/;
/**
 * A clause that moves money it names again without its amount (将资金 / 该资金 / 上述资金, then the verb that allocates it,
 * 下达 / 分配 / 安排 / 下拨 / 拨付, right before its 其中): the amount was stated before, the list after 其中 divides it.
 */
const MONEY_MOVED_AGAIN = /(?:将|把|该|上述|此)(?:笔|项)?(?:资金|经费)[^,;。:\d]{0,8}?(?:下达|分配|安排|下拨|拨付)[^,;。:\d]{0,8},?\s*$/;
/** Enough items that a list with no total is a list, and not a clause that happens to hold amounts. */
const UNSTATED_MIN_ITEMS = 3;

/**
 * "该项目为2023年中央彩票公益金提前下达资金项目,用于A补贴1.065万元,B 2.1万元,C救助38.472万元": money
 * put somewhere (下达, 安排 …) and the uses it pays for, each with its amount, and no total stated
 * before 用于. The items are the budget's parts; with no total to check them against, three items at
 * least, and the clause before 用于 must hold no amount at all (an amount there is the lead, or a
 * reason not to read the list).
 */
function unstatedLead(text: string, intro: RegExpMatchArray): Lead[] {
  // "1.预算数:2021年,包含A资金774万元、B资金240万元、C资金140万元": the budget put down, its parts listed
  // by 包括 / 包含 with no total before them, reads as 用于 does
  const colonOpened = /:\s*$/.test(intro[0]);
  // "各子项目资金安排如下:", "该资金分配到以下项目:": the money's items announced by a colon, their measure in the words
  // before it (安排 / 分配 here, a budget; 支出情况如下, spending), with no total stated
  // (or by a colon right after the money's own name, "2022年财政预算我单位专项资金:A经费36.4万元、B 17万元、…")
  const fundColon = /^\s*:\s*$/.test(intro[0]) && /(?:资金|经费|预算)\s*$/.test(text.slice(0, intro.index));
  // (or the projects said to be them, "主要支出项目有:")
  const announced = colonOpened && (/如下|分配|^是|^有/.test(intro[0]) || fundColon);
  const before = text.slice(0, intro.index);
  const clause = before.slice(before.lastIndexOf('。') + 1);
  // (or by 其中 after the clause that moved the money, named again without its amount, stated above: "将资金切块下达各市,
  // 其中:A市610万元、…")
  const allocatedBack = /^其中\s*[:,]?\s*$/.test(intro[0]) && MONEY_MOVED_AGAIN.test(clause);
  if (!/用于|包括|包含/.test(intro[0]) && !announced && !allocatedBack) return [];
  // (a rate of giving is no lead: "按照“县道每公里每年2万元、乡道每公里每年1.5万元”的标准测算安排,主要用于:…")
  if (findNumbers(clause).some((n) => (isMoneyUnit(n.unit) || n.unit === '%') && !rateOfGiving(clause, n))) return [];
  // "2023年项目支出主要包括:A经费50.5万元;B经费28.2万元": a colon opens a list of the money the clause names (项目
  // 支出, spending; 下达资金, a budget), the clause's words saying which measure the items are
  const words = announced ? clause + intro[0].replace(/:\s*$/, '') : clause;
  // ("全年项目资金主要用于A 200万元、B 300万元、C 80万元": the uses the funds the clause names went to, as a colon opens them)
  const measure = ALLOCATED.test(words) ? 'budget' : colonOpened || /用于/.test(intro[0]) ? leadMeasure(words) : null;
  if (!measure) return [];
  // (a list 其中 opens, no total stated beside it, is three items at least, as one after 用于)
  return [
    {
      measure,
      yuan: new Decimal('1e15'),
      last: true,
      classified: breaksDownAFigure(clause),
      unstated: true,
      colonOpened: colonOpened && !allocatedBack,
    },
  ];
}

/**
 * The spending a bracket right after an item's amount states, and nothing else ("300万元(已支出285万元)"):
 * its amount, with its place in `body`; null for any other remark.
 */
function spendingRemark(body: string, n: NumberToken): NumberToken | null {
  const remark = /^\s*\(([^()]{0,40})\)/.exec(body.slice(n.end));
  const inner = remark ? findNumbers(remark[1]) : [];
  if (!remark || inner.length !== 1 || !isMoneyUnit(inner[0].unit) || remark[1].slice(inner[0].end).trim()) return null;
  if (cueMeasure(remark[1].slice(0, inner[0].start)) !== 'executed') return null;
  const at = n.end + remark[0].indexOf('(') + 1;
  return { ...inner[0], start: at + inner[0].start, end: at + inner[0].end };
}

/** The budgets among the leads, the one stated last of them standing as the last. */
function asBudgetLeads(leads: Lead[]): Lead[] {
  const budgets = leads.filter((l) => l.measure === 'budget');
  return budgets.map((l, i) => ({ ...l, last: i === budgets.length - 1 }));
}

/**
 * The total the list divides. When the parts add up exactly to one of the amounts stated before
 * the list ("预算100万元,实际支出90万元,其中:A 50万元,B 40万元" → the 90 spent), that amount is the
 * total; otherwise the amount stated last before the list is.
 */
function leadFor(leads: Lead[], sum: Decimal): Lead | null {
  const exact = leads.filter((l) => l.yuan.equals(sum));
  // (the same amount stated twice under two measures, "本级分配194万元。…用于群众体育支出194万元。其中:…": the
  // statement right before the list is the one it divides)
  if (exact.length) return new Set(exact.map((l) => l.measure)).size === 1 ? exact[0] : (exact.find((l) => l.last) ?? null);
  return leads.find((l) => l.last) ?? null;
}

/** A section's number: "(二)", "二、", "(2)". */
const SECTION_NUMBER = /\([一二三四五六七八九十\d]{1,3}\)|(?<![\u4e00-\u9fff])[一二三四五六七八九十]{1,3}、/;
/** A clause that only totals (合计 / 共计 / 总计 / 共): what it sums is named in the clause before it. */
const BARE_TOTAL = /^\s*(?:合计|共计|总计|总共|一共|共)(?:为|是)?\s*$/;
/** The most words a paragraph may open with before a list that divides the total of the paragraph above. */
const LEAD_IN_WORDS = 16;
/** Longer than a clause of prose before its amount; then the last words before the amount name it. */
const LONG_CLAUSE = 30;
const NEAR_WORDS = 12;

/** A paragraph that is a label and its colon only ("年度资金总额:"): a form's field copied one cell per line, its value the line below. */
const LABEL_ABOVE = /^[^,;。:\d]{2,20}:$/;

/**
 * A report's title its first paragraph ran into, no break left between them ("…项目支出绩效自评报告项目资金总额80万元,其中…": a
 * Markdown line under the title joins it): the title's words (its 支出) say nothing of what the amount after it measures.
 */
const TITLE_RUN_IN = /^.*(?:报告|自评表|评价表)(?=[\u4e00-\u9fff])/s;

/**
 * The money amounts stated in the list's sentence before the introducer and in the sentence before it, with what their
 * clauses say they measure. `labelAbove`, a label standing alone on the line above ("年度资金总额:"), names an amount that opens `text`.
 */
function leadsBefore(text: string, introAt: number, labelAbove?: string): Lead[] {
  const before = text.slice(0, introAt);
  // (a text that ends its last sentence with 。 has the two sentences before that end)
  const from = afterSentenceEnds(before, before.trimEnd().endsWith('。') ? 3 : 2);
  // only the amounts from there on can lead the list, and only they are read (see LEAD_LOOKBACK)
  // (a rate of giving, "每公里每年2万元", totals nothing)
  // (read with the introducer's first character, which closes an amount written with 万 alone: "资金总额854万(A…")
  const money = findNumbersFrom(text.slice(0, introAt + 1), Math.max(from, before.length - LEAD_LOOKBACK)).filter(
    (n) => n.end <= introAt && isMoneyUnit(n.unit) && !rateOfGiving(before, n),
  );
  const leads: Lead[] = [];
  money.forEach((n, i) => {
    const clauseStart = clauseStartBefore(before, n.start);
    // a "clause" longer than prose writes is the cells of a table flattened onto one line (their
    // spaces gone): only the words next to the amount are its own ("…实际完成情况本项目共申请预算资金")
    let clause = before.slice(clauseStart, n.start);
    // "安排专项经费3项,合计95万元:": a clause that only totals states the money the clause before it, in the same
    // sentence, named (its verb and its noun say what the total measures and whether it is broken down by class)
    if (BARE_TOTAL.test(clause) && before[clauseStart - 1] === ',') {
      const prevStart = clauseStartBefore(before, clauseStart - 1);
      const named = before.slice(prevStart, clauseStart - 1);
      if (!findNumbers(named).some((m) => isMoneyUnit(m.unit))) clause = named;
    }
    // "年度资金总额:854万元(A 400万元,…)": an amount right after a label's colon is the label's value, which names it
    if (!clause.trim() && before[clauseStart - 1] === ':')
      clause = before.slice(clauseStartBefore(before, clauseStart - 1), clauseStart - 1);
    else if (!clause.trim() && clauseStart === 0 && labelAbove) clause = labelAbove.slice(0, -1);
    clause = clause.replace(TITLE_RUN_IN, '');
    const measure = leadMeasure(clause.length > LONG_CLAUSE ? clause.slice(-NEAR_WORDS) : clause);
    const yuan = toYuan(n.value, n.unit);
    if (measure && yuan)
      leads.push({ measure, yuan: new Decimal(yuan), last: i === money.length - 1, classified: breaksDownAFigure(clause) });
  });
  return leads;
}

/**
 * The cleaned name of `raw` (simplified text starting at `at` in the segment), refused or
 * returned in the report's own characters (the segment's source text at the same offsets).
 */
export function nameAt(
  seg: Segment,
  at: number,
  raw: string,
  opts: { column?: boolean; projectsCounted?: boolean; fundsCounted?: boolean } = {},
): string | null {
  if (headingRunIn(seg, at, raw)) return null;
  // "其中:①A项目100万元;②B项目…": normalization made the circled number a digit run into the name
  const skip = circledLead(seg, at, raw);
  if (skip) return nameAt(seg, at + skip, raw.slice(skip), opts);
  const cleaned = cleanName(raw);
  if (!cleaned) return null;
  const why = opts.column ? columnRefusal(cleaned) : refusal(cleaned);
  // in a list its lead counts as projects ("共涉及项目54个,其中:A镇中心幼儿园11.8万元,…"), a school's or a place's name is
  // its project's, as under a 项目名称 column (columnRefusal), not money passed on to a recipient
  // and in a list its lead counts as funds (等7项…资金), a level's fund named for a purpose (中央计划生育转移支付资金) is one of
  // them, not the source of the items (a level's money named for nothing, 中央补助资金, stays one)
  if (why && !(opts.projectsCounted && why === 'recipient') && !(opts.fundsCounted && why === 'fund by level' && namesAPurpose(cleaned)))
    return null;
  const offset = raw.indexOf(cleaned);
  if (offset < 0) return null;
  return asWritten(seg, at + offset, at + offset + cleaned.length);
}

/** A digit (or two) run into the words of a name (or its opening quote), where a circled number (①) may have stood. */
const CIRCLED_NUMBER = /^[\s,;:、]*(\d{1,2})\s?(?=[\u4e00-\u9fff“"])/;

/**
 * How many characters of `raw` (simplified text at `at` in the segment) a circled list number takes, normalization
 * having made it a digit run into the name ("①农村人居环境整治" reads "1农村人居环境整治"): 0 where the original has a
 * digit there (a name may open with one: "2号楼改造").
 */
export function circledLead(seg: Segment, at: number, raw: string): number {
  const circled = CIRCLED_NUMBER.exec(raw);
  if (!circled) return 0;
  const digitAt = at + circled[0].indexOf(circled[1]);
  const written = evidenceOf(seg, digitAt, digitAt + circled[1].length).snippet;
  if (/^[①-⑳]$/.test(written)) return circled[0].length;
  return circledListGoesOn(seg, digitAt, Number(circled[1]), raw.slice(circled[0].length)) ? circled[0].length : 0;
}

/** What a number counts right after it ("3号楼", "12个村", "2栋"): a name opening with a count, no list number. */
const COUNTED_AFTER = /^[号个项栋楼期批座条类年月日万千百亿元人户次名家台套辆亩米吨级层]/;
/** How far back a list's circled numbers are looked for. */
const CIRCLED_REACH = 600;

/**
 * "…;④A补助应到位2640万元…;5B补助应到位283.71万元…;6C补助…": a list numbered ① … ④ that a copy went on numbering
 * with plain digits run into the names. The digit is a list number where a circled number below it opens an item before,
 * in the same paragraph, and no count follows it.
 */
function circledListGoesOn(seg: Segment, digitAt: number, n: number, after: string): boolean {
  if (n < 2 || n > 20 || COUNTED_AFTER.test(after)) return false;
  const before = evidenceOf(seg, Math.max(0, digitAt - CIRCLED_REACH), digitAt).snippet;
  for (let k = n - 1; k >= 1; k--) if (before.includes(String.fromCharCode(0x2460 + k - 1))) return true;
  return false;
}

/** What may stand before a heading on its line: spaces and its number ("(一)", "2.", "三、"). */
const HEADING_LEAD = /^[\s(（)）一二三四五六七八九十\d、.．]*$/;

/** Why a name's first line may be refused and the name still stand: a line too short, or a year, wrapped before the rest. */
const WRAPPED_PIECE = new Set(['length', 'date', 'no words']);

/**
 * "(一)基本支出\n2023年基本支出432.56万元": a heading line the paragraph below ran into, and that heading
 * alone is no task (基本支出, 收入情况 …): the name read across the source's line break is the heading
 * and the sentence's subject together, which name nothing.
 */
function headingRunIn(seg: Segment, at: number, raw: string): boolean {
  const end = at + raw.length;
  const lines = linesOf(seg);
  const lineStart = lines.find((l) => l.start > at && l.start < end)?.start;
  if (lineStart === undefined) return false;
  // "…路灯维修169.85万元、大足委…创建全国文明城区\n项目经费16.86万元": a heading opens its line; a name that
  // starts after other words of its line is an item a page's line break cut, whatever its first line reads as
  const own = lines.findLast((l) => l.start <= at);
  if (own && !HEADING_LEAD.test(seg.text.slice(own.start, at))) return false;
  const first = cleanName(seg.text.slice(at, lineStart));
  // "戏曲公益性演出(戏曲进乡村" / ")162.00万元": a line that leaves a bracket open ends no heading; the copy wrapped it
  if (first && (first.match(/\(/g)?.length ?? 0) > (first.match(/\)/g)?.length ?? 0)) return false;
  const why = first ? refusal(first) : null;
  return why !== null && !WRAPPED_PIECE.has(why);
}

/**
 * The report's own words for a span of a segment: the original snippet (traditional characters
 * and masking asterisks that Markdown read as emphasis kept), compatibility forms folded
 * (full-width brackets and digits) and line breaks made spaces.
 */
function asWritten(seg: Segment, start: number, end: number): string {
  // a line break the text reads on across, no space left between its characters ("〔202\n3〕号": the copy's margin inside a
  // number), is the copy's wrap, no space in the name: the name is written piece by piece, the pieces joined
  const joins = [start];
  for (let i = start + 1; i < end; i++) if (wrappedAcross(seg, i)) joins.push(i);
  joins.push(end);
  return joins
    .slice(0, -1)
    .map((from, k) => writtenPiece(seg, from, joins[k + 1]))
    .join('');
}

/** Whether the source breaks its line between characters i - 1 and i of the text, which normalization joined. */
function wrappedAcross(seg: Segment, i: number): boolean {
  if (/\s/.test(seg.text[i - 1]) || /\s/.test(seg.text[i])) return false;
  const raw = seg.source.raw ?? seg.source.text;
  return /[\r\n]/.test(raw.slice(rawOffset(seg.source, i - 1) + 1, rawOffset(seg.source, i)));
}

function writtenPiece(seg: Segment, start: number, end: number): string {
  const raw = evidenceOf(seg, start, end).snippet;
  // a line the copy wrapped between two Chinese characters (or a bracket) is no space in the name ("戏曲公\n益性演出")
  return raw.normalize('NFKC').replace(ZERO_WIDTH, '').replace(WRAP_INSIDE_WORDS, '').replace(/\s+/g, ' ').trim();
}
/** Zero-width characters: what a page number between the lines of a name left (parse/markdown.ts). */
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
/** A line break, with the spaces around it, between two Chinese characters or brackets. */
const WRAP_INSIDE_WORDS = /(?<=[\u4e00-\u9fff()])[ \t]*\r?\n\s*(?=[\u4e00-\u9fff()])/g;

/**
 * What the items before a trailing total paid for, between the last item and the total, with no
 * number in it: "…B工程19.5万元,包括餐厅吊顶,人行道硬化,总计支出49万元".
 */
const WORK_DONE = /^\s*[,;]\s*(?:主要)?(?:包括|用于)[^\d。;]{2,120}$/;
/** A clause that states the total of the amounts before it ("…;共计下达资金3580.69万元"). */
const TRAILING_TOTAL = /^(?:以上)?(?:共计|合计|总计|共)/;
/** An item's words that name it as money: "A项目资金", "B工作经费" (a verb before it is its list's to say). */
const MONEY_NAMED = /[\u4e00-\u9fff]{2}(?:资金|经费)\s*$/;
/** The count of the projects an item gathers ("G101、G102等6个安全提升项目681万元"): part of its name, no amount. */
function numberInName(text: string, n: NumberToken): boolean {
  return /等\s*$/.test(text.slice(0, n.start)) && /^\d+\s*[个项]/.test(text.slice(n.start));
}
/** A fund named right after a total's amount ("合计1464万元车购税补助资金", "共计120万元专项经费"), up to its clause's end. */
const FUND_AFTER_TOTAL = /^\s*[\u4e00-\u9fff]{0,12}(?:资金|经费)\s*(?:[,;。]|$)/;
/** The verb that opens a list's first item in its clause ("省级下达A项目40万元"): the name begins after it. */
const FIRST_ITEM_VERB = /^.*(?:下达|安排|拨付|分配|下拨|支付|支出|用于)(?:了)?/;

/**
 * Items stated before their total, which closes the list:
 *
 *   "2024年,上级下达A项目40万元;B项目25.85万元;C经费18.6万元。共计下达资金84.45万元。"
 *   "安排A工程20万元,B工程30万元,合计安排50万元。"
 *
 * The total's clause opens with 共计 / 合计 / 总计 and says what the amounts measure (下达 → budget,
 * 支出 → spending); the items are the sentence before it (or its own sentence, before its clause),
 * each a name and one money amount, separated by , 、 ; and nothing else. The structural check is
 * the sum: the items add up exactly to the total. Every name must be a task name (no funding
 * source, category or recipient), or the list is a breakdown and is not read.
 */
export function readTrailingTotals(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    const numbers = findNumbers(text);
    for (const total of numbers) {
      if (!isMoneyUnit(total.unit)) continue;
      const clauseStart = clauseStartBefore(text, total.start);
      const clause = text.slice(clauseStart, total.start).trim();
      if (!TRAILING_TOTAL.test(clause) || clauseStart === 0) continue;
      // the items: the sentence before when the total opens a sentence, else its own sentence before it
      const listEnd = clauseStart - 1;
      let listStart = text.lastIndexOf('。', text[listEnd] === '。' ? listEnd - 1 : listEnd) + 1;
      // "一批项目900万元(其中建筑工程880万元),二批…": an amount in a remark after an item is a part of it, no item
      const remarks = [...text.slice(listStart, listEnd).matchAll(REMARK)]
        .filter((m) => !BRACKETED_AMOUNT.test(m[0]))
        .map((m) => [listStart + m.index, listStart + m.index + m[0].length]);
      const all = numbers.filter(
        (n) => n.start >= listStart && n.end <= listEnd && !remarks.some(([a, b]) => n.start >= a && n.start < b) && !numberInName(text, n),
      );
      if (all.length < 2 || all.some((n) => !isMoneyUnit(n.unit))) continue;
      // "资金下达65万元,截至年底,A支付20万元,B支付28万元,共支付48万元": the sentence opens with the amount the
      // items are paid from; the items are the amounts after its clause that add up to the total
      const after = openingLeadSkipped(text, all, total);
      const items = after ?? all;
      if (after) listStart = after.listStart;
      // what the amounts measure: the total's words ("共计下达"), else the verb that opens the list
      // ("安排A工程20万元,B工程30万元,合计50万元")
      const opening = text.slice(listStart, items[0].start);
      const verb = FIRST_ITEM_VERB.exec(opening.slice(Math.max(opening.search(/[^,;:]*$/), 0)))?.[0];
      // and with neither, items each named as money ("A项目资金40万元,B项目资金25万元,共计65万元") are what
      // each has, their budgets (as leadMeasure reads a total named so)
      const moneyNamed = items.every((n, k) => MONEY_NAMED.test(text.slice(k ? items[k - 1].end : listStart, n.start)));
      // (or the total names the fund right after its amount, "合计1464万元车购税补助资金": the money the fund gives them)
      const fundAfter = FUND_AFTER_TOTAL.test(text.slice(total.end));
      const measure =
        leadMeasure(clause) ?? (verb ? leadMeasure(verb) : moneyNamed || fundAfter ? 'budget' : statedBefore(text, listStart, total));
      if (!measure) continue;
      const rows = trailingItems(seg, items, listStart, listEnd, measure);
      if (!rows) continue;
      const sum = sumInYuan(items, '0');
      const whole = toYuan(total.value, total.unit);
      if (!whole || !sum.equals(whole)) continue;
      out.push(...rows.map((r) => [r]));
    }
  }
  return out;
}

/**
 * "年度资金30万元,执行率100%。建设厂房12万元;购买发电机9万元;…;共计30万元": a trailing total whose words say
 * nothing of what it measures, the same amount as one stated earlier in the paragraph (before the list), whose
 * clause does say: the items are the parts of that amount. Every earlier statement of the amount must agree.
 */
function statedBefore(text: string, listStart: number, total: NumberToken): 'budget' | 'executed' | null {
  const whole = toYuan(total.value, total.unit);
  if (!whole) return null;
  const measures = new Set<'budget' | 'executed' | null>();
  for (const n of findNumbers(text.slice(0, listStart))) {
    if (!isMoneyUnit(n.unit) || !new Decimal(toYuan(n.value, n.unit) ?? '0').equals(whole)) continue;
    const clauseStart = clauseStartBefore(text, n.start);
    measures.add(leadMeasure(text.slice(clauseStart, n.start)));
  }
  measures.delete(null);
  return measures.size === 1 ? [...measures][0] : null;
}

/**
 * When the amounts before a trailing total do not add up to it, but those after the sentence's first
 * clauses do: the items after the first clause boundary past the amounts dropped (two items at least,
 * and the dropped amount stated first in the sentence, as the lead a list is paid from).
 */
function openingLeadSkipped(text: string, all: NumberToken[], total: NumberToken): (NumberToken[] & { listStart: number }) | null {
  const whole = toYuan(total.value, total.unit);
  if (!whole || sumInYuan(all, '0').equals(whole)) return null;
  const rest = all.slice(1);
  if (rest.length < 2 || !sumInYuan(rest, '0').equals(whole)) return null;
  const boundary = text.slice(all[0].end, rest[0].start).search(/[,;]/);
  if (boundary < 0) return null;
  return Object.assign(rest, { listStart: all[0].end + boundary + 1 });
}

function trailingItems(
  seg: Segment,
  items: NumberToken[],
  listStart: number,
  listEnd: number,
  measure: 'budget' | 'executed',
): TaskFragment[] | null {
  const text = seg.text;
  const rows: TaskFragment[] = [];
  let prevEnd = listStart;
  for (const [k, n] of items.entries()) {
    let from = prevEnd;
    let raw = text.slice(from, n.start);
    if (k === 0) {
      // the first item's clause may open with the list's subject and verb ("省级下达A项目")
      const clauseAt = Math.max(raw.search(/[^,;:]*$/), 0);
      from += clauseAt;
      raw = raw.slice(clauseAt);
      // …unless the verb is all the clause holds ("第一批下达120万元": the verb is the item's cue)
      const verb = FIRST_ITEM_VERB.exec(raw);
      if (verb && raw.slice(verb[0].length).trim()) {
        from += verb[0].length;
        raw = raw.slice(verb[0].length);
      }
    } else {
      // the remark in brackets after the item before ("(其中建筑工程880万元)") is neither a separator nor a name
      const remark = REMARK_AHEAD.exec(raw);
      if (remark) {
        from += remark[0].length;
        raw = raw.slice(remark[0].length);
      }
      if (!ITEM_SEPARATOR.test(raw)) return null;
    }
    const piece = raw.replace(ITEM_SEPARATOR, '');
    const words = itemWords(piece);
    if (!words || (words.cue && words.cue !== measure)) return null;
    const name = nameAt(seg, from + (raw.length - piece.length), words.namePart);
    if (!name) return null;
    rows.push({ name, measure, value: n.value, unit: n.unit, segment: seg, start: n.start, end: n.end });
    prevEnd = n.end;
  }
  // nothing but separators (and a remark on the last item, or what the items paid for) between the
  // last item and the total's clause
  if (
    text
      .slice(prevEnd, listEnd + 1)
      .replace(REMARK_AHEAD, '')
      .replace(WORK_DONE, '')
      .replace(/[\s,;、。]/g, '')
  )
    return null;
  return rows;
}

/** "分别为" / "分别安排": the amounts that follow go one by one to the names listed before. */
const RESPECTIVELY = /分别(?:为|是)?/g;
/** Joiners between the amounts of a parallel list. */
const AMOUNT_JOINER = /^[\s、,和及]*$/;

/**
 * The amounts after 分别 (at `after`) up to the clause's end (; or 。), each with its unit ("分别安排10、20万元": the
 * unit written once, after the last amount), and how many of them, from the first, only joiners (、 和 及) part.
 */
export function amountsAfter(text: string, after: number): { rest: string; numbers: NumberToken[]; joined: number } {
  const stop = text.slice(after).search(/[;。]/);
  const rest = text.slice(after, stop < 0 ? text.length : after + stop);
  const numbers = unitWrittenOnce(findNumbers(rest, { bare: true }), rest, (from) => from === 0).filter((n) => n.unit);
  let joined = Math.min(1, numbers.length);
  while (joined < numbers.length && AMOUNT_JOINER.test(rest.slice(numbers[joined - 1].end, numbers[joined].start))) joined++;
  return { rest, numbers, joined };
}

/** Whether amounts are what a measure states: rates in %, budgets and spending in money. */
export function amountsOfMeasure(amounts: NumberToken[], measure: TaskMeasure): boolean {
  return amounts.every((n) => unitFitsMeasure(measure, n.unit));
}

/**
 * Parallel lists: names joined by "、", then 分别 and as many amounts, in the same order:
 *
 *   "A项目、B项目、C项目分别安排资金10万元、20万元、30万元"
 *   "其中A工程、B工程的实际支出分别为8万元和12万元"
 *
 * The cue (before 分别 or right after it) says what the amounts measure; without one, or with
 * a count of names that is not the count of amounts, the sentence is not read.
 */
export function readParallelLists(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    // the names of the last list read: "A、B两个项目预算分别为…,实际支出分别为…" gives both to them
    // (within the sentence of that list: the names themselves may stand in the sentence before)
    let previous: Listed | null = null;
    let previousAt = 0;
    for (const m of seg.text.matchAll(RESPECTIVELY)) {
      if (previous && seg.text.slice(previousAt, m.index).includes('。')) previous = null;
      const read = readParallel(seg, m.index, m.index + m[0].length, previous);
      if (read) {
        out.push(...read.rows.map((r) => [r]));
        previous = read.listed;
        previousAt = m.index;
      }
    }
  }
  return out;
}

interface Listed {
  names: string[];
  at: number;
}

/** The money noun closing a parallel list's names ("A、B项目资金分别为"): it names their money, not the last item. */
const HEAD_NOUN = /(?<=[^、]{2})(?:的)?(?:资金|经费|金额)$/;

/** A count after the last name of a list ("A、B两个项目", "A、B等3个子项目"): not part of the name. */
const COUNT_SUFFIX = /(?:等)?[一二三四五六七八九十两\d]{1,2}(?:个|项)(?:子项目|项目|子任务|任务|工程)?$/;

function readParallel(seg: Segment, at: number, after: number, previous: Listed | null): { rows: TaskFragment[]; listed: Listed } | null {
  const text = seg.text;
  let start = at;
  while (start > 0 && !/[,;。:]/.test(text[start - 1])) start--;
  let head = text.slice(start, at);
  // ("…四个子项:A、B、C,其预算分别为…": 其, "their", refers to the names listed before, as an empty head does)
  const connective = /^(?:其中|用于|包括|主要用于|其(?!中))?/.exec(head)?.[0] ?? ''; // always matches, perhaps empty
  head = head.slice(connective.length);
  const headCue = cueAtEnd(head.replace(/的$/, ''));
  const namesText = (headCue ? head.slice(0, headCue.at) : head).replace(/的$/, '').replace(HEAD_NOUN, '');
  const { rest, numbers, joined } = amountsAfter(text, after);
  if (!numbers.length) return null;
  const restCue = rest.slice(0, numbers[0].start).trim() ? cueMeasure(rest.slice(0, numbers[0].start)) : null;
  if (rest.slice(0, numbers[0].start).trim() && !restCue) return null;
  // "A、B项目资金分别为…": money named with no verb is what the items have, their budgets (as leadMeasure reads a total)
  const nounHead = !headCue && !restCue && HEAD_NOUN.test(head.replace(/的$/, ''));
  let measure = headCue?.measure ?? restCue ?? (nounHead ? 'budget' : null);
  // with no cue at all, the names listed in a clause before may take the measure of the total they divide (below)
  if ((!measure && head.trim()) || (headCue && restCue && headCue.measure !== restCue)) return null;
  // "A和B分别下达100万元和80万元": 和 / 及 join the names when 、 alone does not give one name per amount
  // (a name may hold a 和 of its own, "文化和旅游…": then the counts disagree and 、 stands)
  let names = splitNames(namesText, joined);
  let offset = start + connective.length;
  // "包括A、B、C三个子项目,预算分别为…,实际支出分别为…": the names are listed in a clause before
  if (!namesText.trim()) {
    const before = namesBefore(text, start);
    const listed = before ? { names: splitNames(before.text, joined), at: before.at } : previous;
    if (!listed) return null;
    names = listed.names;
    offset = listed.at;
    // "安排专项资金65万元,用于A、B、C,分别为20万元、30万元、15万元": the amounts add up to the total stated
    // before the names, and are what it measures
    if (!measure && before) measure = measureOfDividedTotal(text, before.at, numbers.slice(0, names.length));
  }
  if (!measure) return null;
  const last = names.length - 1;
  names = names.map((n, i) => (i === last ? n.replace(COUNT_SUFFIX, '') : n));
  if (names.length < 2 || numbers.length < names.length) return null;
  const amounts = numbers.slice(0, names.length);
  if (joined < names.length || !amountsOfMeasure(amounts, measure)) return null;
  const listed: Listed = { names, at: offset };
  const out: TaskFragment[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = nameAt(seg, offset, names[i]);
    if (!name) return null;
    offset += names[i].length + 1; // the joiner after it, 、 or 和 / 及 / 与, is one character
    const n = amounts[i];
    out.push({ name, measure, value: n.value, unit: n.unit, segment: seg, start: after + n.start, end: after + n.end });
  }
  return { rows: out, listed };
}

/**
 * What a total stated in the sentence before `namesAt` measures, when the `amounts` add up to it exactly
 * (a budget for 安排 / 下达, spending for 支出 …, as leadMeasure reads a total's clause); null otherwise.
 */
function measureOfDividedTotal(text: string, namesAt: number, amounts: NumberToken[]): 'budget' | 'executed' | null {
  if (amounts.length < 2 || amounts.some((n) => !isMoneyUnit(n.unit))) return null;
  const sum = sumInYuan(amounts, '0');
  const sentenceStart = text.lastIndexOf('。', namesAt) + 1;
  const before = text.slice(sentenceStart, namesAt);
  for (const n of findNumbers(before)) {
    if (!isMoneyUnit(n.unit) || !sum.equals(toYuan(n.value, n.unit) ?? '0')) continue;
    const clauseStart = clauseStartBefore(before, n.start);
    return leadMeasure(before.slice(clauseStart, n.start));
  }
  return null;
}

/**
 * A parallel list's names, one per amount: split at 、, or at 和 / 及 / 与 too when 、 alone does not
 * give as many names as there are amounts ("A和B分别下达100万元和80万元", "A、B和C"); a name may
 * hold a 和 of its own ("文化和旅游…"): then the counts disagree and 、 stands.
 */
function splitNames(namesText: string, amounts: number): string[] {
  const byComma = namesText.split('、');
  const byJoiners = namesText.split(/、|和|及|与/);
  return byComma.length !== amounts && byJoiners.length === amounts ? byJoiners : byComma;
}

/**
 * "包括A、B、C三个子项目" / "分为A、B两项" / "用于A、B两个项目" / "重点评价了A、B" / "重点项目两个,分别为A和B" / "即A和B" /
 * "共安排A、B、C三个项目" / "开展了A、B两项工作" /
 * "重点项目两个:A和B" / "项目分为四个子项:A、B、C、D": names listed after a verb of inclusion, use or enumeration (perhaps with a
 * colon), or after their count and a colon, their count perhaps after them. Joined by 、 or by
 * 和 / 及 (splitNames decides by the count of amounts).
 */
const LISTED_NAMES =
  /(?:包括|包含|分为|主要有|设有|涉及|实施了?|建设了?|安排了?|开展了?|承担了?|(?:重点)?评价了?|用于|分别为|分别是|即|(?<=(?:项目|任务))有|(?<=[一二三四五六七八九十两\d]\s?(?:个|项)(?:子?项目?|子?任务)?)(?=:))\s*:?\s*((?:[^,;。:、]{2,30}、)*[^,;。:、]{2,30}?)(?:等)?(?:[一二三四五六七八九十两\d]{1,2}(?:个|项)(?:子项目|项目|子任务|任务|重点工作|工作|工程|方面)?)?$/;

/**
 * The names a parallel list refers to when its clause holds only a cue ("预算分别为…"): listed in
 * the clause before it in the same sentence, or the one before that; or, for a sentence that opens
 * with the cue, in the last clause of the sentence before ("…分别为A和B。预算分别为…").
 */
function namesBefore(text: string, clauseStart: number): { text: string; at: number } | null {
  let end = clauseStart - 1;
  for (let k = 0; k < 2 && end > 0 && (text[end] === ',' || (k === 0 && text[end] === '。')); k++) {
    let start = end;
    while (start > 0 && !/[,;。]/.test(text[start - 1])) start--;
    const m = LISTED_NAMES.exec(text.slice(start, end));
    // "预算分别为340万元和160万元": the amounts of a list before are no names
    if (m && !findNumbers(m[1]).some((n) => n.unit)) return { text: m[1], at: start + m.index + m[0].lastIndexOf(m[1]) };
    if (text[end] === '。') break;
    end = start - 1;
  }
  return null;
}

/** "…各80万元": the same amount to each of the names before it, after the verb that grants it. */
const EACH_AMOUNT = /各(?:安排|下达|分配|拨付|下拨|补助)?(?:资金|经费)?\s*(?=\d)/g;
/** The verb granting money, before the names it goes to ("分别下达A和B"); the names follow it. */
const GRANT_VERB = /^.*?(?:分别)?(?:下达|安排|分配|拨付|下拨|补助)(?:给|到)?/;
/** Joiners between the names of recipients. */
const RECIPIENT_JOINER = /、|和|及|与/;

/**
 * One amount for each of several recipients, the allocation of a total stated just before:
 *
 *   "下达专项资金160万元。经研究,分别下达甲馆改造工程和乙站设备购置项目各80万元。"
 *   "安排专项资金90万元,A项目、B项目、C项目各安排30万元。"
 *
 * The names are joined by 、 / 和 / 及 / 与 and follow a verb that grants money (or the verb follows
 * 各); the structural check is the sum: the count of names times the amount is exactly an amount
 * stated before them in the sentence or the one before. Every name must be a task name: shares
 * granted to places or bodies ("分别下达甲县和乙市各80万元") are transfers to recipients and refused,
 * as they are in any other list (names.ts RECIPIENT).
 */
export function readEachAllocations(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    for (const m of text.matchAll(EACH_AMOUNT)) {
      const amount = findNumbers(text.slice(m.index + m[0].length))[0];
      if (!amount || amount.start !== 0 || !isMoneyUnit(amount.unit)) continue;
      const start = clauseStartBefore(text, m.index);
      const clause = text.slice(start, m.index);
      const verb = GRANT_VERB.exec(clause);
      if (!verb && m[0].length === 1) continue;
      const namesAt = start + (verb ? verb[0].length : 0);
      const names = text.slice(namesAt, m.index).split(RECIPIENT_JOINER);
      if (names.length < 2 || findNumbers(text.slice(namesAt, m.index)).length) continue;
      const each = toYuan(amount.value, amount.unit);
      if (!each) continue;
      const whole = new Decimal(each).times(names.length);
      const before = text.slice(0, start);
      const from = before.length - before.split('。').slice(-2).join('。').length;
      const totals = findNumbers(before).filter((n) => n.start >= from && isMoneyUnit(n.unit));
      if (!totals.some((n) => whole.equals(toYuan(n.value, n.unit) ?? '0'))) continue;
      const at = m.index + m[0].length;
      const rows: TaskFragment[] = [];
      let offset = namesAt;
      for (const raw of names) {
        const name = nameAt(seg, offset, raw);
        if (!name) break;
        rows.push({ name, measure: 'budget', value: amount.value, unit: amount.unit, segment: seg, start: at, end: at + amount.end });
        offset += raw.length + 1;
      }
      if (rows.length === names.length) out.push(...rows.map((r) => [r]));
    }
  }
  return out;
}

/**
 * One item of a list that names each project with its money in brackets: "A项目(资金300万元)", the
 * cue and the amount alone inside. The name is what precedes the bracket back to the separator.
 */
const BRACKETED_ITEM = /([^,、;:()]{2,40}?)\(([^()\d]{0,8}?)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)\)/g;
/**
 * An item whose budget stands after its name and its spending in brackets after that: "A项目100万元(已支出95万元)",
 * "B工程预算200万元(实际支出186万元)". The amount outside the brackets is the budget (uncued, or cued as one: 资金 / 预算 /
 * 安排), the one inside what its cue says (names.ts cueMeasure: spending, or it is no such item), and the rate after it
 * if the brackets state one ("(已支出95万元,执行率95%)").
 */
const ITEM_THEN_SPENT =
  /([^,、;:()]{2,40}?)((?:预算|安排)(?:资金)?)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)\(([^()\d]{1,8}?)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元)(?:,\s*(?:预算)?(?:执行率|支出率|完成率)(?:为|达)?\s*(\d+(?:\.\d+)?)%)?\)/g;
/** Farther than an item (its name, cue and amount) and the separator or grade before it reach. */
const ITEM_REACH = 400;
/**
 * What opens such a list: a colon, or the words that name the items in turn ("分别为", "包括"), or a comma before a quoted
 * name (",“A项目”(272万元)和“B项目”(165万元)": the names quoted as the document titles them).
 */
const BRACKETED_LIST_OPENER = /:|(?:分别为|分别是|具体为|具体是|包括|主要有)|,(?=\s*“)/g;
/**
 * What may stand between two bracketed items: a separator, or the grade the item before it was given, as an
 * evaluation notice writes it after each project ("A项目(资金300万元)评价等级为良;B工程(资金120万元)…").
 */
const BETWEEN_ITEMS = new RegExp(String.raw`^[\s,、;和及]*(?:(?:评价)?(?:等级|结果|结论)为?[“"]?${STATED_GRADES}[”"]?[\s,、;和及]*)?$`);

/**
 * Projects listed after a colon (or after 分别为 / 包括 …), each with its money in brackets and no total before them,
 * as an evaluation notice lists the projects of a grade:
 *
 *   "评价等级为“优”的项目有:A项目(资金300万元)、B工程(资金120万元)。"
 *   "全年共实施项目3个,分别为A项目(预算50万元)、B项目(预算30万元)、C工程(预算20万元)。"
 *
 * The whole sentence after the colon must be such items (two at least), or such items and the total they add up to
 * exactly (",资金总额80万元"), every name a project's
 * (ending in 项目 / 工程 / 经费 …, names.ts PROJECT_NAME) and no refused one, every cue one of the
 * cue words (资金 / 预算 → budget, 支出 → spending).
 */
export function readBracketedItems(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    for (const opener of text.matchAll(BRACKETED_LIST_OPENER)) {
      const from = opener.index + opener[0].length;
      const stop = text.indexOf('。', from);
      const sentence = text.slice(from, stop < 0 ? text.length : stop);
      const spent = readItemsThenSpent(seg, from, sentence);
      if (spent) {
        out.push(...spent);
        continue;
      }
      const rows: TaskFragment[] = [];
      let prevEnd = 0;
      let bareItems = false;
      const item = new RegExp(BRACKETED_ITEM);
      for (;;) {
        // the next item stands right after the one before: the search for it stops ITEM_REACH characters on, where a
        // search through the whole sentence would read a page run together without 。 once for every colon on it
        item.lastIndex = prevEnd;
        const m = item.exec(sentence.slice(0, prevEnd + ITEM_REACH));
        if (!m) break;
        const lead = sentence.slice(prevEnd, m.index);
        if (!BETWEEN_ITEMS.test(lead)) break;
        // "…划分为6个子项目:A(612.40万元);B(538.00万元);…": an amount alone in its bracket says no measure, and the
        // item's words need not end as a project's: the total the items make exactly says both (checked below)
        const bare = !m[2].trim();
        if (rows.length && bare !== bareItems) break;
        bareItems = bare;
        const measure = bare ? 'budget' : cueMeasure(m[2]);
        const raw = m[1].replace(/^[\s和及]+/, '');
        if (!measure || measure === 'rate' || measure === 'initial' || (!bare && !PROJECT_NAME.test(raw.trim()))) break;
        const name = nameAt(seg, from + m.index + m[0].indexOf(raw), raw);
        if (!name) break;
        const valueAt = from + m.index + m[0].lastIndexOf(m[3]);
        rows.push({
          name,
          measure,
          value: m[3].replace(/,/g, ''),
          unit: m[4] as Unit,
          segment: seg,
          start: valueAt,
          end: valueAt + m[3].length + m[4].length,
        });
        prevEnd = m.index + m[0].length;
      }
      const rest = sentence.slice(prevEnd).replace(/。$/, '');
      if (rows.length < 2 || !(BETWEEN_ITEMS.test(rest) || closingTotal(rest, rows))) continue;
      if (!bareItems) {
        out.push(...rows.map((r) => [r]));
        continue;
      }
      // bare amounts: the items fill the sentence and add up exactly to the one amount stated before the opener, whose
      // words give them their measure (leadsBefore: 预算资金 a budget, 实际支出 spending)
      const sum = sumInYuan(rows, 'NaN');
      const totals = leadsBefore(text, opener.index).filter((l) => l.yuan.equals(sum) && !l.classified);
      if (!BETWEEN_ITEMS.test(rest) || new Set(totals.map((l) => l.measure)).size !== 1) continue;
      out.push(...rows.map((r) => [{ ...r, measure: totals[0].measure }]));
    }
  }
  return out;
}

/**
 * The items of `sentence` (the words after an opener at `from` in `seg`) when every one is a project's budget with its
 * spending in brackets (ITEM_THEN_SPENT), two at least, and nothing after the last but the end of the sentence: one row
 * per item, its budget and its spending. Null when the sentence is not such a list.
 */
function readItemsThenSpent(seg: Segment, from: number, sentence: string): TaskFragment[][] | null {
  const rows: TaskFragment[][] = [];
  const item = new RegExp(ITEM_THEN_SPENT);
  let prevEnd = 0;
  for (;;) {
    item.lastIndex = prevEnd;
    const m = item.exec(sentence.slice(0, prevEnd + ITEM_REACH));
    if (!m || !BETWEEN_ITEMS.test(sentence.slice(prevEnd, m.index))) break;
    const raw = m[1].replace(/^[\s和及]+/, '');
    if (cueMeasure(m[5]) !== 'executed' || !PROJECT_NAME.test(raw.trim())) return null;
    const name = nameAt(seg, from + m.index + m[0].indexOf(raw), raw);
    if (!name) return null;
    const fragment = (measure: TaskMeasure, value: string, unit: string, at: number): TaskFragment => ({
      name,
      measure,
      value: value.replace(/,/g, ''),
      unit: unit as Unit,
      segment: seg,
      start: from + at,
      end: from + at + value.length + unit.length,
    });
    // each value found after the one before it (a spending and its rate may be written alike: "95万元,执行率95%")
    const budgetAt = m[0].indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
    const spentAt = m[0].indexOf(m[6], m[0].indexOf('(', budgetAt));
    const row = [fragment('budget', m[3], m[4], m.index + budgetAt), fragment('executed', m[6], m[7], m.index + spentAt)];
    if (m[8]) row.push(fragment('rate', m[8], '%', m.index + m[0].lastIndexOf(`${m[8]}%`)));
    rows.push(row);
    prevEnd = m.index + m[0].length;
  }
  return rows.length >= 2 && BETWEEN_ITEMS.test(sentence.slice(prevEnd).replace(/。$/, '')) ? rows : null;
}

/** The words of a total closing a list of bracketed items: ",资金总额80万元", ",合计投入80万元", ",共计80万元". */
const CLOSING_TOTAL = /^\s*,\s*(?:(?:项目)?资金|金额|预算)?(?:总额|合计|共计|总计|共)(?:投入|安排)?(?:资金)?\s*(?:为|达)?\s*$/;

/** Whether `rest`, the words after the last bracketed item, is a total its items add up to exactly, and nothing else. */
export function closingTotal(rest: string, rows: TaskFragment[]): boolean {
  return new Set(rows.map((r) => r.measure)).size <= 1 && statesSumOf(rest, CLOSING_TOTAL, rows);
}

/**
 * The words that announce each item's own value after them: "执行率分别为:", "完成率分别是", "分别达到", and a rate's
 * colon ("各项目预算执行率:", "各项目执行率如下:"), the rate cue before it saying what the items' values are.
 */
const EACH_ANNOUNCED = /分别(?:为|是|达到|达)\s*:?\s*|(?<=率)(?:如下)?\s*:\s*/g;
/**
 * Whose rates a rate cue announces for each (the words before the cue): the items of the unit's list, never one item
 * ("各项目预算执行率分别为:", "重点项目资金执行率分别为", "2023年各子项目执行率分别是").
 */
const ITEMS_AS_A_WHOLE =
  /^(?:\d{4}\s*年度?)?(?:各|各个|所有|全部|上述|以上)?(?:重点|专项)?(?:项目|子项目|任务|工作)?(?:的)?(?:资金|预算)?$/;
/** Between one item's percent and the next item's name: punctuation, or 和 / 及 before the last. */
const RATE_ITEM_SEPARATOR = /^(?:[\s,、;]+|\s*(?:以及|和|及)\s*)/;

/**
 * "各项目预算执行率分别为:A项目95%、B项目100%、C项目98.5%": a rate cue announcing each item's rate, then the items,
 * each a name and a percent and nothing else, up to the end of the sentence. Read with two items at least, every name a
 * task name (no cue, share or change word, no number in it), each percent at most 100, and the words before the cue
 * speaking of the items as a whole (one item's name there makes the list something else).
 */
export function readAnnouncedRates(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    for (const m of text.matchAll(EACH_ANNOUNCED)) {
      const clauseStart = clauseStartBefore(text, m.index);
      const clause = text.slice(clauseStart, m.index);
      const cue = cueAtEnd(clause);
      if (!cue || cue.measure !== 'rate' || !ITEMS_AS_A_WHOLE.test(clause.slice(0, cue.at).trim())) continue;
      const from = m.index + m[0].length;
      const stop = text.indexOf('。', from);
      const end = stop < 0 ? text.length : stop;
      const numbers = findNumbers(text.slice(from, end));
      const rows: TaskFragment[][] = [];
      let prevEnd = 0;
      for (const n of numbers) {
        const between = text.slice(from + prevEnd, from + n.start);
        const sep = rows.length ? RATE_ITEM_SEPARATOR.exec(between) : /^\s*/.exec(between);
        if (n.unit !== '%' || !sep || new Decimal(n.value).greaterThan(100)) break;
        const raw = between.slice(sep[0].length);
        if (!raw.trim() || cueAtEnd(raw) || cueMeasure(raw) || NOT_A_RATE.test(raw) || /[率度]\s*$/.test(raw)) break;
        const name = nameAt(seg, from + prevEnd + sep[0].length, raw);
        if (!name) break;
        rows.push([{ name, measure: 'rate', value: n.value, unit: '%', segment: seg, start: from + n.start, end: from + n.end }]);
        prevEnd = n.end;
      }
      // every amount of the sentence an item's, and nothing after the last
      if (rows.length >= 2 && rows.length === numbers.length && !text.slice(from + prevEnd, end).trim()) out.push(...rows);
    }
  }
  return out;
}

/** The clauses of a run of rates each cued alike: divided by ; , or 、. */
const CUED_RATE_SEPARATOR = /[;,、]/g;
/** Words between a rate's cue and its percent ("支出进度为90.31%", "执行率达95%"), no part of the cue. */
const CUE_VERB_END = /(?:为|是|达到|达)$/;
/** The fewest clauses a run of cued rates is read with: two could be any pair of figures, three make a list. */
const CUED_RATES_AT_LEAST = 3;

/**
 * "乡镇支出从大到小排序为:甲乡支出进度90.31%;乙镇支出进度87.97%;丙镇支出进度87.18%。": a sentence (or what follows
 * the colon that opens its list) made of clauses each a name, the same rate cue and a percent of at most 100, and nothing
 * else: each name's rate, three clauses at least. Every name passes as a task's (places pass, bodies receiving money do
 * not: names.ts), so one clause of another shape, a name refused or a cue worded otherwise leaves the sentence unread.
 */
export function readCuedRates(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    for (let start = 0; start < text.length; ) {
      const stop = text.indexOf('。', start);
      const end = stop < 0 ? text.length : stop;
      const rows = cuedRatesIn(seg, start, end);
      if (rows) out.push(...rows);
      start = end + 1;
    }
  }
  return out;
}

function cuedRatesIn(seg: Segment, start: number, end: number): TaskFragment[][] | null {
  const text = seg.text;
  const colon = text.lastIndexOf(':', end);
  const from = colon >= start ? colon + 1 : start;
  const bounds = [from, ...[...text.slice(from, end).matchAll(CUED_RATE_SEPARATOR)].map((m) => from + m.index + 1), end + 1];
  const rows: TaskFragment[][] = [];
  const cues = new Set<string>();
  for (let c = 0; c + 1 < bounds.length; c++) {
    const clauseStart = bounds[c];
    const clause = text.slice(clauseStart, bounds[c + 1] - 1);
    // (a separator closing the sentence leaves an empty clause after it)
    if (!clause.trim() && c + 2 === bounds.length && rows.length) break;
    const numbers = findNumbers(clause);
    const n = numbers[0];
    if (numbers.length !== 1 || n.unit !== '%' || clause.slice(n.end).trim() || new Decimal(n.value).greaterThan(100)) return null;
    const words = clause.slice(0, n.start).trimEnd();
    const cue = cueAtEnd(words);
    if (!cue || cue.measure !== 'rate') return null;
    cues.add(words.slice(cue.at).replace(CUE_VERB_END, '').replace(/\s/g, ''));
    const name = nameAt(seg, clauseStart, words.slice(0, cue.at));
    if (!name) return null;
    rows.push([{ name, measure: 'rate', value: n.value, unit: '%', segment: seg, start: clauseStart + n.start, end: clauseStart + n.end }]);
  }
  return rows.length >= CUED_RATES_AT_LEAST && cues.size === 1 ? rows : null;
}

/** What may divide the items of a run of rates: punctuation only. */
const RATE_SEPARATOR = /^[\s,;、]+/;
/** Words that make a percent a share or a change, never an item's rate. */
const NOT_A_RATE = /占|比例|比重|同比|增长|下降|提高|降低|增加|减少|超过|低于|高于|较/;
/** An indicator's target bound (≥ / ≤ / 不低于 …) or the words of what was reached against it (实际为, 实际达到). */
const TARGET_WORDS = /[≥≤<>=]|不(?:低|少|高|超)于|^\s*(?:实际|实际上)?(?:为|达到|达|完成)\s*$|^\s*实际\s*$/;
/** A leading remainder word that opens the first item after a count ("剩余A项目…"): no part of its name. */
const REMAINDER_LEAD = /^(?:剩余|其余|另|其他)(?=[\u4e00-\u9fff]{4})/;

/**
 * "…,剩余A支出资金执行99.97%;B项目99.89%,C项目95.6%,D资金86.02%,2023年E项目99.49%。": after an item
 * whose rate its cue names (执行率 / 资金执行 / 支付率 …), the items that follow in the sentence state a
 * name and a percent alone, the rate the cue named going on for them. Read only when two such items at
 * least follow, each a name (no cue, share or change word in it, refused as names are) and a percent of
 * at most 100, divided by punctuation alone; the run stops at the first piece of another shape.
 */
export function readCarriedRates(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    const text = seg.text;
    const percents = findNumbers(text).filter((n) => n.unit === '%');
    let k = 0;
    while (k < percents.length) {
      const head = percents[k];
      const clauseStart = clauseStartBefore(text, head.start);
      const clause = text.slice(clauseStart, head.start);
      // "资金执行99.97%": a spending cue before a percent states the rate spent
      const cue = cueAtEnd(clause);
      if (!cue || cue.measure === 'budget' || cue.measure === 'initial') {
        k++;
        continue;
      }
      const bare: { raw: string; at: number; n: NumberToken }[] = [];
      let prevEnd = head.end;
      let j = k + 1;
      for (; j < percents.length; j++) {
        const n = percents[j];
        const between = text.slice(prevEnd, n.start);
        const sep = RATE_SEPARATOR.exec(between);
        if (!sep || /。/.test(between)) break;
        const raw = between.slice(sep[0].length);
        // a cue in the piece opens an item of its own (a new head); a share or a change is no rate
        // (nor is an indicator's value: "…满意度98.5%", "…覆盖率100%")
        // (nor a target's bound or what was reached against it: "…达标率≥95%,实际为100%")
        if (
          !raw.trim() ||
          cueAtEnd(raw) ||
          cueMeasure(raw) ||
          NOT_A_RATE.test(raw) ||
          /[率度]\s*$/.test(raw) ||
          TARGET_WORDS.test(raw) ||
          findNumbers(raw).length
        )
          break;
        if (new Decimal(n.value).greaterThan(100)) break;
        bare.push({ raw, at: prevEnd + sep[0].length, n });
        prevEnd = n.end;
      }
      const rows: TaskFragment[][] = [];
      for (const b of bare) {
        const name = nameAt(seg, b.at, b.raw);
        if (!name) break;
        rows.push([{ name, measure: 'rate', value: b.n.value, unit: '%', segment: seg, start: b.n.start, end: b.n.end }]);
      }
      if (rows.length >= 2) {
        // the item whose cue the others carry on, when its words name one
        const lead = REMAINDER_LEAD.exec(clause.slice(0, cue.at))?.[0].length ?? 0;
        // ("…(2022年农村人居环境整治项目)资金执行": the 资金 of the cue 资金执行, not of the name)
        const firstWords = clause.slice(lead, cue.at).replace(/(?<=项目|工程|\))\s*资金\s*$/, '');
        const first = nameAt(seg, clauseStart + lead, firstWords);
        if (first)
          out.push([{ name: first, measure: 'rate', value: head.value, unit: '%', segment: seg, start: head.start, end: head.end }]);
        out.push(...rows);
      }
      k = Math.max(j, k + 1);
    }
  }
  return out;
}
