import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Document, type Format } from '../model/document.ts';
import { ParseError } from './errors.ts';
import { readerFor } from './readers.ts';
import { sha256 } from './sha256.ts';

import { MAX_FILE_BYTES, refuseEarly } from './limits.ts';

export { ParseError, isParseError } from './errors.ts';

/** bytes → Document. Throws ParseError (with the file name and a one-line reason) for unreadable input. */
export async function parseBytes(bytes: Uint8Array, file: string): Promise<Document> {
  if (bytes.byteLength === 0) throw new ParseError(file, 'empty', 'the file is empty (0 bytes)');
  const refused = refuseEarly(bytes, file);
  if (refused) throw refused;
  const reader = readerFor(bytes);
  if ('kind' in reader) {
    if (reader.kind === 'encrypted') throw new ParseError(file, 'encrypted', `${reader.what}: remove the password and save it again`);
    throw new ParseError(file, 'unsupported', `not a supported format: ${reader.what}`);
  }
  const result = await reader.read(bytes, file);
  const format: Format = result.format ?? reader.format;
  if (!result.blocks.length) throw new ParseError(file, 'empty', 'no text could be read from the file');
  return Document.parse({
    source: {
      file: basename(file),
      sha256: sha256(bytes),
      format,
      bytes: bytes.byteLength,
      pages: result.pages,
      ...(result.encoding ? { encoding: result.encoding } : {}),
    },
    blocks: result.blocks,
    warnings: result.warnings,
    ...(result.quality ? { quality: result.quality } : {}),
  });
}

export async function parseFile(path: string): Promise<Document> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new ParseError(path, 'unsupported', 'is a directory, not a file');
    size = s.size;
  } catch (e) {
    if (e instanceof ParseError) throw e;
    throw new ParseError(path, 'unsupported', `cannot be opened: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > MAX_FILE_BYTES) throw new ParseError(path, 'too-large', `the file is ${size} bytes, over the ${MAX_FILE_BYTES}-byte limit`);
  const bytes = await readFile(path);
  return parseBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path);
}
