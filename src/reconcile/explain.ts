/**
 * Finding the sentence of a report that explains a gap: it names one of the figures involved
 * (by its label, a usual wording of it, or its value with unit) together with a wording that
 * announces a difference of scope (不含 / 未包含 / 不包括 / 口径 / 差异原因 / 差额 / 含…结转).
 */
import { labelOf } from '../model/keys.ts';
import type { Amount } from './amounts.ts';
import { unitSuffix } from './tolerance.ts';

const EXPLAINING_WORDING = /不含|未含|不包含|未包含|不包括|未包括|未计入|不计入|口径|差异原因|差额|含[^，,。；;：:!?！？]{0,15}结转/;

/** Usual wordings of a figure beyond its canonical label. */
const ALIASES: { [key: string]: string[] } = {
  'budget.total': ['全年预算', '预算数', '调整后预算'],
  'budget.executed': ['执行数', '实际支出', '支出数', '决算数', '支出决算'],
  'budget.executionRate': ['执行率', '完成预算'],
  'expense.total': ['支出合计', '本年支出', '总支出'],
  'expense.generalPublic': ['一般公共预算'],
  'expense.governmentFund': ['政府性基金'],
  'expense.stateCapital': ['国有资本经营'],
  'expense.basic': ['基本支出'],
  'expense.project': ['项目支出'],
  'expense.personnel': ['人员经费'],
  'expense.publicUse': ['公用经费'],
  'income.total': ['收入合计', '本年收入', '总收入'],
  'income.fiscal': ['财政拨款'],
  'income.generalPublic': ['一般公共预算'],
  'income.governmentFund': ['政府性基金'],
  'income.superior': ['上级补助'],
  'income.business': ['事业收入'],
  'income.operating': ['经营收入'],
  'income.other': ['其他收入'],
  'income.budgeted': ['预算收入'],
  'income.otherSources': ['其他资金'],
  'income.carryIn': ['年初结转', '上年结转'],
  'carryover.end': ['年末结转', '结转和结余', '结余结转'],
};

/** The terms by which a sentence can name the figure `key`. */
function termsOf(key: string): string[] {
  const terms = [labelOf(key), ...(ALIASES[key] ?? [])];
  if (key.startsWith('threePublic')) terms.push('三公');
  if (key.startsWith('eval.projects')) terms.push('自评项目', '绩效自评');
  return terms.filter((t) => t && t !== key);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value with its unit, as a sentence would state it ("6708 万元", "6708万元"); never a bare "0". */
function valuePattern(a: Amount): RegExp | null {
  if (!a.unit || /^-?0+(\.0+)?$/.test(a.value)) return null;
  return new RegExp(`(?<![\\d.])${escape(a.value)}\\s*${escape(unitSuffix(a.unit).trim())}`);
}

/**
 * The first sentence that explains a gap between `figures`, or undefined.
 * `extraTerms` names things that are not figures (a task's name).
 */
export function findExplanation(sentences: string[] | undefined, figures: Amount[], extraTerms: string[] = []): string | undefined {
  if (!sentences?.length) return undefined;
  const terms = [...new Set([...figures.flatMap((f) => termsOf(f.key)), ...extraTerms])].filter((t) => t.length >= 2);
  const values = figures.map(valuePattern).filter((p): p is RegExp => p !== null);
  const { explaining, first } = explainingOf(sentences);
  // the earliest explaining sentence that names a term or states a value: each term's and each
  // value's first such sentence is looked up once per report, not once per discrepancy
  let best = Infinity;
  for (const t of terms)
    best = Math.min(
      best,
      firstIndex(first, explaining, `t:${t}`, (s) => s.compact.includes(t.replace(/\s/g, ''))),
    );
  for (const p of values)
    best = Math.min(
      best,
      firstIndex(first, explaining, `v:${p.source}`, (s) => p.test(s.text)),
    );
  return best === Infinity ? undefined : explaining[best].text;
}

interface Explaining {
  /** The sentence, spaces collapsed. */
  text: string;
  /** Without spaces. */
  compact: string;
}

/**
 * A report's sentences that use an explaining wording, in order, and the first of them naming each
 * term or value asked so far: computed once per sentence list, so that a report with many
 * discrepancies reads its sentences once rather than once per discrepancy (which was quadratic).
 */
const explainingCache = new WeakMap<string[], { explaining: Explaining[]; first: Map<string, number> }>();

function explainingOf(sentences: string[]): { explaining: Explaining[]; first: Map<string, number> } {
  let cached = explainingCache.get(sentences);
  if (!cached) {
    const explaining: Explaining[] = [];
    for (const raw of sentences) {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (EXPLAINING_WORDING.test(text)) explaining.push({ text, compact: text.replace(/\s/g, '') });
    }
    cached = { explaining, first: new Map() };
    explainingCache.set(sentences, cached);
  }
  return cached;
}

function firstIndex(first: Map<string, number>, explaining: Explaining[], key: string, names: (s: Explaining) => boolean): number {
  let at = first.get(key);
  if (at === undefined) {
    at = explaining.findIndex(names);
    if (at < 0) at = Infinity;
    first.set(key, at);
  }
  return at;
}
