/**
 * Figures read from tables — real ones (Word, PDF, Markdown pipe tables) and the flattened ones
 * web pages produce (one cell per line, cells ending in " |", rows whose merged cells were
 * dropped). Both are read as one stream of cells: a run of known column headers
 * (年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 分值 / 得分 …), then a row label (总额, 合计,
 * 公务接待费 …) followed by its values in header order. Column positions are never trusted,
 * because flattening and merged cells shift them; the order of headers and values survives both.
 */
import type { Document } from '../model/document.ts';
import type { Unit } from '../model/record.ts';
import { cellNumber } from './numbers.ts';
import type { Found, TaskFragment } from './prose.ts';
import { type Segment, segmentsOf } from './text.ts';
import type { Measure } from './wordings.ts';
import { THREE_PUBLIC, THREE_PUBLIC_ITEMS } from './wordings.ts';

export interface Token {
  text: string;
  segment: Segment;
  start: number;
  end: number;
}

type Column = Measure | 'weight' | 'score' | 'reason';

const HEADERS: { column: Column; re: RegExp }[] = [
  { column: 'initial', re: /^年初预算(?:数|金额)?$/ },
  { column: 'budget', re: /^(?:全年预算数?|调整后预算数?|预算数|全年预算金额|预算金额|年度预算数?)$/ },
  { column: 'executed', re: /^(?:全年执行数|预算执行数|执行数|实际支出数?|决算数|实际执行数|全年实际支出|实际完成数?)$/ },
  { column: 'rate', re: /^(?:预算执行率|执行率|资金执行率|完成率)$/ },
  { column: 'weight', re: /^(?:分值|权重)$/ },
  { column: 'score', re: /^得分$/ },
  { column: 'reason', re: /^(?:原因|偏差原因.*|未完成原因.*)$/ },
];
const TOTAL_ROW = /^(?:年度资金总额|资金总额|总额|合计|总计|项目资金总额|年度总金额)[:]?$/;
const UNIT_DECLARATION = /(?:单位|\()\s*[:]?\s*(万元|元|亿元|千元)\)?/;

function headerOf(text: string): Column | null {
  const t = text.replace(/[\s:]/g, '').replace(/\((?:万元|元)\)$/, '');
  for (const h of HEADERS) if (h.re.test(t)) return h.column;
  return null;
}

/** Cells of the document as one stream: table cells row by row, "|"-separated lines split, other paragraphs whole. */
export function tokensOf(segments: Segment[]): Token[] {
  const out: Token[] = [];
  for (const seg of segments) {
    if (seg.kind === 'cell') {
      out.push({ text: seg.text.trim(), segment: seg, start: 0, end: seg.text.length });
    } else if (seg.kind === 'paragraph' && seg.text.includes('|')) {
      let at = 0;
      for (const part of seg.text.split('|')) {
        const lead = part.length - part.trimStart().length;
        out.push({ text: part.trim(), segment: seg, start: at + lead, end: at + part.trimEnd().length });
        at += part.length + 1;
      }
    } else {
      out.push(...splitRowText({ text: seg.text.trim(), segment: seg, start: 0, end: seg.text.length }));
    }
  }
  return out;
}

const VALUE = '-?[\\d,]+(?:\\.\\d+)?%?';
const ROW_TEXT = new RegExp(`^(\\S*?[^\\d\\s,.%-])?\\s*((?:${VALUE}\\s+)+${VALUE})$`);

/**
 * A table row copied as text ("年度资金总额 43.2 43.2 37.24 10 86% 9") is split into its cells, and
 * a header row whose spaces normalization removed ("年初预算数全年预算数全年执行数分值执行率得分")
 * into its headers.
 */
export function splitRowText(t: Token): Token[] {
  const row = ROW_TEXT.exec(t.text);
  if (row) {
    const cells: Token[] = [];
    if (row[1]) cells.push({ ...t, text: row[1], end: t.start + row[1].length });
    for (const m of row[2].matchAll(/\S+/g)) {
      const at = t.start + row.index + row[0].indexOf(row[2]) + m.index;
      cells.push({ ...t, text: m[0], start: at, end: at + m[0].length });
    }
    return cells;
  }
  const headers = splitHeaders(t.text);
  if (headers.length >= 2) {
    let at = t.start;
    return headers.map((h) => {
      const cell = { ...t, text: h, start: at, end: at + h.length };
      at += h.length;
      return cell;
    });
  }
  return [t];
}

const HEADER_WORDS = HEADERS.map((h) => new RegExp(`^(?:${h.re.source.replace(/^\^|\$$/g, '')})`));

/** "年初预算数全年预算数…得分" → ["年初预算数", "全年预算数", …]; [] unless the whole text is headers. */
export function splitHeaders(text: string): string[] {
  const out: string[] = [];
  let rest = text.replace(/\s/g, '');
  while (rest) {
    let best = '';
    for (const re of HEADER_WORDS) {
      const m = re.exec(rest);
      if (m && m[0].length > best.length) best = m[0];
    }
    if (!best) return [];
    out.push(best);
    rest = rest.slice(best.length);
  }
  return out;
}

export interface TableResult {
  figures: Found[];
  taskFragments: TaskFragment[][];
}

interface HeaderRun {
  columns: Column[];
  end: number; // index of the first token after the run
}

/** Headers may be split over two cells or lines ("年初" + "预算数"); unit declarations inside the run are skipped. */
function headerRunAt(tokens: Token[], i: number): HeaderRun | null {
  const columns: Column[] = [];
  let j = i;
  while (j < tokens.length) {
    // "年度预算数(万元)" above 年初预算 / 调整后预算数 is a group header that states the unit
    if (/\((?:万元|元|亿元)\)$/.test(tokens[j].text) && j + 1 < tokens.length && headerOf(tokens[j + 1].text)) {
      j++;
      continue;
    }
    const one = headerOf(tokens[j].text);
    if (one) {
      columns.push(one);
      j++;
      continue;
    }
    const two = j + 1 < tokens.length ? headerOf(tokens[j].text + tokens[j + 1].text) : null;
    if (two && tokens[j].text) {
      columns.push(two);
      j += 2;
      continue;
    }
    break;
  }
  const money = columns.filter((c) => c === 'initial' || c === 'budget' || c === 'executed' || c === 'rate');
  return money.length >= 2 ? { columns, end: j } : null;
}

function unitNear(tokens: Token[], from: number, to: number): Unit {
  for (let k = to; k >= Math.max(0, from); k--) {
    const m = UNIT_DECLARATION.exec(tokens[k].text);
    if (m) return m[1] as Unit;
  }
  return '万元';
}

function threePublicItemKey(label: string): string | null {
  for (const item of THREE_PUBLIC_ITEMS) if (item.label.test(label)) return item.key;
  return null;
}

const THREE_PUBLIC_COLUMN: Partial<Record<Column, string>> = { budget: '.budget', initial: '.budget', executed: '', rate: '.rate' };
const DOCUMENT_COLUMN: Partial<Record<Column, string>> = {
  initial: 'budget.initial',
  budget: 'budget.total',
  executed: 'budget.executed',
  rate: 'budget.executionRate',
};

export function extractTables(doc: Document, kindIsProject: boolean, segments = segmentsOf(doc)): TableResult {
  const tokens = tokensOf(segments);
  const figures: Found[] = [];
  const taskFragments: TaskFragment[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const run = headerRunAt(tokens, i);
    if (!run) {
      i++;
      continue;
    }
    const context = tokens
      .slice(Math.max(0, i - 8), i)
      .map((t) => t.text)
      .join(' ');
    const threePublic = THREE_PUBLIC.test(context) || THREE_PUBLIC.test(tokens[i].segment.headings.join(' '));
    const unit = unitNear(tokens, i - 8, i);
    const projectName = nameBefore(tokens, i);
    // rows: a label followed by one value per column, until the values stop being numbers
    let k = run.end;
    let rows = 0;
    while (k < tokens.length && rows < 12) {
      // an empty cell left of the row label is the merged 项目资金 cell of the row above
      while (k < tokens.length - 1 && tokens[k].text === '' && tokens[k].segment.kind === 'cell') k++;
      const label = tokens[k].text;
      if (!label || cellNumber(label) || headerOf(label)) break;
      const values: { column: Column; token: Token; value: string; unit: Unit }[] = [];
      let v = k + 1;
      for (const column of run.columns) {
        const t = tokens[v];
        if (!t) break;
        const n = cellNumber(t.text);
        if (n) values.push({ column, token: t, value: n.value, unit: n.unit || (column === 'rate' ? '%' : unit) });
        else if (t.text && column !== 'reason' && column !== 'score' && column !== 'weight') break;
        v++;
      }
      if (values.length === 0) {
        // an item row with no amounts (因公出国(境)费 | | ) — skip it in a “三公” table, end the table otherwise
        if (!threePublic || v === k + 1) break;
        k = v;
        rows++;
        continue;
      }
      const simpleLabel = label.replace(/\s/g, '');
      const isTotal = TOTAL_ROW.test(simpleLabel);
      for (const val of values) {
        if (val.column === 'weight' || val.column === 'score' || val.column === 'reason') continue;
        const span = { segment: val.token.segment, start: val.token.start, end: val.token.end };
        if (threePublic) {
          const item = isTotal ? 'threePublic.total' : threePublicItemKey(simpleLabel);
          const suffix = THREE_PUBLIC_COLUMN[val.column];
          if (!item || suffix === undefined) continue;
          const key = item === 'threePublic.total' ? (suffix === '' ? item : `threePublic${suffix}`) : `${item}${suffix}`;
          figures.push({ key, value: val.value, unit: val.unit, rule: `table/${key}`, ...span });
        } else if (isTotal && kindIsProject) {
          const key = DOCUMENT_COLUMN[val.column];
          if (key) figures.push({ key, value: val.value, unit: val.unit, rule: `table/${key}`, ...span });
        }
      }
      if (!threePublic && isTotal && !kindIsProject && projectName) {
        taskFragments.push(
          values
            .filter((v2) => v2.column === 'budget' || v2.column === 'executed' || v2.column === 'rate' || v2.column === 'initial')
            .map((v2) => ({ name: projectName, measure: v2.column as Measure, value: v2.value, unit: v2.unit, segment: v2.token.segment, start: v2.token.start, end: v2.token.end })),
        );
      }
      rows++;
      k = v;
      // only the total row feeds project figures; “三公” tables go on to their item rows
      if (!threePublic) break;
    }
    i = Math.max(k, run.end);
  }
  return { figures, taskFragments };
}

/** The project a self-evaluation table is about: the cell after 项目名称. */
function nameBefore(tokens: Token[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 40); k--) {
    if (/^项目名称[:]?$/.test(tokens[k].text.replace(/\s/g, '')) && tokens[k + 1]?.text) {
      return tokens[k + 1].text.replace(/^\d{10,}-/, '');
    }
  }
  return null;
}

const NAME_HEADER = /^(?:项目名称|项目|任务名称|工作任务|重点工作任务|重点任务|支出项目|资金名称|专项名称)$/;
const SKIP_ROW = /^(?:合计|总计|小计|总额|其中)/;

/**
 * Project or task lists in real tables (Word, PDF, pipe tables): a header row with a name column
 * and at least two of budget / executed / rate, then one row per project. Read by column index,
 * which is safe here because the rows have the header's width.
 */
export function extractTaskTables(doc: Document, segments = segmentsOf(doc)): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    const texts = block.rows.map((row) => row.map((c) => c.text.replace(/\s/g, '')));
    const headerAt = texts.findIndex((row) => row.some((t) => NAME_HEADER.test(t)) && row.filter((t) => headerOf(t)).length >= 2);
    if (headerAt < 0) continue;
    const header = texts[headerAt];
    const nameCol = header.findIndex((t) => NAME_HEADER.test(t));
    const columns = header.map((t) => headerOf(t));
    const unitText = [...texts.slice(0, headerAt + 1).flat(), block.rows[0].map((c) => c.text).join('')].join(' ');
    const unit = (UNIT_DECLARATION.exec(unitText)?.[1] as Unit | undefined) ?? '万元';
    for (let r = headerAt + 1; r < block.rows.length; r++) {
      const row = texts[r];
      if (row.length !== header.length) continue;
      const name = row[nameCol];
      if (!name || SKIP_ROW.test(name) || cellNumber(name)) continue;
      const fragments: TaskFragment[] = [];
      columns.forEach((column, c) => {
        if (column !== 'budget' && column !== 'executed' && column !== 'rate' && column !== 'initial') return;
        const n = cellNumber(row[c]);
        const seg = segments.find((s) => s.blockId === block.id && s.cell?.row === r && s.cell?.col === c);
        if (!n || !seg) return;
        fragments.push({ name, measure: column, value: n.value, unit: column === 'rate' ? '%' : n.unit || unit, segment: seg, start: 0, end: seg.text.length });
      });
      if (fragments.length) out.push(fragments);
    }
  }
  return out;
}

const MONEY_COLUMN = /^(?:(\d{4})\s*年度?)?(全年预算数?|调整后预算数?|预算数?|决算数?|执行数|实际支出|金额|本年数|本年决算数?|年初预算数?)(?:\((?:万元|元|亿元)\))?$/;
const OTHER_TABLES = /年初预算|执行率|项目名称|三公|一级指标|三级指标/;

/**
 * Department tables that state figures by row (收入支出决算总表, 基本支出表 …): each row label is
 * read with the wording table and must be a wording in full ("基本支出", not "社会保障和就业支出").
 * Columns that are several years (2022年决算数 / 2023年预算数 / 2023年决算数) are resolved to the
 * report year's executed column; a single money column is taken as it is.
 */
export function extractRowTables(doc: Document, year: number | null, segments: Segment[], match: (label: string) => string | null): Found[] {
  const out: Found[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'table' || block.rows.length < 2) continue;
    const texts = block.rows.map((row) => row.map((c) => c.text.replace(/\s/g, '')));
    if (texts.some((row) => row.some((t) => OTHER_TABLES.test(t)))) continue;
    const headerAt = texts.findIndex((row) => row.some((t) => MONEY_COLUMN.test(t)));
    if (headerAt < 0) continue;
    const header = texts[headerAt];
    const money = header.map((t, c) => ({ c, m: MONEY_COLUMN.exec(t) })).filter((x) => x.m);
    let col: number | undefined;
    if (money.length === 1) col = money[0].c;
    else {
      const executed = (m: RegExpExecArray) => /决算|执行|实际|本年/.test(m[2]);
      col = money.find((x) => x.m![1] && Number(x.m![1]) === year && executed(x.m!))?.c;
    }
    if (col === undefined) continue;
    const unitText = texts.slice(0, headerAt + 1).flat().join(' ');
    const unit = (UNIT_DECLARATION.exec(unitText)?.[1] as Unit | undefined) ?? '万元';
    for (let r = headerAt + 1; r < block.rows.length; r++) {
      const row = texts[r];
      if (row.length !== header.length) continue;
      const label = row.find((t, c) => c < col! && t && !cellNumber(t));
      const n = cellNumber(row[col] ?? '');
      if (!label || !n) continue;
      const key = match(label.replace(/^(?:其中|[一二三四五六七八九十\d]+[、.])[:]?/, ''));
      const seg = segments.find((s) => s.blockId === block.id && s.cell?.row === r && s.cell?.col === col);
      if (!key || !seg) continue;
      out.push({ key, value: n.value, unit: n.unit || unit, rule: `table/${key}`, segment: seg, start: 0, end: seg.text.length });
    }
  }
  return out;
}
