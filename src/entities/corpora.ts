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
