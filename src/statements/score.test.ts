import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../doc/doc.js';
import { sharedDir, sharedPath } from '../data/paths.js';
import { loadGold } from './gold.js';
import { contentF1, matchStatements, scoreStatements, scoreTokens, speakerCorrect, type GoldStatement } from './score.js';
import { extractStatements } from './statements.js';

const g = (content: string, speaker: string, mention: string | null = null, kind = 'indirect'): GoldStatement => ({ content, speaker, speaker_mention: mention, kind });

describe('statement scoring (GUIDELINES.md "Scoring")', () => {
  it('normalizes harakat, tatweel, alef forms, ى and ة; drops punctuation and quotes', () => {
    expect(scoreTokens('أكّدَ «الوزيـــر» إنّ المدرسة، مبنى!')).toEqual(['اكد', 'الوزير', 'ان', 'المدرسه', 'مبني']);
  });

  it('content F1 is the bag-of-tokens F1 (hand computed)', () => {
    // pred {a b c}, gold {a b d}: common 2, P = R = 2/3
    expect(contentF1('ألف باء جيم', 'الف باء دال')).toBeCloseTo(2 / 3, 10);
    // pred {a a b}, gold {a b b c}: common = min(2,1)+min(1,2) = 2; P = 2/3, R = 2/4 → F1 = 4/7
    expect(contentF1('س س ص', 'س ص ص ع')).toBeCloseTo(4 / 7, 10);
    expect(contentF1('', 'س')).toBe(0);
    expect(contentF1('س', 'ص')).toBe(0);
  });

  it('speaker: equal to speaker or mention, or whole-token containment either way; null is wrong', () => {
    expect(speakerCorrect('عبدالعاطي', 'بدر عبدالعاطي', 'المتحدث السفير بدر عبدالعاطي')).toBe(true);
    expect(speakerCorrect('المتحدث الرسمي السفير بدر عبدالعاطي', 'بدر عبدالعاطي', null)).toBe(true);
    expect(speakerCorrect('الوزير', 'خالد ناصر', 'الوزير')).toBe(true);
    expect(speakerCorrect('عبدالعا', 'بدر عبدالعاطي', null)).toBe(false); // not on whole tokens
    expect(speakerCorrect('الوزير', 'خالد ناصر', null)).toBe(false);
    expect(speakerCorrect(null, 'خالد ناصر', null)).toBe(false);
    expect(speakerCorrect('', 'خالد ناصر', null)).toBe(false);
  });

  it('matching is greedy by F1, one-to-one, ties to the earlier gold then the earlier prediction', () => {
    const golds = [g('س ص ع ف', 'A'), g('س ص ع ف', 'B')];
    const preds = [{ content: 'س ص ع ف' }, { content: 'س ص ع' }];
    // pair scores: p0-g0 1, p0-g1 1, p1-g0 .857, p1-g1 .857 → (p0,g0) then (p1,g1)
    expect(matchStatements(preds, golds).map(([i, j]) => [i, j])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    // below 0.5 never matches: pred {a}, gold {a b c d}: P 1, R .25 → F1 0.4
    expect(matchStatements([{ content: 'س' }], [g('س ص ع ف', 'A')])).toEqual([]);
  });

  it('micro P/R/F1 and speaker accuracy over matched pairs (hand computed)', () => {
    const gold = [
      { id: 'a', statements: [g('س ص ع', 'خالد ناصر'), g('ق ر ش', 'خالد ناصر'), g('ت ث خ', 'سارة')] },
      { id: 'b', statements: [g('ذ ض ظ', 'رويترز', null, 'direct')] },
    ];
    const pred = new Map([
      ['a', [{ content: 'س ص ع', speaker: 'ناصر' }, { content: 'ق ر', speaker: null }, { content: 'غ غ', speaker: 'x' }]],
      ['c', [{ content: 'ذ ض ظ', speaker: 'رويترز' }]], // not in gold: ignored
    ]);
    const s = scoreStatements(gold, pred);
    // matched 2 of 3 predicted and 2 of 4 gold; speakers: ناصر ⊂ خالد ناصر ok, null wrong
    expect(s.matched).toBe(2);
    expect(s.predicted).toBe(3);
    expect(s.gold).toBe(4);
    expect(s.precision).toBeCloseTo(2 / 3, 10);
    expect(s.recall).toBeCloseTo(1 / 2, 10);
    expect(s.f1).toBeCloseTo((2 * (2 / 3) * (1 / 2)) / (2 / 3 + 1 / 2), 10);
    expect(s.speakerAccuracy).toBeCloseTo(1 / 2, 10);
    expect(s.recallByKind).toEqual({ indirect: { matched: 2, gold: 3 }, direct: { matched: 0, gold: 1 } });
  });

  it('gold scored against itself is 1; contents cut to 60% of their tokens still match', () => {
    const gold = [{ id: 'a', statements: [g('س ص ع ف ق ر ش ت ث خ', 'A', 'A'), g('ذ ض ظ غ', 'B', 'B')] }];
    const self = scoreStatements(gold, new Map([['a', gold[0]!.statements.map((x) => ({ content: x.content, speaker: x.speaker }))]]));
    expect([self.precision, self.recall, self.f1, self.speakerAccuracy]).toEqual([1, 1, 1, 1]);
    const cut = (c: string) => {
      const t = c.split(' ');
      return t.slice(0, Math.ceil(t.length * 0.6)).join(' ');
    };
    const part = scoreStatements(gold, new Map([['a', gold[0]!.statements.map((x) => ({ content: cut(x.content), speaker: x.speaker }))]]));
    expect(part.f1).toBe(1);
  });
});

const shared = sharedDir();
const devPath = sharedPath('statements', 'dev.jsonl');
const refScorer = shared ? join(shared, 'tools', 'score_statements.py') : null;

describe.skipIf(!devPath || !existsSync(devPath) || !refScorer || !existsSync(refScorer) || !existsSync('/usr/bin/python3'))(
  'cross-check with shared/tools/score_statements.py (skipped without ../shared)',
  () => {
    it('gives the same counts as the reference scorer on the dev set', () => {
      const gold = loadGold(devPath!);
      const preds = gold.map((a) => ({
        id: a.id,
        statements: extractStatements(createDoc(a.text)).map((s) => ({ speaker: s.speaker.name, content: s.content.text })),
      }));
      const dir = mkdtempSync(join(tmpdir(), 'rasid-st-'));
      const predFile = join(dir, 'pred.jsonl');
      writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
      const out = execFileSync('/usr/bin/python3', [refScorer!, devPath!, predFile], { encoding: 'utf8' });
      const m = /gold (\d+), predicted (\d+), matched (\d+)/u.exec(out)!;
      const spk = /\((\d+)\/(\d+)\)/u.exec(out)!;
      const mine = scoreStatements(gold, new Map(preds.map((p) => [p.id, p.statements])));
      expect([mine.gold, mine.predicted, mine.matched]).toEqual([Number(m[1]), Number(m[2]), Number(m[3])]);
      expect(mine.speakerCorrect).toBe(Number(spk[1]));
    });
  },
);
