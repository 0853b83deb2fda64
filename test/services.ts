/** The machine's real services, as integration tests reach them (never mocked). */
import { spawnSync } from 'node:child_process';
import pg from 'pg';

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

/** Whether a command is on PATH (LibreOffice's `soffice`, say). */
export function commandExists(command: string): boolean {
  const { status } = spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  return status === 0;
}
