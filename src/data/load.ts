/** Loading rasid's data files (lexicons, models) once, by path under `data/`. */
import { readFileSync } from 'node:fs';
import { RasidError } from '../doc/errors.js';
import { dataPath } from './paths.js';

const cache = new Map<string, unknown>();

/** Parse `data/<parts>` as JSON, cached for the life of the process. */
export function loadJson<T>(...parts: string[]): T {
  const p = dataPath(...parts);
  let v = cache.get(p);
  if (v === undefined) {
    let raw: string;
    try {
      raw = readFileSync(p, 'utf8');
    } catch {
      throw new RasidError('E_DATA_MISSING', { path: p });
    }
    v = JSON.parse(raw) as unknown;
    cache.set(p, v);
  }
  return v as T;
}
