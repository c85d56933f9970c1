/** Reading gold statement files (the format of shared/data/statements/dev.jsonl) and splitting them. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';
import type { GoldStatement } from './score.js';

export interface GoldArticle {
  id: string;
  text: string;
  statements: GoldStatement[];
}

/** Parse a gold JSONL file; a bad line is an E_GOLD_INVALID error naming the line. */
export function loadGold(path: string): GoldArticle[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RasidError('E_INPUT_MISSING', { path });
    throw new RasidError('E_INPUT_UNREADABLE', { path, detail: String(code ?? e) });
  }
  const out: GoldArticle[] = [];
  const lines = raw.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!line) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      throw new RasidError('E_JSON_INVALID', { path, line: k + 1, detail: (e as Error).message });
    }
    const r = rec as { id?: unknown; text?: unknown; statements?: unknown };
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || !Array.isArray(r.statements)) {
      throw new RasidError('E_GOLD_INVALID', { path, line: k + 1, detail: 'needs id, text and statements' });
    }
    const sts: GoldStatement[] = [];
    for (const s of r.statements as unknown[]) {
      const g = s as { content?: unknown; speaker?: unknown; speaker_mention?: unknown; kind?: unknown };
      if (typeof g.content !== 'string') throw new RasidError('E_GOLD_INVALID', { path, line: k + 1, detail: 'a statement has no content' });
      sts.push({
        content: g.content,
        speaker: typeof g.speaker === 'string' ? g.speaker : null,
        speaker_mention: typeof g.speaker_mention === 'string' ? g.speaker_mention : null,
        ...(typeof g.kind === 'string' ? { kind: g.kind } : {}),
      });
    }
    out.push({ id: r.id, text: r.text, statements: sts });
  }
  return out;
}

/**
 * The fixed tuning/held-out split of a gold set, decided before looking at the held-out articles:
 * an article is held out when the first 8 hex digits of sha1(id), as a number, mod 5 is 2, 3 or 4.
 */
export function isHeldOut(id: string): boolean {
  const h = parseInt(createHash('sha1').update(id).digest('hex').slice(0, 8), 16);
  return h % 5 >= 2;
}
