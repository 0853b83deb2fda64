/**
 * serve: the review server (HTTP API + web app) on the same store and queue as the CLI. Binds to
 * 127.0.0.1 unless told otherwise; another address needs BUDGETLENS_TOKEN.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { storeOptionsFromEnv } from '../store/index.ts';
import { openStore } from './ingest.ts';

const port = (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError('--port must be a port number (0 picks a free one).');
  return n;
};
const megabytes = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number.');
  return n;
};

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('the review server: HTTP API (OpenAPI at /api/openapi.json) and web app — upload, review queue, decisions, report view')
    .option('--port <port>', 'port to listen on', port, 8600)
    .option('--host <host>', 'address to listen on; anything but this machine needs BUDGETLENS_TOKEN', '127.0.0.1')
    .option('--max-file-mb <mb>', 'largest uploaded file', megabytes, 50)
    .option('--max-files <n>', 'most files per upload', (v) => Number.parseInt(v, 10), 200)
    .addHelpText(
      'after',
      `
Safety: on 127.0.0.1 anyone on this machine can use it. With --host 0.0.0.0 (or any other address)
BUDGETLENS_TOKEN must be set, and every request must carry it (Authorization: Bearer, or the login
page's HttpOnly cookie). State-changing requests need the CSRF header from GET /api/session.

Embedded store: while serve runs, other budgetlens commands on the same --data directory go through
its API (review) or wait for it; with DATABASE_URL every process uses PostgreSQL directly.

Queues: with REDIS_URL (and DATABASE_URL) uploads go to BullMQ workers, and Bull Board shows this
store's queues at /admin/queues.`,
    )
    .action(async (opts: { port: number; host: string; maxFileMb: number; maxFiles: number }) => {
      const { isLoopback, UnsafeBindError } = await import('../server/security.ts');
      const token = process.env.BUDGETLENS_TOKEN || undefined;
      if (!isLoopback(opts.host) && !token) program.error(`budgetlens serve: ${new UnsafeBindError(opts.host).message}`, { exitCode: 2 });
      const { buildServer } = await import('../server/app.ts');
      const { dataDirOf, removeNote, writeNote } = await import('../server/discovery.ts');
      const store = await openStore(program);
      const embedded = !storeOptionsFromEnv().databaseUrl;
      const dataDir = dataDirOf(program);
      const app = await buildServer({
        // BullMQ workers need PostgreSQL: on the embedded store the server processes uploads itself
        store,
        token,
        redisUrl: embedded ? undefined : process.env.REDIS_URL || undefined,
        queuePrefix: process.env.BUDGETLENS_QUEUE_PREFIX || undefined,
        dataDir: embedded ? dataDir : undefined,
        limits: { fileBytes: Math.round(opts.maxFileMb * 1024 * 1024), files: opts.maxFiles },
      });
      let address: string;
      try {
        address = await app.listen({ port: opts.port, host: opts.host });
      } catch (e) {
        await store.close();
        throw e;
      }
      if (embedded)
        writeNote(dataDir, { url: address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '[::1]'), pid: process.pid, dataDir });
      process.stdout.write(`budgetlens serve: ${address} (${store.backend}${embedded ? ` ${dataDir}` : ''})\n`);
      await new Promise<void>((done) => {
        const stop = () => {
          if (embedded) removeNote(dataDir);
          app
            .close()
            .then(() => store.close())
            .then(done, (e: Error) => {
              process.stderr.write(`budgetlens serve: ${e.message}\n`);
              done();
            });
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    });
}
