/**
 * `extractStatements(doc)`: every attributed statement of a Doc, with its speaker resolved.
 * Reads `doc.text`, and when present `doc.article` (kicker, headline) and `doc.entities`.
 */
import type { Doc, Statement } from '../doc/doc.js';
import { Extractor, type Candidate, type HeadlineInfo, type Range } from './extract.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { bareForms, scan, scanTokens, stripConj, trimEnds, type Tok } from './scan.js';
import { SpeakerRegistry, personTokens, readPhrase, toSpeaker, type SpeakerEntry } from './speaker.js';

function tokensIn(toks: readonly Tok[], start: number, end: number): Range | null {
  let a = -1;
  let b = -1;
  for (const t of toks) {
    if (t.s >= start && t.e <= end) {
      if (a < 0) a = t.i;
      b = t.i;
    } else if (t.s >= end) break;
  }
  return a < 0 ? null : { a, b };
}

/** Where the headline is and whether a kicker attributes it. */
function headlineInfo(doc: Doc, toks: readonly Tok[], ex: Extractor): HeadlineInfo | null {
  if (toks.length === 0) return null;
  const art = doc.article;
  if (art?.headline) {
    const h = tokensIn(toks, art.headline.start, art.headline.end);
    if (!h) return null;
    if (art.kicker) {
      const kr = tokensIn(toks, art.kicker.start, art.kicker.end);
      if (kr) {
        let colon = -1;
        let kb = kr.b;
        if (toks[kb]!.n === ':') {
          colon = kb;
          kb--;
        } else if (toks[kb + 1] && toks[kb + 1]!.n === ':' && kb + 1 < h.a) colon = kb + 1;
        const kicker = { a: kr.a, b: kb };
        if (kb >= kr.a && ex.kickerOk(kicker)) return { kicker, colon, content: h };
      }
    }
    return ex.inlineKicker(h.a, h.b);
  }
  // plain text without an article layer: the first line is the title (or a kicker ending in a colon)
  const line0 = toks[0]!.line;
  let e = 0;
  while (e + 1 < toks.length && toks[e + 1]!.line === line0) e++;
  if (toks[e]!.n === ':' && e > 0 && ex.kickerOk({ a: 0, b: e - 1 }) && e + 1 < toks.length) {
    const l1 = toks[e + 1]!.line;
    let f = e + 1;
    while (f + 1 < toks.length && toks[f + 1]!.line === l1) f++;
    return { kicker: { a: 0, b: e - 1 }, colon: e, content: { a: e + 1, b: f } };
  }
  return ex.inlineKicker(0, e);
}

function span(doc: Doc, toks: readonly Tok[], r: Range): { start: number; end: number; text: string } {
  const s = toks[r.a]!.s;
  const e = toks[r.b]!.e;
  return { start: s, end: e, text: doc.text.slice(s, e) };
}

/** The mention span without wrapping quote marks. */
function mentionSpan(doc: Doc, toks: readonly Tok[], r: Range): { start: number; end: number; text: string } | null {
  const [a, b] = trimEnds(toks, r.a, r.b);
  return b < a ? null : span(doc, toks, { a, b });
}

/** Does the phrase name a possible source: a person, a role, an organisation, a document, an anonymous source or an entity? */
function plausibleSource(toks: readonly Tok[], r: Range, lex: Lexicon, doc: Doc, persons: ReadonlySet<number>): boolean {
  const reading = readPhrase(toks, r, lex, persons);
  if (reading.kind === 'organisation' || reading.kind === 'anonymous' || reading.kind === 'document') return true;
  // a phrase opening with a role word (`المتحدث`), not a descriptive phrase read like one (`لخارطة الحاجة`, `حاجة الفريق`)
  const w0 = toks.slice(r.a, r.b + 1).find((t) => t.k === 'w');
  if (reading.head !== null && w0 && bareForms(w0.n).some((f) => lex.roleWords.has(f) || lex.honorifics.has(f))) return true;
  const s = toks[r.a]!.s;
  const e = toks[r.b]!.e;
  if (doc.entities?.some((en) => (en.type === 'PERS' || en.type === 'ORG') && en.mentions.some((m) => m.start >= s && m.end <= e))) return true;
  if (!reading.name) return false;
  const first = toks[reading.name.a]!;
  if (first.k !== 'w') return true;
  // a source glued to its preposition (`وفقا لخارطة ...`) must be a known kind of source or an entity: a bare word here is a thing
  if (reading.name.a === r.a && bareForms(first.n).length > 1 && /^[لب]/u.test(stripConj(first.n).at(-1)!)) return false;
  // a definite common noun (`المقاعد`) is not a name; a nisba family name (`الكاظمي`) is
  const definite = bareForms(first.n).some((f) => f.startsWith('ال'));
  return !definite || first.n.endsWith('ي');
}

function entityIn(doc: Doc, toks: readonly Tok[], r: Range): boolean {
  const s = toks[r.a]!.s;
  const e = toks[r.b]!.e;
  return doc.entities?.some((en) => (en.type === 'PERS' || en.type === 'ORG') && en.mentions.some((m) => m.start >= s && m.end <= e)) ?? false;
}

/** quotes[i]: the number of quote marks before token i (a quote opened at or after `a` is open at `i` when the difference is odd). */
function quoteCounts(toks: readonly Tok[]): number[] {
  const out = new Array<number>(toks.length + 1);
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    out[i] = n;
    if (toks[i]!.k === 'q') n++;
  }
  out[toks.length] = n;
  return out;
}

/**
 * The speaker a relative pronoun at token `rel` stands for: the nearest person mention of the entities
 * layer before it in its sentence (within 15 tokens), or for a feminine pronoun also an organisation.
 */
function relativeAntecedent(doc: Doc, toks: readonly Tok[], lex: Lexicon, rel: number, registry: SpeakerRegistry): SpeakerEntry | null {
  const gender = lex.relatives.get(toks[rel]!.n);
  if (!gender || !doc.entities) return null;
  let from = rel;
  while (from > 0 && rel - from < 15 && toks[from - 1]!.sent === toks[rel]!.sent) from--;
  const lo = toks[from]!.s;
  const hi = toks[rel]!.s;
  let best: { start: number; end: number } | null = null;
  for (const e of doc.entities) {
    if (e.type !== 'PERS' && !(gender === 'f' && e.type === 'ORG')) continue;
    for (const m of e.mentions) if (m.start >= lo && m.end <= hi && (!best || m.start > best.start)) best = m;
  }
  if (!best) return null;
  const r = tokensIn(toks, best.start, best.end);
  return r ? registry.resolve(r) : null;
}

/** Two candidates for the same content (a verb and a participle introducing it): keep the earlier cue. */
function dedupe(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const dup = out.find((o) => o.content.a === c.content.a && o.content.b === c.content.b);
    if (!dup) out.push(c);
  }
  return out;
}

export interface ExtractOptions {
  lexicon?: Lexicon;
}

/** Extract the statements of a Doc. */
export function extractStatements(doc: Doc, opts: ExtractOptions = {}): Statement[] {
  const lex = opts.lexicon ?? loadLexicon();
  // (the token layer, when the Doc has one, saves normalizing and matching the whole text again)
  const toks = doc.tokens ? scanTokens(doc.text, doc.tokens) : scan(doc.text);
  if (toks.length === 0) return [];
  const ex = new Extractor(doc.text, toks, lex);
  const persons = personTokens(toks, doc.entities ?? []);
  ex.persons = persons;
  ex.readName = (r) => {
    const p = readPhrase(toks, r, lex, persons);
    return p.name !== null && p.roles.length > 0;
  };
  ex.sourceLike = (r) => {
    const p = readPhrase(toks, r, lex, persons);
    if (p.kind === 'organisation' || p.kind === 'anonymous' || p.kind === 'document' || p.roles.length > 0 || entityIn(doc, toks, r)) return true;
    let words = 0;
    for (let i = r.a; i <= r.b; i++) if (toks[i]!.k === 'w') words++;
    return p.name !== null && words >= 2;
  };
  ex.roleOnly = (r) => {
    const p = readPhrase(toks, r, lex, persons);
    return p.kind === 'person' && p.name === null && p.head !== null;
  };
  // (a relative clause's own subject must name a possible source: `نسبته السلطات`, not `نسبته 145%`)
  const resumptive = ex.resumptiveCandidates().filter((c) => c.subject !== null && plausibleSource(toks, c.subject, lex, doc, persons));
  // a welcome of people (`رحب بالحضور`, `بالأمير نواف`) is a greeting, not a statement
  const greeting = (c: Candidate): boolean => {
    if (!lex.greetingLemmas.has(c.lemma)) return false;
    const t = toks[c.content.a]!;
    if (persons.has(t.i) || persons.has(t.i + 1)) return true;
    const w = t.n.startsWith('ب') ? t.n.slice(1) : t.n;
    return lex.audienceWords.has(w) || bareForms(t.n).some((f) => lex.audienceWords.has(f) || lex.roleWords.has(f) || lex.honorifics.has(f));
  };
  let cands = [...ex.verbCandidates(), ...ex.prepCandidates(), ...resumptive].filter((c) => !greeting(c));
  cands.sort((x, y) => x.cue.a - y.cue.a);
  cands = cands.concat(ex.quoteContinuations(cands));
  const hi = headlineInfo(doc, toks, ex);
  const head = hi ? ex.headline(hi) : null;
  if (head) cands = cands.filter((c) => c.content.b < head.content.a || c.content.a > head.content.b);
  cands.sort((x, y) => x.cue.a - y.cue.a || x.content.a - y.content.a);
  cands = dedupe(cands);
  // a postposed prepositional attribution inside another statement's content (`وأردف X: ... وحسب حاجة الفريق`)
  // is part of that content, unless it names the source of the whole statement at its end
  cands = cands.filter((c) => !(c.via === 'prep' && c.content.b < c.cue.a && cands.some((o) => o !== c && o.via !== 'prep' && o.content.a < c.cue.a && c.cue.b < o.content.b)));
  // a cue with no subject of its own inside another statement's quotation belongs to that quotation
  // (`"النزوح ... في ازدياد ويهدد بأن يصير أسوأ"`): it is not a new statement
  const quotes = quoteCounts(toks);
  const quotedFrames = cands.filter((o) => o.kind !== 'indirect');
  cands = cands.filter((c) => !(c.subject === null && c.via !== 'quote' && quotedFrames.some((o) => o !== c && o.content.a < c.cue.a && c.cue.b < o.content.b && (quotes[c.cue.a]! - quotes[Math.max(0, o.content.a - 1)]!) % 2 === 1)));

  const registry = new SpeakerRegistry(doc.text, toks, lex, doc.entities ?? []);
  registry.antecedent = (headForms, before) => ex.orgAntecedent(headForms, before);
  registry.phraseEnd = (a) => ex.phraseEnd(a);
  const resolved: { c: Candidate; who: SpeakerEntry | null }[] = [];
  const nestedSubject = (c: Candidate): SpeakerEntry | null => {
    for (let k = resolved.length - 1; k >= 0; k--) {
      const o = resolved[k]!.c;
      if (!ex.sameSentence(o.content.a, c.cue.a) || o.content.a >= c.cue.a) continue;
      const e = ex.phraseEnd(o.content.a);
      if (e <= o.content.a || e > c.cue.a) return null;
      return registry.resolve({ a: o.content.a, b: e - 1 });
    }
    return null;
  };
  let current: SpeakerEntry | null = null;
  let lastCue = -1;
  for (const c of cands) {
    let who: SpeakerEntry | null = null;
    // an honorific pronoun (`سموه`, `فضيلته`) is a mention of someone already in the text
    const pronoun = c.subject !== null && c.subject.a === c.subject.b && lex.honorificPronouns.has(toks[c.subject.a]!.n);
    // `حسب قوله`, `على حد تعبيره`: the source is the current speaker
    const ownWords = c.subject !== null && c.subject.a === c.subject.b && lex.nouns.has(toks[c.subject.a]!.n);
    if (c.subject && !pronoun && !ownWords) {
      // a prepositional source must name someone (`بحسب رويترز`), not a thing (`وفق المقاعد المتاحة`)
      if (c.via === 'prep' && !plausibleSource(toks, c.subject, lex, doc, persons)) continue;
      // (a prepositional source is read without its glued preposition: `وفقا لتقرير`)
      who = registry.resolve(c.speakerAt ?? c.subject, false, current, c.via === 'prep');
      // the role phrase before an apposed name is that person's role (`المشرف على ...، الدكتور مساعد الأحمد`)
      if (who && c.speakerAt) for (const f of readPhrase(toks, c.subject, lex, persons).roles) who.roles.add(f);
    } else if (c.asyndetic === true && (who = nestedSubject(c)) !== null) {
      // `وقال المصدر إن [مسؤولين في الكتائب حضروا ...] 27 عنصرا قالوا إن`: the subject opening the outer content speaks
    } else if (c.relative !== undefined && (who = relativeAntecedent(doc, toks, lex, c.relative, registry)) !== null) {
      // `... باهمام لوكالة الأنباء السعودية الذي أوضح أن`: the antecedent speaks
    } else {
      // a dropped subject: the current speaker, unless a narrative clause of this sentence (or, with no
      // current speaker, a recent one) names the subject (`واطلع الثقفي ...، مشدداً على`)
      // (a nested plural verb, `... 27 عنصرا قالوا إن`, looks for the subject of its own sentence first)
      const ownSentence = lastCue >= 0 && ex.sameSentence(lastCue, c.cue.a) && c.asyndetic !== true;
      if ((!ownSentence && !pronoun && !ownWords) || current === null) {
        const subs = ex.narrativeSubjects(c.cue.a, current === null ? 3 : 0);
        for (const r of subs) {
          // a narrative subject must carry a title, be an organisation or entity, or be a speaker already named
          const reading = readPhrase(toks, r, lex, persons);
          const titled = reading.kind === 'organisation' || (reading.roles.length > 0 && reading.head !== null);
          if (!titled && !registry.known(r) && !entityIn(doc, toks, r)) continue;
          who = registry.resolve(r);
          if (who) break;
        }
      }
      who ??= current;
    }
    // no one to attribute it to: not a statement we can report
    if (!who) continue;
    // a scripture citation (`قال تعالى`, `قال الله عز وجل`): spoken by الله, and not the speaker of what follows
    const scripture = c.subject !== null && toks.slice(c.subject.a, c.subject.b + 1).every((t) => t.k !== 'w' || stripConj(t.n).some((f) => lex.scripture.has(f)));
    if (scripture) {
      resolved.push({ c, who: { name: lex.scriptureSpeaker, kind: 'person', nameCores: new Set(), roles: new Set(), head: null, at: c.cue.a } });
      lastCue = c.cue.a;
      continue;
    }
    // a nested statement does not change who the article is quoting
    if (c.asyndetic !== true) current = who;
    lastCue = c.cue.a;
    resolved.push({ c, who });
  }
  if (head) {
    // a kicker names a speaker: one the body quotes, or a name, role or organisation phrase — not a topic (`السياحة:`)
    const before = registry.entries.length;
    const who = registry.resolve(head.subject!, true);
    const reading = readPhrase(toks, head.subject!, lex, persons);
    const words = toks.slice(head.subject!.a, head.subject!.b + 1).filter((t) => t.k === 'w');
    const topic = registry.entries.length > before && reading.kind !== 'organisation' && reading.roles.length === 0 && words.length === 1 && words[0]!.n.startsWith('ال');
    if (!topic) resolved.push({ c: head, who });
  }

  // each person once by the fullest form of the name in the text
  const fuller = new Map<SpeakerEntry, string>();
  for (const { who } of resolved) if (who && !fuller.has(who)) fuller.set(who, registry.fullerName(who));
  const out: Statement[] = [];
  for (const { c, who } of resolved) {
    if (c.content.b < c.content.a) continue;
    const cueSpan = span(doc, toks, c.cue);
    const st: Statement = {
      speaker: toSpeaker(who && fuller.get(who) !== who.name ? { ...who, name: fuller.get(who)! } : who),
      mention: c.subject ? mentionSpan(doc, toks, c.subject) : null,
      cue: { ...cueSpan, lemma: c.lemma },
      content: span(doc, toks, c.content),
      kind: c.kind,
    };
    if (c.type) st.type = c.type;
    if (c.relay) {
      const rs = mentionSpan(doc, toks, c.relay);
      if (rs) st.relay = { name: rs.text, span: rs };
    }
    out.push(st);
  }
  out.sort((x, y) => x.content.start - y.content.start || x.cue.start - y.cue.start);
  return out;
}
