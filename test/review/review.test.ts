/**
 * Review on a real embedded store holding the seed report: decisions, corrections re-running
 * reconciliation, undo as new audit entries, the queue's filters and counts, and what the exports
 * show of all of it. Nothing is mocked.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportJsonl } from '../../src/export/index.ts';
import { IsolatedCore } from '../../src/pipeline/isolated.ts';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import { processDocument } from '../../src/queue/processors.ts';
import {
  correctFigure,
  correctRow,
  correctTask,
  decide,
  discrepancyDetail,
  reportView,
  reviewQueue,
  ReviewError,
  undoDecision,
} from '../../src/review/index.ts';
import { Store } from '../../src/store/index.ts';
import { addBatch } from '../queue/helpers.ts';

const SEED = 'fixtures/seed/qiaozhong-2023.md';

class Sink extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('review', () => {
  let dir: string;
  let store: Store;
  let documentId: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-review-'));
    store = await Store.open({ dataDir: dir });
    const { batchId, docs } = await addBatch(store, [{ file: 'seed/qiaozhong-2023.md', bytes: new Uint8Array(readFileSync(SEED)) }]);
    await new InProcessRunner({ store }).run(batchId, docs);
    documentId = docs[0].documentId;
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const byRule = async (rule: string, subject = '') =>
    (await reviewQueue(store, { status: 'all' })).items.find((i) => i.rule === rule && (!subject || i.subject === subject))!;

  it('lists the seed report’s six open discrepancies, with counts per facet under the other filters', async () => {
    const queue = await reviewQueue(store);
    expect(queue.items).toHaveLength(6);
    expect(queue.items.every((i) => i.status === 'open' && i.documentId === documentId)).toBe(true);
    expect(queue.counts.status).toEqual({ open: 6 });
    expect(queue.counts.severity).toEqual({ error: 5, warning: 1 });
    const errors = await reviewQueue(store, { severity: 'error' });
    expect(errors.items).toHaveLength(5);
    // the severity facet still counts every severity under the other filters
    expect(errors.counts.severity).toEqual({ error: 5, warning: 1 });
    expect((await reviewQueue(store, { rule: 'repeat.mismatch' })).items.map((i) => i.subject).sort()).toEqual([
      'expense.generalPublic',
      'expense.governmentFund',
    ]);
    expect((await reviewQueue(store, { year: 2022 })).items).toEqual([]);
    expect((await reviewQueue(store, { department: '桥中' })).items).toHaveLength(6);
  });

  it('an extraction error corrects the figure (original reading kept), re-runs reconciliation and keeps the id', async () => {
    const repeat = await byRule('repeat.mismatch', 'expense.governmentFund');
    const bySource = await byRule('sum.expenseBySource');
    expect(bySource.discrepancy.arithmetic).toContain('5988.67 + 629.55 + 0 = 6618.22');
    const result = await decide(store, repeat.id, { as: 'extraction-error', value: '881.59' }, '张三');

    expect(result.correction).toMatchObject({
      who: '张三',
      targetKind: 'figure',
      target: 'expense.governmentFund',
      oldValue: { value: '629.55', unit: '万元' },
      newValue: { value: '881.59', unit: '万元' },
    });
    expect(result.entry).toMatchObject({
      who: '张三',
      targetKind: 'discrepancy',
      newValue: { status: 'extraction-error', discrepancyId: repeat.id },
    });
    expect(result.item).toMatchObject({ id: repeat.id, status: 'extraction-error' });
    // the other rules now read the corrected figure; the discrepancy ids did not change
    const after = await byRule('sum.expenseBySource');
    expect(after.id).toBe(bySource.id);
    expect(after.discrepancy.arithmetic).toContain('5988.67 + 881.59 + 0 = 6870.26');
    // the record keeps the figure as extracted
    expect((await store.getRecord(documentId))!.figures['expense.governmentFund'].value).toBe('629.55');
    const detail = await discrepancyDetail(store, repeat.id);
    expect(detail.audit.map((e) => e.targetKind)).toEqual(['figure', 'discrepancy']);
    // each figure comes with every statement of its key: the other mention is the right value here
    expect(detail.figures[0].mentions.map((m) => m.value)).toEqual(['629.55', '881.59']);
  });

  it('genuine and acceptable are recorded with who and why; acceptable needs the why, unknown ids are not found', async () => {
    const rate = await byRule('rate.execution');
    const count = await byRule('sum.count');
    await decide(store, rate.id, { as: 'genuine' }, '李四');
    const accepted = await decide(store, count.id, { as: 'acceptable', why: '口径不同,报告第五部分已说明' }, '李四');
    expect(accepted.entry).toMatchObject({ who: '李四', why: '口径不同,报告第五部分已说明', oldValue: { status: 'open', note: null } });
    await expect(decide(store, 999_999, { as: 'genuine' }, '李四')).rejects.toBeInstanceOf(ReviewError);
    await expect(decide(store, rate.id, { as: 'genuine' }, '  ')).rejects.toThrow(/name/);
    await expect(decide(store, rate.id, { as: 'extraction-error', key: 'budget.executionRate', value: '九十三' }, '李四')).rejects.toThrow(
      /not one/,
    );
    const bySource = await byRule('sum.expenseBySource');
    await expect(decide(store, bySource.id, { as: 'extraction-error', value: '1' }, '李四')).rejects.toThrow(/which figure/);

    const open = await reviewQueue(store);
    expect(open.items.map((i) => i.id)).not.toContain(rate.id);
    expect(open.counts.status).toMatchObject({ genuine: 1, acceptable: 1, 'extraction-error': 1 });
  });

  it('the discrepancy CSV and the JSONL export show the decisions, the ids and the corrected figure', async () => {
    const csv = new Sink();
    await exportCsv(store, 'discrepancies', {}, csv, { bom: false });
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toMatch(/^discrepancy_id,document_id,/);
    const statuses = (await reviewQueue(store, { status: 'all' })).items.map((i) => `${i.id}:${i.status}`);
    for (const s of statuses) {
      const [id, status] = s.split(':');
      expect(csv.text).toMatch(new RegExp(`(^|\\r\\n)${id},${documentId},[^]*?,${status},`));
    }
    const jsonl = new Sink();
    await exportJsonl(store, {}, jsonl);
    const record = JSON.parse(jsonl.text.trim());
    expect(record.documentId).toBe(documentId);
    expect(record.figures['expense.governmentFund']).toMatchObject({
      value: '881.59',
      review: { status: 'corrected', extracted: { value: '629.55', unit: '万元' } },
    });
    const decided = record.discrepancies.filter((d: { review: { status: string } }) => d.review.status !== 'open');
    expect(decided.map((d: { review: { status: string } }) => d.review.status).sort()).toEqual([
      'acceptable',
      'extraction-error',
      'genuine',
    ]);
    expect(record.discrepancies.every((d: { id: number }) => Number.isInteger(d.id))).toBe(true);
  });

  it('undo reverses the latest decision by new audit entries: status and corrected figure back as they were', async () => {
    const repeat = await byRule('repeat.mismatch', 'expense.governmentFund');
    const before = (await store.listCorrections({ documentId })).length;
    const undone = await undoDecision(store, repeat.id, '张三');
    expect(undone.item).toMatchObject({ id: repeat.id, status: 'open' });
    expect(undone.correction).toMatchObject({ targetKind: 'figure', target: 'expense.governmentFund', newValue: null });
    expect((await byRule('sum.expenseBySource')).discrepancy.arithmetic).toContain('5988.67 + 629.55 + 0');
    const audit = await store.listCorrections({ documentId });
    expect(audit).toHaveLength(before + 2); // nothing erased
    // nothing left to undo on it
    await expect(undoDecision(store, repeat.id, '张三')).rejects.toThrow(/no decision/);
  });

  it('a figure correction (or one extraction missed) shows in the report view and survives reprocessing', async () => {
    await correctFigure(store, documentId, { key: 'expense.basic', value: '2643.17', why: '核对决算表' }, '王五');
    await correctFigure(store, documentId, { key: 'eval.score', value: '92.5', why: '报告第 6 页' }, '王五');
    await expect(correctFigure(store, documentId, { key: 'no.such.key', value: '1', why: 'x' }, '王五')).rejects.toThrow(
      /unknown figure key/,
    );
    const view = await reportView(store, documentId);
    expect(view.figures.find((f) => f.key === 'expense.basic')).toMatchObject({
      value: '2643.17',
      corrected: true,
      extracted: { value: '2553.39' },
    });
    expect(view.figures.find((f) => f.key === 'eval.score')).toMatchObject({ value: '92.5', unit: '分', corrected: true, extracted: null });
    expect(view.missing.map((m) => m.key)).not.toContain('eval.score');
    // 2643.17 + 4064.83 = 6708: the basic/project split adds up now
    expect(view.discrepancies.map((d) => d.rule)).not.toContain('sum.expenseByNature');

    const doc = (await store.getDocument(documentId))!;
    const core = new IsolatedCore();
    try {
      await processDocument({ documentId, sha256: doc.sha256, file: doc.file }, store, { core });
    } finally {
      await core.close();
    }
    expect((await reviewQueue(store, { status: 'all' })).items.map((d) => d.rule)).not.toContain('sum.expenseByNature');
  });

  it('a task line’s value is correctable too: audited, shown beside its reading, and the rules see it', async () => {
    const before = (await reportView(store, documentId)).tasks.find((t) => t.name === '党建工作')!;
    expect(before).toMatchObject({ budget: '325.29', executed: '323.19', rate: '99.35', extracted: null });
    const entry = await correctTask(store, documentId, { task: '党建工作', field: 'rate', value: '90', why: '核对自评表' }, '王五');
    expect(entry).toMatchObject({ targetKind: 'task', target: '党建工作|rate', oldValue: { value: '99.35' }, newValue: { value: '90' } });
    const view = await reportView(store, documentId);
    expect(view.tasks.find((t) => t.name === '党建工作')).toMatchObject({ rate: '90', extracted: { rate: '99.35' } });
    // 323.19 / 325.29 = 99.35%, not the corrected 90%: the task-rate rule now flags it
    const flagged = view.discrepancies.find((d) => d.rule === 'rate.task' && d.subject === '党建工作');
    expect(flagged?.discrepancy.arithmetic).toMatch(/323\.19 \/ 325\.29 = 99\.35% ≠ 90%/);
    await expect(correctTask(store, documentId, { task: '没有这个任务', field: 'rate', value: '1', why: 'x' }, '王五')).rejects.toThrow(
      /no task line/,
    );
  });

  it('indicator and performance-target fields are correctable, audited and shown beside their reading', async () => {
    const before = await reportView(store, documentId);
    expect(before.targets.length).toBeGreaterThan(0);
    const goal = before.targets[0].goal;
    const entry = await correctRow(
      store,
      documentId,
      { kind: 'target', index: 0, field: 'goal', value: '完成党建工作目标', why: '原文跨页断开' },
      '王五',
    );
    expect(entry).toMatchObject({
      targetKind: 'target',
      target: '0|goal',
      oldValue: { value: goal },
      newValue: { value: '完成党建工作目标' },
    });
    const after = await reportView(store, documentId);
    expect(after.targets[0]).toMatchObject({ goal: '完成党建工作目标', corrected: { goal } });
    expect(after.targets[1]?.corrected ?? {}).toEqual({});
    await expect(
      correctRow(store, documentId, { kind: 'target', index: 999, field: 'goal', value: 'x', why: 'x' }, '王五'),
    ).rejects.toThrow(/no target 999/);
    await expect(
      correctRow(store, documentId, { kind: 'target', index: 0, field: 'evidence', value: 'x', why: 'x' }, '王五'),
    ).rejects.toThrow(/not evidence/);
  });
});
