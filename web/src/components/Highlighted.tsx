import { highlightRuns } from '../segments.js';

/** A snippet with its matched words marked; the text is rendered as text, never as HTML. */
export function Highlighted({ text, highlights }: { text: string; highlights: { start: number; end: number }[] }) {
  return (
    <>
      {highlightRuns(text, highlights).map((r) => (r.marks.length ? <mark key={r.start}>{r.text}</mark> : <span key={r.start}>{r.text}</span>))}
    </>
  );
}
