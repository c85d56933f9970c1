/**
 * Serving load: search requests per second and latency (p50/p95/p99) with 32 concurrent clients
 * (autocannon, loopback only) against `rasid serve` on the SaudiNewsNet store, first alone, then
 * while a `rasid ingest` process writes new articles into the same store.
 *
 * Store: RASID_BENCH_DB (a SQLite path or postgres:// URL) when set, else `.cache/bench/saudinewsnet.db`,
 * built once from all of ../shared/data/news/saudinewsnet/dataset/*.zip with `rasid ingest` and reused.
 * The server runs with the rate limit off (`--rate-limit 0`): every client is 127.0.0.1. The
 * concurrent ingest writes the 1,985-article stratified sample under new URLs (`#bench-...`) with
 * one worker, and those articles are deleted afterwards.
 * Run: `npm run bench -- serve` or `npx tsx bench/serve.bench.ts` (SERVE_BENCH_SECONDS, default 15 per phase;
 * SERVE_BENCH_WORKERS, default 1: server processes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, sharedPath } from '../src/data/paths.js';
import { openStore } from '../src/store/open.js';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.SERVE_BENCH_SECONDS ?? 15);
/** Server processes (`rasid serve --workers`); SERVE_BENCH_WORKERS, default 1. */
const WORKERS = Number(process.env.SERVE_BENCH_WORKERS ?? 1);

/** The store benchmark's 50 fixed queries (bench/queries.txt), else this small mix. */
const FALLBACK_QUERIES = [
  'الحكومة',
  'وزير الخارجية',
  '"ولي العهد"',
  'احمد',
  'الامن',
  'النفط OR الطاقة',
  'التعليم -الجامعة',
  'type:statement قال',
  'الرياض',
  'اليمن الحوثيين',
  'type:statement الصحة',
  'outlet:aawsat السعودية',
  'الاقتصاد from:2015-08-01 to:2015-08-15',
  'كرة القدم',
  'المملكة العربية السعودية',
  'الإرهاب',
  'أسعار',
  'مجلس الوزراء',
  'type:article الهلال',
  'مكة المكرمة',
];

function loadQueries(): string[] {
  const file = join(ROOT, 'bench', 'queries.txt');
  if (!existsSync(file)) return FALLBACK_QUERIES;
  const qs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]!.trim());
  return qs.length ? qs : FALLBACK_QUERIES;
}

const QUERIES = loadQueries();

interface Autocannon {
  (opts: Record<string, unknown>): AutocannonInstance;
}
interface AutocannonInstance {
  on(ev: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  on(ev: 'done', fn: (r: { requests: { total: number }; non2xx: number; errors: number; timeouts: number; duration: number }) => void): void;
  stop(): void;
}

function cli(args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function waitExit(p: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (p.exitCode !== null) resolve(p.exitCode);
    else p.once('exit', (code) => resolve(code ?? 1));
  });
}

async function buildStore(db: string, zips: string): Promise<void> {
  console.log(`building the bench store ${db} from ${zips} (one time; minutes)…`);
  const p = cli(['ingest', zips, '--db', db]);
  p.stderr!.on('data', () => undefined);
  p.stdout!.on('data', () => undefined);
  const code = await waitExit(p);
  if (code !== 0) console.log(`  rasid ingest exited with ${code} (bad records are skipped; going on)`);
}

function startServer(db: string): Promise<{ proc: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const proc = cli(['serve', '--db', db, '--port', '0', '--rate-limit', '0', '--workers', String(WORKERS)]);
    let out = '';
    let err = '';
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ proc, url: m[1]! });
    });
    proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    proc.once('exit', (code) => reject(new Error(`rasid serve exited (${code}): ${err.trim().split('\n').pop() ?? ''}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** CPU time (user + system, ms) the process `pid` and its children (server workers) have used so far, from /proc (Linux); NaN elsewhere. */
function cpuMs(pid: number | undefined): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks (100/s).
    let ms = (Number(fields[11]) + Number(fields[12])) * 10;
    const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    for (const k of kids ? kids.split(/\s+/) : []) {
      const c = cpuMs(Number(k));
      if (Number.isFinite(c)) ms += c;
    }
    return ms;
  } catch {
    return NaN;
  }
}

async function load(url: string, seconds: number, serverPid?: number): Promise<Record<string, number>> {
  const cpu0 = cpuMs(serverPid);
  const require = createRequire(import.meta.url);
  const autocannon = require('autocannon') as Autocannon;
  let n = 0;
  const latencies: number[] = [];
  let bad = 0;
  const inst = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: `/api/search?limit=20&q=${encodeURIComponent(QUERIES[n++ % QUERIES.length]!)}` }),
      },
    ],
  });
  inst.on('response', (_c, status, _b, ms) => {
    latencies.push(ms);
    if (status < 200 || status >= 300) bad++;
  });
  const r = await new Promise<{ requests: { total: number }; non2xx: number; errors: number; timeouts: number; duration: number }>((resolve) => inst.on('done', resolve));
  latencies.sort((a, b) => a - b);
  const serverCpu = cpuMs(serverPid) - cpu0;
  const perRequest = serverCpu / Math.max(1, latencies.length);
  return {
    /** The server's CPU per request: independent of what else the machine runs. */
    serverCpuMsPerRequest: Math.round(perRequest * 10) / 10,
    /** Requests per second one idle core would serve at that cost (each server process is one thread). */
    idleCoreCapacity: Math.round((1000 / perRequest) * 10) / 10,
    requests: latencies.length,
    requestsPerSecond: Math.round((latencies.length / r.duration) * 10) / 10,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    non2xx: bad,
    errors: r.errors,
    timeouts: r.timeouts,
    /** 1-minute load average at the end of the phase: this machine is shared, so read the figures with it. */
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
  };
}

export async function bench(): Promise<Record<string, unknown>> {
  const sample = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  const zips = sharedPath('news', 'saudinewsnet', 'dataset');
  const given = process.env.RASID_BENCH_DB;
  if (!given && (!zips || !existsSync(zips))) {
    console.log('serve: SKIPPED — ../shared/data/news/saudinewsnet is absent (set RASID_SHARED, or RASID_BENCH_DB to a built store)');
    return { skipped: 'shared data absent' };
  }
  mkdirSync(join(ROOT, '.cache', 'bench'), { recursive: true });
  const db = given ?? join(ROOT, '.cache', 'bench', 'saudinewsnet.db');
  if (!given) {
    const s = await openStore(db);
    const have = (await s.stats()).articles;
    await s.close();
    if (have < 31_000) await buildStore(db, zips!);
  }
  const st = await openStore(db);
  const stats = await st.stats();
  await st.close();
  console.log(`store: ${db} — ${stats.articles} articles, ${stats.statements} statements`);

  const { proc: server, url } = await startServer(db);
  const result: Record<string, unknown> = { store: db, articles: stats.articles, connections: CONNECTIONS, seconds: SECONDS, workers: WORKERS };
  let ingest: ChildProcess | null = null;
  const runId = `bench-${process.pid}`;
  const tmp = join(ROOT, '.cache', 'bench', `${runId}.jsonl`);
  const benchIds: string[] = [];
  try {
    // Warm-up, then search alone.
    await load(url, 2);
    const alone = await load(url, SECONDS, server.pid);
    console.log(`search alone:        ${alone.requestsPerSecond} req/s, p50 ${alone.p50Ms} ms, p95 ${alone.p95Ms} ms, p99 ${alone.p99Ms} ms (${alone.requests} requests, ${alone.non2xx} non-2xx; load average ${alone.loadAverage})`);
    console.log(`  server CPU ${alone.serverCpuMsPerRequest} ms per request → ~${alone.idleCoreCapacity} req/s on one idle core`);
    result.alone = alone;

    if (sample && existsSync(sample)) {
      const lines = readFileSync(sample, 'utf8').split('\n').filter((l) => l.trim());
      writeFileSync(
        tmp,
        lines
          .map((l) => {
            const o = JSON.parse(l) as { url?: string };
            const url = `${o.url ?? ''}#${runId}`;
            benchIds.push(url);
            return JSON.stringify({ ...o, url });
          })
          .join('\n') + '\n',
      );
      ingest = cli(['ingest', tmp, '--db', db, '--jobs', '1', '--batch', '10', '--json']);
      let ingestOut = '';
      ingest.stdout!.on('data', (d: Buffer) => (ingestOut += d.toString()));
      ingest.stderr!.on('data', () => undefined);
      // Start measuring once the ingest is writing (its first batch is stored), at most 120 s later.
      const s2 = await openStore(db);
      const waitUntil = Date.now() + 120_000;
      while (Date.now() < waitUntil && ingest.exitCode === null && (await s2.stats()).articles <= stats.articles) {
        await new Promise((r) => setTimeout(r, 1000));
      }
      const before = (await s2.stats()).articles;
      const t0 = Date.now();
      const during = await load(url, SECONDS, server.pid);
      const elapsed = (Date.now() - t0) / 1000;
      const added = (await s2.stats()).articles - before;
      await s2.close();
      console.log(`search during ingest: ${during.requestsPerSecond} req/s, p50 ${during.p50Ms} ms, p95 ${during.p95Ms} ms, p99 ${during.p99Ms} ms (${during.requests} requests, ${during.non2xx} non-2xx; load average ${during.loadAverage})`);
      console.log(`  server CPU ${during.serverCpuMsPerRequest} ms per request → ~${during.idleCoreCapacity} req/s on one idle core`);
      console.log(`  the ingest stored ${added} articles in those ${elapsed.toFixed(1)} s (${(added / elapsed).toFixed(1)} articles/s, 1 worker)`);
      result.duringIngest = { ...during, ingestedArticles: added, ingestArticlesPerSecond: Math.round((added / elapsed) * 10) / 10 };
      if (ingest.exitCode === null) ingest.kill('SIGTERM');
      await waitExit(ingest);
      void ingestOut;
    } else {
      console.log('search during ingest: SKIPPED — the stratified sample is absent');
    }
  } finally {
    if (ingest && ingest.exitCode === null) ingest.kill('SIGKILL');
    if (server.exitCode === null) server.kill('SIGTERM');
    await waitExit(server);
    rmSync(tmp, { force: true });
    // Remove what the concurrent ingest added, so the bench store stays the same from run to run.
    const s3 = await openStore(db);
    let removed = 0;
    for (const id of benchIds) if (await s3.deleteArticle(id)) removed++;
    await s3.close();
    if (removed) console.log(`  cleaned up ${removed} bench articles`);
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await bench(), null, 2));
}
