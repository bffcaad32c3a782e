import { z } from 'zod';
import { byId, idSchema, isoDate, isoDateTime, shortText } from './common';
import { CLIENT_SORTS, CLIENT_STATUSES, CLIENT_TEXT_LIMITS as MAX, MAX_TAG_LENGTH, MAX_TAGS } from './constants';

export { CLIENT_SORTS, CLIENT_STATUSES, MAX_TAGS } from './constants';

export const clientStatusSchema = z.enum(CLIENT_STATUSES);

const clientFields = {
  name: shortText(MAX.name).min(1),
  /** Shown instead of the name on screen and in print when the clinician chooses. */
  pseudonym: shortText(MAX.pseudonym),
  dateOfBirth: isoDate.nullable(),
  email: shortText(MAX.email),
  phone: shortText(MAX.phone),
  address: shortText(MAX.address),
  referralSource: shortText(MAX.referralSource),
  treatmentStart: isoDate.nullable(),
  treatmentEnd: isoDate.nullable(),
  status: clientStatusSchema,
  presentingProblems: shortText(MAX.presentingProblems),
  tags: z.array(shortText(MAX_TAG_LENGTH).min(1)).max(MAX_TAGS),
};

const clientInput = z.strictObject(clientFields);

export const clientSchema = z.object({
  id: idSchema,
  ...clientFields,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Client = z.infer<typeof clientSchema>;

export const clientSummarySchema = clientSchema
  .pick({ id: true, name: true, pseudonym: true, status: true, tags: true })
  .extend({
    lastSessionAt: isoDateTime.nullable(),
    unsignedNotes: z.number().int().min(0),
  });
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const clientMethods = {
  'clients.create': {
    input: clientInput.partial().required({ name: true }),
    output: clientSchema,
  },
  'clients.update': {
    input: clientInput.partial().extend({ id: idSchema }),
    output: clientSchema,
  },
  'clients.get': { input: byId, output: clientSchema },
  'clients.list': {
    input: z.strictObject({
      query: shortText(200).optional(),
      sort: z.enum(CLIENT_SORTS).optional(),
      status: clientStatusSchema.optional(),
    }),
    output: z.array(clientSummarySchema),
  },
} as const;
