/**
 * Evaluation of date finding against gold cases (`rasid eval dates`). A case is
 * `{"id","text","reference","expected":[{"text","value","grain","start"?}], "ignore"?: [text], "tags"?: [..]}`.
 * A prediction matches a gold expression when its span overlaps the gold span and its value
 * equals the gold value (intervals: both ends); matching is one-to-one. Values are compared on
 * their date/time fields (seconds ignored); when both name a zone they are compared as instants,
 * and a gold value without a zone ignores the predicted zone.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';
import { overlaps } from '../doc/span.js';
import { daysFromCivil, parseOffset } from './calendar.js';
import { findDates } from './find.js';
import type { DateExpression } from '../doc/doc.js';

export interface GoldExpression {
  text: string;
  value: string | null;
  grain?: string;
  start?: number;
}

export interface DateCase {
  id: string;
  text: string;
  reference?: string | null;
  expected: GoldExpression[];
  ignore?: string[];
  tags?: string[];
}

export interface CaseResult {
  id: string;
  gold: number;
  predicted: number;
  correct: number;
  spanHits: number;
  misses: { text: string; expected: string | null; got: string[] }[];
  extra: { text: string; value: string | null }[];
}

export interface DatesScore {
  precision: number;
  recall: number;
  spanRecall: number;
  cases: number;
  expressions: number;
  predictions: number;
  correct: number;
  results: CaseResult[];
}

/** Read a JSONL case file; malformed lines throw E_GOLD_INVALID with the line number. */
export function readCases(path: string): DateCase[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new RasidError('E_INPUT_MISSING', { path });
  }
  const out: DateCase[] = [];
  raw.split('\n').forEach((line, k) => {
    if (!line.trim()) return;
    let c: unknown;
    try {
      c = JSON.parse(line);
    } catch (e) {
      throw new RasidError('E_GOLD_INVALID', { path, line: k + 1, detail: (e as Error).message });
    }
    const o = c as DateCase;
    if (!o || typeof o !== 'object' || typeof o.text !== 'string' || !Array.isArray(o.expected)) {
      throw new RasidError('E_GOLD_INVALID', { path, line: k + 1, detail: 'needs "text" and an "expected" list' });
    }
    out.push({ ...o, id: String(o.id ?? `line-${k + 1}`) });
  });
  return out;
}

const ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function endOf(v: string): { fields: string; instant: number | null } {
  const s = v.trim();
  const m = ISO.exec(s);
  if (!m) return { fields: s, instant: null };
  const [, y, mo, d, hh, mi, , z] = m;
  const fields = [y, mo, d, hh, hh ? (mi ?? '00') : undefined].filter((x) => x !== undefined).join('|');
  let instant: number | null = null;
  if (z && hh && mo && d) {
    const off = parseOffset(z) ?? 0;
    instant = daysFromCivil(Number(y), Number(mo), Number(d)) * 1440 + Number(hh) * 60 + Number(mi ?? 0) - off;
  }
  return { fields, instant };
}

/** Equal values under the rule above. */
export function sameValue(pred: string | null, gold: string | null): boolean {
  if (pred === null || gold === null) return false;
  const ps = pred.split('/');
  const gs = gold.split('/');
  if (ps.length !== gs.length) return false;
  for (let k = 0; k < ps.length; k++) {
    const a = endOf(ps[k]!);
    const b = endOf(gs[k]!);
    if (a.instant !== null && b.instant !== null) {
      if (a.instant !== b.instant) return false;
    } else if (a.fields !== b.fields) return false;
  }
  return true;
}

function goldSpan(c: DateCase, g: { text: string; start?: number }): { start: number; end: number } {
  let s = typeof g.start === 'number' ? g.start : c.text.indexOf(g.text);
  if (s < 0) s = -1;
  return { start: s, end: s < 0 ? -1 : s + g.text.length };
}

export type Predictor = (text: string, reference: string | undefined) => DateExpression[];

const defaultPredictor: Predictor = (text, reference) => findDates(text, reference ? { reference } : {});

/** Score one case. */
export function scoreCase(c: DateCase, predict: Predictor = defaultPredictor): CaseResult {
  const gold = c.expected.map((g) => ({ ...goldSpan(c, g), value: g.value, text: g.text }));
  const ign = (c.ignore ?? []).map((t) => goldSpan(c, { text: t }));
  let preds = predict(c.text, c.reference ?? undefined);
  preds = preds.filter((p) => gold.some((g) => overlaps(p, g)) || !ign.some((x) => overlaps(p, x)));
  const used = new Set<number>();
  const r: CaseResult = { id: c.id, gold: gold.length, predicted: preds.length, correct: 0, spanHits: 0, misses: [], extra: [] };
  for (const g of gold) {
    const hit = preds.findIndex((p, k) => !used.has(k) && overlaps(p, g) && sameValue(p.value, g.value));
    if (hit >= 0) {
      used.add(hit);
      r.correct++;
    } else {
      r.misses.push({ text: g.text, expected: g.value, got: preds.filter((p) => overlaps(p, g)).map((p) => `${p.text} → ${p.value}`) });
    }
    if (preds.some((p) => overlaps(p, g))) r.spanHits++;
  }
  preds.forEach((p, k) => {
    if (!used.has(k) && !gold.some((g) => overlaps(p, g))) r.extra.push({ text: p.text, value: p.value });
  });
  return r;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** Score a list of cases. */
export function evaluateDates(cases: DateCase[], predict: Predictor = defaultPredictor): DatesScore {
  const results = cases.map((c) => scoreCase(c, predict));
  const expressions = results.reduce((a, r) => a + r.gold, 0);
  const predictions = results.reduce((a, r) => a + r.predicted, 0);
  const correct = results.reduce((a, r) => a + r.correct, 0);
  const spans = results.reduce((a, r) => a + r.spanHits, 0);
  return {
    precision: predictions ? round(correct / predictions) : 0,
    recall: expressions ? round(correct / expressions) : 0,
    spanRecall: expressions ? round(spans / expressions) : 0,
    cases: cases.length,
    expressions,
    predictions,
    correct,
    results,
  };
}
