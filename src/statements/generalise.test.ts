/**
 * Rules added to make the extractor hold on unseen articles (session 2): each test is a construction met in
 * real news outside the dev set, written here with invented names.
 */
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc, type Entity, type Statement } from '../doc/doc.js';
import { isSpanOf } from '../doc/span.js';
import { loadLexicon } from './lexicon.js';
import { scan, trimEnds } from './scan.js';
import { readPhrase } from './speaker.js';
import { extractStatements } from './statements.js';

const run = (text: string, entities?: Entity[]): Statement[] => {
  const doc: Doc = createDoc(text);
  if (entities) doc.entities = entities;
  const out = extractStatements(doc);
  for (const s of out) expect(isSpanOf(doc.text, s.content)).toBe(true);
  return out;
};
const person = (id: number, text: string, name: string): Entity => {
  const start = text.indexOf(name);
  return { id, type: 'PERS', name, mentions: [{ start, end: start + name.length, text: name }], roles: [] };
};
const phrase = (p: string, persons?: Set<number>) => {
  const toks = scan(p);
  const r = readPhrase(toks, { a: 0, b: toks.length - 1 }, loadLexicon(), persons);
  return { ...r, nameText: r.name ? p.slice(toks[r.name.a]!.s, toks[r.name.b]!.e) : null };
};

describe('speaker phrases', () => {
  it('a full name before its roles is the person, not a name inside the organisation after it', () => {
    expect(phrase('سامر بن خالد الحربي الرئيس التنفيذي لمجموعة نور القابضة').nameText).toBe('سامر بن خالد الحربي');
  });

  it('a bare word after an organisation head is its genitive, not a later name', () => {
    expect(phrase('سامر الحربي مدير مركز رصد النزوح الداخلي').nameText).not.toBe('رصد النزوح');
  });

  it('a name inside an organisation name gives way to the person named after it', () => {
    expect(phrase('المتحدث الرسمي باسم مركز الملك فهد للإغاثة رامي الشمري').nameText).toBe('رامي الشمري');
  });

  it('على after a role is the preposition, not the name علي', () => {
    expect(phrase('المشرف على مركز الملك فهد للإغاثة الدكتور عبدالله الربيع').nameText).toBe('عبدالله الربيع');
    expect(phrase('الدكتور علي الربيع', new Set([1, 2])).nameText).toBe('علي الربيع');
  });

  it('a family name with the article ends the name when the entities layer tags the person', () => {
    const p = 'الرئيس التنفيذي للمهرجان عبدالعزيز المهيد';
    expect(phrase(p, new Set([3, 4])).nameText).toBe('عبدالعزيز المهيد');
  });

  it('an adjective agreeing with an indefinite role is not a name', () => {
    expect(phrase('مسؤولة كبيرة').name).toBeNull();
  });

  it('a possessed common noun names no one', () => {
    expect(phrase('لرغبتها الأولى').kind).toBe('unknown');
    expect(phrase('لرغبتها الأولى').name).toBeNull();
  });

  it('a closing quote mark stays with a quoted name it closes', () => {
    const toks = scan('صحيفة "عكاظ"');
    const [a, b] = trimEnds(toks, 0, toks.length - 1);
    expect('صحيفة "عكاظ"'.slice(toks[a]!.s, toks[b]!.e)).toBe('صحيفة "عكاظ"');
  });
});

describe('cues and contents', () => {
  it('a word ending in ي is not a verb written with ى (تبني, رأي, نفي)', () => {
    expect(run('الهيئة العالمية تبني 798 مسجدا في 11 دولة.')).toHaveLength(0);
    expect(run('وقال الخبير سامر الحربي إن رأي اللجنة واضح.')).toHaveLength(1);
  });

  it('a prepositional phrase opening the sentence does not hide the verb (ومن جهته اتهم)', () => {
    const sts = run('ومن جهته اتهم الزوج، الجامعة بتغيير رغبات قبول ابنته.');
    expect(sts).toHaveLength(1);
    expect(sts[0]!.speaker.name).toBe('الزوج');
  });

  it('an accusative object ends a narrative subject (أصدرت الجامعة بياناً)', () => {
    const text = 'أصدرت جامعة تبوك بياناً تبرأت فيه من الحادث. وقالت إن الطالبة قبلت وفق رغبتها.';
    const sts = run(text);
    expect(sts.map((s) => s.speaker.name)).toContain('جامعة تبوك');
  });

  it('a noun-phrase object after a complete definite subject: دانت الخارجية القصف', () => {
    const [s] = run('ودانت الخارجية المصرية الهجوم الإرهابي على الكنيسة.');
    expect(s!.speaker.name).toBe('الخارجية المصرية');
    expect(s!.content.text).toBe('الهجوم الإرهابي على الكنيسة');
    const [t] = run('وطالب المواطنون البلدية بسرعة التدخل.');
    expect(t!.speaker.name).toBe('المواطنون');
  });

  it('adjectives stay in the subject (الأمم المتحدة، الأمين العام)', () => {
    expect(run('وقالت الأمم المتحدة إن الوضع خطير.')[0]!.speaker.name).toBe('الأمم المتحدة');
    expect(run('وقالت وكالة أنباء الصين الجديدة إن الوضع خطير.')[0]!.speaker.name).toBe('وكالة أنباء الصين الجديدة');
  });

  it('the verb’s own clitic preposition starts the content (أشاد بـ، طالب بـ)', () => {
    const text = 'وقال سامر الحربي إن الوضع جيد. وأشاد سموه بدور العوائل في المجتمع.';
    const sts = run(text, [person(1, text, 'سامر الحربي')]);
    expect(sts[1]!.content.text).toBe('بدور العوائل في المجتمع');
    expect(sts[1]!.speaker.name).toBe('سامر الحربي');
  });

  it('لفت النظر: the object belongs to the cue', () => {
    const sts = run('وقال سامر الحربي إن الوضع جيد. ولفت النظر إلى أن الهيئة سعت إلى الشراكة.');
    expect(sts[1]!.cue.text).toBe('ولفت النظر إلى');
    expect(sts[1]!.speaker.name).toBe('سامر الحربي');
  });

  it('a prepositional phrase that names no source is not an attribution (وفقا لخارطة، حسب حاجة)', () => {
    expect(run('وتم توزيع الأقسام وفقا لخارطة الحاجة الفعلية.')).toHaveLength(0);
    expect(run('ووفقاً لمعلومات متداولة فإن الطريق خطير.')).toHaveLength(0);
  });

  it('a URL or an e-mail address does not end the content', () => {
    const [s] = run('وقال سامر الحربي إن الموقع www.example.gov.sa متاح للجميع.');
    expect(s!.content.text).toBe('الموقع www.example.gov.sa متاح للجميع');
  });

  it('a cue inside another statement’s quotation is not a new statement', () => {
    const sts = run('وقال سامر الحربي "النزوح في ازدياد ويهدد بأن يصير أسوأ في العقود المقبلة".');
    expect(sts).toHaveLength(1);
  });

  it('a link caption line is not a statement', () => {
    expect(run('رابط الخبر بصحيفة الوئام: النادي يحذر الفريق من التعاقد مع اللاعب')).toHaveLength(0);
  });

  it('a noun plural with و is not a participle (ومطالبات بتكريمه)', () => {
    const sts = run('وقال سامر الحربي إن الطاقم ممتاز. وتوالت عبارات شكر ومطالبات بتكريمه.');
    expect(sts).toHaveLength(1);
  });
});
