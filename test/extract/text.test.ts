/**
 * The text helpers the rules share (src/extract/text.ts): where the sentences before a point start, and the tail an
 * end-anchored pattern is tested on, which must answer as the whole text before the point would.
 */
import { describe, expect, it } from 'vitest';
import { afterSentenceEnds, tailBefore } from '../../src/extract/text.ts';

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
