import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { testCore } from '../../../tests/support/core-client';
import { PNG_1x1, noteDoc } from '../../../tests/support/fixtures';
import { STRONG_PASSPHRASE, useTempDirs } from '../../../tests/support/temp-dir';
import { MIGRATIONS, migrate } from './migrations';
import { applyConnectionPragmas, openKeyed, type Db } from './sqlcipher';
import { UNDO_DELETE_MS } from '../sessions/session-service';
import { VAULT_FILE } from './vault-service';

const tempDir = useTempDirs();

/**
 * Tables that refer to sessions without saying what happens to their rows when a deleted draft is
 * erased. Every area that keeps something per session joins the purge through its schema:
 * ON DELETE CASCADE (it goes with the draft) or SET NULL (it stays, unlinked).
 */
function tablesOutsideThePurge(db: Db): string[] {
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
  const outside: string[] = [];
  for (const table of tables) {
    const keys = db
      .prepare<[], { table: string; on_delete: string }>(`SELECT * FROM pragma_foreign_key_list('${table}')`)
      .all();
    if (keys.some((k) => k.table === 'sessions' && !['CASCADE', 'SET NULL'].includes(k.on_delete))) outside.push(table);
  }
  return outside;
}

function migratedDb(): Db {
  const db = openKeyed(join(tempDir(), 'p.trygg'), STRONG_PASSPHRASE, { create: true });
  applyConnectionPragmas(db);
  migrate(db);
  return db;
}

it('every table tied to sessions joins the purge of erased drafts', () => {
  const db = migratedDb();
  try {
    expect(tablesOutsideThePurge(db)).toEqual([]);
  } finally {
    db.close();
  }
});

it('a new table tied to sessions that does not join the purge is caught, and would break the purge', () => {
  const db = migratedDb();
  try {
    db.exec(
      `CREATE TABLE forgotten (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions (id)) STRICT`,
    );
    expect(tablesOutsideThePurge(db)).toEqual(['forgotten']);

    const at = '2025-01-01T00:00:00.000Z';
    db.prepare(`INSERT INTO clients (id, name, status, created_at, updated_at) VALUES ('c', 'X', 'active', ?, ?)`).run(
      at,
      at,
    );
    db.prepare(
      `INSERT INTO sessions (id, client_id, starts_at, duration_minutes, modality, setting, attendance, template,
         note_doc, note_text, deleted_at, created_at, updated_at)
       VALUES ('s', 'c', ?, 50, 'individual', 'inPerson', 'attended', 'free', '{}', '', ?, ?, ?)`,
    ).run(at, at, at, at);
    db.exec(`INSERT INTO forgotten (session_id) VALUES ('s')`);
    // The purge (sessions area) deletes erased drafts; the forgotten row stops it.
    expect(() => db.prepare('DELETE FROM sessions WHERE deleted_at IS NOT NULL').run()).toThrow(/FOREIGN KEY/);
  } finally {
    db.close();
  }
});

it('erasing a draft keeps its documents with the client, through the schema', async () => {
  let now = new Date('2026-02-01T10:00:00.000Z');
  const c = testCore(tempDir(), () => now);
  await c.ok('vault.create', { passphrase: STRONG_PASSPHRASE });
  const client = await c.ok('clients.create', { name: 'Purge Klient' });
  const draft = await c.ok('sessions.create', { clientId: client.id, doc: noteDoc('Kladd.') });
  await c.ok('documents.add', {
    clientId: client.id,
    sessionId: draft.id,
    fileName: 'skjema.png',
    mimeType: 'image/png',
    dataBase64: PNG_1x1.toString('base64'),
  });
  await c.ok('sessions.delete', { id: draft.id });
  now = new Date(now.getTime() + UNDO_DELETE_MS + 1000);
  await c.ok('vault.lock');
  await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  expect((await c.fails('sessions.restore', { id: draft.id })).code).toBe('NOT_FOUND');
  expect((await c.ok('documents.list', { clientId: client.id })).map((d) => [d.fileName, d.sessionId])).toEqual([
    ['skjema.png', null],
  ]);
  c.close();
});

it('migration 6 keeps every stored file and calls it a document, old audit entries included', async () => {
  const dir = tempDir();
  const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE, { create: true });
  applyConnectionPragmas(db);
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= 5),
  );
  const at = '2025-01-01T00:00:00.000Z';
  const clientId = '33333333-3333-4333-8333-333333333333';
  const fileId = '44444444-4444-4444-8444-444444444444';
  db.prepare(`INSERT INTO clients (id, name, status, created_at, updated_at) VALUES (?, 'Gammel', 'active', ?, ?)`).run(
    clientId,
    at,
    at,
  );
  db.prepare(
    `INSERT INTO attachments (id, client_id, session_id, file_name, mime_type, size, sha256, data, created_at)
     VALUES (?, ?, NULL, 'brev.png', 'image/png', ?, ?, ?, ?)`,
  ).run(fileId, clientId, PNG_1x1.length, createHash('sha256').update(PNG_1x1).digest('hex'), PNG_1x1, at);
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, detail) VALUES (?, 'clinician', 'create', 'attachment', ?, ?, 'brev.png')`,
  ).run(at, fileId, clientId);
  db.close();

  const c = testCore(dir);
  await c.ok('vault.unlock', { passphrase: STRONG_PASSPHRASE });
  const got = await c.ok('documents.get', { id: fileId });
  expect(Buffer.from(got.dataBase64, 'base64').equals(PNG_1x1)).toBe(true);
  expect((await c.ok('audit.list', { clientId })).entries.map((e) => `${e.action} ${e.entity}`)).toEqual([
    'read document',
    'create document',
  ]);
  c.close();
});
