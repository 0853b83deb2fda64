/**
 * Items written amount first, each clause with its own verb, then what the money is for:
 *
 *   "安排460万元用于农村公路日常养护,安排120万元用于公路桥梁定期检测,安排85万元用于道路运输安全监管。"
 *   "上级下达资金200万元,用于A;下达资金150万元,用于B。"
 *   "拨付城乡低保资金1256.8万元用于低保金发放,拨付特困供养资金386.4万元用于特困人员集中供养。"
 *   "新增债券资金分别是:棚改专项债6000万元用于A、产业园区专项债7500万元用于B。"  (no verb: the words announcing them)
 *
 * No total need precede them (readAmountFirst of inlineLists.ts reads "其中:30万元用于A;…" against one); the verb of
 * each clause says what its amount measures: 安排 / 下达 / 批复 a budget, 支出 / 使用 / 拨付 / 兑付 / 发放 / 支付
 * spending. Money put in (投入) says neither (names.ts investedWithoutSpending), a proposal (拟安排) or money sought
 * (争取) is no budget, and money given per town, village or household (每个乡镇安排20万元) is a rate, not a task's
 * amount: such a clause opens with words this reader does not take, and is no item.
 *
 * The structure that makes it a list: two clauses at least in one sentence, every one of one measure, each naming a
 * different use, each use a task name (no spending class like 人员经费 / 办公费, no funding source) short enough to
 * be a name and not a sentence; and the money moved named by no level of government (中央资金 / 省级资金: the
 * sources of one item's money, not items). One clause refused refuses its sentence.
 */
import type { Unit } from '../../model/record.ts';
import { findNumbers, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, simplify } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import { BUDGET_VERB, MONEY_MOVING_VERBS, NUMBERING, PER_UNIT, SECTION_WORDS, type TaskMeasure } from './names.ts';
import { LEVEL_OPENING } from '../../model/wordings.ts';

/** A kind of money named with no verb before it: a fund, a budget line or a bond ("棚改专项债", "城乡低保资金"). */
const KIND_ALONE = String.raw`[\u4e00-\u9fff]{1,14}?(?:资金|经费|债券|专项债)`;
/**
 * The words that announce the clauses after them, with no verb of their own: "新增债券资金分别是:" (their measure is the
 * announcing words', spending where they name it, else what was granted).
 */
const ANNOUNCED = /(?:分别(?:是|为)|如下)\s*:\s*$/;
/** Words of spending among the announcing words ("项目资金支出分别是:"): the clauses' amounts are what was spent. */
const SPENDING_WORDS = /支出|使用|拨付|支付|兑付|发放/;
/** How far back from the colon the announcing words are read (the clause that announces, not the sentence before it). */
const ANNOUNCING_REACH = 20;

/**
 * A clause's list number, one clause an item ("分配如下:①安排315万元用于A;②安排180万元用于B"): 1. / 1、 / (1) / (一) / 一是,
 * or a circled number, which the text read holds as its digits run into the words after it ("1安排…").
 */
const ITEM_NUMBER = String.raw`(?:\(\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*\)|\d{1,2}\s*[、.](?!\d)|\d{1,2}(?=[\u4e00-\u9fff])|[一二三四五六七八九十]{1,3}(?:、|是))`;

/** The words that add a last clause to those before it ("…;另有41.5万元用于A"), the verb carried from them. */
const ADDED = '另有|另外|此外|还有';
/** A clause with no verb of its own opens on its amount, perhaps after the words that add it. */
const VERBLESS_OPENING = new RegExp(`^[\\s,;:]*(?:${ADDED})?\\d`);

/**
 * A clause: the words that may open it (a list number, ITEM_NUMBER; 另有 / 此外 adding the last clause, "…;另有41.5万元用于A"; a year, the unit speaking, a place speaking by its name (某区安排…; never one of
 * many, 每个乡镇 / 各县, whose sum is a rate of giving), 全年 / 累计, the level that passed the money on, 已),
 * the body that gave it (省交通运输厅), the verb (carried from the clause before when none is written), the kind of money
 * moved, the amount, then 用于 (or 实施, "拨付206.25万元实施A": the work it paid for; or 支持, "安排5440万元支持A项目": what the
 * money went to support) and the use up to the clause's end. A 、 followed by the
 * next clause's verb (or its kind of money and amount) ends a use; any other 、 is inside it ("设计、规划").
 * Where no verb is written, the kind of money alone may open a clause (KIND_ALONE): "…分别是:棚改专项债6000万元用于A、…".
 */
const CLAUSE = new RegExp(
  String.raw`(?<=^|[,;:。、])\s*(?:${ITEM_NUMBER}\s*)?(?:其中[:,]?\s*)?(?:${ADDED})?(?:\d{4}\s*年度?)?\s*(?:我(?:局|委|办|院|馆|站|中心|单位|部门|县|市|区)|本(?:单位|部门)|(?:(?![每各])[\u4e00-\u9fff]){1,8}?(?:省|市|县|区|旗|镇|乡))?${LEVEL_OPENING}?(?:财政)?(?:[\u4e00-\u9fff]{1,8}(?:厅|局|委))?(?:全年|当年|本年度?|年度|共|累计|已|已经|实际)*(?:(${MONEY_MOVING_VERBS})(?:了)?([\u4e00-\u9fff]{0,14}?)|(${KIND_ALONE}))?\s*(?=\d)((?:[^,;。用:]|(?<=\d),(?=\d{3})){1,30}?)\s*,?\s*(?:(?:主要|专项)?用于|实施|支持)\s*([^,;。]+?)\s*(?=[,;。]|、\s*(?:${MONEY_MOVING_VERBS}|${KIND_ALONE}\s*\d)|$)`,
  'g',
);

/** The kind of money a verb moved, when one is named: a fund or a budget line ("城乡低保资金", "财政资金", "资金"). */
const MONEY_KIND = /^(?:[\u4e00-\u9fff]{0,12}(?:资金|经费|补助|补贴|预算|债券|专项债))?$/;
/** A level of government naming the money: where one item's money came from, not an item ("中央资金", "省级补助资金"). */
const LEVEL_MONEY = /^(?:中央|自治区|省|市|县|区|州|旗|上级|本级|地方|自筹|配套|其他|社会)/;
/** Past this length a use is a sentence of what was done, not an item's name. */
const LONGEST_USE = 20;
/** Words that make a use a sentence: a second verb joined on, a manner, an aim. */
const SENTENCE_WORDS = /并|按照|确保|做好|保障了|完成了|以及时|进一步/;
/** A use closed by 等 ("设备购置、系统维护等"): the list it ends is the item. */
const USE_TAIL = /等(?:方面|工作|项目|支出|费用)?$/;

/**
 * A section's heading the copy ran into the paragraph ("(三)项目资金拨付情况全年拨付…", "三、项目支出下达180万元…"): no
 * part of the first clause, which opens after it.
 */
const RUN_IN_HEADING = new RegExp(
  `^\\s*(?:${NUMBERING.source.slice(1)})?(?:${SECTION_WORDS}|支出|拨付|重点)*(?:情况|概况|项目支出)[:。\\s]*`,
);

export function readPurposeClauses(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    // the heading blanked, offsets kept (the words as the rules read them: 分別 → 分别, of the same length)
    const text = simplify(seg.text).replace(RUN_IN_HEADING, (h) => ' '.repeat(h.length));
    const sentences = [...text.matchAll(/[^。]+/g)];
    for (const [k, sentence] of sentences.entries()) {
      // "下达资金500万元用于A,其中:安排300万元用于B,…": the clauses after 其中 are the parts of the first
      const partsAt = sentence[0].lastIndexOf('其中');
      const rows: TaskFragment[] = [];
      const uses: string[] = [];
      const measures = new Set<TaskMeasure>();
      let refused = false;
      // the measure of the clause before, for one with no verb of its own
      let carried: TaskMeasure | null = null;
      for (const m of sentence[0].matchAll(CLAUSE)) {
        const at = sentence.index + m.index;
        if (partsAt > 0 && m.index + m[0].length <= partsAt) continue;
        const [, verb, verbKind, kindAlone, amountWords, use] = m;
        const kind = verbKind ?? kindAlone ?? '';
        const numbers = findNumbers(amountWords);
        const n = numbers[0];
        const amountAt = verb
          ? at + m[0].indexOf(amountWords, m[0].indexOf(verb) + verb.length + kind.length)
          : at + m[0].indexOf(amountWords);
        const item = () => {
          // a clause with no verb ("…,30万元用于B") carries the verb of the clause before it, and opens on its amount
          // (or on its kind of money, the clause before giving the verb, or the words announcing the clauses: announced)
          const before = sentence[0].slice(0, m.index);
          const announced = !rows.length && !!kindAlone && ANNOUNCED.test(before);
          if (!verb && !announced && (!rows.length || !(kindAlone || VERBLESS_OPENING.test(m[0])))) return null;
          // the words between the verb and 用于 are the kind of money and one amount, nothing else
          if (numbers.length !== 1 || !isMoneyUnit(n.unit) || amountWords.slice(n.end).trim()) return null;
          if (!MONEY_KIND.test(kind) || LEVEL_MONEY.test(kind) || PER_UNIT.test(amountWords) || PER_UNIT.test(use)) return null;
          const bare = use.replace(USE_TAIL, '');
          // (a year opening the use is its name's own: "用于2022年高标准农田建设")
          if (bare.length > LONGEST_USE || SENTENCE_WORDS.test(bare) || /\d/.test(bare.replace(/^\s*\d{4}\s*年度?/, ''))) return null;
          const name = nameAt(seg, at + m[0].lastIndexOf(use), bare);
          if (!name) return null;
          uses.push(bare.trim());
          // (announced clauses take the announcing words' measure; a verb-less clause after others, theirs)
          const announcedAs: TaskMeasure | null = announced
            ? SPENDING_WORDS.test(before.slice(-ANNOUNCING_REACH))
              ? 'executed'
              : 'budget'
            : null;
          const measure: TaskMeasure = verb ? (BUDGET_VERB.test(verb) ? 'budget' : 'executed') : (announcedAs ?? carried ?? 'budget');
          return { name, measure, value: n.value, unit: n.unit as Unit, segment: seg, start: amountAt + n.start, end: amountAt + n.end };
        };
        const row = item();
        if (!row) {
          refused = true;
          break;
        }
        measures.add(row.measure);
        carried = row.measure;
        rows.push(row);
      }
      if (refused || rows.length < 2 || measures.size !== 1 || new Set(rows.map((r) => r.name)).size !== rows.length) continue;
      const spent = measures.has('budget') && sentences[k + 1] ? spendingAfter(seg, sentences[k + 1], uses, rows) : null;
      out.push(...rows.map((r, i) => (spent ? [r, spent[i]] : [r])));
    }
  }
  return out;
}

/** A spending cue right after a use named again ("农村公路日常养护实际支出452.6万元"). */
const SPENT_AFTER_NAME = /^\s*(?:实际|已|累计)?(?:支出|使用|拨付|支付)(?:资金)?\s*(?:为)?\s*$/;

/**
 * The sentence after a list of budgets that names each use again with what it spent ("截至年底,A实际支出452.6万元,B实际
 * 支出118万元"): each item's spending, when every use is named once, each with a spending cue and one amount, and the
 * sentence holds no other money.
 */
function spendingAfter(seg: Segment, sentence: RegExpExecArray, uses: string[], rows: TaskFragment[]): TaskFragment[] | null {
  const numbers = findNumbers(sentence[0]);
  if (numbers.length !== uses.length || numbers.some((n) => !isMoneyUnit(n.unit))) return null;
  const out: TaskFragment[] = [];
  let from = 0;
  for (const [i, use] of uses.entries()) {
    const at = sentence[0].indexOf(use, from);
    if (at < 0 || sentence[0].indexOf(use, at + 1) >= 0) return null;
    const n = numbers[i];
    if (n.start < at + use.length || !SPENT_AFTER_NAME.test(sentence[0].slice(at + use.length, n.start))) return null;
    const start = sentence.index + n.start;
    out.push({
      name: rows[i].name,
      measure: 'executed',
      value: n.value,
      unit: n.unit as Unit,
      segment: seg,
      start,
      end: sentence.index + n.end,
    });
    from = n.end;
  }
  return out;
}
