/**
 * Dates benchmark: the same Arabic date strings through rasid's `findDates` and through Python's
 * dateparser (`/usr/bin/python3`, Debian's python3-dateparser, `languages=['ar']`, `RELATIVE_BASE` = the
 * case's reference), in one run: strings per second and share parsed correctly for both, printed as ratios.
 *
 * Strings: every case of fixtures/dates/*.jsonl (Duckling's and dateparser's Arabic test cases and
 * rasid's issue cases), each with its reference time. A string is parsed correctly when the value
 * for the gold expression equals the gold value (src/time/evaluate.ts `sameValue`), and a negative
 * case when nothing is found. dateparser returns one datetime per string: it is formatted at the
 * gold grain before comparison (generous to it); intervals it cannot express count as misses.
 *
 * Fairness of the speed figures: both sides parse the same strings with the same references, each
 * in its own process, timed in CPU time (process.cpuUsage / time.process_time) so that other processes
 * on a shared machine do not skew the ratio; start-up and data loading are excluded. The peer gets
 * its fastest public path: one `DateDataParser(languages=['ar'], settings={'RELATIVE_BASE': ref})` per
 * reference, built before timing, then `get_date_data(s)` per string — the answers of
 * `dateparser.parse(s, languages=['ar'], settings=...)` (which builds a new parser on every call) at
 * about 1.25× its speed. Both sides warm up for WARM_S CPU-seconds, then run ROUNDS timed rounds of
 * whole passes; each side's figure is its median round (node's CPU time includes its JIT and GC threads).
 *
 * Then, for rasid alone: CPU time of the `dates` stage per SaudiNewsNet article (src/time/articles-bench.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fixturePath } from '../src/data/paths.js';
import { overlaps } from '../src/doc/span.js';
import { daysFromCivil, fmtWeek } from '../src/time/calendar.js';
import { readCases, sameValue, type DateCase } from '../src/time/evaluate.js';
import { findDates } from '../src/time/find.js';
import { median, secondsPerPass } from '../src/time/cpu-rounds.js';
import { articlesBench } from '../src/time/articles-bench.js';

const PYTHON = '/usr/bin/python3';
/** Both sides: warm-up CPU-seconds, CPU-seconds per timed round, rounds (the median round is reported). */
const WARM_S = 1;
const ROUND_S = 0.4;
const ROUNDS = 5;

const PY = String.raw`
import json, sys, time, warnings
warnings.filterwarnings('ignore')
from dateparser.date import DateDataParser
from datetime import datetime
items = json.load(sys.stdin)
warm_s, round_s, rounds = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
def base(ref):
    if not ref: return datetime(2000, 1, 1)
    return datetime.fromisoformat(ref.replace('Z', '+00:00')).replace(tzinfo=None)
# One DateDataParser per reference time, built before timing: what dateparser.parse(s, languages=['ar'],
# settings={'RELATIVE_BASE': ref}) does on every call, minus rebuilding the parser (same results, faster).
parsers = {}
def parser_for(ref):
    if ref not in parsers:
        parsers[ref] = DateDataParser(languages=['ar'], settings={'RELATIVE_BASE': base(ref)})
    return parsers[ref]
prepared = [(s, parser_for(r)) for s, r in items]
def one_pass():
    out = []
    for s, p in prepared:
        try:
            d = p.get_date_data(s)['date_obj']
        except Exception:
            d = None
        out.append(None if d is None else d.isoformat())
    return out
results = one_pass()
t0 = time.process_time()
while time.process_time() - t0 < warm_s: one_pass()   # warm-up
rates = []
for _ in range(rounds):
    n = 0
    t0 = time.process_time()
    while True:
        one_pass(); n += 1
        el = time.process_time() - t0
        if el >= round_s: break
    rates.append(n * len(prepared) / el)
print(json.dumps({'rates': rates, 'results': results}))
`;

function dpValue(iso: string | null, grain: string | undefined, goldValue: string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(.*)$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, z] = m;
  const zone = z ? z : '';
  switch (grain) {
    case 'year':
      return y!;
    case 'month':
      return /^\d{4}-\d{2}$/.test(goldValue) ? `${y}-${mo}` : `${y}-${mo}-${d}`;
    case 'week':
      return fmtWeek(daysFromCivil(Number(y), Number(mo), Number(d)));
    case 'hour':
    case 'minute':
    case 'second':
      return `${y}-${mo}-${d}T${h}:${mi}${zone}`;
    default:
      return `${y}-${mo}-${d}`;
  }
}

interface Item {
  file: string;
  c: DateCase;
  gold: { text: string; value: string | null; grain?: string } | null;
}

export async function bench(): Promise<Record<string, unknown>> {
  const dir = fixturePath('dates');
  const items: Item[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const c of readCases(`${dir}/${f}`)) {
      if (c.expected.length > 1) for (const g of c.expected) items.push({ file: f, c: { ...c, text: g.text, expected: [g] }, gold: g });
      else items.push({ file: f, c, gold: c.expected[0] ?? null });
    }
  }
  const strings = items.map((x) => x.c.text);
  console.log(`${strings.length} Arabic date strings (fixtures/dates/*.jsonl)`);

  // rasid: correctness
  let rasidOk = 0;
  const rasidHit: boolean[] = [];
  for (const it of items) {
    const preds = findDates(it.c.text, it.c.reference ? { reference: it.c.reference } : {});
    let ok: boolean;
    if (!it.gold) ok = preds.length === 0;
    else {
      const s = it.c.text.indexOf(it.gold.text);
      const span = { start: s, end: s + it.gold.text.length };
      ok = preds.some((p) => overlaps(p, span) && sameValue(p.value, it.gold!.value));
    }
    rasidHit.push(ok);
    if (ok) rasidOk++;
  }
  // rasid: speed — the same protocol as the peer's: warm up for WARM_S CPU-seconds, then ROUNDS rounds of
  // whole passes of at least ROUND_S CPU-seconds each; the figure is the median round.
  const opts = items.map((it) => (it.c.reference ? { reference: it.c.reference } : {}));
  const onePass = () => {
    for (let k = 0; k < items.length; k++) findDates(items[k]!.c.text, opts[k]);
  };
  const rasidRates = secondsPerPass(onePass, { warmS: WARM_S, roundS: ROUND_S, rounds: ROUNDS }).map((sec) => items.length / sec);
  const rasidRate = median(rasidRates);

  // dateparser
  if (!existsSync(PYTHON)) {
    console.log('dateparser: /usr/bin/python3 not found — peer skipped');
    return { strings: strings.length, rasidPerSecond: rasidRate, rasidCorrect: rasidOk / items.length };
  }
  const py = spawnSync(PYTHON, ['-c', PY, String(WARM_S), String(ROUND_S), String(ROUNDS)], {
    input: JSON.stringify(items.map((x) => [x.c.text, x.c.reference ?? null])),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (py.status !== 0) {
    console.log(`dateparser failed: ${py.stderr.split('\n').filter(Boolean).pop() ?? py.status}`);
    return { strings: strings.length, rasidPerSecond: rasidRate, rasidCorrect: rasidOk / items.length };
  }
  const out = JSON.parse(py.stdout.trim().split('\n').pop()!) as { rates: number[]; results: (string | null)[] };
  let dpOk = 0;
  const dpHit: boolean[] = [];
  items.forEach((it, k) => {
    const r = out.results[k] ?? null;
    let ok = false;
    if (!it.gold) ok = r === null;
    else if (it.gold.value && sameValue(dpValue(r, it.gold.grain, it.gold.value), it.gold.value)) ok = true;
    dpHit.push(ok);
    if (ok) dpOk++;
  });
  const files = [...new Set(items.map((x) => x.file))];
  const perFile: Record<string, { strings: number; rasid: number; dateparser: number }> = {};
  for (const f of files) {
    const ks = items.map((x, k) => (x.file === f ? k : -1)).filter((k) => k >= 0);
    perFile[f] = { strings: ks.length, rasid: ks.filter((k) => rasidHit[k]).length, dateparser: ks.filter((k) => dpHit[k]).length };
    console.log(`  ${f.padEnd(22)} ${String(ks.length).padStart(4)} strings   rasid ${perFile[f].rasid}   dateparser ${perFile[f].dateparser}`);
  }
  const dpRate = median(out.rates);
  const pct = (x: number) => (100 * x).toFixed(1) + '%';
  const rc = rasidOk / items.length;
  const dc = dpOk / items.length;
  const range = (xs: number[]) => `(rounds ${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
  console.log(`rasid       ${rasidRate.toFixed(0).padStart(8)} strings/CPU-s ${range(rasidRates)}   correct ${pct(rc)} (${rasidOk}/${items.length})`);
  console.log(`dateparser  ${dpRate.toFixed(0).padStart(8)} strings/CPU-s ${range(out.rates)}   correct ${pct(dc)} (${dpOk}/${items.length})`);
  console.log(`ratio       speed ×${(rasidRate / dpRate).toFixed(1)}   correct ×${(rc / Math.max(dc, 1e-9)).toFixed(2)} (target: speed ≥ ×50, correct > ×1)`);
  // the dates stage on whole news articles (src/time/articles-bench.ts; skipped without ../shared)
  const articles = articlesBench();
  return {
    strings: items.length,
    ...(articles ? { stageUsPerArticle: articles.usPerArticle } : {}),
    rasidPerSecond: Math.round(rasidRate),
    dateparserPerSecond: Math.round(dpRate),
    rasidCorrect: Math.round(rc * 10000) / 10000,
    dateparserCorrect: Math.round(dc * 10000) / 10000,
    speedRatio: Math.round((rasidRate / dpRate) * 10) / 10,
    correctRatio: Math.round((rc / Math.max(dc, 1e-9)) * 100) / 100,
    perFile,
  };
}
