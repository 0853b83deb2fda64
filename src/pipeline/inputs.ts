/**
 * What `ingest` is given, turned into named byte arrays: files, directories (recursive) and .zip
 * archives. Archives are read defensively: limits on entry count and uncompressed size, no entry
 * may name a path outside the archive (no "../", no absolute paths) and symbolic links are not
 * followed. A bad input becomes a named failure; it never stops the others.
 */
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES, refuseEarly } from '../parse/limits.ts';

export interface InputFile {
  /** A name for messages and the record: the path, or "archive.zip/inner/path.pdf". */
  name: string;
  bytes: Uint8Array;
}

export interface InputFailure {
  name: string;
  reason: string;
}

interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxEntryBytes: 200 * 1024 * 1024, maxTotalBytes: 2 * 1024 * 1024 * 1024 };

const SKIP = /(^|\/)(\.[^/]*|__MACOSX|Thumbs\.db|desktop\.ini)$/i;
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

export interface CollectedInputs {
  /** Every input, in the order met: a file with its bytes, or a failure with its reason. */
  inputs: (InputFile | InputFailure)[];
  files: InputFile[];
  failures: InputFailure[];
}

export async function collectInputs(paths: string[], limits = DEFAULT_ZIP_LIMITS): Promise<CollectedInputs> {
  const inputs: (InputFile | InputFailure)[] = [];
  for await (const input of walkInputs(paths, limits)) inputs.push(input);
  return {
    inputs,
    files: inputs.filter((i): i is InputFile => 'bytes' in i),
    failures: inputs.filter((i): i is InputFailure => !('bytes' in i)),
  };
}

/**
 * The inputs one at a time, in order: a batch of 500 reports is never in memory at once (the
 * caller stores each and lets it go). A file over the size limit, or text over the text limit
 * (known from its first 64 KB), is refused without being read whole.
 */
export async function* walkInputs(paths: string[], limits = DEFAULT_ZIP_LIMITS): AsyncGenerator<InputFile | InputFailure> {
  for (const p of paths) yield* visit(p, limits);
}

async function* visit(path: string, limits: ZipLimits): AsyncGenerator<InputFile | InputFailure> {
  let s;
  try {
    s = await stat(path);
  } catch (e) {
    yield { name: path, reason: `cannot be opened: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    return;
  }
  if (s.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const entry of entries) if (!SKIP.test(entry)) yield* visit(join(path, entry), limits);
    return;
  }
  if (s.size > MAX_FILE_BYTES) {
    // not even read: a 5 GB file must not be loaded to be refused
    yield { name: path, reason: `too-large: the file is ${s.size} bytes, over the limit of ${MAX_FILE_BYTES}` };
    return;
  }
  if (s.size > MAX_TEXT_BYTES) {
    const head = await readHead(path, 64 * 1024).catch(() => null);
    const refused = head && refuseEarly(head, path, s.size);
    if (refused) {
      yield { name: path, reason: `${refused.code}: ${refused.reason}` };
      return;
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    yield { name: path, reason: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    return;
  }
  // a .docx is a zip too: only archives that are not Word documents are opened as archives
  if (isZip(bytes) && !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')) {
    let entries: (InputFile | InputFailure)[];
    try {
      entries = await unzip(bytes, path, limits);
    } catch (e) {
      yield { name: path, reason: (e as Error).message };
      return;
    }
    yield* entries;
    return;
  }
  yield { name: path, bytes };
}

async function readHead(path: string, n: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * An entry's name. Zip tools of Chinese Windows write names in the system code page (GBK) without
 * saying so; the UTF-8 flag (bit 11), an Info-ZIP Unicode path field (0x7075) or valid UTF-8 say
 * otherwise. Backslashes (Windows tools) are path separators.
 */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  const unicodePath = entry.extraFields.find((f) => f.id === 0x7075 && f.data.length > 5 && f.data[0] === 1);
  let name: string;
  if (unicodePath) name = unicodePath.data.subarray(5).toString('utf8');
  else if (entry.generalPurposeBitFlag & 0x800) name = raw.toString('utf8');
  else {
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      name = iconv.decode(raw, 'gb18030');
    }
  }
  return name.replace(/\\/g, '/');
}

/** Unix file type bits of the entry, when a Unix tool made it: a symbolic link must not become a document. */
const isSymlink = (entry: yauzl.Entry) => entry.versionMadeBy >> 8 === 3 && ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;

/**
 * Entries of a zip archive, within the limits; nested archives are not opened. A bad entry (a path
 * outside the archive, a symbolic link, over the size limit) is a failure of its own, named with the
 * archive; the archive's other entries are kept. The archive as a whole fails only when it cannot be
 * read or holds too many entries.
 */
export function unzip(bytes: Uint8Array, archiveName: string, limits = DEFAULT_ZIP_LIMITS): Promise<(InputFile | InputFailure)[]> {
  const archive = basename(archiveName);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(new Error(`not a readable zip archive: ${err?.message ?? 'unknown error'}`));
      const out: (InputFile | InputFailure)[] = [];
      let total = 0;
      let settled = false;
      const fail = (reason: string) => {
        if (settled) return;
        settled = true;
        zip.close();
        reject(new Error(reason));
      };
      const skip = (name: string, reason: string) => {
        out.push({ name: `${archive}/${name}`, reason });
        zip.readEntry();
      };
      if (zip.entryCount > limits.maxEntries) return fail(`archive has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`);
      zip.on('error', (e: Error) => fail(`zip archive is damaged: ${e.message}`));
      zip.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(out);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entryName(entry);
        if (name.endsWith('/') || SKIP.test(name)) return zip.readEntry();
        const normalized = posix.normalize(name);
        if (posix.isAbsolute(normalized) || normalized.startsWith('../') || normalized === '..' || /^[a-zA-Z]:/.test(name)) {
          return skip(name, `archive entry "${name}" points outside the archive: skipped`);
        }
        if (isSymlink(entry)) return skip(normalized, `archive entry "${name}" is a symbolic link: skipped`);
        if (entry.uncompressedSize > limits.maxEntryBytes) {
          return skip(
            normalized,
            `archive entry "${name}" is ${entry.uncompressedSize} bytes, over the limit of ${limits.maxEntryBytes}: skipped`,
          );
        }
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes) return fail(`archive expands to more than ${limits.maxTotalBytes} bytes`);
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return skip(normalized, `archive entry "${name}" cannot be read: ${e?.message}`);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (se: Error) => skip(normalized, `archive entry "${name}" cannot be read: ${se.message}`));
          stream.on('end', () => {
            out.push({ name: `${archive}/${normalized}`, bytes: new Uint8Array(Buffer.concat(chunks)) });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
