/**
 * ingest / status / export / reprocess: the commands that feed the store and read it back.
 * With REDIS_URL set, documents go through BullMQ workers; without it, the in-process runner
 * calls the same processors (the embedded default: nothing else to install).
 */
import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { EXTRACTOR_VERSION } from '../extract/version.ts';
// the light module, not parse/index.ts: ingest reads no file until the runner does
import { sha256 } from '../parse/sha256.ts';
import { refuseEarly } from '../parse/limits.ts';
import { Store, storeOptionsFromEnv, type BatchStatus } from '../store/index.ts';
import type { Discrepancy, Record } from '../model/record.ts';
// the light module: limits and their environment names, no thread started until a runner is
import { type CoreLimits, coreLimitsFromEnv, DEFAULT_CORE_LIMITS, MEMORY_ENV, TIMEOUT_ENV } from '../pipeline/isolated.ts';
import { RULE_LABELS } from '../model/review.ts';
import { BATCH_STATUS_ZH, discrepancyText, langOption, noBatches, severityCounts, table, type Lang } from './lang.ts';

/** The embedded runner's default concurrency: one document per core (parse and extract run in threads; store writes stay on this one). */
const CORES = availableParallelism();

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

/** A batch id given on the command line: a whole number naming a batch that exists, or a usage error. */
export async function batchArgument(program: Command, store: Store, text: string | number): Promise<number> {
  const id = typeof text === 'number' ? text : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(id)) program.error(`budgetlens: a batch is a whole number, not "${text}"`, { exitCode: 2 });
  if (!(await store.hasBatch(id))) {
    const latest = await store.latestBatchId();
    program.error(
      `budgetlens: no batch ${id} (${latest === null ? 'no batches yet: budgetlens ingest PATH...' : `the latest is ${latest}`})`,
      { exitCode: 2 },
    );
  }
  return id;
}

const positive = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number.`);
  return n;
};

interface LimitOptions {
  documentTimeout?: number;
  documentMemory?: number;
}

function limitsOf(opts: LimitOptions, env: NodeJS.ProcessEnv = process.env): CoreLimits {
  const fromEnv = coreLimitsFromEnv(env);
  return {
    timeoutMs: opts.documentTimeout !== undefined ? Math.round(opts.documentTimeout * 1000) : fromEnv.timeoutMs,
    memoryMb: opts.documentMemory !== undefined ? Math.round(opts.documentMemory) : fromEnv.memoryMb,
  };
}

interface InProcessRun {
  discrepancies: Discrepancy[];
  /** Ctrl-C stopped the run: these documents were not read (they stay unfinished, not failed). */
  interrupted: boolean;
  notStarted: number;
}

/**
 * Runs documents through the embedded runner, with a progress bar on a terminal. The first Ctrl-C
 * stops it cleanly (no new document, running ones cut short and left for the next run); a second
 * one exits at once.
 */
async function runInProcess(
  store: Store,
  batchId: number,
  docs: DocJob[] | AsyncIterable<DocJob>,
  concurrency: number,
  progress: boolean,
  limits: CoreLimits,
): Promise<InProcessRun> {
  const { eager, InProcessRunner } = await import('../queue/inprocess.ts');
  // a streamed batch is stored a few documents ahead of the ones being read: the progress total is
  // what has been stored so far
  const source = Array.isArray(docs) ? docs : eager(docs, Math.max(8, 4 * concurrency));
  const total = () => (Array.isArray(source) ? source.length : (source as { produced: number }).produced);
  const { default: cliProgress } = await import('cli-progress');
  const bar =
    progress && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'ingest [{bar}] {value}/{total} documents | {failed} failed | {file}', hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(total(), 0, { failed: 0, file: '' });
  const runner = new InProcessRunner({
    store,
    concurrency,
    limits,
    log: (message) => {
      bar?.stop();
      process.stderr.write(`${message}\n`);
    },
    onProgress: (p: { done: number; failed: number; total: number; file: string }) => {
      if (bar) {
        if (total() !== bar.getTotal()) bar.setTotal(total());
        bar.update(p.done + p.failed, { failed: p.failed, file: p.file });
      } else if (progress) process.stderr.write(`  ${p.done + p.failed}/${total()} ${p.file}\n`);
    },
  });
  let interrupted = false;
  const onInterrupt = () => {
    if (interrupted) {
      process.stderr.write('\nbudgetlens: interrupted again, exiting now\n');
      process.exit(130);
    }
    interrupted = true;
    bar?.stop();
    process.stderr.write('\nbudgetlens: interrupted: stopping (Ctrl-C again to exit at once)\n');
    void runner.stop();
  };
  process.on('SIGINT', onInterrupt);
  process.on('SIGTERM', onInterrupt);
  try {
    const result = await runner.run(batchId, source);
    return { discrepancies: result.discrepancies, interrupted, notStarted: result.notStarted };
  } finally {
    process.off('SIGINT', onInterrupt);
    process.off('SIGTERM', onInterrupt);
    bar?.stop();
  }
}

/**
 * A file name as printed: control characters (a newline in a name would split the line that names
 * it) shown as escapes, the rest as it is.
 */
function shown(name: string): string {
  return name.replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** The lines that name what went wrong or deserves a look, one input each. */
function problemLines(status: BatchStatus, lang: Lang, indent = ''): string[] {
  const zh = lang === 'zh';
  const lines: string[] = [];
  for (const f of status.failed) {
    const what = f.kind === 'internal' ? (zh ? '内部错误' : 'internal error') : zh ? '失败' : 'failed';
    lines.push(`${indent}${what}${zh ? '：' : ': '}${shown(f.file)}${zh ? '：' : ': '}${f.reason ?? (zh ? '原因不明' : 'unknown reason')}`);
  }
  for (const r of status.rejected) lines.push(`${indent}${zh ? '失败：' : 'failed: '}${shown(r.name)}${zh ? '：' : ': '}${r.reason}`);
  for (const d of status.duplicates) {
    lines.push(
      zh
        ? `${indent}重复：${shown(d.name)}：与 ${shown(d.duplicateOf)} 内容相同`
        : `${indent}duplicate: ${shown(d.name)}: the same bytes as ${shown(d.duplicateOf)}`,
    );
  }
  for (const n of status.noFigures) {
    lines.push(
      zh
        ? `${indent}无数字：${shown(n.file)}：已读取，但未找到预算数字`
        : `${indent}no figures: ${shown(n.file)}: read, but no budget figure was found in it`,
    );
  }
  return lines;
}

/** The batch summary printed after `ingest` and `reprocess`, in Chinese or English: every input accounted for. */
function summarize(status: BatchStatus, records: Record[], chain: Discrepancy[] = [], lang: Lang = 'zh'): string {
  const severities = { error: 0, warning: 0, info: 0 };
  let figures = 0;
  for (const r of records) {
    figures += Object.keys(r.figures).length;
    for (const d of r.discrepancies) severities[d.severity]++;
  }
  const c = status.counts;
  const zh = lang === 'zh';
  const failedCount = `${c.failed - status.internalErrors + status.rejected.length}`;
  const beforeReading = status.rejected.length
    ? zh
      ? `（其中 ${status.rejected.length} 个未读取即拒绝）`
      : ` (${status.rejected.length} before reading)`
    : '';
  const rows: [string, string][] = zh
    ? [
        ['批次', String(status.id)],
        ['输入', `${status.inputs.length} 个`],
        ['文件', `${status.total} 个`],
        ['  已完成', String(c.done)],
        ['  失败', `${failedCount}${beforeReading}`],
        ['  内部错误', String(status.internalErrors)],
        ['  等待中', String(c.queued + c.processing)],
        ['  重复', String(status.duplicates.length)],
        ['  无数字', String(status.noFigures.length)],
        ['提取数字', `${figures} 个`],
        ['差异', severityCounts(severities, 'zh')],
        ['跨年核对', `${RULE_LABELS['carryover.chain'].zh} ${chain.length} 条`],
      ]
    : [
        ['batch', String(status.id)],
        ['inputs', String(status.inputs.length)],
        ['documents', String(status.total)],
        ['  done', String(c.done)],
        ['  failed', `${failedCount}${beforeReading}`],
        ['  internal errors', String(status.internalErrors)],
        ['  waiting', String(c.queued + c.processing)],
        ['  duplicates', String(status.duplicates.length)],
        ['  no figures', String(status.noFigures.length)],
        ['figures', String(figures)],
        ['discrepancies', severityCounts(severities, 'en')],
        ['across years', `${chain.length} carry-over chain`],
      ];
  const lines = table(rows);
  lines.push(...problemLines(status, lang));
  for (const d of chain) lines.push(discrepancyText(d, lang));
  return lines.join('\n');
}

/** Exit 1 when any input is not done (failed, rejected, internal error or still waiting). */
function exitCodeOf(status: BatchStatus): number {
  const c = status.counts;
  return c.failed > 0 || status.rejected.length > 0 || c.queued + c.processing > 0 ? 1 : 0;
}

/** `status` on the store: every input of the batch, done, failed with its reason, or a duplicate. */
function batchStatusText(status: BatchStatus, lang: Lang): string {
  const c = status.counts;
  const zh = lang === 'zh';
  const extra = (
    zh
      ? [
          status.internalErrors ? `其中内部错误 ${status.internalErrors} 个` : '',
          status.rejected.length ? `未读取即拒绝 ${status.rejected.length} 个` : '',
          status.duplicates.length ? `重复 ${status.duplicates.length} 个` : '',
        ]
      : [
          status.internalErrors ? `${status.internalErrors} of them internal errors` : '',
          status.rejected.length ? `${status.rejected.length} input(s) rejected before reading` : '',
          status.duplicates.length ? `${status.duplicates.length} duplicate(s)` : '',
        ]
  ).filter(Boolean);
  const head = zh
    ? `批次 ${status.id}${status.label ? `(${status.label})` : ''}：${BATCH_STATUS_ZH[status.status] ?? status.status}，输入 ${status.inputs.length} 个，文件 ${status.total} 个：已完成 ${c.done}，失败 ${c.failed}，处理中 ${c.processing}，排队中 ${c.queued}${extra.length ? `；${extra.join('，')}` : ''}`
    : `batch ${status.id}${status.label ? ` (${status.label})` : ''}: ${status.status}, ${status.inputs.length} inputs, ${status.total} documents: ` +
      `${c.done} done, ${c.failed} failed, ${c.processing} processing, ${c.queued} queued${extra.length ? `; ${extra.join(', ')}` : ''}`;
  return [head, ...problemLines(status, lang, '  ')].map((l) => `${l}\n`).join('');
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read report files, directories (recursive) and .zip archives into the store, extracting and reconciling each')
    .argument('<paths...>', 'files, directories or .zip archives')
    .option('--label <label>', 'a label for the batch')
    .option(
      '--concurrency <n>',
      `documents processed at once, each in a thread of its own (embedded runner; default: one per core)`,
      (v) => Number.parseInt(v, 10),
      CORES,
    )
    .option(
      '--document-timeout <seconds>',
      `time limit of one document (env ${TIMEOUT_ENV}; default ${DEFAULT_CORE_LIMITS.timeoutMs / 1000})`,
      positive('--document-timeout'),
    )
    .option(
      '--document-memory <MB>',
      `memory limit of one document (env ${MEMORY_ENV}; default ${DEFAULT_CORE_LIMITS.memoryMb})`,
      positive('--document-memory'),
    )
    .option('--wait', 'with REDIS_URL: wait until the workers have processed the batch')
    .option('--timeout <seconds>', 'with --wait: give up after this many seconds', (v) => Number.parseInt(v, 10), 3600)
    .option('--no-progress', 'no progress output')
    .addOption(langOption())
    .action(
      async (
        paths: string[],
        opts: LimitOptions & { label?: string; concurrency: number; wait?: boolean; timeout: number; progress: boolean; lang: Lang },
      ) => {
        if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1)
          program.error('--concurrency must be a whole number ≥ 1', { exitCode: 2 });
        const server = await serverHoldingStore(program);
        if (server) {
          process.exitCode = await (await import('../server/remote.ts')).ingestViaServer(
            server,
            paths,
            opts.label,
            opts.progress,
            opts.lang,
          );
          return;
        }
        let limits: CoreLimits;
        try {
          limits = limitsOf(opts);
        } catch (e) {
          program.error(`budgetlens: ${(e as Error).message}`, { exitCode: 2 });
        }
        const store = await openStore(program);
        try {
          const { walkInputs } = await import('../pipeline/inputs.ts');
          const batch = await store.createBatch(opts.label);
          const docs = new Map<number, DocJob>();
          let alreadyRead = 0; // documents an earlier (or interrupted) run has read: not read again
          // The inputs, each stored (hashed, its original kept) and let go, one at a time and a few
          // ahead of the embedded runner, which reads the ones stored before: the first document is
          // read as soon as it is stored, and only one input and the documents being read are in
          // memory. Rejected, duplicate and already-read inputs are recorded in the batch on the way.
          async function* stored(): AsyncGenerator<DocJob> {
            for await (const input of walkInputs(paths)) {
              if (!('bytes' in input)) {
                await store.addRejectedInput(batch.id, input.name, input.reason);
                continue;
              }
              // refused by size before it is stored: the embedded store needs many times a blob's size
              const refused = refuseEarly(input.bytes, input.name);
              if (refused) {
                await store.addRejectedInput(batch.id, input.name, `${refused.code}: ${refused.reason}`);
                continue;
              }
              const hash = sha256(input.bytes);
              const { documentId } = await store.addDocument(batch.id, { sha256: hash, file: input.name, bytes: input.bytes });
              if (docs.has(documentId)) continue; // a duplicate: one document, its names kept in the batch
              const existing = await store.getDocument(documentId);
              // already read by this extractor version, or bad input for it: the same answer again
              if (
                existing?.extractorVersion === EXTRACTOR_VERSION &&
                (existing.status === 'done' || existing.failureKind === 'bad-input')
              ) {
                alreadyRead++;
                continue;
              }
              const job = { documentId, sha256: hash, file: input.name };
              docs.set(documentId, job);
              yield job;
            }
          }
          let chain: Discrepancy[] = [];
          let interrupted: InProcessRun | null = null;
          if (process.env.REDIS_URL) {
            // the flow is enqueued whole (a batch parent with its children): everything stored first
            for await (const _ of stored());
            const { BatchProducer, connectionFromUrl, workerSettingsFromEnv } = await import('../queue/bullmq.ts');
            const producer = new BatchProducer({
              connection: connectionFromUrl(process.env.REDIS_URL),
              prefix: workerSettingsFromEnv().prefix,
              storeId: store.id,
            });
            try {
              await producer.enqueue(batch.id, [...docs.values()]);
              if (!opts.wait) {
                process.stdout.write(
                  opts.lang === 'zh'
                    ? `批次 ${batch.id}：${docs.size} 个文件已排队（budgetlens status ${batch.id} 查看进度）\n`
                    : `batch ${batch.id}: ${docs.size} documents queued (budgetlens status ${batch.id})\n`,
                );
                return;
              }
              chain = (await producer.waitForBatch(batch.id, { timeoutMs: opts.timeout * 1000 })).discrepancies;
            } finally {
              await producer.close();
            }
          } else {
            const run = await runInProcess(store, batch.id, stored(), opts.concurrency, opts.progress, limits);
            chain = run.discrepancies;
            if (run.interrupted) interrupted = run;
          }
          const status = await store.batchStatus(batch.id);
          const records = await store.listRecords({ batchId: batch.id });
          process.stdout.write(`${summarize(status, records, chain, opts.lang)}\n`);
          if (alreadyRead > 0) {
            process.stderr.write(
              opts.lang === 'zh'
                ? `budgetlens：续读：${alreadyRead} 个文件此前已读取（上次运行或被中断的运行），未再读取\n`
                : `budgetlens: resumed: ${alreadyRead} document(s) already read by an earlier or interrupted run were not read again\n`,
            );
          }
          if (alreadyRead > 0) {
            process.stderr.write(
              opts.lang === 'zh'
                ? `budgetlens：续读：${alreadyRead} 个文件此前已读取（上次运行或被中断的运行），未再读取\n`
                : `budgetlens: resumed: ${alreadyRead} document(s) already read by an earlier or interrupted run were not read again\n`,
            );
          }
          process.exitCode = exitCodeOf(status);
          const waiting = status.counts.queued + status.counts.processing;
          if (interrupted) {
            process.stderr.write(
              `budgetlens: interrupted: ${waiting} document(s) of batch ${batch.id} not read. ` +
                'Run the same command again to resume: documents already read are not read again.\n',
            );
            process.exitCode = 130;
          } else if (waiting > 0) {
            process.stderr.write(
              `budgetlens: batch ${batch.id} ended with ${waiting} document(s) not processed (${status.counts.queued} queued, ${status.counts.processing} processing): ` +
                `are the workers running on this database? See budgetlens status ${batch.id}\n`,
            );
          }
        } finally {
          await store.close();
        }
      },
    );

  program
    .command('status')
    .description('per-batch status: every input, done, failed with its reason, or a duplicate of another')
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
        const id = batchArg === undefined ? await store.latestBatchId() : await batchArgument(program, store, batchArg);
        if (id === null) {
          process.stdout.write(noBatches(opts.lang));
          return;
        }
        const status = await store.batchStatus(id);
        process.stdout.write(batchStatusText(status, opts.lang));
        process.exitCode = exitCodeOf(status);
      } finally {
        await store.close();
      }
    });

  program
    .command('reprocess')
    .description(
      "read stored documents again with the current extractor, keeping reviewers' corrections (through `serve` while it holds the embedded store)",
    )
    .option('--all', 'every stored document, not only those read by another extractor version or failed by an internal error')
    .option('--batch <id>', 'only documents of this batch')
    .option('--concurrency <n>', `documents processed at once (default: one per core)`, (v) => Number.parseInt(v, 10), CORES)
    .option('--document-timeout <seconds>', `time limit of one document (env ${TIMEOUT_ENV})`, positive('--document-timeout'))
    .option('--document-memory <MB>', `memory limit of one document (env ${MEMORY_ENV})`, positive('--document-memory'))
    .option('--no-progress', 'no progress output')
    .addOption(langOption())
    .action(async (opts: LimitOptions & { all?: boolean; batch?: string; concurrency: number; progress: boolean; lang: Lang }) => {
      let limits: CoreLimits;
      try {
        limits = limitsOf(opts);
      } catch (e) {
        program.error(`budgetlens: ${(e as Error).message}`, { exitCode: 2 });
      }
      const server = await serverHoldingStore(program);
      if (server) {
        // `serve` holds the embedded store: it reads them again, and this command follows the batch
        const id = opts.batch === undefined ? undefined : /^\d+$/.test(opts.batch) ? Number(opts.batch) : NaN;
        if (id !== undefined && !Number.isSafeInteger(id))
          program.error(`budgetlens: a batch is a whole number, not "${opts.batch}"`, { exitCode: 2 });
        const { reprocessViaServer } = await import('../server/remote.ts');
        try {
          process.exitCode = await reprocessViaServer(server, { all: !!opts.all, batchId: id }, opts.progress, opts.lang);
        } catch (e) {
          const { ReviewError } = await import('../review/index.ts');
          if (e instanceof ReviewError) program.error(`budgetlens: ${e.message}`, { exitCode: 2 });
          throw e;
        }
        return;
      }
      const store = await openStore(program);
      try {
        const batchId = opts.batch === undefined ? undefined : await batchArgument(program, store, opts.batch);
        const { nothingToReprocess, reprocessBatch } = await import('../store/reprocess.ts');
        const made = await reprocessBatch(store, { all: opts.all, batchId });
        if (!made) {
          process.stdout.write(nothingToReprocess(batchId, opts.lang));
          return;
        }
        const run = await runInProcess(store, made.batchId, made.docs, opts.concurrency, opts.progress, limits);
        const status = await store.batchStatus(made.batchId);
        process.stdout.write(`${summarize(status, await store.listRecords({ batchId: made.batchId }), run.discrepancies, opts.lang)}\n`);
        process.exitCode = exitCodeOf(status);
        if (run.interrupted) {
          process.stderr.write(
            `budgetlens: interrupted: run reprocess again to read the ${status.counts.queued + status.counts.processing} document(s) left\n`,
          );
          process.exitCode = 130;
        }
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
      if (!Number.isInteger(opts.concurrency) || opts.concurrency < 1)
        program.error('--concurrency must be a whole number ≥ 1', { exitCode: 2 });
      if (!process.env.REDIS_URL) program.error('REDIS_URL is not set: workers take their jobs from Redis', { exitCode: 2 });
      const { startWorkers, workerSettingsFromEnv } = await import('../queue/bullmq.ts');
      let workers: Awaited<ReturnType<typeof startWorkers>>;
      try {
        workers = await startWorkers({
          redisUrl: process.env.REDIS_URL,
          store: storeOptionsFromEnv(),
          concurrency: opts.concurrency,
          ...workerSettingsFromEnv(),
        });
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
