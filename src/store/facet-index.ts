/**
 * Facet counts computed in memory for a long-lived store (the server).
 *
 * A search's facets count over every hit, not just the page shown: for a common word on a large store
 * that is 10,000+ hits, and the four GROUP BY queries over them cost hundreds of milliseconds. This
 * index keeps, per article, its outlet, day, entities and statements, and per statement its speaker,
 * as small integer arrays; a search then asks SQL only for its hit ids and counts here.
 *
 * Freshness: rows are only ever appended (a changed article is removed and inserted again), so before
 * each use the index reads the store's highest sequence numbers and loads the rows added since. A
 * removal bumps the `meta` counter `removals` in the same transaction; a new value means a full
 * reload (a removed row's sequence number may be reused). Writers in other processes are seen the
 * same way. The counts are the same as the SQL facets' (a test compares both on every query).
 */
import type { Executor, Row } from './db.js';
import type { FacetCount, Facets } from './types.js';

export const REMOVALS_KEY = 'removals';

/** One hit: its article and, for a statement hit, the statement. */
export interface HitRef {
  aseq: number;
  sseq: number | null;
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

/** A growable Int32Array filled with -1. */
class IntColumn {
  data = new Int32Array(1024).fill(-1);
  get(i: number): number {
    return i < this.data.length ? this.data[i]! : -1;
  }
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      let n = this.data.length;
      while (n <= i) n *= 2;
      const next = new Int32Array(n).fill(-1);
      next.set(this.data);
      this.data = next;
    }
    this.data[i] = v;
  }
}

/** Strings interned to small integers. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.ids.set(s, i);
      this.values.push(s);
    }
    return i;
  }
}

/** SQLite's BINARY collation and PostgreSQL's "C" order: by code point. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/**
 * Counts per small-integer key, with the smallest display name seen for each (SQL's `MIN(name)`);
 * names are interned ids, compared as text only when a key shows two different names.
 * Reused across searches: only the keys touched are cleared.
 */
class Tally {
  private counts = new Int32Array(64);
  private nameIds = new Int32Array(64);
  private touched: number[] = [];
  constructor(private readonly names: (id: number) => string) {}
  reset(): void {
    for (const k of this.touched) this.counts[k] = 0;
    this.touched.length = 0;
  }
  private grow(key: number): void {
    let n = this.counts.length;
    while (n <= key) n *= 2;
    const c = new Int32Array(n);
    c.set(this.counts);
    this.counts = c;
    const m = new Int32Array(n);
    m.set(this.nameIds);
    this.nameIds = m;
  }
  add(key: number, nameId: number): void {
    if (key >= this.counts.length) this.grow(key);
    const c = this.counts[key]!;
    if (c === 0) {
      this.touched.push(key);
      this.nameIds[key] = nameId;
    } else {
      const cur = this.nameIds[key]!;
      if (nameId !== cur && nameId >= 0 && (cur < 0 || compareText(this.names(nameId), this.names(cur)) < 0)) this.nameIds[key] = nameId;
    }
    this.counts[key] = c + 1;
  }
  private entry(k: number): FacetCount {
    const id = this.nameIds[k]!;
    return { value: id < 0 ? '' : this.names(id), count: this.counts[k]! };
  }
  /** Most frequent first, ties by name; at most `limit`. Only the keys that can make the cut are sorted. */
  top(limit: number): FacetCount[] {
    let keys = this.touched;
    if (keys.length > limit * 4) {
      // The limit-th largest count, from a histogram of the counts; keys below it cannot make the cut.
      let max = 0;
      for (const k of keys) if (this.counts[k]! > max) max = this.counts[k]!;
      const hist = new Int32Array(max + 1);
      for (const k of keys) hist[this.counts[k]!]!++;
      let seen = 0;
      let threshold = max;
      while (threshold > 1 && seen + hist[threshold]! < limit) seen += hist[threshold--]!;
      keys = keys.filter((k) => this.counts[k]! >= threshold);
    }
    const out = keys.map((k) => this.entry(k));
    out.sort((x, y) => y.count - x.count || compareText(x.value, y.value));
    return out.slice(0, limit);
  }
  /** By name ascending, all of them. */
  byName(): FacetCount[] {
    const out = this.touched.map((k) => this.entry(k));
    out.sort((x, y) => compareText(x.value, y.value));
    return out;
  }
}

export class FacetIndex {
  private maxArticle = 0;
  private maxStatement = 0;
  private maxEntity = 0;
  private removals: string | null = null;
  private loaded = false;
  private refreshing: Promise<void> | null = null;

  private outletKeys = new Interner();
  private outletNames = new Interner();
  private days = new Interner();
  private speakerKeys = new Interner();
  private speakerNames = new Interner();

  private artOutletKey = new IntColumn();
  private artOutletName = new IntColumn();
  private artDay = new IntColumn();
  private artEntities: (Int32Array | undefined)[] = [];
  private artStatements: (number[] | undefined)[] = [];
  private stSpeakerKey = new IntColumn();
  private stSpeakerName = new IntColumn();
  private entityNames: (string | undefined)[] = [];
  /** Generation stamps to count each article / statement once per search. */
  private seenArticle = new IntColumn();
  private seenStatement = new IntColumn();
  private generation = 0;

  constructor(private readonly db: Executor) {}

  /** Articles and statements loaded so far (for messages and tests). */
  get size(): { articles: number; statements: number } {
    return { articles: this.artEntities.filter(Boolean).length, statements: this.maxStatement };
  }

  /** Bring the index up to date with the store (one small query when nothing changed). */
  async refresh(): Promise<void> {
    // Concurrent searches share one refresh.
    while (this.refreshing) await this.refreshing;
    this.refreshing = this.load().finally(() => {
      this.refreshing = null;
    });
    await this.refreshing;
  }

  private reset(): void {
    this.maxArticle = this.maxStatement = this.maxEntity = 0;
    this.outletKeys = new Interner();
    this.outletNames = new Interner();
    this.days = new Interner();
    this.speakerKeys = new Interner();
    this.speakerNames = new Interner();
    this.artOutletKey = new IntColumn();
    this.artOutletName = new IntColumn();
    this.artDay = new IntColumn();
    this.artEntities = [];
    this.artStatements = [];
    this.stSpeakerKey = new IntColumn();
    this.stSpeakerName = new IntColumn();
    this.entityNames = [];
  }

  private async load(): Promise<void> {
    // One statement, one snapshot: every statement and mention counted belongs to an article counted.
    const head = await this.db.all(
      'SELECT (SELECT MAX(seq) FROM articles) AS a, (SELECT MAX(seq) FROM statements) AS s, ' +
        `(SELECT MAX(seq) FROM entities) AS e, (SELECT value FROM meta WHERE key = '${REMOVALS_KEY}') AS r`,
    );
    const h = head[0] ?? {};
    const removals = h.r === null || h.r === undefined ? null : String(h.r);
    if (!this.loaded || removals !== this.removals) this.reset();
    this.removals = removals;
    this.loaded = true;
    const a = h.a === null || h.a === undefined ? 0 : num(h.a);
    const s = h.s === null || h.s === undefined ? 0 : num(h.s);
    const e = h.e === null || h.e === undefined ? 0 : num(h.e);

    if (e > this.maxEntity) {
      for (const r of await this.db.all('SELECT seq, name FROM entities WHERE seq > ? AND seq <= ?', [this.maxEntity, e])) {
        this.entityNames[num(r.seq)] = String(r.name);
      }
      this.maxEntity = e;
    }
    if (a > this.maxArticle) {
      const arts = await this.db.all('SELECT seq, outlet, outlet_key, day FROM articles WHERE seq > ? AND seq <= ?', [this.maxArticle, a]);
      for (const r of arts) this.addArticle(r);
      const ments = await this.db.all(
        'SELECT article_seq, entity_seq FROM mentions WHERE article_seq > ? AND article_seq <= ? ORDER BY article_seq, entity_seq',
        [this.maxArticle, a],
      );
      let i = 0;
      while (i < ments.length) {
        const seq = num(ments[i]!.article_seq);
        let j = i;
        while (j < ments.length && num(ments[j]!.article_seq) === seq) j++;
        const list = new Int32Array(j - i);
        for (let k = i; k < j; k++) list[k - i] = num(ments[k]!.entity_seq);
        this.artEntities[seq] = list;
        i = j;
      }
      this.maxArticle = a;
    }
    if (s > this.maxStatement) {
      const sts = await this.db.all('SELECT seq, article_seq, speaker, speaker_key FROM statements WHERE seq > ? AND seq <= ?', [
        this.maxStatement,
        s,
      ]);
      for (const r of sts) {
        const seq = num(r.seq);
        const aseq = num(r.article_seq);
        (this.artStatements[aseq] ??= []).push(seq);
        if (r.speaker_key !== null && r.speaker_key !== undefined) {
          this.stSpeakerKey.set(seq, this.speakerKeys.id(String(r.speaker_key)));
          this.stSpeakerName.set(seq, r.speaker === null || r.speaker === undefined ? -1 : this.speakerNames.id(String(r.speaker)));
        }
      }
      this.maxStatement = s;
    }
  }

  private addArticle(r: Row): void {
    const seq = num(r.seq);
    if (r.outlet_key !== null && r.outlet_key !== undefined) {
      this.artOutletKey.set(seq, this.outletKeys.id(String(r.outlet_key)));
      this.artOutletName.set(seq, r.outlet === null || r.outlet === undefined ? -1 : this.outletNames.id(String(r.outlet)));
    }
    if (r.day !== null && r.day !== undefined) this.artDay.set(seq, this.days.id(String(r.day)));
    this.artEntities[seq] ??= new Int32Array(0);
  }

  private tallies: { outlets: Tally; days: Tally; speakers: Tally; entities: Tally } | null = null;

  /** The facets of these hits, counted like the SQL facets (each hit row counts for outlets and days). */
  facets(hits: readonly HitRef[], limit: number): Facets {
    const gen = ++this.generation;
    this.tallies ??= {
      outlets: new Tally((i) => this.outletNames.values[i]!),
      days: new Tally((i) => this.days.values[i]!),
      speakers: new Tally((i) => this.speakerNames.values[i]!),
      entities: new Tally((i) => this.entityNames[i] ?? ''),
    };
    const { outlets, days, speakers, entities } = this.tallies;
    outlets.reset();
    days.reset();
    speakers.reset();
    entities.reset();
    const seenSt = this.seenStatement;
    const seenArt = this.seenArticle;
    const stKey = this.stSpeakerKey;
    const stName = this.stSpeakerName;
    const countStatement = (sseq: number) => {
      if (seenSt.get(sseq) === gen) return;
      seenSt.set(sseq, gen);
      const key = stKey.get(sseq);
      if (key >= 0) speakers.add(key, stName.get(sseq));
    };
    for (const hit of hits) {
      const a = hit.aseq;
      const ok = this.artOutletKey.get(a);
      if (ok >= 0) outlets.add(ok, this.artOutletName.get(a));
      const d = this.artDay.get(a);
      if (d >= 0) days.add(d, d);
      if (hit.sseq !== null) countStatement(hit.sseq);
      else {
        const sts = this.artStatements[a];
        if (sts) for (const s of sts) countStatement(s);
      }
      if (seenArt.get(a) !== gen) {
        seenArt.set(a, gen);
        // An entity's name is fixed: its seq is its name id.
        const ents = this.artEntities[a];
        if (ents) for (let i = 0; i < ents.length; i++) entities.add(ents[i]!, ents[i]!);
      }
    }
    return { outlets: outlets.top(limit), days: days.byName(), speakers: speakers.top(limit), entities: entities.top(limit) };
  }
}
