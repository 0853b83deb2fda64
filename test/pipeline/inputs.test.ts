import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/pipeline/inputs.ts';

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
    expect(files.map((f) => f.name.replace(dir, '')).sort()).toEqual(['/sub/report.docx', 'reports.zip/2023/notes/empty.txt', 'reports.zip/2023/qiaozhong.md'].sort());
    expect(files.find((f) => f.name.endsWith('qiaozhong.md'))!.bytes.byteLength).toBe(32925);
  });
  it('refuses an archive entry that points outside the archive, naming it', async () => {
    const { files, failures } = await collectInputs([fixture('zip/traversal.zip')]);
    expect(files).toEqual([]);
    expect(failures[0].reason).toMatch(/"\.\.\/\.\.\/etc\/evil\.md" points outside the archive/);
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
    expect(failures.map((f) => f.reason)).toEqual([expect.stringMatching(/cannot be opened: ENOENT/), expect.stringMatching(/not a readable zip archive/)]);
  });
});
