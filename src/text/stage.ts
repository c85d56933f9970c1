/**
 * Pipeline stages of the text core: `tokens` (the whole text) and `sentences` (within each
 * paragraph of `doc.paragraphs` when the Doc has them, else over the whole text). The sentences
 * stage declares no input layer because paragraphs are optional for it.
 */
import type { Doc } from '../doc/doc.js';
import type { Span } from '../doc/span.js';
import type { Stage } from '../pipeline/stage.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export const tokensStage: Stage = {
  name: 'tokens',
  reads: [],
  writes: ['tokens'],
  run(doc: Doc) {
    doc.tokens = tokenize(doc.text);
  },
};

export const sentencesStage: Stage = {
  name: 'sentences',
  reads: [],
  writes: ['sentences'],
  run(doc: Doc) {
    const paras = doc.paragraphs;
    if (!paras || paras.length === 0) {
      doc.sentences = splitSentences(doc.text);
      return;
    }
    const ordered = [...paras].sort((a, b) => a.start - b.start || a.end - b.end);
    const out: Span[] = [];
    let covered = 0;
    for (const p of ordered) {
      const from = Math.max(p.start, covered);
      if (p.end <= from) continue;
      for (const s of splitSentences(doc.text, from, p.end)) out.push(s);
      covered = p.end;
    }
    doc.sentences = out;
  },
};
