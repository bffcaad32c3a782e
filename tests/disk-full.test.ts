import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testCore } from './support/core-client';
import { noteDoc, tinyPdf } from './support/fixtures';
import { STRONG_PASSPHRASE } from './support/temp-dir';

/**
 * A data directory on a small tmpfs fills up for real. Mounting needs root with CAP_SYS_ADMIN;
 * elsewhere the test says so and skips.
 */
const mountPoint = mkdtempSync(join(tmpdir(), 'trygg-full-'));
let mounted = false;
let why = '';
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounted = true;
} catch (err) {
  why = String((err as { stderr?: Buffer }).stderr ?? err).trim();
}
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});
beforeAll(() => {
  if (!mounted)
    console.warn(`disk-full test skipped: a tmpfs cannot be mounted here (needs root with CAP_SYS_ADMIN): ${why}`);
});

it.skipIf(!mounted)('a full disk answers DISK_FULL and loses nothing already saved', { timeout: 60_000 }, async () => {
  const dataDir = join(mountPoint, 'data');
  mkdirSync(dataDir);
  const c = testCore(dataDir);
  try {
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Fuld Disk' });
    const saved: Array<{ id: string; bytes: string }> = [];
    let refusal: { code: string; message: string } | undefined;
    for (let i = 0; i < 100 && !refusal; i++) {
      const bytes = tinyPdf(`${i} ${'fyld '.repeat(60_000)}`).toString('base64');
      const r = await c.core.dispatch('documents.add', {
        clientId: client.id,
        fileName: `fyld-${i}.pdf`,
        mimeType: 'application/pdf',
        dataBase64: bytes,
      });
      if (r.ok) saved.push({ id: (r.value as { id: string }).id, bytes });
      else refusal = r.error;
    }
    expect(refusal?.code).toBe('DISK_FULL');
    expect(refusal?.message).toMatch(/disk is full/);
    expect(saved.length).toBeGreaterThan(3);

    // Still open and readable; small writes fail plainly or succeed, never half.
    const note = await c.core.dispatch('sessions.create', { clientId: client.id, doc: noteDoc('Efter fuld disk.') });
    if (!note.ok) expect(note.error.code).toBe('DISK_FULL');
    for (const { id, bytes } of saved) expect((await c.ok('documents.get', { id })).dataBase64).toBe(bytes);

    // Room again: everything acknowledged is there after a lock and unlock, and the file is whole.
    await c.ok('vault.lock');
    execFileSync('mount', ['-o', 'remount,size=40m', mountPoint]);
    await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    for (const { id, bytes } of saved) expect((await c.ok('documents.get', { id })).dataBase64).toBe(bytes);
    expect(await c.ok('clients.get', { id: client.id })).toMatchObject({ name: 'Fuld Disk' });
  } finally {
    c.close();
  }
});
