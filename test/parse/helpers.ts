import { expect } from 'vitest';
import { ParseError } from '../../src/parse/errors.ts';

/** The ParseError a reading rejects with (and that it does reject with one). */
export async function parseError(p: Promise<unknown>): Promise<ParseError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ParseError);
  return e as ParseError;
}
