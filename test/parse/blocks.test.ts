import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { BlockBuilder } from '../../src/parse/blocks.ts';
import { parseBytes } from '../../src/parse/index.ts';
import { docOf } from '../extract/helpers.ts';
import { docxOf, documentXml, textRun } from './docx-package.ts';

const prov = (from: number, to: number) => ({ page: null, lines: [from, to] as [number, number] });
const paragraphs = (b: BlockBuilder) => b.blocks.map((x) => (x.type === 'table' ? '<table>' : x.text));

describe('a sentence a copy split into two paragraphs at a comma', () => {
  // [first paragraph, second paragraph, one paragraph read]
  const joined: [string, string, string][] = [
    ['年初预算800万元,', '全年支出785.3万元,执行率98.16%。', '年初预算800万元,全年支出785.3万元,执行率98.16%。'],
    ['资金主要用于甲项目、', '乙项目。', '资金主要用于甲项目、乙项目。'],
    ['全年完成支出1200万元,', '2023年结转10万元。', '全年完成支出1200万元, 2023年结转10万元。'],
  ];
  it.each(joined)('reads "%s" + "%s" as one paragraph', (first, second, one) => {
    const b = new BlockBuilder();
    b.paragraph(first, prov(1, 1));
    b.paragraph(second, prov(3, 3));
    expect(paragraphs(b)).toEqual([one]);
    expect(b.blocks[0].prov.lines).toEqual([1, 3]);
    expect(b.blocks[0].id).toBe('b1');
  });

  // the second paragraph opens a block of its own, or the first ends its sentence: two paragraphs stay two
  const kept: [string, string][] = [
    ['年初预算800万元,', '(二)乙项目资金,年初预算200万元。'],
    ['主要做法如下,', '1.加强预算管理。'],
    ['主要做法如下,', '一是加强预算管理。'],
    ['年初预算800万元。', '全年支出785.3万元。'],
    ['年初预算800万元,', '“全年支出”一词。'],
  ];
  it.each(kept)('keeps "%s" and "%s" apart', (first, second) => {
    const b = new BlockBuilder();
    b.paragraph(first, prov(1, 1));
    b.paragraph(second, prov(3, 3));
    expect(b.blocks).toHaveLength(2);
  });

  it('does not join across a heading or a table, nor across pages', () => {
    const b = new BlockBuilder();
    b.paragraph('年初预算800万元,', prov(1, 1));
    b.heading(2, '二、执行情况', prov(2, 2));
    b.paragraph('全年支出785.3万元。', prov(3, 3));
    b.paragraph('年初预算800万元,', prov(4, 4));
    b.table([[{ raw: '项目', prov: prov(5, 5) }]], prov(5, 5));
    b.paragraph('全年支出785.3万元。', prov(6, 6));
    b.paragraph('年初预算800万元,', { page: 1, lines: [9, 9] });
    b.paragraph('全年支出785.3万元。', { page: 2, lines: [1, 1] });
    expect(b.blocks).toHaveLength(8);
  });

  const report = [
    '# 某县甲局2023年度部门整体支出绩效自评报告',
    '(一)甲项目资金,年初预算800万元,',
    '全年支出785.3万元,执行率98.16%。',
    '(二)乙项目资金,年初预算200万元,全年支出190万元,执行率95%。',
  ];
  const expected = [
    { name: '甲项目资金', budget: '800', executed: '785.3', rate: '98.16' },
    { name: '乙项目资金', budget: '200', executed: '190', rate: '95' },
  ];
  const tasksOf = (doc: Parameters<typeof extract>[0]) =>
    extract(doc).tasks.map(({ name, budget, executed, rate }) => ({ name, budget, executed, rate }));

  it('gives the item its spending, not the unit, from a text copy (a blank line between the halves)', () => {
    const doc = docOf(report.join('\n\n'));
    const record = extract(doc);
    expect(tasksOf(doc)).toEqual(expected);
    expect(record.figures['budget.executed']).toBeUndefined();
  });

  it('gives the item its spending from a .docx that made each half a paragraph', async () => {
    const doc = await parseBytes(await docxOf(documentXml(report.map(textRun))), 'split.docx');
    expect(tasksOf(doc)).toEqual(expected);
    expect(extract(doc).figures['budget.executed']).toBeUndefined();
  });
});
