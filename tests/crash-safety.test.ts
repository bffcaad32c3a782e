import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openKeyed } from '../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../electron/core/vault/vault-service';
import { STRONG_PASSPHRASE, useTempDirs } from './support/temp-dir';
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
  'keeps an acknowledged save byte for byte when the process is killed (SIGKILL) right after',
  { timeout: 60_000 },
  async () => {
    const dataDir = tempDir();
    const first = await startHostProcess(dataDir);
    running.push(first);
    value(await first.call('vault.create', { passphrase: STRONG_PASSPHRASE }));
    const client = value<{ id: string }>(await first.call('clients.create', { name: 'Dagny Opdiktet' }));
    const session = value<{ id: string; revision: number }>(
      await first.call('sessions.create', { clientId: client.id }),
    );
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Vurdering' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Hun nævnte søsteren første gang – «æ, ø, å, ä, ö» – ' },
            { type: 'text', text: 'og græd.', marks: [{ type: 'italic' }] },
          ],
        },
      ],
    };
    value(await first.call('sessions.saveNote', { id: session.id, doc, revision: session.revision }));
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = await startHostProcess(dataDir);
    running.push(second);
    expect(value(await second.call('vault.status'))).toEqual({ state: 'locked' });
    value(await second.call('vault.unlock', { passphrase: STRONG_PASSPHRASE }));
    const back = value<{ doc: unknown; revision: number }>(await second.call('sessions.get', { id: session.id }));
    expect(JSON.stringify(back.doc)).toBe(JSON.stringify(doc));
    expect(back.revision).toBe(session.revision + 1);
    second.child.kill('SIGKILL');
    await second.exited;

    const db = openKeyed(join(dataDir, VAULT_FILE), STRONG_PASSPHRASE, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  },
);
