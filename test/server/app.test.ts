/**
 * The review server's API on a real embedded store, through Fastify's inject (no socket): the
 * OpenAPI document, the token rule, CSRF, upload limits, security headers, and a decision made
 * over HTTP landing in the audit. The browser side is test/server/web.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import { uploadName } from '../../src/server/uploads.ts';
import { isLoopback } from '../../src/server/security.ts';
import { Store } from '../../src/store/index.ts';

const SEED_MD = readFileSync('fixtures/seed/qiaozhong-2023.md');

/** A multipart body of `files` (field "files"), as a browser sends it. */
function multipart(files: { name: string; bytes: Buffer }[]) {
  const boundary = '----budgetlens-test-boundary';
  const parts = files.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      f.bytes,
      Buffer.from('\r\n'),
    ]),
  );
  return {
    payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function csrfOf(app: FastifyInstance, headers: { [k: string]: string } = {}) {
  return (await app.inject({ method: 'GET', url: '/api/session', headers })).json().csrf as string;
}

async function waitForBatch(app: FastifyInstance, id: number, headers: { [k: string]: string } = {}) {
  for (;;) {
    const b = (await app.inject({ method: 'GET', url: `/api/batches/${id}`, headers })).json();
    if (b.status === 'done') return b;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('review server (loopback, no token)', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-server-'));
    store = await Store.open({ dataDir: dir });
    app = await buildServer({ store, limits: { fileBytes: 200_000, files: 3 } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a valid OpenAPI document that lists every API route with its method', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    await SwaggerParser.validate(structuredClone(doc));
    const api = app.routeList.filter((r) => r.url.startsWith('/api/') && !r.hidden);
    expect(api.length).toBeGreaterThanOrEqual(14);
    for (const r of api) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
  });

  it('sets a strict Content-Security-Policy and no-sniff on every response; the original is sandboxed', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await app.inject({ method: 'GET', url: '/app/%2e%2e/%2e%2e/package.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/vendor/pdfjs/package.json' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/vendor/pdfjs/build/pdf.mjs' })).statusCode).toBe(200);
  });

  it('refuses state-changing requests without the CSRF secret, with a wrong one, or from another origin', async () => {
    const csrf = await csrfOf(app);
    const login = (headers: { [k: string]: string }) =>
      app.inject({ method: 'POST', url: '/api/login', payload: { reviewer: '张三' }, headers });
    expect((await login({})).statusCode).toBe(403);
    expect((await login({ 'x-budgetlens-csrf': 'guess' })).statusCode).toBe(403);
    expect((await login({ 'x-budgetlens-csrf': csrf, origin: 'http://evil.example' })).statusCode).toBe(403);
    expect((await login({ 'x-budgetlens-csrf': csrf, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    const ok = await login({ 'x-budgetlens-csrf': csrf, origin: 'http://localhost:8600', host: 'localhost:8600' });
    expect(ok.statusCode).toBe(200);
    expect(String(ok.headers['set-cookie'])).toMatch(/budgetlens_reviewer=.*HttpOnly.*SameSite=Strict/i);
  });

  it('enforces the upload limits: file size and file count', async () => {
    const csrf = await csrfOf(app);
    const big = multipart([{ name: 'big.md', bytes: Buffer.alloc(300_000, 0x41) }]);
    const tooBig = await app.inject({
      method: 'POST',
      url: '/api/batches',
      payload: big.payload,
      headers: { ...big.headers, 'x-budgetlens-csrf': csrf },
    });
    expect(tooBig.statusCode).toBe(413);
    const many = multipart([1, 2, 3, 4].map((n) => ({ name: `r${n}.md`, bytes: Buffer.from(`# 报告 ${n}\n`) })));
    const tooMany = await app.inject({
      method: 'POST',
      url: '/api/batches',
      payload: many.payload,
      headers: { ...many.headers, 'x-budgetlens-csrf': csrf },
    });
    expect(tooMany.statusCode).toBe(413);
    expect((await app.inject({ method: 'GET', url: '/api/batches' })).json()).toEqual([]); // nothing stored
  });

  it('uploads into the ingest path, then a decision over HTTP is audited with the reviewer and shows in the export', async () => {
    const csrf = await csrfOf(app);
    const body = multipart([{ name: '区县/桥中/自评报告.md', bytes: SEED_MD }]);
    const started = await app.inject({
      method: 'POST',
      url: '/api/batches',
      payload: body.payload,
      headers: { ...body.headers, 'x-budgetlens-csrf': csrf },
    });
    expect(started.statusCode).toBe(200);
    const batch = await waitForBatch(app, started.json().id);
    expect(batch.documents).toMatchObject([{ file: '区县/桥中/自评报告.md', status: 'done' }]);

    const queue = (await app.inject({ method: 'GET', url: `/api/queue?batch=${batch.id}` })).json();
    expect(queue.items).toHaveLength(6);
    const rate = queue.items.find((i: { rule: string }) => i.rule === 'rate.execution');
    const noName = await app.inject({
      method: 'POST',
      url: `/api/discrepancies/${rate.id}/decision`,
      payload: { as: 'genuine' },
      headers: { 'x-budgetlens-csrf': csrf },
    });
    expect(noName.statusCode).toBe(400);
    const decided = await app.inject({
      method: 'POST',
      url: `/api/discrepancies/${rate.id}/decision`,
      payload: { as: 'acceptable', why: '口径不同', who: '李四' },
      headers: { 'x-budgetlens-csrf': csrf },
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().entry).toMatchObject({ who: '李四', why: '口径不同' });
    const invalid = await app.inject({
      method: 'POST',
      url: `/api/discrepancies/${rate.id}/decision`,
      payload: { as: 'acceptable', who: '李四' },
      headers: { 'x-budgetlens-csrf': csrf },
    });
    expect(invalid.statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/api/discrepancies/999999' })).statusCode).toBe(404);

    const csv = await app.inject({ method: 'GET', url: '/api/export?what=discrepancies&bom=false' });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toMatch(new RegExp(`\\r\\n${rate.id},${rate.documentId},[^]*?,acceptable,口径不同\\r\\n`));
  });
});

describe('review server with a token (listening beyond this machine)', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  const TOKEN = 'correct horse battery staple';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-server-token-'));
    store = await Store.open({ dataDir: dir });
    app = await buildServer({ store, token: TOKEN, dataDir: dir });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every API request must carry the token (header or the login cookie); the login page itself is open', async () => {
    expect((await app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/session' })).json()).toMatchObject({ tokenRequired: true, authenticated: false });
    // health answers anyone, but says where the store is only to a caller with the token
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toMatchObject({ ok: true, dataDir: null });
    expect((await app.inject({ method: 'GET', url: '/api/health', headers: { authorization: `Bearer ${TOKEN}` } })).json()).toMatchObject({
      dataDir: dir,
    });
    for (const url of ['/api/queue', '/api/openapi.json', '/api/export', '/api/batches', '/api/documents/1/original']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
      expect((await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer wrong' } })).statusCode, url).toBe(401);
    }
    expect((await app.inject({ method: 'GET', url: '/api/queue', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(200);

    const csrf = await csrfOf(app);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { reviewer: '王五', token: 'nope' },
      headers: { 'x-budgetlens-csrf': csrf },
    });
    expect(wrong.statusCode).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { reviewer: '王五', token: TOKEN },
      headers: { 'x-budgetlens-csrf': csrf },
    });
    expect(login.statusCode).toBe(200);
    const cookies = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
    expect(login.cookies.every((c) => c.httpOnly)).toBe(true);
    expect((await app.inject({ method: 'GET', url: '/api/queue', cookies })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/session', cookies })).json()).toMatchObject({
      authenticated: true,
      reviewer: '王五',
    });
  });

  it('serve refuses to listen beyond loopback without BUDGETLENS_TOKEN', () => {
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && isLoopback('localhost')).toBe(true);
    expect(isLoopback('0.0.0.0') || isLoopback('192.168.1.5')).toBe(false);
    const data = mkdtempSync(join(tmpdir(), 'budgetlens-serve-'));
    const r = spawnSync('node', ['bin/budgetlens.mjs', '--data', data, 'serve', '--host', '0.0.0.0', '--port', '0'], {
      encoding: 'utf8',
      env: { ...process.env, BUDGETLENS_TOKEN: '', DATABASE_URL: '', REDIS_URL: '' },
      timeout: 60_000,
    });
    rmSync(data, { recursive: true, force: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/needs BUDGETLENS_TOKEN/);
  });
});

describe('upload names', () => {
  it('keep the folder path a browser sends and nothing that climbs out of it', () => {
    expect(uploadName('区县/桥中/自评报告.pdf')).toBe('区县/桥中/自评报告.pdf');
    expect(uploadName('../../etc/passwd')).toBe('etc/passwd');
    expect(uploadName('/abs\\win\\x.md')).toBe('abs/win/x.md');
    expect(uploadName('')).toBe('upload');
  });
});
