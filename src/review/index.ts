/**
 * Review: the three decisions on a discrepancy and figure corrections, each appended to the audit
 * (who, when, why; the original reading kept), shared by `budgetlens review` and `budgetlens serve`.
 *
 * A figure correction re-runs reconciliation of that report at once: the stored original is read
 * again, the reviewers' latest figure values replace the extracted ones, the rules run on that, and
 * the result is saved (the record keeps the figures as extracted; the exports show the corrected
 * ones). A discrepancy the correction explains goes away; one it does not stays, with its id.
 */
import { sentences } from '../extract/index.ts';
import type { Document, Format } from '../model/document.ts';
import { KEYS, labelOf, VOCABULARY_KEYS } from '../model/keys.ts';
import type { Evidence, Record } from '../model/record.ts';
import type {
  AuditEntry,
  Decision,
  DecisionResult,
  DiscrepancyDetail,
  FigureCorrectionRequest,
  PageBox,
  Queue,
  QueueFilter,
  QueueItem,
  ReportView,
  RowCorrectionRequest,
} from '../model/review.ts';
import { ROW_FIELDS } from '../model/review.ts';
import { processBytes } from '../pipeline/index.ts';
import { reconcile } from '../reconcile/index.ts';
import { subjectOf } from '../export/shapes.ts';
import { fingerprintOf, type Correction, type ReviewRow, type Store } from '../store/index.ts';
import { refreshChains } from './chain.ts';
import {
  defaultUnit,
  latestFigureCorrections,
  latestTaskCorrections,
  TASK_FIELDS,
  taskTarget,
  withCorrections,
  withTaskCorrections,
  type TaskField,
} from './corrections.ts';

import { ReviewError } from './errors.ts';

export { ReviewError };

/** The parsed Document of a stored original, for where its figures stand on a PDF page. */
export type DocumentSource = (documentId: number) => Promise<Document | null>;

function auditEntryOf(c: Correction): AuditEntry {
  return { ...c, createdAt: new Date(c.createdAt).toISOString() };
}

function itemOf(row: ReviewRow): QueueItem {
  return {
    id: row.id,
    documentId: row.documentId,
    file: row.file,
    department: row.department,
    year: row.year,
    rule: row.discrepancy.rule,
    subject: subjectOf(row.discrepancy),
    severity: row.discrepancy.severity,
    status: row.reviewStatus,
    note: row.reviewerNote,
    discrepancy: row.discrepancy,
  };
}

/** The queue under `filter` (status open unless said), and per facet the counts under the other filters. */
export async function reviewQueue(store: Store, filter: QueueFilter = {}): Promise<Queue> {
  const rows = (
    await store.listReviewRows({ batchId: filter.batch, documentId: filter.document, department: filter.department, year: filter.year })
  ).map(itemOf);
  const status = filter.status ?? 'open';
  const passes = {
    status: (i: QueueItem) => status === 'all' || i.status === status,
    rule: (i: QueueItem) => !filter.rule || i.rule === filter.rule,
    severity: (i: QueueItem) => !filter.severity || i.severity === filter.severity,
  };
  const facets = ['status', 'rule', 'severity', 'department', 'year'] as const;
  const counts = Object.fromEntries(facets.map((f) => [f, {} as { [v: string]: number }])) as Queue['counts'];
  for (const item of rows) {
    for (const facet of facets) {
      const others = Object.entries(passes).every(([name, ok]) => name === facet || ok(item));
      if (!others) continue;
      const value = String(item[facet] ?? '');
      counts[facet][value] = (counts[facet][value] ?? 0) + 1;
    }
  }
  return { items: rows.filter((i) => Object.values(passes).every((ok) => ok(i))), counts };
}

async function requireItem(store: Store, id: number): Promise<QueueItem> {
  const [row] = await store.listReviewRows({ id });
  if (!row) throw new ReviewError('not-found', `no discrepancy ${id}`);
  return itemOf(row);
}

/** Where an evidence stands on its PDF page: the digits OCR read on a scan, else its table cell, else its block. */
export function boxOf(doc: Document | null, evidence: Evidence | null): PageBox | null {
  if (evidence?.ocr && evidence.page) return { page: evidence.page, bbox: evidence.ocr.bbox };
  if (!doc || !evidence) return null;
  const block = doc.blocks.find((b) => b.id === evidence.blockId);
  if (!block) return null;
  if (block.type === 'table' && evidence.cell) {
    const cell = block.rows[evidence.cell.row]?.[evidence.cell.col];
    if (cell?.prov.page && cell.prov.bbox) return { page: cell.prov.page, bbox: cell.prov.bbox };
  }
  const page = block.prov.page ?? evidence.page;
  return page && block.prov.bbox ? { page, bbox: block.prov.bbox } : null;
}

async function auditOf(store: Store, documentId: number, keep: (c: Correction) => boolean = () => true): Promise<AuditEntry[]> {
  return (await store.listCorrections({ documentId })).filter(keep).map(auditEntryOf);
}

/** A discrepancy with its figures (and their boxes on a PDF page) and its decisions so far. */
export async function discrepancyDetail(store: Store, id: number, source?: DocumentSource): Promise<DiscrepancyDetail> {
  const item = await requireItem(store, id);
  const document = await store.getDocument(item.documentId);
  // the store knows a document's format once read; the parsed Document always does
  const doc = source ? await source(item.documentId) : null;
  const fingerprint = (await store.listReviewRows({ id }))[0].fingerprint;
  const keys = new Set(item.discrepancy.figures.map((f) => f.key));
  const record = await store.getRecord(item.documentId);
  const mentionsOf = (key: string) =>
    (record?.figures[key]?.mentions ?? []).map((m) => ({
      value: m.value,
      unit: m.unit,
      page: m.evidence.page,
      snippet: m.evidence.snippet,
    }));
  return {
    item,
    figures: item.discrepancy.figures.map((f) => ({ ...f, box: boxOf(doc, f.evidence), mentions: mentionsOf(f.key) })),
    format: doc?.source.format ?? document?.format ?? null,
    audit: await auditOf(
      store,
      item.documentId,
      (c) => (c.targetKind === 'discrepancy' && c.target === fingerprint) || (c.targetKind === 'figure' && keys.has(c.target)),
    ),
  };
}

/**
 * The record of a stored document as the rules should see it after review: extracted again from
 * the stored original, reconciled with the reviewers' latest figure values. The figures stay as
 * extracted (the original reading); the discrepancies are those of the corrected figures.
 */
export async function reconciledWithCorrections(
  store: Store,
  documentId: number,
  record: Record,
  reportSentences: string[],
): Promise<Record> {
  const audit = await store.listCorrections({ documentId });
  const corrections = latestFigureCorrections(audit);
  const tasks = latestTaskCorrections(audit);
  if (!corrections.size && !tasks.size) return record;
  const discrepancies = reconcile(withTaskCorrections(withCorrections(record, corrections), tasks), { sentences: reportSentences });
  // A discrepancy decided as an extraction error that the correction made go away stays on record
  // (as it was flagged, marked extraction-error): the queue, `review list` and the exports show what
  // was decided, and an undo that brings the misreading back finds it under the same id.
  const now = new Set(discrepancies.map(fingerprintOf));
  const resolved = (await store.listDiscrepancies({ documentId, reviewStatus: 'extraction-error' }))
    .filter((d) => !now.has(d.fingerprint))
    .map((d) => d.discrepancy);
  return { ...record, discrepancies: [...discrepancies, ...resolved] };
}

/** Re-runs reconciliation of one report with the reviewers' corrections, and saves it. */
async function rereconcile(store: Store, documentId: number): Promise<void> {
  const doc = await store.getDocument(documentId);
  if (!doc) throw new ReviewError('not-found', `no document ${documentId}`);
  const bytes = await store.getBlob(doc.sha256);
  if (!bytes) throw new Error(`the original of document ${documentId} is not in the store`);
  const outcome = await processBytes(bytes, doc.file);
  if (!outcome.ok) throw new Error(`document ${documentId} (${doc.file}) cannot be read again: ${outcome.error.message}`);
  await store.saveResult(documentId, await reconciledWithCorrections(store, documentId, outcome.record, sentences(outcome.document)));
  // a corrected carry-over changes the chain across the department's years
  if (outcome.record.department) await refreshChains(store, [outcome.record.department]);
}

function checkValue(key: string, value: string) {
  if (KEYS[key]?.kind !== 'grade' && !/^-?\d+(\.\d+)?$/.test(value)) {
    throw new ReviewError('invalid', `${key} is a number: "${value}" is not one`);
  }
}

/** A reviewer's value for a figure of a report (or one extraction missed); reconciliation re-runs at once. */
export async function correctFigure(store: Store, documentId: number, request: FigureCorrectionRequest, who: string): Promise<AuditEntry> {
  const record = await store.getRecord(documentId);
  if (!record) throw new ReviewError('not-found', `no report for document ${documentId}`);
  checkValue(request.key, request.value);
  if (!(request.key in KEYS) && !(request.key in record.figures)) throw new ReviewError('invalid', `unknown figure key ${request.key}`);
  const unit = request.unit ?? record.figures[request.key]?.unit ?? defaultUnit(request.key);
  const entry = await store.correctFigure(documentId, request.key, { value: request.value, unit }, { who, why: request.why });
  await rereconcile(store, documentId);
  return auditEntryOf(entry);
}

/** A reviewer's value for a task line's budget, executed amount or rate; reconciliation re-runs at once. */
export async function correctTask(
  store: Store,
  documentId: number,
  request: { task: string; field: TaskField; value: string; why: string },
  who: string,
): Promise<AuditEntry> {
  const record = await store.getRecord(documentId);
  if (!record) throw new ReviewError('not-found', `no report for document ${documentId}`);
  const task = record.tasks.find((t) => t.name === request.task);
  if (!task) throw new ReviewError('invalid', `no task line “${request.task}” in document ${documentId}`);
  if (!TASK_FIELDS.includes(request.field))
    throw new ReviewError('invalid', `a task line has ${TASK_FIELDS.join(', ')}, not ${request.field}`);
  if (!/^-?\d+(\.\d+)?$/.test(request.value)) throw new ReviewError('invalid', `"${request.value}" is not a number`);
  if (!who.trim() || !request.why.trim()) throw new ReviewError('invalid', 'a correction needs who and why');
  const entry = await store.addCorrection({
    documentId,
    who,
    why: request.why,
    targetKind: 'task',
    target: taskTarget(task.name, request.field),
    oldValue: { value: task[request.field] },
    newValue: { value: request.value },
  });
  await rereconcile(store, documentId);
  return auditEntryOf(entry);
}

/**
 * A reviewer's text for a field of an indicator or performance-target row (by its position in the
 * report). Kept in the audit like any correction; the report view shows it beside the reading.
 */
export async function correctRow(store: Store, documentId: number, request: RowCorrectionRequest, who: string): Promise<AuditEntry> {
  const record = await store.getRecord(documentId);
  if (!record) throw new ReviewError('not-found', `no report for document ${documentId}`);
  const rows: { [field: string]: unknown }[] = request.kind === 'indicator' ? record.indicators : record.targets;
  const row = rows[request.index];
  if (!row) throw new ReviewError('invalid', `document ${documentId} has no ${request.kind} ${request.index}`);
  const fields: readonly string[] = ROW_FIELDS[request.kind];
  if (!fields.includes(request.field)) throw new ReviewError('invalid', `a ${request.kind} has ${fields.join(', ')}, not ${request.field}`);
  if ((request.field === 'weight' || request.field === 'score') && !/^-?\d+(\.\d+)?$/.test(request.value)) {
    throw new ReviewError('invalid', `"${request.value}" is not a number`);
  }
  if (!who.trim()) throw new ReviewError('invalid', 'a correction needs the reviewer’s name');
  const entry = await store.addCorrection({
    documentId,
    who,
    why: request.why,
    targetKind: request.kind,
    target: `${request.index}|${request.field}`,
    oldValue: { value: row[request.field] ?? null },
    newValue: { value: request.value },
  });
  return auditEntryOf(entry);
}

/** Rows with the latest corrections of their fields applied, each with the readings it replaced. */
function correctedRows<T extends object>(
  rows: T[],
  kind: 'indicator' | 'target',
  audit: Correction[],
): (T & { corrected: { [field: string]: string | null } })[] {
  const latest = new Map<string, string>();
  for (const c of audit) {
    const value = (c.newValue as { value?: unknown } | null)?.value;
    if (c.targetKind === kind && typeof value === 'string') latest.set(c.target, value);
  }
  return rows.map((row, index) => {
    const out = { ...row, corrected: {} as { [field: string]: string | null } } as T & { corrected: { [field: string]: string | null } };
    for (const field of ROW_FIELDS[kind]) {
      const value = latest.get(`${index}|${field}`);
      if (value === undefined) continue;
      out.corrected[field] = ((row as { [f: string]: unknown })[field] as string | null) ?? null;
      (out as { [f: string]: unknown })[field] = value;
    }
    return out;
  });
}

async function currentItem(store: Store, id: number): Promise<QueueItem | null> {
  const [row] = await store.listReviewRows({ id });
  return row ? itemOf(row) : null;
}

/** Records a decision on discrepancy `id` in the audit; an extraction error also corrects the figure. */
export async function decide(store: Store, id: number, decision: Decision, who: string): Promise<DecisionResult> {
  if (!who.trim()) throw new ReviewError('invalid', 'a decision needs the reviewer’s name');
  const item = await requireItem(store, id);
  if (decision.as !== 'extraction-error') {
    const entry = await store.reviewDiscrepancy(id, {
      status: decision.as,
      who,
      note: decision.why ?? null,
      why: decision.why ?? `标记为${decision.as === 'genuine' ? '报告本身不一致' : '可接受'}`,
    });
    return { entry: auditEntryOf(entry), correction: null, item: await currentItem(store, id) };
  }
  const involved = item.discrepancy.figures;
  const key = decision.key ?? (new Set(involved.map((f) => f.key)).size === 1 ? involved[0].key : undefined);
  if (!key) {
    throw new ReviewError(
      'invalid',
      `which figure was misread? give the key, one of: ${[...new Set(involved.map((f) => f.key))].join(', ')}`,
    );
  }
  checkValue(key, decision.value);
  const figure = involved.find((f) => f.key === key);
  const record = await store.getRecord(item.documentId);
  const unit = decision.unit ?? figure?.unit ?? record?.figures[key]?.unit ?? defaultUnit(key);
  const why = decision.why ?? `提取错误:${labelOf(key)} 应为 ${decision.value}${unit}(差异 #${id})`;
  const correction = await store.correctFigure(item.documentId, key, { value: decision.value, unit }, { who, why });
  const entry = await store.reviewDiscrepancy(id, {
    status: 'extraction-error',
    who,
    note: why,
    why,
    extra: { correction: { key, entryId: correction.id } },
  });
  await rereconcile(store, item.documentId);
  return { entry: auditEntryOf(entry), correction: auditEntryOf(correction), item: await currentItem(store, id) };
}

type DecisionValue = {
  status?: string;
  note?: string | null;
  discrepancyId?: number;
  undoes?: number;
  correction?: { key: string; entryId: number };
};
const valueOf = (v: unknown): DecisionValue => (v && typeof v === 'object' ? (v as DecisionValue) : {});

/**
 * Undoes the latest decision on discrepancy `id` not undone yet, by new audit entries (never an
 * erase): the status goes back to what it was, and a figure the decision corrected goes back to its
 * value before (the extracted one, or an earlier correction).
 */
export async function undoDecision(store: Store, id: number, who: string): Promise<DecisionResult> {
  if (!who.trim()) throw new ReviewError('invalid', 'an undo needs the reviewer’s name');
  const all = await store.listCorrections();
  const undone = new Set(all.map((c) => valueOf(c.newValue).undoes).filter((n): n is number => n !== undefined));
  const decision = [...all]
    .reverse()
    .find(
      (c) =>
        c.targetKind === 'discrepancy' &&
        valueOf(c.newValue).discrepancyId === id &&
        valueOf(c.newValue).undoes === undefined &&
        !undone.has(c.id),
    );
  if (!decision) throw new ReviewError('not-found', `no decision on discrepancy ${id} to undo`);
  const before = valueOf(decision.oldValue);
  const why = `撤销 #${decision.id}`;
  let correction: Correction | null = null;
  const corrected = valueOf(decision.newValue).correction;
  if (corrected) {
    const earlier = [...all]
      .reverse()
      .find(
        (c) =>
          c.documentId === decision.documentId &&
          c.targetKind === 'figure' &&
          c.target === corrected.key &&
          c.id < corrected.entryId &&
          !undone.has(c.id),
      );
    const current = all.find((c) => c.id === corrected.entryId);
    correction = await store.addCorrection({
      documentId: decision.documentId,
      who,
      why,
      targetKind: 'figure',
      target: corrected.key,
      oldValue: current?.newValue ?? null,
      newValue: earlier?.newValue ?? null,
    });
    await rereconcile(store, decision.documentId);
  }
  const status = (before.status ?? 'open') as 'open';
  const extra = { undoes: decision.id };
  const entry = (await currentItem(store, id))
    ? await store.reviewDiscrepancy(id, { status, who, note: before.note ?? null, why, extra })
    : await store.addCorrection({
        documentId: decision.documentId,
        who,
        why,
        targetKind: 'discrepancy',
        target: decision.target,
        oldValue: decision.newValue,
        newValue: { ...extra, status, note: before.note ?? null, discrepancyId: id },
      });
  return { entry: auditEntryOf(entry), correction: correction && auditEntryOf(correction), item: await currentItem(store, id) };
}

/** One report as a reviewer reads it: every figure (corrected where a reviewer did), tasks, targets, indicators, its discrepancies and audit. */
export async function reportView(store: Store, documentId: number, source?: DocumentSource): Promise<ReportView> {
  const [document, record] = await Promise.all([store.getDocument(documentId), store.getRecord(documentId)]);
  if (!document || !record) throw new ReviewError('not-found', `no report for document ${documentId}`);
  const doc: Document | null = source ? await source(documentId) : null;
  const audit = await store.listCorrections({ documentId });
  const corrections = latestFigureCorrections(audit);
  const figures: ReportView['figures'] = Object.values(record.figures).map((f) => {
    const c = corrections.get(f.key);
    return {
      key: f.key,
      label: labelOf(f.key),
      value: c?.value ?? f.value,
      unit: c?.unit ?? f.unit,
      yuan: c ? withCorrections(record, new Map([[f.key, c]])).figures[f.key].yuan : f.yuan,
      extracted: c ? { value: f.value, unit: f.unit } : null,
      corrected: !!c,
      rule: f.rule,
      evidence: f.evidence,
      box: boxOf(doc, f.evidence),
      mentions: f.mentions.map((m) => ({ value: m.value, unit: m.unit, evidence: m.evidence, box: boxOf(doc, m.evidence) })),
    };
  });
  for (const [key, c] of corrections) {
    if (key in record.figures) continue;
    const added = withCorrections(record, new Map([[key, c]])).figures[key];
    figures.push({
      key,
      label: labelOf(key),
      value: c.value,
      unit: c.unit,
      yuan: added.yuan,
      extracted: null,
      corrected: true,
      rule: 'reviewer',
      evidence: null,
      box: null,
      mentions: [],
    });
  }
  const present = new Set(figures.map((f) => f.key));
  return {
    documentId,
    file: document.file,
    format: doc?.source.format ?? (document.format as Format | null) ?? null,
    department: record.department,
    year: record.year,
    kind: record.kind,
    figures,
    missing: VOCABULARY_KEYS.filter((k) => !present.has(k)).map((key) => ({ key, label: labelOf(key) })),
    tasks: (() => {
      const fixes = latestTaskCorrections(audit);
      const corrected = withTaskCorrections(record, fixes).tasks;
      return corrected.map((t, i) => {
        const original = record.tasks[i];
        const changed = TASK_FIELDS.some((f) => fixes.has(taskTarget(original.name, f)));
        return { ...t, extracted: changed ? { budget: original.budget, executed: original.executed, rate: original.rate } : null };
      });
    })(),
    indicators: correctedRows(record.indicators, 'indicator', audit),
    targets: correctedRows(record.targets, 'target', audit),
    discrepancies: (await store.listReviewRows({ documentId })).map(itemOf),
    warnings: record.warnings,
    audit: audit.map(auditEntryOf),
  };
}
