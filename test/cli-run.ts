/**
 * The CLI's main() called in this process, its standard output and error captured: what most CLI
 * tests need (what a command prints and its exit code) without starting Node, tsx and the whole
 * CLI again for every command. Tests of signals, locks between processes and the real exit code
 * still spawn bin/budgetlens.mjs.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli.ts';
import { Store } from '../src/store/index.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, encoding, done) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

let running: Promise<unknown> = Promise.resolve();

/**
 * `budgetlens ...args` with `env` added to the environment, one at a time (standard output, error
 * and the environment are the process's). The streams are replaced for the call, so a command that
 * pipes an export into standard output, or ends it, ends only the capture.
 */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const run = running.then(() => runNow(args, env));
  running = run.catch(() => undefined);
  return run;
}

async function runNow(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const out = sink();
  const err = sink();
  const descriptors = {
    stdout: Object.getOwnPropertyDescriptor(process, 'stdout'),
    stderr: Object.getOwnPropertyDescriptor(process, 'stderr'),
  };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  Object.defineProperty(process, 'stdout', { configurable: true, enumerable: true, get: () => out.stream });
  Object.defineProperty(process, 'stderr', { configurable: true, enumerable: true, get: () => err.stream });
  process.exitCode = undefined;
  try {
    const code = await main(['node', 'budgetlens', ...args]);
    return { code, stdout: out.text(), stderr: err.text() };
  } finally {
    if (descriptors.stdout) Object.defineProperty(process, 'stdout', descriptors.stdout);
    if (descriptors.stderr) Object.defineProperty(process, 'stderr', descriptors.stderr);
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.exitCode = undefined;
  }
}

let template: Promise<string> | undefined;

/**
 * A new, empty embedded data directory: a copy of one made (PGlite's initdb and the migrations) once
 * per test process. Creating a store takes seconds; copying one takes a fraction of one. The copies
 * share the template's store identity, which only the BullMQ queues' names depend on.
 */
export async function freshDataDir(prefix = 'budgetlens-data-'): Promise<string> {
  template ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-template-'));
    const store = await Store.open({ dataDir: dir });
    await store.close();
    return dir;
  })();
  const from = await template;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(from, dir, { recursive: true, filter: (src) => !src.endsWith('.lock') });
  return dir;
}
