import { describe, expect, it } from 'vitest';
import { isSpanOf } from '../doc/span.js';
import { parseQuery } from './query.js';
import { compileQuery, findPhrases, makeSnippet, positivePhrases } from './search.js';

const phrasesOf = (q: string) => positivePhrases(compileQuery(parseQuery(q).root));

describe('snippets and highlights', () => {
  const text = 'قال وزيرُ الخارجيةِ أَحْمَد الجبير للصحفيين إن وزير الدفاع سيزور الرياض.\n\nوأضاف أن الحكومات تعمل معاً.';

  it('highlights the words as written (diacritics, hamza, clitics), as spans of the original text', () => {
    const hs = findPhrases(text, phrasesOf('احمد والحكومة'));
    expect(hs.map((h) => h.text)).toEqual(['أَحْمَد', 'الحكومات']);
    for (const h of hs) expect(isSpanOf(text, h)).toBe(true);
  });

  it('highlights a phrase only where its words stand together, as one span', () => {
    const hs = findPhrases(text, phrasesOf('"وزير الخارجية"'));
    expect(hs.map((h) => h.text)).toEqual(['وزيرُ الخارجيةِ']);
  });

  it('leaves excluded words unhighlighted', () => {
    expect(findPhrases(text, phrasesOf('الجبير -الرياض')).map((h) => h.text)).toEqual(['الجبير']);
  });

  it('cuts a window around the matches, on word boundaries, inside the region', () => {
    const long = 'كلمة '.repeat(200) + 'الجبير ' + 'كلمة '.repeat(200);
    const s = makeSnippet(long, phrasesOf('الجبير'), 0, long.length, 100);
    expect(s.text).toBe(long.slice(s.start, s.end));
    expect(s.highlights).toHaveLength(1);
    expect(s.end - s.start).toBeLessThanOrEqual(110);
    expect(s.text.startsWith('كلمة')).toBe(true);
    const inner = makeSnippet(text, phrasesOf('الحكومة'), 70, text.length);
    expect(inner.start).toBeGreaterThanOrEqual(70);
  });

  it('gives the start of the text when there is nothing to highlight', () => {
    const s = makeSnippet(text, [], 0, text.length, 30);
    expect(s.start).toBe(0);
    expect(s.highlights).toEqual([]);
  });
});
