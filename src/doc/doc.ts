/**
 * The document model. A `Doc` holds the original text (never rewritten) and typed layers of
 * standoff annotations. Pipeline stages read earlier layers and add their own.
 * The JSON form of a Doc is described by `schema/doc.schema.json` (see `SCHEMA_VERSION`).
 */
import type { Span } from './span.js';

export const SCHEMA_VERSION = 1 as const;

/** A problem in the input that did not stop processing (weekday contradicts date, ...). */
export interface DocWarning {
  code: string;
  message: string;
  span?: Span;
}

export type TokenKind =
  | 'word' // Arabic (or mixed Arabic) word, clitics attached
  | 'latin' // Latin-script word
  | 'number' // digits in any system, with decimals and thousands separators
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'punct'
  | 'symbol';

export interface Token extends Span {
  kind: TokenKind;
  /** Search form of the token (see text/normalize). */
  norm: string;
}

export type ParagraphRole =
  | 'kicker'
  | 'headline'
  | 'headline-repeat'
  | 'dateline'
  | 'tagline'
  | 'byline'
  | 'lead'
  | 'body'
  | 'subheading'
  | 'quote';

export interface Paragraph extends Span {
  role: ParagraphRole;
}

export type Sentence = Span;

/** A date or time expression found in the text (issue: dates and times). */
export interface DateExpression extends Span {
  /** ISO 8601 value (`2015-08-09`, `2015-08`, `2015-W32`, `2015-08-09T10:00+03:00`, or `START/END`); null when unresolved. */
  value: string | null;
  grain: 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'interval' | 'time';
  calendar: 'gregorian' | 'hijri' | 'none';
  relative: boolean;
  /** Why `value` is null, or how it was resolved. */
  note?: string;
}

export type EntityType = 'PERS' | 'ORG' | 'LOC' | 'MISC';

export interface Mention extends Span {
  /** Index of the entity in `doc.entities`. */
  entity?: number;
}

export interface Entity {
  id: number;
  type: EntityType;
  /** Canonical name: the fullest form the article gives. */
  name: string;
  roles: string[];
  mentions: Span[];
  /** Role mentions (title phrases) that refer to this entity, e.g. `القائد العام للقوات المسلحة`. */
  roleMentions?: Span[];
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** Resolved name: an entity's canonical name, an organisation, a document or an anonymous-source phrase. */
  name: string | null;
  /** Index into `doc.entities` when the speaker is an entity of the Doc. */
  entity?: number;
  kind?: 'person' | 'organisation' | 'document' | 'anonymous' | 'unknown';
}

export interface Statement {
  speaker: Speaker;
  /** The span naming the speaker at this statement, or null when the subject is dropped. */
  mention: Span | null;
  cue: Span & { lemma: string };
  content: Span;
  kind: StatementKind;
  type?: 'claim' | 'promise' | 'warning' | 'demand' | 'denial' | 'accusation' | 'condemnation';
  /** Who relayed the statement (`ونقلت عنه وكالة ...`), when not the speaker. */
  relay?: { name: string; span: Span } | null;
}

/** Article-level fields recovered by the reader (plain text, HTML, feeds). */
export interface ArticleLayer {
  kicker?: Span;
  headline?: Span;
  /** The dateline as written. */
  dateline?: Span;
  /** Publication instant, ISO 8601 with offset or Z. */
  published?: string;
  modified?: string;
  outlet?: string;
  section?: string;
  /** Outlet/section tag line as written (`العالم - العراق`). */
  tagline?: Span;
  byline?: Span;
  author?: string;
  place?: string;
  agency?: string;
  url?: string;
  canonicalUrl?: string;
  image?: string;
  language?: string;
  direction?: 'rtl' | 'ltr';
  lead?: Span;
  /** Body paragraphs (the lead included), in text order. */
  body: Span[];
}

export interface SourceInfo {
  path?: string;
  url?: string;
  encoding?: string;
  format?: 'text' | 'html' | 'jsonl' | 'feed';
  bytes?: number;
}

export interface Doc {
  schemaVersion: typeof SCHEMA_VERSION;
  text: string;
  source?: SourceInfo;
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  tokens?: Token[];
  article?: ArticleLayer;
  dates?: DateExpression[];
  entities?: Entity[];
  statements?: Statement[];
  warnings: DocWarning[];
}

export type LayerName = 'paragraphs' | 'sentences' | 'tokens' | 'article' | 'dates' | 'entities' | 'statements';

/** A new Doc over `text`. Line ends are the caller's business (the reader folds CRLF/CR before this). */
export function createDoc(text: string, source?: SourceInfo): Doc {
  const doc: Doc = { schemaVersion: SCHEMA_VERSION, text, warnings: [] };
  if (source) doc.source = source;
  return doc;
}

export function addWarning(doc: Doc, code: string, message: string, at?: Span): void {
  doc.warnings.push(at ? { code, message, span: at } : { code, message });
}
