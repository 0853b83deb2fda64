import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOCABULARY_KEYS } from '../../src/model/keys.ts';
import { processFile } from '../../src/pipeline/index.ts';

const fixture = (name: string) => new URL(`../../fixtures/seed/${name}`, import.meta.url).pathname;
const labels = JSON.parse(readFileSync(new URL('../../fixtures/labels/qiaozhong-2023.json', import.meta.url).pathname, 'utf8'));
const vocabulary = new Set<string>(VOCABULARY_KEYS);

describe.each(['qiaozhong-2023.received.md', 'qiaozhong-2023.md', 'qiaozhong-2023.docx', 'qiaozhong-2023.pdf'])(
  'seed report from %s',
  (file) => {
    const outcome = processFile(fixture(file));

    it('yields exactly the labelled figures under the vocabulary keys', async () => {
      const o = await outcome;
      if (!o.ok) throw o.error;
      const got = Object.fromEntries(
        Object.entries(o.record.figures)
          .filter(([k]) => vocabulary.has(k))
          .map(([k, f]) => [k, { value: f.value, unit: f.unit }]),
      );
      expect(got).toEqual(labels.figures);
    });

    it('yields the five task lines', async () => {
      const o = await outcome;
      if (!o.ok) throw o.error;
      expect(o.record.tasks.map(({ name, budget, executed, rate, unit }) => ({ name, budget, executed, rate, unit }))).toEqual(
        labels.tasks,
      );
    });

    it('finds department, year and kind', async () => {
      const o = await outcome;
      if (!o.ok) throw o.error;
      expect([o.record.department, o.record.year, o.record.kind]).toEqual([labels.department, labels.year, labels.kind]);
    });

    it('yields exactly the six labelled discrepancies, with the arithmetic spelled out', async () => {
      const o = await outcome;
      if (!o.ok) throw o.error;
      expect(o.record.discrepancies.map((d) => d.rule).sort()).toEqual(labels.discrepancies.map((d: { rule: string }) => d.rule).sort());
      const bySource = o.record.discrepancies.find((d) => d.rule === 'sum.expenseBySource');
      expect(bySource?.arithmetic).toContain('5988.67 + 629.55 + 0 = 6618.22 ≠ 6708');
      expect(bySource?.arithmetic).toContain('89.78');
    });

    it('cites the original snippet of each figure', async () => {
      const o = await outcome;
      if (!o.ok) throw o.error;
      expect(o.record.figures['budget.total'].evidence.snippet).toMatch(/7143\.45/);
      expect(o.record.figures['expense.generalPublic'].mentions.map((m) => m.value)).toEqual(['5988.67', '2956.82']);
    });
  },
);
