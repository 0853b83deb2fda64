/**
 * What `ingest` is given, turned into named byte arrays: files, directories (recursive) and .zip
 * archives. Archives are read defensively: limits on entry count and uncompressed size, and no
 * entry may name a path outside the archive (no "../", no absolute paths). A bad input becomes a
 * named failure; it never stops the others.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import yauzl from 'yauzl';

export interface InputFile {
  /** A name for messages and the record: the path, or "archive.zip/inner/path.pdf". */
  name: string;
  bytes: Uint8Array;
}

export interface InputFailure {
  name: string;
  reason: string;
}

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 * 1024 };

const SKIP = /(^|\/)(\.[^/]*|__MACOSX|Thumbs\.db|desktop\.ini)$/i;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export async function collectInputs(paths: string[], limits = DEFAULT_ZIP_LIMITS): Promise<{ files: InputFile[]; failures: InputFailure[] }> {
  const files: InputFile[] = [];
  const failures: InputFailure[] = [];
  async function visit(path: string): Promise<void> {
    let s;
    try {
      s = await stat(path);
    } catch (e) {
      failures.push({ name: path, reason: `cannot be opened: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (s.isDirectory()) {
      const entries = (await readdir(path)).sort();
      for (const entry of entries) if (!SKIP.test(entry)) await visit(join(path, entry));
      return;
    }
    const bytes = new Uint8Array(await readFile(path));
    // a .docx is a zip too: only archives that are not Word documents are opened as archives
    if (isZip(bytes) && !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')) {
      try {
        files.push(...(await unzip(bytes, path, limits)));
      } catch (e) {
        failures.push({ name: path, reason: (e as Error).message });
      }
      return;
    }
    files.push({ name: path, bytes });
  }
  for (const p of paths) await visit(p);
  return { files, failures };
}

/** Entries of a zip archive, within the limits; nested archives are not opened. */
export function unzip(bytes: Uint8Array, archiveName: string, limits = DEFAULT_ZIP_LIMITS): Promise<InputFile[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new Error(`not a readable zip archive: ${err?.message ?? 'unknown error'}`));
      const out: InputFile[] = [];
      let total = 0;
      const fail = (reason: string) => {
        zip.close();
        reject(new Error(reason));
      };
      if (zip.entryCount > limits.maxEntries) return fail(`archive has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
      zip.on('error', (e: Error) => {
        // yauzl validates entry names itself and reports traversal as an error of the archive
        const traversal = /^(?:invalid relative path|absolute path): (.*)$/.exec(e.message);
        reject(new Error(traversal ? `archive entry "${traversal[1]}" points outside the archive` : `zip archive is damaged: ${e.message}`));
      });
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName;
        if (name.endsWith('/') || SKIP.test(name)) return zip.readEntry();
        const normalized = posix.normalize(name);
        if (posix.isAbsolute(normalized) || normalized.startsWith('../') || normalized === '..' || /^[a-zA-Z]:/.test(name)) {
          return fail(`archive entry "${name}" points outside the archive`);
        }
        if (entry.uncompressedSize > limits.maxEntryBytes) return fail(`archive entry "${name}" is ${entry.uncompressedSize} bytes, over the limit`);
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) return fail(`archive expands to more than ${limits.maxTotalBytes} bytes`);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return fail(`archive entry "${name}" cannot be read: ${e?.message}`);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (se: Error) => fail(`archive entry "${name}" cannot be read: ${se.message}`));
          stream.on('end', () => {
            out.push({ name: `${basename(archiveName)}/${normalized}`, bytes: new Uint8Array(Buffer.concat(chunks)) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
