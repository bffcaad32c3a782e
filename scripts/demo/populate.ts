import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { docToPlainText } from '../../shared/notes/plain-text';
import { AuditRepository } from '../../electron/core/audit/audit-repository';
import { ClientRepository } from '../../electron/core/clients/client-repository';
import { SessionRepository, type StoredSession } from '../../electron/core/sessions/session-repository';
import { VaultService } from '../../electron/core/vault/vault-service';
import { generateClients, generateNotes, type GeneratedNote } from './corpus-generator';

export interface PopulateOptions {
  clients: number;
  notes: number;
  words?: number;
  /** Notes older than this many days are signed, as in a real practice. */
  signOlderThanDays?: number;
  onProgress?: (done: number) => void;
  /** Another corpus's notes (the search benchmark's second corpus); the demo corpus by default. */
  generate?: (count: number, clients: number, words?: number) => Iterable<GeneratedNote>;
}

const BATCH = 2_000;

/**
 * Creates a vault and fills it through the core's own repositories, so the search index (its
 * triggers) and audit log are built exactly as the app builds them, in batches of one
 * transaction each.
 */
export function populateVault(dataDir: string, passphrase: string, options: PopulateOptions): { clientIds: string[] } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const vault = new VaultService({ dataDir });
  vault.create(passphrase);
  try {
    const db = vault.connection();
    const transaction = <T>(fn: () => T): T => db.transaction(fn)();
    const repos = {
      clients: new ClientRepository(db),
      sessions: new SessionRepository(db),
      audit: new AuditRepository(db, () => new Date()),
    };
    const created = new Date().toISOString();
    const clientIds = transaction(() =>
      generateClients(options.clients).map((c) => {
        const id = randomUUID();
        repos.clients.insertClient({
          id,
          name: c.name,
          pseudonym: c.pseudonym,
          dateOfBirth: null,
          email: '',
          phone: '',
          address: '',
          referralSource: '',
          treatmentStart: null,
          treatmentEnd: null,
          status: 'active',
          presentingProblems: '',
          tags: c.tags,
          createdAt: created,
          updatedAt: created,
        });
        repos.audit.record({ action: 'create', entity: 'client', entityId: id, clientId: id, detail: 'demo' });
        return id;
      }),
    );

    const signBefore = Date.now() - (options.signOlderThanDays ?? 14) * 86_400_000;
    let batch: StoredSession[] = [];
    let done = 0;
    const flush = () => {
      transaction(() => {
        for (const s of batch) {
          repos.sessions.insert(s);
          repos.audit.record({
            action: 'create',
            entity: 'session',
            entityId: s.id,
            clientId: s.clientId,
            detail: 'demo',
          });
          if (Date.parse(s.startsAt) < signBefore) repos.sessions.sign(s.id, s.startsAt);
        }
      });
      done += batch.length;
      batch = [];
      options.onProgress?.(done);
    };
    for (const note of (options.generate ?? generateNotes)(options.notes, options.clients, options.words)) {
      batch.push({
        id: randomUUID(),
        clientId: clientIds[note.clientIndex] as string,
        startsAt: note.startsAt,
        durationMinutes: 50,
        modality: 'individual',
        setting: 'inPerson',
        attendance: 'attended',
        template: 'free',
        doc: note.doc,
        text: docToPlainText(note.doc),
        revision: 1,
        signedAt: null,
        deletedAt: null,
        createdAt: note.startsAt,
        updatedAt: note.startsAt,
      });
      if (batch.length >= BATCH) flush();
    }
    if (batch.length > 0) flush();
    return { clientIds };
  } finally {
    vault.lock();
  }
}
