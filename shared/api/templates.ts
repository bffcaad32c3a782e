import { z } from 'zod';
import { noteDocSchema } from '../notes/doc-schema';
import { byId, idSchema, isoDateTime, shortText } from './common';
import { MAX_TEMPLATE_NAME } from './constants';

/** A note template the practice defines itself; the built-in ones live in the renderer. */
export const noteTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  doc: noteDocSchema,
  updatedAt: isoDateTime,
});
export type NoteTemplate = z.infer<typeof noteTemplateSchema>;

export const templateMethods = {
  'templates.list': { input: z.strictObject({}), output: z.array(noteTemplateSchema) },
  'templates.save': {
    input: z.strictObject({ id: idSchema.optional(), name: shortText(MAX_TEMPLATE_NAME).min(1), doc: noteDocSchema }),
    output: noteTemplateSchema,
  },
  'templates.delete': { input: byId, output: z.object({ id: idSchema }) },
} as const;
