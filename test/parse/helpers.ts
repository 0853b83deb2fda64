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

/**
 * A web grid copied one cell a line, each cell closed by its bar and a blank cell a bar alone: an allocation table's header,
 * its total row and two projects' rows (the .docx and PDF readers set each cell a paragraph).
 */
export const WEB_GRID_CELLS = [
  '单位名称 |',
  '项目名称 |',
  '金额 |',
  '合计 |',
  '|',
  '300 |',
  '甲县农业局 |',
  '乙村道路硬化项目 |',
  '120 |',
  '丙县水利局 |',
  '丁河堤加固工程 |',
  '180 |',
];
