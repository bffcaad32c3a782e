import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** Create the file if it is missing (only when making a new vault). */
  create?: boolean;
  /** Where the Electron-ABI build of the SQLite module lives, when running inside Electron. */
  nativeBinding?: string;
}

/**
 * The pragmas that choose the cipher, before the key: SQLCipher 4's format exactly (SQLite3MC's
 * default legacy=0 writes files that stock SQLCipher refuses).
 */
export const CIPHER_PRAGMAS = ["cipher='sqlcipher'", 'legacy=4'] as const;

/**
 * Keys a connection. The passphrase's UTF-8 bytes go to SQLite as a buffer (db.key), which
 * derives the same key as PRAGMA key='…' but never makes the passphrase SQL text: no quoting to
 * get wrong, and nothing of it in a syntax error or a log.
 */
export function applyKey(db: Db, passphrase: string): void {
  for (const pragma of CIPHER_PRAGMAS) db.pragma(pragma);
  db.key(Buffer.from(passphrase, 'utf8'));
}

/** Opens a SQLCipher 4 database and applies the key. */
export function openKeyed(path: string, passphrase: string, options: OpenOptions = {}): Db {
  const db = new Database(path, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyKey(db, passphrase);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** PRAGMA key answers ok even with a wrong key; the first read tells. */
export function keyIsRight(db: Db): boolean {
  try {
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_NOTADB') return false;
    throw err;
  }
}

/** The settings every connection needs; journal_mode after the key. */
export function applyConnectionPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // The package defaults to NORMAL under WAL and to temp files on disk, which are not encrypted.
  db.pragma('synchronous = FULL');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
}

export function rekey(db: Db, next: string): void {
  db.rekey(Buffer.from(next, 'utf8'));
}

export function quickCheck(db: Db): boolean {
  const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
  return rows.length === 1 && rows[0]?.quick_check === 'ok';
}
