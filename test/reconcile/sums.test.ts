import { describe, expect, it } from 'vitest';
import { KEYS } from '../../src/model/keys.ts';
import { runSumRule, SUM_RULES } from '../../src/reconcile/rules/sums.ts';
import { rec, valid } from './helpers.ts';

// Derived from SUM_RULES: each rule's keys are vocabulary keys, and each rule fires on parts that do
// not add up and stays silent on parts that do, whichever alternative of a part is stated.
describe.each(SUM_RULES.map((rule) => [`${rule.id} ${rule.subject ?? ''}`.trim(), rule] as const))('%s', (_name, rule) => {
  const keys = [...rule.total, ...rule.parts.flat(2)];
  it('names only known keys', () => {
    expect(keys.filter((k) => !(k in KEYS))).toEqual([]);
  });
  for (let alt = 0; alt < Math.max(...rule.parts.map((p) => p.length)); alt++) {
    const partKeys = rule.parts.map((alternatives) => alternatives[Math.min(alt, alternatives.length - 1)]).flat();
    const spec = (total: number) => ({ [rule.total[0]]: `${total} 万元`, ...Object.fromEntries(partKeys.map((k) => [k, '10 万元'])) });
    it(`fires when the parts (alternative ${alt + 1}) do not add up`, () => {
      // (a rule that flags only parts above their total, onlyAbove, is given parts above it)
      const ds = valid(runSumRule(rule, rec(spec(rule.onlyAbove ? partKeys.length * 10 - 5 : partKeys.length * 10 + 100))));
      expect(ds.map((d) => d.rule)).toEqual([rule.id]);
    });
    it(`is silent when they do (alternative ${alt + 1})`, () => {
      expect(runSumRule(rule, rec(spec(partKeys.length * 10)))).toEqual([]);
    });
  }
  it('is silent when a part is not stated', () => {
    expect(runSumRule(rule, rec({ [rule.total[0]]: '100 万元' }))).toEqual([]);
  });
});
