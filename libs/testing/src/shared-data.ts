import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The evaluation data lives beside the project, never in it: `FACTCHECK_DATA_DIR`, or `../shared/data` from the
 * project root (or from its parent, for a clone one level deeper).
 */
export function sharedDataDir(): string | null {
  const root = resolve(__dirname, '../../..');
  const candidates = [
    process.env.FACTCHECK_DATA_DIR,
    join(root, '../shared/data'),
    join(root, '../../shared/data'),
    '/work/shared/data',
  ].filter((candidate): candidate is string => Boolean(candidate));
  return candidates.find((candidate) => existsSync(join(candidate, 'sample-articles'))) ?? null;
}

export function readSampleArticle(): string {
  const dir = sharedDataDir();
  if (!dir) throw new Error('the shared data folder was not found; set FACTCHECK_DATA_DIR');
  return readFileSync(join(dir, 'sample-articles/chicago-mayor-executive-order.txt'), 'utf8');
}
