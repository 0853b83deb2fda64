import { describe, expect, it } from 'vitest';
import { cellOrigin, onGrid } from '../../src/extract/grid.ts';
import { extract } from '../../src/extract/index.ts';
import { docOf, figuresOf } from './helpers.ts';

// Tables with merged cells (an HTML copy's colspan / rowspan; a .docx's and a PDF's merges come as the same spans)
// must read as their pipe copy does: each case is the merged table and the pipe rows a copy gives of it.
const ACCOUNTS_TITLE = '某县农业农村局2023年度部门决算说明\n\n单位:万元\n\n';
const CASES: { layout: string; merged: string; pipe: string; want: Record<string, string> }[] = [
  {
    layout: 'final accounts whose 本年支出 spans 合计 | 基本支出 | 项目支出, the income headers merged over two rows',
    merged: `${ACCOUNTS_TITLE}<table>
<tr><td rowspan="2">项目</td><td rowspan="2">本年收入合计</td><td rowspan="2">财政拨款收入</td><td rowspan="2">其他收入</td><td colspan="3">本年支出</td></tr>
<tr><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>合计</td><td>1,500.50</td><td>1,400.50</td><td>100.00</td><td>1,480.20</td><td>900.10</td><td>580.10</td></tr>
</table>
`,
    pipe: `${ACCOUNTS_TITLE}| 项目 | 本年收入合计 | 财政拨款收入 | 其他收入 | 本年支出 | | |\n|---|---|---|---|---|---|---|\n| | | | | 合计 | 基本支出 | 项目支出 |\n| 合计 | 1,500.50 | 1,400.50 | 100.00 | 1,480.20 | 900.10 | 580.10 |\n`,
    want: {
      'income.total': '1500.50万元',
      'income.fiscal': '1400.50万元',
      'income.other': '100.00万元',
      'expense.total': '1480.20万元',
      'expense.basic': '900.10万元',
      'expense.project': '580.10万元',
    },
  },
  {
    layout: 'a department’s table under a two-row header, the year spanning its three columns, 合计 last',
    merged: `某县文化馆2023年度部门整体支出绩效自评报告\n\n<table>
<tr><th rowspan="2">项目</th><th colspan="3">2023年</th></tr>
<tr><th>预算数</th><th>决算数</th><th>执行率</th></tr>
<tr><td>基本支出</td><td>520</td><td>512.5</td><td>98.56%</td></tr>
<tr><td>项目支出</td><td>310</td><td>280</td><td>90.32%</td></tr>
<tr><td>合计</td><td>830</td><td>792.5</td><td>95.48%</td></tr>
</table>
`,
    pipe: `某县文化馆2023年度部门整体支出绩效自评报告\n\n| 项目 | 2023年 | | |\n|---|---|---|---|\n| | 预算数 | 决算数 | 执行率 |\n| 基本支出 | 520 | 512.5 | 98.56% |\n| 项目支出 | 310 | 280 | 90.32% |\n| 合计 | 830 | 792.5 | 95.48% |\n`,
    want: {
      'budget.total': '830万元',
      'budget.executed': '792.5万元',
      'budget.executionRate': '95.48%',
      'expense.basic': '512.5万元',
      'expense.project': '280万元',
    },
  },
];

const NOTICE = `某市财政局关于2023年度项目支出绩效自评结果的公示\n\n<table>
<tr><td>序号</td><td>主管部门</td><td>项目名称</td><td>预算金额(万元)</td><td>执行金额(万元)</td><td>执行率</td><td>等级</td></tr>
<tr><td>1</td><td rowspan="2">市教育局</td><td>学前教育补助资金</td><td>320</td><td>310.5</td><td>97.03%</td><td>优</td></tr>
<tr><td>2</td><td>校舍维修改造项目</td><td>180</td><td>162</td><td>90%</td><td>良</td></tr>
<tr><td>3</td><td>市卫健委</td><td>基本公共卫生服务项目</td><td>560</td><td>548.8</td><td>98%</td><td>优</td></tr>
</table>
`;

describe('tables with merged cells, laid on their grid', () => {
  for (const c of CASES) {
    it(`${c.layout}: reads what its pipe copy reads`, () => {
      expect(figuresOf(c.merged)).toEqual(c.want);
      expect(figuresOf(c.pipe)).toEqual(c.want);
    });
  }

  it('lists the projects of a notice whose 主管部门 spans its two projects, each row read in its own columns', () => {
    const tasks = extract(docOf(NOTICE)).tasks.map((t) => [t.name, t.budget, t.executed, t.rate]);
    expect(tasks).toEqual([
      ['学前教育补助资金', '320', '310.5', '97.03'],
      ['校舍维修改造项目', '180', '162', '90'],
      ['基本公共卫生服务项目', '560', '548.8', '98'],
    ]);
  });

  it('does not repeat a merged amount into the places it covers: a budget merged over two rows is one budget', () => {
    const doc = onGrid(
      docOf(`标题\n\n<table>
<tr><td>项目</td><td>预算数</td><td>执行数</td></tr>
<tr><td>甲</td><td rowspan="2">100</td><td>40</td></tr>
<tr><td>乙</td><td>50</td></tr>
</table>
`),
    );
    const table = doc.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows.map((row) => row.map((c) => c.text))).toEqual([
      ['项目', '预算数', '执行数'],
      ['甲', '100', '40'],
      ['乙', '', '50'],
    ]);
  });

  it('cites a value at its place in the table as read, not its grid place', () => {
    // 校舍维修改造项目's row lost the 主管部门 cell merged from the row above: its 180 is the row's third cell, in grid column 4
    const row = extract(docOf(NOTICE)).tasks.find((t) => t.name === '校舍维修改造项目');
    expect(row?.evidence).toMatchObject({ snippet: '180', cell: { row: 2, col: 2 } });
    const table = onGrid(docOf(NOTICE)).blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && [table.rows[2][3].text, cellOrigin(table.rows[2][3])]).toEqual(['180', { row: 2, col: 2 }]);
    // the place the merged 主管部门 covers is empty, and cites the merged cell
    expect(table?.type === 'table' && [table.rows[2][1].text, cellOrigin(table.rows[2][1])]).toEqual(['', { row: 1, col: 1 }]);
  });

  it('leaves a document without merged cells as it is', () => {
    const doc = docOf(CASES[0].pipe);
    expect(onGrid(doc)).toBe(doc);
  });
});
