/**
 * Finding the sentence of a report that explains a gap: it names one of the figures involved
 * (by its label, a usual wording of it, or its value with unit) together with a wording that
 * announces a difference of scope (不含 / 未包含 / 不包括 / 口径 / 差异原因 / 差额 / 含…结转).
 */
import { labelOf } from '../model/keys.ts';
import type { Amount } from './amounts.ts';
import { unitSuffix } from './tolerance.ts';

const EXPLAINING_WORDING =
  /不含|未含|不包含|未包含|不包括|未包括|未计入|不计入|口径|差异原因|差额|含[^，,。；;：:!?！？]{0,15}结转/;

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
  for (const raw of sentences) {
    const s = raw.replace(/\s+/g, ' ').trim();
    if (!EXPLAINING_WORDING.test(s)) continue;
    const compact = s.replace(/\s/g, '');
    if (terms.some((t) => compact.includes(t.replace(/\s/g, ''))) || values.some((p) => p.test(s))) return s;
  }
  return undefined;
}
