/**
 * Sub-items listed after a total, in one sentence:
 *
 *   "下达…专项资金1883.00万元。其中,A项目47.00万元,B项目50.00万元,…"
 *   "预算项目经费15690.38万元,具体包括:A155.85万元,B84.69万元、C84.62万元…"
 *   "实际支付2700万元。其中:用于A项目200万元、B项目270万元…"
 *
 * The structure that makes it a list of tasks, not a breakdown of the department's money:
 * a total (the "lead") right before an introducer (其中 / 具体包括 / 分别为 …); after it, items
 * that are each a name and one money amount, separated by , 、 ; and nothing else (no share,
 * no change, no second amount); at least two items; every name a task name (no income or
 * spending category, no funding source, no “三公” item); and the items not adding up to more
 * than the lead. The lead's clause says whether the items are budgets (预算 / 下达 / 安排) or
 * spending (实际支付 / 支出); when it says neither, the list is not read.
 */
import type { Unit } from '../../model/record.ts';
import { Decimal, findNumbers, isMoneyUnit, type NumberToken, toYuan } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { evidenceOf, type Segment } from '../text.ts';
import { cleanName, cueAtEnd, leadMeasure, refusal } from './names.ts';

/** The words that open a list of parts of the total just stated. */
const INTRODUCER = /(?:其中|具体包括|具体为|主要包括|包括|分别为|分别是|分别用于|主要用于)\s*[:,]?/g;
/** Clause boundaries: the lead's clause starts after the last one before the lead amount. */
const CLAUSE_END = /[,;。:]/;
/** Separators between list items. */
const ITEM_SEPARATOR = /^[\s,、;]+/;

export function readInlineLists(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    let consumed = 0;
    for (const intro of seg.text.matchAll(INTRODUCER)) {
      if (intro.index < consumed) continue;
      const list = readList(seg, intro.index, intro.index + intro[0].length);
      if (!list) continue;
      out.push(...list.items.map((item) => [item]));
      consumed = list.end;
    }
  }
  return out;
}

function readList(seg: Segment, introAt: number, listStart: number): { items: TaskFragment[]; end: number } | null {
  const text = seg.text;
  const lead = leadBefore(text, introAt);
  if (!lead) return null;
  const stop = text.indexOf('。', listStart);
  const listEnd = stop < 0 ? text.length : stop;
  const body = text.slice(listStart, listEnd);
  const numbers = findNumbers(body);
  if (numbers.length < 2) return null;
  const items: TaskFragment[] = [];
  let prevEnd = 0;
  for (const n of numbers) {
    // a share, a count or a rate inside the list: a breakdown with commentary, not a list of items
    if (!isMoneyUnit(n.unit)) return null;
    let piece = body.slice(prevEnd, n.start);
    if (items.length && !ITEM_SEPARATOR.test(piece)) return null;
    piece = piece.replace(ITEM_SEPARATOR, '');
    // "A项目预算47万元": a cue after the name must agree with the lead
    const cue = cueAtEnd(piece);
    if (cue && cue.measure !== lead.measure && !(cue.measure === 'initial' && lead.measure === 'budget')) return null;
    const namePart = cue ? piece.slice(0, cue.at) : piece;
    // "教育支出预算 526.61万元": with its cue the item is a spending class, whatever precedes the cue
    if (cue && refusal(cleanName(piece))) return null;
    const name = nameAt(seg, listStart + prevEnd + (body.slice(prevEnd, n.start).length - piece.length), namePart);
    if (!name) return null;
    items.push({ name, measure: lead.measure, value: n.value, unit: n.unit, segment: seg, start: listStart + n.start, end: listStart + n.end });
    prevEnd = n.end;
  }
  if (items.length < 2) return null;
  // parts never add up to more than their total
  const sum = items.reduce((acc, i) => acc.plus(toYuan(i.value, i.unit) ?? '0'), new Decimal(0));
  if (sum.greaterThan(lead.yuan)) return null;
  return { items, end: listEnd };
}

/** The money amount stated just before the introducer (at most one sentence back) and what its clause says it measures. */
function leadBefore(text: string, introAt: number): { measure: 'budget' | 'executed'; yuan: Decimal } | null {
  const before = text.slice(0, introAt);
  const money = findNumbers(before).filter((n) => isMoneyUnit(n.unit));
  const last: NumberToken | undefined = money[money.length - 1];
  if (!last) return null;
  const between = before.slice(last.end);
  if ((between.match(/。/g) ?? []).length > 1) return null;
  let clauseStart = last.start;
  while (clauseStart > 0 && !CLAUSE_END.test(before[clauseStart - 1])) clauseStart--;
  const measure = leadMeasure(before.slice(clauseStart, last.start));
  const yuan = toYuan(last.value, last.unit);
  return measure && yuan ? { measure, yuan: new Decimal(yuan) } : null;
}

/**
 * The cleaned name of `raw` (simplified text starting at `at` in the segment), refused or
 * returned in the report's own characters (the segment's source text at the same offsets).
 */
export function nameAt(seg: Segment, at: number, raw: string): string | null {
  const cleaned = cleanName(raw);
  if (!cleaned || refusal(cleaned)) return null;
  const offset = raw.indexOf(cleaned);
  if (offset < 0) return null;
  return asWritten(seg, at + offset, at + offset + cleaned.length);
}

/**
 * The report's own words for a span of a segment: the original snippet (traditional characters
 * and masking asterisks that Markdown read as emphasis kept), compatibility forms folded
 * (full-width brackets and digits) and line breaks made spaces.
 */
export function asWritten(seg: Segment, start: number, end: number): string {
  const raw = evidenceOf(seg, start, end).snippet;
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export type { Unit };
