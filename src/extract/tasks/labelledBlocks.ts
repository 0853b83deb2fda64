/**
 * Projects written as blocks of labelled lines, one label and its value a line, as a report that
 * evaluates several projects repeats its template for each (or a form copied without its grid):
 *
 *   项目名称:妇女儿童维权服务
 *   预算金额:35.00万元
 *   实际支出:33.25万元
 *   执行率:95.00%
 *
 * A block opens at a 项目名称 line (or a line that is a project's name alone); the lines right after it that are a cue (names.ts `cueMeasure`)
 * and one amount are its money, and the first line that is neither ends them (主管部门, 实施单位
 * and other words of the template are read past before the money begins). What makes the blocks
 * tasks is siblings: two blocks at least, of different names. One block alone is a one-project
 * report's own figures (convention 7).
 */
import type { Unit } from '../../model/record.ts';
import { cellNumber, findNumbers, isMoneyUnit, UNIT_LINE } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { linesOf, type Segment } from '../text.ts';
import { cellTokensOf } from './flatLists.ts';
import { nameAt } from './inlineLists.ts';
import { cueMeasure } from './names.ts';

/** The line that opens a block: its label and the project's name after the colon. */
// (its list number before it perhaps, "一、采购项目名称:A": a procurement intention numbers each purchase's block)
const NAME_LINE =
  /^\s*(?:[(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.](?!\d))?\s*(?:子?项目名称|任务名称|专项名称|采购项目名称)\s*:\s*(\S.{1,40}?)\s*$/;
/**
 * Or the project's name alone on its line, no label before it, perhaps a colon after it ("高标准农田建设项目" over
 * "年初预算:800万元"): a name that calls itself a project, a works, a fund's 经费 or a 专项, with no digit or stop in it.
 */
// (or a purpose's fund, …补助资金, its unit in brackets after it: "A补助资金(万元)" over "年度预算资金总额: 763.00", the
// block's bare amounts in that unit)
// (its list number before it perhaps, "(1)城乡低保资金", "一、A项目", "2.B工程": the number is no part of the name)
const BARE_NAME_LINE =
  /^\s*(?:[(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.](?!\d))?\s*([^:,;。!?\d\s]{2,40}(?:项目|工程|经费|专项|资金))\s*(?:\((万元|元|亿元|千元)\))?\s*:?\s*$/;
/** A labelled line: its label, a unit in brackets after it perhaps, the colon, and the value. */
const LABELLED_LINE = /^\s*([^:,;。\d]{2,14}?)\s*(?:\((万元|元|亿元|千元|%)\))?\s*:\s*(.+?)\s*$/;
/**
 * Or the label run into its amount with no colon, the amount's unit written ("预算800万元", "执行率98.16%"), a stop after it
 * perhaps: a line of a block as a copy without the form's colons writes it.
 */
const CUE_THEN_AMOUNT_LINE = /^\s*([^:,;。\d]{2,14}?)\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|千元|%))\s*[。;,]?\s*$/;

/** A line's label, the unit its label names in brackets (if any) and its value: labelled with a colon, or run into its amount. */
function labelledLine(text: string): [label: string, headerUnit: string | undefined, value: string] | null {
  const labelled = LABELLED_LINE.exec(text);
  if (labelled) return [labelled[1], labelled[2], labelled[3]];
  const run = CUE_THEN_AMOUNT_LINE.exec(text);
  return run ? [run[1], undefined, run[2]] : null;
}
/** Template lines that stand between the name and the money: read past, before the money only. */
const TEMPLATE_LABEL =
  /^(?:主管部门|主管单位|实施单位|项目单位|预算单位|项目负责人|联系人|联系电话|项目类型|项目类别|资金来源|项目属性|实施时间|项目期限|采购需求概况|采购需求|采购品目|采购方式|预计采购时间)$/;

interface Line {
  segment: Segment;
  start: number;
  text: string;
}

function linesOfAll(segments: Segment[]): Line[] {
  const out: Line[] = [];
  for (const seg of segments) {
    // (a heading is a line of its own: "## A项目" over "年初预算:800万元" opens a block as a name's line does)
    if (seg.kind === 'heading') {
      out.push({ segment: seg, start: 0, text: seg.text });
      continue;
    }
    if (seg.kind !== 'paragraph') {
      out.push({ segment: seg, start: 0, text: '' });
      continue;
    }
    for (const l of linesOf(seg)) out.push({ segment: seg, start: l.start, text: seg.text.slice(l.start, l.end) });
  }
  return out;
}

/** The block's money: the fragments of its first labelled lines, null when a measure comes twice. */
function moneyLines(lines: Line[], name: string, declared: Unit | null = null): TaskFragment[] | null {
  const fragments: TaskFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = labelledLine(lines[i].text);
    if (!m) break;
    const [label, headerUnit, value] = m;
    const measure = cueMeasure(label);
    if (!measure) {
      if (!fragments.length && TEMPLATE_LABEL.test(label.trim())) continue;
      break;
    }
    const numbers = findNumbers(value, { bare: !!headerUnit || !!declared });
    if (numbers.length !== 1 || value.slice(numbers[0].end).trim()) break;
    const n = numbers[0];
    // (a bare amount's unit the lines above declared, "分项执行情况如下(单位:万元):", the rate's its %)
    const unit = (n.unit || headerUnit || (measure === 'rate' ? '' : (declared ?? ''))) as Unit;
    if (measure === 'rate' ? unit !== '%' : !isMoneyUnit(unit)) break;
    if (fragments.some((f) => f.measure === measure)) return null;
    const at = lines[i].start + lines[i].text.lastIndexOf(value);
    fragments.push({ name, measure, value: n.value, unit, segment: lines[i].segment, start: at + n.start, end: at + n.end });
  }
  return fragments;
}

/** A line that opens with the project's name and its label, its fields after it on the same line. */
const NAME_FIELD = /^\s*(?:子?项目名称|任务名称|专项名称)\s*:\s*/;
/** The stop a copy may set between two fields instead of spaces ("项目名称:A;预算数:…,执行数:…"). */
const FIELD_STOP = /^[\s,;、]+/;
/** What may follow the last field: the stop or semicolon that ends the line's sentence, nothing else. */
const LINE_END = /^\s*[。;.,]?\s*$/;
/** A field's value at the start of its piece: one amount, its unit perhaps. */
const FIELD_VALUE = /^\s*-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|千元|%)?/;

/**
 * A block written on one line, its fields set apart by spaces the copy dropped between Chinese words
 * ("项目名称:森林防火  预算数:64.8万元  执行数:64.8万元  执行率:100%" → "项目名称:森林防火预算数:64.8万元…"):
 * the name and the lines its fields would be, each "label:value" cut where a cue's label ends the piece
 * before its colon; a stop may stand between two fields instead ("项目名称:A;预算数:560万元,执行数:…,执行率:…;"),
 * and the line may end with one. Null unless every piece cuts so (a words field, 主管部门:县林业局, leaves the line unread).
 */
function fieldsOnOneLine(line: Line): { name: string; nameAt: number; fields: Line[] } | null {
  const open = NAME_FIELD.exec(line.text);
  if (!open) return null;
  const colons = [...line.text.matchAll(/:/g)].map((m) => m.index).filter((c) => c >= open[0].length);
  if (colons.length < 2) return null;
  // the label before each colon: the longest cue or template label (of eight characters at most) ending the piece before it
  const isLabel = (text: string) => !!cueMeasure(text) || TEMPLATE_LABEL.test(text);
  const labelBefore = (from: number, colon: number, minRest: number): number | null => {
    for (let k = Math.max(from + minRest, colon - 8); k <= colon - 2; k++) if (isLabel(line.text.slice(k, colon).trim())) return k;
    return null;
  };
  const first = labelBefore(open[0].length, colons[0], 2);
  if (first === null) return null;
  const fields: Line[] = [];
  let labelAt = first;
  for (let c = 0; c < colons.length; c++) {
    // a template field's value is its words, up to the next field's label ("主管部门:县林业局预算数:…")
    const words = TEMPLATE_LABEL.test(line.text.slice(labelAt, colons[c]).trim());
    const wordsEnd = words && c + 1 < colons.length ? labelBefore(colons[c] + 1, colons[c + 1], 2) : null;
    const value = words
      ? wordsEnd === null
        ? null
        : [line.text.slice(colons[c] + 1, wordsEnd)]
      : FIELD_VALUE.exec(line.text.slice(colons[c] + 1));
    if (!value) return null;
    const valueEnd = colons[c] + 1 + value[0].length;
    const next = c + 1 < colons.length ? labelBefore(valueEnd, colons[c + 1], 0) : line.text.length;
    if (
      next === null ||
      (c + 1 < colons.length ? next !== valueEnd && line.text.slice(valueEnd, next).trim() : !LINE_END.test(line.text.slice(valueEnd)))
    )
      return null;
    // a stop set between two fields (";预算数:…") belongs to neither: the field opens at its label
    const opens = labelAt + (FIELD_STOP.exec(line.text.slice(labelAt))?.[0].length ?? 0);
    fields.push({ segment: line.segment, start: line.start + opens, text: line.text.slice(opens, valueEnd) });
    labelAt = next;
  }
  return { name: line.text.slice(open[0].length, first).trim(), nameAt: line.start + open[0].length, fields };
}

/** The cells of a form's side label before a line's first row ("年度主要任务"), at most. */
const SIDE_LABEL_CELLS = 2;
/** The label of a row's name when a form's row is copied label and value side by side, set apart by spaces. */
/** (or a row's number as its label: "任务1 A 预算数 … 任务2 B …", a form whose task rows are numbered, not headed) */
const NAME_LABEL = /^(?:子?项目名称|任务名称|专项名称|(?:子?项目|子?任务)(?:\d{1,2}|[一二三四五六七八九十]{1,3}))$/;
/** A money label's unit in brackets ("预算数(万元)"). */
const LABEL_UNIT = /\((万元|元|亿元)\)$/;

/**
 * A form's task rows copied with each cell's label before it on one line, spaces between the cells and no colon
 * ("任务名称 党建工作 预算数 65.00 执行数 63.20 执行率 97.23%", as a layout copy sets a form whose every row repeats
 * its labels): the name after its label, then pairs of a cue (names.ts `cueMeasure`) and one number, to the line's
 * end. Any other cell (words after a label, a second number, a label with no cue) leaves the line unread, and a
 * measure twice makes it none. An amount with no unit of its own or its label's is in 万元, as in a table. A line
 * holding several such rows, each opened by its name's label, is read row by row.
 */
function spacedFieldRows(segments: Segment[]): TaskFragment[][] {
  const lines = new Map<string, ReturnType<typeof cellTokensOf>>();
  for (const token of cellTokensOf(segments)) {
    const key = `${token.segment.blockId}:${token.line}`;
    const line = lines.get(key);
    if (line) line.push(token);
    else lines.set(key, [token]);
  }
  // (a line may hold several rows, each opened by its name's label: "任务名称 A 预算数 … 任务名称 B 预算数 …", a copy that
  // ran the form's rows into one line, perhaps after the form's side label: "年度主要任务 任务名称 A …")
  const chunks = [...lines.values()].flatMap((cells) => {
    const starts = cells.flatMap((c, k) => (NAME_LABEL.test(c.text) ? [k] : []));
    const side = cells.slice(0, starts[0]);
    return starts.length > 1 && side.length <= SIDE_LABEL_CELLS && side.every((c) => !cellNumber(c.text))
      ? starts.map((k, i) => cells.slice(k, starts[i + 1] ?? cells.length))
      : [cells];
  });
  const rows: TaskFragment[][] = [];
  for (const cells of chunks) {
    if (cells.length < 4 || cells.length % 2 !== 0 || !NAME_LABEL.test(cells[0].text)) continue;
    const nameCell = cells[1];
    if (cellNumber(nameCell.text) || cueMeasure(nameCell.text)) continue;
    const name = nameAt(nameCell.segment, nameCell.start, nameCell.text, { column: true });
    if (!name) continue;
    const fragments: TaskFragment[] = [];
    for (let k = 2; k < cells.length; k += 2) {
      const label = cells[k].text.replace(/\s/g, '');
      const measure = cueMeasure(label.replace(LABEL_UNIT, ''));
      const n = cellNumber(cells[k + 1].text);
      if (!measure || !n || fragments.some((f) => f.measure === measure)) {
        fragments.length = 0;
        break;
      }
      const unit = (measure === 'rate' ? n.unit : n.unit || LABEL_UNIT.exec(label)?.[1] || '万元') as Unit;
      if (measure === 'rate' ? unit !== '%' : !isMoneyUnit(unit)) {
        fragments.length = 0;
        break;
      }
      const v = cells[k + 1];
      fragments.push({ name, measure, value: n.value, unit, segment: v.segment, start: v.start, end: v.start + v.text.length });
    }
    if (fragments.length) rows.push(fragments);
  }
  return rows;
}

/** Every 单位 line of a text (numbers.ts UNIT_LINE). */
const UNIT_LINES = new RegExp(UNIT_LINE, 'g');
/** How many paragraphs above a block may declare its amounts' unit. */
const UNIT_REACH = 3;

/** The unit a 单位 line declares in the paragraphs right above `seg` (or its own text before `before`), if one does. */
function unitDeclaredAbove(segments: Segment[], seg: Segment, before: number): Unit | null {
  // (past the blocks of the same run above: "项目名称:A …" / "项目名称:B …", the declaration above the first holds for all)
  let at = segments.indexOf(seg);
  while (at > 0 && NAME_FIELD.test(segments[at - 1].text)) at--;
  const texts = [...segments.slice(Math.max(0, at - UNIT_REACH), at).map((s) => s.text), seg.text.slice(0, before)];
  const found = texts.flatMap((t) => [...t.matchAll(UNIT_LINES)]);
  return (found[found.length - 1]?.[1] as Unit | undefined) ?? null;
}

export function readLabelledBlocks(segments: Segment[]): TaskFragment[][] {
  const lines = linesOfAll(segments);
  const blocks: TaskFragment[][] = [...spacedFieldRows(segments)];
  lines.forEach((line, i) => {
    const inline = fieldsOnOneLine(line);
    if (inline) {
      const name = nameAt(line.segment, inline.nameAt, inline.name, { column: true });
      const money = name ? moneyLines(inline.fields, name, unitDeclaredAbove(segments, line.segment, line.start)) : null;
      if (money?.length) blocks.push(money);
      return;
    }
    const m = NAME_LINE.exec(line.text) ?? BARE_NAME_LINE.exec(line.text);
    if (!m) return;
    const name = nameAt(line.segment, line.start + line.text.indexOf(m[1]), m[1], { column: true });
    if (!name) return;
    // the lines of a block may be paragraphs of their own (a blank line between every two)
    const next = lines.slice(i + 1, i + 24).filter((l) => l.text.trim() || l.segment.kind !== 'paragraph');
    const money = moneyLines(next, name, (m[2] as Unit | undefined) ?? null);
    if (money?.length) blocks.push(money);
  });
  return new Set(blocks.map((b) => b[0].name)).size >= 2 ? blocks : [];
}
