/** Builds small .docx packages in memory (yazl) for the package-limit tests. */
import yauzl from 'yauzl';
import yazl from 'yazl';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;
const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A document.xml whose body is the given paragraphs (w:p … inner XML), after an optional prolog. */
export function documentXml(paragraphs: string[], prolog = ''): string {
  const body = paragraphs.map((p) => `<w:p>${p}</w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
}

export const textRun = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;

/** A zip of the parts given (name → content), deflated. */
export function zipOf(parts: { [name: string]: string | Buffer }): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(parts)) {
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name, { mtime: new Date(2020, 0, 1) });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** A minimal .docx: the document and, optionally, its relationships part and other parts. */
export function docxOf(document: string, extra: { [name: string]: string | Buffer } = {}): Promise<Uint8Array> {
  return zipOf({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': ROOT_RELS, 'word/document.xml': document, ...extra });
}

/**
 * Rewrites the uncompressed size that the local header and the central directory record of the
 * entry `name` declare: a package whose directory lies about what its data inflates to.
 */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const b = Buffer.from(zip);
  const n = Buffer.from(name, 'utf8');
  for (let i = 0; i + 46 < b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x04034b50 && b.readUInt16LE(i + 26) === n.length && b.subarray(i + 30, i + 30 + n.length).equals(n))
      b.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50 && b.readUInt16LE(i + 28) === n.length && b.subarray(i + 46, i + 46 + n.length).equals(n))
      b.writeUInt32LE(size, i + 24);
  }
  return new Uint8Array(b);
}

/**
 * Renames an entry in place, in its local and central headers, to raw name bytes of the same length
 * (names no zip writer would write: "../x", GBK without the UTF-8 flag). `utf8Flag` sets or clears bit 11.
 */
export function renameEntry(zip: Uint8Array, from: string, to: Buffer, utf8Flag: boolean): Uint8Array {
  const b = Buffer.from(zip);
  const old = Buffer.from(from, 'utf8');
  if (old.length !== to.length) throw new Error(`renameEntry: "${from}" is ${old.length} bytes, the new name ${to.length}`);
  for (let at = b.indexOf(old); at >= 0; at = b.indexOf(old, at + 1)) {
    const flagAt =
      at >= 46 && b.readUInt32LE(at - 46) === 0x02014b50
        ? at - 46 + 8
        : at >= 30 && b.readUInt32LE(at - 30) === 0x04034b50
          ? at - 30 + 6
          : -1;
    if (flagAt < 0) continue;
    to.copy(b, at);
    const flags = b.readUInt16LE(flagAt);
    b.writeUInt16LE(utf8Flag ? flags | 0x800 : flags & ~0x800, flagAt);
  }
  return new Uint8Array(b);
}

/** Every entry of a zip, inflated (name → bytes): to change a real .docx's parts and zip it again. */
export function unzipParts(zip: Uint8Array): Promise<{ [name: string]: Buffer }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(zip), { lazyEntries: true }, (err, z) => {
      if (err || !z) return reject(err);
      const parts: { [name: string]: Buffer } = {};
      z.on('entry', (entry: yauzl.Entry) => {
        z.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            parts[entry.fileName] = Buffer.concat(chunks);
            z.readEntry();
          });
        });
      });
      z.on('end', () => resolve(parts));
      z.on('error', reject);
      z.readEntry();
    });
  });
}
