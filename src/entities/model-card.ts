/** Writes `data/models/MODEL_CARD.md`: sources and licences, features, recipe, dev figures, rebuild command. */
import { writeFileSync } from 'node:fs';
import { dataPath } from '../data/paths.js';
import type { NerScores } from './metrics.js';
import type { ModelHeader } from './model.js';

export interface CardInput {
  pass1: ModelHeader;
  pass2: ModelHeader;
  dev: NerScores;
  devPass1: NerScores;
  recipe: Record<string, unknown>;
  seconds: number;
  /** ANERcorp test figures of the final model (scored once, after training; nothing is tuned on them). */
  test?: NerScores;
}

function table(s: NerScores): string {
  const f = (x: number) => (100 * x).toFixed(2);
  const rows = Object.entries(s.perType).map(([t, v]) => `| ${t} | ${f(v.precision)} | ${f(v.recall)} | ${f(v.f1)} | ${v.gold} |`);
  return ['| type | P | R | F1 | gold |', '| --- | --- | --- | --- | --- |', ...rows, `| **micro** | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${s.gold} |`].join('\n');
}

export function writeModelCard(c: CardInput): void {
  const md = `# rasid NER model card

Files: \`ner.model.json\` + \`ner.model.bin\` (second pass), \`ner.pass1.json\` + \`ner.pass1.bin\` (first pass).
Loaded by \`src/entities/tagger.ts\` (\`loadTagger()\`). Written by \`npm run train:ner\` (this card too).

## Model
- Two averaged structured perceptrons (Collins 2002) over BIO labels (PERS, ORG, LOC, MISC) with first-order
  Viterbi decoding restricted to valid BIO transitions. Features are 32-bit hashes of (template, value);
  weights int16-quantized. Pass 1: ${c.pass1.features} features; pass 2: ${c.pass2.features} features.
- Pass 1 features (\`src/entities/features.ts\`): normalized form (\`normalizeText\`), form as written,
  clitic parts (proclitics, article, core, light stem, suffix; \`src/entities/clitics.ts\`), prefixes and suffixes
  1–4, core prefixes/suffixes 2–3, word shape and length, neighbouring words ±2, neighbours' cores and
  suffixes, word bigrams, shape trigram, sentence start/end, trigger-word classes of the word and of its
  neighbours ±2 (\`data/entities/triggers.json\`), gazetteer matches (longest match, clitic-aware) of the word and
  its neighbours for places (\`data/entities/places.json\`), organisations (\`organisations.txt\`) and given names
  (\`given-names.txt\`).
- Pass 2 adds document memory (\`src/entities/doc-memory.ts\`): for each word, the types and positions
  (single/first/middle/last) the first pass gave to the same clitic-free word in the ${String(c.recipe.window)} sentences
  before and after. In training, the first-pass tags come from ${String(c.recipe.folds)}-fold jackknifing.
- Training: ${String(c.recipe.epochs)} epochs, seed ${String(c.recipe.seed)}, feature cut-off ${String(c.recipe.minCount)}, word dropout ${String(c.recipe.dropout)}
  (probability of treating a training word seen at most ${String(c.recipe.rareMax)} time(s) as unknown; 0 = off).
  Deterministic. The whole run (dev recipe + final models + this card) took ${c.seconds.toFixed(0)} s on this machine
  (2 cores shared with other jobs; up to ~11 min when they were busy).
- The entities stage (not \`rasid eval ner\`) adds a document-consistency step after tagging (\`propagateNames\` in
  \`src/entities/link.ts\`: a name or surname tagged once is marked where it recurs untagged in the article, and
  unambiguous names of \`organisations.txt\` are marked); on the ANERcorp dev split it lowered F1 slightly (69.84 →
  69.55–69.78 depending on the span of sentences treated as one article), so it is left out of the tagger and the
  figures below are those of the tagger alone.

## Training data and licences
| source | use | licence |
| --- | --- | --- |
| ANERcorp, CAMeL Lab train split (Benajiba & Rosso 2007; Obeid et al. 2020) | tagged training data | CC BY-SA 4.0 |
| world-cities-translations (jamsshhayd, from Wikidata) → \`data/entities/places.json\` | place gazetteer | CC BY 4.0 |
| \`data/entities/triggers.json\`, \`organisations.txt\`, \`given-names.txt\`, \`roles.json\` | hand-written lists | MIT (rasid) |

No non-commercial data is used. Not used: ANERgazet (no licence stated), SaudiNewsNet (CC BY-NC-SA),
AQMAR (CC BY-SA 3.0; tried as extra training data for pass 1, it lowered the dev F1 from about 68–69 to
66.4 with its MISC classes dropped and to 66.5 with them kept as MISC). The weights are derived from
ANERcorp (CC BY-SA 4.0): share-alike may apply to the model files.

## Figures
Dev = the same recipe trained on the first 90% of ANERcorp train sentences and scored on the last 10%
(397 sentences), entity-level exact match (conlleval convention).

Pass 1 alone on dev: P ${(100 * c.devPass1.precision).toFixed(2)} R ${(100 * c.devPass1.recall).toFixed(2)} F1 ${(100 * c.devPass1.f1).toFixed(2)}

Both passes on dev:

${table(c.dev)}

Test (ANERcorp CAMeL test split, 2,285 entities; scored once on the final model, nothing tuned on it):

${c.test ? table(c.test) : '(../shared absent at training time: run the eval command below)'}

For comparison, published micro-F1 on the same split: AraBERT v0.2 81.3, Flair 83.4, AraELECTRA 84.0
(500 MB transformer models). This linear model is far behind them (see the figures above).

## Rebuild
\`\`\`
npm run train:ner              # ../shared/data/ner/anercorp/train.txt → data/models/ner.*
npm run rasid -- eval ner ../shared/data/ner/anercorp/test.txt
\`\`\`
`;
  writeFileSync(dataPath('models', 'MODEL_CARD.md'), md);
}
