import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { populateVault } from '../demo/populate';
import { doorWaitsDuring } from './door-waits';
import { ms, percentile, timeEach, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';
export const REBUILD_NOTES = 20_000;

/**
 * The door while search.rebuild runs on a 20,000-note vault: how long clients.list waits from
 * the moment it is asked (the request arrives as its own event, as over HTTP or IPC) to its
 * answer, against the same call on an idle vault in the same run.
 */
export async function benchRebuild(notes = REBUILD_NOTES): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trygg-bench-rebuild-'));
  try {
    populateVault(dir, PASSPHRASE, { clients: 40, notes });
    const core = createCore({ dataDir: dir });
    const unlocked = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    await core.settled();
    const idle = await timeEach(50, () => core.dispatch('clients.list', {}));

    const { waits, workMs: rebuildMs } = await doorWaitsDuring(core, 'search.rebuild', {});
    core.close();

    const p95 = percentile(waits, 95);
    const max = Math.max(...waits);
    return [
      {
        benchmark: `search.rebuild, ${notes.toLocaleString('en')} notes (in slices)`,
        figure: `${(rebuildMs / 1000).toFixed(1)} s`,
      },
      {
        benchmark: `clients.list during that rebuild (p95 / max, ${waits.length} calls)`,
        figure: `${ms(p95)} / ${ms(max)}`,
        baseline: `idle vault p95 ${ms(percentile(idle, 95))}`,
        target: 'max < 100 ms',
        met: max < 100,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
