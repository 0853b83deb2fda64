/**
 * Reviewers' figure corrections applied to a record: pure functions, no store. What reconciliation
 * reads after a reviewer said "the pipeline read the wrong number", and what the JSONL export shows.
 */
import { toYuan } from '../model/money.ts';
import { FigureCorrection } from '../model/export.ts';
import { KEYS } from '../model/keys.ts';
import { isDecimal, type Figure, type Record, type Unit } from '../model/record.ts';

/** An audit entry as far as corrections go (the store's Correction fits). */
export interface CorrectionEntry {
  id: number;
  targetKind: string;
  target: string;
  newValue: unknown;
}

/**
 * The latest correction of each figure key, in audit order. A latest entry whose value is null
 * withdraws the earlier ones (an undo back to the extracted figure): the key is absent then.
 */
export function latestFigureCorrections(entries: readonly CorrectionEntry[]): Map<string, FigureCorrection> {
  const latest = new Map<string, unknown>();
  for (const e of [...entries].sort((a, b) => a.id - b.id)) if (e.targetKind === 'figure') latest.set(e.target, e.newValue);
  const out = new Map<string, FigureCorrection>();
  for (const [key, value] of latest) {
    const parsed = FigureCorrection.safeParse(value);
    if (parsed.success) out.set(key, parsed.data);
  }
  return out;
}

/** The unit a figure of `key` is written in when the reviewer does not say: 万元 for money, % for rates. */
export function defaultUnit(key: string): Unit {
  return ({ money: '万元', percent: '%', points: '分', count: '个', grade: '' } as const)[KEYS[key]?.kind ?? 'grade'];
}

/**
 * The record with each corrected figure replaced by the reviewer's value (its primary mention too,
 * so that rules comparing mentions see it) and figures extraction missed added. Evidence stays that
 * of the extracted figure; an added one cites nothing.
 */
export function withCorrections(record: Record, corrections: Map<string, FigureCorrection>): Record {
  if (!corrections.size) return record;
  const figures: Record['figures'] = { ...record.figures };
  for (const [key, c] of corrections) {
    const yuan = toYuan(c.value, c.unit);
    const old = figures[key];
    if (old) {
      const isPrimary = (m: Figure['mentions'][number]) =>
        m.value === old.value &&
        m.unit === old.unit &&
        m.evidence.blockId === old.evidence.blockId &&
        m.evidence.start === old.evidence.start;
      figures[key] = {
        ...old,
        value: c.value,
        unit: c.unit,
        yuan,
        mentions: old.mentions.map((m) => (isPrimary(m) ? { ...m, value: c.value, unit: c.unit, yuan } : m)),
      };
    } else {
      const evidence = { blockId: 'reviewer', page: null, lines: null, snippet: '', start: 0, end: 0 };
      const mention = { value: c.value, unit: c.unit, yuan, rule: 'reviewer', evidence };
      figures[key] = { ...mention, key, mentions: [mention] };
    }
  }
  return { ...record, figures };
}

/** The fields of a task line a reviewer can correct. */
export const TASK_FIELDS = ['budget', 'executed', 'rate'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

/** The audit target of a task line's field: the task's name and the field. */
export const taskTarget = (task: string, field: TaskField) => `${task}|${field}`;

/** The latest correction of each task field ("name|field" → value); a latest null withdraws it. */
export function latestTaskCorrections(entries: readonly CorrectionEntry[]): Map<string, string> {
  const latest = new Map<string, unknown>();
  for (const e of [...entries].sort((a, b) => a.id - b.id)) if (e.targetKind === 'task') latest.set(e.target, e.newValue);
  const out = new Map<string, string>();
  for (const [target, v] of latest) {
    const value = v && typeof v === 'object' ? (v as { value?: unknown }).value : undefined;
    if (typeof value === 'string' && isDecimal(value)) out.set(target, value);
  }
  return out;
}

/** The record with reviewers' task-line values in place of the extracted ones. */
export function withTaskCorrections(record: Record, corrections: Map<string, string>): Record {
  if (!corrections.size) return record;
  return {
    ...record,
    tasks: record.tasks.map((t) => {
      const fixed = { ...t };
      for (const field of TASK_FIELDS) {
        const v = corrections.get(taskTarget(t.name, field));
        if (v !== undefined) fixed[field] = v;
      }
      return fixed;
    }),
  };
}
