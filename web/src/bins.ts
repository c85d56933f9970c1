/** Counts per day binned for the charts: gaps filled with zeros, weeks past ~70 days, the densest window. */
export interface Bin {
  /** First day of the bin, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

export const DAY = 86_400_000;

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Fill the gaps between the first and last day with zeros; group by week (from Saturday) past ~70 days. */
export function binCounts(days: { value: string; count: number }[]): { bins: Bin[]; unit: 'day' | 'week' } {
  const valid = days.filter((d) => /^\d{4}-\d\d-\d\d$/.test(d.value) && !Number.isNaN(toTime(d.value)));
  if (!valid.length) return { bins: [], unit: 'day' };
  const times = valid.map((d) => toTime(d.value));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const unit = (last - first) / DAY > 70 ? 'week' : 'day';
  const start = unit === 'week' ? first - ((new Date(first).getUTCDay() + 1) % 7) * DAY : first;
  const step = unit === 'week' ? 7 * DAY : DAY;
  const n = Math.floor((last - start) / step) + 1;
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({ day: isoDay(start + i * step), count: 0 }));
  valid.forEach((d, i) => {
    bins[Math.floor((times[i]! - start) / step)]!.count += d.count;
  });
  return { bins, unit };
}

/**
 * When the days span more than `maxDays`, keep the window of `maxDays` holding the most counts
 * (a stray old or future date would otherwise flatten the chart); returns what was left out.
 */
export function densestWindow(days: { value: string; count: number }[], maxDays: number): { days: { value: string; count: number }[]; left: number } {
  const valid = days.filter((d) => /^\d{4}-\d\d-\d\d$/.test(d.value) && !Number.isNaN(toTime(d.value))).sort((a, b) => a.value.localeCompare(b.value));
  if (valid.length < 2 || (toTime(valid[valid.length - 1]!.value) - toTime(valid[0]!.value)) / DAY < maxDays) return { days: valid, left: 0 };
  let best = [0, 0];
  let bestSum = -1;
  let sum = 0;
  let j = 0;
  for (let i = 0; i < valid.length; i++) {
    sum += valid[i]!.count;
    while ((toTime(valid[i]!.value) - toTime(valid[j]!.value)) / DAY >= maxDays) sum -= valid[j++]!.count;
    if (sum > bestSum) {
      bestSum = sum;
      best = [j, i];
    }
  }
  const kept = valid.slice(best[0], best[1]! + 1);
  const total = valid.reduce((s, d) => s + d.count, 0);
  return { days: kept, left: total - bestSum };
}

