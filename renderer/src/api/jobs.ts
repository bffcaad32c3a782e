import { useState } from 'react';
import type { z } from 'zod';
import type { JobProgress } from '@shared/api/events';
import type { jobMethods } from '@shared/api/jobs';
import { ApiCallError } from './api-errors';
import { getTransport } from './client';
import { useCoreEvent } from './core-events';

type CancelOutput = z.output<(typeof jobMethods)['jobs.cancel']['output']>;

/**
 * Asks the core to stop a running job. Typed from shared/api/jobs.ts, the same schemas the core
 * checks; once the contract lists the jobs table this is `call('jobs.cancel', { jobId })`.
 */
export async function cancelJob(jobId: string): Promise<CancelOutput> {
  const result = await getTransport()('jobs.cancel', { jobId });
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as CancelOutput;
}

/**
 * The latest progress the core reported for jobs of this kind while the component was mounted
 * (started here or in another window), or undefined before the first report.
 */
export function useJobProgress(kind: JobProgress['kind']): JobProgress | undefined {
  const [progress, setProgress] = useState<JobProgress>();
  useCoreEvent('job.progress', (next) => {
    if (next.kind === kind) setProgress(next);
  });
  return progress;
}
