/**
 * Shared by the property and fuzz tests (fast-check): one fixed seed, bounded run counts, and
 * mutations described as small values (so that a failing case prints as a few numbers, not as the
 * 500 KB of a mutated PDF) and applied to the bytes inside the property.
 *
 * A failure prints fast-check's `{ seed, path }`; run it again with FUZZ_SEED=<seed> (and
 * FUZZ_RUNS=<n> to try more cases than the suite does, e.g. FUZZ_RUNS=2000 for a long hunt).
 */
import fc from 'fast-check';
import { Decimal, findNumbers } from '../src/extract/numbers.ts';
import { isDecimal, type Record } from '../src/model/record.ts';
import { normalizeText } from '../src/parse/normalize.ts';

/** The suite's seed: fixed, so that a failure is the same on every machine and every run. */
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 160_2026);

/** Options for fc.assert: the fixed seed and `runs` cases (FUZZ_RUNS overrides every count). */
export function fuzzOptions(runs: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: Number(process.env.FUZZ_RUNS ?? runs), endOnFailure: true };
}

/** One change to a file's bytes, positions as fractions of its length. */
export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; xor: number }
  | { op: 'zero'; at: number; length: number }
  | { op: 'duplicate'; from: number; to: number; length: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: number[] };

// uniform over the file (fc.double favours 0, 1 and tiny values: every change would hit the first byte)
const fraction = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

// truncation is weighted down: cut early, a file is mostly just too short, and the other changes
// are what reach deep into a reader
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('truncate' as const),
      at: fc.integer({ min: 500_000, max: 999_999 }).map((n) => n / 1_000_000),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('flip' as const), at: fraction, xor: fc.integer({ min: 1, max: 255 }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('zero' as const), at: fraction, length: fc.integer({ min: 1, max: 4096 }) }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      from: fraction,
      to: fraction,
      length: fc.integer({ min: 1, max: 4096 }),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 4096 }) }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      at: fraction,
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }),
    }),
    weight: 3,
  },
);

/** One to four mutations, applied in order. */
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

export function mutate(bytes: Uint8Array, changes: Mutation[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const m of changes) {
    const at = (f: number) => Math.min(b.length, Math.floor(f * b.length));
    switch (m.op) {
      case 'truncate':
        b = b.subarray(0, at(m.at));
        break;
      case 'flip':
        if (b.length) b[Math.min(b.length - 1, at(m.at))] ^= m.xor;
        break;
      case 'zero':
        b.fill(0, at(m.at), Math.min(b.length, at(m.at) + m.length));
        break;
      case 'duplicate': {
        const chunk = Buffer.from(b.subarray(at(m.from), at(m.from) + m.length));
        b = Buffer.concat([b.subarray(0, at(m.to)), chunk, b.subarray(at(m.to))]);
        break;
      }
      case 'delete':
        b = Buffer.concat([b.subarray(0, at(m.at)), b.subarray(at(m.at) + m.length)]);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at(m.at)), Buffer.from(m.bytes), b.subarray(at(m.at))]);
        break;
    }
  }
  return new Uint8Array(b);
}

/**
 * What every record must satisfy, whatever the document: the properties the fuzz tests check on
 * each record they get. Returns the broken ones (empty when all hold).
 * - every mention's evidence holds its number (as written: separators, full-width digits and
 *   Chinese numerals read the same way extraction reads them);
 * - every discrepancy's arithmetic is exact: actual − expected = difference, the difference is
 *   over the tolerance, and a sum's parts add up to its expected value exactly.
 */
export function brokenInvariants(record: Record): string[] {
  const broken: string[] = [];
  for (const figure of Object.values(record.figures)) {
    for (const m of [figure, ...figure.mentions]) {
      const text = normalizeText(m.evidence.snippet).text;
      const plain = text.replace(/[,\s]/g, '');
      if (plain.includes(m.value)) continue;
      if (findNumbers(text, { bare: true }).some((t) => new Decimal(t.value).eq(m.value))) continue;
      broken.push(`${figure.key}: evidence ${JSON.stringify(m.evidence.snippet.slice(0, 120))} does not hold ${m.value}`);
    }
  }
  for (const d of record.discrepancies) {
    const where = `${d.rule} ${JSON.stringify(d.arithmetic)}`;
    if (![d.expected, d.actual, d.difference, d.tolerance].every(isDecimal)) {
      broken.push(`${where}: expected/actual/difference/tolerance not all decimals`);
      continue;
    }
    if (!new Decimal(d.actual).minus(d.expected).eq(d.difference)) broken.push(`${where}: ${d.actual} − ${d.expected} ≠ ${d.difference}`);
    if (!new Decimal(d.difference).abs().gt(d.tolerance))
      broken.push(`${where}: difference ${d.difference} within tolerance ${d.tolerance}`);
    const sum = /^(-?[\d.]+(?: \+ -?[\d.]+)+) = (-?[\d.]+) ≠/.exec(d.arithmetic);
    if (d.rule.startsWith('sum.') && sum) {
      const total = sum[1].split(' + ').reduce((a, t) => a.plus(t), new Decimal(0));
      if (!total.eq(sum[2]) || !total.eq(d.expected)) broken.push(`${where}: the parts add up to ${total.toFixed()}`);
    }
  }
  return broken;
}
