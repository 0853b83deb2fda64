/**
 * New embedded stores start from the data directory the build initialised (src/store/template.ts),
 * not from PGlite's initdb. The template is made by `npm ci` / `npm run build`; these tests need it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.ts';
import { seedFromTemplate, usableTemplate } from '../../src/store/template.ts';

const template = usableTemplate();
if (!template) console.warn('test/store/template.test.ts: no store template (run npm run build): the copy tests are skipped');

describe('the embedded store template', () => {
  it.skipIf(!template)('gives each new store its own identity and a working database', async () => {
    const root = mkdtempSync(join(tmpdir(), 'budgetlens-template-'));
    const ids: string[] = [];
    for (const name of ['a', 'b']) {
      const store = await Store.open({ dataDir: join(root, name) });
      try {
        ids.push(store.id);
        const batch = await store.createBatch('from the template');
        expect(await store.latestBatchId()).toBe(batch.id);
      } finally {
        await store.close();
      }
      expect(existsSync(join(root, name, 'pglite', 'PG_VERSION'))).toBe(true);
    }
    expect(ids[0]).not.toBe(ids[1]);
    // nothing left beside the store by the copy
    expect(readdirSync(root).sort()).toEqual(['a', 'b']);
  });

  it('never writes over a directory that has something in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-template-'));
    mkdirSync(join(dir, 'pglite'));
    writeFileSync(join(dir, 'pglite', 'mine.txt'), 'keep');
    expect(seedFromTemplate(join(dir, 'pglite'))).toBe(false);
    expect(readdirSync(join(dir, 'pglite'))).toEqual(['mine.txt']);
  });
});
