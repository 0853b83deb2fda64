/**
 * The stored reports as the comparison reads them, on both backends (PGlite and PostgreSQL in a
 * throwaway schema): the reviewers' corrections applied and marked, the latest audit entry of each
 * document, the name it was ingested under.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { compareView } from '../../src/compare/index.ts';
import { comparableReports } from '../../src/compare/source.ts';
import { Store, type StoreOptions } from '../../src/store/index.ts';
import { PG_URL, pgAnswers, whenMissing } from '../services.ts';
import { DEPARTMENT, YEARS, ingest, reportFile } from './helpers.ts';

const pgUp = await pgAnswers(PG_URL);
whenMissing(
  pgUp ? [] : ['PostgreSQL not reachable at 127.0.0.1:5432 (set DATABASE_URL or start it)'],
  'comparison on postgres',
  'needs a reachable PostgreSQL',
  'the PostgreSQL half of the comparison store tests',
);

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const backends: { name: string; available: boolean; place(): Promise<{ options: StoreOptions; drop(): Promise<void> }> }[] = [
  {
    name: 'pglite',
    available: true,
    async place() {
      const dir = mkdtempSync(join(tmpdir(), 'budgetlens-compare-source-'));
      return { options: { dataDir: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    available: pgUp,
    async place() {
      const schema = `budgetlens_compare_${process.pid}_${randomBytes(4).toString('hex')}`;
      await admin(`CREATE SCHEMA ${schema}`);
      const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      return { options: { databaseUrl: url }, drop: () => admin(`DROP SCHEMA ${schema} CASCADE`) };
    },
  },
];

for (const backend of backends) {
  describe.skipIf(!backend.available)(`comparable reports on ${backend.name}`, () => {
    it('applies corrections, knows the latest audit entry per document, and the one-row rule follows it', async () => {
      const place = await backend.place();
      const store = await Store.open(place.options);
      try {
        const first = reportFile({ ...YEARS[1], version: 'v1' });
        const second = reportFile({ ...YEARS[1], budget: '1200.00', version: 'v2' });
        const ids = await ingest(store, [reportFile(YEARS[0]), first]);
        for (const [k, v] of await ingest(store, [second], 'again')) ids.set(k, v);

        let reports = await comparableReports(store);
        expect(reports.map((r) => [r.file, r.department, r.year, r.lastAuditId])).toEqual([
          [`${DEPARTMENT}/2021.md`, DEPARTMENT, 2021, null],
          [first.file, DEPARTMENT, 2022, null],
          [second.file, DEPARTMENT, 2022, null],
        ]);
        expect(reports[1].figures['budget.total']).toEqual({ value: '1150.00', unit: '万元', corrected: false });
        expect(compareView(reports, { year: 2022 }).rows.map((r) => r.documentId)).toEqual([ids.get(second.file)]);

        // a reviewer corrects the first 2022 report: an audit entry, so it is now the reviewed one
        const firstId = ids.get(first.file)!;
        await store.correctFigure(firstId, 'budget.total', { value: '1160.00', unit: '万元' }, { who: '审核员', why: '核对' });
        reports = await comparableReports(store);
        const corrected = reports.find((r) => r.documentId === firstId)!;
        expect(corrected.figures['budget.total']).toEqual({ value: '1160.00', unit: '万元', corrected: true });
        expect(corrected.lastAuditId).not.toBeNull();
        const audits = await store.latestAuditIds();
        expect(audits.get(firstId)).toBe(corrected.lastAuditId);
        expect(audits.has(ids.get(second.file)!)).toBe(false);

        const [row] = compareView(reports, { year: 2022 }).rows;
        expect(row).toMatchObject({ documentId: firstId, reviewed: true, corrected: ['budget'] });
        expect(row.values.budget).toBe('1160.00');
        expect(row.others.map((o) => o.documentId)).toEqual([ids.get(second.file)]);
      } finally {
        await store.close();
        await place.drop();
      }
    }, 120_000);
  });
}
