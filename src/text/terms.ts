/**
 * Word terms straight from the text: the search form of a word span (`normalizeSlice`) and its
 * light stem (`lightStem`), found without building the search-form string when the word was seen
 * before. The span is put in search form code unit by code unit (the table of `normalize.ts`),
 * hashed on the way, and looked up in a memo keyed by the search form; the memo holds the search
 * form, its stem and whether it is a stop word. The indexing path (`searchTerms`) and the text
 * benchmark use it; results are exactly `lightStem(normalizeSlice(...))`.
 */
import { normalizeSlice, searchFormTable } from './normalize.js';
import { lightStem } from './stem.js';
import { isStopWord } from './stopwords.js';

const BITS = 18;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;
/** The memo is emptied when half full. */
const MAX = SIZE >> 1;
/** Spans longer than this take the string path. */
const MAX_LEN = 48;
const hashes = new Int32Array(SIZE);
/** Generation each slot was filled in; a slot is in use when it equals `gen`. */
const gens = new Int32Array(SIZE);
const keys: string[] = new Array<string>(SIZE).fill('');
const stems: string[] = new Array<string>(SIZE).fill('');
const stops = new Uint8Array(SIZE);
let gen = 1;
let count = 0;
/** Search-form code units of the current span (plain array: cheap `apply` argument). */
const buf = new Uint16Array(MAX_LEN * 4);
const k0Hash = 0x1c9dc5;

let table: ReturnType<typeof searchFormTable> | null = null;

/** Memo slot of the word `s[start, end)`; -1 when the span is too long or normalizes to nothing. */
function slotOf(s: string, start: number, end: number): number {
  if (end - start > MAX_LEN) return -1;
  table ??= searchFormTable();
  const codes = table.codes;
  let k = 0;
  let h = k0Hash;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const t = codes[c]!;
    if (t >= 0) {
      const u = t === 0 ? c : t;
      buf[k++] = u;
      h = Math.imul(h ^ u, 0x01000193);
    } else if (t <= -3) {
      const exp = table.expansions[-t - 3]!;
      for (let j = 0; j < exp.length; j++) {
        const u = exp.charCodeAt(j);
        buf[k++] = u;
        h = Math.imul(h ^ u, 0x01000193);
      }
    }
  }
  if (k === 0) return -1;
  h |= 0;
  let slot = (h ^ (h >>> BITS)) & MASK;
  while (gens[slot] === gen) {
    if (hashes[slot] === h) {
      const key = keys[slot]!;
      if (key.length === k) {
        let j = 0;
        while (j < k && key.charCodeAt(j) === buf[j]) j++;
        if (j === k) return slot;
      }
    }
    slot = (slot + 1) & MASK;
  }
  if (count >= MAX) {
    gen++;
    count = 0;
    keys.fill('');
    stems.fill('');
    return slotOf(s, start, end);
  }
  const norm = String.fromCharCode.apply(null, Array.from(buf.subarray(0, k)));
  gens[slot] = gen;
  hashes[slot] = h;
  keys[slot] = norm;
  stems[slot] = lightStem(norm);
  stops[slot] = isStopWord(norm) ? 1 : 0;
  count++;
  return slot;
}

/** The search form of the token `s[start, end)` as `tokenize` gives it (the text itself when normalization leaves nothing). */
function normOf(s: string, start: number, end: number): string {
  const text = s.slice(start, end);
  const norm = normalizeSlice(s, start, end, text);
  return norm.length > 0 ? norm : text;
}

/** `lightStem` of the word `s[start, end)` in search form. */
export function stemOfSpan(s: string, start: number, end: number): string {
  const slot = slotOf(s, start, end);
  return slot >= 0 ? stems[slot]! : lightStem(normOf(s, start, end));
}

/** The word `s[start, end)`: its search form, light stem and stop-word flag. */
export function wordTerm(s: string, start: number, end: number): { norm: string; stem: string; stop: boolean } {
  const slot = slotOf(s, start, end);
  if (slot >= 0) return { norm: keys[slot]!, stem: stems[slot]!, stop: stops[slot] === 1 };
  const norm = normOf(s, start, end);
  return { norm, stem: lightStem(norm), stop: isStopWord(norm) };
}

/** Slot-level access for the indexing loop (no object per word): returns -1 for the string path. */
export function wordSlot(s: string, start: number, end: number): number {
  return slotOf(s, start, end);
}
export function slotStem(slot: number): string {
  return stems[slot]!;
}
export function slotIsStop(slot: number): boolean {
  return stops[slot] === 1;
}
export { normOf as tokenNorm };
