/**
 * Tables as a PDF's text copy lays them out (pdftotext -layout): a row a line, each cell set at the columns the page
 * printed it at, runs of spaces between cells ("序号  项目名称            年初预算   调整后预算   执行数 …" over
 * " 8    农村改厕奖补                            186.40    180.81 …"). Read as words, such a row loses its blank cells: the
 * values after one shift left and a budget becomes the initial budget. Read by position, each cell goes to the header
 * column it stands under, and a blank cell stays blank.
 *
 * The header gives the columns. It may be set on several lines, a column's words stacked ("年初" / "预算数" over one
 * column, "分值" beside them on a line of its own): the lines above the first row whose cells, merged down each column,
 * make header words the vocabulary knows (two at least, model/wordings.ts TABLE_HEADERS). Each row after it must put
 * every cell under one column, and no two in one; a line holding no value that only goes on with the cells of the row
 * above, where a long name filled its column, is that row's wrapped text. The table ends at the first line that is none
 * of these (prose, a page's marker, two blank lines). Any row whose cells cannot be placed leaves the whole run as text:
 * the other readers then take it as they would without this one.
 */
import type { Provenance } from '../model/document.ts';
import { TABLE_HEADERS } from '../model/wordings.ts';
import type { RawCell } from './blocks.ts';
import { displayWidth } from './normalize.ts';

/** A cell of a laid-out line: its text and the display columns it spans, [from, to). */
export interface LaidCell {
  text: string;
  from: number;
  to: number;
}

interface Region {
  start: number;
  end: number;
  rows: RawCell[][];
}

/** A column of the header: its merged words, its span, and whether the vocabulary knows it as a value's column. */
interface HeaderColumn {
  text: string;
  from: number;
  to: number;
  value: boolean;
}

/**
 * A line's cells: text between runs of two spaces or more (an ideographic space is two columns wide, a gap alone).
 * One space stays inside its cell ("1 234.56", "优 秀").
 */
export function laidCells(line: string, widthOf: (ch: string) => number = displayWidth): LaidCell[] {
  const cells: LaidCell[] = [];
  let col = 0;
  let cur: LaidCell | null = null;
  let gap = 0;
  for (const ch of line) {
    const w = widthOf(ch);
    if (ch === ' ' || ch === '\u3000' || ch === '\u00a0') {
      gap += ch === '\u3000' ? 2 : 1;
      col += ch === '\u3000' ? 2 : 1;
      continue;
    }
    if (cur && gap >= 2) {
      cells.push(cur);
      cur = null;
    }
    if (!cur) cur = { text: '', from: col, to: col };
    else if (gap > 0) cur.text += ' ';
    cur.text += ch;
    col += w;
    cur.to = col;
    gap = 0;
  }
  if (cur) cells.push(cur);
  return cells;
}

/** Value columns' header words (a budget's, a spending's, a rate's, a score's …), with a year before and a note after. */
const VALUE_HEADER = new RegExp(
  `^(?:\\d{4}年度?|上年度?|本年度?)?(?:${TABLE_HEADERS.filter((h) => h.column !== 'reason')
    .flatMap((h) => h.words)
    .join('|')})$`,
);
/** A header's bracketed note ("(万元)", "(B/A)") and a closing percent sign: not its words. */
const HEADER_NOTE = /\([^()]{0,14}\)|（[^（）]{0,14}）|[%％]$/g;

/**
 * A list's money and score headers beyond the budget tables' (a notice's 资金量 / 资金规模, its 评价得分 / 评价分数): words
 * that end as a value's header does.
 */
const LIST_VALUE_HEADER = /^[\u4e00-\u9fff]{0,4}(?:资金量|资金规模|金额|得分|分数|评分)$/;

function isValueHeader(text: string): boolean {
  const words = text.replace(/\s/g, '').replace(HEADER_NOTE, '');
  return VALUE_HEADER.test(words) || LIST_VALUE_HEADER.test(words);
}

/** The rest of a bracketed note a narrow cell wrapped onto the header's next line: "元)", "万元）". */
const NOTE_REST = /^[^()（）]{0,4}[)）]$/;

/** A header cell's shape: short words, no digits but a year's, no clause's punctuation. */
const HEADER_CELL = /^[^\d。;；,，:：]{1,16}$/;
/** A header's note alone on its line, under the words it belongs to ("(10 分)" under 预算执行情况, "(万元)"). */
const NOTE_ALONE = /^[(（][^()（）]{1,12}[)）]$/;
const headerLike = (text: string) => {
  const words = text.replace(/\d{4}年度?/, '').replace(/\s/g, '');
  return HEADER_CELL.test(words) || NOTE_ALONE.test(words);
};

/** A value cell: an amount, a rate, a score (a thousands' space inside, "1 234.56"). */
const NUMBER = /^-?\d[\d,]*(?:\.\d+)?[%％]?$/;
/** A percent sign alone, as a narrow cell wraps a rate's sign under its number; and a cell that ends in one. */
const SIGN_ALONE = /^[%％]$/;
const ENDS_IN_SIGN = /[%％]$/;
/** A blank cell's mark. */
const DASH = /^[-—–/－]{1,3}$/;
/** The one space a table sets between a number's groups of three ("1 234.56"), not its own. */
const THOUSANDS_SPACE = /(?<=\d) (?=\d{3}(?:\D|$))/g;
const withoutThousandsSpaces = (text: string) => text.replace(THOUSANDS_SPACE, '');
const isNumber = (text: string) => NUMBER.test(withoutThousandsSpaces(text));
const isValue = (text: string) => isNumber(text) || DASH.test(text);

/** The most lines one header is stacked on. */
const MAX_HEADER_LINES = 4;
/** How far (display columns) a cell may stand beside a column it overlaps none of and still be under it. */
const SLACK = 2;
/** A wrapped cell's text filled its column: it ends this close to the next column's start. */
const FULL_COLUMN = 4;

const overlap = (a: { from: number; to: number }, b: { from: number; to: number }) => Math.min(a.to, b.to) - Math.max(a.from, b.from);
/**
 * The least overlap (display columns) that puts two cells in one column: a whole Chinese character. A copy typed by hand
 * (its writer counting a Chinese character one column wide) overlaps neighbouring columns by one.
 */
const MIN_OVERLAP = 2;

/** The measures a reading places cells by, in its columns: a whole character's overlap, the slack beside a column, a full column. */
interface Metrics {
  minOverlap: number;
  slack: number;
  fullColumn: number;
}
/** Display columns, a Chinese character two wide: a page laid out as it shows. */
const DISPLAY: Metrics = { minOverlap: MIN_OVERLAP, slack: SLACK, fullColumn: FULL_COLUMN };
/** pdftotext's grid, every character one column: a whole character is one column's overlap, and so is the slack. */
const GRID: Metrics = { minOverlap: 1, slack: 1, fullColumn: FULL_COLUMN };

/**
 * The header columns of the `count` lines above line `below`, their cells merged down each column (bottom line first:
 * it is set finest): a cell over one column heads it with the words below, a cell over none is a column of its own, a
 * cell over several heads each (a group's name over its measures). Null when a line is no header's.
 */
function headerOf(cellsOf: (i: number) => LaidCell[], below: number, count: number, m: Metrics): HeaderColumn[] | null {
  const columns: { parts: string[]; from: number; to: number }[] = [];
  // the bottom line's name headers ("任务名称 主要内容" left of its first value header) are whole: the words above them on
  // the left are a title over the table ("年度主要任务") or the last row of the form above, not more of the header
  const bottom = cellsOf(below - 1);
  // (a bracketed note's rest, "元)" under "资金量(万", a value header wrapped inside its note, is that value column's too)
  const firstValue = Math.min(...bottom.filter((c) => isValueHeader(c.text) || NOTE_REST.test(c.text)).map((c) => c.from));
  // (a unit's note under a header word, "（万元）", names nothing)
  const named = Number.isFinite(firstValue) && bottom.some((c) => c.to <= firstValue && c.text.replace(HEADER_NOTE, '').trim());
  for (let i = below - 1; i >= below - count; i--) {
    const cells = cellsOf(i).filter((c) => i === below - 1 || !named || c.from >= firstValue);
    if (cells.length === 0 || !cells.every((c) => headerLike(c.text))) return null;
    const added: typeof columns = [];
    for (const c of cells) {
      const under = columns.filter((col) => overlap(col, c) >= m.minOverlap);
      if (under.length === 0) added.push({ parts: [c.text], from: c.from, to: c.to });
      for (const col of under) {
        col.parts.unshift(c.text);
        if (under.length === 1) {
          col.from = Math.min(col.from, c.from);
          col.to = Math.max(col.to, c.to);
        }
      }
    }
    columns.push(...added);
  }
  columns.sort((a, b) => a.from - b.from);
  for (let k = 1; k < columns.length; k++) if (columns[k].from < columns[k - 1].to) return null;
  const header = columns.map((c) => {
    const text = c.parts.join('').replace(/\s/g, '');
    return { text, from: c.from, to: c.to, value: isValueHeader(text) };
  });
  if (header.filter((h) => h.value).length < 2) return null;
  // a bracket's end with no head above it ("元)" where the line above opens fewer brackets, or sets them over other
  // columns): the header's words are not where its columns are
  if (header.some((h) => NOTE_REST.test(h.text))) return null;
  // the words after the first value column are value columns' or short notes' (等级, 备注); a title over the table
  // merged into the columns makes them none
  const first = header.findIndex((h) => h.value);
  if (header.slice(first).some((h) => !h.value && h.text.length > 6)) return null;
  return header;
}

const valueColumns = (header: HeaderColumn[]) => header.filter((h) => h.value).length;

/** The column a cell stands under: the one it overlaps most, or the one beside it within SLACK. */
function columnOf(header: HeaderColumn[], cell: LaidCell, m: Metrics): number {
  let best = -1;
  let most = 0;
  for (const [k, h] of header.entries()) {
    if (h.to < 0) continue;
    const o = overlap(h, cell);
    if (o >= m.minOverlap && o > most) {
      most = o;
      best = k;
    }
  }
  if (best >= 0) return best;
  for (const [k, h] of header.entries()) if (h.to >= 0 && Math.max(h.from - cell.to, cell.from - h.to) <= m.slack) return k;
  return -1;
}

/**
 * A cell under no column, left of the first value column: the row's label where the header's words over it ("项目资金
 * (万元)" heading both the form's side and its rows' labels) stand left of it, in the last such column that starts
 * before it. -1 when it stands right of a value column, or no words head it.
 */
function labelColumnOf(header: HeaderColumn[], cell: LaidCell): number {
  const firstValue = header.findIndex((h) => h.value);
  if (firstValue < 0 || cell.to > header[firstValue].from) return -1;
  return header.findLastIndex((h, k) => k < firstValue && h.to >= 0 && h.from <= cell.from);
}

interface PlacedRow {
  /** The row's cells by column (SIDE first: the text left of every column, a form's side label). */
  cells: (string | undefined)[];
  /** Each placed cell's span, by column. */
  spans: (LaidCell | undefined)[];
  lines: [number, number];
  values: boolean;
}

/**
 * A line's cells placed under the columns: null when a cell is under no column or two share one. Cells left of every
 * column are the row's side (a form's label over several rows, "年度主要任务完成情况"); under a header that names no
 * row label (its first column a value's), the last of them, nearest the values, is the row's label.
 */
function place(columns: HeaderColumn[], cells: LaidCell[], i: number, m: Metrics): PlacedRow | null {
  const labelled = columns[0].text === '' && columns[0].to < 0;
  const width = columns.length + 1;
  const row: PlacedRow = { cells: new Array(width).fill(undefined), spans: new Array(width).fill(undefined), lines: [i, i], values: false };
  const firstReal = columns[labelled ? 1 : 0];
  const left = cells.filter((c) => c.to <= firstReal.from && overlap(firstReal, c) <= 0);
  const side = labelled ? left.slice(0, -1) : left;
  if (side.length) row.cells[0] = side.map((c) => c.text).join(' ');
  if (labelled && left.length) {
    row.cells[1] = left[left.length - 1].text;
    row.spans[1] = left[left.length - 1];
  }
  for (const c of cells.filter((c) => !left.includes(c))) {
    // a cell over several value columns, the page's cells run together ("1152.401098.27" under 全年预算数 | 全年执行数)
    const under = columns.flatMap((h, k) => (h.to >= 0 && overlap(h, c) >= m.minOverlap ? [k] : []));
    const pieces = under.length >= 2 && under.every((k) => columns[k].value) ? gluedValues(c.text, under.length) : null;
    if (pieces) {
      if (under.some((k) => row.cells[k + 1] !== undefined)) return null;
      for (const [n, k] of under.entries()) row.cells[k + 1] = pieces[n];
      row.values = true;
      continue;
    }
    const column = columnOf(columns, c, m);
    const k = column >= 0 ? column : labelColumnOf(columns, c);
    if (k < 0 || row.cells[k + 1] !== undefined) return null;
    row.cells[k + 1] = c.text;
    row.spans[k + 1] = c;
    if (columns[k].value && isValue(c.text)) row.values = true;
  }
  return row;
}

const BLANK = (line: string) => line.replace(/\u200B/g, '').trim() === '';
const PAGE_GONE = (line: string) => line.includes('\u200B');
/** Lines a laid-out table's reader never takes: other readers' tables (tabs, bars). */
const OTHER_TABLE = /[\t|]/;
/** A group's or a list's number opening a cell ("一、", "(二)", "3."). */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])/;
/** A clause's end: prose, not a cell's text. */
const CLAUSE = /[。；;！？]/;
/** A cell's text that stops on a word joining it to more (农村公路日常养护及 / 安全设施维修): its rest is on the next line. */
const GOES_ON = /[及和与、的并暨,，(（:：]$/;

const lineProv = (from: number, to: number): Provenance => ({ page: null, lines: [from + 1, to + 1] });

/** Each line's cells, counted in `widthOf` columns, read once. */
function cellsOfLines(lines: string[], widthOf: (ch: string) => number): (i: number) => LaidCell[] {
  const cache = new Map<number, LaidCell[]>();
  return (i: number) => {
    if (i < 0 || i >= lines.length || OTHER_TABLE.test(lines[i])) return [];
    let c = cache.get(i);
    if (!c) cache.set(i, (c = laidCells(lines[i].replace(/\u200B/g, ''), widthOf)));
    return c;
  };
}

/** The laid-out tables of `lines`, each a region of lines with its rows (the header first). */
export function findLaidOutRegions(lines: string[]): Region[] {
  const regions: Region[] = [];
  const cellsOf = cellsOfLines(lines, displayWidth);
  // pdftotext -layout sets every character on one column of its grid, a Chinese one too: a header of Chinese words over
  // numbers lines up only when each character counts one column (read so where the page's width does not place a row),
  // and a whole character is then one column's overlap
  const cellsOfGrid = cellsOfLines(lines, () => 1);
  let i = 0;
  while (i < lines.length) {
    const read = tableAt(lines, cellsOf, i, DISPLAY) ?? tableAt(lines, cellsOfGrid, i, GRID) ?? proseColumnsAt(lines, cellsOf, i);
    if (read) {
      regions.push(read);
      i = read.end + 1;
    } else i++;
  }
  return regions;
}

/** The table whose first row is line `d`, its header right above it: null when `d` opens none. */
function tableAt(lines: string[], cellsOf: (i: number) => LaidCell[], d: number, m: Metrics): Region | null {
  const first = cellsOf(d);
  if (first.length < 2 || !first.some((c) => isNumber(c.text))) return null;
  // the first row's label begun on the line above its values ("农村公路日常养护及" over "安全设施维修  120.00 …"): one cell
  // of words that stops on a joining word, no header's; the header stands above it
  const above = d > 0 ? cellsOf(d - 1) : [];
  const labelAbove = above.length === 1 && GOES_ON.test(above[0].text) && !isValueHeader(above[0].text) ? above[0] : null;
  // the header right above (past one blank line), stacked on as many lines as still make header words
  let top = labelAbove ? d - 1 : d;
  if (top > 0 && BLANK(lines[top - 1]) && !PAGE_GONE(lines[top - 1])) top--;
  let header: HeaderColumn[] | null = null;
  let headerTop = top;
  for (let count = 1; count <= MAX_HEADER_LINES && top - count >= 0; count++) {
    if (BLANK(lines[top - count])) break;
    const h = headerOf(cellsOf, top, count, m);
    // a line whose words turn a value column's header into words the vocabulary does not know ("部" over 全年执行数, the
    // wrapped end of a form's row above the table) is none of the header: the table's header ended below it
    if (h && header && valueColumns(h) < valueColumns(header)) break;
    if (h) {
      header = h;
      headerTop = top - count;
    }
  }
  if (!header) return null;
  // a header naming no row label (its first column a value's) gets a label column of its own, left of the values
  const columns: HeaderColumn[] = header[0].value ? [{ text: '', from: -1, to: -1, value: false }, ...header] : header;
  const rows: PlacedRow[] = [];
  let blanks = 0;
  for (let j = d; j < lines.length; j++) {
    if (OTHER_TABLE.test(lines[j])) break;
    if (PAGE_GONE(lines[j]) || (BLANK(lines[j]) && blanks === 1)) {
      // a page's marker between two rows: the table goes on when the next page opens on a row of values under its columns
      // (a repeated header opens a table of its own)
      const next = afterPageBreak(lines, j);
      const row = next !== null ? place(columns, cellsOf(next), next, m) : null;
      if (next === null || !row?.values) break;
      j = next - 1;
      blanks = 0;
      continue;
    }
    if (BLANK(lines[j])) {
      if (++blanks > 1) break;
      continue;
    }
    blanks = 0;
    const cells = cellsOf(j);
    const row = place(columns, cells, j, m);
    if (row && j === d && labelAbove) {
      const k = row.cells.findIndex((c) => c !== undefined);
      if (k >= 0 && !columns[k - 1]?.value) {
        row.cells[k] = labelAbove.text + row.cells[k];
        row.lines[0] = d - 1;
      }
    }
    if (!row) {
      if (rows.some((r) => r.values) || cells.some((c) => CLAUSE.test(c.text) || c.to - c.from > 40)) break;
      return null;
    }
    const prev = rows[rows.length - 1];
    // a wrapped cell goes on in the very next line, as words, no clause of prose after a blank line (its words under a
    // column the vocabulary calls a value's too, "金" under 总额 in a 年度预算数(万元) column of labels); and "98.00" over "%":
    // a rate's sign its narrow cell wrapped goes back to its number, alone or beside the row's other wrapped words
    // ("其中:" over "财政资金")
    const words = withoutWrappedSigns(prev, row);
    const signsOnly = words !== row && words.cells.every((c) => c === undefined);
    const wraps = (r: PlacedRow) => !!prev && !r.cells.some((c) => c && CLAUSE.test(c)) && wrapsInto(prev, r, columns, m);
    if (!row.values && prev && prev.lines[1] === j - 1 && (signsOnly || wraps(words) || (words !== row && wraps(row)))) {
      for (const [k, c] of row.cells.entries()) if (c !== undefined) prev.cells[k] = (prev.cells[k] ?? '') + c;
      prev.lines[1] = j;
      continue;
    }
    if (!row.values && row.cells.some((c, k) => c !== undefined && k > 0 && columns[k - 1].value && !DASH.test(c))) break;
    if (!row.values && row.cells.some((c) => c !== undefined && CLAUSE.test(c))) break;
    // a label's first line over the line of its row's values ("农村公路日常养护及" / "安全设施维修   120.00 …", the values set
    // at the label's last line): words alone that stop on a joining word open the next row's label
    const held = rows[rows.length - 1];
    if (
      row.values &&
      held &&
      !held.values &&
      held.lines[1] === j - 1 &&
      held.cells.every((c, k) => c === undefined || k === labelColumn(held)) &&
      GOES_ON.test(held.cells[labelColumn(held)] ?? '') &&
      row.cells[labelColumn(held)] !== undefined
    ) {
      const k = labelColumn(held);
      row.cells[k] = (held.cells[k] ?? '') + row.cells[k];
      row.lines[0] = held.lines[0];
      rows.pop();
    }
    rows.push(row);
  }
  // (a name-only row after the last row of values is the text after the table)
  while (rows.length && !rows[rows.length - 1].values) rows.pop();
  if (rows.filter((r) => r.values).length < 2 || !aligned(rows, columns)) return null;
  const sided = rows.some((r) => r.cells[0] !== undefined);
  const headerRow: RawCell[] = columns.map((h) => ({ raw: h.text, prov: lineProv(headerTop, d - 1) }));
  const out: RawCell[][] = [
    sided ? [{ raw: '', prov: lineProv(headerTop, d - 1) }, ...headerRow] : headerRow,
    ...rows.map((r) =>
      (sided ? r.cells : r.cells.slice(1)).map((c) => ({ raw: withoutThousandsSpaces(c ?? ''), prov: lineProv(...r.lines) })),
    ),
  ];
  return { start: headerTop, end: rows[rows.length - 1].lines[1], rows: out };
}

/** The column of a row's one cell of words (its label, where it holds no value). */
function labelColumn(row: PlacedRow): number {
  return row.cells.findIndex((c) => c !== undefined);
}

/** The most lines a page break takes between two rows: blank lines and the page's marker. */
const PAGE_BREAK_LINES = 6;

/** The first line after the page break at or after line `j` (blank lines and a page's marker), null when there is none. */
function afterPageBreak(lines: string[], j: number): number | null {
  let k = j;
  let marker = false;
  while (k < lines.length && k - j < PAGE_BREAK_LINES && BLANK(lines[k])) {
    if (PAGE_GONE(lines[k])) marker = true;
    k++;
  }
  return marker && k < lines.length && !BLANK(lines[k]) ? k : null;
}

/** How far (display columns) the cells of one column may stray from one edge or centre they share. */
const ALIGNED = 2;
/** An amount or a rate, not a serial number: a decimal point, a thousands separator, a percent sign, four digits. */
const AMOUNT = /[.,%％]|\d{4}/;

/**
 * Whether the rows are a page's columns: the cells of each value column share an edge or a centre (a copy that only put
 * two spaces between its cells, "1  土地平整工程  425.00", has none, and its cells stand under the header by chance), and
 * no column holds both names and amounts (a 合计 row's amounts shifted under the names).
 */
function aligned(rows: PlacedRow[], columns: HeaderColumn[]): boolean {
  for (let k = 1; k <= columns.length; k++) {
    const spans = rows.flatMap((r) => (r.spans[k] ? [r.spans[k] as LaidCell] : []));
    const texts = spans.map((c) => c.text);
    if (texts.some((t) => isNumber(t) && AMOUNT.test(t)) && texts.some((t) => !isValue(t))) return false;
    // (a blank cell's dash is set anywhere in its cell)
    const numbers = spans.filter((c) => isNumber(c.text));
    if (!columns[k - 1].value || numbers.length < 2) continue;
    const spread = (at: (c: LaidCell) => number) => Math.max(...numbers.map(at)) - Math.min(...numbers.map(at));
    if (
      Math.min(
        spread((c) => c.from),
        spread((c) => c.to),
        spread((c) => c.from + c.to) / 2,
      ) > ALIGNED
    )
      return false;
  }
  return true;
}

/**
 * A value of a run-together cell: no leading zero, a decimal point (a whole number's digits run into the next value's
 * at any place), thousands separators in threes; a rate closes on its percent sign.
 */
const GLUED_PIECE = /^(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)\.(\d{1,4})(%?)$/;

/**
 * The `count` values a run-together cell holds, when exactly one cut gives values each written as GLUED_PIECE, the
 * amounts all to as many decimals ("1152.401098.27" → 1152.40 | 1098.27, never 1152.4010 | 98.27; "95.30%9.53" → 95.30% |
 * 9.53). Null when no cut or several fit.
 */
export function gluedValues(text: string, count: number): string[] | null {
  const found: string[][] = [];
  const decimalsAlike = (pieces: string[]) =>
    new Set(pieces.flatMap((p) => (p.endsWith('%') ? [] : [GLUED_PIECE.exec(p)?.[1].length]))).size <= 1;
  const cut = (rest: string, pieces: string[]) => {
    if (found.length > 1) return;
    if (pieces.length === count) {
      if (rest === '' && decimalsAlike(pieces)) found.push(pieces);
      return;
    }
    for (let n = 1; n <= rest.length; n++) {
      const piece = rest.slice(0, n);
      if (GLUED_PIECE.test(piece)) cut(rest.slice(n), [...pieces, piece]);
    }
  };
  cut(text.replace(/\s/g, ''), []);
  return found.length === 1 ? found[0] : null;
}

/**
 * Whether a line of text alone goes on with the row above: every cell stands under a column whose cell in that row
 * filled the column to its end (the page wrapped it there) or left a bracket open.
 */
/**
 * The row without its percent signs alone under a number of the row above that has none (a rate's sign wrapped): the row
 * itself when it holds none such.
 */
function withoutWrappedSigns(prev: PlacedRow | undefined, row: PlacedRow): PlacedRow {
  const wrapped = row.cells.map(
    (c, k) => SIGN_ALONE.test(c ?? '') && isNumber(prev?.cells[k] ?? '') && !ENDS_IN_SIGN.test(prev?.cells[k] ?? ''),
  );
  if (!prev || !wrapped.includes(true)) return row;
  return {
    ...row,
    cells: row.cells.map((c, k) => (wrapped[k] ? undefined : c)),
    spans: row.spans.map((s, k) => (wrapped[k] ? undefined : s)),
  };
}

function wrapsInto(prev: PlacedRow, row: PlacedRow, columns: HeaderColumn[], m: Metrics): boolean {
  if (row.cells.some((c) => c !== undefined && NUMBERED.test(c))) return false;
  // a line with nothing under the row's first column, under columns the row above filled: those cells' wrapped ends
  // (a row's own cells open in its first column: its serial, its name)
  const first = prev.cells.findIndex((c, k) => k > 0 && c !== undefined);
  if (first > 0 && row.cells.findIndex((c, k) => k > 0 && c !== undefined) > first && row.cells[0] === undefined)
    // (a percent sign under a rate that has its own is none of its wrapped end)
    return row.cells.every(
      (c, k) => c === undefined || (prev.cells[k] !== undefined && !(SIGN_ALONE.test(c) && ENDS_IN_SIGN.test(prev.cells[k] ?? ''))),
    );
  return row.cells.every((c, k) => {
    if (c === undefined) return true;
    const above = prev.spans[k];
    const text = prev.cells[k];
    if (!above || !text) return false;
    if (/[(（][^)）]*$/.test(text) || GOES_ON.test(text)) return true;
    const next = columns.slice(k).find((h) => h.from >= above.to);
    if (next !== undefined && next.from - above.to <= m.fullColumn) return true;
    // a name's last characters under its first, short of it: no row of its own (a group's heading is numbered or as long)
    const span = row.spans[k];
    return !!span && Math.abs(span.from - above.from) <= m.slack && c.length * 2 <= text.length && !NUMBERED.test(c);
  });
}

/**
 * The headers of a form's columns of words side by side (a 自评表's 年度总体目标: 预期目标 | 实际完成情况): what was planned
 * and what was done, each told in sentences that the copy wraps within its column.
 */
const PROSE_HEADER =
  /^(?:预期目标|年度目标|绩效目标|年度绩效目标|总体目标|实际完成情况|完成情况|目标完成情况|实际完成|实际完成结果|完成结果)$/;
/** The side label's length at most, on the header's line ("年度总体"). */
const SIDE_LABEL = 8;

/**
 * Columns of sentences a form sets side by side, its header on line `h` ("预期目标        实际完成情况"): each line's pieces
 * go to the column they stand under and join there, so that each column reads as its own text instead of the two
 * interleaved line by line ("…新建一体化处完成12个行政村…"). One row: the columns' texts, a side label left of them (年度总体目标)
 * in a column of its own. It ends at a blank line, or at a line with a piece under no column or two in one.
 */
function proseColumnsAt(lines: string[], cellsOf: (i: number) => LaidCell[], h: number): Region | null {
  const cells = cellsOf(h);
  const headed = cells.filter((c) => PROSE_HEADER.test(c.text.replace(/\s/g, '')));
  const side = cells.filter((c) => !headed.includes(c));
  if (headed.length < 2 || side.some((c) => c.from > headed[0].from || c.text.length > SIDE_LABEL)) return null;
  const columns: HeaderColumn[] = [
    { text: '', from: -1, to: -1, value: false },
    ...headed.map((c, k) => ({
      text: c.text.replace(/\s/g, ''),
      from: c.from,
      to: headed[k + 1]?.from ?? Number.MAX_SAFE_INTEGER,
      value: false,
    })),
  ];
  const texts: string[] = columns.map(() => '');
  texts[0] = side.map((c) => c.text).join('');
  let end = h;
  for (let j = h + 1; j < lines.length && !BLANK(lines[j]) && !PAGE_GONE(lines[j]) && !OTHER_TABLE.test(lines[j]); j++) {
    const placed: string[] = columns.map(() => '');
    let ok = true;
    for (const c of cellsOf(j)) {
      const k = c.to <= columns[1].from ? 0 : columns.findIndex((col, n) => n > 0 && c.from >= col.from - SLACK && c.from < col.to);
      if (k < 0 || placed[k] || (k > 0 && c.to > columns[k].to + SLACK)) ok = false;
      else placed[k] = c.text;
    }
    if (!ok) break;
    for (const [k, t] of placed.entries()) texts[k] += t;
    end = j;
  }
  if (end === h || texts.slice(1).some((t) => !t)) return null;
  const prov = lineProv(h, end);
  return {
    start: h,
    end,
    rows: [columns.map((c) => ({ raw: c.text, prov: lineProv(h, h) })), texts.map((raw) => ({ raw, prov }))],
  };
}
