/** Turning a comparison into the common part of a Discrepancy: severity, messages, involved figures. */
import type { Discrepancy, InvolvedFigure, Severity } from '../model/record.ts';
import type { Amount } from './amounts.ts';
import { findExplanation } from './explain.ts';
import type { SideComparison } from './tolerance.ts';

export interface ReconcileContext {
  /** The report's text split into sentences, for finding explanations of a gap. */
  sentences?: string[];
}

/** Every field of a Discrepancy except the rule and its rule-specific field. */
export type DiscrepancyBase = Omit<Extract<Discrepancy, { rule: 'balance' }>, 'rule'>;

function involved(a: Amount): InvolvedFigure {
  return { key: a.key, label: a.label, value: a.value, unit: a.unit, evidence: a.evidence };
}

export interface Described {
  /** What does not add up, as a phrase: "按资金来源分的支出之和与全年执行数不符". */
  zh: string;
  en: string;
}

/**
 * The base of a discrepancy. Severity from the comparison, lowered to 'info' when a sentence of
 * the report explains the gap (the sentence is kept as `explanation`).
 */
export function discrepancyBase(
  cmp: SideComparison,
  figures: Amount[],
  what: Described,
  ctx: ReconcileContext | undefined,
  extraTerms: string[] = [],
): DiscrepancyBase {
  const explanation = findExplanation(ctx?.sentences, figures, extraTerms);
  const severity: Severity = explanation ? 'info' : cmp.severe ? 'error' : 'warning';
  const base: DiscrepancyBase = {
    severity,
    message: {
      // the gap in words (相差 / gap), then the arithmetic without it
      zh: `${what.zh}，相差 ${cmp.gap.zh}。算式：${cmp.equation}`,
      en: `${what.en}: ${cmp.equation}, gap ${cmp.gap.en}`,
    },
    expected: cmp.expected,
    actual: cmp.actual,
    difference: cmp.difference,
    unit: cmp.unit,
    arithmetic: cmp.arithmetic,
    tolerance: cmp.tolerance,
    figures: figures.map(involved),
  };
  if (explanation) base.explanation = explanation;
  return base;
}

/** "A + B + C": Chinese labels joined for messages. */
export function labels(amounts: Amount[], sep = ' + '): string {
  return amounts.map((a) => a.label).join(sep);
}

/** "A + B + C": English labels joined for messages. */
export function labelsEn(amounts: Amount[], sep = ' + '): string {
  return amounts.map((a) => a.labelEn).join(sep);
}
