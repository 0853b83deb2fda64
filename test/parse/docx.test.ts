import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Block, Document, TableBlock } from '../../src/model/document.ts';
import { readDocx } from '../../src/parse/docx.ts';
import { parseError, WEB_GRID_CELLS } from './helpers.ts';
import { parseBytes } from '../../src/parse/index.ts';
import { parseMarkdownText } from '../../src/parse/markdown.ts';
import { readerFor } from '../../src/parse/readers.ts';
import { docxOf, documentXml, textRun } from './docx-package.ts';

const fixture = (rel: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url))));
const SEED_DOCX = fixture('seed/qiaozhong-2023.docx');
const SEED_MD = Buffer.from(fixture('seed/qiaozhong-2023.md')).toString('utf8');
const MERGED = fixture('docx/merged-cells.docx');

const headings = (blocks: Block[]) => blocks.filter((b) => b.type === 'heading').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');
const texts = (row: TableBlock['rows'][number]) => row.map((c) => c.text);

/** The ParseError a promise rejects with (fails the test if it resolves or throws something else). */
describe('readDocx on the seed report (pandoc rendering of qiaozhong-2023.md)', async () => {
  const doc: Document = await parseBytes(SEED_DOCX, 'qiaozhong-2023.docx');
  const md = parseMarkdownText(SEED_MD);

  it('is a docx with no pages', () => {
    expect(doc.source.format).toBe('docx');
    expect(doc.source.pages).toBeNull();
    expect(doc.blocks.every((b) => b.prov.page === null)).toBe(true);
  });

  it('gives the same headings, in the same order, as the Markdown reader', () => {
    const h = headings(doc.blocks);
    expect(h.length).toBeGreaterThan(5);
    expect(h).toEqual(headings(md.blocks));
    expect(h[0]).toBe('广州市荔湾区人民政府桥中街道办事处 2023年部门整体支出绩效自评报告');
  });

  it('gives the same heading levels and paragraph texts as the Markdown reader', () => {
    const shape = (bs: Block[]) =>
      bs.filter((b) => b.type !== 'table').map((b) => (b.type === 'heading' ? `${b.level} ${b.text}` : b.text));
    expect(shape(doc.blocks)).toEqual(shape(md.blocks));
  });

  it('reads exactly one table of 6 rows x 3 columns, its first data row complete', () => {
    const t = tables(doc.blocks);
    expect(t).toHaveLength(1);
    expect(t[0].rows).toHaveLength(6);
    expect(t[0].rows.every((r) => r.length === 3)).toBe(true);
    expect(texts(t[0].rows[0])).toEqual(['年度主要工作任务(政策)', '任务(政策)的绩效目标', '任务(政策)关键指标']);
    const [first, second, third] = t[0].rows[1];
    expect(first.text).toBe('强化基层党建工作,筑牢社区发展阵地');
    expect(second.text.startsWith('一是坚持政治标准')).toBe(true);
    expect(second.text.endsWith('常态化制度化。')).toBe(true);
    expect(third.text).toBe('党建引领品牌建设受益期:长期;信息公开按时办结率:> 95%。');
    expect(texts(t[0].rows[5])[0]).toBe('深化城市环境卫生建设');
    // the same table as the Markdown reader's
    expect(t[0].rows.map(texts)).toEqual(tables(md.blocks)[0].rows.map(texts));
  });

  it('keeps every figure of the money paragraph', () => {
    const money = doc.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith('全年预算数'));
    expect(money).toBeDefined();
    const text = money!.type === 'paragraph' ? money!.text : '';
    for (const n of ['7143.45', '6708', '93%', '5988.67', '629.55', '0', '2553.39', '4064.83', '77.57']) {
      expect(text, n).toMatch(new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?![\\d.])`));
    }
    expect(text).toContain('国有资本经营预算财政拨款支出 0 万元');
  });

  it('numbers blocks and cells by body paragraph, in document order', () => {
    const firsts = doc.blocks.map((b) => b.prov.lines?.[0] ?? NaN);
    expect(firsts.every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(doc.blocks[0].prov.lines).toEqual([1, 1]);
    const t = tables(doc.blocks)[0];
    const [t0, t1] = t.prov.lines!;
    expect(t1 - t0 + 1).toBe(18); // 6 rows x 3 cells, one paragraph each
    expect(t.rows[0][0].prov.lines).toEqual([t0, t0]);
    expect(t.rows[5][2].prov.lines).toEqual([t1, t1]);
    const after = doc.blocks[doc.blocks.indexOf(t) + 1];
    expect(after.prov.lines![0]).toBe(t1 + 1);
  });

  it("keeps mammoth's messages as warnings", () => {
    expect(doc.warnings).toContain("Unrecognised paragraph style: 'Body Text' (Style ID: BodyText)");
  });
});

describe('readDocx on merged cells (fixtures/docx/merged-cells.docx)', async () => {
  const result = await readDocx(MERGED, 'merged-cells.docx');
  const [table] = tables(result.blocks);
  const cell = (r: number, c: number) => table.rows[r][c];

  it('reads one table of 8 rows with the merged cells once each', () => {
    expect(tables(result.blocks)).toHaveLength(1);
    expect(table.rows.map(texts)).toEqual([
      ['项目名称', '桥中街道社区综合服务项目'],
      ['项目资金(万元)', '全年预算数', '全年执行数', '执行率'],
      ['130.5', '128.2', '98.24%'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标(50分)', '数量指标', '服务社区数', '8个', '8个'],
      ['质量指标', '服务满意度', '≥90%', '95%'],
      ['总分', '100', '96.5'],
      ['资金来源', '其中:财政拨款 100 其他资金 28.2 合计 128.2'],
    ]);
  });

  it('turns w:gridSpan into colSpan and w:vMerge into rowSpan', () => {
    const spans = table.rows.map((row) => row.map((c) => `${c.rowSpan}x${c.colSpan}`));
    expect(spans).toEqual([
      ['1x1', '1x4'],
      ['2x2', '1x1', '1x1', '1x1'],
      ['1x1', '1x1', '1x1'],
      ['1x1', '1x1', '1x1', '1x1', '1x1'],
      ['2x1', '1x1', '1x1', '1x1', '1x1'],
      ['1x1', '1x1', '1x1', '1x1'],
      ['1x3', '1x1', '1x1'],
      ['1x1', '1x4'],
    ]);
    // with the spans from above, every row fills the 5-column grid exactly once
    const below = [0, 0, 0, 0, 0]; // rows a vertical merge still covers, per grid column
    for (const row of table.rows) {
      const busy = below.map((n) => n > 0);
      let at = 0;
      for (const c of row) {
        while (at < 5 && busy[at]) at++;
        for (let k = 0; k < c.colSpan; k++) {
          expect(busy[at + k]).toBe(false);
          busy[at + k] = true;
          if (c.rowSpan > 1) below[at + k] = c.rowSpan;
        }
        at += c.colSpan;
      }
      expect(busy).toEqual([true, true, true, true, true]);
      for (let i = 0; i < 5; i++) if (below[i] > 0) below[i]--;
    }
  });

  it('gives each cell the ordinals of its own paragraphs, counting the cells a vertical merge hides', () => {
    expect(table.prov).toEqual({ page: null, lines: [4, 39] });
    expect(cell(0, 0).prov.lines).toEqual([4, 4]);
    expect(cell(1, 0).prov.lines).toEqual([6, 6]);
    expect(cell(2, 0).prov.lines).toEqual([11, 11]); // paragraph 10 is the hidden continuation cell
    expect(cell(4, 0).prov.lines).toEqual([19, 20]); // two paragraphs
    expect(cell(5, 0).prov.lines).toEqual([26, 26]);
    expect(cell(7, 1).prov.lines).toEqual([34, 39]); // with the nested table
  });

  it('flattens a nested table into its cell', () => {
    expect(cell(7, 1).text).toBe('其中:财政拨款 100 其他资金 28.2 合计 128.2');
    expect(cell(7, 1).raw).toBe('其中：\n财政拨款\n100\n其他资金\n28.2\n合计 128.2');
  });

  it('reads headings by style and keeps a bold-only paragraph a paragraph', () => {
    const shape = result.blocks.map((b) => `${b.type}${b.type === 'heading' ? b.level : ''} ${b.prov.lines?.join('-') ?? '-'}`);
    expect(shape).toEqual([
      'heading1 1-1',
      'paragraph 2-2',
      'paragraph 3-3',
      'table 4-39',
      'paragraph 41-41',
      'paragraph 42-42',
      'heading2 43-43',
      'paragraph -',
    ]);
    expect(result.blocks[4]).toMatchObject({ type: 'paragraph', text: '三是坦尾村改造稳步推进。' });
  });

  it('turns <br> into a line break that normalization joins across CJK', () => {
    const b = result.blocks[2];
    expect(b.type === 'paragraph' && b.raw).toBe('本年收\n入合计 130.5 万元，全年执行数\n128.2 万元。');
    expect(b.type === 'paragraph' && b.text).toBe('本年收入合计 130.5 万元,全年执行数 128.2 万元。');
  });

  it('leaves no footnote marker after a figure and keeps the note as a paragraph without lines', () => {
    expect(result.blocks[5]).toMatchObject({ type: 'paragraph', text: '执行率 98.24%。' });
    expect(result.blocks[7]).toMatchObject({ type: 'paragraph', text: '数据来源:财务核算系统。', prov: { page: null, lines: null } });
    const all = JSON.stringify(result.blocks);
    expect(all).not.toMatch(/[\uFDD0\uFDD1↑]|\[1\]/);
  });

  it("keeps mammoth's warnings", () => {
    expect(result.warnings).toEqual(["Unrecognised paragraph style: '表格正文' (Style ID: BiaoTiZhengWen)"]);
    expect(result.pages).toBeNull();
  });
});

describe('readDocx errors', () => {
  it('reports a truncated zip as corrupt, in one line', async () => {
    // 800: inside the compressed word/document.xml; length - 10: only the end of the central directory lost
    for (const cut of [800, SEED_DOCX.length >> 1, SEED_DOCX.length - 10]) {
      const bytes = SEED_DOCX.slice(0, cut);
      expect(readerFor(bytes)).toMatchObject({ format: 'docx' }); // still looks like a docx from its first bytes
      const e = await parseError(parseBytes(bytes, 'cut.docx'));
      expect(e.code).toBe('corrupt');
      expect(e.reason).toMatch(/zip archive is truncated or damaged/);
      expect(e.reason).not.toMatch(/\n/);
      expect(e.file).toBe('cut.docx');
    }
  });

  it('reports damaged compressed data as corrupt', async () => {
    const bytes = SEED_DOCX.slice();
    for (let i = 2000; i < 2400; i++) bytes[i] ^= 0x55;
    const e = await parseError(readDocx(bytes, 'flipped.docx'));
    expect(e.code).toBe('corrupt');
    expect(e.reason).toMatch(/damaged/);
  });

  it('reports malformed document XML as corrupt', async () => {
    const e = await parseError(parseBytes(fixture('docx/broken-xml.docx'), 'broken-xml.docx'));
    expect(e.code).toBe('corrupt');
    expect(e.reason).toMatch(/^the Word XML inside the \.docx is not well-formed \(.+\)$/);
  });

  it('reports a password-protected .docx (OLE2 with an EncryptedPackage stream) as encrypted', async () => {
    const bytes = fixture('docx/encrypted.docx');
    expect(readerFor(bytes)).toEqual({ kind: 'encrypted', what: expect.stringMatching(/password-protected/) });
    const e = await parseError(parseBytes(bytes, 'encrypted.docx'));
    expect(e.code).toBe('encrypted');
    expect(e.reason).toMatch(/password/);
    expect((await parseError(readDocx(bytes, 'encrypted.docx'))).code).toBe('encrypted');
  });

  it('still calls an OLE2 file without an EncryptedPackage a legacy .doc', () => {
    const bytes = fixture('docx/encrypted.docx');
    const plain = Buffer.from(bytes);
    const at = plain.indexOf(Buffer.from('EncryptedPackage', 'utf16le'));
    expect(at).toBeGreaterThan(0);
    Buffer.from('WordDocument\0\0\0\0', 'utf16le').copy(plain, at);
    expect(readerFor(new Uint8Array(plain))).toMatchObject({ kind: 'unsupported', what: expect.stringMatching(/legacy Word/) });
  });

  it('reports a document with no text as empty', async () => {
    const bytes = fixture('docx/empty.docx');
    const e = await parseError(readDocx(bytes, 'empty.docx'));
    expect(e.code).toBe('empty');
    expect((await parseError(parseBytes(bytes, 'empty.docx'))).code).toBe('empty');
  });

  it('joins a paragraph a printed line back into its paragraph (a .docx converted from a PDF, a hard return at every line), as the Markdown reader does', async () => {
    const lines = [
      '2023年度我局全年预算数为1,456.78万元，全年执行数为',
      '1,420.33万元，预算执行率为97.50%。其中：基本支出',
      '980.12万元，项目支出440.21万元。“三公”经费支出合计',
      '6.80万元。',
      '二、自评结论',
      '经自评，我局2023年度部门整体支出绩效自评得分为',
      '94.5分，评价等级为优。',
    ];
    const doc = await readDocx(await docxOf(documentXml(lines.map(textRun))), 'lines.docx');
    expect(doc.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual([
      '2023年度我局全年预算数为1,456.78万元,全年执行数为 1,420.33万元,预算执行率为97.50%。其中:基本支出 980.12万元,项目支出440.21万元。“三公”经费支出合计 6.80万元。',
      '二、自评结论',
      '经自评,我局2023年度部门整体支出绩效自评得分为 94.5分,评价等级为优。',
    ]);
    expect(doc.blocks[0].prov.lines).toEqual([1, 4]);
  });

  it('reads a paragraph of pipe rows (a Markdown pipe table without a delimiter row, which pandoc sets as a line block: hard breaks, the leading bar gone) as the Markdown reader’s table', async () => {
    const rows = [
      '某某专项资金绩效目标表 | ||||',
      '项目名称 | 预算数 | 执行数 | 执行率 |',
      '乡村道路养护经费 | 1,200.00 | 1,150.00 | 95.83% |',
      '垃圾中转站运营经费 | 120.00 | 118.00 | 98.33% |',
    ];
    const lineBlock = rows.map(textRun).join('<w:r><w:br/></w:r>');
    const doc = await readDocx(await docxOf(documentXml(['<w:r><w:t>单位:万元</w:t></w:r>', lineBlock])), 'lineblock.docx');
    const md = parseMarkdownText(['单位:万元', '', ...rows.map((r) => `| ${r}`)].join('\n'));
    const cells = (bs: Block[]) => tables(bs).map((t) => t.rows.map(texts));
    expect(cells(md.blocks)).toHaveLength(1);
    expect(cells(doc.blocks)).toEqual(cells(md.blocks));
    expect(cells(doc.blocks)[0][2]).toEqual(['垃圾中转站运营经费', '120.00', '118.00', '98.33%']);
    // the title row (one filled cell) stays the paragraph it is in the Markdown (there with the bar pandoc took)
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual(
      md.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text.replace(/^\| /, '')),
    );
    expect(doc.blocks[2].prov.lines).toEqual([2, 2]);
  });

  it('reads pipe rows set one a paragraph (a web page’s table pasted into Word) as the Markdown reader’s table, each cell cited by its paragraph', async () => {
    const rows = [
      '地区 | 已下达 | 本次下达 | 合计下达 |',
      '甲县 | 650 | 175 | 825 |',
      '乙县 | 964 | 260 | 1224 |',
      '丙县 | 830 | 224 | 1054 |',
    ];
    const doc = await readDocx(
      await docxOf(documentXml(['<w:r><w:t>单位:万元</w:t></w:r>', ...rows.map(textRun), textRun('特此通知。')])),
      'rows.docx',
    );
    const md = parseMarkdownText(['单位:万元', '', ...rows.map((r) => `| ${r}`), '', '特此通知。'].join('\n'));
    const cells = (bs: Block[]) => tables(bs).map((t) => t.rows.map(texts));
    expect(cells(md.blocks)).toHaveLength(1);
    expect(cells(doc.blocks)).toEqual(cells(md.blocks));
    expect(tables(doc.blocks)[0].rows[2][0].prov.lines).toEqual([4, 4]);
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual(['单位:万元', '特此通知。']);
    // refused: one such paragraph alone between prose is no run of rows: it stays the paragraph it is
    const lone = ['一、资金情况', '甲县 | 650 | 175 | 825 |', '特此通知。'];
    const plain = await readDocx(await docxOf(documentXml(lone.map(textRun))), 'lone.docx');
    expect(tables(plain.blocks)).toEqual([]);
    expect(plain.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toEqual(lone);
  });

  it('reads a web grid’s cells set one a paragraph, each closed by its bar, a blank cell a bar alone, as the Markdown reader lays them back', async () => {
    const cells = WEB_GRID_CELLS;
    const doc = await readDocx(
      await docxOf(documentXml([textRun('单位:万元'), ...cells.map(textRun), textRun('特此通知。')])),
      'cells.docx',
    );
    const md = parseMarkdownText(['单位:万元', ...cells, '特此通知。'].join('\n'));
    const grid = (bs: Block[]) => tables(bs).map((t) => t.rows.map(texts));
    expect(grid(md.blocks)).toHaveLength(1);
    expect(grid(doc.blocks)).toEqual(grid(md.blocks));
    expect(grid(doc.blocks)[0][2]).toEqual(['甲县农业局', '乙村道路硬化项目', '120']);
    expect(tables(doc.blocks)[0].rows[2][1].prov.lines).toEqual([9, 9]);
    // refused: cells that lay into no table (a blank cell lost) stay the paragraphs they are
    const lost = cells.filter((c) => c !== '|');
    const plain = await readDocx(await docxOf(documentXml(lost.map(textRun))), 'lost.docx');
    expect(tables(plain.blocks)).toEqual([]);
    expect(plain.blocks.map((b) => (b.type === 'table' ? '' : b.text))).toHaveLength(lost.length);
  });

  it('reads a pipe table whose rows had no leading bar, run into one paragraph of cells with the text around it (pandoc drops their breaks), as the rows its width cuts', async () => {
    const rows = [
      '项目名称 | 预算金额(万元) | 实际支出(万元) | 执行率 | 评价 |',
      '乡村道路养护 | 1,200 | 1,150 | 95.83% | 良好 |',
      '垃圾中转站运营 | 120 | 118 | 98.33% | 优秀 |',
      '河道保洁 | 60 | 60 | 100% | 优秀 |',
    ];
    const run = `二、专项资金自评结果汇总表${rows.join(' ')}三、具体项目分析`;
    const doc = await readDocx(await docxOf(documentXml([textRun(run)])), 'run.docx');
    const md = parseMarkdownText(['二、专项资金自评结果汇总表', ...rows, '三、具体项目分析'].join('\n'));
    const cells = (bs: Block[]) => tables(bs).map((t) => t.rows.map(texts));
    expect(cells(md.blocks)).toHaveLength(1);
    expect(cells(doc.blocks)).toEqual(cells(md.blocks));
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)).toEqual(['二、专项资金自评结果汇总表', '三、具体项目分析']);
    // refused: a run whose header row states numbers, a header that is no first column's, and rows whose numbers stand
    // in different columns, stay prose
    const refused = [
      '资金名称 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |',
      `说明文字${rows.join(' ').replace('项目名称', '金额')}`,
      '项目名称 | 预算数 | 执行数 | 道路养护 | 12 | 11 | 保洁 | 说明 | 6 |',
    ];
    for (const text of refused) {
      const d = await readDocx(await docxOf(documentXml([textRun(text)])), 'prose.docx');
      expect(tables(d.blocks), text).toHaveLength(0);
    }
  });

  it('refused: a paragraph of hard-broken lines with one bar each (a label and its value) stays a paragraph', async () => {
    const lines = ['联系人 | 王某', '联系电话 | 0000-1234567', '地址 | 某某路1号'];
    const doc = await readDocx(await docxOf(documentXml([lines.map(textRun).join('<w:r><w:br/></w:r>')])), 'contact.docx');
    expect(tables(doc.blocks)).toHaveLength(0);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks.map((b) => (b.type === 'table' ? '' : b.text))[0]).toContain('联系电话 | 0000-1234567');
  });

  it('refused: paragraphs of a document written a paragraph to the line are not joined, whatever some end without a stop', async () => {
    const paragraphs = [
      '2023年度我局全年预算数为1,456.78万元，全年执行数为1,420.33万元，预算执行率为97.50%。其中基本支出980.12万元，项目支出440.21万元，“三公”经费支出合计6.80万元，较上年减少1.2万元。',
      '表1 2023年度部门整体支出情况表（单位：万元）',
      '本部门2023年度重点项目共计12个，全年预算数合计860万元，全年执行数合计842万元，执行率为97.91%，较上年提高1.3个百分点。',
      '表2 2023年度重点项目支出情况表（单位：万元）',
      '经自评，我局2023年度部门整体支出绩效自评得分为94.5分，评价等级为优，各项指标基本完成，个别指标未达预期。',
      '表3 2023年度绩效指标完成情况表（单位：万元）',
      '全年共开展检查1200次，抽检食品批次3500批，合格率为98%，群众满意度达95%以上，较好完成年度目标。',
    ];
    const doc = await readDocx(await docxOf(documentXml(paragraphs.map(textRun))), 'paragraphs.docx');
    expect(doc.blocks).toHaveLength(7);
  });
});
