/**
 * A form's funds row split by its arithmetic (checkedRows.ts): header words run together with the
 * row's values after them, read only when the spending over the budget is the stated rate. Each
 * example is a layout with the figures it must give, or none where the split is not proven.
 */
import { describe, expect, it } from 'vitest';
import { extractCheckedBudgetRows } from '../../src/extract/checkedRows.ts';
import { segmentsOf } from '../../src/extract/text.ts';
import { docOf, figuresOf } from './helpers.ts';

const FORM = '某县农技推广项目绩效目标自评表(2023年度)项目总得分95分项目名称马铃薯良种繁育项目实施单位某县农业技术推广中心';

const EXAMPLES: { layout: string; text: string; figures: Record<string, string> }[] = [
  {
    layout: 'header words run together, the total label before them, the values one a line with their unit',
    text: `${FORM}资金情况(万元)年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)其中中央补助自治区补助120万元\n118万元\n98.3%市县资金年度总体目标完成繁育`,
    figures: { 'budget.total': '120万元', 'budget.executed': '118万元', 'budget.executionRate': '98.3%' },
  },
  {
    layout: 'a value glued among the header words, then the row after the last header',
    text: `${FORM}资金情况(万元)年度资金总额全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元\n259.45万元\n86.5%市县资金`,
    figures: { 'budget.total': '300万元', 'budget.executed': '259.45万元', 'budget.executionRate': '86.5%' },
  },
  {
    layout: 'bare values in the unit the block declares, a weight between spending and rate, 年初 first',
    text: `${FORM}\n\n项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 100 120 118 10 98.33% 9.8 其中当年财政拨款`,
    figures: {
      'budget.initial': '100万元',
      'budget.total': '120万元',
      'budget.executed': '118万元',
      'budget.executionRate': '98.33%',
    },
  },
  {
    layout: 'refused: the rate does not fit the spending over the budget',
    text: `${FORM}资金情况(万元)年度资金总额全年预算数(A)全年执行数(B)执行率(B/A)其中中央补助120万元\n118万元\n95%市县资金`,
    figures: {},
  },
  {
    layout: 'refused: a sub-line (当年财政拨款) before the values, not the total',
    text: `${FORM}资金情况(万元)全年预算数全年执行数执行率 其中:当年财政拨款 120 118 98.33% 年度资金总额`,
    figures: {},
  },
  {
    layout: 'refused: no total label near the header (a named item’s row)',
    text: `${FORM}\n\n子项目明细(万元)\n\n全年预算数 全年执行数 执行率 种薯采购 120 118 98.33%`,
    figures: {},
  },
  {
    layout: 'refused: bare values and no unit declared',
    text: '某县项目自评表 年度资金总额全年预算数全年执行数执行率 120 118 98.33%',
    figures: {},
  },
];

const budgetFigures = (text: string) => Object.fromEntries(Object.entries(figuresOf(text)).filter(([k]) => k.startsWith('budget.')));

describe('a funds row split by its arithmetic', () => {
  for (const e of EXAMPLES)
    it(e.layout, () => {
      // a refusal is this reader's: other readers may still read such a row their own way
      if (Object.keys(e.figures).length) expect(budgetFigures(e.text)).toEqual(e.figures);
      else expect(extractCheckedBudgetRows(segmentsOf(docOf(e.text)))).toEqual([]);
    });

  it('points its evidence at the values in their own segment', () => {
    const text = EXAMPLES[0].text;
    const found = extractCheckedBudgetRows(segmentsOf(docOf(text)));
    for (const f of found) expect(f.segment.text.slice(f.start, f.end)).toContain(f.value);
    expect(found.map((f) => f.rule)).toContain('table/checked-row/budget.total');
  });

  it('gives way to any other reader that stated one of its figures', () => {
    const text = `${EXAMPLES[0].text}\n\n该项目全年预算数为125万元。`;
    expect(budgetFigures(text)['budget.total']).toBe('125万元');
    expect(budgetFigures(text)['budget.executed']).toBeUndefined();
  });

  it('reads nothing when two forms on one page give two different rows', () => {
    const two = `${EXAMPLES[0].text}\n\n${EXAMPLES[1].text}`;
    expect(extractCheckedBudgetRows(segmentsOf(docOf(two)))).toEqual([]);
  });
});
