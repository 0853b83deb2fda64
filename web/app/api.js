// The server's API: the only thing the web app talks to. State-changing requests carry the CSRF
// secret of the session; the token, when the server needs one, travels in an HttpOnly cookie.

let csrf = null;

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.body = body;
  }
}

export async function session() {
  const s = await get('/api/session');
  csrf = s.csrf;
  return s;
}

async function handle(response) {
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export async function get(path) {
  return handle(await fetch(path, { credentials: 'same-origin' }));
}

export async function post(path, body) {
  if (!csrf) await session();
  const isForm = body instanceof FormData;
  return handle(
    await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-budgetlens-csrf': csrf, ...(isForm ? {} : { 'content-type': 'application/json' }) },
      body: isForm ? body : JSON.stringify(body ?? {}),
    }),
  );
}

export const query = (params) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
};
