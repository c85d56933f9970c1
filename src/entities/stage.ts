/**
 * The `entities` pipeline stage: tags each sentence's tokens with the NER model (all sentences of the
 * article together, so the second pass can use names found elsewhere in it), then links the mentions
 * into entities with canonical names, roles and role mentions.
 */
import type { Doc, Token } from '../doc/doc.js';
import type { Stage } from '../pipeline/stage.js';
import { readMarkedLines } from './lexicon.js';
import { buildNameIndex, linkEntities, propagateNames, type LinkToken, type NameIndex, type TaggedSentence } from './link.js';
import { loadTagger } from './tagger.js';

/** Tokens of each sentence, in order (tokens outside every sentence are skipped). */
export function sentenceTokens(doc: Doc): Token[][] {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [{ start: 0, end: doc.text.length, text: doc.text }];
  const out: Token[][] = [];
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const cur: Token[] = [];
    let j = k;
    while (j < tokens.length && tokens[j]!.end <= s.end) cur.push(tokens[j++]!);
    if (cur.length) out.push(cur);
    k = j;
  }
  return out;
}

function toLinkToken(t: Token): LinkToken {
  return { start: t.start, end: t.end, text: t.text, punct: t.kind === 'punct' || t.kind === 'symbol' };
}

let known: NameIndex | null = null;

/** Unambiguous well-known organisation names (`data/entities/organisations.txt`, lines without ` ?`). */
export function knownNames(): NameIndex {
  if (!known) {
    const orgs = readMarkedLines('organisations.txt').filter((l) => !l.ambiguous);
    known = buildNameIndex(orgs.map((l) => ({ words: l.name.split(/\s+/).filter(Boolean), type: 'ORG' as const })));
  }
  return known;
}

/** Tag, make the tagging consistent across the article, and link. */
export function findEntities(doc: Doc): void {
  const sents = sentenceTokens(doc);
  const labels = loadTagger().tagDocument(sents.map((s) => s.map((t) => t.text)));
  const tagged: TaggedSentence[] = sents.map((s, i) => ({ tokens: s.map(toLinkToken), labels: labels[i]! }));
  const consistent = propagateNames(tagged, knownNames());
  doc.entities = linkEntities(
    doc.text,
    tagged.map((t, i) => ({ tokens: t.tokens, labels: consistent[i]! })),
  );
}

export const entitiesStage: Stage = {
  name: 'entities',
  reads: ['tokens', 'sentences'],
  writes: ['entities'],
  run(doc: Doc) {
    findEntities(doc);
  },
};
