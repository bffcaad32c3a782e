import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { FormulationRepository } from './formulation-repository';
import { FormulationService, type FormulationDeps } from './formulation-service';

export function createFormulationsArea(ctx: CoreContext, deps: FormulationDeps) {
  const service = new FormulationService(
    ctx,
    perVault(ctx, (db) => new FormulationRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'formulations',
    handlers: {
      'formulations.get': ({ clientId }) => service.get(clientId),
      'formulations.save': (input) => service.save(input),
      'formulations.recordVersion': (input) => service.recordVersion(input),
      'formulations.versions': ({ clientId }) => service.versions(clientId),
      'formulations.version': ({ clientId, versionId }) => service.version(clientId, versionId),
    },
  });
  return { area, service };
}
