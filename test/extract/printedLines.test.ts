/**
 * The lines of a paragraph as written, where a copy hard-wrapped them at a fixed width (printedLines.ts): joined
 * again when they run to the paragraph's or the document's measure, in characters or in display columns; left
 * apart when they are laid out as cells, or when the reader knows the next line begins one of its own.
 * Texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { documentMeasure, unwrappedLines } from '../../src/extract/printedLines.ts';
import { segmentsOf } from '../../src/extract/text.ts';
import { docOf, GLOSSED_CONTENTS, SPEECH_CUT_INSIDE_A_YEAR } from './helpers.ts';

/** The lines `unwrappedLines` gives each paragraph of `text`. */
function linesOfText(text: string, beginsWhole?: (line: string) => boolean): string[][] {
  const segments = segmentsOf(docOf(text));
  // (normalization spaces a digit off a Chinese character where a line break stood between them: not compared)
  return segments.map((s) =>
    unwrappedLines(s, () => documentMeasure(segments), { beginsWhole }).map((l) => s.text.slice(l.start, l.end).replace(/\s/g, '')),
  );
}

/** `text` set at `columns` display columns (a Chinese character two, a digit one), a line at a time. */
function setAt(text: string, columns: number): string[] {
  const out: string[] = [];
  let line = '';
  let width = 0;
  for (const ch of text) {
    const w = /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
    if (width + w > columns) {
      out.push(line);
      [line, width] = ['', 0];
    }
    line += ch;
    width += w;
  }
  return [...out, line];
}

// a paragraph of words and of figures: set at 60 columns, its lines hold 30 to 42 characters
const SENTENCE =
  '青山县农技中心主要负责全县农业技术推广、良种繁育示范、农民培训和农业技术服务站点的运行维护工作。2023年预算数1,456.78万元,执行数1,420.33万元,执行率97.50%,基本支出612.05万元,项目支出808.28万元;较2022年增加35.10万元,增长2.53%。全年举办农技培训班三十六期,培训农民一千八百余人次,推广良种繁育示范基地六处,群众满意度较上年有所提高。';

/** The width of a line in display columns. */
const columns = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);

describe('lines a copy hard-wrapped', () => {
  it('joins a paragraph set at a measure in display columns, its lines of unequal counts of characters', () => {
    const lines = setAt(SENTENCE, 60);
    expect(lines.slice(0, -1).every((l) => columns(l) >= 59)).toBe(true);
    expect(new Set(lines.map((l) => l.length)).size).toBeGreaterThan(3);
    expect(linesOfText(lines.join('\n'))).toEqual([[SENTENCE]]);
  });

  it('joins a paragraph cut every 30 characters', () => {
    const lines = SENTENCE.match(/.{1,30}/g) ?? [];
    expect(linesOfText(lines.join('\n'))).toEqual([[SENTENCE]]);
  });

  it('joins prose whose line holds stray double spaces (a PDF copy\'s "1,456.78  万元"), which is no row of cells', () => {
    const spaced = SENTENCE.replace('1,456.78万元', '1,456.78  万元').replace('1,420.33万元', '1,420.33  万元');
    const lines = spaced.match(/.{1,48}/g) ?? [];
    expect(lines.some((l) => (l.match(/ {2}/g) ?? []).length === 2)).toBe(true);
    expect(linesOfText(lines.join('\n'))).toEqual([[spaced.replace(/\s/g, '')]]);
  });

  it('joins a line a few columns past the measure (brackets and spaces count wider than a page sets them); not one far past it', () => {
    const lines = setAt(SENTENCE, 60);
    const past = [...lines];
    past[1] = `${lines[1]}(A)`;
    expect(columns(past[1])).toBe(63);
    expect(linesOfText(past.join('\n'))).toEqual([[past.join('').replace(/\s/g, '')]]);
    // refused: nine columns past is no line the page's margin cut, and the line after it begins its own
    const far = [...lines];
    far[1] = `${lines[1]}(A)(B)(C)`;
    expect(linesOfText(far.join('\n'))[0]).toHaveLength(2);
  });

  it('refused: lines of every width (a text written a line at a time) stay apart', () => {
    const text = '一、基本情况\n青山县农技中心为全额拨款事业单位。\n内设机构3个,在职人员24人。\n二、预算执行情况\n全年预算数120万元。';
    expect(linesOfText(text)[0]).toHaveLength(5);
  });

  it("refused: a site's menu laid out as cells that reaches the measure is whole", () => {
    const menu = '网站首页  走进青山  新闻中心  政务公开  办事服务  公众参与';
    expect(columns(menu)).toBe(58);
    expect(linesOfText([menu, '2022年财政经费决算', ...setAt(SENTENCE, 60)].join('\n'))[0].slice(0, 2)).toEqual([
      '网站首页走进青山新闻中心政务公开办事服务公众参与',
      '2022年财政经费决算',
    ]);
  });

  it("refused: lines a mirror widened by its pinyin glosses (鎮(zhèn)) share no page's measure, and stay apart", () => {
    const text = GLOSSED_CONTENTS.join('\n');
    const lines = linesOfText(text)[0];
    expect(lines.filter((l) => l === '第一部分青山县白云乡人民政府概况')).toHaveLength(2);
    expect(lines.at(-2)).toBe('一、主要职能');
  });

  it('refused: a line the reader knows begins one of its own is not joined to the line above it', () => {
    const lines = setAt(SENTENCE, 60);
    const title = '2022年度青山县农技中心部门整体支出绩效自评报告';
    const joined = linesOfText([...lines.slice(0, 3), title, ...lines.slice(3)].join('\n'), (l) => l.replace(/\s/g, '') === title)[0];
    expect(joined).toContain(title);
  });
});

describe('a line the copy cut inside a number, joined already by normalization', () => {
  // (SPEECH_CUT_INSIDE_A_YEAR: "关于青山县 2" / "023 年…", read as one line of the text, its end its second printed line's)
  it('goes on in the next line when its last printed line runs to the measure (…在青山县第七 / 届人民代表大会…)', () => {
    expect(linesOfText(SPEECH_CUT_INSIDE_A_YEAR.join('\n'))).toEqual([[SPEECH_CUT_INSIDE_A_YEAR.join('').replace(/\s/g, '')]]);
  });

  it('refused: a line whose last printed line ends short of the measure ends there, whatever the two reach together', () => {
    const short = [
      ...SPEECH_CUT_INSIDE_A_YEAR.slice(0, 3),
      '023 年预算执行情况和 2024 年预算草案的报告',
      ...SPEECH_CUT_INSIDE_A_YEAR.slice(4),
    ];
    const lines = linesOfText(short.join('\n'))[0];
    expect(lines).toHaveLength(2);
    expect(lines[0].endsWith('预算草案的报告')).toBe(true);
  });
});
