import type { CoreEvent } from '@shared/api/events';
import type { Db } from '../vault/sqlcipher';

/** What every area may use: the open vault, the clock, the log, and the event stream. */
export interface CoreContext {
  /** The open vault's connection; throws LOCKED (or NO_VAULT) when there is none. */
  db(): Db;
  /** Runs fn in one transaction on the open vault: all of it is written, or none. */
  transaction<T>(fn: () => T): T;
  now(): Date;
  log(message: string, err?: unknown): void;
  emit(event: CoreEvent): void;
}

/**
 * Something an area builds over the open vault once (prepared statements, caches), built again
 * for the next connection after a lock and unlock.
 */
export function perVault<T>(ctx: Pick<CoreContext, 'db'>, make: (db: Db) => T): () => T {
  const built = new WeakMap<Db, T>();
  return () => {
    const db = ctx.db();
    let value = built.get(db);
    if (value === undefined) {
      value = make(db);
      built.set(db, value);
    }
    return value;
  };
}
