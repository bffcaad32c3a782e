// Issue 11's journey in Chromium against the web host: a client with signed notes and a draft,
// addenda, a formulation, two attachment hypotheses, alliance ratings and a resolved rupture; the
// case summary at its own address, printed to PDF by Chromium, read back with pdftotext: every
// section with its data, the page furniture on every page, the draft marked in words, and in
// pseudonym mode neither the real name nor the contact details anywhere in the file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

async function value<T>(promise: ReturnType<typeof callThroughPage>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const doc = (...texts: string[]) => ({
  type: 'doc' as const,
  content: texts.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
});

const CLIENT = {
  name: 'Ingrid Holmsen',
  pseudonym: 'IH-3',
  email: 'ingrid.holmsen@example.no',
  phone: '+47 912 34 567',
  address: 'Storgata 17, 0184 Oslo',
  dateOfBirth: '1988-05-14',
};

/** Everything the summary shows, written through the page's own door. */
async function setUpRecord(page: Page): Promise<string> {
  await value(callThroughPage(page, 'settings.update', { practiceName: 'Fjordklinikken' }));
  const client = await value<{ id: string }>(
    callThroughPage(page, 'clients.create', { ...CLIENT, treatmentStart: '2026-02-01' }),
  );
  const session = async (startsAt: string, text: string, sign: boolean) => {
    const s = await value<{ id: string }>(
      callThroughPage(page, 'sessions.create', { clientId: client.id, startsAt, doc: doc(text) }),
    );
    if (sign) await value(callThroughPage(page, 'sessions.sign', { id: s.id }));
    return s.id;
  };
  const first = await session(
    '2026-02-03T09:00:00.000Z',
    'First session: low mood since the move, trouble sleeping.',
    true,
  );
  const second = await session(
    '2026-03-10T09:00:00.000Z',
    'She went quiet when the homework came up and changed the subject.',
    true,
  );
  await session('2026-04-14T09:00:00.000Z', 'Unfinished draft about the visit to her mother.', false);
  const addendum = await value<{ id: string }>(
    callThroughPage(page, 'sessions.addAddendum', {
      id: first,
      doc: doc('Addendum: the referral letter arrived after the session.'),
    }),
  );
  await value(callThroughPage(page, 'sessions.signAddendum', { id: addendum.id }));

  await value(
    callThroughPage(page, 'formulations.save', {
      clientId: client.id,
      revision: 0,
      sections: {
        presentingProblems: doc('Low mood and poor sleep since moving to Oslo.'),
        plan: doc('Weekly sessions for twelve weeks, then review.'),
      },
    }),
  );
  await value(
    callThroughPage(page, 'hypotheses.create', {
      clientId: client.id,
      date: '2026-02-10',
      anxiety: 5.5,
      avoidance: 2,
      pattern: 'anxious',
      confidence: 'low',
      status: 'revised',
    }),
  );
  await value(
    callThroughPage(page, 'hypotheses.create', {
      clientId: client.id,
      date: '2026-04-01',
      anxiety: 3.5,
      avoidance: 2.5,
      pattern: 'secure',
      confidence: 'moderate',
      rationale: doc('She asks for help more readily and tolerates waiting.'),
    }),
  );
  for (const [sessionId, rating] of [
    [first, 5],
    [second, 3],
  ] as const) {
    await value(callThroughPage(page, 'alliance.record', { sessionId, goal: rating, task: rating, bond: rating }));
  }
  const rupture = await value<{ id: string }>(
    callThroughPage(page, 'ruptures.create', {
      sessionId: second,
      type: 'withdrawal',
      intensity: 3,
      markers: ['wd.storytelling'],
    }),
  );
  await value(
    callThroughPage(page, 'ruptures.update', { id: rupture.id, outcome: 'resolved', resolvedSessionId: second }),
  );
  return client.id;
}

/** Where to keep each PDF made, to look at them (TRYGG_KEEP_PDF=<folder>); otherwise they are thrown away. */
const KEEP = process.env.TRYGG_KEEP_PDF;
let made = 0;

/** The summary at an address, laid out by Chromium as a PDF, and its text page by page. */
async function printToText(page: Page, address: string, format: 'A4' | 'Letter' = 'A4'): Promise<string[]> {
  // A fresh load each time (the token stays in the tab's sessionStorage), so no summary of an
  // earlier address is still on screen, and settings changed through the door are read anew.
  await page.goto('about:blank');
  await page.goto(address);
  await expect(page.locator('article.case-summary[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, format });
  const dir = mkdtempSync(join(tmpdir(), 'trygg-summary-'));
  try {
    writeFileSync(join(dir, 'summary.pdf'), pdf);
    if (KEEP) writeFileSync(join(KEEP, `summary-${++made}.pdf`), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'summary.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').filter((p) => p.trim() !== '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext lays text out in columns and wraps it as the page did; squeezed whitespace makes phrases searchable. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

test('a case summary with every section prints to PDF with its furniture, and pseudonymously without the name', async ({
  page,
  webHost,
}) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const clientId = await setUpRecord(page);
  const origin = new URL(webHost.url).origin;

  // Reached from the client's page.
  await page.goto(`${origin}/#/clients/${clientId}`);
  await page.getByRole('link', { name: 'Case summary' }).click();
  await expect(page).toHaveURL(new RegExp(`#/clients/${clientId}/summary$`));
  await expect(page.locator('article.case-summary[data-ready="true"]')).toBeVisible();

  // By name, with contact details.
  const pages = await printToText(page, `${origin}/#/clients/${clientId}/summary?names=name&contact=1`);
  const all = squeeze(pages.join('\n'));
  const n = pages.length;
  expect(n).toBeGreaterThan(1);
  expect(squeeze(pages[0] ?? '')).toContain(`Page 1 of ${n}`);
  expect(squeeze(pages[n - 1] ?? '')).toContain(`Page ${n} of ${n}`);
  for (const [i, text] of pages.entries()) {
    const p = squeeze(text);
    expect(p, `page ${i + 1}`).toContain('CONFIDENTIAL');
    expect(p, `page ${i + 1}`).toContain(CLIENT.name);
    expect(p, `page ${i + 1}`).toMatch(/Printed \w{3} \d{1,2}, \d{4}/);
    expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${n}`);
  }
  // Identity, period and practitioner.
  for (const text of [
    CLIENT.email,
    CLIENT.phone,
    CLIENT.address,
    'Fjordklinikken',
    'Sessions from Feb 3, 2026 to Apr 14, 2026',
  ]) {
    expect(all).toContain(text);
  }
  // The formulation, read-only.
  expect(all).toContain('Case formulation');
  expect(all).toContain('Low mood and poor sleep since moving to Oslo.');
  expect(all).toContain('Weekly sessions for twelve weeks, then review.');
  // The current hypothesis, its plane and trajectory (the table of points lists both).
  expect(all).toContain('Current hypothesis (Apr 1, 2026): secure');
  expect(all).toContain('She asks for help more readily and tolerates waiting.');
  // Its facts, three to a row (the PDF's text gives a row's terms, then their values).
  expect(all).toContain('Attachment anxiety Attachment avoidance Quadrant 3.5 2.5 Secure');
  expect(all).toContain('Confidence Status Where the pattern shows Moderate Working None noted');
  expect(all).toMatch(/Feb 10, 2026 5\.5 2 Preoccupied/);
  expect(all).toMatch(/Apr 1, 2026 \(current\) 3\.5 2\.5 Secure/);
  // The alliance over time and the rupture history.
  expect(all).toContain('Alliance over time');
  expect(all).toContain('Ruptures and repair');
  expect(all).toMatch(/Mar 10, 2026 Withdrawal, 3 \(/);
  expect(all).toContain('Markers: Tells long stories or changes the subject');
  expect(all).toContain('Resolved (Mar 10,');
  expect(all).toContain('1 of 1 (100 %)');
  // Sessions with their notes and addenda; the draft marked in words.
  expect(all).toContain('First session: low mood since the move, trouble sleeping.');
  expect(all).toContain('Addendum: the referral letter arrived after the session.');
  expect(all).toContain('Unfinished draft about the visit to her mother.');
  expect(all.match(/Draft — not signed/g)).toHaveLength(1);
  expect(all.match(/Signed \w{3} \d{1,2}, \d{4}/g)?.length).toBe(3);

  // Letter paper lays it out again, the furniture with it.
  const letter = await printToText(page, `${origin}/#/clients/${clientId}/summary?names=name&paper=letter`, 'Letter');
  expect(squeeze(letter[0] ?? '')).toContain(`Page 1 of ${letter.length}`);

  // Pseudonymous (the practice's default when it shows pseudonyms): no name, no contact details.
  await value(callThroughPage(page, 'settings.update', { showPseudonym: true }));
  const pseudonymous = squeeze(
    (await printToText(page, `${origin}/#/clients/${clientId}/summary?contact=1`)).join('\n'),
  );
  expect(pseudonymous).toContain('IH-3');
  for (const secret of ['Ingrid', 'Holmsen', CLIENT.email, CLIENT.phone, 'Storgata', '1988']) {
    expect(pseudonymous).not.toContain(secret);
  }
  await expect(page.getByText('Ingrid')).toHaveCount(0);

  // In the interface's language: Danish words on the page furniture and the draft.
  await value(callThroughPage(page, 'settings.update', { language: 'da' }));
  const danish = await printToText(page, `${origin}/#/clients/${clientId}/summary?sections=sessions`);
  expect(squeeze(danish[0] ?? '')).toContain(`Side 1 af ${danish.length}`);
  expect(squeeze(danish[0] ?? '')).toContain('FORTROLIGT');
  expect(squeeze(danish.join('\n'))).toContain('Kladde — ikke signeret');
  expect(squeeze(danish.join('\n'))).not.toContain('Sagsformulering');

  expect(problems).toEqual([]);
});

test('printing is written to the audit log with the options', async ({ page, webHost }) => {
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const client = await value<{ id: string }>(
    callThroughPage(page, 'clients.create', { name: 'Per Berg', pseudonym: 'PB-1' }),
  );
  await page.goto(`${new URL(webHost.url).origin}/#/clients/${client.id}/summary?notes=excerpts&names=pseudonym`);
  await expect(page.locator('article.case-summary[data-ready="true"]')).toBeVisible();
  // The browser's print dialog cannot be answered from a test: stand in for it.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Print…' }).click();
  await expect
    .poll(async () => {
      const log = await value<{ entries: Array<{ action: string; detail: string }> }>(
        callThroughPage(page, 'audit.list', { clientId: client.id }),
      );
      return log.entries.find((e) => e.action === 'print')?.detail ?? '';
    })
    .toContain('notes=excerpts names=pseudonym');
  expect(problems).toEqual([]);
});
