import { z } from 'zod';

export const jobMethods = {
  /** Asks a running job to stop at its next safe point; what it leaves behind stays usable. */
  'jobs.cancel': {
    input: z.strictObject({ jobId: z.string().min(1).max(100) }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
