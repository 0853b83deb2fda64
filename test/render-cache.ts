/**
 * Renderings the tests make of corpus reports (pandoc, LibreOffice, render.sh: seconds of CPU per
 * document), kept once per machine in a cache under the system's temporary directory, shared by
 * the test files and runs. An entry is keyed by everything its bytes come from: the recipe (the
 * script or the commands, as the caller says), the input's bytes, the tools' binaries (path, size,
 * date) and the fonts installed. So an entry is what rendering again would make, apart from what
 * is never reproducible anyway (LibreOffice's creation date and /ID in a PDF); any change to an
 * input, the recipe or a tool makes a new one. `rm -rf "$TMPDIR/budgetlens-render-cache"` (default
 * /tmp) empties it. Nothing of the corpus goes into the repository.
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const RENDER_CACHE = join(tmpdir(), 'budgetlens-render-cache');

const DONE = '.complete';

/** Where `command` is, and its size and date (and LibreOffice's build id and library): it changes when the tool does. */
function toolPrint(command: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) return `${command}: none`;
  const path = realpathSync(found);
  const files = [path];
  if (command === 'soffice') files.push(join(dirname(path), 'versionrc'), join(dirname(path), 'libmergedlo.so'));
  return files
    .map((f) => {
      try {
        const s = statSync(f);
        return `${f} ${s.size} ${s.mtimeMs}`;
      } catch {
        return `${f} none`;
      }
    })
    .join('; ');
}

let fonts: string | undefined;
/** The fonts fontconfig finds (LibreOffice and the scans draw with them). */
function fontPrint(): string {
  fonts ??= spawnSync('fc-list', [':', 'file'], { encoding: 'utf8' }).stdout?.split('\n').sort().join('\n') ?? 'no fc-list';
  return fonts;
}

/** The key of an entry: the recipe and input parts given, the tools' prints and the fonts. */
export function renderKey(parts: (string | Uint8Array)[], tools: string[]): string {
  const h = createHash('sha256');
  for (const p of [...parts, ...tools.map(toolPrint), fontPrint()]) {
    h.update(typeof p === 'string' ? Buffer.from(p) : p);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

/** Whether the cache has the entry `key`. */
export const isCached = (key: string): boolean => existsSync(join(RENDER_CACHE, key, DONE));

/**
 * The cache directory of `key`, made by `make(dir)` when it is not there yet (into a directory of
 * its own, moved into place once complete, so a run stopped halfway or another test file making
 * the same entry at the same time leaves no half entry behind).
 */
export function cachedRendering(key: string, make: (dir: string) => void): string {
  const dir = join(RENDER_CACHE, key);
  if (isCached(key)) return dir;
  mkdirSync(RENDER_CACHE, { recursive: true });
  const work = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(work);
  try {
    make(work);
    writeFileSync(join(work, DONE), `${new Date().toISOString()}\n`);
    try {
      renameSync(work, dir);
    } catch (e) {
      // another process put the same entry in place first: theirs is as good as ours
      if (!existsSync(join(dir, DONE))) throw e;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}
