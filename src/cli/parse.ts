import type { Command } from 'commander';
import type { Block, Document } from '../model/document.ts';

/** A readable outline: what the rules see, block by block, with ids and provenance. */
function outline(doc: Document): string {
  const s = doc.source;
  const out: string[] = [
    `${s.file}  ${s.format}${s.encoding ? ` (${s.encoding})` : ''}  ${s.bytes} bytes${s.pages ? `  ${s.pages} pages` : ''}  sha256 ${s.sha256.slice(0, 12)}`,
  ];
  for (const w of doc.warnings) out.push(`! ${w}`);
  for (const q of doc.quality ?? []) if (q.unmapped > 0) out.push(`! page ${q.page}: ${q.unmapped} of ${q.chars} glyphs unmapped`);
  out.push('');
  for (const b of doc.blocks) out.push(...blockLines(b));
  return out.join('\n');
}

function where(b: Block): string {
  const p = b.prov;
  const parts = [];
  if (p.page) parts.push(`p${p.page}`);
  if (p.lines) parts.push(p.lines[0] === p.lines[1] ? `l${p.lines[0]}` : `l${p.lines[0]}-${p.lines[1]}`);
  return parts.length ? ` [${parts.join(' ')}]` : '';
}

function blockLines(b: Block): string[] {
  if (b.type === 'heading') return [`${b.id}${where(b)} ${'#'.repeat(b.level)} ${b.text}`];
  if (b.type === 'paragraph') return [`${b.id}${where(b)} ${b.text}`];
  const width = Math.max(...b.rows.map((r) => r.length));
  const lines = [`${b.id}${where(b)} table ${b.rows.length} rows x ${width} columns`];
  b.rows.forEach((row, i) => {
    const cells = row.map((c) => {
      const span = c.rowSpan > 1 || c.colSpan > 1 ? `{${c.rowSpan}x${c.colSpan}}` : '';
      const page = c.prov.page && c.prov.page !== b.prov.page ? `(p${c.prov.page})` : '';
      return `${span}${page}${c.text}`;
    });
    lines.push(`    ${String(i + 1).padStart(2)} | ${cells.join(' | ')}`);
  });
  return lines;
}

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('print the Document a file is read into: blocks, tables and provenance (the input of every rule)')
    .argument('<file>', 'a .pdf, .docx, .md or .txt report')
    .option('--json', 'print the Document as JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { isParseError, parseFile } = await import('../parse/index.ts');
      try {
        const doc = await parseFile(file);
        process.stdout.write(opts.json ? `${JSON.stringify(doc, null, 2)}\n` : `${outline(doc)}\n`);
      } catch (e) {
        if (!isParseError(e)) throw e;
        process.stderr.write(`budgetlens: ${e.file}: ${e.reason} [${e.code}]\n`);
        process.exitCode = 1;
      }
    });
}
