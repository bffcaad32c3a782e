import { statSync } from 'node:fs';
import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import type { AuditLog } from '../audit/audit-area';
import type { JobRunner } from '../jobs/job-runner';
import { ReaderThread } from '../vault/reader-thread';
import { dropUnfinishedRebuilds } from './index-rebuild';
import { SearchRepository } from './search-repository';
import { SearchService } from './search-service';
import { Vocabulary } from './vocabulary';

export interface SearchOptions {
  nativeBinding?: string;
  /**
   * From this vault size up, unlock starts the reader thread (a second connection that counts
   * search matches and reads the vocabulary in the background). Below it that work takes
   * milliseconds on the main connection.
   */
  readerMinBytes: number;
}

export interface SearchDeps {
  jobs: JobRunner;
  audit: Pick<AuditLog, 'read'>;
  clientNames: (clientId: string) => { name: string; pseudonym: string };
}

export function createSearchArea(ctx: CoreContext, options: SearchOptions, deps: SearchDeps) {
  const reader = new ReaderThread((message) => ctx.log(`The reader thread stopped: ${message}`));
  const store = perVault(ctx, (db) => ({
    search: new SearchRepository(db),
    vocabulary: new Vocabulary(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
  }));
  const service = new SearchService(store, deps.clientNames, reader);
  let background: Promise<void> = Promise.resolve();
  let rebuilding: Promise<{ rebuilt: string[] }> | undefined;

  /** Only ever saves time: if the thread cannot start, the main connection does its work. */
  function startReader(path: string, passphrase: string): void {
    if (statSync(path).size < options.readerMinBytes) return;
    try {
      reader.start({ path, passphrase, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    } catch (err) {
      ctx.log('The reader thread could not start', err);
      return;
    }
    background = store()
      .vocabulary.preload(async (sql) => ((await reader.whenReady()) ? reader.rows({ sql, params: {} }) : undefined))
      .catch((err: unknown) => ctx.log('The vocabulary could not be read in the background', err));
  }

  const area = defineArea({
    name: 'search',
    handlers: {
      'search.query': async (input) => {
        const found = await service.query(input);
        // That a search was made, never what was searched for: the words may be a client's own.
        deps.audit.read({
          action: 'search',
          entity: 'vault',
          entityId: input.clientId ? `search:${input.clientId}` : 'search',
          clientId: input.clientId ?? null,
          detail: input.kinds ? input.kinds.join(', ') : '',
        });
        return found;
      },
      // One rebuild at a time: asking again while one runs waits for that one.
      'search.rebuild': () =>
        (rebuilding ??= deps.jobs
          .run('search.rebuild', (job) => service.rebuild(job))
          .finally(() => {
            rebuilding = undefined;
          })),
      'search.check': () => service.check(),
    },
    onUnlock: ({ db, path, passphrase }) => {
      dropUnfinishedRebuilds(db);
      startReader(path, passphrase);
    },
    onLock: () => reader.stop(),
  });

  return {
    area,
    service,
    /** Resolves once the background work unlock started is done, telling whether the reader serves. */
    settled: () => background.then(() => ({ reader: reader.ready })),
  };
}
