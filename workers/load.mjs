// Which build the commands and their threads run: dist/ (compiled by scripts/build.mjs at `npm ci`)
// when it is newer than every file of src/, otherwise the TypeScript source through tsx, so an edited
// checkout always runs what it says. BUDGETLENS_RUN=source forces the source, =dist forces dist/.
// The choice is made once per command and passed to its worker threads and job processes in the
// environment. Tests choose the same way: `npm test` builds first (scripts/test.mjs), so the CLIs,
// worker processes and core threads a test starts run the compiled form of the very source under
// test, without a tsx loader in each (~1.5 CPU-seconds per core thread); a test process itself
// always runs the source.
import { readdirSync, readFileSync, statSync } from 'node:fs';

const root = new URL('..', import.meta.url);

/** dist/ was built after the last change to src/: the same files, none modified since. */
export function distIsFresh() {
  try {
    const stamp = new URL('dist/build.json', root);
    const builtAt = statSync(stamp).mtimeMs;
    const built = JSON.parse(readFileSync(stamp, 'utf8')).files;
    const files = readdirSync(new URL('src/', root), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    if (files.length !== built.length) return false;
    return files.every((e) => statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

/** 'dist' or 'source', decided once and kept in BUDGETLENS_RUN for the threads and processes started from here. */
export function runMode() {
  const forced = process.env.BUDGETLENS_RUN;
  const mode = forced === 'dist' || forced === 'source' ? forced : distIsFresh() ? 'dist' : 'source';
  process.env.BUDGETLENS_RUN = mode;
  return mode;
}

/** A module of budgetlens by its path under src/ without extension ('pipeline/thread'), from the build chosen. */
export async function loadCore(path) {
  if (runMode() === 'dist') return import(`../dist/${path}.js`);
  const { register } = await import('tsx/esm/api');
  register();
  return import(`../src/${path}.ts`);
}
