/**
 * Build the conformance case files fixtures/dates/duckling-ar.jsonl and dateparser-ar.jsonl from
 * the peers' own Arabic test data in ../shared/data/dates (Duckling BSD, dateparser BSD-3-Clause):
 *   npx tsx src/time/build-fixtures.ts
 * The conversion is mechanical: each peer's expected value becomes an ISO 8601 value at the peer's
 * grain (Duckling's exclusive interval ends become inclusive ends at the interval's grain).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixturePath, sharedPath } from '../data/paths.js';
import { civilFromDays, daysFromCivil, fmtDate, fmtDays, fmtMonth, fmtTime, fmtWeek, fmtYear } from './calendar.js';
import type { DateCase } from './evaluate.js';

type Six = [number, number, number, number, number, number];

interface DucklingGroup {
  kind: string;
  value?: Six;
  from?: Six;
  to_exclusive?: Six;
  grain: string;
  holiday?: string;
  inputs: string[];
}

const DUCKLING_REF = '2013-02-12T04:30:00-02:00';
const DUCKLING_ZONE = '-02:00';

function fmtAt(t: Six, grain: string, isRef: boolean): string {
  const [y, mo, d, h, mi, s] = t;
  switch (grain) {
    case 'Year':
      return fmtYear(y);
    case 'Quarter':
    case 'Month':
      return fmtMonth(y, mo);
    case 'Week':
      return fmtWeek(daysFromCivil(y, mo, d));
    case 'Day':
      return fmtDate(y, mo, d);
    case 'Hour':
      return `${fmtDate(y, mo, d)}T${fmtTime(h, 0)}${DUCKLING_ZONE}`;
    case 'Minute':
      return `${fmtDate(y, mo, d)}T${fmtTime(h, mi)}${DUCKLING_ZONE}`;
    default:
      return isRef ? DUCKLING_REF : `${fmtDate(y, mo, d)}T${fmtTime(h, mi, s)}${DUCKLING_ZONE}`;
  }
}

/** One grain before an exclusive end. */
function minusGrain(t: Six, grain: string): Six {
  const [y, mo, d, h, mi, s] = t;
  const z = daysFromCivil(y, mo, d);
  const sec = z * 86400 + h * 3600 + mi * 60 + s;
  const step: Record<string, number> = { Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400 };
  if (grain === 'Month') return mo === 1 ? [y - 1, 12, 1, 0, 0, 0] : [y, mo - 1, 1, 0, 0, 0];
  if (grain === 'Year') return [y - 1, 1, 1, 0, 0, 0];
  const t2 = sec - (step[grain] ?? 86400);
  const days = Math.floor(t2 / 86400);
  const rest = t2 - days * 86400;
  const c = civilFromDays(days);
  return [c.y, c.m, c.d, Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60];
}

function sameSix(a: Six, b: number[]): boolean {
  return a.every((x, k) => x === b[k]);
}

function duckling(): DateCase[] {
  const p = sharedPath('dates', 'duckling-ar', 'duckling-ar-corpus.json');
  if (!p) throw new Error('../shared is absent');
  const corpus = JSON.parse(readFileSync(p, 'utf8')) as { time: { groups: DucklingGroup[]; negative: string[] } };
  const refSix = [2013, 2, 12, 4, 30, 0];
  const cases: DateCase[] = [];
  corpus.time.groups.forEach((g, gi) => {
    let value: string;
    if (g.value) value = fmtAt(g.value, g.grain, sameSix(g.value, refSix));
    else if (g.from && g.to_exclusive) {
      const end = minusGrain(g.to_exclusive, g.grain);
      value = `${fmtAt(g.from, g.grain, sameSix(g.from, refSix))}/${fmtAt(end, g.grain, false)}`;
    } else return;
    g.inputs.forEach((text, k) => {
      cases.push({
        id: `duckling-${gi}-${k}`,
        text,
        reference: DUCKLING_REF,
        expected: [{ text, value, grain: g.grain.toLowerCase() }],
        tags: [g.kind],
      });
    });
  });
  corpus.time.negative.forEach((text, k) => cases.push({ id: `duckling-neg-${k}`, text, reference: DUCKLING_REF, expected: [], tags: ['negative'] }));
  return cases;
}

interface DpFile {
  relative_past_dates: { now: string; cases: { input: string; ago: Record<string, number> }[] };
  freshness_translation: { cases: [string, string][] };
  translation: { cases: [string, string][] };
  split: { cases: [string, unknown][] };
  search_dates_in_text: { settings: { RELATIVE_BASE: string }; text: string; expected: [string, string][] };
  hijri_parser: { cases: [string, string][] };
}

/** `now` minus an `ago` record (years, months, weeks, days, hours, minutes), as dateparser computes it. */
function ago(now: string, a: Record<string, number>, period: 'day' | 'minute'): string {
  const [date, time] = now.split('T') as [string, string];
  const parts = date.split('-').map(Number) as [number, number, number];
  let [y, mo] = parts;
  const d = parts[2];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  y -= a.years ?? 0;
  mo -= a.months ?? 0;
  while (mo < 1) {
    mo += 12;
    y--;
  }
  let mins = (daysFromCivil(y, mo, d) - 7 * (a.weeks ?? 0) - (a.days ?? 0)) * 1440 + h * 60 + mi - 60 * (a.hours ?? 0) - (a.minutes ?? 0);
  const days = Math.floor(mins / 1440);
  mins -= days * 1440;
  return period === 'day' ? fmtDays(days) : `${fmtDays(days)}T${fmtTime(Math.floor(mins / 60), mins % 60)}`;
}

function dateparser(): DateCase[] {
  const p = sharedPath('dates', 'dateparser-ar', 'dateparser-ar-test-cases.json');
  if (!p) throw new Error('../shared is absent');
  const f = JSON.parse(readFileSync(p, 'utf8')) as DpFile;
  const cases: DateCase[] = [];
  const now = f.relative_past_dates.now;
  f.relative_past_dates.cases.forEach((c, k) => {
    cases.push({ id: `dp-relative-${k}`, text: c.input, reference: now, expected: [{ text: c.input, value: ago(now, c.ago, 'day'), grain: 'day' }], tags: ['relative_past_dates'] });
  });
  // freshness translations that name a point in time (the bare durations يومين / 4 عام are not dates)
  const fresh: Record<string, { a: Record<string, number>; period: 'day' | 'minute' }> = {
    '1 day ago': { a: { days: 1 }, period: 'day' },
    '0 day ago': { a: {}, period: 'day' },
    'ago 2 hour': { a: { hours: 2 }, period: 'minute' },
  };
  f.freshness_translation.cases.forEach(([text, en], k) => {
    const x = fresh[en];
    if (!x) return;
    cases.push({ id: `dp-fresh-${k}`, text, reference: now, expected: [{ text, value: ago(now, x.a, x.period), grain: x.period === 'day' ? 'day' : 'hour' }], tags: ['freshness_translation'] });
  });
  const absolute = (text: string): string | null => {
    const m = /^(\d+) january (\d{4}) (\d{2}):(\d{2}) (am|pm)$/.exec(text);
    if (!m) return null;
    let h = Number(m[3]);
    if (m[5] === 'pm' && h < 12) h += 12;
    return `${fmtDate(Number(m[2]), 1, Number(m[1]))}T${fmtTime(h, Number(m[4]))}`;
  };
  f.translation.cases.forEach(([text, en], k) => {
    const v = absolute(en);
    if (v) cases.push({ id: `dp-translation-${k}`, text, reference: null, expected: [{ text, value: v, grain: 'minute' }], tags: ['translation'] });
  });
  f.split.cases.forEach(([text], k) => {
    cases.push({ id: `dp-split-${k}`, text, reference: null, expected: [{ text, value: '2015-01-08T10:01', grain: 'minute' }], tags: ['split'] });
  });
  const s = f.search_dates_in_text;
  cases.push({
    id: 'dp-search-text',
    text: s.text,
    reference: s.settings.RELATIVE_BASE,
    expected: s.expected.map(([t, v]) => ({ text: t, value: v.slice(0, 10), grain: 'day' })),
    tags: ['search_dates_in_text'],
  });
  f.hijri_parser.cases.forEach(([text, v], k) => {
    const t = text.trim();
    const value = v.endsWith('T00:00') ? v.slice(0, 10) : v;
    cases.push({ id: `dp-hijri-${k}`, text: t, reference: null, expected: [{ text: t, value, grain: value.length > 10 ? 'minute' : 'day' }], tags: ['hijri_parser'] });
  });
  return cases;
}

function write(name: string, cases: DateCase[]) {
  writeFileSync(fixturePath('dates', name), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  process.stdout.write(`${name}: ${cases.length} cases\n`);
}

write('duckling-ar.jsonl', duckling());
write('dateparser-ar.jsonl', dateparser());
