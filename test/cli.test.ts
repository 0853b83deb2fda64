import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Record } from '../src/model/record.ts';
import { freshDataDir, runCli } from './cli-run.ts';

/** The CLI as a process: for what only a process shows (its exit status, signals, two processes on one store). */
const spawnRun = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/budgetlens.mjs', ...args], {
      cwd: new URL('..', import.meta.url).pathname,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
};
/** The CLI's main() in this process: what a command prints and the exit code it gives. */
const run = (...args: string[]) => runCli(args);
const seed = 'fixtures/seed/qiaozhong-2023.received.md';

describe('budgetlens CLI', () => {
  it('prints help for every command and exits 0', async () => {
    const commands = [
      [],
      ['parse'],
      ['extract'],
      ['schema'],
      ['ingest'],
      ['status'],
      ['export'],
      ['compare'],
      ['reprocess'],
      ['worker'],
      ['serve'],
      ['review'],
      ['review', 'list'],
      ['review', 'show'],
      ['review', 'decide'],
      ['review', 'undo'],
      ['review', 'correct'],
      ['review', 'report'],
    ];
    for (const cmd of commands) {
      const r = await run(...cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: budgetlens/);
    }
    // and as a process: the exit status is main()'s
    const real = await spawnRun('review', 'decide', '--help');
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Usage: budgetlens review decide/);
  });
  it('exits 2 on a usage error', async () => {
    expect((await spawnRun('no-such-command')).code).toBe(2);
    expect((await run('no-such-command')).code).toBe(2);
    expect((await run('extract')).code).toBe(2);
    expect((await run('extract', seed, '--format', 'xml')).code).toBe(2);
  });
  it('extract --format jsonl prints one valid record per file', async () => {
    const r = await run('extract', seed, 'fixtures/seed/qiaozhong-2023.docx', '--format', 'jsonl');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(Record.safeParse(JSON.parse(l)).success).toBe(true);
  });
  it('extract prints text in Chinese by default, rules by their message; --lang en in English', async () => {
    const zh = await run('extract', seed);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^qiaozhong-2023\.received\.md  .*街道办事处  2023年  部门整体支出绩效自评\n/);
    expect(zh.stdout).toMatch(/\n  全年预算数\s+7143\.45 万元\s+budget\.total  «/);
    expect(zh.stdout).toContain('! [错误] 按资金来源分的支出之和');
    expect(zh.stdout).toContain('相差 89.78 万元。算式：5988.67 + 629.55 + 0 = 6618.22 ≠ 6708');
    expect(zh.stdout).not.toMatch(/sum\.expenseBySource|gap|more mentions/);
    const en = await run('extract', seed, '--lang', 'en');
    expect(en.stdout).toMatch(/\n  budget\.total\s+7143\.45 万元\s+全年预算数  «/);
    expect(en.stdout).toContain('! error sum.expenseBySource: ');
    expect(en.stdout).toContain('5988.67 + 629.55 + 0 = 6618.22 ≠ 6708, gap 89.78 万元');
    expect((await run('extract', seed, '--lang', 'fr')).code).toBe(2);
  });
  it('exits 1 when some files fail, names each with its reason and still prints the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-cli-'));
    writeFileSync(join(dir, 'empty.pdf'), '');
    const r = await run('extract', join(dir, 'empty.pdf'), seed, join(dir, 'missing.md'), '--format', 'jsonl');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.pdf: the file is empty/);
    expect(r.stderr).toMatch(/missing\.md: cannot be opened/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('parse prints a readable outline and JSON with tables as rows of cells', async () => {
    const outline = await run('parse', seed);
    expect(outline.code).toBe(0);
    expect(outline.stdout).toMatch(/table 6 rows x 3 columns/);
    const json = JSON.parse((await run('parse', seed, '--json')).stdout);
    const table = json.blocks.find((b: { type: string }) => b.type === 'table');
    expect(table.rows).toHaveLength(6);
    expect(table.rows[0].map((c: { text: string }) => c.text)).toEqual([
      '年度主要工作任务(政策)',
      '任务(政策)的绩效目标',
      '任务(政策)关键指标',
    ]);
  });
});

describe('budgetlens ingest / status / export / reprocess (embedded store, no Redis)', () => {
  const env = { ...process.env, REDIS_URL: '', DATABASE_URL: '' };
  // the tests of what the summary and status account for read their English output (BUDGETLENS_LANG)
  const envEn = { ...env, BUDGETLENS_LANG: 'en' };
  /** The CLI (main(), in this process) on data directory `data`, in the environment `withEnv`: its exit code and output. */
  const runWith =
    (withEnv: NodeJS.ProcessEnv) =>
    (data: string, ...args: string[]) =>
      runCli(['--data', data, ...args], {
        REDIS_URL: withEnv.REDIS_URL,
        DATABASE_URL: withEnv.DATABASE_URL,
        BUDGETLENS_LANG: withEnv.BUDGETLENS_LANG,
      });
  const runIn = runWith(env);
  const runEn = runWith(envEn);

  it('ingests a directory and a bad archive, names the failure, exits 1; re-ingesting adds nothing', async () => {
    const data = await freshDataDir();
    const first = await runIn(data, 'ingest', 'fixtures/seed', 'fixtures/zip/traversal.zip', '--no-progress');
    expect(first.code).toBe(1);
    // the summary in Chinese by default; the archive's good entry is kept, its bad entry named
    expect(first.stdout).toMatch(/已完成\s+6/);
    expect(first.stdout).toMatch(
      /失败：traversal\.zip\/\.\.\/\.\.\/etc\/evil\.md：archive entry "\.\.\/\.\.\/etc\/evil\.md" points outside the archive/,
    );
    expect(first.stdout).toMatch(/无数字：traversal\.zip\/ok\.md/);
    expect(first.stdout).toMatch(/差异\s+错误 \d+ 条，警告 \d+ 条，提示 \d+ 条/);
    const again = await runIn(data, 'ingest', 'fixtures/seed', '--no-progress');
    expect(again.code).toBe(0);
    const status = await runIn(data, 'status');
    expect(status.stdout).toMatch(/文件 5 个：已完成 5，失败 0/);
    expect((await runIn(data, 'status', '--lang', 'en')).stdout).toMatch(/5 documents: 5 done, 0 failed/);
    const exported = (await runIn(data, 'export', '--format', 'jsonl')).stdout.trim().split('\n');
    expect(exported).toHaveLength(6);
    const seed = exported.map((l) => JSON.parse(l)).find((r) => r.file === 'qiaozhong-2023.received.md');
    expect(seed.figures['budget.total'].value).toBe('7143.45');
    expect((await runIn(data, 'export', '--format', 'jsonl', '--department', '桥中街道')).stdout.trim().split('\n')).toHaveLength(5);
    expect((await runIn(data, 'export', '--format', 'jsonl', '--department', '没有这个部门')).stdout.trim()).toBe('');
    expect((await runIn(data, 'export', '--format', 'jsonl', '--year', '2022')).stdout.trim()).toBe('');

    // CSV by default: the long table, one row per figure of the five reports, Chinese headers
    const long = (await runIn(data, 'export')).stdout;
    expect(long.startsWith('\uFEFF文档编号,部门,年度,报告类型,指标代码,指标名称,数值,单位,金额(元),审核状态,文件,页码,原文\r\n')).toBe(
      true,
    );
    expect(long).toMatch(/,部门整体支出绩效自评,budget\.total,全年预算数,7143\.45,/);
    // --headers en: the field names and codes tools rely on
    const longEn = (await runIn(data, 'export', '--headers', 'en')).stdout;
    expect(
      longEn.startsWith(
        '\uFEFFdocument_id,department,year,report_kind,key,label_zh,value,unit,value_yuan,review_status,file,page,evidence\r\n',
      ),
    ).toBe(true);
    expect(longEn).toMatch(/,department-overall,budget\.total,/);
    const figures = exported.map((l) => Object.keys(JSON.parse(l).figures).length).reduce((a, b) => a + b, 0);
    expect(long.trimEnd().split('\r\n')).toHaveLength(1 + figures);
    const wide = (await runIn(data, 'export', '--shape', 'wide', '--no-bom', '--year', '2023')).stdout.trimEnd().split('\r\n');
    expect(wide[0]).toMatch(/^文档编号,部门,年度,报告类型,文件,年初预算数\[万元\],全年预算数\[万元\],/);
    // the file as ingested (its path under what was given), as the review queue shows it
    expect(wide.slice(1).filter((l) => l.includes(',fixtures/seed/qiaozhong-2023.received.md,'))[0]).toMatch(/,7143\.45,6708,93,/);
    const problems = await runIn(data, 'export', '--what', 'discrepancies', '--out', join(data, 'problems.csv'));
    expect(problems.code).toBe(0);
    expect(readFileSync(join(data, 'problems.csv'), 'utf8')).toMatch(
      /^\uFEFF差异编号,文档编号,部门,年度,文件,规则,核对对象,严重程度,说明,/,
    );
    const problemsEn = await runIn(data, 'export', '--what', 'discrepancies', '--headers', 'en', '--no-bom');
    expect(problemsEn.stdout).toMatch(/^discrepancy_id,document_id,department,year,file,rule,subject,severity,message_zh/);
    const book = await runIn(data, 'export', '--format', 'xlsx', '--out', join(data, 'all.xlsx'));
    expect(book.code).toBe(0);
    expect(readFileSync(join(data, 'all.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(data).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect((await runIn(data, 'export', '--shape', 'tall')).code).toBe(2);
    const unwritable = await runIn(data, 'export', '--out', join(data, 'no-such-dir', 'x.csv'));
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/cannot write .*no-such-dir\/x\.csv: ENOENT/);
    const reprocess = await runIn(data, 'reprocess', '--all', '--no-progress');
    expect(reprocess.code).toBe(0);
    expect(reprocess.stdout).toMatch(/已完成\s+6/);
    // (the summary in English: the same function, see the duplicates test below)
    // a dozen command runs, each opening the embedded store: a slow machine must not fail this
  }, 240_000);

  it('keeps every input in the summary and status: a missing path, duplicates with the file they matched', async () => {
    const data = await freshDataDir();
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-dups-'));
    const report = readFileSync('fixtures/seed/qiaozhong-2023.md');
    writeFileSync(join(dir, 'a.md'), report);
    writeFileSync(join(dir, 'b copy.md'), report);
    writeFileSync(join(dir, 'c.md'), report);
    writeFileSync(join(dir, 'd\nbad\u0001.md'), ''); // a name that would split its line
    const r = await runEn(data, 'ingest', dir, join(dir, 'missing.md'), '--no-progress');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`failed: ${join(dir, 'd\\nbad\\x01.md')}: empty: the file is empty (0 bytes)\n`);
    expect(r.stdout).toMatch(/inputs\s+5\n/);
    expect(r.stdout).toMatch(/documents\s+2\n/);
    expect(r.stdout).toMatch(/duplicates\s+2\n/);
    expect(r.stdout).toMatch(/discrepancies\s+\d+ error, \d+ warning, \d+ info/);
    expect(r.stdout).toContain(`duplicate: ${join(dir, 'b copy.md')}: the same bytes as ${join(dir, 'a.md')}`);
    expect(r.stdout).toContain(`duplicate: ${join(dir, 'c.md')}: the same bytes as ${join(dir, 'a.md')}`);
    expect(r.stdout).toContain(`failed: ${join(dir, 'missing.md')}: cannot be opened: ENOENT`);
    const status = await runEn(data, 'status');
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/5 inputs, 2 documents: 1 done, 1 failed.*1 input\(s\) rejected before reading, 2 duplicate\(s\)/);
    expect(status.stdout).toContain(`failed: ${join(dir, 'missing.md')}: cannot be opened: ENOENT`);
    expect(status.stdout).toContain(`duplicate: ${join(dir, 'c.md')}: the same bytes as ${join(dir, 'a.md')}`);
    // and the export keeps every name of the one report
    const wide = (await runEn(data, 'export', '--shape', 'wide', '--no-bom', '--headers', 'en')).stdout.trimEnd().split('\r\n');
    expect(wide[0].endsWith(',open_error,open_warning,open_info,also_named')).toBe(true);
    expect(wide).toHaveLength(2);
    // the file as ingested, its path under what was given
    expect(wide[1]).toContain(`,${join(dir, 'a.md')},`);
    expect(wide[1].endsWith(`,${join(dir, 'b copy.md')}; ${join(dir, 'c.md')}`)).toBe(true);
  });

  it('says plainly when a batch does not exist or there is nothing to reprocess, making no batch', async () => {
    const data = await freshDataDir();
    expect((await runEn(data, 'ingest', seed, '--no-progress')).code).toBe(0);
    const abc = await runEn(data, 'status', 'abc');
    expect(abc.code).toBe(2);
    expect(abc.stderr).toMatch(/a batch is a whole number, not "abc"/);
    const missing = await runEn(data, 'status', '99');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no batch 99 \(the latest is 1\)/);
    const out = join(data, 'x.csv');
    const exported = await runEn(data, 'export', '--batch', '99', '--out', out);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toMatch(/no batch 99/);
    expect(readdirSync(data)).not.toContain('x.csv');
    const nothing = await runEn(data, 'reprocess', '--no-progress');
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toMatch(/nothing to reprocess/);
    expect((await runEn(data, 'status')).stdout).toMatch(/^batch 1:/); // no empty batch became the latest
    expect((await runEn(data, 'reprocess', '--batch', '7')).stderr).toMatch(/no batch 7/);
  });

  it('stops cleanly on Ctrl-C, says how to resume, and the same command again finishes the batch', async () => {
    const data = await freshDataDir();
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-sigint-'));
    writeFileSync(join(dir, 'a.md'), readFileSync(seed));
    // one line whose figure mentions take the rules tens of seconds: still running when Ctrl-C comes
    writeFileSync(join(dir, 'b-slow.md'), '全年预算数100万元,执行数90万元,执行率90%。'.repeat(50_000));
    writeFileSync(join(dir, 'c.md'), readFileSync('fixtures/seed/qiaozhong-2023.md'));
    // the time limit is b-slow.md's (minutes of rules work): well above what the seed takes on a loaded machine under
    // coverage, where a limit of 3 s once timed out a.md too
    const args = ['bin/budgetlens.mjs', '--data', data, 'ingest', dir, '--concurrency', '1', '--document-timeout', '15'];
    const child = spawn(process.execPath, args, { cwd: new URL('..', import.meta.url).pathname, env: envEn });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      if (/1\/3 .*a\.md/.test(stderr) && !child.killed) child.kill('SIGINT'); // b-slow.md is being read
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted: 2 document\(s\) of batch 1 not read\. Run the same command again to resume/);
    expect(stdout).toMatch(/done\s+1\n/);
    expect(stdout).toMatch(/waiting\s+2\n/);
    const again = await runEn(data, ...args.slice(3), '--no-progress');
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/done\s+2\n/);
    expect(again.stdout).toMatch(/failed: .*b-slow\.md: timeout: reading it took longer than 15 s/);
    // two ingests reading documents in threads: a loaded machine must not fail this
  }, 240_000);

  it('keeps the embedded store locked while a long document is read (the lock is refreshed meanwhile)', async () => {
    const data = await freshDataDir();
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-lock-'));
    // tens of seconds of rules work: before documents were read off the main thread, it stopped the
    // lock's refresh, and a second command took the live store over once the lock looked stale
    writeFileSync(join(dir, 'slow.md'), '全年预算数100万元,执行数90万元,执行率90%。'.repeat(120_000));
    const lockEnv = { ...envEn, BUDGETLENS_LOCK_STALE_MS: '2000' };
    expect((await runEn(data, 'status')).code).toBe(0); // the store made first (PGlite's initdb is long too)
    const child = spawn(
      process.execPath,
      ['bin/budgetlens.mjs', '--data', data, 'ingest', dir, '--no-progress', '--document-timeout', '60'],
      {
        cwd: new URL('..', import.meta.url).pathname,
        env: lockEnv,
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    try {
      // the lock taken, then well past its stale time (2 s) while the document is being read
      for (let i = 0; i < 300 && !existsSync(join(data, 'pglite.lock')); i++) await new Promise((r) => setTimeout(r, 100));
      expect(existsSync(join(data, 'pglite.lock'))).toBe(true);
      await new Promise((r) => setTimeout(r, 6000));
      const second = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['bin/budgetlens.mjs', '--data', data, 'status'],
          { cwd: new URL('..', import.meta.url).pathname, env: { ...lockEnv, BUDGETLENS_LOCK_WAIT_MS: '1000' } },
          (e, _o, stderr) => resolve({ code: e ? ((e as { code?: number }).code ?? 1) : 0, stderr }),
        );
      });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/is in use by another budgetlens process/);
    } finally {
      child.kill('SIGINT');
      await exited;
    }
    // and the store opens afterwards (the lock of a process stopped before it could release it goes stale)
    const after = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['bin/budgetlens.mjs', '--data', data, 'status'],
        { cwd: new URL('..', import.meta.url).pathname, env: lockEnv },
        (_e, stdout, stderr) => resolve({ stdout, stderr }),
      );
    });
    expect(after.stdout, after.stderr).toMatch(/^(batch 1:|no batches yet)/);
  });

  it('checks the carry-over chain across the years of a department and prints it in the summary', async () => {
    const data = await freshDataDir();
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-chain-'));
    writeFileSync(
      join(dir, 'a-2022.md'),
      '# 某县财政局2022年度部门整体支出绩效自评报告\n\n全年预算数 100 万元,执行数 90 万元,完成预算的 90%。年末结转和结余 10 万元。\n',
    );
    writeFileSync(
      join(dir, 'b-2023.md'),
      '# 某县财政局2023年度部门整体支出绩效自评报告\n\n年初结转和结余 12 万元。全年预算数 100 万元,执行数 90 万元,完成预算的 90%。\n',
    );
    const r = await runIn(data, 'ingest', dir, '--no-progress');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/跨年核对\s+上年年末结转与本年年初结转不符 1 条/);
    // the rule by its Chinese message, with no English word in it
    expect(r.stdout).toContain('[错误] 2022年年末结转和结余与2023年年初结转和结余不一致，相差 2 万元。算式：10 ≠ 12');
    expect(r.stdout).not.toMatch(/carryover\.chain|gap/);
    const en = await runIn(await freshDataDir(), 'ingest', dir, '--no-progress', '--lang', 'en');
    expect(en.stdout).toMatch(/across years\s+1 carry-over chain/);
    expect(en.stdout).toMatch(/error carryover\.chain: .*10 ≠ 12, gap 2 万元/);
  });
});
