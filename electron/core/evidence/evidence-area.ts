import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { EvidenceRepository } from './evidence-repository';
import { EvidenceService, type EvidenceDeps } from './evidence-service';

export function createEvidenceArea(ctx: CoreContext, deps: EvidenceDeps) {
  const service = new EvidenceService(
    ctx,
    perVault(ctx, (db) => new EvidenceRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'evidence',
    handlers: {
      'evidence.link': (input) => service.link(input),
      'evidence.unlink': ({ id }) => service.unlink(id),
      'evidence.list': (input) => service.list(input),
    },
  });
  return { area, service };
}
