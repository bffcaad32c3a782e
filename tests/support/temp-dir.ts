import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh data directory per test, removed afterwards. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'trygg-test-'));
    made.push(dir);
    return dir;
  };
}

/** Every file below dir, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The data directory's lock and the note naming its holder: the core's from its start, no records. */
const DATA_DIR_LOCK = /[\\/]trygg\.lock(\.json)?$/;

/** path -> sha256 of every file below dir (but the data directory's lock). */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of filesUnder(dir)) {
    if (!DATA_DIR_LOCK.test(path)) out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

export { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from './passphrases';

/**
 * Like hashTree, without the WAL index (-shm): readers update its read marks, and it holds no
 * records (SQLite rebuilds it from the WAL). What a write changes is the vault or its WAL.
 */
export function hashStoredData(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(hashTree(dir)).filter(([path]) => !path.endsWith('-shm')));
}
