/**
 * The store over SQL, written once for both back ends (`Db` hides the driver). The few places the
 * dialects differ are full-text indexing and matching: SQLite keeps rasid's terms in FTS5 tables
 * (BM25 ranking), PostgreSQL in `tsvector` columns with GIN indexes ('simple' configuration over the
 * same terms, so both stores match exactly the same units).
 */
import type { Doc, EntityType } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import type { Db, Executor, Param, Row } from './db.js';
import { FacetIndex } from './facet-index.js';
import { containsWordsPattern, nameKey } from './keys.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS, type Migration } from './migrations.js';
import { type RankedHit, topHits } from './rank.js';
import { ANALYZER } from './terms.js';
import { parseStoredDoc } from './stored-doc.js';
import { removeArticle, writeRows, type EntitySeqs } from './write-batch.js';
import { toWriteRow, type WriteRow } from './write-row.js';
import type {
  ArticleInput,
  ArticleSummary,
  DayCount,
  EntitySummary,
  FacetCount,
  Facets,
  ListOptions,
  OutletSummary,
  PutResult,
  RawHit,
  RawSearchResult,
  SearchPlan,
  SpeakerSummary,
  StatementGroup,
  Store,
  StoreKind,
  StoreStats,
  StoredArticle,
  StoredStatement,
  Story,
  StorySummary,
  TermNode,
} from './types.js';


const ARTICLE_COLS =
  'a.seq, a.id, a.url, a.title, a.outlet, a.section, a.author, a.published, a.day, a.story_id, a.n_statements';
const STATEMENT_COLS =
  's.seq, s.idx, s.speaker, s.speaker_entity, s.speaker_kind, s.cue_lemma, s.cue_start, s.cue_end, s.cue_text, ' +
  's.content_start, s.content_end, s.content, s.mention_start, s.mention_end, s.mention_text, s.kind, s.type, ' +
  's.published, s.day, s.group_id, a.id AS article_id, a.outlet, a.title';

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}
function strOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}

function toSummary(r: Row): ArticleSummary {
  return {
    id: String(r.id),
    url: strOrNull(r.url),
    title: strOrNull(r.title),
    outlet: strOrNull(r.outlet),
    section: strOrNull(r.section),
    author: strOrNull(r.author),
    published: strOrNull(r.published),
    day: strOrNull(r.day),
    storyId: numOrNull(r.story_id),
    statements: num(r.n_statements ?? 0),
  };
}

function toStatement(r: Row): StoredStatement {
  const mention =
    r.mention_start === null || r.mention_start === undefined
      ? null
      : { start: num(r.mention_start), end: num(r.mention_end), text: String(r.mention_text ?? '') };
  return {
    id: num(r.seq),
    articleId: String(r.article_id),
    index: num(r.idx),
    speaker: strOrNull(r.speaker),
    speakerEntity: strOrNull(r.speaker_entity),
    speakerKind: strOrNull(r.speaker_kind),
    cueLemma: String(r.cue_lemma),
    content: { start: num(r.content_start), end: num(r.content_end), text: String(r.content) },
    cue: { start: num(r.cue_start), end: num(r.cue_end), text: String(r.cue_text) },
    mention,
    kind: String(r.kind) as StoredStatement['kind'],
    type: strOrNull(r.type),
    published: strOrNull(r.published),
    day: strOrNull(r.day),
    outlet: strOrNull(r.outlet),
    title: strOrNull(r.title),
    groupId: numOrNull(r.group_id),
  };
}

/** The outlet and day-range conditions shared by article listings and day counts (appended to `where`). */
function articleFilters(opts: { outlet?: string; from?: string; to?: string }, where: string[], params: Param[]): void {
  if (opts.outlet) {
    where.push('a.outlet_key = ?');
    params.push(nameKey(opts.outlet));
  }
  if (opts.from) {
    where.push('a.day >= ?');
    params.push(opts.from);
  }
  if (opts.to) {
    where.push('a.day <= ?');
    params.push(opts.to);
  }
}


function placeholders(n: number): string {
  return new Array(n).fill('?').join(', ');
}

function limitOf(o: ListOptions | undefined, dflt: number): [number, number] {
  const limit = Math.max(0, Math.min(10_000, Math.floor(o?.limit ?? dflt)));
  const offset = Math.max(0, Math.floor(o?.offset ?? 0));
  return [limit, offset];
}


/** FTS5 query text for a term tree (every term quoted, so no user text is ever FTS5 syntax). */
function fts5(node: TermNode): string {
  switch (node.op) {
    case 'phrase':
      return '"' + node.terms.map((t) => t.replace(/"/g, '""')).join(' ') + '"';
    case 'and':
      return '(' + node.items.map(fts5).join(' AND ') + ')';
    case 'or':
      return '(' + node.items.map(fts5).join(' OR ') + ')';
    case 'not':
      throw new RasidError('E_QUERY_INVALID', { detail: 'an exclusion must stand beside other words' });
  }
}

/** PostgreSQL tsquery expression for a term tree; values go to `params`. */
function tsquery(node: TermNode, params: Param[]): string {
  switch (node.op) {
    case 'phrase':
      params.push(node.terms.join(' '));
      return "phraseto_tsquery('simple', ?)";
    case 'and':
      return '(' + node.items.map((n) => tsquery(n, params)).join(' && ') + ')';
    case 'or':
      return '(' + node.items.map((n) => tsquery(n, params)).join(' || ') + ')';
    case 'not':
      throw new RasidError('E_QUERY_INVALID', { detail: 'an exclusion must stand beside other words' });
  }
}

/** Split a plan's root into what must match and what must not. */
function splitRoot(root: TermNode | null): { pos: TermNode | null; neg: TermNode | null } {
  if (!root) return { pos: null, neg: null };
  if (root.op === 'not') return { pos: null, neg: root.item };
  if (root.op !== 'and') return { pos: root, neg: null };
  const pos = root.items.filter((n) => n.op !== 'not');
  const neg = root.items.filter((n) => n.op === 'not').map((n) => (n as { item: TermNode }).item);
  return {
    pos: pos.length === 0 ? null : pos.length === 1 ? pos[0]! : { op: 'and', items: pos },
    neg: neg.length === 0 ? null : neg.length === 1 ? neg[0]! : { op: 'or', items: neg },
  };
}

/** Entity numbers a store keeps in memory for its writes, at most (then it starts again). */
const MAX_KNOWN_ENTITIES = 500_000;

export class SqlStore implements Store {
  readonly kind: StoreKind;
  private facetIndex: FacetIndex | null = null;
  /** Entity numbers this store has written or met while writing (see `EntitySeqs`). */
  private readonly entitySeqs: EntitySeqs = new Map();
  constructor(
    private readonly db: Db,
    readonly url: string,
  ) {
    this.kind = db.dialect;
  }

  /**
   * Count search facets in memory (see facet-index.ts) instead of with GROUP BY queries: for a
   * long-lived process such as the server, where loading the index once pays off. Loads it now.
   */
  async useFacetIndex(): Promise<void> {
    this.facetIndex ??= new FacetIndex(this.db);
    await this.facetIndex.refresh();
  }

  /** Stored Docs in storage order after `seq` (to copy a store): at most `limit`. */
  async docsAfter(seq: number, limit: number): Promise<{ seq: number; origin: string | null; doc: Doc }[]> {
    const rows = await this.db.all('SELECT seq, origin, text, doc FROM articles WHERE seq > ? ORDER BY seq LIMIT ?', [seq, limit]);
    return rows.map((r) => ({ seq: num(r.seq), origin: strOrNull(r.origin), doc: parseStoredDoc(String(r.doc), String(r.text)) }));
  }

  async migrate(): Promise<number> {
    const migrations: Migration[] = this.kind === 'sqlite' ? SQLITE_MIGRATIONS : POSTGRES_MIGRATIONS;
    const expected = migrations.length;
    await this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const rows = await this.db.all<{ v: unknown }>('SELECT MAX(version) AS v FROM schema_migrations');
    let found = rows[0]?.v === null || rows[0]?.v === undefined ? 0 : num(rows[0].v);
    if (found > expected) throw new RasidError('E_DB_SCHEMA', { url: this.url, found, expected });
    for (const m of migrations) {
      if (m.version <= found) continue;
      await this.db.transaction(async (tx) => {
        // Another process may have migrated meanwhile (the transaction serialises us).
        const again = await tx.all<{ v: unknown }>('SELECT MAX(version) AS v FROM schema_migrations');
        const now = again[0]?.v === null || again[0]?.v === undefined ? 0 : num(again[0].v);
        if (now >= m.version) return;
        for (const stmt of m.sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) await tx.run(stmt);
        await tx.run('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)', [
          m.version,
          m.description,
          new Date().toISOString(),
        ]);
      });
      found = m.version;
    }
    const an = await this.db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'analyzer'");
    if (an.length === 0) await this.db.run("INSERT INTO meta (key, value) VALUES ('analyzer', ?)", [ANALYZER]);
    return found;
  }

  /** The analyzer that built this store's index (terms from another analyzer would not match). */
  async analyzer(): Promise<string | null> {
    const an = await this.db.all<{ value: string }>("SELECT value FROM meta WHERE key = 'analyzer'");
    return an[0]?.value ?? null;
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  // ---------- writing ----------

  async putArticles(batch: ArticleInput[]): Promise<PutResult[]> {
    return this.putRows(batch.map((input) => toWriteRow(input)));
  }

  /** Write rows built by `toWriteRow` (the ingest workers build them), in one transaction (see write-batch.ts). */
  /**
   * One writer at a time, as SQLite has anyway (BEGIN IMMEDIATE): on PostgreSQL a transaction-scoped
   * advisory lock. Sequence numbers then commit in order (the facet index loads rows above the highest
   * one it has seen, and must not skip one still uncommitted), near-duplicate grouping sees every
   * earlier article, and writers cannot deadlock on each other's rows.
   */
  private async writeLock(tx: Executor): Promise<void> {
    if (this.kind === 'postgres') await tx.all("SELECT pg_advisory_xact_lock(hashtext('rasid.write'))");
  }

  async putRows(rows: WriteRow[]): Promise<PutResult[]> {
    if (rows.length === 0) return [];
    try {
      const created: EntitySeqs = new Map();
      const out = await this.db.transaction(async (tx) => {
        await this.writeLock(tx);
        return writeRows(tx, this.kind, rows, { known: this.entitySeqs, created });
      });
      // Committed: the entity numbers this batch created are the store's now (bounded memory).
      if (this.entitySeqs.size + created.size > MAX_KNOWN_ENTITIES) this.entitySeqs.clear();
      for (const [k, v] of created) this.entitySeqs.set(k, v);
      return out;
    } catch (e) {
      if (e instanceof RasidError) throw e;
      throw new RasidError('E_DB_WRITE', { detail: (e as Error).message }, { cause: e });
    }
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      await this.writeLock(tx);
      const r = await tx.all<{ seq: unknown }>('SELECT seq FROM articles WHERE id = ?', [id]);
      if (!r[0]) return false;
      await removeArticle(tx, this.kind, num(r[0].seq));
      return true;
    });
  }

  async knownHashes(): Promise<Map<string, string>> {
    const rows = await this.db.all<{ id: string; content_hash: string }>('SELECT id, content_hash FROM articles');
    return new Map(rows.map((r) => [r.id, r.content_hash]));
  }

  // ---------- reading ----------

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.db.all(`SELECT ${ARTICLE_COLS}, a.content_hash, a.text, a.doc, a.ingested_at FROM articles a WHERE a.id = ?`, [id]);
    const row = r[0];
    if (!row) return null;
    return { ...toSummary(row), contentHash: String(row.content_hash), doc: parseStoredDoc(String(row.doc), String(row.text)), ingestedAt: String(row.ingested_at) };
  }

  async listArticles(opts: ListOptions & { outlet?: string; from?: string; to?: string; storyId?: number } = {}): Promise<ArticleSummary[]> {
    const [limit, offset] = limitOf(opts, 50);
    const where: string[] = [];
    const params: Param[] = [];
    articleFilters(opts, where, params);
    if (opts.storyId !== undefined) {
      where.push('a.story_id = ?');
      params.push(opts.storyId);
    }
    const rows = await this.db.all(
      `SELECT ${ARTICLE_COLS} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ` +
        "ORDER BY COALESCE(a.published, '') DESC, a.seq DESC LIMIT ? OFFSET ?",
      [...params, limit, offset],
    );
    return rows.map(toSummary);
  }

  async getArticleSummaries(ids: string[]): Promise<ArticleSummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.all(`SELECT ${ARTICLE_COLS} FROM articles a WHERE a.id IN (${placeholders(ids.length)})`, ids);
    const byId = new Map(rows.map((r) => [String(r.id), toSummary(r)]));
    return ids.map((id) => byId.get(id)).filter((x): x is ArticleSummary => !!x);
  }

  async getArticleTexts(ids: string[]): Promise<Map<string, string>> {
    const uniq = [...new Set(ids)];
    if (uniq.length === 0) return new Map();
    const rows = await this.db.all<{ id: string; text: string }>(`SELECT a.id, a.text FROM articles a WHERE a.id IN (${placeholders(uniq.length)})`, uniq);
    return new Map(rows.map((r) => [String(r.id), String(r.text)]));
  }

  async getStatement(id: number): Promise<StoredStatement | null> {
    return (await this.getStatements([id]))[0] ?? null;
  }

  async getStatements(ids: number[]): Promise<StoredStatement[]> {
    const clean = ids.filter((i) => Number.isSafeInteger(i));
    if (clean.length === 0) return [];
    const rows = await this.db.all(
      `SELECT ${STATEMENT_COLS} FROM statements s JOIN articles a ON a.seq = s.article_seq WHERE s.seq IN (${placeholders(clean.length)})`,
      clean,
    );
    const byId = new Map(rows.map((r) => [num(r.seq), toStatement(r)]));
    return clean.map((i) => byId.get(i)).filter((x): x is StoredStatement => !!x);
  }

  async speakers(opts: ListOptions & { q?: string } = {}): Promise<SpeakerSummary[]> {
    const [limit, offset] = limitOf(opts, 50);
    const params: Param[] = [];
    let where = 's.speaker_key IS NOT NULL';
    const q = opts.q ? nameKey(opts.q) : '';
    if (q) {
      where += " AND (' ' || s.speaker_key || ' ') LIKE ? ESCAPE '\\'";
      params.push(containsWordsPattern(q));
    }
    const rows = await this.db.all(
      `SELECT MIN(s.speaker) AS name, s.speaker_key, CAST(COUNT(*) AS INTEGER) AS statements, ` +
        'CAST(COUNT(DISTINCT s.article_seq) AS INTEGER) AS articles, CAST(COUNT(DISTINCT a.outlet_key) AS INTEGER) AS outlets, ' +
        'MIN(s.published) AS first, MAX(s.published) AS last ' +
        `FROM statements s JOIN articles a ON a.seq = s.article_seq WHERE ${where} GROUP BY s.speaker_key ` +
        'ORDER BY COUNT(*) DESC, s.speaker_key LIMIT ? OFFSET ?',
      [...params, limit, offset],
    );
    return rows.map((r) => ({
      name: String(r.name),
      statements: num(r.statements),
      articles: num(r.articles),
      outlets: num(r.outlets),
      first: strOrNull(r.first),
      last: strOrNull(r.last),
    }));
  }

  async speakerStatements(name: string, opts: ListOptions = {}): Promise<StoredStatement[]> {
    const [limit, offset] = limitOf(opts, 1000);
    const key = nameKey(name);
    if (!key) return [];
    const rows = await this.db.all(
      `SELECT ${STATEMENT_COLS} FROM statements s JOIN articles a ON a.seq = s.article_seq ` +
        "WHERE s.speaker_key = ? ORDER BY COALESCE(s.published, '') ASC, s.seq ASC LIMIT ? OFFSET ?",
      [key, limit, offset],
    );
    return rows.map(toStatement);
  }

  async entities(opts: ListOptions & { type?: EntityType; q?: string } = {}): Promise<EntitySummary[]> {
    const [limit, offset] = limitOf(opts, 50);
    const where: string[] = [];
    const params: Param[] = [];
    if (opts.type) {
      where.push('e.type = ?');
      params.push(opts.type);
    }
    const q = opts.q ? nameKey(opts.q) : '';
    if (q) {
      where.push("(' ' || e.key || ' ') LIKE ? ESCAPE '\\'");
      params.push(containsWordsPattern(q));
    }
    const rows = await this.db.all(
      'SELECT e.name, e.type, CAST(COUNT(*) AS INTEGER) AS articles, CAST(SUM(m.mentions) AS INTEGER) AS mentions ' +
        `FROM mentions m JOIN entities e ON e.seq = m.entity_seq ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ` +
        'GROUP BY e.seq, e.name, e.type ORDER BY COUNT(*) DESC, e.name LIMIT ? OFFSET ?',
      [...params, limit, offset],
    );
    return rows.map((r) => ({ name: String(r.name), type: String(r.type) as EntityType, articles: num(r.articles), mentions: num(r.mentions) }));
  }

  async outlets(): Promise<OutletSummary[]> {
    const rows = await this.db.all(
      'SELECT MIN(a.outlet) AS outlet, CAST(COUNT(*) AS INTEGER) AS articles, CAST(SUM(a.n_statements) AS INTEGER) AS statements, ' +
        'MIN(a.published) AS first, MAX(a.published) AS last FROM articles a WHERE a.outlet_key IS NOT NULL ' +
        'GROUP BY a.outlet_key ORDER BY COUNT(*) DESC, MIN(a.outlet)',
    );
    return rows.map((r) => ({ outlet: String(r.outlet), articles: num(r.articles), statements: num(r.statements), first: strOrNull(r.first), last: strOrNull(r.last) }));
  }

  private async storySummaries(where: string, params: Param[], limit: number, offset: number): Promise<StorySummary[]> {
    const groups = await this.db.all(
      'SELECT a.story_id, CAST(COUNT(*) AS INTEGER) AS n, MIN(a.published) AS earliest FROM articles a ' +
        `WHERE a.story_id IS NOT NULL ${where} GROUP BY a.story_id HAVING COUNT(*) > 1 ` +
        'ORDER BY COUNT(*) DESC, a.story_id DESC LIMIT ? OFFSET ?',
      [...params, limit, offset],
    );
    const out: StorySummary[] = [];
    for (const g of groups) {
      const id = num(g.story_id);
      const members = await this.db.all(
        "SELECT a.title, a.outlet FROM articles a WHERE a.story_id = ? ORDER BY COALESCE(a.published, '~'), a.seq",
        [id],
      );
      out.push({
        id,
        title: strOrNull(members[0]?.title),
        articles: num(g.n),
        outlets: [...new Set(members.map((m) => strOrNull(m.outlet)).filter((o): o is string => !!o))],
        earliest: strOrNull(g.earliest),
      });
    }
    return out;
  }

  async stories(opts: ListOptions = {}): Promise<StorySummary[]> {
    const [limit, offset] = limitOf(opts, 50);
    return this.storySummaries('', [], limit, offset);
  }

  async story(id: number): Promise<Story | null> {
    if (!Number.isSafeInteger(id)) return null;
    const rows = await this.db.all(
      `SELECT ${ARTICLE_COLS} FROM articles a WHERE a.story_id = ? ORDER BY COALESCE(a.published, '~'), a.seq`,
      [id],
    );
    if (rows.length === 0) return null;
    const members = rows.map(toSummary);
    return {
      id,
      title: members[0]!.title,
      articles: members.length,
      outlets: [...new Set(members.map((m) => m.outlet).filter((o): o is string => !!o))],
      earliest: members.map((m) => m.published).filter((p): p is string => !!p).sort()[0] ?? null,
      members,
    };
  }

  private groupOf(id: number, members: StoredStatement[]): StatementGroup {
    const sorted = [...members].sort((x, y) => (x.published ?? '~').localeCompare(y.published ?? '~') || x.id - y.id);
    return {
      id,
      speaker: sorted.find((m) => m.speaker)?.speaker ?? null,
      content: sorted[0]!.content.text,
      statements: sorted.length,
      outlets: [...new Set(sorted.map((m) => m.outlet).filter((o): o is string => !!o))],
      earliest: sorted.map((m) => m.published).find((p) => !!p) ?? null,
      members: sorted,
    };
  }

  async statementGroups(opts: ListOptions = {}): Promise<StatementGroup[]> {
    const [limit, offset] = limitOf(opts, 50);
    const groups = await this.db.all(
      'SELECT s.group_id FROM statements s WHERE s.group_id IS NOT NULL GROUP BY s.group_id HAVING COUNT(*) > 1 ' +
        'ORDER BY COUNT(*) DESC, s.group_id DESC LIMIT ? OFFSET ?',
      [limit, offset],
    );
    const out: StatementGroup[] = [];
    for (const g of groups) {
      const grp = await this.statementGroup(num(g.group_id));
      if (grp) out.push(grp);
    }
    return out;
  }

  async statementGroup(id: number): Promise<StatementGroup | null> {
    if (!Number.isSafeInteger(id)) return null;
    const rows = await this.db.all(`SELECT ${STATEMENT_COLS} FROM statements s JOIN articles a ON a.seq = s.article_seq WHERE s.group_id = ?`, [id]);
    if (rows.length === 0) return null;
    return this.groupOf(id, rows.map(toStatement));
  }

  async countsByDay(opts: { from?: string; to?: string; outlet?: string } = {}): Promise<DayCount[]> {
    const where: string[] = ['a.day IS NOT NULL'];
    const params: Param[] = [];
    articleFilters(opts, where, params);
    const rows = await this.db.all(
      'SELECT a.day, CAST(COUNT(*) AS INTEGER) AS articles, CAST(SUM(a.n_statements) AS INTEGER) AS statements ' +
        `FROM articles a WHERE ${where.join(' AND ')} GROUP BY a.day ORDER BY a.day`,
      params,
    );
    return rows.map((r) => ({ day: String(r.day), articles: num(r.articles), statements: num(r.statements) }));
  }

  async stats(): Promise<StoreStats> {
    const one = async (sql: string) => num((await this.db.all<{ n: unknown }>(sql))[0]?.n ?? 0);
    return {
      articles: await one('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM articles'),
      statements: await one('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM statements'),
      speakers: await one('SELECT CAST(COUNT(DISTINCT speaker_key) AS INTEGER) AS n FROM statements'),
      entities: await one('SELECT CAST(COUNT(DISTINCT entity_seq) AS INTEGER) AS n FROM mentions'),
      stories: await one(
        'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (SELECT story_id FROM articles WHERE story_id IS NOT NULL GROUP BY story_id HAVING COUNT(*) > 1) g',
      ),
      outlets: await one('SELECT CAST(COUNT(DISTINCT outlet_key) AS INTEGER) AS n FROM articles'),
    };
  }

  // ---------- search ----------

  /** SQL and parameters of the filters for one kind of unit (`a` = article, `s` = statement when present). */
  private filterSql(plan: SearchPlan, unit: 'article' | 'statement', params: Param[]): string {
    const f = plan.filters;
    const parts: string[] = [];
    if (f.outlet?.length) {
      parts.push(`a.outlet_key IN (${placeholders(f.outlet.length)})`);
      params.push(...f.outlet.map(nameKey));
    }
    const dayCol = 'a.day';
    if (f.from) {
      parts.push(`${dayCol} >= ?`);
      params.push(f.from);
    }
    if (f.to) {
      parts.push(`${dayCol} <= ?`);
      params.push(f.to);
    }
    for (const e of f.entity ?? []) {
      parts.push(
        'EXISTS (SELECT 1 FROM mentions m JOIN entities e ON e.seq = m.entity_seq ' +
          "WHERE m.article_seq = a.seq AND (' ' || e.key || ' ') LIKE ? ESCAPE '\\')",
      );
      params.push(containsWordsPattern(nameKey(e)));
    }
    if (f.speaker?.length) {
      const likes = f.speaker.map(() => "(' ' || X.speaker_key || ' ') LIKE ? ESCAPE '\\'").join(' OR ');
      if (unit === 'statement') parts.push('(' + likes.replace(/X\./g, 's.') + ')');
      else parts.push(`EXISTS (SELECT 1 FROM statements s2 WHERE s2.article_seq = a.seq AND (${likes.replace(/X\./g, 's2.')}))`);
      params.push(...f.speaker.map((s) => containsWordsPattern(nameKey(s))));
    }
    return parts.map((p) => ' AND ' + p).join('');
  }

  /**
   * `articles a` / `statements s` for the search joins: on SQLite through the narrow covering
   * indexes (migration 3), since a lookup into the wide rows costs more than the match itself.
   */
  private art(): string {
    return this.covers ? 'articles a INDEXED BY articles_cover' : 'articles a';
  }
  private stm(alias = 's'): string {
    return this.covers ? `statements ${alias} INDEXED BY statements_cover` : `statements ${alias}`;
  }
  /** Whether the SQLite covering indexes exist (a store opened read-only may predate migration 3). */
  private covers = false;
  private coversChecked = false;
  private async checkCovers(): Promise<void> {
    if (this.coversChecked) return;
    if (this.kind === 'sqlite') {
      const r = await this.db.all("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'index' AND name IN ('articles_cover', 'statements_cover')");
      this.covers = num(r[0]?.n ?? 0) === 2;
    }
    this.coversChecked = true;
  }

  /** One branch of the hits union (articles or statements). */
  private branch(plan: SearchPlan, unit: 'article' | 'statement', params: Param[]): string {
    const { pos, neg } = splitRoot(plan.root);
    const isA = unit === 'article';
    const sseq = isA ? 'CAST(NULL AS INTEGER)' : 's.seq';
    const head = `SELECT '${unit}' AS type, a.seq AS aseq, ${sseq} AS sseq, a.published AS published, `;
    const idCol = isA ? 'a.seq' : 's.seq';
    if (this.kind === 'sqlite') {
      const fts = isA ? 'article_fts' : 'statement_fts';
      // Without words, the planner's own choice (an outlet or day index) beats the covering index.
      const fromBase = isA ? 'articles a' : 'statements s JOIN articles a ON a.seq = s.article_seq';
      let sql: string;
      if (pos) {
        const score = isA ? `-bm25(${fts}, 3.0, 1.0)` : `-bm25(${fts})`;
        const joined = isA
          ? `${fts} JOIN ${this.art()} ON a.seq = ${fts}.rowid`
          : `${fts} JOIN ${this.stm()} ON s.seq = ${fts}.rowid JOIN ${this.art()} ON a.seq = s.article_seq`;
        sql = `${head}${score} AS score FROM ${joined} WHERE ${fts} MATCH ?`;
        params.push(fts5(pos));
      } else {
        sql = `${head}0.0 AS score FROM ${fromBase} WHERE 1 = 1`;
      }
      if (neg) {
        sql += ` AND ${idCol} NOT IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ?)`;
        params.push(fts5(neg));
      }
      return sql + this.filterSql(plan, unit, params);
    }
    const fromBase = isA ? 'articles a' : 'statements s JOIN articles a ON a.seq = s.article_seq';
    const tsv = isA ? 'a.tsv' : 's.tsv';
    let sql: string;
    if (pos) {
      const scoreParams: Param[] = [];
      const q1 = tsquery(pos, scoreParams);
      const whereParams: Param[] = [];
      const q2 = tsquery(pos, whereParams);
      sql = `${head}ts_rank(${tsv}, ${q1}) AS score FROM ${fromBase} WHERE ${tsv} @@ ${q2}`;
      params.push(...scoreParams, ...whereParams);
    } else {
      sql = `${head}0.0 AS score FROM ${fromBase} WHERE 1 = 1`;
    }
    if (neg) sql += ` AND NOT (${tsv} @@ ${tsquery(neg, params)})`;
    return sql + this.filterSql(plan, unit, params);
  }

  private hitsCte(plan: SearchPlan): { sql: string; params: Param[] } {
    const params: Param[] = [];
    const parts: string[] = [];
    if (plan.filters.type !== 'statement') parts.push(this.branch(plan, 'article', params));
    if (plan.filters.type !== 'article') parts.push(this.branch(plan, 'statement', params));
    return { sql: `WITH hits AS (${parts.join(' UNION ALL ')}) `, params };
  }

  async runSearch(plan: SearchPlan): Promise<RawSearchResult> {
    await this.checkCovers();
    const { sql: cte, params } = this.hitsCte(plan);
    const run = async (sql: string, extra: Param[] = []) => {
      try {
        return await this.db.all(cte + sql, [...params, ...extra]);
      } catch (e) {
        throw new RasidError('E_QUERY_INVALID', { detail: (e as Error).message.split('\n')[0] }, { cause: e });
      }
    };
    const index = plan.facetLimit > 0 ? this.facetIndex : null;
    if (index) {
      // One pass over the hits: the total, the page and the facets are all counted from it here.
      const state = await index.refresh();
      let all: unknown[][];
      try {
        all = await this.db.values(cte + 'SELECT h.type, h.aseq, h.sseq, h.score, h.published FROM hits h', params);
      } catch (e) {
        throw new RasidError('E_QUERY_INVALID', { detail: (e as Error).message.split('\n')[0] }, { cause: e });
      }
      const refs: RankedHit[] = all.map((r) => ({
        type: r[0] as RawHit['type'],
        aseq: num(r[1]),
        sseq: numOrNull(r[2]),
        score: num(r[3]),
        published: strOrNull(r[4]) ?? '',
      }));
      const page = topHits(refs, plan.offset, plan.limit);
      const ids = new Map<number, string>();
      const seqs = [...new Set(page.map((h) => h.aseq))];
      if (seqs.length) {
        for (const r of await this.db.all(`SELECT seq, id FROM articles WHERE seq IN (${placeholders(seqs.length)})`, seqs)) ids.set(num(r.seq), String(r.id));
      }
      return {
        total: refs.length,
        hits: page.map((h) => ({ type: h.type, articleId: ids.get(h.aseq) ?? '', statementId: h.sseq, score: h.score })),
        facets: index.facets(refs, plan.facetLimit, state),
      };
    }
    const totalRows = await run('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM hits');
    const total = num(totalRows[0]?.n ?? 0);
    // Order the hits on the narrow columns first, then look up the ids of the page only.
    const order = "t.score DESC, COALESCE(t.published, '') DESC, t.aseq DESC, COALESCE(t.sseq, 0) ASC";
    const rows = await run(
      `SELECT t.type, a.id AS article_id, t.sseq, t.score FROM (SELECT h.type, h.aseq, h.sseq, h.score, h.published FROM hits h ` +
        `ORDER BY ${order.replace(/t\./g, 'h.')} LIMIT ? OFFSET ?) t JOIN articles a ON a.seq = t.aseq ORDER BY ${order}`,
      [plan.limit, plan.offset],
    );
    const hits: RawHit[] = rows.map((r) => ({
      type: String(r.type) as RawHit['type'],
      articleId: String(r.article_id),
      statementId: numOrNull(r.sseq),
      score: num(r.score),
    }));
    const facets: Facets = { speakers: [], entities: [], outlets: [], days: [] };
    if (plan.facetLimit > 0 && total > 0) {
      const n = plan.facetLimit;
      const facet = (rs: Row[]): FacetCount[] => rs.map((r) => ({ value: String(r.value), count: num(r.n) }));
      facets.outlets = facet(
        await run(
          `SELECT MIN(a.outlet) AS value, CAST(COUNT(*) AS INTEGER) AS n FROM hits h JOIN ${this.art()} ON a.seq = h.aseq ` +
            'WHERE a.outlet_key IS NOT NULL GROUP BY a.outlet_key ORDER BY COUNT(*) DESC, MIN(a.outlet) LIMIT ?',
          [n],
        ),
      );
      facets.days = facet(
        await run(
          `SELECT a.day AS value, CAST(COUNT(*) AS INTEGER) AS n FROM hits h JOIN ${this.art()} ON a.seq = h.aseq ` +
            'WHERE a.day IS NOT NULL GROUP BY a.day ORDER BY a.day',
        ),
      );
      facets.speakers = facet(
        await run(
          // Each statement counts once, whether it is a hit itself or belongs to an article hit.
          `SELECT MIN(s.speaker) AS value, CAST(COUNT(*) AS INTEGER) AS n FROM ${this.stm()} WHERE s.seq IN (` +
            'SELECT h.sseq FROM hits h WHERE h.sseq IS NOT NULL ' +
            'UNION ALL SELECT s2.seq FROM hits h JOIN statements s2 ON s2.article_seq = h.aseq WHERE h.sseq IS NULL' +
            ') AND s.speaker_key IS NOT NULL GROUP BY s.speaker_key ORDER BY COUNT(*) DESC, MIN(s.speaker) LIMIT ?',
          [n],
        ),
      );
      facets.entities = facet(
        await run(
          // Articles per entity, counted on the mentions index first; names are joined for the top ones only.
          'SELECT e.name AS value, c.n FROM (SELECT m.entity_seq AS es, CAST(COUNT(*) AS INTEGER) AS n ' +
            'FROM (SELECT DISTINCT h.aseq FROM hits h) d JOIN mentions m ON m.article_seq = d.aseq GROUP BY m.entity_seq) c ' +
            'JOIN entities e ON e.seq = c.es ORDER BY c.n DESC, e.name LIMIT ?',
          [n],
        ),
      );
    }
    return { total, hits, facets };
  }
}
