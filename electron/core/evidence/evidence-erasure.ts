import type { Db } from '../vault/sqlcipher';

/** A client's erasure: every evidence passage of theirs. */
export const eraseEvidenceOf = (db: Db, clientId: string): number =>
  db.prepare('DELETE FROM evidence WHERE client_id = ?').run(clientId).changes;
