import type { AllianceRating } from '@shared/api/alliance';
import type { AuditEntry } from '@shared/api/audit';
import type { Client } from '@shared/api/clients';
import type { ParsedInput } from '@shared/api/contract';
import type { DocumentMeta } from '@shared/api/documents';
import type { Evidence } from '@shared/api/evidence';
import type { FormulationSections, FormulationVersionMeta } from '@shared/api/formulations';
import type { Hypothesis } from '@shared/api/hypotheses';
import { MAX_SUMMARY_PDF_BYTES, recordSchema } from '@shared/api/record';
import type { Rupture } from '@shared/api/ruptures';
import type { Addendum } from '@shared/api/sessions';
import type { AuditLog } from '../audit/audit-area';
import { IMPORTED_FROM } from '../audit/audit-repository';
import type { CoreContext } from '../app/context';
import { AppError } from '../errors';
import type { JobRunner } from '../jobs/job-runner';
import type { Db } from '../vault/sqlcipher';
import type { StoredSession } from '../sessions/session-repository';
import { writeArchive, type RecordSources } from './record-export';
import {
  DocumentReader,
  IdMap,
  isStreamedPart,
  parseItem,
  readRecordAgain,
  refuse,
  verifyArchive,
  type RecordItem,
  type StreamedPart,
  type VerifiedArchive,
} from './record-import';
import type { RecordJsonParts } from './record-json-reader';

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
 * each area's service and streams an archive; the import checks the whole archive first (a pass
 * that keeps nothing of it), then reads it again part by part inside one transaction, writing each
 * part through its area with new ids, so it lands whole or not at all.
 */
export class RecordService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly deps: RecordDeps,
  ) {}

  async exportClient({
    clientId,
    path,
    summaryPdfBase64,
  }: ParsedInput<'export.client'>): Promise<{ path: string; bytes: number; files: number; summaryPdf: boolean }> {
    const summaryPdf = summaryPdfBase64 === undefined ? undefined : pdfBytes(summaryPdfBase64);
    const exportedAt = this.ctx.now().toISOString();
    const client = this.deps.sources.client(clientId);
    const written = await this.deps.jobs.run('record.export', (job) =>
      writeArchive(path, this.deps.sources, client, exportedAt, job, summaryPdf),
    );
    this.ctx.transaction(() =>
      this.deps.audit.record({
        action: 'export',
        entity: 'client',
        entityId: clientId,
        clientId,
        detail: `record archive: ${written.sessions} sessions, ${written.documents} documents, ${written.summaryPdf ? 'with' : 'without'} the case summary PDF`,
      }),
    );
    return { path, bytes: written.bytes, files: written.files, summaryPdf: written.summaryPdf };
  }

  async importClient({ path, asCopy }: ParsedInput<'import.client'>): Promise<{ clientId: string }> {
    const archive = await verifyArchive(path);
    try {
      const source = archive.sourceClientId;
      const ids = new IdMap(archive.ids);
      const clientId = ids.of(source);
      withSmallCache(this.ctx.db(), () =>
        this.ctx.transaction(() => {
          if (!asCopy && (this.deps.audit.imported(source) || this.deps.sinks.clientExists(source))) {
            throw new AppError(
              'VALIDATION',
              'This client’s record is already in this vault. Nothing was imported; import it as a copy if that is what you want.',
              'archive.alreadyImported',
            );
          }
          // References are checked whole by the first pass; the parts arrive in the file's order.
          this.ctx.db().pragma('defer_foreign_keys = ON');
          readRecordAgain(archive, new RecordWrite(archive, ids, clientId, this.deps));
          this.deps.audit.record({
            action: 'create',
            entity: 'client',
            entityId: clientId,
            clientId,
            detail: `${IMPORTED_FROM}${source} (exported ${archive.exportedAt}${asCopy ? ', as a copy' : ''})`,
          });
        }),
      );
      return { clientId };
    } finally {
      archive.zip.close();
    }
  }
}

/** SQLite's page cache while an import writes, in KiB (the connection's own is 16 MB). */
const IMPORT_CACHE_KIB = 2048;

/**
 * Runs a bulk write with a small page cache. Every page an import writes is new, and written
 * once: a large cache only holds them until they go to the WAL anyway, and would fill up to its
 * size with them (the largest part of an import's memory after the documents themselves). The
 * connection's own size comes back afterwards, whatever happens; its pages refill as they are read.
 */
function withSmallCache<T>(db: Db, write: () => T): T {
  const size = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    return write();
  } finally {
    db.pragma(`cache_size = ${size}`);
  }
}

/** The case summary's bytes, checked again here: what the door let through must still be a PDF. */
function pdfBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_SUMMARY_PDF_BYTES || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppError('VALIDATION', 'The case summary is not a PDF Trygg can put in the archive.');
  }
  return bytes;
}

/** A formulation with nothing written: its versions are written one by one through the same sink. */
const NO_CURRENT = { revision: 0, updatedAt: null, sections: {} } as const;

/**
 * The second pass's writing: each part of record.json, as it is read, checked by the schema
 * (the first pass did; the file is read again) and written through the area that owns it with
 * this vault's ids. A document is read from the archive when its metadata comes, checked against
 * its checksum and written; only one is held at a time.
 */
class RecordWrite implements RecordJsonParts {
  private readonly documents: DocumentReader;

  constructor(
    private readonly archive: VerifiedArchive,
    private readonly ids: IdMap,
    private readonly clientId: string,
    private readonly deps: RecordDeps,
  ) {
    this.documents = new DocumentReader(archive);
  }

  array(): void {}

  member(key: string, value: unknown): void {
    const { sinks } = this.deps;
    if (key === 'client') {
      const client = recordSchema.shape.client.safeParse(value);
      if (!client.success) throw changed();
      sinks.client({ ...client.data, id: this.clientId });
    } else if (key === 'formulation') {
      const formulation = recordSchema.shape.formulation.safeParse(value);
      if (!formulation.success) throw changed();
      sinks.formulation(this.clientId, formulation.data, []);
    }
  }

  item(key: string, index: number, value: unknown): void {
    if (!isStreamedPart(key)) return;
    let item: RecordItem<StreamedPart>;
    try {
      item = parseItem(key, index, value);
    } catch {
      throw changed();
    }
    this.write(key, item);
  }

  private write(key: StreamedPart, item: RecordItem<StreamedPart>): void {
    const { sinks } = this.deps;
    const { ids, clientId } = this;
    const session = (id: string) => ids.of(id);
    switch (key) {
      case 'sessions': {
        const { addenda, text, ...s } = item as RecordItem<'sessions'>;
        sinks.sessions([
          {
            session: { ...s, id: session(s.id), clientId, text, revision: 1, deletedAt: null },
            addenda: addenda.map((a) => ({ ...a, id: ids.of(a.id), sessionId: session(a.sessionId) })),
          },
        ]);
        break;
      }
      case 'documents': {
        const meta = item as RecordItem<'documents'>;
        const bytes = this.documents.read(meta);
        sinks.document(
          {
            ...meta,
            id: ids.of(meta.id),
            clientId,
            sessionId: meta.sessionId === null ? null : session(meta.sessionId),
          },
          bytes,
        );
        break;
      }
      case 'formulationVersions': {
        const v = item as RecordItem<'formulationVersions'>;
        sinks.formulation(clientId, NO_CURRENT, [{ ...v, id: ids.of(v.id), clientId }]);
        break;
      }
      case 'hypotheses': {
        const h = item as RecordItem<'hypotheses'>;
        sinks.hypotheses([{ ...h, id: ids.of(h.id), clientId }]);
        break;
      }
      case 'evidence': {
        const e = item as RecordItem<'evidence'>;
        sinks.evidence([
          {
            ...e,
            id: ids.of(e.id),
            clientId,
            sessionId: session(e.sessionId),
            hypothesisId: e.hypothesisId === null ? null : ids.of(e.hypothesisId),
          },
        ]);
        break;
      }
      case 'alliance': {
        const a = item as RecordItem<'alliance'>;
        sinks.alliance([{ ...a, clientId, sessionId: session(a.sessionId) }]);
        break;
      }
      case 'ruptures': {
        const x = item as RecordItem<'ruptures'>;
        sinks.ruptures([
          {
            ...x,
            id: ids.of(x.id),
            clientId,
            sessionId: session(x.sessionId),
            resolvedSessionId: x.resolvedSessionId === null ? null : session(x.resolvedSessionId),
            steps: x.steps.map((s) => ({ ...s, sessionId: session(s.sessionId) })),
          },
        ]);
        break;
      }
      case 'audit': {
        // The record's history comes with it, each entry with its own time; ids are this vault's.
        const { id: _id, ...entry } = item as AuditEntry;
        this.deps.audit.append([{ ...entry, entityId: ids.known(entry.entityId), clientId }]);
        break;
      }
    }
  }
}

const changed = () =>
  refuse(
    'changed',
    'This archive was changed or damaged while it was being imported: record.json does not match its checksum. Nothing was imported.',
  );
