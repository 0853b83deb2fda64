/**
 * Projects written as blocks of labelled lines, one label and its value a line, as a report that
 * evaluates several projects repeats its template for each (or a form copied without its grid):
 *
 *   项目名称:妇女儿童维权服务
 *   预算金额:35.00万元
 *   实际支出:33.25万元
 *   执行率:95.00%
 *
 * A block opens at a 项目名称 line; the lines right after it that are a cue (names.ts `cueMeasure`)
 * and one amount are its money, and the first line that is neither ends them (主管部门, 实施单位
 * and other words of the template are read past before the money begins). What makes the blocks
 * tasks is siblings: two blocks at least, of different names. One block alone is a one-project
 * report's own figures (convention 7).
 */
import type { Unit } from '../../model/record.ts';
import { findNumbers, isMoneyUnit } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { linesOf, type Segment } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import { cueMeasure } from './names.ts';

/** The line that opens a block: its label and the project's name after the colon. */
const NAME_LINE = /^\s*(?:子?项目名称|任务名称|专项名称)\s*:\s*(\S.{1,40}?)\s*$/;
/** A labelled line: its label, a unit in brackets after it perhaps, the colon, and the value. */
const LABELLED_LINE = /^\s*([^:,;。\d]{2,14}?)\s*(?:\((万元|元|亿元|千元|%)\))?\s*:\s*(.+?)\s*$/;
/** Template lines that stand between the name and the money: read past, before the money only. */
const TEMPLATE_LABEL =
  /^(?:主管部门|主管单位|实施单位|项目单位|预算单位|项目负责人|联系人|联系电话|项目类型|项目类别|资金来源|项目属性|实施时间|项目期限)$/;

interface Line {
  segment: Segment;
  start: number;
  text: string;
}

function linesOfAll(segments: Segment[]): Line[] {
  const out: Line[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph') {
      out.push({ segment: seg, start: 0, text: '' });
      continue;
    }
    for (const l of linesOf(seg)) out.push({ segment: seg, start: l.start, text: seg.text.slice(l.start, l.end) });
  }
  return out;
}

/** The block's money: the fragments of its first labelled lines, null when a measure comes twice. */
function moneyLines(lines: Line[], name: string): TaskFragment[] | null {
  const fragments: TaskFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = LABELLED_LINE.exec(lines[i].text);
    if (!m) break;
    const [, label, headerUnit, value] = m;
    const measure = cueMeasure(label);
    if (!measure) {
      if (!fragments.length && TEMPLATE_LABEL.test(label.trim())) continue;
      break;
    }
    const numbers = findNumbers(value, { bare: !!headerUnit });
    if (numbers.length !== 1 || value.slice(numbers[0].end).trim()) break;
    const n = numbers[0];
    const unit = (n.unit || headerUnit) as Unit;
    if (measure === 'rate' ? unit !== '%' : !isMoneyUnit(unit)) break;
    if (fragments.some((f) => f.measure === measure)) return null;
    const at = lines[i].start + lines[i].text.lastIndexOf(value);
    fragments.push({ name, measure, value: n.value, unit, segment: lines[i].segment, start: at + n.start, end: at + n.end });
  }
  return fragments;
}

export function readLabelledBlocks(segments: Segment[]): TaskFragment[][] {
  const lines = linesOfAll(segments);
  const blocks: TaskFragment[][] = [];
  lines.forEach((line, i) => {
    const m = NAME_LINE.exec(line.text);
    if (!m) return;
    const name = nameAt(line.segment, line.start + line.text.indexOf(m[1]), m[1], { column: true });
    if (!name) return;
    // the lines of a block may be paragraphs of their own (a blank line between every two)
    const next = lines.slice(i + 1, i + 24).filter((l) => l.text.trim() || l.segment.kind !== 'paragraph');
    const money = moneyLines(next, name);
    if (money?.length) blocks.push(money);
  });
  return new Set(blocks.map((b) => b[0].name)).size >= 2 ? blocks : [];
}
