/** The machine's real services, as integration tests reach them (never mocked). */
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { describe, it } from 'vitest';

export const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answers at `url` within 3 s. */
export async function pgAnswers(url: string = PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `url` with its sessions on `schema` (a fresh schema per test file keeps their tables apart). */
export const withSearchPath = (url: string, schema: string): string =>
  `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

/** Runs one statement (CREATE SCHEMA, DROP SCHEMA) on the test database. */
export async function pgAdmin(sql: string, url: string = PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Whether a command is on PATH (LibreOffice's `soffice`, say). */
export function commandExists(command: string): boolean {
  const { status } = spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  return status === 0;
}

/**
 * What to do when a test file's services are missing (`missing`: one reason each, empty when all
 * are there): on a laptop, say which tests are skipped and why; with CI=true, fail a test named
 * `needs` under `suite`, since CI must not skip them.
 */
export function whenMissing(missing: string[], suite: string, needs: string, skipped: string): void {
  if (!missing.length) return;
  if (process.env.CI === 'true') {
    describe(suite, () => {
      it(`${needs} when CI=true`, () => {
        throw new Error(`${missing.join('; ')}; CI=true, so ${skipped} cannot be skipped`);
      });
    });
  } else {
    console.warn(`skipped: ${missing.join('; ')}`);
  }
}
