/** Running the statement extractor (or the naive baseline) over a gold set and scoring it. */
import { createDoc, type Doc, type Statement } from '../doc/doc.js';
import { baselineStatements } from './baseline.js';
import { isHeldOut, type GoldArticle } from './gold.js';
import { scoreStatements, type Score, type ScoredStatement } from './score.js';
import { extractStatements } from './statements.js';

export type Split = 'all' | 'tune' | 'heldout';

export interface EvalOptions {
  split?: Split;
  baseline?: boolean;
  /** Builds the Doc of an article (the full pipeline); default: a bare Doc over the text. */
  analyze?: (text: string) => Doc;
}

export interface EvalResult {
  score: Score;
  /** Predictions per article id, in the reference scorer's PRED.jsonl shape. */
  predictions: { id: string; statements: { speaker: string | null; content: string; cue: string; kind: string }[] }[];
}

export function selectSplit(gold: readonly GoldArticle[], split: Split): GoldArticle[] {
  if (split === 'all') return [...gold];
  return gold.filter((g) => isHeldOut(g.id) === (split === 'heldout'));
}

export function evaluateGold(gold: readonly GoldArticle[], opts: EvalOptions = {}): EvalResult {
  const arts = selectSplit(gold, opts.split ?? 'all');
  const pred = new Map<string, ScoredStatement[]>();
  const predictions: EvalResult['predictions'] = [];
  for (const g of arts) {
    let sts: Statement[];
    if (opts.baseline) sts = baselineStatements(createDoc(g.text));
    else {
      const doc = opts.analyze ? opts.analyze(g.text) : createDoc(g.text);
      sts = doc.statements ?? extractStatements(doc);
    }
    pred.set(
      g.id,
      sts.map((s) => ({ content: s.content.text, speaker: s.speaker.name })),
    );
    predictions.push({
      id: g.id,
      statements: sts.map((s) => ({ speaker: s.speaker.name, content: s.content.text, cue: s.cue.text, kind: s.kind })),
    });
  }
  return { score: scoreStatements(arts, pred), predictions };
}
