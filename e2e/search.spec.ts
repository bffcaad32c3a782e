// Issue 4's journey: type in the palette, arrow to a result, Enter opens the session with the
// hit highlighted; and the full search page with its client filter.
import type { Page } from '@playwright/test';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

async function value<T>(page: Page, promise: ReturnType<typeof callThroughPage>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

async function seed(page: Page) {
  const client = await value<{ id: string }>(
    page,
    callThroughPage(page, 'clients.create', { name: 'Ingrid Fjellvik' }),
  );
  const other = await value<{ id: string }>(page, callThroughPage(page, 'clients.create', { name: 'Nils Strandmo' }));
  const filler = Array.from({ length: 40 }, (_, i) => paragraph(`Avsnitt ${i + 1}: vi snakket om søvn og arbeid.`));
  const first = await value<{ id: string }>(
    page,
    callThroughPage(page, 'sessions.create', {
      clientId: client.id,
      startsAt: '2026-03-02T09:00:00.000Z',
      doc: { type: 'doc', content: [...filler, paragraph('Et tydelig alliansebrudd da hun kom for sent.')] },
    }),
  );
  const second = await value<{ id: string }>(
    page,
    callThroughPage(page, 'sessions.create', {
      clientId: other.id,
      startsAt: '2026-03-09T09:00:00.000Z',
      doc: { type: 'doc', content: [paragraph('Han beskrev et brudd med broren.')] },
    }),
  );
  return { client, other, first, second };
}

test('palette: type, arrow to a result, Enter opens the session with the hit highlighted', async ({
  page,
  webHost,
}) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const { first, second } = await seed(page);

  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Search your records' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('brudd');
  const options = palette.getByRole('option');
  // The whole word first (Nils), then the compound (alliansebrudd, Ingrid).
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('Nils Strandmo');
  await expect(options.nth(1)).toContainText('Ingrid Fjellvik');
  await expect(options.nth(1).locator('mark')).toHaveText('alliansebrudd');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/sessions/${first.id}$`));

  const editor = page.getByRole('textbox', { name: 'Session note' });
  await expect(editor).toContainText('alliansebrudd');
  await expect
    .poll(() =>
      page.evaluate(() => [...(CSS.highlights.get('trygg-search-hit') ?? [])].map((r) => (r as Range).toString())),
    )
    .toEqual(['alliansebrudd']);
  // Scrolled to the hit, at the end of a long note.
  await expect(editor.getByText('Et tydelig alliansebrudd')).toBeInViewport();
  expect(second.id).not.toBe(first.id);
  expect(problems).toEqual([]);
});

test('search page: filters by client, and finds a note as it is edited', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const { client } = await seed(page);

  await page.goto(`${webHost.url.split('#')[0]}#/clients/${client.id}`);
  await page.getByRole('link', { name: 'Search in this client' }).click();
  await expect(page.getByRole('combobox', { name: 'Client', exact: true })).toHaveValue(client.id);
  await page.getByLabel('Words to find').fill('brudd');
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Ingrid Fjellvik/ })).toBeVisible();

  await page.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label: 'All clients' });
  await expect(page.getByRole('heading', { name: '2 results' })).toBeVisible();
  await page.getByLabel('Words to find').fill('"kom for sent" -broren');
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  await page.getByLabel('Words to find').fill('NEAR( "');
  await expect(page.getByRole('heading', { name: 'Nothing found.' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('settings: the search index is checked and rebuilt from the notes, for recovery', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  await seed(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const panel = page.locator('[aria-labelledby="search-index-title"]');

  await panel.getByRole('button', { name: 'Check the search index' }).click();
  await expect(panel.getByRole('status')).toHaveText('The search index matches your notes.');
  await panel.getByRole('button', { name: 'Rebuild the search index' }).click();
  await expect(panel.getByRole('status')).toHaveText('The search index was rebuilt from your notes.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Words to find').fill('alliansebrudd');
  await expect(page.getByRole('heading', { name: '1 result' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('search page: a large total is shown as approximate, then counted exactly in the background', async ({
  page,
  webHost,
}) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const client = await value<{ id: string }>(page, callThroughPage(page, 'clients.create', { name: 'Astrid Lyngdal' }));
  // More notes holding the word than a search counts (1,000): the total is an estimate.
  const notes = 1_200;
  for (let i = 0; i < notes; i += 100) {
    await Promise.all(
      Array.from({ length: 100 }, (_, k) =>
        value(
          page,
          callThroughPage(page, 'sessions.create', {
            clientId: client.id,
            doc: { type: 'doc', content: [paragraph(`Notat ${i + k}: hun sov dårlig, søvn var tema.`)] },
          }),
        ),
      ),
    );
  }

  // The exact count waits until the estimate has been seen.
  let releaseExact = () => undefined as void;
  const exactAsked = new Promise<void>((resolve) => (releaseExact = resolve));
  await page.route('**/rpc/search.query', async (route) => {
    if ((route.request().postDataJSON() as { exactTotal?: boolean }).exactTotal) await exactAsked;
    await route.continue();
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Words to find').fill('søvn');
  await expect(page.getByRole('heading', { name: 'About 1,200 results' })).toBeVisible();
  const firstPage = await page.locator('.search-result').allInnerTexts();
  expect(firstPage).toHaveLength(20);
  releaseExact();
  await expect(page.getByRole('heading', { name: '1,200 results' })).toBeVisible();
  // The hits were never estimated: the page is the same.
  expect(await page.locator('.search-result').allInnerTexts()).toEqual(firstPage);
  expect(problems).toEqual([]);
});
