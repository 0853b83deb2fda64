import { describe, expect, it } from 'vitest';
import { reconcileChain } from '../../src/reconcile/index.ts';
import { rec, valid } from './helpers.ts';

const dept = '广州市荔湾区人民政府桥中街道办事处';

describe('carryover.chain', () => {
  it('flags a year-end carry-over that is not next year’s carry-in, naming the previous record', () => {
    const y2022 = rec({ 'carryover.end': '77.57 万元' }, { department: dept, year: 2022, file: 'a-2022.md' });
    const y2023 = rec({ 'income.carryIn': '70.57 万元' }, { department: ` ${dept} `, year: 2023, file: 'a-2023.md' });
    const [d, ...more] = valid(reconcileChain([y2023, y2022]));
    expect(more).toEqual([]);
    expect(d.rule).toBe('carryover.chain');
    expect(d.rule === 'carryover.chain' && d.previous).toEqual({ file: 'a-2022.md', year: 2022 });
    expect(d.arithmetic).toBe('77.57 ≠ 70.57 (Δ 7.00 万元)');
    expect(d.severity).toBe('error');
  });

  it('does not fire within rounding of the coarser statement', () => {
    const y2022 = rec({ 'carryover.end': '77.57 万元' }, { department: dept, year: 2022 });
    const y2023 = rec({ 'income.carryIn': '775700 元' }, { department: dept, year: 2023 });
    const y2024 = rec({ 'income.carryIn': '77.6 万元' }, { department: dept, year: 2024 });
    const y2023b = rec({ 'carryover.end': '77.6 万元' }, { department: dept, year: 2023 });
    expect(reconcileChain([y2022, y2023])).toEqual([]);
    expect(reconcileChain([y2023b, y2024])).toEqual([]);
  });

  it('does not fire when a side is missing, the years are not consecutive, or the departments differ', () => {
    const y2022 = rec({ 'carryover.end': '77.57 万元' }, { department: dept, year: 2022 });
    expect(reconcileChain([y2022, rec({}, { department: dept, year: 2023 })])).toEqual([]);
    expect(reconcileChain([y2022, rec({ 'income.carryIn': '1 万元' }, { department: dept, year: 2024 })])).toEqual([]);
    expect(reconcileChain([y2022, rec({ 'income.carryIn': '1 万元' }, { department: '另一个部门', year: 2023 })])).toEqual([]);
    expect(reconcileChain([y2022, rec({ 'income.carryIn': '1 万元' }, { department: null, year: 2023 })])).toEqual([]);
  });
});
