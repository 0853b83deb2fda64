/**
 * `budgetlens extract` over a batch: a file budgetlens itself fails on (an InternalError, a bug in a rule) fails
 * alone, named with its reason, and the files after it are still read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractEach } from '../../src/cli/extract.ts';
import type { Record } from '../../src/model/record.ts';
import { InternalError, processFile } from '../../src/pipeline/index.ts';

const seed = 'fixtures/seed/qiaozhong-2023.received.md';

describe('extractEach', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads the files after one that fails with an internal error, and counts it failed', async () => {
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    // a rule that throws on one report, as a bug would: the pipeline wraps it in an InternalError
    const failsOnOne = (file: string) =>
      file === 'bug.md' ? Promise.reject(new InternalError(file, "Cannot read properties of undefined (reading '0')")) : processFile(file);
    const records: Record[] = [];
    const failed = await extractEach([seed, 'bug.md', seed], failsOnOne, (r) => records.push(r));
    expect(failed).toBe(1);
    expect(records).toHaveLength(2);
    expect(stderr.join('')).toMatch(/bug\.md: internal error: Cannot read properties of undefined/);
  });

  it('lets an error that is no file’s own through (not an InternalError: the command itself is broken)', async () => {
    const broken = () => Promise.reject(new TypeError('not a file’s failure'));
    await expect(extractEach([seed], broken, () => {})).rejects.toThrow(TypeError);
  });
});
