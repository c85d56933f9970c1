import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { isSpanOf } from '../doc/span.js';
import { fixturePath } from '../data/paths.js';
import { sentencesStage, tokensStage } from '../text/stage.js';
import { linkEntities, nameForm, nameOffset, propagateNames, wordKey, type TaggedSentence } from './link.js';
import { sentenceTokens } from './stage.js';

const SEED = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');

/** The seed's sentences with labels given by a (test-only) list of names. */
function labelled(text: string, names: { words: string[]; type: string }[]): TaggedSentence[] {
  const doc = createDoc(text);
  tokensStage.run(doc, {});
  sentencesStage.run(doc, {});
  return sentenceTokens(doc).map((toks) => {
    const labels = toks.map(() => 'O');
    for (let i = 0; i < toks.length; i++) {
      for (const n of names) {
        if (n.words.every((w, j) => toks[i + j]?.text === w && labels[i + j] === 'O')) {
          n.words.forEach((_, j) => (labels[i + j] = (j ? 'I-' : 'B-') + n.type));
        }
      }
    }
    return { tokens: toks.map((t) => ({ start: t.start, end: t.end, text: t.text, punct: t.kind === 'punct' || t.kind === 'symbol' })), labels };
  });
}

describe('word forms', () => {
  it('drops proclitics for matching and keeps the article in names', () => {
    expect(wordKey('والكاظمي')).toBe(wordKey('الكاظمي'));
    expect(wordKey('لداعش')).toBe('داعش');
    expect(nameForm('والعراق')).toBe('العراق');
    expect(nameForm('للأمم')).toBe('الأمم');
    expect(nameOffset('لداعش')).toBe(1);
    expect(nameOffset('للعراق')).toBe(0);
    expect(nameOffset('بغداد')).toBe(0);
  });
});

describe('linkEntities on the seed (given labels)', () => {
  const sents = labelled(SEED, [
    { words: ['مصطفى', 'الكاظمي'], type: 'PERS' },
    { words: ['الكاظمي'], type: 'PERS' },
    { words: ['العراق'], type: 'LOC' },
    { words: ['بغداد'], type: 'LOC' },
    { words: ['داعش'], type: 'ORG' },
    { words: ['لداعش'], type: 'ORG' },
  ]);
  const entities = linkEntities(SEED, sents);

  it('groups the surname with the full name under the fullest form', () => {
    const pers = entities.filter((e) => e.type === 'PERS');
    expect(pers).toHaveLength(1);
    expect(pers[0]!.name).toBe('مصطفى الكاظمي');
    const texts = pers[0]!.mentions.map((m) => m.text);
    expect(texts).toContain('الكاظمي');
    expect(texts.filter((t) => t === 'الكاظمي').length).toBeGreaterThanOrEqual(4);
  });
  it('keeps both coordinated roles before the name', () => {
    const p = entities.find((e) => e.type === 'PERS')!;
    expect(p.roles).toEqual(['رئيس الوزراء العراقي', 'القائد العام للقوات المسلحة']);
  });
  it('finds the later stand-alone role mentions', () => {
    const p = entities.find((e) => e.type === 'PERS')!;
    const rm = (p.roleMentions ?? []).map((s) => s.text);
    expect(rm.filter((t) => t === 'القائد العام للقوات المسلحة')).toHaveLength(2);
    expect(rm).toContain('رئيس الوزراء العراقي'); // the headline
  });
  it('merges clitic-bearing forms and trims the clitic from the span', () => {
    const org = entities.filter((e) => e.type === 'ORG');
    expect(org).toHaveLength(1);
    expect(org[0]!.name).toBe('داعش');
    expect(org[0]!.mentions.map((m) => m.text)).toEqual(['داعش', 'داعش', 'داعش']);
    expect(entities.filter((e) => e.type === 'LOC').map((e) => e.name)).toEqual(['العراق', 'بغداد']);
  });
  it('gives valid spans and ids in order of first mention', () => {
    entities.forEach((e, i) => {
      expect(e.id).toBe(i);
      for (const m of [...e.mentions, ...(e.roleMentions ?? [])]) expect(isSpanOf(SEED, m)).toBe(true);
    });
    const firsts = entities.map((e) => e.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });
});

describe('linkEntities: acronyms and distinct people', () => {
  it('links an acronym in parentheses to its long form and its later uses', () => {
    const text = 'قالت منظمة الصحة العالمية ( WHO ) إن الوباء انتهى . وأكدت WHO ذلك .';
    const sents = labelled(text, [{ words: ['منظمة', 'الصحة', 'العالمية'], type: 'ORG' }, { words: ['WHO'], type: 'ORG' }]);
    const es = linkEntities(text, sents);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe('منظمة الصحة العالمية');
    expect(es[0]!.mentions.map((m) => m.text)).toEqual(['منظمة الصحة العالمية', 'WHO', 'WHO']);
  });
  it('keeps two people with different surnames apart', () => {
    const text = 'التقى سامي الخالدي نادر العلي . وقال الخالدي إن العلي وافق .';
    const sents = labelled(text, [
      { words: ['سامي', 'الخالدي'], type: 'PERS' },
      { words: ['نادر', 'العلي'], type: 'PERS' },
      { words: ['الخالدي'], type: 'PERS' },
      { words: ['العلي'], type: 'PERS' },
    ]);
    const es = linkEntities(text, sents);
    expect(es.map((e) => [e.name, e.mentions.length])).toEqual([
      ['سامي الخالدي', 2],
      ['نادر العلي', 2],
    ]);
  });
  it('reads a role in apposition after the name', () => {
    const text = 'وصل سامي الخالدي ، وزير الخارجية السوري ، إلى بغداد .';
    const es = linkEntities(text, labelled(text, [{ words: ['سامي', 'الخالدي'], type: 'PERS' }]));
    expect(es[0]!.roles).toEqual(['وزير الخارجية السوري']);
  });
});

describe('propagateNames', () => {
  it('marks untagged recurrences of a tagged name and of a surname', () => {
    const text = 'قال مصطفى الكاظمي إن العراق آمن . وأضاف الكاظمي أن العراق قوي .';
    const sents = labelled(text, [
      { words: ['مصطفى', 'الكاظمي'], type: 'PERS' },
      { words: ['العراق'], type: 'LOC' },
    ]);
    sents[1]!.labels = sents[1]!.labels.map(() => 'O');
    const out = propagateNames(sents);
    const second = sents[1]!.tokens.map((t, i) => `${t.text}/${out[1]![i]}`);
    expect(second).toContain('الكاظمي/B-PERS');
    expect(second).toContain('العراق/B-LOC');
    expect(second).toContain('أن/O');
  });
});
