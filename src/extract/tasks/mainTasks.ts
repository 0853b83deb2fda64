/**
 * The 年度主要任务 block of the national 部门整体支出绩效自评表 (and of its 目标申报表), copied as text
 * one cell per line or one row per line:
 *
 *   年度主要任务 任务名称 主要内容 预算金额(万元) 总额 财政资金 其他资金
 *   农村人居环境整治 开展村庄清洁行动 100 100 0
 *   高标准农田建设 新建高标准农田1万亩 500 500 0
 *
 * The header names the task column (任务名称), perhaps a column of words beside it (主要内容), then
 * money columns: 总额 under a 预算金额 group is each task's budget, the funding-source columns after
 * it (财政资金, 其他资金) are read past, and a column the task vocabulary names (预算数, 执行数,
 * 执行率) is that measure. Every row must then be exactly a name, its words and one number (or a
 * dash) per money column; the first row that is not ends the block, and one row alone is no list.
 * (A real table of this form is read by projectTables.ts, whose name column 任务名称 is.)
 */
import type { Unit } from '../../model/record.ts';
import { cellNumber, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import type { Segment } from '../text.ts';
import { cellTokensOf, NAME_PIECE, withWrappedHeaders } from './flatLists.ts';
import { nameAt } from './inlineLists.ts';
import type { TaskMeasure } from './names.ts';
import { BLOCK_LABEL, columnOf, EMPTY_VALUE, SOURCE_COLUMN, WHOLE_BUDGET } from './projectTables.ts';

/** The column of task names. */
const TASK_NAME = /^(?:任务名称|主要任务名称|重点任务名称)$/;
/** A column of words beside the name (a self-evaluation's 完成情况 stands there, before the money, in some sheets). */
const WORDS_COLUMN = /^(?:主要内容|任务内容|工作内容|对应项目|实施内容|完成情况|实际完成情况)$/;
/** 总额 heading its own column with the unit ("总额(万元) 财政拨款 其他资金"): the 预算金额 group left out of the copy. */
const WHOLE_WITH_UNIT = /^(?:总额|合计)\((万元|元|亿元)\)$/;
/** The label a task's row may open with under the merged 年度主要任务 cell: its number ("任务1", "任务二"). */
const TASK_LABEL = /^任务[\d一二三四五六七八九十]{1,3}$/;
/** A group header over the money columns, with the unit: 预算金额(万元). */
const MONEY_GROUP = /^(?:预算金额|预算资金|预算数|资金|金额)\((万元|元|亿元)\)$/;
/** A column of words after the money: how the task went. */
const TRAILING_WORDS = /^(?:完成情况|实际完成情况|备注|完成进度)$/;

type Column = { money: TaskMeasure | 'other' } | 'words';
type Token = ReturnType<typeof cellTokensOf>[number];

export function readMainTasks(segments: Segment[], year: number | null): TaskFragment[][] {
  const tokens = withWrappedHeaders(cellTokensOf(segments), year);
  const texts = tokens.map((t) => t.text.replace(/\s/g, ''));
  const out: TaskFragment[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TASK_NAME.test(texts[i])) continue;
    const header = headerAfter(texts, i + 1, year);
    if (!header || !header.columns.some((c) => c !== 'words' && c.money !== 'other')) continue;
    const rows: TaskFragment[][] = [];
    let p = header.end;
    for (;;) {
      const row = rowAt(tokens, p, header.columns, header.unit, rows.length + 1);
      if (!row) break;
      rows.push(row.fragments);
      p = wrappedPiecesAfter(tokens, row.end);
    }
    if (rows.length >= 2) {
      out.push(...rows);
      i = p - 1;
    }
  }
  return out;
}

/**
 * Past the pieces a layout copy wrapped below a row, each a line of its own ("1 学生资助 落实各学段 450 …" over "资助政策"):
 * the words column's end, read past (the task's name stands whole on the row's line, or no row reads). Up to three lines.
 */
function wrappedPiecesAfter(tokens: Token[], p: number): number {
  // (a row on one line: one cell a line, the next row's name is a line of its own too)
  const [last, before] = [tokens[p - 1], tokens[p - 2]];
  if (!last || !before || last.segment !== before.segment || last.line !== before.line) return p;
  let q = p;
  while (
    q - p < 3 &&
    tokens[q] &&
    NAME_PIECE.test(tokens[q].text) &&
    tokens[q - 1]?.segment === tokens[q].segment &&
    tokens[q - 1].line === tokens[q].line - 1 &&
    !(tokens[q + 1]?.segment === tokens[q].segment && tokens[q + 1].line === tokens[q].line)
  )
    q++;
  return q;
}

/** The columns after 任务名称 (the name's own column first), where the rows start, and the declared unit. */
function headerAfter(texts: string[], from: number, year: number | null): { columns: Column[]; end: number; unit: Unit } | null {
  const columns: Column[] = [];
  let unit: Unit = '万元';
  let p = from;
  if (WORDS_COLUMN.test(texts[p] ?? '')) {
    columns.push('words');
    p++;
  }
  let grouped = false;
  for (; p < texts.length; p++) {
    const t = texts[p];
    const group = MONEY_GROUP.exec(t);
    // "总额(万元)" before the funding sources: the group's whole column, its unit in its own header
    const whole = WHOLE_WITH_UNIT.exec(t);
    if (whole && !grouped && SOURCE_COLUMN.test(texts[p + 1] ?? '')) {
      grouped = true;
      unit = whole[1] as Unit;
      columns.push({ money: 'budget' });
      continue;
    }
    // "预算数(万元)" is a group only over its sub-columns (总额, 财政资金 …); followed by another measure
    // ("预算数(万元) 执行数(万元)") it is a column of its own, its unit declared
    const next = texts[p + 1] ?? '';
    if (group && !grouped && (WHOLE_BUDGET.test(next) || SOURCE_COLUMN.test(next))) {
      grouped = true;
      unit = group[1] as Unit;
      continue;
    }
    if (WHOLE_BUDGET.test(t) && grouped) columns.push({ money: 'budget' });
    else if (SOURCE_COLUMN.test(t) && grouped) columns.push({ money: 'other' });
    else {
      const column = BLOCK_LABEL.test(t) ? null : columnOf(t, year);
      if (!column) break;
      columns.push({ money: column.otherYear ? 'other' : column.measure });
      if (column.unit) unit = column.unit;
    }
  }
  if (TRAILING_WORDS.test(texts[p] ?? '')) {
    columns.push('words');
    p++;
  }
  return columns.some((c) => c !== 'words') ? { columns, end: p, unit } : null;
}

/**
 * One row at `p`: a name, then one cell per column; null where the row does not read so. A copy one cell a line
 * loses blank cells (a blank line ends a paragraph, no cell): a words column with nothing in it is read past when a
 * number stands on its own line where its words would, the funding-source columns closing the row are read past from the first cell
 * that is no number (the next row's name).
 * The row may open with its number under the merged 年度主要任务 cell: "任务1", or the serial it is expected to have.
 */
function rowAt(
  tokens: Token[],
  p: number,
  columns: Column[],
  unit: Unit,
  serial: number,
): { fragments: TaskFragment[]; end: number } | null {
  const label = tokens[p]?.text.replace(/\s/g, '') ?? '';
  if (TASK_LABEL.test(label) || label === String(serial)) p++;
  const nameToken = tokens[p];
  if (!nameToken || cellNumber(nameToken.text) || TASK_NAME.test(nameToken.text)) return null;
  const name = nameAt(nameToken.segment, nameToken.start, nameToken.text, { column: true });
  if (!name) return null;
  const fragments: TaskFragment[] = [];
  let q = p + 1;
  for (const [c, column] of columns.entries()) {
    const cell = tokens[q];
    if (!cell) return null;
    const n = cellNumber(cell.text);
    if (column === 'words') {
      // a blank words cell before the money, in a copy one cell a line: the number is the next column's (a row on
      // one line whose number stands where its words would does not fit the columns)
      const ownLine = cell.segment !== nameToken.segment || cell.line !== nameToken.line;
      if (n && c === 0 && ownLine && columns.slice(1).some((x) => x !== 'words')) continue;
      if (n) return null;
    } else if (!n && !EMPTY_VALUE.test(cell.text)) {
      // the funding sources' blank cells closing the row: the row ends where the next one's name stands
      if (fragments.length && columns.slice(c).every((x) => x !== 'words' && x.money === 'other')) return { fragments, end: q };
      return null;
    } else if (n && column.money !== 'other') {
      const u: Unit = column.money === 'rate' ? '%' : n.unit || unit;
      if (column.money === 'rate' ? u !== '%' : !isMoneyUnit(u)) return null;
      fragments.push({
        name,
        measure: column.money,
        value: n.value,
        unit: u,
        segment: cell.segment,
        start: cell.start,
        end: cell.start + cell.text.length,
      });
    }
    q++;
  }
  return fragments.length ? { fragments, end: q } : null;
}
