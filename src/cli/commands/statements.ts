/**
 * `rasid statements FILE... | -`: the attributed statements of articles, one line each for people
 * (speaker — cue — content), or the statements layer as JSON with `--json`.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Doc, Statement } from '../../doc/doc.js';
import { RasidError } from '../../doc/errors.js';
import { analyze } from '../../pipeline/default.js';
import { printJson, readStdin, reportError } from '../io.js';

/** One readable line per statement: `speaker — cue — content  [kind, type]`. */
export function formatStatement(s: Statement): string {
  const who = s.speaker.name ?? '؟';
  const via = s.mention && s.mention.text !== who ? ` (${s.mention.text})` : s.mention ? '' : ' (∅)';
  const relay = s.relay ? ` [عبر ${s.relay.name}]` : '';
  const tags = [s.kind, s.type].filter(Boolean).join(', ');
  return `${who}${via} — ${s.cue.text} — ${s.content.text}  [${tags}]${relay}`;
}

export function formatStatements(doc: Doc): string {
  const sts = doc.statements ?? [];
  if (sts.length === 0) return '(no statements)';
  return sts.map((s, i) => `${i + 1}. ${formatStatement(s)}`).join('\n');
}

function readInput(path: string): Buffer | Promise<Buffer> {
  if (path === '-') return readStdin();
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RasidError('E_INPUT_MISSING', { path });
    throw new RasidError('E_INPUT_UNREADABLE', { path, detail: String(code ?? e) });
  }
}

export function register(program: Command): void {
  program
    .command('statements')
    .description('list the attributed statements of articles (speaker — cue — content)')
    .argument('<files...>', 'article files (text, HTML or one JSON record), or - for stdin')
    .option('--json', 'print the statements layer as JSON (one line per file)')
    .action(async (files: string[], opts: { json?: boolean }) => {
      for (const path of files) {
        try {
          const input = await readInput(path);
          if (input.length === 0) throw new RasidError('E_INPUT_EMPTY', { path: path === '-' ? 'stdin' : path });
          const doc = analyze(input, path === '-' ? {} : { path });
          if (opts.json) printJson({ path, statements: doc.statements ?? [] });
          else {
            if (files.length > 1) process.stdout.write(`== ${path}\n`);
            process.stdout.write(formatStatements(doc) + '\n');
          }
        } catch (e) {
          reportError(e, path);
        }
      }
    });
}
