import { existsSync, fsyncSync, openSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { VaultState } from '@shared/api/vault';
import { AppError, corruptVault, isCorruptionError } from '../errors';
import { LATEST_VERSION, migrate, VaultTooNewError } from './migrations';
import { estimatePassphrase } from './passphrase-strength';
import {
  applyConnectionPragmas,
  keyIsRight,
  openKeyed,
  quickCheck,
  rekey,
  type Db,
  type OpenOptions,
} from './sqlcipher';
import { inspectVaultFile } from './vault-file';

export const VAULT_FILE = 'vault.trygg';
/**
 * Up to this size, unlocking reads every page once (PRAGMA quick_check), so damage is reported at
 * once; that costs about 7 ms per MB here. Past it the check would hold unlock for seconds: every
 * page is still authenticated (HMAC) whenever it is read, so damage is reported then, never read.
 */
export const FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Why the vault is closing: the clinician's (or the idle timer's) lock, or a swap of the file
 * under it (a passphrase change, a restore), which opens it again at once.
 */
export type LockReason = 'lock' | 'swap';

export interface VaultOptions {
  dataDir: string;
  nativeBinding?: string;
  /** Unlock checks every page of vaults up to this size (default FULL_CHECK_MAX_BYTES). */
  fullCheckMaxBytes?: number;
  /**
   * Before the file is swapped (passphrase change, restore): resolves once no other connection
   * (a backup, a background check) has the vault open, so no WAL of the old file is left behind.
   */
  beforeSwap?: () => Promise<void>;
  /**
   * Told after the vault opens and before it closes, so services can prepare or drop statements;
   * the passphrase lets a second connection (the reader thread) open the same vault.
   */
  onUnlock?: (db: Db, passphrase: string) => void;
  onLock?: (reason: LockReason) => void;
  /** After the connection closed. */
  onLocked?: (reason: LockReason) => void;
}

const wrongPassphrase = (): AppError =>
  new AppError(
    'WRONG_PASSPHRASE',
    'That passphrase does not open this vault. Check the keyboard layout and Caps Lock, then try again.',
  );

function ensureStrong(passphrase: string): void {
  const strength = estimatePassphrase(passphrase);
  if (!strength.acceptable) {
    throw new AppError(
      'WEAK_PASSPHRASE',
      'That passphrase is too easy to guess. Use at least four unrelated words or a longer sentence.',
      strength.hints.join(','),
    );
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Owns the one long-lived connection to the vault; no key or passphrase is kept once it closes. */
export class VaultService {
  readonly path: string;
  private db: Db | undefined;
  private readonly openOptions: OpenOptions;

  constructor(private readonly options: VaultOptions) {
    this.path = join(options.dataDir, VAULT_FILE);
    this.openOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  }

  state(): VaultState {
    if (this.db) return 'unlocked';
    return existsSync(this.path) ? 'locked' : 'none';
  }

  /** The open connection, or LOCKED / NO_VAULT. */
  connection(): Db {
    if (this.db) return this.db;
    if (this.state() === 'none') throw new AppError('NO_VAULT', 'There is no vault yet. Create one first.');
    throw new AppError('LOCKED', 'The vault is locked. Unlock it with your passphrase.');
  }

  create(passphrase: string): void {
    if (this.state() !== 'none') {
      throw new AppError('VAULT_EXISTS', 'A vault already exists here. Unlock it instead of creating a new one.');
    }
    ensureStrong(passphrase);
    let db: Db | undefined;
    try {
      db = openKeyed(this.path, passphrase, { ...this.openOptions, create: true });
      applyConnectionPragmas(db);
      migrate(db);
    } catch (err) {
      db?.close();
      this.removeFiles(this.path);
      throw err;
    }
    this.attach(db, passphrase);
  }

  unlock(passphrase: string): void {
    if (this.db) {
      // Already open: still never answer yes to a wrong passphrase.
      this.openVerified(this.path, passphrase, { readonly: true }).close();
      return;
    }
    this.attach(this.openVerified(this.path, passphrase), passphrase);
  }

  lock(reason: LockReason = 'lock'): void {
    const db = this.db;
    if (!db) return;
    this.options.onLock?.(reason);
    this.db = undefined;
    // Closing the last connection checkpoints the WAL into the encrypted file and removes it.
    db.close();
    this.options.onLocked?.(reason);
  }

  /**
   * Closes the vault for a swap of its file. Any WAL left beside it would belong to the old file
   * and be read into the new one, so a swap only goes ahead once it is gone.
   */
  private lockForSwap(): void {
    this.lock('swap');
    const wal = `${this.path}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) {
      throw new AppError('CONFLICT', 'Another connection still had the vault open, so nothing was changed. Try again.');
    }
  }

  /**
   * Puts a verified copy (in the data directory) in the vault's place and opens it with its
   * passphrase. The vault it replaces, with its WAL if it has one, is renamed to keptAside,
   * never overwritten; if the copy will not open, the old vault is put back.
   */
  async replaceWith(copy: string, passphrase: string, keptAside: string): Promise<void> {
    await this.options.beforeSwap?.();
    const wasOpen = this.db !== undefined;
    if (wasOpen) this.lockForSwap();
    const had = existsSync(this.path);
    if (had) {
      for (const suffix of ['-wal', '-shm', '']) {
        if (existsSync(this.path + suffix)) renameSync(this.path + suffix, keptAside + suffix);
      }
    }
    renameSync(copy, this.path);
    fsyncPath(dirname(this.path));
    try {
      this.unlock(passphrase);
    } catch (err) {
      this.removeFiles(this.path);
      if (had) {
        for (const suffix of ['-wal', '-shm', '']) {
          if (existsSync(keptAside + suffix)) renameSync(keptAside + suffix, this.path + suffix);
        }
        fsyncPath(dirname(this.path));
      }
      throw err;
    }
  }

  /**
   * Re-encrypts a verified copy under the new passphrase and swaps it in with one atomic rename,
   * so a failure at any step leaves the old vault intact and open.
   */
  async changePassphrase(current: string, next: string): Promise<void> {
    this.connection();
    await this.options.beforeSwap?.();
    const db = this.connection();
    const check = this.openVerified(this.path, current, { readonly: true });
    check.close();
    ensureStrong(next);

    const tmp = `${this.path}.rekey`;
    this.removeFiles(tmp);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      // VACUUM INTO without a key of its own writes a copy encrypted with the current key.
      db.prepare('VACUUM INTO ?').run(tmp);
      const copy = openKeyed(tmp, current, this.openOptions);
      try {
        copy.pragma('journal_mode = DELETE');
        rekey(copy, next);
        copy.pragma('journal_mode = WAL');
      } finally {
        copy.close();
      }
      const verified = this.openVerified(tmp, next);
      verified.close();
      fsyncPath(tmp);
    } catch (err) {
      this.removeFiles(tmp);
      throw err;
    }

    try {
      this.lockForSwap();
    } catch (err) {
      this.removeFiles(tmp);
      this.unlock(current);
      throw err;
    }
    try {
      renameSync(tmp, this.path);
      fsyncPath(dirname(this.path));
    } catch (err) {
      this.removeFiles(tmp);
      this.unlock(current);
      throw err;
    }
    this.unlock(next);
  }

  /** Opens for business; if the services cannot start on it (a damaged page, say), it stays locked. */
  private attach(db: Db, passphrase: string): void {
    this.db = db;
    try {
      this.options.onUnlock?.(db, passphrase);
    } catch (err) {
      this.lock();
      if (isCorruptionError(err)) throw corruptVault();
      throw err;
    }
  }

  /** Opens, checks the key, the file's integrity and its schema; closes again on any failure. */
  private openVerified(path: string, passphrase: string, extra: OpenOptions = {}): Db {
    const shape = inspectVaultFile(path);
    if (shape === 'missing') throw new AppError('NO_VAULT', 'There is no vault yet. Create one first.');
    if (shape === 'not-a-vault' || shape === 'folder') throw corruptVault();
    let db: Db;
    try {
      db = openKeyed(path, passphrase, { ...this.openOptions, ...extra });
    } catch (err) {
      if (isCorruptionError(err)) throw corruptVault();
      throw err;
    }
    try {
      if (!keyIsRight(db)) throw wrongPassphrase();
      if (statSync(path).size <= (this.options.fullCheckMaxBytes ?? FULL_CHECK_MAX_BYTES) && !quickCheck(db)) {
        throw corruptVault();
      }
      if (extra.readonly) return db;
      applyConnectionPragmas(db);
      migrate(db);
      return db;
    } catch (err) {
      db.close();
      if (err instanceof AppError) throw err;
      if (err instanceof VaultTooNewError) {
        throw new AppError(
          'CORRUPT_VAULT',
          `This vault was written by a newer version of Trygg (schema ${LATEST_VERSION} here). Update Trygg to open it.`,
        );
      }
      if (isCorruptionError(err)) throw corruptVault();
      throw err;
    }
  }

  private removeFiles(base: string): void {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(base + suffix, { force: true });
  }
}
