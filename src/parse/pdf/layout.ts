/**
 * Lines → paragraphs and headings, in reading order over all pages.
 *
 * Wrapped lines join (CJK-aware, see joinWrapped); a new paragraph starts on a first-line indent,
 * a vertical gap wider than the body's line pitch, a short line that ends a sentence, or a change
 * of typography. Headings are told from the body by typography: a larger size, or a different
 * face from the body's (黑体/楷体 headings over 仿宋 body; sans over serif). Bold in the body's
 * own face is emphasis, not a heading. Heading levels rank the heading styles by size, then by
 * first appearance.
 */
import type { BBox, Provenance } from '../../model/document.ts';
import { BlockBuilder, type RawCell, unionBox } from '../blocks.ts';
import { CJK } from '../normalize.ts';
import { isSpace } from './glyphs.ts';
import { joinWrapped } from './lines.ts';
import { cellBars, emitBarredRun, emitPipeRowRuns, PARAGRAPH_TABLE_RUNS, printedLineJoins } from '../markdown.ts';
import { cellText } from './tables.ts';
import { STATED_GRADES } from '../../model/keys.ts';
import type { DraftTable, Glyph, Line, PageFlow } from './types.ts';

const NUMBERED =
  /^\s*(第[一二三四五六七八九十百零〇]+[章节部分条篇]|[一二三四五六七八九十百]+\s*[、．.]|[（(]\s*[一二三四五六七八九十百]+\s*[)）]|\d{1,2}\s*[、．.](?![0-9])|[（(]\s*\d{1,2}\s*[)）]|\d{1,2}[)）]|[①-⑳])/;
/** A value given after a colon, as a form's lines give it: "自评得分:94分", "评价等级:优", "总分:92.7". */
const STATED_VALUE = new RegExp(String.raw`[:：]\s*(?:[0-9][0-9,.]*\s*(?:%|分|万元|亿元|元)?|${STATED_GRADES})\s*$`);
const SENTENCE_END = /[。！？!?；;…][”’"'」』)）]*$/;

interface Stats {
  bodyFamily: string;
  bodySize: number;
  /** baseline distance between body lines, in ems */
  pitchEm: number;
  /**
   * some body paragraph wraps (a full-width line with another line under it): the line pitch above
   * was measured, and a short line may end a paragraph without anything else showing it
   */
  wraps: boolean;
  width: Map<number, number>;
  left: Map<number, number>;
  right: Map<number, number>;
  center: Map<number, number>;
}

function mode(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && best !== undefined && v < best)) [best, n] = [v, c];
  return best;
}

/**
 * The distance between the lines of one paragraph: the smallest pitch seen more than once. Not the
 * most common one: where most paragraphs are one line long (a table flattened one cell per line)
 * that is the distance between paragraphs, and a gap of it would then never part two paragraphs.
 */
function linePitch(pitches: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const p of pitches) counts.set(p, (counts.get(p) ?? 0) + 1);
  const seen = [...counts.entries()].filter(([, n]) => n >= 2).map(([p]) => p);
  return seen.length ? Math.min(...seen) : mode(pitches);
}

function quantile(values: number[], q: number): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

const inkCount = (l: Line) => l.glyphs.filter((g) => !isSpace(g.ch)).length;

function computeStats(flows: PageFlow[]): Stats {
  const famChars = new Map<string, number>();
  const sizeChars = new Map<number, number>();
  const all: Line[] = [];
  for (const f of flows) for (const it of f.items) if (it.kind === 'line') all.push(it.line);
  const sizeOf = (g: Glyph) => Math.round(g.size * 2) / 2;
  for (const l of all) {
    for (const g of l.glyphs) {
      if (isSpace(g.ch)) continue;
      sizeChars.set(sizeOf(g), (sizeChars.get(sizeOf(g)) ?? 0) + 1);
    }
  }
  const top = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const bodySize = top(sizeChars) ?? 12;
  // the body's face is the face of the body's size: in a short report the headings (another face,
  // larger) can hold more Chinese characters than the few body lines, whose digits the count skips
  for (const atBodySize of [true, false]) {
    for (const l of all) {
      for (const g of l.glyphs) {
        if (CJK.test(g.ch) && (!atBodySize || sizeOf(g) === bodySize)) famChars.set(g.font.family, (famChars.get(g.font.family) ?? 0) + 1);
      }
    }
    if (famChars.size) break;
  }
  if (famChars.size === 0) for (const l of all) famChars.set(l.font.family, (famChars.get(l.font.family) ?? 0) + inkCount(l));
  const bodyFamily = top(famChars) ?? '';
  const isBody = (l: Line) => l.font.family === bodyFamily && Math.abs(l.size - bodySize) < 0.6;
  const pitches: number[] = [];
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  const center = new Map<number, number>();
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const f of flows) {
    const lines = f.items.flatMap((it) => (it.kind === 'line' ? [it.line] : []));
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      if (isBody(a) && isBody(b)) {
        const em = (a.y - b.y) / bodySize;
        if (em > 0.9 && em < 3) pitches.push(Math.round(em * 20) / 20);
      }
    }
    const body = lines.filter(isBody);
    const l = mode(body.map((x) => Math.round(x.x0)));
    const r = quantile(
      body.map((x) => x.x1),
      0.9,
    );
    if (l !== undefined && body.length >= 3) {
      left.set(f.page, l);
      lefts.push(l);
    }
    if (r !== undefined && body.length >= 3) {
      right.set(f.page, r);
      rights.push(r);
    }
    center.set(f.page, f.width / 2);
  }
  // pages with too few lines borrow the document's margins
  const docLeft = mode(lefts.map(Math.round));
  const docRight = quantile(rights, 0.5);
  for (const f of flows) {
    if (!left.has(f.page) && docLeft !== undefined) left.set(f.page, docLeft);
    if (!right.has(f.page) && docRight !== undefined) right.set(f.page, docRight);
  }
  // the pitch under lines that run to the right margin is the pitch inside a paragraph
  const width = new Map(flows.map((f) => [f.page, f.width]));
  const wrapPitches: number[] = [];
  for (const f of flows) {
    const lines = f.items.flatMap((it) => (it.kind === 'line' ? [it.line] : []));
    const r = right.get(f.page);
    const l = left.get(f.page);
    if (r === undefined || l === undefined) continue;
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      // the page's own right edge is that of its short lines where they are all short: the margin
      // is taken as symmetric to the left one then (a binding gutter makes it a little wider)
      const full = a.x1 >= Math.max(r, f.width - l) - 3 * a.size && a.x1 - l >= 0.6 * f.width;
      if (!full || !isBody(a) || !isBody(b)) continue;
      // a full line that ends a sentence may as well end its paragraph there (a one-line paragraph that happens to
      // fill the measure, "1.机构组成:…等。" over "2.人员概况:…"): the distance under it is no wrap's, and taken for one
      // in a text whose only full line it is, it makes the gap between paragraphs the line pitch and runs a page's
      // title into the metadata lines after it
      if (SENTENCE_END.test(a.text.trimEnd())) continue;
      const em = (a.y - b.y) / bodySize;
      if (em > 0.9 && em < 3) wrapPitches.push(Math.round(em * 20) / 20);
    }
  }
  const pitchEm = (wrapPitches.length ? mode(wrapPitches) : linePitch(pitches)) ?? 1.5;
  return { bodyFamily, bodySize, pitchEm, wraps: wrapPitches.length > 0, width, left, right, center };
}

/** Heading typography: larger than the body, or in another face. */
function headingStyle(l: Line, s: Stats): boolean {
  const ink = l.glyphs.filter((g) => !isSpace(g.ch));
  // a line of unreadable glyphs is no heading, whatever its font
  if (ink.filter((g) => g.ch === '\uFFFD').length * 2 >= ink.length) return false;
  if (l.size >= s.bodySize * 1.1) return true;
  // a line of digits and Latin only is drawn in the Latin face a Chinese document sets beside its
  // own (Times beside 仿宋): its face tells nothing of a heading ("10 132.50 126.00 95.09%", a
  // table row whose name wrapped onto the lines around it)
  return l.font.family !== s.bodyFamily && ink.some((g) => CJK.test(g.ch));
}

const styleKey = (l: Line) => `${l.font.family}|${l.font.bold}|${Math.round(l.size * 2) / 2}`;

interface Para {
  lines: Line[];
  heading: boolean;
}

function reachesRight(l: Line, s: Stats): boolean {
  const r = s.right.get(l.page);
  return r === undefined ? true : l.x1 >= r - 1.5 * l.size;
}

function centered(l: Line, s: Stats): boolean {
  const c = s.center.get(l.page) ?? 0;
  const left = s.left.get(l.page) ?? 0;
  return Math.abs((l.x0 + l.x1) / 2 - c) < l.size && l.x0 > left + l.size;
}

/** Closing punctuation a line may not start with: it stays with the character before it. */
const NO_LINE_START = /[、。，．,.：:；;！!？?）)」』”’》〉】%％]/;

/**
 * Width of what line `b` starts with that a line end could not split: one CJK character with the
 * closing punctuation after it, or a run of Latin letters and digits up to a space or CJK.
 */
function firstWordWidth(b: Line): number {
  const ink = b.glyphs.filter((g) => !isSpace(g.ch));
  if (!ink.length) return 0;
  if (CJK.test(ink[0].ch)) {
    let end = 0;
    while (end + 1 < ink.length && NO_LINE_START.test(ink[end + 1].ch)) end++;
    return ink[end].x1 - ink[0].x0;
  }
  let i = b.glyphs.indexOf(ink[0]);
  while (i + 1 < b.glyphs.length && !isSpace(b.glyphs[i + 1].ch) && !CJK.test(b.glyphs[i + 1].ch)) i++;
  return b.glyphs[i].x1 - ink[0].x0;
}

/**
 * Line `a` ends short by more than what line `b` starts with: in one paragraph the layout would have
 * put that on `a`. (Margins taken as symmetric where the page's lines are all short.)
 */
function wouldHaveFit(a: Line, b: Line, s: Stats): boolean {
  // a document of too few lines to tell its margins by: the lines' own left edge, taken as symmetric
  const left = s.left.get(a.page) ?? (s.right.has(a.page) ? undefined : Math.min(a.x0, b.x0));
  const width = s.width.get(a.page);
  const right = Math.max(s.right.get(a.page) ?? 0, left !== undefined && width !== undefined ? width - left : 0);
  return right - a.x1 > firstWordWidth(b) + a.size;
}

/** A list item's bullet, as Word and LibreOffice draw it before the item's text. */
const BULLET = /^\s*[•·▪●○◦◆◇■□►▶‣⁃]/;
/** Line `b` starts where the text of numbered (or bulleted) line `a` starts after its number: a hanging indent's wrapped line. */
function underItsText(a: Line, b: Line): boolean {
  const marker = NUMBERED.exec(a.text) ?? BULLET.exec(a.text);
  if (!marker) return false;
  const ink = a.glyphs.filter((g) => !isSpace(g.ch));
  const text = ink[marker[0].replace(/\s/g, '').length];
  return text !== undefined && b.x0 - a.x0 >= 1.2 * b.size && Math.abs(b.x0 - text.x0) < 0.5 * b.size;
}

/** Does line `b` start a new paragraph after line `a`? */
function breaksBefore(a: Line, b: Line, s: Stats): boolean {
  const ha = headingStyle(a, s);
  const hb = headingStyle(b, s);
  if (ha !== hb) return true;
  if (Math.abs(a.size - b.size) > 1) return true;
  const em = Math.max(a.size, b.size);
  const short = !reachesRight(a, s);
  // (over a page break, a line short of the margin ends its paragraph, unless what the next page opens with would not
  // have fit on it: "…预算完成数 169.18 万" / "元,执行率 98.45%", 元 and the comma kept together past the margin)
  if (a.page === b.page) {
    const gap = a.y - b.y;
    if (gap <= 0.5 * em) return true; // back up the page, or overlapping: not the next line
    if (gap > s.pitchEm * em * 1.3 + 1) return true;
  } else if (short && wouldHaveFit(a, b, s)) return true;
  if (styleKey(a) !== styleKey(b) && (short || ha)) return true;
  if (ha && hb && centered(a, s) && centered(b, s)) return false; // a centred title on two lines
  const left = s.left.get(b.page) ?? b.x0;
  // a numbered item set with a hanging indent (a Word list: "1. 收入情况:…" full to the margin, its next line under its
  // text, not under its number) goes on, as its .docx and Markdown copies read it; an indent past the text's start is a
  // paragraph's first-line indent still
  // (a line a little short of the margin, because what the next one starts with would not have fit, is full too)
  if ((!short || !wouldHaveFit(a, b, s)) && underItsText(a, b)) return false;
  if (b.x0 - left >= 1.2 * b.size && b.x0 - a.x0 >= 1.2 * b.size) return true; // first-line indent
  if (short && (ha || SENTENCE_END.test(a.text) || NUMBERED.test(b.text))) return true;
  // No paragraph of the document wraps, so no line pitch inside one was seen and gaps tell nothing:
  // every paragraph is one line (a table flattened one cell per line: "43.2" | "43.2" | "37.24"),
  // unless a line was cut short before something that would not have fitted on it.
  if (!s.wraps && wouldHaveFit(a, b, s)) return true;
  // nor does one run on past a sentence that ends at the margin into a numbered item ("1.机构组成:…等。" over
  // "2.人员概况:…"): with no wrap seen, the line reaching the margin is one paragraph, the item the next
  if (!s.wraps && SENTENCE_END.test(a.text.trimEnd()) && NUMBERED.test(b.text)) return true;
  return false;
}

/** Paragraph text: lines joined as wrapped lines. */
const paraText = (p: Para) => p.lines.reduce((acc, l) => joinWrapped(acc, l.text), '');

/**
 * A paragraph that runs on over a page break is cited by its first page: the page, its lines on
 * that page and their box (Provenance holds one page).
 */
function provOf(lines: Line[]): Provenance {
  const page = lines[0].page;
  const same = lines.filter((l) => l.page === page);
  return { page, lines: [same[0].no, same[same.length - 1].no], bbox: unionBox(same.map((l) => l.bbox)) as BBox };
}

function isHeading(p: Para): boolean {
  if (!p.heading) return false;
  const text = paraText(p).replace(/\s+/g, '');
  if (!text) return false;
  const numbered = NUMBERED.test(text);
  if (p.lines.length > 3) return false;
  // a heading names a section and states nothing: an unnumbered line in another face that ends a
  // sentence or gives a value after a colon ("自评得分:94分。", "评价等级:优" under a form whose title
  // outweighs the few body lines) is body text
  if (!numbered && (SENTENCE_END.test(text) || STATED_VALUE.test(text))) return false;
  return text.length <= 60 || (numbered && text.length <= 100);
}

type Draft = { kind: 'para'; para: Para } | { kind: 'table'; table: DraftTable };

export function layout(flows: PageFlow[], builder: BlockBuilder): void {
  const s = computeStats(flows);
  const drafts: Draft[] = [];
  let cur: Para | null = null;
  const flush = () => {
    if (cur) drafts.push({ kind: 'para', para: cur });
    cur = null;
  };
  for (const f of flows) {
    for (const it of f.items) {
      if (it.kind === 'table') {
        flush();
        if (!it.continued) drafts.push({ kind: 'table', table: it.table });
        continue;
      }
      const l = it.line;
      const last: Line | undefined = cur ? (cur as Para).lines[(cur as Para).lines.length - 1] : undefined;
      if (!cur || !last || breaksBefore(last, l, s)) {
        flush();
        cur = { lines: [l], heading: headingStyle(l, s) };
      } else cur.lines.push(l);
    }
  }
  flush();
  joinPrintedLines(drafts);

  // heading levels: rank of the heading style, by size then by first appearance
  const styles: { key: string; size: number; first: number }[] = [];
  drafts.forEach((d, i) => {
    if (d.kind !== 'para' || !isHeading(d.para)) return;
    const l = d.para.lines[0];
    const key = styleKey(l);
    if (!styles.some((x) => x.key === key)) styles.push({ key, size: l.size, first: i });
  });
  styles.sort((a, b) => b.size - a.size || a.first - b.first);
  const level = (l: Line) => Math.min(6, styles.findIndex((x) => x.key === styleKey(l)) + 1);

  const texts = drafts.map((d) => (d.kind === 'para' && !isHeading(d.para) ? paraText(d.para) : null));
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind === 'table') {
      emitTable(d.table, builder);
      continue;
    }
    // (each paragraph one row of a pipe table, "地区 | 已预下达 | 本次下达 |" / "淳安县 | 650 | 175 |", or one cell of a web grid
    // closed by its bar, "金额 |" / "78,400 |" / "|": the run read as one table where it makes one)
    const run = PARAGRAPH_TABLE_RUNS.map(({ length, emitRun }) => ({ n: length(texts, i), emitRun })).find(({ n, emitRun }) => {
      if (n < 2) return false;
      const paras = drafts.slice(i, i + n).map((r) => (r as { para: Para }).para);
      return emitRun(builder, texts.slice(i, i + n) as string[], (from, to) => provOf(paras.slice(from, to + 1).flatMap((q) => q.lines)));
    });
    if (run) {
      i += run.n - 1;
      continue;
    }
    // (a heading's text is not among the rows' texts)
    const text = texts[i] ?? paraText(d.para);
    const prov = provOf(d.para.lines);
    if (isHeading(d.para)) builder.heading(level(d.para.lines[0]), text, prov);
    // (a pipe table whose rows had no leading bar ran into one paragraph of cells: cut back by its width, emitBarredRun)
    else if (!pipeRowsOf(d.para, s, builder) && !emitBarredRun(builder, text, prov)) builder.paragraph(text, prov);
  }
}

/**
 * A paragraph of pipe rows: the pipe table of a Markdown report that had no delimiter row, rendered as one paragraph
 * whose lines were hard breaks (pandoc's line block), a row wrapped where it is longer than the measure. A line that
 * ends short although what follows would have fitted on it ends a row; the rows are read as the Markdown reader
 * reads them (emitPipeRowRuns). False, and nothing emitted, where the lines hold no run of pipe rows.
 */
function pipeRowsOf(p: Para, s: Stats, builder: BlockBuilder): boolean {
  if (p.lines.length < 2 || !p.lines.some((l) => l.text.includes('|'))) return false;
  const rows: Line[][] = [[p.lines[0]]];
  for (let i = 1; i < p.lines.length; i++) {
    const [a, b] = [p.lines[i - 1], p.lines[i]];
    if (!reachesRight(a, s) && wouldHaveFit(a, b, s)) rows.push([b]);
    else rows[rows.length - 1].push(b);
  }
  const split = rowsByBarCount(rows);
  const texts = split.map((r) => r.reduce((acc, l) => joinWrapped(acc, l.text), ''));
  return emitPipeRowRuns(builder, texts, (from, to) => provOf(split.slice(from, to + 1).flat()));
}

const bars = (lines: Line[]) => lines.reduce((n, l) => n + cellBars(l.text), 0);

/**
 * Rows whose last line reached the margin run on into the next row: its bars, or a run of empty cells, filled the
 * line to the edge. The rows of one pipe table hold as many bars each (most of them, at least three, show the count):
 * a run holding more is cut at the end of a line where that many bars are complete.
 */
function rowsByBarCount(rows: Line[][]): Line[][] {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(bars(r), (counts.get(bars(r)) ?? 0) + 1);
  const [width, seen] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (width < 2 || seen < 3) return rows;
  const out: Line[][] = [];
  for (const r of rows) {
    let cur: Line[] = [];
    for (const l of r) {
      cur.push(l);
      if (bars(cur) === width && /\|\s*$/.test(l.text)) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
  }
  return out;
}

/**
 * Paragraphs a printed line each (a Word document with a hard return at every line, its paragraphs spaced apart:
 * "…全年执行数为" / "1,420.33万元，预算执行率为…"): each that a page broke goes on in the next, by the rule the
 * Markdown and .docx readers follow (printedLineJoins), so that an amount cut from its words is read as there.
 */
function joinPrintedLines(drafts: Draft[]): void {
  const joins = printedLineJoins(drafts.map((d) => (d.kind === 'para' && !isHeading(d.para) ? paraText(d.para) : null)));
  // from the last: a chain of joins gathers into its first paragraph
  for (const [i, n] of [...joins].sort((a, b) => b[0] - a[0])) {
    const [into, from] = [drafts[i], drafts[n]];
    if (into.kind !== 'para' || from.kind !== 'para') continue;
    into.para.lines.push(...from.para.lines);
    drafts.splice(n, 1);
  }
}

function emitTable(t: DraftTable, builder: BlockBuilder): void {
  const rows: RawCell[][] = t.rows
    .filter((r) => r.length > 0)
    .map((r) =>
      r.map((c) => ({
        raw: cellText(c),
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        prov: { page: c.page, lines: c.lineNos, bbox: c.bbox },
      })),
    );
  builder.table(rows, { page: t.page, lines: t.lineNos, bbox: t.bbox });
}
