/**
 * Evaluation on real news: the HeidelTime-Arabic test corpus in ../shared/data/dates/arabic-timeml-news
 * (50 Omani news articles, TimeML TIMEX3; no licence, internal evaluation only — nothing of it is
 * copied into the repository). Prints span recall for DATE/TIME expressions, span precision
 * (a prediction counts when it overlaps any TIMEX3, durations and sets included) and value accuracy
 * for the DATE/TIME expressions whose gold value is an ISO date (for documents whose date can be
 * inferred from a gold `اليوم`/`الامس`, relative ones too).
 *   npx tsx src/time/timeml-eval.ts [--details]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../data/paths.js';
import { overlaps } from '../doc/span.js';
import { normalizeText } from '../text/normalize.js';
import { civilFromDays, daysFromCivil, fmtDate } from './calendar.js';
import { sameValue } from './evaluate.js';
import { findDates } from './find.js';

interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

function parseTml(xml: string): { text: string; timex: Timex[] } {
  const body = xml.replace(/^[\s\S]*?<TimeML>/, '').replace(/<\/TimeML>[\s\S]*$/, '').replace(/^\uFEFF/, '');
  let text = '';
  const timex: Timex[] = [];
  const re = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += body.slice(last, m.index);
    const attrs = m[1]!;
    const inner = m[2]!;
    const start = text.length;
    text += inner;
    timex.push({ start, end: text.length, text: inner, type: /type="(\w+)"/.exec(attrs)?.[1] ?? '', value: /value="([^"]*)"/.exec(attrs)?.[1] ?? '' });
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  return { text: text.replace(/\uFEFF/g, ' '), timex };
}

/** The document date implied by a gold اليوم (that day) or الامس/امس (the day after). */
function inferReference(timex: Timex[]): string | null {
  for (const t of timex) {
    const n = normalizeText(t.text).trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t.value);
    if (!m) continue;
    const z = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
    if (n === 'اليوم') return t.value;
    if (n === 'الامس' || n === 'امس' || n === 'يوم امس') {
      const c = civilFromDays(z + 1);
      return fmtDate(c.y, c.m, c.d);
    }
  }
  return null;
}

const dir = sharedPath('dates', 'arabic-timeml-news', 'Corpus_test');
if (!dir) {
  process.stdout.write('timeml-eval: ../shared is absent (set RASID_SHARED); nothing to evaluate\n');
  process.exit(0);
}
const details = process.argv.includes('--details');
let gold = 0;
let spanHit = 0;
let preds = 0;
let predHit = 0;
let isoGold = 0;
let isoOk = 0;
let isoResolved = 0;
let isoResolvedOk = 0;
let docsWithRef = 0;
const lines: string[] = [];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml')).sort()) {
  const { text, timex } = parseTml(readFileSync(join(dir, f), 'utf8'));
  const reference = inferReference(timex);
  if (reference) docsWithRef++;
  const found = findDates(text, reference ? { reference } : {});
  const dates = timex.filter((t) => t.type === 'DATE' || t.type === 'TIME');
  for (const t of dates) {
    gold++;
    const over = found.filter((p) => overlaps(p, t));
    if (over.length) spanHit++;
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value)) {
      isoGold++;
      const ok = over.some((p) => sameValue(p.value, t.value));
      if (ok) isoOk++;
      if (over.some((p) => p.value !== null)) {
        isoResolved++;
        if (ok) isoResolvedOk++;
      }
      else if (details) lines.push(`VALUE ${f} «${t.text}» gold ${t.value}; got ${over.map((p) => `${p.text} → ${p.value}`).join(' | ') || 'nothing'}`);
    } else if (!over.length && details) lines.push(`SPAN  ${f} «${t.text}» (${t.value}) missed`);
  }
  for (const p of found) {
    preds++;
    if (timex.some((t) => overlaps(p, t))) predHit++;
    else if (details) lines.push(`EXTRA ${f} «${p.text}» → ${p.value}`);
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;
process.stdout.write(
  [
    `documents                   50 (${docsWithRef} with a date inferable from a gold اليوم/الامس)`,
    `span recall (DATE+TIME)     ${pct(spanHit, gold)}`,
    `span precision (any TIMEX3) ${pct(predHit, preds)}`,
    `value accuracy (ISO golds)  ${pct(isoOk, isoGold)}  — relative ones need the document date, known for 10 documents only`,
    `  … where rasid gave a value ${pct(isoResolvedOk, isoResolved)}`,
    ...lines,
  ].join('\n') + '\n',
);
