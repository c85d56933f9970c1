import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixturePath } from '../../data/paths.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const MAIN = join(ROOT, 'src', 'cli', 'main.ts');
const run = (args: string[], input?: string) => spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', input, cwd: ROOT });

describe('rasid dates / rasid eval dates', () => {
  it('prints the dates layer as JSON, reading stdin for -', () => {
    const r = run(['dates', '-', '--reference', '2021-01-22T10:42:00Z'], 'الجمعة ٢٢ يناير ٢٠٢١ - ١٠:٤٢ بتوقيت غرينتش\nما حصل يوم امس');
    expect(r.status).toBe(0);
    const layer = JSON.parse(r.stdout) as { text: string; value: string }[];
    expect(layer.map((d) => d.value)).toEqual(['2021-01-22T10:42:00Z', '2021-01-21']);
  });

  it('rejects an invalid reference with one line and exit status 2', () => {
    const r = run(['dates', 'أمس', '--reference', 'yesterday']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^rasid: E_REFERENCE_INVALID: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('evaluates a case file and prints JSON figures on the last line', () => {
    const r = run(['eval', 'dates', fixturePath('dates', 'dateparser-ar.jsonl'), '--json']);
    expect(r.status).toBe(0);
    const last = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
    expect(Object.keys(last).sort()).toEqual(['cases', 'expressions', 'precision', 'recall', 'spanRecall']);
    expect(last.cases).toBe(24);
  });
});
