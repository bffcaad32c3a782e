import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { HypothesisRepository } from './hypothesis-repository';
import { HypothesisService, type HypothesisDeps } from './hypothesis-service';

export function createHypothesesArea(ctx: CoreContext, deps: HypothesisDeps) {
  const service = new HypothesisService(
    ctx,
    perVault(ctx, (db) => new HypothesisRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'hypotheses',
    handlers: {
      'hypotheses.create': (input) => service.create(input),
      'hypotheses.update': (input) => service.update(input),
      'hypotheses.get': ({ id }) => service.get(id),
      'hypotheses.list': ({ clientId }) => service.list(clientId),
    },
  });
  return { area, service };
}
