import { z } from 'zod';

/** Kinds of long work the core reports progress for; later areas add theirs here. */
export const JOB_KINDS = ['search.rebuild', 'backup', 'record.export'] as const;
export const jobKindSchema = z.enum(JOB_KINDS);

export const JOB_STATES = ['running', 'done', 'cancelled', 'failed'] as const;

export const jobProgressSchema = z.object({
  jobId: z.string().min(1).max(100),
  kind: jobKindSchema,
  /** Units of work done and in all (rows, bytes, pages: whatever the job counts). */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** A short machine-readable name of the step under way, for the UI to translate. */
  phase: z.string().max(100),
  state: z.enum(JOB_STATES),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

/**
 * The events the core sends to the renderer, one schema each. Calls go renderer -> core through
 * the door; events go core -> renderer: in the app over IPC, on the web host as Server-Sent Events.
 */
export const eventSchemas = {
  /** The vault locked (button, shortcut, idle timer, suspend, another tab): show the unlock screen. */
  'vault.locked': z.object({}),
  /** The vault opened (in another tab, say). */
  'vault.unlocked': z.object({}),
  /**
   * The vault has a damaged page: found by the check after unlock ('check') or by a later read
   * ('read'). The renderer offers to restore the last verified backup.
   */
  'vault.damaged': z.object({ source: z.enum(['check', 'read']) }),
  'job.progress': jobProgressSchema,
  /** The check of the audit log's hash chain that went on after unlock is done (see audit.integrity). */
  'audit.checked': z.object({ ok: z.boolean() }),
} as const;

export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.output<(typeof eventSchemas)[E]>;
export type CoreEvent = { [E in EventName]: { type: E; payload: EventPayload<E> } }[EventName];

export const EVENT_NAMES = Object.keys(eventSchemas) as EventName[];

/** Parses an event that crossed a process or network boundary; undefined for anything else. */
export function parseCoreEvent(data: unknown): CoreEvent | undefined {
  if (typeof data !== 'object' || data === null || !('type' in data) || !('payload' in data)) return undefined;
  const { type, payload } = data as { type: unknown; payload: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(eventSchemas, type)) return undefined;
  const parsed = eventSchemas[type as EventName].safeParse(payload);
  return parsed.success ? ({ type, payload: parsed.data } as CoreEvent) : undefined;
}
