/**
 * Scoring the labelled corpus in ../shared with the project's scorer (shared/eval/score.mjs), for
 * the corpus floors and the layout-invariance test. The corpus is read where it lies and written
 * only to a temporary directory, never into the repository.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { processFile } from '../../src/pipeline/index.ts';

export const shared = new URL('../../../shared/', import.meta.url).pathname;
export const haveScorer = existsSync(join(shared, 'eval/score.mjs'));

export interface Score {
  figures: number;
  tasks: number;
  discrepancies: number;
  report: string;
}

/** The sets of `sets` that are not in ../shared/corpus (the tests that need them skip and say so). */
export const missingSets = (sets: string[]) => sets.filter((set) => !existsSync(join(shared, 'corpus', set)));

/**
 * Every report of `sets` through the pipeline, scored against their labels together. `layout`
 * rewrites each text first (a Markdown report laid out another way, same labels).
 */
export async function scoreCorpus(sets: string[], layout: (text: string) => string = (t) => t): Promise<Score> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-score-'));
  try {
    const labels = join(dir, 'labels');
    const texts = join(dir, 'texts');
    mkdirSync(labels);
    mkdirSync(texts);
    const lines: string[] = [];
    for (const set of sets) {
      const corpus = join(shared, 'corpus', set);
      for (const f of readdirSync(corpus)
        .filter((x) => /^[\w-]+\.md$/.test(x) && x !== 'INDEX.md')
        .sort()) {
        const path = join(texts, f);
        writeFileSync(path, layout(readFileSync(join(corpus, f), 'utf8')));
        const outcome = await processFile(path);
        expect(outcome.ok, `${f} failed`).toBe(true);
        if (outcome.ok) lines.push(JSON.stringify(outcome.record));
        copyFileSync(join(corpus, f.replace(/\.md$/, '.json')), join(labels, f.replace(/\.md$/, '.json')));
      }
    }
    const out = join(dir, 'records.jsonl');
    writeFileSync(out, `${lines.join('\n')}\n`);
    const report = execFileSync('node', [join(shared, 'eval/score.mjs'), '--labels', labels, '--records', out], { encoding: 'utf8' });
    const m = /figures F1=([\d.]+) tasks F1=([\d.]+) discrepancies F1=([\d.]+)/.exec(report);
    expect(m, report).not.toBeNull();
    const [figures, tasks, discrepancies] = m!.slice(1).map(Number);
    return { figures, tasks, discrepancies, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
