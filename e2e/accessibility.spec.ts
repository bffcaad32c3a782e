// Issue 8's acceptance: axe reports no serious or critical violation on any screen of a vault
// filled with demo data, in the light theme and in the dark one.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateClients, generateNotes } from '../scripts/demo/corpus-generator';
import { PASSPHRASE } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

/** Screenshots for a person to look at, when asked for: A11Y_SHOTS=/tmp/shots npx playwright test … */
const SHOTS = process.env.A11Y_SHOTS;

// A 2x2 PNG, for the documents tab.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

async function value<T>(promise: ReturnType<typeof callThroughPage>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

interface Demo {
  clientId: string;
  draftId: string;
  signedId: string;
  word: string;
}

/**
 * The demo vault's clients and notes (scripts/demo's generator, the corpus texts), written through
 * the page's own RPC: older notes signed, one with a signed and an unsigned addendum, a recent
 * draft, a document, and a practice template.
 */
async function populateDemo(page: Page): Promise<Demo> {
  const clients = generateClients(6);
  const ids: string[] = [];
  for (const [i, client] of clients.entries()) {
    const created = await value<{ id: string }>(
      callThroughPage(page, 'clients.create', {
        name: client.name,
        pseudonym: client.pseudonym,
        tags: client.tags,
        status: i === 4 ? 'paused' : i === 5 ? 'ended' : 'active',
        presentingProblems: 'Uro, søvnvansker og et anstrengt forhold til familien.',
      }),
    );
    ids.push(created.id);
  }
  const sessions: { id: string; clientId: string }[] = [];
  for (const note of generateNotes(30, clients.length, 120)) {
    const clientId = ids[note.clientIndex] as string;
    const created = await value<{ id: string }>(
      callThroughPage(page, 'sessions.create', { clientId, startsAt: note.startsAt, doc: note.doc }),
    );
    sessions.push({ id: created.id, clientId });
  }
  const clientId = ids[0] as string;
  const own = sessions.filter((s) => s.clientId === clientId);
  // Sign all but the newest note of every client, as a practice would.
  const newest = new Set(ids.map((id) => sessions.filter((s) => s.clientId === id).at(-1)?.id));
  for (const s of sessions) if (!newest.has(s.id)) await value(callThroughPage(page, 'sessions.sign', { id: s.id }));

  const signed = own[0] ?? (await value<{ id: string }>(callThroughPage(page, 'sessions.create', { clientId })));
  if (newest.has(signed.id)) await value(callThroughPage(page, 'sessions.sign', { id: signed.id }));
  const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
  const first = await value<{ id: string }>(
    callThroughPage(page, 'sessions.addAddendum', {
      id: signed.id,
      doc: { type: 'doc', content: [paragraph('Rettelse: søsteren, ikke broren, var med til timen.')] },
    }),
  );
  await value(callThroughPage(page, 'sessions.signAddendum', { id: first.id }));
  await value(
    callThroughPage(page, 'sessions.addAddendum', {
      id: signed.id,
      doc: { type: 'doc', content: [paragraph('Tillegg: avtalt ny time om to uker.')] },
    }),
  );
  const draft = await value<{ id: string }>(
    callThroughPage(page, 'sessions.create', {
      clientId,
      doc: { type: 'doc', content: [paragraph('Et tydelig alliansebrudd da hun kom for sent; vi snakket om det.')] },
    }),
  );
  await value(
    callThroughPage(page, 'documents.add', {
      clientId,
      fileName: 'samtykke.png',
      mimeType: 'image/png',
      dataBase64: PNG_BASE64,
    }),
  );
  await value(
    callThroughPage(page, 'templates.save', {
      name: 'Første samtale',
      doc: {
        type: 'doc',
        content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Henvisning' }] }],
      },
    }),
  );
  return { clientId, draftId: draft.id, signedId: signed.id, word: 'alliansebrudd' };
}

/** Runs axe on what is on screen and fails with a readable list of serious or critical findings. */
async function expectNoSeriousViolations(page: Page, screen: string, theme: Theme): Promise<void> {
  // Let the lazy views finish loading, so axe sees the screen a person sees.
  await expect(page.locator('[role="status"].loading')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${theme}-${screen}.png`, fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`),
    }));
  expect(serious, `${screen} (${theme})`).toEqual([]);
}

for (const theme of THEMES) {
  test(`every screen of the demo vault passes axe in the ${theme} theme`, async ({ page, webHost }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    const origin = new URL(webHost.url).origin;
    const go = async (route: string) => {
      await page.goto(`${origin}/#${route}`);
      await expect(page.locator('h1')).toBeVisible();
    };

    // Before any vault: the create screen.
    await page.goto(webHost.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('short');
    await expectNoSeriousViolations(page, 'create', theme);

    expect((await callThroughPage(page, 'vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    await value(callThroughPage(page, 'settings.update', { theme }));
    const demo = await populateDemo(page);
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    await go('/clients');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousViolations(page, 'clients', theme);

    await go(`/clients/${demo.clientId}`);
    await expect(page.locator('.session-item').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'client-sessions', theme);
    await go(`/clients/${demo.clientId}/documents`);
    await expect(page.getByRole('button', { name: 'samtykke.png' })).toBeVisible();
    await expectNoSeriousViolations(page, 'client-documents', theme);
    await go(`/clients/${demo.clientId}/audit`);
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousViolations(page, 'client-audit', theme);

    await go(`/sessions/${demo.draftId}`);
    await expect(page.getByRole('textbox', { name: 'Session note' })).toBeVisible();
    await expectNoSeriousViolations(page, 'session-draft', theme);
    await go(`/sessions/${demo.signedId}`);
    await expect(page.getByRole('button', { name: 'Sign addendum' })).toBeVisible();
    await expectNoSeriousViolations(page, 'session-signed', theme);

    await go('/clients/new');
    await page.getByRole('button', { name: 'Create client' }).click();
    await expect(page.getByText('Enter the client’s name.')).toBeVisible();
    await expectNoSeriousViolations(page, 'client-new', theme);
    await go(`/clients/${demo.clientId}/edit`);
    await expectNoSeriousViolations(page, 'client-edit', theme);
    await page.getByRole('button', { name: 'Erase record…' }).click();
    const erase = page.getByRole('dialog', { name: 'Erase this record for good?' });
    await erase.getByLabel('Erase it now on a legal reason').check();
    await expectNoSeriousViolations(page, 'erase-dialog', theme);
    await erase.getByRole('button', { name: 'Cancel' }).click();
    await go('/retention');
    await expect(page.getByRole('heading', { level: 2, name: 'Erasures' })).toBeVisible();
    await expectNoSeriousViolations(page, 'retention', theme);
    await go(`/clients/${demo.clientId}/sessions/new`);
    await expectNoSeriousViolations(page, 'session-new', theme);

    await go('/unsigned');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoSeriousViolations(page, 'unsigned', theme);

    await go(`/search?q=${demo.word}`);
    await expect(page.getByRole('heading', { name: /result/ })).toBeVisible();
    await expectNoSeriousViolations(page, 'search', theme);

    await go('/clients');
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Search your records' });
    await palette.getByRole('combobox').fill('brudd');
    await expect(palette.getByRole('option').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'palette', theme);
    // The first Escape empties the search field (the browser's own), the next closes the palette.
    await expect(async () => {
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden({ timeout: 500 });
    }).toPass();

    await go('/settings');
    await expect(page.getByRole('listitem').filter({ hasText: 'Første samtale' })).toBeVisible();
    await expectNoSeriousViolations(page, 'settings', theme);

    // Locked: the unlock screen, with a wrong passphrase's message on it.
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousViolations(page, 'unlock', theme);
  });
}
