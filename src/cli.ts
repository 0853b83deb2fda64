/**
 * The budgetlens command line. Exit codes: 0 all documents ok, 1 some documents failed, 2 usage error.
 */
import { Command, CommanderError } from 'commander';
import { registerParse } from './cli/parse.ts';
import { registerExtract } from './cli/extract.ts';
import { registerSchema } from './cli/schema.ts';
import { registerIngest, registerWorker } from './cli/ingest.ts';
import { registerExport } from './cli/export.ts';
import { registerCompare } from './cli/compare.ts';
import { registerReview } from './cli/review.ts';
import { registerServe } from './cli/serve.ts';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export function buildProgram(): Command {
  const program = new Command('budgetlens')
    .description('Read budget-performance self-evaluation reports, extract their figures and find the inconsistencies.')
    .option('--data <dir>', 'data directory of the embedded store (env BUDGETLENS_DATA)', process.env.BUDGETLENS_DATA ?? './.budgetlens')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerParse(program);
  registerExtract(program);
  registerIngest(program);
  registerExport(program);
  registerCompare(program);
  registerReview(program);
  registerServe(program);
  registerWorker(program);
  registerSchema(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    // the reader went away (`export | head`): what it wanted, it has
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return EXIT.ok;
    process.stderr.write(`budgetlens: ${(e as Error).message}\n`);
    return EXIT.someFailed;
  }
  return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
}

const invokedDirectly = process.argv[1] && /budgetlens(\.mjs)?$|cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
