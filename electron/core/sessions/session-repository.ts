import type { Addendum, Session, SessionSummary } from '@shared/api/sessions';
import type { NoteDoc } from '@shared/notes/doc-schema';
import { countWords } from '@shared/notes/plain-text';
import type { Db } from '../vault/sqlcipher';

interface SessionRow {
  id: string;
  client_id: string;
  starts_at: string;
  duration_minutes: number;
  modality: Session['modality'];
  setting: Session['setting'];
  attendance: Session['attendance'];
  template: string;
  note_doc: string;
  note_text: string;
  revision: number;
  signed_at: string | null;
  deleted_at: string | null;
  created_at: string;
  updated_at: string;
}

interface AddendumRow {
  id: string;
  session_id: string;
  doc: string;
  text: string;
  created_at: string;
  signed_at: string | null;
}

export interface StoredSession extends Omit<Session, 'addenda'> {
  text: string;
  deletedAt: string | null;
}

/** The columns a session and its summary share. */
const toMeta = (r: SummaryRow) => ({
  id: r.id,
  clientId: r.client_id,
  startsAt: r.starts_at,
  durationMinutes: r.duration_minutes,
  modality: r.modality,
  setting: r.setting,
  attendance: r.attendance,
  template: r.template,
  signedAt: r.signed_at,
});

const toSession = (r: SessionRow): StoredSession => ({
  ...toMeta(r),
  doc: JSON.parse(r.note_doc) as NoteDoc,
  text: r.note_text,
  revision: r.revision,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toAddendum = (r: AddendumRow): Addendum => ({
  id: r.id,
  sessionId: r.session_id,
  doc: JSON.parse(r.doc) as NoteDoc,
  text: r.text,
  createdAt: r.created_at,
  signedAt: r.signed_at,
});

type SummaryRow = Pick<
  SessionRow,
  | 'id'
  | 'client_id'
  | 'starts_at'
  | 'duration_minutes'
  | 'modality'
  | 'setting'
  | 'attendance'
  | 'template'
  | 'signed_at'
  | 'note_text'
>;

export interface UnsignedRow {
  session_id: string;
  client_id: string;
  starts_at: string;
  updated_at: string;
}

/**
 * A client's last session and unsigned notes, each from a small index (migration 5), never from
 * the session rows, which carry the notes: joining those took a second for 100,000 notes.
 */
export const CLIENT_FIGURES_SQL = `
  SELECT (SELECT max(s.starts_at) FROM sessions s
           WHERE s.client_id = @clientId AND s.deleted_at IS NULL) AS last_session_at,
         (SELECT count(*) FROM sessions s
           WHERE s.client_id = @clientId AND s.signed_at IS NULL AND s.deleted_at IS NULL) AS unsigned_notes`;

const EXCERPT_CHARS = 160;

export class SessionRepository {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO sessions (id, client_id, starts_at, duration_minutes, modality, setting, attendance, template,
           note_doc, note_text, revision, signed_at, deleted_at, created_at, updated_at)
         VALUES (@id, @clientId, @startsAt, @durationMinutes, @modality, @setting, @attendance, @template,
           @doc, @text, @revision, NULL, NULL, @createdAt, @updatedAt)`,
      ),
      updateMeta: db.prepare(
        `UPDATE sessions SET starts_at = @startsAt, duration_minutes = @durationMinutes, modality = @modality,
           setting = @setting, attendance = @attendance, updated_at = @updatedAt
         WHERE id = @id`,
      ),
      saveNote: db.prepare<{ id: string; doc: string; text: string; revision: number; updatedAt: string }>(
        `UPDATE sessions SET note_doc = @doc, note_text = @text, revision = revision + 1, updated_at = @updatedAt
         WHERE id = @id AND revision = @revision AND signed_at IS NULL AND deleted_at IS NULL`,
      ),
      sign: db.prepare<[string, string]>('UPDATE sessions SET signed_at = ? WHERE id = ? AND signed_at IS NULL'),
      markDeleted: db.prepare<[string | null, string]>('UPDATE sessions SET deleted_at = ? WHERE id = ?'),
      // Whatever other areas keep for a session follows it through the schema (ON DELETE), so no
      // table tied to sessions can be forgotten here (see session-purge.test.ts).
      purge: db.prepare<[string]>(
        'DELETE FROM sessions WHERE deleted_at IS NOT NULL AND deleted_at < ? AND signed_at IS NULL',
      ),
      byId: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
      byClient: db.prepare<[string], SummaryRow>(
        `SELECT id, client_id, starts_at, duration_minutes, modality, setting, attendance, template, signed_at, note_text
         FROM sessions WHERE client_id = ? AND deleted_at IS NULL ORDER BY starts_at DESC`,
      ),
      addenda: db.prepare<[string], AddendumRow>('SELECT * FROM addenda WHERE session_id = ? ORDER BY created_at, seq'),
      addendumById: db.prepare<[string], AddendumRow>('SELECT * FROM addenda WHERE id = ?'),
      insertImported: db.prepare(
        `INSERT INTO sessions (id, client_id, starts_at, duration_minutes, modality, setting, attendance, template,
           note_doc, note_text, revision, signed_at, deleted_at, created_at, updated_at)
         VALUES (@id, @clientId, @startsAt, @durationMinutes, @modality, @setting, @attendance, @template,
           @doc, @text, @revision, @signedAt, NULL, @createdAt, @updatedAt)`,
      ),
      insertImportedAddendum: db.prepare(
        `INSERT INTO addenda (id, session_id, doc, text, created_at, signed_at)
         VALUES (@id, @sessionId, @doc, @text, @createdAt, @signedAt)`,
      ),
      insertAddendum: db.prepare(
        `INSERT INTO addenda (id, session_id, doc, text, created_at, signed_at)
         VALUES (@id, @sessionId, @doc, @text, @createdAt, NULL)`,
      ),
      signAddendum: db.prepare<[string, string]>('UPDATE addenda SET signed_at = ? WHERE id = ? AND signed_at IS NULL'),
      unsigned: db.prepare<[], UnsignedRow>(
        `SELECT id AS session_id, client_id, starts_at, updated_at
         FROM sessions WHERE signed_at IS NULL AND deleted_at IS NULL
         ORDER BY starts_at`,
      ),
      noteText: db
        .prepare<[string], string>('SELECT note_text FROM sessions WHERE id = ? AND deleted_at IS NULL')
        .pluck(),
      datesByClient: db.prepare<[string], { id: string; starts_at: string }>(
        'SELECT id, starts_at FROM sessions WHERE client_id = ? AND deleted_at IS NULL',
      ),
      clientFigures: db.prepare<{ clientId: string }, { last_session_at: string | null; unsigned_notes: number }>(
        CLIENT_FIGURES_SQL,
      ),
    };
  }

  insert(s: StoredSession): void {
    this.stmts.insert.run({ ...s, doc: JSON.stringify(s.doc) });
  }

  updateMeta(s: StoredSession): void {
    this.stmts.updateMeta.run(s);
  }

  /** Writes only if the caller saw the latest revision; false otherwise. */
  saveNote(id: string, doc: NoteDoc, text: string, revision: number, updatedAt: string): boolean {
    return this.stmts.saveNote.run({ id, doc: JSON.stringify(doc), text, revision, updatedAt }).changes === 1;
  }

  sign(id: string, at: string): void {
    this.stmts.sign.run(at, id);
  }

  setDeleted(id: string, at: string | null): void {
    this.stmts.markDeleted.run(at, id);
  }

  purgeDeletedBefore(at: string): number {
    return this.stmts.purge.run(at).changes;
  }

  get(id: string): StoredSession | undefined {
    const row = this.stmts.byId.get(id);
    return row ? toSession(row) : undefined;
  }

  addenda(sessionId: string): Addendum[] {
    return this.stmts.addenda.all(sessionId).map(toAddendum);
  }

  addendum(id: string): Addendum | undefined {
    const row = this.stmts.addendumById.get(id);
    return row ? toAddendum(row) : undefined;
  }

  /** A session from another vault's record, signed (or not) as it was there. */
  insertImported(s: StoredSession, addenda: Addendum[]): void {
    this.stmts.insertImported.run({ ...s, doc: JSON.stringify(s.doc) });
    for (const a of addenda) this.stmts.insertImportedAddendum.run({ ...a, doc: JSON.stringify(a.doc) });
  }

  insertAddendum(a: Addendum): void {
    this.stmts.insertAddendum.run({ ...a, doc: JSON.stringify(a.doc) });
  }

  signAddendum(id: string, at: string): void {
    this.stmts.signAddendum.run(at, id);
  }

  listForClient(clientId: string): SessionSummary[] {
    return this.stmts.byClient.all(clientId).map((r) => ({
      ...toMeta(r),
      excerpt: r.note_text.slice(0, EXCERPT_CHARS),
      words: countWords(r.note_text),
    }));
  }

  unsigned(): UnsignedRow[] {
    return this.stmts.unsigned.all();
  }

  /** A live session's note text only (the document, several times larger, is not read). */
  noteText(id: string): string | undefined {
    return this.stmts.noteText.get(id);
  }

  /** The dates of a client's live sessions, by id (from the index of live sessions by client). */
  datesOf(clientId: string): Map<string, string> {
    const dates = new Map<string, string>();
    for (const r of this.stmts.datesByClient.all(clientId)) dates.set(r.id, r.starts_at);
    return dates;
  }

  clientFigures(clientId: string): { lastSessionAt: string | null; unsignedNotes: number } {
    const row = this.stmts.clientFigures.get({ clientId });
    return { lastSessionAt: row?.last_session_at ?? null, unsignedNotes: row?.unsigned_notes ?? 0 };
  }
}
