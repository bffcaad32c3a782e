import { z } from 'zod';
import { FORMULATION_SECTIONS } from '../clinical/formulation-sections';
import { idSchema, isoDate, isoDateTime } from './common';
import { MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT, MAX_SEARCH_OFFSET, SEARCH_KINDS } from './constants';

export { MAX_QUERY_LENGTH, SEARCH_KINDS } from './constants';
export const searchKindSchema = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof searchKindSchema>;

export { HIT_END, HIT_START } from '../search/hit-markers';

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  id: idSchema,
  clientId: idSchema,
  /** The client's name and pseudonym, so a result can be shown without another request. */
  clientName: z.string(),
  clientPseudonym: z.string(),
  sessionId: idSchema.optional(),
  /** For a formulation hit: the section it was found in (its id is the client's). */
  formulationSection: z.enum(FORMULATION_SECTIONS).optional(),
  date: isoDateTime,
  /** Plain text with hits between HIT_START and HIT_END; render it as text, never as HTML. */
  snippet: z.string(),
  /** Higher is better; whole-word hits always rank above hits inside compound words. */
  score: z.number(),
  /** The words that matched, for highlighting in the opened note. */
  terms: z.array(z.string()),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchMethods = {
  'search.query': {
    input: z.strictObject({
      q: z.string().max(MAX_QUERY_LENGTH),
      clientId: idSchema.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      kinds: z.array(searchKindSchema).min(1).max(SEARCH_KINDS.length).optional(),
      limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
      offset: z.number().int().min(0).max(MAX_SEARCH_OFFSET).optional(),
      /** Count every match, however many (slower); otherwise a large total is an estimate. */
      exactTotal: z.boolean().optional(),
    }),
    output: z.object({
      total: z.number().int().min(0),
      /** The total is an estimate ("about 37,000"); the hits never are. Ask again with exactTotal. */
      totalApproximate: z.boolean(),
      /**
       * Right after unlock, before the word list compounds are found in is read: these are the
       * whole-word hits only. Asking again shortly adds the compound hits below them.
       */
      compoundsPending: z.boolean(),
      hits: z.array(searchHitSchema),
    }),
  },
  /** Recovery: rebuilds every index from the records. */
  'search.rebuild': { input: z.strictObject({}), output: z.object({ rebuilt: z.array(z.string()) }) },
  /** Recovery: checks every index against the records. */
  'search.check': {
    input: z.strictObject({}),
    output: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
  },
} as const;
