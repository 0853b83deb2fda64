import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Document, TableBlock } from '../../src/model/document.ts';
import { parseError, WEB_GRID_CELLS } from './helpers.ts';
import { parseBytes } from '../../src/parse/index.ts';
import { parseMarkdownText } from '../../src/parse/markdown.ts';
import { readPdf } from '../../src/parse/pdf.ts';
import { isPageNumber, removeFurniture, type PageLines } from '../../src/parse/pdf/furniture.ts';
import { dropFauxBold } from '../../src/parse/pdf/glyphs.ts';
import { layout } from '../../src/parse/pdf/layout.ts';
import { joinWrapped, makeLine } from '../../src/parse/pdf/lines.ts';
import { BlockBuilder } from '../../src/parse/blocks.ts';
import type { FontInfo, Glyph, Line } from '../../src/parse/pdf/types.ts';

const fixture = (rel: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url))));

const headings = (blocks: Block[]) => blocks.filter((b) => b.type === 'heading').map((b) => b.text);
const paragraphs = (blocks: Block[]) => blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');
const texts = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text));
/** Every piece of text a rule could read: headings, paragraphs, cells. */
const allTexts = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.map((c) => c.text)) : [b.text]));
/** `n` as a whole number in `text` (not part of a longer one). */
const hasNumber = (text: string, n: string) => new RegExp(`(?<![0-9.])${n.replace(/[.%]/g, (m) => `\\${m}`)}(?![0-9])`).test(text);

/** A line of text at height `y` on an A4 page, for the furniture rules (glyphs and position beside the point). */
function furnitureLine(page: number, no: number, text: string, y: number): Line {
  const font: FontInfo = { id: 'f', name: 'Serif', family: 'Serif', bold: false, unmapped: false };
  return { page, no, glyphs: [], text, x0: 100, x1: 200, y, size: 12, font, bbox: [100, y - 2, 200, y + 10] };
}

function expectProvenance(doc: { blocks: Block[] }, pages: number): void {
  const ok = (p: Block['prov'], where: string) => {
    expect(p.page, where).toBeGreaterThanOrEqual(1);
    expect(p.page, where).toBeLessThanOrEqual(pages);
    expect(p.bbox, where).toBeDefined();
    const [x0, y0, x1, y1] = p.bbox!;
    expect(x1 > x0 && y1 > y0, `${where} bbox ${p.bbox}`).toBe(true);
  };
  for (const b of doc.blocks) {
    ok(b.prov, b.id);
    expect(b.prov.lines, b.id).not.toBeNull();
    expect(b.prov.lines![0], b.id).toBeGreaterThanOrEqual(1);
    expect(b.prov.lines![1], b.id).toBeGreaterThanOrEqual(b.prov.lines![0]);
    if (b.type === 'table') b.rows.forEach((r, i) => r.forEach((c, j) => ok(c.prov, `${b.id}[${i}][${j}]`)));
  }
}

describe('readPdf on the seed report (pandoc → docx → LibreOffice rendering of qiaozhong-2023.md)', () => {
  let doc: Document;
  const md = parseMarkdownText(Buffer.from(fixture('seed/qiaozhong-2023.md')).toString('utf8'));
  beforeAll(async () => {
    doc = await parseBytes(fixture('seed/qiaozhong-2023.pdf'), 'qiaozhong-2023.pdf');
  });

  // (no timing assertion: the machine is shared and noisy; bench/ measures speed against a baseline)
  it('is a PDF of 11 pages', () => {
    expect(doc.source.format).toBe('pdf');
    expect(doc.source.pages).toBe(11);
  });

  it('gives the same heading texts, in the same order, as the Markdown reader', () => {
    const h = headings(doc.blocks);
    expect(h.length).toBeGreaterThan(20);
    expect(h).toEqual(headings(md.blocks));
    expect(h[0]).toBe('广州市荔湾区人民政府桥中街道办事处 2023年部门整体支出绩效自评报告');
  });

  it('ranks heading levels by typography: title 1, 一、 2, (一) below', () => {
    const level = (t: string) => doc.blocks.flatMap((b) => (b.type === 'heading' && b.text === t ? [b.level] : []))[0];
    expect(level('广州市荔湾区人民政府桥中街道办事处 2023年部门整体支出绩效自评报告')).toBe(1);
    expect(level('一、基本情况')).toBe(2);
    expect(level('(一)部门职能')).toBe(3);
  });

  it('reads the performance-target table across the page break as one 6 x 3 table', () => {
    const ts = tables(doc.blocks);
    expect(ts).toHaveLength(1);
    const t = ts[0];
    expect(t.rows.map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(texts(t)[0]).toEqual(['年度主要工作任务(政策)', '任务(政策)的绩效目标', '任务(政策)关键指标']);
    // the first data row is cut by the page break: its parts are joined
    expect(t.rows[1][0].text).toBe('强化基层党建工作,筑牢社区发展阵地');
    expect(t.rows[1][1].text.startsWith('一是坚持政治标准')).toBe(true);
    expect(t.rows[1][1].text).toContain('社务管理服务力量');
    expect(t.rows[1][1].text.endsWith('常态化制度化。')).toBe(true);
    expect(t.rows[1][2].text).toBe('党建引领品牌建设受益期:长期;信息公开按时办结率:> 95%。');
    // a number cut by a line break inside a cell ("9" | "0%")
    expect(t.rows[2][2].text).toBe('民生服务覆盖率: 90%; 社区服务按时办结率: >95%; 政务服务评价满意率: >90%。');
    expect(t.rows[5][2].text).toBe('内街内巷保洁覆盖率: 100%。');
  });

  it('matches the Markdown table cell for cell (but for one space lost at a line end)', () => {
    const mdTable = tables(md.blocks)[0];
    const pdfTable = tables(doc.blocks)[0];
    const squeeze = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\s+/g, '')));
    expect(squeeze(texts(pdfTable))).toEqual(squeeze(texts(mdTable)));
  });

  it('keeps the header row once and gives each cell its own page', () => {
    const t = tables(doc.blocks)[0];
    expect(allTexts([t]).filter((x) => x.startsWith('年度主要工作任务'))).toHaveLength(1);
    expect(t.prov.page).toBe(3);
    expect(t.rows.map((r) => r.map((c) => c.prov.page))).toEqual([
      [3, 3, 3],
      [3, 3, 3],
      [4, 4, 4],
      [4, 4, 4],
      [4, 4, 4],
      [4, 4, 4],
    ]);
    // no table text leaks into paragraphs
    expect(paragraphs(doc.blocks).some((p) => p.includes('党建引领品牌建设'))).toBe(false);
  });

  it('keeps every number of the budget paragraph under (二)部门整体收支情况', () => {
    const i = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === '(二)部门整体收支情况');
    const p = doc.blocks[i + 1];
    expect(p.type).toBe('paragraph');
    const text = p.type === 'paragraph' ? p.text : '';
    for (const n of ['7143.45', '6708', '93%', '5988.67', '629.55', '0', '2553.39', '4064.83', '77.57'])
      expect(hasNumber(text, n), n).toBe(true);
    expect(text).toContain('国有资本经营预算财政拨款支出 0 万元');
    expect(p.prov.page).toBe(3);
  });

  it('gives the same paragraphs as the Markdown reader (white space aside)', () => {
    const squeeze = (xs: string[]) => xs.map((x) => x.replace(/\s+/g, ''));
    expect(squeeze(paragraphs(doc.blocks))).toEqual(squeeze(paragraphs(md.blocks)));
  });

  it('removes the "- N -" page-number footers', () => {
    expect(allTexts(doc.blocks).filter((t) => /-\s*\d+\s*-/.test(t))).toEqual([]);
    expect(allTexts(doc.blocks).filter((t) => /^\d{1,2}$/.test(t))).toEqual([]);
  });

  it('joins a paragraph cut by a page break', () => {
    expect(paragraphs(doc.blocks).some((p) => p.includes('做好经常性的发展党员工作。'))).toBe(true);
  });

  it('gives every block and every cell a page, lines and a box', () => {
    expectProvenance(doc, 11);
    const b = doc.blocks.find((x) => x.type === 'heading' && x.text === '一、基本情况')!;
    expect(b.prov).toMatchObject({ page: 1, lines: [3, 3] });
  });

  it('reports per-page quality: every glyph mapped', () => {
    expect(doc.quality).toHaveLength(11);
    for (const q of doc.quality!) {
      expect(q.chars).toBeGreaterThan(500);
      expect(q.unmapped).toBe(0);
      expect(q.unmappedShare).toBe(0);
    }
    expect(doc.warnings).toEqual([]);
  });
});

describe('readPdf on rendered fixtures', () => {
  it('joins a long wrapped paragraph into one and rejoins "7143." | "45 万元"', async () => {
    const r = await readPdf(fixture('pdf/wrap-split.pdf'), 'wrap-split.pdf');
    expect(headings(r.blocks)).toEqual([
      '某街道办事处 2023年部门整体支出绩效自评报告',
      '一、基本情况',
      '(一)部门整体收支情况',
      '(二)部门整体支出绩效目标',
      '二、综合评价分析',
    ]);
    const money = r.blocks.find((b) => b.type === 'paragraph' && b.text.includes('全年预算'))!;
    expect(money.prov.lines).toEqual([4, 10]); // seven lines, one paragraph
    const text = money.type === 'paragraph' ? money.text : '';
    expect(text).toContain('全年预算 7143.45 万元');
    expect(text).not.toMatch(/7143\.\s+45/);
    for (const n of ['6708', '93%', '5988.67', '629.55', '2553.39', '4064.83', '77.57']) expect(hasNumber(text, n), n).toBe(true);
    expect(text.endsWith('被换行拆开的金额应当重新拼合为一个数字。')).toBe(true);
    expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/); // no space where a line wrapped
    expect(paragraphs(r.blocks)).toHaveLength(3);
  });

  it('stitches a ruled table across a page break: no repeated header, the cut row rejoined, cells keep their pages', async () => {
    const r = await readPdf(fixture('pdf/table-break.pdf'), 'table-break.pdf');
    const ts = tables(r.blocks);
    expect(ts).toHaveLength(1);
    const t = ts[0];
    expect(texts(t)).toEqual([
      ['重点工作任务', '年度预算数(万元)', '预算完成数(万元)', '执行率'],
      ['党建工作', '325.29', '323.19', '99.35%'],
      ['民生服务', '171.85', '169.18', '98.45%'],
      ['居委会、经济联社等运营管理', '126.84', '126.84', '100%'],
      ['社会大局安全稳定', '36.93', '36.93', '100%'],
      ['城市环境卫生建设', '1032.43', '781.59', '75.7%'],
      ['社区微改造', '210.00', '198.50', '94.52%'],
      ['综合行政执法', '88.20', '80.10', '90.82%'],
      ['应急管理与安全生产', '45.60', '45.60', '100%'],
    ]);
    expect(t.rows.map((r0) => r0[1].prov.page)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(t.rows[4][0].prov.bbox![3]).toBeGreaterThan(600); // near the top of page 2
    expect(headings(r.blocks).slice(-2)).toEqual(['二、重点工作任务预算执行表', '三、结论']);
    expectProvenance(r, 2);
  });

  // one-cell*.md: a project table flattened one cell per paragraph, as copied from a web page
  const CELLS = Buffer.from(fixture('pdf/one-cell.md')).toString('utf8').trim().split(/\n\n/);
  const squeeze = (xs: string[]) => xs.map((x) => x.replace(/\s+/g, ''));

  it('keeps each cell of a table flattened one per line a paragraph of its own when no paragraph wraps', async () => {
    const r = await readPdf(fixture('pdf/one-cell.pdf'), 'one-cell.pdf');
    // "50" above the "- 1 -" footer and "40" at the top of page 2 are cells, not page numbers
    expect(squeeze(allTexts(r.blocks))).toEqual(squeeze(CELLS));
    const onPage = (page: number) => allTexts(r.blocks.filter((b) => b.prov.page === page));
    expect(onPage(1).at(-1)).toBe('50');
    expect(onPage(2)[0]).toBe('40');
  });

  it('parts one-line paragraphs by the line pitch of the one paragraph that wraps, not the most common pitch', async () => {
    const r = await readPdf(fixture('pdf/one-cell-wrapped.pdf'), 'one-cell-wrapped.pdf');
    const [intro, ...cells] = allTexts(r.blocks);
    expect(intro.endsWith('资金投入情况和年度总体目标的完成情况。')).toBe(true);
    expect(squeeze(cells)).toEqual(squeeze(CELLS));
  });

  it('finds a table with no ruling lines by column alignment', async () => {
    const r = await readPdf(fixture('pdf/unruled.pdf'), 'unruled.pdf');
    const ts = tables(r.blocks);
    expect(ts).toHaveLength(1);
    expect(texts(ts[0])).toEqual([
      ['项目名称', '预算数(万元)', '执行数(万元)', '执行率'],
      ['党建工作', '325.29', '323.19', '99.35%'],
      ['民生服务', '171.85', '169.18', '98.45%'],
      ['社区运营管理', '126.84', '126.84', '100%'],
      ['安全稳定', '36.93', '36.93', '100%'],
      ['环境卫生建设', '1032.43', '781.59', '75.7%'],
    ]);
    expect(headings(r.blocks)).toEqual(['无框线表格测试', '一、项目支出情况', '二、结论']);
    expect(paragraphs(r.blocks)).toEqual(['下表列出各项目的预算数与执行数,表格没有框线,只靠列对齐。', '各项目执行情况良好。']);
  });

  it('reads cmap-probe.pdf (unembedded GBK / UCS-2 CID fonts, no ToUnicode) through the CMaps: its four lines', async () => {
    const r = await readPdf(fixture('seed/cmap-probe.pdf'), 'cmap-probe.pdf');
    const all = allTexts(r.blocks).join('\n');
    for (const line of [
      '广州市荔湾区人民政府桥中街道办事处 2023年部门整体支出绩效自评报告',
      '全年预算数 7143.45 万元,执行数 6708 万元,完成预算的 93%。',
      '一般公共预算财政拨款支出 5988.67 万元,政府性基金预算财政拨款支出 629.55 万元。',
      '(三)部门整体支出绩效目标:民生服务覆盖率 90%;社区服务按时办结率 >95%。',
    ]) {
      expect(all).toContain(line);
    }
    expect(r.quality).toEqual([{ page: 1, chars: expect.any(Number), unmapped: 0, unmappedShare: 0 }]);
    expect(r.quality![0].chars).toBeGreaterThan(120);
  });
});

describe('readPdf on a WPS-like layout (gov-style.pdf, made by make-gov-style.py)', () => {
  let r: Awaited<ReturnType<typeof readPdf>>;
  beforeAll(async () => {
    r = await readPdf(fixture('pdf/gov-style.pdf'), 'gov-style.pdf');
  });

  it('tells 黑体/楷体 headings from 仿宋 body by face alone, and drops faux-bold doubles', () => {
    expect(headings(r.blocks)).toEqual([
      '广州市荔湾区人民政府桥中街道办事处2023年部门整体支出绩效自评报告',
      '一、基本情况',
      '(一)部门职能',
      '(二)部门整体收支情况',
      '二、综合评价分析',
      '(一)重点工作任务完成情况',
      '三、存在的主要问题',
    ]);
    const level = (t: string) => r.blocks.flatMap((b) => (b.type === 'heading' && b.text === t ? [b.level] : []))[0];
    expect(level('一、基本情况')).toBeLessThan(level('(一)部门职能'));
    expect(level('二、综合评价分析')).toBe(level('一、基本情况'));
  });

  it('splits paragraphs on first-line indents and joins lines cut by page breaks and font-subset switches', () => {
    const items = paragraphs(r.blocks).filter((p) => /^第\d+项说明/.test(p));
    expect(items).toHaveLength(14);
    for (const p of items) expect(p.endsWith('项目绩效目标合理且得到较好实现。'), p).toBe(true);
    const money = paragraphs(r.blocks).find((p) => p.includes('全年预算数'))!;
    expect(money).toContain('全年预算数 7143.45 万元,执行数 6708 万元');
    expect(money).toContain('基本支出 2553.39 万元');
  });

  it('removes the running header and the "— N —" footers', () => {
    const all = allTexts(r.blocks);
    expect(all.filter((t) => t.includes('桥中街道办事处 2023年部门整体支出绩效自评报告'))).toEqual([]);
    expect(all.filter((t) => /—\s*\d\s*—/.test(t))).toEqual([]);
  });

  it('rebuilds merged header cells (rowSpan / colSpan) and stitches the table over pages 2 and 3', () => {
    const ts = tables(r.blocks);
    expect(ts).toHaveLength(1);
    const t = ts[0];
    expect(t.rows[0].map((c) => [c.text, c.rowSpan, c.colSpan])).toEqual([
      ['任务名称', 2, 1],
      ['资金情况(万元)', 1, 2],
      ['执行率', 2, 1],
    ]);
    expect(texts(t).slice(1)).toEqual([
      ['预算数', '执行数'],
      ['党建工作', '325.29', '323.19', '99.35%'],
      ['民生服务', '171.85', '169.18', '98.45%'],
      ['居委会、经济联社等运营管理及社区服务保障', '126.84', '126.84', '100%'],
      ['社会大局安全稳定', '36.93', '36.93', '100%'],
      ['城市环境卫生建设', '1032.43', '781.59', '75.7%'],
    ]);
    expect(t.rows.map((row) => row[0].prov.page)).toEqual([2, 2, 2, 2, 2, 3, 3]);
    expectProvenance(r, 3);
  });

  it('counts unmapped glyphs per page and warns about the page that has them', () => {
    expect(r.quality!.map((q) => q.unmapped)).toEqual([0, 0, 20]);
    const q3 = r.quality![2];
    expect(q3.unmappedShare).toBeCloseTo(20 / q3.chars, 3);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^page 3: 20 of \d+ glyphs/);
    expect(allTexts(r.blocks)).toContain('\uFFFD'.repeat(20));
  });
});

describe('readPdf errors', () => {
  it("refuses a password-protected PDF as 'encrypted'", async () => {
    const e = await parseError(readPdf(fixture('pdf/encrypted.pdf'), 'encrypted.pdf'));
    expect(e.code).toBe('encrypted');
    expect(e.reason).toMatch(/password/);
  });

  it("refuses a truncated PDF as 'corrupt'", async () => {
    const seed = fixture('seed/qiaozhong-2023.pdf');
    const e = await parseError(readPdf(seed.slice(0, Math.floor(seed.length / 2)), 'half.pdf'));
    expect(e.code).toBe('corrupt');
    const e2 = await parseError(readPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), 'stub.pdf'));
    expect(e2.code).toBe('corrupt');
  });

  it("refuses a scan without a text layer as 'no-text' when OCR is off (OCR: test/parse/ocr.test.ts)", async () => {
    const before = process.env.BUDGETLENS_OCR;
    process.env.BUDGETLENS_OCR = 'off';
    const e = await parseError(parseBytes(fixture('pdf/scan.scanned.pdf'), 'scan.pdf')).finally(() => {
      if (before === undefined) delete process.env.BUDGETLENS_OCR;
      else process.env.BUDGETLENS_OCR = before;
    });
    expect(e.code).toBe('no-text');
    expect(e.reason).toBe('no text layer on its only page (a scanned image?): OCR it first');
  });

  it('does not change the bytes it is given', async () => {
    const bytes = fixture('pdf/wrap-split.pdf');
    const copy = bytes.slice();
    await readPdf(bytes, 'wrap-split.pdf');
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('PDF reader helpers', () => {
  const face = (name: string): FontInfo => ({ id: name, name, family: name, bold: false, unmapped: false });
  /** A line of text in one face and size, each character `advance` wide from the left margin (72 pt). */
  const textLine = (no: number, text: string, y: number, size: number, font: FontInfo, advance = size * 0.6): Line =>
    makeLine(
      1,
      no,
      Array.from(text).map((ch, i) => ({ ch, x0: 72 + i * advance, x1: 72 + (i + 1) * advance, y, size, font, line: no })),
    );
  /** The blocks one A4 page of `lines` is laid out into. */
  const laidOut = (lines: Line[]) => {
    const builder = new BlockBuilder();
    layout([{ page: 1, width: 595, height: 842, items: lines.map((l) => ({ kind: 'line' as const, line: l })) }], builder);
    return builder.blocks;
  };

  it('joins a paragraph over a page break when what the next page opens with would not have fit on the line before', () => {
    const font = face('Serif');
    /** A line of CJK text (12 pt, each character 12 wide from the margin) on `page`, so many characters across. */
    const onPage = (page: number, no: number, text: string, y: number) =>
      makeLine(
        page,
        no,
        Array.from(text).map((ch, i) => ({ ch, x0: 72 + i * 12, x1: 72 + (i + 1) * 12, y, size: 12, font, line: no })),
      );
    const full = '这一行文字排满了版心从左边距一直写到右边距为止共三十九个字符';
    const flows = (last: string, next: string) => [
      {
        page: 1,
        width: 595,
        height: 842,
        items: [0, 1, 2, 3].map((k) => onPage(1, k + 1, k < 3 ? full.padEnd(39, '字') : last, 760 - k * 18)),
      },
      { page: 2, width: 595, height: 842, items: [onPage(2, 1, next, 760), onPage(2, 2, full.padEnd(39, '字'), 742)] },
    ];
    const paragraphsOf = (last: string, next: string) => {
      const builder = new BlockBuilder();
      layout(
        flows(last, next).map((f) => ({ ...f, items: f.items.map((line) => ({ kind: 'line' as const, line })) })),
        builder,
      );
      return paragraphs(builder.blocks);
    };
    // "…169.18 万" two characters short of the margin, "元," (元 and its comma kept together) opening the next page: one paragraph
    const cut = `${'甲'.repeat(29)}169.18 万`;
    expect(paragraphsOf(cut, '元,执行率98.45%。推进家庭综合服务中心建设')).toHaveLength(1);
    // refused: a line short by far more than the next page's first word is a paragraph's last line
    expect(paragraphsOf('这一段到此结束了。', '下一段从新的一页开始写起')).toHaveLength(2);
  });

  it('joins wrapped lines without a space in CJK text and inside numbers, with one between Latin words', () => {
    expect(joinWrapped('全年预算数 7143.', '45 万元')).toBe('全年预算数 7143.45 万元');
    expect(joinWrapped('民生服务覆盖率: 9', '0%;')).toBe('民生服务覆盖率: 90%;');
    expect(joinWrapped('本年收', '入')).toBe('本年收入');
    // two decimals cannot be one number: the next line's number is the next cell; a cut one joins
    expect(joinWrapped('年度资金总额 5.28', '1.96 1.96 10')).toBe('年度资金总额 5.28 1.96 1.96 10');
    expect(joinWrapped('年度资金总额 5.2', '8 1.96 1.96 10')).toBe('年度资金总额 5.28 1.96 1.96 10');
    // an amount with its decimals, then an integer cell: more than four decimals make no number (8.40810); a cut
    // that leaves four at most still joins
    expect(joinWrapped('年度资金总额: 8.408 8.408', '10 100.00% 10')).toBe('年度资金总额: 8.408 8.408 10 100.00% 10');
    // a weight, then a rate with decimals: joined they would be a percent of a thousand or more (10100.00%), so two cells;
    // a rate the margin cut inside its digits still joins (增长 3 / 4.3% is 34.3%, 10 / 0.00% is 100.00%)
    expect(joinWrapped('年度资金总额 5.28 1.96 1.96 10', '100.00% 10 其中:')).toBe('年度资金总额 5.28 1.96 1.96 10 100.00% 10 其中:');
    expect(joinWrapped('年度资金总额 5.28 1.96 1.96 10', '98.5% 9.9')).toBe('年度资金总额 5.28 1.96 1.96 10 98.5% 9.9');
    expect(joinWrapped('增长 3', '4.3%,主要原因是')).toBe('增长 34.3%,主要原因是');
    expect(joinWrapped('执行率 10', '0.00%')).toBe('执行率 100.00%');
    // cells that ran together with no separator, two decimal points in the run already, cut by the wrap: still one run
    expect(joinWrapped('年度资金总额 194.9194.910', '0%其中:')).toBe('年度资金总额 194.9194.9100%其中:');
    expect(joinWrapped('年度资金总额 64.864.8', '64.8100%')).toBe('年度资金总额 64.864.864.8100%');
    // an amount already to the fen, then a number with another cell after it: the row's next cell, not two more decimals
    expect(joinWrapped('年度资金总额: 1172.55 1268.72', '10 10 执行率*该指标分值')).toBe(
      '年度资金总额: 1172.55 1268.72 10 10 执行率*该指标分值',
    );
    expect(joinWrapped('全年预算数 12.3', '456 万元')).toBe('全年预算数 12.3456 万元');
    expect(joinWrapped('全年预算数 12.34', '56 万元')).toBe('全年预算数 12.3456 万元');
    expect(joinWrapped('办结率：', '> 95%')).toBe('办结率：> 95%');
    expect(joinWrapped('total', 'budget')).toBe('total budget');
    expect(joinWrapped('共 3', '个')).toBe('共 3个');
    // a pinyin gloss cut by the wrap rejoins, so that normalization can drop it whole
    expect(joinWrapped('執(zh', 'í)行')).toBe('執(zhí)行');
    expect(joinWrapped('满意率:', '>90%。')).toBe('满意率: >90%。');
  });

  it('removes one page number per page edge, the outermost, and only numbers that count with the pages', () => {
    const line = furnitureLine;
    // A4 pages: a table flattened one cell per line runs over them; "- N -" footers at y 40
    const pages: PageLines[] = [1, 2, 3].map((page) => ({ page, y0: 0, height: 842, lines: [] as Line[] }));
    pages[0].lines = [line(1, 1, '年度资金总额', 700), line(1, 2, '50', 90), line(1, 3, '99', 70), line(1, 4, '- 1 -', 40)];
    pages[1].lines = [line(2, 1, '20', 770), line(2, 2, '正文', 700), line(2, 3, '- 2 -', 40)];
    pages[2].lines = [line(3, 1, '180', 770), line(3, 2, '正文', 700), line(3, 3, '10', 70), line(3, 4, '- 3 -', 40)];
    expect(removeFurniture(pages)).toBe(3);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['年度资金总额', '50', '99'],
      ['20', '正文'],
      ['180', '正文', '10'],
    ]);
    // with no sequence to go by, a bare number at the foot is a page number still
    const single: PageLines[] = [{ page: 1, y0: 0, height: 842, lines: [line(1, 1, '正文', 700), line(1, 2, '7', 40)] }];
    removeFurniture(single);
    expect(single[0].lines.map((l) => l.text)).toEqual(['正文']);
  });

  it('keeps a value alone at the top of most pages (a table one cell a line running over them): no running header, words are', () => {
    const line = furnitureLine;
    /** Three pages whose top lines are the title, then `tops`, each over one line of body and the page's number. */
    const threePages = (tops: [string, string]): PageLines[] =>
      ['某县文旅局2023年度自评报告', ...tops].map((top, k) => ({
        page: k + 1,
        y0: 0,
        height: 842,
        lines: [line(k + 1, 1, top, 800), line(k + 1, 2, '正文', 700), line(k + 1, 3, `-${k + 1}-`, 40)],
      }));
    const pages = threePages(['334.46', '163.91']);
    removeFurniture(pages);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['某县文旅局2023年度自评报告', '正文'],
      ['334.46', '正文'],
      ['163.91', '正文'],
    ]);
    // (and so is a cell copied with its separator, "1 |", a serial number a line with no word)
    const piped = threePages(['1 |', '2 |']);
    removeFurniture(piped);
    expect(piped.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['某县文旅局2023年度自评报告', '正文'],
      ['1 |', '正文'],
      ['2 |', '正文'],
    ]);
    // (words at the same height on most pages are a running header still)
    const headed: PageLines[] = [1, 2, 3].map((page) => ({
      page,
      y0: 0,
      height: 842,
      lines: [line(page, 1, `某县文旅局自评报告 第${page}页附表`, 800), line(page, 2, '正文', 700)],
    }));
    removeFurniture(headed);
    expect(headed.map((p) => p.lines.map((l) => l.text))).toEqual([['正文'], ['正文'], ['正文']]);
  });

  it('goes on with a numbered or bulleted item set with a hanging indent, its next line under its text, not under its number', () => {
    const serif = face('Serif');
    /** A line whose pieces start where given: [x, text], each character 12 pt wide (CJK at 12 pt). */
    const placed = (no: number, y: number, ...pieces: [number, string][]): Line =>
      makeLine(
        1,
        no,
        pieces.flatMap(([x, text]) =>
          Array.from(text).map((ch, i) => ({ ch, x0: x + i * 12, x1: x + (i + 1) * 12, y, size: 12, font: serif, line: no })),
        ),
      );
    const full = (n: number) => '一'.repeat(n);
    // body from 72 to 516 (37 characters); list numbers at 90, their text at 114
    const lines = [
      placed(1, 760, [96, `正文${full(33)}`]),
      placed(2, 745, [72, `${full(34)}。`]),
      placed(3, 725, [90, '1.'], [114, `收入合计8,765.43万元,其中财政拨款收入8,700.00万`]),
      placed(4, 710, [114, '元,其他收入65.43万元。']),
      placed(5, 690, [90, '2.'], [114, '支出合计8,700.12万元。']),
      // refused: a line under the text of a line that has no number is a paragraph's first-line indent
      placed(6, 670, [72, `${full(36)}。`]),
      placed(7, 655, [96, '新段落。']),
    ];
    expect(laidOut(lines).map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      `正文${full(33)}${full(34)}。`,
      '1.收入合计8,765.43万元,其中财政拨款收入8,700.00万元,其他收入65.43万元。',
      '2.支出合计8,700.12万元。',
      `${full(36)}。`,
      '新段落。',
    ]);
    // a bulleted item, its first line a little short of the margin (元, would not have fit after 万); refused: a
    // short item, and a line under its text after it
    const bulleted = [
      placed(1, 760, [96, `正文${full(33)}`]),
      placed(2, 745, [72, `${full(34)}。`]),
      placed(3, 725, [90, '•'], [114, `森林防灭火项目:全年预算120万元,执行118万元,执行18万`]),
      placed(4, 710, [114, '元,执行率98.33%。']),
      placed(5, 690, [90, '•'], [114, '其他事项。']),
      placed(6, 675, [114, '另起一段。']),
    ];
    expect(laidOut(bulleted).map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      `正文${full(33)}${full(34)}。`,
      '• 森林防灭火项目:全年预算120万元,执行118万元,执行18万元,执行率98.33%。',
      '• 其他事项。',
      '另起一段。',
    ]);
  });

  it('reads a paragraph that runs a pipe table without leading bars into one line of cells as the rows its width cuts', () => {
    const serif = face('Serif');
    const at = (no: number, y: number, text: string) => textLine(no, text, y, 12, serif, 12);
    // one paragraph wrapped at the margin (37 characters a line), 15 pt apart
    const text = '二、汇总表项目名称 | 预算数 | 执行数 | 执行率 | 道路养护 | 1200 | 1150 | 95.83% | 河道保洁 | 60 | 60 | 100% | 三、分析';
    const pieces = text.match(/.{1,37}/gu) ?? [];
    const blocks = laidOut(pieces.map((t, i) => at(i + 1, 760 - 15 * i, t)));
    const table = blocks.find((b): b is TableBlock => b.type === 'table');
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目名称', '预算数', '执行数', '执行率'],
      ['道路养护', '1200', '1150', '95.83%'],
      ['河道保洁', '60', '60', '100%'],
    ]);
    expect(paragraphs(blocks)).toEqual(['二、汇总表', '三、分析']);
  });

  it('keeps a page title and the metadata lines under it apart when the only full line of the text ends its paragraph', () => {
    const serif = face('Serif');
    const at = (no: number, y: number, text: string) => textLine(no, text, y, 12, serif, 12);
    // one-line paragraphs spaced 26 pt apart, as a .docx of paragraph spacing prints them; the one line that reaches
    // the margin is a whole paragraph ("…等。"), and the numbered line under it the next
    const lines = [
      at(1, 760, '2022年度青山县水务局部门决算'),
      at(2, 734, '发布时间:2023-09-01 访问量:'),
      at(3, 708, '公开时间:2023年9月1日'),
      at(4, 682, '第一部分部门概况'),
      at(5, 656, `1.机构组成:青山县水务局内设${'科'.repeat(20)}等。`),
      at(6, 630, '2.人员概况:在职人员12人。'),
    ];
    expect(laidOut(lines).map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      '2022年度青山县水务局部门决算',
      '发布时间:2023-09-01 访问量:',
      '公开时间:2023年9月1日',
      '第一部分部门概况',
      `1.机构组成:青山县水务局内设${'科'.repeat(20)}等。`,
      '2.人员概况:在职人员12人。',
    ]);
    // refused: a paragraph that does wrap (its full line goes on mid-sentence, 15 pt under) still gives the line
    // pitch, and its lines join
    const wrapped = [
      at(1, 760, '2022年度青山县水务局部门决算'),
      at(2, 734, `我局全年预算数为1,456.78万元,全年执行数为1,420.33万元,预算`),
      at(3, 719, '执行率为97.50%。'),
      at(4, 693, '第一部分部门概况'),
    ];
    expect(laidOut(wrapped).map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      '2022年度青山县水务局部门决算',
      '我局全年预算数为1,456.78万元,全年执行数为1,420.33万元,预算执行率为97.50%。',
      '第一部分部门概况',
    ]);
  });

  it('joins paragraphs a printed line each (a Word document with a hard return at every line, spaced apart) as the Markdown and .docx readers do', () => {
    const serif = face('Serif');
    const at = (no: number, y: number, text: string) => textLine(no, text, y, 12, serif, 12);
    const lines = [
      at(1, 760, '2023年度我局全年预算数为1,456.78万元，全年执行数为'),
      at(2, 720, '1,420.33万元，预算执行率为97.50%。其中：基本支出'),
      at(3, 680, '980.12万元，项目支出440.21万元。“三公”经费支出合计'),
      at(4, 640, '6.80万元。'),
      at(5, 600, '经自评，我局2023年度部门整体支出绩效自评得分为'),
      at(6, 560, '94.5分，评价等级为优。'),
    ];
    expect(laidOut(lines).map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      '2023年度我局全年预算数为1,456.78万元,全年执行数为1,420.33万元,预算执行率为97.50%。其中:基本支出980.12万元,项目支出440.21万元。“三公”经费支出合计6.80万元。',
      '经自评,我局2023年度部门整体支出绩效自评得分为94.5分,评价等级为优。',
    ]);
    // refused: one such line among paragraphs that run past it (a text written a paragraph to the line) stays
    const prose = [
      at(1, 760, '2023年度我局全年预算数为1,456.78万元，全年执行数为'),
      at(2, 720, '1,420.33万元，预算执行率为97.50%。其中：基本支出'),
      at(3, 680, '980.12万元，项目支出440.21万元。“三公”经费支出合计'),
      at(4, 640, '6.80万元。'),
      at(5, 600, `${'一'.repeat(60)}。`),
      at(6, 560, `${'二'.repeat(60)}。`),
    ];
    expect(laidOut(prose)).toHaveLength(6);
  });

  it('takes the body face from the body size, though the headings hold more Chinese characters than a short body', () => {
    const [sans, serif] = [face('Sans'), face('Serif')];
    const line = textLine;
    // a title and two headings in sans (16 and 14 pt), one body sentence of mostly digits in serif (12 pt)
    const lines = [
      line(1, '某某局二〇二三年度部门整体支出绩效自评报告', 760, 16, sans),
      line(2, '一、部门预算执行情况及有关说明', 730, 14, sans),
      line(3, '年初预算2,100.00万元,全年支出2,198.40万元,执行率97.27%。', 705, 12, serif),
      line(4, '二、项目支出情况及其说明', 680, 14, sans),
      line(5, '单位:元', 655, 12, serif),
    ];
    const blocks = laidOut(lines);
    expect(paragraphs(blocks)).toEqual(['年初预算2,100.00万元,全年支出2,198.40万元,执行率97.27%。', '单位:元']);
    expect(headings(blocks)).toHaveLength(3);
  });

  it('keeps a sentence in another face than the title a paragraph: a form whose title outweighs its one body line', () => {
    const [sans, serif] = [face('Sans'), face('Serif')];
    const line = textLine;
    // a self-evaluation form: its title (the table aside) holds more ink than the one line under the table
    const lines = [
      line(1, '某某县林业局2023年度林业有害生物防治项目支出绩效自评表', 760, 16, sans),
      line(2, '1.部门职能。', 500, 12, serif),
      line(3, '自评得分:87分。', 470, 12, serif),
      line(4, '评价等级:良', 440, 12, serif),
    ];
    const blocks = laidOut(lines);
    // (the title is taken for the body then: its face and size hold the most ink)
    expect(paragraphs(blocks)).toEqual(expect.arrayContaining(['自评得分:87分。', '评价等级:良']));
    // a numbered heading stays one, though it ends with a full stop (公文 style: "1.部门职能。")
    expect(headings(blocks)).toEqual(['1.部门职能。']);
  });

  it('keeps a line of digits in the Latin face a paragraph: its face is no heading’s', () => {
    const [kai, song, times] = [face('Kai'), face('Song'), face('Times')];
    const line = (no: number, text: string, y: number, font: FontInfo): Line => textLine(no, text, y, 12, font);
    // a row of an unruled table whose name wrapped above and below its numbers, under a 楷体 heading
    const lines = [
      line(1, '一、重点项目支出情况', 760, kai),
      line(2, '第十二号泵站及配套管网维修', 700, song),
      line(3, '12 132.50 126.00 95.09%', 680, times),
      line(4, '工程', 660, song),
      line(5, '全年项目支出合计为一千三百二十五万元,执行情况良好,各项目均按计划推进实施。', 620, song),
    ];
    const blocks = laidOut(lines);
    expect(headings(blocks)).toEqual(['一、重点项目支出情况']);
    expect(paragraphs(blocks).join('|')).toContain('12 132.50 126.00 95.09%');
  });

  it('ends a short line’s paragraph in a document of too few lines to tell its margins by', () => {
    const line = (no: number, text: string, y: number): Line => textLine(no, text, y, 12, face('Serif'), 12);
    // a title line, then one line of text (A4, 72 pt margins): no line runs to the margin, none wraps
    const lines = [line(1, '某某项目2023年度绩效自评报告', 760), line(2, '项目资金安排如下:图书采购20万元;数字资源建设15万元。', 735)];
    const blocks = laidOut(lines);
    expect(paragraphs(blocks)).toEqual(['某某项目2023年度绩效自评报告', '项目资金安排如下:图书采购20万元;数字资源建设15万元。']);
  });

  /**
   * `rows` set as one paragraph whose rows are hard line breaks (pandoc's line block, the pipe table of a Markdown report
   * with no delimiter row), each row wrapped greedily at the 448 pt measure: CJK 12 pt wide, the rest 6 pt.
   */
  const setAsLineBlock = (rows: string[]) => {
    const serif = face('Serif');
    const width = (ch: string) => (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6);
    const printed: string[] = [];
    for (const row of rows) {
      let cur = '';
      let w = 0;
      for (const ch of Array.from(row)) {
        if (w + width(ch) > 448) {
          printed.push(cur);
          [cur, w] = ['', 0];
        }
        cur += ch;
        w += width(ch);
      }
      printed.push(cur);
    }
    return printed.map((text, i) => {
      let x = 72;
      const glyphs = Array.from(text).map((ch) => {
        const g = { ch, x0: x, x1: x + width(ch), y: 760 - i * 18, size: 12, font: serif, line: i + 1 };
        x += width(ch);
        return g;
      });
      return makeLine(1, i + 1, glyphs);
    });
  };
  const cellTexts = (blocks: Block[]) =>
    blocks.filter((b): b is TableBlock => b.type === 'table').map((t) => t.rows.map((r) => r.map((c) => c.text)));

  it('reads a paragraph of pipe rows (a Markdown pipe table without a delimiter row, set as a line block) as the Markdown reader’s table, a row that fills the line to the margin included', () => {
    const rows = [
      '项目名称 | 预算数 | 执行数 | 执行率 |',
      '乡村道路养护经费 | 1,200.00 | 1,150.00 | 95.83% |',
      // wraps onto a second line
      '农村饮水安全工程维修及管护补助资金含水质检测等项目 | 860.00 | 800.00 | 93.02% |',
      // 24 CJK (288 pt) and 25 others (150 pt) end 10 pt short of the measure: too little for the next row's first
      // character and a space, so the next row looks like this one wrapped
      '基层综合文化服务中心设备购置及维护经费第一批次补 | 300.00 | 30.00 | 10% |',
      '垃圾中转站运营经费 | 120.00 | 118.00 | 98.33% |',
    ];
    const lines = setAsLineBlock(rows);
    // the shape the test means: five rows on six printed lines, the fourth full to the margin
    expect(lines).toHaveLength(6);
    expect(lines[4].x1).toBe(72 + 438);
    const md = parseMarkdownText(rows.map((r) => `| ${r}`).join('\n')).blocks;
    const want = cellTexts(md);
    expect(want[0]).toHaveLength(5);
    expect(cellTexts(laidOut(lines))).toEqual(want);
    expect(want[0][4]).toEqual(['垃圾中转站运营经费', '120.00', '118.00', '98.33%']);
  });

  it('reads pipe rows set one a paragraph (a gap between each row, as a page pasted into a document prints them) as the Markdown reader’s table', () => {
    const rows = [
      '地区 | 已下达 | 本次下达 | 合计下达 |',
      '甲县 | 650 | 175 | 825 |',
      '乙县 | 964 | 260 | 1224 |',
      '丙县 | 830 | 224 | 1054 |',
    ];
    // each row a paragraph of its own: twice the line's height between rows
    const lines = rows.map((r, i) => textLine(i + 1, r, 760 - i * 36, 12, face('Serif'), 8));
    const blocks = laidOut(lines);
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(0);
    expect(cellTexts(blocks)).toEqual(cellTexts(parseMarkdownText(rows.map((r) => `| ${r}`).join('\n')).blocks));
  });

  it('reads a web grid’s cells set one a paragraph, each closed by its bar, a blank cell a bar alone, as the Markdown reader lays them back', () => {
    const cells = WEB_GRID_CELLS;
    const lines = cells.map((c, i) => textLine(i + 1, c, 760 - i * 36, 12, face('Serif'), 8));
    const blocks = laidOut(lines);
    expect(cellTexts(blocks)).toHaveLength(1);
    expect(cellTexts(blocks)).toEqual(cellTexts(parseMarkdownText(cells.join('\n')).blocks));
  });

  it('refused: a run of pipe rows is not cut by a bar count that fewer than three rows show', () => {
    const rows = [
      '项目名称 | 预算数 | 执行数 | 执行率 |',
      '乡村道路养护经费 | 1,200.00 | 1,150.00 | 95.83% |',
      // ends 10 pt short of the measure, the next row under it, as above
      '基层综合文化服务中心设备购置及维护经费第一批次补 | 300.00 | 30.00 | 10% |',
      '垃圾中转站运营经费 | 120.00 | 118.00 | 98.33% |',
    ];
    const table = cellTexts(laidOut(setAsLineBlock(rows)))[0];
    // two rows of four bars show the count, and two are too few to cut by: the two rows on two lines stay one
    expect(table).toHaveLength(3);
    expect(table[2][0]).toBe('基层综合文化服务中心设备购置及维护经费第一批次补');
    expect(table[2]).toContain('垃圾中转站运营经费');
  });

  it('refused: a wrapped paragraph holding bars (an absolute value in a formula) stays the one paragraph', () => {
    const prose = [
      '偏差率按|实际完成值-年度目标值|/年度目标值计算，其中社区服务项目的偏差率为|96-100|/100，即4%，',
      '其余项目的偏差率均在5%以内，未超过绩效目标设定的容许范围，整体完成情况较好，达到了预期目标。',
    ];
    const blocks = laidOut(setAsLineBlock(prose));
    expect(cellTexts(blocks)).toEqual([]);
    expect(paragraphs(blocks)).toHaveLength(1);
    expect(paragraphs(blocks)[0]).toContain('|实际完成值-年度目标值|');
  });

  it('knows page numbers from text', () => {
    for (const t of ['- 5 -', '— 5 —', '－５－', '第 5 页', '第5页 共12页', '5 / 12', '12', 'Page 3', '— iv —'])
      expect(isPageNumber(t), t).toBe(true);
    for (const t of ['2023 年', '一、基本情况', '5988.67 万元', '第五章', '- 5 - 万元']) expect(isPageNumber(t), t).toBe(false);
  });

  it('drops a glyph drawn again at almost the same spot, keeps repeated characters a glyph apart', () => {
    const font: FontInfo = { id: 'f', name: 'SimHei', family: 'SimHei', bold: false, unmapped: false };
    const g = (ch: string, x: number): Glyph => ({ ch, x0: x, x1: x + 16, y: 700, size: 16, font, line: 0 });
    const kept = dropFauxBold([g('一', 100), g('、', 116), g('一', 100.4), g('、', 116.4), g('谢', 140), g('谢', 156)]);
    expect(kept.map((x) => x.ch).join('')).toBe('一、谢谢');
  });
});
