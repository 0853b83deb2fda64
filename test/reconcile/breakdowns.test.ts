import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { breakdownSums } from '../../src/reconcile/rules/breakdowns.ts';
import { docOf } from '../extract/helpers.ts';

const flagged = (text: string) => {
  const r = extract(docOf(text));
  return breakdownSums(r).map((d) => d.arithmetic);
};

describe('sum.amount over a stated breakdown', () => {
  it('flags a whole list that falls a little short of its total', () => {
    const text = '下达资金2263万元。其中:中小河流治理工程1435万元,小型水库维修养护25万元,小流域综合治理700万元,山洪灾害防治93万元。';
    expect(flagged(text)).toHaveLength(1);
    expect(flagged(text)[0]).toContain('2253');
  });

  it('flags parts that come to more than their total', () => {
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程40万元,丙工程30万元。')).toHaveLength(1);
  });

  it('leaves a list that names only the main uses (far short), a list of two, a list cut off, and one that adds up', () => {
    expect(flagged('下达资金1000万元。其中:甲工程500万元,乙工程300万元,丙工程100万元。')).toEqual([]);
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程49万元。')).toEqual([]);
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程40万元,丙工程9万元,丁')).toEqual([]);
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程40万元,丙工程10.00万元。')).toEqual([]);
  });

  it('leaves breakdowns of the report’s own figures to the figure sum rules (one slip, one flag)', () => {
    expect(flagged('本年支出合计2450万元,其中:基本支出2000万元,项目支出440万元,其他支出5万元。')).toEqual([]);
  });
});
