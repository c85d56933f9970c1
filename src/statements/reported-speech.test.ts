/**
 * Constructions of reported speech added in session 3 to lift recall on unseen articles (indirect speech with
 * noun-phrase cues, prayers, quoted names, long subjects) without losing precision. Each test is one
 * construction, written with invented names; the negative tests pin what must not be read as a statement.
 */
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Entity, type Statement } from '../doc/doc.js';
import { isSpanOf } from '../doc/span.js';
import { loadLexicon } from './lexicon.js';
import { scan } from './scan.js';
import { personTokens, readPhrase } from './speaker.js';
import { extractStatements } from './statements.js';

const run = (text: string, entities?: Entity[]): Statement[] => {
  const doc: Doc = createDoc(text);
  if (entities) doc.entities = entities;
  const out = extractStatements(doc);
  for (const s of out) {
    expect(isSpanOf(doc.text, s.content)).toBe(true);
    expect(isSpanOf(doc.text, s.cue)).toBe(true);
  }
  return out;
};
const byCue = (sts: Statement[], cue: string): Statement | undefined => sts.find((s) => s.cue.text.startsWith(cue));
/** A person entity for the (first) mention of `name` in `text`, as the entities layer gives it. */
const person = (text: string, name: string, id = 0): Entity => {
  const start = text.indexOf(name);
  return { id, type: 'PERS', name, mentions: [{ start, end: start + name.length, text: name }], roles: [] };
};
/** Run with the entities layer tagging `names` as persons. */
const runWith = (text: string, ...names: string[]): Statement[] => run(text, names.map((n, k) => person(text, n, k)));

describe('reported speech: verbs and participles', () => {
  it('عبّر عن: the content follows its preposition, past the subject and an adverbial', () => {
    const [s, ...rest] = run('وعبر سالم الحربي خلال زيارته إلى مقر الجمعية عن سعادته بالنتائج.');
    expect(rest).toHaveLength(0);
    expect(s!.speaker.name).toBe('سالم الحربي');
    expect(s!.cue.lemma).toBe('عبر');
    expect(s!.content.text).toBe('سعادته بالنتائج');
  });

  it('عبر as the preposition "via" is no cue and no boundary', () => {
    const sts = run('وقال سالم الحربي إن البضائع ستنقل عبر البحر وعبر الموانئ الجديدة.');
    expect(sts).toHaveLength(1);
    expect(sts[0]!.content.text).toBe('البضائع ستنقل عبر البحر وعبر الموانئ الجديدة');
    // its preposition in another clause does not make it a cue
    expect(run('تسير القوات نحو الشمال، عبر مثلث الوادي، فيما تبعد المدينة 30 كيلومترا عن الساحل.')).toHaveLength(0);
  });

  it('سأل الله أن, سائلا المولى عز وجل أن: a prayer; the addressee is not the speaker', () => {
    const sts = run('وهنأ الأمين العام ناصر العلي الموظفين بالعيد، وسأل الله للجميع أن يجعل أيامهم أيام خير، سائلا المولى عز وجل أن يحفظ البلاد.');
    const asked = byCue(sts, 'وسأل');
    expect(asked?.content.text).toBe('يجعل أيامهم أيام خير');
    expect(asked?.speaker.name).not.toBe('الله');
    expect(asked?.mention).toBeNull();
    expect(byCue(sts, 'سائلا')?.content.text).toBe('يحفظ البلاد');
  });

  it('a prayer\'s addressee after the subject ends the subject', () => {
    const [s] = run('وسألت الأمانة العامة للهيئة الله تعالى أن يحفظ البلاد.');
    expect(s!.speaker.name).toBe('الأمانة العامة للهيئة');
    expect(s!.content.text).toBe('يحفظ البلاد');
  });

  it('تقدم بالشكر is a statement; تقدم with another object is not', () => {
    const [s] = runWith('كما تقدم العميد فهد السالم مدير الإدارة بالشكر الجزيل للجنة على تعاونها الدائم.', 'فهد السالم');
    expect(s!.content.text).toBe('بالشكر الجزيل للجنة على تعاونها الدائم');
    expect(s!.speaker.name).toBe('فهد السالم');
    expect(run('وتقدم الفريق بطلب رسمي إلى الاتحاد.')).toHaveLength(0);
  });

  it('مستعرضا أن and a participle written with tanwin (واعداً) open statements of their own', () => {
    const sts = run('وكشف المدرب خالد سامي عن أهمية الانضباط، مستعرضاً أن المعرفة تصنع القائد.\nوعبّر سالم الحربي عن سعادته بهذه الثقة واعداً ببذل المزيد من الجهد.');
    expect(byCue(sts, 'مستعرضاً')?.content.text).toBe('المعرفة تصنع القائد');
    expect(byCue(sts, 'مستعرضاً')?.speaker.name).toBe('خالد سامي');
    expect(byCue(sts, 'وعبّر')?.content.text).toBe('سعادته بهذه الثقة');
    expect(byCue(sts, 'واعداً')?.content.text).toBe('ببذل المزيد من الجهد');
  });

  it('أكد على: the content after the preposition, and حيث إن is no complementizer', () => {
    const [s] = run('وأكدت الوزارة على أهمية التعاون بين الجهات، حيث إن المرحلة المقبلة صعبة.');
    expect(s!.content.text.startsWith('أهمية التعاون')).toBe(true);
  });

  it('a verb right after a bare أن/إن is subordinate, not a reporting verb', () => {
    expect(run('هل سبق لك أن لاحظت أن الطقس يتغير مع الفصول؟')).toHaveLength(0);
  });

  it('a cue word after a name connector is part of a name (أبو طالب)', () => {
    const sts = run('وبين المدير العام الدكتور موفق أبو طالب أن الاجتماع ناقش الاستعدادات.');
    expect(sts.every((s) => s.cue.lemma !== 'طالب')).toBe(true);
  });

  it('a word written with ى is not a verb form written with ي (وتدعى is not تدّعي)', () => {
    const sts = run('وقالت المواطنة وتدعى "أم سالم"، إنها سعيدة بالهدية.');
    expect(sts).toHaveLength(1);
    expect(sts[0]!.cue.lemma).toBe('قال');
    expect(sts[0]!.content.text).toBe('سعيدة بالهدية');
  });
});

describe('reported speech: noun-phrase objects', () => {
  it('دعا/طالب/حث with an addressee: the addressee stays in the content', () => {
    const sts = run('ودعت النقابة المنظمات الدولية إلى التدخل لوقف التجاوزات.\nوطالب خالد الكعود حكومة الإقليم بالعمل الجاد مع الحكومة المركزية.\nودعت الهيئة العامة للغذاء إلى اتباع الإرشادات الصحية.');
    expect(byCue(sts, 'ودعت النقابة') ?? byCue(sts, 'ودعت')).toBeDefined();
    expect(sts.find((s) => s.content.text.startsWith('المنظمات الدولية إلى التدخل'))).toBeDefined();
    expect(byCue(sts, 'وطالب')?.content.text).toBe('حكومة الإقليم بالعمل الجاد مع الحكومة المركزية');
    expect(sts.find((s) => s.content.text === 'اتباع الإرشادات الصحية')).toBeDefined();
  });

  it('a verb whose preposition is optional takes a direct object too (أكد أهمية، أعلن مقتل)', () => {
    const sts = runWith('من جانبه أكد مدير الإدارة وليد الحجيلي، أهمية التزام المرشحين بالمواعيد.\nوكان رئيس المجلس سامي داوود أعلن مقتل قائد التنظيم في غارة جوية.', 'وليد الحجيلي', 'سامي داوود');
    expect(sts.find((s) => s.content.text === 'أهمية التزام المرشحين بالمواعيد')?.speaker.name).toBe('وليد الحجيلي');
    expect(sts.find((s) => s.content.text.startsWith('مقتل قائد التنظيم'))?.speaker.name).toBe('سامي داوود');
    // the name علي is no preposition: it stays in the subject
    const [a] = runWith('وكان رئيس المجلس علي داوود قال إن الوضع مستقر.', 'علي داوود');
    expect(a!.speaker.name).toBe('علي داوود');
  });

  it('several time words between the subject and a direct object', () => {
    const [s] = run('وأعلن وزير الداخلية سامي خالد أمس الأحد اعتقال المتورطين بالتفجير.');
    expect(s!.content.text).toBe('اعتقال المتورطين بالتفجير');
  });

  it('a noun that reads like a verb in a compound is no cue (إجراء كشف تسريب)', () => {
    expect(run('إجراء كشف تسريب المياه يوفر الكثير من الماء.')).toHaveLength(0);
  });

  it('a short adverbial may stand between the verb and its subject', () => {
    const [s] = runWith('وألقى كلمة أشار فيها الإعلامي غالب السهلي إلى معاناة المملكة مع الإرهاب.', 'غالب السهلي');
    expect(s!.speaker.name).toContain('غالب السهلي');
    expect(s!.content.text).toBe('معاناة المملكة مع الإرهاب');
  });

  it('عبر without its عن is the preposition: it does not end a subject or a content', () => {
    const [s] = run('وقال الدفاع المدني بتبوك عبر حسابه على تويتر أن حريقا شب في بئر.');
    expect(s!.content.text).toBe('حريقا شب في بئر');
  });
});

describe('reported speech: documents and prepositional sources', () => {
  it('جاء في + a document: the document (or its publisher) is the source', () => {
    const sts = run('وجاء في بيان صادر عن وزارة الصحة أن الحالات تراجعت هذا الأسبوع.\nوجاء في الرسالة: «القرار ليس نهاية الطريق».');
    expect(sts).toHaveLength(2);
    expect(sts[0]!.speaker.name).toBe('وزارة الصحة');
    expect(sts[0]!.cue.text).toBe('وجاء في');
    expect(sts[0]!.content.text).toBe('الحالات تراجعت هذا الأسبوع');
    expect(sts[1]!.kind).toBe('direct');
    expect(sts[1]!.content.text).toBe('القرار ليس نهاية الطريق');
  });

  it('جاء في without a document is no statement', () => {
    expect(run('وجاء في المرتبة الثانية فريق الهلال بعد أن قال المدرب إنه راض.').every((s) => s.cue.lemma !== 'جاء')).toBe(true);
  });

  it('حسبما/وفقما: ما glued to the head, a reporting verb after it', () => {
    const sts = run('وقتل ثلاثة أشخاص في الاشتباكات، حسبما أفادت السلطات المحلية.');
    expect(sts).toHaveLength(1);
    expect(sts[0]!.cue.text).toBe('حسبما أفادت');
    expect(sts[0]!.speaker.name).toBe('السلطات المحلية');
    expect(sts[0]!.content.text).toBe('وقتل ثلاثة أشخاص في الاشتباكات');
    expect(run('ويعمل الفريق حسبما يراه مناسبا.')).toHaveLength(0);
  });

  it('a prepositional source followed by ، أن: the content is after the complementizer, the source without its glued preposition', () => {
    const sts = run('وتودع البنوك نصف احتياطياتها في الخارج، والشاهد على ذلك ووفقا لتقرير نشر في المنطقة، أن البنكين أودعا مليار دولار.');
    const s = sts.find((x) => x.cue.lemma === 'وفق');
    expect(s?.content.text).toBe('البنكين أودعا مليار دولار');
    expect(s?.speaker.name).toBe('تقرير نشر');
  });
});

describe('reported speech: contents', () => {
  it('a preposition opening an adverbial (على هامش) is not the content', () => {
    const [s] = run('أكد الوزير خالد سعد على هامش المؤتمر أن التعاون مستمر.');
    expect(s!.content.text).toBe('التعاون مستمر');
  });

  it('a complementizer after a comma right after the subject beats a preposition that belongs to the subject', () => {
    const [s] = run('أعلن متحدث باسم المرشحة سارة خليل عن الحزب الديمقراطي، أنها ستمثل أمام اللجنة في أكتوبر.');
    expect(s!.content.text).toBe('ستمثل أمام اللجنة في أكتوبر');
  });

  it('a short quoted name opening the content does not end it', () => {
    const [s] = run('وقال سامي ناصر إن «نور» منصة جديدة لتعليم اللغة العربية.');
    expect(s!.content.text).toBe('«نور» منصة جديدة لتعليم اللغة العربية');
    expect(s!.kind).toBe('mixed');
  });

  it('a participle after a comma inside a quotation splits it into two statements', () => {
    const sts = run('قال الوزير خالد سعد إن الوضع مستقر.\nوأكد مجددا «لا أحد يمنعنا من العمل، موضحا أنه وقع الاتفاق قبل سنوات».');
    expect(byCue(sts, 'وأكد')?.content.text).toBe('لا أحد يمنعنا من العمل');
    expect(byCue(sts, 'موضحا')?.content.text).toBe('وقع الاتفاق قبل سنوات');
    expect(byCue(sts, 'موضحا')?.speaker.name).toBe('خالد سعد');
  });

  it('a straight quote with spaces on both sides opens a quotation when it is the first on its line', () => {
    const [s] = run('قال الوزير خالد سعد " سيكون الوضع خطيرا إذا استمر التصعيد".');
    expect(s!.kind).toBe('direct');
    expect(s!.content.text).toBe('سيكون الوضع خطيرا إذا استمر التصعيد');
  });

  it('a quotation opening a new clause with و after the reported content is a statement of its own', () => {
    const sts = runWith('ووصف سامي ناصر الحزب بأنه صوت سياسي يجب أن يؤخذ بجدية "وأرى أنه ليس من الحكمة استبعاد هذا الصوت".', 'سامي ناصر');
    expect(sts).toHaveLength(2);
    expect(sts[0]!.content.text).toBe('صوت سياسي يجب أن يؤخذ بجدية');
    expect(sts[1]!.cue.text).toBe('"');
    expect(sts[1]!.content.text).toBe('وأرى أنه ليس من الحكمة استبعاد هذا الصوت');
    expect(sts[1]!.speaker.name).toBe('سامي ناصر');
    // a quotation inside the content stays in it
    const [m] = run('وقالت الوزارة إن تركيا «أنهت من جانب واحد» وقف إطلاق النار.');
    expect(m!.content.text).toBe('تركيا «أنهت من جانب واحد» وقف إطلاق النار');
  });

  it('a short quoted name before a comma inside the clause is no content; a quoted complement is', () => {
    const [s] = run('وقالت مصادر سياسية رفيعة لـ«الشرق الأوسط»، إن الجماعة تسعى إلى التفاوض.');
    expect(s!.content.text).toBe('الجماعة تسعى إلى التفاوض');
    const [t] = run('ونسبت الوزارة الهجوم إلى «المنظمة الإرهابية»، العبارة التي تستخدمها عادة للحديث عن الحزب.');
    expect(t!.content.text.includes('المنظمة الإرهابية')).toBe(true);
    expect(t!.content.text.includes('العبارة التي')).toBe(false);
  });

  it('a title abbreviated to one letter (د.) ends no sentence', () => {
    const [s] = runWith('وأكد د. سامي الشمري، حرص الوزارة على الارتقاء بالخدمات.', 'سامي الشمري');
    expect(s!.speaker.name).toBe('سامي الشمري');
    expect(s!.content.text).toBe('حرص الوزارة على الارتقاء بالخدمات');
  });

  it('a quoted name counts as one word of an ambiguous verb\'s reach, and is not the content', () => {
    const [s] = run('وذكرت مصادر لـ«الدرر الشامية» أن التنظيم شن هجوما على الحواجز.');
    expect(s!.content.text).toBe('التنظيم شن هجوما على الحواجز');
    expect(s!.speaker.name).toBe('مصادر');
  });
});

describe('reported speech: subjects and speakers', () => {
  it('a quoted name is the whole subject', () => {
    const [s] = run('وأوضح "الزهراني" أن المسرحية تدور حول الشباب.');
    expect(s!.speaker.name).toBe('الزهراني');
    expect(s!.content.text).toBe('المسرحية تدور حول الشباب');
  });

  it('an object after the subject ends it (واختتم الخبير كلامه بأن)', () => {
    const [s] = run('واختتم الخبير الاقتصادي كلامه بأن الإصلاح ضروري.');
    expect(s!.mention?.text).toBe('الخبير الاقتصادي');
    expect(s!.content.text).toBe('الإصلاح ضروري');
  });

  it('a role chain goes on over up to three prepositions to the name', () => {
    const [s] = runWith('وأفاد رئيس اللجنة الأمنية في المجلس المحلي في محافظة الشمال إبراهيم الحسن أن القوات تقدمت.', 'إبراهيم الحسن');
    expect(s!.speaker.name).toBe('إبراهيم الحسن');
  });

  it('a time word before the verb ends a long adverbial preamble', () => {
    const [s] = run('وفي تصريحات لصحيفة "الوطن" يوم أمس السبت قال خالد سعد إن الحل قريب.');
    expect(s!.speaker.name).toBe('خالد سعد');
    expect(s!.content.text).toBe('الحل قريب');
  });

  it('a role word with و opens the subject (يذكر أن وزير ... قال)', () => {
    const [s] = runWith('يذكر أن وزير النقل بدر سالم قال إن الرحلات ستستأنف.', 'بدر سالم');
    expect(s!.speaker.name).toBe('بدر سالم');
  });

  it('a role with no name resolves to the person the narration named with that role', () => {
    const sts = run('وقدم الدورة المدرب خالد حاجي في مركز الشباب.\nوكشف المدرب عن أهمية الانضباط في العمل.');
    expect(sts).toHaveLength(1);
    expect(sts[0]!.mention?.text).toBe('المدرب');
    expect(sts[0]!.speaker.name).toBe('خالد حاجي');
  });

  it('a name set off by commas before the complementizer is the speaker of a role subject', () => {
    const [s] = runWith('أكد المشرف على برنامج القادة في جامعة الملك، الدكتور سامي الأحمد، أن البرنامج ناجح.', 'سامي الأحمد');
    expect(s!.speaker.name).toBe('سامي الأحمد');
    expect(s!.content.text).toBe('البرنامج ناجح');
  });

  it('a role chain read over a titled name gives that name', () => {
    const p = 'المشرف على مركز الملك فهد للإغاثة الدكتور عبدالله الربيع';
    const toks = scan(p);
    const r = readPhrase(toks, { a: 0, b: toks.length - 1 }, loadLexicon());
    expect(r.name ? p.slice(toks[r.name.a]!.s, toks[r.name.b]!.e) : null).toBe('عبدالله الربيع');
  });

  it('a word the entities layer reads as an organisation on its own is no part of a person\'s name', () => {
    const text = 'ووصف شتاينماير الأكراد بأنهم صوت سياسي. ويعيش الأكراد في المنطقة.';
    const at = (w: string, from = 0) => text.indexOf(w, from);
    const ents: Entity[] = [
      { id: 0, type: 'PERS', name: 'شتاينماير الأكراد', mentions: [{ start: at('شتاينماير'), end: at('شتاينماير') + 'شتاينماير الأكراد'.length, text: 'شتاينماير الأكراد' }], roles: [] },
      { id: 1, type: 'ORG', name: 'الأكراد', mentions: [{ start: at('الأكراد', at('ويعيش')), end: at('الأكراد', at('ويعيش')) + 7, text: 'الأكراد' }], roles: [] },
    ];
    const toks = scan(text);
    const persons = personTokens(toks, ents);
    const kurds = toks.find((t) => t.n === 'الاكراد')!;
    const name = toks.find((t) => t.n === 'شتاينماير')!;
    expect(persons.has(name.i)).toBe(true);
    expect(persons.has(kurds.i)).toBe(false);
    const [s] = run(text, ents);
    expect(s!.speaker.name).toBe('شتاينماير');
  });
});

describe('reported speech: noun-phrase objects after a subject (session 4)', () => {
  it('a verbal noun after the subject ends it and opens the content (أكد X ضرورة/استمرار ...)', () => {
    const [s, ...rest] = runWith('وأكد سامر الحلبي استمرار دعم المزارعين في المنطقة.', 'سامر الحلبي');
    expect(rest).toHaveLength(0);
    expect(s!.speaker.name).toBe('سامر الحلبي');
    expect(s!.content.text).toBe('استمرار دعم المزارعين في المنطقة');
  });
  it('the verbal noun wins over a later preposition of the verb (مقتل ... على الأقل)', () => {
    const [s] = run('وأكدت مصادر طبية مقتل عشرين شخصا على الأقل في الحادث.');
    expect(s!.speaker.name).toBe('مصادر طبية');
    expect(s!.content.text).toBe('مقتل عشرين شخصا على الأقل في الحادث');
  });
  it('a condemnation of a noun phrase after a named subject (أدان X اغتيال ...)', () => {
    const [s] = runWith('وأدان سامر الحلبي اغتيال القاضي في العاصمة.', 'سامر الحلبي');
    expect(s!.cue.lemma).toBe('أدان');
    expect(s!.content.text).toBe('اغتيال القاضي في العاصمة');
  });
  it('a demonstrative after the subject opens the object (استنكر X ذلك الفعل)', () => {
    const [s] = run('واستنكر الأهالي ذلك الفعل المشين.');
    expect(s!.speaker.name).toBe('الأهالي');
    expect(s!.content.text).toBe('ذلك الفعل المشين');
  });
  it('دافع عن and هدد بـ take their noun-phrase content after the preposition', () => {
    const [d] = runWith('ودافع سامر الحلبي عن الاتفاق المبرم مع الشركات.', 'سامر الحلبي');
    expect(d!.cue.lemma).toBe('دافع');
    expect(d!.content.text).toBe('الاتفاق المبرم مع الشركات');
    const [h] = run('وهدد الجيش بالرد على أي هجوم.');
    expect(h!.content.text).toBe('بالرد على أي هجوم');
  });
  it('طلب reports a demand only with a verbal noun of a content (طلب X بتأجيل/ضرورة ...)', () => {
    const [s] = run('وطلب الاتحاد الكويتي بتأجيل البطولة لعام كامل.');
    expect(s!.speaker.name).toBe('الاتحاد الكويتي');
    expect(s!.content.text).toBe('بتأجيل البطولة لعام كامل');
    expect(run('وطلب معرفة ملابسات الحادث.')).toHaveLength(0);
    expect(run('ويتطلب المشروع تمويلا كبيرا.')).toHaveLength(0);
  });
  it('دافع without its preposition is no cue (دافع is also "a motive")', () => {
    expect(run('وكان دافع الجريمة السرقة.')).toHaveLength(0);
  });
});

describe('reported speech: speakers of continuations (session 4)', () => {
  it('a subject after لكن before its verb is the speaker, not the previous one (لكن X قال ان)', () => {
    const sts = runWith('واعتبر بعض النواب ان الاتفاق سيئ. لكن سامر الحلبي قال امس ان الاتفاق جيد. وأضاف ان المفاوضات صعبة.', 'سامر الحلبي');
    expect(byCue(sts, 'قال')!.speaker.name).toBe('سامر الحلبي');
    expect(byCue(sts, 'وأضاف')!.speaker.name).toBe('سامر الحلبي');
  });
  it('ومضى يقول continues the current speaker (ومضى is no subject)', () => {
    const sts = runWith('وقال سامر الحلبي "سأزور المدينة قريبا". ومضى يقول "سأجري محادثات حول كل المواضيع".', 'سامر الحلبي');
    const s = byCue(sts, 'يقول');
    expect(s!.speaker.name).toBe('سامر الحلبي');
    expect(s!.mention).toBeNull();
  });
});

describe('reported speech: nested plural verbs in an asyndetic relative (session 4)', () => {
  it('`... عنصرا قالوا إن` inside a content is a statement of the subject opening that content', () => {
    const sts = run('وقال المصدر إن مسؤولين في الكتائب حضروا إلى المستشفى بشأن 27 عنصرا قالوا إن التنظيم اختطفهم في المدينة.');
    const nested = byCue(sts, 'قالوا');
    expect(nested!.content.text).toBe('التنظيم اختطفهم في المدينة');
    expect(nested!.speaker.name ?? '').toMatch(/^مسؤولين/u);
    expect(byCue(sts, 'وقال')!.speaker.name).toBe('المصدر');
  });
});

describe('reported speech: a demonstrative object of a participle (session 4)', () => {
  it('`واصفاً ذلك بأنه ...`: the content follows the complementizer, the speaker is inherited', () => {
    const sts = run('وأشار الجيش في بيان إلى أن جنودا عبروا الحدود، واصفاً ذلك بأنه عمل استفزازي.');
    const s = byCue(sts, 'واصفاً');
    expect(s!.content.text).toBe('عمل استفزازي');
    expect(s!.speaker.name).toBe('الجيش');
  });
});

describe('reported speech: a relative pronoun with و (session 4)', () => {
  it('`، والذى أكد أن`: the relative (spelled with ى) opens a clause; its antecedent speaks', () => {
    const [s] = runWith('واستمعت اللجنة لعرض من سامر الحلبي وزير الصحة، والذى أكد أن الوضع خطير.', 'سامر الحلبي');
    expect(s!.content.text).toBe('الوضع خطير');
    expect(s!.speaker.name).toBe('سامر الحلبي');
  });
});

describe('reported speech: a postposed attribution by ذلك (session 4)', () => {
  it('`أبان ذلك X ...` opening a sentence attributes the sentence before to X', () => {
    const [s, ...rest] = runWith('تعكف اللجنة على تشكيل وفد لزيارة اليمن.\nأبان ذلك الدكتور سامر الحلبي رئيس اللجنة على هامش الاجتماع.', 'سامر الحلبي');
    expect(rest).toHaveLength(0);
    expect(s!.content.text).toBe('تعكف اللجنة على تشكيل وفد لزيارة اليمن');
    expect(s!.speaker.name).toBe('سامر الحلبي');
  });
});
