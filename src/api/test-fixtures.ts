/**
 * Hand-built analysed Docs for the API and browser tests: real Doc shapes (article layer, entities,
 * dates, statements as spans found in the text) so the tests exercise the real store and routes
 * without depending on the analysis stages' output. Used only by tests.
 */
import { createDoc, type Doc, type EntityType, type Statement } from '../doc/doc.js';
import { span } from '../doc/span.js';

export interface FixtureArticle {
  title: string;
  body: string;
  outlet: string;
  published: string;
  url: string;
  entities?: { name: string; type: EntityType }[];
  dates?: { text: string; value: string }[];
  statements?: { speaker: string; cue: string; content: string; kind?: Statement['kind'] }[];
}

function at(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture: "${needle}" not in the text`);
  return i;
}

export function fixtureDoc(f: FixtureArticle): Doc {
  const text = `${f.title}\n\n${f.body}`;
  const doc = createDoc(text, { url: f.url, format: 'jsonl' });
  const bodyStart = f.title.length + 2;
  doc.article = {
    headline: span(text, 0, f.title.length),
    outlet: f.outlet,
    published: f.published,
    url: f.url,
    body: [span(text, bodyStart, text.length)],
  };
  doc.entities = (f.entities ?? []).map((e, id) => {
    const mentions = [];
    for (let i = text.indexOf(e.name); i >= 0; i = text.indexOf(e.name, i + e.name.length)) mentions.push(span(text, i, i + e.name.length));
    return { id, type: e.type, name: e.name, roles: [], mentions };
  });
  doc.dates = (f.dates ?? []).map((d) => {
    const i = at(text, d.text);
    return { ...span(text, i, i + d.text.length), value: d.value, grain: 'day' as const, calendar: 'gregorian' as const, relative: false };
  });
  doc.statements = (f.statements ?? []).map((s) => {
    const c = at(text, s.content);
    const q = at(text, s.cue);
    const m = text.lastIndexOf(s.speaker, c);
    const entity = doc.entities!.findIndex((e) => e.name === s.speaker);
    return {
      speaker: { name: s.speaker, kind: 'person' as const, ...(entity >= 0 ? { entity } : {}) },
      mention: m >= 0 ? span(text, m, m + s.speaker.length) : null,
      cue: { ...span(text, q, q + s.cue.length), lemma: s.cue },
      content: span(text, c, c + s.content.length),
      kind: s.kind ?? 'indirect',
    };
  });
  return doc;
}

export const FIXTURE_ARTICLES: FixtureArticle[] = [
  {
    title: 'رئيس الوزراء: الأمن مسؤولية وليس كلمة',
    body: 'أكد رئيس الوزراء مصطفى الكاظمي يوم الجمعة ٢٢ يناير ٢٠٢١ ان الأمن ليس مجرد كلمة نتحدث بها في الاعلام بل مسؤولية. وأضاف الكاظمي ان الحكومة وعدت الشعب بالأمن في بغداد.',
    outlet: 'العالم',
    published: '2021-01-22T10:42:00Z',
    url: 'https://example.org/news/1',
    entities: [
      { name: 'مصطفى الكاظمي', type: 'PERS' },
      { name: 'بغداد', type: 'LOC' },
    ],
    dates: [{ text: 'الجمعة ٢٢ يناير ٢٠٢١', value: '2021-01-22' }],
    statements: [
      { speaker: 'مصطفى الكاظمي', cue: 'أكد', content: 'الأمن ليس مجرد كلمة نتحدث بها في الاعلام بل مسؤولية' },
      { speaker: 'مصطفى الكاظمي', cue: 'وأضاف', content: 'الحكومة وعدت الشعب بالأمن في بغداد' },
    ],
  },
  {
    title: 'الكاظمي يزور البصرة',
    body: 'قال مصطفى الكاظمي خلال زيارته البصرة إن مشاريع الكهرباء ستكتمل قبل الصيف في البصرة والحكومات المحلية شريكة في ذلك.',
    outlet: 'الوكالة',
    published: '2021-01-25T08:00:00Z',
    url: 'https://example.org/news/2',
    entities: [
      { name: 'مصطفى الكاظمي', type: 'PERS' },
      { name: 'البصرة', type: 'LOC' },
    ],
    statements: [{ speaker: 'مصطفى الكاظمي', cue: 'قال', content: 'مشاريع الكهرباء ستكتمل قبل الصيف في البصرة والحكومات المحلية شريكة في ذلك' }],
  },
  {
    title: 'وزير الخارجية يبحث التعاون',
    body: 'أوضح وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي في اليمن. وكانت الوزارة قد أعلنت الزيارة أمس.',
    outlet: 'واس',
    published: '2015-08-09T12:00:00Z',
    url: 'https://example.org/news/3',
    entities: [
      { name: 'عادل الجبير', type: 'PERS' },
      { name: 'اليمن', type: 'LOC' },
    ],
    statements: [{ speaker: 'عادل الجبير', cue: 'أوضح', content: 'المملكة تدعم الحل السياسي في اليمن' }],
  },
];
