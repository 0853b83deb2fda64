/**
 * A 部门预算项目绩效目标申报表 (a unit's projects, each with its budget and its year's target, then its indicators one a
 * row) copied as text: cells one a line, closed by bars, spaced on a row's line, or the whole form run into one line (a
 * document mirror's copy, a .docx paragraph). As a table it is projectTables' (the columns say where each cell stands);
 * as text no row has the header's width (a project's row carries its first indicator, the indicator rows after it fewer
 * cells), so a project's row is found by what it opens with:
 *
 *   单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | …      the header: the name, the budget, the target, in turn
 *   301-某镇部门 | 5,120,400.00                              the department's row: a budget code before it, no project
 *   301001-某镇人民政府 | 村干部误工补贴 | 2,406,000.00 | 按时足额发放… | 产出指标 | …
 *   产出指标 | 时效指标 | 发放及时率 | ≥ | 95 | % | 20 | 正向指标
 *   村级公益事业补助 | 1,514,400.00 | 用于村内道路… | …
 *
 * A project's row: a name, then an amount written as money is (to the fen, or with thousands separators), then its target
 * in words. An indicator's value is a bare number after a comparison (≥ 95), never written as money after a name, and a
 * unit's row opens with its code. The amounts are in the unit the form declares (金额单位:元); a form that declares none
 * gives no rows.
 */
import type { Unit } from '../../model/record.ts';
import { cellNumber, UNIT_LINE } from '../numbers.ts';
import type { TaskFragment } from '../prose.ts';
import { type Segment, simplify } from '../text.ts';
import { cellTokensOf, kindOf } from './flatLists.ts';
import { cleanName, refusal } from './names.ts';

/**
 * The header's three columns in turn: the project's name, its budget (a budget column of the vocabulary: 预算数, 项目资金(万元),
 * 申报金额 …, see flatLists kindOf), its year's target.
 */
const NAME_HEADER = /^(?:二级)?项目名称$/;
const TARGET_HEADER = /^(?:年度|项目|总体)?(?:绩效)?目标$/;
/** An amount written as money: to the fen ("660000.00"), or with its thousands separators ("3,309,840.00", "5,000"). */
const MONEY = /^(?:(?:0|[1-9]\d*)\.\d{2}|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d{2})?)$/;
/** A unit's or a department's row opens with its budget code: "820-某镇部门", "820001-某镇人民政府". */
const BUDGET_CODE = /^\d{3,}\s*-/;
/**
 * The last cell of an indicator's row, its direction (指标方向性: 正向指标 / 反向指标), run into the next project's name where
 * a copy dropped the break between them ("正向指标基层组织活动经费"): the name begins after it.
 */
const DIRECTION_BEFORE = /^(?:正向|反向)指标/;
/** An indicator's words (产出指标, 数量指标 …): no project's name holds them, glued on or not. */
const INDICATOR = /指标/;
/** Two Chinese characters: a cell of words (a name, a target), not a number, a comparison or a unit alone. */
const WORDS = /[\u4e00-\u9fff]{2}/;
/** Another form's title: where this form's rows end. */
const FORM_TITLE = /(?:申报表|自评表|评价表|目标表)(?:\(\d{4}年度?\))?$/;
/** How far before the header the form declares its unit (its title, 金额单位:元, 单位名称). */
const UNIT_REACH = 4;

export function readTargetForms(segments: Segment[], year: number | null): TaskFragment[][] {
  // (a copy one cell a line may have its title line read as a heading with the header's cells under it: cells too)
  const tokens = cellTokensOf(segments.map((s) => (s.kind === 'heading' ? { ...s, kind: 'paragraph' as const } : s)));
  const out: TaskFragment[][] = [];
  for (let h = 0; h + 3 < tokens.length; h++) {
    if (!NAME_HEADER.test(tokens[h].text) || !TARGET_HEADER.test(tokens[h + 2].text)) continue;
    const budget = kindOf(tokens[h + 1].text, year);
    if (!budget || typeof budget !== 'object' || budget.measure !== 'budget') continue;
    const declared = tokens
      .slice(Math.max(0, h - UNIT_REACH), h)
      .map((t) => UNIT_LINE.exec(t.text)?.[1] as Unit | undefined)
      .findLast((u) => u !== undefined);
    const unit = budget.unit ?? declared;
    if (!unit) continue;
    let i = h + 3;
    for (; i + 2 < tokens.length && !FORM_TITLE.test(tokens[i].text); i++) {
      const [cell, amount, target] = [tokens[i], tokens[i + 1], tokens[i + 2]];
      if (!MONEY.test(amount.text) || !WORDS.test(target.text) || cellNumber(target.text)) continue;
      const written = cell.text.replace(DIRECTION_BEFORE, '');
      if (BUDGET_CODE.test(written) || INDICATOR.test(written) || !WORDS.test(written)) continue;
      const name = cleanName(written);
      const value = cellNumber(amount.text)?.value;
      if (!value || refusal(simplify(name)) !== null) continue;
      out.push([
        {
          name,
          measure: 'budget',
          value,
          unit,
          segment: amount.segment,
          start: amount.start,
          end: amount.start + amount.text.length,
          listed: true,
        },
      ]);
    }
    h = i;
  }
  return out;
}
