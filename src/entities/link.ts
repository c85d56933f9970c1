/**
 * Within-article entity linking: tagged mentions are grouped into entities (a surname or partial name
 * with the full name, the same organisation or place under its clitic-bearing forms, an acronym given in
 * parentheses after its long form), each with a canonical name (the fullest form), roles found next to
 * person names, and later stand-alone uses of those roles (role mentions).
 */
import type { Entity, EntityType } from '../doc/doc.js';
import { span, type Span } from '../doc/span.js';
import { splitClitics } from '../text/clitics.js';
import { normalizeText } from '../text/normalize.js';
import { chunks } from './metrics.js';
import { loadRoleLexicon, roleAfter, rolesBefore, type RoleLexicon, type RolePhrase, type RoleWord } from './roles.js';

/** A token with its offsets in the text. */
export interface LinkToken {
  start: number;
  end: number;
  text: string;
  /** Punctuation or symbol. */
  punct: boolean;
}

export interface TaggedSentence {
  tokens: LinkToken[];
  labels: string[];
}

interface MentionInfo {
  span: Span;
  type: EntityType;
  sent: number;
  tokStart: number;
  tokEnd: number;
  /** Clitic-free keys of the words. */
  keys: string[];
  /** The mention as a name: leading conjunction/preposition dropped (لل → ال). */
  display: string;
  entity: number;
}

const TYPES = new Set<EntityType>(['PERS', 'ORG', 'LOC', 'MISC']);
const DROPPABLE = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/** Word keys already computed (a pure function of the word; dropped all at once past the limit). */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** A copy of `s` sharing no memory with the article text it may be a slice of (a cache key outlives it). */
function detached(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
}

/** Matching key of a word: normalized, without proclitics (conjunction, preposition, article). */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key !== undefined) return key;
  const parts = splitClitics(word);
  let kept = '';
  for (const p of parts) if (p.role !== 'proclitic') kept += p.text;
  key = normalizeText(kept || word);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(detached(word), key.length < 13 ? key : detached(key));
  return key;
}

/** A word as part of a name: leading conjunction and preposition dropped, the article kept (لل → ال). */
export function nameForm(word: string): string {
  const parts = splitClitics(word);
  let i = 0;
  let out = '';
  while (i < parts.length - 1 && parts[i]!.role === 'proclitic' && DROPPABLE.has(normalizeText(parts[i]!.text))) {
    // ل + ل (the article after ل) : keep the article as ال
    if (normalizeText(parts[i]!.text) === 'ل' && i + 1 < parts.length && parts[i + 1]!.role === 'proclitic' && normalizeText(parts[i + 1]!.text) === 'ل') {
      out = 'ا';
      i++;
      break;
    }
    i++;
  }
  return out + parts.slice(i).map((p) => p.text).join('');
}

/**
 * Offset (within `word`) where the name starts once a leading conjunction/preposition is dropped:
 * `والعراق` → 1, `لداعش` → 1; 0 when nothing is dropped or when dropping would cut the article (`للعراق`).
 */
export function nameOffset(word: string): number {
  const parts = splitClitics(word);
  let i = 0;
  while (i < parts.length - 1 && parts[i]!.role === 'proclitic' && DROPPABLE.has(normalizeText(parts[i]!.text))) {
    if (normalizeText(parts[i]!.text) === 'ل' && parts[i + 1]!.role === 'proclitic' && normalizeText(parts[i + 1]!.text) === 'ل') return 0;
    i++;
  }
  return i > 0 ? parts[i]!.start : 0;
}

function contains(long: readonly string[], short: readonly string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) {
    let ok = true;
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) ok = false;
    if (ok) return true;
  }
  return false;
}

function matches(type: EntityType, name: readonly string[], m: readonly string[]): boolean {
  if (m.length === name.length) return m.every((w, i) => w === name[i]);
  if (m.length > name.length || type === 'LOC') return false;
  return contains(name, m);
}

/**
 * Build the entities of an article from its tagged sentences. `text` is the article text the token
 * offsets point into. Entities come in order of first mention; `id` is the index.
 */
export function linkEntities(text: string, sentences: readonly TaggedSentence[], roleLex: RoleLexicon = loadRoleLexicon()): Entity[] {
  const mentions: MentionInfo[] = [];
  sentences.forEach((s, si) => {
    for (const c of chunks(s.labels)) {
      if (!TYPES.has(c.type as EntityType)) continue;
      const toks = s.tokens.slice(c.start, c.end);
      if (toks.every((t) => t.punct)) continue;
      const first = toks[0]!;
      const last = toks[toks.length - 1]!;
      const display = [nameForm(first.text), ...toks.slice(1).map((t) => t.text)].join(' ');
      mentions.push({
        span: span(text, first.start + nameOffset(first.text), last.end),
        type: c.type as EntityType,
        sent: si,
        tokStart: c.start,
        tokEnd: c.end,
        keys: toks.map((t) => wordKey(t.text)),
        display,
        entity: -1,
      });
    }
  });
  // acronyms: NAME ( X ) — X joins NAME's entity
  const acronymOf = new Map<MentionInfo, MentionInfo>();
  for (const m of mentions) {
    const toks = sentences[m.sent]!.tokens;
    const open = toks[m.tokEnd];
    const inner = toks[m.tokEnd + 1];
    const close = toks[m.tokEnd + 2];
    if (open?.text === '(' && close?.text === ')' && inner && !inner.punct && m.keys.length > 1) {
      let am = mentions.find((x) => x.sent === m.sent && x.tokStart === m.tokEnd + 1);
      if (!am) {
        am = { span: span(text, inner.start, inner.end), type: m.type, sent: m.sent, tokStart: m.tokEnd + 1, tokEnd: m.tokEnd + 2, keys: [wordKey(inner.text)], display: inner.text, entity: -1 };
        mentions.push(am);
      }
      acronymOf.set(am, m);
    }
  }
  // group: longest mentions first, then text order
  const order = [...mentions].sort((a, b) => b.keys.length - a.keys.length || a.span.start - b.span.start);
  const groups: { type: EntityType; name: string[]; display: string; members: MentionInfo[]; aliases: Set<string> }[] = [];
  for (const m of order) {
    if (acronymOf.has(m)) continue;
    let best = -1;
    let bestDist = Infinity;
    groups.forEach((g, gi) => {
      if (g.type !== m.type) return;
      if (!matches(m.type, g.name, m.keys) && !g.aliases.has(m.keys.join(' '))) return;
      const dist = Math.min(...g.members.map((x) => Math.abs(x.span.start - m.span.start)));
      if (dist < bestDist) {
        bestDist = dist;
        best = gi;
      }
    });
    if (best < 0) groups.push({ type: m.type, name: m.keys, display: m.display, members: [m], aliases: new Set() });
    else groups[best]!.members.push(m);
  }
  for (const [am, long] of acronymOf) {
    const g = groups.find((x) => x.members.includes(long));
    if (!g) continue;
    g.members.push(am);
    g.aliases.add(am.keys.join(' '));
  }
  // later bare uses of an acronym
  for (const m of order) {
    if (acronymOf.has(m) || m.keys.length !== 1) continue;
    const owner = groups.find((g) => g.aliases.has(m.keys[0]!) && !g.members.includes(m));
    if (!owner) continue;
    const from = groups.find((g) => g.members.includes(m));
    if (from && from !== owner && from.members.length === 1) {
      groups.splice(groups.indexOf(from), 1);
      owner.members.push(m);
    }
  }
  groups.sort((a, b) => Math.min(...a.members.map((x) => x.span.start)) - Math.min(...b.members.map((x) => x.span.start)));
  const entities: Entity[] = groups.map((g, id) => {
    g.members.sort((a, b) => a.span.start - b.span.start);
    for (const m of g.members) m.entity = id;
    return { id, type: g.type, name: g.display, roles: [], mentions: g.members.map((m) => m.span) };
  });
  attachRoles(text, sentences, mentions, entities, roleLex);
  return entities;
}

/** The words of sentence `sent` for the role finder; `norms` holds each sentence's normalized words once made. */
function roleWords(s: TaggedSentence, norms: Array<string[] | undefined>, mentions: readonly MentionInfo[], sent: number, except: MentionInfo | null): RoleWord[] {
  const person = new Uint8Array(s.tokens.length);
  for (const m of mentions) {
    if (m.sent !== sent || m.type !== 'PERS' || m === except) continue;
    for (let i = m.tokStart; i < m.tokEnd; i++) person[i] = 1;
  }
  const norm = (norms[sent] ??= s.tokens.map((t) => normalizeText(t.text)));
  return s.tokens.map((t, i) => ({ norm: norm[i]!, punct: t.punct, person: person[i] === 1 }));
}

function phraseSpan(text: string, s: TaggedSentence, p: RolePhrase): Span {
  const first = s.tokens[p.start]!;
  let start = first.start;
  if (p.conj) {
    const parts = splitClitics(first.text);
    if (parts.length > 1 && parts[0]!.role === 'proclitic') start += parts[0]!.end;
  }
  return span(text, start, s.tokens[p.end - 1]!.end);
}

function phraseKey(words: readonly RoleWord[], p: RolePhrase): string {
  const w = words.slice(p.start, p.end).map((x) => x.norm);
  if (p.conj) w[0] = w[0]!.slice(1);
  return w.join(' ');
}

function attachRoles(text: string, sentences: readonly TaggedSentence[], mentions: readonly MentionInfo[], entities: Entity[], lex: RoleLexicon): void {
  const taken = new Set<string>(); // "sent:start" of role phrases attached to a name
  const roleKeys = new Map<string, number[]>(); // role key → entities having it
  const norms: Array<string[] | undefined> = [];
  for (const m of mentions) {
    if (m.type !== 'PERS' || m.entity < 0) continue;
    const s = sentences[m.sent]!;
    const words = roleWords(s, norms, mentions, m.sent, m);
    const phrases = rolesBefore(lex, words, m.tokStart);
    const after = roleAfter(lex, words, m.tokEnd);
    if (after) phrases.push(after);
    const e = entities[m.entity]!;
    for (const p of phrases) {
      const sp = phraseSpan(text, s, p);
      const key = phraseKey(words, p);
      taken.add(`${m.sent}:${p.start}`);
      if (!e.roles.some((r) => normalizeText(r) === key)) e.roles.push(sp.text);
      const l = roleKeys.get(key) ?? [];
      if (!l.includes(e.id)) l.push(e.id);
      roleKeys.set(key, l);
    }
  }
  if (!roleKeys.size) return;
  // stand-alone role mentions: the same role phrase elsewhere, not attached to a name. The role
  // keys of two words or more, by first word; a word is tried against the keys starting with it or,
  // after a conjunction و/ف, with the rest of it (in the keys' order, as they were found).
  const byFirst = new Map<string, Array<{ kw: string[]; ids: number[]; order: number }>>();
  let order = 0;
  for (const [key, ids] of roleKeys) {
    const kw = key.split(' ');
    if (kw.length < 2) continue;
    let l = byFirst.get(kw[0]!);
    if (!l) byFirst.set(kw[0]!, (l = []));
    l.push({ kw, ids, order: order++ });
  }
  if (!byFirst.size) return;
  sentences.forEach((s, si) => {
    const words = roleWords(s, norms, mentions, si, null);
    for (let k = 0; k < words.length; k++) {
      const w0 = words[k]!.norm;
      const plain = byFirst.get(w0);
      const afterConj = w0.length > 1 && (w0[0] === 'و' || w0[0] === 'ف') ? byFirst.get(w0.slice(1)) : undefined;
      if (!plain && !afterConj) continue;
      if (taken.has(`${si}:${k}`)) continue;
      const cands = plain && afterConj ? [...plain, ...afterConj].sort((a, b) => a.order - b.order) : (plain ?? afterConj)!;
      for (const { kw, ids } of cands) {
        if (k + kw.length > words.length) continue;
        let conj = false;
        let ok = true;
        for (let j = 0; j < kw.length && ok; j++) {
          const w = words[k + j]!.norm;
          if (w === kw[j]) continue;
          if (j === 0 && w.length > 1 && (w[0] === 'و' || w[0] === 'ف') && w.slice(1) === kw[0]) conj = true;
          else ok = false;
        }
        if (!ok) continue;
        // a phrase that continues into a person name is that person's own role, not a reference
        if (words[k + kw.length]?.person) continue;
        const sp = phraseSpan(text, s, { start: k, end: k + kw.length, conj });
        const e = entities[ids[0]!]!;
        (e.roleMentions ??= []).push(sp);
      }
    }
  });
}

/** Known names for filling in untagged mentions: word-key sequences with their type. */
export interface NameIndex {
  /** First word key → [key sequence, type], longest first. */
  byFirst: Map<string, { keys: string[]; type: EntityType }[]>;
}

export function buildNameIndex(names: Iterable<{ words: readonly string[]; type: EntityType }>): NameIndex {
  const byFirst = new Map<string, { keys: string[]; type: EntityType }[]>();
  for (const n of names) {
    const keys = n.words.map(wordKey);
    if (!keys.length || keys.some((k) => !k)) continue;
    let l = byFirst.get(keys[0]!);
    if (!l) byFirst.set(keys[0]!, (l = []));
    if (!l.some((x) => x.keys.join(' ') === keys.join(' '))) l.push({ keys, type: n.type });
  }
  for (const l of byFirst.values()) l.sort((a, b) => b.keys.length - a.keys.length);
  return { byFirst };
}

const MIN_KEY = 3;

/**
 * Document-level consistency after tagging: a name the tagger found once (or a person's surname, or a
 * name from `known`) is also marked where it recurs untagged in the same article. Only runs of `O`
 * tokens are relabelled; returns new label arrays.
 */
export function propagateNames(sentences: readonly TaggedSentence[], known?: NameIndex): string[][] {
  const found: { words: string[]; type: EntityType }[] = [];
  for (const s of sentences) {
    for (const c of chunks(s.labels)) {
      if (!TYPES.has(c.type as EntityType)) continue;
      const words = s.tokens.slice(c.start, c.end).map((t) => t.text);
      found.push({ words, type: c.type as EntityType });
      if (c.type === 'PERS' && words.length > 1) found.push({ words: [words[words.length - 1]!], type: 'PERS' });
    }
  }
  const own = buildNameIndex(found);
  // a key tagged with two different types in the article is not propagated
  const typeOf = new Map<string, EntityType | null>();
  for (const l of own.byFirst.values()) {
    for (const x of l) {
      const k = x.keys.join(' ');
      const prev = typeOf.get(k);
      typeOf.set(k, prev === undefined || prev === x.type ? x.type : null);
    }
  }
  const indexes = known ? [own, known] : [own];
  return sentences.map((s) => {
    const labels = [...s.labels];
    const keys = s.tokens.map((t) => (t.punct ? '' : wordKey(t.text)));
    let i = 0;
    while (i < labels.length) {
      if (labels[i] !== 'O' || keys[i]!.length < MIN_KEY) {
        i++;
        continue;
      }
      let hit: { len: number; type: EntityType } | null = null;
      for (const idx of indexes) {
        for (const cand of idx.byFirst.get(keys[i]!) ?? []) {
          const n = cand.keys.length;
          if (i + n > labels.length) continue;
          let ok = true;
          for (let j = 0; j < n && ok; j++) ok = labels[i + j] === 'O' && keys[i + j] === cand.keys[j];
          if (labels[i + n]?.startsWith('I-')) ok = false;
          if (!ok) continue;
          const t = idx === own ? typeOf.get(cand.keys.join(' ')) : cand.type;
          if (t) hit = { len: n, type: t };
          break;
        }
        if (hit) break;
      }
      if (!hit) {
        i++;
        continue;
      }
      labels[i] = `B-${hit.type}`;
      for (let j = 1; j < hit.len; j++) labels[i + j] = `I-${hit.type}`;
      i += hit.len;
    }
    return labels;
  });
}
