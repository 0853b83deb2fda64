/**
 * Money and stated precision, exactly (decimal.js, never JS floats): the units a report writes
 * amounts in, conversions between them, and the rounding a stated value admits. Shared by every
 * layer that handles amounts — extract reads them, reconcile compares them, store and export write
 * them in 元 — so it lives in the model, below all of them.
 */
import { Decimal } from 'decimal.js';

export { Decimal };

export const MONEY_SCALE: Record<string, Decimal> = {
  元: new Decimal(1),
  千元: new Decimal(1000),
  万元: new Decimal(10000),
  亿元: new Decimal(100000000),
};

export function isMoneyUnit(unit: string): boolean {
  return unit in MONEY_SCALE;
}

/** The value in 元 as an exact decimal string, or null when the unit is not money. */
export function toYuan(value: string, unit: string): string | null {
  const scale = MONEY_SCALE[unit];
  if (!scale) return null;
  return new Decimal(value).times(scale).toFixed();
}

/** Converts a money value between units, exactly. */
export function convertMoney(value: string, from: string, to: string): string {
  return new Decimal(value).times(MONEY_SCALE[from]).div(MONEY_SCALE[to]).toFixed();
}

/** Number of digits after the decimal point as written ("93" → 0, "99.35" → 2, "100.00" → 2). */
export function decimalsOf(value: string): number {
  const i = value.indexOf('.');
  return i < 0 ? 0 : value.length - i - 1;
}

/** Half a unit in the last stated place: the rounding a stated value admits ("93" → 0.5, "99.35" → 0.005). */
export function halfUlp(value: string): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-(decimalsOf(value) + 1)));
}
