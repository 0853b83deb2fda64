import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/index.ts';

// The development corpus lives in ../shared beside the repository (as in CI); on a laptop without
// it this file says so and skips.
const shared = new URL('../../../shared/', import.meta.url).pathname;
const haveScorer = existsSync(join(shared, 'eval/score.mjs'));

/**
 * Floors per set of labels, as data. `dev + dev2` (the development corpus, 62 reports) holds issue
 * 15's targets. `dev` and `dev2` alone hold ratchets at their measured scores rounded down: they may
 * only go up.
 */
const FLOORS: { sets: string[]; figures: number; tasks: number; discrepancies: number }[] = [
  { sets: ['dev', 'dev2'], figures: 0.95, tasks: 0.9, discrepancies: 0.85 },
  { sets: ['dev'], figures: 0.95, tasks: 0.9, discrepancies: 0.85 },
  { sets: ['dev2'], figures: 0.93, tasks: 0.95, discrepancies: 0.65 },
];

/** Every report of `sets` through the pipeline, scored by score.mjs against their labels together. */
async function score(sets: string[]): Promise<{ figures: number; tasks: number; discrepancies: number; report: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-score-'));
  const labels = join(dir, 'labels');
  mkdirSync(labels);
  const lines: string[] = [];
  for (const set of sets) {
    const corpus = join(shared, 'corpus', set);
    for (const f of readdirSync(corpus).filter((x) => /^[\w-]+\.md$/.test(x) && x !== 'INDEX.md').sort()) {
      const outcome = await processFile(join(corpus, f));
      expect(outcome.ok, `${f} failed`).toBe(true);
      if (outcome.ok) lines.push(JSON.stringify(outcome.record));
      copyFileSync(join(corpus, f.replace(/\.md$/, '.json')), join(labels, f.replace(/\.md$/, '.json')));
    }
  }
  const out = join(dir, 'records.jsonl');
  writeFileSync(out, `${lines.join('\n')}\n`);
  const report = execFileSync('node', [join(shared, 'eval/score.mjs'), '--labels', labels, '--records', out], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  const m = /figures F1=([\d.]+) tasks F1=([\d.]+) discrepancies F1=([\d.]+)/.exec(report);
  expect(m, report).not.toBeNull();
  const [figures, tasks, discrepancies] = m!.slice(1).map(Number);
  return { figures, tasks, discrepancies, report };
}

for (const floor of FLOORS) {
  const name = floor.sets.join(' + ');
  const missing = floor.sets.filter((set) => !existsSync(join(shared, 'corpus', set)));
  const present = haveScorer && missing.length === 0;
  if (!present) console.warn(`corpus.test.ts: ${name} skipped: no corpus ${missing.join(', ')} in ${join(shared, 'corpus')}`);
  describe.skipIf(!present)(`${name} corpus score (shared/eval/score.mjs)`, () => {
    it(`reaches figures F1 >= ${floor.figures}, tasks F1 >= ${floor.tasks}, discrepancies F1 >= ${floor.discrepancies}`, async () => {
      const s = await score(floor.sets);
      console.log(`${name}: ${s.report.split('\n').slice(-3).join('\n')}`);
      expect(s.figures).toBeGreaterThanOrEqual(floor.figures);
      expect(s.tasks).toBeGreaterThanOrEqual(floor.tasks);
      expect(s.discrepancies).toBeGreaterThanOrEqual(floor.discrepancies);
    });
  });
}
