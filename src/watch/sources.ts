/** The SOURCES file of `rasid watch`: one feed or page URL per line; `#` starts a comment. */
import { readFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';

export interface WatchSource {
  url: string;
  /** Line in the sources file (for messages). */
  line: number;
}

export interface SourceList {
  sources: WatchSource[];
  /** Lines that are not http(s) URLs, reported and skipped. */
  rejected: { line: number; text: string }[];
}

export function parseSources(text: string): SourceList {
  const sources: WatchSource[] = [];
  const rejected: SourceList['rejected'] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const t = raw.replace(/#.*$/, '').trim();
    if (!t) return;
    let url: URL;
    try {
      url = new URL(t);
    } catch {
      rejected.push({ line: i + 1, text: t });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      rejected.push({ line: i + 1, text: t });
      return;
    }
    if (seen.has(url.href)) return;
    seen.add(url.href);
    sources.push({ url: url.href, line: i + 1 });
  });
  return { sources, rejected };
}

export function readSources(path: string): SourceList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new RasidError('E_INPUT_MISSING', { path });
    throw new RasidError('E_INPUT_UNREADABLE', { path, detail: (e as Error).message });
  }
  const list = parseSources(text);
  if (!list.sources.length) throw new RasidError('E_INPUT_EMPTY', { path });
  return list;
}
