import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseError } from './helpers.ts';
import { parseBytes } from '../../src/parse/index.ts';
import { checkPackage, DEFAULT_PACKAGE_LIMITS } from '../../src/parse/package.ts';
import { declareSize, docxOf, documentXml, textRun } from './docx-package.ts';

const REPORT = documentXml([textRun('2023年全年预算数7143.45万元,执行数6708万元。')]);

describe('.docx package limits, checked before mammoth inflates anything', () => {
  it('reads an ordinary small .docx', async () => {
    const doc = await parseBytes(await docxOf(REPORT), 'ok.docx');
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['2023年全年预算数7143.45万元,执行数6708万元。']);
  });

  it('refuses a part compressed far beyond what Word writes (a zip bomb), as too-large', async () => {
    // 32 MB of one repeated paragraph deflates about 1000:1
    const bomb = documentXml([], '').replace('<w:body>', `<w:body>${'<w:p><w:r><w:t>0</w:t></w:r></w:p>'.repeat(1_000_000)}`);
    const bytes = await docxOf(bomb);
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    const e = await parseError(parseBytes(bytes, 'bomb.docx'));
    expect(e.code).toBe('too-large');
    expect(e.file).toBe('bomb.docx');
    expect(e.reason).toMatch(/word\/document\.xml.*compressed \d+:1, over the limit of 200:1/);
  });

  it('refuses a part whose declared size is over the limit without inflating it', async () => {
    // the compressed data is garbage: had it been inflated, the error would say "damaged"
    const zip = await docxOf(REPORT, { 'word/media/huge.bin': Buffer.alloc(4096, 7) });
    const lying = Buffer.from(declareSize(zip, 'word/media/huge.bin', DEFAULT_PACKAGE_LIMITS.maxEntryBytes + 1));
    const at = lying.indexOf(Buffer.from('word/media/huge.bin')) + 'word/media/huge.bin'.length;
    lying.fill(0xff, at, at + 16);
    const e = await parseError(parseBytes(new Uint8Array(lying), 'huge.docx'));
    expect(e.code).toBe('too-large');
    expect(e.reason).toMatch(/"word\/media\/huge\.bin" would expand to \d+ bytes, over the limit/);
  });

  it('refuses parts whose declared sizes add up to more than the total limit', async () => {
    const limits = { ...DEFAULT_PACKAGE_LIMITS, maxTotalBytes: 1000 };
    const e = await parseError(checkPackage(await docxOf(REPORT, { 'word/a.bin': Buffer.alloc(900, 1) }), 'total.docx', limits));
    expect(e.code).toBe('too-large');
    expect(e.reason).toMatch(/would expand to more than 1000 bytes/);
  });

  it('refuses too many entries', async () => {
    const limits = { ...DEFAULT_PACKAGE_LIMITS, maxEntries: 3 };
    const e = await parseError(checkPackage(await docxOf(REPORT, { 'word/x.xml': '<x/>' }), 'many.docx', limits));
    expect(e.reason).toMatch(/holds 4 zip entries, over the limit of 3/);
  });

  it('stops inflating a part that yields more than its zip directory declares', async () => {
    const zip = await docxOf(REPORT, { 'word/media/pad.bin': Buffer.alloc(2 * 1024 * 1024) });
    const e = await parseError(parseBytes(declareSize(zip, 'word/media/pad.bin', 1000), 'liar.docx'));
    expect(e.code).toBe('too-large');
    expect(e.reason).toMatch(/"word\/media\/pad\.bin" expands beyond the size its zip directory declares/);
  });
});

describe('.docx with external entities and relationships', () => {
  it('refuses a part that declares a DTD (the way to external entities), reading nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-xxe-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'SECRET-XXE-CONTENT');
    const xml = documentXml([textRun('&xxe;')], `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${secret}">]>`);
    const e = await parseError(parseBytes(await docxOf(xml), 'xxe.docx'));
    expect(e.code).toBe('corrupt');
    expect(e.reason).toMatch(/"word\/document\.xml" declares a DTD/);
    expect(e.message).not.toMatch(/SECRET/);
  });

  it('never fetches an externally linked image, on the network or on disk', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('GIF89a');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-extrel-'));
    writeFileSync(join(dir, 'secret.png'), 'SECRET-IMAGE-CONTENT');
    const image = (rid: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="p"/>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
      `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="${rid}"/></pic:blipFill></pic:pic>` +
      `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="http://127.0.0.1:${port}/x.png" TargetMode="External"/>
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${dir}/secret.png" TargetMode="External"/>
</Relationships>`;
    try {
      const bytes = await docxOf(documentXml([textRun('全年预算数100万元。') + image('rId7') + image('rId8')]), {
        'word/_rels/document.xml.rels': rels,
      });
      const doc = await parseBytes(bytes, 'linked.docx');
      expect(JSON.stringify(doc)).not.toMatch(/SECRET|GIF89a/);
      expect(doc.blocks[0]).toMatchObject({ type: 'paragraph', text: '全年预算数100万元。' });
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});
