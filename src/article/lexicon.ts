/**
 * The article reader's word lists (data/article/*.json): wire agencies, outlets, dateline places,
 * byline desk words and tag-line sections, looked up by a loose key (search form, no spaces,
 * dots, brackets or quotes) so `د.ب.أ`, `(د ب أ)` and `د ب ا` are the same agency.
 */
import { loadJson } from '../data/load.js';
import { SEARCH_FORM, normalizeText } from '../text/normalize.js';

export interface Agency {
  id: string;
  name: string;
  full: string;
  en: string;
  country: string;
  aliases: string[];
}

export interface Outlet {
  name: string;
  aliases: string[];
  ambiguous?: boolean;
}

export interface Lexicon {
  agencies: Map<string, Agency>;
  outlets: Map<string, Outlet>;
  places: Set<string>;
  sections: Set<string>;
  desks: string[];
  authorMarkers: Set<string>;
  /** Words introducing a credit that is not the author (`تصوير`: photos). */
  creditMarkers: Set<string>;
  /** Weekdays and day words that are never a name or place. */
  dateWords: Set<string>;
  /** Longest agency alias, in key characters (to bound substring searches). */
  maxAgencyKey: number;
}

/** The loose lookup key of a name. */
export function lexKey(s: string): string {
  return normalizeText(s, SEARCH_FORM)
    .replace(/[\s.\u00b7()[\]{}«»"'“”‘’<>]+/gu, '')
    .replace(/^و(?=ال)/u, '');
}

let lexicon: Lexicon | null = null;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const a = loadJson<{ agencies: Agency[] }>('article', 'agencies.json');
  const o = loadJson<{ outlets: Outlet[] }>('article', 'outlets.json');
  const p = loadJson<{ places: string[] }>('article', 'places.json');
  const s = loadJson<{ sections: string[] }>('article', 'sections.json');
  const b = loadJson<{ desks: string[]; authorMarkers: string[]; creditMarkers: string[]; dateWords: string[] }>('article', 'byline.json');
  const agencies = new Map<string, Agency>();
  let maxAgencyKey = 0;
  for (const ag of a.agencies) {
    for (const alias of [ag.name, ag.full, ...ag.aliases]) {
      const k = lexKey(alias);
      if (!k) continue;
      agencies.set(k, ag);
      maxAgencyKey = Math.max(maxAgencyKey, k.length);
    }
  }
  const outlets = new Map<string, Outlet>();
  for (const ou of o.outlets) for (const alias of [ou.name, ...ou.aliases]) outlets.set(lexKey(alias), ou);
  lexicon = {
    agencies,
    outlets,
    places: new Set(p.places.map(lexKey)),
    sections: new Set(s.sections.map(lexKey)),
    desks: b.desks.map(lexKey),
    authorMarkers: new Set(b.authorMarkers.map(lexKey)),
    creditMarkers: new Set(b.creditMarkers.map(lexKey)),
    dateWords: new Set(b.dateWords.map(lexKey)),
    maxAgencyKey,
  };
  return lexicon;
}

export function findAgency(name: string): Agency | null {
  return getLexicon().agencies.get(lexKey(name)) ?? null;
}

export function findOutlet(name: string): Outlet | null {
  return getLexicon().outlets.get(lexKey(name)) ?? null;
}

export function isPlace(name: string): boolean {
  return getLexicon().places.has(lexKey(name));
}

export function isSection(name: string): boolean {
  return getLexicon().sections.has(lexKey(name));
}

/** True when `name` is a desk label (`متابعات`, `مكتب الجزيرة`, `المنسق الإعلامي`, ...). */
export function isDesk(name: string): boolean {
  const k = lexKey(name);
  return getLexicon().desks.some((d) => k === d || k.startsWith(d));
}
