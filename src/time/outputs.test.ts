import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { findDatesDetailed } from './find.js';
import { snapshotInputs, type Snapshot } from './snapshot-outputs.js';

// The finder's output on every fixture text (and pairs of them) as recorded by snapshot-outputs.ts:
// a change made for speed must leave every span, value, grain, note and warning as it was.
const recorded = JSON.parse(readFileSync(fixturePath('dates', 'outputs.json'), 'utf8')) as Snapshot[];

describe('findDates: recorded outputs', () => {
  it('covers the same texts as the fixtures give today', () => {
    expect(snapshotInputs().map((x) => [x.text, x.reference])).toEqual(recorded.map((x) => [x.text, x.reference]));
  });
  it('returns exactly the recorded expressions for every text', () => {
    const diffs: { text: string; reference: string | null; want: unknown; got: unknown }[] = [];
    for (const r of recorded) {
      const got = JSON.parse(JSON.stringify(findDatesDetailed(r.text, r.reference ? { reference: r.reference } : {}))) as unknown;
      if (JSON.stringify(got) !== JSON.stringify(r.found)) diffs.push({ text: r.text, reference: r.reference, want: r.found, got });
    }
    expect(diffs.slice(0, 5)).toEqual([]);
    expect(recorded.length).toBeGreaterThan(800);
  });
  it('gives the same answers on a second run (no state carried between calls)', () => {
    for (const r of recorded.slice(0, 200)) {
      const a = JSON.stringify(findDatesDetailed(r.text, r.reference ? { reference: r.reference } : {}));
      const b = JSON.stringify(findDatesDetailed(r.text, r.reference ? { reference: r.reference } : {}));
      expect(b).toBe(a);
    }
  });
});
