/**
 * A varied benchmark corpus generated from the seed report (fixtures/seed, the same report as
 * ../shared/fixtures-src): other departments and districts, money scaled per report (rates and
 * counts left as stated, so the report still adds up to within rounding), and lengths from the
 * seed's first sections alone (a short report, about 3 pages) to the whole seed followed by its
 * figure paragraphs repeated (about 60 pages), plus the seed as .docx and .pdf. Each report's
 * bytes differ, so none is a duplicate of another.
 */
import { readFileSync } from 'node:fs';

const SEED_DIR = new URL('../fixtures/seed/', import.meta.url);
const SEED_DEPARTMENT = '广州市荔湾区人民政府桥中街道办事处';
const DISTRICTS = ['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'];
const UNITS = [
  '桥中街道办事处',
  '沙面街道办事处',
  '财政局',
  '教育局',
  '卫生健康局',
  '民政局',
  '住房和城乡建设局',
  '交通运输局',
  '司法局',
  '文化广电旅游体育局',
  '城市管理和综合执法局',
  '人力资源和社会保障局',
  '农业农村局',
];

export interface BenchFile {
  name: string;
  bytes: Uint8Array;
  /** Approximate A4 pages (Markdown: by characters; PDF: its pages). */
  pages: number;
}

const seedText = () => readFileSync(new URL('qiaozhong-2023.md', SEED_DIR), 'utf8');

/** Report `i` of a series: department, money and length vary with i. */
export function markdownReport(i: number, { short = false }: { short?: boolean } = {}): BenchFile {
  const seed = seedText();
  const department = `广州市${DISTRICTS[i % DISTRICTS.length]}${UNITS[Math.floor(i / DISTRICTS.length) % UNITS.length]}`;
  const factor = 0.5 + ((i * 37) % 101) / 50; // 0.5 … 2.5
  const scaled = (text: string) =>
    text.replace(
      /(\d+(?:\.\d+)?)(\s*)(万元|元)/g,
      (_, n: string, sp: string, unit: string) => `${(Number(n) * factor).toFixed(2)}${sp}${unit}`,
    );
  let body = scaled(seed.replaceAll(SEED_DEPARTMENT, department));
  if (short) {
    // the title, 基本情况 and 收支情况: a short report of about three pages
    body = body.slice(0, Math.min(body.length, 3600));
  } else {
    const paragraphs = body.split(/\n\s*\n/).filter((p) => /\d/.test(p) && !p.startsWith('|'));
    const repeats = (i * 7) % 10; // 0 … 9 more rounds of figure paragraphs (~5 pages each): ~10 to ~55 pages
    const extra: string[] = [];
    for (let r = 0; r < repeats; r++) for (const p of paragraphs) extra.push(p);
    body = [body, ...extra].join('\n\n');
  }
  body += `\n\n<!-- bench report ${i} -->\n`;
  const bytes = new TextEncoder().encode(body);
  return {
    name: `report-${String(i).padStart(4, '0')}${short ? '-short' : ''}.md`,
    bytes,
    pages: Math.max(1, Math.round(body.length / 1200)),
  };
}

/** A tiny report (a sentence or two): what queue overhead is measured on. */
export function tinyReport(i: number): BenchFile {
  const text = `# 广州市测试局${i}号单位2023年度部门整体支出绩效自评报告\n\n全年预算数${100 + i}.00万元，全年执行数${90 + i}.00万元。\n`;
  return { name: `tiny-${String(i).padStart(4, '0')}.md`, bytes: new TextEncoder().encode(text), pages: 1 };
}

export const seedPdf = () => new Uint8Array(readFileSync(new URL('qiaozhong-2023.pdf', SEED_DIR)));
export const seedDocx = () => new Uint8Array(readFileSync(new URL('qiaozhong-2023.docx', SEED_DIR)));
export const SEED_PDF_PATH = new URL('qiaozhong-2023.pdf', SEED_DIR).pathname;

/**
 * The mixed batch: `n` Markdown reports of varied length, the seed .pdf in the middle and the seed
 * .docx last. The PDF is the batch's longest document (3.2 s warm of the 8.9 s the batch of 6 costs
 * on one core); last, it ran alone on one core while the other had nothing left, which bounded
 * `concurrency 2 / 1` at 1.47 for this batch whatever the runner did.
 */
export function mixedBatch(n: number): BenchFile[] {
  const md = Array.from({ length: n }, (_, i) => markdownReport(i));
  const half = Math.ceil(n / 2);
  return [
    ...md.slice(0, half),
    { name: 'qiaozhong-2023.pdf', bytes: seedPdf(), pages: 11 },
    ...md.slice(half),
    { name: 'qiaozhong-2023.docx', bytes: seedDocx(), pages: 11 },
  ];
}
