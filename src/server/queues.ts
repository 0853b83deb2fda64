/**
 * Bull Board at /admin/queues when the server enqueues on Redis: the batch and document queues of
 * this store (named by its id, under the workers' key prefix), their jobs, retries and failures.
 * Without Redis there are no queues to show; the path answers 404 saying why.
 *
 * @bull-board/fastify is pinned to 6.17.0, the newest that uses @fastify/static 8 (whose
 * content-disposition 0.5 runs on Node 20; @fastify/static 9 pulls content-disposition 3, Node 22).
 *
 * The board's own page needs a looser Content-Security-Policy than the app's (its <base> element);
 * security.ts gives it one for this path only. Its actions (retry, clean, pause) are state-changing
 * requests made by its bundled axios, which echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN: the board's
 * pages set that cookie to the server's CSRF secret (for this path only), and security.ts accepts
 * the header on this path as it accepts x-budgetlens-csrf everywhere.
 */
import type { FastifyInstance } from 'fastify';

const QUEUE_BOARD_PATH = '/admin/queues';
/** The cookie the board's axios reads and echoes as the header below (axios' defaults). */
export const BOARD_CSRF_COOKIE = 'XSRF-TOKEN';
export const BOARD_CSRF_HEADER = 'x-xsrf-token';

export const NO_QUEUE_BOARD = {
  error: 'not-found',
  message:
    '队列面板仅在使用 Redis 时可用：设置 REDIS_URL 和 DATABASE_URL 后启动 budgetlens serve / Bull Board needs REDIS_URL (with DATABASE_URL)',
};

export interface QueueBoardOptions {
  /** REDIS_URL: without it, /admin/queues answers 404. */
  redisUrl?: string;
  /** The workers' Redis key prefix (BUDGETLENS_QUEUE_PREFIX; BullMQ's default otherwise). */
  prefix?: string;
  /** Store.id: names the queues. */
  storeId: string;
  /** The server's CSRF secret, handed to the board's axios in a cookie. */
  csrf: string;
}

export async function registerQueueBoard(app: FastifyInstance, options: QueueBoardOptions): Promise<void> {
  const hide = { schema: { hide: true } };
  if (!options.redisUrl) {
    const none = async (_req: unknown, reply: import('fastify').FastifyReply) => reply.code(404).send(NO_QUEUE_BOARD);
    app.get(QUEUE_BOARD_PATH, hide, none);
    app.all(`${QUEUE_BOARD_PATH}/*`, hide, none);
    return;
  }

  const [
    { Queue },
    { batchQueueName, connectionFromUrl, DEFAULT_PREFIX, documentQueueName },
    { createBullBoard },
    { BullMQAdapter },
    { FastifyAdapter },
  ] = await Promise.all([
    import('bullmq'),
    import('../queue/bullmq.ts'),
    import('@bull-board/api'),
    import('@bull-board/api/bullMQAdapter'),
    import('@bull-board/fastify'),
  ]);
  const connection = connectionFromUrl(options.redisUrl);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const queues = [
    {
      queue: new Queue(batchQueueName(options.storeId), { connection, prefix }),
      displayName: '批次 batches',
      description: '每批一个父任务 / one parent job per batch',
    },
    {
      queue: new Queue(documentQueueName(options.storeId), { connection, prefix }),
      displayName: '文档 documents',
      description: '每个文档一个任务 / one job per document',
    },
  ];
  // a lost connection shows in the board's own calls; an unheard 'error' event would end the server
  for (const { queue } of queues) queue.on('error', () => {});
  app.addHook('onClose', async () => {
    await Promise.allSettled(queues.map(({ queue }) => queue.close()));
  });

  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map(({ queue, displayName, description }) => new BullMQAdapter(queue, { displayName, description })),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'budgetlens 队列',
        locale: { lng: 'zh-CN' },
        miscLinks: [{ text: '返回审核 / back to review', url: '/' }],
      },
    },
  });

  await app.register(
    async (board) => {
      // every page and answer of the board carries the secret its axios echoes on retry / clean / pause
      board.addHook('onRequest', async (_request, reply) => {
        reply.setCookie(BOARD_CSRF_COOKIE, options.csrf, { path: QUEUE_BOARD_PATH, sameSite: 'strict', httpOnly: false });
      });
      await board.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_BOARD_PATH },
  );
}
