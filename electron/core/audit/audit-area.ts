import type { AuditEntry } from '@shared/api/audit';
import { defineArea } from '../app/area';
import { perVault, type CoreContext } from '../app/context';
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
}

export function createAuditArea(ctx: CoreContext) {
  const repository = perVault(ctx, (db) => new AuditRepository(db, () => ctx.now()));
  const log: AuditLog = {
    record: (entry) => repository().record(entry),
    lastFor: (entityId) => repository().lastFor(entityId),
    allFor: (clientId) => repository().allFor(clientId),
    append: (entries) => {
      for (const entry of entries) repository().append(entry);
    },
    imported: (sourceClientId) => repository().imported(sourceClientId),
  };
  const area = defineArea({
    name: 'audit',
    handlers: {
      'audit.list': ({ clientId, limit, offset }) => repository().list(clientId, limit ?? DEFAULT_AUDIT_PAGE, offset ?? 0),
    },
  });
  return { area, log };
}
