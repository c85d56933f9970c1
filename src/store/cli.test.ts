/** The store's commands end to end: stats --json, search --json, speakers, speaker, and a bad query. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../data/paths.js';
import { openStore } from './open.js';
import { fixtureInputs, statementDoc } from './test-helpers.js';
import type { SearchResult, StoreStats } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-cli-'));
const db = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const store = await openStore(db);
  await store.putArticles([
    ...fixtureInputs(),
    statementDoc({ url: 'https://a.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن' }),
  ]);
  await store.close();
});

function rasid(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'rasid.js'), ...args, '--db', db], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('store commands', { timeout: 120_000 }, () => {
  it('stats --json prints one object with the six counts on its last line', () => {
    const r = rasid('stats', '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out.trim().split('\n').pop()!) as StoreStats;
    expect(Object.keys(s).sort()).toEqual(['articles', 'entities', 'outlets', 'speakers', 'statements', 'stories']);
    expect(s.articles).toBe(23);
  });

  it('search --json gives hits with snippets and facets', () => {
    const r = rasid('search', 'احمد', '--json');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as SearchResult;
    expect(res.total).toBeGreaterThan(0);
    expect(res.hits[0]!.snippet.highlights.length).toBeGreaterThan(0);
    expect(res.facets.outlets.length).toBeGreaterThan(0);
  });

  it('a malformed query is one line on stderr with its code and a non-zero exit', () => {
    const r = rasid('search', '"unclosed');
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^rasid: E_QUERY_INVALID: .*not closed$/);
  });

  it('speaker NAME lists statements in date order; an unknown speaker is E_NOT_FOUND', () => {
    const r = rasid('speaker', 'عادل الجبير');
    expect(r.code).toBe(0);
    expect(r.out).toContain('المملكة تدعم الحل السياسي في اليمن');
    const days = r.out.trim().split('\n').map((l) => l.slice(0, 10));
    expect([...days].sort()).toEqual(days);
    expect(rasid('speaker', 'لا أحد بهذا الاسم').code).toBe(7);
    expect(rasid('speakers').out).toContain('عادل الجبير');
  });
});
