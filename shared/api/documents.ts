import { z } from 'zod';
import { byId, idSchema, isoDateTime, shortText } from './common';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, MAX_FILE_NAME } from './constants';

export { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from './constants';
/** base64 grows by 4/3. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;

export const documentMetaSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  sessionId: idSchema.nullable(),
  fileName: z.string(),
  mimeType: z.enum(DOCUMENT_TYPES),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoDateTime,
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const documentMethods = {
  'documents.add': {
    input: z.strictObject({
      clientId: idSchema,
      sessionId: idSchema.optional(),
      fileName: shortText(MAX_FILE_NAME).min(1),
      mimeType: z.enum(DOCUMENT_TYPES),
      dataBase64: z.base64().min(1).max(MAX_BASE64_LENGTH),
    }),
    output: documentMetaSchema,
  },
  'documents.get': { input: byId, output: documentMetaSchema.extend({ dataBase64: z.string() }) },
  'documents.list': {
    input: z.strictObject({ clientId: idSchema, sessionId: idSchema.optional() }),
    output: z.array(documentMetaSchema),
  },
} as const;
