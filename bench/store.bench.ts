/**
 * Store benchmark: ingest rate (full pipeline into SQLite, 1 job and all cores) on the 1,985-article
 * SaudiNewsNet sample and on all 31,030 articles (the zipped daily dumps), peak memory of each ingest,
 * and search latency p50/p95 over the 50 fixed queries of bench/queries.txt on SQLite and on
 * PostgreSQL (rasid's terms), beside PostgreSQL's built-in `arabic` text search on the same
 * articles (latency, and hits found for the queries whose spelling varies).
 *
 * Env: RASID_BENCH_STORE_FULL=0 skips the 31,030-article runs (the search figures then use the
 * sample store); RASID_BENCH_STORE_DB=FILE skips every ingest and measures search on that SQLite
 * store; RASID_BENCH_PG_SCHEMA=NAME uses a PostgreSQL schema already holding the same articles; RASID_BENCH_PG (default $RASID_TEST_PG, else postgres://postgres@127.0.0.1:5432/test).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, sharedPath } from '../src/data/paths.js';
import { copyStore } from '../src/store/copy.js';
import { openStore } from '../src/store/open.js';
import { profileIngest } from '../src/store/ingest-profile.js';
import { parseQuery } from '../src/store/query.js';
import { planSearch, search } from '../src/store/search.js';
import type { Store } from '../src/store/types.js';

const here = dirname(fileURLToPath(import.meta.url));

interface IngestFigures {
  articles: number;
  seconds: number;
  rate: number;
  jobs: number;
  peakMemoryMb: number;
  failed: number;
  stages: string[];
  cpuSeconds: number;
  /** Articles per CPU-second × cores: the rate this run would reach on an otherwise idle machine. */
  idleRateEstimate: number;
  /** CPU seconds of the writing (main) thread and of each worker. */
  mainCpuSeconds: number | null;
  workerCpuSeconds: Array<number | null>;
  /** CPU seconds of each worker's start-up (code and pipeline loading, before its first article). */
  workerStartCpuSeconds: Array<number | null>;
  /** Wall ms per analysed article in each step (workers: read, stages, rows, pack; main: write). */
  stepMs: Record<string, number>;
  handover: string;
}

function ingestCli(args: string[]): Promise<IngestFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'rasid.js'), 'ingest', ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', () => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        const s = JSON.parse(last) as IngestFigures & { inserted: number; updated: number; unchanged: number; errors: number };
        const articles = s.inserted + s.updated + s.unchanged;
        const idle = s.cpuSeconds > 0 ? +((articles / s.cpuSeconds) * Math.min(s.jobs, availableParallelism())).toFixed(1) : 0;
        resolve({
          articles,
          seconds: s.seconds,
          rate: s.rate,
          jobs: s.jobs,
          peakMemoryMb: s.peakMemoryMb,
          failed: s.errors,
          stages: s.stages,
          cpuSeconds: s.cpuSeconds,
          idleRateEstimate: idle,
          mainCpuSeconds: s.mainCpuSeconds ?? null,
          workerCpuSeconds: s.workerCpuSeconds ?? [],
          workerStartCpuSeconds: s.workerStartCpuSeconds ?? [],
          stepMs: s.stepMs ?? {},
          handover: s.handover ?? '?',
        });
      } catch {
        reject(new Error(`ingest gave no summary: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      }
    });
  });
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

interface Query {
  q: string;
  kind: string;
}

function loadQueries(): Query[] {
  return readFileSync(join(here, 'queries.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [q, kind] = l.split('\t');
      return { q: q!.trim(), kind: (kind ?? 'plain').trim() };
    });
}

const VARIANT_KINDS = new Set(['hamza', 'ta-marbuta', 'diacritics', 'clitic']);

async function latency(label: string, run: (q: string) => Promise<unknown>, queries: Query[], passes = 3): Promise<{ p50: number; p95: number; cpuMsPerQuery: number }> {
  for (const { q } of queries) await run(q);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) {
    for (const { q } of queries) {
      const t = performance.now();
      await run(q);
      times.push(performance.now() - t);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const r = { p50: +percentile(times, 50).toFixed(2), p95: +percentile(times, 95).toFixed(2), cpuMsPerQuery: +((cpu.user + cpu.system) / 1000 / times.length).toFixed(2) };
  console.log(`search ${label}: p50 ${r.p50} ms, p95 ${r.p95} ms, ${r.cpuMsPerQuery} ms CPU in this process per query (${queries.length} queries × ${passes}; load average ${loadavg()[0]!.toFixed(1)})`);
  return r;
}

export async function bench(): Promise<Record<string, unknown>> {
  const sample = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  const dataset = sharedPath('news', 'saudinewsnet', 'dataset');
  if (!sample || !dataset) {
    console.log('store: SKIPPED (../shared/data/news/saudinewsnet not found; set RASID_SHARED)');
    return { skipped: 'shared data absent' };
  }
  const given = process.env.RASID_BENCH_STORE_DB;
  const full = process.env.RASID_BENCH_STORE_FULL !== '0' && !given;
  const cores = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'rasid-store-bench-'));
  const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), cores };
  try {
    // ---- ingest ----
    const ingest: Record<string, IngestFigures> = {};
    const runs: Array<[string, string, number]> = [
      ['sample-1job', sample, 1],
      [`sample-${cores}jobs`, sample, cores],
    ];
    if (full) runs.push([`full-${cores}jobs`, dataset, cores], ['full-1job', dataset, 1]);
    if (given) runs.length = 0;
    for (const [name, input, jobs] of runs) {
      const db = join(dir, `${name}.db`);
      const f = await ingestCli([input, '--db', db, '--jobs', String(jobs)]);
      const load = +loadavg()[0]!.toFixed(1);
      ingest[name] = { ...f, loadAverage: load } as IngestFigures;
      console.log(`ingest ${name}: ${f.articles} articles in ${f.seconds.toFixed(1)} s = ${f.rate.toFixed(1)} articles/s, peak ${f.peakMemoryMb} MB, ${f.failed} failed (load average ${load} on ${cores} cores); ` +
          `CPU ${f.cpuSeconds.toFixed(1)} s = ${(f.articles / Math.max(1e-9, f.cpuSeconds)).toFixed(1)} articles per CPU-second, ~${f.idleRateEstimate}/s on ${Math.min(jobs, cores)} idle core(s)`);
      if (f.mainCpuSeconds !== null) {
        const ms = (sec: number | null) => (sec === null ? '?' : ((sec * 1000) / Math.max(1, f.articles)).toFixed(2));
        console.log(
          `  threads (CPU ms per article): writing thread ${ms(f.mainCpuSeconds)}, workers ${f.workerCpuSeconds.map(ms).join(' + ')} ` +
            `(of which start-up ${f.workerStartCpuSeconds.map(ms).join(' + ')}); hand-over: ${f.handover}`,
        );
      }
      const steps = Object.entries(f.stepMs);
      if (steps.length) console.log(`  steps (wall ms per analysed article, summed over threads): ${steps.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    }

    // ---- where the CPU goes, in one thread ----
    const profDb = join(dir, 'profile.db');
    const profStore = await openStore(profDb);
    try {
      const lines = readFileSync(sample, 'utf8').split('\n').filter((l) => l.trim()).slice(0, 400);
      const prof = await profileIngest(lines, profStore);
      console.log(`ingest CPU per article in one thread (${prof.articles} sample articles, CPU ms; total ${prof.totalMs.toFixed(2)} ms = ${(1000 / prof.totalMs).toFixed(0)} articles per CPU-second):`);
      for (const [k, v] of Object.entries(prof.steps)) console.log(`  ${k.padEnd(48)} ${v.toFixed(3).padStart(7)}  ${((100 * v) / prof.totalMs).toFixed(1).padStart(5)}%`);
      results.ingestProfile = prof;
    } finally {
      await profStore.close();
    }
    const stages = Object.values(ingest)[0]?.stages ?? [];
    console.log(`pipeline stages: ${stages.join(' → ')}`);
    results.ingest = ingest;
    results.stages = stages;

    // ---- search ----
    const queries = loadQueries();
    const dbFile = given ?? join(dir, full ? `full-${cores}jobs.db` : `sample-${cores}jobs.db`);
    const sqlite = await openStore(dbFile);
    const articles = (await sqlite.stats()).articles;
    console.log(`search corpus: ${articles} articles (${given ?? (full ? 'all SaudiNewsNet' : 'the sample')})`);
    const searchFig: Record<string, unknown> = { articles };
    searchFig.sqlite = await latency('sqlite (rasid terms, FTS5 BM25, with facets + snippets; facets by SQL, as the CLI runs it)', (q) => search(sqlite, q, { limit: 20 }), queries);
    const ti = performance.now();
    await sqlite.useFacetIndex();
    console.log(`sqlite facet index loaded in ${(performance.now() - ti).toFixed(0)} ms`);
    searchFig.sqliteServer = await latency('sqlite, as the server runs it (facets from the in-memory facet index, one pass over the hits)', (q) => search(sqlite, q, { limit: 20 }), queries);
    const core = (store: Store) => async (q: string) => {
      await store.runSearch(planSearch(parseQuery(`type:article ${q}`), { limit: 20, facets: 0 }));
    };
    const plain = queries.filter((x) => x.kind !== 'filter');
    searchFig.sqliteCore = await latency('sqlite rasid terms, count + top 20 article ids only (type:article, no facets, no snippets)', core(sqlite), plain);

    const pgBase = process.env.RASID_BENCH_PG ?? process.env.RASID_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
    // RASID_BENCH_PG_SCHEMA: a schema already loaded with the same articles (`rasid copy STORE 'postgres://…?schema=NAME'`),
    // used as it is and kept; else a scratch schema is loaded from the SQLite store and dropped at the end.
    const givenSchema = process.env.RASID_BENCH_PG_SCHEMA;
    if (givenSchema && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(givenSchema)) throw new Error(`RASID_BENCH_PG_SCHEMA: not a schema name: ${givenSchema}`);
    const schema = givenSchema ?? 'rasid_bench_store';
    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: pgBase });
    let pgOk = true;
    try {
      await admin.connect();
      if (!givenSchema) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } catch (e) {
      pgOk = false;
      console.log(`postgres: SKIPPED (${(e as Error).message})`);
    }
    const variant: Array<Record<string, unknown>> = [];
    if (pgOk) {
      const pgStore = await openStore(`${pgBase}${pgBase.includes('?') ? '&' : '?'}schema=${schema}`);
      if (!givenSchema) {
        const t0 = performance.now();
        const copied = await copyStore(sqlite, pgStore);
        console.log(`postgres: loaded ${copied.read} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      console.log(`postgres: ${(await pgStore.stats()).articles} articles in schema ${schema}`);
      await admin.query(`ANALYZE ${schema}.articles, ${schema}.statements, ${schema}.mentions, ${schema}.entities`);
      searchFig.postgres = await latency('postgres (rasid terms, tsvector GIN, with facets + snippets; facets by SQL)', (q) => search(pgStore, q, { limit: 20 }), queries);
      await pgStore.useFacetIndex();
      searchFig.postgresServer = await latency('postgres, as the server runs it (in-memory facet index)', (q) => search(pgStore, q, { limit: 20 }), queries);
      await admin.query(`SET search_path TO ${schema}`);
      await admin.query('ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv_ar tsvector');
      await admin.query("UPDATE articles SET tsv_ar = to_tsvector('arabic', text) WHERE tsv_ar IS NULL");
      await admin.query('CREATE INDEX IF NOT EXISTS articles_tsv_ar ON articles USING GIN (tsv_ar)');
      await admin.query('ANALYZE articles');
      const arabic = async (q: string) => {
        const r = await admin.query(
          "WITH m AS (SELECT id, ts_rank(tsv_ar, websearch_to_tsquery('arabic', $1)) AS r FROM articles WHERE tsv_ar @@ websearch_to_tsquery('arabic', $1)) " +
            'SELECT (SELECT COUNT(*) FROM m) AS n, (SELECT json_agg(id) FROM (SELECT id FROM m ORDER BY r DESC LIMIT 20) t) AS top',
          [q],
        );
        return Number((r.rows[0] as { n: string }).n);
      };
      searchFig.postgresArabic = await latency("postgres built-in 'arabic' (count + top 20, no facets; filter queries left out)", arabic, plain);
      searchFig.postgresCore = await latency('postgres rasid terms, same work as the arabic line (count + top 20 article ids, type:article)', core(pgStore), plain);
      for (const { q, kind } of queries.filter((x) => VARIANT_KINDS.has(x.kind))) {
        const rasid = (await search(sqlite, `type:article ${q}`, { limit: 0, facets: 0 })).total;
        const ar = await arabic(q);
        variant.push({ q, kind, rasid, arabic: ar });
      }
      await pgStore.close();
      if (!givenSchema) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    }
    await admin.end().catch(() => undefined);
    await sqlite.close();
    if (variant.length) {
      console.log('articles found for queries whose spelling varies (rasid | postgres arabic):');
      for (const v of variant) console.log(`  ${String(v.kind).padEnd(11)} ${String(v.q).padEnd(18)} ${String(v.rasid).padStart(6)} | ${String(v.arabic).padStart(6)}`);
      const sum = (k: 'rasid' | 'arabic') => variant.reduce((n, v) => n + (v[k] as number), 0);
      console.log(`  total: rasid ${sum('rasid')}, arabic ${sum('arabic')}`);
      searchFig.variantHits = variant;
    }
    results.search = searchFig;
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await bench();
}
