/**
 * A report as the text copy of its PDF gives it (pdftotext, a browser's copy): the page's lines hard-wrapped
 * mid-sentence, a numbered heading inside a printed line, a "." for "。", a gloss cut by the margin. Invented short
 * texts in those shapes; each read as the report laid out a paragraph to the line reads.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/extract/prose.ts';
import { segmentsOf, simplify } from '../../src/extract/text.ts';
import { parseMarkdownText } from '../../src/parse/markdown.ts';
import { normalizeText } from '../../src/parse/normalize.ts';
import { docOf, figuresOf } from './helpers.ts';

describe('a "." after a Chinese word ends its sentence', () => {
  it('reads "万元." and "为止. " as full stops, and keeps a decimal point, a heading number and a web address', () => {
    expect(simplify('总额为32万元.本单位')).toBe('总额为32万元。本单位');
    expect(simplify('扣完为止. 年初结余')).toBe('扣完为止。 年初结余');
    expect(simplify('已完成.')).toBe('已完成。');
    // refused: a decimal point, a Chinese numeral's heading stop, a Latin word's dot
    expect(simplify('预算32.5万元')).toBe('预算32.5万元');
    expect(simplify('二.预算执行情况')).toBe('二.预算执行情况');
    expect(simplify('详见www.gov.cn网站')).toBe('详见www.gov.cn网站');
  });

  it('ends another year’s clause at "万元." in a page-long paragraph, so the next sentence’s budget is the year’s', () => {
    const text =
      '# 某中心2018年度部门整体支出绩效自评报告\n\n' +
      '2018年度本单位预算安排“三公”经费总额为60.50万元,而2017年度预算安排的“三公”经费总额为30万元.本单位“三公”经费变动率为101.67%\n' +
      '8 预算完成率 100%计满分,扣完为止. 年初结余12.5万元;\n' +
      '预算 1800.40 万元,本年追加预算 600.20 万元;\n';
    expect(figuresOf(text)['budget.initial']).toBe('1800.40万元');
  });

  it('refused: with no stop after the other year’s amount, its clause still holds what its sentence goes on to state', () => {
    const text =
      '# 某中心2018年度部门整体支出绩效自评报告\n\n' +
      '2018年度本单位预算安排“三公”经费总额为60.50万元,而2017年度预算安排的“三公”经费总额为30万元,年初结余12.5万元;\n' +
      '预算 1800.40 万元,本年追加预算 600.20 万元;\n';
    expect(figuresOf(text)['budget.initial']).toBeUndefined();
  });
});

describe('a numbered heading inside a printed line', () => {
  const sentences = (text: string) =>
    segmentsOf(docOf(text))
      .filter((s) => s.kind === 'paragraph')
      .flatMap((s) => sentencesOf(s).map((x) => x.text.trim()));

  it('stands apart from the sentence after it when a page wrapped the paragraph (…占0%。 (二)支出决算情况 2017 / 年度,…)', () => {
    const text =
      '某幼儿园2017年度部门决算公开\n' +
      '(一)收入决算情况。 2017 年度,本单位收入为 1500.20 万元,其中:财政拨款收入 1400.10 万元。 (二)支出决算情况 2017\n' +
      '年度,本单位支出为 1700.30 万元。其中:基本支出 1000.10 万元,占 58.82%;项目支出 700.20 万元,占 41.18%。\n';
    expect(sentences(text)).toContain('(二)支出决算情况');
    expect(figuresOf(text)['expense.total']).toBe('1700.30万元');
  });

  it('stands apart with no space at all, where a copy lost every line break (…事项。二、X情况(一)Y情况2024年…)', () => {
    const text =
      '某县妇联2024年度部门整体支出绩效自评报告\n' +
      '承办区委交办的其他事项。二、一般公共预算支出情况(一)基本支出情况2024年部门预算财政安排资金共150.20万元,实际支出150.20万元。' +
      '(二)支出决算情况本单位支出为160.30万元。\n';
    expect(sentences(text)).toEqual(
      expect.arrayContaining(['二、一般公共预算支出情况', '(一)基本支出情况', '(二)支出决算情况', '本单位支出为160.30万元。']),
    );
    // the first heading's words (一般公共预算支出) are no wording of the budget sentence after it
    expect(figuresOf(text)['expense.generalPublic']).toBeUndefined();
    expect(figuresOf(text)['budget.executed']).toBe('150.20万元');
  });

  it('refused: a heading noun run on into more words of a heading (情况说明…) or into a clause is no heading of its own', () => {
    const text = '某县妇联2024年度部门整体支出绩效自评报告\n事项如下。二、预算执行情况分析及2024年度工作打算,全年支出150.20万元。\n';
    expect(sentences(text)).not.toContain('二、预算执行情况');
  });

  it('refused: a numbered item inside a sentence (after a comma) is no heading, and its sentence stays whole', () => {
    const text =
      '某幼儿园2017年度部门决算公开\n' + '本单位按要求公开了收入、支出,(二)支出决算情况 另行说明,全年运转正常\n' + '各项工作有序开展。\n';
    expect(sentences(text)).not.toContain('(二)支出决算情况');
  });
});

describe('a pinyin gloss the page’s margin cut', () => {
  it('vanishes across its one line break ("發(f" / "ā)放"), so the word it annotates joins again', () => {
    expect(normalizeText('完成發(f\nā)放補助資金').text).toBe('完成發放補助資金');
    expect(normalizeText('完成發(fā\n)放補助資金').text).toBe('完成發放補助資金');
    const text = '某区危房改造项目2023年绩效自评报告\n2023年共下达补助资金 200.5 万元。全年共完成发(f\nā)放补助资金 120.4 万元。\n';
    expect(figuresOf(text)['budget.executed']).toBe('120.4万元');
  });

  it('refused: a bracket with no tone mark, or cut by two line breaks, is the text’s', () => {
    // (the bracket stays: the line break inside it goes as a page's break between two Latin letters does)
    expect(normalizeText('资金(a\nb)').text).toBe('资金(ab)');
    expect(normalizeText('资金(f\n\nā)').text).not.toBe('资金');
  });
});

describe('a table row the page’s margin cut right after a bar, or through a long cell’s lines', () => {
  // an invented form copied by pdftotext: each row "A | B | … |" with as many bars as the header; the page broke the
  // header after a bar, a project's row inside a cell, and a long cell over three printed lines (the middle with no bar)
  const lines = [
    '单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 |',
    '指标值 | 度量单位 | 权重 | |',
    '青山县某镇人民政府 | 村道保洁经费 | 1,250,000.00 | 按时完成村道保洁任务 | 产',
    '出指标 | 数量指标 | 保洁里程 | 120 | 公里 | 20 | |',
    '产出指标 | 质量指标 | 村道保洁合格率(按月抽查主要路段) | 95 | % | 20 | |||||',
    '产出指标 | 时效指标 | 保洁任务完成时限(全年各月均完成) | 12 | 月 | 20 | |||||',
    '效益指标 | 社会效益指标 | 沿线群众对村道保洁工作的满意度 | 90 | % | 10 | |||||',
    '社区服务经费 | 380,000.00 | 包括社区办公用品费、水电费、报刊费等村社区日常办',
    '公经费、社区党组织开展组织活动、党员干部教育培训、群团活动开展、组织活动场',
    '所维护等。 | 产出指标 | 数量指标 | 服务社区数 | 8 | 个 | 20 | ||',
    '效益指标 | 社会效益指标 | 社区居民对社区服务工作的满意程度 | 90 | % | 10 | |||||',
  ];
  const rows = (text: string) =>
    parseMarkdownText(text).blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));

  it('joins the header’s two pieces and the long cell’s three lines, each row whole', () => {
    const read = rows(lines.join('\n'));
    expect(read[0]).toEqual([
      '单位名称',
      '项目名称',
      '预算数',
      '年度目标',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标值',
      '度量单位',
      '权重',
    ]);
    const project = read.find((r) => r[0] === '社区服务经费');
    expect(project?.[2]).toMatch(/^包括.*活动场所维护等。$/);
    expect(project?.[3]).toBe('产出指标');
  });

  it('refused: pieces that would make more bars than a whole row, and a line short of the margin, stay apart', () => {
    // "…| 三级指标 |" then a whole row of its own (11 bars): 7 + 11 is no row
    const wholeNext = [...lines.slice(0, 1), '产出指标 | 质量指标 | 村道保洁合格率(全年) | 95 | % | 20 | |||||', ...lines.slice(2)];
    expect(rows(wholeNext.join('\n')).some((r) => r[0] === '产出指标' && r[2] === '村道保洁合格率(全年)')).toBe(true);
    // a middle line with no bar that stops short of the margin ends its paragraph: the page's prose, not a cell's
    const short = [...lines.slice(0, 8), '公经费等。', ...lines.slice(9)];
    expect(rows(short.join('\n')).some((r) => r[0] === '社区服务经费' && r.length > 3)).toBe(false);
  });
});

describe('an OCR or PDF copy’s spaces around the half-width brackets of Chinese words', () => {
  it('reads the “三公” total after the name in brackets, and an item named with its bracket, as the source does (before: neither)', () => {
    const got = figuresOf(
      '# 某市2022年“三公”经费决算情况\n\n2022年全市单位因公出国(境)经费、公务接待费、公务用车购置及运行费(“三公”经费) 决算总额 1865 万元,比上年下降2.1%。其中:一、因公出国 (境)经费 2022年因公出国 (境) 决算支出 0 万元。二、公务接待费决算支出 412 万元。\n',
    );
    expect(got['threePublic.total']).toBe('1865万元');
    expect(got['expense.total']).toBeUndefined();
  });

  it('refused: a unit in brackets before a number keeps its space, and no word joins a number', () => {
    const got = figuresOf('# 某县图书馆2023年度项目支出绩效自评报告\n\n全年预算数 (万元) 120,全年执行数 (万元) 115。\n');
    expect(got['budget.total']).toBe('120万元');
    expect(got['budget.executed']).toBe('115万元');
  });
});
