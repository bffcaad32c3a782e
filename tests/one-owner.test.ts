import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { noteDoc } from './support/fixtures';
import { openKeyed } from '../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../electron/core/vault/vault-service';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, useTempDirs } from './support/temp-dir';
import { startHostProcess, type HostProcess } from './support/web-host-process';

const tempDir = useTempDirs();
const running: HostProcess[] = [];
afterEach(() => {
  for (const h of running.splice(0)) h.child.kill('SIGKILL');
});

const value = <T>(r: { ok: boolean; value?: unknown; error?: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
};

it(
  'a second web host on the same data directory refuses to start, names the holder, and harms nothing',
  { timeout: 60_000 },
  async () => {
    const dataDir = tempDir();
    const a = await startHostProcess(dataDir);
    running.push(a);
    value(await a.call('vault.create', { passphrase: STRONG_PASSPHRASE }));
    const client = value<{ id: string }>(await a.call('clients.create', { name: 'Eira Opdiktet' }));

    // Host B would have unlocked the vault and changed its passphrase under A; it never gets that far.
    const refused = await startHostProcess(dataDir).then(
      (b) => {
        running.push(b);
        return undefined;
      },
      (err: unknown) => (err as Error).message,
    );
    expect(refused).toBeDefined();
    expect(refused).toContain(`process ${a.child.pid}`);
    expect(refused).toContain('the web host (npm run web)');
    expect(refused).toContain('in use by another Trygg');

    // A goes on as if nothing happened: its save is acknowledged and kept.
    const session = value<{ id: string; revision: number }>(await a.call('sessions.create', { clientId: client.id }));
    value(
      await a.call('sessions.saveNote', {
        id: session.id,
        doc: noteDoc('Skrevet mens B prøvede.'),
        revision: session.revision,
      }),
    );
    value(await a.call('vault.lock'));

    // A lock left by a killed process is no lock: the kernel released it with the process.
    a.child.kill('SIGKILL');
    await a.exited;
    const c = await startHostProcess(dataDir);
    running.push(c);
    expect((await c.call('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE })).error?.code).toBe(
      'WRONG_PASSPHRASE',
    );
    value(await c.call('vault.unlock', { passphrase: STRONG_PASSPHRASE }));
    const back = value<{ doc: unknown }>(await c.call('sessions.get', { id: session.id }));
    expect(back.doc).toEqual(noteDoc('Skrevet mens B prøvede.'));
    value(await c.call('vault.lock'));
    c.child.kill('SIGKILL');
    await c.exited;

    const db = openKeyed(join(dataDir, VAULT_FILE), STRONG_PASSPHRASE, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  },
);
