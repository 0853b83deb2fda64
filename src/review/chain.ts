/**
 * Cross-year discrepancies (carryover.chain) kept in the store: each on the later report, naming
 * the earlier one, so that it is in the review queue, the exports and the report view like any
 * other. Checked on the reviewers' corrected figures.
 */
import type { Discrepancy, Record } from '../model/record.ts';
import { reconcileChain } from '../reconcile/index.ts';
import type { Correction, Store } from '../store/index.ts';
import { latestFigureCorrections, withCorrections } from './corrections.ts';

/** The record a chain discrepancy belongs to: the department's report of the next year whose carry-in it cites. */
function laterRecordOf(d: Extract<Discrepancy, { rule: 'carryover.chain' }>, records: Record[]): Record | undefined {
  const previous = records.find((r) => r.file === d.previous.file && r.year === d.previous.year);
  const department = previous?.department?.trim();
  const carryIn = d.figures.find((f) => f.key === 'income.carryIn');
  return (
    records.find(
      (r) =>
        r.year === d.previous.year + 1 &&
        r.department?.trim() === department &&
        (!carryIn?.evidence ||
          (r.figures['income.carryIn']?.evidence.blockId === carryIn.evidence.blockId &&
            r.figures['income.carryIn']?.value === carryIn.value)),
    ) ?? records.find((r) => r.year === d.previous.year + 1 && r.department?.trim() === department)
  );
}

/**
 * Checks the chain across every stored year of these departments (exact names) and stores the
 * result on each report: new discrepancies added, ones that no longer hold removed, decisions kept.
 */
export async function refreshChains(store: Store, departments: string[]): Promise<Discrepancy[]> {
  if (!departments.length) return reconcileChain([]);
  // a few queries for the whole batch, not a few per report: finishing a batch of 20 tiny reports
  // took 0.7 s of round trips, as long as reading them
  const order = new Map(departments.map((d, i) => [d, i]));
  const records = (await store.listRecords({ departments }))
    .filter((r) => r.department !== null && order.has(r.department))
    // department by department, as they were given (a stable sort keeps each one's report order)
    .sort((a, b) => (order.get(a.department as string) as number) - (order.get(b.department as string) as number));
  const ids = await store.documentIdsBySha256(records.map((r) => r.sha256));
  const audit = new Map<number, Correction[]>();
  for (const c of await store.listCorrections({ documentIds: [...ids.values()] }))
    audit.set(c.documentId, [...(audit.get(c.documentId) ?? []), c]);
  const corrected = records.map((r) => {
    const documentId = ids.get(r.sha256);
    return documentId === undefined ? r : withCorrections(r, latestFigureCorrections(audit.get(documentId) ?? []));
  });
  const found = reconcileChain(corrected);
  const bySha = new Map<string, Discrepancy[]>(records.map((r) => [r.sha256, []]));
  for (const d of found) {
    if (d.rule !== 'carryover.chain') continue;
    const later = laterRecordOf(d, corrected);
    if (later) bySha.get(later.sha256)?.push(d); // every record's sha256 is a key
  }
  // a report with no chain discrepancy before or now has nothing to replace
  const holding = await store.documentsWithChainDiscrepancies([...ids.values()]);
  for (const [sha256, mine] of bySha) {
    const documentId = ids.get(sha256);
    if (documentId !== undefined && (mine.length || holding.has(documentId))) await store.replaceChainDiscrepancies(documentId, mine);
  }
  return found;
}
