import { defineArea } from '../app/area';
import type { JobRunner } from './job-runner';

export function createJobsArea(jobs: JobRunner) {
  return defineArea({
    name: 'jobs',
    handlers: {
      'jobs.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    },
    onLock: () => jobs.cancelAll(),
  });
}
