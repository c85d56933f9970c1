/**
 * Ingest progress on stderr: a redrawn bar on a terminal (articles, articles/s, ETA, errors), plain
 * lines every few seconds otherwise. Error lines are printed above the bar.
 */
export interface ProgressState {
  done: number;
  failed: number;
  /** Fraction of the input read (0..1), for the ETA; null when unknown. */
  fraction: number | null;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  constructor(
    private readonly out: NodeJS.WriteStream | { write(s: string): boolean; isTTY?: boolean; columns?: number },
    private readonly tty = !!out.isTTY,
    private readonly everyMs = tty ? 100 : 5000,
  ) {}

  private line(s: ProgressState): string {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? s.done / secs : 0;
    const eta = s.fraction && s.fraction > 0 && s.fraction < 1 ? formatDuration((secs * (1 - s.fraction)) / s.fraction) : s.fraction === 1 ? '0s' : '?';
    return `${s.done} articles, ${rate.toFixed(0)}/s, ETA ${eta}, ${s.failed} error${s.failed === 1 ? '' : 's'}`;
  }

  update(s: ProgressState, force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < this.everyMs) return;
    this.lastDraw = now;
    if (this.tty) {
      const width = 24;
      const f = Math.max(0, Math.min(1, s.fraction ?? 0));
      const fill = Math.round(f * width);
      const bar = '[' + '#'.repeat(fill) + '.'.repeat(width - fill) + ']';
      this.out.write(`\r\x1b[2K${bar} ${(f * 100).toFixed(0).padStart(3)}% ${this.line(s)}`);
      this.drawn = true;
    } else {
      this.out.write(`ingest: ${this.line(s)}\n`);
    }
  }

  /** Print a message line (an error) without breaking the bar. */
  message(text: string): void {
    if (this.tty && this.drawn) this.out.write('\r\x1b[2K');
    this.out.write(text + '\n');
    this.lastDraw = 0;
  }

  finish(): void {
    if (this.tty && this.drawn) this.out.write('\r\x1b[2K');
  }
}
