import { defineArea } from '../app/area';
import type { CoreContext } from '../app/context';
import { RetentionService, type RetentionDeps } from './retention-service';

/** Retention and erasure (DOMAIN.md §6): which records are past their period, and erasing one. */
export function createRetentionArea(ctx: CoreContext, deps: RetentionDeps) {
  const service = new RetentionService(ctx, deps);
  return defineArea({
    name: 'retention',
    handlers: {
      'retention.review': () => service.review(),
      'retention.status': ({ clientId }) => service.status(clientId),
      'clients.erase': (input) => service.erase(input),
    },
  });
}
