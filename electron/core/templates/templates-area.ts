import type { AuditLog } from '../audit/audit-area';
import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { TemplateRepository } from './template-repository';
import { TemplateService } from './template-service';

export function createTemplatesArea(ctx: CoreContext, deps: { audit: AuditLog }) {
  const service = new TemplateService(
    ctx,
    perVault(ctx, (db) => new TemplateRepository(db)),
    deps.audit,
  );
  return defineArea({
    name: 'templates',
    handlers: {
      'templates.list': () => service.list(),
      'templates.save': (input) => service.save(input),
      'templates.delete': ({ id }) => service.delete(id),
    },
  });
}
