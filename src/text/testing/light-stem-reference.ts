/**
 * The light stemmer as it was before the code-unit rewrite (string slices, `Set` lookups and
 * `cliticBoundaries`), kept as the reference the fast one is tested against. Test helper only.
 */
import { loadJson } from '../../data/load.js';
import { cliticBoundaries } from '../clitics.js';
import { normalizeText } from '../normalize.js';

interface LightData {
  prefixes: string[];
  minAfterPrefix: number;
  minAfterConjunction: number;
  pronouns: string[];
  pronounMinStem: number;
  pronounNotAfter: Record<string, string[]>;
  taBeforePronoun: string;
  taMinStem: number;
  plurals: string[];
  pluralMinStem: number;
  endings: string[];
  endingMinStem: number;
  keepWhole: string[];
}

interface Compiled {
  L: LightData;
  keep: Set<string>;
  prefixes: string[];
  pronouns: string[];
  plurals: string[];
  endings: string[];
}

let compiled: Compiled | null = null;

function data(): Compiled {
  if (compiled) return compiled;
  const L = loadJson<{ light: LightData }>('text', 'stemmer.json').light;
  const nz = (w: string) => normalizeText(w);
  const byLength = (a: string, b: string) => b.length - a.length;
  compiled = {
    L,
    keep: new Set(L.keepWhole.map(nz)),
    prefixes: L.prefixes.map(nz).sort(byLength),
    pronouns: L.pronouns.map(nz).sort(byLength),
    plurals: L.plurals.map(nz).sort(byLength),
    endings: L.endings.map(nz),
  };
  return compiled;
}

function isArabicWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a))) return false;
  }
  return true;
}

/** The reference `lightStem` (no memo). */
export function referenceLightStem(w: string): string {
  if (w.length < 3 || !isArabicWord(w)) return w;
  const c = data();
  const L = c.L;
  if (c.keep.has(w)) return w;
  let s = w;
  let stripped = false;
  for (const p of c.prefixes) {
    if (s.length - p.length >= L.minAfterPrefix && s.startsWith(p)) {
      s = s.slice(p.length);
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    const { pro } = cliticBoundaries(s);
    let k = pro.length - 1;
    if (k >= 0 && s.charCodeAt(pro[k]! - 1) === 0x0633) k--;
    const cut = k >= 0 ? pro[k]! : 0;
    if (cut > 0 && s.length - cut >= L.minAfterConjunction) s = s.slice(cut);
  }
  if (c.keep.has(s)) return s;
  for (const p of c.pronouns) {
    if (s.length - p.length >= L.pronounMinStem && s.endsWith(p)) {
      const before = s.charAt(s.length - p.length - 1);
      if (L.pronounNotAfter[p]?.includes(before)) break;
      s = s.slice(0, s.length - p.length);
      if (s.length >= L.taMinStem && s.endsWith(L.taBeforePronoun) && s.charCodeAt(s.length - 2) !== 0x0627) s = s.slice(0, -1);
      break;
    }
  }
  for (const p of c.plurals) {
    if (s.length - p.length >= L.pluralMinStem && s.endsWith(p)) {
      s = s.slice(0, s.length - p.length);
      break;
    }
  }
  for (const p of c.endings) {
    if (s.length - p.length >= L.endingMinStem && s.endsWith(p)) s = s.slice(0, s.length - p.length);
  }
  return s;
}
