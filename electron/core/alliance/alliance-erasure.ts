import type { Db } from '../vault/sqlcipher';

/** A client's erasure: their alliance ratings. */
export const eraseAllianceOf = (db: Db, clientId: string): number =>
  db.prepare('DELETE FROM alliance_ratings WHERE client_id = ?').run(clientId).changes;
