/**
 * ingest / status / export / reprocess: the commands that feed the store and read it back.
 * With REDIS_URL set, documents go through BullMQ workers; without it, the in-process runner
 * calls the same processors (the embedded default: nothing else to install).
 */
import type { Command } from 'commander';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
// the light module, not parse/index.ts: ingest reads no file until the runner does
import { sha256 } from '../parse/sha256.ts';
import { Store, storeOptionsFromEnv, type BatchStatus } from '../store/index.ts';
import type { Discrepancy, Record } from '../model/record.ts';
import { RULE_LABELS } from '../model/review.ts';
import { discrepancyText, langOption, severityCounts, table, type Lang } from './lang.ts';

interface GlobalOptions {
  data?: string;
}

export async function openStore(program: Command): Promise<Store> {
  const global = program.opts<GlobalOptions>();
  return Store.open({ ...storeOptionsFromEnv(), ...(global.data ? { dataDir: global.data } : {}) });
}

/** `budgetlens serve` holding the embedded store of this data directory: commands go through its API. */
async function serverHoldingStore(program: Command) {
  return (await import('../server/discovery.ts')).runningServer(program);
}

type DocJob = { documentId: number; sha256: string; file: string };

/** Runs documents through the embedded runner, with a progress bar on a terminal. */
async function runInProcess(store: Store, batchId: number, docs: DocJob[], concurrency: number, progress: boolean): Promise<Discrepancy[]> {
  const { InProcessRunner } = await import('../queue/inprocess.ts');
  const { default: cliProgress } = await import('cli-progress');
  const bar = progress && process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} documents | {failed} failed | {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(docs.length, 0, { failed: 0, file: '' });
  const runner = new InProcessRunner({
    store,
    concurrency,
    onProgress: (p: { done: number; failed: number; total: number; file: string }) => {
      if (bar) bar.update(p.done + p.failed, { failed: p.failed, file: p.file });
      else if (progress) process.stderr.write(`  ${p.done + p.failed}/${p.total} ${p.file}\n`);
    },
  });
  try {
    return (await runner.run(batchId, docs)).discrepancies;
  } finally {
    bar?.stop();
  }
}

/** The batch summary printed after `ingest` and `reprocess`, in Chinese or English. */
export function summarize(status: BatchStatus, records: Record[], inputFailures: { name: string; reason: string }[], chain: Discrepancy[] = [], lang: Lang = 'zh'): string {
  const severities = { error: 0, warning: 0, info: 0 };
  let figures = 0;
  for (const r of records) {
    figures += Object.keys(r.figures).length;
    for (const d of r.discrepancies) severities[d.severity]++;
  }
  const failed = status.counts.failed + inputFailures.length;
  const zh = lang === 'zh';
  const rows: [string, string][] = zh
    ? [
      ['批次', String(status.id)],
      ['文件', `${status.total + inputFailures.length} 个`],
      ['  已完成', String(status.counts.done)],
      ['  失败', String(failed)],
      ['  等待中', String(status.counts.queued + status.counts.processing)],
      ['提取数字', `${figures} 个`],
      ['差异', severityCounts(severities, 'zh')],
      ['跨年核对', `${RULE_LABELS['carryover.chain'].zh} ${chain.length} 条`],
    ]
    : [
      ['batch', String(status.id)],
      ['documents', String(status.total + inputFailures.length)],
      ['  done', String(status.counts.done)],
      ['  failed', String(failed)],
      ['  waiting', String(status.counts.queued + status.counts.processing)],
      ['figures', String(figures)],
      ['discrepancies', severityCounts(severities, 'en')],
      ['across years', `${chain.length} carry-over chain`],
    ];
  const lines = table(rows);
  const failure = (name: string, reason: string | null) => (zh ? `失败：${name}：${reason ?? '原因不明'}` : `failed: ${name}: ${reason ?? 'unknown reason'}`);
  for (const f of inputFailures) lines.push(failure(f.name, f.reason));
  for (const f of status.failed) lines.push(failure(f.file, f.reason));
  for (const d of chain) lines.push(discrepancyText(d, lang));
  return lines.join('\n');
}

export const noBatches = (lang: Lang) => (lang === 'zh' ? '还没有批次(budgetlens ingest 路径...)\n' : 'no batches yet (budgetlens ingest PATH...)\n');

const BATCH_STATUS_ZH: { [s: string]: string } = { queued: '排队中', processing: '处理中', done: '已完成', failed: '失败', empty: '空' };

/** `status`: a batch's counts and each failed file with its reason. */
export function statusText(
  b: { id: number; label: string | null; status: string; total: number; counts: { queued: number; processing: number; done: number; failed: number } },
  failed: { file: string; reason: string | null }[],
  lang: Lang,
): string {
  const c = b.counts;
  const lines = lang === 'zh'
    ? [`批次 ${b.id}${b.label ? `(${b.label})` : ''}：${BATCH_STATUS_ZH[b.status] ?? b.status}，共 ${b.total} 个文件：已完成 ${c.done}，失败 ${c.failed}，处理中 ${c.processing}，排队中 ${c.queued}`,
      ...failed.map((f) => `  失败：${f.file}：${f.reason ?? '原因不明'}`)]
    : [`batch ${b.id}${b.label ? ` (${b.label})` : ''}: ${b.status}, ${b.total} documents: ${c.done} done, ${c.failed} failed, ${c.processing} processing, ${c.queued} queued`,
      ...failed.map((f) => `  failed: ${f.file}: ${f.reason ?? 'unknown reason'}`)];
  return `${lines.join('\n')}\n`;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read report files, directories (recursive) and .zip archives into the store, extracting and reconciling each')
    .argument('<paths...>', 'files, directories or .zip archives')
    .option('--label <label>', 'a label for the batch')
    .option('--concurrency <n>', 'documents processed at once (embedded runner)', (v) => Number.parseInt(v, 10), 2)
    .option('--wait', 'with REDIS_URL: wait until the workers have processed the batch')
    .option('--timeout <seconds>', 'with --wait: give up after this many seconds', (v) => Number.parseInt(v, 10), 3600)
    .option('--no-progress', 'no progress output')
    .addOption(langOption())
    .action(async (paths: string[], opts: { label?: string; concurrency: number; wait?: boolean; timeout: number; progress: boolean; lang: Lang }) => {
      if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) program.error('--concurrency must be a whole number ≥ 1', { exitCode: 2 });
      const server = await serverHoldingStore(program);
      if (server) {
        process.exitCode = await (await import('../server/remote.ts')).ingestViaServer(server, paths, opts.label, opts.progress, opts.lang);
        return;
      }
      const store = await openStore(program);
      try {
        const { collectInputs } = await import('../pipeline/inputs.ts');
        const { files, failures } = await collectInputs(paths);
        const batch = await store.createBatch(opts.label);
        const docs: DocJob[] = [];
        for (const f of files) {
          const hash = sha256(f.bytes);
          const { documentId } = await store.addDocument(batch.id, { sha256: hash, file: f.name, bytes: f.bytes });
          const existing = await store.getDocument(documentId);
          // the same file, already read by this extractor version: nothing to do
          if (existing?.status === 'done' && existing.extractorVersion === EXTRACTOR_VERSION) continue;
          docs.push({ documentId, sha256: hash, file: f.name });
        }
        let chain: Discrepancy[] = [];
        if (process.env.REDIS_URL) {
          const { BatchProducer, connectionFromUrl } = await import('../queue/bullmq.ts');
          const producer = new BatchProducer({ connection: connectionFromUrl(process.env.REDIS_URL) });
          try {
            await producer.enqueue(batch.id, docs);
            if (!opts.wait) {
              process.stdout.write(opts.lang === 'zh'
                ? `批次 ${batch.id}：${docs.length} 个文件已排队（budgetlens status ${batch.id} 查看进度）\n`
                : `batch ${batch.id}: ${docs.length} documents queued (budgetlens status ${batch.id})\n`);
              return;
            }
            chain = (await producer.waitForBatch(batch.id, { timeoutMs: opts.timeout * 1000 })).discrepancies;
          } finally {
            await producer.close();
          }
        } else {
          chain = await runInProcess(store, batch.id, docs, opts.concurrency, opts.progress);
        }
        const status = await store.batchStatus(batch.id);
        const records = await store.listRecords({ batchId: batch.id });
        process.stdout.write(`${summarize(status, records, failures, chain, opts.lang)}\n`);
        if (status.counts.failed > 0 || failures.length > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  program
    .command('status')
    .description('per-batch and per-document status, naming each failed file with its reason')
    .argument('[batch]', 'a batch id (default: the latest batch)')
    .addOption(langOption())
    .action(async (batchArg: string | undefined, opts: { lang: Lang }) => {
      const server = await serverHoldingStore(program);
      if (server) {
        const id = batchArg === undefined ? undefined : Number.parseInt(batchArg, 10);
        process.exitCode = await (await import('../server/remote.ts')).statusViaServer(server, id, opts.lang);
        return;
      }
      const store = await openStore(program);
      try {
        const id = batchArg === undefined ? await store.latestBatchId() : Number.parseInt(batchArg, 10);
        if (id === null || !Number.isInteger(id)) {
          process.stdout.write(noBatches(opts.lang));
          return;
        }
        const status = await store.batchStatus(id);
        process.stdout.write(statusText(status, status.failed.map((f) => ({ file: f.file, reason: f.reason })), opts.lang));
        if (status.counts.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });

  program
    .command('reprocess')
    .description('read stored documents again with the current extractor, keeping reviewers\' corrections')
    .option('--all', 'every stored document, not only those read by another extractor version')
    .option('--batch <id>', 'only documents of this batch', (v) => Number.parseInt(v, 10))
    .option('--concurrency <n>', 'documents processed at once', (v) => Number.parseInt(v, 10), 2)
    .option('--no-progress', 'no progress output')
    .addOption(langOption())
    .action(async (opts: { all?: boolean; batch?: number; concurrency: number; progress: boolean; lang: Lang }) => {
      const store = await openStore(program);
      try {
        const rows = opts.all
          ? await store.listDocuments({ batchId: opts.batch })
          : await store.documentsNeedingReprocess(EXTRACTOR_VERSION, { batchId: opts.batch });
        const batch = await store.createBatch(`reprocess ${new Date().toISOString()}`);
        const docs: DocJob[] = [];
        for (const d of rows) {
          const bytes = await store.getBlob(d.sha256);
          if (!bytes) continue;
          await store.addDocument(batch.id, { sha256: d.sha256, file: d.file, bytes });
          docs.push({ documentId: d.id, sha256: d.sha256, file: d.file });
        }
        const chain = await runInProcess(store, batch.id, docs, opts.concurrency, opts.progress);
        const status = await store.batchStatus(batch.id);
        process.stdout.write(`${summarize(status, await store.listRecords({ batchId: batch.id }), [], chain, opts.lang)}\n`);
        if (status.counts.failed > 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('start a BullMQ worker process (needs REDIS_URL and DATABASE_URL); SIGTERM finishes running documents, then exits 0')
    .option('--concurrency <n>', 'documents processed at once', (v) => Number.parseInt(v, 10), 2)
    .action(async (opts: { concurrency: number }) => {
      if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1) program.error('--concurrency must be a whole number ≥ 1', { exitCode: 2 });
      if (!process.env.REDIS_URL) program.error('REDIS_URL is not set: workers take their jobs from Redis', { exitCode: 2 });
      const { startWorkers, workerSettingsFromEnv } = await import('../queue/bullmq.ts');
      let workers: Awaited<ReturnType<typeof startWorkers>>;
      try {
        workers = await startWorkers({ redisUrl: process.env.REDIS_URL, store: storeOptionsFromEnv(), concurrency: opts.concurrency, ...workerSettingsFromEnv() });
      } catch (e) {
        program.error(`budgetlens worker: ${(e as Error).message}`, { exitCode: 2 });
      }
      process.stdout.write(`budgetlens worker ${process.pid}: ready (concurrency ${opts.concurrency})\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stdout.write(`budgetlens worker ${process.pid}: ${signal}, finishing running documents\n`);
          workers.close().then(resolve, (e: Error) => {
            process.stderr.write(`budgetlens worker: ${e.message}\n`);
            resolve();
          });
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
