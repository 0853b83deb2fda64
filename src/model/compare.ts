import { z } from 'zod';
import { DecimalString, ReportKind } from './record.ts';
import { REPORT_KIND_ZH } from './export.ts';

/**
 * The cross-department comparison: one row per department × year with the reviewed values, the
 * rankings and the carry-over chain of a department across years. One set of schemas for the
 * `compare` command, the HTTP API (and so its OpenAPI document), the web app and the download.
 *
 * Money is in 万元, rates in %, exact decimals written as text (never floats).
 */

/** The figures a row shows, each the value of one canonical key (money converted to 万元). */
export const COMPARE_FIGURES = {
  budget: { key: 'budget.total', zh: '全年预算数[万元]', en: 'budget [10k yuan]' },
  executed: { key: 'budget.executed', zh: '全年执行数[万元]', en: 'executed [10k yuan]' },
  executionRate: { key: 'budget.executionRate', zh: '预算执行率[%]', en: 'execution rate [%]' },
  basic: { key: 'expense.basic', zh: '基本支出[万元]', en: 'basic [10k yuan]' },
  project: { key: 'expense.project', zh: '项目支出[万元]', en: 'project [10k yuan]' },
  personnel: { key: 'expense.personnel', zh: '人员经费[万元]', en: 'personnel [10k yuan]' },
  publicUse: { key: 'expense.publicUse', zh: '公用经费[万元]', en: 'public use [10k yuan]' },
  threePublic: { key: 'threePublic.total', zh: '“三公”经费支出[万元]', en: '"three public" [10k yuan]' },
  score: { key: 'eval.score', zh: '自评得分', en: 'score' },
  grade: { key: 'eval.grade', zh: '评价等级', en: 'grade' },
  carryoverEnd: { key: 'carryover.end', zh: '年末结转和结余[万元]', en: 'year-end carry-over [10k yuan]' },
  carryIn: { key: 'income.carryIn', zh: '年初结转和结余[万元]', en: 'carry-in [10k yuan]' },
} as const;
export type CompareFigure = keyof typeof COMPARE_FIGURES;
export const COMPARE_FIGURE_NAMES = Object.keys(COMPARE_FIGURES) as CompareFigure[];

const Dec = DecimalString.nullable();

const OpenCounts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

/** Another report of the same department × year, not the one the row shows (reachable from the row). */
const OtherReport = z.object({
  documentId: z.number().int(),
  file: z.string(),
  kind: ReportKind,
  /** Has at least one entry in the audit (a decision or a correction). */
  reviewed: z.boolean(),
});

export const CompareRow = z.object({
  documentId: z.number().int(),
  file: z.string(),
  department: z.string(),
  year: z.number().int(),
  kind: ReportKind,
  values: z.object({
    budget: Dec,
    executed: Dec,
    executionRate: Dec,
    basic: Dec,
    project: Dec,
    personnel: Dec,
    publicUse: Dec,
    threePublic: Dec,
    score: Dec,
    grade: z.string().nullable(),
    carryoverEnd: Dec,
    carryIn: Dec,
  }),
  /** The figures of `values` a reviewer corrected: the row shows the corrected value, marked. */
  corrected: z.array(z.enum(COMPARE_FIGURE_NAMES as [CompareFigure, ...CompareFigure[]])),
  /** The report states no rate: `executionRate` is executed / budget × 100, to 2 places. */
  executionRateComputed: z.boolean(),
  /** Discrepancies not yet reviewed, by severity. */
  open: OpenCounts,
  reviewed: z.boolean(),
  /** The other reports of this department × year, by the one-row rule not shown. */
  others: z.array(OtherReport),
});
export type CompareRow = z.infer<typeof CompareRow>;

/** The measures a ranking can be made of. */
export const RankingMetric = z.enum(['executionRate', 'score', 'budget']);
export type RankingMetric = z.infer<typeof RankingMetric>;

const RankingEntry = z.object({
  documentId: z.number().int(),
  department: z.string(),
  year: z.number().int(),
  value: DecimalString,
  /** The department's budget (万元), for the size beside its rank. */
  budget: Dec,
});

/** Every row with a value of the metric, highest first; the median of those values. */
export const Ranking = z.object({
  metric: RankingMetric,
  median: Dec,
  entries: z.array(RankingEntry),
});
export type Ranking = z.infer<typeof Ranking>;

/** The columns of the table (and of its download), in their default order; picked by these names. */
export const COMPARE_COLUMNS = [
  'department',
  'year',
  'report_kind',
  'budget',
  'executed',
  'execution_rate',
  'basic',
  'project',
  'personnel',
  'public_use',
  'three_public',
  'score',
  'grade',
  'open_error',
  'open_warning',
  'open_info',
  'corrected',
  'other_reports',
  'document_id',
  'file',
] as const;
export const CompareColumn = z.enum(COMPARE_COLUMNS);
export type CompareColumn = z.infer<typeof CompareColumn>;

/** The table's sort keys: any column. */
const SortOrder = z.enum(['asc', 'desc']);

/** A comma-separated list of columns (`department,year,execution_rate`), in the order to show them. */
const ColumnList = z
  .string()
  .max(1000)
  .transform((s) =>
    s
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  )
  .pipe(z.array(CompareColumn).min(1));

export const CompareQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  /** A substring of the department's name as written. */
  department: z.string().max(200).optional(),
  kind: ReportKind.optional(),
  /** Only rows with discrepancies not yet reviewed. */
  open: z.enum(['true', 'false']).optional(),
  sort: CompareColumn.optional(),
  order: SortOrder.optional(),
});
export type CompareQuery = z.infer<typeof CompareQuery>;

export const CompareDownloadQuery = CompareQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  columns: ColumnList.optional().describe('the columns shown, comma-separated, in order (default: all)'),
  headers: z.enum(['zh', 'en']).default('zh'),
  bom: z.enum(['true', 'false']).default('true'),
});

const UnplacedReport = z.object({
  documentId: z.number().int(),
  file: z.string(),
  kind: ReportKind,
  department: z.string().nullable(),
  year: z.number().int().nullable(),
});

export const ONE_ROW_RULE = {
  zh: '同一部门同一年度有多份报告（重新上传、更正版）时只显示一行：已审核的报告优先，其中审核记录最新的一份胜出；都未审核时取最近导入的一份。其余报告可从该行“其他报告”打开。',
  en: 'Several reports of one department and year (a re-upload, a corrected version) show as one row: a reviewed report wins over an unreviewed one, the one with the latest audit entry first; when none is reviewed, the latest ingested. The others are reachable from the row’s “other reports”.',
};

export const CompareView = z.object({
  /** The one-row rule, as the page states it. */
  rule: z.object({ zh: z.string(), en: z.string() }),
  rows: z.array(CompareRow),
  rankings: z.object({ executionRate: Ranking, score: Ranking, budget: Ranking }),
  /** Every year and kind stored (for the filters), whatever the filter. */
  years: z.array(z.number().int()),
  kinds: z.array(ReportKind),
  /** Reports without a department or a year: they cannot be placed in a row. */
  unplaced: z.array(UnplacedReport),
});
export type CompareView = z.infer<typeof CompareView>;

/**
 * One link of a department's carry-over chain: year N's 年末结转和结余 should be year N + 1's
 * 年初结转和结余. `missing-report`: no report of one of the two years; `missing-figure`: a report
 * does not state its side.
 */
export const ChainLink = z.object({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  fromDocumentId: z.number().int().nullable(),
  toDocumentId: z.number().int().nullable(),
  carryoverEnd: Dec,
  carryIn: Dec,
  /** carry-in − carry-over, 万元. */
  difference: Dec,
  status: z.enum(['consistent', 'broken', 'missing-report', 'missing-figure']),
});
export type ChainLink = z.infer<typeof ChainLink>;

export const DepartmentYears = z.object({
  department: z.string(),
  rule: z.object({ zh: z.string(), en: z.string() }),
  /** One row per year (the one-row rule), oldest first. */
  years: z.array(CompareRow),
  chain: z.array(ChainLink),
});
export type DepartmentYears = z.infer<typeof DepartmentYears>;

// ── the download ────────────────────────────────────────────────────────────────────────────────

const decimal = (zh: string) => DecimalString.nullable().meta({ cell: 'decimal', zh });
const count = (zh: string) => z.number().int().meta({ cell: 'integer', zh });

/** A row of the table as downloaded (CSV, XLSX): the columns of COMPARE_COLUMNS with their Chinese headers. */
export const CompareExportRow = z.object({
  department: z.string().meta({ zh: '部门' }),
  year: z.number().int().meta({ cell: 'integer', zh: '年度' }),
  report_kind: ReportKind.meta({ zh: '报告类型', zhValues: REPORT_KIND_ZH }),
  budget: decimal(COMPARE_FIGURES.budget.zh),
  executed: decimal(COMPARE_FIGURES.executed.zh),
  execution_rate: decimal(COMPARE_FIGURES.executionRate.zh),
  basic: decimal(COMPARE_FIGURES.basic.zh),
  project: decimal(COMPARE_FIGURES.project.zh),
  personnel: decimal(COMPARE_FIGURES.personnel.zh),
  public_use: decimal(COMPARE_FIGURES.publicUse.zh),
  three_public: decimal(COMPARE_FIGURES.threePublic.zh),
  score: decimal(COMPARE_FIGURES.score.zh),
  grade: z.string().nullable().meta({ zh: COMPARE_FIGURES.grade.zh }),
  open_error: count('待审核错误数'),
  open_warning: count('待审核警告数'),
  open_info: count('待审核提示数'),
  /** The columns whose value a reviewer corrected (their names, "; " between them); "(计算)" marks a computed rate. */
  corrected: z.string().meta({ zh: '审核更正' }),
  /** The other reports of this department × year (document ids, "; " between them). */
  other_reports: z.string().meta({ zh: '同部门同年度其他报告' }),
  document_id: z.number().int().meta({ cell: 'integer', zh: '文档编号' }),
  file: z.string().meta({ zh: '文件' }),
});
export type CompareExportRow = z.infer<typeof CompareExportRow>;

/** The CompareRow field behind each value column of the table. */
export const COLUMN_FIGURE: { [c in CompareColumn]?: CompareFigure } = {
  budget: 'budget',
  executed: 'executed',
  execution_rate: 'executionRate',
  basic: 'basic',
  project: 'project',
  personnel: 'personnel',
  public_use: 'publicUse',
  three_public: 'threePublic',
  score: 'score',
  grade: 'grade',
};
