/**
 * Versioned migrations: src/store/migrations/NNN_name.sql, applied in order on open, each in its own
 * transaction, recorded in schema_migrations with a checksum. Every step holds a transaction-scoped
 * advisory lock, so two processes opening the same database at once apply each migration exactly
 * once: the second waits for the first to commit, then finds the version already recorded.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db, Queryable } from './adapter.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** An arbitrary fixed key for pg_advisory_xact_lock ("budgetlens" in ASCII, trimmed to int4 range). */
const LOCK_KEY = 1651859316;

export type Migration = { version: number; name: string; sql: string; checksum: string };

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => {
      const m = /^(\d{3,})_([\w-]+)\.sql$/.exec(f);
      if (!m) throw new Error(`migration file name must be NNN_name.sql: ${f}`);
      const sql = readFileSync(`${dir}/${f}`, 'utf8');
      return { version: Number(m[1]), name: m[2], sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
  migrations.forEach((m, i) => {
    if (i > 0 && m.version === migrations[i - 1].version) throw new Error(`two migrations numbered ${m.version}`);
  });
  return migrations;
}

async function applied(tx: Queryable): Promise<Map<number, string>> {
  const rows = await tx.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations');
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

/** Applies the pending migrations; returns the versions this call applied. */
export async function migrate(db: Db, migrations = loadMigrations()): Promise<number[]> {
  const known = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version     integer PRIMARY KEY,
      name        text NOT NULL,
      checksum    text NOT NULL,
      applied_at  timestamptz NOT NULL DEFAULT now()
    )`);
    return applied(tx);
  });
  for (const m of migrations) {
    const sum = known.get(m.version);
    if (sum !== undefined && sum !== m.checksum) {
      throw new Error(`migration ${m.version}_${m.name} was changed after it was applied; add a new migration instead`);
    }
  }
  const done: number[] = [];
  for (const m of migrations) {
    if (known.has(m.version)) continue;
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      if ((await applied(tx)).has(m.version)) return false; // another process got there first
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
      return true;
    });
    if (ran) done.push(m.version);
  }
  return done;
}
