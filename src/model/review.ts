import { z } from 'zod';
import { BBox } from './document.ts';
import { Discrepancy, Evidence, Indicator, PerformanceTarget, ReportKind, Severity, TaskLine, Unit } from './record.ts';

/**
 * Review: the queue of discrepancies, the three decisions and the audit. One set of schemas for
 * the `review` command, the HTTP API (and so its OpenAPI document) and the web app.
 */

export const ReviewStatus = z.enum(['open', 'extraction-error', 'genuine', 'acceptable']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

const Why = z.string().trim().min(1).max(2000);

/**
 * What a reviewer says of a discrepancy:
 * - extraction-error: the pipeline read the wrong number; `value` is the right one for figure `key`
 *   (default: the only figure involved), in `unit` (default: the figure's). The original reading is kept.
 * - genuine: the report itself is inconsistent; it goes on the department's problem list.
 * - acceptable: explained (a different scope, say); closed with the reason.
 */
export const Decision = z.discriminatedUnion('as', [
  z.object({
    as: z.literal('extraction-error'),
    value: z.string().trim().min(1).max(100),
    key: z.string().min(1).max(100).optional(),
    unit: Unit.optional(),
    why: Why.optional(),
  }),
  z.object({ as: z.literal('genuine'), why: Why.optional() }),
  z.object({ as: z.literal('acceptable'), why: Why }),
]);
export type Decision = z.infer<typeof Decision>;

export const QueueFilter = z.object({
  batch: z.coerce.number().int().positive().optional(),
  document: z.coerce.number().int().positive().optional(),
  department: z.string().max(200).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  rule: z.string().max(100).optional(),
  severity: Severity.optional(),
  /** Default: open. `all` for every status. */
  status: z.enum([...ReviewStatus.options, 'all']).optional(),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

/** Where a figure stands on a PDF page: [x0, y0, x1, y1] in PDF units, origin bottom left. */
export const PageBox = z.object({ page: z.number().int().positive(), bbox: BBox });
export type PageBox = z.infer<typeof PageBox>;

export const QueueItem = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  file: z.string(),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  rule: z.string(),
  /** What the rule checked (a task, an item, a key); empty for whole-report rules. */
  subject: z.string(),
  severity: Severity,
  status: ReviewStatus,
  note: z.string().nullable(),
  discrepancy: Discrepancy,
});
export type QueueItem = z.infer<typeof QueueItem>;

const Counts = z.record(z.string(), z.number().int());

export const Queue = z.object({
  items: z.array(QueueItem),
  /** Per facet, how many discrepancies each value has under the other filters. */
  counts: z.object({ status: Counts, rule: Counts, severity: Counts, department: Counts, year: Counts }),
});
export type Queue = z.infer<typeof Queue>;

export const AuditEntry = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  createdAt: z.string(),
  who: z.string(),
  why: z.string(),
  targetKind: z.string(),
  target: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const InvolvedFigureView = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string(),
  unit: Unit,
  evidence: Evidence.nullable(),
  /** On a PDF page, where the figure's paragraph or table cell is. */
  box: PageBox.nullable(),
  /** Every statement of this figure's key in the report: the right value is often another mention. */
  mentions: z.array(z.object({ value: z.string(), unit: Unit, page: z.number().int().nullable(), snippet: z.string() })),
});

export const DiscrepancyDetail = z.object({
  item: QueueItem,
  figures: z.array(InvolvedFigureView),
  format: z.string().nullable(),
  audit: z.array(AuditEntry),
});
export type DiscrepancyDetail = z.infer<typeof DiscrepancyDetail>;

export const DecisionResult = z.object({
  /** The decision's audit entry; `review undo` / the Undo button reverse it by a new entry. */
  entry: AuditEntry,
  /** The figure correction an extraction-error decision made. */
  correction: AuditEntry.nullable(),
  /** The discrepancy after the decision; null when a correction made it go away. */
  item: QueueItem.nullable(),
});
export type DecisionResult = z.infer<typeof DecisionResult>;

export const FigureCorrectionRequest = z.object({
  key: z.string().min(1).max(100),
  value: z.string().trim().min(1).max(100),
  unit: Unit.optional(),
  why: Why,
});
export type FigureCorrectionRequest = z.infer<typeof FigureCorrectionRequest>;

const FigureView = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string(),
  unit: Unit,
  yuan: z.string().nullable(),
  /** The figure as extracted, when a reviewer corrected it; null for a figure a reviewer added. */
  extracted: z.object({ value: z.string(), unit: Unit }).nullable(),
  corrected: z.boolean(),
  rule: z.string(),
  evidence: Evidence.nullable(),
  box: PageBox.nullable(),
  mentions: z.array(z.object({ value: z.string(), unit: Unit, evidence: Evidence, box: PageBox.nullable() })),
});

export const ReportView = z.object({
  documentId: z.number().int(),
  file: z.string(),
  format: z.string().nullable(),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: ReportKind,
  figures: z.array(FigureView),
  /** Keys of the vocabulary the report was expected to state and did not (as read). */
  missing: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Task lines, with reviewers' corrected values; `extracted` holds the reading when one was corrected. */
  tasks: z.array(
    TaskLine.extend({
      extracted: z.object({ budget: z.string().nullable(), executed: z.string().nullable(), rate: z.string().nullable() }).nullable(),
    }),
  ),
  /** Indicators and performance targets, with reviewers' corrected fields; `corrected` maps each corrected field to its reading. */
  indicators: z.array(Indicator.extend({ corrected: z.record(z.string(), z.string().nullable()) })),
  targets: z.array(PerformanceTarget.extend({ corrected: z.record(z.string(), z.string().nullable()) })),
  discrepancies: z.array(QueueItem),
  warnings: z.array(z.string()),
  audit: z.array(AuditEntry),
});
export type ReportView = z.infer<typeof ReportView>;

/** What people read: each rule, status and severity in Chinese and English. */
export const RULE_LABELS: { [rule: string]: { zh: string; en: string } } = {
  'sum.expenseBySource': { zh: '按资金来源的支出之和与总支出不符', en: 'expenditure by source does not add up' },
  'sum.expenseByNature': { zh: '基本支出与项目支出之和与总支出不符', en: 'basic + project expenditure does not add up' },
  'sum.income': { zh: '收入各项之和与收入合计不符', en: 'income parts do not add up' },
  balance: { zh: '收支不平衡', en: 'money available ≠ spent + carried over' },
  'rate.execution': { zh: '执行率与执行数/预算数不符', en: 'stated execution rate does not match' },
  'rate.task': { zh: '任务执行率不符', en: 'task execution rate does not match' },
  'sum.count': { zh: '项目个数之和不符', en: 'project counts do not add up' },
  'sum.amount': { zh: '金额之和不符', en: 'amounts do not add up' },
  'repeat.mismatch': { zh: '同一数字前后表述不一', en: 'the same figure stated two ways' },
  'carryover.chain': { zh: '上年年末结转与本年年初结转不符', en: 'carry-over chain broken across years' },
  'ocr.lowConfidence': { zh: '扫描件文字识别置信度低', en: 'figure read by OCR with low confidence' },
};

export const STATUS_LABELS: { [s in ReviewStatus]: { zh: string; en: string } } = {
  open: { zh: '待审核', en: 'open' },
  'extraction-error': { zh: '提取错误(已更正)', en: 'extraction error (corrected)' },
  genuine: { zh: '报告本身不一致', en: 'genuine inconsistency' },
  acceptable: { zh: '可接受', en: 'acceptable' },
};

export const SEVERITY_LABELS: { [s: string]: { zh: string; en: string } } = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export const TaskCorrectionRequest = z.object({
  task: z.string().min(1).max(500),
  field: z.enum(['budget', 'executed', 'rate']),
  value: z.string().trim().min(1).max(100),
  why: z.string().trim().min(1).max(2000),
});
export type TaskCorrectionRequest = z.infer<typeof TaskCorrectionRequest>;

/** The text fields of an indicator or a performance-target row a reviewer can correct. */
export const ROW_FIELDS = {
  indicator: ['level1', 'level2', 'name', 'target', 'unit', 'actual', 'weight', 'score'],
  target: ['task', 'goal', 'keyIndicators'],
} as const;

export const RowCorrectionRequest = z.object({
  kind: z.enum(['indicator', 'target']),
  /** 0-based position of the row in the report (as the report view lists them). */
  index: z.number().int().nonnegative(),
  field: z.string().min(1).max(40),
  value: z.string().trim().min(1).max(2000),
  why: z.string().trim().min(1).max(2000),
});
export type RowCorrectionRequest = z.infer<typeof RowCorrectionRequest>;
