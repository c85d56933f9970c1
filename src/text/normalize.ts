/**
 * Arabic normalization to a search form, with an offset map back to the original text.
 *
 * The output is a new string; the original is untouched. For every output code unit `i`,
 * `starts[i]`/`ends[i]` give the original range it came from. Deleted marks (harakat, tatweel)
 * are attached to the preceding kept character's range, so a normalized word maps back to the
 * word as written with its diacritics. Both arrays are non-decreasing.
 */
import { unitsToString } from './units.js';

/** Options objects are cached by identity: treat them as immutable once used. */
export interface NormalizeOptions {
  /** Harakat, shadda, sukun, tanween, superscript alef (U+0670), Quranic marks. */
  diacritics?: boolean;
  /** Tatweel (U+0640). */
  tatweel?: boolean;
  /** أ إ آ ٱ ٲ ٳ ٵ → ا */
  alef?: boolean;
  /** ى → ي */
  alefMaqsura?: boolean;
  /** ة → ه (search form only). */
  taMarbuta?: boolean;
  /** ؤ → و, ئ → ي (hamza carriers), ء kept. */
  hamza?: boolean;
  /** Presentation forms and lam-alef ligatures (U+FB50–U+FDFF, U+FE70–U+FEFF) to their letters. */
  presentationForms?: boolean;
  /** Persian/Urdu letters: ک → ك, ی ې ۍ → ي, ۀ ە → ه, ڪ → ك, and heh + ZWJ → ه. */
  persian?: boolean;
  /** Arabic-Indic and Persian digits → 0-9; ٫ → . and ٬ → , */
  digits?: boolean;
  /** ، → , ؛ → ; ؟ → ? ٪ → % */
  punctuation?: boolean;
  /** Zero-width and bidi controls removed (U+200B–U+200F, U+061C, U+202A–U+202E, U+2066–U+2069, U+FEFF). */
  controls?: boolean;
  /** Every Unicode space → U+0020. */
  spaces?: boolean;
  /** Lower-case Latin letters. */
  lowercase?: boolean;
}

export const SEARCH_FORM: Required<NormalizeOptions> = {
  diacritics: true,
  tatweel: true,
  alef: true,
  alefMaqsura: true,
  taMarbuta: true,
  hamza: true,
  presentationForms: true,
  persian: true,
  digits: true,
  punctuation: true,
  controls: true,
  spaces: true,
  lowercase: true,
};

export interface Normalized {
  text: string;
  /** Original start offset of each output code unit (an Int32Array, or a plain array for short inputs). */
  starts: ArrayLike<number>;
  /** Original end offset of each output code unit. */
  ends: ArrayLike<number>;
  /** Length of the original string. */
  originalLength: number;
}

// Table entries: KEEP = leave as is; DROP_ATTACH = delete, extend previous char's range;
// DROP = delete; otherwise a code unit to write, or an index into EXPANSIONS (negative).
const KEEP = 0;
const DROP_ATTACH = -1;
const DROP = -2;

export function isDiacritic(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) || // tanween, harakat, shadda, sukun, extra marks
    c === 0x0670 || // superscript alef
    (c >= 0x0610 && c <= 0x061a) || // honorific and Quranic signs
    (c >= 0x06d6 && c <= 0x06dc) || // Quranic annotation signs
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x08d3 && c <= 0x08ff && c !== 0x08e2) // extended Arabic marks
  );
}

export function isControl(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x2060;
}

export function isUnicodeSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85
  );
}

interface Table {
  codes: Int32Array;
  expansions: string[];
}

const tableCache = new Map<string, Table>();

function optionsKey(o: Required<NormalizeOptions>): string {
  return Object.keys(SEARCH_FORM)
    .map((k) => (o[k as keyof NormalizeOptions] ? '1' : '0'))
    .join('');
}

function buildTable(o: Required<NormalizeOptions>): Table {
  const codes = new Int32Array(0x10000);
  const expansions: string[] = [];
  const set = (c: number, to: number | string) => {
    if (typeof to === 'number') codes[c] = to;
    else if (to.length === 1) codes[c] = to.charCodeAt(0);
    else {
      expansions.push(to);
      codes[c] = -(expansions.length + 2); // -3, -4, ...
    }
  };
  // Presentation forms first: later rules apply to their output through `fold` below.
  const fold = (s: string): string => {
    let out = '';
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      const t = codes[c];
      if (t === KEEP) out += ch;
      else if (t > 0) out += String.fromCharCode(t);
      else if (t <= -3) out += expansions[-t - 3];
    }
    return out;
  };
  if (o.diacritics) for (let c = 0; c < 0x10000; c++) if (isDiacritic(c)) set(c, DROP_ATTACH);
  if (o.tatweel) set(0x0640, DROP_ATTACH);
  if (o.controls) for (let c = 0; c < 0x10000; c++) if (isControl(c)) set(c, DROP);
  if (o.spaces) for (let c = 0; c < 0x10000; c++) if (isUnicodeSpace(c) && c !== 0x20) set(c, 0x20);
  if (o.alef) for (const c of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673, 0x0675]) set(c, 0x0627);
  if (o.alefMaqsura) set(0x0649, 0x064a);
  if (o.taMarbuta) set(0x0629, 0x0647);
  if (o.hamza) {
    set(0x0624, 0x0648);
    set(0x0626, 0x064a);
  }
  if (o.persian) {
    set(0x06a9, 0x0643); // keheh
    set(0x06aa, 0x0643); // swash kaf
    set(0x06cc, o.alefMaqsura ? 0x064a : 0x0649); // Farsi yeh
    set(0x06d0, 0x064a);
    set(0x06cd, 0x064a);
    set(0x06c0, o.taMarbuta ? 0x0647 : 0x0629); // heh with yeh above (ۀ)
    set(0x06d5, 0x0647); // ae
    set(0x06c1, 0x0647); // heh goal
    set(0x06be, 0x0647); // heh doachashmee
    set(0x06c3, o.taMarbuta ? 0x0647 : 0x0629);
  }
  if (o.digits) {
    for (let d = 0; d < 10; d++) {
      set(0x0660 + d, 0x30 + d);
      set(0x06f0 + d, 0x30 + d);
    }
    set(0x066b, 0x2e); // ٫ decimal separator
    set(0x066c, 0x2c); // ٬ thousands separator
  }
  if (o.punctuation) {
    set(0x060c, 0x2c); // ،
    set(0x061b, 0x3b); // ؛
    set(0x061f, 0x3f); // ؟
    set(0x066a, 0x25); // ٪
    set(0x06d4, 0x2e); // ۔ Urdu full stop
  }
  if (o.lowercase) for (let c = 0x41; c <= 0x5a; c++) set(c, c + 32);
  if (o.presentationForms) {
    const ranges: Array<[number, number]> = [
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ];
    for (const [a, b] of ranges) {
      for (let c = a; c <= b; c++) {
        if (c === 0xfeff) continue; // BOM / ZWNBSP is a control
        const nf = String.fromCharCode(c).normalize('NFKC');
        if (nf.length === 1 && nf.charCodeAt(0) === c) continue;
        const folded = fold(nf);
        if (folded.length === 0) set(c, isDiacritic(nf.charCodeAt(nf.length - 1)) ? DROP_ATTACH : DROP);
        else set(c, folded);
      }
    }
  }
  return { codes, expansions };
}

let defaultTable: Table | null = null;
const tableByOptions = new WeakMap<NormalizeOptions, Table>();

function tableFor(options?: NormalizeOptions): Table {
  // Hot path: no options, or an options object seen before (callers keep theirs in a constant).
  if (options === undefined) return (defaultTable ??= tableForKey(SEARCH_FORM));
  let t = tableByOptions.get(options);
  if (!t) {
    t = tableForKey({ ...SEARCH_FORM, ...options });
    tableByOptions.set(options, t);
  }
  return t;
}

function tableForKey(o: Required<NormalizeOptions>): Table {
  const key = optionsKey(o);
  let t = tableCache.get(key);
  if (!t) {
    t = buildTable(o);
    tableCache.set(key, t);
  }
  return t;
}

/** Heh followed by ZWJ (Persian/Urdu `ه‍`): the ZWJ is a control and goes with the controls step. */

/**
 * Normalize `input` and return the new text with its offset map.
 * Options default to the full search form (`SEARCH_FORM`); pass `{taMarbuta: false}` etc. to switch steps off.
 */
/** Output code units, reused between calls (the result is copied into a string). */
let scratch = new Uint16Array(1 << 14);

export function normalize(input: string, options?: NormalizeOptions): Normalized {
  const table = tableFor(options);
  const codes = table.codes;
  const n = input.length;
  if (n <= SMALL) {
    const r = normalizeSmall(input, codes);
    if (r) return r;
  }
  // One buffer for both maps (fewer external allocations): starts in [0, cap), ends in [cap, 2 cap).
  // Only expansions (ligatures) make the output longer than the input; they go through `normalizeGrow`.
  const cap = n + 8;
  const maps = new Int32Array(2 * cap);
  if (scratch.length < cap) scratch = new Uint16Array(Math.max(cap, scratch.length * 2));
  const out = scratch;
  let k = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    const t = codes[c]!;
    if (t >= 0) {
      out[k] = t === KEEP ? c : t;
      maps[k] = i;
      maps[cap + k] = i + 1;
      k++;
    } else if (t === DROP_ATTACH) {
      if (k > 0 && maps[cap + k - 1] === i) maps[cap + k - 1] = i + 1;
    } else if (t !== DROP) break;
  }
  if (i < n) return normalizeGrow(input, table, maps, cap, k, i);
  return { text: outString(out, k), starts: maps.subarray(0, k), ends: maps.subarray(cap, cap + k), originalLength: n };
}

/** `searchFormTable().direct` codes: delete and extend the previous unit's range; delete. */
export const NORM_DROP_ATTACH = DROP_ATTACH;
export const NORM_DROP = DROP;

let direct: { direct: Int32Array; expansions: readonly string[] } | null = null;

/**
 * The full search form as one table for loops that normalize as they go (`scanText`):
 * `direct[c] >= 0` is the unit written for `c` (itself when kept); otherwise `NORM_DROP_ATTACH`,
 * `NORM_DROP`, or an expansion `expansions[-direct[c] - 3]`. Same results as `normalize`.
 */
export function searchFormTable(): { direct: Int32Array; expansions: readonly string[] } {
  if (direct) return direct;
  const { codes, expansions } = tableFor(undefined);
  const d = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) d[c] = codes[c] === KEEP ? c : codes[c]!;
  direct = { direct: d, expansions };
  return direct;
}

/** Inputs up to this length take `normalizeSmall` (short strings: dates, queries, names). */
const SMALL = 96;
const smallOut: number[] = new Array<number>(SMALL).fill(0);
const smallStarts: number[] = new Array<number>(SMALL).fill(0);
const smallEnds: number[] = new Array<number>(SMALL).fill(0);

/**
 * `normalize` for a short input without expansions (null when it has one). The maps are plain
 * arrays here: allocating two typed arrays costs more than normalizing a 20-character string.
 */
function normalizeSmall(input: string, codes: Int32Array): Normalized | null {
  const n = input.length;
  const out = smallOut;
  const starts = smallStarts;
  const ends = smallEnds;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const t = codes[c]!;
    if (t >= 0) {
      out[k] = t === KEEP ? c : t;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
    } else if (t === DROP_ATTACH) {
      if (k > 0 && ends[k - 1] === i) ends[k - 1] = i + 1;
    } else if (t !== DROP) return null;
  }
  const text = k === n && sameAs(input, out, n) ? input : codesToString(out, k);
  return { text, starts: starts.slice(0, k), ends: ends.slice(0, k), originalLength: n };
}

/** Whether `out[0, n)` are the code units of `s`. */
function sameAs(s: string, out: number[], n: number): boolean {
  for (let j = 0; j < n; j++) if (s.charCodeAt(j) !== out[j]) return false;
  return true;
}

/** `scratch[0, k)` as a string. */
function outString(out: Uint16Array, k: number): string {
  return unitsToString(out, 0, k);
}

/** The rest of `normalize` from input position `i` (an expansion) on, growing the buffers as needed. */
function normalizeGrow(input: string, table: Table, maps0: Int32Array, cap0: number, k0: number, i0: number): Normalized {
  const { codes, expansions } = table;
  const n = input.length;
  let cap = cap0;
  let starts = maps0.subarray(0, cap);
  let ends = maps0.subarray(cap);
  let out = scratch;
  let k = k0;
  for (let i = i0; i < n; i++) {
    const c = input.charCodeAt(i);
    const t = codes[c]!;
    if (t >= 0) {
      out[k] = t === KEEP ? c : t;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
    } else if (t === DROP_ATTACH) {
      if (k > 0 && ends[k - 1] === i) ends[k - 1] = i + 1;
    } else if (t === DROP) {
      // removed without trace
    } else {
      const exp = expansions[-t - 3]!;
      const need = exp.length + (n - i - 1);
      if (k + need > cap) {
        // Make room for the expansion plus one unit per input unit still to read.
        const cap2 = Math.max(cap * 2, k + need + 8);
        const m2 = new Int32Array(2 * cap2);
        m2.set(starts.subarray(0, k), 0);
        m2.set(ends.subarray(0, k), cap2);
        starts = m2.subarray(0, cap2);
        ends = m2.subarray(cap2);
        cap = cap2;
        if (out.length < cap2) {
          const o2 = new Uint16Array(cap2);
          o2.set(out.subarray(0, k));
          out = scratch = o2;
        }
      }
      for (let j = 0; j < exp.length; j++) {
        out[k] = exp.charCodeAt(j);
        starts[k] = i;
        ends[k] = i + 1;
        k++;
      }
    }
  }
  return { text: outString(out, k), starts: starts.subarray(0, k), ends: ends.subarray(0, k), originalLength: n };
}

/** Only the normalized string (no map): the fast path for search keys and features. */
export function normalizeText(input: string, options?: NormalizeOptions): string {
  const { codes, expansions } = tableFor(options);
  let out = '';
  let runStart = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const t = codes[input.charCodeAt(i)];
    if (t === KEEP) continue;
    out += input.slice(runStart, i);
    runStart = i + 1;
    if (t > 0) out += String.fromCharCode(t);
    else if (t <= -3) out += expansions[-t - 3];
  }
  return runStart === 0 ? input : out + input.slice(runStart);
}

/**
 * Map a range `[start, end)` of the normalized text back to the original text.
 * An empty range maps to an empty range at the corresponding original position.
 */
export function toOriginal(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const len = norm.starts.length;
  if (start >= len) return { start: norm.originalLength, end: norm.originalLength };
  const s = norm.starts[start]!;
  if (end <= start) return { start: s, end: s };
  const e = norm.ends[Math.min(end, len) - 1]!;
  return { start: s, end: e };
}

/** Code units of the slice being normalized (a plain SMI array: cheap to read back). */
const sliceBuf: number[] = new Array<number>(256).fill(0);

/**
 * `normalizeText(input.slice(start, end))` in the full search form, without building the slice
 * first when something changes; the result is a flat string (fast to hash and compare). For tokens:
 * pass the slice when you already have it, and it is returned as is when nothing changes.
 */
export function normalizeSlice(input: string, start: number, end: number, slice?: string): string {
  const { codes, expansions } = tableFor(undefined);
  let i = start;
  for (; i < end; i++) if (codes[input.charCodeAt(i)] !== KEEP) break;
  if (i === end) return slice ?? input.slice(start, end);
  if (end - start > 64) return normalizeText(input.slice(start, end));

  const buf = sliceBuf;
  let k = 0;
  for (let j = start; j < i; j++) buf[k++] = input.charCodeAt(j);
  for (; i < end; i++) {
    const c = input.charCodeAt(i);
    const t = codes[c]!;
    if (t >= 0) buf[k++] = t === KEEP ? c : t;
    else if (t <= -3) {
      const exp = expansions[-t - 3]!;
      if (k + exp.length + (end - i) > 128) return normalizeText(input.slice(start, end));
      for (let j = 0; j < exp.length; j++) buf[k++] = exp.charCodeAt(j);
    }
  }
  return codesToString(buf, k);
}

/** Plain arrays of each length up to 128, reused as `apply` arguments (faster than a typed-array view). */
const argArrays: number[][] = [];
for (let n = 0; n <= 128; n++) argArrays.push(new Array<number>(n).fill(0));

/** `String.fromCharCode` of `buf[0, k)` (k ≤ 128). */
function codesToString(buf: number[], k: number): string {
  switch (k) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(buf[0]!);
    case 2:
      return String.fromCharCode(buf[0]!, buf[1]!);
    case 3:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!);
    case 4:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!);
    case 5:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!, buf[4]!);
    case 6:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!, buf[4]!, buf[5]!);
    case 7:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!, buf[4]!, buf[5]!, buf[6]!);
    case 8:
      return String.fromCharCode(buf[0]!, buf[1]!, buf[2]!, buf[3]!, buf[4]!, buf[5]!, buf[6]!, buf[7]!);
    default: {
      const a = argArrays[k]!;
      for (let j = 0; j < k; j++) a[j] = buf[j]!;
      return String.fromCharCode.apply(null, a);
    }
  }
}
