import { parseMarkdownText } from '../../src/parse/markdown.ts';
import { extract } from '../../src/extract/index.ts';
import { Document } from '../../src/model/document.ts';

/** A Document from Markdown text, as the Markdown reader would give it. */
export function docOf(text: string, file = 'test.md'): Document {
  const r = parseMarkdownText(text);
  return Document.parse({
    source: { file, sha256: '0'.repeat(64), format: 'markdown', bytes: text.length, pages: null },
    blocks: r.blocks,
    warnings: [],
  });
}

/** key → "value unit" of every figure extracted from `text`. */
export function figuresOf(text: string): Record<string, string> {
  const r = extract(docOf(text));
  return Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, `${f.value}${f.unit}`]));
}
