/**
 * The naive baseline the issue compares against: a reporting verb from the lexicon followed within a
 * few words by أن/إن or a colon; the content runs to the end of the sentence; the speaker is whatever
 * words stand between the verb and the complementizer (null when none). No continuations, no roles,
 * no participles, no quotes, no headline.
 */
import type { Doc, Statement } from '../doc/doc.js';
import { loadLexicon } from './lexicon.js';
import { scan, stripConj } from './scan.js';

export function baselineStatements(doc: Doc): Statement[] {
  const lex = loadLexicon();
  const toks = scan(doc.text);
  const out: Statement[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'w') continue;
    const info = stripConj(t.n).map((f) => lex.cues.get(f)).find((x) => x !== undefined);
    if (!info || info.cat !== 'verb') continue;
    let j = i + 1;
    while (j < toks.length && j - i <= 6 && toks[j]!.k === 'w' && !lex.complementizers.has(toks[j]!.n)) j++;
    if (j >= toks.length || toks[j]!.sent !== t.sent) continue;
    const intro = toks[j]!;
    if (!(intro.k === 'w' && lex.complementizers.has(intro.n)) && intro.n !== ':') continue;
    let e = j + 1;
    while (e + 1 < toks.length && toks[e + 1]!.sent === t.sent) e++;
    while (e > j && toks[e]!.k !== 'w') e--;
    if (e <= j) continue;
    const c = { start: toks[j + 1]!.s, end: toks[e]!.e };
    const who = j > i + 1 ? { start: toks[i + 1]!.s, end: toks[j - 1]!.e } : null;
    out.push({
      speaker: who ? { name: doc.text.slice(who.start, who.end), kind: 'unknown' } : { name: null, kind: 'unknown' },
      mention: who ? { ...who, text: doc.text.slice(who.start, who.end) } : null,
      cue: { start: t.s, end: t.e, text: doc.text.slice(t.s, t.e), lemma: info.lemma },
      content: { ...c, text: doc.text.slice(c.start, c.end) },
      kind: intro.n === ':' ? 'direct' : 'indirect',
    });
    i = e;
  }
  return out;
}
