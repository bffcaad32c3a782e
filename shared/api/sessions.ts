import { z } from 'zod';
import { noteDocSchema } from '../notes/doc-schema';
import { byId, idSchema, isoDateTime, shortText } from './common';
import {
  ATTENDANCES,
  MAX_DURATION_MINUTES,
  MAX_TEMPLATE_NAME,
  MIN_DURATION_MINUTES,
  MODALITIES,
  SETTINGS,
} from './constants';

export { ATTENDANCES, BUILTIN_TEMPLATES, DEFAULT_DURATION_MINUTES, MODALITIES, SETTINGS } from './constants';

const sessionMeta = {
  startsAt: isoDateTime,
  durationMinutes: z.number().int().min(MIN_DURATION_MINUTES).max(MAX_DURATION_MINUTES),
  modality: z.enum(MODALITIES),
  setting: z.enum(SETTINGS),
  attendance: z.enum(ATTENDANCES),
};

export const addendumSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  doc: noteDocSchema,
  text: z.string(),
  createdAt: isoDateTime,
  signedAt: isoDateTime.nullable(),
});
export type Addendum = z.infer<typeof addendumSchema>;

export const sessionSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  ...sessionMeta,
  /** The template the note started from: a built-in name or a practice template's name. */
  template: z.string(),
  doc: noteDocSchema,
  /** Quote it in the next saveNote; a stale one answers CONFLICT. */
  revision: z.number().int().min(1),
  signedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  addenda: z.array(addendumSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionSummarySchema = sessionSchema
  .pick({
    id: true,
    clientId: true,
    startsAt: true,
    durationMinutes: true,
    modality: true,
    setting: true,
    attendance: true,
    template: true,
    signedAt: true,
  })
  .extend({ excerpt: z.string(), words: z.number().int().min(0) });
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const unsignedNoteSchema = z.object({
  sessionId: idSchema,
  clientId: idSchema,
  clientName: z.string(),
  clientPseudonym: z.string(),
  startsAt: isoDateTime,
  updatedAt: isoDateTime,
  ageDays: z.number().int().min(0),
});

export const sessionMethods = {
  'sessions.create': {
    input: z.strictObject({
      clientId: idSchema,
      ...z.object(sessionMeta).partial().shape,
      template: shortText(MAX_TEMPLATE_NAME).min(1).optional(),
      doc: noteDocSchema.optional(),
    }),
    output: sessionSchema,
  },
  'sessions.update': {
    input: z.strictObject({ id: idSchema, ...z.object(sessionMeta).partial().shape }),
    output: sessionSchema,
  },
  'sessions.get': { input: byId, output: sessionSchema },
  'sessions.list': { input: z.strictObject({ clientId: idSchema }), output: z.array(sessionSummarySchema) },
  'sessions.saveNote': {
    input: z.strictObject({ id: idSchema, doc: noteDocSchema, revision: z.number().int().min(1) }),
    output: z.object({ revision: z.number().int().min(1), savedAt: isoDateTime }),
  },
  'sessions.sign': { input: byId, output: sessionSchema },
  'sessions.addAddendum': { input: z.strictObject({ id: idSchema, doc: noteDocSchema }), output: addendumSchema },
  'sessions.signAddendum': { input: byId, output: addendumSchema },
  /** Drafts only; undone with sessions.restore for a short while. */
  'sessions.delete': { input: byId, output: z.object({ id: idSchema, deletedAt: isoDateTime }) },
  'sessions.restore': { input: byId, output: sessionSchema },
  'sessions.unsigned': { input: z.strictObject({}), output: z.array(unsignedNoteSchema) },
} as const;
