/**
 * The dateline parser the article reader uses: `parseDateline` from src/time/dateline.ts (the time
 * area owns the grammar of weekdays, months, digits and zones).
 */
import { parseDateline as parseTimeDateline } from '../time/dateline.js';

export interface DatelineHit {
  value: string;
  start: number;
  end: number;
  warnings: { code: string; message: string }[];
}

/** Parse one line as a dateline (null when it is not one). Offsets are inside `line`. */
export function parseDateline(line: string): DatelineHit | null {
  return parseTimeDateline(line);
}
