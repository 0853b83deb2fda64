/**
 * Fuzzing the readers in this process (fast-check, fixed seed, bounded counts): on arbitrary bytes
 * and on mutated real files (the seed's Markdown and .docx, a few zip-bomb shapes), sniffing and
 * decoding never throw, and reading either gives a Document that passes its schema or rejects with
 * a ParseError naming the file — never anything else (a TypeError from a reader is a bug that would
 * otherwise be filed as an internal error). The PDF reader and the whole core run under their time
 * and memory limits in test/pipeline/fuzz.test.ts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/model/document.ts';
import { decodeText } from '../../src/parse/decode.ts';
import { ParseError, type ParseErrorCode } from '../../src/parse/errors.ts';
import { parseBytes } from '../../src/parse/index.ts';
import { readerFor } from '../../src/parse/readers.ts';
import { fuzzOptions, mutate, mutations } from '../fuzz.ts';
import { declareSize, docxOf, documentXml, textRun } from './docx-package.ts';

const MD = new Uint8Array(readFileSync('fixtures/seed/qiaozhong-2023.md'));
const RECEIVED = new Uint8Array(readFileSync('fixtures/seed/qiaozhong-2023.received.md'));
const DOCX = new Uint8Array(readFileSync('fixtures/seed/qiaozhong-2023.docx'));
const CODES: ParseErrorCode[] = ['empty', 'unsupported', 'corrupt', 'encrypted', 'no-text', 'too-large', 'timeout'];

/** Reads the bytes; fails the property unless the result is a valid Document or a well-formed ParseError. */
async function readsOrRefuses(bytes: Uint8Array, file: string): Promise<void> {
  let outcome: unknown;
  try {
    outcome = await parseBytes(bytes, file);
  } catch (e) {
    if (!(e instanceof ParseError))
      throw new Error(`${file}: not a ParseError but ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e });
    expect(CODES).toContain(e.code);
    expect(e.file).toBe(file);
    expect(e.reason).toMatch(/\S/);
    return;
  }
  expect(() => Document.parse(outcome)).not.toThrow();
}

/** Arbitrary bytes, some of them behind the first bytes of a format (so that each reader is reached). */
const MAGIC = [
  Buffer.from('%PDF-1.7\n'),
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from('# 2023年度部门整体支出绩效自评报告\n'),
];
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 4096 })).map(([m, b]) => new Uint8Array(Buffer.concat([m, b]))),
  fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  fc.string({ unit: 'binary', maxLength: 1000 }).map((s) => new Uint8Array(Buffer.from(s, 'utf16le'))),
);

describe('the readers on arbitrary bytes', () => {
  it('choosing a reader and decodeText never throw', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const r = readerFor(bytes);
        const kind = 'format' in r ? r.format : r.kind;
        expect(['pdf', 'docx', 'markdown', 'encrypted', 'unsupported']).toContain(kind);
        if (kind === 'markdown') expect(typeof decodeText(bytes).text).toBe('string');
      }),
      fuzzOptions(300),
    );
  });

  it('parseBytes gives a Document or a ParseError, nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, (bytes) => readsOrRefuses(bytes, 'fuzz.bin')),
      fuzzOptions(200),
    );
  });
});

describe('the readers on mutated real files', () => {
  it('Markdown (as written and as received): truncated, flipped, cut and spliced', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(MD, RECEIVED), mutations, (bytes, changes) => readsOrRefuses(mutate(bytes, changes), 'mutated.md')),
      fuzzOptions(40),
    );
  });

  it('Markdown re-encoded (GB18030, Big5, UTF-16 with and without a byte order mark), then mutated', async () => {
    const text = Buffer.from(MD).toString('utf8').slice(0, 4000);
    const iconv = (await import('iconv-lite')).default;
    const encoded = [
      iconv.encode(text, 'gb18030'),
      iconv.encode(text, 'big5'),
      iconv.encode(text, 'utf16le'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]),
      iconv.encode(text, 'utf16be'),
    ].map((b) => new Uint8Array(b));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...encoded), mutations, (bytes, changes) => readsOrRefuses(mutate(bytes, changes), 'encoded.md')),
      fuzzOptions(30),
    );
  });

  it('.docx: truncated, flipped, cut and spliced', async () => {
    await fc.assert(
      fc.asyncProperty(mutations, (changes) => readsOrRefuses(mutate(DOCX, changes), 'mutated.docx')),
      fuzzOptions(40),
    );
  });

  it('.docx zip-bomb shapes: a part of repeated bytes, sizes the directory lies about', async () => {
    const report = documentXml([textRun('2023年全年预算数7143.45万元,执行数6708万元。')]);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          padMb: fc.integer({ min: 0, max: 8 }),
          padByte: fc.integer({ min: 0, max: 255 }),
          declared: fc.option(fc.constantFrom(0, 1, 1000, 65_535, 2 ** 26 + 1, 2 ** 31, 2 ** 32 - 1), { nil: undefined }),
          liar: fc.constantFrom('word/document.xml', 'word/media/pad.bin', '[Content_Types].xml'),
        }),
        mutations,
        fc.boolean(),
        async ({ padMb, padByte, declared, liar }, changes, mutateToo) => {
          let zip = await docxOf(report, padMb ? { 'word/media/pad.bin': Buffer.alloc(padMb * 1024 * 1024, padByte) } : {});
          if (declared !== undefined) zip = declareSize(zip, liar, declared);
          if (mutateToo) zip = mutate(zip, changes);
          await readsOrRefuses(zip, 'bomb.docx');
        },
      ),
      fuzzOptions(30),
    );
  });
});
