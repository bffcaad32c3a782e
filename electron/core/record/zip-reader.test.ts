import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/support/temp-dir';
import { ZipFormatError, ZipReader } from './zip-reader';

const tempDir = useTempDirs();

function archive(files: Zippable, change?: (bytes: Buffer) => void): string {
  const bytes = Buffer.from(zipSync(files));
  change?.(bytes);
  const path = join(tempDir(), 'a.zip');
  writeFileSync(path, bytes);
  return path;
}

/** Where the central directory names `name`. */
const directoryEntry = (bytes: Buffer, name: string) =>
  bytes.indexOf(Buffer.from(name), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) - 46;

async function readAll(reader: ZipReader, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await reader.read(reader.entries.get(name)!, (chunk) => chunks.push(Buffer.from(chunk)));
  return Buffer.concat(chunks);
}

describe('a ZIP archive read through its central directory', () => {
  it('reads stored and deflated entries, asynchronously and synchronously, in slices', async () => {
    const text = strToU8('Hun trak sig. '.repeat(50_000));
    const random = Buffer.from(Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) % 251));
    const path = archive({ 'record.json': text, 'documents/a': [random, { level: 0 }] });
    const reader = ZipReader.open(path, 1 << 30);
    expect([...reader.entries.keys()].sort()).toEqual(['documents/a', 'record.json']);
    expect(reader.entries.get('record.json')).toMatchObject({ method: 8, size: text.length });
    expect((await readAll(reader, 'record.json')).equals(text)).toBe(true);
    const chunks: Buffer[] = [];
    reader.readSync(reader.entries.get('documents/a')!, (chunk) => chunks.push(Buffer.from(chunk)));
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(random)).toBe(true);
    reader.close();
  });

  it('reads an entry from inside another’s callback without either seeing the other’s slices', async () => {
    // The import reads each document while record.json is being read (its metadata is there).
    const text = strToU8(
      Array.from({ length: 40_000 }, (_, i) => `{"session":${i},"note":"Hun trak sig."}`).join(',\n'),
    );
    const other = Buffer.alloc(1_500_000, 0x50);
    const reader = ZipReader.open(archive({ 'record.json': text, 'documents/a': [other, { level: 0 }] }), 1 << 30);
    const outer: Buffer[] = [];
    reader.readSync(reader.entries.get('record.json')!, (chunk) => {
      outer.push(Buffer.from(chunk));
      const inner: Buffer[] = [];
      reader.readSync(reader.entries.get('documents/a')!, (c) => inner.push(Buffer.from(c)));
      expect(Buffer.concat(inner).equals(other)).toBe(true);
    });
    expect(outer.length).toBeGreaterThan(2);
    expect(Buffer.concat(outer).equals(text)).toBe(true);
    reader.close();
  });

  it('refuses an entry that inflates to more than the directory says, having handed on no more than that', async () => {
    const path = archive({ 'record.json': strToU8('x'.repeat(1_000_000)) }, (bytes) =>
      bytes.writeUInt32LE(1000, directoryEntry(bytes, 'record.json') + 24),
    );
    const reader = ZipReader.open(path, 1 << 30);
    let handedOn = 0;
    await expect(reader.read(reader.entries.get('record.json')!, (c) => (handedOn += c.length))).rejects.toThrow(
      ZipFormatError,
    );
    expect(handedOn).toBeLessThanOrEqual(1000);
    reader.close();
  });

  it('refuses an entry that is shorter than the directory says', async () => {
    const path = archive({ 'record.json': strToU8('x'.repeat(1000)) }, (bytes) =>
      bytes.writeUInt32LE(5000, directoryEntry(bytes, 'record.json') + 24),
    );
    const reader = ZipReader.open(path, 1 << 30);
    await expect(readAll(reader, 'record.json')).rejects.toThrow(/smaller than it says/);
    reader.close();
  });

  it('refuses what is not a ZIP archive, or is larger than allowed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not.zip'), 'PK but not a zip archive at all, just text');
    expect(() => ZipReader.open(join(dir, 'not.zip'), 1 << 30)).toThrow(ZipFormatError);
    const path = archive({ 'a.txt': strToU8('hej') });
    expect(() => ZipReader.open(path, 10)).toThrow(/too large/);
  });
});
