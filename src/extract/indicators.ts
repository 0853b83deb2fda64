/**
 * Performance targets (年度主要工作任务 / 任务的绩效目标 / 任务关键指标) and indicator rows
 * (一级 / 二级 / 三级指标 with 指标值, 完成值, 分值, 得分), each indicator parsed into name,
 * comparison, target and unit.
 */
import type { Document, TableBlock } from '../model/document.ts';
import type { Comparison, Indicator, PerformanceTarget } from '../model/record.ts';
import { cellNumber } from './numbers.ts';
import { evidenceOf, type Segment, segmentAt, segmentsOf, simplify } from './text.ts';

/** Comparison words, longest first: "不低于95%" → ≥ 95 %. */
const COMPARISONS: { re: RegExp; cmp: Comparison }[] = [
  { re: /^(?:≥|>=|不低于|不少于|不小于|大于或?等于|以上|至少)/, cmp: '≥' },
  { re: /^(?:≤|<=|不高于|不超过|不大于|小于或?等于|以内|控制在)/, cmp: '≤' },
  { re: /^(?:>|大于|高于|超过)/, cmp: '>' },
  { re: /^(?:<|小于|低于)/, cmp: '<' },
  { re: /^(?:=|等于|达到|为)/, cmp: '=' },
  { re: /^(?:约|≈)/, cmp: '≈' },
];
const NOT_INCREASE = /持平或下降|不增加|零增长|只减不增|下降/;
const NOT_DECREASE = /持平或上升|不减少|逐年增加|只增不减|增长/;

export function parseIndicatorTarget(text: string): Pick<Indicator, 'comparison' | 'target' | 'unit'> {
  let t = text
    .trim()
    .replace(/[。;,]$/, '')
    .trim();
  if (!t) return { comparison: null, target: null, unit: null };
  if (NOT_INCREASE.test(t) && !/\d/.test(t)) return { comparison: 'not-increase', target: t, unit: null };
  if (NOT_DECREASE.test(t) && !/\d/.test(t)) return { comparison: 'not-decrease', target: t, unit: null };
  let comparison: Comparison | null = null;
  for (const c of COMPARISONS) {
    const m = c.re.exec(t);
    if (m) {
      comparison = c.cmp;
      t = t.slice(m[0].length).trim();
      break;
    }
  }
  const trailing = /(以上|以内|及以上|及以下)$/.exec(t);
  if (trailing) {
    comparison = trailing[1].includes('上') ? '≥' : '≤';
    t = t.slice(0, trailing.index).trim();
  }
  const m = /^(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(t);
  if (m) return { comparison: comparison ?? '=', target: m[1], unit: m[2] || null };
  return { comparison: comparison ?? 'qualitative', target: t, unit: null };
}

/** "民生服务覆盖率: 90%; 社区服务按时办结率: >95%" → one indicator each. */
export function splitKeyIndicators(text: string): { name: string; target: string; offset: number }[] {
  const out: { name: string; target: string; offset: number }[] = [];
  let at = 0;
  for (const part of text.split(/[;。]/)) {
    const m = /^\s*([^:]+?)\s*:\s*(.+?)\s*$/.exec(part);
    if (m) out.push({ name: m[1], target: m[2], offset: at + part.indexOf(m[1]) });
    at += part.length + 1;
  }
  return out;
}

function cellSegment(segments: Segment[], table: TableBlock, row: number, col: number): Segment | undefined {
  return segmentAt(segments, table.id, row, col);
}

export function extractTargets(doc: Document, segments = segmentsOf(doc)): { targets: PerformanceTarget[]; indicators: Indicator[] } {
  const targets: PerformanceTarget[] = [];
  const indicators: Indicator[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'table' || block.rows.length < 2) continue;
    const header = block.rows[0].map((c) => simplify(c.text));
    const taskCol = header.findIndex((h) => /工作任务|主要任务/.test(h));
    const goalCol = header.findIndex((h) => /绩效目标/.test(h));
    const keyCol = header.findIndex((h) => /关键指标|绩效指标/.test(h));
    if (taskCol >= 0 && goalCol >= 0 && keyCol >= 0) {
      block.rows.slice(1).forEach((row, r) => {
        const seg = cellSegment(segments, block, r + 1, keyCol);
        const first = cellSegment(segments, block, r + 1, taskCol);
        if (!seg || !first || !row[taskCol]?.text) return;
        targets.push({
          task: row[taskCol].text,
          goal: row[goalCol]?.text ?? '',
          keyIndicators: row[keyCol]?.text ?? '',
          evidence: evidenceOf(first, 0, first.text.length),
        });
        for (const ind of splitKeyIndicators(seg.text)) {
          indicators.push({
            level1: null,
            level2: null,
            name: ind.name,
            ...parseIndicatorTarget(ind.target),
            actual: null,
            weight: null,
            score: null,
            evidence: evidenceOf(seg, ind.offset, ind.offset + ind.name.length),
          });
        }
      });
      continue;
    }
    indicators.push(...indicatorRows(block, segments));
  }
  return { targets, indicators };
}

/**
 * The first-level names of a project's indicators (产出 / 效益 / 满意度 / 成本指标) and of a department's whole spending
 * (投入 / 过程 / 产出 / 效果, and the newer 决策 / 履职效能 / 管理效率 / 运行成本 / 社会效应 / 可持续发展), with or without 指标.
 */
const LEVEL1 = /^(?:产出|效益|满意度|成本|效果|管理|投入|过程|决策|履职效能|管理效率|运行成本|社会效应|可持续发展)(?:指标)?$/;
/** Second-level names: a project's (数量 / 质量 / 时效 …指标) and a department's (预算配置, 预算执行, 资产管理 …). */
const LEVEL2 =
  /^(?:数量指标|质量指标|时效指标|成本指标|经济成本指标|社会成本指标|生态环境成本指标|经济效益指标?|社会效益指标?|生态效益指标?|可持续影响指标?|服务对象满意度指标?|目标设定|预算配置|预算执行|预算管理|财务管理|资产管理|项目管理|人员管理|职责履行|履职效益)$/;

/** Rows of a 一级/二级/三级指标 table; merged first-level cells are carried down. */
function indicatorRows(block: TableBlock, segments: Segment[]): Indicator[] {
  const out: Indicator[] = [];
  const headerAt = block.rows.findIndex((row) => row.some((c) => /三级指标/.test(simplify(c.text))));
  if (headerAt < 0) return out;
  const header = block.rows[headerAt].map((c) => simplify(c.text).replace(/\s/g, ''));
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const c1 = col(/一级指标/);
  const c3 = col(/三级指标/);
  const cols = {
    level2: col(/二级指标/),
    name: c3,
    nature: col(/指标性质/),
    target: col(/指标值|年度指标值|目标值/),
    unit: col(/度量单位|计量单位/),
    // (实际完成 / 完成情况: a department's table names its column of what was reached so)
    actual: col(/完成值|实际完成|实际值|完成情况/),
    weight: col(/分值|权重/),
    score: col(/得分/),
  };
  let level1: string | null = null;
  let level2: string | null = null;
  for (let r = headerAt + 1; r < block.rows.length; r++) {
    const row = block.rows[r];
    const first = simplify(row[0]?.text ?? '').replace(/\s/g, '');
    if (/^(合计|总分|评价结论|存在问题|改进措施)/.test(first)) break;
    // merged cells are dropped from the rows below them, and a row label may sit left of 一级指标:
    // a row starts at the level its first cell names
    // (a blank first cell is a merged cell's place kept, as a copy keeps it: the row is whole, from the first column)
    const start = first === '' ? 0 : LEVEL1.test(first) ? c1 : LEVEL2.test(first) ? cols.level2 : c3;
    if (start < 0) continue;
    const at = (c: number) => (c < start ? undefined : row[c - start]);
    const level1Text = at(c1)?.text.trim();
    if (c1 >= 0 && start <= c1 && level1Text) level1 = level1Text;
    const level2Text = at(cols.level2)?.text;
    if (start <= cols.level2 && level2Text) level2 = level2Text;
    const name = at(cols.name)?.text;
    if (!name || /^指标\d*$|^……$/.test(name)) continue;
    const seg = cellSegment(segments, block, r, cols.name - start);
    if (!seg) continue;
    const natureText = at(cols.nature)?.text ?? '';
    const targetText = `${natureText}${at(cols.target)?.text ?? ''}`;
    const parsed = parseIndicatorTarget(targetText);
    const unitText = at(cols.unit)?.text;
    out.push({
      level1,
      level2,
      name,
      ...parsed,
      unit: unitText || parsed.unit,
      actual: at(cols.actual)?.text || null,
      weight: cellNumber(at(cols.weight)?.text ?? '')?.value ?? null,
      score: cellNumber(at(cols.score)?.text ?? '')?.value ?? null,
      evidence: evidenceOf(seg, 0, seg.text.length),
    });
  }
  return out;
}
