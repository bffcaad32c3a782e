import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useTempDirs, STRONG_PASSPHRASE } from '../../../tests/support/temp-dir';
import { LATEST_VERSION, MIGRATIONS, migrate, type Migration } from './migrations';
import { applyConnectionPragmas, openKeyed } from './sqlcipher';

const tempDir = useTempDirs();

function freshDb() {
  const db = openKeyed(join(tempDir(), 'm.trygg'), STRONG_PASSPHRASE, { create: true });
  applyConnectionPragmas(db);
  return db;
}

it('numbers migrations 1, 2, 3… with no gaps', () => {
  expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  expect(LATEST_VERSION).toBe(MIGRATIONS.length);
});

it('runs only the migrations a vault has not seen and records user_version', () => {
  const db = freshDb();
  expect(migrate(db)).toBe(LATEST_VERSION);
  expect(migrate(db)).toBe(LATEST_VERSION);
  expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(db.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(db.pragma('secure_delete', { simple: true })).toBe(1);
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  db.close();
});

it('rolls a failing migration back whole and keeps the earlier version', () => {
  const db = freshDb();
  const failing: Migration[] = [
    { version: 1, name: 'a', sql: 'CREATE TABLE a (x INTEGER)' },
    { version: 2, name: 'b', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO no_such_table VALUES (1);' },
  ];
  expect(() => migrate(db, failing)).toThrow(/no such table/);
  expect(db.pragma('user_version', { simple: true })).toBe(1);
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
  expect(tables).toEqual(['a']);
  db.close();
});
