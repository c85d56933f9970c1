/**
 * Build `data/time/ummalqura.json` (the compact Umm al-Qura month-start table) from the
 * hijridate constants in the shared data folder:
 *   npx tsx src/time/build-hijri-table.ts [path/to/ummalqura-constants.json]
 * The table stores the first month's start (a Reduced Julian Day number) and one character per
 * month: its length modulo 10 ('9' = 29 days, '0' = 30; the early table has a few 28- and 31-day months).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath, sharedPath } from '../data/paths.js';

interface Constants {
  HIJRI_OFFSET: number;
  MONTH_STARTS: number[];
  HIJRI_RANGE: number[][];
  GREGORIAN_RANGE: number[][];
}

const src = process.argv[2] ?? sharedPath('dates', 'hijri-ummalqura', 'ummalqura-constants.json');
if (!src) {
  process.stderr.write('build-hijri-table: ../shared is absent; pass the constants file path\n');
  process.exit(2);
}
const c = JSON.parse(readFileSync(src, 'utf8')) as Constants;
let lengths = '';
for (let i = 0; i + 1 < c.MONTH_STARTS.length; i++) {
  const len = c.MONTH_STARTS[i + 1]! - c.MONTH_STARTS[i]!;
  if (len < 28 || len > 31) throw new Error(`month ${i} has ${len} days`);
  lengths += String(len % 10);
}
const out = {
  _doc:
    'Umm al-Qura calendar month starts, compact form. Month index k = (hijriYear - 1) * 12 + (month - 1); the first month ' +
    '(index firstIndex) starts on Reduced Julian Day firstRjd (JDN = RJD + 2400000); lengths[i] is the month length modulo 10 ' +
    '("9" = 29, "0" = 30, "8" = 28, "1" = 31 days). Derived from hijridate ummalqura.py MONTH_STARTS (MIT, see SOURCE.md).',
  firstIndex: c.HIJRI_OFFSET,
  firstRjd: c.MONTH_STARTS[0],
  hijriRange: c.HIJRI_RANGE,
  gregorianRange: c.GREGORIAN_RANGE,
  lengths,
};
writeFileSync(dataPath('time', 'ummalqura.json'), JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`wrote ${lengths.length} months\n`);
