/** `rasid dates "TEXT" [--reference ISO]` (or `-` for stdin): print the dates layer as JSON. */
import type { Command } from 'commander';
import { RasidError } from '../../doc/errors.js';
import { printJson, readStdin } from '../io.js';
import { findDates, referenceOf } from '../../time/find.js';

export function register(program: Command): void {
  program
    .command('dates')
    .description('find and resolve date and time expressions in text')
    .argument('<text>', 'the text, or - to read it from stdin')
    .option('-r, --reference <iso>', 'reference time for relative dates (ISO 8601, e.g. 2021-01-22T10:42:00Z)')
    .option('--pretty', 'indent the JSON')
    .action(async (text: string, opts: { reference?: string; pretty?: boolean }) => {
      if (opts.reference !== undefined) referenceOf(opts.reference);
      const input = text === '-' ? (await readStdin()).toString('utf8') : text;
      if (input.trim() === '') throw new RasidError('E_INPUT_EMPTY', { path: text === '-' ? 'stdin' : 'argument' });
      printJson(findDates(input, opts.reference ? { reference: opts.reference } : {}), { pretty: opts.pretty });
    });
}
