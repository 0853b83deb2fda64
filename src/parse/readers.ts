/**
 * The formats budgetlens reads, in the order they are tried: a new format is a reader module (bytes →
 * blocks, see reader.ts), its entry here, its name in the model's Format, and fixtures. The PDF and
 * Word readers are loaded when a file of their format comes (pdf.js and mammoth are heavy, and a
 * batch is often one format); the text reader is loaded with the registry, as a document thread
 * starts, so that it does not count against the first document's time limit.
 */
import { readMarkdown } from './markdown.ts';
import type { Reader } from './reader.ts';
import { isDocx, isPdf, isText, refusal, type Refusal } from './sniff.ts';

const READERS: readonly Reader[] = [
  // first: "%PDF-" may follow a few junk bytes of another signature
  { format: 'pdf', sniff: isPdf, read: async (bytes, file) => (await import('./pdf.ts')).readPdf(bytes, file) },
  { format: 'docx', sniff: isDocx, read: async (bytes, file) => (await import('./docx.ts')).readDocx(bytes, file) },
  // last: text is what is left when no binary format claimed the bytes; 'text' for plain text, decided by the reader
  { format: 'markdown', sniff: isText, read: readMarkdown },
];

/** The reader for these bytes, or why none takes them (an encrypted document, a format we do not read). */
export function readerFor(bytes: Uint8Array): Reader | Refusal {
  return READERS.find((r) => r.sniff(bytes)) ?? refusal(bytes) ?? { kind: 'unsupported', what: 'binary data of an unknown format' };
}
