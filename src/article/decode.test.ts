import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../doc/errors.js';
import { fixturePath } from '../data/paths.js';
import { arabicScore, assertArabic, canonicalEncoding, decodeArabic, decodeBytes, foldLineEnds } from './decode.js';

const seedBytes = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'));
const seed = seedBytes.toString('utf8');

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return e instanceof RasidError ? e.code : `not a RasidError: ${String(e)}`;
  }
  return 'no error';
}

const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);

describe('decodeBytes: encodings detected without being told', () => {
  const cases: [string, Buffer, string][] = [
    ['utf-8', seedBytes, 'utf-8'],
    ['utf-8 with BOM', bom([0xef, 0xbb, 0xbf], seedBytes), 'utf-8'],
    ['utf-16le with BOM', bom([0xff, 0xfe], iconv.encode(seed, 'utf-16le')), 'utf-16le'],
    ['utf-16be with BOM', bom([0xfe, 0xff], iconv.encode(seed, 'utf-16be')), 'utf-16be'],
    ['windows-1256', iconv.encode(seed.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)), 'windows-1256'), 'windows-1256'],
    ['iso-8859-6', iconv.encode(seed.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)), 'iso-8859-6'), 'iso-8859-6'],
  ];
  for (const [name, bytes, enc] of cases) {
    it(name, () => {
      const d = decodeArabic(bytes);
      expect(d.encoding).toBe(enc);
      expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
      // single-byte Arabic code pages have no Arabic-Indic digits; the test text uses ASCII ones there
      const want = enc === 'windows-1256' || enc === 'iso-8859-6' ? seed.replace(/[٠-٩]/g, (x) => String(x.charCodeAt(0) - 0x660)) : seed;
      expect(d.text).toBe(want);
    });
  }

  it('UTF-16 without a byte-order mark, by its byte pattern', () => {
    expect(decodeArabic(iconv.encode(seed, 'utf-16le')).text).toBe(seed);
    expect(decodeArabic(iconv.encode(seed, 'utf-16be')).encoding).toBe('utf-16be');
    expect(decodeArabic(iconv.encode(seed, 'utf-16be')).detectedBy).toBe('utf16-pattern');
  });

  it('a short cp1256 text is still told from iso-8859-6 (and back)', () => {
    const s = 'قال الوزير إن الاجتماع سيعقد في الرياض يوم الأحد';
    expect(decodeBytes(iconv.encode(s, 'cp1256')).text).toBe(s);
    expect(decodeBytes(iconv.encode(s, 'iso-8859-6')).text).toBe(s);
  });

  it('CRLF and CR become LF, offsets then index the folded text', () => {
    const crlf = Buffer.from(seed.replace(/\n/g, '\r\n'), 'utf8');
    const cr = Buffer.from(seed.replace(/\n/g, '\r'), 'utf8');
    expect(decodeBytes(crlf).text).toBe(seed);
    expect(decodeBytes(cr).text).toBe(seed);
    expect(foldLineEnds('a\r\n\rb\n')).toBe('a\n\nb\n');
  });

  it('gzip is opened, with the size limit applied to what it holds', () => {
    const gz = gzipSync(seedBytes);
    expect(decodeBytes(gz).text).toBe(seed);
    expect(decodeBytes(gz).gzipped).toBe(true);
    expect(code(() => decodeBytes(gz, { maxBytes: 1000 }))).toBe('E_INPUT_TOO_LARGE');
    expect(code(() => decodeBytes(Buffer.concat([gz.subarray(0, 20)])))).toBe('E_ARCHIVE_INVALID');
  });

  it('scores Arabic decodings above mis-decodings', () => {
    const bytes = iconv.encode('الحكومة العراقية تعلن خطة أمنية جديدة', 'cp1256');
    expect(arabicScore(iconv.decode(bytes, 'cp1256'))).toBeGreaterThan(arabicScore(iconv.decode(bytes, 'iso-8859-6')));
  });
});

describe('decodeBytes: forced encoding', () => {
  it('decodes with the named encoding', () => {
    const s = 'خبر عاجل من بغداد';
    expect(decodeBytes(iconv.encode(s, 'iso-8859-6'), { encoding: 'ISO-8859-6' }).text).toBe(s);
    expect(decodeBytes(iconv.encode(s, 'cp1256'), { encoding: 'windows-1256' }).encoding).toBe('windows-1256');
    expect(decodeBytes(bom([0xff, 0xfe], iconv.encode(s, 'utf-16le')), { encoding: 'utf-16le' }).text).toBe(s);
  });
  it('refuses an unknown encoding and invalid forced UTF-8', () => {
    expect(code(() => decodeBytes(seedBytes, { encoding: 'klingon-8' }))).toBe('E_ENCODING_UNKNOWN');
    expect(code(() => decodeBytes(iconv.encode('خبر عاجل', 'cp1256'), { encoding: 'utf-8' }))).toBe('E_ENCODING_INVALID');
    expect(canonicalEncoding('CP1256')).toBe('windows-1256');
    expect(canonicalEncoding('nope')).toBeNull();
  });
});

describe('bad input', () => {
  it('empty', () => {
    expect(code(() => decodeBytes(Buffer.alloc(0), { path: 'e.txt' }))).toBe('E_INPUT_EMPTY');
    expect(code(() => decodeBytes(Buffer.from(' \n\t\r\n')))).toBe('E_INPUT_EMPTY');
    expect(code(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf])))).toBe('E_INPUT_EMPTY');
  });
  it('binary: NUL bytes or many control bytes', () => {
    expect(code(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])))).toBe('E_INPUT_BINARY');
    const ctl = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0xd8)));
    expect(code(() => decodeBytes(ctl))).toBe('E_INPUT_BINARY');
  });
  it('not Arabic', () => {
    expect(code(() => decodeArabic(Buffer.from('Hello world, this is an English article about nothing.')))).toBe('E_INPUT_NOT_ARABIC');
    expect(code(() => decodeArabic(Buffer.from('A long English text with one Arabic word: سلام and many more English words after it to dilute')))).toBe('E_INPUT_NOT_ARABIC');
    expect(code(() => assertArabic('12345 !!! ...'))).toBe('E_INPUT_NOT_ARABIC');
    expect(code(() => assertArabic('Breaking: الرئيس يصل إلى بغداد'))).toBe('no error');
  });
  it('too large (default 5 MB, configurable)', () => {
    expect(code(() => decodeBytes(Buffer.alloc(5 * 1024 * 1024 + 1, 0x20)))).toBe('E_INPUT_TOO_LARGE');
    expect(code(() => decodeBytes(seedBytes, { maxBytes: 100 }))).toBe('E_INPUT_TOO_LARGE');
    const e = (() => {
      try {
        decodeBytes(seedBytes, { maxBytes: 100, path: 'big.txt' });
      } catch (x) {
        return x as RasidError;
      }
      return null;
    })();
    expect(e?.message).toBe(`The input is ${seedBytes.length} bytes, over the limit of 100 bytes: big.txt`);
  });
});

describe('properties', () => {
  it('any bytes: a string without CR, or a catalogue error — never anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(undefined, 'utf-8', 'cp1256', 'utf-16be'), (bytes, encoding) => {
        try {
          const d = decodeArabic(bytes, encoding ? { encoding } : {});
          expect(d.text.includes('\r')).toBe(false);
        } catch (e) {
          expect(e).toBeInstanceOf(RasidError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
