import type { Rupture } from '@shared/api/ruptures';
import { perVault, type CoreContext } from '../app/context';
import { RuptureRepository } from './rupture-repository';

/**
 * The ruptures area's part of a record import: ruptures and their steps of repair from another
 * vault's record, as they were there (inside the import's transaction), ids already this vault's.
 */
export function createRuptureImport(ctx: CoreContext, changed: (clientId: string) => void) {
  const ruptures = perVault(ctx, (db) => new RuptureRepository(db));
  return (list: Rupture[]): void => {
    const repo = ruptures();
    for (const r of list) {
      repo.insert({
        id: r.id,
        client_id: r.clientId,
        session_id: r.sessionId,
        type: r.type,
        intensity: r.intensity,
        markers: JSON.stringify(r.markers),
        strained: JSON.stringify(r.strained),
        strategies: JSON.stringify(r.strategies),
        contribution: r.contribution,
        exact: r.quote?.exact ?? null,
        prefix: r.quote?.prefix ?? null,
        suffix: r.quote?.suffix ?? null,
        position_start: r.position?.start ?? null,
        position_end: r.position?.end ?? null,
        outcome: r.outcome,
        resolved_session_id: r.resolvedSessionId,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      });
      for (const step of r.steps) {
        repo.insertStep({
          rupture_id: r.id,
          step: step.step,
          stage: step.stage,
          session_id: step.sessionId,
          recorded_at: step.recordedAt,
        });
      }
    }
    for (const clientId of new Set(list.map((r) => r.clientId))) changed(clientId);
  };
}
