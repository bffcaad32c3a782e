import { z } from 'zod';
import { RUPTURE_OUTCOMES, RUPTURE_TYPES } from '../clinical/rupture-catalogue';
import { idSchema, isoDateTime } from './common';
import { unsignedNoteSchema } from './sessions';

/** Each list of the overview shows at most this many items; its count counts them all. */
export const OVERVIEW_LIST_MAX = 100;

const clientRef = {
  clientId: idSchema,
  clientName: z.string(),
  clientPseudonym: z.string(),
};

export const overviewSchema = z.object({
  /** Ruptures not resolved (unresolved or partly resolved), oldest session first. */
  openRuptures: z.object({
    count: z.number().int().min(0),
    items: z.array(
      z.object({
        id: idSchema,
        ...clientRef,
        sessionId: idSchema,
        sessionStartsAt: isoDateTime,
        type: z.enum(RUPTURE_TYPES),
        intensity: z.number().int(),
        outcome: z.enum(RUPTURE_OUTCOMES),
        /** The furthest stage of repair reached, or null. */
        stage: z.string().nullable(),
        /** When the last step was taken (its session), or the rupture's session. */
        lastActivityAt: isoDateTime,
      }),
    ),
  }),
  /** Dips of a client's alliance with no rupture logged near them, newest first. */
  possibleUnnoticed: z.object({
    count: z.number().int().min(0),
    items: z.array(
      z.object({
        ...clientRef,
        sessionId: idSchema,
        startsAt: isoDateTime,
        dropSd: z.number(),
        repairedAtSessionId: idSchema.nullable(),
      }),
    ),
  }),
  /** Notes not yet signed, oldest first. */
  unsignedNotes: z.object({ count: z.number().int().min(0), items: z.array(unsignedNoteSchema) }),
  /** Ruptures logged at sessions of this calendar month (the core's local time), by type. */
  rupturesThisMonth: z.object({
    /** YYYY-MM */
    month: z.string(),
    total: z.number().int().min(0),
    byType: z.object(
      Object.fromEntries(RUPTURE_TYPES.map((t) => [t, z.number().int().min(0)])) as Record<
        (typeof RUPTURE_TYPES)[number],
        z.ZodNumber
      >,
    ),
  }),
});
export type Overview = z.infer<typeof overviewSchema>;

export const overviewMethods = {
  /** The practice at a glance: what waits for follow-up. */
  'overview.get': { input: z.strictObject({}), output: overviewSchema },
} as const;
