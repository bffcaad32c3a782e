import { AttachmentRepository } from './attachments/attachment-repository';
import { AuditRepository } from './audit/audit-repository';
import { ClientRepository } from './clients/client-repository';
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
  /** Runs fn in one transaction: all of it is written, or none. */
  transaction: <T>(fn: () => T) => T;
}

export function createRepositories(db: Db, now: () => Date): Repositories {
  return {
    settings: new SettingsRepository(db),
    clients: new ClientRepository(db),
    sessions: new SessionRepository(db),
    attachments: new AttachmentRepository(db),
    templates: new TemplateRepository(db),
    audit: new AuditRepository(db, now),
    transaction: (fn) => db.transaction(fn)(),
  };
}
