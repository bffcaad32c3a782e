import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { SQLCIPHER4, decryptPage1 } from '../../../tests/support/sqlcipher4';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { VAULT_FILE } from './vault-service';

const tempDir = useTempDirs();
let close: (() => void) | undefined;
afterEach(() => close?.());

it('writes SQLCipher 4 default format (PBKDF2-SHA512 256k, AES-256-CBC, HMAC-SHA512, 4 KiB pages)', async () => {
  const dir = tempDir();
  const c = testCore(dir);
  close = c.close;
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  await c.ok('vault.lock');
  const file = readFileSync(join(dir, VAULT_FILE));
  expect(file.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');

  const right = decryptPage1(file, STRONG_PASSPHRASE);
  expect(right.hmacValid).toBe(true);
  // The decrypted bytes continue the SQLite header from offset 16.
  expect(right.plain.readUInt16BE(0)).toBe(SQLCIPHER4.pageSize);
  expect(right.plain[2]).toBe(2); // file format write version: WAL
  expect(right.plain[4]).toBe(SQLCIPHER4.ivLen + SQLCIPHER4.hmacLen); // reserved bytes per page
  expect([...right.plain.subarray(5, 8)]).toEqual([64, 32, 32]);

  expect(decryptPage1(file, `${STRONG_PASSPHRASE}!`).hmacValid).toBe(false);
});
