/**
 * 32-bit string hashing shared by the NER features (a feature is identified by the hash of
 * (template, value), so the model stores integers) and the MinHash signatures of the store.
 */

/** Murmur3's final avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of `s`, started from `seed`, then avalanched. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Combine two hashes (order matters). */
export function mix(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ (b + 0x7f4a7c15 + (a << 6) + (a >>> 2))) >>> 0);
}
