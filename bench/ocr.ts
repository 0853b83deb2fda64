/**
 * OCR of a scanned PDF against its text rendering: character accuracy of the budget paragraph
 * (1 − edit distance / length of the text PDF's paragraph, after normalization), OCR seconds per
 * page, mean word confidence, and the vocabulary figures that differ. Settings come from the
 * environment (BUDGETLENS_OCR_DPI, BUDGETLENS_OCR_PSM, BUDGETLENS_OCR_CONCURRENCY).
 *
 *   npx tsx bench/ocr.ts [scanned.pdf text.pdf]   (default: the seed in ../shared/fixtures-src/out)
 */
import { fileURLToPath } from 'node:url';
import { VOCABULARY_KEYS } from '../src/model/keys.ts';
import type { Document } from '../src/model/document.ts';
import { ocrSettings } from '../src/parse/pdf/ocr.ts';
import { processFile } from '../src/pipeline/index.ts';

const out = (rel: string) => fileURLToPath(new URL(`../../shared/fixtures-src/out/${rel}`, import.meta.url));
const [scanned, text] =
  process.argv.length >= 4 ? process.argv.slice(2, 4) : [out('qiaozhong-2023.scanned.pdf'), out('qiaozhong-2023.pdf')];

/** Levenshtein distance over code points. */
export function distance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length];
}

/** The paragraph with the department's money figures: the one holding the first 全年预算数 / 预算数. */
function budgetParagraph(doc: Document): string {
  const b = doc.blocks.find((b) => b.type === 'paragraph' && /全年预算数|调整后预算数/.test(b.text));
  return b && b.type === 'paragraph' ? b.text.replace(/\s+/g, '') : '';
}

const t0 = performance.now();
const s = await processFile(scanned);
const wall = (performance.now() - t0) / 1000;
const t = await processFile(text);
if (!s.ok) throw s.error;
if (!t.ok) throw t.error;
const settings = ocrSettings();
const pages = (s.document.quality ?? []).filter((q) => q.ocr);
const secs = pages.map((q) => q.ocr!.seconds);
const words = pages.reduce((n, q) => n + q.ocr!.words, 0);
const conf = words ? pages.reduce((n, q) => n + q.ocr!.confidence * q.ocr!.words, 0) / words : 0;
const ref = budgetParagraph(t.document);
const got = budgetParagraph(s.document);
const accuracy = ref ? 1 - distance(got, ref) / Array.from(ref).length : 0;
/** All the text a rule could read, in order, without white space. */
const allText = (doc: Document) =>
  doc.blocks
    .map((b) =>
      b.type === 'table'
        ? b.rows
            .flat()
            .map((c) => c.text)
            .join('')
        : b.text,
    )
    .join('')
    .replace(/\s+/g, '');
const docRef = allText(t.document);
const docDist = distance(allText(s.document), docRef);
const vocab = new Set<string>(VOCABULARY_KEYS);
const fig = (r: typeof s.record, k: string) => (r.figures[k] ? `${r.figures[k].value} ${r.figures[k].unit}` : '—');
const keys = [...new Set([...Object.keys(s.record.figures), ...Object.keys(t.record.figures)])].filter((k) => vocab.has(k)).sort();
const differ = keys.filter((k) => fig(s.record, k) !== fig(t.record, k));
const rules = (r: typeof s.record) => r.discrepancies.map((d) => d.rule).sort();
const sameRules = rules(t.record).filter(
  (r, i, all) => rules(s.record).filter((x) => x === r).length >= all.slice(0, i + 1).filter((x) => x === r).length,
).length;

console.log(
  `dpi ${settings.dpi} psm ${settings.psm}: ${pages.length} pages OCRed, ${(secs.reduce((a, b) => a + b, 0) / (secs.length || 1)).toFixed(1)} s/page (max ${Math.max(0, ...secs).toFixed(1)}), wall ${wall.toFixed(1)} s`,
);
console.log(
  `  mean word confidence ${conf.toFixed(1)}; budget paragraph character accuracy ${(100 * accuracy).toFixed(2)}% (${distance(got, ref)} edits over ${Array.from(ref).length} characters)`,
);
console.log(
  `  whole document character accuracy ${(100 * (1 - docDist / Array.from(docRef).length)).toFixed(2)}% (${docDist} edits over ${Array.from(docRef).length} characters)`,
);
console.log(
  `  vocabulary figures equal ${keys.length - differ.length}/${keys.length}${differ.length ? `; differ: ${differ.map((k) => `${k} ${fig(s.record, k)} vs ${fig(t.record, k)}`).join('; ')}` : ''}`,
);
console.log(
  `  discrepancies found ${sameRules}/${rules(t.record).length}; tasks equal: ${JSON.stringify(s.record.tasks.map((x) => [x.name, x.budget, x.executed, x.rate])) === JSON.stringify(t.record.tasks.map((x) => [x.name, x.budget, x.executed, x.rate]))}`,
);
if (process.env.BENCH_SHOW) console.log(`  scan: ${got}\n  text: ${ref}`);
