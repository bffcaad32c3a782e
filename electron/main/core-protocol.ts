import { z } from 'zod';
import { apiErrorSchema, type Result } from '@shared/api/errors';
import { parseCoreEvent, type CoreEvent } from '@shared/api/events';

// The messages between main and the core's utility process. Both sides parse what they receive:
// structured-clone data arrives untyped, and a malformed message must never reach dispatch.

export const coreRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), id: z.number().int(), method: z.string(), input: z.unknown() }),
  // Suspend, screen lock, the menu's Lock vault.
  z.object({ kind: z.literal('lock'), id: z.number().int() }),
  // Before quit: close the vault cleanly so the WAL is checkpointed and no key stays in memory.
  z.object({ kind: z.literal('close'), id: z.number().int() }),
]);
export type CoreRequest = z.infer<typeof coreRequestSchema>;

const resultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

const coreReplySchema = z.object({ id: z.number().int(), result: resultSchema });

export interface CoreReply {
  id: number;
  result: Result<unknown>;
}

/** Something the core says unasked (a lock, a job's progress): never mistaken for a reply, which has an id. */
export interface CoreEventMessage {
  kind: 'event';
  event: CoreEvent;
}

const coreEventMessageSchema = z.object({ kind: z.literal('event'), event: z.unknown() });

/** Parses a reply from the core; `undefined` for anything that is not one. */
export function parseCoreReply(data: unknown): CoreReply | undefined {
  const parsed = coreReplySchema.safeParse(data);
  if (!parsed.success) return undefined;
  const { id, result } = parsed.data;
  return { id, result: result.ok ? { ok: true, value: result.value } : { ok: false, error: result.error } };
}

/** Parses an event message from the core; `undefined` for anything that is not one. */
export function parseCoreEventMessage(data: unknown): CoreEvent | undefined {
  const parsed = coreEventMessageSchema.safeParse(data);
  return parsed.success ? parseCoreEvent(parsed.data.event) : undefined;
}
