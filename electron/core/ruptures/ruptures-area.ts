import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { RuptureRepository } from './rupture-repository';
import { RuptureService, type RuptureDeps } from './rupture-service';

export function createRupturesArea(ctx: CoreContext, deps: RuptureDeps) {
  const service = new RuptureService(
    ctx,
    perVault(ctx, (db) => new RuptureRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'ruptures',
    handlers: {
      'ruptures.create': (input) => service.create(input),
      'ruptures.update': (input) => service.update(input),
      'ruptures.advanceStage': (input) => service.advanceStage(input),
      'ruptures.get': ({ id }) => service.get(id),
      'ruptures.list': ({ clientId }) => service.list(clientId),
    },
  });
  return { area, service };
}
