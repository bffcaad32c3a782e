import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import { DEFAULT_DURATION_MINUTES, type Addendum, type Session } from '@shared/api/sessions';
import { emptyDoc, type NoteDoc } from '@shared/notes/doc-schema';
import { docToPlainText } from '@shared/notes/plain-text';
import type { AuditLog } from '../audit/audit-area';
import type { CoreContext } from '../app/context';
import type { ClientService } from '../clients/client-service';
import { AppError } from '../errors';
import type { SessionRepository, StoredSession } from './session-repository';

/** How long a deleted draft can be brought back before it is erased for good. */
export const UNDO_DELETE_MS = 60_000;
/** Autosave writes every second or so; the audit log records one "update" per sitting. */
const AUDIT_EDIT_COALESCE_MS = 10 * 60_000;
const DAY_MS = 86_400_000;

const sessionNotFound = (): AppError =>
  new AppError('NOT_FOUND', 'That session is not in this vault, or it was deleted.');
const alreadySigned = (): AppError =>
  new AppError('SIGNED', 'This note is signed and can no longer be changed. Add a dated addendum instead.');

export interface SessionDeps {
  audit: AuditLog;
  clients: Pick<ClientService, 'require' | 'names'>;
  /** Told of every text written, so compound-word search knows new words at once. */
  learn: (text: string) => void;
  /** Told when a session's date, note or presence changed, so areas that keep derived figures can drop them. */
  changed?: (clientId: string) => void;
}

export class SessionService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly sessions: () => SessionRepository,
    private readonly deps: SessionDeps,
  ) {}

  private now(): Date {
    return this.ctx.now();
  }

  private live(id: string): StoredSession {
    const s = this.sessions().get(id);
    if (!s || s.deletedAt) throw sessionNotFound();
    return s;
  }

  private draft(id: string): StoredSession {
    const s = this.live(id);
    if (s.signedAt) throw alreadySigned();
    return s;
  }

  private withAddenda(s: StoredSession): Session {
    const { text: _text, deletedAt: _deletedAt, ...session } = s;
    return { ...session, addenda: this.sessions().addenda(s.id) };
  }

  /** The live session (not a deleted draft) of that client, or NOT_FOUND: for other areas. */
  requireOfClient(sessionId: string, clientId: string): void {
    const session = this.sessions().get(sessionId);
    if (!session || session.deletedAt || session.clientId !== clientId) {
      throw new AppError('NOT_FOUND', 'That session is not one of this client’s.');
    }
  }

  /**
   * A live session's client, date and note text, for areas that anchor passages in notes; NOT_FOUND
   * for a deleted draft or an unknown id.
   */
  noteSource(sessionId: string): { clientId: string; startsAt: string; text: string } {
    const s = this.live(sessionId);
    return { clientId: s.clientId, startsAt: s.startsAt, text: s.text };
  }

  /** A live session's note text (empty for a deleted draft or an unknown id), cheaper than noteSource: for other areas. */
  noteText(sessionId: string): string {
    return this.sessions().noteText(sessionId) ?? '';
  }

  /** The dates of a client's live sessions, by id: for other areas. */
  datesOf(clientId: string): Map<string, string> {
    return this.sessions().datesOf(clientId);
  }

  /**
   * Sessions of a client's record from another vault (a record import), each with its own times,
   * signatures and addenda: a signed note arrives signed. Call inside the import's transaction.
   */
  insertImported(sessions: Array<{ session: StoredSession; addenda: Addendum[] }>): void {
    const repo = this.sessions();
    for (const { session, addenda } of sessions) repo.insertImported(session, addenda);
    for (const { session, addenda } of sessions) {
      this.deps.learn(session.text);
      for (const a of addenda) this.deps.learn(a.text);
    }
  }

  /** What the client list shows of a client's sessions. */
  clientFigures(clientId: string): { lastSessionAt: string | null; unsignedNotes: number } {
    return this.sessions().clientFigures(clientId);
  }

  create(input: ParsedInput<'sessions.create'>): Session {
    const sessions = this.sessions();
    const { audit } = this.deps;
    const at = this.now().toISOString();
    const doc: NoteDoc = input.doc ?? emptyDoc();
    const session: StoredSession = {
      id: randomUUID(),
      clientId: input.clientId,
      startsAt: input.startsAt ?? at,
      durationMinutes: input.durationMinutes ?? DEFAULT_DURATION_MINUTES,
      modality: input.modality ?? 'individual',
      setting: input.setting ?? 'inPerson',
      attendance: input.attendance ?? 'attended',
      template: input.template ?? 'free',
      doc,
      text: docToPlainText(doc),
      revision: 1,
      signedAt: null,
      deletedAt: null,
      createdAt: at,
      updatedAt: at,
    };
    this.ctx.transaction(() => {
      this.deps.clients.require(input.clientId);
      sessions.insert(session);
      audit.record({
        action: 'create',
        entity: 'session',
        entityId: session.id,
        clientId: session.clientId,
        detail: session.template,
      });
    });
    this.deps.learn(session.text);
    return this.withAddenda(session);
  }

  update({ id, ...patch }: ParsedInput<'sessions.update'>): Session {
    const sessions = this.sessions();
    const { audit } = this.deps;
    return this.ctx.transaction(() => {
      const next: StoredSession = { ...this.draft(id), ...patch, updatedAt: this.now().toISOString() };
      sessions.updateMeta(next);
      audit.record({
        action: 'update',
        entity: 'session',
        entityId: id,
        clientId: next.clientId,
        detail: Object.keys(patch).sort().join(', '),
      });
      this.deps.changed?.(next.clientId);
      return this.withAddenda(next);
    });
  }

  get(id: string): Session {
    return this.withAddenda(this.live(id));
  }

  /** The clinician opens a session: the same as get, and the reading is in the audit log. */
  open(id: string): Session {
    const session = this.get(id);
    this.deps.audit.read({ action: 'read', entity: 'session', entityId: id, clientId: session.clientId, detail: '' });
    return session;
  }

  list(clientId: string) {
    this.deps.clients.require(clientId);
    return this.sessions().listForClient(clientId);
  }

  saveNote({ id, doc, revision }: ParsedInput<'sessions.saveNote'>): { revision: number; savedAt: string } {
    const sessions = this.sessions();
    const { audit } = this.deps;
    const savedAt = this.now().toISOString();
    const text = docToPlainText(doc);
    const saved = this.ctx.transaction(() => {
      const current = this.draft(id);
      if (!sessions.saveNote(id, doc, text, revision, savedAt)) {
        throw new AppError(
          'CONFLICT',
          `This note was changed elsewhere (another window?) since revision ${revision}. Your text was not saved: copy it, then reopen the note.`,
        );
      }
      const last = audit.lastFor(id);
      const recent = last?.action === 'update' && Date.parse(savedAt) - Date.parse(last.at) < AUDIT_EDIT_COALESCE_MS;
      if (!recent)
        audit.record({ action: 'update', entity: 'session', entityId: id, clientId: current.clientId, detail: 'note' });
      this.deps.changed?.(current.clientId);
      return { revision: revision + 1, savedAt };
    });
    this.deps.learn(text);
    return saved;
  }

  sign(id: string): Session {
    const sessions = this.sessions();
    const { audit } = this.deps;
    return this.ctx.transaction(() => {
      const s = this.draft(id);
      const at = this.now().toISOString();
      sessions.sign(id, at);
      audit.record({ action: 'sign', entity: 'session', entityId: id, clientId: s.clientId, detail: '' });
      return this.withAddenda({ ...s, signedAt: at });
    });
  }

  addAddendum(id: string, doc: NoteDoc): Addendum {
    const sessions = this.sessions();
    const { audit } = this.deps;
    const added = this.ctx.transaction(() => {
      const s = this.live(id);
      if (!s.signedAt) {
        throw new AppError(
          'VALIDATION',
          'This note is still a draft: correct it directly. Addenda are for signed notes.',
        );
      }
      const addendum: Addendum = {
        id: randomUUID(),
        sessionId: id,
        doc,
        text: docToPlainText(doc),
        createdAt: this.now().toISOString(),
        signedAt: null,
      };
      sessions.insertAddendum(addendum);
      audit.record({ action: 'addendum', entity: 'addendum', entityId: addendum.id, clientId: s.clientId, detail: id });
      return addendum;
    });
    this.deps.learn(added.text);
    return added;
  }

  signAddendum(id: string): Addendum {
    const sessions = this.sessions();
    const { audit } = this.deps;
    return this.ctx.transaction(() => {
      const addendum = sessions.addendum(id);
      if (!addendum) throw new AppError('NOT_FOUND', 'That addendum is not in this vault.');
      if (addendum.signedAt) throw new AppError('SIGNED', 'This addendum is already signed.');
      const s = this.live(addendum.sessionId);
      const at = this.now().toISOString();
      sessions.signAddendum(id, at);
      audit.record({ action: 'sign', entity: 'addendum', entityId: id, clientId: s.clientId, detail: s.id });
      return { ...addendum, signedAt: at };
    });
  }

  delete(id: string): { id: string; deletedAt: string } {
    const sessions = this.sessions();
    const { audit } = this.deps;
    const at = this.now();
    let erased = 0;
    const deleted = this.ctx.transaction(() => {
      const s = this.draft(id);
      erased = sessions.purgeDeletedBefore(new Date(at.getTime() - UNDO_DELETE_MS).toISOString());
      sessions.setDeleted(id, at.toISOString());
      audit.record({ action: 'delete', entity: 'session', entityId: id, clientId: s.clientId, detail: 'draft' });
      this.deps.changed?.(s.clientId);
      return { id, deletedAt: at.toISOString() };
    });
    if (erased > 0) this.foldWal();
    return deleted;
  }

  /**
   * After drafts are erased, their words must not live on in the WAL's older frames: fold the WAL
   * into the vault and empty it (secure_delete has already overwritten them in the vault's pages).
   */
  private foldWal(): void {
    this.ctx.db().pragma('wal_checkpoint(TRUNCATE)');
  }

  restore(id: string): Session {
    const sessions = this.sessions();
    const { audit } = this.deps;
    return this.ctx.transaction(() => {
      const s = sessions.get(id);
      if (!s) throw sessionNotFound();
      if (!s.deletedAt) return this.withAddenda(s);
      if (this.now().getTime() - Date.parse(s.deletedAt) > UNDO_DELETE_MS) {
        throw new AppError('NOT_FOUND', 'That draft was deleted too long ago to bring back.');
      }
      sessions.setDeleted(id, null);
      audit.record({ action: 'restore', entity: 'session', entityId: id, clientId: s.clientId, detail: '' });
      this.deps.changed?.(s.clientId);
      return this.withAddenda({ ...s, deletedAt: null });
    });
  }

  /** Erases drafts whose undo time has passed; run when the vault opens. */
  purgeExpired(): void {
    if (this.sessions().purgeDeletedBefore(new Date(this.now().getTime() - UNDO_DELETE_MS).toISOString()) > 0)
      this.foldWal();
  }

  unsigned() {
    const now = this.now().getTime();
    const names = new Map<string, { name: string; pseudonym: string }>();
    const namesOf = (clientId: string) => {
      let found = names.get(clientId);
      if (!found) names.set(clientId, (found = this.deps.clients.names(clientId)));
      return found;
    };
    return this.sessions()
      .unsigned()
      .map((r) => ({
        sessionId: r.session_id,
        clientId: r.client_id,
        clientName: namesOf(r.client_id).name,
        clientPseudonym: namesOf(r.client_id).pseudonym,
        startsAt: r.starts_at,
        updatedAt: r.updated_at,
        ageDays: Math.max(0, Math.floor((now - Date.parse(r.starts_at)) / DAY_MS)),
      }));
  }
}
