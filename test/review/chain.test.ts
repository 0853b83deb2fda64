/**
 * carryover.chain kept in the store: on the later report, in the queue and the exports, its
 * decision kept when the batch is processed again, gone when a correction makes the years agree.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportJsonl } from '../../src/export/index.ts';
import { InProcessRunner } from '../../src/queue/inprocess.ts';
import { correctFigure, decide, reportView, reviewQueue } from '../../src/review/index.ts';
import { Store } from '../../src/store/index.ts';
import { addBatch } from '../queue/helpers.ts';

const report = (year: number, body: string) => ({
  file: `财政局-${year}.md`,
  bytes: new Uint8Array(Buffer.from(`# 某县财政局${year}年度部门整体支出绩效自评报告\n\n${body}\n`)),
});
const Y2022 = report(2022, '全年预算数 100 万元,执行数 90 万元,完成预算的 90%。年末结转和结余 10 万元。');
const Y2023 = report(2023, '年初结转和结余 12 万元。全年预算数 100 万元,执行数 90 万元,完成预算的 90%。');

class Sink extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('carry-over chain in the store', () => {
  let dir: string;
  let store: Store;
  const ids: { [file: string]: number } = {};

  const run = async () => {
    const { batchId, docs } = await addBatch(store, [Y2022, Y2023]);
    for (const d of docs) ids[d.file] = d.documentId;
    return new InProcessRunner({ store }).run(batchId, docs);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'budgetlens-chain-'));
    store = await Store.open({ dataDir: dir });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is stored on the later report, naming the earlier one, and is in the queue, the report view and the exports', async () => {
    const result = await run();
    expect(result.discrepancies).toHaveLength(1);
    const chain = (await reviewQueue(store, { rule: 'carryover.chain' })).items;
    expect(chain).toHaveLength(1);
    expect(chain[0]).toMatchObject({ documentId: ids['财政局-2023.md'], subject: '财政局-2022.md (2022)' });
    expect(chain[0].discrepancy.arithmetic).toContain('10 ≠ 12');
    expect((await reportView(store, ids['财政局-2023.md'])).discrepancies.map((d) => d.rule)).toContain('carryover.chain');
    expect((await reportView(store, ids['财政局-2022.md'])).discrepancies.map((d) => d.rule)).not.toContain('carryover.chain');

    const csv = new Sink();
    await exportCsv(store, 'discrepancies', {}, csv, { bom: false });
    expect(csv.text).toMatch(new RegExp(`\\r\\n${chain[0].id},${ids['财政局-2023.md']},[^\\r\\n]*carryover\\.chain`));
    const jsonl = new Sink();
    await exportJsonl(store, {}, jsonl);
    const later = jsonl.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((r) => r.documentId === ids['财政局-2023.md']);
    expect(later.discrepancies.find((d: { rule: string }) => d.rule === 'carryover.chain')).toMatchObject({
      id: chain[0].id,
      review: { status: 'open' },
    });
  });

  it('keeps its id and decision when the batch is processed again', async () => {
    const [chain] = (await reviewQueue(store, { rule: 'carryover.chain' })).items;
    await decide(store, chain.id, { as: 'genuine', why: '两年口径不一致,退回部门' }, '张三');
    await run();
    const again = (await reviewQueue(store, { rule: 'carryover.chain', status: 'all' })).items;
    expect(again).toMatchObject([{ id: chain.id, status: 'genuine', note: '两年口径不一致,退回部门' }]);
  });

  it('goes away when a correction makes the years agree', async () => {
    await correctFigure(store, ids['财政局-2022.md'], { key: 'carryover.end', value: '12', why: '决算表年末结转 12 万元' }, '张三');
    expect((await reviewQueue(store, { rule: 'carryover.chain', status: 'all' })).items).toEqual([]);
  });
});
