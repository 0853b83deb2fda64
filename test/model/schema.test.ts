import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchema } from '../../src/cli/schema.ts';
import { Record } from '../../src/model/record.ts';

describe('record schema', () => {
  it('the committed JSON Schema is the one the zod schema gives (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(recordJsonSchema())));
  });
  it('rejects money written as a float or with separators', () => {
    const base = {
      file: 'a.md',
      sha256: 'x',
      department: null,
      year: 2023,
      kind: 'other',
      extractorVersion: '0',
      figures: {},
      indicators: [],
      targets: [],
      discrepancies: [],
      warnings: [],
    };
    const task = (budget: string) => ({
      name: 't',
      budget,
      executed: null,
      rate: null,
      unit: '万元',
      evidence: { blockId: 'b1', page: null, lines: null, snippet: '', start: 0, end: 0 },
    });
    expect(Record.safeParse({ ...base, tasks: [task('325.29')] }).success).toBe(true);
    expect(Record.safeParse({ ...base, tasks: [task('3,25.29')] }).success).toBe(false);
    expect(Record.safeParse({ ...base, tasks: [task('1e3')] }).success).toBe(false);
  });
});
