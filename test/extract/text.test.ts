/**
 * The text helpers the rules share (src/extract/text.ts): where the sentences before a point start, and the tail an
 * end-anchored pattern is tested on, which must answer as the whole text before the point would.
 */
import { describe, expect, it } from 'vitest';
import { afterSentenceEnds, itemScopesOf, segmentsOf, tailBefore } from '../../src/extract/text.ts';
import { docOf } from './helpers.ts';

describe('afterSentenceEnds', () => {
  it('starts after the last `count` 。, or at the text’s start when it has fewer', () => {
    const text = '甲。乙。丙';
    expect(text.slice(afterSentenceEnds(text, 1))).toBe('丙');
    expect(text.slice(afterSentenceEnds(text, 2))).toBe('乙。丙');
    expect(afterSentenceEnds(text, 3)).toBe(0);
    expect(afterSentenceEnds('。甲', 2)).toBe(0);
    expect(afterSentenceEnds('', 1)).toBe(0);
  });

  it('counts a 。 that ends the text as one', () => {
    const text = '甲。乙。';
    expect(text.slice(afterSentenceEnds(text, 2))).toBe('乙。');
  });
});

describe('tailBefore', () => {
  /** End-anchored patterns of the rules, each with texts before a point that it matches and must not match. */
  const CASES: { pattern: RegExp; before: string[]; notBefore: string[] }[] = [
    {
      // a heading run into its first item (enumerated.ts RUN_IN_HEADING_BEFORE, shortened)
      pattern: /(?:^|[。;!?\s])(?:[一二三四五六七八九十]{1,3}、)[^,。;:!?\s\d]{0,24}(?:情况|概况)$/,
      before: ['三、重点项目情况', `${'说明'.repeat(200)}。三、重点项目情况`],
      notBefore: [`${'说明'.repeat(200)}三、重点项目情况`],
    },
    {
      // a pattern whose ^ alternative meets the cut: the cut must not stand for the text's start
      pattern: /(?:^|。)甲{3,}$/,
      before: ['甲甲甲', `${'乙'.repeat(300)}。${'甲'.repeat(50)}`],
      notBefore: [`乙${'甲'.repeat(300)}`],
    },
    {
      pattern: /(?:共|共有)\s*\d{1,3}\s*个项目$/,
      before: [`${'甲'.repeat(500)}共有3个项目`],
      notBefore: [`${'甲'.repeat(500)}共有3个项目。`],
    },
  ];

  it('answers an end-anchored pattern as the whole text before the point does, short text or long', () => {
    for (const { pattern, before, notBefore } of CASES) {
      for (const text of before) {
        expect(pattern.test(text)).toBe(true);
        expect(pattern.test(tailBefore(text, text.length))).toBe(true);
      }
      // refused: a cut tail never lets ^ match where the whole text does not
      for (const text of notBefore) {
        expect(pattern.test(text)).toBe(false);
        expect(pattern.test(tailBefore(text, text.length))).toBe(false);
      }
    }
  });

  it('keeps a short text whole', () => {
    expect(tailBefore('三、重点项目情况1.', 8)).toBe('三、重点项目情况');
  });
});

describe('itemScopesOf', () => {
  const scopes = (text: string) => {
    const seg = segmentsOf(docOf(text))[0];
    return itemScopesOf(seg).map((r) => seg.text.slice(r.start, r.end));
  };

  it('cuts a paragraph where an item opener follows a stop or an announcing colon (项目二:, (二), 2. / 2、, 二是)', () => {
    expect(scopes('情况如下:项目一:甲,支出5万元。项目二:乙,支出6万元。')).toEqual([
      '情况如下:',
      '项目一:甲,支出5万元。',
      '项目二:乙,支出6万元。',
    ]);
    expect(scopes('主要做法:(一)甲。(二)乙。')).toEqual(['主要做法:', '(一)甲。', '(二)乙。']);
    expect(scopes('开展三项工作。1.甲工作。2、乙工作。')).toEqual(['开展三项工作。', '1.甲工作。', '2、乙工作。']);
    expect(scopes('成效明显。一是甲。二是乙。')).toEqual(['成效明显。', '一是甲。', '二是乙。']);
    // the source's own lines stay scopes, as linesOf gives them
    expect(scopes('第一行甲\n第二行乙')).toEqual(['第一行甲', '第二行乙']);
  });

  it('refused: an opener inside a sentence, and a number that opens no item, cut nothing', () => {
    expect(scopes('主要有两点,一是甲,二是乙。')).toEqual(['主要有两点,一是甲,二是乙。']);
    expect(scopes('资金到位。2023年支出5万元。3.5万元用于培训。')).toEqual(['资金到位。2023年支出5万元。3.5万元用于培训。']);
    expect(scopes('设备、二是否合格待查。')).toEqual(['设备、二是否合格待查。']);
  });
});
