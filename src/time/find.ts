/**
 * `findDates(text, {reference})`: every date and time expression of an Arabic text, resolved
 * against the reference time when one is given (ISO 8601). Spans are in the original text.
 */
import type { DateExpression } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import { parseReference, type Reference } from './calendar.js';
import { scan, type Found } from './scan.js';

export interface FindOptions {
  /** Reference time for relative expressions (ISO 8601, e.g. `2021-01-22T10:42:00Z`). */
  reference?: string;
}

/** A found expression with the warnings its resolution raised (weekday contradicting the date, ...). */
export interface FoundDate extends DateExpression {
  warnings: { code: string; message: string }[];
}

/** The last few references parsed (a caller alternating between a few reference times parses each once). */
const REF_CACHE = 4;
const lastRefs: { iso: string; ref: Reference }[] = [];

/** Parse a reference or throw E_REFERENCE_INVALID. */
export function referenceOf(iso: string | undefined): Reference | null {
  if (iso === undefined || iso === '') return null;
  for (let k = 0; k < lastRefs.length; k++) if (lastRefs[k]!.iso === iso) return lastRefs[k]!.ref;
  const r = parseReference(iso);
  if (!r) throw new RasidError('E_REFERENCE_INVALID', { value: iso });
  if (lastRefs.length === REF_CACHE) lastRefs.pop();
  lastRefs.unshift({ iso, ref: r });
  return r;
}

/** The expression's notes and warnings as one `note` string, or undefined when there are none. */
function noteOf(f: Found): string | undefined {
  const r = f.resolved;
  if (r.warnings.length === 0) {
    if (r.notes.length === 0) return undefined;
    if (r.notes.length === 1) return r.notes[0];
  }
  return [...r.notes, ...r.warnings.map((w) => `${w.code}: ${w.message}`)].join('; ');
}

function toExpression(f: Found): FoundDate {
  const r = f.resolved;
  const e: FoundDate = {
    start: f.start,
    end: f.end,
    text: f.text,
    value: r.value,
    grain: r.grain,
    calendar: r.calendar,
    relative: r.relative,
    // a list of its own (a resolution without warnings shares one frozen empty list)
    warnings: r.warnings.length ? r.warnings : [],
  };
  const note = noteOf(f);
  if (note !== undefined) e.note = note;
  return e;
}

function toDate(f: Found): DateExpression {
  const r = f.resolved;
  const e: DateExpression = { start: f.start, end: f.end, text: f.text, value: r.value, grain: r.grain, calendar: r.calendar, relative: r.relative };
  const note = noteOf(f);
  if (note !== undefined) e.note = note;
  return e;
}

/** Date expressions with their warnings. Throws E_REFERENCE_INVALID for a malformed reference. */
export function findDatesDetailed(text: string, opts: FindOptions = {}): FoundDate[] {
  const ref = referenceOf(opts.reference);
  return scan(text, ref).map(toExpression);
}

/**
 * Date expressions of `text`, each warning their resolution raised passed to `warn` with its expression
 * (the dates stage's path: no FoundDate objects to take apart).
 */
export function findDatesWarn(text: string, opts: FindOptions, warn: (e: DateExpression, w: { code: string; message: string }) => void): DateExpression[] {
  const ref = referenceOf(opts.reference);
  const found = scan(text, ref);
  const out: DateExpression[] = new Array<DateExpression>(found.length);
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    const e = toDate(f);
    out[k] = e;
    const ws = f.resolved.warnings;
    for (let x = 0; x < ws.length; x++) warn(e, ws[x]!);
  }
  return out;
}

/** Date expressions of `text` (DateExpression objects of the Doc's `dates` layer). */
export function findDates(text: string, opts: FindOptions = {}): DateExpression[] {
  const ref = referenceOf(opts.reference);
  const found = scan(text, ref);
  const out: DateExpression[] = new Array<DateExpression>(found.length);
  for (let k = 0; k < found.length; k++) out[k] = toDate(found[k]!);
  return out;
}
