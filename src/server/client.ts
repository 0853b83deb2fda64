/**
 * A client of the review server's API, for the CLI when the server holds the embedded store.
 * Responses are checked against the same zod schemas the server answers with.
 */
import { Readable } from 'node:stream';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import { AuditEntry, DecisionResult, DiscrepancyDetail, Queue, ReportView, type QueueFilter } from '../model/review.ts';
import { ReviewError } from '../review/errors.ts';
import type { ReviewDesk } from '../review/desk.ts';
import { CSRF_HEADER } from './security.ts';

export class ApiClient {
  private csrf: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  private headers(extra: { [k: string]: string } = {}): { [k: string]: string } {
    return { ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...extra };
  }

  async fetch(path: string, init: { method?: string; body?: unknown; form?: FormData } = {}): Promise<Response> {
    const method = init.method ?? 'GET';
    const headers = this.headers(init.body === undefined ? {} : { 'content-type': 'application/json' });
    if (method !== 'GET') {
      this.csrf ??= (
        (await (await fetch(new URL('/api/session', this.baseUrl), { headers: this.headers() })).json()) as { csrf: string }
      ).csrf;
      headers[CSRF_HEADER] = this.csrf;
    }
    const body = init.form ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
    const response = await fetch(new URL(path, this.baseUrl), { method, headers, body });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
      const message = `${body.message ?? response.statusText} (server ${this.baseUrl})`;
      if (response.status === 404) throw new ReviewError('not-found', message);
      if (response.status === 400) throw new ReviewError('invalid', message);
      throw new Error(message);
    }
    return response;
  }

  async json<S extends z.ZodType>(schema: S, path: string, init?: { method?: string; body?: unknown }): Promise<z.infer<S>> {
    return schema.parse(await (await this.fetch(path, init)).json());
  }

  async health(): Promise<{ ok: boolean; dataDir: string | null }> {
    const response = await fetch(new URL('/api/health', this.baseUrl), { headers: this.headers(), signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`server ${this.baseUrl}: ${response.status}`);
    return (await response.json()) as { ok: boolean; dataDir: string | null };
  }

  /** Streams a GET response body into `out` (exports). */
  async download(path: string, out: Writable): Promise<void> {
    const response = await this.fetch(path);
    if (!response.body) return;
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), out, { end: out !== process.stdout });
  }
}

const query = (filter: object) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
};

export function httpDesk(client: ApiClient): ReviewDesk {
  return {
    queue: (filter: QueueFilter) => client.json(Queue, `/api/queue${query(filter)}`),
    detail: (id) => client.json(DiscrepancyDetail, `/api/discrepancies/${id}`),
    decide: (id, decision, who) =>
      client.json(DecisionResult, `/api/discrepancies/${id}/decision`, { method: 'POST', body: { ...decision, who } }),
    undo: (id, who) => client.json(DecisionResult, `/api/discrepancies/${id}/undo`, { method: 'POST', body: { who } }),
    correct: (documentId, request, who) =>
      client.json(AuditEntry, `/api/documents/${documentId}/corrections`, { method: 'POST', body: { ...request, who } }),
    correctRow: (documentId, request, who) =>
      client.json(AuditEntry, `/api/documents/${documentId}/row-corrections`, { method: 'POST', body: { ...request, who } }),
    correctTask: (documentId, request, who) =>
      client.json(AuditEntry, `/api/documents/${documentId}/task-corrections`, { method: 'POST', body: { ...request, who } }),
    report: (documentId) => client.json(ReportView, `/api/documents/${documentId}/report`),
    close: async () => {},
  };
}
