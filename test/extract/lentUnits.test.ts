/**
 * A unit lent to a bare number, checked against the report's own totals (src/extract/lentUnits.ts): synthetic forms in
 * the layouts of copied report pages (a form's cells one a line, each closed by " |"), own names and numbers.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { inYuanWhereLentTooLarge } from '../../src/extract/lentUnits.ts';
import type { Segment } from '../../src/extract/text.ts';
import type { Unit } from '../../src/model/record.ts';
import { docOf } from './helpers.ts';

/** A form whose funds block notes 万元 on each label, then a spending-detail table that notes no unit (its amounts in 元). */
const FORM = [
  '# 某市财政支出绩效评价自评报告',
  '',
  '项目名称: 职业学校实训楼建设',
  '项目单位: 某市职业学校',
  '一、项目基本概况 |',
  '计划安排资金 (万元) |',
  '900 |',
  '实际到位资金 (万元) |',
  '880 |',
  '实际支出 (万元) |',
  '880 |',
  '结余 (万元) |',
  '||',
  '其中:市财政 |',
  '300 |',
  '市财政 |',
  '300 |',
  '市财政 |',
  '300 |',
  '市财政 |',
  '||',
  '其它 |',
  '600 |',
  '其它 |',
  '580 |',
  '其它 |',
  '580 |',
  '其它 |',
  '||',
  '二、项目支出明细情况 |',
  '支出内容 |',
  '实际支出数 |',
  '会计凭证号 |',
  '备注 |',
  '|||||',
  '主体工程款 |',
  '5000000 |',
  '见附件 |',
  '||||||',
  '设备购置款 |',
  '3800000 |',
  '见附件 |',
  '||||||',
  '支出合计 |',
  '8800000 |',
  '|||||||',
  '三、项目绩效自评情况 |',
].join('\n');

describe('a bare amount that the lent 万元 would make a thousand times the report’s own totals is in 元', () => {
  it('reads a detail table’s total under a form noting 万元 elsewhere in 元, the form’s own figures in 万元', () => {
    const r = extract(docOf(FORM));
    const shown = (key: string) => `${r.figures[key]?.value}${r.figures[key]?.unit}`;
    expect([shown('budget.total'), shown('budget.executed'), shown('expense.total')]).toEqual(['900万元', '880万元', '8800000元']);
    expect(r.tasks.map((t) => `${t.name} ${t.executed}${t.unit}`)).toEqual(['主体工程款 5000000元', '设备购置款 3800000元']);
  });

  const segment = (text: string) => ({ text }) as Segment;
  const amount = (value: string, text = `${value}`, key?: string, unit: Unit = '万元') => {
    const seg = segment(text);
    const at = text.indexOf(value);
    return { key, value, unit, segment: seg, end: at + value.length };
  };
  const unitsAfter = (figures: ReturnType<typeof amount>[], fragments: ReturnType<typeof amount>[]) => {
    inYuanWhereLentTooLarge(figures, fragments);
    return [...figures, ...fragments].map((a) => `${a.value}${a.unit}`);
  };

  it('refused: a unit written after the number is the report’s word (支出合计8800000万元)', () => {
    expect(unitsAfter([amount('900', '900', 'budget.total'), amount('8800000', '支出合计8800000万元', 'expense.total')], [])).toEqual([
      '900万元',
      '8800000万元',
    ]);
  });
  it('refused: a report whose own totals are as large (a city’s accounts in 万元) keeps the unit', () => {
    expect(unitsAfter([amount('3200000', '3200000', 'budget.total')], [amount('1500000')])).toEqual(['3200000万元', '1500000万元']);
    expect(unitsAfter([amount('2500', '2500', 'budget.total')], [amount('1500000')])).toEqual(['2500万元', '1500000万元']);
  });
  it('refused: six whole digits or fewer, or no total of the report’s own to measure against', () => {
    expect(unitsAfter([amount('90', '90', 'budget.total')], [amount('880000')])).toEqual(['90万元', '880000万元']);
    expect(unitsAfter([amount('90', '90', 'eval.score')], [amount('8800000')])).toEqual(['90万元', '8800000万元']);
  });
  it('reads a row’s amount in 元 beside a total a thousand times smaller', () => {
    expect(unitsAfter([amount('900', '900', 'budget.total')], [amount('5000000', '主体工程款 | 5000000 |')])).toEqual([
      '900万元',
      '5000000元',
    ]);
  });
});
