/**
 * Sub-projects listed inside a project's self-evaluation table, below its money header:
 *
 *   | 全年预算数(A) | 全年执行数(B) | 预算执行率 |
 *   | 年度资金总额 | 300 | 280 | 93.3% |        ← the project's own figures (not a task)
 *   | 其中:财政资金 | 300 | 280 | 93.3% |      ← a funding source (not a task)
 *   | A子项目 | 100 | 90 | 90% |               ← tasks
 *   | B子项目 | 200 | 190 | 95% |
 *
 * Merged and flattened cells move values between columns, so positions are not trusted: a row
 * is its label (its first cell) and its numbers in order, and it is read only when it has exactly
 * one number per money column of the header (or one fewer under a header with 年初预算, that column blank,
 * where its spending over its budget is its stated rate; or, its rate cell blank, one amount per money column), each of the column's kind (a percentage under the
 * rate, an amount under the others), and, when it states budget, spending and rate in text copied
 * flat, when the rate is the spending over the budget (in a real table's cells, once another row's
 * rate agrees, a rate that disagrees is read as stated, for reconciliation to flag). Total rows, funding-source rows and rows named like a fund
 * (…资金, …拨款) are not sub-projects; at least two sub-project rows are needed.
 */
import type { Document } from '../../model/document.ts';
import type { Unit } from '../../model/record.ts';
import { cellNumber, isMoneyUnit, UNIT_DECLARATION } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, segmentAt, simplify } from '../text.ts';
import { nameAt } from './inlineLists.ts';
import { cleanName, rateAgrees, refusal, type TaskMeasure } from './names.ts';
import { cellTokensOf } from './flatLists.ts';
import { columnOf, EMPTY_VALUE, NAME_COLUMN, serialLevel, withoutSubtotalRows } from './projectTables.ts';

/** Letters and formulas after a header ("全年预算数(A)", "预算执行率(B/A×100%)"). */
const HEADER_NOTE = /\([A-Z][A-Z/×*\d%+\-]*\)$/;
/** The project's total row and the rows that split it by source. */
const TOTAL_OR_FUND = /^(?:年度)?(?:资金|项目资金)?(?:总额|合计|总计|小计)|(?:资金|拨款|结转|结余)$/;
/**
 * A row named for what its money pays for, then a fund's word ("农村电影公益放映补助资金", "应急广播建设工程运维补助资金"):
 * a sub-project, where "中央补助资金", "群众自筹资金" or "彩票公益金资金" name where the money came from. The words
 * before the fund's word are four at least and end on no source, level or kind of fund.
 */
const FUND_WORD = /(?:补助|补贴|奖补|专项)?资金$/;
const SOURCE_ENDING =
  /(?:中央|省|市|县|区|乡|镇|村|级|地方|财政|自筹|配套|整合|衔接|统筹|债券|公益金|结转|结余|拨款|贷款|社会|其他|其它|专项|部门|单位|自有|一般|上年|当年|本年|年度|项目)$/;
function namedForUse(name: string): boolean {
  const use = name.replace(FUND_WORD, '');
  return use !== name && use.length >= 4 && !SOURCE_ENDING.test(use) && !refusal(use);
}
/** A header's money unit in brackets at its end: "预算(万元)". */
const MONEY_UNIT_NOTE = /\((?:万元|元|亿元)\)$/;
/** A form's numbered section title ("三、项目绩效情况"): the rows below it are another part of the form. */
const SECTION_TITLE = /^[一二三四五六七八九十]{1,3}、\D/;
/** A first column of units: "单位名称", "预算单位", "部门(单位)名称", "所属单位". */
const UNIT_COLUMN = /^(?:(?:预算|基层|所属|下属|二级|实施)?单位|部门)(?:名称)?$|^(?:部门\(单位\)|单位\(部门\))名称$/;
/** Numeric columns of self-evaluation tables that are not money: read past, never kept. */
const OTHER_COLUMN = /^(?:分值|权重|得分)/;

/** A cell of a row: its simplified text (header notes dropped) and where it is. */
interface RowCell {
  t: string;
  segment: Segment;
  start: number;
  end: number;
}

/**
 * The rows of a document in reading order: each table row as its cells, and each line of the
 * original text of a paragraph as its space-separated cells (a table copied as text keeps one
 * row per line, though normalization has joined the lines). `group` says which rows belong to
 * one table: a table block, or a run of paragraphs.
 */
function rowsOf(doc: Document, segments: Segment[]): { group: string; cells: RowCell[]; context: string }[] {
  const out: { group: string; cells: RowCell[]; context: string }[] = [];
  // paragraph block id → its original lines, each a list of cells
  const lines = new Map<string, Map<number, RowCell[]>>();
  for (const token of cellTokensOf(segments)) {
    let block = lines.get(token.segment.blockId);
    if (!block) lines.set(token.segment.blockId, (block = new Map<number, RowCell[]>()));
    const cell = {
      t: token.text.replace(HEADER_NOTE, ''),
      segment: token.segment,
      start: token.start,
      end: token.start + token.text.length,
    };
    // appended in place: copying the line for each cell was quadratic in a long line
    const line = block.get(token.line);
    if (line) line.push(cell);
    else block.set(token.line, [cell]);
  }
  let paragraphRun = 0;
  doc.blocks.forEach((block, blockIndex) => {
    const context = doc.blocks
      .slice(Math.max(0, blockIndex - 1), blockIndex + 1)
      .map((b) => (b.type === 'table' ? '' : simplify(b.text)))
      .join(' ');
    if (block.type === 'table') {
      paragraphRun++;
      block.rows.forEach((row, r) => {
        const cells: RowCell[] = [];
        row.forEach((_, c) => {
          const seg = segmentAt(segments, block.id, r, c);
          const t = seg ? seg.text.replace(/\s/g, '').replace(HEADER_NOTE, '') : '';
          if (seg && t) cells.push({ t, segment: seg, start: 0, end: seg.text.length });
        });
        out.push({ group: block.id, cells, context });
      });
      return;
    }
    if (block.type !== 'paragraph') {
      paragraphRun++;
      return;
    }
    for (const line of lines.get(block.id)?.values() ?? []) out.push({ group: `text${paragraphRun}`, cells: line, context });
  });
  return out;
}

export function readSubProjects(doc: Document, segments: Segment[], year: number | null): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  const groups = new Map<string, { cells: RowCell[]; context: string }[]>();
  for (const row of rowsOf(doc, segments)) {
    // appended in place: copying the group for each row was quadratic in a long run of paragraphs
    const group = groups.get(row.group);
    if (group) group.push(row);
    else groups.set(row.group, [row]);
  }
  for (const table of groups.values()) {
    // the header's numeric columns in order: a measure, or a weight / score that is read past
    let header: (TaskMeasure | 'other')[] | null = null;
    let unit: Unit = '万元';
    const rows: { fragments: TaskFragment[]; agrees: boolean; cell: boolean }[] = [];
    // a list numbered on two levels ("一、农业农村类" over "1.河道清淤工程"): its group rows are classes, no sub-projects
    const twoLevels = table.some((row) => serialLevel(row.cells[0]?.t ?? '') === 'item');
    for (let r = 0; r < table.length; r++) {
      const cells = table[r].cells.filter((x) => !EMPTY_VALUE.test(x.t));
      const kinds = cells.map((x, i) => {
        // "年度预算数(万元)" over 年初预算 / 调整后预算数 is a group header that states the unit; a next cell
        // stating its own unit ("预算(万元) | 支出(万元)") is a column beside it, not one under it
        if (MONEY_UNIT_NOTE.test(x.t) && cells[i + 1] && !MONEY_UNIT_NOTE.test(cells[i + 1].t) && columnOf(cells[i + 1].t, year))
          return null;
        return columnOf(x.t, year);
      });
      if (kinds.filter(Boolean).length >= 2) {
        const measures = kinds.filter((k): k is NonNullable<typeof k> => !!k).map((k) => k.measure);
        const first = kinds.findIndex(Boolean);
        header = cells.slice(first).flatMap((x, i) => {
          const kind = kinds[first + i];
          return kind ? [kind.measure] : OTHER_COLUMN.test(x.t) ? ['other' as const] : [];
        });
        // two columns of one measure, or a year column of another year: the rows cannot be placed
        if (new Set(measures).size !== measures.length || kinds.some((k) => k?.otherYear)) header = null;
        // "项目 | 预算数 | 决算数": the report year's 决算 beside a bare 项目 heads a final account's row labels (classes of spending) under a bare 项目, no sub-projects
        if (cells[0]?.t === '项目' && cells.some((x) => /决算/.test(x.t) && !columnOf(x.t, year)?.otherYear)) header = null;
        // "单位名称 | 预算数 | 执行数": the rows are the department's units (本级, its centres), each its own spending, no sub-project
        if (UNIT_COLUMN.test(cells[0]?.t ?? '')) header = null;
        const declared = [...table.slice(Math.max(0, r - 2), r + 1).flatMap((x) => x.cells.map((c) => c.t)), table[r].context].join(' ');
        unit = (UNIT_DECLARATION.exec(declared)?.[1] as Unit | undefined) ?? '万元';
        continue;
      }
      if (!header || !cells.length) continue;
      // "| 子项目 | 村庄清洁行动 | 80 | …": the first row of a group carries the group's label (a name-column header) before its name
      if (cells.length > 2 && NAME_COLUMN.test(cells[0].t) && !cellNumber(cells[1].t)) cells.shift();
      const label = cells[0];
      const numbers = cells.slice(1).map((x) => ({ ...x, n: cellNumber(x.t) }));
      if (cellNumber(label.t) || !numbers.length || numbers.some((x) => !x.n)) {
        // a row of words ends the money part of the table
        // (a form's numbered section title, "三、项目绩效情况", ends it too: the indicator rows below it hold
        // counts, no money; a numbered group of projects, "一、农业类项目", does not)
        const word = cleanName(label.t);
        const why = refusal(word);
        if (!numbers.length && ((SECTION_TITLE.test(label.t) && why === 'heading') || (!TOTAL_OR_FUND.test(word) && !why))) header = null;
        continue;
      }
      const measuresOnly = header.filter((h) => h !== 'other');
      // a sub-project with no budget at the year's start (年初预算 blank, its cell dropped): the numbers are the
      // other columns', read only where its spending over its budget is its stated rate
      const noInitial = measuresOnly.includes('initial') && numbers.length === measuresOnly.length - 1;
      // a sub-project whose rate cell is blank (a form rates only its total): its amounts are the money columns', in
      // order, where the rate is the only column a percentage could stand under and every number is an amount
      const moneyOnly = measuresOnly.filter((m) => m !== 'rate');
      const noRate =
        !noInitial &&
        measuresOnly.includes('rate') &&
        moneyOnly.length >= 2 &&
        numbers.length === moneyOnly.length &&
        numbers.every((x) => x.n && x.n.unit !== '%');
      const placed =
        numbers.length === header.length
          ? header
          : numbers.length === measuresOnly.length
            ? measuresOnly
            : noInitial
              ? measuresOnly.filter((m) => m !== 'initial')
              : noRate
                ? moneyOnly
                : null;
      if (!placed) continue;
      const cleaned = cleanName(label.t);
      if ((TOTAL_OR_FUND.test(cleaned) && !namedForUse(cleaned)) || refusal(cleaned) || (twoLevels && serialLevel(label.t) === 'group'))
        continue;
      const name = nameAt(label.segment, label.start, label.segment.text.slice(label.start, label.end));
      if (!name) continue;
      const fragments: TaskFragment[] = [];
      let consistent = true;
      placed.forEach((measure, i) => {
        if (measure === 'other') return;
        const { n, segment, start, end } = numbers[i];
        if (!n) return; // never: a row with a cell that is not a number ended the table above
        const u: Unit = measure === 'rate' ? '%' : n.unit || unit;
        if (measure === 'rate' ? n.unit !== '%' : n.unit === '%' || !isMoneyUnit(u)) consistent = false;
        fragments.push({ name, measure, value: n.value, unit: u, segment, start, end });
      });
      const checked = ['budget', 'executed', 'rate'].every((m) => fragments.some((f) => f.measure === m)) && rateAgrees(fragments);
      if (noInitial && placed.length !== header.length && !checked) continue;
      if (consistent) rows.push({ fragments, agrees: rateAgrees(fragments), cell: label.segment.kind === 'cell' });
    }
    // a real table's cells stay in their columns once one row proves the columns right: a rate there
    // that disagrees is the report's own (flagged as rate.task); in text copied flat, or where no row
    // agrees, a rate that disagrees is a sign the values were misplaced
    const proven = rows.some((r) => r.agrees && r.cell && r.fragments.some((f) => f.measure === 'rate'));
    const read = rows.filter((r) => r.agrees || (r.cell && proven)).map((r) => r.fragments);
    // "农业农村类 | 450 | 430" over its sub-projects: a group row that sums the rows below is no task
    const kept = withoutSubtotalRows(read);
    if (kept.length >= 2) out.push(...kept);
  }
  return out;
}
