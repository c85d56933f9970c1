/** Small string helpers for page text. */

const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—', rlm: '\u200f', lrm: '\u200e', zwnj: '\u200c', zwj: '\u200d' };

/** Decode the HTML character references left in attribute-like strings (JSON-LD, meta content). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Fold every run of white space (NBSP, zero-width space and line breaks included) to one space and trim. */
export function fold(s: string): string {
  return s.replace(/[\s\u200b\u00a0\ufeff]+/g, ' ').trim();
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/g;
const LETTER = /\p{L}/gu;

/** Share of letters that are Arabic (0 when there are no letters). */
export function arabicShare(s: string): number {
  const letters = s.match(LETTER)?.length ?? 0;
  if (!letters) return 0;
  return (s.match(ARABIC)?.length ?? 0) / letters;
}

export function arabicCount(s: string): number {
  return s.match(ARABIC)?.length ?? 0;
}
