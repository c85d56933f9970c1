/**
 * A small, conservative clitic splitter for NER features over normalized words: conjunction and
 * preposition proclitics (و ف ب ك ل) and the article ال, and common pronoun/number suffixes.
 * It returns parts for features; it never decides meaning. Known weakness: it has no lexicon, so a
 * word of 4+ letters that starts with a letter like و is split too (`وزير` → و + زير); this is
 * consistent between training and tagging, and the whole form is a feature as well.
 * (The linker uses the text core's lexicon-aware `splitClitics` instead.)
 */

export interface WordParts {
  /** Proclitics as written (normalized), e.g. `وال`, `ب`, `لل`; '' when none. */
  pre: string;
  /** The word without proclitics (the article dropped too). */
  core: string;
  /** `core` with a common suffix removed (a light stem). */
  stem: string;
  /** The removed suffix ('' when none). */
  suf: string;
  /** True when the word carries the article ال (or لل). */
  def: boolean;
}

const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ين', 'ون', 'ات', 'ان', 'يه', 'ية', 'ه', 'ي', 'ك'];

/** Split a normalized word. Stripping stops when it would leave fewer than 2 letters. */
export function splitWord(w: string): WordParts {
  let i = 0;
  let def = false;
  const n = w.length;
  // conjunction
  if (n - i > 3 && (w[i] === 'و' || w[i] === 'ف')) i++;
  // preposition
  if (n - i > 3 && (w[i] === 'ب' || w[i] === 'ك' || w[i] === 'ل')) {
    if (w[i] === 'ل' && w[i + 1] === 'ل' && n - i > 3) {
      // لل = ل + ال
      i += 2;
      def = true;
    } else i++;
  }
  if (!def && n - i > 3 && w[i] === 'ا' && w[i + 1] === 'ل') {
    i += 2;
    def = true;
  }
  // an unlikely split (ب/ل/ك not followed by the article in a short word) is undone
  if (i > 0 && !def && n - i < 3) i = 0;
  const pre = w.slice(0, i);
  const core = w.slice(i);
  let stem = core;
  let suf = '';
  for (const s of SUFFIXES) {
    if (core.length - s.length >= 3 && core.endsWith(s)) {
      stem = core.slice(0, core.length - s.length);
      suf = s;
      break;
    }
  }
  return { pre, core, stem, suf, def };
}
