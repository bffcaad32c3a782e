// The audit log's hash chain: history changed with another tool is reported on every screen.
// Here the log counts as long: unlock checks one entry and the rest is checked after it, an entry
// a second, so the app is on screen before the break is found and the banner comes later.
import { join } from 'node:path';
import { openKeyed } from '../electron/core/vault/sqlcipher';
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, PASSPHRASE, watchForProblems } from './fixtures/open-vault';
import { noteDoc } from '../tests/support/fixtures';
import { expect, test } from './fixtures/web-host';

test.use({ webHostEnv: { TRYGG_AUDIT_CHAIN_SLOW: '1' } });

test('an audit entry changed with another tool is reported after unlock, on every screen', async ({
  page,
  webHost,
}) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const client = await callThroughPage(page, 'clients.create', { name: 'Tora Opdiktet' });
  if (!client.ok) throw new Error(client.error.message);
  for (const text of ['Første samtale.', 'Anden samtale.', 'Tredje samtale.']) {
    const made = await callThroughPage(page, 'sessions.create', {
      clientId: (client.value as { id: string }).id,
      doc: noteDoc(text),
    });
    expect(made.ok).toBe(true);
  }
  await expect(page.getByRole('alert').filter({ hasText: 'audit log' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  // What someone with the passphrase and a stock SQLCipher tool could do: drop the guards and
  // change an entry of the past (the third: the break shows at the fourth).
  const db = openKeyed(join(webHost.dataDir, 'vault.trygg'), PASSPHRASE);
  let broken: number;
  try {
    db.exec('DROP TRIGGER audit_log_is_append_only_u');
    const ids = db.prepare<[], number>('SELECT id FROM audit_log ORDER BY id').pluck().all();
    db.prepare("UPDATE audit_log SET detail = 'forged' WHERE id = ?").run(ids[2]);
    broken = ids[3] as number;
  } finally {
    db.close();
  }

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // Unlock has returned with the check still under way: nothing found yet, and it says so.
  const integrity = await callThroughPage(page, 'audit.integrity', {});
  expect(integrity).toMatchObject({ ok: true, value: { ok: true, pending: true } });
  const banner = page.getByRole('alert').filter({ hasText: 'The audit log was changed outside Trygg' });
  await expect(banner).toContainText(`entry ${broken}`);
  await page.screenshot({ path: test.info().outputPath('audit-chain-broken.png') });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(banner).toBeVisible();
  expect(problems).toEqual([]);
});
