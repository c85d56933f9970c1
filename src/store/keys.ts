/** Comparison keys for names (speakers, entities, outlets): search form, single spaces, trimmed. */
import { normalizeText } from '../text/normalize.js';

export function nameKey(name: string): string {
  return normalizeText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A LIKE pattern matching `key` as a whole-word part of a space-padded key (`' ' || k || ' '`). */
export function containsWordsPattern(key: string): string {
  return '% ' + key.replace(/[\\%_]/g, (c) => '\\' + c) + ' %';
}

/** `YYYY-MM-DD` of an ISO date or instant (the date as written, no time-zone shift), or null. */
export function dayOf(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(iso);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
