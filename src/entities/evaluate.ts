/** Evaluating the tagger on a gold CoNLL file (entity-level exact match, conlleval convention). */
import { readConll, type ConllSentence } from './conll.js';
import { scoreNer, type NerScores } from './metrics.js';
import { loadTagger, type Tagger } from './tagger.js';

export interface NerEvaluation {
  scores: NerScores;
  sentences: { tokens: string[]; gold: string[]; pred: string[] }[];
  tokens: number;
  /** Tagging time only (the model already loaded). */
  seconds: number;
  tokensPerSecond: number;
}

/** Tag gold sentences (in file order, as one running document) and score them. */
export function evaluateSentences(gold: readonly ConllSentence[], tagger: Tagger = loadTagger()): NerEvaluation {
  const tokens = gold.reduce((n, s) => n + s.tokens.length, 0);
  const t0 = performance.now();
  const pred = tagger.tagDocument(gold.map((s) => s.tokens));
  const seconds = (performance.now() - t0) / 1000;
  return {
    scores: scoreNer(
      gold.map((s) => s.tags),
      pred,
    ),
    sentences: gold.map((s, i) => ({ tokens: s.tokens, gold: s.tags, pred: pred[i]! })),
    tokens,
    seconds,
    tokensPerSecond: seconds > 0 ? tokens / seconds : 0,
  };
}

export function evaluateFile(path: string, tagger?: Tagger): NerEvaluation {
  return evaluateSentences(readConll(path), tagger ?? loadTagger());
}

/** Human-readable table of the scores. */
export function formatNer(e: NerEvaluation): string {
  const f = (x: number) => (100 * x).toFixed(2).padStart(6);
  const s = e.scores;
  const lines = ['type      precision  recall      F1   gold   pred'];
  for (const [t, v] of Object.entries(s.perType)) {
    lines.push(`${t.padEnd(8)}  ${f(v.precision)}     ${f(v.recall)}  ${f(v.f1)}  ${String(v.gold).padStart(5)}  ${String(v.pred).padStart(5)}`);
  }
  lines.push(`${'micro'.padEnd(8)}  ${f(s.precision)}     ${f(s.recall)}  ${f(s.f1)}  ${String(s.gold).padStart(5)}  ${String(s.pred).padStart(5)}`);
  lines.push(`tokens ${e.tokens}, tagged in ${e.seconds.toFixed(3)} s (${Math.round(e.tokensPerSecond)} tokens/s)`);
  return lines.join('\n');
}
