import { defineArea } from '../app/area';
import type { CoreContext } from '../app/context';
import { RecordService, type RecordDeps } from './record-service';

export function createRecordArea(ctx: CoreContext, deps: RecordDeps) {
  const service = new RecordService(ctx, deps);
  return defineArea({
    name: 'record',
    handlers: {
      'export.client': (input) => service.exportClient(input),
      'import.client': (input) => service.importClient(input),
    },
  });
}
