import type { Db } from '../vault/sqlcipher';

/** A client's erasure: their ruptures and each one's resolution steps. */
export function eraseRupturesOf(db: Db, clientId: string): number {
  const steps = db
    .prepare('DELETE FROM rupture_steps WHERE rupture_id IN (SELECT id FROM ruptures WHERE client_id = ?)')
    .run(clientId).changes;
  return steps + db.prepare('DELETE FROM ruptures WHERE client_id = ?').run(clientId).changes;
}
