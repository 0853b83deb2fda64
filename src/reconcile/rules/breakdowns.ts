/**
 * sum.amount for totals stated with their parts listed after them (extract/breakdowns.ts):
 * "下达资金2263万元。其中:A 1435万元,B 25万元,…" where the parts come to 2253.
 *
 * 其中 also means "among them": a list that names only the main uses falls far short of its total,
 * and that is no error. What a careful reader flags is a list meant to be whole that slipped: it
 * has at least three parts, ends its sentence (nothing cut off), and its parts come to more than
 * the total, or fall short by no more than NEAR_MISS of it. Breakdowns whose amounts are the
 * report's figures (基本支出 + 项目支出 …) are left to the sum rules over figures (sums.ts), so one
 * slip is flagged once.
 *
 * Parts are summed only when they are sure to split this total: a list whose first parts already come
 * to it ("…900万元,其中中央资金600万元,省级资金300万元;按用途分:产业发展500万元,…") splits it twice, and only
 * the second split is checked; parts that come to another amount stated beside the total ("项目总投资1200万元,
 * 2023年安排资金900万元,其中:…" adding up to 1200) are that amount's, not a slip of this one.
 */
import type { Breakdown, Discrepancy, Evidence, Record, StatedAmount } from '../../model/record.ts';
import { type Amount, amountOf, ZERO } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { compareSides } from '../tolerance.ts';

/** How far short of its total a whole list may fall and still be a slip rather than a partial list. */
const NEAR_MISS = 0.02;
const MIN_PARTS = 3;
/** The fewest rows of a table whose total row they are meant to add up to (Breakdown.whole). */
const MIN_WHOLE_ROWS = 2;

const amount = (a: StatedAmount): Amount | undefined => amountOf('breakdown', a, a.name || '合计', a.name || 'total');

export function breakdownSums(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  if (!r.breakdowns?.length) return [];
  const figureSpans = spansByBlock(r);
  const amountsByBlock = statedAmountsByBlock(r);
  return r.breakdowns.flatMap((b) => check(b, figureSpans, amountsByBlock, ctx));
}

/** Every money amount the report states (its figures' statements and its breakdowns' totals), by block. */
function statedAmountsByBlock(r: Record): Map<string, Amount[]> {
  const out = new Map<string, Amount[]>();
  const add = (a: Amount | undefined, blockId: string | undefined) => {
    if (!a || a.kind !== 'money' || !blockId) return;
    const list = out.get(blockId);
    if (list) list.push(a);
    else out.set(blockId, [a]);
  };
  for (const [key, f] of Object.entries(r.figures)) {
    for (const m of f.mentions ?? [f]) add(amountOf(key, m), m.evidence?.blockId);
  }
  for (const b of r.breakdowns ?? []) add(amount(b.total), b.total.evidence.blockId);
  return out;
}

/** Where the report's figures were read, by block (indexed once: a long report has many of both). */
function spansByBlock(r: Record): Map<string, Evidence[]> {
  const out = new Map<string, Evidence[]>();
  for (const f of Object.values(r.figures)) {
    for (const m of f.mentions ?? [f]) {
      if (!m.evidence) continue;
      const list = out.get(m.evidence.blockId);
      if (list) list.push(m.evidence);
      else out.set(m.evidence.blockId, [m.evidence]);
    }
  }
  return out;
}

function check(
  b: Breakdown,
  figureSpans: Map<string, Evidence[]>,
  amountsByBlock: Map<string, Amount[]>,
  ctx?: ReconcileContext,
): Discrepancy[] {
  // (a table's rows over their 合计 row are the whole however few: two rows and their total are a sum to check)
  if (!b.closed || b.parts.length < (b.whole ? MIN_WHOLE_ROWS : MIN_PARTS) || statedAsFigures(b, figureSpans)) return [];
  const total = amount(b.total);
  const all = b.parts.map(amount).filter((p): p is Amount => !!p);
  if (!total || all.length !== b.parts.length) return [];
  // (subtotals with their items after them, read as the subtotals only where those add up to the total exactly)
  const top = withoutSubtotalItems(all, total);
  // (all the parts but the last add up to the total, and the last alone is about the total: the list was whole and the
  // last is another statement of a like amount, "…共收到财政资金57511795.36元。其中,结转759897.87元,当期收入56751897.49元,
  // 当期发生支出56916443.49元")
  if (restatedAfterWhole(top, total)) return [];
  const parts = secondSplit(top, total);
  const cmp = compareSides(parts, [total]);
  if (!cmp?.fires) return [];
  if (ofAnotherTotal(parts, total, amountsByBlock.get(b.total.evidence.blockId) ?? [])) return [];
  // (rows that are the whole of their total row fall short of it only by a slip)
  const short = parts.reduce((left, p) => left.minus(p.base), total.base);
  if (!b.whole && short.greaterThan(total.base.times(NEAR_MISS))) return [];
  const base = discrepancyBase(
    cmp,
    [...parts, total],
    {
      zh: `${labels(parts)}之和与${total.label}不符`,
      en: `${labelsEn(parts)} do not add up to ${total.labelEn}`,
    },
    ctx,
  );
  return [{ rule: 'sum.amount', subject: b.total.name || 'breakdown', ...base }];
}

/** Two or more parts stated where the report's figures are: the figure sum rules check them. */
function statedAsFigures(b: Breakdown, figureSpans: Map<string, Evidence[]>): boolean {
  const isFigure = (p: StatedAmount) =>
    (figureSpans.get(p.evidence.blockId) ?? []).some(
      (e) => e.start <= p.evidence.start && p.evidence.end <= e.end && e.cell?.row === p.evidence.cell?.row,
    );
  return b.parts.filter(isFigure).length >= 2;
}

/**
 * The parts after a first run that already adds up to the total, when they too come to about the total (within
 * NEAR_MISS): the total split by source, then by use. Else all the parts: a first run of one part is no split, and
 * a few parts left over far from the total are a list that over-runs its total ("…其中:A 500, B 300, C 100, D 250"
 * of 900), not a second split.
 */
function secondSplit(parts: Amount[], total: Amount): Amount[] {
  for (let k = 2; k < parts.length - 1; k++) {
    if (compareSides(parts.slice(0, k), [total])?.fires !== false) continue;
    const rest = parts.slice(k);
    if (nearTotal(rest, total)) return rest;
  }
  return parts;
}

/** Whether `parts` come to within NEAR_MISS of the total. */
function nearTotal(parts: Amount[], total: Amount): boolean {
  const sum = parts.reduce((acc, p) => acc.plus(p.base), ZERO);
  return sum.minus(total.base).abs().lte(total.base.times(NEAR_MISS));
}

/**
 * The parts with the items of a subtotal left out: a part followed by two or more that add up to it exactly is a subtotal
 * and they its items ("第一批资金9910万元,分别支持A 3000万元、B 3357.17万元、C 3552.83万元;第二批资金7437万元,…"). Only
 * where the subtotals and the parts outside them add up to the total exactly (a part that happens to equal the next two is
 * no subtotal of a list that slipped); else all the parts.
 */
function withoutSubtotalItems(parts: Amount[], total: Amount): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < parts.length; i++) {
    out.push(parts[i]);
    let sum = ZERO;
    for (let j = i + 1; j < parts.length; j++) {
      sum = sum.plus(parts[j].base);
      if (j >= i + 2 && sum.equals(parts[i].base)) {
        i = j;
        break;
      }
      if (sum.greaterThan(parts[i].base)) break;
    }
  }
  const outSum = out.reduce((acc, p) => acc.plus(p.base), ZERO);
  return out.length < parts.length && outSum.equals(total.base) ? out : parts;
}

/** All the parts but the last add up to the total (within rounding), and the last alone comes to about it: secondSplit's test with a rest of one part, which is then no second split but another statement. */
function restatedAfterWhole(parts: Amount[], total: Amount): boolean {
  if (parts.length < 3) return false;
  return compareSides(parts.slice(0, -1), [total])?.fires === false && nearTotal(parts.slice(-1), total);
}

/**
 * The parts over-run their total and come to a larger amount stated in the total's block (within the rounding of both):
 * they split that one (项目总投资1200万元 beside 安排资金900万元, its parts adding to 1200). Parts short of their total
 * that come to a smaller amount are a list that left some out, whatever else the block states: a PDF's text copy holds
 * a page in one block, and one fund's spending (一般公共预算 756.20 of 761.21) is no other total the list splits.
 */
function ofAnotherTotal(parts: Amount[], total: Amount, stated: Amount[]): boolean {
  return stated.some((a) => a.base.greaterThan(total.base) && compareSides(parts, [a])?.fires === false);
}
