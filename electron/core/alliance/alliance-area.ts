import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { AllianceRepository } from './alliance-repository';
import { AllianceService, type AllianceDeps } from './alliance-service';

export function createAllianceArea(ctx: CoreContext, deps: AllianceDeps) {
  const service = new AllianceService(
    ctx,
    perVault(ctx, (db) => new AllianceRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'alliance',
    handlers: {
      'alliance.record': (input) => service.record(input),
      'alliance.get': ({ sessionId }) => service.get(sessionId),
      'alliance.timeline': ({ clientId }) => service.timeline(clientId),
    },
    onUnlock: () => service.warmUp(),
    onLock: () => service.stopWarmUp(),
  });
  return { area, service };
}
