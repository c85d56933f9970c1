/**
 * Entity-level exact-match scoring in the conlleval/seqeval convention: a chunk starts at `B-X`,
 * or at `I-X` after `O` or after a tag of another type; it ends before the next tag that does not continue it.
 */

export interface Chunk {
  start: number;
  end: number;
  type: string;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  pred: number;
  correct: number;
}

export interface NerScores extends Scores {
  perType: Record<string, Scores>;
}

/** The chunks of a BIO sequence, `end` exclusive. */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const p = t[0];
    const ty = t.length > 2 ? t.slice(2) : '';
    const continues = p === 'I' && start >= 0 && ty === type;
    if (start >= 0 && !continues) {
      out.push({ start, end: i, type });
      start = -1;
    }
    if (p === 'B' || (p === 'I' && start < 0)) {
      start = i;
      type = ty;
    }
  }
  return out;
}

function prf(correct: number, gold: number, pred: number): Scores {
  const precision = pred ? correct / pred : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, pred, correct };
}

/** Score predicted tag sequences against gold ones (same lengths, sentence by sentence). */
export function scoreNer(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): NerScores {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { g: 0, p: 0, c: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]!);
    const p = chunks(pred[s] ?? []);
    const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
    const gs = new Set(g.map(key));
    for (const c of g) get(c.type).g++;
    for (const c of p) {
      const e = get(c.type);
      e.p++;
      if (gs.has(key(c))) e.c++;
    }
  }
  let G = 0;
  let P = 0;
  let C = 0;
  const perType: Record<string, Scores> = {};
  for (const t of [...counts.keys()].sort()) {
    const e = counts.get(t)!;
    perType[t] = prf(e.c, e.g, e.p);
    G += e.g;
    P += e.p;
    C += e.c;
  }
  return { ...prf(C, G, P), perType };
}
