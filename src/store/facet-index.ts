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
import { compareText } from './rank.js';
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

/** What the index knows of the store: replaced as a whole on a full reload, appended to otherwise. */
class State {
  maxArticle = 0;
  maxStatement = 0;
  maxEntity = 0;
  removals: string | null = null;
  outletKeys = new Interner();
  outletNames = new Interner();
  days = new Interner();
  speakerKeys = new Interner();
  speakerNames = new Interner();
  artOutletKey = new IntColumn();
  artOutletName = new IntColumn();
  artDay = new IntColumn();
  artEntities: (Int32Array | undefined)[] = [];
  artStatements: (number[] | undefined)[] = [];
  stSpeakerKey = new IntColumn();
  stSpeakerName = new IntColumn();
  entityNames: (string | undefined)[] = [];
}

export class FacetIndex {
  private state: State | null = null;
  private refreshing: Promise<State> | null = null;
  /** Generation stamps to count each article / statement once per search. */
  private seenArticle = new IntColumn();
  private seenStatement = new IntColumn();
  private generation = 0;

  constructor(private readonly db: Executor) {}

  /** Articles and statements loaded so far (for messages and tests). */
  get size(): { articles: number; statements: number } {
    const st = this.state;
    return st ? { articles: st.artEntities.filter(Boolean).length, statements: st.maxStatement } : { articles: 0, statements: 0 };
  }

  /**
   * Bring the index up to date with the store (one small query when nothing changed) and return the
   * state to count with: a search keeps using it even if a later refresh replaces it meanwhile.
   */
  async refresh(): Promise<State> {
    // Concurrent searches share one refresh.
    while (this.refreshing) await this.refreshing;
    this.refreshing = this.load().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async load(): Promise<State> {
    // One statement, one snapshot: every statement and mention counted belongs to an article counted.
    const head = await this.db.all(
      'SELECT (SELECT MAX(seq) FROM articles) AS a, (SELECT MAX(seq) FROM statements) AS s, ' +
        `(SELECT MAX(seq) FROM entities) AS e, (SELECT value FROM meta WHERE key = '${REMOVALS_KEY}') AS r`,
    );
    const h = head[0] ?? {};
    const removals = h.r === null || h.r === undefined ? null : String(h.r);
    // After a removal, a fresh state is built beside the current one, which searches in flight keep using.
    const st = this.state && this.state.removals === removals ? this.state : new State();
    st.removals = removals;
    const a = h.a === null || h.a === undefined ? 0 : num(h.a);
    const s = h.s === null || h.s === undefined ? 0 : num(h.s);
    const e = h.e === null || h.e === undefined ? 0 : num(h.e);

    if (e > st.maxEntity) {
      for (const r of await this.db.all('SELECT seq, name FROM entities WHERE seq > ? AND seq <= ?', [st.maxEntity, e])) {
        st.entityNames[num(r.seq)] = String(r.name);
      }
      st.maxEntity = e;
    }
    if (a > st.maxArticle) {
      const arts = await this.db.all('SELECT seq, outlet, outlet_key, day FROM articles WHERE seq > ? AND seq <= ?', [st.maxArticle, a]);
      for (const r of arts) addArticle(st, r);
      const ments = await this.db.values(
        'SELECT article_seq, entity_seq FROM mentions WHERE article_seq > ? AND article_seq <= ? ORDER BY article_seq, entity_seq',
        [st.maxArticle, a],
      );
      let i = 0;
      while (i < ments.length) {
        const seq = num(ments[i]![0]);
        let j = i;
        while (j < ments.length && num(ments[j]![0]) === seq) j++;
        const list = new Int32Array(j - i);
        for (let k = i; k < j; k++) list[k - i] = num(ments[k]![1]);
        st.artEntities[seq] = list;
        i = j;
      }
      st.maxArticle = a;
    }
    if (s > st.maxStatement) {
      const sts = await this.db.values('SELECT seq, article_seq, speaker, speaker_key FROM statements WHERE seq > ? AND seq <= ?', [st.maxStatement, s]);
      for (const r of sts) {
        const seq = num(r[0]);
        const aseq = num(r[1]);
        (st.artStatements[aseq] ??= []).push(seq);
        if (r[3] !== null && r[3] !== undefined) {
          st.stSpeakerKey.set(seq, st.speakerKeys.id(String(r[3])));
          st.stSpeakerName.set(seq, r[2] === null || r[2] === undefined ? -1 : st.speakerNames.id(String(r[2])));
        }
      }
      st.maxStatement = s;
    }
    this.state = st;
    return st;
  }

  /**
   * The facets of these hits, counted like the SQL facets (each hit row counts for outlets and days),
   * with `state` (from `refresh()`; else the latest).
   */
  facets(hits: readonly HitRef[], limit: number, state: State | null = this.state): Facets {
    const st = state ?? new State();
    const gen = ++this.generation;
    const outlets = new Tally((i) => st.outletNames.values[i]!);
    const days = new Tally((i) => st.days.values[i]!);
    const speakers = new Tally((i) => st.speakerNames.values[i]!);
    const entities = this.entityTally(st);
    const seenSt = this.seenStatement;
    const seenArt = this.seenArticle;
    const countStatement = (sseq: number) => {
      if (seenSt.get(sseq) === gen) return;
      seenSt.set(sseq, gen);
      const key = st.stSpeakerKey.get(sseq);
      if (key >= 0) speakers.add(key, st.stSpeakerName.get(sseq));
    };
    for (const hit of hits) {
      const a = hit.aseq;
      const ok = st.artOutletKey.get(a);
      if (ok >= 0) outlets.add(ok, st.artOutletName.get(a));
      const d = st.artDay.get(a);
      if (d >= 0) days.add(d, d);
      if (hit.sseq !== null) countStatement(hit.sseq);
      else {
        const sts = st.artStatements[a];
        if (sts) for (const s of sts) countStatement(s);
      }
      if (seenArt.get(a) !== gen) {
        seenArt.set(a, gen);
        // An entity's name is fixed: its seq is its name id.
        const ents = st.artEntities[a];
        if (ents) for (let i = 0; i < ents.length; i++) entities.add(ents[i]!, ents[i]!);
      }
    }
    return { outlets: outlets.top(limit), days: days.byName(), speakers: speakers.top(limit), entities: entities.top(limit) };
  }

  /** The entity tally is the large one (a count per entity seq): kept between searches and cleared by its touched keys. */
  private entityTallyFor: { state: State; tally: Tally } | null = null;
  private entityTally(st: State): Tally {
    if (this.entityTallyFor?.state !== st) this.entityTallyFor = { state: st, tally: new Tally((i) => st.entityNames[i] ?? '') };
    const t = this.entityTallyFor.tally;
    t.reset();
    return t;
  }
}

function addArticle(st: State, r: Row): void {
  const seq = num(r.seq);
  if (r.outlet_key !== null && r.outlet_key !== undefined) {
    st.artOutletKey.set(seq, st.outletKeys.id(String(r.outlet_key)));
    st.artOutletName.set(seq, r.outlet === null || r.outlet === undefined ? -1 : st.outletNames.id(String(r.outlet)));
  }
  if (r.day !== null && r.day !== undefined) st.artDay.set(seq, st.days.id(String(r.day)));
  st.artEntities[seq] ??= new Int32Array(0);
}
