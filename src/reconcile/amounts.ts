/**
 * Figures read as exact quantities for the rules: the value in a common base (元 for money,
 * the number itself otherwise) and the rounding its stated precision admits, in that base.
 */
import { Decimal as DecimalCtor, MONEY_SCALE, halfUlp, isMoneyUnit } from '../model/money.ts';
import { KEYS, labelOf } from '../model/keys.ts';
import { isDecimal, type Evidence, type Figure, type Mention, type Record, type Unit } from '../model/record.ts';

/** Our own decimal constructor: exact enough for any money division, whatever the global settings. */
export const D = DecimalCtor.clone({ precision: 50, rounding: DecimalCtor.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });
export type Dec = DecimalCtor;

export const ZERO = new D(0);

type Kind = 'money' | 'percent' | 'points' | 'count' | 'other';

export interface Amount {
  key: string;
  /** Chinese label (as in keys.ts), and the English one for English messages. */
  label: string;
  labelEn: string;
  /** As stated. */
  value: string;
  unit: Unit;
  kind: Kind;
  /** The value in 元 for money, the value itself otherwise. */
  base: Dec;
  /** Half a unit in the last stated place, in the same base; 0 for counts and for a stated zero. */
  half: Dec;
  evidence: Evidence | null;
}

/** Half a unit in the last stated place ("93" → 0.5, "99.35" → 0.005), as our decimal (exact either way). */
export function halfUlpOf(value: string): Dec {
  return new D(halfUlp(value));
}

export function scaleOf(unit: Unit): Dec {
  const s = MONEY_SCALE[unit];
  return s ? new D(s.toFixed()) : new D(1);
}

function kindOf(key: string, unit: Unit): Kind {
  const k = KEYS[key]?.kind;
  if (k === 'money' || k === 'percent' || k === 'points' || k === 'count') return k;
  if (k === 'grade') return 'other';
  if (isMoneyUnit(unit)) return 'money';
  if (unit === '%') return 'percent';
  if (unit === '分') return 'points';
  if (unit === '个') return 'count';
  return 'other';
}

/** A statement as an Amount, or undefined when it cannot be compared (not a number, unit of the wrong kind). */
export function amountOf(
  key: string,
  m: Pick<Mention, 'value' | 'unit'> & { yuan?: string | null; evidence?: Evidence | null },
  label = labelOf(key),
  labelEn = KEYS[key]?.en ?? key,
): Amount | undefined {
  const value = m.value?.trim();
  if (!isDecimal(value)) return undefined;
  const kind = kindOf(key, m.unit);
  const v = new D(value);
  let base: Dec;
  let half: Dec;
  switch (kind) {
    case 'money': {
      // a money key without a money unit cannot be put on a common base: treat as not stated
      if (!isMoneyUnit(m.unit)) return undefined;
      const scale = scaleOf(m.unit);
      base = isDecimal(m.yuan) ? new D(m.yuan) : v.times(scale);
      half = halfUlpOf(value).times(scale);
      break;
    }
    case 'percent':
      if (m.unit !== '%' && m.unit !== '') return undefined;
      base = v;
      half = halfUlpOf(value);
      break;
    case 'count':
      if (m.unit !== '个' && m.unit !== '') return undefined;
      base = v;
      half = ZERO; // counts are exact
      break;
    default:
      base = v;
      half = halfUlpOf(value);
  }
  // "0 万元" states that there is nothing: a stated zero amount is exact, not a rounding of up to 0.5
  if (kind === 'money' && v.isZero()) half = ZERO;
  return { key, label, labelEn, value, unit: m.unit, kind, base, half, evidence: m.evidence ?? null };
}

/** The primary statement of `key` in the record, if it is stated and comparable. */
export function fig(r: Record, key: string): Amount | undefined {
  const f: Figure | undefined = r.figures[key];
  return f ? amountOf(key, f) : undefined;
}

/** The first of `keys` that is stated. */
export function firstOf(r: Record, ...keys: string[]): Amount | undefined {
  for (const k of keys) {
    const a = fig(r, k);
    if (a) return a;
  }
  return undefined;
}
