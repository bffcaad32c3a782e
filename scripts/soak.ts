import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rekeySoak, soak } from '../tests/support/soak';

/**
 * `npm run soak`: the crash soak at full length. A real web host takes a write-heavy mix and is
 * SIGKILLed at random moments (TRYGG_SOAK_ROUNDS, default 200); then a passphrase change is
 * killed at random moments (TRYGG_REKEY_ROUNDS, default 50). `npm test` runs 20 and 15.
 */
async function main(): Promise<void> {
  const rounds = Number(process.env.TRYGG_SOAK_ROUNDS ?? 200);
  const rekeyRounds = Number(process.env.TRYGG_REKEY_ROUNDS ?? 50);
  const seed = process.env.TRYGG_SOAK_SEED ? Number(process.env.TRYGG_SOAK_SEED) : undefined;
  const dirs = [mkdtempSync(join(tmpdir(), 'trygg-soak-')), mkdtempSync(join(tmpdir(), 'trygg-soak-rekey-'))] as const;
  try {
    const started = Date.now();
    const mix = await soak({
      dataDir: dirs[0],
      rounds,
      ...(seed ? { seed } : {}),
      onRound: (line) => console.log(line),
    });
    console.log(`\nrounds: ${mix.rounds}`);
    console.log(`acknowledged writes: ${mix.acknowledged}`);
    console.log(`lost: ${mix.lost.length}${mix.lost.length ? ` (${mix.lost.slice(0, 20).join(', ')})` : ''}`);
    console.log(`seed: ${mix.seed}; ${((Date.now() - started) / 1000).toFixed(0)} s\n`);

    const rekey = await rekeySoak({
      dataDir: dirs[1],
      rounds: rekeyRounds,
      ...(seed ? { seed } : {}),
      onRound: (line) => console.log(line),
    });
    console.log(`\npassphrase change killed at random moments: ${rekey.rounds} rounds`);
    console.log(
      `opened with the old passphrase: ${rekey.outcomes.old}, with the new: ${rekey.outcomes.new}, with neither: ${rekey.outcomes.neither}`,
    );
    console.log(`integrity_check: ${rekey.integrity}; seed: ${rekey.seed}`);
    if (mix.lost.length > 0 || rekey.outcomes.neither > 0 || rekey.integrity !== 'ok') process.exitCode = 1;
  } finally {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
