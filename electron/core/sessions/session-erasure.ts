import type { Db } from '../vault/sqlcipher';

/**
 * A client's erasure: their sessions, signed or not, and every addendum. Signed ones are let go
 * only while the client's id is in erasure_gate (migration 11); the caller puts it there.
 */
export function eraseSessionsOf(db: Db, clientId: string): number {
  const addenda = db
    .prepare('DELETE FROM addenda WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?)')
    .run(clientId).changes;
  return addenda + db.prepare('DELETE FROM sessions WHERE client_id = ?').run(clientId).changes;
}
