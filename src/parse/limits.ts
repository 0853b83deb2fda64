/**
 * What a file's size and first bytes alone say, before it is stored or read: the checks `ingest`
 * makes before a file becomes a document, and parseBytes makes again. A light module (no reader
 * loaded), so that the command line can use it before any document is read.
 */
import { ParseError } from './errors.ts';
import { isText } from './sniff.ts';

/** Files larger than this are refused before reading: reports are rarely over a few MB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Text (Markdown, plain) larger than this is refused: a report as text is under 1 MB (the seed,
 * 40 pages as a PDF, is 33 KB), and 16 MB of text is some 8,000 pages. The rules' time grows
 * faster than the text, and the embedded store needs many times a blob's size to keep it.
 */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** `bytes` may be the file's first bytes only, with `size` its whole size. */
export function refuseEarly(bytes: Uint8Array, file: string, size = bytes.byteLength): ParseError | null {
  if (size > MAX_FILE_BYTES) {
    return new ParseError(file, 'too-large', `the file is ${mb(size)}, over the limit of ${mb(MAX_FILE_BYTES)}`);
  }
  if (size > MAX_TEXT_BYTES && isText(bytes)) {
    return new ParseError(
      file,
      'too-large',
      `the text file is ${mb(size)}, over the limit of ${mb(MAX_TEXT_BYTES)} for text (a report as text is under 1 MB)`,
    );
  }
  return null;
}
