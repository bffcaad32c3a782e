import { z } from 'zod';
import { FORMULATION_SECTIONS } from '../clinical/formulation-sections';
import { noteDocSchema } from '../notes/doc-schema';
import { idSchema, isoDateTime, shortText } from './common';
import { MAX_VERSION_NAME } from './constants';

export { MAX_VERSION_NAME } from './constants';

export const formulationSectionSchema = z.enum(FORMULATION_SECTIONS);
/** Any of the sections, each a rich-text document (the note editor's). */
export const formulationSectionsSchema = z.partialRecord(formulationSectionSchema, noteDocSchema);
export type FormulationSections = z.infer<typeof formulationSectionsSchema>;

export const formulationVersionMetaSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  name: z.string(),
  createdAt: isoDateTime,
  /** The formulation's save counter when the version was recorded. */
  revision: z.number().int().min(0),
});
export type FormulationVersionMeta = z.infer<typeof formulationVersionMetaSchema>;

const byClient = z.strictObject({ clientId: idSchema });

export const formulationMethods = {
  /** The current text of every section written so far; revision 0 before the first save. */
  'formulations.get': {
    input: byClient,
    output: z.object({
      sections: formulationSectionsSchema,
      revision: z.number().int().min(0),
      updatedAt: isoDateTime.nullable(),
    }),
  },
  /**
   * Saves the sections given (the others keep their text), if `revision` is still the latest:
   * otherwise CONFLICT, as notes do.
   */
  'formulations.save': {
    input: z.strictObject({
      clientId: idSchema,
      sections: formulationSectionsSchema,
      revision: z.number().int().min(0),
    }),
    output: z.object({ revision: z.number().int().min(1), savedAt: isoDateTime }),
  },
  /** Freezes the current text as a dated, named version ("after assessment"). */
  'formulations.recordVersion': {
    input: z.strictObject({ clientId: idSchema, name: shortText(MAX_VERSION_NAME).min(1) }),
    output: formulationVersionMetaSchema,
  },
  /** Every recorded version, oldest first. */
  'formulations.versions': { input: byClient, output: z.array(formulationVersionMetaSchema) },
  'formulations.version': {
    input: z.strictObject({ clientId: idSchema, versionId: idSchema }),
    output: formulationVersionMetaSchema.extend({ sections: formulationSectionsSchema }),
  },
} as const;
