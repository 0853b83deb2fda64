/**
 * The two drivers behind one small interface. Everything above this file speaks one SQL dialect
 * (PostgreSQL's) and never knows whether it runs on a server (`pg`) or embedded (PGlite, WASM).
 *
 * Values crossing the interface: NUMERIC comes back as a string from both drivers (exact), jsonb as
 * parsed JSON, bytea as a Uint8Array (a Buffer from `pg`), timestamptz as a Date. int8 differs
 * (`pg` gives a string, PGlite a number): callers convert with Number().
 */
import { mkdirSync } from 'node:fs';

export type Row = { [column: string]: unknown };

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

export async function openPglite(dir: string): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dir, { recursive: true });
  const pglite = await PGlite.create(dir);
  const on = (q: { query: (sql: string, params?: any[]) => Promise<{ rows: unknown[] }>; exec: (sql: string) => Promise<unknown> }): Queryable => ({
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
    close: () => pglite.close(),
  };
}
