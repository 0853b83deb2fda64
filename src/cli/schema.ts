import type { Command } from 'commander';
import { z } from 'zod';
import { Record } from '../model/record.ts';

export function recordJsonSchema(): unknown {
  return z.toJSONSchema(Record, { io: 'output', unrepresentable: 'any' });
}

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the record that extract, the store and the exports share')
    .action(() => {
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });
}
