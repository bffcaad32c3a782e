// Retention and erasure (issue 13): the practice's country sets the period; a record inside it is
// erased only on a legal reason, the audit log keeping that and nothing of whose; and text copied
// from a note leaves the clipboard when the vault locks and after the time set.
import type { Page } from '@playwright/test';
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test } from './fixtures/web-host';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const doc = (text: string) => ({ type: 'doc' as const, content: [paragraph(text)] });

async function value<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await result;
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value as T;
}

async function clientWithNote(page: Page, name: string, text: string) {
  const client = await value<{ id: string }>(callThroughPage(page, 'clients.create', { name }));
  const session = await value<{ id: string }>(
    callThroughPage(page, 'sessions.create', { clientId: client.id, doc: doc(text) }),
  );
  return { clientId: client.id, sessionId: session.id };
}

test('a record inside its period is erased only on a legal reason, which the log keeps', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const { clientId, sessionId } = await clientWithNote(page, 'Ebba Lindqvist', 'Första samtalet om sömnen.');
  await value(callThroughPage(page, 'sessions.sign', { id: sessionId }));

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const form = page.getByRole('form', { name: 'Record keeping' });
  await form.getByLabel('Practice country').selectOption({ label: 'Sweden' });
  await expect(form.getByText('Patientdatalagen (3:17)')).toBeVisible();
  // Shorter than Swedish law allows: refused on the spot.
  await form.getByLabel('Keep records after the last entry (years)').fill('5');
  await form.getByRole('button', { name: 'Save record keeping' }).click();
  await expect(form.getByText('Enter whole years from 10 to 100, or leave it empty.')).toBeVisible();
  await form.getByLabel('Keep records after the last entry (years)').fill('');
  await form.getByRole('button', { name: 'Save record keeping' }).click();
  await expect(form.getByRole('status')).toHaveText('Settings saved.');
  await page.screenshot({ path: test.info().outputPath('retention-settings.png'), fullPage: true });

  await page.goto(`${webHost.url.split('#')[0]}#/clients/${clientId}/edit`);
  await page.getByRole('button', { name: 'Erase record…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase this record for good?' });
  await expect(dialog).toContainText('kept until');
  await expect(dialog).toContainText('(10 years)');
  const confirm = dialog.getByRole('button', { name: 'Erase for good' });
  await dialog.getByLabel('Type “Ebba Lindqvist” to confirm').fill('Ebba Lindqvist');
  // Inside the period the name alone does not do it.
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('Erase it now on a legal reason').check();
  await dialog.getByRole('textbox', { name: 'Legal reason' }).fill('IMY decision DI-2026-0001 (fictional)');
  await page.screenshot({ path: test.info().outputPath('erase-dialog.png') });
  await expect(confirm).toBeEnabled();
  await confirm.click();

  await expect(page.getByText('The record was erased.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Ebba Lindqvist');
  expect((await callThroughPage(page, 'clients.get', { id: clientId })).ok).toBe(false);

  await page.goto(`${webHost.url.split('#')[0]}#/retention`);
  await expect(page.getByRole('heading', { level: 1, name: 'Records past their retention period' })).toBeVisible();
  await expect(page.getByText('No record has passed its retention period.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'IMY decision DI-2026-0001 (fictional)' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('Ebba');
  await page.screenshot({ path: test.info().outputPath('retention-review.png'), fullPage: true });
  expect(problems).toEqual([]);
});

test('text copied from a note leaves the clipboard on lock and after the time set', async ({ page, webHost }) => {
  const origin = new URL(webHost.url).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.clock.install();
  await openNewVault(page, webHost);
  await value(callThroughPage(page, 'settings.update', { clipboardClearSeconds: 15 }));
  const { sessionId } = await clientWithNote(page, 'Aksel Dahl', 'Han fortalte om drømmen med fyrtårnet.');
  const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const selectedText = () => page.evaluate(() => document.getSelection()?.toString() ?? '');
  const whereFocusIs = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      return `focus on ${active?.tagName.toLowerCase() ?? 'nothing'} ${active?.getAttribute('aria-label') ?? ''}`;
    });

  const copyNote = async () => {
    await page.goto(`${webHost.url.split('#')[0]}#/sessions/${sessionId}`);
    const editor = page.getByRole('textbox', { name: 'Session note' });
    await expect(editor).toContainText('fyrtårnet');
    // Into the note, all of it selected, then copied: each step checked before the next, so a
    // keystroke that lands before the editor has focus fails here and says which step it was.
    await editor.getByText('drømmen med fyrtårnet', { exact: false }).click();
    await expect(editor).toBeFocused();
    await page.keyboard.press('Control+a');
    await expect.poll(selectedText, { message: 'Ctrl+A selects the note' }).toContain('fyrtårnet');
    // Once in CI the clipboard stayed empty after Ctrl+C (never here in 30 runs): the keystroke is
    // pressed again if the first left nothing, and the test says so in its annotations.
    let presses = 0;
    await expect(async () => {
      presses++;
      await page.keyboard.press('Control+c');
      await expect
        .poll(readClipboard, { message: `Ctrl+C copies the note (${await whereFocusIs()})`, timeout: 3_000 })
        .toContain('fyrtårnet');
    }).toPass({ timeout: 10_000 });
    if (presses > 1) test.info().annotations.push({ type: 'Ctrl+C pressed again', description: `${presses} presses` });
  };

  // After the time set (15 seconds), with the vault still open.
  await copyNote();
  await page.clock.fastForward(10_000);
  expect(await readClipboard()).toContain('fyrtårnet');
  await page.clock.fastForward(6_000);
  await expect.poll(readClipboard).toBe('');

  // On lock, long before the time is up.
  await copyNote();
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await expect.poll(readClipboard).toBe('');

  // Something copied elsewhere after Trygg's text is left alone.
  await page.evaluate(() => navigator.clipboard.writeText('from another program'));
  await page.clock.fastForward(20_000);
  expect(await readClipboard()).toBe('from another program');
});
