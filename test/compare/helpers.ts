/**
 * Reports of one department across several years, written for the comparison tests: the
 * development corpus has no department with more than one year, and the carry-over chain needs
 * them. Each is a short self-evaluation report in the wordings extraction reads (全年预算数,
 * 年初结转和结余, 年末结转和结余, 自评得分 …), so the figures go through the real pipeline.
 */
import { REPORT_KIND_ZH } from '../../src/model/export.ts';
import type { CompareRow } from '../../src/model/compare.ts';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import type { Store } from '../../src/store/index.ts';
import { addBatch, type InputFile } from '../queue/helpers.ts';

export const DEPARTMENT = '示例区财政局';

export interface YearFigures {
  year: number;
  budget: string;
  executed: string;
  rate: string;
  carryIn: string;
  carryoverEnd: string;
  score: string;
  /** Tells two versions of one year apart (a re-upload). */
  version?: string;
}

/** 2021 → 2022 consistent (60.00 = 60.00), 2022 → 2023 broken (75.50 ≠ 70.00). */
export const YEARS: YearFigures[] = [
  { year: 2021, budget: '980.00', executed: '901.60', rate: '92.00', carryIn: '40.00', carryoverEnd: '60.00', score: '88' },
  { year: 2022, budget: '1150.00', executed: '1092.50', rate: '95.00', carryIn: '60.00', carryoverEnd: '75.50', score: '91' },
  { year: 2023, budget: '1320.00', executed: '1188.00', rate: '90.00', carryIn: '70.00', carryoverEnd: '82.00', score: '86' },
];

function reportText(f: YearFigures, department = DEPARTMENT): string {
  return `# ${department}${f.year}年度部门整体支出绩效自评报告

## 一、部门基本情况

${f.year}年度全年预算数 ${f.budget} 万元,全年执行数 ${f.executed} 万元,完成预算的 ${f.rate}%。

年初结转和结余 ${f.carryIn} 万元,年末结转和结余 ${f.carryoverEnd} 万元。

## 二、自评结论

自评得分 ${f.score} 分。
${f.version ? `\n<!-- ${f.version} -->\n` : ''}`;
}

export function reportFile(f: YearFigures, name = `${DEPARTMENT}/${f.year}${f.version ? `-${f.version}` : ''}.md`): InputFile {
  return { file: name, bytes: new Uint8Array(Buffer.from(reportText(f))) };
}

/** Ingests the files as one batch with the in-process runner; returns their document ids by file name. */
export async function ingest(store: Store, files: InputFile[], label = 'compare test'): Promise<Map<string, number>> {
  const { batchId, docs } = await addBatch(store, files, label);
  await new InProcessRunner({ store, concurrency: 2 }).run(batchId, docs);
  return new Map(docs.map((d) => [d.file, d.documentId]));
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells; a leading BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** What a row of GET /api/compare shows in a column of the downloaded CSV (headers zh). */
export function expectedCell(row: CompareRow, column: string): string {
  const figure = (FIGURE_OF_COLUMN as { [c: string]: keyof typeof row.values | undefined })[column];
  if (figure) return row.values[figure] ?? '';
  switch (column) {
    case 'department':
      return row.department;
    case 'year':
      return String(row.year);
    case 'report_kind':
      return REPORT_KIND_ZH[row.kind];
    case 'open_error':
      return String(row.open.error);
    case 'open_warning':
      return String(row.open.warning);
    case 'open_info':
      return String(row.open.info);
    case 'other_reports':
      return row.others.map((o) => o.documentId).join('; ');
    case 'document_id':
      return String(row.documentId);
    case 'file':
      return row.file;
    default:
      throw new Error(`no expectation for column ${column}`);
  }
}

/** The CSV's value columns and the field of `values` each shows — written out here, not taken from the code under test. */
const FIGURE_OF_COLUMN = {
  budget: 'budget',
  executed: 'executed',
  execution_rate: 'executionRate',
  basic: 'basic',
  project: 'project',
  personnel: 'personnel',
  public_use: 'publicUse',
  three_public: 'threePublic',
  score: 'score',
  grade: 'grade',
};
