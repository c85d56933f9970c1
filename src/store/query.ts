/**
 * The search query language: words, "phrases", -exclusions, OR between words or phrases, and
 * filters `speaker:`, `entity:`, `outlet:`, `type:article|statement`, `from:`/`to:` (YYYY, YYYY-MM
 * or YYYY-MM-DD; digits in any script). Filter values may be quoted (`speaker:"عادل الجبير"`).
 * Any string either parses or fails with E_QUERY_INVALID / E_QUERY_TOO_LONG; the result is data,
 * never SQL or FTS syntax.
 */
import { RasidError } from '../doc/errors.js';
import { normalizeText } from '../text/normalize.js';
import type { ParsedQuery, QueryFilters, QueryNode } from './types.js';

export const MAX_QUERY_LENGTH = 1000;

const FILTERS = ['speaker', 'entity', 'outlet', 'type', 'from', 'to'] as const;
type FilterKey = (typeof FILTERS)[number];

type Lexeme =
  | { kind: 'or' }
  | { kind: 'term'; text: string; phrase: boolean; negated: boolean }
  | { kind: 'filter'; key: FilterKey; value: string };

function invalid(detail: string): never {
  throw new RasidError('E_QUERY_INVALID', { detail });
}

function isSpace(ch: string): boolean {
  return /\s/u.test(ch);
}

/** Quote characters accepted around phrases: straight and typographic double quotes. */
const QUOTES = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb']);
const CLOSE: Record<string, string[]> = {
  '"': ['"', '\u201d', '\u201c'],
  '\u201c': ['\u201d', '"'],
  '\u201d': ['\u201d', '\u201c', '"'],
  '\u00ab': ['\u00bb'],
  '\u00bb': ['\u00ab'],
};

function lex(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const readQuoted = (): string => {
    const open = q[i]!;
    const closers = CLOSE[open]!;
    let j = i + 1;
    while (j < q.length && !closers.includes(q[j]!)) j++;
    if (j >= q.length) invalid(`the quote opened at character ${i + 1} is not closed`);
    const text = q.slice(i + 1, j);
    i = j + 1;
    return text;
  };
  while (i < q.length) {
    const ch = q[i]!;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' && i + 1 < q.length && !isSpace(q[i + 1]!)) {
      negated = true;
      i++;
    }
    if (QUOTES.has(q[i]!)) {
      out.push({ kind: 'term', text: readQuoted(), phrase: true, negated });
      continue;
    }
    let j = i;
    while (j < q.length && !isSpace(q[j]!) && !QUOTES.has(q[j]!)) j++;
    const word = q.slice(i, j);
    const colon = word.indexOf(':');
    const key = colon > 0 ? word.slice(0, colon).toLowerCase() : '';
    if (!negated && (FILTERS as readonly string[]).includes(key)) {
      i += colon + 1;
      let value: string;
      if (i < q.length && QUOTES.has(q[i]!)) value = readQuoted();
      else {
        j = i;
        while (j < q.length && !isSpace(q[j]!)) j++;
        value = q.slice(i, j);
        i = j;
      }
      if (!value.trim()) invalid(`the filter ${key}: has no value`);
      out.push({ kind: 'filter', key: key as FilterKey, value: value.trim() });
      continue;
    }
    i = j;
    if (!negated && (word === 'OR' || word === '|')) out.push({ kind: 'or' });
    else if (word) out.push({ kind: 'term', text: word, phrase: false, negated });
  }
  return out;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with / or .) as the first or last day it covers. */
export function parseDay(value: string, end: boolean): string {
  const v = normalizeText(value).trim();
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(v);
  if (!m) invalid(`"${value}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : end ? 12 : 1;
  if (mo < 1 || mo > 12) invalid(`"${value}" has no month ${mo}`);
  const d = m[3] ? Number(m[3]) : end ? lastDay(y, mo) : 1;
  if (d < 1 || d > lastDay(y, mo)) invalid(`"${value}" has no day ${d}`);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TYPES: Record<string, 'article' | 'statement'> = {
  article: 'article',
  articles: 'article',
  statement: 'statement',
  statements: 'statement',
};

/** Parse a query string (see the module comment). */
export function parseQuery(input: string): ParsedQuery {
  if (typeof input !== 'string') invalid('the query must be text');
  if (input.length > MAX_QUERY_LENGTH) throw new RasidError('E_QUERY_TOO_LONG', { length: input.length, limit: MAX_QUERY_LENGTH });
  const filters: QueryFilters = {};
  const clauses: QueryNode[] = [];
  const lexemes = lex(input);
  for (let k = 0; k < lexemes.length; k++) {
    const l = lexemes[k]!;
    if (l.kind === 'filter') {
      switch (l.key) {
        case 'speaker':
        case 'entity':
        case 'outlet':
          (filters[l.key] ??= []).push(l.value);
          break;
        case 'type': {
          const t = TYPES[l.value.toLowerCase()];
          if (!t) invalid(`type: must be article or statement, not "${l.value}"`);
          if (filters.type && filters.type !== t) invalid('type: is given twice with different values');
          filters.type = t;
          break;
        }
        case 'from':
          filters.from = parseDay(l.value, false);
          break;
        case 'to':
          filters.to = parseDay(l.value, true);
          break;
      }
      continue;
    }
    if (l.kind === 'or') {
      const prev = clauses[clauses.length - 1];
      const next = lexemes[k + 1];
      if (!prev || lexemes[k - 1]?.kind !== 'term') invalid('OR needs a word or phrase before it');
      if (!next || next.kind !== 'term') invalid('OR needs a word or phrase after it');
      if (prev.op === 'not' || next.negated) invalid('an exclusion (-word) cannot be part of OR');
      k++;
      const right: QueryNode = { op: 'term', text: next.text, phrase: next.phrase };
      clauses[clauses.length - 1] = prev.op === 'or' ? { op: 'or', items: [...prev.items, right] } : { op: 'or', items: [prev, right] };
      continue;
    }
    const term: QueryNode = { op: 'term', text: l.text, phrase: l.phrase };
    clauses.push(l.negated ? { op: 'not', item: term } : term);
  }
  if (filters.from && filters.to && filters.from > filters.to) invalid(`from: ${filters.from} is after to: ${filters.to}`);
  const root: QueryNode | null = clauses.length === 0 ? null : clauses.length === 1 ? clauses[0]! : { op: 'and', items: clauses };
  return { root, filters };
}
