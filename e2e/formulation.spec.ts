// Issue 9's journey in Chromium against the web host: a case formulation written, recorded as a
// version, revised and compared; two attachment hypotheses months apart; a passage of a signed
// note linked as evidence, drawn as a highlight without changing the note; the trajectory on the
// plane; everything still there after a reload. Then axe on the formulation and attachment screens.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openNewVault, watchForProblems } from './fixtures/open-vault';
import { callThroughPage } from './fixtures/page-rpc';
import { expect, test } from './fixtures/web-host';

async function value<T>(promise: ReturnType<typeof callThroughPage>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const PASSAGE = 'I would rather sort it out on my own than ask anyone';

/** A signed note long enough that its passage near the end must be scrolled to. */
function longNote() {
  const filler = Array.from({ length: 40 }, (_, i) =>
    paragraph(
      `Paragraph ${i + 1}: we talked about the week, work, sleep and the plans for the weekend in some detail.`,
    ),
  );
  return {
    type: 'doc' as const,
    content: [...filler, paragraph(`When her partner offered help she said: "${PASSAGE}", and changed the subject.`)],
  };
}

async function setUpClient(page: Page): Promise<{ clientId: string; sessionId: string }> {
  const client = await value<{ id: string }>(
    callThroughPage(page, 'clients.create', { name: 'Ingrid Holm', pseudonym: 'IH-3' }),
  );
  const session = await value<{ id: string }>(
    callThroughPage(page, 'sessions.create', {
      clientId: client.id,
      startsAt: '2026-02-03T09:00:00.000Z',
      doc: longNote(),
    }),
  );
  await value(callThroughPage(page, 'sessions.sign', { id: session.id }));
  return { clientId: client.id, sessionId: session.id };
}

/** Selects words in the note the way a reader's drag does: a DOM selection over the rendered text. */
async function selectInNote(page: Page, words: string): Promise<void> {
  await page.evaluate((target) => {
    const root = document.querySelector('section.note .note-prose');
    if (!root) throw new Error('no note on the page');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the note`);
  }, words);
}

test('a formulation revised over versions, two hypotheses and a passage of a signed note as evidence', async ({
  page,
  webHost,
}) => {
  test.setTimeout(120_000);
  const problems = watchForProblems(page);
  await openNewVault(page, webHost);
  const { clientId, sessionId } = await setUpClient(page);
  const signedDoc = (await value<{ doc: unknown }>(callThroughPage(page, 'sessions.get', { id: sessionId }))).doc;
  const origin = new URL(webHost.url).origin;

  // The formulation: written, recorded as a version, revised, compared.
  await page.goto(`${origin}/#/clients/${clientId}`);
  await page.getByRole('navigation', { name: 'Client record' }).getByRole('link', { name: 'Formulation' }).click();
  const problemsEditor = page.getByRole('textbox', { name: 'Presenting problems' });
  await problemsEditor.click();
  await page.keyboard.type('Low mood since the move and trouble sleeping.');
  await page.getByRole('textbox', { name: 'Plan' }).click();
  await page.keyboard.type('Weekly sessions.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.getByLabel('Name of this version').fill('after assessment');
  await page.getByRole('button', { name: 'Record this version' }).click();
  await expect(page.locator('.version-list')).toContainText('after assessment');

  await problemsEditor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Low mood since the move, and conflict with her partner.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.getByLabel('with', { exact: true }).selectOption({ label: 'The current text' });
  await page.getByRole('form', { name: 'Compare versions' }).getByRole('button', { name: 'Compare' }).click();
  const comparison = page.getByRole('region', { name: 'Comparison' });
  const presenting = comparison.getByRole('region', { name: 'Presenting problems' });
  await expect(presenting.locator('ins')).toContainText(['partner']);
  await expect(presenting.locator('del').first()).toContainText('trouble');
  await expect(presenting).toContainText('words added');
  await expect(comparison.getByRole('region', { name: 'Plan' })).toContainText('no changes');

  // Two hypotheses months apart: dismissing first, then closer to secure.
  await page.getByRole('navigation', { name: 'Client record' }).getByRole('link', { name: 'Attachment' }).click();
  await expect(page.getByText('No hypothesis yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New hypothesis' }).click();
  const form = page.getByRole('form', { name: 'New hypothesis' });
  await form.getByRole('button', { name: 'Save hypothesis' }).click();
  await expect(form.getByText('Choose the pattern you judge closest.')).toBeVisible();
  await form.getByLabel('Date').fill('2026-01-10');
  await form.getByLabel('Attachment anxiety').fill('2');
  await form.getByLabel('Attachment avoidance').fill('6');
  await expect(form.getByText('On the plane: Dismissing')).toBeVisible();
  await form.getByRole('radio', { name: 'avoidant', exact: true }).check();
  await form.getByRole('radio', { name: 'High' }).check();
  await form.getByRole('checkbox', { name: 'Partner' }).check();
  await form.getByRole('checkbox', { name: 'Values own independence' }).check();
  await form.getByRole('checkbox', { name: 'Uncomfortable being close to others' }).check();
  await form.getByRole('textbox', { name: 'Rationale' }).click();
  await page.keyboard.type('Keeps needs to herself and turns down help.');
  await form.getByRole('button', { name: 'Save hypothesis' }).click();
  await expect(page.getByRole('heading', { name: /^Hypothesis of .*: avoidant$/ })).toBeVisible();
  await expect(page.getByText('Values own independence')).toBeVisible();
  // Its facts: anxiety, avoidance, quadrant, pattern, confidence, status, contexts.
  await expect(page.locator('.hypothesis-detail dl').getByRole('definition')).toHaveText([
    '2',
    '6',
    'Dismissing',
    'avoidant',
    'High',
    /\w/,
    'Partner',
  ]);

  await page.getByRole('link', { name: 'New from current' }).click();
  const next = page.getByRole('form', { name: 'New hypothesis' });
  await expect(next.getByLabel('Attachment avoidance')).toHaveValue('6');
  await expect(next.getByRole('checkbox', { name: 'Values own independence' })).toBeChecked();
  await next.getByLabel('Date').fill('2026-05-12');
  await next.getByLabel('Attachment anxiety').fill('2.5');
  await next.getByLabel('Attachment avoidance').fill('3');
  await next.getByRole('radio', { name: 'secure', exact: true }).check();
  await next.getByRole('button', { name: 'Save hypothesis' }).click();
  await expect(page.getByRole('heading', { name: /^Hypothesis of .*: secure$/ })).toBeVisible();

  // A passage of the signed note, linked to the first (dismissing) hypothesis.
  await page.goto(`${origin}/#/sessions/${sessionId}`);
  await expect(page.getByRole('textbox', { name: 'Session note' })).toHaveAttribute('contenteditable', 'false');
  await selectInNote(page, PASSAGE);
  await page.getByRole('button', { name: 'Link as evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link this passage as evidence' });
  const dismissing = await dialog.locator('option', { hasText: 'avoidant (Dismissing)' }).getAttribute('value');
  await dialog.getByLabel('Evidence for').selectOption(dismissing ?? '');
  await dialog.getByLabel('Comment (optional)').fill('Declines help from her partner.');
  await dialog.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.passage-highlight')).toHaveText(PASSAGE);
  expect((await value<{ doc: unknown }>(callThroughPage(page, 'sessions.get', { id: sessionId }))).doc).toEqual(
    signedDoc,
  );

  // The plane, its table, and the passage listed beside the hypothesis it supports.
  await page.goto(`${origin}/#/clients/${clientId}/attachment`);
  const plane = page.getByRole('img', { name: 'The attachment plane' });
  await expect(plane).toBeVisible();
  await expect(plane.locator('.plane-step')).toHaveCount(1);
  await expect(plane.locator('.plane-point')).toHaveCount(2);
  await expect(plane.locator('.plane-current')).toHaveCount(1);
  const table = page.getByRole('table', { name: 'Every point on the plane' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('row').nth(1)).toContainText('Dismissing');
  await expect(table.getByRole('row').nth(2)).toContainText('Secure');
  await page.getByRole('link', { name: /: avoidant$/ }).click();
  const passage = page.locator('.evidence-item').filter({ hasText: PASSAGE });
  await expect(passage).toContainText('Declines help from her partner.');
  await passage.getByRole('link', { name: /^Session of / }).click();
  await expect(page).toHaveURL(/\/sessions\/.+\?evidence=/);
  const highlight = page.locator('.passage-highlight-active');
  await expect(highlight).toHaveText(PASSAGE);
  await expect(highlight).toBeInViewport();

  // Reload: everything is still there, and the signed note is as it was signed.
  await page.reload();
  await expect(page.locator('.passage-highlight-active')).toBeInViewport();
  await page.goto(`${origin}/#/clients/${clientId}/formulation`);
  await expect(page.getByRole('textbox', { name: 'Presenting problems' })).toHaveText(
    'Low mood since the move, and conflict with her partner.',
  );
  await expect(page.locator('.version-list')).toContainText('after assessment');
  await page.goto(`${origin}/#/clients/${clientId}/attachment`);
  await expect(page.getByRole('table', { name: 'Every point on the plane' }).getByRole('row')).toHaveCount(3);
  expect((await value<{ doc: unknown }>(callThroughPage(page, 'sessions.get', { id: sessionId }))).doc).toEqual(
    signedDoc,
  );
  expect(problems).toEqual([]);
});

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  await expect(page.locator('[role="status"].loading')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  expect(serious, screen).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`the formulation, the attachment screens and the plane pass axe (${theme})`, async ({ page, webHost }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    await openNewVault(page, webHost);
    await value(callThroughPage(page, 'settings.update', { theme }));
    const { clientId, sessionId } = await setUpClient(page);
    const saved = await value<{ revision: number }>(
      callThroughPage(page, 'formulations.save', {
        clientId,
        revision: 0,
        sections: { presentingProblems: { type: 'doc', content: [paragraph('Low mood and poor sleep.')] } },
      }),
    );
    expect(saved.revision).toBe(1);
    await value(callThroughPage(page, 'formulations.recordVersion', { clientId, name: 'after assessment' }));
    // Revised since, so the comparison below marks words added and removed.
    await value(
      callThroughPage(page, 'formulations.save', {
        clientId,
        revision: 1,
        sections: { presentingProblems: { type: 'doc', content: [paragraph('Low mood and worry at night.')] } },
      }),
    );
    const points = [
      { date: '2026-01-10', anxiety: 2, avoidance: 6, pattern: 'avoidant', status: 'revised' },
      { date: '2026-03-02', anxiety: 5, avoidance: 5.5, pattern: 'disorganized', status: 'setAside' },
      { date: '2026-05-12', anxiety: 2.5, avoidance: 3, pattern: 'secure', status: 'working' },
    ] as const;
    const ids: string[] = [];
    for (const p of points) {
      const h = await value<{ id: string }>(
        callThroughPage(page, 'hypotheses.create', { clientId, confidence: 'moderate', ...p }),
      );
      ids.push(h.id);
    }
    await value(
      callThroughPage(page, 'evidence.link', {
        sessionId,
        quote: { exact: PASSAGE },
        hypothesisId: ids[0] as string,
        comment: 'Declines help.',
      }),
    );
    const origin = new URL(webHost.url).origin;

    await page.goto(`${origin}/#/clients/${clientId}/formulation`);
    await expect(page.getByRole('textbox', { name: 'Presenting problems' })).toContainText('worry at night');
    await page.getByRole('button', { name: 'Compare' }).click();
    const revised = page
      .getByRole('region', { name: 'Comparison' })
      .getByRole('region', { name: 'Presenting problems' });
    await expect(revised.locator('ins').first()).toContainText('worry');
    await expect(revised.locator('del').first()).toContainText('poor');
    await expectNoSeriousViolations(page, `formulation (${theme})`);

    await page.goto(`${origin}/#/clients/${clientId}/attachment?hypothesis=${ids[0] as string}`);
    await expect(page.getByRole('img', { name: 'The attachment plane' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Every point on the plane' }).getByRole('row')).toHaveCount(4);
    await expect(page.locator('.evidence-item')).toContainText(PASSAGE);
    await expectNoSeriousViolations(page, `attachment (${theme})`);

    await page.goto(`${origin}/#/clients/${clientId}/attachment?new=1&from=${ids[2] as string}`);
    await expect(page.getByRole('form', { name: 'New hypothesis' })).toBeVisible();
    await expectNoSeriousViolations(page, `hypothesis form (${theme})`);

    await page.goto(`${origin}/#/sessions/${sessionId}?evidence=x`);
    await expect(page.locator('.passage-highlight')).toHaveText(PASSAGE);
    await selectInNote(page, 'talked about the week');
    await expect(page.getByRole('button', { name: 'Link as evidence' })).toBeVisible();
    await expectNoSeriousViolations(page, `session with evidence (${theme})`);
  });
}
