/**
 * The store: where analysed articles, their statements and entities are kept and searched.
 * Two back ends implement the same `Store` interface with the same behaviour: SQLite (embedded
 * default, one file, FTS5 over rasid's analysed terms) and PostgreSQL (tsvector over the same terms).
 * Open one with `openStore(url?)` from `./open.ts`; search with `search(store, query, opts)` from
 * `./search.ts` (parses the query, runs it, builds snippets whose highlights are spans of the original text).
 */
import type { Doc, EntityType, StatementKind } from '../doc/doc.js';
import type { Span } from '../doc/span.js';

export type StoreKind = 'sqlite' | 'postgres';

/** What happened to one article on `putArticles`. */
export type PutOutcome = 'inserted' | 'updated' | 'unchanged';

/** One analysed article ready to be written (built by `toArticleInput` in `./rows.ts`, in the ingest workers). */
export interface ArticleInput {
  /** URL when known, else `sha1:` + hash of the normalized text. */
  id: string;
  /** Hash of the text and article metadata: same id + same hash = nothing to do. */
  contentHash: string;
  doc: Doc;
  /** rasid's analysed search terms of the title and of the body (space separated, in text order). */
  titleTerms: string;
  bodyTerms: string;
  /** Analysed terms of each statement's content, parallel to `doc.statements`. */
  statementTerms: string[];
  /** MinHash signature of the normalized text (near-duplicate stories); empty when the text is too short. */
  signature: number[];
  /** MinHash signatures of each statement's content, parallel to `doc.statements`. */
  statementSignatures: number[][];
  /** Where it came from, for reports (`file.jsonl:12`). */
  origin?: string;
}

export interface PutResult {
  id: string;
  outcome: PutOutcome;
  storyId: number | null;
}

/** Article fields kept in columns (the full Doc is kept as JSON beside them). */
export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  section: string | null;
  author: string | null;
  /** ISO 8601 instant or date, as the article layer gives it. */
  published: string | null;
  /** `YYYY-MM-DD` of `published`, or null. */
  day: string | null;
  storyId: number | null;
  statements: number;
}

export interface StoredArticle extends ArticleSummary {
  contentHash: string;
  /** The Doc with every layer, as analysed (its `text` is the original text). */
  doc: Doc;
  ingestedAt: string;
}

export interface StoredStatement {
  /** Store-wide id of the statement. */
  id: number;
  articleId: string;
  /** Index in the article's `doc.statements`. */
  index: number;
  speaker: string | null;
  /** Canonical entity name of the speaker when the speaker is an entity of the article. */
  speakerEntity: string | null;
  speakerKind: string | null;
  cueLemma: string;
  /** Spans into the article's `doc.text`. */
  content: Span;
  cue: Span;
  mention: Span | null;
  kind: StatementKind;
  type: string | null;
  published: string | null;
  day: string | null;
  outlet: string | null;
  title: string | null;
  /** Group of the same statement reported by several outlets (null when alone). */
  groupId: number | null;
}

export interface SpeakerSummary {
  name: string;
  statements: number;
  articles: number;
  outlets: number;
  first: string | null;
  last: string | null;
}

export interface EntitySummary {
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
}

export interface OutletSummary {
  outlet: string;
  articles: number;
  statements: number;
  first: string | null;
  last: string | null;
}

export interface StorySummary {
  id: number;
  title: string | null;
  articles: number;
  outlets: string[];
  earliest: string | null;
}

export interface Story extends StorySummary {
  members: ArticleSummary[];
}

export interface StatementGroup {
  id: number;
  speaker: string | null;
  /** Content of the earliest member. */
  content: string;
  statements: number;
  outlets: string[];
  earliest: string | null;
  members: StoredStatement[];
}

export interface DayCount {
  day: string;
  articles: number;
  statements: number;
}

export interface StoreStats {
  articles: number;
  statements: number;
  speakers: number;
  entities: number;
  stories: number;
  outlets: number;
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

// ---- search ----

/** A parsed query (see `./query.ts`). Words and phrases are kept as typed; the store analyses them. */
export type QueryNode =
  | { op: 'term'; text: string; phrase: boolean }
  | { op: 'and'; items: QueryNode[] }
  | { op: 'or'; items: QueryNode[] }
  | { op: 'not'; item: QueryNode };

export interface QueryFilters {
  speaker?: string[];
  entity?: string[];
  outlet?: string[];
  type?: 'article' | 'statement';
  /** Inclusive `YYYY-MM-DD` bounds on the publication day. */
  from?: string;
  to?: string;
}

export interface ParsedQuery {
  /** The text part (null when the query only has filters); `not` nodes only appear inside an `and`. */
  root: QueryNode | null;
  filters: QueryFilters;
}

/**
 * A query compiled for a back end: every word and phrase replaced by rasid's analysed terms
 * (a node whose text analyses to nothing is dropped). Built by `./search.ts`.
 */
export type TermNode =
  | { op: 'phrase'; terms: string[] }
  | { op: 'and'; items: TermNode[] }
  | { op: 'or'; items: TermNode[] }
  | { op: 'not'; item: TermNode };

export interface SearchPlan {
  root: TermNode | null;
  filters: QueryFilters;
  limit: number;
  offset: number;
  /** Facet list length (0 = no facets). */
  facetLimit: number;
}

export interface RawHit {
  type: 'article' | 'statement';
  articleId: string;
  /** Statement id for statement hits. */
  statementId: number | null;
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  speakers: FacetCount[];
  entities: FacetCount[];
  outlets: FacetCount[];
  days: FacetCount[];
}

export interface RawSearchResult {
  total: number;
  hits: RawHit[];
  facets: Facets;
}

export interface Snippet {
  /** Offsets of the snippet in the article's `doc.text`. */
  start: number;
  end: number;
  text: string;
  /** Matched words, as spans of the article's `doc.text` (inside the snippet). */
  highlights: Span[];
}

export interface SearchHit {
  type: 'article' | 'statement';
  score: number;
  article: ArticleSummary;
  statement: StoredStatement | null;
  snippet: Snippet;
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Facet list length (default 10; 0 = none). */
  facets?: number;
}

export interface SearchResult {
  query: string;
  parsed: ParsedQuery;
  total: number;
  hits: SearchHit[];
  facets: Facets;
}

// ---- the interface ----

export interface Store {
  readonly kind: StoreKind;
  /** The location as given (file path or postgres URL without password). */
  readonly url: string;
  /** Apply pending migrations; returns the schema version now in force. `openStore` calls it. */
  migrate(): Promise<number>;
  close(): Promise<void>;

  /** Write a batch in one transaction (all or nothing), linking near-duplicate stories and statements. */
  putArticles(batch: ArticleInput[]): Promise<PutResult[]>;
  /** id → content hash of every stored article (lets ingest skip unchanged input before analysis). */
  knownHashes(): Promise<Map<string, string>>;
  deleteArticle(id: string): Promise<boolean>;

  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(opts?: ListOptions & { outlet?: string; from?: string; to?: string; storyId?: number }): Promise<ArticleSummary[]>;
  getStatement(id: number): Promise<StoredStatement | null>;
  /** Statements of the articles, keyed by statement id (used to build search hits). */
  getStatements(ids: number[]): Promise<StoredStatement[]>;
  getArticleSummaries(ids: string[]): Promise<ArticleSummary[]>;
  /** The original text of each article (id → text), for snippets. */
  getArticleTexts(ids: string[]): Promise<Map<string, string>>;

  /** Speakers by statement count (`q` filters by name, analysed like search). */
  speakers(opts?: ListOptions & { q?: string }): Promise<SpeakerSummary[]>;
  /** Statements whose speaker (or speaker entity) is `name` (exact after normalization), oldest first. */
  speakerStatements(name: string, opts?: ListOptions): Promise<StoredStatement[]>;
  entities(opts?: ListOptions & { type?: EntityType; q?: string }): Promise<EntitySummary[]>;
  outlets(): Promise<OutletSummary[]>;
  /** Stories with more than one article, largest first. */
  stories(opts?: ListOptions): Promise<StorySummary[]>;
  story(id: number): Promise<Story | null>;
  /** Statements reported by more than one article, largest first. */
  statementGroups(opts?: ListOptions): Promise<StatementGroup[]>;
  statementGroup(id: number): Promise<StatementGroup | null>;
  countsByDay(opts?: { from?: string; to?: string; outlet?: string }): Promise<DayCount[]>;
  stats(): Promise<StoreStats>;

  /** Count search facets in memory from now on (long-lived processes); loads the index. Optional. */
  useFacetIndex?(): Promise<void>;
  /** Low level: run a compiled plan. Use `search()` from `./search.ts`, which parses, compiles and adds snippets. */
  runSearch(plan: SearchPlan): Promise<RawSearchResult>;
}
