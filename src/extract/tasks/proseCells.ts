/**
 * Project lists whose money is written as a sentence in one cell (an evaluation notice or a report's
 * project table):
 *
 *   | 项目名称 | 预算执行情况 |
 *   | 河道清淤工程 | 预算300万元,执行300万元,执行率100% |
 *
 * The header has a project-name column and a column that says it describes the money (预算执行情况,
 * 资金使用情况, 资金安排情况); each row's cell is read as an item's clause: cue and amount pieces from
 * its start (预算 / 执行 / 执行率, names.ts), until the first piece that is not one. A cell that opens
 * with anything else (a change on last year, an output) gives nothing, and the table gives tasks only
 * with at least two project rows, as the project tables do (a one-project table's figures are its own).
 * A copy one cell a paragraph keeps the order: the two header cells, then each row's name and sentence.
 */
import type { Document } from '../../model/document.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, segmentAt, simplify } from '../text.ts';
import { moneyOpening } from './enumerated.ts';
import { nameAt } from './inlineLists.ts';
import { NAME_COLUMN } from './projectTables.ts';

/** A column that tells of the money in words: 预算执行情况, 资金使用情况, 资金安排及使用情况, 经费支出情况. */
const MONEY_PROSE_COLUMN = /^(?:项目)?(?:预算|资金|经费)(?:(?:执行|使用|支出|安排|拨付|下达)(?:及|和|与)?)*(?:情况|说明)$/;

export function readProseCells(doc: Document, segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    const texts = block.rows.map((row) => row.map((c) => simplify(c.text).replace(/\s/g, '')));
    const headerAt = texts.findIndex(
      (row, r) => r < 6 && row.some((t) => NAME_COLUMN.test(t)) && row.some((t) => MONEY_PROSE_COLUMN.test(t)),
    );
    if (headerAt < 0) continue;
    const header = texts[headerAt];
    const nameCol = header.findIndex((t) => NAME_COLUMN.test(t));
    const moneyCol = header.findIndex((t) => MONEY_PROSE_COLUMN.test(t));
    const rows: TaskFragment[][] = [];
    for (let r = headerAt + 1; r < block.rows.length; r++) {
      // a row of the header's width: a merged or lost cell leaves the sentence's column unknown
      if (texts[r].length !== header.length) continue;
      const nameSeg = segmentAt(segments, block.id, r, nameCol);
      const moneySeg = segmentAt(segments, block.id, r, moneyCol);
      if (!nameSeg || !moneySeg) continue;
      const name = nameAt(nameSeg, 0, nameSeg.text, { column: true });
      if (!name) continue;
      const money = moneyOpening(moneySeg, name);
      if (money.length) rows.push(money);
    }
    if (rows.length >= 2) out.push(...rows);
  }
  return out;
}

/**
 * The same list flattened one cell a paragraph: "项目名称" and "预算执行情况" on paragraphs of their own, then
 * each project's name and its sentence in turn, read while the pairs last (a name with no number of its
 * own, a sentence that opens with cue and amount pieces); two pairs at least.
 */
export function readFlatProseCells(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  const paragraphs = segments.filter((s) => s.kind === 'paragraph');
  const bare = (s: Segment | undefined) => (s ? s.text.replace(/\s/g, '') : '');
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (!NAME_COLUMN.test(bare(paragraphs[i])) || !MONEY_PROSE_COLUMN.test(bare(paragraphs[i + 1]))) continue;
    const rows: TaskFragment[][] = [];
    let j = i + 2;
    for (; j + 1 < paragraphs.length; j += 2) {
      const nameSeg = paragraphs[j];
      if (/\d/.test(nameSeg.text)) break;
      const name = nameAt(nameSeg, 0, nameSeg.text, { column: true });
      const money = name ? moneyOpening(paragraphs[j + 1], name) : [];
      if (!money.length) break;
      rows.push(money);
    }
    if (rows.length >= 2) out.push(...rows);
    i = Math.max(i, j - 1);
  }
  return out;
}
