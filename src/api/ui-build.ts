/** The web UI's build: is web/dist missing or older than its sources, and building it with Vite's JS API. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RasidError } from '../doc/errors.js';
import { ROOT } from '../data/paths.js';

export const WEB_DIR = join(ROOT, 'web');
export const UI_DIST = join(WEB_DIR, 'dist');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const e of readdirSync(path)) {
    if (e === 'dist' || e === 'node_modules' || e.endsWith('.test.ts')) continue;
    t = Math.max(t, newest(join(path, e)));
  }
  return t;
}

/** True when web/dist has no index.html or a UI source (web/, the API types it imports) is newer. */
export function uiIsStale(): boolean {
  const index = join(UI_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newest(join(WEB_DIR, 'src')),
    newest(join(WEB_DIR, 'index.html')),
    newest(join(WEB_DIR, 'vite.config.ts')),
    newest(join(ROOT, 'src', 'api', 'types.ts')),
    newest(join(ROOT, 'package-lock.json')),
  );
  return sources > built;
}

/** Build the UI into web/dist (or `outDir`) with Vite. */
export async function buildUi(outDir?: string): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch (e) {
    throw new RasidError('E_INTERNAL', { detail: 'vite is not installed (run npm ci) so the web UI cannot be built' }, { cause: e });
  }
  await vite.build({
    configFile: join(WEB_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
}

/** Build the UI when it is missing or stale; returns whether it built. */
export async function ensureUi(log: (line: string) => void = () => undefined): Promise<boolean> {
  if (!uiIsStale()) return false;
  log('building the web UI (vite)…');
  await buildUi();
  return true;
}
