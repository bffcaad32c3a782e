import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { ClientRepository } from './client-repository';
import { ClientService, type ClientDeps } from './client-service';

export function createClientsArea(ctx: CoreContext, deps: ClientDeps) {
  const service = new ClientService(
    ctx,
    perVault(ctx, (db) => new ClientRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'clients',
    handlers: {
      'clients.create': (input) => service.create(input),
      'clients.update': (input) => service.update(input),
      'clients.get': ({ id }) => service.get(id),
      'clients.list': (input) => service.list(input),
    },
  });
  return { area, service };
}
