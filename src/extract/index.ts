/**
 * Document → Record: metadata, figures (every mention kept, one primary), task lines,
 * targets and indicators. Reconciliation is run by the pipeline, not here.
 *
 * Primary mention rule: the first statement of a key in reading order. Reports state the
 * overview (基本情况 / 收支情况) before the self-evaluation summary and the detail, so the first
 * statement is the one the report offers as the figure; later ones are kept as mentions and
 * feed repeat.mismatch.
 */
import type { Document } from '../model/document.ts';
import { gradeLevel, STATED_GRADES } from '../model/keys.ts';
import { type Evidence, type Figure, type Mention, type Record, type TaskLine, type Unit } from '../model/record.ts';
import { extractCheckedBudgetRows } from './checkedRows.ts';
import { extractGradeCounts, extractProjectCounts } from './counts.ts';
import { extractJointTotals } from './jointTotals.ts';
import { inYuanWhereLentTooLarge } from './lentUnits.ts';
import { PERCENT_MISREAD_IN_VALUE } from './ocrRepair.ts';
import { extractTargets } from './indicators.ts';
import { EXPECTED_KEYS, readKind } from './kind.ts';
import { findDepartment, findYear } from './metadata.ts';
import { Decimal, isMoneyUnit, isRatioNotPercent, rateWithinRounding, sumInYuan, toYuan } from './numbers.ts';
import {
  executedAgainstDocumentBudget,
  extractProse,
  type Found,
  headingLineBetween,
  isSentenceCell,
  type ProseResult,
  type TaskFragment,
  sentencesOf,
  statesBudget,
} from './prose.ts';
import {
  budgetRowKey,
  DOCUMENT_COLUMN,
  extractBudgetedTotalRuns,
  extractColumnTables,
  extractThreePublicBudgetRows,
  extractThreePublicBudgetRun,
  extractDeclaredSpending,
  extractGeneralPublicRuns,
  extractInterleavedRows,
  extractLineNumberedRows,
  extractRunTogetherTotals,
  extractLabelRuns,
  extractLabelValuePairs,
  extractNatureSplitLines,
  extractFormSourceRows,
  extractRowTables,
  extractTables,
  extractTaskTables,
  extractThreePublicGroups,
  extractTransposedThreePublic,
  extractPairedThreePublic,
  extractTransposedSources,
  TOTAL_ROW_GRADE,
  TOTAL_ROW_SCORE,
  extractTotalScore,
  rowLabelKey,
  tokensOf,
} from './tables.ts';
import { readAllotments } from './allotments.ts';
import { readBreakdowns } from './breakdowns.ts';
import { readListTotals, readTableTotals } from './tableTotals.ts';
import { onGrid } from './grid.ts';
import { extractTaskLists } from './tasks/index.ts';
import { withoutSupersededLists } from './tasks/supersededLists.ts';
import { spendingAsPlanned } from './tasks/plannedSpending.ts';
import { withStatedBudgets } from './tasks/statedBudgets.ts';
import { type ProjectForm, readProjectForms, readProjectSections, readRunTogetherForms } from './tasks/projectForms.ts';
import { cleanName, columnRefusal, NUMBERING, refusal, shapeOfNumber, withoutGlosses } from './tasks/names.ts';
import { placeBreakdowns, withoutPlaceBreakdowns } from './tasks/places.ts';
import { evidenceOf, linesOf, type Segment, segmentAt, segmentsOf, simplify } from './text.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import {
  GRADE_AFTER_SCORE_RE,
  GRADE_ALONE_AFTER_SCORE_RE,
  GRADE_BEFORE_RE,
  GRADE_RATED_RE,
  GRADE_RE,
  GRADE_SCALE_AFTER,
  GRADE_TALLY_AFTER,
  namesInYearProgress,
  type Measure,
  TOTAL_SCORE_LABEL,
} from '../model/wordings.ts';

export { EXTRACTOR_VERSION };

export function extract(document: Document): Record {
  // every table as a pipe copy lays it out, merged cells on their grid (grid.ts)
  const doc = onGrid(document);
  const segments = segmentsOf(doc);
  const { kind, government, budgetDocument, titleZone } = readKind(segments);
  const year = findYear(segments);
  const department = findDepartment(segments);
  const firstReading = extractProse(segments, year, kind, budgetDocument, government, titleZone, department);
  // the document as one stream of cells, split once for every table reader
  const tokens = tokensOf(segments);
  const tables = extractTables(tokens, kind === 'project', year);
  // Two readings of "this document is several projects'", from different evidence, with different reach:
  // - several projects' budget tables (tables.ts): a project report whose 预算数 | 执行数 tables stand each under
  //   its own project's name. Its tables' total rows are tasks, and the whole document gives no score, grade or
  //   funds split: the readers of those are switched off below, wherever in the document they would read.
  const severalProjectTables = kind === 'project' && tables.projectsWithTables >= 2;
  // - several projects' label/value forms (tasks/projectForms.ts, any kind of document): "项目名称 | A" then
  //   "预算金额(万元) | 12" a project each (or "项目一:A,…;项目二:B,…" a section each). Each form's money is its
  //   task row, and only the figures read inside a form are dropped (withoutFiguresInsideForms): what the
  //   document states before its forms stands.
  // (or forms copied with their cells run together, two projects' at least: their extents alone, where no figure is the document's)
  const blockForms = [...readProjectForms(segments), ...readProjectSections(segments)];
  const projectForms = blockForms.length ? blockForms : readRunTogetherForms(segments);
  // (a budget document's items stated as spending are what it sets out to spend: their budgets, tasks/plannedSpending.ts)
  const planned = budgetDocument ? spendingAsPlanned : (groups: TaskFragment[][]) => groups;
  const listedGroups = planned([...extractTaskLists(doc, segments, year), ...projectForms.map((f) => f.fragments).filter((g) => g.length)]);
  const taskTables = extractTaskTables(doc, segments, year);
  const prose =
    kind === 'project'
      ? soleProjectAsEvaluated(firstReading, [...listedGroups, ...tables.taskFragments, ...taskTables], titleZone, (zone) =>
          extractProse(segments, year, kind, budgetDocument, government, zone, department),
        )
      : firstReading;
  const proseTasks = planned(prose.taskFragments);
  const rowTables = extractRowTables(
    doc,
    year,
    segments,
    budgetDocument ? budgetRowKey : rowLabelKey,
    kind === 'final-accounts',
    budgetDocument,
  );
  // a budget document's row whose label names a budget ("支出预算合计 | 652.50"): the row table read it as the side's
  // budgeted total (convention 4), and its cell is no budget.* figure of a label beside its value
  const budgetedCell = (f: Found) => budgetDocument && f.key.startsWith('budget.') && rowTables.some((g) => g.segment === f.segment);
  // the listed items' amounts by paragraph, gathered once (a figure looks only at its own paragraph's)
  const listedAmounts = amountsBySegment([...proseTasks, ...listedGroups]);
  const found = withoutTaskAmounts(listedGroups, kind === 'department-overall', [
    ...prose.figures,
    ...tables.figures,
    ...rowTables,
    ...extractThreePublicGroups(doc, segments, year),
    ...extractTransposedThreePublic(tokens, year),
    ...extractPairedThreePublic(tokens),
    ...extractTransposedSources(tokens),
    // a declaration form's funds block is what the budget document budgets (convention 4)
    ...(budgetDocument ? extractDeclaredSpending(tokens) : []),
    // a budget document's 收入 / 支出预算表 flattened: its 合计 column, when its 合计 row sums
    ...(budgetDocument ? extractBudgetedTotalRuns(tokens) : []),
    // and its “三公” budget table, items as columns under its 合计
    ...(budgetDocument ? extractThreePublicBudgetRun(tokens) : []),
    ...(budgetDocument ? extractThreePublicBudgetRows(doc, segments, year) : []),
    // a department's own accounts (决算) or budget; an evaluation's tables are its budget tables
    ...(kind === 'final-accounts' || kind === 'other' ? extractColumnTables(doc, segments, budgetDocument) : []),
    // and its general budget's spending table flattened: that fund's total
    ...(kind === 'final-accounts' ? extractGeneralPublicRuns(tokens) : []),
    ...extractLabelRuns(tokens),
    ...extractInterleavedRows(tokens, year, budgetDocument),
    ...extractLineNumberedRows(segments),
    ...extractRunTogetherTotals(segments),
    // several projects' forms on one page: each 总分 row is its own project's, and none is the page's score;
    // so is each form's 自评等级 / 自评得分 cell, and none is the page's grade or score
    ...(severalProjectTables ? [] : extractTotalScore(tokens)),
    ...extractLabelValuePairs(tokens, year).filter((f) => !(severalProjectTables && RESULT_KEYS.has(f.key)) && !budgetedCell(f)),
    ...(severalProjectTables || kind !== 'department-overall' ? [] : extractNatureSplitLines(tokens)),
    ...(severalProjectTables || kind !== 'department-overall' ? [] : extractFormSourceRows(segments)),
    ...extractProjectCounts(segments),
    ...extractGradeCounts(segments),
    ...(kind === 'final-accounts' ? extractJointTotals(segments) : []),
    ...extractGrades(segments, year),
  ]).filter((f) => !restatesListedItem(f, listedAmounts));
  // a form's funds row only its arithmetic can split: read when no other reader stated any of its figures
  if (!severalProjectTables && (kind === 'project' || kind === 'department-overall')) {
    const checked = extractCheckedBudgetRows(segments);
    if (!checked.some((f) => found.some((g) => g.key === f.key))) found.push(...checked);
  }
  // (before the rows are assembled: each amount's unit checked against the report's own totals, once, and the same way for
  // a figure and a row)
  inYuanWhereLentTooLarge(found, [...proseTasks, ...tables.taskFragments, ...taskTables, ...listedGroups].flat());
  executedAgainstDocumentBudget(found, kind === 'project');
  withoutInterimRivals(found, namesInYearProgress(titleZone) && !government);
  if (severalProjectTables) withoutRivalResults(found);
  // (a form whose money is a row of columns, "资金总额: 120,000.00 120,000.00 30,000.00 …", which the table readers read: that
  // row is the form's task row, as its label/value money would be)
  listedGroups.push(...formsTableMoney(found, projectForms));
  withoutFiguresInsideForms(found, projectForms);
  // the sentence and table rules' rows are refused here; the list readers refuse their own (a fund
  // named by its level is a task under a project-name column only)
  // (places after a named item's money in its paragraph are where that item's money went: tasks/places.ts)
  const placeSplits = placeBreakdowns([...proseTasks, ...tables.taskFragments, ...taskTables, ...listedGroups].flat());
  const rows = mergeTasks(
    [
      ...assembleTasks([...withoutPlaceBreakdowns(proseTasks, placeSplits), ...tables.taskFragments]),
      ...severalPerTable(assembleTasks(taskTables.filter(oneColumnPerMeasure))),
    ]
      .map((t) => writtenName(t, segments))
      // convention 7: named without numbering ("(一)城乡环境整治项目年初预算数为…" names 城乡环境整治项目)
      .map((t) => ({ ...t, name: cleanName(t.name) || t.name }))
      .filter((t) => !refusal(simplify(t.name))),
    // (two lists of the same items' budgets, before and after a change: the one adding up to the report's budget stands)
    assembleTasks(
      withoutSupersededLists(withoutPlaceBreakdowns(listedGroups, placeSplits), () => groupFigures(found, { government })['budget.total']),
      { listed: true },
    ),
  )
    .filter((t) => !columnRefusal(simplify(t.name)))
    .map((t) => ({ ...t, name: withoutGlosses(t.name) }))
    // rows in the order the report states them, whichever reader read each (a sentence rule the list's first item, a
    // list reader the rest)
    .sort(statedOrder(doc));
  // (a row's budget its sentence does not state, stated under its name elsewhere and proved by its rate)
  const tasks = withStatedBudgets(rows, segments);
  const { targets, indicators } = extractTargets(doc, segments);
  withoutTasksGrades(found, tasks);
  withoutSiblingItemsMoney(found, tasks, segments);
  const figures = spendingTheRateSetsAgainst(
    rateTheRatioConfirms(budgetedThreePublic(soleThreePublicBudget(groupFigures(found, { government })), budgetDocument)),
  );
  return {
    file: doc.source.file,
    sha256: doc.source.sha256,
    department,
    year,
    kind,
    extractorVersion: EXTRACTOR_VERSION,
    figures,
    tasks,
    indicators,
    targets,
    discrepancies: [],
    missing: EXPECTED_KEYS[kind].filter((key) => !(key in figures)),
    breakdowns: [...readBreakdowns(segments), ...readTableTotals(segments, tasks), ...readListTotals(segments, tasks)],
    allotments: readAllotments(segments),
    warnings: [...doc.warnings],
  };
}

/** The keys of a project's own budget and its execution, which a one-project report states as its figures. */
const OWN_BUDGET_KEYS = /^budget\./;
/** The keys of the report's own budget, which a project only one of its parts would share. */
const OWN_BUDGET = /^budget\.(?:total|initial)$/;
/** A name that calls itself a project, as a report's title names the project it evaluates. */
const CALLED_PROJECT = /(?:项目|工程)$/;
/**
 * A title that names no project, fund or work of its own: "(某镇)2022年度项目支出绩效自评报告", "项目绩效自评表" (the
 * year, or nothing, right before the word 项目). A title naming a fund ("交通专项资金绩效自评报告") evaluates that fund,
 * and a project a sentence names is one of its parts.
 */
const TITLE_NAMING_NO_PROJECT = /(?:^|\d{4}\s*年度?|[)）])\s*(?:财政)?(?:支出)?项目(?:支出)?\s*(?:绩效)?\s*(?:自评|评价)/m;
/**
 * The work a title evaluates, between its year and the evaluation's words, and the kind of money or work it is called
 * ("2019年度老旧小区改造补助资金绩效评价报告" → 老旧小区改造): the same work a sentence calls a project, its place before it
 * ("山东省老旧小区改造补助项目预算总额…"), is the one the report evaluates.
 */
const TITLE_WORK =
  /(?:^|\d{4}\s*年度?)\s*([\u4e00-\u9fff]{2,24}?)(?:补助|专项|奖补)?(?:资金|项目|经费)(?:支出)?\s*(?:绩效)?\s*(?:自评|评价)/m;
/** A place a sentence may set before the work's name (山东省, 青山县, 白云镇). */
const PLACE_BEFORE_WORK = /^[\u4e00-\u9fff]{1,6}?(?:自治区|省|市|州|县|区|旗|镇|乡)/;
/** The kind a work's name ends with, as TITLE_WORK reads it off. */
const WORK_KIND_END = /(?:补助|专项|奖补)?(?:资金|项目|经费)$/;
function titleEvaluatesWork(titleZone: string, name: string): boolean {
  const work = TITLE_WORK.exec(titleZone)?.[1];
  if (!work || work.length < 4) return false;
  const named = name.replace(WORK_KIND_END, '');
  return named === work || named.replace(PLACE_BEFORE_WORK, '') === work;
}
/** A form's field naming the project at the report's head ("项目名称:A"): the report names its project there. */
const PROJECT_NAME_FIELD = /项目名称\s*[:|]/;

/**
 * A project's report whose title names no project (TITLE_NAMING_NO_PROJECT), nor a field at its head, and whose sentences give one named
 * project alone its money ("东山村产业路项目年初预算80万元,全年执行78万元"), no list, no table of projects, and no budget
 * of the report's own: that project is the one the report evaluates, and its money the report's own figures
 * (convention 7: a one-project report's own figures are figures, not a task), as when the title names it. The
 * sentences are read again with the project named as a title would name it; the second reading is kept only when it
 * gives the report's budget and no task (else the first stands: a project among others, or money read otherwise).
 * Rows listed beside it (a list, a table) leave it the report's only when they are its parts (totalOfParts).
 */
function soleProjectAsEvaluated(
  first: ProseResult,
  parts: TaskFragment[][],
  titleZone: string,
  reread: (titleZone: string) => ProseResult,
): ProseResult {
  // (a budget of the report's own stated elsewhere leaves the project one of its parts; its spending or rate alone does not)
  if (PROJECT_NAME_FIELD.test(titleZone) || first.figures.some((f) => OWN_BUDGET.test(f.key))) return first;
  const byName = new Map<string, TaskFragment[]>();
  for (const f of first.taskFragments.flat()) {
    const key = nameKey(f);
    const group = byName.get(key);
    if (group) group.push(f);
    else byName.set(key, [f]);
  }
  const named = [...byName];
  // "2023年度高标准农田建设项目预算资金300万元,实际支出285万元。其中:A项目预算180万元,…;B项目预算120万元,…": the sentences
  // name the project and its parts alike; the one whose money the others add up to exactly (totalOfParts) is the project,
  // the others its parts, which stay its tasks
  const wholes =
    named.length > 1
      ? named.filter(
          ([n, own]) =>
            CALLED_PROJECT.test(n) &&
            totalOfParts(
              own,
              named.filter(([m]) => m !== n).map(([, g]) => g),
            ),
        )
      : named;
  if (wholes.length !== 1) return first;
  const [name, own] = wholes[0];
  if (!CALLED_PROJECT.test(name)) return first;
  if (!TITLE_NAMING_NO_PROJECT.test(titleZone) && !titleEvaluatesWork(titleZone, name)) return first;
  if (parts.length && !totalOfParts(own, parts)) return first;
  const second = reread(`${titleZone}\n${name}绩效自评报告`);
  // (read again, the project's parts are still tasks; the project itself is none)
  const left = new Set(second.taskFragments.flat().map(nameKey));
  const partsOnly = named.length > 1 ? !left.has(name) && [...left].every((n) => byName.has(n)) : !left.size;
  return partsOnly && second.figures.some((f) => OWN_BUDGET_KEYS.test(f.key)) ? second : first;
}

/**
 * Whether a project's money is the total of the rows listed beside it ("老旧小区改造项目年初预算200万元,全年执行190万元"
 * above a table of its two sub-projects, 120 + 80 and 115 + 75): its budget the sum of their budgets, exactly, two rows
 * at least, and its spending the sum of theirs where it and every row state one. The project is then the one the rows
 * divide (the report's), not a row beside them.
 */
function totalOfParts(project: TaskFragment[], parts: TaskFragment[][]): boolean {
  // (a table two readers read gives its rows twice: each row counts once, by its name)
  const rows = [...new Map(parts.map((g) => [nameKey(g[0]), g])).values()];
  if (rows.length < 2) return false;
  // (a budget as the project states it, 年初预算 where it states no other, against each row's)
  const sums = (measures: TaskFragment['measure'][]) => {
    const stated = (g: TaskFragment[]) => measures.map((m) => g.find((f) => f.measure === m && !f.superseded)).find((f) => f !== undefined);
    const own = stated(project);
    const listed = rows.map(stated);
    const ownYuan = own ? toYuan(own.value, own.unit) : null;
    if (ownYuan === null || listed.some((f) => !f)) return null;
    return sumInYuan(listed as TaskFragment[], 'NaN').eq(ownYuan);
  };
  const budgets = sums(['budget', 'initial']);
  const spent = sums(['executed']);
  // rows that state only what was spent on each ("资金主要用于:(1)文艺演出32万元;(2)…") divide the project's spending
  const spendingOnly = rows.every((g) => !g.some((f) => (f.measure === 'budget' || f.measure === 'initial') && !f.superseded));
  return budgets === true ? spent !== false : spendingOnly && spent === true;
}

/**
 * An amount a list reader gave to a task is that task's, not the unit's (convention 7): the
 * sentence rules read "该项目年初预算325.29万元" below "(一)城市道路保洁" as the department's budget
 * because they see one sentence, while the list reader sees the list it belongs to.
 */
function withoutTaskAmounts(groups: TaskFragment[][], departmentReport: boolean, found: Found[]): Found[] {
  if (departmentReport) found = withoutListTotals(groups, found);
  const bySegment = new Map<Segment, TaskFragment[]>();
  for (const a of groups.filter((g) => !columnRefusal(simplify(g[0].name))).flat()) {
    const list = bySegment.get(a.segment);
    if (list) list.push(a);
    else bySegment.set(a.segment, [a]);
  }
  if (!bySegment.size) return found;
  return found.filter((f) => {
    const amounts = bySegment.get(f.segment) ?? [];
    if (amounts.some((a) => a.start < f.end && f.start < a.end)) return false;
    // "一是…就业创业补助资金完成支出486.72万元,执行率92.36%。…五是…劳动保障监察专项完成支出21.06万元,执行率88.12%": in a
    // department's report, a budget's or spending's figure stated after its paragraph's listed items began is an item's the readers did
    // not read, no statement of the unit's, unless its sentence names the whole (部门 / 整体 / 合计 …)
    if (
      departmentReport &&
      (f.key.startsWith('budget.') || f.key === 'expense.total') &&
      new Set(amounts.map((a) => a.name)).size >= 2 &&
      amounts.some((a) => a.end <= f.start) &&
      !UNIT_WHOLE.test(sentenceBefore(f.segment.text, f.start))
    )
      return false;
    // "1.东山村产业路项目,总投资80万元,衔接资金70万元,已拨付70万元;2.…": in any report, a budget's or spending's figure inside
    // the clause of one of two or more listed items, between that item's own amounts, is the item's (its source part, a
    // second wording of its money), no statement of the unit's
    if (
      (f.key.startsWith('budget.') || f.key === 'expense.total') &&
      new Set(amounts.map((a) => a.name)).size >= 2 &&
      amounts.some((a) => a.end <= f.start && sameSentence(f.segment.text, a.start, f.start)) &&
      amounts.some((a) => a.start >= f.end && sameSentence(f.segment.text, f.end, a.start))
    )
      return false;
    // "1.A项目,涉及资金420万元,评价等级为良;": a grade or score in a listed item's sentence is that item's; not the total row's
    // ("总分 100 95" after the tasks' rows of a form a copy ran into one paragraph, with no stop between the rows)
    const totalRow = (f.rule === TOTAL_ROW_SCORE || f.rule === TOTAL_ROW_GRADE) && totalRowOpensLine(f);
    return !(/^eval\.(?:grade|score)$/.test(f.key) && !totalRow && amounts.some((a) => sameSentence(f.segment.text, a.start, f.start)));
  });
}

/** A total row's label (a score table's, or its 合计 / 总计), then its values before the score (the weight, 100). */
const TOTAL_ROW_LABEL = new RegExp(String.raw`^\s*(?:${TOTAL_SCORE_LABEL.source.replace(/^\^|\$$/g, '')}|合计|总计)\s*:?[\s\d.分]*$`);

/**
 * Whether a total row's label opens a source line before the score, the row a line of its own ("总分 100 95", or a copy one
 * cell a line: "总分" / "100" / "95"), not words inside a listed item's line ("1.A项目 预算420万元 总分 100 86").
 */
function totalRowOpensLine(f: Found): boolean {
  const lines = linesOf(f.segment).filter((l) => l.start <= f.start);
  // (the label's line and the lines of the values after it, the score's line the last)
  return lines.slice(-3).some((l) => TOTAL_ROW_LABEL.test(f.segment.text.slice(l.start, f.start)));
}

/** Task amounts grouped by the paragraph (segment) they stand in. */
function amountsBySegment(groups: TaskFragment[][]): Map<Segment, TaskFragment[]> {
  const out = new Map<Segment, TaskFragment[]>();
  for (const group of groups)
    for (const a of group) {
      const list = out.get(a.segment);
      if (list) list.push(a);
      else out.set(a.segment, [a]);
    }
  return out;
}

/**
 * "1、A项目:预算35.3万元,实际支付35.3万元。具体范围为…。共支出成本35.3万元,已实际支付35.3万元。2、B项目:…": in a
 * paragraph listing items, an amount after an item's own amounts and before the next item's, stated with the value one of
 * that item's amounts has, says that item's money again (its cost, its payment to date), never the report's own figure.
 */
function restatesListedItem(f: Found, bySegment: Map<Segment, TaskFragment[]>): boolean {
  const amounts = bySegment.get(f.segment) ?? [];
  if (!isMoneyUnit(f.unit) || new Set(amounts.map((a) => a.name)).size < 2) return false;
  // the item whose amounts come last before the mention: the item the mention's text is still about
  const before = amounts.filter((a) => a.end <= f.start);
  const nearest = before.reduce<TaskFragment | null>((last, a) => (!last || a.start > last.start ? a : last), null);
  if (!nearest) return false;
  const yuan = toYuan(f.value, f.unit);
  return before.some((a) => a.name === nearest.name && isMoneyUnit(a.unit) && toYuan(a.value, a.unit) === yuan);
}

/** Words of a clause that name the unit's whole, not one item: its budget, its execution, the sum of the items. */
const UNIT_WHOLE = /部门|单位|全局|本局|我局|整体|总体|合计|共计|总计|全年预算/;

/** What ends a sentence for sentenceBefore: found by a scan back (an end-anchored pattern would try every character of the text before it). */
const SENTENCE_END = new Set(['。', ';', '!', '?']);

/** The sentence before `at` in `text`: back to the last sentence's stop. */
function sentenceBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !SENTENCE_END.has(text[from - 1])) from--;
  return text.slice(from, at);
}

/** A sentence that sums the items listed before it: "合计…", "以上合计…", "上述项目共计…". */
const LIST_TOTAL_SENTENCE = /^\s*(?:(?:以上|上述)[\u4e00-\u9fff]{0,6}?)?(?:合计|共计|总计)/;
/** The budget keys a list's total would be read as, and the measure of the items it sums. */
const LIST_TOTAL_KEYS: { [key: string]: TaskFragment['measure'][] } = {
  'budget.total': ['budget', 'initial'],
  'budget.initial': ['initial', 'budget'],
  'budget.executed': ['executed'],
};
/** How many blocks above its total a list's items may stand (one item a line, a paragraph each). */
const LIST_TOTAL_REACH = 12;

/**
 * "1.A项目,预算25万元,执行24.8万元;2.B项目…。以上合计预算53万元,执行48.8万元。": in a department's report,
 * a sentence opening with 合计 / 共计 whose amount is the sum of the listed items' amounts of its measure is
 * the list's total, not the unit's budget or spending.
 */
function withoutListTotals(groups: TaskFragment[][], found: Found[]): Found[] {
  const items = groups.flat();
  if (items.length < 2) return found;
  return found.filter((f) => {
    const measures = LIST_TOTAL_KEYS[f.key];
    if (!measures || !isMoneyUnit(f.unit)) return true;
    const text = f.segment.text;
    const sentenceStart = Math.max(text.lastIndexOf('。', f.start - 1), text.lastIndexOf(';', f.start - 1)) + 1;
    if (!LIST_TOTAL_SENTENCE.test(text.slice(sentenceStart, f.start))) return true;
    const above = items.filter(
      (a) =>
        isMoneyUnit(a.unit) &&
        (a.segment === f.segment
          ? a.end <= sentenceStart
          : a.segment.blockIndex < f.segment.blockIndex && f.segment.blockIndex - a.segment.blockIndex <= LIST_TOTAL_REACH),
    );
    const total = new Decimal(toYuan(f.value, f.unit) ?? 'NaN');
    if (!total.isFinite()) return true;
    // the items' budgets may be stated as 年初预算 and their total as 预算 (or the other way round)
    return !measures.some((measure) => {
      const summed = above.filter((a) => a.measure === measure);
      const sum = summed.reduce((acc, a) => acc.plus(toYuan(a.value, a.unit) ?? 'NaN'), new Decimal(0));
      return summed.length >= 2 && sum.minus(total).abs().lte(total.times(0.0005));
    });
  });
}

/** Whether two offsets of a text fall in one sentence (no ; or 。 between them). */
function sameSentence(text: string, a: number, b: number): boolean {
  return !/[;。]/.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

function toMention(f: Found): Mention {
  return {
    value: f.value,
    unit: f.unit,
    yuan: isMoneyUnit(f.unit) ? toYuan(f.value, f.unit) : null,
    rule: f.rule,
    ...(f.segment.headings.length ? { section: f.segment.headings[f.segment.headings.length - 1] } : {}),
    ...(f.candidate ? { candidate: true as const } : {}),
    ...(f.partOf ? { partOf: f.partOf } : {}),
    evidence: withHeaderReadThrough(evidenceOf(f.segment, f.start, f.end, f.value), f.headerReadThrough),
  };
}

/** The evidence with what OCR misread in the value's table header beside what it misread in the value itself. */
function withHeaderReadThrough(evidence: Evidence, header: string | undefined): Evidence {
  if (!header) return evidence;
  const both = [...new Set([...(evidence.ocrReadThrough?.split(' ') ?? []), ...header.split(' ')])].join(' ');
  return { ...evidence, ocrReadThrough: both };
}

const readingOrder = (a: { segment: Segment; start: number }, b: { segment: Segment; start: number }) =>
  a.segment.blockIndex - b.segment.blockIndex ||
  (a.segment.cell?.row ?? 0) - (b.segment.cell?.row ?? 0) ||
  (a.segment.cell?.col ?? 0) - (b.segment.cell?.col ?? 0) ||
  a.start - b.start;

/** How many statements of a key a total may close: a total is stated next to its parts. */
const TOTAL_SEARCH = 12;
/** "合计拨付98万元", "项目资金共计250万元": the number a total word leads. */
const TOTAL_STATED = /(?:共计|合计|总计)\s*[为是:]?\s*[\d.,]+\s*(?:万元|元|亿元|千元)?$/;

/**
 * Parts, then their total, read as one key in one paragraph ("已拨付乡镇资金60万元,拨付部门资金38万元,
 * 合计拨付98万元"; "下达专项资金200万元,…,项目资金共计250万元"): the total is the figure and the parts
 * before it are no statements of it. A later mention is that total when it equals the sum of two or
 * more earlier ones of its paragraph, or when a total word leads it and it is larger than each of them.
 */
function withTotalFirst(list: Found[]): Found[] {
  if (list.length < 2 || !isMoneyUnit(list[0].unit)) return list;
  const yuan = (f: Found) => new Decimal(toYuan(f.value, f.unit) ?? '0');
  // one pass over the first statements of the paragraph: their running sum and largest part
  let sum = yuan(list[0]);
  let largest = sum;
  for (let i = 1; i < Math.min(list.length, TOTAL_SEARCH); i++) {
    const total = list[i];
    if (total.segment !== list[0].segment || !isMoneyUnit(total.unit)) return list;
    // parts and their total share a section: past a heading line the paragraph states something else
    if (headingLineBetween(total.segment, list[0].start, total.start)) return list;
    const amount = yuan(total);
    const sums = i >= 2 && sum.minus(amount).abs().lte(amount.times(0.0005));
    const led = TOTAL_STATED.test(total.segment.text.slice(total.start, total.end)) && largest.lt(amount);
    if (sums || led) return [total, ...list.slice(0, i).map((p) => ({ ...p, candidate: true as const })), ...list.slice(i + 1)];
    sum = sum.plus(amount);
    if (amount.gt(largest)) largest = amount;
  }
  return list;
}

/**
 * A project-only wording's reading ("补助资金874万元", perhaps one sub-item's grant) first, and the key
 * stated again in a table's column (全年预算数): the column says what the number is, the wording
 * only guessed it, so the table's statement is the figure and the guess one more mention.
 */
// (and so does a sentence's wording that names the key itself, "全年预算数1437530.39万元", after grants the project-only
// wordings guessed at, "分三批向广西下达…资金900304万元", "安排配套资金458834.57万元": each level's share, perhaps)
function tableBeforeCandidate(list: Found[]): Found[] {
  if (!list[0]?.candidate) return list;
  const table = list.findIndex((f) => f.rule.startsWith('table/'));
  const i = table > 0 ? table : list.findIndex((f) => !f.candidate);
  return i > 0 ? [list[i], ...list.slice(0, i), ...list.slice(i + 1)] : list;
}

/**
 * Mentions grouped by key, the first statement primary. In a government's budget execution
 * (`government`), a key stated with competing values is no figure at all (LABELS.md convention 5:
 * only unambiguous figures are read from government-level texts).
 */
/**
 * A row copied as spaced text whose amounts carry their unit ("基本支出 1800.00万元 1795.00万元 99.72%" under "项目 全年预算数
 * 全年执行数 执行率") is read by a table rule, which knows the columns, and by the sentence rules, which take the amount
 * after the label: on one source line, for one key, the table's reading stands, as it does when the same row is a pipe
 * row or a Word table's (whose cells the sentence rules do not read).
 */
function withTableRowsFirst(found: Found[]): Found[] {
  // (per segment: a table's cells are segments of one block)
  const lineOf = (f: Found) => `${f.key}|${linesOf(f.segment).findIndex((l) => f.start >= l.start && f.start < l.end)}`;
  const tableRead = new Map<Segment, Map<string, string>>();
  for (const f of found) {
    if (!f.rule.startsWith('table/')) continue;
    const lines = tableRead.get(f.segment) ?? new Map<string, string>();
    tableRead.set(f.segment, lines.set(lineOf(f), `${f.value}${f.unit}`));
  }
  return found.filter((f) => {
    if (f.rule.startsWith('table/')) return true;
    const table = tableRead.get(f.segment)?.get(lineOf(f));
    return table === undefined || table === `${f.value}${f.unit}` || SENTENCE_CLOSES.test(f.segment.text.slice(f.end));
  });
}

/**
 * An amount that closes its sentence ("…本项目共申请预算资金90万元。其中:…", a form's narrative cell run on after its rows
 * in a copy that made one line of the page), or that the sentence goes on to split ("…2026400元,其中村级组织运转…"), is a
 * sentence's, not a spaced row's cell: a row's cells are followed by the next cell, never by a full stop or a 其中.
 */
const SENTENCE_CLOSES = /^\s*(?:[。;；]|[,，]\s*其中)/;

/**
 * A government's figure named by the area or the level it is stated for: the whole country or area (全国, 全省, 全县 …),
 * the centre and the localities (中央, 地方), or one level of government (省级, 县级, 本级), written in the clause before the
 * amount ("全国一般公共预算支出72815亿元", "中央一般公共预算本级支出8717亿元"). A unit's own figures name no such level.
 */
const LEVEL_NAMED_CLAUSE = /(?:全[国省市州县区旗盟镇乡]|中央|地方|[省市州县区]级|本级)[^,，。;；:：\n]*$/;
const CLAUSE_BEFORE = 40;

/**
 * One income or spending key stated with different amounts for different areas or levels (全国…,中央…,地方…; 全省…,省级…):
 * which of them is the figure the text does not say, so none is (LABELS.md convention 5: only unambiguous figures from
 * government-level texts, whatever the text's title says it is; a unit's report stating one figure twice keeps its first,
 * convention 6). A rate or a budget named by its level (其中中央资金执行率90%,省级资金执行率98%) is each source's own.
 */
function levelsCompete(list: Found[]): boolean {
  const named = list.filter((f) => {
    const before = f.segment.text.slice(Math.max(0, f.start - CLAUSE_BEFORE), f.start);
    return !f.candidate && LEVEL_NAMED_CLAUSE.test(before);
  });
  return named.length > 1 && new Set(named.map((f) => `${f.value}${f.unit}`)).size > 1;
}

function groupFigures(found: Found[], opts: { government?: boolean } = {}): Record['figures'] {
  found = withTableRowsFirst(found);
  const strong = new Set(found.filter((f) => !f.yields).map((f) => f.key));
  const unqualified = new Set(found.filter((f) => !f.qualifier).map((f) => f.key));
  // money paid out (拨付 / 支付 / 发放 …) is the budget's execution only against a budget the report states, or its rate
  // (convention 2); with neither ("项目结算审核造价为…元,项目累计支付资金合计…元"), it is what was disbursed
  const budgeted = statesBudget(found);
  const yieldsHere = (f: Found) => !!f.yields && (strong.has(f.key) || (f.yields === 'budget.disbursed' && !budgeted));
  const groupedKey = ({ key, qualifier }: { key: string; qualifier?: string }) =>
    // "一般公共预算财政拨款基本支出" is the department's 基本支出 only when no unqualified 基本支出 is stated;
    // a budget, its execution or rate, or a total stated for one funding line is never the unit's own
    // (convention 2; 一般公共预算总支出 is the fund's total, transfers included)
    qualifier && (unqualified.has(key) || key.startsWith('budget.') || key === 'expense.total') ? `${key}.${qualifier}` : key;
  const rekeyed = found.map((f) => {
    if (f.yields && yieldsHere(f)) return { ...f, key: f.yields, rule: `${f.yields}/${f.rule}` };
    // the progress of a total investment that yields (the year's budget is stated elsewhere) yields with it
    if (f.ofInvestment && strong.has('budget.total')) return { ...f, key: `${f.key}.investment`, rule: `investment/${f.rule}` };
    return { ...f, key: groupedKey(f), ...(f.splitOf ? { partOf: groupedKey(f.splitOf) } : {}) };
  });
  const byKey = new Map<string, Found[]>();
  // the statements already kept, per key: segment → start offsets (a set, not a scan of the list,
  // which made a long report's repeated mentions quadratic)
  const seen = new Map<string, Map<Segment, Set<number>>>();
  for (const f of rekeyed.sort(readingOrder)) {
    let list = byKey.get(f.key);
    let starts = seen.get(f.key);
    if (!list || !starts) {
      byKey.set(f.key, (list = []));
      seen.set(f.key, (starts = new Map()));
    }
    let at = starts.get(f.segment);
    if (!at) starts.set(f.segment, (at = new Set()));
    // the same statement read twice (by a prose and a table rule) is one mention
    if (at.has(f.start)) continue;
    at.add(f.start);
    list.push(f);
  }
  const figures: Record['figures'] = {};
  for (const [key, all] of byKey) {
    const list = RESULT_KEYS.has(key) ? withoutRivalsInSentence(all) : all;
    if (!list.length) continue;
    if (opts.government && new Set(list.filter((f) => !f.candidate).map((f) => `${f.value}${f.unit}`)).size > 1) continue;
    if (/^(?:income|expense)\./.test(key) && levelsCompete(list)) continue;
    if (numberedRivalCandidates(list) || grantsToUsCompete(list)) continue;
    const mentions = tableBeforeCandidate(withTotalFirst(list)).map(toMention);
    const figure: Figure = { key, ...mentions[0], mentions };
    figures[key] = figure;
  }
  return figures;
}

/** A figure's amount to compare with another's: in 元 where it is money, as written otherwise. */
const amountOf = (f: Found) => toYuan(f.value, f.unit) ?? f.value;

/**
 * Only project-only wordings' guesses for a key, the first in a sentence a list number opens and another, of another value,
 * in a sentence its sibling number opens ("1.产业发展类项目资金1200万元…。2.基础设施类项目资金500万元…"): each is one item's
 * money, none is shown to be the project's own (competing candidates give none, LABELS.md convention 5). A total stated
 * before its parts in sentences of no list ("下达资金2263万元…下达A资金791万元") stays the first statement.
 */
function numberedRivalCandidates(list: Found[]): boolean {
  if (!list.length || !list.every((f) => f.candidate)) return false;
  const numberOf = (f: Found) => NUMBERING.exec(sentenceBefore(f.segment.text, f.start))?.[0] ?? null;
  const first = numberOf(list[0]);
  if (!first || !/[\d一二三四五六七八九十①-⑳]/.test(first)) return false;
  return list.some((f) => {
    const n = numberOf(f);
    return !!n && n !== first && shapeOfNumber(n) === shapeOfNumber(first) && amountOf(f) !== amountOf(list[0]);
  });
}

/**
 * The granting level's words naming the unit as the one granted, right before the verb in its clause ("向我市下达",
 * "给我县下达", "对本区下达") or right after it ("下达我县…资金").
 */
const GRANTED_TO_US =
  /(?:(?:向|给|对)(?:我|本)(?:省|市|州|盟|县|区|旗|镇|乡|局|委|厅)[^,;:。]{0,6}下达|下达给?(?:我|本)(?:省|市|州|盟|县|区|旗|镇|乡|局|委|厅))[^,;:。]*$/;

/**
 * Only project-only wordings' guesses for a key, two of them or more grants made to the unit itself, each in its own
 * sentence and of different values ("…向我市下达…资金1300万元。…" then "…向我市下达…第二批…资金437万元。"): batches of
 * the year's money, none of them the whole, which the report states nowhere (competing candidates give none, LABELS.md
 * convention 5). A grant the unit passes on ("下达甲县…") names no grant to it, and a total granted before its parts stays
 * the first statement (numberedRivalCandidates).
 */
function grantsToUsCompete(list: Found[]): boolean {
  if (list.length < 2 || !list.every((f) => f.candidate)) return false;
  const toUs = list.filter((f) => GRANTED_TO_US.test(sentenceBefore(f.segment.text, f.end)));
  if (toUs.length < 2) return false;
  return new Set(toUs.map(amountOf)).size > 1;
}

/**
 * "“三公”经费年初预算8.00万元,全年预算6.50万元": the 年初预算 and the 全年预算 of the “三公” are two quantities (the
 * adjusted one is what the spending and its rate are set against), so each is read under its own key. A “三公”
 * 年初预算 stated alone ("公务接待费支出3.2万元,年初预算为4万元") is the one budget there is, its budget.
 */
function soleThreePublicBudget(figures: Record['figures']): Record['figures'] {
  const out: Record['figures'] = {};
  for (const [key, figure] of Object.entries(figures)) {
    const base = /^(threePublic(?:\.\w+)?)\.initialBudget$/.exec(key)?.[1];
    const budgetKey = base && `${base}.budget`;
    if (budgetKey && !figures[budgetKey]) out[budgetKey] = { ...figure, key: budgetKey };
    else out[key] = figure;
  }
  return out;
}

/** Beyond this a stated execution rate is no budget's execution but a misreading (spending ten times the budget). */
const IMPLAUSIBLE_RATE = 300;
/** How far a stated rate may lie from the ratio of the stated amounts and still be that ratio, rounded (85.75 → 86). */
const RATE_ROUNDING = 0.5;

/**
 * The report states its execution rate twice with different values ("预算执行率1009%" in a scan's copy, "预算执行率100%"
 * in the same sentence repeated; OCR reads % as 9% or 96): the statement the report's own budget and spending confirm
 * (executed / budget, rounded) is the figure, wherever it stands; the others stay mentions, so the disagreement is still
 * flagged (repeat.mismatch). With one statement, or when no statement or several agree with the ratio, the first stands.
 */
function rateTheRatioConfirms(figures: Record['figures']): Record['figures'] {
  const rate = figures['budget.executionRate'];
  const executed = figures['budget.executed'];
  const base = figures['budget.total'] ?? figures['budget.initial'];
  if (!rate || !executed || !base || executed.unit !== base.unit || rate.unit !== '%' || Number(base.value) <= 0) return figures;
  const ratio = (Number(executed.value) / Number(base.value)) * 100;
  const confirmed = (m: Mention) => m.unit === '%' && !m.candidate && Math.abs(Number(m.value) - ratio) <= RATE_ROUNDING;
  if (confirmed(rate)) return figures;
  const agreeing = new Set(rate.mentions.filter(confirmed).map((m) => m.value));
  if (agreeing.size === 1) {
    const primary = rate.mentions.find(confirmed) as Mention;
    return { ...figures, 'budget.executionRate': { ...rate, ...primary, key: rate.key, mentions: rate.mentions } };
  }
  // one rate, beyond any budget's execution, whose digits before a misread % the ratio confirms ("1009%" for 100%)
  const misread = PERCENT_MISREAD_IN_VALUE.exec(rate.value);
  if (agreeing.size || !misread || Number(rate.value) <= IMPLAUSIBLE_RATE || !confirmed({ ...rate, value: misread[1] })) return figures;
  const evidence = { ...rate.evidence, ocrReadThrough: [rate.evidence.ocrReadThrough, `${misread[2]}%→%`].filter(Boolean).join(' ') };
  // the statement read through is the figure's own, its first mention
  const mentions = rate.mentions.map((m, k) => (k === 0 ? { ...m, value: misread[1], evidence } : m));
  return { ...figures, 'budget.executionRate': { ...rate, value: misread[1], evidence, mentions } };
}

/**
 * "2023年度部门决算支出2,356.80万元,…。部门预算调整后为2,400.00万元,预算执行率98.20%。": the year's spending in one sentence,
 * the budget and its execution rate in another. The rate sets that spending against the budget when it is the spending
 * over the budget, rounded to the rate's stated precision (LABELS.md convention 2): the spending is the budget's execution.
 * A rate the ratio does not give leaves the spending the year's expense.total (convention 2: no budget set beside it).
 */
function spendingTheRateSetsAgainst(figures: Record['figures']): Record['figures'] {
  const spent = figures['expense.total'];
  const rate = figures['budget.executionRate'];
  const base = figures['budget.total'] ?? figures['budget.initial'];
  if (figures['budget.executed'] || !spent || !rate || !base || rate.unit !== '%' || spent.unit !== base.unit) return figures;
  if (Number(base.value) <= 0 || !rateWithinRounding(spent.value, base.value, rate.value)) return figures;
  const { 'expense.total': _, ...rest } = figures;
  return { ...rest, 'budget.executed': { ...spent, key: 'budget.executed' } };
}

/**
 * "“三公”经费支出预算为12.50万元" in a budget document (its title names a budget): the
 * “三公” total it states is the budgeted one (LABELS.md convention 4: a budget document's budgeted totals
 * are its totals). Anywhere else a “三公” budget stays the budget its spending is set against.
 */
function budgetedThreePublic(figures: Record['figures'], budgetDocument: boolean): Record['figures'] {
  const budget = figures['threePublic.budget'];
  if (!budgetDocument || !budget || figures['threePublic.total']) return figures;
  const { 'threePublic.budget': _, ...rest } = figures;
  const rule = `threePublic.total/${budget.rule}`;
  return {
    ...rest,
    'threePublic.total': { ...budget, key: 'threePublic.total', rule, mentions: budget.mentions.map((m) => ({ ...m, rule })) },
  };
}

/**
 * Fragments of one task (budget, executed, rate stated in one sentence or row) → a task line.
 * `listed`: the groups come from a list reader (tasks/), whose rows are tasks even with a
 * single amount (a list of budget-only sub-items).
 */
function assembleTasks(groups: TaskFragment[][], opts: { listed?: boolean } = {}): TaskLine[] {
  const tasks: TaskLine[] = [];
  for (const group of groups) {
    const pick = (m: TaskFragment['measure']) => group.find((f) => f.measure === m);
    const budget = pick('budget');
    const initial = pick('initial');
    const executed = pick('executed');
    const statedRate = pick('rate');
    // "0.9583" under 执行率: a ratio, which states no rate (convention 1); the row's money is kept
    // (an initial budget a change in the year superseded is no base: what the budget came to is not stated)
    const base = budget ?? (initial?.superseded ? undefined : initial);
    const rate =
      statedRate &&
      base &&
      executed &&
      base.unit === executed.unit &&
      !statedWithPercent(statedRate) &&
      isRatioNotPercent(executed.value, base.value, statedRate.value)
        ? undefined
        : statedRate;
    const stated = [base, executed, rate].filter(Boolean).length;
    // one amount alone is a task only when it came from an enumeration of project amounts; a named
    // project's execution rate alone ("其中,A项目执行率98.5%,B项目…") is a row too (convention 7)
    if (stated < 2 && !(group.length === 1 && (executed || rate)) && !((opts.listed || group.some((f) => f.listed)) && stated === 1))
      continue;
    const money = [budget, initial, executed].filter((f): f is TaskFragment => !!f);
    const unit: Unit = money[0]?.unit ?? '万元';
    const sameUnit = (f?: TaskFragment) => (f ? (f.unit === unit ? f.value : null) : null);
    const first = [...group].sort(readingOrder)[0];
    const last = [...group].sort(readingOrder)[group.length - 1];
    tasks.push({
      name: group[0].name,
      budget: sameUnit(base),
      executed: sameUnit(executed),
      rate: rate?.value ?? null,
      unit,
      ...(initial && (budget || initial.superseded) ? { initialBudget: sameUnit(initial) } : {}),
      evidence: evidenceOf(first.segment, first.start, first.segment === last.segment ? last.end : first.end),
    });
  }
  return tasks;
}

/** Whether a rate's own text carries its % sign (a cell "95.83%", a sentence's "执行率95.83%"). */
function statedWithPercent(f: TaskFragment): boolean {
  return /%/.test(f.segment.text.slice(f.start, f.end + 1));
}

/**
 * The sentence and table rules name a task in simplified characters; convention 7 keeps the
 * name as written, so a name found in its statement's segment is taken from the original.
 */
function writtenName(t: TaskLine, segments: Segment[]): TaskLine {
  const seg = segmentAt(segments, t.evidence.blockId, t.evidence.cell?.row, t.evidence.cell?.col);
  const at = seg ? seg.text.indexOf(t.name) : -1;
  if (!seg || at < 0) return t;
  const written = seg.source.text.slice(at, at + t.name.length);
  return written === t.name ? t : { ...t, name: written };
}

/**
 * A row that states one measure twice came from a table with a column per year (2022年预算数 /
 * 2023年预算数): which is the task's is for the list readers (tasks/) to say, which choose the
 * report year's column.
 */
function oneColumnPerMeasure(group: TaskFragment[]): boolean {
  return new Set(group.map((f) => f.measure)).size === group.length;
}

/** Convention 7: a one-project table's own figures are figures, so a table gives task rows only when it lists several. */
function severalPerTable(tasks: TaskLine[]): TaskLine[] {
  const perTable = new Map<string, number>();
  for (const t of tasks) perTable.set(t.evidence.blockId, (perTable.get(t.evidence.blockId) ?? 0) + 1);
  return tasks.filter((t) => (perTable.get(t.evidence.blockId) ?? 0) >= 2);
}

const nameKey = (t: { name: string }) => simplify(t.name).replace(/\s/g, '');
const taskKey = (t: TaskLine) => [nameKey(t), t.budget, t.executed, t.rate].join('|');

/** Whether a task row states an amount (its budget or its spending), whose unit then means something. */
const statesMoney = (t: TaskLine) => t.budget !== null || t.executed !== null;

const sameCell = (a: TaskLine, b: TaskLine) =>
  a.evidence.cell?.row === b.evidence.cell?.row && a.evidence.cell?.col === b.evidence.cell?.col;

/** How many rows of a block read twice, the same name and amounts, make the block one that states its list twice. */
const RESTATED_ROWS = 3;

/**
 * The blocks holding a list twice: three rows or more of different names each read twice with the same amounts (a notice's
 * allocation in a sentence, then in its table, the copy running both into one paragraph). One row read twice is two rows
 * of one list (two villages' 水果基地 | 20).
 */
function restatedBlocks(rows: TaskLine[]): Set<string> {
  const seen = new Map<string, Map<string, number>>();
  for (const t of rows) {
    const keys = seen.get(t.evidence.blockId) ?? new Map<string, number>();
    keys.set(taskKey(t), (keys.get(taskKey(t)) ?? 0) + 1);
    seen.set(t.evidence.blockId, keys);
  }
  return new Set([...seen].filter(([, keys]) => [...keys.values()].filter((n) => n > 1).length >= RESTATED_ROWS).map(([block]) => block));
}

/**
 * Rows of the sentence and table rules first, then the list readers' rows that say something
 * new: a row with the same name and values, or with the same name and overlapping evidence,
 * was read twice. A sub-item's budget in one list and its spending in another (a table's
 * 预期目标 and 实际完成 cells, a budget paragraph and a spending paragraph) is one task: a row
 * whose stated cells are all empty in an earlier row of the same name and unit fills them in.
 * Names are compared simplified (the sentence rules name in simplified characters, the list
 * readers as written).
 */
function mergeTasks(first: TaskLine[], listed: TaskLine[]): TaskLine[] {
  const out: TaskLine[] = [];
  const cells = ['budget', 'executed', 'rate'] as const;
  // the rows kept so far by task key (a count: two rows may share one) and by name, in order, so
  // that each listed row is compared with its namesakes only (a scan of every row was quadratic)
  const keys = new Map<string, number>();
  const named = new Map<string, TaskLine[]>();
  const count = (key: string, by: number) => keys.set(key, (keys.get(key) ?? 0) + by);
  const inBlock = new Map<string, TaskLine[]>();
  const keep = (t: TaskLine) => {
    out.push(t);
    const rows = inBlock.get(t.evidence.blockId);
    if (rows) rows.push(t);
    else inBlock.set(t.evidence.blockId, [t]);
    count(taskKey(t), 1);
    const name = nameKey(t);
    const list = named.get(name);
    if (list) list.push(t);
    else named.set(name, [t]);
  };
  // a kept row whose name or amounts change: out of the maps under its old keys, back in under its new ones
  const rekey = (line: TaskLine, change: () => void) => {
    count(taskKey(line), -1);
    named.set(
      nameKey(line),
      (named.get(nameKey(line)) ?? []).filter((o) => o !== line),
    );
    change();
    count(taskKey(line), 1);
    named.set(nameKey(line), [...(named.get(nameKey(line)) ?? []), line]);
  };
  first.forEach(keep);
  const fromSentences = new Set(out);
  const restated = restatedBlocks([...first, ...listed]);
  /** The evidence of the readings that filled a kept row's empty cells. */
  const filledFrom = new Map<TaskLine, TaskLine['evidence'][]>();
  for (const t of listed) {
    const sameName = named.get(nameKey(t)) ?? [];
    // the same statement read differently by two rules (same name, overlapping evidence)
    // (a row's own evidence, or that of a reading that filled it in: the second list read again by another reader)
    const overlaps = (o: TaskLine) =>
      [o.evidence, ...(filledFrom.get(o) ?? [])].some(
        (e) =>
          e.blockId === t.evidence.blockId && e.start < t.evidence.end && t.evidence.start < e.end && sameCell({ ...o, evidence: e }, t),
      );
    if (keys.get(taskKey(t))) {
      // two rows of one list with the same name and amounts (an allocation table's 水果基地 | 20 in two villages'
      // rows) are two tasks; the same row read again (by another list reader, a sentence rule, another block) is one
      // (a block where three rows or more are each read twice holds the list twice, restated: "其中:甲区819万元,…" over the
      // same allocation's table, both run into one paragraph)
      const readAgain = sameName.some(
        (o) =>
          taskKey(o) === taskKey(t) &&
          (fromSentences.has(o) || o.evidence.blockId !== t.evidence.blockId || overlaps(o) || restated.has(t.evidence.blockId)),
      );
      if (!readAgain) keep({ ...t });
      continue;
    }
    // a row that states only a rate names no unit of its own (its unit is the default): any unit fits it
    const fits = sameName.find(
      (o) =>
        (o.unit === t.unit || !statesMoney(o) || !statesMoney(t)) && cells.every((c) => o[c] === null || t[c] === null || o[c] === t[c]),
    );
    if (fits) {
      filledFrom.set(fits, [...(filledFrom.get(fits) ?? []), t.evidence]);
      count(taskKey(fits), -1);
      if (!statesMoney(fits)) fits.unit = t.unit;
      for (const c of cells) fits[c] = fits[c] ?? t[c];
      count(taskKey(fits), 1);
      continue;
    }
    // the same statement read differently by two rules: the first reading stands
    if (sameName.some(overlaps)) continue;
    // the same amounts from the same statement under a longer or shorter name ("2023年A项目" / "A项目"): read twice
    const alike = (o: TaskLine) =>
      cells.every((c) => o[c] === t[c]) && (nameKey(o).includes(nameKey(t)) || nameKey(t).includes(nameKey(o)));
    const twin = (inBlock.get(t.evidence.blockId) ?? []).find((o) => overlaps(o) && alike(o));
    if (twin) {
      // (a list reader that joined the name's end a layout copy wrapped below the row, "职业技能培训补" / "贴", reads
      // the whole name where another read the row's line alone: the name that goes on from the other's, in a list, stands)
      if (!fromSentences.has(twin) && nameKey(t).length > nameKey(twin).length && nameKey(t).startsWith(nameKey(twin)))
        rekey(twin, () => {
          twin.name = t.name;
        });
      continue;
    }
    // a sentence rule's reading of the statement a list reader read in full under another name
    // ("子项目一:A,预算数…" named 子项目一, without the 支出数): the list's reading, checked against its
    // list, stands
    const partial = (inBlock.get(t.evidence.blockId) ?? []).find(
      (o) => fromSentences.has(o) && overlaps(o) && cells.every((c) => o[c] === null || o[c] === t[c]) && o.unit === t.unit,
    );
    if (partial) {
      rekey(partial, () => {
        partial.name = t.name;
        for (const c of cells) partial[c] = t[c];
      });
      fromSentences.delete(partial);
      continue;
    }
    // the list restated with its items' names shortened ("…其中:送戏下乡经费30万元,公共文化场馆免费开放35万元。…其中送戏下乡
    // 支出30万元,免费开放支出35万元"): a row stating only what one earlier row leaves empty, whose name is the head or
    // the tail of that row's, is that row's other measure; two such rows, or a row of the name itself, and it is a row
    // (or the other way round, the list first shortened and restated in full: "…具体为:A资助120万元,…。截至年底,A资助资金支出
    // 118万元,…", where the full name then stands)
    const related = out.filter((o) => shortenedName(nameKey(o), nameKey(t)) || shortenedName(nameKey(t), nameKey(o)));
    const [earlier] = related;
    if (
      related.length === 1 &&
      earlier.unit === t.unit &&
      cells.every((c) => earlier[c] === null || t[c] === null) &&
      cells.some((c) => earlier[c] === null && t[c] !== null)
    ) {
      rekey(earlier, () => {
        if (nameKey(t).length > nameKey(earlier).length) earlier.name = t.name;
        for (const c of cells) earlier[c] = earlier[c] ?? t[c];
      });
      continue;
    }
    keep({ ...t });
  }
  return out;
}

/** Task rows by where their evidence stands: block, then a table's row, then the offset in the block's text. */
function statedOrder(doc: Document): (a: TaskLine, b: TaskLine) => number {
  const blockAt = new Map(doc.blocks.map((b, i) => [b.id, i]));
  const at = (t: TaskLine) => [blockAt.get(t.evidence.blockId) ?? Infinity, t.evidence.cell?.row ?? 0, t.evidence.start] as const;
  return (a, b) => {
    const [x, y] = [at(a), at(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
}

/** The noun a task's name may end with or drop: "…经费", "…项目资金", "…补助资金", "…工程". */
const NAME_NOUN = /(?:(?:专项|补助|补贴)?(?:项目)?(?:资金|经费)|项目|工程)$/;
/** The fewest characters a shortened name keeps: "免费开放", "送戏下乡" (two, "培训", name nothing of their own). */
const SHORTENED_FEWEST = 4;

/**
 * Whether `short` is `name` shortened: the same words without the noun they end with ("送戏下乡" / "送戏下乡经费"), or the
 * name's head or tail ("免费开放" / "公共文化场馆免费开放"), four characters at least.
 */
function shortenedName(name: string, short: string): boolean {
  const core = name.replace(NAME_NOUN, '');
  const shortCore = short.replace(NAME_NOUN, '');
  // (a shortened name is shorter than the name: "农田建设补助资金" is no shortening of "高标准农田建设", whose tail its core is)
  if (name === short || shortCore.length < SHORTENED_FEWEST || shortCore.length >= name.length || short.length >= name.length) return false;
  return core === shortCore || core.startsWith(shortCore) || core.endsWith(shortCore);
}

/**
 * A clause about the year before, up to the point read: "上年度评价等级为…", "较去年…". 上年结转 / 上年结余 is
 * this year's carry-in, a fund (the project form's "上年结转资金 0 0 0" row run into the text before "自评等级:优").
 */
const LAST_YEAR_CLAUSE = /(?:上年|上一年|去年|前一年)(?!度?(?:结转|结余))[^,。;:]*$/;
/**
 * "上年度该项目自评得分90分,等级为优": a sentence that opens on the year before, and a grade whose clause names no
 * subject of its own (its few words before it, "等级为", carry the sentence's): the year before's grade too. Not "去年以来"
 * (a period up to now), nor "与上年相比" (a comparison, the year's own grade after it), nor a clause naming this year
 * ("…,本年度自评等级为优").
 */
const LAST_YEAR_SENTENCE =
  /(?:^|[。;!?])\s*[^,。;!?]{0,6}?(?<![与较比同和])(?:上年|上一年|去年|前一年)(?!度?(?:结转|结余)|以来|相比|同期)[^。;!?]*,(?![^,。;!?]*(?:本年|今年|当年|\d{4}\s*年))[^,。;!?]{0,6}$/;

/**
 * A result or conclusion (结果, 结论) named by no evaluation word of the grade wording: what a noun before it
 * names (验收, 抽检, 考核, 满意度调查…) was examined, not the spending evaluated, unless that noun is an evaluation's.
 */
const OTHER_RESULT = /^(?:结果|结论)/;
const OTHER_RESULT_BEFORE = /[\u4e00-\u9fff]$/;
const EVALUATION_BEFORE = /(?:考评|评审|评估|评议|复核|评定)$/;
/**
 * Who or what was surveyed, right before a grade's words: "服务对象满意度评价为优", "群众满意度测评等级为优秀",
 * "社会公众评价结果为良好". The grade of a satisfaction survey or of the public's view is an indicator's result, not the
 * spending's evaluation (LABELS.md convention 8 keeps eval.* for the overall one).
 */
const SURVEYED_BEFORE = /(?:满意度|满意率|群众|公众|服务对象|受益对象|受益人|受益群众)(?:调查|测评|问卷)?的?\s*$/;

/** An evaluation's result: one per report, so a sentence stating it for several subjects states none of them. */
const RESULT_KEYS = new Set(['eval.score', 'eval.grade']);

/**
 * "A项目评价结果为优秀,B项目评价结果良好", "甲单位得分91分,等级为优;乙单位得分85分,等级为良": different values of
 * one result in one sentence (up to its full stop; ";" lists the subjects) are different subjects' results, a
 * notice's list; competing candidates give none of them (LABELS.md convention 5).
 */
function withoutRivalsInSentence(list: Found[]): Found[] {
  const sentenceOf = (f: Found) => f.segment.text.slice(0, f.start).search(/[。!?][^。!?]*$/);
  const level = (f: Found) => `${gradeLevel(f.value)}${f.unit}`;
  const rivals = (f: Found, o: Found) =>
    f.segment.kind === 'paragraph' && o.segment === f.segment && level(o) !== level(f) && sentenceOf(o) === sentenceOf(f);
  return list.filter((f) => !list.some((o) => rivals(f, o)));
}

/**
 * A figure stated for a period that ends before the year does ("截至6月底,已支出500万元") yields to the same
 * figure stated for the whole year: it is progress on the way, neither the figure nor a second statement
 * of it (no repeat.mismatch). Alone, it stands (a report whose figures stop at 11月30日), except in a report
 * on the progress itself (a monitoring report, an in-year bulletin): there the spending and the rate by a date
 * are never the year's execution, while the year's budget it names stays.
 */
function withoutInterimRivals(found: Found[], inYearProgress: boolean): void {
  const whole = new Set(found.filter((f) => !f.interim && !f.later).map((f) => f.key));
  // a figure counted to a date after the year ("截至2024年3月底,累计支出150万元") holds what was spent past the year's end:
  // it yields to the year's own statement, and outranks progress on the way where there is none
  const later = new Set(found.filter((f) => f.later).map((f) => f.key));
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if ((f.interim || f.later) && whole.has(f.key)) found.splice(i, 1);
    else if (f.interim && later.has(f.key)) found.splice(i, 1);
  }
  // a progress report's spending and rate are the progress by its date ("截至目前已支出", "已支出…,执行率…", a
  // "1-6月执行数" column) unless their sentence counts them to the year's end
  if (!inYearProgress) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (!PROGRESS_KEYS.has(f.key)) continue;
    const before = f.segment.text.slice(0, f.end);
    const sentence = before.slice(before.search(/[^。;!?\n]*$/));
    if (f.interim || !YEAR_END.test(sentence)) found.splice(i, 1);
  }
}

/** A period that ends with the year: "截至12月31日", "截至2022年12月底", "年底", "年末", "1-12月", "全年支出". */
const YEAR_END = /(?<!\d)12\s*月|年底|年末|全年(?:共|累计|实际)?(?:支出|执行|完成|使用|支付)/;

/** What a monitoring report states by a date: spending against the year's budget, and its rate. */
const PROGRESS_KEYS = new Set(['budget.executed', 'budget.executionRate', 'budget.executionRate.received']);

/**
 * Several projects' budget tables on one page (`severalProjectTables`), each form ending on its own grade
 * ("自评等级 优" under one, "自评等级 良" under the next, lines a copy keeps as text): different values of one result
 * are different projects', and none is the page's (LABELS.md convention 5). One value throughout stands. Where the
 * grade was read does not matter here, unlike withoutFiguresInsideForms: these forms' extents are not known.
 */
function withoutRivalResults(found: Found[]): void {
  for (const key of RESULT_KEYS) {
    const values = new Set(found.filter((f) => f.key === key).map((f) => `${gradeLevel(f.value)}${f.unit}`));
    if (values.size < 2) continue;
    for (let i = found.length - 1; i >= 0; i--) if (found[i].key === key) found.splice(i, 1);
  }
}

/**
 * The funds by source a form's funds rows state under its total (the national template's 其中:财政拨款 / 上年结转资金 / 其他资金),
 * read as the document's income where no form is known: inside a form they are its project's.
 */
const FORM_FUND_KEYS = new Set(['income.fiscal', 'income.carryIn', 'income.otherSources']);

/**
 * A document holding several projects' label/value forms or sections (tasks/projectForms.ts, LABELS.md convention 7):
 * a budget, an execution rate or a result stated inside one project's form is that project's, never the document's
 * ("| 预算金额(万元) | 12 |" in the first of two 项目支出绩效目标表 is no budget.total of the unit). No figure is better
 * than one project's figure as the unit's; what the document states outside its forms (its own summary before them)
 * stands, as each form's extent is known (from its 项目名称 to the next).
 */
function withoutFiguresInsideForms(found: Found[], forms: ProjectForm[]): void {
  if (forms.length < 2) return;
  const inForm = (f: Found) => forms.some((form) => insideForm(form, f));
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    // (and its funds by source, 其中:财政资金 / 上年结转 / 其他资金, the project's too)
    const projects = f.key.startsWith('budget.') || f.key.startsWith('projectFunds.') || FORM_FUND_KEYS.has(f.key);
    if ((projects || RESULT_KEYS.has(f.key)) && inForm(f)) found.splice(i, 1);
  }
}

/** Whether a place in the document lies inside a form's extent (from its 项目名称 to the next form's, or a heading). */
const insideForm = (form: ProjectForm, f: { segment: Segment; start: number }) =>
  readingOrder(form.from, f) <= 0 && (!form.to || readingOrder(f, form.to) < 0);

/**
 * The measure of a task row each of a project's own budget figures is, read inside a project's form: the budget table's
 * column that gives the figure (tables.ts DOCUMENT_COLUMN), turned round.
 */
const FORM_ROW_MEASURE: { [key: string]: Measure | undefined } = Object.fromEntries(
  Object.entries(DOCUMENT_COLUMN).map(([column, key]) => [key, column as Measure]),
);

/**
 * Several projects' forms whose money is no label/value pair but a funds row of columns ("资金构成(元) 年初预算数 全年预算数
 * 执行数 分值 执行率(%) 得分" over "资金总额: 120,000.00 120,000.00 30,000.00 10.00 25 2.5"): the table readers read that row
 * as a project's own budget figures, which inside a form are the form's project's, its task row (convention 7). The first
 * figure of each measure a table reader read inside the form, where it reads a budget beside its spending or rate.
 */
function formsTableMoney(found: Found[], forms: ProjectForm[]): TaskFragment[][] {
  if (forms.length < 2) return [];
  return forms.flatMap((form) => {
    if (form.fragments.length) return [];
    const row: TaskFragment[] = [];
    for (const f of found.filter((g) => g.rule.startsWith('table/') && insideForm(form, g)).sort(readingOrder)) {
      const measure = FORM_ROW_MEASURE[f.key];
      if (!measure || row.some((r) => r.measure === measure)) continue;
      row.push({ name: form.name, measure, value: f.value, unit: f.unit, segment: f.segment, start: f.start, end: f.end });
    }
    const budget = row.some((r) => r.measure === 'budget' || r.measure === 'initial');
    return budget && row.some((r) => r.measure === 'executed' || r.measure === 'rate') ? [row] : [];
  });
}

/** The grade wordings, global, built once (matchAll copies them, so their lastIndex stays 0). */
const GRADE_PATTERNS = [GRADE_RE, GRADE_BEFORE_RE, GRADE_RATED_RE, GRADE_AFTER_SCORE_RE, GRADE_ALONE_AFTER_SCORE_RE].map(
  (re) => new RegExp(re.source, 'g'),
);

/**
 * The last year a sentence names before its grade, not a date's ("2024年3月,经自评,2023年度…" is 2023's): "2022年度自评得分为
 * 90分,评价等级为优" in a report on 2023 gives the year before's grade, as its score is that year's too.
 */
const YEAR_NAMED = /(\d{4})\s*年(?!\s*\d{1,2}\s*月)/g;

function yearOfSentence(before: string): number | null {
  // (a year in a closed bracket is an aside's, "2023年自评得分为95分(2022年为92分),等级为优": the sentence's stays)
  const clause = sentenceBefore(before, before.length).replace(/\([^()]*\)/g, '');
  const last = [...clause.matchAll(YEAR_NAMED)].pop();
  return last ? Number(last[1]) : null;
}

/** A cell holding the evaluation's grade as a field, label and grade and nothing else: "自评等次:优", "评价等级:良好". */
const GRADE_FIELD_CELL = new RegExp(String.raw`^\s*(?:绩效)?(?:自评|评价|综合评价)(?:等级|等次)\s*:?\s*[“"]?${STATED_GRADES}[”"]?\s*$`);

/**
 * A form's field line that holds the grade alone ("自评等级:优", "评价结论:良好"), the next line another field's label and
 * its colon ("主管部门:…") or none: the copy joins the lines without a space ("优主管部门"), so the grade seems to run
 * into a word, yet the line ended on it. A word the line wrapped ("结论:优" over "化营商环境…") opens no field.
 */
const GRADE_FIELD_LINE = new RegExp(
  String.raw`^\s*(?:项目)?(?:自评|评价|绩效|综合)?(?:等级|结果|等次|评级|结论)\s*:\s*(${STATED_GRADES})\s*$`,
);
const FIELD_LINE_OPENS = /^\s*[\u4e00-\u9fff()]{2,12}\s*:/;

/**
 * A form's grade cell closing its source line, its label before it ("总分 100 97.62 自评等级 优", a form's last row copied a row
 * a line): the line's end closes the grade where a copy that joined the lines left the next line's words run into it.
 */
const GRADE_CLOSING_LINE = new RegExp(String.raw`(?:自评|评价|绩效|综合)?(?:等级|等次)\s*:?\s*(${STATED_GRADES})\s*$`);

function gradeFieldLines(seg: Segment): RegExpExecArray[] {
  const lines = linesOf(seg);
  return lines.flatMap((line, k) => {
    const text = seg.text.slice(line.start, line.end);
    const m = GRADE_FIELD_LINE.exec(text);
    const next = lines[k + 1];
    if (!m || (next && !FIELD_LINE_OPENS.test(seg.text.slice(next.start, next.end)))) {
      const closing = next ? GRADE_CLOSING_LINE.exec(text) : null;
      if (!closing) return [];
      closing.index += line.start;
      return [closing];
    }
    m.index += line.start;
    return [m];
  });
}

/** The keys a list's item may state of its own: a budget and its execution, the year's spending, a score and a grade. */
const ITEM_MONEY_KEYS = /^(?:budget\.|expense\.total$|eval\.(?:score|grade)$)/;
/** The project an item's paragraph opens on, up to its comma or stop ("3、B村干道,巷道硬化建设项目,…已修建…。"). */
const OPENS_ON_PROJECT = /^[^。:;]{2,60}?(?:项目|工程)(?=[,。:]|$)/;

/** The shape of the list number a paragraph opens on ("1、" and "2、" one shape, "(一)" another), or null. */
function numberingShapeOf(text: string): string | null {
  const m = NUMBERING.exec(text);
  return m ? shapeOfNumber(m[0]) : null;
}

/**
 * "1、A项目。全年预算197万元,…" / "2、B干道,巷道硬化项目。全年预算300万元,…" / "3、C工程。…": a paragraph numbered as its siblings
 * are, whose siblings' money was read as task rows and whose own first words name a project, states that project's money
 * and score even where its name could not be read (a comma in it): not the unit's. Dropped from `found` in place; a
 * paragraph that names the unit itself (部门整体 …) or a part of the report (3、预算执行情况) keeps its figures.
 */
function withoutSiblingItemsMoney(found: Found[], tasks: TaskLine[], segments: Segment[]): void {
  const byBlock = new Map(segments.filter((s) => s.kind === 'paragraph').map((s) => [s.blockId, s]));
  const shapes = new Map<string, Set<string>>();
  for (const t of tasks) {
    const seg = t.evidence ? byBlock.get(t.evidence.blockId) : undefined;
    const shape = seg ? numberingShapeOf(seg.text) : null;
    if (seg && shape) shapes.set(shape, (shapes.get(shape) ?? new Set()).add(seg.blockId));
  }
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (!ITEM_MONEY_KEYS.test(f.key) || f.segment.kind !== 'paragraph') continue;
    const shape = numberingShapeOf(f.segment.text);
    const siblings = shape ? shapes.get(shape) : undefined;
    if (!siblings || siblings.size < 2 || siblings.has(f.segment.blockId)) continue;
    const opening = OPENS_ON_PROJECT.exec(simplify(f.segment.text).replace(NUMBERING, '').trim())?.[0];
    if (opening && !UNIT_ITSELF.test(opening) && !UNIT_ITSELF.test(sentenceBefore(f.segment.text, f.start))) found.splice(i, 1);
  }
}

/** Words by which a sentence names the reporting unit itself, or its whole spending. */
const UNIT_ITSELF = /(?:本|我|该)(?:部门|单位|局|院|校|中心|镇|乡|街道)|部门整体|单位整体|整体支出/;
/** The shortest task name looked for in a grade's sentence: a name of a word or two would be found in any sentence. */
const NAMED_TASK = 4;

/**
 * "…白马村便民桥新建工程因选址调整未开工,自评等级为“差”", "从上表看,A经费项目因…执行率偏低,自评等级为“中”": a grade whose
 * sentence names one of the report's task rows before it is that task's grade, not the report's (convention 7's rows have
 * their own grades), when no number stands between the name and the grade. Dropped from `found` in place.
 */
function withoutTasksGrades(found: Found[], tasks: TaskLine[]): void {
  const names = tasks.map((t) => simplify(t.name).replace(/\s/g, '')).filter((n) => n.length >= NAMED_TASK);
  if (!names.length) return;
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    // "1、A项目,…。下达资金197万元,…已支付186.98万元。总得分为91.8分,评价等级为优秀。": a score or a grade in the paragraph of
    // one item of the list, the paragraph opening on its name, is that item's, not the report's (unless its sentence names
    // the unit itself: 本部门 / 部门整体 …)
    if ((f.key === 'eval.score' || f.key === 'eval.grade') && f.segment.kind === 'paragraph') {
      const opening = simplify(f.segment.text).replace(NUMBERING, '').replace(/\s/g, '');
      const sentence = sentenceBefore(f.segment.text, f.start);
      if (names.some((n) => opening.startsWith(n)) && !UNIT_ITSELF.test(sentence)) {
        found.splice(i, 1);
        continue;
      }
    }
    if (f.key !== 'eval.grade' || f.segment.kind !== 'paragraph') continue;
    const sentence = simplify(sentenceBefore(f.segment.text, f.start)).replace(/\s/g, '');
    // (the name the subject of the grade's clause: no number between them, as a row's amounts after its name in a form
    // flattened into one paragraph would be)
    if (names.some((n) => sentence.includes(n) && !/\d/.test(sentence.slice(sentence.lastIndexOf(n) + n.length)))) {
      found.splice(i, 1);
      continue;
    }
    // "对等级为“中”的职业技能提升行动专项资金,…压减": the grade said of a task named right after it, 的 between them
    const after = /^[^,;。]*/.exec(simplify(f.segment.text.slice(f.end)).replace(/\s/g, ''))?.[0] ?? '';
    if (/^[”"’']?的/.test(after) && names.some((n) => after.includes(n))) found.splice(i, 1);
  }
}

function extractGrades(segments: Segment[], year: number | null): Found[] {
  const out: Found[] = [];
  for (const seg of segments) {
    // (a cell holding sentences, "| 自评结论 | 自评得分95分,评价等级为优。 |", is read as the paragraph a copy without the table makes)
    // (and a cell that is the grade's field whole, "| 绩效结论 | 自评等次:优 |", as its line alone would be read)
    if (seg.kind !== 'paragraph' && !(seg.kind === 'cell' && (isSentenceCell(seg, segments) || GRADE_FIELD_CELL.test(seg.text)))) continue;
    const matches = GRADE_PATTERNS.flatMap((re) => [...seg.text.matchAll(re)]);
    // (a field line's grade the joined text read already is not read twice)
    for (const m of gradeFieldLines(seg)) if (!matches.some((x) => x.index === m.index)) matches.push(m);
    for (const m of matches) {
      // "等级为“优”的4个、“良”的7个": a tally of projects by grade, no grade of the report's subject
      const after = seg.text.slice(m.index + m[0].length);
      if (GRADE_TALLY_AFTER.test(after) || GRADE_SCALE_AFTER.test(after)) continue;
      const before = seg.text.slice(0, m.index);
      // "…等级为优,上年度评价等级为良": the year before's grade, not the report's
      if (LAST_YEAR_CLAUSE.test(before) || LAST_YEAR_SENTENCE.test(before)) continue;
      const named = yearOfSentence(before);
      if (named !== null && year !== null && named !== year) continue;
      // "验收结果为合格", "抽检结果合格", "考核结果为优秀": another examination's result, not the evaluation's
      if (OTHER_RESULT.test(m[0]) && OTHER_RESULT_BEFORE.test(before) && !EVALUATION_BEFORE.test(before)) continue;
      // "服务对象满意度评价为优": a survey's grade, an indicator's
      if (SURVEYED_BEFORE.test(before)) continue;
      out.push({
        key: 'eval.grade',
        value: m[1],
        unit: '',
        rule: 'eval.grade/等级',
        segment: seg,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return out;
}

/** The report's sentences (simplified), for reconciliation rules that look for explanations. */
export function sentences(doc: Document): string[] {
  return segmentsOf(doc)
    .filter((s) => s.kind === 'paragraph')
    .flatMap((s) => sentencesOf(s).map((x) => x.text));
}
