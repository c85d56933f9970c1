import { describe, expect, it } from 'vitest';
import { parseWojood } from './corpora.js';

describe('parseWojood', () => {
  it('flattens nested tags to the outermost layer with an ANERcorp type', () => {
    const text = ['سكرتير B-OCC', 'اللجنة I-OCC B-ORG', 'القومية I-OCC I-ORG', 'في I-OCC', 'نابلس I-OCC B-GPE', 'أمس B-DATE', '', 'زار O', 'أحمد B-PERS', 'كأس B-EVENT'].join('\n');
    const s = parseWojood(text);
    expect(s).toHaveLength(2);
    expect(s[0]!.tags).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O']);
    expect(s[1]!.tags).toEqual(['O', 'B-PERS', 'B-MISC']);
  });
});
