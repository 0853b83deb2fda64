/**
 * Project rows of a data sheet whose columns are several years, flattened to text or kept as
 * cells:
 *
 *   经费控制情况 2022年决算数 2023年预算数 2023年决算数 …
 *   项目支出:
 *   1、A专项 938.8 320 689.16
 *   2、B专项 15 12 11.5
 *
 * The report year's budget column is the task's budget and its 决算 / 执行 column the task's
 * spending; the other years are ignored. Only numbered rows under a 项目支出 / 项目经费 label
 * are projects (the rows above them are the “三公” funds and other controls), or, under the sheet's
 * "2、专项资金 (一个项一行)" part, the special funds one a row unnumbered, up to a row the name rules
 * refuse (三公经费); and a row is read only when it carries exactly one value per year column (a
 * missing cell would shift them).
 */
import type { Document } from '../../model/document.ts';
import type { Unit } from '../../model/record.ts';
import { cellNumber, UNIT_LINE } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, simplify } from '../text.ts';
import { TABLE_HEADERS } from '../../model/wordings.ts';
import { nameAt } from './inlineLists.ts';
import { NUMBERING, refusal, withoutGlosses } from './names.ts';

interface Token {
  text: string;
  segment: Segment;
  start: number;
}

/**
 * The words of a budget or an executed column after its year: the vocabulary's table headers (2023年预算金额,
 * 2023年实际支出数, 2023年执行数 head the same columns as 2023年预算数 / 2023年决算数), then the bare 预算 / 决算 /
 * 执行 / 实际支出 of the data sheets; longest first, since a header may run into the next cell.
 */
const YEAR_COLUMN_WORDS = new Map<string, 'budget' | 'executed'>([
  ...TABLE_HEADERS.filter((h) => h.column === 'budget' || h.column === 'executed').flatMap((h) =>
    h.words.map((w) => [w, h.column as 'budget' | 'executed'] as const),
  ),
  ...(['预算', '决算', '决算数', '执行', '实际支出'] as const).map((w) => [w, w.startsWith('预算') ? 'budget' : 'executed'] as const),
]);
/** A year column header, possibly glued to the next cell by the removal of spaces between CJK characters. */
const YEAR_COLUMN = new RegExp(
  `^(\\d{4})年度?(${[...YEAR_COLUMN_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?:\\((?:万元|元)\\))?`,
);
/** The label above the project rows, numbered as the sheet's second part perhaps ("二、项目支出", "(二)项目支出"). */
const PROJECT_SECTION = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))?(?:项目支出|项目经费|专项经费|专项支出)[:]?$/;

/**
 * The parts of 项目支出 a Hunan 基础数据表 names under it ("其中:1、运行维护经费", "2专项资金"), the second over the special funds
 * one a row; and the sheet's note that says so ("(一个项一行)").
 */
// (the funds perhaps named by their level, 区级专项资金 / 上级转移支付, with the sheet's note run into them)
const ROW_NOTE_WORDS = String.raw`\((?:一个|每个?)?专?项一行\)|\((?:逐项填列|逐项填写)\)`;
const PROJECT_PARTS = new RegExp(
  String.raw`^(?:\d{1,2}\s*[、.]?\s*)?(?:运行维护经费|[\u4e00-\u9fff]{0,4}专项(?:资金|经费)|[\u4e00-\u9fff]{0,4}转移支付)(?:${ROW_NOTE_WORDS})?$`,
);
const SPECIAL_FUNDS_PART = /(?:专项(?:资金|经费)|转移支付)(?:\(.*\))?$/;
const ROW_NOTE = new RegExp(`^(?:${ROW_NOTE_WORDS})$`);

/** "2 专项资金": a part's number a PDF's text set apart from its words (two tokens of one line), at `k`. */
function partNumberApart(tokens: Token[], k: number): boolean {
  const [n, words] = [tokens[k], tokens[k + 1]];
  return /^\d{1,2}$/.test(n?.text ?? '') && words?.segment === n.segment && PROJECT_PARTS.test(simplify(n.text + words.text));
}

function tokensOf(segments: Segment[]): Token[] {
  const out: Token[] = [];
  for (const seg of segments) {
    if (seg.kind === 'cell') {
      // blank cells carry nothing; rows are recognised by their label and their count of values
      if (seg.text.trim()) out.push({ text: seg.text.trim(), segment: seg, start: seg.text.length - seg.text.trimStart().length });
      continue;
    }
    if (seg.kind !== 'paragraph') continue;
    for (const m of seg.text.matchAll(/\S+/g)) {
      const header = YEAR_COLUMN.exec(m[0]);
      if (header && header[0].length < m[0].length) {
        out.push({ text: header[0], segment: seg, start: m.index });
        out.push({ text: m[0].slice(header[0].length), segment: seg, start: m.index + header[0].length });
      } else out.push({ text: m[0], segment: seg, start: m.index });
    }
  }
  return out;
}

export function readYearColumnRows(doc: Document, segments: Segment[], year: number | null): TaskFragment[][] {
  void doc;
  if (year === null) return [];
  const tokens = tokensOf(segments);
  const out: TaskFragment[][] = [];
  let unit: Unit = '万元';
  for (let i = 0; i < tokens.length; i++) {
    const declared = UNIT_LINE.exec(tokens[i].text);
    if (declared) unit = declared[1] as Unit;
    const columns: { year: number; measure: 'budget' | 'executed' }[] = [];
    let j = i;
    for (let m; j < tokens.length && (m = YEAR_COLUMN.exec(tokens[j].text)); j++) {
      columns.push({ year: Number(m[1]), measure: YEAR_COLUMN_WORDS.get(m[2]) ?? 'executed' });
    }
    if (columns.length < 2) continue;
    const budgetCol = columns.findIndex((c) => c.year === year && c.measure === 'budget');
    const executedCol = columns.findIndex((c) => c.year === year && c.measure === 'executed');
    // a sheet without the report year's columns, or with two of one kind: nothing to choose by
    if (budgetCol < 0 && executedCol < 0) continue;
    if (columns.filter((c) => c.year === year).length > 2) continue;
    out.push(...projectRows(tokens, j, columns.length, budgetCol, executedCol, unit));
    i = j - 1;
  }
  return out;
}

function projectRows(tokens: Token[], from: number, width: number, budgetCol: number, executedCol: number, unit: Unit): TaskFragment[][] {
  const out: TaskFragment[][] = [];
  const end = Math.min(tokens.length, from + 150);
  let k = from;
  while (k < end && !PROJECT_SECTION.test(tokens[k].text)) {
    if (YEAR_COLUMN.test(tokens[k].text)) return out;
    k++;
  }
  k++;
  // "项目支出: 560 420 415.3": the section's own row, its total in every year, before the projects
  while (k < end && cellNumber(tokens[k].text) && !NUMBERING.test(tokens[k].text)) k++;
  // under the sheet's "2、专项资金 (一个项一行)", each special fund a row of its own, unnumbered
  let oneARow = false;
  while (k < end) {
    const label = tokens[k];
    if (partNumberApart(tokens, k)) {
      oneARow ||= SPECIAL_FUNDS_PART.test(simplify(tokens[k + 1].text));
      k += 2;
      while (k < end && cellNumber(tokens[k].text)) k++;
      continue;
    }
    // (in simplified characters, a copy's pinyin glosses dropped: "2、區(qū)級專項資金(一個專項一行)")
    const sub = simplify(withoutGlosses(label.text)).replace(/^其中:?/, '');
    if (ROW_NOTE.test(sub)) {
      k++;
      continue;
    }
    const values: Token[] = [];
    let v = k + 1;
    while (v < tokens.length && cellNumber(tokens[v].text) && !partNumberApart(tokens, v)) values.push(tokens[v++]);
    // "其中:1、运行维护经费" / "2专项资金": the sheet's parts of 项目支出, the special funds' sum no project's (a numbered
    // 运行维护经费 with its amounts stays the row it was read as)
    if (PROJECT_PARTS.test(sub) && (values.length === 0 || SPECIAL_FUNDS_PART.test(sub))) {
      oneARow ||= SPECIAL_FUNDS_PART.test(sub);
      k = v;
      continue;
    }
    // (a fund's row short of a cell, another year's left blank: which column it lost is not known, so it is read past)
    if (oneARow && !NUMBERING.test(label.text) && values.length > 0 && values.length < width) {
      k = v;
      continue;
    }
    const listed = oneARow && values.length === width && refusal(sub) === null && !NUMBERING.test(label.text);
    if ((!NUMBERING.test(label.text) && !listed) || cellNumber(label.text)) break;
    if (values.length === width) {
      const name = nameAt(label.segment, label.start, label.text);
      const fragments: TaskFragment[] = [];
      for (const [col, measure] of [
        [budgetCol, 'budget'],
        [executedCol, 'executed'],
      ] as const) {
        if (col < 0) continue;
        const t = values[col];
        const n = cellNumber(t.text);
        if (!n) continue; // never: only cells that are numbers were taken as values
        fragments.push({
          name: name ?? '',
          measure,
          value: n.value,
          unit: n.unit || unit,
          segment: t.segment,
          start: t.start,
          end: t.start + t.text.length,
        });
      }
      if (name && fragments.length) out.push(fragments);
    }
    k = v;
  }
  return out;
}
