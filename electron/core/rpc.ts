import type { AttachmentService } from './attachments/attachment-service';
import type { ClientService } from './clients/client-service';
import type { HandlerTable } from './dispatch';
import type { IdleLock } from './idle-lock';
import type { Repositories } from './repositories';
import type { SearchService } from './search/search-service';
import type { SessionService } from './sessions/session-service';
import type { SettingsService } from './settings/settings-service';
import type { TemplateService } from './templates/template-service';
import { estimatePassphrase } from './vault/passphrase-strength';
import type { VaultService } from './vault/vault-service';

export interface Services {
  vault: VaultService;
  idleLock: IdleLock;
  settings: SettingsService;
  clients: ClientService;
  sessions: SessionService;
  attachments: AttachmentService;
  templates: TemplateService;
  audit: () => Repositories;
  search: SearchService;
}

const DEFAULT_AUDIT_PAGE = 100;

/** The request table: method name -> handler. Inputs arrive already parsed by dispatch. */
export function buildHandlers(s: Services): HandlerTable {
  const { vault, settings, idleLock } = s;
  return {
    'vault.status': () => ({ state: vault.state() }),
    'vault.create': ({ passphrase }) => {
      vault.create(passphrase);
      return { state: 'unlocked' as const };
    },
    'vault.unlock': ({ passphrase }) => {
      vault.unlock(passphrase);
      return { state: 'unlocked' as const };
    },
    'vault.lock': () => {
      vault.lock();
      return { state: vault.state() };
    },
    'vault.touch': () => ({ state: vault.state() }),
    'vault.changePassphrase': ({ current, next }) => {
      vault.changePassphrase(current, next);
      return { changed: true as const };
    },
    'vault.passphraseStrength': ({ passphrase }) => estimatePassphrase(passphrase),

    'settings.get': () => settings.get(),
    'settings.public': () => {
      if (vault.state() !== 'unlocked') return settings.publicSettings();
      const { language, theme } = settings.get();
      return { language, theme };
    },
    'settings.update': (patch) => {
      const next = settings.update(patch);
      idleLock.setMinutes(next.idleLockMinutes);
      return next;
    },

    'clients.create': (input) => s.clients.create(input),
    'clients.update': (input) => s.clients.update(input),
    'clients.get': ({ id }) => s.clients.get(id),
    'clients.list': (input) => s.clients.list(input),

    'sessions.create': (input) => s.sessions.create(input),
    'sessions.update': (input) => s.sessions.update(input),
    'sessions.get': ({ id }) => s.sessions.get(id),
    'sessions.list': ({ clientId }) => s.sessions.list(clientId),
    'sessions.saveNote': (input) => s.sessions.saveNote(input),
    'sessions.sign': ({ id }) => s.sessions.sign(id),
    'sessions.addAddendum': ({ id, doc }) => s.sessions.addAddendum(id, doc),
    'sessions.signAddendum': ({ id }) => s.sessions.signAddendum(id),
    'sessions.delete': ({ id }) => s.sessions.delete(id),
    'sessions.restore': ({ id }) => s.sessions.restore(id),
    'sessions.unsigned': () => s.sessions.unsigned(),

    'templates.list': () => s.templates.list(),
    'templates.save': (input) => s.templates.save(input),
    'templates.delete': ({ id }) => s.templates.delete(id),

    'attachments.add': (input) => s.attachments.add(input),
    'attachments.get': ({ id }) => s.attachments.get(id),
    'attachments.list': (input) => s.attachments.list(input),

    'search.query': (input) => s.search.query(input),
    'search.rebuild': () => s.search.rebuild(),
    'search.check': () => s.search.check(),

    'audit.list': ({ clientId, limit, offset }) => s.audit().audit.list(clientId, limit ?? DEFAULT_AUDIT_PAGE, offset ?? 0),
  };
}
