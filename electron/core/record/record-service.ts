import type { AllianceRating } from '@shared/api/alliance';
import type { AuditEntry } from '@shared/api/audit';
import type { Client } from '@shared/api/clients';
import type { ParsedInput } from '@shared/api/contract';
import type { DocumentMeta } from '@shared/api/documents';
import type { Evidence } from '@shared/api/evidence';
import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import type { Hypothesis } from '@shared/api/hypotheses';
import type { ClientRecord } from '@shared/api/record';
import type { Rupture } from '@shared/api/ruptures';
import type { Addendum } from '@shared/api/sessions';
import type { AuditLog } from '../audit/audit-area';
import { IMPORTED_FROM } from '../audit/audit-repository';
import type { CoreContext } from '../app/context';
import { AppError } from '../errors';
import type { JobRunner } from '../jobs/job-runner';
import type { StoredSession } from '../sessions/session-repository';
import { readRecord, writeArchive, type RecordSources } from './record-export';
import { IdMap, readArchive } from './record-import';

/** Where an imported record goes, each part through the area that owns it (inside one transaction). */
export interface RecordSinks {
  clientExists: (clientId: string) => boolean;
  client: (client: Client) => void;
  sessions: (sessions: Array<{ session: StoredSession; addenda: Addendum[] }>) => void;
  document: (meta: DocumentMeta, data: Buffer) => void;
  formulation: (
    clientId: string,
    current: { revision: number; updatedAt: string | null; sections: FormulationSections },
    versions: Array<FormulationVersionMeta & { sections: FormulationSections }>,
  ) => void;
  hypotheses: (hypotheses: Hypothesis[]) => void;
  evidence: (evidence: Evidence[]) => void;
  alliance: (ratings: AllianceRating[]) => void;
  ruptures: (ruptures: Rupture[]) => void;
}

export interface RecordDeps {
  audit: AuditLog;
  jobs: JobRunner;
  sources: RecordSources;
  sinks: RecordSinks;
}

/**
 * A client's whole record out (export.client) and in (import.client). The export reads through
 * each area's service and streams an archive; the import checks the whole archive first, then
 * writes every part through its area in one transaction, with new ids, so it lands whole or not
 * at all.
 */
export class RecordService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: RecordDeps,
  ) {}

  async exportClient({
    clientId,
    path,
  }: ParsedInput<'export.client'>): Promise<{ path: string; bytes: number; files: number }> {
    const exportedAt = this.ctx.now().toISOString();
    const record = readRecord(this.deps.sources, clientId, exportedAt);
    const written = await this.deps.jobs.run('record.export', (job) =>
      writeArchive(path, record, (id) => this.deps.sources.documentData(id), job),
    );
    this.ctx.transaction(() =>
      this.deps.audit.record({
        action: 'export',
        entity: 'client',
        entityId: clientId,
        clientId,
        detail: `record archive: ${record.sessions.length} sessions, ${record.documents.length} documents`,
      }),
    );
    return { path, ...written };
  }

  async importClient({ path, asCopy }: ParsedInput<'import.client'>): Promise<{ clientId: string }> {
    const { record, documents } = await readArchive(path);
    const source = record.source.clientId;
    const ids = new IdMap();
    const clientId = ids.of(record.client.id);
    this.ctx.transaction(() => {
      if (!asCopy && (this.deps.audit.imported(source) || this.deps.sinks.clientExists(source))) {
        throw new AppError(
          'VALIDATION',
          'This client’s record is already in this vault. Nothing was imported; import it as a copy if that is what you want.',
          'archive.alreadyImported',
        );
      }
      this.write(record, documents, ids, clientId);
      this.deps.audit.record({
        action: 'create',
        entity: 'client',
        entityId: clientId,
        clientId,
        detail: `${IMPORTED_FROM}${source} (exported ${record.exportedAt}${asCopy ? ', as a copy' : ''})`,
      });
    });
    return { clientId };
  }

  private write(r: ClientRecord, documents: Map<string, Buffer>, ids: IdMap, clientId: string): void {
    const { sinks } = this;
    const session = (id: string) => ids.of(id);
    sinks.client({ ...r.client, id: clientId });
    sinks.sessions(
      r.sessions.map(({ addenda, text, ...s }) => ({
        session: { ...s, id: session(s.id), clientId, text, revision: 1, deletedAt: null },
        addenda: addenda.map((a) => ({ ...a, id: ids.of(a.id), sessionId: session(a.sessionId) })),
      })),
    );
    for (const meta of r.documents) {
      sinks.document(
        { ...meta, id: ids.of(meta.id), clientId, sessionId: meta.sessionId === null ? null : session(meta.sessionId) },
        documents.get(meta.id) as Buffer,
      );
    }
    sinks.formulation(
      clientId,
      r.formulation,
      r.formulationVersions.map((v) => ({ ...v, id: ids.of(v.id), clientId })),
    );
    sinks.hypotheses(r.hypotheses.map((h) => ({ ...h, id: ids.of(h.id), clientId })));
    sinks.evidence(
      r.evidence.map((e) => ({
        ...e,
        id: ids.of(e.id),
        clientId,
        sessionId: session(e.sessionId),
        hypothesisId: e.hypothesisId === null ? null : ids.of(e.hypothesisId),
      })),
    );
    sinks.alliance(r.alliance.map((a) => ({ ...a, clientId, sessionId: session(a.sessionId) })));
    sinks.ruptures(
      r.ruptures.map((x) => ({
        ...x,
        id: ids.of(x.id),
        clientId,
        sessionId: session(x.sessionId),
        resolvedSessionId: x.resolvedSessionId === null ? null : session(x.resolvedSessionId),
        steps: x.steps.map((s) => ({ ...s, sessionId: session(s.sessionId) })),
      })),
    );
    // The record's history comes with it, each entry with its own time; ids are this vault's.
    this.deps.audit.append(
      r.audit.map(({ id: _id, ...entry }: AuditEntry) => ({ ...entry, entityId: ids.known(entry.entityId), clientId })),
    );
  }

  private get sinks(): RecordSinks {
    return this.deps.sinks;
  }
}
