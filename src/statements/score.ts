/**
 * Scoring attributed statements against gold, exactly as `GUIDELINES.md` ("Scoring") defines it:
 * contents compared as bags of normalized tokens (F1 ≥ 0.5), greedy one-to-one matching per article
 * by descending F1 (ties: earlier gold, then earlier prediction), micro P/R/F1, and speaker accuracy
 * over matched pairs with whole-token containment.
 */

/** Harakat, Quranic marks and tatweel, as the reference scorer strips them. */
const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
/** Anything that is not a letter, a number or white space (and the underscore). */
const PUNCT = /[^\p{L}\p{N}\s]|_/gu;

/** The scoring normalization: strip harakat and tatweel, أإآٱ→ا, ى→ي, ة→ه. */
export function scoreNormalize(s: string | null | undefined): string {
  return (s ?? '').replace(HARAKAT, '').replace(/[أإآٱ]/gu, 'ا').replace(/ى/gu, 'ي').replace(/ة/gu, 'ه');
}

/** Content tokens: normalized, punctuation and quote marks removed, split on white space. */
export function scoreTokens(s: string | null | undefined): string[] {
  return scoreNormalize(s).replace(PUNCT, ' ').split(/\s+/u).filter(Boolean);
}

/** Bag-of-tokens F1 of two contents. */
export function contentF1(pred: string, gold: string): number {
  const p = scoreTokens(pred);
  const g = scoreTokens(gold);
  if (p.length === 0 || g.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const prec = common / p.length;
  const rec = common / g.length;
  return (2 * prec * rec) / (prec + rec);
}

/**
 * Is the predicted speaker right? Equal to the gold speaker or the gold mention, or contained in the gold
 * speaker or containing it on whole tokens. A null or empty prediction is wrong.
 */
export function speakerCorrect(pred: string | null | undefined, goldSpeaker: string | null, goldMention: string | null): boolean {
  const pt = scoreTokens(pred).join(' ');
  if (!pt) return false;
  if (goldSpeaker === null) return false;
  const gs = scoreTokens(goldSpeaker).join(' ');
  const gm = goldMention ? scoreTokens(goldMention).join(' ') : null;
  if (pt === gs || (gm !== null && pt === gm)) return true;
  return ` ${gs} `.includes(` ${pt} `) || ` ${pt} `.includes(` ${gs} `);
}

export interface ScoredStatement {
  content: string;
  speaker?: string | null;
}
export interface GoldStatement {
  content: string;
  speaker: string | null;
  speaker_mention: string | null;
  kind?: string;
}

/** Greedy one-to-one matching: [predIndex, goldIndex, f1] triples. */
export function matchStatements(preds: readonly ScoredStatement[], golds: readonly GoldStatement[]): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  const gt = golds.map((g) => g.content);
  for (let i = 0; i < preds.length; i++) {
    for (let j = 0; j < golds.length; j++) {
      const s = contentF1(preds[i]!.content ?? '', gt[j]!);
      if (s >= 0.5) pairs.push([i, j, s]);
    }
  }
  pairs.sort((x, y) => y[2] - x[2] || x[1] - y[1] || x[0] - y[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number, number][] = [];
  for (const [i, j, s] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j, s]);
  }
  return out;
}

export interface ArticleScore {
  id: string;
  gold: number;
  predicted: number;
  matched: number;
  speakerOk: number;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
  gold: number;
  predicted: number;
  matched: number;
  speakerCorrect: number;
  /** Recall by gold kind: matched / gold. */
  recallByKind: Record<string, { matched: number; gold: number }>;
  articles: ArticleScore[];
}

/** Score predictions (by article id; a missing article predicts nothing) against gold articles. */
export function scoreStatements(
  gold: readonly { id: string; statements: readonly GoldStatement[] }[],
  pred: ReadonlyMap<string, readonly ScoredStatement[]>,
): Score {
  let nGold = 0;
  let nPred = 0;
  let nMatch = 0;
  let nSpk = 0;
  const byKind: Record<string, { matched: number; gold: number }> = {};
  const articles: ArticleScore[] = [];
  for (const g of gold) {
    const ps = pred.get(g.id) ?? [];
    const gs = g.statements;
    const m = matchStatements(ps, gs);
    let ok = 0;
    for (const [i, j] of m) if (speakerCorrect(ps[i]!.speaker, gs[j]!.speaker, gs[j]!.speaker_mention)) ok++;
    for (const s of gs) {
      const k = s.kind ?? 'unknown';
      (byKind[k] ??= { matched: 0, gold: 0 }).gold++;
    }
    for (const [, j] of m) byKind[gs[j]!.kind ?? 'unknown']!.matched++;
    nGold += gs.length;
    nPred += ps.length;
    nMatch += m.length;
    nSpk += ok;
    articles.push({ id: g.id, gold: gs.length, predicted: ps.length, matched: m.length, speakerOk: ok });
  }
  const precision = nPred ? nMatch / nPred : 0;
  const recall = nGold ? nMatch / nGold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    speakerAccuracy: nMatch ? nSpk / nMatch : 0,
    gold: nGold,
    predicted: nPred,
    matched: nMatch,
    speakerCorrect: nSpk,
    recallByKind: byKind,
    articles,
  };
}
