/**
 * Document-level memory for the second tagging pass: what the first pass called the same word
 * (by its clitic-free core) in nearby sentences. Names recur within an article, and a name tagged
 * with confidence in one place (`الرئيس العراقي جلال طالباني`) helps at its bare mentions (`طالباني`).
 */
import type { FeatureExtractor } from './features.js';
import { hashString, mix } from '../text/hash.js';
import { chunks } from './metrics.js';

const TYPES = ['PERS', 'ORG', 'LOC', 'MISC'];
const POS = 4; // single, first, middle, last
const DOC_T = 60;
const DOC_ANY_T = 61;
const LABEL_T = 62;
const CODES: number[] = [];
const ANY_CODES: number[] = [];
for (let t = 0; t < TYPES.length; t++) {
  ANY_CODES.push(mix(hashString(TYPES[t]!), DOC_ANY_T));
  for (let p = 0; p < POS; p++) CODES.push(mix(hashString(TYPES[t]! + p), DOC_T));
}

interface Contribution {
  key: string;
  code: number;
}

function contributions(fx: FeatureExtractor, tokens: readonly string[], tags: readonly string[]): Contribution[][] {
  const out: Contribution[][] = tokens.map(() => []);
  for (const c of chunks(tags)) {
    const t = TYPES.indexOf(c.type);
    if (t < 0) continue;
    const len = c.end - c.start;
    for (let i = c.start; i < c.end; i++) {
      const key = fx.info(tokens[i]!).core;
      if (key.length < 2) continue;
      const p = len === 1 ? 0 : i === c.start ? 1 : i === c.end - 1 ? 3 : 2;
      out[i]!.push({ key, code: t * POS + p });
    }
  }
  return out;
}

/**
 * Extra feature hashes per sentence and token: for each sentence, the first-pass entities of the
 * sentences within `window` before and after it (its own included, the token's own contribution excluded).
 */
export function documentFeatures(
  fx: FeatureExtractor,
  sentences: readonly (readonly string[])[],
  pass1: readonly (readonly string[])[],
  window: number,
  labelFeatures = false,
): number[][][] {
  const contrib = sentences.map((s, i) => contributions(fx, s, pass1[i]!));
  const counts = new Map<string, Int32Array>();
  const add = (si: number, d: number) => {
    for (const tok of contrib[si]!) {
      for (const c of tok) {
        let a = counts.get(c.key);
        if (!a) counts.set(c.key, (a = new Int32Array(TYPES.length * POS)));
        a[c.code]! += d;
      }
    }
  };
  const n = sentences.length;
  for (let j = 0; j <= Math.min(window, n - 1); j++) add(j, 1);
  const out: number[][][] = [];
  for (let s = 0; s < n; s++) {
    if (s > 0) {
      if (s + window < n) add(s + window, 1);
      if (s - window - 1 >= 0) add(s - window - 1, -1);
    }
    const toks = sentences[s]!;
    const feats: number[][] = [];
    for (let i = 0; i < toks.length; i++) {
      const key = fx.info(toks[i]!).core;
      const a = key.length >= 2 ? counts.get(key) : undefined;
      const f: number[] = [];
      if (a) {
        const own = contrib[s]![i]!;
        const anyType = new Uint8Array(TYPES.length);
        for (let k = 0; k < a.length; k++) {
          let v = a[k]!;
          for (const c of own) if (c.code === k) v--;
          if (v > 0) {
            f.push(CODES[k]!);
            anyType[Math.floor(k / POS)] = 1;
          }
        }
        for (let t = 0; t < TYPES.length; t++) if (anyType[t]) f.push(ANY_CODES[t]!);
      }
      if (labelFeatures) {
        // the first pass's own labels around the token (stacking)
        const lab = pass1[s]!;
        for (let d = -1; d <= 1; d++) {
          const l = i + d >= 0 && i + d < lab.length ? lab[i + d]! : '<s>';
          f.push(mix(hashString(l, d + 70), LABEL_T));
        }
      }
      feats.push(f);
    }
    out.push(feats);
  }
  return out;
}
