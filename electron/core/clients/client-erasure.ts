import type { Db } from '../vault/sqlcipher';

/** A client's erasure, last of all: the client. */
export const eraseClientRow = (db: Db, clientId: string): number =>
  db.prepare('DELETE FROM clients WHERE id = ?').run(clientId).changes;
