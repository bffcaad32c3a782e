import { useState } from 'react';
import type { JobProgress } from '@shared/api/events';
import { call } from './client';
import { useCoreEvent } from './core-events';

/** Asks the core to stop a running job at its next safe point. */
export const cancelJob = (jobId: string) => call('jobs.cancel', { jobId });

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
