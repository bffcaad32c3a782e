import { createDecipheriv, createHmac, pbkdf2Sync } from 'node:crypto';

/**
 * Decrypts page 1 of a vault with nothing but Node's crypto and SQLCipher 4's published default
 * parameters. If this succeeds, stock SQLCipher 4 opens the file with the passphrase: no lock-in.
 */
export const SQLCIPHER4 = { pageSize: 4096, kdfIter: 256_000, saltLen: 16, ivLen: 16, hmacLen: 64, hmacSaltMask: 0x3a };

export function decryptPage1(file: Buffer, passphrase: string) {
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
