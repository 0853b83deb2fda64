/**
 * The language of what commands print for people (`ingest`'s summary, `extract`'s text): Chinese
 * by default, the readers of these reports being Chinese; `--lang en` for English. Rules are shown
 * by their message (“按资金来源分的支出之和…与全年执行数不符，相差 89.78 万元…”), never by their code
 * in Chinese; English keeps the code (`sum.expenseBySource`) beside the English message.
 */
import { Option } from 'commander';
import type { Discrepancy } from '../model/record.ts';
import { SEVERITY_LABELS } from '../model/review.ts';
import { displayWidth } from '../parse/normalize.ts';

export type Lang = 'zh' | 'en';

export function langOption(): Option {
  return new Option('--lang <lang>', 'language of the output: Chinese (zh) or English (en)')
    .choices(['zh', 'en'])
    .default('zh')
    .env('BUDGETLENS_LANG');
}

/** `padEnd` by display width, so that Chinese labels line up. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}

function severityText(severity: string, lang: Lang): string {
  return SEVERITY_LABELS[severity]?.[lang] ?? severity;
}

/** One discrepancy on a line: "[错误] <Chinese message>" / "error sum.income: <English message>". */
export function discrepancyText(d: Discrepancy, lang: Lang): string {
  return lang === 'zh' ? `[${severityText(d.severity, 'zh')}] ${d.message.zh}` : `${d.severity} ${d.rule}: ${d.message.en}`;
}

/** "错误 5 条，警告 1 条，提示 0 条" / "5 error, 1 warning, 0 info". */
export function severityCounts(counts: { error?: number; warning?: number; info?: number }, lang: Lang): string {
  const order = ['error', 'warning', 'info'] as const;
  return lang === 'zh'
    ? order.map((s) => `${severityText(s, 'zh')} ${counts[s] ?? 0} 条`).join('，')
    : order.map((s) => `${counts[s] ?? 0} ${s}`).join(', ');
}

/** The summary's rows: a label and its value, labels padded to one width. */
export function table(rows: [string, string][], width = 16): string[] {
  return rows.map(([k, v]) => `${pad(k, width)}${v}`);
}

export const noBatches = (lang: Lang) =>
  lang === 'zh' ? '还没有批次(budgetlens ingest 路径...)\n' : 'no batches yet (budgetlens ingest PATH...)\n';

export const BATCH_STATUS_ZH: { [s: string]: string } = {
  queued: '排队中',
  processing: '处理中',
  done: '已完成',
  failed: '失败',
  empty: '空',
};

/** `status` through a running server: a batch's counts and each failed file with its reason. */
export function statusText(
  b: {
    id: number;
    label: string | null;
    status: string;
    total: number;
    counts: { queued: number; processing: number; done: number; failed: number };
  },
  failed: { file: string; reason: string | null }[],
  lang: Lang,
): string {
  const c = b.counts;
  const lines =
    lang === 'zh'
      ? [
          `批次 ${b.id}${b.label ? `(${b.label})` : ''}：${BATCH_STATUS_ZH[b.status] ?? b.status}，共 ${b.total} 个文件：已完成 ${c.done}，失败 ${c.failed}，处理中 ${c.processing}，排队中 ${c.queued}`,
          ...failed.map((f) => `  失败：${f.file}：${f.reason ?? '原因不明'}`),
        ]
      : [
          `batch ${b.id}${b.label ? ` (${b.label})` : ''}: ${b.status}, ${b.total} documents: ${c.done} done, ${c.failed} failed, ${c.processing} processing, ${c.queued} queued`,
          ...failed.map((f) => `  failed: ${f.file}: ${f.reason ?? 'unknown reason'}`),
        ];
  return `${lines.join('\n')}\n`;
}
