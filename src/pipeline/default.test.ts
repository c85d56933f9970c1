import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { validateDoc } from '../article/doc-schema.js';
import { analyze, defaultPipeline } from './default.js';

const seed = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'));

describe('defaultPipeline / analyze', () => {
  it('starts with layout and is a valid pipeline (every read written before)', () => {
    const p = defaultPipeline();
    expect(p.stages[0]!.name).toBe('layout');
    const have = new Set<string>();
    for (const s of p.stages) {
      for (const r of s.reads) expect(have.has(r)).toBe(true);
      for (const w of s.writes) have.add(w);
    }
    expect([...have]).toEqual(expect.arrayContaining(['paragraphs', 'article', 'tokens', 'sentences', 'dates', 'entities', 'statements']));
  });

  it('analyses the seed into a valid Doc with every layer the stages write', () => {
    const doc = analyze(seed, { path: 'seed.txt' });
    expect(validateDoc(doc)).toEqual([]);
    for (const s of defaultPipeline().stages) for (const w of s.writes) expect(doc[w]).toBeDefined();
    expect(doc.article!.published).toBe('2021-01-22T10:42:00Z');
    expect(doc.tokens!.length).toBeGreaterThan(300);
    expect(doc.sentences!.length).toBeGreaterThan(8);
  });

  it('a string is analysed as text as it is', () => {
    const text = 'الرياض - واس\r\nأعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة تبدأ الأسبوع المقبل.';
    const doc = analyze(text);
    expect(doc.text).toBe(text);
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.article).toMatchObject({ place: 'الرياض', agency: 'واس' });
  });

  it('only: a pipeline of chosen stages', () => {
    const doc = analyze(seed, { pipeline: defaultPipeline({ only: ['layout'] }) });
    expect(doc.tokens).toBeUndefined();
    expect(doc.paragraphs).toBeDefined();
  });
});
