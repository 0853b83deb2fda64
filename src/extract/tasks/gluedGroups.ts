/**
 * An allocation table run together when copied as text (a repost's one unbroken paragraph), its projects grouped by the
 * place that runs them, each group numbered and closed by its subtotal:
 *
 *   单位:万元序号单位项目金额1甲县A项目10B项目8小计182乙市C项目5D项目6小计11合计29
 *
 * Nothing separates a cell from the next, so the reading is taken only where the sums decide every cut: each group's
 * 小计 is the sum of its rows, its run of digits that sum then the next group's number (18|2, the serial cell merged
 * down beside the group's rows), and the 合计 is the sum of every row. A group opens with its number and a place named
 * for itself (甲县, 乙市), cut off its first project's name; a row's amount is the whole run of digits between two
 * names, a project's name passes names.ts `refusal`. Anything else (a group with no 小计, a row numbered of its own, a
 * digit inside a name, a sum that misses) leaves the table unread: a wrong cut is worse than none.
 */
import type { Unit } from '../../model/record.ts';
import { Decimal, sumOf } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, simplify } from '../text.ts';
import { cleanName, namedPlace, refusal } from './names.ts';

/**
 * The header run together: 序号, the groups' column (单位, 地区, 县区 …), the projects' and the money's, its unit in
 * brackets perhaps (group 1). The unit may instead be declared right before it ("单位:万元序号…", group 2 of UNIT_BEFORE).
 */
const GROUPED_HEADER =
  /序号\s*(?:单位|地区|县区|县市区|县\(市、区\)|区县|市县|乡镇)(?:名称)?\s*(?:项目|项目名称|建设项目)\s*(?:金额|资金|补助金额|补助资金|安排资金|分配金额|资金额度)\s*(?:\((万元|元)\))?/g;
/** "单位:万元" right before the header: the table's unit. */
const UNIT_BEFORE = /单位\s*[:：]\s*(万元|元)\s*$/;
/** The body's pieces: a run of words, or a run of digits (with its decimals). */
const PIECE = /(\d+(?:\.\d+)?)|([^\d]+)/g;
/** A group's first words: the place it is, named for itself, the shortest that ends in a place's word. */
const GROUP_PLACE = /^[\u4e00-\u9fff]{1,6}?(?:自治县|县|市|区|旗)/;
const SUBTOTAL = /^\s*小\s*计\s*$/;
const TOTAL = /^\s*(?:合\s*计|总\s*计)\s*/;

interface Piece {
  text: string;
  digits: boolean;
  at: number;
}

export function readGluedGroups(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    for (const header of seg.text.matchAll(GROUPED_HEADER)) {
      const unit = (header[1] ?? UNIT_BEFORE.exec(seg.text.slice(Math.max(0, header.index - 12), header.index))?.[1]) as Unit | undefined;
      if (!unit) continue;
      const from = header.index + header[0].length;
      const pieces = [...seg.text.slice(from).matchAll(PIECE)].map((m) => ({ text: m[0], digits: !!m[1], at: from + m.index }));
      const rows = groupedRows(pieces, seg, unit);
      if (rows) out.push(...rows);
    }
  }
  return out;
}

/** The rows the pieces after the header make, every sum checked; null where any cut is not the only one that fits. */
function groupedRows(pieces: Piece[], seg: Segment, unit: Unit): TaskFragment[][] | null {
  const rows: TaskFragment[][] = [];
  let serial = 1;
  let p = 0;
  // the body opens with the first group's number
  if (!pieces[p]?.digits || pieces[p].text !== '1') return null;
  p++;
  for (;;) {
    // a group: its place, cut off its first project's name, then its rows up to its 小计
    const opening = pieces[p];
    if (!opening || opening.digits) return null;
    const place = GROUP_PLACE.exec(opening.text);
    if (!place || !namedPlace(simplify(place[0]))) return null;
    const group: TaskFragment[][] = [];
    let nameText = opening.text.slice(place[0].length);
    for (;;) {
      const amount = pieces[p + 1];
      if (!amount?.digits || SUBTOTAL.test(nameText) || TOTAL.test(nameText)) return null;
      const name = cleanName(simplify(nameText));
      if (!name || refusal(name) !== null) return null;
      group.push([
        { name, measure: 'budget', value: amount.text, unit, segment: seg, start: amount.at, end: amount.at + amount.text.length },
      ]);
      p += 2;
      const next = pieces[p];
      if (!next || next.digits) return null;
      if (SUBTOTAL.test(next.text)) break;
      nameText = next.text;
    }
    // 小计, then its run: the group's sum, then the next group's number, or nothing where 合计 follows
    const run = pieces[p + 1];
    if (!run?.digits) return null;
    const sum = sumOf(group.map((r) => r[0].value));
    const after = pieces[p + 2];
    const closing = !!after && !after.digits && TOTAL.test(after.text);
    const cuts = [...Array(run.text.length).keys()]
      .map((k) => [run.text.slice(0, k + 1), run.text.slice(k + 1)])
      .filter(
        ([s, rest]) => /^\d+(?:\.\d+)?$/.test(s) && new Decimal(s).equals(sum) && (closing ? rest === '' : rest === String(serial + 1)),
      );
    if (cuts.length !== 1) return null;
    rows.push(...group);
    if (closing) {
      // 合计: the run right after it is every row's sum
      const total = after.text.replace(TOTAL, '') === '' ? pieces[p + 3] : null;
      if (!total?.digits || !new Decimal(total.text).equals(sumOf(rows.map((r) => r[0].value)))) return null;
      return rows.length >= 2 ? rows : null;
    }
    serial++;
    p += 2;
  }
}
