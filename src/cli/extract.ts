import type { Command } from 'commander';
import type { Record } from '../model/record.ts';
import { labelOf } from '../model/keys.ts';
import { REPORT_KIND_ZH } from '../model/export.ts';
import { discrepancyText, langOption, pad, type Lang } from './lang.ts';
import { InternalError } from '../pipeline/errors.ts';
import type { Outcome } from '../pipeline/index.ts';

/** A record as a person reads it: in Chinese by default (labels first, rules by their message), or in English. */
function summary(r: Record, lang: Lang = 'zh'): string {
  const zh = lang === 'zh';
  const head = zh
    ? [r.file, r.department ?? '(未找到部门)', r.year === null ? '(未找到年度)' : `${r.year}年`, REPORT_KIND_ZH[r.kind] ?? r.kind]
    : [r.file, r.department ?? '(department not found)', r.year ?? '(year not found)', r.kind];
  const lines = [head.join('  ')];
  for (const [key, f] of Object.entries(r.figures)) {
    const others = f.mentions.length - 1;
    const value = `${f.value} ${f.unit}`;
    if (zh)
      lines.push(
        `  ${pad(labelOf(key), 30)}${pad(value, 16)}${key}  «${f.evidence.snippet}»${others > 0 ? `  (另有 ${others} 处提及)` : ''}`,
      );
    else
      lines.push(
        `  ${key.padEnd(28)} ${value.padEnd(16)} ${labelOf(key)}  «${f.evidence.snippet}»${others > 0 ? `  (+${others} more mentions)` : ''}`,
      );
  }
  for (const t of r.tasks) {
    lines.push(
      zh
        ? `  任务 ${t.name}：预算 ${t.budget ?? '-'}，执行 ${t.executed ?? '-'}，执行率 ${t.rate ?? '-'}（${t.unit || '无单位'}）`
        : `  task ${t.name}: budget ${t.budget ?? '-'} executed ${t.executed ?? '-'} rate ${t.rate ?? '-'} (${t.unit})`,
    );
  }
  for (const d of r.discrepancies) lines.push(`  ! ${discrepancyText(d, lang)}`);
  if (r.missing.length) {
    lines.push(
      zh
        ? `  未找到：${r.missing.map((k) => `${labelOf(k)}(${k})`).join('、')}`
        : `  not found: ${r.missing.map((k) => `${labelOf(k)} ${k}`).join(', ')}`,
    );
  }
  return lines.join('\n');
}

/**
 * Reads each file in turn (`processFile`, the pipeline's: an Outcome, or an InternalError thrown), hands each record to
 * `emit` and names each failure on stderr with its reason; returns how many failed. A bad file fails alone, and so does
 * one budgetlens itself fails on (an InternalError, a bug in a rule): the files after it are still read, where an
 * exception let through would end the batch there and lose them.
 */
export async function extractEach(
  files: string[],
  processFile: (file: string) => Promise<Outcome>,
  emit: (record: Record) => void,
): Promise<number> {
  let failed = 0;
  for (const file of files) {
    let outcome: Outcome;
    try {
      outcome = await processFile(file);
    } catch (e) {
      if (!(e instanceof InternalError)) throw e;
      failed++;
      process.stderr.write(`budgetlens: ${e.message} [internal]\n`);
      continue;
    }
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`budgetlens: ${outcome.error.file}: ${outcome.error.reason} [${outcome.error.code}]\n`);
      continue;
    }
    emit(outcome.record);
  }
  return failed;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract figures, task lines, indicators and discrepancies from report files, one record per file')
    .argument('<files...>', 'report files (.pdf, .docx, .md, .txt)')
    .option('--format <format>', 'jsonl (one JSON record per line), json (an array) or text', 'text')
    .addOption(langOption().default('zh', 'zh; text only, JSON is the same in both'))
    .action(async (files: string[], opts: { format: string; lang: Lang }) => {
      if (!['jsonl', 'json', 'text'].includes(opts.format)) {
        program.error(`--format must be jsonl, json or text, not "${opts.format}"`, { exitCode: 2, code: 'budgetlens.usage' });
      }
      const { processFile } = await import('../pipeline/index.ts');
      const records: Record[] = [];
      const failed = await extractEach(files, processFile, (record) => {
        if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(record)}\n`);
        else if (opts.format === 'text') process.stdout.write(`${summary(record, opts.lang)}\n\n`);
        else records.push(record);
      });
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
      if (failed) process.exitCode = 1;
    });
}
