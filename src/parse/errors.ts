/** Why a file could not be read. Each code is one line a reviewer understands without a stack trace. */
export type ParseErrorCode =
  | 'empty' // zero bytes, or nothing but white space
  | 'unsupported' // not a format budgetlens reads
  | 'corrupt' // claims a format but its structure is broken
  | 'encrypted' // password-protected
  | 'no-text' // a PDF with no text layer (a scan): needs OCR first
  | 'too-large' // over a size or memory limit (file size, .docx expansion, memory while reading)
  | 'timeout'; // reading it took longer than the per-document time limit

export class ParseError extends Error {
  readonly code: ParseErrorCode;
  readonly file: string;
  readonly reason: string;
  constructor(file: string, code: ParseErrorCode, reason: string, options?: { cause?: unknown }) {
    super(`${file}: ${reason}`, options);
    this.name = 'ParseError';
    this.file = file;
    this.code = code;
    this.reason = reason;
  }
}

export function isParseError(e: unknown): e is ParseError {
  return e instanceof ParseError;
}
