/**
 * Writes fixtures/dates/outputs.json: the finder's full output (spans, values, grains, calendars,
 * notes, warnings) for every fixture text, every gold expression alone, and fixture texts joined
 * in pairs, so a change to the finder's speed can be checked to change none of its answers
 * (`outputs.test.ts`). Regenerate only on purpose, after an intended change of output:
 *   npx tsx src/time/snapshot-outputs.ts
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { fixturePath } from '../data/paths.js';
import { readCases } from './evaluate.js';
import { findDatesDetailed, type FoundDate } from './find.js';

export interface Snapshot {
  text: string;
  reference: string | null;
  found: FoundDate[];
}

/** The texts the snapshot covers, each with its reference, in a fixed order. */
export function snapshotInputs(): { text: string; reference: string | null }[] {
  const dir = fixturePath('dates');
  const out: { text: string; reference: string | null }[] = [];
  const seen = new Set<string>();
  const add = (text: string, reference: string | null) => {
    const key = `${reference}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text, reference });
  };
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readCases(`${dir}/${f}`));
  for (const c of cases) {
    const ref = c.reference ?? null;
    add(c.text, ref);
    for (const g of c.expected) add(g.text, ref);
    // without a reference: relative expressions keep their span and say why
    add(c.text, null);
  }
  // pairs of texts in one string (a sentence after another; a list joined by و)
  for (let k = 0; k + 1 < cases.length; k += 2) {
    const a = cases[k]!;
    const b = cases[(k * 7 + 3) % cases.length]!;
    add(`${a.text}. ${b.text}`, a.reference ?? null);
    add(`${a.text} و${b.text}`, a.reference ?? null);
  }
  return out;
}

export function snapshot(): Snapshot[] {
  return snapshotInputs().map(({ text, reference }) => ({ text, reference, found: findDatesDetailed(text, reference ? { reference } : {}) }));
}

if (process.argv[1]?.endsWith('snapshot-outputs.ts')) {
  const s = snapshot();
  writeFileSync(fixturePath('dates', 'outputs.json'), JSON.stringify(s, null, 0).replace(/\},\{"text"/g, '},\n{"text"') + '\n');
  console.log(`${s.length} texts, ${s.reduce((a, x) => a + x.found.length, 0)} expressions → fixtures/dates/outputs.json`);
}
