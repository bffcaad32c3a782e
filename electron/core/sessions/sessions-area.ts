import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { SessionRepository } from './session-repository';
import { SessionService, type SessionDeps } from './session-service';

export function createSessionsArea(ctx: CoreContext, deps: SessionDeps) {
  const service = new SessionService(
    ctx,
    perVault(ctx, (db) => new SessionRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'sessions',
    handlers: {
      'sessions.create': (input) => service.create(input),
      'sessions.update': (input) => service.update(input),
      'sessions.get': ({ id }) => service.open(id),
      'sessions.list': ({ clientId }) => service.list(clientId),
      'sessions.saveNote': (input) => service.saveNote(input),
      'sessions.sign': ({ id }) => service.sign(id),
      'sessions.addAddendum': ({ id, doc }) => service.addAddendum(id, doc),
      'sessions.signAddendum': ({ id }) => service.signAddendum(id),
      'sessions.delete': ({ id }) => service.delete(id),
      'sessions.restore': ({ id }) => service.restore(id),
      'sessions.unsigned': () => service.unsigned(),
    },
    // Drafts whose undo time passed while the vault was closed are erased as it opens.
    onUnlock: () => service.purgeExpired(),
  });
  return { area, service };
}
