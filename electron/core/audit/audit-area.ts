import { setImmediate, setTimeout } from 'node:timers';
import type { AuditEntry } from '@shared/api/audit';
import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import { ChainWalk, type ChainCheck } from './audit-chain';
import { AuditRepository } from './audit-repository';

const DEFAULT_AUDIT_PAGE = 100;

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at' | 'actor'>;

/** What other areas may do with the audit log: add to it, and read an entity's latest entry. */
export interface AuditLog {
  record(entry: NewAuditEntry): void;
  lastFor(entityId: string): AuditEntry | undefined;
  /** Every entry about a client, oldest first (a record export). */
  allFor(clientId: string): AuditEntry[];
  /** Entries from another vault's log, with their own times (a record import). */
  append(entries: Array<Omit<AuditEntry, 'id'>>): void;
  /** Whether that source vault's client was imported here before. */
  imported(sourceClientId: string): boolean;
  /**
   * Notes that a record was read (or searched): once per entity and sitting, so a screen that
   * reloads does not fill the log.
   */
  read(entry: NewAuditEntry & { action: 'read' | 'search' }): void;
  /** A client's erasure: their entries emptied, the chain kept (see AuditRepository.redactClient). */
  redactClient(clientId: string): number;
  /** When each client's record was last written to. */
  lastWrites(): Map<string, string>;
  lastWriteFor(clientId: string): string | undefined;
  erasures(): Array<{ at: string; detail: string }>;
}

/** Reads of one record within this long count as one sitting. */
const READ_COALESCE_MS = 10 * 60_000;

/**
 * Entries of the hash chain unlock checks before it returns (about 0.1 s here); a longer log is
 * checked on after unlock, a slice at a time, so a million entries (5 s of reading and hashing)
 * never hold the door. A slice is about 10 ms: requests wait at most that long behind it.
 */
export const CHAIN_UNLOCK_ROWS = 20_000;
export const CHAIN_SLICE_ROWS = 2_000;

export interface AuditAreaOptions {
  /** Tests pass small numbers to check a short log in slices. */
  chainUnlockRows?: number;
  chainSliceRows?: number;
  /** A pause between slices (none: the next slice comes at the next turn of the event loop). */
  chainSlicePauseMs?: number;
}

type Integrity = ChainCheck & { pending: boolean };

export function createAuditArea(ctx: CoreContext, options: AuditAreaOptions = {}) {
  const unlockRows = options.chainUnlockRows ?? CHAIN_UNLOCK_ROWS;
  const sliceRows = options.chainSliceRows ?? CHAIN_SLICE_ROWS;
  const pauseMs = options.chainSlicePauseMs ?? 0;
  const later = (fn: () => void) => (pauseMs > 0 ? setTimeout(fn, pauseMs) : setImmediate(fn));
  const repository = perVault(ctx, (db) => new AuditRepository(db, () => ctx.now()));
  let integrity: Integrity = { ok: true, checked: 0, brokenAt: null, pending: false };
  /** Bumped at every unlock and lock: a walk from an earlier sitting stops at its next slice. */
  let sitting = 0;
  let walking: Promise<void> = Promise.resolve();

  /**
   * Feeds the walk slices until `budget` entries are read, the chain as it stood at unlock
   * (up to `upTo`) is walked, or a break is found; true when nothing is left to read.
   */
  const walkOn = (walk: ChainWalk, upTo: number, budget: number): boolean => {
    for (let read = 0; read < budget; read += sliceRows) {
      const limit = Math.min(sliceRows, budget - read);
      const rows = repository().chainSlice(walk.lastId, upTo, limit);
      if (!walk.feed(rows) || rows.length < limit) return true;
    }
    return walk.lastId >= upTo;
  };

  const finished = (walk: ChainWalk): Integrity => {
    const result = walk.result();
    if (!result.ok) ctx.log(`The audit log's hash chain is broken at entry ${result.brokenAt ?? '?'}`);
    return { ...result, pending: false };
  };

  /** The rest of the walk, a slice per turn of the event loop, answering requests between slices. */
  const walkInBackground = (walk: ChainWalk, upTo: number, mine: number): Promise<void> =>
    new Promise((resolve) => {
      const next = () => {
        if (mine !== sitting) return resolve();
        try {
          if (!walkOn(walk, upTo, sliceRows)) {
            integrity = { ...walk.result(), pending: true };
            later(next);
            return;
          }
        } catch (err) {
          // The vault locked between slices, or the read failed: the walk ends unfinished.
          if (mine === sitting) ctx.log('The check of the audit log stopped', err);
          return resolve();
        }
        integrity = finished(walk);
        ctx.emit({ type: 'audit.checked', payload: { ok: integrity.ok } });
        resolve();
      };
      later(next);
    });
  const log: AuditLog = {
    record: (entry) => repository().record(entry),
    lastFor: (entityId) => repository().lastFor(entityId),
    allFor: (clientId) => repository().allFor(clientId),
    append: (entries) => {
      for (const entry of entries) repository().append(entry);
    },
    imported: (sourceClientId) => repository().imported(sourceClientId),
    redactClient: (clientId) => repository().redactClient(clientId, ctx.now().toISOString()),
    lastWrites: () => repository().lastWrites(),
    lastWriteFor: (clientId) => repository().lastWriteFor(clientId),
    erasures: () => repository().erasures(),
    read: (entry) => {
      const last = repository().lastFor(entry.entityId);
      if (last?.action === entry.action && ctx.now().getTime() - Date.parse(last.at) < READ_COALESCE_MS) return;
      // A record is shown even when its reading cannot be written (a full disk): the clinician
      // may need it now, and nothing of the record is at stake.
      try {
        ctx.transaction(() => repository().record(entry));
      } catch (err) {
        ctx.log(`A ${entry.action} of ${entry.entity} could not be written to the audit log`, err);
      }
    },
  };
  const area = defineArea({
    name: 'audit',
    handlers: {
      'audit.list': ({ clientId, limit, offset }) =>
        repository().list(clientId, limit ?? DEFAULT_AUDIT_PAGE, offset ?? 0),
      'audit.integrity': () => integrity,
    },
    // The chain is checked as the vault opens (history changed with another tool shows at once),
    // up to the newest entry before the opening itself is written, which also covers that entry.
    // A long log goes on being checked after unlock (see CHAIN_UNLOCK_ROWS).
    onUnlock: () => {
      const mine = ++sitting;
      const upTo = repository().newestId();
      const walk = new ChainWalk();
      const done = walkOn(walk, upTo, unlockRows);
      integrity = done ? finished(walk) : { ...walk.result(), pending: true };
      ctx.transaction(() =>
        repository().record({ action: 'unlock', entity: 'vault', entityId: 'vault', clientId: null, detail: '' }),
      );
      if (!done) walking = walkInBackground(walk, upTo, mine);
    },
    onLock: () => {
      sitting++;
    },
  });
  /** Resolves once the check of the chain that unlock started is done or stopped (for tests and benchmarks). */
  const chainChecked = (): Promise<void> => walking;
  return { area, log, chainChecked };
}
