/**
 * `npx tsx bench/queue-overhead.ts [documents] [rounds]`: the queue's cost per tiny document (issue 12),
 * apart from the rest of `npm run bench`, so it can be run under `node --cpu-prof`. Tiny documents
 * go one at a time through one BullMQ worker (Redis + PostgreSQL, a throwaway schema) and through the
 * embedded runner, interleaved; each side first runs a warm-up batch, so what is compared is the
 * steady state a long-running worker is in (its job process and core thread started, its
 * connections open). The start-up each side pays once is printed apart, as `cold`.
 *
 * Environment: BENCH_DATABASE_URL, BENCH_REDIS_URL as bench/run.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tinyReport } from './corpus.ts';
import { embeddedSession, queueSession, withSchema } from './sessions.ts';

const count = Number(process.argv[2] ?? 20);
const rounds = Number(process.argv[3] ?? 3);
const scratch = mkdtempSync(join(tmpdir(), 'budgetlens-overhead-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const batch = (round: number) => Array.from({ length: count }, (_, i) => tinyReport(round * 10_000 + i));

try {
  await withSchema(async (databaseUrl) => {
    const queue = await queueSession(databaseUrl, 1);
    const embedded = await embeddedSession(join(scratch, `embedded-${randomBytes(3).toString('hex')}`), 1);
    try {
      const coldQ = await queue.run(batch(0));
      const coldE = await embedded.run(batch(1));
      const q: number[] = [];
      const e: number[] = [];
      for (let r = 1; r <= rounds; r++) {
        q.push(await queue.run(batch(2 * r)));
        e.push(await embedded.run(batch(2 * r + 1)));
      }
      const per = (xs: number[]) => median(xs) / count;
      process.stderr.write(
        `${count} tiny documents × ${rounds} rounds; per document: queue ${per(q).toFixed(1)} ms, embedded ${per(e).toFixed(1)} ms ` +
          `(cold batch: queue ${(coldQ / count).toFixed(1)}, embedded ${(coldE / count).toFixed(1)})\n`,
      );
      process.stdout.write(`queue overhead ms = ${(per(q) - per(e)).toFixed(1)}\n`);
    } finally {
      await queue.close();
      await embedded.close();
    }
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
