import { z } from 'zod';
import { MAX_QUOTE_LENGTH, QUOTE_CONTEXT } from '../annotations/quote-anchor';
import { FORMULATION_SECTIONS } from '../clinical/formulation-sections';
import { byId, idSchema, isoDateTime, shortText } from './common';
import { MAX_EVIDENCE_COMMENT } from './constants';

export { MAX_EVIDENCE_COMMENT } from './constants';

export const quoteInputSchema = z.strictObject({
  exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
  prefix: z
    .string()
    .max(QUOTE_CONTEXT * 4)
    .optional(),
  suffix: z
    .string()
    .max(QUOTE_CONTEXT * 4)
    .optional(),
});

export const evidenceSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  sessionId: idSchema,
  /** The session's date, so a list of passages reads in time. */
  sessionStartsAt: isoDateTime,
  hypothesisId: idSchema.nullable(),
  formulationSection: z.enum(FORMULATION_SECTIONS).nullable(),
  quote: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  /**
   * Where the passage is in the note's plain text now, found again by its quote; null when the
   * passage was edited away (the quote is kept, and the link says so).
   */
  position: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable(),
  comment: z.string(),
  createdAt: isoDateTime,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const evidenceMethods = {
  /**
   * Links a passage of a session's note (draft or signed) to a hypothesis of the same client, or
   * to a section of that client's formulation. The note is never changed. A quote not found in
   * the note: NOT_FOUND.
   */
  'evidence.link': {
    input: z
      .strictObject({
        sessionId: idSchema,
        quote: quoteInputSchema,
        hypothesisId: idSchema.optional(),
        formulationSection: z.enum(FORMULATION_SECTIONS).optional(),
        comment: shortText(MAX_EVIDENCE_COMMENT).optional(),
      })
      .refine((v) => v.hypothesisId !== undefined || v.formulationSection !== undefined, {
        message: 'Link the passage to a hypothesis or a formulation section.',
        path: ['hypothesisId'],
      }),
    output: z.object({ id: idSchema }),
  },
  'evidence.unlink': { input: byId, output: z.object({ id: idSchema }) },
  /** A hypothesis's passages, or all of a client's; in the order of their sessions. */
  'evidence.list': {
    input: z.union([z.strictObject({ hypothesisId: idSchema }), z.strictObject({ clientId: idSchema })]),
    output: z.array(evidenceSchema),
  },
} as const;
