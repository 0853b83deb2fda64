/**
 * Records built by hand for the reconciliation tests, from a shorthand:
 *   rec({ 'budget.total': '7143.45 万元', 'budget.executionRate': '93 %', 'eval.projects.count': '63 个' })
 * A spec may name the block it was stated in with "@block" ('69.06 万元 @b3'); the block name is
 * also used as the mention's section. `also` adds further mentions of a key after the primary one.
 */
import { Discrepancy, Record } from '../../src/model/record.ts';
import type { Evidence, Figure, Mention, TaskLine, Unit } from '../../src/model/record.ts';
import { toYuan } from '../../src/model/money.ts';
import { z } from 'zod';

const UNITS: Unit[] = ['万元', '元', '亿元', '千元', '%', '分', '个', ''];

function evidence(blockId = 'b1', snippet = ''): Evidence {
  return { blockId, page: null, lines: null, snippet, start: 0, end: snippet.length };
}

/** '7143.45 万元 @overview' → a Mention. */
function mention(key: string, spec: string): Mention {
  const parts = spec.trim().split(/\s+/);
  const at = parts.find((p) => p.startsWith('@'));
  const rest = parts.filter((p) => !p.startsWith('@'));
  const value = rest[0];
  const unit = (rest[1] ?? '') as Unit;
  if (!UNITS.includes(unit)) throw new Error(`bad unit in ${spec}`);
  const blockId = at ? at.slice(1) : 'b1';
  const m: Mention = {
    value,
    unit,
    yuan: /^-?\d+(\.\d+)?$/.test(value) ? toYuan(value, unit) : null,
    rule: 'test',
    evidence: evidence(blockId, `${key} ${value}${unit}`),
  };
  if (at) m.section = blockId;
  return m;
}

function figure(key: string, spec: string, also: string[] = []): Figure {
  const primary = mention(key, spec);
  return { key, ...primary, mentions: [primary, ...also.map((s) => mention(key, s))] };
}

export function task(name: string, budget: string | null, executed: string | null, rate: string | null, unit: Unit = '万元'): TaskLine {
  return { name, budget, executed, rate, unit, evidence: evidence('tasks', name) };
}

export interface RecOptions {
  also?: { [key: string]: string[] };
  tasks?: TaskLine[];
  department?: string | null;
  year?: number | null;
  file?: string;
}

export function rec(figs: { [key: string]: string }, opts: RecOptions = {}): Record {
  const figures: { [key: string]: Figure } = {};
  for (const [k, spec] of Object.entries(figs)) figures[k] = figure(k, spec, opts.also?.[k] ?? []);
  return Record.parse({
    file: opts.file ?? 'test.md',
    sha256: '0'.repeat(64),
    department: opts.department ?? null,
    year: opts.year ?? null,
    kind: 'department-overall',
    extractorVersion: 'test',
    figures,
    tasks: opts.tasks ?? [],
    indicators: [],
    targets: [],
    discrepancies: [],
    warnings: [],
  });
}

/** The discrepancies, validated against the schema (a rule must never produce an invalid one). */
export function valid(ds: Discrepancy[]): Discrepancy[] {
  return z.array(Discrepancy).parse(ds);
}

export function rules(ds: Discrepancy[]): string[] {
  return ds.map((d) => d.rule).sort();
}
