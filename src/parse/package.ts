/**
 * A .docx is a zip (an OPC package) that mammoth hands to JSZip, which inflates whatever a part
 * claims to hold: a 315 KB zip bomb became 3.9 GB before failing. So the package is checked here
 * first, with yauzl, in two steps:
 *
 * 1. the central directory alone (nothing inflated yet): entry count, each entry's declared size,
 *    the declared total and each entry's compression ratio;
 * 2. every entry inflated as a stream that yauzl stops as soon as it yields more than its declared
 *    size (validateEntrySizes), so a lying directory costs at most the limits, never more.
 *
 * The same pass refuses XML parts with a document type declaration: Office Open XML forbids DTDs
 * (ECMA-376 Part 2, M1.17), and a DTD is how an XML file asks for external entities. External
 * relationships (links, linked images) are legal and stay; mammoth is told never to open them.
 */
import yauzl from 'yauzl';
import { ParseError } from './errors.ts';

export interface PackageLimits {
  /** Entries in the zip; Word writes a few dozen. */
  maxEntries: number;
  /** Declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of one entry, for entries over `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this are not held to the ratio (a tiny run of zeros compresses 1000:1 legitimately). */
  ratioFloorBytes: number;
}

/**
 * Word's document.xml compresses about 5–20:1; a bomb of repeated bytes 1000:1. A 600-page report
 * has a document.xml of a few MB, so 64 MB per part and 256 MB in all leave room for images.
 */
export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

const DOCTYPE_UTF8 = Buffer.from('<!DOCTYPE', 'latin1');
const DOCTYPE_UTF16 = Buffer.from('<!DOCTYPE', 'utf16le');
const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** Throws a ParseError when the package breaks a limit or holds a DTD; resolves when it is safe to give to mammoth. */
export function checkPackage(bytes: Uint8Array, file: string, limits: PackageLimits = DEFAULT_PACKAGE_LIMITS): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) {
        return reject(
          new ParseError(file, 'corrupt', `the zip archive is truncated or damaged (${oneLine(err?.message)})`, { cause: err }),
        );
      }
      let settled = false;
      const fail = (e: ParseError) => {
        if (settled) return;
        settled = true;
        zip.close();
        reject(e);
      };
      if (zip.entryCount > limits.maxEntries) {
        return fail(
          new ParseError(file, 'too-large', `the .docx holds ${zip.entryCount} zip entries, over the limit of ${limits.maxEntries}`),
        );
      }
      // step 1: the whole central directory, before anything is inflated
      const entries: yauzl.Entry[] = [];
      let total = 0;
      zip.on('error', (e: Error) =>
        fail(new ParseError(file, 'corrupt', `the zip archive is truncated or damaged (${oneLine(e.message)})`, { cause: e })),
      );
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        const size = entry.uncompressedSize;
        if (size > limits.maxEntryBytes) {
          return fail(
            new ParseError(
              file,
              'too-large',
              `the .docx part "${name}" would expand to ${size} bytes, over the limit of ${limits.maxEntryBytes} (a zip bomb?)`,
            ),
          );
        }
        total += size;
        if (total > limits.maxTotalBytes) {
          return fail(new ParseError(file, 'too-large', `the .docx would expand to more than ${limits.maxTotalBytes} bytes (a zip bomb?)`));
        }
        if (size > limits.ratioFloorBytes && size > entry.compressedSize * limits.maxRatio) {
          const ratio = Math.round(size / Math.max(1, entry.compressedSize));
          return fail(
            new ParseError(
              file,
              'too-large',
              `the .docx part "${name}" is compressed ${ratio}:1, over the limit of ${limits.maxRatio}:1 (a zip bomb?)`,
            ),
          );
        }
        entries.push(entry);
        zip.readEntry();
      });
      zip.on('end', () => {
        if (!settled)
          void inflateAll(zip, entries, file).then(() => {
            if (settled) return;
            settled = true;
            zip.close();
            resolve();
          }, fail);
      });
      zip.readEntry();
    });
  });
}

/** Step 2: each entry inflated within its declared size; XML parts searched for a DTD. */
async function inflateAll(zip: yauzl.ZipFile, entries: yauzl.Entry[], file: string): Promise<void> {
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve, reject) => {
      zip.openReadStream(entry, (e, stream) => {
        if (e || !stream) return reject(damaged(file, entry.fileName, e));
        stream.on('data', (c: Buffer) => {
          if (isXmlPart(entry.fileName)) chunks.push(c);
        });
        stream.on('error', (se: Error) => reject(damaged(file, entry.fileName, se)));
        stream.on('end', () => resolve());
      });
    });
    if (chunks.length) {
      const xml = Buffer.concat(chunks);
      if (xml.includes(DOCTYPE_UTF8) || xml.includes(DOCTYPE_UTF16)) {
        throw new ParseError(
          file,
          'corrupt',
          `the .docx part "${entry.fileName}" declares a DTD, which Word never writes (external entities are not read)`,
        );
      }
    }
  }
}

function damaged(file: string, part: string, e: Error | null | undefined): ParseError {
  const msg = oneLine(e?.message);
  // yauzl: "too many bytes in the stream. expected N. got at least M" — the directory lied about the size
  if (/too many bytes/i.test(msg)) {
    return new ParseError(file, 'too-large', `the .docx part "${part}" expands beyond the size its zip directory declares (a zip bomb?)`, {
      cause: e,
    });
  }
  return new ParseError(file, 'corrupt', `a compressed part of the zip archive is damaged: "${part}" (${msg})`, { cause: e });
}

const oneLine = (message: string | undefined) => (message ?? 'unknown error').replace(/\s+/g, ' ').trim();
