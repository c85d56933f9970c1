/** Small helpers shared by the CLI commands: JSON output, one-line errors, stdin. */
import { RasidError, asRasidError } from '../doc/errors.js';

export function printJson(value: unknown, opts: { pretty?: boolean } = {}): void {
  process.stdout.write(JSON.stringify(value, null, opts.pretty ? 2 : undefined) + '\n');
}

/** Report an error on stderr as one line (`rasid: E_CODE: message`) and remember a failing exit status. */
export function reportError(e: unknown, prefix?: string): RasidError {
  const re = asRasidError(e);
  process.stderr.write(`rasid: ${prefix ? prefix + ': ' : ''}${re.toLine()}\n`);
  if (!process.exitCode) process.exitCode = re.exitCode;
  return re;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** `1 article`, `2 articles`; `plural` for nouns without a plain -s (`story`, `stories`). */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
