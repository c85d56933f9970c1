/**
 * Text-core throughput: normalize (with offset map) + tokenize + lightStem over the `content`
 * fields of the SaudiNewsNet stratified sample, against NLTK's ISRIStemmer and snowballstemmer's
 * Arabic stemmer in Python (/usr/bin/python3) on the same text in the same run. The Python side's
 * timed loop splits each text on white space (str.split) and stems every piece — its whole work;
 * it does no normalization with offsets and no tokenization of punctuation, so it does less work
 * than rasid, whose timed pass (`scanText`) normalizes each text with its offset map, tokenizes it
 * (token spans covering every non-space character, each token's range in the search form) and
 * light-stems every word. The stem memo is emptied before every timed pass, so each pass pays its
 * cache misses as a fresh process would (one per distinct word form); the figure with the memo
 * warm from the previous pass (every word a hit) is printed beside it. The same work through the
 * object API (`normalize`, `tokenize` with a Token object per token, `lightStem(token.norm)`) is
 * timed too, and checked once to give the same stems as the lean pass. MB = UTF-8 megabytes of the
 * `content` fields (10^6 bytes). Speeds are per second of CPU time of the measuring process
 * (Node: process.cpuUsage; Python: time.process_time), best of several passes, because the machine
 * is shared and wall-clock time mostly measures the other processes; wall-clock MB/s is printed too.
 * snowballstemmer (pure Python, ~0.1 MB/s) runs on every 10th article only, once.
 * Run: `npm run bench -- text` or `npx tsx bench/text.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sharedPath } from '../src/data/paths.js';
import { searchTerms } from '../src/text/analyzer.js';
import { normalize } from '../src/text/normalize.js';
import { scanText } from '../src/text/scan-text.js';
import { clearStemMemo, lightStem } from '../src/text/stem.js';
import { KIND_NAMES, tokenize } from '../src/text/tokenize.js';

const PY = `
import json, sys, time
from nltk.stem.isri import ISRIStemmer
import snowballstemmer
texts = []
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        line = line.strip()
        if line:
            c = json.loads(line).get('content') or ''
            if c: texts.append(c)
toks = [t.split() for t in texts]
out = {}
isri = ISRIStemmer()
best = None
for _ in range(int(sys.argv[2])):
    t0 = time.process_time()
    w0 = time.perf_counter()
    for t in texts:
        for w in t.split(): isri.stem(w)
    d = time.process_time() - t0
    if best is None or d < best:
        best = d
        out['isriWall'] = time.perf_counter() - w0
out['isri'] = best
sb = snowballstemmer.stemmer('arabic')
sub = texts[::10]
t0 = time.process_time()
w0 = time.perf_counter()
for t in sub:
    sb.stemWords(t.split())
out['snowball'] = time.process_time() - t0
out['snowballWall'] = time.perf_counter() - w0
out['snowballBytes'] = sum(len(t.encode('utf-8')) for t in texts[::10])
out['words'] = sum(len(ws) for ws in toks)
print(json.dumps(out))
`;

function mbps(bytes: number, seconds: number): number {
  return bytes / 1e6 / seconds;
}

/**
 * One pass of rasid's text core over `texts` (`scanText`: search form + offset map, token spans,
 * a light stem per word), the stem memo emptied first; returns a checksum (to keep the work alive).
 */
function rasidPass(texts: string[], cold = true): number {
  if (cold) clearStemMemo();
  let n = 0;
  for (const t of texts) {
    const r = scanText(t);
    n += (r.norm.text.length & 1) + r.norm.starts.length + r.tokens.n;
    for (let i = 0; i < r.tokens.n; i++) n += r.stems[i]!.length;
  }
  return n;
}

/** The same work through the object API (a Token object per token), the stem memo emptied first. */
function objectPass(texts: string[]): number {
  clearStemMemo();
  let n = 0;
  for (const t of texts) {
    const norm = normalize(t);
    const toks = tokenize(t);
    n += (norm.text.length & 1) + norm.starts.length + toks.length;
    for (const tok of toks) if (tok.kind === 'word') n += lightStem(tok.norm).length;
  }
  return n;
}

/** Does the lean pass give what the object API gives (search form, map, spans, each word's stem)? Returns the first difference. */
function checkSameWork(texts: string[]): string | null {
  for (const t of texts) {
    const norm = normalize(t);
    const toks = tokenize(t);
    const r = scanText(t);
    if (r.norm.text !== norm.text || r.tokens.n !== toks.length) return 'normalized text or token count';
    for (let k = 0; k < norm.starts.length; k++) if (r.norm.starts[k] !== norm.starts[k] || r.norm.ends[k] !== norm.ends[k]) return 'offset map';
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      if (r.tokens.starts[i] !== tok.start || r.tokens.ends[i] !== tok.end || KIND_NAMES[r.tokens.kinds[i]!] !== tok.kind) return `token ${tok.text}`;
      const stem = tok.kind === 'word' ? lightStem(tok.norm) : '';
      if (r.stems[i] !== stem) return `stem of ${tok.text}`;
    }
  }
  return null;
}

/** Best CPU seconds (and the wall seconds of that pass) of `runs` calls of `f`. */
function timeBest(runs: number, f: () => number): { cpu: number; wall: number; sink: number } {
  let cpu = Infinity;
  let wall = Infinity;
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    sink += f();
    const w = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const dt = (c.user + c.system) / 1e6;
    if (dt < cpu) {
      cpu = dt;
      wall = w;
    }
  }
  return { cpu, wall, sink };
}

export async function bench(): Promise<Record<string, unknown>> {
  const file = sharedPath('news', 'saudinewsnet', 'sample-stratified.jsonl');
  if (!file || !existsSync(file)) {
    console.log('text: SKIPPED — ../shared/data/news/saudinewsnet/sample-stratified.jsonl is absent (set RASID_SHARED)');
    return { skipped: 'shared data absent' };
  }
  const texts: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = (JSON.parse(line) as { content?: string }).content;
    if (c) texts.push(c);
  }
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
  const chars = texts.reduce((a, t) => a + t.length, 0);
  let tokens = 0;
  for (const t of texts) tokens += tokenize(t).length;
  console.log(`text: ${texts.length} articles (content fields), ${(bytes / 1e6).toFixed(2)} MB UTF-8, ${chars} UTF-16 units, ${tokens} tokens`);

  const diff = checkSameWork(texts);
  if (diff) throw new Error(`scanText and the object API disagree (${diff})`);
  const distinct = new Set<string>();
  for (const t of texts) for (const tok of tokenize(t)) if (tok.kind === 'word') distinct.add(tok.norm);

  // rasid: warm up, then the best of 5 passes (as many as Python's), each with an empty stem memo.
  rasidPass(texts);
  objectPass(texts);
  const lean = timeBest(5, () => rasidPass(texts));
  const objects = timeBest(5, () => objectPass(texts));
  const warm = timeBest(3, () => rasidPass(texts, false));
  const best = lean.cpu;
  const bestWall = lean.wall;
  let sink = lean.sink + objects.sink + warm.sink;
  // per-stage figures (best of 3, CPU seconds)
  const stage = (f: () => void) => {
    let b = Infinity;
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      f();
      const c = process.cpuUsage(c0);
      b = Math.min(b, (c.user + c.system) / 1e6);
    }
    return b;
  };
  const tNorm = stage(() => {
    for (const t of texts) sink += normalize(t).text.length & 1;
  });
  const tTok = stage(() => {
    for (const t of texts) sink += tokenize(t).length & 1;
  });
  const words: string[] = [];
  for (const t of texts) for (const tok of tokenize(t)) if (tok.kind === 'word') words.push(tok.norm);
  const tStem = stage(() => {
    clearStemMemo();
    for (const w of words) sink += lightStem(w).length & 1;
  });
  const tTerms = stage(() => {
    for (const t of texts) sink += searchTerms(t).length & 1;
  });
  const rasid = mbps(bytes, best);
  const objectMBps = mbps(bytes, objects.cpu);
  console.log(
    `text: rasid normalize+tokenize+lightStem (scanText): ${rasid.toFixed(1)} MB/s of CPU time (${(best * 1000).toFixed(0)} ms CPU, best of 5, stem memo empty at the start of each pass: ${distinct.size} distinct word forms; that pass ${mbps(bytes, bestWall).toFixed(1)} MB/s wall-clock)`,
  );
  console.log(
    `text:   the same work through the object API (normalize, tokenize, lightStem per Token): ${objectMBps.toFixed(1)} MB/s; scanText with the memo warm from the previous pass: ${mbps(bytes, warm.cpu).toFixed(1)} MB/s`,
  );
  console.log(
    `text:   stages alone: normalize ${mbps(bytes, tNorm).toFixed(1)} MB/s, tokenize ${mbps(bytes, tTok).toFixed(1)} MB/s, lightStem ${(words.length / tStem / 1e6).toFixed(2)} M words/s (memo empty at the start)`,
  );
  console.log(`text:   searchTerms (the store's indexing path: tokenize + search form + lightStem + stop flags): ${mbps(bytes, tTerms).toFixed(1)} MB/s`);

  const py = spawnSync('/usr/bin/python3', ['-c', PY, file, '5'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const result: Record<string, unknown> = {
    articles: texts.length,
    megabytes: +(bytes / 1e6).toFixed(3),
    tokens,
    rasidMBps: +rasid.toFixed(2),
    objectApiMBps: +objectMBps.toFixed(2),
    warmMemoMBps: +mbps(bytes, warm.cpu).toFixed(2),
    distinctWordForms: distinct.size,
    normalizeMBps: +mbps(bytes, tNorm).toFixed(2),
    tokenizeMBps: +mbps(bytes, tTok).toFixed(2),
    lightStemWordsPerSec: Math.round(words.length / tStem),
    searchTermsMBps: +mbps(bytes, tTerms).toFixed(2),
  };
  if (py.status !== 0) {
    console.log(`text: Python peers FAILED to run (/usr/bin/python3 with nltk and snowballstemmer): ${(py.stderr || py.error?.message || '').trim().split('\n').pop()}`);
    result.python = 'failed';
  } else {
    const p = JSON.parse(py.stdout.trim().split('\n').pop()!) as { isri: number; isriWall: number; snowball: number; snowballWall: number; snowballBytes: number; words: number };
    const isri = mbps(bytes, p.isri);
    const snow = mbps(p.snowballBytes, p.snowball);
    const faster = Math.max(isri, snow);
    console.log(
      `text: Python NLTK ISRIStemmer (str.split, ${p.words} words, best of 5): ${isri.toFixed(2)} MB/s of CPU time (${mbps(bytes, p.isriWall).toFixed(2)} wall) — rasid is ${(rasid / isri).toFixed(1)}x`,
    );
    console.log(
      `text: Python snowballstemmer arabic (str.split + stemWords, every 10th article = ${(p.snowballBytes / 1e6).toFixed(2)} MB, once): ${snow.toFixed(3)} MB/s of CPU time (${mbps(p.snowballBytes, p.snowballWall).toFixed(3)} wall) — rasid is ${(rasid / snow).toFixed(0)}x`,
    );
    console.log(
      `text: ratio to the faster Python peer: ${(rasid / faster).toFixed(1)}x (target ≥ 20x) ${rasid / faster >= 20 ? 'MET' : 'NOT MET'}; with the stem memo warm ${(mbps(bytes, warm.cpu) / faster).toFixed(1)}x; object API ${(objectMBps / faster).toFixed(1)}x`,
    );
    Object.assign(result, {
      isriMBps: +isri.toFixed(3),
      snowballMBps: +snow.toFixed(3),
      ratioToFasterPython: +(rasid / faster).toFixed(1),
      warmMemoRatioToFasterPython: +(mbps(bytes, warm.cpu) / faster).toFixed(1),
      objectApiRatioToFasterPython: +(objectMBps / faster).toFixed(1),
    });
  }
  if (sink === -1) console.log('');
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bench();
}
