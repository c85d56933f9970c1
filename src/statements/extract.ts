/**
 * Finding statements: cues (reporting verbs, participles, prepositional attributions, a colon after
 * a headline kicker, a bare quote continuing a speaker) and the content each one introduces.
 * The output is a list of candidates over token indices; `speaker.ts` resolves who speaks.
 */
import { isPossessed, type Lexicon, type CueInfo, type StatementType } from './lexicon.js';
import { bareForms, stripConj, titleDot, type Tok } from './scan.js';
import type { StatementKind } from '../doc/doc.js';
import { normalizeText } from '../text/normalize.js';

export interface Range {
  a: number;
  b: number;
}

export interface Candidate {
  /** Cue tokens (inclusive). */
  cue: Range;
  lemma: string;
  content: Range;
  kind: StatementKind;
  type?: StatementType;
  /** The subject noun phrase naming the speaker here; null when the subject is dropped. */
  subject: Range | null;
  /** How the subject was found. */
  via: 'vso' | 'svo' | 'dropped' | 'prep' | 'kicker' | 'quote' | 'relay';
  /** The relaying noun phrase (`ونقلت عنه وكالة ...`). */
  relay?: Range;
  feminine: boolean;
  /** A headline statement: its speaker is looked for in the body. */
  headline?: boolean;
  /** The relative pronoun right before the cue when the verb has no subject of its own (`... الذي أوضح أن`). */
  relative?: number;
  /** A plural verb opening an asyndetic relative clause inside a clause (`قانون جديد قالوا ان`): a nested statement. */
  asyndetic?: boolean;
  /** The part of the subject that names the speaker, when not the whole of it (an apposition: `المشرف على ...، الدكتور مساعد الأحمد،`). */
  speakerAt?: Range;
}

export interface HeadlineInfo {
  /** Token range of the kicker noun phrase (without the colon), or null. */
  kicker: Range | null;
  /** Token index of the colon (cue), or -1 when the kicker has none. */
  colon: number;
  /** Token range of the headline content. */
  content: Range;
}

const OPEN_ONLY = new Set(['«', '“', '„', '‹']);
const CLOSE_ONLY = new Set(['»', '”', '″', '›']);
const AMBIG_QUOTES = new Set(['"', '‟']);

/** True when the quote token at `i` opens a quotation. */
export function isOpener(toks: readonly Tok[], i: number, text: string): boolean {
  const t = toks[i]!;
  if (t.k !== 'q') return false;
  if (OPEN_ONLY.has(t.n)) return true;
  if (CLOSE_ONLY.has(t.n)) return false;
  if (!AMBIG_QUOTES.has(t.n)) return false;
  // a straight quote opens when it follows white space, the start, or an opening punctuation/clitic و
  const before = t.s > 0 ? text[t.s - 1]! : ' ';
  const after = t.e < text.length ? text[t.e]! : ' ';
  if (/\s/u.test(after)) {
    // a mark free on both sides (`قال شتاينماير " سيكون ...".`): it opens when it is the first, third ... on its line
    if (!/\s/u.test(before) || t.e >= text.length || !/[\p{L}\p{N}]/u.test(text[t.e + 1] ?? '')) return false;
    let n = 0;
    for (let k = i - 1; k >= 0 && toks[k]!.line === t.line; k--) if (AMBIG_QUOTES.has(toks[k]!.n)) n++;
    return n % 2 === 0;
  }
  if (/[\u0648\u0641]/u.test(before) && (t.s < 2 || /[\s(:]/u.test(text[t.s - 2]!))) {
    // و" or ف" — the letter is a standalone clitic, not the end of a word
    return true;
  }
  // (not after a tatweel: `لـ"الوطن"` is a preposition before a quoted name, left as it was)
  if (/[\p{L}\p{N}]/u.test(before) && before !== '\u0640' && /[\p{L}\p{N}]/u.test(after)) {
    // glued to words on both sides (`في بيان يوم الجمعة"نشعر بخيبة امل ..."`): it opens when it is the first, third ... on its line
    let n = 0;
    for (let k = i - 1; k >= 0 && toks[k]!.line === t.line; k--) if (AMBIG_QUOTES.has(toks[k]!.n)) n++;
    return n % 2 === 0;
  }
  return /[\s(:\u00AB]/u.test(before) || t.s === 0;
}

/** The index of the quote closing the one opened at `i` (same line), or -1. */
export function closingQuote(toks: readonly Tok[], i: number, text: string): number {
  const open = toks[i]!;
  let depth = 0;
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.line !== open.line) return -1;
    if (t.k !== 'q') continue;
    if (open.n === '«' && t.n === '«') {
      depth++;
      continue;
    }
    if (open.n === '«') {
      if (t.n === '»') {
        if (depth === 0) return j;
        depth--;
      }
      continue;
    }
    if (AMBIG_QUOTES.has(open.n)) {
      if (AMBIG_QUOTES.has(t.n) && !isOpener(toks, j, text)) return j;
      continue;
    }
    if (CLOSE_ONLY.has(t.n) || (t.n === '“' && open.n === '„') || AMBIG_QUOTES.has(t.n)) return j;
  }
  return -1;
}

export interface CueHit {
  info: CueInfo;
  /** Index of the word holding the cue. */
  i: number;
  /** The word had و or ف attached. */
  conj: boolean;
}

/** The cue in word `i`, if any (verbs and participles). */
export function cueAt(toks: readonly Tok[], i: number, lex: Lexicon): CueHit | null {
  const t = toks[i]!;
  if (t.k !== 'w') return null;
  const forms = stripConj(t.n);
  for (let f = 0; f < forms.length; f++) {
    const info = lex.cues.get(forms[f]!);
    // `تبني` (builds), `رأي` (an opinion), `نفي` (a denial) are not the verbs تبنى، رأى، نفى; and a word written
    // with ى is not a form written with ي (`وتدعى` "is called" is not تدّعي)
    if (info && info.maqsura && t.am !== true) continue;
    if (info && !info.maqsura && t.am === true && info.yaFinal) continue;
    if (info) return { info, i, conj: f > 0 };
  }
  return null;
}

function t0(w: string): string {
  return w.charAt(0);
}

function matchesSeq(toks: readonly Tok[], i: number, seq: readonly string[]): boolean {
  for (let k = 0; k < seq.length; k++) {
    const t = toks[i + k];
    if (!t || t.k !== 'w' || t.n !== seq[k]) return false;
  }
  return true;
}

export class Extractor {
  readonly text: string;
  readonly toks: readonly Tok[];
  readonly lex: Lexicon;
  /** Sentence end (exclusive token index) by sentence number. */
  private sentEnd = new Map<number, number>();
  private sentStart = new Map<number, number>();
  private cueCache: (CueHit | null | undefined)[];

  constructor(text: string, toks: readonly Tok[], lex: Lexicon) {
    this.text = text;
    this.toks = toks;
    this.lex = lex;
    for (const t of toks) {
      if (!this.sentStart.has(t.sent)) this.sentStart.set(t.sent, t.i);
      this.sentEnd.set(t.sent, t.i + 1);
    }
    this.cueCache = new Array<CueHit | null | undefined>(toks.length);
  }

  cue(i: number): CueHit | null {
    let c = this.cueCache[i];
    if (c === undefined) {
      c = cueAt(this.toks, i, this.lex);
      // a cue read only with its preposition (عبّر عن) is the preposition "via" without it (`عبر حسابه على تويتر أن`)
      if (c && c.info.prepOnly && !this.prepAhead(i, c.info)) c = null;
      this.cueCache[i] = c;
    }
    return c;
  }

  private n(i: number): string {
    const t = this.toks[i];
    return t ? t.n : '';
  }

  private isWord(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.k === 'w';
  }

  isComplementizer(i: number): boolean {
    if (!this.isWord(i) || !this.lex.complementizers.has(this.n(i))) return false;
    const p = i - 1;
    if (p >= 0 && this.isWord(p) && this.lex.nonComplementPreceders.has(this.n(p))) return false;
    return true;
  }

  /** A prayer's addressee (الله، المولى عز وجل) followed closely by a complementizer comes after `j` (not `آية الله` in a name). */
  private prayerAhead(j: number, limit: number): boolean {
    for (let m = j + 1; m < Math.min(limit, j + 10); m++) {
      if (!this.lex.prayerAddressees.has(this.n(m))) continue;
      let e = m;
      while (e + 1 < limit && this.lex.prayerAddressees.has(this.n(e + 1))) e++;
      for (let q = e + 1; q < Math.min(limit, e + 4); q++) if (this.isComplementizer(q)) return true;
      return false;
    }
    return false;
  }

  /** No comma and no clause opener among the tokens from `a` to before `b`. */
  private sameClause(a: number, b: number): boolean {
    for (let q = a; q < b; q++) if (this.n(q) === ',' || (this.isWord(q) && this.lex.clauseOpeners.has(this.n(q)))) return false;
    return true;
  }

  /** The preposition of the cue at `i` follows in its sentence before any other cue (`وعبر الزبيدي ... عن`). */
  private prepAhead(i: number, info: CueInfo): boolean {
    const sent = this.toks[i]!.sent;
    for (let q = i + 1; q < this.toks.length && q - i <= 25 && this.toks[q]!.sent === sent; q++) {
      if (!this.isWord(q)) continue;
      if (info.preps.has(this.n(q))) return !this.adjunctAt(q) && this.sameClause(i + 1, q);
      if (this.cue(q) || this.isComplementizer(q)) return false;
    }
    return false;
  }

  /** A verb's preposition at `i` opens an adverbial phrase (`على هامش`, `عن طريق`), not the content. */
  adjunctAt(i: number): boolean {
    for (const seq of this.lex.adjunctPhrases) if (matchesSeq(this.toks, i, seq)) return true;
    return false;
  }

  /** A prepositional-attribution head at `i` (بحسب، وفق، نقلا عن، على حد تعبيره). */
  prepAt(i: number): { lemma: string; then: Set<string>; after: string[][]; glued: boolean } | null {
    if (!this.isWord(i)) return null;
    for (const f of stripConj(this.n(i))) {
      const p = this.lex.prep.get(f);
      if (!p) continue;
      if (p.after.length > 0) {
        const ok = p.after.some((seq) => matchesSeq(this.toks, i - seq.length, seq));
        if (!ok) continue;
      }
      return p;
    }
    return null;
  }

  private sentBounds(i: number): [number, number] {
    const s = this.toks[i]!.sent;
    return [this.sentStart.get(s)!, this.sentEnd.get(s)!];
  }

  private narrationAt(i: number): boolean {
    for (const seq of this.lex.narration) if (matchesSeq(this.toks, i, seq)) return true;
    return false;
  }

  /** True when the cue at `i` starts a new attribution inside running content (it closes the content before it). */
  isBoundaryCue(i: number): boolean {
    const hit = this.cue(i);
    const p = i - 1;
    const prevN = p >= 0 ? this.n(p) : '';
    const prevPunct = p < 0 || !this.isWord(p);
    if (hit) {
      // `وعبر البحر`: a verb read as a cue only with its preposition is a boundary only when the preposition follows
      if (hit.info.prepOnly && !this.prepAhead(i, hit.info)) return false;
      // (a participle written with tanwin al-fath, `واعداً`, is a circumstantial accusative: it opens a statement of its own)
      if (hit.info.cat === 'participle') return prevPunct || hit.conj || this.lex.continuation.has(prevN) || this.toks[i]!.tn === true;
      if (hit.conj) return !this.lex.blocking.has(prevN);
      if (this.lex.continuation.has(prevN) || prevN === 'فيما' || prevN === 'بينما') return true;
      return false;
    }
    if (this.prepAt(i) && prevPunct) return true;
    // `، تبناه تنظيم داعش`: a relative clause with a reporting verb and its own subject ends the content before it
    if (prevN === ',' && this.objectPronounCue(i)) return true;
    // `يذكر أن`, `ومن المتوقع`: narration opens a clause (`كاميرون من المتوقع أن` is still content)
    if (this.narrationAt(i) && (prevPunct || stripConj(this.n(i)).length > 1)) return true;
    if (this.lex.continuation.has(this.n(i)) && this.cue(i + 1)) return true;
    return false;
  }

  /** Words before the verb at `i` that form its subject (SVO), or null. */
  private preSubject(i: number, requireAmma = false): Range | null {
    const [ss] = this.sentBounds(i);
    let a = i;
    let k = i - 1;
    while (k >= ss && (this.isWord(k) || this.toks[k]!.k === 'q') && i - k <= 9) {
      if (!this.isWord(k)) {
        // a quoted name (`"الصمعاني" يؤكد`)
        a = k;
        k--;
        continue;
      }
      const w = this.n(k);
      if (this.lex.complementizers.has(w) || this.cue(k) || this.prepAt(k) || this.lex.svoOpeners.has(w)) break;
      // `ومن جهته قال`, `وفي المقابل قال`: a prepositional phrase, not a subject
      // (the name علي is no preposition على)
      if ((this.isStop(k) || stripConj(w).slice(1).some((f) => this.lex.npStop.has(f))) && w !== 'قد' && w !== 'وقد') return null;
      a = k;
      k--;
    }
    if (a === i) return null;
    // what comes before must end a clause: the sentence start, a colon, or a complementizer
    // (`لكن ظريف قال امس ان`: an adversative or sequential particle opens the clause too)
    if (k >= ss && this.isWord(k) && !this.lex.complementizers.has(this.n(k)) && !this.lex.svoOpeners.has(this.n(k))) {
      if (this.n(k) !== 'اما' && this.n(k) !== 'واما') return null;
    }
    if (k >= ss && !this.isWord(k) && this.n(k) !== ':') return null;
    const amma = this.n(a) === 'اما' || this.n(a) === 'واما';
    if (requireAmma && !amma) return null;
    // `واستهل الحمزي الاجتماع بكلمة أكد فيها`: a word with و opening the clause is a narrative verb, not the subject
    // (unless the entities layer reads it as a name: `وليد`)
    if (!amma && a < i - 1 && this.n(a).length > 3 && this.n(a).startsWith('و') && !this.n(a).startsWith('وال') && !this.persons?.has(a) && !this.lex.orgHeads.has(this.n(a).slice(1)) && !this.lex.roleWords.has(this.n(a).slice(1)) && !this.lex.roleWords.has(this.n(a))) a++;
    if (amma) a++;
    while (a < i && this.lex.auxiliaries.has(this.n(a))) a++;
    if (a >= i) return null;
    // `والشهر الماضي قالت الوزارة`: time words are not a subject
    let allTime = true;
    for (let q = a; q < i; q++) if (!stripConj(this.n(q)).some((f) => this.lex.timeWords.has(f))) allTime = false;
    if (allTime) return null;
    let b = i - 1;
    while (b >= a && (this.n(b) === 'قد' || this.n(b) === 'وقد' || this.lex.negation.has(this.n(b)))) b--;
    if (b < a) return null;
    return { a, b };
  }

  /**
   * `وكانت السفارة الأميركية في نيروبي أعلنت أن`: the subject stands after كان at the start of the clause.
   */
  private auxSubject(i: number, ss: number): Range | null {
    for (let k = i - 1; k >= ss && i - k <= 14; k--) {
      if (!this.isWord(k)) {
        if (this.toks[k]!.n === ',') return null;
        continue;
      }
      if (this.cue(k) || this.lex.complementizers.has(this.n(k))) return null;
      if (this.lex.auxiliaries.has(this.n(k)) && this.n(k) !== 'قد' && this.n(k) !== 'وقد' && this.n(k) !== 'لقد') {
        const e = this.nounPhrase(k + 1, i);
        return e > k + 1 ? { a: k + 1, b: e - 1 } : null;
      }
    }
    return null;
  }

  /** `قائد شرطة لامو، كريسبوس موتالي،`: a name between commas after the subject joins it. */
  private apposition(subject: Range, k: number, limit: number): number {
    if (k >= limit || this.n(k) !== ',') return k;
    const e = this.nounPhrase(k + 1, limit, 5);
    if (e > k + 1 && e < limit && this.n(e) === ',' && e - (k + 1) <= 4) {
      subject.b = e - 1;
      return e;
    }
    return k;
  }

  /**
   * `مدير شؤون المعلمين في تعليم بيشة محمد بن سعد`: a role phrase goes on across في/ب when a name follows.
   * The subject grows when the longer phrase reads with a name and the shorter one did not.
   */
  private roleComplement(subject: Range, k: number, limit: number): number {
    if (k >= limit || !this.isWord(k) || !this.lex.rolePreps.has(this.n(k))) return k;
    if (this.readName && this.readName({ a: subject.a, b: subject.b })) return k;
    // (up to three links: `رئيس اللجنة الأمنية في المجلس المحلي في محافظة الأنبار إبراهيم الفهداوي`)
    let at = k;
    for (let hop = 0; hop < 3; hop++) {
      if (at >= limit || !this.isWord(at) || !this.lex.rolePreps.has(this.n(at))) return k;
      const e = this.nounPhrase(at + 1, limit, 10);
      if (e === at + 1) return k;
      if (this.readName && this.readName({ a: subject.a, b: e - 1 })) {
        subject.b = e - 1;
        return e;
      }
      at = e;
    }
    return k;
  }

  /** Set by the caller: token indexes inside a person mention of the entities layer. */
  persons?: ReadonlySet<number>;

  /** Set by the caller: does this phrase contain a personal name (see speaker.ts readPhrase)? */
  readName?: (r: Range) => boolean;

  /** Set by the caller: does this phrase name a source (an entity, an organisation, a titled person, a name of two words)? */
  sourceLike?: (r: Range) => boolean;
  /** Set by the caller: does this phrase name a person by a role only, with no name (`المشرف على ...`)? */
  roleOnly?: (r: Range) => boolean;

  /** The latest indefinite mention of an organisation head before `before` (`شركة أسمنت المنطقة الشمالية`). */
  orgAntecedent(headForms: readonly string[], before: number): Range | null {
    for (let k = before - 1; k >= 0; k--) {
      const t = this.toks[k]!;
      if (t.k !== 'w' || t.n.startsWith('ال')) continue;
      const f = stripConj(t.n);
      if (!f.some((x) => headForms.includes(x))) continue;
      let e = this.nounPhrase(k + 1, this.toks.length, 6);
      // the name ends before a prepositional complement (`بتوزيع أرباح`)
      for (let m = k + 1; m < e; m++) {
        const w = this.n(m);
        // (right after the head a word opening with ل or ب is its name, `معهد ليبنيز`, unless it is definite: `للأبحاث`)
        const glued = (w.startsWith('ب') || w.startsWith('ل')) && w.length > 3 && (m > k + 1 || w.startsWith('لل') || w.startsWith('بال'));
        if ((glued && !this.lex.nameConnectors.has(w)) || /(ها|هم)$/u.test(w)) {
          e = m;
          break;
        }
      }
      if (e === k + 1) return null;
      return { a: k, b: e - 1 };
    }
    return null;
  }

  /** A word that ends a noun phrase (a preposition, a time word ...), told apart from a name spelled alike (`علي`). */
  isStop(k: number): boolean {
    const t = this.toks[k]!;
    if (!this.lex.npStop.has(t.n)) return false;
    return this.lex.npStopStrict.has(normalizeText(this.text.slice(t.s, t.e), { alefMaqsura: false }));
  }

  /** Only time words stand between the sentence start and `i` (`والشهر الماضي قالت ...`). */
  private timePreamble(ss: number, i: number): boolean {
    if (i <= ss) return false;
    for (let q = ss; q < i; q++) {
      if (!this.isWord(q)) {
        if (this.n(q) === ',') continue;
        return false;
      }
      if (!stripConj(this.n(q)).some((f) => this.lex.timeWords.has(f))) return false;
    }
    return true;
  }

  /**
   * Where a verb's object starts inside a subject noun phrase read too far: a definite noun right after a
   * complete definite subject (`دانت الخارجية القصف التركي`, `طالب المواطنون البلدية`), or any definite word
   * after an honorific pronoun (`سموه`). Adjectives go on (`الجيش التركي`, `الأمم المتحدة`, `الأمين العام`),
   * and so does anything after a title (`الدكتور المهوس`). Returns the token index, or -1.
   */
  private objectSplit(r: Range): number {
    const direct = (w: string) => /^ال[\u0621-\u064A]{2}/u.test(w);
    const adjective = (w: string) => /ي$|يه$|يين$|يون$|يان$|ه$/u.test(w) || this.lex.subjectAdjectives.has(w);
    for (let t = r.a + 1; t <= r.b; t++) {
      if (!this.isWord(t) || !this.isWord(t - 1)) return -1;
      const w = this.n(t);
      const prev = this.n(t - 1);
      if (t === r.a + 1 && this.lex.honorificPronouns.has(prev) && direct(w)) return t;
      // (a name spelled with hamza, `إليسا`, is not a definite noun)
      if (!direct(prev) || !direct(w) || !this.text.startsWith('ال', this.toks[t]!.s)) continue;
      const role = (x: string) => this.lex.roleWords.has(x) || this.lex.honorifics.has(x) || this.lex.roleWords.has(x.slice(2));
      if (role(prev) || role(w)) continue;
      // a human plural takes a plural adjective: `المواطنون البلدية` is subject and object
      // (not a place ending alike: `الصين الجديدة`, `البحرين`)
      const humanPlural = (prev.endsWith('ون') || prev.endsWith('ين')) && prev.length >= 8;
      if (adjective(w) && !(humanPlural && /ه$/u.test(w))) continue;
      // `التقرير الصادر عن ...`: the publisher marker goes on
      if (this.lex.publisherMarkers.has(w)) continue;
      return t;
    }
    return -1;
  }

  /** A short prepositional phrase opens the sentence before `i` (`ومن جهته اتهم`, `وفي هذا السياق قال`). */
  private prepPreamble(ss: number, i: number, max = 5): boolean {
    if (i <= ss || i - ss > max) return false;
    let a = ss;
    while (a < i && !this.isWord(a)) a++;
    if (a >= i || !stripConj(this.n(a)).some((f) => this.lex.npStop.has(f) && !this.lex.timeWords.has(f))) return false;
    // (`وفي تصريحات لصحيفة "راينيشه بوست" يوم أمس السبت قال`: a quoted name inside the phrase)
    for (let q = a + 1; q < i; q++) {
      if (!this.isWord(q)) {
        if (this.n(q) === ',' || this.toks[q]!.k === 'q') continue;
        return false;
      }
      if (this.cue(q) || this.lex.complementizers.has(this.n(q))) return false;
    }
    return true;
  }

  /**
   * A complementizer (or a preposition and a complementizer) follows the verb at `i` within `n` words, after a
   * subject: a longer prepositional preamble still opens the clause (`وفي خطاب ألقاه أمام مجلس الشورى شدد ظريف على أن`).
   */
  private complementAhead(i: number, n: number): boolean {
    for (let m = i + 2; m <= i + n && m < this.toks.length; m++) {
      if (!this.isWord(m) || this.cue(m)) return false;
      if (this.isComplementizer(m)) return true;
    }
    return false;
  }

  /** Collect a subject noun phrase starting at `j`; returns its end (exclusive). */
  private nounPhrase(j: number, limit: number, maxLen = 14, clitics?: ReadonlySet<string>, objects?: ReadonlySet<string>): number {
    let k = j;
    while (k < limit && k - j < maxLen) {
      const t = this.toks[k]!;
      if (t.k === 'q' && isOpener(this.toks, k, this.text)) {
        // a short quoted name inside the phrase (`لمبادرة "تقاسم الوجبة"`), or the whole subject when a
        // complementizer, a colon or a comma follows it (`وأوضح "الزهراني" أن`)
        const c = closingQuote(this.toks, k, this.text);
        const nx = c + 1 < limit ? this.toks[c + 1]! : null;
        const closesSubject = nx !== null && (this.isWord(c + 1) || nx.n === ':' || nx.n === ',');
        if (c > k && c - k <= 5 && (k > j || closesSubject)) {
          k = c + 1;
          continue;
        }
        break;
      }
      if (t.n === '(' && k > j) {
        // a short parenthesis inside a name (`شركة (سيبرين) فلاديمير جوكف`)
        let c = k + 1;
        while (c < limit && c - k <= 4 && this.toks[c]!.n !== ')') c++;
        if (c < limit && this.toks[c]!.n === ')' && c > k + 1) {
          k = c + 1;
          continue;
        }
        break;
      }
      // `د. سامي الشمري`: the full stop of a title abbreviation stays in the phrase
      if (titleDot(this.toks, k) && k > j) {
        k++;
        continue;
      }
      if (t.k !== 'w') break;
      const w = t.n;
      // `عدد من الشباب`, `الكثير من الخبراء`: a partitive goes on across من
      if (w === 'من' && k > j && this.lex.partitives.has(this.n(k - 1)) && k + 1 < limit && this.isWord(k + 1)) {
        k++;
        continue;
      }
      if (this.isStop(k) || this.lex.complementizers.has(w) || this.cue(k) || this.prepAt(k) || bareForms(w).some((f) => this.lex.nouns.has(f))) break;
      // a past verb of the third person plural (`كتاب ومثقفون شنوا`) ends the subject
      if (k > j && w.length >= 4 && w.endsWith('وا') && !this.lex.nameConnectors.has(w)) break;
      // the verb's own preposition glued to the next word (`وأشاد سموه بدور العوائل`) ends the subject, and
      // right after the verb there is no subject (`وطالب أيضا بحتمية ...`) unless the word names one (`بلدية`)
      if (clitics && w.length > 3 && clitics.has(w[0]!) && (k > j || (!this.persons?.has(k) && !bareForms(w).some((f) => this.lex.orgHeads.has(f) || this.lex.roleWords.has(f))))) break;
      // an object that ends the subject (`واختتم الخبير الاقتصادي كلامه بأن`)
      if (k > j && objects?.has(w)) break;
      // a possessed noun after the subject is the object (`وأثبت أوباميانج جدارته`), and so is an indefinite
      // accusative (`أصدرت جامعة تبوك بياناً`)
      if (k > j && (isPossessed(w, this.lex) || t.tn === true)) break;
      // a bare organisation head after a definite word starts the object (`حذر نادي دورتموند الألماني نادي أرسنال`)
      if (k > j && this.lex.orgHeads.has(w) && !w.startsWith('ال') && this.isWord(k - 1) && this.n(k - 1).startsWith('ال') && !this.lex.roleWords.has(this.n(k - 1))) break;
      if (k > j && (w.startsWith('وان') || w.startsWith('فان')) && this.lex.complementizers.has(w.slice(1))) break;
      k++;
    }
    return k;
  }

  /** The end (exclusive) of the noun phrase that starts at token `a` (at most 14 tokens). */
  phraseEnd(a: number): number {
    return this.nounPhrase(a, this.sentEnd.get(this.toks[a]!.sent)!, 14);
  }

  /** Content from token `c` to the end of the proposition; `quoted` when it began inside quotes. */
  private contentFrom(c: number, hardLimit?: number): { range: Range; quoted: boolean } | null {
    const toks = this.toks;
    if (c >= toks.length) return null;
    if (toks[c]!.k === 'q' && isOpener(toks, c, this.text)) {
      const q = closingQuote(toks, c, this.text);
      // a short quoted name opening the clause (`أن «كتاتيب» بداية مبشرة`): the content goes on after it
      const nx = toks[q + 1];
      const nameFirst = q > c + 1 && q - c <= 5 && nx !== undefined && nx.k === 'w' && nx.sent === toks[c]!.sent && nx.line === toks[c]!.line && !this.isBoundaryCue(q + 1);
      if (q > c + 1 && !nameFirst) {
        // the quote may continue after its close with a participle cue: the content stops at the close; a
        // participle after a comma inside the quote is the journalist's and starts a statement of its own
        // (`«لا أحد يمنع بلداننا ...، موضحا أنه ...»`)
        for (let m = c + 2; m < q - 1; m++) {
          if (toks[m]!.n === ',' && this.cue(m + 1)?.info.cat === 'participle' && this.isWord(m + 2) && (this.isComplementizer(m + 2) || this.lex.complementPreps.has(this.n(m + 2)))) {
            return { range: this.trim(c + 1, m - 1), quoted: true };
          }
        }
        return { range: this.trim(c + 1, q - 1), quoted: true };
      }
    }
    const sent = toks[c]!.sent;
    const line = toks[c]!.line;
    let e = c;
    let last = c;
    const limit = hardLimit ?? toks.length;
    while (e < limit) {
      const t = toks[e]!;
      if (t.line !== line) break;
      if (t.sent !== sent) break;
      if (e > c && this.isWord(e) && this.isBoundaryCue(e)) break;
      if (t.k === 'q' && isOpener(toks, e, this.text)) {
        const q = closingQuote(toks, e, this.text);
        // a quotation that opens a new coordinated clause (و...) after the reported content and runs to the end of
        // the sentence is the speaker's own words, a statement of its own (`بأنهم صوت سياسي ... "وأرى أنه ..."`)
        if (q > e && this.trailingQuote(c, e, q)) break;
        if (q > e) {
          last = q;
          e = q + 1;
          // a quote may run across a full stop: continue in the sentence the quote ends in
          if (e < toks.length && toks[e]!.sent !== sent && toks[e]!.sent === toks[q]!.sent) {
            return this.finishContent(c, this.continueTo(e, toks[q]!.sent, line, c));
          }
          continue;
        }
      }
      last = e;
      e++;
    }
    const r = this.trim(c, last);
    if (r.b < r.a) return null;
    return { range: r, quoted: false };
  }

  /** The quotation `o..q` follows at least four words of content from `c` and opens with و, and nothing but a full stop follows it in its sentence. */
  private trailingQuote(c: number, o: number, q: number): boolean {
    if (o - c < 4 || !this.isWord(o - 1) || q - o < 4) return false;
    const w = this.toks[o + 1];
    if (!w || w.k !== 'w' || w.n.length <= 3 || w.n[0] !== 'و' || this.lex.nameConnectors.has(w.n)) return false;
    const nx = this.toks[q + 1];
    return nx === undefined || nx.sent !== this.toks[q]!.sent || nx.line !== this.toks[q]!.line || (nx.k === 'p' && (nx.n === '.' || nx.n === '!'));
  }

  private continueTo(e: number, sent: number, line: number, c: number): number {
    let last = e - 1;
    while (e < this.toks.length) {
      const t = this.toks[e]!;
      if (t.line !== line || t.sent !== sent) break;
      if (e > c && this.isWord(e) && this.isBoundaryCue(e)) break;
      last = e;
      e++;
    }
    return last;
  }

  private finishContent(c: number, last: number): { range: Range; quoted: boolean } | null {
    const r = this.trim(c, last);
    if (r.b < r.a) return null;
    return { range: r, quoted: false };
  }

  /** Drop punctuation at both ends of a token range and a pair of wrapping quotes. */
  trim(a: number, b: number): Range {
    const toks = this.toks;
    const isPunct = (i: number) => toks[i]!.k === 'p' && toks[i]!.n !== '(' && toks[i]!.n !== ')' && toks[i]!.n !== '%';
    while (a <= b && isPunct(a)) a++;
    while (b >= a && (isPunct(b) || (toks[b]!.k === 'q' && this.unbalancedClose(a, b)))) b--;
    while (a <= b && toks[a]!.k === 'q' && isOpener(toks, a, this.text) && closingQuote(toks, a, this.text) === -1) a++;
    if (a < b && toks[a]!.k === 'q' && isOpener(toks, a, this.text) && closingQuote(toks, a, this.text) === b) {
      a++;
      b--;
      while (b >= a && isPunct(b)) b--;
    }
    return { a, b };
  }

  private unbalancedClose(a: number, b: number): boolean {
    // a closing quote at the end with no opener inside the range
    if (isOpener(this.toks, b, this.text)) return true;
    for (let i = a; i < b; i++) {
      if (this.toks[i]!.k === 'q' && isOpener(this.toks, i, this.text) && closingQuote(this.toks, i, this.text) === b) return false;
    }
    return true;
  }

  /** Direct, indirect or mixed, from how the content was introduced and what it holds. */
  private kindOf(r: Range, direct: boolean): StatementKind {
    if (direct) return 'direct';
    for (let i = r.a; i <= r.b; i++) {
      if (this.toks[i]!.k === 'q' && isOpener(this.toks, i, this.text)) {
        const q = closingQuote(this.toks, i, this.text);
        if (q > i + 1 && q <= r.b + 1) return 'mixed';
      }
    }
    return 'indirect';
  }

  /**
   * Look for what introduces the content after position `k` (a complementizer, a colon, an opening quote),
   * up to `limit`. Returns the content start and whether it is direct speech.
   */
  private introducer(k: number, limit: number, preps?: Set<string>, afterSubject = false): { c: number; direct: boolean; at: number } | null {
    for (let m = k; m < limit; m++) {
      const t = this.toks[m]!;
      if (t.k === 'w') {
        if (this.isComplementizer(m)) return { c: m + 1, direct: false, at: m };
        // the verb's own preposition glued to the content right after the subject (`أشاد سموه [بدور العوائل]`)
        if (preps && m === k && t.n.length > 3 && preps.has(t.n[0]!)) return { c: m, direct: false, at: m };
        // the verb's own preposition with a noun-phrase content (`أعلن ... عن هاتفها`), unless it opens an
        // adverbial phrase (`على هامش`) or a complementizer after a comma follows soon (`أعلن متحدث ... عن الحزب، أنها`)
        // (not deep inside an object set off by a comma after the subject: `وأكد د. الشمري، حرص الوزارة على ...`)
        const objectAfterComma = m > k + 1 && this.n(k) === ',' && this.isWord(k + 1) && !this.isStop(k + 1);
        if (preps && preps.has(t.n) && m + 1 < limit && !this.isComplementizer(m + 1) && !this.adjunctAt(m) && !objectAfterComma) {
          if (this.isWord(m + 1) && (!this.lex.npStop.has(this.n(m + 1)) || this.lex.contentDeterminers.has(this.n(m + 1)))) {
            // (only for a preposition right after the subject, which may still belong to it)
            for (let q = m + 2; afterSubject && m === k && q < Math.min(limit, m + 20); q++) {
              if (this.cue(q) || this.prepAt(q) || this.toks[q]!.n === '.') break;
              if (this.isComplementizer(q) && this.toks[q - 1]!.n === ',') return { c: q + 1, direct: false, at: q };
            }
            return { c: m + 1, direct: false, at: m };
          }
        }
        if (m > k && t.n.length > 2 && (t.n[0] === 'و' || t.n[0] === 'ف') && this.lex.complementizers.has(t.n.slice(1))) return null;
        if (this.cue(m) || this.prepAt(m)) return null;
        continue;
      }
      if (t.n === ':') {
        let c = m + 1;
        let direct = true;
        if (c < this.toks.length && this.isComplementizer(c)) {
          direct = this.lex.firstPerson.has(this.n(c));
          c++;
        }
        return { c, direct, at: m };
      }
      if (t.k === 'q' && isOpener(this.toks, m, this.text)) {
        const q = closingQuote(this.toks, m, this.text);
        if (q > m && q - m <= 5) {
          const nx = q + 1;
          // a quoted name (`لصحيفة «الغارديان» البريطانية`, `"المؤسسة":`) is not the content
          if (nx < this.toks.length && (this.n(nx) === ':' || (this.n(nx) === ',' && m > k && this.isWord(m - 1) && !this.isComplementizer(m - 1) && !this.lex.complementPreps.has(this.n(m - 1))) || this.isComplementizer(nx) || this.isWord(nx) || (this.toks[nx]!.k === 'q' && isOpener(this.toks, nx, this.text)))) {
            // (a quoted name counts as one word of the reach: `وذكرت مصادر لـ«الدرر الشامية» أن`; before a comma only
            // after a word of the clause, `لـ«الشرق الأوسط»، أن`, not a short quoted content after a complementizer or a
            // verb's preposition, `بأنه «خطوة مهمة»، مشيرا`, `نسبت الهجوم إلى «المنظمة»، العبارة التي ...`)
            limit = Math.min(limit + (q - m), this.sentEnd.get(t.sent)!);
            m = q;
            continue;
          }
        }
        // a quotation far from the verb is not its content (scare quotes in a narrative clause)
        if (m - k > 8) return null;
        if (q > m + 1 || q === -1) return { c: m, direct: true, at: m };
      }
      if ((t.n === '.' && !titleDot(this.toks, m)) || t.n === '?' || t.n === '!') return null;
    }
    return null;
  }

  /**
   * The subject of a narrative clause opening the sentence of token `i` or one of the `back` sentences
   * before it (`عقد مدير التعليم عبدالله الثقفي اجتماعا ...`): the antecedent of a later dropped subject.
   */
  narrativeSubjects(i: number, back = 3): Range[] {
    const out: Range[] = [];
    let sent = this.toks[i]!.sent;
    for (let n = 0; n <= back && sent >= 0; n++, sent--) {
      const ss = this.sentStart.get(sent);
      if (ss === undefined) continue;
      let a = ss;
      while (a < this.toks.length && !this.isWord(a)) a++;
      if (a >= i && n === 0) continue;
      if (!this.isWord(a) || this.toks[a]!.sent !== sent) continue;
      // the clause must open with a verb-like word: not a particle or preposition (`ومن جانبه`), not a noun (`الوزير`)
      const w0 = stripConj(this.n(a));
      if (w0.some((f) => this.lex.npStop.has(f) || f.startsWith('ال') || this.lex.complementizers.has(f))) continue;
      const k = this.nounPhrase(a + 1, this.sentEnd.get(sent)!);
      // a number (`تبني 798 مسجدا`) is not a subject
      if (k > a + 1 && !/^[0-9]/u.test(this.n(a + 1))) {
        // (a role phrase goes on across في to the name: `ووجه رئيس النادي في منطقة حائل الدكتور نايف المهيلب`)
        const r = { a: a + 1, b: k - 1 };
        if (this.roleOnly?.(r) === true) this.roleComplement(r, k, this.sentEnd.get(sent)!);
        out.push(r);
      }
    }
    return out;
  }

  private chrome = new Map<number, boolean>();

  /** A line of page chrome (`رابط الخبر بصحيفة الوئام: ...`, `اقرأ أيضا`): a link caption, not a statement. */
  chromeLine(i: number): boolean {
    const line = this.toks[i]!.line;
    let c = this.chrome.get(line);
    if (c === undefined) {
      let a = i;
      while (a > 0 && this.toks[a - 1]!.line === line) a--;
      c = this.lex.kickerExclude.some((seq) => seq.length > 1 && matchesSeq(this.toks, a, seq));
      this.chrome.set(line, c);
    }
    return c;
  }

  /** True when a candidate with its cue before `i` lies in the same sentence. */
  sameSentence(a: number, b: number): boolean {
    return this.toks[a]!.sent === this.toks[b]!.sent;
  }

  /** Candidates for every verb and participle cue. */
  verbCandidates(): Candidate[] {
    const out: Candidate[] = [];
    const inherited = new Map<number, Range>();
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const hit = this.cue(i);
      if (!hit) continue;
      const info = hit.info;
      const p = i - 1;
      const prevN = p >= 0 && this.isWord(p) && toks[p]!.sent === toks[i]!.sent ? this.n(p) : '';
      if (prevN && this.lex.blocking.has(prevN)) continue;
      // `موفق أبو طالب`: a word after a name connector is part of a name
      if (prevN && this.lex.nameConnectors.has(prevN)) continue;
      // a verb in a subordinate clause (`بعد أن رفض`) is narration
      if (prevN && this.lex.complementizers.has(prevN) && !this.isComplementizer(p)) continue;
      // `سبق لك أن لاحظت`, `إن قال`: أنّ/إنّ take a noun first, so a verb right after a bare أن/إن is subordinate
      if (prevN && this.lex.bareComplementizers.has(prevN) && info.cat === 'verb') continue;
      if (this.narrationAt(i)) continue;
      if (p >= 0 && this.narrationAt(p)) continue;
      if (this.chromeLine(i)) continue;
      const [ss, se] = this.sentBounds(i);
      let cueA = i;
      if (prevN && (this.lex.negation.has(prevN) || this.lex.continuation.has(prevN))) cueA = p;
      const limit = Math.min(se, i + 40);
      if (info.cat === 'participle') {
        // `ومطالبات بتكريمه`: a feminine plural with و is the noun (demands), not a circumstantial participle
        if (hit.conj && this.n(i).endsWith('ات')) continue;
        const c = this.participle(i, info, limit, inherited.get(i) ?? null);
        if (c) out.push(c);
        continue;
      }
      // verb
      // SVO: `الكاظمي اضاف ان`, `أما X فقال`, `الخبراء لا يعتقدون أن` — only when no subject follows the verb (VSO first)
      const fa = hit.conj && t0(this.n(i)) === 'ف';
      const negOnly = cueA !== i && this.lex.negation.has(prevN);
      // `بكلمة أشار فيها الإعلامي ...`: a verb with a resumptive pronoun after it opens a relative clause on the noun
      // before it; its subject follows
      const resumptive = !hit.conj && cueA === i && this.lex.resumptives.has(this.n(i + 1));
      const pre = (!hit.conj || fa) && (cueA === i || negOnly) && !resumptive ? this.preSubject(cueA, fa) : null;
      // (a time word right before the verb ends an adverbial preamble: `وفي تصريحات لصحيفة ... يوم أمس السبت قال`)
      const initial = resumptive || hit.conj || cueA !== i || i === ss || !this.isWord(p) || pre !== null || this.lex.complementizers.has(prevN) || this.timePreamble(ss, cueA) || this.prepPreamble(ss, cueA) || (cueA === i && stripConj(prevN).some((f) => this.lex.timeWords.has(f)) && this.prepPreamble(ss, p, 14)) || (this.prepPreamble(ss, cueA, 12) && this.complementAhead(i, 6));
      // a verb-like word in the middle of a clause (`ونموذج كشف طبي`) is not a cue
      // (but a plural reporting verb with its complementizer right after it opens an asyndetic relative clause on an
      // indefinite noun: `قانون جديد قالوا ان هدفه ...`, `27 عنصرا قالوا إن ...`)
      const asyndetic = !initial && /(وا|ون)$/u.test(this.n(i)) && !info.ambiguous && info.object === 'complement' && this.isWord(i + 1) && this.lex.bareComplementizers.has(this.n(i + 1)) && this.isWord(p) && !this.n(p).startsWith('ال') && !this.lex.blocking.has(prevN) && !this.lex.npStop.has(prevN);
      if (!initial && !asyndetic && !this.lex.clauseOpeners.has(prevN) && !this.lex.auxiliaries.has(prevN)) continue;
      // `أبان ذلك الدكتور X على هامش ...`: a verb opening its sentence with ذلك as object attributes the sentence before
      if (i === ss && !hit.conj && ss > 0 && this.n(i + 1) === 'ذلك' && i + 2 < limit && this.isWord(i + 2)) {
        const e = this.nounPhrase(i + 2, limit);
        const prev = ss - 1;
        if (e > i + 2 && toks[i]!.line - toks[prev]!.line <= 1) {
          const [ps] = this.sentBounds(prev);
          const r = this.trim(ps, prev);
          if (r.b > r.a && !this.cue(ps) && !this.isStop(ps)) {
            out.push({ cue: { a: i, b: i + 1 }, lemma: info.lemma, content: r, kind: this.kindOf(r, false), ...(info.type ? { type: info.type } : {}), subject: { a: i + 2, b: e - 1 }, via: 'vso', feminine: info.feminine });
            continue;
          }
        }
      }
      let j = i + 1;
      let relay: Range | undefined;
      let relayPron = false;
      if (info.relay && j < limit && this.lex.relayObjects.has(this.n(j))) {
        relayPron = true;
        j++;
      }
      // `ولفت النظر إلى أن`: the object belongs to the cue
      const cueObj = this.lex.cueObjects.get(info.lemma);
      let objEnd = -1;
      if (cueObj && j < limit && cueObj.has(this.n(j))) {
        objEnd = j;
        j++;
      }
      let subject: Range | null = pre;
      let objectSplitAt = -1;
      let headSplit = false;
      let k = j;
      // `وسأل الله للجميع أن`: the addressee of a prayer is the object; the subject is dropped
      let addressee = false;
      if (!pre && info.prayer && j < limit && this.lex.prayerAddressees.has(this.n(j))) {
        while (j < limit && this.lex.prayerAddressees.has(this.n(j))) j++;
        k = j;
        addressee = true;
      }
      // `وجاء في بيان صادر عن الوزارة أن`: the document after في is the source
      if (info.inDocument) {
        if (pre || !(j < limit && this.n(j) === 'في')) continue;
        const e = this.nounPhrase(j + 1, limit, 10);
        if (e <= j + 1 || !bareForms(this.n(j + 1)).some((f) => this.lex.documents.has(f))) continue;
        objEnd = j;
        subject = { a: j + 1, b: e - 1 };
        k = e;
        addressee = true;
      }
      if (!pre && !addressee) {
        // `وأعلنت أمس الشرطة الكينية أن`, `أشار فيها الإعلامي ...`: a time word or a short adverbial may stand before the subject
        for (let n = 0; n < 2 && j < limit && (this.lex.timeWords.has(this.n(j)) || this.lex.postVerbAdjuncts.has(this.n(j))); n++) j++;
        // `وأكد حرصه على ...`, `وأبدى استياءه`: a possessed noun right after the verb is its object, the subject is dropped
        // (so is a bare noun and its possessed complement: `يؤكد دعم وزارته`)
        const bareHead = (w: string) => !w.startsWith('ال') && !this.lex.roleWords.has(w) && !this.lex.orgHeads.has(w) && !this.lex.anonymous.has(w) && !this.lex.documents.has(w) && !this.lex.honorificPronouns.has(w);
        const objectFirst = j < limit && this.isWord(j) && (isPossessed(this.n(j), this.lex) || (info.object === 'np' && this.lex.objectHeads.has(this.n(j))) || (j + 1 < limit && this.isWord(j + 1) && isPossessed(this.n(j + 1), this.lex) && bareHead(this.n(j)) && !this.lex.nameConnectors.has(this.n(j))));
        // (a prayer's addressee after the subject ends it: `وسألت الأمانة العامة الله تعالى أن`)
        k = objectFirst ? j : this.nounPhrase(j, limit, 14, info.preps, info.prayer && this.prayerAhead(j, limit) ? this.lex.prayerAddressees : this.lex.postSubjectObjects.get(info.lemma));
        // (a verb whose preposition is optional, أكد [على]، أعلن [عن], takes such an object too)
        if (objectFirst && info.object === 'np' && !info.prepOnly && !info.heads && !info.preps.has(this.n(j)) && !this.introducer(j, Math.min(limit, j + 3))) {
          if (info.headOnly && !this.headWord(j)) continue;
          const content = this.contentFrom(j);
          if (content) {
            out.push({ cue: { a: cueA, b: i }, lemma: info.lemma, content: content.range, kind: this.kindOf(content.range, false), ...(info.type ? { type: info.type } : {}), subject: null, via: 'dropped', feminine: info.feminine });
          }
          continue;
        }
        if (k > j) {
          subject = { a: j, b: k - 1 };
          let split = this.objectSplit(subject);
          // `وأكد جون كيري استمرار ...`: a verbal noun that opens a content ends the subject of a verb taking a noun phrase
          if (info.object === 'np' && !info.prepOnly && !info.heads) {
            for (let t = subject.a + 1; t <= subject.b && (split < 0 || t < split); t++) {
              if (this.isWord(t) && (this.lex.objectHeads.has(this.n(t)) || this.verbalNounObject(t, limit, subject.a))) {
                split = t;
                headSplit = true;
                break;
              }
            }
          }
          if (split >= 0) {
            subject.b = split - 1;
            k = split;
            objectSplitAt = split;
          }
          k = this.apposition(subject, k, limit);
          k = this.roleComplement(subject, k, limit);
        } else {
          const aux = this.auxSubject(i, ss);
          if (aux) subject = aux;
        }
      }
      if (relayPron && subject) {
        relay = subject;
        subject = null;
      } else if (info.relay && subject && this.n(k) === 'عن') {
        // نقلت وكالة X عن الوزير قوله/أن ...
        const k2 = this.nounPhrase(k + 1, limit);
        if (k2 > k + 1) {
          relay = subject;
          subject = { a: k + 1, b: k2 - 1 };
          k = k2;
          if (k < limit && this.lex.nouns.has(this.n(k))) k++;
        }
      } else if (info.relay && !relayPron) {
        continue; // نقل without a reported source is not an attribution
      }
      // a verb inside a complement clause (`أن حكومته وعدت ...`) takes its own complement at once or not at all
      const nested = pre !== null && pre.a > ss && this.lex.complementizers.has(this.n(pre.a - 1));
      // an ambiguous verb (بين، ذكر، رأى ...) reports only at the start of a clause and with its complement close by
      const afterComma = p >= ss && (this.n(p) === ',' || this.n(p) === ':');
      if (info.ambiguous && !(hit.conj || cueA !== i || i === ss || afterComma || pre !== null || prevN === 'فيما' || prevN === 'بينما')) continue;
      // an object after the subject (`وختم الكاظمي كلمته ... أن`, `وأكد الوزير حرصه على`) does not count against the reach
      const objectAt = objectSplitAt >= 0 && objectSplitAt === k ? k : subject !== null && !pre && k < limit && this.isWord(k) && k > j && (isPossessed(this.n(k), this.lex) || this.toks[k]!.tn === true || this.lex.postSubjectObjects.get(info.lemma)?.has(this.n(k)) === true) ? k : -1;
      const reach = (nested ? 6 : info.ambiguous ? 4 : pre ? 8 : limit) + (objectAt >= 0 ? 1 : 0) + k;
      let intro = this.introducer(k, Math.min(limit, reach), info.object === 'np' && (initial || subject !== null) ? info.preps : undefined, subject !== null && !pre);
      // `ودعت النقابة المنظمات الدولية إلى التدخل`, `وطالب الكعود حكومة الأنبار بالعمل`: for a verb with an addressee,
      // the addressee between the subject and the verb's preposition is part of the content
      // (also after a subject before the verb: `"النقل" تطالب [مقاولي ... بالجدية]`)
      if (info.addressee && subject && k < limit && this.isWord(k) && !this.isStop(k) && !info.preps.has(this.n(k)) && !this.isComplementizer(k) && !this.cue(k)) {
        for (let m = k + 1; m < Math.min(limit, k + 8); m++) {
          // (a dash between two place names stays in the addressee: `مقاولي طريق عفيف - ظلم`)
          if ((this.n(m) === '-' || this.n(m) === '–') && this.isWord(m - 1) && this.isWord(m + 1)) continue;
          if (!this.isWord(m) || this.cue(m) || this.isComplementizer(m)) break;
          const w = this.n(m);
          if (info.preps.has(w) || [...info.preps].some((x) => x.length === 1 && w.length > 3 && w.startsWith(x))) {
            intro = { c: k, direct: false, at: k };
            break;
          }
        }
      }
      // (a preposition further on does not introduce it: `[مقتل عشرين شخصا على الأقل]`)
      if (headSplit && intro && !intro.direct && !this.isComplementizer(intro.at)) intro = null;
      // `أكد المشرف على برنامج ... وعضو هيئة الخبراء، الدكتور مساعد الأحمد، أن`: a role phrase goes on to a name
      // set off by commas right before the complementizer; the name is the speaker
      let speakerAt: Range | undefined;
      if (subject && !pre && intro && this.isComplementizer(intro.at) && this.roleOnly !== undefined && this.roleOnly(subject)) {
        let b = intro.at - 1;
        if (b > k && this.n(b) === ',') b--;
        let a = b;
        while (a > k && this.isWord(a) && !this.cue(a)) a--;
        if (a >= k && this.n(a) === ',' && b > a && b - a <= 6 && !stripConj(this.n(a + 1)).some((f) => this.lex.npStop.has(f)) && this.readName !== undefined && this.readName({ a: a + 1, b })) {
          speakerAt = { a: a + 1, b };
          subject = { a: subject.a, b };
        }
      }
      // `عبّر عن`: only its own preposition introduces the content (عبر is also "via")
      // (in the same clause: no comma or clause opener between, `، عبر مثلث العلم، فيما ... عن عدن`)
      if (info.prepOnly && !(intro && this.isWord(intro.at) && info.preps.has(this.n(intro.at)) && this.sameClause(i + 1, intro.at))) continue;
      let content: { range: Range; quoted: boolean } | null = null;
      let direct = false;
      if (intro) {
        content = this.contentFrom(intro.c);
        direct = intro.direct || (content?.quoted ?? false);
      } else {
        // the introducer search stopped at a participle right after the phrase: it inherits the subject
        if (k < limit && this.cue(k)?.info.cat === 'participle' && subject) {
          inherited.set(k, subject);
          continue;
        }
        if (info.ambiguous || info.object !== 'np' || !initial) {
          const post = info.ambiguous ? null : this.postposed(i, cueA, ss);
          if (post && subject) {
            out.push({ cue: { a: cueA, b: i }, lemma: info.lemma, content: post, kind: 'direct', ...(info.type ? { type: info.type } : {}), subject, via: 'vso', feminine: info.feminine });
          }
          continue;
        }
        // a noun-phrase content: after the verb's own preposition, or right after the verb when the subject came first
        let c = -1;
        // (not inside an object set off by a comma after the subject: `وأكد الشمري، حرص الوزارة على ...`)
        const commaObject = this.n(k) === ',' && this.isWord(k + 1) && !this.isStop(k + 1);
        if (headSplit && objectSplitAt === k) c = k;
        // `ونفى فيصل العمراني [ما أشيع حول ...]`, `استنكر الجميع [ذلك الفعل]`: a relative ما or a demonstrative after
        // the subject opens the object of a verb that takes it directly
        if (c < 0 && subject && !pre && !info.prepOnly && !info.heads && (info.preps.size === 0 || info.directObject) && k + 1 < limit && this.isWord(k) && this.isWord(k + 1) && this.lex.objectOpeners.has(this.n(k)) && (this.n(k) === 'ما' || info.type === 'condemnation' || info.type === 'denial')) c = k;
        for (let m = k; c < 0 && !commaObject && m < Math.min(limit, k + 4); m++) {
          if (this.isWord(m) && info.preps.has(this.n(m))) {
            c = m + 1;
            break;
          }
        }
        // (only for a verb that takes its object directly: `إجراء كشف تسريب` is a noun compound, not كشف + object)
        if (c < 0 && pre && (info.preps.size === 0 || info.directObject) && !info.preps.has(this.n(i + 1)) && this.isWord(i + 1) && !this.isStop(i + 1)) c = i + 1;
        // (a verb whose preposition is a clitic, `طالب بـ`, also takes its addressee first: `طالب المواطنون البلدية بسرعة ...`)
        if (c < 0 && objectAt >= 0 && [...info.preps].every((x) => x.length === 1)) c = objectAt;
        // `اتهم الزوج، الجامعة بتغيير ...`: the object after a comma that closes the subject
        if (c < 0 && subject && !pre && !info.prepOnly && !info.heads && k < limit && this.n(k) === ',' && this.isWord(k + 1) && !this.isStop(k + 1) && !this.cue(k + 1) && !info.preps.has(this.n(k + 1))) c = k + 1;
        // `تبنى حزب العمال أمس هجوما ...`: a time word closes the subject and the object follows
        // (`وأعلن الوزير أمس الأحد اعتقال ...`: several time words)
        let afterTime = k;
        while (afterTime < limit && afterTime - k < 3 && this.isWord(afterTime) && this.lex.timeWords.has(this.n(afterTime))) afterTime++;
        if (c < 0 && subject && !info.prepOnly && !info.heads && afterTime > k && afterTime < limit && this.isWord(afterTime) && !this.isStop(afterTime) && !info.preps.has(this.n(afterTime))) c = afterTime;
        if (c < 0) continue;
        content = this.contentFrom(c);
      }
      if (!content) continue;
      // `تقدم [بالشكر]`: a verb read as a cue only with one of its content heads
      if (info.heads && !info.heads.has(this.n(content.range.a))) continue;
      if (info.headOnly && !this.headWord(content.range.a)) continue;
      // `اشار الى ان`, `شدد على ان`: the preposition right after the verb belongs to the cue
      let cueB = relayPron ? i + 1 : Math.max(i, objEnd);
      if (!relayPron && intro && intro.at === cueB + 2 && this.isComplementizer(intro.at) && this.lex.complementPreps.has(this.n(cueB + 1))) cueB = cueB + 1;
      out.push({
        cue: { a: cueA, b: cueB },
        lemma: info.lemma,
        content: content.range,
        kind: this.kindOf(content.range, direct),
        ...(info.type ? { type: info.type } : {}),
        subject,
        via: relayPron ? 'relay' : pre ? 'svo' : subject ? 'vso' : 'dropped',
        ...(subject === null && !relayPron && prevN && this.lex.relatives.has(prevN) ? { relative: p } : {}),
        ...(speakerAt ? { speakerAt } : {}),
        ...(asyndetic && subject === null ? { asyndetic: true } : {}),
        ...(relay ? { relay } : {}),
        feminine: info.feminine,
      });
    }
    return out;
  }

  /** The object-pronoun cue (`تبناه`, `نسبته`) in word `i`, with or without و. */
  private objectPronounCue(i: number): { lemma: string; type?: StatementType; preps: Set<string>; heads?: Set<string> } | null {
    // (a word ending in ة is a noun, `إدانة`, `نسبة`: its search form ends in ه like the pronoun's)
    if (!this.isWord(i) || this.text.charCodeAt(this.toks[i]!.e - 1) === 0x629) return null;
    for (const f of stripConj(this.n(i))) {
      const o = this.lex.objectPronounCues.get(f);
      if (o) return o;
    }
    return null;
  }

  /**
   * A reporting verb whose object pronoun resumes the noun before it, opening a relative clause with its own
   * subject: `في [تفجير سيارة مفخخة ...]، تبناه تنظيم داعش`, `بينها [تفجيران] تبناهما داعش`, `في هجوم نسبته
   * السلطات إلى [التمرد الكردي]`, `الهجوم الذي أدانته الحكومة`. The content is what follows the verb's preposition
   * when it has one, else the antecedent: back from the verb to the clause start, from after its first preposition.
   */
  resumptiveCandidates(): Candidate[] {
    const out: Candidate[] = [];
    const toks = this.toks;
    for (let i = 1; i < toks.length; i++) {
      const info = this.objectPronounCue(i);
      if (!info || this.cue(i)) continue;
      const [ss, se] = this.sentBounds(i);
      if (i <= ss) continue;
      // the antecedent's end: before a relative pronoun, auxiliaries (`الذي كان قد`) or a comma
      let q = i - 1;
      while (q > ss && ((this.isWord(q) && (this.lex.relatives.has(this.n(q)) || this.lex.auxiliaries.has(this.n(q)))) || this.n(q) === ',')) q--;
      if (!this.isWord(q) || this.isStop(q) || this.cue(q) || this.lex.objectOpeners.has(this.n(q)) || this.lex.blocking.has(this.n(q))) continue;
      // its subject follows the verb (a time word may come first)
      const limit = Math.min(se, i + 30);
      let j = i + 1;
      while (j < limit && this.isWord(j) && this.lex.timeWords.has(this.n(j))) j++;
      if (j >= limit || !this.isWord(j) || /^\p{N}/u.test(this.n(j))) continue;
      const e = this.nounPhrase(j, limit, 10);
      if (e <= j) continue;
      const subject: Range = { a: j, b: e - 1 };
      let content: Range | null = null;
      let clause = i;
      if (info.preps.size > 0) {
        for (let m = e; m < Math.min(limit, e + 3) && content === null; m++) {
          if (!this.isWord(m)) break;
          const w = this.n(m);
          if (info.preps.has(w)) content = this.contentFrom(m + 1)?.range ?? null;
          else if (w.length > 3 && [...info.preps].some((x) => x.length === 1 && w.startsWith(x))) content = this.contentFrom(m)?.range ?? null;
        }
      } else {
        // back to the clause start: a comma, a clause opener, a complementizer, a cue or the sentence start
        let a = q;
        while (a - 1 >= ss && q - a < 25) {
          const b = a - 1;
          if (!this.isWord(b) && this.toks[b]!.k !== 'q' && this.n(b) !== '(' && this.n(b) !== ')') break;
          if (this.isWord(b) && (this.lex.clauseOpeners.has(this.n(b)) || this.isComplementizer(b) || this.cue(b) || this.objectPronounCue(b))) break;
          a = b;
        }
        clause = a;
        // from after the clause's last preposition (`على الأقل في [هجوم]`), or from a definite noun with its
        // preposition glued (`معربا عن استنكاره [للهجوم الإرهابي]`)
        for (let m = q; m >= a; m--) {
          if (!this.isWord(m)) continue;
          const w = this.n(m);
          if (m < q && this.lex.antecedentPreps.has(w)) {
            a = m + 1;
            break;
          }
          if (w.length > 4 && (w.startsWith('لل') || w.startsWith('بال'))) {
            a = m;
            break;
          }
        }
        if (this.lex.vagueAntecedents.has(this.n(q)) || this.lex.vagueAntecedents.has(this.n(a))) continue;
        const r = this.trim(a, q);
        if (r.b >= r.a) content = r;
      }
      if (!content) continue;
      if (info.heads) {
        // (one of the heads in the antecedent's clause: `في [تفجير ...] ... في حي البياع ...، تبناه`)
        let head = false;
        for (let m = clause; m <= content.b && !head; m++) head = this.isWord(m) && info.heads.has(this.n(m));
        if (!head) continue;
      }
      out.push({ cue: { a: i, b: i }, lemma: info.lemma, content, kind: this.kindOf(content, false), ...(info.type ? { type: info.type } : {}), subject, via: 'vso', feminine: /ت[هم]/u.test(this.n(i)) });
    }
    return out;
  }

  /**
   * Word `t` inside a subject has the shape of a derived verbal noun (`اتباع`، `استمرار`، `تقديم`) heading a
   * genitive (`إتباع نهج`) and no complementizer, colon or quote follows in the clause: it opens the verb's object.
   * (Not a definite word, a name of the entities layer, or a word after a title or name connector: `الدكتورة إيمان`.)
   */
  private verbalNounObject(t: number, limit: number, subjectStart: number): boolean {
    const w = this.n(t);
    if (w.startsWith('ال') || this.persons?.has(t) || !this.isWord(t + 1) || this.isStop(t + 1)) return false;
    const prev = this.n(t - 1);
    // (nor the name of an organisation after its head: `إدارة تعليم الطائف`, `هيئة تطوير`)
    if (bareForms(prev).some((f) => this.lex.roleWords.has(f) || this.lex.honorifics.has(f) || this.lex.orgHeads.has(f) || this.lex.chainNouns.has(f)) || this.lex.nameConnectors.has(prev)) return false;
    // (nor the complement of a possessed noun or of a preposition's object: `التزامها تطبيق`, `لتسجيل احتجاج`)
    if ((prev.length >= 5 && this.lex.possessiveSuffixes.some((x) => prev.endsWith(x))) || /^[لب]/u.test(prev)) return false;
    // (and what stands before it must name a source: `سوء [توزيع]` is one noun phrase, the object of a dropped subject)
    if (this.sourceLike !== undefined && !this.sourceLike({ a: subjectStart, b: t - 1 })) return false;
    // (nor a word followed closely by a personal name: the subject goes on, `استشاري تدريب ... المهندس خالد`)
    for (let m = t + 1; m < Math.min(limit, t + 7); m++) if (this.persons?.has(m)) return false;
    const first = this.text[this.toks[t]!.s];
    if (!this.lex.objectHeadPatterns.some((p) => p.re.test(w) && (p.first === undefined || p.first === first))) return false;
    for (let m = t + 1; m < Math.min(limit, t + 14); m++) {
      const x = this.toks[m]!;
      if (x.k === 'q' || x.n === ':' || this.isComplementizer(m)) return false;
    }
    return true;
  }

  /** Word `i` is a verbal noun opening a content, bare or after بـ (`ضرورة`, `بتأجيل`). */
  private headWord(i: number): boolean {
    const w = this.n(i);
    return this.lex.objectHeads.has(w) || (w.startsWith('ب') && this.lex.objectHeads.has(w.slice(1)));
  }

  /** `"...", قال X` — the content is the quote right before the verb. */
  private postposed(i: number, cueA: number, ss: number): Range | null {
    let p = cueA - 1;
    if (p >= ss && this.toks[p]!.k === 'p' && this.toks[p]!.n === ',') p--;
    if (p < ss || this.toks[p]!.k !== 'q' || isOpener(this.toks, p, this.text)) return null;
    for (let o = p - 1; o >= ss; o--) {
      if (this.toks[o]!.k === 'q' && isOpener(this.toks, o, this.text) && closingQuote(this.toks, o, this.text) === p) {
        if (p - o < 4) return null;
        return this.trim(o + 1, p - 1);
      }
    }
    void i;
    return null;
  }

  private participle(i: number, info: CueInfo, limit: number, inherited: Range | null): Candidate | null {
    let j = i + 1;
    let prepSkipped = false;
    // `سائلا المولى عز وجل أن`: the addressee of a prayer stands before the complementizer
    if (info.prayer) while (j < limit && this.lex.prayerAddressees.has(this.n(j))) j++;
    const cueObj = this.lex.cueObjects.get(info.lemma);
    // (`واصفاً ذلك بأنه عمل استفزازي`: a demonstrative object before the complementizer belongs to the cue)
    const objSkipped = j < limit && ((cueObj !== undefined && cueObj.has(this.n(j))) || (this.lex.objectOpeners.has(this.n(j)) && this.n(j) !== 'ما' && j + 1 < limit && this.isComplementizer(j + 1)));
    if (objSkipped) j++;
    if (j < limit && this.isWord(j) && (this.lex.complementPreps.has(this.n(j)) || info.preps.has(this.n(j)))) {
      j++;
      prepSkipped = true;
    }
    let c = -1;
    let direct = false;
    if (j < limit && this.isComplementizer(j)) c = j + 1;
    else if (j < limit && this.n(j) === ':') {
      c = j + 1;
      direct = true;
      if (c < limit && this.isComplementizer(c)) {
        direct = this.lex.firstPerson.has(this.n(c));
        c++;
      }
    } else if (j < limit && this.toks[j]!.k === 'q' && isOpener(this.toks, j, this.text)) {
      c = j;
      direct = true;
    } else if ((info.object === 'np' || prepSkipped) && j < limit && this.isWord(j) && (!this.lex.npStop.has(this.n(j)) || this.lex.contentDeterminers.has(this.n(j)))) c = j;
    // `واعداً ببذل المزيد`: the participle's own preposition glued to the content
    else if (j === i + 1 && j < limit && this.isWord(j) && this.n(j).length > 3 && [...info.preps].some((x) => x.length === 1 && this.n(j).startsWith(x))) c = j;
    if (c < 0) return null;
    if (info.prepOnly && !prepSkipped) return null;
    const content = this.contentFrom(c);
    if (!content) return null;
    return {
      cue: { a: i, b: (prepSkipped ? j - 1 : objSkipped ? i + 1 : i) },
      lemma: info.lemma,
      content: content.range,
      kind: this.kindOf(content.range, direct || content.quoted),
      ...(info.type ? { type: info.type } : {}),
      subject: inherited,
      via: inherited ? 'vso' : 'dropped',
      feminine: info.feminine,
    };
  }

  /** بحسب X، ... / ... وفق ما نقلت X / على حد تعبيره. */
  prepCandidates(): Candidate[] {
    const out: Candidate[] = [];
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      const p = this.prepAt(i);
      if (!p) continue;
      const [ss, se] = this.sentBounds(i);
      let cueA = i;
      let cueB = i;
      if (p.after.length > 0) {
        // على حد تعبيره: postposed, dropped subject
        const seq = p.after.find((s) => matchesSeq(toks, i - s.length, s))!;
        cueA = i - seq.length;
        const content = this.before(cueA, ss);
        if (content) out.push({ cue: { a: cueA, b: i }, lemma: p.lemma, content, kind: this.kindOf(content, false), subject: null, via: 'dropped', feminine: false });
        continue;
      }
      let j = i + 1;
      if (p.glued) {
        // `حسبما أفاد مسؤولون`: ما is glued to the head; a reporting verb follows
        if (!(j < se && this.cue(j)?.info.cat === 'verb')) continue;
        cueB = j;
        j++;
      } else if (j < se && p.then.has(this.n(j))) {
        j++;
        cueB = j - 1;
        // بحسب ما / وفق ما: only with a reporting verb (`وفق ما نقلت`), not `وفق ما تقتضيه`
        if (!(j < se && this.cue(j)?.info.cat === 'verb')) continue;
        cueB = j;
        j++;
      } else if (j < se && p.then.has('ل') && this.isWord(j) && this.n(j).startsWith('ل') && this.n(j).length > 3) {
        // وفقا لوكالة ...: the source starts inside the next word
      } else if (p.then.size > 0 && p.then.has('عن') && !(j < se && this.n(j) === 'عن')) {
        continue;
      }
      if (j >= se) continue;
      // the source noun phrase
      let srcA = j;
      let srcB: number;
      let after: number;
      if (toks[j]!.k === 'q' && isOpener(toks, j, this.text)) {
        const q = closingQuote(toks, j, this.text);
        if (q < 0 || q - j > 8) continue;
        srcA = j + 1;
        srcB = q - 1;
        after = q + 1;
      } else {
        // `حسب قوله`: the speaker's own words (resolved to the current speaker)
        const k = this.lex.nouns.has(this.n(j)) ? j + 1 : this.nounPhrase(j, se, 8);
        if (k === j) continue;
        srcB = k - 1;
        after = k;
      }
      if (srcB < srcA) continue;
      // `بحسب المعلومات`, `وفقا لمعلومات`: no identifiable source
      if (stripConj(this.n(srcA)).concat(bareForms(this.n(srcA))).some((f) => this.lex.unidentifiable.has(f))) continue;
      const first = this.firstWordOfSentence(i, ss);
      let content: Range | null;
      // `والشاهد على ذلك ووفقا لتقرير نشر في المنطقة، أن ...`: a complementizer after the source opens the content
      // (the source may go on with a prepositional phrase up to the comma)
      let afterSrc = after;
      while (afterSrc < se && afterSrc - after < 8 && this.isWord(afterSrc) && !this.cue(afterSrc) && !this.isComplementizer(afterSrc)) afterSrc++;
      if (afterSrc < se && this.n(afterSrc) !== ',') afterSrc = after;
      while (afterSrc < se && toks[afterSrc]!.k === 'p') afterSrc++;
      if (!first && afterSrc < se && this.isComplementizer(afterSrc)) {
        content = this.contentFrom(afterSrc + 1)?.range ?? null;
      } else if (first) {
        let c = after;
        while (c < se && toks[c]!.k === 'p') c++;
        if (c < se && this.isWord(c) && (this.n(c) === 'فان' || this.n(c) === 'فانه')) c++;
        // `وحسب وكالة X، ذكرت شبكة Y أن ...`: the verb that follows carries its own attribution
        if (c < se && this.cue(c)) continue;
        content = this.contentFrom(c)?.range ?? null;
      } else {
        content = this.before(cueA, ss);
      }
      if (!content || content.b < content.a) continue;
      out.push({ cue: { a: cueA, b: cueB }, lemma: p.lemma, content, kind: this.kindOf(content, false), subject: { a: srcA, b: srcB }, via: 'prep', feminine: false });
    }
    return out;
  }

  private firstWordOfSentence(i: number, ss: number): boolean {
    for (let k = ss; k < i; k++) {
      if (this.isWord(k)) return false;
    }
    return true;
  }

  /** The clause before a postposed cue: back to the sentence start, or to the last comma when that is long. */
  private before(cueA: number, ss: number): Range | null {
    let a = ss;
    const line = this.toks[cueA]!.line;
    while (a < cueA && this.toks[a]!.line !== line) a++;
    // a long sentence: take the clause after the last comma that is not inside the first few words
    if (cueA - a > 40) {
      for (let k = cueA - 1; k > a + 3; k--) {
        if (this.toks[k]!.n === ',') {
          a = k + 1;
          break;
        }
      }
    }
    const r = this.trim(a, cueA - 1);
    if (r.b < r.a) return null;
    // drop trailing dashes (ــ) and a leading conjunction-only word is kept
    let b = r.b;
    while (b >= r.a && !this.isWord(b) && this.toks[b]!.k !== 'q' && this.toks[b]!.n !== ')') b--;
    return b >= r.a ? { a: r.a, b } : null;
  }

  /** Sentences that open with a quote right after a statement: the same speaker goes on (`و"يوجد ..."`). */
  quoteContinuations(prev: readonly Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const toks = this.toks;
    const ends = prev.map((c) => c.content.b).sort((x, y) => x - y);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.k !== 'q' || !isOpener(toks, i, this.text)) continue;
      const [ss] = this.sentBounds(i);
      const q = closingQuote(toks, i, this.text);
      if (q < 0 || q - i < 4) continue;
      // a quotation closing a statement's content in its sentence (see trailingQuote)
      if (ends.includes(i - 1) && this.isWord(i - 1)) {
        const own = prev.find((c) => c.content.b === i - 1);
        if (own && this.trailingQuote(own.content.a, i, q)) {
          out.push({ cue: { a: i, b: i }, lemma: '"', content: this.trim(i + 1, q - 1), kind: 'direct', subject: null, via: 'quote', feminine: false });
          continue;
        }
      }
      // the quote opens the sentence (after an optional bare و)
      let k = ss;
      if (k < i && this.n(k) === 'و') k++;
      if (k !== i) continue;
      // the previous sentence ends a statement
      const prevSentEnd = ss - 1;
      if (prevSentEnd < 0) continue;
      const ended = ends.some((e) => e <= prevSentEnd && toks[e]!.sent === toks[prevSentEnd]!.sent);
      if (!ended) continue;
      // a cue inside the sentence after the quote makes it an ordinary statement
      const r = this.trim(i + 1, q - 1);
      out.push({ cue: { a: i, b: i }, lemma: '"', content: r, kind: 'direct', subject: null, via: 'quote', feminine: false });
    }
    return out;
  }

  /** The headline statement (kicker + headline), when the headline is attributed. */
  headline(info: HeadlineInfo): Candidate | null {
    if (!info.kicker) return null;
    const content = this.trim(info.content.a, info.content.b);
    if (content.b < content.a) return null;
    const colon = info.colon >= 0 ? info.colon : info.kicker.b;
    return {
      cue: { a: colon, b: colon },
      lemma: ':',
      content,
      kind: 'direct',
      subject: info.kicker,
      via: 'kicker',
      feminine: false,
      headline: true,
    };
  }

  /** A kicker written inside the headline line: `وزير داخلية البحرين: «الولاء المزدوج» مرفوض`. */
  inlineKicker(a: number, b: number): HeadlineInfo | null {
    const toks = this.toks;
    // (the kicker's length is counted in words: quote marks around a name do not count)
    let words = 0;
    for (let m = a; m <= b && words <= this.lex.kickerMax; m++) {
      if (toks[m]!.k === 'w') words++;
      if (toks[m]!.n !== ':') continue;
      if (m === a || m === b) return null;
      const kicker = { a, b: m - 1 };
      if (!this.kickerOk(kicker)) return null;
      return { kicker, colon: m, content: { a: m + 1, b } };
    }
    return null;
  }

  /** A kicker is a short noun phrase: no verb cue, no addressee preposition, not page chrome. */
  kickerOk(r: Range): boolean {
    let words = 0;
    for (let i = r.a; i <= r.b; i++) {
      if (!this.isWord(i)) {
        if (this.toks[i]!.k === 'q') continue;
        return false;
      }
      words++;
      if (this.cue(i)?.info.cat === 'verb') return false;
    }
    if (words === 0 || words > this.lex.kickerMax) return false;
    for (let i = r.a; i <= r.b; i++) if (this.isWord(i) && this.lex.addresseePrefixes.has(this.n(i))) return false;
    for (const seq of this.lex.kickerExclude) if (matchesSeq(this.toks, r.a, seq)) return false;
    return true;
  }
}
