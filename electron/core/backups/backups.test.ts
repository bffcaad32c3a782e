import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '@shared/api/events';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc, PNG_1x1 } from '../../../tests/support/fixtures';
import { decryptPage1, SQLCIPHER4 } from '../../../tests/support/sqlcipher4';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed, type Db } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';

const tempDir = useTempDirs();
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

function core(dir: string, options: Parameters<typeof testCore>[2] = {}) {
  const c = testCore(dir, undefined, options);
  closers.push(c.close);
  const events: CoreEvent[] = [];
  c.core.subscribe((e) => events.push(e));
  return { ...c, events };
}

/** Every row of every table, in a stable order: what "the same vault" means. */
function dump(db: Db, except: { auditAfter?: number } = {}): Record<string, unknown[]> {
  const tables = db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all();
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const where = table === 'audit_log' && except.auditAfter !== undefined ? ` WHERE id <= ${except.auditAfter}` : '';
    out[table] = db.prepare(`SELECT * FROM "${table}"${where} ORDER BY 1`).raw().all();
  }
  return out;
}

function openFile<T>(path: string, passphrase: string, read: (db: Db) => T): T {
  const db = openKeyed(path, passphrase, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function vaultWithBackups(folder: string) {
  const dir = tempDir();
  const c = core(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('settings.update', { backupFolder: folder, backupKeep: 3 });
  const client = await c.ok('clients.create', { name: 'Sigrun Opdiktet' });
  const session = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Før sikkerhedskopien.') });
  await c.ok('documents.add', {
    clientId: client.id,
    fileName: 'a.png',
    mimeType: 'image/png',
    dataBase64: PNG_1x1.toString('base64'),
  });
  return { dir, c, client, session };
}

describe('backups', () => {
  it('writes a verified backup, restores it exactly and keeps the replaced vault aside', async () => {
    const folder = tempDir();
    const { dir, c, client, session } = await vaultWithBackups(folder);
    expect(await c.ok('backups.status')).toEqual({ lastVerifiedAt: null, running: false });

    const backup = await c.ok('backups.run');
    expect(backup.verified).toBe(true);
    expect(basename(backup.path)).toMatch(/^trygg-[a-z0-9]{8}-.*\.trygg$/);
    expect(
      c.events.some((e) => e.type === 'job.progress' && e.payload.kind === 'backup' && e.payload.state === 'done'),
    ).toBe(true);
    expect((await c.ok('backups.status')).lastVerifiedAt).toEqual(expect.any(String));
    expect(await c.ok('backups.list')).toEqual([{ ...backup, bytes: readFileSync(backup.path).length }]);
    const audit = await c.ok('audit.list', {});
    expect(audit.entries[0]).toMatchObject({ action: 'backup', entity: 'vault', entityId: basename(backup.path) });

    // The backup is SQLCipher 4 with the vault's passphrase, readable by any SQLCipher 4 tool.
    const page1 = decryptPage1(readFileSync(backup.path), STRONG_PASSPHRASE);
    expect(page1.hmacValid).toBe(true);
    expect(page1.plain.readUInt16BE(0)).toBe(SQLCIPHER4.pageSize);
    const inBackup = openFile(backup.path, STRONG_PASSPHRASE, (db) => ({
      rows: dump(db),
      maxAudit: db.prepare('SELECT max(id) FROM audit_log').pluck().get() as number,
    }));

    // Change data after the backup, and the passphrase too.
    await c.ok('sessions.saveNote', {
      id: session.id,
      doc: noteDoc('Efter sikkerhedskopien.'),
      revision: session.revision,
    });
    await c.ok('clients.create', { name: 'Ny Efter Kopien' });
    await c.ok('vault.changePassphrase', { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE });

    const { keptAsidePath } = await c.ok('backups.restore', { path: backup.path, passphrase: STRONG_PASSPHRASE });
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    expect((await c.ok('sessions.get', { id: session.id })).doc).toEqual(noteDoc('Før sikkerhedskopien.'));
    expect(await c.ok('clients.list', {})).toMatchObject([{ id: client.id }]);
    // The reopening and the reading since are logged after it.
    const restoreEntry = (await c.ok('audit.list', {})).entries.find((e) => e.action === 'restore');
    expect(restoreEntry).toMatchObject({ action: 'restore', entity: 'vault', entityId: basename(backup.path) });

    // Exactly the backup's rows (the audit log adds the restore's own entry after them).
    await c.ok('vault.lock');
    await c.core.shutdown();
    const restored = openFile(join(dir, VAULT_FILE), STRONG_PASSPHRASE, (db) =>
      dump(db, { auditAfter: inBackup.maxAudit }),
    );
    expect(restored).toEqual(inBackup.rows);

    // The replaced vault is beside it, whole, with the passphrase it had.
    expect(keptAsidePath.startsWith(dir)).toBe(true);
    const kept = openFile(keptAsidePath, OTHER_STRONG_PASSPHRASE, (db) => ({
      clients: db.prepare('SELECT count(*) FROM clients').pluck().get(),
      check: db.pragma('integrity_check', { simple: true }),
    }));
    expect(kept).toEqual({ clients: 2, check: 'ok' });
  });

  it('refuses a damaged backup, or a wrong passphrase, and changes nothing', async () => {
    const folder = tempDir();
    const { dir, c } = await vaultWithBackups(folder);
    const backup = await c.ok('backups.run');
    const bytes = readFileSync(backup.path);
    const damaged = join(folder, 'damaged.trygg');
    const flipped = Buffer.from(bytes);
    flipped[3 * 4096 + 100] = (flipped[3 * 4096 + 100] ?? 0) ^ 0xff;
    writeFileSync(damaged, flipped);
    const before = readdirSync(dir).sort();

    const error = await c.fails('backups.restore', { path: damaged, passphrase: STRONG_PASSPHRASE });
    expect(error).toMatchObject({ code: 'CORRUPT_VAULT', reason: 'backupDamaged' });
    expect(error.message).toMatch(/damaged/);
    expect((await c.fails('backups.restore', { path: backup.path, passphrase: OTHER_STRONG_PASSPHRASE })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(
      (await c.fails('backups.restore', { path: join(folder, 'nothing.trygg'), passphrase: STRONG_PASSPHRASE })).code,
    ).toBe('NOT_FOUND');
    // A folder where the backup file belongs (the fuzzer's "/" once answered INTERNAL).
    for (const path of [folder, '/']) {
      expect(await c.fails('backups.restore', { path, passphrase: STRONG_PASSPHRASE })).toMatchObject({
        code: 'VALIDATION',
        reason: 'backupIsFolder',
      });
    }
    writeFileSync(join(folder, 'short.trygg'), bytes.subarray(0, 5000));
    expect(
      (await c.fails('backups.restore', { path: join(folder, 'short.trygg'), passphrase: STRONG_PASSPHRASE })).reason,
    ).toBe('backupDamaged');

    expect(readdirSync(dir).sort()).toEqual(before);
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    expect(await c.ok('clients.list', {})).toHaveLength(1);
  });

  it('keeps the configured number, backs up on lock when something changed, and logs it at the next unlock', async () => {
    const folder = join(tempDir(), 'nested', 'folder');
    const { dir, c } = await vaultWithBackups(folder);
    for (let i = 0; i < 4; i++) await c.ok('backups.run');
    expect(await c.ok('backups.list')).toHaveLength(3);

    await c.ok('clients.create', { name: 'Skrevet Før Låsning' });
    await c.ok('vault.lock');
    // The backup on lock runs on its own connection after the vault closed.
    await c.core.shutdown();
    const after = readdirSync(folder).filter((n) => n.endsWith('.trygg'));
    expect(after).toHaveLength(3);
    const newest = after.sort().at(-1) ?? '';
    expect(
      openFile(join(folder, newest), STRONG_PASSPHRASE, (db) =>
        db.prepare('SELECT count(*) FROM clients').pluck().get(),
      ),
    ).toBe(2);
    expect(existsSync(join(dir, `${VAULT_FILE}-wal`))).toBe(false);

    const again = core(dir);
    await again.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const entries = (await again.ok('audit.list', {})).entries.filter((e) => e.action === 'backup');
    expect(entries.map((e) => e.entityId)).toContain(newest);

    // Nothing changed in this session: the backup from the last lock is still current.
    await again.ok('vault.lock');
    await again.core.shutdown();
    expect(
      readdirSync(folder)
        .filter((n) => n.endsWith('.trygg'))
        .sort(),
    ).toEqual(after);
  });

  it('answers plainly without a folder, and lists backups while locked', async () => {
    const folder = tempDir();
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    expect(await c.fails('backups.run')).toMatchObject({ code: 'VALIDATION', reason: 'noBackupFolder' });
    expect(await c.ok('backups.list')).toEqual([]);
    await c.ok('settings.update', { backupFolder: folder });
    await c.ok('backups.run');
    await c.ok('vault.lock');
    expect(await c.ok('backups.list')).toHaveLength(1);
    expect((await c.ok('backups.status')).lastVerifiedAt).toEqual(expect.any(String));
  });
});

describe('the background check of a large vault', () => {
  it('finds a flipped byte after unlock and says so', async () => {
    const dir = tempDir();
    const c = core(dir, { fullCheckMaxBytes: 4096 });
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Stor Vault' });
    for (let i = 0; i < 40; i++)
      await c.ok('sessions.create', { clientId: client.id, doc: noteDoc(`Samtale ${i} `.repeat(200)) });
    await c.ok('vault.lock');
    expect(await c.core.checked()).toBe('skipped');

    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await c.core.checked()).toBe('ok');
    await c.ok('vault.lock');

    const path = join(dir, VAULT_FILE);
    const file = readFileSync(path);
    const at = Math.floor(file.length / 4096 / 2) * 4096 + 500;
    file[at] = (file[at] ?? 0) ^ 0x55;
    writeFileSync(path, file);
    // Unlock itself skips the page-by-page check on a "large" vault, so it opens...
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    // ...and the check in the background finds the damage.
    expect(await c.core.checked()).toBe('damaged');
    expect(c.events).toContainEqual({ type: 'vault.damaged', payload: { source: 'check' } });
  });
});
