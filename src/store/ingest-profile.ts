/**
 * Where an ingest's CPU time goes, article by article, in one thread: parsing the JSON line,
 * reading the record (layout), each pipeline stage, building the row the store writes, packing it
 * for the thread hand-over (and unpacking it, as the writing thread does), and the SQL write.
 * The benchmark prints it (bench/store.bench.ts); every figure is CPU milliseconds per article
 * (process.cpuUsage, so nothing else may run in this process meanwhile).
 */
import { deserialize, serialize } from 'node:v8';
import { analyzeDoc, readRecord } from './analyze.js';
import { identify, toArticleInput } from './rows.js';
import type { ArticleInput, Store } from './types.js';
import { canPutRows } from './write-batch.js';
import { packRow, toWriteRow, type WriteRow } from './write-row.js';

export interface IngestProfile {
  articles: number;
  /** CPU ms per article for each step, in order. */
  steps: Record<string, number>;
  /** Sum of the steps. */
  totalMs: number;
}

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/**
 * Profile the ingest of JSON `lines` into `store` (which should be empty). The first `warmup`
 * lines are run first and not counted (JIT, lexicons and models loading).
 */
export async function profileIngest(lines: readonly string[], store: Store, opts: { warmup?: number; batchSize?: number } = {}): Promise<IngestProfile> {
  const warmup = opts.warmup ?? 20;
  const batchSize = opts.batchSize ?? 200;
  for (const l of lines.slice(0, warmup)) {
    try {
      analyzeDoc(readRecord(JSON.parse(l), 'warmup', 1));
    } catch {
      // bad records are profiled like the others below
    }
  }
  const steps: Record<string, number> = {};
  const add = (k: string, t0: number): number => {
    const t = cpuMs();
    steps[k] = (steps[k] ?? 0) + t - t0;
    return t;
  };
  const timings: Record<string, number> = {};
  let batch: WriteRow[] = [];
  let inputs: ArticleInput[] = [];
  let articles = 0;
  let stageWall = 0;
  const write = async () => {
    const t = cpuMs();
    if (canPutRows(store)) await store.putRows(batch);
    else await store.putArticles(inputs);
    add(canPutRows(store) ? 'write (SQL)' : 'write (putArticles: rows again, then SQL)', t);
    batch = [];
    inputs = [];
  };
  for (const [i, l] of lines.entries()) {
    let t = cpuMs();
    let record: unknown;
    try {
      record = JSON.parse(l);
    } catch {
      continue;
    }
    t = add('JSON.parse', t);
    let doc;
    try {
      doc = readRecord(record, 'profile', i + 1);
      identify(doc);
    } catch {
      continue;
    }
    t = add('read (record, layout, id)', t);
    const w0 = performance.now();
    analyzeDoc(doc, timings);
    stageWall += performance.now() - w0;
    t = add('stages', t);
    const input = toArticleInput(doc, `profile:${i + 1}`);
    const row = toWriteRow(input, { tokensOfText: true });
    t = add('rows (terms, minhash, keys, Doc JSON)', t);
    const { row: packed } = packRow(row);
    const wire = serialize(packed);
    t = add('pack + serialize (worker side of the hand-over)', t);
    batch.push(deserialize(wire) as WriteRow);
    if (!canPutRows(store)) inputs.push(input);
    add('deserialize (writing side of the hand-over)', t);
    articles++;
    if (batch.length >= batchSize) await write();
  }
  if (batch.length) await write();
  // Split the stages' CPU time in the ratio of their wall times (one thread, nothing else running).
  const stagesCpu = steps.stages ?? 0;
  delete steps.stages;
  const ordered: Record<string, number> = {};
  for (const k of ['JSON.parse', 'read (record, layout, id)']) if (k in steps) ordered[k] = steps[k]!;
  for (const [name, ms] of Object.entries(timings)) ordered[`stage ${name}`] = stageWall > 0 ? (stagesCpu * ms) / stageWall : 0;
  for (const [k, v] of Object.entries(steps)) if (!(k in ordered)) ordered[k] = v;
  const per: Record<string, number> = {};
  let total = 0;
  for (const [k, v] of Object.entries(ordered)) {
    per[k] = articles ? +(v / articles).toFixed(3) : 0;
    total += v;
  }
  return { articles, steps: per, totalMs: articles ? +(total / articles).toFixed(3) : 0 };
}
