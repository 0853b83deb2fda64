/**
 * Cross-year discrepancies (carryover.chain) kept in the store: each on the later report, naming
 * the earlier one, so that it is in the review queue, the exports and the report view like any
 * other. Checked on the reviewers' corrected figures.
 */
import type { Discrepancy, Record } from '../model/record.ts';
import { reconcileChain } from '../reconcile/index.ts';
import type { Store } from '../store/index.ts';
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
  const records: Record[] = [];
  for (const department of departments)
    records.push(...(await store.listRecords({ department })).filter((r) => r.department === department));
  const ids = await store.documentIdsBySha256(records.map((r) => r.sha256));
  const corrected: Record[] = [];
  for (const r of records) {
    const documentId = ids.get(r.sha256);
    corrected.push(documentId === undefined ? r : withCorrections(r, latestFigureCorrections(await store.listCorrections({ documentId }))));
  }
  const found = reconcileChain(corrected);
  const bySha = new Map<string, Discrepancy[]>(records.map((r) => [r.sha256, []]));
  for (const d of found) {
    if (d.rule !== 'carryover.chain') continue;
    const later = laterRecordOf(d, corrected);
    if (later) bySha.get(later.sha256)?.push(d); // every record's sha256 is a key
  }
  for (const [sha256, mine] of bySha) {
    const documentId = ids.get(sha256);
    if (documentId !== undefined) await store.replaceChainDiscrepancies(documentId, mine);
  }
  return found;
}
