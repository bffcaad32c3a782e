import { join } from 'node:path';
import { MIGRATIONS, migrate } from '../../electron/core/vault/migrations';
import { applyConnectionPragmas, openKeyed, type Db } from '../../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../../electron/core/vault/vault-service';
import { STRONG_PASSPHRASE } from './temp-dir';

/**
 * A vault as an older Trygg left it: only the first `version` migrations, then `fill` writes rows
 * in that schema's own shape. Unlocking it with the core runs the rest, as an update would.
 */
export function makeOldVault(dir: string, version: number, fill: (db: Db) => void): void {
  const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE, { create: true });
  try {
    applyConnectionPragmas(db);
    migrate(db, MIGRATIONS.slice(0, version));
    db.transaction(() => fill(db))();
  } finally {
    db.close();
  }
}

export const OLD_CLIENT_ID = '11111111-1111-4111-8111-111111111111';
export const OLD_SESSION_ID = '22222222-2222-4222-8222-222222222222';
const AT = '2025-03-04T10:00:00.000Z';

/** One client and one draft note, in the shape of schema 2 and later. */
export function insertOldNote(db: Db, text: string): void {
  db.prepare(
    `INSERT INTO clients (id, name, status, created_at, updated_at) VALUES (?, 'Gammel Vault', 'active', ?, ?)`,
  ).run(OLD_CLIENT_ID, AT, AT);
  const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  db.prepare(
    `INSERT INTO sessions (id, client_id, starts_at, duration_minutes, modality, setting, attendance, template,
       note_doc, note_text, created_at, updated_at)
     VALUES (?, ?, ?, 50, 'individual', 'inPerson', 'attended', 'free', ?, ?, ?, ?)`,
  ).run(OLD_SESSION_ID, OLD_CLIENT_ID, AT, doc, text, AT, AT);
}
