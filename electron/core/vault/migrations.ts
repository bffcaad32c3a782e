import { migration as settings } from './migrations/0001-settings';
import { migration as records } from './migrations/0002-records';
import { migration as search } from './migrations/0003-search';
import { migration as notesDocs } from './migrations/0004-notes-docs';
import { migration as clientListIndexes } from './migrations/0005-client-list-indexes';
import { migration as documents } from './migrations/0006-documents';
import { migration as clinical } from './migrations/0007-formulations-hypotheses-evidence';
import { migration as alliance } from './migrations/0008-alliance-ruptures';
import { migration as secureDelete } from './migrations/0009-fts-secure-delete';
import { migration as auditChain } from './migrations/0010-audit-chain';
import { migration as erasure } from './migrations/0011-erasure';
import { migration as auditByEntity } from './migrations/0012-audit-by-entity';
import type { Migration } from './migrations/migration';
import type { Db } from './sqlcipher';

export type { Migration } from './migrations/migration';

/** Numbered, forward-only. Append a new file; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  settings,
  records,
  search,
  notesDocs,
  clientListIndexes,
  documents,
  clinical,
  alliance,
  secureDelete,
  auditChain,
  erasure,
  auditByEntity,
];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export class VaultTooNewError extends Error {}

/** Runs every migration the vault has not seen, each in its own transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new VaultTooNewError(`Vault schema ${current} is newer than this Trygg (${latest}).`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
