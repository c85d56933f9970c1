/** `rasid serve --workers 2` over a real port: two processes answer, and SIGTERM stops them all cleanly. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../data/paths.js';
import { openStore } from '../store/open.js';
import { statementDoc } from '../store/test-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-cluster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Child process ids of `pid` (Linux /proc). */
function children(pid: number): number[] {
  const tasks = join('/proc', String(pid), 'task');
  if (!existsSync(tasks)) return [];
  const out: number[] = [];
  for (const t of readFileSync(join(tasks, String(pid), 'children'), 'utf8').trim().split(/\s+/)) if (t) out.push(Number(t));
  return out;
}

function isNodeServer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('rasid.js');
  } catch {
    return false;
  }
}

describe.runIf(process.platform === 'linux')('rasid serve --workers', () => {
  it('serves from two processes on one port and stops them all on SIGTERM', async () => {
    const db = join(dir, 'cluster.db');
    const store = await openStore(db);
    await store.putArticles([
      statementDoc({ url: 'https://c.example/1', outlet: 'واس', published: '2015-08-02T09:00:00Z', speaker: 'عادل الجبير', quote: 'المملكة تدعم الحل السياسي في اليمن' }),
    ]);
    await store.close();
    const proc = spawn(process.execPath, [join(ROOT, 'bin', 'rasid.js'), 'serve', '--db', db, '--port', '0', '--workers', '2', '--rate-limit', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      proc.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/) with 2 processes/.exec(out);
        if (m) resolve(m[1]!);
      });
      proc.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
    });
    try {
      const workers = children(proc.pid!).filter(isNodeServer);
      expect(workers).toHaveLength(2);
      for (let i = 0; i < 6; i++) {
        const r = await fetch(`${url}api/search?q=${encodeURIComponent('اليمن')}`);
        expect(r.status).toBe(200);
        const body = (await r.json()) as { total: number; facets: { outlets: { value: string }[] } };
        expect(body.total).toBeGreaterThan(0);
        expect(body.facets.outlets[0]!.value).toBe('واس');
      }
      const code = await new Promise<number | null>((resolve) => {
        proc.once('exit', (c) => resolve(c));
        proc.kill('SIGTERM');
      });
      expect(code).toBe(0);
      for (const w of workers) expect(existsSync(`/proc/${w}`) && isNodeServer(w)).toBe(false);
    } finally {
      if (proc.exitCode === null) proc.kill('SIGKILL');
    }
  }, 60_000);
});
