import { createDecipheriv, pbkdf2Sync } from 'node:crypto';

/** SQLCipher 4's defaults (the same the vault is written with; see sqlcipher-format.test.ts). */
const PAGE = 4096;
const SALT = 16;
const IV = 16;
const HMAC = 64;
const RESERVE = IV + HMAC;
const KDF_ITER = 256_000;

function decryptPage(page: Buffer, key: Buffer, first: boolean): Buffer {
  const encrypted = page.subarray(first ? SALT : 0, PAGE - RESERVE);
  const iv = page.subarray(PAGE - RESERVE, PAGE - HMAC);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(encrypted), decipher.final()]);
}

/**
 * Every page of a vault, and of its WAL if one is given, decrypted with nothing but Node's
 * crypto: what someone with the passphrase and a stock SQLCipher tool could read, free pages and
 * old WAL frames included. (The WAL: a 32-byte header, then frames of a 24-byte header and a page.)
 */
export function decryptEverything(vault: Buffer, passphrase: string, wal?: Buffer): Buffer {
  const key = pbkdf2Sync(passphrase, vault.subarray(0, SALT), KDF_ITER, 32, 'sha512');
  const plain: Buffer[] = [];
  for (let at = 0; at + PAGE <= vault.length; at += PAGE)
    plain.push(decryptPage(vault.subarray(at, at + PAGE), key, at === 0));
  if (wal) {
    for (let at = 32; at + 24 + PAGE <= wal.length; at += 24 + PAGE) {
      const pageNumber = wal.readUInt32BE(at);
      plain.push(decryptPage(wal.subarray(at + 24, at + 24 + PAGE), key, pageNumber === 1));
    }
  }
  return Buffer.concat(plain);
}
