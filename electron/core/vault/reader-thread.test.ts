import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed } from './sqlcipher';
import { ReaderThread } from './reader-thread';
import { VAULT_FILE } from './vault-service';

const tempDir = useTempDirs();
/** A statement that takes a while. */
const COUNT_TO_FIVE_MILLION =
  'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) SELECT count(*) FROM n';
const open: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

/** A core that starts the reader thread on any vault, however small. */
async function coreWithReader() {
  const dir = tempDir();
  const c = testCore(dir, undefined, { readerMinBytes: 0 });
  open.push(c);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  expect(await c.core.settled()).toEqual({ reader: true });
  return { dir, c };
}

describe('the reader thread', () => {
  it('is not started for a vault below the size limit', async () => {
    const c = testCore(tempDir());
    open.push(c);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    expect(await c.core.settled()).toEqual({ reader: false });
  });

  it('closes its connection before lock returns, so the WAL is folded in and removed', async () => {
    const { dir, c } = await coreWithReader();
    const client = await c.ok('clients.create', { name: 'Lese Tråd' });
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Hun snakket om søsteren.') });
    expect((await c.ok('search.query', { q: 'søsteren' })).total).toBe(1);
    expect(existsSync(join(dir, `${VAULT_FILE}-wal`))).toBe(true);
    await c.ok('vault.lock');
    // Only the last connection to close checkpoints and removes the WAL: the reader's was closed first.
    expect(existsSync(join(dir, `${VAULT_FILE}-wal`))).toBe(false);
  });

  it('follows a passphrase change: stopped before the swap, started again on the new file', async () => {
    const { c } = await coreWithReader();
    const client = await c.ok('clients.create', { name: 'Bytte Nøkkel' });
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Drømmen om huset.') });
    await c.ok('vault.changePassphrase', { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE });
    expect(await c.core.settled()).toEqual({ reader: true });
    await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Drømmen kom igjen.') });
    expect((await c.ok('search.query', { q: 'drømmen' })).total).toBe(2);
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    expect(await c.core.settled()).toEqual({ reader: true });
    expect((await c.ok('search.query', { q: 'drømmen' })).total).toBe(2);
  });

  it('a search made right after unlock and overtaken by a lock answers LOCKED', async () => {
    const { c } = await coreWithReader();
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    // The vocabulary is still being read on the reader thread: the search waits for it.
    const searching = c.core.dispatch('search.query', { q: 'drømmen' });
    await c.ok('vault.lock');
    const result = await searching;
    expect(result.ok ? 'answered' : result.error.code).toBe('LOCKED');
  });

  it('never becomes ready with a wrong passphrase, and then answers nothing', async () => {
    const { dir, c } = await coreWithReader();
    await c.ok('vault.lock');
    const failures: string[] = [];
    const reader = new ReaderThread((message) => failures.push(message));
    reader.start({ path: join(dir, VAULT_FILE), passphrase: OTHER_STRONG_PASSPHRASE });
    expect(await reader.whenReady()).toBe(false);
    expect(failures).toEqual([expect.stringMatching(/not a database|file is not a database|encrypted/i)]);
    expect(reader.sum([{ sql: 'SELECT 1', params: {} }])).toBeUndefined();
    reader.stop();
  });

  it('only reads: a write is refused on its connection', async () => {
    const { dir } = await coreWithReader();
    const reader = new ReaderThread();
    reader.start({ path: join(dir, VAULT_FILE), passphrase: STRONG_PASSPHRASE });
    expect(await reader.whenReady()).toBe(true);
    expect(await reader.sum([{ sql: 'SELECT count(*) FROM clients', params: {} }])).toBe(0);
    const write = reader.sum([
      { sql: "INSERT INTO note_templates VALUES ('x', 'x', '{}', '') RETURNING 1", params: {} },
    ]);
    await expect(write).rejects.toThrow(/readonly/i);
    reader.stop();
    const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
    expect(db.prepare('SELECT count(*) FROM note_templates').pluck().get()).toBe(0);
    db.close();
  });

  it('stop returns only once its connection is closed, even in the middle of a long read', async () => {
    const { dir, c } = await coreWithReader();
    await c.ok('vault.lock');
    const path = join(dir, VAULT_FILE);
    const db = openKeyed(path, STRONG_PASSPHRASE);
    db.pragma('journal_mode = WAL');
    db.prepare("INSERT INTO note_templates VALUES ('t', 'Mal', '{}', '')").run();
    const reader = new ReaderThread();
    reader.start({ path, passphrase: STRONG_PASSPHRASE });
    expect(await reader.whenReady()).toBe(true);
    const slow = reader.sum([{ sql: COUNT_TO_FIVE_MILLION, params: {} }]);
    slow?.catch(() => undefined);
    reader.stop();
    db.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('rejects what was still pending when it stops', async () => {
    const { dir } = await coreWithReader();
    const reader = new ReaderThread();
    reader.start({ path: join(dir, VAULT_FILE), passphrase: STRONG_PASSPHRASE });
    expect(await reader.whenReady()).toBe(true);
    const slow = reader.sum([{ sql: COUNT_TO_FIVE_MILLION, params: {} }]);
    reader.stop();
    await expect(slow).rejects.toThrow(/locked/);
  });
});
