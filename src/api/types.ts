/**
 * What the HTTP API serves, as plain JSON shapes shared by the server (src/api) and the web UI (web/src).
 * `Backend` is the narrow port the routes call; `storeBackend()` (store-backend.ts) adapts the store to it.
 */
import type { Doc, StatementKind } from '../doc/doc.js';
import type { StoreStats } from '../store/types.js';

/** A highlighted range inside a snippet's own text (UTF-16 offsets into `Snippet.text`). */
export interface Highlight {
  start: number;
  end: number;
}

export interface Snippet {
  text: string;
  highlights: Highlight[];
  /** Offset of `text` in the article's original text, when known. */
  offset?: number;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface StatementView {
  id: string | null;
  article: ArticleSummary;
  speaker: string | null;
  cue: string;
  content: string;
  kind: StatementKind;
  type: string | null;
  /** Offsets of the content in the article text, for linking into the article page. */
  start: number | null;
  end: number | null;
  date: string | null;
}

export interface SearchHit {
  type: 'article' | 'statement';
  article: ArticleSummary;
  statement: StatementView | null;
  snippet: Snippet;
  score: number | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  speakers: FacetValue[];
  entities: FacetValue[];
  outlets: FacetValue[];
  days: FacetValue[];
}

export interface SearchResult {
  query: string;
  total: number;
  offset: number;
  limit: number;
  hits: SearchHit[];
  facets: Facets;
}

export interface ArticleView {
  article: ArticleSummary;
  /** Near-duplicate group (story) the article belongs to, with its other members. */
  story: { id: string; size: number; articles: ArticleSummary[] } | null;
  doc: Doc;
}

export interface SpeakerSummary {
  name: string;
  statements: number;
  articles: number | null;
  first: string | null;
  last: string | null;
}

export interface Page<T> {
  /** Total count when the store knows it cheaply, else null (use `more`). */
  total: number | null;
  offset: number;
  limit: number;
  /** True when there are items after this page. */
  more: boolean;
  items: T[];
}

export interface SpeakerView {
  name: string;
  total: number;
  offset: number;
  limit: number;
  /** Statements in date order (oldest first). */
  statements: StatementView[];
  /** Statements per day over all of the speaker's statements (not only this page). */
  days: FacetValue[];
  /** Entities and words the speaker's statements are most about. */
  subjects: FacetValue[];
}

export interface EntitySummary {
  name: string;
  type: string;
  articles: number;
  mentions: number | null;
}

export interface OutletSummary {
  name: string;
  articles: number;
  statements: number;
  first: string | null;
  last: string | null;
}

export interface StorySummary {
  id: string;
  title: string | null;
  size: number;
  outlets: string[];
  first: string | null;
}

export interface DayCount {
  day: string;
  articles: number;
  statements: number;
}

/** The store's counts, as served by `GET /api/stats`. */
export type Stats = StoreStats;

/** One article to ingest, as accepted by `POST /api/articles` (the JSONL record shape of `rasid ingest`). */
export interface IngestRecord {
  text?: string;
  title?: string;
  content?: string;
  html?: string;
  url?: string;
  source?: string;
  outlet?: string;
  author?: string;
  published?: string;
  date?: string;
  date_extracted?: string;
}

export interface IngestOutcome {
  index: number;
  status: 'added' | 'updated' | 'unchanged' | 'failed';
  id: string | null;
  error: { code: string; message: string } | null;
}

export interface ListOptions {
  offset: number;
  limit: number;
  q?: string;
}

/** The operations the API needs from a store. */
export interface Backend {
  search(query: string, opts: { offset: number; limit: number }): Promise<SearchResult>;
  article(id: string): Promise<ArticleView | null>;
  speakers(opts: ListOptions): Promise<Page<SpeakerSummary>>;
  speaker(name: string, opts: { offset: number; limit: number }): Promise<SpeakerView | null>;
  entities(opts: ListOptions & { type?: string }): Promise<Page<EntitySummary>>;
  outlets(): Promise<OutletSummary[]>;
  stories(opts: { offset: number; limit: number }): Promise<Page<StorySummary>>;
  days(opts: { outlet?: string; from?: string; to?: string }): Promise<DayCount[]>;
  stats(): Promise<Stats>;
  ingest(records: IngestRecord[]): Promise<IngestOutcome[]>;
}
