import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import type { NoteTemplate } from '@shared/api/templates';
import { AppError } from '../errors';
import type { Repositories } from '../repositories';

const templateNotFound = (): AppError => new AppError('NOT_FOUND', 'That template is not in this vault.');

/** Practice-defined note templates; notes already written from one keep their own copy. */
export class TemplateService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly now: () => Date,
  ) {}

  list(): NoteTemplate[] {
    return this.repos().templates.list();
  }

  save({ id, name, doc }: ParsedInput<'templates.save'>): NoteTemplate {
    const { templates, audit, transaction } = this.repos();
    return transaction(() => {
      if (id && !templates.get(id)) throw templateNotFound();
      const template: NoteTemplate = { id: id ?? randomUUID(), name, doc, updatedAt: this.now().toISOString() };
      templates.save(template);
      audit.record({ action: id ? 'update' : 'create', entity: 'template', entityId: template.id, clientId: null, detail: name });
      return template;
    });
  }

  delete(id: string): { id: string } {
    const { templates, audit, transaction } = this.repos();
    return transaction(() => {
      if (!templates.delete(id)) throw templateNotFound();
      audit.record({ action: 'delete', entity: 'template', entityId: id, clientId: null, detail: '' });
      return { id };
    });
  }
}
