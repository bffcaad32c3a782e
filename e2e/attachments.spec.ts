// Attachments: a PNG added to a client is kept in the vault and previewed from its bytes; a file
// of the wrong type is refused before anything is sent.
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test } from './fixtures/web-host';

// A 2x2 PNG, red and blue.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

test('a clinician attaches a scanned form to a client and previews it inside the app', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const created = await callThroughPage(page, 'clients.create', { name: 'Lars Holm' });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.value as { id: string };

  await page.goto(`${new URL(webHost.url).origin}/#/clients/${id}/attachments`);
  await expect(page.getByRole('heading', { level: 2, name: 'Attachments' })).toBeVisible();
  const fileInput = page.getByLabel('Add a file…');

  await fileInput.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(page.getByRole('alert')).toHaveText(
    'notes.txt was not added: Trygg keeps PDF, PNG and JPEG files only.',
  );

  await fileInput.setInputFiles({ name: 'consent.png', mimeType: 'image/png', buffer: PNG });
  const preview = page.getByRole('figure', { name: 'Preview of consent.png' });
  const image = preview.getByRole('img', { name: 'consent.png' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^blob:/);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);
  await expect(preview.getByRole('link', { name: 'Save a copy…' })).toHaveAttribute('download', 'consent.png');
  await expect(page.getByRole('button', { name: 'consent.png' })).toBeVisible();

  // The audit log records the addition.
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Attachment: created' })).toBeVisible();

  expect(problems).toEqual([]);
});
