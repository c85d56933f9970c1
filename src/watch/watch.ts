/**
 * The watch loop: rounds on a schedule until stopped (the signal), a status line per round. State
 * (conditional-GET validators, seen URLs) is saved after every source, so a stopped watcher resumes
 * where it was.
 */
import { HostLimiter, defaultSleep } from './limiter.js';
import { runRound, statusLine, type RoundStats, type Sink } from './round.js';
import type { WatchSource } from './sources.js';
import { WatchState } from './state.js';

export interface WatchOptions {
  sources: WatchSource[];
  sink: Sink;
  /** JSON state file (null: in memory only). */
  statePath: string | null;
  intervalS: number;
  once?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  hostIntervalMs?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Stop after this many rounds (tests). */
  maxRounds?: number;
}

export const DEFAULTS = { intervalS: 300, timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, hostIntervalMs: 2_000 };

export async function watchSources(opts: WatchOptions): Promise<RoundStats[]> {
  const state = new WatchState(opts.statePath);
  const limiter = new HostLimiter(opts.hostIntervalMs ?? DEFAULTS.hostIntervalMs);
  const log = opts.log ?? ((l: string) => process.stdout.write(l + '\n'));
  const rounds: RoundStats[] = [];
  for (let round = 1; ; round++) {
    const stats = await runRound(opts.sources, state, opts.sink, limiter, {
      timeoutMs: opts.timeoutMs ?? DEFAULTS.timeoutMs,
      maxBytes: opts.maxBytes ?? DEFAULTS.maxBytes,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    rounds.push(stats);
    const last = !!opts.once || !!opts.signal?.aborted || (opts.maxRounds !== undefined && round >= opts.maxRounds);
    for (const e of stats.errors) log(`  ${e}`);
    log(statusLine(round, stats, last ? null : opts.intervalS));
    if (last) break;
    await defaultSleep(opts.intervalS * 1000, opts.signal);
    if (opts.signal?.aborted) break;
  }
  state.save();
  return rounds;
}
