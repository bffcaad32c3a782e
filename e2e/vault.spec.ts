// Issue 2's journey in Chromium against the web host: create, lock, a wrong passphrase, unlock,
// Danish across a reload, and the idle lock firing on its own.
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

const PASSPHRASE = 'correct horse battery staple fjord';

test('a clinician creates, locks and unlocks the vault, works in Danish, and is locked out when idle', async ({
  page,
  webHost,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });

  await page.goto(webHost.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  expect(page.url(), 'the token leaves the address bar').not.toContain('token=');

  // The strength meter refuses a weak passphrase and explains why.
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const create = page.getByRole('button', { name: 'Create vault' });
  await passphrase.fill('fjord');
  await expect(page.getByText('Make it at least 10 characters long.')).toBeVisible();
  await expect(create).toBeDisabled();

  await passphrase.fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await expect(page.getByText('Strong enough to protect your records.')).toBeVisible();
  await create.click();

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  // The practice overview opens first, with the way to a first client on it.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New client' })).toBeVisible();

  const unlockHeading = page.getByRole('heading', { level: 1, name: 'Unlock your vault' });
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(unlockHeading).toBeVisible();

  await passphrase.fill('correct horse battery staple fjords');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this vault.');
  await expect(nav).toBeHidden();

  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(nav).toBeVisible();

  // The keyboard shortcut locks as well.
  await page.keyboard.press('Control+l');
  await expect(unlockHeading).toBeVisible();
  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await expect(nav).toBeVisible();

  await nav.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption({ label: 'Dansk' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Indstillingerne er gemt.');
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  await page.reload();
  const danishNav = page.getByRole('navigation', { name: 'Hovedmenu' });
  await expect(danishNav.getByRole('link', { name: 'Klienter' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  // Three seconds of idleness; from here on the test only watches.
  const update = await callThroughPage(page, 'settings.update', { idleLockMinutes: 0.05 });
  expect(update.ok).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Lås din boks op' })).toBeVisible({ timeout: 15_000 });
  await expect(danishNav).toBeHidden();

  expect(problems).toEqual([]);
});
