import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '@shared/api/documents';
import { testCore } from '../../../tests/support/core-client';
import { PNG_1x1, tinyPdf } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, filesUnder, hashStoredData, useTempDirs } from '../../../tests/support/temp-dir';

const tempDir = useTempDirs();
let close: (() => void) | undefined;
afterEach(() => close?.());

async function setup() {
  const dir = tempDir();
  const c = testCore(dir);
  close = c.close;
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Cecilie Påfund' });
  return { dir, client, ...c };
}

it('round-trips a file byte for byte and leaves no plaintext of it on disk', async () => {
  const { dir, ok, client, core } = await setup();
  const marker = `SAMTYKKE-${randomBytes(8).toString('hex')}`;
  const pdf = tinyPdf(marker);
  const meta = await ok('documents.add', {
    clientId: client.id,
    fileName: 'samtykke.pdf',
    mimeType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  });
  expect(meta.size).toBe(pdf.length);
  const back = await ok('documents.get', { id: meta.id });
  expect(Buffer.from(back.dataBase64, 'base64').equals(pdf)).toBe(true);

  for (const phase of ['open', 'locked'] as const) {
    if (phase === 'locked') core.lock();
    for (const file of filesUnder(dir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(marker)), `${phase}: ${file}`).toBe(false);
      expect(bytes.includes(Buffer.from(pdf.toString('base64').slice(0, 40))), `${phase}: ${file}`).toBe(false);
    }
  }
});

it('refuses a file whose content is not the type it claims, and one over 25 MB, writing nothing', async () => {
  const { dir, fails, client } = await setup();
  const before = hashStoredData(dir);
  const renamed = await fails('documents.add', {
    clientId: client.id,
    fileName: 'scan.png',
    mimeType: 'image/png',
    dataBase64: tinyPdf('x').toString('base64'),
  });
  expect(renamed.code).toBe('VALIDATION');
  expect(renamed.message).toContain('not a PNG image');
  const huge = Buffer.alloc(MAX_DOCUMENT_BYTES + 1);
  PNG_1x1.copy(huge);
  const tooBig = await fails('documents.add', {
    clientId: client.id,
    fileName: 'stor.png',
    mimeType: 'image/png',
    dataBase64: huge.toString('base64'),
  });
  expect(tooBig.code).toBe('VALIDATION');
  expect(hashStoredData(dir)).toEqual(before);
});
