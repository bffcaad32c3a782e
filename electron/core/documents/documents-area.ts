import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { DocumentRepository } from './document-repository';
import { DocumentService, type DocumentDeps } from './document-service';

export function createDocumentsArea(ctx: CoreContext, deps: DocumentDeps) {
  const service = new DocumentService(
    ctx,
    perVault(ctx, (db) => new DocumentRepository(db)),
    deps,
  );
  const area = defineArea({
    name: 'documents',
    handlers: {
      'documents.add': (input) => service.add(input),
      'documents.get': ({ id }) => service.get(id),
      'documents.list': (input) => service.list(input),
    },
  });
  return { area, service };
}
