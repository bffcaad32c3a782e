import { z } from 'zod';
import {
  ALLIANCE_PARTS,
  INTENSITY_MAX,
  INTENSITY_MIN,
  MARKER_IDS,
  RUPTURE_OUTCOMES,
  RUPTURE_TYPES,
  STAGE_IDS,
  STRATEGY_IDS,
  markerFitsType,
} from '../clinical/rupture-catalogue';
import { byId, idSchema, isoDateTime, shortText } from './common';
import { MAX_CONTRIBUTION } from './constants';
import { quoteInputSchema } from './evidence';

export { MAX_CONTRIBUTION } from './constants';

const markerSchema = z.string().refine((id) => MARKER_IDS.includes(id), { message: 'Not a marker of the catalogue.' });
const strategySchema = z
  .string()
  .refine((id) => STRATEGY_IDS.includes(id), { message: 'Not a strategy of the catalogue.' });
const stageSchema = z.string().refine((id) => STAGE_IDS.includes(id), { message: 'Not a stage of any repair model.' });

const fields = {
  type: z.enum(RUPTURE_TYPES),
  /** 1 (minor tension) to 5 (major breakdown). */
  intensity: z.number().int().min(INTENSITY_MIN).max(INTENSITY_MAX),
  markers: z.array(markerSchema).max(MARKER_IDS.length),
  strained: z.array(z.enum(ALLIANCE_PARTS)).max(ALLIANCE_PARTS.length),
  strategies: z.array(strategySchema).max(STRATEGY_IDS.length),
  /** The clinician's own part in it, in their words. */
  contribution: shortText(MAX_CONTRIBUTION),
  outcome: z.enum(RUPTURE_OUTCOMES),
};

/** A step of repair reached, at the session where it happened. */
export const repairStepSchema = z.object({
  stage: z.string(),
  /** 1-based place in the rupture's model (REPAIR_MODELS in shared/clinical/rupture-catalogue.ts). */
  step: z.number().int().min(1),
  sessionId: idSchema,
  sessionStartsAt: isoDateTime,
  recordedAt: isoDateTime,
});
export type RepairStep = z.infer<typeof repairStepSchema>;

export const ruptureSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  sessionId: idSchema,
  /** The session's date, so ruptures read in time and sit on the alliance timeline. */
  sessionStartsAt: isoDateTime,
  type: fields.type,
  intensity: fields.intensity,
  markers: z.array(z.string()),
  strained: z.array(z.enum(ALLIANCE_PARTS)),
  strategies: z.array(z.string()),
  contribution: z.string(),
  /** The passage of the session's note, kept as a quote (the note is never changed). */
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }).nullable(),
  /** Where the passage is in the note's plain text now; null when there is none or it was edited away. */
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
  /** The steps reached, in order; the last is the stage the repair has reached. */
  steps: z.array(repairStepSchema),
  /** The furthest stage reached, or null before the first step is recorded. */
  stage: z.string().nullable(),
  outcome: fields.outcome,
  /** Where it was resolved: only with outcome "resolved". */
  resolvedSessionId: idSchema.nullable(),
  resolvedStartsAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Rupture = z.infer<typeof ruptureSchema>;

const markersFit = (v: { type?: (typeof RUPTURE_TYPES)[number]; markers?: string[] | undefined }) =>
  v.type === undefined || v.markers === undefined || v.markers.every((m) => markerFitsType(m, v.type!));
const markersMessage = {
  message:
    'A marker of the other kind of rupture: withdrawal markers for withdrawal, confrontation markers for confrontation, either for both.',
  path: ['markers'],
};

export const ruptureMethods = {
  /**
   * Logs a rupture at a session of a client (draft or signed note), optionally with a passage of
   * its note (a quote not found in the note: NOT_FOUND). Outcome starts "unresolved".
   */
  'ruptures.create': {
    input: z
      .strictObject({
        sessionId: idSchema,
        /** When given, the session must be this client's (NOT_FOUND otherwise): a guard for the client's page. */
        clientId: idSchema.optional(),
        type: fields.type,
        intensity: fields.intensity,
        markers: fields.markers.optional(),
        strained: fields.strained.optional(),
        strategies: fields.strategies.optional(),
        contribution: fields.contribution.optional(),
        quote: quoteInputSchema.optional(),
      })
      .refine(markersFit, markersMessage),
    output: ruptureSchema,
  },
  /**
   * Changes what is given. `quote: null` drops the passage. A type whose model lacks a step
   * already recorded, or markers of the other kind: VALIDATION. `resolvedSessionId` must be a
   * session of the same client not before the rupture's, and goes with outcome "resolved"
   * (another outcome clears it).
   */
  'ruptures.update': {
    input: z
      .strictObject({
        id: idSchema,
        type: fields.type.optional(),
        intensity: fields.intensity.optional(),
        markers: fields.markers.optional(),
        strained: fields.strained.optional(),
        strategies: fields.strategies.optional(),
        contribution: fields.contribution.optional(),
        quote: quoteInputSchema.nullable().optional(),
        outcome: fields.outcome.optional(),
        resolvedSessionId: idSchema.nullable().optional(),
      })
      .refine(markersFit, markersMessage),
    output: ruptureSchema,
  },
  /**
   * Records the step of repair reached, at a session of the same client not before the rupture's
   * nor the last step's. The stage must belong to the model of the rupture's type and lie beyond
   * the stage already reached (steps may be skipped, never gone back over): VALIDATION otherwise.
   */
  'ruptures.advanceStage': {
    input: z.strictObject({ id: idSchema, stage: stageSchema, sessionId: idSchema }),
    output: ruptureSchema,
  },
  'ruptures.get': { input: byId, output: ruptureSchema },
  /** The client's ruptures in the order of their sessions. */
  'ruptures.list': { input: z.strictObject({ clientId: idSchema }), output: z.array(ruptureSchema) },
} as const;
