/**
 * OCR of PDF pages without a text layer (scans): poppler's `pdftoppm` rasterises the page to a gray
 * PGM, table ruling lines are found in the image (long thin dark runs) and painted out so that
 * Tesseract (Debian `tesseract-ocr` + `tesseract-ocr-chi-sim`, a child process, offline) does not
 * read them as "|"; Tesseract's TSV gives words with boxes and confidences. Each word becomes
 * glyphs — the same structures the text-layer reader builds from pdfjs items — so lines, tables
 * (from the image's rulings), paragraphs and furniture come out of the same code.
 *
 * Safe fixes inside numbers and units (O→0, l→1 inside digit runs, 万兀→万元, a decimal comma
 * before a non-3-digit group) are applied here and listed, so a reviewer sees each.
 *
 * Settings (env): BUDGETLENS_OCR=off disables OCR; BUDGETLENS_OCR_TIMEOUT seconds per page
 * (default 60); BUDGETLENS_OCR_DPI (default 150); BUDGETLENS_OCR_PSM (default 6);
 * BUDGETLENS_OCR_CONCURRENCY pages of a document at a time (default and most: the core count).
 *
 * Progress: each page OCRed (or given up) is reported to the listener `withOcrProgress` set for the
 * document being read (the core thread passes it on to the queue's progress events). At most
 * `availableParallelism()` Tesseract processes run at once in the process, over all its core
 * threads (a counter in shared memory, `shareOcrSlots`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ParseError } from '../errors.ts';
import { CJK } from '../normalize.ts';
import { DIGIT_LIKE, LETTERS_INSIDE_DIGITS } from '../ocrDigits.ts';
import { countGlyphs } from './glyphs.ts';
import type { HSeg, Rulings, VSeg } from './rulings.ts';
import type { FontInfo, Glyph, RawPage } from './types.ts';

export interface OcrSettings {
  enabled: boolean;
  /** per page, for rasterising and for recognition each */
  timeoutMs: number;
  dpi: number;
  psm: number;
  lang: string;
  /** detect the orientation of a badly read page (BUDGETLENS_OCR_OSD=off to skip) */
  osd: boolean;
  /** the tesseract command (BUDGETLENS_TESSERACT; default: on PATH) */
  tesseract: string;
  /** read runs of numbers again with the English model (digitsPass; BUDGETLENS_OCR_DIGITS=off to skip) */
  digits: boolean;
}

export function ocrSettings(env: NodeJS.ProcessEnv = process.env): OcrSettings {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return {
    enabled: !/^(off|0|false|no)$/i.test(env.BUDGETLENS_OCR ?? ''),
    timeoutMs: 1000 * num(env.BUDGETLENS_OCR_TIMEOUT, 60),
    dpi: num(env.BUDGETLENS_OCR_DPI, 150),
    psm: num(env.BUDGETLENS_OCR_PSM, 6),
    lang: env.BUDGETLENS_OCR_LANG || 'chi_sim',
    osd: !/^(off|0|false|no)$/i.test(env.BUDGETLENS_OCR_OSD ?? ''),
    tesseract: env.BUDGETLENS_TESSERACT || 'tesseract',
    digits: !/^(off|0|false|no)$/i.test(env.BUDGETLENS_OCR_DIGITS ?? ''),
  };
}

const availability = new Map<string, string | null>();

/** Why OCR cannot run here (missing binary or language data), or null when it can. */
export function ocrMissing(lang = 'chi_sim', tesseract = 'tesseract'): string | null {
  const key = `${tesseract}|${lang}`;
  if (!availability.has(key)) availability.set(key, probe(lang, tesseract));
  return availability.get(key) ?? null;
}

function probe(lang: string, tesseract: string): string | null {
  let available: string | null;
  const t = spawnSync(tesseract, ['--list-langs'], { encoding: 'utf8', timeout: 10000 });
  if (t.error || t.status !== 0) available = 'tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)';
  else if (!`${t.stdout}\n${t.stderr}`.split(/\s+/).includes(lang))
    available = `tesseract has no '${lang}' language data (apt-get install tesseract-ocr-chi-sim)`;
  else {
    const p = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8', timeout: 10000 });
    available = p.error ? 'pdftoppm is not installed (apt-get install poppler-utils)' : null;
  }
  return available;
}

const OCR_FONT: FontInfo = { id: 'ocr', name: 'OCR', family: 'OCR', bold: false, unmapped: false };

/** What OCR made of one page. */
interface OcrPage {
  page: number;
  glyphs: Glyph[];
  rulings: Rulings;
  words: number;
  /** mean Tesseract word confidence, 0–100 */
  confidence: number;
  /** words under LOW_CONFIDENCE */
  low: number;
  fixes: string[];
  seconds: number;
  /** degrees the scan was turned clockwise to read it upright (its boxes are in the upright frame) */
  turned: number;
}

const LOW_CONFIDENCE = 60;

class OcrTimeout extends Error {}

/** One page of a document's OCR done (or given up): `done` of `total` pages so far. */
export interface OcrProgress {
  page: number;
  done: number;
  total: number;
  /** the page could not be read (timeout, failure): its text is missing */
  failed?: boolean;
}

const progressListener = new AsyncLocalStorage<(p: OcrProgress) => void>();

/** Runs `body` with `listener` told of each page OCRed while it reads documents. */
export function withOcrProgress<T>(listener: (p: OcrProgress) => void, body: () => Promise<T>): Promise<T> {
  return progressListener.run(listener, body);
}

/** Tesseract processes at once in this process, at most: the core count. */
export const MAX_OCR_PROCESSES = Math.max(1, availableParallelism());

/** The running Tesseract processes, counted in shared memory so that every core thread of the process sees one count. */
let slots = new Int32Array(new SharedArrayBuffer(4));

/** Counts this thread's Tesseract processes in `buffer` (made by `ocrSlotsBuffer`, shared with the other threads). */
export function shareOcrSlots(buffer: SharedArrayBuffer): void {
  slots = new Int32Array(buffer);
}

export function ocrSlotsBuffer(): SharedArrayBuffer {
  return new SharedArrayBuffer(4);
}

/** Runs `f` once fewer than MAX_OCR_PROCESSES Tesseract processes run in the process. */
async function inSlot<T>(f: () => Promise<T>): Promise<T> {
  const mine = slots;
  for (;;) {
    const n = Atomics.load(mine, 0);
    if (n < MAX_OCR_PROCESSES && Atomics.compareExchange(mine, 0, n, n + 1) === n) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  try {
    return await f();
  } finally {
    Atomics.sub(mine, 0, 1);
  }
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      // one thread: pages are the unit of parallelism, and OpenMP threads fight over shared cores
      {
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'buffer',
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      },
      (err, stdout, stderr) => {
        if (err) {
          if ((err as { killed?: boolean }).killed || (err as { signal?: string }).signal === 'SIGKILL') {
            reject(new OcrTimeout(`${cmd} did not finish within ${timeoutMs / 1000} s`));
          } else reject(new Error(`${cmd} failed: ${String(stderr).trim().split('\n').at(-1) || err.message}`));
          return;
        }
        resolve(stdout as Buffer);
      },
    );
  });
}

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A binary PGM (P5, maxval 255) → pixels. */
export function readPgm(buf: Uint8Array): Gray {
  let pos = 0;
  const token = (): string => {
    for (;;) {
      while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos]))) pos++;
      if (buf[pos] === 0x23) while (pos < buf.length && buf[pos] !== 0x0a) pos++;
      else break;
    }
    let s = '';
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    return s;
  };
  if (token() !== 'P5') throw new Error('not a binary PGM');
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  pos++;
  if (max > 255) throw new Error('16-bit PGM not supported');
  return { width, height, data: buf.subarray(pos, pos + width * height) };
}

export function writePgm(img: Gray): Buffer {
  const head = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([head, Buffer.from(img.data)]);
}

/** The image turned clockwise by `deg` (0, 90, 180 or 270). */
export function rotate(img: Gray, deg: number): Gray {
  const { width: w, height: h, data } = img;
  const d = ((deg % 360) + 360) % 360;
  if (d === 0) return img;
  const out = new Uint8Array(w * h);
  const W = d === 180 ? w : h;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x];
      if (d === 90) out[x * W + (h - 1 - y)] = v;
      else if (d === 180) out[(h - 1 - y) * W + (w - 1 - x)] = v;
      else out[(w - 1 - x) * W + y] = v;
    }
  }
  return { width: W, height: d === 180 ? h : w, data: out };
}

interface PixelRule {
  /** horizontal: row band [a, b], columns [from, to]; vertical: column band [a, b], rows [from, to] */
  a: number;
  b: number;
  from: number;
  to: number;
}

const DARK = 140;

/**
 * Long, thin dark runs: table borders. `minLen` in pixels; runs on neighbouring rows (columns) that
 * overlap are one rule; a band thicker than `maxThick` is a filled area, not a line.
 */
function findRules(img: Gray, horizontal: boolean, minLen: number, maxThick: number): PixelRule[] {
  const { width, height, data } = img;
  const outer = horizontal ? height : width;
  const inner = horizontal ? width : height;
  const at = (o: number, i: number) => (horizontal ? data[o * width + i] : data[i * width + o]);
  const open: PixelRule[] = [];
  const done: PixelRule[] = [];
  for (let o = 0; o < outer; o++) {
    const runs: [number, number][] = [];
    let start = -1;
    let gap = 0;
    for (let i = 0; i <= inner; i++) {
      const dark = i < inner && at(o, i) < DARK;
      if (dark) {
        if (start < 0) start = i;
        gap = 0;
      } else if (start >= 0) {
        // a pixel or two of lighter ink inside a scanned line does not break it
        if (i < inner && ++gap <= 2) continue;
        const end = i - gap;
        if (end - start + 1 >= minLen) runs.push([start, end]);
        start = -1;
        gap = 0;
      }
    }
    for (const [s, e] of runs) {
      const r = open.find((x) => x.b === o - 1 && Math.min(x.to, e) - Math.max(x.from, s) >= 0.8 * Math.min(x.to - x.from, e - s));
      if (r) {
        r.b = o;
        r.from = Math.min(r.from, s);
        r.to = Math.max(r.to, e);
      } else open.push({ a: o, b: o, from: s, to: e });
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k].b < o) done.push(...open.splice(k, 1));
    }
  }
  done.push(...open);
  return done.filter((r) => r.b - r.a + 1 <= maxThick);
}

/** Ruling lines in the image, in PDF user space, and the image with them painted white. */
export function imageRulings(
  img: Gray,
  toPdf: { sx: number; sy: number; x0: number; yTop: number },
  dpi: number,
): { rulings: Rulings; cleaned: Gray } {
  const px = dpi / 72;
  const hs = findRules(img, true, Math.round(40 * px), Math.max(3, Math.round(2.5 * px)));
  const vs = findRules(img, false, Math.round(18 * px), Math.max(3, Math.round(2.5 * px)));
  const data = new Uint8Array(img.data);
  const clean = (x0: number, x1: number, y0: number, y1: number) => {
    for (let y = Math.max(0, y0); y <= Math.min(img.height - 1, y1); y++)
      data.fill(255, y * img.width + Math.max(0, x0), y * img.width + Math.min(img.width - 1, x1) + 1);
  };
  for (const r of hs) clean(r.from, r.to, r.a - 1, r.b + 1);
  for (const r of vs) {
    for (let y = r.from; y <= r.to; y++)
      for (let x = r.a - 1; x <= r.b + 1; x++) if (x >= 0 && x < img.width) data[y * img.width + x] = 255;
  }
  const X = (x: number) => toPdf.x0 + x * toPdf.sx;
  const Y = (y: number) => toPdf.yTop - y * toPdf.sy;
  const h: HSeg[] = hs.map((r) => ({ y: Y((r.a + r.b) / 2), x0: X(r.from), x1: X(r.to) }));
  const v: VSeg[] = vs.map((r) => ({ x: X((r.a + r.b) / 2), y0: Y(r.to), y1: Y(r.from) }));
  return { rulings: { h, v }, cleaned: { width: img.width, height: img.height, data } };
}

export interface TsvWord {
  text: string;
  conf: number;
  left: number;
  top: number;
  width: number;
  height: number;
  line: string;
}

function parseTsv(tsv: string): TsvWord[] {
  const out: TsvWord[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    out.push({ text, conf: Number(f[10]), left: +f[6], top: +f[7], width: +f[8], height: +f[9], line: `${f[2]}.${f[3]}.${f[4]}` });
  }
  return out;
}

/** Marks a character a fix removed (fixes keep the text's length, so each glyph keeps its box). */
export const DROP = '\u0000';

/**
 * Safe fixes of OCR confusions inside numbers and units, on the text of one line. Returns the fixed
 * text and a description of each fix. Only inside digit runs (a letter with digits on both sides,
 * or a letter between a digit and the decimal point): words are never touched.
 */
export function fixNumbers(text: string): { text: string; fixes: string[] } {
  const fixes: string[] = [];
  let s = text;
  // letters inside digit runs: 7l43 → 7143, 2O23 → 2023, 6O.5 → 60.5
  s = s.replace(LETTERS_INSIDE_DIGITS, (m, off: number) => {
    const to = Array.from(m)
      .map((c) => DIGIT_LIKE[c] ?? c)
      .join('');
    fixes.push(`'${context(s, off, m.length)}': ${m} → ${to} inside a number`);
    return to;
  });
  // a letter O/l closing a number before a unit: 60O万元 → 600万元
  s = s.replace(/(?<=[0-9])[Ool](?=(?:万元|元|亿元|%))/g, (m, off: number) => {
    const to = DIGIT_LIKE[m];
    fixes.push(`'${context(s, off, 1)}': ${m} → ${to} inside a number`);
    return to;
  });
  // units
  s = s.replace(/(?<=[0-9]\s?)(万兀|万无|万亢|万冗|力元|方元)/g, (m, off: number) => {
    fixes.push(`'${context(s, off, m.length)}': ${m} → 万元`);
    return '万元';
  });
  s = s.replace(/(?<=[0-9]\s?)(亿兀|亿无)/g, (m, off: number) => {
    fixes.push(`'${context(s, off, m.length)}': ${m} → 亿元`);
    return '亿元';
  });
  // a percent sign read as "96" after a rate wording: 完成预算的9396。 → 93%。 (only where what is left is
  // a rate of at most 100 and no unit follows: an amount always has its unit)
  s = s.replace(
    /(?<=(?:预算的|率为|率|达到|达)\s?)([0-9]{1,3}(?:\.[0-9]{1,2})?)96(?=\s?(?:[。，,；;）)]|$))/g,
    (m, rate: string, off: number) => {
      if (Number(rate) > 100) return m;
      fixes.push(`'${context(s, off, m.length)}': ${m} → ${rate}% (a percent sign read as 96)`);
      return `${rate}%${DROP.repeat(m.length - rate.length - 1)}`;
    },
  );
  // a decimal point read as a comma: 7143,45万元 (a thousands group has exactly 3 digits)
  s = s.replace(
    /(?<![0-9,])([0-9]+),([0-9]{1,2}|[0-9]{4,})(?![0-9,])(?=\s?(?:万元|元|亿元|%))/g,
    (m, a: string, b: string, off: number) => {
      fixes.push(`'${context(s, off, m.length)}': ${m} → ${a}.${b} (a comma before ${b.length} digits is a decimal point)`);
      return `${a}.${b}`;
    },
  );
  return { text: s, fixes };
}

function context(s: string, off: number, len: number): string {
  return s.slice(Math.max(0, off - 6), off + len + 6);
}

/** Relative advance of a character, to share a word's box among its characters. */
function advance(ch: string): number {
  if (/\s/.test(ch)) return 0.28;
  if (CJK.test(ch) || /[\u3000-\u303F\uFF00-\uFF60\u2018-\u201D]/u.test(ch)) return 1;
  if (/[il.,:;'|!]/.test(ch)) return 0.3;
  return 0.55;
}

/**
 * Tesseract words → glyphs in PDF user space. Words of one Tesseract line share a baseline (the
 * line's bottom) and a size (the line's height, snapped to the page's usual line height when close),
 * so the line builder groups them as the text-layer reader's glyphs are grouped.
 */
export function wordsToGlyphs(
  words: TsvWord[],
  toPdf: { sx: number; sy: number; x0: number; yTop: number },
  /** vertical ruling lines found in the image (PDF space): a table's cell borders */
  cellBorders: VSeg[] = [],
  /** whether the image shows a space before a word that follows Chinese (imageSpaces) */
  spaceBefore: Map<TsvWord, boolean> = new Map(),
): { glyphs: Glyph[]; fixes: string[] } {
  const byLine = new Map<string, TsvWord[]>();
  for (const w of words) {
    const l = byLine.get(w.line);
    if (l) l.push(w);
    else byLine.set(w.line, [w]);
  }
  // a line's size: the height of its CJK/digit words; a word with brackets or parentheses is about
  // 1.6 times as tall as the CJK ink (measured: 37 px against 23 px at 150 dpi)
  const inkHeight = (w: TsvWord) => (/[()（）[\]【】《》{}|]/u.test(w.text) ? w.height / 1.6 : w.height);
  // Tesseract's box for one CJK character of one font is 23 or 38 px tall by whim: the lower quartile
  const heights = [...byLine.values()].map(
    (ws) => quantile(ws.filter((w) => /[\p{Script=Han}0-9]/u.test(w.text)).map(inkHeight), 0.25) || median(ws.map(inkHeight)),
  );
  const usual = median(heights);
  const glyphs: Glyph[] = [];
  const fixes: string[] = [];
  let li = 0;
  let wordNo = 0;
  for (const ws of byLine.values()) {
    const hPx = heights[li++];
    // the same type size reads taller or shorter by content: from 0.7 to 1.5 times it is the usual size
    // (a wrongly big size makes a heading of a table line; a heading missed is the lesser harm)
    const sizePx = usual && hPx >= 0.7 * usual && hPx <= 1.5 * usual ? usual : hPx;
    const size = Math.max(1, sizePx * toPdf.sy);
    const bottom = Math.max(...ws.map((w) => w.top + w.height));
    const y = toPdf.yTop - bottom * toPdf.sy + 0.12 * size;
    // Tesseract's word order is its reading order; its boxes for Chinese words may overlap, so each
    // word starts where the one before it ended at the earliest: the line builder sorts glyphs by x
    const line: Glyph[] = [];
    let end = -Infinity;
    ws.forEach((w, k) => {
      const chars = Array.from(w.text);
      // Chinese and a number next to each other as separate words: the report set a space between
      // them (as its text layer has: "总额 5.28"), which Tesseract's touching boxes do not show
      const prev = ws[k - 1];
      // a cell border drawn between two words: they are two cells, whatever the gap (the border was
      // painted out before recognition, and cells of a table flattened into text are told by a space)
      const leftPdf = toPdf.x0 + w.left * toPdf.sx;
      const midY = toPdf.yTop - (w.top + w.height / 2) * toPdf.sy;
      const bordered =
        prev !== undefined &&
        cellBorders.some(
          (v) => v.x >= toPdf.x0 + (prev.left + prev.width) * toPdf.sx - 1 && v.x <= leftPdf + 1 && v.y0 <= midY && v.y1 >= midY,
        );
      const cjk = prev !== undefined && CJK_END.test(prev.text) && CJK_START.test(w.text);
      // (full-width punctuation carries its own blank: only between Chinese characters is a blank a space)
      const spaced = cjk && HAN_END.test(prev.text) && HAN_START.test(w.text) && spaceBefore.get(w) === true;
      if (
        prev &&
        (bordered ||
          spaced ||
          (CJK_SPACE && ((HAN_END.test(prev.text) && NUM_START.test(w.text)) || (NUM_END.test(prev.text) && HAN_START.test(w.text)))))
      ) {
        const at = Math.max(end, toPdf.x0 + w.left * toPdf.sx);
        line.push({ ch: ' ', x0: at, x1: at, y, size, font: OCR_FONT, line: 0 });
      }
      const weights = chars.map(advance);
      const total = weights.reduce((t, x) => t + x, 0) || 1;
      // a box reaching over the next word's ("打开" 173 px wide, over "适老化模式") ends where that starts
      const next = ws[k + 1];
      const rightPx = next && next.left > w.left ? Math.min(w.left + w.width, next.left) : w.left + w.width;
      const right = toPdf.x0 + rightPx * toPdf.sx;
      // closing punctuation starting a word, or opening punctuation ending the one before, touches its
      // neighbour: Tesseract's boxes leave a gap there ("其中 :当年", "24 日 ,") that the print has not;
      // so does a Chinese word that follows Chinese closer than CJK_GAP_EM: Tesseract cuts Chinese text
      // into words anywhere and its ink boxes leave the characters' side bearings between them, where
      // the print set no space (a space there would split a table's header cell "年初预算数" in two)
      const gap = toPdf.x0 + w.left * toPdf.sx - end;
      const cjkPair = cjk && !spaced && (spaceBefore.has(w) || gap < CJK_GAP_EM * size);
      const touch = prev && !bordered && !spaced && (CLOSES.test(w.text) || OPENS.test(prev.text) || cjkPair);
      let x = touch && Number.isFinite(end) ? end : Math.max(toPdf.x0 + w.left * toPdf.sx, end);
      const width = Math.max(right - x, 0.3 * size * chars.length);
      end = x + width;
      const ocr = { word: ++wordNo, conf: w.conf };
      for (let i = 0; i < chars.length; i++) {
        const gw = (width * weights[i]) / total;
        line.push({ ch: chars[i], x0: x, x1: x + gw, y, size, font: OCR_FONT, line: 0, ocr });
        x += gw;
      }
    });
    // fixes see the whole line (a number split into two words keeps its context); every fix
    // replaces characters one for one, so each glyph keeps its box
    const fixed = fixNumbers(line.map((g) => g.ch).join(''));
    const chars = Array.from(fixed.text);
    if (fixed.fixes.length && chars.length === line.length) {
      fixes.push(...fixed.fixes);
      line.forEach((g, i) => (g.ch = chars[i]));
    }
    // a dropped character's box goes to the character before it
    for (let i = line.length - 1; i > 0; i--) if (line[i].ch === DROP) line[i - 1].x1 = Math.max(line[i - 1].x1, line[i].x1);
    glyphs.push(...line.filter((g) => g.ch !== DROP));
  }
  return { glyphs, fixes };
}

/**
 * Where the print set a space between two words of Chinese, read from the image: Tesseract cuts
 * Chinese into words anywhere, and its boxes are too loose to tell a space, but the blank columns of
 * the line are exact. Between the characters of a word the blank is a few pixels (more in a justified
 * line); a space adds about a quarter of an em. For each word after another, the widest blank near
 * their meeting point says whether a space stands there: at least a third of the line's height, and
 * a fifth of it more than the line's usual blank between characters.
 */
export function imageSpaces(img: Gray, words: TsvWord[]): Map<TsvWord, boolean> {
  const out = new Map<TsvWord, boolean>();
  const byLine = new Map<string, TsvWord[]>();
  for (const w of words) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  for (const ws of byLine.values()) {
    if (ws.length < 2) continue;
    const top = median(ws.map((w) => w.top));
    const bottom = median(ws.map((w) => w.top + w.height));
    const em = bottom - top;
    if (em < 4) continue;
    const x0 = Math.max(0, Math.min(...ws.map((w) => w.left)));
    const x1 = Math.min(img.width, Math.max(...ws.map((w) => w.left + w.width)));
    // blank runs of columns across the line's band
    const runs: [number, number][] = [];
    let start = -1;
    for (let x = x0; x <= x1; x++) {
      let ink = false;
      if (x < x1) for (let y = Math.max(0, top); y < Math.min(img.height, bottom) && !ink; y++) ink = img.data[y * img.width + x] < DARK;
      if (!ink && x < x1) {
        if (start < 0) start = x;
      } else if (start >= 0) {
        runs.push([start, x]);
        start = -1;
      }
    }
    const usual = median(runs.map(([a, b]) => b - a).filter((n) => n < em));
    const threshold = Math.max(em / 3, usual + em / 5);
    for (let k = 1; k < ws.length; k++) {
      const prevRight = ws[k - 1].left + ws[k - 1].width;
      // where boxes overlap, the box before overshoots: the word's own left edge is the better guess
      const overlap = ws[k].left < prevRight;
      const from = overlap ? ws[k].left - 0.35 * em : prevRight - 0.1 * em;
      const to = ws[k].left + 0.1 * em;
      const widest = Math.max(0, ...runs.filter(([a, b]) => b > from && a < to).map(([a, b]) => b - a));
      out.set(ws[k], widest >= threshold);
    }
  }
  return out;
}

const CJK_SPACE = !/^(off|0|false|no)$/i.test(process.env.BUDGETLENS_OCR_CJK_SPACE ?? '');
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const NUM_START = /^[0-9]/;
const NUM_END = /[0-9%]$/;
const CJK_GAP_EM = 0.8;
const CJK_END = /[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]/u;
const CLOSES = /^[,，:：;；、。)）\]】》」』”’!！?？%％]/u;
const OPENS = /[(（[【《「『“‘]$/u;

function quantile(xs: number[], q: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))];
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

interface PageViewBox {
  page: number;
  /** the page's view box in PDF user space */
  x0: number;
  y0: number;
  width: number;
  height: number;
}

/**
 * OCR one page of the PDF at `pdfPath`. Rasterising and recognition are each bounded by the
 * per-page time limit (the child process is killed past it: OcrTimeout).
 */
async function ocrPage(pdfPath: string, box: PageViewBox, settings: OcrSettings, workDir: string): Promise<OcrPage> {
  const t0 = performance.now();
  const pgm = await run(
    'pdftoppm',
    ['-f', String(box.page), '-l', String(box.page), '-r', String(settings.dpi), '-gray', pdfPath],
    settings.timeoutMs,
  );
  const img = readPgm(pgm);
  let read = await recognise(img, box, settings, workDir);
  let turned = 0;
  // a page read badly may be a scan turned sideways or upside down: ask Tesseract's orientation
  // detection, and read it again upright if it says so
  if (settings.osd && (read.words < 5 || read.confidence < LOW_PAGE_CONFIDENCE)) {
    const deg = await orientation(img, box.page, settings, workDir).catch(() => 0);
    if (deg) {
      const upright: PageViewBox = deg === 180 ? box : { ...box, width: box.height, height: box.width };
      const again = await recognise(rotate(img, deg), upright, settings, workDir);
      if (again.confidence > read.confidence) {
        read = again;
        turned = deg;
      }
    }
  }
  return {
    page: box.page,
    ...read,
    turned,
    fixes: read.fixes.map((f) => `page ${box.page}: OCR fix ${f}`),
    seconds: Math.round((performance.now() - t0) / 100) / 10,
  };
}

async function recognise(img: Gray, box: PageViewBox, settings: OcrSettings, workDir: string) {
  const toPdf = { sx: box.width / img.width, sy: box.height / img.height, x0: box.x0, yTop: box.y0 + box.height };
  const { rulings, cleaned } = imageRulings(img, toPdf, settings.dpi);
  const imgPath = join(workDir, `page-${box.page}.pgm`);
  await writeFile(imgPath, writePgm(cleaned));
  try {
    const tsv = await inSlot(() =>
      run(
        settings.tesseract,
        [imgPath, '-', '-l', settings.lang, '--psm', String(settings.psm), '--dpi', String(settings.dpi), 'tsv'],
        settings.timeoutMs,
      ),
    );
    const words = parseTsv(tsv.toString('utf8')).filter((w) => w.conf >= 0);
    const digitFixes = settings.digits ? await digitsPass(cleaned, words, settings, join(workDir, `digits-${box.page}.pgm`)) : [];
    const { glyphs, fixes } = wordsToGlyphs(words, toPdf, rulings.v, imageSpaces(cleaned, words));
    fixes.unshift(...digitFixes);
    const confidence = words.length ? words.reduce((t, w) => t + w.conf, 0) / words.length : 0;
    return {
      glyphs,
      rulings,
      words: words.length,
      confidence: Math.round(confidence * 10) / 10,
      low: words.filter((w) => w.conf < LOW_CONFIDENCE).length,
      fixes,
    };
  } finally {
    await rm(imgPath, { force: true });
  }
}

/** The digits pass replaces only numbers the Chinese model read under this confidence. */
const DIGITS_PASS_BELOW = 75;

/** A word the digits pass reads again: digits with their separators, perhaps behind a colon or a bracket. */
const NUMERIC_WORD = /^([^0-9]{0,2}?)([0-9OolI][0-9OolI.,%\-]*[0-9%])([^0-9]{0,2})$/u;

/**
 * The digits pass. The Chinese model reads digits well in prose but misreads them in runs of numbers
 * (a table flattened into text: "1050%5" read "1050%65"); the English model, restricted to digits and
 * their signs, reads those runs as printed. Every word of numbers (at least two digits) is cut out of
 * the page, the cut-outs are stacked into one image and read once with `eng`; where the reading
 * differs by a few characters in a run of at least 8, where the Chinese model was unsure (under DIGITS_PASS_BELOW) and the
 * English reading is surer by 10, it replaces the number (the word's confidence becomes the English
 * reading's), and the change is listed like the other fixes.
 */
async function digitsPass(img: Gray, words: TsvWord[], settings: OcrSettings, imgPath: string): Promise<string[]> {
  const picked = words.flatMap((w) => {
    const m = NUMERIC_WORD.exec(w.text);
    return m && (m[2].match(/[0-9]/g)?.length ?? 0) >= 2 ? [{ w, prefix: m[1], core: m[2], suffix: m[3] }] : [];
  });
  if (!picked.length || ocrMissing('eng', settings.tesseract)) return [];
  const pad = 4;
  const gap = 12;
  const width = Math.max(...picked.map((p) => p.w.width)) + 2 * pad + 2 * gap;
  const slots = picked.map((p) => p.w.height + 2 * pad + gap);
  const height = slots.reduce((a, b) => a + b, gap);
  const data = new Uint8Array(width * height).fill(255);
  const tops: number[] = [];
  let y = gap;
  for (const p of picked) {
    tops.push(y);
    for (let r = 0; r < p.w.height + 2 * pad; r++) {
      const sy = p.w.top - pad + r;
      if (sy < 0 || sy >= img.height) continue;
      for (let c = 0; c < p.w.width + 2 * pad; c++) {
        const sx = p.w.left - pad + c;
        if (sx >= 0 && sx < img.width) data[(y + r) * width + gap + c] = img.data[sy * img.width + sx];
      }
    }
    y += p.w.height + 2 * pad + gap;
  }
  await writeFile(imgPath, writePgm({ width, height, data }));
  let read: TsvWord[];
  try {
    const args = [
      imgPath,
      '-',
      '-l',
      'eng',
      '--psm',
      '6',
      '--dpi',
      String(settings.dpi),
      '-c',
      'tessedit_char_whitelist=0123456789.,%-',
      'tsv',
    ];
    read = parseTsv((await inSlot(() => run(settings.tesseract, args, settings.timeoutMs))).toString('utf8')).filter((w) => w.conf >= 0);
  } catch {
    return []; // the pass is an improvement: without it the Chinese reading stands
  } finally {
    await rm(imgPath, { force: true });
  }
  const fixes: string[] = [];
  picked.forEach((p, i) => {
    const mine = read.filter((r) => {
      const mid = r.top + r.height / 2;
      return mid >= tops[i] && mid < tops[i] + p.w.height + 2 * pad;
    });
    if (!mine.length) return;
    // the number only: separators around it are the word's own prefix and suffix ("1687." is 1687 and ".")
    const text = /[0-9](?:[0-9.,%-]*[0-9%])?/.exec(mine.map((r) => r.text).join(''))?.[0] ?? '';
    const conf = Math.min(...mine.map((r) => r.conf));
    const core = p.core.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
    // only a number the Chinese model was unsure of: where it was sure, the English model is the one
    // more often wrong (the seed's 6708, read 5708 at confidence 93 → 95)
    if (p.w.conf >= DIGITS_PASS_BELOW || text === p.core || !/[0-9]/.test(text) || conf < p.w.conf + 10) return;
    // runs of numbers only (a table flattened into text): in a short number a digit the English model
    // drops or adds is the very error to avoid (the seed's "93%" at confidence 0 read "3%")
    if (core.length < 8 || editDistance(text, core) > Math.floor(core.length / 5)) return;
    fixes.push(`'${p.w.text}': ${p.core} → ${text} (digits read again, confidence ${Math.round(p.w.conf)} → ${Math.round(conf)})`);
    p.w.text = `${p.prefix}${text}${p.suffix}`;
    p.w.conf = conf;
  });
  return fixes;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Tesseract's orientation detection (psm 0): how far to turn the image clockwise, 0 when unsure. */
async function orientation(img: Gray, page: number, settings: OcrSettings, workDir: string): Promise<number> {
  const imgPath = join(workDir, `osd-${page}.pgm`);
  await writeFile(imgPath, writePgm(img));
  try {
    const out = (
      await inSlot(() => run(settings.tesseract, [imgPath, '-', '--psm', '0', '--dpi', String(settings.dpi)], settings.timeoutMs))
    ).toString('utf8');
    const deg = Number(/Rotate:\s*(\d+)/.exec(out)?.[1] ?? 0);
    const conf = Number(/Orientation confidence:\s*([0-9.]+)/.exec(out)?.[1] ?? 0);
    return conf >= 2 && [90, 180, 270].includes(deg) ? deg : 0;
  } finally {
    await rm(imgPath, { force: true });
  }
}

/** A temporary copy of the PDF for the command-line tools, removed by `done`. */
async function withPdfFile<T>(bytes: Uint8Array, f: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'budgetlens-ocr-'));
  try {
    const path = join(dir, 'in.pdf');
    await writeFile(path, bytes);
    return await f(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ScannedResult {
  pages: OcrPage[];
  warnings: string[];
}

/** Pages of one document OCRed at once: BUDGETLENS_OCR_CONCURRENCY, at most (and by default) the core count. */
export function ocrConcurrency(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Math.floor(Number(env.BUDGETLENS_OCR_CONCURRENCY));
  return Math.min(MAX_OCR_PROCESSES, asked >= 1 ? asked : MAX_OCR_PROCESSES);
}

/**
 * OCR the given pages (those without a text layer), `ocrConcurrency()` at a time, each reported to
 * the progress listener as it ends. A page that fails or times out is left out with a warning; the
 * others go on. Throws OcrUnavailable when the tools are missing.
 */
async function ocrScannedPages(bytes: Uint8Array, boxes: PageViewBox[], settings: OcrSettings = ocrSettings()): Promise<ScannedResult> {
  const missing = ocrMissing(settings.lang, settings.tesseract);
  if (missing) throw new OcrUnavailable(missing);
  const concurrency = ocrConcurrency();
  const listener = progressListener.getStore();
  let done = 0;
  const report = (page: number, failed: boolean) => {
    done++;
    try {
      listener?.({ page, done, total: boxes.length, ...(failed ? { failed } : {}) });
    } catch {
      // a progress display must not stop the reading
    }
  };
  return withPdfFile(bytes, async (path, dir) => {
    const pages: OcrPage[] = [];
    const warnings: string[] = [];
    const queue = [...boxes];
    const worker = async () => {
      for (let box = queue.shift(); box; box = queue.shift()) {
        try {
          pages.push(await ocrPage(path, box, settings, dir));
          report(box.page, false);
        } catch (e) {
          const why = e instanceof OcrTimeout ? `OCR stopped: ${e.message}` : `OCR failed (${(e as Error).message})`;
          warnings.push(`page ${box.page}: no text layer and ${why}: its text is missing`);
          report(box.page, true);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, boxes.length) }, worker));
    pages.sort((a, b) => a.page - b.page);
    if (pages.length) {
      const words = pages.reduce((t, p) => t + p.words, 0);
      const mean = words ? pages.reduce((t, p) => t + p.confidence * p.words, 0) / words : 0;
      warnings.push(
        `OCR (tesseract ${settings.lang}, psm ${settings.psm}, ${settings.dpi} dpi) read page${pages.length === 1 ? '' : 's'} ${pages.map((p) => p.page).join(', ')} ` +
          `(no text layer): mean word confidence ${mean.toFixed(1)}; per page ${pages.map((p) => `${p.page}: ${p.confidence}`).join(', ')}`,
      );
      for (const p of pages) {
        if (p.words && p.confidence < LOW_PAGE_CONFIDENCE)
          warnings.push(
            `page ${p.page}: OCR confidence ${p.confidence} is low (${p.low} of ${p.words} words under ${LOW_CONFIDENCE}): check the figures read there`,
          );
      }
      for (const p of pages) {
        if (p.turned)
          warnings.push(
            `page ${p.page}: the scan is turned; it was read after turning it ${p.turned}° clockwise (its boxes are in the upright page's frame)`,
          );
      }
      for (const p of pages) warnings.push(...p.fixes);
    }
    return { pages, warnings };
  });
}

/** Below this mean word confidence a page's OCR is flagged for review. */
const LOW_PAGE_CONFIDENCE = 75;

class OcrUnavailable extends Error {}

/**
 * Pages with (almost) no text layer are scans: OCR them  and put the words,
 * as glyphs, and the image's ruling lines where the text layer's would be. With OCR switched off
 * (BUDGETLENS_OCR=off) nothing changes; with OCR missing, a PDF of nothing but scans fails clearly.
 */
export async function ocrBlankPages(raw: RawPage[], bytes: Uint8Array, file: string, n: number, minChars: number) {
  const pages = new Map<number, { engine: string; confidence: number; words: number; seconds: number }>();
  const blank = raw.filter((p) => p.count.chars < minChars);
  const settings = ocrSettings();
  if (!blank.length || !settings.enabled) return { pages, warnings: [] as string[] };
  try {
    const res = await ocrScannedPages(
      bytes,
      blank.map((p) => ({ page: p.page, x0: p.x0, y0: p.y0, width: p.width, height: p.height })),
      settings,
    );
    for (const o of res.pages) {
      const p = blank.find((b) => b.page === o.page);
      if (!p) continue; // never: OCR answers only the pages it was given
      p.glyphs = o.glyphs;
      p.rulings = o.rulings;
      p.count = countGlyphs(o.glyphs);
      // a scan turned sideways was read upright: the page's frame is the upright one
      if (o.turned === 90 || o.turned === 270) [p.width, p.height] = [p.height, p.width];
      pages.set(o.page, { engine: `tesseract ${settings.lang}`, confidence: o.confidence, words: o.words, seconds: o.seconds });
    }
    if (blank.length === raw.length && !res.pages.some((o) => o.words > 0)) {
      throw new ParseError(
        file,
        'no-text',
        `scanned: no text layer, and OCR read no text (${res.warnings.join('; ') || 'no words recognised'})`,
      );
    }
    return { pages, warnings: res.warnings };
  } catch (e) {
    if (!(e instanceof OcrUnavailable)) throw e;
    if (blank.length === raw.length) {
      const where = n === 1 ? 'its only page' : `any of its ${n} pages`;
      throw new ParseError(file, 'no-text', `scanned: no text layer on ${where}, and OCR is not installed (${e.message})`);
    }
    return {
      pages,
      warnings: [`pages ${blank.map((p) => p.page).join(', ')} have no text layer, and OCR is not installed (${e.message})`],
    };
  }
}
