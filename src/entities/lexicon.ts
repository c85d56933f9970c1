/**
 * The NER lexicons under `data/entities/`: trigger words and gazetteers, normalized to the search form
 * and indexed for fast lookup. Loaded once per process.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';
import { loadJson } from '../data/load.js';
import { dataPath } from '../data/paths.js';
import { normalizeText } from '../text/normalize.js';

export type TriggerClass = 'personBefore' | 'personAfter' | 'orgHead' | 'placeHead' | 'miscHead';
export const TRIGGER_CLASSES: TriggerClass[] = ['personBefore', 'personAfter', 'orgHead', 'placeHead', 'miscHead'];

export type GazType = 'LOC' | 'ORG' | 'GIVEN' | 'MISC';

export interface Gazetteer {
  /** First normalized word → the normalized word sequences starting with it, longest first. */
  byFirst: Map<string, string[][]>;
}

export interface Lexicon {
  /** Normalized word → bit set of trigger classes (bit i = TRIGGER_CLASSES[i]). */
  triggers: Map<string, number>;
  /** Per type; `MISC` (currencies, religions, prizes, events ...) is optional so small test lexicons can leave it out. */
  gazetteers: Record<Exclude<GazType, 'MISC'>, Gazetteer> & { MISC?: Gazetteer };
  /** Word clusters (normalized word → bit path, see `clusters.ts`) when the model uses them. */
  clusters?: Map<string, string>;
}

/** Lines of a list file under data/entities (comments and blanks dropped, a trailing ` ?` mark removed). */
export function readLines(file: string): string[] {
  return readMarkedLines(file).map((l) => l.name);
}

/** Lines with their ` ?` (ambiguous name) mark. */
export function readMarkedLines(file: string): { name: string; ambiguous: boolean }[] {
  return readRawLines(file).map((l) => (l.endsWith(' ?') ? { name: l.slice(0, -2).trim(), ambiguous: true } : { name: l, ambiguous: false }));
}

function readRawLines(file: string): string[] {
  const p = dataPath('entities', file);
  let raw: string;
  try {
    raw = readFileSync(p, 'utf8');
  } catch {
    throw new RasidError('E_DATA_MISSING', { path: p });
  }
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Normalize a name and split it into words the way the tagger sees them. */
export function nameWords(name: string): string[] {
  return normalizeText(name)
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
}

export function buildGazetteer(names: Iterable<string>): Gazetteer {
  const byFirst = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const n of names) {
    const w = nameWords(n);
    if (!w.length) continue;
    const key = w.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    let l = byFirst.get(w[0]!);
    if (!l) byFirst.set(w[0]!, (l = []));
    l.push(w);
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.length - a.length);
  return { byFirst };
}

let cached: Lexicon | null = null;

export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const trig = loadJson<Record<string, string[] | string>>('entities', 'triggers.json');
  const triggers = new Map<string, number>();
  TRIGGER_CLASSES.forEach((c, i) => {
    const list = trig[c];
    if (!Array.isArray(list)) return;
    for (const w of list) {
      const n = normalizeText(w);
      triggers.set(n, (triggers.get(n) ?? 0) | (1 << i));
    }
  });
  const places = loadJson<{ names: string[] }>('entities', 'places.json').names;
  cached = {
    triggers,
    gazetteers: {
      LOC: buildGazetteer(places),
      ORG: buildGazetteer(readLines('organisations.txt')),
      GIVEN: buildGazetteer(readLines('given-names.txt')),
      MISC: buildGazetteer(readLines('misc-names.txt')),
    },
  };
  return cached;
}

/**
 * What the training data says about a word: how often each normalized form (and each clitic-free core)
 * was tagged O, PERS, ORG, LOC, MISC. A feature source of the tagger ("seen in training as ..."); in
 * training it is computed jackknife-style (each block of sentences sees the counts of the other blocks),
 * so the model learns how far to trust it, and what an unseen word looks like.
 */
export const PRIOR_TYPES = ['O', 'PERS', 'ORG', 'LOC', 'MISC'] as const;

export interface WordPrior {
  /**
   * Normalized form or clitic-free core (prefixed `c:`) → counts per PRIOR_TYPES; entity spans are
   * keyed `s TYPE w1 w2 ...` (a space cannot occur in a token, so no word key clashes) with their count
   * in the first slot: the first word as its clitic-free core, the others as normalized forms.
   */
  counts: Map<string, number[]>;
  /**
   * Word-pair features from the `b w1 w2` keys (word pairs, counted as the type of the entity both words are
   * inside, else O): 1 = all (types with their share, or unseen), 2 = only the entity types. Unset = none.
   * A training option (not kept in the default model); a parsed prior with pair keys uses mode 1.
   */
  pairMode?: 1 | 2;
}

/** The entity strings of a prior (see `WordPrior`), per type, as gazetteers. */
export function spanGazetteers(p: WordPrior): Record<string, Gazetteer> {
  const by: Record<string, Map<string, string[][]>> = {};
  for (const k of [...p.counts.keys()].sort()) {
    if (!k.startsWith('s ')) continue;
    const w = k.split(' ');
    const type = w[1]!;
    const words = w.slice(2);
    const m = (by['span' + type] ??= new Map());
    let l = m.get(words[0]!);
    if (!l) m.set(words[0]!, (l = []));
    l.push(words);
  }
  const out: Record<string, Gazetteer> = {};
  for (const [t, m] of Object.entries(by)) {
    for (const l of m.values()) l.sort((a, b) => b.length - a.length);
    out[t] = { byFirst: m };
  }
  return out;
}

/** Count the tags of `sentences` by normalized form and by core (`key` gives both for a raw token). */
export function buildPrior(
  sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[],
  keyOf: (raw: string) => { norm: string; core: string },
  /** Also list entity spans of at least this many words (0 = none). */
  spans = 0,
  /** Also count word pairs (`b w1 w2`, see `WordPrior.pairMode`); 0 = no. */
  bigrams: 0 | 1 | 2 = 0,
): WordPrior {
  const counts = new Map<string, number[]>();
  const add = (k: string, t: number) => {
    let a = counts.get(k);
    if (!a) counts.set(k, (a = [0, 0, 0, 0, 0]));
    a[t]!++;
  };
  for (const s of sentences) {
    let span: string[] = [];
    let spanType = '';
    const close = () => {
      if (span.length >= spans && spans > 0) add(`s ${spanType} ${span.join(' ')}`, 0);
      span = [];
    };
    for (let i = 0; i < s.tokens.length; i++) {
      const tag = s.tags[i]!;
      const t = tag === 'O' ? 0 : Math.max(0, PRIOR_TYPES.indexOf(tag.slice(2) as (typeof PRIOR_TYPES)[number]));
      const k = keyOf(s.tokens[i]!);
      add(k.norm, t);
      add('c:' + k.core, t);
      if (bigrams && i > 0) add(`b ${keyOf(s.tokens[i - 1]!).norm} ${k.norm}`, tag.startsWith('I-') ? t : 0);
      if (tag.startsWith('I-') && span.length && tag.slice(2) === spanType) span.push(k.norm);
      else {
        close();
        if (tag !== 'O') {
          spanType = tag.slice(2);
          span = [k.core];
        }
      }
    }
    close();
  }
  return bigrams ? { counts, pairMode: bigrams } : { counts };
}

/** The prior as compact JSON (`word\tO,PERS,ORG,LOC,MISC` lines, sorted, so the file is deterministic). */
export function serializePrior(p: WordPrior): string {
  const keys = [...p.counts.keys()].sort();
  return keys.map((k) => `${k}\t${p.counts.get(k)!.join(',')}`).join('\n') + '\n';
}

export function parsePrior(text: string): WordPrior {
  const counts = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const tab = line.lastIndexOf('\t');
    counts.set(line.slice(0, tab), line.slice(tab + 1).split(',').map(Number));
  }
  for (const k of counts.keys()) if (k.startsWith('b ')) return { counts, pairMode: 1 };
  return { counts };
}
