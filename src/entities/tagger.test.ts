import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { dataPath, fixturePath } from '../data/paths.js';
import { sentencesStage, tokensStage } from '../text/stage.js';
import { readConll } from './conll.js';
import { evaluateSentences } from './evaluate.js';
import { entitiesStage } from './stage.js';
import { loadTagger } from './tagger.js';

const hasModel = existsSync(dataPath('models', 'ner.model.json'));

describe.skipIf(!hasModel)('the committed model', () => {
  it('loads and tags a sentence with valid BIO labels', () => {
    const t = loadTagger();
    const toks = ['قال', 'الرئيس', 'العراقي', 'برهم', 'صالح', 'في', 'بغداد', 'إن', 'الوضع', 'مستقر', '.'];
    const tags = t.tag(toks);
    expect(tags).toHaveLength(toks.length);
    for (let i = 0; i < tags.length; i++) {
      expect(t.labels).toContain(tags[i]);
      if (tags[i]!.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tags[i]!.slice(2));
    }
    expect(tags[6]).toBe('B-LOC');
    expect(t.tag([])).toEqual([]);
  });
  it('scores the tiny fixture through the evaluation path', () => {
    const e = evaluateSentences(readConll(fixturePath('ner', 'tiny.conll')));
    expect(e.tokens).toBe(92);
    expect(e.scores.gold).toBe(22);
    expect(e.scores.f1).toBeGreaterThan(0.5);
  });
  it('refuses a missing model with E_MODEL_MISSING', () => {
    expect(() => loadTagger('/nonexistent/ner.model')).toThrow(/Model file not found/);
  });
});

describe.skipIf(!hasModel)('entitiesStage on the seed article', () => {
  const text = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
  const doc = createDoc(text);
  tokensStage.run(doc, {});
  sentencesStage.run(doc, {});
  entitiesStage.run(doc, {});
  const es = doc.entities!;
  it('finds Mustafa al-Kadhimi with his surname mentions and both roles', () => {
    const pers = es.filter((e) => e.type === 'PERS');
    expect(pers).toHaveLength(1);
    const k = pers[0]!;
    expect(k.name).toBe('مصطفى الكاظمي');
    expect(k.mentions.map((m) => m.text)).toContain('الكاظمي');
    expect(k.roles).toEqual(['رئيس الوزراء العراقي', 'القائد العام للقوات المسلحة']);
    expect((k.roleMentions ?? []).map((m) => m.text)).toContain('القائد العام للقوات المسلحة');
  });
  it('finds Iraq and Baghdad as places and ISIS as an organisation', () => {
    const names = (t: string) => es.filter((e) => e.type === t).map((e) => e.name);
    expect(names('LOC')).toEqual(expect.arrayContaining(['العراق', 'بغداد']));
    expect(names('ORG')).toContain('داعش');
  });
  it('writes valid spans', () => {
    for (const e of es) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe.skipIf(!hasModel)('entitiesStage on arbitrary text', () => {
  it('never throws and always writes valid spans', async () => {
    const fc = await import('fast-check');
    const alphabet = [...'ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةى ،.:()«»-0123456789\n', 'الرئيس ', 'وزير ', 'مصطفى ', 'العراق ', 'داعش ', 'ّ', 'ـ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        const doc = createDoc(text);
        tokensStage.run(doc, {});
        sentencesStage.run(doc, {});
        entitiesStage.run(doc, {});
        for (const e of doc.entities!) {
          for (const m of [...e.mentions, ...(e.roleMentions ?? [])]) expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(e.mentions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
