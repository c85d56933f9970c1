/** The HTML reader's data files (./data/*.json, see ./data/SOURCE.md), loaded once. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RasidError } from '../../doc/errors.js';

export interface BoilerplateData {
  dropTags: string[];
  dropRoles: string[];
  negative: string[];
  positive: string[];
}

export interface BylineData {
  prefixes: string[];
  roleLabels: string[];
  institutionWords: string[];
  separators: string[];
}

export interface SiteNameData {
  titleSeparators: string[];
  updateCues: string[];
  publishCues: string[];
}

export interface HtmlData {
  boilerplate: BoilerplateData;
  bylines: BylineData;
  siteNames: SiteNameData;
  negativeRe: RegExp;
  positiveRe: RegExp;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

function read<T>(name: string): T {
  const p = join(DIR, name);
  try {
    return JSON.parse(readFileSync(p, 'utf8')) as T;
  } catch {
    throw new RasidError('E_DATA_MISSING', { path: p });
  }
}

let cached: HtmlData | null = null;

export function loadHtmlData(): HtmlData {
  if (!cached) {
    const boilerplate = read<BoilerplateData>('boilerplate.json');
    cached = {
      boilerplate,
      bylines: read<BylineData>('bylines.json'),
      siteNames: read<SiteNameData>('site-names.json'),
      negativeRe: new RegExp(`(?:^|[\\s_-])(?:${boilerplate.negative.join('|')})`, 'i'),
      positiveRe: new RegExp(`(?:^|[\\s_-])(?:${boilerplate.positive.join('|')})`, 'i'),
    };
  }
  return cached;
}
