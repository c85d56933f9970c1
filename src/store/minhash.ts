/**
 * Near-duplicate detection: MinHash signatures over word shingles of the normalized text, and LSH
 * banding (a candidate pair shares at least one band). Used for wire copies of the same story
 * across outlets and for the same statement reported by several outlets.
 */
import { normalizeText } from '../text/normalize.js';
import { fmix32 as mix } from '../text/hash.js';

export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}


const SEED_ARRAY = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15) | 0);

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of the normalized search form. */
export function shingleWords(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/**
 * MinHash signature of the `k`-word shingles of `text`; empty when the text has fewer than
 * `minWords` words (too short to call two texts the same).
 */
export function minhash(text: string, k: number, minWords: number): number[] {
  return minhashWords(shingleWords(text), k, minWords);
}

/**
 * MinHash signature of the `k`-word shingles of a word sequence (already in search form): of
 * `words[from, to)` when given. A shingle's hash is `fnv1a` of its words joined by one space,
 * computed without building the string.
 */
export function minhashWords(words: readonly string[], k: number, minWords: number, from = 0, to = words.length): number[] {
  const n = to - from;
  if (n < minWords) return [];
  const width = Math.min(k, n);
  const shingles = new Set<number>();
  for (let i = from; i + width <= to; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + width; w++) {
      if (w > i) {
        h ^= 32; // the space between two words
        h = Math.imul(h, 0x01000193);
      }
      const word = words[w]!;
      for (let c = 0; c < word.length; c++) {
        h ^= word.charCodeAt(c);
        h = Math.imul(h, 0x01000193);
      }
    }
    shingles.add(h >>> 0);
  }
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const seeds = SEED_ARRAY;
  for (const s of shingles) {
    for (let j = 0; j < SIGNATURE_SIZE; j++) {
      // fmix32(s ^ seed), written out (this loop is most of an article's signature time)
      let h = s ^ seeds[j]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      const v = h >>> 0;
      if (v < sig[j]!) sig[j] = v;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of two signatures (0 when either is empty). */
export function similarity(a: number[], b: number[]): number {
  if (a.length !== SIGNATURE_SIZE || b.length !== SIGNATURE_SIZE) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** The LSH band keys of a signature: `BANDS` signed 32-bit integers (band number mixed in). */
export function bandKeys(sig: number[]): number[] {
  if (sig.length !== SIGNATURE_SIZE) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix(b + 1);
    for (let r = 0; r < ROWS; r++) h = mix(h ^ sig[b * ROWS + r]!);
    keys.push(h | 0);
  }
  return keys;
}

/** Signatures travel and are stored as bytes. */
export function encodeSignature(sig: number[]): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v >>> 0, i * 4));
  return buf;
}

export function decodeSignature(buf: Uint8Array | null | undefined): number[] {
  if (!buf || buf.length === 0) return [];
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) out.push(b.readUInt32LE(i));
  return out;
}

/** Article shingles: 4 words; at least 30 words. Statement shingles: 3 words; at least 6 words. */
export const ARTICLE_SHINGLES = { k: 4, minWords: 30, threshold: 0.6 };
export const STATEMENT_SHINGLES = { k: 3, minWords: 6, threshold: 0.5 };
