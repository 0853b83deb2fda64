/**
 * OCR against the text layer on ten dev2 reports (issue 13): each is rendered with
 * ../shared/fixtures-src/render.sh (.pdf by LibreOffice, .scanned.pdf an image-only 150 dpi copy),
 * both are read, and both sets of records are scored against the dev2 labels with
 * ../shared/eval/score.mjs. The scans must score within 0.05 figures F1 of the text PDFs. Nothing of
 * the corpus is committed: the renderings live in the machine's render cache (test/render-cache.ts:
 * made once per machine, again whenever the report, render.sh or a tool changes), the reading and
 * OCR are done here every time. `npx tsx bench/ocr-dev2.ts` prints the same comparison with the
 * scorer's notes.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingForDev2, OCR_DEV2, paths, RENDER_TOOLS, renderOne, scoreDev2 } from '../../bench/ocr-dev2.ts';
import { ocrMissing } from '../../src/parse/pdf/ocr.ts';
import { cachedRendering, renderKey } from '../render-cache.ts';
import { whenMissing } from '../services.ts';

/** The .pdf and .scanned.pdf of `id` in `dir`, as render.sh makes them (from the render cache). */
function rendered(id: string, dir: string): void {
  const md = join(paths.corpus, `${id}.md`);
  const key = renderKey(['render.sh', readFileSync(paths.render), readFileSync(md), id], RENDER_TOOLS);
  const entry = cachedRendering(key, (into) => renderOne(id, into));
  for (const suffix of ['.pdf', '.scanned.pdf']) copyFileSync(join(entry, `${id}${suffix}`), join(dir, `${id}${suffix}`));
}

const haveShared = existsSync(paths.corpus) && existsSync(paths.render) && existsSync(paths.score);
if (!haveShared) console.warn(`ocr-dev2.test.ts: skipped: no ../shared (dev2 corpus, render.sh, score.mjs) beside the repository`);
const missing = haveShared ? [...missingForDev2(), ...(ocrMissing() ? [ocrMissing()!] : [])] : [];
whenMissing(
  missing,
  'OCR of ten dev2 scans against their text PDFs',
  'needs the dev2 corpus, render.sh tools and tesseract',
  'the dev2 OCR comparison',
);

describe.runIf(haveShared && missing.length === 0)('OCR of ten dev2 scans against their text PDFs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-ocr-dev2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`scores the scans of ${OCR_DEV2.join(', ')} within 0.05 figures F1 of their text PDFs`, async () => {
    for (const id of OCR_DEV2) rendered(id, dir);
    const text = await scoreDev2(dir, '.pdf');
    const scan = await scoreDev2(dir, '.scanned.pdf');
    console.log(`dev2 ten: figures F1 scans ${scan.f1.toFixed(3)}, text PDFs ${text.f1.toFixed(3)}`);
    expect(text.f1).toBeGreaterThan(0.8);
    expect(scan.f1, `scans:\n${scan.output}\ntext PDFs:\n${text.output}`).toBeGreaterThanOrEqual(text.f1 - 0.05);
  }, 1_200_000);
});
