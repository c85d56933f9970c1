import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Entity, type Statement } from '../doc/doc.js';
import { isSpanOf } from '../doc/span.js';
import { fixturePath } from '../data/paths.js';
import { extractStatements } from './statements.js';

const run = (text: string, entities?: Entity[]): Statement[] => {
  const doc: Doc = createDoc(text);
  if (entities) doc.entities = entities;
  return extractStatements(doc);
};
const spanOf = (text: string, s: string) => {
  const start = text.indexOf(s);
  if (start < 0) throw new Error(`not in text: ${s}`);
  return { start, end: start + s.length, text: s };
};

describe('statements: constructions', () => {
  it('indirect speech with أن: speaker, cue lemma, content after the complementizer', () => {
    const [s, ...rest] = run('أكد وزير الخارجية أحمد سالم أن المفاوضات ستستأنف الأسبوع المقبل.');
    expect(rest).toHaveLength(0);
    expect(s!.speaker.name).toBe('أحمد سالم');
    expect(s!.mention?.text).toBe('وزير الخارجية أحمد سالم');
    expect(s!.cue.lemma).toBe('أكد');
    expect(s!.content.text).toBe('المفاوضات ستستأنف الأسبوع المقبل');
    expect(s!.kind).toBe('indirect');
  });

  it('a colon after the verb: direct speech', () => {
    const [s] = run('وقال أحمد سالم: سنواصل العمل حتى النهاية.');
    expect(s!.kind).toBe('direct');
    expect(s!.content.text).toBe('سنواصل العمل حتى النهاية');
    expect(s!.speaker.name).toBe('أحمد سالم');
  });

  it('a colon followed by إن in the third person is indirect', () => {
    const [s] = run('وقال المدرب سامي فهد: إن الفريق قادر على الفوز.');
    expect(s!.kind).toBe('indirect');
    expect(s!.content.text).toBe('الفريق قادر على الفوز');
  });

  it('quotation marks after the speaker: the quoted words, without the marks', () => {
    const [s] = run('وقالت المتحدثة باسم الوزارة سارة خليل «لن نقبل بأي تهاون في تطبيق القرار».');
    expect(s!.kind).toBe('direct');
    expect(s!.content.text).toBe('لن نقبل بأي تهاون في تطبيق القرار');
    expect(s!.speaker.name).toBe('سارة خليل');
  });

  it('an indirect frame holding quoted words is mixed', () => {
    const [s] = run('وقال الوزير أحمد سالم إن القرار «نهائي ولا رجعة فيه» بحسب تعبيره.');
    expect(s!.kind).toBe('mixed');
  });

  it('a continuation (وأضاف) takes the current speaker with a null mention', () => {
    const sts = run('أكد الوزير أحمد سالم أن الوضع مستقر. وأضاف أن الخطة جاهزة للتنفيذ.');
    expect(sts).toHaveLength(2);
    expect(sts[1]!.speaker.name).toBe('أحمد سالم');
    expect(sts[1]!.mention).toBeNull();
    expect(sts[1]!.cue.lemma).toBe('أضاف');
  });

  it('a participle (مشيرا إلى أن) starts a second statement and closes the first content', () => {
    const sts = run('أكد الوزير أحمد سالم أن الوضع مستقر، مشيرا إلى أن الخطة جاهزة.');
    expect(sts.map((s) => s.content.text)).toEqual(['الوضع مستقر', 'الخطة جاهزة']);
    expect(sts[1]!.cue.text).toBe('مشيرا إلى');
    expect(sts[1]!.speaker.name).toBe('أحمد سالم');
  });

  it('كما أكد continues the speaker and ends the previous content', () => {
    const sts = run('وشدد الوزير أحمد سالم على أن الأمن أولوية، كما أكد أن الجيش مستعد.');
    expect(sts.map((s) => s.content.text)).toEqual(['الأمن أولوية', 'الجيش مستعد']);
    expect(sts[1]!.cue.text).toBe('كما أكد');
  });

  it('a role resolves to the person the article named with it', () => {
    const sts = run('أكد وزير الداخلية خالد ناصر أن الأمن مستتب. وأوضح الوزير أن الدوريات ستزداد.');
    expect(sts[1]!.mention?.text).toBe('الوزير');
    expect(sts[1]!.speaker.name).toBe('خالد ناصر');
  });

  it('a role before the verb (SVO) resolves too', () => {
    const sts = run('أكد رئيس الوزراء والقائد العام للقوات المسلحة سامر علي أن الحدود آمنة.\nالقائد العام للقوات المسلحة اشار الى ان هناك تحديات كبيرة.');
    expect(sts[1]!.mention?.text).toBe('القائد العام للقوات المسلحة');
    expect(sts[1]!.cue.text).toBe('اشار الى');
    expect(sts[1]!.speaker.name).toBe('سامر علي');
  });

  it('relayed speech keeps the origin as speaker and the relay apart', () => {
    const sts = run('قال الوزير أحمد سالم إن الوضع مستقر. ونقلت عنه وكالة الأنباء الرسمية أن الحكومة لن تتراجع.');
    expect(sts[1]!.speaker.name).toBe('أحمد سالم');
    expect(sts[1]!.relay?.name).toBe('وكالة الأنباء الرسمية');
    expect(sts[1]!.mention).toBeNull();
  });

  it('a headline kicker attributes the headline to the person the body names', () => {
    const text = 'وزير الداخلية:\n\nلن نتهاون مع المخالفين\n\nأكد وزير الداخلية خالد ناصر أن الأوضاع مستقرة.';
    const sts = run(text);
    const head = sts.find((s) => s.cue.lemma === ':')!;
    expect(head.content.text).toBe('لن نتهاون مع المخالفين');
    expect(head.mention?.text).toBe('وزير الداخلية');
    expect(head.speaker.name).toBe('خالد ناصر');
  });

  it('a kicker inside the headline line (`X: ...`) and its quoted content', () => {
    const sts = run('وزير داخلية البحرين: «الولاء المزدوج» مرفوض\n\nأكد الشيخ راشد بن عبدالله آل خليفة وزير الداخلية بمملكة البحرين أن التدخلات مرفوضة.');
    expect(sts[0]!.content.text).toBe('«الولاء المزدوج» مرفوض');
    expect(sts[0]!.speaker.name).toBe('راشد بن عبدالله آل خليفة');
  });

  it('an addressee headline and a topic label are not kickers', () => {
    expect(run('إلى الأمير سعد: تأخرنا كثيرا\n\nنص المقال.')).toHaveLength(0);
    expect(run('السياحة: نمو فرص العمل\n\nارتفع عدد الوظائف.')).toHaveLength(0);
  });

  it('prepositional attributions: بحسب X before the content, وفق ما نقلت X after it', () => {
    const a = run('وبحسب وكالة رويترز، ارتفعت أسعار النفط بنسبة كبيرة.');
    expect(a[0]!.speaker.name).toBe('وكالة رويترز');
    expect(a[0]!.content.text).toBe('ارتفعت أسعار النفط بنسبة كبيرة');
    const b = run('قتل ثلاثة أشخاص في هجوم جنوب البلاد ــ وفق ما نقلت وسائل إعلام محلية.');
    expect(b[0]!.speaker.name).toBe('وسائل إعلام محلية');
    expect(b[0]!.content.text).toBe('قتل ثلاثة أشخاص في هجوم جنوب البلاد');
  });

  it('narration and unidentifiable sources are not statements', () => {
    expect(run('يذكر أن الوزارة افتتحت مركزا جديدا العام الماضي.')).toHaveLength(0);
    expect(run('وبحسب المعلومات، فإن الطائرة هبطت بسلام.')).toHaveLength(0);
    expect(run('بعد أن قال الطبيب كلمته غادر المريض المستشفى.')).toHaveLength(0);
  });

  it('a bare quote after a statement continues its speaker', () => {
    const sts = run('ويقول الباحث سامي فهد إن الأطفال يعانون من الجوع. و"يوجد آلاف التلاميذ يحتاجون مساعدات غذائية".');
    expect(sts).toHaveLength(2);
    expect(sts[1]!.cue.lemma).toBe('"');
    expect(sts[1]!.speaker.name).toBe('سامي فهد');
  });

  it('statement types come from the cue', () => {
    expect(run('ونفى المتحدث باسم الجيش علي حسن أن تكون القوات قد انسحبت.')[0]!.type).toBe('denial');
    expect(run('وحذر الوزير أحمد سالم من أن الأزمة قد تتفاقم.')[0]!.type).toBe('warning');
  });

  it('uses a hand-built entities layer to resolve a role to its entity', () => {
    const text = 'قال القائد العام إن القوات جاهزة.';
    const ent: Entity = { id: 0, type: 'PERS', name: 'مصطفى الكاظمي', roles: ['القائد العام'], mentions: [], roleMentions: [spanOf(text, 'القائد العام')] };
    const [s] = run(text, [ent]);
    expect(s!.speaker).toEqual({ name: 'مصطفى الكاظمي', entity: 0, kind: 'person' });
    expect(s!.mention?.text).toBe('القائد العام');
  });

  it('every span of the fixture article is a span of the text, and types are consistent', () => {
    const text = readFileSync(fixturePath('statements', 'constructions.txt'), 'utf8');
    const sts = run(text);
    expect(sts.length).toBe(12);
    // session 3 constructions: عبّر عن, a prayer (سائلا الله أن), a role named in the narration before (المدرب)
    const cue = (c: string) => sts.find((x) => x.cue.text.startsWith(c));
    expect(cue('وعبر')?.content.text).toBe('ارتياحه لنتائج الحملة');
    expect(cue('سائلا')?.content.text).toBe('يحفظ البلاد من كل مكروه');
    expect(cue('سائلا')?.speaker.name).toBe(cue('وعبر')?.speaker.name);
    expect(cue('وكشف')?.speaker.name).toBe('سامي فهد');
    for (const s of sts) {
      expect(isSpanOf(text, s.content)).toBe(true);
      expect(isSpanOf(text, s.cue)).toBe(true);
      if (s.mention) expect(isSpanOf(text, s.mention)).toBe(true);
      expect(s.content.text.length).toBeGreaterThan(0);
      expect(s.speaker.name).toBeTruthy();
    }
    // ordered by content start
    for (let i = 1; i < sts.length; i++) expect(sts[i]!.content.start).toBeGreaterThanOrEqual(sts[i - 1]!.content.start);
  });

  it('never crashes and always returns valid spans on shuffled article pieces (property)', () => {
    const text = readFileSync(fixturePath('statements', 'constructions.txt'), 'utf8');
    const pieces = text.split(/(?<=[.:،\n])/u);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, '"', '«', '»', ':', '، ', '\n', 'أن ', 'قال '), { maxLength: 30 }), (parts) => {
        const t = parts.join('');
        for (const s of run(t)) {
          expect(isSpanOf(t, s.content)).toBe(true);
          expect(isSpanOf(t, s.cue)).toBe(true);
          if (s.mention) expect(isSpanOf(t, s.mention)).toBe(true);
          expect(s.content.end).toBeGreaterThan(s.content.start);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('statements: the seed article', () => {
  const text = readFileSync(fixturePath('seed', '000_c645db0d12d9f96d.txt'), 'utf8');
  const sts = run(text);

  it('finds at least 15 statements, all by مصطفى الكاظمي', () => {
    expect(sts.length).toBeGreaterThanOrEqual(15);
    for (const s of sts) expect(s.speaker.name).toBe('مصطفى الكاظمي');
  });

  it('attributes the headline through the kicker', () => {
    const head = sts[0]!;
    expect(head.cue.lemma).toBe(':');
    expect(head.mention?.text).toBe('رئيس الوزراء العراقي');
    expect(head.content.text).toBe('من لا يستطيع حماية المواطنين عليه ان يتنحى من موقعه');
    expect(head.content.start).toBe(text.indexOf('من لا يستطيع'));
  });

  it('resolves القائد العام للقوات المسلحة اشار الى ان', () => {
    const s = sts.find((x) => x.cue.text === 'اشار الى')!;
    expect(s.mention?.text).toBe('القائد العام للقوات المسلحة');
    expect(s.content.text).toBe('هناك تحديات في الأجهزة الاستخبارية يجب معالجتها بشكل عاجل');
    expect(s.kind).toBe('indirect');
  });

  it('reads واضاف: سنفرض وضعا جديدا ... as direct speech with a dropped subject', () => {
    const s = sts.find((x) => x.content.text.startsWith('سنفرض وضعا جديدا'))!;
    expect(s.kind).toBe('direct');
    expect(s.mention).toBeNull();
    expect(s.cue.text).toBe('واضاف');
    expect(s.content.text).toBe('سنفرض وضعا جديدا للعمل وإتخاذ تدابير عاجلة');
  });

  it('keeps the two contents of أكد ... مؤكدا apart', () => {
    const first = sts.find((x) => x.cue.text === 'أكد')!;
    expect(first.content.text).toBe('الأمن ليس مجرد كلمة نتحدث بها في الاعلام، بل مسؤولية');
  });
});
