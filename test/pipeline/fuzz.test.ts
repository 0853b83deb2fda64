/**
 * Fuzzing the whole core (parse → extract → reconcile) as the pipeline runs it: in a worker thread
 * with a time and a memory limit (IsolatedCore), on mutated real files — the seed's PDFs, .docx and
 * Markdown, truncated, flipped, cut and spliced (fast-check, fixed seed, bounded counts; see
 * test/fuzz.ts). Every document ends as a record that passes the schema and the record invariants,
 * or as a typed ParseError (a timeout or the memory limit included: the limits hold); never as an
 * internal error, which would mean budgetlens failed on the file.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseError } from '../../src/parse/errors.ts';
import { IsolatedCore } from '../../src/pipeline/isolated.ts';
import { brokenInvariants, fuzzOptions, mutate, mutations } from '../fuzz.ts';
import { unzipParts, zipOf } from '../parse/docx-package.ts';

const seed = (f: string) => new Uint8Array(readFileSync(`fixtures/seed/${f}`));
const PDF = seed('qiaozhong-2023.pdf');
const SMALL_PDF = seed('cmap-probe.pdf');
const DOCX = seed('qiaozhong-2023.docx');
const MD = seed('qiaozhong-2023.md');

describe('the whole core on mutated real files, under its limits', () => {
  // the limits a worker runs with, lowered so that a pathological case ends the property quickly
  const core = new IsolatedCore({ threads: 1, limits: { timeoutMs: 60_000, memoryMb: 512 } });
  afterAll(() => core.close());
  const seen = new Map<string, number>();

  async function recordOrTypedFailure(bytes: Uint8Array, file: string): Promise<void> {
    const outcome = await core.process(bytes, file); // an InternalError rejects: the property fails with it
    if (outcome.ok) {
      seen.set(`${file}: record`, (seen.get(`${file}: record`) ?? 0) + 1);
      expect(brokenInvariants(outcome.record)).toEqual([]);
    } else {
      seen.set(`${file}: ${outcome.error.code}`, (seen.get(`${file}: ${outcome.error.code}`) ?? 0) + 1);
      expect(outcome.error).toBeInstanceOf(ParseError);
      expect(outcome.error.file).toBe(file);
    }
  }

  it('the unmutated seed files give records that keep the invariants', async () => {
    for (const [bytes, file] of [
      [PDF, 'seed.pdf'],
      [DOCX, 'seed.docx'],
      [MD, 'seed.md'],
    ] as const) {
      const outcome = await core.process(bytes, file);
      expect(outcome.ok).toBe(true);
      if (outcome.ok) expect(brokenInvariants(outcome.record)).toEqual([]);
    }
  });

  it('PDF (the 11-page seed and the small CMap probe)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom([PDF, 'mutated.pdf'] as const, [SMALL_PDF, 'small.pdf'] as const),
        mutations,
        ([bytes, file], changes) => recordOrTypedFailure(mutate(bytes, changes), file),
      ),
      fuzzOptions(16),
    );
  }, 300_000);

  it('.docx: its bytes, and its document.xml mutated inside a sound zip', async () => {
    const parts = await unzipParts(DOCX);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), mutations, async (inside, changes) => {
        const bytes = inside
          ? await zipOf({ ...parts, 'word/document.xml': Buffer.from(mutate(parts['word/document.xml'], changes)) })
          : mutate(DOCX, changes);
        await recordOrTypedFailure(bytes, 'mutated.docx');
      }),
      fuzzOptions(16),
    );
  }, 300_000);

  it('Markdown', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, (changes) => recordOrTypedFailure(mutate(MD, changes), 'mutated.md')),
      fuzzOptions(16),
    );
    console.log(`fuzzed outcomes: ${[...seen].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }, 300_000);
});
