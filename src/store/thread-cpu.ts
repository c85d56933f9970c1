/**
 * CPU time of the calling thread (main or worker), in milliseconds, from Linux's
 * `/proc/thread-self/stat` (10 ms resolution); null elsewhere. Node 20 has no per-thread CPU clock.
 */
import { readFileSync } from 'node:fs';

let available = process.platform === 'linux';

export function threadCpuMs(): number | null {
  if (!available) return null;
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null;
  } catch {
    available = false;
    return null;
  }
}
