/**
 * Search: parse the query, analyse its words with rasid's analyzer (the same terms the index holds),
 * run it on the store, and build each hit's snippet with highlights as spans of the original text.
 */
import { RasidError } from '../doc/errors.js';
import { span } from '../doc/span.js';
import type { Span } from '../doc/span.js';
import { parseQuery } from './query.js';
import { termsOf } from './terms.js';
import type { ParsedQuery, QueryNode, SearchHit, SearchOptions, SearchPlan, SearchResult, Snippet, Store, TermNode } from './types.js';

export const SNIPPET_LENGTH = 240;
export const MAX_LIMIT = 200;

/** Replace words and phrases by their analysed terms; parts that analyse to nothing are dropped. */
export function compileQuery(node: QueryNode | null): TermNode | null {
  if (!node) return null;
  switch (node.op) {
    case 'term': {
      const all = termsOf(node.text);
      // A loose word group drops its stop words unless it has nothing else; a phrase keeps them.
      const kept = node.phrase || all.every((t) => t.stop) ? all : all.filter((t) => !t.stop);
      const terms = kept.map((t) => t.term);
      return terms.length ? { op: 'phrase', terms } : null;
    }
    case 'and':
    case 'or': {
      const items = node.items.map(compileQuery).filter((n): n is TermNode => n !== null);
      if (items.length === 0) return null;
      return items.length === 1 ? items[0]! : { op: node.op, items };
    }
    case 'not': {
      const item = compileQuery(node.item);
      return item ? { op: 'not', item } : null;
    }
  }
}

/** What may be highlighted: the term sequences of every word and phrase not under an exclusion. */
export function positivePhrases(node: TermNode | null, out: string[][] = []): string[][] {
  if (!node) return out;
  if (node.op === 'phrase') out.push(node.terms);
  else if (node.op === 'and' || node.op === 'or') node.items.forEach((n) => positivePhrases(n, out));
  return out;
}

/** Spans of `text[from, to)` where one of the phrases occurs (a phrase of several words is one span). */
export function findPhrases(text: string, phrases: readonly string[][], from = 0, to = text.length): Span[] {
  if (!phrases.length) return [];
  const terms = termsOf(text.slice(from, to));
  const found: Span[] = [];
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) if (p.length) byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
  let covered = -1;
  for (let i = 0; i < terms.length; i++) {
    const cands = byFirst.get(terms[i]!.term);
    if (!cands || terms[i]!.start < covered) continue;
    let best = 0;
    for (const p of cands) {
      if (p.length <= best || i + p.length > terms.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = terms[i + k]!.term === p[k];
      if (ok) best = p.length;
    }
    if (!best) continue;
    const s = from + terms[i]!.start;
    const e = from + terms[i + best - 1]!.end;
    found.push(span(text, s, e));
    covered = terms[i + best - 1]!.end;
  }
  return found;
}

function hasFilters(p: ParsedQuery): boolean {
  const f = p.filters;
  return !!(f.speaker?.length || f.entity?.length || f.outlet?.length || f.from || f.to || f.type);
}

function hasPositive(node: TermNode | null): boolean {
  if (!node) return false;
  if (node.op === 'not') return false;
  if (node.op === 'and') return node.items.some(hasPositive);
  return true;
}

/** Build the plan a store runs. Throws E_QUERY_INVALID when there is nothing to search for. */
export function planSearch(parsed: ParsedQuery, opts: SearchOptions = {}): SearchPlan {
  const root = compileQuery(parsed.root);
  if (!hasPositive(root) && !hasFilters(parsed)) {
    throw new RasidError('E_QUERY_INVALID', {
      detail: parsed.root ? 'no searchable word in the query (only exclusions or punctuation)' : 'the query is empty',
    });
  }
  const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? 20)));
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  return { root, filters: parsed.filters, limit, offset, facetLimit: Math.max(0, Math.min(100, Math.floor(opts.facets ?? 10))) };
}

function snapStart(text: string, i: number, floor: number): number {
  let k = Math.max(floor, i);
  while (k > floor && !/\s/u.test(text[k - 1]!)) k--;
  return k;
}
function snapEnd(text: string, i: number, ceil: number): number {
  let k = Math.min(ceil, i);
  while (k < ceil && !/\s/u.test(text[k]!)) k++;
  return k;
}

/**
 * A snippet of `text[from, to)` around the densest run of matched terms; highlights are spans of
 * `text` (the article's original text).
 */
export function makeSnippet(text: string, phrases: readonly string[][], from = 0, to = text.length, length = SNIPPET_LENGTH): Snippet {
  const matches = findPhrases(text, phrases, from, to);
  let start = from;
  if (matches.length) {
    let best = 0;
    let bestCount = -1;
    for (let i = 0; i < matches.length; i++) {
      const winStart = Math.max(from, matches[i]!.start - 40);
      let c = 0;
      for (let j = i; j < matches.length && matches[j]!.end <= winStart + length; j++) c++;
      if (c > bestCount) {
        bestCount = c;
        best = winStart;
      }
    }
    start = best;
  }
  start = start > from ? snapStart(text, start, from) : from;
  let end = Math.min(to, start + length);
  end = end < to ? snapEnd(text, end, to) : to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end), highlights: matches.filter((m) => m.start >= start && m.end <= end) };
}

/** Search `store` with a query string (or an already parsed query). */
export async function search(store: Store, query: string | ParsedQuery, opts: SearchOptions = {}): Promise<SearchResult> {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const plan = planSearch(parsed, opts);
  const raw = await store.runSearch(plan);
  const terms = positivePhrases(plan.root);
  const articleIds = [...new Set(raw.hits.map((h) => h.articleId))];
  const statementIds = raw.hits.map((h) => h.statementId).filter((x): x is number => x !== null);
  const [summaries, statements, texts] = await Promise.all([
    store.getArticleSummaries(articleIds),
    store.getStatements(statementIds),
    store.getArticleTexts(raw.hits.filter((h) => h.type === 'article').map((h) => h.articleId)),
  ]);
  const sumById = new Map(summaries.map((s) => [s.id, s]));
  const stById = new Map(statements.map((s) => [s.id, s]));
  const hits: SearchHit[] = [];
  for (const h of raw.hits) {
    const article = sumById.get(h.articleId);
    if (!article) continue;
    if (h.type === 'statement') {
      const st = h.statementId !== null ? stById.get(h.statementId) : undefined;
      if (!st) continue;
      // The statement's content as a text of its own, offsets shifted back to the article's text.
      const local = makeSnippet(st.content.text, terms, 0, st.content.text.length, Math.max(SNIPPET_LENGTH, 400));
      const shift = st.content.start;
      const snippet: Snippet = {
        start: local.start + shift,
        end: local.end + shift,
        text: local.text,
        highlights: local.highlights.map((m) => ({ start: m.start + shift, end: m.end + shift, text: m.text })),
      };
      hits.push({ type: 'statement', score: h.score, article, statement: st, snippet });
    } else {
      const text = texts.get(h.articleId) ?? '';
      hits.push({ type: 'article', score: h.score, article, statement: null, snippet: makeSnippet(text, terms) });
    }
  }
  return { query: typeof query === 'string' ? query : '', parsed, total: raw.total, hits, facets: raw.facets };
}
