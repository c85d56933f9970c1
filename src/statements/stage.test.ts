import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { fixturePath } from '../data/paths.js';
import { analyze } from '../pipeline/default.js';
import { statementsStage } from './stage.js';

describe('statementsStage', () => {
  it('declares its layers and writes doc.statements', () => {
    expect(statementsStage.name).toBe('statements');
    expect(statementsStage.writes).toEqual(['statements']);
    const doc = createDoc('قال الوزير أحمد سالم إن الوضع مستقر.');
    statementsStage.run(doc, {});
    expect(doc.statements).toHaveLength(1);
    expect(doc.text).toBe('قال الوزير أحمد سالم إن الوضع مستقر.');
  });

  it('gives an empty layer for text without statements', () => {
    const doc = createDoc('ارتفعت درجات الحرارة اليوم في معظم المناطق.');
    statementsStage.run(doc, {});
    expect(doc.statements).toEqual([]);
  });

  it('runs in the default pipeline: the seed through analyze()', () => {
    const doc = analyze(readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt')));
    const sts = doc.statements ?? [];
    expect(sts.length).toBeGreaterThanOrEqual(15);
    for (const s of sts) expect(s.speaker.name).toBe('مصطفى الكاظمي');
    expect(sts.some((s) => s.cue.lemma === ':' && s.content.text === 'من لا يستطيع حماية المواطنين عليه ان يتنحى من موقعه')).toBe(true);
  });
});
