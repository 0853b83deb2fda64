/**
 * A self-evaluation form's funds row read by its arithmetic when its cells cannot be told by position.
 *
 * Copies of the form's 资金情况 block often keep the column header and the 年度资金总额 row's values,
 * but not where one cell ends: header words run together with a value glued among them
 * ("全年预算数(A)300全年执行数(B)执行率(B/A)其中中央补助自治区补助300万元" / "259.45万元" / "86.5%"). The
 * header still says which columns come in which order (年初预算数, 全年预算数, 全年执行数, 执行率), and the
 * row says the rest: its first amounts, read in that order, are a budget, its spending and their
 * stated rate only if the spending divided by the budget is the rate within the rounding of its last
 * digit. The arithmetic is what lets a reader trust the split; without it nothing is read.
 *
 * This reader is a fallback: its figures are taken only when no other reader stated any of them
 * (see extract()).
 */
import type { Unit } from '../model/record.ts';
import { findNumbers, isMoneyUnit, type NumberToken, rateWithinRounding } from './numbers.ts';
import type { Found } from './prose.ts';
import type { Segment } from './text.ts';
import { type Column, columnHeaderWords } from '../model/wordings.ts';

/** The header words of one column, as an alternation. */
const columnWords = (column: Column) => columnHeaderWords(column).join('|');

/** A column's note after its header word: "(A)", "(B/A)", "(万元)", "(%)". */
const NOTE = '(?:\\([A-Za-z/×*%万元]{1,6}\\))?';
/** What may stand between two header words: other headers, a glued value, no sentence's end. */
const BETWEEN = '[^。;\\n]{0,30}?';

/**
 * The funds header: an optional 年初 column, then budget, spending and rate columns, in that order.
 * Group 1 is the 年初 word when there is one.
 */
const FUNDS_HEADER = new RegExp(
  `(?:(${columnWords('initial')})${NOTE}${BETWEEN})?(?:${columnWords('budget')})${NOTE}${BETWEEN}(?:${columnWords('executed')})${NOTE}${BETWEEN}(?:${columnWords('rate')})${NOTE}`,
  'g',
);

/** The total row's own label, in the gap before its values or just before the header (a label cell spanning the header rows). */
const TOTAL_LABEL = /年度资金总额|资金总额|资金总计|合计|总计/;
/** How far before the header the total row's label may stand. */
const LABEL_BEFORE = 12;
/** A sub-line's label or a named item's: then the amounts are a part's, not the total's. */
const PART_LABEL = /财政拨款|结转|结余|其他资金|自筹|项目|名称|[::]/;
/** How far after the header the row's first amount may be. */
const FIRST_VALUE_REACH = 40;
/** A weight cell between the spending and the rate (分值 10): a small whole number, no unit. */
const WEIGHT = /^\d{1,2}$/;
/** Between two cells of the row: no word, only spaces, bars and the copy's stray marks. */
const CELL_GAP = /^[\s|,,、/]*$/;
/** The unit the form declares before its header ("资金情况(万元)", "单位:万元"). */
const DECLARED = /(?:\(|单位\s*[::]\s*)(万元|元|亿元)\)?/g;
const DECLARED_REACH = 80;

/** The row's cells in the order `pattern` names them, when its first amounts fit it. */
function fit(numbers: NumberToken[], pattern: ('initial' | 'budget' | 'executed' | 'weight' | 'rate')[]) {
  if (numbers.length < pattern.length) return null;
  const cells: { [k: string]: NumberToken } = {};
  for (const [n, column] of pattern.entries()) {
    const t = numbers[n];
    if (
      column === 'rate'
        ? t.unit !== '%'
        : column === 'weight'
          ? t.unit !== '' || !WEIGHT.test(t.value)
          : t.unit !== '' && !isMoneyUnit(t.unit)
    )
      return null;
    cells[column] = t;
  }
  const { budget, executed, rate } = cells;
  if (!Number(budget.value) || Number(budget.value) < 0 || Number(executed.value) < 0) return null;
  if (budget.unit && executed.unit && budget.unit !== executed.unit) return null;
  if (cells.initial?.unit && cells.initial.unit !== (budget.unit || executed.unit || cells.initial.unit)) return null;
  return rateWithinRounding(executed.value, budget.value, rate.value) ? cells : null;
}

/** One document's text as one stream, and where each segment starts in it. */
function streamOf(segments: Segment[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const s of segments) {
    starts.push(text.length);
    text += `${s.text}\n`;
  }
  return { text, starts };
}

export function extractCheckedBudgetRows(segments: Segment[]): Found[] {
  const { text, starts } = streamOf(segments);
  const at = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { segment: segments[lo], offset: offset - starts[lo] };
  };
  const rows: Found[][] = [];
  for (const m of text.matchAll(FUNDS_HEADER)) {
    const headerEnd = m.index + m[0].length;
    const after = text.slice(headerEnd, headerEnd + FIRST_VALUE_REACH + 80);
    const numbers = findNumbers(after, { bare: true });
    if (!numbers.length || numbers[0].start > FIRST_VALUE_REACH) continue;
    const gap = after.slice(0, numbers[0].start);
    if (PART_LABEL.test(gap)) continue;
    // (资金总额 is itself a budget header word: the label may be read as the header's first word)
    if (!TOTAL_LABEL.test(text.slice(Math.max(0, m.index - LABEL_BEFORE), headerEnd) + gap)) continue;
    // the row's cells: its first amounts, nothing but spaces and bars between them
    const cells = [numbers[0]];
    for (const n of numbers.slice(1)) {
      if (cells.length >= 5 || !CELL_GAP.test(after.slice(cells[cells.length - 1].end, n.start))) break;
      cells.push(n);
    }
    const shapes: ('initial' | 'budget' | 'executed' | 'weight' | 'rate')[][] = m[1]
      ? [
          ['initial', 'budget', 'executed', 'rate'],
          ['initial', 'budget', 'executed', 'weight', 'rate'],
        ]
      : [
          ['budget', 'executed', 'rate'],
          ['budget', 'executed', 'weight', 'rate'],
        ];
    // exactly one reading of the row's first cells may fit; two (or none) say nothing
    const fits = shapes.map((shape) => fit(cells, shape)).filter((f) => f !== null);
    if (fits.length !== 1) continue;
    const row = fits[0];
    const money = [row.initial, row.budget, row.executed].filter(Boolean);
    const unit = (money.find((t) => t.unit)?.unit ?? declaredBefore(text, m.index)) as Unit | undefined;
    if (!unit) continue;
    const keys: [string, NumberToken | undefined][] = [
      ['budget.initial', row.initial],
      ['budget.total', row.budget],
      ['budget.executed', row.executed],
      ['budget.executionRate', row.rate],
    ];
    rows.push(
      keys.flatMap(([key, t]) => {
        if (!t) return [];
        const { segment, offset } = at(headerEnd + t.start);
        // (a value the stream joined across segments is no cell: the segments' own offsets must hold it)
        if (offset + (t.end - t.start) > segment.text.length) return [];
        return [
          {
            key,
            value: t.value,
            unit: key === 'budget.executionRate' ? '%' : t.unit || unit,
            rule: `table/checked-row/${key}`,
            segment,
            start: offset,
            end: offset + (t.end - t.start),
          },
        ];
      }),
    );
  }
  // several forms, or one form's row read twice differently: only one reading of the funds row is the report's
  const distinct = new Set(rows.map((r) => r.map((f) => `${f.key}=${f.value}`).join(';')));
  return distinct.size === 1 ? rows[0] : [];
}

/** The money unit declared nearest before the header, within reach. */
function declaredBefore(text: string, at: number): Unit | undefined {
  const before = text.slice(Math.max(0, at - DECLARED_REACH), at);
  return [...before.matchAll(DECLARED)].pop()?.[1] as Unit | undefined;
}
