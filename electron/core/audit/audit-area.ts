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
}

export function createAuditArea(ctx: CoreContext) {
  const repository = perVault(ctx, (db) => new AuditRepository(db, () => ctx.now()));
  const log: AuditLog = {
    record: (entry) => repository().record(entry),
    lastFor: (entityId) => repository().lastFor(entityId),
  };
  const area = defineArea({
    name: 'audit',
    handlers: {
      'audit.list': ({ clientId, limit, offset }) => repository().list(clientId, limit ?? DEFAULT_AUDIT_PAGE, offset ?? 0),
    },
  });
  return { area, log };
}
