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
 */
import type { Breakdown, Discrepancy, Evidence, Record, StatedAmount } from '../../model/record.ts';
import { type Amount, amountOf } from '../amounts.ts';
import { type ReconcileContext, discrepancyBase, labels, labelsEn } from '../build.ts';
import { compareSides } from '../tolerance.ts';

/** How far short of its total a whole list may fall and still be a slip rather than a partial list. */
const NEAR_MISS = 0.02;
const MIN_PARTS = 3;

const amount = (a: StatedAmount): Amount | undefined => amountOf('breakdown', a, a.name || '合计', a.name || 'total');

export function breakdownSums(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  if (!r.breakdowns?.length) return [];
  const figureSpans = spansByBlock(r);
  return r.breakdowns.flatMap((b) => check(b, figureSpans, ctx));
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

function check(b: Breakdown, figureSpans: Map<string, Evidence[]>, ctx?: ReconcileContext): Discrepancy[] {
  if (!b.closed || b.parts.length < MIN_PARTS || statedAsFigures(b, figureSpans)) return [];
  const total = amount(b.total);
  const parts = b.parts.map(amount).filter((p): p is Amount => !!p);
  if (!total || parts.length !== b.parts.length) return [];
  const cmp = compareSides(parts, [total]);
  if (!cmp?.fires) return [];
  const short = parts.reduce((left, p) => left.minus(p.base), total.base);
  if (short.greaterThan(total.base.times(NEAR_MISS))) return [];
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
