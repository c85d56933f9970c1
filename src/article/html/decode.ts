/**
 * Bytes → string for HTML: BOM, then a `<meta charset>` / `http-equiv` declaration in the first 4 KB,
 * else UTF-8 (falling back to windows-1256 when the bytes are not valid UTF-8, the commonest legacy
 * encoding of Arabic pages).
 */
import iconv from 'iconv-lite';
import { RasidError } from '../../doc/errors.js';

export interface DecodedHtml {
  text: string;
  encoding: string;
}

const ALIASES: Record<string, string> = {
  'utf8': 'utf-8',
  'cp1256': 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'arabic': 'iso-8859-6',
  'latin1': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  'ascii': 'windows-1252',
};

/** The charset a page declares in its first bytes (meta charset or http-equiv Content-Type), lower-cased. */
export function declaredCharset(head: string): string | null {
  const re = /<meta\b[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head))) {
    // `charset="x"`, `content="text/html; charset=x"` and the malformed `content="charset=x"` all match.
    const cs = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(m[0]);
    if (cs) {
      const v = cs[1]!.toLowerCase();
      return ALIASES[v] ?? v;
    }
  }
  return null;
}

function validUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** Decode an HTML page's bytes with the charset it declares (or `encoding` when given). */
export function decodeHtmlBytes(buf: Buffer, encoding?: string): DecodedHtml {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  let enc = encoding?.toLowerCase();
  if (!enc) enc = declaredCharset(buf.subarray(0, 4096).toString('latin1')) ?? undefined;
  if (enc) enc = ALIASES[enc] ?? enc;
  if (!enc || enc === 'utf-8') {
    if (validUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'utf-8' };
    if (enc === 'utf-8' && encoding) throw new RasidError('E_ENCODING_INVALID', { encoding: 'utf-8', path: '(html)' });
    enc = 'windows-1256';
  }
  if (!iconv.encodingExists(enc)) throw new RasidError('E_ENCODING_UNKNOWN', { encoding: enc });
  return { text: iconv.decode(buf, enc), encoding: enc };
}
