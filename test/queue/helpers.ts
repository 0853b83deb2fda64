/** Shared by the queue tests: the mixed batch (seed reports + unreadable files) and service checks. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { DocumentJob } from '../../src/queue/processors.ts';
import type { Store } from '../../src/store/index.ts';

export interface InputFile {
  file: string;
  bytes: Uint8Array;
}

const SEED = 'fixtures/seed';
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every seed report (.md, .docx, .pdf). */
export function seedFiles(): InputFile[] {
  return readdirSync(SEED)
    .filter((f) => /\.(md|docx|pdf)$/.test(f))
    .sort()
    .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(SEED, f))) }));
}

/** Files no reader accepts, with the reason code each must fail with. Deterministic bytes. */
export function unreadableFiles(): (InputFile & { code: string })[] {
  const random = Buffer.concat(Array.from({ length: 128 }, (_, i) => createHash('sha256').update(`budgetlens-${i}`).digest()));
  const pdf = readFileSync(join(SEED, 'qiaozhong-2023.pdf'));
  return [
    { file: 'empty.md', bytes: new Uint8Array(0), code: 'empty' },
    { file: 'random.bin', bytes: new Uint8Array(random), code: 'unsupported' },
    { file: 'truncated.pdf', bytes: new Uint8Array(pdf.subarray(0, 4096)), code: 'corrupt' },
  ];
}

/** A distinct small Markdown report: the seed .md with a unique comment appended. */
export function markdownVariant(n: number): InputFile {
  const base = readFileSync(join(SEED, 'qiaozhong-2023.md'));
  return {
    file: `variant-${String(n).padStart(3, '0')}.md`,
    bytes: new Uint8Array(Buffer.concat([base, Buffer.from(`\n<!-- variant ${n} -->\n`)])),
  };
}

/** Adds the files to a new batch of the store, as the CLI does; returns the batch and its jobs. */
export async function addBatch(store: Store, files: InputFile[], label?: string): Promise<{ batchId: number; docs: DocumentJob[] }> {
  const { id: batchId } = await store.createBatch(label);
  const docs: DocumentJob[] = [];
  for (const f of files) {
    const hash = sha(f.bytes);
    const { documentId } = await store.addDocument(batchId, { sha256: hash, file: f.file, bytes: f.bytes });
    docs.push({ documentId, sha256: hash, file: f.file });
  }
  return { batchId, docs };
}

/** Whether something answers PING with PONG at host:port (a Redis), within 2 s. */
export function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}
