/**
 * `npm run train:ner [-- --dev] [--clusters FILE] [--model-dir DIR] [--epochs N] [--min-count N] [--seed N] [--dropout P] [--window N] [--folds N] [--o-penalty X]
 *   [--margin X] [--miss-cost X] [--prior-folds N] [--span-prior N] [--bigram-prior 0|1|2] [--o-sweep a,b] [--dump FILE] [--skip-test] [--aqmar] [--wojood] [--domain-adapt] [--dev2]`
 * Default: train on all of ANERcorp train (CAMeL split) and write data/models/ner.model.{json,bin},
 * data/models/ner.pass1.{json,bin} and data/models/MODEL_CARD.md (with the dev figure of the same recipe
 * trained on the first 90% of train and scored on the last 10%).
 * `--dev`: only that dev run, with per-epoch dev scores; writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { asRasidError, RasidError } from '../doc/errors.js';
import { dataPath, sharedPath } from '../data/paths.js';
import { readConll, type ConllSentence } from './conll.js';
import { readAqmar, readWojood } from './corpora.js';
import { parseClusters, serializeClusters } from './clusters.js';
import { FeatureExtractor } from './features.js';
import { loadLexicon, serializePrior } from './lexicon.js';
import type { NerScores } from './metrics.js';
import { saveModel } from './model.js';
import { writeModelCard } from './model-card.js';
import { evaluate, penalizeOutside, priorExtractors, splitDev, tagDocument, trainPerceptron, trainTwoPass, type TwoPass, type TwoPassOptions } from './train.js';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
}

export function fmtScores(s: NerScores): string {
  const f = (x: number) => (100 * x).toFixed(2);
  const per = Object.entries(s.perType)
    .map(([t, v]) => `${t} ${f(v.f1)}`)
    .join(' ');
  return `P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)} | ${per}`;
}

async function run(): Promise<void> {
  const dir = sharedPath('ner', 'anercorp');
  if (!dir) throw new RasidError('E_DATA_MISSING', { path: '../shared/data/ner/anercorp (set RASID_SHARED)' });
  const all = readConll(join(dir, 'train.txt'));
  const t0 = Date.now();
  const secs = () => ((Date.now() - t0) / 1000).toFixed(1) + 's';
  const opts: TwoPassOptions = {
    epochs: arg('--epochs', 8),
    minCount: arg('--min-count', 1),
    seed: arg('--seed', 20240521),
    dropout: arg('--dropout', 0),
    rareMax: arg('--rare-max', 1),
    window: arg('--window', 10),
    folds: arg('--folds', 3),
    labelFeatures: arg('--label-features', 0) === 1,
    outsidePenalty: arg('--o-penalty', 4),
    margin: arg('--margin', 0),
    missCost: arg('--miss-cost', arg('--margin', 0)),
    priorFolds: arg('--prior-folds', 5),
    spanPrior: arg('--span-prior', 0),
    bigramPrior: arg('--bigram-prior', 0) as 0 | 1 | 2,
    log: (l) => console.log(`${l} (${secs()})`),
  };
  // --clusters FILE: word-cluster features from that file (build-clusters.ts); none by default, so clusters
  // built from text under a non-commercial licence never reach the default model unasked
  const ci = process.argv.indexOf('--clusters');
  // --model-dir DIR: write the models (and their card) there instead of data/models (e.g. a research model)
  const mi = process.argv.indexOf('--model-dir');
  const modelDir = mi >= 0 ? resolve(process.argv[mi + 1]!) : dataPath('models');
  if (mi >= 0) mkdirSync(modelDir, { recursive: true });
  const clusterFile = ci >= 0 ? process.argv[ci + 1]! : 'none';
  if (clusterFile !== 'none' && !existsSync(clusterFile)) throw new RasidError('E_INPUT_MISSING', { path: clusterFile });
  const clusters = clusterFile !== 'none' ? parseClusters(readFileSync(clusterFile, 'utf8')) : undefined;
  const lex = clusters ? { ...loadLexicon(), clusters } : loadLexicon();
  if (clusters) console.log(`word clusters: ${clusterFile} (${clusters.size} words)`);
  const fx = new FeatureExtractor(lex);
  // --dev2: the check split of the model card (the first 10% of train as dev, trained on the rest); with --dev only
  const dev2 = process.argv.includes('--dev2');
  if (dev2 && !process.argv.includes('--dev')) throw new RasidError('E_USAGE', { detail: '--dev2 goes with --dev' });
  const split = dev2 ? splitDev([...all.slice(Math.round(all.length * 0.1)), ...all.slice(0, Math.round(all.length * 0.1))]) : splitDev(all);
  const dev = split.dev;
  let train = split.train;
  let extraData: ConllSentence[] = [];
  if (process.argv.includes('--aqmar')) {
    const aq = sharedPath('ner', 'aqmar', 'articles');
    if (!aq) throw new RasidError('E_DATA_MISSING', { path: '../shared/data/ner/aqmar' });
    extraData = readAqmar(aq, process.argv.includes('--aqmar-no-misc') ? 'drop' : 'keep');
    console.log(`+ AQMAR: ${extraData.length} sentences`);
  }
  if (process.argv.includes('--wojood')) {
    const wj = sharedPath('ner', 'wojood-sample');
    if (!wj) throw new RasidError('E_DATA_MISSING', { path: '../shared/data/ner/wojood-sample' });
    const w = readWojood(wj);
    extraData = [...extraData, ...w];
    console.log(`+ Wojood sample: ${w.length} sentences`);
  }
  train = [...extraData, ...train];
  // --domain-adapt: the extra corpora get their own copy of every feature (see TrainOptions.domains)
  const domainsFor = (n: number) => (process.argv.includes('--domain-adapt') && extraData.length ? [...extraData.map(() => 1), ...Array<number>(n).fill(0)] : undefined);
  if (process.argv.includes('--pass1')) {
    // pass 1 alone (a quick check of feature changes), with the jackknifed word prior as in the full recipe
    const px = opts.priorFolds ? priorExtractors(train, lex, opts.priorFolds) : undefined;
    trainPerceptron(train, px ? px.fxFor : lex, {
      ...opts,
      domains: domainsFor(train.length - extraData.length),
      onEpoch: (e, m) => console.log(`epoch ${e}: dev ${fmtScores(evaluate(m, px ? px.fx : fx, dev))} (${secs()})`),
    });
    return;
  }
  console.log(`dev run: train ${train.length} sentences, dev ${dev.length} (${dev2 ? 'first' : 'last'} 10% of ANERcorp train)`);
  const devModels: TwoPass = trainTwoPass(train, lex, { ...opts, domains: domainsFor(train.length - extraData.length) });
  const devPass1 = evaluate(devModels.pass1, devModels.fx ?? fx, dev);
  const devScores = evaluate(devModels, fx, dev);
  console.log(`dev pass 1: ${fmtScores(devPass1)}`);
  console.log(`dev pass 2: ${fmtScores(devScores)}`);
  // --dump FILE: the dev split with gold and predicted tags (token GOLD PRED), for error analysis of dev only
  const dumpAt = process.argv.indexOf('--dump');
  if (dumpAt >= 0) {
    const pred = tagDocument(devModels, devModels.fx ?? fx, dev.map((s) => s.tokens));
    const lines = dev.map((s, i) => s.tokens.map((t, k) => `${t} ${s.tags[k]} ${pred[i]![k]}`).join('\n'));
    writeFileSync(process.argv[dumpAt + 1]!, lines.join('\n\n') + '\n');
  }
  // --o-sweep a,b,c: dev figures with the outside penalty raised by each amount (a tuning aid, dev only)
  const sw = process.argv.indexOf('--o-sweep');
  if (sw >= 0) {
    for (const d of process.argv[sw + 1]!.split(',').map(Number)) {
      const m = { ...devModels, pass2: penalizeOutside(devModels.pass2, d) };
      console.log(`dev pass 2 (o-penalty ${opts.outsidePenalty! + d}): ${fmtScores(evaluate(m, fx, dev))}`);
    }
  }
  if (process.argv.includes('--dev')) return;
  const models = trainTwoPass([...extraData, ...all], lex, { ...opts, domains: domainsFor(all.length) });
  const seconds = (Date.now() - t0) / 1000;
  const { log: _log, ...recipe } = opts;
  const training = {
    source: extraData.length ? 'ANERcorp CAMeL train + extra corpora' : 'ANERcorp CAMeL train',
    sentences: all.length + extraData.length,
    ...recipe,
    ...(clusters ? { clusters: `${basename(clusterFile)} (${clusters.size} words)` } : {}),
  };
  const h1 = saveModel(models.pass1, join(modelDir, 'ner.pass1'), { ...training, pass: 1 });
  if (models.prior) writeFileSync(join(modelDir, 'ner.prior.tsv'), serializePrior(models.prior));
  if (clusters) writeFileSync(join(modelDir, 'ner.clusters.tsv'), serializeClusters(clusters));
  const link = {
    pass1: 'ner.pass1',
    window: opts.window,
    labelFeatures: opts.labelFeatures,
    ...(models.prior ? { prior: 'ner.prior.tsv' } : {}),
    ...(clusters ? { clusters: 'ner.clusters.tsv' } : {}),
  };
  const h2 = saveModel(models.pass2, join(modelDir, 'ner.model'), { ...training, pass: 2 }, link);
  console.log(`wrote ${modelDir}/ner.pass1 (${h1.features} features) and ner.model (${h2.features} features) in ${secs()}`);
  // The test split is scored once, after everything is fixed, for the card only (no choice depends on it).
  let test: NerScores | undefined;
  const testPath = join(dir, 'test.txt');
  // --skip-test: an intermediate model (the card then has no test figures)
  if (existsSync(testPath) && !process.argv.includes('--skip-test')) {
    test = evaluate(models, fx, readConll(testPath));
    console.log(`test (reported only): ${fmtScores(test)}`);
  }
  writeModelCard({ pass1: h1, pass2: h2, dev: devScores, devPass1, recipe, seconds, test, clusters: training.clusters }, join(modelDir, 'MODEL_CARD.md'));
  console.log(`wrote ${modelDir}/MODEL_CARD.md`);
}

run().catch((e: unknown) => {
  const re = asRasidError(e);
  process.stderr.write(`rasid: ${re.toLine()}\n`);
  if (process.env.RASID_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = re.exitCode;
});
