import { expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { queryPlan } from '../../../tests/support/query-plan';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { CLIENT_FIGURES_SQL } from '../sessions/session-repository';

const tempDir = useTempDirs();

it('lists each client with the last session and the unsigned notes, deleted drafts left out', async () => {
  const dir = tempDir();
  const c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const busy = await c.ok('clients.create', { name: 'Travel Klient' });
  const quiet = await c.ok('clients.create', { name: 'Stille Klient' });
  const at = (day: string) => `2026-05-${day}T10:00:00.000Z`;
  const signed = await c.ok('sessions.create', { clientId: busy.id, startsAt: at('01'), doc: noteDoc('Første.') });
  await c.ok('sessions.sign', { id: signed.id });
  await c.ok('sessions.create', { clientId: busy.id, startsAt: at('08'), doc: noteDoc('Andre, usignert.') });
  const deleted = await c.ok('sessions.create', {
    clientId: busy.id,
    startsAt: at('15'),
    doc: noteDoc('Slettet kladd.'),
  });
  await c.ok('sessions.delete', { id: deleted.id });

  const list = await c.ok('clients.list', { sort: 'name' });
  expect(list.find((x) => x.id === busy.id)).toMatchObject({ lastSessionAt: at('08'), unsignedNotes: 1 });
  expect(list.find((x) => x.id === quiet.id)).toMatchObject({ lastSessionAt: null, unsignedNotes: 0 });

  await c.ok('sessions.restore', { id: deleted.id });
  const again = await c.ok('clients.list', { sort: 'name' });
  expect(again.find((x) => x.id === busy.id)).toMatchObject({ lastSessionAt: at('15'), unsignedNotes: 2 });
  c.close();
});

it('reads those figures from indexes, never by scanning the session rows (which carry the notes)', async () => {
  const dir = tempDir();
  const c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  c.close();
  const plan = queryPlan(dir, CLIENT_FIGURES_SQL, { clientId: 'x' });
  const onSessions = plan.filter((d) => /\bs\b/.test(d));
  expect(onSessions.length).toBeGreaterThan(0);
  for (const step of onSessions)
    expect(step).toMatch(/^SEARCH s USING (COVERING )?INDEX sessions_(live|unsigned)_by_client/);
});
