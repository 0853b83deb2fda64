/**
 * The cross-department comparison as pure functions of the stored reports (already read, with the
 * reviewers' corrections applied): the one-row rule, the rows, their order, the rankings with their
 * median, and a department's carry-over chain. No store, no HTTP: the server, the CLI and the tests
 * call the same functions on the same inputs.
 */
import { Decimal } from 'decimal.js';
import { convertMoney, decimalsOf, isMoneyUnit } from '../model/money.ts';
import {
  COLUMN_FIGURE,
  COMPARE_FIGURE_NAMES,
  COMPARE_FIGURES,
  ONE_ROW_RULE,
  type ChainLink,
  type CompareColumn,
  type CompareExportRow,
  type CompareFigure,
  type CompareQuery,
  type CompareRow,
  type CompareView,
  type DepartmentYears,
  type Ranking,
  type RankingMetric,
} from '../model/compare.ts';
import { KEYS } from '../model/keys.ts';
import { isDecimal, type ReportKind, type Unit } from '../model/record.ts';
import { amountOf } from '../reconcile/amounts.ts';
import { compareRepeats } from '../reconcile/tolerance.ts';

/** A figure as a reader should see it: the reviewer's latest correction where there is one. */
export interface EffectiveValue {
  value: string;
  unit: Unit;
  corrected: boolean;
}

/** One stored report, as the comparison reads it. */
export interface ComparableReport {
  documentId: number;
  /** The name it was ingested under. */
  file: string;
  department: string | null;
  year: number | null;
  kind: ReportKind;
  /** Effective figures by canonical key. */
  figures: { [key: string]: EffectiveValue };
  open: { error: number; warning: number; info: number };
  /** The id of the report's latest audit entry (a decision or a correction); null: never reviewed. */
  lastAuditId: number | null;
}

/** Same department: the same name once trimmed (as carryover.chain compares them). */
const departmentOf = (r: ComparableReport) => r.department?.trim() || null;

/**
 * The one-row rule: of several reports of one department × year, a reviewed one wins over an
 * unreviewed one, and among the reviewed the one whose latest audit entry is newest (audit ids only
 * grow); when none is reviewed, the latest ingested (document ids only grow). Returns the winner first.
 */
export function byOneRowRule(candidates: readonly ComparableReport[]): ComparableReport[] {
  return [...candidates].sort((a, b) => {
    if ((a.lastAuditId === null) !== (b.lastAuditId === null)) return a.lastAuditId === null ? 1 : -1;
    if (a.lastAuditId !== null && b.lastAuditId !== null && a.lastAuditId !== b.lastAuditId) return b.lastAuditId - a.lastAuditId;
    return b.documentId - a.documentId;
  });
}

/** A figure in the unit of its column: money in 万元 (exact), the rest as stated; null when it cannot be. */
function columnValue(key: string, v: EffectiveValue | undefined): string | null {
  if (!v) return null;
  const kind = KEYS[key]?.kind;
  if (kind === 'grade') return v.value.trim() || null;
  if (!isDecimal(v.value)) return null;
  if (kind === 'money') {
    if (!isMoneyUnit(v.unit)) return null;
    return v.unit === '万元' ? v.value : convertMoney(v.value, v.unit, '万元');
  }
  return v.value;
}

/** executed / budget × 100 to 2 places, for a report that states both but no rate. */
export function computedRate(budget: string | null, executed: string | null): string | null {
  if (!isDecimal(budget) || !isDecimal(executed)) return null;
  const b = new Decimal(budget);
  if (b.isZero()) return null;
  return new Decimal(executed).div(b).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** The row of the report that won the one-row rule; `others` are the rest of its department × year. */
export function rowOf(winner: ComparableReport, others: readonly ComparableReport[] = []): CompareRow {
  const department = departmentOf(winner);
  // groups() leaves out reports without a department or a year: a row always has both
  if (!department || winner.year === null) throw new Error(`${winner.file}: a report without department or year has no row`);
  const year = winner.year;
  const values = {} as CompareRow['values'];
  const corrected: CompareFigure[] = [];
  for (const name of COMPARE_FIGURE_NAMES) {
    const { key } = COMPARE_FIGURES[name];
    const figure = winner.figures[key];
    values[name] = columnValue(key, figure);
    if (figure?.corrected && values[name] !== null) corrected.push(name);
  }
  const rate = values.executionRate === null ? computedRate(values.budget, values.executed) : null;
  if (rate !== null) {
    values.executionRate = rate;
    // a rate computed from a corrected figure is a corrected value too
    if (corrected.includes('budget') || corrected.includes('executed')) corrected.push('executionRate');
  }
  return {
    documentId: winner.documentId,
    file: winner.file,
    department,
    year,
    kind: winner.kind,
    values,
    corrected,
    executionRateComputed: rate !== null,
    open: { ...winner.open },
    reviewed: winner.lastAuditId !== null,
    others: others.map((o) => ({ documentId: o.documentId, file: o.file, kind: o.kind, reviewed: o.lastAuditId !== null })),
  };
}

/** The reports grouped by department × year (those without either left out), each group by the one-row rule. */
function groups(reports: readonly ComparableReport[]): ComparableReport[][] {
  const byKey = new Map<string, ComparableReport[]>();
  for (const r of reports) {
    const department = departmentOf(r);
    if (!department || r.year === null) continue;
    const key = `${department}\u0000${r.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return [...byKey.values()].map(byOneRowRule);
}

/** A column's value of a row, as the table shows and sorts it. */
function cellOf(row: CompareRow, column: CompareColumn): string | number | null {
  const figure = COLUMN_FIGURE[column];
  if (figure) return row.values[figure];
  switch (column) {
    case 'department':
      return row.department;
    case 'year':
      return row.year;
    case 'report_kind':
      return row.kind;
    case 'open_error':
      return row.open.error;
    case 'open_warning':
      return row.open.warning;
    case 'open_info':
      return row.open.info;
    case 'corrected':
      return row.corrected.length;
    case 'other_reports':
      return row.others.length;
    case 'document_id':
      return row.documentId;
    case 'file':
      return row.file;
    default:
      return null;
  }
}

const collator = new Intl.Collator('zh-Hans-CN');

function compareCells(a: string | number | null, b: string | number | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const as = String(a);
  const bs = String(b);
  if (isDecimal(as) && isDecimal(bs)) return new Decimal(as).comparedTo(new Decimal(bs));
  return collator.compare(as, bs);
}

/**
 * The rows ordered by a column: empty cells last whichever the direction, ties by department (in
 * pinyin order), year and document, so that the table, the download and the CLI agree row for row.
 */
export function sortRows(rows: readonly CompareRow[], column: CompareColumn = 'department', order: 'asc' | 'desc' = 'asc'): CompareRow[] {
  const sign = order === 'desc' ? -1 : 1;
  const tie = (a: CompareRow, b: CompareRow) =>
    collator.compare(a.department, b.department) || a.year - b.year || a.documentId - b.documentId;
  return [...rows].sort((a, b) => {
    const x = cellOf(a, column);
    const y = cellOf(b, column);
    if (x === null || y === null) return x === y ? tie(a, b) : x === null ? 1 : -1;
    return sign * compareCells(x, y) || tie(a, b);
  });
}

/** The exact median: the middle value, or the mean of the two middle ones. Null for none. */
export function median(values: readonly string[]): string | null {
  if (!values.length) return null;
  const sorted = values.map((v) => new Decimal(v)).sort((a, b) => a.comparedTo(b));
  const mid = Math.floor(sorted.length / 2);
  return (sorted.length % 2 ? sorted[mid] : sorted[mid - 1].plus(sorted[mid]).div(2)).toFixed();
}

/** Every row with a value of the metric, highest first (ties by department), with the median of those values. */
export function ranking(rows: readonly CompareRow[], metric: RankingMetric): Ranking {
  const ranked = rows
    .filter((r) => isDecimal(r.values[metric]))
    .map((r) => ({
      documentId: r.documentId,
      department: r.department,
      year: r.year,
      value: r.values[metric] as string,
      budget: r.values.budget,
    }))
    .sort(
      (a, b) => new Decimal(b.value).comparedTo(new Decimal(a.value)) || collator.compare(a.department, b.department) || a.year - b.year,
    );
  return { metric, median: median(ranked.map((e) => e.value)), entries: ranked };
}

/** The best N (the highest values, highest first) or the worst N (the lowest, lowest first). */
export function bestOrWorst(r: Ranking, n: number, end: 'best' | 'worst'): Ranking['entries'] {
  return end === 'best' ? r.entries.slice(0, n) : r.entries.slice(-n).reverse();
}

/** Whether a report passes the filters that come before the one-row rule (a report of another kind never competes). */
function admitted(r: ComparableReport, q: CompareQuery): boolean {
  if (q.year !== undefined && r.year !== q.year) return false;
  if (q.kind && r.kind !== q.kind) return false;
  if (q.department && !(r.department ?? '').includes(q.department)) return false;
  return true;
}

/** The comparison view: the rows under the filters, one per department × year, sorted; their rankings. */
export function compareView(reports: readonly ComparableReport[], q: CompareQuery = {}): CompareView {
  const admittedReports = reports.filter((r) => admitted(r, q));
  let rows = groups(admittedReports).map(([winner, ...others]) => rowOf(winner, others));
  // after the rule: the row shown is the one that must have open discrepancies
  if (q.open === 'true') rows = rows.filter((r) => r.open.error + r.open.warning + r.open.info > 0);
  if (q.open === 'false') rows = rows.filter((r) => r.open.error + r.open.warning + r.open.info === 0);
  rows = sortRows(rows, q.sort ?? 'department', q.order ?? 'asc');
  return {
    rule: ONE_ROW_RULE,
    rows,
    rankings: { executionRate: ranking(rows, 'executionRate'), score: ranking(rows, 'score'), budget: ranking(rows, 'budget') },
    years: [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => a - b),
    kinds: [...new Set(reports.map((r) => r.kind))].sort(),
    unplaced: admittedReports
      .filter((r) => !departmentOf(r) || r.year === null)
      .map((r) => ({ documentId: r.documentId, file: r.file, kind: r.kind, department: r.department, year: r.year })),
  };
}

/**
 * A department's carry-over chain over the years it has rows for, every year between the first and
 * the last linked to the next: year N's 年末结转和结余 against N + 1's 年初结转和结余, with the
 * tolerance of the stated precision (the carryover.chain rule's comparison).
 */
export function carryoverChain(years: readonly CompareRow[], reports: ReadonlyMap<number, ComparableReport>): ChainLink[] {
  if (!years.length) return [];
  const byYear = new Map(years.map((r) => [r.year, r]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const links: ChainLink[] = [];
  for (let year = first; year < last; year++) {
    const from = byYear.get(year) ?? null;
    const to = byYear.get(year + 1) ?? null;
    const link: ChainLink = {
      fromYear: year,
      toYear: year + 1,
      fromDocumentId: from?.documentId ?? null,
      toDocumentId: to?.documentId ?? null,
      carryoverEnd: from?.values.carryoverEnd ?? null,
      carryIn: to?.values.carryIn ?? null,
      difference: null,
      status: 'missing-report',
    };
    if (from && to) {
      const end = reports.get(from.documentId)?.figures['carryover.end'];
      const carryIn = reports.get(to.documentId)?.figures['income.carryIn'];
      const a = end && amountOf('carryover.end', end);
      const b = carryIn && amountOf('income.carryIn', carryIn);
      const cmp = a && b ? compareRepeats(a, [b]) : undefined;
      if (!cmp || link.carryoverEnd === null || link.carryIn === null) link.status = 'missing-figure';
      else {
        link.status = cmp.fires ? 'broken' : 'consistent';
        // written to the places the two figures are stated to ("60.00" − "50.00" = "-10.00")
        const places = Math.max(decimalsOf(link.carryIn), decimalsOf(link.carryoverEnd));
        link.difference = new Decimal(link.carryIn).minus(new Decimal(link.carryoverEnd)).toFixed(places);
      }
    }
    links.push(link);
  }
  return links;
}

/** A department (its exact name, trimmed) across the years: a row per year by the one-row rule, and its chain. */
export function departmentYears(reports: readonly ComparableReport[], department: string, kind?: ReportKind): DepartmentYears {
  const name = department.trim();
  const mine = reports.filter((r) => departmentOf(r) === name && (!kind || r.kind === kind));
  const years = groups(mine)
    .map(([winner, ...others]) => rowOf(winner, others))
    .sort((a, b) => a.year - b.year);
  const byId = new Map(mine.map((r) => [r.documentId, r]));
  return { department: name, rule: ONE_ROW_RULE, years, chain: carryoverChain(years, byId) };
}

/** A row as downloaded: every column of COMPARE_COLUMNS; the corrected columns named in the header language. */
export function exportRowOf(row: CompareRow, lang: 'zh' | 'en' = 'zh'): CompareExportRow {
  const v = row.values;
  const name = (f: CompareFigure): string => (lang === 'zh' ? COMPARE_FIGURES[f].zh : COMPARE_FIGURES[f].en);
  const corrected = row.corrected.map(name);
  if (row.executionRateComputed) corrected.push(lang === 'zh' ? `${name('executionRate')}(计算)` : `${name('executionRate')} (computed)`);
  return {
    department: row.department,
    year: row.year,
    report_kind: row.kind,
    budget: v.budget,
    executed: v.executed,
    execution_rate: v.executionRate,
    basic: v.basic,
    project: v.project,
    personnel: v.personnel,
    public_use: v.publicUse,
    three_public: v.threePublic,
    score: v.score,
    grade: v.grade,
    open_error: row.open.error,
    open_warning: row.open.warning,
    open_info: row.open.info,
    corrected: corrected.join('; '),
    other_reports: row.others.map((o) => String(o.documentId)).join('; '),
    document_id: row.documentId,
    file: row.file,
  };
}
