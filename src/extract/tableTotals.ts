/**
 * A task table's total row as a breakdown: the rows read as tasks, one under the other, and the row that totals them
 * (合计 / 总计) right after them or right under the header, each money column the task rows' budget or spending fill:
 *
 *   | 序号 | 项目名称 | 预算数(万元) | 执行数(万元) | 执行率 |
 *   | 1 | A | 120.00 | 110.00 | 91.67% |  …  | | 合计 | 260.00 | 254.00 | 97.69% |
 *
 * gives 合计(预算数) 260.00 of 120.00 + … and 合计(执行数) 254.00 of 110.00 + …, so that reconciliation sees a total
 * row its rows do not add up to (sum.amount). The rows are the whole only where nothing else stands between the header
 * and the total: a row the task readers refused (其中:财政资金, a group's 小计, a sub-item) makes the column's sum no
 * statement of the table, and the table is left alone; so is a column whose every row does not hold exactly the task's
 * amount (a column of another measure, a blank cell), and a table with no header over its rows (a list's part continued
 * from the page before, its total the whole list's).
 */
import { isMoneyUnit } from '../model/money.ts';
import type { Breakdown, StatedAmount, TaskLine, Unit } from '../model/record.ts';
import { findNumbers } from './numbers.ts';
import { normalizedOffset } from '../parse/normalize.ts';
import { evidenceOf, type Segment, simplify } from './text.ts';

/** The row that totals the rows above it (or below it, set first under the header). */
const TOTAL_ROW = /^(?:支出|金额|资金|项目)?(?:合计|总计)$/;

const MEASURES = [
  ['budget', '预算数'],
  ['executed', '执行数'],
] as const;

/** One number filling the cell ("120.00", "120.00万元"), or null. */
function soleNumber(cell: Segment | undefined) {
  if (!cell) return null;
  const found = findNumbers(cell.text, { bare: true });
  if (found.length !== 1) return null;
  const [n] = found;
  if (cell.text.slice(0, n.start).trim() || cell.text.slice(n.end).trim()) return null;
  return n;
}

/**
 * A row whose amount is the sum of the two or more rows right under it: the rows are of two levels (1 文化活动 75, 1.1 汇演
 * 45, 1.2 下乡 30), and the column's sum counts the sub-items twice.
 */
function parentRow(values: number[]): boolean {
  return values.some((v, i) => {
    let sum = 0;
    for (let j = i + 1; j < values.length; j++) {
      sum += values[j];
      if (j > i + 1 && Math.abs(sum - v) < 0.005) return true;
    }
    return false;
  });
}

/** Task rows by the block their evidence is in. */
function tasksByBlock(tasks: TaskLine[]): Map<string, TaskLine[]> {
  const out = new Map<string, TaskLine[]>();
  for (const t of tasks) {
    const list = out.get(t.evidence.blockId);
    if (list) list.push(t);
    else out.set(t.evidence.blockId, [t]);
  }
  return out;
}

const same = (a: string, b: string | null | undefined) => b !== null && b !== undefined && Number(a) === Number(b);

export function readTableTotals(segments: Segment[], tasks: TaskLine[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const [blockId, rowsTasks] of tasksByBlock(tasks.filter((t) => t.evidence.cell))) {
    const grid = new Map<number, Map<number, Segment>>();
    for (const seg of segments) {
      if (seg.blockId !== blockId || seg.kind !== 'cell' || !seg.cell) continue;
      const row = grid.get(seg.cell.row) ?? new Map<number, Segment>();
      row.set(seg.cell.col, seg);
      grid.set(seg.cell.row, row);
    }
    const byRow = new Map<number, TaskLine>();
    for (const t of rowsTasks) {
      const row = t.evidence.cell?.row as number;
      if (byRow.has(row)) {
        byRow.clear();
        break;
      }
      byRow.set(row, t);
    }
    const rows = [...byRow.keys()].sort((a, b) => a - b);
    if (rows.length < 2 || rows[rows.length - 1] - rows[0] + 1 !== rows.length) continue;
    const unit = rowsTasks[0].unit;
    if (!isMoneyUnit(unit) || rowsTasks.some((t) => t.unit !== unit)) continue;
    const label = (r: number) =>
      [...(grid.get(r)?.values() ?? [])].map((c) => simplify(c.text).replace(/\s/g, '')).find((t) => /[\u4e00-\u9fff]/.test(t)) ?? '';
    const first = rows[0];
    const last = rows[rows.length - 1];
    // the total row right after the rows, or right under the header, with nothing but the header above the rows
    const totalRow = TOTAL_ROW.test(label(last + 1)) ? last + 1 : TOTAL_ROW.test(label(first - 1)) ? first - 1 : null;
    if (totalRow === null) continue;
    const top = Math.min(first, totalRow);
    const above = [...grid.keys()].filter((r) => r < top);
    // no header over the rows: a list's part on the next page, whose total also counts the rows of the part before it
    if (!above.length) continue;
    // a header states no amount: a row above the rows with one is a row not read
    if (above.some((r) => [...(grid.get(r)?.values() ?? [])].some((c) => soleNumber(c)))) continue;
    const totalCells = grid.get(totalRow) ?? new Map<number, Segment>();
    for (const [col, cell] of totalCells) {
      const total = soleNumber(cell);
      if (!total || (total.unit !== '' && !isMoneyUnit(total.unit))) continue;
      const parts = rows.map((r) => ({ t: byRow.get(r) as TaskLine, cell: grid.get(r)?.get(col) }));
      const numbers = parts.map((p) => soleNumber(p.cell));
      if (numbers.some((n) => !n || (n.unit !== '' && n.unit !== (total.unit || unit)))) continue;
      const measure = MEASURES.find(([field]) => parts.every((p, i) => same(numbers[i]?.value as string, p.t[field])));
      if (!measure || parentRow(numbers.map((n) => Number(n?.value)))) continue;
      const u: Unit = (total.unit || unit) as Unit;
      const stated = (name: string, seg: Segment, n: NonNullable<ReturnType<typeof soleNumber>>): StatedAmount => ({
        name,
        value: n.value,
        unit: (n.unit || u) as Unit,
        evidence: evidenceOf(seg, n.start, n.end),
      });
      out.push({
        total: stated(`${label(totalRow)}(${measure[1]})`, cell, total),
        parts: parts.map((p, i) => stated(p.t.name, p.cell as Segment, numbers[i] as NonNullable<(typeof numbers)[number]>)),
        closed: true,
        whole: true,
      });
    }
  }
  return out;
}

/** The total row closing a list copied as text, right after its last row: "合计  1,063.00  1,045.25  98.33%". */
const LIST_TOTAL_ROW = /^\s*(?:支出|金额|资金|项目)?(?:合计|总计)\s*:?\s*((?:-?[\d,]+(?:\.\d+)?%?\s*){1,4})(?=\s|$)/;

/**
 * The same check for a list copied as text (a row a line, cells spaced; one cell a line), its rows read as tasks one after
 * the other in one paragraph and its total row right after the last of them. The total's amounts, in order, are the
 * columns the rows fill (budget, then spending; a signed rate passed over), and the rows are the whole only where every
 * amount between the first row's and the total is a row's own: a number in between that no row holds (a subtotal, a
 * sub-item, a number in a name) leaves the list alone.
 */
export function readListTotals(segments: Segment[], tasks: TaskLine[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (const [blockId, rows] of tasksByBlock(tasks.filter((t) => !t.evidence.cell && t.evidence.start !== undefined))) {
    const seg = segments.find((s) => s.blockId === blockId && s.kind === 'paragraph');
    const unit = rows[0].unit;
    if (!seg || rows.length < 2 || !isMoneyUnit(unit) || rows.some((t) => t.unit !== unit)) continue;
    const ordered = [...rows].sort((a, b) => (a.evidence.start ?? 0) - (b.evidence.start ?? 0));
    const measures = MEASURES.filter(([field]) => ordered[0][field] !== null);
    if (!measures.length || ordered.some((t) => MEASURES.some(([field]) => (t[field] === null) !== (ordered[0][field] === null)))) continue;
    // (a task's evidence is in the source's offsets: the segment's are found back through its offset map)
    const spans = ordered.map((t) => ({
      start: normalizedOffset(seg.source, t.evidence.start ?? 0),
      end: normalizedOffset(seg.source, t.evidence.end ?? 0),
    }));
    const from = spans[0].start;
    const lastEnd = spans[spans.length - 1].end;
    const total = LIST_TOTAL_ROW.exec(seg.text.slice(lastEnd));
    if (!total) continue;
    const totalAt = lastEnd + total[0].indexOf(total[1]);
    const amounts = findNumbers(total[1], { bare: true }).filter((n) => n.unit !== '%' && !/%/.test(total[1].slice(n.end, n.end + 1)));
    if (amounts.length !== measures.length) continue;
    // every amount between the first row and the total is a row's own
    const inRow = (at: number) => spans.some((r) => at >= r.start && at < r.end);
    // (a row's serial number before its name, "2 灌溉与排水工程", is no amount; nor is a table's own number, "表1")
    const amountsIn = (text: string) =>
      findNumbers(text, { bare: true }).filter(
        (n) => !(/^\d{1,3}$/.test(n.value) && /^\s?[\u4e00-\u9fff]/.test(text.slice(n.end))) && !/[表图]\s*$/.test(text.slice(0, n.start)),
      );
    if (amountsIn(seg.text.slice(from, lastEnd)).some((n) => !inRow(from + n.start))) continue;
    // …and none before the first row in its sentence: a row above it that was not read would be in the total
    const opening = seg.text.slice(seg.text.lastIndexOf('。', from) + 1, from);
    if (amountsIn(opening).length) continue;
    measures.forEach(([field, label], k) => {
      const n = amounts[k];
      const at = totalAt + n.start;
      out.push({
        total: {
          name: `合计(${label})`,
          value: n.value,
          unit: (n.unit || unit) as Unit,
          evidence: evidenceOf(seg, at, at + (n.end - n.start)),
        },
        parts: ordered.map((t) => ({ name: t.name, value: t[field] as string, unit, evidence: t.evidence })),
        closed: true,
        whole: true,
      });
    });
  }
  return out;
}
