import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs here: the compose file is checked for its services and their wiring.
const compose = parse(readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8'));

describe('docker-compose.yml', () => {
  it('has Redis, PostgreSQL, the API and replicated workers', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    expect(compose.services.worker.deploy.replicas).toBeGreaterThanOrEqual(2);
  });
  it('wires the API and workers to Redis and PostgreSQL, started after both are healthy', () => {
    for (const name of ['api', 'worker']) {
      const s = compose.services[name];
      expect(s.environment.REDIS_URL).toBe('redis://redis:6379');
      expect(s.environment.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
      expect(s.depends_on.redis.condition).toBe('service_healthy');
      expect(s.depends_on.postgres.condition).toBe('service_healthy');
    }
    expect(compose.services.api.command[0]).toBe('serve');
    expect(compose.services.worker.command[0]).toBe('worker');
  });
  it('uses database credentials that match the PostgreSQL service', () => {
    const pg = compose.services.postgres.environment;
    const url = new URL(compose.services.api.environment.DATABASE_URL);
    expect([url.username, url.password, url.pathname.slice(1)]).toEqual([pg.POSTGRES_USER, pg.POSTGRES_PASSWORD, pg.POSTGRES_DB]);
  });
  it('builds from a Dockerfile on Node 20', () => {
    expect(readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8')).toMatch(/^FROM node:20\./m);
  });
  it('names only commands that exist: --help of each exits 0', async () => {
    const app = Object.values(compose.services).filter((s: any) => s.build) as { command: string[] }[];
    for (const s of app) {
      const { stdout } = await promisify(execFile)('node', ['bin/budgetlens.mjs', s.command[0], '--help']);
      expect(stdout).toMatch(new RegExp(`Usage: budgetlens ${s.command[0]}`));
    }
  });
  it("the api service's command starts and answers (embedded store here: no Docker engine)", async () => {
    const api = compose.services.api;
    expect(api.environment.BUDGETLENS_TOKEN).toMatch(/^\$\{BUDGETLENS_TOKEN:\?/);
    const data = mkdtempSync(join(tmpdir(), 'budgetlens-compose-'));
    // its own arguments, but a free port: 8080 may be taken on this machine
    const args = api.command.map((a: string, i: number) => (api.command[i - 1] === '--port' ? '0' : a));
    const token = 'compose-test-token';
    const child = spawn('node', ['bin/budgetlens.mjs', '--data', data, ...args], {
      env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', BUDGETLENS_TOKEN: token },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout!.on('data', (d: Buffer) => {
          const m = /budgetlens serve: (http:\/\/\S+)/.exec(d.toString());
          if (m) resolve(m[1].replace('0.0.0.0', '127.0.0.1'));
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      expect((await fetch(`${url}/api/queue`)).status).toBe(401);
      expect((await fetch(`${url}/api/queue`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(data, { recursive: true, force: true });
    }
  }, 120_000);
});
