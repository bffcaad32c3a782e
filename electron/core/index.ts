import { mkdirSync, statSync } from 'node:fs';
import type { MethodName } from '@shared/api/contract';
import { DEFAULT_IDLE_LOCK_MINUTES } from '@shared/api/settings';
import { createDispatcher, type Dispatch } from './dispatch';
import { IdleLock } from './idle-lock';
import { AttachmentService } from './attachments/attachment-service';
import { ClientService } from './clients/client-service';
import { createRepositories, type Repositories } from './repositories';
import { buildHandlers } from './rpc';
import { SearchService } from './search/search-service';
import { SessionService } from './sessions/session-service';
import { SettingsService } from './settings/settings-service';
import { TemplateService } from './templates/template-service';
import { ReaderThread } from './vault/reader-thread';
import { VaultService } from './vault/vault-service';

export interface CoreOptions {
  dataDir: string;
  /** The Electron-ABI build of the SQLite module, when the core runs inside Electron. */
  nativeBinding?: string;
  log?: (message: string, err?: unknown) => void;
  /** The clock; tests pass their own. */
  now?: () => Date;
  /**
   * From this vault size up, unlock starts the reader thread (a second connection that counts
   * search matches and reads the vocabulary in the background). Below it that work takes
   * milliseconds on the main connection. Tests pass 0 to use it on small vaults.
   */
  readerMinBytes?: number;
}

export const READER_MIN_BYTES = 32 * 1024 * 1024;

export interface Core {
  dispatch: Dispatch;
  /** Locks at once (used for suspend and screen lock, and on shutdown). */
  lock: () => void;
  /**
   * Resolves once the background work unlock started is done (for tests and benchmarks), telling
   * whether the reader thread is serving.
   */
  settled: () => Promise<{ reader: boolean }>;
  close: () => void;
}

/** Requests that do not show the clinician at work, so they never postpone the idle lock. */
const PASSIVE_METHODS = new Set<MethodName>(['vault.status', 'settings.public', 'vault.passphraseStrength']);

export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const now = options.now ?? (() => new Date());
  let repositories: Repositories | undefined;
  const reader = new ReaderThread((message) => options.log?.(`The reader thread stopped: ${message}`));
  let background: Promise<void> = Promise.resolve();
  const repos = (): Repositories => {
    const db = vault.connection();
    return (repositories ??= createRepositories(db, now));
  };
  const services = {
    settings: new SettingsService(options.dataDir, repos),
    clients: new ClientService(repos, now),
    sessions: new SessionService(repos, now),
    attachments: new AttachmentService(repos, now),
    templates: new TemplateService(repos, now),
    audit: repos,
    search: new SearchService(repos, reader),
  };
  const idleLock = new IdleLock(DEFAULT_IDLE_LOCK_MINUTES, () => vault.lock());
  const vault: VaultService = new VaultService({
    dataDir: options.dataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    onUnlock: (_db, passphrase) => {
      services.sessions.purgeExpired();
      startReader(passphrase);
      idleLock.setMinutes(services.settings.get().idleLockMinutes);
      idleLock.touch();
    },
    onLock: () => {
      reader.stop();
      idleLock.stop();
      repositories = undefined;
    },
  });

  /** Only ever saves time: if the thread cannot start, the main connection does its work. */
  function startReader(passphrase: string): void {
    if (statSync(vault.path).size < (options.readerMinBytes ?? READER_MIN_BYTES)) return;
    try {
      reader.start({
        path: vault.path,
        passphrase,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      });
    } catch (err) {
      options.log?.('The reader thread could not start', err);
      return;
    }
    const { vocabulary } = repos();
    background = vocabulary
      .preload(async (sql) => ((await reader.whenReady()) ? reader.rows({ sql, params: {} }) : undefined))
      .catch((err: unknown) => options.log?.('The vocabulary could not be read in the background', err));
  }

  const dispatch = createDispatcher(buildHandlers({ vault, idleLock, ...services }), {
    beforeHandler: (method) => {
      if (!PASSIVE_METHODS.has(method) && vault.state() === 'unlocked') idleLock.touch();
    },
    onInternalError: (method, err) => options.log?.(`Internal error in ${method}`, err),
  });

  return {
    dispatch,
    lock: () => vault.lock(),
    settled: () => background.then(() => ({ reader: reader.ready })),
    close: () => {
      idleLock.stop();
      vault.lock();
    },
  };
}
