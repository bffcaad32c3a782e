// Issue 3's journey in Chromium against the web host: a client, a SOAP note autosaved and intact
// across a reload, signed and read-only, a dated addendum, and the unsigned-notes worklist.
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test } from './fixtures/web-host';

test('a clinician writes a SOAP note, signs it and corrects it with an addendum', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const nav = page.getByRole('navigation', { name: 'Main' });

  await page.getByRole('link', { name: 'New client' }).click();
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByText('Enter the client’s name.')).toBeVisible();
  await page.getByLabel('Full name').fill('Astrid Berg');
  await page.getByLabel('Pseudonym or code').fill('AB-17');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Astrid Berg' })).toBeVisible();

  await page.getByRole('link', { name: 'New session' }).click();
  await expect(page.getByLabel('Duration in minutes')).toHaveValue('50');
  await page.getByLabel('Note template').selectOption({ label: 'SOAP' });
  await page.getByRole('button', { name: 'Start session' }).click();

  const editor = page.getByRole('textbox', { name: 'Session note' });
  await expect(editor.getByRole('heading', { name: 'Subjective' })).toBeVisible();
  await expect(editor.getByRole('heading')).toHaveText(['Subjective', 'Objective', 'Assessment', 'Plan']);
  const text = 'Sleeps better since the last session; worried about her mother.';
  await editor.locator('p').first().click();
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  // The draft waits in the worklist.
  await nav.getByRole('link', { name: 'Unsigned notes' }).click();
  await expect(page.getByRole('row', { name: /Astrid Berg/ })).toContainText('Since today');
  await page.goBack();
  await expect(editor).toContainText(text);

  // The session's details change without touching the note.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: 'Session details' });
  await details.getByLabel('Duration in minutes').fill('45');
  await details.getByLabel('Setting').selectOption({ label: 'Video' });
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('45 min · Individual · Video · Attended · Template: SOAP')).toBeVisible();

  await page.reload();
  await expect(editor.locator('p').first()).toHaveText(text);
  await expect(editor.getByRole('heading')).toHaveCount(4);

  await page.getByRole('button', { name: 'Sign note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this note?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(editor).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: 'Sign note' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Delete draft' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeHidden();

  await page.getByRole('button', { name: 'Write an addendum' }).click();
  const addendumEditor = page.getByRole('textbox', { name: 'New addendum' });
  await addendumEditor.click();
  await page.keyboard.type('Correction: her sister, not her mother.');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  const addendum = page.getByRole('listitem').filter({ hasText: 'Correction: her sister' });
  await expect(addendum).toContainText(/Added \w{3} \d{1,2}, \d{4}/);
  await addendum.getByRole('button', { name: 'Sign addendum' }).click();
  await page
    .getByRole('dialog', { name: 'Sign this addendum?' })
    .getByRole('button', { name: 'Sign', exact: true })
    .click();
  await expect(addendum).toContainText('Signed');

  // Signed notes leave the worklist.
  await nav.getByRole('link', { name: 'Unsigned notes' }).click();
  await expect(page.getByRole('heading', { name: 'Every note is signed' })).toBeVisible();

  expect(problems).toEqual([]);
});
