// What keeps a note from being lost or silently overwritten: saving on leaving the page and on
// Ctrl+S, the revision check between two windows, and the undo after deleting a draft.
import type { Page } from '@playwright/test';
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test, type WebHost } from './fixtures/web-host';

async function draftFor(page: Page, webHost: WebHost, name: string): Promise<{ clientId: string; sessionId: string }> {
  await openNewVault(page, webHost);
  const client = await callThroughPage(page, 'clients.create', { name });
  if (!client.ok) throw new Error(client.error.message);
  const clientId = (client.value as { id: string }).id;
  const session = await callThroughPage(page, 'sessions.create', { clientId });
  if (!session.ok) throw new Error(session.error.message);
  const sessionId = (session.value as { id: string }).id;
  await page.goto(`${new URL(webHost.url).origin}/#/sessions/${sessionId}`);
  return { clientId, sessionId };
}

const editorOf = (page: Page) => page.getByRole('textbox', { name: 'Session note' });

test('leaving a note at once, and Ctrl+S, save what was typed', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await page.clock.install();
  await draftFor(page, webHost, 'Mona Dahl');
  await editorOf(page).click();
  await page.keyboard.type('Typed and left at once.');
  // No pause for the autosave: the link is followed straight away.
  await page.getByRole('link', { name: 'Mona Dahl' }).click();
  await expect(page.getByText('Typed and left at once.')).toBeVisible();

  await page.getByRole('listitem').filter({ hasText: 'Typed and left at once.' }).getByRole('link').click();
  await editorOf(page).press('End');
  // Time stands still in the page from here: only Ctrl+S, not the autosave's timer, can save.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.keyboard.type(' More.');
  await expect(page.getByRole('status')).toHaveText('Not saved yet');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('closing or reloading the page straight after typing keeps the text', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await draftFor(page, webHost, 'Siv Berg');
  await editorOf(page).click();
  // Typed faster than the autosave's pause: beforeunload sends it.
  await page.keyboard.type('Typed just before closing.');
  await page.reload();
  await expect(editorOf(page)).toHaveText('Typed just before closing.');
  expect(problems).toEqual([]);
});

test('a note changed in another window is not overwritten, and the saved one can be reloaded', async ({
  page,
  webHost,
}) => {
  const problems = watchForProblems(page);
  const { sessionId } = await draftFor(page, webHost, 'Per Lund');
  await expect(editorOf(page)).toBeVisible();
  // Another window saves first, with the revision this one also holds.
  const other = await callThroughPage(page, 'sessions.saveNote', {
    id: sessionId,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'From the other window.' }] }] },
    revision: 1,
  });
  expect(other.ok).toBe(true);

  await editorOf(page).click();
  await page.keyboard.type('From this window.');
  await expect(page.getByRole('alert')).toContainText('Another window changed this note');
  await expect(editorOf(page)).toContainText('From this window.');

  await page.getByRole('button', { name: 'Reload the saved note' }).click();
  await expect(editorOf(page)).toHaveText('From the other window.');
  await editorOf(page).press('End');
  await page.keyboard.type(' And this one.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a deleted draft comes back with Undo; a signed note offers no delete', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  const { clientId } = await draftFor(page, webHost, 'Eva Strand');
  await expect(editorOf(page)).toBeVisible();
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page.getByRole('dialog', { name: 'Delete this draft?' }).getByRole('button', { name: 'Delete draft' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}$`));
  await expect(page.getByText('Draft deleted.')).toBeVisible();
  await expect(page.getByText('No sessions yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  const restored = page.locator('.session-item');
  await expect(restored).toHaveCount(1);
  await expect(restored).toContainText('Draft');

  await restored.getByRole('link').click();
  await page.getByRole('button', { name: 'Sign note' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(page.getByText(/^Signed /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete draft' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
