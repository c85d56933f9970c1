/**
 * `npm run bench`: every benchmark in one run. Each `bench/<area>.bench.ts` exports `bench()`, which
 * prints its own lines and returns its figures; this runner collects them into
 * `bench/results.json` (written only when every section ran). Pass section names to run a subset:
 * `npm run bench -- text dates`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sharedDir } from '../src/data/paths.js';

const SECTIONS = ['text', 'dates', 'ner', 'statements', 'pages', 'store', 'serve'];

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const sections = wanted.length ? SECTIONS.filter((s) => wanted.includes(s)) : SECTIONS;

const shared = sharedDir();
console.log(`rasid bench — ${new Date().toISOString()} — node ${process.version}`);
console.log(shared ? `shared data: ${shared}` : 'shared data: ABSENT (../shared not found; set RASID_SHARED). Sections that need it say so.');

const results: Record<string, unknown> = {};
let failed = 0;
for (const name of sections) {
  const file = join(here, `${name}.bench.ts`);
  if (!existsSync(file)) {
    console.log(`\n## ${name}: no benchmark file`);
    continue;
  }
  console.log(`\n## ${name}`);
  try {
    const mod = (await import(pathToFileURL(file).href)) as { bench(): Promise<Record<string, unknown>> };
    results[name] = await mod.bench();
  } catch (e) {
    failed++;
    console.log(`!! ${name} failed: ${(e as Error).message}`);
  }
}
if (!wanted.length && !failed) writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.exitCode = failed ? 1 : 0;
