/**
 * Numbered project lists flattened to text: one cell per line, or a row per line with its cells
 * separated by spaces, as evaluation notices copied from a web page arrive:
 *
 *   序号 主管部门 项目名称 资金量(万元) 等级
 *   1 A局 B项目 50 优
 *   2 C局 D项目 120.5 良
 *
 * Header words glued together by the removal of spaces between Chinese characters
 * ("序号主管部门项目名称") are split with the list-header vocabulary below; a run of headers
 * with a project-name column and a money or rate column opens the list. Then every row is
 * exactly one cell per header, its serial number 1, 2, 3 … under 序号, and every cell of a known
 * kind holds that kind (a name under 项目名称, a number under a money column, a grade under 等级). The first row that breaks this ends the list: cells lost or glued in flattening would
 * shift every column after them, and a shifted reading is worse than none.
 */
import type { Unit } from '../../model/record.ts';
import { cellNumber, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { rawOffset } from '../../parse/normalize.ts';
import type { Segment } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import type { TaskMeasure } from './names.ts';
import { columnOf, NAME_COLUMN } from './projectTables.ts';

interface Token {
  text: string;
  segment: Segment;
  start: number;
  /** The line of the original paragraph the cell is on. */
  line: number;
}

type Kind = 'serial' | 'name' | 'grade' | 'score' | { measure: TaskMeasure; unit?: Unit } | null;

/** Words that head columns of project lists, used to split glued header runs (longest match first). */
const LIST_HEADERS = [
  '序号',
  '主管部门',
  '主管单位',
  '单位名称',
  '实施单位',
  '预算单位',
  '项目单位',
  '部门名称',
  '项目类别',
  '项目类型',
  '资金来源',
  '备注',
  '评价等级',
  '自评等级',
  '绩效等级',
  '评价结果',
  '等级',
  '自评得分',
  '评价得分',
  '得分',
  '分值',
  '项目名称',
  '子项目名称',
  '二级项目名称',
  '任务名称',
  '资金名称',
  '专项资金名称',
  '项目内容',
  '资金量',
  '资金规模',
  '资金金额',
  '资金总额',
  '涉及资金',
  '评价资金',
  '项目资金',
  '项目金额',
  '预算资金',
  '预算金额',
  '预算数',
  '金额',
  '年初预算数',
  '全年预算数',
  '调整后预算数',
  '执行数',
  '全年执行数',
  '实际支出',
  '支出金额',
  '执行率',
  '预算执行率',
].sort((a, b) => b.length - a.length);
const HEADER_UNIT = /^\((?:万元|元|亿元|千元|%)\)/;
const UNIT_DECLARATION = /单位\s*[:]?\s*(万元|元|亿元|千元)/;
const GRADE = /^(?:优秀|良好|优|良|中|差|合格|不合格|较差|[A-D]级?)$/;

/** "序号主管部门项目名称" → ["序号", "主管部门", "项目名称"]; null unless the whole token is headers. */
function splitHeaders(text: string): string[] | null {
  const out: string[] = [];
  let rest = text;
  while (rest) {
    const word = LIST_HEADERS.find((h) => rest.startsWith(h));
    if (!word) return null;
    const unit = HEADER_UNIT.exec(rest.slice(word.length))?.[0] ?? '';
    out.push(word + unit);
    rest = rest.slice(word.length + unit.length);
  }
  return out;
}

function kindOf(header: string, year: number | null): Kind {
  if (header === '序号') return 'serial';
  if (NAME_COLUMN.test(header)) return 'name';
  if (/等级|评价结果/.test(header)) return 'grade';
  if (/得分|分值/.test(header)) return 'score';
  const column = columnOf(header, year);
  return column && !column.otherYear ? { measure: column.measure, ...(column.unit ? { unit: column.unit } : {}) } : null;
}

/**
 * The cells of paragraphs: the original's lines and spaces separate them. Normalization drops
 * line breaks and spaces between Chinese characters ("县水务局\n农村饮水…" becomes one word), so
 * cells are cut from the original (raw) text and mapped back to the normalized text.
 */
export function cellTokensOf(segments: Segment[]): Token[] {
  const out: Token[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') continue;
    const raw = seg.source.raw ?? seg.source.text;
    let line = 0;
    let lineEnd = raw.indexOf('\n');
    for (const m of raw.matchAll(/\S+/g)) {
      while (lineEnd >= 0 && m.index > lineEnd) {
        line++;
        lineEnd = raw.indexOf('\n', lineEnd + 1);
      }
      const start = normalizedIndex(seg, m.index);
      const end = normalizedIndex(seg, m.index + m[0].length);
      const span = seg.text.slice(start, end);
      const text = span.trim();
      if (text) out.push({ text, segment: seg, start: start + (span.length - span.trimStart().length), line });
    }
  }
  return out;
}

/** The first normalized index whose raw offset is at or after raw index `r` (raw offsets grow with the index). */
function normalizedIndex(seg: Segment, r: number): number {
  let lo = 0;
  let hi = seg.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rawOffset(seg.source, mid) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function readFlatLists(segments: Segment[], year: number | null): TaskFragment[][] {
  const tokens = cellTokensOf(segments);
  const out: TaskFragment[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!splitHeaders(tokens[i].text) || (i > 0 && splitHeaders(tokens[i - 1].text))) continue;
    // the header run: tokens made only of header words, from 序号 on
    const headers: string[] = [];
    let j = i;
    for (let split; j < tokens.length && (split = splitHeaders(tokens[j].text)); j++) headers.push(...split);
    const kinds = headers.map((h) => kindOf(h, year));
    const nameCol = kinds.indexOf('name');
    const measures = kinds.filter((k): k is { measure: TaskMeasure; unit?: Unit } => typeof k === 'object' && k !== null);
    if (nameCol < 0 || !measures.length) continue;
    if (new Set(measures.map((m) => m.measure)).size !== measures.length) continue;
    const unit = (UNIT_DECLARATION.exec(tokens[i].segment.text)?.[1] as Unit | undefined) ?? '万元';
    const rows: TaskFragment[][] = [];
    let p = j;
    for (let n = 1; p + headers.length <= tokens.length; n++, p += headers.length) {
      const row = readRow(tokens.slice(p, p + headers.length), kinds, n, unit);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length >= 2) out.push(...rows);
    i = Math.max(i, p - 1);
  }
  return out;
}

function readRow(cells: Token[], kinds: Kind[], n: number, unit: Unit): TaskFragment[] | null {
  let name: string | null = null;
  const values: { measure: TaskMeasure; token: Token; value: string; unit: Unit }[] = [];
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c];
    const t = cells[c];
    if (kind === 'serial') {
      if (t.text !== String(n)) return null;
    } else if (kind === 'name') {
      if (cellNumber(t.text)) return null;
      name = nameAt(t.segment, t.start, t.text);
      if (!name) return null;
    } else if (kind === 'grade') {
      if (!GRADE.test(t.text)) return null;
    } else if (kind === 'score') {
      if (!cellNumber(t.text)) return null;
    } else if (kind) {
      const v = cellNumber(t.text);
      if (!v) return null;
      const u: Unit = kind.measure === 'rate' ? '%' : v.unit || kind.unit || unit;
      if (kind.measure === 'rate' ? u !== '%' : !isMoneyUnit(u)) return null;
      values.push({ measure: kind.measure, token: t, value: v.value, unit: u });
    }
  }
  const taskName = name;
  if (!taskName || !values.length) return null;
  return values.map((v) => ({
    name: taskName,
    measure: v.measure,
    value: v.value,
    unit: v.unit,
    segment: v.token.segment,
    start: v.token.start,
    end: v.token.start + v.token.text.length,
  }));
}
