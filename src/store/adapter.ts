/**
 * The two drivers behind one small interface. Everything above this file speaks one SQL dialect
 * (PostgreSQL's) and never knows whether it runs on a server (`pg`) or embedded (PGlite, WASM).
 *
 * Values crossing the interface: NUMERIC comes back as a string from both drivers (exact), jsonb as
 * parsed JSON, bytea as a Uint8Array (a Buffer from `pg`), timestamptz as a Date. int8 differs
 * (`pg` gives a string, PGlite a number): callers convert with Number().
 */
import { mkdirSync } from 'node:fs';
import v8 from 'node:v8';
import { seedFromTemplate } from './template.ts';

type Row = { [column: string]: unknown };

export interface Queryable {
  /** One statement, $1… parameters. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openPostgres(connectionString: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10 });
  // an idle client losing its connection must not crash the process; the next query reconnects
  pool.on('error', () => {});
  const toPg = (params: readonly unknown[] = []) =>
    params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
  const on = (client: { query: (...a: any[]) => Promise<any> }): Queryable => ({
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      return (await client.query(sql, toPg(params))).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  const db: Db = {
    kind: 'postgres',
    ...on(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(on(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error; // the connection is unusable: destroy it rather than return it to the pool
        }
        throw e;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  await db.query('SELECT 1'); // fail at open, not at the first call, when the server is unreachable
  return db;
}

/** How long a second process waits for the embedded store before giving up. */
const PGLITE_LOCK_WAIT_MS = 15_000;
/**
 * After how long without a refresh the lock counts as left behind by a dead process (refreshed at a
 * quarter of it). The owner's event loop stays free to refresh it: documents are read in worker
 * threads. BUDGETLENS_LOCK_STALE_MS overrides it (at least 2 s), for tests of exactly that.
 */
const PGLITE_LOCK_STALE_MS = 20_000;

function lockStaleMs(): number {
  const v = Number(process.env.BUDGETLENS_LOCK_STALE_MS);
  return Number.isInteger(v) && v >= 2000 ? v : PGLITE_LOCK_STALE_MS;
}

/**
 * PGlite is a whole Postgres inside this process, over the files of `dir`: a second process opening
 * the same directory would write the same files with no coordination and corrupt them. A lock
 * (proper-lockfile: a `.lock` directory, refreshed while held, stale after a crash) keeps one
 * process at a time; the next one waits a little, then is told plainly. The lock is held and
 * refreshed by a thread of its own (workers/store-lock-thread.mjs): storing a large original blocks
 * this thread's event loop for seconds, and a lock refreshed from it went stale under a live owner.
 */
async function lockDataDir(dir: string, waitMs: number): Promise<() => Promise<void>> {
  const { Worker } = await import('node:worker_threads');
  const stale = lockStaleMs();
  const thread = new Worker(new URL('../../workers/store-lock-thread.mjs', import.meta.url), {
    workerData: { dir, stale, update: Math.max(1000, Math.floor(stale / 4)), waitMs },
  });
  type Reply = { locked?: true; released?: true; error?: string; code?: string; compromised?: string };
  const replies: Reply[] = [];
  const waiters: ((r: Reply) => void)[] = [];
  thread.on('message', (m: Reply) => {
    // a machine too busy to refresh the lock in time must not kill a long ingest
    if (m.compromised) return void process.emitWarning(`the lock of the embedded store ${dir} was compromised: ${m.compromised}`);
    const w = waiters.shift();
    if (w) w(m);
    else replies.push(m);
  });
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  const next = () =>
    new Promise<Reply>((resolve, reject) => {
      const r = replies.shift();
      if (r) return resolve(r);
      waiters.push(resolve);
      thread.once('error', reject);
    });
  const first = await next();
  if (!first.locked) {
    await thread.terminate();
    if (first.code === 'ELOCKED') {
      throw new Error(
        `the embedded store ${dir} is in use by another budgetlens process (waited ${Math.round(waitMs / 1000)} s); ` +
          'run the command when it has finished, or use PostgreSQL (DATABASE_URL) for concurrent access',
      );
    }
    throw new Error(`the embedded store ${dir} cannot be locked: ${first.error}`);
  }
  thread.unref(); // holding the lock must not keep a finished command alive
  return async () => {
    thread.ref(); // until the lock is released: an unreferenced thread lets the process end first
    thread.postMessage('release');
    await Promise.race([next(), exited]);
    await thread.terminate();
  };
}

/**
 * The options every embedded store is opened with (the build's template is made with them too).
 * @public scripts/build.mjs imports it from dist/, where knip does not look
 */
export const PGLITE_OPTIONS = { postgresqlconf: ['shared_buffers=16MB'] };

export async function openPglite(dir: string, options: { lockWaitMs?: number } = {}): Promise<Db> {
  // V8 compiles PGlite's 9 MB of WebAssembly twice, baseline then optimized in the background; the
  // second copy costs ~100 MB of RSS in every command (export of the embedded store: 270 → 167 MB)
  // and gains nothing measurable here (ingest of 11 reports: 10.4 s either way). Only WebAssembly
  // is affected, and PGlite is the only WebAssembly budgetlens runs on reports it accepts.
  v8.setFlagsFromString('--liftoff-only');
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dir, { recursive: true });
  const release = await lockDataDir(dir, options.lockWaitMs ?? PGLITE_LOCK_WAIT_MS);
  let pglite: InstanceType<typeof PGlite>;
  try {
    // a new store: a copy of the data directory initialised at build time, not initdb (template.ts)
    seedFromTemplate(dir);
    // Postgres's default 128 MB buffer pool is zeroed at every start: a command-line tool reading a
    // local store gains nothing from it and would pay ~130 MB of RSS and a second of start-up.
    pglite = await PGlite.create(dir, PGLITE_OPTIONS);
  } catch (e) {
    await release();
    throw e;
  }
  const on = (q: {
    query: (sql: string, params?: any[]) => Promise<{ rows: unknown[] }>;
    exec: (sql: string) => Promise<unknown>;
  }): Queryable => ({
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      return (await q.query(sql, params ? [...params] : undefined)).rows as T[];
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...on(pglite),
    // PGlite is one connection: its transaction() holds it exclusively until fn settles
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => pglite.transaction((tx) => fn(on(tx))),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        await release().catch(() => {});
      }
    },
  };
}
