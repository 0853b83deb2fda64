import type { Command } from 'commander';
import type { Record } from '../model/record.ts';
import { labelOf } from '../model/keys.ts';

function summary(r: Record): string {
  const lines = [`${r.file}  ${r.department ?? '(department not found)'}  ${r.year ?? '(year not found)'}  ${r.kind}`];
  for (const [key, f] of Object.entries(r.figures)) {
    const more = f.mentions.length > 1 ? `  (+${f.mentions.length - 1} more mentions)` : '';
    lines.push(`  ${key.padEnd(28)} ${`${f.value} ${f.unit}`.padEnd(16)} ${labelOf(key)}  «${f.evidence.snippet}»${more}`);
  }
  for (const t of r.tasks) lines.push(`  task ${t.name}: budget ${t.budget ?? '-'} executed ${t.executed ?? '-'} rate ${t.rate ?? '-'} (${t.unit})`);
  for (const d of r.discrepancies) lines.push(`  ! ${d.severity} ${d.rule}: ${d.arithmetic}`);
  if (r.missing.length) lines.push(`  未找到 (not found): ${r.missing.map((k) => `${labelOf(k)} ${k}`).join(', ')}`);
  return lines.join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract figures, task lines, indicators and discrepancies from report files, one record per file')
    .argument('<files...>', 'report files (.pdf, .docx, .md, .txt)')
    .option('--format <format>', 'jsonl (one JSON record per line), json (an array) or text', 'text')
    .action(async (files: string[], opts: { format: string }) => {
      if (!['jsonl', 'json', 'text'].includes(opts.format)) {
        program.error(`--format must be jsonl, json or text, not "${opts.format}"`, { exitCode: 2, code: 'budgetlens.usage' });
      }
      const { processFile } = await import('../pipeline/index.ts');
      const records: Record[] = [];
      let failed = 0;
      for (const file of files) {
        const outcome = await processFile(file);
        if (!outcome.ok) {
          failed++;
          process.stderr.write(`budgetlens: ${outcome.error.file}: ${outcome.error.reason} [${outcome.error.code}]\n`);
          continue;
        }
        if (opts.format === 'jsonl') process.stdout.write(`${JSON.stringify(outcome.record)}\n`);
        else if (opts.format === 'text') process.stdout.write(`${summary(outcome.record)}\n\n`);
        else records.push(outcome.record);
      }
      if (opts.format === 'json') process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
      if (failed) process.exitCode = 1;
    });
}
