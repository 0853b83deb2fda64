/**
 * A row's budget stated under its name elsewhere, proved by the row's rate (src/extract/tasks/statedBudgets.ts): synthetic
 * text in the layout of county transfer-payment reports, own names and numbers.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { docOf } from './helpers.ts';

const rowsOf = (text: string) =>
  extract(docOf(text)).tasks.map((t) => [t.name, t.budget ?? '-', t.executed ?? '-', t.rate ?? '-', t.unit].join(' | '));

const report = (spent: string) =>
  [
    '# 某县2022年度农业相关转移支付资金绩效自评报告',
    '',
    '一、项目基本情况',
    '2022年,我县共收到农业生产发展资金5000万元,其中:耕地地力保护补贴3000万元,农机购置补贴1200万元,农业产业发展800万元;农田建设补助资金2000万元,其中:高标准农田建设1800万元,项目管理费200万元。',
    '',
    '二、资金使用情况',
    spent,
  ].join('\n');

describe('a row’s budget stated under its name elsewhere, where the row’s own rate proves it', () => {
  it('gives each fund’s row the total stated before its parts (农业生产发展资金5000万元,其中:…)', () => {
    const rows = rowsOf(report('截至2022年12月31日,农业生产发展资金已支出4850万元,执行率97%;农田建设补助资金已支出1960万元,执行率98%。'));
    expect(rows).toContain('农业生产发展资金 | 5000 | 4850 | 97 | 万元');
    expect(rows).toContain('农田建设补助资金 | 2000 | 1960 | 98 | 万元');
    // (a part whose name's tail is the fund's core, 高标准农田建设 / 农田建设补助资金, stays a row of its own: the fund's name,
    // longer, is no shortening of it)
    expect(rows).toContain('高标准农田建设 | 1800 | - | - | 万元');
  });
  it('refused: a rate the amount does not give (4850 ÷ 5000 is no 95%) leaves the row without a budget', () => {
    const rows = rowsOf(report('截至2022年12月31日,农业生产发展资金已支出4850万元,执行率95%;农田建设补助资金已支出1960万元,执行率98%。'));
    expect(rows).toContain('农业生产发展资金 | - | 4850 | 95 | 万元');
  });
});
