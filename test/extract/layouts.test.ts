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
/** How far a layout may fall below the layout it is compared with (the same lines, another way to break them). */
const AGAINST_TOLERANCE = { figures: 0.005, tasks: 0.005 };

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
/**
 * Each line of text (not a pipe row, not a heading) cut into the pieces `cut` gives it, with `between` (blank lines)
 * after every piece but the last: each printed line a paragraph of its own, as a document site's copy gives them.
 * A line `cut` gives no piece (a blank line) stays as it is.
 */
function wrapped(text: string, cut: (line: string) => string[], between: string[] = []): string {
  return eachLine(text, (line) => {
    if (PIPE_ROW.test(line) || /^\s*[|#]/.test(line)) return [line];
    const pieces = cut(line);
    return pieces.length ? pieces.flatMap((piece, i) => (i === 0 ? [piece] : [...between, piece])) : [line];
  });
}

/** Lines of text cut every `width` characters, never inside a number, as a PDF copy cuts them. */
function hardWrapped(text: string, width: number): string {
  return wrapped(text, (line) => {
    if (line.length <= width) return [line];
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

/** Lines of text cut as a page sets them: at `columns` columns, a Chinese character two, a digit or Latin letter one, never inside a number. */
function setWrapped(text: string, columns: number, between: string[] = []): string {
  return wrapped(
    text,
    (line) => {
      const out: string[] = [];
      let current = '';
      let width = 0;
      for (const word of line.match(/[\d.,%A-Za-z]+|./gu) ?? []) {
        const w = [...word].reduce((sum, ch) => sum + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
        if (width + w > columns && current) {
          out.push(current);
          current = '';
          width = 0;
        }
        current += word;
        width += w;
      }
      if (current) out.push(current);
      return out;
    },
    between,
  );
}

/**
 * The layouts the development corpus is read in. Each scores about as well as the text as published (within
 * TOLERANCE), or, with `against`, as well as that other layout of the same text (within AGAINST_TOLERANCE).
 */
const LAYOUTS: { name: string; layout: (text: string) => string; against?: (text: string) => string }[] = [
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
  // a document site's copy gives each printed line a paragraph of its own: read as well as the same lines kept
  // in their paragraphs (how a hard-wrapped copy reads is the layouts above)
  {
    name: 'a document site’s copy of a PDF: each printed line (56 columns) a paragraph, a blank line after it',
    layout: (t) => setWrapped(t, 56, ['']),
    against: (t) => setWrapped(t, 56),
  },
  {
    name: 'a document site’s copy of a narrower page: each printed line (44 columns) a paragraph of its own',
    layout: (t) => setWrapped(t, 44, ['']),
    against: (t) => setWrapped(t, 44),
  },
  {
    name: 'a document site’s copy with two blank lines after each printed line (56 columns)',
    layout: (t) => setWrapped(t, 56, ['', '']),
    against: (t) => setWrapped(t, 56),
  },
  {
    name: 'a table copied from Word: pipe rows as tab-separated lines (a merged cell left empty)',
    layout: (t) => eachLine(t, (l) => (PIPE_ROW.test(l) ? (PIPE_RULE.test(l) ? [] : [cellsOf(l).join('\t')]) : [l])),
  },
  {
    name: 'a PDF copy: a stray space inside every few Chinese words',
    layout: (t) => t.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (c, _m, i: number) => (i % 7 === 3 ? `${c} ` : c)),
  },
  {
    // Word's spacing between Chinese and Latin text, and an OCR's spacing before punctuation, copied as spaces:
    // "年度资金总额 :20…", "全年预算数 (A)", "(万元 )", "預 (yù)算", "本年财政拨款 2020"
    name: 'a PDF or OCR copy: a space after every Chinese character that is followed by anything but Chinese',
    layout: (t) => t.replace(/([\u4e00-\u9fff])(?=[^\u4e00-\u9fff\s])/g, '$1 '),
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
      const base = l.against ? await scoreCorpus(SETS, l.against) : published;
      const tolerance = l.against ? AGAINST_TOLERANCE : TOLERANCE;
      const what = l.against ? 'the same lines in their paragraphs' : 'published';
      console.log(`${l.name}: figures ${s.figures} (${what} ${base.figures}), tasks ${s.tasks} (${what} ${base.tasks})`);
      expect(s.figures).toBeGreaterThanOrEqual(base.figures - tolerance.figures);
      expect(s.tasks).toBeGreaterThanOrEqual(base.tasks - tolerance.tasks);
    },
    120_000,
  );
});
