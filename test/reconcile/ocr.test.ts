/** ocr.lowConfidence: figures whose digits OCR was unsure of are flagged for a reviewer, with page and box. */
import { describe, expect, it } from 'vitest';
import { discrepancyRows } from '../../src/export/shapes.ts';
import { OCR_FIGURE_CONFIDENCE, ocrLowConfidence } from '../../src/reconcile/rules/ocr.ts';
import { reconcile } from '../../src/reconcile/index.ts';
import { RULE_LABELS } from '../../src/model/review.ts';
import { boxOf } from '../../src/review/index.ts';
import { rec, valid } from './helpers.ts';

function scanned(conf: number, also?: number) {
  const r = rec(
    { 'budget.total': '7143.45 万元', 'expense.basic': '2553.39 万元' },
    { also: also === undefined ? {} : { 'budget.total': ['7143.45 万元 @b9'] } },
  );
  const f = r.figures['budget.total'];
  const ocr = { confidence: conf, bbox: [139.6, 255.4, 175.5, 266.4] as [number, number, number, number] };
  f.evidence = { ...f.evidence, page: 3, ocr };
  f.mentions[0] = { ...f.mentions[0], evidence: f.evidence };
  if (also !== undefined) f.mentions[1].evidence = { ...f.mentions[1].evidence, page: 4, ocr: { ...ocr, confidence: also } };
  r.figures['expense.basic'].evidence.ocr = { confidence: 95, bbox: [1, 2, 3, 4] };
  return r;
}

describe('ocr.lowConfidence', () => {
  it(`flags a figure whose digits OCR read under ${OCR_FIGURE_CONFIDENCE}, as info, with its page and box`, () => {
    const [d, ...rest] = valid(ocrLowConfidence(scanned(41.5)));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      rule: 'ocr.lowConfidence',
      key: 'budget.total',
      severity: 'info',
      page: 3,
      bbox: [139.6, 255.4, 175.5, 266.4],
      confidence: 41.5,
    });
    expect(d.message.zh).toBe(
      `全年预算数 7143.45万元 由扫描件文字识别读出，识别置信度 41.5，低于 ${OCR_FIGURE_CONFIDENCE}，请对照扫描件核对（第3页，位置 139.6, 255.4, 175.5, 266.4）`,
    );
    expect(d.message.zh).not.toMatch(/[A-Za-z]/);
    expect(d.figures.map((f) => f.evidence?.ocr?.confidence)).toEqual([41.5]);
  });

  it('leaves figures read with confidence, and figures not read by OCR, alone', () => {
    expect(ocrLowConfidence(scanned(OCR_FIGURE_CONFIDENCE))).toEqual([]);
    expect(ocrLowConfidence(rec({ 'budget.total': '7143.45 万元' }))).toEqual([]);
  });

  it('looks at every statement of the figure and names the least sure one', () => {
    const [d] = valid(ocrLowConfidence(scanned(90, 30)));
    if (d.rule !== 'ocr.lowConfidence') throw new Error(d.rule);
    expect([d.page, d.confidence]).toEqual([4, 30]);
  });

  it('is not raised again once a reviewer corrected the figure', () => {
    const r = scanned(20);
    r.figures['budget.total'].review = { status: 'corrected', extracted: { value: '7143.45', unit: '万元', yuan: '71434500' } };
    expect(ocrLowConfidence(r)).toEqual([]);
  });

  it('runs with the other rules, has a label for people, and reaches the discrepancy export with its key and confidence', () => {
    const r = scanned(41.5);
    const ds = reconcile(r);
    expect(ds.map((d) => d.rule)).toContain('ocr.lowConfidence');
    expect(RULE_LABELS['ocr.lowConfidence'].zh).toBe('扫描件文字识别置信度低');
    const [row] = discrepancyRows({
      report: { documentId: 1, department: null, year: null, file: 'scan.pdf' },
      discrepancies: ds.map((d, i) => ({ id: i + 1, discrepancy: d, reviewStatus: 'open', reviewerNote: null })),
    } as never);
    expect(row).toMatchObject({ rule: 'ocr.lowConfidence', subject: 'budget.total', severity: 'info' });
    expect(row.evidence).toBe('全年预算数 7143.45万元（第3页，识别置信度 41.5）：budget.total 7143.45万元');
  });

  it("puts the review page's mark on the digits OCR read (the box the web app and `review show` draw)", () => {
    const d = valid(ocrLowConfidence(scanned(41.5)))[0];
    expect(boxOf(null, d.figures[0].evidence)).toEqual({ page: 3, bbox: [139.6, 255.4, 175.5, 266.4] });
  });
});
