import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../electron/core';
import { VAULT_FILE } from '../../electron/core/vault/vault-service';
import { populateVault } from '../demo/populate';
import { doorWaitsDuring } from './door-waits';
import { ms, percentile, timeEach, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';

/**
 * backups.run on a vault of `notes` notes and 400 clients: the time to write the encrypted copy
 * (VACUUM INTO on a worker thread) and verify it (opened with the passphrase, integrity_check),
 * against a plain copy of the file; and clients.list's wait, asked every 20 ms meanwhile.
 */
export async function benchBackup(notes: number): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trygg-bench-backup-'));
  try {
    populateVault(dir, PASSPHRASE, { clients: 400, notes });
    const core = createCore({ dataDir: dir });
    const call = async (method: string, input: unknown) => {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };
    await call('vault.unlock', { passphrase: PASSPHRASE });
    await core.settled();
    await core.checked();
    await call('settings.update', { backupFolder: join(dir, 'backups') });
    const idle = await timeEach(50, () => core.dispatch('clients.list', {}));

    const vaultBytes = statSync(join(dir, VAULT_FILE)).size;
    const copyStarted = performance.now();
    copyFileSync(join(dir, VAULT_FILE), join(dir, 'plain-copy'));
    const copyMs = performance.now() - copyStarted;
    rmSync(join(dir, 'plain-copy'));

    const { waits, workMs: backupMs, value } = await doorWaitsDuring(core, 'backups.run', {});
    const backupBytes = statSync((value as { path: string }).path).size;
    core.close();

    const p95 = percentile(waits, 95);
    return [
      {
        benchmark: `backup of a ${notes.toLocaleString('en')}-note vault (${(vaultBytes / 1e6).toFixed(0)} MB): write + verify`,
        figure: `${(backupMs / 1000).toFixed(1)} s (${(backupBytes / 1e6).toFixed(0)} MB)`,
        baseline: `plain file copy ${(copyMs / 1000).toFixed(1)} s`,
        ratio: `${(backupMs / copyMs).toFixed(1)}x`,
      },
      {
        benchmark: `clients.list during that backup (p95 / max, ${waits.length} calls)`,
        figure: `${ms(p95)} / ${ms(Math.max(...waits))}`,
        baseline: `idle vault p95 ${ms(percentile(idle, 95))}`,
        target: 'p95 < 50 ms',
        met: p95 < 50,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
