/**
 * Cutting a text into runs for display: every annotation is a standoff span `[start, end)` and spans
 * may overlap or nest (an entity inside a statement), so the text is split at every span boundary and
 * each run carries the annotations that cover it. The runs' texts, joined, are the original text.
 */
export interface Mark<K extends string = string> {
  start: number;
  end: number;
  kind: K;
  /** Index of the annotation in its layer (statement number, entity number, ...). */
  index: number;
}

export interface Run<K extends string = string> {
  start: number;
  end: number;
  text: string;
  marks: Mark<K>[];
}

export function toRuns<K extends string>(text: string, marks: readonly Mark<K>[]): Run<K>[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...valid].sort((a, b) => a.start - b.start);
  const runs: Run<K>[] = [];
  let active: Mark<K>[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) {
      if (byStart[next]!.end > start) active.push(byStart[next]!);
      next++;
    }
    runs.push({ start, end, text: text.slice(start, end), marks: [...active] });
  }
  return runs;
}

/** Snippet highlights (offsets into the snippet) as runs, with `hit` marks. */
export function highlightRuns(text: string, highlights: readonly { start: number; end: number }[]): Run<'hit'>[] {
  return toRuns(
    text,
    highlights.map((h, index) => ({ start: h.start, end: h.end, kind: 'hit' as const, index })),
  );
}
