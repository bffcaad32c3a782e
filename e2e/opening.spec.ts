// What the clinician sees before any passphrase: the right language, and plain words when the
// link or the vault file is not what it should be.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/web-host';

test.describe('with a Danish browser', () => {
  test.use({ locale: 'da-DK' });

  test('the first-run screen speaks Danish before any setting exists', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Opret din boks' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });
});

test.describe('with a Norwegian browser', () => {
  test.use({ locale: 'no-NO' });

  test('"no" is served in Bokmål', async ({ page, webHost }) => {
    await page.goto(webHost.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Opprett hvelvet ditt' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  });
});

test('a page opened without the link says where to find it', async ({ page, webHost }) => {
  await page.goto(new URL(webHost.url).origin);
  await expect(page.getByRole('heading', { level: 1, name: 'Open Trygg from its link' })).toBeVisible();
  await expect(page.getByText('npm run web')).toBeVisible();
});

test('a link from an earlier start is recognised as expired', async ({ page, webHost }) => {
  await page.goto(`${new URL(webHost.url).origin}/#token=from-an-earlier-start`);
  await expect(page.getByRole('heading', { level: 1, name: 'This link is no longer valid' })).toBeVisible();
});

test('a damaged vault file is reported, never opened', async ({ page, webHost }) => {
  writeFileSync(join(webHost.dataDir, 'vault.trygg'), 'this is not a vault, just some text on disk\n'.repeat(200));
  await page.goto(webHost.url);
  await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery staple fjord');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('The vault file is damaged or is not a Trygg vault.');
});
