/**
 * The pure core, end to end: bytes → Document → Record with its discrepancies.
 * Knows nothing of queues or stores; the in-process runner, the BullMQ workers and the CLI all call this.
 */
import type { Document } from '../model/document.ts';
import { Record } from '../model/record.ts';
import { extract, sentences } from '../extract/index.ts';
import { parseBytes, parseFile, ParseError } from '../parse/index.ts';
import { reconcile } from '../reconcile/index.ts';
import { InternalError } from './errors.ts';

export { InternalError } from './errors.ts';

/** A record, or the reason the file is bad. When budgetlens itself fails, an InternalError is thrown instead. */
export type Outcome = { ok: true; record: Record; document: Document } | { ok: false; file: string; error: ParseError };

export function recordOf(doc: Document): Record {
  const record = extract(doc);
  record.discrepancies = reconcile(record, { sentences: sentences(doc) });
  return Record.parse(record);
}

async function guarded(file: string, read: () => Promise<Document>): Promise<Outcome> {
  try {
    const document = await read();
    return { ok: true, record: recordOf(document), document };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, file, error: e };
    // a bug or an unexpected library failure is not the file's fault: say so, so that it is retried
    // and reprocessed rather than filed as a damaged file
    throw new InternalError(file, (e as Error)?.message ?? String(e), { cause: e });
  }
}

export function processFile(path: string): Promise<Outcome> {
  return guarded(path, () => parseFile(path));
}

export function processBytes(bytes: Uint8Array, file: string): Promise<Outcome> {
  return guarded(file, () => parseBytes(bytes, file));
}
