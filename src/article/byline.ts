/**
 * Bylines of Arabic news: `الرياض - واس`, `جدة: محمد الغامدي`, `فايز الحسيكي – عين اليوم`,
 * `د ب أ- الرياض:`, `خالد طاشكندي (جدة)`, `بغداد: حمزة مصطفى - أربيل: دلشاد عبد الله`,
 * `بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`. The line is cut at separators into parts, each
 * part is classed as agency, outlet, desk, place, person, date or credit from data/article/*.json and
 * its position, and the parts give author, place and agency.
 */
import type { Span } from '../doc/span.js';
import { span } from '../doc/span.js';
import { findAgency, findOutlet, getLexicon, isDesk, isPlace, lexKey } from './lexicon.js';

export type BylinePartKind = 'agency' | 'outlet' | 'desk' | 'place' | 'person' | 'date' | 'credit' | 'qualifier';

export interface BylinePart extends Span {
  kind: BylinePartKind;
  /** Canonical value (agency name from the list; otherwise the text). */
  value: string;
}

export interface Byline {
  span: Span;
  parts: BylinePart[];
  author?: string;
  place?: string;
  agency?: string;
  outlet?: string;
  /** True when at least one part was found in a word list (agency, outlet, place, desk). */
  known: boolean;
}

/** Most words a byline part may have before the line is judged not to be a byline. */
const MAX_PART_WORDS = 7;

interface RawPart {
  start: number;
  end: number;
  /** The separators between this part and the next (or the end). */
  after: string;
  /** True when the part was written in brackets or guillemets. */
  bracketed: boolean;
}

/** Separators: dashes, colon, comma, slash, bar, brackets, a free-standing tatweel, ` من `, `&nbsp;`, wide gaps. */
const SEP = /\s{3,}|\s*(?:[-–—|:،,/()«»]|(?<=\s|^)ـ+(?=\s|$)|(?<=[\s»)]|^)\s*من\s+|&nbsp;)\s*/gu;

function cut(text: string, start: number, end: number): RawPart[] {
  const parts: RawPart[] = [];
  const region = text.slice(start, end);
  let last = 0;
  let open = false;
  const addSep = (sep: string) => {
    const prev = parts[parts.length - 1];
    if (prev) prev.after += sep;
  };
  for (const m of region.matchAll(SEP)) {
    const sep = m[0].trim();
    if (m.index > last) parts.push({ start: start + last, end: start + m.index, after: '', bracketed: open });
    addSep(sep || ' ');
    if (sep === '(' || sep === '«') open = true;
    else if (sep === ')' || sep === '»') {
      open = false;
      const prev = parts[parts.length - 1];
      if (prev) prev.bracketed = true;
    }
    last = m.index + m[0].length;
  }
  if (last < region.length) parts.push({ start: start + last, end, after: '', bracketed: open });
  return parts
    .map((p) => {
      let s = p.start;
      let e = p.end;
      while (s < e && /[\s*]/u.test(text[s]!)) s++;
      while (e > s && /[\s*]/u.test(text[e - 1]!)) e--;
      return { ...p, start: s, end: e };
    })
    .filter((p) => p.end > p.start);
}

function words(s: string): string[] {
  return s.split(/\s+/u).filter(Boolean);
}

/** Drop a leading author marker (`بواسطة`, `كتب`, `بقلم`) from a part; null when nothing is left. */
function stripMarker(text: string, p: RawPart): RawPart | null {
  const seg = text.slice(p.start, p.end);
  const first = /^\S+/u.exec(seg)?.[0] ?? '';
  if (getLexicon().authorMarkers.has(lexKey(first))) {
    const rest = seg.slice(first.length);
    const lead = rest.length - rest.trimStart().length;
    if (rest.trim() === '') return null;
    return { ...p, start: p.start + first.length + lead };
  }
  return p;
}

/** Weekday names and the like (`الاثنين`, `اليوم`) in a bracket after a sentence's subject. */
function isDateWord(s: string): boolean {
  return getLexicon().dateWords.has(lexKey(s));
}

function isCreditMarker(s: string): boolean {
  return getLexicon().creditMarkers.has(lexKey(/^\S+/u.exec(s)?.[0] ?? ''));
}

/** A part holding digits: `بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس` → place, date, agency. */
function splitDated(text: string, p: RawPart): BylinePart[] {
  const out: BylinePart[] = [];
  const ws = [...text.slice(p.start, p.end).matchAll(/\S+/gu)].map((m) => ({ s: p.start + m.index, e: p.start + m.index + m[0].length, w: m[0] }));
  const firstDigit = ws.findIndex((w) => /\p{Nd}/u.test(w.w));
  if (firstDigit < 0) return out;
  let agencyAt = ws.length;
  for (let k = Math.max(firstDigit + 1, ws.length - 3); k < ws.length; k++) {
    const s = ws[k]!.s;
    const e = ws[ws.length - 1]!.e;
    const ag = findAgency(text.slice(s, e));
    if (ag) {
      agencyAt = k;
      out.push({ ...span(text, s, e), kind: 'agency', value: ag.name });
      break;
    }
  }
  // Words before the date are a place when an agency closes the line or the place is listed.
  if (firstDigit > 0 && firstDigit <= 3) {
    const s = ws[0]!.s;
    const e = ws[firstDigit - 1]!.e;
    if (out.length > 0 || isPlace(text.slice(s, e))) out.unshift({ ...span(text, s, e), kind: 'place', value: text.slice(s, e) });
  }
  const ds = ws[firstDigit]!.s;
  const de = ws[agencyAt - 1]!.e;
  out.splice(out.length - (agencyAt < ws.length ? 1 : 0), 0, { ...span(text, ds, de), kind: 'date', value: text.slice(ds, de) });
  return out;
}

/** `القدس المحتلة`, `الرياض الجديدة`: the first one or two words are a listed place. */
function startsWithPlace(seg: string): boolean {
  const ws = words(seg);
  return ws.length <= 3 && (isPlace(ws[0]!) || (ws.length === 3 && isPlace(`${ws[0]} ${ws[1]}`)));
}

interface Pending {
  index: number;
  p: RawPart;
  seg: string;
  nWords: number;
  beforeColon: boolean;
}

/**
 * Read `text.slice(start, end)` as a byline. Returns null when it cannot be one (a part is too
 * long or holds sentence punctuation, or nothing is left). The caller decides from position and
 * `known` whether to trust it.
 */
export function parseByline(text: string, start = 0, end = text.length): Byline | null {
  const raw = cut(text, start, end)
    .map((p) => stripMarker(text, p))
    .filter((p): p is RawPart => p !== null);
  if (raw.length === 0) return null;
  const parts: (BylinePart | null)[] = [];
  let known = false;
  let havePlace = false;
  let credit = false;
  const pending: Pending[] = [];
  for (let i = 0; i < raw.length; i++) {
    const p = raw[i]!;
    const seg = text.slice(p.start, p.end);
    const base = { ...span(text, p.start, p.end), value: seg };
    // `تصوير : فلان` — a photo (or drawing) credit, not the author
    if (isCreditMarker(seg)) {
      parts.push({ ...base, kind: 'credit' });
      credit = words(seg).length === 1;
      known = true;
      continue;
    }
    if (credit) {
      parts.push({ ...base, kind: 'credit' });
      credit = false;
      continue;
    }
    if (/\p{Nd}/u.test(seg)) {
      const dated = splitDated(text, p);
      if (dated.some((d) => d.kind === 'place')) havePlace = true;
      if (dated.some((d) => d.kind === 'agency')) known = true;
      parts.push(...dated);
      continue;
    }
    const ws = words(seg);
    if (ws.length > MAX_PART_WORDS) return null;
    if (/[!؟?؛;]|\p{L}{2}\.(?!\p{L})/u.test(seg)) return null;
    const ag = findAgency(seg);
    if (ag) {
      parts.push({ ...base, kind: 'agency', value: ag.name });
      known = true;
      continue;
    }
    if (isDateWord(seg)) {
      parts.push({ ...base, kind: 'date' });
      continue;
    }
    const outlet = findOutlet(seg);
    if (outlet && !(outlet.ambiguous && isPlace(seg))) {
      parts.push({ ...base, kind: 'outlet', value: outlet.name });
      // an outlet name that is also a common word (اليوم) does not make a line a byline
      if (!outlet.ambiguous) known = true;
      continue;
    }
    if (isDesk(seg)) {
      parts.push({ ...base, kind: 'desk' });
      known = true;
      continue;
    }
    if (isPlace(seg) && !(outlet && havePlace)) {
      parts.push({ ...base, kind: 'place' });
      havePlace = true;
      known = true;
      continue;
    }
    if (outlet) {
      parts.push({ ...base, kind: 'outlet', value: outlet.name });
      continue;
    }
    // `X: ...` and `X (Y): ...` put X before the colon
    const colonAfter = (k: number) => raw[k] !== undefined && raw[k]!.after.includes(':') && raw[k + 1] !== undefined;
    const beforeColon = colonAfter(i) || (raw[i + 1]?.bracketed === true && !p.bracketed && colonAfter(i + 1));
    parts.push(null);
    pending.push({ index: parts.length - 1, p, seg, nWords: ws.length, beforeColon });
  }
  classifyUnknown(text, parts, pending, havePlace);
  markQualifiers(parts, raw);
  const done = parts.filter((p): p is BylinePart => p !== null);
  if (done.length === 0) return null;
  const first = done[0]!;
  const last = done[done.length - 1]!;
  const byline: Byline = { span: span(text, first.start, last.end), parts: done, known };
  const join = (k: BylinePartKind) => {
    const vs = [...new Set(done.filter((p) => p.kind === k).map((p) => p.value))];
    return vs.length ? vs.join('، ') : undefined;
  };
  const author = join('person');
  const place = join('place');
  const agency = join('agency');
  const outletName = join('outlet');
  if (author) byline.author = author;
  if (place) byline.place = place;
  if (agency) byline.agency = agency;
  if (outletName) byline.outlet = outletName;
  return byline;
}

/**
 * Parts no list knows. Before a colon that is followed by more → place (`لندن: ...`); one Arabic
 * word → place (names in bylines have two words or more); beside an agency (which has no author)
 * or opening with a listed place → place; `person place:` run together → both; else person.
 */
function classifyUnknown(text: string, parts: (BylinePart | null)[], pending: Pending[], havePlaceBefore: boolean): void {
  let havePlace = havePlaceBefore;
  const hasAgency = parts.some((p) => p?.kind === 'agency');
  const hasDate = parts.some((p) => p?.kind === 'date');
  for (const u of pending) {
    const base = { ...span(text, u.p.start, u.p.end), value: u.seg };
    const arabic = /^[\p{Script=Arabic}\s]+$/u.test(u.seg);
    const ws = [...u.seg.matchAll(/\S+/gu)];
    const lastWord = ws[ws.length - 1]!;
    if (/^[\x20-\x7e]+$/u.test(u.seg) && hasDate) {
      parts[u.index] = { ...base, kind: 'date' };
    } else if (u.beforeColon && u.nWords <= 3) {
      parts[u.index] = { ...base, kind: 'place' };
      havePlace = true;
    } else if (u.beforeColon && u.nWords >= 3 && isPlace(lastWord[0])) {
      const ps = u.p.start + lastWord.index;
      const pe = u.p.start + ws[ws.length - 2]!.index + ws[ws.length - 2]![0].length;
      parts.splice(u.index, 1, { ...span(text, u.p.start, pe), value: text.slice(u.p.start, pe), kind: 'person' });
      parts.splice(u.index + 1, 0, { ...span(text, ps, u.p.end), value: text.slice(ps, u.p.end), kind: 'place' });
      for (const v of pending) if (v.index > u.index) v.index++;
      havePlace = true;
    } else if (arabic && (u.nWords === 1 || (!havePlace && ((hasAgency && u.nWords <= 3) || startsWithPlace(u.seg))))) {
      parts[u.index] = { ...base, kind: 'place' };
      havePlace = true;
    } else {
      // scraping debris before a name (`Next Previous عبدالرحمن الشهري`)
      const junk = /^[A-Za-z][A-Za-z\s]*\s(?=\p{Script=Arabic})/u.exec(u.seg)?.[0].length ?? 0;
      const s = u.p.start + junk;
      parts[u.index] = { ...span(text, s, u.p.end), value: text.slice(s, u.p.end), kind: 'person' };
    }
  }
}

/** `فولفسبورج (ألمانيا)`: a bracketed place right after a place qualifies it. */
function markQualifiers(parts: (BylinePart | null)[], raw: RawPart[]): void {
  const bracketed = new Set(raw.filter((r) => r.bracketed).map((r) => r.start));
  const unbracketed = new Set(raw.filter((r) => !r.bracketed).map((r) => r.start));
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const prev = parts[i - 1];
    if (p?.kind === 'place' && prev?.kind === 'place' && bracketed.has(p.start) && unbracketed.has(prev.start)) {
      parts[i] = { ...p, kind: 'qualifier' };
    }
  }
}
