/**
 * Rows of a list whose cells ran together when a table was copied as text (document mirrors,
 * doc sites), after a header of the same kind:
 *
 *   子项目名称预算数执行数执行率住院救助120.5118.298.09%门诊慢特病救助60.854.890.13%…
 *
 * A row is a name and a run of digits; the run is cut into one number per column the header
 * announces (a rate with its "%", amounts without), and a cut is taken only when it is the only
 * one that fits: with a budget, a spending and a rate, the spending over the budget must give the
 * rate; without a rate, every amount must be written with as many decimals as the others. A row
 * with two fitting cuts, or none, is read past; a name that is a total, a funding source or no
 * task's name ends the list. At least two rows make a list.
 *
 *   序号项目名称预算数执行数执行率 / 1森林防火64.864.8100% / 2天然林保护12011091.67%
 *
 * Under a 序号 before the name's header each row opens with its number, 1, 2, 3 … in turn; a row's
 * number after the run of the row above it (after its line's end or its rate's "%") is the next
 * row's. Amounts in 元 keep their thousands separators ("648,000.00648,000.00100%").
 *
 * A last column of grades (自评等级) closes each row with its grade word, which ends the row's run of digits
 * before the next row's number: 序号项目名称预算数执行数执行率自评等级 / 1森林防火64.864.8100%优2天然林保护…
 */
import type { Unit } from '../../model/record.ts';
import { cellNumber, Decimal, sumOf, UNIT_DECLARATION, writtenAlike } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { linesOf, type Segment, simplify } from '../text.ts';
import { columnHeaderWords } from '../../model/wordings.ts';
import { GRADES } from '../../model/keys.ts';
import { headerPrefix, type Kind, kindOf } from './flatLists.ts';
import { nameAt } from './inlineLists.ts';
import { cleanName, namedPlace, rateAgrees, refusal, type TaskMeasure } from './names.ts';
import { PLACE_COLUMN, PLACE_NAME_HEADERS, withoutSubtotalRows } from './projectTables.ts';

/** The words of the vocabulary's weight and score columns (分值 / 权重 / 满分 …, 得分 / 评分 …), anywhere in a header. */
const headerWords = (column: 'weight' | 'score') => new RegExp(columnHeaderWords(column).join('|') || '(?!)');
const WEIGHT_HEADER = headerWords('weight');
const SCORE_HEADER = headerWords('score');

/**
 * Where a glued header starts: the name column's header, or a place column's (各设区市名称, 县区名称: the places a fund was
 * divided among, its items; projectTables.ts PLACE_COLUMN).
 */
const NAME_HEADER = new RegExp(
  `(?:子项目|二级项目|三级项目|项目|任务|资金)名称|资金用途|工作任务|年度主要任务|${PLACE_NAME_HEADERS.join('|')}`,
  'g',
);
/**
 * A number as a cell of a run: no leading zero, at most four decimals, and a third or fourth
 * decimal never a trailing zero (amounts are written to the fen, or to as many places as needed).
 */
const PART = /^(?:0|[1-9]\d{0,9})(?:\.\d{1,2}|\.\d{2,3}[1-9])?$/;
/** An amount with its thousands separators ("1,200,000.00"): groups of three, written to the fen. */
const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{2})?$/;
/** A row: its name (no digits, no sentence punctuation) and the run of digits after it. */
const ROW = /^\s*([^\d%,;。:]{2,40}?)\s*(\d(?:[\d.%\s]|,(?=\d{3}))*)/;
/** A grade column's cell at the end of a row's run, the longer words first (优秀 before 优, 中等 before 中). */
const GRADE_CELL = new RegExp(
  `^(?:${GRADES.map((g) => g.word)
    .sort((a, b) => b.length - a.length)
    .join('|')})`,
);
/** A row's serial number before its name, under a 序号 header ("2天然林保护…", "3.公益林补偿…"). */
const SERIAL = /^\s*(\d{1,3})(?:[.、]\s*)?/;
/** A name cell a copy wrapped: Chinese words broken by one space, nothing else ("省田径运动管理 中心"). */
const CELL_WRAP = /^[\u4e00-\u9fff()()]{2,}\s[\u4e00-\u9fff()()]{1,}$/;
/** A subtotal between a list's numbered rows: its words end in 小计 (a part of the list summed), its run of digits after them. */
const SUBTOTAL_ROW = /^\s*[^\d%,;。:]{0,30}?小计\s*(\d(?:[\d.%\s]|,(?=\d{3}))*)/;

/**
 * A column to cut: a measure (a rate column whose header says "(%)" writes its cells without the sign), an
 * indicator's weight (分值) or score (得分), or a number read past.
 */
type Column = { measure: TaskMeasure; percentInHeader?: boolean } | 'weight' | 'score' | 'number';

export function readGluedRows(segments: Segment[], year: number | null): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const [i, seg] of segments.entries()) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    for (const m of seg.text.matchAll(NAME_HEADER)) {
      const { headers, length } = headerPrefix(seg.text.slice(m.index));
      if (headers.length < 2) continue;
      // (a place column names the rows as a project column would: the fund's items by place)
      const kinds = headers.map((h, c) => (c === 0 && PLACE_COLUMN.test(h) ? 'name' : kindOf(h, year)));
      // (a last column of grades is no cell of the run: its word closes the row, GRADE_CELL)
      const graded = kinds.length > 2 && kinds.at(-1) === 'grade';
      const columns = columnsOf(graded ? kinds.slice(0, -1) : kinds, headers);
      if (!columns) continue;
      const unit = (UNIT_DECLARATION.exec(headers.join(''))?.[1] ??
        UNIT_DECLARATION.exec(seg.text.slice(0, m.index))?.[1] ??
        '万元') as Unit;
      // "序号项目名称…": each row opens with its serial number
      const serial = /序号\s*$/.test(seg.text.slice(0, m.index));
      const read = readRows(seg, m.index + length, columns, unit, serial, graded);
      // a header alone at its paragraph's end, the rows each a paragraph after it (a copy that set a blank line
      // after every line): the rows go on in the paragraphs that follow, up to the first that is no row
      if (!read.length && !seg.text.slice(m.index + length).trim())
        read.push(...rowsInParagraphsAfter(segments, i, columns, unit, serial, graded));
      // "农业农村类 450 430" over its projects: a group row that sums the rows below is no task
      const rows = withoutSubtotalRows(read);
      if (new Set(rows.map((r) => r[0].name)).size >= 2) out.push(...rows);
    }
  }
  return out;
}

/** The header's columns after the name: each a measure or a number read past; null unless every one is a number's. */
function columnsOf(kinds: Kind[], headers: string[]): Column[] | null {
  if (kinds[0] !== 'name') return null;
  const columns: Column[] = [];
  for (const [k, kind] of kinds.entries()) {
    if (k === 0) continue;
    // a weight and a score bound each other (0 < 得分 <= 分值), which a cut of "64.810100%10" must respect
    if (kind === 'score') columns.push(WEIGHT_HEADER.test(headers[k]) ? 'weight' : SCORE_HEADER.test(headers[k]) ? 'score' : 'number');
    else if (kind === 'other') columns.push('number');
    else if (kind && typeof kind === 'object')
      columns.push({ measure: kind.measure, percentInHeader: kind.measure === 'rate' && /[%%]/.test(headers[k]) });
    else return null; // a column of words (主管部门, 等级) cannot be cut out of a run
  }
  const measures = columns.flatMap((c) => (typeof c === 'string' ? [] : [c.measure]));
  // one column has nothing to cut: a lone number after a word is no run of cells
  return columns.length >= 2 && measures.length && new Set(measures).size === measures.length ? columns : null;
}

/** A list's total row run together like its rows, right under the header: its label and its run of digits. */
const TOTAL_FIRST = /^\s*(?:合\s*计|总\s*计)\s*(\d(?:[\d.%\s]|,(?=\d{3}))*)/;

/**
 * Where the rows go on past a total row at `at`, its label `label`'s (group 1 its run of digits): the list's total set
 * first under the header ("合计155.60143.6092.29%非遗保护…", TOTAL_FIRST), or a subtotal between the numbered rows
 * ("…65.55%省直单位小计1545.851013.2565.55%11南昌市…", SUBTOTAL_ROW). Past the total's run when it cuts into the columns
 * as a row's would (one cut only), the number `nextSerial` of the row after it left to that row; else `at`.
 */
function pastTotalRow(seg: Segment, at: number, label: RegExp, columns: Column[], nextSerial: number | null): number {
  const m = label.exec(seg.text.slice(at));
  if (!m) return at;
  const trimmed = m[1].replace(/\s+$/, '');
  const run = nextSerial === null ? trimmed : beforeSerial(trimmed, nextSerial);
  if (!onlyCut(run, columns)) return at;
  return at + m[0].length - m[1].length + run.length;
}

/** A run of digits without row `n`'s number at its end, after the run's line or its rate's sign ("…100.00%11" → "…100.00%"). */
function beforeSerial(run: string, n: number): string {
  const next = new RegExp(`(?:\\s+|(?<=%))${n}[.、]?$`).exec(run);
  return next ? run.slice(0, next.index) : run;
}

/** Rows of a glued list, each in a paragraph of its own after the header's (at `headerAt`), up to the first paragraph that holds none. */
function rowsInParagraphsAfter(
  segments: Segment[],
  headerAt: number,
  columns: Column[],
  unit: Unit,
  serial: boolean,
  graded: boolean,
): TaskFragment[][] {
  const rows: TaskFragment[][] = [];
  for (const seg of segments.slice(headerAt + 1)) {
    if (seg.kind !== 'paragraph') break;
    const read = readRows(seg, 0, columns, unit, serial, graded, rows.length + 1);
    // (the whole paragraph read as rows: words after them are a paragraph of prose, and the list has ended)
    if (!read.length || !readToEnd(seg, read)) break;
    rows.push(...read);
  }
  return rows;
}

/** Whether `rows` read `seg` to its end: nothing but spaces after the last row's last cell. */
function readToEnd(seg: Segment, rows: TaskFragment[][]): boolean {
  const end = rows.at(-1)?.at(-1)?.end;
  return end !== undefined && !seg.text.slice(end).trim();
}

function readRows(
  seg: Segment,
  from: number,
  columns: Column[],
  unit: Unit,
  serial: boolean,
  graded: boolean,
  firstSerial?: number,
): TaskFragment[][] {
  const rows: TaskFragment[][] = [];
  let at = pastTotalRow(seg, from, TOTAL_FIRST, columns, serial ? 1 : null);
  // (the first row's number is its own: a table a page break cut, its header printed again over the rows that go on,
  // "序号…执行率20宜春市…", numbers on from where the page above stopped; the rows after it follow in turn)
  for (let n = firstSerial ?? Number(SERIAL.exec(seg.text.slice(at))?.[1] ?? 1); ; n++) {
    if (serial) {
      // a subtotal between the numbered rows ("…65.55%省直单位小计1545.851013.2565.55%11南昌市…") numbers no row
      // and is no task: read past when its run cuts as a row's would
      at = pastTotalRow(seg, at, SUBTOTAL_ROW, columns, n);
      const s = SERIAL.exec(seg.text.slice(at));
      if (!s || Number(s[1]) !== n) break;
      at += s[0].length;
    }
    const m = ROW.exec(seg.text.slice(at));
    if (!m) break;
    let nameStart = at + m[0].indexOf(m[1]);
    let written = m[1];
    // a name across a line break of the source ("…98%\n目\n农村饮水…50 45 90%"): the line above may hold
    // the end of the row above it (a wrapped cell) as well as this name's beginning, so the name is the
    // words on the row's own line, when they name a task by themselves. After this row's own serial number
    // ("2 全市公共信息系统运行\n维护经费 45 45 100%") the words before the break follow the number that opens
    // the row and are its name's beginning: the row above ended before that number.
    const nameEnd = nameStart + m[1].trimEnd().length;
    const lastBreak = linesOf(seg).findLast((l) => l.start > nameStart && l.start < nameEnd)?.start;
    if (lastBreak !== undefined && !serial) {
      const own = seg.text.slice(lastBreak, nameEnd);
      const ownClean = cleanName(own);
      if (ownClean && ownClean.length >= 2 && !refusal(ownClean) && nameAt(seg, lastBreak, own)) {
        nameStart = lastBreak;
        written = own;
      }
    }
    // a name with spaces in it is words of the page, not a cell run into its numbers
    if (/\s/.test(written.trim())) break;
    const cleaned = cleanName(written);
    // a name ending in 资金 under a project-name header is a project's ("医疗救助资金"): the funding
    // sources and totals of a project's own table (财政资金, 上年结转资金, 资金总额) are refused by name
    if (!cleaned || refusal(cleaned)) break;
    const asWritten = nameAt(seg, nameStart, written);
    // (between the row's own number and its run the words are its name alone: one space in them is where a copy
    // wrapped the cell, "2省田径运动管理 中心…", and the name is the words without it)
    const name = serial && asWritten && CELL_WRAP.test(asWritten.trim()) ? asWritten.trim().replace(/\s/, '') : asWritten;
    // …and so is a name whose words the source spaced apart, a space normalization dropped between Chinese characters
    // ("档案收集与保管 完成档案数字化 档案数字化经费 30 28"): cells of words before the name's own, no one name
    if (!name || /\s/.test(name.trim())) break;
    const runStart = at + m[0].length - m[2].length;
    const trimmed = m[2].replace(/\s+$/, '');
    // the next row's number, after this row's line or its rate's sign, is no cell of this row
    const run = serial ? beforeSerial(trimmed, n + 1) : trimmed;
    // "8,827,620.53", "820-": a number that goes on past the run is no run of cells
    if (/^[,\-/~]/.test(seg.text.slice(runStart + run.length))) break;
    // under a grade column, the row's grade closes its run: a row without one is no row of this list
    const grade = graded ? GRADE_CELL.exec(seg.text.slice(runStart + run.length)) : null;
    if (graded && !grade) break;
    const cut = onlyCut(run, columns);
    if (cut) {
      rows.push(
        cut.flatMap((part, i) => {
          const column = columns[i];
          if (typeof column === 'string') return [];
          const n = cellNumber(part.text);
          if (!n) return [];
          return [
            {
              name,
              measure: column.measure,
              value: n.value,
              unit: column.measure === 'rate' ? '%' : unit,
              segment: seg,
              start: runStart + part.at,
              end: runStart + part.at + part.text.length,
            },
          ];
        }),
      );
    }
    at = runStart + run.length + (grade?.[0].length ?? 0);
  }
  return rows;
}

interface Part {
  text: string;
  at: number;
}

/** How many fitting cuts of one run are weighed against each other before the run is read past as ambiguous. */
const MAX_FITS = 8;

/**
 * The one way to cut `run` into a number per column that fits, or null (none, or several). Where several fit, the
 * one whose amounts are written alike is taken when it is the only such (writtenAlike).
 */
function onlyCut(run: string, columns: Column[]): Part[] | null {
  const chunks = [...run.matchAll(/\S+/g)].map((c) => ({ text: c[0], at: c.index }));
  const fits: Part[][] = [];
  const walk = (chunk: number, offset: number, col: number, parts: Part[]) => {
    if (fits.length > MAX_FITS) return;
    if (chunk === chunks.length) {
      if (col === columns.length && agrees(parts, columns)) fits.push(parts);
      return;
    }
    const c = chunks[chunk];
    for (let end = offset + 1; end <= c.text.length && col < columns.length; end++) {
      const text = c.text.slice(offset, end);
      if (!valid(text, columns[col])) continue;
      const next = [...parts, { text, at: c.at + offset }];
      if (end === c.text.length) walk(chunk + 1, 0, col + 1, next);
      else walk(chunk, end, col + 1, next);
    }
  };
  walk(0, 0, 0, []);
  if (fits.length <= 1) return fits[0] ?? null;
  if (fits.length > MAX_FITS) return null;
  const alike = fits.filter((parts) => amountsShareDecimals(parts, columns));
  if (alike.length === 1) return alike[0];
  // else the one whose amounts are each written to the fen at most, when it is the only such: "200200.00100.00%" is
  // 200 | 200.00 | 100.00%, not 200200.001 | 0 | 0.00% (a thousandth of a 万元 is rare beside amounts to the fen)
  const toTheFen = fits.filter((parts) => amountsOf(parts, columns).every((a) => (a.split('.')[1] ?? '').length <= 2));
  return toTheFen.length === 1 ? toTheFen[0] : null;
}

/** The amounts of a cut: its cells under a measure other than the rate. */
function amountsOf(parts: Part[], columns: Column[]): string[] {
  return parts.flatMap((p, i) => {
    const c = columns[i];
    return typeof c === 'string' || c.measure === 'rate' ? [] : [p.text];
  });
}

/** Whether the amounts of a cut (not its rate, weight or score) are written with as many decimals each. */
function amountsShareDecimals(parts: Part[], columns: Column[]): boolean {
  return writtenAlike(amountsOf(parts, columns));
}

function valid(text: string, column: Column): boolean {
  // "预算执行率(%)" over "97.79": the sign is the header's; a cut is still taken only where the rate is
  // the spending over the budget (agrees)
  if (typeof column !== 'string' && column.measure === 'rate')
    return text.endsWith('%') ? PART.test(text.slice(0, -1)) : !!column.percentInHeader && PART.test(text);
  return PART.test(text) || (typeof column !== 'string' && GROUPED.test(text));
}

/** With a budget, a spending and a rate: the rate is the spending over the budget; else the amounts share their decimals. */
function agrees(parts: Part[], columns: Column[]): boolean {
  const fragments = parts.flatMap((p, i) => {
    const c = columns[i];
    return typeof c === 'string'
      ? []
      : [{ measure: c.measure, value: p.text.replace(/%$|,/g, ''), unit: (c.measure === 'rate' ? '%' : '万元') as Unit }];
  });
  // an indicator's weight is more than nothing and no score exceeds it ("64.8 | 64.81 | 0 | 100% | 10" is no cut)
  const weight = parts.find((_, i) => columns[i] === 'weight')?.text;
  const score = parts.find((_, i) => columns[i] === 'score')?.text;
  if (weight !== undefined && (Number(weight) <= 0 || Number(weight) > 100)) return false;
  if (score !== undefined && Number(score) > (weight !== undefined ? Number(weight) : 100)) return false;
  const has = (m: TaskMeasure) => fragments.some((f) => f.measure === m);
  if ((has('budget') || has('initial')) && has('executed') && has('rate')) {
    // a budget of nothing checks no rate: a cut that spends against it ("12 | 0 | 120 | 11091.67%") is no reading
    const budget = fragments.find((f) => f.measure === 'budget') ?? fragments.find((f) => f.measure === 'initial');
    const executed = fragments.find((f) => f.measure === 'executed');
    if (budget && Number(budget.value) === 0 && Number(executed?.value) !== 0) return false;
    // nor does a rate of nothing: "0%" says nothing was spent, and a cut that spends against it ("100100.00 | 100.0 |
    // 0%", a sliver of a budget rounded away) is no reading
    const rate = fragments.find((f) => f.measure === 'rate');
    if (rate && Number(rate.value) === 0 && Number(executed?.value) !== 0) return false;
    return rateAgrees(fragments);
  }
  const decimals = new Set(fragments.filter((f) => f.measure !== 'rate').map((f) => (f.value.split('.')[1] ?? '').length));
  return decimals.size <= 1;
}

/**
 * The header of an allocation table run together with one money column ("乡镇补助经费(万元)备注", "县区金额(万元)"): the
 * places' column, the money's (its unit in brackets, group 1), a remark column perhaps. Groups: the unit.
 */
const PLACE_AMOUNT_HEADER =
  /(?:乡镇|街镇|镇街|街道|县区|区县|县市区|市县|地区)(?:名称)?\s*[\u4e00-\u9fff]{0,6}?(?:金额|资金|经费|额度)\s*\((万元|元)\)\s*(?:备注)?/g;
/** A place and its amount run into the next place's name: "龙涓镇5", "长卿镇1.5". Groups: the place, the amount. */
const PLACE_AMOUNT = /^\s*([\u4e00-\u9fff]{1,12}?(?:乡|镇|街道|苏木|县|区|市|旗))\s*((?:0|[1-9]\d{0,9})(?:\.\d{1,4})?)(?![\d.%])/;
/** The total row closing such a run: 合计 / 总计, the whole area's perhaps (全县合计). Group 1: its amount. */
const PLACES_TOTAL = /^\s*(?:全[县市区镇乡旗])?(?:合\s*计|总\s*计)\s*((?:0|[1-9]\d{0,9})(?:\.\d{1,4})?)(?![\d.%])/;

/**
 * An allocation table run together with one money column, each row a place and its amount:
 *
 *   乡镇补助经费(万元)备注甲镇5乙镇1.5丙乡2全县合计8.5
 *
 * A single column leaves nothing to cut, so nothing checks a row by its own numbers (readGluedRows reads runs of two
 * columns or more): the list is read only where every row is a place named for itself (names.ts namedPlace), two at
 * least, and the total row right after them (合计, 全县合计) is their sum exactly. Anything else ends the reading unread.
 */
export function readGluedPlaceAmounts(segments: Segment[]): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const seg of segments) {
    if (seg.kind !== 'paragraph' && seg.kind !== 'cell') continue;
    for (const header of seg.text.matchAll(PLACE_AMOUNT_HEADER)) {
      const unit = header[1] as Unit;
      const rows: TaskFragment[][] = [];
      let at = header.index + header[0].length;
      for (;;) {
        const m = PLACE_AMOUNT.exec(seg.text.slice(at));
        if (!m || !namedPlace(simplify(m[1]))) break;
        const valueAt = at + m[0].length - m[2].length;
        rows.push([{ name: m[1], measure: 'budget', value: m[2], unit, segment: seg, start: valueAt, end: valueAt + m[2].length }]);
        at += m[0].length;
      }
      const total = PLACES_TOTAL.exec(seg.text.slice(at));
      if (rows.length < 2 || !total || !sumOf(rows.map((r) => r[0].value)).equals(new Decimal(total[1]))) continue;
      out.push(...rows);
    }
  }
  return out;
}
