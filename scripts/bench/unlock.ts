import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { ms, percentile, timeEach, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';

/**
 * Unlock through the real door, against SQLCipher 4's key derivation alone (PBKDF2-SHA512,
 * 256,000 rounds) measured in the same run: the KDF is the floor no unlock can beat.
 */
export async function benchUnlock(rounds = 10): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trygg-bench-unlock-'));
  try {
    const core = createCore({ dataDir: dir });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE });
    await core.dispatch('settings.update', { practiceName: 'Benchmark Practice' });
    await core.dispatch('vault.lock', {});
    const unlock = await timeEach(rounds, async () => {
      const result = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE });
      if (!result.ok) throw new Error(result.error.message);
      core.lock();
    });
    const salt = randomBytes(16);
    const kdf = await timeEach(rounds, () => pbkdf2Sync(PASSPHRASE, salt, 256_000, 32, 'sha512'));
    core.close();
    const p50 = percentile(unlock, 50);
    const base = percentile(kdf, 50);
    return [
      {
        benchmark: 'unlock (p50 / p95)',
        figure: `${ms(p50)} / ${ms(percentile(unlock, 95))}`,
        baseline: `PBKDF2 alone ${ms(base)}`,
        ratio: `${(p50 / base).toFixed(2)}x`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
