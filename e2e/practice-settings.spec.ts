// Settings that shape the daily work: a practice template a new session can start from, and the
// pseudonym shown instead of the name everywhere on screen.
import { openInNewProfile } from './fixtures/more-tabs';
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, PASSPHRASE, watchForProblems } from './fixtures/open-vault';
import { expect, test } from './fixtures/web-host';

test('a practice template written in settings starts a new note', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const created = await callThroughPage(page, 'clients.create', { name: 'Nils Ek' });
  expect(created.ok).toBe(true);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'New template' }).click();
  await page.getByLabel('Template name').fill('Intake');
  await page.getByRole('textbox', { name: 'Template text' }).click();
  await page.keyboard.type('Reason for contact');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Intake' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'Nils Ek' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sessions' })).toBeVisible();
  // Ctrl+N on a client's page starts a session (the desktop app's shortcut; the page receives it here too).
  await page.keyboard.press('Control+n');
  await page.getByLabel('Note template').selectOption({ label: 'Intake' });
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByRole('textbox', { name: 'Session note' })).toHaveText('Reason for contact');
  await expect(page.getByText('Template: Intake')).toBeVisible();
  expect(problems).toEqual([]);
});

test('with the pseudonym setting on, the name leaves the screen', async ({ page, webHost, browser }) => {
  await openNewVault(page, webHost);
  expect((await callThroughPage(page, 'clients.create', { name: 'Ingrid Sund', pseudonym: 'K-204' })).ok).toBe(true);
  expect((await callThroughPage(page, 'clients.create', { name: 'Ole Vik' })).ok).toBe(true);
  await page.reload();
  // The overview opens first; the client list is one click away.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  const table = page.getByRole('table');
  await expect(table).toContainText('Ingrid Sund');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Show the pseudonym or code instead of the name everywhere on screen').check();
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(table.getByRole('link', { name: 'K-204' })).toBeVisible();
  await expect(table).not.toContainText('Ingrid Sund');
  // A client without a pseudonym keeps the name: there is nothing else to show.
  await expect(table.getByRole('link', { name: 'Ole Vik' })).toBeVisible();
  await table.getByRole('link', { name: 'K-204' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'K-204' })).toBeVisible();

  // Filtering still finds the client by the code.
  await page.getByRole('link', { name: '← All clients' }).click();
  await page.getByLabel('Find a client').fill('k-20');
  await expect(table.getByRole('row')).toHaveCount(2);

  // The choice is kept in the vault: another browser profile that opens it shows the code too.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  const { page: elsewhere } = await openInNewProfile(browser, page);
  await elsewhere.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await elsewhere.keyboard.press('Enter');
  await elsewhere.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  const otherTable = elsewhere.getByRole('table');
  await expect(otherTable.getByRole('link', { name: 'K-204' })).toBeVisible();
  await expect(otherTable).not.toContainText('Ingrid Sund');
  await elsewhere.context().close();
});

test('a pseudonym choice made before it was a vault setting moves into the vault', async ({ page, webHost }) => {
  await openNewVault(page, webHost);
  expect((await callThroughPage(page, 'clients.create', { name: 'Ingrid Sund', pseudonym: 'K-204' })).ok).toBe(true);
  await page.evaluate(() => localStorage.setItem('trygg.showPseudonym', 'true'));
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('table').getByRole('link', { name: 'K-204' })).toBeVisible();
  const settings = async () => {
    const result = await callThroughPage(page, 'settings.get', {});
    return result.ok ? result.value : result.error;
  };
  await expect.poll(settings).toMatchObject({ showPseudonym: true });
  expect(await page.evaluate(() => localStorage.getItem('trygg.showPseudonym'))).toBeNull();
});
