/** The API's `Backend` over a rasid `Store` (SQLite or PostgreSQL): maps store rows to the API's JSON shapes. */
import type { Doc } from '../doc/doc.js';
import { asRasidError } from '../doc/errors.js';
import { overlaps } from '../doc/span.js';
import { normalizeText } from '../text/normalize.js';
import { toArticleInput } from '../store/rows.js';
import { search } from '../store/search.js';
import type { ArticleSummary as StoreArticle, Store, StoredStatement } from '../store/types.js';
import { analyzeRecord } from './analyze.js';
import type { ArticleSummary, Backend, FacetValue, IngestOutcome, IngestRecord, StatementView } from './types.js';

/** Most statements of one speaker read to draw the chart and count subjects. */
const SPEAKER_SCAN = 5000;
/** Most articles opened to find what a speaker's statements are about. */
const SUBJECT_ARTICLES = 60;

export function articleSummary(a: StoreArticle): ArticleSummary {
  return { id: a.id, title: a.title, outlet: a.outlet, published: a.published, url: a.url };
}

export function statementView(s: StoredStatement): StatementView {
  return {
    id: String(s.id),
    article: { id: s.articleId, title: s.title, outlet: s.outlet, published: s.published, url: null },
    speaker: s.speaker,
    cue: s.cue.text,
    content: s.content.text,
    kind: s.kind,
    type: s.type,
    start: s.content.start,
    end: s.content.end,
    date: s.published,
  };
}

function countBy(values: string[]): FacetValue[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([value, count]) => ({ value, count }));
}

/** Entities named inside the statements' content (other than the speaker), most frequent first. */
function subjectsOf(docs: Map<string, Doc>, statements: StoredStatement[], speaker: string): FacetValue[] {
  const self = normalizeText(speaker);
  const found: string[] = [];
  for (const s of statements) {
    const doc = docs.get(s.articleId);
    if (!doc?.entities) continue;
    const seen = new Set<string>();
    for (const e of doc.entities) {
      if (normalizeText(e.name) === self || seen.has(e.name)) continue;
      if (e.mentions.some((m) => overlaps(m, s.content))) {
        seen.add(e.name);
        found.push(e.name);
      }
    }
  }
  return countBy(found)
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, 12);
}

export function storeBackend(store: Store): Backend {
  return {
    async search(query, { offset, limit }) {
      const r = await search(store, query, { offset, limit, facets: 12 });
      return {
        query: r.query,
        total: r.total,
        offset,
        limit,
        facets: r.facets,
        hits: r.hits.map((h) => ({
          type: h.type,
          score: Number.isFinite(h.score) ? h.score : null,
          article: articleSummary(h.article),
          statement: h.statement ? statementView(h.statement) : null,
          snippet: {
            text: h.snippet.text,
            offset: h.snippet.start,
            highlights: h.snippet.highlights
              .map((s) => ({ start: s.start - h.snippet.start, end: s.end - h.snippet.start }))
              .filter((s) => s.start >= 0 && s.end <= h.snippet.text.length && s.start < s.end),
          },
        })),
      };
    },

    async article(id) {
      const a = await store.getArticle(id);
      if (!a) return null;
      let story = null;
      if (a.storyId !== null) {
        const s = await store.story(a.storyId);
        if (s && s.members.length > 1) {
          story = { id: String(s.id), size: s.articles, articles: s.members.filter((m) => m.id !== a.id).map(articleSummary) };
        }
      }
      return { article: articleSummary(a), story, doc: a.doc };
    },

    async speakers({ q, offset, limit }) {
      const rows = await store.speakers({ q, offset, limit: limit + 1 });
      const total = q ? null : (await store.stats()).speakers;
      return {
        total,
        offset,
        limit,
        more: rows.length > limit,
        items: rows.slice(0, limit).map((s) => ({ name: s.name, statements: s.statements, articles: s.articles, first: s.first, last: s.last })),
      };
    },

    async speaker(name, { offset, limit }) {
      const all = await store.speakerStatements(name, { limit: SPEAKER_SCAN });
      if (!all.length) return null;
      const days = countBy(all.map((s) => s.day).filter((d): d is string => d !== null)).sort((a, b) => a.value.localeCompare(b.value));
      const recent = [...new Set(all.map((s) => s.articleId).reverse())].slice(0, SUBJECT_ARTICLES);
      const docs = new Map<string, Doc>();
      for (const id of recent) {
        const a = await store.getArticle(id);
        if (a) docs.set(id, a.doc);
      }
      return {
        name: all[0]!.speaker ?? name,
        total: all.length,
        offset,
        limit,
        statements: all.slice(offset, offset + limit).map(statementView),
        days,
        subjects: subjectsOf(docs, all.filter((s) => docs.has(s.articleId)), name),
      };
    },

    async entities({ q, type, offset, limit }) {
      const rows = await store.entities({ q, type: type as 'PERS' | 'ORG' | 'LOC' | 'MISC' | undefined, offset, limit: limit + 1 });
      return { total: null, offset, limit, more: rows.length > limit, items: rows.slice(0, limit) };
    },

    async outlets() {
      return (await store.outlets()).map((o) => ({ name: o.outlet, articles: o.articles, statements: o.statements, first: o.first, last: o.last }));
    },

    async stories({ offset, limit }) {
      const rows = await store.stories({ offset, limit: limit + 1 });
      return {
        total: null,
        offset,
        limit,
        more: rows.length > limit,
        items: rows.slice(0, limit).map((s) => ({ id: String(s.id), title: s.title, size: s.articles, outlets: s.outlets, first: s.earliest })),
      };
    },

    async days(opts) {
      return store.countsByDay(opts);
    },

    async stats() {
      return store.stats();
    },

    async ingest(records: IngestRecord[]): Promise<IngestOutcome[]> {
      const out: IngestOutcome[] = [];
      const inputs = [];
      const slots: number[] = [];
      for (const [i, r] of records.entries()) {
        try {
          inputs.push(toArticleInput(analyzeRecord(r, 'request', i + 1), `request:${i + 1}`));
          slots.push(i);
          out.push({ index: i, status: 'failed', id: null, error: null });
        } catch (e) {
          const re = asRasidError(e);
          out.push({ index: i, status: 'failed', id: null, error: { code: re.code, message: re.message } });
        }
      }
      if (inputs.length) {
        const put = await store.putArticles(inputs);
        put.forEach((p, k) => {
          out[slots[k]!] = { index: slots[k]!, status: p.outcome === 'inserted' ? 'added' : p.outcome, id: p.id, error: null };
        });
      }
      return out;
    },
  };
}
