/**
 * The statement lexicons (data/statements/cues.json, sources.json) loaded once and indexed by
 * normalized form. Code asks the lexicon; it never lists Arabic words itself.
 */
import { loadJson } from '../data/load.js';
import { normalizeText } from '../text/normalize.js';
import type { Statement } from '../doc/doc.js';

export type StatementType = NonNullable<Statement['type']>;
export type ObjectKind = 'complement' | 'np';

interface VerbEntry {
  lemma: string;
  forms: string[];
  present: string[];
  object: ObjectKind;
  type?: string;
  preps?: string[];
  flags?: string[];
  heads?: string[];
}
interface ParticipleEntry {
  lemma: string;
  forms: string[];
  object: ObjectKind;
  preps?: string[];
}
interface PrepEntry {
  lemma: string;
  forms: string[];
  then?: string[];
  after?: string[];
  /** The head has ما glued to it (حسبما): a reporting verb follows at once. */
  glued?: boolean;
}
interface CuesFile {
  verbs: VerbEntry[];
  participles: ParticipleEntry[];
  prepositional: PrepEntry[];
  nouns: { lemma: string; forms: string[] }[];
  complementizers: string[];
  firstPersonComplementizers: string[];
  bareComplementizers: string[];
  complementPrepositions: string[];
  nonComplementPreceders: string[];
  blockingPreceders: string[];
  narration: string[];
  continuation: string[];
  clauseOpeners: string[];
  negation: string[];
  relayObjects: string[];
  cueObjects: Record<string, string[]>;
  postSubjectObjects: Record<string, string[]>;
  adjunctPhrases: string[];
  contentDeterminers: string[];
  objectHeads: string[];
  objectOpeners: string[];
  svoOpeners: string[];
  postVerbAdjuncts: string[];
  resumptives: string[];
  objectPronounCues: { lemma: string; stems: string[]; type?: string; preps?: string[]; heads?: string[] }[];
  objectPronouns: string[];
  greetingLemmas: string[];
  audienceWords: string[];
  antecedentPrepositions: string[];
  objectHeadPatterns: { re: string; first?: string }[];
  vagueAntecedents: string[];
  quotes: { open: string[]; close: string[] };
  kicker: { maxTokens: number; exclude: string[]; addresseePrefixes: string[] };
}
interface SourcesFile {
  roleWords: string[];
  constructRoles: string[];
  honorifics: string[];
  organisationHeads: string[];
  anonymous: string[];
  documents: string[];
  unidentifiable: string[];
  nameConnectors: string[];
  npStop: string[];
  publisherMarkers: string[];
  publisherVerbs: string[];
  chainNouns: string[];
  timeWords: string[];
  auxiliaries: string[];
  rolePreps: string[];
  honorificPronouns: string[];
  partitives: string[];
  possessiveSuffixes: string[];
  subjectAdjectives: string[];
  scripture: string[];
  scriptureSpeaker: string;
  prayerAddressees: string[];
  relativePronouns: { masculine: string[]; feminine: string[] };
}

export interface CueInfo {
  lemma: string;
  cat: 'verb' | 'participle';
  object: ObjectKind;
  type?: StatementType;
  preps: Set<string>;
  ambiguous: boolean;
  relay: boolean;
  /** Feminine form (ending in ت / present ت-) — used to prefer a feminine antecedent. */
  feminine: boolean;
  present: boolean;
  /** Written with a final ى (نفى، رأى، تبنى): a word ending in ي is another word (نفي، رأي، تبني). */
  maqsura: boolean;
  /** Written with a final ي (تدعي): a word written with ى is another word (تدعى "is called"). */
  yaFinal: boolean;
  /** The content must follow the verb's own preposition (عبّر عن: عبر is also "via"). */
  prepOnly: boolean;
  /** A prayer (سأل الله أن، دعا الله): scripture words right after it are the addressee, not the subject. */
  prayer: boolean;
  /** `جاء في البيان أن`: the source is the document after في. */
  inDocument: boolean;
  /** دعا، طالب، حث: an addressee before the verb's preposition belongs to the content. */
  addressee: boolean;
  /** أكد، أعلن: the object may follow the verb directly though the verb also takes a preposition. */
  directObject: boolean;
  /** When set, the content must open with one of these words (تقدم [بالشكر]). */
  heads?: Set<string>;
  /** طلب: the content must open with a verbal noun of `objectHeads`, bare or after بـ (طلب [ضرورة ...], طلب [بتأجيل ...]). */
  headOnly?: boolean;
}

export interface Lexicon {
  cues: Map<string, CueInfo>;
  prep: Map<string, { lemma: string; then: Set<string>; after: string[][]; glued: boolean }>;
  nouns: Map<string, string>;
  complementizers: Set<string>;
  firstPerson: Set<string>;
  /** Complementizers without a pronoun (أن، إن): a verb right after one is subordinate. */
  bareComplementizers: Set<string>;
  complementPreps: Set<string>;
  nonComplementPreceders: Set<string>;
  blocking: Set<string>;
  narration: string[][];
  continuation: Set<string>;
  clauseOpeners: Set<string>;
  negation: Set<string>;
  relayObjects: Set<string>;
  /** Objects that are part of a cue, by lemma (`لفت النظر`). */
  cueObjects: Map<string, Set<string>>;
  /** Objects that may follow the subject and end it, by lemma (`واختتم الخبير كلامه`). */
  postSubjectObjects: Map<string, Set<string>>;
  /** A verb's preposition opening an adverbial phrase (`على هامش`), as word pairs. */
  adjunctPhrases: string[][];
  /** Quantifiers that may open a noun-phrase content (`على جميع الأجهزة`). */
  contentDeterminers: Set<string>;
  /** Verbal nouns that open a noun-phrase content and end a subject (`وأكد جون كيري استمرار ...`). */
  objectHeads: Set<string>;
  /** A relative ما or a demonstrative opening a verb's object after its subject (`نفى X ما أشيع`). */
  objectOpeners: Set<string>;
  /** Particles after which a subject may stand before its verb (`لكن ظريف قال`). */
  svoOpeners: Set<string>;
  /** Short adverbials between a verb and its subject (`أشار فيها الإعلامي`). */
  postVerbAdjuncts: Set<string>;
  /** Resumptive pronouns right after a verb: a relative clause on the noun before it (`كلمة أكد فيها`). */
  /** `تبناه`, `نسبته`: a reporting verb with an object pronoun resuming the noun before it (a relative clause). */
  objectPronounCues: Map<string, { lemma: string; type?: StatementType; preps: Set<string>; heads?: Set<string> }>;
  antecedentPreps: Set<string>;
  /** `رحب`: a greeting when its content names people (`بالحضور`, a person, a role), a statement otherwise. */
  greetingLemmas: Set<string>;
  audienceWords: Set<string>;
  /** Shapes of derived verbal nouns (إفعال، استفعال، تفعيل ...) that may open a noun-phrase content after a subject. */
  objectHeadPatterns: { re: RegExp; first?: string }[];
  vagueAntecedents: Set<string>;
  resumptives: Set<string>;
  kickerMax: number;
  kickerExclude: string[][];
  addresseePrefixes: Set<string>;
  roleWords: Set<string>;
  constructRoles: Set<string>;
  honorifics: Set<string>;
  orgHeads: Set<string>;
  anonymous: Set<string>;
  documents: Set<string>;
  unidentifiable: Set<string>;
  nameConnectors: Set<string>;
  npStop: Set<string>;
  /** npStop with ى kept apart from ي: `على` stops a phrase, the name `علي` does not. */
  npStopStrict: Set<string>;
  publisherMarkers: Set<string>;
  /** `الدراسة التي نشرها معهد ...`: a verb with a resumptive pronoun after a relative that names a document's publisher. */
  publisherVerbs: Set<string>;
  chainNouns: Set<string>;
  timeWords: Set<string>;
  auxiliaries: Set<string>;
  rolePreps: Set<string>;
  honorificPronouns: Set<string>;
  partitives: Set<string>;
  /** Pronoun suffixes of a possessed common noun (رغبتها، جدارته). */
  possessiveSuffixes: string[];
  /** Definite adjectives that continue a definite subject (الأمين العام، الهلال الأحمر). */
  subjectAdjectives: Set<string>;
  /** Words of a scripture citation's subject (الله، تعالى، عز وجل). */
  scripture: Set<string>;
  /** The speaker of a scripture citation (الله). */
  scriptureSpeaker: string;
  /** The addressee of a prayer verb (سأل الله، سائلا المولى عز وجل). */
  prayerAddressees: Set<string>;
  /** Relative pronouns and their gender (الذي → m, التي → f). */
  relatives: Map<string, 'm' | 'f'>;
}

const N = (s: string): string => normalizeText(s);
const words = (s: string): string[] => N(s).split(/\s+/u).filter(Boolean);
const set = (xs: string[]): Set<string> => new Set(xs.map(N));
const TYPES = new Set(['claim', 'promise', 'warning', 'demand', 'denial', 'accusation', 'condemnation']);

let cached: Lexicon | undefined;

/** The lexicon from data/statements (cached). */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const c = loadJson<CuesFile>('statements', 'cues.json');
  const s = loadJson<SourcesFile>('statements', 'sources.json');
  const cues = new Map<string, CueInfo>();
  for (const v of c.verbs) {
    const flags = new Set(v.flags ?? []);
    const type = v.type && TYPES.has(v.type) && v.type !== 'claim' ? (v.type as StatementType) : undefined;
    const add = (f: string, present: boolean) => {
      const k = N(f);
      if (cues.has(k)) return;
      const feminine = present ? k.startsWith('ت') : /ت$|تا$/u.test(k);
      cues.set(k, {
        lemma: v.lemma,
        cat: 'verb',
        object: v.object,
        ...(type ? { type } : {}),
        preps: set(v.preps ?? []),
        ambiguous: flags.has('ambiguous'),
        relay: flags.has('relay'),
        feminine,
        present,
        maqsura: f.endsWith('ى'),
        yaFinal: f.endsWith('ي'),
        prepOnly: flags.has('prepOnly'),
        prayer: flags.has('prayer'),
        inDocument: flags.has('inDocument'),
        addressee: flags.has('addressee'),
        directObject: flags.has('directObject'),
        ...(v.heads ? { heads: set(v.heads) } : {}),
        ...(flags.has('headOnly') ? { headOnly: true } : {}),
      });
    };
    for (const f of v.forms) add(f, false);
    for (const f of v.present) add(f, true);
  }
  for (const p of c.participles) {
    const verb = c.verbs.find((v) => v.lemma === p.lemma);
    const type = verb?.type && verb.type !== 'claim' && TYPES.has(verb.type) ? (verb.type as StatementType) : undefined;
    for (const f of p.forms) {
      const k = N(f);
      if (cues.has(k)) continue;
      cues.set(k, {
        lemma: p.lemma,
        cat: 'participle',
        object: p.object,
        ...(type ? { type } : {}),
        preps: set(p.preps ?? verb?.preps ?? []),
        ambiguous: false,
        relay: false,
        feminine: k.endsWith('ه') || k.endsWith('ات'),
        present: false,
        maqsura: false,
        yaFinal: false,
        prepOnly: (verb?.flags ?? []).includes('prepOnly'),
        prayer: (verb?.flags ?? []).includes('prayer'),
        inDocument: false,
        addressee: false,
        directObject: false,
      });
    }
  }
  const prep = new Map<string, { lemma: string; then: Set<string>; after: string[][]; glued: boolean }>();
  for (const p of c.prepositional) {
    for (const f of p.forms) prep.set(N(f), { lemma: p.lemma, then: set(p.then ?? []), after: (p.after ?? []).map(words), glued: p.glued === true });
  }
  const nouns = new Map<string, string>();
  for (const n of c.nouns) for (const f of n.forms) nouns.set(N(f), n.lemma);
  cached = {
    cues,
    prep,
    nouns,
    complementizers: set(c.complementizers),
    firstPerson: set(c.firstPersonComplementizers),
    bareComplementizers: set(c.bareComplementizers),
    complementPreps: set(c.complementPrepositions),
    nonComplementPreceders: set(c.nonComplementPreceders),
    blocking: set(c.blockingPreceders),
    narration: c.narration.map(words),
    continuation: set(c.continuation),
    clauseOpeners: set(c.clauseOpeners),
    negation: set(c.negation),
    relayObjects: set(c.relayObjects),
    cueObjects: new Map(Object.entries(c.cueObjects).map(([k, v]) => [k, set(v)])),
    postSubjectObjects: new Map(Object.entries(c.postSubjectObjects).map(([k, v]) => [k, set(v)])),
    adjunctPhrases: c.adjunctPhrases.map(words),
    contentDeterminers: set(c.contentDeterminers),
    objectHeads: set(c.objectHeads),
    objectOpeners: set(c.objectOpeners),
    svoOpeners: set(c.svoOpeners),
    postVerbAdjuncts: set(c.postVerbAdjuncts),
    resumptives: set(c.resumptives),
    antecedentPreps: set(c.antecedentPrepositions),
    greetingLemmas: new Set(c.greetingLemmas),
    audienceWords: set(c.audienceWords),
    objectHeadPatterns: c.objectHeadPatterns.map((x) => ({ re: new RegExp(x.re, 'u'), ...(x.first ? { first: x.first } : {}) })),
    vagueAntecedents: set(c.vagueAntecedents),
    objectPronounCues: new Map(
      c.objectPronounCues.flatMap((o) => {
        const type = o.type && TYPES.has(o.type) && o.type !== 'claim' ? (o.type as StatementType) : undefined;
        const entry = { lemma: o.lemma, ...(type ? { type } : {}), preps: set(o.preps ?? []), ...(o.heads ? { heads: set(o.heads) } : {}) };
        return o.stems.flatMap((st) => c.objectPronouns.map((pr) => [N(st + pr), entry] as [string, typeof entry]));
      }),
    ),
    kickerMax: c.kicker.maxTokens,
    kickerExclude: c.kicker.exclude.map(words),
    addresseePrefixes: set(c.kicker.addresseePrefixes),
    roleWords: set(s.roleWords),
    constructRoles: set(s.constructRoles),
    honorifics: set(s.honorifics),
    orgHeads: set(s.organisationHeads),
    anonymous: set(s.anonymous),
    documents: set(s.documents),
    unidentifiable: set(s.unidentifiable),
    nameConnectors: set(s.nameConnectors),
    npStop: set(s.npStop),
    npStopStrict: new Set(s.npStop.map((w) => normalizeText(w, { alefMaqsura: false }))),
    publisherMarkers: set(s.publisherMarkers),
    publisherVerbs: set(s.publisherVerbs),
    chainNouns: set(s.chainNouns),
    timeWords: set(s.timeWords),
    auxiliaries: set(s.auxiliaries),
    rolePreps: set(s.rolePreps),
    honorificPronouns: set(s.honorificPronouns),
    partitives: set(s.partitives),
    possessiveSuffixes: s.possessiveSuffixes.map(N),
    subjectAdjectives: set(s.subjectAdjectives),
    scripture: set(s.scripture),
    scriptureSpeaker: s.scriptureSpeaker,
    prayerAddressees: set(s.prayerAddressees),
    relatives: new Map<string, 'm' | 'f'>([...s.relativePronouns.masculine.map((w) => [N(w), 'm'] as [string, 'm']), ...s.relativePronouns.feminine.map((w) => [N(w), 'f'] as [string, 'f'])]),
  };
  return cached;
}

/** A common noun with a possessive pronoun suffix (`رغبتها`, `جدارته`, `أصدقكم`): never part of a speaker's name. */
export function isPossessed(w: string, lex: Lexicon): boolean {
  // a definite word takes no possessive suffix (`الجهن` is a family name)
  if (w.length < 5 || /^[وفبلك]?ال/u.test(w)) return false;
  return lex.possessiveSuffixes.some((x) => w.endsWith(x));
}
