import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import type { FormulationSection } from '@shared/clinical/formulation-sections';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { docToPlainText } from '@shared/notes/plain-text';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import { AppError } from '../errors';
import type { FormulationRepository } from './formulation-repository';

/** Autosave writes every second or so; the audit log records one "update" per sitting. */
const AUDIT_EDIT_COALESCE_MS = 10 * 60_000;

export interface FormulationDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require'>;
  learn: (text: string) => void;
}

export class FormulationService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly formulations: () => FormulationRepository,
    private readonly deps: FormulationDeps,
  ) {}

  get(clientId: string) {
    this.deps.clients.require(clientId);
    const repo = this.formulations();
    return { sections: repo.sections(clientId), ...repo.head(clientId) };
  }

  save({ clientId, sections, revision }: ParsedInput<'formulations.save'>): { revision: number; savedAt: string } {
    const savedAt = this.ctx.now().toISOString();
    const written = Object.entries(sections).map(([section, doc]) => ({
      section: section as FormulationSection,
      doc: doc as NoteDoc,
      text: docToPlainText(doc as NoteDoc),
    }));
    const repo = this.formulations();
    const saved = this.ctx.transaction(() => {
      this.deps.clients.require(clientId);
      if (!repo.save(clientId, written, revision, savedAt)) {
        throw new AppError(
          'CONFLICT',
          `This formulation was changed elsewhere (another window?) since revision ${revision}. Your text was not saved: copy it, then reopen the formulation.`,
        );
      }
      const last = this.deps.audit.lastFor(clientId);
      const recent =
        last?.entity === 'formulation' &&
        last.action === 'update' &&
        Date.parse(savedAt) - Date.parse(last.at) < AUDIT_EDIT_COALESCE_MS;
      if (!recent) {
        this.deps.audit.record({
          action: 'update',
          entity: 'formulation',
          entityId: clientId,
          clientId,
          detail: written.map((w) => w.section).join(', '),
        });
      }
      return { revision: revision + 1, savedAt };
    });
    for (const w of written) this.deps.learn(w.text);
    return saved;
  }

  recordVersion({ clientId, name }: ParsedInput<'formulations.recordVersion'>): FormulationVersionMeta {
    const repo = this.formulations();
    return this.ctx.transaction(() => {
      this.deps.clients.require(clientId);
      const meta: FormulationVersionMeta = {
        id: randomUUID(),
        clientId,
        name,
        revision: repo.head(clientId).revision,
        createdAt: this.ctx.now().toISOString(),
      };
      repo.insertVersion(meta, repo.sections(clientId));
      this.deps.audit.record({
        action: 'create',
        entity: 'formulation',
        entityId: meta.id,
        clientId,
        detail: `version: ${name}`,
      });
      return meta;
    });
  }

  /** A client's formulation and its versions from another vault's record (inside the import's transaction). */
  insertImported(
    clientId: string,
    current: { revision: number; updatedAt: string | null; sections: FormulationSections },
    versions: Array<FormulationVersionMeta & { sections: FormulationSections }>,
  ): void {
    const repo = this.formulations();
    const written = Object.entries(current.sections).map(([section, doc]) => ({
      section: section as FormulationSection,
      doc: doc as NoteDoc,
      text: docToPlainText(doc as NoteDoc),
    }));
    if (current.updatedAt !== null) repo.insertImported(clientId, current.revision, current.updatedAt, written);
    for (const v of versions) repo.insertVersion({ ...v, clientId }, v.sections);
    for (const w of written) this.deps.learn(w.text);
  }

  versions(clientId: string): FormulationVersionMeta[] {
    this.deps.clients.require(clientId);
    return this.formulations().versions(clientId);
  }

  version(clientId: string, versionId: string): FormulationVersionMeta & { sections: FormulationSections } {
    const found = this.formulations().version(versionId);
    if (!found || found.clientId !== clientId)
      throw new AppError('NOT_FOUND', 'That version is not one of this client’s formulation.');
    return found;
  }
}
