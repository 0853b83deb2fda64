/**
 * Stated breakdowns: a money total, then 其中 / 具体包括 / 分别为 and the parts it divides into, each
 * a name and one amount, up to the end of the sentence:
 *
 *   "下达…中央水利发展资金2263万元。其中:中小河流治理工程1435万元,小型水库工程维修养护25万元,…"
 *   "支出预算:2023年年初预算数761.21万元,其中:一般公共服务支出预算0万元,教育支出预算526.61万元,…"
 *
 * Read whatever the parts are (projects, functional classes, funds), because what a careful reader
 * checks is only that they add up; reconciliation decides whether they must (rules/breakdowns.ts).
 * The structure is strict, so that no sentence with commentary is taken for a list: the total is
 * the last amount before the introducer, with nothing but punctuation (or a remark in brackets)
 * between; every part is a name and one money amount, separated by , 、 ; and nothing else (a
 * share, a change, a second amount or a count anywhere makes it commentary, not a list).
 */
import type { Breakdown, StatedAmount } from '../model/record.ts';
import { findNumbers, findNumbersFrom, isMoneyUnit, type NumberToken } from './numbers.ts';
import { cueMeasure } from './tasks/names.ts';
import { afterSentenceEnds, evidenceOf, LEAD_LOOKBACK, type Segment } from './text.ts';

/**
 * The words that open a list of the parts of the total just stated (具体用于 / 分别用于 / 分配如下 list every use; 主要用于,
 * "mainly", may leave some out, and is no breakdown to check).
 */
const INTRODUCER = /(?:其中|具体包括|具体为|主要包括|分别为|分别是|具体用于|分别用于|(?:资金)?分配(?:情况)?如下)\s*[:,]?/g;
/** Between the total and its introducer: punctuation only (a remark in brackets is cut off first). */
const TOTAL_TO_INTRODUCER = /^\s*[。,;:]?\s*$/;
const TRAILING_REMARK = /\([^()]*\)\s*[。,;:]?\s*$/;
/** A remark right after an amount: read past, never a part. */
const REMARK = /^\s*\([^()]{0,40}\)/;
const SEPARATOR = /^[\s,、;]+/;
/**
 * An amount's unit inside a part's words ("A 点击查看>> 万元,B调减…"): an amount masked by the site or
 * lost in copying stood there, so the list as written is not the whole of the total.
 */
const LOST_AMOUNT = /[万亿]元/;
/**
 * A total's words that make its amount a change on another year or a share ("较上年增加50万元。其中:…"): the
 * parts after 其中 then divide something the sentence before stated, not that amount. What the budget came to
 * after a change ("调增后全年预算1200万元,其中:…") is a total.
 */
const CHANGE_OR_SHARE = /占|比上年|较上年|同比|(?:增加|减少|增长|下降|调减|调增|核减)(?!后)/;
/**
 * Words that make a clause commentary on the money rather than a part of it; a clause that opens on 含 / 包括
 * ("产业发展400万元,含上年结转资金50万元;…") says what the part before holds, and is no part of the total.
 */
const COMMENTARY = new RegExp(`${CHANGE_OR_SHARE.source}|其中|合计|总计|共计|约|以上|以下|不足|超过|^(?:含|包含|包括|内含)`);
/** Where the total's own clause starts, for its name. */
const CLAUSE_START = /[,;。:]/;

export function readBreakdowns(segments: Segment[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    for (const intro of seg.text.matchAll(INTRODUCER)) {
      const total = totalBefore(seg, intro.index);
      if (!total) continue;
      const parts = partsAfter(seg, intro.index + intro[0].length, total.n, nestedList(seg.text, intro.index), total.amount.name);
      if (parts && parts.list.length >= 2) out.push({ total: total.amount, parts: parts.list, closed: parts.closed });
    }
  }
  return out;
}

function stated(seg: Segment, name: string, n: NumberToken, offset: number): StatedAmount {
  return { name, value: n.value, unit: n.unit as StatedAmount['unit'], evidence: evidenceOf(seg, offset + n.start, offset + n.end) };
}

function totalBefore(seg: Segment, introAt: number): { amount: StatedAmount; n: NumberToken } | null {
  // the total ends the sentence or the clause before the introducer: the text from the sentence before on holds it
  // (see LEAD_LOOKBACK)
  const upTo = seg.text.slice(0, introAt);
  const from = Math.max(afterSentenceEnds(upTo, 2), upTo.length - LEAD_LOOKBACK);
  // "761.21万元(含上年结转5.01万元),其中:": the total is before its remark
  const before = upTo.slice(0, from) + upTo.slice(from).replace(TRAILING_REMARK, '');
  const last = findNumbersFrom(before, from).pop();
  if (!last || !isMoneyUnit(last.unit) || !TOTAL_TO_INTRODUCER.test(before.slice(last.end))) return null;
  let start = last.start;
  while (start > from && !CLAUSE_START.test(before[start - 1])) start--;
  const name = before.slice(start, last.start).trim();
  if (CHANGE_OR_SHARE.test(name)) return null;
  return { amount: stated(seg, name, last, 0), n: last };
}

/**
 * "其中,安排公务接待费1,236万元;安排公务用车费1,054万元,其中公务用车运行维护费1,054万元,公务用车购置0万元;安排因公出国(境)费
 * 20万元。": a list opened inside a part of an outer list (an introducer before it in its sentence) ends where the outer
 * list's part does, at its semicolon; what follows is the outer list's next part.
 */
function nestedList(text: string, introAt: number): boolean {
  const sentence = text.slice(text.lastIndexOf('。', introAt - 1) + 1, introAt);
  return new RegExp(INTRODUCER.source).test(sentence);
}

/** Whether a part's name is the other side of the accounts from its total's: spending under an income, income under a spending. */
function otherSide(totalName: string, name: string): boolean {
  const side = (words: string) =>
    /收入/.test(words) && !/支出/.test(words) ? 'income' : /支出/.test(words) && !/收入/.test(words) ? 'spending' : null;
  const [a, b] = [side(totalName), side(name)];
  return !!a && !!b && a !== b;
}

function partsAfter(
  seg: Segment,
  from: number,
  total: NumberToken,
  nested = false,
  totalName = '',
): { list: StatedAmount[]; closed: boolean } | null {
  const stop = seg.text.indexOf('。', from);
  const sentenceEnd = stop < 0 ? seg.text.length : stop;
  const partEnd = nested ? seg.text.indexOf(';', from) : -1;
  const end = partEnd >= 0 && partEnd < sentenceEnd ? partEnd : sentenceEnd;
  const body = seg.text.slice(from, end);
  const uses = usesAfterAmounts(seg, from, body, total);
  if (uses) return { list: uses.list, closed: stop >= 0 && uses.closed };
  const list: StatedAmount[] = [];
  let at = 0;
  for (const n of findNumbers(body)) {
    if (n.start < at) continue; // inside a remark already read past
    if (!isMoneyUnit(n.unit) || isMoneyUnit(total.unit) !== isMoneyUnit(n.unit)) return null;
    let piece = body.slice(at, n.start);
    const separator = list.length ? SEPARATOR.exec(piece)?.[0] : '';
    if (list.length) {
      if (!separator) return null;
      piece = piece.slice(separator.length);
    }
    const name = piece.trim().replace(/[:\s]+$/, '');
    // "财政拨款收入320万元,其中一般公共预算拨款300万元,政府性基金预算拨款20万元;财政拨款支出310万元": after a
    // semicolon, the other side of the accounts (spending after income's parts, income after spending's) is a
    // statement of its own, and the list ended before it
    if (list.length && separator?.includes(';') && otherSide(totalName, name)) return { list, closed: true };
    if (!/[\u4e00-\u9fff]/.test(name) || name.length > 40 || COMMENTARY.test(name) || LOST_AMOUNT.test(name) || /\d$/.test(name))
      return null;
    // "A项目300万元,执行290万元;B项目…": a part named by a measure alone is the second amount of the item
    // before it (its spending beside its budget), so the amounts are no parts that add up to the total
    if (list.length && cueMeasure(name)) return null;
    list.push(stated(seg, name, n, from));
    at = n.end;
    const remark = REMARK.exec(body.slice(at));
    if (remark) at += remark[0].length;
  }
  const rest = body.slice(at).trim();
  // nothing after the last part, and a full stop (or the outer list's semicolon): the list is whole as written
  return list.length ? { list, closed: (stop >= 0 || end < sentenceEnd) && !rest } : null;
}

/**
 * What follows a part's amount when the list names each use after it ("30万元用于基建工程项目审计"): the use, up to the part's
 * end (a 、 before the next part's amount ends it; one inside the use lists what it covers: "用于设计、规划、测绘").
 */
const USE_AFTER_AMOUNT = /^\s*(?:用于|用作|用在)((?:[^,;。、]|、(?!\s*\d))+)/;

/**
 * "其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于…": the parts written amount first, each
 * use after its 用于. Every part must be so written, separated by , 、 ; alone, and each use hold no number (a use that
 * counts or prices something, "用于购置2台设备", is commentary the list cannot be read through); else null, and the list
 * is read name first or not at all.
 */
function usesAfterAmounts(seg: Segment, from: number, body: string, total: NumberToken): { list: StatedAmount[]; closed: boolean } | null {
  if (!isMoneyUnit(total.unit)) return null;
  const list: StatedAmount[] = [];
  let at = 0;
  for (const n of findNumbers(body)) {
    if (n.start < at) continue;
    const gap = body.slice(at, n.start);
    if (!(list.length ? /^[\s,、;]+$/ : /^\s*$/).test(gap)) return null;
    if (!isMoneyUnit(n.unit)) return null;
    const use = USE_AFTER_AMOUNT.exec(body.slice(n.end));
    if (!use) return null;
    const name = use[1].trim();
    if (!/[\u4e00-\u9fff]/.test(name) || COMMENTARY.test(name) || /\d/.test(name)) return null;
    list.push(stated(seg, name, n, from));
    at = n.end + use[0].length;
  }
  return list.length >= 2 ? { list, closed: !body.slice(at).trim() } : null;
}
