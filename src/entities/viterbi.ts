/** First-order Viterbi decoding over label scores, with a mask of allowed transitions (BIO validity). */

export const NEG = -1e30;

/**
 * Labels in BIO form; returns `allowed[(L)*L]` where row `L` is the sentence start:
 * `I-X` may only follow `B-X` or `I-X`.
 */
export function bioTransitions(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const allowed = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = labels[c]!;
      if (cur.startsWith('I-')) {
        const prev = p < L ? labels[p]! : 'O';
        allowed[p * L + c] = prev !== 'O' && prev.slice(2) === cur.slice(2) ? 1 : 0;
      } else allowed[p * L + c] = 1;
    }
  }
  return allowed;
}

// Score rows reused across calls (decoding is synchronous, so one pair serves every call).
let rowA = new Float64Array(16);
let rowB = new Float64Array(16);

/**
 * Best label path. `emit[i*L + c]` is the score of label c at token i; `trans[p*L + c]` the score of
 * moving from p to c, row L for the start. Disallowed transitions are never taken.
 */
export function viterbi(
  emit: Float32Array | Float64Array,
  n: number,
  L: number,
  trans: Float32Array | Float64Array,
  allowed: Uint8Array,
  out: Int32Array = new Int32Array(n),
  back: Int32Array = new Int32Array(n * L),
): Int32Array {
  if (n === 0) return out;
  if (rowA.length < L) {
    rowA = new Float64Array(L);
    rowB = new Float64Array(L);
  }
  let prev = rowA;
  let cur = rowB;
  const start = L * L;
  for (let c = 0; c < L; c++) prev[c] = allowed[start + c] ? emit[c]! + trans[start + c]! : NEG;
  for (let i = 1; i < n; i++) {
    const base = i * L;
    for (let c = 0; c < L; c++) {
      let best = NEG * 2;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + c]) continue;
        const s = prev[p]! + trans[p * L + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      cur[c] = best + emit[base + c]!;
      back[base + c] = arg;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  let bestC = 0;
  for (let c = 1; c < L; c++) if (prev[c]! > prev[bestC]!) bestC = c;
  out[n - 1] = bestC;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
  return out;
}
