// Issue 11: a client's whole record leaves one practice as a download and arrives in another
// through the browser's file chooser, whole: the note still signed, its addendum and the
// document with it. The same archive again is offered as a copy; a changed one is refused in
// plain words. The web host's archive has no case summary PDF, and says so.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import type { Result } from '@shared/api/errors';
import { callThroughPage } from './fixtures/page-rpc';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { expect, test, type WebHost } from './fixtures/web-host';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const doc = (text: string) => ({ type: 'doc' as const, content: [paragraph(text)] });

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

/**
 * The other practice: a second web host on a data directory of its own, for this test only (the
 * webHost fixture gives one per test).
 */
async function anotherWebHost(): Promise<WebHost & { stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'trygg-e2e-other-'));
  const child = spawn(process.execPath, [resolve(__dirname, '..', 'out', 'main', 'web.js')], {
    cwd: resolve(__dirname, '..'),
    env: { ...process.env, TRYGG_DATA_DIR: dataDir, TRYGG_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = await new Promise<string>((done, fail) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Trygg is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(stdout);
      if (match?.[1]) done(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`The second web host exited (${code}) before printing its URL.`)));
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });
  return { url, dataDir, stop };
}

async function importThroughChooser(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a record…' }).click();
  await (await chooser).setFiles(file);
}

test('a client’s record is exported from one practice and imported, whole, into another', async ({
  page,
  webHost,
  browser,
}) => {
  const problems = watchForProblems(page);
  const work = mkdtempSync(join(tmpdir(), 'trygg-e2e-archive-'));
  const other = await anotherWebHost();
  try {
    await openNewVault(page, webHost);
    const client = await value<{ id: string }>(
      callThroughPage(page, 'clients.create', { name: 'Ingrid Dahl', pseudonym: 'ID-4' }),
    );
    const session = await value<{ id: string }>(
      callThroughPage(page, 'sessions.create', {
        clientId: client.id,
        startsAt: '2026-02-03T09:00:00.000Z',
        doc: doc('Hun talte om afstanden til søsteren.'),
      }),
    );
    await value(callThroughPage(page, 'sessions.sign', { id: session.id }));
    await value(callThroughPage(page, 'sessions.addAddendum', { id: session.id, doc: doc('Rettelse: kusinen.') }));
    await value(
      callThroughPage(page, 'documents.add', {
        clientId: client.id,
        fileName: 'consent.png',
        mimeType: 'image/png',
        dataBase64: PNG.toString('base64'),
      }),
    );

    // Out, as a download from the client's page.
    await page.goto(`${new URL(webHost.url).origin}/#/clients/${client.id}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export record…' }).click();
    const archive = join(work, (await download).suggestedFilename());
    expect((await download).suggestedFilename()).toMatch(/^ID-4-record-\d{4}-\d{2}-\d{2}\.zip$/);
    await (await download).saveAs(archive);
    const exported = page.getByRole('dialog', { name: 'Record exported' });
    await expect(exported).toContainText(`Downloaded as ${(await download).suggestedFilename()}`);
    // A browser cannot make the case summary's PDF: the dialog and the archive's manifest say so.
    await expect(exported).toContainText('The case summary is not in the archive as a PDF: a browser cannot make one.');
    const manifest = JSON.parse(
      Buffer.from(unzipSync(readFileSync(archive))['manifest.json'] as Uint8Array).toString(),
    ) as {
      files: Array<{ path: string }>;
      summaryPdf?: { included: boolean; note?: string };
    };
    expect(manifest.summaryPdf).toMatchObject({ included: false, note: expect.stringContaining('summary.pdf') });
    expect(manifest.files.map((f) => f.path)).not.toContain('summary.pdf');
    await exported.getByRole('button', { name: 'Close' }).click();
    await expect(exported).toBeHidden();

    // In, in the other practice, through the browser's file chooser.
    const otherPage = await browser.newPage({ locale: 'en-US' });
    const otherProblems = watchForProblems(otherPage);
    await openNewVault(otherPage, other);
    await otherPage.getByRole('link', { name: 'Clients' }).click();
    await importThroughChooser(otherPage, archive);
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Ingrid Dahl' })).toBeVisible();
    await expect(otherPage.locator('.session-item')).toHaveCount(1);
    await expect(otherPage.locator('.session-item .note-state')).toHaveText('Signed');
    await otherPage.locator('.session-link').click();
    await expect(otherPage.getByText('Hun talte om afstanden til søsteren.')).toBeVisible();
    await expect(otherPage.getByText('Rettelse: kusinen.')).toBeVisible();
    await otherPage.goBack();
    await otherPage.getByRole('link', { name: 'Documents' }).click();
    await expect(otherPage.getByRole('button', { name: 'consent.png' })).toBeVisible();

    // The same archive again: the same client is already here; a copy is offered, and taken.
    await otherPage.getByRole('link', { name: '← All clients' }).click();
    await importThroughChooser(otherPage, archive);
    const again = otherPage.getByRole('dialog', { name: 'This client is already here' });
    await expect(again).toContainText('You can import it again as a separate copy.');
    await again.getByRole('button', { name: 'Import as a copy' }).click();
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Ingrid Dahl' })).toBeVisible();
    await otherPage.getByRole('link', { name: '← All clients' }).click();
    await expect(otherPage.getByRole('link', { name: 'Ingrid Dahl' })).toHaveCount(2);

    // A changed archive: one byte of the record differs from what the manifest says.
    const files = unzipSync(readFileSync(archive));
    const record = files['record.json'] as Uint8Array;
    record[20] = (record[20] as number) ^ 1;
    const tampered = join(work, 'tampered.zip');
    writeFileSync(tampered, zipSync(files));
    await importThroughChooser(otherPage, tampered);
    const refused = otherPage.getByRole('dialog', { name: 'The record was not imported' });
    await expect(refused).toContainText(
      'The archive has been changed or damaged since it was exported, so nothing was imported.',
    );
    await expect(refused.getByRole('button', { name: 'Import as a copy' })).toHaveCount(0);
    await refused.getByRole('button', { name: 'Close' }).click();
    await expect(otherPage.getByRole('link', { name: 'Ingrid Dahl' })).toHaveCount(2);

    expect(problems).toEqual([]);
    expect(otherProblems).toEqual([]);
    await otherPage.close();
  } finally {
    await other.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
