/**
 * An allocation table whose items are its columns, for the one unit it gives them to, their total last:
 *
 *   2024年基本公共卫生服务中央补助资金分配表   单位:万元
 *   | 项目单位 | 12项基本公共卫生服务 | 重点地方病防治 | 职业病防治 | 本次下达资金金额 |
 *   | 卫健局   | 257.5               | 12.09          | 9.1        | 278.69           |
 *
 * Each item column is a line of money of its own (convention 7), its header the name and its cell the amount. With
 * several units below, the units are the rows (projectTables.ts reads each one's total); with one, the columns are what
 * the money is divided into. Read only where every cell after the unit's name is an amount, two items at least, and
 * the item cells add up to the total cell exactly; where no item's header is a measure (预算数, 执行数: a one-project
 * form's own figures) or a source of the money (中央资金, 省级资金: the whole split by who gave it); and where the table's
 * title or its total's header says what the money is (分配, 下达, 安排: the budget; 支出, 使用: the spending).
 */
import type { Document } from '../../model/document.ts';
import type { Unit } from '../../model/record.ts';
import { isMoneyUnit, moneyCell, sumOf } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, segmentAt, simplify, textAbove } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import type { TaskMeasure } from './names.ts';
import { columnOf, NAME_COLUMN, placeColumn, sourceOrLevel, unitOf } from './projectTables.ts';
import { RECIPIENT_HEADER, ROW_TOTAL_HEADER } from '../../model/wordings.ts';

/** What the title or the total's header says the money is: what is given out, or what was spent. */
const GIVEN = /分配|下达|安排|预算/;
const SPENT = /支出|使用|拨付|执行/;

export function readItemColumns(doc: Document, segments: Segment[], year: number | null): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.type !== 'table' || block.rows.length !== 2) return;
    // (a merged cell is an empty one here, extract() having laid every table on its grid: an empty header or cell refuses)
    if (block.rows.some((row) => row.length !== block.rows[0].length)) return;
    const [header, row] = block.rows.map((r) => r.map((c) => simplify(c.text).replace(/\s/g, '')));
    const last = header.length - 1;
    if (last < 3 || !(RECIPIENT_HEADER.test(header[0]) || placeColumn(header[0]) || NAME_COLUMN.test(header[0]))) return;
    if (!row[0] || /\d/.test(row[0]) || !ROW_TOTAL_HEADER.test(header[last])) return;
    const items = header.slice(1, last);
    if (items.some((h) => !h || columnOf(h, year) || sourceOrLevel(h) || ROW_TOTAL_HEADER.test(h))) return;
    const cells = row.slice(1).map((t) => moneyCell(t));
    // (a cell's own unit, else the table's: one for them all)
    if (cells.some((c) => !c || (c.unit && !isMoneyUnit(c.unit)))) return;
    const amounts = cells as { value: string; unit: Unit }[];
    if (new Set(amounts.map((c) => c.unit)).size !== 1) return;
    if (!sumOf(amounts.slice(0, -1).map((c) => c.value)).equals(amounts[amounts.length - 1].value)) return;
    const words = `${textAbove(doc, blockIndex).join(' ')} ${header[last]}`;
    const measure: TaskMeasure | null = SPENT.test(header[last]) ? 'executed' : GIVEN.test(words) ? 'budget' : null;
    if (!measure) return;
    const unit = unitOf(doc, blockIndex, [header, row], 0);
    const fragments: TaskFragment[] = [];
    for (const k of items.keys()) {
      const nameSeg = segmentAt(segments, block.id, 0, k + 1);
      const valueSeg = segmentAt(segments, block.id, 1, k + 1);
      const name = nameSeg ? nameAt(nameSeg, 0, nameSeg.text, { column: true }) : null;
      if (!name || !valueSeg) return;
      const amount = amounts[k];
      fragments.push({
        name,
        measure,
        value: amount.value,
        unit: amount.unit || unit,
        segment: valueSeg,
        start: 0,
        end: valueSeg.text.length,
      });
    }
    if (new Set(fragments.map((f) => f.name)).size === fragments.length) out.push(...fragments.map((f) => [f]));
  });
  return out;
}
