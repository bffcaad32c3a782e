import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { noteDoc } from '../../../tests/support/fixtures';
import { decryptEverything } from '../../../tests/support/sqlcipher4-pages';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { UNDO_DELETE_MS } from '../sessions/session-service';
import { VAULT_FILE } from './vault-service';

const tempDir = useTempDirs();

// Words found nowhere else, so any trace of them in any page shows. The full-text index keeps
// words folded to lower case, each after the letters it shares with the word before it: the
// traces looked for are the lower-case endings, which every copy of a word holds.
const DELETED = ['Qzxwvmorgendis', 'Jqpfxkirsebaer'];
const OVERWRITTEN = ['Vqzxplumbagoen', 'Wxqjfinkelhus'];
const KEPT = 'Lindetreetsvej';
const traces = (word: string) => [word, word.toLowerCase().slice(-9)];

function readable(dir: string): string {
  const vault = readFileSync(join(dir, VAULT_FILE));
  const walPath = join(dir, `${VAULT_FILE}-wal`);
  const wal = existsSync(walPath) ? readFileSync(walPath) : undefined;
  return decryptEverything(vault, STRONG_PASSPHRASE, wal).toString('latin1');
}

it.each([
  ['', false],
  [', after the search index was rebuilt', true],
])(
  'leaves no word of a deleted draft or of overwritten note text in any page of the vault or its WAL%s',
  async (_, rebuild) => {
    let now = new Date('2026-05-01T09:00:00.000Z');
    const dir = tempDir();
    const c = testCore(dir, () => now);
    await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
    const client = await c.ok('clients.create', { name: 'Sletning Klient' });
    if (rebuild) await c.ok('search.rebuild', {});
    const doomed = await c.ok('sessions.create', {
      clientId: client.id,
      doc: noteDoc(`Hun fortalte om ${DELETED[0]} og ${DELETED[1]}.`),
    });
    const kept = await c.ok('sessions.create', {
      clientId: client.id,
      doc: noteDoc(`Først: ${OVERWRITTEN[0]} og ${OVERWRITTEN[1]}.`),
    });
    await c.ok('sessions.saveNote', {
      id: kept.id,
      doc: noteDoc(`Rettet: ${KEPT} står tilbage.`),
      revision: kept.revision,
    });
    await c.ok('sessions.delete', { id: doomed.id });
    // The undo time passes; the next deletion erases the draft for good.
    now = new Date(now.getTime() + UNDO_DELETE_MS + 1_000);
    const other = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('En kort kladde.') });
    await c.ok('sessions.delete', { id: other.id });
    expect((await c.ok('search.query', { q: DELETED[0]! })).total).toBe(0);

    const unlocked = readable(dir);
    expect(unlocked).toContain(KEPT);
    for (const word of [...DELETED, ...OVERWRITTEN].flatMap(traces))
      expect(unlocked, `${word} while unlocked`).not.toContain(word);

    await c.ok('vault.lock');
    const locked = readable(dir);
    expect(locked).toContain(KEPT);
    for (const word of [...DELETED, ...OVERWRITTEN].flatMap(traces))
      expect(locked, `${word} after locking`).not.toContain(word);
    c.close();
  },
);
