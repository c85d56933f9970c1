import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtmlBytes } from './decode.js';

describe('decodeHtmlBytes', () => {
  const body = '<p>مرحبا بالعالم العربي</p>';
  it('uses the charset of http-equiv and of meta charset', () => {
    const a = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body>${body}</body></html>`, 'windows-1256');
    expect(decodeHtmlBytes(a)).toMatchObject({ encoding: 'windows-1256' });
    expect(decodeHtmlBytes(a).text).toContain('مرحبا بالعالم العربي');
    const b = iconv.encode(`<meta charset="iso-8859-6"><body>${body}</body>`, 'iso-8859-6');
    expect(decodeHtmlBytes(b).text).toContain('مرحبا بالعالم العربي');
  });
  it('reads UTF-8 with a BOM or a malformed declaration', () => {
    const s = `<meta http-equiv="Content-Type" content="charset=utf-8"><body>${body}</body>`;
    expect(decodeHtmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])).text).toBe(s);
    expect(declaredCharset(s)).toBe('utf-8');
    expect(decodeHtmlBytes(Buffer.from(s)).encoding).toBe('utf-8');
  });
  it('falls back to windows-1256 for undeclared bytes that are not UTF-8', () => {
    const a = iconv.encode(`<html><body>${body}</body></html>`, 'windows-1256');
    const d = decodeHtmlBytes(a);
    expect(d.encoding).toBe('windows-1256');
    expect(d.text).toContain('مرحبا');
  });
  it('rejects an unknown declared encoding with E_ENCODING_UNKNOWN', () => {
    expect(() => decodeHtmlBytes(Buffer.from('<meta charset="klingon-9"><p>x</p>'))).toThrow(/klingon/);
  });
});
