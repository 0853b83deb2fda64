/**
 * A task table's total row (合计 / 总计) read as a breakdown of each money column the task rows fill: invented tables in
 * the shapes reports use, each with the breakdowns it must give, or none where the rows are not the whole of the total.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { docOf } from './helpers.ts';

const wholes = (text: string) =>
  extract(docOf(text))
    .breakdowns.filter((b) => b.whole)
    .map((b) => `${b.total.name} ${b.total.value}${b.total.unit} = ${b.parts.map((p) => `${p.name} ${p.value}`).join(' + ')}`);

const HEAD = '# 某县文体中心2023年度部门整体支出绩效自评报告\n\n## 三、重点工作完成情况\n\n';
const header = '| 序号 | 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 |\n| --- | --- | --- | --- | --- |\n';
const rows = [
  '| 1 | 乡村书屋更新 | 45.00 | 42.30 | 94.00% |',
  '| 2 | 群众文化汇演 | 30.00 | 30.00 | 100.00% |',
  '| 3 | 体育器材配送 | 25.00 | 21.50 | 86.00% |',
];
const table = (lines: string[]) => `${HEAD}${header}${lines.join('\n')}\n`;

describe('a task table’s total row', () => {
  it('gives one breakdown per money column the rows fill, the total row after the rows', () => {
    expect(wholes(table([...rows, '| | 合计 | 100.00 | 95.80 | 95.80% |']))).toEqual([
      '合计(预算数) 100.00万元 = 乡村书屋更新 45.00 + 群众文化汇演 30.00 + 体育器材配送 25.00',
      '合计(执行数) 95.80万元 = 乡村书屋更新 42.30 + 群众文化汇演 30.00 + 体育器材配送 21.50',
    ]);
  });

  it('refused: a list’s part continued on the next page, its total the whole list’s (no header over its rows)', () => {
    // the part after the page break copied without its delimiter row, its rows' blank remarks dropped: a table of its own
    const head = '| 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率 | 备注 |\n|---|---|---|---|---|---|\n';
    const first = ['| 1 | 乡村书屋更新 | 45.00 | 42.30 | 94.00% | |', '| 2 | 群众文化汇演 | 30.00 | 30.00 | 100.00% | |'];
    const more = ['| 3 | 非遗展演 | 20.00 | 18.00 | 90.00% | 基本完成 |', '| 4 | 全民健身赛事 | 10.00 | 10.00 | 100.00% | |'];
    const cut = `${HEAD}${head}${first.join('\n')}\n\n— 3 —\n\n${more.join('\n')}\n| | 合计 | 105.00 | 100.30 | 95.52% | |\n`;
    expect(extract(docOf(cut)).tasks).toHaveLength(4);
    // a total of the part's rows alone (20 + 10 ≠ 105) would be a discrepancy no one stated
    expect(wholes(cut).filter((w) => /非遗展演/.test(w) && !/乡村书屋更新/.test(w))).toEqual([]);
  });

  it('reads a total row set first under the header (总计)', () => {
    expect(wholes(table(['| | 总计 | 100.00 | 93.80 | 93.80% |', ...rows]))).toHaveLength(2);
  });

  it('refused: a group’s 小计 row, or a row not read as a task between the rows, makes the rows no whole', () => {
    expect(
      wholes(table([rows[0], rows[1], '| | 小计 | 75.00 | 72.30 | 96.40% |', rows[2], '| | 合计 | 100.00 | 93.80 | 93.80% |'])),
    ).toEqual([]);
    expect(
      wholes(table([rows[0], '| | 其中：财政资金 | 40.00 | 40.00 | 100% |', rows[1], rows[2], '| | 合计 | 100.00 | 93.80 | 93.80% |'])),
    ).toEqual([]);
  });

  it('refused: rows of two levels (a row the sum of the rows under it) count their sub-items twice', () => {
    const twoLevels = [
      '| 1 | 文化活动 | 75.00 | 72.30 | 96.40% |',
      '| 1.1 | 群众文化汇演 | 45.00 | 42.30 | 94.00% |',
      '| 1.2 | 送戏下乡 | 30.00 | 30.00 | 100.00% |',
      rows[2],
      '| | 合计 | 100.00 | 93.80 | 93.80% |',
    ];
    expect(wholes(table(twoLevels))).toEqual([]);
  });

  it('refused: a table without a total row, and a total row away from the rows', () => {
    expect(wholes(table(rows))).toEqual([]);
    expect(wholes(`${table(rows)}\n说明：以上项目均已完成。\n\n| 项目 | 金额（万元） |\n| --- | --- |\n| 合计 | 100.00 |\n`)).toEqual([]);
  });
});

const LIST = [
  '表1 项目资金分项执行情况(单位:万元)',
  '序号  子项目名称  预算数  实际支出  执行率',
  '1  土地平整工程  425.00  425.00  100.00%',
  '2  灌溉与排水工程  638.00  610.25  95.65%',
];
const listWholes = (lines: string[]) => wholes(`${HEAD}${lines.join('\n')}\n`);

describe('a list copied as text and its total row', () => {
  it('gives one breakdown per money column the rows fill, the total row right after the last row', () => {
    expect(listWholes([...LIST, '合计  1,063.00  1,035.25  97.39%'])).toEqual([
      '合计(预算数) 1063.00万元 = 土地平整工程 425.00 + 灌溉与排水工程 638.00',
      '合计(执行数) 1035.25万元 = 土地平整工程 425.00 + 灌溉与排水工程 610.25',
    ]);
  });

  it('refused: a number between the rows that no row holds (a subtotal), or a total of another count of amounts', () => {
    expect(listWholes([...LIST.slice(0, 3), '小计  425.00  425.00', LIST[3], '合计  1,063.00  1,035.25  97.39%'])).toEqual([]);
    expect(listWholes([...LIST, '合计  1,063.00'])).toEqual([]);
  });
});

describe('a list copied as text whose first row was not read', () => {
  it('refused: the total then holds that row too, and the rows read are not its whole', () => {
    const unread = [LIST[0], LIST[1], '1  土地平整工程 425.00', LIST[3], '3  田间道路工程  396.00  381.47  96.33%'];
    expect(listWholes([...unread, '合计  1,459.00  1,416.72  97.10%']).filter((w) => !/土地平整工程/.test(w))).toEqual([]);
  });
});
