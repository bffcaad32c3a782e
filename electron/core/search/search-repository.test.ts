import { join } from 'node:path';
import { expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { openKeyed } from '../vault/sqlcipher';
import { VAULT_FILE } from '../vault/vault-service';
import { SearchRepository } from './search-repository';

const tempDir = useTempDirs();
const NO_FILTERS = { clientId: null, from: null, until: null };

it('ranks a common word among its most recent matches only, and still counts every match', async () => {
  const dir = tempDir();
  const c = testCore(dir);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Vindu Test' });
  // The oldest note is the best match by far; four newer ones mention the word once.
  const texts = [
    'Søvn søvn søvn søvn. Hun snakket bare om søvn.',
    'Litt om søvn, mest om arbeid og familie og venner.',
    'Om søvn en gang, ellers om en reise og et bryllup.',
    'Søvn ble nevnt kort, samtalen handlet om moren.',
    'Hun nevnte søvn til slutt, etter lang tid om jobben.',
  ];
  for (const text of texts) await c.ok('sessions.create', { clientId: client.id, doc: noteDoc(text) });
  await c.ok('vault.lock');
  c.close();

  const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
  try {
    const seqOf = db.prepare('SELECT seq FROM sessions WHERE note_text LIKE ?').pluck();
    const oldest = seqOf.get('Søvn søvn%') as number;
    const all = new SearchRepository(db).top('note', '"søvn"', null, NO_FILTERS, 5);
    expect(all[0]?.seq).toBe(oldest);
    // With a window of three, only the three newest notes are ranked: the oldest is not among them.
    const windowed = new SearchRepository(db, 3).top('note', '"søvn"', null, NO_FILTERS, 2);
    expect(windowed).toHaveLength(2);
    const newestThree = db.prepare('SELECT seq FROM sessions ORDER BY seq DESC LIMIT 3').pluck().all();
    for (const row of windowed) expect(newestThree).toContain(row.seq);
    // Ranked by bm25 inside the window, best first.
    expect(windowed[0]!.rank).toBeLessThanOrEqual(windowed[1]!.rank);
    const repo = new SearchRepository(db, 3);
    expect(repo.sum([repo.countStatement('note', '"søvn"', NO_FILTERS, false)])).toBe(5);
  } finally {
    db.close();
  }
});
