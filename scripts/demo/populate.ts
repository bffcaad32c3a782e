import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Client } from '../../shared/api/clients';
import { docToPlainText } from '../../shared/notes/plain-text';
import { createRepositories } from '../../electron/core/repositories';
import type { StoredSession } from '../../electron/core/sessions/session-repository';
import { VaultService } from '../../electron/core/vault/vault-service';
import { generateClients, generateNotes } from './corpus-generator';

export interface PopulateOptions {
  clients: number;
  notes: number;
  words?: number;
  /** Notes older than this many days are signed, as in a real practice. */
  signOlderThanDays?: number;
  onProgress?: (done: number) => void;
}

const BATCH = 2_000;

/**
 * Creates a vault and fills it through the core's own repositories, so the search index and
 * audit log are built exactly as the app builds them, in batches of one transaction each.
 */
export function populateVault(dataDir: string, passphrase: string, options: PopulateOptions): { clientIds: string[] } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const vault = new VaultService({ dataDir });
  vault.create(passphrase);
  try {
    const repos = createRepositories(vault.connection(), () => new Date());
    const now = new Date().toISOString();
    const clientIds: string[] = [];
    repos.transaction(() => {
      for (const c of generateClients(options.clients)) {
        const client: Client = {
          id: randomUUID(),
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
          createdAt: now,
          updatedAt: now,
        };
        repos.clients.insertClient(client);
        repos.audit.record({ action: 'create', entity: 'client', entityId: client.id, clientId: client.id, detail: 'demo' });
        clientIds.push(client.id);
      }
    });

    const signBefore = Date.now() - (options.signOlderThanDays ?? 14) * 86_400_000;
    let batch: StoredSession[] = [];
    let done = 0;
    const flush = () => {
      repos.transaction(() => {
        for (const s of batch) {
          repos.sessions.insert(s);
          repos.audit.record({ action: 'create', entity: 'session', entityId: s.id, clientId: s.clientId, detail: 'demo' });
          if (Date.parse(s.startsAt) < signBefore) repos.sessions.sign(s.id, s.startsAt);
        }
      });
      done += batch.length;
      batch = [];
      options.onProgress?.(done);
    };
    for (const note of generateNotes(options.notes, options.clients, options.words)) {
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
