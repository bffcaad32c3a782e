import { z } from 'zod';
import { byId, idSchema, isoDateTime, shortText } from './common';

export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** base64 grows by 4/3. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

export const attachmentMetaSchema = z.object({
  id: idSchema,
  clientId: idSchema,
  sessionId: idSchema.nullable(),
  fileName: z.string(),
  mimeType: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoDateTime,
});
export type AttachmentMeta = z.infer<typeof attachmentMetaSchema>;

export const attachmentMethods = {
  'attachments.add': {
    input: z.strictObject({
      clientId: idSchema,
      sessionId: idSchema.optional(),
      fileName: shortText(255).min(1),
      mimeType: z.enum(ATTACHMENT_TYPES),
      dataBase64: z.base64().min(1).max(MAX_BASE64_LENGTH),
    }),
    output: attachmentMetaSchema,
  },
  'attachments.get': { input: byId, output: attachmentMetaSchema.extend({ dataBase64: z.string() }) },
  'attachments.list': {
    input: z.strictObject({ clientId: idSchema, sessionId: idSchema.optional() }),
    output: z.array(attachmentMetaSchema),
  },
} as const;
