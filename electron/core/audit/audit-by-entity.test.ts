import { expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { queryPlan } from '../../../tests/support/query-plan';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { LATEST_FOR_SQL } from './audit-repository';

const tempDir = useTempDirs();

it('logs a reading once per sitting: again after ten minutes, whatever was logged in between', async () => {
  let now = new Date('2026-03-02T10:00:00.000Z');
  const dir = tempDir();
  const c = testCore(dir, () => now);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  // Idle settings long enough that the jumps below do not lock the vault.
  await c.ok('settings.update', { idleLockMinutes: 60 });
  const client = await c.ok('clients.create', { name: 'Lese Klient' });
  const old = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('En gammel notat.') });
  const other = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Et annet notat.') });
  const logged = async () => (await c.ok('audit.list', { limit: 200 })).entries;
  const reads = async (entityId: string, action: string) =>
    (await logged()).filter((e) => e.entityId === entityId && e.action === action).length;

  now = new Date('2026-03-02T10:01:00.000Z');
  await c.ok('sessions.get', { id: old.id });
  await c.ok('search.query', { q: 'notat' });
  expect(await reads(old.id, 'read')).toBe(1);
  expect(await reads('search', 'search')).toBe(1);

  // Other records read and written meanwhile: the newest entry about this one is still found.
  now = new Date('2026-03-02T10:06:00.000Z');
  for (let i = 0; i < 30; i++) await c.ok('sessions.get', { id: other.id });
  await c.ok('clients.create', { name: 'Annen Klient' });
  await c.ok('sessions.get', { id: old.id });
  await c.ok('search.query', { q: 'gammel' });
  expect(await reads(old.id, 'read')).toBe(1);
  expect(await reads('search', 'search')).toBe(1);

  now = new Date('2026-03-02T10:11:30.000Z');
  await c.ok('sessions.get', { id: old.id });
  await c.ok('search.query', { q: 'notat' });
  expect(await reads(old.id, 'read')).toBe(2);
  expect(await reads('search', 'search')).toBe(2);
  c.close();
});

it('finds the newest entry about a record through an index, never by reading the log back to its start', async () => {
  const dir = tempDir();
  const c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  c.close();
  expect(queryPlan(dir, LATEST_FOR_SQL, 'x')).toEqual([
    expect.stringMatching(/^SEARCH audit_log USING INDEX audit_by_entity \(entity_id=\?\)$/),
  ]);
});
