import type { Db } from '../vault/sqlcipher';

/** A client's erasure: their case formulation, its sections and every saved version. */
export function eraseFormulationOf(db: Db, clientId: string): number {
  let rows = 0;
  for (const table of ['formulation_sections', 'formulation_versions', 'formulations'])
    rows += db.prepare(`DELETE FROM ${table} WHERE client_id = ?`).run(clientId).changes;
  return rows;
}
