/**
 * pdfjs in Node: the legacy build (the modern one needs DOMMatrix, which Node 20 lacks), the
 * package's own CMaps and standard fonts (without CMaps, text in unembedded GBK/UCS2 CID fonts
 * comes back as zero items and no error), no eval, no console noise.
 */
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { ParseError } from '../errors.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<Pdfjs> | undefined;
let packageDir: string | undefined;

/**
 * The legacy build's polyfills replace Array.prototype.push, JSON.stringify and JSON.parse with
 * JavaScript versions for the whole process (push 2.4× slower, stringify 12–48×: about a quarter of
 * the pipeline's time on PDFs). Node 20 has them natively, so the built-ins are put back once pdfjs
 * is loaded; the PDF tests and the format-parity test read the same text with them.
 */
const BUILT_INS = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
] as const;

export function pdfjs(): Promise<Pdfjs> {
  pdfjsPromise ??= (async () => {
    const saved = BUILT_INS.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)] as const);
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
    for (const [owner, name, descriptor] of saved) if (descriptor) Object.defineProperty(owner, name, descriptor);
    return lib;
  })();
  return pdfjsPromise;
}

/** The installed pdfjs-dist directory, as a filesystem path. */
function pdfjsDir(): string {
  if (!packageDir) {
    const require = createRequire(import.meta.url);
    packageDir = dirname(require.resolve('pdfjs-dist/package.json'));
  }
  return packageDir;
}

/** A directory inside pdfjs-dist with a trailing separator, as pdfjs wants its data URLs. */
const dataDir = (name: string) => join(pdfjsDir(), name) + sep;

export interface OpenPdf {
  task: PDFDocumentLoadingTask;
  doc: PDFDocumentProxy;
}

export async function openPdf(bytes: Uint8Array, file: string): Promise<OpenPdf> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    // pdfjs may take ownership of (detach) the buffer it is given: hand it a copy
    data: bytes.slice(),
    cMapUrl: dataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataDir('standard_fonts'),
    wasmUrl: dataDir('wasm'),
    iccUrl: dataDir('iccs'),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    fontExtraProperties: true,
    stopAtErrors: false,
  });
  // no onPassword handler: pdfjs then rejects with a PasswordException instead of waiting for one
  try {
    const doc = await task.promise;
    return { task, doc };
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw toParseError(file, e, bytes);
  }
}

/** Map whatever pdfjs threw to a ParseError a reviewer can read. */
export function toParseError(file: string, e: unknown, bytes?: Uint8Array): ParseError {
  if (e instanceof ParseError) return e;
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = (e as { message?: string } | null)?.message ?? String(e);
  if (name === 'PasswordException' || (bytes && isEncrypted(bytes) && /password|decrypt/i.test(message))) {
    return new ParseError(file, 'encrypted', 'the PDF is password-protected: open it with the password and save an unprotected copy', {
      cause: e,
    });
  }
  if (name === 'InvalidPDFException') {
    return new ParseError(file, 'corrupt', `the PDF structure is broken (${message})`, { cause: e });
  }
  return new ParseError(file, 'corrupt', `the PDF could not be read (${name ? `${name}: ` : ''}${message})`, { cause: e });
}

/** An /Encrypt entry (trailer or xref stream): the file is encrypted. Only looked at once reading failed. */
function isEncrypted(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /\/Encrypt\s/.test(text);
}
