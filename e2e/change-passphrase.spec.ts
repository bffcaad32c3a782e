import { expect, test } from './fixtures/web-host';

const OLD = 'correct horse battery staple fjord';
const NEW = 'lantern moss ferry quartz violin';

test('changing the passphrase in settings: the old one stops working, the new one opens', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByLabel('Passphrase', { exact: true }).fill(OLD);
  await page.getByLabel('Repeat the passphrase').fill(OLD);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();

  const change = page.getByRole('button', { name: 'Change passphrase' });
  await page.getByLabel('Current passphrase').fill('not the passphrase at all');
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW);
  await page.getByLabel('Repeat the new passphrase').fill(NEW);
  await expect(change).toBeEnabled();
  await change.click();
  await expect(page.getByRole('alert')).toHaveText(
    'The passphrase was not changed. The current passphrase is not right.',
  );

  await page.getByLabel('Current passphrase').fill(OLD);
  await change.click();
  await expect(page.getByRole('status')).toHaveText('Passphrase changed. Use the new one from now on.');
  await expect(page.getByLabel('Current passphrase')).toHaveValue('');

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill(OLD);
  await passphrase.press('Enter');
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this vault.');
  await passphrase.fill(NEW);
  await passphrase.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
