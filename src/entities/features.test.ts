import { describe, expect, it } from 'vitest';
import { splitWord } from './clitics.js';
import { FeatureExtractor, matchGazetteer, shapeOf } from './features.js';
import { hashString, mix } from '../text/hash.js';
import { buildGazetteer, loadLexicon, type Lexicon } from './lexicon.js';

const lex: Lexicon = {
  triggers: new Map([['الرييس', 1]]),
  gazetteers: { LOC: buildGazetteer(['الولايات المتحدة', 'بغداد']), ORG: buildGazetteer([]), GIVEN: buildGazetteer(['سامي']) },
};

describe('splitWord', () => {
  it('splits conjunction, preposition and article', () => {
    expect(splitWord('والعراق')).toMatchObject({ pre: 'وال', core: 'عراق', def: true });
    expect(splitWord('للقوات')).toMatchObject({ pre: 'لل', core: 'قوات', def: true });
    expect(splitWord('ومحمد')).toMatchObject({ pre: 'و', core: 'محمد' });
    expect(splitWord('علي')).toMatchObject({ pre: '', core: 'علي' });
  });
  it('takes a light-stem suffix off the core', () => {
    expect(splitWord('المعلمون')).toMatchObject({ core: 'معلمون', stem: 'معلم', suf: 'ون' });
  });
});

describe('hashing', () => {
  it('is deterministic and separates templates', () => {
    expect(hashString('بغداد', 1)).toBe(hashString('بغداد', 1));
    expect(hashString('بغداد', 1)).not.toBe(hashString('بغداد', 2));
    expect(mix(1, 2)).not.toBe(mix(2, 1));
  });
});

describe('FeatureExtractor', () => {
  it('gives every token its features, the same each time', () => {
    const fx = new FeatureExtractor(lex);
    const toks = ['قال', 'الرئيس', 'سامي', 'في', 'بغداد', '.'];
    const a = fx.extract(toks);
    const b = new FeatureExtractor(lex).extract(toks);
    expect(a.offs).toHaveLength(toks.length + 1);
    for (let i = 0; i < toks.length; i++) expect(a.offs[i + 1]! - a.offs[i]!).toBeGreaterThan(10);
    expect(Array.from(a.feats)).toEqual(Array.from(b.feats));
  });
  it('normalizes spelling variants to the same identity features', () => {
    const fx = new FeatureExtractor(lex);
    expect(fx.info('الرئيس').identity[0]).toBe(fx.info('الرييس').identity[0]);
    expect(fx.info('الرئيس').trig).toBe(1);
  });
  it('drops identity features of an unknown word but keeps its spelling features', () => {
    const fx = new FeatureExtractor(lex);
    const full = fx.info('بغداد');
    const unk = fx.unknown('بغداد');
    expect(unk.own.length).toBe(full.own.length - full.identity.length);
    expect(unk.own.every((h) => full.own.includes(h))).toBe(true);
  });
  it('adds extra (document) features to the token they belong to', () => {
    const fx = new FeatureExtractor(lex);
    const plain = fx.extract(['أ', 'ب']);
    const withExtra = fx.extract(['أ', 'ب'], undefined, [[], [12345]]);
    expect(withExtra.offs[2]! - withExtra.offs[1]!).toBe(plain.offs[2]! - plain.offs[1]! + 1);
    expect(Array.from(withExtra.feats)).toContain(12345);
  });
  it('tells shapes apart', () => {
    expect(shapeOf('بغداد')).toBe(1);
    expect(shapeOf('Reuters')).toBe(2);
    expect(shapeOf('2021')).toBe(4);
    expect(shapeOf(',')).toBe(5);
  });
});

describe('matchGazetteer', () => {
  it('finds the longest name, also after a clitic on the first word', () => {
    const fx = new FeatureExtractor(lex);
    const infos = ['زار', 'والولايات', 'المتحدة', 'ثم', 'لبغداد'].map((w) => fx.info(w));
    expect(Array.from(matchGazetteer(lex.gazetteers.LOC, infos))).toEqual([0, 1, 2, 0, 1]);
  });
});

describe('loadLexicon', () => {
  it('loads the data files with their places, organisations and triggers', () => {
    const l = loadLexicon();
    expect(l.gazetteers.LOC.byFirst.get('بغداد')).toBeDefined();
    expect(l.gazetteers.ORG.byFirst.get('داعش')).toBeDefined();
    expect(l.gazetteers.MISC?.byFirst.get('دولار')).toBeDefined();
    expect(l.triggers.get('وزير')).toBeGreaterThan(0);
  });
});
