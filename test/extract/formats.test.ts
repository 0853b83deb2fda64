/**
 * The same figures from .md, .docx and .pdf (issue 15). Five dev2 reports are rendered at test time
 * the way `shared/fixtures-src/render.sh` renders the seed — pandoc (its own markdown reader,
 * east-Asian line breaks, the patched reference.docx) to .docx, then LibreOffice headless to .pdf —
 * and each rendering must give exactly the vocabulary figures its Markdown gives. Renderings are
 * never committed: the corpus texts stay in ../shared, the renderings in the machine's render cache
 * (test/render-cache.ts: made once per machine, again whenever a report, render.sh's reference.docx
 * patch, these commands or a tool changes); the reading is done here every time.
 *
 * The nine, one per layout the readers must keep apart:
 *  - G-011  a pipe-table project self-evaluation (pandoc: one paragraph of "|" rows);
 *  - D-002  a table flattened one cell per line (one short paragraph per cell: in the PDF the cells
 *           "50" / "10" must not run together, nor the number that starts a page be taken for a
 *           page number);
 *  - E-017  prose final accounts, thousands separators;
 *  - E-009  a budget document (部门预算情况说明);
 *  - G-018  traditional characters with pinyin glosses inside words ("執(zhí)行"), which the PDF
 *           wraps inside a gloss;
 *  - C-002  a table copied as space-separated rows, which pandoc joins into one line with the prose
 *           (and the last header with the total row's label: "得分年度资金总额");
 *  - E-016  a budget document whose title, metadata and body pandoc makes one paragraph;
 *  - C-007  final accounts pasted without blank lines: pandoc runs each numbered heading
 *           ("(二)支出决算情况") into the sentence after it;
 *  - C-003  a table of year columns, which the PDF draws with a space between each year and 年.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline/index.ts';
import { cachedRendering, isCached, renderKey } from '../render-cache.ts';
import { commandExists, whenMissing } from '../services.ts';

const DOCUMENTS = ['G-011', 'D-002', 'E-017', 'E-009', 'G-018', 'C-002', 'E-016', 'C-007', 'C-003'];

const shared = new URL('../../../shared/', import.meta.url).pathname;
const corpus = join(shared, 'corpus/dev2');
const renderScript = join(shared, 'fixtures-src/render.sh');
const scoreScript = join(shared, 'eval/score.mjs');
const haveShared = [renderScript, scoreScript, ...DOCUMENTS.map((id) => join(corpus, `${id}.md`))].every((f) => existsSync(f));
if (!haveShared) console.warn(`formats.test.ts: skipped: no dev2 corpus, render.sh or score.mjs under ${shared}`);

const TOOLS: [string, string][] = [
  ['pandoc', 'pandoc is not installed (apt-get install pandoc)'],
  ['soffice', 'LibreOffice (soffice) is not installed (apt-get install libreoffice-writer-nogui)'],
  ['python3', 'python3 is not installed (render.sh patches the reference.docx with it)'],
];
const missing = haveShared ? TOOLS.filter(([cmd]) => !commandExists(cmd)).map(([, why]) => why) : [];
whenMissing(missing, 'the same figures from .md, .docx and .pdf', 'needs pandoc, soffice and python3', 'the format comparison');

/** A rendering step that failed: which command, and what it said. */
class RenderError extends Error {
  constructor(command: string, status: number | null, output: string) {
    super(`${command} failed (exit ${status}): ${output.trim().slice(-2000)}`);
    this.name = 'RenderError';
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(command, args, { encoding: 'utf8', env, timeout: 240_000 });
  if (r.status !== 0) throw new RenderError(command, r.status, `${r.stderr ?? ''}${r.stdout ?? ''}${r.error ? String(r.error) : ''}`);
}

/**
 * render.sh's own reference.docx patch (A4, Noto CJK SC, zh-CN, full table grid, page-number
 * footer), taken from the script so that the renderings here follow it. render.sh itself is not
 * called: it also makes an image-only PDF (img2pdf) that this test does not need, and it runs
 * LibreOffice once per document where one run converts them all.
 */
function referencePatch(): string {
  const m = /python3 - "\$tmp\/reference\.docx" <<'PY'\n([\s\S]*?)\nPY\n/.exec(readFileSync(renderScript, 'utf8'));
  if (!m) throw new Error(`${renderScript}: its reference.docx patch (python3 … <<'PY' … PY) was not found`);
  return m[1];
}

/** The figure keys the scorer scores (score.mjs VOCABULARY). */
function vocabulary(): Set<string> {
  const m = /const VOCABULARY = new Set\(\[([^\]]*)\]\)/.exec(readFileSync(scoreScript, 'utf8'));
  if (!m) throw new Error(`${scoreScript}: no VOCABULARY set found`);
  return new Set([...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]));
}

/** key → "value unit" of the vocabulary figures a file gives. */
async function figures(file: string, keys: Set<string>): Promise<Record<string, string>> {
  const outcome = await processFile(file);
  if (!outcome.ok) throw outcome.error;
  return Object.fromEntries(
    Object.entries(outcome.record.figures)
      .filter(([k]) => keys.has(k))
      .map(([k, f]) => [k, `${f.value} ${f.unit}`]),
  );
}

/** pandoc's options, as render.sh gives them (its fixed date too). */
const PANDOC_ARGS = ['-f', 'markdown+east_asian_line_breaks', '-t', 'docx'];
const SOURCE_DATE_EPOCH = process.env.SOURCE_DATE_EPOCH ?? '1704067200';

/** Renders `ids` to .docx and .pdf in `dir`: pandoc for each, then one LibreOffice run for all. */
function render(ids: string[], dir: string): void {
  const work = mkdtempSync(join(tmpdir(), 'budgetlens-render-'));
  try {
    const reference = join(work, 'reference.docx');
    run('pandoc', ['-o', reference, '--print-default-data-file', 'reference.docx']);
    const patch = join(work, 'reference-patch.py');
    writeFileSync(patch, referencePatch());
    run('python3', [patch, reference]);
    const env = { ...process.env, SOURCE_DATE_EPOCH };
    for (const id of ids) {
      run('pandoc', [...PANDOC_ARGS, `--reference-doc=${reference}`, '-o', join(dir, `${id}.docx`), join(corpus, `${id}.md`)], env);
    }
    // one LibreOffice run for all of them, with a private profile so that other instances do not collide
    run('soffice', [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...ids.map((id) => join(dir, `${id}.docx`)),
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  for (const id of ids) if (!existsSync(join(dir, `${id}.pdf`))) throw new RenderError('soffice', 0, `no ${id}.pdf in ${dir}`);
}

/** The render cache's key of `id`'s .docx and .pdf: the report, the reference.docx patch, pandoc's options and the tools. */
const keyOf = (id: string) =>
  renderKey(
    ['formats.test.ts', referencePatch(), PANDOC_ARGS.join(' '), SOURCE_DATE_EPOCH, readFileSync(join(corpus, `${id}.md`)), id],
    TOOLS.map(([cmd]) => cmd),
  );

describe.runIf(haveShared && missing.length === 0)('the same figures from .md, .docx and .pdf', () => {
  let dir = '';
  let keys = new Set<string>();
  const md = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    keys = vocabulary();
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-formats-'));
    // what the render cache lacks, rendered together (one LibreOffice start), then cached one by one
    const lacking = DOCUMENTS.filter((id) => !isCached(keyOf(id)));
    if (lacking.length) {
      const scratch = join(dir, 'render');
      mkdirSync(scratch);
      render(lacking, scratch);
      for (const id of lacking)
        cachedRendering(keyOf(id), (into) => {
          for (const ext of ['.docx', '.pdf']) copyFileSync(join(scratch, `${id}${ext}`), join(into, `${id}${ext}`));
        });
    }
    for (const id of DOCUMENTS) {
      const entry = cachedRendering(keyOf(id), (into) => render([id], into));
      for (const ext of ['.docx', '.pdf']) copyFileSync(join(entry, `${id}${ext}`), join(dir, `${id}${ext}`));
      md.set(id, await figures(join(corpus, `${id}.md`), keys));
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const id of DOCUMENTS) {
    it(`${id}: the .docx and the .pdf give the Markdown's figures`, async () => {
      const want = md.get(id)!;
      // a document the Markdown reader gets little from would prove nothing here
      expect(Object.keys(want).length, `${id}.md figures: ${JSON.stringify(want)}`).toBeGreaterThanOrEqual(2);
      expect(await figures(join(dir, `${id}.docx`), keys), `${id}.docx`).toEqual(want);
      expect(await figures(join(dir, `${id}.pdf`), keys), `${id}.pdf`).toEqual(want);
    });
  }
});
