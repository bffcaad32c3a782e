import { mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  filesUnder,
  hashTree,
  useTempDirs,
} from '../../../tests/support/temp-dir';
import { PAGE_SIZE } from './vault-file';
import { VAULT_FILE } from './vault-service';

const tempDir = useTempDirs();
const open: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
function core(dir: string) {
  const c = testCore(dir);
  open.push(c);
  return c;
}

function containsMarker(path: string, marker: string): boolean {
  const bytes = readFileSync(path);
  return bytes.includes(Buffer.from(marker, 'utf8')) || bytes.includes(Buffer.from(marker, 'utf16le'));
}

describe('vault lifecycle', () => {
  it('creates, locks and unlocks', async () => {
    const dir = tempDir();
    const c = core(dir);
    expect(await c.ok('vault.status')).toEqual({ state: 'none' });
    expect(await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE })).toEqual({ state: 'unlocked' });
    expect(await c.ok('vault.lock')).toEqual({ state: 'locked' });
    expect((await c.fails('settings.get')).code).toBe('LOCKED');
    expect(await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toEqual({ state: 'unlocked' });
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
  });

  it('refuses a weak passphrase with reasons and creates nothing', async () => {
    const dir = tempDir();
    const c = core(dir);
    const error = await c.fails('vault.create', { passphrase: 'password123' });
    expect(error.code).toBe('WEAK_PASSPHRASE');
    expect(error.reason?.split(',')).toContain('common');
    expect(existsSync(join(dir, VAULT_FILE))).toBe(false);
    expect(await c.ok('vault.status')).toEqual({ state: 'none' });
  });

  it('refuses to create a second vault over the first', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('vault.lock');
    const before = hashTree(dir);
    expect((await c.fails('vault.create', { passphrase: OTHER_STRONG_PASSPHRASE })).code).toBe('VAULT_EXISTS');
    expect(hashTree(dir)).toEqual(before);
  });

  it('sets the connection PRAGMAs DESIGN.md asks for', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('vault.lock');
    // A second, independent connection shows what was written to the file itself.
    const db = new Database(join(dir, VAULT_FILE), { fileMustExist: true, readonly: true });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key='${STRONG_PASSPHRASE}'`);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(1);
    db.close();
  });
});

describe('no plaintext at rest', () => {
  it('leaves no trace of a written marker in any file under the data directory', async () => {
    const dir = tempDir();
    const marker = `MARKER-${Date.now().toString(36)}-ÆØÅ-kjæreste`;
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceName: marker });
    expect((await c.ok('settings.get')).practiceName).toBe(marker);

    // While open, the WAL holds the new pages: they must be encrypted too.
    const whileOpen = filesUnder(dir);
    expect(whileOpen.some((f) => f.endsWith('-wal'))).toBe(true);
    for (const file of whileOpen) expect(containsMarker(file, marker), file).toBe(false);

    await c.ok('vault.lock');
    const files = filesUnder(dir);
    expect(files).toContain(join(dir, VAULT_FILE));
    for (const file of files) expect(containsMarker(file, marker), file).toBe(false);

    // The check can fail: the same marker in a plain file is found.
    writeFileSync(join(dir, 'control.txt'), marker);
    expect(containsMarker(join(dir, 'control.txt'), marker)).toBe(true);
  });
});

describe('wrong passphrase and damaged files', () => {
  it('answers WRONG_PASSPHRASE and changes no byte of any file', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceName: 'Fjordklinikken' });
    await c.ok('vault.lock');
    const before = hashTree(dir);
    const error = await c.fails('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/passphrase/i);
    expect(hashTree(dir)).toEqual(before);
    expect(await c.ok('vault.status')).toEqual({ state: 'locked' });
  });

  it('answers WRONG_PASSPHRASE to unlock while open, too', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    expect((await c.fails('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    expect(await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toEqual({ state: 'unlocked' });
  });

  const damages: Array<[string, (path: string) => void]> = [
    ['a text file', (p) => writeFileSync(p, 'Dette er ikke en journal.\n'.repeat(200))],
    ['an empty file', (p) => writeFileSync(p, '')],
    [
      'a plain, unencrypted SQLite database',
      (p) => {
        rmSync(p);
        const db = new Database(p);
        db.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
        db.close();
      },
    ],
    ['a vault cut short mid-page', (p) => truncateSync(p, statSync(p).size - 100)],
    [
      'a vault with a damaged page',
      (p) => {
        const bytes = readFileSync(p);
        const offset = PAGE_SIZE + 200; // inside page 2, the settings table
        for (let i = 0; i < 32; i++) bytes[offset + i] = (bytes[offset + i] ?? 0) ^ 0xff;
        writeFileSync(p, bytes);
      },
    ],
  ];

  it.each(damages)('answers CORRUPT_VAULT for %s and leaves it untouched', async (_name, damage) => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceName: 'Fjordklinikken' });
    await c.ok('vault.lock');
    const path = join(dir, VAULT_FILE);
    damage(path);
    const before = hashTree(dir);
    const error = await c.fails('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(error.code).toBe('CORRUPT_VAULT');
    expect(hashTree(dir)).toEqual(before);
    expect(await c.ok('vault.status')).toEqual({ state: 'locked' });
  });

  it('answers CORRUPT_VAULT for a vault written by a newer Trygg', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('vault.lock');
    const db = new Database(join(dir, VAULT_FILE), { fileMustExist: true });
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key='${STRONG_PASSPHRASE}'`);
    db.pragma('user_version = 9999');
    db.close();
    const error = await c.fails('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(error.code).toBe('CORRUPT_VAULT');
    expect(error.message).toMatch(/newer version/);
  });

  it('answers NO_VAULT when there is none', async () => {
    const c = core(tempDir());
    expect((await c.fails('vault.unlock', { passphrase: STRONG_PASSPHRASE })).code).toBe('NO_VAULT');
  });
});

describe('change passphrase', () => {
  it('opens with the new passphrase only, data intact', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceName: 'Praksis Nordlys' });
    expect(await c.ok('vault.changePassphrase', { current: STRONG_PASSPHRASE, next: OTHER_STRONG_PASSPHRASE })).toEqual(
      {
        changed: true,
      },
    );
    expect((await c.ok('settings.get')).practiceName).toBe('Praksis Nordlys');
    await c.ok('vault.lock');
    expect((await c.fails('vault.unlock', { passphrase: STRONG_PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await c.ok('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    expect((await c.ok('settings.get')).practiceName).toBe('Praksis Nordlys');
    expect(filesUnder(dir).filter((f) => f.includes('.rekey'))).toEqual([]);
  });

  it('refuses a wrong current or weak next passphrase and keeps the old one working', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const wrong = await c.fails('vault.changePassphrase', {
      current: 'not the passphrase at all',
      next: OTHER_STRONG_PASSPHRASE,
    });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    const weak = await c.fails('vault.changePassphrase', { current: STRONG_PASSPHRASE, next: 'qwerty' });
    expect(weak.code).toBe('WEAK_PASSPHRASE');
    expect(await c.ok('vault.status')).toEqual({ state: 'unlocked' });
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  });

  it('leaves the old vault intact and open when re-encryption fails half-way', async () => {
    const dir = tempDir();
    const c = core(dir);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    await c.ok('settings.update', { practiceName: 'Praksis Nordlys' });
    // A folder where the re-encrypted copy must go makes VACUUM INTO fail.
    mkdirSync(join(dir, `${VAULT_FILE}.rekey`));
    writeFileSync(join(dir, `${VAULT_FILE}.rekey`, 'blocker'), 'x');
    const error = await c.fails('vault.changePassphrase', {
      current: STRONG_PASSPHRASE,
      next: OTHER_STRONG_PASSPHRASE,
    });
    expect(error.code).toBe('INTERNAL');
    expect((await c.ok('settings.get')).practiceName).toBe('Praksis Nordlys');
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await c.ok('settings.get')).practiceName).toBe('Praksis Nordlys');
  });
});

describe('a vault the services cannot start on', () => {
  it('stays locked and says why when opening fails after the key check', async () => {
    const dir = tempDir();
    const { VaultService } = await import('./vault-service');
    const create = new VaultService({ dataDir: dir });
    create.create(STRONG_PASSPHRASE);
    create.lock();
    const failing = new VaultService({
      dataDir: dir,
      onUnlock: () => {
        throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
      },
    });
    expect(() => failing.unlock(STRONG_PASSPHRASE)).toThrow(/damaged/);
    expect(failing.state()).toBe('locked');
    expect(filesUnder(dir).filter((f) => f.endsWith('-wal'))).toEqual([]);
  });
});
