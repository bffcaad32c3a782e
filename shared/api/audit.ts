import { z } from 'zod';
import { idSchema, isoDateTime } from './common';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, MAX_AUDIT_PAGE } from './constants';

export { AUDIT_ACTIONS, AUDIT_ENTITIES } from './constants';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: isoDateTime,
  /** The practice's clinician; one user per vault for now. */
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  entity: z.enum(AUDIT_ENTITIES),
  entityId: z.string(),
  clientId: idSchema.nullable(),
  detail: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditMethods = {
  'audit.list': {
    input: z.strictObject({
      clientId: idSchema.optional(),
      limit: z.number().int().min(1).max(MAX_AUDIT_PAGE).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    output: z.object({ total: z.number().int().min(0), entries: z.array(auditEntrySchema) }),
  },
  /**
   * Whether the log's hash chain held when the vault was unlocked: each entry carries the SHA-256
   * of the one before it, so one changed or removed with another tool breaks it at that place.
   * A long log is checked after unlock, a slice at a time: until that is done `pending` is true
   * and `ok` says only that no break was found so far; the 'audit.checked' event says when it is.
   */
  'audit.integrity': {
    input: z.strictObject({}),
    output: z.object({
      ok: z.boolean(),
      checked: z.number().int().min(0),
      brokenAt: z.number().int().nullable(),
      pending: z.boolean(),
    }),
  },
} as const;
