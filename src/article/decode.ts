/**
 * Bytes to text: size limit, gzip, byte-order marks, UTF-8 / UTF-16 / windows-1256 / ISO-8859-6
 * detection (or a forced encoding), binary detection, line ends folded to LF, and the check that
 * the result is Arabic text. Every refusal is a catalogue error (src/doc/errors.ts).
 */
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { RasidError } from '../doc/errors.js';

/** Default input size limit: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface DecodeOptions {
  /** Shown in error messages. */
  path?: string;
  /** Force an encoding (any name iconv-lite knows: utf-8, utf-16le, cp1256, windows-1256, iso-8859-6, ...). */
  encoding?: string;
  /** Refuse inputs (and gunzipped contents) larger than this many bytes. */
  maxBytes?: number;
}

export interface Decoded {
  /** The text with CRLF and CR folded to LF and any byte-order mark removed. */
  text: string;
  /** The encoding used, as a canonical lower-case name (`utf-8`, `utf-16le`, `windows-1256`, ...). */
  encoding: string;
  /** How the encoding was chosen. */
  detectedBy: 'forced' | 'bom' | 'utf16-pattern' | 'valid-utf8' | 'arabic-score';
  /** Bytes of the (decompressed) input. */
  bytes: number;
  gzipped: boolean;
  /** The (decompressed) bytes that were decoded. */
  raw: Uint8Array;
}

const BINARY_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 64 * 1024;

function where(opts: DecodeOptions): string {
  return opts.path ?? '-';
}

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** Gunzip with the size limit applied to the output (a small archive cannot expand past it). */
export function gunzipLimited(buf: Uint8Array, opts: DecodeOptions): Buffer {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    return gunzipSync(buf, { maxOutputLength: limit });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || /larger than|maxOutputLength|Cannot create a Buffer/i.test(err.message ?? '')) {
      throw new RasidError('E_INPUT_TOO_LARGE', { size: `more than ${limit}`, limit, path: where(opts) });
    }
    throw new RasidError('E_ARCHIVE_INVALID', { path: where(opts), detail: err.message ?? 'bad gzip data' });
  }
}

function checkSize(size: number, opts: DecodeOptions): void {
  const limit = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > limit) throw new RasidError('E_INPUT_TOO_LARGE', { size, limit, path: where(opts) });
}

type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

export function sniffBom(buf: Uint8Array): Bom | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its byte pattern: in Arabic (U+06xx) and ASCII text
 * every other byte is 0x06 or 0x00. Returns the byte order, or null.
 */
export function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, SNIFF_BYTES) & ~1;
  if (n < 8 || buf.length % 2 !== 0) return null;
  let highOdd = 0;
  let highEven = 0;
  for (let i = 0; i < n; i += 2) {
    const even = buf[i]!;
    const odd = buf[i + 1]!;
    if (odd === 0x00 || odd === 0x06) highOdd++;
    if (even === 0x00 || even === 0x06) highEven++;
  }
  const pairs = n / 2;
  if (highOdd / pairs > 0.9 && highEven / pairs < 0.5) return 'utf-16le';
  if (highEven / pairs > 0.9 && highOdd / pairs < 0.5) return 'utf-16be';
  return null;
}

/** True when the bytes (of an 8-bit or UTF-8 file) look binary: a NUL byte, or many control bytes. */
export function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_SHARE;
}

/** Control characters (other than tab, LF, CR, FF) in decoded text, as a share; NUL counts as binary. */
function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) || c === 0x7f) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_SHARE;
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/**
 * How much a decoding looks like Arabic: the share of non-ASCII characters that are Arabic
 * letters, plus a bonus for the article `ال` at a word start (the commonest bigram of Arabic text),
 * minus replacement characters (bytes the encoding does not define).
 */
export function arabicScore(text: string): number {
  let nonAscii = 0;
  let letters = 0;
  let bad = 0;
  let al = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c === 0xfffd) bad++;
    else if (isArabicLetter(c)) {
      letters++;
      if (c === 0x0627 && text.charCodeAt(i + 1) === 0x0644) {
        const p = i === 0 ? 0x20 : text.charCodeAt(i - 1);
        if (!isArabicLetter(p) || p === 0x0648 || p === 0x0628 || p === 0x0641 || p === 0x0643) al++;
      }
    }
  }
  if (nonAscii === 0) return 0;
  return (letters - 4 * bad) / nonAscii + (4 * al) / nonAscii;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return UTF8.decode(buf);
  } catch {
    return null;
  }
}

/** Canonical name of an encoding label iconv-lite knows, or null. */
export function canonicalEncoding(name: string): string | null {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (!n || !iconv.encodingExists(n)) return null;
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    utf16le: 'utf-16le',
    'utf-16le': 'utf-16le',
    ucs2: 'utf-16le',
    'ucs-2': 'utf-16le',
    utf16be: 'utf-16be',
    'utf-16be': 'utf-16be',
    cp1256: 'windows-1256',
    'windows-1256': 'windows-1256',
    win1256: 'windows-1256',
    'iso-8859-6': 'iso-8859-6',
    iso88596: 'iso-8859-6',
    'arabic': 'iso-8859-6',
  };
  return aliases[n] ?? n;
}

/** Fold CRLF and lone CR to LF. */
export function foldLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** Decode `input` to text without judging whether it is Arabic (see `assertArabic`). */
export function decodeBytes(input: Uint8Array, opts: DecodeOptions = {}): Decoded {
  checkSize(input.length, opts);
  let buf: Uint8Array = input;
  let gzipped = false;
  if (isGzip(buf)) {
    buf = gunzipLimited(buf, opts);
    gzipped = true;
    checkSize(buf.length, opts);
  }
  if (buf.length === 0) throw new RasidError('E_INPUT_EMPTY', { path: where(opts) });

  let text: string;
  let encoding: string;
  let detectedBy: Decoded['detectedBy'];
  if (opts.encoding) {
    const enc = canonicalEncoding(opts.encoding);
    if (!enc) throw new RasidError('E_ENCODING_UNKNOWN', { encoding: opts.encoding });
    encoding = enc;
    detectedBy = 'forced';
    if (enc === 'utf-8') {
      const t = tryUtf8(buf);
      if (t === null) throw new RasidError('E_ENCODING_INVALID', { encoding: enc, path: where(opts) });
      text = t;
    } else {
      text = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.length), enc, { stripBOM: true });
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (textLooksBinary(text)) throw new RasidError('E_INPUT_BINARY', { path: where(opts) });
  } else {
    const bom = sniffBom(buf);
    if (bom) {
      encoding = bom.encoding;
      detectedBy = 'bom';
      const body = Buffer.from(buf.buffer, buf.byteOffset + bom.length, buf.length - bom.length);
      if (bom.encoding === 'utf-8') {
        const t = tryUtf8(body);
        if (t === null) throw new RasidError('E_ENCODING_INVALID', { encoding: 'utf-8', path: where(opts) });
        text = t;
      } else {
        if (body.length % 2 !== 0) throw new RasidError('E_ENCODING_INVALID', { encoding: bom.encoding, path: where(opts) });
        text = iconv.decode(body, bom.encoding, { stripBOM: false });
      }
      if (textLooksBinary(text)) throw new RasidError('E_INPUT_BINARY', { path: where(opts) });
    } else if (sniffUtf16(buf)) {
      encoding = sniffUtf16(buf)!;
      detectedBy = 'utf16-pattern';
      text = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.length), encoding, { stripBOM: false });
      if (textLooksBinary(text)) throw new RasidError('E_INPUT_BINARY', { path: where(opts) });
    } else {
      if (looksBinary(buf)) throw new RasidError('E_INPUT_BINARY', { path: where(opts) });
      const t = tryUtf8(buf);
      if (t !== null) {
        text = t;
        encoding = 'utf-8';
        detectedBy = 'valid-utf8';
      } else {
        const b = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
        const cp = iconv.decode(b, 'windows-1256');
        const iso = iconv.decode(b, 'iso-8859-6');
        const useIso = arabicScore(iso) > arabicScore(cp);
        text = useIso ? iso : cp;
        encoding = useIso ? 'iso-8859-6' : 'windows-1256';
        detectedBy = 'arabic-score';
      }
    }
  }
  if (text.trim() === '') throw new RasidError('E_INPUT_EMPTY', { path: where(opts) });
  return { text: foldLineEnds(text), encoding, detectedBy, bytes: buf.length, gzipped, raw: buf };
}

/** Fewest Arabic letters a text must have, and their least share among all letters. */
export const MIN_ARABIC_LETTERS = 3;
export const MIN_ARABIC_SHARE = 0.2;

const OTHER_LETTER = /\p{L}/u;

/** Count Arabic letters and all letters of `text` (letters of astral planes are not counted). */
export function letterCounts(text: string): { arabic: number; letters: number } {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    } else if (isArabicLetter(c)) {
      arabic++;
      letters++;
    } else if (c >= 0xc0 && OTHER_LETTER.test(text[i]!)) letters++;
  }
  return { arabic, letters };
}

/** Throw E_INPUT_NOT_ARABIC unless `text` has enough Arabic letters (count and share of letters). */
export function assertArabic(text: string, opts: DecodeOptions = {}): void {
  const { arabic, letters } = letterCounts(text);
  if (arabic < MIN_ARABIC_LETTERS || arabic / Math.max(1, letters) < MIN_ARABIC_SHARE) {
    throw new RasidError('E_INPUT_NOT_ARABIC', { path: where(opts) });
  }
}

/** Decode and check that the result is Arabic text. */
export function decodeArabic(input: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const d = decodeBytes(input, opts);
  assertArabic(d.text, opts);
  return d;
}
