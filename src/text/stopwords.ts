/** Arabic stop words (`data/text/stopwords.json`), in search form. */
import { loadJson } from '../data/load.js';
import { normalizeText } from './normalize.js';

let set: Set<string> | null = null;

/** The stop-word set, each entry in search form (`normalizeText`). */
export function stopWords(): ReadonlySet<string> {
  if (!set) {
    const d = loadJson<{ words: string[] }>('text', 'stopwords.json');
    set = new Set(d.words.map((w) => normalizeText(w)));
  }
  return set;
}

/** Is `normWord` (already in search form) a stop word? */
export function isStopWord(normWord: string): boolean {
  return stopWords().has(normWord);
}
