import { join } from 'node:path';
import { openKeyed } from '../../electron/core/vault/sqlcipher';
import { VAULT_FILE } from '../../electron/core/vault/vault-service';
import { STRONG_PASSPHRASE } from './temp-dir';

/** The steps SQLite plans for a statement on the vault in `dir` (locked: this opens its own connection). */
export function queryPlan(dir: string, sql: string, ...params: unknown[]): string[] {
  const db = openKeyed(join(dir, VAULT_FILE), STRONG_PASSPHRASE);
  try {
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
  } finally {
    db.close();
  }
}
