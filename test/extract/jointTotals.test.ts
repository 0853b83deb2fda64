/** Both sides' totals named at once (收、支总计均为… / 各是…,…): the spending's 总计 as well as the income's. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { docOf, figuresOf } from './helpers.ts';

const TITLE = '# 某县农机服务站2023年度单位决算\n\n一、收入支出决算总体情况说明\n\n';

describe('joint totals of a final account', () => {
  it('reads one amount after 均 as both sides’ 总计', () => {
    expect(figuresOf(`${TITLE}2023年度收、支总计均为1,050.00万元。`)).toMatchObject({
      'income.grandTotal': '1050.00万元',
      'expense.grandTotal': '1050.00万元',
    });
  });

  it('reads two amounts after 各 / 分别 as the income’s then the spending’s, the unit written once', () => {
    const r = extract(docOf(`${TITLE}2023年度收、支总计各是812.40,830.10万元。`));
    expect(r.figures['income.grandTotal']?.value).toBe('812.40');
    expect(r.figures['expense.grandTotal']?.value).toBe('830.10');
    // an account whose totals differ does not balance
    expect(reconcile(r).map((d) => d.rule)).toEqual(['balance']);
    const named = figuresOf(`${TITLE}2023年度收入、支出决算总计分别为812.40万元、812.40万元。`);
    expect(named).toMatchObject({ 'income.grandTotal': '812.40万元', 'expense.grandTotal': '812.40万元' });
  });

  it('refuses one funding line’s totals (财政拨款收、支总计) and a change in them (各减少…)', () => {
    const f = figuresOf(`${TITLE}2023年度财政拨款收、支总计均为247.24万元。与2022年相比,收、支总计各减少44.32万元。`);
    expect(f['expense.grandTotal']).toBeUndefined();
  });
});
