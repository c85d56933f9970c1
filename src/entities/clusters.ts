/**
 * Distributional word classes for the NER tagger, learned from unlabeled text (no tags): each frequent
 * word gets a bit string, its path in a binary tree of words that occur in similar contexts; a prefix of
 * the path is a coarser class (the way Brown clusters are used, Miller et al. 2004, Turian et al. 2010).
 *
 * The tree is built by `buildClusters`: positive PMI of each word with the frequent words at ±1 and ±2
 * (context counts smoothed with exponent 0.75), reduced by a fixed random projection, L2-normalized, then
 * split top-down (principal-direction split refined by spherical 2-means) to a set depth. Deterministic:
 * the same text gives the same file. The file (`data/models/ner.clusters.tsv`): `word<TAB>bits` lines,
 * sorted by word, words in the tagger's normalized form (`normalizeText`).
 */
import { fmix32 } from '../text/hash.js';

export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** At most this many words (the most frequent) are clustered. */
  maxWords: number;
  /** The most frequent words used as contexts, per position (±1, ±2). */
  contexts: number;
  /** Dimensions of the random projection. */
  dims: number;
  /** Depth of the tree (bits of the longest path). */
  depth: number;
  /** Nodes smaller than this are not split. */
  minSize: number;
  /** Refinement iterations of spherical 2-means per split. */
  iterations: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 3, maxWords: 60000, contexts: 500, dims: 100, depth: 14, minSize: 4, iterations: 6 };

/** Counts what `buildClusters` needs from a stream of sentences (each an array of normalized words). */
export class ContextCounter {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private freq: number[] = [];
  private readonly sentences: Int32Array[] = [];

  add(words: readonly string[]): void {
    const s = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(w, id);
        this.words.push(w);
        this.freq.push(0);
      }
      this.freq[id]!++;
      s[i] = id;
    }
    this.sentences.push(s);
  }

  get tokens(): number {
    let n = 0;
    for (const s of this.sentences) n += s.length;
    return n;
  }

  /** Word → bit string for the frequent words. */
  build(opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
    const V0 = this.words.length;
    // rank by frequency, ties by the word (deterministic whatever the reading order)
    const byFreq = Array.from({ length: V0 }, (_, i) => i).sort((a, b) => this.freq[b]! - this.freq[a]! || (this.words[a]! < this.words[b]! ? -1 : this.words[a]! > this.words[b]! ? 1 : 0));
    const rowOf = new Int32Array(V0).fill(-1);
    const rows: number[] = [];
    for (const id of byFreq) {
      if (rows.length >= opts.maxWords || this.freq[id]! < opts.minCount) break;
      if (!/\p{L}/u.test(this.words[id]!)) continue;
      rowOf[id] = rows.length;
      rows.push(id);
    }
    const F = opts.contexts;
    const ctxOf = new Int32Array(V0).fill(-1);
    byFreq.slice(0, F).forEach((id, k) => (ctxOf[id] = k));
    const C = 4 * F;
    const V = rows.length;
    const co = new Float32Array(V * C);
    const ctxTotal = new Float64Array(C);
    const offsets = [-2, -1, 1, 2];
    for (const s of this.sentences) {
      const n = s.length;
      for (let i = 0; i < n; i++) {
        const r = rowOf[s[i]!]!;
        if (r < 0) continue;
        for (let p = 0; p < 4; p++) {
          const j = i + offsets[p]!;
          // a sentence boundary is a context of its own (the last context id of each position)
          const c = j < 0 || j >= n ? F - 1 : ctxOf[s[j]!]!;
          if (c < 0) continue;
          co[r * C + p * F + c]! += 1;
          ctxTotal[p * F + c]! += 1;
        }
      }
    }
    // PPMI with context distribution smoothing (Levy et al. 2015), as sparse rows
    const D = opts.dims;
    let smoothSum = 0;
    const smooth = new Float64Array(C);
    for (let c = 0; c < C; c++) smoothSum += smooth[c] = Math.pow(ctxTotal[c]!, 0.75);
    const rowPtr = new Int32Array(V + 1);
    const colIdx: number[] = [];
    const vals: number[] = [];
    for (let r = 0; r < V; r++) {
      rowPtr[r] = colIdx.length;
      let rowSum = 0;
      for (let c = 0; c < C; c++) rowSum += co[r * C + c]!;
      for (let c = 0; c < C && rowSum > 0; c++) {
        const v = co[r * C + c]!;
        if (!v) continue;
        const pmi = Math.log((v * smoothSum) / (rowSum * smooth[c]!));
        if (pmi > 0) {
          colIdx.push(c);
          vals.push(pmi);
        }
      }
    }
    rowPtr[V] = colIdx.length;
    const X = svdEmbed({ V, C, rowPtr, colIdx: Int32Array.from(colIdx), vals: Float64Array.from(vals) }, D);
    const bits = new Array<string>(V).fill('');
    splitTree(X, D, Array.from({ length: V }, (_, i) => i), '', opts, bits);
    const out = new Map<string, string>();
    for (let r = 0; r < V; r++) out.set(this.words[rows[r]!]!, bits[r]!);
    return out;
  }
}

interface Sparse {
  V: number;
  C: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  vals: Float64Array;
}

/** A fixed pseudo-random value in [-1, 1) for (i, j). */
function fixedRandom(i: number, j: number): number {
  return (fmix32((Math.imul(i, 0x9e3779b1) ^ (j + 0x632be5ab)) >>> 0) / 0x80000000) - 1;
}

/** Orthonormalize the columns (each a Float64Array) in place (modified Gram-Schmidt). */
function orthonormalize(cols: Float64Array[]): void {
  for (let a = 0; a < cols.length; a++) {
    const x = cols[a]!;
    for (let b = 0; b < a; b++) {
      const y = cols[b]!;
      let dot = 0;
      for (let i = 0; i < x.length; i++) dot += x[i]! * y[i]!;
      for (let i = 0; i < x.length; i++) x[i]! -= dot * y[i]!;
    }
    let n = 0;
    for (let i = 0; i < x.length; i++) n += x[i]! * x[i]!;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < x.length; i++) x[i]! /= n;
  }
}

/** M · Z (Z: C-long columns) → V-long columns. */
function mulM(m: Sparse, z: Float64Array[]): Float64Array[] {
  const K = z.length;
  const out = z.map(() => new Float64Array(m.V));
  for (let r = 0; r < m.V; r++) {
    for (let p = m.rowPtr[r]!; p < m.rowPtr[r + 1]!; p++) {
      const c = m.colIdx[p]!;
      const v = m.vals[p]!;
      for (let k = 0; k < K; k++) out[k]![r]! += v * z[k]![c]!;
    }
  }
  return out;
}

/** Mᵀ · Y (Y: V-long columns) → C-long columns. */
function mulMT(m: Sparse, y: Float64Array[]): Float64Array[] {
  const K = y.length;
  const out = y.map(() => new Float64Array(m.C));
  for (let r = 0; r < m.V; r++) {
    for (let p = m.rowPtr[r]!; p < m.rowPtr[r + 1]!; p++) {
      const c = m.colIdx[p]!;
      const v = m.vals[p]!;
      for (let k = 0; k < K; k++) out[k]![c]! += v * y[k]![r]!;
    }
  }
  return out;
}

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi): eigenvalues and eigenvectors (columns of `vecs`). */
function jacobiEigen(a: Float64Array[], sweeps = 30): { values: number[]; vecs: Float64Array[] } {
  const n = a.length;
  const v = a.map((_, i) => {
    const r = new Float64Array(n);
    r[i] = 1;
    return r;
  });
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! * a[p]![q]!;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!;
          const vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = a.map((r, i) => r[i]!);
  const vecs = values.map((_, j) => Float64Array.from(v, (r) => r[j]!));
  return { values, vecs };
}

/**
 * Rows of the sparse matrix embedded in `dims` dimensions: the top left singular vectors scaled by the
 * square root of their singular values (randomized SVD, Halko et al. 2011, two power iterations), L2-normalized.
 */
function svdEmbed(m: Sparse, dims: number): Float32Array {
  const K = dims + 16;
  let z: Float64Array[] = [];
  for (let k = 0; k < K; k++) z.push(Float64Array.from({ length: m.C }, (_, c) => fixedRandom(c, k)));
  let y = mulM(m, z);
  for (let it = 0; it < 2; it++) {
    orthonormalize(y);
    z = mulMT(m, y);
    orthonormalize(z);
    y = mulM(m, z);
  }
  orthonormalize(y);
  z = mulMT(m, y); // B = Qᵀ M, as its transpose
  const bbt = z.map((zi) => Float64Array.from(z, (zj) => {
    let dot = 0;
    for (let c = 0; c < m.C; c++) dot += zi[c]! * zj[c]!;
    return dot;
  }));
  const { values, vecs } = jacobiEigen(bbt);
  const order = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const X = new Float32Array(m.V * dims);
  for (let d = 0; d < dims; d++) {
    const j = order[d]!;
    const w = vecs[j]!;
    const scale = Math.pow(Math.max(values[j]!, 0), 0.25); // sqrt of the singular value
    for (let r = 0; r < m.V; r++) {
      let u = 0;
      for (let k = 0; k < K; k++) u += y[k]![r]! * w[k]!;
      X[r * dims + d] = u * scale;
    }
  }
  for (let r = 0; r < m.V; r++) {
    let n = 0;
    for (let d = 0; d < dims; d++) n += X[r * dims + d]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let d = 0; d < dims; d++) X[r * dims + d]! /= n;
  }
  return X;
}

function splitTree(X: Float32Array, D: number, members: number[], path: string, opts: ClusterOptions, bits: string[]): void {
  if (path.length >= opts.depth || members.length < opts.minSize) {
    for (const m of members) bits[m] = path;
    return;
  }
  const [a, b] = split2(X, D, members, opts.iterations);
  if (!a.length || !b.length) {
    for (const m of members) bits[m] = path;
    return;
  }
  splitTree(X, D, a, path + '0', opts, bits);
  splitTree(X, D, b, path + '1', opts, bits);
}

/** Split rows in two: by the sign along the principal direction, then spherical 2-means. */
function split2(X: Float32Array, D: number, members: number[], iterations: number): [number[], number[]] {
  const mean = new Float64Array(D);
  for (const m of members) for (let d = 0; d < D; d++) mean[d]! += X[m * D + d]!;
  for (let d = 0; d < D; d++) mean[d]! /= members.length;
  // power iteration on the covariance, from a fixed start
  let v = new Float64Array(D);
  for (let d = 0; d < D; d++) v[d] = ((fmix32(d + 7) & 0xffff) / 0xffff) - 0.5;
  for (let it = 0; it < 12; it++) {
    const nv = new Float64Array(D);
    for (const m of members) {
      let dot = 0;
      for (let d = 0; d < D; d++) dot += (X[m * D + d]! - mean[d]!) * v[d]!;
      for (let d = 0; d < D; d++) nv[d]! += dot * (X[m * D + d]! - mean[d]!);
    }
    let n = 0;
    for (let d = 0; d < D; d++) n += nv[d]! * nv[d]!;
    n = Math.sqrt(n);
    if (!n) break;
    for (let d = 0; d < D; d++) nv[d]! /= n;
    v = nv;
  }
  let side = members.map((m) => {
    let dot = 0;
    for (let d = 0; d < D; d++) dot += (X[m * D + d]! - mean[d]!) * v[d]!;
    return dot > 0 ? 1 : 0;
  });
  for (let it = 0; it < iterations; it++) {
    const c = [new Float64Array(D), new Float64Array(D)];
    members.forEach((m, i) => {
      const ci = c[side[i]!]!;
      for (let d = 0; d < D; d++) ci[d]! += X[m * D + d]!;
    });
    const n0 = norm(c[0]!) || 1;
    const n1 = norm(c[1]!) || 1;
    const next = members.map((m) => {
      let d0 = 0;
      let d1 = 0;
      for (let d = 0; d < D; d++) {
        d0 += X[m * D + d]! * c[0]![d]!;
        d1 += X[m * D + d]! * c[1]![d]!;
      }
      // unnormalized centroids: compare cosines
      return d1 / n1 > d0 / n0 ? 1 : 0;
    });
    let changed = 0;
    for (let i = 0; i < next.length; i++) if (next[i] !== side[i]) changed++;
    side = next;
    if (!changed) break;
  }
  const a: number[] = [];
  const b: number[] = [];
  members.forEach((m, i) => (side[i] ? b : a).push(m));
  return [a, b];
}

function norm(v: Float64Array): number {
  let n = 0;
  for (let d = 0; d < v.length; d++) n += v[d]! * v[d]!;
  return Math.sqrt(n);
}

/** The clusters file: `word<TAB>bits` lines sorted by word. */
export function serializeClusters(c: Map<string, string>): string {
  const keys = [...c.keys()].sort();
  return keys.map((k) => `${k}\t${c.get(k)}`).join('\n') + '\n';
}

export function parseClusters(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) out.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return out;
}
