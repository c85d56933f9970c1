/**
 * The `rasid` command line. Each command lives in `commands/<name>.ts` and exports
 * `register(program)`; only the command being run is loaded, so `rasid parse` does not pay
 * for the HTTP server or the store.
 */
import { Command } from 'commander';
import { asRasidError } from '../doc/errors.js';

interface CommandEntry {
  name: string;
  summary: string;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'start', summary: 'ingest the bundled demo corpus if the store is empty, then serve the web UI and API' },
  { name: 'parse', summary: 'read articles (text, JSONL, HTML) and print each as a JSON Doc with all layers' },
  { name: 'dates', summary: 'find and resolve date and time expressions in text' },
  { name: 'statements', summary: 'list the attributed statements of articles (speaker — cue — content)' },
  { name: 'tag', summary: 'tag pre-tokenized CoNLL text with the named-entity model' },
  { name: 'eval', summary: 'evaluate against gold data: dates, ner, statements, pages' },
  { name: 'ingest', summary: 'analyse articles and store them (files, folders, globs, JSONL, zip, -)' },
  { name: 'search', summary: 'search stored articles and statements' },
  { name: 'speakers', summary: 'list speakers with their statement counts' },
  { name: 'speaker', summary: "a speaker's statements in date order" },
  { name: 'copy', summary: 'copy every stored article into another store (SQLite ⇄ PostgreSQL) without analysing again' },
  { name: 'stats', summary: 'counts of articles, statements, speakers, entities, stories and outlets' },
  { name: 'serve', summary: 'serve the HTTP API and the web UI' },
  { name: 'watch', summary: 'poll feeds and pages and ingest what is new' },
];

export async function main(argv: string[]): Promise<number> {
  const program = new Command('rasid')
    .description('rasid (راصد): who said what, about whom, where and when, from Arabic news')
    .version('0.1.0')
    // Usage errors from the argument parser take the catalogue's one-line form too.
    .configureOutput({
      outputError: (str, write) => write(`rasid: E_USAGE: ${str.replace(/^error:\s*/u, '').trim()}\n`),
    })
    .exitOverride();
  const name = argv[2];
  const entry = COMMANDS.find((c) => c.name === name);
  if (entry) {
    const mod = (await import(`./commands/${entry.name}.js`)) as { register(p: Command): void };
    mod.register(program);
  } else {
    for (const c of COMMANDS) program.command(c.name).description(c.summary);
  }
  process.exitCode = 0;
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    if (typeof err.code === 'string' && err.code.startsWith('commander.')) {
      return err.exitCode === 0 ? 0 : 2;
    }
    const re = asRasidError(e);
    process.stderr.write(`rasid: ${re.toLine()}\n`);
    if (re.code === 'E_INTERNAL' && process.env.RASID_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return re.exitCode;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

// A reader that stops early (`rasid parse ... | head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const code = await main(process.argv);
process.exitCode = code;
