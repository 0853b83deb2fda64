import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/index.ts';

// The development corpus lives in ../shared beside the repository (as in CI); on a laptop without
// it this file says so and skips.
const shared = new URL('../../../shared/', import.meta.url).pathname;
const corpus = join(shared, 'corpus/dev');
const haveCorpus = existsSync(join(corpus, 'qiaozhong-2023.json')) && existsSync(join(shared, 'eval/score.mjs'));
if (!haveCorpus) console.warn(`corpus.test.ts: skipped: no development corpus at ${corpus}`);

describe.skipIf(!haveCorpus)('development corpus score (shared/eval/score.mjs)', () => {
  it('reaches figures F1 >= 0.95, tasks F1 >= 0.90, discrepancies F1 >= 0.85', async () => {
    const lines: string[] = [];
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.md')).sort()) {
      const outcome = await processFile(join(corpus, f));
      expect(outcome.ok, `${f} failed`).toBe(true);
      if (outcome.ok) lines.push(JSON.stringify(outcome.record));
    }
    const out = join(mkdtempSync(join(tmpdir(), 'budgetlens-score-')), 'records.jsonl');
    writeFileSync(out, `${lines.join('\n')}\n`);
    const report = execFileSync('node', [join(shared, 'eval/score.mjs'), '--labels', corpus, '--records', out], { encoding: 'utf8' });
    const m = /figures F1=([\d.]+) tasks F1=([\d.]+) discrepancies F1=([\d.]+)/.exec(report);
    expect(m, report).not.toBeNull();
    const [figures, tasks, discrepancies] = m!.slice(1).map(Number);
    console.log(report.split('\n').slice(-3).join('\n'));
    expect(figures).toBeGreaterThanOrEqual(0.95);
    expect(tasks).toBeGreaterThanOrEqual(0.9);
    expect(discrepancies).toBeGreaterThanOrEqual(0.85);
  });
});
