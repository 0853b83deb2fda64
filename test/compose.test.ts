import { readFileSync } from 'node:fs';
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
});
