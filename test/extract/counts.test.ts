/**
 * Counts of projects read for sum.count: the projects an evaluation graded, counted by grade (extractGradeCounts), as
 * evaluation notices state them; invented sentences in the shapes notices use, and the shapes that must give nothing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { docOf } from './helpers.ts';

const counts = (text: string) =>
  Object.fromEntries(
    Object.entries(extract(docOf(text)).figures)
      .filter(([k]) => /^eval\.projects\.grade/.test(k))
      .map(([k, f]) => [k, f.value]),
  );
const TITLE = '某市财政局关于2023年度市级财政重点绩效评价结果的通报\n\n';

describe('projects counted by grade', () => {
  it('reads the projects evaluated and each grade’s count after them (对7个项目开展评价…优的3个,良的3个,中的2个)', () => {
    const text = `${TITLE}市财政局对2022年度7个市级财政支出项目开展了重点绩效评价。本次评价结果为优的3个,良的3个,中的2个。`;
    expect(counts(text)).toEqual({
      'eval.projects.graded.count': '7',
      'eval.projects.grade.excellent.count': '3',
      'eval.projects.grade.good.count': '3',
      'eval.projects.grade.fair.count': '2',
    });
    expect(reconcile(extract(docOf(text))).map((d) => d.rule)).toEqual(['sum.count']);
  });

  it('takes the count from the paragraph before, a heading between, with quoted grades (“优”的2个)', () => {
    const text = `${TITLE}对2023年度8个市级重点项目开展了财政重点绩效评价。\n\n一、评价结果\n\n评价结果为“优”的2个,“良”的4个,“中”的1个,“差”的1个。`;
    expect(counts(text)['eval.projects.graded.count']).toBe('8');
    expect(reconcile(extract(docOf(text)))).toEqual([]);
  });

  it('refused: one grade alone, or a count of something else between the projects and the grades', () => {
    expect(counts(`${TITLE}对7个项目开展了绩效评价,评价结果为优的3个。`)).toEqual({});
    expect(counts(`${TITLE}对7个项目开展了绩效评价,涉及12个乡镇。评价结果为优的3个,良的4个。`)).toEqual({});
  });
});
