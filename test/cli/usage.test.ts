import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/data/paths.js';

const BIN = join(ROOT, 'bin', 'rasid.js');
const dir = mkdtempSync(join(tmpdir(), 'rasid-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], shell?: string) {
  if (shell) return spawnSync('bash', ['-c', shell], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

describe('command-line usage errors', () => {
  it('unknown commands, options and missing arguments give one catalogue line and exit 2', () => {
    for (const args of [['bogus'], ['stats', '--bogus'], ['speaker']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^rasid: E_USAGE: /);
    }
  });

  it('read commands refuse a store that does not exist instead of creating it', () => {
    const db = join(dir, 'no', 'such.db');
    const r = run(['stats', '--db', db]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^rasid: E_DB_OPEN: /);
    expect(spawnSync('test', ['-e', join(dir, 'no')]).status).not.toBe(0);
  });

  it('watch --once exits non-zero when a source fails (and still finishes its round)', () => {
    const sources = join(dir, 'sources.txt');
    writeFileSync(sources, 'http://127.0.0.1:1/feed.xml\n');
    const r = run(['watch', sources, '--once', '--db', join(dir, 'w.db'), '--timeout', '2']);
    expect(r.status).toBe(8);
    expect(r.stdout).toMatch(/round 1 .*1 failed/);
  });

  it('a reader that closes the pipe early is not an error', () => {
    const seed = join('fixtures', 'seed', '000_c645db0d12d9f96d.txt');
    const r = run([], `node ${BIN} parse --pretty ${seed} ${seed} ${seed} | head -c 10 > /dev/null; echo "status=\${PIPESTATUS[0]}"`);
    expect(r.stdout).toContain('status=0');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
