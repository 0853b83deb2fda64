import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { collectInputs, unzip } from '../../src/pipeline/inputs.ts';
import { renameEntry, zipOf } from '../parse/docx-package.ts';

const fixture = (p: string) => new URL(`../../fixtures/${p}`, import.meta.url).pathname;

describe('ingest inputs', () => {
  it('walks directories recursively, opens zip archives, keeps .docx files whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-inputs-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(fixture('seed/qiaozhong-2023.docx'), join(dir, 'sub', 'report.docx'));
    copyFileSync(fixture('zip/reports.zip'), join(dir, 'reports.zip'));
    writeFileSync(join(dir, '.DS_Store'), 'junk');
    const { files, failures } = await collectInputs([dir]);
    expect(failures).toEqual([]);
    expect(files.map((f) => f.name.replace(dir, '')).sort()).toEqual(
      ['/sub/report.docx', 'reports.zip/2023/notes/empty.txt', 'reports.zip/2023/qiaozhong.md'].sort(),
    );
    expect(files.find((f) => f.name.endsWith('qiaozhong.md'))!.bytes.byteLength).toBe(32925);
  });
  it('refuses an archive entry that points outside the archive, naming it', async () => {
    const { files, failures } = await collectInputs([fixture('zip/traversal.zip')]);
    expect(files.map((f) => f.name)).toEqual(['traversal.zip/ok.md']); // its good entry is kept
    expect(failures[0].reason).toMatch(/"\.\.\/\.\.\/etc\/evil\.md" points outside the archive/);
  });
  it('keeps the good entries of an archive with one bad entry, and names the bad one', async () => {
    let zip = await zipOf({ 'good.md': '# 报告\n全年预算数100万元。', 'sub/aa/aa/evil.md': 'x', 'aabs.md': 'y', 'also-good.txt': '预算' });
    zip = renameEntry(zip, 'sub/aa/aa/evil.md', Buffer.from('sub/../../evil.md'), true);
    zip = renameEntry(zip, 'aabs.md', Buffer.from('/abs.md'), true);
    const out = await unzip(zip, '/somewhere/mixed.zip');
    expect(out.map((i) => ('bytes' in i ? `ok ${i.name}` : `bad ${i.name}: ${i.reason}`))).toEqual([
      'ok mixed.zip/good.md',
      'bad mixed.zip/sub/../../evil.md: archive entry "sub/../../evil.md" points outside the archive: skipped',
      'bad mixed.zip//abs.md: archive entry "/abs.md" points outside the archive: skipped',
      'ok mixed.zip/also-good.txt',
    ]);
  });
  it('skips symbolic link entries and says so', async () => {
    const yazl = (await import('yazl')).default;
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from('/etc/passwd'), 'link.md', { mode: 0o120777 });
    zip.addBuffer(Buffer.from('全年预算数100万元。'), 'real.md');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream) chunks.push(c as Buffer);
    const out = await unzip(new Uint8Array(Buffer.concat(chunks)), 'links.zip');
    expect(out).toEqual([
      { name: 'links.zip/link.md', reason: 'archive entry "link.md" is a symbolic link: skipped' },
      { name: 'links.zip/real.md', bytes: expect.any(Uint8Array) },
    ]);
  });
  it('decodes entry names written in GBK without the UTF-8 flag (Chinese Windows zip tools)', async () => {
    const name = '2023年部门整体支出绩效自评报告.md';
    const gbk = iconv.encode(name, 'gbk');
    const placeholder = 'x'.repeat(gbk.length - 3) + '.md';
    const zip = renameEntry(await zipOf({ [placeholder]: '全年预算数100万元。' }), placeholder, gbk, false);
    const out = await unzip(zip, 'gbk.zip');
    expect(out.map((i) => i.name)).toEqual([`gbk.zip/${name}`]);
  });
  it('enforces entry-count and size limits', async () => {
    const limits = { maxEntries: 1, maxEntryBytes: 1e9, maxTotalBytes: 1e9 };
    expect((await collectInputs([fixture('zip/reports.zip')], limits)).failures[0].reason).toMatch(/3 entries, over the limit of 1/);
    const small = { maxEntries: 100, maxEntryBytes: 1000, maxTotalBytes: 1e9 };
    expect((await collectInputs([fixture('zip/reports.zip')], small)).failures[0].reason).toMatch(/over the limit/);
  });
  it('names a missing path and a damaged archive without stopping the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-inputs-'));
    writeFileSync(join(dir, 'broken.zip'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const { files, failures } = await collectInputs([join(dir, 'nope.md'), join(dir, 'broken.zip'), fixture('seed/qiaozhong-2023.md')]);
    expect(files).toHaveLength(1);
    expect(failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/cannot be opened: ENOENT/),
      expect.stringMatching(/not a readable zip archive/),
    ]);
  });
});
