/**
 * The NER model: labels, a sorted table of feature hashes with one weight per label, and label
 * transition weights. Stored as `ner.model.json` (header) + `ner.model.bin` (keys, int16 weights, transitions).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';
import { bioTransitions } from './viterbi.js';

export const MODEL_FORMAT = 'rasid-ner-perceptron';
export const MODEL_VERSION = 1;

export interface ModelHeader {
  format: typeof MODEL_FORMAT;
  version: number;
  featureVersion: number;
  labels: string[];
  features: number;
  weightScale: number;
  bin: string;
  /** For a second-pass model: the base name of its first-pass model (beside it) and the memory window. */
  pass1?: string;
  window?: number;
  labelFeatures?: boolean;
  /** The word-prior file (beside the model) the tagger's features use, when trained with one. */
  prior?: string;
  /** The word-clusters file (beside the model) the tagger's features use, when trained with one. */
  clusters?: string;
  training?: Record<string, unknown>;
}

export class NerModel {
  readonly labels: string[];
  readonly L: number;
  /** Sorted feature hashes. */
  readonly keys: Uint32Array;
  /** `weights[f*L + c]`. */
  readonly weights: Float32Array;
  /** `trans[p*L + c]`, row L = start. */
  readonly trans: Float32Array;
  readonly allowed: Uint8Array;
  readonly featureVersion: number;
  /**
   * Open-addressing table, key and index side by side (one memory access per probe):
   * `table[2s]` = feature hash, `table[2s + 1]` = feature index + 1 (0 = empty slot).
   */
  private readonly table: Uint32Array;
  private readonly mask: number;

  constructor(labels: string[], keys: Uint32Array, weights: Float32Array, trans: Float32Array, featureVersion: number) {
    this.labels = labels;
    this.L = labels.length;
    this.keys = keys;
    this.weights = weights;
    this.trans = trans;
    this.featureVersion = featureVersion;
    this.allowed = bioTransitions(labels);
    let size = 1024;
    while (size < keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Uint32Array(2 * size);
    for (let i = 0; i < keys.length; i++) {
      let s = keys[i]! & this.mask;
      while (this.table[2 * s + 1] !== 0) s = (s + 1) & this.mask;
      this.table[2 * s] = keys[i]!;
      this.table[2 * s + 1] = i + 1;
    }
  }

  /** Index of a feature hash, or -1. */
  lookup(h: number): number {
    const table = this.table;
    const mask = this.mask;
    let s = h & mask;
    for (;;) {
      const v = table[2 * s + 1]!;
      if (v === 0) return -1;
      if (table[2 * s] === h) return v - 1;
      s = (s + 1) & mask;
    }
  }

  /** Add the weight vectors of the features `hashes[from .. to)` into `out[at .. at+L)` (in that order). */
  addRange(hashes: Uint32Array, from: number, to: number, out: Float32Array, at: number): void {
    const L = this.L;
    const w = this.weights;
    for (let k = from; k < to; k++) {
      const f = this.lookup(hashes[k]!);
      if (f < 0) continue;
      const wb = f * L;
      for (let c = 0; c < L; c++) out[at + c]! += w[wb + c]!;
    }
  }

  /** Add the weight vectors of the features `hashes` into `out[at .. at+L)`. */
  addWeights(hashes: readonly number[] | Uint32Array, out: Float32Array, at: number): void {
    const L = this.L;
    const w = this.weights;
    for (let k = 0; k < hashes.length; k++) {
      const f = this.lookup(hashes[k]!);
      if (f < 0) continue;
      const wb = f * L;
      for (let c = 0; c < L; c++) out[at + c]! += w[wb + c]!;
    }
  }

  /** Emission scores for a sentence's features into `emit[i*L + c]`. */
  score(feats: Uint32Array, offs: Int32Array, n: number, emit: Float32Array): void {
    const L = this.L;
    const w = this.weights;
    emit.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      const base = i * L;
      for (let k = offs[i]!; k < offs[i + 1]!; k++) {
        const f = this.lookup(feats[k]!);
        if (f < 0) continue;
        const wb = f * L;
        for (let c = 0; c < L; c++) emit[base + c]! += w[wb + c]!;
      }
    }
  }
}

/** Write the model as `<base>.json` + `<base>.bin`; weights are quantized to int16. */
export function saveModel(
  model: NerModel,
  base: string,
  training: Record<string, unknown>,
  link: { pass1?: string; window?: number; labelFeatures?: boolean; prior?: string; clusters?: string } = {},
): ModelHeader {
  let maxAbs = 0;
  for (const v of model.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const nW = model.weights.length;
  const buf = Buffer.alloc(model.keys.length * 4 + nW * 2 + model.trans.length * 4);
  let o = 0;
  for (const k of model.keys) o = buf.writeUInt32LE(k, o);
  for (const v of model.weights) o = buf.writeInt16LE(Math.round(v / scale), o);
  for (const v of model.trans) o = buf.writeFloatLE(v, o);
  const binName = base.split('/').pop()! + '.bin';
  writeFileSync(base + '.bin', buf);
  const header: ModelHeader = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    featureVersion: model.featureVersion,
    labels: model.labels,
    features: model.keys.length,
    weightScale: scale,
    bin: binName,
    ...link,
    training,
  };
  writeFileSync(base + '.json', JSON.stringify(header, null, 2) + '\n');
  return header;
}

/** Read and check a model header. */
export function readHeader(base: string, expectedFeatureVersion: number): ModelHeader {
  const jsonPath = base + '.json';
  let header: ModelHeader;
  try {
    header = JSON.parse(readFileSync(jsonPath, 'utf8')) as ModelHeader;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new RasidError('E_MODEL_MISSING', { path: jsonPath });
    throw new RasidError('E_MODEL_INVALID', { path: jsonPath });
  }
  if (header.format !== MODEL_FORMAT || header.version !== MODEL_VERSION || header.featureVersion !== expectedFeatureVersion) {
    throw new RasidError('E_MODEL_INVALID', { path: jsonPath });
  }
  return header;
}

/** Load `<base>.json` + its binary. Catalogue errors when missing or inconsistent. */
export function loadModel(base: string, expectedFeatureVersion: number): NerModel {
  const header = readHeader(base, expectedFeatureVersion);
  let bin: Buffer;
  const binPath = base.slice(0, base.lastIndexOf('/') + 1) + header.bin;
  try {
    bin = readFileSync(binPath);
  } catch {
    throw new RasidError('E_MODEL_MISSING', { path: binPath });
  }
  const L = header.labels.length;
  const nF = header.features;
  const need = nF * 4 + nF * L * 2 + (L + 1) * L * 4;
  if (bin.length !== need) throw new RasidError('E_MODEL_INVALID', { path: binPath });
  const ab = bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.length);
  const keys = new Uint32Array(ab, 0, nF);
  const q = new Int16Array(ab, nF * 4, nF * L);
  const weights = new Float32Array(nF * L);
  const s = header.weightScale;
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * s;
  const trans = new Float32Array(ab.slice(nF * 4 + nF * L * 2));
  return new NerModel(header.labels, keys, weights, trans, header.featureVersion);
}
