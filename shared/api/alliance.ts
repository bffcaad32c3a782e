import { z } from 'zod';
import {
  CLINICIAN_RATING_MAX,
  CLINICIAN_RATING_MIN,
  DIP_KS,
  MAX_REFLECTION,
  SRS_MAX,
  SRS_MIN,
  WAI_SR_MAX,
  WAI_SR_MIN,
  WAI_SR_SUBSCALE_MAX,
  WAI_SR_SUBSCALE_MIN,
} from '../clinical/alliance';
import { idSchema, isoDateTime } from './common';
import { ruptureSchema } from './ruptures';

const clinicianRating = z.number().int().min(CLINICIAN_RATING_MIN).max(CLINICIAN_RATING_MAX);
const subscale = z.number().int().min(WAI_SR_SUBSCALE_MIN).max(WAI_SR_SUBSCALE_MAX);

/** A client-rated instrument's numbers: the SRS total, or the WAI-SR total and its three subscales. */
export const clientScoreSchema = z.discriminatedUnion('instrument', [
  z.strictObject({ instrument: z.literal('srs'), total: z.number().int().min(SRS_MIN).max(SRS_MAX) }),
  z
    .strictObject({
      instrument: z.literal('wai-sr'),
      total: z.number().int().min(WAI_SR_MIN).max(WAI_SR_MAX),
      goal: subscale,
      task: subscale,
      bond: subscale,
    })
    .refine((s) => s.goal + s.task + s.bond === s.total, {
      message: 'The goal, task and bond subscales must add up to the total.',
      path: ['total'],
    }),
]);
export type ClientScore = z.infer<typeof clientScoreSchema>;

export const allianceRatingSchema = z.object({
  sessionId: idSchema,
  clientId: idSchema,
  sessionStartsAt: isoDateTime,
  goal: clinicianRating.nullable(),
  task: clinicianRating.nullable(),
  bond: clinicianRating.nullable(),
  client: clientScoreSchema.nullable(),
  /** The clinician's reflection on their own part (countertransference). */
  reflection: z.string(),
  /** Null when nothing has been recorded for the session yet. */
  updatedAt: isoDateTime.nullable(),
});
export type AllianceRating = z.infer<typeof allianceRatingSchema>;

/** A point of the series detection runs on: a percentage of its own scale (see shared/clinical/alliance-dips.ts). */
export const seriesPointSchema = z.object({
  sessionId: idSchema,
  startsAt: isoDateTime,
  value: z.number(),
  /** What the value was computed from: an instrument's total or the clinician's mean of goal, task and bond. */
  source: z.enum(['srs', 'wai-sr', 'clinician']),
  /** The number on its own scale (the total, or the mean of the three ratings). */
  raw: z.number(),
});

export const dipSchema = z.object({
  sessionId: idSchema,
  startsAt: isoDateTime,
  /** The rated session before it, whose score it dropped from. */
  previousSessionId: idSchema,
  /** The drop in standard deviations of the series. */
  dropSd: z.number(),
  /** The first session within the window whose score came back; null when not (yet) repaired. */
  repairedAtSessionId: idSchema.nullable(),
  /** Fewer rated sessions than the window have followed and it is not repaired: repair may still come. */
  windowOpen: z.boolean(),
  /** No rupture is logged at that session or at one since the rated session before it. */
  unnoticed: z.boolean(),
});
export type Dip = z.infer<typeof dipSchema>;

export const DETECTION_REASONS = ['tooFewRatings', 'noVariation'] as const;

export const allianceMethods = {
  /**
   * Records (or changes) a session's alliance ratings: what is given replaces what was stored,
   * null clears a field, and what is left out stays.
   */
  'alliance.record': {
    input: z.strictObject({
      sessionId: idSchema,
      goal: clinicianRating.nullable().optional(),
      task: clinicianRating.nullable().optional(),
      bond: clinicianRating.nullable().optional(),
      client: clientScoreSchema.nullable().optional(),
      reflection: z.string().trim().max(MAX_REFLECTION).optional(),
    }),
    output: allianceRatingSchema,
  },
  /** A session's ratings (all null when none are recorded). */
  'alliance.get': { input: z.strictObject({ sessionId: idSchema }), output: allianceRatingSchema },
  /**
   * The client's alliance series in time order, the dips found by the practice's rule, and the
   * logged ruptures. Without detection (too few rated sessions, or no variation), `dips` is empty
   * and `reason` says why.
   */
  'alliance.timeline': {
    input: z.strictObject({ clientId: idSchema }),
    output: z.object({
      /** Client-rated when the client has enough client-rated sessions, else the clinician's (see alliance-dips.ts). */
      source: z.enum(['client', 'clinician']).nullable(),
      series: z.array(seriesPointSchema),
      /** The clinician's mean of goal, task and bond per session, for display beside a client-rated series (empty when the series is the clinician's). */
      clinician: z.array(seriesPointSchema),
      dips: z.array(dipSchema),
      ruptures: z.array(ruptureSchema),
      rule: z.object({
        k: z.union(DIP_KS.map((k) => z.literal(k))),
        window: z.number().int(),
        tolerance: z.number(),
        /** The series' sample standard deviation (n − 1), in percent of scale; null below 2 points. */
        sd: z.number().nullable(),
        minRated: z.number().int(),
      }),
      reason: z.enum(DETECTION_REASONS).optional(),
    }),
  },
} as const;
