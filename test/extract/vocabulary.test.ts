import { describe, expect, it } from 'vitest';
import { matchWording } from '../../src/extract/prose.ts';
import { TABLE_HEADERS, TABLE_ONLY, WORDINGS } from '../../src/extract/wordings.ts';
import { figuresOf } from './helpers.ts';

// Tests derived from the vocabulary itself (as zod's locale tests are): a wording added without an
// example, an example that does not extract, or a table header that prose reads differently fails here.

describe('every wording', () => {
  it('has a unique id', () => {
    const ids = WORDINGS.map((w) => w.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  for (const wording of WORDINGS) {
    describe(wording.id, () => {
      it('has an example', () => expect(wording.examples.length).toBeGreaterThan(0));
      it.each(wording.examples)('%s → %s', (text, value) => {
        const got = figuresOf(text)[wording.key];
        expect(got?.replace(/(万元|元|亿元|%|分)$/, '')).toBe(value);
      });
    });
  }
});

describe('table headers and prose agree', () => {
  const MEASURES = new Set(['initial', 'budget', 'executed', 'rate']);
  const words = TABLE_HEADERS.filter((h) => MEASURES.has(h.column)).flatMap((h) => h.words.map((word) => [word, h.column] as const));
  it.each(words.filter(([word]) => !TABLE_ONLY.has(word)))('prose reads the header %s as %s', (word, column) => {
    const m = matchWording(word, column === 'rate' ? '%' : '万元', { anyHead: true });
    expect(m?.wording.measure).toBe(column);
  });
});
