import type { AuditEntry } from '@shared/api/audit';
import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
import type { ChainCheck } from './audit-chain';
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

export function createAuditArea(ctx: CoreContext) {
  const repository = perVault(ctx, (db) => new AuditRepository(db, () => ctx.now()));
  let integrity: ChainCheck = { ok: true, checked: 0, brokenAt: null };
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
    // then the opening itself is written, which also covers what was the newest entry.
    onUnlock: () => {
      integrity = repository().checkChain();
      if (!integrity.ok) ctx.log(`The audit log's hash chain is broken at entry ${integrity.brokenAt ?? '?'}`);
      ctx.transaction(() =>
        repository().record({ action: 'unlock', entity: 'vault', entityId: 'vault', clientId: null, detail: '' }),
      );
    },
  });
  return { area, log };
}
