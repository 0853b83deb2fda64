/** A real PGlite store holding the seed reports, one report whose file name is a formula, a review and a correction. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import { Store } from '../../src/store/index.ts';
import { addBatch, seedFiles } from '../queue/helpers.ts';

export const FORMULA_FILE = '=2+3.md';
export const FORMULA_NOTE = '=HYPERLINK("http://example.invalid/","点这里")';
export const CORRECTED = { key: 'budget.executed', value: '6709.5', unit: '万元' as const };

export interface ExportFixture {
  store: Store;
  dir: string;
  close(): Promise<void>;
}

export async function exportFixture(): Promise<ExportFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-export-'));
  const store = await Store.open({ dataDir: dir });
  const seed = seedFiles().filter((f) => f.file !== 'cmap-probe.pdf');
  const md = readFileSync('fixtures/seed/qiaozhong-2023.md');
  const formula = {
    file: FORMULA_FILE,
    bytes: new Uint8Array(Buffer.concat([md, Buffer.from('\n<!-- a file whose name a spreadsheet would run -->\n')])),
  };
  const { batchId, docs } = await addBatch(store, [...seed, formula], 'export fixture');
  await new InProcessRunner({ store, concurrency: 2 }).run(batchId, docs);

  const formulaDoc = docs.find((d) => d.file === FORMULA_FILE)!;
  const [first] = await store.listDiscrepancies({ documentId: formulaDoc.documentId });
  await store.reviewDiscrepancy(first.id, { status: 'genuine', who: '审计员', note: FORMULA_NOTE });
  const receivedDoc = docs.find((d) => d.file === 'qiaozhong-2023.received.md')!;
  await store.correctFigure(
    receivedDoc.documentId,
    CORRECTED.key,
    { value: CORRECTED.value, unit: CORRECTED.unit },
    { who: '审计员', why: '核对决算表' },
  );
  return {
    store,
    dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Cell = string | number | boolean | null | { formula: string };

/** A workbook's sheets as rows of plain cells: rich text flattened, formulas kept as formulas. */
export async function readWorkbook(file: string): Promise<Map<string, Cell[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Cell[][]>();
  wb.eachSheet((ws) => {
    const rows: Cell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(plain(row.getCell(c).value));
      rows.push(cells);
    }
    sheets.set(ws.name, rows);
  });
  return sheets;
}

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'formula' in v) return { formula: String(v.formula) };
  if (typeof v === 'object' && 'sharedFormula' in v) return { formula: String(v.sharedFormula) };
  return String(v);
}
