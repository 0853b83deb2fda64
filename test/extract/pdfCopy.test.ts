/**
 * A report as the text copy of its PDF gives it (pdftotext, a browser's copy): the page's lines hard-wrapped
 * mid-sentence, a numbered heading inside a printed line, a "." for "。", a gloss cut by the margin. Invented short
 * texts in those shapes; each read as the report laid out a paragraph to the line reads.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../src/extract/prose.ts';
import { segmentsOf, simplify } from '../../src/extract/text.ts';
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
