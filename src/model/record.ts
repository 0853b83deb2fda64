import { z } from 'zod';
import { BBox } from './document.ts';

/**
 * The record: what `extract` prints, what the store keeps and what the exports write.
 * Defined once here; TypeScript types, the JSON Schema (schema/record.schema.json) and the
 * API validation all derive from it.
 */

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A decimal written as text, exactly as the report states it after normalization ("7143.45", "0", "-3.2"). */
export const DecimalString = z.string().regex(DECIMAL, 'a decimal number written as text');

/** Whether a value is a DecimalString. */
export function isDecimal(value: string | null | undefined): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

export const Unit = z.enum(['元', '千元', '万元', '亿元', '%', '分', '个', '']);
export type Unit = z.infer<typeof Unit>;

export const ReportKind = z.enum(['department-overall', 'project', 'final-accounts', 'other']);
export type ReportKind = z.infer<typeof ReportKind>;

export const Evidence = z.object({
  blockId: z.string(),
  page: z.number().int().positive().nullable(),
  lines: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** The original text, as the source has it (before normalization). */
  snippet: z.string(),
  /** Offsets of the snippet in the block's (or cell's) original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** For a value read from a table: 0-based row and column of the cell. */
  cell: z.object({ row: z.number().int(), col: z.number().int() }).optional(),
  /**
   * For a number read by OCR from a scanned page: the lowest confidence (0–100) of the recognised
   * words its digits came from, and the box of those digits on the page (PDF user space).
   */
  ocr: z.object({ confidence: z.number(), bbox: BBox }).optional(),
  /** OCR confusions read through inside the snippet to match the vocabulary ("箅→算 仃→行"). */
  ocrReadThrough: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Mention = z.object({
  value: z.string(),
  unit: Unit,
  /** Money normalized to 元, exact decimal; null for rates, points and grades. */
  yuan: DecimalString.nullable(),
  /** Name of the rule (wording) that read it. */
  rule: z.string(),
  /** The part of the report it was read in (overview, self-evaluation summary, table, …). */
  section: z.string().optional(),
  /**
   * Read by a wording that names the key only from context (a project report's 下达…资金 is its
   * budget, but so are its sub-allocations): kept for the reviewer, never compared by repeat.mismatch.
   */
  candidate: z.literal(true).optional(),
  /**
   * The key of the total the sentence states this amount as a part of, when it is not the one a
   * reader would assume: "部门预算总金额3256.78万元,其中基本支出1820.45万元" splits budget.total, not
   * the spending; "一般公共预算财政拨款基本支出2050万元,其中:人员经费1800万元" splits that line's basic
   * spending (expense.basic.generalPublic). Reconciliation adds such parts up against that total.
   */
  partOf: z.string().optional(),
  evidence: Evidence,
});
export type Mention = z.infer<typeof Mention>;

export const Figure = Mention.extend({
  key: z.string(),
  /** Every statement of this key in the report, the primary one included, in reading order. */
  mentions: z.array(Mention),
  /**
   * Stored records as exported: a reviewer corrected this figure. value, unit and yuan above are
   * the corrected ones; `extracted` is the original reading, kept.
   */
  review: z
    .object({
      status: z.literal('corrected'),
      extracted: z.object({ value: z.string(), unit: Unit, yuan: DecimalString.nullable() }),
    })
    .optional(),
});
export type Figure = z.infer<typeof Figure>;

export const TaskLine = z.object({
  name: z.string(),
  budget: DecimalString.nullable(),
  executed: DecimalString.nullable(),
  rate: DecimalString.nullable(),
  unit: Unit,
  /** 年初预算数 where a table states it beside the adjusted budget. */
  initialBudget: DecimalString.nullable().optional(),
  score: DecimalString.nullable().optional(),
  evidence: Evidence,
});
export type TaskLine = z.infer<typeof TaskLine>;

export const Comparison = z.enum(['>', '≥', '<', '≤', '=', '≈', 'not-increase', 'not-decrease', 'qualitative']);
export type Comparison = z.infer<typeof Comparison>;

export const Indicator = z.object({
  level1: z.string().nullable(),
  level2: z.string().nullable(),
  name: z.string(),
  comparison: Comparison.nullable(),
  /** The target as written after the comparison ("95", "长期", "持平或下降"). */
  target: z.string().nullable(),
  unit: z.string().nullable(),
  actual: z.string().nullable(),
  weight: DecimalString.nullable(),
  score: DecimalString.nullable(),
  evidence: Evidence,
});
export type Indicator = z.infer<typeof Indicator>;

/** A row of the 年度主要工作任务 / 任务的绩效目标 / 任务关键指标 table. */
export const PerformanceTarget = z.object({
  task: z.string(),
  goal: z.string(),
  keyIndicators: z.string(),
  evidence: Evidence,
});
export type PerformanceTarget = z.infer<typeof PerformanceTarget>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const InvolvedFigure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.string(),
  unit: Unit,
  evidence: Evidence.nullable(),
});
export type InvolvedFigure = z.infer<typeof InvolvedFigure>;

const DiscrepancyBase = z.object({
  severity: Severity,
  message: z.object({ zh: z.string(), en: z.string() }),
  /** What the arithmetic gives, and what the report states, in `unit`. */
  expected: z.string(),
  actual: z.string(),
  difference: z.string(),
  unit: Unit,
  /** The arithmetic spelled out: "5988.67 + 629.55 + 0 = 6618.22 ≠ 6708, gap 89.78 万元". */
  arithmetic: z.string(),
  /** How much difference the stated precision allows. */
  tolerance: z.string(),
  figures: z.array(InvolvedFigure),
  /** A sentence of the report that explains the difference, which lowered the severity. */
  explanation: z.string().optional(),
  /** Stored records as exported: the discrepancy's id in the store (`budgetlens review show ID`). */
  id: z.number().int().optional(),
  /** Stored records as exported: the reviewer's decision (open until one is made) and note. */
  review: z.object({ status: z.enum(['open', 'extraction-error', 'genuine', 'acceptable']), note: z.string().nullable() }).optional(),
});

export const Discrepancy = z.discriminatedUnion('rule', [
  DiscrepancyBase.extend({ rule: z.literal('sum.expenseBySource') }),
  DiscrepancyBase.extend({ rule: z.literal('sum.expenseByNature') }),
  DiscrepancyBase.extend({ rule: z.literal('sum.income') }),
  DiscrepancyBase.extend({ rule: z.literal('balance') }),
  DiscrepancyBase.extend({ rule: z.literal('rate.execution'), subject: z.string() }),
  DiscrepancyBase.extend({ rule: z.literal('rate.task'), task: z.string() }),
  DiscrepancyBase.extend({ rule: z.literal('sum.count'), subject: z.string() }),
  DiscrepancyBase.extend({ rule: z.literal('sum.amount'), subject: z.string() }),
  DiscrepancyBase.extend({ rule: z.literal('repeat.mismatch'), key: z.string() }),
  /** A figure whose digits OCR read with low confidence: a reviewer should look at the scan. */
  DiscrepancyBase.extend({
    rule: z.literal('ocr.lowConfidence'),
    key: z.string(),
    page: z.number().int().positive().nullable(),
    bbox: BBox,
    confidence: z.number(),
  }),
  DiscrepancyBase.extend({
    rule: z.literal('carryover.chain'),
    previous: z.object({ file: z.string(), year: z.number().int() }),
  }),
]);
export type Discrepancy = z.infer<typeof Discrepancy>;
export type DiscrepancyRule = Discrepancy['rule'];

/** An amount as the text states it, with where: one side of a stated breakdown. */
export const StatedAmount = z.object({
  /** What the text calls it ("中小河流治理工程", or the words before the total). */
  name: z.string(),
  value: z.string(),
  unit: Unit,
  evidence: Evidence,
});
export type StatedAmount = z.infer<typeof StatedAmount>;

/**
 * A total and the parts the text lists after it ("下达资金2263万元。其中:A 1435万元,B 25万元,…"),
 * read whatever the parts are (projects, functional classes, funds), so that reconciliation can
 * check that they add up (sum.amount). `closed`: the list ends its sentence, so none is cut off.
 */
export const Breakdown = z.object({
  total: StatedAmount,
  parts: z.array(StatedAmount),
  closed: z.boolean(),
  /**
   * The parts are the whole of the total by the text's layout: a table's 合计 row under rows all read (extract/tableTotals.ts),
   * so parts short of it are a slip however far, not a list of the main uses.
   */
  whole: z.boolean().optional(),
});
export type Breakdown = z.infer<typeof Breakdown>;

/**
 * Money a cited document allots ("…财政局呼财农指【2023】41号文件《关于下达…的通知》,下达某县2023年资金5万元"): the
 * document's number as written (`ref`) and the one amount its sentence allots, so that reconciliation can see one
 * document's allotment restated with another amount (repeat.mismatch).
 */
export const Allotment = StatedAmount.extend({ ref: z.string() });
export type Allotment = z.infer<typeof Allotment>;

export const Record = z.object({
  /** Stored records as exported: the document's id in the store. */
  documentId: z.number().int().optional(),
  file: z.string(),
  sha256: z.string(),
  department: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: ReportKind,
  extractorVersion: z.string(),
  figures: z.record(z.string(), Figure),
  tasks: z.array(TaskLine),
  indicators: z.array(Indicator),
  targets: z.array(PerformanceTarget),
  discrepancies: z.array(Discrepancy),
  /**
   * Keys a report of this kind is expected to state that extraction did not find (kind.ts
   * EXPECTED_KEYS): a reviewer sees the gaps, not silence. Records stored before it read as [].
   */
  missing: z.array(z.string()).default([]),
  /** Totals stated with their parts listed after 其中 / 具体包括 (records stored before it read as []). */
  breakdowns: z.array(Breakdown).default([]),
  /** Amounts allotted by cited documents, by their number (records stored before it read as []). */
  allotments: z.array(Allotment).default([]),
  /** Facts the reader or the rules noticed that a reviewer should know (low text quality, …). */
  warnings: z.array(z.string()),
});
export type Record = z.infer<typeof Record>;

/** PostgreSQL text and jsonb refuse U+0000: a stray NUL from a damaged file must not lose the whole result. */
const withoutNul = (_k: string, v: unknown) => (typeof v === 'string' && v.includes('\0') ? v.replaceAll('\0', '\uFFFD') : v);

/** JSON as the store keeps it: U+0000 in strings replaced by U+FFFD. */
export const storableJson = (v: unknown): string => JSON.stringify(v ?? null, withoutNul);

/**
 * A record that passed the Record schema, with its storable JSON. Made where the record is made
 * (a core thread), so that the thread that stores it (the embedded store's, which is the process's
 * main thread) neither checks the schema again nor serialises the record: that was most of its
 * work per document besides the writes themselves.
 */
export class CheckedRecord {
  private constructor(
    /** The record as stored and read back: JSON.parse of `json`. */
    readonly record: Record,
    readonly json: string,
  ) {}

  /** Checks `value` against the schema (throws a ZodError) and serialises it. */
  static check(value: unknown): CheckedRecord {
    const json = storableJson(Record.parse(value));
    return new CheckedRecord(JSON.parse(json), json);
  }

  /** The JSON `check` made, e.g. in a core thread and sent here: not checked again. */
  static fromCheckedJson(json: string): CheckedRecord {
    return new CheckedRecord(JSON.parse(json), json);
  }
}
