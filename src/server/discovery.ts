/**
 * The embedded store and the server together. PGlite is one process's database: while
 * `budgetlens serve` holds a data directory, another process cannot open it. So `serve` leaves a
 * note in the data directory (`serve.json`: its URL and process id), and a command that finds the
 * note and a server answering for that directory goes through the server's API instead of opening
 * the store. With DATABASE_URL (PostgreSQL) every process opens the store itself.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ReviewDesk } from '../review/desk.ts';
import { DEFAULT_DATA_DIR, Store, storeOptionsFromEnv } from '../store/index.ts';
import { ApiClient, httpDesk } from './client.ts';

export const NOTE_FILE = 'serve.json';

export interface ServerNote {
  url: string;
  pid: number;
  dataDir: string;
}

export function dataDirOf(program: Command): string {
  return resolve(program.opts<{ data?: string }>().data || process.env.BUDGETLENS_DATA || DEFAULT_DATA_DIR);
}

export function writeNote(dataDir: string, note: ServerNote): void {
  writeFileSync(join(dataDir, NOTE_FILE), `${JSON.stringify(note)}\n`, { mode: 0o600 });
}

export function removeNote(dataDir: string, pid = process.pid): void {
  const note = readNote(dataDir);
  if (note?.pid === pid) rmSync(join(dataDir, NOTE_FILE), { force: true });
}

function readNote(dataDir: string): ServerNote | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, NOTE_FILE), 'utf8')) as ServerNote;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The running server that holds this embedded data directory, if any: its note names a live
 * process, and the server answers for the same directory.
 */
export async function runningServer(program: Command): Promise<ApiClient | null> {
  if (storeOptionsFromEnv().databaseUrl) return null;
  const dataDir = dataDirOf(program);
  const note = readNote(dataDir);
  if (!note || !alive(note.pid)) return null;
  const client = new ApiClient(note.url, process.env.BUDGETLENS_TOKEN);
  const health = await client.health().catch(() => null);
  return health?.dataDir && resolve(health.dataDir) === dataDir ? client : null;
}

/** The review desk: through the running server when it holds the embedded store, else on the store. */
export async function deskFor(program: Command): Promise<ReviewDesk> {
  const server = await runningServer(program);
  if (server) return httpDesk(server);
  const store = await Store.open({ ...storeOptionsFromEnv(), dataDir: dataDirOf(program) });
  // loaded here: the desk on the store brings the whole reader (reprocessing), which a command
  // going through a running server, or only asking for the status, does not need
  const { storeDesk } = await import('../review/desk.ts');
  return storeDesk(store, { closeStore: true });
}
