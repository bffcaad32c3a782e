import { createHash, randomUUID } from 'node:crypto';
import { MAX_DOCUMENT_BYTES, type DocumentMeta } from '@shared/api/documents';
import type { ParsedInput } from '@shared/api/contract';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import { AppError } from '../errors';
import type { SessionService } from '../sessions/session-service';
import type { DocumentRepository } from './document-repository';
import { matchesType } from './file-signature';

const TYPE_NAMES: Record<DocumentMeta['mimeType'], string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
};

export interface DocumentDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require'>;
  sessions: Pick<SessionService, 'requireOfClient'>;
}

export class DocumentService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly documents: () => DocumentRepository,
    private readonly deps: DocumentDeps,
  ) {}

  add(input: ParsedInput<'documents.add'>): DocumentMeta {
    const data = Buffer.from(input.dataBase64, 'base64');
    if (data.length > MAX_DOCUMENT_BYTES) {
      throw new AppError('VALIDATION', 'The file is larger than 25 MB. Scan it at a lower resolution or split it.');
    }
    if (!matchesType(data, input.mimeType)) {
      throw new AppError(
        'VALIDATION',
        `The file "${input.fileName}" is not ${TYPE_NAMES[input.mimeType]}, although its name says so.`,
      );
    }
    const documents = this.documents();
    const meta: DocumentMeta = {
      id: randomUUID(),
      clientId: input.clientId,
      sessionId: input.sessionId ?? null,
      fileName: input.fileName,
      mimeType: input.mimeType,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      createdAt: this.ctx.now().toISOString(),
    };
    this.ctx.transaction(() => {
      this.deps.clients.require(input.clientId);
      if (input.sessionId) this.deps.sessions.requireOfClient(input.sessionId, input.clientId);
      documents.add(meta, data);
      this.deps.audit.record({
        action: 'create',
        entity: 'document',
        entityId: meta.id,
        clientId: meta.clientId,
        detail: meta.fileName,
      });
    });
    return meta;
  }

  get(id: string): DocumentMeta & { dataBase64: string } {
    const found = this.documents().get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That document is not in this vault.');
    this.deps.audit.read({
      action: 'read',
      entity: 'document',
      entityId: id,
      clientId: found.meta.clientId,
      detail: found.meta.fileName,
    });
    return { ...found.meta, dataBase64: found.data.toString('base64') };
  }

  /** A document's bytes, for a record export. */
  data(id: string): Buffer {
    const found = this.documents().get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That document is not in this vault.');
    return found.data;
  }

  /** A document of another vault's record (a record import; inside its transaction). */
  insertImported(meta: DocumentMeta, data: Buffer): void {
    this.documents().add(meta, data);
  }

  list({ clientId, sessionId }: ParsedInput<'documents.list'>): DocumentMeta[] {
    this.deps.clients.require(clientId);
    return this.documents().list(clientId, sessionId);
  }
}
