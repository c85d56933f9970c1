/** Feed bytes → string: BOM, then the XML declaration's `encoding`, else UTF-8. */
import iconv from 'iconv-lite';

export function decodeFeedBytes(buf: Buffer): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  const head = buf.subarray(0, 200).toString('latin1');
  const m = /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head.trimStart());
  const enc = m?.[1]?.toLowerCase();
  if (enc && enc !== 'utf-8' && enc !== 'utf8' && iconv.encodingExists(enc)) return iconv.decode(buf, enc);
  return buf.toString('utf8');
}
