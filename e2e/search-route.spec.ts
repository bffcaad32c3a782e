// Issue 8, item 10: the search page's query, filters and page live in the address, so a search
// can be linked, reloaded and gone back to.
import type { Page } from '@playwright/test';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

async function value<T>(promise: ReturnType<typeof callThroughPage>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function note(page: Page, clientId: string, startsAt: string, text: string) {
  return value<{ id: string }>(
    callThroughPage(page, 'sessions.create', { clientId, startsAt, doc: { type: 'doc', content: [paragraph(text)] } }),
  );
}

test('a search opened from its address, reloaded, and returned to with Back', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const ingrid = await value<{ id: string }>(callThroughPage(page, 'clients.create', { name: 'Ingrid Fjellvik' }));
  const nils = await value<{ id: string }>(callThroughPage(page, 'clients.create', { name: 'Nils Strandmo' }));
  await note(page, ingrid.id, '2026-03-02T09:00:00.000Z', 'Et tydelig alliansebrudd da hun kom for sent.');
  await note(page, nils.id, '2026-03-09T09:00:00.000Z', 'Han beskrev et brudd med broren.');
  const origin = new URL(webHost.url).origin;

  // Straight to the address: the page opens with the words and their results, not the client list.
  await page.goto(`${origin}/#/search?q=brudd`);
  const words = page.getByLabel('Words to find');
  await expect(words).toHaveValue('brudd');
  await expect(page.getByRole('heading', { name: '2 results' })).toBeVisible();

  // A filter goes into the address, and a reload keeps it all.
  await page.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label: 'Ingrid Fjellvik' });
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/search\\?q=brudd&client=${ingrid.id}$`));
  await page.reload();
  await expect(words).toHaveValue('brudd');
  await expect(page.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(ingrid.id);
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();

  // Open the result, then Back: the same search, still filtered.
  await page.getByRole('button', { name: /Ingrid Fjellvik/ }).click();
  await expect(page.getByRole('textbox', { name: 'Session note' })).toBeVisible();
  await page.goBack();
  await expect(words).toHaveValue('brudd');
  await expect(page.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(ingrid.id);
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();

  // Kinds and dates too; typing replaces the address instead of stacking one entry per letter.
  await page.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label: 'All clients' });
  await page.getByLabel('Client', { exact: true }).last().uncheck();
  await page.getByLabel('From').fill('2026-03-05');
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Nils Strandmo/ })).toBeVisible();
  const route = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
  expect(route().get('q')).toBe('brudd');
  expect(route().get('from')).toBe('2026-03-05');
  expect(route().get('kinds')?.split(',')).toEqual(expect.arrayContaining(['note', 'addendum']));
  expect(route().get('kinds')?.split(',')).not.toContain('client');
  await words.fill('broren');
  await expect.poll(() => route().get('q')).toBe('broren');
  expect(route().get('from')).toBe('2026-03-05');
  await page.goBack();
  await expect(page).not.toHaveURL(/#\/search/);

  // The palette's "All results" and the client page's "Search in this client" are links to it.
  await page.goto(`${origin}/#/clients/${nils.id}`);
  await page.getByRole('link', { name: 'Search in this client' }).click();
  await expect(page).toHaveURL(new RegExp(`#/search\\?client=${nils.id}$`));
  await page.keyboard.press('Control+K');
  await page.getByRole('combobox', { name: 'Search notes and clients' }).fill('alliansebrudd');
  await page.getByRole('button', { name: 'All results and filters' }).click();
  await expect(page).toHaveURL(/#\/search\?q=alliansebrudd$/);
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  expect(problems).toEqual([]);
});
