/**
 * carryover.chain (across documents): a department's 年末结转和结余 of year N should reappear as
 * its 年初结转和结余 of year N + 1. Same department = the same name after trimming.
 */
import type { Discrepancy, Record } from '../../model/record.ts';
import { fig } from '../amounts.ts';
import { discrepancyBase } from '../build.ts';
import { compareRepeats } from '../tolerance.ts';

export function carryoverChain(records: Record[]): Discrepancy[] {
  const byDepartment = new Map<string, Record[]>();
  for (const r of records) {
    const dept = r.department?.trim();
    if (!dept || r.year === null || r.year === undefined) continue;
    const list = byDepartment.get(dept) ?? [];
    list.push(r);
    byDepartment.set(dept, list);
  }
  const out: Discrepancy[] = [];
  for (const list of byDepartment.values()) {
    const sorted = [...list].sort((a, b) => (a.year as number) - (b.year as number) || a.file.localeCompare(b.file));
    for (const prev of sorted) {
      const end = fig(prev, 'carryover.end');
      if (!end) continue;
      for (const next of sorted) {
        if (next.year !== (prev.year as number) + 1) continue;
        const carryIn = fig(next, 'income.carryIn');
        if (!carryIn) continue;
        const cmp = compareRepeats(end, [carryIn]);
        if (!cmp?.fires) continue;
        const base = discrepancyBase(
          cmp,
          [end, carryIn],
          {
            zh: `${prev.year}年${end.label}与${next.year}年${carryIn.label}不一致`,
            en: `the ${end.labelEn} of ${prev.year} (${prev.file}) is not the ${carryIn.labelEn} of ${next.year} (${next.file})`,
          },
          undefined,
        );
        out.push({ rule: 'carryover.chain', previous: { file: prev.file, year: prev.year as number }, ...base });
      }
    }
  }
  return out;
}
