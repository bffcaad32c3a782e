// Issue 8, item 8: the shared data table (sorting, keyboard) and long lists that stay small in
// the DOM (a client with 2,000 sessions).
import type { Page } from '@playwright/test';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

async function value<T>(promise: ReturnType<typeof callThroughPage>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

/** Many sessions at once, through the page's own door, a few requests at a time. */
async function createSessions(page: Page, clientId: string, count: number): Promise<void> {
  const created = await page.evaluate(
    async ({ clientId, count }) => {
      const token = sessionStorage.getItem('trygg.token') ?? '';
      const start = Date.UTC(2018, 0, 1, 9);
      let ok = 0;
      for (let batch = 0; batch < count; batch += 20) {
        const requests = Array.from({ length: Math.min(20, count - batch) }, (_, i) => {
          const n = batch + i + 1;
          return fetch('/rpc/sessions.create', {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({
              clientId,
              startsAt: new Date(start + n * 86_400_000).toISOString(),
              doc: {
                type: 'doc',
                content: [{ type: 'paragraph', content: [{ type: 'text', text: `Session number ${n}.` }] }],
              },
            }),
          }).then((response) => response.json() as Promise<{ ok: boolean }>);
        });
        ok += (await Promise.all(requests)).filter((r) => r.ok).length;
      }
      return ok;
    },
    { clientId, count },
  );
  expect(created).toBe(count);
}

test('a client with 2,000 sessions renders a bounded number of cards, and every one can be reached', async ({
  page,
  webHost,
}) => {
  test.setTimeout(180_000);
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const client = await value<{ id: string }>(callThroughPage(page, 'clients.create', { name: 'Mange Økter' }));
  await createSessions(page, client.id, 2000);

  await page.goto(`${new URL(webHost.url).origin}/#/clients/${client.id}`);
  const cards = page.locator('.session-item');
  await expect(cards.first()).toContainText('Session number 2000.');
  const rendered = await cards.count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(60);
  await expect(cards.first()).toHaveAttribute('aria-setsize', '2000');
  // The page is as tall as all the cards would be, so the scrollbar tells the truth.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(100_000);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByText('Session number 1.', { exact: true })).toBeVisible();
  await expect(cards.last()).toHaveAttribute('aria-posinset', '2000');
  expect(await cards.count()).toBeLessThan(60);

  // Printed, the list is whole; afterwards it is windowed again.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await expect(cards).toHaveCount(2000);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect.poll(() => cards.count()).toBeLessThan(60);
  expect(problems).toEqual([]);
});

test('the client table sorts by its headers and is worked with the keyboard', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  for (const [name, status] of [
    ['Bjørn Dahl', 'active'],
    ['Åse Berg', 'ended'],
    ['Carl Ek', 'paused'],
    ['Anna Lund', 'active'],
  ] as const) {
    await value(callThroughPage(page, 'clients.create', { name, status }));
  }
  await page.reload();
  // The overview opens first; the client list is one click away.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  const table = page.getByRole('table', { name: 'Clients: 4' });
  const names = table.locator('tbody th');
  // Names sort as the app's language writes them (English here: Å with the A's).
  await expect(names).toHaveText(['Anna Lund', 'Åse Berg', 'Bjørn Dahl', 'Carl Ek']);
  const nameHeader = table.getByRole('columnheader', { name: 'Client' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');

  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(names).toHaveText(['Carl Ek', 'Bjørn Dahl', 'Åse Berg', 'Anna Lund']);

  const statusHeader = table.getByRole('columnheader', { name: 'Status' });
  await statusHeader.getByRole('button').click();
  await expect(statusHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort', /.*/);
  await expect(table.locator('tbody td:nth-child(2)')).toHaveText(['Active', 'Active', 'Paused', 'Ended']);
  await expect(names.nth(2)).toHaveText('Carl Ek');

  // Tab reaches the first row; arrows, End and Home move; Enter opens the focused client.
  await table.getByRole('columnheader', { name: 'Unsigned' }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  const rows = table.locator('tbody tr');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(rows.nth(3)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Carl Ek' })).toBeVisible();

  // Back on the list, a filter that finds nothing shows the empty state instead of a table.
  await page.goBack();
  await page.getByLabel('Find a client').fill('zzz');
  await expect(page.getByRole('heading', { name: 'No client matches' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('the unsigned worklist sorts and opens a note with Enter', async ({ page, webHost }) => {
  await openNewVault(page, webHost);
  const ida = await value<{ id: string }>(callThroughPage(page, 'clients.create', { name: 'Ida Holm' }));
  const ole = await value<{ id: string }>(callThroughPage(page, 'clients.create', { name: 'Ole Vik' }));
  await value(callThroughPage(page, 'sessions.create', { clientId: ida.id, startsAt: '2026-01-05T09:00:00.000Z' }));
  await value(callThroughPage(page, 'sessions.create', { clientId: ole.id, startsAt: '2026-02-05T09:00:00.000Z' }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Unsigned notes' }).click();
  const table = page.getByRole('table', { name: 'Unsigned notes' });
  const clients = table.locator('tbody th');
  await expect(clients).toHaveCount(2);

  const client = table.getByRole('columnheader', { name: 'Client' });
  await client.getByRole('button').click();
  await expect(client).toHaveAttribute('aria-sort', 'ascending');
  await expect(clients).toHaveText(['Ida Holm', 'Ole Vik']);
  const session = table.getByRole('columnheader', { name: 'Session' });
  await session.getByRole('button').click();
  await expect(session).toHaveAttribute('aria-sort', 'descending');
  await expect(clients).toHaveText(['Ole Vik', 'Ida Holm']);

  await table.locator('tbody tr').nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Session note' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ida Holm' })).toBeVisible();
});
