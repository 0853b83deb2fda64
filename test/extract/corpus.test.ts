import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/index.ts';

// The development corpus lives in ../shared beside the repository (as in CI); on a laptop without
// it this file says so and skips.
const shared = new URL('../../../shared/', import.meta.url).pathname;
const haveScorer = existsSync(join(shared, 'eval/score.mjs'));

/**
 * Floors per set, as data. `dev` holds the issue's targets. `dev2` (51 reports the rules were not
 * first written on) holds ratchets at the measured score rounded down: they may only go up. Its
 * tasks floor is above issue 15's target (0.90); figures and discrepancies are still below theirs
 * (0.95, 0.85) until the rules get there.
 */
const FLOORS: { set: string; figures: number; tasks: number; discrepancies: number }[] = [
  { set: 'dev', figures: 0.95, tasks: 0.9, discrepancies: 0.85 },
  { set: 'dev2', figures: 0.9, tasks: 0.95, discrepancies: 0.45 },
];

async function score(set: string): Promise<{ figures: number; tasks: number; discrepancies: number; report: string }> {
  const corpus = join(shared, 'corpus', set);
  const lines: string[] = [];
  for (const f of readdirSync(corpus).filter((x) => /^[\w-]+\.md$/.test(x) && x !== 'INDEX.md').sort()) {
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
  return { figures, tasks, discrepancies, report };
}

for (const floor of FLOORS) {
  const present = haveScorer && existsSync(join(shared, 'corpus', floor.set));
  if (!present) console.warn(`corpus.test.ts: ${floor.set} skipped: no corpus at ${join(shared, 'corpus', floor.set)}`);
  describe.skipIf(!present)(`${floor.set} corpus score (shared/eval/score.mjs)`, () => {
    it(`reaches figures F1 >= ${floor.figures}, tasks F1 >= ${floor.tasks}, discrepancies F1 >= ${floor.discrepancies}`, async () => {
      const s = await score(floor.set);
      console.log(`${floor.set}: ${s.report.split('\n').slice(-3).join('\n')}`);
      expect(s.figures).toBeGreaterThanOrEqual(floor.figures);
      expect(s.tasks).toBeGreaterThanOrEqual(floor.tasks);
      expect(s.discrepancies).toBeGreaterThanOrEqual(floor.discrepancies);
    });
  });
}
