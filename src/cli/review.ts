/**
 * review: the reviewer's decisions from a terminal — list the queue, show a discrepancy, decide it
 * (extraction error with the right value, genuine, acceptable), undo, correct a figure. Every
 * decision is appended to the audit with who, when and why; the original reading is kept.
 *
 * On the embedded store while `budgetlens serve` holds it, the commands go through the server's
 * API (see src/server/discovery.ts); otherwise they open the store themselves.
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { labelOf } from '../model/keys.ts';
import {
  Decision,
  QueueFilter,
  RULE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  type AuditEntry,
  type DecisionResult,
  type QueueItem,
  type ReviewStatus,
} from '../model/review.ts';
import { Unit } from '../model/record.ts';
import type { ReviewDesk } from '../review/desk.ts';

const whole = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number ≥ 1.`);
  return n;
};

/** The reviewer's name: --who, else BUDGETLENS_REVIEWER, else the login name. */
function reviewer(who: string | undefined): string {
  return (who ?? process.env.BUDGETLENS_REVIEWER ?? userInfo().username).trim();
}

async function openDesk(program: Command): Promise<ReviewDesk> {
  const { deskFor } = await import('../server/discovery.ts');
  return deskFor(program);
}

async function withDesk<T>(program: Command, fn: (desk: ReviewDesk) => Promise<T>): Promise<T> {
  const desk = await openDesk(program);
  try {
    return await fn(desk);
  } finally {
    await desk.close();
  }
}

const ruleZh = (rule: string) => RULE_LABELS[rule]?.zh ?? rule;
const statusZh = (s: ReviewStatus) => STATUS_LABELS[s].zh;

function line(i: QueueItem): string {
  const where = [i.department ?? '(部门未知)', i.year ?? '', i.file].filter((x) => x !== '').join(' ');
  return [
    `#${i.id}  [${SEVERITY_LABELS[i.severity].zh}] ${ruleZh(i.rule)}${i.subject ? `(${i.subject})` : ''}  —  ${statusZh(i.status)}`,
    `     文档 ${i.documentId}: ${where}`,
    `     ${i.discrepancy.arithmetic}`,
  ].join('\n');
}

function entryLine(e: AuditEntry): string {
  return `  审计 #${e.id} ${e.createdAt} ${e.who}: ${e.why}`;
}

function printResult(r: DecisionResult, json: boolean) {
  if (json) return process.stdout.write(`${JSON.stringify(r)}\n`);
  const lines = [entryLine(r.entry)];
  if (r.correction) lines.push(entryLine(r.correction));
  lines.push(
    r.item
      ? `#${r.item.id} 现为: ${statusZh(r.item.status)}; ${r.item.discrepancy.arithmetic}`
      : '重新核对后该差异已不存在(更正后数字相符)',
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerReview(program: Command): void {
  const review = program
    .command('review')
    .description('review discrepancies: list, show, decide (extraction error / genuine / acceptable), undo, correct a figure');

  review
    .command('list')
    .description('the review queue (open discrepancies unless --status says otherwise), with counts')
    .option('--batch <id>', 'only documents of this batch', whole('--batch'))
    .option('--document <id>', 'only this document', whole('--document'))
    .option('--department <text>', 'only departments whose name contains this text')
    .option('--year <year>', 'only this fiscal year', whole('--year'))
    .option('--rule <rule>', 'only this rule (sum.expenseBySource, rate.execution, …)')
    .addOption(new Option('--severity <severity>', 'only this severity').choices(['error', 'warning', 'info']))
    .addOption(
      new Option('--status <status>', 'review status')
        .choices(['open', 'extraction-error', 'genuine', 'acceptable', 'all'])
        .default('open'),
    )
    .option('--json', 'the queue as JSON')
    .action(
      async (opts: {
        batch?: number;
        document?: number;
        department?: string;
        year?: number;
        rule?: string;
        severity?: string;
        status: string;
        json?: boolean;
      }) => {
        const filter = QueueFilter.parse({ ...opts, json: undefined });
        await withDesk(program, async (desk) => {
          const queue = await desk.queue(filter);
          if (opts.json) return void process.stdout.write(`${JSON.stringify(queue)}\n`);
          for (const i of queue.items) process.stdout.write(`${line(i)}\n`);
          const counts = Object.entries(queue.counts.status)
            .map(([s, n]) => `${statusZh(s as ReviewStatus)} ${n}`)
            .join(',');
          process.stdout.write(`共 ${queue.items.length} 条${counts ? `(${counts})` : ''}\n`);
        });
      },
    );

  review
    .command('show')
    .description("one discrepancy: its arithmetic, each figure with the report's own words, and its decisions so far")
    .argument('<id>', 'discrepancy id (as in `review list` and the discrepancy export)', whole('id'))
    .option('--json', 'as JSON')
    .action(async (id: number, opts: { json?: boolean }) => {
      await withDesk(program, async (desk) => {
        const d = await desk.detail(id);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(d)}\n`);
        const out = [line(d.item), `     ${d.item.discrepancy.message.zh}`];
        if (d.item.discrepancy.explanation) out.push(`     报告中的说明: ${d.item.discrepancy.explanation}`);
        for (const f of d.figures) {
          const where = f.evidence?.page ? `第 ${f.evidence.page} 页` : '';
          out.push(`  ${f.key}  ${f.label} = ${f.value}${f.unit}  ${where}${f.evidence ? `「${f.evidence.snippet}」` : ''}`);
          const others = f.mentions.filter((m) => m.value !== f.value || m.snippet !== f.evidence?.snippet);
          for (const m of others) out.push(`      另一处: ${m.value}${m.unit} ${m.page ? `第 ${m.page} 页` : ''}「${m.snippet}」`);
        }
        if (d.item.note) out.push(`  审核意见: ${d.item.note}`);
        for (const e of d.audit) out.push(entryLine(e));
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });

  review
    .command('decide')
    .description('decide a discrepancy: --as extraction-error --value V [--key K] | --as genuine | --as acceptable --why TEXT')
    .argument('<id>', 'discrepancy id', whole('id'))
    .addOption(new Option('--as <decision>', 'the decision').choices(['extraction-error', 'genuine', 'acceptable']).makeOptionMandatory())
    .option('--value <value>', 'extraction-error: the right value of the figure')
    .option('--key <key>', 'extraction-error: which figure was misread (default: the only one involved)')
    .addOption(
      new Option('--unit <unit>', "extraction-error: the unit of --value (default: the figure's)").choices(
        Unit.options.filter((u) => u !== ''),
      ),
    )
    .option('--why <text>', 'the reason (required for acceptable)')
    .option('--who <name>', 'reviewer name for the audit (default: BUDGETLENS_REVIEWER or the login name)')
    .option('--json', 'the result as JSON')
    .action(
      async (id: number, opts: { as: string; value?: string; key?: string; unit?: string; why?: string; who?: string; json?: boolean }) => {
        const parsed = Decision.safeParse({ as: opts.as, value: opts.value, key: opts.key, unit: opts.unit, why: opts.why });
        if (!parsed.success) {
          const need = opts.as === 'extraction-error' ? '--value V' : '--why TEXT';
          program.error(`review decide --as ${opts.as} needs ${need}`, { exitCode: 2 });
        }
        await withDesk(program, async (desk) => printResult(await desk.decide(id, parsed.data, reviewer(opts.who)), !!opts.json));
      },
    );

  review
    .command('undo')
    .description('undo the latest decision on a discrepancy (a new audit entry; nothing is erased)')
    .argument('<id>', 'discrepancy id', whole('id'))
    .option('--who <name>', 'reviewer name for the audit')
    .option('--json', 'the result as JSON')
    .action(async (id: number, opts: { who?: string; json?: boolean }) => {
      await withDesk(program, async (desk) => printResult(await desk.undo(id, reviewer(opts.who)), !!opts.json));
    });

  review
    .command('correct')
    .description('correct a figure of a report (or add one extraction missed); reconciliation re-runs for that report')
    .argument('<document>', 'document id', whole('document'))
    .argument('<key>', 'figure key (budget.total, expense.basic, …), or task:NAME:budget|executed|rate for a task line')
    .argument('<value>', 'the right value')
    .requiredOption('--why <text>', 'the reason, for the audit')
    .addOption(
      new Option('--unit <unit>', "unit of the value (default: the figure's, or 万元 for money)").choices(
        Unit.options.filter((u) => u !== ''),
      ),
    )
    .option('--who <name>', 'reviewer name for the audit')
    .action(async (documentId: number, key: string, value: string, opts: { why: string; unit?: Unit; who?: string }) => {
      const task = /^task:(.+):(budget|executed|rate)$/.exec(key);
      await withDesk(program, async (desk) => {
        const entry = task
          ? await desk.correctTask(documentId, { task: task[1], field: task[2] as 'budget', value, why: opts.why }, reviewer(opts.who))
          : await desk.correct(documentId, { key, value, unit: opts.unit, why: opts.why }, reviewer(opts.who));
        process.stdout.write(
          `${entryLine(entry)}\n  ${task ? `任务 ${task[1]} ${task[2]}` : `${labelOf(key)} (${key})`} = ${value}; 已重新核对文档 ${documentId}\n`,
        );
      });
    });

  review
    .command('report')
    .description('one report as a reviewer reads it: figures (corrected ones marked), missing keys, tasks, discrepancies')
    .argument('<document>', 'document id', whole('document'))
    .option('--json', 'as JSON')
    .action(async (documentId: number, opts: { json?: boolean }) => {
      await withDesk(program, async (desk) => {
        const r = await desk.report(documentId);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(r)}\n`);
        const out = [`文档 ${r.documentId}: ${r.department ?? '(部门未知)'} ${r.year ?? ''} ${r.file}`];
        for (const f of r.figures)
          out.push(
            `  ${f.key.padEnd(24)} ${f.label} = ${f.value}${f.unit}${f.extracted ? `(已更正,原读数 ${f.extracted.value}${f.extracted.unit})` : f.corrected ? '(审核人补充)' : ''}`,
          );
        if (r.missing.length) out.push(`  未找到: ${r.missing.map((m) => `${m.label}(${m.key})`).join('、')}`);
        for (const t of r.tasks)
          out.push(
            `  任务 ${t.name}: 预算 ${t.budget ?? '—'} 完成 ${t.executed ?? '—'} 执行率 ${t.rate ?? '—'}${t.extracted ? `(已更正,原读数 ${t.extracted.budget ?? '—'} / ${t.extracted.executed ?? '—'} / ${t.extracted.rate ?? '—'})` : ''}`,
          );
        for (const d of r.discrepancies) out.push(line(d));
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}
