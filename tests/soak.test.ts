import { expect, it } from 'vitest';
import { rekeySoak, soak } from './support/soak';
import { useTempDirs } from './support/temp-dir';

const tempDir = useTempDirs();

/** `npm run soak` runs 200 rounds of each mix and 50 of the passphrase change; the suite runs fewer. */
const ROUNDS = 20;
const REKEY_ROUNDS = 15;

it(
  `loses no acknowledged write when the host is SIGKILLed mid-mix (${ROUNDS} rounds)`,
  { timeout: 240_000 },
  async () => {
    const report = await soak({ dataDir: tempDir(), rounds: ROUNDS });
    expect(report.acknowledged, `seed ${report.seed}`).toBeGreaterThan(ROUNDS * 5);
    expect(report.lost, `seed ${report.seed}`).toEqual([]);
  },
);

it(
  `a passphrase change killed at a random moment leaves a vault that opens with the old or the new passphrase (${REKEY_ROUNDS} rounds)`,
  { timeout: 240_000 },
  async () => {
    const report = await rekeySoak({ dataDir: tempDir(), rounds: REKEY_ROUNDS });
    expect(report.outcomes.neither, `seed ${report.seed}`).toBe(0);
    expect(report.integrity, `seed ${report.seed}`).toBe('ok');
  },
);
