/**
 * Several projects' forms in one document, each a form of label cells and their values: a budget's
 * 项目支出绩效目标表 for each of its projects, a run of 项目绩效目标申报表, copied as pipe rows, one cell a
 * line or spaced text:
 *
 *   | 项目名称 | 耕地保护宣传 |        | 项目名称 | 动物防疫 |
 *   | 预算金额(万元) | 12 |          | 预算金额(万元) | 45.5 |
 *   | 年度目标 | 开展宣传 |          | 年度目标 | 完成防疫 |
 *
 * A form opens at a 项目名称 label cell, the project's name in the cell after it, and runs to the next form's
 * 项目名称 (the last one to the next heading or the document's end). Its money is a label cell that is a cue
 * (names.ts `cueMeasure`: 预算金额, 资金总额, 年度资金总额, 申报金额, 执行数, 执行率) and one value after it,
 * no second number (a row of columns, 年度资金总额 | 43.2 | 43.2 | 37.24, is the table readers'). What makes
 * the forms tasks is siblings: two forms at least, of different names. One form alone is a one-project
 * document's own figures (convention 7).
 *
 * The forms are also where the document states no figure of its own: a project's amount, rate or score inside
 * its form is that project's (LABELS.md convention 7), so the figures read there are dropped (index.ts
 * `withoutFiguresInsideForms`). A form whose money is a 预算数 | 执行数 table under its 项目名称 is read by
 * tables.ts instead (`projectsWithTables`), which counts the projects over their tables, not these forms.
 */
import type { Unit } from '../../model/record.ts';
import { cellNumber, findNumbers } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import type { Token } from '../tables.ts';
import { itemScopesOf, linesOf, type Segment } from '../text.ts';
import { cellTokensOf } from './flatLists.ts';
import { nameAt } from './inlineLists.ts';
import { cueMeasure, unitFitsMeasure } from './names.ts';
import { LABEL_LIKE, NAME_LABEL } from './projectTables.ts';

/** A money label's unit in brackets ("预算金额(万元)"), which a bare value is in. */
const LABEL_UNIT = /\((万元|元|亿元)\)$/;
/** A header cell before 项目名称: the row is a list's header ("序号 | 项目名称 | 备注"), no form's field. */
const LIST_HEADER_BEFORE = /^(?:序号|编号|项目编码|项目编号|单位名称|部门名称)$/;
/** A label cell, as forms write it: words only, a unit in brackets or a colon after them perhaps. */
const LABEL_CELL = /^[\u4e00-\u9fff]{2,12}(?:\((?:万元|元|亿元|%)\))?:?$/;

/** A form's title run into the 项目名称 label after it ("项目支出绩效自评表项目名称"): the title, which the label is not. */
const TITLE_BEFORE_LABEL = /^[\u4e00-\u9fff()\d]{2,40}?(?:自评表|评价表|目标表|申报表)(?=(?:项目|任务|资金|专项)?名称$)/;

/** A place in the document: a segment and an offset in it. */
interface Place {
  segment: Segment;
  start: number;
}

export interface ProjectForm {
  name: string;
  /** Where the form opens (its 项目名称 cell, its section's marker) and where the next one (or a heading) opens: its extent. */
  from: Place;
  to: Place | null;
  fragments: TaskFragment[];
}

/** A form's cell: a paragraph's knows the source line it was read on. */
type FormCell = Token & { line?: number };

const compact = (t: Token) => t.text.replace(/\s/g, '').replace(/:$/, '');

/**
 * Each project's form in the document's cells, with its money. Empty unless two forms
 * at least name different projects.
 */
export function readProjectForms(segments: Segment[]): ProjectForm[] {
  const filled = cellsOf(segments);
  const opens: { at: number; name: string }[] = [];
  for (let i = 0; i + 1 < filled.length; i++) {
    // (the form's title may run into the label where a PDF's text lost the space between them: "项目支出绩效自评表项目名称:")
    const label = compact(filled[i]).replace(TITLE_BEFORE_LABEL, '');
    if (!NAME_LABEL.test(label) || (i > 0 && LIST_HEADER_BEFORE.test(compact(filled[i - 1])))) continue;
    const cell = filled[i + 1];
    const text = cell.text.trim();
    if (cellNumber(text) || cueMeasure(compact(cell)) || LABEL_LIKE.test(compact(cell)) || NAME_LABEL.test(compact(cell))) continue;
    const name = nameAt(cell.segment, cell.start + (cell.text.length - cell.text.trimStart().length), text, { column: true });
    if (name) opens.push({ at: i, name });
  }
  if (new Set(opens.map((o) => o.name)).size < 2) return [];
  return opens.map((open, k) => {
    const end = k + 1 < opens.length ? opens[k + 1].at : headingAfter(filled, open.at);
    return {
      name: open.name,
      from: filled[open.at],
      to: end < filled.length ? filled[end] : null,
      fragments: formMoney(filled.slice(open.at + 2, end), open.name),
    };
  });
}

/**
 * The document's cells in reading order: a table's cells, a paragraph's pipe cells or its pieces set apart by spaces in
 * the source (the spaces a copy keeps between a form's cells, which normalization drops between Chinese words), and a
 * heading whole (it ends the last form).
 */
function cellsOf(segments: Segment[]): FormCell[] {
  const out: FormCell[] = [];
  for (const seg of segments) {
    if (seg.kind === 'paragraph') {
      for (const t of cellTokensOf([seg]))
        out.push({ text: t.text, segment: seg, start: t.start, end: t.start + t.text.length, line: t.line });
      continue;
    }
    const text = seg.text.trim();
    if (text) out.push({ text, segment: seg, start: seg.text.indexOf(text), end: seg.text.indexOf(text) + text.length });
  }
  return out;
}

/** Where the last form ends: the next heading, or the document's end. */
function headingAfter(filled: Token[], from: number): number {
  for (let i = from + 1; i < filled.length; i++) if (filled[i].segment.kind === 'heading') return i;
  return filled.length;
}

/** A form's money: each cue label with one value after it, the first of each measure. */
function formMoney(cells: FormCell[], name: string): TaskFragment[] {
  const out: TaskFragment[] = [];
  for (let j = 0; j + 1 < cells.length; j++) {
    const label = compact(cells[j]);
    if (!LABEL_CELL.test(label)) continue;
    const measure = cueMeasure(label.replace(LABEL_UNIT, ''));
    if (!measure || out.some((f) => f.measure === measure)) continue;
    const value = cells[j + 1];
    const n = cellNumber(value.text);
    // a second number after the value: a row of columns (年初预算数 | 全年预算数 | 全年执行数), the table readers'
    if (!n || (j + 2 < cells.length && cellNumber(cells[j + 2].text))) continue;
    const unit = (measure === 'rate' ? n.unit : n.unit || LABEL_UNIT.exec(label)?.[1] || groupUnit(cells, j) || '') as Unit;
    if (!unitFitsMeasure(measure, unit)) continue;
    out.push({ name, measure, value: n.value, unit, segment: value.segment, start: value.start, end: value.end });
  }
  return out;
}

/**
 * The unit of the group label a cue sits under, the cell before it in its row: the national template's funds rows put the
 * unit on the group ("项目资金(万元) | 年度资金总额 | 85.00", its 其中:财政拨款 and 其他资金 rows under it), not on the cue.
 * Only a label cell, in the cue's own row where the cells know their rows (a value before the cue is another field's).
 */
function groupUnit(cells: FormCell[], cue: number): string | undefined {
  const group = cells[cue - 1];
  if (!group || !LABEL_CELL.test(compact(group)) || !sameRow(cells, group, cells[cue])) return undefined;
  return LABEL_UNIT.exec(compact(group))?.[1];
}

/**
 * Whether two cells may stand in one row: a table's row, one source line of a paragraph's cells (the line cellTokensOf
 * read it on: normalization drops the break between Chinese words), or two lines of a copy one cell a line (each alone on
 * its line), where the rows are lost and the cells run on in their order.
 */
function sameRow(cells: FormCell[], a: FormCell, b: FormCell): boolean {
  if (a.segment.cell && b.segment.cell) return a.segment.blockId === b.segment.blockId && a.segment.cell.row === b.segment.cell.row;
  if (a.segment !== b.segment || a.line === undefined || b.line === undefined) return false;
  const alone = (t: FormCell) => !cells.some((c) => c !== t && c.segment === t.segment && c.line === t.line);
  return a.line === b.line || (alone(a) && alone(b));
}

/**
 * A form's 项目名称 field run together with its value and the field after it, as a doc-sharing site copies a form with its
 * cells' borders gone ("…自评表(2020年度)项目名称演出设备更新专项经费主管部门新洲区楚剧团实施单位…"). Group 1: the name.
 */
const RUN_TOGETHER_NAME = /项目名称\s*:?\s*([^\d\s|,;:。]{2,40}?)(?=主管部门|主管单位|实施单位|预算单位|项目单位|项目负责人)/g;

/**
 * Several projects' forms copied with their cells run together (RUN_TOGETHER_NAME), two names at least and different:
 * each form's extent, to the next one's name (the last to its paragraph's end), and no money, which the run leaves uncut.
 * Inside them nothing is the document's own figure (index.ts withoutFiguresInsideForms); a one-form copy is the
 * document's own.
 */
export function readRunTogetherForms(segments: Segment[]): ProjectForm[] {
  const opens: { segment: Segment; start: number; name: string }[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    for (const m of seg.text.matchAll(RUN_TOGETHER_NAME)) {
      const name = nameAt(seg, m.index + m[0].length - m[1].length, m[1], { column: true });
      if (name) opens.push({ segment: seg, start: m.index, name });
    }
  }
  if (new Set(opens.map((o) => o.name)).size < 2) return [];
  return opens.map((open, k) => {
    const next = opens[k + 1];
    const to = next ? { segment: next.segment, start: next.start } : { segment: open.segment, start: open.segment.text.length };
    return { name: open.name, from: { segment: open.segment, start: open.start }, to, fragments: [] };
  });
}

/**
 * A project's section opening a line with its ordinal ("项目一:A项目,项目全年预算数…,完成预算的100%。", "项目二:…"),
 * the report on several projects written one section each: the section's name up to its first stop, its money in
 * its first sentence.
 */
const SECTION_OPEN = /^\s*项目([一二三四五六七八九十]{1,3})\s*[:、]\s*/;
/** The most characters of a scope an opener is read in (项目十二 : with the spaces a copy puts in). */
const OPENER_READ = 12;
/** Where a section's name ends: its first stop. */
const NAME_END = /[,;。]/;

/**
 * Several projects' sections (SECTION_OPEN), their ordinals in sequence from 一, two at least: each section's name and the
 * money of its first sentence, each number a cue's (names.ts `cueMeasure`) with the clause before it, the first of each
 * measure. A masked amount ("全年预算数*元") is no number and gives nothing; the rate may then stand alone.
 */
export function readProjectSections(segments: Segment[]): ProjectForm[] {
  const opens: { segment: Segment; start: number; end: number; ordinal: string; name: string; sentence: string }[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    // item scopes, not lines: a .docx or PDF copy runs the sections into one line, a pdftotext copy wraps them at its margin
    // (text.ts itemScopesOf); a section runs on to the next one's opener across those wraps
    const starts = itemScopesOf(seg)
      // (the opener read past its scope's end: a margin may cut it, 项 | 目二:)
      .map((scope) => ({ at: scope.start, m: SECTION_OPEN.exec(seg.text.slice(scope.start, scope.start + OPENER_READ)) }))
      .filter((o): o is { at: number; m: RegExpExecArray } => o.m !== null);
    starts.forEach(({ at, m }, k) => {
      const text = seg.text.slice(at, k + 1 < starts.length ? starts[k + 1].at : seg.text.length);
      const rest = text.slice(m[0].length);
      const stop = rest.search(NAME_END);
      if (stop <= 0) return;
      const name = nameAt(seg, at + m[0].length, rest.slice(0, stop));
      if (!name) return;
      const sentence = text.slice(0, (text.search(/。/) + 1 || text.length + 1) - 1);
      // (the last section runs to the end of the line its first sentence ends on: what follows may be the report's own again)
      const line = linesOf(seg).find((l) => l.end >= at + sentence.length);
      const end = Math.min(line?.end ?? seg.text.length, at + text.length);
      opens.push({ segment: seg, start: at, end, ordinal: m[1], name, sentence });
    });
  }
  if (opens.length < 2 || opens.some((o, k) => o.ordinal !== ORDINALS[k]) || new Set(opens.map((o) => o.name)).size < opens.length)
    return [];
  return opens.map((open, k) => {
    const next = opens[k + 1];
    return {
      name: open.name,
      from: { segment: open.segment, start: open.start },
      to: next ? { segment: next.segment, start: next.start } : { segment: open.segment, start: open.end },
      fragments: sectionMoney(open.segment, open.start, open.sentence, open.name),
    };
  });
}

const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function sectionMoney(segment: Segment, at: number, sentence: string, name: string): TaskFragment[] {
  const out: TaskFragment[] = [];
  for (const n of findNumbers(sentence)) {
    const before = sentence.slice(0, n.start);
    const clause = before.slice(before.search(/[^,;:]*$/));
    const measure = cueMeasure(clause);
    if (!measure || out.some((f) => f.measure === measure)) continue;
    const unit = n.unit as Unit;
    if (!unitFitsMeasure(measure, unit)) continue;
    out.push({ name, measure, value: n.value, unit, segment, start: at + n.start, end: at + n.end });
  }
  return out;
}
