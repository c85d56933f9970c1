/**
 * Standoff spans: every annotation in rasid points into the original text by UTF-16 offsets
 * `[start, end)`, and carries `text === original.slice(start, end)` so a reader can check it.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Build a span over `source`, clamping nothing: callers pass valid offsets. */
export function span(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

/** True when `s` is a well-formed span of `source` (in range, ordered, text equal to the slice). */
export function isSpanOf(source: string, s: Span): boolean {
  return (
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start <= s.end &&
    s.end <= source.length &&
    source.slice(s.start, s.end) === s.text
  );
}

/** Shrink `[start, end)` so it neither starts nor ends with white space. */
export function trimSpan(source: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(source[start]!)) start++;
  while (end > start && /\s/u.test(source[end - 1]!)) end--;
  return span(source, start, end);
}

/** Two spans overlap when they share at least one code unit. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
