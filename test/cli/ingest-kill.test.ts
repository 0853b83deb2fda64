/**
 * The embedded default (no Redis, no PostgreSQL: PGlite and the in-process runner), killed:
 * `kill -9` of `budgetlens ingest` a third of the way through a batch, then the same command again
 * at once. The second run takes over the dead process's store lock without waiting for it to go
 * stale, says it resumed, reads only what the first did not finish, and ends with every file done or
 * failed with its reason, exactly once, and the same records as an uninterrupted run.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownVariant } from '../queue/helpers.ts';

const base = process.env.BUDGETLENS_SCRATCH || tmpdir();
mkdirSync(base, { recursive: true });
const root = mkdtempSync(join(base, 'budgetlens-kill-'));
const env = { ...process.env, REDIS_URL: '', DATABASE_URL: '', BUDGETLENS_DATA: '' };

function cli(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/budgetlens.mjs', ...args],
      { env: { ...env, ...extra }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** The stored records, as `export --format jsonl` writes them, without the ids the store gave them. */
async function records(data: string): Promise<unknown[]> {
  const { code, stdout, stderr } = await cli(['export', '--data', data, '--format', 'jsonl']);
  expect(code, stderr).toBe(0);
  return stdout
    .trim()
    .split('\n')
    .map((line) => {
      // discrepancy ids come from a sequence, which PostgreSQL advances by 32 after a crash
      const { documentId: _d, discrepancies, ...r } = JSON.parse(line);
      return { ...r, discrepancies: discrepancies.map(({ id: _i, ...d }: { id?: number }) => d) };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('embedded ingest killed mid-batch', () => {
  it('kill -9, then the same command again: resumes at once, nothing lost, nothing duplicated, the same records', async () => {
    const inputs = join(root, 'reports');
    mkdirSync(inputs);
    for (let i = 0; i < 24; i++) {
      const v = markdownVariant(300 + i);
      writeFileSync(join(inputs, v.file), v.bytes);
    }
    for (const f of ['qiaozhong-2023.pdf', 'qiaozhong-2023.docx']) copyFileSync(join('fixtures/seed', f), join(inputs, f));
    writeFileSync(join(inputs, 'empty.md'), '');
    const total = 27;

    // an uninterrupted run, for the records to compare with
    const clean = await cli(['ingest', '--data', join(root, 'clean'), '--no-progress', '--lang', 'en', inputs]);
    expect(clean.code).toBe(1); // empty.md fails
    expect(clean.stdout).toMatch(/done\s+26\b/);

    // the run that is killed: progress lines on stderr tell how far it is
    const data = join(root, 'killed');
    const child: ChildProcess = spawn(process.execPath, ['bin/budgetlens.mjs', 'ingest', '--data', data, '--lang', 'en', inputs], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const third = new Promise<number>((resolve) => {
      child.stderr!.on('data', (d) => {
        stderr += String(d);
        const seen = [...stderr.matchAll(/^\s+(\d+)\/\d+ /gm)].map((m) => Number(m[1]));
        if (seen.length && Math.max(...seen) >= total / 3) resolve(Math.max(...seen));
      });
    });
    const doneAtKill = await Promise.race([third, exited.then(() => -1)]);
    expect(doneAtKill, `the first run ended before it could be killed: ${stderr}`).toBeGreaterThan(0);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(doneAtKill).toBeLessThan(total);

    // the same command again, at once: the dead process's lock is taken over within 3 s (it would go
    // stale only after 20 s), and what the first run read is not read again
    const again = await cli(['ingest', '--data', data, '--lang', 'en', inputs], { BUDGETLENS_LOCK_WAIT_MS: '3000' });
    expect(again.stderr).not.toMatch(/in use by another budgetlens process/);
    expect(again.code).toBe(1); // empty.md, with its reason
    const resumed = Number(/resumed: (\d+) document\(s\) already read/.exec(again.stderr)?.[1]);
    expect(resumed).toBeGreaterThanOrEqual(doneAtKill - 2); // at most the two running when killed were not stored
    const readAgain = [...again.stderr.matchAll(/^\s+(\d+)\/(\d+) /gm)].map((m) => Number(m[2]));
    // the stream counts what it stores as it goes: the last line holds the whole of what was read again
    expect(readAgain[readAgain.length - 1]).toBe(total - resumed);

    // every file accounted for, once, in the batch that resumed
    const resumedBatch = await cli(['status', '--data', data, '--lang', 'en']);
    expect(resumedBatch.stdout).toMatch(
      new RegExp(`: done, ${total} inputs, ${total} documents: 26 done, 1 failed, 0 processing, 0 queued`),
    );
    expect(resumedBatch.stdout).toMatch(/failed: .*empty\.md: empty: the file is empty \(0 bytes\)/);
    // the killed batch holds what it had stored when it died (ingest streams: it stores as it reads),
    // and nothing of it is left processing or queued
    const killed = await cli(['status', '1', '--data', data, '--lang', 'en']);
    const [, killedInputs, killedDocuments] =
      /: done, (\d+) inputs, (\d+) documents: \d+ done, \d+ failed, 0 processing, 0 queued/.exec(killed.stdout) ?? [];
    expect(Number(killedInputs), killed.stdout).toBeGreaterThanOrEqual(doneAtKill);
    expect(Number(killedDocuments)).toBe(Number(killedInputs));
    const stored = await records(data);
    expect(stored.length).toBe(26);
    expect(new Set(stored.map((r) => (r as { sha256: string }).sha256)).size).toBe(26);
    expect(stored).toEqual(await records(join(root, 'clean')));
  }, 300_000);
});
