/**
 * Write rasid's predictions for a date case file in the format of the reference scorer
 * (../shared/tools/score_dates.py), to cross-check `rasid eval dates`:
 *   npx tsx src/time/export-predictions.ts CASES.jsonl > pred.jsonl
 *   /usr/bin/python3 ../shared/tools/score_dates.py pred.jsonl CASES.jsonl
 */
import { findDates } from './find.js';
import { readCases } from './evaluate.js';

const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: export-predictions.ts CASES.jsonl\n');
  process.exit(2);
}
for (const c of readCases(path)) {
  const predicted = findDates(c.text, c.reference ? { reference: c.reference } : {}).map((e) => ({ start: e.start, end: e.end, value: e.value }));
  process.stdout.write(JSON.stringify({ id: c.id, predicted }) + '\n');
}
