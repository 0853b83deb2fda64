/**
 * Task rows (convention 7) from the layouts the sentence rules of prose.ts and the project
 * tables of tables.ts do not read. One reader per layout, each in its own file:
 *
 * | reader            | layout                                                                 |
 * |-------------------|------------------------------------------------------------------------|
 * | projectTables     | tables with a project-name column (evaluation notices, target sheets)  |
 * | proseCells        | project tables whose money is a sentence in one cell (预算执行情况)         |
 * | subProjects       | sub-project rows below a project table's money header (table or text)  |
 * | yearColumns       | 基础数据表 rows under 项目支出 with several year columns                  |
 * | flatLists         | project lists flattened one cell per line or one row per line          |
 * | targetForms       | a 绩效目标申报表 as text: each project's name, budget (as money) and target, indicators between |
 * | mainTasks         | the 年度主要任务 block of a 部门整体支出绩效自评表 copied as text           |
 * | gluedRows         | list rows whose cells ran together ("住院救助120.5118.298.09%")         |
 * | gluedGroups       | an allocation table run together, projects grouped by place ("序号单位项目金额1甲县A项目10B项目8小计182乙市…合计29": every sum decides the cuts) |
 * | gluedRows         | an allocation run together, one money column ("乡镇补助经费(万元)甲镇5乙镇1.5…合计6.5": places, sum = total) |
 * | inlineLists       | "总额…。其中:A 47万元,B 50万元" and "A、B分别安排10万元、20万元"          |
 * | inlineLists       | "项目支出74万元,主要是A项目40万元,较上年增加5万元;B项目…" (each item's change read past) |
 * | inlineLists       | "下达A项目40万元;B项目25万元。共计下达65万元" (the total after its items)    |
 * | inlineLists       | "项目资金45万元。A 18万元;B 15万元;C 12万元;共计45万元" (a bare total: the amount stated earlier says what) |
 * | inlineLists       | "将资金切块下达各市,其中:A市610万元、…" (the money named again, its amount stated above: three items at least) |
 * | inlineLists       | "…资金26428万元。A区:省级…资金2405万元;B县:省级…资金1956万元;…" (a name before each colon, the same fund after, sum = total) |
 * | inlineLists       | "分别下达A项目和B工程各80万元" (one amount to each name, sum = total)     |
 * | inlineLists       | "…520万元。具体安排情况是:甲镇(2个):A、B,资金40万元,乙镇(3个):…" (each bracket counts its places, sum = total) |
 * | inlineLists       | "2020年A资金(统筹整合部分)甲县58.97万元,乙县118.71万元,丙县78.2万元。" (a fund's name alone, then places only, three at least) |
 * | inlineLists       | "…的项目有:A项目(资金300万元)、B工程(资金120万元)" (money in brackets)  |
 * | inlineLists       | "…情况:A项目100万元(已支出95万元),B工程200万元(已支出186万元)" (spending in brackets) |
 * | inlineLists       | "A项目资金执行99.97%;B项目99.89%,C项目95.6%" (a rate cue carried on)     |
 * | inlineLists       | "各项目预算执行率分别为:A项目95%、B项目100%" (a rate cue announcing each item's rate) |
 * | inlineLists       | "…排序为:甲乡支出进度90.31%;乙镇支出进度87.97%;丙镇…" (each clause a name, the same rate cue, a percent; three at least) |
 * | inlineLists       | "项目支出主要包括:A经费36万元;B经费17万元" (no total: two items a colon opens, filling the sentence) |
 * | countedLists      | "抽查项目3个:A 140万元;B 96万元;C 80万元" (no total: as many items as the count before the colon) |
 * | ordinalGrants     | "…资金449万元下达给你们。一、…下达A资金164万元,用于…。二、…下达B资金280万元…" (one grant a paragraph, sum = the amount before) |
 * | verbLists         | "县财政安排A项目资金200万元、B项目资金300万元" (no total: the verb first, each item a project's money) |
 * | enumerated        | "1.A项目,安排资金47万元;2.…" and runs of unnumbered project sentences   |
 * | enumerated        | "(一)A项目" on its own line, "该项目预算…万元" in the paragraph below     |
 * | enumerated        | "第一,A项目,资金来源为…,年初预算36万元,年中追加4万元,全年预算40万元,执行39.2万元" (ordinals, an item's attributes, its in-year change) |
 * | enumerated        | "A项目:40万元,执行38万元" (a bare budget after the name's colon, its spending cued after it) |
 * | enumerated        | "1.A项目。 (1)项目概述。… (6)年度预算安排。财政拨款634万元。 2.B项目。…" (a template in one paragraph) |
 * | enumerated        | "1.A经费" heading its section, "…批复我局A经费20万元" below (the name restated, its amount right after it) |
 * | labelledBlocks    | "项目名称:A" then "预算金额:35万元" / "执行率:95%", one label a line      |
 * | labelledBlocks    | "项目名称:A  预算数:64.8万元  执行数:…", a project's fields on one line          |
 * | purposeClauses    | "安排460万元用于A,安排120万元用于B": amount first, each clause its verb and its use (or "…分别是:X债6000万元用于A、…", announced) |
 * | followUps         | "上述项目分别支出120万元、72万元…": a second measure for the list just read |
 * | subItems          | "1.老年人福利119.57万元。包括:A 42.8万元、B 76.77万元": an item's parts adding up to it (sub-items) |
 * | subItems          | "A工程70万元(其中:B 42.5万元;C 27.5万元)": the same parts in a bracket after the item's amount |
 * | projectForms      | several projects' forms ("项目名称 | A" then "预算金额(万元) | 12"), and sections "项目一:A,…" (read in ../index.ts, whose withoutFiguresInsideForms drops the figures inside them) |
 *
 * Each reader returns one group of fragments per row, and refuses rather than guesses: every
 * name passes names.ts `refusal` (no funding source, category, “三公” item, indicator or total),
 * and every layout has a structural check (counts, sums, serial numbers, rates). A row here may
 * hold a single amount: a list of budget-only sub-items is a list of tasks.
 */
import type { Document } from '../../model/document.ts';
import type { TaskFragment } from '../prose.ts';
import type { Segment } from '../text.ts';
import { readEnumeratedItems, readHeadedItems, readNamedClauses, readTemplateItems } from './enumerated.ts';
import { readCountedLists } from './countedLists.ts';
import { readVerbLists } from './verbLists.ts';
import { readFlatLists } from './flatLists.ts';
import { withFollowUps } from './followUps.ts';
import { readGluedGroups } from './gluedGroups.ts';
import { readGluedPlaceAmounts, readGluedRows } from './gluedRows.ts';
import { readMainTasks } from './mainTasks.ts';
import {
  readAnnouncedRates,
  readBracketedItems,
  readCarriedRates,
  readCuedRates,
  readEachAllocations,
  readFundByPlaces,
  readInlineLists,
  readParallelLists,
  readPlacesCountedThenMoney,
  readTrailingTotals,
} from './inlineLists.ts';
import { readLabelledBlocks } from './labelledBlocks.ts';
import { readOrdinalGrants } from './ordinalGrants.ts';
import { investedWithoutSpending } from './names.ts';
import { readItemColumns } from './itemColumns.ts';
import { readProjectTables } from './projectTables.ts';
import { readPurposeClauses } from './purposeClauses.ts';
import { readFlatProseCells, readProseCells } from './proseCells.ts';
import { readSubProjects } from './subProjects.ts';
import { subItemsOf } from './subItems.ts';
import { readTargetForms } from './targetForms.ts';
import { readYearColumnRows } from './yearColumns.ts';

export function extractTaskLists(doc: Document, segments: Segment[], year: number | null): TaskFragment[][] {
  const groups = [
    ...readProjectTables(doc, segments, year),
    ...readItemColumns(doc, segments, year),
    ...readProseCells(doc, segments),
    ...readFlatProseCells(segments),
    ...readSubProjects(doc, segments, year),
    ...readYearColumnRows(doc, segments, year),
    ...readFlatLists(segments, year),
    ...readTargetForms(segments, year),
    ...readMainTasks(segments, year),
    ...readGluedRows(segments, year),
    ...readGluedPlaceAmounts(segments),
    ...readGluedGroups(segments),
    ...readInlineLists(segments),
    ...readParallelLists(segments),
    ...readPlacesCountedThenMoney(segments),
    ...readFundByPlaces(segments),
    ...readTrailingTotals(segments),
    ...readEachAllocations(segments),
    ...readBracketedItems(segments),
    ...readCountedLists(segments),
    ...readOrdinalGrants(segments),
    ...readVerbLists(segments),
    ...readCarriedRates(segments),
    ...readCuedRates(segments),
    ...readAnnouncedRates(segments),
    ...readEnumeratedItems(segments),
    ...readNamedClauses(segments),
    ...readHeadedItems(segments),
    ...readTemplateItems(segments),
    ...readLabelledBlocks(segments),
    ...readPurposeClauses(segments),
  ];
  // money put into an item is its budget only beside its spending (names.ts investedWithoutSpending), which a later clause
  // or sentence may give it ("A、B两个项目分别投入80万元、60万元,已支付78万元、57.1万元"): judged once the follow-ups are read
  const read = groups.filter((g) => g.length);
  // (an item's parts listed right after its amount, adding up to it: sub-items, its own row kept)
  return withFollowUps([...read, ...subItemsOf(read)], segments)
    .map(investedWithoutSpending)
    .filter((g) => g.length);
}
