import type { DocumentMeta } from '@shared/api/documents';
import type { Db } from '../vault/sqlcipher';

interface Row {
  id: string;
  client_id: string;
  session_id: string | null;
  file_name: string;
  mime_type: DocumentMeta['mimeType'];
  size: number;
  sha256: string;
  created_at: string;
}

const toMeta = (r: Row): DocumentMeta => ({
  id: r.id,
  clientId: r.client_id,
  sessionId: r.session_id,
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  sha256: r.sha256,
  createdAt: r.created_at,
});

const META_COLUMNS = 'id, client_id, session_id, file_name, mime_type, size, sha256, created_at';

/** Files live inside the vault as BLOBs, encrypted with every other page. */
export class DocumentRepository {
  private readonly insert;
  private readonly meta;
  private readonly data;
  private readonly forClient;
  private readonly forSession;

  constructor(db: Db) {
    this.insert = db.prepare(
      `INSERT INTO documents (id, client_id, session_id, file_name, mime_type, size, sha256, data, created_at)
       VALUES (@id, @clientId, @sessionId, @fileName, @mimeType, @size, @sha256, @data, @createdAt)`,
    );
    this.meta = db.prepare<[string], Row>(`SELECT ${META_COLUMNS} FROM documents WHERE id = ?`);
    this.data = db.prepare<[string], Buffer>('SELECT data FROM documents WHERE id = ?').pluck();
    this.forClient = db.prepare<[string], Row>(
      `SELECT ${META_COLUMNS} FROM documents WHERE client_id = ? ORDER BY created_at DESC`,
    );
    this.forSession = db.prepare<[string, string], Row>(
      `SELECT ${META_COLUMNS} FROM documents WHERE client_id = ? AND session_id = ? ORDER BY created_at DESC`,
    );
  }

  add(meta: DocumentMeta, data: Buffer): void {
    this.insert.run({ ...meta, data });
  }

  get(id: string): { meta: DocumentMeta; data: Buffer } | undefined {
    const row = this.meta.get(id);
    const data = this.data.get(id);
    return row && data ? { meta: toMeta(row), data } : undefined;
  }

  list(clientId: string, sessionId?: string): DocumentMeta[] {
    return (sessionId ? this.forSession.all(clientId, sessionId) : this.forClient.all(clientId)).map(toMeta);
  }
}
