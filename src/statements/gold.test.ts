import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RasidError } from '../doc/errors.js';
import { isHeldOut, loadGold } from './gold.js';

const tmp = (name: string, body: string) => {
  const p = join(mkdtempSync(join(tmpdir(), 'rasid-gold-')), name);
  writeFileSync(p, body);
  return p;
};
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as RasidError).code;
  }
  return null;
};

describe('gold statement files', () => {
  it('reads records and their statements', () => {
    const p = tmp('g.jsonl', JSON.stringify({ id: 'x', text: 'نص', statements: [{ speaker: 'أ', speaker_mention: null, content: 'ب', kind: 'direct' }] }) + '\n\n');
    const g = loadGold(p);
    expect(g).toHaveLength(1);
    expect(g[0]!.statements[0]).toEqual({ content: 'ب', speaker: 'أ', speaker_mention: null, kind: 'direct' });
  });

  it('reports bad lines with stable codes', () => {
    expect(codeOf(() => loadGold(tmp('a.jsonl', '{"id": 1}\n')))).toBe('E_GOLD_INVALID');
    expect(codeOf(() => loadGold(tmp('b.jsonl', '{not json}\n')))).toBe('E_JSON_INVALID');
    expect(codeOf(() => loadGold('/nonexistent/gold.jsonl'))).toBe('E_INPUT_MISSING');
    expect(codeOf(() => loadGold(tmp('c.jsonl', '{"id":"x","text":"t","statements":[{"speaker":"a"}]}\n')))).toBe('E_GOLD_INVALID');
  });

  it('splits by a fixed hash of the id (about 3 in 5 held out)', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `snn:2015-07-01:${i}`);
    const held = ids.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(250);
    expect(held).toBeLessThan(350);
    expect(isHeldOut('snn:2015-07-27:147')).toBe(isHeldOut('snn:2015-07-27:147'));
  });
});
