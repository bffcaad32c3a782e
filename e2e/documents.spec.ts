// Documents: a PNG added to a client is kept in the vault and previewed from its bytes; a file
// of the wrong type is refused before anything is sent; a PDF is drawn page by page by pdf.js.
import type { Page } from '@playwright/test';
import { minimalPdf } from './fixtures/minimal-pdf';
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test, type WebHost } from './fixtures/web-host';

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

  await page.goto(`${new URL(webHost.url).origin}/#/clients/${id}/documents`);
  await expect(page.getByRole('heading', { level: 2, name: 'Documents' })).toBeVisible();
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
  await expect(page.getByRole('cell', { name: 'Document: created' })).toBeVisible();

  expect(problems).toEqual([]);
});

async function openDocumentsOfNewClient(page: Page, webHost: WebHost): Promise<void> {
  const created = await callThroughPage(page, 'clients.create', { name: 'Maja Berg' });
  if (!created.ok) throw new Error(created.error.message);
  const { id } = created.value as { id: string };
  await page.goto(`${new URL(webHost.url).origin}/#/clients/${id}/documents`);
  await expect(page.getByRole('heading', { level: 2, name: 'Documents' })).toBeVisible();
}

test('a PDF is previewed inside the app, drawn into a canvas without breaking the CSP', async ({ page, webHost }) => {
  // CSP violations reach the console as errors, so an empty list also means the worker was allowed.
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  await openDocumentsOfNewClient(page, webHost);

  const pdf = minimalPdf(['Consent to treatment', 'Signed by the client']);
  await page.getByLabel('Add a file…').setInputFiles({ name: 'consent.pdf', mimeType: 'application/pdf', buffer: pdf });
  const preview = page.getByRole('figure', { name: 'Preview of consent.pdf' });
  await expect(preview.getByText('Page 1 of 2')).toBeVisible();
  const pager = preview.getByRole('navigation', { name: 'Pages of consent.pdf' });
  await expect(pager.getByRole('button', { name: 'Previous page' })).toBeDisabled();

  const firstPage = preview.getByRole('img', { name: 'Page 1 of consent.pdf' });
  await expect(firstPage).toHaveAttribute('aria-busy', 'false');
  const size = await firstPage.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
  expect(size.width).toBeGreaterThan(0);
  expect(size.height).toBeGreaterThan(0);
  // Something was drawn: a blank page would be white throughout.
  const inked = await firstPage.evaluate((c: HTMLCanvasElement) => {
    const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    return pixels.some((value, i) => i % 4 !== 3 && value < 128);
  });
  expect(inked).toBe(true);

  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(preview.getByText('Page 2 of 2')).toBeVisible();
  await expect(preview.getByRole('img', { name: 'Page 2 of consent.pdf' })).toHaveAttribute('aria-busy', 'false');
  await expect(pager.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Previous page' }).click();
  await expect(preview.getByRole('img', { name: 'Page 1 of consent.pdf' })).toHaveAttribute('aria-busy', 'false');
  await expect(preview.getByRole('link', { name: 'Save a copy…' })).toHaveAttribute('download', 'consent.pdf');

  // A one-page file has nowhere to turn.
  await page.getByLabel('Add a file…').setInputFiles({
    name: 'referral.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(['Referral']),
  });
  const single = page.getByRole('figure', { name: 'Preview of referral.pdf' });
  await expect(single.getByText('Page 1 of 1')).toBeVisible();
  const singlePage = single.getByRole('img', { name: 'Page 1 of referral.pdf' });
  await expect(singlePage).toHaveAttribute('aria-busy', 'false');
  const box = await singlePage.boundingBox();
  expect(box?.width).toBeGreaterThan(0);
  expect(box?.height).toBeGreaterThan(0);
  await expect(single.getByRole('button', { name: 'Next page' })).toBeDisabled();

  // A damaged file (cut off after its header) is named as such in plain words, not shown blank.
  await page.getByLabel('Add a file…').setInputFiles({
    name: 'damaged.pdf',
    mimeType: 'application/pdf',
    buffer: pdf.subarray(0, 40),
  });
  await expect(page.getByRole('figure', { name: 'Preview of damaged.pdf' }).getByRole('alert')).toHaveText(
    /could not read this PDF/,
  );

  expect(problems).toEqual([]);
});

test('a PDF opened while the one before is still being read is shown, not called unreadable', async ({
  page,
  webHost,
}) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  await openDocumentsOfNewClient(page, webHost);
  await page.getByLabel('Add a file…').setInputFiles({
    name: 'referral.pdf',
    mimeType: 'application/pdf',
    buffer: minimalPdf(['Referral']),
  });
  await expect(page.getByRole('figure', { name: 'Preview of referral.pdf' }).getByText('Page 1 of 1')).toBeVisible();

  // A large file without a cross-reference table: pdf.js reads it whole to rebuild one, and its
  // worker is busy for a while. The clinician turns to the other file meanwhile.
  const large = Buffer.concat([
    Buffer.from('%PDF-1.4\n'),
    Buffer.alloc(16 * 1024 * 1024, '1 0 obj << /A [1 2 3] >> endobj\n'),
  ]);
  await page.getByLabel('Add a file…').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: large });
  const scan = page.getByRole('figure', { name: 'Preview of scan.pdf' });
  await expect(scan.getByRole('status')).toHaveText('Opening the file…');
  await page.getByRole('button', { name: 'referral.pdf' }).click();
  const referral = page.getByRole('figure', { name: 'Preview of referral.pdf' });
  await expect(referral.getByText('Page 1 of 1')).toBeVisible();
  await expect(referral.getByRole('alert')).toHaveCount(0);
  expect(problems).toEqual([]);
});
