/**
 * Does export memory stay flat? A store is filled with 2,000 reports of 50 figures each (100,000
 * figure rows), then each export runs as its own `budgetlens export` process twice: once filtered
 * to one year of 20 reports (1,000 figure rows, the baseline) and once over everything. It prints
 * each process's peak RSS and the ratio full / baseline: near 1 means memory does not grow with rows.
 *
 *   npx tsx bench/export.ts                 # embedded store (PGlite)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/export.ts
 *                                           # PostgreSQL: a throwaway schema, dropped afterwards
 */
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { KEYS } from '../src/model/keys.ts';
import type { Record } from '../src/model/record.ts';
import { processFile } from '../src/pipeline/index.ts';
import { Store } from '../src/store/index.ts';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 2000);
const FIGURES_PER_REPORT = 50;
const PER_YEAR = 20;
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'budgetlens-bench-export-'));

const pgUrl = process.env.BENCH_DATABASE_URL;
const rows = (n: number) => n.toLocaleString('en-US');
const schema = `bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = pgUrl
  ? `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  : undefined;
if (pgUrl) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query(`CREATE SCHEMA ${schema}`);
  await c.end();
}

/** A record shaped like the seed report's, with 50 figures and a department and year of its own. */
function syntheticRecord(base: Record, n: number): { record: Record; bytes: Uint8Array } {
  const bytes = Buffer.from(`synthetic report ${n}`);
  const keys = Object.keys(KEYS)
    .filter((k) => KEYS[k].kind === 'money')
    .slice(0, FIGURES_PER_REPORT);
  while (keys.length < FIGURES_PER_REPORT) keys.push(`bench.extra${keys.length}`);
  const evidence = Object.values(base.figures)[0].evidence;
  const figures = Object.fromEntries(
    keys.map((key, i) => {
      const value = `${(n * 37 + i * 1013) % 100000}.${String((n + i) % 100).padStart(2, '0')}`;
      const m = {
        value,
        unit: '万元' as const,
        yuan: `${BigInt(value.replace('.', '')) * 100n}`,
        rule: 'bench',
        section: '概况',
        evidence,
      };
      return [key, { ...m, key, mentions: [m] }];
    }),
  );
  const record: Record = {
    ...base,
    file: `report-${n}.md`,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    department: `部门${n % PER_YEAR}`,
    year: 2000 + Math.floor(n / PER_YEAR),
    figures,
  };
  return { record, bytes };
}

async function fill() {
  const outcome = await processFile(join(root, 'fixtures/seed/qiaozhong-2023.received.md'));
  if (!outcome.ok) throw new Error(outcome.error.reason);
  const store = await Store.open(databaseUrl ? { databaseUrl } : { dataDir: join(work, 'data') });
  const batch = await store.createBatch('bench');
  const t0 = performance.now();
  for (let n = 0; n < REPORTS; n++) {
    const { record, bytes } = syntheticRecord(outcome.record, n);
    const { documentId } = await store.addDocument(batch.id, { sha256: record.sha256, file: record.file, bytes });
    await store.saveResult(documentId, record);
  }
  await store.close();
  console.log(
    `filled ${store.backend}: ${REPORTS} reports × ${FIGURES_PER_REPORT} figures = ${REPORTS * FIGURES_PER_REPORT} figure rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

/** Runs `budgetlens export …` as its own process; its peak RSS comes back from an exit hook. */
function exportRun(args: string[]): Promise<{ rssMb: number; seconds: number; bytes: number }> {
  const out = join(work, 'out');
  const hook = join(work, 'rss-hook.mjs');
  writeFileSync(hook, `process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'));\n`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
    const child = spawn(
      'node',
      [...flags, '--import', hook, join(root, 'bin/budgetlens.mjs'), '--data', join(work, 'data'), 'export', ...args, '--out', out],
      {
        env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => {
      const kb = /maxrss (\d+)/.exec(stderr);
      if (code !== 0 || !kb) return reject(new Error(`export ${args.join(' ')} failed (${code}): ${stderr}`));
      resolve({ rssMb: Number(kb[1]) / 1024, seconds: (performance.now() - t0) / 1000, bytes: statSync(out).size });
    });
  });
}

try {
  await fill();
  if (process.env.BENCH_FILL_ONLY) throw new Error('BENCH_FILL_ONLY: filled, not measured');
  const cases: [string, string[]][] = [
    ['csv long', ['--format', 'csv']],
    ['csv wide', ['--format', 'csv', '--shape', 'wide']],
    ['csv discrepancies', ['--format', 'csv', '--what', 'discrepancies']],
    ['xlsx (3 sheets)', ['--format', 'xlsx']],
    ['jsonl', ['--format', 'jsonl']],
  ];
  const header = (n: number) => `${rows(n)} figure rows`;
  console.log(
    `${'export'.padEnd(20)}${header(PER_YEAR * FIGURES_PER_REPORT).padStart(32)}   ${header(REPORTS * FIGURES_PER_REPORT).padStart(32)}   peak RSS full / baseline`,
  );
  for (const [name, args] of cases) {
    const base = await exportRun([...args, '--year', '2000']);
    const full = await exportRun(args);
    const fmt = (r: { rssMb: number; seconds: number; bytes: number }) =>
      `${r.rssMb.toFixed(0).padStart(5)} MB ${r.seconds.toFixed(1).padStart(5)} s ${(r.bytes / 1e6).toFixed(1).padStart(6)} MB out`;
    console.log(`${name.padEnd(20)}${fmt(base).padStart(32)}   ${fmt(full).padStart(32)}   ${(full.rssMb / base.rssMb).toFixed(2)}`);
  }
} finally {
  if (process.env.BENCH_KEEP) {
    console.log(`kept: --data ${join(work, 'data')}${databaseUrl ? ` DATABASE_URL='${databaseUrl}'` : ''}`);
  } else {
    rmSync(work, { recursive: true, force: true });
  }
  if (pgUrl && !process.env.BENCH_KEEP) {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  }
}
