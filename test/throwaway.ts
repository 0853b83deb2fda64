/**
 * Throwaway Redis and PostgreSQL servers of a test's own, on free ports under a scratch directory,
 * for the fault tests that kill and restart them. The machine's shared servers (6379, 5432) are
 * never touched: other test runs use them at the same time.
 *
 * PostgreSQL refuses to run as root; as root, its commands run as the `postgres` user (runuser).
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandExists, pgAnswers } from './services.ts';
import { redisAnswers } from './queue/helpers.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** A scratch directory for the servers' files (BUDGETLENS_SCRATCH, or the system's temporary directory). */
function scratch(prefix: string): string {
  const base = process.env.BUDGETLENS_SCRATCH || tmpdir();
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, prefix));
}

/**
 * A redis-server of our own with an append-only file written on every command (appendfsync
 * always): what a deployment that must not lose its queue runs, so that a crash and a restart keep
 * every job.
 */
export class OwnRedis {
  readonly dir = scratch('budgetlens-redis-');
  private child?: ChildProcess;
  private constructor(readonly port: number) {}

  static missing(): string[] {
    return commandExists('redis-server') ? [] : ['redis-server is not installed (apt-get install redis-server)'];
  }

  static async start(): Promise<OwnRedis> {
    const r = new OwnRedis(await freePort());
    await r.restart();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Starts it (again), on the same port and files; resolves once it answers. */
  async restart(): Promise<void> {
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--daemonize',
      'no',
    ];
    this.child = spawn('redis-server', args, { stdio: 'ignore' });
    await until(`redis-server on ${this.port}`, 20_000, () => redisAnswers(this.url));
  }

  /** kill -9: a crash, nothing flushed beyond what the append-only file already has. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await gone;
  }

  async stop(): Promise<void> {
    await this.crash();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A PostgreSQL cluster of our own (initdb + pg_ctl), trust authentication, fsync off. */
export class OwnPostgres {
  readonly dir = scratch('budgetlens-pg-');
  private readonly data = join(this.dir, 'data');
  private constructor(readonly port: number) {}

  static missing(): string[] {
    return ['initdb', 'pg_ctl'].filter((c) => !commandExists(c)).map((c) => `${c} is not installed (PostgreSQL server binaries)`);
  }

  private run(command: string, args: string[]): string {
    const asRoot = process.getuid?.() === 0;
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  static async start(): Promise<OwnPostgres> {
    const pg = new OwnPostgres(await freePort());
    if (process.getuid?.() === 0) {
      const { status } = spawnSync('id', ['postgres'], { stdio: 'ignore' });
      if (status !== 0) throw new Error('running as root, and there is no postgres user to run PostgreSQL as');
      chownSync(
        pg.dir,
        Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      );
    }
    pg.run('initdb', ['-D', pg.data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    await pg.restart('start');
    return pg;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /**
   * `pg_ctl start`, or `restart -m immediate`: every backend is killed at once, no checkpoint
   * (as after a crash: recovery replays the WAL on start); resolves once it answers.
   */
  async restart(how: 'start' | 'restart' = 'restart'): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=32MB`;
    this.run('pg_ctl', [
      how,
      '-D',
      this.data,
      '-l',
      join(this.dir, 'log'),
      '-o',
      options,
      '-w',
      ...(how === 'restart' ? ['-m', 'immediate'] : []),
    ]);
    await until(`PostgreSQL on ${this.port}`, 30_000, () => pgAnswers(this.url()));
  }

  async stop(): Promise<void> {
    try {
      this.run('pg_ctl', ['stop', '-D', this.data, '-m', 'immediate', '-w']);
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
