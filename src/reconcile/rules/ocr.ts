/**
 * ocr.lowConfidence: a figure whose digits OCR read with low confidence. Not an inconsistency of the
 * report but a reading a reviewer should check against the scan: info severity, with the page and the
 * box of the digits (the evidence's `ocr`, set when the figure was read from a scanned page).
 */
import { KEYS, labelOf } from '../../model/keys.ts';
import type { Discrepancy, Mention, Record } from '../../model/record.ts';

/**
 * A figure read from OCRed words under this confidence (Tesseract's 0–100) is flagged. Measured on
 * the seed's 150 dpi scan, every figure's digits are at 80 or above; on the same page rendered at
 * 50 dpi with noise, misread digits come under it.
 */
export const OCR_FIGURE_CONFIDENCE = 70;

/** One info discrepancy per figure with a statement whose digits OCR was unsure of (corrected figures are not). */
export function ocrLowConfidence(r: Record): Discrepancy[] {
  const out: Discrepancy[] = [];
  for (const [key, f] of Object.entries(r.figures)) {
    if (!f || f.review?.status === 'corrected') continue;
    const statements: Mention[] = [f, ...(f.mentions ?? []).filter((m) => !m.candidate && m.evidence !== f.evidence)];
    const low = statements.flatMap((m) =>
      m.evidence.ocr && m.evidence.ocr.confidence < OCR_FIGURE_CONFIDENCE ? [{ m, ocr: m.evidence.ocr }] : [],
    );
    const unique = [...new Map(low.map((x) => [`${x.m.evidence.blockId}|${x.m.evidence.start}|${x.m.value}`, x])).values()];
    if (!unique.length) continue;
    const lowest = unique.reduce((a, b) => (b.ocr.confidence < a.ocr.confidence ? b : a));
    const worst = lowest.m;
    const ocr = lowest.ocr;
    const page = worst.evidence.page;
    const label = labelOf(key);
    const labelEn = KEYS[key]?.en ?? key;
    const box = ocr.bbox.map((v) => v.toFixed(1)).join(', ');
    const where = page ? `第${page}页` : '';
    const whereEn = page ? `page ${page}` : 'the scan';
    out.push({
      rule: 'ocr.lowConfidence',
      key,
      page,
      bbox: ocr.bbox,
      confidence: ocr.confidence,
      severity: 'info',
      message: {
        zh: `${label} ${worst.value}${worst.unit} 由扫描件文字识别读出，识别置信度 ${ocr.confidence}，低于 ${OCR_FIGURE_CONFIDENCE}，请对照扫描件核对（${where}，位置 ${box}）`,
        en: `${labelEn} ${worst.value} ${worst.unit} was read by OCR with confidence ${ocr.confidence}, under ${OCR_FIGURE_CONFIDENCE}: check it against the scan (${whereEn}, box ${box})`,
      },
      expected: String(OCR_FIGURE_CONFIDENCE),
      actual: String(ocr.confidence),
      difference: String(Math.round((OCR_FIGURE_CONFIDENCE - ocr.confidence) * 100) / 100),
      unit: '',
      arithmetic: `OCR ${ocr.confidence} < ${OCR_FIGURE_CONFIDENCE}`,
      tolerance: '0',
      figures: unique.map(({ m }) => ({ key, label, value: m.value, unit: m.unit, evidence: m.evidence })),
    });
  }
  return out;
}
