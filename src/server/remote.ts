/**
 * `ingest`, `reprocess`, `status` and `export` through a running server that holds the embedded store (see
 * discovery.ts): the same results as on the store, by the server's API.
 */
import type { Writable } from 'node:stream';
import type { ApiClient } from './client.ts';
import { noBatches, severityCounts, statusText, table, type Lang } from '../cli/lang.ts';

interface BatchView {
  id: number;
  label: string | null;
  status: string;
  total: number;
  counts: { queued: number; processing: number; done: number; failed: number };
  documents: { id: number; file: string; status: string; failureReason: string | null }[];
  rejected: { name: string; reason: string }[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function exportViaServer(
  client: ApiClient,
  params: { [k: string]: string | number | boolean | undefined },
  out: Writable,
): Promise<void> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  await client.download(`/api/export?${q}`, out);
}

/** Uploads the files as one batch, waits for it, prints the summary; returns the exit code. */
export async function ingestViaServer(
  client: ApiClient,
  paths: string[],
  label: string | undefined,
  progress: boolean,
  lang: Lang = 'zh',
): Promise<number> {
  const { collectInputs } = await import('../pipeline/inputs.ts');
  const { files, failures } = await collectInputs(paths);
  const form = new FormData();
  if (label) form.set('label', label);
  for (const f of files) form.append('files', new Blob([Buffer.from(f.bytes)]), f.name);
  if (progress)
    process.stderr.write(
      lang === 'zh'
        ? `ingest：${files.length} 个文件交给正在运行的服务 ${client.baseUrl}\n`
        : `ingest: ${files.length} files to the running server ${client.baseUrl}\n`,
    );
  const batch = (await (await client.fetch('/api/batches', { method: 'POST', form })).json()) as BatchView;
  return followBatch(client, batch, failures, lang);
}

/**
 * Has the running server read stored documents again (POST /api/reprocess), waits for the batch,
 * prints the summary; returns the exit code. Nothing to do: says so, and the server makes no batch.
 */
export async function reprocessViaServer(
  client: ApiClient,
  options: { all: boolean; batchId?: number },
  progress: boolean,
  lang: Lang = 'zh',
): Promise<number> {
  const { nothingToReprocess } = await import('../store/reprocess.ts');
  const body = { all: options.all, ...(options.batchId === undefined ? {} : { batch: options.batchId }) };
  const { batch } = (await (await client.fetch('/api/reprocess', { method: 'POST', body })).json()) as { batch: BatchView | null };
  if (!batch) {
    process.stdout.write(nothingToReprocess(options.batchId, lang));
    return 0;
  }
  if (progress)
    process.stderr.write(
      lang === 'zh'
        ? `reprocess：${batch.total} 个文件由正在运行的服务 ${client.baseUrl} 重新读取\n`
        : `reprocess: ${batch.total} documents read again by the running server ${client.baseUrl}\n`,
    );
  return followBatch(client, batch, [], lang);
}

/** Waits until the server's batch is done, then prints its summary; 1 when any input is not done. */
async function followBatch(
  client: ApiClient,
  started: BatchView,
  failures: { name: string; reason: string }[],
  lang: Lang,
): Promise<number> {
  let batch = started;
  while (batch.status !== 'done' && batch.status !== 'empty') {
    await sleep(500);
    batch = (await (await client.fetch(`/api/batches/${batch.id}`)).json()) as BatchView;
  }
  const queue = (await (await client.fetch(`/api/queue?batch=${batch.id}&status=all`)).json()) as {
    counts: { severity: { [s: string]: number } };
  };
  const sev = queue.counts.severity;
  const failed = [
    ...failures,
    ...batch.rejected,
    ...batch.documents
      .filter((d) => d.status === 'failed')
      .map((d) => ({ name: d.file, reason: d.failureReason ?? (lang === 'zh' ? '原因不明' : 'unknown reason') })),
  ];
  const documents = batch.total + failures.length + batch.rejected.length;
  const rows: [string, string][] =
    lang === 'zh'
      ? [
          ['批次', String(batch.id)],
          ['文件', `${documents} 个`],
          ['  已完成', String(batch.counts.done)],
          ['  失败', String(failed.length)],
          ['差异', severityCounts(sev, 'zh')],
          ['服务', client.baseUrl],
        ]
      : [
          ['batch', String(batch.id)],
          ['documents', String(documents)],
          ['  done', String(batch.counts.done)],
          ['  failed', String(failed.length)],
          ['discrepancies', severityCounts(sev, 'en')],
          ['server', client.baseUrl],
        ];
  const lines = [...table(rows), ...failed.map((f) => (lang === 'zh' ? `失败：${f.name}：${f.reason}` : `failed: ${f.name}: ${f.reason}`))];
  process.stdout.write(`${lines.join('\n')}\n`);
  return failed.length ? 1 : 0;
}

export async function statusViaServer(client: ApiClient, batchId: number | undefined, lang: Lang = 'zh'): Promise<number> {
  let id = batchId;
  if (id === undefined) {
    const batches = (await (await client.fetch('/api/batches')).json()) as { id: number }[];
    if (!batches.length) {
      process.stdout.write(noBatches(lang));
      return 0;
    }
    id = batches[0].id;
  }
  const b = (await (await client.fetch(`/api/batches/${id}`)).json()) as BatchView;
  const failed = b.documents.filter((x) => x.status === 'failed').map((d) => ({ file: d.file, reason: d.failureReason }));
  process.stdout.write(statusText(b, failed, lang));
  return b.counts.failed ? 1 : 0;
}
