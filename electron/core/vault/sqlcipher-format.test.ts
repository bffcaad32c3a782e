import { createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { VAULT_FILE } from './vault-service';

/**
 * Decrypts page 1 of a vault with nothing but Node's crypto and SQLCipher 4's published default
 * parameters. If this passes, stock SQLCipher 4 opens the file with the passphrase: no lock-in.
 */
const SQLCIPHER4 = { pageSize: 4096, kdfIter: 256_000, saltLen: 16, ivLen: 16, hmacLen: 64, hmacSaltMask: 0x3a };

const tempDir = useTempDirs();
let close: (() => void) | undefined;
afterEach(() => close?.());

function decryptPage1(file: Buffer, passphrase: string) {
  const { pageSize, kdfIter, saltLen, ivLen, hmacLen, hmacSaltMask } = SQLCIPHER4;
  const salt = file.subarray(0, saltLen);
  const key = pbkdf2Sync(passphrase, salt, kdfIter, 32, 'sha512');
  const hmacKey = pbkdf2Sync(key, Buffer.from(salt.map((b) => b ^ hmacSaltMask)), 2, 32, 'sha512');
  const reserve = ivLen + hmacLen;
  const encrypted = file.subarray(saltLen, pageSize - reserve);
  const iv = file.subarray(pageSize - reserve, pageSize - hmacLen);
  const storedHmac = file.subarray(pageSize - hmacLen, pageSize);
  const pageNumber = Buffer.alloc(4);
  pageNumber.writeUInt32LE(1);
  const hmac = createHmac('sha512', hmacKey).update(encrypted).update(iv).update(pageNumber).digest();
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(encrypted), decipher.final()]);
  return { hmacValid: hmac.equals(storedHmac), plain };
}

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
