// Issue 13's web host: the printed link opens the app once (the page swaps its token for one of
// its own), fields holding record data keep out of the browser's form history, and a journey
// through the app asks nothing of any server but the host itself.
import type { Page } from '@playwright/test';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test } from './fixtures/web-host';

const spentHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'This link has already been used' });
const createHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Create your vault' });

test('the printed link opens the app once; its tab keeps working through reloads', async ({
  browser,
  context,
  page,
  webHost,
}) => {
  const linkToken = new URL(webHost.url).hash.replace('#token=', '');
  await page.goto(webHost.url);
  await expect(createHeading(page)).toBeVisible();
  // The link's token is gone from the address bar, and the tab holds a token of its own.
  expect(page.url()).not.toContain(linkToken);
  const pageToken = await page.evaluate(() => sessionStorage.getItem('trygg.token'));
  expect(pageToken).toMatch(/^[\w-]{43}$/);
  expect(pageToken).not.toBe(linkToken);

  await page.reload();
  await expect(createHeading(page)).toBeVisible();

  // The same link a second time, in another tab or another browser profile, is refused in plain words.
  const again = await context.newPage();
  await again.goto(webHost.url);
  await expect(spentHeading(again)).toBeVisible();
  await expect(again.getByText(/tab where Trygg is already open.*npm run web/)).toBeVisible();
  expect(again.url()).not.toContain(linkToken);
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(webHost.url);
  await expect(spentHeading(elsewhere)).toBeVisible();
  await elsewhere.context().close();

  // None of that disturbed the tab the link opened.
  await page.reload();
  await expect(createHeading(page)).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.getItem('trygg.token'))).toBe(pageToken);
});

/** Every text-like field on screen that is not a passphrase, with its autocomplete attribute. */
async function fieldsRemembered(page: Page): Promise<string[]> {
  return page
    .locator(
      'input:not([type=password]):not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), textarea',
    )
    .evaluateAll((fields) =>
      fields
        .filter((field) => field.getAttribute('autocomplete') !== 'off')
        .map((field) => `${field.outerHTML.slice(0, 120)}`),
    );
}

test('a journey through the app asks nothing of anyone but the host, and no record field is remembered by the browser', async ({
  context,
  page,
  webHost,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(webHost.url).origin;
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  const problems = watchForProblems(page);
  const remembered: Record<string, string[]> = {};
  const check = async (screen: string) => {
    const fields = await fieldsRemembered(page);
    if (fields.length > 0) remembered[screen] = fields;
  };

  await openNewVault(page, webHost);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await check('clients');

  await page.getByRole('link', { name: 'New client' }).click();
  await page.getByLabel('Full name').fill('Astrid Berg');
  await page.getByLabel('Pseudonym or code').fill('AB-17');
  await check('new client');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Astrid Berg' })).toBeVisible();

  await page.getByRole('link', { name: 'New session' }).click();
  await check('new session');
  await page.getByRole('button', { name: 'Start session' }).click();
  const editor = page.getByRole('textbox', { name: 'Session note' });
  await editor.click();
  await page.keyboard.type('Talked about her sister and the long winter.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await check('session details');

  await nav.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Words to find').fill('winter');
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  await check('search');

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search notes and clients' })).toBeVisible();
  await check('palette');
  await page.keyboard.press('Escape');

  await nav.getByRole('link', { name: 'Unsigned notes' }).click();
  await expect(page.getByRole('row', { name: /Astrid Berg/ })).toBeVisible();
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.reload();
  await expect(nav).toBeVisible();

  expect(remembered).toEqual({});
  expect(requested.length).toBeGreaterThan(10);
  const foreign = requested.filter((url) => new URL(url).origin !== origin);
  expect(foreign, 'requests to anything but the host').toEqual([]);
  expect(problems).toEqual([]);
});
