import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { breakdownSums } from '../../src/reconcile/rules/breakdowns.ts';
import { docOf } from '../extract/helpers.ts';

const flagged = (text: string) => {
  const r = extract(docOf(text));
  return breakdownSums(r).map((d) => d.arithmetic);
};

/** A project's report: its total investment is read as a figure (budget.investment). */
const PROJECT_REPORT = '# 某县农业农村局2023年度衔接资金项目支出绩效自评报告\n\n';

describe('sum.amount over a stated breakdown', () => {
  it('flags a whole list that falls a little short of its total', () => {
    const text = '下达资金2263万元。其中:中小河流治理工程1435万元,小型水库维修养护25万元,小流域综合治理700万元,山洪灾害防治93万元。';
    expect(flagged(text)).toHaveLength(1);
    expect(flagged(text)[0]).toContain('2253');
  });

  it('flags parts that come to more than their total', () => {
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程40万元,丙工程30万元。')).toHaveLength(1);
  });

  it('flags once the parts a 具体为 announces that overshoot their total, read as task rows too', () => {
    const r = extract(docOf(`${PROJECT_REPORT}全年下达资金共计590万元,具体为:甲工程300万元,乙工程200万元,丙工程100万元。`));
    expect(r.tasks.map((t) => `${t.name} ${t.budget}`)).toEqual(['甲工程 300', '乙工程 200', '丙工程 100']);
    const sums = reconcile(r).filter((d) => d.rule === 'sum.amount');
    expect(sums.map((d) => d.arithmetic)).toEqual(['300 + 200 + 100 = 600 ≠ 590 (Δ 10 万元)']);
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

  it('checks only the second split of a total split twice (by source, then by use), never both lists summed', () => {
    const twice = (lastUse: string) =>
      `下达衔接资金900万元,其中中央资金600万元,省级资金300万元;按用途分:产业发展500万元,基础设施300万元,就业帮扶${lastUse}万元。`;
    expect(flagged(twice('100'))).toEqual([]);
    // a slip in the second split is still a slip
    expect(flagged(twice('95'))).toHaveLength(1);
    expect(flagged(twice('95'))[0]).toContain('895');
  });

  it('reads subtotals with their items after them as the subtotals only (第一批…分别支持A、B;第二批…)', () => {
    const text =
      '下达水污染防治资金170万元。其中,第一批资金90万元,分别支持甲项目30万元、乙项目35万元、丙项目25万元;第二批资金80万元,分别支持丁项目50万元、戊项目30万元。';
    expect(flagged(text)).toEqual([]);
    // a part that happens to equal the next two is no subtotal where the rest do not then add up: the slip is flagged
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程20万元,丙工程30万元,丁工程5万元。')).toHaveLength(1);
  });

  it('leaves a list whose parts but the last add up to the total, the last alone about it (another statement of a like amount)', () => {
    const text = '2023年学校共收到财政资金600万元。其中,上年结转的自有资金20万元,当期取得收入580万元,当期发生支出590万元。';
    expect(flagged(text)).toEqual([]);
    // (a last part far from the total over-runs the list: flagged as before)
    expect(flagged('下达资金100万元。其中:甲工程50万元,乙工程50万元,丙工程10万元。')).toHaveLength(1);
  });

  it('refused: a single part as large as the total opens no second split (the list over-runs its total)', () => {
    expect(flagged('下达资金100万元。其中:甲工程100万元,乙工程40万元,丙工程30万元。')).toHaveLength(1);
  });

  it('leaves parts that come to another amount stated beside the total (they split that one)', () => {
    expect(
      flagged(
        `${PROJECT_REPORT}项目总投资1200万元,2023年安排资金900万元,其中:产业发展500万元,基础设施300万元,就业帮扶100万元,技术培训300万元。`,
      ),
    ).toEqual([]);
  });

  it('refused: parts short of their total that come to a smaller amount stated in the block are still flagged (parts left out)', () => {
    // a PDF's text copy holds a whole page in one block: the smaller amount may be another statement's, far from the list
    expect(
      flagged(`${PROJECT_REPORT}项目总投资895万元。2023年安排资金900万元,其中:产业发展500万元,基础设施300万元,就业帮扶95万元。`),
    ).toHaveLength(1);
  });

  it('refused: parts above their total that match no other amount beside it are still flagged', () => {
    expect(
      flagged(
        `${PROJECT_REPORT}项目总投资1200万元,2023年安排资金900万元,其中:产业发展500万元,基础设施300万元,就业帮扶100万元,技术培训250万元。`,
      ),
    ).toHaveLength(1);
  });

  it('flags a task table’s 合计 row its rows do not add up to, however far short (the rows are the whole)', () => {
    const table = (executedTotal: string) =>
      '# 某县文体中心2023年度部门整体支出绩效自评报告\n\n## 三、重点工作完成情况\n\n' +
      '| 序号 | 项目名称 | 预算数（万元） | 执行数（万元） | 执行率 |\n| --- | --- | --- | --- | --- |\n' +
      '| 1 | 乡村书屋更新 | 45.00 | 42.30 | 94.00% |\n| 2 | 群众文化汇演 | 30.00 | 30.00 | 100.00% |\n' +
      `| 3 | 体育器材配送 | 25.00 | 21.50 | 86.00% |\n| | 合计 | 100.00 | ${executedTotal} | 95.80% |\n`;
    // 93.80 is 2.1% short of 95.80 (NEAR_MISS would leave a 其中 list that far short)
    expect(flagged(table('95.80'))).toEqual(['42.30 + 30.00 + 21.50 = 93.80 ≠ 95.80 (Δ 2.00 万元)']);
    // refused: rows that add up, and within the rounding of the stated places
    expect(flagged(table('93.80'))).toEqual([]);
    expect(flagged(table('93.8'))).toEqual([]);
  });

  it('flags a two-row task table’s 合计 row its rows do not add up to (a table’s rows are the whole however few)', () => {
    const table = (executedTotal: string) =>
      '# 某县水利局2023年度部门整体支出绩效自评报告\n\n' +
      '| 序号 | 项目名称 | 预算数 | 执行数 | 执行率 |\n|---|---|---|---|---|\n' +
      '| 1 | 农村饮水安全工程 | 200 | 190 | 95% |\n| 2 | 病险水库除险加固 | 300 | 300 | 100% |\n' +
      `| | 合计 | 500 | ${executedTotal} | 96% |\n`;
    expect(flagged(table('480'))).toEqual(['190 + 300 = 490 ≠ 480 (Δ 10 万元)']);
    expect(flagged(table('490'))).toEqual([]);
  });

  it('leaves a 其中 list of two parts that falls short of its total (it may name only the main uses)', () => {
    expect(flagged('2023年项目支出预算500万元,其中:农村饮水安全工程200万元,病险水库除险加固250万元。')).toEqual([]);
  });
});
