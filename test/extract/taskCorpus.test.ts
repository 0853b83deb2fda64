/**
 * Task rows on the development corpora (dev and dev2): F1 >= 0.90 on each, measured by
 * shared/eval/score.mjs. Only the task score is asserted here; figures and discrepancies have
 * their own floors in corpus.test.ts. Skips when the corpora are not beside the repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/index.ts';

const shared = new URL('../../../shared/', import.meta.url).pathname;
const sets = ['dev', 'dev2'].map((s) => join(shared, 'corpus', s));
const haveCorpus = sets.every((s) => existsSync(s)) && existsSync(join(shared, 'eval/score.mjs'));
if (!haveCorpus) console.warn('taskCorpus.test.ts: skipped: no dev/dev2 corpus in ../shared/corpus');

describe.skipIf(!haveCorpus)('task rows on the development corpora', () => {
  it.each(sets.map((s) => [s.split('/').pop()!, s] as const))('%s: tasks F1 >= 0.90', async (_, dir) => {
    const lines: string[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
      const outcome = await processFile(join(dir, f));
      expect(outcome.ok, `${f} failed`).toBe(true);
      if (outcome.ok) lines.push(JSON.stringify(outcome.record));
    }
    const out = join(mkdtempSync(join(tmpdir(), 'budgetlens-tasks-')), 'records.jsonl');
    writeFileSync(out, `${lines.join('\n')}\n`);
    const report = execFileSync('node', [join(shared, 'eval/score.mjs'), '--labels', dir, '--records', out], { encoding: 'utf8' });
    const m = /tasks F1=([\d.]+)/.exec(report);
    expect(m, report).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(0.9);
  });
});
