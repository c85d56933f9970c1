/**
 * `findDates(text, {reference})`: every date and time expression of an Arabic text, resolved
 * against the reference time when one is given (ISO 8601). Spans are in the original text.
 */
import type { DateExpression } from '../doc/doc.js';
import { RasidError } from '../doc/errors.js';
import { parseReference, type Reference } from './calendar.js';
import type { Resolved } from './resolve.js';
import { scan, scanEach, type Found } from './scan.js';

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

/** The parsed reference, or null when `iso` is absent or malformed (kept parsed like `referenceOf`'s). */
export function tryReferenceOf(iso: string | undefined): Reference | null {
  try {
    return referenceOf(iso);
  } catch {
    return null;
  }
}

/** The expression's notes and warnings as one `note` string, or undefined when there are none. */
function noteOf(r: Resolved): string | undefined {
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
  const note = noteOf(r);
  if (note !== undefined) e.note = note;
  return e;
}

function dateOf(text: string, start: number, end: number, r: Resolved): DateExpression {
  const e: DateExpression = { start, end, text: text.slice(start, end), value: r.value, grain: r.grain, calendar: r.calendar, relative: r.relative };
  const note = noteOf(r);
  if (note !== undefined) e.note = note;
  return e;
}

/** Expressions of the call in progress, copied out at its end (an exact-size result instead of a growing one). */
const pending: DateExpression[] = [];
let pendingN = 0;
let pendingText = '';
let collecting = false;

function collect(start: number, end: number, _p: unknown, r: Resolved): void {
  pending[pendingN++] = dateOf(pendingText, start, end, r);
}

/** The collected expressions as a new array; the buffer let go. */
function takePending(): DateExpression[] {
  const out: DateExpression[] = new Array<DateExpression>(pendingN);
  for (let k = 0; k < pendingN; k++) {
    out[k] = pending[k]!;
    pending[k] = EMPTY;
  }
  pendingN = 0;
  pendingText = '';
  return out;
}
const EMPTY: DateExpression = { start: 0, end: 0, text: '', value: null, grain: 'day', calendar: 'none', relative: false };

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
  const out: DateExpression[] = [];
  scanEach(text, ref, (start, end, _p, r) => {
    const e = dateOf(text, start, end, r);
    out.push(e);
    const ws = r.warnings;
    for (let x = 0; x < ws.length; x++) warn(e, ws[x]!);
  });
  return out;
}

/** Date expressions of `text` (DateExpression objects of the Doc's `dates` layer). */
export function findDates(text: string, opts: FindOptions = {}): DateExpression[] {
  const ref = referenceOf(opts.reference);
  if (collecting) {
    // a findDates inside another (not done today): a plain list of its own
    const out: DateExpression[] = [];
    scanEach(text, ref, (start, end, _p, r) => out.push(dateOf(text, start, end, r)));
    return out;
  }
  collecting = true;
  pendingText = text;
  try {
    scanEach(text, ref, collect);
    return takePending();
  } finally {
    if (pendingN) takePending();
    collecting = false;
  }
}
