/**
 * Who may import what: the core (src/model, parse, extract, reconcile) knows nothing of the store,
 * the queue, the exports, the CLI, the server, review or the comparison, and the comparison's pure
 * module reads only the core — so both run anywhere, on any input, without a database.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level part of src/ each relative import of `file` reaches ("store", "model", …), and its bare package imports. */
function importsOf(file: string): { parts: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map(
    (m) => m[1] ?? m[2],
  );
  const parts: string[] = [];
  const packages: string[] = [];
  for (const s of specifiers) {
    if (s.startsWith('.')) parts.push(relative(SRC, resolve(dirname(file), s)).split('/')[0]);
    else packages.push(s);
  }
  return { parts, packages };
}

describe('module boundaries', () => {
  it('the core imports nothing from store, queue, export, cli, server, review, pipeline or compare', () => {
    const outside = new Set(['store', 'queue', 'export', 'cli', 'server', 'review', 'pipeline', 'compare']);
    const offending: string[] = [];
    for (const part of ['model', 'parse', 'extract', 'reconcile']) {
      for (const file of filesUnder(join(SRC, part))) {
        for (const reached of importsOf(file).parts) if (outside.has(reached)) offending.push(`${relative(SRC, file)} → ${reached}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('the comparison’s pure functions read only the core and decimal.js', () => {
    const { parts, packages } = importsOf(join(SRC, 'compare', 'index.ts'));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.filter((p) => !['model', 'extract', 'reconcile'].includes(p))).toEqual([]);
    expect(packages).toEqual(['decimal.js']);
  });
});
