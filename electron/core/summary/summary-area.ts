import { defineArea } from '../app/area';
import type { CoreContext } from '../app/context';
import { SummaryService, type SummaryDeps } from './summary-service';

export function createSummaryArea(ctx: CoreContext, deps: SummaryDeps) {
  const service = new SummaryService(ctx, deps);
  return defineArea({
    name: 'summary',
    handlers: {
      'summary.get': (input) => service.get(input),
      'summary.recordOutput': (input) => service.recordOutput(input),
    },
  });
}
