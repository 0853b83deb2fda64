#!/usr/bin/env node
// `npm test`: the whole suite with vitest, then one plain closing line ("N passed, N failed, N skipped")
// that CI and people can read without knowing vitest's output. Integration tests that need Redis or
// PostgreSQL skip themselves with a reason when the service is absent; with CI=true they fail instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// dist/ compiled from the source as it is now: the CLIs, worker processes and document threads that
// tests start run it (workers/load.mjs), as users do, instead of the source through tsx in each
const build = spawnSync(process.execPath, [fileURLToPath(new URL('build.mjs', import.meta.url))], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dir = mkdtempSync(join(tmpdir(), 'budgetlens-test-'));
const report = join(dir, 'report.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
let summary = null;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  summary = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`;
  const skippedNames = r.testResults.flatMap((f) =>
    f.assertionResults
      .filter((a) => a.status === 'pending' || a.status === 'skipped')
      .map((a) => `${f.name.replace(process.cwd() + '/', '')}: ${a.fullName}`),
  );
  if (skippedNames.length) {
    console.log(`\nSkipped (see the reason printed by each file above):`);
    for (const n of skippedNames) console.log(`  - ${n}`);
  }
} catch {
  // vitest died before writing its report: its own output above says why
}
rmSync(dir, { recursive: true, force: true });
if (summary) console.log(`\n${summary}`);
process.exit(run.status ?? 1);
