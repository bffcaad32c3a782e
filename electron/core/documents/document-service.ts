import { createHash, randomUUID } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES, type AttachmentMeta } from '@shared/api/attachments';
import type { ParsedInput } from '@shared/api/contract';
import { clientNotFound } from '../clients/client-service';
import { AppError } from '../errors';
import type { Repositories } from '../repositories';
import { matchesType } from './file-signature';

const TYPE_NAMES: Record<AttachmentMeta['mimeType'], string> = {
  'application/pdf': 'a PDF',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
};

export class AttachmentService {
  constructor(
    private readonly repos: () => Repositories,
    private readonly now: () => Date,
  ) {}

  add(input: ParsedInput<'attachments.add'>): AttachmentMeta {
    const data = Buffer.from(input.dataBase64, 'base64');
    if (data.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError('VALIDATION', 'The file is larger than 25 MB. Scan it at a lower resolution or split it.');
    }
    if (!matchesType(data, input.mimeType)) {
      throw new AppError('VALIDATION', `The file "${input.fileName}" is not ${TYPE_NAMES[input.mimeType]}, although its name says so.`);
    }
    const { clients, sessions, attachments, audit, transaction } = this.repos();
    const meta: AttachmentMeta = {
      id: randomUUID(),
      clientId: input.clientId,
      sessionId: input.sessionId ?? null,
      fileName: input.fileName,
      mimeType: input.mimeType,
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      createdAt: this.now().toISOString(),
    };
    transaction(() => {
      if (!clients.get(input.clientId)) throw clientNotFound();
      if (input.sessionId) {
        const session = sessions.get(input.sessionId);
        if (!session || session.deletedAt || session.clientId !== input.clientId) {
          throw new AppError('NOT_FOUND', 'That session is not one of this client’s.');
        }
      }
      attachments.add(meta, data);
      audit.record({ action: 'create', entity: 'attachment', entityId: meta.id, clientId: meta.clientId, detail: meta.fileName });
    });
    return meta;
  }

  get(id: string): AttachmentMeta & { dataBase64: string } {
    const found = this.repos().attachments.get(id);
    if (!found) throw new AppError('NOT_FOUND', 'That attachment is not in this vault.');
    return { ...found.meta, dataBase64: found.data.toString('base64') };
  }

  list({ clientId, sessionId }: ParsedInput<'attachments.list'>): AttachmentMeta[] {
    const { clients, attachments } = this.repos();
    if (!clients.get(clientId)) throw clientNotFound();
    return attachments.list(clientId, sessionId);
  }
}
