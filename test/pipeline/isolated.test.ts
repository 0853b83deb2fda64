import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseError } from '../../src/parse/errors.ts';
import { InternalError, processBytes } from '../../src/pipeline/index.ts';
import { coreLimitsFromEnv, IsolatedCore } from '../../src/pipeline/isolated.ts';

const SEED = new Uint8Array(readFileSync('fixtures/seed/qiaozhong-2023.md'));
/** Markdown on one line whose figure mentions the rules take seconds (and hundreds of MB) to read: 1 MB ≈ 5 s. */
export function slowMarkdown(mb: number): Uint8Array {
  const unit = '全年预算数100万元,执行数90万元,执行率90%。';
  return new Uint8Array(Buffer.from(unit.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(unit)))));
}

describe('the core in worker threads, with a time and a memory limit per document', () => {
  const cores: IsolatedCore[] = [];
  const coreOf = (options: ConstructorParameters<typeof IsolatedCore>[0]) => {
    const core = new IsolatedCore(options);
    cores.push(core);
    return core;
  };
  afterAll(async () => {
    await Promise.all(cores.map((c) => c.close()));
  });

  it('gives the same record as the core itself, and bad input as a ParseError with its code', async () => {
    const core = coreOf({ threads: 1 });
    const [isolated, direct] = await Promise.all([core.process(SEED, 'seed.md'), processBytes(SEED, 'seed.md')]);
    expect(isolated.ok && direct.ok).toBe(true);
    if (isolated.ok && direct.ok) expect(isolated.record).toEqual(direct.record);
    const empty = await core.process(new Uint8Array(0), 'empty.md');
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.error).toBeInstanceOf(ParseError);
      expect(empty.error).toMatchObject({ code: 'empty', file: 'empty.md' });
    }
  });

  it('stops a document over the time limit (a typed timeout naming the file), then reads the next one', async () => {
    // the limit leaves the seed (about 0.3 s alone) room on a loaded two-core machine, and the slow
    // document (about 15 s alone) none
    const core = coreOf({ threads: 1, limits: { timeoutMs: 5000 } });
    const slow = await core.process(slowMarkdown(3), 'one-line.md');
    expect(slow.ok).toBe(false);
    if (!slow.ok) {
      expect(slow.error).toMatchObject({ code: 'timeout', file: 'one-line.md' });
      expect(slow.error.reason).toMatch(/longer than 5 s, the per-document time limit \(BUDGETLENS_DOCUMENT_TIMEOUT\)/);
    }
    expect((await core.process(SEED, 'seed.md')).ok).toBe(true);
  });

  it('stops a document over the memory limit (too-large), then reads the next one', async () => {
    const core = coreOf({ threads: 1, limits: { memoryMb: 48, timeoutMs: 600_000 } });
    const big = await core.process(slowMarkdown(1), 'big.md');
    expect(big.ok).toBe(false);
    if (!big.ok) {
      expect(big.error).toMatchObject({ code: 'too-large', file: 'big.md' });
      expect(big.error.reason).toMatch(/more than 48 MB of memory, the per-document limit/);
    }
    expect((await core.process(SEED, 'seed.md')).ok).toBe(true);
  });

  it('reports a thread that goes away mid-document as an internal error, not as a bad file', async () => {
    const core = coreOf({ threads: 1 });
    const running = core.process(slowMarkdown(2), 'cut-short.md');
    await new Promise((r) => setTimeout(r, 200));
    await core.close();
    const e = await running.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(InternalError);
    expect(e).toMatchObject({ code: 'internal', file: 'cut-short.md' });
  });

  it('reads its limits from the environment, refusing nonsense', () => {
    expect(coreLimitsFromEnv({})).toEqual({ timeoutMs: 120_000, memoryMb: 1024 });
    expect(coreLimitsFromEnv({ BUDGETLENS_DOCUMENT_TIMEOUT: '30', BUDGETLENS_DOCUMENT_MEMORY_MB: '2048' })).toEqual({
      timeoutMs: 30_000,
      memoryMb: 2048,
    });
    expect(() => coreLimitsFromEnv({ BUDGETLENS_DOCUMENT_TIMEOUT: 'soon' })).toThrow(
      /BUDGETLENS_DOCUMENT_TIMEOUT must be a positive number/,
    );
  });
});
