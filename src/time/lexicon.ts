/**
 * The date lexicon: every phrase of data/time/*.json, keyed by its search form cut into tokens
 * (see tokens.ts), so a phrase matches whatever tatweel, diacritics or alef/ya variants the
 * text uses. Number words are composed here from units and tens (واحد وعشرون, الحادي والعشرون).
 */
import { loadJson } from '../data/load.js';
import { normalizeText } from '../text/normalize.js';
import { tokenizeNormalized, type TToken } from './tokens.js';

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Part = 'start' | 'middle' | 'end';

export type LexCore =
  | { k: 'gmonth'; month: number; family: string; context: boolean }
  | { k: 'hmonth'; month: number; context: boolean }
  | { k: 'weekday'; day: number; bare: boolean }
  | { k: 'relday'; offset: number }
  | { k: 'tonight' }
  | { k: 'now' }
  | { k: 'daypart'; id: string; from: number; to: number; hourShift: number; pmFrom: number }
  | { k: 'dir'; dir: number }
  | { k: 'unit'; unit: Unit; count: number | null; definite: boolean }
  | { k: 'card'; n: number }
  | { k: 'ord'; n: number }
  | { k: 'hourword'; n: number }
  | { k: 'zone'; zone: string }
  | { k: 'zoneMarker' }
  | { k: 'localZone' }
  | { k: 'marker'; m: Marker }
  | { k: 'part'; part: Part }
  | { k: 'last' }
  | { k: 'decade'; n: number }
  | { k: 'century' }
  | { k: 'season'; id: string; months: [number, number] }
  | { k: 'holiday'; idx: number };

/** A lexicon entry: its kind's bit (`kb`, see KIND) and, for a marker, the marker's bit (`mb`, see MARK; 0 otherwise). */
export type Lex = LexCore & { kb: number; mb: number };

/** The entry type of a kind bit: `LexOfBit<typeof KIND.ord>` is the `ord` entry. */
export type KindOfBit<B extends number> = { [K in keyof typeof KIND]: (typeof KIND)[K] extends B ? K : never }[keyof typeof KIND];
export type LexOfBit<B extends number> = Extract<Lex, { k: KindOfBit<B> }>;

/** One bit per lexicon kind (`Matcher.kinds`); literal values so that `Matcher.get(i, KIND.ord)` knows its entry type. */
export const KIND = {
  gmonth: 1,
  hmonth: 2,
  weekday: 4,
  relday: 8,
  tonight: 16,
  now: 32,
  daypart: 64,
  dir: 128,
  unit: 256,
  card: 512,
  ord: 1024,
  hourword: 2048,
  zone: 4096,
  zoneMarker: 8192,
  localZone: 16384,
  marker: 32768,
  part: 65536,
  last: 131072,
  decade: 262144,
  century: 524288,
  season: 1048576,
  holiday: 2097152,
} as const;

/** One bit per marker (`Matcher.markers`); a marker set is the OR of its bits. */
export const MARK = {
  ago: 1,
  agoAfter: 2,
  later: 4,
  during: 8,
  since: 16,
  from: 32,
  to: 64,
  year: 128,
  monthWord: 256,
  dayWord: 512,
  hourWord: 1024,
  hijri: 2048,
  gregorian: 4096,
  half: 8192,
  quarterHour: 16384,
  third: 32768,
  except: 65536,
  timeLabel: 131072,
  datelineLabel: 262144,
  midnight: 524288,
  midday: 1048576,
  approx: 2097152,
  agoColloquial: 4194304,
} as const;

export type Marker =
  | 'ago'
  | 'agoAfter'
  | 'later'
  | 'during'
  | 'since'
  | 'from'
  | 'to'
  | 'year'
  | 'monthWord'
  | 'dayWord'
  | 'hourWord'
  | 'hijri'
  | 'gregorian'
  | 'half'
  | 'quarterHour'
  | 'third'
  | 'except'
  | 'timeLabel'
  | 'datelineLabel'
  | 'midnight'
  | 'midday'
  | 'approx'
  | 'agoColloquial';

export interface Lexicon {
  phrases: Map<string, Lex[]>;
  /** Every token prefix of every phrase (`كانون`, `كانون الثاني`), to stop a lookup early. */
  prefixes: Set<string>;
  maxLen: number;
}

interface MonthsFile {
  gregorian: { month: number; family: string; names: string[]; context?: boolean }[];
  hijri: { month: number; names: string[]; context?: boolean }[];
}
interface WeekdaysFile {
  weekdays: { day: number; names: string[] }[];
  bareFormsNeedYawm: string[];
}
interface WordsFile {
  relativeDays: { offset: number; names: string[] }[];
  tonight: string[];
  now: string[];
  dayparts: { id: string; names: string[]; from: number; to: number; hourShift: number; pmFrom?: number }[];
  midnight: string[];
  midday: string[];
  directions: { dir: number; names: string[] }[];
  units: { unit: Unit; names: string[]; dual: string[] }[];
  unitDefinite: Record<string, string[]>;
  partsOfPeriod: { part: Part; names: string[] }[];
  [k: string]: unknown;
}
interface NumbersFile {
  cardinalUnits: { n: number; names: string[] }[];
  teensSecond: string[];
  tens: { n: number; names: string[] }[];
  ordinalUnits: { n: number; names: string[] }[];
  ordinalTeensSecond: string[];
  ordinalTens: { n: number; names: string[] }[];
  hourWords: { n: number; names: string[] }[];
}
interface ZonesFile {
  zones: { id: string; names: string[] }[];
  markers: string[];
  localMarkers: string[];
}

/** The lexicon key of a phrase: its search form's tokens joined by single spaces. */
export function keyOf(phrase: string): string {
  return tokenizeNormalized(normalizeText(phrase))
    .map((t: TToken) => t.t)
    .join(' ');
}

let cached: Lexicon | null = null;

/**
 * Every entry gets the same fields in the same order (absent ones undefined), so that all entries
 * share one object shape and the grammar's reads of `lex.k`, `lex.n`, ... stay monomorphic.
 */
function uniform(l: LexCore): Lex {
  const u = {
    k: l.k,
    kb: KIND[l.k],
    mb: l.k === 'marker' ? MARK[l.m] : 0,
    month: undefined,
    family: undefined,
    context: undefined,
    day: undefined,
    bare: undefined,
    offset: undefined,
    id: undefined,
    from: undefined,
    to: undefined,
    hourShift: undefined,
    pmFrom: undefined,
    dir: undefined,
    unit: undefined,
    count: undefined,
    definite: undefined,
    n: undefined,
    zone: undefined,
    m: undefined,
    part: undefined,
    months: undefined,
    idx: undefined,
  };
  return Object.assign(u, l) as Lex;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const phrases = new Map<string, Lex[]>();
  let maxLen = 1;
  const add = (name: string, lex: LexCore) => {
    const key = keyOf(name);
    if (!key) return;
    maxLen = Math.max(maxLen, key.split(' ').length);
    const list = phrases.get(key);
    const u = uniform(lex);
    if (!list) phrases.set(key, [u]);
    else if (!list.some((x) => JSON.stringify(x) === JSON.stringify(u))) list.push(u);
  };
  const months = loadJson<MonthsFile>('time', 'months.json');
  for (const g of months.gregorian) for (const n of g.names) add(n, { k: 'gmonth', month: g.month, family: g.family, context: !!g.context });
  for (const h of months.hijri) for (const n of h.names) add(n, { k: 'hmonth', month: h.month, context: !!h.context });
  const wd = loadJson<WeekdaysFile>('time', 'weekdays.json');
  const bare = new Set(wd.bareFormsNeedYawm.map(keyOf));
  for (const w of wd.weekdays) for (const n of w.names) add(n, { k: 'weekday', day: w.day, bare: bare.has(keyOf(n)) });
  const words = loadJson<WordsFile>('time', 'words.json');
  for (const r of words.relativeDays) for (const n of r.names) add(n, { k: 'relday', offset: r.offset });
  for (const n of words.tonight) add(n, { k: 'tonight' });
  for (const n of words.now) add(n, { k: 'now' });
  for (const d of words.dayparts)
    for (const n of d.names) add(n, { k: 'daypart', id: d.id, from: d.from, to: d.to, hourShift: d.hourShift, pmFrom: d.pmFrom ?? 0 });
  for (const d of words.directions) for (const n of d.names) add(n, { k: 'dir', dir: d.dir });
  const definite = new Set<string>();
  for (const [, names] of Object.entries(words.unitDefinite)) for (const n of names) definite.add(keyOf(n));
  for (const u of words.units) {
    for (const n of u.names) add(n, { k: 'unit', unit: u.unit, count: null, definite: definite.has(keyOf(n)) });
    for (const n of u.dual) add(n, { k: 'unit', unit: u.unit, count: 2, definite: false });
  }
  for (const [unit, names] of Object.entries(words.unitDefinite)) for (const n of names) add(n, { k: 'unit', unit: unit as Unit, count: null, definite: true });
  for (const p of words.partsOfPeriod) for (const n of p.names) add(n, { k: 'part', part: p.part });
  for (const n of (words.lastWords as string[] | undefined) ?? []) add(n, { k: 'last' });
  const decades = words.decades as { names: { n: number; names: string[] }[] } | undefined;
  for (const dd of decades?.names ?? []) for (const n of dd.names) add(n, { k: 'decade', n: dd.n });
  for (const n of (words.centuryWords as string[] | undefined) ?? []) add(n, { k: 'century' });
  const seasons = words.seasons as { names: { id: string; months: [number, number]; names: string[] }[] } | undefined;
  for (const ss of seasons?.names ?? []) for (const n of ss.names) add(n, { k: 'season', id: ss.id, months: ss.months });
  const hol = loadJson<{ holidays: { names: string[] }[] }>('time', 'holidays.json');
  hol.holidays.forEach((h, idx) => {
    for (const n of h.names) add(n, { k: 'holiday', idx });
  });
  const markerLists: [string, Marker][] = [
    ['ago', 'ago'],
    ['agoAfter', 'agoAfter'],
    ['later', 'later'],
    ['during', 'during'],
    ['since', 'since'],
    ['from', 'from'],
    ['to', 'to'],
    ['yearMarkers', 'year'],
    ['monthMarkers', 'monthWord'],
    ['dayMarkers', 'dayWord'],
    ['hourMarkers', 'hourWord'],
    ['hijriMarkers', 'hijri'],
    ['gregorianMarkers', 'gregorian'],
    ['half', 'half'],
    ['quarterHour', 'quarterHour'],
    ['third', 'third'],
    ['except', 'except'],
    ['timeLabels', 'timeLabel'],
    ['datelineLabels', 'datelineLabel'],
    ['midnight', 'midnight'],
    ['midday', 'midday'],
    ['approx', 'approx'],
  ];
  for (const [field, m] of markerLists) {
    const list = words[field];
    if (Array.isArray(list)) for (const n of list as string[]) add(n, { k: 'marker', m });
  }
  for (const n of (words.colloquialAgo as { words: string[] } | undefined)?.words ?? []) add(n, { k: 'marker', m: 'agoColloquial' });
  const nums = loadJson<NumbersFile>('time', 'numbers.json');
  for (const u of nums.cardinalUnits) for (const n of u.names) add(n, { k: 'card', n: u.n });
  for (const t of nums.tens) for (const n of t.names) add(n, { k: 'card', n: t.n });
  for (const u of nums.cardinalUnits) {
    if (u.n >= 10) continue;
    for (const n of u.names) {
      for (const s of nums.teensSecond) add(`${n} ${s}`, { k: 'card', n: 10 + u.n });
      for (const t of nums.tens)
        for (const tn of t.names) {
          add(`${n} و${tn}`, { k: 'card', n: t.n + u.n });
          add(`${n} و ${tn}`, { k: 'card', n: t.n + u.n });
        }
    }
  }
  for (const u of nums.ordinalUnits) for (const n of u.names) add(n, { k: 'ord', n: u.n });
  for (const t of nums.ordinalTens) for (const n of t.names) add(n, { k: 'ord', n: t.n });
  for (const u of nums.ordinalUnits) {
    if (u.n >= 10) continue;
    for (const n of u.names) {
      for (const s of nums.ordinalTeensSecond) add(`${n} ${s}`, { k: 'ord', n: 10 + u.n });
      for (const t of nums.ordinalTens) {
        if (t.n + u.n > 31) continue;
        for (const tn of t.names) {
          add(`${n} و${tn}`, { k: 'ord', n: t.n + u.n });
          add(`${n} و ${tn}`, { k: 'ord', n: t.n + u.n });
        }
      }
    }
  }
  for (const h of nums.hourWords) for (const n of h.names) add(n, { k: 'hourword', n: h.n });
  const zones = loadJson<ZonesFile>('time', 'zones.json');
  for (const z of zones.zones) for (const n of z.names) add(n, { k: 'zone', zone: z.id });
  for (const n of zones.markers) add(n, { k: 'zoneMarker' });
  for (const n of zones.localMarkers) add(n, { k: 'localZone' });
  const prefixes = new Set<string>();
  for (const key of phrases.keys()) {
    const parts = key.split(' ');
    for (let k = 1; k <= parts.length; k++) prefixes.add(parts.slice(0, k).join(' '));
  }
  cached = { phrases, prefixes, maxLen };
  return cached;
}
