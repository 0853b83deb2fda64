/**
 * Run by test/pipeline/linear.test.ts in a child process: reads the seed report, repeats its
 * paragraphs (numbers shifted on each repetition, so that a figure has many mentions of many values)
 * to N bytes, and prints how much work the pipeline did on it — not in seconds, which this machine
 * cannot measure reproducibly, but as a deterministic count.
 *
 * The count: every call of an Array built-in that walks an array (find, some, filter, map, forEach,
 * indexOf, includes, slice, concat, spread and for…of through the array iterator, …) adds the
 * array's length, the number of elements it may visit (a slice: the elements it copies). A quadratic step of the kind this code has
 * had — a scan of the list kept so far for each new item (`list.some(…)` before a push, a
 * `segments.find` per table cell, `[...list, item]` per row) — shows as a count that grows with
 * the square of the input; linear code counts in proportion to it. The same input always gives the
 * same count. (Regular expressions and string scans are not counted: a global regex walking one
 * long string would be overcounted as quadratic.)
 *
 * Usage: node --import tsx test/pipeline/work-count.ts BYTES → {"bytes":…,"work":…,"mentions":…}
 */
import { readFileSync } from 'node:fs';
import { parseBytes } from '../../src/parse/index.ts';
import { recordOf } from '../../src/pipeline/index.ts';

const target = Number(process.argv[2]);
const seed = readFileSync(new URL('../../fixtures/seed/qiaozhong-2023.md', import.meta.url), 'utf8');

/** The seed, then its paragraphs that state numbers (tables aside), repeated with shifted values up to `bytes`. */
export function repeatedReport(bytes: number): string {
  const paragraphs = seed.split(/\n\s*\n/).filter((p) => /\d/.test(p) && !p.startsWith('|'));
  const parts = [seed];
  let size = Buffer.byteLength(seed);
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length].replace(/\d+\.\d+/g, (m) => (Number(m) + (i % 97) * 0.01).toFixed(2));
    parts.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}

const text = Buffer.from(repeatedReport(target));

let work = 0;
const walkers = [
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'filter',
  'map',
  'forEach',
  'flatMap',
  'flat',
  'reduce',
  'reduceRight',
  'includes',
  'indexOf',
  'lastIndexOf',
  'slice',
  'concat',
  'join',
  Symbol.iterator,
] as const;
const originals = walkers.map((name) => [name, (Array.prototype as any)[name]] as const);
for (const [name, original] of originals) {
  Object.defineProperty(Array.prototype, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown[], ...args: unknown[]) {
      const result = original.apply(this, args);
      // a slice copies only its part; every other walker may visit the whole array
      work += name === 'slice' ? (result as unknown[]).length : this.length;
      return result;
    },
  });
}
const doc = await parseBytes(text, 'repeated.md');
const record = recordOf(doc);
for (const [name, original] of originals)
  Object.defineProperty(Array.prototype, name, { configurable: true, writable: true, value: original });

const mentions = Object.values(record.figures).reduce((n, f) => n + f.mentions.length, 0);
process.stdout.write(`${JSON.stringify({ bytes: text.length, work, mentions })}\n`);
