import type { Db } from '../vault/sqlcipher';

/** Key/value rows in the vault's settings table; values are JSON. */
export class SettingsRepository {
  private readonly all;
  private readonly upsert;

  constructor(db: Db) {
    this.all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.upsert = db.prepare<[string, string]>(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    );
  }

  read(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const row of this.all.all()) out[row.key] = JSON.parse(row.value);
    return out;
  }

  write(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined) this.upsert.run(key, JSON.stringify(value));
    }
  }
}
