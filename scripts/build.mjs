#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so `npm ci` runs it): src/**\/*.ts → dist/**\/*.js with esbuild,
 * one file for one file (no bundle: the CLI's lazy imports stay lazy), relative `.ts` imports
 * rewritten to `.js`, and the SQL migrations copied beside the store code. dist/ mirrors src/ at
 * the same depth, so paths built from import.meta.url (../../web, ../../workers) are the same.
 *
 * bin/budgetlens.mjs runs dist/ when dist/build.json is newer than every file of src/ (and lists
 * the same files); otherwise it runs the source through tsx, as before. Test processes run the
 * source; `npm test` runs this first, for the commands, workers and threads tests start. It also
 * makes dist/pglite-template, the data directory new embedded stores are copied from
 * (src/store/template.ts). Without esbuild (an install without dev dependencies) or without src/ (the Docker image
 * installs before it copies the source), this says so and exits 0: the source still runs.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

function readdirSafe(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('budgetlens build: esbuild is not installed; the commands will run the TypeScript source (slower start)\n');
  process.exit(0);
}
try {
  statSync(src);
} catch {
  process.stderr.write('budgetlens build: no src/ yet; nothing to build\n');
  process.exit(0);
}

const started = Date.now();
const files = filesUnder(src);
const sources = files.filter((f) => f.endsWith('.ts'));
// everything but the store template, which is kept while it fits the PGlite installed
for (const entry of readdirSafe(dist)) if (entry !== 'pglite-template') rmSync(join(dist, entry), { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: sources,
  outdir: dist,
  outbase: src,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
// `from "./x.ts"`, `export … from "../y.ts"` and `import("./z.ts")`: relative specifiers only
const relativeTs = /((?:\bfrom|\bimport)\s*\(?\s*)(["'])(\.{1,2}\/[^"'\n]+?)\.ts\2/g;
for (const out of result.outputFiles) {
  mkdirSync(dirname(out.path), { recursive: true });
  writeFileSync(out.path, out.text.replace(relativeTs, '$1$2$3.js$2'));
}
for (const f of files.filter((f) => !f.endsWith('.ts'))) cpSync(f, join(dist, relative(src, f)));
// written last: its time is what bin/budgetlens.mjs compares the sources with
writeFileSync(
  join(dist, 'build.json'),
  `${JSON.stringify({ builtAt: new Date().toISOString(), files: files.map((f) => relative(src, f)).sort() }, null, 2)}\n`,
);
process.stderr.write(`budgetlens build: ${sources.length} files → dist/ in ${Date.now() - started} ms\n`);

// A new embedded store is a copy of this directory rather than PGlite's initdb (src/store/template.ts).
try {
  const { makeTemplate } = await import('../dist/store/template.js');
  const { PGLITE_OPTIONS } = await import('../dist/store/adapter.js');
  const t = Date.now();
  const made = await makeTemplate(async (dataDir) => {
    const { PGlite } = await import('@electric-sql/pglite');
    const pg = await PGlite.create(dataDir, PGLITE_OPTIONS);
    await pg.close();
  });
  if (made) process.stderr.write(`budgetlens build: embedded store template → dist/pglite-template in ${Date.now() - t} ms\n`);
} catch (e) {
  process.stderr.write(`budgetlens build: no embedded store template (${e.message}); new stores are initialised by PGlite itself\n`);
}
