import { describe, expect, it } from 'vitest';
import { ContextCounter, DEFAULT_CLUSTER_OPTIONS, parseClusters, serializeClusters } from './clusters.js';
import { FeatureExtractor } from './features.js';
import { buildGazetteer, type Lexicon } from './lexicon.js';

// A made-up corpus: person names after "قال", places after "في", in varied frames.
const NAMES = ['احمد', 'خالد', 'سعيد', 'فيصل', 'ماجد', 'طلال'];
const PLACES = ['بغداد', 'القاهره', 'دمشق', 'عمان', 'الرياض', 'تونس'];
const VERBS = ['زار', 'وصل', 'غادر', 'اقام'];

function corpus(): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < 400; i++) {
    const n = NAMES[i % NAMES.length]!;
    const p = PLACES[(i * 7) % PLACES.length]!;
    const v = VERBS[(i * 3) % VERBS.length]!;
    out.push(['قال', 'الوزير', n, 'انه', v, 'الى', p, 'امس', '.']);
    out.push(['وكان', n, 'قد', v, 'مدينه', p, 'في', 'العام', 'الماضي', '.']);
  }
  return out;
}

function build(): Map<string, string> {
  const c = new ContextCounter();
  for (const s of corpus()) c.add(s);
  return c.build({ ...DEFAULT_CLUSTER_OPTIONS, minCount: 2, contexts: 30, dims: 8, depth: 6, minSize: 2 });
}

function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

describe('word clusters', () => {
  it('puts words of the same contexts under a longer common path than words of other contexts', () => {
    const cl = build();
    for (const w of [...NAMES, ...PLACES]) expect(cl.has(w)).toBe(true);
    const within = Math.min(commonPrefix(cl.get('احمد')!, cl.get('خالد')!), commonPrefix(cl.get('بغداد')!, cl.get('دمشق')!));
    const across = commonPrefix(cl.get('احمد')!, cl.get('بغداد')!);
    expect(within).toBeGreaterThan(across);
  });

  it('is deterministic and round-trips through its file', () => {
    const a = serializeClusters(build());
    expect(serializeClusters(build())).toBe(a);
    expect(serializeClusters(parseClusters(a))).toBe(a);
    expect(a.split('\n')[0]).toMatch(/^\S+\t[01]+$/);
  });

  it('gives the tagger cluster features only when the lexicon has clusters', () => {
    const lex: Lexicon = {
      triggers: new Map(),
      gazetteers: { LOC: buildGazetteer([]), ORG: buildGazetteer([]), GIVEN: buildGazetteer([]) },
    };
    const plain = new FeatureExtractor(lex).info('بغداد');
    const withCl = new FeatureExtractor({ ...lex, clusters: new Map([['بغداد', '0110101']]) });
    const wi = withCl.info('بغداد');
    expect(wi.own.length).toBeGreaterThan(plain.own.length);
    expect(wi.ctx[0].length).toBeGreaterThan(plain.ctx[0].length);
    // a clitic form takes its core's cluster
    const wb = withCl.info('وبغداد');
    expect(wb.clH).toEqual(wi.clH);
    // two words of one cluster share their cluster features
    const other = new FeatureExtractor({ ...lex, clusters: new Map([['بغداد', '0110101'], ['دمشق', '0110101']]) });
    const a = new Set(other.info('بغداد').own);
    expect(other.info('دمشق').own.filter((h) => a.has(h)).length).toBeGreaterThanOrEqual(plain.own.filter((h) => new Set(new FeatureExtractor(lex).info('دمشق').own).has(h)).length + 6);
  });
});
