/**
 * A set of strings looked up by a range of code units in a `Uint16Array`, so a hot loop can ask
 * "is `buf[start, end)` one of these words?" without building the string first. Each looked-up
 * code unit can be mapped through a `fold` table (e.g. alef variants → ا) before comparing; the
 * stored words are kept as given.
 */
import { stringUnits } from './units.js';

export class RangeSet {
  readonly size: number;
  private readonly mask: number;
  /** Open addressing, 4 integers a slot (one cache line holds 4): hash, offset of the word in `units` (-1: empty slot), length. */
  private readonly slots: Int32Array;
  private readonly units: Uint16Array;
  private readonly fold: Uint16Array | null;
  /**
   * Quick rejects, most of the misses of a hot loop answered from a few KiB: bit `n` (31 for 31
   * and longer) when a word has `n` units; pairs of (first, second) units' low 6 bits present;
   * bit `h >>> 16` of each word's hash.
   */
  private readonly lengths: number;
  private readonly pairs: Uint8Array;
  private readonly bloom: Int32Array;

  constructor(words: Iterable<string>, fold?: Uint16Array) {
    const list = [...new Set(words)];
    let cap = 16;
    while (cap < list.length * 2) cap *= 2;
    this.size = list.length;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 4);
    for (let i = 0; i < cap; i++) this.slots[i * 4 + 1] = -1;
    this.units = new Uint16Array(list.reduce((a, w) => a + w.length, 0));
    this.fold = fold ?? null;
    let lengths = 0;
    this.pairs = new Uint8Array(4096);
    this.bloom = new Int32Array(2048);
    let used = 0;
    for (const w of list) {
      lengths |= 1 << Math.min(w.length, 31);
      this.pairs[pairIndex(w.length > 0 ? w.charCodeAt(0) : 0, w.length > 1 ? w.charCodeAt(1) : 0)] = 1;
      let h = w.length;
      for (let i = 0; i < w.length; i++) h = (Math.imul(h, 0x01000193) ^ w.charCodeAt(i)) | 0;
      h = finish(h);
      this.bloom[h >>> 21]! |= 1 << ((h >>> 16) & 31);
      let slot = h & this.mask;
      while (this.slots[slot * 4 + 1] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot * 4] = h;
      this.slots[slot * 4 + 1] = used;
      this.slots[slot * 4 + 2] = w.length;
      for (let i = 0; i < w.length; i++) this.units[used++] = w.charCodeAt(i);
    }
    this.lengths = lengths;
  }

  /** Is `buf[start, end)` (each unit folded) one of the words? */
  has(buf: Uint16Array, start: number, end: number): boolean {
    const fold = this.fold;
    const n = end - start;
    if ((this.lengths & (1 << Math.min(n, 31))) === 0) return false;
    const u0 = n > 0 ? buf[start]! : 0;
    const u1 = n > 1 ? buf[start + 1]! : 0;
    if (this.pairs[fold ? pairIndex(fold[u0]!, fold[u1]!) : pairIndex(u0, u1)] === 0) return false;
    let h = n;
    if (fold) for (let i = start; i < end; i++) h = (Math.imul(h, 0x01000193) ^ fold[buf[i]!]!) | 0;
    else for (let i = start; i < end; i++) h = (Math.imul(h, 0x01000193) ^ buf[i]!) | 0;
    h = finish(h);
    if ((this.bloom[h >>> 21]! & (1 << ((h >>> 16) & 31))) === 0) return false;
    const { mask, slots, units } = this;
    let slot = h & mask;
    for (let off = slots[slot * 4 + 1]!; off !== -1; slot = (slot + 1) & mask, off = slots[slot * 4 + 1]!) {
      if (slots[slot * 4] !== h || slots[slot * 4 + 2] !== n) continue;
      let j = 0;
      if (fold) while (j < n && units[off + j] === fold[buf[start + j]!]) j++;
      else while (j < n && units[off + j] === buf[start + j]) j++;
      if (j === n) return true;
    }
    return false;
  }

  /** Is the string `w` one of the words (folded as in `has`)? For tests and cold paths. */
  hasString(w: string): boolean {
    return this.has(stringUnits(w), 0, w.length);
  }
}

function pairIndex(a: number, b: number): number {
  return ((a & 63) << 6) | (b & 63);
}

function finish(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** The identity fold table with `pairs` ([from, to] code units) changed. */
export function foldTable(pairs: Iterable<[number, number]>): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (const [a, b] of pairs) t[a] = b;
  return t;
}
