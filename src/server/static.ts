/**
 * The web app's files, pdf.js and ECharts (from the installed pdfjs-dist and echarts: nothing is
 * fetched from the network), served from fixed directories only.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web');
const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
// the ES module build of the installed echarts (pinned in package.json): the charts are drawn from
// it, never from a CDN
const ECHARTS_DIR = dirname(require.resolve('echarts/dist/echarts.esm.min'));

const TYPES: { [ext: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

async function sendFile(reply: FastifyReply, root: string, relative: string) {
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep)) return reply.code(404).send({ error: 'not-found', message: 'no such file' });
  const type = TYPES[extname(file)];
  const info = await stat(file).catch(() => null);
  if (!type || !info?.isFile()) return reply.code(404).send({ error: 'not-found', message: 'no such file' });
  reply.header('Cache-Control', 'no-cache');
  return reply.type(type).send(createReadStream(file));
}

export async function registerStatic(app: FastifyInstance): Promise<void> {
  const hide = { schema: { hide: true } };
  app.get('/favicon.ico', hide, (_req, reply) => reply.code(204).send());
  app.get('/', hide, (_req, reply) => sendFile(reply, WEB_DIR, 'index.html'));
  app.get('/app/*', hide, (req, reply) => sendFile(reply, join(WEB_DIR, 'app'), (req.params as { '*': string })['*']));
  app.get('/vendor/pdfjs/*', hide, (req, reply) => {
    const rest = (req.params as { '*': string })['*'];
    const allowed = /^(build\/pdf\.mjs|build\/pdf\.worker\.mjs|cmaps\/[\w.-]+|standard_fonts\/[\w.-]+)$/;
    if (!allowed.test(rest)) return reply.code(404).send({ error: 'not-found', message: 'no such file' });
    return sendFile(reply, PDFJS_DIR, rest);
  });
  app.get('/vendor/echarts/echarts.esm.min.mjs', hide, (_req, reply) => sendFile(reply, ECHARTS_DIR, 'echarts.esm.min.mjs'));
}
