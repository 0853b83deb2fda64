/**
 * The embedded store and the server together: a real `budgetlens serve` process holds the PGlite
 * data directory, and `ingest`, `status`, `review`, `export` and `reprocess` run in other processes
 * at the same time, through its API (they would otherwise wait for the store's lock and give up).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', BUDGETLENS_TOKEN: '' };

async function run(data: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/budgetlens.mjs', '--data', data, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('CLI while `serve` holds the embedded store', () => {
  let data: string;
  let server: ChildProcess;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'budgetlens-serve-cli-'));
    server = spawn('node', ['bin/budgetlens.mjs', '--data', data, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on('data', (d: Buffer) => {
        if (d.toString().includes('budgetlens serve: http://')) resolve();
      });
      server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(data, { recursive: true, force: true });
  });

  it('ingest, status, review, export and reprocess go through the server; SIGTERM removes its note', async () => {
    expect(existsSync(join(data, 'serve.json'))).toBe(true);
    const ingest = await run(data, 'ingest', 'fixtures/seed/qiaozhong-2023.received.md', '--no-progress');
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/已完成\s+1/);
    expect(ingest.stdout).toMatch(/差异\s+错误 5 条，警告 1 条/);
    expect(ingest.stdout).toMatch(/服务\s+http:\/\/127\.0\.0\.1:/);
    expect((await run(data, 'status')).stdout).toMatch(/共 1 个文件：已完成 1，失败 0/);

    const list = await run(data, 'review', 'list', '--json');
    const items = JSON.parse(list.stdout).items as { id: number; rule: string }[];
    expect(items).toHaveLength(6);
    const rate = items.find((i) => i.rule === 'rate.execution')!;
    const decided = await run(data, 'review', 'decide', String(rate.id), '--as', 'genuine', '--who', '赵六');
    expect(decided.code).toBe(0);
    expect(decided.stdout).toMatch(/赵六/);
    const missingWhy = await run(data, 'review', 'decide', String(rate.id), '--as', 'acceptable');
    expect(missingWhy.code).toBe(2);

    const out = join(data, 'problems.csv');
    expect((await run(data, 'export', '--what', 'discrepancies', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(new RegExp(`\\r\\n${rate.id},\\d+,[^]*?,genuine,`));

    // reprocess too: nothing to do says so and makes no batch; --all has the server read it again,
    // and the reviewer's decision survives
    const nothing = await run(data, 'reprocess', '--no-progress');
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toMatch(/^没有需要重新读取的文档/);
    expect((await run(data, 'status')).stdout).toMatch(/^批次 1/);
    const again = await run(data, 'reprocess', '--all', '--no-progress');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/批次\s+2/);
    expect(again.stdout).toMatch(/已完成\s+1/);
    expect(again.stdout).toMatch(/服务\s+http:\/\/127\.0\.0\.1:/);
    expect((await run(data, 'status')).stdout).toMatch(/^批次 2\(reprocess [^)]*\)：已完成，共 1 个文件：已完成 1，失败 0/);
    const kept = JSON.parse((await run(data, 'review', 'list', '--status', 'genuine', '--json')).stdout).items as { id: number }[];
    expect(kept.map((i) => i.id)).toEqual([rate.id]);
    const noBatch = await run(data, 'reprocess', '--batch', '99', '--lang', 'en');
    expect(noBatch.code).toBe(2);
    expect(noBatch.stderr).toMatch(/no batch 99 \(the latest is 2\)/);
    expect((await run(data, 'reprocess', '--batch', 'x')).code).toBe(2);

    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
    expect(existsSync(join(data, 'serve.json'))).toBe(false);
    // the server gone, the store opens directly again and holds what was decided
    expect((await run(data, 'review', 'list', '--status', 'genuine')).stdout).toMatch(/共 1 条/);
  }, 180_000);
});
