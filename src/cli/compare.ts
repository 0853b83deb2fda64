/**
 * compare: the departments side by side — one row per department × year with the reviewed values
 * (the one-row rule picks among several reports of one department and year), ordered by a measure,
 * the best N kept; as a terminal table for people or CSV / XLSX / JSONL for tools. The same rows
 * as the web app's Compare page and `GET /api/compare`.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { compareView, sortRows } from '../compare/index.ts';
import { COMPARE_FIGURES, CompareView, type CompareColumn, type CompareQuery, type CompareRow } from '../model/compare.ts';
import { ReportKind } from '../model/record.ts';
import { displayWidth } from '../parse/normalize.ts';
import { langOption, type Lang } from './lang.ts';
import { writeTo } from './export.ts';
import { openStore } from './ingest.ts';

interface CompareOptions {
  year?: number;
  department?: string;
  kind?: ReportKind;
  open?: boolean;
  by?: 'execution-rate' | 'score' | 'budget';
  top?: number;
  format: 'table' | 'csv' | 'xlsx' | 'jsonl';
  headers: 'zh' | 'en';
  bom: boolean;
  out?: string;
  lang: Lang;
}

/** --by, as the table's column it sorts by (highest first). */
const BY_COLUMN: { [by in NonNullable<CompareOptions['by']>]: CompareColumn } = {
  'execution-rate': 'execution_rate',
  score: 'score',
  budget: 'budget',
};

const positive = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1.`);
  return n;
};

/** The view, from the running server that holds the embedded store, or from the store itself. */
async function loadView(program: Command, query: CompareQuery): Promise<CompareView> {
  const { runningServer } = await import('../server/discovery.ts');
  const server = await runningServer(program);
  if (server) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    return server.json(CompareView, `/api/compare?${params}`);
  }
  const store = await openStore(program);
  try {
    const { comparableReports } = await import('../compare/source.ts');
    return compareView(await comparableReports(store), query);
  } finally {
    await store.close();
  }
}

/** A value with its markers: `*` corrected by a reviewer, `≈` a rate computed from budget and executed. */
function marked(row: CompareRow, figure: keyof typeof COMPARE_FIGURES): string {
  const v = row.values[figure];
  if (v === null) return '—';
  const computed = figure === 'executionRate' && row.executionRateComputed ? '≈' : '';
  return `${computed}${v}${row.corrected.includes(figure) ? '*' : ''}`;
}

/** The terminal table: columns padded by display width (a CJK character takes two), numbers right-aligned. */
function terminalTable(view: CompareView, rows: readonly CompareRow[], lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const head = zh
    ? ['部门', '年度', '预算数(万元)', '执行数(万元)', '执行率(%)', '得分', '等级', '待审核 错/警/提', '其他报告']
    : ['department', 'year', 'budget (10k yuan)', 'executed (10k yuan)', 'rate (%)', 'score', 'grade', 'open e/w/i', 'other reports'];
  const right = [false, true, true, true, true, true, false, true, true];
  const body = rows.map((r) => [
    r.department,
    String(r.year),
    marked(r, 'budget'),
    marked(r, 'executed'),
    marked(r, 'executionRate'),
    marked(r, 'score'),
    marked(r, 'grade'),
    `${r.open.error}/${r.open.warning}/${r.open.info}`,
    r.others.map((o) => `#${o.documentId}`).join(' ') || '—',
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((cells) => displayWidth(cells[i]))));
  const fit = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? ' '.repeat(widths[i] - displayWidth(c)) + c : c + ' '.repeat(widths[i] - displayWidth(c))))
      .join('  ')
      .trimEnd();
  const { executionRate, score } = view.rankings;
  const unplaced = view.unplaced.map((u) => `#${u.documentId} ${u.file}`).join(zh ? '，' : ', ');
  const footer = zh
    ? [
        `共 ${rows.length} 行。执行率中位数 ${executionRate.median ?? '—'}%（${executionRate.entries.length} 行有执行率），得分中位数 ${score.median ?? '—'}（${score.entries.length} 行有得分）。`,
        '* 审核更正后的数值；≈ 报告未写明执行率，按执行数/预算数计算。',
        `一行一部门一年度：${view.rule.zh}`,
        ...(view.unplaced.length ? [`另有 ${view.unplaced.length} 份报告没有识别出部门或年度，未列入：${unplaced}`] : []),
      ]
    : [
        `${rows.length} rows. Median execution rate ${executionRate.median ?? '—'}% (${executionRate.entries.length} rows state one), median score ${score.median ?? '—'} (${score.entries.length} rows).`,
        '* corrected by a reviewer; ≈ the report states no rate: executed / budget.',
        `One row per department and year: ${view.rule.en}`,
        ...(view.unplaced.length ? [`${view.unplaced.length} reports without a department or a year are not compared: ${unplaced}`] : []),
      ];
  return [fit(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(fit), '', ...footer].join('\n');
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'compare departments: one row per department × year with the reviewed values (the latest reviewed report wins), ordered, as a table or CSV/XLSX/JSONL',
    )
    .option('--year <year>', 'only this fiscal year', positive('--year'))
    .option('--department <text>', 'only departments whose name contains this text')
    .addOption(new Option('--kind <kind>', 'only reports of this kind').choices(ReportKind.options))
    .option('--open', 'only rows with discrepancies not yet reviewed')
    .addOption(new Option('--by <measure>', 'order by this measure, highest first').choices(Object.keys(BY_COLUMN)))
    .option('--top <n>', 'only the first N rows (with --by: the N highest)', positive('--top'))
    .addOption(
      new Option('--format <format>', 'a terminal table, or CSV / XLSX / JSONL for tools')
        .choices(['table', 'csv', 'xlsx', 'jsonl'])
        .default('table'),
    )
    .addOption(
      new Option('--headers <lang>', 'csv/xlsx: column headers in Chinese (zh) or the column names (en)')
        .choices(['zh', 'en'])
        .default('zh'),
    )
    .option('--no-bom', 'csv: omit the UTF-8 byte order mark')
    .option('--out <file>', 'write to this file instead of standard output')
    .addOption(langOption())
    .addHelpText(
      'after',
      `
The one-row rule: several reports of one department and year (a re-upload, a corrected version)
show as one row — a reviewed report wins over an unreviewed one, the latest reviewed first; when
none is reviewed, the latest ingested. The others are listed in the row (其他报告 / other_reports).
Money in 万元, rates in %, exact decimals as written; * marks a value a reviewer corrected.`,
    )
    .action(async (opts: CompareOptions) => {
      if (opts.format === 'xlsx' && !opts.out && process.stdout.isTTY) {
        program.error('--format xlsx writes a binary workbook: give --out FILE (or redirect standard output)', { exitCode: 2 });
      }
      const query: CompareQuery = { year: opts.year, department: opts.department, kind: opts.kind, open: opts.open ? 'true' : undefined };
      const view = await loadView(program, query);
      let rows = opts.by ? sortRows(view.rows, BY_COLUMN[opts.by], 'desc') : view.rows;
      if (opts.top) rows = rows.slice(0, opts.top);
      await writeTo(opts.out, async (out) => {
        if (opts.format === 'table') {
          out.write(`${terminalTable(view, rows, opts.lang)}\n`);
          return;
        }
        if (opts.format === 'jsonl') {
          for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
          return;
        }
        const { writeCompareView } = await import('../compare/download.ts');
        await writeCompareView(rows, out, { format: opts.format, headers: opts.headers, bom: opts.bom });
      });
    });
}
