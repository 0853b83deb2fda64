/**
 * The two ways a document fails, kept apart everywhere:
 * - ParseError (src/parse/errors.ts): the file is bad. Typed by its code, final: trying again gives
 *   the same answer until the extractor changes.
 * - InternalError: budgetlens failed on the file (a bug in a rule, a library throwing something
 *   unexpected, a worker thread dying). Logged with its stack, retried, counted apart, and offered
 *   to `reprocess` again, since a fixed budgetlens may read the file.
 */
export class InternalError extends Error {
  readonly code = 'internal' as const;
  readonly file: string;
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: internal error: ${message}`, options);
    this.name = 'InternalError';
    this.file = file;
  }
}

/** The stack of an error and of its causes, for the log. */
export function stackOf(e: unknown): string {
  const parts: string[] = [];
  for (let cur: unknown = e, depth = 0; cur && depth < 5; cur = (cur as Error).cause, depth++) {
    parts.push(cur instanceof Error ? (cur.stack ?? `${cur.name}: ${cur.message}`) : String(cur));
  }
  return parts.join('\ncaused by: ');
}
