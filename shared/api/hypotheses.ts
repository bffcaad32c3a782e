import { z } from 'zod';
import {
  AXIS_MAX,
  AXIS_MIN,
  CONFIDENCES,
  CONTEXTS,
  HYPOTHESIS_STATUSES,
  PATTERNS,
  QUADRANTS,
  isAxisValue,
} from '../clinical/attachment-patterns';
import { INDICATOR_IDS } from '../clinical/indicator-catalogue';
import { noteDocSchema } from '../notes/doc-schema';
import { byId, idSchema, isoDate, isoDateTime } from './common';

/** 1 to 7 in steps of 0.5. */
export const axisSchema = z
  .number()
  .min(AXIS_MIN)
  .max(AXIS_MAX)
  .refine(isAxisValue, { message: `A value from ${AXIS_MIN} to ${AXIS_MAX} in steps of 0.5.` });

const indicatorSchema = z
  .string()
  .refine((id) => INDICATOR_IDS.includes(id), { message: 'Not an indicator of the catalogue.' });

const fields = {
  date: isoDate,
  anxiety: axisSchema,
  avoidance: axisSchema,
  pattern: z.enum(PATTERNS),
  confidence: z.enum(CONFIDENCES),
  contexts: z.array(z.enum(CONTEXTS)).max(CONTEXTS.length),
  indicators: z.array(indicatorSchema).max(INDICATOR_IDS.length),
  rationale: noteDocSchema,
  status: z.enum(HYPOTHESIS_STATUSES),
};

export const hypothesisSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  ...fields,
  /** Derived from the two axes, never chosen: where the point lies on the plane. */
  quadrant: z.enum(QUADRANTS),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Hypothesis = z.infer<typeof hypothesisSchema>;

export const hypothesisMethods = {
  'hypotheses.create': {
    input: z.strictObject({
      clientId: idSchema,
      date: fields.date,
      anxiety: fields.anxiety,
      avoidance: fields.avoidance,
      pattern: fields.pattern,
      confidence: fields.confidence,
      contexts: fields.contexts.optional(),
      indicators: fields.indicators.optional(),
      rationale: fields.rationale.optional(),
      status: fields.status.optional(),
    }),
    output: hypothesisSchema,
  },
  'hypotheses.update': {
    input: z.strictObject({
      id: idSchema,
      date: fields.date.optional(),
      anxiety: fields.anxiety.optional(),
      avoidance: fields.avoidance.optional(),
      pattern: fields.pattern.optional(),
      confidence: fields.confidence.optional(),
      contexts: fields.contexts.optional(),
      indicators: fields.indicators.optional(),
      rationale: fields.rationale.optional(),
      status: fields.status.optional(),
    }),
    output: hypothesisSchema,
  },
  'hypotheses.get': { input: byId, output: hypothesisSchema },
  /** The client's hypotheses in time order (by date). */
  'hypotheses.list': { input: z.strictObject({ clientId: idSchema }), output: z.array(hypothesisSchema) },
} as const;
