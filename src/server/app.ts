/**
 * The review server: an HTTP API (Fastify, every route typed by the zod schemas of src/model, the
 * OpenAPI document generated from them at /api/openapi.json) and the web app that uses only it.
 * Same store and queue as the CLI: uploads go through the same processors (in this process on the
 * embedded default, BullMQ workers with REDIS_URL, whose queues Bull Board shows at /admin/queues).
 */
import { PassThrough } from 'node:stream';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KEYS } from '../model/keys.ts';
import {
  AuditEntry,
  Decision,
  DecisionResult,
  DiscrepancyDetail,
  FigureCorrectionRequest,
  Queue,
  QueueFilter,
  ReportView,
  RULE_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
  RowCorrectionRequest,
  TaskCorrectionRequest,
} from '../model/review.ts';
import { ReviewError, type DocumentSource } from '../review/index.ts';
import { storeDesk } from '../review/desk.ts';
import type { Store } from '../store/index.ts';
import { registerCompare } from './compare.ts';
import { DocumentCache } from './documents.ts';
import { registerQueueBoard } from './queues.ts';
import { registerSecurity, REVIEWER_COOKIE, TOKEN_COOKIE } from './security.ts';
import { registerStatic } from './static.ts';
import { BatchIngest, type UploadLimits } from './uploads.ts';

export interface ServerOptions {
  store: Store;
  /** BUDGETLENS_TOKEN; required when listening beyond loopback (checked by the serve command). */
  token?: string;
  limits?: Partial<UploadLimits>;
  /** With REDIS_URL: uploads are enqueued for BullMQ workers. */
  redisUrl?: string;
  /** BUDGETLENS_QUEUE_PREFIX, the workers' Redis key prefix (default theirs). */
  queuePrefix?: string;
  /** Data directory of the embedded store, told to the CLI through /api/health. */
  dataDir?: string;
  logger?: boolean;
}

const Id = z.object({ id: z.coerce.number().int().positive() });
const ErrorBody = z.object({ error: z.string(), message: z.string() });
const Who = z.object({ who: z.string().trim().min(1).max(200).optional() });

const DEFAULT_LIMITS: UploadLimits = { fileBytes: 50 * 1024 * 1024, files: 200 };

declare module 'fastify' {
  interface FastifyInstance {
    routeList: { method: string; url: string; hidden: boolean }[];
  }
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store } = options;
  const limits: UploadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // every route, for the test that the OpenAPI document lists them all
  const routes: { method: string; url: string; hidden: boolean }[] = [];
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: r.url, hidden: !!(r.schema as { hide?: boolean } | undefined)?.hide });
  });
  app.decorate('routeList', routes);
  await app.register(cookie);
  const security = registerSecurity(app, { token: options.token });
  await app.register(multipart, {
    preservePath: true,
    limits: { fileSize: limits.fileBytes, files: limits.files, fields: 10, parts: limits.files + 10 },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'budgetlens review API', description: '预算绩效自评报告审核 / review of budget-performance reports', version: '1' },
      components: {
        securitySchemes: {
          token: { type: 'http', scheme: 'bearer', description: 'BUDGETLENS_TOKEN, when the server listens beyond this machine' },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: 'x-budgetlens-csrf',
            description: 'from GET /api/session; on every state-changing request',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  const documents = new DocumentCache(store);
  const source: DocumentSource = (id) => documents.get(id);
  const desk = storeDesk(store, { source });
  const ingest = new BatchIngest(store, limits, options.redisUrl, options.queuePrefix);
  app.addHook('onClose', async () => ingest.close());

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string; validation?: unknown }, _request, reply) => {
    if (error instanceof ReviewError)
      return reply.code(error.code === 'not-found' ? 404 : 400).send({ error: error.code, message: error.message });
    if (error.validation || error.code === 'FST_ERR_VALIDATION') return reply.code(400).send({ error: 'invalid', message: error.message });
    if (
      error.statusCode === 413 ||
      error.code === 'FST_FILES_LIMIT' ||
      error.code === 'FST_REQ_FILE_TOO_LARGE' ||
      error.code === 'FST_PARTS_LIMIT'
    ) {
      return reply.code(413).send({
        error: 'too-large',
        message: `上传超出限制 (每个文件 ≤ ${limits.fileBytes} 字节, 最多 ${limits.files} 个文件): ${error.message}`,
      });
    }
    if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: 'request', message: error.message });
    app.log.error(error);
    return reply.code(500).send({ error: 'internal', message: error.message });
  });

  /** The reviewer of a request: the name given at login (a cookie), else the request's `who`. */
  const reviewerOf = (request: { cookies: { [k: string]: string | undefined } }, who?: string): string => {
    const cookie = request.cookies[REVIEWER_COOKIE];
    const name = cookie ? decodeURIComponent(cookie) : who;
    if (!name?.trim()) throw new ReviewError('invalid', '请先填写审核人姓名 / the reviewer’s name is needed');
    return name.trim();
  };

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    {
      schema: {
        summary: 'whether the server answers, and (to a caller with the token, if one is needed) which store it holds',
        response: { 200: z.object({ ok: z.boolean(), backend: z.string(), dataDir: z.string().nullable() }) },
      },
    },
    async (request) => {
      const auth = request.headers.authorization;
      const authorized =
        !security.tokenRequired ||
        security.checkToken(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined) ||
        security.checkToken(request.cookies[TOKEN_COOKIE]);
      return { ok: true, backend: store.backend, dataDir: authorized ? (options.dataDir ?? null) : null };
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        summary: 'the CSRF secret to echo on state-changing requests, whether a token is needed, the reviewer logged in',
        response: {
          200: z.object({ csrf: z.string(), tokenRequired: z.boolean(), authenticated: z.boolean(), reviewer: z.string().nullable() }),
        },
      },
    },
    async (request) => ({
      csrf: security.csrf,
      tokenRequired: security.tokenRequired,
      authenticated: !security.tokenRequired || security.checkToken(request.cookies[TOKEN_COOKIE]),
      reviewer: request.cookies[REVIEWER_COOKIE] ? decodeURIComponent(request.cookies[REVIEWER_COOKIE] ?? '') : null,
    }),
  );

  app.post(
    '/api/login',
    {
      schema: {
        summary: 'log in: the reviewer’s name for the audit (and the token when one is needed); sets HttpOnly cookies',
        body: z.object({ reviewer: z.string().trim().min(1).max(200), token: z.string().max(500).optional() }),
        response: { 200: z.object({ reviewer: z.string() }), 401: ErrorBody },
      },
    },
    async (request, reply) => {
      if (security.tokenRequired && !security.checkToken(request.body.token)) {
        return reply.code(401).send({ error: 'unauthorized', message: '访问令牌不正确 / wrong token' });
      }
      const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, path: '/' };
      if (security.tokenRequired) reply.setCookie(TOKEN_COOKIE, request.body.token ?? '', cookieOptions); // checked above
      reply.setCookie(REVIEWER_COOKIE, encodeURIComponent(request.body.reviewer), cookieOptions);
      return { reviewer: request.body.reviewer };
    },
  );

  app.get(
    '/api/vocabulary',
    {
      schema: {
        summary: 'labels of rules, statuses, severities and figure keys in Chinese and English',
        response: {
          200: z.object({
            rules: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
            statuses: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
            severities: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
            keys: z.record(z.string(), z.object({ zh: z.string(), en: z.string() })),
          }),
        },
      },
    },
    async () => ({
      rules: RULE_LABELS,
      statuses: STATUS_LABELS,
      severities: SEVERITY_LABELS,
      keys: Object.fromEntries(Object.entries(KEYS).map(([k, v]) => [k, { zh: v.zh, en: v.en }])),
    }),
  );

  app.get(
    '/api/queue',
    {
      schema: {
        summary: 'the review queue: discrepancies under the filters (open by default), with counts per facet',
        querystring: QueueFilter,
        response: { 200: Queue },
      },
    },
    async (request) => desk.queue(request.query),
  );

  app.get(
    '/api/discrepancies/:id',
    {
      schema: {
        summary: 'one discrepancy: arithmetic, figures with evidence and PDF boxes, decisions',
        params: Id,
        response: { 200: DiscrepancyDetail, 404: ErrorBody },
      },
    },
    async (request) => desk.detail(request.params.id),
  );

  app.post(
    '/api/discrepancies/:id/decision',
    {
      schema: {
        summary: 'decide: extraction-error (with the right value; reconciliation re-runs), genuine, or acceptable (with a reason)',
        params: Id,
        body: z.intersection(Decision, Who),
        response: { 200: DecisionResult, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => desk.decide(request.params.id, Decision.parse(request.body), reviewerOf(request, request.body.who)),
  );

  app.post(
    '/api/discrepancies/:id/undo',
    {
      schema: {
        summary: 'undo the latest decision on a discrepancy (a new audit entry)',
        params: Id,
        body: Who,
        response: { 200: DecisionResult, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => desk.undo(request.params.id, reviewerOf(request, request.body.who)),
  );

  app.get(
    '/api/documents/:id/report',
    {
      schema: {
        summary: 'one report: all figures, tasks, targets, indicators, discrepancies, audit',
        params: Id,
        response: { 200: ReportView, 404: ErrorBody },
      },
    },
    async (request) => desk.report(request.params.id),
  );

  app.post(
    '/api/documents/:id/corrections',
    {
      schema: {
        summary: 'correct a figure of a report, or add one extraction missed; reconciliation re-runs',
        params: Id,
        body: z.intersection(FigureCorrectionRequest, Who),
        response: { 200: AuditEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => desk.correct(request.params.id, FigureCorrectionRequest.parse(request.body), reviewerOf(request, request.body.who)),
  );

  app.post(
    '/api/documents/:id/task-corrections',
    {
      schema: {
        summary: 'correct a task line’s budget, executed amount or rate; reconciliation re-runs',
        params: Id,
        body: z.intersection(TaskCorrectionRequest, Who),
        response: { 200: AuditEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) =>
      desk.correctTask(request.params.id, TaskCorrectionRequest.parse(request.body), reviewerOf(request, request.body.who)),
  );

  app.post(
    '/api/documents/:id/row-corrections',
    {
      schema: {
        summary: 'correct a field of an indicator or performance-target row (by its position in the report)',
        params: Id,
        body: z.intersection(RowCorrectionRequest, Who),
        response: { 200: AuditEntry, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => desk.correctRow(request.params.id, RowCorrectionRequest.parse(request.body), reviewerOf(request, request.body.who)),
  );

  app.get(
    '/api/documents/:id/original',
    { schema: { summary: 'the stored original file (for pdf.js)', params: Id } },
    async (request, reply) => {
      const doc = await store.getDocument(request.params.id);
      const bytes = doc && (await store.getBlob(doc.sha256));
      if (!doc || !bytes) return reply.code(404).send({ error: 'not-found', message: `no document ${request.params.id}` });
      const type = doc.format === 'pdf' ? 'application/pdf' : 'application/octet-stream';
      // never rendered by the browser itself as a page of this origin
      reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
      reply.header('Content-Disposition', `attachment; filename="document-${doc.id}"`);
      return reply.type(type).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );

  const BatchView = z.object({
    id: z.number().int(),
    label: z.string().nullable(),
    status: z.string(),
    total: z.number().int(),
    counts: z.object({ queued: z.number().int(), processing: z.number().int(), done: z.number().int(), failed: z.number().int() }),
    documents: z.array(
      z.object({
        id: z.number().int(),
        file: z.string(),
        format: z.string().nullable(),
        status: z.string(),
        failureReason: z.string().nullable(),
      }),
    ),
    rejected: z.array(z.object({ name: z.string(), reason: z.string() })),
  });

  app.post(
    '/api/batches',
    {
      schema: {
        summary: 'upload report files, folders or .zip archives (multipart, field "files"); processed as one batch',
        consumes: ['multipart/form-data'],
        response: { 200: BatchView, 400: ErrorBody, 413: ErrorBody },
      },
    },
    async (request) => {
      const files: { name: string; bytes: Uint8Array }[] = [];
      let label: string | undefined;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'label') label = String(part.value).slice(0, 200);
          continue;
        }
        const bytes = await part.toBuffer();
        files.push({ name: part.filename, bytes: new Uint8Array(bytes) });
      }
      if (!files.length) throw new ReviewError('invalid', '没有收到文件 / no files in the upload');
      const { batchId, rejected } = await ingest.start(files, label);
      return { ...(await ingest.view(batchId)), rejected };
    },
  );

  app.get(
    '/api/batches/:id',
    {
      schema: {
        summary: 'a batch and each of its documents (queued / processing / done / failed with its reason)',
        params: Id,
        response: { 200: BatchView, 404: ErrorBody },
      },
    },
    async (request) => ({ ...(await ingest.view(request.params.id)), rejected: ingest.rejected(request.params.id) }),
  );

  app.post(
    '/api/reprocess',
    {
      schema: {
        summary:
          'read stored documents again with the current extractor as a new batch (reviewers’ decisions kept): by default those another version read and internal errors; `all` for every one, `batch` for one batch’s. batch is null when there is nothing to do',
        body: z.object({ all: z.boolean().default(false), batch: z.number().int().positive().optional() }),
        response: { 200: z.object({ batch: BatchView.nullable() }), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const { all, batch } = request.body;
      if (batch !== undefined && !(await store.hasBatch(batch))) {
        const latest = await store.latestBatchId();
        throw new ReviewError('not-found', `no batch ${batch} (${latest === null ? 'no batches yet' : `the latest is ${latest}`})`);
      }
      const batchId = await ingest.reprocess({ all, batchId: batch });
      return { batch: batchId === null ? null : { ...(await ingest.view(batchId)), rejected: ingest.rejected(batchId) } };
    },
  );

  app.get(
    '/api/batches',
    {
      schema: {
        summary: 'batches, newest first',
        response: {
          200: z.array(z.object({ id: z.number().int(), label: z.string().nullable(), status: z.string(), createdAt: z.string() })),
        },
      },
    },
    async () => (await ingest.batches()).map((b) => ({ ...b, createdAt: new Date(b.createdAt).toISOString() })),
  );

  app.get(
    '/api/export',
    {
      schema: {
        summary:
          'the stored results as CSV (figures long or wide, or the discrepancy list), XLSX or JSONL, as the export command writes them',
        querystring: z.object({
          format: z.enum(['csv', 'xlsx', 'jsonl']).default('csv'),
          what: z.enum(['figures', 'discrepancies']).default('figures'),
          shape: z.enum(['long', 'wide']).default('long'),
          bom: z.enum(['true', 'false']).default('true'),
          headers: z
            .enum(['zh', 'en'])
            .default('zh')
            .describe(
              'csv/xlsx: Chinese column headers, sheet names and report_kind values (zh), or the English field names tools rely on (en)',
            ),
          year: z.coerce.number().int().optional(),
          department: z.string().max(200).optional(),
          batch: z.coerce.number().int().optional(),
        }),
      },
    },
    async (request, reply) => {
      const q = request.query;
      const { exportCsv, exportJsonl, exportXlsx } = await import('../export/index.ts');
      const filter = { year: q.year, department: q.department, batchId: q.batch };
      const out = new PassThrough();
      const table = q.what === 'discrepancies' ? 'discrepancies' : q.shape === 'wide' ? 'reports' : 'figures';
      const name = q.format === 'csv' ? `budgetlens-${table}.csv` : `budgetlens.${q.format}`;
      const write =
        q.format === 'jsonl'
          ? exportJsonl(store, filter, out)
          : q.format === 'xlsx'
            ? exportXlsx(store, filter, out, { headers: q.headers })
            : exportCsv(store, table, filter, out, { bom: q.bom === 'true', headers: q.headers });
      write.then(
        () => out.end(),
        (e: Error) => out.destroy(e),
      );
      reply.header('Content-Disposition', `attachment; filename="${name}"`);
      reply.type(
        q.format === 'csv'
          ? 'text/csv; charset=utf-8'
          : q.format === 'jsonl'
            ? 'application/x-ndjson; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      return reply.send(out);
    },
  );

  registerCompare(app, store);
  // Bull Board with Redis; without it, a 404 that says why
  await registerQueueBoard(app, { redisUrl: options.redisUrl, prefix: options.queuePrefix, storeId: store.id, csrf: security.csrf });
  await registerStatic(app);
  return app;
}
