/**
 * Extraction and reconciliation as properties (fast-check, fixed seed; test/fuzz.ts): generated
 * reports — the seed's overview sentence with other amounts, written plainly, with thousands
 * separators or in full-width digits — whose sums are built to add up exactly or to miss by a known
 * gap. Every stated amount is read as written, every figure's evidence holds its number, a sum that
 * adds up raises nothing, and one that misses raises a discrepancy whose difference is the gap exactly.
 */
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline/index.ts';
import { brokenInvariants, fuzzOptions } from '../fuzz.ts';

/** Hundredths as a two-place decimal: 598867 → "5988.67". */
const money = (cents: bigint) => {
  const s = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return `${cents < 0n ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};
const FULL_WIDTH = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const GROUPED = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))(?<!\.\d*)/g, ',');

const report = fc
  .record({
    // amounts in hundredths of 万元, up to 100 亿元
    source: fc.tuple(
      fc.bigInt({ min: 0n, max: 10n ** 8n }),
      fc.bigInt({ min: 0n, max: 10n ** 7n }),
      fc.bigInt({ min: 0n, max: 10n ** 6n }),
    ),
    basicShare: fc.integer({ min: 0, max: 100 }),
    // the gap between the executed total and its parts: none, or at least 1 万元 either way
    gap: fc.oneof(fc.constant(0n), fc.bigInt({ min: 100n, max: 10n ** 6n }), fc.bigInt({ min: -(10n ** 6n), max: -100n })),
    headroom: fc.bigInt({ min: 0n, max: 10n ** 7n }),
    style: fc.constantFrom('plain', 'grouped', 'full-width'),
  })
  .filter(({ source: [a, b, c], gap }) => a + b + c + gap > 0n);

describe('extraction and reconciliation on generated reports', () => {
  it('reads every amount as written; a sum that adds up raises nothing, one that misses gives the gap exactly', async () => {
    await fc.assert(
      fc.asyncProperty(report, async ({ source: [s1, s2, s3], basicShare, gap, headroom, style }) => {
        const parts = s1 + s2 + s3;
        const n1 = (parts * BigInt(basicShare)) / 100n;
        const n2 = parts - n1;
        const executed = parts + gap;
        const budget = executed + headroom;
        const write = (v: string) => (style === 'grouped' ? GROUPED(v) : style === 'full-width' ? FULL_WIDTH(v) : v);
        const md = [
          '# 广州市某某街道办事处2023年度部门整体支出绩效自评报告',
          '',
          '## 一、部门基本情况',
          '',
          `全年预算数 ${write(money(budget))} 万元，执行数 ${write(money(executed))} 万元。按资金来源分，一般公共预算财政拨款支出 ${write(money(s1))} 万元，` +
            `政府性基金预算财政拨款支出 ${write(money(s2))} 万元，国有资本经营预算财政拨款支出 ${write(money(s3))} 万元。` +
            `按支出性质看，基本支出 ${write(money(n1))} 万元，项目支出 ${write(money(n2))} 万元。`,
          '',
        ].join('\n');
        const outcome = await processBytes(new Uint8Array(Buffer.from(md)), 'generated.md');
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const { figures, discrepancies } = outcome.record;
        const stated = {
          'budget.total': budget,
          'budget.executed': executed,
          'expense.generalPublic': s1,
          'expense.governmentFund': s2,
          'expense.stateCapital': s3,
          'expense.basic': n1,
          'expense.project': n2,
        };
        for (const [key, cents] of Object.entries(stated)) {
          expect(figures[key]?.value, key).toBe(money(cents));
          expect(figures[key]?.unit, key).toBe('万元');
          expect(figures[key]?.yuan, key).toBe(new Decimal(money(cents)).times(10000).toFixed());
        }
        expect(brokenInvariants(outcome.record)).toEqual([]);
        for (const rule of ['sum.expenseBySource', 'sum.expenseByNature'] as const) {
          const found = discrepancies.filter((d) => d.rule === rule);
          if (gap === 0n) expect(found, rule).toEqual([]);
          else {
            expect(found.length, rule).toBe(1);
            expect(new Decimal(found[0].expected).eq(money(parts)), rule).toBe(true);
            expect(new Decimal(found[0].difference).eq(money(gap)), rule).toBe(true);
          }
        }
      }),
      fuzzOptions(60),
    );
  });
});
