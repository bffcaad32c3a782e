import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { useTempDirs, STRONG_PASSPHRASE } from '../../../tests/support/temp-dir';
import { migrate } from './migrations';
import { applyConnectionPragmas, openKeyed } from './sqlcipher';

const tempDir = useTempDirs();

/** sqlite_master as text: one object per line, white space folded, in a stable order. */
function schemaText(): string {
  const db = openKeyed(join(tempDir(), 'schema.trygg'), STRONG_PASSPHRASE, { create: true });
  try {
    applyConnectionPragmas(db);
    migrate(db);
    const rows = db
      .prepare<[], { type: string; name: string; tbl_name: string; sql: string | null }>(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all();
    const version = db.pragma('user_version', { simple: true }) as number;
    const lines = rows.map((r) => `${r.type} ${r.name} ON ${r.tbl_name}: ${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`);
    return `-- user_version ${version}\n${lines.join('\n')}\n`;
  } finally {
    db.close();
  }
}

// Any change to the schema, from a new migration or an edited one, shows up here as a diff to
// review. After adding a migration: npx vitest run -u electron/core/vault/schema-snapshot.test.ts
it('the schema all migrations produce is the reviewed one', async () => {
  await expect(schemaText()).toMatchFileSnapshot('./__snapshots__/schema.sql');
});

it('a migration imports nothing that can change later: its SQL is written out in full', () => {
  const dir = join(__dirname, 'migrations');
  const files = readdirSync(dir).filter((f) => /^\d{4}-.*\.ts$/.test(f));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) {
    const imports = readFileSync(join(dir, file), 'utf8').match(/^import .*$/gm) ?? [];
    expect(imports, file).toEqual(["import type { Migration } from './migration';"]);
  }
});
