import { expect, it } from 'vitest';
import { testCore } from '../../tests/support/core-client';
import { useTempDirs } from '../../tests/support/temp-dir';
import { generateClients, generateNotes } from './corpus-generator';
import { populateVault } from './populate';

const tempDir = useTempDirs();

it('makes the same fictional corpus for the same seed, in all four languages', () => {
  const a = [...generateNotes(60, 5)];
  const b = [...generateNotes(60, 5)];
  expect(a).toEqual(b);
  expect(new Set(a.map((n) => n.language))).toEqual(new Set(['da', 'nb', 'sv', 'en']));
  expect([...generateNotes(60, 5, 300, 99)]).not.toEqual(a);
  expect(generateClients(10)).toEqual(generateClients(10));
  const dates = a.map((n) => n.startsAt);
  expect([...dates].sort()).toEqual(dates);
});

it('fills a vault that opens with its passphrase and can be searched', async () => {
  const dir = tempDir();
  populateVault(dir, 'demo lantern otter quarry meadow', { clients: 4, notes: 120 });
  const c = testCore(dir);
  try {
    await c.ok('vault.unlock', { passphrase: 'demo lantern otter quarry meadow' });
    expect(await c.ok('clients.list', {})).toHaveLength(4);
    const found = await c.ok('search.query', { q: 'tilknytning OR anknytning OR alliance', kinds: ['note'] });
    expect(found.total).toBeGreaterThan(10);
    expect(await c.ok('search.check')).toEqual({ ok: true, problems: [] });
  } finally {
    c.close();
  }
});
