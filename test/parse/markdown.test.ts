import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../src/parse/index.ts';
import {
  findBarredCellRegions,
  findCellPerLineRegions,
  findDelimitedRegions,
  findHeadersThenValuesLines,
  findLabelsThenValuesRegions,
  findLineNumberedCellRegions,
  findSpacedRowRegions,
  findTwoSidedRowRegions,
  parseMarkdownText,
  withSpacedRowsInTabRuns,
} from '../../src/parse/markdown.ts';
import iconv from 'iconv-lite';
import { displayWidth } from '../../src/parse/normalize.ts';
import { extract } from '../../src/extract/index.ts';
import { docOf } from '../extract/helpers.ts';

const seedReceived = readFileSync(new URL('../../fixtures/seed/qiaozhong-2023.received.md', import.meta.url), 'utf8');
const seedPipe = readFileSync(new URL('../../fixtures/seed/qiaozhong-2023.md', import.meta.url), 'utf8');

describe('Markdown reader', () => {
  it('reads the tab table of the seed as received: header + 5 rows x 3 columns, first row complete', () => {
    const { blocks } = parseMarkdownText(seedReceived);
    const tables = blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0];
    if (t.type !== 'table') throw new Error('not a table');
    expect(t.rows.map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(t.rows[1][1].text.endsWith('常态化制度化。')).toBe(true);
    expect(t.rows[1][1].text).toContain('向基层延伸');
    expect(t.rows[1][2].text).toBe('党建引领品牌建设受益期:长期;信息公开按时办结率:> 95%。');
  });
  it('gives the same headings and table from the received text and the pipe-table copy', () => {
    const a = parseMarkdownText(seedReceived).blocks;
    const b = parseMarkdownText(seedPipe).blocks;
    const headings = (bs: typeof a) => bs.filter((x) => x.type === 'heading').map((x) => (x.type === 'heading' ? x.text : ''));
    expect(headings(a)).toEqual(headings(b));
    const cells = (bs: typeof a) =>
      bs.filter((x) => x.type === 'table').flatMap((x) => (x.type === 'table' ? x.rows.map((r) => r.map((c) => c.text)) : []));
    expect(cells(a)).toEqual(cells(b));
  });
  it('keeps every number of the budget paragraph', () => {
    const text = parseMarkdownText(seedReceived)
      .blocks.filter((b) => b.type === 'paragraph')
      .map((b) => (b.type === 'paragraph' ? b.text : ''))
      .join('\n');
    for (const n of ['7143.45', '6708', '93%', '5988.67', '629.55', ' 0 ', '2553.39', '4064.83', '77.57']) expect(text).toContain(n);
  });
  it('reads **三是…。**推进 as bold (CJK-friendly emphasis), leaving no asterisks', () => {
    const { blocks } = parseMarkdownText('**三是坦尾村改造稳步推进。**推进坦尾老旧小区连片改造。');
    expect(blocks[0].type === 'paragraph' && blocks[0].text).toBe('三是坦尾村改造稳步推进。推进坦尾老旧小区连片改造。');
  });
  it('keeps the asterisks of masked names as written: two masks are no emphasis around the text between them', () => {
    const { blocks } = parseMarkdownText('按功能分类科目,******支出3万元,******支出1.5万元。');
    expect(blocks[0].type === 'paragraph' && blocks[0].text).toBe('按功能分类科目,******支出3万元,******支出1.5万元。');
  });
  it('reads a masked class’s spending as no spending total of the unit', () => {
    expect(
      extract(docOf('2022年度部门决算公开说明\n\n按功能分类科目,******支出3万元,******支出1.5万元。')).figures['expense.total'],
    ).toBeUndefined();
  });
  it('turns pipe rows without a delimiter row into a table, and leaves a lone indented line as prose', () => {
    const regions = findDelimitedRegions(['项目 | 预算数 | 决算数 |', '合计 | 3 | 1.71 |']);
    expect(regions[0].rows.map((r) => r.map((c) => c.raw.trim()))).toEqual([
      ['项目', '预算数', '决算数'],
      ['合计', '3', '1.71'],
    ]);
    expect(findDelimitedRegions(['\t缩进的一段话', '下一段'])).toHaveLength(0);
  });

  it.each([
    // a portal's metadata table, its delimiter row under the first row, and the report's text on the next line
    [
      '索引号: | XY1234/2023-0456 | 发布机构: | 某某局 |\n---|---|---|---|\n作者: | 日期: | 2023-05-08 |\n',
      '2022年度,下达我县某某补助资金150万元,用于某某中心建设。',
    ],
    ['| 栏目 | 专项资金 |\n| --- | --- |\n| 来源 | 某某办 |\n', '本项目全年预算数为36.5万元,执行数为35.2万元。'],
  ])('reads the text right under a pipe table’s rows as a paragraph, not as a row of one cell (%#)', (table, sentence) => {
    const blocks = parseMarkdownText(`某某县2022年度某某资金绩效自评报告\n\n${table}${sentence}\n`).blocks;
    const tables = blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].type === 'table' && tables[0].rows.every((r) => r.length > 1)).toBe(true);
    expect(blocks.some((b) => b.type === 'paragraph' && b.text.includes(sentence))).toBe(true);
  });

  it('keeps the two-cell rows of a pipe table copied without its outer bars (项目名称 | X above, 自评总分 | 91.48 under) in the table', () => {
    const text =
      '2022年度项目支出绩效自评表\n项目名称 | 某某运营经费\n资金使用情况(万元) | 预算金额 | 实际支出金额 | 支出率\n合计 | 120.00 | 108.00 | 90.00%\n自评总分 | 91.48\n自评结论 | 优\n填报单位:某某局\n';
    const tables = parseMarkdownText(text).blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].type === 'table' && tables[0].rows.map((r) => r[0].text)).toEqual([
      '项目名称',
      '资金使用情况(万元)',
      '合计',
      '自评总分',
      '自评结论',
    ]);
    const record = extract(docOf(text));
    expect(record.figures['eval.score']?.value).toBe('91.48');
    expect(record.figures['eval.grade']?.value).toBe('优');
    // refused: two-cell lines alone open no table (a page's navigation, "首页 | 政务公开"), and one beside prose stays prose
    expect(findDelimitedRegions(['首页 | 政务公开', '通知公告 | 部门文件'])).toHaveLength(0);
    const prose = parseMarkdownText('某某县2022年度某某资金绩效自评报告\n\n来源 | 某某局\n\n本项目全年预算数为36.5万元。\n').blocks;
    expect(prose.some((b) => b.type === 'table')).toBe(false);
  });

  it('keeps a table’s header under its title closed by empty cells (…分配情况表 | ||): the title is no two-cell row', () => {
    const text =
      '四、扶贫资金分配情况表\n2019年市级财政扶贫资金分配情况表 | ||\n县区名称 | 市级资金(万元) | 备注 |\n东山区 | 280 | |\n西河县 | 300 | |\n合计 | 580 |\n';
    const tables = parseMarkdownText(text).blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].type === 'table' && tables[0].rows.map((r) => r[0].text)).toEqual(['县区名称', '东山区', '西河县', '合计']);
    // a line of one filled cell closed by empty ones (no caption's words) opens no run, and pulls no header out of one
    expect(findDelimitedRegions(['说明文字 | ||', '项目 | 预算 | 支出 |', 'A | 1 | 2 |', 'B | 3 | 4 |'])[0]?.start).toBe(1);
    // the caption's unit note closed by empty cells is a line of its own too (单位:万元 | |)
    const captioned = parseMarkdownText(
      '某县2023年资金分配表 | |\n单位:万元 | |\n县区名称 | 金额 |\n东山区 | 280 |\n西河县 | 300 |\n',
    ).blocks;
    expect(captioned.filter((b) => b.type === 'table').flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r[0].text) : []))).toEqual([
      '县区名称',
      '东山区',
      '西河县',
    ]);
    // refused: a row of two filled cells around its one bar still opens the run below it
    expect(findDelimitedRegions(['项目名称 | 某某运营经费', '资金 | 预算 | 支出 |', '合计 | 120 | 108 |'])[0]?.start).toBe(0);
  });

  it('keeps every row with a bar in the table (a row whose cells end without their closing bar)', () => {
    const blocks = parseMarkdownText('| 项目 | 预算数 |\n| --- | --- |\n| 甲工程 | 20 |\n乙工程 | 30\n').blocks;
    expect(blocks.filter((b) => b.type === 'table').flatMap((b) => (b.type === 'table' ? b.rows : []))).toHaveLength(3);
    expect(blocks.some((b) => b.type === 'paragraph')).toBe(false);
  });
  it('joins a sentence a page break interrupted, blank lines around its page number included, and only such a sentence', () => {
    const paragraphs = (text: string) => parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs('其中:财政拨款收入2,802.30万元,占96.2%;事业收入109.40万元。此外\n\n— 16 —\n\n,年初结转和结余1.33万元。')).toEqual([
      '其中:财政拨款收入2,802.30万元,占96.2%;事业收入109.40万元。此外,年初结转和结余1.33万元。',
    ]);
    expect(paragraphs('本年收入合计100万元。\n\n— 16 —\n\n本年支出合计90万元。')).toEqual([
      '本年收入合计100万元。',
      '本年支出合计90万元。',
    ]);
    expect(paragraphs('本年收入合计100万元,其中\n\n- 3 -\n\n(二)支出情况')).toEqual(['本年收入合计100万元,其中', '(二)支出情况']);
    expect(paragraphs('收入情况如下：\n\n— 16 —\n\n本年收入合计100万元。')).toEqual(['收入情况如下:', '本年收入合计100万元。']);
  });
  describe('a copy that made each printed line a paragraph (a blank line after every line a page broke)', () => {
    const paragraphs = (text: string) => parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    // each line 28 Chinese characters wide, as an A4 page sets them, or shorter where a number would not fit
    const page = [
      '某县农业农村局2023年度项目支出绩效自评报告',
      '',
      '一、基本情况',
      '',
      '该项目年初预算100万元,全年预算120万元,实际支出110万元,预算执行',
      '',
      '率为91.67%。项目资金主要用于农机购置补贴、高标准农田建设和技术培',
      '',
      '训,其中农机购置补贴40万元,高标准农田建设60万元,技术培训10万元,',
      '',
      '均按计划完成。',
      '',
      '二、绩效目标完成情况',
      '',
      '全年共完成高标准农田建设1.2万亩,受益农户满意度达到95%以上,项目',
      '',
      '总体完成情况良好,自评得分97.6分,等级为优。',
    ].join('\n');
    it('joins the lines of a sentence, and only those: a title, headings and a sentence’s end stay where they are', () => {
      expect(paragraphs(page)).toEqual([
        '某县农业农村局2023年度项目支出绩效自评报告',
        '一、基本情况',
        '该项目年初预算100万元,全年预算120万元,实际支出110万元,预算执行率为91.67%。项目资金主要用于农机购置补贴、高标准农田建设和技术培训,其中农机购置补贴40万元,高标准农田建设60万元,技术培训10万元,均按计划完成。',
        '二、绩效目标完成情况',
        '全年共完成高标准农田建设1.2万亩,受益农户满意度达到95%以上,项目总体完成情况良好,自评得分97.6分,等级为优。',
      ]);
      // and the figures read from it are the sentence's
      const figures = extract(docOf(page)).figures;
      expect(figures['budget.executionRate']?.value).toBe('91.67');
      expect(figures['eval.score']?.value).toBe('97.6');
    });
    it('joins a line the page broke before a number that would not fit, the number on the next line', () => {
      // the first line is 56 columns, the measure 65: the amount (12 columns) would not have fit, one more character would
      const text = [
        '该项目年初预算100万元,全年预算120万元,本年度实际支出合计金额',
        '',
        '1,100,000.00元,执行率为91.67%,项目资金主要用于农机购置补贴高标准',
        '',
        '农田建设和技术培训,其中农机购置补贴40万元,高标准农田建设60万元,技',
        '',
        '术培训10万元,均按计划完成。',
        '',
        '全年共完成高标准农田建设1.2万亩,受益农户满意度达到95%以上,项目',
        '',
        '总体完成情况良好,自评得分97.6分,等级为优。',
      ].join('\n');
      // (a line break between a word and a number reads as a space, as in any hard-wrapped paragraph)
      expect(paragraphs(text)[0]).toContain('实际支出合计金额 1,100,000.00元,执行率为91.67%');
      expect(paragraphs(text.replace('\n\n1,100,000.00元', '\n\n支出1,100,000.00元'))[0]).toBe(
        '该项目年初预算100万元,全年预算120万元,本年度实际支出合计金额',
      );
    });
    it('counts a paragraph’s indent in full-width spaces as the page sets it: its first line runs to the measure too', () => {
      // each line 56 columns on the page, the first of a paragraph after its two-character indent
      const text = [
        '\u3000\u3000该项目年初预算100万元，全年预算120万元，实际支出110',
        '',
        '万元，预算执行率为91.67%。项目资金主要用于农机购置补贴、',
        '',
        '高标准农田建设和技术培训，其中农机购置补贴40万元，高标准',
        '',
        '农田建设60万元，技术培训10万元，均按计划完成。',
        '',
        '\u3000\u3000全年共完成高标准农田建设1.2万亩，受益农户满意度达到95%',
        '',
        '以上，项目总体完成情况良好，自评得分97.6分，等级为优。',
      ].join('\n');
      expect(paragraphs(text)).toHaveLength(2);
      expect(paragraphs(text)[0]).toContain('实际支出110 万元,预算执行率为91.67%');
    });
    it('does not join a line onto a numbered item or a heading under it', () => {
      const items = `${page}\n\n项目资金按计划拨付,具体用于以下三个方面,各项资金均已拨付到位,\n\n(一)农机购置补贴40万元。`;
      expect(paragraphs(items).at(-1)).toBe('(一)农机购置补贴40万元。');
    });
    it('joins nothing in a text written a paragraph to the line, whose lines run past any page’s measure', () => {
      const text = [
        '该项目年初预算100万元,全年预算120万元,实际支出110万元,预算执行率为91.67%,项目资金主要用于农机购置补贴、高标准农田建设和技术培训',
        '',
        '其中农机购置补贴40万元,高标准农田建设60万元,技术培训10万元,均按计划完成,受益农户满意度达到95%以上,项目总体完成情况良好。',
        '',
        '全年共完成高标准农田建设1.2万亩,受益农户满意度达到95%以上,项目总体完成情况良好,自评得分97.6分,等级为优',
        '',
        '二是加强项目管理,严格执行财政资金管理制度,确保资金专款专用,项目按期完工并通过验收。',
      ].join('\n');
      expect(paragraphs(text)).toHaveLength(4);
    });
    it('joins nothing in a form copied one cell per line, nor across a gap of three blank lines', () => {
      const form = [
        '项目名称',
        '',
        '农业生产发展资金项目',
        '',
        '主管部门',
        '',
        '某县农业农村局',
        '',
        '实施单位',
        '',
        '某县农业技术推广中心',
      ].join('\n');
      expect(paragraphs(form)).toHaveLength(6);
      const gap = page.replace('预算执行\n\n率为', '预算执行\n\n\n\n率为');
      expect(paragraphs(gap)).toContain(
        '率为91.67%。项目资金主要用于农机购置补贴、高标准农田建设和技术培训,其中农机购置补贴40万元,高标准农田建设60万元,技术培训10万元,均按计划完成。',
      );
    });
  });
  it('keeps a tab-separated row whose first cell was merged into the row above (it holds amounts) as a row of its own', () => {
    const text = [
      '项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      '\t年度资金总额\t397.50\t419.45\t382.31\t10\t91.15%\t9.12',
      '\t其中:当年财政拨款\t397.50\t419.45\t382.31\t—\t91.15%\t—',
      '\t说明\t\t\t\t\t\t',
    ].join('\n');
    const [t] = parseMarkdownText(text).blocks.filter((b) => b.type === 'table');
    expect(t.type === 'table' && t.rows.map((r) => r[1]?.text)).toEqual(['', '年度资金总额', '其中:当年财政拨款说明']);
  });
  it('reads a grid table (pandoc’s, cells over several lines) as one table, a row between two borders', () => {
    const text = [
      '部门整体支出绩效自评报告',
      '',
      '+----------+----------+--------+',
      '| 项目     | 年初     | 决算数 |',
      '|          | 预算数   |        |',
      '+==========+==========+========+',
      '| 合计     | 90.00    | 88.50  |',
      '+----------+----------+--------+',
      '| 基本支出 | 70.00    | 69.00  |',
      '+----------+----------+--------+',
    ].join('\n');
    const tables = parseMarkdownText(text).blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    const t = tables[0];
    if (t.type !== 'table') throw new Error('not a table');
    expect(t.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '年初预算数', '决算数'],
      ['合计', '90.00', '88.50'],
      ['基本支出', '70.00', '69.00'],
    ]);
  });
  it('decodes GBK text without mojibake', async () => {
    const bytes = iconv.encode('# 报告\n\n全年预算数 7143.45 万元，执行数 6708 万元。', 'gbk');
    const doc = await parseBytes(new Uint8Array(bytes), 'gbk.txt');
    expect(doc.source.encoding).toBe('GB18030');
    expect(doc.blocks.map((b) => (b.type === 'table' ? '' : b.text)).join()).toContain('全年预算数 7143.45 万元,执行数 6708 万元');
  });
  it('keeps traditional characters as written', async () => {
    const doc = await parseBytes(new TextEncoder().encode('本年收入合計3,765.66萬元'), 'big5.md');
    expect(doc.blocks[0].type === 'paragraph' && doc.blocks[0].text).toBe('本年收入合計3,765.66萬元');
  });
  it('records line provenance', () => {
    const { blocks } = parseMarkdownText('# 标题\n\n第一段\n第二行\n');
    expect(blocks[1].prov).toEqual({ page: null, lines: [3, 4] });
  });
});

describe('tables flattened one cell per line', () => {
  const grid = (lines: string[]) => findCellPerLineRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));
  const HEADER = ['项目', '上年决算数', '本年决算数'];
  const ROWS = ['本年收入合计', '1,020.50', '1,105.30', '财政拨款收入', '1,000.00', '1,085.30', '其他收入', '20.50', '—'];

  it('recovers the grid from a label column and money columns, each row a label and one value per column', () => {
    expect(grid(['收入支出决算总表', '单位:万元', ...HEADER, ...ROWS, '注:本表反映…'])).toEqual([
      [HEADER, ROWS.slice(0, 3), ROWS.slice(3, 6), ROWS.slice(6, 9)],
    ]);
  });

  it('ignores blank lines between cells and becomes table blocks the extractor reads by row', () => {
    const text = ['某乡2022年度部门决算', '', ...[...HEADER, ...ROWS].flatMap((c) => [c, ''])].join('\n');
    const tables = parseMarkdownText(text).blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].type === 'table' && tables[0].rows.length).toBe(4);
  });

  it('ends the grid at a row that does not fit, and refuses fewer than two whole rows', () => {
    // the second row has one value too many: only the first row fits, so no table at all
    expect(grid([...HEADER, '本年收入合计', '1,020.50', '1,105.30', '财政拨款收入', '1', '2', '3'])).toEqual([]);
    // a row missing a value (a blank cell the copy lost) shifts every value after it: refused
    expect(grid([...HEADER, '本年收入合计', '1,105.30', '财政拨款收入', '1,000.00', '1,085.30'])).toEqual([]);
    // prose lines and a header word in a sentence are no grid
    expect(grid(['项目', '全年预算数为100万元,执行数为90万元。', '其他收入', '20.50'])).toEqual([]);
  });
});

describe('tables copied one cell a line, each cell closed by its bar, blank cells too', () => {
  const barred = (cells: string[]) => cells.map((c) => (c ? `${c} |` : '|'));
  const grid = (lines: string[]) => findBarredCellRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));
  const HEADER = ['主管单位名称', '项目名称', '金额', '功能分类科目'];
  const TOTAL = ['合计', '', '300', ''];
  const ROW1 = ['甲县农业局', '乙村道路硬化项目', '120', '2130599-其他支出'];
  const ROW2 = ['丙县水利局', '丁河堤加固工程', '180', '2130399-其他支出'];

  it('lays the cells back on the header width, the blank cells keeping their columns', () => {
    const lines = ['现将资金下达给你们。', '单位:万元', ...barred([...HEADER, ...TOTAL, ...ROW1, ...ROW2]), '附件2'];
    expect(grid(lines)).toEqual([[HEADER, TOTAL, ROW1, ROW2]]);
    const tables = parseMarkdownText(lines.join('\n')).blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].type === 'table' && tables[0].rows[1].map((c) => c.text)).toEqual(TOTAL);
  });

  it('becomes a table the extractor reads each project of', () => {
    const text = ['# 关于下达2024年某某资金的通知', '', '单位:万元', ...barred([...HEADER, ...TOTAL, ...ROW1, ...ROW2])].join('\n');
    const tasks = extract(docOf(text, 'alloc.md')).tasks.map((t) => [t.name, t.budget]);
    expect(tasks).toEqual([
      ['乙村道路硬化项目', '120'],
      ['丁河堤加固工程', '180'],
    ]);
  });

  it('finds the header after a sentence or a value the run held before it (a form’s cells, then its table)', () => {
    const form = ['年度预算数(万元)', '全年执行数', '300', '290', '二、各项目均按计划实施。'];
    expect(grid(barred([...form, ...HEADER, ...ROW1, ...ROW2]))).toEqual([[HEADER, ROW1, ROW2]]);
    expect(grid(barred(['300', ...HEADER, ...ROW1, ...ROW2]))).toEqual([[HEADER, ROW1, ROW2]]);
  });

  it('leaves a last row the copy cut short as text, and refuses a run with a row whose columns do not hold', () => {
    expect(grid(barred([...HEADER, ...ROW1, ...ROW2, '戊县林业局']))).toEqual([[HEADER, ROW1, ROW2]]);
    // a row with words in the money column: a cell lost or one too many, which shifts what follows
    const shifted = ['甲县农业局', '乙村道路硬化项目', '', '120'];
    expect(grid(barred([...HEADER, ...ROW1, ...ROW2, ...shifted]))).toEqual([]);
  });

  it('refused: no money column, no first column header, fewer than two rows, a blank cell lost, or lines not closed by bars', () => {
    expect(grid(barred(['项目名称', '主管部门', '乙村道路硬化项目', '甲县农业局', '丁河堤加固工程', '丙县水利局']))).toEqual([]);
    expect(grid(barred(['主管部门', '金额', '甲县农业局', '120', '丙县水利局', '180']))).toEqual([]);
    expect(grid(barred([...HEADER, ...ROW1]))).toEqual([]);
    // the total row lost its blank cells: every cell after it shifts, and no width lays two rows
    expect(grid(barred([...HEADER, '合计', '300', ...ROW1, ...ROW2]))).toEqual([]);
    expect(grid([...HEADER, ...TOTAL, ...ROW1, ...ROW2])).toEqual([]);
  });

  it('reads rows that each open on a blank cell (a pipe table’s leading bar copied one cell a line), the blank column left out', () => {
    const led = (row: string[]) => ['', ...row];
    expect(grid(['单位:万元', ...barred([...led(HEADER), ...led(ROW1), ...led(ROW2)])])).toEqual([[HEADER, ROW1, ROW2]]);
    // refused: a row opening on a filled cell where the others open blank (a cell lost): no width lays the rows
    expect(grid(barred([...led(HEADER), ...led(ROW1), ...ROW2]))).toEqual([]);
  });

  it('takes a column summing the row over the columns before it (按属地合计, 资金小计) as money', () => {
    const header = ['序号', '乡镇', '道路养护工程', '道路建设项目', '按属地合计'];
    const rows = [
      ['1', '东山镇', '', '62.2', '62.2'],
      ['2', '西河乡', '27.3', '21.6', '48.9'],
    ];
    expect(grid(barred([...header, ...rows.flat()]))).toEqual([[header, ...rows]]);
    // refused: a bare 合计 heads no column (it is a total row's label), and work names alone are no money column
    expect(grid(barred([...header.slice(0, 4), '合计', ...rows.flat()]))).toEqual([]);
    expect(grid(barred([...header.slice(0, 4), ...rows.map((r) => r.slice(0, 4)).flat()]))).toEqual([]);
  });
});

describe('one unit’s allocation table copied one cell a line, its items the columns and their total last', () => {
  const barred = (cells: string[]) => cells.map((c) => `${c} |`);
  const grid = (lines: string[]) => findBarredCellRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));
  const HEADER = ['项目单位', '健身路径更新', '全民健身赛事', '社会体育指导员培训', '本次下达资金金额'];
  const ROW = ['体育局', '90', '60', '30', '180'];

  it('lays the one row back under its header when the values before the total add up to it', () => {
    expect(grid(['单位:万元', ...barred([...HEADER, ...ROW])])).toEqual([[HEADER, ROW]]);
  });

  it('refused: a row the total does not sum, a row of words only, or cells past the one row', () => {
    expect(grid(barred([...HEADER, '体育局', '90', '60', '30', '200']))).toEqual([]);
    expect(grid(barred([...HEADER, '体育局', '甲', '乙', '丙', '丁']))).toEqual([]);
    expect(grid(barred([...HEADER, ...ROW, '教育局']))).toEqual([]);
    // a total heading no sum column (the header's last cell a plain item): the cells stay text
    expect(grid(barred([...HEADER.slice(0, 4), '宣传推广', ...ROW]))).toEqual([]);
  });
});

describe('a table pasted with tabs in some rows and runs of spaces in others', () => {
  it('makes tabs of the gaps of a row with as many cells as the tab row beside it', () => {
    const lines = ['支出方向\t下达资金\t实际支出\t执行率', '职业培训补贴\t420.00\t396.80\t94.48%', '社会保险补贴   615.50   615.50   100%'];
    expect(withSpacedRowsInTabRuns(lines)[2]).toBe('社会保险补贴\t615.50\t615.50\t100%');
    const rows = findDelimitedRegions(withSpacedRowsInTabRuns(lines)).map((r) => r.rows.length);
    expect(rows).toEqual([3]);
  });

  it('refused: a spaced line of another count, or with no tab row beside it, stays as it is', () => {
    const other = ['支出方向\t下达资金\t实际支出\t执行率', '社会保险补贴   615.50   615.50'];
    expect(withSpacedRowsInTabRuns(other)[1]).toBe(other[1]);
    const alone = ['表2 执行情况', '社会保险补贴   615.50   615.50   100%'];
    expect(withSpacedRowsInTabRuns(alone)).toEqual(alone);
  });
});

describe('a one-row table copied onto one line, its headers first and its values after', () => {
  const grid = (lines: string[]) => findHeadersThenValuesLines(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));

  it('splits the line into the header row and the row of values, as many of each', () => {
    expect(grid(['年初预算数 全年预算数 全年执行数 执行率 5,120.00 5,436.28 5,318.64 97.84%'])).toEqual([
      [
        ['年初预算数', '全年预算数', '全年执行数', '执行率'],
        ['5,120.00', '5,436.28', '5,318.64', '97.84%'],
      ],
    ]);
  });

  it('refused: a value short or over, a word that is no table header, a sentence', () => {
    expect(grid(['年初预算数 全年预算数 全年执行数 执行率 5,120.00 5,436.28 5,318.64'])).toEqual([]);
    expect(grid(['年初预算数 全年预算数 5,120.00 5,436.28 5,318.64'])).toEqual([]);
    expect(grid(['年初预算数 合计金额 5,120.00 5,436.28'])).toEqual([]);
    expect(grid(['全年预算数为100万元 执行率 90 95%'])).toEqual([]);
  });
});

describe('tables copied one row per line, cells separated by spaces', () => {
  const grid = (lines: string[]) => findSpacedRowRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));

  it('recovers label and values by the header’s money columns; a label may hold spaces', () => {
    expect(
      grid(['单位:万元', '项目 上年决算数 本年决算数', '本年收入合计 1,020.50 1,105.30', '一、 财政拨款收入 1,000.00 1,085.30', '注:…']),
    ).toEqual([
      [
        ['项目', '上年决算数', '本年决算数'],
        ['本年收入合计', '1,020.50', '1,105.30'],
        ['一、财政拨款收入', '1,000.00', '1,085.30'],
      ],
    ]);
  });

  it('joins a label wrapped at a joining word onto the line of its values (…养护及 / 安全设施维修 120.00 …); a rate’s column', () => {
    const head = ['项目名称 预算数 执行数 执行率', '客运站运营补贴 50.00 50.00 100.00%'];
    expect(grid([...head, '农村公路日常养护及', '安全设施维修 120.00 115.00 95.83%', '城乡公交一体化 80.00 76.00 95.00%'])).toEqual([
      [
        ['项目名称', '预算数', '执行数', '执行率'],
        ['客运站运营补贴', '50.00', '50.00', '100.00%'],
        ['农村公路日常养护及安全设施维修', '120.00', '115.00', '95.83%'],
        ['城乡公交一体化', '80.00', '76.00', '95.00%'],
      ],
    ]);
    // refused: words alone that stop on no joining word end the grid there
    expect(grid([...head, '农村公路类', '安全设施维修 120.00 115.00 95.83%'])).toEqual([]);
  });

  it('ends at a row wider than the header, and leaves tab rows, prose and one-row runs alone', () => {
    expect(grid(['项目 决算数', '本年收入合计 1 2', '其他收入 3'])).toEqual([]);
    expect(grid(['项目\t决算数', '本年收入合计\t1', '其他收入\t3'])).toEqual([]);
    expect(grid(['项目 预算数', '全年预算数为100万元,执行数为90万元 90', '其他收入 3'])).toEqual([]);
  });
});

describe('收支 tables copied one row per line, the two sides side by side', () => {
  const grid = (lines: string[]) => findTwoSidedRowRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));

  it('splits each row into its sides by the header (项目 行次 金额, twice); a one-sided row goes to the side its words name', () => {
    expect(
      grid([
        '收入 支出',
        '项目 行次 金额 项目 行次 金额',
        '一、一般公共预算财政拨款收入 1 5,623,145.20 一、一般公共服务支出 32 3,215,600.00',
        '六、其他收入 8 52,300.00',
        '本年收入合计 28 5,675,445.20 本年支出合计 58 5,600,000.00',
        '注:本表反映…',
      ]),
    ).toEqual([
      [
        ['项目', '行次', '金额', '项目', '行次', '金额'],
        ['一、一般公共预算财政拨款收入', '1', '5,623,145.20', '一、一般公共服务支出', '32', '3,215,600.00'],
        ['六、其他收入', '8', '52,300.00', '', '', ''],
        ['本年收入合计', '28', '5,675,445.20', '本年支出合计', '58', '5,600,000.00'],
      ],
    ]);
  });

  it('reads a header whose label columns name their sides (收入 预算数 支出 预算数, a budget’s 部门收支总表)', () => {
    const rows = [
      '一、一般公共预算拨款收入 1,520.60 一、文化旅游体育与传媒支出 1,300.50',
      '三、其他收入 20.00',
      '本年收入合计 1,540.60 本年支出合计 1,540.60',
    ];
    expect(grid(['收入 预算数 支出 预算数', ...rows])).toEqual([
      [
        ['收入', '预算数', '支出', '预算数'],
        ['一、一般公共预算拨款收入', '1,520.60', '一、文化旅游体育与传媒支出', '1,300.50'],
        ['三、其他收入', '20.00', '', ''],
        ['本年收入合计', '1,540.60', '本年支出合计', '1,540.60'],
      ],
    ]);
    expect(grid(['收入项目 金额 支出项目 金额', ...rows])).toHaveLength(1);
    // the sides' money columns must still be the same, and income stands left
    expect(grid(['收入 预算数 支出 决算数', ...rows])).toEqual([]);
    expect(grid(['支出 预算数 收入 预算数', ...rows])).toEqual([]);
  });

  it('reads no one-sided row whose side is not named, and no header of unequal sides', () => {
    expect(grid(['项目 金额 项目 金额', '本年收入合计 100.00 本年支出合计 90.00', '总计 100.00'])).toEqual([]);
    expect(
      grid(['项目 行次 金额 项目 金额', '本年收入合计 28 100.00 本年支出合计 90.00', '年初结转和结余 30 0.00 年末结转和结余 10.00']),
    ).toEqual([]);
  });
});

describe('收支 tables flattened one cell per line with their 行次 column', () => {
  const grid = (lines: string[]) => findLineNumberedCellRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));
  const HEADER = ['项目', '行次', '金额', '项目', '行次', '金额', '栏次', '1', '栏次', '2'];

  it('reads each row as a label, its 行次 and its amount, whichever side it stood on; lone row numbers are passed over', () => {
    const cells = [
      ...HEADER,
      ...['一、财政拨款收入', '1', '312.40', '一、教育支出', '30', '298.15'],
      ...['二、其他收入', '2', '6.00', '二、卫生健康支出', '31', '14.25'],
      ...['3', '三、农林水支出', '32', '0.00'],
      ...['本年收入合计', '4', '318.40', '本年支出合计', '33', '312.40'],
      '注:本表反映…',
    ];
    expect(grid(['收入支出决算总表', '', ...cells.flatMap((c) => [c, ''])])).toEqual([
      [
        ['项目', '行次', '金额'],
        ['一、财政拨款收入', '1', '312.40'],
        ['一、教育支出', '30', '298.15'],
        ['二、其他收入', '2', '6.00'],
        ['二、卫生健康支出', '31', '14.25'],
        ['三、农林水支出', '32', '0.00'],
        ['本年收入合计', '4', '318.40'],
        ['本年支出合计', '33', '312.40'],
      ],
    ]);
  });

  it('never takes the next row’s 行次 for a lost amount, and refuses fewer than three rows', () => {
    // 其他收入's amount was lost: its row ends the table there, with one row only, which is none
    expect(grid([...HEADER, '一、财政拨款收入', '1', '312.40', '二、其他收入', '2', '3', '本年收入合计', '4', '318.40'])).toEqual([]);
    expect(grid(['项目', '行次', '金额', '本年收入合计', '4', '318.40', '本年支出合计', '33', '312.40'])).toEqual([]);
  });

  it('becomes a table the extractor reads by row', () => {
    const cells = [...HEADER, '一、财政拨款收入', '1', '312.40', '二、其他收入', '2', '6.00', '本年收入合计', '4', '318.40'];
    const text = ['# 某乡卫生院2022年度部门决算', '', '金额单位:万元', '', ...cells.flatMap((c) => [c, ''])].join('\n');
    const r = extract(docOf(text));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value}${f.unit}`]))).toMatchObject({
      'income.other': '6.00万元',
      'income.total': '318.40万元',
    });
  });
});

describe('tables copied one cell per line, each cell closed by its bar', () => {
  it('reads a 收支 table whose cells each end in " |" (a blank cell a bar alone) as the same table without them', () => {
    const cells = ['项目', '行次', '金额', '项目', '行次', '金额', '一、财政拨款收入', '1', '87.20', '一、教育支出', '30', '80.15'];
    const more = ['二、其他收入', '2', '3.50', '', '', '', '本年收入合计', '4', '90.70', '本年支出合计', '33', '80.15'];
    const text = ['# 某乡卫生院2022年度部门决算', '', '金额单位:万元', '', ...[...cells, ...more].map((c) => `${c} |`)].join('\n');
    const r = extract(docOf(text));
    expect(Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value}${f.unit}`]))).toMatchObject({
      'income.other': '3.50万元',
      'income.total': '90.70万元',
      'expense.total': '80.15万元',
    });
  });
});

describe('tables copied with every row label first and every value after', () => {
  const grid = (lines: string[]) => findLabelsThenValuesRegions(lines).map((r) => r.rows.map((row) => row.map((c) => c.raw)));
  const labels = ['本年收入合计', '财政拨款收入', '其他收入', '本年支出合计'];
  const values = ['1,234,567.80', '1,200,000.00', '34,567.80', '1,230,000.00'];

  it('pairs the i-th value with the i-th label, under the header the copy kept', () => {
    expect(grid(['金额单位:元', '', '项目', '', ...labels, '', '金额', '', ...values, '', '注:本表反映…'])).toEqual([
      [['项目', '金额'], ...labels.map((l, i) => [l, values[i]])],
    ]);
  });

  it('reads a table whose columns are the accounts, copied header cells first, then its 合计 row', () => {
    expect(grid(['项目', ...labels, '合计', ...values])).toEqual([[['项目', '金额'], ...labels.map((l, i) => [l, values[i]])]]);
    // a 合计 that is a row of its own, its value among the others, stays a label
    expect(grid([...labels.slice(0, 3), '合计', ...values])).toEqual([
      [['项目', '金额'], ...[...labels.slice(0, 3), '合计'].map((l, i) => [l, values[i]])],
    ]);
  });

  it('refuses runs of unequal length, page numbers, a run that goes on, and lists that are not accounts', () => {
    expect(grid([...labels, ...values.slice(1)])).toEqual([]);
    expect(grid(['第一部分 单位概况', '第二部分 决算情况说明', '第三部分 名词解释', '3', '5', '12'])).toEqual([]);
    expect(grid([...labels, ...values, '99.50'])).toEqual([]);
    expect(grid(['一、党建工作', '二、业务培训', '三、宣传活动', '12.50', '8.00', '3.20'])).toEqual([]);
  });
});

describe('unreadable files', () => {
  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['white space only', new TextEncoder().encode('  \n\n '), 'empty'],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'unsupported'],
    ['binary junk', new Uint8Array([1, 2, 3, 0, 0, 5, 6, 7, 8, 0]), 'unsupported'],
    ['a zip that is not a docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'unsupported'],
  ])('%s gives a typed error naming the file', async (_name, bytes, code) => {
    await expect(parseBytes(bytes, 'bad-file.bin')).rejects.toMatchObject({ name: 'ParseError', code, file: 'bad-file.bin' });
  });
});

describe('page markers copied into text', () => {
  it('removes "— 5 —" lines and joins the sentence they interrupted', () => {
    const { blocks } = parseMarkdownText('本单位2021年度本年收\n— 5 —\n入390.55万元。\n\n—6—\n\n第 7 页 共 12 页\n\n下一段。');
    expect(blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(['本单位2021年度本年收入390.55万元。', '下一段。']);
    expect(blocks[1].prov.lines).toEqual([9, 9]);
  });
  it('removes an OCR copy\'s "- 2 -" that lost its first dash ("2-"), so a form\'s cells one a line stay in order', () => {
    const cells = ['某县项目支出绩效自评表', '预算执行情况(万元)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分', '年度财政资金总额'];
    const text = [...cells, '', '80', '', '60', '', '2-', '', '75', '', '7.5', '', '年度绩效目标'].join('\n');
    expect(extract(docOf(text)).figures['budget.executionRate']?.value).toBe('75');
  });
  it('removes a bare page number between two lines of one sentence of prose (a Word copy’s footer: "…613万元,补" / "1" / "助情况:…")', () => {
    const text = '2017年区域协作经费市级财政实际到位资金613万元,补\n\n1\n\n助情况:援宁经费50万元,援藏工作经费20万元,援疆工作经费130万元。';
    const texts = parseMarkdownText(text).blocks.map((b) => (b.type === 'table' ? '' : b.text));
    expect(texts).toEqual([
      '2017年区域协作经费市级财政实际到位资金613万元,补助情况:援宁经费50万元,援藏工作经费20万元,援疆工作经费130万元。',
    ]);
  });
  it('refuses: a bare number among short lines is a table’s cell (a serial, a value copied one cell a line), no page number', () => {
    const texts = parseMarkdownText('序号\n\n项目名称\n\n1\n\n河道清淤\n\n2\n\n水库巡查').blocks.map((b) =>
      b.type === 'table' ? '' : b.text,
    );
    expect(texts).toContain('1');
    // nor one after a sentence's end
    const ended = parseMarkdownText('2017年区域协作经费市级财政实际到位资金613万元。\n\n1\n\n助情况:援宁经费50万元,援藏工作经费20万元。');
    expect(ended.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toContain('1');
  });
  it('refuses: a negative number, a year with a dash, or a number with words after its dash is no page marker', () => {
    const texts = parseMarkdownText('-3\n\n2021-\n\n2- 完成情况').blocks.map((b) => (b.type === 'table' ? '' : b.text));
    expect(texts).toEqual(['-3', '2021-', '2- 完成情况']);
  });
});

describe('a pipe table whose delimiter row does not match its header', () => {
  const tablesOf = (text: string) =>
    parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'table' ? [b.rows.map((r) => r.map((c) => c.text).join('/'))] : []));

  it('reads the table as pandoc does, the header padded to the widest row', () => {
    const text =
      '| 项目名称 | 预算数(万元) | 执行数(万元) |\n|---|---|---|---|\n| 道路维护 | 120 | 118 | 98.33% |\n| 饮水安全 | 80 | 80 | 100% |';
    expect(tablesOf(text)).toEqual([['项目名称/预算数(万元)/执行数(万元)/', '道路维护/120/118/98.33%', '饮水安全/80/80/100%']]);
    expect(parseMarkdownText(text).blocks.map((b) => b.prov.lines)).toEqual([[1, 4]]);
  });
  it('reads a delimiter row shorter than its header, and keeps a table whose rows match as GFM reads it', () => {
    expect(tablesOf('| 项目 | 预算数 | 执行数 |\n|---|---|\n| 道路维护 | 120 | 118 |')).toEqual([
      ['项目/预算数/执行数', '道路维护/120/118'],
    ]);
    expect(tablesOf('| 项目 | 预算数 |\n|:--|--:|\n| 道路维护 | 120 |')).toEqual([['项目/预算数', '道路维护/120']]);
  });
  it('gives the task readers its rows', () => {
    const text =
      '某县2023年度项目支出绩效自评报告\n\n| 项目名称 | 预算数(万元) | 执行数(万元) |\n|---|---|---|---|\n| 道路维护 | 120 | 118 | 98.33% |\n| 饮水安全 | 80 | 80 | 100% |';
    expect(extract(docOf(text)).tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([
      ['道路维护', '120', '118'],
      ['饮水安全', '80', '80'],
    ]);
  });
});

describe('a pipe row broken by a line break inside a cell (a web table’s <br>)', () => {
  const tablesOf = (text: string) =>
    parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'table' ? [b.rows.map((r) => r.map((c) => c.text).join('/'))] : []));
  const rows = ['| 项目名称 | 预算数 | 执行数 | 执行率 |', '| 农村环境整治 | 150 | 140.3 | 93.53% |'];
  const last = '| 村级组织运转 | 50 | 48 | 96% |';

  it('joins the two lines of the row, as written, and keeps one table and its line numbers', () => {
    const text = [...rows, '| 防汛抗', '旱 | 60 | 56 | 93.33% |', last].join('\n');
    expect(tablesOf(text)).toEqual([
      ['项目名称/预算数/执行数/执行率', '农村环境整治/150/140.3/93.53%', '防汛抗旱/60/56/93.33%', '村级组织运转/50/48/96%'],
    ]);
    expect(parseMarkdownText(text).blocks.map((b) => b.prov.lines)).toEqual([[1, 5]]);
    expect(extract(docOf(`某县2022年度项目支出绩效自评报告\n\n${text}`)).tasks.map((t) => [t.name, t.budget, t.executed, t.rate])).toEqual([
      ['农村环境整治', '150', '140.3', '93.53'],
      ['防汛抗旱', '60', '56', '93.33'],
      ['村级组织运转', '50', '48', '96'],
    ]);
  });

  it('refused: two lines that hold more bars together than a whole row, or a next line that opens on a bar', () => {
    const tooMany = [...rows, '| 防汛抗 | 60 |', '旱 | 60 | 56 | 93.33% |', last].join('\n');
    expect(tablesOf(tooMany).flat()).not.toContain('防汛抗旱/60/56/93.33%');
    const ownRow = [...rows, '| 防汛抗旱', '| 60 | 56 | 93.33% |', last].join('\n');
    expect(tablesOf(ownRow).flat()).not.toContain('防汛抗旱/60/56/93.33%');
  });
});

describe('a pipe table cut by a page marker', () => {
  const head = '| 项目名称 | 预算数(万元) | 执行数(万元) |\n|---|---|---|\n| 道路维护 | 120 | 118 |\n| 饮水安全 | 80 | 80 |';
  const tablesOf = (text: string) =>
    parseMarkdownText(text).blocks.flatMap((b) =>
      b.type === 'table' ? [{ rows: b.rows.map((r) => r.map((c) => c.text).join('/')), lines: b.prov.lines }] : [],
    );

  it('reads the rows after the marker as the same table’s, each cited by its own line', () => {
    const text = `${head}\n\n第 2 页 共 9 页\n\n| 垃圾清运 | 50 | 45 |\n| 河道保洁 | 30 | 30 |`;
    const tables = tablesOf(text);
    expect(tables).toEqual([
      {
        rows: ['项目名称/预算数(万元)/执行数(万元)', '道路维护/120/118', '饮水安全/80/80', '垃圾清运/50/45', '河道保洁/30/30'],
        lines: [1, 9],
      },
    ]);
    const rows = parseMarkdownText(text).blocks[0];
    expect(rows.type === 'table' && rows.rows[4][0].prov.lines).toEqual([9, 9]);
  });
  it('keeps two tables apart when the second has its header again, is of another width, or no marker stands between', () => {
    expect(tablesOf(`${head}\n\n— 2 —\n\n| 项目名称 | 预算数(万元) | 执行数(万元) |\n|---|---|---|\n| 垃圾清运 | 50 | 45 |`)).toHaveLength(
      2,
    );
    expect(tablesOf(`${head}\n\n— 2 —\n\n| 垃圾清运 | 50 |\n| 河道保洁 | 30 |`)).toHaveLength(2);
    expect(tablesOf(`${head}\n\n| 垃圾清运 | 50 | 45 |\n| 河道保洁 | 30 | 30 |`)).toHaveLength(2);
  });
  it('gives the rows after the break to the task table', () => {
    const text = `某县2023年度项目支出绩效自评报告\n\n${head}\n\n第 2 页 共 9 页\n\n| 垃圾清运 | 50 | 45 |`;
    expect(extract(docOf(text)).tasks.map((t) => t.name)).toEqual(['道路维护', '饮水安全', '垃圾清运']);
  });
});

describe('a document-sharing site’s furniture between the pages of its copy', () => {
  it('removes preview captions, page counts and buttons, and joins the sentence they interrupted', () => {
    const { blocks } = parseMarkdownText(
      '本中心全年执行数\n某中心自评报告.docx_第2页\n86.20万元。\n\n当前文档共12页 3.50\n\n下载后继续阅读\n\n下载文档\n\n点击查看更多>>\n\n下一段。',
    );
    expect(blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(['本中心全年执行数 86.20万元。', '下一段。']);
  });
  it('drops the page numbers a site puts at the head of each page under its header (1、 / 2、 …), joining the sentence a page cut', () => {
    const header =
      '《某县水利局2023年度部门整体支出绩效自评报告.docx》由会员分享,可在线阅读,更多相关《某县水利局2023年度部门整体支出绩效自评报告.docx(5页珍藏版)》请在优知文库上搜索。';
    const { blocks } = parseMarkdownText(
      `${header}\n1、某县水利局2023年度部门整体支出绩效自评报告一、全年预算数1523.45万元,全年执行数\n2、1498.20万元,预算执行率98.34%。\n3、二、自评结论自评得分96分。`,
    );
    expect(blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual([
      `${header}某县水利局2023年度部门整体支出绩效自评报告一、全年预算数1523.45万元,全年执行数 1498.20万元,预算执行率98.34%。二、自评结论自评得分96分。`,
    ]);
    const r = extract(
      docOf(
        `${header}\n1、某县水利局2023年度部门整体支出绩效自评报告一、全年预算数1523.45万元,全年执行数\n2、1498.20万元,预算执行率98.34%。`,
      ),
    );
    expect(r.figures['budget.executed']?.value).toBe('1498.20');
  });
  it('keeps the numbers of a list without a site’s header, or out of turn under it', () => {
    const list = '1、道路维护全年预算数50万元。\n2、饮水安全全年预算数30万元。';
    expect(parseMarkdownText(list).blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual([
      '1、道路维护全年预算数50万元。 2、饮水安全全年预算数30万元。',
    ]);
    const header = '《某县水利局2023年度部门整体支出绩效自评报告.docx》由会员分享,可在线阅读。';
    expect(
      parseMarkdownText(`${header}\n\n2、道路维护全年预算数50万元。\n3、饮水安全全年预算数30万元。`).blocks.map((b) =>
        b.type === 'table' ? '' : b.text,
      ),
    ).toEqual([header, '2、道路维护全年预算数50万元。 3、饮水安全全年预算数30万元。']);
  });
  it('keeps a line that only mentions a download or a page', () => {
    const { blocks } = parseMarkdownText('请下载文档后填写附表。\n\n详见报告第2页。');
    expect(blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(['请下载文档后填写附表。', '详见报告第2页。']);
  });
});

describe('UTF-16 text without a byte order mark', () => {
  const text = '# 某县财政局2023年度部门整体支出绩效自评报告\n\n全年预算数 100 万元,执行数 90 万元,完成预算的 90%。\n';
  for (const [order, encoding] of [
    ['utf16le', 'UTF-16LE'],
    ['utf16be', 'UTF-16BE'],
  ] as const) {
    it(`reads ${encoding} as text, not as binary data`, async () => {
      const doc = await parseBytes(new Uint8Array(iconv.encode(text, order)), `report-${order}.txt`);
      expect(doc.source.encoding).toBe(encoding);
      expect(doc.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual([
        '某县财政局2023年度部门整体支出绩效自评报告',
        '全年预算数 100 万元,执行数 90 万元,完成预算的 90%。',
      ]);
    });
  }
  it('still calls binary data with NUL bytes binary', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + (i >> 3) * 104729) % 256);
    await expect(parseBytes(bytes, 'noise.bin')).rejects.toMatchObject({
      code: 'unsupported',
      reason: expect.stringMatching(/binary data/),
    });
  });
});

describe('Markdown reader: raw HTML a web page’s copy keeps', () => {
  const tablesOf = (text: string) =>
    parseMarkdownText(text).blocks.flatMap((b) =>
      b.type === 'table' ? [b.rows.map((r) => r.map((c) => [c.text, c.rowSpan, c.colSpan].join('/')))] : [],
    );
  const paragraphsOf = (text: string) => parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

  it('reads an HTML table as a table: cells with their spans, blank lines and attributes inside it, the text around it as prose', () => {
    const text = [
      '# 项目支出绩效自评表',
      '',
      '前言一段。',
      '<table border="1">',
      '<tr><td rowspan="2">项目资金(万元)</td><td colspan="2">预算</td><td>执行数</td></tr>',
      '',
      '<tr><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td></tr>',
      '<tr><td>年度资金总额</td><td>120</td><td>125</td><td>114<br/>(含结转)</td></tr>',
      '</table>',
      '后记一段。',
    ].join('\n');
    expect(tablesOf(text)).toEqual([
      [
        ['项目资金(万元)/2/1', '预算/1/2', '执行数/1/1'],
        ['年初预算数/1/1', '全年预算数/1/1', '全年执行数/1/1'],
        ['年度资金总额/1/1', '120/1/1', '125/1/1', '114 (含结转)/1/1'],
      ],
    ]);
    expect(paragraphsOf(text)).toEqual(['前言一段。', '后记一段。']);
    const table = parseMarkdownText(text).blocks.find((b) => b.type === 'table');
    expect(table?.prov.lines).toEqual([4, 9]);
  });

  it('flattens a table nested in a cell into that cell, and leaves a table that never closes as text', () => {
    const nested = '<table><tr><td>金额<table><tr><td>120</td><td>114</td></tr></table></td><td>10</td></tr></table>';
    expect(tablesOf(nested)).toEqual([[['金额 120 114/1/1', '10/1/1']]]);
    const unclosed = '<table><tr><td>预算数</td><td>120</td></tr>';
    expect(tablesOf(unclosed)).toEqual([]);
    expect(paragraphsOf(unclosed).join(' ')).toContain('预算数 120');
  });

  it('never runs two HTML paragraphs or cells together outside a table, nor the lines a <br> breaks', () => {
    expect(paragraphsOf('<div><p>年初预算120万元</p><p>125万元为调整后</p></div>').join('|')).not.toContain('120万元125');
    expect(paragraphsOf('全年预算数120<br>全年执行数114').join('|')).not.toContain('120全年');
  });

  it('gives an HTML project list the task rows a pipe table gives', () => {
    const html = [
      '某局2023年度部门整体支出绩效自评报告',
      '',
      '<table><thead><tr><th>项目名称</th><th>预算数</th><th>执行数</th><th>执行率</th></tr></thead>',
      '<tbody><tr><td>文化惠民演出项目</td><td>340.00</td><td>332.50</td><td>97.79%</td></tr>',
      '<tr><td>公共图书馆免费开放项目</td><td>160.00</td><td>160.00</td><td>100%</td></tr></tbody></table>',
    ].join('\n');
    const rows = (text: string) => extract(docOf(text)).tasks.map((t) => [t.name, t.budget, t.executed, t.rate]);
    expect(rows(html)).toEqual([
      ['文化惠民演出项目', '340.00', '332.50', '97.79'],
      ['公共图书馆免费开放项目', '160.00', '160.00', '100'],
    ]);
  });
});

describe('Markdown reader: a copy hard-wrapped at a fixed width', () => {
  // an invented form whose rows are pipe-separated without a delimiter row, as a web page's table is copied
  const form = [
    '项目支出绩效自评表',
    '',
    '(2022年度)',
    '',
    '项目名称 | 乡村道路养护补助资金 | 主管部门 | 青山县交通运输局 | 实施单位(盖章) | 青山县公路事业发展中心 | |',
    '项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '年度资金总额 | 412.65 | 398.20 | 385.47 | 10 | 96.80% | 9.68 |',
    '其中:当年财政拨款 | 412.65 | 398.20 | 385.47 | - | - | - |',
    '其他资金 | 0.00 | 0.00 | 0.00 | - | - | - |',
    '',
    '总分 | 100 | 96.52 | 自评等级 | 优 |',
  ].join('\n');
  /** Every line longer than `width` cut into pieces of exactly `width` characters, as a mail client or `fold` does. */
  const hardWrap = (text: string, width: number) =>
    text
      .split('\n')
      .flatMap((l) =>
        l.length <= width ? [l] : Array.from({ length: Math.ceil(l.length / width) }, (_, k) => l.slice(k * width, (k + 1) * width)),
      )
      .join('\n');
  const read = (text: string) => {
    const r = extract(docOf(text));
    return { department: r.department, figures: Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value}${f.unit}`])) };
  };

  it('joins the pieces of each cut line, so that rows, names and amounts read as in the text before the wrap', () => {
    const whole = read(form);
    expect(whole.department).toBe('青山县公路事业发展中心');
    expect(whole.figures['budget.executed']).toBe('385.47万元');
    for (const width of [23, 27, 31]) expect(read(hardWrap(form, width))).toEqual(whole);
  });

  it('joins nothing in a text written freely, nor onto a heading', () => {
    // the longest lines are not three of one count: no fixed width cut them
    const free = [
      '项目名称 | 乡村道路养护补助资金 | 主管部门 | 青山县交通运输局 | 实施单位(',
      '盖章) | 青山县公路事业发展中心 |',
      '全年执行数 385.47 万元,执行率 96.80%。',
    ].join('\n');
    expect(
      parseMarkdownText(free).blocks.some((b) => b.type === 'table' && b.rows.some((r) => r.some((c) => c.text === '实施单位(盖章)'))),
    ).toBe(false);
    const headed = [
      '一、项目资金安排情况,全年预算数为12',
      '二、项目资金执行情况,全年执行数为11',
      '三、项目绩效目标完成情况,指标为10',
      '# 四、评价结论',
    ].join('\n');
    expect(parseMarkdownText(headed).blocks.some((b) => b.type === 'heading')).toBe(true);
  });
});

describe("Markdown reader: a title as long as a copy's lines, over the page's fields", () => {
  // pdftotext sets every line to the page's width: the title happens to fill one, as the lines of the text do
  const prose = [
    '1.贯彻执行国家、省、市有关综合行政执法和城市管理的法律、法规、规章。组织拟订相关规范制度,并监督实施。',
    '2.负责综合行政执法的统筹协调和指导监督工作,深化综合行政执法体制改革。协调综合行政执法部门与业务主管部门的执法协作工作。',
    '3.推进综合行政执法规范化建设,制定和实施综合行政执法规范化建设标准。负责综合行政执法的督察工作。',
  ];
  const WIDTH = 39;
  const fold = (l: string) => Array.from({ length: Math.ceil(l.length / WIDTH) }, (_, k) => l.slice(k * WIDTH, (k + 1) * WIDTH));
  const page = [
    '青山市白云区综合行政执法局 (青山市白云区城市管理局) 2021 年度部门决算',
    '发布日期:2022-10-12 10:24 信息来源:白云新区',
    '一、部门基本情况',
    ...prose.flatMap(fold),
  ].join('\n');
  /** The source lines as the reader kept them: a line joined onto the one above lost its break. */
  const source = (t: string) =>
    parseMarkdownText(t)
      .blocks.map((b) => (b.type === 'table' ? '' : (b.raw ?? b.text)))
      .join('\n');

  it('joins no line onto the portal field under it (发布日期: …): the title is whole', () => {
    // the lines the fixed width cut are of one count, the title's among them
    expect(page.split('\n')[0].length).toBe(WIDTH);
    expect(source(page)).toMatch(/部门决算\n发布日期/);
    expect(extract(docOf(page)).department).toBe('青山市白云区综合行政执法局');
  });

  it('refused: a line the width cut before a word that is no portal field goes on in the next', () => {
    const cut = page.replace('发布日期:2022-10-12 10:24 信息来源:白云新区', '情况说明:2022-10-12 10:24 白云新区');
    expect(source(cut)).toMatch(/部门决算情况说明/);
  });
});

describe('Markdown reader: a table copied a row a line, its rows of one length', () => {
  // three rows and more of exactly one count, as a hard-wrapped copy's cut lines are: each ends on its amounts
  const rows = [
    '序号 项目名称 预算数 执行数 执行率',
    '1 渠道清淤整治 120.5 118 97.93%',
    '1.1 主渠清淤 60.0 59.0 98.33%',
    '1.2 支渠护坡 60.5 59.0 97.52%',
    '2 山洪灾害防治 300.0 295 98.33%',
  ].join('\n');
  const text = (blocks: ReturnType<typeof parseMarkdownText>['blocks']) => blocks.map((b) => (b.type === 'table' ? '' : b.text)).join('\n');

  it('joins no row onto the next: a row ending on two amounts is whole, not a piece a wrap cut', () => {
    expect(
      new Set(
        rows
          .split('\n')
          .slice(1, 5)
          .map((l) => l.length),
      ).size,
    ).toBe(1);
    const read = text(parseMarkdownText(rows).blocks);
    expect(read).not.toMatch(/%1\.1|%1\.2|%2/);
  });

  it('joins no row onto the next: numbered rows of one length ending on a grade are rows, not pieces a wrap cut', () => {
    const notice = [
      '2023年度区级重点项目绩效评价结果',
      '',
      '序号 主管部门 项目名称 资金量(万元) 等级',
      '1 区教育局 学前教育普惠性补助 320.00 优',
      '2 区住建局 老旧小区改造工程 1580.60 良',
      '3 区农业农村局 农村人居环境整治 246.8 良',
    ];
    expect(new Set(notice.slice(3).map((l) => l.length)).size).toBe(1);
    const read = text(parseMarkdownText(notice.join('\n')).blocks);
    expect(read).not.toMatch(/优2|良3/);
    // the same lines without their serial numbers in order are cut pieces, joined as a wrap's are
    const unnumbered = [...notice.slice(0, 3), ...notice.slice(3).map((l, k) => `${[2, 5, 9][k]}${l.slice(1)}`)];
    expect(text(parseMarkdownText(unnumbered.join('\n')).blocks)).toMatch(/优5/);
  });

  it('still joins prose cut at a fixed width whose pieces end inside a sentence', () => {
    const prose = [
      '项目预算数为120.5万元,实际支出118万元,执',
      '行率为97.93%,较上年提高了两个百分点,主要',
      '原因是本年度加强了资金调度和项目进度管理,',
      '全年完成各项任务。',
    ].join('\n');
    expect(text(parseMarkdownText(prose).blocks)).toContain('实际支出118万元,执行率为97.93%');
  });
});

describe('Markdown reader: rows of cells a PDF page wrapped at its margin (pdftotext)', () => {
  // an invented form whose cells a renderer set as one paragraph, as a Markdown copy of a one-cell-per-line table is set
  const stream = [
    '项目名称 | 社区养老服务补贴 | 主管部门 | 青山县民政局 | 实施单位(盖章) | 青山县养老服务中心 |',
    '预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |',
    '总额 | 186.40 | 192.75 | 190.12 | 98.64% | 10 | 9.86 | 其中:财政资金 | 186.40 | 192.75 | 190.12 | 98.64% | / | / |',
    '绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 产出指标 | 数量指标 | 服务老人人次 | ≥ | 1200 | 1350 |',
    '项目负责人: | 财务负责人: | |',
  ].join(' ');
  /** The text set at a measure of `columns` display columns, each line broken where the measure falls, as pdftotext copies a page. */
  const atMargin = (text: string, columns: number) => {
    const lines: string[] = [];
    let line = '';
    for (const ch of text) {
      if (displayWidth(line + ch) > columns) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += line === '' ? ch.trimStart() : ch;
    }
    return [...lines, line].join('\n');
  };
  const read = (text: string) =>
    Object.fromEntries(Object.entries(extract(docOf(text)).figures).map(([k, f]) => [k, `${f.value}${f.unit}`]));

  it('joins the pieces of a row the margin cut inside a name or a number, so that the figures read as in the row', () => {
    const whole = read(stream);
    expect(whole['budget.executed']).toBe('190.12万元');
    expect(whole['budget.total']).toBe('192.75万元');
    for (const columns of [60, 72, 80]) expect(read(atMargin(stream, columns))).toEqual(whole);
    // a document site's copy of the page: a blank line after each printed line
    expect(read(atMargin(stream, 72).replaceAll('\n', '\n\n'))).toEqual(whole);
  });

  it('joins a piece that opens on a bar, the margin cut right before it, to the row it goes on', () => {
    // an invented allocation list one cell a line, which a renderer set as one paragraph: its blank 备注 cells ("| |")
    const list =
      '现将专项资金分配如下，请各乡镇抓紧组织实施。附件 1 2022 年专项资金安排表单位:万元序号 | 乡镇名称 | 项 目 名 称 | 金额 | 备注 | ' +
      '1 | 东湖镇 | 北岸村灌溉渠道修复 | 18 | | 2 | 西山乡 | 南坑村山塘除险加固 | 25 | | 3 | 石门镇 | 下洋村河堤修复 | 12 | | ' +
      '4 | 云水乡 | 上坪村排涝沟整治 | 16 | | 合计 | 71 | 附件 2 专项资金绩效目标表项目名称 | 专项资金 | 主管部门(单位)名称 | 某县水利局';
    const tasks = (text: string) => extract(docOf(text)).tasks.map((t) => `${t.name} ${t.budget}`);
    const whole = tasks(list);
    expect(whole).toEqual(['北岸村灌溉渠道修复 18', '南坑村山塘除险加固 25', '下洋村河堤修复 12', '上坪村排涝沟整治 16']);
    // (set at 64 columns, two printed lines open on a bar: "| 东湖镇 | 北岸村…", "| 上坪村排涝沟整治 | 16 |…")
    const at64 = atMargin(list, 64);
    expect(at64.split('\n').filter((l) => /^\|.*[^|\s]$/.test(l))).toHaveLength(2);
    expect(tasks(at64)).toEqual(whole);
  });

  it('refused: a line that opens and closes on a bar is a row of its own, though the line above reaches the margin', () => {
    // a row of cells cut at the margin inside a name ("…青山县养" / "老服务中心"), then a pipe row whole, bars at both ends
    const text = [
      '统筹推进公共文化服务体系建设，全年共开展送戏下乡、文化惠民演出等活动，',
      '严格执行政府采购制度，规范资金拨付程序，加强项目资金全过程绩效监控，',
      '年度内各项目均按计划实施，资金拨付及时到位，未发现挤占挪用资金情况，',
      '资金使用效益良好，群众满意度较高，达到了预期绩效目标，具体如下表。',
      '项目名称 | 社区养老服务补贴 | 主管部门 | 青山县民政局 | 实施单位 | 青山县养',
      '| 其中:其他资金 | 0 | 0 | 0 | / | / | / |',
    ].join('\n');
    const rows = parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));
    expect(rows.some((r) => r[0] === '其中:其他资金')).toBe(true);
  });

  it('ends a row on a line ending with its bar, leaves prose after the cells as prose, and joins nothing without a measure', () => {
    // rows of a pipe table, each cut by the margin: a piece ending on its bar ends its row, though it reaches the margin
    const rows = [
      '青山县民政局 | 社区养老服务补贴 | 186,400.00 | 为辖区老人提供居家养',
      '老服务 | 产出指标 | 数量指标 | 服务老人人次 | 1200 | 人次 | 10 | |',
      '产出指标 | 质量指标 | 服务合格率 | ≥ | 95 | % | 10 | 正向指标 | 效益',
      '指标 | 社会效益指标 | 老人满意程度 | ≥ | 90 | % | 10 | 正向指标 | |',
      '满意度指标 | 服务对象满意度指标 | 受益老人满意度 | ≥ | 95 | % | 10 |',
    ].join('\n');
    const firstCells = parseMarkdownText(rows).blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r[0]?.text) : []));
    expect(firstCells).toEqual(['青山县民政局', '产出指标', '满意度指标']);
    // a page's prose after a run of cells (a line with no bar) is no cell of theirs
    const prose = [
      '项目名称 | 社区养老服务补贴 | 主管部门 | 青山县民政局 | 实施单位 |',
      atMargin(
        '青山县养老服务中心 | 年度资金总额 | 186.40 | 190.12 | 评价结论 | 项目全年预算数为192.75万元,全年执行数为190.12万元,预算执行率为98.64%。项目按计划完成了全年服务任务,受益老人满意度达到96%以上。',
        68,
      ),
    ].join('\n');
    expect(parseMarkdownText(prose).blocks.some((b) => b.type === 'paragraph' && b.text.includes('全年执行数为190.12万元'))).toBe(true);
    // lines of one row each, written freely (no measure): "…| 41" and "2.65 |…" are two cells
    const free = ['总额 | 186.40 | 41', '2.65 | 10 | 9.86 |'].join('\n');
    expect(parseMarkdownText(free).blocks.some((b) => b.type === 'table' && b.rows.flat().some((c) => c.text === '412.65'))).toBe(false);
  });

  it('keeps a sub-table’s whole header of column words apart from the amounts’ row after it, though it reaches the margin', () => {
    // an invented form set at a measure, a sub-table (its header's width at the margin, each row a line) under its rows
    const sub = [
      '子项目名称 | 年初预算数(万元) | 全年执行数(万元) | 预算执行率',
      '南岸堤防巡查 | 95 | 93.1 | 98.00%',
      '北岸闸站维护 | 60 | 57 | 95.00%',
    ];
    const rowsOf = (text: string) =>
      parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));
    const rows = rowsOf([atMargin(stream, 64), ...sub].join('\n'));
    expect(rows.slice(-3)).toEqual(sub.map((l) => l.split(' | ')));
    // refused: a header the margin cut before a cell's unit note ("…| 全年执行数" / "(万元) | 预算执行率"), its next piece
    // holding no amount, still joins, though its first piece is all column words
    const cut = ['子项目名称 | 年初预算数(万元) | 调整后预算数(万元) | 全年执行数', '(万元) | 预算执行率', ...sub.slice(1)];
    const joined = rowsOf([atMargin(stream, 64), ...cut].join('\n'));
    expect(joined.slice(-3)[0]).toEqual(['子项目名称', '年初预算数(万元)', '调整后预算数(万元)', '全年执行数(万元)', '预算执行率']);
  });

  it('keeps apart the whole rows of a table copied without its outer bars, each holding every bar of a row', () => {
    // an invented report: prose long enough to set a measure, then rows of three bars each, short of it or not
    const rows = ['项目名称 | 预算数 | 执行数 | 执行率', '河道保洁服务 | 240 | 236.4 | 98.5%', '防汛物资储备 | 60 | 51.3 | 85.5%'];
    const text = [
      '某县水利局2023年度部门整体支出绩效自评报告',
      '',
      '我局主要负责全县水资源管理、河道管护和防汛抗旱等工作,内设股室6个,下属单位3个。',
      '',
      ...rows,
      '',
      '各项目均按计划实施。',
    ].join('\n');
    const table = parseMarkdownText(text).blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' ? table.rows.map((r) => r[0]?.text) : []).toEqual(['项目名称', '河道保洁服务', '防汛物资储备']);
    // (one blank line between the rows, as a document site writes one after each line, the same)
    const spaced = parseMarkdownText(text.replace(rows.join('\n'), rows.join('\n\n'))).blocks.find((b) => b.type === 'table');
    expect(spaced?.type === 'table' ? spaced.rows.length : 0).toBe(3);
  });
});

describe('a paragraph whose first line a page indented (pdftotext -layout, a web page’s text-indent)', () => {
  const paragraphs = (text: string) => parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));

  it('reads an indented first line and the flush lines after it as one paragraph, the name the margin cut whole', () => {
    const text = [
      '        一、项目概况。乡村道路安全生命防护',
      '工程项目全年预算数为412.50万元，全年执行数为398.20万元。',
      '',
      '\t二、绩效目标。完成安防设施',
      '改造36公里。',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      '一、项目概况。乡村道路安全生命防护工程项目全年预算数为412.50万元,全年执行数为398.20万元。',
      '二、绩效目标。完成安防设施改造36公里。',
    ]);
  });

  it('keeps a title, a heading and a paragraph indented alone between blank lines three blocks, not one', () => {
    const text = [
      '            某县文化广电旅游局2024年度部门整体支出绩效自评报告',
      '',
      '    一、部门概况',
      '',
      '        本局内设股室5个，下属事业单位2个。',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      '某县文化广电旅游局2024年度部门整体支出绩效自评报告',
      '一、部门概况',
      '本局内设股室5个,下属事业单位2个。',
    ]);
  });

  it('reads the rows of a layout table as a table by their columns (layoutRows.ts), apart from the prose before and after it', () => {
    const rows = [
      '      序号  项目名称              预算数       执行数      执行率',
      '       1    文物保护经费            210.00       205.40      97.81%',
      '       2    图书馆免费开放经费       36.00        36.00     100.00%',
    ];
    const text = ['        重点项目执行情况如下：', '', ...rows, '', '        三、自评结论。本局自评得分92分。'].join('\n');
    const blocks = parseMarkdownText(text).blocks;
    const table = blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '项目名称', '预算数', '执行数', '执行率'],
      ['1', '文物保护经费', '210.00', '205.40', '97.81%'],
      ['2', '图书馆免费开放经费', '36.00', '36.00', '100.00%'],
    ]);
    expect(paragraphs(text)).toContain('重点项目执行情况如下:');
    expect(paragraphs(text)).toContain('三、自评结论。本局自评得分92分。');
  });

  it('keeps a short indented line alone (a layout table’s title or a wrapped cell) indented', () => {
    const text = [
      '                支出明细',
      '',
      '      项目名称        金额',
      '      办公费          12.00',
      '      差旅费           3.50',
    ].join('\n');
    const block = parseMarkdownText(text).blocks[0];
    expect(block.type === 'paragraph' && block.raw?.split('\n')[0]).toBe('            支出明细');
  });

  it('extracts a task whose name the indented first line began and the flush line ended', () => {
    const text = [
      '某县住房和城乡建设局2024年度部门整体支出绩效自评报告',
      '',
      '        老旧小区改造配套基础设施建设',
      '项目全年预算数为1,280.00万元，实际支出1,204.16万元，预算执行率为94.08%。',
      '',
      '        2024年度本部门全年预算数为',
      '3,516.42万元，全年执行数为3,470.08万元。',
    ].join('\n');
    const record = extract(docOf(text));
    expect(record.tasks.map((t) => [t.name, t.budget, t.executed])).toEqual([['老旧小区改造配套基础设施建设项目', '1280.00', '1204.16']]);
    expect(record.figures['budget.total']?.value).toBe('3516.42');
    expect(record.figures['budget.executed']?.value).toBe('3470.08');
  });
});

describe('a number the margin cut in a paragraph of two printed lines (pdftotext -layout: a blank line after each paragraph)', () => {
  const paragraphs = (text: string) => parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
  const page = [
    '统筹推进公共文化服务体系建设，全年共开展送戏下乡、文化惠民演出等活动，',
    '惠及群众3.2万人次。',
    '',
    '严格执行政府采购制度，规范资金拨付程序，加强项目资金全过程绩效监控，',
    '未发现违规情况。',
    '',
    '年度内各项目均按计划实施，资金拨付及时到位，未发现挤占挪用资金情况，',
    '资金使用效益良好。',
    '',
  ];
  // a row of amounts run into prose, cut inside "36.47" where the page's margin fell
  const cut = ['三公经费 2022 年决算数、2023 年预算数、2023 年决算数分别为 18.20 36.4', '7 30.15，均控制在预算以内。'];

  it('joins the number at the measure the copy’s other printed lines run to', () => {
    expect(paragraphs([...page, ...cut].join('\n'))).toContain(
      '三公经费 2022年决算数、2023年预算数、2023年决算数分别为 18.20 36.47 30.15,均控制在预算以内。',
    );
  });

  it('refuses a line that stops short of that measure, and a copy whose lines share no measure', () => {
    // the writer ended the line: "36.4" and "7" are two numbers
    const short = [...page, '2023 年度三公经费预算数为 18.20 36.4', '7 30.15，各项支出均控制在年初预算以内，未超预算。'].join('\n');
    expect(paragraphs(short)).toContain('2023年度三公经费预算数为 18.20 36.4 7 30.15,各项支出均控制在年初预算以内,未超预算。');
    // a text written a paragraph to the line measures no page: a block of two lines keeps its break
    const free = [
      '统筹推进公共文化服务体系建设。',
      '',
      '严格执行政府采购制度，规范资金拨付程序，加强项目资金全过程绩效监控，未发现违规情况，资金使用效益良好。',
      '',
      '年度内各项目均按计划实施。',
      '',
      ...cut,
    ].join('\n');
    expect(paragraphs(free)).toContain('三公经费 2022年决算数、2023年预算数、2023年决算数分别为 18.20 36.4 7 30.15,均控制在预算以内。');
  });
});

describe('Markdown reader: a header over two rows whose delimiter row a copy set under the second', () => {
  const header = '| 序号 | 项目名称 | 分配资金 | | | 备注 |';
  const lower = '| | | 合计 | 中央 | 省级 | |';
  const rows = ['| 1 | 森林抚育 | 126.45 | 126.45 | — | |', '| 2 | 林业有害生物防治 | 48.00 | 30.00 | 18.00 | |'];
  const tableOf = (lines: string[]) => parseMarkdownText(lines.join('\n')).blocks.filter((b) => b.type === 'table');

  it('reads both header rows as the table’s, the first its header', () => {
    const [table] = tableOf(['某市林业局资金分配明细表', '', header, lower, '|---|---|---|---|---|---|', ...rows]);
    expect(table.type === 'table' && table.rows.map((r) => r[1]?.text ?? '')).toEqual(['项目名称', '', '森林抚育', '林业有害生物防治']);
  });

  it('refused: a row of another width above the header is a line of its own, and the table keeps its one header row', () => {
    const [table] = tableOf(['某市林业局资金分配明细表', '', '| 单位:万元 | |', lower, '|---|---|---|---|---|---|', ...rows]);
    expect(table.type === 'table' && table.rows.map((r) => r[2]?.text ?? '')).toEqual(['合计', '126.45', '48.00']);
  });
});
