import { z } from 'zod';
import { byId, idSchema, isoDate, isoDateTime, shortText } from './common';

export const CLIENT_STATUSES = ['active', 'paused', 'ended'] as const;
export const clientStatusSchema = z.enum(CLIENT_STATUSES);

export const MAX_TAGS = 30;

const clientFields = {
  name: shortText(200).min(1),
  /** Shown instead of the name on screen and in print when the clinician chooses. */
  pseudonym: shortText(60),
  dateOfBirth: isoDate.nullable(),
  email: shortText(200),
  phone: shortText(60),
  address: shortText(500),
  referralSource: shortText(200),
  treatmentStart: isoDate.nullable(),
  treatmentEnd: isoDate.nullable(),
  status: clientStatusSchema,
  presentingProblems: shortText(5000),
  tags: z.array(shortText(40).min(1)).max(MAX_TAGS),
};

const clientInput = z.strictObject(clientFields);

export const clientSchema = z.object({
  id: idSchema,
  ...clientFields,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Client = z.infer<typeof clientSchema>;

export const clientSummarySchema = clientSchema.pick({ id: true, name: true, pseudonym: true, status: true, tags: true }).extend({
  lastSessionAt: isoDateTime.nullable(),
  unsignedNotes: z.number().int().min(0),
});
export type ClientSummary = z.infer<typeof clientSummarySchema>;

export const CLIENT_SORTS = ['name', 'lastSession', 'status'] as const;

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
