/** Reading and writing CoNLL-style NER files: `token ... TAG` per line, a blank line between sentences. */
import { readFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';

export interface ConllSentence {
  tokens: string[];
  /** Gold tags (the last field of each line). */
  tags: string[];
}

const TAG = /^(O|[BI]-[A-Za-z]+)$/;

/**
 * Parse CoNLL text. Each non-blank line is `token [fields...] TAG`; the tag must be `O` or `B-X`/`I-X`.
 * `path` is only used in error messages.
 */
export function parseConll(text: string, path = '<input>', opts: { requireTags?: boolean } = {}): ConllSentence[] {
  const requireTags = opts.requireTags ?? true;
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const f = line.split(/\s+/);
    if (f.length < 2 && !requireTags) {
      cur.tokens.push(f[0]!);
      cur.tags.push('O');
      continue;
    }
    if (f.length < 2) throw new RasidError('E_GOLD_INVALID', { path, line: i + 1, detail: 'expected "token TAG"' });
    const tag = f[f.length - 1]!;
    if (!TAG.test(tag)) throw new RasidError('E_GOLD_INVALID', { path, line: i + 1, detail: `bad tag "${tag}"` });
    cur.tokens.push(f[0]!);
    cur.tags.push(tag);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Read and parse a CoNLL file, with catalogue errors for a missing or unreadable file. */
export function readConll(path: string, opts: { requireTags?: boolean } = {}): ConllSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RasidError('E_INPUT_MISSING', { path });
    throw new RasidError('E_INPUT_UNREADABLE', { path, detail: (e as Error).message });
  }
  if (text.trim() === '') throw new RasidError('E_INPUT_EMPTY', { path });
  return parseConll(text, path, opts);
}

/** `token GOLD PRED` lines, a blank line after each sentence. */
export function formatTagged(sentences: { tokens: string[]; gold: string[]; pred: string[] }[]): string {
  let out = '';
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) out += `${s.tokens[i]} ${s.gold[i]} ${s.pred[i]}\n`;
    out += '\n';
  }
  return out;
}
