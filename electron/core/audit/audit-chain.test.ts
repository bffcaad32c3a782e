import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import type { CoreOptions } from '../index';
import { noteDoc } from '../../../tests/support/fixtures';
import { makeOldVault, insertOldNote, OLD_CLIENT_ID } from '../../../tests/support/old-vault';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';

const tempDir = useTempDirs();

async function vaultWithHistory(options: CoreOptions['audit'] = {}) {
  const dir = tempDir();
  const c = testCore(dir, undefined, { audit: options });
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Historie Klient' });
  for (const text of ['Første.', 'Anden.', 'Tredje.'])
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc(text) });
  await c.ok('vault.lock');
  return { dir, c, client };
}

/** What someone with the passphrase and a stock SQLCipher tool could do: drop the guards, change the past. */
function tamper(dir: string, sql: string): void {
  const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
  try {
    db.exec(`DROP TRIGGER audit_log_is_append_only_u; DROP TRIGGER audit_log_is_append_only_d; ${sql}`);
  } finally {
    db.close();
  }
}

const ids = (dir: string) => {
  const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
  try {
    return db.prepare<[], number>('SELECT id FROM audit_log ORDER BY id').pluck().all();
  } finally {
    db.close();
  }
};

// A short log is checked before unlock returns; a long one a slice at a time after it. Slices of
// two entries (unlock checking the first two) put these five-entry logs on the second path.
const PATHS = [
  { path: 'before unlock returns', audit: {} },
  { path: 'in slices after unlock', audit: { chainUnlockRows: 2, chainSliceRows: 2 } },
];

describe.each(PATHS)('the audit log’s hash chain, checked $path', ({ audit }) => {
  const unlocked = async (c: ReturnType<typeof testCore>) => {
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await c.core.settled();
    return c.ok('audit.integrity');
  };

  it('holds for a log written by Trygg alone', async () => {
    const { c } = await vaultWithHistory(audit);
    // The first unlock, the client, three sessions.
    expect(await unlocked(c)).toEqual({ ok: true, checked: 5, brokenAt: null, pending: false });
    c.close();
  });

  it('reports the entry after one changed with another tool, at the next unlock', async () => {
    const { dir, c } = await vaultWithHistory(audit);
    const all = ids(dir);
    const victim = all[2] as number;
    tamper(dir, `UPDATE audit_log SET detail = 'forged' WHERE id = ${victim}`);
    expect(await unlocked(c)).toMatchObject({ ok: false, brokenAt: all[3], pending: false });
    c.close();
  });

  it('reports an entry removed', async () => {
    const { dir, c } = await vaultWithHistory(audit);
    const all = ids(dir);
    tamper(dir, `DELETE FROM audit_log WHERE id = ${all[1] as number}`);
    expect(await unlocked(c)).toMatchObject({ ok: false, brokenAt: all[2], pending: false });
    c.close();
  });
});

describe('a long audit log, checked after unlock', () => {
  const SLICES = { chainUnlockRows: 2, chainSliceRows: 1 };

  it('unlock returns before the check is done; the event says when it found the break', async () => {
    const { dir, c } = await vaultWithHistory(SLICES);
    const all = ids(dir);
    // The fourth entry changed: the break shows at the fifth, past what unlock checks itself.
    tamper(dir, `UPDATE audit_log SET detail = 'forged' WHERE id = ${all[3] as number}`);
    const heard: unknown[] = [];
    c.core.subscribe((e) => {
      if (e.type === 'audit.checked') heard.push(e.payload);
    });
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    // Asked at once: nothing found yet, and it says the answer is still coming.
    expect(await c.ok('audit.integrity')).toMatchObject({ ok: true, brokenAt: null, pending: true });
    expect(heard).toEqual([]);
    await c.core.settled();
    expect(await c.ok('audit.integrity')).toEqual({ ok: false, checked: 4, brokenAt: all[4], pending: false });
    expect(heard).toEqual([{ ok: false }]);
    c.close();
  });

  it('checks the log as it stood at unlock: entries written meanwhile are not counted', async () => {
    const { c, client } = await vaultWithHistory(SLICES);
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Under kontrollen.') });
    await c.core.settled();
    expect(await c.ok('audit.integrity')).toEqual({ ok: true, checked: 5, brokenAt: null, pending: false });
    c.close();
  });

  it('a lock stops the check; the next unlock checks the whole log again', async () => {
    const { c } = await vaultWithHistory(SLICES);
    const heard: unknown[] = [];
    c.core.subscribe((e) => {
      if (e.type === 'audit.checked') heard.push(e.payload);
    });
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await c.core.settled();
    // Once: the first sitting's check ended at the lock, not on the next sitting's connection.
    expect(heard).toEqual([{ ok: true }]);
    // The two unlocks' entries are part of the log now.
    expect(await c.ok('audit.integrity')).toEqual({ ok: true, checked: 6, brokenAt: null, pending: false });
    c.close();
  });
});

describe('the audit log’s hash chain', () => {
  it('starts on a vault whose older entries have no links, and checks from there', async () => {
    const dir = tempDir();
    makeOldVault(dir, 9, (db) => {
      insertOldNote(db, 'Gammel note.');
      db.prepare(
        `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, detail) VALUES ('2025-01-01T00:00:00.000Z', 'clinician', 'create', 'client', ?, ?, '')`,
      ).run(OLD_CLIENT_ID, OLD_CLIENT_ID);
    });
    const c = testCore(dir);
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await c.ok('audit.integrity')).toEqual({ ok: true, checked: 0, brokenAt: null, pending: false });
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await c.ok('audit.integrity')).toEqual({ ok: true, checked: 1, brokenAt: null, pending: false });
    c.close();
  });
});

describe('what the audit log also holds', () => {
  it('unlocking, reading a session (once per sitting) and searching, never the words searched for', async () => {
    const { c, client } = await vaultWithHistory();
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const [session] = await c.ok('sessions.list', { clientId: client.id });
    await c.ok('sessions.get', { id: session!.id });
    await c.ok('sessions.get', { id: session!.id });
    await c.ok('search.query', { q: 'hemmeligtord', clientId: client.id });
    const { entries } = await c.ok('audit.list', { limit: 5 });
    expect(entries.map((e) => `${e.action} ${e.entity}`)).toEqual([
      'search vault',
      'read session',
      'unlock vault',
      'create session',
      'create session',
    ]);
    expect(JSON.stringify(entries)).not.toContain('hemmeligtord');
    c.close();
  });

  it('a signed addendum cannot be deleted, even by SQL', async () => {
    const dir = tempDir();
    const c = testCore(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Tillæg Klient' });
    const s = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Note.') });
    await c.ok('sessions.sign', { id: s.id });
    const addendum = await c.ok('sessions.addAddendum', { id: s.id, doc: noteDoc('Tillæg.') });
    await c.ok('sessions.signAddendum', { id: addendum.id });
    c.close();
    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    try {
      expect(() => db.prepare('DELETE FROM addenda WHERE id = ?').run(addendum.id)).toThrow('SIGNED');
    } finally {
      db.close();
    }
  });
});
