/**
 * A new embedded store starts as a copy of a data directory initialised once, at build time
 * (scripts/build.mjs → dist/pglite-template), instead of running PGlite's initdb: measured on the
 * 2-core machine, opening an empty directory cost 12.4 s and a 672 MB peak (initdb is a second
 * WebAssembly PostgreSQL that writes and then checks the whole catalogue); copying the 39 MB
 * template and opening it, 3.0 s and 134 MB.
 *
 * The template is the bare initdb result, before any migration: the store's identity (a UUID made
 * by its first migration, which names its BullMQ queues) is still made per store. It is used only
 * when it was made by the PGlite version installed (its stamp says which), and only for a
 * directory that is empty; BUDGETLENS_PGLITE_TEMPLATE=off turns it off. Without it (no build, a
 * different PGlite) the store is initialised as before.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/pglite-template, from the source and from dist/ alike (both are two levels below the root). */
const TEMPLATE_DIR = fileURLToPath(new URL('../../dist/pglite-template', import.meta.url));
const STAMP = 'budgetlens-template.json';

function pgliteVersion(): string {
  const main = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const { name, version } = JSON.parse(readFileSync(pkg, 'utf8'));
      if (name === '@electric-sql/pglite') return version;
    }
  }
  return 'unknown';
}

/** The template, when there is one for the PGlite installed. */
export function usableTemplate(dir = TEMPLATE_DIR): string | null {
  if (process.env.BUDGETLENS_PGLITE_TEMPLATE === 'off') return null;
  try {
    const stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
    return stamp.pglite === pgliteVersion() && existsSync(join(dir, 'data', 'PG_VERSION')) ? join(dir, 'data') : null;
  } catch {
    return null;
  }
}

/**
 * Fills an empty data directory from the template (the caller holds the store's lock). Copied
 * beside it first and renamed into place, so a copy cut short leaves no half directory behind.
 * Returns whether it did.
 */
export function seedFromTemplate(dataDir: string): boolean {
  const template = usableTemplate();
  if (!template) return false;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) return false;
  const partial = `${dataDir}.template-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(template, partial, { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(partial, dataDir);
  return true;
}

/**
 * Makes the template with `create` (a PGlite initialising `dir/data`), unless one for this PGlite is there.
 * @public scripts/build.mjs imports it from dist/, where knip does not look
 */
export async function makeTemplate(create: (dataDir: string) => Promise<void>, dir = TEMPLATE_DIR): Promise<boolean> {
  if (usableTemplate(dir)) return false;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await create(join(dir, 'data'));
  writeFileSync(join(dir, STAMP), `${JSON.stringify({ pglite: pgliteVersion(), made: new Date().toISOString() })}\n`);
  return true;
}
