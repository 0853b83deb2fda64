import { z } from 'zod';
import { KEYS, type KeyInfo } from './keys.ts';
import { DecimalString, ReportKind, Severity, Unit } from './record.ts';

/**
 * The rows of the exports, one schema per table. The CSV header, the XLSX columns and their cell
 * types all come from these shapes: a column added here appears in every format.
 *
 * Column metadata `cell` says how a spreadsheet should hold the value:
 * - `decimal`: an exact decimal written as text; a number with a 2-decimal format in XLSX
 * - `integer`: a whole number (year, page, counts)
 * - `auto`: a number when the text is one ("7143.45"), text otherwise ("优")
 * - text otherwise
 */
export type CellKind = 'decimal' | 'integer' | 'auto' | 'text';

const decimal = () => DecimalString.nullable().meta({ cell: 'decimal' });
const integer = () => z.number().int().nullable().meta({ cell: 'integer' });
const auto = () => z.string().nullable().meta({ cell: 'auto' });

/** A reviewer's correction of a figure, as kept in the corrections audit (target_kind 'figure', target = key). */
export const FigureCorrection = z.object({
  value: z.string().min(1),
  unit: Unit,
});
export type FigureCorrection = z.infer<typeof FigureCorrection>;

export const FigureStatus = z.enum(['extracted', 'corrected']);

/** `--shape long`: one row per figure of a report. */
export const FigureExportRow = z.object({
  /** The stored document (`budgetlens review`, the web app's report view). */
  document_id: z.number().int().meta({ cell: 'integer' }),
  department: z.string().nullable(),
  year: integer(),
  report_kind: ReportKind,
  key: z.string(),
  label_zh: z.string(),
  /** As written in the report (normalized digits), or as the reviewer corrected it. */
  value: auto(),
  unit: Unit,
  /** Money in 元, exact; empty for rates, points, counts and grades. */
  value_yuan: decimal(),
  review_status: FigureStatus,
  file: z.string(),
  page: integer(),
  evidence: z.string(),
});
export type FigureExportRow = z.infer<typeof FigureExportRow>;

/** The unit a key's column holds in the wide table: money in 万元, rates in %. */
export function wideUnit(info: KeyInfo): string {
  return { money: '万元', percent: '%', points: '分', count: '个', grade: '' }[info.kind];
}

/** The wide table's column name of a key: the key, with its unit in brackets ("budget.total[万元]"). */
export function wideColumn(key: string): string {
  const unit = wideUnit(KEYS[key]);
  return unit ? `${key}[${unit}]` : key;
}

/** `--shape wide`: one row per report, one column per canonical key, the open discrepancies by severity. */
export const ReportExportRow = z.object({
  document_id: z.number().int().meta({ cell: 'integer' }),
  department: z.string().nullable(),
  year: integer(),
  report_kind: ReportKind,
  file: z.string(),
  ...Object.fromEntries(Object.entries(KEYS).map(([key, info]) => [wideColumn(key), info.kind === 'grade' ? z.string().nullable() : decimal()])),
  open_error: z.number().int().meta({ cell: 'integer' }),
  open_warning: z.number().int().meta({ cell: 'integer' }),
  open_info: z.number().int().meta({ cell: 'integer' }),
  /** Other names the same file was given (duplicates: one report, every name kept), "; " between them. */
  also_named: z.string(),
});
export type ReportExportRow = z.infer<typeof ReportExportRow>;

/** `--what discrepancies`: the problem list to send back to departments. */
export const DiscrepancyExportRow = z.object({
  /** What `budgetlens review show ID` and the web app name it by; stable across corrections and reprocessing. */
  discrepancy_id: z.number().int().meta({ cell: 'integer' }),
  document_id: z.number().int().meta({ cell: 'integer' }),
  department: z.string().nullable(),
  year: integer(),
  file: z.string(),
  rule: z.string(),
  /** What the rule checked: a task, a “三公” item, a figure key; empty for whole-report rules. */
  subject: z.string(),
  severity: Severity,
  message_zh: z.string(),
  message_en: z.string(),
  arithmetic: z.string(),
  expected: auto(),
  actual: auto(),
  difference: auto(),
  unit: Unit,
  /** Each figure involved: label, value and unit, page, and the report's own words. */
  evidence: z.string(),
  review_status: z.string(),
  reviewer_note: z.string().nullable(),
});
export type DiscrepancyExportRow = z.infer<typeof DiscrepancyExportRow>;

export interface Column {
  name: string;
  cell: CellKind;
}

/** The columns of a row schema, in order, with their cell kinds. */
export function columnsOf(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const cell = (field as z.ZodType).meta()?.cell;
    return { name, cell: cell === 'decimal' || cell === 'integer' || cell === 'auto' ? cell : 'text' };
  });
}
