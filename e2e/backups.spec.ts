import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteDoc } from '../tests/support/fixtures';
import { expect, test } from './fixtures/web-host';
import { openNewVault, PASSPHRASE, watchForProblems } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';

// Vaults above 4 KB count as "large" here: unlock skips the page-by-page check and the same check
// runs in the background after unlock, as it does for vaults above 64 MB in use.
test.use({ webHostEnv: { TRYGG_FULL_CHECK_MAX_BYTES: '4096' } });

test('Back up now, then damage found after unlock offers the last verified backup, which restores the vault', async ({
  page,
  webHost,
}) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const client = await callThroughPage(page, 'clients.create', { name: 'Solveig Opdiktet' });
  if (!client.ok) throw new Error(client.error.message);
  const clientId = (client.value as { id: string }).id;
  for (let i = 0; i < 30; i++) {
    await callThroughPage(page, 'sessions.create', {
      clientId,
      doc: noteDoc(`Samtale ${i}: ${'tilknytning og tryghed '.repeat(60)}`),
    });
  }

  await expect(page.getByText('Backups are off.')).toBeVisible();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const folder = join(webHost.dataDir, 'backups');
  await page.getByLabel('Backup folder').fill(folder);
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup settings saved.' })).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Backup written and verified' })).toBeVisible();
  await expect(page.getByText(/^Last verified backup .*\./)).toBeVisible();
  await expect(page.getByText('verified', { exact: false }).first()).toBeVisible();

  // A large document last: its pages are at the end of the file, and unlocking never reads them.
  const pdf = Buffer.from(`%PDF-1.4\n% ${'tilknytning '.repeat(40_000)}\n%%EOF\n`, 'latin1');
  const added = await callThroughPage(page, 'documents.add', {
    clientId,
    fileName: 'brev.pdf',
    mimeType: 'application/pdf',
    dataBase64: pdf.toString('base64'),
  });
  expect(added.ok).toBe(true);

  // Lock; the backup on lock runs on its own connection. Then damage a page of that document.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Unlock your vault' })).toBeVisible();
  const vault = join(webHost.dataDir, 'vault.trygg');
  await expect
    .poll(async () => {
      const status = await callThroughPage(page, 'backups.status', {});
      return status.ok && !(status.value as { running: boolean }).running && !existsSync(`${vault}-wal`);
    })
    .toBe(true);
  const bytes = readFileSync(vault);
  const at = bytes.length - 20 * 4096 + 700;
  bytes[at] = (bytes[at] ?? 0) ^ 0x5a;
  writeFileSync(vault, bytes);

  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'The vault is damaged' })).toBeVisible();
  await expect(page.getByText(/^Last verified backup: /)).toBeVisible();
  await page.getByLabel('Passphrase of this backup').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('link', { name: 'Clients', exact: true }).click();
  await expect(page.getByText('Solveig Opdiktet').first()).toBeVisible();
  // The damaged vault is kept aside in the data directory, not deleted.
  expect(readdirSync(webHost.dataDir).some((name) => /^vault-before-restore-.*\.trygg$/.test(name))).toBe(true);
  expect(problems).toEqual([]);
});
