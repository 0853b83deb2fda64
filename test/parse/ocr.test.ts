/**
 * OCR of scanned PDF pages (src/parse/pdf/ocr.ts): the pure parts (number fixes, ruling lines in an
 * image, words → glyphs) always; the scanned seed against its text rendering when tesseract with
 * chi_sim is installed (with CI=true a missing tesseract fails).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { VOCABULARY_KEYS } from '../../src/model/keys.ts';
import { parseError } from './helpers.ts';
import { parseBytes } from '../../src/parse/index.ts';
import {
  DROP,
  fixNumbers,
  imageRulings,
  imageSpaces,
  ocrMissing,
  ocrSettings,
  readPgm,
  rotate,
  wordsToGlyphs,
  writePgm,
  type Gray,
  type TsvWord,
} from '../../src/parse/pdf/ocr.ts';
import { processBytes, processFile } from '../../src/pipeline/index.ts';
import { imagePdf } from './scan-pdf.ts';
import { spansOf } from '../../src/parse/pdf/ocrspans.ts';
import { ocrOf } from '../../src/extract/text.ts';
import { OCR_FIGURE_CONFIDENCE } from '../../src/reconcile/rules/ocr.ts';
import type { Glyph } from '../../src/parse/pdf/types.ts';
import { whenMissing } from '../services.ts';

const fixture = (rel: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${rel}`, import.meta.url))));
const shared = (rel: string) => fileURLToPath(new URL(`../../../shared/${rel}`, import.meta.url));

const ENV = ['BUDGETLENS_OCR', 'BUDGETLENS_OCR_TIMEOUT', 'BUDGETLENS_TESSERACT'] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('safe fixes inside numbers and units', () => {
  it.each([
    ['全年预算数7l43.45万元', '全年预算数7143.45万元'],
    ['2O23年', '2023年'],
    ['执行数67O8万元', '执行数6708万元'],
    ['支出629.55万兀', '支出629.55万元'],
    ['全年预算数7143,45万元', '全年预算数7143.45万元'],
    ['完成预算的93,5%', '完成预算的93.5%'],
    ['完成预算的9396。', '完成预算的93%。'],
    ['执行率为99.3596,', '执行率为99.35%,'],
  ])('%s → %s, with the fix listed', (from, to) => {
    const r = fixNumbers(from);
    expect(r.text.replaceAll(DROP, '')).toBe(to);
    expect(Array.from(r.text)).toHaveLength(Array.from(from).length);
    expect(r.fixes.length).toBeGreaterThan(0);
    expect(r.fixes.join(' ')).toContain('→');
  });

  it.each([
    '1,234万元',
    '7,143.45万元',
    'Office 2019',
    '采购lO台设备',
    '(一)基本情况',
    '万兀字',
    '2023|2024',
    '3S5',
    '完成预算的10196。',
    '支出为1296万元',
    '达到2096人次',
  ])('leaves %s alone', (text) => {
    const r = fixNumbers(text);
    expect(r.text).toBe(text);
    expect(r.fixes).toEqual([]);
  });
});

describe('ruling lines in a page image', () => {
  /** a 300 × 200 white image with a 2-column, 2-row grid drawn 2 px thick, and a short dash */
  function grid(): Gray {
    const width = 300;
    const height = 200;
    const data = new Uint8Array(width * height).fill(255);
    const dark = (x: number, y: number) => (data[y * width + x] = 0);
    for (const y of [20, 21, 100, 101, 180, 181]) for (let x = 20; x <= 280; x++) dark(x, y);
    for (const x of [20, 21, 150, 151, 279, 280]) for (let y = 20; y <= 181; y++) dark(x, y);
    for (let x = 60; x < 75; x++) dark(x, 60); // a dash inside a cell: text, not a rule
    return { width, height, data };
  }

  it('finds the grid in PDF space and paints it out, leaving the text', () => {
    const img = grid();
    // 72 dpi: one pixel is one point; the page is 200 pt high
    const { rulings, cleaned } = imageRulings(img, { sx: 1, sy: 1, x0: 0, yTop: 200 }, 72);
    expect(rulings.h.map((h) => h.y).sort((a, b) => a - b)).toEqual([19.5, 99.5, 179.5]);
    expect(rulings.v.map((v) => v.x).sort((a, b) => a - b)).toEqual([20.5, 150.5, 279.5]);
    for (const h of rulings.h) expect([h.x0, h.x1]).toEqual([20, 280]);
    expect(cleaned.data[20 * 300 + 100]).toBe(255);
    expect(cleaned.data[60 * 300 + 150]).toBe(255);
    expect(cleaned.data[60 * 300 + 65]).toBe(0);
    expect(img.data[20 * 300 + 100]).toBe(0); // the input is not changed
  });

  it('reads back the PGM it writes', () => {
    const img = grid();
    const back = readPgm(writePgm(img));
    expect([back.width, back.height]).toEqual([300, 200]);
    expect(Buffer.compare(Buffer.from(back.data), Buffer.from(img.data))).toBe(0);
  });
});

describe('turning a page image', () => {
  it('turns clockwise by quarter turns, and four quarter turns give the image back', () => {
    const img = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) };
    // 1 2 3      4 1
    // 4 5 6  →   5 2
    //            6 3
    expect(rotate(img, 90)).toEqual({ width: 2, height: 3, data: new Uint8Array([4, 1, 5, 2, 6, 3]) });
    expect(rotate(img, 180).data).toEqual(new Uint8Array([6, 5, 4, 3, 2, 1]));
    expect(rotate(rotate(img, 90), 270)).toEqual(img);
    expect(rotate(rotate(rotate(rotate(img, 90), 90), 90), 90)).toEqual(img);
  });
});

describe('OCR words → glyphs', () => {
  const w = (text: string, left: number, top: number, width: number, line = '1.1.1', conf = 90): TsvWord => ({
    text,
    conf,
    left,
    top,
    width,
    height: 20,
    line,
  });

  it('gives each character a share of its word box, on the line baseline, in PDF space', () => {
    // 144 dpi: 2 px per point; the page is 400 pt high
    const { glyphs, fixes } = wordsToGlyphs([w('预算', 100, 100, 40), w('7l43万元', 150, 102, 80)], { sx: 0.5, sy: 0.5, x0: 0, yTop: 400 });
    // a space between Chinese and a number that Tesseract gave as separate words
    expect(glyphs.map((g) => g.ch).join('')).toBe('预算 7143万元');
    glyphs.splice(2, 1);
    expect(fixes).toHaveLength(1);
    expect(new Set(glyphs.map((g) => g.y)).size).toBe(1);
    expect(glyphs[0].x0).toBe(50);
    expect(glyphs[1].x1).toBe(70);
    expect(glyphs.at(-1)!.x1).toBeCloseTo(115);
    // the line's bottom is at 122 px = 61 pt from the top
    expect(glyphs[0].y).toBeCloseTo(400 - 61 + 0.12 * 10);
    expect(glyphs[0].size).toBe(10);
  });
});

describe('spaces between Chinese words, from the image', () => {
  // a line 20 px high: eight 18 px "characters" 4 px apart, with a 12 px blank (a space) after the third
  const xs = [10, 32, 54, 84, 106, 128, 150, 172];
  function line(): Gray {
    const width = 220;
    const height = 40;
    const data = new Uint8Array(width * height).fill(255);
    for (const x0 of xs) for (let y = 10; y < 30; y++) for (let x = x0; x < x0 + 18; x++) data[y * width + x] = 0;
    return { width, height, data };
  }
  const word = (text: string, from: number, to: number): TsvWord => ({
    text,
    conf: 90,
    left: xs[from],
    top: 10,
    width: xs[to] + 18 - xs[from],
    height: 20,
    line: '1.1.1',
  });

  it('finds the space where the blank is wide, and none where Tesseract merely cut the text into words', () => {
    // Tesseract cuts the text into 资金 | 来 | 年初 | 预算数; the print has a space only before 年初
    const ws = [word('资金', 0, 1), word('来', 2, 2), word('年初', 3, 4), word('预算数', 5, 7)];
    const spaces = imageSpaces(line(), ws);
    expect(ws.slice(1).map((w) => spaces.get(w))).toEqual([false, true, false]);
    const { glyphs } = wordsToGlyphs(ws, { sx: 1, sy: 1, x0: 0, yTop: 40 }, [], spaces);
    expect(glyphs.map((g) => g.ch).join('')).toBe('资金来 年初预算数');
  });
});

describe('OCR words → glyphs with a fix that drops a character', () => {
  it("turns '9396' after 完成预算的 into '93%', the % glyph spanning the box of '96'", () => {
    const word: TsvWord = { text: '完成预算的9396。', conf: 80, left: 0, top: 0, width: 100, height: 10, line: '1.1.1' };
    const { glyphs, fixes } = wordsToGlyphs([word], { sx: 1, sy: 1, x0: 0, yTop: 100 });
    expect(glyphs.map((g) => g.ch).join('')).toBe('完成预算的93%。');
    expect(fixes[0]).toMatch(/9396 → 93% \(a percent sign read as 96\)/);
    const pct = glyphs.find((g) => g.ch === '%')!;
    const stop = glyphs.at(-1)!;
    expect(pct.x1).toBeCloseTo(stop.x0);
  });
});

describe('OCR word confidences on the text and on the figures', () => {
  /** glyphs of words, each [text, confidence], one after the other on one line at 10 pt per character */
  const glyphs = (...words: [string, number][]): Glyph[] => {
    const out: Glyph[] = [];
    let x = 0;
    words.forEach(([text, conf], w) => {
      const ocr = { word: w + 1, conf };
      for (const ch of text) out.push({ ch, x0: x, x1: (x += 10), y: 100, size: 10, font: OCR_FONT_FOR_TEST, line: 1, ocr });
    });
    return out;
  };
  const OCR_FONT_FOR_TEST = { id: 'ocr', name: 'OCR', family: 'OCR', bold: false, unmapped: false };

  it('matches the text to its glyphs in order, a span per word and per digit run, skipping what the layout added', () => {
    // the layout put a space between Chinese and the number, which no glyph drew
    const spans = spansOf('全年预算数 7143.45万元', glyphs(['全年预算数7143.45万元', 88.4], ['，', 95]));
    expect(spans.map((s) => [s.start, s.end, s.conf])).toEqual([
      [0, 5, 88.4],
      [6, 13, 88.4],
      [13, 15, 88.4],
    ]);
    // the digits' box: from the first digit's glyph to the last's
    expect(spans[1].bbox).toEqual([50, 98.8, 120, 108.8]);
  });

  it('gives a figure the lowest confidence of the words its digits came from, and their box', () => {
    const raw = '执行数67 08万元';
    const spans = spansOf(raw, glyphs(['执行数67', 91], ['08万元', 42]));
    expect(ocrOf(spans, raw, 0, '6708')).toEqual({ confidence: 42, bbox: [30, 98.8, 70, 108.8] });
    // the label's confidence does not count, nor a number elsewhere in the snippet
    const two = '2023年预算数 7143.45万元';
    const s2 = spansOf(two, glyphs(['2023年预算数', 30], ['7143.45万元', 93]));
    expect(ocrOf(s2, two, 0, '7143.45')?.confidence).toBe(93);
    expect(ocrOf(s2, two, 0, '99')).toBeUndefined();
  });
});

describe('a scanned PDF when OCR is off or missing', () => {
  it("keeps the 'no-text' refusal with BUDGETLENS_OCR=off", async () => {
    process.env.BUDGETLENS_OCR = 'off';
    const e = await parseError(parseBytes(fixture('pdf/scan.scanned.pdf'), 'scan.pdf'));
    expect(e.code).toBe('no-text');
    expect(e.reason).toBe('no text layer on its only page (a scanned image?): OCR it first');
  });

  it('says OCR is not installed when tesseract is missing', async () => {
    process.env.BUDGETLENS_TESSERACT = '/nonexistent/tesseract';
    const e = await parseError(parseBytes(fixture('pdf/scan.scanned.pdf'), 'scan.pdf'));
    expect(e.code).toBe('no-text');
    expect(e.file).toBe('scan.pdf');
    expect(e.reason).toMatch(/^scanned: no text layer on its only page, and OCR is not installed \(tesseract is not installed/);
  });
});

const { lang, tesseract } = ocrSettings();
const missing = [
  ...(ocrMissing(lang, tesseract) ? [ocrMissing(lang, tesseract)!] : []),
  ...(existsSync(shared('fixtures-src/out/qiaozhong-2023.scanned.pdf'))
    ? []
    : ['../shared/fixtures-src/out/qiaozhong-2023.scanned.pdf is not there']),
];
whenMissing(missing, 'OCR of scanned PDFs', 'needs tesseract with chi_sim and the scanned seed', 'the OCR tests');

describe.skipIf(missing.length > 0)('OCR of scanned PDFs (tesseract chi_sim)', () => {
  it('stops a page at the per-page time limit and says so', async () => {
    process.env.BUDGETLENS_OCR_TIMEOUT = '0.001';
    const e = await parseError(parseBytes(fixture('pdf/scan.scanned.pdf'), 'scan.pdf'));
    expect(e.code).toBe('no-text');
    expect(e.reason).toMatch(/OCR read no text \(page 1: no text layer and OCR stopped: .* did not finish within 0.001 s/);
  });

  it('flags an unreadable scan (40 dpi) as low confidence rather than passing its text on silently', async () => {
    const doc = await parseBytes(fixture('pdf/scan.scanned.pdf'), 'scan.pdf');
    expect(doc.quality?.[0].ocr?.engine).toBe('tesseract chi_sim');
    expect(doc.warnings.some((w) => /^page 1: OCR confidence [0-9.]+ is low/.test(w))).toBe(true);
  });

  describe('the scanned seed against its text rendering', () => {
    const vocabulary = new Set<string>(VOCABULARY_KEYS);
    let started: ReturnType<typeof run> | undefined;
    const both = () => (started ??= run());
    const run = () =>
      Promise.all([
        processFile(shared('fixtures-src/out/qiaozhong-2023.scanned.pdf')),
        processFile(shared('fixtures-src/out/qiaozhong-2023.pdf')),
      ]).then(([scan, text]) => {
        if (!scan.ok) throw scan.error;
        if (!text.ok) throw text.error;
        return { scan, text };
      });
    const figures = (f: Record<string, { value: string; unit: string }>) =>
      Object.fromEntries(
        Object.entries(f)
          .filter(([k]) => vocabulary.has(k))
          .map(([k, v]) => [k, `${v.value} ${v.unit}`]),
      );

    it('yields the same vocabulary figures', async () => {
      const { scan, text } = await both();
      expect(Object.keys(figures(text.record.figures)).length).toBeGreaterThanOrEqual(9);
      expect(figures(scan.record.figures)).toEqual(figures(text.record.figures));
    }, 600_000);

    it('yields the same task rows', async () => {
      const { scan, text } = await both();
      const rows = (r: typeof scan.record) =>
        r.tasks.map(({ name, budget, executed, rate, unit }) => ({ name, budget, executed, rate, unit }));
      expect(rows(scan.record)).toHaveLength(5);
      expect(rows(scan.record)).toEqual(rows(text.record));
    }, 600_000);

    it('finds the same six discrepancies', async () => {
      const { scan, text } = await both();
      const rules = (r: typeof scan.record) => r.discrepancies.map((d) => d.rule).sort();
      expect(rules(text.record)).toHaveLength(6);
      expect(rules(scan.record)).toEqual(rules(text.record));
    }, 600_000);

    it('OCRs only the scanned page of a mixed PDF (text pages 1–2 and 4–11, scanned page 3)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ocr-mixed-'));
      try {
        execFileSync('pdfseparate', [shared('fixtures-src/out/qiaozhong-2023.pdf'), join(dir, 't-%d.pdf')]);
        execFileSync('pdfseparate', ['-f', '3', '-l', '3', shared('fixtures-src/out/qiaozhong-2023.scanned.pdf'), join(dir, 's-%d.pdf')]);
        const parts = Array.from({ length: 11 }, (_, i) => join(dir, i === 2 ? 's-3.pdf' : `t-${i + 1}.pdf`));
        execFileSync('pdfunite', [...parts, join(dir, 'mixed.pdf')]);
        const mixed = await processFile(join(dir, 'mixed.pdf'));
        if (!mixed.ok) throw mixed.error;
        const { text } = await both();
        expect(mixed.record.warnings.find((w) => w.startsWith('OCR ('))).toMatch(/read page 3 \(no text layer\)/);
        expect(mixed.document.quality?.filter((q) => q.ocr).map((q) => q.page)).toEqual([3]);
        expect(figures(mixed.record.figures)).toEqual(figures(text.record.figures));
        expect(mixed.record.figures['budget.total'].evidence?.page).toBe(3);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 600_000);

    it('reads the budget paragraph of page 3 scanned at 100 dpi: the same figures, a dropped % fixed and listed', async () => {
      const pgm = execFileSync('pdftoppm', ['-f', '3', '-l', '3', '-r', '100', '-gray', shared('fixtures-src/out/qiaozhong-2023.pdf')]);
      const pdf = imagePdf(readPgm(new Uint8Array(pgm)), 595.68, 841.92);
      const low = await processBytes(pdf, 'page3-100dpi.pdf');
      if (!low.ok) throw low.error;
      const { text } = await both();
      const got = figures(low.record.figures);
      const want = figures(text.record.figures);
      // every figure read is right; those the paragraph states are all read
      for (const [k, v] of Object.entries(got)) expect([k, v]).toEqual([k, want[k]]);
      for (const k of ['budget.total', 'budget.executed', 'expense.generalPublic', 'expense.basic', 'expense.project', 'carryover.end'])
        expect(got[k]).toBe(want[k]);
      expect(low.record.warnings.filter((w) => w.includes('OCR fix')).every((w) => w.startsWith('page 1: OCR fix'))).toBe(true);
    }, 600_000);

    it.each([90, 180])(
      'reads page 3 scanned turned %i° clockwise upright, and says it turned it',
      async (deg) => {
        const pgm = execFileSync('pdftoppm', ['-f', '3', '-l', '3', '-r', '150', '-gray', shared('fixtures-src/out/qiaozhong-2023.pdf')], {
          maxBuffer: 1 << 26,
        });
        const turned = rotate(readPgm(new Uint8Array(pgm)), deg);
        const pdf = deg === 180 ? imagePdf(turned, 595.68, 841.92) : imagePdf(turned, 841.92, 595.68);
        const o = await processBytes(pdf, `page3-turned-${deg}.pdf`);
        if (!o.ok) throw o.error;
        const { text } = await both();
        const got = figures(o.record.figures);
        const want = figures(text.record.figures);
        for (const k of [
          'budget.total',
          'budget.executed',
          'budget.executionRate',
          'expense.generalPublic',
          'expense.governmentFund',
          'expense.basic',
          'expense.project',
          'carryover.end',
        ]) {
          expect([k, got[k]]).toEqual([k, want[k]]);
        }
        expect(o.record.warnings).toContain(
          `page 1: the scan is turned; it was read after turning it ${360 - deg}° clockwise (its boxes are in the upright page's frame)`,
        );
      },
      600_000,
    );

    it('gives every figure read from the scan the confidence and box of its digits, none of them low', async () => {
      const { scan } = await both();
      const read = Object.entries(scan.record.figures).filter(([k]) => vocabulary.has(k));
      expect(read.length).toBeGreaterThanOrEqual(9);
      for (const [key, f] of read) {
        const ocr = f.evidence.ocr;
        expect(ocr, key).toBeDefined();
        expect(ocr!.confidence, key).toBeGreaterThanOrEqual(OCR_FIGURE_CONFIDENCE);
        // the digits' box lies inside the box of the paragraph or cell they were read in
        const block = scan.document.blocks.find((b) => b.id === f.evidence.blockId)!;
        const box =
          block.type === 'table' && f.evidence.cell ? block.rows[f.evidence.cell.row][f.evidence.cell.col].prov.bbox! : block.prov.bbox!;
        expect(ocr!.bbox[0], key).toBeGreaterThanOrEqual(box[0] - 1);
        expect(ocr!.bbox[2], key).toBeLessThanOrEqual(box[2] + 1);
        expect(ocr!.bbox[2] - ocr!.bbox[0], key).toBeLessThan(0.6 * (box[2] - box[0]) + 60);
      }
      expect(scan.record.discrepancies.filter((d) => d.rule === 'ocr.lowConfidence')).toEqual([]);
    }, 600_000);

    it('flags the figures of a degraded scan (85 dpi, 1% noise) read with low confidence, and every figure it misreads, with page and box', async () => {
      const pgm = execFileSync('pdftoppm', ['-f', '3', '-l', '3', '-r', '85', '-gray', shared('fixtures-src/out/qiaozhong-2023.pdf')], {
        maxBuffer: 1 << 26,
      });
      const img = readPgm(new Uint8Array(pgm));
      // salt-and-pepper noise from a fixed seed: the same image every run
      let seed = 12345;
      const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      const data = new Uint8Array(img.data);
      for (let i = 0; i < data.length; i++) if (rnd() < 0.01) data[i] = rnd() < 0.5 ? 0 : 255;
      const o = await processBytes(imagePdf({ ...img, data }, 595.68, 841.92), 'page3-degraded.pdf');
      if (!o.ok) throw o.error;
      const { text } = await both();
      const flagged = o.record.discrepancies.filter((d) => d.rule === 'ocr.lowConfidence');
      expect(flagged.length).toBeGreaterThan(0);
      for (const d of flagged) {
        if (d.rule !== 'ocr.lowConfidence') continue;
        expect(d.severity).toBe('info');
        expect(d.page).toBe(1);
        expect(d.confidence).toBeLessThan(OCR_FIGURE_CONFIDENCE);
        const [x0, y0, x1, y1] = d.bbox;
        expect(0 <= x0 && x0 < x1 && x1 <= 595.68 && 0 <= y0 && y0 < y1 && y1 <= 841.92).toBe(true);
        expect(d.message.zh).toContain('第1页');
      }
      // a figure read wrong is never passed on without a flag
      const got = figures(o.record.figures);
      const want = figures(text.record.figures);
      const wrong = Object.keys(got).filter((k) => k in want && got[k] !== want[k]);
      expect(wrong.length).toBeGreaterThan(0);
      for (const k of wrong)
        expect(
          flagged.map((d) => (d.rule === 'ocr.lowConfidence' ? d.key : '')),
          `${k}: ${got[k]} read, ${want[k]} in the text`,
        ).toContain(k);
    }, 600_000);

    it('says which pages were OCRed and with what confidence, and cites page and box', async () => {
      const { scan } = await both();
      const ocr = scan.record.warnings.find((w) => w.startsWith('OCR (tesseract chi_sim'));
      expect(ocr).toMatch(/read pages 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 \(no text layer\): mean word confidence [0-9.]+/);
      expect(scan.document.quality?.every((q) => q.ocr && q.ocr.confidence > 80)).toBe(true);
      const total = scan.record.figures['budget.total'];
      expect(total.evidence?.page).toBe(3);
      for (const b of scan.document.blocks) {
        expect(b.prov.page).toBeGreaterThan(0);
        expect(b.prov.bbox).toHaveLength(4);
      }
      expect(scan.document.blocks.some((b) => b.type === 'table')).toBe(true);
    }, 600_000);
  });
});
