/**
 * How much the rules cost on top of reading: for each seed format, the time of parse alone
 * (the baseline, measured in the same run) and of parse → extract → reconcile, as a ratio.
 *
 *   npx tsx bench/pipeline.ts [rounds]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseBytes } from '../src/parse/index.ts';
import { recordOf } from '../src/pipeline/index.ts';

const rounds = Number(process.argv[2] ?? 20);
const files = ['qiaozhong-2023.received.md', 'qiaozhong-2023.docx', 'qiaozhong-2023.pdf'];

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) await fn();
  return (performance.now() - t0) / rounds;
}

for (const name of files) {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url)));
  const parse = await time(() => parseBytes(bytes, name));
  const full = await time(async () => recordOf(await parseBytes(bytes, name)));
  console.log(
    `${name.padEnd(28)} parse ${parse.toFixed(1).padStart(7)} ms   parse+extract+reconcile ${full.toFixed(1).padStart(7)} ms   ratio ${(full / parse).toFixed(2)}`,
  );
}
