/**
 * The timing protocol of the dates benchmarks (bench/dates.bench.ts, src/time/articles-bench.ts): warm up
 * for `warmS` CPU-seconds, then `rounds` rounds of whole passes of at least `roundS` CPU-seconds each, in
 * CPU time of this process (process.cpuUsage, which counts node's JIT and GC threads too).
 */

/** CPU seconds of this process so far. */
export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Each timed round's CPU seconds per pass of `onePass`, after the warm-up. */
export function secondsPerPass(onePass: () => void, opts: { warmS: number; roundS: number; rounds: number }): number[] {
  let t0 = cpuSeconds();
  while (cpuSeconds() - t0 < opts.warmS) onePass();
  const out: number[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    let n = 0;
    let el = 0;
    t0 = cpuSeconds();
    do {
      onePass();
      n++;
      el = cpuSeconds() - t0;
    } while (el < opts.roundS);
    out.push(el / n);
  }
  return out;
}
