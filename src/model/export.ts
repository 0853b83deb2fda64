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
type CellKind = 'decimal' | 'integer' | 'auto' | 'text';

/** Column metadata: how a spreadsheet holds it (`cell`) and its Chinese header (`zh`). */
const decimal = (zh: string) => DecimalString.nullable().meta({ cell: 'decimal', zh });
const integer = (zh: string) => z.number().int().nullable().meta({ cell: 'integer', zh });
const id = (zh: string) => z.number().int().meta({ cell: 'integer', zh });
const auto = (zh: string) => z.string().nullable().meta({ cell: 'auto', zh });
const text = (zh: string) => z.string().meta({ zh });
const textOrNull = (zh: string) => z.string().nullable().meta({ zh });

/** The header language of CSV and XLSX: Chinese for people (the default of `export` and the API), English (the field names) for tools. */
export const HeaderLanguage = z.enum(['zh', 'en']);
export type HeaderLanguage = z.infer<typeof HeaderLanguage>;

/** `report_kind` as a Chinese reader names it; the English value is the code itself. */
export const REPORT_KIND_ZH: { [k in z.infer<typeof ReportKind>]: string } = {
  'department-overall': '部门整体支出绩效自评',
  project: '项目支出绩效自评',
  'final-accounts': '部门决算说明',
  other: '其他',
};

/** A reviewer's correction of a figure, as kept in the corrections audit (target_kind 'figure', target = key). */
export const FigureCorrection = z.object({
  value: z.string().min(1),
  unit: Unit,
});
export type FigureCorrection = z.infer<typeof FigureCorrection>;

const FigureStatus = z.enum(['extracted', 'corrected']);

/** `--shape long`: one row per figure of a report. */
export const FigureExportRow = z.object({
  /** The stored document (`budgetlens review`, the web app's report view). */
  document_id: id('文档编号'),
  department: textOrNull('部门'),
  year: integer('年度'),
  report_kind: ReportKind.meta({ zh: '报告类型', zhValues: REPORT_KIND_ZH }),
  key: text('指标代码'),
  label_zh: text('指标名称'),
  /** As written in the report (normalized digits), or as the reviewer corrected it. */
  value: auto('数值'),
  unit: Unit.meta({ zh: '单位' }),
  /** Money in 元, exact; empty for rates, points, counts and grades. */
  value_yuan: decimal('金额(元)'),
  review_status: FigureStatus.meta({ zh: '审核状态' }),
  file: text('文件'),
  page: integer('页码'),
  evidence: text('原文'),
});
export type FigureExportRow = z.infer<typeof FigureExportRow>;

/** The unit a key's column holds in the wide table: money in 万元, rates in %. */
function wideUnit(info: KeyInfo): string {
  return { money: '万元', percent: '%', points: '分', count: '个', grade: '' }[info.kind];
}

/** The wide table's column name of a key: the key, with its unit in brackets ("budget.total[万元]"). */
export function wideColumn(key: string): string {
  const unit = wideUnit(KEYS[key]);
  return unit ? `${key}[${unit}]` : key;
}

/** Its Chinese header: the key's label, with the same unit ("全年预算数[万元]"). */
function wideColumnZh(key: string): string {
  const unit = wideUnit(KEYS[key]);
  return unit ? `${KEYS[key].zh}[${unit}]` : KEYS[key].zh;
}

/** `--shape wide`: one row per report, one column per canonical key, the open discrepancies by severity. */
export const ReportExportRow = z.object({
  document_id: id('文档编号'),
  department: textOrNull('部门'),
  year: integer('年度'),
  report_kind: ReportKind.meta({ zh: '报告类型', zhValues: REPORT_KIND_ZH }),
  file: text('文件'),
  ...Object.fromEntries(
    Object.entries(KEYS).map(([key, info]) => [
      wideColumn(key),
      info.kind === 'grade' ? textOrNull(wideColumnZh(key)) : decimal(wideColumnZh(key)),
    ]),
  ),
  open_error: id('待审核错误数'),
  open_warning: id('待审核警告数'),
  open_info: id('待审核提示数'),
  /** Other names the same file was given (duplicates: one report, every name kept), "; " between them. */
  also_named: text('同文件其他名称'),
});
export type ReportExportRow = z.infer<typeof ReportExportRow>;

/** `--what discrepancies`: the problem list to send back to departments. */
export const DiscrepancyExportRow = z.object({
  /** What `budgetlens review show ID` and the web app name it by; stable across corrections and reprocessing. */
  discrepancy_id: id('差异编号'),
  document_id: id('文档编号'),
  department: textOrNull('部门'),
  year: integer('年度'),
  file: text('文件'),
  rule: text('规则'),
  /** What the rule checked: a task, a “三公” item, a figure key; empty for whole-report rules. */
  subject: text('核对对象'),
  severity: Severity.meta({ zh: '严重程度' }),
  message_zh: text('说明'),
  message_en: text('说明(英文)'),
  arithmetic: text('算式'),
  expected: auto('计算值'),
  actual: auto('报告值'),
  difference: auto('差额'),
  unit: Unit.meta({ zh: '单位' }),
  /** Each figure involved: label, value and unit, page, and the report's own words. */
  evidence: text('依据(原文)'),
  review_status: text('审核状态'),
  reviewer_note: textOrNull('审核意见'),
});
export type DiscrepancyExportRow = z.infer<typeof DiscrepancyExportRow>;

export interface ExportColumn {
  /** The field of the row, and the English header. */
  name: string;
  cell: CellKind;
  /** The Chinese header. */
  zh?: string;
  /** Chinese names of the column's values (codes such as `department-overall`), when it has them. */
  zhValues?: { [value: string]: string };
}

/** The columns of a row schema, in order, with their cell kinds and Chinese headers. */
export function columnsOf(schema: z.ZodObject): ExportColumn[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const meta = (field as z.ZodType).meta() ?? {};
    const cell = meta.cell;
    const column: ExportColumn = { name, cell: cell === 'decimal' || cell === 'integer' || cell === 'auto' ? cell : 'text' };
    if (typeof meta.zh === 'string') column.zh = meta.zh;
    if (meta.zhValues && typeof meta.zhValues === 'object') column.zhValues = meta.zhValues as { [value: string]: string };
    return column;
  });
}

/** The columns as written in one header language: `name` is still the row's field, `header` what the reader sees. */
export function headed(columns: ExportColumn[], lang: HeaderLanguage): (ExportColumn & { header: string })[] {
  return columns.map((c) => ({ ...c, header: lang === 'zh' ? (c.zh ?? c.name) : c.name }));
}

/** A cell's value for readers of `lang`: a coded value (report_kind) named in Chinese. */
export function exportCellText(value: unknown, column: ExportColumn, lang: HeaderLanguage): unknown {
  if (lang !== 'zh' || !column.zhValues || typeof value !== 'string') return value;
  return column.zhValues[value] ?? value;
}
