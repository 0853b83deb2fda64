/**
 * The stored reports as the comparison reads them: each with its figures as a reader should see
 * them (the reviewers' latest corrections applied, as the exports show them), its open
 * discrepancies, the name it was ingested under and its latest audit entry.
 */
import { effectiveFigures } from '../export/shapes.ts';
import { ingestedNames } from '../export/index.ts';
import type { Unit } from '../model/record.ts';
import type { ReportFilter, Store } from '../store/index.ts';
import type { ComparableReport, EffectiveValue } from './index.ts';

export async function comparableReports(store: Store, filter: ReportFilter = {}): Promise<ComparableReport[]> {
  const names = await ingestedNames(store, filter);
  const audits = await store.latestAuditIds();
  const out: ComparableReport[] = [];
  for await (const b of store.streamBundles(filter)) {
    const figures: { [key: string]: EffectiveValue } = {};
    for (const f of effectiveFigures(b)) figures[f.key] = { value: f.value, unit: f.unit as Unit, corrected: f.corrected };
    const open = { error: 0, warning: 0, info: 0 };
    for (const d of b.discrepancies) if (d.reviewStatus === 'open') open[d.discrepancy.severity]++;
    out.push({
      documentId: b.report.documentId,
      file: names.get(b.report.documentId) ?? b.report.file,
      department: b.report.department,
      year: b.report.year,
      kind: b.report.kind,
      figures,
      open,
      lastAuditId: audits.get(b.report.documentId) ?? null,
    });
  }
  return out;
}
