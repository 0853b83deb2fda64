/**
 * OCR against the text layer on ten dev2 reports: each is rendered with ../shared/fixtures-src/render.sh
 * (.pdf from LibreOffice, .scanned.pdf an image-only 150 dpi copy of it), both are read, and the two
 * sets of records are scored against the dev2 labels with ../shared/eval/score.mjs. Renderings go to
 * OUTDIR (default a temporary directory, removed after), never into the repository.
 *
 *   npx tsx bench/ocr-dev2.ts [--out OUTDIR] [--verbose]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processFile } from '../src/pipeline/index.ts';

/** The ten: the first ten dev2 reports by name (1–5 pages each). */
export const OCR_DEV2 = ['C-001', 'C-002', 'C-003', 'C-007', 'C-012', 'C-014', 'D-002', 'D-007', 'D-009', 'D-011'];

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
export const paths = {
  corpus: join(shared, 'corpus/dev2'),
  render: join(shared, 'fixtures-src/render.sh'),
  score: join(shared, 'eval/score.mjs'),
};

/** The tools render.sh runs. */
export const RENDER_TOOLS = ['pandoc', 'soffice', 'pdftoppm', 'img2pdf', 'python3'];

/** What is missing to run this here, or an empty list. */
export function missingForDev2(): string[] {
  const out: string[] = [];
  for (const f of [paths.render, paths.score, ...OCR_DEV2.map((id) => join(paths.corpus, `${id}.md`))])
    if (!existsSync(f)) out.push(`${f} is not there`);
  for (const cmd of RENDER_TOOLS) {
    if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status !== 0) out.push(`${cmd} is not installed (render.sh needs it)`);
  }
  return out;
}

/** Render one dev2 report into `dir` (render.sh skips what is up to date). */
export function renderOne(id: string, dir: string): void {
  const r = spawnSync('bash', [paths.render, '-o', dir, join(paths.corpus, `${id}.md`)], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0)
    throw new Error(`render.sh ${id} failed (exit ${r.status}): ${(r.stderr || r.stdout || String(r.error)).trim().slice(-1000)}`);
}

/** Render the ten into `dir`. */
export function renderDev2(dir: string): void {
  for (const id of OCR_DEV2) renderOne(id, dir);
}

/** Read `suffix` renderings (".pdf" or ".scanned.pdf") of the ten, write their records as JSONL, score them. */
export async function scoreDev2(dir: string, suffix: string, verbose = false): Promise<{ f1: number; output: string }> {
  const lines: string[] = [];
  for (const id of OCR_DEV2) {
    const o = await processFile(join(dir, `${id}${suffix}`));
    if (!o.ok) throw o.error;
    // ocr.lowConfidence is a note on the reading, not an inconsistency of the report: the labels have none
    const discrepancies = o.record.discrepancies.filter((d) => d.rule !== 'ocr.lowConfidence');
    lines.push(JSON.stringify({ ...o.record, discrepancies, file: `${id}.pdf` }));
  }
  const records = join(dir, `records${suffix.replace(/\./g, '-')}.jsonl`);
  writeFileSync(records, `${lines.join('\n')}\n`);
  // the scorer reads every label in its directory: give it the ten only
  const labels = join(dir, 'labels');
  mkdirSync(labels, { recursive: true });
  for (const id of OCR_DEV2) copyFileSync(join(paths.corpus, `${id}.json`), join(labels, `${id}.json`));
  const r = spawnSync(process.execPath, [paths.score, '--labels', labels, '--records', records, ...(verbose ? ['--verbose'] : [])], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`score.mjs failed: ${r.stderr}`);
  const f1 = Number(/figures F1=([0-9.]+)/.exec(r.stdout)?.[1]);
  return { f1, output: r.stdout };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const verbose = args.includes('--verbose');
  const missing = missingForDev2();
  if (missing.length) {
    console.error(`cannot run: ${missing.join('; ')}`);
    process.exit(2);
  }
  const dir = at >= 0 ? args[at + 1] : mkdtempSync(join(tmpdir(), 'budgetlens-ocr-dev2-'));
  mkdirSync(dir, { recursive: true });
  try {
    renderDev2(dir);
    const text = await scoreDev2(dir, '.pdf', verbose);
    const t0 = performance.now();
    const scan = await scoreDev2(dir, '.scanned.pdf', verbose);
    const secs = (performance.now() - t0) / 1000;
    console.log(`text PDFs:\n${text.output}\nscans (${secs.toFixed(0)} s):\n${scan.output}`);
    console.log(`figures F1: scans ${scan.f1.toFixed(3)}, text ${text.f1.toFixed(3)}, gap ${(text.f1 - scan.f1).toFixed(3)}`);
  } finally {
    if (at < 0) rmSync(dir, { recursive: true, force: true });
  }
}
