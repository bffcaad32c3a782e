import { AttachmentRepository } from './attachments/attachment-repository';
import { AuditRepository } from './audit/audit-repository';
import { ClientRepository } from './clients/client-repository';
import { SearchRepository } from './search/search-repository';
import { Vocabulary } from './search/vocabulary';
import { SessionRepository } from './sessions/session-repository';
import { SettingsRepository } from './settings/settings-repository';
import { TemplateRepository } from './templates/template-repository';
import type { Db } from './vault/sqlcipher';

/** Every repository over one open vault; statements are prepared once, when the vault opens. */
export interface Repositories {
  settings: SettingsRepository;
  clients: ClientRepository;
  sessions: SessionRepository;
  attachments: AttachmentRepository;
  templates: TemplateRepository;
  audit: AuditRepository;
  search: SearchRepository;
  vocabulary: Vocabulary;
  /** Runs fn in one transaction: all of it is written, or none. */
  transaction: <T>(fn: () => T) => T;
}

export function createRepositories(db: Db, now: () => Date): Repositories {
  const vocabulary = new Vocabulary(db);
  return {
    settings: new SettingsRepository(db),
    clients: new ClientRepository(db, vocabulary),
    sessions: new SessionRepository(db, vocabulary),
    attachments: new AttachmentRepository(db),
    templates: new TemplateRepository(db),
    audit: new AuditRepository(db, now),
    search: new SearchRepository(db),
    vocabulary,
    transaction: (fn) => db.transaction(fn)(),
  };
}
