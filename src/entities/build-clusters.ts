/**
 * Build the NER word clusters (`src/entities/clusters.ts`) from unlabeled text:
 * `npx tsx src/entities/build-clusters.ts --out FILE [--sources a,b,...] [--min-count N] [--max-words N] [--depth N] [--contexts N]`.
 * Sources (under ../shared/data): `anercorp` (the words of ANERcorp train, no tags), `aqmar`, `wojood`,
 * `wikinews` (QCRI WikiNews, diacritics dropped), `saudinewsnet` (CC BY-NC-SA: research only, never for the
 * default model). Default sources: anercorp,aqmar,wojood (see DEFAULT_SOURCES). Deterministic (same text, same file).
 * `train:ner` uses a clusters file only when given `--clusters FILE` (it then copies it beside the model).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { asRasidError, RasidError } from '../doc/errors.js';
import { sharedPath } from '../data/paths.js';
import { normalizeText } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { ContextCounter, DEFAULT_CLUSTER_OPTIONS, serializeClusters } from './clusters.js';
import { readConll } from './conll.js';
import { readAqmar, readWojood } from './corpora.js';

/**
 * The default sources: open licences that allow commercial use (ANERcorp CC BY-SA 4.0, AQMAR CC BY-SA 3.0,
 * the Wojood sample MIT). `wikinews` is opt-in: its README says "feel free to copy and distribute", but it is
 * also listed as research-only elsewhere.
 */
export const DEFAULT_SOURCES = ['anercorp', 'aqmar', 'wojood'];

function need(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) throw new RasidError('E_DATA_MISSING', { path: `../shared/data/${parts.join('/')} (set RASID_SHARED)` });
  return p;
}

function addText(counter: ContextCounter, text: string): void {
  for (const para of text.split(/\n+/)) {
    const words = tokenize(para).map((t) => normalizeText(t.text) || t.text);
    if (words.length) counter.add(words);
  }
}

/** Feed one source's sentences to the counter. */
export function readSource(name: string, counter: ContextCounter): void {
  const tokensOf = (s: { tokens: string[] }) => s.tokens.map((t) => normalizeText(t) || t);
  switch (name) {
    case 'anercorp':
      for (const s of readConll(join(need('ner', 'anercorp'), 'train.txt'))) counter.add(tokensOf(s));
      return;
    case 'aqmar':
      for (const s of readAqmar(need('ner', 'aqmar', 'articles'))) counter.add(tokensOf(s));
      return;
    case 'wojood':
      for (const s of readWojood(need('ner', 'wojood-sample'))) counter.add(tokensOf(s));
      return;
    case 'wikinews':
      addText(counter, readFileSync(join(need('text', 'wikinews-qcri'), 'WikiNewsTruth.txt'), 'utf8').replace(/^#.*$/gm, ''));
      return;
    case 'saudinewsnet': {
      const dir = need('news', 'saudinewsnet', 'dataset');
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.zip')).sort()) {
        const files = unzipSync(readFileSync(join(dir, f)));
        for (const k of Object.keys(files).sort()) {
          const arts = JSON.parse(strFromU8(files[k]!)) as { title?: string; content?: string }[];
          for (const a of arts) addText(counter, `${a.title ?? ''}\n${a.content ?? ''}`);
        }
      }
      return;
    }
    default:
      throw new RasidError('E_USAGE', { detail: `unknown cluster source ${name}` });
  }
}

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : def;
}

function run(): void {
  const t0 = Date.now();
  const sources = arg('--sources', DEFAULT_SOURCES.join(',')).split(',');
  const out = arg('--out', '');
  if (!out) throw new RasidError('E_USAGE', { detail: 'build-clusters needs --out FILE' });
  const counter = new ContextCounter();
  for (const s of sources) readSource(s, counter);
  const opts = {
    ...DEFAULT_CLUSTER_OPTIONS,
    minCount: Number(arg('--min-count', String(DEFAULT_CLUSTER_OPTIONS.minCount))),
    maxWords: Number(arg('--max-words', String(DEFAULT_CLUSTER_OPTIONS.maxWords))),
    depth: Number(arg('--depth', String(DEFAULT_CLUSTER_OPTIONS.depth))),
    contexts: Number(arg('--contexts', String(DEFAULT_CLUSTER_OPTIONS.contexts))),
  };
  console.log(`${sources.join('+')}: ${counter.tokens} tokens (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  const clusters = counter.build(opts);
  writeFileSync(out, serializeClusters(clusters));
  console.log(`wrote ${out}: ${clusters.size} words (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
}

try {
  run();
} catch (e: unknown) {
  const re = asRasidError(e);
  process.stderr.write(`rasid: ${re.toLine()}\n`);
  process.exitCode = re.exitCode;
}
