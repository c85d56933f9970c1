/**
 * Extra training corpora, mapped to ANERcorp's tag set (PERS, ORG, LOC, MISC).
 * AQMAR (Mohit et al. 2012, CC BY-SA 3.0): PER→PERS; MIS0–MIS3 → MISC (or O with `misc: 'drop'`); stray tags → O.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseConll, type ConllSentence } from './conll.js';
import { readFileSync } from 'node:fs';

function mapAqmarTag(tag: string, misc: 'keep' | 'drop'): string {
  const m = /^([BI])-+([A-Z]+)/.exec(tag);
  if (!m) return 'O';
  const [, p, t] = m;
  if (t === 'PER') return `${p}-PERS`;
  if (t === 'LOC' || t === 'ORG') return `${p}-${t}`;
  if (t!.startsWith('MIS')) return misc === 'keep' ? `${p}-MISC` : 'O';
  return 'O';
}

/** All AQMAR articles under `dir`, in file-name order, tags mapped. */
export function readAqmar(dir: string, misc: 'keep' | 'drop' = 'keep'): ConllSentence[] {
  const out: ConllSentence[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8')
      .split(/\r?\n/)
      .map((l) => {
        const parts = l.trim().split(/\s+/);
        if (parts.length < 2) return parts.length === 1 && parts[0] ? '' : l.trim();
        return `${parts[0]} ${mapAqmarTag(parts[parts.length - 1]!, misc)}`;
      })
      .join('\n');
    out.push(...parseConll(text, join(dir, f)));
  }
  return out;
}

/** Wojood's flat ANERcorp-style types: GPE and LOC → LOC; EVENT and PRODUCT → MISC; the rest (dates, occupations, nationalities ...) → O. */
const WOJOOD_TYPES: Record<string, string> = { PERS: 'PERS', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', EVENT: 'MISC', PRODUCT: 'MISC' };

/**
 * Wojood (Jarrar et al. 2022; the public sample of SinaLab/ArabicNER, MIT) is nested: `token TAG [TAG ...]`,
 * outermost layer first. Flattened: per token, the outermost layer whose type maps to an ANERcorp type.
 */
export function parseWojood(text: string, path = '<wojood>'): ConllSentence[] {
  const lines = text.split(/\r?\n/).map((l) => {
    const parts = l.trim().split(/\s+/);
    if (!parts[0]) return '';
    let tag = 'O';
    for (const t of parts.slice(1)) {
      const m = /^([BI])-([A-Z]+)$/.exec(t);
      const mapped = m ? WOJOOD_TYPES[m[2]!] : undefined;
      if (mapped) {
        tag = `${m![1]}-${mapped}`;
        break;
      }
    }
    return `${parts[0]} ${tag}`;
  });
  return parseConll(lines.join('\n'), path);
}

/** The Wojood sample's train, val and test files under `dir`, all as training data. */
export function readWojood(dir: string): ConllSentence[] {
  return ['train.txt', 'val.txt', 'test.txt'].flatMap((f) => parseWojood(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}
