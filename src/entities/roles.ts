/**
 * Role phrases next to person names: a role head from `data/entities/roles.json` (رئيس، وزير، القائد العام،
 * المتحدث باسم ...) extended over its genitive complements up to the name (`رئيس الوزراء العراقي`,
 * `القائد العام للقوات المسلحة`), coordinated roles joined by و, and an apposition after the name
 * (`..., وزير الخارجية`).
 */
import { loadJson } from '../data/load.js';
import { normalizeText } from '../text/normalize.js';

export interface RoleLexicon {
  /** First head word → head word sequences starting with it (normalized), longest first. */
  heads: Map<string, string[][]>;
  breakers: Set<string>;
}

let cached: RoleLexicon | null = null;

export function buildRoleLexicon(heads: readonly string[], breakers: readonly string[]): RoleLexicon {
  const map = new Map<string, string[][]>();
  for (const h of heads) {
    const w = normalizeText(h).split(/\s+/).filter(Boolean);
    if (!w.length) continue;
    let l = map.get(w[0]!);
    if (!l) map.set(w[0]!, (l = []));
    l.push(w);
  }
  for (const l of map.values()) l.sort((a, b) => b.length - a.length);
  return { heads: map, breakers: new Set(breakers.map((b) => normalizeText(b))) };
}

export function loadRoleLexicon(): RoleLexicon {
  if (!cached) {
    const r = loadJson<{ heads: string[]; breakers: string[] }>('entities', 'roles.json');
    cached = buildRoleLexicon(r.heads, r.breakers);
  }
  return cached;
}

/** A word of a sentence as the role finder sees it. */
export interface RoleWord {
  /** Normalized form. */
  norm: string;
  /** True for punctuation and symbols. */
  punct: boolean;
  /** True when the word belongs to a person mention (other than the one being described). */
  person: boolean;
}

export interface RolePhrase {
  /** Token range `[start, end)`. */
  start: number;
  end: number;
  /** True when the first token carries a conjunction (و/ف) to drop from the phrase's text. */
  conj: boolean;
}

function stripConj(w: string): string | null {
  return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : null;
}

/** Length of the role head starting at token `k` (0 if none), and whether its first word carries و/ف. */
export function headAt(lex: RoleLexicon, words: readonly RoleWord[], k: number, limit: number): { len: number; conj: boolean } {
  const w = words[k];
  if (!w || w.punct) return { len: 0, conj: false };
  const tryForm = (first: string) => {
    const cands = lex.heads.get(first);
    if (!cands) return 0;
    for (const c of cands) {
      if (k + c.length > limit) continue;
      let ok = true;
      for (let j = 1; j < c.length; j++) if (words[k + j]!.norm !== c[j]) ok = false;
      if (ok) return c.length;
    }
    return 0;
  };
  const plain = tryForm(w.norm);
  if (plain) return { len: plain, conj: false };
  const bare = stripConj(w.norm);
  if (bare) {
    const n = tryForm(bare);
    if (n) return { len: n, conj: true };
  }
  return { len: 0, conj: false };
}

const MAX_SPAN = 8;

/** Role phrases ending right before the name at token `nameStart` (nearest last in the list order). */
export function rolesBefore(lex: RoleLexicon, words: readonly RoleWord[], nameStart: number): RolePhrase[] {
  const out: RolePhrase[] = [];
  let end = nameStart;
  for (;;) {
    let found = -1;
    let conj = false;
    for (let k = end - 1; k >= 0 && end - k <= MAX_SPAN; k--) {
      const w = words[k]!;
      if (w.punct || w.person || lex.breakers.has(w.norm)) break;
      const h = headAt(lex, words, k, end);
      if (h.len) {
        found = k;
        conj = h.conj;
        break;
      }
    }
    if (found < 0) break;
    // a head directly before, without a conjunction, belongs to the same phrase (نائب رئيس الوزراء)
    while (!conj && found > 0) {
      const h = headAt(lex, words, found - 1, end);
      if (!h.len || words[found - 1]!.person) break;
      found--;
      conj = h.conj;
    }
    out.unshift({ start: found, end, conj });
    if (!conj) break;
    end = found;
  }
  return out;
}

/** A role in apposition after the name: `name ، head ...` up to punctuation, a breaker or a person. */
export function roleAfter(lex: RoleLexicon, words: readonly RoleWord[], nameEnd: number): RolePhrase | null {
  const comma = words[nameEnd];
  if (!comma || !comma.punct || (comma.norm !== ',' && comma.norm !== '-')) return null;
  const k = nameEnd + 1;
  const h = headAt(lex, words, k, words.length);
  if (!h.len || h.conj) return null;
  let e = k + h.len;
  while (e < words.length && e - k < MAX_SPAN) {
    const w = words[e]!;
    if (w.punct || w.person || lex.breakers.has(w.norm)) break;
    e++;
  }
  return { start: k, end: e, conj: false };
}
