/** Where rasid finds its own data files and the shared evaluation data. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path of a file under the repo's `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(ROOT, 'data', ...parts);
}

/** Path of a file under the repo's `fixtures/` folder. */
export function fixturePath(...parts: string[]): string {
  return join(ROOT, 'fixtures', ...parts);
}

/** The shared evaluation data folder (`RASID_SHARED`, else `../shared` beside the repo), or null when absent. */
export function sharedDir(): string | null {
  const dir = process.env.RASID_SHARED ? resolve(process.env.RASID_SHARED) : resolve(ROOT, '..', 'shared');
  return existsSync(join(dir, 'data')) ? dir : null;
}

/** Path under `shared/data`, or null when the shared folder is absent. */
export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  return dir ? join(dir, 'data', ...parts) : null;
}
