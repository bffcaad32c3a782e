import { z } from 'zod';
import { idSchema, isoDateTime } from './common';
import { MAX_ERASURE_REASON, MIN_ERASURE_REASON, PRACTICE_COUNTRIES } from './constants';

export {
  CLIPBOARD_CLEAR_SECONDS,
  DEFAULT_CLIPBOARD_CLEAR_SECONDS,
  MAX_RETENTION_YEARS,
  PRACTICE_COUNTRIES,
  RETENTION_DEFAULT_YEARS,
  RETENTION_MIN_YEARS,
} from './constants';

export const practiceCountrySchema = z.enum(PRACTICE_COUNTRIES);
export type PracticeCountry = z.infer<typeof practiceCountrySchema>;

/** Where a client's record stands against the practice's retention period. */
export const retentionStatusSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  pseudonym: z.string(),
  /** The last time anything was written in the record (an entry, a change, a signature). */
  lastEntryAt: isoDateTime,
  /** lastEntryAt plus the practice's period: from then on the record may be erased. */
  retentionEndsAt: isoDateTime,
  passed: z.boolean(),
});
export type RetentionStatus = z.infer<typeof retentionStatusSchema>;

const erasureSchema = z.object({
  at: isoDateTime,
  /** Erased before its period ended, on the legal reason given. */
  override: z.boolean(),
  reason: z.string(),
});

export const retentionMethods = {
  /** The records past the practice's period, oldest last entry first, for the clinician to review. */
  'retention.review': {
    input: z.strictObject({}),
    output: z.object({
      country: practiceCountrySchema,
      years: z.number().int(),
      due: z.array(retentionStatusSchema),
      /** Erasures made so far: when, and on what ground (never whose). */
      erasures: z.array(erasureSchema),
    }),
  },
  'retention.status': {
    input: z.strictObject({ clientId: idSchema }),
    output: retentionStatusSchema.extend({ country: practiceCountrySchema, years: z.number().int() }),
  },
  /**
   * Erases everything of a client's (record, documents, notes signed or not, the words in the
   * search index), then compacts the vault so no page keeps them; the audit log keeps that an
   * erasure happened, and why. Refused with RETENTION inside the period unless `override` gives
   * the legal reason. `confirmName` must be the client's name (or pseudonym, where one is set) as stored.
   */
  'clients.erase': {
    input: z.strictObject({
      clientId: idSchema,
      confirmName: z.string().max(500),
      override: z
        .strictObject({ reason: z.string().trim().min(MIN_ERASURE_REASON).max(MAX_ERASURE_REASON) })
        .optional(),
    }),
    output: z.object({ erased: z.literal(true), rows: z.number().int().min(0) }),
  },
} as const;
