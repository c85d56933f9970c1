/**
 * Compile `data/entities/places.json` (LOC gazetteer) from the world-cities list in ../shared
 * (jamsshhayd/world-cities-translations, CC BY 4.0). Run: `npx tsx src/entities/build-places.ts`.
 * Administrative prefixes (ولاية، محافظة، مدينة ...) are also dropped to give the bare name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, sharedPath } from '../data/paths.js';

const ADMIN = /^(ولاية|محافظة|مدينة|مقاطعة|إقليم|منطقة|بلدية|قضاء|ناحية)\s+/u;

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

export function buildPlaces(csv: string): string[] {
  const names = new Set<string>();
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [country, , city] = parseCsvLine(line);
    for (const n of [country, city]) {
      const v = (n ?? '').trim();
      if (!v || /[A-Za-z]/.test(v)) continue;
      names.add(v);
      const bare = v.replace(ADMIN, '');
      if (bare !== v && bare.length > 1) names.add(bare);
    }
  }
  return [...names].sort();
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!);
if (isMain) {
  const src = sharedPath('gazetteers', 'world-cities-ar', 'world-cities.csv');
  if (!src) {
    process.stderr.write('rasid: E_DATA_MISSING: ../shared is absent (set RASID_SHARED)\n');
    process.exit(5);
  }
  const names = buildPlaces(readFileSync(join(src), 'utf8'));
  writeFileSync(
    dataPath('entities', 'places.json'),
    JSON.stringify({ source: 'jamsshhayd/world-cities-translations@4f746eb Data/world-cities.csv (CC BY 4.0), countries and cities in Arabic', names }, null, 0) + '\n',
  );
  process.stdout.write(`places.json: ${names.length} names\n`);
}
