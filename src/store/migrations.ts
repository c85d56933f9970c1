/**
 * Versioned schema migrations, one list per back end. A migration is applied once, in order, inside
 * a transaction, and recorded in `schema_migrations`. Append new versions; never edit an applied one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'articles, statements, entities, mentions, stories, statement groups, LSH buckets, FTS5 indexes',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE stories (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE statement_groups (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  content_hash TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  outlet_key TEXT,
  section TEXT,
  author TEXT,
  published TEXT,
  day TEXT,
  text TEXT NOT NULL,
  doc TEXT NOT NULL,
  story_id INTEGER,
  signature BLOB,
  origin TEXT,
  n_statements INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_outlet ON articles(outlet_key);
CREATE INDEX articles_story ON articles(story_id);
CREATE TABLE statements (
  seq INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  speaker TEXT,
  speaker_key TEXT,
  speaker_entity TEXT,
  speaker_kind TEXT,
  cue_lemma TEXT NOT NULL,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue_text TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  mention_start INTEGER,
  mention_end INTEGER,
  mention_text TEXT,
  kind TEXT NOT NULL,
  type TEXT,
  published TEXT,
  day TEXT,
  group_id INTEGER,
  signature BLOB
);
CREATE INDEX statements_article ON statements(article_seq);
CREATE INDEX statements_speaker ON statements(speaker_key);
CREATE INDEX statements_group ON statements(group_id);
CREATE INDEX statements_day ON statements(day);
CREATE TABLE entities (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (key, type)
);
CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  entity_seq INTEGER NOT NULL REFERENCES entities(seq),
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_seq, entity_seq)
);
CREATE INDEX mentions_entity ON mentions(entity_seq);
CREATE TABLE lsh (kind INTEGER NOT NULL, key INTEGER NOT NULL, ref INTEGER NOT NULL);
CREATE INDEX lsh_key ON lsh(kind, key);
CREATE INDEX lsh_ref ON lsh(kind, ref);
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE statement_fts USING fts5(content, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
`,
  },
  {
    version: 2,
    description: "index for a speaker's statements in date order",
    sql: `CREATE INDEX statements_speaker_date ON statements(speaker_key, published);`,
  },
  {
    version: 3,
    description: 'covering indexes of the small columns of articles and statements (search joins and facets skip the large rows)',
    // An article row holds its text and Doc (tens of kilobytes, on overflow pages): looking one up by
    // seq for a hit cost ~6 µs; these narrow indexes keep what search and facets read (INDEXED BY).
    sql: `
CREATE INDEX articles_cover ON articles(seq, published, day, outlet_key, outlet, story_id, n_statements);
CREATE INDEX statements_cover ON statements(seq, article_seq, speaker_key, speaker);
`,
  },
  {
    version: 4,
    description: 'LSH bands in one index-organised table keyed (kind, key, ref): one B-tree write per band instead of three',
    // Bands are removed by their keys (recomputed from the stored signature), so the index by ref goes.
    sql: `
CREATE TABLE lsh_v4 (kind INTEGER NOT NULL, key INTEGER NOT NULL, ref INTEGER NOT NULL, PRIMARY KEY (kind, key, ref)) WITHOUT ROWID;
INSERT OR IGNORE INTO lsh_v4 (kind, key, ref) SELECT kind, key, ref FROM lsh;
DROP TABLE lsh;
ALTER TABLE lsh_v4 RENAME TO lsh;
`,
  },
];

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'articles, statements, entities, mentions, stories, statement groups, LSH buckets, tsvector + GIN indexes',
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE stories (id SERIAL PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE statement_groups (id SERIAL PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE articles (
  seq SERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT,
  content_hash TEXT NOT NULL,
  title TEXT,
  outlet TEXT,
  outlet_key TEXT,
  section TEXT,
  author TEXT,
  published TEXT,
  day TEXT,
  text TEXT NOT NULL,
  doc TEXT NOT NULL,
  story_id INTEGER,
  signature BYTEA,
  origin TEXT,
  n_statements INTEGER NOT NULL DEFAULT 0,
  ingested_at TEXT NOT NULL,
  tsv TSVECTOR NOT NULL
);
CREATE INDEX articles_day ON articles(day);
CREATE INDEX articles_outlet ON articles(outlet_key);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_tsv ON articles USING GIN (tsv);
CREATE TABLE statements (
  seq SERIAL PRIMARY KEY,
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  idx INTEGER NOT NULL,
  speaker TEXT,
  speaker_key TEXT,
  speaker_entity TEXT,
  speaker_kind TEXT,
  cue_lemma TEXT NOT NULL,
  cue_start INTEGER NOT NULL,
  cue_end INTEGER NOT NULL,
  cue_text TEXT NOT NULL,
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  mention_start INTEGER,
  mention_end INTEGER,
  mention_text TEXT,
  kind TEXT NOT NULL,
  type TEXT,
  published TEXT,
  day TEXT,
  group_id INTEGER,
  signature BYTEA,
  tsv TSVECTOR NOT NULL
);
CREATE INDEX statements_article ON statements(article_seq);
CREATE INDEX statements_speaker ON statements(speaker_key);
CREATE INDEX statements_group ON statements(group_id);
CREATE INDEX statements_day ON statements(day);
CREATE INDEX statements_tsv ON statements USING GIN (tsv);
CREATE TABLE entities (
  seq SERIAL PRIMARY KEY,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (key, type)
);
CREATE TABLE mentions (
  article_seq INTEGER NOT NULL REFERENCES articles(seq),
  entity_seq INTEGER NOT NULL REFERENCES entities(seq),
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_seq, entity_seq)
);
CREATE INDEX mentions_entity ON mentions(entity_seq);
CREATE TABLE lsh (kind INTEGER NOT NULL, key INTEGER NOT NULL, ref INTEGER NOT NULL);
CREATE INDEX lsh_key ON lsh(kind, key);
CREATE INDEX lsh_ref ON lsh(kind, ref);
`,
  },
  {
    version: 2,
    description: "index for a speaker's statements in date order; GIN indexes without a pending list (fast queries right after an ingest)",
    sql: `
CREATE INDEX statements_speaker_date ON statements(speaker_key, published);
ALTER INDEX articles_tsv SET (fastupdate = off);
ALTER INDEX statements_tsv SET (fastupdate = off);
SELECT gin_clean_pending_list('articles_tsv'::regclass);
SELECT gin_clean_pending_list('statements_tsv'::regclass);
`,
  },
  {
    version: 3,
    description: 'covering indexes of the small columns of articles and statements (index-only scans for search joins and facets)',
    sql: `
CREATE INDEX articles_cover ON articles(seq) INCLUDE (published, day, outlet_key, outlet, story_id, n_statements);
CREATE INDEX statements_cover ON statements(seq) INCLUDE (article_seq, speaker_key, speaker);
`,
  },
  {
    version: 4,
    description: 'LSH bands removed by their keys (recomputed from the stored signature): the index by ref goes',
    sql: `DROP INDEX IF EXISTS lsh_ref;`,
  },
];

export const SCHEMA_VERSION = SQLITE_MIGRATIONS.length;
