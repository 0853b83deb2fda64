/**
 * Layout invariance (issue 15): the development corpus laid out the other ways real reports arrive
 * (tables flattened one cell per line or one row per line, full-width digits, headings lost, PDF
 * copies with stray spaces inside words) must score about as well as the Markdown as published.
 * A rule that reads one layout only fails here before it fails on a report nobody has seen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { haveScorer, missingSets, type Score, scoreCorpus } from './corpusScore.ts';

const SETS = ['dev', 'dev2'];
/** How far a layout may fall below the published text, in F1. */
const TOLERANCE = { figures: 0.015, tasks: 0.03 };

const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{2,}/;
const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
const eachLine = (text: string, f: (line: string) => string[]) => text.split('\n').flatMap(f).join('\n');

/** Part of a number: a line wrap never falls inside one ("325.\n29" is joined by the reader, but a copy rarely does that). */
const NUMBER_CHAR = /[\d.,%]/;
/** Lines of text (not pipe rows, not headings) cut every `width` characters, never inside a number, as a PDF copy cuts them. */
function hardWrapped(text: string, width: number): string {
  return eachLine(text, (line) => {
    if (PIPE_ROW.test(line) || /^\s*[|#]/.test(line) || line.length <= width) return [line];
    const out: string[] = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
      current += line[i];
      if (current.length >= width && !NUMBER_CHAR.test(line[i]) && !NUMBER_CHAR.test(line[i + 1] ?? '')) {
        out.push(current);
        current = '';
      }
    }
    if (current) out.push(current);
    return out;
  });
}

const LAYOUTS: { name: string; layout: (text: string) => string }[] = [
  {
    name: 'tables flattened one cell per line, a blank line after each cell',
    layout: (t) => eachLine(t, (l) => (PIPE_ROW.test(l) ? (PIPE_RULE.test(l) ? [] : cellsOf(l).flatMap((c) => [c, ''])) : [l])),
  },
  {
    name: 'tables flattened one row per line, cells separated by spaces',
    layout: (t) => eachLine(t, (l) => (PIPE_ROW.test(l) ? (PIPE_RULE.test(l) ? [] : [cellsOf(l).filter(Boolean).join(' ')]) : [l])),
  },
  {
    name: 'full-width digits, commas and colons',
    layout: (t) =>
      t
        .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
        .replace(/,/g, '，')
        .replace(/:/g, '：'),
  },
  { name: 'heading marks lost (every heading a plain line)', layout: (t) => t.replace(/^#{1,6}\s*/gm, '') },
  { name: 'a PDF copy of the text: lines hard-wrapped every 28 characters, inside words', layout: (t) => hardWrapped(t, 28) },
  {
    name: 'a PDF copy with its page numbers: hard-wrapped every 28 characters, a "- N -" line between blank lines every 9 lines',
    layout: (t) => {
      let line = 0;
      return eachLine(hardWrapped(t, 28), (l) => (++line % 9 === 0 && !PIPE_ROW.test(l) ? [l, '', `- ${line / 9} -`, ''] : [l]));
    },
  },
  {
    name: 'a table copied from Word: pipe rows as tab-separated lines (a merged cell left empty)',
    layout: (t) => eachLine(t, (l) => (PIPE_ROW.test(l) ? (PIPE_RULE.test(l) ? [] : [cellsOf(l).join('\t')]) : [l])),
  },
  {
    name: 'a PDF copy: a stray space inside every few Chinese words',
    layout: (t) => t.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (c, _m, i: number) => (i % 7 === 3 ? `${c} ` : c)),
  },
];

const missing = missingSets(SETS);
const present = haveScorer && missing.length === 0;
if (!present) console.warn(`layouts.test.ts skipped: no corpus ${missing.join(', ')} or no scorer in ../shared`);

describe.skipIf(!present)('the development corpus in other layouts scores about as well', () => {
  let published: Score;
  beforeAll(async () => {
    published = await scoreCorpus(SETS);
  }, 120_000);

  it.each(LAYOUTS.map((l) => [l.name, l] as const))(
    '%s',
    async (_name, l) => {
      const s = await scoreCorpus(SETS, l.layout);
      console.log(`${l.name}: figures ${s.figures} (published ${published.figures}), tasks ${s.tasks} (published ${published.tasks})`);
      expect(s.figures).toBeGreaterThanOrEqual(published.figures - TOLERANCE.figures);
      expect(s.tasks).toBeGreaterThanOrEqual(published.tasks - TOLERANCE.tasks);
    },
    120_000,
  );
});
