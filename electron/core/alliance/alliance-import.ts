import type { AllianceRating } from '@shared/api/alliance';
import { perVault, type CoreContext } from '../app/context';
import { AllianceRepository } from './alliance-repository';

/**
 * The alliance area's part of a record import: ratings from another vault's record, as they
 * were there (inside the import's transaction). `changed` tells the area's service to drop what
 * it keeps of the client.
 */
export function createAllianceImport(ctx: CoreContext, changed: (clientId: string) => void) {
  const ratings = perVault(ctx, (db) => new AllianceRepository(db));
  return (list: AllianceRating[]): void => {
    const repo = ratings();
    for (const r of list) {
      const client = r.client;
      repo.upsert({
        session_id: r.sessionId,
        client_id: r.clientId,
        goal: r.goal,
        task: r.task,
        bond: r.bond,
        instrument: client?.instrument ?? null,
        client_total: client?.total ?? null,
        client_goal: client?.instrument === 'wai-sr' ? client.goal : null,
        client_task: client?.instrument === 'wai-sr' ? client.task : null,
        client_bond: client?.instrument === 'wai-sr' ? client.bond : null,
        reflection: r.reflection,
        updated_at: r.updatedAt ?? ctx.now().toISOString(),
      });
    }
    for (const clientId of new Set(list.map((r) => r.clientId))) changed(clientId);
  };
}
