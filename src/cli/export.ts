/**
 * export: the stored results as CSV (figures long or reports wide, or the discrepancy list), one
 * XLSX workbook with the three tables, or the full records as JSONL.
 */
import v8 from 'node:v8';
import { open, rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { ExportTable } from '../export/index.ts';
import type { ReportFilter, Store } from '../store/index.ts';
import { batchArgument, openStore } from './ingest.ts';

interface ExportOptions {
  format: 'csv' | 'xlsx' | 'jsonl';
  shape: 'long' | 'wide';
  what: 'figures' | 'discrepancies';
  bom: boolean;
  headers: 'zh' | 'en';
  out?: string;
  year?: number;
  department?: string;
  batch?: number;
}

const whole = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number.`);
  return n;
};

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'write the stored results: CSV (figures long or wide, or the discrepancy list), an XLSX workbook of all three, or the records as JSONL',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'xlsx', 'jsonl']).default('csv'))
    .addOption(
      new Option('--shape <shape>', 'csv figures: one row per figure (long) or per report with a column per key (wide)')
        .choices(['long', 'wide'])
        .default('long'),
    )
    .addOption(
      new Option('--what <table>', 'csv: the figures or the discrepancy list').choices(['figures', 'discrepancies']).default('figures'),
    )
    .addOption(
      new Option(
        '--headers <lang>',
        'csv/xlsx: column headers, sheet names and report_kind values in Chinese (zh) or the English field names tools rely on (en)',
      )
        .choices(['zh', 'en'])
        .default('zh'),
    )
    .option('--no-bom', 'csv: omit the UTF-8 byte order mark (Excel needs it to show Chinese)')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--year <year>', 'only this fiscal year', whole('--year'))
    .option('--department <text>', 'only departments whose name contains this text')
    .option('--batch <id>', 'only documents of this batch', whole('--batch'))
    .addHelpText(
      'after',
      `
Columns (English names, as with --headers en; by default each is written with its Chinese header,
e.g. document_id 文档编号, department 部门, budget.total[万元] 全年预算数[万元]):
  figures (long)   document_id, department, year, report_kind, key, label_zh, value, unit, value_yuan, review_status, file, page, evidence
  figures (wide)   document_id, department, year, report_kind, file, one column per key (money in 万元, rates in %), open_error/warning/info, also_named
  discrepancies    discrepancy_id, document_id, department, year, file, rule, subject, severity, message_zh/en, arithmetic, expected, actual, difference, unit,
                   evidence, review_status, reviewer_note
  xlsx             the three as sheets figures, reports, discrepancies (数字, 报告, 差异清单 with --headers zh)`,
    )
    .action(async (opts: ExportOptions) => {
      if (opts.format === 'xlsx' && !opts.out && process.stdout.isTTY) {
        program.error('--format xlsx writes a binary workbook: give --out FILE (or redirect standard output)', { exitCode: 2 });
      }
      // What an export holds at any time is one chunk of reports; the rest of its peak memory is
      // garbage V8 lets pile up because collecting is cheap. Favouring size keeps the peak flat
      // (bench/export.ts, 100,000 rows on PostgreSQL: 207 → 134 MB RSS, about 15% slower).
      v8.setFlagsFromString('--optimize-for-size');
      const filter: ReportFilter = { year: opts.year, department: opts.department, batchId: opts.batch };
      // the embedded store held by `budgetlens serve`: the same export, through its API
      const { runningServer } = await import('../server/discovery.ts');
      const server = await runningServer(program);
      if (server) {
        const { exportViaServer } = await import('../server/remote.ts');
        const params = {
          format: opts.format,
          what: opts.what,
          shape: opts.shape,
          bom: opts.bom,
          headers: opts.headers,
          year: opts.year,
          department: opts.department,
          batch: opts.batch,
        };
        await writeTo(opts.out, (out) => exportViaServer(server, params, out));
        return;
      }
      const store = await openStore(program);
      try {
        // before anything is written: an export of a batch that does not exist is a mistake, not an empty file
        if (opts.batch !== undefined) await batchArgument(program, store, opts.batch);
        await writeTo(opts.out, (out) => run(store, opts, filter, out));
      } finally {
        await store.close();
      }
    });
}

async function run(store: Store, opts: ExportOptions, filter: ReportFilter, stream: Writable) {
  const { exportCsv, exportJsonl, exportXlsx } = await import('../export/index.ts');
  if (opts.format === 'jsonl') return exportJsonl(store, filter, stream);
  if (opts.format === 'xlsx') return exportXlsx(store, filter, stream, { headers: opts.headers });
  const table: ExportTable = opts.what === 'discrepancies' ? 'discrepancies' : opts.shape === 'wide' ? 'reports' : 'figures';
  return exportCsv(store, table, filter, stream, { bom: opts.bom, headers: opts.headers });
}

/**
 * Writes to standard output, or to a file that appears only once complete: a failed export never
 * leaves a truncated file that looks like a good one.
 */
export async function writeTo(file: string | undefined, write: (out: Writable) => Promise<void>): Promise<void> {
  if (!file) {
    await write(process.stdout);
    return;
  }
  const partial = `${file}.partial`;
  let handle;
  try {
    handle = await open(partial, 'w');
  } catch (e) {
    throw new Error(`cannot write ${file}: ${(e as Error).message}`);
  }
  const out = handle.createWriteStream();
  try {
    await write(out);
    if (!out.writableEnded) out.end();
    await finished(out);
    await rename(partial, file);
  } catch (e) {
    out.destroy();
    await rm(partial, { force: true });
    throw e;
  }
}
