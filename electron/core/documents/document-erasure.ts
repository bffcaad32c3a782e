import type { Db } from '../vault/sqlcipher';

/** A client's erasure: their documents, file contents included. */
export const eraseDocumentsOf = (db: Db, clientId: string): number =>
  db.prepare('DELETE FROM documents WHERE client_id = ?').run(clientId).changes;
