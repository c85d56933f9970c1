/**
 * Who speaks: reading the subject noun phrase of a statement (role, name, organisation, document,
 * anonymous source) and resolving it within the article — a later short form (`الكاظمي`) or a role
 * (`القائد العام للقوات المسلحة`, `الوزير`) to the person first named in full, a dropped subject to the
 * current speaker. Uses the entities layer when the Doc has one.
 */
import type { Entity, Speaker } from '../doc/doc.js';
import { isPossessed, type Lexicon } from './lexicon.js';
import { bareForms, coreForm, trimEnds, type Tok } from './scan.js';
import type { Range } from './extract.js';
import { normalizeText } from '../text/normalize.js';

export type SpeakerKind = NonNullable<Speaker['kind']>;

export interface PhraseReading {
  kind: SpeakerKind;
  /** Token range of the personal or proper name inside the phrase, or null for a role-only phrase. */
  name: Range | null;
  /** Core forms of the role words (and their genitive chain). */
  roles: string[];
  /** Core form of the first role word. */
  head: string | null;
  /** All comparison forms of the first role word. */
  headForms: string[];
}

function hasArticle(w: string): boolean {
  for (const f of bareForms(w)) if (f.startsWith('ال') && f.length > 3) return true;
  return false;
}

/** All comparison forms of a word (with and without و/ف, ب/ل/ك, ال). */
function formsOf(w: string): string[] {
  return bareForms(w);
}

function inSet(set: Set<string>, w: string): boolean {
  for (const f of bareForms(w)) if (set.has(f)) return true;
  return set.has(coreForm(w)) || set.has('ال' + coreForm(w));
}

/** Token indexes inside a person mention of the entities layer. */
export function personTokens(toks: readonly Tok[], entities: readonly Entity[]): Set<number> {
  const out = new Set<number>();
  const spans: [number, number][] = [];
  // a word the entities layer reads on its own as an organisation or a place (`الأكراد`) is no part of a
  // person's name after its first word (`شتاينماير الأكراد` is the name and the object)
  const other = new Set<string>();
  for (const e of entities) {
    if (e.type === 'PERS') for (const m of e.mentions) spans.push([m.start, m.end]);
    else if (e.type === 'ORG' || e.type === 'LOC') for (const m of e.mentions) if (!/\s/u.test(m.text)) other.add(normalizeText(m.text));
  }
  if (spans.length === 0) return out;
  spans.sort((x, y) => x[0] - y[0]);
  // tokens and spans both in text order: one pass
  let k = 0;
  for (const t of toks) {
    if (t.k !== 'w') continue;
    while (k < spans.length && spans[k]![1] <= t.s) k++;
    for (let q = k; q < spans.length && spans[q]![0] < t.e; q++) {
      if (t.s < spans[q]![1]) {
        if (t.s > spans[q]![0] && other.has(t.n)) break;
        out.add(t.i);
        break;
      }
    }
  }
  return out;
}

/** Read a subject noun phrase (tokens `r.a..r.b`); `persons`: token indexes the entities layer tags as a person. */
export function readPhrase(toks: readonly Tok[], r: Range, lex: Lexicon, persons?: ReadonlySet<number>): PhraseReading {
  const words: Tok[] = [];
  /** Indexes (in `words`) that follow punctuation: a role chain does not run across it. */
  const afterPunct = new Set<number>();
  /** Token indexes of words between quote marks (a quoted title is not a person's name). */
  const quoted = new Set<number>();
  let inQuote = false;
  for (let i = r.a; i <= r.b; i++) {
    if (toks[i]!.k === 'w') {
      words.push(toks[i]!);
      if (inQuote) quoted.add(toks[i]!.i);
    } else if (toks[i]!.k === 'p') afterPunct.add(words.length);
    else if (toks[i]!.k === 'q') inQuote = !inQuote;
  }
  if (words.length === 0) return { kind: 'unknown', name: null, roles: [], head: null, headForms: [] };
  const first = words[0]!.n;
  // a possessed common noun (`لرغبتها الأولى`, `أصدقكم القول`) names no one
  if (bareForms(first).some((f) => isPossessed(f, lex)) && !persons?.has(words[0]!.i) && !inSet(lex.anonymous, first) && !inSet(lex.documents, first)) {
    return { kind: 'unknown', name: null, roles: [], head: null, headForms: [] };
  }
  if (inSet(lex.anonymous, first)) return { kind: 'anonymous', name: { a: r.a, b: r.b }, roles: [], head: coreForm(first), headForms: formsOf(first) };
  if (inSet(lex.documents, first)) return { kind: 'document', name: { a: r.a, b: r.b }, roles: [], head: coreForm(first), headForms: formsOf(first) };
  if (inSet(lex.orgHeads, first)) return { kind: 'organisation', name: { a: r.a, b: r.b }, roles: [], head: coreForm(first), headForms: formsOf(first) };
  // a group (`عدد من الشباب`, `الكثير من الخبراء الأجانب`) keeps its noun phrase
  if (lex.partitives.has(first)) return { kind: 'unknown', name: { a: r.a, b: r.b }, roles: [], head: null, headForms: [] };

  const roles: string[] = [];
  let head: string | null = null;
  let headForms: string[] = [];
  let nameA = -1;
  let nameB = -1;
  let chain = false; // previous token was a role word or part of its chain
  let construct = false; // previous token takes a genitive complement
  let nameDone = false;
  let nameInGenitive = false;
  for (let k = 0; k < words.length; k++) {
    const t = words[k]!;
    const w = t.n;
    if (afterPunct.has(k)) {
      chain = false;
      construct = false;
    }
    // (an indefinite role word the entities layer tags as part of a person's name is a given name: `الدكتور مساعد الأحمد`)
    const isRole = (inSet(lex.roleWords, w) && !(persons?.has(t.i) && !hasArticle(w) && k > 0 && persons.has(words[k + 1]?.i ?? -1))) || lex.honorifics.has(w);
    if (nameA >= 0 && !nameDone) {
      // inside a name: connectors, bare words, a word after a connector (عبد العزيز), and one nisba (الكاظمي) continue it
      const prevConn = k > 0 && lex.nameConnectors.has(words[k - 1]!.n) && words[k - 1]!.i >= nameA;
      let hasConnector = false;
      for (let q = 0; q < k; q++) if (words[q]!.i > nameA && lex.nameConnectors.has(words[q]!.n)) hasConnector = true;
      if (isRole && !prevConn) {
        nameDone = true;
      } else if (lex.nameConnectors.has(w) || !hasArticle(w) || prevConn) {
        nameB = t.i;
        continue;
      } else if (
        w.startsWith('ال') &&
        !hasArticle(words[k - 1]!.n) &&
        !inSet(lex.orgHeads, w) &&
        !inSet(lex.chainNouns, w) &&
        !inSet(lex.timeWords, w) &&
        !lex.npStop.has(w) &&
        (persons === undefined || persons.has(t.i))
      ) {
        // a family name with the article ends the name (`عبدالعزيز المهوس`, `رأفت الصباغ`) when the entities layer
        // reads it as part of the person: else it is the object (`شتاينماير الأكراد`)
        nameB = t.i;
        nameDone = true;
        continue;
      } else if ((coreForm(w).endsWith('ي') || hasConnector) && !inSet(lex.orgHeads, w) && !inSet(lex.chainNouns, w)) {
        // a nisba (الكاظمي), or a family name after بن/آل (سلمان بن محمد النشوان), ends the name
        nameB = t.i;
        nameDone = true;
        continue;
      } else {
        nameDone = true;
      }
    }
    if (isRole) {
      const c = coreForm(w);
      roles.push(...formsOf(w));
      if (head === null && !lex.honorifics.has(w)) {
        head = c;
        headForms = formsOf(w);
      }
      chain = true;
      // only an indefinite noun takes a genitive complement (`وزير الداخلية`, not `الوكيل مارك`)
      construct = inSet(lex.constructRoles, w) && !hasArticle(w);
      continue;
    }
    // an adjective agreeing with an indefinite role (`مسؤولة كبيرة`, `مسؤول أمريكي`) is not a name
    if (chain && !hasArticle(w) && k > 0 && !hasArticle(words[k - 1]!.n) && inSet(lex.roleWords, words[k - 1]!.n) && (/يه?$/u.test(w) || (w.endsWith('ه') && words[k - 1]!.n.endsWith('ه')))) {
      roles.push(...formsOf(w));
      continue;
    }
    if (chain && (construct || hasArticle(w))) {
      roles.push(...formsOf(w));
      construct = construct && !hasArticle(w);
      continue;
    }
    if (chain && nameA < 0 && (lex.rolePreps.has(w) || (t.am === true && lex.npStop.has(w)))) {
      construct = true;
      continue;
    }
    // a prepositional complement of a role (`لقيادة حرس الحدود`, `بجدة`): ب/ل + a noun, unless a name follows (`بندر بن`)
    if (chain && nameA < 0 && (inSet(lex.orgHeads, w) || inSet(lex.chainNouns, w) || (/^[بل]/u.test(w) && w.length > 3 && !persons?.has(t.i) && !(words[k + 1] && lex.nameConnectors.has(words[k + 1]!.n))))) {
      roles.push(...formsOf(w));
      construct = !hasArticle(w) && (inSet(lex.orgHeads, w) || inSet(lex.chainNouns, w));
      continue;
    }
    if (nameA < 0 && !nameDone) {
      // a single word followed by a non-nisba definite word is a descriptive noun (`عملاق البرمجيات`)
      // unless the entities layer tagged it as a person (`الرئيس التنفيذي للمهرجان عبدالعزيز المهوس`)
      const nx = words[k + 1];
      if (nx && hasArticle(nx.n) && !coreForm(nx.n).endsWith('ي') && !hasArticle(w) && !persons?.has(t.i)) {
        roles.push(...formsOf(w));
        chain = true;
        construct = true;
        continue;
      }
      nameA = t.i;
      nameB = t.i;
      // a name right after an organisation head or a place noun is part of that name (`مركز الملك سلمان`)
      nameInGenitive = words.slice(0, k).some((x) => inSet(lex.orgHeads, x.n) || inSet(lex.chainNouns, x.n));
      chain = false;
      construct = false;
      // a definite word is a name of its own (`الليرات`), unless the entities layer reads on (`الفريدو زاموديو`)
      if (hasArticle(w) && !coreForm(w).endsWith('ي') && !(persons?.has(t.i) && words[k + 1] && persons.has(words[k + 1]!.i))) nameDone = true;
      continue;
    }
    chain = false;
    construct = false;
  }
  // several names in one phrase (`المتحدث باسم مركز الملك سلمان للإغاثة رأفت الصباغ`): the person is the last full name
  const later = laterName(words.filter((w) => !quoted.has(w.i)), nameB, lex);
  if (nameA >= 0 && later && !(nameB > nameA)) {
    return { kind: 'person', name: later, roles, head, headForms };
  }
  // a full name before its roles (`بندر المهنا الرئيس التنفيذي لمجموعة ناس`) is the person; one inside an organisation name is not
  if (nameA >= 0 && later && roles.length > 0 && nameInGenitive) return { kind: 'person', name: later, roles, head, headForms };
  // a definite common noun opening the phrase (`الجهاز التنفيذي الأوروبي`): the phrase as a whole is the name
  if (nameA === words[0]!.i && roles.length === 0 && hasArticle(words[0]!.n) && !coreForm(words[0]!.n).endsWith('ي')) {
    return { kind: 'unknown', name: { a: r.a, b: r.b }, roles, head, headForms };
  }
  if (nameA >= 0) return { kind: 'person', name: { a: nameA, b: nameB }, roles, head, headForms };
  // a role chain read over a name after a title (`المشرف على مركز ... الدكتور عبدالله الربيع`): the titled name
  const titled = head ? titledName(words, lex) : null;
  if (titled) return { kind: 'person', name: titled, roles, head, headForms };
  return { kind: head ? 'person' : 'unknown', name: null, roles, head, headForms };
}

/** The last name right after a title (`الدكتور`, `الشيخ`) inside a phrase: bare words and connectors, then one family name with ال. */
function titledName(words: readonly Tok[], lex: Lexicon): Range | null {
  let best: Range | null = null;
  for (let k = 1; k + 1 < words.length; k++) {
    if (!lex.honorifics.has(words[k]!.n)) continue;
    let e = k + 1;
    const first = words[e]!;
    if (hasArticle(first.n) || inSet(lex.roleWords, first.n) || lex.honorifics.has(first.n) || inSet(lex.orgHeads, first.n)) continue;
    while (e + 1 < words.length) {
      const nx = words[e + 1]!;
      if (lex.honorifics.has(nx.n) || inSet(lex.roleWords, nx.n) || inSet(lex.orgHeads, nx.n) || lex.npStop.has(nx.n)) break;
      if (lex.nameConnectors.has(nx.n) || lex.nameConnectors.has(words[e]!.n) || !hasArticle(nx.n)) {
        e++;
        continue;
      }
      e++;
      break;
    }
    best = { a: first.i, b: words[e]!.i };
    k = e;
  }
  return best;
}

/** A name of two or more bare words after token `after` (the end of the first name), or null. */
function laterName(words: readonly Tok[], after: number, lex: Lexicon): Range | null {
  let best: Range | null = null;
  let k = words.findIndex((w) => w.i > after);
  if (k < 0) return null;
  while (k < words.length) {
    const w = words[k]!;
    const prev = words[k - 1];
    // a bare word right after an organisation head or a place noun is its genitive (`مركز رصد النزوح`), and a
    // word with و is coordinated (`بسيناء ووجه بحري`): neither starts a name
    const genitive = prev !== undefined && (inSet(lex.orgHeads, prev.n) || inSet(lex.chainNouns, prev.n)) && !hasArticle(prev.n);
    const coordinated = w.n.length > 3 && w.n.startsWith('و') && !lex.nameConnectors.has(w.n);
    const bare = !genitive && !coordinated && !hasArticle(w.n) && !inSet(lex.roleWords, w.n) && !inSet(lex.orgHeads, w.n) && !inSet(lex.chainNouns, w.n) && !/^[بل]/u.test(w.n);
    if (!bare) {
      k++;
      continue;
    }
    let e = k;
    while (e + 1 < words.length) {
      const nx = words[e + 1]!;
      if (inSet(lex.roleWords, nx.n)) break;
      if (lex.nameConnectors.has(nx.n) || !hasArticle(nx.n) || lex.nameConnectors.has(words[e]!.n)) e++;
      else if (!inSet(lex.orgHeads, nx.n) && !inSet(lex.chainNouns, nx.n) && !lex.npStop.has(nx.n)) {
        // a family name with the article ends the name (`رأفت الصباغ`, `مصطفى الكاظمي`)
        e++;
        break;
      } else break;
    }
    if (e > k) best = { a: w.i, b: words[e]!.i };
    k = e + 1;
  }
  return best;
}

export interface SpeakerEntry {
  name: string;
  kind: SpeakerKind;
  entity?: number;
  nameCores: Set<string>;
  roles: Set<string>;
  head: string | null;
  /** Token position where it was named first. */
  at: number;
  /** Core forms of the name's words, in order (organisations). */
  words?: string[];
  /** Known so far only by a role phrase: a later name with the same role replaces it. */
  roleOnly?: boolean;
}

const WEAK = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ال', 'عبد', 'ولد']);

function nameCoresOf(toks: readonly Tok[], r: Range): Set<string> {
  const out = new Set<string>();
  for (let i = r.a; i <= r.b; i++) {
    const t = toks[i]!;
    if (t.k !== 'w') continue;
    const c = coreForm(t.n);
    if (c.length < 2 || WEAK.has(c)) continue;
    for (const f of formsOf(t.n)) out.add(f);
  }
  return out;
}

function wordCores(toks: readonly Tok[], r: Range): string[] {
  const out: string[] = [];
  for (let i = r.a; i <= r.b; i++) if (toks[i]!.k === 'w') out.push(coreForm(toks[i]!.n));
  return out;
}

function text(src: string, toks: readonly Tok[], r: Range): string {
  // trim quote marks and punctuation at the ends
  const [a, b] = trimEnds(toks, r.a, r.b);
  if (b < a) return '';
  return src.slice(toks[a]!.s, toks[b]!.e);
}

/** The article's speakers, built as statements are read in text order. */
export class SpeakerRegistry {
  readonly entries: SpeakerEntry[] = [];
  private readonly src: string;
  private readonly toks: readonly Tok[];
  private readonly lex: Lexicon;
  private readonly entities: readonly Entity[];

  constructor(src: string, toks: readonly Tok[], lex: Lexicon, entities: readonly Entity[] = []) {
    this.src = src;
    this.toks = toks;
    this.lex = lex;
    this.entities = entities;
    this.persons = personTokens(toks, entities);
  }

  /** Token indexes inside person mentions of the entities layer. */
  readonly persons: ReadonlySet<number>;

  /** The entity a phrase names, from the entities layer: a person inside it, an organisation at its start, or a role mention. */
  private entityFor(r: Range): number | null {
    if (this.entities.length === 0) return null;
    const s = this.toks[r.a]!.s;
    const e = this.toks[r.b]!.e;
    let org: number | null = null;
    let role: number | null = null;
    // several persons in one phrase (`المتحدث باسم مركز الملك سلمان ... رأفت الصباغ`): the last one speaks
    let person: number | null = null;
    let personAt = -1;
    for (const ent of this.entities) {
      for (const m of ent.mentions) {
        if (m.start >= s && m.end <= e) {
          if (ent.type === 'PERS' && (person === null || m.start > personAt)) {
            person = ent.id;
            personAt = m.start;
          }
          if (org === null && (ent.type === 'ORG' || ent.type === 'LOC') && m.start === s) org = ent.id;
        }
      }
      for (const m of ent.roleMentions ?? []) if (m.start < e && s < m.end && role === null) role = ent.id;
    }
    return person ?? org ?? role;
  }

  private entryForEntity(id: number, at: number): SpeakerEntry {
    let ent = this.entries.find((x) => x.entity === id);
    if (!ent) {
      const e = this.entities.find((x) => x.id === id)!;
      // the canonical name when the text has it as written, else the longest mention
      let name = e.name;
      if (!wholeWordsIn(this.src, name)) {
        // a mention cut inside a word (`ندر` for `بندر`): the longest mention grown to whole words
        let best = '';
        for (const m of e.mentions) {
          const w = this.wholeWords(m.start, m.end);
          if (w.length > best.length) best = w;
        }
        if (best) name = best;
      }
      // a name does not end in a connector (`عبد العزيز بن تركي بن`)
      const parts = name.split(/\s+/u);
      while (parts.length > 1 && this.lex.nameConnectors.has(normalizeText(parts[parts.length - 1]!))) parts.pop();
      name = parts.join(' ');
      const cores = new Set<string>();
      for (const w of e.name.split(/\s+/u)) if (w) for (const f of formsOf(normalizeText(w))) cores.add(f);
      ent = {
        name,
        kind: e.type === 'PERS' ? 'person' : 'organisation',
        entity: id,
        nameCores: cores,
        roles: new Set<string>(),
        head: null,
        at,
      };
      for (const r of e.roles) for (const w of r.split(/\s+/u)) if (w) for (const f of formsOf(normalizeText(w))) ent.roles.add(f);
      this.entries.push(ent);
    }
    return ent;
  }

  /** The text of the tokens overlapping [start, end), whole words (a leading و/ب/ل/ك/ف clitic dropped). */
  private wholeWords(start: number, end: number): string {
    let a = -1;
    let b = -1;
    for (const t of this.toks) {
      if (t.k !== 'w' || t.e <= start) continue;
      if (t.s >= end) break;
      if (a < 0) a = t.s;
      b = t.e;
    }
    if (a < 0) return '';
    // the mention began after a clitic (`لكاميرون` → `كاميرون`) when that shorter form stands alone elsewhere;
    // otherwise the letter is the word's own (`بندر`, not `ندر`)
    const cut = start - a;
    if (cut === 1 && /[وبلكف]/u.test(this.src[a]!) && start < end && wholeWordsIn(this.src, this.src.slice(start, b))) return this.src.slice(start, b);
    return this.src.slice(a, b);
  }

  /**
   * Resolve the phrase `r`. `lookAhead` lets a phrase match speakers named later (headline kickers).
   * Returns the entry (registering a new speaker when the phrase names one).
   */
  resolve(r: Range, lookAhead = false, current: SpeakerEntry | null = null, proclitic = false): SpeakerEntry | null {
    const reading = readPhrase(this.toks, r, this.lex, this.persons);
    const at = this.toks[r.a]!.i;
    // the entities layer helps where the phrase itself names no one (a role, a pronoun-like title);
    // a name read in the phrase is kept as written (the guideline wants an exact substring)
    const ent = reading.name === null || reading.kind === 'unknown' ? this.entityFor(r) : null;
    if (ent !== null) {
      const e = this.entryForEntity(ent, at);
      for (const c of reading.roles) e.roles.add(c);
      return e;
    }
    const phraseText = this.textOf(r, proclitic);
    if (!phraseText) return null;
    if (reading.kind === 'document') {
      // a report speaks for its publisher: `تقرير صادر عن الهيئة ...`; `التقرير` refers back to it
      let nWords = 0;
      for (let i = r.a; i <= r.b; i++) if (this.toks[i]!.k === 'w') nWords++;
      const pub = this.publisher(r, nWords === 1);
      if (pub) return pub;
      if (nWords === 1 && reading.head) {
        const prev = this.docs.get(reading.head);
        if (prev) return prev;
        // `وتابع البيان` after `أعلنت الوزارة في بيان`: the statement speaks for the current speaker
        if (current && this.toks[r.a]!.n.startsWith('ال')) return current;
      }
      return this.add({ name: phraseText, kind: 'document', nameCores: nameCoresOf(this.toks, r), roles: new Set(), head: reading.head, at });
    }
    if (reading.kind === 'anonymous') {
      return this.add({ name: phraseText, kind: reading.kind, nameCores: nameCoresOf(this.toks, r), roles: new Set(), head: reading.head, at });
    }
    if (reading.kind === 'organisation') {
      const cores = nameCoresOf(this.toks, r);
      // a back-reference (`المؤسسة`, `اللجنة`): the latest organisation with the same head word
      let nWords = 0;
      for (let i = r.a; i <= r.b; i++) if (this.toks[i]!.k === 'w') nWords++;
      if (nWords <= 1 && reading.head) {
        const prev = this.latest((x) => x.kind === 'organisation' && x.head === reading.head && x.at < at, lookAhead);
        if (prev) return prev;
        // not quoted before: its first mention in the narration (`أوصى مجلس إدارة شركة أسمنت ...` → `الشركة`)
        const ante = this.antecedent?.(reading.headForms.filter((f) => !f.startsWith('ال')), r.a);
        if (ante) {
          const words = wordCores(this.toks, ante);
          return this.add({ name: text(this.src, this.toks, ante), kind: 'organisation', nameCores: nameCoresOf(this.toks, ante), roles: new Set(), head: reading.head, at, words });
        }
      }
      // the same organisation: same head word, and one name's words all found in the other's
      const words = wordCores(this.toks, r);
      const sub = (x: string[], y: string[]) => x.every((w) => y.includes(w));
      const same = this.latest(
        (x) => x.kind === 'organisation' && x.words !== undefined && x.head === reading.head && (sub(words, x.words) || sub(x.words, words)),
        lookAhead,
      );
      if (same) {
        if (words.length > same.words!.length) {
          same.name = phraseText;
          same.words = words;
          for (const c of cores) same.nameCores.add(c);
        }
        return same;
      }
      return this.add({ name: phraseText, kind: 'organisation', nameCores: cores, roles: new Set(), head: reading.head, at, words });
    }
    if (reading.name) {
      const cores = nameCoresOf(this.toks, reading.name);
      const nameText = this.textOf(reading.name, proclitic && reading.name.a === r.a);
      // the same person: a name of one word found in the other, or the family names agree — a shared given
      // name alone (`ماجد بن عبدالله الحقيل`, `عبدالله الجهن`) is two people
      const lastCore = (r: Range): string | null => {
        for (let i = r.b; i >= r.a; i--) if (this.toks[i]!.k === 'w' && !WEAK.has(coreForm(this.toks[i]!.n))) return coreForm(this.toks[i]!.n);
        return null;
      };
      const last = lastCore(reading.name);
      let words = 0;
      for (let i = reading.name.a; i <= reading.name.b; i++) if (this.toks[i]!.k === 'w') words++;
      const same = this.latest((x) => {
        if (x.kind === 'anonymous' || x.kind === 'document' || overlap(x.nameCores, cores) === 0) return false;
        if (words === 1 || (last !== null && x.nameCores.has(last))) return true;
        const xw = x.name.split(/\s+/u).filter(Boolean);
        const xl = xw.length > 0 ? coreForm(normalizeText(xw[xw.length - 1]!)) : '';
        return xw.length === 1 || cores.has(xl);
      }, lookAhead);
      if (same) {
        // a fuller form of the same name replaces it (`راشد` → `راشد بن عبدالله آل خليفة`)
        const oldWords = same.name.split(/\s+/u).map((w) => normalizeText(w));
        const newWords = nameText.split(/\s+/u).map((w) => normalizeText(w));
        const covers = oldWords.every((w) => newWords.some((v) => v === w || coreForm(v) === coreForm(w)));
        if (newWords.length > oldWords.length && covers) same.name = nameText;
        for (const c of cores) same.nameCores.add(c);
        for (const c of reading.roles) same.roles.add(c);
        return same;
      }
      // a speaker first named only by a role (`وكيل المغنية`) and later by name with that role (`الوكيل مارك لوجسدون`)
      if (reading.head) {
        const placeholder = this.latest((x) => x.roleOnly === true && reading.headForms.some((f) => x.roles.has(f)), lookAhead);
        if (placeholder) {
          placeholder.name = nameText;
          placeholder.roleOnly = false;
          for (const c of cores) placeholder.nameCores.add(c);
          for (const c of reading.roles) placeholder.roles.add(c);
          return placeholder;
        }
      }
      const added = this.add({ name: nameText, kind: 'person', nameCores: cores, roles: new Set(reading.roles), head: reading.head, at });
      const id = this.entityFor(reading.name);
      if (id !== null && !this.entries.some((x) => x.entity === id)) added.entity = id;
      return added;
    }
    if (reading.head) {
      const roles = new Set(reading.roles);
      let best: SpeakerEntry | null = null;
      let bestScore = 0;
      const headForms = reading.headForms;
      for (const x of this.entries) {
        if (!headForms.some((f) => x.roles.has(f))) continue;
        if (!lookAhead && x.at > at) continue;
        const score = overlap(x.roles, roles) * 1000 + (x.at <= at ? x.at : -x.at);
        if (score > bestScore) {
          best = x;
          bestScore = score;
        }
      }
      if (best) return best;
      // not quoted yet: the person the entities layer gives this role (`مدير عام السجون` → the person named with it)
      const byRole = this.personWithRole(r);
      if (byRole !== null) {
        const e = this.entryForEntity(byRole, at);
        for (const c of reading.roles) e.roles.add(c);
        return e;
      }
      // named with that role in the narration before (`قدمها المدرب خالد حاجي` ... `وكشف المدرب`)
      const named = this.roleInNarration(r, reading);
      if (named) {
        for (const c of reading.roles) named.roles.add(c);
        return named;
      }
    }
    return this.add({
      name: phraseText,
      kind: reading.kind === 'unknown' ? 'unknown' : reading.kind,
      nameCores: new Set(),
      roles: new Set(reading.roles),
      head: reading.head,
      at,
      roleOnly: reading.head !== null,
    });
  }

  /** A person entity one of whose roles has all the role phrase's words (or the reverse), or null when none or several. */
  private personWithRole(r: Range): number | null {
    const words: string[] = [];
    for (let i = r.a; i <= r.b; i++) if (this.toks[i]!.k === 'w') words.push(coreForm(this.toks[i]!.n));
    if (words.length < 2) return null;
    let found: number | null = null;
    for (const e of this.entities) {
      if (e.type !== 'PERS') continue;
      for (const role of e.roles) {
        const rw = role.split(/\s+/u).filter(Boolean).map((w) => coreForm(normalizeText(w)));
        if (rw.length === 0) continue;
        const match = words.every((w) => rw.includes(w)) || (rw.length >= 2 && rw.every((w) => words.includes(w)));
        if (!match) continue;
        if (found !== null && found !== e.id) return null;
        found = e.id;
      }
    }
    return found;
  }

  /**
   * The text of a phrase; with `proclitic`, without the preposition glued to its first word (`وفقا لتقرير نشر`
   * → `تقرير نشر`; not `للأمم`, whose article the preposition has merged with).
   */
  private textOf(r: Range, proclitic: boolean): string {
    const t = text(this.src, this.toks, r);
    if (!proclitic) return t;
    const first = this.toks[r.a]!;
    if (first.k !== 'w' || first.n.length <= 4 || !/^[لب]/u.test(first.n) || first.n[1] === 'ل') return t;
    return t.startsWith(this.src.slice(first.s, first.e)) ? t.slice(1) : t;
  }

  /**
   * The fullest form of a person's name in the text (the guideline's "most specific mention"): `محمد العمري`
   * → `محمد أحمد العمري` when the text has the same first and last word with one or two bare words between,
   * and only one such form.
   */
  fullerName(e: SpeakerEntry): string {
    if (e.kind !== 'person') return e.name;
    const parts = e.name.split(/\s+/u).filter(Boolean).map((w) => normalizeText(w));
    if (parts.length < 2) return e.name;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const found = new Set<string>();
    for (let k = 0; k < this.toks.length; k++) {
      if (this.toks[k]!.n !== first) continue;
      for (let q = k + parts.length; q <= k + parts.length + 1 && q < this.toks.length; q++) {
        if (this.toks[q]!.n !== last) continue;
        let ok = true;
        for (let m = k + 1; m < q && ok; m++) {
          const t = this.toks[m]!;
          ok = t.k === 'w' && !hasArticle(t.n) && !inSet(this.lex.roleWords, t.n) && !this.lex.npStop.has(t.n) && !inSet(this.lex.orgHeads, t.n);
        }
        if (ok) found.add(this.src.slice(this.toks[k]!.s, this.toks[q]!.e));
      }
    }
    return found.size === 1 ? [...found][0]! : e.name;
  }

  /** Set by the caller: the end (exclusive) of the noun phrase starting at token `a`. */
  phraseEnd?: (a: number) => number;

  /**
   * A role phrase with no name (`المدرب`, `الأمين العام`): the person the text names with the same role word
   * before it (`بحضور الأمين العام لإدارة الأوقاف الأستاذ عبدالسلام الراجحي`), the nearest one first.
   */
  private roleInNarration(r: Range, reading: PhraseReading): SpeakerEntry | null {
    if (!this.phraseEnd || reading.head === null) return null;
    const head = reading.head;
    for (let k = r.a - 1; k >= 0; k--) {
      const t = this.toks[k]!;
      if (t.k !== 'w' || coreForm(t.n) !== head) continue;
      const e = this.phraseEnd(k);
      if (e <= k + 1) continue;
      const rd = readPhrase(this.toks, { a: k, b: e - 1 }, this.lex, this.persons);
      if (rd.kind !== 'person' || rd.name === null || rd.head !== head) continue;
      // a name of two words or more, or one the entities layer tags as a person
      let words = 0;
      let tagged = false;
      for (let q = rd.name.a; q <= rd.name.b; q++) {
        if (this.toks[q]!.k !== 'w') continue;
        words++;
        if (this.persons.has(q)) tagged = true;
      }
      if (words < 2 && !tagged) continue;
      return this.resolve({ a: k, b: rd.name.b });
    }
    return null;
  }

  /** Set by the caller: the narrative antecedent of an organisation back-reference. */
  antecedent?: (headForms: readonly string[], before: number) => Range | null;

  /** Documents by head word, pointing at their publisher. */
  private readonly docs = new Map<string, SpeakerEntry>();

  /**
   * `تقرير صادر عن X`, `الدراسة التي نشرها X`: X, resolved as a speaker; remembered for later `التقرير`.
   * A lone document noun with no publisher of its own (`وقالت الدراسة`) takes the publisher named at a
   * later mention of the same document word, when the text names none before.
   */
  private publisher(r: Range, lone = false): SpeakerEntry | null {
    const toks = this.toks;
    const head = readPhrase(toks, r, this.lex, this.persons).head;
    let k = this.publisherAfter(r.b);
    if (k < 0 && lone && head !== null && !this.docs.has(head)) {
      for (let q = r.b + 1; q < toks.length && k < 0; q++) if (toks[q]!.k === 'w' && coreForm(toks[q]!.n) === head) k = this.publisherAfter(q);
    }
    if (k < 0) return null;
    let e = k;
    while (e < toks.length && toks[e]!.k === 'w' && e - k < 8 && !this.lex.npStop.has(toks[e]!.n) && !this.lex.complementizers.has(toks[e]!.n)) e++;
    if (e === k) return null;
    const pub = this.resolve({ a: k, b: e - 1 });
    if (pub && head) this.docs.set(head, pub);
    return pub;
  }

  /** The token where the publisher's name starts after the document word at `b` (`صادر عن X`, `التي نشرها X`), or -1. */
  private publisherAfter(b: number): number {
    const toks = this.toks;
    const last = toks[b]!;
    const w = (i: number): string => (toks[i] !== undefined && toks[i]!.k === 'w' ? toks[i]!.n : '');
    if (last.k === 'w' && this.lex.publisherMarkers.has(last.n) && w(b + 1) === 'عن') return b + 2;
    if (this.lex.publisherMarkers.has(w(b + 1)) && w(b + 2) === 'عن') return b + 3;
    if (this.lex.relatives.has(w(b + 1)) && this.lex.publisherVerbs.has(w(b + 2))) return b + 3;
    return -1;
  }

  /** Does the phrase name a speaker already registered (by name)? */
  known(r: Range): boolean {
    const reading = readPhrase(this.toks, r, this.lex, this.persons);
    if (!reading.name) return false;
    const cores = nameCoresOf(this.toks, reading.name);
    return this.entries.some((x) => !x.roleOnly && overlap(x.nameCores, cores) > 0);
  }

  private latest(pred: (x: SpeakerEntry) => boolean, lookAhead: boolean): SpeakerEntry | null {
    void lookAhead;
    for (let k = this.entries.length - 1; k >= 0; k--) if (pred(this.entries[k]!)) return this.entries[k]!;
    return null;
  }

  private add(e: SpeakerEntry): SpeakerEntry {
    this.entries.push(e);
    return e;
  }
}

/** Does `name` occur in `src` as whole words (not inside a longer word)? */
function wholeWordsIn(src: string, name: string): boolean {
  if (!name) return false;
  const letter = /[\p{L}\p{M}\p{N}]/u;
  for (let i = src.indexOf(name); i >= 0; i = src.indexOf(name, i + 1)) {
    const before = i > 0 ? src[i - 1]! : ' ';
    const after = i + name.length < src.length ? src[i + name.length]! : ' ';
    if (!letter.test(after) && !letter.test(before)) return true;
  }
  return false;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n;
}

/** The Speaker value for an entry (null entry: an unresolved dropped subject). */
export function toSpeaker(e: SpeakerEntry | null): Speaker {
  if (!e) return { name: null, kind: 'unknown' };
  return e.entity !== undefined ? { name: e.name, entity: e.entity, kind: e.kind } : { name: e.name, kind: e.kind };
}
