import type { Db } from '../vault/sqlcipher';

/** A client's erasure: their attachment hypotheses (the search index follows by trigger). */
export const eraseHypothesesOf = (db: Db, clientId: string): number =>
  db.prepare('DELETE FROM hypotheses WHERE client_id = ?').run(clientId).changes;
