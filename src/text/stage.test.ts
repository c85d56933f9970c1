import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { isSpanOf } from '../doc/span.js';
import { fixturePath } from '../data/paths.js';
import { createPipeline } from '../pipeline/stage.js';
import { sentencesStage, tokensStage } from './stage.js';

describe('text stages', () => {
  it('tokenize and split the seed article into exact spans', () => {
    const text = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
    const doc = createPipeline([tokensStage, sentencesStage]).run(createDoc(text));
    expect(doc.tokens!.length).toBeGreaterThan(100);
    expect(doc.sentences!.length).toBeGreaterThan(5);
    for (const t of doc.tokens!) expect(isSpanOf(text, t)).toBe(true);
    for (const s of doc.sentences!) expect(isSpanOf(text, s)).toBe(true);
    expect(doc.text).toBe(text);
  });

  it('splits sentences within paragraphs when the Doc has them', () => {
    const text = 'العنوان بلا نقطة وهو طويل\n\nقال الوزير. وأضاف أنه «متفائل. جدا»';
    const doc = createDoc(text);
    const p2 = text.indexOf('قال');
    doc.paragraphs = [
      { start: 0, end: 25, text: text.slice(0, 25), role: 'headline' },
      { start: p2, end: text.length, text: text.slice(p2), role: 'body' },
    ];
    sentencesStage.run(doc, {});
    expect(doc.sentences!.map((s) => s.text)).toEqual(['العنوان بلا نقطة وهو طويل', 'قال الوزير.', 'وأضاف أنه «متفائل. جدا»']);
    // a paragraph boundary ends a sentence even without punctuation
    const d2 = createDoc('سطر أول ثم سطر ثان');
    d2.paragraphs = [
      { start: 0, end: 7, text: 'سطر أول', role: 'body' },
      { start: 8, end: 18, text: 'ثم سطر ثان', role: 'body' },
    ];
    sentencesStage.run(d2, {});
    expect(d2.sentences!.map((s) => s.text)).toEqual(['سطر أول', 'ثم سطر ثان']);
  });
});
