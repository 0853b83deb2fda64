/**
 * The three tables of the exports, as pure functions of one stored report: the long table of
 * figures, the wide row of a report, and its problem list. Formats (CSV, XLSX) only write rows.
 */
import { convertMoney, isMoneyUnit, toYuan } from '../model/money.ts';
import type { DiscrepancyExportRow, FigureExportRow, ReportExportRow } from '../model/export.ts';
import { wideColumn } from '../model/export.ts';
import { KEYS, labelOf } from '../model/keys.ts';
import { isDecimal, type Discrepancy, type Unit } from '../model/record.ts';
import type { ReportBundle, StoredFigure } from '../store/bundles.ts';

interface EffectiveFigure {
  key: string;
  value: string;
  unit: Unit;
  yuan: string | null;
  corrected: boolean;
  source: StoredFigure | null;
}

/**
 * The figures a reader should see: each extracted figure, replaced by the reviewer's latest
 * correction where there is one, then figures a reviewer added that extraction missed.
 */
export function effectiveFigures(b: ReportBundle): EffectiveFigure[] {
  const out: EffectiveFigure[] = [];
  const seen = new Set<string>();
  const corrected = (key: string, source: StoredFigure | null): EffectiveFigure | null => {
    const c = b.figureCorrections.get(key);
    return c ? { key, value: c.value, unit: c.unit, yuan: toYuan(c.value, c.unit), corrected: true, source } : null;
  };
  for (const f of b.figures) {
    seen.add(f.key);
    out.push(corrected(f.key, f) ?? { key: f.key, value: f.value, unit: f.unit as Unit, yuan: f.yuan, corrected: false, source: f });
  }
  for (const [key, c] of b.figureCorrections) {
    if (!seen.has(key)) out.push({ key, value: c.value, unit: c.unit, yuan: toYuan(c.value, c.unit), corrected: true, source: null });
  }
  return out;
}

export function figureRows(b: ReportBundle): FigureExportRow[] {
  const { report } = b;
  return effectiveFigures(b).map((f) => ({
    document_id: report.documentId,
    department: report.department,
    year: report.year,
    report_kind: report.kind,
    key: f.key,
    label_zh: labelOf(f.key),
    value: f.value,
    unit: f.unit,
    value_yuan: f.yuan,
    review_status: f.corrected ? 'corrected' : 'extracted',
    file: report.file,
    page: f.source?.page ?? null,
    evidence: f.source?.snippet ?? '',
  }));
}

/** A figure in the unit of its wide column: money in 万元, the rest as stated. */
function wideValue(f: EffectiveFigure): string | null {
  const info = KEYS[f.key];
  if (info.kind === 'money') return isMoneyUnit(f.unit) ? convertMoney(f.value, f.unit, '万元') : null;
  if (info.kind === 'grade') return f.value;
  return isDecimal(f.value) ? f.value : null;
}

export function reportRow(b: ReportBundle): ReportExportRow {
  const { report } = b;
  const row: { [column: string]: unknown } = {
    document_id: report.documentId,
    department: report.department,
    year: report.year,
    report_kind: report.kind,
    file: report.file,
  };
  for (const key of Object.keys(KEYS)) row[wideColumn(key)] = null;
  for (const f of effectiveFigures(b)) if (f.key in KEYS) row[wideColumn(f.key)] = wideValue(f);
  const open = { error: 0, warning: 0, info: 0 };
  for (const d of b.discrepancies) if (d.reviewStatus === 'open') open[d.discrepancy.severity]++;
  row.open_error = open.error;
  row.open_warning = open.warning;
  row.open_info = open.info;
  row.also_named = (report.otherNames ?? []).join('; ');
  return row as ReportExportRow;
}

/** What a discrepancy is about, beyond its rule. */
export function subjectOf(d: Discrepancy): string {
  switch (d.rule) {
    case 'rate.execution':
    case 'sum.count':
    case 'sum.amount':
      return d.subject;
    case 'rate.task':
      return d.task;
    case 'repeat.mismatch':
    case 'ocr.lowConfidence':
      return d.key;
    case 'carryover.chain':
      return `${d.previous.file} (${d.previous.year})`;
    default:
      return '';
  }
}

/** "全年预算数 7143.45万元（第3页）：全年预算数7143.45万元" per involved figure, a line each (in Chinese, as the words are). */
function evidenceText(d: Discrepancy): string {
  return d.figures
    .map((f) => {
      const ocr = f.evidence?.ocr ? `，识别置信度 ${f.evidence.ocr.confidence}` : '';
      const where = f.evidence?.page ? `（第${f.evidence.page}页${ocr}）` : '';
      const words = f.evidence ? `：${f.evidence.snippet}` : '';
      return `${f.label} ${f.value}${f.unit}${where}${words}`;
    })
    .join('\n');
}

export function discrepancyRows(b: ReportBundle): DiscrepancyExportRow[] {
  const { report } = b;
  return b.discrepancies.map(({ id, discrepancy: d, reviewStatus, reviewerNote }) => ({
    discrepancy_id: id,
    document_id: report.documentId,
    department: report.department,
    year: report.year,
    file: report.file,
    rule: d.rule,
    subject: subjectOf(d),
    severity: d.severity,
    message_zh: d.message.zh,
    message_en: d.message.en,
    arithmetic: d.arithmetic,
    expected: d.expected,
    actual: d.actual,
    difference: d.difference,
    unit: d.unit,
    evidence: evidenceText(d),
    review_status: reviewStatus,
    reviewer_note: reviewerNote,
  }));
}
