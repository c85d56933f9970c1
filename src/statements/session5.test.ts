/**
 * Constructions added in session 5 (invented sentences; same licence as rasid, MIT). Each is checked on the
 * bare text and, where the rule reads the token layer, on a Doc with tokens as the pipeline builds it.
 */
import { describe, expect, it } from 'vitest';
import { createDoc, type Statement } from '../doc/doc.js';
import { tokenize } from '../text/tokenize.js';
import { extractStatements } from './statements.js';

const run = (text: string, withTokens = false): Statement[] => {
  const doc = createDoc(text);
  if (withTokens) doc.tokens = tokenize(text);
  return extractStatements(doc);
};
const find = (sts: Statement[], cue: string): Statement | undefined => sts.find((s) => s.cue.text === cue);

describe('statements: session 5 constructions', () => {
  it('the same statements from the token layer as from the bare text', () => {
    const text = 'عنوان الخبر\n\nأكد وزير الخارجية أحمد سالم أن المفاوضات ستستأنف في 2015/8/8م. وأضاف: «نحن مستعدون...». #وسم_ما';
    expect(run(text, true)).toEqual(run(text));
  });

  it('a document speaks for the publisher named in its relative clause, also at an earlier bare mention', () => {
    const sts = run('عنوان\n\nوقالت الدراسة إن الأسعار سترتفع. وأوضحت الدراسة التي نشرها معهد البحوث الاقتصادية أن الطلب سيزيد.');
    expect(sts.map((s) => s.speaker.name)).toEqual(['معهد البحوث الاقتصادية', 'معهد البحوث الاقتصادية']);
  });

  it('a verb with an object pronoun resuming the noun before it: content after its preposition, or the antecedent', () => {
    const a = find(run('عنوان\n\nقتل شرطيان في هجوم جديد نسبته السلطات إلى جماعة متمردة.'), 'نسبته');
    expect(a?.speaker.name).toBe('السلطات');
    expect(a?.content.text).toBe('جماعة متمردة');
    const b = find(run('عنوان\n\nوقتل عشرة أشخاص على الأقل في هجوم تبنته جماعة متطرفة.'), 'تبنته');
    expect(b?.content.text).toBe('هجوم');
    // (تبنى of a policy is "adopted", no claim; a noun in ة is no verb with a pronoun)
    expect(find(run('عنوان\n\nوأشاد الوزير بالخطة التي تبنتها الحكومة.'), 'تبنتها')).toBeUndefined();
    expect(run('عنوان\n\nوارتفعت الأرباح بنسبة كبيرة.')).toEqual([]);
  });

  it('a demand verb after its subject takes the addressee into its content', () => {
    const s = find(run('"النقل" تطالب مقاولي طريق الشمال بالجدية أو السحب\n\nأوضحت الوزارة أن المشروع متأخر.'), 'تطالب');
    expect(s?.content.text).toBe('مقاولي طريق الشمال بالجدية أو السحب');
  });

  it('a derived verbal noun after a named subject opens the content of a noun-phrase verb', () => {
    const s = find(run('عنوان\n\nوأكد وزير الخارجية أحمد سالم استمرار تقديم الدعم للبلاد.'), 'وأكد');
    expect(s?.speaker.name).toBe('أحمد سالم');
    expect(s?.content.text).toBe('استمرار تقديم الدعم للبلاد');
  });

  it('a cue after a longer prepositional preamble, with its subject and complementizer close by', () => {
    const s = find(run('عنوان\n\nوفي كلمة ألقاها أمام أعضاء المجلس الوطني شدد الوزير أحمد سالم على أن الاتفاق متوازن.'), 'شدد');
    expect(s?.content.text).toBe('الاتفاق متوازن');
  });

  it('a welcome of a thing is a statement, a welcome of people a greeting', () => {
    expect(find(run('عنوان\n\nورحب الوزير أحمد سالم بالقرار الذي اتخذته الحكومة.'), 'ورحب')?.content.text).toBe('بالقرار الذي اتخذته الحكومة');
    expect(find(run('عنوان\n\nورحب الوزير أحمد سالم بالحضور في بداية الحفل.'), 'ورحب')).toBeUndefined();
  });
});

describe('statements: a straight quote glued to words on both sides', () => {
  it('opens a quotation when it is the first on its line', () => {
    const s = run('عنوان\n\nوقال المدير أحمد سالم في بيان يوم الجمعة"نشعر بخيبة أمل لتأخر المشروع".')[0];
    expect(s?.content.text).toBe('نشعر بخيبة أمل لتأخر المشروع');
    expect(s?.kind).toBe('direct');
  });
});

describe('statements: a narrative subject named by a role across في', () => {
  it('a participle after a narrative verb speaks for the person the role phrase names', () => {
    const sts = run('عنوان\n\nووجه رئيس مجلس إدارة النادي الأدبي في منطقة حائل الدكتور نايف السالم الدعوة للمواطنين، مؤكدا أن الفعالية مهمة.');
    expect(find(sts, 'مؤكدا')?.speaker.name).toBe('نايف السالم');
  });
});
