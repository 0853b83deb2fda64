/** repeat.mismatch: the same quantity stated in several places with values that cannot both be right. */
import type { Discrepancy, Figure, Mention, Record } from '../../model/record.ts';
import { KEYS, gradeLevel, labelOf } from '../../model/keys.ts';
import { type Amount, amountOf } from '../amounts.ts';
import { isDecimal } from '../../model/record.ts';
import { type ReconcileContext, discrepancyBase } from '../build.ts';
import { findExplanation } from '../explain.ts';
import { compareRepeats, sameQuantity } from '../tolerance.ts';

/** How many different values of one key make it a list of several things rather than one quantity stated twice. */
const DIFFERENT_THINGS = 3;

/** One discrepancy per key whose statements differ beyond the rounding of the coarser precision. */
/** The qualifier the extractor gives the figures of one level's funds (中央 / 省级 / 本级 …), whichever the level. */
const LEVEL_FUNDS = '.source';
/**
 * Figures a text states once per line of its kind, the lines unnamed by the key: a government's revenue report gives each
 * revenue line its completion ("1.一般公共预算收入…,完成年初预算90%;2.上级补助收入…,完成年初预算142.2%") and what it
 * collected ("一般公共预算收入全年实际完成42.6亿元…政府性基金收入全年实际完成12.3亿元"), so two such figures are two
 * lines, not one restated.
 */
const PER_LINE_FIGURES = new Set(['income.completionRate', 'income.collected']);

export function repeats(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const out: Discrepancy[] = [];
  // (a project form's funding rows spent money: its total row's zero is then no empty line, see unfilledForm)
  const formFundsSpent = Object.entries(r.figures).some(
    ([k, f]) => k.startsWith('projectFunds.') && amountOf(k, f)?.base.isZero() === false,
  );
  for (const [key, f] of Object.entries(r.figures)) {
    if (!f || (f.mentions?.length ?? 0) < 2) continue;
    // figures of a level's funds ("中央资金执行率90%,省级资金执行率98%") share one key for every level: two values are
    // two sources, not one restated
    if (key.endsWith(LEVEL_FUNDS)) continue;
    if (PER_LINE_FIGURES.has(key)) continue;
    const d = isDecimal(f.value?.trim()) ? numeric(key, f, formFundsSpent, ctx) : textual(key, f, ctx);
    if (d) out.push(d);
  }
  return out;
}

function numeric(key: string, f: Figure, formFundsSpent: boolean, ctx?: ReconcileContext): Discrepancy | undefined {
  const reference = amountOf(key, f);
  if (!reference) return undefined;
  const others: Amount[] = [];
  const first = f.mentions[0];
  for (const m of f.mentions) {
    // a candidate reading (a project's sub-allocation named like its budget) is not a second statement
    if (m.candidate) continue;
    // the same row of two tables ("年度资金总额" of one project's table, then of the next project's on
    // the same page) states two things, not one twice
    if (first && fromTable(first) && fromTable(m) && first.evidence?.blockId !== m.evidence?.blockId) continue;
    const a = amountOf(key, m);
    if (!a || sameQuantity(reference, a) || others.some((o) => sameQuantity(o, a))) continue;
    // a zero beside an amount is another line (a table's empty row, an item with nothing spent), not
    // the same quantity restated: restatements that disagree are slips of digits or of the unit; but a project form's
    // total row left at zero over a funding row that spent money (unfilledForm) states the project's own budget wrongly
    if (a.base.isZero() !== reference.base.isZero() && !(formFundsSpent && unfilledForm(key, f, reference, a))) continue;
    others.push(a);
  }
  // three or more different values are several things named alike (the projects of a notice, the
  // units of a summary), not one quantity restated
  if (others.length + 1 >= DIFFERENT_THINGS) return undefined;
  const cmp = compareRepeats(reference, others);
  if (!cmp?.fires) return undefined;
  const where = (a: Amount) => sectionOf(f, a);
  const base = discrepancyBase(
    cmp,
    [reference, ...others],
    {
      zh: `${reference.label}前后表述不一致（${[reference, ...others].map((a) => `${a.value}${a.unit}${where(a) ? `，${where(a)}` : ''}`).join(' / ')}）`,
      en: `${reference.labelEn} is stated with different values (${[reference, ...others].map((a) => `${a.value} ${a.unit}${where(a) ? ` in ${where(a)}` : ''}`).join(' / ')})`,
    },
    ctx,
  );
  return { rule: 'repeat.mismatch', key, ...base };
}

/** The project's money keys a form's total row states, which its funding rows (projectFunds.*) split. */
const FORM_TOTAL_KEYS = new Set(['budget.initial', 'budget.total', 'budget.executed']);

/**
 * Of two statements of a project's budget or spending, where the form's funding rows spent money, the zero is the form's
 * total row (年度资金总额: 0 0 0): a sum left unfilled, so the zero and the amount are the same quantity stated twice.
 */
function unfilledForm(key: string, f: Figure, ...pair: Amount[]): boolean {
  if (!FORM_TOTAL_KEYS.has(key)) return false;
  const zero = pair.find((a) => a.base.isZero());
  const zeroMention = zero && f.mentions.find((m) => m.evidence === zero.evidence);
  return !!zeroMention && fromTable(zeroMention);
}

const fromTable = (m: Mention) => m.rule.startsWith('table/') || m.rule.includes('/table/');

function sectionOf(f: Figure, a: Amount): string | undefined {
  const m = f.mentions.find((x) => x.evidence === a.evidence) ?? (f.evidence === a.evidence ? f : undefined);
  return m?.section;
}

/** Grades and other words: differing texts (spaces ignored; a grade's full name is its character, 优秀 = 优) are a mismatch. */
function textual(key: string, f: Figure, ctx?: ReconcileContext): Discrepancy | undefined {
  const norm = KEYS[key]?.kind === 'grade' ? gradeLevel : (s: string) => s.replace(/\s/g, '');
  const ref = norm(f.value ?? '');
  const others = [
    ...new Map(f.mentions.filter((m) => norm(m.value) !== ref && !isDecimal(m.value)).map((m) => [norm(m.value), m])).values(),
  ];
  if (!ref || others.length === 0 || others.length + 1 >= DIFFERENT_THINGS) return undefined;
  const label = labelOf(key);
  const arithmetic = [ref, ...others.map((m) => norm(m.value))].join(' ≠ ');
  const figures = [f, ...others].map((m) => ({ key, label, value: m.value, unit: m.unit, evidence: m.evidence }));
  const explanation = findExplanation(ctx?.sentences, [], [label]);
  const d: Discrepancy = {
    rule: 'repeat.mismatch',
    key,
    severity: explanation ? 'info' : 'error',
    message: { zh: `${label}前后表述不一致：${arithmetic}`, en: `${key} is stated with different values: ${arithmetic}` },
    expected: f.value,
    actual: others.map((m) => m.value).join(' / '),
    difference: '',
    unit: f.unit,
    arithmetic,
    tolerance: '0',
    figures,
  };
  if (explanation) d.explanation = explanation;
  return d;
}

/**
 * One document's number, whatever words the sentence put before it: the issuer's last two characters, the year and the
 * serial ("…财政局呼财农指【2023】41号" and "根据呼财农指〔2023〕41号" are one document).
 */
function documentKey(ref: string): string {
  const m = /([\u4e00-\u9fff]{2})\s*[〔【[(［]\s*(\d{4})\s*[〕】\])］]\s*(\d+)\s*号$/.exec(ref);
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : ref;
}

/** repeat.mismatch of a cited document's allotment: the same document said to allot two different amounts. */
export function allotmentRepeats(r: Record, ctx?: ReconcileContext): Discrepancy[] {
  const byDocument = new Map<string, Amount[]>();
  for (const a of r.allotments ?? []) {
    const amount = amountOf('allotment', a, `${a.ref}下达资金`, `the allotment of ${a.ref}`);
    if (!amount) continue;
    const key = documentKey(a.ref);
    const list = byDocument.get(key);
    if (list) list.push(amount);
    else byDocument.set(key, [amount]);
  }
  const out: Discrepancy[] = [];
  for (const [key, [reference, ...rest]] of byDocument) {
    const others: Amount[] = [];
    for (const a of rest) if (!sameQuantity(reference, a) && !others.some((o) => sameQuantity(o, a))) others.push(a);
    // three or more amounts for one document are several things it allots, not one restated
    if (others.length !== 1) continue;
    const cmp = compareRepeats(reference, others);
    if (!cmp?.fires) continue;
    const base = discrepancyBase(
      cmp,
      [reference, ...others],
      {
        zh: `${reference.label}前后表述不一致（${[reference, ...others].map((a) => `${a.value}${a.unit}`).join(' / ')}）`,
        en: `${reference.labelEn} is stated with different values (${[reference, ...others].map((a) => `${a.value} ${a.unit}`).join(' / ')})`,
      },
      ctx,
    );
    out.push({ rule: 'repeat.mismatch', key: `allotment:${key}`, ...base });
  }
  return out;
}
