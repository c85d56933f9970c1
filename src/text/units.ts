/**
 * Strings from UTF-16 code units held in a `Uint16Array` (the text core's scratch buffers):
 * `String.fromCharCode` with fixed arguments for short ranges (up to 10 units: a word, a stem),
 * Node's UTF-16LE decoder for long ones (several times faster than `String.fromCharCode.apply` on a
 * typed array).
 */
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';

const LITTLE_ENDIAN = endianness() === 'LE';

/** Plain arrays of each length up to 64, reused as `apply` arguments (faster than a typed-array view). */
const argArrays: number[][] = [];
for (let n = 0; n <= 64; n++) argArrays.push(new Array<number>(n).fill(0));

/** The memory `view` is over (`unitsToString`'s last long range). */
let viewedBuffer: ArrayBufferLike | null = null;
let view: Buffer = Buffer.alloc(0);

/** `buf[start, end)` as a string. */
export function unitsToString(buf: Uint16Array, start: number, end: number): string {
  const k = end - start;
  switch (k) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(buf[start]!);
    case 2:
      return String.fromCharCode(buf[start]!, buf[start + 1]!);
    case 3:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!);
    case 4:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!);
    case 5:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!, buf[start + 4]!);
    case 6:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!, buf[start + 4]!, buf[start + 5]!);
    case 7:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!, buf[start + 4]!, buf[start + 5]!, buf[start + 6]!);
    case 8:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!, buf[start + 4]!, buf[start + 5]!, buf[start + 6]!, buf[start + 7]!);
    case 9:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!, buf[start + 4]!, buf[start + 5]!, buf[start + 6]!, buf[start + 7]!, buf[start + 8]!);
    case 10:
      return String.fromCharCode(buf[start]!, buf[start + 1]!, buf[start + 2]!, buf[start + 3]!, buf[start + 4]!, buf[start + 5]!, buf[start + 6]!, buf[start + 7]!, buf[start + 8]!, buf[start + 9]!);
    default:
      break;
  }
  if (k <= 64) {
    const a = argArrays[k]!;
    for (let j = 0; j < k; j++) a[j] = buf[start + j]!;
    return String.fromCharCode.apply(null, a);
  }
  if (LITTLE_ENDIAN) {
    // One `Buffer` over the whole memory, kept while the caller keeps using the same buffer
    // (making a `Buffer` costs as much as decoding a paragraph).
    if (buf.buffer !== viewedBuffer) {
      viewedBuffer = buf.buffer;
      view = Buffer.from(buf.buffer);
    }
    const at = buf.byteOffset + 2 * start;
    return view.toString('utf16le', at, at + 2 * k);
  }
  let s = '';
  for (let i = start; i < end; i += 8192) s += String.fromCharCode.apply(null, buf.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return s;
}

/** The UTF-16 code units of `s`. */
export function stringUnits(s: string): Uint16Array {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

/** Scratch buffer of `unitsOf` and a `Buffer` over the same memory. */
let scratch = new Uint16Array(1 << 14);
let scratchBytes = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.byteLength);

/**
 * The UTF-16 code units of `s` in a reused buffer (valid until the next call; at least
 * `s.length + 1` long, so a caller may put a sentinel after them): Node's UTF-16LE encoder copies
 * them in one call, and a loop then reads them from a typed array instead of through `charCodeAt`
 * (which checks how the string is stored on each call).
 */
export function unitsOf(s: string): Uint16Array {
  const n = s.length;
  if (scratch.length <= n) {
    scratch = new Uint16Array(Math.max(n + 1, 2 * scratch.length));
    scratchBytes = Buffer.from(scratch.buffer, scratch.byteOffset, scratch.byteLength);
  }
  if (LITTLE_ENDIAN) scratchBytes.write(s, 0, 2 * n, 'utf16le');
  else for (let i = 0; i < n; i++) scratch[i] = s.charCodeAt(i);
  return scratch;
}
