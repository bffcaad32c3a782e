import { z } from 'zod';
import { noteDocSchema } from '../notes/doc-schema';
import { allianceMethods } from './alliance';
import { idSchema, isoDate, isoDateTime } from './common';
import { SUMMARY_NAMES, SUMMARY_NOTES, SUMMARY_SECTIONS } from './constants';
import { formulationSectionsSchema } from './formulations';
import { hypothesisSchema } from './hypotheses';
import { ruptureSchema } from './ruptures';
import { addendumSchema, sessionSchema } from './sessions';

export { SUMMARY_NAMES, SUMMARY_NOTES, SUMMARY_SECTIONS } from './constants';

export const summaryOptionsSchema = z.strictObject({
  /** The period, by session date (inclusive); none means from the first or to the last session. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  notes: z.enum(SUMMARY_NOTES),
  /** With "pseudonym" the real name and contact details are not in the answer at all. */
  names: z.enum(SUMMARY_NAMES),
  contact: z.boolean(),
  /** The sections to include; all when left out. */
  sections: z.array(z.enum(SUMMARY_SECTIONS)).max(SUMMARY_SECTIONS.length).optional(),
});
export type SummaryOptions = z.infer<typeof summaryOptionsSchema>;

const summarySessionSchema = sessionSchema
  .pick({
    id: true,
    startsAt: true,
    durationMinutes: true,
    modality: true,
    setting: true,
    attendance: true,
    template: true,
    signedAt: true,
  })
  .extend({
    /** The note, with notes: "full". */
    doc: noteDocSchema.optional(),
    /** The note's opening words, with notes: "excerpts". */
    excerpt: z.string().optional(),
    /** Addenda, with notes: "full" or "excerpts" (each marked signed or not). */
    addenda: z
      .array(addendumSchema.pick({ id: true, doc: true, text: true, createdAt: true, signedAt: true }))
      .optional(),
  });

export const summarySchema = z.object({
  generatedAt: isoDateTime,
  options: summaryOptionsSchema,
  practiceName: z.string(),
  client: z.object({
    id: idSchema,
    /** The name, or the pseudonym / code when names: "pseudonym" (a code made from the id when there is none). */
    label: z.string(),
    /** Only with names: "name". */
    name: z.string().optional(),
    dateOfBirth: isoDate.nullable().optional(),
    /** Only with names: "name" and contact: true. */
    contact: z.object({ email: z.string(), phone: z.string(), address: z.string() }).optional(),
    status: z.string(),
    treatmentStart: isoDate.nullable(),
    treatmentEnd: isoDate.nullable(),
  }),
  /** The first and last session of the period, null when it holds none. */
  period: z.object({ from: isoDateTime.nullable(), to: isoDateTime.nullable() }),
  /** Each section is null when left out by the options. */
  formulation: z.object({ sections: formulationSectionsSchema, updatedAt: isoDateTime.nullable() }).nullable(),
  attachment: z.object({ current: hypothesisSchema.nullable(), hypotheses: z.array(hypothesisSchema) }).nullable(),
  alliance: allianceMethods['alliance.timeline'].output.nullable(),
  ruptures: z.array(ruptureSchema).nullable(),
  sessions: z.array(summarySessionSchema).nullable(),
});
export type CaseSummary = z.infer<typeof summarySchema>;

export const summaryMethods = {
  /** Everything the case summary shows, already filtered by the options. */
  'summary.get': {
    input: z.strictObject({ clientId: idSchema, options: summaryOptionsSchema }),
    output: summarySchema,
  },
  /** The summary was printed or saved as PDF: written to the audit log with the options. */
  'summary.recordOutput': {
    input: z.strictObject({ clientId: idSchema, kind: z.enum(['print', 'pdf']), options: summaryOptionsSchema }),
    output: z.object({ recorded: z.literal(true) }),
  },
} as const;
