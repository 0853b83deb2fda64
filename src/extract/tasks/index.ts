/**
 * Task rows from the layouts the sentence rules of prose.ts and the project tables of tables.ts
 * do not read: sub-items listed after a total, numbered item lists, project lists in tables
 * (including evaluation notices), and rows of tables whose columns are several years. Each
 * reader returns one group of fragments per row; a row here may hold a single amount (a list
 * of budget-only sub-items is a list of tasks under convention 7).
 */
import type { Document } from '../../model/document.ts';
import type { TaskFragment } from '../prose.ts';
import type { Segment } from '../text.ts';
import { readEnumeratedItems, readNamedClauses } from './enumerated.ts';
import { readFlatLists } from './flatLists.ts';
import { readInlineLists, readParallelLists } from './inlineLists.ts';
import { readProjectTables } from './projectTables.ts';
import { readSubProjects } from './subProjects.ts';
import { readYearColumnRows } from './yearColumns.ts';

export function extractTaskLists(doc: Document, segments: Segment[], year: number | null): TaskFragment[][] {
  return [
    ...readProjectTables(doc, segments, year),
    ...readSubProjects(doc, segments, year),
    ...readYearColumnRows(doc, segments, year),
    ...readFlatLists(segments, year),
    ...readInlineLists(segments),
    ...readParallelLists(segments),
    ...readEnumeratedItems(segments),
    ...readNamedClauses(segments),
  ];
}
