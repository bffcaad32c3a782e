import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import type { NoteTemplate } from '@shared/api/templates';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import { AppError } from '../errors';
import type { TemplateRepository } from './template-repository';

const templateNotFound = (): AppError => new AppError('NOT_FOUND', 'That template is not in this vault.');

/** Practice-defined note templates; notes already written from one keep their own copy. */
export class TemplateService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly templates: () => TemplateRepository,
    private readonly audit: AuditLog,
  ) {}

  list(): NoteTemplate[] {
    return this.templates().list();
  }

  save({ id, name, doc }: ParsedInput<'templates.save'>): NoteTemplate {
    const templates = this.templates();
    return this.ctx.transaction(() => {
      if (id && !templates.get(id)) throw templateNotFound();
      const template: NoteTemplate = { id: id ?? randomUUID(), name, doc, updatedAt: this.ctx.now().toISOString() };
      templates.save(template);
      this.audit.record({
        action: id ? 'update' : 'create',
        entity: 'template',
        entityId: template.id,
        clientId: null,
        detail: name,
      });
      return template;
    });
  }

  delete(id: string): { id: string } {
    const templates = this.templates();
    return this.ctx.transaction(() => {
      if (!templates.delete(id)) throw templateNotFound();
      this.audit.record({ action: 'delete', entity: 'template', entityId: id, clientId: null, detail: '' });
      return { id };
    });
  }
}
