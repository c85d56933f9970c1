import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../data/paths.js';
import { tokenize } from '../text/tokenize.js';
import { scan, scanTokens } from './scan.js';

// Stretches where the tokenizer and the view's pattern cut differently, and plain prose.
const CASES = [
  'قال الوزير إن النمو بلغ 92.\u200f54 دولار في 2015/8/8م و1436هـ، و1،9 مليون.',
  'أطلق مغردون هاشتاق #شكرا_عزام_الدخيل و@user_1 على موقع stop-djihadisme.gouv.fr و www.moh.gov.sa/ar.',
  'غنت «mourir d’aimer» و‘If I’ll See You’... ثم قال!! -- «نعم».\n\nوأضاف: "َّالتفاعل كبير".',
  'د. أحمد قال: «انتهى.» ثم ـ غادر\u200c؟ نعم ‏ ‌ ٣٫٥ و3D وG20 وـالكلمة',
];

describe('scanTokens (the view from the Doc token layer)', () => {
  it('gives the same tokens as scan(text)', () => {
    const texts = [
      ...CASES,
      readFileSync(fixturePath('statements', 'constructions.txt'), 'utf8'),
      readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8'),
    ];
    for (const t of texts) expect(scanTokens(t, tokenize(t))).toEqual(scan(t));
  });
});
