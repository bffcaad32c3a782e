import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCore } from '../../electron/core';
import { docToPlainText } from '../../shared/notes/plain-text';
import { longNote } from './corpus';
import { ms, percentile, timeEach, type Row } from './stats';

const PASSPHRASE = 'correct horse battery staple fjord';

async function call<T>(core: ReturnType<typeof createCore>, method: string, input: unknown): Promise<T> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/**
 * Saving a 10,000-word note and listing 2,000 clients through the real door (validation,
 * encryption, audit), against the same writes and reads on a plain SQLite file in the same run.
 */
export async function benchNotes(rounds = 30): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'trygg-bench-notes-'));
  try {
    const core = createCore({ dataDir: dir });
    await call(core, 'vault.create', { passphrase: PASSPHRASE });
    const client = await call<{ id: string }>(core, 'clients.create', { name: 'Benchmark Klient' });
    const session = await call<{ id: string; revision: number }>(core, 'sessions.create', { clientId: client.id });
    const doc = longNote(10_000);
    let revision = session.revision;
    const save = await timeEach(rounds, async () => {
      revision = (await call<{ revision: number }>(core, 'sessions.saveNote', { id: session.id, doc, revision }))
        .revision;
    });

    for (let i = 0; i < 2_000; i++) {
      await call(core, 'clients.create', {
        name: `Klient ${String(i).padStart(4, '0')}`,
        pseudonym: `K${i}`,
        tags: ['benchmark'],
      });
    }
    const list = await timeEach(rounds, () => call(core, 'clients.list', { sort: 'name' }));
    core.close();

    const plain = new Database(join(dir, 'plain.sqlite'));
    plain.pragma('journal_mode = WAL');
    plain.pragma('synchronous = FULL');
    plain.exec(
      'CREATE TABLE notes (id INTEGER PRIMARY KEY, doc TEXT, text TEXT); INSERT INTO notes VALUES (1, NULL, NULL)',
    );
    plain.exec('CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, pseudonym TEXT, tags TEXT)');
    const update = plain.prepare('UPDATE notes SET doc = ?, text = ? WHERE id = 1');
    const rawSave = await timeEach(rounds, () => update.run(JSON.stringify(doc), docToPlainText(doc)));
    const insert = plain.prepare('INSERT INTO clients (name, pseudonym, tags) VALUES (?, ?, ?)');
    plain.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run(`Klient ${i}`, `K${i}`, '["benchmark"]');
    })();
    const select = plain.prepare('SELECT * FROM clients ORDER BY name');
    const rawList = await timeEach(rounds, () => select.all());
    plain.close();

    const row = (benchmark: string, samples: number[], base: number[], target?: string): Row => ({
      benchmark,
      figure: `${ms(percentile(samples, 50))} / ${ms(percentile(samples, 95))}`,
      baseline: `plain SQLite ${ms(percentile(base, 50))}`,
      ratio: `${(percentile(samples, 50) / percentile(base, 50)).toFixed(1)}x`,
      ...(target ? { target } : {}),
    });
    return [
      row('save a 10,000-word note in core (p50 / p95)', save, rawSave),
      row('list 2,000 clients (p50 / p95)', list, rawList),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
