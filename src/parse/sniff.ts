/**
 * Format detection from the bytes themselves: users rename files, servers send .pdf links that
 * are HTML pages, and a .doc is often a .docx. The extension is never consulted.
 */
import { utf16WithoutBom } from './decode.ts';

/** Why no reader takes a file: what it is, for the message. */
export type Refusal = { kind: 'encrypted'; what: string } | { kind: 'unsupported'; what: string };

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

function containsAscii(b: Uint8Array, needle: string): boolean {
  const n = Buffer.from(needle, 'latin1');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(n) >= 0;
}

function containsUtf16le(b: Uint8Array, needle: string): boolean {
  const n = Buffer.from(needle, 'utf16le');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(n) >= 0;
}

const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);

/** %PDF- may follow a few junk bytes (some generators prepend a BOM or whitespace). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

/** A zip package with a Word main document part. */
export function isDocx(bytes: Uint8Array): boolean {
  return isZip(bytes) && containsAscii(bytes, 'word/document.xml');
}

/** Text (Markdown or plain), in any encoding decode.ts reads, and none of the binary formats refused below. */
export function isText(bytes: Uint8Array): boolean {
  return !refusal(bytes) && looksLikeText(bytes);
}

/** Formats recognised in order to say what they are and how to make them readable. Null: none of these. */
export function refusal(bytes: Uint8Array): Refusal | null {
  if (isZip(bytes)) {
    if (containsAscii(bytes, 'word/document.xml')) return null; // a .docx
    if (containsAscii(bytes, 'xl/workbook.xml')) return { kind: 'unsupported', what: 'an Excel .xlsx workbook' };
    if (containsAscii(bytes, 'ppt/presentation.xml')) return { kind: 'unsupported', what: 'a PowerPoint .pptx file' };
    if (containsAscii(bytes, 'mimetype') && containsAscii(bytes, 'opendocument'))
      return { kind: 'unsupported', what: 'an OpenDocument file (save it as .docx)' };
    return { kind: 'unsupported', what: 'a zip archive that is not a Word .docx (give archives to `budgetlens ingest`)' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // A password-protected .docx/.xlsx is not a zip: Office wraps the encrypted package in an OLE2
    // compound file whose directory names the streams EncryptionInfo and EncryptedPackage (UTF-16LE).
    if (containsUtf16le(bytes, 'EncryptedPackage')) {
      return { kind: 'encrypted', what: 'a password-protected (encrypted) Office document' };
    }
    return { kind: 'unsupported', what: 'a legacy Word/Excel (OLE2 .doc/.xls) file (save it as .docx)' };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'unsupported', what: 'a PNG image (OCR is not supported)' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'unsupported', what: 'a JPEG image (OCR is not supported)' };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { kind: 'unsupported', what: 'an RTF file (save it as .docx)' };
  return null;
}

/** Text has no NUL bytes (UTF-16 excepted, recognised by its BOM or its characters) and few control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  if (utf16WithoutBom(bytes)) return true;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control <= sample.length / 100;
}
