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
import { cellTokensOf } from './flatLists.ts';
import { nameAt } from './inlineLists.ts';
import type { TaskMeasure } from './names.ts';
import { BLOCK_LABEL, columnOf, EMPTY_VALUE, SOURCE_COLUMN, WHOLE_BUDGET } from './projectTables.ts';

/** The column of task names. */
const TASK_NAME = /^(?:任务名称|主要任务名称|重点任务名称)$/;
/** A column of words beside the name. */
const WORDS_COLUMN = /^(?:主要内容|任务内容|工作内容|对应项目|实施内容)$/;
/** A group header over the money columns, with the unit: 预算金额(万元). */
const MONEY_GROUP = /^(?:预算金额|预算资金|预算数|资金|金额)\((万元|元|亿元)\)$/;
/** A column of words after the money: how the task went. */
const TRAILING_WORDS = /^(?:完成情况|实际完成情况|备注|完成进度)$/;

type Column = { money: TaskMeasure | 'other' } | 'words';
type Token = ReturnType<typeof cellTokensOf>[number];

export function readMainTasks(segments: Segment[], year: number | null): TaskFragment[][] {
  const tokens = cellTokensOf(segments);
  const texts = tokens.map((t) => t.text.replace(/\s/g, ''));
  const out: TaskFragment[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!TASK_NAME.test(texts[i])) continue;
    const header = headerAfter(texts, i + 1, year);
    if (!header || !header.columns.some((c) => c !== 'words' && c.money !== 'other')) continue;
    const rows: TaskFragment[][] = [];
    let p = header.end;
    for (;;) {
      const row = rowAt(tokens, p, header.columns, header.unit);
      if (!row) break;
      rows.push(row.fragments);
      p = row.end;
    }
    if (rows.length >= 2) {
      out.push(...rows);
      i = p - 1;
    }
  }
  return out;
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

/** One row at `p`: a name, then one cell per column; null where the row does not read so. */
function rowAt(tokens: Token[], p: number, columns: Column[], unit: Unit): { fragments: TaskFragment[]; end: number } | null {
  const nameToken = tokens[p];
  if (!nameToken || cellNumber(nameToken.text) || TASK_NAME.test(nameToken.text)) return null;
  const name = nameAt(nameToken.segment, nameToken.start, nameToken.text, { column: true });
  if (!name) return null;
  const fragments: TaskFragment[] = [];
  let q = p + 1;
  for (const column of columns) {
    const cell = tokens[q];
    if (!cell) return null;
    const n = cellNumber(cell.text);
    if (column === 'words') {
      if (n) return null;
    } else if (!n && !EMPTY_VALUE.test(cell.text)) return null;
    else if (n && column.money !== 'other') {
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
