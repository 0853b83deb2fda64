/**
 * What keeps the review server safe to run: loopback by default, a token on every request when
 * listening elsewhere, CSRF protection of state-changing requests, a strict Content-Security-Policy
 * (report text is untrusted: the web app only ever sets it as text), and the reviewer's name.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BOARD_CSRF_HEADER } from './queues.ts';

export const TOKEN_COOKIE = 'budgetlens_token';
export const REVIEWER_COOKIE = 'budgetlens_reviewer';
export const CSRF_HEADER = 'x-budgetlens-csrf';

/** Refused at start: listening beyond this machine without a token. */
export class UnsafeBindError extends Error {
  constructor(host: string) {
    super(`listening on ${host} (not this machine only) needs BUDGETLENS_TOKEN: every request must then carry it`);
    this.name = 'UnsafeBindError';
  }
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Bull Board's page (/admin/queues, only with Redis): its bundled scripts from this origin, like the
 * app's; the <base href> its relative URLs rely on; and inline styles, which its dialogs and menus
 * insert as <style> elements whose text changes with the window (react-remove-scroll), so no hash
 * can name them. Scripts stay 'self' only, and nothing comes from elsewhere (its Google Fonts link is
 * refused: the board works offline with the system fonts). The rest of the app keeps
 * CONTENT_SECURITY_POLICY.
 */
export const QUEUE_BOARD_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
).replace("base-uri 'none'", "base-uri 'self'");
const QUEUE_BOARD = /^\/admin\/queues(?:\/|$)/;

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Paths a browser must reach before logging in: the page, its scripts and the login itself. */
const OPEN_PATHS = /^\/(?:$|index\.html$|app\/|vendor\/|api\/session$|api\/login$|api\/health$|favicon\.ico$)/;

export interface SecurityOptions {
  /** BUDGETLENS_TOKEN: when set, every request (but the login page) must carry it. */
  token?: string;
}

export interface Security {
  /** The CSRF secret state-changing requests must echo in the x-budgetlens-csrf header. */
  csrf: string;
  tokenRequired: boolean;
  checkToken(token: string | undefined): boolean;
}

export function registerSecurity(app: FastifyInstance, options: SecurityOptions): Security {
  const csrf = randomBytes(24).toString('base64url');
  const token = options.token || undefined;
  const checkToken = (given: string | undefined) => !token || (!!given && same(given, token));

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0];
    const board = QUEUE_BOARD.test(path);
    reply.header('Content-Security-Policy', board ? QUEUE_BOARD_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');

    if (token && !OPEN_PATHS.test(path)) {
      const auth = request.headers.authorization;
      const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
      if (!checkToken(bearer) && !checkToken(request.cookies[TOKEN_COOKIE])) {
        return reply.code(401).send({ error: 'unauthorized', message: '需要访问令牌 (BUDGETLENS_TOKEN) / a token is required' });
      }
    }

    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      // a page of another site may send a form or a fetch here; it can neither read the secret
      // (no CORS) nor set the header without a preflight this server never grants
      // Bull Board's axios echoes the secret (its XSRF-TOKEN cookie, see queues.ts) in its own header
      const given = request.headers[CSRF_HEADER] ?? (board ? request.headers[BOARD_CSRF_HEADER] : undefined);
      const fetchSite = request.headers['sec-fetch-site'];
      const origin = request.headers.origin;
      const host = request.headers.host;
      const originHost = () => {
        try {
          return new URL(origin ?? '').host;
        } catch {
          return null; // "null" (a sandboxed page, a file) is no origin of ours
        }
      };
      const crossOrigin = (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') || (origin && originHost() !== host);
      if (typeof given !== 'string' || !same(given, csrf) || crossOrigin) {
        return reply.code(403).send({ error: 'csrf', message: '请求缺少有效的 CSRF 令牌 / missing or wrong CSRF token' });
      }
    }
  });
  return { csrf, tokenRequired: !!token, checkToken };
}
